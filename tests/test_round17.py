"""Round 17: classes of the batches written blind after round 16.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

import pytest
from conftest import events, published

SUMMIT = ("HANOI, Sept. 4, 2016\n\nIndian Prime Minister Narendra Modi held talks with Vietnamese Prime Minister "
          "Nguyen Xuan Phuc in Hanoi on Saturday. ")
TALKS = [("IND", "summit", "2016-09-03")]


@pytest.mark.parametrize("told", [
    "The two sides on Saturday elevated the Strategic Partnership of 2007 to a Comprehensive Strategic Partnership.",
    "On Saturday the two sides raised the 2007 Strategic Partnership to a Comprehensive Strategic Partnership.",
    "The leaders on Saturday lifted the Strategic Partnership (2007) to a Comprehensive Strategic Partnership.",
])
def test_the_year_of_the_level_an_upgrade_starts_from(told):
    """ "Elevated the Strategic Partnership of 2007 to ...": the year names the old level; the upgrade is still
    told, on its own day."""
    assert events(SUMMIT + told) == [("IND", "partnership_upgrade", "2016-09-03"), *TALKS]


def test_two_steps_each_with_its_year_stay_two():
    """Guard: "raised to a strategic partnership in 2007 and to a comprehensive one in 2016" is two upgrades, each
    with its own year; a year told with "in" is no name of a level."""
    told = "Ties were raised to a strategic partnership in 2007 and to a comprehensive strategic partnership in 2016."
    assert events(SUMMIT + told) == [("IND", "partnership_upgrade", "2007"), ("IND", "partnership_upgrade", "2016"),
                                     *TALKS]


@pytest.mark.parametrize("told", [
    "At the talks, the two Prime Ministers agreed to upgrade the relationship to a Comprehensive Strategic "
    "Partnership.",
    "After delegation-level talks with his counterpart at the Presidential Palace, the two leaders decided to lift "
    "the relationship from a strategic partnership to a comprehensive strategic partnership.",
    "During their meeting, Modi and Phuc agreed to elevate ties to a Comprehensive Strategic Partnership.",
])
def test_an_upgrade_made_at_the_meeting_its_sentence_opens_with(told):
    """An upgrade is made at a meeting; "At the talks, ..." names which one, and gives it that meeting's day."""
    assert events(SUMMIT + told) == [("IND", "partnership_upgrade", "2016-09-03"), *TALKS]


def test_an_upgrade_at_a_visit_takes_the_visits_dates():
    """A visit's frame ("During the visit, ...") gives the upgrade the visit's dates, not a meeting's."""
    text = ("HANOI, Sept. 4, 2016\n\nIndian Prime Minister Narendra Modi paid an official visit to Vietnam on "
            "September 2-3. During the visit, the two sides raised their relations to a Comprehensive Strategic "
            "Partnership.")
    assert events(text) == [("IND", "partnership_upgrade", "2016-09-02"), ("IND", "visit", "2016-09-02")]


def test_a_frame_with_no_upgrade_adds_nothing():
    """Guard: "At the talks, the two leaders agreed to expand ..." tells no upgrade."""
    told = "At the talks, the two leaders agreed to expand defence cooperation in shipbuilding and training."
    assert events(SUMMIT + told) == TALKS


@pytest.mark.parametrize("told", [
    "India and Vietnam set up diplomatic relations in January 1972.",
    "The two countries forged diplomatic ties in January 1972.",
    "Diplomatic relations between the two were set up in January 1972.",
])
def test_relations_set_up_or_forged(told):
    """ "Set up diplomatic relations", "forged diplomatic ties": relations begun, as "established" tells."""
    assert events(SUMMIT + told) == [("IND", "partnership_upgrade", "1972-01"), *TALKS]


def test_setting_up_something_else_is_no_upgrade():
    """Guard: "set up a joint working group" near "diplomatic relations" is no relation set up."""
    told = "The two sides agreed to set up a joint working group on diplomatic relations and consular matters."
    assert events(SUMMIT + told) == TALKS


BODY = ("\n\n[English translation]\n\nInternational\n\nIndia and Vietnam widen naval ties\n\nFrom our "
        "correspondent\n\nNew Delhi: Defence Minister Rajnath Singh held talks with General Phan Van Giang on Friday, "
        "the ministry said.")


