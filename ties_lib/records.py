"""Frozen records passed between the pipeline's steps.

Every record that describes a finding carries the article and sentence it came from,
so that each row of each table can be traced back to its evidence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: Precisions a date can have, coarsest first.
PRECISIONS = ("year", "month", "week", "day")
#: Levels of engagement (codebook), lowest first.
LEVELS = ("working", "senior_official", "deputy_ministerial", "ministerial", "summit")


def max_level(levels: list[str]) -> str:
    """The highest known level of ``levels``, or "" when none is known."""
    known = [lv for lv in levels if lv in LEVELS]
    return max(known, key=LEVELS.index) if known else ""


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date at a known precision: the interval [start, end] it covers.

    A month-precision date covers the whole month, a range ("July 30 to August 1")
    covers its days with ``precision`` the precision of its ends.
    """

    start: dt.date
    end: dt.date
    precision: str
    basis: str = "stated"
    is_range: bool = False

    def iso_start(self) -> str:
        return iso_at(self.start, self.precision)

    def iso_end(self) -> str:
        return iso_at(self.end, self.precision) if self.is_range else ""

    def contains(self, other: DateValue) -> bool:
        return self.start <= other.start and other.end <= self.end

    def rank(self) -> int:
        return PRECISIONS.index(self.precision)


def iso_at(day: dt.date, precision: str) -> str:
    """ISO string of ``day`` cut to ``precision`` (a week is written as its first day)."""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    sentence_id: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of an article's body that the extractor read as something."""

    article_id: str
    sentence_id: int
    kind: str  # date | actor | office | domain | agreement | place | country
    start: int
    end: int
    text: str
    value: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class FurnitureLine:
    article_id: str
    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    problem: str
    detail: str


@dataclass(frozen=True, slots=True)
class Document:
    """A file read from disk: decoded text and how it was read."""

    article_id: str
    path: str
    text: str
    encoding: str
    fmt: str = "text"  # text | html | lexisnexis | csv | jsonl
    sha1: str = ""
    # what the file's format states besides the text (see ties_lib.formats)
    title: str = ""
    published: str = ""  # ISO day
    published_evidence: str = ""
    url: str = ""
    source: str = ""  # the outlet
    origin: str = ""  # file, and position in a file of many ("export.txt#2")


@dataclass(frozen=True, slots=True)
class ActorHit:
    """One actor found in a sentence (a person, or an office named without its holder)."""

    actor_id: str
    name: str
    kind: str  # person | office
    country: str
    role: str
    level: str
    sentence_id: int
    start: int
    end: int
    in_base: bool = True
    stated_level: str = ""  # the level of the office the text gives the person ("" when it gives none)


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A known place named in an article's text (``data/places.csv``)."""

    start: int
    end: int
    place: str
    country: str
    kind: str  # city | province | base | ...


@dataclass(frozen=True, slots=True)
class DomainHit:
    """A term of a cooperation domain's vocabulary in a sentence (``data/domains.csv``)."""

    sentence_id: int
    start: int
    end: int
    domain: str
    term: str


@dataclass(frozen=True, slots=True)
class EventRecord:
    partner: str
    type: str
    date: DateValue | None
    modality: str
    level: str
    location: str
    participants: tuple[str, ...]
    ordinal: int | None
    domains: tuple[str, ...]
    article_ids: tuple[str, ...]
    sentence_refs: tuple[tuple[str, int], ...]
    evidence: tuple[str, ...]
    trigger: str = ""
    cameo: str = ""  # CAMEO event code; PLOVER follows from it (triggers.plover_for)
    trigger_spans: tuple[tuple[str, int, int], ...] = ()  # (article, start, end) of each report's trigger
    # the trigger spans told as another happening of the same month or year ("the same month, the frigate called")
    apart: tuple[tuple[str, int, int], ...] = ()
    # who a pronoun subject stands for ("He also called on ..."): the happening's own person, kept out of the
    # participants (see extract._record) but read when the article dates it
    subject: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AgreementRecord:
    partner: str
    name: str
    date: DateValue | None
    status: str
    article_ids: tuple[str, ...]
    sentence_refs: tuple[tuple[str, int], ...]
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    article_id: str
    path: str
    title: str
    published: DateValue | None
    published_basis: str
    published_evidence: str
    body: str
    encoding: str
    fmt: str
    sha1: str
    partners: tuple[str, ...]
    partner_chars: tuple[tuple[str, int], ...]
    furniture_lines: int
    furniture_chars: int
    flags: tuple[str, ...] = ()
    origin: str = ""
    url: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything extracted from one article: the output of the pure per-article step."""

    article: ArticleInfo
    sentences: tuple[Sentence, ...]
    furniture: tuple[FurnitureLine, ...]
    mentions: tuple[Mention, ...]
    actors: tuple[ActorHit, ...]
    events: tuple[EventRecord, ...]
    agreements: tuple[AgreementRecord, ...]
    domains: tuple[tuple[str, int, str], ...]  # (domain, sentence_id, term)
    problems: tuple[Problem, ...] = field(default=())
