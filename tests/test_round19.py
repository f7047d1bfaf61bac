"""Round 19: classes of the batches written blind after round 18.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article, events, published

import ties_lib as tl

AP = "HANOI, June 4, 2012 (AP)\n\n"


def corpus_events(tmp_path: Path, *texts: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Events of a corpus of several articles: type, day, level, participants (sorted)."""
    for i, text in enumerate(texts):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    found = tl.load_corpus(tmp_path).events
    return sorted((r.type, str(r.date_start)[:10], r.level, tuple(sorted(r.participants))) for r in found.itertuples())


@pytest.mark.parametrize("story", [
    "US Defense Secretary Leon Panetta and Vietnamese Defense Minister Phung Quang Thanh held talks in Hanoi on "
    "Monday.\n\nThe two men discussed the search for soldiers missing since the war.\n\n"
    "Panetta later met Prime Minister Nguyen Tan Dung.",
    "US Defense Secretary Leon Panetta held talks with Defense Minister Phung Quang Thanh today at the ministry.\n\n"
    "During the meeting Thanh raised the legacy of dioxin.\n\n\"Trust grows step by step,\" an official said.\n\n"
    "He later called on Prime Minister Nguyen Tan Dung.",
    "US Defense Secretary Leon Panetta, who flew in on Sunday evening from Singapore, held talks with Defense "
    "Minister Phung Quang Thanh on Monday.\n\nHe was given an honour guard welcome before the talks.\n\n"
    "Panetta later met Prime Minister Nguyen Tan Dung.",
])
def test_a_meeting_told_as_later_is_on_the_day_of_the_meeting_before_it(story):
    """A visitor's day of meetings goes on: the host met "later", a sentence or two after the dated talks (and
    after an arrival the evening before), is met that day."""
    found = [e for e in events(AP + story) if e[1] == "talks"]
    assert found == [("USA", "talks", "2012-06-04"), ("USA", "talks", "2012-06-04")]


def test_a_later_day_told_before_leaves_only_the_month():
    """Guard: the lead tells Thursday's handover, the story goes back to Wednesday's talks; "later" after them
    may be either day, and keeps the month."""
    story = ("NEW DELHI, June 10, 2022 (PTI)\n\nDefence Minister Rajnath Singh on Thursday handed over 12 guard boats "
             "to Vietnam at a ceremony in Hai Phong.\n\nOn Wednesday Singh held talks with General Phan Van Giang in "
             "Hanoi.\n\nSingh later called on President Nguyen Xuan Phuc.")
    assert ("IND", "talks", "2022-06") in events(story)


SUMMIT = "HANOI, May 24, 2016 (Reuters)\n\n"


@pytest.mark.parametrize("texts", [
    ("US President Barack Obama held talks with President Tran Dai Quang in Hanoi on Monday.\n\n"
     "Obama later met Prime Minister Nguyen Xuan Phuc on Monday.",),
    ("US President Barack Obama held talks with President Tran Dai Quang in Hanoi on Monday.",
     "US President Barack Obama met Prime Minister Nguyen Xuan Phuc in Hanoi on Monday."),
    ("Vietnamese President Tran Dai Quang held talks with Prime Minister Narendra Modi in New Delhi on Monday.",
     "President Ram Nath Kovind received Vietnamese President Tran Dai Quang in New Delhi on Monday."),
])
def test_one_guest_meeting_two_leaders_of_a_side_the_same_day_holds_two_summits(tmp_path, texts):
    """The guest met the President and then the Prime Minister: one side's people differ, two meetings."""
    found = [f for f in corpus_events(tmp_path, *(SUMMIT + t for t in texts)) if f[0] == "summit"]
    assert [(t, d) for t, d, _lvl, _p in found] == [("summit", "2016-05-23"), ("summit", "2016-05-23")]


def test_a_summit_told_once_by_each_side_is_one(tmp_path):
    """Guard: one article names only the guest, another only the host; one summit."""
    found = corpus_events(tmp_path, SUMMIT + "Prime Minister Narendra Modi held talks with his Vietnamese "
                          "counterpart in Hanoi on Monday.",
                          SUMMIT + "Prime Minister Nguyen Xuan Phuc held talks with his Indian counterpart in Hanoi "
                          "on Monday.")
    assert [(t, d) for t, d, _lvl, _p in found if t == "summit"] == [("summit", "2016-05-23")]


