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


@pytest.mark.parametrize("text", [
    'TOKYO, September 11, 2023 -- U.S. President Joe Biden, who on Sunday raised ties with Vietnam to a '
    '"comprehensive strategic partnership," left Vietnam on Monday.',
    'TOKYO, September 11, 2023 -- Joe Biden, who on Sunday announced with General Secretary Nguyen Phu Trong that '
    'the two had raised their ties to a "comprehensive strategic partnership," flew home on Monday.',
    "TOKYO, September 11, 2023 -- Joe Biden, who on Sunday elevated relations with Vietnam to a 'comprehensive "
    "strategic partnership,' left Hanoi on Monday.",
])
def test_a_who_clause_closed_after_a_quotation_keeps_its_own_day(text):
    assert ("partnership_upgrade", "2023-09-10") in _coded("Biden leaves\n\n" + text)


_OBAMA = "Obama in Hanoi\n\nHANOI, 23 May 2016 - US President Barack Obama is in Vietnam on a three-day visit. "


@pytest.mark.parametrize("text", [
    "This morning there was a welcome ceremony at the Presidential Palace, then the talks with President Tran Dai "
    "Quang.",
    "This morning came the official welcome; then talks with President Tran Dai Quang.",
    "The programme this morning: a wreath at the mausoleum, and bilateral talks with President Tran Dai Quang.",
])
def test_a_meetings_noun_with_no_subject_is_the_guests_meeting(text):
    assert ("summit", "2016-05-23") in _coded(_OBAMA + text)


@pytest.mark.parametrize("text", [
    "He arrived late last night.",
    "He arrived yesterday evening.",
    "The president arrived last night, and the motorcade drove straight to the hotel.",
])
def test_an_arrival_told_by_its_time_of_day_is_the_visits_first_day(text):
    assert ("visit", "2016-05-22") in _coded(_OBAMA + text)


def test_a_thing_that_arrived_is_no_visit_guard():
    assert _coded("Vaccines\n\nHANOI, 23 May 2016 - The first shipment of vaccines arrived last night.") == []


@pytest.mark.parametrize("text", [
    "On Monday he also saw the new Prime Minister, Nguyen Xuan Phuc.",
    "On Monday he saw the incoming President Tran Dai Quang.",
    "On Monday afternoon he also saw the new Prime Minister Nguyen Xuan Phuc at the Government Office.",
])
def test_a_guest_who_saw_a_new_office_holder_met_him(text):
    assert ("summit", "2016-05-23") in _coded(_OBAMA + "He arrived on Sunday. " + text)


@pytest.mark.parametrize("text", [
    "This morning he held talks with President Tran Dai Quang, and after the talks he was received by Communist "
    "Party chief Nguyen Phu Trong.",
    "This morning there was a welcome ceremony at the Presidential Palace, then the talks with President Tran Dai Quang, and "
    "after the talks the president was received by General Secretary Nguyen Phu Trong.",
    "This morning he met President Tran Dai Quang, and following the meeting he was also received by General "
    "Secretary Nguyen Phu Trong.",
])
def test_a_reception_after_the_talks_of_the_same_sentence_is_a_meeting_of_that_day(text):
    assert _coded(_OBAMA + text) == [("summit", "2016-05-23"), ("summit", "2016-05-23"), ("visit", "2016-05")]


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi arrived in Hanoi on the night of the 2nd and, after the talks, also met "
    "General Secretary Nguyen Phu Trong.",
    "Indian Prime Minister Narendra Modi, who landed on the 2nd, held talks with Prime Minister Nguyen Xuan Phuc on Saturday; during the talks the "
    "two adopted a plan.",
    "On the 3rd Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc, and after the talks the two leaders addressed "
    "the press.",
])
def test_a_day_of_the_month_earlier_in_the_sentence_leaves_the_talks_named_again_as_they_were(text):
    """(the second and third are guards: a day ordinal before the talks' own verb or date)"""
    coded = _coded("Modi in Hanoi\n\nHANOI, 4 September 2016 - " + text)
    # (the talks named again are no meeting of the arrival's day; the one told with its verb is one)
    assert ("talks", "2016-09-02") not in coded and ("summit", "2016-09-02") not in coded
    assert sum(t in ("talks", "summit") for t, _d in coded) == (0 if "also met" in text else 1)


