"""The series' figures: what is drawn, where and in which colour (read back from the artists)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from ties_lib import analysis, notebook, plots  # noqa: E402
from ties_lib.frames import EVENT_TYPES  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    notebook.setup()
    yield
    plt.close("all")


def _items(rows: list[tuple]) -> pd.DataFrame:
    out = []
    for item_id, partner, type_, start, end, precision, modality in rows:
        out.append({"item_id": item_id, "kind": "event", "partner": partner, "type": type_,
                    "start": pd.Timestamp(start), "end": pd.Timestamp(end), "precision": precision,
                    "basis": "stated", "modality": modality, "date": start, "label": item_id})
    return pd.DataFrame(out)


def _bars(fig) -> list[Rectangle]:
    return [p for ax in fig.axes for p in ax.patches if isinstance(p, Rectangle)]


def test_palettes_are_defined_once_and_distinct() -> None:
    assert set(EVENT_TYPES) <= set(plots.EVENT_TYPE_COLORS)
    colours = list(plots.EVENT_TYPE_COLORS.values())
    assert len(set(colours)) == len(colours)
    assert len({plots.partner_color(p) for p in ("IND", "USA", "VNM")}) == 3
    assert plots.partner_color("JPN") == plots.OTHER_COLOR


def test_month_precision_is_a_span_and_a_day_is_a_point() -> None:
    items = _items([("month", "IND", "dialogue", "2019-10-01", "2019-10-31", "month", "unknown"),
                    ("day", "IND", "talks", "2019-11-25", "2019-11-25", "day", "in_person")])
    fig = plots.timeline(items)
    bars = _bars(fig)
    assert len(bars) == 1, "only the month-precision event is a bar"
    bar = bars[0]
    assert bar.get_x() == pytest.approx(mdates.date2num(pd.Timestamp("2019-10-01")))
    assert bar.get_width() == pytest.approx(31)  # the whole of October
    assert bar.get_hatch() == "///"
    assert to_hex(bar.get_edgecolor()) == plots.EVENT_TYPE_COLORS["dialogue"]
    points = [ln for ax in fig.axes for ln in ax.lines if ln.get_marker() == "o"]
    assert len(points) == 1
    assert points[0].get_xdata()[0] == pd.Timestamp("2019-11-25")
    assert to_hex(points[0].get_color()) == plots.EVENT_TYPE_COLORS["talks"]


def test_stated_range_is_a_solid_bar() -> None:
    items = _items([("visit", "IND", "visit", "2019-11-24", "2019-11-28", "day", "in_person")])
    bar = _bars(plots.timeline(items))[0]
    assert bar.get_width() == pytest.approx(5) and not bar.get_hatch()


def test_timeline_breaks_the_axis_at_long_gaps() -> None:
    items = _items([("a", "USA", "partnership_upgrade", "1995-01-01", "1995-12-31", "year", "unknown"),
                    ("b", "IND", "talks", "2019-11-25", "2019-11-25", "day", "in_person"),
                    ("c", "IND", "talks", "2020-01-10", "2020-01-10", "day", "virtual")])
    fig = plots.timeline(items)
    assert len(fig.axes) == 2
    left, right = fig.axes
    assert left.get_xlim()[1] < mdates.date2num(pd.Timestamp("2019-01-01")) < right.get_xlim()[0]
    labels = [t.get_text() for t in left.get_yticklabels()]
    assert labels[0].startswith("1995-01-01 (year) · USA")  # precision written next to the date
    assert to_hex(left.get_yticklabels()[0].get_color()) == plots.PARTNER_COLORS["USA"]


def test_seed_timeline_draws_every_item(seed_corpus) -> None:
    items = analysis.timeline_items(seed_corpus)
    fig = plots.timeline(items)
    assert len(fig.axes[0].get_yticklabels()) == len(items)
    imprecise = (items["precision"] != "day").sum()
    hatched = {(round(b.get_x(), 3), round(b.get_y(), 3)) for b in _bars(fig) if b.get_hatch()}
    assert len(hatched) == imprecise


def test_who_met_whom_annotates_counts_and_colours_partners(seed_corpus) -> None:
    matrix = analysis.who_met_whom(seed_corpus)
    fig = plots.who_met_whom(matrix, analysis.actor_countries(seed_corpus))
    ax = fig.axes[0]
    np.testing.assert_array_equal(ax.images[0].get_array(), matrix.to_numpy())
    shown = sorted(int(t.get_text()) for t in ax.texts)
    assert shown == sorted(int(v) for v in matrix.to_numpy().ravel() if v)
    colours = {t.get_text(): to_hex(t.get_color()) for t in ax.get_xticklabels()}
    assert colours["Robert O'Brien"] == plots.PARTNER_COLORS["USA"]
    assert colours["Rajnath Singh"] == plots.PARTNER_COLORS["IND"]
    assert ax.get_xlabel() and ax.get_ylabel() and ax.get_title()


def test_levels_over_time_one_mark_per_event_in_partner_colour(seed_corpus) -> None:
    fig = plots.levels_over_time(seed_corpus.events)
    ax = fig.axes[0]
    marks = [ln for ln in ax.lines if ln.get_xdata().size]
    dated = seed_corpus.events.dropna(subset=["date_start", "level"])
    assert len(marks) == len(dated)
    us = [m for m in marks if to_hex(m.get_color()) == plots.PARTNER_COLORS["USA"]]
    assert len(us) == int((dated["partner"] == "USA").sum())
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "summit"


def test_heatmap_shows_the_table(seed_corpus) -> None:
    table = analysis.domain_counts(seed_corpus, by="year")
    fig = plots.heatmap(table, "Domains by year", "year")
    ax = fig.axes[0]
    np.testing.assert_array_equal(ax.images[0].get_array(), table.to_numpy())
    assert [t.get_text() for t in ax.get_xticklabels()] == list(table.columns)
    assert len(ax.texts) == int((table.to_numpy() > 0).sum())


def test_partner_bars_side_by_side_in_partner_colours(seed_corpus) -> None:
    tables = {m: analysis.partner_counts(seed_corpus, m) for m in ("type", "level")}
    fig = plots.partner_bars(tables)
    assert len(fig.axes) == 2
    for ax, table in zip(fig.axes, tables.values(), strict=True):
        by_colour: dict[str, list[float]] = {}
        for bar in ax.patches:
            by_colour.setdefault(to_hex(bar.get_facecolor()), []).append(bar.get_width())
        for partner in table.columns:
            assert by_colour[plots.PARTNER_COLORS[partner]] == list(table[partner].astype(float))


def test_scores_and_partner_text_are_labelled(seed_corpus) -> None:
    import ties_lib as tl
    from ties_lib.paths import gold_dir

    for fig in (plots.scores(tl.evaluate(seed_corpus, gold_dir())),
                plots.partner_text(analysis.partner_text(seed_corpus))):
        ax = fig.axes[0]
        assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()


def test_setup_fixes_figure_size_and_fonts() -> None:
    matplotlib.rcParams["figure.figsize"] = (3, 3)
    notebook.setup()
    assert tuple(matplotlib.rcParams["figure.figsize"]) == (11.0, 5.5)
    assert matplotlib.rcParams["figure.dpi"] == 100
    assert matplotlib.rcParams["font.size"] >= 12  # projector
    assert pd.get_option("display.max_columns") == notebook.PANDAS["display.max_columns"]