VN_PAGE = "[English translation]\n\nUpdated: 28/12/2020 09:40\n\nNavies meet at sea\n\n"


@pytest.mark.parametrize(("told", "day"), [
    ("The Indian corvette INS Kiltan docked at Nha Rong port in Ho Chi Minh City on Thursday, 24/12, with relief "
     "goods.", "2020-12-24"),
    ("This Monday, 21/12, Indian Defence Minister Rajnath Singh held talks with General Ngo Xuan Lich by video "
     "link.", "2020-12-21"),
    ("On Sunday, 20/12, the Indian ship INS Kiltan arrived in Ho Chi Minh City.", "2020-12-20"),
])
def test_a_weekday_before_a_day_in_figures_opens_it(told, day):
    """ "on Thursday, 24/12": the weekday, then the day in figures, as Vietnamese papers write it."""
    assert [e[2] for e in events(VN_PAGE + told)] == [day]


@pytest.mark.parametrize("told", [
    "On 26 and 27/12, a ship of the Vietnam People's Navy and the Indian corvette INS Kiltan held a passing "
    "exercise.",
    "The Indian corvette INS Kiltan and a Vietnamese frigate held a joint exercise on 26 and 27/12.",
    "A passing exercise of the Vietnamese and Indian navies took place on 26 and 27/12 off Cam Ranh.",
])
def test_two_days_joined_by_and_in_figures_are_a_span(told):
    """ "On 26 and 27/12": two days of one month, the first told alone: an exercise from the 26th to the 27th."""
    found = article(VN_PAGE + told).events
    assert [(e.type, e.date.iso_start(), e.date.end.isoformat()) for e in found] == [
        ("exercise", "2020-12-26", "2020-12-27")]


@pytest.mark.parametrize(("stamp", "story", "day"), [
    ("Updated: 06/03/2018 09:20", "Yesterday morning (5-3), the aircraft carrier USS Carl Vinson arrived in Da Nang. "
     "The visit was agreed at talks between General Ngo Xuan Lich and US Defense Secretary James Mattis on 25-1.",
     "2018-03-06"),
    ("Posted 04/07/2016", "Yesterday the US destroyer USS John S. McCain arrived in Da Nang. The call was agreed at "
     "talks in Hanoi on 14/6.", "2016-07-04"),
    ("08/05/2023 10:05", "The Indian frigate arrived in Cam Ranh today. Its visit was agreed at naval staff talks on "
     "21-2.", "2023-05-08"),
])
def test_the_storys_own_days_in_figures_tell_the_stamps_order(stamp, story, day):
    """A stamp that reads both ways ("06/03/2018") is read in the order the story's own days show ("on 25-1",
    "on 14/6" can only be day first)."""
    assert published(f"{stamp}\n\nShips and talks\n\n{story}")[0] == day


def test_a_stamp_whose_story_reads_month_first_stays_month_first():
    """Guard: the story's "on 6/17" shows the month first: "07/04/2016" is July 4."""
    assert published("07/04/2016 08:15\n\nShips and talks\n\nThe US destroyer arrived in Da Nang on 7/3 after the "
                     "two navies' talks on 6/17.")[0] == "2016-07-04"


@pytest.mark.parametrize("told", [
    "On 26 December the Vietnam People's Navy and the Indian Navy held a passing exercise in the East Sea.",
    "INS Kiltan and a Vietnamese frigate conducted a passing exercise off Cam Ranh on 26 December.",
    "A passing exercise between the Indian and Vietnamese navies followed on 26 December.",
])
def test_a_passing_exercise_is_an_exercise(told):
    """ "Passing exercise" is what navies call a PASSEX, as "passage exercise" is."""
    assert events("HANOI, December 28, 2020 (VNA)\n\n" + told) == [("IND", "exercise", "2020-12-26")]


