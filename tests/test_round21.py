"""Round 21: classes of the batches written blind after round 20.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

import pytest
from conftest import article, events, published

from ties_lib.corpus import merge_events_grouped
from ties_lib.events import merge

# an undated story: its only dates are a month and day without a year, and an older year recalled
PORT_CALL = ("The frigate tied up at the port on Wednesday, Nov. 19, the first visit by a U.S. warship since the war. "
             "A U.S. defense secretary had first visited Hanoi in March 2000.")


@pytest.mark.parametrize("footer, year", [
    ("Copyright (c) 2003 Gulf Coast Courier. All rights reserved.", "2003"),
    ("Copyright (C) 2003, The Tidewater Ledger", "2003"),
    ("COPYRIGHT (C)2003 Valley Media Group Inc.", "2003"),
])
def test_a_copyright_line_with_c_in_brackets_gives_its_year(footer, year):
    """ "Copyright (c) 2003 ...": the bracketed mark between the word and the year is still a copyright line,
    and its year is the page's, later than the happenings the text recalls."""
    got = published(f"Local News\n\nA sailor's shore leave\n\n{PORT_CALL}\n\n{footer}")
    assert got[0].startswith(year)
    assert ("USA", "visit", "2003-11-19") in events(f"Local News\n\nA sailor's shore leave\n\n{PORT_CALL}\n\n{footer}")


def test_guard_a_site_span_of_years_in_brackets_gives_no_year():
    got = published(f"Local News\n\nA sailor's shore leave\n\n{PORT_CALL}\n\nCopyright (c) 1998-2024 Valley Media")
    assert not got[0].startswith("2024")


@pytest.mark.parametrize("url, day", [
    ("http://www.national-weekly.com/2000apr09/nation2.htm", "2000-04-09"),
    ("www.the-review.co.in/2003NOV23/defence/story1.html", "2003-11-23"),
    ("http://archive.sunday-mag.com/09apr2000/cover.htm", "2000-04-09"),
])
def test_a_compact_issue_folder_in_a_web_address_dates_the_page(url, day):
    """Magazines' archives name an issue's folder by year, month's letters and day run together ("2000apr09")."""
    story = ("Defence Minister George Fernandes signed an agreement on defence cooperation in Hanoi, building on the "
             "protocol of 1994.")
    assert published(f"{url}\n\nDefence\n\n{story}") == (day, "stated")


def test_guard_letters_that_are_no_month_give_no_day():
    story = "Defence Minister George Fernandes signed an agreement on defence cooperation in Hanoi."
    assert published(f"http://www.national-weekly.com/2000xyz09/nation2.htm\n\nDefence\n\n{story}")[0] != "2000-04-09"


@pytest.mark.parametrize("sentence, day", [
    ("On Sunday, Defense Secretary Leon Panetta became the first U.S. defense secretary to set foot at Cam Ranh Bay "
     "since the war.", "2012-06-03"),
    ("Defense Secretary Leon Panetta set foot at the Cam Ranh naval base on Sunday, a first since 1975.", "2012-06-03"),
    ("On Tuesday Defense Secretary Leon Panetta set foot at Da Nang's Tien Sa port.", "2012-05-29"),
])
def test_setting_foot_at_a_place_is_a_visit(sentence, day):
    """ "set foot at Cam Ranh Bay", as "set foot in" and "set foot on": an arrival on the other side's soil."""
    assert ("USA", "visit", day) in events("HANOI, June 4, 2012 (AP) --\n\n" + sentence)


@pytest.mark.parametrize("sentence", [
    "On Monday, Vietnam time, Defense Secretary Leon Panetta met Vietnamese Defense Minister Gen. Phung Quang Thanh "
    "at the defense ministry in Hanoi.",
    "Defense Secretary Ashton Carter held talks with Gen. Phung Quang Thanh in Hanoi on Monday (Hanoi time).",
    "On Monday local time, Defense Secretary Jim Mattis met Gen. Ngo Xuan Lich in Hanoi.",
])
def test_a_weekday_in_the_other_zones_time_can_be_the_day_after_the_paper(sentence):
    """A paper of Sunday in the United States tells "Monday, Vietnam time": across the date line, the next day."""
    assert ("USA", "talks", "2012-06-04") in events("SALINAS, Calif., June 3, 2012 --\n\n" + sentence)


