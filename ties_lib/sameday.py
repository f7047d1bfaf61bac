"""Meetings told as earlier the same day: "Later in the day Cohen was received by Prime Minister Khai".

A meeting told as coming "later in the day" says that the visitor met someone else before it, that day.
That earlier meeting is often told with no date of its own ("The hourlong meeting between Rumsfeld and Gen.
Tra followed a review of an honor guard.") or folded into the day's arrival ("arrived in Hanoi Monday and
promptly sat down for talks with his counterpart"). Either way it is its own meeting, on the later one's day,
when it does not have the later one's host.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import DateValue
from .events import Trigger
from .records import EventRecord, Sentence

#: "Later in the day", "later that day", "later the same afternoon", "later Monday": a second meeting that day
_LATER_THAT_DAY = re.compile(r"\blater\s+(?:(?:in\s+the|that|the\s+same)\s+(?:day|morning|afternoon|evening)|(?:on\s+)?"
                             r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|"
                             # "..., and Prime Minister Khai received him the same day": the day of the one told first
                             r"\b(?:the|that)\s+same\s+day\b", re.IGNORECASE)
_MEETINGS = ("talks", "summit")
_BEFORE = 3  # sentences: the earlier meeting is told just before the later one


def earlier_that_day(events: list[EventRecord], folded: list[EventRecord],
                     undated: list[tuple[int, Trigger, EventRecord]], sentences: list[Sentence]
                     ) -> tuple[list[EventRecord], set[int]]:
    """The earlier meetings a "later in the day" meeting implies, dated on its day; and the ids of the undated
    mentions that became one (they are no longer details of another happening)."""
    out: list[EventRecord] = []
    used: set[int] = set()
    for later in events:
        if later.type not in _MEETINGS or later.date is None or later.date.precision != "day":
            continue
        sid = later.sentence_refs[0][1]
        if not _LATER_THAT_DAY.search(sentences[sid].text):
            continue
        # (told just before, or earlier in the same sentence: "He sat down with Tra, and Khai received him the
        # same day")
        at = later.trigger_spans[0][1] - sentences[sid].start if later.trigger_spans else 0
        candidates = [r for r in folded if r.date == later.date] + [
            r for s, t, r in undated
            if (sid - _BEFORE <= s < sid or (s == sid and t.end <= at))
            and r.type in _MEETINGS and not t.anaphoric and not t.future]
        for r in candidates:
            if id(r) in used or not _other_host(r.participants, later.participants):
                continue
            used.add(id(r))
            out.append(replace(r, date=_same_day(later.date)))
    return out, used


def _other_host(earlier: tuple[str, ...], later: tuple[str, ...]) -> bool:
    """Whether each meeting has someone the other has not (the hosts); the visitor, when the earlier one names
    him, is in both ("He held talks with Minister Tra" may name only the host)."""
    a, b = set(earlier), set(later)
    return bool(a - b) and bool(b - a)


def _same_day(d: DateValue) -> DateValue:
    return replace(d, basis="relative")
