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


_MODI = "Modi trip\n\nHANOI, 5 September 2016 - Indian Prime Minister Narendra Modi arrived on 2 September. "


@pytest.mark.parametrize("text", [
    "Modi held talks with Prime Minister Nguyen Xuan Phuc on 3 September and met General Secretary Nguyen Phu Trong "
    "the same day.",
    "On 3 September Modi held talks with Prime Minister Nguyen Xuan Phuc, and called on President Tran Dai Quang that "
    "same day.",
    "Modi met Prime Minister Nguyen Xuan Phuc on 3 September; on the same day he was received by General Secretary "
    "Nguyen Phu Trong.",
])
def test_two_hosts_met_the_same_day_are_two_meetings(text):
    assert _coded(_MODI + text) == [("summit", "2016-09-03"), ("summit", "2016-09-03"), ("visit", "2016-09-02")]


@pytest.mark.parametrize("text", [
    "On the 3rd the prime minister held talks with Prime Minister Nguyen Xuan Phuc.",
    "On the 3rd the Indian premier met Prime Minister Nguyen Xuan Phuc at the Government Office.",
    "On the third the two prime ministers held talks.",
])
def test_a_day_of_the_month_before_the_clauses_subject_dates_it(text):
    assert _coded(_MODI + text) == [("summit", "2016-09-03"), ("visit", "2016-09-02")]


_QUANG = "Quang trip\n\nNEW DELHI, 5 March 2018 - Vietnamese President Tran Dai Quang reached New Delhi on Friday. "


@pytest.mark.parametrize("text", [
    "The visiting president was received by President Ram Nath Kovind on Saturday.",
    "The Vietnamese president was also received by Prime Minister Narendra Modi at Hyderabad House on Saturday.",
    "On Saturday the guest president was received by President Ram Nath Kovind at Rashtrapati Bhavan.",
])
def test_a_head_of_state_named_by_office_received_by_the_other_sides_head_is_a_summit(text):
    assert _coded(_QUANG + text) == [("summit", "2018-03-03"), ("visit", "2018-03-02")]


def test_a_vice_president_named_by_office_is_no_head_guard():
    text = ("Vice President\n\nHANOI, 5 March 2018 - US Vice President Mike Pence reached Hanoi on Friday. The Vice "
            "President was received by Prime Minister Nguyen Xuan Phuc on Saturday.")
    assert ("talks", "2018-03-03") in _coded(text)


@pytest.mark.parametrize("text", [
    "Late in November, the two defence ministers, Rajnath Singh and General Ngo Xuan Lich, had convened by video link.",
    "In late November Rajnath Singh and General Ngo Xuan Lich conferred via videoconference.",
    "Rajnath Singh and General Ngo Xuan Lich convened over a video call in late November.",
])
def test_ministers_who_convened_or_conferred_by_video_held_virtual_talks(text):
    a = article("Ties\n\nNEW DELHI, 30 December 2020 - " + text)
    assert [(e.type, e.date.iso_start(), e.modality) for e in a.events] == [("talks", "2020-11", "virtual")]


def test_a_body_convened_by_someone_is_no_meeting_guard():
    assert _coded("Ties\n\nNEW DELHI, 30 December 2020 - The panel convened by the ministry in November studied "
                  "coastal radar.") == []


_FOOT_STORY = ("US hands equipment to Quang Tri\n\n{dateline} - The United States handed over demining equipment to "
               "Quang Tri province on Tuesday, at a ceremony with Vietnamese officers.\n\n{foot}\n")


@pytest.mark.parametrize(("dateline", "foot", "published"), [
    ("Quang Tri, 15/3", "Quang Tri Herald (c) 2022. All rights reserved.", "2022-03-15"),
    ("Dong Ha, 15/3", "Central Coast News © 2022", "2022-03-15"),
    ("Quang Tri, 15 March", "The Quang Tri Herald Copyright 2022", "2022-03-15"),
])
def test_a_copyright_line_after_the_outlets_name_and_a_dateline_in_figures_date_the_page(dateline, foot, published):
    from conftest import published as pub
    assert pub(_FOOT_STORY.format(dateline=dateline, foot=foot))[0] == published
