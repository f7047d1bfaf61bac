"""Round 43 of the generalisation loop (batches 442-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import article, published

from ties_lib.corpus import merge_events_grouped
from ties_lib.dates import Anchor, DateValue, find_dates, resolve


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "coded"), [
    ("NEW DELHI, 1 August 2024 - Prime Minister Pham Minh Chinh held talks with Prime Minister Narendra Modi "
     "today. After the talks, the Vietnamese leader called on President Droupadi Murmu.",
     [("summit", "2024-08-01"), ("summit", "2024-08-01")]),
    ("HANOI, 3 September 2016 - Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc "
     "today. Later in the day the Indian leader called on President Tran Dai Quang.",
     [("summit", "2016-09-03"), ("summit", "2016-09-03")]),
    ("HANOI, 23 May 2016 - President Barack Obama held talks with President Tran Dai Quang today. The American "
     "leader then met Prime Minister Nguyen Xuan Phuc.", [("summit", "2016-05-23"), ("summit", "2016-05-23")]),
    ("NEW DELHI, 1 August 2024 - Prime Minister Pham Minh Chinh held talks with Prime Minister Narendra Modi "
     "today. After the talks, he called on President Droupadi Murmu.",
     [("summit", "2024-08-01"), ("summit", "2024-08-01")]),
])
def test_a_head_told_by_nationality_and_leader_is_the_guest_told_before(text, coded):
    """(A leader's call on the other side's head of state is a summit, not talks.)"""
    assert _coded(text) == coded


@pytest.mark.parametrize(("foot", "day"), [
    ("Printed and published by the Harbour Trust, Vasco da Gama, Goa. Edition dated Friday, 8 November 2019.",
     "2019-11-08"),
    ("Coastal Weekly | Issue of 12 March 2021 | Page 4", "2021-03-12"),
    ("This edition dated June 3, 2016 was compiled by our desk in Kochi.", "2016-06-03"),
])
def test_an_imprint_at_the_foot_names_the_editions_day(foot, day):
    """(The second, an issue line of its own, passed before the change: a guard.)"""
    # the dateline has no year; the imprint under the story is the only stamp
    text = ("Navies meet\n\nKOCHI, Nov 7: Vice Admiral Rakesh Menon held staff talks with a Vietnam People's Navy "
            "delegation on Monday, officials said.\n\n" + foot
            + "\n\nMORE FROM THE HARBOUR\n- Dredging contract awarded\n")
    assert published(text) == (day, "stated")


def test_an_edition_of_an_exercise_is_no_imprint_guard():
    text = ("Navies meet\n\nKOCHI, 7 November 2019 - The two navies held the 2019 edition of their exercise this week. "
            "The next edition of the drill is planned for 12 March 2021.\n")
    assert published(text) == ("2019-11-07", "stated")


_LEAD = "HANOI, Aug. 22, 2017\n\nOfficials said on Monday that talks went well. "


@pytest.mark.parametrize("text", [
    "A visit to Washington by General Ngo Xuan Lich is tentatively planned for October 3.",
    "A port call at Da Nang by the destroyer USS Mustin is currently scheduled for October 3.",
    "A subject matter expert exchange on disaster response with the Vietnam People's Army is tentatively set for "
    "Sept. 29 in Hanoi.",
])
def test_a_plan_with_an_adverb_of_its_own_is_no_event(text):
    """(The third, with no trigger for the exchange before the change, passed before it: a guard.)"""
    # "is tentatively planned for October 3" in a story of 22 August: a plan, not a visit of last October
    assert _coded(_LEAD + text) == []


@pytest.mark.parametrize("text", [
    "Earlier this week a Travis team briefed the Vietnam People's Air Force on possible follow-on subject matter "
    "expert exchanges.",
    "Defense Secretary Jim Mattis and General Ngo Xuan Lich on Monday discussed a potential carrier visit to Da "
    "Nang.",
    "The Vietnam People's Navy and the U.S. Navy on Monday weighed a prospective joint exercise off Cam Ranh.",
])
def test_a_happening_told_as_possible_is_no_event(text):
    """(The first, with no trigger for the exchange before the change, passed before it: a guard.) The talks in
    which it was weighed stay."""
    assert [t for t, _d in _coded(_LEAD + text)] in ([], ["talks"])


@pytest.mark.parametrize(("text", "coded"), [
    ("U.S. Pacific Air Forces and the Vietnam People's Air Force held a virtual subject matter expert exchange on "
     "flight "
     "safety Aug. 14-18.", [("exercise", "2017-08-14")]),
    ("U.S. Air Force medics wrapped up a five-day aeromedical evacuation subject-matter expert exchange with the "
     "Vietnam People's Air Force in Hanoi on Friday.", [("exercise", "2017-08-14")]),  # five days to Friday the 18th
    ("Two U.S. Army engineers and Vietnamese counterparts held a subject matter expert exchange on explosive "
     "ordnance disposal in Quang Tri on Aug. 16.", [("exercise", "2017-08-16")]),
])
def test_a_subject_matter_expert_exchange_is_a_training_activity(text, coded):
    assert _coded(_LEAD + text) == coded


def test_an_expert_exchange_a_visit_was_for_is_the_visits_guard():
    # the exchange the delegation came for is the visit's programme: one event, the visit
    text = ("A seven-member delegation from the Vietnam People's Army visited Tripler Army Medical Center in Hawaii on "
            "Aug. 14 for a four-day subject matter expert exchange on trauma care with U.S. Army doctors.")
    assert [t for t, _d in _coded(_LEAD + text)] == ["visit"]


@pytest.mark.parametrize(("text", "coded"), [
    ("Twelve officers of the Vietnam People's Navy completed a ten-week hydrographic survey course at the Indian "
     "Navy's institute in Goa on Friday.", [("exercise", "2017-08-18")]),
    ("Eighteen officers of the Vietnam People's Army on Aug. 18 finished a three-week peacekeeping course at the "
     "Indian Army's centre in New Delhi.", [("exercise", "2017-08-18")]),
    ("Vietnamese pilots attended a conversion course run by the Indian Air Force at Yelahanka from Aug. 7 to 18.",
     [("exercise", "2017-08-07")]),
])
def test_a_course_the_other_sides_personnel_finished_is_a_training_activity(text, coded):
    assert _coded(_LEAD + text) == coded


@pytest.mark.parametrize("text", [
    "On Aug. 18, the Provincial Military Command welcomed Lieutenant Colonel Huynh Thanh Tam back to the unit after "
    "he completed the staff course at India's Defence Services Staff College.",
    "Colonel Le Van Binh was promoted on Aug. 18 after completing a course at India's National Defence College.",
    "On Aug. 18 Colonel Le Van Binh took up his post, since he had finished the course at India's staff college.",
])
def test_a_course_told_as_what_came_before_is_no_training_event(text):
    """Guards of the course rule above (no course was a trigger before it): the welcome's or promotion's day is not
    the course's."""
    assert "exercise" not in [t for t, _d in _coded(_LEAD + text)]