@pytest.mark.parametrize(("masthead", "day"), [
    ("Weekly | Lucknow | Vol. 12, Issue 40 | 3 to 9 October 2022 | Price: Rs 8", "2022-10-03"),
    ("THE WEEK IN REVIEW · Mumbai · 12 to 18 June 2023 · 24 pages", "2023-06-12"),
    ("Weekly edition | Pune | No. 31 | 20-26 May 2019 | ₹ 12", "2019-05-20"),
])
def test_a_weeklys_masthead_row_dates_its_page(masthead, day):
    """A weekly's masthead row between bars: its rhythm, place, issue and price around the week's days; the issue
    comes out on the week's first day."""
    assert published("NAYA SAMACHAR\n" + masthead + BODY) == (day, "stated")


@pytest.mark.parametrize(("masthead", "month"), [
    ("Fortnightly | Kolkata | Vol. 4 No. 9 | 16-31 March 2019 | Rs 20", "2019-03"),
    ("Monthly | Hanoi | Issue 112 | May 2021 | 30,000 VND", "2021-05"),
    ("Quarterly · Chennai · Volume 3 · April 2020 · 48 pages", "2020-04"),
])
def test_a_longer_issues_masthead_row_dates_its_month(masthead, month):
    """A fortnightly's or monthly's masthead row gives the month, not a day."""
    assert published("NAYA SAMACHAR\n" + masthead + BODY) == (month, "stated")


def test_a_byline_row_with_a_range_is_no_masthead():
    """Guard: a row with no mark of a masthead (rhythm, issue, price, pages) is not taken for one."""
    assert published("NAYA SAMACHAR\nBy Anil Kumar | New Delhi | 5 to 11 September 2016" + BODY)[0] != "2016-09-05"


COMMISSION = "HANOI, Oct. 18, 2023\n\nIndia and Vietnam reviewed their defence ties this week. "


@pytest.mark.parametrize("told", [
    "On Monday, External Affairs Minister S. Jaishankar and Foreign Minister Bui Thanh Son co-chaired the 18th "
    "meeting of the India-Vietnam Joint Commission in Hanoi.",
    "Jaishankar and Son held a Joint Commission meeting in Hanoi on Monday.",
    "Defence officials of India and Vietnam held the fourth meeting of the Joint Working Group on defence industry "
    "in New Delhi on Monday.",
])
def test_a_joint_commissions_meeting_is_a_session_of_a_mechanism(told):
    """A joint commission or working group is a standing bilateral mechanism: each meeting is a dialogue."""
    assert events(COMMISSION + told) == [("IND", "dialogue", "2023-10-16")]


def test_a_plain_meeting_stays_talks():
    """Guard: a meeting named by no mechanism is talks."""
    assert events(COMMISSION + "Jaishankar met Son in Hanoi on Monday.") == [("IND", "talks", "2023-10-16")]


BIDEN = ("WASHINGTON, Sept. 11, 2023\n\nPresident Joe Biden held talks with General Secretary Nguyen Phu Trong in "
         "Hanoi on Sunday. ")


@pytest.mark.parametrize(("told", "when"), [
    ("The relationship became a strategic partnership in July 2007.", "2007-07"),
    ("Relations between the two countries became a comprehensive partnership in July 2013.", "2013-07"),
    ("Ties became a comprehensive partnership in 2016.", "2016"),
])
def test_relations_that_became_a_partnership(told, when):
    """ "The relationship became a strategic partnership": the relationship took a new level."""
    assert ("USA", "partnership_upgrade", when) in events(BIDEN + told)


def test_a_relationship_that_became_something_else_is_no_upgrade():
    """Guard: "became a source of pride" is no partnership."""
    assert events(BIDEN + "The relationship became a source of pride for veterans in 2016.") == [
        ("USA", "summit", "2023-09-10")]


CARRIER = "HANOI, March 6, 2018\n\nThe USS Carl Vinson arrived in Da Nang on Monday. "


@pytest.mark.parametrize(("told", "kind"), [
    ("The port call was first discussed last year and was confirmed when Defense Secretary Jim Mattis visited Hanoi "
     "in January.", "visit"),
    ("The plan was drawn up last year and approved during Defense Secretary Jim Mattis's visit to Hanoi in January.",
     "visit"),
    ("Work on the deal started last year and then moved ahead when Mattis met Defense Minister Ngo Xuan Lich in Hanoi "
     "in January.", "talks"),
])
def test_last_year_gives_no_year_to_the_next_verbs_month(told, kind):
    """ "Discussed last year and confirmed when Mattis visited Hanoi in January": the month belongs to the second
    verb, of the article's year, not to "last year"."""
    assert ("USA", kind, "2018-01") in events(CARRIER + told)


