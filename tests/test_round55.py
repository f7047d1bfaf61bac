"""Round 55 of the generalisation loop (from round 54's last pair, 754-755, and batches 756 on): general rules, each
on three or more phrasings written for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(type, first day, last day) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), e.date.end.isoformat()) for e in article(text).events)


# a year-less dateline whose lead tells an arrival "on <weekday> on a N-day visit": the story may be filed on any
# day of the stay (or the day after it), so the first year from the text's dated fact in which the dateline's day
# falls within the stay is the page's (Mar 14 2005 is a Monday, three days after Friday the 11th; Jun 20 2010 a
# Sunday, the day after a five-day stay begun Tuesday the 15th; Oct 6 2018 a Saturday, the third day of a stay
# begun Thursday the 4th)
@pytest.mark.parametrize("text, day", [
    ("Ho Chi Minh City, Mar 14 (PNS) Two Indian Navy ships arrived here on Friday on a four-day goodwill visit, "
     "their first call since a meeting of the two navies' chiefs in New Delhi in November 2004.\n\n"
     "The ships will leave on Tuesday.", "2005-03-14"),
    ("Da Nang, Jun 20 (VNX) - The Indian coast guard ship Samudra Prahari berthed at Tien Sa port on Tuesday for a "
     "five-day visit, the vessel's first since a memorandum on coast guard cooperation was signed in Hanoi in "
     "November 2009.\n\nHer crew played football with Vietnamese sailors.", "2010-06-20"),
    ("Cam Ranh, Oct 6 (AAP) Two Indian warships docked at Cam Ranh International Port on Thursday on a three-day "
     "port call, the first since the two navies held staff talks in Hanoi in August 2018.\n\n"
     "The ships' crews visited a local school.", "2018-10-06"),
])
def test_a_yearless_dateline_within_a_stay_of_days_begun_on_the_leads_weekday_takes_the_first_such_year(text, day):
    assert published(text) == (day, "inferred")


def test_guard_an_arrivals_weekday_without_a_stay_of_days_keeps_the_day_or_the_next():
    # Mar 14 is a Monday in 2005, three days after Friday: with no stay told, the first year in which Mar 14 is the
    # Friday or the Saturday after it (2008, a Friday)
    text = ("Ho Chi Minh City, Mar 14 (PNS) Two Indian Navy ships arrived here on Friday, their first call since a "
            "meeting of the two navies' chiefs in New Delhi in November 2004.\n\nThe crews visited a school.")
    assert published(text) == ("2008-03-14", "inferred")


def _counted_from(text: str) -> list[str]:
    """The years of the relations an article's anniversaries count back to (the upgrades it derives)."""
    return sorted(e.date.iso_start() for e in article(text).events if e.type == "partnership_upgrade")


