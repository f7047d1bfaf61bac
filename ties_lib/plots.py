"""Every figure of the notebook series, drawn from the tables in :mod:`ties_lib.analysis`.

The palettes are defined once here, so a partner or an event type has the same colour in every
notebook. Each function returns the :class:`~matplotlib.figure.Figure` it drew (tests inspect it;
notebooks end the cell with ``plt.show()``). Nothing is random: no jitter, no force layout.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .analysis import LEVEL_ORDER, PARTNER_NAMES

#: One colour per country, used for every partner-coloured mark in the series.
PARTNER_COLORS = {"IND": "#e07b00", "USA": "#1f4e9a", "VNM": "#c8102e"}
OTHER_COLOR = "#7f7f7f"
#: One colour per event type (codebook order), and one for agreements drawn beside events.
EVENT_TYPE_COLORS = {
    "summit": "#6a3d9a", "visit": "#1b9e77", "talks": "#66a61e", "dialogue": "#e6ab02",
    "exercise": "#a6761d", "ceremony": "#e7298a", "partnership_upgrade": "#d95f02",
    "agreement": "#404040",
}
#: Marker per modality: filled circle in person, square virtual, diamond unknown.
MODALITY_MARKERS = {"in_person": "o", "virtual": "s", "unknown": "D", "": "P"}
#: A gap longer than this between two dated items splits the timeline into panels.
GAP_DAYS = 540


def partner_color(code: str) -> str:
    """The series colour of a country code (grey for any other country)."""
    return PARTNER_COLORS.get(code, OTHER_COLOR)


def _segments(items: pd.DataFrame, gap_days: int = GAP_DAYS) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """Date ranges separated by long empty gaps (1995 and 2016 would otherwise squash 2019-2024)."""
    spans = sorted(zip(items["start"], items["end"], strict=True))
    segments: list[list[pd.Timestamp]] = []
    for start, end in spans:
        if segments and (start - segments[-1][1]).days <= gap_days:
            segments[-1][1] = max(segments[-1][1], end)
        else:
            segments.append([start, end])
    return [(s, e) for s, e in segments]


def _row_label(row: pd.Series) -> str:
    what = row["type"].replace("_", " ") if row["kind"] == "event" else f"agreement: {row['label']}"
    if len(what) > 42:
        what = what[:41] + "…"
    return f"{row['date']} ({row['precision']}) · {row['partner']} · {what}"


def timeline(items: pd.DataFrame, title: str = "Events and agreements, earliest to latest") -> Figure:
    """Events and dated agreements (:func:`ties_lib.analysis.timeline_items`) on a broken time axis.

    A date known to the day is a point; a date known only to the week, month or year is a hatched bar
    over the whole interval it could be, so a month-precision event never looks like a day. A stated
    multi-day range is a solid bar. Colour is the event type, marker shape the modality.
    """
    items = items.reset_index(drop=True)
    segments = _segments(items)
    widths = [max((e - s).days, 240) for s, e in segments]
    fig, axes = plt.subplots(1, len(segments), sharey=True, figsize=(14, 0.4 * len(items) + 3.2),
                             gridspec_kw={"width_ratios": widths}, squeeze=False, layout="constrained")
    axes = axes[0]
    y = np.arange(len(items))[::-1]
    for ax, (s, e) in zip(axes, segments, strict=True):
        pad = pd.Timedelta(days=max(20, (e - s).days // 15))
        ax.set_xlim(s - pad, e + pad)
        for yi, row in zip(y, items.itertuples(index=False), strict=True):
            if row.end < s or row.start > e:
                continue
            color = EVENT_TYPE_COLORS.get(row.type, OTHER_COLOR)
            imprecise = row.precision != "day"
            if imprecise or row.end > row.start:
                width = (row.end - row.start).days + 1
                ax.barh(yi, width, left=row.start, height=0.55, color=color, alpha=0.45 if imprecise else 0.9,
                        hatch="///" if imprecise else None, edgecolor=color, linewidth=1.5)
                # end caps, so that a week-long span is still seen as an interval, not a dot
                ax.plot([row.start, row.start], [yi - 0.3, yi + 0.3], color=color, lw=2)
                ax.plot([row.end, row.end], [yi - 0.3, yi + 0.3], color=color, lw=2)
            if not imprecise:
                ax.plot(row.start, yi, marker=MODALITY_MARKERS.get(row.modality, "o"), ms=9, color=color,
                        mec="black", mew=0.8, linestyle="none")
        locator = mdates.AutoDateLocator(minticks=2, maxticks=5)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x", alpha=0.3)
        ax.tick_params(axis="x", labelsize=10)
    for left, right in zip(axes[:-1], axes[1:], strict=True):
        left.spines["right"].set_linestyle((0, (4, 3)))
        right.spines["left"].set_linestyle((0, (4, 3)))
    axes[0].set_yticks(y, [_row_label(r) for _, r in items.iterrows()], fontsize=10)
    for tick, partner in zip(axes[0].get_yticklabels(), items["partner"], strict=True):
        tick.set_color(partner_color(partner))
    axes[0].set_ylim(-0.8, len(items) - 0.2)
    axes[int(np.argmax(widths))].set_xlabel("date")  # the widest panel; narrow ones carry a year offset
    fig.suptitle(f"{title}\n(the time axis is cut where nothing happens for over {GAP_DAYS} days)")
    types = [t for t in EVENT_TYPE_COLORS if t in set(items["type"])]
    handles = [Patch(color=EVENT_TYPE_COLORS[t], label=t.replace("_", " ")) for t in types]
    handles += [Line2D([], [], marker=MODALITY_MARKERS[m], color="grey", mec="black", ls="none", ms=8,
                       label=f"day-precise, {m.replace('_', ' ')}") for m in ("in_person", "virtual", "unknown")]
    handles += [Patch(facecolor="white", edgecolor="grey", hatch="///", label="week/month/year: whole span")]
    fig.legend(handles=handles, loc="outside lower center", ncol=5, fontsize=10, frameon=False)
    return fig


def who_met_whom(matrix: pd.DataFrame, countries: dict[str, str],
                 title: str = "Who met whom: events with both people present") -> Figure:
    """A matrix of Vietnamese (rows) and partner (columns) people, annotated with event counts.

    Column labels take the colour of the person's country.
    """
    fig, ax = plt.subplots(figsize=(max(7, 1.3 * matrix.shape[1] + 3), max(4, 0.7 * matrix.shape[0] + 2.5)))
    values = matrix.to_numpy()
    ax.imshow(values, cmap="Greys", vmin=0, vmax=max(2, int(values.max()) + 1), aspect="auto")
    for (i, j), v in np.ndenumerate(values):
        if v:
            ax.text(j, i, str(v), ha="center", va="center", fontsize=14, fontweight="bold",
                    color="white" if v >= max(2, values.max()) else "black")
    ax.set_xticks(range(matrix.shape[1]), matrix.columns, rotation=30, ha="right")
    ax.set_yticks(range(matrix.shape[0]), matrix.index)
    for tick in ax.get_xticklabels():
        tick.set_color(partner_color(countries.get(tick.get_text(), "")))
    for tick in ax.get_yticklabels():
        tick.set_color(partner_color("VNM"))
    ax.set_xlabel("partner's people (colour = country)")
    ax.set_ylabel("Vietnam's people")
    ax.set_title(title)
    present = sorted({countries.get(c, "") for c in matrix.columns} - {""})
    ax.legend(handles=[Patch(color=partner_color(c), label=PARTNER_NAMES.get(c, c)) for c in present],
              loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.tight_layout()
    return fig


def levels_over_time(events: pd.DataFrame, title: str = "Level of engagement over time") -> Figure:
    """Each dated event at its date (x) and level (y), coloured by partner, shaped by modality."""
    e = events[events["date_start"].notna() & events["level"].notna()].sort_values(["date_start", "event_id"])
    fig, ax = plt.subplots(figsize=(12, 5))
    seen: dict[tuple[int, str], int] = {}
    for row in e.itertuples(index=False):
        level = LEVEL_ORDER.index(str(row.level))
        # events of one level in one quarter are stacked a little, in a fixed order (no random jitter)
        key = (row.date_start.year * 4 + (row.date_start.month - 1) // 3, str(row.level))
        n = seen[key] = seen.get(key, -1) + 1
        ax.plot(row.date_start, level + 0.18 * n, marker=MODALITY_MARKERS.get(str(row.modality), "o"),
                ms=12, color=partner_color(str(row.partner)), mec="black", mew=0.8, ls="none")
    ax.set_yticks(range(len(LEVEL_ORDER)), [lv.replace("_", " ") for lv in LEVEL_ORDER])
    ax.set_ylim(-0.5, len(LEVEL_ORDER) - 0.3)
    ax.set_xlabel("date of the event")
    ax.set_ylabel("highest level present")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    partners = [p for p in PARTNER_COLORS if p in set(e["partner"].astype(str))]
    handles = [Patch(color=partner_color(p), label=PARTNER_NAMES.get(p, p)) for p in partners]
    handles += [Line2D([], [], marker=MODALITY_MARKERS[m], color="grey", mec="black", ls="none", ms=9,
                       label=m.replace("_", " ")) for m in ("in_person", "virtual", "unknown")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.tight_layout()
    return fig


def heatmap(table: pd.DataFrame, title: str, xlabel: str, ylabel: str = "cooperation domain",
            cmap: str = "Blues") -> Figure:
    """A count table as an annotated heatmap (domains x years, domains x articles)."""
    fig, ax = plt.subplots(figsize=(max(7, 1.1 * table.shape[1] + 4), max(4, 0.45 * table.shape[0] + 2)))
    values = table.to_numpy()
    vmax = max(1, int(values.max()))
    ax.imshow(values, cmap=cmap, vmin=0, vmax=vmax, aspect="auto")
    for (i, j), v in np.ndenumerate(values):
        if v:
            ax.text(j, i, str(v), ha="center", va="center", fontsize=12,
                    color="white" if v > vmax / 2 else "black")
    ax.set_xticks(range(table.shape[1]), [str(c) for c in table.columns], rotation=30 if table.shape[1] > 4 else 0,
                  ha="right" if table.shape[1] > 4 else "center")
    ax.set_yticks(range(table.shape[0]), [str(i).replace("_", " ") for i in table.index])
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def partner_bars(tables: dict[str, pd.DataFrame], title: str = "India and the United States, same measures"
                 ) -> Figure:
    """Side-by-side horizontal bars, one panel per measure, one colour per partner."""
    n = len(tables)
    height = max(4, 0.36 * max(len(t) for t in tables.values()) + 1.8)
    fig, axes = plt.subplots(1, n, figsize=(5 * n, height), squeeze=False)
    for ax, (name, table) in zip(axes[0], tables.items(), strict=True):
        partners = list(table.columns)
        y = np.arange(len(table))[::-1]
        bar = 0.8 / max(1, len(partners))
        for k, p in enumerate(partners):
            ax.barh(y + 0.4 - bar * (k + 0.5), table[p].to_numpy(), height=bar, color=partner_color(p),
                    label=PARTNER_NAMES.get(p, p))
        ax.set_yticks(y, [str(i).replace("_", " ") for i in table.index])
        ax.set_title(name)
        ax.set_xlabel("count")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="x", alpha=0.3)
    axes[0][0].legend(loc="lower right", frameon=False)
    fig.suptitle(title)
    fig.tight_layout()
    return fig


def partner_text(table: pd.DataFrame, title: str = "How much of each article speaks of each partner") -> Figure:
    """Characters of text about each partner per article (:func:`ties_lib.analysis.partner_text`)."""
    fig, ax = plt.subplots(figsize=(11, 0.6 * len(table) + 2))
    y = np.arange(len(table))[::-1]
    bar = 0.8 / max(1, table.shape[1])
    for k, p in enumerate(table.columns):
        ax.barh(y + 0.4 - bar * (k + 0.5), table[p].to_numpy(), height=bar, color=partner_color(p),
                label=PARTNER_NAMES.get(p, p))
    ax.set_yticks(y, list(table.index))
    ax.set_xlabel("characters of sentences that speak of the partner")
    ax.set_ylabel("article")
    ax.set_title(title)
    ax.legend(frameon=False, loc="lower right")
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig


def scores(table: pd.DataFrame, title: str = "Scores against the hand-coded gold tables") -> Figure:
    """Precision, recall and F1 per table (:func:`ties_lib.evaluate`) as grouped bars on a 0-1 axis."""
    metrics = [("precision", "#4c72b0"), ("recall", "#55a868"), ("f1", "#8172b2")]
    fig, ax = plt.subplots(figsize=(11, 5))
    x = np.arange(len(table))
    for k, (m, color) in enumerate(metrics):
        ax.bar(x + (k - 1) * 0.27, table[m].to_numpy(), width=0.27, color=color, label=m)
    ax.set_xticks(x, list(table.index))
    ax.set_ylim(0, 1.12)
    ax.set_ylabel("score (0-1)")
    ax.set_xlabel("table")
    ax.set_title(title)
    ax.legend(frameon=False, ncol=3, loc="upper center")
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    return fig
