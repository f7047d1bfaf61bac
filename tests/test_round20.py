"""Round 20: classes of the batches written blind after round 19.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

import pytest
from conftest import article, events, published

from ties_lib.anchoring import find_wire_dateline


@pytest.mark.parametrize("lead", [
    "(ANSA) - NEW DELHI, JULY 6 - India and Vietnam on Friday raised their ties to a strategic partnership as "
    "Vietnamese Prime Minister Nguyen Tan Dung held talks with his Indian counterpart Manmohan Singh.",
    "(AKI) - New Delhi, 6 July - Vietnam and India on Friday lifted relations to a strategic partnership while "
    "Prime Minister Nguyen Tan Dung held talks with Prime Minister Manmohan Singh.",
    "(KPL) – NEW DELHI, July 6 – India and Vietnam on Friday raised their relationship to a strategic partnership "
    "as Nguyen Tan Dung held talks with Manmohan Singh in the capital.",
])
def test_an_agency_before_a_dashed_dateline_opens_it(lead):
    """ "(ANSA) - NEW DELHI, JULY 6 -": the agency's name, a dash, then the dateline. Its date dates the article,
    not a happening, so the lead's one day dates each happening of the clause."""
    assert find_wire_dateline(lead) is not None
    found = events("2007-07-06 14:52\n\nTies raised\n\n" + lead)
    assert ("IND", "summit", "2007-07-06") in found
    assert ("IND", "partnership_upgrade", "2007-07-06") in found


def test_guard_a_bracketed_word_and_a_dash_without_a_date_is_no_dateline():
    assert find_wire_dateline("(UPDATE) - India and Vietnam on Friday raised their ties.") is None


STORY = ("New Delhi, Oct 28 (PTI) India today said it would speed up a credit line for naval vessels, as Prime Minister "
         "Narendra Modi held talks with his Vietnamese counterpart Nguyen Tan Dung here.")


@pytest.mark.parametrize("url, day", [
    ("in.news.yahoo.com/news/2014/10/28/india-to-supply-vessels-124212345.html", "2014-10-28"),
    ("timesofindia.indiatimes.com/india/2014-10-28/news/modi-dung-talks", "2014-10-28"),
    ("example-herald.co.in/article/20141028/NATION/141029901/", "2014-10-28"),
])
def test_a_web_address_without_its_scheme_dates_the_page(url, day):
    """An address copied from a browser's bar leaves off "https://"; its path's day is still the page's."""
    assert published(f"Regional news\n\nVessels for Vietnam\n\n{url}\n\n{STORY}") == (day, "stated")
    assert ("IND", "summit", day) in events(f"Regional news\n\nVessels for Vietnam\n\n{url}\n\n{STORY}")


@pytest.mark.parametrize("line", [
    "Prices rose 3.5/2014/10 percent",
    "See defence.gov/2014 for more",
])
def test_guard_prose_with_a_slash_is_no_web_address(line):
    assert published(f"Regional news\n\nVessels for Vietnam\n\n{line}\n\n{STORY}")[0] != "2014-10-28"


CARRIER = ("The US aircraft carrier Carl Vinson arrived in Da Nang on the 5th, the first such visit since the war.")


@pytest.mark.parametrize("byline, day", [
    ("(Seoul=News1) Reporter Kim Min-ji | Published 2018.03.05 15:12 | Modified 2018.03.05 17:48", "2018-03-05"),
    ("Staff Reporter • Published 2018.03.05 20:11 KST", "2018-03-05"),
    ("Busan bureau | Updated 2018.03.05 06:15 KST", "2018-03-05"),
])
def test_a_stamp_after_a_bylines_bar_dates_the_page(byline, day):
    """A byline, a bar, then "Published"/"Updated"/"Posted" and the stamp, under a headline and a standfirst."""
    page = f"Carrier reaches Da Nang\nA first since the war\n{byline}\n\n{CARRIER}"
    assert published(page) == (day, "stated")
    assert ("USA", "visit", day) in events(page)


def test_guard_published_in_prose_after_a_bar_is_no_stamp():
    """Only a stamp with figures in the bar's segment: "Published by the ministry" tells no day."""
    page = "Carrier reaches Da Nang\nA first since the war\nNavy news | Published by the Pacific Fleet office\n\n" + CARRIER
    assert published(page)[1] != "stated"