@pytest.mark.parametrize(("text", "day"), [
    ("US Army and Vietnam People's Army planners met in Hanoi on Tuesday, December 10, for two days of staff talks. "
     "On Thursday, Deputy Minister Hoang Xuan Chien received US Ambassador Marc Knapper. Expect more of the same in "
     "2025, which marks 30 years since diplomatic relations were normalised.", "2024-12-10"),
    ("Ambassador Marc Knapper called on Senior Lieutenant General Hoang Xuan Chien on Wednesday, 13 March, to discuss "
     "war legacy work. The embassy hopes to open a new consulate in 2025.", "2024-03-13"),
    ("Ambassador Marc Knapper met Senior Lieutenant General Hoang Xuan Chien on Friday, June 7, in Hanoi. The two "
     "sides said they would mark the 30th anniversary of relations in 2025 with a series of events.", "2024-06-07"),
])
def test_a_day_told_with_its_weekday_outweighs_a_year_the_text_names(text, day):
    # no stamp: the officials' terms allow several years; the weekday fits 2024, the year named (2025) does not
    assert day in [d for _t, d in _coded("Ties\n\n" + text)]


@pytest.mark.parametrize("text", [
    "US Army and Vietnam People's Army planners met in Hanoi on Tuesday, December 10, with Ambassador Marc Knapper. "
    "The two sides agreed on a list of activities for next year, including a subject-matter expert exchange on "
    "disaster response.",
    "Ambassador Marc Knapper met Senior Lieutenant General Hoang Xuan Chien on Tuesday, December 10. They drew up a "
    "calendar for next year, among them a joint search and rescue exercise off Da Nang.",
    "Ambassador Marc Knapper met Senior Lieutenant General Hoang Xuan Chien on Tuesday, December 10. Their agenda for "
    "next year lists a port call by a U.S. Navy destroyer at Cam Ranh.",
])
def test_a_happening_counted_forward_past_an_inferred_page_date_is_a_plan(text):
    """(The first, with no trigger for the exchange before the change, passed before it: a guard.)"""
    # the page has no stamp (December 2024 from the weekday and the officials): "next year" is after it
    assert _coded("Staff talks\n\n" + text) == [("talks", "2024-12-10")]


