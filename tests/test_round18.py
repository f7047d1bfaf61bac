"""Round 18: classes of the batches written blind after round 17.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article, events, published

import ties_lib as tl

PTI = "HANOI, June 10, 2022 (PTI)\n\n"


def corpus_events(tmp_path: Path, *texts: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Events of a corpus of several articles: type, day, level, participants (sorted)."""
    for i, text in enumerate(texts):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    found = tl.load_corpus(tmp_path).events
    return sorted((r.type, str(r.date_start)[:10], r.level, tuple(sorted(r.participants))) for r in found.itertuples())


@pytest.mark.parametrize(("talks", "call"), [
    ("Defence Minister Rajnath Singh held talks in Hanoi on Wednesday and signed a vision statement.",
     "On Wednesday Defence Minister Rajnath Singh called on President Nguyen Xuan Phuc."),
    ("On Wednesday Defence Minister Rajnath Singh held bilateral talks at the defence ministry in Hanoi.",
     "Defence Minister Rajnath Singh was received by Prime Minister Pham Minh Chinh on Wednesday."),
    ("Indian Defence Minister Rajnath Singh held delegation-level talks in Hanoi on Wednesday.",
     "Prime Minister Pham Minh Chinh on Wednesday received Indian Defence Minister Rajnath Singh in Hanoi."),
])
def test_a_head_of_government_receiving_a_minister_is_a_meeting_of_its_own(tmp_path, talks, call):
    """One article tells the minister's talks without naming his counterpart, another his call on the President
    the same day: two meetings, not one talks at summit level."""
    found = corpus_events(tmp_path, PTI + talks, PTI + call)
    assert [(t, d, lvl) for t, d, lvl, _p in found] == [("talks", "2022-06-08", "ministerial"),
                                                         ("talks", "2022-06-08", "summit")]


def test_the_same_call_on_the_president_told_twice_stays_one(tmp_path):
    """Guard: two reports of the minister's call on the President, one naming him only by office, are one."""
    a = PTI + "On Wednesday Defence Minister Rajnath Singh called on President Nguyen Xuan Phuc."
    b = PTI + "President Nguyen Xuan Phuc received Indian Defence Minister Rajnath Singh in Hanoi on Wednesday."
    assert [(t, d, lvl) for t, d, lvl, _p in corpus_events(tmp_path, a, b)] == [("talks", "2022-06-08", "summit")]


def test_the_same_ministers_talks_told_twice_stay_one(tmp_path):
    """Guard: two reports of the ministers' talks, one naming the host, are one meeting."""
    a = PTI + "Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on Wednesday."
    b = PTI + "Defence Minister Rajnath Singh held talks in Hanoi on Wednesday."
    assert [(t, d) for t, d, _l, _p in corpus_events(tmp_path, a, b)] == [("talks", "2022-06-08")]


STORY = ("India and Vietnam sign naval pact\n\nDefence Minister Rajnath Singh and General Phan Van Giang on Wednesday "
         "signed a memorandum on naval training in Hanoi, officials said.")


@pytest.mark.parametrize(("url", "day"), [
    ("https://www.example-daily.com/Encyc/2022/6/9/India-Vietnam-naval-pact.html", "2022-06-09"),
    ("http://www.example-tribune.com/news/2022/jun/09/india-vietnam-naval-pact/", "2022-06-09"),
    ("www.example-times.in/world/2022-06-09/india-vietnam-naval-pact", "2022-06-09"),
])
def test_a_pages_web_address_states_its_day(url, day):
    """A saved page that opens with its address ("/2022/6/9/", "/2022/jun/09/", "/2022-06-09/") is dated by it;
    the address is no headline."""
    assert published(url + "\n\n" + STORY) == (day, "stated")
    assert article(url + "\n\n" + STORY).article.title == "India and Vietnam sign naval pact"


def test_a_web_address_at_the_foot_states_the_day_too():
    """The address may close the page ("Source: https://..."): it dates a page whose head gives none."""
    text = STORY + "\n\nSource: https://www.example-daily.com/world/2022/06/09/naval-pact"
    assert published(text) == ("2022-06-09", "stated")


