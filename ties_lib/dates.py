"""Dates in two passes: find every expression with what it fixes, then resolve per article.

Pass one (:func:`find_dates`) reads the text alone. It knows full dates, dates without a
year, months, ranges, durations ("a five-day visit beginning on November 24"), relative
expressions ("last week", "on Thursday", "December last year", "the same day") and
arithmetic ("the 25th anniversary of ..."). Period names ("2015-20"), ordinals, money,
percentages, counts and identifiers are rejected before anything is read as a year.

Pass two (:func:`resolve`) gives each expression a :class:`DateValue` from the article's
reference point (:class:`Anchor`) and records the basis: ``stated``, ``year_inferred``,
``relative`` or ``derived``. An expression that cannot be resolved stays unresolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from .data import load_csv
from .records import DateValue
from .text import fold, lower_in_place, trie_pattern

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}


def number_value(word: str) -> int | None:
    """Read "25", "25th", "five", "twenty-fifth", "third" as an integer."""
    w = word.lower().strip()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", w)
    if m:
        return int(m.group(1))
    total = 0
    for part in re.split(r"[- ]", w):
        if part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        elif part in ORDINAL_WORDS:
            total += ORDINAL_WORDS[part]
        else:
            return None
    return total or None


#: a day of the month spelled out as an ordinal: "the fifteenth", "the twenty-first", "the thirtieth"
DAY_WORD = (r"(?:(?:twenty|thirty)-?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|"
            r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
            r"twentieth|thirtieth")

# Capitalised or upper case only: "may" and "march" in lower case are verbs. Factored by
# prefix (trie_pattern): an alternation of 46 names would be tried branch by branch.
MON3 = "(?:" + "|".join(n.capitalize() + "|" + n.upper() for n in MONTHS if len(n) == 3) + ")"
#: a full date in figures, day and month in either order: "08/02/2024", "23.05.2016", "07/09/15"
#: "12/11/2025", "5.9.2016", "24-05-16"; and "24. 5. 2016", the full stop and space of Czech and Slovak pages
NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-]|\.\s)(\d{1,2})\2((?:19|20)\d\d|\d\d)(?![\d/.-]?\d)")
#: months by their full names, never abbreviated: a full stop after one ends a sentence
_FULL_MONTH_NAMES = frozenset(n.lower() for n in calendar.month_name if n)


def _ends_a_sentence(month: str | None) -> bool:
    """A month's full name with a full stop after it ends a sentence (an abbreviation's stop does not: "Sept.")."""
    return bool(month) and month.endswith(".") and month[:-1].lower() in _FULL_MONTH_NAMES  # type: ignore[union-attr]


MON = "(?:" + trie_pattern({n.capitalize() for n in MONTHS} | {n.upper() for n in MONTHS}) + r")\.?"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: (not a time of day on the 24-hour clock, before its zone or "hours": "Thursday 25 January, 1900 SGT edition",
#: "at 2030 hrs", "2130 GMT")
YEAR = r"(?:1[89]\d\d|20\d\d)(?!\s*(?:(?-i:[A-Z]{1,4}T|UTC|IST|HRS|Hrs)|hrs|hours)\b)"
NUM = r"(?:\d+(?:st|nd|rd|th)?|[A-Za-z]+(?:-[a-z]+)?)"
WD = "(?:" + "|".join(calendar.day_name) + ")"
_NOT_AFTER = r"(?![\d,]*\d)(?!\s*(?:%|per ?cent|percent))"
_DASH = r"\s*(?:-|–|—|to|until|till|through|and)\s*"

RELATIVE_PHRASES = {
    "last week", "this week", "next week", "last month", "this month", "next month", "earlier this year",
    "earlier this month", "earlier this week", "later this year", "later this month", "last year", "this year",
    "next year", "earlier in the day", "later in the day", "later that day", "the same day", "same day",
    "during the day", "the course of the day",
    "that day", "the following day", "the next day", "the day after", "the previous day", "the day before",
    "his first full day", "her first full day", "their first full day",
    "a day later", "a day earlier", "the eve of",
    "the next morning", "the following morning", "the next afternoon", "the following afternoon",
    "the next evening", "the following evening",
    "today", "yesterday", "tomorrow", "this morning", "this afternoon", "this evening", "tonight",
    "yesterday morning", "yesterday afternoon", "yesterday evening", "last night", "last evening",
    "later that month", "earlier that month", "that same month", "the same month",
    "the same morning", "the same afternoon", "the same evening", "that afternoon", "that evening",
    "that same day", "within hours", "hours later", "a few hours later",
    "hours earlier", "a few hours earlier",
    "that morning", "that same morning", "later that morning", "later that afternoon", "later that evening",
    "that night", "in the morning", "in the afternoon", "in the evening",
    "later that year", "earlier that year", "that same year", "the same year",
    "the following month", "the next month", "the previous month", "the month before", "the month after",
    "the following year", "the next year", "the previous year", "the year before", "the year after",
    # ("called on the commander on the day of arrival": the first day of the stay told last)
    "the day of arrival", "the day of his arrival", "the day of her arrival", "the day of its arrival",
    "the day of their arrival", "the day they arrived", "the day it arrived", "the day he arrived",
    "the day she arrived",
    # ("Later in the month, defence officials met in Hanoi": the month told last, else the article's)
    "later in the month", "at the start of the month", "at the beginning of the month",
    "at the end of the month", "early in the month", "late in the month",
    # ("The following week the destroyer arrived in Da Nang": the week after the one told last)
    "the following week", "the week after"}

#: Each pattern names the groups the resolver reads. Order matters: longer forms first.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")),
    # a timeline's entry, its year in two figures after a slash: "Sept 15/14:", "June 5-6/16:" (only before the
    # entry's colon: "the night of June 3/4" is two days)
    ("range", re.compile(rf"\b(?P<m>{MON})\s+(?P<d>{DAY}){_DASH}(?P<d2>{DAY})/(?P<yy>\d\d)(?=:)")),
    ("date", re.compile(rf"\b(?P<m>{MON})\s+(?P<d>{DAY})/(?P<yy>\d\d)(?=:)")),
    # "from Tuesday, October 8, to Friday, October 11", "from Monday 3 June to Friday 7 June 2024": each end told
    # with its weekday
    ("range", re.compile(
        rf"\bfrom\s+{WD},?\s+(?P<m>{MON})\s+(?P<d>{DAY}),?\s+(?:to|through|until|till)\s+{WD},?\s+(?P<m2>{MON})\s+"
        rf"(?P<d2>{DAY})\b(?:,?\s+(?P<y>{YEAR}))?{_NOT_AFTER}")),
    ("range", re.compile(
        rf"\bfrom\s+{WD},?\s+(?P<d>{DAY})\s+(?P<m>{MON})(?:,?\s+(?P<y0>{YEAR}))?,?\s+(?:to|through|until|till)\s+"
        rf"{WD},?\s+(?P<d2>{DAY})\s+(?P<m2>{MON})(?:,?\s+(?P<y>{YEAR}))?\b{_NOT_AFTER}")),
    ("range", re.compile(
        rf"\b(?:from\s+|between\s+)?(?P<m>{MON})\s+(?P<d>{DAY}){_DASH}(?:(?P<m2>{MON})\s+)?"
        rf"(?P<d2>{DAY})\b(?!:\d)(?:,?\s+(?P<y>{YEAR}))?{_NOT_AFTER}")),  # not "July 01 - 20:47", a time
    # "on 26-27 Dec 20": days of one month and a two-digit year, as navy releases write them
    ("range", re.compile(rf"(?<![\d$.,])\b(?P<d>{DAY}){_DASH}(?P<d2>{DAY})\s+(?P<m>{MON3})\.?\s+(?P<yy>\d\d)\b"
                         rf"{_NOT_AFTER}(?![:.]\d)")),
    # (not the tail of a chain of figures: "Release No. 04-02-09" above "February 12, 2004" is a number)
    ("range", re.compile(
        rf"(?<![\d$.,])(?<!\d[-\u2013/.])\b(?:from\s+|between\s+)?(?P<d>{DAY}){_DASH}(?P<d2>{DAY})\s+(?P<m>{MON})"
        rf"(?:,?\s+(?P<y>{YEAR}))?\b{_NOT_AFTER}")),
    # "30 July-01 August", "from 28 February to 3 March 2023": day first, across two months
    ("range", re.compile(
        rf"\b(?:from\s+|between\s+)?(?P<d>{DAY})\s+(?P<m>{MON})(?:,?\s+(?P<y0>{YEAR}))?{_DASH}(?P<d2>{DAY})\s+"
        rf"(?P<m2>{MON})(?:,?\s+(?P<y>{YEAR}))?\b{_NOT_AFTER}")),
    # (a comma may stand apart, as a form's field prints it: "Date : 09 Dec , 2024")
    # ("May.24,2016": a page's compact stamp, the day straight after the abbreviation's point)
    # ("Published May 26. 2017 6:12PM": a stamp's point after the day, but not a sentence's end before a year that
    # opens the next one, "on May 26. 2017 saw ...")
    ("date", re.compile(rf"\b(?P<m>{MON})(?:\s+|(?<=\.))(?P<d>{DAY})(?:\s?,\s*|\s+|\.\s(?={YEAR}\b(?!\s+[a-z])))"
                        rf"(?P<y>{YEAR})\b{_NOT_AFTER}")),
    # (and the day with the dot German and Nordic pages write: "2. August 2024, 11:52 Uhr")
    ("date", re.compile(rf"\b(?P<d>{DAY})(?:\.(?=\s))?\s+(?P<m>{MON})(?:\s?,\s*|\s+)(?P<y>{YEAR})\b{_NOT_AFTER}")),
    # "Posted On October - 29 - 2014": a page stamp with its parts set apart by dashes
    ("date", re.compile(rf"\b(?P<m>{MON})\s+-\s+(?P<d>{DAY})\s+-\s+(?P<y>{YEAR})\b{_NOT_AFTER}")),
    # a two-digit year after an abbreviated month, as government releases write it ("24 Jul 25")
    ("date", re.compile(rf"(?<![\d$.,])\b(?P<d>{DAY})\s+(?P<m>{MON3})\.?\s+(?P<yy>\d\d)\b{_NOT_AFTER}(?![:.]\d)")),
    ("month_last_year", re.compile(
        # "May (of) last year" (but "12 May last year" is a day: see _with_relative_year)
        rf"(?<!\d\s)\b(?P<m>{MON})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b")),
    # "In August of that year": the month of the year just told, as "that August"
    # "August of that year", "August of the same year", "November that same year"
    # ("on 22 July of that year", "on 3 October of the same year": a day of the year just told; month first, "May 25
    # of that year", stays a day whose year the story names back: see resolve)
    ("rel_month", re.compile(rf"(?<![\d$.,])\b(?P<d>{DAY})\s+(?P<m>{MON}),?\s+(?:of\s+)?"
                             rf"(?:the\s+same|(?P<rel>that)(?:\s+same)?)\s+year\b")),
    ("rel_month", re.compile(rf"\b(?P<m>{MON})\s+(?:of\s+)?(?:the\s+same|(?P<rel>that)(?:\s+same)?)\s+year\b")),
    # (not "ten years ago this July": the count's month, read with it below)
    ("rel_month", re.compile(rf"(?<!\sago\s)\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]hat|"
                             rf"[Tt]he\s+(?:previous|preceding|following))\s+"
                             rf"(?P<m>{MON})\b(?!\s+\d)")),
    # "From the 11th to the 15th of March", "between the 3rd and the 7th of June 2024": ordinal days of one month
    ("range", re.compile(rf"\b(?:[Ff]rom|[Bb]etween)\s+the\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+"
                         rf"(?:to|through|until|till|and)\s+the\s+(?P<d2>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+of\s+"
                         rf"(?P<m>{MON})(?:,?\s+(?P<y>{YEAR}))?\b{_NOT_AFTER}")),
    # "on the first day of July 2021", "On the first day of July,": the month's first day
    ("date", re.compile(rf"\b[Tt]he\s+(?P<d>first)\s+day\s+of\s+(?P<m>{MON}),?\s+(?P<y>{YEAR})\b{_NOT_AFTER}")),
    ("month_day", re.compile(rf"\b[Tt]he\s+(?P<d>first)\s+day\s+of\s+(?P<m>{MON})\b")),
    # "spent the first week of February", "the first three weeks of March 2023", "the first days of June": a stay
    # that began on the month's first day
    ("date", re.compile(rf"\b[Tt]he\s+(?P<d>first)\s+(?:(?:two|three|four|few|ten|\d+)\s+)?(?:weeks?|days|fortnight)\s+"
                        rf"of\s+(?P<m>{MON}),?\s+(?P<y>{YEAR})\b{_NOT_AFTER}")),
    ("month_day", re.compile(rf"\b[Tt]he\s+(?P<d>first)\s+(?:(?:two|three|four|few|ten|\d+)\s+)?(?:weeks?|days|"
                             rf"fortnight)\s+of\s+(?P<m>{MON})\b")),
    # "on the 27th of November", "the 3rd of September 2016": an ordinal day of a month named after it
    ("date", re.compile(rf"\b(?:[Tt]he\s+)?(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+of\s+(?P<m>{MON}),?\s+"
                        rf"(?P<y>{YEAR})\b{_NOT_AFTER}")),
    ("month_day", re.compile(rf"\b(?:[Tt]he\s+)?(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+of\s+(?P<m>{MON})\b")),
    # ("on the fifteenth of March": the day spelled out; "the first of June 2015" with its year)
    ("date", re.compile(rf"\b[Tt]he\s+(?P<d>{DAY_WORD})\s+of\s+(?P<m>{MON}),?\s+(?P<y>{YEAR})\b{_NOT_AFTER}")),
    ("month_day", re.compile(rf"\b[Tt]he\s+(?P<d>{DAY_WORD})\s+of\s+(?P<m>{MON})\b")),
    # "from October to November 2019", "from late October into early November": one span of months
    ("month_year", re.compile(rf"\b(?:[Ff]rom|[Bb]etween)\s+(?:(?:early|late|mid-?)\s*)?(?P<m>{MON})"
                              rf"(?:,?\s+(?P<y0>{YEAR}))?\s+"
                              rf"(?:to|into|through|until|till|and)\s+(?:(?:early|late|mid-?)\s*)?(?P<m2>{MON}),?\s+"
                              rf"(?P<y>{YEAR})\b{_NOT_AFTER}")),
    ("month", re.compile(rf"\b(?:[Ff]rom|[Bb]etween)\s+(?:(?:early|late|mid-?)\s*)?(?P<m>{MON})\s+"
                         rf"(?:to|into|through|until|till|and)\s+(?:(?:early|late|mid-?)\s*)?(?P<m2>{MON})\b"
                         rf"(?!\s+\d)")),
    ("month_year", re.compile(rf"\b(?P<m>{MON}),?\s+(?:of\s+)?(?P<y>{YEAR})\b{_NOT_AFTER}")),
    # (not across a paragraph: "on Tuesday, 9 April.\n\n3. Ships and boats" is no April 3)
    ("month_day", re.compile(rf"(?<![\d$])\b(?P<m>{MON})(?!\s*\n\s*\n)\s+(?P<d>{DAY})\b(?![:.]\d|\d|,?\s*000)")),
    ("month_day", re.compile(rf"(?<![\d$.,])\b(?P<d>{DAY})\s+(?P<m>{MON})\b")),
    ("month", re.compile(
        rf"\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Bb]efore|"
        rf"[Aa]fter|[Oo]f)\s+(?:(?:early|late|mid-?)\s*)?(?P<m>{MON})\b(?!\s+\d)")),
    # a month before a happening's noun: "his January trip", "the March port call", "their June talks" (not "toward a
    # March visit", a plan as often as not)
    ("month", re.compile(
        r"\b(?:his|her|their|its|the)\s+(?P<m>(?-i:[A-Z])[a-z]+)(?=\s+(?:[\w-]+\s+)?(?:visit|trip|tour|talks|"
        r"meeting|summit|call|exercise|dialogue|stop)\b)")),
    # "Singh is on the second day of his three-day visit": the visit began the day before the article's
    ("nth_day", re.compile(r"\b(?:is|are)\s+on\s+the\s+(?P<n>first|second|third|fourth|fifth|sixth)\s+day\s+of\b",
                           re.IGNORECASE)),
    # "On the first day in Hanoi", "on the final day": a day of the span just told ("from June 8 to 10")
    ("span_day", re.compile(r"\b(?:[Oo]n\s+)?(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
                            r"(?P<n>first|second|third|opening|last|final|closing)\s+day\b"
                            r"(?!\s+of\s+(?:the\s+|each\s+|this\s+|that\s+|last\s+|next\s+)?(?:month|year|week))"
                            # (not "the last day of ASEAN's summit"; but "of Prime Minister Dung's state visit" is)
                            r"(?!\s+of\s+(?-i:[A-Z])(?![\w.\s-]{0,40}'s\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stay)\b))")),
    # "on the 15th", "on the 4th of this month": a day of the month just told, or of the article's
    # ("on the evening of the 2nd", "late on the night of the 2nd", as Chinese and Korean agencies write the time)
    ("day_of_month", re.compile(r"\b(?:(?P<cap>O)|o)n\s+the\s+"
                                r"(?P<tod>(?:morning|afternoon|evening|night)\s+of\s+the\s+)?"
                                r"(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)"
                                # (and the next day, as a span of two: "on the 26th and 27th of this month")
                                r"(?:\s+and\s+(?:the\s+)?(?P<d2>3[01]|[12]\d|[1-9])(?:st|nd|rd|th))?"
                                # (a day "of this month" is one, whatever follows: "On the 10th of this month Mr. Tra
                                # held talks")
                                r"(?:\s+of\s+(?P<rel>this|that|the\s+same|last|next)\s+month\b|"
                                # ("on the 10th (local time)", as Korean and Chinese agencies write it)
                                r"(?=\s*[,.;:)]|\s+\((?:local|Hanoi|Washington|Delhi)\b|"
                                r"\s+(?:and|when|at|in|with|as|during|after|before|that|for)\b|\s+[a-z]+ed\b|"
                                # (an adverb or the subject of its clause: "on the 9th also met", "On the 3rd he
                                # called on", "on the 4th the two ministers signed")
                                # (or "the" opening its subject: "On the 11th the president held", which no noun
                                # of the ordinal's own takes)
                                r"\s+(?:also|then|later|again|he|she|they|it|we|both|the)\b|"
                                # (a sentence opening on it, before its subject: "On the 25th Harris was received by";
                                # not a unit or a gathering: "On the 7th Fleet's flagship", "On the 25th Anniversary")
                                r"(?(cap)\s+(?!(?:Fleet|Division|Regiment|Brigade|Battalion|Corps|Army|Infantry|"
                                r"Congress|Plenum|Session|Round|Anniversary|Meeting|Summit|Dialogue|Edition)\b)"
                                r"(?-i:[A-Z])|(?!))))")),
    # "on the fifteenth", "On the second he called on": a day spelled out, where it closes its phrase or opens its
    # clause (not "on the second day", "on the third round")
    ("day_of_month", re.compile(rf"\b[Oo]n\s+the\s+(?P<d>{DAY_WORD})"
                                r"(?:\s+of\s+(?P<rel>this|that|the\s+same|last|next)\s+month\b|"
                                r"(?=\s*[,.;:)]|\s+(?:also|then|later|again|he|she|they|both|the|and|when|at|in|"
                                r"with|as|during|after|before|for)\b))")),
    # "on the first day of this month", "the first day of last month": the first of the month named
    ("day_of_month", re.compile(r"\b[Tt]he\s+(?P<d>first)\s+day\s+of\s+(?P<rel>this|that|the\s+same|last|next)\s+"
                                r"month\b")),
    # "from the 11th to the 21st", "between the 3rd and the 7th": days of the month just told, as a span
    # "On the evening of Sunday the 10th", "on Monday the 11th": a weekday and its day of the month
    ("day_of_month", re.compile(r"\b(?:[Oo]n\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
                                r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+the\s+"
                                r"(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b")),
    ("day_of_month", re.compile(r"\b(?:from|between)\s+the\s+(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\s+"
                                r"(?:to|through|until|till|and)\s+the\s+(?P<d2>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b",
                                re.IGNORECASE)),
    # "Thirty years ago today", "25 years ago this month": the article's own day or month, that many years back
    # ("Fifteen years ago last month": the month before it)
    # ("A decade ago this month", "Two decades ago this week": ten years each, when told to the page's own month, week
    # or day; "two decades ago, a port call was a novelty" is a round figure)
    ("ago", re.compile(rf"\b(?P<n>{NUM})\s+(?:(?P<unit>years?|months?|weeks?|days?)|"
                       r"(?P<dec>decades?)(?=\s+ago\s+(?:today|this\s+week|this\s+month|last\s+month)\b))\s+ago"
                       # ("ten years ago this July": that month, so many years back)
                       r"(?:\s+(?P<dir>today|this\s+week|this\s+month|last\s+month|this\s+(?:January|February|March|"
                       r"April|May|June|July|August|September|October|November|December)))?\b", re.IGNORECASE)),
    ("relative", re.compile(r"\b(?P<rel>(?:(?:on|in) )?" + trie_pattern(RELATIVE_PHRASES, flexible_space=True)
                            + r")\b", re.IGNORECASE)),
    # "on Monday", "last Monday", and the wire's bare "met here Monday" (not "Monday, March 13, 2000")
    ("weekday", re.compile(
        # (not "arriving on a Friday", "every Friday": no day told)
        rf"\b(?:(?P<rel>[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|(?:[Tt]he|[Tt]hat)\s+same|[Tt]he|[Tt]hat)\s+)?(?<!\b[Aa]\s)"
        rf"(?<!\b[Ee]very\s)"
        rf"(?P<wd>{WD})\b"
        # ("Monday, 25 years after the war": a count, not the day of a month, when a word follows the figure)
        r"(?!,?\s+(?:\d{1,2}\b(?!\s+[a-z])|[A-Z][a-z]{2,8}\.?\s+\d))"
        # ("Friday evening, 2 September": the day's own weekday, its time of day between)
        r"(?!\s+(?:morning|afternoon|evening|night),?\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\b|[A-Z][a-z]{2,8}\.?\s+\d))")),
    ("anniversary", re.compile(
        # ("the 80th founding anniversary of the Vietnam People's Army")
        rf"\b(?P<n>{NUM})(?:-|\s)(?:years?(?:-|\s)|founding\s|foundation\s)?anniversary\b", re.IGNORECASE)),
    # "launched in 2013, turns ten next year": a count of years a partnership or a relationship turns
    ("anniversary", re.compile(rf"\b(?:turns|turned|will\s+turn)\s+(?P<n>{NUM})"
                               r"(?!\s*(?:%|percent|per\s+cent|years?\s+old|-year-old))\b", re.IGNORECASE)),
    # "a quarter century since", "half a century after": 25 and 50 years
    ("years_since", re.compile(r"\b(?P<n>a\s+(?P<c>quarter)|(?P<c2>half)\s+a|a\s+(?P<c3>half))[\s-]century\s+"
                               r"(?:since|after)\b",
                               re.IGNORECASE)),
    ("years_since", re.compile(
        # (not "more than two decades since": a bound, not a count)
        rf"(?<!more than )(?<!over )(?<!nearly )(?<!almost )(?<!about )(?<!some )"
        # ("a year after the two countries restored relations": one year, told with "a")
        rf"\b(?P<n>{NUM})\s+(?:(?P<unit>years|(?<=\b[Aa]\s)year|(?<=\b[Oo]ne\s)year)\s+(?:since|after)|"
        # ("a decade after the two countries set up ...": ten years)
        rf"(?P<dec>decades\s+since|(?<=\b[Aa]\s)decade\s+(?:since|after)|(?<=\b[Oo]ne\s)decade\s+(?:since|after)))"
        rf"\b", re.IGNORECASE)),
    # "Two years on, Vietnamese officials say ...": the years since what the text told just before, to the page's own
    # (opening its sentence, and not before a date of its own: "; nine years on, in September 2016, Modi ...")
    ("years_since", re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<n>{NUM})\s+(?P<unit>years)\s+on"
                               r"(?=\s*,)(?!\s*,\s*(?:in|on|by)\s)", re.IGNORECASE)),
    # "as the two countries mark 30 years of diplomatic relations": counted back from the article's year
    # (or the noun: "coincides with the celebration of 50 years of the establishment of diplomatic relations")
    ("years_since", re.compile(
        rf"\b(?:mark|celebrat|commemorat)\w*(?:\s+of)?\s+(?:the\s+)?(?P<n>{NUM})\s+years\s+of\b", re.IGNORECASE)),
    # "nearly a year ago", "two years ago", "six months ago": counted back from the article's date
    ("later", re.compile(
        rf"\b(?P<n>{NUM})\s+(?P<unit>years|months|weeks|days|"
        # ("a month earlier", "one year later": one of the unit, told with "a" or "one")
        rf"(?<=\b[Aa]\s)(?:year|month|week)|(?<=\b[Oo]ne\s)(?:year|month|week))\s+(?P<dir>later|earlier|before(?=\s*[,;.]))\b",
        re.IGNORECASE)),
    # "Just days earlier", "a few days later", "Days later": a step of days the text does not count, within the month
    # of the day told before
    ("later", re.compile(r"\b(?:(?P<vague>just|only|a\s+few|several|mere)\s+|(?<![\w,-]\s)(?<![\w,-])(?=Days\b))"
                         r"days\s+(?P<dir>later|earlier)\b", re.IGNORECASE)),
    # "towards 2030", "up to 2030", "until 2030", "beyond 2030": a horizon, not a date
    ("year", re.compile(rf"(?<![\w$£€/.@-])(?<!towards )(?<!toward )(?<!Vision )(?<!up to )(?<!until )"
                        rf"(?<!beyond )(?P<y>{YEAR})"
                        r"(?![\w/@%]|[-–/]\d|\s*(?:%|per ?cent))")),
]

#: Periods such as "2015-20" or "2024–2028": never an event date, kept as a year hint.
PERIOD = re.compile(rf"(?<![\w/-])(?P<y>{YEAR})(?:\s?[-–/]\s?(?P<y2>\d{{2}}|{YEAR})|\s+(?:to|through|until)\s+"
                    rf"(?P<y3>{YEAR}))(?![\w/:]|[.-]\d)")  # (a sentence may end on it: "2024-2028.")
#: a month and day written just before a period's first year ("July 12, 1995 - 2025", "7 January 1972–2022")
_DAY_BEFORE = re.compile(rf"(?:\b{MON}\s+{DAY},?|\b{DAY}\s+{MON},?)\s+$")
_DURATION = re.compile(
    rf"\b(?P<n>{NUM})-day\s+(?:official\s+|state\s+|working\s+)?(?:visit|trip|tour|stay|"
    r"exercise|programme|program)\s+(?:beginning|starting|from|that began)\s+(?:on\s+)?$",
    re.IGNORECASE)
_DURATION_AFTER = re.compile(
    rf"\s*(?:[\w-]+\s+){{0,2}}?for\s+a\s+(?P<n>{NUM})-day\s+(?:official\s+|state\s+|working\s+|port\s+)?"
    r"(?:visit|trip|tour|stay|call)\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|through|to)\s+$", re.IGNORECASE)
#: a visit told by the days it lasts ("a three-day visit", "his 4-day official trip", "a two-day working tour")
_VISIT_DAYS = re.compile(rf"\b(?P<n>{NUM})-day\s+(?:[\w-]+\s+){{0,2}}?(?:visit|trip|tour|stay)\b", re.IGNORECASE)


_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")
#: a leaving told just before its day: "left Cam Ranh on", "departed the port on", "sailed from Hai Phong on"
_LEAVING_BEFORE = re.compile(r"\b(?:left|leaves|departed|departs|sailed\s+(?:from|out\s+of)|set\s+sail\s+from)\b"
                             r"[^.;]{0,60}?$", re.IGNORECASE)


def _visit_days(text: str, day_at: int, until: int) -> int | None:
    """The days of a visit told around a day (``day_at``) before ``until``, within two sentences: "arrived on
    Monday for a three-day visit" (None for no count, or one too far from the day to be its visit)."""
    if until - day_at > 400 or len(_SENTENCE_BREAK.findall(text, day_at, until)) > 1:
        return None
    m = _VISIT_DAYS.search(text, max(0, day_at - 90), until)
    n = number_value(m.group("n")) if m else None
    return n if n is not None and 1 < n <= 14 else None