def _days(text: str, on: str) -> list[tuple[str, str]]:
    """Each date of one sentence and its resolved start, for a page of the day ``on``."""
    day = dt.date.fromisoformat(on)
    anchor = Anchor(now=DateValue(day, day, "day", "stated"))
    return [(e.text, v.iso_start() if v else "") for e, v, _n in resolve(find_dates(text), anchor, [(0, len(text))],
                                                                         text)]


@pytest.mark.parametrize(("text", "day"), [
    ("Vietnam will host a U.S. Navy aircraft carrier in 2018, under an agreement reached by the two defence chiefs "
     "at the Pentagon on Aug. 8.", ("Aug. 8", "2017-08-08")),
    ("India is to deliver the last patrol boats in 2018, officials said after Defence Minister Arun Jaitley met "
     "General Ngo Xuan Lich in New Delhi on July 4.", ("July 4", "2017-07-04")),
    ("The two navies plan to hold a joint exercise in 2018, Vice Admiral Pham Hoai Nam said when he met Admiral "
     "Sunil Lanba in Hanoi on June 20.", ("June 20", "2017-06-20")),
])
def test_a_plans_year_is_not_the_year_of_a_day_told_after_it(text, day):
    # a page of 9 August 2017: the day is this year's, not the plan's 2018
    assert day in _days(text, "2017-08-09")


def test_a_readers_memory_is_no_plan_guard():
    text = "Old hands will recall that in December 2016 Kiltan sailed to Ho Chi Minh City, berthing there on 24 Dec."
    assert ("24 Dec", "2016-12-24") in _days(text, "2017-08-09")


@pytest.mark.parametrize(("line", "day", "met"), [
    ("HANOI, Friday 10 June - Defence Minister Rajnath Singh and General Phan Van Giang held talks on Wednesday, "
     "officials said.", "2022-06-10", "2022-06-08"),
    ("NEW DELHI, Monday 1 August - Ambassador Marc Knapper met Senior Lieutenant General Hoang Xuan Chien in Hanoi "
     "on Saturday, the embassy said.", "2022-08-01", "2022-07-30"),
    ("HANOI, Wednesday 12 June - Ambassador Marc Knapper met Senior Lieutenant General Hoang Xuan Chien on Monday, "
     "the embassy said.", "2024-06-12", "2024-06-10"),
])
def test_a_datelines_weekday_before_its_day_is_the_pages(line, day, met):
    # no year anywhere: the officials' terms and the dateline's weekday give the page's day, and the meeting's
    text = "Talks\n\n" + line + "\n"
    assert published(text)[0] == day
    assert [d for _t, d in _coded(text)] == [met]