@pytest.mark.parametrize("told", [
    "Last year Mattis met Defense Minister Ngo Xuan Lich in Hanoi in January.",
    "The call was planned last year, when Mattis met Defense Minister Ngo Xuan Lich in Hanoi in January.",
])
def test_last_year_still_dates_its_own_clauses_month(told):
    """Guard: a month in the clause "last year" tells, or in its when-clause, is of last year."""
    assert ("USA", "talks", "2017-01") in events(CARRIER + told)


SUNDAY = ("HANOI, Sept. 12, 2023\n\nPresident Joe Biden held talks with General Secretary Nguyen Phu Trong in Hanoi "
          "on Sunday. ")


@pytest.mark.parametrize("told", [
    "On Monday, Biden met Prime Minister Pham Minh Chinh, and before flying home he laid flowers at the lakeside "
    "memorial to a Navy pilot shot down in 1967.",
    "On Monday Biden met Prime Minister Pham Minh Chinh at the lake where a US pilot came down in 1967.",
    "On Monday, Biden met Prime Minister Pham Minh Chinh at the memorial marking where a Navy pilot was shot down in "
    "1967.",
])
def test_a_year_in_a_clause_of_its_own_after_the_meeting(told):
    """A year told after the meeting in a clause of its own (", and ... he laid flowers ...", "where a pilot was shot
    down in 1967") is that clause's: the meeting keeps the day that opens the sentence."""
    got = events(SUNDAY + told)
    assert ("USA", "summit", "2023-09-11") in got and not any(d == "1967" for _p, _t, d in got)


def test_a_clause_of_the_same_subject_keeps_the_date():
    """Guard: a day told after the meeting, in the meeting's own clause, still dates it."""
    told = "Biden met Prime Minister Pham Minh Chinh in Hanoi on Monday."
    assert ("USA", "summit", "2023-09-11") in events(SUNDAY + told)


MORGENTHAU = "GREELEY, May 28, 2017\n\nThe former cutter Morgenthau was handed to Vietnam on Thursday. "


@pytest.mark.parametrize("told", [
    "Last May, during a three-day trip to Vietnam that ended May 25, President Barack Obama announced in Hanoi that "
    "the arms embargo was lifted.",
    "Last May, President Obama paid a three-day visit to Vietnam, which began on May 23.",
    "In May last year, President Obama visited Hanoi on May 23.",
])
def test_a_day_of_the_month_named_before_as_last_may(told):
    """ "Last May, during a trip that ended May 25": the day is of the May named before it, a year back, not of the
    article's May."""
    assert ("USA", "visit", "2016-05-23") in events(MORGENTHAU + told)


@pytest.mark.parametrize("told", [
    "Kessler remembers arriving in Hanoi as a student in 1996, a year after the United States and Vietnam restored "
    "diplomatic relations.",
    "In 1996, one year after the two countries normalized relations, the first US ambassador arrived in Hanoi.",
    "The embassy opened in 1996, a year after Washington and Hanoi established diplomatic ties.",
])
def test_a_year_after_counts_one_year_back(told):
    """ "In 1996, a year after ... restored relations": the restoration is a year before the year told."""
    assert ("USA", "partnership_upgrade", "1995") in events(SUNDAY + told)


RAJNATH = ("HANOI, June 10, 2022\n\nIndian Defence Minister Rajnath Singh held talks with General Phan Van Giang in "
           "Hanoi on Wednesday. ")


@pytest.mark.parametrize("told", [
    "Kessler remembers arriving in Hanoi as a graduate student in 1996.",
    "Menon first came to Vietnam in 1998 as a young reporter.",
    "Rao visited Hanoi in 2005 as a doctoral researcher.",
])
def test_a_trip_in_a_private_capacity_with_a_describing_word(told):
    """ "As a graduate student", "as a young reporter": a trip that is no official's, whatever word describes it."""
    assert events(RAJNATH + told) == [("IND", "talks", "2022-06-08")]