@pytest.mark.parametrize(("text", "year"), [
    ("The port call comes ten years after the two countries declared a strategic partnership.", "2007"),
    ("The visit came a decade after the two nations set up their strategic partnership.", "2007"),
    ("The call came ten years after the two governments established a strategic partnership.", "2007"),
])
def test_after_the_two_countries_opens_a_clause_of_its_own_happening(text, year):
    a = article("Port call\n\nHAI PHONG, 20 June 2017 - Indian warships INS Satpura and INS Kadmatt arrived at Hai Phong "
                "on Monday. " + text)
    assert year in {e.date.iso_start()[:4] for e in a.events if e.type == "partnership_upgrade"}


@pytest.mark.parametrize("text", [
    "On the 22nd she was decommissioned from the Indian Navy and, in the same ceremony, passed into the hands of the "
    "Vietnam People's Navy.",
    "The twelve boats passed into the hands of the Vietnam Border Guard on the 22nd.",
    "On the 22nd the corvette was passed into the hands of Vietnam's navy at Cam Ranh.",
])
def test_a_handover_told_after_the_ceremony_named_again_keeps_its_day_guard(text):
    """A guard: the code before passed these only because any ordinal earlier in a sentence ("On the 22nd") kept
    "in the same ceremony" from naming the ceremony again; now it does, and the verb after it is its own trigger."""
    assert ("ceremony", "2023-07-22") in _coded("Kirpan\n\nCAM RANH, 24 July 2023 - The Indian corvette INS Kirpan "
                                                "arrived in Vietnam this month. " + text)


_SINGH = "Singh in Hanoi\n\nHANOI, June 10, 2022 - "


@pytest.mark.parametrize("text", [
    "Indian Defence Minister Rajnath Singh and his Vietnamese counterpart, General Phan Van Giang, put their "
    "signatures on Wednesday to a memorandum on mutual logistics support.",
    "On Wednesday Indian Defence Minister Rajnath Singh and General Phan Van Giang put their signatures to a "
    "memorandum on logistics.",
    "Indian Defence Minister Rajnath Singh put his signature on Wednesday to a joint vision statement, as did General "
    "Phan Van Giang.",
])
def test_officials_who_put_their_signatures_to_a_document_met(text):
    assert ("talks", "2022-06-08") in _coded(_SINGH + text)


@pytest.mark.parametrize("later", [
    "Later in the afternoon the Indian minister called on President Nguyen Xuan Phuc.",
    "Later that evening the Indian minister called on President Nguyen Xuan Phuc.",
    "Later in the day Singh called on President Nguyen Xuan Phuc.",
])
def test_a_call_later_that_day_is_on_the_day_told_before_a_plan(later):
    text = (_SINGH + "Indian Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on "
            "Wednesday. Singh is scheduled to travel tomorrow to Hai Phong. " + later)
    assert [d for t, d in _coded(text) if t == "talks"] == ["2022-06-08", "2022-06-08"]


def test_a_later_time_of_a_day_the_story_does_not_give_dates_nothing_guard():
    text = ("Panetta\n\nHANOI, 2012 - US Defense Secretary Leon Panetta visited Hanoi. The first dialogue took place "
            "in Hanoi in August 2010. Later in the day Panetta met Prime Minister Nguyen Tan Dung.")
    assert ("talks", "2010-08") not in _coded(text)


@pytest.mark.parametrize("line", [
    "Issue 3/2024 — Posted 8 March",
    "Vol. 2, Issue 3/2024 — Posted 8 March",
    "Issue 14/2024 - Published 8 March",
])
def test_an_issue_number_of_its_year_dates_the_day_its_line_posts(line):
    from conftest import published as pub
    text = ("YARRA ASIA BRIEF\nA weekly read on Southeast Asia\n\n" + line + "\n\nTwo upgrades\n\nby J. Pryce\n\n"
            "Yesterday in Canberra, the two prime ministers agreed to lift relations to a comprehensive strategic "
            "partnership.\n")
    assert pub(text)[0] == "2024-03-08"


