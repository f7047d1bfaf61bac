"""Round 46 of the generalisation loop (batches 526-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "day"), [
    # 9 August 2025 is a Saturday: the Thursday the lead names is two days before it
    ("HAI PHONG, Vietnam, Aug. 9 (Kestrel) -- A US Navy destroyer arrived in Da Nang on Thursday for a five-day "
     "visit, the embassy said.\nThe visit comes as the two countries mark 30 years since normalising diplomatic "
     "relations in July 1995.\n", "2025-08-09"),
    # 15 March 2022 is a Tuesday: the Saturday is three days before it
    ("NEW DELHI, March 15 (Wire) - Vietnam's defence minister arrived in New Delhi on Saturday for a four-day "
     "visit.\nThe visit comes as the two countries mark the 50th anniversary of diplomatic relations, established "
     "in January 1972.\n", "2022-03-15"),
    # 10 June 2020 is a Wednesday: the Monday is two days before it
    ("HANOI, June 10 (Agency) - An Indian Navy frigate docked at Cam Ranh on Monday for a goodwill call.\nThe call "
     "comes as the two countries mark 25 years of diplomatic relations established in July 1995.\n", "2020-06-10"),
])
def test_a_datelines_year_told_by_a_count_holds_when_the_leads_weekday_is_days_before(text, day):
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize(("line", "month"), [
    ("Vol. 37, No. 2 -- February 2022", "2022-02"),
    ("Volume 12 — March 2019", "2019-03"),
    ("Issue 4 -- June 2018", "2018-06"),
])
def test_an_issue_line_with_a_double_or_long_dash_dates_the_page(line, month):
    text = f"Harbor Monthly\n{line}\n\nUS and Vietnamese officers opened a language lab in Hanoi last month.\n"
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("stamp", "plan", "day"), [
    ("Friday, June 17", "The Vietnamese engineers are expected to visit Hawaii for a follow-on exchange in early 2023.",
     "2022-06-17"),
    ("Tuesday, 14 March", "The next round of the dialogue is to be held in New Delhi in 2024.", "2023-03-14"),
    ("Monday, Oct. 7", "Vietnam will host the next staff talks in late 2025, the ministry said.", "2024-10-07"),
])
def test_a_stamps_own_weekday_and_a_plans_year_date_the_page(stamp, plan, day):
    text = (f"Coastal Gazette\n\nEngineers share skills with Vietnamese army\n\nBy Staff Writer\n{stamp}\n\n"
            "A team of US Army engineers returned home this week after a training exchange in Quang Tri province.\n"
            f"{plan}\n")
    assert published(text) == (day, "inferred")


def test_a_stamps_weekday_that_fits_neither_the_plans_year_nor_the_one_before_gives_no_day_guard():
    # 17 June is a Saturday in 2023 and a Monday in 2024
    text = ("Coastal Gazette\n\nEngineers share skills with Vietnamese army\n\nBy Staff Writer\nFriday, June 17\n\n"
            "A team of US Army engineers returned home this week after a training exchange in Quang Tri province.\n"
            "The Vietnamese engineers are expected to visit Hawaii in 2024.\n")
    assert len(published(text)[0]) != 10


def test_a_count_of_a_recalled_happening_gives_way_to_the_officials_years_guard():
    # "15 years since 1995" is 2010, but Panetta took office in July 2011; 20 September 2011 is the Tuesday after
    # the lead's Monday
    text = ("WASHINGTON, Sept 20 (Wire) - Defense Secretary Leon Panetta met Vietnam's deputy defence minister at the "
            "Pentagon on Monday.\nThe first round of the dialogue was held in Hanoi in August last year, weeks after "
            "a US destroyer called at Da Nang to mark 15 years since normalisation in 1995.\n")
    assert published(text) == ("2011-09-20", "inferred")