def test_a_trip_as_a_minister_is_a_visit():
    """Guard: "as a minister" is an office, not a private capacity."""
    assert ("IND", "visit", "2019") in events(RAJNATH + "Rajnath Singh visited Hanoi in 2019 as a minister.")


BIEN_HOA = "HANOI, April 23, 2019\n\nThe cleanup at the Bien Hoa air base in Vietnam began last weekend. "


@pytest.mark.parametrize("told", [
    "Last October, Defense Secretary Jim Mattis toured the contaminated area of the base.",
    "In October, Defense Secretary Jim Mattis toured the naval academy in Nha Trang.",
    "Last October, Defense Secretary Jim Mattis toured the training centre of the Vietnamese navy.",
])
def test_touring_a_place_named_by_what_it_is(told):
    """ "Toured the contaminated area of the base": a place named by what it is, not by its name, is visited too."""
    assert ("USA", "visit", "2018-10") in events(BIEN_HOA + told)


def test_touring_a_ship_is_no_visit():
    """Guard: "toured a Vietnamese frigate" is no place of the other country visited."""
    assert events(BIEN_HOA + "Last October, Defense Secretary Jim Mattis toured a Vietnamese frigate.") == []


COHEN = "ASPEN, March 16, 2000\n\nDefense Secretary William Cohen arrived in Hanoi on Monday. "


@pytest.mark.parametrize("told", [
    "Shortly after landing he sat down for talks with Defense Minister Pham Van Tra at a guest house, and Prime "
    "Minister Phan Van Khai received him the same day.",
    "He held talks with Defense Minister Pham Van Tra. Prime Minister Phan Van Khai received Cohen on the same day.",
    "He met Defense Minister Pham Van Tra at the ministry. That same day Prime Minister Phan Van Khai received him.",
])
def test_another_host_the_same_day_tells_two_meetings(told):
    """ "..., and the Prime Minister received him the same day": the meeting told before it, with another host, is
    its own meeting that day, not a detail of the second."""
    assert events(COHEN + told) == [("USA", "talks", "2000-03-13"), ("USA", "talks", "2000-03-13"),
                                    ("USA", "visit", "2000-03-13")]


def test_the_same_host_the_same_day_is_one_meeting():
    """Guard: the same host again "the same day" is the same meeting."""
    told = "He held talks with Defense Minister Pham Van Tra. Tra hosted him for dinner the same day."
    assert events(COHEN + told) == [("USA", "talks", "2000-03-13"), ("USA", "visit", "2000-03-13")]


SPAN = "ASPEN, Jan. 30, 2001\n\n"


@pytest.mark.parametrize("told", [
    "Defense Secretary William Cohen visited Vietnam from March 13 through 15, 2000. Prime Minister Phan Van Khai "
    "received him the same day.",
    "Defense Secretary William Cohen spent March 13-15, 2000 in Vietnam on an official visit. The same day, Prime "
    "Minister Phan Van Khai received him.",
    "Defense Secretary William Cohen paid a visit to Hanoi from March 13 to 15, 2000, and Prime Minister Phan Van "
    "Khai received him that same day.",
])
def test_the_same_day_after_a_span_is_its_first_day(told):
    """ "Visited from March 13 through 15 ... received him the same day": the story goes on from the span's first
    day, not from the article's date."""
    assert ("USA", "talks", "2000-03-13") in events(SPAN + told)


def test_the_same_day_after_a_single_day_is_that_day():
    """Guard: a single day told inside the span is the one "the same day" repeats."""
    told = ("Defense Secretary William Cohen visited Vietnam from March 13 through 15, 2000. On March 14 he toured a "
            "dig site. Prime Minister Phan Van Khai received him the same day.")
    assert ("USA", "talks", "2000-03-14") in events(SPAN + told)


@pytest.mark.parametrize("told", [
    "\"I cannot celebrate,\" said Thanh Pham, a shrimp boat owner who came to Biloxi in 1982.",
    "Lan Tran, a nurse who came to Houston in 1979, said the deal was welcome.",
    "Hoa Le, a grocer who arrived in San Jose in 1980, said little.",
    "Tam Nguyen, who came to Tucson as a refugee in 1981, was more guarded.",
])
def test_a_person_described_not_named_as_an_official_who_came(told):
    """ "A shrimp boat owner who came to Biloxi in 1982", "who came as a refugee": a person's move, no visit."""
    assert events(SUNDAY + told) == [("USA", "summit", "2023-09-10")]