def test_a_web_address_without_a_day_dates_nothing():
    """Guard: "/2022/06/" or an id is no day."""
    assert published("https://www.example-daily.com/world/2022/06/naval-pact-12345\n\n" + STORY)[0] != "2022-06-09"


#: a page long enough that its foot is far below its head
LONG_STORY = STORY + "".join(f"\n\nThe memorandum covers training area {i}, officials said." for i in range(20))


@pytest.mark.parametrize("foot", [
    "###\n\nJUNE 9, 2022",
    "Tags: India, Vietnam, defence\n\nExample Daily Online – 09/06/2022 06:10 GMT+7",
    "Example Daily | 9 June 2022 | World",
])
def test_a_date_line_at_the_pages_foot(foot):
    """A release that ends on its date ("###  JUNE 9, 2022"), a paper that prints its stamp after the tags: the
    page's day, when its head gives none."""
    assert published(LONG_STORY + "\n\n" + foot) == ("2022-06-09", "stated")


def test_a_foot_that_lists_other_stories_dates_nothing():
    """Guard: two stamps at the foot are a list of other stories, not the page's date."""
    foot = "Related\n\nVietnam, Japan hold talks\n\nJune 3, 2022\n\nIndia gifts corvette to Vietnam\n\nJuly 22, 2023"
    assert published(LONG_STORY + "\n\n" + foot)[0] not in ("2022-06-03", "2023-07-22")


@pytest.mark.parametrize("stamp", ["02/08/2024 06:10", "02/08/2024", "Friday 02/08/2024"])
def test_a_stamp_in_figures_is_read_beside_the_day_it_reports(stamp):
    """ "02/08/2024" over talks "on August 1" and a call "on Wednesday" told after them: the reading a day after the
    talks (2 August), not the one on the day after the first weekday told (Thursday 8 February)."""
    text = (stamp + "\n\nIndia and Vietnam agree plan\n\nPrime Minister Pham Minh Chinh held talks with Prime "
            "Minister Narendra Modi in New Delhi on August 1. Chinh had received External Affairs Minister S. "
            "Jaishankar on Wednesday.")
    assert published(text) == ("2024-08-02", "stated")


@pytest.mark.parametrize("dateline", ["HANOI, MARCH 28.", "HANOI, March 28. —", "Hanoi, Mar. 28."])
def test_a_dateline_closed_by_a_full_stop_is_the_day_filed(dateline):
    """ "HANOI, MARCH 28. India and ... tonight": under a paper of the 29th, "tonight" and "earlier in the day" are
    the 28th, the day the story was filed."""
    text = ("Date:29/03/2000\n\n" + dateline + " India and Vietnam tonight signed a defence protocol. Earlier in the "
            "day, Defence Minister George Fernandes called on President Tran Duc Luong in Hanoi.")
    assert published(text) == ("2000-03-29", "stated")
    assert events(text) == [("IND", "talks", "2000-03-28")]


@pytest.mark.parametrize("dateline", ["HANOI, Jan 8", "Hanoi, January 8", "HANOI, 8 January"])
def test_a_dateline_on_a_line_of_its_own_above_the_headline(dateline):
    """A page date, then the dateline on its own line, then the headline: "today" is the dateline's day."""
    text = ("Tuesday, January 09, 2001\n\n" + dateline + "\n\nIndia and Vietnam to build on defence accord\n\n"
            "Indian Defence Minister George Fernandes today held talks with General Pham Van Tra in Hanoi.")
    assert published(text) == ("2001-01-09", "stated")
    assert events(text) == [("IND", "talks", "2001-01-08")]


DELHI = "NEW DELHI, July 7, 2007\n\n"


@pytest.mark.parametrize("told", [
    "Manmohan Singh held talks with visiting Vietnamese Prime Minister Nguyen Tan Dung on Friday.",
    "Prime Minister Manmohan Singh and visiting Vietnamese Prime Minister Nguyen Tan Dung held talks in New Delhi on "
    "Friday.",
    "On Friday Prime Minister Manmohan Singh met the visiting Vietnamese Prime Minister Nguyen Tan Dung at Hyderabad "
    "House.",
])
def test_visiting_before_the_guest_is_no_visit_of_that_day(told):
    """ "Talks with visiting Prime Minister Dung on Friday": "visiting" says who the guest is; the day is the
    talks', which two heads of government hold (a summit), not a visit's that swallows them."""
    assert events(DELHI + told) == [("IND", "summit", "2007-07-06")]


