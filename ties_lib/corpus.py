"""A corpus: a folder of articles read into cited DataFrames.

>>> import ties_lib as tl
>>> corpus = tl.load_corpus("seeds")          # doctest: +SKIP
>>> corpus.events[["event_id", "date_start", "type"]].head()   # doctest: +SKIP

The per-article step (:func:`ties_lib.extract.extract`) is pure; this module maps it over
the files (in one process or several) and reduces the results: one event per happening,
one agreement per document, one actor per person, across all articles.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pandas as pd

from . import budget, frames
from .agreements import same_agreement
from .anchoring import level_reached_on
from .corrections import apply_corrections, corrections_path
from .events import COURSE_DAYS, prune_offices, summits_told_as_talks
from .events import merge as merge_events
from .extract import extract
from .formats import apply_metadata, read_source
from .progress import progress as with_progress
from .reading import TiesError, article_files, read_document
from .records import AgreementRecord, ArticleResult, DateValue, Document, EventRecord, Problem

__all__ = ["Corpus", "TiesError", "load_corpus", "extract_file", "extract_source", "build_corpus"]


@dataclass(frozen=True)
class Corpus:
    """The tables of a corpus. Each row keeps the article and sentence it came from."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame
    actors: pd.DataFrame
    roles: pd.DataFrame
    agreements: pd.DataFrame
    domains: pd.DataFrame
    furniture: pd.DataFrame
    partner_text: pd.DataFrame
    problems: pd.DataFrame
    source: str = ""
    #: the corrections file's lines and what became of each (see ties_lib.corrections)
    corrections: pd.DataFrame | None = None

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name, in the order the export writes them."""
        return {name: getattr(self, name) for name in frames.TABLES}

    def __repr__(self) -> str:
        return (f"Corpus({self.source!r}: {len(self.articles)} articles, {len(self.events)} events, "
                f"{len(self.actors)} actors, {len(self.agreements)} agreements, "
                f"{len(self.problems)} problems)")


def extract_source(src: str | Path, path: str | Path,
                   time_budget: float | None = budget.DEFAULT_SECONDS) -> list[ArticleResult | Problem]:
    """Read and extract every article of one file (one, or many in an export or a table).

    Any failure becomes a :class:`Problem`, never an exception; a bad article in a file of
    many costs only itself; so does one that takes longer than ``time_budget`` seconds.
    """
    src, path = Path(src), Path(path)
    try:
        docs = read_source(src, path)
    except Exception as exc:  # noqa: BLE001 - the readers answer with Problems; this is a backstop
        return [Problem(path.relative_to(src).as_posix(), "unreadable", f"{type(exc).__name__}: {exc}")]
    out: list[ArticleResult | Problem] = []
    for doc in docs:
        if isinstance(doc, Problem):
            out.append(doc)
            continue
        result = extract_document(doc, time_budget)
        out.append(result if isinstance(result, Problem) else apply_metadata(result, doc))
    return out


def extract_file(src: str | Path, path: str | Path,
                 time_budget: float | None = budget.DEFAULT_SECONDS) -> ArticleResult | Problem:
    """Read and extract one single-article file; any failure becomes a :class:`Problem`, never an exception."""
    src, path = Path(src), Path(path)
    try:
        doc = read_document(src, path)
    except Exception as exc:  # noqa: BLE001 - reading already answers with a Problem; this is a backstop
        # the path may lie outside the folder (a caller's mistake): name it as given, never raise again
        name = path.relative_to(src).as_posix() if path.is_relative_to(src) else path.as_posix()
        return Problem(name, "unreadable", f"{type(exc).__name__}: {exc}")
    if isinstance(doc, Problem):
        return doc
    return extract_document(doc, time_budget)


def extract_document(doc: Document, time_budget: float | None = budget.DEFAULT_SECONDS
                     ) -> ArticleResult | Problem:
    try:
        return budget.run_within(time_budget, lambda: extract(doc))
    except budget.OverBudget:
        return Problem(doc.origin or doc.path, "too slow", budget.over_budget_detail(time_budget or 0))
    except Exception as exc:  # noqa: BLE001 - one bad article must not cost the others
        return Problem(doc.origin or doc.path, "extraction failed", f"{type(exc).__name__}: {exc}")


def load_corpus(src: str | Path | None = None, *, workers: int = 1, corrections: str | Path | None = None,
                progress: bool | None = None, time_budget: float | None = budget.DEFAULT_SECONDS) -> Corpus:
    """Read every article under ``src`` (default: the kit's ``seeds/``), in the formats of
    :mod:`ties_lib.formats`, and apply the corrections file.

    ``corrections`` defaults to ``src/corrections.csv`` when there is one. ``progress`` shows a
    bar (None: for more than a few hundred files, when output is interactive).
    Raises :class:`TiesError` when the folder does not exist or holds no article. Files
    that cannot be read are listed in ``corpus.problems``; they never stop the run, and
    neither does an article that takes longer than ``time_budget`` seconds (``None``, 0 or
    ``inf``: no limit; at most ``budget.MAX_SECONDS`` otherwise; see :mod:`ties_lib.budget`).
    """
    from .paths import seeds_dir

    try:
        time_budget = budget.seconds_or_none(time_budget)
    except ValueError as exc:
        raise TiesError(str(exc)) from None
    folder = Path(src) if src is not None else seeds_dir()
    files = article_files(folder)
    fixes = corrections_path(folder, corrections)
    with _cyclic_gc_paused():
        if workers > 1 and len(files) > 1:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                chunk = max(1, len(files) // (workers * 8))
                mapped = pool.map(extract_source, [folder] * len(files), files, [time_budget] * len(files),
                                  chunksize=chunk)
                per_file = list(with_progress(mapped, len(files), "articles", progress))
        else:
            per_file = [extract_source(folder, f, time_budget)
                        for f in with_progress(files, len(files), "articles", progress)]
        results = [r for found in per_file for r in found]
        return build_corpus(results, source=str(folder), corrections=fixes)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a corpus is read.

    The results are tuples, strings and frozen dataclasses without reference cycles, freed by
    reference counting alone; the collector would only walk the growing pile of them again and
    again (7% of the time at 3,000 articles; see docs/performance.md).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_corpus(results: Iterable[ArticleResult | Problem], source: str = "",
                 corrections: Path | None = None) -> Corpus:
    """The cross-article reduction: merge events and agreements, aggregate actors; then the corrections."""
    good: list[ArticleResult] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    duplicates: dict[str, str] = {}
    origins: dict[str, str] = {}  # article id -> where the article is (file, and position in a file of many)
    for r in results:
        if isinstance(r, Problem):
            problems.append(r)
            continue
        origin = r.article.origin or r.article.path
        # an article's own problems name its file; inside a file of many, its position too
        problems.extend(dataclasses.replace(p, file=origin) if p.file == r.article.path else p for p in r.problems)
        if r.article.article_id in origins:  # ids are unique within a file; two files can share one
            old = r.article.article_id
            r = renamed(r, _free_id(r, origins))
            problems.append(Problem(origin, "duplicate id", f"id '{old}' is also the id of {origins[old]}; "
                                                            f"read as {r.article.article_id}"))
        origins[r.article.article_id] = origin
        first = seen.get(r.article.sha1) if r.article.sha1 else None
        if first is not None:
            duplicates[r.article.article_id] = first
            problems.append(Problem(origin, "duplicate", f"same text as {first}; counted once"))
        else:
            seen[r.article.sha1] = r.article.article_id
        good.append(r)
    counted = [r for r in good if r.article.article_id not in duplicates]
    events = [prune_offices(e) for e in merge_events_grouped(on_known_days([e for r in counted for e in r.events]))]
    agreements = merge_agreements([a for r in counted for a in r.agreements])
    corpus = Corpus(
        articles=frames.articles_frame(good, duplicates),
        sentences=frames.sentences_frame(good),
        mentions=frames.mentions_frame(good),
        events=frames.events_frame(events),
        actors=frames.actors_frame(counted),
        roles=frames.roles_frame(counted),
        agreements=frames.agreements_frame(agreements),
        domains=frames.domains_frame(counted),
        furniture=frames.furniture_frame(good),
        partner_text=frames.partner_text_frame(good),
        problems=frames.problems_frame(problems),
        source=source,
    )
    return apply_corrections(corpus, corrections)


def on_known_days(records: list[EventRecord]) -> list[EventRecord]:
    """What the kit's sourced knowledge adds to the text's dates, before the merge: an upgrade the text dates only by
    its year or month ("since the relationship was lifted to a comprehensive strategic partnership six years ago") is
    of the day the partner's relationship reached the level it names (data/eras.csv), when that day falls within the
    text's date. Extraction itself keeps to the text (``extract``); the corpus carries the finer day."""
    out = []
    for r in records:
        if r.type == "partnership_upgrade" and r.date is not None and r.date.precision in ("year", "month") \
                and (day := level_reached_on(r.partner, " ".join(r.evidence), r.date)) is not None:
            r = dataclasses.replace(r, date=DateValue(day, day, "day", r.date.basis))
        out.append(r)
    return out


def _free_id(r: ArticleResult, taken: dict[str, str]) -> str:
    """An id for an article whose id an earlier article has: ``file-N`` for the N-th article of a
    file of many (as an article without an id of its own is named), else the id with ``-2``, ``-3``."""
    file, _, pos = (r.article.origin or r.article.path).partition("#")
    base = f"{PurePosixPath(file).with_suffix('').as_posix()}-{pos}" if pos else r.article.article_id
    candidate, k = base, 1
    while candidate in taken:
        k += 1
        candidate = f"{base}-{k}"
    return candidate


def renamed(r: ArticleResult, new: str) -> ArticleResult:
    """The result of an article under another id: everything that names the article names ``new``."""
    old = r.article.article_id

    def ids(aids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(new if a == old else a for a in aids)

    def refs(pairs: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
        return tuple((new if a == old else a, s) for a, s in pairs)

    return dataclasses.replace(
        r, article=dataclasses.replace(r.article, article_id=new),
        sentences=tuple(dataclasses.replace(x, article_id=new) for x in r.sentences),
        furniture=tuple(dataclasses.replace(x, article_id=new) for x in r.furniture),
        mentions=tuple(dataclasses.replace(x, article_id=new) for x in r.mentions),
        events=tuple(dataclasses.replace(e, article_ids=ids(e.article_ids), sentence_refs=refs(e.sentence_refs),
                                         trigger_spans=tuple((new if a == old else a, s, t)
                                                             for a, s, t in e.trigger_spans),
                                         apart=tuple((new if a == old else a, s, t) for a, s, t in e.apart))
                     for e in r.events),
        agreements=tuple(dataclasses.replace(a, article_ids=ids(a.article_ids), sentence_refs=refs(a.sentence_refs))
                         for a in r.agreements))


def merge_events_grouped(records: list[EventRecord]) -> list[EventRecord]:
    """:func:`ties_lib.events.merge` as a grouped reduction: the same events, far faster.

    ``merge`` compares each record with every event found so far, so its cost grows with the
    square of the corpus (5 s of 40 at 2,000 articles, a minute at 10,000). Two records can only
    be :func:`~ties_lib.events.compatible` when partner and type agree and one date contains the
    other, so records are grouped by partner, type and run of overlapping dates; each group is
    merged on its own (in the records' original order) and the events put in ``merge``'s own
    final order (date, partner, type).
    """
    records = summits_told_as_talks(records)
    groups: dict[tuple[str, str, int], list[EventRecord]] = defaultdict(list)
    by_kind: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        by_kind[(r.partner, r.type)].append(i)
    run_of: dict[int, int] = {}
    run = 0
    for idx in by_kind.values():
        dated = sorted((i for i in idx if records[i].date is not None),
                       key=lambda i: records[i].date.start)  # type: ignore[union-attr]
        end = None
        for i in dated:
            d = records[i].date
            assert d is not None
            # (a visit's week may begin the day after its arrival: see compatible, one day's slack)
            # (and a course may be told by the day it began and the day it was finished: see begun_and_finished)
            slack = dt.timedelta(days=1 if records[i].type == "visit" else COURSE_DAYS if records[i].type == "exercise"
                                 else 0)
            if end is None or d.start > end + slack:
                run += 1  # no overlap with anything before: a new run of dates
                end = d.end
            end = max(end, d.end)
            run_of[i] = run
    for i, r in enumerate(records):
        groups[(r.partner, r.type, run_of.get(i, -1 - i))].append(r)  # undated: each on its own
    merged = [e for group in groups.values() for e in merge_events(group)]
    return sorted(merged, key=lambda r: (r.date.start if r.date else None, r.partner, r.type))


def _years_clash(a: DateValue | None, b: DateValue | None) -> bool:
    # "the memorandum signed in 2009" and "the memorandum signed tonight" (2000) are two documents
    return bool(a and b) and not (a.start.year <= b.end.year and b.start.year <= a.end.year)


def merge_agreements(records: list[AgreementRecord]) -> list[AgreementRecord]:
    """One row per document: same partner and names that agree (see :func:`same_agreement`)."""
    order = {"signed": 0, "planned": 1, "referenced": 2}
    out: list[AgreementRecord] = []
    # positions in ``out`` by partner: only agreements with the same partner can be one document
    by_partner: dict[str, list[int]] = defaultdict(list)
    for r in records:
        for i in by_partner[r.partner]:
            o = out[i]
            if same_agreement(o.name, r.name) and not _years_clash(o.date, r.date):
                keep_o = o.date and (not r.date or o.date.rank() >= r.date.rank())
                better_date = o.date if keep_o else r.date
                out[i] = AgreementRecord(
                    partner=o.partner, name=max((o.name, r.name), key=len), date=better_date,
                    status=min((o.status, r.status), key=order.__getitem__),
                    article_ids=tuple(dict.fromkeys(o.article_ids + r.article_ids)),
                    sentence_refs=tuple(dict.fromkeys(o.sentence_refs + r.sentence_refs)),
                    evidence=tuple(dict.fromkeys(o.evidence + r.evidence)))
                break
        else:
            by_partner[r.partner].append(len(out))
            out.append(r)
    return out
