"""Round 47 of the generalisation loop (batches 566-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "event"), [
    # 12 March 2024 is a Tuesday: the visit began on Monday the 11th, its second day is the 12th
    ("HANOI, March 12, 2024 - Indian Defence Minister Rajnath Singh arrived in Hanoi on Monday for a three-day "
     "visit.\nOn the second day of the visit, he held talks with Vietnamese Defence Minister Phan Van Giang.\n",
     ("talks", "2024-03-12")),
    # 14 March 2024 is a Thursday: Monday the 11th, the third day the 13th
    ("HANOI, March 14, 2024 - Indian Defence Minister Rajnath Singh began a three-day official visit to Vietnam on "
     "Monday.\nOn its third day he held talks with Vietnamese Defence Minister Phan Van Giang in Hanoi.\n",
     ("talks", "2024-03-13")),
    ("NEW DELHI, Nov. 10, 2023 (Wire) - Vietnamese Defence Minister Phan Van Giang landed in New Delhi on Nov. 6 on "
     "his four-day trip.\nOn the final day, he called on Prime Minister Narendra Modi.\n", ("talks", "2023-11-09")),
])
def test_a_day_of_a_visit_told_by_the_days_it_lasts_is_counted_from_its_first(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize("text", [
    "HANOI, March 12, 2024 - Indian Defence Minister Rajnath Singh arrived in Hanoi on Monday for a three-day visit.\n"
    "On the first day of the visit, he held talks with Vietnamese Defence Minister Phan Van Giang.\n",
    "HANOI, July 8, 2007 - Prime Minister Nguyen Tan Dung paid an official visit to India from July 4 to 6.\n"
    "On the last day of the visit, Dung and Prime Minister Manmohan Singh held talks in New Delhi.\n",
    "WASHINGTON, Sept. 12, 2023 - Vietnam's Defence Minister Phan Van Giang visited the United States from Sept. 8 "
    "to 11.\nOn the closing day of his visit, Giang held talks with Secretary of Defense Lloyd Austin.\n",
])
def test_a_day_of_the_visit_told_before_names_that_visit_not_another(text):
    assert [t for t, _d in _coded(text)].count("visit") == 1


def test_a_day_of_a_visit_told_here_by_its_days_is_that_visit_guard():
    text = ("NEW DELHI, 9 June 2022 - Defence Minister Rajnath Singh today handed over 12 guard boats to Vietnam in "
            "Hai Phong, on the second day of his three-day official visit to the South-East Asian nation.\n")
    assert ("visit", "2022-06-08") in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    ("Harbour Review\nNovember 2023\n\nOn the morning of November 19, 2003, the frigate USS Vandegrift berthed in Ho "
     "Chi Minh City. It was the first call by a US warship since the end of the war in 1975, and on November 21 "
     "Vietnamese Defence Minister Pham Van Tra held talks with US Ambassador Raymond Burghardt aboard.\n",
     ("talks", "2003-11-21")),
    ("Defence Notes\nMarch 2024\n\nIndian Defence Minister A. K. Antony arrived in Hanoi on March 3, 2012. His "
     "talks with Vietnamese Defence Minister Phung Quang Thanh followed on March 5.\n", ("talks", "2012-03-05")),
    ("Pacific Letter\nJune 2022\n\nUS Defense Secretary Leon Panetta visited Cam Ranh Bay on June 3, 2012. The visit "
     "was the first since 1975 by a defense secretary to the bay, and on June 4 he held talks with General Phung "
     "Quang Thanh in Hanoi.\n", ("talks", "2012-06-04")),
])
def test_a_day_without_a_year_after_a_full_date_of_its_month_takes_that_dates_year(text, event):
    assert event in _coded(text)


def test_a_month_alone_after_a_full_date_of_that_month_is_not_of_its_year_guard():
    text = ("Security Brief\nDecember 3, 2024\n\nThe ceiling rose on 10 September 2023, when Joe Biden and Nguyen Phu "
            "Trong elevated relations to a Comprehensive Strategic Partnership in Hanoi. Trong's successor, To Lam, "
            "met Biden in New York in September.\n")
    assert ("summit", "2024-09") in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    ("Asia Review\nNovember 2023\n\nThe frigate USS Vandegrift berthed in Ho Chi Minh City on November 19, 2003.\n"
     "The port call came only days after a more important meeting in Washington. On November 10, Vietnamese Defence "
     "Minister Pham Van Tra met Secretary of Defense Donald Rumsfeld at the Pentagon.\n", ("talks", "2003-11-10")),
    ("Naval Letter\nAugust 2020\n\nThe destroyer USS John S. McCain arrived in Da Nang on August 10, 2010.\nIts "
     "visit came just weeks after a milestone in Hanoi. On July 23, Vietnamese Deputy Defence Minister Nguyen Chi "
     "Vinh held talks with US Secretary of State Hillary Clinton.\n", ("talks", "2010-07-23")),
    # (across the turn of a year: the day nearest the one told)
    ("Review of Asia\nJune 2016\n\nIndian Defence Minister A. K. Antony arrived in Hanoi on January 4, 2011.\nThe "
     "trip came a few days after an earlier encounter. On December 29, Antony held talks with Vietnamese Defence "
     "Minister Phung Quang Thanh in New Delhi.\n", ("talks", "2010-12-29")),
])
def test_a_day_opening_a_sentence_after_one_set_days_off_the_story_is_of_the_storys_year(text, event):
    assert event in _coded(text)


def test_a_year_told_last_is_no_story_day_to_step_off_from_guard():
    text = ("HANOI, June 2, 2017 (Wire) - The United States handed over the cutter Morgenthau to the Vietnam Coast "
            "Guard on Thursday. The ship entered service with the US Coast Guard in 1969.\nThe handover came only "
            "days after another transfer. On 22 May, US Ambassador Ted Osius handed over six patrol boats to the "
            "Vietnam Coast Guard.\n")
    assert ("ceremony", "2017-05-22") in _coded(text)


@pytest.mark.parametrize("third", [
    "Vietnam's military still flies mostly Russian aircraft and is cautious about cost.",
    "Most of the navy's frigates and submarines are Russian-built.",
    "Hanoi still buys Israeli missile systems and radars.",
])
def test_a_third_countrys_kit_does_not_make_it_the_partner_of_the_sentences_after(third):
    text = ("Security Brief\nDecember 5, 2022\n\nVietnamese and American officials met at the Pentagon on Nov. 30 for "
            f"the Defense Policy Dialogue.\n{third}\nThe first Defense Policy Dialogue was held in Hanoi in August "
            "2010, co-chaired by Deputy Minister Nguyen Chi Vinh.\n")
    assert ("dialogue", "2010-08") in _coded(text)


def test_a_third_countrys_kit_delivered_is_still_that_countrys_guard():
    text = ("Maritime Digest\nFebruary 2014\n\nIndian and Vietnamese officers held talks in Hanoi on Feb. 3.\n"
            "Vietnam took delivery of its first Russian-built submarine in Cam Ranh Bay in January.\n")
    assert [t for t, _d in _coded(text)] == ["talks"]


_PORT_CALL_BODY = (
    "The ship was received at the port by officers of the naval region and a band.\n\n"
    "During the stay, the captain called on the commander of the naval region and on the provincial leaders.\n\n"
    "The crew played a football match with Vietnamese sailors and opened the ship to visitors.\n\n"
    "On departure, the ship conducted a passage exercise with a Vietnamese corvette off the coast.\n\n"
    "The visit follows Vietnam's part in a multilateral exercise at Visakhapatnam last February.\n\n"
    "A Japanese destroyer called at the port last month, regional media have said.\n\n"
    "\"Port calls are signalling as much as seamanship,\" said a retired commodore.\n\n"
    "The ship will next visit the Philippines before returning home.\n\n"
    "The frigate, commissioned in 2021, is one of the Navy's newest.\n\n")


@pytest.mark.parametrize(("lead", "foot", "day"), [
    ("KOCHI, March 11: The Indian Navy's frigate INS Kaveriya arrived at Cam Ranh on Friday for a four-day port "
     "call, the Navy said.", "-- Posted 12/03/2025 | Filed under: Navy, Vietnam, Act East", "2025-03-12"),
    ("CHENNAI, Aug 21: The Indian Navy's frigate INS Sahyadri arrived at Cam Ranh on Monday for a four-day port "
     "call, the Navy said.", "— Posted 22/08/2023 | Tags: Navy, Vietnam", "2023-08-22"),
    ("VISAKHAPATNAM, Oct 9: The Indian Navy's corvette INS Kadmatt arrived at Da Nang on Sunday for a three-day "
     "port call, the Navy said.", "--- Published 10/10/2024 | Category: Defence", "2024-10-10"),
])
def test_a_labelled_stamp_after_a_rules_dashes_dates_the_page(lead, foot, day):
    text = (f"HARBOUR GAZETTE\nPorts | Navies | Shipping\n\nIndian warship calls in Vietnam\n\nBy our Naval Affairs "
            f"Correspondent\n\n{lead}\n\n{_PORT_CALL_BODY}{foot}\n\nAlso in the Gazette:\n> Port handles record "
            "volume\n> Fishing ban: boats told to return to harbour by June 9\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("foot", "month"), [
    ("— Jaldhara Defence Journal, December 2021 edition. Reproduction with credit.", "2021-12"),
    ("-- Coastal Strategy Review, March 2019 issue.", "2019-03"),
    ("Published March 2025. The views expressed are the author's own.", "2025-03"),
    ("First published: June 2020. All opinions are the authors'.", "2020-06"),
    ("Ocean State Pacific Letter is published weekly. June 2024.", "2024-06"),
    ("The Harbour Brief is issued monthly. October 2018.", "2018-10"),
])
def test_the_month_a_pages_foot_names_as_its_own_dates_it(foot, month):
    text = ("Strategy Letter\n\nSappers online: engineers train deminers\n\nIndian Army engineers ran a five-day "
            "virtual course on mine clearance for Vietnamese officers from 22 to 26 November.\nThe course was "
            f"held online because of travel limits.\n\n{foot}\n")
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("foot", "day"), [
    ("This issue went to subscribers on Tuesday, 20 December 2022.", "2022-12-20"),
    ("This newsletter went to press on 3 May 2019.", "2019-05-03"),
    ("The bulletin was sent to members on March 2, 2021.", "2021-03-02"),
    ("This letter was emailed to its readers on 9 June 2023.", "2023-06-09"),
])
def test_a_newsletters_note_of_the_day_it_went_out_dates_it(foot, day):
    text = ("STRATEGIC LETTER\n\nArmy medics build a Vietnam link\n\nA team of six Indian Army doctors held a week of "
            "training with Vietnamese military medics in Hanoi this month.\n\n"
            f"---\nThe Strategic Letter is published fortnightly. {foot}\nUnsubscribe | Forward to a colleague\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("text", "start"), [
    ("CAN THO, Sept. 24, 2012 -- Forty Vietnamese border guards finished a five-day search and rescue course led by "
     "US Coast Guard instructors last Friday.\n", "2012-09-17"),
    ("HANOI, Nov. 12, 2024 -- Twelve Vietnamese army engineers completed a four-day mine clearance course run by "
     "Indian Army instructors in Quang Tri on Saturday.\n", "2024-11-06"),
    ("NEW DELHI, Aug. 19, 2023 -- Vietnamese naval doctors finished a seven-day training course with Indian Navy "
     "doctors in Goa on Friday.\n", "2023-08-12"),
])
def test_a_course_told_finished_on_a_day_after_its_days_began_that_many_days_before(text, start):
    assert ("exercise", start) in _coded(text)


@pytest.mark.parametrize(("text", "day"), [
    ("MINE ACTION MONITOR\n\nTeam trains engineers\n\nDONG HA, Vietnam (Dec. 3) — A U.S. Indo-Pacific Command mine "
     "action team finished a training session with Vietnamese army engineers here Friday.\n\nA follow-on course is "
     "planned for next spring, and the U.S. has offered to bring Vietnamese staff to a regional conference in Bangkok "
     "in 2023.\n", "2022-12-03"),
    ("COAST LEDGER\n\nCutter crews drill\n\nDA NANG, Vietnam (Aug. 20) — US and Vietnamese coast guard crews held a "
     "search-and-rescue drill off Da Nang on Tuesday, the first since the 2016 lifting of the arms embargo.\n\nThe "
     "next drill will be held in Hawaii in 2020.\n", "2019-08-20"),
    ("HARBOUR WIRE\n\nIndian ship in Da Nang\n\nHANOI, June 10 (HW) — An Indian Navy frigate arrived in Da Nang on "
     "Thursday for a port call.\n\nThe two countries raised ties to a comprehensive strategic partnership in 2016."
     "\n\nThe two navies are expected to hold their next staff talks in New Delhi in 2021.\n", "2021-06-10"),
    ("NAVAL WIRE\n\nFrigate calls\n\nCHENNAI, Oct. 9 (NW) — An Indian Navy frigate called at Cam Ranh on Saturday, "
     "the Navy said.\n\nIndia and Vietnam signed a defence memorandum in 2009.\n\nVietnamese officers are due to "
     "attend a course in Kochi in 2017.\n", "2016-10-09"),
])
def test_a_datelines_year_is_the_plans_or_the_one_before_in_which_the_leads_weekday_fits(text, day):
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize("sentence", [
    "Exercise Coral Lantern ran from Nov. 28 to Dec. 2 off Da Nang, with US Air Force and Vietnam Border Guard crews.",
    "Exercise Hop Tac began on Nov. 28 in Hanoi, with Indian and Vietnamese army engineers.",
    "Exercise Sea Dragon was held off Da Nang on Nov. 28 by US and Vietnamese coast guard crews.",
])
def test_an_exercise_named_by_its_title_word_first_is_an_exercise(sentence):
    assert ("exercise", "2022-11-28") in _coded(f"DEFENCE DIGEST\n7 December 2022\n\n{sentence}\n")


@pytest.mark.parametrize(("count", "month"), [
    ("A decade ago this month", "2012-06"),
    ("Two decades ago this month", "2002-06"),
    ("Three decades ago this month", "1992-06"),
])
def test_decades_ago_told_to_the_pages_month_count_back_from_it(count, month):
    text = (f"PACIFIC NOTES\nJune 2022\n\n{count}, US Defense Secretary Leon Panetta visited Cam Ranh Bay and held "
            "talks with Vietnamese officers.\n")
    assert ("visit", month) in _coded(text)


def test_decades_ago_as_a_round_figure_date_nothing_guard():
    text = ("HANOI, June 3, 2022 - An Indian Navy ship called at Cam Ranh on Friday.\n\"When our ships were in the "
            "South China Sea two decades ago, a port call in Vietnam was a novelty,\" the captain said.\n")
    assert [d for t, d in _coded(text) if d.startswith("2002")] == []


@pytest.mark.parametrize(("sentence", "year"), [
    ("The United States and Vietnam spent much of August marking the 15th anniversary of normalized relations.",
     "2010"),
    ("Hanoi and Washington marked the 20th anniversary of the normalization of relations this month.", "2015"),
    ("The United States and Vietnam are celebrating the 25th anniversary of normalised ties.", "2020"),
])
def test_an_anniversary_of_normalised_relations_tells_the_pages_year(sentence, year):
    text = (f"PACIFIC NOTES\n\n{sentence} US and Vietnamese officers held talks in Hanoi on 17 August on search and "
            "rescue.\n")
    assert published(text)[0].startswith(year)


def test_an_anniversary_told_in_a_sentence_with_its_own_year_is_that_years_guard():
    text = ("WASHINGTON, Sept. 20 (Wire) - The United States and Vietnam signed a memorandum on defence cooperation "
            "on Monday.\nThe dialogue began last year: the first round was held in Hanoi in August 2010, as the two "
            "countries marked the 15th anniversary of the normalisation of relations.\n")
    assert "anniversary" not in article(text).article.published_evidence


@pytest.mark.parametrize(("opening", "told", "day"), [
    ("Two decades ago this week, the frigate USS Vandegrift tied up in Ho Chi Minh City.",
     "The ship arrived on November 19, 2003 for a four-day port call.", "2023-11-21"),
    ("Ten years ago this week, US Defense Secretary Leon Panetta stood on the deck of a supply ship at Cam Ranh.",
     "It was November 19, 2012, and he held talks with Vietnamese officers.", "2022-11-21"),
    ("Twenty years ago this month, India's defence minister came to Hanoi.",
     "George Fernandes arrived on November 3, 2000, and held talks with General Pham Van Tra.", "2020-11-21"),
])
def test_a_count_to_the_pages_week_with_the_happenings_date_next_tells_the_pages_year(opening, told, day):
    text = f"Riverfront Journal\n\nA quiet anniversary\n\nNovember 21\n\n{opening} {told}\n"
    assert published(text)[0] == day


@pytest.mark.parametrize(("head", "year"), [
    ("Shimla | Winter 2021", "2021"),
    ("Hanoi | Spring 2019", "2019"),
    ("New Delhi · Autumn 2016", "2016"),
])
def test_a_season_in_the_last_cell_of_the_heads_line_is_the_issues_year(head, year):
    text = (f"STRATEGIC REVIEW\n{head}\n\nA YEAR ON SCREEN\n\nIndian and Vietnamese officers held talks in Hanoi on "
            "12 March on training.\n")
    assert published(text) == (year, "stated")


@pytest.mark.parametrize(("sentence", "event"), [
    ("INS Airavat, a Shardul-class amphibious ship commissioned into the Indian Navy in 2009, called at Nha Trang "
     "from July 19 to 22.", ("visit", "2012-07-19")),
    ("The frigate INS Satpura, which was commissioned in 2011, called at Cam Ranh from August 19 to 22.",
     ("visit", "2012-08-19")),
    ("USS Lassen, a destroyer built in 2001, called at Da Nang from July 2 to 5, the embassy said.",
     ("visit", "2012-07-02")),
])
def test_the_year_a_ship_was_made_told_in_apposition_is_not_its_visits(sentence, event):
    assert event in _coded(f"NAVAL COURIER\nSeptember 3, 2012\n\n{sentence}\n")


@pytest.mark.parametrize(("text", "event"), [
    ("HANOI, Nov. 12, 2023 - Indian Army doctors ended an exchange in Hanoi on Friday, under the Comprehensive "
     "Strategic Partnership the two countries agreed in 2016.\n", ("partnership_upgrade", "2016")),
    ("HANOI, Nov. 12, 2023 - The exchange builds on the strategic partnership Hanoi and Washington agreed last "
     "September.\n", ("partnership_upgrade", "2023-09")),
    ("NEW DELHI, May 21, 2017 - The course follows the Comprehensive Strategic Partnership India and Vietnam agreed in "
     "September 2016.\n", ("partnership_upgrade", "2016-09")),
])
def test_a_partnership_agreed_in_a_clause_without_its_pronoun_is_its_upgrade(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    ("WASHINGTON, May 21, 2024 - The exchange builds on the Comprehensive Strategic Partnership agreed last September "
     "between the United States and Vietnam.\n", ("partnership_upgrade", "2023-09")),
    ("HANOI, May 21, 2024 - US and Vietnamese medics began an exchange, which builds on the Comprehensive Strategic "
     "Partnership agreed last September.\n", ("partnership_upgrade", "2023-09")),
    ("NEW DELHI, May 21, 2017 - Indian and Vietnamese officers met in New Delhi under the Comprehensive Strategic "
     "Partnership, struck last year.\n", ("partnership_upgrade", "2016")),
])
def test_a_partnership_agreed_last_month_or_year_is_dated_by_it(text, event):
    assert event in _coded(text)
