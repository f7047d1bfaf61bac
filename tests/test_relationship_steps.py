"""Round 13: the steps of a relationship told as clauses, participles and appositives, and cues kept inside
their sentence.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

import pytest
from conftest import article, events

from ties_lib.events import find_triggers, merge
from ties_lib.triggers import find_cues

HEAD = "Hanoi, September 5, 2024\n\n"


@pytest.mark.parametrize(("text", "want"), [
    ("The relationship between India and Vietnam was elevated to a comprehensive strategic partnership in "
     "September 2016.", ("IND", "partnership_upgrade", "2016-09")),
    ("The ties between Vietnam and India were raised to a strategic partnership in July 2007.",
     ("IND", "partnership_upgrade", "2007-07")),
    ("The partnership between Vietnam and the United States was upgraded to a comprehensive strategic "
     "partnership in September 2023.", ("USA", "partnership_upgrade", "2023-09")),
])
def test_the_relationship_that_was_raised_is_no_happening_named_again(text, want):
    """ "The relationship was elevated to ...": "The" is its subject's; the verb tells a happening."""
    assert want in events(HEAD + text)


@pytest.mark.parametrize(("text", "want"), [
    ("India and Vietnam raised bilateral relations from a strategic partnership to a comprehensive strategic "
     "partnership on Saturday.", ("IND", "partnership_upgrade", "2024-08-31")),
    ("Vietnam and the United States lifted their ties from a comprehensive partnership to a comprehensive "
     "strategic partnership in September 2023.", ("USA", "partnership_upgrade", "2023-09")),
    ("Vietnam and India upgraded the relationship from a strategic partnership to a comprehensive strategic "
     "partnership in 2016.", ("IND", "partnership_upgrade", "2016")),
])
def test_a_step_told_from_where_it_started(text, want):
    """ "raised relations from a strategic partnership to ...": the upgrade told from its starting level."""
    assert want in events(HEAD + text)


@pytest.mark.parametrize(("text", "want"), [
    ("The India-Vietnam Comprehensive Strategic Partnership dates from Prime Minister Narendra Modi's visit "
     "to Hanoi in September 2016.", ("IND", "partnership_upgrade", "2016-09")),
    ("Vietnam's strategic partnership with India dates back to July 2007.",
     ("IND", "partnership_upgrade", "2007-07")),
    ("The Vietnam-US comprehensive partnership, which dates to July 2013, was raised again last year.",
     ("USA", "partnership_upgrade", "2013-07")),
])
def test_a_partnership_told_by_when_it_began(text, want):
    """ "the partnership dates from/back to ...": when it began is when it was set up."""
    assert want in events(HEAD + text)


@pytest.mark.parametrize(("text", "steps"), [
    ("India and Vietnam raised bilateral relations from a strategic partnership, established in July 2007, to "
     "a comprehensive strategic partnership on Saturday.", {"2007-07", "2024-08-31"}),
    ("India and Vietnam on Saturday upgraded their ties from a strategic partnership, set up in 2007, to a "
     "comprehensive strategic partnership.", {"2007", "2024-08-31"}),
    ("Vietnam and the United States lifted relations from a comprehensive partnership, launched in July 2013, "
     "to a comprehensive strategic partnership in September 2023.", {"2013-07", "2023-09"}),
])
def test_two_steps_in_one_clause_are_two_upgrades(text, steps):
    """A participle set off by commas (", established in July 2007,") tells the earlier step; the date after
    its closing comma is the main clause's, and the two steps are not read as one cue."""
    assert {d for _p, t, d in events(HEAD + text) if t == "partnership_upgrade"} == steps