# an anniversary counts from the year its own sentence gives the marking, not from the page's year
@pytest.mark.parametrize("text, year", [
    # the year marked as the anniversary: "marked 2022 as the 50th anniversary"
    ("HANOI, March 3, 2025 - Indian Navy ships called at Cam Ranh on Monday. India and Vietnam marked 2022 as the "
     "50th anniversary of the establishment of their diplomatic relations.", "1972"),
    ("Published: 9 June 2019\n\nIndian officers visited Hanoi. The two sides celebrated 2017 as the 45th anniversary "
     "of diplomatic ties.", "1972"),
    ("Published: 9 June 2023\n\nUS sailors were in Da Nang. Hanoi and Washington observed 2020 as the 25th "
     "anniversary of normalised relations.", "1995"),
    # a year named as the anniversary's: "2010, the year of the 15th anniversary"
    ("Published: 12 May 2012\n\nUS sailors in Da Nang. The format dates from 2010, the year of the 15th anniversary "
     "of normalised relations, when the first engagement took place in Da Nang.", "1995"),
    ("Published: 12 May 2024\n\nIndian sailors in Cam Ranh. The first visit came in 2022, the year of the 50th "
     "anniversary of diplomatic relations, with a call at Cam Ranh.", "1972"),
    ("Published: 2 March 2021\n\nAn exchange in Hanoi. The US-Vietnam dialogue began in 2010, the year of the fifteenth "
     "anniversary of normalized relations between the two countries.", "1995"),
    # a month told as last year's: "Last August, ... to mark fifteen years of"
    ("Published: 12 May 2011\n\nUS sailors in Da Nang. Last August, the destroyer USS John S. McCain called at Da "
     "Nang to mark fifteen years of normalised relations.", "1995"),
    ("Published: 20 March 2018\n\nIndian ships in Vietnam. Last November, two Indian ships called at Cam Ranh to "
     "celebrate 45 years of diplomatic relations.", "1972"),
    ("Published: 20 September 2021\n\nUS sailors in Vietnam. Last October, US and Vietnamese sailors held a search "
     "and rescue drill off Da Nang to mark 25 years of normalised relations.", "1995"),
    # a participle of timing after the happening's clause: "..., timed to mark 25 years of"
    ("Published: 12 October 2022\n\nUS sailors in Da Nang. In March 2020 the aircraft carrier USS Theodore Roosevelt "
     "called at Da Nang, timed to mark 25 years of diplomatic ties.", "1995"),
    ("Published: 2 May 2019\n\nIndian ships in Vietnam. In 2017 two Indian frigates called at Cam Ranh, timed to "
     "celebrate 45 years of diplomatic relations.", "1972"),
    ("Published: 8 January 2014\n\nUS ships in Vietnam. In July 2010 the destroyer USS John S. McCain called at "
     "Da Nang, meant to mark fifteen years of normalised relations.", "1995"),
])
def test_an_anniversary_counts_from_the_year_its_own_sentence_gives_the_marking(text, year):
    assert _counted_from(text) == [year]


def test_guard_an_anniversary_with_no_year_of_its_own_counts_from_the_page():
    text = ("Published: 12 May 2011\n\nUS sailors in Da Nang. The destroyer USS John S. McCain called at Da Nang to "
            "mark fifteen years of normalised relations.")
    assert _counted_from(text) == ["1996"]


def _places(text: str) -> list[tuple[str, str]]:
    """(type, location) of each event the kit codes in a small article."""
    return sorted((e.type, e.location) for e in article(text).events)


# a dateline in capitals opening the lead's line under a masthead and a stamp is where the story was filed, not the
# location of what the lead tells
@pytest.mark.parametrize("text, filed", [
    ("THE SETO INLAND TIMES | English Edition\nAsia > Defence\n\nCutter ends Vietnam call\n\n2019/05/18 10:20 JST\n\n"
     "HANOI - A U.S. Coast Guard cutter wrapped up a port call at Da Nang on Thursday.", "Hanoi"),
    ("HARBOUR NOTES WEEKLY\nIssue 40\n\nCoast guards talk\n\nPosted 18 May 2019\n\n"
     "NEW DELHI - Indian and Vietnamese coast guard officers held talks on Thursday.", "New Delhi"),
    ("PACIFIC LEDGER\nSecurity | Asia\n\nIndian ships in Vietnam\n\nMay 18, 2019\n\n"
     "HO CHI MINH CITY -- Two Indian Navy ships arrived on Thursday for a goodwill visit.", "Ho Chi Minh City"),
])
def test_a_dateline_in_capitals_under_the_masthead_is_no_events_location(text, filed):
    places = _places(text)
    assert places and all(p != filed for _t, p in places)


# where a ship or a unit is based is not where anything happened
@pytest.mark.parametrize("clause", [
    "The cutter Harriet Lane, homeported in Honolulu, arrived at Tien Sa port on May 14.",
    "The destroyer USS Mustin, home-ported at Yokosuka, arrived at Tien Sa port on May 14.",
    "A medical team based in Honolulu arrived at Tien Sa port on May 14.",
])
def test_a_ships_or_units_home_is_no_events_location(clause):
    text = "Published: 18 May 2019\n\nUS sailors in Vietnam. " + clause
    assert [p for t, p in _places(text) if t == "visit"] == [""]


