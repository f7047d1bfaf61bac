"""Round 53 of the generalisation loop (from round 52's last pair, 730-731): general rules, each on three or more
phrasings written for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article

_BODY = ("When Secretary of Defense Leon Panetta stepped aboard the USNS Richard E. Byrd at Cam Ranh Bay on June 3, he "
         "became the most senior American official to visit the former U.S. base since the war, and the visit set the "
         "tone for what followed in Hanoi, where he met General Phung Quang Thanh the next day and the two sides "
         "agreed to share information on soldiers missing since the war.\n\nThe Dialogue Mechanism\n\nThe foundation "
         "was laid in August 2010, when Robert Scher and Nguyen Chi Vinh opened the first U.S.-Vietnam Defense Policy "
         "Dialogue in Hanoi, a forum that has since met every year and gives the deputy ministers a standing place to "
         "raise maritime security, search and rescue and the legacies of the war.\n")


def _kept(text: str) -> list[str]:
    """The lines of a small page the kit keeps as the article's text."""
    dropped = {f.line for f in article(text).furniture}
    return [ln for k, ln in enumerate(text.splitlines(), 1) if ln.strip() and k not in dropped]


@pytest.mark.parametrize("tags", [
    "Tags: Vietnam, Southeast Asia, security cooperation, Asia-Pacific rebalance",
    "Topics: Defense, Vietnam, Indo-Pacific",
    "Tag: US-Vietnam relations",
])
def test_a_line_of_tags_that_holds_its_items_is_one_line_not_a_list_of_what_follows(tags):
    text = f"SMALL WARS JOURNAL\n\nJournal Article | Mon, 07/16/2012 - 3:45pm\n\n{tags}\n\n{_BODY}"
    kept = _kept(text)
    assert tags not in kept
    assert any(ln.startswith("When Secretary of Defense") for ln in kept)
    assert any(ln.startswith("The foundation was laid") for ln in kept)


@pytest.mark.parametrize("head", ["Related:", "Tags:", "Topics:"])
def test_guard_a_list_heading_alone_still_drops_the_short_lines_under_it(head):
    teaser = ("Vietnam and Japan held their coast guard talks in Tokyo this week, officials said, with search and "
              "rescue on the agenda for the two sides.")
    text = f"DEFENCE NOTES\n\nIndia and Vietnam hold talks\n\n{_BODY}\n{head}\n\n{teaser}\n\nMore news\n"
    assert teaser not in _kept(text)


@pytest.mark.parametrize("tags", ["Tags: Vietnam, POW/MIA", "Topics: Defense, Vietnam", "Tag: Vietnam"])
def test_guard_a_line_of_tags_at_the_foot_still_opens_the_pages_furniture(tags):
    text = f"DEFENCE NOTES\n\nIndia and Vietnam hold talks\n\n{_BODY}\n{tags}\n\nDonate today.\n\nSubscribe to our newsletter\n"
    kept = _kept(text)
    assert "Donate today." not in kept
    assert any(ln.startswith("The foundation was laid") for ln in kept)