_SEAT = "Arms embargo\n\nHANOI, 23 May 2016 - US President Barack Obama arrived in Hanoi on Sunday. "


@pytest.mark.parametrize("text", [
    "Last July party leader Nguyen Phu Trong was received in the Oval Office.",
    "In July 2015 General Secretary Nguyen Phu Trong was hosted at the White House, a first for a party chief.",
    "General Secretary Nguyen Phu Trong himself had been received in the Oval Office in July 2015.",
])
def test_a_head_received_at_the_other_heads_seat_held_a_summit(text):
    assert ("summit", "2015-07") in _coded(_SEAT + text)


@pytest.mark.parametrize("text", [
    "On Monday Obama held talks with President Tran Dai Quang and was later hosted at a state luncheon by Prime "
    "Minister Nguyen Xuan Phuc.",
    "On Monday Obama was entertained to dinner by Prime Minister Nguyen Xuan Phuc.",
    "On Monday Obama was hosted at a working lunch by Prime Minister Nguyen Xuan Phuc.",
])
def test_a_guest_hosted_at_a_meal_by_a_host_met_him(text):
    coded = _coded(_SEAT + text)
    assert coded.count(("summit", "2016-05-23")) == (2 if "talks" in text else 1)


@pytest.mark.parametrize("text", [
    "On Sunday afternoon, barely hours after leaving the G20 in New Delhi, he held talks with General Secretary Nguyen "
    "Phu Trong.",
    "On Sunday, having left New Delhi that morning, he held talks with General Secretary Nguyen Phu Trong.",
    "On Sunday, after departing the summit in New Delhi, he held talks with General Secretary Nguyen Phu Trong.",
])
def test_the_country_a_traveller_left_names_no_partner(text):
    a = article("Biden in Hanoi\n\nHANOI, September 11, 2023 - US President Joe Biden is on a visit to Vietnam. "
                + text)
    assert ("USA", "summit") in {(e.partner, e.type) for e in a.events}


@pytest.mark.parametrize("text", [
    "On Sunday the President was ushered into the Communist Party headquarters for talks with General Secretary "
    "Nguyen Phu Trong.",
    "On Sunday the American president was driven through the capital to the party headquarters for talks with "
    "General Secretary Nguyen Phu Trong.",
    "On Sunday the US president was then driven through crowded streets to the Presidential Palace for talks with "
    "President Vo Van Thuong.",
])
def test_a_head_named_by_office_whose_clause_runs_on_to_talks_with_a_head_held_a_summit(text):
    """(the second and third passed before by the pronoun's antecedent: guards that the clause rule keeps them)"""
    a = article("Biden in Hanoi\n\nHANOI, September 11, 2023 - US President Joe Biden arrived on Sunday. " + text)
    assert ("summit", "2023-09-10") in {(e.type, e.date.iso_start()) for e in a.events}


@pytest.mark.parametrize("text", [
    "On Monday Cohen was sitting opposite Defence Minister Pham Van Tra at a ministry guest house.",
    "On Monday Cohen sat across the table from Defence Minister Pham Van Tra.",
    "Cohen sat opposite Defence Minister Pham Van Tra on Monday.",
])
def test_a_guest_who_sat_opposite_a_host_met_him(text):
    assert ("talks", "2000-03-13") in _coded("Cohen\n\nHANOI, March 15, 2000 - US Defense Secretary William Cohen "
                                             "arrived on Monday. " + text)


def test_a_thing_that_sat_opposite_another_is_no_meeting_guard():
    assert _coded("Cohen\n\nHANOI, March 15, 2000 - The new embassy sat opposite the lake.") == []