# a visit told only by the day it ended, and the arrival told for a day before it, are one stay
@pytest.mark.parametrize("text, span", [
    ("Published: 18 April 2025\n\nA U.S. Coast Guard cutter wrapped up a port call at Da Nang on Thursday, the "
     "embassy said.\n\nThe cutter Harriet Lane arrived at Tien Sa port on April 14. Its crew held classes.",
     ("2025-04-14", "2025-04-17")),
    ("Published: 9 March 2018\n\nTwo Indian Navy ships concluded a goodwill visit to Cam Ranh on Wednesday.\n\n"
     "INS Satpura and INS Kadmatt had arrived at Cam Ranh International Port on March 4.", ("2018-03-04", "2018-03-07")),
    ("Published: 23 October 2012\n\nAn Indian Coast Guard ship ended its visit to Da Nang on Sunday.\n\n"
     "The ship, ICGS Sangram, docked at Tien Sa port on October 18 with 110 crew on board.", ("2012-10-18", "2012-10-21")),
])
def test_a_visit_told_by_its_end_runs_from_the_arrival_told_before_it(text, span):
    assert [(s, e) for t, s, e in _spans(text) if t == "visit"] == [span]


def test_guard_an_ended_visit_is_not_joined_to_an_arrival_weeks_before_it():
    text = ("Published: 18 April 2025\n\nA U.S. Coast Guard cutter wrapped up a port call at Da Nang on Thursday.\n\n"
            "Another cutter had arrived at Cam Ranh on March 2.")
    assert [(s, e) for t, s, e in _spans(text) if t == "visit"] == [("2025-03-02", "2025-03-02"),
                                                                     ("2025-04-17", "2025-04-17")]


# a partnership's name dates a page of a year-less dateline no earlier than the day it was formed (eras.csv): India's
# Strategic Partnership (6 July 2007) and Comprehensive Strategic Partnership (3 September 2016), the U.S.
# Comprehensive Partnership (25 July 2013)
@pytest.mark.parametrize("text, day", [
    # Nov 14 is a Wednesday in 2007, the day after the lead's Tuesday (and a Tuesday in 2006)
    ("New Delhi, Nov 14 (PNA) A Vietnamese air force delegation held talks with Indian Air Force officers here on "
     "Tuesday. The visit comes four months after the two countries established a strategic partnership.",
     "2007-11-14"),
    # Mar 10 is a Friday in 2017 (and in 2006 and 2023 before and after it)
    ("Hanoi, Mar 10 (VNX) Indian and Vietnamese army officers ended a staff conference on Friday. The two sides "
     "have held such talks under their comprehensive strategic partnership.", "2017-03-10"),
    # Oct 9 is a Wednesday in 2013, after July 2013 (and in 2002 before it)
    ("Da Nang, Oct 9 (PNS) US and Vietnamese military doctors held a joint clinic on Wednesday. The exchange falls "
     "under the comprehensive partnership between Vietnam and the United States.", "2013-10-09"),
])
def test_a_partnerships_name_dates_a_yearless_dateline_from_the_day_it_was_formed(text, day):
    assert published(text) == (day, "inferred")


def test_guard_a_partnerships_name_does_not_pull_the_page_before_a_later_year_it_tells():
    # "in 2022" is told as past: the first year from it in which Mar 22 is a Friday is 2024 (not 2019, the first
    # from the partnership of September 2016)
    text = ("THE SAPPERS' BULLETIN\n\nVietnamese sappers finish a course in Pune\n\nFriday, March 22\n\nIndian and "
            "Vietnamese sappers finished a course in Pune on Friday. Ties have "
            "grown since the two countries raised them to a Comprehensive Strategic Partnership in 2016, and the "
            "first joint course was held in 2022.")
    assert published(text)[0] == "2024-03-22"