def test_a_labelled_dateline_is_a_dateline():
    from ties_lib.anchoring import find_wire_dateline
    found = find_wire_dateline("Dateline: Bangkok, Friday 13 December\n\nThe two sides held a workshop this week.")
    assert found is not None and found.date == "13 December"


@pytest.mark.parametrize(("head", "body", "day"), [
    ("PACIFIC NOTES\nWeekly notes on security in Asia\nVol. 6, No. 11 -- Week of March 20",
     "Defense Secretary William Cohen held talks with General Pham Van Tra in Hanoi on March 14.\n\n(c) 2000 Pacific "
     "Notes", "2000-03-20"),
    ("DEFENCE WEEKLY\nNotes from the Pentagon\nNo. 42 — Week of Nov. 8",
     "Defense Secretary Mark Esper held talks with General Ngo Xuan Lich in Hanoi on Nov. 5.\n\n(c) 2019 Defence "
     "Weekly", "2019-11-08"),
    ("MEKONG NOTES\nA weekly letter on Southeast Asia\nVol. 2, No. 30 -- Week of July 24",
     "Defense Secretary Jim Mattis hosted General Ngo Xuan Lich at the Pentagon on July 18.\n\n(c) 2017 Mekong Notes",
     "2017-07-24"),
])
def test_a_weeklys_week_set_apart_by_a_dash_is_its_issue_day(head, body, day):
    assert published(head + "\n\nTALKS\n\n" + body + "\n")[0] == day


@pytest.mark.parametrize(("text", "coded"), [
    ("HANOI, 15 March 2019 - A 12-member Indian Army training team on Friday concluded a two-week UN peacekeeping "
     "course for Vietnamese officers in Hanoi. The course, held from March 4 to 15 at the Vietnam Department of "
     "Peacekeeping Operations, covered convoy operations.", [("exercise", "2019-03-04")]),
    ("NEW DELHI, 23 March 2018 - Twenty-two officers of the Vietnam People's Army completed a UN peacekeeping course "
     "at the Indian Army's centre on Friday. The course, conducted from March 5 to 23, trained the officers in "
     "mission logistics.", [("exercise", "2018-03-05")]),
    ("NEW DELHI, 28 February 2014 - Eight officers of the Vietnam People's Army on Thursday completed a UN military "
     "observers' course at the Indian Army's centre in New Delhi. The course, which began on January 30, covered "
     "negotiation.", [("exercise", "2014-01-30")]),
])
def test_a_course_told_by_its_days_and_by_its_finish_is_one_course(text, coded):
    # the day it was finished and the days it ran (or the day it began) are one course, from its first day, once
    # the article's records are merged
    events = merge_events_grouped(list(article(text).events))
    assert sorted((e.type, e.date.iso_start()) for e in events) == coded
    assert events[0].date.is_range


def test_a_day_inside_a_longer_exercise_is_its_own_guard():
    text = ("MANILA, 20 August 2023 - Pacific Partnership 2023 ran in Vietnam from August 10 to 20 with the Vietnam "
            "People's Army. On Aug. 16-17, U.S. Navy and Vietnamese medics held a joint exercise at Phu Yen hospital.")
    assert len([e for e in merge_events_grouped(list(article(text).events)) if e.type == "exercise"]) == 2