_COHEN = ("Cohen\n\nHO CHI MINH CITY, March 15 (Wire) - US Defense Secretary William Cohen wound up his three-day "
          "visit on Wednesday. Cohen, who arrived in Hanoi on Monday morning, is the first defense secretary to visit. ")


@pytest.mark.parametrize("text", [
    "Within an hour of landing he was sitting opposite Defence Minister Pham Van Tra.",
    "Hours after arriving he held talks with Defence Minister Pham Van Tra.",
    "Shortly after his arrival he met Defence Minister Pham Van Tra at the ministry.",
])
def test_a_meeting_told_hours_after_the_arrival_is_of_the_arrivals_day(text):
    """(the first failed before, dated by the lead's day; the others are guards: their verbs were dated already)"""
    assert ("talks", "2000-03-13") in _coded(_COHEN + text)


@pytest.mark.parametrize("text", [
    "The call came just three days after Prime Minister Narendra Modi and his Vietnamese counterpart Nguyen Xuan "
    "Phuc held their virtual summit.",
    "The call is the third leg of the mission, and it came three days after Prime Minister Narendra Modi and his "
    "Vietnamese counterpart Nguyen Xuan Phuc held their virtual summit.",
    "It came only three days after Prime Minister Narendra Modi and his Vietnamese counterpart Nguyen Xuan Phuc held "
    "a virtual summit with each other.",
])
def test_a_count_of_days_from_the_call_before_a_long_clause_dates_the_summit(text):
    coded = _coded("Kiltan\n\nHO CHI MINH CITY, December 28, 2020 - The Indian corvette INS Kiltan came alongside "
                   "in Ho Chi Minh City on Christmas Eve. " + text)
    assert ("summit", "2020-12-21") in coded


@pytest.mark.parametrize("text", [
    "India and Vietnam agreed on the plan after their prime ministers conferred by video link on Monday.",
    "India and Vietnam said their prime ministers had met by video link on Monday.",
    "India and Vietnam agreed a plan after their prime ministers spoke by telephone on Monday.",
])
def test_their_prime_ministers_are_the_two_heads(text):
    coded = _coded("Summit\n\nTOKYO, December 23, 2020 - Indian Prime Minister Narendra Modi spoke of the Indo-Pacific. "
                   + text)
    assert ("summit", "2020-12-21") in coded


@pytest.mark.parametrize("text", [
    "Joe Biden was sitting on Sunday afternoon opposite the most powerful man in Vietnam, General Secretary Nguyen "
    "Phu Trong.",
    "On Sunday Joe Biden sat in the party headquarters opposite General Secretary Nguyen Phu Trong.",
    "Joe Biden sat for two hours opposite General Secretary Nguyen Phu Trong on Sunday.",
])
def test_sitting_opposite_a_host_some_words_apart_is_a_meeting(text):
    assert ("summit", "2023-09-10") in _coded("Biden\n\nHANOI, September 11, 2023 - " + text)


@pytest.mark.parametrize("masthead", [
    "A weekly letter on Indian defence diplomacy · Issue 212 · Friday, 8 November",
    "Defence notes for subscribers | Issue No. 212 | Friday, 8 November",
    "Our weekly letter on the Indo-Pacific • No. 212 • Friday, 8 November",
])
def test_a_mastheads_row_of_cells_is_no_headline_and_dates_the_page(masthead):
    from conftest import published as pub
    text = (f"NARMADA DEFENCE NOTES\n{masthead}\n\nVINBAX goes bi-service\n\nSappers from India and Vietnam have, "
            "since Monday, been bridging nullahs around Ambala. Prime Minister Pham Minh Chinh was in New Delhi in "
            "August.\n")
    assert pub(text)[0] == "2024-11-08"


def test_a_count_from_another_clauses_year_past_the_kits_knowledge_dates_nothing():
    from conftest import published as pub
    text = ("GAZETTE\n\nDa Nang, 26/6 - The carrier anchored off Tien Sa yesterday. The visit marks the tenth "
            "anniversary of the partnership, and the clean-up at the airport, completed in 2018, was praised.\n")
    assert not pub(text)[0].startswith("2028")


