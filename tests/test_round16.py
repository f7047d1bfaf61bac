"""Round 16: classes of the batches written blind after round 15.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

import pytest
from conftest import events, published

from ties_lib.actors import is_vietnamese_id
from ties_lib.dates import figure_order

ARRIVAL = "HANOI, Vietnam, Tuesday, March 14, 2000\n\nDefense Secretary William Cohen arrived in Hanoi on Monday. "


@pytest.mark.parametrize("told", [
    "He held talks with Defense Minister Pham Van Tra at the ministry. "
    "Later in the day Cohen was received by Prime Minister Phan Van Khai.",
    "The hourlong meeting between Cohen and Gen. Pham Van Tra followed a review of an honor guard. "
    "Later that day Cohen called on Prime Minister Phan Van Khai.",
    "He sat down with Gen. Pham Van Tra at a government guest house. "
    "Prime Minister Phan Van Khai received Cohen later in the day.",
])
def test_a_meeting_later_in_the_day_tells_an_earlier_one(told):
    """ "Later in the day" he met the Prime Minister: the meeting told before, with the minister, is its own,
    on the same day (not a detail of the later one)."""
    assert events(ARRIVAL + told) == [("USA", "talks", "2000-03-13"), ("USA", "talks", "2000-03-13"),
                                      ("USA", "visit", "2000-03-13")]


def test_the_same_host_later_in_the_day_is_one_meeting():
    """Guard: what is told before with the later meeting's own host is that meeting, not another."""
    text = ARRIVAL + ("He and Prime Minister Phan Van Khai talked about war legacies. Later in the day Cohen was "
                      "received by Prime Minister Phan Van Khai at the Government Office.")
    assert events(text) == [("USA", "talks", "2000-03-13"), ("USA", "visit", "2000-03-13")]


@pytest.mark.parametrize(("actor_id", "vietnamese"), [
    ("pham-van-tra", True), ("tran-quoc-hung", True), ("nguyen-chi-thanh", True),
    ("william-cohen", False), ("rajesh-kumar", False),
])
def test_a_vietnamese_family_name_first_tells_the_side(actor_id, vietnamese):
    """An id the actor base does not hold is Vietnam's when it begins with a Vietnamese family name (ids are
    lower case; the family names are written capitalised)."""
    assert is_vietnamese_id(actor_id) is vietnamese


@pytest.mark.parametrize("told", [
    "Atal Bihari Vajpayee had come here in 2001.",
    "Atal Bihari Vajpayee had travelled here in 2001.",
    "Prime Minister Atal Bihari Vajpayee came here in 2001, the last Indian leader to do so.",
])
def test_came_here_is_a_visit_to_where_the_story_is_told(told):
    """ "here" is the place the story is filed from: an official who came or travelled here made a visit."""
    text = "HANOI, Sept. 3, 2016\n\nIndia and Vietnam are old friends. " + told
    assert events(text) == [("IND", "visit", "2001")]


@pytest.mark.parametrize("told", [
    "He came here in 1995 as a private businessman.",
    "He first visited Vietnam in 1995 as a private citizen.",
    "He had travelled to Vietnam as a tourist in 1995.",
])
def test_a_trip_in_a_private_capacity_is_no_visit(told):
    """The codebook's visit is an official trip: one told as a businessman's, a tourist's or a private
    citizen's is not."""
    text = "HANOI, June 5, 2006\n\nU.S. Defense Secretary Donald Rumsfeld met Vietnam's defense minister today. "
    assert ("USA", "visit", "1995") not in events(text + told)


def test_an_official_trip_in_a_named_capacity_is_still_a_visit():
    """Guard: "as head of a delegation" names an official capacity."""
    text = ("HANOI, June 5, 2006\n\nU.S. Defense Secretary Donald Rumsfeld met Vietnam's defense minister today. "
            "He visited Vietnam in 1995 as head of a congressional delegation.")
    assert ("USA", "visit", "1995") in events(text)


STAMP_SAME_EITHER_WAY = "Updated: 07/07/2007 08:45\n\nVietnam and India establish a strategic partnership\n\n"