@dataclass(frozen=True, slots=True)
class DateExpr:
    """One date expression found in a text, before resolution."""

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    rel: str = ""
    n: int | None = None
    unit: str = ""
    duration_days: int | None = None


def _month(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


_DIGITS = re.compile(r"\d+")


def _day(s: str) -> int:
    if s[0].isdigit():
        return int(_DIGITS.match(s).group(0))  # type: ignore[union-attr]
    return number_value(s) or 0  # ("the fifteenth", "the twenty-first": a day spelled out)


def _is_month(word: str | None) -> bool:
    return word is None or word.rstrip(".").lower() in MONTHS


def _expr(kind: str, m: re.Match[str]) -> DateExpr | None:
    g = m.groupdict()
    if kind != "iso" and not (_is_month(g.get("m")) and _is_month(g.get("m2"))):
        return None
    y = int(g["y"]) if g.get("y") else (2000 + int(g["yy"]) if g.get("yy") else None)
    if kind == "iso":
        if not valid_date(y or 0, int(g["m"]), int(g["d"])):
            return None
        return DateExpr(m.start(), m.end(), m.group(0), "date", y, int(g["m"]), int(g["d"]))
    mo = _month(g["m"]) if g.get("m") else None
    d = _day(g["d"]) if g.get("d") else None
    if kind == "range":
        m2 = _month(g["m2"]) if g.get("m2") else mo
        d2 = _day(g["d2"])
        if mo is None or d is None or not valid_date(2000, mo, d) or not valid_date(2000, m2, d2):
            return None
        if (m2, d2) <= (mo, d) and m2 == mo:
            return None  # "November 24 and 5": not a range
        end_y = y
        start_y = y - 1 if y is not None and m2 is not None and m2 < mo else y
        return DateExpr(m.start(), m.end(), m.group(0), "range", start_y, mo, d, end_y, m2, d2)
    if kind in ("date", "month_day"):
        if not valid_date(y or 2000, mo, d):  # type: ignore[arg-type]
            return None
        if (y is not None and _ends_a_sentence(g.get("m")) and "y" in g and "m" in g
                and not m.string[m.end("m"):m.start("y")].strip()):
            return None  # ("began on 18 June.\n\n2022\n\nHanoi, 8 Jun - ...": the year heads the next entries)
        return DateExpr(m.start(), m.end(), m.group(0), kind, y, mo, d)
    if kind in ("month_year", "month"):
        if g.get("y") and _ends_a_sentence(g.get("m")) and not m.string[m.end("m"):m.start("y")].strip():
            return None  # (a full month's name and a full stop end a sentence: "in March.\n2023 - ...")
        m2 = _month(g["m2"]) if g.get("m2") else None
        if m2 is None or m2 == mo:
            return DateExpr(m.start(), m.end(), m.group(0), kind, y, mo)
        # (a span into the next year, "from December to January 2020", starts in the year before)
        start_y = int(g["y0"]) if g.get("y0") else y - 1 if y is not None and m2 < mo else y  # type: ignore[operator]
        if start_y is not None and y is not None and not 0 <= (y - start_y) * 12 + m2 - mo <= 12:  # type: ignore
            return None  # (not a span of months: "from March 2016 to May 2018" is a period)
        return DateExpr(m.start(), m.end(), m.group(0), kind, start_y, mo, end_year=y, end_month=m2)
    if kind in ("month_last_year", "rel_month"):
        rel = (g["rel"] or "that").lower().split()[-1]
        day = _day(g["d"]) if g.get("d") else None  # ("on 22 July of that year": the day, of the year just told)
        return DateExpr(m.start(), m.end(), m.group(0), kind, None, mo, day,
                        rel="previous" if rel == "preceding" else rel)
    if kind == "relative":
        rel = re.sub(r"\s+", " ", re.sub(r"^(?:on|in)\s+", "", g["rel"].lower()))
        return DateExpr(m.start(), m.end(), m.group(0), "relative", rel=rel)
    if kind == "weekday":
        return DateExpr(m.start(), m.end(), m.group(0), "weekday", rel=(g["rel"] or "on").lower(),
                        n=WEEKDAYS[g["wd"].lower()])
    if kind == "later" and g.get("n") is None:
        # ("Just days earlier": days not counted)
        return DateExpr(m.start(), m.end(), m.group(0), "later", rel=g["dir"].lower(), unit="days")
    if kind in ("anniversary", "years_since", "later", "ago"):
        part = g.get("c") or g.get("c2") or g.get("c3")
        n = 25 if part == "quarter" else 50 if part else 1 if g["n"].lower() in ("a", "an") else number_value(g["n"])
        if n is not None and g.get("dec"):  # "two decades since": 20 years
            n = n * 10
        if n is None or n > 200:
            return None
        unit = (g.get("unit") or "years").lower().rstrip("s") + "s"
        # ("a month before," closing its phrase: "a month earlier")
        direction = (g.get("dir") or "").lower().replace("before", "earlier")
        return DateExpr(m.start(), m.end(), m.group(0), kind, n=n, rel=direction,
                        unit="years" if kind == "years_since" else unit)  # ("a year after": one of years)
    if kind == "day_of_month":
        rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
        if not rel and g.get("tod"):
            rel = "own"  # (the time of day: the agency's own month)
        day = _day(g["d"])
        end_day = int(g["d2"]) if g.get("d2") else None
        if not 1 <= day <= 31 or (end_day is not None and end_day <= day):
            return None
        return DateExpr(m.start(), m.end(), m.group(0), "day_of_month", day=day, end_day=end_day,
                        rel="that" if rel == "the same" else rel)
    if kind == "nth_day":
        return DateExpr(m.start(), m.end(), m.group(0), "nth_day", n=number_value(g["n"]))
    if kind == "span_day":
        return DateExpr(m.start(), m.end(), m.group(0), "span_day", rel=g["n"])
    if kind == "year":
        if _ABOUT.search(m.string, max(0, m.start() - 14), m.start()) and _COUNTED_NOUN.match(m.string, m.end()):
            return None  # "the search for about 1900 Americans", "some 2000 troops": a count, not a year
        return DateExpr(m.start(), m.end(), m.group(0), "year", y)
    return None


#: a number told as an estimate before what it counts ("about 1900 Americans"; not "around 2000, the two sides")
_ABOUT = re.compile(r"\b(?:about|some|nearly|around|almost|roughly|approximately)\s+$", re.IGNORECASE)
_COUNTED_NOUN = re.compile(r"\s+(?!(?:in|on|at|to|and|or|when|as|the|a|an|this|that|he|she|they|it)\b)[A-Za-z]")


def valid_date(y: int, mo: int | None, d: int | None) -> bool:
    """Whether year, month and day make a calendar date."""
    if mo is None or d is None:
        return False
    try:
        dt.date(y, mo, d)
    except ValueError:
        return False
    return True


_MONTH_KINDS = {"range", "date", "month_last_year", "rel_month", "month_year", "month_day", "month"}
_ANY_MONTH = re.compile(MON)
#: Every ISO date, year and period ("2015-20") starts with a year.
_ANY_YEAR = re.compile(YEAR)
#: Every relative phrase ends on one of these words (found on the lower-cased text): derived from the phrases, so
#: a phrase added there is found without a second list to keep ("that night" once was not)
_RELATIVE_WORD = re.compile("|".join(sorted({p.split()[-1] for p in RELATIVE_PHRASES}, key=len, reverse=True)))
_WEEKDAY_WORD = re.compile(WD)
#: The word a counted pattern cannot match without ("the 25th anniversary", "two years later").
_KEYWORD = {"anniversary": re.compile("anniversary|turn"), "years_since": re.compile("year|decade|century"),
            "ago": re.compile("ago"),
            "later": re.compile("later|earlier|before"),
            "day_of_month": re.compile(rf"\d(?:st|nd|rd|th)\b|\bthe (?:{DAY_WORD})\b|first day of"),
            "nth_day": re.compile("day of"), "span_day": re.compile(" day")}


def _windows(matches, length: int, before: int, after: int) -> list[tuple[int, int]]:
    """Merged spans around each match: where a pattern anchored on that match can be."""
    out: list[tuple[int, int]] = []
    for m in matches:
        lo, hi = max(0, m.start() - before), min(length, m.end() + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _pattern_windows(text: str, lower: str) -> dict[str, list[tuple[int, int]]]:
    """Where each kind of pattern can match: windows around the word or number it is built on.

    A speed-up only (the test suite checks it finds what a scan of the whole text finds):
    most patterns cannot be anchored on a literal, and ``re`` tries them at every position.
    The spans after a word are wide enough for the patterns' look-aheads, which cannot see
    past the end of a window.
    """
    n = len(text)
    months = _windows(_ANY_MONTH.finditer(text), n, 40, 60)
    scopes = {kind: months for kind in _MONTH_KINDS}
    years = _windows(_ANY_YEAR.finditer(text), n, 12, 16)
    scopes.update(iso=years, year=years, period=years)
    scopes["relative"] = _windows(_RELATIVE_WORD.finditer(lower), n, 30, 12)
    # (the longest word before a weekday is "that same ": ten characters and a space)
    scopes["weekday"] = _windows(_WEEKDAY_WORD.finditer(text), n, 12, 24)
    for kind, word in _KEYWORD.items():
        # (the last day "of Prime Minister Dung's state visit" is read to its end)
        # ("ten years ago this September": the month named after "ago")
        after = {"day_of_month": 40, "span_day": 72, "ago": 20}.get(kind, 16)
        scopes[kind] = _windows(word.finditer(lower), n, 60, after)
    return scopes


#: a day that is the name of an attack: "the September 11 attacks", "the 26/11 Mumbai attacks"
_NAMES_AN_ATTACK = re.compile(r"(?:st|nd|rd|th)?,?\s+(?:\d{4}\s+)?(?:[A-Z][a-z]+\s+)?(?:terror(?:ist)?\s+)?"
                              r"(?:attacks?|bombings?|strikes)\b")


#: a year that labels a line of a timeline: "2000: a protocol.", "**2007: strategic partners.**", "- 2018 -"
_YEAR_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022#>]+[ \t]*)?(?:\*\*|__)?[ \t]*$")
_YEAR_LABEL_AFTER = re.compile(r"(?:\*\*|__)?[ \t]*[:\u2013\u2014-]")


def _without_year_labels(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """A timeline's year label ("**2000: a protocol.** Fernandes visited Vietnam in March 2000") dropped where its
    line tells a day or month of that year, which dates what the line tells (a line with no other date keeps it).
    A month or day the line tells without a year is of the label's ("- 2016: Obama visits Hanoi in May")."""
    out = list(found)
    drop: set[int] = set()
    for i, e in enumerate(found):
        if (e.kind == "year" and e.year and _YEAR_LABEL_AFTER.match(text, e.end)
                and _YEAR_LABEL_BEFORE.search(text, max(0, e.start - 12), e.start)):
            line_end = text.find("\n", e.end)
            line_end = len(text) if line_end < 0 else line_end
            on_line = [j for j, f in enumerate(found) if f is not e and e.end <= f.start < line_end]
            for j in on_line:
                f = found[j]
                if f.year is None and f.month and not f.rel and f.kind in _YEARLESS:
                    y = e.year
                    out[j] = (replace(f, kind="month_year", year=y) if f.kind == "month"
                              else replace(f, kind="date", year=y) if f.kind == "month_day"
                              else replace(f, year=y, end_year=y + (1 if (f.end_month or 0) < f.month else 0)))
            if any(out[j].year == e.year and out[j].month for j in on_line):
                drop.add(i)
    return [f for i, f in enumerate(out) if i not in drop]


#: a year alone on its line, heading the entries of a timeline below it: "2003", "## 2016", "**2019**", "2020:"
_YEAR_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*(?:19|20)\d\d[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$",
                           re.MULTILINE)
#: a month that opens a timeline's entry: "March - Cohen visits Hanoi", "* October: the first dialogue"
_MONTH_OPENS_ENTRY = re.compile(rf"[ \t]*(?:[-*\u2022][ \t]*)?(?P<m>{MON})[ \t]*[-\u2013\u2014:][ \t]")
#: what may come before the date an entry opens on: a bullet, a place ("Cam Ranh, 22 Jul - "), a clock time
_ENTRY_LEAD = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?(?:(?-i:[A-Z])[\w.'-]*(?:[ \t]+(?-i:[A-Z])[\w.'-]*){0,3},[ \t]+)?"
                         r"(?:[0-2]?\d[:.][0-5]\d[ \t]*(?:[A-Z]{2,4}[ \t]*)?\(?)?(?=\d|(?-i:[A-Z])[a-z])")
#: lines a timeline's entries go on over: a month heading its own ("July"), an entry opening on a clock time
#: ("16:05 IST - Talks are over")
_ENTRIES_GO_ON = re.compile(rf"[ \t]*(?:#{{1,6}}[ \t]*)?(?:\*\*|__)?{MON}(?:\*\*|__)?[ \t]*:?[ \t]*$|"
                            r"[ \t]*(?:[-*\u2022][ \t]*)?[0-2]?\d[:.][0-5]\d\b")


def _under_year_headings(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """A timeline's entries under a year alone on its line ("2000\nMarch - Cohen visits Hanoi.\nNovember 16-19 -
    Clinton visits.") are of that year: their months and days without one take it, a month opening an entry is a
    date, and the heading, which dated nothing the lines did not, is dropped (a heading over entries with no month
    or day keeps dating them). The paragraph under the heading is its entry, and so is each later one that opens on
    its date (after a bullet, a place or a clock time); the entries end at the next heading or at a paragraph that
    opens on no date ("What next? ...")."""
    headings = [e for e in found if e.kind == "year" and e.year and _YEAR_HEADING.fullmatch(
        text, text.rfind("\n", 0, e.start) + 1, len(text) if (k := text.find("\n", e.end)) < 0 else k)]
    if len(headings) < 2:  # (a timeline has more than one)
        return found
    out = list(found)
    added: list[DateExpr] = []  # the months that open entries, found here
    # (each line's expressions looked up by bisection: a scan per line is quadratic on a long timeline)
    starts = [f.start for f in out]
    in_order = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    drop: set[int] = set()
    for head in headings:
        pos = text.find("\n", head.end)
        dated = started = after_gap = False
        while 0 <= pos < len(text):
            line_start = pos + 1
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            pos = line_end if line_end < len(text) else -1
            if not text[line_start:line_end].strip():
                after_gap = started
                continue
            if _YEAR_HEADING.fullmatch(text, line_start, line_end):
                break
            on_line = (range(bisect_left(starts, line_start), bisect_left(starts, line_end)) if in_order
                       else [j for j, f in enumerate(out) if line_start <= f.start < line_end])
            opener = _MONTH_OPENS_ENTRY.match(text, line_start, line_end)
            lead = _ENTRY_LEAD.match(text, line_start, line_end)
            if opener is not None and not any(out[j].start <= opener.start("m") < out[j].end for j in on_line):
                added.append(DateExpr(opener.start("m"), opener.end("m"), opener.group("m"), "month_year", head.year,
                                      _month(opener.group("m"))))
                dated = True
            elif after_gap and not (_ENTRIES_GO_ON.match(text, line_start, line_end)
                                    or (lead is not None and any(out[j].start == lead.end() for j in on_line))):
                break
            started, after_gap = True, False
            for j in on_line:
                f = out[j]
                if f.year is None and f.month and not f.rel and f.kind in _YEARLESS:
                    y = head.year
                    out[j] = (replace(f, kind="month_year", year=y) if f.kind == "month"
                              else replace(f, kind="date", year=y) if f.kind == "month_day"
                              else replace(f, year=y, end_year=y + (1 if (f.end_month or 0) < f.month else 0)))
                    dated = True
        if dated:
            drop.add(out.index(head))
    return sorted([f for i, f in enumerate(out) if i not in drop] + added, key=lambda f: f.start)


#: a day alone on its line, its weekday first or not: "SUNDAY, SEPTEMBER 10", "## Monday 11 September 2023"
_DAY_ALONE_LINE = re.compile(rf"^[ \t]*(?:#{{1,6}}[ \t]*)?(?:\*\*|__)?[ \t]*(?:(?i:{WD}),?[ \t]+)?"
                             rf"(?:{MON}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MON})"
                             r"(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$", re.MULTILINE)
#: a live page's entry opening on its clock time: "3:05 p.m. - Air Force One has touched down", "14:50 ICT - ..."
_CLOCK_OPENS_ENTRY = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?(?P<c>[0-2]?\d[:.][0-5]\d(?:[ \t]*[ap]\.?m\.?)?)"
                                r"(?![\d:])", re.IGNORECASE)
_NEXT_LINE = re.compile(r"\n[ \t]*(?=\S)")


def _next_line_start(text: str, pos: int) -> int:
    """Where the next line with any text on it starts after ``pos`` (the end of the text if none)."""
    m = _NEXT_LINE.search(text, pos)
    return m.end() if m else len(text)


def live_day_headings(text: str) -> list[tuple[int, int]]:
    """The lines heading a live page's days: a day alone on its line over an entry that opens on its clock time
    ("SUNDAY, SEPTEMBER 10\n\n3:05 p.m. - Air Force One has touched down"), when the page has two or more such
    days. They date the entries under them; none is a dateline or the page's stamp."""
    heads = [(m.start(), m.end()) for m in _DAY_ALONE_LINE.finditer(text)
             if _CLOCK_OPENS_ENTRY.match(text, _next_line_start(text, m.end()))]
    return heads if len({text[s:e].strip().lower() for s, e in heads}) > 1 else []


def _under_day_headings(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """A live page's entries are of the day heading them (see :func:`live_day_headings`): each entry opening on a
    clock time is dated by its heading, whatever tense it is told in ("has landed", "is being welcomed by"); the
    entries of a heading run to the next one."""
    spans = live_day_headings(text)
    if not spans:
        return found
    heads = [(e, s, t) for s, t in spans for e in found
             if s <= e.start < t and e.kind in ("month_day", "date") and e.day and e.end_day is None]
    taken = [(f.start, f.end) for f in found]
    added: list[DateExpr] = []
    for k, (head, _s, line_end) in enumerate(heads):
        stop = heads[k + 1][1] if k + 1 < len(heads) else len(text)
        pos = line_end
        while (line_start := _next_line_start(text, pos)) < stop:
            pos = text.find("\n", line_start)
            pos = len(text) if pos < 0 else pos
            clock = _CLOCK_OPENS_ENTRY.match(text, line_start, pos)
            if clock is not None and not any(a < clock.end("c") and clock.start("c") < b for a, b in taken):
                added.append(replace(head, start=clock.start("c"), end=clock.end("c"), text=clock.group("c")))
    return sorted(found + added, key=lambda f: f.start)


def find_dates(text: str, *, full_scan: bool = False, day_first: bool | None = None) -> list[DateExpr]:
    """Every date expression in ``text`` (a folded text: ASCII quotes and dashes).

    ``full_scan`` runs every pattern over the whole text instead of the windows where it can
    match (slower, the same result: for tests). ``day_first`` is how the page writes dates in figures
    elsewhere (its stamp: see :func:`figure_order`), for figures the text itself leaves open ("on 10/11").
    """
    taken = bytearray(len(text) + 1)
    found: list[DateExpr] = []
    scopes = _pattern_windows(text, lower_in_place(text)) if not full_scan else {}
    everywhere = [(0, len(text))]
    for lo, hi in scopes.get("period", everywhere):
        for p in PERIOD.finditer(text, lo, hi):
            # "(July 12, 1995 - 2025)": the first year belongs to the date before it, only the rest is the period
            start = p.end("y") if _DAY_BEFORE.search(text, max(0, p.start() - 24), p.start()) else p.start()
            taken[start : p.end()] = b"\x01" * (p.end() - start)
    found += _holidays(text, taken)
    for kind, pattern in PATTERNS:
        for lo, hi in scopes.get(kind, everywhere):
            pos = lo
            while (m := pattern.search(text, pos, hi)) is not None:
                expr = None if any(taken[m.start() : m.end()]) else _expr(kind, m)
                if expr is None:
                    pos = m.start() + 1  # a rejected candidate must not hide a match inside it
                    continue
                found.append(expr)
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                pos = m.end()
    found += _numeric_dates(text, taken, day_first)
    found += _dotted_dates(text, taken)
    found += _dashed_dates(text, taken, day_first)
    found.sort(key=lambda e: e.start)
    # "The day after the ADMM-Plus, Antony held talks": a step from a happening the text names, not from the date
    # told before it
    found = [e for e in found if not (e.kind == "relative" and _STEP_FROM.fullmatch(e.text)
                                      and _NAMED_AFTER.match(text, e.end))]
    # "visited Bien Hoa on Oct. 17, the day after talks in Hanoi": set against the day just told, a step to another
    # happening named after it (dated from that day: see offsets), not a step on from the day
    found = [e for k, e in enumerate(found) if not (
        e.kind == "relative" and _STEP_FROM.fullmatch(e.text) and k > 0 and found[k - 1].kind in _DAY_KINDS
        and _APPOSED_STEP.fullmatch(text, found[k - 1].end, e.start) and _A_HAPPENING_NEXT.match(text, e.end))]
    # "ran from Monday to Friday (June 10-14)", "Monday through Thursday, June 3-6": weekdays named, then the span
    # of days they are, set beside them: the span tells the days
    dropped = {k: f for k, e in enumerate(found) if e.kind == "weekday" and _WEEKDAYS_THEN_SPAN.match(text, e.start)
               for f in found[k + 1:k + 3]
               if f.kind == "range" and f.start == _WEEKDAYS_THEN_SPAN.match(text, e.start).end()}
    # (the span keeps its first weekday, which tells its year where nothing else does: "Tuesday through Thursday,
    # April 8-10")
    first_weekday = {id(f): found[k].n for k, f in sorted(dropped.items(), reverse=True)}
    found = [replace(e, unit="weekday_own", n=first_weekday[id(e)]) if id(e) in first_weekday and e.year is None
             else e for k, e in enumerate(found) if k not in dropped]
    # "in the last week of March": a part of the month, not the week before the article's
    found = [e for e in found if not (e.kind == "relative" and e.rel == "last week" and _OF_A_MONTH.match(text, e.end))]
    # "48 hours later" may be another day: hours are the same day only when not counted in figures
    found = [e for e in found if not (e.kind == "relative" and "hours" in e.rel
                                      and _FIGURES_BEFORE.search(text, max(0, e.start - 8), e.start))]
    # "In the afternoon Obama also met ...": a time of day sets a sentence on the day just told only as its opening
    # (not "drills in the morning", "arrived ... in the morning", told inside a sentence)
    found = [e for e in found if not (e.kind == "relative" and e.rel in _TIME_OF_DAY
                                      and not _OPENS_SENTENCE.search(text, max(0, e.start - 3), e.start))]
    # "a 2006 Glenrock High graduate", "the class of 1998": a person's schooling, not a day of what the text reports
    found = [e for e in found if not (e.kind == "year" and (_GRADUATE_AFTER.match(text, e.end)
                                                           or _CLASS_OF.search(text, max(0, e.start - 10), e.start)))]
    # "after the September 11 attacks", "the 9/11 Commission": a day that names a happening of its own, no date
    found = [e for e in found if not (e.kind in ("month_day", "date") and _NAMES_AN_ATTACK.match(text, e.end))]
    # "on the last night of his visit", "his last evening in Hanoi": the stay's last, not the one before the page's
    found = [e for e in found if not (e.kind == "relative" and e.rel in ("last night", "last evening")
                                      and _OWNED_BEFORE.search(text, max(0, e.start - 8), e.start))]
    found = _of_a_holiday(text, found)
    found = _under_day_headings(text, _under_year_headings(text, _without_year_labels(text, found)))
    return _with_listed_year(text, _with_relative_year(text, _attach_durations(text, _of_a_week(text, found))))


#: an article or a possessive before "last night": a night of a stay ("the last night of", "his last night in")
_OWNED_BEFORE = re.compile(r"(?:\b(?:the|his|her|their|its|our|my|your|one)|['\u2019]s?)\s+$", re.IGNORECASE)
#: a year that names a person's graduation: "a 2006 Glenrock High graduate", "a 2013 West Point graduate"
_GRADUATE_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w.'-]*){0,4}\s+(?:graduate|graduates|alumnus|alumna|alumni)\b",
                             re.IGNORECASE)


#: "the Monday before Christmas", "the Friday after New Year's Day": a weekday told against a holiday
_BEFORE_OR_AFTER = re.compile(r"\s+(before|after)\s+(?:the\s+)?$|^\s+(before|after)\s+(?:the\s+)?", re.IGNORECASE)


def _of_a_holiday(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """A weekday before or after a holiday of fixed date is one day: the holiday's day and month, with the weekday
    (``n``) and its direction (``unit``) to step to once the year is known."""
    out: list[DateExpr] = []
    for e in found:
        prev = out[-1] if out else None
        joint = _BEFORE_OR_AFTER.match(text[prev.end:e.start]) if prev is not None else None
        if (prev is not None and joint is not None and prev.kind == "weekday" and prev.n is not None
                and e.kind in ("month_day", "date") and e.text.lower() == text[e.start:e.end].lower()
                and _holiday_pattern()[0].fullmatch(e.text)):
            out[-1] = replace(e, start=prev.start, text=text[prev.start:e.end], n=prev.n,
                              unit="weekday_" + (joint.group(1) or joint.group(2)).lower())
            continue
        out.append(e)
    return out


def _on_its_weekday(v: DateValue, e: DateExpr) -> DateValue:
    """ "the Monday before Christmas": from the holiday's day to that weekday before (or after) it."""
    if e.unit not in ("weekday_before", "weekday_after") or e.n is None or v.precision != "day":
        return v
    if e.unit == "weekday_before":
        d = v.start - dt.timedelta(days=(v.start.weekday() - e.n - 1) % 7 + 1)
    else:
        d = v.start + dt.timedelta(days=(e.n - v.start.weekday() - 1) % 7 + 1)
    return DateValue(d, d, "day", v.basis)


#: a weekday written just before its own day and month: "Monday, April 19", "Tuesday 3 March"
_OWN_WEEKDAY_BEFORE = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                                 r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+$", re.IGNORECASE)


def _of_a_week(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """ "on Monday last week", "Tuesday of next week", "a week ago Monday": a weekday of the week named with it (one
    day); "on Friday (27/11)": a weekday with its day in brackets (that day)."""
    out: list[DateExpr] = []
    for e in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "weekday" and prev.rel in ("on", "", "that") and e.kind == "relative"
                and e.rel in ("last week", "this week", "next week")
                and re.fullmatch(r",?\s+(?:of\s+)?", text[prev.end:e.start])):
            out[-1] = replace(prev, end=e.end, text=text[prev.start:e.end], rel="week:" + e.rel.split()[0])
            continue
        if (prev is not None and prev.kind == "weekday" and e.kind in ("month_day", "date")
                and re.fullmatch(r"\s*[(（]\s*", text[prev.end:e.start]) and re.match(r"\s*[)）]", text[e.end:])):
            # "On Friday (27/11)", "on Thursday (December 24)": the weekday's own day, told in brackets, as Vietnamese
            # papers write it; one day, the one the brackets tell
            out[-1] = replace(e, start=prev.start, text=text[prev.start:e.end])
            continue
        if (prev is not None and prev.kind == "later" and prev.n and prev.unit in ("day", "days")
                and e.kind == "weekday"
                and e.rel in ("on", "") and re.fullmatch(r",?\s+", text[prev.end:e.start])
                and not re.match(r"\s*[(（]", text[e.end:])):  # (not "on Monday (22/5)": its own day told)
            # "Two days earlier, on Monday, ...": the weekday of the step from the day told before, not the latest
            # such weekday before the page's day
            out[-1] = replace(prev, end=e.end, text=text[prev.start:e.end])
            continue
        own = _OWN_WEEKDAY_BEFORE.search(text, max(0, e.start - 22), e.start) if e.kind == "month_day" else None
        if own is not None and not e.unit:
            # "on Monday, April 19": a day and its own weekday, which tells its year where nothing else does
            out.append(replace(e, unit="weekday_own",
                               n=[d.lower() for d in calendar.day_name].index(own.group(1).lower())))
            continue
        if (prev is not None and prev.kind == "ago" and prev.unit in ("week", "weeks") and prev.n
                and e.kind == "weekday" and e.rel in ("on", "", "that")
                and re.fullmatch(r",?\s+(?:last\s+)?", text[prev.end:e.start])):
            # "a virtual summit a week ago Monday", as American papers write it, "A week ago, on Monday", "two weeks
            # ago, on Friday": that weekday of the week so many weeks before
            out[-1] = replace(e, start=prev.start, text=text[prev.start:e.end], rel=f"week:{-prev.n}")
            continue
        out.append(e)
    return out


@lru_cache(maxsize=1)
def _holiday_pattern() -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    """The days of the year a holiday's name tells (data/holidays.csv): "on Christmas Eve", "New Year's Day 2021"."""
    rows = {r["name"].lower(): (int(r["month"]), int(r["day"])) for r in load_csv("holidays.csv")}
    names = trie_pattern(rows)
    return re.compile(rf"\b(?P<h>{names})\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", re.IGNORECASE), rows


def _holidays(text: str, taken: bytearray) -> list[DateExpr]:
    """A day named as a holiday of fixed date: a month and day, with the year when it is told."""
    pattern, rows = _holiday_pattern()
    out: list[DateExpr] = []
    for m in pattern.finditer(text):
        if any(taken[m.start():m.end()]):
            continue
        month, day = rows[m.group("h").lower()]
        year = int(m.group("y")) if m.group("y") else None
        out.append(DateExpr(m.start(), m.end(), m.group(0), "date" if year else "month_day", year, month, day))
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return out


#: what joins two dates of one listing: "in January and October 2018", "on Nov. 10, and Dec. 3, 2003"
_LISTED = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+(?:(?:again|also|then)\s+)?(?:in\s+)?|\s*,\s*")


def _with_listed_year(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """A month or day told without a year before another that has one, in one listing, is of that year: "visits
    in January and October 2018", "in May or June 2020", "on Nov. 10 and Dec. 3, 2003" (a month after the
    listed one is of the year before: "in December and January 2019")."""
    out = list(found)
    for i in range(len(out) - 1):
        e, nxt = out[i], out[i + 1]
        if (e.year is None and e.kind in ("month", "month_day") and e.month and nxt.year and nxt.month
                and nxt.kind in ("month_year", "date") and _LISTED.fullmatch(text[e.end:nxt.start])):
            y = nxt.year if e.month <= nxt.month else nxt.year - 1
            out[i] = replace(e, kind="month_year" if e.kind == "month" else "date", year=y)
    return out


#: a step of a day, month or year "after" or "before" something
_STEP_FROM = re.compile(r"(?:on\s+|in\s+)?the\s+(?:day|month|year)\s+(?:after|before)", re.IGNORECASE)
#: a day told, then a step set against it: "on Oct. 17, the day after talks in Hanoi"
_DAY_KINDS = ("date", "month_day")
_APPOSED_STEP = re.compile(r",\s+")
_OF_A_MONTH = re.compile(r"\s+of\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_WD_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: a span of weekdays and the bracket or comma that sets its days beside it: "Monday to Friday (", "Monday through
#: Thursday, " (from the first weekday or the second)
#: (a part of the day after either: "Monday through Thursday morning, Nov. 4-7")
_WEEKDAYS_THEN_SPAN = re.compile(rf"(?:{_WD_NAME}(?:\s+(?:morning|afternoon|evening|night))?\s+"
                                 rf"(?:to|through|thru|till|until|-|–)\s+)?{_WD_NAME}"
                                 r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?:\(|,|–|—)\s*")
#: what a step is set against, named after it in lower case: "talks in Hanoi", "his talks", "the meeting"
_A_HAPPENING_NEXT = re.compile(r"\s+(?:(?:the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:talks|meeting|meetings|summit|visit|arrival|signing|ceremony|exercise|dialogue)\b",
                               re.IGNORECASE)

#: what it steps from, when that is another happening, named: "the day after the ADMM-Plus", "... the ASEAN
#: meeting", "... Modi's visit" (not "the day after the summit" or "his arrival": the happening just told)
_NAMED_AFTER = re.compile(r"\s+(?:the\s+)?(?-i:[A-Z])[\w-]*")


#: "on 5/12", "from 30/7 to 1/8", "On 13/9/2022", "(27/2-2/3/2017)", "from 11 – 27/11", "the morning of 11/11":
#: dates in figures after a preposition or an opening bracket, as Vietnamese and Indian outlets write them (these
#: keep out fractions and "24/7"); a second date after a dash ends a range
_OPENS_FIGURES = (r"(?:\b(?:on|from|to|until|till|since|dated|and|(?:morning|afternoon|evening|night)\s+of)\s+|\("
                  # ("Thursday, 24/12", "This Monday, 01/06": a weekday before its day in figures)
                  r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)")
_NUMERIC_IN_TEXT = re.compile(_OPENS_FIGURES +
                              # ("from 24 to 26/6/2022", "on 26 and 27/12": the first day of a span told alone)
                              r"(?:(?P<a0>\d{1,2})(?:\s*[-–]\s*|\s+(?:to|until|till|through|and)\s+))?"
                              r"(?P<a>\d{1,2})/(?P<b>\d{1,2})"
                              r"(?:(?:\s*[-–]\s*|\s+(?:to|until|till|through)\s+)(?P<c>\d{1,2})/(?P<d>\d{1,2}))?"
                              r"(?:/(?P<y>(?:19|20)\d\d))?(?![\d/])", re.IGNORECASE)


def _day_first(pairs: list[tuple[str, str]]) -> bool | None:
    """Whether dates in figures are written day first: a figure over 12 in first place says so, one in second
    place says month first; None when none says, or both do."""
    day_first = any(int(a) > 12 for a, _b in pairs)
    return None if day_first == any(int(b) > 12 for _a, b in pairs) else day_first


#: a full date in figures, as a page's stamp writes it ("Thursday, 13/11/2025, 07:15")
#: (or dashes, as Vietnamese weeklies write it: "No. 42 - Sunday, 17-10-2010")
_STAMP_FIGURES = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(?:19|20)\d\d(?![\d/-])")


#: letters only Vietnamese writes (with its tones): a page that keeps them is a Vietnamese paper's
#: the country and its capital as Vietnam's own media spell them in English ("Viet Nam", "Ha Noi"): a Vietnamese
#: paper's page, which writes the day first
_VIETNAMESE_SPELLING = re.compile(r"\b(?:Viet\s+Nam|VIET\s+NAM|Ha\s+Noi|HA\s+NOI)\b"
                                  # (or a Vietnamese site's menu written without its tones: "Trang chu | Thoi su |
                                  # Bien gioi | Kinh te": Home, News, Border, Economy)
                                  r"|(?<![\w-])(?i:Trang\s+chu|Thoi\s+su|Kinh\s+te|Xa\s+hoi|Van\s+hoa|"
                                  r"Quoc\s+phong|Bien\s+gioi|Phap\s+luat|Giao\s+duc|Du\s+lich)(?![\w-])")
_VIETNAMESE_LETTERS = re.compile("[ăắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựạảẹẻẽịỉọỏụủỳỵỷỹĂÂĐÊÔƠƯ]")


#: a stamp's weekday before its date in figures: "Friday, 10/06/2022 - 05:47"
_WEEKDAY_STAMP = re.compile(r"\b(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+(?P<a>\d{1,2})(?P<sep>[/-])"
                            r"(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/-])", re.IGNORECASE)


def _order_by_weekday(stamp_text: str) -> bool | None:
    """Whether a stamp whose figures read both ways ("Friday, 10/06/2022") is day first: the reading that falls
    on its weekday (10 June 2022 is a Friday, 6 October a Thursday); None when neither or both do."""
    votes = set()
    for m in _WEEKDAY_STAMP.finditer(stamp_text):
        a, b, y, wd = int(m.group("a")), int(m.group("b")), int(m.group("y")), WEEKDAYS[m.group("wd").lower()]
        fits = {first for first, (d, mo) in ((True, (a, b)), (False, (b, a)))
                if valid_date(y, mo, d) and dt.date(y, mo, d).weekday() == wd}
        if len(fits) == 1:
            votes |= fits
    return votes.pop() if len(votes) == 1 else None


def figure_order(stamp_text: str, text: str = "") -> bool | None:
    """Whether a page's stamps and furniture write dates in figures day first (True), month first (False),
    or do not tell (None): "13/11/2025" can only be day first. When they do not tell, a page that writes
    Vietnamese names with their tones ("Phạm Minh Chính") is a Vietnamese paper's, which writes the day first."""
    order = _day_first([(m.group(1), m.group(3)) for m in _STAMP_FIGURES.finditer(stamp_text)])
    if order is None:
        order = _order_by_weekday(stamp_text)
    if order is None and text:
        # "Updated: 06/03/2018" above "talks in Ha Noi on 25-1": the story's own days in figures tell the order
        order = _day_first([(m.group("a"), m.group("b")) for m in _NUMERIC_IN_TEXT.finditer(text)]
                           + [(m.group("d"), m.group("m")) for m in _DASHED_DAY_MONTH.finditer(text)])
    if order is None and (vietnamese_page(stamp_text + text) or _VIETNAMESE_WEEKDAY.search(stamp_text)
                          or IN_ANOTHER_LANGUAGE.search(stamp_text) or IN_ANOTHER_LANGUAGE.search(text[:1500])):
        return True
    if order is None and text:
        # "11/06/2019" under "began digging on 21 May ... arrived on 18 May": the story writes its days before their
        # months, and so its figures (not the other way: pages of Vietnamese and Indian outlets in English write
        # "May 21" in their prose and still put the day first in their stamps)
        order = True if day_first_in_words(text) is True else None
    return order


#: a day written before its month's name ("on 21 May") and after it ("on May 21"), as a page's own style
_DAY_THEN_MONTH = re.compile(rf"(?<![\d/.-])\b(?:[12]\d|3[01]|0?[1-9])\s+{MON}(?![\w])")
_MONTH_THEN_DAY = re.compile(rf"\b{MON}\s+(?:[12]\d|3[01]|0?[1-9])(?![\d/:])")


def day_first_in_words(text: str) -> bool | None:
    """Whether a story writes its days before their months' names ("21 May", True) or after them ("May 21",
    False); None when it writes both ways twice or more, or neither."""
    before = len(_DAY_THEN_MONTH.findall(text))
    after = len(_MONTH_THEN_DAY.findall(text))
    if before >= 2 and after == 0:
        return True
    if after >= 2 and before == 0:
        return False
    return None


#: a page that says it is an outlet's English edition or a translation ("Lotus Daily - English edition", "Translated
#: from Vietnamese", "from the Vietnamese-language article"): its home language writes the day first
IN_ANOTHER_LANGUAGE = re.compile(r"(?<![A-Za-z])(?:translated|translation)\s+from\s+(?:the\s+)?"
                                  r"(?!English\b)(?-i:[A-Z])\w+|"
                                  r"(?:^|[\s|·•(-])English\s+(?:edition|service|version)\b|"
                                  r"\b(?!English\b)(?-i:[A-Z])\w+-language\s+(?:article|original|edition|version|text)\b",
                                  re.IGNORECASE)
#: a weekday in Vietnamese before figures, with or without its tones: "Thứ Hai, 05/9/2016", "Chủ nhật 12/3/2023"
_VIETNAMESE_WEEKDAY = re.compile(r"\b(?:th[uứ]\s+(?:hai|ba|t[uư]|n[aă]m|s[aá]u|b[aả]y)|ch[uủ]\s+nh[aậ]t)\b,?\s*"
                                 r"\d{1,2}/\d{1,2}/(?:19|20)\d\d", re.IGNORECASE)


def vietnamese_page(text: str) -> bool:
    """Whether a page writes Vietnamese names with their tones ("Hà Nội", "Nguyễn Xuân Phúc") or spells the country
    and its capital as Vietnam's own media do ("Viet Nam", "Ha Noi"): a Vietnamese paper's, which writes the day
    first."""
    # (in capitals too: a masthead's "PHÁP LUẬT TP.HCM", "QUẢNG TRỊ ONLINE")
    return len(_VIETNAMESE_LETTERS.findall(text.lower())) >= 3 or len(_VIETNAMESE_SPELLING.findall(text)) >= 2


def _numeric_dates(text: str, taken: bytearray, page_order: bool | None = None) -> list[DateExpr]:
    """Dates in figures, read day first or month first as the article's own unambiguous ones are written
    ("13/9/2022" can only be day first), else as the page's stamp writes them; when none tells, none is read."""
    if "/" not in text:
        return []
    found = [m for m in _NUMERIC_IN_TEXT.finditer(text) if not any(taken[m.start("a"):m.end()])]
    pairs = [(m.group(x), m.group(y)) for m in found for x, y in (("a", "b"), ("c", "d")) if m.group(x)]
    day_first = _day_first(pairs)
    if day_first is None and not any(int(a) > 12 or int(b) > 12 for a, b in pairs):
        day_first = page_order  # ("on 10/11" under a stamp "13/11/2025"; not where the text writes both orders)
    if day_first is None and any(m.group("a0") for m in found):
        day_first = True  # "from 8 to 10/6": a day alone, then the span's last day and its month
    if day_first is None:
        return []  # no figure tells the order, or the article writes both
    out = []
    for m in found:
        d, mo = (int(m.group("a")), int(m.group("b"))) if day_first else (int(m.group("b")), int(m.group("a")))
        y = int(m.group("y")) if m.group("y") else None
        if not valid_date(y or 2000, mo, d):
            continue
        if m.group("a0"):  # "from 11 – 27/11": days of one month, written day first
            if not day_first or not valid_date(y or 2000, mo, int(m.group("a0"))) or int(m.group("a0")) >= d:
                continue
            out.append(DateExpr(m.start("a0"), m.end(), text[m.start("a0"):m.end()], "range", y,
                                mo, int(m.group("a0")), y, mo, d))
        elif m.group("c"):  # "27/2-2/3/2017": the year is the range's end's
            d2, mo2 = (int(m.group("c")), int(m.group("d"))) if day_first else (int(m.group("d")), int(m.group("c")))
            if not valid_date(y or 2000, mo2, d2) or (mo2, d2) <= (mo, d) and y is None:
                continue
            start_y = y - 1 if y is not None and (mo2, d2) < (mo, d) else y
            out.append(DateExpr(m.start("a"), m.end(), text[m.start("a"):m.end()], "range", start_y, mo, d,
                                y, mo2, d2))
        else:
            out.append(DateExpr(m.start("a"), m.end(), text[m.start("a"):m.end()], "date" if y else "month_day",
                                y, mo, d))
        first = m.start("a0") if m.group("a0") else m.start("a")
        taken[first:m.end()] = b"\x01" * (m.end() - first)
    return out


#: "on 15.07.2024", "Date: 10.04.2016": figures with dots and a full year, read in the order the text's own
#: dotted dates show (a day over 12 in first or second place); when none shows it, none is read
_DOTTED = re.compile(r"(?<![\d.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d.]?\d)")


def _dotted_dates(text: str, taken: bytearray) -> list[DateExpr]:
    found = [m for m in _DOTTED.finditer(text) if not any(taken[m.start():m.end()])] if "." in text else []
    day_first = _day_first([(m.group("a"), m.group("b")) for m in found])
    if day_first is None:
        return []
    out = []
    for m in found:
        d, mo = (int(m.group("a")), int(m.group("b"))) if day_first else (int(m.group("b")), int(m.group("a")))
        if valid_date(int(m.group("y")), mo, d):
            out.append(DateExpr(m.start(), m.end(), m.group(0), "date", int(m.group("y")), mo, d))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return out


#: a month and year in figures joined by a dash, as Vietnamese papers write them in translation: "In 11-2003",
#: "since 6-2005" (a month of one or two figures, then a full year: no other reading)
_DASHED_MONTH_YEAR = re.compile(r"\b(?:in|since|from|of|until|by|early|late|mid-?)\s+(?P<m>0?[1-9]|1[0-2])-"
                                r"(?P<y>(?:19|20)\d\d)\b(?![-/.]?\d)", re.IGNORECASE)
#: a day and month so joined: "On 5-6, in Hanoi", "from 4 to 6-6", "(8-6)" (read on a page that writes its dates in
#: figures day first, and never before a month's name: "5-6 June" is a span of days); "the afternoon of 6-7" and
#: "from 4 to 6-7" are dates however the page writes figures, read day first unless the page writes month first
_DASHED_DAY_MONTH = re.compile(r"(?:\b(?:on|from|to|until|till|since|and|"
                               r"(?P<part>(?:morning|afternoon|evening|night)\s+of))\s+|(?P<paren>\())(?:(?P<d0>[0-3]?\d)\s+(?:to|-)\s+)?"
                               r"(?P<d>3[01]|[12]\d|0?[1-9])-(?P<m>0?[1-9]|1[0-2])\b(?![-/.]?\d)"
                               r"(?!\s*(?:" + MON + r"))", re.IGNORECASE)


#: a full date so joined: "online talks on 1-7-2021" (read in the page's order of figures, or when a figure over
#: 12 tells it)
_DASHED_FULL = re.compile(r"(?<![\w-])(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<y>(?:19|20)\d\d)(?![\w-])")


def _dashed_dates(text: str, taken: bytearray, page_order: bool | None) -> list[DateExpr]:
    """Dates in figures joined by dashes, as Vietnamese papers write them (see the patterns above)."""
    if "-" not in text:
        return []
    out = []
    for m in _DASHED_FULL.finditer(text):
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        first = page_order if page_order is not None else (True if a > 12 else False if b > 12 else None)
        if first is None or any(taken[m.start():m.end()]):
            continue
        d, mo = (a, b) if first else (b, a)
        if valid_date(y, mo, d):
            out.append(DateExpr(m.start(), m.end(), m.group(0), "date", y, mo, d))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for m in _DASHED_MONTH_YEAR.finditer(text):
        if not any(taken[m.start("m"):m.end()]):
            out.append(DateExpr(m.start("m"), m.end(), text[m.start("m"):m.end()], "month_year",
                                int(m.group("y")), int(m.group("m"))))
            taken[m.start("m"):m.end()] = b"\x01" * (m.end() - m.start("m"))
    if page_order is False:
        return out
    for m in _DASHED_DAY_MONTH.finditer(text):
        if page_order is None and not (m.group("part") or m.group("d0")):
            continue  # ("on 6-7" alone could be a score)
        first = m.start("d0") if m.group("d0") else m.start("d")
        d, mo = int(m.group("d")), int(m.group("m"))
        if any(taken[first:m.end()]) or not valid_date(2000, mo, d):
            continue
        if m.group("d0") and valid_date(2000, mo, int(m.group("d0"))) and int(m.group("d0")) < d:
            out.append(DateExpr(first, m.end(), text[first:m.end()], "range", None, mo, int(m.group("d0")),
                                None, mo, d))
        else:
            first = m.start("d")
            out.append(DateExpr(first, m.end(), text[first:m.end()], "month_day", None, mo, d))
        taken[first:m.end()] = b"\x01" * (m.end() - first)
    return out


_SINCE_YEAR = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: a year that describes a person: "a 1997 graduate of Cheektowaga High School", "the class of 1995"
_CLASS_OF = re.compile(r"\bclass\s+of\s+$", re.IGNORECASE)
_GRADUATE = re.compile(r"\s+(?:graduate|alumnus|alumna|alum)\b", re.IGNORECASE)


def a_persons_year(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` describes a person ("a 1997 graduate of", "class of 1995")."""
    before = text[max(0, start - 12):start]
    return bool(_CLASS_OF.search(before) or (re.search(r"\ban?\s+$", before) and _GRADUATE.match(text, end))
                # "the prime minister Nguyen Xuan Phuc, in office since April": a tenure, no happening's date
                or _IN_OFFICE_SINCE.search(text, max(0, start - 30), start))


#: a person's tenure told in passing: "in office since April", "in the post since 2021", "in the job only since May"
_IN_OFFICE_SINCE = re.compile(r"\bin\s+(?:office|power|post|the\s+(?:post|job|role|office))\s+(?:only\s+|just\s+)?"
                              r"(?:since\s+)?$", re.IGNORECASE)
_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?(?:that\s+(?:same\s+)?|the\s+same\s+)year\b", re.IGNORECASE)


_DATELINE_PLACE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*[,(]?\s*")
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-–—:]|/\w+/)")


def _is_dateline_of(text: str, start: int, x: DateExpr) -> bool:
    """Whether a date opening a sentence after a place name and before a dash is the wire's dateline ("HANOI, Jan
    10, 2024 (PTI) -", "New Delhi, 5 September 2016:")."""
    return (x.year is not None and _DATELINE_PLACE.fullmatch(text, start, x.start) is not None
            and _DATELINE_END.match(text, x.end) is not None)


def months_on(day: dt.date, k: int, basis: str) -> DateValue:
    """The month ``k`` months after the one of ``day`` (before it when ``k`` is negative)."""
    total = day.year * 12 + day.month - 1 + k
    return month_value(total // 12, total % 12 + 1, basis)


def _years_back(day: dt.date, n: int) -> dt.date:
    """The same day ``n`` years before (29 February falls on the 28th in a common year)."""
    return day.replace(year=day.year - n, day=min(day.day, calendar.monthrange(day.year - n, day.month)[1]))


def numeric_order(exprs: list[DateExpr]) -> str:
    """"day" or "month": which comes first in the dates the text writes in figures ("" when none is read)."""
    for e in exprs:
        # ("on 25-1": a day and month with a dash, as Vietnamese papers write them, tells it too)
        m = re.match(r"(\d{1,2})/(\d{1,2})", e.text) or re.fullmatch(r"(\d{1,2})-(\d{1,2})(?:-\d{4})?", e.text)
        if m and m.group(1) != m.group(2) and e.day is not None:
            return "day" if int(m.group(1)) == e.day else "month"
    return ""


def find_periods(text: str) -> list[tuple[int, int, int, int]]:
    """Period names ("2015-20", "2024–2028") as (start, end, first year, last year)."""
    out = []
    spans = _windows(_ANY_YEAR.finditer(text), len(text), 12, 16)  # a period starts with a year
    for p in (p for lo, hi in spans for p in PERIOD.finditer(text, lo, hi)):
        y1, y2 = int(p.group("y")), p.group("y2") or p.group("y3")
        last = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if last > y1:
            out.append((p.start(), p.end(), y1, last))
    return out


def _with_relative_year(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """ "May 31 last year", "December 11-21 last year", "Sept. 10 of last year": a day or range whose year is
    named relatively."""
    out: list[DateExpr] = []
    for e in found:
        prev = out[-1] if out else None
        if (prev is not None and e.kind == "relative" and e.rel in YEAR_OFFSET and prev.year is None
                and prev.kind in ("month_day", "range") and re.fullmatch(r",?\s*(?:of\s+)?", text[prev.end:e.start])
                # (not a possessive, the year of what follows: "on Dec. 4, on next year's calendar")
                and not text.startswith(("'s", "’s"), e.end)):
            out[-1] = replace(prev, end=e.end, text=text[prev.start:e.end], rel=e.rel)
            continue
        out.append(e)
    return out


def _attach_durations(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """Durations before a date ("five-day visit beginning on") and "D1 ... until D2" ranges."""
    out: list[DateExpr] = []
    for e in found:
        before = text[max(0, e.start - 80) : e.start]
        dm = _DURATION.search(before)
        if dm and e.kind in ("date", "month_day"):
            n = number_value(dm.group("n"))
            if n and n > 1:
                e = replace(e, duration_days=n)
        after = _DURATION_AFTER.match(text, e.end)
        if after and e.kind in ("date", "month_day") and e.duration_days is None:
            n = number_value(after.group("n"))
            if n and n > 1:
                e = replace(e, duration_days=n)  # "arrived on June 25 for a five-day visit"
        if (out and e.kind in ("date", "month_day") and _UNTIL.search(before[-12:])
                and out[-1].kind in ("date", "month_day") and out[-1].duration_days is None
                and "." not in text[out[-1].end : e.start]
                and (e.month, e.day) > (out[-1].month, out[-1].day)):
            prev = out.pop()
            e = replace(prev, end=e.end, text=text[prev.start : e.end], kind="range",
                        end_year=e.year or prev.year, end_month=e.month, end_day=e.day)
        elif (out and e.kind in ("date", "month_day") and out[-1].kind in ("date", "month_day")
              and out[-1].duration_days is None and e.year in (None, out[-1].year)
              and _THEN_LEFT.fullmatch(text, out[-1].end, e.start)
              and _ARRIVED_BEFORE.search(text, max(0, out[-1].start - 80), out[-1].start)
              and (out[-1].month, out[-1].day) < (e.month, e.day) and (e.month or 0) - (out[-1].month or 0) <= 1):
            # "arrived on 3 March and left on 9 March", "landed in Hanoi on June 2, departing on June 6": a stay told by
            # its arrival and departure is one span
            prev = out.pop()
            e = replace(prev, end=e.end, text=text[prev.start : e.end], kind="range",
                        end_year=e.year or prev.year, end_month=e.month, end_day=e.day)
        elif (out and e.kind == "date" and e.year and out[-1].kind == "date" and out[-1].year
              and out[-1].duration_days is None and _DATE_TO_DATE.fullmatch(text, out[-1].end, e.start)
              and 0 < _days_between(out[-1], e) <= 366):
            # "from Dec. 28, 2019 to Jan. 3, 2020": one span, each end with its own year (a period of years,
            # "(July 12, 1995 - July 12, 2025)", stays two dates: its end is no day of the story, see ``resolve``)
            prev = out.pop()
            e = replace(prev, end=e.end, text=text[prev.start : e.end], kind="range",
                        end_year=e.year, end_month=e.month, end_day=e.day)
        out.append(e)
    return out


#: an arrival told just before a day ("arrived on", "landed in Hanoi on", "reached Kochi on")
_ARRIVED_BEFORE = re.compile(r"\b(?:arrived|arrives|arriving|landed|lands|reached|reaches)\b[^.;]{0,60}?\s(?:on\s+)?$",
                             re.IGNORECASE)
#: a departure told after the arrival's day: " and left on", ", departing on", " before flying home on"
_THEN_LEFT = re.compile(r",?\s+(?:(?:and|before)\s+(?:then\s+)?(?:(?:he|she|they|it|the\s+\w+)\s+)?)?"
                        r"(?:left|departed|leaving|departing|flew\s+(?:home|out|back)|flying\s+(?:home|out|back)|"
                        r"returned\s+home|returning\s+home|headed\s+home|heading\s+home)\b[^.;,\d]{0,40}?\s(?:on\s+)?",
                        re.IGNORECASE)
#: two full dates joined as the ends of one span
_DATE_TO_DATE = re.compile(r"\s*(?:[-–—]|to|through|until|till)\s*", re.IGNORECASE)


#: a day told as where a span ends: "a visit that ran through the following day", "stayed until Friday"
_SPAN_END_BEFORE = re.compile(r"\b(?:through|until|till)\s+$", re.IGNORECASE)


def _days_between(a: DateExpr, b: DateExpr) -> int:
    """Days from one full date to another (0 when either is no day of the calendar)."""
    if not (a.year and a.month and a.day and b.year and b.month and b.day
            and valid_date(a.year, a.month, a.day) and valid_date(b.year, b.month, b.day)):
        return 0
    return (dt.date(b.year, b.month, b.day) - dt.date(a.year, a.month, a.day)).days


def _ends_a_period(text: str, before: DateExpr | None, e: DateExpr) -> bool:
    """The second of two full dates a year or more apart, joined as a period: "(July 12, 1995 - July 12, 2025)"."""
    return (before is not None and before.kind == "date" and e.kind == "date"
            and _days_between(before, e) > 366 and _DATE_TO_DATE.fullmatch(text, before.end, e.start) is not None)


# ---------------------------------------------------------------------------- pass two


@dataclass(frozen=True, slots=True)
class Anchor:
    """What an article's dates are read against.

    ``now`` is the article's own date (stated, or a year from the text's arithmetic or the
    officials' tenures); ``facts`` is the latest date with a year that the text states, for
    dates written without one when ``now`` is unknown.
    """

    now: DateValue | None = None
    facts: DateValue | None = None
    note: str = ""


def month_value(y: int, mo: int, basis: str) -> DateValue:
    last = calendar.monthrange(y, mo)[1]
    return DateValue(dt.date(y, mo, 1), dt.date(y, mo, last), "month", basis)


def year_value(y: int, basis: str) -> DateValue:
    return DateValue(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", basis)


def day_value(d: dt.date, basis: str) -> DateValue:
    return DateValue(d, d, "day", basis)


def year_for(mo: int, d: int | None, anchor: Anchor) -> tuple[int, str] | None:
    """The year of a date written without one, and how it was chosen."""
    now = anchor.now
    if now is not None and now.precision != "year":
        # (a week's or a span's last day: an issue of "March/April 2004" reports a November of 2003)
        ref = now.end if now.precision == "week" or now.is_range else now.start
        # the latest such date not more than a month after the article's date
        for y in (ref.year + 1, ref.year, ref.year - 1):
            try:
                cand = dt.date(y, mo, d or 1)
            except ValueError:
                continue
            if cand <= ref + dt.timedelta(days=31):
                return y, "year of the article's date"
    if now is not None:
        return now.start.year, anchor.note or "the article's year"
    if anchor.facts is not None:
        ref = anchor.facts.start
        best = None
        for y in (ref.year - 1, ref.year, ref.year + 1):
            try:
                cand = dt.date(y, mo, d or 15)
            except ValueError:
                continue
            dist = abs((cand - ref).days)
            if best is None or dist < best[0] or (dist == best[0] and y > best[1]):
                best = (dist, y)
        if best:
            return best[1], f"nearest to the dated fact {anchor.facts.iso_start()}"
    return None


_YEARLESS = ("month_day", "range", "month")


def _month_told_just_before(e: DateExpr, span: tuple[int, int], exprs_from, text: str  # type: ignore[no-untyped-def]
                            ) -> DateExpr | None:
    """The month of a day with no year, told with its year earlier in the same paragraph, with no other year told
    between them: "in early September 2016 ... What mattered more was the label. In talks ... on 3 September"
    (that month, or a day of it)."""
    if not text:
        return None
    paragraph = text.rfind("\n", 0, span[0]) + 1  # (not across a paragraph's end)
    # (the last date told before it, of any kind: "In July this year ... On 1 August ... And in August" is not the
    # August of "August 2010" told before them)
    told = exprs_from(paragraph, span[0])
    # (or a day of that month: "On the morning of November 19, 2003, the frigate berthed ... its four-day stay, which
    # ended on November 22")
    if not told or told[-1].kind not in ("month_year", "date") or not told[-1].year or told[-1].month != e.month:
        return None
    if told[-1].kind == "date" and not e.day:
        return None  # ("on 10 September 2023 ... To Lam met Biden in New York in September": a month alone is not it)
    opens = max(text.rfind(". ", paragraph, told[-1].start) + 2, paragraph)
    if _COUNTED_FROM_BEFORE.search(text, opens, told[-1].start):
        # ("This year marks ten years since the partnership agreed in July 2013. ... from 17 to 21 July": the month
        # a count of years goes back to is no story's month the next day goes on in)
        return None
    return told[-1]


#: a count of years back to a date, told before it in its sentence: "marks ten years since", "the 25th anniversary of"
_COUNTED_FROM_BEFORE = re.compile(r"\b(?:since|anniversary|marks?|marking|marked)\b", re.IGNORECASE)


def _day_told_with_its_year(e: DateExpr, span: tuple[int, int], exprs_from) -> int | None:  # type: ignore
    """The year of the same month and day told earlier in the text with its year, as a date or as either end of a
    span ("from September 12 to October 24, 2022" for a later "September 12")."""
    if not (e.month and e.day):
        return None
    for x in reversed(exprs_from(0, span[0])):
        if (x.month, x.day) == (e.month, e.day) and (x.year or x.end_year):
            return x.year or x.end_year
        if (x.end_month or x.month, x.end_day) == (e.month, e.day) and (x.end_year or x.year):
            return x.end_year or x.year
    return None


#: the clause of a dated happening goes straight on to the anniversary it marks ("held in August 2010, marking
#: the 15th anniversary"), not another clause ("..., and comes as the two countries mark the 25th anniversary")
#: a day, then what it marks: "Tuesday marked one year since", "Sunday marks a year since"
_DAY_MARKS = re.compile(r"\s+(?:marks|marked|will\s+mark)\s+(?:exactly\s+)?", re.IGNORECASE)
_MARKING = re.compile(r"(?:[^,;]*?\bto\s+(?:mark|celebrate|commemorate)|"
                      # ("followed two years later, in a call timed to the 25th anniversary"; "came in March of last
                      # year for the twenty-fifth anniversary")
                      r",?\s*(?:in\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?timed\s+(?:to|for)|\s+for\s+the\s+(?=[\w-]+\s+anniversary\b)|"
                      r"\s+as(?:\s+the)?(?=\s*$)|"  # ("marked 2022 as the 50th anniversary of ...")
                      r",?\s*(?:marking|celebrating|commemorating|"
                      r"to\s+mark|to\s+celebrate|to\s+commemorate|on\s+the\s+occasion\s+of|timed\s+(?:to|for)|"
                      r"to\s+coincide\s+with|[^.]{0,60}?\bcoincided\s+with|"
                      r",?\s*(?:which\s+)?(?:marks|will\s+mark|marked)|"  # "2025, which marks 30 years since ..."
                      # ("in August last year, around the 15th anniversary of ..."; "in 2010, close to the fifteenth")
                      r",?\s*(?:around|near|close\s+to|at|on)\s+the(?=\s*$)|"
                      # ("in August 2010, only months after the two countries marked the 15th anniversary")
                      # (or "shortly after the two countries marked 15 years of ...")
                      r",?\s*(?:(?:only\s+|just\s+)?(?:a\s+few\s+|some\s+|several\s+)?(?:months|weeks|days)|shortly|"
                      r"soon|not\s+long)\s+(?:after|before)\s+[^,;.]{0,50}?\b(?:marked|celebrated|commemorated)|"
                      # ("in August 2010, in the year the two countries marked 15 years since ...", "was held in 2010,
                      # the year the two countries marked 15 years of ...")
                      r",?\s*(?:in\s+)?the\s+(?:same\s+)?year\s+(?:that\s+|when\s+|in\s+which\s+)?[^,;.]{0,40}?\b"
                      r"(?:marked|celebrated|commemorated)|"
                      # ("In 2022, Vietnam and India marked the 50th anniversary": the year's own subject and verb)
                      r",\s*(?:(?-i:[A-Z])|the\s+two\b|both\b|they\b)[^,;.]{0,50}?\b(?:marked|celebrated|commemorated|observed)(?:\s+the)?(?=\s*$)|"
                      r",\s*(?:both|all|each|the\s+two)\s+[\w-]+\s+(?:marking|celebrating|commemorating)|"
                      r"as\s+[^,;.]{0,40}?\b(?:marked|celebrated|commemorated|mark|celebrate)))\b",
                      re.IGNORECASE)  # "held in August last year, as the two countries marked the 15th anniversary"

#: a main clause after a count: "the 15th anniversary of their partnership, and last year the two armies held"
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;")
#: a second anniversary joined to the first: " of diplomatic relations and the "
_AND_THE_NEXT = re.compile(r"\s+of\s+[^,;.]{1,60}?\s+and\s+(?:of\s+)?(?:the\s+)?")
#: "It was 2010, the fifteenth anniversary of normalization": that year is it (also "2010, the year of the 15th
#: anniversary")
_APPOSED = re.compile(r",\s*the\s+(?:year\s+of\s+(?:the\s+)?)?")
#: (", as the two countries marked 25 years of ...": the count's verb after its subject, in a clause of "as")
_MARKING_BEFORE = re.compile(r",?\s*[^,;]*?(?:\bto\s+|,\s*(?:(?:timed|meant|intended|planned)\s+to\s+)?)|"
                             r",?\s*(?:as|(?:in\s+)?the\s+(?:same\s+)?year(?:\s+that|"
                             r"\s+when|\s+in\s+which)?|"
                             # (", only months after the two countries marked the 15th anniversary": within the year)
                             r"(?:(?:only\s+|just\s+)?(?:a\s+few\s+|some\s+|several\s+)?(?:months|weeks|days)|shortly|soon|"
                             r"not\s+long)\s+(?:after|before))\s+(?:the\s+two\s+(?:countries|sides|nations)|"
                             r"both\s+(?:countries|sides|nations)|they|"
                             # ("Vietnam and the United States")
                             r"(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)*(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*"
                             r"(?:\s+(?-i:[A-Z])[\w.-]*)*)?)\s+")
#: a year, then the two sides as the subject of the marking: ", the two countries marked the ", " they celebrated the "
_YEAR_THEN_MARKED = re.compile(r",?\s*(?:the\s+two\s+(?:countries|sides|nations|governments)|"
                               r"both\s+(?:countries|sides|nations)|"
                               r"they|(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*"
                               r"(?:\s+(?-i:[A-Z])[\w.-]*)?)\s+(?:(?:also\s+)?(?:marked|celebrated|commemorated|observed)"
                               r"\s+(?:the\s+)?)?", re.IGNORECASE)
#: the relationship a count counts, then "in" and the year of the marking: " of diplomatic relations in "
_OBJECT_THEN_IN = re.compile(r"\s+(?:(?:of|since)\s+)?[^,;.]{0,50}?\s+in\s+", re.IGNORECASE)
#: a verb of marking at or just before a count: "marked 50 years", "celebrated the 50th anniversary"
_MARKED_VERB = re.compile(r"\b(?:marked|marks|mark|marking|celebrated|celebrates|celebrate|celebrating|commemorated|"
                          r"commemorates|commemorate|commemorating)\b",
                          re.IGNORECASE)
_CELEBRATION_IN = re.compile(r"\b(?:celebrat|commemorat|observ)\w*\s+(?:in|on|of)\s+$", re.IGNORECASE)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)

_NEW_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+(?!(?:in|on|from)\s)")
#: a second verb of the same subject: "was discussed last year and was confirmed in January"
_AND_VERB = re.compile(r"\s+and\s+(?:then\s+|later\s+)?(?:(?:was|were|is|are|has|have|had)\s+)?"
                       r"(?-i:[a-z]+ed|went|came|met|made|held|took|won|got)\b")
#: The year a relative phrase names, counted from the article's year.
YEAR_OFFSET = {"last year": -1, "this year": 0, "next year": 1}
#: "This month marks the 30th anniversary of ...": the month of the happening counted from, that many years back
MONTH_OFFSET = {"this month": 0, "last month": -1}
_MONTH_MARKED = "the month that marks it"
#: a plan told in the clause before a date: "will host a carrier in", "is to visit Hanoi in", "plans to hold ... in"
#: (not a reader's memory: "Old hands will recall that in December 2020 ...")
_PLAN_CLAUSE = re.compile(r"\b(?:(?:will|shall)(?!\s+(?:recall|remember|note|know|notice|see)\b)|"
                          r"(?:is|are)\s+(?:to|due\s+to|scheduled\s+to|expected\s+to|set\s+to)|plans?\s+to)\s+"
                          r"(?:[^.;,]|(?<=\b[A-Za-z])\.){0,80}$", re.IGNORECASE)  # (the dots of "U.S." inside)

#: a clause that tells when the thing just named began: "a course that began on", "which had opened on"
_BEGAN_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened|commenced)\s+(?:on\s+)?$",
                           re.IGNORECASE)

#: what follows a dateline's date: "HANOI, Sept. 4, 2016 (Reuters) -", "NEW DELHI, July 6:"
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[-–—:]")


def _IN_A_QUOTE(before: str) -> bool:  # noqa: N802 (read as a pattern)
    """Whether a quotation opened in ``before`` (the sentence up to a word) is still open."""
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


#: "earlier in the day": of a day on which something else came later
_EARLIER_THAT_DAY = {"earlier in the day", "earlier that day", "hours earlier", "a few hours earlier"}
#: an arrival: "arrived in Hanoi on 2 September", "flew into Hanoi on Friday evening", "landed in New Delhi on"
_ARRIVED = re.compile(r"\b(?:arrived|landed|flew\s+in(?:to)?|touched\s+down)\b", re.IGNORECASE)
def _days_on_from_a_past_day(e: DateExpr, last: DateValue, anchor: Anchor, last_end: int, text: str,
                             out: list[tuple[DateExpr, DateValue | None, str]]) -> bool:
    """Whether a day without a year falls later in the month of the last day told, itself a year or more before the
    page and told just before (within a few paragraphs), in a text that has told nothing of the page's own time."""
    if anchor.now is not None and any(v is not None and x.kind in ("date", "month_year") and x.year
                                      and v.end.year >= anchor.now.start.year - 1 for x, v, _n in out):
        return False  # (a story of the page's time that recalls a past day: its days are the page's)
    if (e.kind != "month_day" or e.day is None or e.month is None or last.precision != "day" or last.is_range
            or anchor.now is None or anchor.now.start.year <= last.start.year
            # (the past day is the story's, told in its lead: not a day recalled further down)
            or last_end < 0 or last_end > 1000 or e.start - last_end > 600
            or not valid_date(last.start.year, e.month, e.day)):
        return False
    if e.month != last.start.month or _WEEKDAY_JUST_BEFORE.search(text, max(0, e.start - 14), e.start):
        return False  # (a later month's day, or one told with its weekday, is dated as it was before)
    gap = (dt.date(last.start.year, e.month, e.day) - last.start).days
    # (or days before it, told as earlier: "Just over a week earlier, on November 10")
    return 0 < gap <= 31 or (-31 <= gap < 0 and _EARLIER_STEP.search(text, max(0, e.start - 40), e.start) is not None)


#: a weekday just before a day: "On Wednesday, 31 May"
_WEEKDAY_JUST_BEFORE = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?$", re.IGNORECASE)
#: a step back told just before a day: "Just over a week earlier, on", "Days before,"
_EARLIER_STEP = re.compile(r"\b(?:earlier|before)\b,?\s+(?:on\s+)?$", re.IGNORECASE)


#: the second verb of a sentence joined by "and": ", and on Monday held talks", "and then on Tuesday"
_AND_THEN_BEFORE = re.compile(r"\band\s+(?:then\s+|later\s+)?(?:on\s+)?$", re.IGNORECASE)
#: the same day told as such ("On the same day", "that same day"), not a time of it
_THE_SAME_DAY = {"the same day", "same day", "that same day", "on the same day", "on that same day"}
#: an arrival told at night or in the evening: "arrived on Friday night", "landed late on Sunday", "flew in on
#: Wednesday evening"
_ARRIVED_AT_NIGHT = re.compile(r"\b(?:arrived|landed|flew\s+in(?:to)?|touched\s+down|reached)\b[^.;]{0,80}?"
                               r"(?:\b(?:night|evening|late)\b|\blate\s+on\b)", re.IGNORECASE)

#: a year named by the story told before it: "Earlier that year, in November", "The following year, in May"
_STORY_YEAR = {"later that year", "earlier that year", "that same year", "the same year", "the following year",
               # ("Earlier that month, on Nov. 10": the month, and so the year, of the story told before)
               "later that month", "earlier that month", "that same month", "the same month",
               "the next year", "the previous year", "the year before", "the year after"}


def resolve(exprs: list[DateExpr], anchor: Anchor, spans: list[tuple[int, int]] | None = None,
            text: str = "") -> list[tuple[DateExpr, DateValue | None, str]]:
    """Resolve expressions in text order (as :func:`find_dates` gives them): each gets a value
    (or None) and a note on how.

    ``spans`` are the sentences: a date written without a year takes the one year its own
    sentence states before it ("the 2024 exercise held from November 4 to 23"), before any anchor.
    """
    out: list[tuple[DateExpr, DateValue | None, str]] = []
    last: DateValue | None = None
    last_end = -1  # where the date told last ends
    last_day: DateValue | None = None
    last_span: DateValue | None = None  # the last span of days told ("from 8-10 June")
    last_start = -1  # where the date told last begins
    main_day: DateValue | None = None  # the last day told outside a relative clause
    story_day: DateValue | None = None  # the same, less the first days of what a clause tells begun
    latest_main: DateValue | None = None  # the latest such day told so far (the day the news is of)
    # sentences and expressions by position, looked up by bisection: a scan of them all for each
    # yearless date cost the square of a long article
    spans = sorted(spans or ())
    span_starts = [a for a, _b in spans]
    starts = [x.start for x in exprs]

    def sentence_of(pos: int) -> tuple[int, int] | None:
        k = bisect_right(span_starts, pos) - 1
        return spans[k] if k >= 0 and pos < spans[k][1] else None

    def exprs_from(lo: int, hi: int) -> list[DateExpr]:
        return exprs[bisect_left(starts, lo):bisect_left(starts, hi)]

    # "celebrated the 50th anniversary of ties last year", "This year marks the 16th anniversary": the
    # relative year dates the anniversary (counted from it), not a happening of its own
    years_of_anniversary: dict[int, DateExpr] = {}
    anniversary_base: dict[int, int] = {}
    anniversary_month: dict[int, int] = {}  # a count's start -> the month told with the year that marks it
    anniversary_day: dict[int, int] = {}  # a count's start -> the start of the day that marks it
    celebrated: set[int] = set()
    for e in exprs:
        span = sentence_of(e.start) if e.kind in ("anniversary", "years_since") else None
        if span is None:
            continue
        rel = next((x for x in exprs_from(*span) if x.kind == "relative" and (
            x.rel in YEAR_OFFSET or (x.rel in MONTH_OFFSET and e.kind == "anniversary")) and (
            (e.end <= x.start < e.end + 80 and not _NEXT_CLAUSE.search(text, e.end, x.start))
            or 0 <= e.start - x.end <= 40)), None)
        if rel is not None:
            years_of_anniversary[e.start] = rel
            continue
        # (or its month: "mark 50 years of diplomatic relations in January 2022" counts from that January)
        after_year = next((x for x in exprs_from(e.end, e.end + 70) if x.kind in ("year", "month_year") and x.year
                           and _OBJECT_THEN_IN.fullmatch(text, e.end, x.start)), None)
        if after_year is not None and _MARKED_VERB.search(text, max(0, e.start - 30), e.start + 14) and not (
                # (not the relations' own year: "marked the 15th anniversary of the resumption of diplomatic relations
                # in 1995" on a page of 2010, or of a later year: counted from it, the marking is not still to come)
                anchor.now is not None and e.n and after_year.year + e.n <= anchor.now.start.year + 1):
            # "marked 50 years of diplomatic relations in 2022": counted from the year the marking was in
            anniversary_base[e.start] = after_year.year  # type: ignore[assignment]
            if after_year.kind == "month_year" and after_year.month:
                anniversary_month[e.start] = after_year.month
            continue
        # "held in August 2010, marking the 15th anniversary of ...": counted from the clause's own year
        before = [x for x in exprs_from(span[0], e.start) if x.end <= e.start]
        base = next((x for x in reversed(before)
                     if (x.kind in ("year", "month_year", "date", "range") and x.year)
                     or (x.kind == "month_last_year" and anchor.now is not None)
                     or (x.kind in ("range", "month_day") and anchor.now is not None)
                     or (x.kind == "rel_month" and x.rel in ("that", "last") and (x.rel == "that"
                                                                             or anchor.now is not None))), None)
        later = before[-1] if before and before[-1].kind == "later" and before[-1].unit == "years" else None
        if later is not None and later.n:
            # "the Theodore Roosevelt followed two years later, timed to the 25th anniversary": the year counted on
            # from the last one told before it, in this sentence or one before (not a bound: "a first since 1975")
            told = next((x.year for x in reversed(exprs_from(0, later.start)) if x.year and x.kind in
                         ("year", "month_year", "date", "range")
                         and not _SINCE_BOUND.search(text, max(0, x.start - 60), x.start)), None)
            base = replace(later, year=told + later.n) if told else None
        if base is not None and base.kind == "rel_month" and base.rel == "that":
            # "docked in June 2022, and two frigates followed in December of that year, marking the 50th
            # anniversary": the year told before it in the sentence
            told = next((x.year for x in reversed(before) if x.start < base.start and x.year), None)
            base = replace(base, year=told) if told else None
        if base is not None and base.year is None and anchor.now is not None:
            if base.kind == "month_last_year":  # "in August last year"
                base = replace(base, year=anchor.now.start.year - 1)
            elif base.kind == "rel_month" and base.month is not None:
                # ("Last August, the destroyer called at Da Nang to mark fifteen years of ...": the last August
                # before the article's month)
                now = anchor.now.start
                base = replace(base, year=now.year - (1 if base.month >= now.month else 0))
            else:
                # "A year ago, the carrier spent five days in Da Nang, June 25-30, marking the tenth anniversary":
                # the year told before it in the sentence, else the article's
                ago = next((x for x in reversed(exprs_from(span[0], base.start)) if x.kind == "ago"
                            and x.unit in ("year", "years") and x.n), None)
                base = replace(base, year=anchor.now.start.year - (ago.n if ago is not None else 0))
        day = next((x for x in reversed(before) if x.kind in ("weekday", "date", "relative", "month_day")), None)
        if e.kind == "years_since" and day is not None and _DAY_MARKS.fullmatch(text, day.end, e.start):
            # "Tuesday marked one year since Biden ... raised relations": the same day, that many years before
            anniversary_day[e.start] = day.start
            continue
        if base is not None and (_MARKING.match(text, base.end, e.start)
                                 or _APPOSED.fullmatch(text, base.end, e.start)
                                 # ("In 2020, the two countries marked 25 years of ...", "and in 2022 they celebrated
                                 # the 50th anniversary": the year that opens the clause of the marking)
                                 or _YEAR_THEN_MARKED.fullmatch(text, base.end, e.start) or (
                # "visits Danang to mark 25 years of ...", "..., marking ten years of ...": the count's own verb
                e.kind == "years_since" and text[e.start:e.start + 1].isalpha()
                and _MARKING_BEFORE.fullmatch(text, base.end, e.start))):
            anniversary_base[e.start] = base.year  # type: ignore[assignment]
        elif (e.kind == "anniversary" and (first := next((x for x in reversed(before) if x.kind == "anniversary"),
                                                         None)) is not None
              and first.start in anniversary_base and _AND_THE_NEXT.fullmatch(text, first.end, e.start)):
            # "marked the 50th anniversary of diplomatic relations and the 15th anniversary of their Strategic
            # Partnership": the second is counted from the year the first is
            anniversary_base[e.start] = anniversary_base[first.start]
        elif base is not None and _CELEBRATION_IN.search(text, max(0, base.start - 30), base.start) \
                and _OF_THE.fullmatch(text, base.end, e.start):
            # "the celebration in 2017 of the 45th anniversary": the year of the celebration, which it only dates
            anniversary_base[e.start] = base.year  # type: ignore[assignment]
            celebrated.add(base.start)
    for e in exprs:
        # "marked the 45th anniversary of diplomatic relations and the 10th anniversary of their partnership last
        # year": the year told after the second dates the first too
        if e.kind == "anniversary" and e.start in years_of_anniversary:
            first = next((x for x in reversed(exprs_from(0, e.start)) if x.kind == "anniversary"), None)
            if (first is not None and first.start not in years_of_anniversary and first.start not in anniversary_base
                    and _AND_THE_NEXT.fullmatch(text, first.end, e.start)):
                years_of_anniversary[first.start] = years_of_anniversary[e.start]
    consumed = {rel.start for rel in years_of_anniversary.values()} | celebrated
    resolved: dict[int, DateValue] = {}
    for prior, e in zip([None, *exprs], exprs, strict=False):
        if e.start in consumed:
            out.append((e, None, "dates the anniversary before it"))
            continue
        own = anchor
        if spans and e.kind in _YEARLESS and e.year is None and not e.rel:
            span = sentence_of(e.start)
            # only a year written before it ("the 2024 exercise held from November 4 to 23"); one after it is
            # another clause's ("February 7 ..., since ... September 2023")
            before = exprs_from(span[0], e.start) if span else []
            # (not across a new clause: "a credit line was announced in 2014, and the minister travelled to Hanoi
            # in June" - June of the article's year)
            cut = max((m.end() for m in _NEW_CLAUSE.finditer(text, span[0], e.start)), default=0) if span and text \
                else 0
            # (a timeline entry's opening date is the whole line's: "November 2003 - ...; ... (19-22 November)")
            entry = bool(before) and not text[span[0]:before[0].start].strip(" *•·–-") if span and text else False
            # "In March 2000, Cohen became the first ...; during his March 13-15 visit he held talks": the month
            # told with its year earlier in the sentence is this one's, across a clause too
            same_month = [x for x in before if x.kind in ("month_year", "date") and x.year and x.month == e.month]
            before = [x for x in before if x.start >= cut or (entry and x is before[0]) or x in same_month]
            # ("the first chairman to visit since 1971, holding talks on Aug. 14": a count's year is no context)
            # ("a 2017 graduate of Traip Academy, ... arrived on March 5": a year that describes a person)
            if text:
                before = [x for x in before if not a_persons_year(text, x.start, x.end)]
                # ("INS Airavat, a Shardul-class ship commissioned into the Indian Navy in 2009, called at Nha Trang
                # from July 19": the year a thing was made, told in apposition, is not the happening's)
                before = [x for x in before if not _MADE_IN_APPOSITION.search(text, max(0, x.start - 120), x.start)]
                # ("HANOI, Jan 10, 2024 - India and Vietnam held talks in December": the wire's dateline is the day
                # it was filed, not the year of the happening its lead tells)
                before = [x for x in before if not _is_dateline_of(text, span[0], x)]
                # ("Vietnam will host a carrier in 2018, ..., under an agreement reached at the Pentagon on Aug. 8":
                # a plan's year, in a clause of its own, is not the year of the day told after it)
                if not _PLAN_CLAUSE.search(text, max(span[0], e.start - 90), e.start):
                    before = [x for x in before if not _PLAN_CLAUSE.search(text, max(span[0], x.start - 90), x.start)]
            # (but "since 2017, ... handed over on May 25 of that year" names it back)
            if text and not _THAT_YEAR.match(text, e.end):
                before = [x for x in before if not _SINCE_YEAR.search(text, max(0, x.start - 8), x.start)
                          # ("the first call since the end of the war in 1975, and on November 21 ...": a bound)
                          and not _SINCE_BOUND.search(text, max(0, x.start - 70), x.start)]
            years = {x.year for x in before if x.kind in ("year", "month_year", "date") and x.year}
            told = [x for x in before if (x.kind in ("year", "month_year", "date") and x.year)
                    or (x.kind == "relative" and (x.rel in YEAR_OFFSET or x.rel in _STORY_YEAR))
                    or (x.kind == "ago" and x.unit in ("year", "years") and x.n)]
            if told and any(x.kind == "relative" and x.rel in MONTH_OFFSET and x.start > told[-1].start
                            # (not one of a clause of its own: "INS Kiltan, the corvette that visited Da Nang last
                            # month")
                            and not re.search(r"\b(?:that|which|who)\b", text[told[-1].end:x.start])
                            for x in before):
                # ("announced in 2013 and formalised last month, when Mukherjee paid a state visit from 14-17
                # September": the month counted from the page's is told after the year, and the day is of its year)
                years, told = set(), []
            story = resolved.get(told[-1].start) if told and told[-1].rel in _STORY_YEAR else None
            # "Last May, during a trip that ended May 25": the month named before, by its place in time, is this one
            named = next((resolved[x.start] for x in reversed(before) if x.kind in ("rel_month", "month_last_year")
                          and x.month == e.month and x.start in resolved), None)
            if named is not None:
                own = Anchor(now=year_value(named.start.year, "derived"), note="its month, told before it")
            elif story is not None:
                # "Earlier that year, in November": the month of the year the story told before, not the article's
                own = Anchor(now=year_value(story.start.year, "derived"), note=f"{told[-1].text}, told before it")
            elif (told and told[-1].kind in ("relative", "ago") and text
                  and _AND_VERB.search(text, told[-1].end, e.start)
                  # (but "Last year the Navy decommissioned the Kirpan and handed her over ... on 22 July": a year
                  # that opens the sentence frames each of its verbs)
                  and not _OPENS_SENTENCE.search(text, max(0, told[-1].start - 3), told[-1].start)):
                pass  # "discussed last year and confirmed when Mattis visited Hanoi in January": the next verb's own
            elif told and told[-1].kind in ("relative", "ago"):
                # "in June 2022 ..., and last year the navy handed over a corvette in July", "A year ago, the
                # carrier spent five days in Da Nang, June 25-30": the nearest year told is that one (without the
                # article's year, not the stated one either)
                x = told[-1]
                if anchor.now is not None and (x.kind == "ago" or x.rel in YEAR_OFFSET):
                    offset = -(x.n or 0) if x.kind == "ago" else YEAR_OFFSET[x.rel]
                    own = Anchor(now=year_value(anchor.now.start.year + offset, "derived"),
                                 note=f"{x.text}, told before it in the sentence")
            elif same_month and same_month[-1] in before and len(years) > 1:
                # "set up ... in July 2013, and in September 2023 Biden travelled to Hanoi, where on 10 September he
                # ...": of the years the sentence states, the one its month was told with
                y = same_month[-1].year
                own = Anchor(now=year_value(y, "stated"), note=f"the year of {same_month[-1].text}, told before it")
            elif len(years) == 1:
                y = years.pop()
                own = Anchor(now=year_value(y, "stated"), note=f"the year {y} stated in the same sentence")
            elif not years and text and _THAT_YEAR.match(text, e.end) and last is not None:
                # "In June 2022 they signed ... On June 9 of that year, India handed over ...": the year just told
                own = Anchor(now=year_value(last.start.year, "relative"), note=f"of that year: {last.start.year}")
            elif (not years and span and anchor.now is not None and anchor.now.precision == "year"
                  and (told_day := _day_told_with_its_year(e, span, exprs_from)) is not None):
                # "Winter 2023 issue" over "ran from September 12 to October 24, 2022 ... On the opening day,
                # September 12, ...": a page dated by its year only; the day told before with its year is this one
                own = Anchor(now=year_value(told_day, "stated"),
                             note=f"the year {told_day} of the same day told before")
            elif not years and span and (told_month := _month_told_just_before(e, span, exprs_from, text)) is not None:
                # "When Modi landed in Hanoi in early September 2016 ... In talks with Phuc on 3 September, ...": the
                # month told with its year in the sentence just before, and no other year between
                own = Anchor(now=year_value(told_month.year, "stated"),  # type: ignore[arg-type]
                             note=f"the year of {told_month.text}, told just before it")
        if e.start in anniversary_base:
            y = anniversary_base[e.start]
            own = Anchor(now=year_value(y, "stated"), note=f"the year {y} of the clause that marks it")
            if e.start in anniversary_month:
                own = Anchor(now=month_value(y, anniversary_month[e.start], "stated"), note=_MONTH_MARKED)
        rel = years_of_anniversary.get(e.start)
        if rel is not None and anchor.now is not None and rel.rel in MONTH_OFFSET:
            if anchor.now.precision in ("day", "week", "month"):
                marked = months_on(anchor.now.start, MONTH_OFFSET[rel.rel], "derived")
                own = Anchor(now=marked, note=_MONTH_MARKED)
        elif rel is not None and anchor.now is not None:
            y = anchor.now.start.year + YEAR_OFFSET[rel.rel]
            own = Anchor(now=year_value(y, "derived"), note=f"celebrated {rel.rel}")
        to_come = (e.kind == "weekday" and e.rel not in ("last", "next") and bool(text)
                   and (_plan_before(text, e.start)
                        or (_PROGRESSIVE_BEFORE.search(text, max(0, e.start - 100), e.start) is not None
                            and not (anchor.now is not None and anchor.now.precision == "day"
                                     and anchor.now.start.weekday() == e.n))
                        or _ONWARD_AFTER.match(text, e.end) is not None
                        or _PLAN_AFTER.match(text, e.end) is not None
                        or _ONWARD_BEFORE.search(text, max(0, e.start - 80), e.start) is not None))
        if (not to_come and e.kind == "weekday" and e.rel in ("on", "") and text and last is not None
                and last.precision == "day" and not last.is_range and last_end >= 0
                and _ARRIVAL_AFTER_ITS_END.search(text, max(last_end, e.start - 60), e.start)
                and sentence_of(last_end - 1) == sentence_of(e.start)):
            # "wrapped up a port call on Friday, March 7, after arriving on Tuesday": the Tuesday before the day
            # just told, not the latest before the page's day
            e = replace(e, rel="before")
        elif (not to_come and e.kind == "weekday" and e.rel in ("on", "") and last is not None
              and last.precision == "day" and not last.is_range and last_end >= 0
              and anchor.now is not None and anchor.now.precision == "day"
              and 7 <= (anchor.now.start - last.start).days <= 13
              and 0 < (e.n - last.start.weekday()) % 7 <= 3  # type: ignore[operator]
              and 0 <= bisect_right(span_starts, e.start) - bisect_right(span_starts, last_end - 1) <= 1
              and (told_in := sentence_of(last_end - 1)) is not None
              and _ARRIVED.search(text, max(told_in[0], last_start - 80), last_end) is not None
              and (own_in := sentence_of(e.start)) is not None
              and (not text[own_in[0]:e.start].strip(" -–—•*\n")
                   # ("flew into Hanoi on Sunday 4 June, straight from Singapore, and on Monday held talks": the
                   # arrival's own sentence goes on to the next day of the stay)
                   or (own_in == told_in and _AND_THEN_BEFORE.search(text, max(own_in[0], e.start - 20), e.start)
                       is not None))):
            # "flew into Hanoi on Friday evening, 2 September ... On Saturday he held talks" on a page of 14
            # September: a day of the stay the arrival just told (in its sentence or the next) began, not the latest
            # such weekday before the page's day (an arrival a week or two before the page: a bare weekday of a page
            # weeks after a flashback is the news's own; and not "The exchanges began Sunday, Aug. 8 ... On Tuesday")
            e = replace(e, rel="the")
        if to_come:
            e = replace(e, rel="next")  # "Singh will fly to Nha Trang on Friday": the Friday to come
        elif (e.kind == "weekday" and e.rel not in ("last", "next") and text and _ZONE_DAY.match(text, e.end)
              and anchor.now is not None and anchor.now.precision == "day"
              and (e.n - anchor.now.start.weekday()) % 7 == 1):  # type: ignore[operator]
            # "On Monday, Vietnam time," in a paper of Sunday across the date line: the zone's day is a day ahead
            e = replace(e, rel="next")
        try:
            # "Yesterday the two prime ministers held talks ... a 2024-2028 plan ... On the same day as the
            # talks": the same day is the last single day told, not a year, month or span told since (but "Last
            # June ... The following day" counts from June, and has no day)
            # (from a day told: not "entered service in 1969. The handover came only days after another transfer. On
            # 22-5, ...")
            near_step = (e.kind in ("month_day", "range") and e.year is None and not e.rel and last is not None
                         and last.precision == "day" and e.day is not None
                         and _STEP_TOLD_BEFORE.search(text, max(0, e.start - 200), e.start) is not None)
            narrative = (e.kind in ("month_day", "range") and e.year is None and not e.rel and last is not None
                         and bool(_NARRATIVE_STEP.search(text, max(0, e.start - 160), e.start)
                                  or near_step
                                  or _WHEN_ON_YEAR.search(text, max(0, e.start - 160), e.start)
                                  # "In the autumn of 2003, two events ... On November 10, Tra ...": the sentence
                                  # before set the scene in its year, and this one opens on a day of it
                                  or ((scene := _SCENE_YEAR.search(text, max(0, e.start - 400), e.start)) is not None
                                      and last.precision == "year" and int(scene.group("y")) == last.start.year)
                                  # "on November 19, 2003, when the frigate ... tied up ... The four-day visit, which
                                  # ran through November 22": days on from a day told with its year, years before
                                  # the page, are of that year
                                  or _days_on_from_a_past_day(e, last, anchor, last_end, text, out)))
            # "In June last year Giang held talks in New Delhi, and in July India handed over the Kirpan": a month
            # that goes on from a past one in the clause before it is of that year
            went_on = (e.kind == "month" and e.year is None and not e.rel and last is not None and last_end >= 0
                       and last.precision == "month" and anchor.now is not None
                       and last.start.year < anchor.now.start.year and (e.month or 0) >= last.start.month
                       and e.text.lower().startswith("in ")
                       and _AND_THEN_IN.fullmatch(text, last_end, e.start) is not None)
            if went_on:
                e = replace(e, year=last.start.year)  # type: ignore[union-attr]
            if (e.kind == "month_day" and e.year is None and not e.rel and last is not None
                    and last.precision == "month" and last.start.month == e.month and last_start >= 0
                    and (own_span := sentence_of(e.start)) is not None and own_span[0] <= last_start < e.start):
                # "in June 2023, and the following month India handed over the Kirpan ..., on 22 July": a day of the
                # month its own sentence has just told is of that month's year, not the page's
                e = replace(e, kind="date", year=last.start.year)
            inside = _day_of_the_span(e, last, text[last_end:e.start] if last_end >= 0 else None)
            if inside is not None and not narrative:
                # "a visit to New Delhi from 30 July to 1 August 2024. After talks on 1 August, ...": a day of the
                # span just told is of its year, not the page's
                e = replace(e, kind="date", year=inside)
            stepped = narrative and not _WHEN_ON_YEAR.search(text, max(0, e.start - 160), e.start)
            story = last
            if narrative:
                # "in August 2010 ... A week later, on 17 August": the year of the story told, not the page's
                step = _NARRATIVE_STEP.search(text, max(0, e.start - 160), e.start)
                if (last is not None and last.precision != "day" and step is not None
                        and re.search(r"\bdays?\b", step.group(0), re.IGNORECASE)
                        # (not a day of the month just told: "In June 2012 ... The next day, 4 June")
                        and not (last.precision == "month" and last.start.month == e.month)):
                    # ("inaugurated on 6 March ... relations normalised in July 1995. The next day, 7 March, ...": a
                    # day on from the day told last, not from a month recalled since)
                    story = next((v for _x, v, _n in reversed(out) if v is not None and v.precision == "day"
                                  and not v.is_range), last)
                y = story.start.year + (1 if (e.month or 0) < story.start.month else 0)  # type: ignore[union-attr]
                if near_step:
                    # (days or weeks off, either way: the year that puts the day nearest the one told)
                    y = min((z for z in (y - 1, y, y + 1) if valid_date(z, e.month, e.day)),  # type: ignore[arg-type]
                            key=lambda z: abs((dt.date(z, e.month, e.day) - last.start).days))  # type: ignore
                e = replace(e, kind="date", year=y) if e.kind == "month_day" else replace(
                    e, year=y, end_year=y + (1 if (e.end_month or 0) < (e.month or 0) else 0))
            base = last
            span_first: DateValue | None = None
            if e.kind == "relative" and e.rel in ARRIVAL_DAY and (own_span := sentence_of(e.start)) is not None:
                # "tied up last Wednesday for a four-day visit. She sailed on Sunday. The captain called on ... on the
                # day of arrival": the first day told in its paragraph and the one before, not the last
                breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, max(0, own_span[0] - 800), own_span[0])]
                lo = breaks[-2] if len(breaks) >= 2 else max(0, own_span[0] - 800)
                told = [(x.start, v) for x, v, _n in out
                        if v is not None and v.precision == "day" and lo <= x.start < e.start]
                # (a day its own sentence told: "tied up on 29 May for four days; ... on the day of arrival")
                mine = [v for at, v in told if at >= own_span[0]]
                base = mine[-1] if mine else min((v for _at, v in told), key=lambda v: v.start, default=last_day)
                if base is not None and base.is_range:
                    base = day_value(base.start, "relative")
            elif (e.kind == "relative" and e.rel in _SAME_DAY) or (e.kind == "weekday" and e.rel.endswith("same")):
                base = last_day
                if (e.rel in _EARLIER_THAT_DAY and last_day is not None and latest_main is not None
                        and latest_main.start > last_day.start and last_start >= 0
                        and (told := sentence_of(last_start)) is not None
                        and _ARRIVED_AT_NIGHT.search(text, told[0], told[1])):
                    # "Modi arrived on Friday night ... Earlier in the day Modi laid a wreath": nothing of his visit
                    # came earlier on the day he arrived at night; the day the news is of, told before it
                    base = latest_main
                elif (e.rel in _THE_SAME_DAY and last is not None and last.precision in ("month", "year")
                      and last_day is not None and latest_main is not None and latest_main.start > last_day.start
                      and (told := next((x for x, v, _n in reversed(out) if v == last_day), None)) is not None
                      and (told_in := sentence_of(told.start)) is not None
                      and _ARRIVED_AT_NIGHT.search(text, told_in[0], told_in[1])):
                    # "announced Monday ... He arrived late Sunday ... eased in October 2014. On the same day Obama
                    # met ...": after an aside of another time, the same day is the one the news is of, not the
                    # night of the arrival told before the aside
                    base = latest_main
                if (last is not None and last.is_range and last.precision == "day"
                        and (last_day is None or last_day.start < last.start)):
                    # "Cohen's three days, March 13 through 15, ... Khai received him the same day": the story goes
                    # on from the span's first day (not the article's day, nor a day told before the span)
                    span_first = day_value(last.start, "relative")
            elif (e.kind == "relative" and _DAY_STEP.get(e.rel, 0) < 0 and main_day is not None and last_start >= 0
                  and (own_span := sentence_of(e.start)) is not None and own_span[0] <= last_start
                  and _in_a_clause(text, own_span[0], last_start) and "," in text[last_end:e.start]
                  and not _in_a_clause(text, own_span[0], e.start)):
                # "The minister, who is on a visit that began on Wednesday, held talks ... the previous day": the
                # day before the one the story tells, not before the day of the clause closed before it (a day
                # after it may go on from the clause: "Singh, who arrived on Tuesday, met Chinh the next day")
                base = main_day
            elif (e.kind == "day_of_month" and e.day and last is not None and last.precision == "month"
                  and last_span is not None and last_span.precision == "day"
                  and last_span.start.month == last_span.end.month
                  and last_span.start.day <= e.day <= last_span.end.day):
                # "a state visit from 18 to 20 November ... the death of President Quang in September ... on the
                # 20th": a day within the span told before is of its month, not of a month recalled since
                base = last_span
            elif (e.kind == "relative" and _DAY_STEP.get(e.rel, 0) > 0 and story_day is not None and last is not None
                  and last_start >= 0 and story_day.start > last.start
                  and _BEGAN_CLAUSE.search(text, max(0, last_start - 40), last_start)):
                # "received certificates on Wednesday, completing a course that began on 6 October. ... The following
                # day": the day after the one the story tells, not after the first day of what the clause tells begun
                base = story_day
            elif (e.kind == "relative" and e.rel in _DAY_STEP and last is not None and not last.is_range
                  and last.precision == "year" and last_day is not None and last.end < last_day.start
                  and last_start >= 0 and sentence_of(last_start) != sentence_of(e.start)):
                # "The ceremony took place ... on 9 June. The vessels were funded from the credit line India extended in
                # 2014. The day before, Singh and Giang held talks": a day from the last day told, not from the
                # earlier time an aside recalled
                base = last_day
            elif e.kind == "relative" and e.rel in _DAY_STEP and last is not None and last.is_range:
                # "a visit from June 8 to 10 ... the handover on June 9 ... A day earlier": the single day told
                # within the span, not the span's start
                base = last_day if last_day is not None and last.contains(last_day) else last
            elif (e.kind == "span_day" and last_span is not None and last is not None and not last.is_range
                  and (last.start < last_span.start or last_span.contains(last))):
                # "a visit from 8-10 June ... relations established on 7 January 1972. On the first day in Hanoi":
                # the days of the span, not a day recalled from before it
                base = last_span
            elif (e.kind == "span_day" and last is not None and last.precision == "day" and not last.is_range
                  and last_start >= 0 and (count := _visit_days(text, last_start, e.start)) is not None):
                # "arrived in Hanoi on Monday for a three-day visit. On the second day ...": the days the visit
                # lasts, from the day told as its first (or up to the day told as its leaving: "left Cam Ranh on
                # May 27 after a four-day visit. On the last day ...")
                base = (DateValue(last.start - dt.timedelta(days=count - 1), last.start, "day", last.basis, True)
                        if _LEAVING_BEFORE.search(text, max(0, last_start - 70), last_start)
                        else DateValue(last.start, last.start + dt.timedelta(days=count - 1), "day", last.basis, True))
            if e.kind == "span_day":
                # "on the last day of Prime Minister Dung's state visit to India from 4 to 6 July": the span
                # told just after it, in the same clause
                ahead = next((x for x in exprs_from(e.end, e.end + 90) if x.kind == "range"), None)
                if ahead is not None and "." not in text[e.end:ahead.start]:
                    span_ahead, _n = _resolve_one(ahead, own, last)
                    if span_ahead is not None and span_ahead.is_range and span_ahead.precision == "day":
                        base = span_ahead
            if (e.kind == "day_of_month" and e.rel == "own" and last is not None and last.precision == "month"
                    and last_start >= 0 and (own_span := sentence_of(e.start)) is not None
                    and own_span[0] <= last_start < e.start):
                # "When Mattis was in Hanoi in January - he arrived on the evening of the 24th": a time of day on a
                # day of the month its own sentence named just before, not of the article's month
                e = replace(e, rel="")
            named = (_named_day(e, text, out, sentence_of)
                     if e.kind == "relative" and e.rel in _DAY_STEP and text else None)
            if named is not None:
                # "On the day after the upgrade, Biden met ...": from the day of the happening the noun names,
                # told some sentences back, not from the date told last
                base = named
            value, note = _resolve_one(e, own, base)
            if (e.kind == "relative" and e.rel == "today" and value is not None and latest_main is not None
                    and latest_main.start < value.start and (value.start - latest_main.start).days <= 2
                    and (own_span := sentence_of(e.start)) is not None
                    and _IN_A_QUOTE(text[own_span[0]:e.start])):
                # ('"Our agreement today to upgrade our partnership ...," Mr. Modi said' on the next day's page: the
                # speaker's today, the day the story tells, not the page's)
                value, note = replace(latest_main, basis="relative"), "today in a quote: the day the story tells"
            if e.kind == "relative" and e.rel.endswith("eve of") and named is None:
                value, note = None, "the eve of a happening the text does not date"
            told_with_it = _weekday_told_with_its_day(e, value, note, out)
            if told_with_it is not None:
                # "The destroyer arrived Monday, April 7, and left Friday, April 11. ... paid a courtesy call Monday
                # afternoon": the Monday the story told with its day, not the one after the last day told
                value, note = told_with_it, "the weekday the text told with its day, in the days just told"
            by_weekday = _step_to_its_weekday(e, value, out)
            if by_weekday is not None:
                # "The course began on 27 January. ... Four days later, on Tuesday": four days after the day the
                # weekday fits (Friday 4 April), not after the date told last
                value, note = by_weekday
            if (value is not None and value.precision == "month" and e.kind == "relative" and e.rel in _DAY_STEP
                    and (last_end < 0 or sentence_of(last_end - 1) != sentence_of(e.start))):
                # (a day counted from a month only within its sentence: "called at Ho Chi Minh City in December
                # 2020 ..., and the next day"; a month told in a sentence before may be another happening's)
                value, note = _resolve_one(e, own, None)
            if ((value is None or value.precision != "day")
                    and ((e.kind == "relative" and _DAY_STEP.get(e.rel, 0) > 0)
                         # ("... held a virtual summit on Monday, with Vietnam in the chair of Asean this year. Three
                         # days later": counted from the day too)
                         or (e.kind == "later" and e.unit in ("days", "weeks") and e.n and e.rel != "earlier"))
                    and last is not None and last.precision in ("year", "month") and last_day is not None
                    and last_start >= 0 and (told_day := next((x for x, v, _n in reversed(out) if v == last_day),
                                                              None)) is not None
                    and sentence_of(told_day.start) == sentence_of(last_start)
                    # (an aside, not the weekday's own month: "on a humid Saturday in September 2016")
                    and re.fullmatch(r"[\s,]*(?:in|of)?\s*", text[told_day.end:last_start]) is None):
                # "held talks with Trong on Sunday, a decade after the two countries formed a partnership in 2013.
                # The next day, Biden met ...": a day on from the day that sentence told, not from the year of its
                # aside
                value, note = _resolve_one(e, own, last_day)
            if span_first is not None:
                value, note = span_first, "the first day of the span told before it"
            span_end = _weekday_span_end(e, out, text)
            if span_end is not None:
                # "from Sunday night through Wednesday": one span, told by its first weekday
                first, start_value, _ = out[-1]
                assert start_value is not None  # (checked by _weekday_span_end)
                out[-1] = (first, DateValue(start_value.start, span_end[0].start, "day", "relative", True),
                           "a span of weekdays, the first such day on to the next")
                if last is not None and last == start_value:
                    last = last_span = out[-1][1]
                value, note = None, "the end of the span of weekdays before it"
            if (e.kind == "relative" and e.rel in _DAY_STEP and out and out[-1][1] is not None
                    and out[-1][1].precision == "day" and _APPOSED_COMMA.fullmatch(text, out[-1][0].end, e.start)
                    and _OF_A_HAPPENING.match(text, e.end)):
                # "On 3 June, the day before the talks in Ha Noi, Panetta visited Cam Ranh": the day just told,
                # placed against another happening, not a day on from it
                value, note = None, "an aside placing the day just told"
            if narrative and value is not None:
                # (a step on in the story is relative to it; a clause of time hung on a year takes that year)
                value, note = (replace(value, basis="relative" if stepped else "year_inferred"),
                               f"the year of the story told before ({story.start.year})")  # type: ignore[union-attr]
        except (ValueError, OverflowError):  # "a week later" than 9999-12-31: beyond the calendar
            value, note = None, "outside the calendar"
        if value is not None and e.kind == "span_day":
            # "On the first day ... The following day": that day (the span stays in ``last_span`` for "the last day")
            last_day = last = value
            last_end = e.end
        elif value is not None and e.kind not in ("anniversary", "years_since", "later") and not to_come \
                and not _SINCE_BOUND.search(text, max(0, e.start - 60), e.start) \
                and not (anchor.now is not None and anchor.now.precision == "day" and value.start > anchor.now.end):
            # (nor a day after the article's, a plan's: "is to travel tomorrow to Hai Phong. Later that evening he
            # called on ..." goes on from the day before the plan)
            # ("the first carrier in Vietnam since 1975, and the Roosevelt followed two years later": a "since"
            # bound is not the story's time, which the next count goes on from)
            last = value
            last_end, last_start = e.end, e.start
            if value.precision == "day" and value.is_range:
                last_span = value
            own = sentence_of(e.start)
            if value.precision == "day" and not value.is_range and not _in_a_clause(text, own[0] if own else 0,
                                                                                    e.start):
                main_day = value
                if (latest_main is None or value.start > latest_main.start) and not (
                        e.start < 80 and _DATELINE_AFTER.match(text, e.end)):
                    # (not the dateline's own day: "HANOI, Sept. 4, 2016 (X) -" dates the page, not the news)
                    latest_main = value
                if not _BEGAN_CLAUSE.search(text, max(0, e.start - 40), e.start):
                    story_day = value
            recalled = (anchor.now is not None and last_day is not None
                        and value.start.year < anchor.now.start.year <= last_day.start.year
                        # ("Its 10th round was held in Hanoi on March 1, 2017; Lich received the delegation the
                        # same day": a day the sentence tells as its own happening's goes on in the story)
                        and (own is None or not _TOLD_AS_ITS_OWN.match(text, own[0], e.start)))
            # (a day before the one told, in a clause of a person or a thing: "Antony, who is paying a visit after
            # attending the ADMM+ held in Hanoi the previous day", "the ADMM+, which took place on 12/10")
            earlier_aside = (last_day is not None and value.start < last_day.start
                             and _ASIDE.search(text, max(0, e.start - 250), e.start) is not None)
            if value.precision == "day" and not value.is_range and not recalled and not earlier_aside \
                    and not _BACKGROUND_DAY.search(text, max(0, e.start - 100), e.start) \
                    and not _ends_a_period(text, prior, e) \
                    and not _SPAN_END_BEFORE.search(text, max(0, e.start - 12), e.start):
                # (a day of an earlier year, told after one of the article's year, is recalled: "the 14th
                # dialogue, held on August 1 last year" leaves "the same afternoon" the Monday told before)
                last_day = value
            elif value.precision == "day" and value.is_range and e.kind != "range":
                # "arrived on November 2 for a two-day visit": the day told, not the span it starts
                last_day = day_value(value.start, value.basis)
        marked = resolved.get(anniversary_day.get(e.start, -1))
        if marked is not None and marked.precision == "day" and not marked.is_range and e.n:
            value = day_value(_years_back(marked.start, e.n), "derived")
            note = f"{e.n} years before the day that marks it ({marked.iso_start()})"
        out.append((e, value, note))
        if value is not None:
            resolved[e.start] = value
    return out


def _day_of_month(e: DateExpr, now: DateValue | None, last: DateValue | None) -> tuple[DateValue | None, str]:
    """ "on the 15th": of the month the story just told ("In September ... His meeting with Sang on the 15th"), or
    "of this month" / "of last month" from the article's date, or else the article's month (the one before, when
    the day is still to come in it)."""
    # ("on the afternoon of the 2nd": a time of day, as agencies date the days of their own month, is the article's)
    if e.rel in ("", "that") and last is not None and last.precision in ("day", "month"):
        y, mo, how = last.start.year, last.start.month, f"the month told before ({last.iso_start()[:7]})"
    elif e.rel in ("", "own", "this", "last", "next") and now is not None and now.precision in ("day", "week", "month"):
        ref = now.start
        shift = {"last": -1, "next": 1}.get(e.rel, 0)
        if e.rel in ("", "own") and now.precision == "day" and (e.day or 0) > ref.day:
            shift = -1  # "on the 25th" in a story of the 12th: the month before
        k = ref.year * 12 + ref.month - 1 + shift
        y, mo, how = k // 12, k % 12 + 1, "the article's month" + (f" ({e.rel})" if e.rel else "")
    else:
        return None, "no month to refer to"
    if not valid_date(y, mo, e.day) or (e.end_day and not valid_date(y, mo, e.end_day)):
        return None, "no such day in that month"
    if e.end_day:
        return (DateValue(dt.date(y, mo, e.day), dt.date(y, mo, e.end_day), "day", "relative", True),  # type: ignore[arg-type]
                f"days {e.day} to {e.end_day} of {how}")
    return day_value(dt.date(y, mo, e.day), "relative"), f"day {e.day} of {how}"  # type: ignore[arg-type]


#: between the two weekdays of a span: "from Sunday night through Wednesday", "Monday to Wednesday"
#: (not "and": "on Monday and Wednesday" may be two days)
_WEEKDAY_SPAN_GAP = re.compile(r"\s+(?:(?:night|morning|afternoon|evening)\s+)?(?:through|to|until|till)\s+|\s*[-–]\s*",
                               re.IGNORECASE)


#: a span from a day to a weekday told after it: "From Friday, July 15, through the following Thursday"
_TO_THE_FOLLOWING = re.compile(r",?\s+(?:through|to|until|till)\s+the\s+(?:following|next)\s+", re.IGNORECASE)


def _weekday_span_end(e: DateExpr, out: list[tuple[DateExpr, DateValue | None, str]], text: str
                      ) -> tuple[DateValue, str] | None:
    """The weekday that ends a span of weekdays is the first such day from its start, not one before it: "is in
    Vietnam from Sunday night through Wednesday" under a Monday's date ends on the Wednesday to come; so is one told
    as "the following Thursday" after a day ("From Friday, July 15, through the following Thursday")."""
    if e.kind != "weekday" or not out or not text:
        return None
    prev, value, _note = out[-1]
    if prev.kind not in ("weekday", "month_day", "date") or value is None or value.precision != "day" \
            or value.is_range:
        return None
    if not (_WEEKDAY_SPAN_GAP if prev.kind == "weekday" else _TO_THE_FOLLOWING).fullmatch(text, prev.end, e.start):
        return None
    fwd = (e.n - value.start.weekday()) % 7  # type: ignore[operator]
    return day_value(value.start + dt.timedelta(days=fwd), "relative"), "the end of a span of weekdays, from its start"


#: a sentence up to a day it tells as the time of its own happening: "On ", "Its 10th round was held in Hanoi on ",
#: "In 2019, Defence Secretary Mitra visited Hanoi on " (not "recalled the visit of ... on", nor "..., held in ... on")
_TOLD_AS_ITS_OWN = re.compile(
    r"\s*(?:(?:On|By)\s*|(?:(?:In|Back\s+in|On)\s+[^,;]{1,30},\s*)?[^,;]*?\b(?:(?:was|were)\s+(?:held|hosted|convened|"
    r"conducted|signed|organi[sz]ed)|took\s+place|convened|visited|met|held|hosted|signed|arrived|received|"
    r"called\s+on|paid)\b[^,;]*)$")
#: a clause of a person or a thing, up to the day: ", who is paying a visit after attending ...", ", which took
#: place in"
_ASIDE = re.compile(r",\s+(?:who|whose|which)\b[^.;,]*$")
#: a day told in a clause of what had happened before ("..., where he had joined the ADMM-Plus the previous
#: day"): background, not the day a later "the same day" refers to
_BACKGROUND_DAY = re.compile(r"[,;]\s+(?:where|after|when|having)\b[^.;]*\bhad\b[^.;,]*$|\bhad\s+\w+[^.;,]*$|"
                             # "Dung, whose state visit began in Kolkata on Wednesday", "Chinh, who arrived late on
                             # Tuesday": a person's own clause tells the day as background
                             r",\s+(?:who|whose)\b[^.;,]*$|"
                             # "a State visit, which began when the delegation landed late on July 30": the clause of
                             # the visit's own start, told as background to the day the story is about
                             r",\s+which\s+(?:began|started|opened|had\s+begun)\b[^.;]*$|"
                             # "held talks, a day after the ADMM-Plus wound up on Tuesday": the other happening's day,
                             # told to count the story's own day from
                             r",\s+(?:an?|one|two|three|four|five|\d)\s+days?\s+(?:after|before)\s+[^.;,]*$")


def _month_span(v: DateValue, e: DateExpr) -> DateValue:
    """A month's value, or the span of months it opens ("from October into November"): to the end month's last day."""
    if not e.end_month:
        return v
    ey = v.start.year + (1 if e.end_month < v.start.month else 0)
    return DateValue(v.start, month_value(ey, e.end_month, v.basis).end, "month", v.basis, True)


def _weekday_told_with_its_day(e: DateExpr, value: DateValue | None, note: str,
                               out: list[tuple[DateExpr, DateValue | None, str]]) -> DateValue | None:
    """A weekday counted forward from the last day told, on a page with no day of its own, when the story told that
    weekday with its own day in the six days before ("arrived Monday, April 7, and left Friday, April 11"): that
    day."""
    if e.kind != "weekday" or value is None or not note.startswith("first such weekday from the day told"):
        return None
    told = [(x, v) for x, v, _n in out[-4:] if v is not None and v.precision == "day" and not v.is_range]
    if not told:
        return None
    last = told[-1][1].start
    if value.start <= last:
        return None
    own = [v for x, v in told if x.unit == "weekday_own" and v.start.weekday() == e.n
           and dt.timedelta(0) < last - v.start < dt.timedelta(days=7)]
    return day_value(own[-1].start, "relative") if own else None


def _resolve_one(e: DateExpr, anchor: Anchor, last: DateValue | None
                 ) -> tuple[DateValue | None, str]:
    now = anchor.now
    day_now = now.start if now is not None and now.precision == "day" else None
    if e.kind == "date" and e.year:
        v = day_value(dt.date(e.year, e.month, e.day), "stated")  # type: ignore[arg-type]
        return _on_its_weekday(_with_duration(v, e), e), "stated"
    if e.kind == "month_year":
        return _month_span(month_value(e.year, e.month, "stated"), e), "stated"  # type: ignore[arg-type]
    if e.kind == "year":
        return year_value(e.year, "stated"), "stated"  # type: ignore[arg-type]
    if e.kind in ("range", "month_day") and e.rel in YEAR_OFFSET and e.year is None and now is not None:
        # "May 31 last year": the year is counted from the article's
        e = replace(e, year=now.start.year + YEAR_OFFSET[e.rel],
                    end_year=(now.start.year + YEAR_OFFSET[e.rel]) if e.kind == "range" else None)
        if e.kind == "month_day":
            return _with_duration(day_value(dt.date(e.year, e.month, e.day), "relative"), e), \
                f"{e.rel} from the article's year"  # type: ignore[arg-type]
        start, end = dt.date(e.year, e.month, e.day), dt.date(e.year, e.end_month, e.end_day)  # type: ignore[arg-type]
        return DateValue(start, end, "day", "relative", True), f"{e.rel} from the article's year"
    if e.kind == "range":
        if e.year is None:
            got = year_for(e.month, e.day, anchor)  # type: ignore[arg-type]
            if got is None:
                return None, "no year in the text or its context"
            y, how = got
            guessed = anchor.now is None or (anchor.now.precision == "year" and anchor.now.basis == "year_inferred")
            if (e.unit == "weekday_own" and e.n is not None and dt.date(y, e.month, e.day).weekday() != e.n  # type: ignore
                    and guessed):
                # "Tuesday through Thursday, April 8-10" on a page with no year: the first year from the one guessed
                # in which the span's first day falls on its weekday
                fits = next((z for z in range(y, y + 12) if valid_date(z, e.month, e.day)  # type: ignore[arg-type]
                             and dt.date(z, e.month, e.day).weekday() == e.n), None)  # type: ignore[arg-type]
                if fits is not None:
                    y, how = fits, f"{how}; the first year from it in which {e.text.strip()} begins on its weekday"
            ey = y + 1 if (e.end_month or 0) < (e.month or 0) else y
            basis = "year_inferred"
        else:
            y, ey, how, basis = e.year, e.end_year or e.year, "stated", "stated"
        start = dt.date(y, e.month, e.day)  # type: ignore[arg-type]
        end = dt.date(ey, e.end_month, e.end_day)  # type: ignore[arg-type]
        return DateValue(start, end, "day", basis, True), how
    if e.kind == "month" and e.year is not None:  # a month given its year by the clause it goes on from
        return _month_span(month_value(e.year, e.month, "relative"), e), \
            "the year of the month told before it"  # type: ignore[arg-type]
    if e.kind in ("month_day", "month"):
        got = year_for(e.month, e.day, anchor)  # type: ignore[arg-type]
        if got is None:
            return None, "no year in the text or its context"
        y, how = got
        if e.kind == "month":
            return _month_span(month_value(y, e.month, "year_inferred"), e), how  # type: ignore[arg-type]
        if (e.unit == "weekday_own" and e.n is not None and dt.date(y, e.month, e.day).weekday() != e.n  # type: ignore
                and (anchor.now is None or (anchor.now.precision == "year" and anchor.now.basis == "year_inferred"))):
            # "Monday, April 19" over a pandemic that began in March 2020: the first year, from the one guessed, in
            # which the day falls on the weekday the text gives it
            fits = next((z for z in range(y, y + 12) if valid_date(z, e.month, e.day)  # type: ignore[arg-type]
                         and dt.date(z, e.month, e.day).weekday() == e.n), None)  # type: ignore[arg-type]
            if fits is not None:
                y, how = fits, f"{how}; the first year from it in which {e.text.strip()} falls on that weekday"
        v = day_value(dt.date(y, e.month, e.day), "year_inferred")  # type: ignore[arg-type]
        return _on_its_weekday(_with_duration(v, e), e), how
    if e.kind == "span_day":
        # "from June 8 to 10 ... On the first day in Hanoi": the first, second, third or last day of that span
        step = {"first": 0, "opening": 0, "second": 1, "third": 2}.get(e.rel)
        if last is not None and last.precision == "day" and not last.is_range and step == 0:
            # "arrived in Hanoi on Wednesday on a three-day visit. On the first day he held talks": the day told
            return day_value(last.start, "relative"), f"the first day, {last.iso_start()}"
        if last is None or last.precision != "day" or not last.is_range:
            return None, "no span of days to count in"
        day = last.end if step is None else last.start + dt.timedelta(days=step)
        if day > last.end:
            return None, "beyond the span told"
        return day_value(day, "relative"), f"the {e.rel} day of {last.iso_start()} to {last.iso_end()}"
    if e.kind == "nth_day":
        if day_now is None or not e.n:
            return None, "no article date to count from"
        return day_value(day_now - dt.timedelta(days=e.n - 1), "relative"), \
            f"day {e.n} of it on the article's date"
    if e.kind == "month_last_year" and now is not None:
        y = now.start.year + {"last": -1, "this": 0, "next": 1}[e.rel]
        return month_value(y, e.month, "relative"), f"{e.rel} year from the article's date"  # type: ignore[arg-type]
    if e.kind == "rel_month" and e.rel == "that":
        # "in Hanoi that October": the October of the year just told
        ref_year = last.start.year if last is not None else (now.start.year if now is not None else None)
        if ref_year is None:
            return None, "no year to refer to"
        if e.day and valid_date(ref_year, e.month, e.day):
            return day_value(dt.date(ref_year, e.month, e.day), "relative"), "the day of the year just told"  # type: ignore
        return month_value(ref_year, e.month, "relative"), "the month of the year just told"  # type: ignore[arg-type]
    if e.kind == "rel_month" and e.rel in ("previous", "following"):
        # "who had hosted Lich at the Pentagon the previous August": the August before the month just told
        ref_value = last if last is not None and last.precision != "year" else now
        if ref_value is None or ref_value.precision == "year":
            return None, "no month to count from"
        ref = ref_value.start
        if e.rel == "previous":
            y = ref.year if e.month < ref.month else ref.year - 1  # type: ignore[operator]
        else:
            y = ref.year if e.month > ref.month else ref.year + 1  # type: ignore[operator]
        return month_value(y, e.month, "relative"), f"'{e.text}' from the month just told"  # type: ignore[arg-type]
    if e.kind == "rel_month" and now is not None and now.precision != "year":
        ref = now.start
        y = ref.year
        if e.rel == "last":
            # "last July" written in August is a year back: the month just gone would be "last month"
            y = ref.year if e.month < ref.month - 1 else ref.year - 1  # type: ignore[operator]
        elif e.rel == "next":
            y = ref.year if e.month > ref.month else ref.year + 1  # type: ignore[operator]
        return month_value(y, e.month, "relative"), f"'{e.text}' from the article's date"  # type: ignore[arg-type]
    if (e.kind == "weekday" and e.rel.endswith("same") and last is not None and last.precision == "day"
            and not last.is_range and last.start.weekday() == e.n):
        # "The same Thursday, ... co-chaired the 14th dialogue": the Thursday just told
        return day_value(last.start, "relative"), "the same weekday as the day told before"
    if (e.kind == "weekday" and e.rel == "that" and last is not None and last.precision == "day"
            and not last.is_range and last.start.weekday() == e.n):
        # "On 10 September it climbed two at once. Joe Biden ... was received that Sunday afternoon": the day told
        return day_value(last.start, "relative"), "the weekday of the day told before"
    if e.kind == "weekday" and e.rel == "the" and last is not None and last.precision == "day":
        # "stepped off his plane on Jan. 7 ... On the Monday, Vajpayee sat down with Khai": the story's Monday, the
        # first after the day told before it
        ref = last.end if last.is_range else last.start
        inside = last.start + dt.timedelta(days=(e.n - last.start.weekday()) % 7)  # type: ignore[operator]
        if last.is_range and inside <= last.end:
            # "In the week of 12-16 September, ... opened the course on the Monday": the span's own Monday
            return day_value(inside, "relative"), "that weekday of the span told before it"
        fwd = (e.n - ref.weekday()) % 7 or 7  # type: ignore[operator]
        return (day_value(ref + dt.timedelta(days=fwd), "relative"),
                "the first such weekday after the day told before it")
    if e.kind == "weekday" and e.rel == "before" and last is not None and last.precision == "day":
        back = (last.start.weekday() - e.n) % 7 or 7  # type: ignore[operator]
        return day_value(last.start - dt.timedelta(days=back), "relative"), "the such weekday before the day told"
    if e.kind == "weekday" and e.rel.startswith("week:") and day_now is not None:
        # "on Monday last week": that weekday of the week before the article's
        which = e.rel.split(":")[1]
        shift = {"last": -7, "this": 0, "next": 7}[which] if which in ("last", "this", "next") else 7 * int(which)
        monday = day_now - dt.timedelta(days=day_now.weekday() - shift)
        return day_value(monday + dt.timedelta(days=e.n), "relative"), f"'{e.text}' from the article's date"  # type: ignore[operator]
    if (e.kind == "weekday" and e.rel in ("on", "", "that") and day_now is not None and last is not None
            and last.precision == "week" and last.end < day_now and day_now.weekday() != 6):
        # "went to Hanoi last week ... landed on Wednesday evening": a weekday of the week just told, not the latest
        # one before the article's date (not on a Sunday's page, whose "last week" may be the week it closes)
        day = last.start + dt.timedelta(days=(e.n - last.start.weekday()) % 7)  # type: ignore[operator]
        if day <= last.end:
            return day_value(day, "relative"), "that weekday of the week told before it"
    if e.kind == "weekday" and day_now is not None:
        back = (day_now.weekday() - e.n) % 7  # type: ignore[operator]
        if e.rel == "last" and back in (0, 1):
            # ("last Tuesday" on a Wednesday's page is the week before's: the day before would be "yesterday" or
            # "on Tuesday", as the blind coders read it too)
            back += 7
        if e.rel == "next":
            fwd = (e.n - day_now.weekday()) % 7 or 7  # type: ignore[operator]
            return day_value(day_now + dt.timedelta(days=fwd), "relative"), "next such weekday"
        return (day_value(day_now - dt.timedelta(days=back), "relative"),
                "latest such weekday on or before the article's date")
    if (e.kind == "weekday" and day_now is None and last is not None and last.precision == "day"
            and e.rel not in ("last", "next")):
        # "arrived on Sunday, September 10 ... On Monday, Biden met ..." in a text with no day of its own: the
        # first such weekday from the day told before it
        ref = last.end if last.is_range else last.start
        inside = last.start + dt.timedelta(days=(e.n - last.start.weekday()) % 7)  # type: ignore[operator]
        if last.is_range and inside <= last.end:
            # "The exchange, which ran from May 12 to 15, ... On Wednesday, the team was received by": a weekday of
            # the span told before it, on a page with no day of its own
            return day_value(inside, "relative"), "that weekday of the span told before it"
        fwd = (e.n - ref.weekday()) % 7  # type: ignore[operator]
        return day_value(ref + dt.timedelta(days=fwd), "relative"), "first such weekday from the day told before it"
    if e.kind in ("weekday", "relative") and day_now is None and now is not None and now.precision == "month" \
            and (last is None or last.precision != "day") and e.rel in _MONTH_OF_THE_PAGE:
        # "On Thursday morning, ... the cutter was handed over" on a page dated only "2017/05": a day of the page's
        # month, not told more finely
        return month_value(now.start.year, now.start.month, "relative"), "a day of the article's month"
    if e.kind == "day_of_month":
        return _day_of_month(e, now, last)
    if e.kind == "relative":
        return _relative(e.rel, now, day_now, last)
    if e.kind in ("anniversary", "years_since"):
        if now is not None and e.unit == "years" and anchor.note == _MONTH_MARKED:
            return (month_value(now.start.year - e.n, now.start.month, "derived"),  # type: ignore[operator]
                    f"{e.n} years before the month that marks it")
        if now is not None and e.unit == "years":
            return year_value(now.start.year - e.n, "derived"), f"{e.n} years before the article's year"  # type: ignore[operator]
        return None, "anniversary without the article's year"
    if e.kind == "ago" and e.unit.startswith(("day", "week")):
        # "two weeks ago": that week, Monday to Sunday; "three days ago": that day (from the article's day only)
        if day_now is None:
            return None, "no article day to count from"
        if e.unit.startswith("day"):
            return day_value(day_now - dt.timedelta(days=e.n), "relative"), f"{e.n} days before the article's date"  # type: ignore[operator]
        then = day_now - dt.timedelta(weeks=e.n)  # type: ignore[arg-type]
        monday = then - dt.timedelta(days=then.weekday())
        return (DateValue(monday, monday + dt.timedelta(days=6), "week", "relative"),
                f"the week {e.n} weeks before the article's date")
    if e.kind == "ago" and e.unit.startswith("year") and e.rel == "today" and day_now is not None:
        then = _years_back(day_now, e.n)  # type: ignore[arg-type]
        return day_value(then, "derived"), f"{e.n} years before the article's day"
    if e.kind == "ago" and e.unit.startswith("year") and e.rel == "this week" and day_now is not None:
        then = _years_back(day_now, e.n)  # type: ignore[arg-type]
        monday = then - dt.timedelta(days=then.weekday())
        return (DateValue(monday, monday + dt.timedelta(days=6), "week", "derived"),
                f"the week {e.n} years before the article's")
    if e.kind == "ago" and e.unit.startswith("year") and e.rel.split() == ["last", "month"] and now is not None \
            and now.precision in ("day", "week", "month"):
        # "Fifteen years ago last month": the month before the article's, that many years back
        before = months_on(now.start, -1, "derived")
        return (month_value(before.start.year - e.n, before.start.month, "derived"),  # type: ignore[operator]
                f"{e.n} years before the month before the article's")
    if (e.kind == "ago" and e.unit.startswith("year") and e.rel.startswith("this ") and now is not None
            and (named := MONTHS.get(e.rel.split()[-1].lower())) is not None):
        # "ten years ago this July": that month of the year so many years before the article's
        return (month_value(now.start.year - e.n, named, "derived"),  # type: ignore[operator]
                f"{e.n} years before the article's year, in the month it names")
    if e.kind == "ago" and e.unit.startswith("year") and e.rel.startswith("this") and now is not None \
            and now.precision in ("day", "week", "month"):
        return (month_value(now.start.year - e.n, now.start.month, "derived"),  # type: ignore[operator]
                f"{e.n} years before the article's month")
    if e.kind == "ago" and now is not None and now.precision in ("day", "week", "month"):
        if e.unit.startswith("year"):
            return year_value(now.start.year - e.n, "relative"), f"{e.n} years before the article's date"  # type: ignore[operator]
        return months_on(now.start, -e.n, "relative"), f"{e.n} months before the article's date"  # type: ignore[operator]
    if e.kind == "later" and e.n is None:
        # "The frigate called on Nov. 19, 2003. Just days earlier, ...": a few days off the day told, its month
        if last is not None and last.precision in ("day", "week", "month"):
            return month_value(last.start.year, last.start.month, "derived"), f"days {e.rel} than {last.iso_start()}"
        return None, "days not counted, and no day told before"
    if e.kind == "later" and last is not None and e.unit in ("days", "weeks") and last.precision == "day":
        # ("A week later", after a day: seven days on)
        step = (-e.n if e.rel == "earlier" else e.n) * (7 if e.unit == "weeks" else 1)  # type: ignore[operator]
        how = f"{e.n} {e.unit} {e.rel or 'later'} than {last.iso_start()}"
        return day_value(last.start + dt.timedelta(days=step), "derived"), how
    if e.kind == "later" and last is not None:
        # ("A month earlier", after "last July": the month before the one just told)
        step, word = (-e.n, "before") if e.rel == "earlier" else (e.n, "after")  # type: ignore[operator]
        if e.unit == "years":
            return year_value(last.start.year + step, "derived"), f"{e.n} years {word} {last.iso_start()}"
        if e.unit == "months" and last.precision in ("month", "day", "week"):
            return months_on(last.start, step, "derived"), f"{e.n} months {word} {last.iso_start()}"
    return None, "not resolvable from the article's context"


_WEEKDAY_AT_END = re.compile(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W*$", re.IGNORECASE)


def _step_to_its_weekday(e: DateExpr, value: DateValue | None, out: list[tuple[DateExpr, DateValue | None, str]]
                         ) -> tuple[DateValue, str] | None:
    """A step of days told with the weekday it lands on ("Four days later, on Tuesday") whose step from the date
    told last lands on another weekday: the step from the latest day told before that it fits."""
    told = _WEEKDAY_AT_END.search(e.text) if e.kind == "later" and e.unit in ("days", "weeks") and e.n else None
    if told is None or (value is not None and value.precision != "day"):
        return None
    weekday = [d.lower() for d in calendar.day_name].index(told.group(1).lower())
    if value is not None and value.start.weekday() == weekday:
        return None
    step = (-e.n if e.rel == "earlier" else e.n) * (7 if e.unit == "weeks" else 1)  # type: ignore[operator]
    for _x, v, _n in reversed(out):
        if v is not None and v.precision == "day" and not v.is_range \
                and (v.start + dt.timedelta(days=step)).weekday() == weekday:
            how = f"{e.n} {e.unit} {e.rel or 'later'} than {v.iso_start()} ({told.group(1)})"
            return day_value(v.start + dt.timedelta(days=step), "derived"), how
    return None


def _with_duration(v: DateValue, e: DateExpr) -> DateValue:
    if e.duration_days:
        return DateValue(v.start, v.start + dt.timedelta(days=e.duration_days - 1), "day",
                         v.basis, True)
    return v


#: the words of a plan, before what is still to come ("will", "is expected to", "is to be", "plans to")
PLAN_WORD = (r"\b(?:will|shall|(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:expected|due|scheduled|set|slated)\s+to|"
             # ("A follow-on field exercise is expected in 2025", "is scheduled for next spring", "is due later")
             # (not a place: "is expected in Ho Chi Minh City on Thursday" tells the day of an arrival to come)
             r"(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:expected|due|scheduled|slated)\s+(?:(?:in|for|during|"
             r"around)\b(?!\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
             r"December)\b)(?-i:[A-Z])[a-z])|later\b|next\b)|"
             # ("with deliveries not expected before 2024": a day looked forward to)
             r"(?:is|are)\s+to\s+be|plans?\s+to|(?:not\s+)?expected\s+(?:before|by|until|around)|"
             # ("sets a target of $2 billion in trade by 2010", "the goal of clearing the province by 2025": a year
             # looked forward to)
             r"(?:targets?|goals?)\s+of|aims?\s+to)\b")
#: an arrival told after the day a stay ended: ", after arriving on", "having docked on"
_ARRIVAL_AFTER_ITS_END = re.compile(r"\b(?:after|having)\s+(?:arriving|arrived|docking|docked|berthing|berthed)\s+"
                             r"(?:(?:in|at)\s+[^,;.]{1,30}?\s+)?(?:on\s+)?$", re.IGNORECASE)
#: a happening named after "the day after" or "the day before", and the words that tell it where it was dated
_HAPPENING_NAMED = {
    # (a partnership made, not one named: "marking the tenth anniversary of the Comprehensive Partnership")
    "upgrade": r"upgrad\w*|elevat\w*|rais(?:ed|ing)\s+(?:\w+\s+){0,3}?(?:ties|relations)|(?:announced|established|"
               r"launched|forged|set\s+up|agreed)\s+(?:on\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?partnership",
    "talks": r"talks|met|meeting",
    "summit": r"summit",
    "signing": r"sign(?:ed|ing)",
    "ceremony": r"ceremony|handed\s+over|handover|inaugurat\w*",
    "dialogue": r"dialogue",
    "arrival": r"arriv\w*|landed|touched\s+down",
    **dict.fromkeys(("exercise", "drills"), r"exercises?|drills?"),
    # (a field season's work, named by what it is: "the eve of the operation to agree the list of sites")
    **dict.fromkeys(("operation", "activity", "mission"), r"operation|activity|mission"),
}
_DAY_FROM_NAMED = re.compile(r"\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?P<noun>" +
                             "|".join(_HAPPENING_NAMED) + r")\b", re.IGNORECASE)


def _named_day(e: DateExpr, text: str, out: list[tuple[DateExpr, DateValue | None, str]],
               sentence_of: Callable[[int], tuple[int, int] | None]) -> DateValue | None:
    """The day of the happening "the day after the upgrade" names: the last single day told (within about
    twenty sentences) in a sentence that tells that kind of happening."""
    m = _DAY_FROM_NAMED.match(text, e.end)
    if m is None:
        return None
    told = re.compile(r"\b(?:" + _HAPPENING_NAMED[m.group("noun").lower()] + r")", re.IGNORECASE)
    for x, v, _note in reversed(out):
        if e.start - x.start > 3000:
            break
        if v is None or v.precision != "day" or (v.is_range and _DAY_STEP.get(e.rel, 0) > 0):
            continue
        span = sentence_of(x.start)
        if span is not None and span[1] <= e.start and told.search(text, span[0], span[1]):
            if _DAY_STEP.get(e.rel, 0) > 0:
                return v
            # (a day before a happening is before its first day: "the eve of the operation, which began on March 8
            # and runs for a month", "the eve of the talks, held on Wednesday and Thursday")
            first = min((w.start for y, w, _n in out if w is not None and w.precision == "day"
                         and span[0] <= y.start < span[1]), default=v.start)
            return day_value(first, v.basis)
    return None


#: a weekday that opens a clause whose subject then plans: "On Friday, the Defence Minister is scheduled to go to
#: Nha Trang" (a name, then the plan; not "On Friday, Singh said India will ...")
_PLAN_AFTER = re.compile(r",\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){1,5}" + PLAN_WORD, re.IGNORECASE)
#: a thing made at a past happening, by its participle: "signed at", "adopted during", "agreed after", "held in" (not
#: "to be signed at", "being held in")
MADE_AT = (r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:signed|agreed(?:\s+upon)?|reached|concluded|adopted|announced|"
           r"inked|exchanged|unveiled|endorsed|approved|initiall?ed|held)\s+"
           r"(?:at|during|after|following|in|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of)\b")
#: what sets a weekday after a plan in the past: a thing made at a happening ("will build on a roadmap adopted at the
#: dialogue on Monday"), or the happening a plan follows (", following talks here on Wednesday")
_PAST_AFTER_PLAN = re.compile(MADE_AT + r"|,\s+(?:following|after)\s+(?:(?:the|their|his|her|its)\s+)?"
                              r"(?:[\w-]+\s+){0,2}(?:talks|meetings?|dialogue|visit|call|summit|discussions|"
                              r"consultations)\b", re.IGNORECASE)
#: a stay or activity told in the present up to its end: "is in Vietnam on an official visit through", "are holding
#: drills until"
STILL_THROUGH = (r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:in|on|here|there|visiting|touring|holding|conducting|"
                 r"staying)\b[^.;]{0,60}?\s(?:through|until|till)\s+")
#: a clause about what is still to come, up to a weekday: "will fly to Nha Trang on", "is due to arrive"
TO_COME = re.compile(PLAN_WORD + r"[^.;\n]*$|"
                     # "a five-day visit that runs through Friday": the end of a span still going on
                     r"\b(?:runs|lasts|continues|is\s+running)\s+(?:through|until|till)\s+$|"
                     # "is in Vietnam on an official visit through Friday", "are holding drills until Thursday": a
                     # present stay or activity told up to its end, still to come
                     + STILL_THROUGH + r"$|"
                     # "a three-day official visit to Vietnam that ends on Friday": the end still to come
                     r"\b(?:that|which)\s+(?:ends|concludes|closes|wraps\s+up)\s+(?:on\s+)?$|"
                     # "The secretary's three-day trip ends Wednesday": a span told by its end, still to come
                     r"\b(?:trip|visit|tour|stay|exercise|drills?)\s+(?:ends|concludes|wraps\s+up)\s+(?:on\s+)?$",
                     re.IGNORECASE)
#: "Biden is meeting Prime Minister Chinh on Wednesday": the present progressive of a meeting set for a weekday, still
#: to come (unless the weekday is the page's own: "are holding a drill off Da Nang on Friday" on a Friday's page)
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?:meeting|holding|hosting|receiving|visiting|signing|"
                                 r"calling\s+on)\b[^.;,]{0,80}$", re.IGNORECASE)

#: the present of a schedule, told of travel on from here: "On Wednesday he travels to Ho Chi Minh City", "He
#: flies on to Tokyo on Friday" (a headline's present, "Modi visits Hanoi", tells the past: not these verbs)
_ONWARD = r"(?:travels|flies|heads|leaves|departs|returns|moves\s+on|goes\s+on)"
_TO_A_PLACE = r"\s+(?:on\s+)?(?:to|for|back|home|out|(?-i:[A-Z]))"  # (not "now flies the Vietnamese ensign")
_ONWARD_AFTER = re.compile(r",?\s+(?:he|she|they|the\s+\w+|(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?)\s+" + _ONWARD
                           + _TO_A_PLACE)
_ONWARD_BEFORE = re.compile(r"\b" + _ONWARD + _TO_A_PLACE + r"[^.;\n]{0,60}?\s(?:on\s+)?$")  # (", the former Saigon,")
#: a weekday told in another zone's time: "On Monday, Vietnam time,", "Tuesday (Hanoi time)", "Monday local time"
_ZONE_DAY = re.compile(r",?\s*\(?\s*(?:local|(?-i:[A-Z])[a-z]+)\s+time\b")


def _day_of_the_span(e: DateExpr, last: DateValue | None, between: str | None) -> int | None:
    """The year of a span of days told just before (within two sentences) that holds a yearless day, if any."""
    if (e.kind != "month_day" or e.year is not None or e.rel or last is None or not last.is_range
            or last.precision != "day" or between is None or len(between) > 400
            or len(re.findall(r"[.!?]\s", between)) > 1):
        return None
    for y in sorted({last.start.year, last.end.year}):
        if valid_date(y, e.month, e.day) and last.start <= dt.date(y, e.month, e.day) <= last.end:  # type: ignore
            return y
    return None


#: a relative clause open up to a point: "The minister, who is on a visit that began on"
_CLAUSE_OPEN = re.compile(r",\s+(?:who|whom|whose|which|where)\b[^,;]*$", re.IGNORECASE)


def _in_a_clause(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` lies in a relative clause opened after ``lo`` and not yet closed by a comma."""
    return _CLAUSE_OPEN.search(text, max(lo, pos - 200), pos) is not None


def _plan_before(text: str, start: int) -> bool:
    """Whether a plan's clause runs up to the weekday at ``start`` with no past happening set in between."""
    plan = TO_COME.search(text, max(0, start - 80), start)
    return plan is not None and not _PAST_AFTER_PLAN.search(text, plan.start(), start)


def zone_day(text: str) -> bool:
    """Whether the text tells a weekday in another zone's time ("On Monday, Vietnam time,")."""
    return any(_ZONE_DAY.match(text, m.end()) for m in _WEEKDAY_WORD.finditer(text))

#: a clause of time hung on a year: "became a field exercise in 2022, when it was held ... from August 1 to 20"
_WHEN_ON_YEAR = re.compile(r"\b(?:19|20)\d\d,?\s+when\b[^.;]*$")
#: a sentence that opens on a year as its scene, then the opening of the next, up to its day: "In the autumn of
#: 2003, two events a week apart changed the tone. On " (not a year told inside the sentence: "since 2003")
_SCENE_YEAR = re.compile(r"(?:^|\n\s*|[.!?]\s+|\s[-–—]\s+)In\s+(?:(?:early|late|mid-?)\s*|the\s+(?:early|late|spring|"
                         r"summer|autumn|fall|winter|middle|(?:first|second)\s+half)\s+(?:months\s+)?of\s+)?(?P<y>(?:19|20)\d\d),[^.!?\n]*[.!?]\s+"
                         r"(?:On\s+)?$")
#: a step on in a story just told: "A week later, on 17 August", "The following week, ... from 19 to 22 November"
_NARRATIVE_STEP = re.compile(r"\b(?:(?:a|one|two|three|four|few|several|some)\s+(?:days?|weeks?)\s+later|"
                             # ("in late November 2020 ..., and less than a month afterwards, on 21 December")
                             r"(?:(?:less|more)\s+than\s+|barely\s+|just\s+|only\s+)?(?:a|one)\s+(?:month|fortnight)\s+"
                             r"(?:later|afterwards)|(?:days|weeks)\s+afterwards|"
                             r"(?:the\s+)?(?:following|next)\s+(?:day|week)|days\s+later|weeks\s+later)\b[^.;]*$",
                             re.IGNORECASE)
#: a thing described by its making, in apposition: ", a Shardul-class amphibious ship commissioned into the Indian Navy
#: in ", ", which was built in ", ", launched in "
_MADE_IN_APPOSITION = re.compile(r",\s+(?:(?:an?|the)\s+[^,;.]{0,60}?\s+|(?:which|that)\s+(?:was|were)\s+)?"
                                 r"(?:commissioned|built|launched|inducted|decommissioned|laid\s+down)\b[^,;.]{0,50}?"
                                 r"\bin\s+$", re.IGNORECASE)
#: a sentence that sets what it tells days or weeks off the story's day, and the next opening on that day: "The port
#: call came only days after a more important meeting in Washington. On November 10, ..."
_STEP_TOLD_BEFORE = re.compile(r"\b(?:days|weeks)\s+(?:after|before|earlier|later)\b[^.;!?]*[.!?]\s+(?:On\s+|By\s+)?$",
                               re.IGNORECASE)
#: between a past month and the next: a clause on, in the same sentence ("in June last year ..., and in July")
_AND_THEN_IN = re.compile(r"[^.;!?]{0,200}?,\s+and\s+(?:then\s+|later\s+)?", re.IGNORECASE)
#: a since-clause reaching the date: "since 1975", "since the war ended in 1975", "since American forces left in
#: 1973", "since the end of the war in 1975" (not "the first call since the war at Da Nang in March 2018", whose
#: date is the call's)
_SINCE_BOUND = re.compile(r"\bsince\s+(?:(?:[\w'’-]+\s+){1,5}?(?:[a-z]+ed|left|fell|began|came|took|won|became)\s+"
                          r"(?:in\s+|on\s+)?|(?:the\s+)?(?:end|fall|close|start|beginning)\s+of\s+(?:the\s+)?"
                          r"(?:[\w'’-]+\s+){1,3}?in\s+)?$", re.IGNORECASE)
#: a day told, then a comma: what follows in apposition places that day ("On 3 June, the day before the talks")
_APPOSED_COMMA = re.compile(r"\s*,\s*")
#: the happening an aside places a day against: "the day before the talks", "the day after his arrival"
_OF_A_HAPPENING = re.compile(r"\s+(?:the|his|her|their|its|a|an)\s+[a-z]", re.IGNORECASE)
#: a day on from (or before) the day told last, and which way
_DAY_STEP = {"the following day": 1, "the next day": 1, "the day after": 1, "a day later": 1,
             # (a time of the next day: "called on him the following afternoon", "The next morning Biden met")
             **{f"the {w} {t}": 1 for w in ("next", "following") for t in ("morning", "afternoon", "evening")},
             # (a guest's first full day is the day after the arrival told before it: "arrived in Hanoi on March 13.
             # On his first full day in the capital he held talks")
             **{f"{w} first full day": 1 for w in ("his", "her", "their")},
             "the previous day": -1, "the day before": -1, "a day earlier": -1,
             # ("On the eve of the talks, Hai called on Malhan": the day before the happening named, never a day
             # on from the date told last, nor a feast's eve: "on the eve of Easter")
             "the eve of": -1}
_TIME_OF_DAY = {"the morning", "the afternoon", "the evening"}
_FIGURES_BEFORE = re.compile(r"\d\s*$")
#: what comes just before the first word of a sentence (or a paragraph)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s|\n)\s*$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: the day a stay told last began: "called on the commander on the day of arrival"
ARRIVAL_DAY = {"the day of arrival", "the day of his arrival", "the day of her arrival", "the day of its arrival",
               "the day of their arrival", "the day they arrived", "the day it arrived", "the day he arrived",
               "the day she arrived"}
#: the day told last, again
_SAME_DAY = {"the same day", "same day", "that day", "earlier in the day", "later in the day", "later that day",
             "during the day", "the course of the day",
             "the same morning", "the same afternoon", "the same evening", "that afternoon", "that evening",
             "that same day", "within hours", "hours later", "a few hours later", "that morning", "that same morning",
             # ("A few hours earlier, Fernandes called on ...": the day just told; "hours before the signing" is the
             # signing's, read where the meeting before it is found)
             "hours earlier", "a few hours earlier",
             "later that morning", "later that afternoon", "later that evening", "that night",
             # ("... on Monday." then "In the afternoon Obama also met Prime Minister Phuc": of the day just told)
             "the morning", "the afternoon", "the evening",  # (read without their "in")
             *ARRIVAL_DAY}



#: a weekday or a day counted from the page's day: in a page dated only to the month, a day of that month
_MONTH_OF_THE_PAGE = {"on", "this", "last", "today", "yesterday", "this morning", "this afternoon", "this evening",
                      "tonight", "yesterday morning", "yesterday afternoon", "yesterday evening", "last night",
                      "last evening",
                      "late on"}


def _relative(rel: str, now: DateValue | None, day_now: dt.date | None,
              last: DateValue | None) -> tuple[DateValue | None, str]:
    if rel in _SAME_DAY:
        if last is not None and last.precision == "day":
            return day_value(last.start, "relative"), f"same day as {last.iso_start()}"
        if day_now is not None and rel != "that day" and rel not in ARRIVAL_DAY:
            return day_value(day_now, "relative"), "the article's date"
        return None, "no day to refer to"
    if rel in _DAY_STEP:
        step = _DAY_STEP[rel]
        if last is not None and last.precision == "day":
            return (day_value(last.start + dt.timedelta(days=step), "relative"),
                    f"{rel} after {last.iso_start()}" if step > 0 else f"{rel} {last.iso_start()}")
        if last is not None and last.precision == "month" and not last.is_range:
            # "called at Ho Chi Minh City in December 2020 ..., and the next day carried out a passage exercise": a
            # day of that month, which day not told
            return (month_value(last.start.year, last.start.month, "relative"),
                    f"{rel} after a day of {last.iso_start()}")
        if rel == "a day earlier" and day_now is not None:
            # "the dialogue, which he co-chaired in Hanoi a day earlier": before the day the report tells
            return day_value(day_now - dt.timedelta(days=1), "relative"), "a day before the article's date"
        return None, "no day to refer to"
    if rel.startswith("the ") and rel.split()[1:2] != ["same"] and rel.endswith(
            ("month", "year", "month before", "month after", "year before", "year after")):
        # "The following month, Giang made his first visit": a month (or year) on from the date just told
        step = -1 if ("previous" in rel or rel.endswith("before")) else 1
        if last is None or ("month" in rel and last.precision not in ("day", "week", "month")):
            return None, "no month to count from"
        if "month" in rel:
            return months_on(last.start, step, "relative"), f"{rel}: from {last.iso_start()[:7]}"
        return year_value(last.start.year + step, "relative"), f"{rel}: from {last.start.year}"
    if rel.endswith("the month"):
        # "Later in the month": the month of the day just told, or the article's (a month told last is more often a
        # background's: "supplies sent in April and May. Earlier in the month, officials held a videoconference")
        if last is not None and last.precision in ("day", "week"):
            return month_value(last.start.year, last.start.month, "relative"), f"{rel}: {last.iso_start()[:7]}"
        if now is not None and now.precision in ("day", "week", "month"):
            return month_value(now.start.year, now.start.month, "relative"), f"{rel}: the article's month"
        return None, "no month to refer to"
    if rel in ("the following week", "the week after"):
        # "The following week the destroyer arrived": the week on from the day (or week) just told; of a month
        # just told, that month
        step = 7
        if last is not None and last.precision in ("day", "week"):
            monday = last.start - dt.timedelta(days=last.start.weekday()) + dt.timedelta(days=step)
            return (DateValue(monday, monday + dt.timedelta(days=6), "week", "relative"),
                    f"{rel}: from {last.iso_start()}")
        if last is not None and last.precision == "month":
            return month_value(last.start.year, last.start.month, "relative"), f"{rel}: in {last.iso_start()[:7]}"
        return None, "no week to count from"
    if rel.endswith(("that month", "same month", "that year", "same year")):
        # "later that month": the month (or year) of the date just told
        if last is None or (rel.endswith("month") and last.precision not in ("day", "month")):
            return None, "no month to refer to"
        if rel.endswith("month"):
            return month_value(last.start.year, last.start.month, "relative"), f"{rel}: {last.iso_start()[:7]}"
        return year_value(last.start.year, "relative"), f"{rel}: {last.start.year}"
    if day_now is not None:
        offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "this morning": 0, "this afternoon": 0,
                   "this evening": 0, "tonight": 0, "yesterday morning": -1, "yesterday afternoon": -1,
                   "yesterday evening": -1, "last night": -1, "last evening": -1}
        if rel in offsets:
            return day_value(day_now + dt.timedelta(days=offsets[rel]), "relative"), f"{rel} from the article's date"
        if rel.endswith("week"):
            shift = {"last": -7, "this": 0, "next": 7, "earlier": 0}[rel.split()[0]]
            monday = day_now - dt.timedelta(days=day_now.weekday()) + dt.timedelta(days=shift)
            if rel.startswith("earlier"):  # "earlier this week": from Monday up to the day before the article's
                return (DateValue(monday, max(monday, day_now - dt.timedelta(days=1)), "week", "relative"),
                        f"{rel} from the article's date")
            if rel == "last week" and day_now.weekday() == 6:
                # a Sunday's page: "last week" is the working week it closes, Monday to Saturday
                monday = day_now - dt.timedelta(days=6)
                return (DateValue(monday, monday + dt.timedelta(days=5), "week", "relative"),
                        f"{rel} from the article's date (a Sunday: the week it closes)")
            return (DateValue(monday, monday + dt.timedelta(days=6), "week", "relative"),
                    f"{rel} from the article's date")
    if now is not None and now.precision in ("day", "week", "month"):
        ref = now.start
        if rel in ("last month", "this month", "next month", "earlier this month"):
            shift = {"last": -1, "next": 1}.get(rel.split()[0], 0)
            return months_on(ref, shift, "relative"), f"{rel} from the article's date"
    if now is not None:
        y = now.start.year
        years = {"last year": y - 1, "this year": y, "earlier this year": y, "later this year": y,
                 "next year": y + 1}
        if rel in years:
            return year_value(years[rel], "relative"), f"{rel} from the article's year"
    return None, "no article date to count from"


@lru_cache(maxsize=1)
def stamp_months() -> tuple[re.Pattern[str], dict[str, int]]:
    """A day, a month named in one of the languages translated pages keep in their stamps (data/month_names.csv,
    full and abbreviated forms) and a year: "5 mars 2018", "13 ottobre 2011", "14 de junio de 2022", "5.mar.2018"."""
    # (each as written and as the page's text is read, its accents folded: "kesäkuuta", "kesakuuta")
    months = {form: int(r["month"]) for r in load_csv("month_names.csv")
              for form in (r["name"].lower(), fold(r["name"]).lower())}
    # (and English's own, written small in a stamp's short line: "june 9, 2022 10:46:05")
    months.update({name: month for name, month in MONTHS.items() if len(name) > 3})
    names = trie_pattern(months)  # (factored: a plain alternation of 400 names is tried name by name at each place)
    # ("10 de septiembre de 2023": the Spanish "de" between the parts; "5.mar.2018", "7-set-2021": the parts joined
    # by full stops or hyphens, as Brazilian and Italian pages write an abbreviated month)
    # (a full stop may close the year, as Serbian, Croatian and Hungarian pages write it: "12. oktobar 2016.";
    # Hungarian puts the year first: "2016. szeptember 7., szerda")
    end = r"(?![\w/-])(?!\.[\w/-])"
    # (a weekend edition's two days: "Samedi-dimanche 7-8 juillet 2007", "Lørdag/søndag 7./8. juli 2007")
    return re.compile(rf"(?<![\w/.-])(?:(?P<d0>\d{{1,2}})\.?\s*[-–/]\s*)?"
                      rf"(?P<d>\d{{1,2}})(?:\.?\s+|(?P<j>[.-]))(?:de\s+)?(?P<m>{names})"
                      rf"(?(j)\.?[.-]|\.?\s+)(?:de\s+)?(?P<y>(?:19|20)\d\d){end}|"
                      rf"(?<![\w/.-])(?P<m2>{names})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d){end}|"
                      rf"(?<![\w/.-])(?P<y3>(?:19|20)\d\d)\.\s*(?P<m3>{names})\s+(?P<d3>\d{{1,2}})\.?{end}",
                      re.IGNORECASE), months


#: "Published" and "Updated" in the languages translated pages keep in their stamps ("Publicerad 2021-07-29 14:05"),
#: from data/stamp_labels.csv, as written and with their accents folded; a regex alternation
STAMP_LABELS = trie_pattern({form for r in load_csv("stamp_labels.csv") for form in (r["label"], fold(r["label"]))},
                            flexible_space=True)


@lru_cache(maxsize=1)
def _cell_month_day() -> re.Pattern[str]:
    _pattern, months = stamp_months()
    names = trie_pattern(months)
    # ("Liepos 29 d.", as Lithuanian pages write the day; "29. heinäkuuta"; a weekday first: "Monday, July 29")
    return re.compile(rf"(?:[^\W\d_]+,?\s+)?(?:(?P<m>{names})\.?\s+(?P<d>\d{{1,2}})(?:\s*d\.)?|"
                      rf"(?P<d2>\d{{1,2}})\.?\s+(?:de\s+)?(?P<m2>{names}))\.?", re.IGNORECASE)


#: a stamp's day and month in figures, each closed by a full stop and no year, then perhaps its time, as Finnish,
#: German and Nordic pages write today's stories: "10.9. 17:48", "Päivitetty 10.9. 20:15", "3.11. um 06:12 Uhr"
_DOTTED_DAY_CELL = re.compile(r"(?:[^\W\d_]+:?\s+)?(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\."
                              r"(?:,?\s+(?:klo\s+|kl\.?\s+|um\s+|at\s+)?[0-2]?\d[:.][0-5]\d(?:\s+Uhr)?)?")


def dotted_day_cell(cell: str) -> tuple[int, int] | None:
    """The month and day of a stamp cell written "10.9. 17:48" (day first, no year), else None."""
    m = _DOTTED_DAY_CELL.fullmatch(cell.strip())
    if m is None or not valid_date(2000, int(m.group("m")), int(m.group("d"))):
        return None
    return int(m.group("m")), int(m.group("d"))


@lru_cache(maxsize=1)
def _page_weekdays() -> dict[str, int]:
    """Weekday names in the languages of translated pages (data/weekday_names.csv; 0 is Monday), as written and
    with their accents folded."""
    return {form: int(r["weekday"]) for r in load_csv("weekday_names.csv")
            for form in (r["name"].lower(), fold(r["name"]).lower())}


def page_weekday(cell: str) -> int | None:
    """The weekday a stamp cell opens on, named in the page's language ("Fredag 10. juni", "mercoledì 3 giugno"):
    0 for Monday ... 6 for Sunday; None if it opens on no weekday."""
    m = re.match(r"\s*([^\W\d_][\w'ʼ-]*)", cell)
    return _page_weekdays().get(m.group(1).lower()) if m else None


#: a stamp's time of day and what follows it: " kl 17.45", " um 06:12 Uhr", ", 09:15 | Updated ..."
_CLOCK_TAIL = re.compile(r",?\s*(?:kl\.?|klo|um|at|à|alle|às|o)?\s*[0-2]?\d[:.][0-5]\d\b.*$", re.IGNORECASE)


def without_clock(cell: str) -> str:
    """A stamp cell without its time of day and what follows it ("onsdag 25 augusti kl 17.45": "onsdag 25 augusti")."""
    return _CLOCK_TAIL.sub("", cell)


def foreign_month(cell: str) -> bool:
    """Whether a cell names a month in a language other than English ("giugno", "Juni", "junio")."""
    months = stamp_months()[1]
    return any(w in months and w not in MONTHS for w in re.findall(r"[^\W\d_]+", cell.lower()))


def cell_month_day(cell: str) -> tuple[int, int] | None:
    """The month and day of a cell that is only a day without its year, its month in English or in one of the
    languages of data/month_names.csv: "July 29", "Liepos 29 d.", "29. heinäkuuta"."""
    m = _cell_month_day().fullmatch(cell.strip())
    if m is None:
        return None
    months = stamp_months()[1]
    mo = months[(m.group("m") or m.group("m2")).lower()]
    d = int(m.group("d") or m.group("d2"))
    return (mo, d) if valid_date(2000, mo, d) else None

