"""Round 11: dates written in figures in the text, datelines under a headline, bylines split by slashes.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

import pytest
from conftest import article, events, published

from ties_lib.dates import find_dates, numeric_order


def _read(text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(e.kind, e.year, e.month, e.day) for e in find_dates(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("On 14/6/2019, the two ministers met.", [("date", 2019, 6, 14)]),
    ("On 03/8/2016 the delegation arrived; on 21/8/2016 it left.", [("date", 2016, 8, 3), ("date", 2016, 8, 21)]),
    ("Since 18/10/2004, the navies have held talks.", [("date", 2004, 10, 18)]),
])
def test_a_date_in_figures_after_a_capitalised_preposition_is_read(text, want):
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # day first: told by the 27 and the 15
    ("The talks (27/9-1/10/2018) were held in Hanoi.", ("range", 2018, 9, 27, 2018, 10, 1)),
    ("The exercise ran (15/11 - 19/11/2021) at sea.", ("range", 2021, 11, 15, 2021, 11, 19)),
    # a range across the new year starts in the year before
    ("The cadets stayed (28/12-4/1/2020) in Pune.", ("range", 2019, 12, 28, 2020, 1, 4)),
])
def test_a_range_in_figures_in_brackets_is_one_range(text, want):
    e = find_dates(text)[0]
    assert (e.kind, e.year, e.month, e.day, e.end_year, e.end_month, e.end_day) == want


def test_figures_that_no_date_in_the_text_orders_are_not_read():
    """A guard: "on 5/6/2019" alone could be May 6 or June 5; nothing is read rather than a guess."""
    assert _read("The ships met on 5/6/2019 and on 7/8/2019.") == []


@pytest.mark.parametrize(("text", "order"), [
    ("On 25/5/2015 they met.", "day"),
    ("On 3/14/2015 they met.", "month"),
    ("They met in May 2015.", ""),
])
def test_the_order_of_a_texts_figures(text, order):
    assert numeric_order(find_dates(text)) == order


@pytest.mark.parametrize(("line", "want"), [
    # each reading falls on the weekday named: only the text's own figures tell them apart
    ("Friday, 07/01/2022, 07:45 (GMT+7)", "2022-01-07"),
    ("Tuesday, 08/02/2022 - 10:15", "2022-02-08"),
    ("Monday 11/07/2022", "2022-07-11"),
])
def test_a_date_line_in_figures_is_read_in_the_order_the_text_writes_its_dates(line, want):
    body = ("Vietnam and India have worked together for years. On 19/5/2021, Vietnamese Defence Minister "
            "Phan Van Giang and Indian Defence Minister Rajnath Singh held online talks.")
    assert published(f"Defence ties: a look back\n\n{line}\n\n{body}\n") == (want, "stated")


@pytest.mark.parametrize(("head", "want"), [
    ("India and Vietnam Widen Naval Ties\n\nPress Trust of India\n\n"
     "NEW DELHI, India, March 4, 2019 – ", "2019-03-04"),
    ("Hegseth Meets Vietnamese Counterpart\n\nMinisters agree to widen military contacts\n\nHANOI, Vietnam, Nov. 2, 2025 — ",
     "2025-11-02"),
    ("US, Vietnam hold talks\n\nArmed Forces Information Service News\n\nDA NANG, June 9, 2017 - ", "2017-06-09"),
])
def test_a_wire_dateline_under_a_headline_and_an_agency_line_dates_the_story(head, want):
    text = head + ("Defense officials of the two countries met here today and agreed to expand "
                   "exchanges between their militaries.\n")
    assert published(text) == (want, "stated")


def test_a_dateline_after_a_paragraph_of_prose_does_not_date_the_story():
    """A guard: a dateline-shaped line after the lead paragraph is not where the story was filed."""
    lead = ("Vietnam and the United States have expanded defence ties over the past decade, with ship "
            "visits, training and dialogues that both sides describe as a sign of growing trust between them.")
    text = f"Ties at a glance\n\n{lead}\n\nHANOI, March 4, 2019 – The first talks were held there.\n"
    assert published(text)[0] != "2019-03-04"


@pytest.mark.parametrize("byline", [
    "Maya Lin / @mayalin / June 14, 2019",
    "Staff Reporter / Defence Desk / 3 March 2021",
    "NEWS / ASIA / October 2, 2018",
])
def test_a_byline_with_cells_split_by_slashes_dates_the_story(byline):
    body = ("Vietnamese Defence Minister Phan Van Giang on Monday received the visiting Indian Defence "
            "Secretary in Hanoi, and the two sides agreed to expand training.")
    text = f"The Weekly Wire\n\nVietnam and India expand training\n\n{byline}\n\n{body}\n"
    want = {"June 14, 2019": "2019-06-14", "3 March 2021": "2021-03-03", "October 2, 2018": "2018-10-02"}
    assert published(text)[0] == next(v for k, v in want.items() if k in byline)


def test_events_dated_in_figures_with_capitalised_prepositions():
    text = ("Vietnam - India: a chronology\n\nThursday, 12/05/2022\n\n"
            "On 23/11/2020, Vietnamese Defence Minister Ngo Xuan Lich and Indian Defence Minister Rajnath Singh "
            "held online talks. On 09/04/2021, the two navies held a passage exercise in the South China Sea.\n")
    got = events(text)
    assert ("IND", "talks", "2020-11-23") in got
    assert ("IND", "exercise", "2021-04-09") in got


# --- a pronoun as the happening's subject ------------------------------------------------------------------

_VISIT = ("NEW DELHI, June 20, 2022 (PTI) - Indian Defence Minister Rajnath Singh paid an official visit to "
          "Vietnam from June 8 to 10. ")


@pytest.mark.parametrize("signing", [
    "In Hanoi on June 8, he and Vietnamese Defence Minister Phan Van Giang signed a memorandum on logistics.",
    "On June 9 she and Vietnamese Defence Minister Phan Van Giang signed a joint vision statement in Hanoi.",
    "On June 8, he and General Phan Van Giang signed two documents on training and cyber security.",
])
def test_a_signing_by_he_and_an_official_of_the_other_side_is_a_meeting(signing):
    got = [(p, t) for p, t, d in events(_VISIT + signing) if d in ("2022-06-08", "2022-06-09")]
    assert ("IND", "talks") in got


@pytest.mark.parametrize("meeting", [
    "The next day he met with President Vo Van Thuong and Prime Minister Pham Minh Chinh.",
    "On Monday he also held talks with Prime Minister Pham Minh Chinh in Hanoi.",
    "On Monday, she met Prime Minister Pham Minh Chinh at the Government Office.",
])
def test_a_head_of_state_met_by_he_or_she_after_a_head_is_named_is_a_summit(meeting):
    text = ("HANOI, Sept. 12, 2023 (AFP) - US President Joe Biden arrived in Hanoi on Sunday for a state "
            "visit. " + meeting + "\n")
    assert ("USA", "summit", "2023-09-11") in events(text)


def test_the_same_visitors_two_meetings_of_one_day_stay_two():
    """A guard: the pronoun's antecedent is not a participant, so two meetings are not merged as one."""
    text = ("HANOI, Nov. 3, 2025 (AP) - US Defense Secretary Pete Hegseth held talks with Defence Minister "
            "Phan Van Giang in Hanoi on Sunday. Later that day he called on Party General Secretary To Lam.\n")
    assert [t for p, t, d in events(text) if d == "2025-11-02"].count("talks") == 2


