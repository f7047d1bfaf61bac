"""Round 19: classes of the batches written blind after round 18.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import events

import ties_lib as tl

AP = "HANOI, June 4, 2012 (AP)\n\n"


def corpus_events(tmp_path: Path, *texts: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Events of a corpus of several articles: type, day, level, participants (sorted)."""
    for i, text in enumerate(texts):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    found = tl.load_corpus(tmp_path).events
    return sorted((r.type, str(r.date_start)[:10], r.level, tuple(sorted(r.participants))) for r in found.itertuples())


@pytest.mark.parametrize("story", [
    "US Defense Secretary Leon Panetta and Vietnamese Defense Minister Phung Quang Thanh held talks in Hanoi on "
    "Monday.\n\nThe two men discussed the search for soldiers missing since the war.\n\n"
    "Panetta later met Prime Minister Nguyen Tan Dung.",
    "US Defense Secretary Leon Panetta held talks with Defense Minister Phung Quang Thanh today at the ministry.\n\n"
    "During the meeting Thanh raised the legacy of dioxin.\n\n\"Trust grows step by step,\" an official said.\n\n"
    "He later called on Prime Minister Nguyen Tan Dung.",
    "US Defense Secretary Leon Panetta, who flew in on Sunday evening from Singapore, held talks with Defense "
    "Minister Phung Quang Thanh on Monday.\n\nHe was given an honour guard welcome before the talks.\n\n"
    "Panetta later met Prime Minister Nguyen Tan Dung.",
])
def test_a_meeting_told_as_later_is_on_the_day_of_the_meeting_before_it(story):
    """A visitor's day of meetings goes on: the host met "later", a sentence or two after the dated talks (and
    after an arrival the evening before), is met that day."""
    found = [e for e in events(AP + story) if e[1] == "talks"]
    assert found == [("USA", "talks", "2012-06-04"), ("USA", "talks", "2012-06-04")]


def test_a_later_day_told_before_leaves_only_the_month():
    """Guard: the lead tells Thursday's handover, the story goes back to Wednesday's talks; "later" after them
    may be either day, and keeps the month."""
    story = ("NEW DELHI, June 10, 2022 (PTI)\n\nDefence Minister Rajnath Singh on Thursday handed over 12 guard boats "
             "to Vietnam at a ceremony in Hai Phong.\n\nOn Wednesday Singh held talks with General Phan Van Giang in "
             "Hanoi.\n\nSingh later called on President Nguyen Xuan Phuc.")
    assert ("IND", "talks", "2022-06") in events(story)


SUMMIT = "HANOI, May 24, 2016 (Reuters)\n\n"


@pytest.mark.parametrize("texts", [
    ("US President Barack Obama held talks with President Tran Dai Quang in Hanoi on Monday.\n\n"
     "Obama later met Prime Minister Nguyen Xuan Phuc on Monday.",),
    ("US President Barack Obama held talks with President Tran Dai Quang in Hanoi on Monday.",
     "US President Barack Obama met Prime Minister Nguyen Xuan Phuc in Hanoi on Monday."),
    ("Vietnamese President Tran Dai Quang held talks with Prime Minister Narendra Modi in New Delhi on Monday.",
     "President Ram Nath Kovind received Vietnamese President Tran Dai Quang in New Delhi on Monday."),
])
def test_one_guest_meeting_two_leaders_of_a_side_the_same_day_holds_two_summits(tmp_path, texts):
    """The guest met the President and then the Prime Minister: one side's people differ, two meetings."""
    found = [f for f in corpus_events(tmp_path, *(SUMMIT + t for t in texts)) if f[0] == "summit"]
    assert [(t, d) for t, d, _lvl, _p in found] == [("summit", "2016-05-23"), ("summit", "2016-05-23")]


def test_a_summit_told_once_by_each_side_is_one(tmp_path):
    """Guard: one article names only the guest, another only the host; one summit."""
    found = corpus_events(tmp_path, SUMMIT + "Prime Minister Narendra Modi held talks with his Vietnamese "
                          "counterpart in Hanoi on Monday.",
                          SUMMIT + "Prime Minister Nguyen Xuan Phuc held talks with his Indian counterpart in Hanoi "
                          "on Monday.")
    assert [(t, d) for t, d, _lvl, _p in found if t == "summit"] == [("summit", "2016-05-23")]