# a year told as expected, scheduled or due, or one an invitation is for, is a plan's: it does not date the page
@pytest.mark.parametrize("plan", [
    "A follow-on field exercise is expected in 2025.",
    "Another round of the talks is scheduled for 2025.",
    "The U.S. has invited Vietnamese doctors to observe the Pacific Partnership mission in 2025.",
])
def test_a_year_told_as_expected_scheduled_or_invited_does_not_date_the_page(plan):
    # Dec 1 is a Sunday, the day after the lead's Saturday, in 2019 (the latest year told as past) and in 2024 (the
    # year before the plan's); read as told, 2025 would leave no such year up to the day the kit's knowledge was
    # checked
    text = ("Da Nang, 1 December\n\nUS and Vietnamese officers ran a search-and-rescue drill in Da Nang on Saturday. "
            "The first such drill was held in 2019. " + plan)
    assert published(text)[0] in ("2019-12-01", "2024-12-01")


# a season's issue with its word before the year ("Monsoon Edition, 2023") gives a year-less dateline its year
@pytest.mark.parametrize("line, day", [
    ("Monsoon Edition, 2023", "2023-08-21"),
    ("Summer Edition, 2016", "2016-08-21"),
    ("Pre-monsoon Edition, 2018", "2018-08-21"),
])
def test_a_seasons_issue_with_its_word_before_the_year_dates_a_yearless_dateline(line, day):
    text = ("THE GUNNER GAZETTE\nNewsletter of the Gunners' Association\n" + line + "\n\nVietnamese gunners visit\n\n"
            "Devlali, 21 August. A delegation of the Vietnam People's Army Artillery Command spent two days at the "
            "School of Artillery this week.")
    assert published(text)[0] == day


def test_guard_an_ended_visit_is_not_joined_to_another_persons_arrival():
    text = ("Published: 18 April 2025\n\nUS Indo-Pacific Commander Admiral Samuel Paparo concluded his visit to Hanoi "
            "on Thursday.\n\nVietnamese Deputy Defence Minister Hoang Xuan Chien arrived in Honolulu on April 14.")
    assert [(s, e) for t, s, e in _spans(text) if t == "visit"] == [("2025-04-14", "2025-04-14"),
                                                                     ("2025-04-17", "2025-04-17")]


# a craft one side takes from its own builders, or commissions into its own service at a ceremony, is one side's own
# act (triggers.csv)
@pytest.mark.parametrize("clause", [
    "The Vietnam People's Navy this week took delivery of a domestically built patrol craft at Hai Phong.",
    "The Vietnam Border Guard took delivery of two locally built patrol boats on Monday.",
    "Vietnam's navy took delivery of two new patrol vessels from its own Z189 shipyard on Monday.",
    "The Vietnam Coast Guard took delivery of a patrol ship from a domestic shipyard on Monday.",
    "Vietnam commissioned a new patrol vessel built at Hong Ha shipyard into its Coast Guard on Thursday at a "
    "ceremony in Hai Phong.",
    "The Vietnam Coast Guard commissioned two patrol ships built by Song Thu Corporation into its fleet at a "
    "ceremony in Da Nang on Monday.",
    "The navy commissioned the frigate into their fleet at a ceremony in Cam Ranh on Monday.",
])
def test_a_craft_taken_from_home_or_commissioned_into_its_own_service_is_no_ceremony(clause):
    text = "Published: 20 May 2019\n\nIndian ships called at Cam Ranh on Friday. " + clause
    assert [t for t, _s, _e in _spans(text)] == ["visit"]


@pytest.mark.parametrize("clause", [
    "The Vietnam Coast Guard took delivery of the former US cutter Morgenthau on Thursday.",
    "Vietnam took delivery of the last of the patrol boats from India's Larsen and Toubro on Monday.",
])
def test_guard_a_craft_taken_from_the_partner_is_still_a_handover(clause):
    text = "Published: 20 May 2019\n\nIndian ships called at Cam Ranh on Friday. " + clause
    assert "ceremony" in [t for t, _s, _e in _spans(text)]