def test_an_official_who_arrived_is_a_visit():
    """Guard: a person the text names with an office, in a who-clause, still visits."""
    told = "USAID Administrator Samantha Power, who arrived in Vietnam on Monday, toured a school."
    assert ("USA", "visit", "2023-09-11") in events(SUNDAY + told)


@pytest.mark.parametrize("told", [
    "Modi flew to Hangzhou in China on Saturday evening to attend the G-20 summit.",
    "On Sunday Modi travelled to Hangzhou, China, for the G-20 summit.",
    "On Sunday Modi flew to Xiamen in China for the BRICS summit.",
])
def test_a_city_the_kit_does_not_know_then_a_third_country(told):
    """ "Flew to Hangzhou in China": the city is unknown, its country is not; a third country's visit."""
    assert events(SUMMIT + told) == TALKS


def test_a_city_then_the_partners_own_country_stays_a_visit():
    """Guard: "flew to Nha Trang in central Vietnam" is a leg of the visit to Vietnam."""
    assert ("IND", "visit", "2016-09-04") in events(SUMMIT + "Modi flew to Nha Trang in Vietnam on Sunday.")


VINBAX = ("SILIGURI, Dec. 12, 2023\n\nIndian and Vietnamese troops opened the joint military exercise VINBAX-2023 in "
          "Hanoi on Monday. ")


@pytest.mark.parametrize("told", [
    "\"He phoned on Sunday night to say they had landed safely,\" his elder brother told this newspaper.",
    "\"She telephoned on Saturday to say the food was good,\" her mother said.",
    "\u201cHe rang on Sunday from the barracks,\u201d his father said.",
])
def test_a_call_in_a_quotation_with_no_one_named_is_no_talks(told):
    """A relative's quoted word of a call home is no meeting of the two sides: no one of either side is named."""
    assert events(VINBAX + told) == [("IND", "exercise", "2023-12-11")]


def test_a_quoted_call_between_named_officials_is_talks():
    """Guard: a quotation that names the two sides' officials still tells a call."""
    told = "\"I spoke with General Phan Van Giang by phone on Sunday,\" Defence Minister Rajnath Singh said."
    assert ("IND", "talks", "2023-12-10") in events(VINBAX + told)


VANDEGRIFT = ("ASHEVILLE, Nov. 24, 2003\n\nThe frigate USS Vandegrift made the first U.S. Navy port call in Vietnam "
              "since the war. ")


@pytest.mark.parametrize("told", [
    "The Vandegrift spent four days in Ho Chi Minh City and left Saturday.",
    "The ship spent four days in Ho Chi Minh City, the former Saigon, and left on Saturday.",
    "The Vandegrift arrived in Ho Chi Minh City on Wednesday and left Saturday.",
])
def test_the_day_a_ship_left_ends_its_stay(told):
    """ "Spent four days ... and left Saturday": the day it left is the stay's last; it began three days before."""
    assert events(VANDEGRIFT + told) == [("USA", "visit", "2003-11-19")]


def test_leaving_for_a_place_is_no_end():
    """Guard: "left for Ho Chi Minh City on Wednesday" starts a trip; it ends no stay."""
    assert ("USA", "visit", "2003-11-22") not in events(
        VANDEGRIFT + "The Vandegrift spent four days in Ho Chi Minh City. It left for Singapore on Saturday.")


ANNIVERSARY = ("YORK, Sept. 12, 2024\n\nThe U.S. and Vietnamese navies ended the Pacific Partnership mission in Quang "
               "Ngai last month. ")


@pytest.mark.parametrize(("told", "day"), [
    ("Tuesday marked one year since President Joe Biden, on a visit to Hanoi, and Vietnamese leaders raised relations "
     "to a comprehensive strategic partnership.", "2023-09-10"),
    ("Tuesday marks a year since President Joe Biden, in Hanoi, joined Nguyen Phu Trong in raising U.S.-Vietnam ties "
     "to a comprehensive strategic partnership.", "2023-09-10"),
    ("Sunday marked exactly one year since the United States and Vietnam upgraded their relationship to a "
     "comprehensive strategic partnership.", "2023-09-08"),
])
def test_a_day_that_marks_a_year_since(told, day):
    """ "Tuesday marked one year since ... raised relations": the happening is on the same day a year before."""
    assert ("USA", "partnership_upgrade", day) in events(ANNIVERSARY + told)