# --- meetings held, and a visitor received by pronoun ------------------------------------------------------

_HEAD = "Ties\n\nAugust 31, 2021\n\n"


@pytest.mark.parametrize("sentence", [
    "On July 1, Indian Defence Minister Rajnath Singh and Vietnamese Defence Minister Phan Van Giang held an "
    "online meeting.",
    "On July 1, Rajnath Singh and Phan Van Giang, the two defence ministers, had a productive meeting.",
    "Indian Defence Minister Rajnath Singh and Vietnamese Defence Minister Phan Van Giang held a working meeting "
    "on July 1.",
])
def test_a_meeting_held_by_the_two_sides_is_talks(sentence):
    assert ("IND", "talks", "2021-07-01") in events(_HEAD + sentence + "\n")


def test_a_meeting_of_a_body_is_not_talks():
    """A guard: "held a meeting of" a body is that body's meeting, not talks with the partner."""
    text = _HEAD + ("Indian Defence Minister Rajnath Singh visited Hanoi in June. On July 1, Vietnamese Defence "
                    "Minister Phan Van Giang held a meeting of the Central Military Commission.\n")
    assert not any(d == "2021-07-01" for _p, _t, d in events(text))


_COHEN = ("Cohen in Hanoi\n\nMarch 15, 2000\n\nDefense Secretary William Cohen arrived in Hanoi on Monday, the "
          "first American defense secretary to visit. ")


@pytest.mark.parametrize(("sentence", "day"), [
    ("The same day, Prime Minister Phan Van Khai received him and raised the issue of Agent Orange.", "2000-03-13"),
    ("On Tuesday, President Tran Duc Luong received him at the Presidential Palace.", "2000-03-14"),
    ("On Tuesday, Deputy Minister Nguyen Chi Vinh hosted him for a working lunch.", "2000-03-14"),
    ("On Monday evening, Defence Minister Pham Van Tra welcomed him at a banquet.", "2000-03-13"),
])
def test_a_host_who_receives_him_meets_the_visitor(sentence, day):
    assert ("USA", "talks", day) in events(_COHEN + sentence + "\n")


# --- a signing in a main clause of its own -----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "day"), [
    ("Vietnamese Defence Minister Phan Van Giang and Indian Defence Minister Rajnath Singh signed a joint vision "
     "statement in Hanoi last June, and Indian Navy chief R. Hari Kumar was in Cam Ranh in July for a ship "
     "handover.", "2022-06"),
    ("Rajnath Singh and Phan Van Giang signed a memorandum on logistics on June 8; Deputy Minister Hoang Xuan "
     "Chien visited New Delhi in October.", "2022-06-08"),
    ("On June 8, Rajnath Singh and Phan Van Giang signed a memorandum on logistics, while Deputy Minister Hoang "
     "Xuan Chien held talks in New Delhi in October.", "2022-06-08"),
])
def test_a_signing_in_a_main_clause_of_its_own_is_a_meeting(sentence, day):
    assert ("IND", "talks", day) in events("Ties\n\nMarch 1, 2023\n\n" + sentence + "\n")