def test_a_visiting_guest_with_nothing_else_told_is_still_a_visit():
    """Guard: when the sentence tells no other happening, "the visiting Prime Minister ... on Friday" is the visit."""
    told = "Visiting Vietnamese Prime Minister Nguyen Tan Dung on Friday addressed business leaders in Mumbai."
    assert events(DELHI + told) == [("IND", "visit", "2007-07-06")]


HANOI_2010 = "HANOI, Oct. 15, 2010\n\n"


@pytest.mark.parametrize("told", [
    "Defence Minister A.K. Antony held talks with General Phung Quang Thanh in Hanoi on Wednesday. Antony later "
    "called on Vietnamese Prime Minister Nguyen Tan Dung.",
    "On Wednesday Defence Minister A.K. Antony met General Phung Quang Thanh at the defence ministry. He later met "
    "Prime Minister Nguyen Tan Dung.",
    "Defence Minister A.K. Antony met General Phung Quang Thanh on Wednesday. Antony later met President Nguyen Minh "
    "Triet.",
])
def test_a_meeting_told_as_later_right_after_a_dated_meeting_is_that_day(told):
    """ "Antony held talks with Thanh on Wednesday. Antony later called on Prime Minister Dung": the visitor's day
    of meetings goes on; the next host is met that day (two meetings, both on Wednesday)."""
    assert events(HANOI_2010 + told) == [("IND", "talks", "2010-10-13"), ("IND", "talks", "2010-10-13")]


def test_a_later_meeting_told_sentences_after_is_that_day_too():
    """ "Later", told three sentences after the dated meeting with nothing of another day between, is its day
    (round 19 widened this from the sentence right after: blind gold dates such calls to the meeting's day; the
    guard is now a later day told before, in test_round19)."""
    told = ("Defence Minister A.K. Antony held talks with General Phung Quang Thanh on Wednesday. The two discussed "
            "naval training. The ministers also spoke about peacekeeping. Antony later called on Prime Minister Nguyen "
            "Tan Dung.")
    assert events(HANOI_2010 + told) == [("IND", "talks", "2010-10-13"), ("IND", "talks", "2010-10-13")]


@pytest.mark.parametrize("standfirst", [
    "Singh and Giang held talks in Hanoi; handover of 12 guard boats on Thursday",
    "Ministers meet in Hanoi; boat handover at Hai Phong on Thursday",
    "Logistics pact signed in Hanoi, guard boats to be handed over on Thursday",
])
def test_a_standfirst_is_no_lead(standfirst):
    """The lead's day dates the talks its next sentence tells ("The documents were signed after delegation-level
    talks between ..."); a standfirst above it, which ends on no full stop and tells the day of its last clause,
    is not the lead."""
    text = ("India, Vietnam sign logistics pact\n\n" + standfirst + "\n\nBS Reporter | New Delhi\nLast Updated at "
            "June 9, 2022 00:41 IST\n\nIndia and Vietnam on Wednesday signed a memorandum on logistics support in "
            "Hanoi. The documents were signed after delegation-level talks between Defence Minister Rajnath Singh "
            "and General Phan Van Giang in Hanoi.")
    assert ("IND", "talks", "2022-06-08") in events(text)


SUMMIT_2016 = ("HANOI, Sept. 4, 2016\n\nIndian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan "
               "Phuc in Hanoi on Saturday. ")


@pytest.mark.parametrize("told", [
    "The two leaders decided to upgrade the Strategic Partnership to a Comprehensive Strategic Partnership.",
    "The two Prime Ministers also agreed to elevate bilateral ties to a Comprehensive Strategic Partnership.",
    "They announced the upgrade of the relationship to a Comprehensive Strategic Partnership.",
])
def test_an_upgrade_by_the_leaders_of_the_meeting_just_told(told):
    """ "... held talks on Saturday. The two leaders decided to upgrade ...": the upgrade, told with no day of its own
    by the people of the meeting just told, is made at it."""
    assert events(SUMMIT_2016 + told) == [("IND", "partnership_upgrade", "2016-09-03"), ("IND", "summit", "2016-09-03")]


