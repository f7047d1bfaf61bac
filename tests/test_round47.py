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