def test_a_signing_during_a_visit_in_one_clause_stays_the_visits():
    """A guard: no clause of its own ("during the visit, they signed"), so the signing is the visit's."""
    text = ("Ties\n\nMarch 1, 2023\n\nDuring Rajnath Singh's visit to Hanoi in June 2022, he and Phan Van Giang "
            "signed a memorandum on logistics.\n")
    assert [t for _p, t, _d in events(text)] == ["visit"]


# --- a happening picked out by whose it was ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "want"), [
    ("The two countries signed a protocol on defence cooperation in 1994, during the visit of then Prime "
     "Minister P.V. Narasimha Rao.", ("IND", "visit", "1994")),
    ("A memorandum on training was signed in May 2015, during the visit by General Phung Quang Thanh.",
     ("IND", "visit", "2015-05")),
    ("The navies held a passage exercise in 2018 after the visit of INS Sahyadri to Da Nang.",
     ("IND", "visit", "2018")),
])
def test_a_happening_named_with_whose_it_was_is_not_anaphoric(sentence, want):
    text = "Ties\n\nJuly 22, 2023\n\nIndia and Vietnam deepen navy ties. " + sentence + "\n"
    assert want in events(text)


def test_during_the_visit_alone_still_refers_back():
    """A guard: "during the visit" with no one named after it is the visit told before."""
    text = ("Ties\n\nJuly 22, 2023\n\nIndian Defence Minister Rajnath Singh visited Hanoi on June 8, 2022. "
            "In 2023, during the visit, the two sides reviewed training.\n")
    assert [d for _p, t, d in events(text) if t == "visit"] == ["2022-06-08"]


# --- a visit under way, and the day a story was filed -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The ceremony was attended by Admiral R Hari Kumar, who is on an official visit to Vietnam.",
    "Admiral R Hari Kumar, the Indian Navy chief, is currently on a four-day visit to Vietnam.",
    "Indian Defence Secretary Giridhar Aramane, who is now on a working visit to Hanoi, toured the academy.",
])
def test_a_visit_under_way_is_dated_to_the_articles_month(sentence):
    text = ("Navy ties\n\nSaturday, July 22, 2023\n\nIndia handed over the corvette INS Kirpan to Vietnam at Cam "
            "Ranh on Saturday. " + sentence + "\n")
    assert ("IND", "visit", "2023-07") in events(text)


def test_a_visit_under_way_that_is_already_dated_is_not_told_twice():
    """A guard: the visit dated in the lead is the one under way."""
    text = ("Navy ties\n\nSaturday, July 22, 2023\n\nAdmiral R Hari Kumar began a visit to Vietnam on Thursday. "
            "Kumar, who is on an official visit to Vietnam, met the navy chief.\n")
    assert [d for _p, t, d in events(text) if t == "visit"] == ["2023-07-20"]


@pytest.mark.parametrize(("head", "day"), [
    ("Wednesday, March 29, 2000\n\nHanoi, March 28: ", "2000-03-28"),
    ("Tuesday, 5 June 2018\n\nNEW DELHI, June 4 (PTI) - ", "2018-06-04"),
    ("January 2, 2019\n\nHANOI, Dec. 31 (Reuters) - ", "2018-12-31"),
])
def test_tonight_is_the_day_the_story_was_filed(head, day):
    text = ("India and Vietnam sign pact\n\n" + head + "Indian Defence Minister George Fernandes and Vietnamese "
            "Defence Minister Pham Van Tra held talks tonight.\n")
    assert ("IND", "talks", day) in events(text)


def test_the_page_date_stays_the_publication_date_when_the_story_was_filed_the_day_before():
    """A guard: the filing day is what "tonight" counts from, not the publication date."""
    text = ("India and Vietnam sign pact\n\nWednesday, March 29, 2000\n\nHanoi, March 28: Indian Defence Minister "
            "George Fernandes and Vietnamese Defence Minister Pham Van Tra held talks tonight.\n")
    assert published(text) == ("2000-03-29", "stated")


@pytest.mark.parametrize("before", [
    "US President Joe Biden and General Secretary Nguyen Phu Trong announced the upgrade on Sunday.",
    "On Sunday, US President Joe Biden was welcomed by General Secretary Nguyen Phu Trong.",
    "US President Joe Biden landed on Sunday and was greeted by Prime Minister Pham Minh Chinh.",
])
def test_he_is_the_visitor_even_when_a_host_was_named_last(before):
    text = ("HANOI, Sept. 12, 2023 (AFP) - " + before + " The next day he met with President Vo Van Thuong.\n")
    assert ("USA", "summit", "2023-09-11") in events(text)