def test_the_leaders_welcoming_an_older_partnership_make_no_upgrade():
    """Guard: "The two leaders welcomed the growth of the partnership since it was established in 2016" recalls the
    upgrade; it does not make one that day."""
    told = ("The two leaders welcomed the strong growth of the Comprehensive Strategic Partnership since it was "
            "established in 2016.")
    assert ("IND", "partnership_upgrade", "2016-09-03") not in events(SUMMIT_2016 + told)


def test_an_upgrade_by_the_leaders_far_from_the_meeting_is_not_dated_by_it():
    """Guard: "the two leaders" two sentences after the meeting are no longer surely its people."""
    told = ("The talks covered trade. Officials said defence was the core. The two leaders decided to upgrade the "
            "Strategic Partnership to a Comprehensive Strategic Partnership.")
    assert events(SUMMIT_2016 + told) == [("IND", "summit", "2016-09-03")]


@pytest.mark.parametrize(("told", "day"), [
    ("Six years ago, during Prime Minister Narendra Modi's visit to Hanoi in September 2016, Vietnam and India raised "
     "their relationship to a Comprehensive Strategic Partnership.", "2016-09"),
    ("Vietnam and India elevated ties to a Comprehensive Strategic Partnership six years ago, at a summit in Hanoi on "
     "September 3, 2016.", "2016-09-03"),
    ("Six years ago, when Prime Minister Narendra Modi visited Hanoi in September 2016, Vietnam and India raised "
     "their relationship to a Comprehensive Strategic Partnership.", "2016-09"),
])
def test_an_upgrade_counted_in_years_takes_the_date_of_the_visit_it_was_made_at(told, day):
    """ "Six years ago, during Modi's visit to Hanoi in September 2016, ... raised their relationship": the count of
    years gives the year; the visit the sentence names gives the month (or the day)."""
    assert ("IND", "partnership_upgrade", day) in events("HANOI, June 10, 2022\n\n" + told)


def test_an_upgrade_of_its_own_year_beside_a_later_visit_keeps_its_year():
    """Guard: a visit of another year in the sentence does not date the upgrade."""
    told = ("India and Vietnam raised their relationship to a Comprehensive Strategic Partnership in 2016, and during "
            "his visit to New Delhi in July 2024 Prime Minister Pham Minh Chinh adopted a plan of action.")
    assert ("IND", "partnership_upgrade", "2016") in events("HANOI, June 10, 2025\n\n" + told)


@pytest.mark.parametrize("told", [
    "Washington and Hanoi restored diplomatic relations in 1995 and a bilateral trade agreement took effect in "
    "December 2001.",
    "The two countries restored diplomatic relations in 1995, and last year agreed in principle on a trade deal.",
    "The two countries normalized relations in 1995, while the first American warship called in November 2003.",
    "The two countries normalized relations in 1995, and in 2000 opened a new chapter of trade.",
])
def test_relations_set_up_once_take_no_date_of_a_later_clause(told):
    """Relations are restored once: the date of the next clause ("and a trade agreement took effect in December
    2001", "and last year agreed ...") is that clause's, not a second restoration."""
    assert [e for e in events("HANOI, Nov. 20, 2003\n\nThe US and Vietnam held talks. " + told)
            if e[1] == "partnership_upgrade"] == [("USA", "partnership_upgrade", "1995")]


def test_a_second_handover_of_another_ship_keeps_its_date():
    """Guard: for a handover, the next clause of another subject may tell another of its kind, with its date."""
    told = ("The United States handed the former cutter Morgenthau over to Vietnam in May 2017 and the former John "
            "Midgett was handed over in August 2020.")
    assert events("HONOLULU, Sept. 1, 2020\n\n" + told) == [("USA", "ceremony", "2017-05"), ("USA", "ceremony",
                                                                                             "2020-08")]


@pytest.mark.parametrize("line", ["Copyright Prensa Latina 2025", "© 2025 Example Wire Service. All rights reserved.",
                                  "Copyright 2025 The Example Press. All rights reserved."])