@pytest.mark.parametrize("story", [
    "JUNE 1, 2015\n\nDefense Secretary Ashton Carter and Defense Minister Phung Quang Thanh held a news conference "
    "in Hanoi after their talks.\n\nThey discussed maritime security.\n\n"
    "On Monday Carter also met with President Truong Tan Sang.",
    "June 1, 2015\n\nUS Defense Secretary Ashton Carter held talks with General Phung Quang Thanh at the Ministry of "
    "National Defence in Hanoi.\n\nThe two sides reviewed the 2011 memorandum.\n\n"
    "Carter was also received on Monday by President Truong Tan Sang.",
    "June 1, 2015\n\nSecretary Ashton Carter and his counterpart Phung Quang Thanh signed a joint vision statement "
    "after talks in Hanoi.\n\nOn Monday President Truong Tan Sang received Carter at the Presidential Palace.",
])
def test_a_dated_reception_by_a_head_of_state_leaves_the_ministers_talks_on_the_release_day(story):
    """A release dated June 1 (a Monday) opens with the ministers' talks, told with no day; a head of state's
    reception that day, dated, is a meeting of its own, not the talks told again, so both are on June 1."""
    talks = [e for e in events(story) if e[1] in ("talks", "summit")]
    assert talks.count(("USA", "talks", "2015-06-01")) == 2


def test_guard_the_ministers_talks_dated_later_in_the_release_are_told_once():
    story = ("June 1, 2015\n\nSecretary Ashton Carter held talks with General Phung Quang Thanh in Hanoi.\n\n"
             "The two ministers met on Monday at the Ministry of National Defence.")
    assert events(story).count(("USA", "talks", "2015-06-01")) == 1


PTI_2010 = "Hanoi, October 13, 2010 (PTI)\n\n"


@pytest.mark.parametrize("sentence, kept", [
    ("Defence Minister A.K. Antony and General Phung Quang Thanh held talks at the ministry, a day after both "
     "attended a meeting of ASEAN defence ministers with eight dialogue partners.", [("IND", "talks", "2010-10-13")]),
    ("Prime Minister Manmohan Singh and Prime Minister Nguyen Tan Dung both took part in a summit of the East Asia "
     "group in Hanoi on Saturday.", []),
    ("Manmohan Singh and Nguyen Tan Dung sat together on Friday at the summit of the BRICS partners in Goa.", []),
])
def test_a_gathering_named_after_of_by_a_multilateral_body_is_no_bilateral_meeting(sentence, kept):
    """ "a meeting of ASEAN defence ministers", "a summit of the East Asia group": the body is named after "of",
    not before the noun; the gathering is multilateral, and only the pair's own talks stay."""
    assert events(PTI_2010 + sentence) == kept


def test_guard_a_meeting_of_the_two_delegations_is_the_pairs_own():
    found = events("Hanoi, July 24, 2021\n\nPrime Minister Modi held a meeting of the two delegations with Prime "
                   "Minister Phuc in Hanoi on Saturday.")
    assert found == [("IND", "summit", "2021-07-24")]


PTI_OCT_14 = "Hanoi, October 14, 2010 (PTI)\n\n"


@pytest.mark.parametrize("sentence, day", [
    ("Defence Minister A.K. Antony held talks with General Phung Quang Thanh in Hanoi, a day after the ADMM-Plus "
     "wound up in the capital on Tuesday.", "2010-10-13"),
    ("Defence Minister A.K. Antony called on Prime Minister Nguyen Tan Dung, two days after the ASEAN meeting closed "
     "on Tuesday.", "2010-10-14"),
    ("Defence Minister A.K. Antony met General Phung Quang Thanh in New Delhi, three days before the exhibition "
     "opened in Goa on October 15.", "2010-10-12"),
])
def test_a_happening_counted_from_the_day_told_after_a_day_after(sentence, day):
    """ "X, a day after Y wound up on Tuesday": Tuesday is Y's day, and X that day counted on (or back)."""
    assert [e[2] for e in events(PTI_OCT_14 + sentence)] == [day]


def test_guard_a_day_of_its_own_before_a_day_after_stays():
    sentence = ("Defence Minister A.K. Antony held talks with General Phung Quang Thanh on Tuesday, a day after he "
                "arrived.")
    assert [e[2] for e in events(PTI_OCT_14 + sentence)] == ["2010-10-12"]


HEGSETH = ("Hanoi, November 2, 2025 (AP)\n\nUS Secretary of War Pete Hegseth held talks with General Phan Van Giang "
           "on Sunday. ")