@pytest.mark.parametrize(("told", "day"), [
    ("On the afternoon of 6-7, in New Delhi, Prime Minister Nguyen Tan Dung and Prime Minister Manmohan Singh "
     "held talks.", "2007-07-06"),
    ("On the morning of 5-7, Prime Minister Nguyen Tan Dung held talks with Prime Minister Manmohan Singh.",
     "2007-07-05"),
    ("On the evening of 4-7, Prime Minister Nguyen Tan Dung held talks with Prime Minister Manmohan Singh.",
     "2007-07-04"),
])
def test_a_part_of_a_day_names_a_dashed_date_day_first(told, day):
    """ "the afternoon of 6-7" is a date whatever the page's stamp tells (07/07/2007 reads the same both ways):
    the day first, as the papers that write dates with dashes write them."""
    assert events(STAMP_SAME_EITHER_WAY + told) == [("IND", "summit", day)]


def test_a_span_to_a_dashed_date_is_read_day_first():
    text = STAMP_SAME_EITHER_WAY + ("Prime Minister Nguyen Tan Dung paid a state visit to India from 4 to 6-7 at "
                                    "the invitation of Prime Minister Manmohan Singh.")
    assert events(text) == [("IND", "visit", "2007-07-04")]


def test_a_dashed_pair_alone_is_not_read_without_the_pages_order():
    """Guard: "on 6-7" with nothing that says it is a date (it could be a score) is not read on such a page."""
    text = STAMP_SAME_EITHER_WAY + "Prime Minister Nguyen Tan Dung met Prime Minister Manmohan Singh on 6-7."
    assert events(text) != [("IND", "summit", "2007-07-06")]


@pytest.mark.parametrize("told", [
    "On Wednesday, during his three-day official visit, Rajnath Singh held talks in Hanoi with his Vietnamese "
    "counterpart, General Phan Van Giang.",
    "During his three-day visit to Vietnam, Rajnath Singh held talks with General Phan Van Giang on Wednesday.",
    "On Wednesday, during a two-day trip to Hanoi, Rajnath Singh met General Phan Van Giang.",
])
def test_a_day_of_a_visit_of_days_dates_its_own_talks(told):
    """Talks told "during" a visit belong to it when undated (codebook); one day of a visit of several days,
    named for the talks, gives them a date of their own: they are their own meeting."""
    assert ("IND", "talks", "2022-06-08") in events("HANOI, June 10, 2022\n\n" + told)


def test_talks_during_a_visit_with_no_day_of_their_own_belong_to_it():
    """Guard: the codebook's sub-activity, with no date of its own."""
    text = "HANOI, June 10, 2022\n\nDuring his visit to Vietnam, Rajnath Singh held talks with General Phan Van Giang."
    assert [e for e in events(text) if e[1] == "talks"] == []


@pytest.mark.parametrize("told", [
    "Speaking at a joint news conference in Hanoi with Vietnamese President Tran Dai Quang on Monday, President "
    "Barack Obama said the ban would be lifted.",
    "President Barack Obama announced the decision on Monday at a news conference with Vietnamese President Tran "
    "Dai Quang.",
    "At a joint press conference with his Vietnamese counterpart on Monday, President Barack Obama said the "
    "embargo was over.",
])
def test_a_news_conference_with_the_other_sides_leader_is_a_meeting(told):
    assert events("HANOI, May 24, 2016\n\n" + told) == [("USA", "summit", "2016-05-23")]


def test_a_news_conference_with_reporters_is_no_meeting():
    """Guard: the conference is a meeting only with the other side's people."""
    text = ("HANOI, May 24, 2016\n\nPresident Barack Obama told a news conference with reporters on Monday that "
            "Vietnam mattered.")
    assert events(text) == []