def test_guard_a_weekday_without_a_zone_is_the_latest_such_day():
    found = events("SALINAS, Calif., June 3, 2012 --\n\nOn Monday, Defense Secretary Jim Mattis met Gen. Ngo Xuan "
                   "Lich in Hanoi.")
    assert ("USA", "talks", "2012-05-28") in found


def test_guard_a_zone_day_two_days_ahead_stays_in_the_past():
    found = events("SALINAS, Calif., June 3, 2012 --\n\nOn Tuesday, Vietnam time, Defense Secretary Jim Mattis "
                   "met Gen. Ngo Xuan Lich in Hanoi.")
    assert ("USA", "talks", "2012-06-05") not in found


@pytest.mark.parametrize("sentence, day", [
    ("President Joe Biden arrived in Hanoi on Sunday and held talks with General Secretary Nguyen Phu Trong at "
     "the party headquarters.", "2023-09-10"),
    ("President Joe Biden landed in Hanoi on Sunday afternoon and went straight into talks with Nguyen Phu Trong, "
     "the general secretary of the Communist Party.", "2023-09-10"),
    ("President Joe Biden arrived in Hanoi on Sunday and then had talks with Nguyen Phu Trong.", "2023-09-10"),
    ("President Joe Biden landed in Hanoi on Saturday night and on Sunday held talks with Nguyen Phu Trong.",
     "2023-09-10"),
])
def test_talks_after_an_and_share_the_arrivals_subject_and_day(sentence, day):
    """ "Biden arrived ... and held talks with Trong": no subject of its own after "and", so the arrival's subject
    held the talks (two leaders: a summit), on the arrival's day when the talks have none of their own."""
    assert ("USA", "summit", day) in events("HANOI, Monday, September 11, 2023 (AFP) --\n\n" + sentence)


def test_guard_talks_after_an_and_with_their_own_subject_are_not_the_arrivals():
    found = events("HANOI, Monday, September 11, 2023 (AFP) --\n\nDefence Minister Rajnath Singh arrived in Hanoi "
                   "on Wednesday, and General Phan Van Giang held talks with him on Thursday.")
    assert ("IND", "talks", "2023-09-07") in found


def test_guard_a_plan_after_an_arrival_is_no_talks():
    found = events("HANOI, Monday, September 11, 2023 (AFP) --\n\nDefence Minister Rajnath Singh arrived in Hanoi "
                   "on Sunday and will hold talks with General Phan Van Giang.")
    assert not [e for e in found if e[1] == "talks"]


LEADERS_MET = ("NEW DELHI, Friday, August 2, 2024 (PTI) --\n\nPrime Minister Narendra Modi held talks with Prime "
               "Minister Pham Minh Chinh on Thursday.\n\n")


@pytest.mark.parametrize("sentence", [
    "The two leaders also virtually inaugurated the Army Software Park at the Telecommunications University in Nha "
    "Trang.",
    "On the same occasion, the two Prime Ministers jointly inaugurated, via video link, the Army Software Park.",
    "Both leaders also witnessed the handover of a patrol vessel to the Vietnam Border Guard.",
])
def test_a_ceremony_of_the_leaders_just_told_takes_their_meetings_day(sentence):
    """What "the two leaders also" did, or did "on the same occasion", with no day of its own, was done at the
    meeting told just before: its day, not the paper's."""
    assert ("IND", "ceremony", "2024-08-01") in events(LEADERS_MET + sentence)


def test_guard_a_ceremony_after_a_meeting_recalled_by_its_year_is_not_dated():
    found = events("NEW DELHI, Friday, August 2, 2025 (PTI) --\n\nPrime Minister Narendra Modi held talks with "
                   "Prime Minister Pham Minh Chinh in 2024.\n\nThe two leaders also virtually inaugurated the Army "
                   "Software Park.")
    assert not [e for e in found if e[1] == "ceremony"]


