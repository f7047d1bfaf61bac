"""Round 22 of the generalisation loop (batches 198-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article

from ties_lib.corpus import merge_events_grouped
from ties_lib.events import merge

US_HEAD = "HANOI, Aug 25, 2005 (VNA) - The two countries continued joint work on war legacies.\n\n"


def _merged(text: str) -> list[tuple[str, str, str]]:
    told = list(article(text).events)
    out = sorted((e.partner, e.type, e.date.iso_start()) for e in merge(told))
    assert out == sorted((e.partner, e.type, e.date.iso_start()) for e in merge_events_grouped(told))
    return out


@pytest.mark.parametrize("text", [
    "Defence contacts have grown since Defence Minister Pham Van Tra visited the United States in November 2003, the "
    "same month the US Navy frigate Vandegrift made the first port call by an American warship since 1975.",
    "Tra went to Washington in November 2003, and the frigate USS Vandegrift called at Ho Chi Minh City that same "
    "month.",
    "General Lich visited the Pentagon in November 2003. That same month, Deputy Defense Minister Nguyen Chi Vinh "
    "flew out to the carrier off California.",
    "General Lich visited the Pentagon in November 2003, and later that month the destroyer USS Curtis Wilbur "
    "docked at Da Nang.",
])
def test_a_happening_told_as_the_same_month_as_another_is_another(text):
    visits = [e for e in _merged(US_HEAD + text) if e[1] == "visit"]
    assert visits == [("USA", "visit", "2003-11"), ("USA", "visit", "2003-11")]


@pytest.mark.parametrize("text", [
    # guard: one visit told twice in an article, without "the same month", stays one
    "Tra visited the United States in November 2003. The visit, the first by a Vietnamese defence minister, "
    "lasted a week.",
    "Defence Minister Pham Van Tra visited Washington in November 2003. During his visit to the United States, "
    "he toured a naval base.",
    "In November 2003 Tra became the first Vietnamese defence minister to visit the United States; his November "
    "visit opened the way to ship visits.",
])
def test_guard_one_visit_told_twice_stays_one(text):
    assert [e for e in _merged(US_HEAD + text) if e[1] == "visit"] == [("USA", "visit", "2003-11")]


@pytest.mark.parametrize("text", [
    "On Monday, Deputy Defense Minister Nguyen Chi Vinh flew out to the USS Carl Vinson off California.",
    "A delegation led by General Lich flew out to the US carrier on Monday to watch flight operations.",
    "Vietnamese officers have flown out to the aircraft carrier USS Ronald Reagan on Monday.",
])
def test_flying_out_to_a_ship_is_a_visit(text):
    assert ("USA", "visit", "2017-08-14") in _merged("WASHINGTON, Aug 16, 2017 (AP) - Defense ties grew.\n\n" + text)
