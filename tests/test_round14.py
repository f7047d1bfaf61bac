"""Round 14: happenings told by ellipsis ("Clinton followed that November") and other classes of the
batches written blind after round 13.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

import pytest
from conftest import events

HEAD = "Hanoi, September 5, 2024\n\n"


@pytest.mark.parametrize(("text", "want"), [
    ("Defense Secretary William Cohen flew to Hanoi in March 2000, and President Bill Clinton followed that "
     "November.", ("USA", "visit", "2000-11")),
    ("Jim Mattis went to Vietnam in January 2018. His successor, Mark Esper, followed in November 2019.",
     ("USA", "visit", "2019-11")),
    ("Rajnath Singh visited Hanoi in June 2022; Narendra Modi followed two years later.",
     ("IND", "visit", "2024")),
])
def test_a_person_who_followed_made_the_same_kind_of_happening(text, want):
    """ "Clinton followed that November": the visit told just before, made again by another."""
    assert want in events(HEAD + text)


@pytest.mark.parametrize(("text", "want"), [
    ("The US aircraft carrier Carl Vinson called at Da Nang in March 2018. The Theodore Roosevelt followed in "
     "March 2020.", ("USA", "visit", "2020-03")),
    ("The American carrier Carl Vinson anchored off Da Nang in 2018. The Ronald Reagan followed in June 2023, with "
     "5,000 sailors.", ("USA", "visit", "2023-06")),
    ("The Indian frigate INS Sahyadri docked at Cam Ranh in 2021. INS Kadmatt (P29) followed in May 2023.",
     ("IND", "visit", "2023-05")),
])
def test_a_ship_that_followed_made_a_call_of_its_own(text, want):
    """A ship named with "the" (where ships are spoken of), a prefix, or a hull number, that "followed"."""
    assert want in events(HEAD + text)


@pytest.mark.parametrize(("text", "want"), [
    ("The US carrier Carl Vinson called at Da Nang in March 2018. It was followed two years later by the USS "
     "Theodore Roosevelt.", ("USA", "visit", "2020")),
    ("US carriers called at Da Nang in 2018 and 2020, followed by the Ronald Reagan in June 2023.",
     ("USA", "visit", "2023-06")),
    ("Defense Secretary Leon Panetta visited Cam Ranh Bay in June 2012. He was followed in August 2015 by "
     "Secretary of State John Kerry.", ("USA", "visit", "2015-08")),
])
def test_followed_by_a_ship_or_a_person(text, want):
    """The passive: "It was followed two years later by the USS Theodore Roosevelt"."""
    assert want in events(HEAD + text)


@pytest.mark.parametrize("text", [
    "Prime Minister Narendra Modi visited Hanoi in September 2016. The Philippines followed in 2017.",
    "Defence Minister Rajnath Singh visited Hanoi in June 2022. The logistics memorandum followed in November.",
    "President Joe Biden visited Hanoi in September 2023. The Pentagon followed in December with a new grant.",
    "Narendra Modi visited Hanoi in September 2016. The Indian Navy followed in 2017.",
    "The Indian frigate INS Sahyadri docked at Cam Ranh in 2021. The United States followed in 2023.",
])
def test_what_followed_without_a_person_or_a_ship_is_no_happening(text):
    """A country, a document or an office that "followed" makes no second happening of the kind before it."""
    got = events(HEAD + text)
    assert len(got) == 1, got
