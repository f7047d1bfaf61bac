"""Round 51 of the generalisation loop (batches 690-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(type, first day, last day) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), e.date.end.isoformat()) for e in article(text).events)


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, first day) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "event"), [
    ("NEW DELHI, Feb. 15, 2025 - A Vietnam Coast Guard delegation attended the third India-Vietnam Maritime Search "
     "and Rescue Coordination Meeting on Tuesday.\n", ("dialogue", "2025-02-11")),
    ("HANOI, May 2, 2018 - The fifth India-Vietnam border liaison meeting opened on Monday in Lao Cai.\n",
     ("dialogue", "2018-04-30")),
    ("HANOI, May 2, 2018 - Indian and Vietnamese officers held the 12th annual defence cooperation meeting in "
     "Hanoi on Monday.\n", ("dialogue", "2018-04-30")),
    ("HANOI, Oct. 9, 2023 - Vietnam and the United States held the second Vietnam-U.S. Defense Steering Meeting "
     "at the Ministry of National Defence on Friday.\n", ("dialogue", "2023-10-06")),
])
def test_a_numbered_meeting_named_by_its_work_is_a_dialogue(text, event):
    assert event in _coded(text)


def test_guard_a_first_meeting_named_by_how_it_was_held_stays_talks():
    text = ("HANOI, May 2, 2018 - Defence Minister Nirmala Sitharaman and General Ngo Xuan Lich held their first "
            "face-to-face meeting in Hanoi on Monday.\n")
    assert ("talks", "2018-04-30") in _coded(text)
    assert not any(t == "dialogue" for t, _d in _coded(text))


@pytest.mark.parametrize(("text", "event"), [
    ("HANOI, May 2, 2018 - The fifth India-Vietnam border liaison meeting opened on Monday in Lao Cai. The first "
     "such meeting, in 2012, was held in Hanoi.\n", ("dialogue", "2012")),
    ("HANOI, May 2, 2018 - The fifth India-Vietnam border liaison meeting opened on Monday in Lao Cai. The "
     "second, delayed by floods, was held in Hue in October 2014.\n", ("dialogue", "2014-10")),
    ("HANOI, May 2, 2018 - Indian and Vietnamese soldiers began VINBAX 2018 in Hanoi on Monday. The first such "
     "exercise, in 2016, was staged in Jabalpur.\n", ("exercise", "2016")),
    ("NEW DELHI, Feb. 15, 2025 - A Vietnam Coast Guard delegation attended the third India-Vietnam Maritime "
     "Search and Rescue Coordination Meeting on Tuesday. The second, squeezed by Covid, was a video call in "
     "November 2021.\n", ("dialogue", "2021-11")),
    ("HANOI, May 2, 2021 - Deputy Defence Minister Nguyen Chi Vinh and Defence Secretary Ajay Kumar held the "
     "12th India-Vietnam Security Dialogue in Hanoi on Monday. The 11th, delayed by the pandemic, was a virtual "
     "meeting in June 2020.\n", ("dialogue", "2020-06")),
])
def test_an_earlier_session_named_by_its_place_in_the_series_is_of_the_series(text, event):
    assert event in _coded(text)


def test_guard_a_first_such_happening_with_no_series_told_is_not_coded():
    text = "HANOI, May 2, 2018 - Officials said the first such meeting, in 2012, was held in Hanoi.\n"
    assert _coded(text) == []


@pytest.mark.parametrize("text", [
    "HANOI, Dec. 23, 2020 - Prime Minister Narendra Modi and Prime Minister Nguyen Xuan Phuc held a virtual summit "
    "on Monday, the first such meeting between the two since the pandemic.\n",
    "HANOI, June 5, 2019 - Admiral Karambir Singh met General Ngo Xuan Lich in Hanoi on Tuesday. The talks were "
    "the first such meeting of the two commanders.\n",
    "HANOI, June 5, 2019 - Vietnamese and Indian warships held a passage exercise off Cam Ranh on Tuesday, the "
    "second such exercise this year.\n",
])
def test_guard_the_first_such_happening_said_of_one_told_is_no_other(text):
    assert len(_coded(text)) == 1


@pytest.mark.parametrize("text", [
    "PHAN RANG, 28/4/2025 - An Indian Air Force team has completed a course for Vietnamese pilots. The course ran "
    "from 7 to 25 April, under a plan agreed between the two air forces last year.\n",
    "HANOI, 28/4/2025 - An Indian Navy team ran a diving course at Cam Ranh from 3 to 14 March, as part of a "
    "programme approved by both ministries in 2023.\n",
    "HANOI, 28/4/2025 - Indian engineers ran a demining course for Vietnamese sappers from 3 to 14 March, under an "
    "agreement reached between the two armies last year.\n",
])
def test_a_date_of_the_plan_a_happening_followed_is_not_the_happening_s(text):
    coded = _coded(text)
    assert len(coded) == 1 and coded[0][1].startswith("2025-0")


@pytest.mark.parametrize("text", [
    "NEW DELHI, Sept. 2, 2021 - Everyone talks about India and Vietnam at sea, so today we look at the border "
    "guards.\n",
    "HANOI, Sept. 2, 2021 - He talks about India and Vietnam at sea in this week's episode.\n",
    "HANOI, Sept. 2, 2021 - On Monday, nobody talks about the United States and Vietnam at sea.\n",
])
def test_talks_after_a_singular_subject_is_the_verb(text):
    assert _coded(text) == []


@pytest.mark.parametrize(("text", "day"), [
    ("TYLER EVENING NEWS\nSunday, Nov. 20\n\nLINDALE -- A pilot lost over Vietnam in 1967 is coming home. A joint "
     "U.S.-Vietnamese team dug at the crash site, which villagers had pointed out during a 2019 survey. The two "
     "countries normalized relations in July 1995.\n", "2022-11-20"),
    ("PACIFIC NOTES\nThursday, May 12\n\nHONOLULU -- U.S. Army medics met Vietnamese doctors at the 2018 exercise "
     "in Hue, and they met again this week. The two countries normalized relations in July 1995.\n", "2022-05-12"),
    ("DELHI DIARY\nTuesday, March 14\n\nNEW DELHI -- Indian officers who first met their Vietnamese counterparts "
     "after the 2019 dialogue hosted them again this week. The two countries set up diplomatic relations in "
     "January 1972.\n", "2023-03-14"),
])
def test_a_weekday_dateline_is_not_before_a_year_named_for_a_past_happening(text, day):
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize(("text", "event"), [
    ("GUAM, Nov. 9, 2023 - The training followed a virtual planning call on Oct. 12 between U.S. Coast Guard Sector "
     "Guam and the Vietnam Coast Guard's Region 3 command.\n", ("talks", "2023-10-12")),
    ("HANOI, March 9, 2022 - Indian and Vietnamese naval officers held an online coordination call on Monday to "
     "prepare the port visit.\n", ("talks", "2022-03-07")),
    ("NEW DELHI, May 20, 2024 - The course was agreed in a planning call on May 2 between the Indian Navy and the "
     "Vietnam People's Navy.\n", ("talks", "2024-05-02")),
])
def test_a_call_named_by_its_purpose_is_a_meeting(text, event):
    assert event in _coded(text)