# --- "the two leaders met" after a lead that names them -----------------------------------------------------

_RUMSFELD = ("Rumsfeld in Hanoi\n\nHANOI, Vietnam, June 5, 2006 – Defense Secretary Donald H. Rumsfeld and "
             "Vietnamese Minister of National Defense Gen. Pham Van Tra agreed here today to expand exchanges "
             "between their militaries.\n\n")


@pytest.mark.parametrize("sentence", [
    "The two leaders met for about an hour at the ministry headquarters following a welcome ceremony.",
    "The two men later held talks at the ministry.",
    "Both ministers met at the government guesthouse.",
])
def test_the_two_the_lead_names_meet_on_the_leads_day(sentence):
    got = article(_RUMSFELD + sentence + "\n").events
    talks = [e for e in got if e.type == "talks" and e.date.iso_start() == "2006-06-05"]
    assert [e.participants for e in talks] == [("donald-rumsfeld", "pham-van-tra")]


def test_the_two_heads_the_lead_names_hold_a_summit():
    text = ("Biden in Hanoi\n\nHANOI, Sept. 10, 2023 (AP) — President Joe Biden and General Secretary Nguyen Phu "
            "Trong agreed on Sunday to elevate relations.\n\nThe two leaders met at the party's headquarters.\n")
    assert ("USA", "summit", "2023-09-10") in events(text)


@pytest.mark.parametrize("gathering", ["the Group of 20 summit", "the Group of 20 summit in New Delhi",
                                       "the Group of 7 summit"])
def test_a_group_of_n_summit_is_a_multilateral_gathering(gathering):
    text = ("Ties\n\nSeptember 12, 2023\n\nUS President Joe Biden, who attended " + gathering + " on Saturday, "
            "praised Vietnam's leaders.\n")
    assert not any(t == "summit" for _p, t, _d in events(text))


# --- a third country's person breaks a tie; a place's own where-clause --------------------------------------

@pytest.mark.parametrize("sentence", [
    "On February 11, President Rodrigo Duterte hosted the US envoy and an American delegation.",
    "On February 11, President Rodrigo Duterte held talks with the US envoy and American officers.",
    "On February 11, President Rodrigo Duterte met the US ambassador in Washington.",
])
def test_a_tie_goes_to_the_country_whose_person_the_sentence_names(sentence):
    # (an article mostly about the United States: a tie between it and the third country used to go to it)
    text = ("Carrier in Da Nang\n\nMarch 5, 2020\n\nThe USS Theodore Roosevelt arrived in Da Nang, Vietnam, on "
            "Thursday for a five-day visit, the second by a United States carrier since the war. US Ambassador "
            "Daniel Kritenbrink said the United States and Vietnam share an interest in a free and open region. "
            + sentence + "\n")
    assert not any(d == "2020-02-11" for _p, _t, d in events(text))


@pytest.mark.parametrize("name", ["the Visiting Forces Agreement", "two Visiting Forces Agreements",
                                  "its Visiting Forces Agreement with Washington"])
def test_a_visiting_forces_agreement_is_no_visit(name):
    from ties_lib.events import find_triggers
    assert find_triggers(f"Vietnam studied {name} in 2020.") == []


@pytest.mark.parametrize("clause", [
    "at the very spot where US Marines waded ashore in 1965",
    "off the beach where the first troops landed in 1965",
    "near the base where American aircraft flew from in 1965",
])
def test_a_date_in_a_places_own_where_clause_dates_nothing_else(clause):
    text = ("Carrier\n\nMarch 7, 2018\n\nThe USS Carl Vinson dropped anchor off Da Nang on Monday, " + clause
            + ", and sailors made a visit to a centre for Agent Orange victims.\n")
    assert not any(d == "1965" for _p, _t, d in events(text))


# --- more figures, and an anniversary of a relationship named before it ------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("The exercise runs from 11 – 27/11 with 300 troops.", ("range", 11, 11, 11, 27)),
    ("The course ran from 3-21/10 in Pune.", ("range", 10, 3, 10, 21)),
    ("The drills are held on 14 - 18/12 at sea.", ("range", 12, 14, 12, 18)),
])
def test_days_of_one_month_in_figures_are_a_range(text, want):
    e = find_dates(text)[0]
    assert (e.kind, e.month, e.day, e.end_month, e.end_day) == want


@pytest.mark.parametrize("text", ["On the morning of 19/11, the ships left.", "On the evening of 19/11 they met.",
                                  "The night of 19/11 was calm."])
def test_a_part_of_a_day_in_figures_is_a_date(text):
    assert [(e.month, e.day) for e in find_dates(text)] == [(11, 19)]


@pytest.mark.parametrize("mark", [
    "The upgrade comes as the two sides mark that partnership's tenth anniversary.",
    "The visit marks the partnership's 10th anniversary.",
    "Officials celebrated the comprehensive partnership's tenth anniversary this week.",
])
def test_an_anniversary_of_a_relationship_named_before_it_dates_the_article(mark):
    text = ("Ties upgraded\n\nThe two countries established a Comprehensive Partnership in July 2013, when then-"
            "President Truong Tan Sang met Barack Obama at the White House. " + mark + "\n")
    a = article(text).article
    assert a.published is not None and a.published.start.year == 2023


