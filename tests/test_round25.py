"""Round 25 of the generalisation loop (batches 236-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, events

from ties_lib.corpus import merge_agreements

_PAGE = "Region\n\nStaff Reporter\nThu, 13 Nov 2025\n\n"


def _merged(*texts: str) -> list[tuple[str, str]]:
    records = [a for i, t in enumerate(texts) for a in article(t, f"a{i}").agreements]
    return sorted((a.name.lower(), a.date.iso_start() if a.date else "") for a in merge_agreements(records))


@pytest.mark.parametrize(("first", "second"), [
    ("HANOI, March 28, 2000\n\nIndia and Vietnam signed a memorandum of understanding on defence cooperation "
     "tonight.\n",
     "NEW DELHI, Nov 20, 2009\n\nIndia and Vietnam signed a memorandum of understanding on defence cooperation on "
     "Thursday.\n"),
    ("WASHINGTON, June 2, 2015\n\nThe United States and Vietnam signed a joint vision statement on defense relations "
     "in Hanoi on Monday.\n",
     "HANOI, Sept 10, 2024\n\nThe United States and Vietnam signed a joint vision statement on defense relations at "
     "the Pentagon on Monday.\n"),
    ("NEW DELHI, Oct 28, 2014\n\nIndia and Vietnam signed a memorandum on cyber security today.\n",
     "HANOI, Aug 1, 2024\n\nIndia and Vietnam signed a memorandum on cyber security today.\n"),
])
def test_one_name_signed_in_two_different_years_is_two_documents(first, second):
    assert len(_merged(first, second)) == 2


@pytest.mark.parametrize(("first", "second"), [
    # undated in one article: nothing tells them apart
    ("HANOI, March 28, 2000\n\nIndia and Vietnam signed a memorandum of understanding on defence cooperation "
     "tonight.\n",
     "NEW DELHI, 2010\n\nThe two sides reviewed the memorandum of understanding on defence cooperation.\n"),
    # one year at two precisions
    ("NEW DELHI, Nov 20, 2009\n\nIndia and Vietnam signed a memorandum of understanding on defence cooperation on "
     "Thursday.\n",
     "HANOI, Oct 13, 2010\n\nThe two sides reviewed the memorandum of understanding on defence cooperation signed in "
     "2009.\n"),
])
def test_guard_an_undated_mention_or_the_same_year_is_one_document(first, second):
    assert len(_merged(first, second)) == 1


@pytest.mark.parametrize(("sentence", "kind", "day"), [
    ("India and Vietnam have agreed to help each other in submarine rescue, one of two documents signed at the 15th "
     "round of their annual Defence Policy Dialogue held in Hanoi on Monday.", "dialogue", "2025-11-10"),
    ("India and Vietnam pledged to widen drills under a plan endorsed during the annual India-Vietnam Defence "
     "Policy Dialogue in New Delhi on Wednesday.", "dialogue", "2025-11-12"),
    ("Vietnam will receive 12 patrol boats from India under a credit line agreed during talks between Defence "
     "Minister Rajnath Singh and General Phan Van Giang in New Delhi on Tuesday.", "talks", "2025-11-11"),
    ("India and Vietnam will build on a roadmap adopted at the Defence Policy Dialogue in Hanoi on Monday.",
     "dialogue", "2025-11-10"),
])
def test_a_happening_a_document_was_made_at_is_past_in_a_plans_sentence(sentence, kind, day):
    assert [e[2] for e in events(_PAGE + sentence + "\n") if e[1] == kind] == [day]


@pytest.mark.parametrize("sentence", [
    "India and Vietnam agreed to expand training under a memorandum to be signed at the Defence Policy Dialogue in "
    "Hanoi on Friday.",
    "The pact will be signed at the Defence Policy Dialogue between India and Vietnam in Hanoi on Monday.",
    "India and Vietnam will hold the 16th Defence Policy Dialogue in New Delhi on Monday.",
])
def test_guard_a_document_still_to_be_made_leaves_the_plan_to_come(sentence):
    assert not events(_PAGE + sentence + "\n")


@pytest.mark.parametrize(("sentence", "day"), [
    ("India will help Vietnam build patrol boats, following talks here on Wednesday between Defence Minister "
     "Rajnath Singh and General Phan Van Giang.", "2025-11-12"),
    ("Vietnam will send officers to Indian academies, after talks in New Delhi on Tuesday between Defence Minister "
     "Rajnath Singh and General Phan Van Giang.", "2025-11-11"),
    ("The two navies will exchange more officers, following the meeting on Monday between Defence Minister Rajnath "
     "Singh and General Phan Van Giang.", "2025-11-10"),
])
def test_a_weekday_of_the_talks_a_plan_follows_is_the_past_one(sentence, day):
    assert [e[2] for e in events(_PAGE + sentence + "\n")] == [day]


def test_guard_a_weekday_of_a_plan_itself_is_still_to_come():
    sentence = "Defence Minister Rajnath Singh will meet General Phan Van Giang in Hanoi on Monday."
    assert not events(_PAGE + sentence + "\n")


@pytest.mark.parametrize(("sentence", "day"), [
    ("India and Vietnam signed a memorandum on cyber security today.", "2014-10-28"),
    ("India and Vietnam signed a memorandum of understanding on defence cooperation yesterday.", "2014-10-27"),
    ("India and Vietnam signed a protocol on hydrography here on Monday.", "2014-10-27"),
    ("India and Vietnam signed an agreement on white shipping information last week.", "2014-10-20"),
])
def test_a_day_told_after_a_documents_name_dates_it_and_is_no_part_of_its_name(sentence, day):
    agreements = article("NEW DELHI, Oct 28, 2014\n\n" + sentence + "\n").agreements
    assert [(a.date.iso_start() if a.date else "", any(w in a.name.lower() for w in ("today", "yesterday", "here",
                                                                                       "last")))
            for a in agreements] == [(day, False)]


@pytest.mark.parametrize("clause", [
    "and the two defence ministries signed a memorandum of understanding on defence cooperation last November",
    "and the two sides signed a roadmap on defence cooperation in 2009",
    "and the two governments opened consulates in 2009",
])
def test_a_clause_of_the_two_sides_own_keeps_its_date_from_the_happening_before_it(clause):
    text = ("NEW DELHI, Oct 13, 2010\n\nIndia and Vietnam became strategic partners when Vietnamese Prime Minister "
            f"Nguyen Tan Dung came to New Delhi in July 2007, {clause}.\n")
    assert [e[2] for e in events(text) if e[1] == "visit"] == ["2007-07"]


def test_guard_the_next_clauses_own_happening_keeps_its_date():
    text = ("NEW DELHI, Oct 13, 2010\n\nVietnamese Prime Minister Nguyen Tan Dung came to New Delhi in July 2007, and "
            "the two navies held a joint exercise in 2009.\n")
    assert events(text) == [("IND", "exercise", "2009"), ("IND", "visit", "2007-07")]
