"""Round 28 of the generalisation loop (batches 270-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import events

_PAGE = "NEWS\nFriday, May 24, 2024\n\n"


@pytest.mark.parametrize(("sentence", "month"), [
    ("Defence Minister Rajnath Singh visited Hanoi last July. A month earlier, the two navies held a joint exercise "
     "off Da Nang.", "2023-06"),
    ("Defence Minister Rajnath Singh visited Hanoi in July 2022. Two months earlier, the navies of India and Vietnam "
     "held a passage exercise.", "2022-05"),
    ("The Indian and Vietnamese navies held a joint exercise off Da Nang in June 2022. A month later, Defence "
     "Minister Rajnath Singh visited Hanoi.", "2022-07"),
    ("Defence Minister Rajnath Singh visited Hanoi in March 2021. One month later, the coast guards of Vietnam and "
     "India held a joint drill.", "2021-04"),
])
def test_a_month_earlier_or_later_counts_from_the_month_just_told(sentence, month):
    assert any(d == month for _, _, d in events(_PAGE + sentence + "\n"))


@pytest.mark.parametrize(("sentence", "year"), [
    ("Defence Minister Rajnath Singh visited Hanoi in July 2022. A year earlier, the coast guards of Vietnam and "
     "India held a joint drill.", "2021"),
    ("Defence Minister Rajnath Singh visited Hanoi in 2019. One year later, the Indian and Vietnamese navies held a "
     "passage exercise.", "2020"),
    ("The two navies of India and Vietnam held a passage exercise in 2018. Three years earlier, Defence Minister "
     "Manohar Parrikar visited Hanoi.", "2015"),
])
def test_a_year_earlier_or_later_counts_from_the_year_just_told(sentence, year):
    assert any(d == year for _, _, d in events(_PAGE + sentence + "\n"))


@pytest.mark.parametrize(("sentence", "day"), [
    ("Defence Minister Rajnath Singh visited Hanoi on March 3, 2022. A week later, the two navies held a passage "
     "exercise.", "2022-03-10"),
    ("Defence Minister Rajnath Singh visited Hanoi on March 3, 2022. Two weeks later, the navies of India and "
     "Vietnam held a passage exercise.", "2022-03-17"),
    ("The Indian and Vietnamese navies held a passage exercise on 20 June 2022. A week earlier, Defence Minister "
     "Rajnath Singh visited Hanoi.", "2022-06-13"),
])
def test_weeks_later_or_earlier_count_days_from_the_day_just_told(sentence, day):
    assert any(d == day for _, _, d in events(_PAGE + sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "Defence Minister Rajnath Singh met General Phan Van Giang in Hanoi. The meeting took place on Tuesday.",
    "Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi. The meeting itself was held on "
    "Tuesday at the ministry.",
    "General Phan Van Giang received Indian Ambassador Sandeep Arya in Hanoi. The meetings were held on Tuesday.",
    "Indian and Vietnamese officials held the 12th Defence Policy Dialogue in New Delhi. The dialogue "
    "itself was held on Tuesday.",
])
def test_a_meeting_named_again_as_the_subject_of_its_holding_takes_that_day(sentence):
    found = events(_PAGE + sentence + "\n")
    assert len(found) == 1 and found[0][2] == "2024-05-21"


def test_guard_a_meeting_of_a_gathering_held_on_a_day_is_no_bilateral_meeting():
    assert events(_PAGE + "Vietnam's defence minister attended the ADMM-Plus in Jakarta. The meeting took place on "
                  "Tuesday.\n") == []


@pytest.mark.parametrize(("lead", "day"), [
    ("Secretary of State Antony Blinken visited Hanoi on Saturday. He met General Secretary To Lam.", "2024-06-22"),
    ("Secretary of State Antony Blinken arrived in Hanoi on Saturday for a two-day visit. He met Vietnamese Defence "
     "Minister Phan Van Giang at the ministry.", "2024-06-22"),
    ("Indian Defence Minister Rajnath Singh arrived in Hanoi on 19 June for a three-day visit. He held talks with "
     "General Phan Van Giang.", "2024-06-19"),
    ("Vietnamese Defence Minister Phan Van Giang flew into New Delhi on Thursday. He called on Prime Minister "
     "Narendra Modi.", "2024-06-20"),
])
def test_a_meeting_whose_subject_is_a_pronoun_for_the_leads_visitor_takes_the_leads_day(lead, day):
    found = events("NEWS\nMonday, June 24, 2024\n\n" + lead + "\n")
    assert [d for _, t, d in found if t == "talks"] == [day]


def test_guard_a_meeting_the_pronoun_has_met_before_is_a_habit_and_takes_no_day():
    found = events("NEWS\nMonday, June 24, 2024\n\nSecretary of State Antony Blinken visited Hanoi on Saturday. He "
                   "has met General Secretary To Lam several times.\n")
    assert [d for _, t, d in found if t == "talks"] == []