# --- a year that qualifies a name; a partnership named, then set up ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "On September 3, after talks with his counterpart Nguyen Xuan Phuc in Hanoi, the two leaders said the "
    "Strategic Partnership of 2007 had served them well.",
    "On September 3, after talks with Nguyen Xuan Phuc in Hanoi, the leaders hailed the Defence Partnership of 2009.",
    "On September 3, following talks with Nguyen Xuan Phuc, they reviewed the Maritime Partnership of 2011.",
])
def test_a_year_after_a_name_and_of_qualifies_the_name(sentence):
    text = "Modi in Hanoi\n\nSeptember 11, 2016\n\nPrime Minister Narendra Modi visited Vietnam. " + sentence + "\n"
    got = [(t, d) for p, t, d in events(text) if t in ("talks", "summit")]
    assert got and all(d == "2016-09-03" for _t, d in got)


@pytest.mark.parametrize("sentence", [
    "Ties have deepened under the Comprehensive Strategic Partnership set up in 2016.",
    "The strategic partnership, set up in 2007, has grown.",
    "Their Strategic Partnership was set up in 2007.",
])
def test_a_partnership_named_then_set_up_is_an_upgrade(sentence):
    text = "Ties\n\nMarch 1, 2020\n\nIndia and Vietnam marked a busy year. " + sentence + "\n"
    assert any(t == "partnership_upgrade" for _p, t, _d in events(text))


# --- "a year ago" gives the year of a day told after it --------------------------------------------------------

@pytest.mark.parametrize(("sentence", "want"), [
    ("A year ago, the aircraft carrier USS Ronald Reagan spent five days in Da Nang, June 25-30.", "2023-06-25"),
    ("Two years ago, the USS Ronald Reagan called at Da Nang on June 25.", "2022-06-25"),
    ("A year ago the destroyer USS Preble docked at Cam Ranh from June 25 to 30.", "2023-06-25"),
])
def test_a_year_ago_dates_the_day_told_after_it(sentence, want):
    text = "Carrier\n\nJune 20, 2024\n\n" + sentence + "\n"
    assert ("USA", "visit", want) in events(text)


def test_an_anniversary_marked_a_year_ago_counts_from_that_year():
    text = ("Carrier\n\nJune 20, 2024\n\nA year ago, the aircraft carrier USS Ronald Reagan spent five days in Da "
            "Nang, June 25-30, marking the tenth anniversary of the US-Vietnam Comprehensive Partnership.\n")
    assert ("USA", "partnership_upgrade", "2013") in events(text)


# --- a weekday in a text with no day of its own -------------------------------------------------------------

@pytest.mark.parametrize(("sentences", "want"), [
    ("US President Joe Biden arrived in Hanoi on Sunday, September 10, 2023. On Monday, Biden met Prime "
     "Minister Pham Minh Chinh.", ("USA", "summit", "2023-09-11")),
    ("Indian Defence Minister Rajnath Singh landed in Hanoi on June 8, 2022. On Thursday he held talks with "
     "Vietnamese Defence Minister Phan Van Giang.", ("IND", "talks", "2022-06-09")),
    ("The USS Blue Ridge arrived in Cam Ranh on Tuesday, April 16, 2024. On Friday, its commander called on "
     "Vietnamese navy chief Tran Thanh Nghiem.", ("USA", "talks", "2024-04-19")),
])
def test_a_weekday_counts_from_the_day_told_before_it_in_a_text_without_a_date_line(sentences, want):
    assert want in events("Ties deepen\n\n" + sentences + "\n")


# --- lists of countries, "the president", an opening frame, "until", taking delivery ------------------------

_BIDEN = "Biden in Vietnam\n\nSep 11, 2023 6:40 PM EDT\n\nPresident Biden wrapped up a two-day visit to Vietnam today. "


@pytest.mark.parametrize("listing", [
    "That status Hanoi had until now reserved for China, Russia, India and South Korea.",
    "Vietnam already has such ties with China, Russia and South Korea.",
    "Partners such as Japan, Australia and South Korea watched closely.",
])
def test_a_list_of_countries_does_not_carry_into_the_next_sentence(listing):
    text = _BIDEN + listing + " Today, he met Prime Minister Pham Minh Chinh.\n"
    assert any(p == "USA" and d == "2023-09-11" for p, _t, d in events(text))


@pytest.mark.parametrize("sentence", [
    "Today, the president met separately with Prime Minister Pham Minh Chinh and President Vo Van Thuong.",
    "Today the president also met Prime Minister Pham Minh Chinh.",
    "Today, the president held talks with Prime Minister Pham Minh Chinh.",
])
def test_the_president_as_subject_is_the_visitor(sentence):
    assert ("USA", "summit", "2023-09-11") in events(_BIDEN + sentence + "\n")


