"""Round 41 of the generalisation loop (batches 410-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(type, start, end) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), e.date.iso_end()) for e in article(text).events)


_HEAD = "Ties deepen\n\nNEW DELHI, 24 March 2018 - "


@pytest.mark.parametrize(("text", "coded"), [
    ("Vietnamese President Tran Dai Quang arrived in New Delhi on the second. On the third he held talks with "
     "Prime Minister Narendra Modi.", [("summit", "2018-03-03"), ("visit", "2018-03-02")]),
    ("Two Indian Navy ships, INS Sahyadri and INS Shakti, arrived at Da Nang on the fifteenth for a four-day port "
     "call.", [("visit", "2018-03-15")]),
    ("Vietnamese Defence Minister Ngo Xuan Lich held talks with Defence Minister Nirmala Sitharaman in New Delhi "
     "on the twenty-first of March.", [("talks", "2018-03-21")]),
])
def test_a_day_of_the_month_spelled_out_as_an_ordinal_dates_its_happening(text, coded):
    assert _coded(_HEAD + text) == coded


@pytest.mark.parametrize("text", [
    "Vietnamese President Tran Dai Quang held talks with Prime Minister Narendra Modi on Saturday, on the second "
    "day of the talks on a maritime plan.",
    "Vietnamese President Tran Dai Quang held talks with Prime Minister Narendra Modi on Saturday, focusing on the "
    "second round of the maritime plan.",
])
def test_an_ordinal_before_its_noun_is_no_day_of_the_month_guard(text):
    assert _coded(_HEAD + text) == [("summit", "2018-03-24")]


_EX = "Exercise ends\n\nHANOI, 2 December 2019 - "


@pytest.mark.parametrize(("text", "span"), [
    ("The Indian and Vietnamese armies held their joint exercise VINBAX from October into November at Jabalpur.",
     ("exercise", "2019-10", "2019-11")),
    ("The Indian and Vietnamese armies held their joint exercise VINBAX from late October to early November at "
     "Jabalpur.", ("exercise", "2019-10", "2019-11")),
    ("The Indian and Vietnamese armies held their joint exercise VINBAX at Jabalpur between September and "
     "October 2019.", ("exercise", "2019-09", "2019-10")),
    ("The Indian and Vietnamese navies held a joint exercise from December 2018 through January 2019 off Cam Ranh.",
     ("exercise", "2018-12", "2019-01")),
])
def test_a_span_of_months_is_one_happening_from_the_first_month_to_the_last(text, span):
    assert _spans(_EX + text) == [span]


_VISIT = ("Singh in Hanoi\n\nHANOI, 9 June 2022 - Indian Defence Minister Rajnath Singh began a three-day visit to "
          "Vietnam on Wednesday. ")


@pytest.mark.parametrize("text", [
    "Thursday also saw Singh call on Prime Minister Pham Minh Chinh.",
    "The second day saw the minister call on the President at the Presidential Palace on Thursday.",
    "Thursday saw Singh call upon General Secretary Nguyen Phu Trong at the party headquarters.",
])
def test_a_day_that_saw_a_guest_call_on_an_office_holder_is_a_call_on_him(text):
    assert _coded(_VISIT + text) == [("talks", "2022-06-09"), ("visit", "2022-06-08")]


def test_calling_on_an_office_holder_to_act_is_an_appeal_guard():
    assert _coded(_VISIT + "Rights groups call on Prime Minister Pham Minh Chinh to free the bloggers.") == [
        ("visit", "2022-06-08")]