@pytest.mark.parametrize("text", [
    "Joe Biden arrived in Hanoi on Sunday and went almost directly into talks with General Secretary Nguyen Phu Trong.",
    "Joe Biden arrived in Hanoi on Sunday, straight from the G20 in New Delhi, and went almost directly into talks "
    "with General Secretary Nguyen Phu Trong.",
    "Joe Biden landed in Hanoi on Sunday and went nearly straight into talks with General Secretary Nguyen Phu Trong.",
])
def test_an_arrival_and_talks_almost_straight_after_share_the_day(text):
    assert ("summit", "2023-09-10") in _coded("Biden\n\nHANOI, September 11, 2023 - " + text)


_ROUND = ("Obama\n\nHANOI, May 24, 2016 - US President Barack Obama, who landed late on Sunday night, spent Monday in a "
          "round of meetings: ")


@pytest.mark.parametrize("text", [
    "after his talks with President Tran Dai Quang at the Presidential Palace he sat down separately with Prime "
    "Minister Nguyen Xuan Phuc and then with General Secretary Nguyen Phu Trong.",
    "after his talks with President Tran Dai Quang he met separately with Prime Minister Nguyen Xuan Phuc and then "
    "with General Secretary Nguyen Phu Trong.",
    "following his talks with President Tran Dai Quang at the palace, he sat down separately with Prime Minister "
    "Nguyen Xuan Phuc and with General Secretary Nguyen Phu Trong.",
])
def test_meetings_told_apart_after_his_talks_are_each_of_that_day(text):
    assert _coded(_ROUND + text).count(("summit", "2016-05-23")) == 3


@pytest.mark.parametrize(("text", "year"), [
    ("Nine years after Prime Minister Nguyen Tan Dung came to New Delhi and the two countries first labelled their "
     "relationship a strategic partnership, India and Vietnam on Saturday agreed to upgrade ties to a comprehensive "
     "strategic partnership.", "2007"),
    ("In 2007 India and Vietnam termed their relationship a strategic partnership.", "2007"),
    ("India and Vietnam called their ties a strategic partnership in July 2007.", "2007"),
])
def test_countries_that_labelled_their_relationship_a_partnership_raised_it(text, year):
    a = article("Gazette\n\nHANOI, SEPTEMBER 3 2016\n\n" + text)
    assert year in {e.date.iso_start()[:4] for e in a.events if e.type == "partnership_upgrade"}


def test_calling_a_meeting_a_success_is_no_upgrade_guard():
    assert _coded("Gazette\n\nHANOI, SEPTEMBER 3 2016 - Indian and Vietnamese officials called the meeting a "
                  "success.") == []


@pytest.mark.parametrize("text", [
    "When Prime Minister Pham Minh Chinh sat across from Narendra Modi at Hyderabad House on the first day of this "
    "month, the two spoke of the sea.",
    "On the first day of this month Prime Minister Pham Minh Chinh held talks with Prime Minister Narendra Modi.",
    "Prime Minister Pham Minh Chinh held talks with Prime Minister Narendra Modi in New Delhi on the first day of this "
    "month.",
])
def test_the_first_day_of_this_month_is_its_first(text):
    assert ("summit", "2024-08-01") in _coded("Chinh in Delhi\n\nTOKYO, August 9, 2024 - " + text)


@pytest.mark.parametrize("line", [
    "Issue of August 9 | Asia Desk",
    "Edition dated August 9 | Politics",
    "Issue of 9 August | Asia Desk",
])
def test_an_issue_cell_that_names_its_day_dates_the_page(line):
    from conftest import published as pub
    text = (f"FUJISAN ASIA WEEKLY\nPolitics | Economy | Archive\n\nVietnam and India stitch maritime threads\n\n{line}\n\n"
            "When Prime Minister Pham Minh Chinh sat across from Narendra Modi at Hyderabad House on the first day of "
            "this month, the two spoke of the sea. Their ministers had met in Hanoi in June 2024.\n")
    assert pub(text)[0] == "2024-08-09"