@pytest.mark.parametrize("sentence", [
    "Also on Sunday he called on Communist Party General Secretary To Lam and State President Luong Cuong.",
    "On Sunday he also paid courtesy calls on President Luong Cuong and Prime Minister Pham Minh Chinh.",
    "He was received separately on Sunday by General Secretary To Lam and by Prime Minister Pham Minh Chinh.",
])
def test_a_call_on_two_leaders_of_a_side_is_a_call_on_each(sentence):
    """The guest's talks with his counterpart, and one call on each of the two leaders."""
    assert events(HEGSETH + sentence).count(("USA", "talks", "2025-11-02")) == 3


@pytest.mark.parametrize("sentence", [
    "On Sunday he called on President Luong Cuong and Prime Minister Pham Minh Chinh together at the palace.",
    "On Sunday he met President Luong Cuong and Prime Minister Pham Minh Chinh.",
])
def test_guard_leaders_met_together_or_not_said_to_be_separate_are_one_meeting(sentence):
    assert events(HEGSETH + sentence).count(("USA", "talks", "2025-11-02")) == 2


KIRPAN = "New Delhi, July 2, 2023 (PTI)\n\nIndia is gifting the corvette INS Kirpan to Vietnam's navy. "


@pytest.mark.parametrize("sentence", [
    "The corvette left the Naval Dockyard in Visakhapatnam on June 28 after a farewell ceremony led by Vice Admiral "
    "Sanjay Kumar.",
    "A decommissioning ceremony for the corvette was held at the naval dockyard in Visakhapatnam on 28 June.",
    "The Indian Navy held a send-off ceremony for the ship and its Vietnamese-bound crew at Visakhapatnam on 28/6.",
])
def test_a_farewell_or_decommissioning_ceremony_is_no_handover(sentence):
    """A send-off, or one side retiring its ship, is one side's own act (or part of a visit)."""
    assert events(KIRPAN + sentence) == []


def test_guard_a_decommissioning_and_transfer_ceremony_is_a_handover():
    found = events(KIRPAN + "The corvette was handed to Vietnam at a decommissioning and transfer ceremony in Cam "
                   "Ranh on July 1.")
    assert found == [("IND", "ceremony", "2023-07-01")]


COHEN = "HANOI, March 15, 2000 (AP)\n\nDefense Secretary William Cohen is in Vietnam.\n\n"


@pytest.mark.parametrize("sentence", [
    "Defense Secretary William Cohen arrived in Hanoi on Monday and went straight into talks with Defense Minister "
    "Pham Van Tra at a government guest house.",
    "Defense Secretary William Cohen landed in Hanoi on Monday and immediately held talks with Defense Minister Pham "
    "Van Tra.",
    "Defense Secretary William Cohen arrived in Hanoi on Monday, going directly into talks with Defense Minister Pham "
    "Van Tra.",
])
def test_talks_told_straight_after_a_dated_arrival_are_on_its_day(sentence):
    assert ("USA", "talks", "2000-03-13") in events(COHEN + sentence)


@pytest.mark.parametrize("sentence, day", [
    ("Defense Secretary William Cohen arrived in Hanoi on Monday and on Tuesday held talks with Defense Minister "
     "Pham Van Tra.", "2000-03-14"),
    ("Defense Secretary William Cohen arrived in Hanoi on Sunday and on Monday met Defense Minister Pham Van Tra.",
     "2000-03-13"),
    ("Defense Secretary William Cohen flew into Hanoi on Monday and on Tuesday he held talks with Defense Minister "
     "Pham Van Tra.", "2000-03-14"),
])
def test_a_day_opening_the_next_verbs_phrase_after_and_is_that_happenings(sentence, day):
    """ "arrived on Monday and on Tuesday held talks": the second day is the talks', not a second arrival."""
    found = events(COHEN + sentence)
    assert ("USA", "talks", day) in found
    assert [e for e in found if e[1] == "visit"] == [("USA", "visit", "2000-03-13" if day == "2000-03-14"
                                                      else "2000-03-12")]


def test_guard_a_span_of_two_days_is_not_split_by_a_participle():
    found = events(COHEN + "Defense Secretary William Cohen visited Hanoi on Monday and Tuesday, meeting Defense "
                   "Minister Pham Van Tra.")
    assert found == [("USA", "visit", "2000-03-13")]  # one visit from Monday; no second visit on Tuesday