@pytest.mark.parametrize("sentence", [
    "But the joint statement adopted after Sunday's talks pledged deeper cooperation on maritime security.",
    "Sunday's talks ran well past their scheduled hour, officials said.",
    "The talks on Sunday lasted two hours.",
])
def test_talks_with_no_one_named_on_a_summits_day_are_that_summit(sentence):
    """Talks told again with no one named, on the day of the leaders' summit, are that summit, not a second
    meeting."""
    told = article("HANOI, Monday, September 11, 2023 (AFP) --\n\nPresident Joe Biden held talks with General "
                   "Secretary Nguyen Phu Trong on Sunday.\n\n" + sentence).events
    merged = [(e.partner, e.type, e.date.iso_start()) for e in merge(list(told))]
    assert [e for e in merged if e[1] in ("talks", "summit")] == [("USA", "summit", "2023-09-10")]
    assert [e for e in merge_events_grouped(list(told)) if e.type in ("talks", "summit")] == \
        [e for e in merge(list(told)) if e.type in ("talks", "summit")]


@pytest.mark.parametrize("sentence", [
    "On June 9 of that year, in Hai Phong, the Indian side handed over 12 high-speed patrol boats to the Vietnam Border "
    "Guard.",
    "India handed over 12 high-speed guard boats to the Vietnam Border Guard on June 9 of the same year.",
    "The 12 high-speed guard boats were handed over to the Vietnam Border Guard on June 9, that same year.",
])
def test_a_day_of_that_year_is_of_the_year_just_told(sentence):
    """ "On June 9 of that year" in the sentence after "In June 2022 ...": the year the story told last, not the
    article's."""
    found = events("HANOI, March 6, 2024 (AP) --\n\nIn June 2022 Defence Minister Rajnath Singh and General Phan Van "
                   "Giang signed a vision statement.\n\n" + sentence)
    assert ("IND", "ceremony", "2022-06-09") in found


@pytest.mark.parametrize("sentence", [
    "The USS Carl Vinson port call came almost exactly fifty-three years after the first Marine combat battalions "
    "came ashore at Da Nang in March 1965.",
    "The USS Carl Vinson port call came fifty-three years after the first US Marine battalions landed at Da Nang in "
    "March 1965.",
    "The USS Carl Vinson called at Da Nang two decades after the last US troops left in 1973.",
])
def test_a_date_after_years_after_is_the_counted_clauses(sentence):
    """ "came 53 years after the first Marines came ashore ... in March 1965": March 1965 dates the landing the count
    runs from, not the port call."""
    found = events("HANOI, March 6, 2018 (AP) --\n\n" + sentence)
    assert not [e for e in found if e[2] < "2000"]



@pytest.mark.parametrize("lead", [
    "NEW DELHI, July 6: India and Vietnam on Friday raised their relationship to a strategic partnership after talks "
    "between Prime Minister Manmohan Singh and Prime Minister Nguyen Tan Dung, who arrived on Wednesday.",
    "New Delhi, July 6 (Agencies) India and Vietnam on Friday declared a strategic partnership as Manmohan Singh held "
    "talks with Nguyen Tan Dung, who had arrived on Wednesday on a state visit.",
    "NEW DELHI, July 6 -- Prime Minister Manmohan Singh and Vietnam's Nguyen Tan Dung on Friday signed a declaration "
    "on a strategic partnership; Dung arrived on Wednesday.",
])
def test_a_yearless_datelines_year_fits_the_leads_first_weekday(lead):
    """The day the lead reports is its first weekday's ("on Friday"); a weekday told after it ("who arrived on
    Wednesday") is an earlier day, and July 6 falls on Friday in 2007, not in 2006 (a Thursday, the day after
    Wednesday), though both years fit the officials' terms."""
    assert published(lead)[0] == "2007-07-06"