@pytest.mark.parametrize(("stamp", "day"), [
    ("March 6th, 2018 | by The Associated Press and Emily Writer | in Local Regional News", "2018-03-06"),
    ("5th June 2022 • By Special Correspondent and Staff Reporter • National Politics and Defence", "2022-06-05"),
    ("Sept. 12, 2023 · by Rahul Kumar Singh and Meera Iyer · Defence and Strategic Affairs", "2023-09-12"),
])
def test_a_stamp_of_short_fields_set_apart_by_bars_states_the_date(stamp, day):
    """A page's stamp: a full date (its day may carry "th"), then short fields set apart by bars or bullets
    (byline, section), counted one by one: together they are long, each is no sentence."""
    body = "\n\nHeadline of the story\n\nThe carrier USS Carl Vinson dropped anchor off Da Nang, Vietnam on Monday."
    assert published("The Times\n\n" + stamp + body) == (day, "stated")


def test_a_sentence_with_a_date_at_the_head_is_no_stamp():
    """Guard: a line of prose that opens with a date is the article's text, not its stamp."""
    text = ("The Times\n\nOn March 6, 2018 the aircraft carrier and two escorts of the Pacific Fleet dropped anchor "
            "off Da Nang in Vietnam after a long voyage.\n\nIt stayed four days.")
    assert published(text)[1] != "stated"


@pytest.mark.parametrize(("stamp", "day_first"), [
    ("Friday, 10/06/2022 - 05:47", True),      # 10 June 2022 is a Friday; 6 October a Thursday
    ("Thursday, 09/06/2022 - 15:42", True),    # 9 June 2022 a Thursday; 6 September a Tuesday
    ("Tuesday, 09/06/2022", False),            # 6 September 2022 is the Tuesday
    ("Monday, 06/10/2025", True),              # 6 October 2025 is a Monday
])
def test_a_stamps_weekday_tells_how_its_figures_read(stamp, day_first):
    assert figure_order(stamp) is day_first


def test_a_weekday_that_fits_both_readings_tells_nothing():
    """Guard: 07/07 reads the same both ways."""
    assert figure_order("Sunday, 07/07/2024") is None


def test_figures_read_by_the_stamps_weekday_date_the_talks():
    text = ("Friday, 10/06/2022 - 05:47\n\nIndia hands over boats to Vietnam\n\nOn 8/6, in Hanoi, General Phan Van "
            "Giang held talks with Minister Rajnath Singh.")
    assert events(text) == [("IND", "talks", "2022-06-08")]


@pytest.mark.parametrize(("told", "day"), [
    ("The two ministers had held online talks on 1-7-2021.", "2021-07-01"),
    ("The two ministers first held talks on 21-12-2020 by video link.", "2020-12-21"),
    ("General Phan Van Giang held talks with Minister Rajnath Singh on 08-06-2022 in Hanoi.", "2022-06-08"),
])
def test_a_full_date_joined_by_dashes_reads_in_the_pages_order(told, day):
    text = "Friday, 10/06/2022 - 05:47\n\nIndia and Vietnam\n\nRajnath Singh is visiting Vietnam. " + told
    assert ("IND", "talks", day) in events(text)


@pytest.mark.parametrize("told", [
    "• 13 October — The day after the ADMM-Plus, Defence Minister A.K. Antony held bilateral talks in Hanoi with "
    "Vietnam's General Phung Quang Thanh.",
    "On 13 October, the day after the ADMM-Plus meeting, Defence Minister A.K. Antony held talks in Hanoi with "
    "Vietnam's General Phung Quang Thanh.",
    "Defence Minister A.K. Antony held talks in Hanoi on 13 October, the day after the ASEAN meeting, with "
    "Vietnam's General Phung Quang Thanh.",
])
def test_the_day_after_a_named_happening_is_no_step_from_the_date(told):
    """ "the day after the ADMM-Plus" steps from that gathering, whose day the text does not give; the date the
    sentence states is the talks' own."""
    assert events("HANOI, Oct 20, 2010\n\n" + told) == [("IND", "talks", "2010-10-13")]


def test_the_day_after_the_happening_just_told_still_counts():
    """Guard: "the day after his arrival" steps from the arrival the text has just dated (so does "the day after
    the summit", in test_house_styles)."""
    text = ("HANOI, Oct 20, 2010\n\nDefence Minister A.K. Antony arrived in Hanoi on 12 October. The day after his "
            "arrival he held talks with Vietnam's General Phung Quang Thanh.")
    assert ("IND", "talks", "2010-10-13") in events(text)


