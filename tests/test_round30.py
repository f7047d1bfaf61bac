"""Round 30 of the generalisation loop (batches 286-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import events

_WIRE = "HANOI, Aug. 26, 2021 (AP) - U.S. Vice President Kamala Harris arrived in Hanoi on Tuesday. "


@pytest.mark.parametrize("sentence", [
    "On the 25th Harris was received by President Nguyen Xuan Phuc.",
    "On the morning of the 25th Harris was received by President Nguyen Xuan Phuc.",
    "On the 25th Vice President Harris met President Nguyen Xuan Phuc at the Presidential Palace.",
    "On the 25th President Nguyen Xuan Phuc received Harris.",
])
def test_a_sentence_opening_on_a_day_of_the_month_before_its_subject_dates_its_happening(sentence):
    got = events(_WIRE + sentence + "\n")
    assert ("USA", "talks", "2021-08-25") in got
    assert ("USA", "talks", "2021-08-24") not in got


@pytest.mark.parametrize("sentence", [
    "On the 7th Fleet's flagship, Harris met President Nguyen Xuan Phuc on Wednesday.",
    "On the 25th Anniversary of relations, Harris met President Nguyen Xuan Phuc on Wednesday.",
])
def test_guard_a_unit_or_a_gathering_after_the_ordinal_is_no_day(sentence):
    got = events(_WIRE + sentence + "\n")
    assert ("USA", "talks", "2021-08-25") in got  # (Wednesday, not the 7th or the 25th of a month)
    assert not any(d in ("2021-08-07", "2021-07-25") for _p, _t, d in got)


_TALKS = ("NEW DELHI, Aug 2, 2024 - Indian Prime Minister Narendra Modi held talks with Vietnamese Prime Minister "
          "Pham Minh Chinh on Thursday. ")


@pytest.mark.parametrize("sentence", [
    "India confirmed the $300 million line of credit, and the two leaders inaugurated, by video link, a software "
    "park in Nha Trang.",
    "The credit line was confirmed; the two prime ministers jointly inaugurated a software park in Nha Trang.",
    "Vietnam thanked India for the credit line, and the two sides inaugurated a training centre in Nha Trang by "
    "video link.",
])
def test_the_meetings_people_opening_a_later_clause_date_what_they_inaugurated_by_the_meeting(sentence):
    assert ("IND", "ceremony", "2024-08-01") in events(_TALKS + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "During the talks they also took part online in the inauguration of a software park in Nha Trang.",
    "During the meeting both leaders virtually inaugurated a software park in Nha Trang.",
    "At the talks the two leaders inaugurated a software park in Nha Trang by video link.",
])
def test_a_frame_naming_the_meeting_without_its_comma_dates_what_was_inaugurated_at_it(sentence):
    assert ("IND", "ceremony", "2024-08-01") in events(_TALKS + sentence + "\n")


def test_guard_the_parties_telling_of_someone_elses_inauguration_make_no_ceremony():
    text = _TALKS + ("Vietnam thanked India for the credit line, and the two leaders said a training centre had been "
                     "inaugurated in Nha Trang since it was built in 2021.\n")
    assert not any(t == "ceremony" for _p, t, _d in events(text))


@pytest.mark.parametrize(("sentence", "partner", "month"), [
    ("When Vietnamese Prime Minister Pham Minh Chinh visited New Delhi in August 2024, Indian Prime Minister "
     "Narendra Modi pledged a credit line, and the two leaders virtually inaugurated a software park in Nha Trang.",
     "IND", "2024-08"),
    ("When Vice President Kamala Harris visited Hanoi in August 2021, she announced a donation of vaccines, and the "
     "two sides inaugurated a regional disease-control office in Hanoi.", "USA", "2021-08"),
    ("When Defense Secretary Lloyd Austin visited Hanoi in July 2021, he thanked Vietnam for its help, and they "
     "opened a new office for war legacy work.", "USA", "2021-07"),
])
def test_what_the_parties_inaugurated_in_a_sentence_opening_on_a_dated_visit_is_of_the_visits_month(
        sentence, partner, month):
    text = "JAKARTA, Nov 12, 2025 - Ties have grown. " + sentence + "\n"
    assert (partner, "ceremony", month) in events(text)