@pytest.mark.parametrize("opening", [
    "On Sunday evening, after talks at party headquarters,",
    "After talks at party headquarters on Sunday,",
    "On Sunday, following lengthy talks at the party headquarters in central Hanoi,",
])
def test_an_opening_frames_people_are_the_main_clauses_subject(opening):
    text = (_BIDEN + opening + " President Biden and General Secretary Nguyen Phu Trong announced that the two "
            "countries were raising their relationship to a comprehensive strategic partnership.\n")
    got = article(text).events
    framed = [e for e in got if e.type in ("talks", "summit") and e.date.iso_start() == "2023-09-10"]
    assert [e.participants for e in framed] == [("joe-biden", "nguyen-phu-trong")]


@pytest.mark.parametrize("tail", ["kept its crew in Seattle for training until June",
                                  "the crew stayed in Seattle until July", "the crew trained until June"])
def test_until_a_month_dates_no_handover(tail):
    text = ("Cutter\n\nJuly 29, 2021\n\nThe US cutter John Midgett had been formally handed over to Vietnam on Aug. 14 "
            "last year, but COVID-19 restrictions " + tail + ".\n")
    assert [d for _p, t, d in events(text) if t == "ceremony"] == ["2020-08-14"]


@pytest.mark.parametrize(("sentence", "want"), [
    # (no vessel's name within ten words of "delivery": the noun's cue does not read them)
    ("Earlier this month the Vietnam Coast Guard took delivery in home waters of CSB 8021, the former US Coast "
     "Guard cutter John Midgett.", ("USA", "ceremony", "2021-07")),
    ("On Monday, Vietnam's navy takes delivery of HQ-264 and HQ-265, the first two of the twelve fast patrol boats "
     "built in India.", ("IND", "ceremony", "2021-07-26")),
    ("On May 5 the Vietnam Coast Guard took delivery in Honolulu, Hawaii, of CSB 8020, which was formerly the US "
     "Coast Guard cutter Morgenthau.", ("USA", "ceremony", "2021-05-05")),
])
def test_vietnam_taking_delivery_is_a_handover(sentence, want):
    assert want in events("Ties\n\nJuly 29, 2021\n\n" + sentence + "\n")


def test_a_third_country_taking_delivery_is_not_vietnams():
    """A guard: the recipient is the subject, and here it is not Vietnam."""
    text = "Ties\n\nJuly 29, 2021\n\nManila took delivery of its first BrahMos batch from India in April.\n"
    assert events(text) == []


# --- more date lines ----------------------------------------------------------------------------------------

_LEAD = ("\n\nIndia and Vietnam on Wednesday signed an agreement on oil and gas cooperation during a state visit "
         "to New Delhi by Vietnamese President Truong Tan Sang.\n")


@pytest.mark.parametrize(("line", "want"), [
    ("Article published on the 2011-10-12 Latest update 2011-10-12 16:48 TU", "2011-10-12"),
    ("News published on the 2011-10-12, latest update 16:48 TU", "2011-10-12"),
    ("Story posted on the 2011-10-12 - latest update 2011-10-13", "2011-10-12"),
])
def test_published_on_the_day(line, want):
    assert published("India and Vietnam sign oil pact\n\n" + line + _LEAD) == (want, "stated")


@pytest.mark.parametrize(("line", "want"), [
    ("Thứ Ba, 18/10/2011", "2011-10-18"),
    ("Chủ Nhật, 16/10/2011 - 08:15", "2011-10-16"),
    ("Thứ Năm, 13/10/2011, 10:20 (GMT+7)", "2011-10-13"),
])
def test_a_vietnamese_weekday_before_a_date_in_figures_is_a_date_line(line, want):
    assert published("TIN TỨC\n\n" + line + "\n\nIndia and Vietnam sign oil pact" + _LEAD) == (want, "stated")


@pytest.mark.parametrize(("head", "want"), [
    ("[Congressional Record Volume 146, Number 32 (Tuesday, March 21, 2000)]\n[Senate]\n", "2000-03-21"),
    ("[Congressional Record Volume 146, Number 33 (March 22, 2000)]\n[House]\n", "2000-03-22"),
    ("[Congressional Record Volume 146, Number 34 (Thursday, March 23, 2000)]\n[Extensions of Remarks]\n",
     "2000-03-23"),
])
def test_a_day_in_brackets_inside_a_hard_wrapped_heading_dates_the_text(head, want):
    """A transcript wrapped at 70 characters: its head lines are joined with the heading."""
    body = ("  Mr. SMITH. Mr. President, I rise to take note of a trip that \n"
            "received less attention than it deserved. Last week, from March 13 \n"
            "through March 15, Secretary of Defense William Cohen traveled to the \n"
            "Socialist Republic of Vietnam. He was the first Secretary of Defense to \n"
            "set foot in that country since the war ended a quarter of a century \n"
            "ago, and he met his counterpart, Defense Minister Pham Van Tra, in \n"
            "Hanoi on the first day of his visit.\n")
    text = head + "From the Congressional Record Online\n\n          SECRETARY COHEN'S VISIT\n\n" + body
    assert published(text) == (want, "stated")


