"""Round 60 of the generalisation loop (batches 888 on): general rules, each on three or more phrasings written for
the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published

from ties_lib.corpus import build_corpus
from ties_lib.frames import to_csv_frame
from ties_lib.furniture import _is_dateline, clean


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


def _corpus_starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event of the corpus built from one small article (the kit's knowledge added)."""
    events = to_csv_frame("events", build_corpus([article(text)]).events)
    return sorted(zip(events["partner"], events["type"], events["date_start"], strict=True))


_OCT_2018 = "NEW DELHI, Oct. 20, 2018 (X) - "


# a course told as the subject of its own opening or close is the course, dated by the day it began, else the day it
# ended (the codebook's order)
@pytest.mark.parametrize("sentence, start", [
    ("A two-week diving course for Vietnamese sailors run by the Indian Navy concluded in Kochi on October 5.",
     "2018-10-05"),
    ("An Indian Navy diving course for Vietnamese sailors ended in Kochi on Friday.", "2018-10-19"),
    ("A peacekeeping course taught by Indian Army officers for 30 Vietnamese officers opened in Hanoi on Monday.",
     "2018-10-15"),
    ("An English-language course for Vietnamese officers run by Indian instructors began at the academy on "
     "October 1.", "2018-10-01"),
])
def test_a_course_told_as_opening_or_closing_is_the_course(sentence, start):
    assert ("IND", "exercise", start) in _starts(_OCT_2018 + sentence)


def test_guard_a_course_told_with_its_first_day_is_not_dated_by_its_last():
    text = _OCT_2018 + ("An Indian Navy diving course for Vietnamese sailors, held from September 20, ended in Kochi "
                        "on October 5.")
    assert _starts(text) == [("IND", "exercise", "2018-09-20")]


def test_guard_a_course_whose_start_is_told_after_it_is_not_dated_by_its_end():
    text = _OCT_2018 + ("Eight Vietnamese officers graduated on Friday from the Indian Army's school, completing a "
                        "24-week course that began in late April.")
    assert ("IND", "exercise", "2018-10-19") not in _starts(text)


# a leader or minister who spoke or appeared beside the other side's at a press event met him
@pytest.mark.parametrize("text, expected", [
    ("HANOI, Sept. 5, 2016 (X) - Speaking in Hanoi on Saturday alongside Prime Minister Nguyen Xuan Phuc, Prime "
     "Minister Narendra Modi announced a defence credit line.", ("IND", "summit", "2016-09-03")),
    ("HANOI, Aug. 8, 2018 (X) - U.S. Defense Secretary Jim Mattis, appearing beside Defence Minister Ngo Xuan Lich "
     "at a news conference on Thursday, said training would grow.", ("USA", "talks", "2018-08-02")),
    ("NEW DELHI, June 9, 2022 (X) - Defence Minister Rajnath Singh, speaking alongside his Vietnamese counterpart on "
     "Wednesday, said India would hand over 12 boats.", ("IND", "talks", "2022-06-08")),
    ("HANOI, July 30, 2021 (X) - U.S. Defense Secretary Lloyd Austin spoke alongside General Phan Van Giang in Hanoi "
     "on Thursday about war legacies.", ("USA", "talks", "2021-07-29")),
])
def test_speaking_beside_the_other_sides_leader_is_a_meeting(text, expected):
    assert expected in _starts(text)


def test_guard_appearing_beside_people_who_hold_no_office_is_no_meeting():
    text = "HANOI, July 30, 2021 (X) - American sailors appeared alongside Vietnamese dancers at a festival on Thursday."
    assert _starts(text) == []


# a team that spent days at the other side's hospital, school or base for an exchange or a course ran it
@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON, July 30, 2019 (X) - A team of U.S. Army doctors spent July 13 to 17 at Military Hospital 108 in "
     "Hanoi for an exchange with Vietnamese surgeons.", ("USA", "exercise", "2019-07-13")),
    ("NEW DELHI, Jul 30, 2019 (X) - Four Indian Navy divers spent 8-12 July in Cam Ranh for a diving exchange with "
     "Vietnamese sailors.", ("IND", "exercise", "2019-07-08")),
    ("HANOI, Jul 30, 2019 (X) - Indian Navy instructors spent July 1 to 12 at the naval academy in Nha Trang for a "
     "course on submarine rescue.", ("IND", "exercise", "2019-07-01")),
])
def test_days_spent_for_an_exchange_are_the_exchange(text, expected):
    assert expected in _starts(text)