@pytest.mark.parametrize(("text", "want"), [
    ("Ties between India and Vietnam were raised to a strategic partnership in July 2007, and elevated to a "
     "comprehensive strategic partnership in 2016.", ("IND", "partnership_upgrade", "2016")),
    ("India-Vietnam relations, upgraded to a comprehensive strategic partnership in 2016, now cover cyber "
     "security.", ("IND", "partnership_upgrade", "2016")),
    ("Vietnam's ties with the United States, lifted to a comprehensive strategic partnership in September "
     "2023, now reach into semiconductors.", ("USA", "partnership_upgrade", "2023-09")),
])
def test_the_participle_alone_tells_the_step(text, want):
    """ "..., and elevated to a comprehensive strategic partnership in 2016": the subject told before."""
    assert want in events(HEAD + text)


@pytest.mark.parametrize("text", [
    "India and Vietnam mark 50 years of diplomatic relations this year. Ties were raised to a strategic "
    "partnership in 2007.",
    "Vietnam and the US marked 25 years of relations last year. Ties were upgraded to a comprehensive "
    "partnership in 2013.",
    "The ministers recalled the years of diplomatic ties that came before. Relations were elevated to a "
    "comprehensive strategic partnership in 2016.",
])
def test_a_cue_does_not_reach_over_a_sentence_end(text):
    """A gap of a cue stops at a sentence's end ("relations this year. Ties were raised to" is not one cue), so
    the next sentence's own cue is still found."""
    starts = [c.start for c in find_cues(text) if c.type == "partnership_upgrade"]
    second = text.index(". ") + 2
    assert second in starts
    assert all(not (s < second < e) for s, e in ((c.start, c.end) for c in find_cues(text)))


def _upgrades(*texts: str) -> list[tuple[str, str]]:
    recs = [e for i, t in enumerate(texts) for e in article(t, f"a{i}").events]
    return [(e.date.iso_start(), ";".join(e.participants)) for e in merge(recs) if e.type == "partnership_upgrade"]


@pytest.mark.parametrize(("one", "two"), [
    ("HANOI, Sept 5, 2016 - Prime Minister Narendra Modi raised ties with Vietnam to a comprehensive strategic "
     "partnership on Saturday.",
     "HANOI, Oct 2, 2019 - Prime Minister Nguyen Xuan Phuc raised ties with India to a comprehensive strategic "
     "partnership in 2016."),
    ("NEW DELHI, July 8, 2007 - Prime Minister Nguyen Tan Dung and India set up a strategic partnership on "
     "Friday.",
     "NEW DELHI, Jan 2, 2012 - Prime Minister Manmohan Singh set up a strategic partnership with Vietnam in "
     "2007."),
    ("HANOI, Sept 12, 2023 - President Joe Biden upgraded ties with Vietnam to a comprehensive strategic "
     "partnership on Sunday.",
     "HANOI, Dec 2, 2023 - President Vo Van Thuong upgraded Vietnam's ties with Washington to a "
     "comprehensive strategic partnership in September 2023."),
])
def test_one_upgrade_whoever_each_report_names(one, two):
    """A relationship is raised to a level once: one article's Modi and another's Phuc are one upgrade."""
    got = _upgrades(one, two)
    assert len(got) == 1 and got[0][1].count(";") == 1


def test_talks_with_different_people_stay_two():
    """A guard: two meetings of one month with no one in common are still two."""
    recs = [e for i, t in enumerate([
        "HANOI, June 9, 2022 - Rajnath Singh held talks with General Phan Van Giang on Wednesday.",
        "HANOI, June 30, 2022 - Indian Ambassador Pranay Verma held talks with Prime Minister Pham Minh Chinh "
        "in June."]) for e in article(t, f"a{i}").events]
    assert len([e for e in merge(recs) if e.type in ("talks", "summit")]) == 2


@pytest.mark.parametrize(("text", "named_again"), [
    ("The visit was held in Hanoi on Monday.", False),
    ("During the talks, the two sides reviewed training.", True),
    ("The joint exercise ended on Friday.", True),
])
def test_a_noun_named_again_keeps_its_reading(text, named_again):
    """A guard: triggers without a verb of their own keep the reading they had ("During the talks")."""
    assert find_triggers(text)[0].anaphoric is named_again
