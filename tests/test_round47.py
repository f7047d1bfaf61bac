"""Round 47 of the generalisation loop (batches 566-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article


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
