"""Round 12: what a clause's verb does to a happening told inside it, and months counted from another.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

import pytest
from conftest import events


@pytest.mark.parametrize(("text", "want"), [
    ("NEW DELHI, Aug 1, 2024 - India and Vietnam on Thursday agreed to expand defence ties after talks between "
     "Prime Minister Narendra Modi and Vietnamese Prime Minister Pham Minh Chinh.",
     ("IND", "summit", "2024-08-01")),
    ("HANOI, June 9, 2022 - Vietnam pledged to buy more boats following Wednesday's talks between Rajnath Singh "
     "and General Phan Van Giang.",
     ("IND", "talks", "2022-06-08")),
    ("HANOI, June 9, 2022 - Vietnam invited Rajnath Singh to return next year, during talks with General Phan "
     "Van Giang on Wednesday.",
     ("IND", "talks", "2022-06-08")),
])
def test_what_frames_an_agreed_plan_had_happened(text, want):
    """ "agreed to expand ties after talks between ...": the plan is the expanding; the talks were held."""
    assert want in events(text)


@pytest.mark.parametrize("text", [
    "HANOI, June 9, 2022 - General Phan Van Giang agreed to visit India after the exercise next year.",
    "HANOI, June 9, 2022 - Rajnath Singh agreed to hold talks with General Phan Van Giang next year.",
    "HANOI, June 9, 2022 - Rajnath Singh pledged to return for talks with General Phan Van Giang in 2023.",
])
def test_an_agreed_plan_is_still_a_plan(text):
    """A guard: the plan itself, not framed by "after" or "during", stays no event."""
    assert events(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("HANOI, June 10, 2022 - Indian Defence Minister Rajnath Singh handed over 12 boats on Thursday. On "
     "Wednesday, he and his Vietnamese counterpart, General Phan Van Giang, signed a Joint Vision Statement.",
     ("IND", "talks", "2022-06-08")),
    ("HANOI, June 10, 2022 - Indian Defence Minister Rajnath Singh toured a shipyard on Thursday. On Wednesday "
     "he and Vietnam's defence minister, Gen. Phan Van Giang, signed a memorandum on logistics.",
     ("IND", "talks", "2022-06-08")),
    ("WASHINGTON, Sept. 12, 2024 - Defense Secretary Lloyd Austin spoke at a forum on Wednesday. On Monday "
     "he and his guest, General Phan Van Giang, signed an updated joint vision statement.",
     ("USA", "talks", "2024-09-09")),
])
def test_he_and_a_counterpart_in_apposition_signing_have_met(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("WASHINGTON, Jan. 20, 2018 - Defense Secretary Jim Mattis, who had hosted Defense Minister Ngo Xuan Lich "
     "at the Pentagon the previous August, arrived in Hanoi on Tuesday.", ("USA", "talks", "2017-08")),
    ("General Ngo Xuan Lich met Defense Secretary Jim Mattis in Hanoi in March 2018. Lich had visited the "
     "Pentagon the preceding August.", ("USA", "visit", "2017-08")),
    ("Defense Secretary Jim Mattis visited Hanoi in January 2018. He returned the following October, touring "
     "Bien Hoa air base with General Ngo Xuan Lich.", ("USA", "visit", "2018-10")),
])
def test_the_previous_or_following_month_counts_from_the_month_just_told(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("HANOI, Sept. 11, 2023 - President Joe Biden and General Secretary Nguyen Phu Trong announced on Sunday "
     "that relations had been raised to a comprehensive strategic partnership.",
     ("USA", "partnership_upgrade", "2023-09-10")),
    ("WASHINGTON, July 26, 2013 - President Barack Obama and President Truong Tan Sang announced Thursday that "
     "the two countries had launched a comprehensive partnership.",
     ("USA", "partnership_upgrade", "2013-07-25")),
    ("NEW DELHI, Sept. 4, 2016 - Prime Minister Narendra Modi and Prime Minister Nguyen Xuan Phuc announced on "
     "Saturday that ties had been elevated to a Comprehensive Strategic Partnership.",
     ("IND", "partnership_upgrade", "2016-09-03")),
])
def test_an_upgrade_is_made_on_the_day_it_is_announced(text, want):
    assert want in events(text)


def test_a_statement_about_an_older_upgrade_does_not_date_it():
    """A guard: "said on Sunday" is when it was said; an upgrade it reports keeps its own year."""
    text = ("HANOI, Sept. 11, 2016 - President Tran Dai Quang said on Sunday that ties with India were raised to "
            "a strategic partnership in 2007.")
    assert ("IND", "partnership_upgrade", "2016-09-11") not in events(text)
    assert ("IND", "partnership_upgrade", "2016-09-10") not in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("HAI PHONG, June 9, 2022 - Defence Minister Rajnath Singh handed over 12 guard boats to Vietnam on Thursday. "
     "The ceremony came a day after Singh held talks in Hanoi with his Vietnamese counterpart General Phan Van "
     "Giang.", ("IND", "talks", "2022-06-08")),
    ("HAI PHONG, June 9, 2022 - Defence Minister Rajnath Singh handed over 12 guard boats to Vietnam on Thursday, "
     "a day after he held talks in Hanoi with General Phan Van Giang.", ("IND", "talks", "2022-06-08")),
    ("DA NANG, March 8, 2018 - The USS Carl Vinson arrived in Da Nang on Wednesday. It came two days after "
     "Defense Secretary Jim Mattis met General Ngo Xuan Lich in Hanoi.", ("USA", "talks", "2018-03-05")),
    ("NEW DELHI, Nov 22, 2019 - General Ngo Xuan Lich arrived in New Delhi on Friday, three days before he held "
     "talks with Defence Minister Rajnath Singh.", ("IND", "talks", "2019-11-25")),
])
def test_a_happening_counted_in_days_from_another_is_dated_from_it(text, want):
    assert want in events(text)


def test_a_counted_happening_with_a_date_of_its_own_keeps_it():
    """A guard: "two days before he handed over the boats ... on June 10" is dated by its own date."""
    text = ("HANOI, June 11, 2022 - Defence Minister Rajnath Singh arrived in Hanoi on June 7, two days before he "
            "handed over the boats to General Phan Van Giang in Hai Phong on June 10.")
    assert ("IND", "ceremony", "2022-06-10") in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Background\n\nSince the United States and Vietnam normalized diplomatic relations in July 1995, trade has "
     "grown.", ("USA", "partnership_upgrade", "1995-07")),
    ("After the US and Vietnam normalised relations in July 1995, trade grew.",
     ("USA", "partnership_upgrade", "1995-07")),
    ("Since the United States and Vietnam normalized relations in July 1995, trade has grown.",
     ("USA", "partnership_upgrade", "1995-07")),
    ("After the United States and Vietnam normalized diplomatic relations in July 1995, the first attache "
     "arrived.", ("USA", "partnership_upgrade", "1995-07")),
])
def test_two_named_sides_after_since_the_are_a_clause_of_its_own(text, want):
    """ "Since the United States and Vietnam normalized ...": not "since the normalisation" named again."""
    assert want in events(text)


def test_a_happening_named_again_after_during_the_stays_named_again():
    """A guard: "After the talks, ..." names the talks told before; no second meeting is coded."""
    text = ("HANOI, May 9, 2019 - Defence Minister Rajnath Singh met General Ngo Xuan Lich in Hanoi on Wednesday. "
            "After the talks, the two ministers toured a museum.")
    assert [e for e in events(text) if e[1] == "talks"] == [("IND", "talks", "2019-05-08")]