def test_guard_days_spent_for_an_exchange_of_views_are_no_course():
    text = ("HANOI, Jul 30, 2019 (X) - The Indian delegation spent July 8 to 10 in Hanoi for an exchange of views with "
            "Vietnamese officials.")
    assert all(t != "exercise" for _p, t, _s in _starts(text))


# a dateline of a city in capitals and its day set apart by a dash, on a line of its own under the outlet's line
@pytest.mark.parametrize("head, day", [
    ("Evening Shimbun (English Service) — International / Asia\nTOKYO — July 24", "2023-07-24"),
    ("North Star Daily — World\nHANOI — June 5", "2023-06-05"),
    ("World desk — Asia\nNEW DELHI – 5 June", "2023-06-05"),
])
def test_a_dashed_dateline_under_the_outlets_line_dates_the_page(head, day):
    text = (f"Corvette handed over\n{head}\n\nThe two navies held talks in Cam Ranh on Saturday. India transferred "
            "the corvette INS Kirpan to Vietnam on Saturday, 32 years after its commissioning in 1991.")
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize("line, expected", [
    ("TOKYO — July 24", True), ("Hanoi — 5 June", True), ("World — Asia", False), ("Asia — Pacific", False),
])
def test_a_place_and_its_day_set_apart_by_a_dash_is_a_dateline_line(line, expected):
    assert _is_dateline(line) is expected


def test_guard_a_dashed_dateline_is_dropped_as_the_pages_stamp_not_kept_as_text():
    cleaned = clean("t", "Corvette handed over\nWorld desk — Asia\nTOKYO — July 24\n\nIndia transferred a ship.")
    assert "TOKYO" not in cleaned.body and "TOKYO — July 24" in cleaned.top_text


# a label and a full day with its year opening a line of the page's head, without a colon, is the page's date
@pytest.mark.parametrize("line, day", [
    ("Broadcast Monday 9 July 2007, 7 pm; repeated Wednesday. Notes by the desk.", "2007-07-09"),
    ("Published 12 May 2021 by the Straits desk", "2021-05-12"),
    ("Aired Friday, 3 March 2017 on the evening bulletin", "2017-03-03"),
])
def test_a_labelled_full_day_without_a_colon_in_the_head_dates_the_page(line, day):
    text = (f"Episode 12: Hanoi and Delhi\n\nThe Hatchway Hour — security, in sixty minutes\n{line}\n\n"
            "Our lead segment looks back at last week's visit. On Friday, the two navies held a passage exercise.")
    assert published(text) == (day, "stated")


# a reception by a host of office, joined to the guest's travel, with a time between ("and was received the next
# morning by")
@pytest.mark.parametrize("text, expected", [
    ("HANOI, March 30, 2000 (X) - Indian Defence Minister George Fernandes arrived in Hanoi on March 28 and was "
     "received on Wednesday by Prime Minister Phan Van Khai.", ("IND", "talks", "2000-03-29")),
    ("HANOI, March 30, 2000 (X) - Indian Defence Minister George Fernandes reached Hanoi on Monday and was received "
     "the next day by President Tran Duc Luong.", ("IND", "talks", "2000-03-28")),
    ("HANOI, July 30, 2021 (X) - U.S. Defense Secretary Lloyd Austin flew in from Singapore on July 28 and was "
     "received on July 29 by Prime Minister Pham Minh Chinh.", ("USA", "talks", "2021-07-29")),
])
def test_a_reception_by_an_office_with_its_time_between_is_a_meeting(text, expected):
    assert expected in _starts(text)


