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

from .actors import is_vietnamese_id
from .dates import DateValue, find_dates
from .events import Trigger
from .records import EventRecord, Sentence

#: "Later in the day", "later that day", "later the same afternoon", "later Monday": a second meeting that day
_LATER_THAT_DAY = re.compile(r"\blater\s+(?:(?:in\s+the|that|the\s+same)\s+(?:day|morning|afternoon|evening)|(?:on\s+)?"
                             r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|"
                             # "..., and Prime Minister Khai received him the same day": the day of the one told first
                             r"\b(?:the|that)\s+same\s+day\b", re.IGNORECASE)
_MEETINGS = ("talks", "summit")
_TOLD_MEETINGS = (*_MEETINGS, "dialogue")
_BEFORE = 3  # sentences: the earlier meeting is told just before the later one
#: sentences: a meeting told as "later" goes on from the last meeting dated this many sentences before it, at most
#: (a paragraph of what was said between them: "The two discussed ...", quotes)
_LATER_BEFORE = 8


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
        candidates = [r for r in folded if r.date == later.date
                      and not _meeting_told(events, later, r.sentence_refs[0][1], sid)] + [
            r for s, t, r in undated
            if (sid - _BEFORE <= s < sid or (s == sid and t.end <= at))
            and r.type in _MEETINGS and not t.anaphoric and not t.future
            # ("At the end of the meeting, Aramane and Chien signed ... Its 10th round was held on March 1, 2017;
            # Lich received the delegation the same day": a day told after the meeting moves the story on)
            and not _a_day_told(_between(sentences, s, t.end, sid, at), len(sentences[sid].text[:at]) if s != sid
                                else at - t.end)
            # ("Its 10th round was held on March 1, 2017, when Vinh and Kumar co-chaired the talks; Lich received
            # the delegation the same day": the meeting of that day is the dialogue, told already)
            and not _meeting_told(events, later, s, sid)]
        for r in candidates:
            if id(r) in used or not _other_host(r.participants, later.participants):
                continue
            used.add(id(r))
            out.append(replace(r, date=_same_day(later.date)))
    return out, used


def _meeting_told(events: list[EventRecord], later: EventRecord, s: int, sid: int) -> bool:
    """Whether a meeting or dialogue of the later meeting's day is told from sentence ``s`` to ``sid``: the
    meeting before it that day, already an event."""
    day = later.date.start if later.date is not None else None
    at = later.trigger_spans[0][1] if later.trigger_spans else 0
    # (told before it: not a second call of its own sentence, "received separately by To Lam and by Luong Cuong")
    return any(e is not later and e.type in _TOLD_MEETINGS and e.date is not None and e.date.precision == "day"
               and e.date.start == day and s <= e.sentence_refs[0][1] <= sid
               and (e.sentence_refs[0][1] < sid or (e.trigger_spans and e.trigger_spans[0][1] < at))
               for e in events)


def _between(sentences: list[Sentence], s: int, start: int, sid: int, end: int) -> str:
    """The text from offset ``start`` of sentence ``s`` to offset ``end`` of sentence ``sid``."""
    if s == sid:
        return sentences[s].text[start:end]
    return " ".join([sentences[s].text[start:], *(x.text for x in sentences[s + 1:sid]), sentences[sid].text[:end]])


def _a_day_told(text: str, own: int) -> bool:
    """Whether the text tells a day of its own (a date, a day of a month, a weekday), not a day told again; in its
    last ``own`` characters, the later meeting's sentence up to it, a weekday is the later meeting's ("Later on
    Monday Cohen called on Khai")."""
    return any(x.kind in _DAY_KINDS and not (x.kind == "weekday" and x.start >= len(text) - own)
               for x in find_dates(text))


_DAY_KINDS = {"date", "month_day", "weekday", "range"}


def _other_host(earlier: tuple[str, ...], later: tuple[str, ...]) -> bool:
    """Whether each meeting has someone the other has not (the hosts); the visitor, when the earlier one names
    him, is in both ("He held talks with Minister Tra" may name only the host)."""
    a, b = set(earlier), set(later)
    return bool(a - b) and bool(b - a)


def _same_day(d: DateValue) -> DateValue:
    return replace(d, basis="relative")


#: a second meeting verb in the sentence of a dated one, with the same subject: "held talks with Tra on Monday,
#: and later called on Prime Minister Khai", "met Tra and then called on Khai", "and also called on the President"
_AND_NEXT = re.compile(r"(?:,\s*)?\band\s+(?:(?:later|then|also|afterwards|subsequently|separately)\s+){0,2}"
                       # (the clause's own subject, the same guest: "..., and he met Chairwoman Ngan")
                       r"(?:(?:he|she|they)\s+(?:(?:later|then|also|afterwards|subsequently|separately)\s+){0,2})?$|"
                       # "held talks with Giang on Thursday before calling on President Phuc"
                       r"\bbefore\s+$|"
                       # "held talks Monday with Tra at the guest house, then called on Khai"; "...; afterwards he"
                       r"[,;]\s*(?:then|later|afterwards|subsequently)\s+(?:(?:he|she|they)\s+)?$", re.IGNORECASE)