def test_a_copyright_line_gives_a_yearless_dateline_its_year(line):
    """ "Hanoi, Jul 24 (Prensa Latina)" over "Copyright Prensa Latina 2025": the wire's own year, not the latest year
    the text recalls (the corvette handed over in July 2023)."""
    text = ("Hanoi, Jul 24 (Prensa Latina) Three ships of the Indian Navy arrived today at Tien Sa port in Da Nang. "
            "India handed the corvette Kirpan to Vietnam in July 2023.\n\n" + line)
    assert published(text) == ("2025-07-24", "inferred")


def test_a_site_footer_year_after_the_officials_terms_dates_nothing():
    """Guard: "© 2024" under a story of Vajpayee's talks with Khai (in office together until 2002) is the year the
    page was saved, not the story's."""
    text = ("HANOI, Jan 8\n\nPrime Minister Atal Bihari Vajpayee held talks with Prime Minister Phan Van Khai "
            "today.\n\n© 2024 Example Times. All rights reserved.")
    assert not published(text)[0].startswith("2024")


def test_a_copyright_year_before_a_year_the_text_tells_dates_nothing():
    """Guard: a story that tells of 2025 was not written in 2023, whatever its footer says."""
    text = ("Hanoi, Jul 24 (Prensa Latina) Three ships of the Indian Navy arrived today at Tien Sa port in Da Nang, "
            "after exercises held in March 2025.\n\nCopyright Prensa Latina 2023")
    assert not published(text)[0].startswith("2023")


@pytest.mark.parametrize("told", [
    "President Joe Biden and General Secretary Nguyen Phu Trong announced the upgrade at a press meeting on Sunday "
    "evening.",
    "President Joe Biden announced the upgrade at a joint news conference with General Secretary Nguyen Phu Trong "
    "on Sunday.",
    "President Joe Biden and General Secretary Nguyen Phu Trong on Sunday announced the upgrade at a ceremony in "
    "Hanoi.",
])
def test_an_upgrade_announced_at_a_press_meeting(told):
    """ "Announced the upgrade at a press meeting": the occasion of the announcement; only a facility's upgrade "at
    the port" is no upgrade of the relationship."""
    assert ("USA", "partnership_upgrade", "2023-09-10") in events("HANOI, Sept. 12, 2023\n\n" + told)


def test_an_upgrade_at_the_port_is_no_upgrade_of_relations():
    """Guard: "announced the upgrade at the port of Cam Ranh" is the port's."""
    told = "On Sunday, Vietnam and the United States announced the upgrade at the port of Cam Ranh."
    assert ("USA", "partnership_upgrade", "2023-09-10") not in events("HANOI, Sept. 12, 2023\n\n" + told)


@pytest.mark.parametrize(("stamp", "day"), [
    ("(END) DOW JONES NEWS  03-13-00", "2000-03-13"),
    ("(END) EXAMPLE WIRE  13/03/2000 06:41", "2000-03-13"),
    ("-- Example Newswires, March 13, 2000", "2000-03-13"),
])
def test_a_wires_closing_stamp_dates_the_story(stamp, day):
    """A wire story that ends on its stamp ("(END) DOW JONES NEWS  03-13-00") after its last paragraph: the stamp is
    the page's date line, not a sentence of the story."""
    text = ("Cohen arrives in Vietnam\n\nU.S. Defense Secretary William Cohen arrived in Vietnam Monday and held talks "
            "with Defense Minister Pham Van Tra.\n\nThe visit is the first by a U.S. defense secretary since the war."
            "\n\n" + stamp)
    assert published(text) == (day, "stated")
    assert ("USA", "visit", "2000-03-13") in events(text)


@pytest.mark.parametrize(("url", "day"), [
    ("http://www.example-times.com/news/2012/06/navy-panetta-vietnam-060412/", "2012-06-04"),
    ("https://www.example-news.com/2012/06/panetta-hanoi-talks-story-060412.html", "2012-06-04"),
    ("http://www.example-times.com/news/2012/06/navy-panetta-vietnam/", "2012-06"),
])
def test_a_web_address_with_a_month_and_a_stamp_in_its_slug(url, day):
    """ "/2012/06/...-060412/": the path's year and month, and the day of the slug's stamp that agrees with them;
    without a stamp, the month only."""
    text = url + "\n\nPanetta in Hanoi\n\nDefense Secretary Leon Panetta held talks with General Phung Quang Thanh."
    assert published(text) == (day, "stated")