STORY = ("Ships and ties\n\nThe American destroyer arrived in Da Nang on Sunday for a port visit, and its captain met "
         "the commander of Vietnam's Naval Region 3, the US Navy said.\n")


@pytest.mark.parametrize("lead", [
    "DA NANG, Vietnam (June 28, 2023) — Sailors of the aircraft carrier USS Ronald Reagan and its strike group met "
    "sailors of the Vietnam People's Navy on a soccer pitch and in a galley this week.",
    "CAM RANH BAY, Vietnam (Oct. 2, 2018) – The crew of the hospital ship USNS Mercy held a week of medical "
    "exchanges with Vietnamese military doctors at the naval hospital, the Navy said.",
    "HANOI (Aug. 14, 2019) — US Navy engineers and soldiers of the Vietnam People's Army began work on a "
    "two-storey school in Quang Ngai province under the Pacific Partnership mission.",
])
def test_a_military_releases_date_in_brackets_after_its_place_is_its_dateline(lead):
    """US military releases set their dateline as "PLACE, Country (Month D, YYYY) —"."""
    day = {"June": "2023-06-28", "Oct.": "2018-10-02", "Aug.": "2019-08-14"}[lead.split("(")[1].split()[0]]
    assert published("Navy news\n\nSailors meet\n\n" + lead) == (day, "stated")


@pytest.mark.parametrize(("line", "day"), [
    ("Source: CCTV.com | 05-26-2015 10:18 BJT", "2015-05-26"),
    ("Source: ecns.cn | 09-13-2023 10:20 BJT | Editor: Liu", "2023-09-13"),
    ("Source: CGTN.com | 03-22-2019 08:40 BJT", "2019-03-22"),
])
def test_a_source_line_with_its_stamp_dates_the_page(line, day):
    """ "Source: CCTV.com | 05-26-2015 10:18 BJT": the outlet, then the stamp, as Chinese outlets set it."""
    assert published(f"World news\n\n{line}\n\n" + STORY) == (day, "stated")


@pytest.mark.parametrize(("url", "day"), [
    ("www.thecalifornian.com/article/20120605/NEWS01/206050307/Panetta-Vietnam-trip", "2012-06-05"),
    ("http://www.philly.com/philly/news/nation_world/20160524_For_veterans_Obama_s_Vietnam_move.html", "2016-05-24"),
    ("https://www.example-gazette.com/apps/pbcs.dll/article/20031119/NEWS/311190301", "2003-11-19"),
])
def test_a_web_address_with_the_day_as_eight_figures_dates_the_page(url, day):
    """Newspaper publishing systems set the day as one segment of the path: "/article/20120605/NEWS01/"."""
    assert published(f"{url}\n\n" + STORY) == (day, "stated")


def test_eight_figures_that_are_no_day_do_not_date_the_page():
    """Guard: a story number of eight figures that reads as no day ("/20231399/") is no date."""
    assert published("https://www.example-gazette.com/article/20231399/news\n\n" + STORY)[0] != "2023-13-99"


@pytest.mark.parametrize(("lead", "day"), [
    ("(KPL) New Delhi, 7 July 2007 - Viet Nam and India raised their relationship to a strategic partnership.",
     "2007-07-07"),
    ("(VNA) Hanoi, 10 September 2023 - Viet Nam and the United States raised ties to a comprehensive strategic "
     "partnership.", "2023-09-10"),
    ("(BSS) Dhaka, June 9, 2022 - Indian Defence Minister Rajnath Singh handed over 12 boats to Vietnam.",
     "2022-06-09"),
])
def test_an_agency_in_brackets_before_the_dateline(lead, day):
    """Asian agencies put their name in brackets before the dateline: "(KPL) New Delhi, 7 July 2007 -"."""
    assert published("Regional news\n\nTies raised\n\n" + lead) == (day, "stated")


HANOI_2010 = "HANOI, Oct. 14, 2010 (UNI)\n\n"