@pytest.mark.parametrize("line", [
    "ALSO ON THIS PAGE:  Cease-fire monitoring cell meets in Kohima  •  Air fares to be revised from February",
    "Elsewhere on this page: Ministers meet in Delhi on Monday • Rain lashes city",
    "In other news - Delegation meets governor on Friday",
])
def test_a_print_pages_teaser_line_is_furniture(line):
    """A line of other stories on the page ("ALSO ON THIS PAGE: ...") is the page's, not the story's."""
    text = ("Hanoi, January 8, 2001 (PTI)\n\nPrime Minister Atal Bihari Vajpayee held talks with Prime Minister Phan "
            f"Van Khai today.\n\n{line}\n")
    assert any(f.text.strip() == line.strip() for f in article(text).furniture)
    assert events(text) == [("IND", "summit", "2001-01-08")]


PTI_JULY_22 = "NEW DELHI, July 22, 2023 (PTI)\n\n"


@pytest.mark.parametrize("sentence, expected", [
    ("The INS Kirpan, a Khukri-class corvette commissioned in 1991, was handed over to the Vietnam People's Navy at a "
     "ceremony at Cam Ranh on Saturday.", [("IND", "ceremony", "2023-07-22")]),
    ("The cutter Morgenthau, built in 1969, was handed over to Vietnam's coast guard in Honolulu.", []),
    ("The destroyer INS Delhi, an older ship launched in 1991, called at Cam Ranh on Saturday for a goodwill visit.",
     [("IND", "visit", "2023-07-22")]),
])
def test_a_date_in_a_set_off_phrase_of_a_things_past_dates_no_happening(sentence, expected):
    """ ", a corvette commissioned in 1991,": the ship's past, not the handover's year."""
    assert events(PTI_JULY_22 + sentence) == expected


def test_guard_a_date_opening_the_sentence_dates_its_clause():
    found = events(PTI_JULY_22 + "In 2019, the Indian destroyer INS Delhi, a ship of the Eastern Fleet, called at Cam "
                   "Ranh for a goodwill visit.")
    assert found == [("IND", "visit", "2019")]


@pytest.mark.parametrize("line", [
    "Phnom Penh, November 3, 2025 AKP -- U.S. Secretary of War Pete Hegseth held talks with General Phan Van Giang "
    "in Hanoi on Sunday.",
    "Vientiane, November 3, 2025 KPL - U.S. Secretary of War Pete Hegseth held talks with General Phan Van Giang in "
    "Hanoi on Sunday.",
    "Hanoi, November 3, 2025 VNA – U.S. Secretary of War Pete Hegseth held talks with General Phan Van Giang on "
    "Sunday.",
])
def test_a_bare_agency_after_the_dateline_date_closes_it(line):
    """ "Phnom Penh, November 3, 2025 AKP --": the agency's name without brackets, then a dash; Sunday is the one
    before the dateline's Monday, not the one after."""
    assert find_wire_dateline(line) is not None
    assert events("Regional\n\nHegseth in Hanoi\n\n" + line) == [("USA", "talks", "2025-11-02")]


@pytest.mark.parametrize("sentence, day", [
    ("US Secretary of War Pete Hegseth travelled to Hanoi after attending the ADMM-Plus in Kuala Lumpur on Saturday.",
     "2025-11-01"),
    ("US Secretary of War Pete Hegseth arrived in Da Nang after leaving the ASEAN meeting in Jakarta on Friday.",
     "2025-10-31"),
    ("US Secretary of War Pete Hegseth flew into Hanoi after wrapping up the Shangri-La Dialogue in Singapore on "
     "Sunday.", "2025-11-02"),
])
def test_a_day_after_after_a_gerund_is_what_he_did_before(sentence, day):
    """ "travelled to Hanoi after attending the ADMM-Plus ... on Saturday": the day of what he attended, not of the
    trip to Vietnam (which the report then dates by its own day)."""
    found = events("Hanoi, November 3, 2025 (AP)\n\n" + sentence)
    assert found and all(e[2] != day for e in found)


