"""Round 27 of the generalisation loop (batches 260-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import events, published


@pytest.mark.parametrize(("sentence", "partner"), [
    ("President Joe Biden spoke by phone with General Secretary Nguyen Phu Trong in late March, and Secretary of "
     "State Antony Blinken met Trong in Hanoi on April 15.", "USA"),
    ("Prime Minister Narendra Modi spoke by phone with Prime Minister Pham Minh Chinh in January, and External "
     "Affairs Minister S. Jaishankar called on Prime Minister Pham Minh Chinh in Hanoi on April 15.", "IND"),
    ("President Joe Biden received President Vo Van Thuong at the White House in January; Secretary of Defense "
     "Lloyd Austin held talks with President Vo Van Thuong in Hanoi on April 15.", "USA"),
])
def test_guard_a_head_the_sentence_opens_on_is_not_who_met_when_another_of_his_side_is_named_before_the_verb(
        sentence, partner):
    found = events("NEWS\nMay 2, 2024\n\n" + sentence + "\n")
    assert (partner, "talks", "2024-04-15") in found
    assert (partner, "summit", "2024-04-15") not in found


@pytest.mark.parametrize("sentence", [
    "Next on the calendar is a visit by Vietnam's Defence Minister, General Phung Quang Thanh, expected early next "
    "year for talks with Defence Minister Manohar Parrikar.",
    "A port call by the destroyer USS Ralph Johnson is scheduled for June, officials said.",
    "A visit by Defence Minister Phung Quang Thanh, expected in March, would be his first since 2009.",
])
def test_a_happening_named_with_who_makes_it_then_a_plan_is_a_plan(sentence):
    assert events("NEWS\nNovember 20, 2014\n\n" + sentence + "\n") == []


@pytest.mark.parametrize("sentence", [
    "A visit by Defence Minister Phung Quang Thanh to New Delhi in March, expected to boost ties, went ahead.",
    "The visit by Defence Minister Phung Quang Thanh to New Delhi in March, expected for months, went ahead.",
    "A visit by Defence Minister Phung Quang Thanh to New Delhi took place in March as expected.",
])
def test_guard_a_happening_expected_to_do_something_or_as_expected_happened(sentence):
    assert ("IND", "visit", "2014-03") in events("NEWS\nNovember 20, 2014\n\n" + sentence + "\n")


@pytest.mark.parametrize(("line", "month"), [
    ("GEOPOLITICS                                   NOVEMBER 2014", "2014-11"),
    ("FORCE\tAugust 2023", "2023-08"),
    ("INDIAN DEFENCE REVIEW     March 2019", "2019-03"),
    ("Asia Defence Monthly\tJUNE 2018", "2018-06"),
])
def test_a_mastheads_name_and_month_set_apart_by_a_wide_gap_date_the_page(line, month):
    assert published(line + "\n\nSOUTHEAST ASIA | ANALYSIS\n\nThe two navies met in Hanoi.\n") == (month, "stated")
