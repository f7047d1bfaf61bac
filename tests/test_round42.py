"""Round 42 of the generalisation loop (batches 428-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("head", "foot", "day"), [
    ("Hanoi | Wednesday", "Filed: 08.06.2022", "2022-06-08"),  # 6 August 2022 is a Saturday
    ("NEW DELHI · Thursday", "Posted 04.10.2018", "2018-10-04"),  # 10 April 2018 is a Tuesday
    ("Da Nang | Monday", "Filed 11.03.2019", "2019-03-11"),  # 3 November 2019 is a Sunday
])
def test_a_datelines_weekday_tells_how_a_stamp_in_figures_reads(head, foot, day):
    text = (f"Ministers meet\n\n{head}\n\nDefence Minister Rajnath Singh held talks with General Phan Van Giang "
            f"here this evening.\n\n(c) The Bulletin. All rights reserved.\n{foot}\n")
    assert published(text) == (day, "stated")


_HEAD = "Ties deepen\n\nHANOI, 8 June 2022 - "


@pytest.mark.parametrize("text", [
    "Defence Minister Rajnath Singh later called on President Nguyen Xuan Phuc today, conveying the greetings of "
    "Prime Minister Shri Narendra Modi.",
    "Defence Minister Rajnath Singh was received by President Nguyen Xuan Phuc today, who asked him to convey his "
    "regards to Prime Minister Narendra Modi.",
    "Defence Minister Rajnath Singh met President Nguyen Xuan Phuc today and passed on the best wishes of Prime "
    "Minister Narendra Modi.",
])
def test_a_head_whose_greetings_are_carried_is_no_participant(text):
    """(The third, a title of two words before the name, passed before the change: a guard.)"""
    # a minister calling on the host's president is talks; Modi, named only as sender or addressee of greetings,
    # does not make it a summit
    assert _coded(_HEAD + text) == [("talks", "2022-06-08")]


@pytest.mark.parametrize(("text", "coded"), [
    ("Defence Minister Rajnath Singh, on a three-day journey to Vietnam that began today, sat down with General "
     "Phan Van Giang this evening.", [("talks", "2022-06-08"), ("visit", "2022-06-08")]),
    ("Defence Minister Rajnath Singh began a three-day journey to Vietnam today.", [("visit", "2022-06-08")]),
    ("Defence Minister Rajnath Singh arrived in Hanoi today on a journey through Southeast Asia that also takes "
     "him to Vietnam's neighbours.", [("visit", "2022-06-08")]),
])
def test_a_journey_to_a_country_is_a_visit(text, coded):
    """(The third, whose arrival is a visit of its own, passed before the change: a guard that the journey adds
    no second visit.)"""
    assert _coded(_HEAD + text) == coded


def test_the_journey_of_a_relationship_is_no_visit_guard():
    text = "Defence Minister Rajnath Singh said today that the journey of the relationship to this point had been long."
    assert _coded(_HEAD + text) == []
