"""How the machine read an article: its text as HTML, with what the kit found marked in place.

Every mention is marked by kind (date, actor, office, place, agreement, domain term), each event's
evidence sentence is outlined with its event id, and the lines dropped as page furniture are shown
greyed with their reason. Hovering a mark shows what it became (a ``title`` attribute: no
JavaScript, so it survives in nbconvert's pages and on a code host).

>>> from ties_lib import annotate
>>> annotate.render_text("Hanoi & Delhi", [annotate.Mark(0, 5, "place", "Hanoi")])
'<span class="m place" title="Hanoi">Hanoi</span> &amp; Delhi'

The pieces are pure functions of the corpus's tables: :func:`mention_marks` and
:func:`event_marks` turn rows into :class:`Mark` spans, :func:`render_text` nests them into
well-formed HTML (crossing spans are split, the text is never changed), :func:`article_html`
puts an article together with its furniture and a legend, :func:`page` makes a standalone page.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from .furniture import HEADER
from .reading import TiesError, read_document
from .records import iso_at


@dataclass(frozen=True, slots=True)
class Kind:
    """How one kind of mark looks and is explained in the legend."""

    label: str
    looks: str  # what tells it apart besides colour, for the legend
    rank: int  # at the same span, lower ranks are drawn outside higher ones


#: The kinds of marks, in the legend's order. Colours are Okabe and Ito's palette for colour-blind
#: readers; each kind also has its own line style, so no kind is told apart by colour alone.
KINDS: dict[str, Kind] = {
    "date": Kind("date", "double underline, vermillion", 5),
    "actor": Kind("actor (person)", "solid underline, blue", 4),
    "office": Kind("office", "dashed underline set lower, green", 3),
    "place": Kind("place", "dotted underline, purple", 6),
    "agreement": Kind("agreement", "wavy underline set lower on a yellow band", 2),
    "domain": Kind("domain term", "italic on a sky-blue band", 7),
    "trigger": Kind("event trigger", "bold on an orange band", 8),
    "evidence": Kind("event's evidence sentence", "boxed, with the event id in front", 0),
}
MENTION_KINDS = ("date", "actor", "office", "place", "agreement", "domain")

CSS = """
.ties-read{font-family:Georgia,'DejaVu Serif',serif;font-size:16px;line-height:2.5;color:#111;
  max-width:50em;background:#fff;padding:0.5em 1em}
.ties-read h3{font-size:1.15em;line-height:1.4;margin:0.3em 0}
.ties-read .meta,.ties-read .legend,.ties-read .drop{font-family:'DejaVu Sans',Arial,sans-serif}
.ties-read .meta{font-size:0.85em;line-height:1.5;color:#333;margin:0 0 0.6em 0}
.ties-read .text{white-space:pre-wrap;overflow-wrap:break-word}
.ties-read .m{text-decoration-skip-ink:none;text-decoration-thickness:2px;text-underline-offset:4px}
.ties-read .date{text-decoration-line:underline;text-decoration-style:double;text-decoration-color:#D55E00;
  text-decoration-thickness:3px}
.ties-read .actor{text-decoration-line:underline;text-decoration-style:solid;text-decoration-color:#0072B2}
.ties-read .office{text-decoration-line:underline;text-decoration-style:dashed;text-decoration-color:#009E73;
  text-underline-offset:9px}
.ties-read .place{text-decoration-line:underline;text-decoration-style:dotted;text-decoration-color:#CC79A7;
  text-decoration-thickness:3px}
.ties-read .agreement{background:rgba(240,228,66,0.45);text-decoration-line:underline;
  text-decoration-style:wavy;text-decoration-color:#000;text-decoration-thickness:1px;text-underline-offset:12px}
.ties-read .domain{font-style:italic;background:rgba(86,180,233,0.28)}
.ties-read .trigger{font-weight:bold;background:rgba(230,159,0,0.35)}
.ties-read .evidence{outline:2px solid #000;outline-offset:1px;padding:1px 2px 14px 2px}
.ties-read .evidence::before{content:attr(data-events);font:bold 0.7em 'DejaVu Sans Mono',monospace;
  background:#000;color:#fff;padding:1px 4px;margin-right:4px;border-radius:2px}
.ties-read .evidence.cont::before{content:none}
.ties-read .drop{display:block;color:#5f5f5f;background:#f2f2f2;border-left:4px dotted #8a8a8a;
  font-size:0.8em;line-height:1.5;padding:1px 6px;margin:2px 0;white-space:normal}
.ties-read .drop .why{font-weight:bold;margin-right:0.6em}
.ties-read details.drops{white-space:normal;font-family:'DejaVu Sans',Arial,sans-serif;color:#5f5f5f;
  font-size:0.8em;line-height:1.5;background:#f2f2f2;border-left:4px dotted #8a8a8a;padding:2px 6px;margin:2px 0}
.ties-read details.drops .drop{font-size:1em;border-left:none;padding-left:0}
.ties-read .legend{font-size:0.85em;line-height:2.3;border-top:1px solid #ccc;margin-top:0.8em;padding-top:0.3em}
.ties-read .legend span.key{margin-right:1.2em;white-space:nowrap}
""".strip()


@dataclass(frozen=True, slots=True)
class Mark:
    """A span ``[start, end)`` of a text to be marked as ``kind``, with its hover text."""

    start: int
    end: int
    kind: str
    title: str
    events: str = ""  # evidence outlines: the event ids shown in front of the sentence
    cont: bool = False  # a later piece of a mark that had to be split to nest

    @property
    def rank(self) -> int:
        return KINDS[self.kind].rank if self.kind in KINDS else 9


# ---------------------------------------------------------------------------- from the tables


def _date_title(value: str, detail: str) -> str:
    """Hover text of a date mention; ``detail`` is ``precision; basis; note`` (or ``unresolved; note``)."""
    parts = [p.strip() for p in detail.split(";")]
    if parts and parts[0] == "unresolved":
        note = "; ".join(parts[1:])
        return "date, not resolved" + (f" ({note})" if note else "")
    precision, basis, note = (parts + ["", "", ""])[:3]
    out = f"date {value} · precision {precision} · basis {basis}"
    extra = "; ".join(p for p in parts[3:] if p)
    return out + (f" · {note}" if note and note != basis else "") + (f"; {extra}" if extra else "")


def mention_title(kind: str, text: str, value: str, detail: str) -> str:
    """What a mention became, in words, for its hover text."""
    if kind == "date":
        return _date_title(value, detail)
    if kind == "actor":
        return f"actor {value}" + (f" · role: {detail}" if detail else "")
    if kind == "office":
        return f"office {value}" + (f" ({detail})" if detail else "")
    if kind == "place":
        return f"place {value}" + (f" · country {detail}" if detail else "")
    if kind == "agreement":
        return f"agreement “{value}”" + (f" · {detail}" if detail else "")
    if kind == "domain":
        return f"domain {value}" + (f" · term “{detail}”" if detail and detail != text else "")
    return f"{kind} {value}".strip()


def mention_marks(mentions: pd.DataFrame) -> list[Mark]:
    """One mark per mention span and kind; mentions of one span read two ways share it.

    (An office named once for two countries, "the two Prime Ministers", is one mark whose hover
    text gives both offices.)
    """
    titles: dict[tuple[int, int, str], list[str]] = defaultdict(list)
    for m in mentions.itertuples(index=False):
        kind = str(m.kind)
        if kind not in MENTION_KINDS or m.end <= m.start:
            continue
        title = mention_title(kind, str(m.text), str(m.value or ""), str(m.detail or ""))
        key = (int(m.start), int(m.end), kind)
        if title not in titles[key]:
            titles[key].append(title)
    return sorted((Mark(s, e, k, " | ".join(t)) for (s, e, k), t in titles.items()), key=_order)


def _event_summary(e) -> str:
    date = "undated"
    if not pd.isna(e.date_start):
        precision = "" if pd.isna(e.date_precision) else str(e.date_precision)
        basis = "" if pd.isna(e.date_basis) else str(e.date_basis)
        date = f"{iso_at(e.date_start.date(), precision or 'day')} ({precision}, {basis})"
    return f"event {e.event_id} · {e.type} · {date}"


def _spans_in(cell: object, article_id: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The trigger spans ("aid#start-end") of ``cell`` that lie in this article between ``lo`` and ``hi``."""
    out = []
    for item in cell if isinstance(cell, list | tuple) else ():
        m = re.fullmatch(r"(.+)#(\d+)-(\d+)", str(item))
        if m and m.group(1) == article_id and lo <= int(m.group(2)) < int(m.group(3)) <= hi:
            out.append((int(m.group(2)), int(m.group(3))))
    return out


def event_marks(events: pd.DataFrame, sentences: pd.DataFrame, article_id: str) -> list[Mark]:
    """The evidence sentences of the article's events, outlined, and the triggers the text places.

    A trigger is marked where the events table's ``trigger_spans`` put it in this article; a row
    without spans (one a reviewer added) has its trigger's words marked when they occur exactly once
    in the evidence sentence, else the outline's hover text says it could not be placed.
    """
    sent = sentences[sentences["article_id"] == article_id].set_index("sentence_id")
    outlines: dict[int, list[tuple[str, str]]] = defaultdict(list)  # sentence -> (event id, hover line)
    triggers: dict[tuple[int, int], list[str]] = defaultdict(list)
    for e in events.itertuples(index=False):
        for ref in e.sentence_refs:
            place = sentence_of(ref)
            if place is None or place[0] != article_id or place[1] not in sent.index:
                continue  # another article's, or a reference to no sentence (article_html says so)
            sid = place[1]
            row = sent.loc[sid]
            start, text = int(row["start"]), str(row["text"])
            line = _event_summary(e)
            trigger = str(e.trigger or "")
            spans = _spans_in(getattr(e, "trigger_spans", None), article_id, start, start + len(text))
            if spans:
                for a, b in spans:
                    triggers[(a, b)].append(f"trigger of {line}")
                line += f" · trigger “{trigger}”"
            elif trigger:
                found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(trigger)}(?!\w)", text)]
                if len(found) == 1:
                    a = start + found[0]
                    triggers[(a, a + len(trigger))].append(f"trigger of {line}")
                    line += f" · trigger “{trigger}”"
                else:
                    line += (f" · trigger “{trigger}” not marked: its words occur {len(found)} times in this "
                             "sentence and the events table keeps no offsets")
            outlines[sid].append((str(e.event_id), line))
    marks = [Mark(a, b, "trigger", " | ".join(t)) for (a, b), t in triggers.items()]
    for sid, found in outlines.items():
        row = sent.loc[sid]
        ids = list(dict.fromkeys(i for i, _ in found))
        hover = " | ".join(dict.fromkeys(h for _, h in found)) + f" · sentence {sid}"
        marks.append(Mark(int(row["start"]), int(row["end"]), "evidence", hover, events=" ".join(ids)))
    return sorted(marks, key=_order)


def sentence_of(ref: str) -> tuple[str, int] | None:
    """The article and sentence a reference ``article_id#sentence_id`` names; ``None`` when it is malformed."""
    aid, _, sid = str(ref).rpartition("#")
    return (aid, int(sid)) if aid and sid.isdigit() else None


def unplaced_refs(events: pd.DataFrame, sentences: pd.DataFrame, article_id: str) -> list[str]:
    """The events' references to ``article_id`` that name no sentence of it (``aid#abc``, ``aid#999``)."""
    have = set(sentences.loc[sentences["article_id"] == article_id, "sentence_id"].astype(int))
    prefix = f"{article_id}#"
    out = []
    for refs in events["sentence_refs"]:
        for ref in refs:
            place = sentence_of(ref)
            if str(ref).startswith(prefix) and (place is None or place[0] != article_id or place[1] not in have):
                out.append(str(ref))
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------- nesting


def _order(m: Mark) -> tuple[int, int, int]:
    # outer first: earlier start, then longer span, then lower rank
    return (m.start, -m.end, m.rank)


def _split_outlines(marks: Sequence[Mark]) -> list[Mark]:
    """Cut evidence outlines where a mention crosses their edge, so that mentions stay whole."""
    inner = [m for m in marks if m.kind != "evidence"]
    out = [m for m in marks if m.kind == "evidence"]
    done: list[Mark] = []
    for o in out:
        cuts = sorted({m.start for m in inner if o.start < m.start < o.end < m.end}
                      | {m.end for m in inner if m.start < o.start < m.end < o.end})
        edges = [o.start, *cuts, o.end]
        done.extend(replace(o, start=a, end=b, cont=o.cont or i > 0)
                    for i, (a, b) in enumerate(zip(edges, edges[1:], strict=False)))
    return sorted(inner + done, key=_order)


def _open(m: Mark, cont: bool) -> str:
    classes = ("m " if m.kind != "evidence" else "") + m.kind + (" cont" if cont else "")
    events = f' data-events="{html.escape(m.events)}"' if m.events else ""
    return f'<span class="{classes}" title="{html.escape(m.title)}"{events}>'


def render_text(text: str, marks: Iterable[Mark]) -> str:
    """``text`` as escaped HTML with each mark a ``<span>``; spans that cross are split so they nest.

    Removing the tags and unescaping gives back ``text`` exactly. A mark whose span crosses an
    evidence outline stays whole (the outline is cut); of two crossing mentions, the one that
    starts later stays whole and the earlier one continues after it (class ``cont``).
    """
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    marks = _split_outlines(marks)
    starts: dict[int, list[Mark]] = defaultdict(list)
    for m in marks:
        starts[m.start].append(m)
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    stack: list[Mark] = []  # open marks; their ends never increase from bottom to top
    pos = 0
    for p in bounds:
        out.append(html.escape(text[pos:p], quote=False))
        pos = p
        while stack and stack[-1].end == p:
            stack.pop()
            out.append("</span>")
        for m in starts.get(p, []):  # already outer-first
            crossing = []
            while stack and stack[-1].end < m.end:
                crossing.append(stack.pop())
                out.append("</span>")
            out.append(_open(m, m.cont))
            stack.append(m)
            for c in reversed(crossing):  # the crossed marks go on inside this one
                out.append(_open(c, True))
                stack.append(c)
    assert not stack, stack
    return "".join(out)


# ---------------------------------------------------------------------------- furniture


def furniture_positions(body: str, lines: Sequence[int], source_text: str | None) -> list[int] | None:
    """Where in ``body`` each dropped line (1-based line number in the file) stood.

    Each body line is found in the file's text in order, skipping the dropped lines; a dropped
    line goes before the first body line that came after it in the file (at the end when none
    did). ``None`` when the file's text is not at hand or does not hold the body's lines.
    """
    if source_text is None:
        return None
    skip = set(lines)
    body_lines: list[tuple[int, str]] = []  # (offset in body, line)
    offset = 0
    for line in body.split("\n"):
        if line:
            body_lines.append((offset, line))
        offset += len(line) + 1
    file_line: list[int] = []
    j = 0
    for i, raw in enumerate(source_text.split("\n"), start=1):
        if j == len(body_lines):
            break
        if i in skip:
            continue
        line = raw.strip()
        header = HEADER.match(raw)
        if line == body_lines[j][1] or (header and raw[header.end():].strip() == body_lines[j][1]):
            file_line.append(i)
            j += 1
    if j < len(body_lines):
        return None
    out = []
    for n in lines:
        after = next((k for k, fl in enumerate(file_line) if fl > n), None)
        out.append(body_lines[after][0] if after is not None else len(body))
    return out


def _drop_html(line: int, reason: str, text: str) -> str:
    title = f"dropped as page furniture: {reason} (line {line} of the file)"
    return (f'<span class="drop" title="{html.escape(title)}"><span class="why">{html.escape(reason)} · '
            f'line {line}</span>{html.escape(text, quote=False)}</span>')


#: More dropped lines than this in one place (a teaser list, a footer) are folded under a summary.
FOLD = 6


def _drops_html(group: Sequence[tuple[int, str, str]]) -> list[str]:
    """The dropped lines that stood in one place; a long run folds (``<details>``: no script needed)."""
    shown = [_drop_html(*g) for g in group]
    if len(group) <= FOLD:
        return shown
    reasons: dict[str, int] = defaultdict(int)
    for _line, reason, _text in group:
        reasons[reason] += 1
    counts = ", ".join(f"{r} {n}" for r, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))
    summary = (f"{len(group)} lines dropped here (lines {group[0][0]}–{group[-1][0]}: {counts}); "
               "click to show them")
    return [f'<details class="drops"><summary>{html.escape(summary)}</summary>{"".join(shown)}</details>']


# ---------------------------------------------------------------------------- the article


def legend_html() -> str:
    """One sample of each kind of mark, with how it looks besides its colour."""
    keys = []
    for kind, k in KINDS.items():
        cls = kind if kind == "evidence" else f"m {kind}"
        sample = (f'<span class="{cls}" title="{html.escape(k.looks)}"'
                  + (' data-events="event id"' if kind == "evidence" else "") + f">{html.escape(k.label)}</span>")
        keys.append(f'<span class="key">{sample}</span>')
    keys.append('<span class="key"><span class="drop" style="display:inline">dropped line · reason</span></span>')
    return ('<div class="legend"><b>Legend</b> (hover a mark to see what it became): '
            + " ".join(keys) + "</div>")


def render_article(body: str, marks: Sequence[Mark], *, title: str = "", meta: str = "",
                   drops: Sequence[tuple[int, int, str, str]] = (), legend: bool = True) -> str:
    """An article as an HTML fragment (with its own ``<style>``): heading, meta line, marked text, legend.

    ``drops`` are dropped lines as ``(position in body, line number, reason, text)``; each is shown
    where it stood, greyed, with its reason. Marks that span a dropped line are split around it.
    """
    places = sorted({p for p, *_ in drops if 0 <= p <= len(body)})
    cuts = [0, *[p for p in places if 0 < p < len(body)], len(body)]
    grouped: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for p, line, reason, text in sorted(drops, key=lambda d: (d[0], d[1])):
        grouped[min(max(p, 0), len(body))].append((line, reason, text))
    by_place = {p: _drops_html(group) for p, group in grouped.items()}
    parts = list(by_place.get(0, []))
    for a, b in zip(cuts, cuts[1:], strict=False):
        clipped = [replace(m, start=max(m.start, a) - a, end=min(m.end, b) - a, cont=m.cont or m.start < a)
                   for m in marks if m.start < b and m.end > a]
        parts.append(render_text(body[a:b], clipped))
        if b > 0:
            parts.extend(by_place.get(b, []))
    head = f"<h3>{html.escape(title)}</h3>" if title else ""
    info = f'<div class="meta">{meta}</div>' if meta else ""
    return (f'<div class="ties-read"><style>{CSS}</style>{head}{info}'
            f'<div class="text">{"".join(parts)}</div>{legend_html() if legend else ""}</div>')


def _article_row(corpus, article_id: str) -> pd.Series:
    rows = corpus.articles[corpus.articles["article_id"] == article_id]
    if rows.empty:
        known = corpus.articles["article_id"].tolist()
        shown = ", ".join(known[:5]) + (", ..." if len(known) > 5 else "")
        raise TiesError(f"no article {article_id!r} in the corpus (articles: {shown or 'none'})")
    return rows.iloc[0]


def source_text(corpus, article_id: str) -> str | None:
    """The article's file as the kit read it (before furniture was dropped), or ``None``.

    Only a ``.txt`` file of one article is read again: the line numbers of its dropped lines are
    lines of that file. An article of a file of many (a table, an export: its origin has a
    ``#position``) or of a page or Word file was given to the extractor as a text built from its
    part of the file, which the corpus does not keep; its dropped lines are then shown first.
    """
    if not corpus.source:
        return None
    a = _article_row(corpus, article_id)
    path = str(a["path"])
    if "#" in str(a.get("origin") or "") or not path.lower().endswith(".txt"):
        return None
    src = Path(corpus.source)
    doc = read_document(src, src / path)
    return getattr(doc, "text", None)


def article_html(corpus, article_id: str, *, legend: bool = True) -> str:
    """The annotated view of one article of ``corpus`` as an HTML fragment (deterministic)."""
    a = _article_row(corpus, article_id)
    body = str(a["body"])
    mentions = corpus.mentions[corpus.mentions["article_id"] == article_id]
    marks = mention_marks(mentions) + event_marks(corpus.events, corpus.sentences, article_id)
    furniture = corpus.furniture[corpus.furniture["article_id"] == article_id]
    lines = [int(n) for n in furniture["line"]]
    positions = furniture_positions(body, lines, source_text(corpus, article_id)) if lines else []
    placed = positions is not None
    positions = positions if placed else [0] * len(lines)
    drops = [(p, n, str(r), str(t)) for p, n, r, t in
             zip(positions, lines, furniture["reason"], furniture["text"], strict=True)]
    n_events = corpus.events["sentence_refs"].map(lambda refs: any(r.startswith(f"{article_id}#") for r in refs))
    n_outlined = len({m.start for m in marks if m.kind == "evidence"})
    unplaced = unplaced_refs(corpus.events, corpus.sentences, article_id)
    published = a["published"] or "undated"
    basis = "" if pd.isna(a["published_basis"]) else f" ({a['published_basis']})"
    meta = (f"{html.escape(article_id)} · published {html.escape(str(published))}{html.escape(basis)} · "
            f"{len(mention_marks(mentions))} mentions marked · {int(n_events.sum())} events in "
            f"{n_outlined} outlined sentences · {len(lines)} lines dropped as page furniture"
            + ("" if placed or not lines else " (shown first: their place in the file could not be found)")
            + (f" · {len(unplaced)} evidence references name no sentence of this article and are not shown: "
               f"{html.escape(', '.join(unplaced))}" if unplaced else ""))
    return render_article(body, marks, title=str(a["title"]), meta=meta, drops=drops, legend=legend)


def evidence_html(corpus, event_id: str) -> str:
    """The sentences behind one event, each in its article, marked; a heading gives the event's date."""
    rows = corpus.events[corpus.events["event_id"] == event_id]
    if rows.empty:
        raise TiesError(f"no event {event_id!r} in the corpus")
    e = next(rows.itertuples(index=False))
    parts = []
    for ref in e.sentence_refs:
        place = sentence_of(ref)
        found = corpus.sentences.iloc[0:0]
        if place is not None:
            article_id, sid = place
            found = corpus.sentences[(corpus.sentences["article_id"] == article_id)
                                     & (corpus.sentences["sentence_id"] == sid)]
        if found.empty:
            parts.append(f'<div class="meta">{html.escape(str(ref))}: names no sentence of the corpus; '
                         "not shown</div>")
            continue
        s = found.iloc[0]
        a, b = int(s["start"]), int(s["end"])
        mentions = corpus.mentions[corpus.mentions["article_id"] == article_id]
        marks = [replace(m, start=m.start - a, end=m.end - a)
                 for m in mention_marks(mentions) + event_marks(corpus.events, corpus.sentences, article_id)
                 if m.start >= a and m.end <= b]
        parts.append(f'<div class="meta">{html.escape(ref)}</div>'
                     f'<div class="text">{render_text(str(s["text"]), marks)}</div>')
    head = html.escape(_event_summary(e))
    return (f'<div class="ties-read"><style>{CSS}</style><h3>{head}</h3>{"".join(parts)}'
            f"{legend_html()}</div>")


def page(fragment: str, title: str) -> str:
    """A standalone HTML page around a fragment: inline CSS, no scripts, nothing fetched."""
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n</head>\n<body>\n{fragment}\n</body>\n</html>\n")


def richest_article(corpus) -> str:
    """The article with most events (ties: the first by id), for a notebook to show."""
    counts = corpus.events["article_ids"].explode().value_counts()
    if counts.empty:
        return str(corpus.articles["article_id"].iloc[0])
    best = counts.max()
    return str(min(a for a, n in counts.items() if n == best))