def test_a_year_that_marks_years_since_stays_a_year():
    """Guard: "This year marks 29 years since ..." gives a year, not a day."""
    told = "This year marks 29 years since the United States and Vietnam normalized relations."
    assert ("USA", "partnership_upgrade", "1995") in events(ANNIVERSARY + told)


def test_the_day_a_ship_left_is_no_day_of_the_training_before_it():
    """Guard: "trained alongside ..., and the cutter left Puget Sound on June 1": the leaving's day, not the
    training's (but "left Cam Ranh on 18 August to exercise with ..." dates the exercise after it)."""
    text = ("SEATTLE, June 3, 2021\n\nA Vietnamese crew trained alongside U.S. Coast Guardsmen in Seattle, and the "
            "cutter left Puget Sound on June 1.")
    assert ("USA", "exercise", "2021-06-01") not in events(text)


TRA = ("ASHEVILLE, Nov. 24, 2003\n\nVietnamese Defense Minister Pham Van Tra visited Washington this month. ")


@pytest.mark.parametrize("told", [
    "On Nov. 10, Tra lunched with Defense Secretary Donald Rumsfeld at the Pentagon.",
    "Rumsfeld hosted a working lunch for Tra at the Pentagon on Nov. 10.",
    "On Nov. 10 Tra dined with Secretary of State Colin Powell.",
])
def test_a_meal_of_two_officials_is_a_meeting(told):
    """ "Lunched with Rumsfeld", "hosted a working lunch for Tra": the meal is the meeting."""
    assert ("USA", "talks", "2003-11-10") in events(TRA + told)


def test_a_meal_alone_is_no_meeting():
    """Guard: breakfast at his hotel meets no one."""
    assert events(TRA + "Tra had breakfast at his hotel on Nov. 10.") == [("USA", "visit", "2003-11")]


PARK = ("NHA TRANG, Jan. 13, 2021\n\nIndian Ambassador Pranay Verma and Vietnamese Deputy Defence Minister Nguyen Chi "
        "Vinh opened the Army Software Park in Nha Trang yesterday. ")


@pytest.mark.parametrize("told", [
    "Ground was broken for the second phase in June 2018 in the presence of India's then Defence Minister, Nirmala "
    "Sitharaman.",
    "Sitharaman broke ground for the second phase in June 2018.",
    "The groundbreaking of the second phase took place in June 2018, attended by Sitharaman.",
])
def test_a_groundbreaking_is_a_ceremony(told):
    """ "Ground was broken for the second phase in June 2018": a groundbreaking is a ceremony."""
    assert ("IND", "ceremony", "2018-06") in events(PARK + told)


@pytest.mark.parametrize("told", [
    "At the Air Force Officers Training School, Verma presented a cheque for one million US dollars on Monday.",
    "On Monday Verma handed the school a cheque of one million dollars.",
    "Verma presented the academy with a check worth one million dollars on Monday.",
])
def test_a_cheque_handed_over_is_a_donation(told):
    """ "Presented a cheque for one million US dollars": a donation handed over, a ceremony."""
    assert ("IND", "ceremony", "2021-01-11") in events(PARK + told)


@pytest.mark.parametrize("told", [
    "In April Secretary of State Antony Blinken broke ground for the new embassy in Hanoi.",
    "The ground floor was broken by the storm in June 2018.",
])
def test_ground_broken_for_ones_own_embassy_is_no_ceremony(told):
    """Guard: a side breaking ground for its own embassy builds its own premises; a floor broken is no ceremony."""
    assert all(t != "ceremony" or d == "2021-01-12" for _p, t, d in events(PARK + told))


US_BODY = ("\n\nLocal veteran hopes notebook finds its way home\n\nBy A. Writer\nStaff Writer\n\n{stamp}\n\n"
           "Defense Secretary Lloyd Austin welcomed Vietnam's defense minister, Gen. Phan Van Giang, to the Pentagon.")


@pytest.mark.parametrize(("stamp", "day"), [
    ("Published: 9/12/2024 4:47:05 PM", "2024-09-12"),
    ("Published: 3/7/2023 11:02:45 AM", "2023-03-07"),
    ("Posted 5/11/2021, 8:15:00 p.m.", "2021-05-11"),
])
def test_figures_before_a_twelve_hour_clock_with_seconds_read_month_first(stamp, day):
    """ "9/12/2024 4:47:05 PM" is the American way of writing a date and time: the month first."""
    assert published("GREENFIELD RECORDER" + US_BODY.format(stamp=stamp)) == (day, "stated")