@pytest.mark.parametrize("told", [
    "A day earlier Defence Minister A.K. Antony attended the first meeting of the ASEAN defence ministers and their "
    "eight dialogue partners, including India and the United States, in Hanoi.",
    "Vietnam hosted ten ASEAN members and eight dialogue partners, among them India, in Hanoi on Tuesday.",
    "India became a full dialogue partner of ASEAN in 1996 and has worked closely with Vietnam since.",
])
def test_a_dialogue_partner_is_no_dialogue(told):
    """ "ASEAN and its eight dialogue partners": a standing with a forum, not a session of a dialogue."""
    assert [e for e in events(HANOI_2010 + told) if e[1] == "dialogue"] == []


@pytest.mark.parametrize("told", [
    "Last November, Da Nang hosted the APEC Economic Leaders' Week, attended by US President Donald Trump.",
    "Vietnam hosted the APEC leaders' meetings in Da Nang on Tuesday, attended by US President Donald Trump.",
    "Hanoi hosted the ASEAN Defence Ministers' Meeting-Plus on Tuesday, attended by US Defense Secretary Robert "
    "Gates.",
])
def test_hosting_a_multilateral_gathering_is_no_bilateral_meeting(told):
    """A city or country that hosted a gathering of many nations held no meeting with one partner."""
    assert events(HANOI_2010 + told) == []


def test_hosting_a_guest_is_still_a_meeting():
    """Guard: hosting a named guest is a meeting."""
    assert events(HANOI_2010 + "General Phung Quang Thanh hosted US Defense Secretary Robert Gates in Hanoi on "
                  "Tuesday.") == [("USA", "talks", "2010-10-12")]


CHANDIGARH = "CHANDIGARH, Nov. 22, 2024 (PTI)\n\n"


@pytest.mark.parametrize("told", [
    "The Vietnam-India army exercise VINBAX-2024, which began on November 4, ended with a closing ceremony at "
    "Chandimandir today.",
    "A closing ceremony at Chandimandir today marked the end of the joint exercise of the Indian and Vietnamese "
    "armies, which began on November 4.",
    "The joint training of Indian and Vietnamese troops, which began on November 4 at Ambala, concluded with a "
    "concluding ceremony at Chandimandir today.",
])
def test_the_closing_ceremony_of_an_exercise_is_no_ceremony(told):
    """The close of an exercise is part of it: no handover or inauguration of its own."""
    assert [e[1] for e in events(CHANDIGARH + told)] == ["exercise"]


@pytest.mark.parametrize("told", [
    "US Ambassador Marc Knapper cut the ribbon on Friday on three new classrooms built by Navy Seabees in "
    "Vietnam's Phu Yen province.",
    "US Ambassador Marc Knapper attended a ribbon-cutting for a US-funded shelter in Vietnam's Quang Ngai province "
    "on Friday.",
    "US and Vietnamese officials cut ribbons on Friday at a clinic in Da Nang built by US Navy engineers.",
])
def test_a_ribbon_cutting_is_an_opening(told):
    """Cutting the ribbon on a school or clinic the partner built is its inauguration: a ceremony."""
    assert events("HANOI, August 19, 2023 (AP)\n\n" + told) == [("USA", "ceremony", "2023-08-18")]


@pytest.mark.parametrize("told", [
    "In August a Vietnamese search-and-rescue delegation led by Vice Adm. Pham Ngoc Minh toured emergency operations "
    "centers in Oregon.",
    "In August a delegation of Vietnam's army visited Fort Worth and San Diego.",
    "In August a Vietnamese naval delegation called at Pearl Harbor in Hawaii.",
])
def test_a_visit_to_a_place_of_the_united_states_the_gazetteer_knows(told):
    """The gazetteer holds the partners' states and main cities and bases, with Vietnam's provinces: a delegation
    in Oregon is on a visit to the United States."""
    assert events("SALEM, Ore., Oct. 20, 2014 (AP)\n\n" + told) == [("USA", "visit", "2014-08")]


@pytest.mark.parametrize("told", [
    "In June President George W. Bush welcomed Prime Minister Nguyen Tan Dung to the White House.",
    "In June President George W. Bush welcomed Vietnamese Prime Minister Nguyen Tan Dung to Washington.",
    "Defense Secretary Robert Gates welcomed his Vietnamese counterpart Phung Quang Thanh to the Pentagon in June.",
])
def test_welcoming_an_official_guest_to_a_place_is_a_meeting(told):
    """ "Bush welcomed Prime Minister Dung to the White House": the host met the guest (CAMEO 043)."""
    assert [(p, d) for p, _t, d in events("HONOLULU, Nov. 14, 2008 (JPAC)\n\n" + told)] == [("USA", "2008-06")]