@pytest.mark.parametrize("told", [
    "The gift was announced last month by Defence Minister Rajnath Singh after his talks in New Delhi with "
    "Vietnamese Defence Minister General Phan Van Giang.",
    "The transfer was first announced last month by Indian Defense Minister Rajnath Singh following his talks in "
    "New Delhi with Vietnamese counterpart Phan Van Giang.",
    "The gift was announced last month by Defence Minister Rajnath Singh when he received General Phan Van Giang "
    "in New Delhi.",
])
def test_an_announcement_made_after_talks_dates_them(told):
    """The day of an announcement is a report's, not a happening's; but one made "after his talks" (its maker
    named between them) was made the day of the talks."""
    assert ("IND", "talks", "2023-06") in events("NEW DELHI, July 23, 2023\n\n" + told)


@pytest.mark.parametrize(("told", "year"), [
    ("Modi is the first Indian Prime Minister to visit Vietnam in 15 years; Atal Bihari Vajpayee was the last to "
     "do so, in 2001.", "2001"),
    ("Modi is the first Indian Prime Minister to visit Vietnam in fifteen years. Atal Bihari Vajpayee was the last "
     "to do so in 2001.", "2001"),
    ("General Bipin Rawat is the first Indian Army chief to visit Vietnam in a decade; General Dalbir Singh was the "
     "last to do so, in 2016.", "2016"),
])
def test_the_last_to_do_so_made_the_visit_counted_from(told, year):
    """ "X was the last to do so, in 2001": "do so" stands for the visit just told, made by X that year."""
    assert ("IND", "visit", year) in events("HANOI, Sept. 3, 2016\n\n" + told)


@pytest.mark.parametrize(("told", "month"), [
    ("These steps rest on earlier ones: the lifting of the U.S. ban on arms sales during President Obama's May 2016 "
     "visit, and the transfer in May 2017 of the cutter Morgenthau to Vietnam.", "2016-05"),
    ("The U.S. ban was lifted during President Obama's May 2016 visit to Vietnam, and the cooperation grew in May "
     "2017.", "2016-05"),
    ("Vietnam still speaks of President Bill Clinton's November 2000 visit to Hanoi, and of the trade pact that "
     "took effect in December 2001.", "2000-11"),
])
def test_a_date_written_before_its_happenings_noun_is_its_own(told, month):
    """ "Obama's May 2016 visit": the date names the visit; a date of a later clause is another happening's."""
    assert events("WASHINGTON, Oct 20, 2018\n\n" + told) == [("USA", "visit", month)]


OBITUARY = ("Harold Smith Obituary\n\nHarold Smith\nJune 2, 1944 – October 4, 2023\n\nHarold Smith, 79, a veteran who "
            "served in Vietnam and later helped the U.S. search for missing servicemen in Hanoi, died on Wednesday, "
            "October 4, 2023.\n\n")


@pytest.mark.parametrize("notice", [
    "Published by The Daily Herald from Oct. 8 to Oct. 10, 2023.",
    "Published by The Daily Herald on Oct. 8, 2023.",
    "Published in The Daily Herald from October 8 to October 10, 2023",
])
def test_a_notices_publication_line_states_its_date(notice):
    """An obituary page ends "Published by <paper> from Oct. 8 to Oct. 10, 2023": out on the first day."""
    assert published(OBITUARY + notice) == ("2023-10-08", "stated")


@pytest.mark.parametrize("span", [
    "June 2, 1944 – October 4, 2023", "2 June 1944 - 4 October 2023", "Jan. 5, 1950 — March 1, 2024",
])
def test_a_life_span_under_a_name_is_no_stamp(span):
    """Two full dates joined by a dash at the head are a span (of a life), not the page's date."""
    text = (f"Harold Smith Obituary\n\nHarold Smith\n{span}\n\nHarold Smith, a veteran who served in Vietnam and "
            "helped the U.S. search for missing servicemen in Hanoi, died this month.")
    assert published(text)[1] != "stated"


