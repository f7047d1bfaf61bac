"""Round 20: classes of the batches written blind after round 19.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

import pytest
from conftest import events

from ties_lib.anchoring import find_wire_dateline


@pytest.mark.parametrize("lead", [
    "(ANSA) - NEW DELHI, JULY 6 - India and Vietnam on Friday raised their ties to a strategic partnership as "
    "Vietnamese Prime Minister Nguyen Tan Dung held talks with his Indian counterpart Manmohan Singh.",
    "(AKI) - New Delhi, 6 July - Vietnam and India on Friday lifted relations to a strategic partnership while "
    "Prime Minister Nguyen Tan Dung held talks with Prime Minister Manmohan Singh.",
    "(KPL) – NEW DELHI, July 6 – India and Vietnam on Friday raised their relationship to a strategic partnership "
    "as Nguyen Tan Dung held talks with Manmohan Singh in the capital.",
])
def test_an_agency_before_a_dashed_dateline_opens_it(lead):
    """ "(ANSA) - NEW DELHI, JULY 6 -": the agency's name, a dash, then the dateline. Its date dates the article,
    not a happening, so the lead's one day dates each happening of the clause."""
    assert find_wire_dateline(lead) is not None
    found = events("2007-07-06 14:52\n\nTies raised\n\n" + lead)
    assert ("IND", "summit", "2007-07-06") in found
    assert ("IND", "partnership_upgrade", "2007-07-06") in found


def test_guard_a_bracketed_word_and_a_dash_without_a_date_is_no_dateline():
    assert find_wire_dateline("(UPDATE) - India and Vietnam on Friday raised their ties.") is None
