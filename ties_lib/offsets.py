"""Days counted from another happening: "The handover came a day after Singh held talks in Hanoi".

A happening told after "N days after" or "N days before" is dated from the happening the sentence told
before that phrase, once every other pass has dated that one (its date may come from the lead). Only whole
days (or weeks of seven) are counted, and only from a single day: "a week after the three-day visit" says too
little.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .dates import NUM, DateExpr, DateValue, day_value, number_value
from .records import EventRecord, Sentence

#: "a day after", "two days before", "3 days after", "a week after": the phrase, then the later clause up to its
#: happening
_DAYS_FROM = re.compile(rf"\b(?P<n>an?|{NUM})\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\s+"
                        rf"(?P<clause>[^,;:]{{0,140}})$", re.IGNORECASE)
#: a day just told before "the day after|before": "visited Bien Hoa on Oct. 17, the day after talks in Hanoi"
_APPOSED = re.compile(r",\s+")


def counted_days(events: list[EventRecord], undated: list[EventRecord], sentences: list[Sentence], text: str,
                 dated: list[tuple[DateExpr, DateValue | None, str]]) -> list[EventRecord]:
    """Date each happening told as "N days after|before" another one of its sentence, the undated ones too
    ("The ceremony came a day after Singh held talks": the talks have no date of their own)."""
    spans = {sp for e in events for sp in e.trigger_spans}
    out = list(events) + [r for r in undated if r.date is None and not spans.intersection(r.trigger_spans)]
    for i, e in enumerate(out):
        if len(e.trigger_spans) != 1 or len(e.sentence_refs) != 1:
            continue
        _aid, t_start, _t_end = e.trigger_spans[0]
        s = sentences[e.sentence_refs[0][1]]
        m = _DAYS_FROM.search(text, s.start, t_start)
        if m is None or m.start() <= s.start:
            continue
        # ("on 7 June, the day before his talks": counted from the day set just before the phrase)
        apposed = next((v for x, v, _ in dated if v is not None and m.group("n").lower() == "the"
                        and _APPOSED.fullmatch(text, x.end, m.start())), None)
        n = 1 if m.group("n").lower() in ("a", "an") or apposed is not None else number_value(m.group("n"))
        if n is None or n > 31:
            continue
        if m.group("unit").lower().startswith("week"):
            if _HEDGED.search(text, s.start, m.start()):
                continue  # "barely a week after", "about three weeks after": a count of weeks only roughly told
            n *= 7  # ("a week after the destroyer called at Da Nang": seven days a week)
        clause_end = _clause_end(text, t_start, s.end)
        if any(m.end() <= x.start and x.end <= t_start and x.kind in _COUNTS for x, v, _ in dated if v is not None):
            continue  # ("... for the 15th anniversary of normalised relations": what the count names, its own year)
        if any(m.end() <= x.start and (x.start < clause_end or _SET_OFF_DAY.fullmatch(text, clause_end, x.start))
               and x.kind not in _COUNTS for x, v, _ in dated if v is not None):
            # "two days after the talks, on June 10, ...": the happening's own date (not the count of what it
            # marked: "a week after the destroyer called at Da Nang for the 15th anniversary of normalised relations")
            continue
        ref = _told_before(out, e, s, m.start())
        start = apposed if apposed is not None else ref.date if ref is not None else None
        if start is None or start.precision != "day" or start.is_range:
            continue
        sign = -1 if m.group("dir").lower() == "after" else 1
        out[i] = replace(e, date=day_value(start.start + dt.timedelta(days=sign * n), "derived"))
    return [e for e in out if e.date is not None]


#: (not a month's abbreviation: "met Rumsfeld at the Pentagon Nov. 10")
_CLAUSE_MARK = re.compile(r"[,;:]|(?<=[a-z]{2})\.(?!\s*\d)")
#: a rough count: "about three weeks after", "barely a week after", "some two weeks before"
_HEDGED = re.compile(r"\b(?:about|around|roughly|some|nearly|almost|barely|just|only|more\s+than|less\s+than|over|"
                     r"under|within)\s+$", re.IGNORECASE)
#: the happening's own day set off by a comma after its clause: "held a virtual meeting, on May 16,"
_SET_OFF_DAY = re.compile(r",\s*(?:on|in)\s+", re.IGNORECASE)
#: date expressions that count years from what they name, not a day of the happening told with them
_COUNTS = frozenset({"anniversary", "years_since"})


def _clause_end(text: str, start: int, limit: int) -> int:
    m = _CLAUSE_MARK.search(text, start, limit)
    return m.start() if m else limit


def _told_before(events: list[EventRecord], e: EventRecord, s: Sentence, before: int) -> EventRecord | None:
    """The happening the phrase counts from: the last one whose word the sentence told before the phrase, else
    (for "The ceremony came a day after ...", whose noun names a happening told earlier) the last dated one of
    the article before this sentence."""
    # (a dated one: "handed over boats at a ceremony ..., a day after": the ceremony's noun is the handover's)
    here = [x for x in events if x is not e and x.date is not None
            and any(s.start <= a < before for _id, a, _b in x.trigger_spans)]
    if here:
        return max(here, key=lambda x: max(a for _id, a, _b in x.trigger_spans if a < before))
    earlier = [x for x in events if x is not e and x.partner == e.partner and x.date is not None
               and x.sentence_refs[0][1] < s.sentence_id]
    opener = _opens_on_a_happening(s.text, before - s.start)
    if not opener or not earlier:
        return None
    return max(earlier, key=lambda x: x.sentence_refs[0][1])


_ANAPHORIC_OPENER = re.compile(r"(?:^\s*|[,;]\s+(?:and\s+|but\s+)?)(?:The|This|That|It)\b"
                               r"[^,;]*?\b(?:came|comes|took\s+place|was\s+held|followed)"
                               # ("The call came just three days after ...", "It came only a day before ...")
                               r"\s+(?:(?:just|only|barely|exactly|some|about)\s+)?$", re.IGNORECASE)


def _opens_on_a_happening(sentence: str, end: int) -> bool:
    """ "The ceremony came a day after ...", "It took place two days before ...": the sentence's subject is a
    happening told before."""
    # (or a clause of its own: "The call is the third leg of the mission, and it came three days after ...")
    return bool(_ANAPHORIC_OPENER.search(sentence[:end]))


#: ", a day after the ADMM-Plus wound up in the capital on Tuesday": a happening counted from another's day
_COUNTED_TO = re.compile(rf"\s*,\s*(?P<n>an?|{NUM})\s+days?\s+(?P<dir>after|before)\s+[^,;:.]{{0,120}}$",
                         re.IGNORECASE)


def counted_from_its_clause(sentence: str, t_end: int, value: DateValue | None,
                            dates: list[tuple[int, int, DateValue, str]]) -> DateValue | None:
    """ "held talks in Hanoi, a day after the ADMM-Plus wound up on Tuesday": the day in the clause after "a day
    after" is the other happening's; the one told before the phrase is that day counted on (or back)."""
    if value is None or value.precision != "day" or value.is_range:
        return value
    ds = next((d for d, _de, v, _f in dates if v is value and d >= t_end), None)
    if ds is None:
        return value
    m = _COUNTED_TO.search(sentence, t_end, ds)
    if m is None:
        return value
    n = 1 if m.group("n").lower() in ("a", "an") else number_value(m.group("n"))
    if n is None or n > 31:
        return value
    sign = 1 if m.group("dir").lower() == "after" else -1
    return day_value(value.start + dt.timedelta(days=sign * n), "derived")

