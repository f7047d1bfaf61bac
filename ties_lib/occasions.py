"""Upgrades told by the meeting they were made at: "At the talks, the two Prime Ministers agreed to upgrade ...".

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
#: delegation-level talks with his counterpart at the Presidential Palace,"
_FRAME = re.compile(r"^\W*(?:At|During|After|Following|In\s+the\s+course\s+of|On\s+the\s+occasion\s+of)\s+"
                    r"(?:the|their|these|those|his|her|a|an)?\s*(?:[\w'’.-]+\s+){0,3}?"
                    r"(?P<kind>talks|meeting|meetings|summit|discussions|negotiations|visit|trip)\b[^;]{0,150}?,\s+",
                    re.IGNORECASE)
#: what each kind of meeting word may be, among the kit's event types
_KINDS = {"visit": ("visit",), "trip": ("visit",)}
_MEETINGS = ("talks", "summit", "dialogue")


def made_at_meeting(undated: list[tuple[int, Trigger, EventRecord]], events: list[EventRecord]
                    ) -> tuple[list[EventRecord], set[int]]:
    """The undated upgrades whose sentence opens with the meeting they were made at, dated by that meeting;
    and the ids of the undated mentions that became one."""
    out: list[EventRecord] = []
    used: set[int] = set()
    for sid, trig, rec in undated:
        if rec.type != "partnership_upgrade" or trig.anaphoric or trig.future or trig.counted:
            continue
        frame = _FRAME.match(rec.evidence[0], 0, trig.start)
        if frame is None or frame.end() > trig.start:
            continue
        kinds = _KINDS.get(frame.group("kind").lower(), _MEETINGS)
        told = [e for e in events if e.partner == rec.partner and e.type in kinds and e.date is not None
                and e.sentence_refs[0][1] <= sid and rec.article_ids[0] in e.article_ids]
        here = [e for e in told if any(ref[1] == sid for ref in e.sentence_refs)]
        if not told:
            continue
        meeting = max(here or told, key=lambda e: e.sentence_refs[0][1])
        used.add(id(rec))
        out.append(replace(rec, date=replace(meeting.date, basis="relative")))  # type: ignore[arg-type]
    return out, used