@pytest.mark.parametrize("sentence", [
    "US Secretary of War Pete Hegseth arrived in Vietnam before visiting the Philippines on Friday.",
    "Hegseth visited Japan in May.",
    "Hegseth toured Australia in April.",
])
def test_a_visit_whose_destination_is_a_third_country_is_not_coded(sentence):
    """ "visited Japan", "toured Australia": a third country named as the destination, not only its city."""
    found = events("Hanoi, November 5, 2025 (AP)\n\nUS Secretary of War Pete Hegseth held talks with General Phan "
                   "Van Giang. " + sentence)
    assert [e for e in found if e[1] == "visit"] == []


def test_guard_a_visit_to_vietnam_on_its_day_stays():
    found = events("Hanoi, November 3, 2025 (AP)\n\nUS Secretary of War Pete Hegseth arrived in Hanoi on Sunday after "
                   "attending the meeting in Kuala Lumpur.")
    assert found == [("USA", "visit", "2025-11-02")]


@pytest.mark.parametrize("stamp, day", [
    ("September, 11, 2023 - 13:47", "2023-09-11"),
    ("Story Code: 2951864 | September, 11, 2023", "2023-09-11"),
    ("June, 4, 2012 - 09:15", "2012-06-04"),
])
def test_a_stamp_with_a_comma_after_the_months_name_dates_the_page(stamp, day):
    """ "September, 11, 2023 - 13:47", as some agencies' pages set it."""
    assert published(f"World news\n\n{stamp}\n\nTies upgraded\n\n" + CARRIER)[0] == day


@pytest.mark.parametrize("sentence", [
    "A day earlier, on Thursday, Rajnath Singh visited the Hong Ha Shipyard in Hai Phong and handed over 12 "
    "high-speed guard boats to the Vietnam Border Guard.",
    "Yesterday, June 9, Defence Minister Rajnath Singh visited the Hong Ha Shipyard and handed over 12 guard boats to "
    "Vietnam's Border Guard.",
    "On June 9, a Thursday, Defence Minister Rajnath Singh visited the Hong Ha Shipyard and handed over 12 guard "
    "boats to Vietnam's Border Guard.",
])
def test_one_day_told_twice_before_the_clause_dates_each_of_its_happenings(sentence):
    """ "A day earlier, on Thursday, ...": two expressions of one day open the clause, which dates the visit and
    the handover both."""
    found = events("Nha Trang, June 10, 2022 (PTI)\n\n" + sentence)
    assert ("IND", "ceremony", "2022-06-09") in found and ("IND", "visit", "2022-06-09") in found


@pytest.mark.parametrize("url, day", [
    ("http://www.japantimes.co.jp/cgi-bin/getarticle.pl5?nn20031120b6.htm", "2003-11-20"),
    ("http://www.example-times.com/cgi-bin/story.pl?id20120604a3.html", "2012-06-04"),
    ("http://archive.example-news.com/cgi/show.cgi?ed20160903x1.htm", "2016-09-03"),
])
def test_a_day_after_a_querys_letters_dates_the_page(url, day):
    """Old publishing scripts named a page by a few letters, the day in eight figures and an item code."""
    assert published(f"{url}\n\nNews\n\n" + CARRIER) == (day, "stated")


def test_guard_eight_figures_inside_a_longer_number_are_no_day():
    url = "http://www.example-times.com/cgi-bin/story.pl?id2012060412345.html"
    assert published(f"{url}\n\nNews\n\n" + CARRIER)[0] != "2012-06-04"


@pytest.mark.parametrize("sentence", [
    "Defence Minister A.K. Antony held talks with General Phung Quang Thanh on Wednesday, a day after the ADMM-Plus "
    "wound up in the capital on Tuesday. The same day, Prime Minister Nguyen Tan Dung received Mr. Antony.",
    "Defence Minister A.K. Antony held talks with General Phung Quang Thanh on Wednesday, two days after the forum "
    "opened on Monday. That afternoon Prime Minister Nguyen Tan Dung received Antony.",
    "Defence Minister A.K. Antony met General Phung Quang Thanh on Wednesday, one day after the conference ended on "
    "Tuesday. Later that day he called on Prime Minister Nguyen Tan Dung.",
])
def test_the_day_counted_from_is_not_the_day_told_last(sentence):
    """ "..., a day after the ADMM-Plus wound up on Tuesday. The same day, ...": the same day as the story's day,
    not as the other happening's."""
    assert events(PTI_OCT_14 + sentence) == [("IND", "talks", "2010-10-13"), ("IND", "talks", "2010-10-13")]


