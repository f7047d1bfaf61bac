"""Events: one reported happening between Vietnam and a partner, with a date.

Per sentence, trigger phrases give the event type; each resolved date goes to the nearest
trigger before it (else after it) in the sentence; a trigger with no date of its own may
share one with a trigger of another type ("his visit ... in July 2007, the two governments
raised the relationship"). Future plans and invitations are not events. Undated mentions
only add detail to a dated event of the same type nearby. :func:`merge` then makes one
event per happening across sentences and articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .dates import number_value
from .records import DateValue, EventRecord
from .text import lower_in_place

TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("partnership_upgrade", re.compile(
        r"\b(?:elevat|upgrad|rais)(?:ed|ing|e|es)\s+(?:\w+\s+){0,3}?(?:relationship|relations|ties|"
        r"partnership)\s+to\b|\bnormali[sz](?:ation|ed|ing)\b|\bestablish(?:ed|ing|ment of)\s+"
        r"(?:\w+\s+){0,2}?diplomatic\s+(?:relations|ties)\b|\bdiplomatic relations were established\b|"
        r"\bPartnership,?\s+(?:was\s+|were\s+)?(?:established|announced|launched|formed)\b|\bestablished\s+(?:a|an|the)\s+(?:[A-Z]\w+\s+){1,3}"
        r"Partnership\b|\bPartnership\s*(?=\((?:19|20)\d\d\))|"
        r"\bset\s+up\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?partnership\b|"
        r"\bpartnership,?\s+(?:which|that)\s+(?:[\w-]+\s+){0,4}?(?:set\s+up|established|forged|launched)\b",
        re.IGNORECASE)),
    # the happening an anniversary counts from: "the 50th anniversary of their diplomatic ties"
    # (the trigger is the group "obj", after the anniversary, so that the anniversary's date looks ahead to it)
    ("partnership_upgrade", re.compile(
        r"\banniversary\s+of\s+(?P<obj>(?:the\s+|their\s+)?(?:establishment\s+of\s+)?(?:bilateral\s+)?"
        r"diplomatic\s+(?:ties|relations)|(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}partnership)\b", re.IGNORECASE)),
    ("summit", re.compile(r"\b(?:virtual\s+|bilateral\s+|online\s+)?summit\b", re.IGNORECASE)),
    ("dialogue", re.compile(r"\bdialogue\b", re.IGNORECASE)),
    # "its 13th session was held online": a numbered session or round is one of a recurring mechanism
    ("dialogue", re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                            r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)\s+"
                            r"(?P<obj>session|round)\b(?!\s+of\s+(?:the\s+)?(?:talks|negotiations|consultations|National\s+Assembly|"
                            r"Parliament|Congress|General\s+Assembly|United\s+Nations|UN\b))",
                            re.IGNORECASE)),
    ("exercise", re.compile(r"\b(?:joint|bilateral|naval|military|passage|maritime|partnership|army|navy|field|"
                            r"training|rescue|combined|trilateral|tabletop)\s+(?:[\w-]+\s+)?exercises?\b|"
                            r"\bdrills?\b|\bPASSEX\b|\btraining\s+(?:course|programme|program|session)s?\b",
                            re.IGNORECASE)),
    ("ceremony", re.compile(r"\bceremon(?:y|ies)\b(?<!welcome ceremony)(?<!welcome ceremonies)(?<!arrival ceremony)|"
                            r"\binaugurat\w+|\bhand(?:ed|ing)?\s+over\b|"
                            r"\bhandover\b|\bdonat(?:ed|ion)\b|\bcommissioning\b", re.IGNORECASE)),
    ("visit", re.compile(r"\bvisit(?:s|ed|ing)?\b(?!or)|\btrip\s+to\b|\btravell?ed\s+to\b|"
                         r"\blanded\s+in\b|\barriv(?:ed|es)\s+(?:in|at)\b|\banchored\s+(?:off|at|in)\b|"
                         r"\bport\s+calls?\b|\bdocked\b|\bcall(?:ed|s)\s+at\b", re.IGNORECASE)),
    # "was in talks with Washington over ...": negotiating, not a meeting; "In talks with X on May 2" is one
    ("talks", re.compile(r"\btalks?\b(?<!is in talks)(?<!was in talks)(?<!are in talks)(?<!were in talks)"
                         r"(?<!been in talks)(?<!remain in talks)(?<!remains in talks)(?<!remained in talks)|"
                         r"\bbilateral\s+meeting\b|\bvirtual\s+meeting\b|\bmeetings?\s+with\b|"
                         r"\binteract(?:ion|ed)\b|\bcalled\s+(?:up)?on\b|\bcourtesy\s+calls?\b|"
                         r"\bphone\s+call\b|\btelephone\s+conversation\b|\bmet\b|\bhosted\b(?!\s+the\b)|"
                         r"\breceived\b(?=\s+(?:[A-Z]|the\s+[A-Z]|a\s+delegation))", re.IGNORECASE)),
]
#: Per pattern of ``TRIGGERS``: words it cannot match without (lower case), and how far before and
#: after such a word a match can start and end. Patterns run only in those windows: most of an
#: article holds no trigger, and scanning it all, pattern by pattern, was the largest single cost.
TRIGGER_WORDS: list[tuple[tuple[str, ...], int, int]] = [
    (("elevat", "upgrad", "rais", "normali", "establish", "diplomatic", "partnership", "set up"), 2, 140),
    (("anniversary",), 2, 120),
    (("summit",), 12, 8),
    (("dialogue",), 2, 10),
    (("session", "round"), 16, 30),
    (("exercise", "drill", "passex", "training"), 45, 20),
    (("ceremon", "inaugurat", "hand", "donat", "commissioning"), 2, 30),
    (("visit", "trip", "travel", "landed", "arrive", "anchored", "port call", "docked", "called at", "calls at"),
     2, 20),
    (("talk", "meeting", "interact", "called", "courtesy", "phone", "telephone", "met", "hosted", "received"),
     12, 40),
]

#: A named multilateral gathering is not a bilateral summit.
MULTILATERAL_BEFORE = re.compile(r"(?:East Asia|ASEAN|G-?20|G-?7|Quad|BRICS|APEC|Mekong|Shangri-La|"
                                 r"Regional|Global|World|Nuclear|Climate|Security)\s+$")
FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|to be held|plans? to|planned|planning|scheduled|expected to|"
    r"look(?:s|ed|ing)? forward|invit\w*|propos\w*|upcoming|forthcoming|agreed to|pledged to|"
    r"confirmed (?:his|her|their)|intends? to|aims? to|to hold|to visit|once\b|next round|"
    r"to continue|to deepen|to promote|to strengthen|to enhance|would like|ahead of|in preparation for)\b[^;]*$",
    re.IGNORECASE)
FUTURE_SUBJECT = re.compile(r"^(?:The|This|That)\s+\w+(?:\s+\w+)?,?[^.]*?\b(?:will|is to|is due to|"
                            r"is scheduled|is expected)\b", re.IGNORECASE)
# VIRTUAL and LEVEL_CUES are for lower-cased text (an IGNORECASE pattern is several times slower)
VIRTUAL = re.compile(r"\b(?:virtual(?:ly)?|video\s*conferenc\w*|video\s+link|online|telephone|"
                     r"phone\s+call|by\s+phone|teleconferenc\w*|via\s+video)\b")
LEVEL_CUES = [
    ("deputy_ministerial", re.compile(r"\bdeputy[\s-]+minister(?:ial)?(?:[\s-]+level)?\b")),
    ("summit", re.compile(r"\b(?:state\s+visit|summit|two\s+prime\s+ministers|heads?\s+of\s+(?:state|government))\b")),
]
ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|"
                     r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
                     r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b", re.IGNORECASE)
LEVELS = ("working", "senior_official", "deputy_ministerial", "ministerial", "summit")


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    start: int
    end: int
    text: str
    anaphoric: bool = False  # "During the interaction": refers back, takes no date
    future: bool = False  # in a plan or invitation: an event only if its date has passed


ANAPHORA = re.compile(r"(?:^|[,;]\s*)(?:During|In|After|At|Following)\s+the\s+(?:\w+\s+){0,2}$")
#: "during a visit by ...", "after a ... exercise": a happening named as the frame of another
FRAME = re.compile(r"\b(?:during|after|following|on the sidelines of)\s+(?:a|an|the|his|her|their|its)?\s*"
                   r"(?:[\w.'-]+\s+){0,4}$", re.IGNORECASE)
SUB_ACTIVITY = re.compile(r"\bduring\s+(?:his|her|their|the|a|its)\s+(?:\w+\s+){0,2}(?:trip|visit|stay)\b",
                          re.IGNORECASE)


def raw_triggers(text: str) -> list[tuple[str, int, int]]:
    """Every trigger phrase in ``text`` as (type, start, end), in the order of ``TRIGGERS``.

    Run once over a whole article (one scan per pattern), then split by sentence.
    """
    lower = lower_in_place(text)
    out = []
    for (etype, pattern), (words, before, after) in zip(TRIGGERS, TRIGGER_WORDS, strict=True):
        if not any(w in lower for w in words):
            continue
        for lo, hi in _word_windows(lower, words, before, after):
            for m in pattern.finditer(text, lo, hi):
                out.append((etype, m.start("obj"), m.end("obj")) if "obj" in pattern.groupindex
                           else (etype, m.start(), m.end()))
    return out


def _word_windows(lower: str, words: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
    """Merged spans around each occurrence of the words a trigger pattern cannot match without."""
    spans = []
    for w in words:
        pos = lower.find(w)
        while pos >= 0:
            spans.append((max(0, pos - before), min(len(lower), pos + len(w) + after)))
            pos = lower.find(w, pos + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def find_triggers(sentence: str, raw: list[tuple[str, int, int]] | None = None) -> list[Trigger]:
    """Event triggers in a sentence, multilateral forums left out; plans are marked ``future``.

    ``raw`` is :func:`raw_triggers` of the sentence, if already at hand.
    """
    found: list[Trigger] = []
    taken: list[tuple[int, int]] = []
    for etype, start, end in (raw_triggers(sentence) if raw is None else raw):
        if any(s < end and start < e for s, e in taken):
            continue
        before = sentence[:start]
        if etype == "summit" and (MULTILATERAL_BEFORE.search(before) or _named_gathering(before)):
            continue
        # a plan cue earlier in the clause; a dated past happening survives it (see extract)
        future = bool(FUTURE_BEFORE.search(before[-160:]) or (start < 40 and FUTURE_SUBJECT.search(sentence)))
        found.append(Trigger(etype, start, end, sentence[start:end], bool(ANAPHORA.search(before)), future))
        taken.append((start, end))
    found.sort(key=lambda t: t.start)
    # "met the Prime Minister during his trip to Hanoi": the meeting belongs to the visit
    if SUB_ACTIVITY.search(sentence) and any(t.type == "visit" for t in found):
        found = [t for t in found if t.type != "talks"]
    # "called upon and interacted with": adjacent triggers of one type are one trigger
    merged: list[Trigger] = []
    for t in found:
        gap = sentence[merged[-1].end:t.start] if merged else ""
        if (merged and merged[-1].type == t.type and len(gap) < 25 and merged[-1].future == t.future
                and not re.search(r"\d", gap)):
            merged[-1] = replace(merged[-1], end=t.end, text=sentence[merged[-1].start:t.end])
        else:
            merged.append(t)
    return merged


_SUMMIT_MODIFIER = re.compile(r"(?:Virtual|Bilateral|Online|[Tt]he|An?|This|That|Its|Their|His|Her)\s+$")
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s+$")


def _named_gathering(before: str) -> bool:
    """ "the East Asia Summit", "G20 Summit": a capitalised name before "summit" that is neither a
    determiner nor a partner country ("India-Vietnam summit", "the virtual summit")."""
    m = _CAPITALISED_BEFORE.search(before)
    if m is None or _SUMMIT_MODIFIER.search(before):
        return False
    from .actors import country_of

    return not all(country_of(part) for part in m.group(1).split("-") if part)


def assign_dates(sentence: str, triggers: list[Trigger],
                 dates: list[tuple[int, int, DateValue, bool]]
                 ) -> list[tuple[Trigger, DateValue | None]]:
    """Pair triggers with dates: a date goes to the nearest trigger before it, else after it.

    ``dates`` holds (start, end, value, looks_forward): an anniversary looks forward, to the
    happening it is the anniversary of. A relative clause (", which ...") is a barrier.
    """
    pairs: list[tuple[Trigger, DateValue | None]] = []
    given: dict[int, list[DateValue]] = {i: [] for i in range(len(triggers))}
    for ds, de, value, forward in dates:
        ok = [i for i, t in enumerate(triggers) if not t.anaphoric and not _barrier(sentence, t, ds, de)]
        before = [i for i in ok if triggers[i].end <= ds]
        after = [i for i in ok if triggers[i].start >= de]
        # an anniversary dates what it is the anniversary of, never the happening before it
        order = after[:1] if forward else (before[-1:] + after[:1])
        if order:
            given[order[0]].append(value)
    for i, t in enumerate(triggers):
        values = _finest(given[i])
        if values:
            pairs.extend((t, v) for v in values)
            continue
        leading = [v for ds, de, v, _f in dates if all(ds < x.start for x in triggers)
                   and not _barrier(sentence, t, ds, de)]
        if len(leading) == 1 and not t.anaphoric and all(
                triggers[j].type != t.type for j in given if j != i and leading[0] in given[j]):
            # "Vietnam and the US on Sunday elevated ... during a visit by ..., who held talks":
            # a date before every trigger dates the whole clause
            pairs.append((t, leading[0]))
            continue
        framed = FRAME.search(sentence[max(0, t.start - 60):t.start]) is not None
        if (t.type == "partnership_upgrade" or framed) and not t.anaphoric:
            # "his visit ... in July 2007, the two governments raised the relationship";
            # "elevated ... on Sunday during a visit by ...": the frame shares the clause's date
            others = [(abs(ds - t.start), v) for ds, _de, v, _f in dates
                      if any(triggers[j].type != t.type and v in given[j] for j in given if j != i)]
            if others:
                pairs.append((t, min(others, key=lambda x: x[0])[1]))
                continue
        pairs.append((t, None))
    return pairs


_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;]*$")
_THAT_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:[A-Z]\w+\s+|the\s+\w+\s+|it\s+|they\s+)?\w+ed\b")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b")


def _barrier(sentence: str, t: Trigger, ds: int, de: int) -> bool:
    """A relative clause or a semicolon between them, or "since" before the date ("the first visit
    since ... 2021")."""
    between = sentence[de:t.start] if de <= t.start else sentence[t.end:ds]
    if de > t.start and _SINCE_CLAUSE.search(between):
        return True  # the date sits in the since-clause
    # "the body has met only sporadically; its next meeting is due in December": another clause
    if de > t.start and _THAT_CLAUSE.search(between):
        return True  # "boats built under the credit line that India extended in 2014": the clause's own date
    return ";" in between or bool(_RELATIVE_CLAUSE.search(between))


def _finest(values: list[DateValue]) -> list[DateValue]:
    """Drop a date that only restates a finer one ("earlier this year, from July 30 ...")."""
    out = []
    for v in values:
        if any(o is not v and v.contains(o) and o.rank() > v.rank() for o in values):
            continue
        if v not in out:
            out.append(v)
    return out


def ordinal_before(sentence: str, pos: int) -> int | None:
    """The session number just before a mechanism's name ("the 13th ... dialogue")."""
    found = list(ORDINAL.finditer(sentence[max(0, pos - 70):pos]))
    return number_value(found[-1].group(0)) if found else None


def max_level(levels: list[str]) -> str:
    known = [lv for lv in levels if lv in LEVELS]
    return max(known, key=LEVELS.index) if known else ""


# ----------------------------------------------------------------------------- merge


def compatible(a: EventRecord, b: EventRecord) -> bool:
    """Whether two records can be one happening: partner, type and dates agree."""
    if a.partner != b.partner or a.type != b.type or a.date is None or b.date is None:
        return False
    da, db = a.date, b.date
    if not (da.contains(db) or db.contains(da)):
        return False
    if da.precision == db.precision == "day" and da.start != db.start:
        return False
    from .actors import is_office_id

    pa = {p for p in a.participants if not is_office_id(p)}
    pb = {p for p in b.participants if not is_office_id(p)}
    return not (pa and pb and not pa & pb and min(da.rank(), db.rank()) < 3)


def combine(a: EventRecord, b: EventRecord) -> EventRecord:
    """One record from two reports of a happening: the finer date, the union of the rest."""
    first, second = (a, b) if (a.date and b.date and a.date.rank() >= b.date.rank()) else (b, a)
    date = first.date
    if date is not None and second.date is not None and second.date.is_range and not date.is_range \
            and second.date.start == date.start:
        date = second.date
    modality = first.modality if first.modality != "unknown" else second.modality
    return EventRecord(
        partner=first.partner, type=first.type, date=date, modality=modality,
        level=max_level([a.level, b.level]),
        location=first.location or second.location,
        participants=tuple(dict.fromkeys(a.participants + b.participants)),
        ordinal=a.ordinal or b.ordinal,
        domains=tuple(dict.fromkeys(a.domains + b.domains)),
        article_ids=tuple(dict.fromkeys(a.article_ids + b.article_ids)),
        sentence_refs=tuple(dict.fromkeys(a.sentence_refs + b.sentence_refs)),
        evidence=tuple(dict.fromkeys(a.evidence + b.evidence)),
        trigger=first.trigger or second.trigger,
    )


def merge(records: list[EventRecord]) -> list[EventRecord]:
    """One event per happening: records are folded into the first compatible one, finest first."""
    ordered = sorted(records, key=lambda r: (-(r.date.rank() if r.date else -1),
                                             r.date.start if r.date else None))
    out: list[EventRecord] = []
    for r in ordered:
        for i, o in enumerate(out):
            if compatible(o, r):
                out[i] = combine(o, r)
                break
        else:
            out.append(r)
    return sorted(out, key=lambda r: (r.date.start if r.date else None, r.partner, r.type))


def prune_offices(r: EventRecord) -> EventRecord:
    """Drop an office participant ("the two Defence Ministers") when its holder is named too."""
    from .actors import is_office_id, people, slug

    base = people()
    persons = [base[p] for p in r.participants if p in base]
    keep = []
    for pid in r.participants:
        code, _, office = pid.partition("-")
        held = any(x.country.lower() == code and any(slug(t.office) == office and (
            r.date is None or (t.start <= r.date.end and (t.end is None or r.date.start <= t.end)))
            for t in x.tenures) for x in persons)
        if is_office_id(pid) and held:
            continue
        keep.append(pid)
    return replace(r, participants=tuple(keep))


def event_id(r: EventRecord) -> str:
    date = r.date.iso_start() if r.date else "undated"
    return f"{r.partner.lower()}-{date}-{r.type.replace('_', '-')}"