def test_figures_before_a_24_hour_clock_tell_no_order():
    """Guard: "9/12/2024 16:47" says nothing of the order; only the year is taken."""
    assert published("GREENFIELD RECORDER" + US_BODY.format(stamp="Published: 9/12/2024 16:47")) == ("2024", "stated")


CHINH = "HANOI, Aug. 2, 2024\n\nVietnamese Prime Minister Pham Minh Chinh ended a state visit to India yesterday. "


@pytest.mark.parametrize("told", [
    "Also in New Delhi on August 1, Senior Lieutenant General Hoang Xuan Chien, Deputy Minister of National Defence, "
    "and Indian Defence Secretary Giridhar Aramane co-chaired the 14th Vietnam-India Defence Policy Dialogue.",
    "Meanwhile, in Hanoi on August 1, General Hoang Xuan Chien, the deputy minister, and Indian Defence Secretary "
    "Giridhar Aramane held the 14th Defence Policy Dialogue.",
    "Separately on August 1, Deputy Minister Hoang Xuan Chien, head of the delegation, and Indian Defence Secretary "
    "Giridhar Aramane co-chaired the 14th Defence Policy Dialogue.",
])
def test_a_linking_word_and_a_place_before_the_opening_date(told):
    """ "Also in New Delhi on August 1, X, deputy minister, and Y co-chaired ...": the date opens the sentence, for
    the whole of it, after a linking word and a place."""
    assert ("IND", "dialogue", "2024-08-01") in events(CHINH + told)


MODI_CHINH = ("HANOI, Aug. 2, 2024\n\nVietnamese Prime Minister Pham Minh Chinh held talks with Indian Prime Minister "
              "Narendra Modi in New Delhi on August 1. ")


@pytest.mark.parametrize("told", [
    "Calling on President Droupadi Murmu the same day, Prime Minister Pham Minh Chinh recalled the Buddhist heritage "
    "of the two peoples.",
    "Chinh calls on President Droupadi Murmu on August 1, then flies home.",
    "On August 1 Chinh was calling on President Droupadi Murmu when the news broke.",
])
def test_calling_on_an_office_holder_is_a_meeting(told):
    """ "Calling on President Murmu the same day, Chinh ...": the participle (or a headline's present) of a
    courtesy call."""
    assert events(MODI_CHINH + told).count(("IND", "summit", "2024-08-01")) == 2


def test_calling_on_a_country_is_an_appeal():
    """Guard: "India calls on China to respect ..." is an appeal, no meeting."""
    assert events(MODI_CHINH + "India calls on China to respect the law of the sea.") == [
        ("IND", "summit", "2024-08-01")]


REAGAN = "SPRINGFIELD, July 2, 2023\n\nThe USS Ronald Reagan called at Da Nang last week. "


@pytest.mark.parametrize("told", [
    "It came a decade after the Comprehensive Partnership, which Obama and Sang agreed in Washington in July 2013.",
    "Ties rest on the Comprehensive Partnership that Presidents Obama and Sang declared at the White House in July "
    "2013.",
    "The Comprehensive Partnership, which President Barack Obama and Vietnamese President Truong Tan Sang announced "
    "at the White House in July 2013, was the last step before the upgrade.",
])
def test_a_partnership_set_up_in_a_relative_clause(told):
    """ "The Comprehensive Partnership, which Obama and Sang announced at the White House in July 2013": the
    partnership named, then set up in its relative clause, with the clause's date."""
    assert ("USA", "partnership_upgrade", "2013-07") in events(REAGAN + told)


PSDD = "WASHINGTON, June 16, 2025\n\nU.S.-Vietnam defense ties have grown steadily. "


@pytest.mark.parametrize(("told", "month"), [
    ("The State Department-led Political, Security, and Defense Dialogue last met, for the 13th time, in Hanoi in "
     "August 2024.", "2024-08"),
    ("The U.S.-Vietnam Defense Policy Dialogue again met in Washington in October 2023.", "2023-10"),
    ("The Political, Security and Defense Dialogue first met in Washington in October 2008.", "2008-10"),
])
def test_a_dialogue_that_last_met_is_its_session(told, month):
    """ "The Dialogue last met, for the 13th time, in Hanoi": the mechanism's session, not other talks."""
    assert events(PSDD + told) == [("USA", "dialogue", month)]