# a happening told as held on the guests' departure, with no day of its own, is of the day of the leaving told before
# it (or the last day of the stay told just before)
@pytest.mark.parametrize("text, day", [
    ("HO CHI MINH CITY, May 14, 2007 (PNS) - Two Indian Navy ships left Ho Chi Minh City on Monday after a four-day "
     "visit.\n\nThe crews played football.\n\nOn leaving port, the Indian ships carried out a passage exercise with two "
     "Vietnamese frigates off Vung Tau.", "2007-05-14"),
    ("HANOI, June 14, 2017 - Two Indian warships left Cam Ranh on Tuesday. On departure they sailed in formation "
     "with the Vietnamese frigate Dinh Tien Hoang in a passage exercise.", "2017-06-13"),
    ("HANOI, Aug 20, 2005 - Two Indian ships called at Ho Chi Minh City from August 14 to 17. On the day of "
     "departure the two navies held a short passage exercise off Vung Tau.", "2005-08-17"),
])
def test_a_happening_on_departure_is_dated_by_the_leaving(text, day):
    assert [s for t, s, _e in _spans(text) if t == "exercise"] == [day]


def test_guard_a_happening_on_departure_with_its_own_day_keeps_it():
    text = ("HANOI, Feb 25, 2025 - Two Indian ships called at Cam Ranh from February 18 to 21. On leaving Cam Ranh, "
            "the Indian ships carried out a passage exercise with a Vietnamese frigate on February 22.")
    assert [s for t, s, _e in _spans(text) if t == "exercise"] == ["2025-02-22"]


# a ship's arrival words open a meeting told as held on the arrival ("Hours after docking, ..."), and the arrival may
# be the lead's, told sentences before: the one visit dated to a day that the article told before it
@pytest.mark.parametrize("opening", [
    "Hours after docking, Commander Rao called on Colonel Tran Minh Duc, the region's commander.",
    "Within an hour of berthing, Commander Rao called on Colonel Tran Minh Duc, the region's commander.",
    "Shortly after mooring, Commander Rao held talks with Colonel Tran Minh Duc, the region's commander.",
])
def test_a_meeting_told_on_a_ships_arrival_takes_the_arrivals_day(opening):
    text = ("HO CHI MINH CITY, Oct 14, 2004 - An Indian Coast Guard ship berthed at Nha Rong wharf on Tuesday for a "
            "goodwill visit.\n\nThe ship arrived from Manila with 110 crew.\n\nA naval band met the vessel on the "
            "quayside.\n\n" + opening)
    assert [s for t, s, _e in _spans(text) if t == "talks"] == ["2004-10-12"]


@pytest.mark.parametrize("clause", [
    "Last month it took delivery of two new patrol boats built at a domestic yard in Hai Phong on Monday.",
    "The navy took delivery of a corvette built by its own shipyard on Monday.",
    "The coast guard took delivery of two cutters made at a local yard on Monday.",
])
def test_a_craft_built_at_a_yard_at_home_is_no_handover(clause):
    text = "Published: 20 May 2019\n\nIndian ships called at Cam Ranh on Friday. " + clause
    assert [t for t, _s, _e in _spans(text)] == ["visit"]


def test_guard_a_meeting_on_arrival_far_from_two_dated_visits_takes_neither_day():
    text = ("HO CHI MINH CITY, Oct 14, 2004 - An Indian Coast Guard ship berthed at Nha Rong wharf on Tuesday. An "
            "Indian Navy frigate had called at Da Nang on October 2.\n\nThe ship arrived from Manila with 110 crew.\n\n"
            "A naval band met the vessel on the quayside.\n\nHours after docking, Commander Rao called on Colonel Tran "
            "Minh Duc, the region's commander.")
    assert [s for t, s, _e in _spans(text) if t == "talks"] == []


# a trip of one's own time ("on leave", "on holiday", "on a private visit") is no official visit
@pytest.mark.parametrize("clause", [
    "His Indian course-mate, Major Arjun Bhattacharya, visited Hanoi in August on leave.",
    "Colonel Rao travelled to Da Nang in August on holiday with his family.",
    "Commander Singh visited Hanoi in August on a private visit.",
])
def test_a_trip_on_leave_or_a_private_visit_is_no_visit(clause):
    assert _spans("Published: 20 October 2021\n\nIndian officers. " + clause) == []


def test_guard_an_official_visit_in_the_same_words_stays():
    text = "Published: 20 October 2021\n\nIndian officers. Commander Singh visited Hanoi in August for talks."
    assert [t for t, _s, _e in _spans(text)] == ["visit"]