@pytest.mark.parametrize("sentence", [
    "India will quickly put into operation a credit line for naval vessels, Prime Minister Narendra Modi said today "
    "after talks with his Vietnamese counterpart Nguyen Tan Dung.",
    "The two navies will hold more exercises, Prime Minister Narendra Modi told reporters after his talks with Prime "
    "Minister Nguyen Tan Dung on Tuesday.",
    "Vietnam would buy patrol boats from Indian yards, Prime Minister Narendra Modi announced on Tuesday following "
    "delegation-level talks with Prime Minister Nguyen Tan Dung.",
])
def test_a_plan_reported_after_talks_leaves_the_talks_held(sentence):
    """ "India will ..., Modi said today after talks with Dung": the plan is what was said; the talks it was said
    after were held."""
    assert events("NEW DELHI, Oct. 28, 2014 (PTI)\n\n" + sentence) == [("IND", "summit", "2014-10-28")]


def test_guard_talks_planned_in_the_reported_clause_stay_a_plan():
    sentence = "India will hold talks with Vietnam next month, Prime Minister Narendra Modi said on Tuesday."
    assert events("NEW DELHI, Oct. 28, 2014 (PTI)\n\n" + sentence) == []


PTI_AUG_2024 = "New Delhi, August 2, 2024 (PTI)\n\n"


@pytest.mark.parametrize("sentence, month", [
    ("In June last year General Phan Van Giang held talks with Defence Minister Rajnath Singh in New Delhi, and in "
     "July India handed over the corvette INS Kirpan to the Vietnam People's Navy at Cam Ranh.", "2023-07"),
    ("In March last year General Phan Van Giang visited New Delhi, and in May India handed over a patrol boat to "
     "Vietnam.", "2023-05"),
    ("In June 2022 General Phan Van Giang visited New Delhi, and in August India handed over a patrol boat to "
     "Vietnam.", "2022-08"),
])
def test_a_month_going_on_from_a_past_month_in_the_sentence_is_of_its_year(sentence, month):
    """ "In June last year ..., and in July India handed over ...": the July of that year, not the page's."""
    assert ("IND", "ceremony", month) in events(PTI_AUG_2024 + sentence)


@pytest.mark.parametrize("sentence", [
    "In June last year General Phan Van Giang visited New Delhi. In July India handed over a patrol boat to Vietnam.",
    "In June last year General Phan Van Giang visited New Delhi, and in March India handed over a patrol boat to "
    "Vietnam.",
    "They signed a memorandum on defence last year, and in July India handed over a patrol boat to Vietnam.",
])
def test_guard_a_month_in_another_sentence_before_the_month_or_after_a_year_is_the_pages(sentence):
    found = events(PTI_AUG_2024 + sentence)
    assert any(e[1] == "ceremony" and e[2].startswith("2024") for e in found)


@pytest.mark.parametrize("sentence, visit, ceremony", [
    ("In June 2022 General Phan Van Giang visited New Delhi, and then in August India handed over a patrol boat to "
     "Vietnam.", "2022-06", "2022-08"),
    ("General Phan Van Giang visited New Delhi in June 2022, and later in August India handed over a patrol boat to "
     "Vietnam.", "2022-06", "2022-08"),
    ("General Phan Van Giang visited New Delhi in March, and then in May India handed over a patrol boat to Vietnam.",
     "2024-03", "2024-05"),
])
def test_a_date_after_and_then_opens_the_next_clause(sentence, visit, ceremony):
    """ ", and then in August India handed over ...": the date is the next clause's, not the visit's."""
    assert events(PTI_AUG_2024 + sentence) == [("IND", "ceremony", ceremony), ("IND", "visit", visit)]


@pytest.mark.parametrize("sentence", [
    "The two leaders agreed to elevate the Viet Nam - India strategic partnership to a comprehensive strategic "
    "partnership on Saturday.",
    "On Saturday Narendra Modi and Nguyen Xuan Phuc raised the long-standing India - Vietnam strategic partnership "
    "to a comprehensive strategic partnership.",
    "India and Vietnam on Saturday upgraded their decades-old and wide-ranging strategic partnership to a "
    "comprehensive strategic partnership.",
])
def test_an_upgrade_of_a_partnership_named_at_length(sentence):
    """Six words between the verb and the partnership raised ("elevate the Viet Nam - India strategic partnership
    to")."""
    assert ("IND", "partnership_upgrade", "2016-09-03") in events("Hanoi, September 3, 2016 (PTI)\n\n" + sentence)
