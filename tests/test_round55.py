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


def _counted_from(text: str) -> list[str]:
    """The years of the relations an article's anniversaries count back to (the upgrades it derives)."""
    return sorted(e.date.iso_start() for e in article(text).events if e.type == "partnership_upgrade")


# an anniversary counts from the year its own sentence gives the marking, not from the page's year
@pytest.mark.parametrize("text, year", [
    # the year marked as the anniversary: "marked 2022 as the 50th anniversary"
    ("HANOI, March 3, 2025 - Indian Navy ships called at Cam Ranh on Monday. India and Vietnam marked 2022 as the "
     "50th anniversary of the establishment of their diplomatic relations.", "1972"),
    ("Published: 9 June 2019\n\nIndian officers visited Hanoi. The two sides celebrated 2017 as the 45th anniversary "
     "of diplomatic ties.", "1972"),
    ("Published: 9 June 2023\n\nUS sailors were in Da Nang. Hanoi and Washington observed 2020 as the 25th "
     "anniversary of normalised relations.", "1995"),
    # a year named as the anniversary's: "2010, the year of the 15th anniversary"
    ("Published: 12 May 2012\n\nUS sailors in Da Nang. The format dates from 2010, the year of the 15th anniversary "
     "of normalised relations, when the first engagement took place in Da Nang.", "1995"),
    ("Published: 12 May 2024\n\nIndian sailors in Cam Ranh. The first visit came in 2022, the year of the 50th "
     "anniversary of diplomatic relations, with a call at Cam Ranh.", "1972"),
    ("Published: 2 March 2021\n\nAn exchange in Hanoi. The US-Vietnam dialogue began in 2010, the year of the fifteenth "
     "anniversary of normalized relations between the two countries.", "1995"),
    # a month told as last year's: "Last August, ... to mark fifteen years of"
    ("Published: 12 May 2011\n\nUS sailors in Da Nang. Last August, the destroyer USS John S. McCain called at Da "
     "Nang to mark fifteen years of normalised relations.", "1995"),
    ("Published: 20 March 2018\n\nIndian ships in Vietnam. Last November, two Indian ships called at Cam Ranh to "
     "celebrate 45 years of diplomatic relations.", "1972"),
    ("Published: 20 September 2021\n\nUS sailors in Vietnam. Last October, US and Vietnamese sailors held a search "
     "and rescue drill off Da Nang to mark 25 years of normalised relations.", "1995"),
    # a participle of timing after the happening's clause: "..., timed to mark 25 years of"
    ("Published: 12 October 2022\n\nUS sailors in Da Nang. In March 2020 the aircraft carrier USS Theodore Roosevelt "
     "called at Da Nang, timed to mark 25 years of diplomatic ties.", "1995"),
    ("Published: 2 May 2019\n\nIndian ships in Vietnam. In 2017 two Indian frigates called at Cam Ranh, timed to "
     "celebrate 45 years of diplomatic relations.", "1972"),
    ("Published: 8 January 2014\n\nUS ships in Vietnam. In July 2010 the destroyer USS John S. McCain called at "
     "Da Nang, meant to mark fifteen years of normalised relations.", "1995"),
])
def test_an_anniversary_counts_from_the_year_its_own_sentence_gives_the_marking(text, year):
    assert _counted_from(text) == [year]


def test_guard_an_anniversary_with_no_year_of_its_own_counts_from_the_page():
    text = ("Published: 12 May 2011\n\nUS sailors in Da Nang. The destroyer USS John S. McCain called at Da Nang to "
            "mark fifteen years of normalised relations.")
    assert _counted_from(text) == ["1996"]