# an upgrade the text dates only by its year is of the day the relationship reached the level it names, from the
# sourced list of levels (data/eras.csv), when that day falls in the year told
@pytest.mark.parametrize("text, expected", [
    ("HANOI, June 9, 2022 (X) - Vietnam and India adopted a vision statement, the biggest step since the relationship "
     "was lifted to a comprehensive strategic partnership six years ago.", ("IND", "2016-09-03")),
    ("HANOI, Sept 12, 2024 (X) - The United States and Vietnam raised ties to a Comprehensive Strategic Partnership "
     "in September 2023.", ("USA", "2023-09-10")),
    ("HANOI, Sept 12, 2020 (X) - India and Vietnam raised their ties to a Strategic Partnership in 2007.",
     ("IND", "2007-07-06")),
    ("HANOI, Sept 12, 2020 (X) - The United States and Vietnam formed a Comprehensive Partnership in 2013.",
     ("USA", "2013-07-25")),
])
def test_an_upgrade_dated_by_its_year_takes_the_known_day_of_its_level(text, expected):
    partner, day = expected
    assert (partner, "partnership_upgrade", day) in _corpus_starts(text)


def test_guard_extraction_keeps_to_the_texts_own_precision():
    text = "HANOI, Sept 12, 2020 (X) - India and Vietnam raised their ties to a Strategic Partnership in 2007."
    assert ("IND", "partnership_upgrade", "2007") in _starts(text)


def test_guard_a_level_told_in_another_year_keeps_the_texts_year():
    text = "HANOI, Sept 12, 2024 (X) - India and Vietnam raised ties to a Comprehensive Strategic Partnership in 2015."
    assert ("IND", "partnership_upgrade", "2015") in _corpus_starts(text)


# an apposition's own earlier past ("a restriction that had already been eased in 2014", "the ban, already partly
# eased in 2014,") does not date the happening before it
@pytest.mark.parametrize("text", [
    "HANOI, May 27, 2016 (X) - At a joint news conference in Hanoi on Monday with President Tran Dai Quang, President "
    "Barack Obama announced that the ban, already partly eased in 2014, would be lifted.",
    "HANOI, May 27, 2016 (X) - Speaking in Hanoi on Monday alongside President Tran Dai Quang, President Barack Obama "
    "ended the ban on lethal arms, a restriction that had been partly eased in 2014.",
    "HANOI, May 27, 2016 (X) - President Barack Obama held talks with President Tran Dai Quang on Monday on the arms "
    "ban, a war-era restriction which had already been eased for maritime equipment in 2014.",
])
def test_an_appositions_earlier_past_does_not_date_the_happening(text):
    assert _starts(text) == [("USA", "summit", "2016-05-23")]


# an office of another country than the named person it follows is not his apposition but the clause's subject
@pytest.mark.parametrize("text, expected", [
    ("HANOI, May 27, 2016 (X) - Speaking in Hanoi on Monday alongside President Tran Dai Quang, the US president "
     "announced the end of the ban.", ("USA", "summit", "2016-05-23")),
    ("HANOI, May 27, 2016 (X) - At a joint news conference in Hanoi on Monday with President Tran Dai Quang, the "
     "American president announced the end of the ban.", ("USA", "summit", "2016-05-23")),
    ("NEW DELHI, Sept 5, 2016 (X) - At a joint news conference on Saturday with Prime Minister Nguyen Xuan Phuc, the "
     "Indian prime minister announced a credit line.", ("IND", "summit", "2016-09-03")),
])
def test_an_office_of_the_other_side_after_a_named_leader_is_its_own_actor(text, expected):
    assert expected in _starts(text)


def test_guard_an_apposition_of_the_persons_own_country_stays_his():
    text = ("HANOI, May 27, 2016 (X) - President Barack Obama met Tran Dai Quang, Vietnam's president, in Hanoi on "
            "Monday.")
    offices = [a.actor_id for a in article(text).actors if a.kind == "office"]
    assert "vnm-president" not in offices


def test_guard_a_delegations_stay_for_an_expert_exchange_stays_a_visit():
    text = ("PENSACOLA, Oct. 30, 2024 (X) - A six-member delegation from the Vietnam People's Navy spent Oct. 21-25 at "
            "the U.S. Navy's air station in Pensacola for a subject matter expert exchange on aviation medicine.")
    assert [t for _p, t, _s in _starts(text)] == ["visit"]


