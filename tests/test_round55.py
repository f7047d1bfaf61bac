"""Round 55 of the generalisation loop (from round 54's last pair, 754-755, and batches 756 on): general rules, each
on three or more phrasings written for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(type, first day, last day) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), e.date.end.isoformat()) for e in article(text).events)


# a year-less dateline whose lead tells an arrival "on <weekday> on a N-day visit": the story may be filed on any
# day of the stay (or the day after it), so the first year from the text's dated fact in which the dateline's day
# falls within the stay is the page's (Mar 14 2005 is a Monday, three days after Friday the 11th; Jun 20 2010 a
# Sunday, the day after a five-day stay begun Tuesday the 15th; Oct 6 2018 a Saturday, the third day of a stay
# begun Thursday the 4th)
@pytest.mark.parametrize("text, day", [
    ("Ho Chi Minh City, Mar 14 (PNS) Two Indian Navy ships arrived here on Friday on a four-day goodwill visit, "
     "their first call since a meeting of the two navies' chiefs in New Delhi in November 2004.\n\n"
     "The ships will leave on Tuesday.", "2005-03-14"),
    ("Da Nang, Jun 20 (VNX) - The Indian coast guard ship Samudra Prahari berthed at Tien Sa port on Tuesday for a "
     "five-day visit, the vessel's first since a memorandum on coast guard cooperation was signed in Hanoi in "
     "November 2009.\n\nHer crew played football with Vietnamese sailors.", "2010-06-20"),
    ("Cam Ranh, Oct 6 (AAP) Two Indian warships docked at Cam Ranh International Port on Thursday on a three-day "
     "port call, the first since the two navies held staff talks in Hanoi in August 2018.\n\n"
     "The ships' crews visited a local school.", "2018-10-06"),
])
def test_a_yearless_dateline_within_a_stay_of_days_begun_on_the_leads_weekday_takes_the_first_such_year(text, day):
    assert published(text) == (day, "inferred")


def test_guard_an_arrivals_weekday_without_a_stay_of_days_keeps_the_day_or_the_next():
    # Mar 14 is a Monday in 2005, three days after Friday: with no stay told, the first year in which Mar 14 is the
    # Friday or the Saturday after it (2008, a Friday)
    text = ("Ho Chi Minh City, Mar 14 (PNS) Two Indian Navy ships arrived here on Friday, their first call since a "
            "meeting of the two navies' chiefs in New Delhi in November 2004.\n\nThe crews visited a school.")
    assert published(text) == ("2008-03-14", "inferred")