@pytest.mark.parametrize(("text", "day"), [
    ("Defense Secretary William Cohen visited Hanoi in March 2000. In November that same year President Bill Clinton "
     "visited Hanoi.", ("visit", "2000-11")),
    ("The first U.S. Navy ship called at Ho Chi Minh City in November 2003. In July that same year Defense Minister "
     "Pham Van Tra had held talks with Defense Secretary Donald Rumsfeld in Washington.", ("talks", "2003-07")),
    ("India and Vietnam signed a defence memorandum in 2009. In December of that same year General Phung Quang Thanh "
     "visited New Delhi.", ("visit", "2009-12")),
])
def test_a_month_of_that_same_year_is_of_the_year_just_told(text, day):
    assert day in [(t, d[:7]) for t, d in _coded("Notes\n\nHANOI, 2 April 2021 - " + text)]


@pytest.mark.parametrize("text", [
    "CHENNAI, 14 November 2019 - Indian Coast Guard Ship Sagar Rakshak returned to Chennai on Wednesday after a "
    "five-day goodwill visit to Da Nang, where her crew held joint drills with the Vietnam Coast Guard. The ship "
    "had arrived at Da Nang on November 4.",
    "VISAKHAPATNAM, 14 November 2019 - INS Sahyadri sailed home on Wednesday following its port call at Cam Ranh,"
    " during which it exercised with the Vietnam People's Navy. The frigate had arrived at Cam Ranh on November "
    "4.",
    "HAI PHONG, 14 November 2019 - The Vietnam Coast Guard patrol vessel CSB 8001 came back to Hai Phong on "
    "Wednesday after a week-long goodwill visit to Chennai, where it held drills with the Indian Coast Guard. The"
    " vessel had arrived in Chennai on November 4.",
])
def test_a_returns_day_is_not_the_trips(text):
    # "returned ... on Wednesday after a five-day visit to Da Nang, where her crew held drills": the Wednesday is the
    # return's; the visit is the one told by its arrival, and no visit or drill is coded on the return's day
    assert _coded(text) == [("visit", "2019-11-04")]


@pytest.mark.parametrize("text", [
    "HO CHI MINH CITY, 13 March 2025 - An Indian Army medical team wrapped up a five-day battlefield trauma "
    "workshop for Vietnamese military doctors at Military Hospital 175 on Wednesday.",
    "NHA TRANG, 13 March 2025 - Indian Navy instructors wrapped up a two-week English-language course for "
    "Vietnamese naval cadets at the Naval Academy on Wednesday.",
    "HAI PHONG, 13 March 2025 - A U.S. Coast Guard team completed a search and rescue workshop for the "
    "Vietnam Coast Guard in Hai Phong on Wednesday.",
])
def test_a_workshop_or_course_wrapped_up_or_completed_is_a_training_activity(text):
    # a page of Thursday 13 March 2025: "on Wednesday" is the 12th, the last day of the course
    assert _coded(text) == [("exercise", "2025-03-12")]


@pytest.mark.parametrize(("text", "days"), [
    ("HANOI, 23 August 2024 - U.S. Army nurses held an exchange with Vietnamese nurses at Military Hospital "
    "108. The exchange ran Aug. 19-22 and was the first of its kind.",
     ('2024-08-19', '2024-08-22')),
    ("HANOI, 23 August 2024 - Indian Army instructors taught Vietnamese officers at the peacekeeping centre. "
    "The course ran Aug. 5-16 and covered convoy drills.",
     ('2024-08-05', '2024-08-16')),
    ("HANOI, 23 August 2024 - U.S. Air Force medics met Vietnamese colleagues in Hanoi for a workshop on "
    "aeromedical evacuation. The workshop ran Aug. 12-14 at Military Hospital 108.",
     ('2024-08-12', '2024-08-14')),
])
def test_an_exchange_course_or_workshop_that_ran_on_days_told_straight_after_is_dated_by_them(text, days):
    """(The course, a trigger of its own before the change, passed before it: a guard.)"""
    events = article(text).events
    assert [(e.type, e.date.iso_start(), e.date.iso_end()) for e in events] == [("exercise", *days)]