@pytest.mark.parametrize("sentence", [
    "Defence Minister A.K. Antony held talks here with Vietnam's Minister of National Defence, General Phung Quang "
    "Thanh, and later called on Prime Minister Nguyen Tan Dung.",
    "Defence Minister A.K. Antony met Senior Lieutenant General Phung Quang Thanh, Vietnam's Minister of National "
    "Defence, and then called on Prime Minister Nguyen Tan Dung.",
    "Defence Minister A.K. Antony held talks with General Phung Quang Thanh, the Minister of National Defence, and "
    "also called on Prime Minister Nguyen Tan Dung.",
])
def test_a_call_after_talks_and_and_is_the_same_guests(sentence):
    """ "held talks with ..., General Thanh, and later called on Prime Minister Dung": the "and" ends the talks'
    people, however long the host's titles, and the call is the guest's, not the host's (both of the lead's day)."""
    told = article("Thursday, 14 October 2010\n\nHanoi, 13 October (PTI)\n\nIndia and Vietnam on Wednesday "
                   "announced steps to deepen defence "
                   "ties.\n\n" + sentence).events
    meetings = {(tuple(sorted(e.participants)), e.date.iso_start()) for e in told if e.type in ("talks", "summit")}
    assert (("a-k-antony", "phung-quang-thanh"), "2010-10-13") in meetings
    assert (("a-k-antony", "nguyen-tan-dung"), "2010-10-13") in meetings


@pytest.mark.parametrize("header", [
    "[English translation]\n\n(Translated from the Urdu original)\n\nURDU DAILY\n\nUrdu Daily | Lucknow – Kanpur\n\n"
    "Thursday, 14 October 2010\n\nPage 9 | International\n\n",
    "[English translation]\n\n(Translated from the Bengali original)\n\nTHE DAILY\n\nBengali Daily | Kolkata – Siliguri\n\n"
    "Thursday, 14 October 2010\n\nPage 5 | World\n\n",
    "[English translation]\n\n(Translated from the Tamil original)\n\nTAMIL DAILY\n\nTamil Daily | Chennai – Madurai\n\n"
    "Thursday, 14 October 2010\n\nPage 7 | Abroad\n\n",
])
def test_the_lead_may_come_after_a_translation_note_and_a_masthead(header):
    """A lead after a masthead's tagline, a headline, a standfirst and a dateline is still the lead: the talks told
    in the next sentence, with no day of their own, are of its day."""
    text = (header + "India to help Vietnam upgrade its navy\n\nAntony holds talks with Vietnamese leaders; training "
            "proposed for next year\n\nHanoi, 13 October (Agencies)\n\nIndia and Vietnam on Wednesday announced "
            "steps to deepen defence ties.\n\nDefence Minister A.K. Antony held talks here with General Phung Quang "
            "Thanh.")
    assert ("IND", "talks", "2010-10-13") in events(text)


@pytest.mark.parametrize("sentence, day", [
    ("The centrepiece of the visit was a sea exercise, code-named 'Sahyog - Hop Tac', conducted off Kochi on 19 Dec "
     "24.", "2024-12-19"),
    ("The two navies held an amphibious exercise off Da Nang on Tuesday.", "2024-12-17"),
    ("The two armies staged a peacekeeping exercise at Chandimandir on Monday.", "2024-12-16"),
])
def test_a_sea_amphibious_or_peacekeeping_exercise_is_an_exercise(sentence, day):
    assert ("IND", "exercise", day) in events("KOCHI, Dec 20, 2024 --\n\nVietnam Coast Guard ship CSB 8005 arrived "
                                              "at Kochi on 17 Dec 24.\n\n" + sentence)


STORY = ("JEANERETTE -- On Monday, U.S. Ambassador Ted Osius formally handed six patrol boats to the Vietnam Coast Guard "
         "at a ceremony in Quang Ninh.\n\n")


@pytest.mark.parametrize("footer, day", [
    ("This story appeared in the Friday, May 26, 2017 edition of The Daily Iberian.", "2017-05-26"),
    ("This article appeared in the April 13, 2000 issue of the Far Eastern Economic Review.", "2000-04-13"),
    ("The article first ran in the print edition of March 3, 2016, on page A4.", "2016-03-03"),
])
def test_a_print_archives_edition_line_dates_the_page(footer, day):
    """ "This story appeared in the ... edition of ...": the day of the edition the story ran in."""
    assert published("THE DAILY NEWS\n\nBoats\n\n" + STORY + footer) == (day, "stated")


def test_guard_an_edition_line_without_a_day_gives_no_day():
    got = published("THE DAILY NEWS\n\nBoats\n\n" + STORY + "This story appeared in our weekend edition.")
    assert got[1] != "stated"


