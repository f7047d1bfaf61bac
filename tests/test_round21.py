"""Round 21: classes of the batches written blind after round 20.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

import pytest
from conftest import events, published

# an undated story: its only dates are a month and day without a year, and an older year recalled
PORT_CALL = ("The frigate tied up at the port on Wednesday, Nov. 19, the first visit by a U.S. warship since the war. "
             "A U.S. defense secretary had first visited Hanoi in March 2000.")


@pytest.mark.parametrize("footer, year", [
    ("Copyright (c) 2003 Gulf Coast Courier. All rights reserved.", "2003"),
    ("Copyright (C) 2003, The Tidewater Ledger", "2003"),
    ("COPYRIGHT (C)2003 Valley Media Group Inc.", "2003"),
])
def test_a_copyright_line_with_c_in_brackets_gives_its_year(footer, year):
    """ "Copyright (c) 2003 ...": the bracketed mark between the word and the year is still a copyright line,
    and its year is the page's, later than the happenings the text recalls."""
    got = published(f"Local News\n\nA sailor's shore leave\n\n{PORT_CALL}\n\n{footer}")
    assert got[0].startswith(year)
    assert ("USA", "visit", "2003-11-19") in events(f"Local News\n\nA sailor's shore leave\n\n{PORT_CALL}\n\n{footer}")


def test_guard_a_site_span_of_years_in_brackets_gives_no_year():
    got = published(f"Local News\n\nA sailor's shore leave\n\n{PORT_CALL}\n\nCopyright (c) 1998-2024 Valley Media")
    assert not got[0].startswith("2024")


@pytest.mark.parametrize("url, day", [
    ("http://www.national-weekly.com/2000apr09/nation2.htm", "2000-04-09"),
    ("www.the-review.co.in/2003NOV23/defence/story1.html", "2003-11-23"),
    ("http://archive.sunday-mag.com/09apr2000/cover.htm", "2000-04-09"),
])
def test_a_compact_issue_folder_in_a_web_address_dates_the_page(url, day):
    """Magazines' archives name an issue's folder by year, month's letters and day run together ("2000apr09")."""
    story = ("Defence Minister George Fernandes signed an agreement on defence cooperation in Hanoi, building on the "
             "protocol of 1994.")
    assert published(f"{url}\n\nDefence\n\n{story}") == (day, "stated")


def test_guard_letters_that_are_no_month_give_no_day():
    story = "Defence Minister George Fernandes signed an agreement on defence cooperation in Hanoi."
    assert published(f"http://www.national-weekly.com/2000xyz09/nation2.htm\n\nDefence\n\n{story}")[0] != "2000-04-09"
