"""Round 39 of the generalisation loop (batches 386-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "coded"), [
    ("Hanoi Daily\nSunday, September 4, 2016\n\nIndian Prime Minister Narendra Modi arrived late on the 2nd and held "
     "talks with Prime Minister Nguyen Xuan Phuc on the 3rd.\n", [("summit", "2016-09-03"), ("visit", "2016-09-02")]),
    ("Delhi Courier\nSaturday, March 5, 2022\n\nVietnamese Defence Minister Phan Van Giang arrived early on Tuesday "
     "and held talks with Indian Defence Minister Rajnath Singh on Wednesday.\n",
     [("talks", "2022-03-02"), ("visit", "2022-03-01")]),
    ("Saigon Weekly\nFriday, June 10, 2022\n\nIndian Defence Minister Rajnath Singh arrived late Tuesday and met "
     "Vietnamese Defence Minister Phan Van Giang on Wednesday.\n", [("talks", "2022-06-08"), ("visit", "2022-06-07")]),
])
def test_an_arrival_told_with_its_time_of_day_and_no_place_is_a_visit(text, coded):
    assert _coded(text) == coded


@pytest.mark.parametrize(("text", "coded"), [
    ("Delhi Courier\nSaturday, March 5, 2022\n\nGeneral Phan Van Giang, who landed in the capital on the 1st, will "
     "leave on Sunday. He held talks with Indian Defence Minister Rajnath Singh on the 2nd.\n",
     [("talks", "2022-03-02"), ("visit", "2022-03-01")]),
    ("Hanoi Times\nWednesday, June 8, 2022\n\nMinister Rajnath Singh, who arrived in Hanoi on Monday, will also "
     "travel to Ho Chi Minh City. He met General Phan Van Giang on Tuesday.\n",
     [("talks", "2022-06-07"), ("visit", "2022-06-06")]),
    ("Hanoi Times\nWednesday, June 8, 2022\n\nRajnath Singh, who flew into Hanoi yesterday, is due to meet Prime "
     "Minister Pham Minh Chinh on Friday.\n", [("visit", "2022-06-07")]),
])
def test_a_past_arrival_in_a_who_clause_is_no_plan_of_the_main_clause(text, coded):
    assert _coded(text) == coded


@pytest.mark.parametrize("text", [
    "Hanoi Times\nWednesday, June 8, 2022\n\nIndian Defence Minister Rajnath Singh, who will arrive in Hanoi on "
    "Friday, is due to meet Prime Minister Pham Minh Chinh.\n",
    "Hanoi Times\nWednesday, June 8, 2022\n\nIndian Defence Minister Rajnath Singh, who arrives in Hanoi on Friday, "
    "will meet Prime Minister Pham Minh Chinh.\n",
    "Hanoi Times\nWednesday, June 8, 2022\n\nIndian Defence Minister Rajnath Singh, who is flying into Hanoi on "
    "Friday, will meet General Phan Van Giang.\n",
])
def test_an_arrival_to_come_in_a_who_clause_shares_the_main_clauses_plan(text):
    assert _coded(text) == []


@pytest.mark.parametrize(("text", "coded"), [
    ("Saigon Weekly\nFriday, June 10, 2022\n\nIndian Defence Minister Rajnath Singh held talks with General Phan Van "
     "Giang on the 8th and on the 9th also met Prime Minister Pham Minh Chinh.\n",
     [("talks", "2022-06-08"), ("talks", "2022-06-09")]),
    ("Hanoi Daily\nSunday, September 4, 2016\n\nPrime Minister Narendra Modi held talks with Prime Minister Nguyen "
     "Xuan Phuc on the 2nd. On the 3rd he called on General Secretary Nguyen Phu Trong.\n",
     [("summit", "2016-09-02"), ("summit", "2016-09-03")]),
    ("Hanoi Daily\nSunday, September 4, 2016\n\nIndian Defence Minister Manohar Parrikar arrived in Hanoi on the 1st, "
     "and on the 2nd he held talks with General Ngo Xuan Lich.\n",
     [("talks", "2016-09-02"), ("visit", "2016-09-01")]),
])
def test_a_day_of_the_month_before_an_adverb_or_a_subject_dates_its_clause(text, coded):
    assert _coded(text) == coded


@pytest.mark.parametrize(("text", "coded"), [
    ("HANOI, Sept. 11, 2023 (Wire) - On Sunday, President Joe Biden, arriving from the G20 summit in New Delhi, was "
     "received at the headquarters of the Communist Party of Vietnam by its General Secretary, Nguyen Phu Trong.\n",
     [("summit", "2023-09-10")]),
    ("HANOI, June 9, 2022 (Wire) - Indian Defence Minister Rajnath Singh was received at the Government Office in "
     "Hanoi by Prime Minister Pham Minh Chinh on Wednesday.\n", [("talks", "2022-06-08")]),
    ("HANOI, Sept. 11, 2023 (Wire) - Secretary of State Antony Blinken was received in the reception hall of the "
     "Presidential Palace by President Vo Van Thuong on Sunday.\n", [("talks", "2023-09-10")]),
])
def test_a_guest_received_at_a_hosts_building_by_the_host_met_him(text, coded):
    assert _coded(text) == coded


_HANOI = "Hanoi Daily\nSunday, September 4, 2016\n\n"


@pytest.mark.parametrize("text", [
    _HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Saturday. "
    "Mr Modi also met General Secretary Nguyen Phu Trong.\n",
    _HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Saturday. "
    "Prime Minister Modi also called on General Secretary Nguyen Phu Trong.\n",
    _HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Saturday. "
    "Modi also sat down with General Secretary Nguyen Phu Trong.\n",
])
def test_a_guest_who_also_met_another_host_in_the_same_paragraph_met_him_that_day(text):
    meetings = sorted((e.date.iso_start(), tuple(sorted(e.participants))) for e in article(text).events)
    assert meetings == [("2016-09-03", ("narendra-modi", "nguyen-phu-trong")),
                        ("2016-09-03", ("narendra-modi", "nguyen-xuan-phuc"))]


@pytest.mark.parametrize("text", [
    _HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Saturday. "
    "Later, Mr Modi paid a courtesy call on General Secretary Nguyen Phu Trong.\n",
    _HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Saturday. "
    "Afterwards, Mr Modi called on General Secretary Nguyen Phu Trong.\n",
    _HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Saturday. "
    "Subsequently Modi was received by General Secretary Nguyen Phu Trong.\n",
])
def test_a_call_told_after_an_opening_later_is_the_next_meeting_of_that_day(text):
    assert _coded(text) == [("summit", "2016-09-03"), ("summit", "2016-09-03")]


def test_guard_later_that_week_is_a_date_of_its_own():
    text = (_HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on "
            "Saturday, August 27. Later that week, Mr Modi called on General Secretary Nguyen Phu Trong.\n")
    assert [d for _t, d in _coded(text)].count("2016-08-27") == 1


@pytest.mark.parametrize("text", [
    "Evening Post\nMonday, May 23, 2016\n\nPresident Barack Obama today lifted the arms embargo on Vietnam.\n\nSpeaking "
    "at a joint press conference with President Tran Dai Quang after talks at the Presidential Palace, Mr Obama said the "
    "ban was a relic.\n\nMr Obama also held talks with Prime Minister Nguyen Xuan Phuc during the day.\n",
    "Evening Post\nMonday, May 23, 2016\n\nPresident Barack Obama today ended the arms embargo on Vietnam.\n\nAfter "
    "talks with President Tran Dai Quang at the Presidential Palace, Mr Obama told reporters the ban was a relic.\n\n"
    "Mr Obama also met Prime Minister Nguyen Xuan Phuc during the day.\n",
    "Evening Post\nMonday, May 23, 2016\n\nPresident Barack Obama today lifted the arms embargo on Vietnam.\n\nAt a "
    "press conference with President Tran Dai Quang after talks in Hanoi, Mr Obama called the ban a relic.\n\n"
    "Mr Obama also held talks with General Secretary Nguyen Phu Trong during the day.\n",
])
def test_a_summit_in_the_lead_and_a_summit_with_other_hosts_that_day_are_two(text):
    assert [t for t, d in _coded(text) if d == "2016-05-23"] == ["summit", "summit"]
