"""Date expressions and their resolution, each rule with its near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from ties_lib.dates import Anchor, day_value, find_dates, find_periods, month_value, resolve

NOW = Anchor(now=day_value(dt.date(2021, 7, 1), "stated"))  # a Thursday


def kinds(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.kind) for e in find_dates(text)]


def one(text: str, anchor: Anchor = NOW):
    (expr, value, _note), = [r for r in resolve(find_dates(text), anchor)]
    return value


@pytest.mark.parametrize("text", [
    "trade currently at $15 billion", "grew by 44%", "the 13th dialogue", "the Joint Vision Statement of 2015-20",
    "a Plan of Action for 2024–2028", "70,000 tonnes of rice", "Resolution No. 8/2025/NQ-CP",
    "Posted at 5:35PM", "the U.S. 7th Fleet", "aid worth 5 million USD", "a strategy for 2026-2030",
    "they may meet again", "forces will march on", "Visitor Counter : 2101",
])
def test_not_dates(text):
    assert find_dates(text) == []


def test_period_names_are_kept_as_year_hints_not_dates():
    assert find_periods("for 2024–2028 and 2015-20") == [(4, 13, 2024, 2028), (18, 25, 2015, 2020)]


def test_full_dates_in_three_orders():
    assert one("on December 21, 2020") == day_value(dt.date(2020, 12, 21), "stated")
    assert one("Posted On: 19 JUN 2023 5:35PM") == day_value(dt.date(2023, 6, 19), "stated")
    assert one("header 2021-07-01") == day_value(dt.date(2021, 7, 1), "stated")


def test_month_and_year_is_month_precision():
    v = one("in March 2018")
    assert (v.precision, v.start, v.end) == ("month", dt.date(2018, 3, 1), dt.date(2018, 3, 31))


def test_bare_year_is_year_precision():
    assert one("elevated in 2016").precision == "year"


def test_date_without_year_takes_the_articles_year():
    v = one("met on November 27", Anchor(now=day_value(dt.date(2020, 11, 27), "stated")))
    assert v == day_value(dt.date(2020, 11, 27), "year_inferred")


def test_date_without_year_after_the_article_date_is_last_year():
    v = one("in December", Anchor(now=day_value(dt.date(2021, 1, 20), "stated")))
    assert (v.start, v.precision) == (dt.date(2020, 12, 1), "month")


def test_date_without_year_nearest_to_the_dated_facts():
    # no article date: "January 12" near a stated December 21, 2020 is January 2021
    facts = Anchor(facts=day_value(dt.date(2020, 12, 21), "stated"))
    assert one("held on January 12", facts).start == dt.date(2021, 1, 12)


def test_unresolvable_date_stays_unresolved():
    assert one("held on January 12", Anchor()) is None


def test_early_month_is_a_month():
    assert kinds("Early October, the two sides met") == [("Early October", "month")]


def test_ranges():
    v = one("from July 30 to August 1", Anchor(now=month_value(2024, 12, "stated")))
    assert (v.start, v.end, v.is_range) == (dt.date(2024, 7, 30), dt.date(2024, 8, 1), True)
    v = one("November 24-28", Anchor(now=day_value(dt.date(2019, 12, 1), "stated")))
    assert (v.start, v.end) == (dt.date(2019, 11, 24), dt.date(2019, 11, 28))
    v = one("from June 18 to 19, 2023")
    assert (v.start, v.end, v.basis) == (dt.date(2023, 6, 18), dt.date(2023, 6, 19), "stated")


def test_duration_gives_the_end_of_a_range():
    v = one("a five-day visit beginning on November 24", Anchor(now=day_value(dt.date(2019, 11, 26), "stated")))
    assert (v.start, v.end) == (dt.date(2019, 11, 24), dt.date(2019, 11, 28))


def test_until_joins_two_dates_into_a_range():
    v = one("anchored on June 25 for a visit that runs until June 30", Anchor(now=day_value(dt.date(2023, 6, 26), "s")))
    assert (v.start, v.end) == (dt.date(2023, 6, 25), dt.date(2023, 6, 30))


def test_weekday_is_the_latest_such_day_on_or_before_the_article():
    assert one("held talks on Thursday").start == dt.date(2021, 7, 1)  # the article's own Thursday
    assert one("met on Monday").start == dt.date(2021, 6, 28)


def test_last_week_is_the_previous_calendar_week():
    v = one("Last week, the adviser met", Anchor(now=day_value(dt.date(2020, 11, 27), "stated")))
    assert (v.start, v.end, v.precision, v.basis) == (dt.date(2020, 11, 16), dt.date(2020, 11, 22), "week", "relative")


def test_month_last_year_and_last_month_name():
    assert one("In December last year").start == dt.date(2020, 12, 1)
    v = one("his visit last September", Anchor(now=day_value(dt.date(2024, 9, 9), "stated")))
    assert (v.start, v.precision) == (dt.date(2023, 9, 1), "month")
    v = one("his visit last September", Anchor(now=day_value(dt.date(2024, 11, 9), "stated")))
    assert v.start == dt.date(2024, 9, 1)


@pytest.mark.parametrize("phrase, today, year", [
    ("Last July the corvette was handed over", dt.date(2024, 8, 1), 2023),
    ("the minister was back in Hanoi last June", dt.date(2023, 7, 27), 2022),
    ("talks held last October in New Delhi", dt.date(2019, 11, 30), 2018),
    ("his visit last March", dt.date(2019, 11, 30), 2019),
])
def test_last_month_name_just_gone_is_a_year_back(phrase, today, year):
    """The month just gone would be "last month"; "last July" written in August is the year before's."""
    assert one(phrase, Anchor(now=day_value(today, "stated"))).start.year == year