def test_welcoming_a_decision_is_no_meeting():
    """Guard: welcoming a decision or a ship to a port is no meeting of officials."""
    assert events("HONOLULU, Nov. 14, 2008 (JPAC)\n\nVietnam welcomed the US decision in June, and welcomed "
                  "Vietnamese sailors to Hawaii.") == []


@pytest.mark.parametrize(("told", "place"), [
    ("The San Diego-based strike group met Vietnamese officers in Da Nang on Monday.", "San Diego"),
    ("A Hanoi-based analyst said the visit of the USS Carl Vinson to Da Nang on Monday mattered.", "Hanoi"),
    ("The Honolulu-based ship USNS Mercy arrived in Da Nang on Monday.", "Honolulu"),
])
def test_a_place_before_based_is_where_one_is_from(told, place):
    """ "the San Diego-based strike group": where the group is from, not a place anything happened."""
    from ties_lib.places import find_places
    assert place not in [p.place for p in find_places(told)]


@pytest.mark.parametrize("name", ["Nguyen Huu Phuoc", "Tran Van Hoa", "Le Thanh Binh"])
def test_a_vietnamese_name_that_shares_a_word_with_a_province_is_still_a_name(name):
    """ "Phuoc" of Binh Phuoc, "Hoa" of Tuy Hoa, "Binh" of Quang Binh are Vietnamese given names too: only a
    name that holds the whole place ("Da Nang") is refused."""
    found = article("CAM RANH, May 13, 2024 (PIB)\n\nThe Indian ship INS Kiltan arrived at Cam Ranh on Sunday. "
                    f"Colonel {name}, Deputy Chief of Staff of Naval Region 4, received the ship on arrival.").actors
    assert name in [a.name for a in found]


def test_a_place_of_several_words_is_no_name():
    """Guard: "Quang Ngai" and "Phu Yen" are places, not a person."""
    found = article("HANOI, May 13, 2024 (VNA)\n\nUS Navy engineers handed over a school in Quang Ngai to Phu Yen "
                    "officials on Sunday, said Ambassador Marc Knapper.").actors
    assert not any(a.name in ("Quang Ngai", "Phu Yen") for a in found)


@pytest.mark.parametrize("headline", [
    "U.S. Navy Frigate Makes First Port Call in Vietnam Since 1975",
    "American Warship Docks in Saigon, First Visit Since 1975",
    "US Navy Ship Calls at Vietnam Port, First Since 1975",
])
def test_a_headlines_since_year_is_no_date_of_the_visit(headline):
    """A headline's "First Port Call in Vietnam Since 1975", in title case, is a since-clause as in the text."""
    story = (f"State Department Wire\nEAST ASIA AND PACIFIC\n\n20 November 2003\n\n{headline}\n\n(Visit comes a "
             "week after the minister's talks) (480)\n\nBy Jane Roe\nWire Staff Writer\n\nWashington -- The frigate "
             "USS Vandegrift docked in Ho Chi Minh City November 19, the first visit by a U.S. Navy ship to Vietnam "
             "since the end of the war.")
    assert events(story) == [("USA", "visit", "2003-11-19")]


def test_a_sentence_that_opens_with_since_tells_the_start_of_what_it_tells():
    """Guard: "Since October 2013, the Indian Navy has been running a course" starts the course that month."""
    story = ("NEW DELHI, July 7, 2016 (PTI)\n\nSince October 2013, the Indian Navy has been running a submarine "
             "training course for Vietnamese sailors at INS Satavahana in Visakhapatnam.")
    assert ("IND", "exercise", "2013-10") in events(story)