@pytest.mark.parametrize("who", [
    "Sroka, 26, a 1995 graduate of Cohoes High School, is a fire controlman aboard the U.S. frigate",
    "Petty Officer Jim Kowalczyk, a 1997 graduate of Cheektowaga Central High School, is aboard the U.S. frigate",
    "Lt. Ann Lee, an Annapolis class of 2001 officer, serves on the U.S. frigate",
])
def test_a_year_that_describes_a_person_dates_nothing(who):
    text = "HO CHI MINH CITY, Nov 20, 2003\n\n" + who + " that docked in Ho Chi Minh City, Vietnam on Wednesday."
    assert events(text) == [("USA", "visit", "2003-11-19")]


@pytest.mark.parametrize(("stamp", "day_first"), [
    ("No. 42 - Sunday, 17-10-2010", True),   # a figure over 12 first
    ("Friday, 10-06-2022", True),            # by its weekday
    ("Updated 06-17-2022 09:15", False),     # a figure over 12 second
])
def test_a_stamp_in_figures_joined_by_dashes_tells_the_order(stamp, day_first):
    assert figure_order(stamp) is day_first


def test_dashed_figures_under_a_dashed_stamp_are_read():
    text = ("No. 42 - Sunday, 17-10-2010\n\nViet Nam - India defence ties\n\nOn 27-7 General V.K. Singh held talks "
            "in Ha Noi with Vietnam's General Phung Quang Thanh.")
    assert events(text) == [("IND", "talks", "2010-07-27")]


KIRPAN = (" India on Saturday handed over its missile corvette INS Kirpan to the Vietnam People's Navy at Cam Ranh. The "
          "gift was announced by Defence Minister Rajnath Singh on 19 June, after his talks in New Delhi with "
          "Vietnam's Minister of National Defence, General Phan Van Giang.")


@pytest.mark.parametrize("dateline", ["New Delhi, 22/7 (Agency):", "New Delhi, 22.7 (PTI):", "Kolkata, 22/7 (UNI) -"])
def test_a_wire_dateline_in_figures_is_a_day_and_month(dateline):
    """ "New Delhi, 22/7 (Agency):": day first, as the wires that write figures do; the year is then found as for
    any year-less dateline (July 22 a Saturday while Rajnath Singh is Defence Minister: 2023)."""
    text = "PRAMEYA\n\nIndia gifts Kirpan to Vietnam\n\n" + dateline + KIRPAN
    assert published(text) == ("2023-07-22", "inferred")
    assert events(text) == [("IND", "ceremony", "2023-07-22"), ("IND", "talks", "2023-06-19")]


COAST_GUARD = ("A ship of the Vietnam Coast Guard arrived at Chennai port yesterday on its first visit to India.\n\n"
               "Today (Wednesday) the Vietnamese delegation will visit the Indian Coast Guard's regional headquarters."
               "\n\nThe joint exercise with the Indian Coast Guard, named Sahyog-Hop Tac 2018, will be held tomorrow.")


@pytest.mark.parametrize("dateline", ["Chennai, Oct. 3-", "Chennai, 3 October:", "Chennai, October 3 -"])
def test_a_yearless_dateline_on_its_own_line_after_a_standfirst(dateline):
    """A place and a day on a line of their own, below headline and standfirst, are the dateline (not a label);
    its year is the one the text names (the exercise's edition)."""
    text = ("DAILY THANTHI\n\nVietnam Coast Guard ship arrives at Chennai port on first visit to India\n\n"
            "Joint exercise with Indian Coast Guard off Chennai tomorrow\n\n" + dateline + "\n\n" + COAST_GUARD)
    assert published(text) == ("2018-10-03", "inferred")


@pytest.mark.parametrize("told", [
    "Gen. Martin Dempsey, the first U.S. military chief in Hanoi since 1971, held talks there on Aug. 14.",
    "The first U.S. Joint Chiefs chairman to visit Vietnam since 1971 met Vietnamese defense officials on Aug. 14.",
    "No U.S. Joint Chiefs chairman had been to Vietnam since 1971 until Gen. Martin Dempsey held talks in Hanoi on "
    "Aug. 14.",
])
def test_a_year_counted_from_gives_no_year_to_a_day(told):
    """ "since 1971" counts from a year; the day told after it is of the article's year."""
    assert ("USA", "talks", "2014-08-14") in events("BEND, Oregon, October 5, 2014\n\n" + told)