@pytest.mark.parametrize("told", [
    "Defence Minister Rajnath Singh returned on Friday from a three-day official visit to Vietnam.",
    "Rajnath Singh returned home today from a three-day visit to Vietnam.",
    "Rajnath Singh came back on Friday from a three-day trip to Hanoi.",
])
def test_returning_from_a_visit_of_days_counts_back(told):
    """ "Returned on Friday from a three-day visit": Friday is its last day, so it began two days before."""
    assert events("NEW DELHI, June 10, 2022\n\n" + told) == [("IND", "visit", "2022-06-08")]


DIALOGUE_DAY = ("HANOI, Aug. 2, 2024\n\nOn the afternoon of August 1, in New Delhi, Senior Lieutenant General Hoang "
                "Xuan Chien and Indian Defence Secretary Giridhar Aramane co-chaired the 14th Vietnam-India Defence "
                "Policy Dialogue. ")


@pytest.mark.parametrize("told", [
    "The dialogue took place while Prime Minister Pham Minh Chinh was in India on a State visit, which began when the "
    "delegation landed at Palam airport late on July 30. Earlier the same day, Chinh and Prime Minister Narendra Modi "
    "held talks at Hyderabad House.",
    "Chinh was in New Delhi on a state visit, which started with his arrival on July 30. The same day, Chinh and "
    "Prime Minister Narendra Modi held talks.",
    "It came during a state visit by Chinh, which opened with his arrival in New Delhi on July 30. That same day "
    "Chinh and Prime Minister Narendra Modi held talks at Hyderabad House.",
])
def test_the_start_of_a_visit_told_as_background_is_no_same_day(told):
    """ "A State visit, which began when the delegation landed late on July 30. Earlier the same day, ...": the
    visit's start is background; "the same day" is the day the story is about."""
    assert any(t in ("talks", "summit") and d == "2024-08-01" for _p, t, d in events(DIALOGUE_DAY + told))


POST = ("Information Public Relations Department\n20 December at 18:40\n\nVietnam Coast Guard ship bids farewell\n\n"
        "The Vietnam Coast Guard ship CSB 8005 sailed out of Kochi on Friday after a four-day visit to India. "
        "A Vietnam Coast Guard ship first visited India at Chennai in October 2018.\n\n")


@pytest.mark.parametrize("tags", [
    "#KeralaPRD #Kochi #SahayogHopTac2024 #IndiaVietnam",
    "#IndianCoastGuard #HopTac2024",
    "#Kochi #VietnamCoastGuard #CoastGuardExercise2024",
])
def test_a_posts_hashtag_with_a_year_names_its_year(tags):
    """A yearless post ("20 December at 18:40") whose hashtag names the edition ("#SahayogHopTac2024") is of
    that year: the first from it in which 20 December fits the lead's Friday."""
    assert published(POST + tags) == ("2024-12-20", "inferred")


def test_a_post_without_a_year_tag_keeps_the_first_fitting_year():
    """Guard: without such a hashtag, the first year after the dated fact in which the day fits the weekday."""
    assert published(POST + "#KeralaPRD #Kochi")[0] == "2019-12-20"


@pytest.mark.parametrize("told", [
    "When USS Carl Vinson weighed anchor off Da Nang on Friday, ending a four-day port call, the sailors had "
    "stories to tell.",
    "USS Carl Vinson weighed anchor in Da Nang on Friday, ending a four-day visit.",
    "On Friday USS Carl Vinson weighs anchor off Da Nang, ending a four-day port call.",
])
def test_weighing_anchor_is_leaving(told):
    """ "Weighed anchor off Da Nang on Friday, ending a four-day port call": the ship left; the stay began three
    days before."""
    assert events("DUBUQUE, March 10, 2018\n\n" + told) == [("USA", "visit", "2018-03-06")]


def test_dropping_anchor_is_arriving():
    """Guard: "anchored off Da Nang on Monday" is the arrival."""
    assert events("DUBUQUE, March 10, 2018\n\nUSS Carl Vinson anchored off Da Nang on Monday.") == [
        ("USA", "visit", "2018-03-05")]