@pytest.mark.parametrize("told", [
    "Fifteen years ago last month, the United States and Vietnam normalised diplomatic relations.",
    "The United States and Vietnam normalized relations 15 years ago last month.",
    "Washington and Hanoi restored diplomatic relations fifteen years ago last month, ending two decades of enmity.",
])
def test_years_ago_last_month_counts_back_from_the_month_before(told):
    """ "Fifteen years ago last month" under a page of August 2010: July 1995."""
    assert events("HANOI, August 16, 2010 (AP)\n\n" + told) == [("USA", "partnership_upgrade", "1995-07")]


@pytest.mark.parametrize(("told", "kind"), [
    ("US President Joe Biden and General Secretary Nguyen Phu Trong on the 10th (local time) raised relations to a "
     "comprehensive strategic partnership.", "partnership_upgrade"),
    ("US President Joe Biden and General Secretary Nguyen Phu Trong held talks on the 10th (local time) in Hanoi.",
     "summit"),
    ("General Secretary Nguyen Phu Trong received US President Joe Biden in Hanoi on the 10th (Hanoi time).",
     "summit"),
])
def test_a_day_of_the_month_before_its_time_zone(told, kind):
    """ "on the 10th (local time)": the day of the page's month, as Korean and Chinese agencies write it."""
    assert events("SEOUL, September 11, 2023 (Newsis)\n\n" + told) == [("USA", kind, "2023-09-10")]


DELHI_2007 = "NEW DELHI, July 7, 2007 (VNA)\n\n"
VISIT_2007 = "Prime Minister Nguyen Tan Dung paid a state visit to India from 4 to 6 July.\n\n"


@pytest.mark.parametrize(("told", "day"), [
    ("Indian Defence Minister A.K. Antony called on Prime Minister Nguyen Tan Dung on the last day of Prime Minister "
     "Dung's state visit.", "2007-07-06"),
    ("On the second day of Mr Dung's visit, Indian Defence Minister A.K. Antony called on him.", "2007-07-05"),
    ("Indian Defence Minister A.K. Antony called on Prime Minister Nguyen Tan Dung on the final day of Prime "
     "Minister Nguyen Tan Dung's three-day visit.", "2007-07-06"),
])
def test_a_day_of_a_visit_named_by_its_guest(told, day):
    """ "on the last day of Prime Minister Dung's state visit": a day of the span the visit was told with."""
    assert ("IND", "talks", day) in events(DELHI_2007 + VISIT_2007 + told)


@pytest.mark.parametrize(("told", "day"), [
    ("Indian Defence Minister A.K. Antony called on Vietnamese Prime Minister Nguyen Tan Dung on the last day of his "
     "state visit to India from 4 to 6 July.", "2007-07-06"),
    ("Indian Defence Minister A.K. Antony called on Vietnamese Prime Minister Nguyen Tan Dung on the second day of "
     "his visit to India from 4 to 6 July.", "2007-07-05"),
    ("On the first day of his state visit to India, from 4 to 6 July, Vietnamese Prime Minister Nguyen Tan Dung "
     "received Indian Defence Minister A.K. Antony in Kolkata.", "2007-07-04"),
])
def test_a_day_of_a_span_told_just_after_it(told, day):
    """ "on the last day of his state visit to India from 4 to 6 July": the span follows in the same clause."""
    assert ("IND", "talks", day) in events(DELHI_2007 + told)


@pytest.mark.parametrize("told", [
    "The declaration was issued after talks between Prime Minister Nguyen Tan Dung and Indian Prime Minister "
    "Manmohan Singh on the last day of Dung's state visit to India from 4 to 6 July.",
    "Talks between Indian Prime Minister Manmohan Singh and Vietnamese Prime Minister Nguyen Tan Dung came on the "
    "last day of the state visit, from 4 to 6 July.",
    "The accord came after talks between Prime Minister Manmohan Singh and Vietnamese Prime Minister Nguyen Tan "
    "Dung on the final day of Dung's three-day visit from 4 to 6 July.",
])
def test_both_named_after_between_are_the_talks_people(told):
    """ "talks between Prime Minister Dung and Indian Prime Minister Singh on the last day of Dung's visit": the
    two prime ministers met (a summit), however near the visit's word the second name stands."""
    assert ("IND", "summit", "2007-07-06") in events(DELHI_2007 + told)