@pytest.mark.parametrize("told", [
    "On the afternoon of October 13, General Phung Quang Thanh held talks with Defence Minister A.K. Antony, who is "
    "paying an official visit to Vietnam after attending the first ASEAN Defence Ministers' Meeting-Plus (ADMM+) held "
    "in Hanoi on October 12.",
    "On October 13, General Phung Quang Thanh held talks with Defence Minister A.K. Antony. Thanh thanked India for its "
    "part in the ADMM+, which took place in Hanoi on October 12.",
    "On October 13, General Phung Quang Thanh held talks with Defence Minister A.K. Antony. Thanh praised the first "
    "ADMM+, which Vietnam hosted in Hanoi on October 12 with eighteen defence ministers.",
])
def test_the_same_day_is_not_an_earlier_day_told_in_an_aside(told):
    """ "The same day" after a day told in a clause about a person or a thing, earlier than the day of the story
    ("..., who is paying a visit after attending the ADMM+ held the previous day"), is the story's day."""
    text = HANOI_2010 + told + " The same day, Prime Minister Nguyen Tan Dung received Minister Antony."
    assert [e for e in events(text) if e[1] == "talks"] == [("IND", "talks", "2010-10-13"), ("IND", "talks",
                                                                                              "2010-10-13")]


def test_the_same_day_after_a_later_day_in_an_aside_is_that_day():
    """Guard: a day told in a clause that comes after the story's day is not set aside by this rule ("..., which
    ended on Thursday. The same day ...": Thursday)."""
    told = ("On October 13, Defence Minister A.K. Antony began a visit, which ended on October 14. The same day, Prime "
            "Minister Nguyen Tan Dung received Minister Antony.")
    assert ("IND", "talks", "2010-10-14") in events(HANOI_2010 + told)


@pytest.mark.parametrize("told", [
    "During the state visit of Prime Minister Nguyen Tan Dung to India from 27 to 28 October 2014, Prime Minister "
    "Narendra Modi and Dung held talks in New Delhi on 28 October 2014.",
    "During the official visit of the Prime Minister of Vietnam, Nguyen Tan Dung, to India on 27th-28th October, 2014, "
    "the Prime Minister of India and the Prime Minister of Vietnam held talks in New Delhi on 28th October, 2014.",
    "During the visit of Prime Minister Nguyen Tan Dung to India on October 27-28, 2014, Dung and Prime Minister "
    "Narendra Modi held talks at Hyderabad House on October 28.",
])
def test_talks_during_a_visit_with_a_day_of_their_own(told):
    """ "During the visit ... from 27 to 28 October, Modi and Dung held talks on 28 October": a part of a visit with
    a date of its own is an event of its own (codebook: only undated sub-activities belong to the visit)."""
    assert ("IND", "summit", "2014-10-28") in events("NEW DELHI, Dec. 12, 2014\n\n" + told)


def test_talks_during_a_visit_with_no_day_of_their_own_stay_in_it():
    """Guard: "During his visit to India from 27 to 28 October, Dung held talks with Modi": no day of their own."""
    told = ("During his visit to India from 27 to 28 October 2014, Prime Minister Nguyen Tan Dung held talks with Prime "
            "Minister Narendra Modi in New Delhi.")
    assert events("NEW DELHI, Dec. 12, 2014\n\n" + told) == [("IND", "visit", "2014-10-27")]


@pytest.mark.parametrize("told", [
    "India and Vietnam on Friday lifted their friendship to a strategic partnership, with Prime Minister Manmohan Singh "
    "and his Vietnamese counterpart Nguyen Tan Dung signing a joint declaration after delegation-level talks at "
    "Hyderabad House.",
    "India and Vietnam on Friday raised their ties to a strategic partnership as Prime Minister Manmohan Singh and "
    "Prime Minister Nguyen Tan Dung signed a declaration following talks in New Delhi.",
    "India and Vietnam on Friday declared a strategic partnership, Prime Minister Manmohan Singh and Prime Minister "
    "Nguyen Tan Dung issuing a declaration after their talks in New Delhi.",
])
def test_talks_after_which_the_leaders_signed_are_theirs(told):
    """ "..., with Singh and Dung signing a joint declaration after delegation-level talks": the talks are those of
    the two leaders named before them, a summit, not talks of no one."""
    assert ("IND", "summit", "2007-07-06") in events("NEW DELHI, July 7, 2007\n\n" + told)