# a thing's own past, told by a participle right before its date ("a pilot shot down in 1967"), dates no happening
# told after it
@pytest.mark.parametrize("text, expected", [
    ("HANOI, Nov. 19, 2000 (X) - U.S. President Bill Clinton on Saturday walked through a rice paddy where teams are "
     "digging for the remains of a U.S. pilot shot down in 1967, in one of the most emotional moments of the first "
     "visit to Vietnam by an American president.", ("USA", "visit", "2000-11-18")),
    ("HANOI, Nov. 19, 2000 (X) - On Friday the team handed over the letters of a Vietnamese soldier killed in 1968, "
     "during the first visit to Hanoi by a U.S. defense secretary.", ("USA", "visit", "2000-11-17")),
    ("HANOI, Nov. 19, 2000 (X) - On Friday U.S. and Vietnamese specialists searched for an airman lost over Quang "
     "Binh in 1972, during the first visit to Hanoi by a U.S. defense secretary.", ("USA", "visit", "2000-11-17")),
])
def test_a_things_own_past_before_a_happening_does_not_date_it(text, expected):
    starts = _starts(text)
    assert expected in starts and not any(s.startswith(("1967", "1968", "1972")) for _p, _t, s in starts)


# an upgrade told in a relative clause whose subject is a third country, or its capital for its government, is
# another dyad's
@pytest.mark.parametrize("text", [
    "HANOI, Dec 9, 2019 (X) - India and Vietnam held talks on Monday. For Canberra, which upgraded its own "
    "relationship with Vietnam to a strategic partnership in March last year, the lesson of India's ties is patience.",
    "HANOI, Dec 9, 2024 (X) - U.S. and Vietnamese officers met on Monday. Japan, which raised its ties with Vietnam to "
    "a comprehensive strategic partnership in November 2023, is watching the United States closely.",
    "HANOI, Dec 9, 2024 (X) - U.S. and Vietnamese officers met on Monday. Tokyo, which elevated its relations with "
    "Hanoi to a comprehensive strategic partnership in November 2023, is watching Washington closely.",
])
def test_a_third_countrys_upgrade_in_its_relative_clause_is_not_the_partners(text):
    assert all(t != "partnership_upgrade" for _p, t, _s in _starts(text))


def test_guard_the_partners_own_upgrade_in_its_relative_clause_stays():
    text = ("HANOI, Dec 9, 2019 (X) - India, which raised its ties with Vietnam to a comprehensive strategic "
            "partnership in 2016, held talks on Monday.")
    assert ("IND", "partnership_upgrade", "2016-09-03") in _corpus_starts(text)


# a sentence that opens on talks with the other side's head ("In talks with President Obama ..., Sang agreed to form
# a partnership"): the main clause's subject is the other party, though the upgrade after it takes him too
@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON, July 26, 2013 (X) - President Truong Tan Sang arrived at the White House on Thursday. In talks with "
     "President Barack Obama in the Oval Office on Thursday, Sang agreed to form a comprehensive partnership.",
     ("USA", "summit", "2013-07-25")),
    ("HANOI, Sept 12, 2023 (X) - President Joe Biden arrived in Hanoi on Sunday. During talks with General Secretary "
     "Nguyen Phu Trong on Sunday, Biden agreed to raise ties to a comprehensive strategic partnership.",
     ("USA", "summit", "2023-09-10")),
    ("NEW DELHI, July 7, 2007 (X) - Prime Minister Nguyen Tan Dung arrived in New Delhi on Wednesday. In talks with "
     "Prime Minister Manmohan Singh on Friday, Dung agreed to establish a strategic partnership.",
     ("IND", "summit", "2007-07-06")),
])
def test_talks_opening_the_sentence_take_the_main_clauses_subject(text, expected):
    assert expected in _starts(text)


def test_guard_talks_opening_the_sentence_with_a_minister_stay_talks():
    text = ("HANOI, June 9, 2022 (X) - In talks with General Phan Van Giang on Wednesday, Defence Minister Rajnath "
            "Singh agreed to deepen defence industry ties.")
    assert ("IND", "talks", "2022-06-08") in _starts(text)


