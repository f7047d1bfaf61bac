"""Round 18: classes of the batches written blind after round 17.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import ties_lib as tl

PTI = "HANOI, June 10, 2022 (PTI)\n\n"


def corpus_events(tmp_path: Path, *texts: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Events of a corpus of several articles: type, day, level, participants (sorted)."""
    for i, text in enumerate(texts):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    found = tl.load_corpus(tmp_path).events
    return sorted((r.type, str(r.date_start)[:10], r.level, tuple(sorted(r.participants))) for r in found.itertuples())


@pytest.mark.parametrize(("talks", "call"), [
    ("Defence Minister Rajnath Singh held talks in Hanoi on Wednesday and signed a vision statement.",
     "On Wednesday Defence Minister Rajnath Singh called on President Nguyen Xuan Phuc."),
    ("On Wednesday Defence Minister Rajnath Singh held bilateral talks at the defence ministry in Hanoi.",
     "Defence Minister Rajnath Singh was received by Prime Minister Pham Minh Chinh on Wednesday."),
    ("Indian Defence Minister Rajnath Singh held delegation-level talks in Hanoi on Wednesday.",
     "Prime Minister Pham Minh Chinh on Wednesday received Indian Defence Minister Rajnath Singh in Hanoi."),
])
def test_a_head_of_government_receiving_a_minister_is_a_meeting_of_its_own(tmp_path, talks, call):
    """One article tells the minister's talks without naming his counterpart, another his call on the President
    the same day: two meetings, not one talks at summit level."""
    found = corpus_events(tmp_path, PTI + talks, PTI + call)
    assert [(t, d, lvl) for t, d, lvl, _p in found] == [("talks", "2022-06-08", "ministerial"),
                                                         ("talks", "2022-06-08", "summit")]


def test_the_same_call_on_the_president_told_twice_stays_one(tmp_path):
    """Guard: two reports of the minister's call on the President, one naming him only by office, are one."""
    a = PTI + "On Wednesday Defence Minister Rajnath Singh called on President Nguyen Xuan Phuc."
    b = PTI + "President Nguyen Xuan Phuc received Indian Defence Minister Rajnath Singh in Hanoi on Wednesday."
    assert [(t, d, lvl) for t, d, lvl, _p in corpus_events(tmp_path, a, b)] == [("talks", "2022-06-08", "summit")]


def test_the_same_ministers_talks_told_twice_stay_one(tmp_path):
    """Guard: two reports of the ministers' talks, one naming the host, are one meeting."""
    a = PTI + "Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on Wednesday."
    b = PTI + "Defence Minister Rajnath Singh held talks in Hanoi on Wednesday."
    assert [(t, d) for t, d, _l, _p in corpus_events(tmp_path, a, b)] == [("talks", "2022-06-08")]