HANOI_2000 = "HANOI, March 29, 2000\n\n"


@pytest.mark.parametrize("told", [
    "Defence Minister George Fernandes, who is on a five-day official visit, called on President Tran Duc Luong "
    "yesterday.",
    "Mr Fernandes, who is in Vietnam on a five-day official visit, met General Pham Van Tra yesterday. Defence Minister "
    "George Fernandes also toured a school.",
    "Defence Minister George Fernandes, who is paying an official visit to Vietnam, held talks with General Pham Van "
    "Tra yesterday.",
])
def test_a_visit_under_way_told_in_a_clause_beside_a_dated_meeting(told):
    """ "Fernandes, who is on a five-day official visit, called on the President yesterday": the call is a part of
    the visit under way, not the other way round; the visit is dated to the story's month (its start is not
    told)."""
    found = events(HANOI_2000 + told)
    assert ("IND", "visit", "2000-03") in found
    assert {t for _p, t, d in found if d == "2000-03-28"} == {"talks"}


def test_a_visit_told_as_done_beside_a_dated_meeting_is_no_visit_under_way():
    """Guard: "Fernandes, who was on a visit to Hanoi in 1998, ..." tells no visit under way in March 2000."""
    told = ("Defence Minister George Fernandes, who was on a visit to Vietnam last year, called on President Tran Duc "
            "Luong yesterday.")
    assert ("IND", "visit", "2000-03") not in events(HANOI_2000 + told)


DPD_2025 = ("HANOI, Nov. 12, 2025\n\nOn Monday, Defence Secretary Rajesh Kumar Singh and Senior Lieutenant General Hoang "
            "Xuan Chien co-chaired the 15th Vietnam-India Defence Policy Dialogue in Hanoi. ")


@pytest.mark.parametrize("told", [
    "Later the same day, the Indian official was received by Defence Minister General Phan Van Giang.",
    "The visiting envoy was later received by Defence Minister General Phan Van Giang the same day.",
    "The same day, the Indian defence chief was received by Defence Minister General Phan Van Giang.",
])
def test_a_visitor_described_not_named_received_by_a_host(told):
    """ "The Indian official was received by Minister Giang": the passive of a reception, its visitor told by what
    he is ("official", "envoy", "chief") rather than by name, is a meeting."""
    assert events(DPD_2025 + told) == [("IND", "dialogue", "2025-11-10"), ("IND", "talks", "2025-11-10")]


@pytest.mark.parametrize(("stamp", "day"), [
    ("Issued on: 02/11/2025 - 09:14  Modified: 03/11/2025 - 12:40", "2025-11-02"),
    ("Published 10/09/2023 • Updated 11/09/2023", "2023-09-10"),
    ("Posted 09/10/2023, updated 09/11/2023", "2023-09-10"),
])
def test_a_stamp_and_its_update_tell_the_order_of_their_figures(stamp, day):
    """ "Issued on: 02/11/2025 ... Modified: 03/11/2025": the reading in which the update comes within a week after
    the first stamp (2 and 3 November, day first; 10 and 11 September, month first), not a month later."""
    text = stamp + "\n\nNavy chiefs meet\n\nThe navy chiefs of India and Vietnam held talks in Hanoi, officials said."
    assert published(text) == (day, "stated")


def test_a_stamp_updated_the_same_day_still_tells_no_order():
    """Guard: "05/06/2012 ... updated 05/06/2012" reads both ways alike; only the year is taken."""
    text = ("Posted 05/06/2012, updated 05/06/2012\n\nNavy chiefs meet\n\nThe navy chiefs of India and Vietnam held "
            "talks in Hanoi, officials said.")
    assert published(text)[0] == "2012"