# --- an update stamp, "the US president", "the upgrade to a partnership" -----------------------------------

@pytest.mark.parametrize("stamp", [
    "Published on 21/09/2023 - 16:41 GMT+2 • Updated 22/09/2023 - 10:05 GMT+2",
    "Published: September 21, 2023 | Updated: September 22, 2023",
    "First published 21 September 2023, last updated 22 September 2023",
])
def test_an_update_stamp_is_the_day_relative_dates_count_from(stamp):
    text = ("Biden in Hanoi\n" + stamp + "\n\nUS President Joe Biden arrived in Hanoi on Thursday. On Friday, the "
            "US president met Prime Minister Pham Minh Chinh.\n")
    got = events(text)
    assert ("USA", "summit", "2023-09-22") in got
    assert published(text)[0] == "2023-09-21"


@pytest.mark.parametrize("sentence", [
    "Vietnam hailed the upgrade to a comprehensive strategic partnership on Sunday.",
    "Hanoi welcomed the elevation to a Comprehensive Strategic Partnership on Sunday.",
    "Both sides announced an upgrade to the highest partnership on Sunday.",
])
def test_an_upgrade_to_a_partnership_named_by_its_noun(sentence):
    text = "Ties\n\nSeptember 12, 2023\n\nUS President Joe Biden visited Hanoi. " + sentence + "\n"
    assert ("USA", "partnership_upgrade", "2023-09-10") in events(text)


# --- exercising with, receiving a delegation, a signing beside another day's happening ----------------------

@pytest.mark.parametrize("sentence", [
    "INS Ranvijay and INS Kora left Cam Ranh on 18 August to exercise with the Vietnam People's Navy frigate Ly Thai "
    "To.",
    "On 18 August the two Indian ships set sail from Da Nang to exercise with Vietnamese frigate Ly Thai To.",
    "Indian destroyer INS Ranvijay arrived off Cam Ranh on 18 August to exercise with Vietnam's navy.",
])
def test_exercising_with_the_other_navy_is_an_exercise(sentence):
    assert ("IND", "exercise", "2021-08-18") in events("Ties\n\nNovember 3, 2021\n\n" + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "On October 14, Colonel Vu Dinh Khoa received a working delegation of the Embassy of India.",
    "On October 14, Vietnamese Deputy Minister Hoang Xuan Chien received an Indian Navy delegation.",
    "On October 14, Senior Lieutenant General Hoang Xuan Chien received the high-level Indian delegation.",
])
def test_receiving_a_delegation_is_a_meeting(sentence):
    assert ("IND", "talks", "2021-10-14") in events("Ties\n\nNovember 3, 2021\n\n" + sentence + "\n")


@pytest.mark.parametrize("tail", [", a day after Carter toured Hai Phong.",
                                  ", two days after Carter visited a coast guard base in Hai Phong.",
                                  ", a week before Carter visited Japan."])
def test_a_signing_beside_another_days_happening_is_a_meeting(tail):
    text = ("Ties\n\nJune 9, 2015\n\nA Joint Vision Statement was signed in Hanoi on June 1 by Secretary of Defense "
            "Ashton Carter and Vietnamese Defense Minister Phung Quang Thanh" + tail + "\n")
    assert ("USA", "talks", "2015-06-01") in events(text)


# --- a month told with its year, then its days --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "In March 2000, Secretary of Defense William S. Cohen became the first U.S. defense secretary to visit Vietnam; "
    "during his March 13-15 visit he held talks with Defense Minister Pham Van Tra.",
    "In March 2000 William S. Cohen visited Vietnam, the first defense secretary to do so; on March 13 he held talks "
    "with Defense Minister Pham Van Tra.",
    "US Defense Secretary William Cohen's trip came in March 2000; he held talks with Defense Minister Pham Van Tra "
    "in Hanoi on March 13.",
])
def test_a_month_told_with_its_year_gives_its_days_that_year(sentence):
    text = "Report\n\nSeptember 4, 2007\n\n" + sentence + "\n"
    got = events(text)
    assert ("USA", "talks", "2000-03-13") in got or ("USA", "visit", "2000-03-13") in got
    assert not any(d.startswith("2007-03") for _p, _t, d in got)


def test_one_visit_told_by_its_month_then_its_days_is_one_visit():
    text = ("Report\n\nSeptember 4, 2007\n\nIn March 2000, Secretary of Defense William S. Cohen became the first U.S. "
            "defense secretary to visit Vietnam; during his March 13-15 visit he met Pham Van Tra.\n")
    assert [d for _p, t, d in events(text) if t == "visit"] == ["2000-03-13"]


# --- a time zone tells the order of a date line in figures; a stamp in figures ------------------------------

_TRONG = ("\n\nGeneral Secretary Nguyen Phu Trong and President Barack Obama met in the Oval Office, the first such "
          "meeting, and discussed defense ties.\n")


