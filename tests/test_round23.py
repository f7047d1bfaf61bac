"""Round 23 of the generalisation loop (batches 214-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import published


@pytest.mark.parametrize(("head", "day"), [
    ("PACIFIC FLEET PUBLIC AFFAIRS\nRelease No. 04-02-09\nFebruary 12, 2004\n\n", "2004-02-12"),
    ("EMBASSY PRESS OFFICE\nRef: 28/03/19\n19 March 2019\n\n", "2019-03-19"),
    ("NAVAL FORCES NEWS\nRelease #15-06-22\nJune 30, 2022\n\n", "2022-06-30"),
    ("MINISTRY RELEASE\nNumber: 2021-10-12\n5 November 2021\n\n", "2021-11-05"),
])
def test_figures_a_label_names_a_number_are_no_date(head, day):
    text = head + ("The admiral returned this week from a four-day visit to Vietnam, Feb. 8-11, where he held talks "
                   "in Hanoi on defence cooperation.\n")
    assert published(text) == (day, "stated")


def test_guard_a_release_dated_in_figures_keeps_its_date():
    text = "PRESS RELEASE\n12/03/2019\n\nOfficials of the two countries held talks in Hanoi on Tuesday.\n"
    assert published(text)[0] in ("2019-03-12", "2019-12-03", "2019")


@pytest.mark.parametrize(("text", "year"), [
    ("Prime Minister Nguyen Tan Dung arrived in New Delhi for a two-day visit, and after talks with Prime "
     "Minister Narendra Modi on Tuesday, 28 October, the two sides set out plans for patrol vessels.", "2014"),
    ("Prime Minister Narendra Modi received Prime Minister Nguyen Tan Dung on Wednesday, Nov. 5, and the two "
     "leaders discussed defence supplies.", "2014"),
    ("Prime Minister Nguyen Tan Dung met Prime Minister Narendra Modi in Hanoi on Monday (September 15) to "
     "discuss a credit line for defence purchases.", "2014"),
    ("Prime Minister Nguyen Tan Dung held talks with Prime Minister Narendra Modi on Thursday, 28 January, on "
     "maritime security.", "2016"),
])
def test_a_day_named_with_its_weekday_picks_the_officials_year(text, year):
    assert published("INDIA-VIETNAM TIES\n\n" + text + "\n")[0].startswith(year)


def test_guard_a_weekday_that_fits_no_single_year_leaves_the_year_open():
    # 28 October is a Tuesday in 2014 only, but 1 January is a Thursday in 2015 and a Friday in 2016: the two
    # days together fit no year of the officials', and no year is taken from them
    text = ("Prime Minister Nguyen Tan Dung met Prime Minister Narendra Modi on Tuesday, 28 October, and again on "
            "Friday, 1 January.")
    assert not published("INDIA-VIETNAM TIES\n\n" + text + "\n")[0]


@pytest.mark.parametrize(("head", "day"), [
    # guard: a web address's path is no label ("/id/2016/05/23/" dates the page)
    ("Radio News | English\nen.example.tw/news/view/id/2016/05/23/us-vietnam-arms\n\n", "2016-05-23"),
    ("example.vn/no/2019/03/28/defence-talks.html\n\n", "2019-03-28"),
    ("https://news.example.in/ref/2022/06/30/navy-visit\n\n", "2022-06-30"),
])
def test_guard_a_web_address_path_is_no_labelled_number(head, day):
    assert published(head + "Officials of the two countries held talks in Hanoi on defence cooperation.\n")[0] == day