def test_a_day_of_that_year_takes_the_year_counted_from():
    """Guard: "since 2017, ... handed over on May 25 of that year" names the year back."""
    text = ("HANOI, Nov. 3, 2025\n\nThe U.S. has transferred three cutters to Vietnam since 2017, starting with the "
            "Morgenthau, which was handed over to the Vietnam Coast Guard in Honolulu on May 25 of that year.")
    assert ("USA", "ceremony", "2017-05-25") in events(text)


@pytest.mark.parametrize(("told", "expected"), [
    ("When Prime Minister Narendra Modi spoke to Vietnam's Pham Minh Chinh over the telephone last July, the two "
     "leaders agreed to deepen ties.", ("IND", "summit", "2021-07")),
    ("Prime Minister Narendra Modi talked with his Vietnamese counterpart Pham Minh Chinh on the phone last July.",
     ("IND", "summit", "2021-07")),
    ("India's Rajnath Singh spoke to Vietnamese Defence Minister Phan Van Giang by telephone on Monday.",
     ("IND", "talks", "2022-06-06")),
])
def test_a_call_told_with_its_other_side_before_the_phone(told, expected):
    assert events("HANOI, June 10, 2022\n\n" + told) == [expected]


@pytest.mark.parametrize("masthead", [
    "Shillong  |  July 2022  |  www.easternpanorama.in",
    "Guwahati | July 2022 | https://www.example-monthly.in",
    "EASTERN REVIEW · July 2022 · www.eastern-review.com",
])
def test_an_issue_line_with_the_sites_address_after_it(masthead):
    """A monthly's masthead gives its issue's month, even with the site's address after it."""
    text = (f"EASTERN PANORAMA\n{masthead}\n\nHanoi and the 2030 roadmap\n\nDefence Minister Rajnath Singh's visit to "
            "Vietnam from June 8 to 10 has given the two countries a roadmap for defence ties.")
    assert published(text) == ("2022-07", "stated")
    assert events(text) == [("IND", "visit", "2022-06-08")]


@pytest.mark.parametrize("told", [
    "William Cohen became the first U.S. defense secretary to set foot in Vietnam since the war on Monday, arriving "
    "in the capital for talks.",
    "William Cohen became the first U.S. defense secretary to visit Vietnam since the war yesterday, sitting down "
    "with Vietnam's defense minister.",
    "William Cohen on Monday became the first U.S. defense secretary to set foot in Vietnam since the war ended, "
    "arriving in the capital for talks.",
])
def test_a_day_after_a_since_clause_is_the_main_clauses(told):
    """ "since the war on Monday": the since-clause names no date of its own; the day is the happening's."""
    got = events("HANOI, Tuesday, March 14, 2000\n\n" + told)
    assert got and all(day == "2000-03-13" for _p, _t, day in got)


@pytest.mark.parametrize("told", [
    "He held talks with Defense Minister Pham Van Tra at the ministry. Prime Minister Phan Van Khai received Cohen "
    "later Monday.",
    "The hourlong meeting between Cohen and Gen. Pham Van Tra followed a review of an honor guard. Later on Monday "
    "Cohen called on Prime Minister Phan Van Khai.",
    "He sat down with Gen. Pham Van Tra at a government guest house. Later Monday, Prime Minister Phan Van Khai "
    "received Cohen.",
])
def test_a_meeting_later_that_weekday_tells_an_earlier_one(told):
    """ "later Monday" says what "later in the day" says, for the day it names."""
    assert events(ARRIVAL + told) == [("USA", "talks", "2000-03-13"), ("USA", "talks", "2000-03-13"),
                                      ("USA", "visit", "2000-03-13")]