@pytest.mark.parametrize("url", [
    "http://www.example-standard.com.hk/news_detail.asp?pp_cat=12&art_id=114827&d_str=20110902&fc=2",
    "https://news.example.com/view.php?id=5521&date=20110902",
    "http://www.example-times.com/index.aspx?page=article&d=20110902&sec=world",
])
def test_a_query_value_of_eight_figures_dates_the_page(url):
    """A web address whose query carries the day ("&d_str=20110902&") dates the page."""
    assert published(f"{url}\n\nShips and ties\n\nThe Indian ship INS Airavat left Vietnam on Friday after a visit to "
                     "Nha Trang, the Indian Navy said.\n") == ("2011-09-02", "stated")


@pytest.mark.parametrize("head", [
    "MSNBC.com\nNEWS > WORLD NEWS > ASIA-PACIFIC\n\nCohen: Time for ties\nDefense secretary makes first trip\n\n"
    "STAFF AND WIRE REPORTS\n\n",
    "ExampleNews.com\nNEWS > WORLD NEWS > ASIA\n\nPentagon chief in Hanoi\nCohen says ties can grow\n\n"
    "STAFF AND WIRE REPORTS\n\n",
    "Daily.com\nNEWS > WORLD NEWS > ASIA\n\nPentagon chief in Hanoi\nCohen says ties can grow\n\n"
    "STAFF AND WIRE REPORTS\n\n",
])
def test_a_dateline_after_a_headline_of_two_decks_and_a_credit_line(head):
    """A dateline below a breadcrumb, two headline decks and a credit line is still the story's dateline."""
    story = head + ("HANOI, Vietnam, March 14 — US Defense Secretary William Cohen met Foreign Minister Nguyen Dy Nien "
                    "on Tuesday, a day after talks with Defense Minister Pham Van Tra.")
    assert published(story) == ("2000-03-14", "inferred")


@pytest.mark.parametrize("told", [
    "Vietnam's defense minister, Pham Van Tra, was greeted by Defense Secretary Donald H. Rumsfeld on the Pentagon "
    "steps on Monday, and the two men then sat down to a working lunch.",
    "On Monday Defense Secretary Donald Rumsfeld and Vietnam's Defense Minister Pham Van Tra sat down to talks at the "
    "Pentagon.",
    "The Vietnamese minister Pham Van Tra sat down to dinner with Secretary of State Colin Powell on Monday.",
])
def test_sitting_down_to_a_meal_or_talks_is_a_meeting(told):
    """ "sat down to a working lunch": two officials at one table have met."""
    assert events("WASHINGTON, Nov. 11, 2003 (Newhouse)\n\n" + told) == [("USA", "talks", "2003-11-10")]


def test_sitting_down_to_write_is_no_meeting():
    """Guard: sitting down to do something alone is no meeting."""
    assert events("WASHINGTON, Nov. 11, 2003 (Newhouse)\n\nThe Vietnamese minister Pham Van Tra sat down to write "
                  "his speech on Monday.") == []


@pytest.mark.parametrize(("head", "told", "day"), [
    ("NEW DELHI, July 7, 2007 (VNA)", "On Friday Vietnamese Prime Minister Nguyen Tan Dung called on President "
     "A.P.J. Abdul Kalam.", "2007-07-06"),
    ("NEW DELHI, Oct. 13, 2011 (PTI)", "On Wednesday Vietnamese Prime Minister Nguyen Tan Dung called on President "
     "Pratibha Patil.", "2011-10-12"),
    ("HANOI, Sept. 16, 2014 (VNA)", "On Monday President Pranab Mukherjee held talks with Prime Minister Nguyen Tan "
     "Dung in Hanoi.", "2014-09-15"),
])
def test_the_presidents_of_india_are_heads_of_state(head, told, day):
    """The actor base holds India's presidents from 1997 (sourced): a head of government meeting one holds a
    summit."""
    assert ("IND", "summit", day) in events(f"{head}\n\n{told}")


