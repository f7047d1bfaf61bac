"""Upgrades and ceremonies told by the meeting they were made at: "At the talks, the two Prime Ministers agreed to
upgrade ...", "... held talks on Saturday. The two leaders decided to upgrade ...", "The two leaders also
inaugurated, by video link, ...".

A relationship is raised at a meeting of its leaders, and reports often give the day to the meeting only:
"Modi and Phuc held talks in Hanoi on Saturday. At the talks, the two leaders agreed to upgrade ..." or
"After delegation-level talks with Phuc at the Presidential Palace, the two leaders decided to lift ...".
The frame that opens the upgrade's sentence names the occasion; the upgrade takes that meeting's date: the
meeting's own in the same sentence if it has one, else that of the last meeting of its kind with the same
partner told before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .events import Trigger
from .records import EventRecord

#: a frame opening the sentence, naming a meeting: "At the talks,", "During their meeting in Hanoi,", "After
#: delegation-level talks with his counterpart at the Presidential Palace,"; or the occasion just told: "On the same
#: occasion,"
_FRAME = re.compile(r"^\W*(?:(?:At|During|After|Following|In\s+the\s+course\s+of|On\s+the\s+occasion\s+of)\s+"
                    r"(?:the|their|these|those|his|her|a|an)?\s*(?:[\w'’.-]+\s+){0,3}?"
                    r"(?P<kind>talks|meeting|meetings|summit|discussions|negotiations|visit|trip)\b[^;]{0,150}?"
                    r"|On\s+(?:the\s+same|this|that)\s+occasion)"
                    # (its comma left out before the subject: "During the talks they also took part online in ...")
                    r"(?:,\s+|\s+(?=(?:they|the\s+two|both)\s))", re.IGNORECASE)
#: the meeting's own people as the subject, told right after it: "Modi and Phuc held talks on Saturday. The two
#: leaders decided to upgrade ...", "... They announced the upgrade ..."
_THE_PARTIES = re.compile(r"(?:^\W*|(?:,\s+and|;)\s+)"
                          r"(?:(?:The|Both)\s+(?:two\s+)?(?:leaders|prime\s+ministers|premiers|presidents|"
                          r"heads\s+of\s+(?:state|government)|men|sides)|They)\b", re.IGNORECASE)
#: between the parties and the upgrade, their own verb in a few words and no clause of another's: " decided to ",
#: " announced the ", " announced that the United States and Vietnam are " (not " welcomed ... since it was ")
_THEIR_VERB = re.compile(r"(?:\s+(?!(?:since|which|who|when|while|it|was|were|been|had)\b)[\w'’-]+){0,8}\s+",
                         re.IGNORECASE)
#: the upgrade's own words telling someone else's clause: "partnership since it was established"
_OTHERS_CLAUSE = re.compile(r"\b(?:since|which|who|when|while|it|was|were|been|had)\b", re.IGNORECASE)
#: a sentence opening on a when-clause: "When Chinh visited New Delhi in August 2024, ..."
_WHEN_OPENS = re.compile(r"^\W*When\s", re.IGNORECASE)
#: what each kind of meeting word may be, among the kit's event types
_KINDS = {"visit": ("visit",), "trip": ("visit",)}
_MEETINGS = ("talks", "summit", "dialogue")


def _clause_parties(stext: str, end: int) -> re.Match[str] | None:
    """The meeting's people opening the sentence, or the last clause before ``end`` joined by ", and" or ";"."""
    found = None
    for m in _THE_PARTIES.finditer(stext, 0, end):
        found = m
    return found


def made_at_meeting(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord]
                    ) -> tuple[list[EventRecord], set[int]]:
    """The undated upgrades and ceremonies whose sentence opens with the meeting they were made at, or with the
    meeting's people, dated by that meeting;
    and the ids of the undated mentions that became one."""
    out: list[EventRecord] = []
    used: set[int] = set()
    told_again = {x: r.type for x, t, r in undated if r.type in _MEETINGS and not t.future}
    for sid, trig, rec in undated:
        if rec.type not in ("partnership_upgrade", "ceremony") or trig.anaphoric or trig.future or trig.counted:
            continue
        frame = _FRAME.match(rec.evidence[0], 0, trig.start)
        # (or its last clause before the trigger: "India confirmed the credit line, and the two leaders inaugurated")
        parties = _clause_parties(rec.evidence[0], trig.start) if frame is None else None
        if (frame is None and parties is None) or (frame is not None and frame.end() > trig.start):
            continue
        if parties is not None and (not _THEIR_VERB.fullmatch(rec.evidence[0], parties.end(), trig.start)
                                    or _OTHERS_CLAUSE.search(rec.evidence[0], trig.start, trig.end + 30)):
            continue  # "The two leaders welcomed the partnership since it was established in 2016": not their act
        kind = frame.group("kind") if frame else None
        kinds = _KINDS.get(kind.lower(), _MEETINGS) if kind else ("summit", "talks")
        # (the people of a meeting named by a frame may be told further back; "the two leaders" are those of the
        # meeting told just before, and so is "the same occasion")
        since = 0 if kind else sid - 1
        # (or the meeting that one told again a few sentences back, undated, names: "... after talks between Modi
        # and Chinh" then "The two leaders met at Hyderabad House. Afterwards they adopted a plan ... The two prime
        # ministers also inaugurated ...")
        told = [e for e in events if e.partner == rec.partner and e.type in kinds and e.date is not None
                and since <= e.sentence_refs[0][1] <= sid and rec.article_ids[0] in e.article_ids]
        again = [x for x in told_again if sid - 4 <= x < sid]
        if not told and not kind and again:
            # (the meeting of the kind told again, just before it: not another's told in between)
            first, types = min(again), {told_again[x] for x in again}
            told = [e for e in events if e.partner == rec.partner and e.type in types and e.date is not None
                    and first - 1 <= e.sentence_refs[0][1] < first and rec.article_ids[0] in e.article_ids]
        here = [e for e in told if any(ref[1] == sid for ref in e.sentence_refs)]
        if not told and parties is not None and _WHEN_OPENS.match(rec.evidence[0]):
            # "When Chinh visited New Delhi in August 2024, Modi pledged ..., and the two leaders inaugurated ...":
            # the visit the sentence opens on is the occasion
            here = told = [e for e in events if e.partner == rec.partner and e.type == "visit" and e.date is not None
                           and e.date.precision in ("day", "month") and rec.article_ids[0] in e.article_ids
                           and any(ref[1] == sid for ref in e.sentence_refs)]
        if not told:
            continue
        meeting = max(here or told, key=lambda e: e.sentence_refs[0][1])
        if rec.type == "ceremony" and meeting.date.precision != "day" and meeting.type != "visit":  # type: ignore
            continue  # a meeting recalled by its year: what was opened at it is told in passing
        used.add(id(rec))
        out.append(replace(rec, date=replace(meeting.date, basis="relative")))  # type: ignore[arg-type]
    return out, used
