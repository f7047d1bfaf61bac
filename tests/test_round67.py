"""Round 67 of the generalisation loop (batches 1020 on): general rules, each on three or more phrasings written for
the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published

from ties_lib.agreements import find_agreements, same_agreement


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


def _agreements(text: str) -> list[tuple[str, str, str]]:
    """(partner, name, status) of each agreement the kit codes in a small article."""
    return sorted((a.partner, a.name, a.status) for a in article(text).agreements)


_SEPT_2023 = "X\nHanoi, September 12, 2023\n\n"


# a joint statement, or a joint leaders' statement, is the one statement of its occasion: a document on its own
@pytest.mark.parametrize("sentence, name, status", [
    ("President Joe Biden and General Secretary Nguyen Phu Trong issued a joint leaders' statement on Sunday.",
     "joint leaders' statement", "signed"),
    ("After their talks in Hanoi on Sunday, the leaders of Vietnam and the United States issued a joint statement on "
     "the comprehensive strategic partnership.", "joint statement on the comprehensive strategic partnership", "signed"),
    ("The leaders' joint statement released on Monday in Hanoi refers to cooperation on maritime law enforcement with "
     "the United States.", "leaders' joint statement", "referenced"),
    ("Their joint statement of Sunday welcomed closer cooperation between Vietnam and the United States on war "
     "legacy issues.", "joint statement", "referenced"),
])
def test_a_joint_statement_is_an_agreement(sentence, name, status):
    assert ("USA", name, status) in _agreements(_SEPT_2023 + sentence)


def test_guard_a_third_countrys_joint_statement_is_no_agreement():
    text = _SEPT_2023 + ("Japan and the Philippines issued a joint statement on maritime security on Monday, days "
                         "after Biden's visit to Hanoi.")
    assert not _agreements(text)


def test_guard_a_statement_that_is_not_joint_is_no_agreement():
    assert not [a for a in find_agreements("The White House issued a statement on Sunday about the visit.")]


# an abbreviation shares the words it stands for: one document, not two rows
@pytest.mark.parametrize("short, long", [
    ("logistics MoU", "memorandum of understanding on mutual logistics support"),
    ("hydrography MoU", "Memorandum of Understanding on Hydrography"),
    ("defence LoC", "defence line of credit"),
])
def test_an_abbreviated_name_is_the_same_agreement(short, long):
    assert same_agreement(short, long)


def test_guard_two_memoranda_on_different_things_stay_two():
    assert not same_agreement("logistics MoU", "memorandum of understanding on cyber security")


def test_an_mou_named_short_later_is_one_row():
    from ties_lib.corpus import merge_agreements

    text = ("X\nHanoi, June 10, 2022\n\nIndian Defence Minister Rajnath Singh and General Phan Van Giang signed a "
            "memorandum of understanding on mutual logistics support in Hanoi on Wednesday. Officials said the "
            "logistics MoU lets Indian ships refuel at Vietnamese ports.")
    merged = merge_agreements(list(article(text).agreements))
    assert [(a.name, a.status) for a in merged] == [("memorandum of understanding on mutual logistics support",
                                                      "signed")]


_JUNE_NO_YEAR = "X\nHO CHI MINH CITY, June 4 (Wire) - "


# "N years after the two countries declared a strategic partnership" with a year-less dateline, the partnership's
# start told elsewhere (not in the next sentence) in a when-clause after its date: the article is that year plus N
@pytest.mark.parametrize("later", [
    "Ties have grown since Prime Minister Nguyen Tan Dung's trip to New Delhi in July 2007, when the relationship was "
    "raised to a strategic partnership.",
    "Ties have deepened since Prime Minister Nguyen Tan Dung went to New Delhi in 2007, when the two countries "
    "established a strategic partnership.",
    "The two navies have met often since July 2007, when ties were upgraded to a strategic partnership during a visit "
    "by Prime Minister Nguyen Tan Dung.",
])
def test_a_partnership_begun_in_a_when_clause_dates_a_count_of_years(later):
    text = (_JUNE_NO_YEAR + "Three Indian ships berthed at Nha Rong port on Monday, six years after the two "
            "countries declared a strategic partnership. The flotilla was received at the quayside by officers of Naval "
            "Region 2. " + later)
    assert published(text)[0] == "2013-06-04"


def test_guard_a_when_clause_that_tells_no_beginning_dates_no_count():
    text = (_JUNE_NO_YEAR + "Three Indian ships berthed at Nha Rong port on Monday, six years after the two "
            "countries declared a strategic partnership. The flotilla was received at the quayside by officers of Naval "
            "Region 2. Ties have grown since Prime Minister Nguyen Tan Dung's trip to New Delhi in July 2007, when he "
            "discussed the strategic partnership with Singh.")
    assert published(text)[0] != "2013-06-04"