@pytest.mark.parametrize("sentence", [
    "He said the two sides talked about the possibility of Vietnamese officers observing a joint exercise in 2017.",
    "The ministers discussed the prospect of a US aircraft carrier visit to Da Nang in 2017.",
    "They explored the possibility of a joint naval exercise in 2017.",
])
def test_a_possibility_or_prospect_is_no_event(sentence):
    """What is weighed as a possibility has not happened."""
    found = events("HANOI, Nov 4, 2017 --\n\nDefense Secretary Jim Mattis held talks with General Ngo Xuan Lich on "
                   "Tuesday.\n\n" + sentence)
    assert found == [("USA", "talks", "2017-10-31")]


def test_guard_a_possibility_discussed_when_leaders_met_leaves_the_meeting():
    found = events("HANOI, Nov 4, 2017 --\n\nThe possibility of a carrier visit was discussed when U.S. President "
                   "Donald Trump received Vietnamese Prime Minister Nguyen Xuan Phuc at the White House in May.")
    assert ("USA", "summit", "2017-05") in found


@pytest.mark.parametrize("sentence", [
    "He flew into Hanoi yesterday, Sunday, straight from the G20 in New Delhi, and sat down with Nguyen Phu Trong, the "
    "head of Vietnam's Communist Party.",
    "He arrived in Hanoi on Sunday from New Delhi and held talks with Nguyen Phu Trong.",
    "He landed in Hanoi on Sunday, fresh from the G20 summit in New Delhi, and met Nguyen Phu Trong.",
])
def test_where_a_traveller_came_from_names_no_partner_and_he_met_the_host(sentence):
    """ "flew into Hanoi from the G20 in New Delhi": the origin of the trip is no partner of the sentence (the visit
    is the United States', not India's); and the "he" of the arrival met Trong: two leaders, a summit."""
    found = events("HANOI, Monday, Sept 11, 2023 --\n\nPresident Joe Biden is wrapping up a quick trip to Vietnam "
                   "today.\n\n" + sentence)
    assert not [e for e in found if e[0] == "IND"]
    assert ("USA", "summit", "2023-09-10") in found


@pytest.mark.parametrize("sentence", [
    "On 25 May, at the end of delegation-level talks in New Delhi, Defence Minister Manohar Parrikar and General Phung "
    "Quang Thanh signed a Joint Vision Statement.",
    "On 25 May, at the close of two-day talks, Defence Minister Manohar Parrikar and General Phung Quang Thanh signed a "
    "Joint Vision Statement.",
    "On 25 May, at the conclusion of delegation-level talks, Manohar Parrikar and Phung Quang Thanh signed a "
    "memorandum.",
])
def test_the_end_of_talks_with_no_article_names_talks_held_then(sentence):
    """ "at the end of delegation-level talks": talks named here for the first time (no "the" before them), held on
    the sentence's day; "at the end of the talks" names talks told before."""
    assert ("IND", "talks", "2015-05-25") in events("NEW DELHI, June 2, 2015 --\n\n" + sentence)


@pytest.mark.parametrize("sentence", [
    "It was decommissioned in a ceremony at Base Seattle on Aug. 20, 2020.",
    "The cutter was retired at a brief ceremony in Alameda on Aug. 20, 2020.",
    "The corvette was decommissioned during a sunset ceremony at Visakhapatnam on June 28, 2023.",
])
def test_a_ship_retired_in_a_ceremony_is_one_sides_act(sentence):
    """ "decommissioned in a ceremony at Base Seattle": the navy retiring its own ship, not a handover."""
    assert events("SEATTLE, April 20, 2025 --\n\nThe Vietnam Coast Guard crew trained on the U.S. cutter.\n\n"
                  + sentence) == []


def test_guard_decommissioned_and_handed_over_in_a_ceremony_is_a_handover():
    found = events("SEATTLE, April 20, 2025 --\n\nIt was decommissioned and handed over to Vietnam in a ceremony in "
                   "Honolulu on May 25, 2017.")
    assert ("USA", "ceremony", "2017-05-25") in found