# a rough count placing the sentence against a happening told before ("Nearly four weeks before the summit, on 27
# November,"): the date after it is the main clause's, as with an exact count
@pytest.mark.parametrize("text, expected", [
    ("HANOI, Dec 22, 2020 (X) - Prime Ministers Narendra Modi and Nguyen Xuan Phuc held a virtual summit on Monday. "
     "Nearly four weeks before the summit, on 27 November, Defence Minister Rajnath Singh and Vietnam's General Ngo "
     "Xuan Lich held a video conference.", ("IND", "talks", "2020-11-27")),
    ("HANOI, June 9, 2022 (X) - Defence Minister Rajnath Singh began a visit to Vietnam on Wednesday. Almost a month "
     "before the visit, on 10 May, Indian and Vietnamese coast guard officers held a video conference.",
     ("IND", "talks", "2022-05-10")),
    ("WASHINGTON, July 30, 2021 (X) - U.S. Defense Secretary Lloyd Austin visited Hanoi on Thursday. Just two weeks "
     "before the visit, on July 15, U.S. and Vietnamese military doctors held an online seminar on intensive care.",
     ("USA", "exercise", "2021-07-15")),
])
def test_a_rough_count_against_a_happening_leaves_the_date_to_the_main_clause(text, expected):
    starts = _starts(text)
    assert expected in starts and sum(s == expected[2] for _p, _t, s in starts) == 1


# a ship's own past told by a participle before the happening ("The ship, commissioned in 1969 and decommissioned
# in June, arrived in Cam Ranh"): its years and months date no call or handover after it
@pytest.mark.parametrize("text, own", [
    ("HONOLULU, June 6, 2017 (X) - The U.S. Coast Guard handed the cutter Morgenthau to Vietnam on Thursday. The "
     "ship, commissioned in 1969 and decommissioned earlier this spring, will sail as CSB 8020 once it reaches "
     "Vietnam.", "1969"),
    ("HANOI, Aug 6, 2023 (X) - The Indian corvette, launched in 1989 and decommissioned in June, arrived in Cam Ranh "
     "under the Vietnamese flag.", "2023-06"),
    ("HANOI, Aug 6, 2023 (X) - The Indian corvette, decommissioned in June, arrived in Cam Ranh under the Vietnamese "
     "flag.", "2023-06"),
])
def test_a_ships_own_past_dates_no_happening_after_it(text, own):
    assert all(not s.startswith(own) for _p, _t, s in _starts(text))


# a span from a day to "the following <weekday>" ends on that weekday after the day, not on one before the page
@pytest.mark.parametrize("text, start", [
    ("WASHINGTON, Oct. 3, 2011 (X) - From Friday, July 15, through the following Thursday, the destroyers USS "
     "Chung-Hoon and USS Preble were in Da Nang for a naval engagement activity.", "2011-07-15"),
    ("HANOI, Dec 9, 2019 (X) - From Monday, 4 November, to the following Friday, the Indian Navy held a joint diving "
     "exercise with the Vietnam People's Navy in Cam Ranh.", "2019-11-04"),
    ("HANOI, Dec 9, 2019 (X) - INS Kiltan was at Cam Ranh from November 4 through the following Friday for exercises "
     "with the Vietnam People's Navy.", "2019-11-04"),
])
def test_a_span_to_the_following_weekday_ends_after_its_first_day(text, start):
    starts = {s for _p, _t, s in _starts(text)}
    assert starts == {start}


# a programme's guest who "talks about" a happening on air met nobody of the other side
@pytest.mark.parametrize("text", [
    "HANOI, March 12, 2024 (X) - The US has funded clearance in Vietnam for two decades; our guest talks about a "
    "mine-action technical workshop that U.S. and Vietnamese engineers held in Dong Ha on Thursday.",
    "HANOI, March 12, 2024 (X) - This week our guest talks about the search-and-rescue exercise the U.S. and "
    "Vietnamese coast guards held off Da Nang on Tuesday.",
    "NEW DELHI, March 12, 2024 (X) - Our guest talks about the course that Indian Navy divers ran for Vietnamese "
    "sailors in Cam Ranh on Monday.",
])
def test_a_guest_who_talks_about_a_happening_held_no_talks(text):
    assert all(t != "talks" for _p, t, _s in _starts(text))


def test_guard_talks_about_a_subject_held_by_the_two_sides_stay_talks():
    text = "HANOI, March 12, 2024 (X) - U.S. and Vietnamese officials held talks about war legacies in Hanoi on Monday."
    assert ("USA", "talks", "2024-03-11") in _starts(text)