@pytest.mark.parametrize(("name", "actor_id"), [
    ("Air Chief Marshal V R Chaudhari", "v-r-chaudhari"),
    ("Air Chief Marshal RKS Bhadauria", "r-k-s-bhadauria"),
    ("Air Chief Marshal Arup Raha", "arup-raha"),
])
def test_indias_air_chiefs_are_in_the_actor_base(name, actor_id):
    # the Chiefs of the Air Staff, with their dated terms (ties_lib/data/actors.csv, each row sourced)
    text = f"NEW DELHI, 9 February 2023 - {name} held talks with a Vietnam People's Air Force delegation today."
    assert actor_id in {a.actor_id for a in article(text).actors}


@pytest.mark.parametrize(("text", "coded"), [
    ("DA NANG, Nov. 9, 2018 - Defense Secretary Jim Mattis visited the Bien Hoa base on Oct. 17, the day "
     "after talks in Hanoi with Defence Minister General Ngo Xuan Lich.",
     [('talks', '2018-10-16'), ('visit', '2018-10-17')]),
    ("DA NANG, Nov. 9, 2018 - Defense Secretary Jim Mattis toured Bien Hoa on Oct. 17, the day after his "
     "talks in Hanoi with Defence Minister General Ngo Xuan Lich.",
     [('talks', '2018-10-16'), ('visit', '2018-10-17')]),
    ("HANOI, 12 June 2022 - Defence Minister Rajnath Singh laid a wreath at the Ho Chi Minh Mausoleum on 7"
     " June, the day before his talks with General Phan Van Giang.",
     [('talks', '2022-06-08')]),
])
def test_the_day_after_a_happening_set_against_a_day_just_told(text, coded):
    # "on Oct. 17, the day after talks in Hanoi": the talks are told here, on the day before the 17th (not the 17th
    # and the day after it, one span)
    assert _coded(text) == coded


@pytest.mark.parametrize(("text", "day"), [
    ("ORIENT NOTES\nBriefings on Asian defence and security | Issue 311 | Week of 7-13 March 2022\n\nMine "
     "action\n\nHUE -- US Army engineers completed a two-week mine action course for Vietnam People's Army"
     " engineers on Friday.\n",
     '2022-03-07'),
    ("HARBOUR LETTER\nNews and views from the port of Kochi | Vol. 12 | March 2019\n\nStaff talks\n\nKOCHI"
     " -- The Indian Navy held staff talks with a Vietnam People's Navy delegation on Tuesday.\n",
     '2019-03'),
    ("PACIFIC WATCH\nA newsletter on Indo-Pacific security · No. 87 · June 2023\n\nShip visit\n\nCAM RANH "
     "-- A U.S. Navy destroyer called at Cam Ranh on Monday, officers of the Vietnam People's Navy said.\n",
     '2023-06'),
])
def test_an_issue_line_after_a_taglines_cell(text, day):
    # "Briefings on Asian defence and security | Issue 311 | Week of 7-13 March 2022": the tagline's cell first
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("text", "day"), [
    ("Medics in Nha Trang\n\nNHA TRANG, Thursday, March 16 - Indian Army doctors ended an exchange at "
     "Military Hospital 87 on Wednesday. The visit comes a year after India and Vietnam marked 50 "
     "years of diplomatic relations, which were established in January 1972.\n",
     '2023-03-16'),
    ("Medics in Nha Trang\n\nDA NANG, Thursday, March 17 - U.S. Navy doctors ended an exchange at "
     "Military Hospital 17 on Wednesday. The visit comes two years after Vietnam and the United States"
     " marked 25 years of diplomatic relations, which were normalised in July 1995.\n",
     '2022-03-17'),
    ("Medics in Nha Trang\n\nHANOI, Friday, October 13 - Indian Navy officers ended a course at the "
     "Naval Academy on Thursday. It comes a year after the two countries celebrated 15 years of their "
     "strategic partnership, set up in July 2007.\n",
     '2023-10-13'),
])
def test_a_count_of_a_count_dates_the_page(text, day):
    # "a year after the two countries marked 50 years of relations, established in January 1972": 1972 + 50 + 1
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize(("line", "month"), [
    ("Vol. 6, Issue 7 | February 2014 | Saturday Edition", "2014-02"),
    ("No. 12 | March 2019 | Sunday edition", "2019-03"),
    ("Vol. 9 | July 2016 | Friday Edition", "2016-07"),
])
def test_an_issue_line_with_its_editions_weekday(line, month):
    text = ("THE COASTAL REVIEW\nA weekly of the port\n" + line + "\n\nSubmariners\n\nThe Vietnam People's Navy's "
            "deputy commander met Indian Navy officers at the Eastern Naval Command this week.\n")
    assert published(text) == (month, "stated")


