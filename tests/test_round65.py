"""Round 65 of the generalisation loop (batches 988 on): general rules, each on three or more phrasings written for
the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article

from ties_lib.events import find_triggers


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


# a stay told in the present up to a weekday ("is in Vietnam on an official visit through Friday"): the weekday is
# the end still to come, not the latest such day before the page (a Wednesday, 1 June 2022)
@pytest.mark.parametrize("sentence, partner", [
    ("Indian Defence Minister Rajnath Singh is in Vietnam on an official visit through Friday.", "IND"),
    ("The Indian Navy's Eastern Fleet ships are in Cam Ranh on a port call through Sunday.", "IND"),
    ("US Defense Secretary Lloyd Austin is in Vietnam on a three-day official trip through Thursday.", "USA"),
])
def test_a_present_stay_through_a_weekday_is_still_going_on(sentence, partner):
    visits = [s for s in _starts("X\nHanoi, June 1, 2022\n\n" + sentence) if s[1] == "visit"]
    assert visits and all(p == partner and d.startswith("2022-06") for p, _t, d in visits)


def test_guard_a_past_stay_through_a_weekday_ended_on_the_weekday_before_the_page():
    text = "X\nHanoi, June 1, 2022\n\nIndian Defence Minister Rajnath Singh was in Vietnam on an official visit " \
           "through Friday."
    assert ("IND", "visit", "2022-05-27") in _starts(text)


_JUNE_2022 = "X\nHanoi, June 10, 2022\n\n"


# a team that spent weeks at the other side's school or base running a course or programme, or learning a craft:
# the course, an exercise, not a visit
@pytest.mark.parametrize("sentence, partner, month", [
    ("One such US Coast Guard team spent two weeks in Hai Phong in March running a maritime law enforcement boarding "
     "course for 30 Vietnamese officers.", "USA", "2022-03"),
    ("In April a team of Indian Navy hydrographers spent two weeks in Nha Trang, conducting a familiarisation "
     "programme for Vietnamese survey officers.", "IND", "2022-04"),
    ("A group of Indian Air Force engineers spent a month in Da Nang in May running an aircraft maintenance "
     "familiarisation program.", "IND", "2022-05"),
    ("A group of about 50 Vietnamese sailors spent several weeks in Visakhapatnam from early May learning to operate "
     "the Indian corvette's systems.", "IND", "2022-05"),
    ("A team of Vietnamese specialists spent ten days at the US Central Identification Laboratory in Hawaii in May, "
     "learning forensic techniques.", "USA", "2022-05"),
    ("The Vietnamese pilots spent a month in Jodhpur in March learning to fly the Indian trainer.", "IND", "2022-03"),
])
def test_a_team_that_spent_weeks_running_or_learning_a_course_held_an_exercise(sentence, partner, month):
    starts = _starts(_JUNE_2022 + sentence)
    assert (partner, "exercise", month) in starts
    assert not [s for s in starts if s[1] == "visit"]


def test_guard_a_delegation_that_spent_days_learning_how_the_other_side_works_made_a_visit():
    starts = _starts(_JUNE_2022 + "Officers of the Vietnam Coast Guard spent a week at Sand Island in May learning "
                                  "how the U.S. Coast Guard runs search and rescue.")
    assert not [s for s in starts if s[1] == "exercise"]


def test_guard_a_minister_who_spent_days_in_the_capital_made_a_visit():
    assert ("IND", "visit", "2022-06") in _starts(_JUNE_2022 + "Indian Defence Minister Rajnath Singh spent three days "
                                                                "in Hanoi in June.")


# a programme's host named before the guests who join the show: no host receiving a guest
@pytest.mark.parametrize("sentence", [
    "This week host Meera Dasgupta is joined by retired Commodore Anil Thampi to look back at the year.",
    "On this episode, host Anjali Raghavan is joined by researcher Nguyen Thu Ha.",
    "In the second half, host Le Minh Chau was joined by two analysts of Vietnamese defence.",
])
def test_a_shows_host_joined_by_guests_is_no_hosting(sentence):
    assert not [t for t in find_triggers(sentence) if t.text.lower() == "host"]


def test_guard_a_country_that_will_host_a_minister_still_hosts():
    assert [t for t in find_triggers("Vietnam will host Indian Defence Minister Rajnath Singh next week.")
            if t.text == "host"]


# people who come together "to talk about" or "to talk through" a happening hold no talks of their own
@pytest.mark.parametrize("sentence", [
    "Two retired Indian Navy officers join Vietnamese researcher Le Thu Ha to talk about maritime ties.",
    "Retired Commodore Anil Thampi and researcher Vu Lan Anh come together to talk through a decade of cooperation.",
    "The programme invited two former defence attachés to talk about the patrol boats.",
])
def test_to_talk_about_a_happening_is_no_meeting(sentence):
    assert not [t for t in find_triggers(sentence) if t.type == "talks"]


def test_guard_a_meeting_told_by_its_own_word_to_talk_about_is_still_a_meeting():
    assert [t for t in find_triggers("Indian Defence Minister Rajnath Singh met General Phan Van Giang on Friday to "
                                     "talk about maritime security.") if t.type == "talks"]