def test_earlier_this_year_is_the_articles_year():
    assert one("earlier this year").start == dt.date(2021, 1, 1)


def test_same_day_and_following_day_count_from_the_previous_date():
    rows = resolve(find_dates("on September 2, 2016. The following day they met. In the same day"), Anchor())
    assert [v.start for _e, v, _n in rows] == [dt.date(2016, 9, 2), dt.date(2016, 9, 3), dt.date(2016, 9, 3)]


def test_anniversary_gives_the_year_it_counts_from():
    v = one("mark the 25-years anniversary of normalisation", Anchor(now=day_value(dt.date(2020, 11, 27), "s")))
    assert (v.start.year, v.precision, v.basis) == (1995, "year", "derived")
    assert one("the tenth anniversary", Anchor(now=day_value(dt.date(2023, 6, 1), "s"))).start.year == 2013


def test_later_counts_from_the_previous_date():
    rows = resolve(find_dates("in March 2000. Seven years later"), Anchor())
    assert rows[1][1].start.year == 2007 and rows[1][1].basis == "derived"


def test_relative_dates_without_an_article_date_stay_unresolved():
    assert one("last week", Anchor()) is None
    assert one("on Thursday", Anchor()) is None


def test_lower_case_month_words_are_not_months():
    assert find_dates("we may march in may") == []


def test_a_time_after_a_date_is_not_a_period():
    assert [e.text for e in find_dates("Thursday, 14 March 2024 - 18:05")] == ["14 March 2024"]


def test_windows_find_what_a_full_scan_finds():
    # the windows around month names, years and keywords are a speed-up only
    from conftest import ROOT

    from ties_lib.furniture import clean
    from ties_lib.text import fold

    texts = [fold(clean("x", p.read_text(encoding="utf-8")).body) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts.append(
        "On the 50th anniversary of ties, and the Twenty-Fifth Anniversary of the pact, 25 years since 1991, "
        "two years later, three  months later, in 2015-20 and 2024–2028, on 2023-06-08, from June 8 to 10, "
        "8-10 June 2022, June 8, 2022, 8 June 2022, March last year, last March, in May 2019, May 3, 3 May, "
        "in early June, earlier this year, last week, on Tuesday, 2,019 ships, 2019 per cent, 2030 %, "
        "towards 2030, Vision 2030, the 2024 exercise, 1999/2000, 12:2019. Last Monday, NEXT YEAR.")
    for text in texts:
        full = find_dates(text, full_scan=True)
        assert full and find_dates(text) == full