@pytest.mark.parametrize("sentence, kind", [
    ("At the ceremony on Wednesday at the Kattupalli yard, the Indian Navy was represented by Rear Admiral K J Kumar "
     "and the Vietnam Border Guard by Lieutenant General Hoang Dang Nhieu.", "ceremony"),
    ("At the talks on Wednesday, Defence Minister Rajnath Singh and General Phan Van Giang reviewed defence "
     "cooperation.", "talks"),
    ("At the handover on Wednesday in Hai Phong, the Indian side was represented by Defence Minister Rajnath Singh "
     "and the Vietnamese side by General Phan Van Giang.", "ceremony"),
])
def test_the_happening_on_a_weekday_is_that_days(sentence, kind):
    """ "At the ceremony on Wednesday, the Indian Navy was represented by ...": the weekday picks out a happening of
    that day, not one told before."""
    found = events("CHENNAI, Aug 16, 2019 (PTI) --\n\n" + sentence)
    assert ("IND", kind, "2019-08-14") in found


RELEASE = ("GOVERNMENT OF INDIA\nMINISTRY OF DEFENCE\nwww.survey-office.gov.in\nPRESS RELEASE\n\n"
           "Hydrographers of India and Vietnam meet\n\n"
           "1.   The first meeting of the India - Vietnam working group on hydrography was held by video conference "
           "on Tuesday, after the ministers Rajnath Singh and Ngo Xuan Lich met online on 27 Nov 2020.\n\n"
           "2.   The delegations reviewed training in survey methods and the exchange of charts.\n\n"
           "3.   The Indian side offered courses at its hydrographic school for Vietnamese officers.\n\n"
           "4.   The Vietnamese side welcomed the offer and proposed a joint survey of a harbour.\n\n"
           "5.   It was agreed that the next meeting would be held in Hanoi during 2021.\n\n"
           "6.   Defence cooperation is a key pillar of the comprehensive strategic partnership.\n\n")


@pytest.mark.parametrize("foot, day", [
    (["(Issued by Public Relations Cell)", "Dehradun", "17 Dec 2020"], "2020-12-17"),
    (["6. Defence cooperation is a key pillar.", "New Delhi, 17 December 2020"], "2020-12-17"),
    (["Visakhapatnam", "December 17, 2020", "(Issued by the Eastern Naval Command)"], "2020-12-17"),
])
def test_a_releases_place_and_date_on_lines_of_their_own_date_it(foot, day):
    """A release names the place it was issued from and the day, on lines of their own (at its head or its foot,
    often set apart as the page's furniture): that day is the release's, before any year its text names."""
    from ties_lib.anchoring import _foot_date
    got = _foot_date(foot)
    assert got is not None and got[0].iso_start() == day
    assert published(RELEASE + "\n\n".join(foot))[0] == day


@pytest.mark.parametrize("lines", [
    ["The minister spoke at length.", "17 Dec 2020 was a Thursday."],
    ["The talks were held on 17 Dec 2020."],
    ["Dehradun is a city in the hills.", "On 17 Dec 2020"],
])
def test_guard_a_date_in_a_sentence_is_no_releases_date_line(lines):
    from ties_lib.anchoring import _foot_date
    assert _foot_date(lines) is None


@pytest.mark.parametrize("sentence", [
    "On the last day of his visit, on Friday, the Defence Minister Rajnath Singh is scheduled to go to Nha Trang.",
    "On the final day of the trip, on Friday, the Defence Minister Rajnath Singh is slated to go to Cam Ranh.",
    "On the third day of his trip, on Friday, the Defence Minister Rajnath Singh is set to go to Da Nang.",
])
def test_a_weekday_before_a_named_subjects_plan_is_still_to_come(sentence):
    """ "On the last day of his visit, on Friday, the Defence Minister Rajnath Singh is scheduled to go to Nha Trang"
    in a story of Thursday: the Friday to come, a plan, not the Friday before (which dated the visit by its end)."""
    found = events("HAI PHONG, Thursday, June 9, 2022 --\n\nDefence Minister Rajnath Singh arrived in Hanoi on "
                   "Wednesday.\n\n" + sentence)
    assert found == [("IND", "visit", "2022-06-08")]