@pytest.mark.parametrize("told", [
    "General Ngo Xuan Lich, who had been received at the Pentagon last August, met Mattis in Hanoi in January.",
    "Lich had been received at the Pentagon last August, and met Mattis again in Hanoi in January.",
    "The Vietnamese defence minister Ngo Xuan Lich, who was received at the Pentagon last August, met Mattis in "
    "Hanoi in January.",
])
def test_a_guest_who_had_been_received_at_a_place_was_on_a_visit(told):
    """ "who had been received at the Pentagon last August": the guest's visit (a perfect tense before the
    passive, after the guest the row names)."""
    assert ("USA", "visit", "2017-08") in events("HANOI, March 6, 2018 (AP)\n\n" + told)


PITTSBURGH = "PITTSBURGH, Nov. 20, 2003 (Post-Gazette)\n\n"


@pytest.mark.parametrize("told", [
    "Yesterday morning his phone rang in Bethel Park, and it was his son calling from Saigon, where the USS "
    "Vandegrift had docked.",
    "The telephone rang at the Pentagon on Wednesday as Vietnamese officials arrived in Washington.",
    "Her phone rang on Wednesday with news from Ho Chi Minh City, where the USS Vandegrift had docked.",
])
def test_a_phone_that_rang_is_no_call(told):
    """ "his phone rang": a telephone ringing, no official who rang another."""
    assert [e for e in events(PITTSBURGH + told) if e[1] == "talks"] == []


@pytest.mark.parametrize("told", [
    "Defense Secretary Donald Rumsfeld rang Vietnamese Defense Minister Pham Van Tra on Wednesday.",
    "On Wednesday US Defense Secretary Donald Rumsfeld rang his Vietnamese counterpart Pham Van Tra.",
    "Vietnamese Defense Minister Pham Van Tra rang him on Wednesday, Defense Secretary Donald Rumsfeld said.",
])
def test_an_official_who_rang_another_called_him(told):
    """Guard: "Rumsfeld rang Tra" is a call."""
    assert ("USA", "talks", "2003-11-19") in events(PITTSBURGH + told)


@pytest.mark.parametrize("told", [
    "The two countries have had full diplomatic relations since 1972, and the 35th anniversary this year was marked "
    "with the customary exchange of messages.",
    "India and Vietnam, which established diplomatic relations in 1972, mark the 35th anniversary this year.",
    "The two countries, which set up diplomatic ties in 1972, celebrate the 35th anniversary this year.",
])
def test_an_anniversary_counted_from_a_start_told_before_it(told):
    """ "relations since 1972, and the 35th anniversary this year": the page is of 2007."""
    story = ("A paper on ties\n\nBy a writer\n\n" + told + " Prime Minister Nguyen Tan Dung's state visit from July 4 "
             "to 6 took him to Kolkata.")
    assert published(story) == ("2007-07", "inferred")


def test_a_year_of_the_marking_is_no_start():
    """Guard: "In 2019 the two navies marked the 25th anniversary" dates the marking, not the start."""
    assert published("A paper on ties\n\nBy a writer\n\nIn 2019 the two navies marked the 25th anniversary of "
                     "their first port call. Prime Minister Nguyen Tan Dung's state visit from July 4 to 6 took "
                     "him to Kolkata.")[0] == "2019"


@pytest.mark.parametrize("told", [
    "Joe Biden sat down with the general secretary of the Vietnamese Communist Party on Sunday.",
    "Joe Biden met Vietnam's prime minister on Sunday.",
    "Joe Biden held talks with the Vietnamese president on Sunday.",
])
def test_a_definite_office_in_lower_case_is_its_holder(told):
    """American papers write titles in lower case: "the general secretary of the Vietnamese Communist Party",
    "Vietnam's prime minister" is the one holder, and the president met him at a summit."""
    assert events("HANOI, Sept. 11, 2023 (AP)\n\n" + told) == [("USA", "summit", "2023-09-10")]


def test_an_indefinite_office_in_lower_case_is_no_one():
    """Guard: "an Indian prime minister's envoy" names no holder."""
    assert events("HANOI, Sept. 11, 2023 (AP)\n\nJoe Biden met an Indian prime minister's envoy on Sunday in "
                  "Hanoi.") == [("USA", "talks", "2023-09-10")]