@pytest.mark.parametrize(("line", "want"), [
    ("BY JANE DOE, OPINION CONTRIBUTOR - 07/09/15 11:30 AM EDT", "2015-07-09"),
    ("Posted 07/09/15 at 9:05 PM PDT", "2015-07-09"),
    ("Updated 07/09/2015 08:15 PM CDT", "2015-07-09"),
])
def test_an_american_time_zone_puts_the_month_first(line, want):
    assert published("Trong at the White House\n\n" + line + _TRONG) == (want, "stated")


@pytest.mark.parametrize(("line", "want"), [
    ("14:32 23.05.2016 (updated 16:10 23.05.2016) Get short URL", "2016-05-23"),
    ("World news 23.05.2016 14:32 Get short URL", "2016-05-23"),
    ("Sputnik 23-05-2016, 14:32 Get short URL", "2016-05-23"),
])
def test_a_short_stamp_with_a_date_in_figures_dates_the_page(line, want):
    text = ("Obama lifts embargo\n\n" + line + "\n\nUS President Barack Obama announced in Hanoi on Monday that the "
            "United States is fully lifting its ban on arms sales to Vietnam.\n")
    assert published(text) == (want, "stated")


# --- navy-style ranges, "whether", a named subject's own clause, touring a described place ------------------

@pytest.mark.parametrize(("text", "want"), [
    ("On 26-27 Dec 20 INS Kiltan carried out a PASSEX.", (2020, 12, 26, 27)),
    ("The ships exercised from 3-5 Mar 19 off Da Nang.", (2019, 3, 3, 5)),
    ("Training ran on 14 - 18 Nov 22 at Cam Ranh.", (2022, 11, 14, 18)),
])
def test_days_of_a_month_with_a_two_digit_year_are_a_range_of_that_year(text, want):
    e = find_dates(text)[0]
    assert (e.kind, e.year, e.month, e.day, e.end_day) == ("range", *want)


@pytest.mark.parametrize("sentence", [
    "The real test lies in whether defense dialogues produce training on Sunday.",
    "Analysts asked whether the joint exercises would resume on Sunday.",
    "Officials debated whether the two navies held a drill on Sunday.",
])
def test_a_whether_clause_tells_no_happening(sentence):
    text = "Ties\n\nSeptember 12, 2023\n\nUS President Joe Biden left Vietnam on Monday. " + sentence + "\n"
    assert not any(d == "2023-09-10" for _p, _t, d in events(text))


@pytest.mark.parametrize("clause", [
    ", and Secretary of State Antony Blinken followed up in Hanoi in April.",
    ", and Defense Secretary Lloyd Austin followed up in April.",
    ", and Deputy Minister Nguyen Chi Vinh pressed ahead in April.",
])
def test_a_date_in_a_clause_with_its_own_named_subject_is_not_the_call_before(clause):
    text = ("Ties\n\nSeptember 12, 2023\n\nPresident Joe Biden and General Secretary Nguyen Phu Trong laid the "
            "groundwork in a phone call in March" + clause + "\n")
    assert [d for _p, t, d in events(text) if t == "summit"] == ["2023-03"]


@pytest.mark.parametrize("sentence", [
    "In October 2018, Defense Secretary Jim Mattis toured the dioxin-contaminated Bien Hoa air base.",
    "Defense Secretary Jim Mattis toured the former US air base at Bien Hoa in October 2018.",
    "In October 2018 Defense Secretary Jim Mattis toured the sprawling Bien Hoa air base.",
])
def test_touring_a_described_named_place_is_a_visit(sentence):
    text = "Ties\n\nJuly 9, 2020\n\nThe United States and Vietnam have deepened ties. " + sentence + "\n"
    assert ("USA", "visit", "2018-10") in events(text)


# --- a printed page's running head, and an Indian wire's day-first dateline ---------------------------------

_ANTONY = ("India to help train Vietnam's military\n\nPTI\n\n{dateline} Defence minister AK Antony today held talks "
           "with his Vietnamese counterpart, General Phung Quang Thanh, on training Vietnam's armed forces.\n")


@pytest.mark.parametrize(("head", "want"), [
    ("THE STATESMAN, KOLKATA, THURSDAY 14 OCTOBER 2010                        WORLD  11", "2010-10-14"),
    ("THE HINDU, CHENNAI, THURSDAY, OCTOBER 14, 2010          PAGE 12", "2010-10-14"),
    ("THE TRIBUNE, CHANDIGARH, THURSDAY, OCTOBER 14, 2010      NATION  7", "2010-10-14"),
])
def test_a_printed_pages_running_head_in_capitals_dates_it(head, want):
    text = head + "\n\n" + _ANTONY.format(dateline="HANOI, Oct 13 (PTI):")
    assert published(text) == (want, "stated")


@pytest.mark.parametrize("dateline", ["HANOI, 13 OCT:", "HANOI, 13 October (PTI) -", "Hanoi, 13 Oct:"])
def test_a_day_first_wire_dateline_is_the_day_today_counts_from(dateline):
    text = "The Statesman, Kolkata, Thursday, October 14, 2010\n\n" + _ANTONY.format(dateline=dateline)
    assert ("IND", "talks", "2010-10-13") in events(text)