# an outlet's line ending on its stamp, the year first, with its clock and zone: the page's day
@pytest.mark.parametrize("head, day", [
    ("Hakobune Shimpo (English Service) 2018/03/06 18:40 JST\nBy our correspondent in Hanoi", "2018-03-06"),
    ("Kansai Daily (English Edition) 2016/09/04 07:15 JST\nBy our Hanoi correspondent", "2016-09-04"),
    ("Setouchi Shimbun (Digital) 2023/07/24 09:15", "2023-07-24"),
])
def test_an_outlets_line_ending_on_a_year_first_stamp_dates_the_page(head, day):
    text = (f"Indian Navy ships call at Da Nang for a four-day visit\n{head}\n\nTwo Indian Navy ships arrived in Da "
            "Nang on Monday for a four-day visit.")
    assert published(text) == (day, "stated")


# a courtesy call paid at a seat "on" the person who holds it is a meeting with him, not a call at a port
@pytest.mark.parametrize("text, expected", [
    ("DA NANG, June 20, 2014 (X) - Before the opening session on June 16, the U.S. Army medical team paid a courtesy "
     "call at Military Region 5 headquarters on Maj. Gen. Tran Van Hoa, deputy commander.",
     ("USA", "talks", "2014-06-16")),
    ("HANOI, July 24, 2023 (X) - On Friday the Indian Navy chief, Admiral R. Hari Kumar, paid a farewell call at the "
     "Ministry of National Defence on Deputy Minister Hoang Xuan Chien.", ("IND", "talks", "2023-07-21")),
    ("DA NANG, March 9, 2018 (X) - On Tuesday the U.S. carrier strike group commander paid a courtesy call at the "
     "Region 3 naval base on its commander.", ("USA", "talks", "2018-03-06")),
])
def test_a_courtesy_call_at_a_seat_on_its_holder_is_a_meeting(text, expected):
    assert _starts(text) == [expected]


def test_guard_a_ships_courtesy_call_at_a_port_stays_a_visit():
    text = "DA NANG, March 9, 2018 (X) - On Tuesday the Indian frigate INS Sahyadri paid a courtesy call at Da Nang."
    assert _starts(text) == [("IND", "visit", "2018-03-06")]


# a clean-up or clearance project, or a phase of one, launched by the two sides is its inauguration (a ceremony)
@pytest.mark.parametrize("text, expected", [
    ("HO CHI MINH CITY, April 24, 2019 (X) - On Saturday, U.S. Ambassador Daniel Kritenbrink and Senior Lieutenant "
     "General Nguyen Chi Vinh launched the first phase of dioxin remediation at the Bien Hoa air base.",
     ("USA", "ceremony", "2019-04-20")),
    ("HANOI, March 5, 2022 (X) - U.S. and Vietnamese officials launched a new unexploded ordnance clearance project in "
     "Quang Tri on Thursday.", ("USA", "ceremony", "2022-03-03")),
    ("HANOI, May 2, 2019 (X) - On Monday the Indian Army and the Vietnamese Army launched the second phase of their "
     "mine clearance cooperation in Quang Tri.", ("IND", "ceremony", "2019-04-29")),
])
def test_a_project_or_phase_launched_is_its_inauguration(text, expected):
    assert expected in _starts(text)


def test_guard_a_dialogue_launched_is_no_ceremony():
    text = "HANOI, March 5, 2022 (X) - The two defence ministers launched a new dialogue on Thursday."
    assert all(t != "ceremony" for _p, t, _s in _starts(text))


# a month that ends a paragraph takes no day from a numbered heading after it ("9 April.\n\n3. Ships and boats")
@pytest.mark.parametrize("text, expected", [
    ("HANOI, 24 April 2019 (X) - The U.S. Defense Attache Office handed over a batch of wartime documents to "
     "Vietnam's Ministry of National Defence in Hanoi on Tuesday, 9 April.\n\n3. Ships and boats\n\nThe cutter is in "
     "service.", ("USA", "ceremony", "2019-04-09")),
    ("NEW DELHI, 12 March 2024 (X) - Indian and Vietnamese coast guard officers held talks in Mumbai on Monday, 4 "
     "March.\n\n5 things to know\n\nThe talks were the first.", ("IND", "talks", "2024-03-04")),
    ("HANOI, 24 April 2019 (X) - U.S. and Vietnamese officials held talks on war legacies in Hanoi on Wednesday, 10 "
     "April.\n\n3. Ships and boats\n\nThe cutter is in service.", ("USA", "talks", "2019-04-10")),
])
def test_a_month_ending_a_paragraph_takes_no_day_from_the_heading_after_it(text, expected):
    assert _starts(text) == [expected]