#: a sentence's meeting told as following the one before: "later", "that afternoon", "After his meeting with Tra"
#: (not "later this year", "later in the week": a time of its own)
_LATER_OPENS = re.compile(r"\blater\b(?!\s+(?:this|that|next|in\s+the)\s+(?:week|month|year))(?!\s+(?:on|in)\b)|"
                          r"\b(?:that|the\s+same)\s+(?:afternoon|evening)\b|"
                          r"^\W*(?:after|following)\s+(?:his|her|their|the)\s+(?:meeting|talks)\b|"
                          r"\b(?:afterwards|subsequently)\b|"
                          # ("He then called on Prime Minister Chinh", "Austin then met", "The minister then went to")
                          r"^\W*(?:he|she|they|the\s+(?:[\w-]+\s+){0,2}?(?:minister|secretary|general|admiral|guest|visitor|"
                          r"delegation)|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3})\s+then\b", re.IGNORECASE)


def next_host_that_day(events: list[EventRecord], undated: list[tuple[int, Trigger, EventRecord]],
                       sentences: list[Sentence]) -> tuple[list[tuple[int, Trigger, EventRecord]], set[int]]:
    """A meeting with another host told after a meeting of that day in one sentence, with no date of its own, is
    on that day: "Rumsfeld held talks with Tra on Monday, and later called on Prime Minister Khai". Each comes
    with its sentence and trigger; the ids of the undated mentions that became one are returned with them."""
    out: list[tuple[int, Trigger, EventRecord]] = []
    used: set[int] = set()
    by_sentence = {}
    for e in events:
        if e.type in _MEETINGS and e.date is not None and e.date.precision == "day" and not e.date.is_range:
            by_sentence.setdefault(e.sentence_refs[0][1], []).append(e)
    for sid, trig, rec in undated:
        dated = by_sentence.get(sid, [])
        if rec.type not in _MEETINGS or trig.anaphoric or trig.future:
            continue
        stext = sentences[sid].text
        # (the opener may be read into the trigger: "After his [meeting with Lich, Esper was received] by ...")
        if not dated and _LATER_OPENS.search(stext[:trig.end]):
            # "Esper later called on Prime Minister Phuc", "After his meeting with Tra, he was received by Prime
            # Minister Khai": the last meeting dated in the sentence before, on its day
            # (of the sentences just before; not across a later day told after it: "On Thursday he flew to Da Nang")
            dated = [e for e in events if sid - _LATER_BEFORE <= e.sentence_refs[0][1] < sid and e.type in _MEETINGS
                     and e.date is not None and e.date.precision == "day" and not e.date.is_range]
            dated = sorted(dated, key=lambda e: (e.sentence_refs[0][1], e.trigger_spans[0][1] if e.trigger_spans
                                                 else 0))[-1:]
            # (nor when a later day was told before it at all: "on Thursday handed over boats ... On Wednesday Singh
            # held talks ... Singh later called on": either day, left to the month)
            if len(dated) != 1 or any(
                    e.date is not None and e.date.start > dated[0].date.end  # type: ignore[union-attr]
                    and e.sentence_refs[0][1] < sid for e in events):
                continue
        elif len({e.date for e in dated}) != 1:
            continue  # (calls told apart on one day are one day's: "called separately on Trong and Quang, and he met")
        else:
            first = dated[0]
            at = first.trigger_spans[0][1] - sentences[sid].start if first.trigger_spans else len(stext)
            if at >= trig.start or not _AND_NEXT.search(stext[:trig.start].rstrip() + " "):
                continue
        first = dated[0]
        # (a meeting told as "later" is another: it need only have a host the first has not, who may go unnamed
        # there: "as he held talks with his Vietnamese counterpart")
        told_later = not by_sentence.get(sid)
        if first.partner != rec.partner or not (_other_host(first.participants, rec.participants) or (
                told_later and set(rec.participants) - set(first.participants))):
            continue
        used.add(id(rec))
        people = rec.participants
        if told_later and set(people) - set(first.participants):
            # ("After the meeting with Trong, Trump went to the Office of the Government, where he held talks with
            # Phuc": the earlier host, named in the opener, is not at the later meeting; and the opener's meeting is
            # the earlier one told again, no meeting of its own)
            people = tuple(p for p in people if p not in first.participants)
            used.update(id(r2) for s2, t2, r2 in undated if s2 == sid and t2.end <= trig.start and r2.type in _MEETINGS
                        and r2.participants and set(r2.participants) <= set(first.participants))
        out.append((sid, trig, replace(rec, date=_same_day(first.date),  # type: ignore[arg-type]
                                       participants=_with_visitor(people, first.participants))))
    return out, used


def _with_visitor(call: tuple[str, ...], first: tuple[str, ...]) -> tuple[str, ...]:
    """A call that names only its hosts takes the visitor of the meeting before it in the sentence, the subject
    of both verbs ("Antony held talks with Thanh and later called on Prime Minister Dung")."""
    sides = {is_vietnamese_id(p) for p in call}
    if len(sides) != 1:
        return call
    return tuple(dict.fromkeys(call + tuple(p for p in first if is_vietnamese_id(p) not in sides)))