@pytest.mark.parametrize(("who", "month_day"), [
    ("Brennan, a 2017 graduate of Robert W. Traip Academy, is one of 5,000 sailors on the USS Theodore Roosevelt,",
     "03-05"),
    ("Lt. Ann Lee, class of 2015 at Annapolis, serves on the U.S. carrier,", "03-05"),
    ("Petty Officer Jim Kowalczyk, a 2012 graduate of Cheektowaga Central High School, is aboard the U.S. carrier,",
     "03-05"),
])
def test_a_persons_year_gives_no_year_to_a_day(who, month_day):
    """ "a 2017 graduate" describes the sailor: the day told after it is of the article's year."""
    text = ("PORTSMOUTH, N.H., Mar 11, 2020\n\n" + who + " which arrived in Da Nang, Vietnam on Thursday, March 5, "
            "for a five-day port visit.")
    assert events(text) == [("USA", "visit", "2020-" + month_day)]


@pytest.mark.parametrize("told", [
    "Seaman Ray Ortiz said he rang home on Sunday from the U.S. ship in Da Nang, Vietnam.",
    "Seaman Ray Ortiz phoned home on Sunday from the U.S. ship in Da Nang, Vietnam.",
    "Seaman Ray Ortiz phoned his family on Sunday from the U.S. ship in Da Nang, Vietnam.",
])
def test_a_call_home_is_no_call_between_the_sides(told):
    assert events("PORTSMOUTH, N.H., Mar 11, 2020\n\n" + told) == []


@pytest.mark.parametrize("byline", [
    "Edited by Alok Ranjan Mishra | नवभारतटाइम्स.कॉम (with inputs from Bhasha) | Updated: 9 Jun 2022, 5:48 pm",
    "Written by Special Correspondent Ramesh Kumar | The Daily Chronicle web desk, New Delhi | Updated: 9 Jun 2022",
    "By Staff Reporter and Agencies | Hindi News Network (with inputs from PTI) | Published 9 June 2022, 17:48 IST",
])
def test_a_long_byline_row_set_apart_by_bars_states_the_date(byline):
    """A byline row of short fields set apart by bars reads like a menu, and is longer than a one-field stamp;
    its date is the page's (fields counted by the words written, in any script)."""
    text = ("Navbharat Times\n\nRajnath Singh in Vietnam: India hands 12 guard boats to Vietnam\n\n" + byline +
            "\n\nDefence Minister Rajnath Singh on Thursday handed over 12 high-speed guard boats to Vietnam at a "
            "ceremony at the Hong Ha shipyard in Hai Phong.")
    assert published(text) == ("2022-06-09", "stated")


@pytest.mark.parametrize(("dateline", "day"), [
    ("Chennai, 02 Oct 18", "2018-10-02"),
    ("Port Blair, 15 Mar 19", "2019-03-15"),
    ("Kochi, 7 Dec '20", "2020-12-07"),
])
def test_a_dateline_with_a_two_figure_year_on_its_own_line(dateline, day):
    """Service press notes write "Chennai, 02 Oct 18": a day, a month and a year of two figures."""
    text = ("INDIAN COAST GUARD\nPRESS RELEASE\n\nVIETNAM COAST GUARD SHIP ARRIVES ON MAIDEN VISIT\n\n" + dateline +
            "\n\nA ship of the Vietnam Coast Guard arrived at the port today on her maiden visit to India.")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("issue", "month"), [
    ("Vol. 57  No. 15  |  1-15 August 2010", "2010-08"),
    ("Vol. 60 No. 3 | 1-15 February 2013", "2013-02"),
    ("No. 22 | 16-30 November 2015", "2015-11"),
])
def test_a_fortnightlys_issue_line_dates_its_page(issue, month):
    """A fortnightly's issue is told by its days ("1-15 August 2010"): the page is of that month."""
    text = ("SAINIK SAMACHAR\n" + issue + "\n\nCOAS VISITS VIETNAM\n\nGeneral VK Singh, Chief of the Army Staff, "
            "paid an official visit to Vietnam and held talks with General Phung Quang Thanh in Hanoi.")
    assert published(text) == (month, "stated")
