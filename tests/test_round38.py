"""Round 38 of the generalisation loop (batches 376-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


_LEAD = "HANOI, Jan. 12, 2017 (Wire) - "


@pytest.mark.parametrize("text", [
    _LEAD + "Indian Defence Minister Manohar Parrikar met Vietnamese Defence Minister Ngo Xuan Lich on Tuesday, and "
    "the two sides agreed on bringing an Indian frigate to Cam Ranh in March.\n",
    _LEAD + "Indian Defence Minister Manohar Parrikar met Vietnamese Defence Minister Ngo Xuan Lich on Tuesday and won "
    "a promise to allow Indian ships into Cam Ranh in March.\n",
    _LEAD + "U.S. Defense Secretary Ashton Carter sat down Tuesday with Vietnamese Defence Minister Ngo Xuan Lich and "
    "came away with an agreement to work toward bringing an American aircraft carrier into Da Nang in March.\n",
    _LEAD + "Indian Defence Minister Manohar Parrikar held talks with Vietnamese Defence Minister Ngo Xuan Lich on "
    "Tuesday, and they agreed on jointly holding a coast guard drill off Da Nang in March.\n",
])
def test_a_month_told_in_a_plan_agreed_at_a_meeting_is_the_plans(text):
    assert _coded(text) == [("talks", "2017-01-10")]


@pytest.mark.parametrize("text", [
    _LEAD + "Indian Defence Minister Manohar Parrikar met Vietnamese Defence Minister Ngo Xuan Lich on Tuesday and "
    "won a pledge to open a defence attache office in Da Nang in April.\n",
    _LEAD + "Indian Defence Minister Manohar Parrikar met Vietnamese Defence Minister Ngo Xuan Lich on Tuesday and "
    "obtained an assurance to inaugurate a training centre in Nha Trang in April.\n",
    _LEAD + "U.S. Defense Secretary Ashton Carter met Vietnamese Defence Minister Ngo Xuan Lich on Tuesday; they "
    "agreed to work towards a visit by an aircraft carrier to Da Nang.\n",
])
def test_what_is_pledged_or_worked_toward_is_no_happening(text):
    assert _coded(text) == [("talks", "2017-01-10")]


@pytest.mark.parametrize("text", [
    _LEAD + "Indian Defence Minister Manohar Parrikar, working towards closer ties, met Vietnamese Defence Minister "
    "Ngo Xuan Lich on Tuesday.\n",
    _LEAD + "Vietnamese Defence Minister Ngo Xuan Lich, who pledged to deepen ties, met Indian Defence Minister "
    "Manohar Parrikar on Tuesday.\n",
    _LEAD + "After a pledge to deepen ties last year, Indian Defence Minister Manohar Parrikar met Vietnamese Defence "
    "Minister Ngo Xuan Lich in Hanoi on Tuesday.\n",
])
def test_guard_a_pledge_or_aim_told_before_the_happening_leaves_it_done(text):
    assert _coded(text) == [("talks", "2017-01-10")]


@pytest.mark.parametrize(("text", "coded"), [
    ("NEW DELHI, Dec. 6, 2018 (Wire) - India and Vietnam renewed their commitment to the partnership during the "
     "state visit of President Ram Nath Kovind to Vietnam last month.\n", [("visit", "2018-11")]),
    ("NEW DELHI, Dec. 6, 2018 (Wire) - The two sides reaffirmed a pledge to peace and stability at the talks "
     "President Ram Nath Kovind held in Hanoi last month.\n", [("talks", "2018-11")]),
    ("NEW DELHI, Dec. 6, 2018 (Wire) - Vietnam restated its commitment to freedom of navigation when President Ram "
     "Nath Kovind visited Hanoi last month.\n", [("visit", "2018-11")]),
])
def test_guard_a_commitment_to_a_thing_leaves_the_happening_after_it_done(text, coded):
    assert _coded(text) == coded