@pytest.mark.parametrize("text", [
    "HANOI, Nov. 25, 2024 - Defence Minister Rajnath Singh spoke by video link with General Phan Van "
     "Giang on Friday, the ministry said.",
    "HANOI, Nov. 25, 2024 - Defense Secretary Lloyd Austin talked over a video link with General Phan"
     " Van Giang on Friday.",
    "HANOI, Nov. 25, 2024 - Deputy Defence Minister Hoang Xuan Chien and Ambassador Marc Knapper "
     "spoke by video link on Friday.",
])
def test_a_call_told_as_speaking_by_video_link(text):
    events = article(text).events
    assert [(e.type, e.date.iso_start(), e.modality) for e in events] == [("talks", "2024-11-22", "virtual")]


@pytest.mark.parametrize(("text", "days"), [
    ("DA NANG, Aug. 25, 2022 - U.S. Coast Guard planners wrapped up a search-and-rescue exchange with "
     "the Vietnam Coast Guard on Wednesday. The exchange, held Aug. 21-24 at the headquarters of "
     "Vietnam Coast Guard Region 2, brought together planners.",
     ('2022-08-21', '2022-08-24')),
    ("HANOI, Nov. 4, 2024 - A U.S. Army team ended a course for Vietnamese engineers on Friday. The "
     "course, held Oct. 21-Nov. 1 at the Engineering Command, trained 30 officers.",
     ('2024-10-21', '2024-11-01')),
    ("HANOI, May 25, 2025 - Indian Army doctors ended a workshop for Vietnamese military medics on "
     "Friday. The workshop, conducted May 19-23 at Military Hospital 108, covered trauma care.",
     ('2025-05-19', '2025-05-23')),
])
def test_a_training_activity_held_on_days_in_a_participle(text, days):
    # "The exchange, held Aug. 21-24 at ...": its days, as US releases write them, in a participle after it
    events = merge_events_grouped(list(article(text).events))
    assert [(e.type, e.date.iso_start(), e.date.iso_end()) for e in events] == [("exercise", *days)]


@pytest.mark.parametrize(("text", "year"), [
    ("WASHINGTON, 3 March 2025 - The 2015 Joint Vision Statement on Defense Relations, signed in Hanoi"
     " by then-Secretary Ash Carter and Gen. Phung Quang Thanh, set the course.",
     '2015'),
    ("NEW DELHI, 3 March 2025 - Ties rest on the 2009 Memorandum of Understanding on Defence "
     "Cooperation, which was signed by Defence Minister A.K. Antony and General Phung Quang Thanh.",
     '2009'),
    ("WASHINGTON, 3 March 2025 - The 2013 Memorandum of Understanding on Peacekeeping Cooperation was "
     "signed by Defense Secretary Chuck Hagel and General Phung Quang Thanh.",
     '2013'),
])
def test_a_signing_with_no_day_is_of_the_year_its_document_is_named_by(text, year):
    # "The 2015 Joint Vision Statement, signed in Hanoi by Carter and Thanh": a meeting of the two who signed, in
    # 2015, not on the day of a commentary of 2025
    assert _coded(text) == [("talks", year)]
