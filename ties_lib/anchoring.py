"""Anchoring an article in time: its publication date, and the reference point for its dates.

The codebook's order of evidence: a ` date` header or a date line/dateline states the date;
without one, the text's own arithmetic ("the 10th anniversary of ... July 2013"), its latest
dated fact, or the years in which every official named held the office the text gives them
(the dated tenures of the actor base, up to the day the base was last checked, never the clock).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from . import actors as actors_mod
from .data import load_csv
from .dates import (
    IN_ANOTHER_LANGUAGE,
    MONTHS,
    NUMERIC_DATE,
    PLAN_WORD,
    STAMP_LABELS,
    TO_COME,
    WD,
    WEEKDAYS,
    YEAR_OFFSET,
    Anchor,
    DateExpr,
    cell_month_day,
    day_first_in_words,
    day_value,
    dotted_day_cell,
    figure_order,
    find_dates,
    foreign_month,
    live_day_headings,
    month_value,
    number_value,
    numeric_order,
    page_weekday,
    resolve,
    stamp_months,
    valid_date,
    vietnamese_page,
    without_clock,
    year_value,
)
from .lookup import within
from .records import DateValue, Sentence
from .text import URL_LINE, fold, sentence_at

#: A wire dateline: "HANOI, June 8 (Reuters) -", "NEW DELHI, Dec 16, 2022 (PTI) –".
WIRE_DATELINE = re.compile(
    # (after the agency's name in brackets, as Asian agencies set it: "(KPL) New Delhi, 7 July 2007 -")
    # (or with a dash after it, as ANSA sets it: "(ANSA) - NEW DELHI, JULY 6 -")
    r"^\s*(?:\([A-Z]{2,8}\)\s+(?:[-–—]\s+)?)?"
    # (or labelled, as newsletters set it: "Dateline: Bangkok, Friday 13 December")
    r"(?:Dateline:\s*)?"
    # "Cam Ranh [Vietnam],", "PORT MORESBY, Papua New Guinea"
    # (or a US state as the wires abbreviate it: "NORFOLK, Va., Oct. 9, 2024 -", "WASHINGTON, D.C., May 2 -")
    r"[A-Z][A-Za-z .'-]{1,40}(?:\s*[(\[][A-Za-z .'-]{2,30}[)\]]|"
    r",\s+(?:[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.)(?:\s+[A-Z][a-z]+){0,2})?"
    # (or the date in brackets, as US military releases set it: "DA NANG, Vietnam (June 28, 2023) —")
    # (its year may be left out: "DONG HA, Vietnam (Dec. 3) —")
    r"(?:,\s+|\s+\((?=(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{1,2}(?:,\s+\d{4})?\)\s*[-–—])|"
    # (or the source and the date in brackets, as regional news services set it: "SUVA, Fiji (Pacnews, June 3) ---")
    r"\s+\([A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,4},\s+(?=[\w., ]{4,20}\)\s*[-–—])|"
    # (or no comma after a city in capitals, as Malaysian papers set it: "HANOI 5 June - United States ...")
    r"(?<=[A-Z]{2})\s+(?=\d{1,2}\s+[A-Z][a-z]{2,8}\s+[-–—]\s)|"
    # (or a dash between a city in capitals and its day, on a line of its own or before another dash:
    # "TOKYO — July 24", "HANOI – 5 June – The ...")
    r"(?<=[A-Z]{2})\s+[-–—]\s+(?=(?:(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+\d{4})?[ \t]*(?:\n|[-–—]\s)))"
    # "DANANG, Vietnam, March 5 (Reuters) -"
    # "June 8", "Dec. 16, 2022", and day first as Indian wires write it: "13 OCT", "13 October"
    # (its weekday may come first: "Bangkok, Friday 13 December", "HANOI, Tuesday, May 23 -")
    r"(?:(?P<wday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+)?"
    r"(?P<date>(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?"
    r"(?:,?\s+\d{4}|\s+'?\d{2}(?=[ \t]*\n))?|"  # (and "Chennai, 02 Oct 18" on its own line: a two-figure year)
    # "New Delhi, 22/7 (Agency):", "Quang Tri, 15/3 - ": day first as Indian and Vietnamese wires write it
    # (or with its year: "QUANG TRI, 17/07/2024 -", "Hanoi, 21.3.2025" on a line of its own)
    # (its dash doubled as some wires type it: "MY THO, 14/10/2022 -- A joint team")
    r"\d{1,2}[/.]\d{1,2}(?:[/.](?:19|20)\d\d)?(?=\s*\(|\s+[-–—]{1,3}\s|(?<=\d{4})[ \t]*\n))\s*"
    r"(?:\)\s*[-–—]|\([^)]{1,30}\)\s*[-–—:]?|[-–—:]|[ \t]*(?=\n)|"  # (or a line of its own: "Chandigarh, August 18")
    r"\s+[A-Z]{2,8}\s*[-–—]|"  # (or the agency bare, as AKP sets it: "Phnom Penh, November 3, 2025 AKP --")
    # (or a full stop, as Indian papers set it: "HANOI, MARCH 28. India and ...", "Ambala, 4 November. The fifth ...")
    r"(?<=[\dA-Za-z])\.(?:\s*[-–—])?(?=\s)|"
    r"/\s*[A-Z][A-Za-z&-]{1,20}(?:\s+[A-Z][A-Za-z&-]+){0,2}[ \t]*(?=\n|[-–—:]))")  # "New Delhi, 6 July / PTI"


#: a cell naming the day of its issue: "Issue of August 9", "Edition dated 9 August", "Week of March 20"
_ISSUE_OF_DAY = re.compile(r"^\W*(?:(?:issue|edition)\s+(?:of|dated|for)|week\s+of)\s+", re.IGNORECASE)


def _figures_dateline(wire: Dateline) -> DateExpr | None:
    """ "22/7" in a wire's dateline: a day and a month, day first (the only order wires that write figures use;
    "17/07/2024" with its year);
    "02 Oct 18": a day, a month and a year of two figures, as service press notes write them."""
    yy = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+'?(\d{2})", wire.date)
    if yy is not None and yy.group(2).lower().rstrip(".") in MONTHS:
        y, mo, d = 2000 + int(yy.group(3)), MONTHS[yy.group(2).lower().rstrip(".")], int(yy.group(1))
        return DateExpr(wire.start, wire.end, wire.date, "date", y, mo, d) if valid_date(y, mo, d) else None
    full = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)", wire.date)
    if full is not None:
        # "QUANG TRI, 17/07/2024 -": day first, unless the day can only be the second figure ("7/17/2024")
        a, b, y = int(full.group(1)), int(full.group(2)), int(full.group(3))
        d, mo = (b, a) if b > 12 >= a else (a, b)
        return DateExpr(wire.start, wire.end, wire.date, "date", y, mo, d) if valid_date(y, mo, d) else None
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})", wire.date)
    if m is None or not valid_date(2000, int(m.group(2)), int(m.group(1))):
        return None
    return DateExpr(wire.start, wire.end, wire.date, "month_day", None, int(m.group(2)), int(m.group(1)))


@dataclass(frozen=True)
class Dateline:
    """A wire dateline found in a text: its span and its date as written."""

    start: int
    end: int
    date: str
    text: str


#: a year alone on the line before: a timeline's heading
_YEAR_ALONE_LINE = re.compile(r"^[ \t#*_]*(?:19|20)\d\d[ \t*_]*:?[ \t]*$", re.MULTILINE)
_YEAR_ALONE_BEFORE = re.compile(r"(?:^|\n)[ \t#*_]*(?:19|20)\d\d[ \t*_]*:?[ \t]*\n+$")


def find_wire_dateline(text: str, lines: int = 6) -> Dateline | None:
    """The wire dateline that opens the story: at the text's start, or at the start of one of its first
    lines when a headline or an agency's name comes first ("Rumsfeld ... Contacts / American Forces Press
    Service / HANOI, Vietnam, June 5, 2006 – ..."), but never after a paragraph of prose."""
    pos = 0
    timeline = len(_YEAR_ALONE_LINE.findall(text)) > 1
    live_days = {s for s, _e in live_day_headings(text)}
    for _ in range(lines):
        m = WIRE_DATELINE.match(text[pos:pos + 120])
        if (m is not None and not (timeline and _YEAR_ALONE_BEFORE.search(text, max(0, pos - 12), pos))
                and pos not in live_days):
            # (not a timeline's entry under the year heading it: "2022\nHanoi, 8 Jun - Singh holds talks\n\n2023...";
            # nor a live page's day heading: "SUNDAY, SEPTEMBER 10\n\n3:05 p.m. - Air Force One has touched down")
            return Dateline(pos + m.start(), pos + m.end(), m.group("date"), m.group(0))
        nl = text.find("\n", pos)
        if nl < 0 or nl - pos >= 140:  # the line was prose: a dateline comes before the story's text
            return None
        pos = nl + 1
        while text.startswith("\n", pos):
            pos += 1
    return None


def live_page_day(text: str) -> Dateline | None:
    """The latest of a live page's day headings ("MONDAY, SEPTEMBER 11" over "SUNDAY, SEPTEMBER 10", or under it):
    a live page with no stamp of its own was last written on its latest day, as a wire's dateline tells its day."""
    days = []
    for s, e in live_day_headings(text):
        expr = next((x for x in find_dates(text[s:e]) if x.kind in ("month_day", "date") and x.day), None)
        if expr is not None:
            days.append(((expr.year or 0, expr.month or 0, expr.day), s, e, expr.text))
    if not days:
        return None
    _key, s, e, told = max(days)
    return Dateline(s, e, told, text[s:e])


#: two full dates joined by a dash, and nothing else: a span ("June 2, 1944 – October 4, 2023")
_ONE_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
#: a full day with its year opening a stamp's text, its weekday before it or not ("Monday 9 July 2007, 7 pm")
_FULL_DAY_OPENS = re.compile(rf"(?:(?:{WD}),?\s+)?{_ONE_DATE}\b")
_SPAN_OF_DATES = re.compile(_ONE_DATE + r"\s*[-–—]\s*" + _ONE_DATE)
_DATELINE = re.compile(r"^(?:[-–—]{1,3}\s*)?"  # ("-- Posted 12/03/2025 | Filed under: Navy": after a rule's dashes)
                       r"(?:[\[(](?:editor|edited|reporting|reported|writing|written|translated|translation|"
                       r"compiled|source|photo|by)\b[^\])\n]{0,80}[\])]\s*)?"  # ("[Editor: Lim] Published ...")
                       r"\(?(?:this\s+(?:article|story|page)\s+was\s+)?"
                       # (a newsletter's: "Sent Friday 1 July 2022 | You are receiving this because ...")
                       r"(?:posted|published|released|updated|last updated|(?:first\s+)?(?:aired|broadcast)|"
                       r"sent|e-?mailed|" + STAMP_LABELS + r")"
                       r"(?:\s+(?:on|am|il|le|el|em|op|den))?\s*:?\s+(?P<rest>.*)$|"
                       # "By Jane Doe | May 3, 2022"; "Source: Xinhua | 2015-05-26 10:18:20", as Chinese outlets set it,
                       # or with the stamp in brackets after a gap: "Source: Global Times   [00:47 August 11 2010]"
                       r"^(?:by|source\s*:)\s+[^|\n\[]{2,60}?(?:\s(?:\||·|•|-|–|—)\s*|\s*\[(?=[^\]\n]*\d[^\]\n]*\]))"
                       r"(?P<stamp>.*\d.*)$|"
                       # an archive's date before its byline: "March 14, 2000|By KEVIN DUNLEAVY; Courant Staff Writer"
                       r"^(?P<first>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*(?:\||·|•)\s*by\s|"
                       # a day and a colon opening the first paragraph: "June 11, 2012: On June 3rd the U.S. ..."
                       r"^(?P<lead>(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|"
                       r"\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8}\.?,?\s+\d{4}):\s+(?=(?-i:[A-Z]))|"
                       # a stamp after a byline's bar: "(Seoul=News1) Reporter Park | Published 2018.03.05 15:12 | ..."
                       # (or a photo agency's cells: "Date Taken: 06.25.2023 | Date Posted: 06.25.2023 09:41")
                       # (or a broadcast's: "Segment 3 of 6 | Aired 21:30 IST, Tue 12 Jan")
                       r"^[^|·•\n]{2,80}(?:\||·|•)\s*(?:date\s+)?"
                       r"(?P<plabel>posted|published|released|dispatched|updated|last updated|"
                       r"(?:first\s+)?(?:aired|broadcast))"
                       r"(?:\s+on)?\s*:?\s+"
                       r"(?P<piped>[^|·•\n]*\d[^|·•\n]*)|"
                       # a stamp, then the page's source or author: "2016-09-03 21:47:05  Source: Guancha.cn  Author: X"
                       r"^\s*(?P<sourced>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+"
                       r"(?:source|author|by|from|editor)\s*:",
                       re.IGNORECASE | re.MULTILINE)


#: a line that is only a date labelled as the page's: "Story date: 03/14/2023", "Date posted: 12 May 2021",
#: "Publication date: June 3, 2019" (not a photo's "Date taken:")
_DATE_LABEL_LINE = re.compile(r"\s*(?:(?:story|article|publication|release|issue|news|posting)\s+date|"
                              r"date\s+(?:posted|published|released|of\s+publication))\s*:\s*(?P<d>[^|\n]{6,40}?)\s*|"
                              # ("Letter dated 19 March 2025. Reproduction with credit.": what the page is, dated, then
                              # a note of its own)
                              r"\s*(?:letter|newsletter|bulletin|brief|dispatch)\s+dated\s+(?P<dd>[^|\n]{4,30}?(?:19|20)\d\d)"
                              r"\.?(?:\s+(?-i:[A-Z])[^\n]{0,80})?\s*",
                              re.IGNORECASE)


def _date_labelled_line(lines: list[str]) -> tuple[DateValue, str] | None:
    """The day a line labels as the page's own ("Story date: 03/14/2023"), with its year, on a line of its own."""
    for line in lines:
        m = _DATE_LABEL_LINE.fullmatch(line)
        if m is None:
            continue
        told = m.group("d") or m.group("dd")
        numeric = _numeric_date(told)
        if numeric is not None and numeric.precision == "day":
            return numeric, line.strip()
        e = next((e for e in find_dates(told) if e.kind == "date" and e.year), None)
        if e is not None:
            d = dt.date(e.year, e.month, e.day)  # type: ignore[arg-type]
            return DateValue(d, d, "day", "stated"), line.strip()
    return None


#: a stamp's date, then the page's tags or section: "Sep 16th, 2014 with tags Asia", "12 May 2019 in News, Asia"
_STAMP_THEN_TAGS = re.compile(r"^\S[^.;]{4,30}?\b(?:19|20)\d\d\s+(?:with\s+tags?|in|under|tags?:?|filed\s+under)\s",
                              re.IGNORECASE)


#: a transcript's stamp of the month it was recorded, alone on its line: "Recorded July 2023", "Recorded: March 2021"
_RECORDED_IN = re.compile(r"recorded(?:\s+in)?\s*:?\s+(?P<when>(?-i:[A-Z])[a-z]{2,8}\.?\s+(?:19|20)\d\d)\.?",
                          re.IGNORECASE)


#: a page's release told inside a line of its head or foot, with its full day: "Recorded Monday; released 9 April
#: 2025.", "Episode released 14 February 2025. Subscribe ..."
_RELEASED_DAY = re.compile(r"\b(?:episode\s+|first\s+)?(?P<how>released|recorded)\s+(?:on\s+)?"
                           r"(?P<date>\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8}\.?,?\s+(?:19|20)\d\d|"
                           r"(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)\b", re.IGNORECASE)


def _released_day(lines: list[str]) -> tuple[DateValue, str] | None:
    """The day a transcript's head or foot says it was released (or, told alone, recorded: "Episode recorded
    December 3, 2024."), when one line says so and no other disagrees."""
    days: dict[str, set[tuple[dt.date, str]]] = {"released": set(), "recorded": set()}
    for line in lines:
        for m in _RELEASED_DAY.finditer(line):
            e = next((f for f in find_dates(m.group("date")) if f.kind == "date" and f.year), None)
            if e is not None and valid_date(e.year, e.month, e.day):  # type: ignore[arg-type]
                days[m.group("how").lower()].add((dt.date(e.year, e.month, e.day), line.strip()))  # type: ignore
    told = days["released"] or days["recorded"]
    if len({d for d, _l in told}) != 1:
        return None
    d, line = told.pop()
    return day_value(d, "stated"), line


def _recorded_month(line: str) -> tuple[DateValue, str] | None:
    """ "Recorded July 2023", a transcript's only stamp, alone on its line: the month it was made, as an issue's."""
    recorded = _RECORDED_IN.fullmatch(line.strip())
    month = next((e for e in find_dates(recorded.group("when")) if e.kind == "month_year" and e.year and e.month),
                 None) if recorded is not None else None
    return (month_value(month.year, month.month, "stated"), line.strip()) if month is not None else None  # type: ignore


#: a dateline with its day first and its place after a dash: "July 30 — Naha", "30 July – Tokyo:"
_DATE_THEN_PLACE = re.compile(r"^\s*(?P<date>(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8})"
                              r"\s+[-–—]\s+(?-i:[A-Z])[A-Za-z.'-]+(?:\s+(?-i:[A-Z])[A-Za-z.'-]+){0,2}\s*(?:$|[-–—:]\s)")
_DAY_AND_CLOCK_LINE = re.compile(rf"(?:{WD}),?\s+(?P<date>(?-i:[A-Z])[a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+"
                                 r"(?-i:[A-Z])[a-z]{2,8})\s*[-–—|,·]\s*[0-2]?\d[:.][0-5]\d\s*(?:[ap]\.?m\.?)?"
                                 r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?", re.IGNORECASE)
#: an issue line, then its weekday and day without a year: "Vol. 6, No. 38 - Friday, September 23", "Issue 41 |
#: Monday, 17 October"
_ISSUE_THEN_DAY = re.compile(rf"(?:vol\.?|volume|issue|no\.?)\s*\d[^|·•–—\n]{{0,30}}?\s[-–—|·•]\s*(?:{WD}),?\s+"
                             r"(?P<date>(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8})\s*",
                             re.IGNORECASE)
_PLACE_WORDS = r"(?-i:[A-Z])[A-Za-z.'-]+(?:\s+(?-i:[A-Z])[A-Za-z.'-]+){0,2}"
_PLACES_THEN_DATE = re.compile(rf"{_PLACE_WORDS}\s*/\s*{_PLACE_WORDS},\s+"
                               r"(?P<date>(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8})")
#: a page's sign-off, where and when it was made: "Edited in Uppsala, 22 September 2023.", "Written in Hanoi on 3
#: May 2019"
_SIGNED_IN = re.compile(r"\b(?:edited|written|filed|compiled|published|printed|posted|"
                        # ("This brief was completed on 14 February 2012.": the day a brief was finished)
                        r"completed|prepared|finali[sz]ed)\s+"
                        # (or with no place: "This edition was written on Friday, 16 March 2018.")
                        rf"(?:(?:in|at|from)\s+{_PLACE_WORDS},?\s+(?:on\s+)?|on\s+)(?P<date>[^.]{{6,30}}?)\.?\s*$",
                        re.IGNORECASE)


_FIRST_PRINTED = re.compile(r"\b(?:first|originally|earlier|previously)\s+$", re.IGNORECASE)


def _signed_in(lines: list[str]) -> tuple[DateValue, str] | None:
    """The day of a sign-off among a page's last lines: "Edited in Uppsala, 22 September 2023."."""
    for line in reversed(lines):
        m = _SIGNED_IN.search(line)
        if m is not None and _FIRST_PRINTED.search(line, 0, m.start()):
            continue  # ("This essay was first published in Hanoi on 3 May 2019": a reprint's source, not this page)
        e = next(iter(find_dates(m.group("date"))), None) if m is not None else None
        if e is not None and e.kind == "date" and e.year and e.month and e.day and valid_date(e.year, e.month, e.day):
            return day_value(dt.date(e.year, e.month, e.day), "stated"), m.group(0).strip()  # type: ignore[union-attr]
    return None


#: a stamp's label and its colon: "Broadcast: ", "Posted: "
_LABEL_COLON = re.compile(r"\(?[A-Za-z ]{4,30}:\s")
#: a stamp's place and year only: "Hanoi, 2023", "2023"
_PLACE_AND_YEAR = re.compile(r"(?:(?-i:[A-Z])[\w.'-]+(?:\s+(?-i:[A-Z])[\w.'-]+){0,2},?\s+)?(?:19|20)\d\d\.?")
#: a sign-off in brackets at a page's foot, and who signs it: "(Kobe Pacific Letter editorial office, 5 August)"
_BRACKETED_SIGN_OFF = re.compile(r"\(\s*([^()]{3,80}?)\s*\)\.?")
#: a letter's note of where and when it was written, at its foot: "Written from Geelong, Victoria, on Sunday 1
#: December.", "Filed from Hanoi on 3 May."
_WRITTEN_FROM = re.compile(r"(?:written|filed|sent|posted)\s+(?:from|in|at)\s+(?-i:[A-Z])[^.;:]{1,50}?,?\s+on\s+"
                           r"(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+"
                           r"(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?))\b", re.IGNORECASE)
_SIGNER = re.compile(r"(?-i:[A-Z])[\w.'&-]*(?:\s+[\w.'&-]+){0,7}")
#: a stamp's date, then its author: "June 3 by Mac Reilly", "12 March 2021, by Staff Writer"
_STAMP_THEN_AUTHOR = re.compile(r"(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+"
                                r"(?-i:[A-Z])[a-z]{2,8}\.?)(?:,?\s+(?:19|20)\d\d)?,?\s+by\s+(?-i:[A-Z])",
                                re.IGNORECASE)


def anchor_article(header: str, dropped: str, text: str, sentences: list[Sentence],
            exprs: list[DateExpr], periods: list[tuple[int, int, int, int]], top: str = "",
            vietnamese: bool = False, title: str = "") -> tuple[Anchor, DateValue | None, str, str]:
    """The article's reference point, per the codebook's order of evidence.

    The publication date is the page's; the day its relative dates count from is the day the text was
    written as it stands: a wire dateline filed up to three days before the page's date ("Hanoi, March 28:"
    under a paper of Wednesday, March 29: "tonight" is the 28th), or an update stamp up to three days after
    it ("Published 10/09/2023 • Updated 11/09/2023": "On Monday" counts from the 11th).
    """
    anchor, published, basis, evidence = _anchor_and_published(header, dropped, text, sentences, exprs, periods,
                                                               top, vietnamese, title)
    told = _updated_day(evidence, published, exprs) or _filed_day(text, anchor.now) or next(
        # a dateline set on a line of its own above the headline, taken as the page's furniture ("HANOI, Jan 8")
        (got for line in top.splitlines() if (got := _filed_day(line.strip() + "\n", anchor.now))), None)
    if told is not None:
        anchor = Anchor(now=told[0], facts=anchor.facts, note=told[1])
    return anchor, published, basis, evidence


def _updated_day(evidence: str, published: DateValue | None, exprs: list[DateExpr]
                 ) -> tuple[DateValue, str] | None:
    """The day of an update stamp in the date line, one to three days after the publication day."""
    updated = _UPDATED.search(evidence)
    if updated is None or published is None or published.precision != "day":
        return None
    rest = evidence[updated.end():]
    later = _numeric_date(rest, exprs) or next(
        (day_value(dt.date(e.year, e.month, e.day), "stated") for e in find_dates(rest)  # type: ignore[arg-type]
         if e.kind == "date" and e.year), None)
    if later is not None and later.precision == "day" and 0 < (later.start - published.start).days <= 3:
        return later, f"updated {later.iso_start()}"
    return None


#: a dateline that gives the day alone, as Indian papers print it: "(Agencies) New Delhi, Dt. 6"
#: or as Chinese- and Japanese-language papers do, by its ordinal: "(New Delhi, 6th — combined wire reports)",
#: "(Hanoi, 17th, combined dispatches)"
_DAY_ONLY_DATELINE = re.compile(r"^\s*(?:\([A-Za-z .&]{2,30}\)\s*)?\(?(?-i:[A-Z])[A-Za-z .'-]{1,40},\s+"
                                r"(?:(?:Dt|Dated)\.?\s*(?P<d>[0-3]?\d)\b|(?P<o>[0-3]?\d)(?:st|nd|rd|th)\s*[-–—:(,])",
                                re.IGNORECASE | re.MULTILINE)


#: a dateline with a weekday for its day: "HANOI, Wednesday (PTI/AFP)", "NEW DELHI, Monday:" (or set apart by a
#: bar or a dot, as a page's head sets its cells: "Hanoi | Wednesday", "NEW DELHI · Monday")
_WEEKDAY_DATELINE = re.compile(r"^\s*(?-i:[A-Z])[A-Za-z .'-]{1,40}(?:,|\s*[|·•])\s+"
                               r"(?P<w>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                               r"\s*(?:\([A-Za-z ./&]{2,30}\)\s*)?(?:[-–—:]|$)", re.IGNORECASE | re.MULTILINE)


def _filed_day(text: str, now: DateValue | None) -> tuple[DateValue, str] | None:
    """The day of a wire dateline one to three days before the page's date."""
    wire = find_wire_dateline(text)
    if now is None or now.precision != "day":
        return None
    day_only = _DAY_ONLY_DATELINE.search("\n".join(text.splitlines()[:6])) if wire is None else None
    if day_only is not None:
        n, ref = int(day_only.group("d") or day_only.group("o")), now.start
        k = ref.year * 12 + ref.month - 1 - (1 if n > ref.day else 0)  # "Dt. 30" under a paper of the 1st
        if valid_date(k // 12, k % 12 + 1, n) and 0 < (ref - dt.date(k // 12, k % 12 + 1, n)).days <= 3:
            day = dt.date(k // 12, k % 12 + 1, n)
            return DateValue(day, day, "day", now.basis), f"dateline '{day_only.group(0).strip()}' (the day filed)"
    weekday = _WEEKDAY_DATELINE.search("\n".join(text.splitlines()[:6])) if wire is None else None
    if weekday is not None:
        # "HANOI, Wednesday (PTI)" under a paper of Thursday 14 October: the last Wednesday on or before the page
        back = (now.start.weekday() - WEEKDAYS[weekday.group("w").lower()]) % 7
        day = now.start - dt.timedelta(days=back)
        return DateValue(day, day, "day", now.basis), f"dateline '{weekday.group(0).strip()}' (the day filed)"
    if wire is None:
        return None
    filed = next(iter(find_dates(wire.date)), None)
    if filed is None or filed.kind not in ("month_day", "date") or not filed.month or not filed.day:
        return None
    year = filed.year or now.start.year
    if not valid_date(year, filed.month, filed.day):
        return None
    day = dt.date(year, filed.month, filed.day)
    if day > now.start and filed.year is None and valid_date(year - 1, filed.month, filed.day):
        day = dt.date(year - 1, filed.month, filed.day)  # "Dec. 31" filed under a paper of January 2
    if 0 < (now.start - day).days <= 3:
        return DateValue(day, day, "day", now.basis), f"dateline '{wire.date}' (the day it was filed)"
    return None


#: the update stamp of a date line ("• Updated 11/09/2023 - 10:05", "Last updated: June 9, 2022")
#: (or the page's own word for it, from data/stamp_labels.csv: "Aktualisiert: 11.09.2023", "Päivitetty 10.9.")
_UPDATED = re.compile(r"\b(?:(?:last\s+)?updated?|" + "|".join(
    re.escape(form) for form in sorted({f for r in load_csv("stamp_labels.csv") if r["meaning"].startswith("updated")
                                        for f in (r["label"], fold(r["label"]))}, key=len, reverse=True))
    + r")\s*(?:on|at|am|le|el|il)?\s*:?\s*", re.IGNORECASE)


#: a translator's note naming the language translated from, other than English ("[Translated from German]"), or an
#: outlet's English edition or service: its home language writes the day first ("Saigon Lattice - English edition /
#: Published: 10/06/2022")
_TRANSLATED = IN_ANOTHER_LANGUAGE
#: the cells of a page's head set apart by wide gaps or tabs
#: an outlet's name (and its section) then its stamp, year first, with a clock and a zone or not, nothing else
_OUTLET_THEN_STAMP = re.compile(r"(?-i:[A-Z])[^.!?:;\d]{2,80}?[\s|·•,-]+"
                                r"(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})"
                                r"(?:\s+[0-2]?\d:[0-5]\d(?:\s*(?-i:[A-Z]{2,4}))?)?")
_WIDE_GAP = re.compile(r"\s{3,}|\t+")
#: the label of the day a page first came out, after an update stamp on the same line ("Updated 2 Aug 2013 - first
#: published 1 Aug 2013", "Updated: 14/03/2019 | Originally posted: 13/03/2019"), a date close after it
_FIRST_PUBLISHED = re.compile(r"\b(?:first|originally)\s+(?:published|posted|released|aired|broadcast|filed)"
                              r"(?:\s+(?:on|at))?\s*:?\s*(?=[^|\n\d]{0,14}\d)"
                              # (a time of the same day is no day: "Updated March 6, 2018 - 7:42pm, first published at
                              # 4:15pm" is of March 6)
                              r"(?![^|\n\d]{0,14}\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b|(?-i:[A-Z]{2,4})\b|$))",
                              re.IGNORECASE)


def _anchor_and_published(header: str, dropped: str, text: str, sentences: list[Sentence],
                          exprs: list[DateExpr], periods: list[tuple[int, int, int, int]], top: str = "",
                          vietnamese: bool = False, title: str = "") -> tuple[Anchor, DateValue | None, str, str]:
    """The publication date and the reference point it gives: a date header, a date line or byline, a wire
    dateline, else the text's own evidence."""
    if header:
        d = dt.date.fromisoformat(header)
        v = DateValue(d, d, "day", "stated")
        return Anchor(now=v, note="date header"), v, "stated", f"date {header}"
    # (a plan's day tells nothing of which reading of a stamp in figures is the page's: "12.10.2011" over "is
    # scheduled to run until November 4" is 12 October)
    reported = [e for e in exprs if not (e.kind in ("month_day", "range") and in_plan(text, e.start))]
    # a page translated from another language writes its dates in figures day first, as that language does
    translated = bool(_TRANSLATED.search(dropped) or _TRANSLATED.search(text[:400]) or _TRANSLATED.search(top[:600])
                      # (or a page whose other stamps in figures can only be day first: "22/03/2019" in its
                      # list of related stories, under a story stamped "01/04/2019")
                      or figure_order(dropped + "\n" + top) is True
                      # (or a story that writes its days before their months' names: "11/06/2019" under "began
                      # digging on 21 May ... arrived on 18 May")
                      or day_first_in_words(text) is True
                      # (or a Vietnamese paper's page, its names written with their tones or spelt as Vietnam's
                      # media spell them: "Monday, 05/09/2016 08:30 (GMT+7)" over "HÀ NỘI — Việt Nam and India",
                      # both readings a Monday)
                      or vietnamese or vietnamese_page(dropped + "\n" + top + "\n" + text[:3000]))
    # "Hanoi | Wednesday" over "Filed: 08.06.2022": the dateline's weekday tells which reading of the figures is
    # the page's (8 June 2022 is a Wednesday, 6 August a Saturday), as the lead's first weekday does
    head_weekday = [DateExpr(0, 0, m.group("w"), "weekday") for m in [_WEEKDAY_DATELINE.search(
        "\n".join([*dropped.splitlines()[:12], *top.splitlines()[:6], *text.splitlines()[:6]]))] if m is not None]
    year_only: tuple[DateValue, str] | None = None  # a date line in figures whose day and month can swap
    yearless: tuple[DateExpr, str] | None = None  # a date line with no year: "Tuesday, March 7", "Oct. 23"
    edition: tuple[DateValue, str] | None = None  # a magazine's issue: "FORCE, August 2023", "Issue: 2 | 2018"
    # (a quarterly's numbered issue is of its year, not of the month its number would name: "KAVERI MARITIME
    # QUARTERLY / Issue 3 / 2021")
    quarterly = _QUARTERLY.search("\n".join([dropped[:400], top[:400], title])) is not None
    for line in top.splitlines():  # a date line or a byline at the head of the page
        if _NEXT_ISSUE.search(line):
            continue  # ("Next issue: 6 January 2021": the day of the next number, not this one's)
        head, line = line, _LABELLED_NUMBER.sub(lambda m: " " * len(m.group(0)), line)
        if (first_out := _FIRST_PUBLISHED.search(line)) is not None:
            # "Updated 2 Jun 2017 - 6:10am, first published 1 Jun 2017": the page came out on the day it was
            # first published; the update stamp before it on the line only moves the day its text counts from
            line = line[first_out.start():]
        on_url = _url_date(line)
        if on_url is not None and on_url.precision == "day":
            return Anchor(now=on_url, note="web address"), on_url, "stated", line.strip()
        if on_url is not None:  # a year and month only: as an issue line, when nothing tells the day
            edition = edition or (on_url, line.strip())
            continue
        if (recorded := _recorded_month(line)) is not None:
            edition = edition or recorded
            continue
        posted = _DATELINE.match(line.strip())
        posted_day = (_numeric_date(posted.group("piped"), reported, translated) if posted and posted.group("piped")
                      else None)
        if posted is not None and posted.group("piped") and posted_day is None \
                and not posted.group("plabel").lower().endswith("updated"):
            # "Recorded May 21, 2025 | Released May 23, 2025": the day the page was released, not the day it records
            posted_day = next((day_value(dt.date(e.year, e.month, e.day), "stated")  # type: ignore[arg-type]
                               for e in find_dates(posted.group("piped")) if e.kind == "date" and e.year), None)
        if posted_day is not None and posted_day.precision == "day":
            # "Date Taken: 06.25.2023 | Date Posted: 06.26.2023 09:41": the cell that tells when the page was posted
            return Anchor(now=posted_day, note="dateline"), posted_day, "stated", line.strip()
        if posted is not None and posted.group("piped") and not posted.group("plabel").lower().endswith("updated"):
            # "Transcript | Released April 2025 | Runtime 31:12": the month the page was released, as an issue's
            month = next((e for e in find_dates(posted.group("piped")) if e.kind == "month_year" and e.year
                          and e.month), None)
            if month is not None:
                edition = edition or (month_value(month.year, month.month, "stated"),  # type: ignore[arg-type]
                                      line.strip())
        found = find_dates(line)
        if _SPAN_OF_DATES.fullmatch(line.strip()):
            continue  # "June 2, 1944 – October 4, 2023": a life's span under an obituary's name, no stamp
        # (a masthead row's number is a field of it: "Number 6 | November 2023 | ISSN 1862-359X")
        edition = edition or _issue_line(line, found, quarterly) or (
            _issue_line(head, find_dates(head), quarterly) if head != line else None)
        yearless = yearless or next(((e, line) for e in found if e.kind == "month_day"), None)
        for e in found:
            if e.kind == "date" and e.year:
                d = dt.date(e.year, e.month, e.day)  # type: ignore[arg-type]
                v = DateValue(d, d, "day", "stated")
                return Anchor(now=v, note="dateline"), v, "stated", line.strip()
            if e.kind == "range" and (e.year or e.end_year) and e.day and e.end_month and e.end_month != e.month \
                    and _ISSUE_SPAN_LINE.search(line):
                # "No. 43 | October 31 - November 6, 2014", "Issue: June 27 - July 10, 2022": an issue across two
                # months came out on the first day it covers (one within a month, "1-15 August 2010", is of it)
                y = e.year or (e.end_year - 1 if e.end_month and e.month > e.end_month else e.end_year)  # type: ignore
                d = dt.date(y, e.month, e.day)  # type: ignore[arg-type]
                v = DateValue(d, d, "day", "stated")
                return Anchor(now=v, note="issue line"), v, "stated", line.strip()
        numeric = _numeric_date(line, head_weekday + reported, translated, text)
        if numeric is not None and numeric.precision == "day":
            return Anchor(now=numeric, note="dateline"), numeric, "stated", line.strip()
        year_only = year_only or (numeric and (numeric, line.strip()))
    # (the head's first lines with words: a blank line may stand between a masthead's tagline and its issue line)
    for line in [*[ln for ln in dropped.splitlines() if ln.strip()][:3], *top.splitlines()[:3],
                 *[ln for ln in text.splitlines() if ln.strip()][:3]] if yearless is None else ():
        # "LRT RADIJAS – ŽINIOS, 13.00 <gap> Liepos 29 d.": a page's head whose last cell, set apart by a wide gap,
        # is a day without its year (in English or the page's language)
        cells = _WIDE_GAP.split(line.strip())
        # (or a line of its own that is only such a day, its month in the page's language: "martedì 2 giugno"; or
        # a cell of a head set apart by bars: "Fredag 10. juni · UDLAND", "NRK RADIO · DAGSNYTT 18 · Mandag 5. mars")
        # (in English too, in a masthead's row of three cells or more: "Indo-Pacific defence notes | Issue No. 187 |
        # Monday 2 December")
        parts = _BAR.split(line.strip())
        barred = [c for c in parts if cell_month_day(c) is not None
                  and (foreign_month(c) or (len(parts) >= 3 and _MASTHEAD_MARK.search(line) is not None))]
        # ("Issue of August 9 | Asia Desk": a cell that names the issue's day)
        # (or set apart by dashes: "Vol. 6, No. 11 -- Week of March 20", a weekly's week)
        issue_day = [c[m.end():] for c in _BAR_OR_DASH.split(line.strip())
                     if (m := _ISSUE_OF_DAY.match(c)) and cell_month_day(c[m.end():])]
        barred = barred or issue_day
        cell = cells[-1] if len(cells) > 1 else barred[0] if len(barred) == 1 else (
            cells[0] if foreign_month(cells[0]) else None)
        got = cell_month_day(cell) if cell is not None else None
        if got is not None and cell is not None:
            at = line.rindex(cell)
            yearless = (DateExpr(at, at + len(cell), cell, "month_day", month=got[0], day=got[1]), line)
    heads = [title, *dropped.splitlines()[:8], *text.splitlines()[:4], *top.splitlines()]
    for line in heads if yearless is None else ():
        first = (_DATE_THEN_PLACE.match(line) or _PLACES_THEN_DATE.fullmatch(line.strip())
                 or _DAY_AND_CLOCK_LINE.fullmatch(line.strip()) or _ISSUE_THEN_DAY.fullmatch(line.strip()))
        if first is not None and (e := next(iter(find_dates(first.group("date"))), None)) is not None \
                and e.kind == "month_day":
            # "July 30 — Naha": a dateline that sets its day before its place, as Japanese papers' English pages do
            # (or one of two places, on a line of its own: "Kathmandu / New Delhi, 5 November"; or a line that is
            # only the day, its weekday and its time: "Monday, 11 September - 18:00 HST", as a transcript heads it;
            # or an issue line's: "Vol. 6, No. 38 - Friday, September 23")
            yearless = (e, line)
            break
        # "10.9. 17:48 | Päivitetty 10.9. 20:15": the day and month of today's story in figures, without its year
        cell = _CELL_EDGE.split(line.strip())[0]
        got = dotted_day_cell(cell)
        if got is None and (cjk := _CJK_MONTH_DAY.match(line) or _SLASHED_DAY_TIME.match(line)) is not None:
            # "3月6日 0時12分": a Japanese or Chinese page's stamp, its month and day without the year; "7/30 05:30",
            # "08/10 19:32": the same in figures, month first as Japanese and American pages write it (the day
            # first only where the first figure cannot be a month)
            mo, d = int(cjk.group("m")), int(cjk.group("d"))
            mo, d = (d, mo) if mo > 12 else (mo, d)
            if valid_date(2000, mo, d):
                # (the day's own figures, the weekday and clock after them: "05/23 (Mon) 20:14")
                cell, got = line[cjk.start("m"):cjk.end("d")], (mo, d)
        labelled = _LABELLED_DAY.match(line) if got is None else None
        if labelled is not None:
            # "Posted: 21-11 | 10:32 GMT+7": a labelled stamp's day and month in figures, without its year, in the
            # order only one reading allows (a day over 12), or day first on a page that writes figures so
            a, b = int(labelled.group("a")), int(labelled.group("b"))
            order = (a, b) if a > 12 or (translated and b <= 12) else (b, a) if b > 12 else None
            if order is not None and valid_date(2000, order[1], order[0]):
                cell, got = labelled.group(0), (order[1], order[0])
        if got is not None:
            yearless = (DateExpr(0, len(cell), cell, "month_day", month=got[0], day=got[1]), line)
            break
    live_lines = {text[s:e].strip() for s, e in live_day_headings(text)} if yearless is None else set()
    for line in [*[ln.strip() for ln in text.splitlines() if ln.strip()][-6:],
                 *[ln.strip() for ln in dropped.splitlines() if ln.strip()][-6:]] if yearless is None else ():
        # "Visakhapatnam, 27 July" signing off a newsletter's item: the place it was written in and its day
        # (or, in brackets, whoever signs it: "(Kobe Pacific Letter editorial office, 5 August)")
        signed = _BRACKETED_SIGN_OFF.fullmatch(line)
        inner = signed.group(1) if signed is not None else line
        if inner in live_lines:
            continue  # ("Sunday, 10 September" heading a live page's last entries: no place and day signing off)
        found = [e for e in find_dates(inner) if e.kind == "month_day" and e.end == len(inner.rstrip(" ."))]
        if len(found) == 1 and (_PLACE_LINE.fullmatch(inner[:found[0].start].strip(" ,"))
                                or (signed is not None and _SIGNER.fullmatch(inner[:found[0].start].strip(" ,")))):
            yearless = (found[0], line)
        written = _WRITTEN_FROM.match(line) if yearless is None else None
        told = [e for e in find_dates(written.group("date")) if e.kind == "month_day"] if written else []
        if len(told) == 1:
            # "Written from Geelong, Victoria, on Sunday 1 December. Forward freely": where and when it was written
            yearless = (told[0], written.group(0))  # type: ignore[union-attr]
    # an issue line taken as furniture, or left at the head of the text
    for line in [*dropped.splitlines(), *text.splitlines()[:4]] if edition is None else ():
        edition = edition or _recorded_month(line)
        season = _SEASON_ISSUE.search(line)
        # (the season's issue named so, in a cell of a masthead's row: "Research News | Spring 2002 issue | ...")
        if _ISSUE_LINE.match(line) or (season is not None and (
                _ISSUE_WORD.search(line) or _ISSUE_AFTER.match(line, season.end())
                or _season_opens_a_row(line, season))) \
                or _ISSUE_OF_YEAR.search(line) or _TAGLINE_CELL.match(line):
            edition = edition or _issue_line(line, find_dates(line), quarterly)
    # ("Nilgiri Strategic Quarterly | Autumn 2013" at the foot of a page headed "Nilgiri Strategic Quarterly": the
    # masthead's name and its issue, repeated at the foot)
    masthead = next((ln.strip() for ln in (dropped or text).splitlines() if ln.strip()), "").lower()
    for line in [*[ln for ln in text.splitlines() if ln.strip()][-3:], *[ln for ln in dropped.splitlines()
                                                                         if ln.strip()][-3:]] \
            if edition is None and masthead else ():
        cells = [c.strip() for c in _BAR.split(line.strip())]
        if len(cells) == 2 and cells[0].lower() == masthead:
            told = find_dates(cells[1])
            full = told[0] if len(told) == 1 and told[0].kind == "date" and told[0].year else None
            # ("Fansipan Security Notes | 27 September 2011": the issue's own day)
            edition = ((day_value(dt.date(full.year, full.month, full.day), "stated"), line.strip())  # type: ignore
                       if full is not None and valid_date(full.year, full.month, full.day)
                       else _issue_line(cells[1], told))
    for line in [ln.strip() for ln in text.splitlines()[:3]]:
        stamp = _OUTLET_THEN_STAMP.fullmatch(line)
        if stamp is not None and valid_date(int(stamp.group("y")), int(stamp.group("m")), int(stamp.group("d"))):
            # "Hakobune Shimpo (English Service) 2018/03/06 18:40 JST": an outlet's line ending on its stamp, the
            # year first (so no reading of it is in doubt), as Japanese pages set it
            d = dt.date(int(stamp.group("y")), int(stamp.group("m")), int(stamp.group("d")))
            v = DateValue(d, d, "day", "stated")
            return Anchor(now=v, note="date line"), v, "stated", line
    head = "\n".join(text.splitlines()[:2])  # (a byline left at the head of the text)
    # (a stamp after a byline's bar may come under a headline and a standfirst)
    byline = "\n".join(text.splitlines()[:6])
    foot_text = "\n".join([ln.strip() for ln in text.splitlines() if ln.strip()][-4:])
    for m in [*_DATELINE.finditer(dropped),
              *(m for m in _DATELINE.finditer(head) if m.group("first") or (m.group("lead") and m.start() == 0)),
              # ("By Hala Mansour - Aug 05,2018 - Last updated at Aug 05,2018": a byline the page kept in its text)
              *(m for m in _DATELINE.finditer(byline) if m.group("piped") or m.group("sourced") or m.group("stamp")),
              # ("Posted on Sep 16th, 2014 with tags Asia, E&P, India.": a stamp the page ran on into its tags)
              *(m for m in _DATELINE.finditer(byline) if m.group("rest") and _STAMP_THEN_TAGS.search(m.group("rest"))),
              # ("Posted on June 3 by Mac Reilly | 7 comments": a blog's stamp, then its author)
              *(m for m in _DATELINE.finditer(byline)
                if m.group("rest") and _STAMP_THEN_AUTHOR.match(m.group("rest"))),
              # ("Broadcast: Monday 11 September, 7.10am AEST": a label and its colon, on a line of its own)
              *(m for m in _DATELINE.finditer(byline) if m.group("rest") and _LABEL_COLON.match(m.group(0))),
              # ("Broadcast Monday 9 July 2007, 7 pm; repeated Wednesday.", "Published 12 May 2021 by the desk": a
              # label and a full day with its year opening a line of the head, without a colon)
              *(m for m in _DATELINE.finditer(byline) if m.group("rest") and _FULL_DAY_OPENS.match(m.group("rest"))),
              # ("Published August 2025 | Download PDF": a labelled stamp of the month only, at the text's foot)
              *(m for m in _DATELINE.finditer(foot_text) if m.group("rest") and _MONTH_CELL.match(m.group("rest"))),
              # ("Broadcast: Tuesday 17 November 2009. Transcripts are ...": a label and its colon at the foot, with
              # the full day; a stamp the page keeps at its end)
              *(m for m in _DATELINE.finditer(foot_text) if m.group("rest") and _LABEL_COLON.match(m.group(0))
                and not _MONTH_CELL.match(m.group("rest")))]:
        rest = (m.group("rest") or m.group("stamp") or m.group("first") or m.group("piped") or m.group("sourced")
                or m.group("lead"))
        if _NEXT_ISSUE.search(m.group(0)):
            continue  # "Next issue: 6 January 2021": a newsletter's footer tells the day of the next one, not this
        if (first_out := _FIRST_PUBLISHED.search(rest)) is not None:
            rest = rest[first_out.start():]  # (the day it first came out, after its update stamp, as above)
        month = _MONTH_CELL.match(rest) if m.group("rest") and edition is None else None
        if month is not None and (e := next(iter(find_dates(month.group("m"))), None)) is not None \
                and e.kind == "month_year" and e.year and e.month:
            # "Published August 2025 | Download PDF", "Posted: March 2019": the page's month, when nothing names
            # its day
            edition = (month_value(e.year, e.month, "stated"), m.group(0).strip())
        numeric = _numeric_date(rest, reported, translated, text)
        if numeric is not None and numeric.precision == "day":
            return Anchor(now=numeric, note="dateline"), numeric, "stated", m.group(0).strip()
        found = find_dates(rest)
        if m.group("rest") and _PLACE_AND_YEAR.fullmatch(rest.strip()) and year_only is None \
                and all(e.kind == "year" for e in found):  # (not "June 2015": a month)
            # "Published: Hanoi, 2023": a labelled stamp that gives only the year (and the place): that year
            year_only = (year_value(int(rest.strip()[-4:]), "stated"), m.group(0).strip())
        yearless = yearless or next(((e, m.group(0)) for e in found if e.kind == "month_day"), None)
        cell = without_clock(rest).strip(" ,·|:-")
        got = cell_month_day(cell) if yearless is None and foreign_month(cell) else None
        if got is not None:
            # "Publicerat onsdag 25 augusti kl 17.45": a stamp's day in the page's language, without its year
            yearless = (DateExpr(0, len(cell), cell, "month_day", month=got[0], day=got[1]), m.group(0))
        for e in found:
            if e.kind == "range" and (e.year or e.end_year) and e.day and m.group("rest"):
                # "Published ... from Oct. 8 to Oct. 10, 2023": a notice that ran for days came out on the first
                e = replace(e, kind="date", year=e.year or e.end_year)
            if e.kind == "date" and e.year:
                d = dt.date(e.year, e.month, e.day)  # type: ignore[arg-type]
                v = DateValue(d, d, "day", "stated")
                return Anchor(now=v, note="dateline"), v, "stated", m.group(0).strip()
    if edition is None:
        # (or a place line at its head: "Hanoi / New Delhi, December 2013" under a brief's authors)
        edition = _month_at_the_foot([*foot_text.splitlines(),
                                      *[ln.strip() for ln in dropped.splitlines() if ln.strip()][-4:],
                                      *[ln.strip() for ln in [*dropped.splitlines()[:10], *text.splitlines()[:10]]
                                        if ln.strip()]])
    other = _stamp_in_another_language([*top.splitlines(), *dropped.splitlines(), *text.splitlines()[:12]])
    if other is not None:
        # "par la rédaction · 5 mars 2018 · Asie-Pacifique", "22 जुलाई 2023": a translated page keeps its own stamp
        return Anchor(now=other[0], note="date line in the page's language"), other[0], "stated", other[1]
    released = _released_day([*top.splitlines(), *dropped.splitlines(), *text.splitlines()[:4],
                              *text.splitlines()[-4:]])
    if released is not None:
        # "Recorded Monday; released 9 April 2025.", "Episode released 14 February 2025.": a transcript's release
        return Anchor(now=released[0], note="release stamp"), released[0], "stated", released[1]
    labelled = _date_labelled_line([*dropped.splitlines(), *text.splitlines()])
    if labelled is not None:
        # "Story date: 03/14/2023" on a line of its own, wherever the page set it
        return Anchor(now=labelled[0], note="dateline"), labelled[0], "stated", labelled[1]
    foot = _foot_date([ln.strip() for ln in dropped.splitlines() if ln.strip()], furniture=True) or _foot_date(
        [ln.strip() for ln in text.splitlines() if ln.strip()][-6:], tail=True)
    if foot is None:
        foot = _signed_in([ln.strip() for ln in [*text.splitlines(), *dropped.splitlines()] if ln.strip()][-8:])
    if foot is not None:
        # "Dehradun\n17 Dec 2020" closing a press release: the day it was issued
        return Anchor(now=foot[0], note="date at the foot of a release"), foot[0], "stated", foot[1]
    foot_lines = "\n".join([ln for ln in text.splitlines() if ln.strip()][-8:])
    for m in [*_APPEARED.finditer(dropped + "\n" + text), *_ORIGINAL_PUBLISHED.finditer(dropped + "\n" + text),
              *_EDITION_DATED.finditer(dropped + "\n" + foot_lines)]:
        # "This story appeared in the Friday, May 26, 2017 edition of ...": the print edition's day
        e = next((e for e in find_dates(m.group("rest")) if e.kind == "date" and e.year), None)
        if e is not None:
            d = dt.date(e.year, e.month, e.day)  # type: ignore[arg-type]
            v = DateValue(d, d, "day", "stated")
            return Anchor(now=v, note="edition line"), v, "stated", m.group(0).strip()
    wire = find_wire_dateline(text)
    live = live_page_day(text) if wire is None else None
    wire = wire or live
    if wire is None and (in_title := WIRE_DATELINE.match(title)) is not None:
        # "SINGAPORE, June 21 (VAW) - Indian navy ship calls at Cam Ranh": a wire's dateline the page set as its
        # headline; the story opens the text
        wire = Dateline(0, 0, in_title.group("date"), in_title.group(0))
    wire_expr = (_figures_dateline(wire) or next(iter(find_dates(wire.date)), None)) if wire else None
    # (a live page's latest day heading has no lead of its own: the text after it is its entries, and the
    # headings of earlier days)
    lead = wire.text if live is not None else text[wire.end:wire.end + 300] if wire else text[:300]
    in_brackets = (_WEEKDAY_IN_BRACKETS.search(wire.text) or _WEEKDAY_IN_BRACKETS.match(text, wire.end)
                   if wire is not None and wire_expr is not None and wire_expr.kind == "month_day" else None)
    if in_brackets is None and wire is not None and wire_expr is not None and wire_expr.kind == "month_day":
        # "Dateline: Bangkok, Friday 13 December": the dateline's own weekday, before its day
        in_brackets = re.search(r"(?P<w>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?=,?\s+"
                                + re.escape(wire.date) + ")", wire.text)
    if in_brackets is not None:
        # "Morning edition, June 26 (Mon.)": the dateline's own weekday, in brackets, before any the lead names
        told_day = next(name for name in _WEEKDAYS if name.lower().startswith(in_brackets.group("w").lower()))
        lead = told_day + " " + lead
    if (wire_expr is None or wire_expr.kind != "date") and yearless is not None:
        # the date line's weekday first; then the lead, which may come after a headline and a standfirst
        wire_expr, lead = yearless[0], yearless[1] + " " + text[:600]
        told = page_weekday(yearless[0].text)
        # ("August 2 (Fri) 06:00", as Japanese pages write it: the weekday in brackets after the day)
        short = ((_SHORT_WEEKDAY.search(yearless[1][:yearless[0].start])
                  or _WEEKDAY_IN_BRACKETS.match(yearless[1], _end_in(yearless[1], yearless[0])))
                 if told is None else None)
        if short is not None:
            # "Tue, 11 Nov | World | Page C6": the stamp's own weekday, written short, before any the lead names
            told = next(i for i, name in enumerate(_WEEKDAYS) if name.lower().startswith(short.group("w").lower()))
        if told is not None and not _WEEKDAY_NAMED.match(yearless[0].text):
            # "Fredag 10. juni": the stamp's own weekday, in the page's language, before the lead's
            lead = _WEEKDAYS[told] + " " + lead
    if wire_expr is not None and wire_expr.kind == "date" and wire_expr.year:
        d = dt.date(wire_expr.year, wire_expr.month, wire_expr.day)  # type: ignore[arg-type]
        v = DateValue(d, d, "day", "stated")
        return Anchor(now=v, note="dateline"), v, "stated", wire.text.strip()  # type: ignore[union-attr]
    if edition is not None and wire_expr is None and year_only is None:
        return Anchor(now=edition[0], note="issue line"), edition[0], "stated", edition[1]
    if edition is not None and wire_expr is not None and wire_expr.kind == "month_day" and year_only is None:
        # "Vol. 14, No. 11 | March 19-25, 2012" over "ANAMALAI, March 17:": the issue's year is the dateline's (the
        # year before, when the dateline's day falls after the issue, as December's does before a January issue)
        y = edition[0].start.year
        if valid_date(y, wire_expr.month, wire_expr.day) and dt.date(  # type: ignore[arg-type]
                y, wire_expr.month, wire_expr.day) > edition[0].end + dt.timedelta(days=7):  # type: ignore[arg-type]
            y -= 1
        if valid_date(y, wire_expr.month, wire_expr.day):  # type: ignore[arg-type]
            d = dt.date(y, wire_expr.month, wire_expr.day)  # type: ignore[arg-type]
            v = DateValue(d, d, "day", "year_inferred")
            how = f"dateline '{wire_expr.text}', year from the issue line '{edition[1]}'"
            return Anchor(now=v, note=how), v, "inferred", how
    if year_only is not None:
        anchor = Anchor(now=year_only[0], note="dateline (day and month ambiguous)")
    else:
        anchor = _anchor_from_text(text, sentences, exprs, periods)
        # (or in the headline: "VINBAX-2024 opens at Ambala" over "Kathmandu / New Delhi, 5 November")
        edition = edition_in_lead(text, dropped) or edition_in_lead(title + "\n" + "\n".join(
            line for line in dropped.splitlines()[:4] if not _FOOT_FURNITURE.match(line.strip())))
        if (edition is not None and wire_expr is not None and wire_expr.kind == "month_day"
                and (anchor.now is None or anchor.now.precision == "year")
                and (anchor.now is None or edition[0] > anchor.now.start.year)
                and (anchor.facts is None or edition[0] >= anchor.facts.start.year)
                and edition[0] <= actors_mod.base_checked().year):
            # "Chandigarh, August 18 ... VINBAX-2022, concluded ... today": the edition the lead reports is the year's
            anchor = Anchor(now=year_value(edition[0], "stated"), note=f"the edition '{edition[1]}' the lead reports")
    marked = _copyright_year(dropped, text, exprs)
    mark_name = "copyright line"
    if marked is None and (marked := _reference_year(dropped, text, exprs)) is not None:
        mark_name = "release's reference number"
    if wire_expr is not None and wire_expr.kind == "month_day" and marked is not None \
            and valid_date(marked[0], wire_expr.month, wire_expr.day):  # type: ignore[arg-type]
        # "Hanoi, Jul 24 (Prensa Latina)" over "Copyright Prensa Latina 2025": the wire's own year
        d = dt.date(marked[0], wire_expr.month, wire_expr.day)  # type: ignore[arg-type]
        v = DateValue(d, d, "day", "year_inferred")
        how = f"dateline '{wire_expr.text}', year from the {mark_name} '{marked[1]}'"
        return Anchor(now=v, note=how), v, "inferred", how
    if marked is not None and wire_expr is None and (anchor.now is None or (
            anchor.now.precision == "year" and anchor.now.start.year != marked[0])):
        # an undated wire story that ends "Copyright 2003 The Associated Press": that year
        anchor = Anchor(now=year_value(marked[0], "derived"), note=f"the {mark_name} '{marked[1]}'")
    if wire_expr is not None and wire_expr.kind == "month_day":
        # the dateline gives month and day; the year comes from the text's other evidence
        years = [e.year for e in exprs if e.kind == "year" and e.year and e.year <= actors_mod.base_checked().year
                 and not in_plan(text, e.start)]
        era = era_floor(text)
        if era is not None and (anchor.now is None or (anchor.now.precision == "year" and anchor.now.basis
                                                       == "year_inferred" and anchor.now.start.year < era[0].year)) \
                and (anchor.facts is None or anchor.facts.start.year < era[0].year) \
                and era[0].year >= max(years, default=0):
            # "NEW DELHI, 14 January: ... held online because of pandemic travel restrictions", over facts of
            # 2015: not before the name it uses existed (a fact or a year told of the name's year or later already
            # bounds the page)
            anchor = Anchor(facts=DateValue(era[0], era[0], "day", "derived"),
                            note=f"the text names {era[1]}")
        # (a plan's own year, not a deadline's: "deliveries not expected before 2024" tells no year of the page)
        planned = frozenset(e.year for e in exprs if e.year and e.kind in ("year", "month_year", "date")
                            and in_plan(text, e.start)
                            and not _DEADLINE_BEFORE.search(text, max(0, e.start - 20), e.start))
        got = _dateline_year(wire_expr.month, wire_expr.day, anchor, lead,  # type: ignore[arg-type]
                             _tenure_years(text), max(years, default=None), _official_windows(text), planned,
                             whole=text)
        own_day = _own_weekday(yearless[1] if yearless is not None and yearless[0] is wire_expr
                               else wire.text if wire is not None else "", wire_expr.text)
        if own_day is not None and (got is None or not valid_date(got[0], wire_expr.month, wire_expr.day)  # type: ignore
                                    or dt.date(got[0], wire_expr.month, wire_expr.day).weekday() != own_day):  # type: ignore
            # "Issue No. 152 · Monday, 28 December": the stamp's own weekday holds in one year of the officials' terms
            got = _year_of_the_weekday(wire_expr.month, wire_expr.day, own_day, text,  # type: ignore[arg-type]
                                       max(years, default=None)) or _first_year_of_the_weekday(
                wire_expr.month, wire_expr.day, own_day, anchor, max(years, default=None)) or got  # type: ignore
        told = _live_heading_weekday(text) if own_day is None else None
        if told is not None and (got is None or not valid_date(got[0], told[0], told[1])
                                 or dt.date(got[0], told[0], told[1]).weekday() != told[2]):
            # "Last updated 11 September" over a live page's "SUNDAY, SEPTEMBER 10": the year in which the
            # headings' weekdays hold, whatever a count in an entry says ("approach three decades since 1995")
            fits = _year_of_the_weekday(told[0], told[1], told[2], text, max(years, default=None)) \
                or _first_year_of_the_weekday(told[0], told[1], told[2], anchor, max(years, default=None))
            if fits is not None:
                got = (fits[0], f"{fits[1]} (the live page's heading '{told[3]}')")
        if own_day is not None and got is None:
            # "Friday, June 17" over "are expected to visit Hawaii ... in early 2023": the stamp's weekday in the
            # plan's year or the year before it
            got = _year_before_a_plan(wire_expr.month, wire_expr.day, own_day, text, exprs,  # type: ignore[arg-type]
                                      max(years, default=None))
        if got is None:
            # one official recalled from an earlier term ("Obama lifted the embargo in 2016") can leave the
            # years of all the others out: the years of all but one
            got = _dateline_year(wire_expr.month, wire_expr.day, anchor, lead,  # type: ignore[arg-type]
                                 _tenure_years(text, slack=1), max(years, default=None))
        if got is None:
            # ("during Prime Minister Nguyen Tan Dung's visit to New Delhi in July 2007": an official named only in
            # sentences that carry their own year is dated by them, and bounds no year of the page)
            got = _dateline_year(wire_expr.month, wire_expr.day, anchor, lead,  # type: ignore[arg-type]
                                 _tenure_years(text, dated_too=False), max(years, default=None),
                                 _official_windows(text, dated_too=False), planned)
        if got is not None and not valid_date(got[0], wire_expr.month, wire_expr.day):  # type: ignore[arg-type]
            got = None  # "Feb 29" in a year without one
        if got is not None and got[0] > actors_mod.base_checked().year:
            got = None  # (a year past the day the kit's knowledge was checked: a count from the wrong year)
        if got is not None and (anchor.now is None or anchor.now.precision == "year"):
            d = dt.date(got[0], wire_expr.month, wire_expr.day)  # type: ignore[arg-type]
            v = DateValue(d, d, "day", "year_inferred")
            how = f"dateline '{wire_expr.text}', year from {got[1]}"
            return Anchor(now=v, note=how), v, "inferred", how
    if year_only is not None:
        return anchor, year_only[0], "stated", year_only[1]
    return anchor, None, "", ""


#: a wire's date-time group at its foot: day, hours and minutes, the month's letters, a two-digit year
#: ("191432 NOV 03", "051200Z MAR 18")
_DATE_TIME_GROUP = re.compile(r"(?P<d>[0-3]\d)[0-2]\d[0-5]\dZ?\s+"
                              r"(?P<mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+(?P<yy>[0-4]\d)",
                              re.IGNORECASE)  # (or in a wire's mixed case: "111402 Jul 25")
#: what may stand under a page's last date: a copyright or rights line, a wire's end mark, an editor's initials
_FOOT_FURNITURE = re.compile(r"^(?:\W*(?:©|\(c\)|copyright)|.*\ball rights reserved\b|NNNN$|"
                             r"[A-Za-z]{2,4}/[A-Za-z]{2,4}$)", re.IGNORECASE)
_WEEKDAY_HEAD = re.compile(rf"^(?:{WD})?\W*$")
def _end_in(line: str, e: DateExpr) -> int:
    """Where a date found in a line (or in a part of it) ends in that line."""
    at = line.find(e.text)
    return at + len(e.text) if at >= 0 else e.end


_BRACKETED_WEEKDAY = re.compile(rf"\s*\((?:{WD})\)\s*$")
#: a page's or sender's name, a bar, and a stamp in figures: "Consulate General of Viet Nam in Houston | Friday,
#: 15/09/2023"
_NAMED_STAMP = re.compile(rf"(?-i:[A-Z])[\w.,'&-]*(?:\s+[\w.,'&-]+){{0,8}}\s*\|\s*"
                          rf"(?P<stamp>(?:{WD},?\s+)?\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d\d)")
#: a day in figures, year first, and the paper's name beside it in brackets at the foot, as Japanese papers sign a
#: story off: "(2013/06/08 Iwaki Harbour Shimbun) All rights reserved.", "(Chiba Coast Times, 2019/11/02)"
_OUTLET_STAMP = re.compile(r"\(?\s*(?:(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})\s+(?-i:[A-Z])[^()\n]{1,60}?|"
                           r"(?-i:[A-Z])[^()\n]{1,60}?,?\s+(?P<y2>(?:19|20)\d\d)/(?P<m2>\d{1,2})/(?P<d2>\d{1,2}))\s*\)?"
                           r"(?:\s*all\s+rights\s+reserved\.?)?", re.IGNORECASE)
#: a copyright mark, its owner and the page's full day: "(c) Ajanta Defence Chronicle. 16 May 2014."
_COPYRIGHT_DAY = re.compile(r"\W*(?:©|\(c\)|copyright)\s+(?-i:[A-Z])[^.\n]{1,60}?[.,]\s+"
                            # ("(c) Agartala Frontier Courier. Published Wednesday, 15 November 2023.": its label and
                            # weekday first)
                            rf"(?:(?:published|posted|printed|dated)(?:\s+on)?:?\s+)?(?:{WD},?\s+)?"
                            r"(?P<date>(?:\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8}\.?,?\s+|(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2},?\s+)"
                            r"(?:19|20)\d\d)\.?", re.IGNORECASE)
#: a stamp's weekday after its label, before the day: "Published Sunday, 22 November 2015"
_LABEL_WEEKDAY = re.compile(rf",?\s*\b(?:{WD})\s*$", re.IGNORECASE)
#: a place alone on its line, as a release's foot sets it above its date ("Dehradun", "New Delhi")
_PLACE_LINE = re.compile(r"(?!(?:On|In|At|By|Since|From|Until|Till|Before|After|Updated|Posted|Published)\b)"
                         r"(?-i:[A-Z])[\w.'-]+(?:\s+(?-i:[A-Z])[\w.'-]+){0,2}")


#: a time of day and its zone closing a stamp: " 09:12 JST", " 9:12 a.m. ET", " 21:05:33 GMT+7", "-00:12"
_TRAILING_CLOCK = re.compile(r"(?:,?\s+|-)[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?"
                             r"(?:\s*\(?(?:[A-Z]{2,5})?(?:[+-]\d{1,2}(?::?\d\d)?)?\)?)?$", re.IGNORECASE)


#: the label of a stamp at a page's foot: "Filed:", "Posted on", "Published:", "Date:"
#: ("Mangrove Defence Quarterly, Canberra. Posted", or a dash after the page's name: "Eastbrook Veterans Monitor —
#: Published April 2, 2022")
_FOOT_LABEL = re.compile(r"(?:[^\n]{0,80}?(?:[.,]\s+|\s+[-–—|]{1,2}\s+))?"
                         # ("Letter dated 19 March 2025.": what the page is, then its label)
                         r"(?:(?:letter|newsletter|issue|edition|bulletin|brief|note|dispatch)\s+(?=dated\b))?"
                         r"(?:filed|posted|published|first\s+published|dated|date(?:\s+(?:posted|published))?|issued|"
                         r"released|"
                         # ("Sealane Asia Monitor | Singapore | Circulated 15 March 2021": a digest sent to its readers)
                         r"circulated|distributed|e-?mailed|"
                         # ("This issue: 28 November 2003.": a newsletter's issue, at its foot)
                         r"this\s+issue)(?:\s+to\s+(?:subscribers|members|readers))?(?:\s+on)?\s*:?",
                         re.IGNORECASE)


def _foot_date(lines: list[str], tail: bool = False, furniture: bool = False) -> tuple[DateValue, str] | None:
    """The date a press release gives on a line of its own under the place it was issued from
    ("Dehradun\n17 Dec 2020", "New Delhi, 23 Nov 2024"): among the page's furniture, or the text's last lines.
    In the text's last lines (``tail``), also a date alone on its line with only furniture under it ("Nov 20,
    2003" above "(c) Pacific News Service"), and a wire's date-time group ("191432 NOV 03": the 19th, 14:32); among
    the page's ``furniture`` (no date line at its head), any date alone on its line."""
    found_in: dict[str, list[DateExpr]] = {}

    def dates_in(line: str) -> list[DateExpr]:  # (each line is read twice)
        if line not in found_in:
            found_in[line] = find_dates(line)
        return found_in[line]

    # (two dates alone on their lines are a list of other stories, not the page's stamp)
    stamps = sum(1 for line in lines if (f := dates_in(line)) and len(f) == 1 and f[0].kind == "date"
                 and not _WEEKDAY_HEAD.sub("", line[:f[0].start]) and f[0].end == len(line))
    for k, line in enumerate(lines):
        line = _BRACKETED_WEEKDAY.sub("", line)  # "Sing Tao Daily, 2007-07-07 (Saturday)"
        if line[:1] in "[(" and line[-1:] in "])" and not any(c in line[1:-1] for c in "[]()"):
            line = line[1:-1].strip()  # "[2021-03-05 09:12 JST]": a stamp a wire sets in brackets
        if tail:
            line = _TRAILING_CLOCK.sub("", line)  # "2021-03-05 09:12 JST": the day, then its time and zone
        if (tail or furniture) and _FOOT_LABEL.match(line):
            # "..., Canberra. Posted 12 April 2023.", "This issue: 28 November 2003.": a labelled stamp's closing stop
            line = line.rstrip(".")
        named = _NAMED_STAMP.fullmatch(line) if tail or furniture else None
        if named is not None and (v := _numeric_date(named.group("stamp"))) is not None and v.precision == "day":
            # "Consulate General of Viet Nam in Houston  |  Friday, 15/09/2023": a page's name, then its stamp
            return v, line
        signed_off = _OUTLET_STAMP.fullmatch(line) if tail else None
        if signed_off is not None:
            y, mo, d = (int(signed_off.group(g) or signed_off.group(g + "2")) for g in ("y", "m", "d"))
            if valid_date(y, mo, d):
                return DateValue(dt.date(y, mo, d), dt.date(y, mo, d), "day", "stated"), lines[k]
        owned = _COPYRIGHT_DAY.fullmatch(line) if tail or furniture else None
        dated = [e for e in find_dates(owned.group("date")) if e.kind == "date" and e.year] if owned else []
        if len(dated) == 1 and valid_date(dated[0].year, dated[0].month, dated[0].day):  # type: ignore[arg-type]
            # "(c) Ajanta Defence Chronicle. 16 May 2014.": the owner's mark, then the page's day
            d = dt.date(dated[0].year, dated[0].month, dated[0].day)  # type: ignore[arg-type]
            return DateValue(d, d, "day", "stated"), lines[k]
        dtg = _DATE_TIME_GROUP.fullmatch(line) if tail or furniture else None
        if dtg is not None and valid_date(2000 + int(dtg.group("yy")), MONTHS[dtg.group("mon").lower()],
                                          int(dtg.group("d"))):
            d = dt.date(2000 + int(dtg.group("yy")), MONTHS[dtg.group("mon").lower()], int(dtg.group("d")))
            return DateValue(d, d, "day", "stated"), line
        figures = _YEAR_FIRST.fullmatch(line) if tail else None
        if figures is not None and valid_date(int(figures.group(1)), int(figures.group(3)), int(figures.group(4))):
            # "2021.03.05": a stamp in figures, year first, alone on the text's last lines
            d = dt.date(int(figures.group(1)), int(figures.group(3)), int(figures.group(4)))
            return DateValue(d, d, "day", "stated"), lines[k]
        signed = NUMERIC_DATE.search(line) if tail else None
        if (signed is not None and signed.end() == len(line)
                and _PLACE_LINE.fullmatch(line[:signed.start()].strip(" ,"))
                and (v := _numeric_date(line[signed.start():])) is not None and v.precision == "day"):
            return v, lines[k]  # "Ha Noi, 28/12/2020": the place and day a letter was signed off, in figures
        # (a year is written in figures: a line without one is read no further)
        found = [e for e in dates_in(line) if e.kind == "date" and e.year] if any(c.isdigit() for c in line) else []
        if len(found) != 1 or found[0].end != len(line):
            continue
        head = line[:found[0].start].strip(" ,")
        above = lines[k - 1] if k else ""
        alone = not _WEEKDAY_HEAD.sub("", head) and ((furniture and stamps == 1) or (
            tail and all(_FOOT_FURNITURE.search(x) for x in lines[k + 1:])))
        # "Filed: 27 November 2024" (its weekday too: "Edited by the news desk. Published Sunday, 22 November 2015")
        labelled = (tail or furniture) and bool(_FOOT_LABEL.fullmatch(_LABEL_WEEKDAY.sub("", head)))
        if (head and _PLACE_LINE.fullmatch(head)) or (not head and _PLACE_LINE.fullmatch(above)) or alone or labelled:
            e = found[0]
            d = dt.date(e.year, e.month, e.day)  # type: ignore[arg-type]
            return DateValue(d, d, "day", "stated"), f"{above}\n{line}" if not head else line
    return None


#: a print archive's note of the edition a story ran in: "This story appeared in the Friday, May 26, 2017 edition of
#: The Daily Iberian.", "This article appeared in the April 13, 2000 issue of ...", "The article first ran in the
#: print edition of March 3, 2016"
_APPEARED = re.compile(r"^\W*(?:[^\n.]{0,80}?[.!]\s+)?(?:this|the)\s+(?:story|article|report|piece|column|item|issue|"
                       r"edition|newsletter|letter|brief|bulletin)\s+(?:first\s+)?"
                       # ("This issue went out on April 4, 2022.": a newsletter's note of the day it was sent)
                       # ("This issue went to subscribers on Tuesday, 20 December 2022.")
                       r"(?:appeared|ran|was\s+published|was\s+printed|went\s+out|was\s+sent(?:\s+out)?|was\s+mailed|"
                       r"(?:went|was\s+sent|was\s+emailed)\s+to\s+(?:its\s+)?(?:subscribers|readers|members|press|print)|"
                       r"was\s+issued)\b(?P<rest>[^\n]{4,120})$",
                       re.IGNORECASE | re.MULTILINE)

#: a printer's imprint at the foot, naming its edition's day: "Printed and published by the Trust, Vasco da Gama.
#: Edition dated Friday, 8 November 2019.", "Issue of 12 March 2021 | Page 4", "This edition dated June 3, 2016"
_EDITION_DATED = re.compile(r"\b(?:edition|issue)\s+(?:dated|of)\b(?P<rest>[^\n]{4,60})", re.IGNORECASE)

#: a translation's note of its original: "(Translated from the Japanese original, published in Ocean Newsletter No. 579,
#: 5 September 2024.)", "Translated from Tamil; the original was published on 26 May 2015"
_ORIGINAL_PUBLISHED = re.compile(r"\btranslated\s+from\s+[^\n.]{0,60}?\boriginal\b[^\n.]{0,20}?"
                                 r"\b(?:first\s+)?published\b(?P<rest>[^\n]{4,120})", re.IGNORECASE)


#: the day in a web address's path: "/2022/6/9/", "/news/2011/jul/15/", "/2023-09-10/"
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2}|[a-z]{3,9})[/-](\d{1,2})(?=[/_.-]|$)", re.IGNORECASE)
#: the day as one eight-figure segment of the path, as newspaper publishing systems set it:
#: "/article/20120605/NEWS01/206050307/", "/nation_world/20160524_For_local_veterans.html" (year, month, day),
#: or a query's value: "news_detail.asp?art_id=114827&d_str=20110902&fc=2"
#: or after a query's letters, as old scripts name their pages: "getarticle.pl5?nn20031120b6.htm"
#: or at the end of a page's slug: "/vietnam-coast-guard-ship-leaves-kochi-20241220"
_URL_DAY_SEGMENT = re.compile(r"(?:[/=]|\?[a-z]{1,4}|(?<=[a-z])-)((?:19|20)\d\d)(\d\d)(\d\d)"
                              r"(?=[/_&]|[a-z]\w*\.html?\b|\.html?\b|$)")
#: a segment that runs year, month's letters and day together, or day, month and year, as magazines' archives
#: name an issue's folder: "/2000apr09/", "/2003nov23/", "/09apr2000/"
_URL_DAY_COMPACT = re.compile(r"/(?:(?P<y>(?:19|20)\d\d)(?P<mo>[a-z]{3})(?P<d>\d\d)"
                              r"|(?P<d2>\d\d)(?P<mo2>[a-z]{3})(?P<y2>(?:19|20)\d\d))(?=[/_.-])", re.IGNORECASE)


def _url_date(line: str) -> DateValue | None:
    """The day a web address's path states (a page's address is its publisher's own date)."""
    if not URL_LINE.fullmatch(line.strip()):
        return None
    m = _URL_DAY.search(line) or _URL_DAY_SEGMENT.search(line)
    if m is not None:
        y, mo, d = int(m.group(1)), m.group(2), int(m.group(3))
    elif (c := _URL_DAY_COMPACT.search(line)) is not None:
        y, mo, d = int(c["y"] or c["y2"]), c["mo"] or c["mo2"], int(c["d"] or c["d2"])
    else:
        return _url_month(line)
    month = int(mo) if mo.isdigit() else MONTHS.get(mo.lower()[:3])
    if not month or not valid_date(y, month, d):
        return None
    day = dt.date(y, month, d)
    return DateValue(day, day, "day", "stated")


#: a path's year and month without a day ("/news/2012/06/navy-panetta-vietnam-060412/")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/")


def _url_month(line: str) -> DateValue | None:
    """A web address's year and month, and its day when a six-figure stamp in the slug agrees with them
    ("/2012/06/...-060412/": June 4, 2012, month, day and year as American papers stamp them)."""
    m = _URL_MONTH.search(line)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    days = {int(d) for a, d, yy in re.findall(r"(?<!\d)(\d\d)(\d\d)(\d\d)(?!\d)", line[m.end():])
            if int(a) == mo and int(yy) == y % 100 and valid_date(y, mo, int(d))}
    if len(days) == 1:
        day = dt.date(y, mo, days.pop())
        return DateValue(day, day, "day", "stated")
    return month_value(y, mo, "stated")


#: an edition named with its year, as exercises are: "VINBAX-2022", "Pacific Partnership 2024", "Malabar 2020"
_EDITION_NAME = re.compile(r"\b(?P<name>(?-i:[A-Z])[A-Za-z]+)[- ](?P<y>(?:19|20)\d\d)\b(?![-/.]\d)"
                           # (not a year's plan: "VIDEO CALL SETS 2022 AGENDA", "Navies Adopt 2024 Calendar")
                           r"(?!\s+(?i:agenda|calendar|plans?|programmes?|programs?|budget|roadmap|schedule|"
                           r"priorities|targets?|work\s+plan)\b)")


#: a post's hashtag that ends in a year names the edition it is about: "#SahayogHopTac2024", "#VINBAX2023"
_HASHTAG_YEAR = re.compile(r"#(?P<name>[A-Za-z][A-Za-z_]*?)(?P<y>(?:19|20)\d\d)\b")


_ESTIMATES = {"about", "some", "nearly", "around", "almost", "roughly", "approximately", "over", "circa"}


def edition_in_lead(text: str, furniture: str = "") -> tuple[int, str] | None:
    """The year of an edition named in the lead ("VINBAX-2022", "Sagar-2022"), not a month's ("July 1995"), or
    in a social post's hashtag, wherever the post puts its hashtags ("#SahayogHopTac2024")."""
    # (not an estimate opening a sentence: "Some 2000 troops took part")
    m = next((m for m in _EDITION_NAME.finditer(text, 0, 400) if m.group("name").lower() not in MONTHS
              and m.group("name").lower() not in _ESTIMATES), None)
    m = m or next((h for h in _HASHTAG_YEAR.finditer(text + "\n" + furniture) if h.group("name").lower() not in MONTHS),
                  None)  # (a line of hashtags may have been taken for page furniture)
    return (int(m.group("y")), m.group(0)) if m else None


_STAMP_WORDS = 8

_CELL_EDGE = re.compile(r"\s*[|•·]\s*|\s{3,}|\t+")
#: a day in figures with the Chinese and Japanese characters for year, month and day: "2024年8月2日"
#: (a Japanese page may give the era's year beside it: "2018年(平成30年)3月6日", "2023年（令和5年）12月1日")
_CJK_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?:[(（]\s*\w{2}\s*(?:\d{1,2}|元)\s*年\s*[)）]\s*)?"
                       r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
#: a line that opens on a month and day with those characters and no year, then its time or nothing:
#: "3月6日 0時12分", "8月2日（金）"
_CJK_MONTH_DAY = re.compile(r"\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日(?=\s*(?:[（(][^）)]{1,3}[）)])?\s*"
                            r"(?:\d{1,2}\s*[時:]\s*\d{1,2}\s*分?)?\s*$)")
#: a line that is only a month and day in figures, then a time: "7/30 05:30", "08/10 19:32"
#: a stamp's label, then a day and month in figures and no year: "Posted: 21-11 | 10:32 GMT+7", "Updated 3/11, 08:15"
#: (or its weekday: "Friday, 25/12  16:05 (GMT+7)")
_LABELLED_DAY = re.compile(r"\s*(?:(?:posted|published|(?:last\s+)?updated)\s*(?:on\s*)?:?"
                           # (the clock first: "Last updated 15:20, 12/10")
                           r"(?:\s*[0-2]?\d:[0-5]\d\s*(?:[ap]\.?m\.?)?\s*[,|·]?)?|"
                           r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)\s*(?P<a>\d{1,2})[-/](?P<b>\d{1,2})"
                           r"(?=\s*(?:[|,·]|[0-2]?\d:[0-5]\d|$)|\s+[-–—]\s)", re.IGNORECASE)
#: (its weekday in brackets: "05/23 (Mon) 20:14")
_SLASHED_DAY_TIME = re.compile(r"\s*(?P<m>\d{1,2})/(?P<d>\d{1,2})\s+"
                               r"(?:[(（]\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[)）]\s*)?"
                               r"[0-2]?\d:[0-5]\d\s*$", re.IGNORECASE)
#: a line that opens on a day and a time in figures: "2021-08-25 21:48"
_ISO_STAMP = re.compile(r"\s*(?P<y>(?:19|20)\d\d)-(?P<m>\d{2})-(?P<d>\d{2})[ T]\d{1,2}:\d{2}\b")
_LABELLED = re.compile(r"(?<!\w)(?:" + STAMP_LABELS + r")(?!\w)", re.IGNORECASE)


def _stamp_in_another_language(lines: list[str]) -> tuple[DateValue, str] | None:
    """The first day written with a month named in French, Spanish, German or Hindi in the page's head, as a
    translated page keeps its stamp ("5 mars 2018", "22 जुलाई 2023")."""
    pattern, months = stamp_months()
    for line in lines:
        if _SPAN_OF_DATES.search(line):
            continue  # "June 2, 1944 – October 4, 2023": a life's span under an obituary's name, no stamp
        figures = _CJK_DATE.search(line) or _ISO_STAMP.match(line)
        if figures is not None and valid_date(*(int(figures.group(k)) for k in ("y", "m", "d"))):
            # "2024年8月2日（金）朝刊" as Japanese and Chinese pages write the day; "2021-08-25 21:48　聯合報" opening a
            # line, a stamp with its time
            day = dt.date(*(int(figures.group(k)) for k in ("y", "m", "d")))
            return DateValue(day, day, "day", "stated"), line.strip()
        m = pattern.search(line)
        if m is None:
            continue
        k = next(k for k in ("", "2", "3") if m.group("d" + k))
        d, mo, y = m.group("d" + k), m.group("m" + k), m.group("y" + k)
        # (the words that count are those of the stamp's own cell, when a page head sets its cells apart by bars
        # or wide gaps: "Aftenposten | søndag 4. september 2016 | Verden | Side 14")
        cell = next(c for c in _CELL_EDGE.split(line) if m.group(0) in c) if m.group(0) in line else line
        if mo.lower() in MONTHS and (len(re.findall(r"\w+", cell)) > _STAMP_WORDS
                                     or not (mo.islower() or _LABELLED.search(line) or "." in m.group(0))):
            # (a name English shares, in a stamp's short line and not in the prose: written small, "june 9, 2022",
            # after the page's own word for published, "Veröffentlicht am 4. September 2016", or after a day with the
            # full stop of German and Nordic pages, "Montag, 5. September 2016"; a list of other
            # stories' stamps at the foot is no stamp of this page)
            continue
        if not k and m.group("d0"):
            if int(m.group("d0")) + 1 != int(d):
                continue  # (days apart: a span told, "1-15 August 2010", not an edition's)
            d = m.group("d0")  # a weekend edition came out on its first day ("Samedi-dimanche 7-8 juillet 2007")
        if valid_date(int(y), months[mo.lower()], int(d)):
            day = dt.date(int(y), months[mo.lower()], int(d))
            return DateValue(day, day, "day", "stated"), line.strip()
    return None


#: a magazine's issue line: its name or "Issue: 2", then the month and year or the year alone
#: (a name with its small words: "Monthly of the Italian Navy - July 2012")
#: a weekday naming an edition: "Saturday Edition", "Sunday edition"
_EDITION_AFTER = re.compile(r"\s+edition\b", re.IGNORECASE)
#: a masthead's tagline in a cell of its own before the issue: "Briefings on Asian defence and security | Issue 311"
#: (or after a dash: "Newsletter of the Upper Assam aviation community -- Issue 47")
_TAGLINE_CELL = re.compile(r"[^|·•\n]{2,80}?(?:[|·•]|\s--\s|\s[—–]\s)\s*"
                           r"(?=(?:vol\.?|volume|issue|no\.?|week|edition)\b)", re.IGNORECASE)
_ISSUE_LINE = re.compile(r"^\s*(?:(?-i:[A-Z])[\w'&.-]*(?:\s+(?:(?:of|the|and|for)\s+){0,2}(?-i:[A-Z])[\w'&.-]*){0,4}"
                         # (or a series' name before its number: "Policy Note No. 47 - August 2023")
                         r"(?:\s*[,:|–·•-]\s*|\s{3,}|\t\s*|\s+(?=(?:vol\.?|volume|issue|no\.?)\s*:?\s*\d)))?"
                      # (a volume in Roman figures too, and the issue's weekday: "Vol. XI No. 47  Friday November 21 -
                      # November 27, 2003")
                      # (or a spaced full stop for its bullet: "VOL. 21, NO. 11 . NOVEMBER 2009")
                      r"(?:(?:vol\.?|volume|issue|no\.?)\s*:?\s*(?:\d+|(?-i:[IVXLC]+)\b)\s*(?:--|[,|/–—·•-]|\s\.(?=\s))?"
                      r"\s*){0,2}"
                      r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                      # "Issue August 2007", "Edition of May 2019", "Issue dated June 2017", a weekly's "Week: Sept
                      # 11-17, 2023"
                      # (or the edition's rhythm or medium before it: "Weekly edition, May 2017", "Print edition:
                      # May 2017")
                      r"(?:(?:(?:print|weekly|daily|monthly|fortnightly|quarterly|morning|evening|weekend|digital|online)"
                      r"\s+)?(?:issue|edition|week)(?:\s+(?:for\s+the\s+week\s+)?of|\s+dated)?\s*[:,|–·•-]?\s*)?"
                      # (a fortnightly's days first: "Vol. 57 No. 15 | 1-15 August 2010")
                      # (a quarterly's months: "July-September 2023", "Oct. to Dec. 2019")
                      r"(?P<span>(?-i:[A-Z])[a-z]+\.?\s*(?:[-–/]|\s+to\s+)\s*(?=(?-i:[A-Z])))?"
                      # (a name and its month set apart by a wide gap, as a masthead prints them: "GEOPOLITICS
                      # <spaces> NOVEMBER 2014"; the month in capitals as a masthead sets it)
                      # (a fortnightly's half of its month: "Vol. IV, No. 17 — first half of September 2011")
                      r"(?:(?:first|second)\s+half\s+of\s+)?"
                      r"(?P<date>(?:\d{1,2}\s*[-–]\s*\d{1,2}\s+(?=(?-i:[A-Z])))?(?:(?-i:[A-Z])(?:[a-z]+|(?-i:[A-Z]+))\.?\s+)?"
                      # (a weekly's days month first: "July 9 - 15, 2007")
                      r"(?:\d{1,2}\s*[-–]\s*(?:(?-i:[A-Z])[a-z]+\.?\s+)?\d{1,2},?\s+)?(?:19|20)\d\d)"
                      # (then its volume and number: "November 2010 | Vol. 36 No. 9", "May 2019, Volume 12, Issue 3")
                      # (its figures as a journal sets them: "September 2017  Vol. 143/9/1,375")
                      r"(?:(?:\s*[,|/–·•-]\s*|\s+)(?:(?:vol\.?|volume|issue(?:\s+no\.?)?|no\.?|number)\s*:?\s*"
                      r"\d+(?:[/,.]\d+)*\s*[,/]?\s*){1,3})?"
                      # (then the site's address: "Shillong | July 2022 | www.easternpanorama.in")
                      # (or the word after the month, as a magazine's section line sets it: "Navy | August 2023 issue")
                      r"(?:\s+(?:issue|edition))?"
                      # (then the page the story ran on: "July 2012 issue, p. 14", "May 2019, pp. 22-25")
                      r"(?:\s*[,|]?\s*(?:pp?\.|pages?)\s*(?-i:[A-Z])?\d{1,3}(?:\s*[-–]\s*\d{1,3})?)?"
                      # (or a section's name: "Vol. IX, No. 7  |  July 2022  |  Neighbourhood & Beyond"; or the
                      # reading time a commentary's byline gives: "February 2021 | 7 min read"; or a section set off
                      # by a dash: "December 2003 issue — Features")
                      r"(?:(?:\s*[|•·]\s*|\s+[-—–]\s+)(?:(?:www\.|https?://)[\w./-]+|[A-Za-z][A-Za-z &,'-]{1,40}|"
                      r"\d{1,3}\s*-?\s*min(?:ute)?s?\.?\s+read))?\s*$", re.IGNORECASE)


#: a field of a masthead row between bars: the paper's rhythm, volume and issue, price, pages, address, or a
#: name or place ("Weekly | New Delhi | Volume 27, Issue 36 | 5 to 11 September 2016 | Price: Rs 10")
_MASTHEAD_FIELD = re.compile(
    r"(?:daily|weekly|fortnightly|monthly|quarterly|morning|evening|weekend|sunday)(?:\s+edition)?|"
    r"(?:(?:vol\.?|volume|issue|no\.?|number)\s*:?\s*\d+[,\s]*){1,3}|"
    r"(?:price\s*:?\s*)?(?:rs\.?|inr|₹|\$|usd|vnd|đ)\s*[\d.,]+(?:\s*(?:vnd|đồng|dong))?|[\d.,]+\s*(?:vnd|đồng|dong|paise)|"
    r"\d+\s+pages|(?:www\.|https?://)[\w./-]+|"
    # (a serial's number: "ISSN 1862-359X", "e-ISSN: 2347-9094")
    r"(?:e-?|online\s+|print\s+)?issn\s*:?\s*\d{4}-\d{3}[\dx]|"
    r"(?-i:[A-Z])[\w'&./-]*(?:\s+(?-i:[A-Z])[\w'&./-]*){0,3}", re.IGNORECASE)
_MASTHEAD_MARK = re.compile(r"\b(?:daily|weekly|fortnightly|monthly|quarterly|edition|vol\.?|volume|issue|no\.?|"
                            r"magazine|journal|newsletter|bulletin|review|digest|"
                            r"price|pages|issn)\b|[₹$]|\brs\.?\s*\d", re.IGNORECASE)
_BAR = re.compile(r"\s*[|•·]\s*")
_BAR_OR_DASH = re.compile(r"\s*[|•·]\s*|\s+(?:-{1,2}|[—–])\s+")
_ISSN = re.compile(r"\bissn\s*:?\s*\d{4}-\d{3}[\dx]", re.IGNORECASE)


def _masthead_date(line: str, found: list[DateExpr]) -> DateExpr | None:
    """The one date of a masthead row of bar-separated fields, when every other field is the paper's own
    (its rhythm, volume, price, pages, name or place) and one at least says it is a masthead."""
    fields = [(m.start(), m.end()) for m in re.finditer(r"[^|•·]+", line) if m.group().strip()]
    serials = [m.span() for m in _ISSN.finditer(line)]  # ("ISSN 1862-359X" holds no year 1862)
    found = [e for e in found if not any(a <= e.start < b for a, b in serials)]
    if len(fields) < 3 or len(found) != 1 or not _MASTHEAD_MARK.search(line):
        return None
    e = found[0]
    others = [line[a:b].strip() for a, b in fields if not (a <= e.start and e.end <= b)]
    own = [line[a:b].strip() for a, b in fields if a <= e.start and e.end <= b]
    if len(others) != len(fields) - 1 or own != [e.text] or not all(_MASTHEAD_FIELD.fullmatch(f) for f in others):
        return None
    return e


def _span_month(span: str) -> int | None:
    """The month a span of an issue's months opens with ("July-" of "July-September 2023")."""
    return MONTHS.get(re.split(r"[\s./–-]", span.strip())[0].lower())


#: a quarterly's issue by its season: "Summer 2013", "Winter 2019" (not a span of years, "Winter 2012-13")
#: (and a monsoon's, with the issue's word before the year: "Monsoon Edition, 2023", "Winter Issue 2019")
_SEASON_ISSUE = re.compile(r"\b(?:spring|summer|autumn|fall|winter|(?:pre-|post-)?monsoon)"
                           r"(?:\s+(?:issue|edition))?,?\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
def _season_opens_a_row(line: str, season: re.Match[str]) -> bool:
    """ "Spring 2002 | Feature": a season and its year alone in the first cell of a row of the page's head."""
    return not line[:season.start()].strip() and re.match(r"\s*[|·•]", line[season.end():]) is not None


#: the word naming the issue after its season or month: "Spring 2002 issue", "Winter 2019 Edition"
_ISSUE_AFTER = re.compile(r"\s*(?:issue|edition|number)\b", re.IGNORECASE)
#: the words that make a line an issue's: "Vol. 14, No. 2", "Magazine", "Issue 3"
_ISSUE_WORD = re.compile(r"\b(?:issue|vol\.|volume|no\.|magazine|quarterly|edition)\s*\d|\bmagazine\b", re.IGNORECASE)


#: (a month's name or its short form, not a word it opens: "Markets", "Maritime", "Decisions")
_NAMES_A_MONTH = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                            r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?|\b(?:spring|summer|"
                            r"autumn|fall|winter|monsoon)\b", re.IGNORECASE)
#: an issue numbered within its year: "Issue 9/2019", "Issue: 03/2021"
#: a footer's notice of the next number: "Next issue: 6 January 2021", "The next edition appears on 14 May"
_MONTH_YEAR = r"(?-i:[A-Z])[a-z]{2,8}\.?,?\s+(?:19|20)\d\d"
#: a footer's cell that is only a month and its year: "Page 3 | Oakwood Veterans Bulletin | December 2003"
_CELLS = re.compile(r"\s+[|·•]\s+")
#: a page's name (or its places), then its month: "Wyong Maritime Letter, May 2013", "Hanoi / New Delhi, December 2013"
#: (after a dash, and named as its edition or issue, before a closing note: "— Jaldhara Defence Journal, December
#: 2021 edition. Reproduction with credit.")
_NAMED_MONTH = re.compile(r"(?:[-–—]+\s*)?(?:(?-i:[A-Z])[\w'&.-]*(?:\s*/\s*|\s+)){0,6}(?-i:[A-Z])[\w'&.-]*,\s+(?P<m>"
                          + _MONTH_YEAR + r")(?:\s+(?:edition|issue|number))?\.?(?:\s+(?-i:[A-Z])[^\n\d]{0,80})?")
#: the month a page says it was published in, or its month after a note of how often it is: "Published March 2025.
#: The views expressed are the author's own.", "Ocean State Pacific Letter is published weekly. June 2024."
_PUBLISHED_MONTH = re.compile(r"(?:[^\n.]{0,80}?\bis\s+(?:published|issued|sent\s+out)\s+(?:weekly|monthly|fortnightly|"
                              r"quarterly|daily|twice\s+a\s+month|every\s+\w+)\.\s+|"
                              r"(?:first\s+)?(?:published|issued|released|circulated|distributed|printed|mailed)\s*:?\s+(?:in\s+)?)(?P<m>"
                              + _MONTH_YEAR
                              # ("Published March 2025 by the Malabar Society for Military Medicine": and its publisher)
                              + r")(?:\s+by\s+[^\n\d]{1,120}?)?\.?(?:\s+(?-i:[A-Z])[^\n\d]{0,120})?", re.IGNORECASE)
#: who prepared the page, and its month: "Prepared by the Mekong Security Series editorial team, Vientiane,
#: September 2024."
_PREPARED_MONTH = re.compile(r"(?:prepared|compiled|written|issued|produced|published|edited)\s+by\b[^.;]{0,120},\s+"
                             r"(?P<m>" + _MONTH_YEAR + r")\.?", re.IGNORECASE)


#: a masthead's tagline, a dash and the month's issue: "Newsletter of Washtenaw County veterans' organizations —
#: November 2023 issue", "Quarterly review of the Indian Ocean | June 2019 edition"
_DASH_MONTH_ISSUE = re.compile(r"[^\n]{0,120}?\s[-–—|]\s*(?P<m>" + _MONTH_YEAR + r")\s+(?:issue|edition)\.?",
                               re.IGNORECASE)


def _month_at_the_foot(lines: list[str]) -> tuple[DateValue, str] | None:
    """The month a page's foot names as its own, where nothing names its day: a footer's cell ("Page 3 |
    Oakwood Veterans Bulletin | December 2003"), the page's name and its month ("Wyong Maritime Letter, May
    2013"), or who prepared it ("Prepared by the editorial team, Vientiane, September 2024.")."""
    for line in lines:
        cells = _CELLS.split(line.strip()) if _CELLS.search(line) else []
        cell = next((c for c in cells if re.fullmatch(_MONTH_YEAR, c.strip())), None)
        m = (_NAMED_MONTH.fullmatch(line.strip()) or _PREPARED_MONTH.fullmatch(line.strip())
             or _PUBLISHED_MONTH.fullmatch(line.strip()) or _DASH_MONTH_ISSUE.fullmatch(line.strip()))
        told = cell if cell is not None else m.group("m") if m is not None else None
        e = next(iter(find_dates(told)), None) if told else None
        if e is not None and e.kind == "month_year" and e.year and e.month:
            return month_value(e.year, e.month, "stated"), line.strip()
    return None


#: a month and its year opening a stamp's cell, alone or before a bar: "August 2025", "Aug. 2025 | Download PDF"
_MONTH_CELL = re.compile(r"(?P<m>(?-i:[A-Z])[a-z]{2,8}\.?,?\s+(?:19|20)\d\d)\s*(?:$|[|·•])")
_NEXT_ISSUE = re.compile(r"\bnext\s+(?:issue|edition|newsletter|number|briefing|bulletin)\b", re.IGNORECASE)
#: the months an issue covers, named after its number: "(July–September)", "Jan.-Mar."
_MONTHS_OF_AN_ISSUE = re.compile(r"^\W{0,3}(?P<a>[A-Za-z]{3,9}\.?)\s*(?:[-–—/]|to)\s*(?P<b>[A-Za-z]{3,9}\.?)\b")
#: the one month an issue is of, named after its number: "(October)", "(March edition)"
_MONTH_OF_AN_ISSUE = re.compile(r"\s*[(\[]\s*(?P<a>[A-Za-z]{3,9}\.?)(?:\s+(?:issue|edition))?\s*[)\]]", re.IGNORECASE)
#: (or "No. 7/2023" alone; not a decree's number: "Decree No. 12/2023/ND-CP")
_ISSUE_OF_YEAR = re.compile(r"(?:\bissue\s*:?|(?:^|[|·•])\s*no\.\s*)"  # ("Weekly · No. 49/2012": a cell of its own)
                            r"\s*(?P<n>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)\b(?![/-])", re.IGNORECASE)


_QUARTERLY = re.compile(r"\bquarterly\b", re.IGNORECASE)


def _issue_line(line: str, found: list[DateExpr], quarterly: bool = False) -> tuple[DateValue, str] | None:
    """ "FORCE, August 2023", "Issue: 2 | 2018", "Vol. 12, No. 3, March 2019": the issue a magazine's page is of
    (a ``quarterly``'s "Issue 3 / 2021" names its year only)."""
    # (a cell naming the edition's weekday after its month is no date of its own: "February 2014 | Saturday Edition")
    found = [e for e in found if not (e.kind == "weekday" and _EDITION_AFTER.match(line, e.end))]
    numbered = _ISSUE_OF_YEAR.search(line)
    posted = next((e for e in found if e.kind == "month_day" and e.month and e.day), None)
    if numbered is not None and posted is not None and valid_date(int(numbered.group("y")), posted.month, posted.day):
        # "Issue 3/2024 — Posted 8 March": the day the line names, in the issue's year
        return day_value(dt.date(int(numbered.group("y")), posted.month, posted.day), "stated"), line.strip()
    week = next((e for e in found if e.kind == "range" and e.year is None and e.month and e.day and e.end_day), None)
    if numbered is not None and week is not None and valid_date(int(numbered.group("y")), week.month, week.day) \
            and 0 < (week.end_day or 0) - (week.day or 0) < 7 and (week.end_month in (None, week.month)):
        # "No. 49/2012 · Week of 3-9 December": a weekly's issue, out on its week's first day, in the issue's year
        return day_value(dt.date(int(numbered.group("y")), week.month, week.day), "stated"), line.strip()
    # (a line that names its months says what the number does not: "Issue 2/2023 (July-September)", a quarterly's
    # issue of those months in the issue's year)
    months = _MONTHS_OF_AN_ISSUE.search(line[numbered.end():]) if numbered is not None else None
    first, last = ((MONTHS.get(months.group("a").lower().rstrip(".")),
                    MONTHS.get(months.group("b").lower().rstrip("."))) if months is not None else (None, None))
    if numbered is not None and first and last and first <= last:
        y = int(numbered.group("y"))
        return DateValue(dt.date(y, first, 1), month_value(y, last, "stated").end, "month", "stated", True), \
            line.strip()
    one = _MONTH_OF_AN_ISSUE.match(line, numbered.end()) if numbered is not None else None
    month = MONTHS.get(one.group("a").lower().rstrip(".")) if one is not None else None
    if numbered is not None and month:
        # "Issue 10/2014 (October)", "No. 3/2019 (March edition)": the month the line names, in the issue's year
        return month_value(int(numbered.group("y")), month, "stated"), line.strip()
    if numbered is not None and not _NAMES_A_MONTH.search(line):
        # "MILTECH · Issue 9/2019": a monthly's issue numbered in its year is that month's (a number past twelve
        # names no month: the year)
        n, y = int(numbered.group("n")), int(numbered.group("y"))
        return (month_value(y, n, "stated") if 1 <= n <= 12 and not quarterly else year_value(y, "stated")), \
            line.strip()
    season = _SEASON_ISSUE.search(line)
    # (or the season alone on a line of the page's head: "Spring 2014" under "NAVY SUPPLY CORPS NEWSLETTER")
    if season is not None and (_ISSUE_WORD.search(line) or season.group(0) == line.strip()
                               # ("Spring 2025 issue", "Winter 2019 Edition": the season's issue named so)
                               or _ISSUE_AFTER.match(line, season.end())
                               # ("Shimla | Winter 2021": the season in the last cell of the page's head line)
                               or (re.search(r"[|·•]\s*$", line[:season.start()]) is not None
                                   and not line[season.end():].strip())
                               # ("Spring 2002 | Feature": the season in the first cell of the page's head row)
                               or _season_opens_a_row(line, season)):
        # "Official Magazine of the Kentucky National Guard <gap> Summer 2013 | Vol. 14, No. 2": a quarterly's
        # season names no month: its year
        return year_value(int(season.group("y")), "stated"), line.strip()
    m = _ISSUE_LINE.match(line)
    if (m is None and (cell := _TAGLINE_CELL.match(line)) is not None
            and _ISSUE_LINE.match(line[cell.end():]) is not None):
        # "Briefings on Asian defence and security | Issue 311 | Week of 7-13 March 2022": a tagline's cell first
        return _issue_line(line[cell.end():], find_dates(line[cell.end():]))
    masthead = _masthead_date(line, found) if m is None else None
    if masthead is not None and masthead.kind in ("range", "month_year"):
        m, found = None, [masthead]
    elif m is None or len(found) != 1 or found[0].start < m.start("date") or found[0].end != m.end("date"):
        return None
    e = found[0]
    first = _span_month(m.group("span")) if m is not None and m.group("span") else None
    if first and e.kind == "month_year" and e.year and e.month:
        # an issue of months ("March/April 2004", "July-September 2023"): the span, at month precision
        y0 = e.year - 1 if first > e.month else e.year
        end = month_value(e.year, e.month, "stated").end
        return DateValue(dt.date(y0, first, 1), end, "month", "stated", True), line.strip()
    if (e.kind == "range" and e.year and e.month and e.end_month and e.day and e.end_day
            and valid_date(e.year, e.month, e.day) and valid_date(e.end_year or e.year, e.end_month, e.end_day)
            and 0 < (dt.date(e.end_year or e.year, e.end_month, e.end_day) - dt.date(e.year, e.month, e.day)).days < 7):
        # a weekly's issue ("5 to 11 September 2016", "Nov 28 - Dec 4, 2003") comes out on its first day
        return day_value(dt.date(e.year, e.month, e.day), "stated"), line.strip()
    if e.kind == "range" and e.year and e.month and e.end_month == e.month:  # a fortnight's issue: its month
        return month_value(e.year, e.month, "stated"), line.strip()
    if e.kind == "month_year":
        return month_value(e.year, e.month, "stated"), line.strip()  # type: ignore[arg-type]
    if e.kind == "year" and re.search(r"\b(?:issue|vol\.?|volume|no\.?)\s*:?\s*\d", line, re.IGNORECASE):
        return year_value(e.year, "stated"), line.strip()  # type: ignore[arg-type]
    return None


#: a time zone beside a date line: the United States' (month first) or Vietnam's and India's (day first)
#: (only American zones: a Vietnamese or Indian page's day-first habit is not sure enough to guess a day by)
_US_CLOCK = re.compile(r",?\s+\d{1,2}:\d{2}:\d{2}\s*[AP]\.?M\.?\b", re.IGNORECASE)
_ZONE_ORDER = re.compile(r"\b(EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|PT)\b")
#: India's time beside a stamp: "21:10 IST", "UTC+05:30" (not Vietnam's: Tuoi Tre News writes "09/11/2023 ...
#: GMT+7" month first)
_DAY_FIRST_ZONE = re.compile(r"\bIST\b|\b(?:GMT|UTC)\s*\+\s*0?5:30\b")
#: "December, 25/2020 - 08:41" (a Vietnamese outlet's date line)
_MONTH_DAY_SLASH_YEAR = re.compile(r"\b([A-Z][a-z]{2,8})\.?,?\s+(\d{1,2})/((?:19|20)\d\d)\b|"
                                   # "September, 11, 2023 - 13:47": a comma after the month's name too
                                   r"\b([A-Z][a-z]{2,8}),\s+(\d{1,2}),\s+((?:19|20)\d\d)\b")
_DAY_MON_YEAR = re.compile(r"(?<![\w/])(\d{1,2})[/-]([A-Za-z]{3,9})\.?[/-]((?:19|20)\d\d)\b")
_DAY_MONTH_YY = re.compile(r"(?<![\w/:.-])(\d{1,2})\s+([A-Za-z]{3,9}\.?),?\s+'?(\d{2})"
                           r"(?![\d:.,/-]|\s*(?:am|pm|a\.m|p\.m|h)\b)", re.IGNORECASE)
_YEAR_FIRST = re.compile(r"(?<![\d/.])((?:19|20)\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.]\d)")


#: a line of page furniture that sets out an issue: "Issue: June 27 - July 10, 2022 | DEFENCE", "A Thanh Nien
#: publication | No. 43 | October 31 - November 6, 2014"
_ISSUE_SPAN_LINE = re.compile(r"\b(?:issue|edition|vol\.?|volume)\b|\|", re.IGNORECASE)
#: figures a label names a number ("Release No. 04-02-09", "Ref: 12/03/2019", "Release #15-06-22"): no date
#: (not a web address's path: "en.rti.org.tw/news/view/id/2016/05/23/...")
_LABELLED_NUMBER = re.compile(r"(?<![/.\w])(?:(?:No|Nos|Number|Ref|Reference|ID)\b(?!/)\.?\s*[:#]?|#)\s*\d[\d./-]*",
                              re.IGNORECASE)


def _numeric_date(line: str, exprs: list[DateExpr] = (), day_first: bool = False,  # type: ignore[assignment]
                  lead: str = "") -> DateValue | None:
    """A date line written in figures ("08/02/2024 10:48 GMT+7", "2024.11.20").

    Year first is read year, month, day. Otherwise day and month are told apart when one of them is over
    12, or as the text's own dates in figures are written ("On 25/5/2015"), or when only one reading is
    not earlier than a day the text reports in that year (an article is not older than what it reports:
    "10.04.2016" over a story of ships arriving "Oct. 2" is October 4), or when only one falls on the
    weekday of the lead or the day after it; last, by an American time zone beside it ("11:30 AM EDT": the
    month first).
    Else only the year is taken (at year precision), not a guess.
    """
    m = _YEAR_FIRST.search(line)
    if m is not None and valid_date(int(m.group(1)), int(m.group(3)), int(m.group(4))):
        d = dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        return DateValue(d, d, "day", "stated")
    m = _MONTH_DAY_SLASH_YEAR.search(line)
    mo, dd, yy = (m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)) if m is not None else ("", "", "")
    if m is not None and mo.lower() in MONTHS and valid_date(int(yy), MONTHS[mo.lower()], int(dd)):
        d = dt.date(int(yy), MONTHS[mo.lower()], int(dd))
        return DateValue(d, d, "day", "stated")
    m = _DAY_MON_YEAR.search(line)  # "24/Jul/2023", "24-Jul-2023"
    if m is not None and m.group(2).lower() in MONTHS and valid_date(int(m.group(3)), MONTHS[m.group(2).lower()],
                                                                      int(m.group(1))):
        d = dt.date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        return DateValue(d, d, "day", "stated")
    m = _DAY_MONTH_YY.search(line)  # "Sat - 22 July 23": a two-digit year after the month's name
    if m is not None and m.group(2).rstrip(".").lower() in MONTHS:
        y = 2000 + int(m.group(3)) if int(m.group(3)) < 50 else 1900 + int(m.group(3))
        if valid_date(y, MONTHS[m.group(2).rstrip(".").lower()], int(m.group(1))):
            d = dt.date(y, MONTHS[m.group(2).rstrip(".").lower()], int(m.group(1)))
            return DateValue(d, d, "day", "stated")
    m = NUMERIC_DATE.search(line)
    if m is None:
        return None
    a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if y < 100:  # "08/08/17": a two-digit year is of the century that keeps it within 50 years of 2000
        y += 2000 if y < 50 else 1900
    # (day, month) readings; "24. 5. 2016", spaced after its full stops as Czech and Slovak pages write it, and a
    # page translated from another language than English ("12.11.2025" under "[Translated from German]"), are day
    # first (an American page may write "10.04.2016" month first)
    orders = {(a, b)} if m.group(2) == ". " or day_first else {(a, b), (b, a)}
    valid = sorted(dt.date(y, mo, d) for d, mo in orders if valid_date(y, mo, d))
    later = NUMERIC_DATE.search(line, m.end())
    if len(valid) > 1 and later is not None:
        # "Issued on: 02/11/2025 - 09:14  Modified: 03/11/2025": the reading, day first or month first, in which
        # the second stamp comes within a week after the first (2 to 3 November, not 11 February to 11 March)
        a2, b2, y2 = int(later.group(1)), int(later.group(3)), int(later.group(4))
        y2 += (2000 if y2 < 50 else 1900) if y2 < 100 else 0
        fits = [first for first, (d1, m1, d2, m2) in ((True, (a, b, a2, b2)), (False, (b, a, b2, a2)))
                if valid_date(y, m1, d1) and valid_date(y2, m2, d2)
                and 0 <= (dt.date(y2, m2, d2) - dt.date(y, m1, d1)).days <= 7]
        if len(fits) == 1:
            valid = [dt.date(y, b, a) if fits[0] else dt.date(y, a, b)]
    reported: list[dt.date] = []
    if len(valid) > 1:
        reported = [dt.date(y, e.month, e.day) for e in exprs  # type: ignore[arg-type]
                    if e.kind in ("date", "month_day", "range") and e.month and e.day and e.year in (None, y)
                    and valid_date(y, e.month, e.day)]
    order = numeric_order(list(exprs))
    if len(valid) > 1 and order:  # "Friday, 07/01/2022" over a text that writes "On 25/5/2015": day first
        valid = [dt.date(y, b, a) if order == "day" else dt.date(y, a, b)]
    own = _WEEKDAY_NAMED.search(line.title())  # (a bulletin's capitals: "WEDNESDAY 04-07-2007")
    if len(valid) > 1 and own is not None:  # "Wednesday, 12/11/2025": the reading that falls on that weekday
        valid = [d for d in valid if d.weekday() == _WEEKDAYS.index(own.group(1))] or valid
    if len(valid) > 1 and _US_CLOCK.match(line, m.end()):
        # "Published: 9/12/2024 4:47:05 PM": figures, then a twelve-hour clock with seconds, is the American
        # way of writing a date and time (day-first pages write a 24-hour clock: "13/11/2025 14:05")
        valid = [dt.date(y, a, b)]
    if len(valid) > 1 and reported:
        # (before the lead's weekday: "02/08/2024" over talks "on August 1" and a call "on Wednesday" of the
        # visit before them)
        # "10/09/2024" over talks "on September 9": a story is filed within days of a day it reports (of any:
        # a day recalled from an earlier year, "on September 30 two years earlier", may be later in the calendar)
        near = [d for d in valid if any(0 <= (d - r).days <= 7 for r in reported)]
        if len(near) == 1:
            valid = near
    if len(valid) > 1 and _DAY_FIRST_ZONE.search(line):
        # "Posted on 06-07-2007 | 21:10 IST": a stamp in India's own time is written day first (before
        # the lead's weekday, which may be a visit's first day told before the day of the story)
        valid = [dt.date(y, b, a)]
    if len(valid) > 1:
        # "09/11/2023" over "Joe Biden on Sunday became ...": the reading on that weekday or the day after it
        # (a story is filed on the day or the next); the first weekday the text tells is its lead's
        # (not a weekday told with a day of another year: "on a humid Saturday in September 2016")
        at = next((e for i, e in enumerate(exprs) if e.kind == "weekday"
                   and not any(f.year not in (None, y) and 0 <= f.start - e.end <= 30 for f in exprs[i + 1:i + 3])),
                  None)
        first = _WEEKDAY_NAMED.search(at.text) if at is not None else None
        if at is not None and first is not None:
            wd = _WEEKDAYS.index(first.group(1))
            # (or on any day of a stay of days begun that weekday, "arrived off Da Nang on Monday ... for a four-day
            # visit": a story of the stay is filed on any of its days, as a dateline's is)
            stay = _STAY_OF_DAYS_AFTER.match(lead, at.end) if lead and at.end else None
            days = min(6, max(1, number_value(stay.group("n")) or 1)) if stay is not None else 1
            valid = [d for d in valid if (d.weekday() - wd) % 7 <= days] or valid
    if len(valid) > 1 and reported:  # not older than what it reports ("until December 15" under 05/12 says nothing)
        valid = [d for d in valid if d >= max(reported)] or valid
    if len(valid) > 1 and reported:
        # "12.10.24" over a ceremony "on November 20" and a plan "from December 19 to 22": the reading not older
        # than more of the days it reports (a plan's day may be later than the story)
        after = {d: sum(d >= r for r in reported) for d in valid}
        best = max(after.values())
        if list(after.values()).count(best) == 1:
            valid = [d for d in valid if after[d] == best]
    if len(valid) > 1 and _ZONE_ORDER.search(line):
        # last, when the text tells nothing: "07/09/15 11:30 AM EDT", an American page, writes the month first
        valid = [dt.date(y, a, b)]
    if len(valid) > 1 and m.group(2).strip() == "." and valid_date(y, b, a):
        # and figures with full stops, "12.10.2011", as the pages that write them do (German, Russian, Nordic,
        # Vietnamese): the day first (five blind pages of rounds 44-45 stamped so, none month first; an American
        # page that writes dots is read by the days it reports, above)
        valid = [dt.date(y, b, a)]

    if len(valid) == 1:
        return DateValue(valid[0], valid[0], "day", "stated")
    return year_value(y, "stated") if valid or orders else None


#: a plan's word, and a clause that leaves the plan for a happening of its own: "is expected to arrive Sunday,
#: three months after a carrier visited Danang in June 2023"
#: (and a plan told as planned or offered: "A follow-on course is planned for next spring", "the U.S. has offered to
#: bring VNMAC staff to a conference in Bangkok in 2023")
_PLAN_CUE = re.compile(PLAN_WORD + r"|\b(?:is|are)\s+(?:now\s+)?planned\s+for\b|"
                       # (a plan reported in the past tense: "officials said the next round was expected to take
                       # place in 2009", "the ships were due to call at Manila in May")
                       r"\b(?:was|were)\s+(?:also\s+)?(?:expected|due|scheduled|slated)\s+to\b|"
                       r"\b(?:has|have)\s+(?:also\s+)?offered\s+to\b|"
                       # ("have invited Vietnamese military doctors to observe the mission in 2025")
                       r"\b(?:has|have)\s+(?:also\s+)?invited\s+[^.;]{0,80}?\bto\b|"

                       # ("an invitation for the next dialogue, in Hanoi in 2025, was extended": the next one's year)
                       r"\b(?:next|upcoming|forthcoming)\s+(?:[\w-]+\s+){0,2}?(?:dialogue|round|session|meeting|"
                       r"edition|exercise|visit|summit|talks)\b", re.IGNORECASE)
_LEAVES_PLAN = re.compile(r"\b(?:after|since|following|when|than|before|which|who|where|ago|last|previous|earlier|"
                          r"(?:was|were)(?!\s+(?:also\s+)?(?:expected|due|scheduled|slated)\s+to\b)|had)\b|"
                          # a verb of the past of its own ("the talks his predecessor held in 2024"), not the plan's
                          # own passive ("is to be hosted", "will be held"), nor a plan reported ("was expected to")
                          r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\balso\s)"
                          r"\b(?:\w+ed|held|met|began|made|took|came|went|led|flew|spoke)\b",
                          re.IGNORECASE)


_CLAUSE_END = re.compile(r"[.!?](?=\s+[^a-z\s])|[.!?]$|[;\n]")


def in_plan(text: str, pos: int) -> bool:
    """Whether a date at ``pos`` is told in a plan ("The next round is to be hosted by India in 2026"): a
    plan's date says nothing of when the article was written, except that it was before."""
    lo = max(0, pos - 200)
    # (a full stop ends the sentence only before a capital: "the U.S. has offered to bring ... in 2023" is one)
    start = max((m.end() for m in _CLAUSE_END.finditer(text, lo, pos)), default=lo)
    cue = next(iter(reversed(list(_PLAN_CUE.finditer(text, start, pos)))), None)  # the nearest plan word
    return cue is not None and not _LEAVES_PLAN.search(text, cue.end(), pos)


_WEEKDAY_NAMED = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: a weekday written short just before a stamp's day, opening its line or cell: "Tue, 11 Nov", "| Thurs. 3 March"
_WEEKDAY_IN_BRACKETS = re.compile(r"\s*[(（]\s*(?P<w>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?\s*[)）]",
                                re.IGNORECASE)
_SHORT_WEEKDAY = re.compile(r"(?:^|[|·•]|\s{3,})\s*(?P<w>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s*$",
                            re.IGNORECASE)


_THE_WEEKDAY = re.compile(r"\bthe\s+$", re.IGNORECASE)


#: a weekday's own day and month after it: "Thursday, Oct. 14", "Monday 3 March"
_ITS_OWN_DAY_AFTER = re.compile(r",?\s+(?:\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8}\b|(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}\b)")
#: the lead's own day told as today: "left Hai Phong this morning", "said today"
_TODAY_BEFORE = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
#: a stay of days begun on the weekday just told: "arrived here on Friday on a four-day goodwill visit"
_STAY_OF_DAYS_AFTER = re.compile(r"[^.;]{0,40}?\b(?:for|on)\s+(?:a|an|his|her|their|its)\s+(?P<n>\w+)-day\s+"
                                 r"(?:[\w-]+\s+){0,2}?(?:visit|trip|stay|tour|call|port\s+call|mission)\b",
                                 re.IGNORECASE)


def _dateline_year(month: int, day: int, anchor: Anchor, lead: str = "",
                   tenures: tuple[list[int], str] | None = None, latest_year: int | None = None,
                   windows: dict[str, tuple[dt.date, dt.date]] | None = None,
                   planned: frozenset[int] = frozenset(), whole: str = "") -> tuple[int, str] | None:
    """The year of a dateline without one: the article is not older than the facts it reports.

    The year is the first one, from the text's evidence on, within the years its officials held their offices.
    When the lead names a weekday ("HANOI, Sept 3 (Reuters) - ... on Saturday"), it is the first such year in
    which the dateline's day is that weekday or the day after it (a story is filed on the day or the next).
    """
    # "Biden is expected to arrive Sunday": a weekday still to come says nothing of the filing day
    # ("on the Thursday": a day of a span the lead has told, "a visit that opened on 30 July", not of the page's week)
    named = [_WEEKDAYS.index(m.group(1)) for m in _WEEKDAY_NAMED.finditer(lead)
             if not TO_COME.search(lead, max(0, m.start() - 60), m.start())
             and not _THE_WEEKDAY.search(lead, max(0, m.start() - 5), m.start())
             # ("left Hai Phong this morning after a five-day visit that began on Monday": the lead tells the
             # filing day as today, so its weekday is another day's)
             and not _TODAY_BEFORE.search(lead, 0, m.start())]
    # ("held a videoconference on Thursday, Oct. 14" under "Week of October 18": a weekday told with its own day
    # holds in its year, whatever the filing day's weekday)
    paired = [(_WEEKDAYS.index(m.group(1)), got) for m in _WEEKDAY_NAMED.finditer(lead)
              if (own := _ITS_OWN_DAY_AFTER.match(lead, m.end())) is not None
              and (got := cell_month_day(own.group(0).strip(" ,"))) is not None]
    if not paired and whole:
        # ("Lucknow, Nov 26: ... left on Saturday ... The delegation arrived on Monday, November 19": a weekday told
        # with its own day later in the text, not still to come, holds in its year as well as one in the lead)
        paired = [(_WEEKDAYS.index(m.group(1)), got) for m in _WEEKDAY_NAMED.finditer(whole)
                  if (own := _ITS_OWN_DAY_AFTER.match(whole, m.end())) is not None
                  and not TO_COME.search(whole, max(0, m.start() - 60), m.start())
                  and not in_plan(whole, m.start())
                  and (got := cell_month_day(own.group(0).strip(" ,"))) is not None]
    if anchor.now is not None:
        ref, how = dt.date(anchor.now.start.year, 1, 1), anchor.note
    elif anchor.facts is not None:
        ref, how = anchor.facts.start, (f"the first such day from {anchor.facts.iso_start()}, as {anchor.note}"
                                        if anchor.note.startswith("the text names") else
                                        f"the first such day after the dated fact {anchor.facts.iso_start()}")
    elif named and tenures is not None:
        ref, how = dt.date(tenures[0][0], 1, 1), "the text's officials"
    elif named and latest_year is not None:
        ref, how = dt.date(latest_year, 1, 1), f"the latest year the text names ({latest_year})"
    elif named and planned and not paired and not any(_ITS_OWN_DAY_AFTER.match(lead, m.end())
                                                      for m in _WEEKDAY_NAMED.finditer(lead)):
        # no fact, no official, but a plan: "a ship was expected to visit an Indian port in 2002" under "Nov 16" with
        # "sailed on Thursday" is of the plan's year or the one before it (not a stamp's own weekday, "Friday, June
        # 17", which must fall on its day)
        ref, how = dt.date(min(planned) - 1, 1, 1), f"the plan's year ({min(planned)})"
    elif tenures is not None and windows is not None and len(windows) >= 3:
        # no weekday, no dated fact, but three or more officials in office: the first year their terms share,
        # if they share at most two with the day in them
        ref, how = dt.date(tenures[0][0], 1, 1), "the text's officials"
    else:
        return None
    only_officials = not named and anchor.now is None and anchor.facts is None
    years = range(ref.year, ref.year + (15 if named else 2))
    if tenures is not None:
        # "Hanoi, Oct 13 (UNI)" over a strategic partnership of July 2007 and an army chief in office from 2010:
        # the first year, from the facts on, in which the officials held their offices
        within = [y for y in tenures[0] if y >= ref.year]
        if within:
            years, how = range(within[0], within[-1] + 1), f"{how}, {tenures[1]}"
    if windows:
        # "Dec 27" over a minister in office until April 2021: of the officials' years, those in which the day
        # itself falls in the most of their terms (a year only guessed from them may give way to another of them)
        guessed = anchor.now is not None and anchor.now.basis == "year_inferred" and tenures is not None
        pool = sorted(set(years) | set(tenures[0] if guessed and tenures is not None else ()))
        held = {y: sum(a <= dt.date(y, month, day) <= b for a, b in windows.values())
                for y in pool if valid_date(y, month, day)}
        best = max(held.values(), default=0)
        if held and len(set(held.values())) > 1:
            years = [y for y in years if held.get(y) == best] or [y for y in pool if held.get(y) == best]
            ref = min(ref, dt.date(years[0], 1, 1))
    if only_officials and (not windows or len(years) > 2):
        return None
    if named and anchor.now is not None and anchor.now.basis != "year_inferred" and ref.year in years \
            and valid_date(ref.year, month, day) and (dt.date(ref.year, month, day).weekday() - named[0]) % 7 <= 3:
        # "Aug. 9" over "mark 30 years since ... July 1995" and a ship that "arrived on Thursday": the year the
        # text's own arithmetic tells (and its officials allow), when the lead's weekday falls in the days before
        # the dateline's
        return ref.year, (f"{how}; '{_WEEKDAYS[named[0]]}' falls in the days before "
                          f"{dt.date(ref.year, month, day):%B} {day}")
    if paired:
        wd, (pm, pd) = paired[0]
        holds = [y for y in years if valid_date(y, month, day)
                 and ref <= dt.date(y, month, day) <= actors_mod.base_checked()
                 and valid_date(y, pm, pd) and dt.date(y, pm, pd).weekday() == wd
                 and 0 <= (dt.date(y, month, day) - dt.date(y, pm, pd)).days <= 31]
        # ("Monday, November 25" over "the next dialogue, in Hanoi in 2025": of the years it holds in, the plan's
        # or the one before it)
        by_plan = [y for y in holds if any(y in (p - 1, p) for p in planned)]
        if len(by_plan) == 1:
            return by_plan[0], (f"{how}; of the plan's year ({', '.join(map(str, sorted(planned)))}) or the one "
                                f"before, the one in which '{_WEEKDAYS[wd]}, {dt.date(by_plan[0], pm, pd):%B} {pd}' "
                                "holds")
        if holds:
            first = dt.date(holds[0], pm, pd)
            return holds[0], f"{how}; the first year in which '{_WEEKDAYS[wd]}, {first:%B} {pd}' holds"
    if named and planned:
        # "(Dec. 3) ... finished ... Friday" over "a conference in Bangkok in 2023": of the years the lead's weekday
        # fits (the day or the one before it), the one of the plan's year or the year before, if only one
        by_plan = {y for p in planned for y in (p - 1, p) if y in years and valid_date(y, month, day)
                   and dt.date(y, month, day) >= ref and y <= actors_mod.base_checked().year
                   and {dt.date(y, month, day).weekday(), (dt.date(y, month, day).weekday() - 1) % 7} & {named[0]}}
        exact = {y for y in by_plan if dt.date(y, month, day).weekday() == named[0]}
        if len(by_plan) > 1 and len(exact) == 1:
            by_plan = exact  # (of the plan's year and the one before, the one whose day is the weekday itself)
        if len(by_plan) == 1:
            y = by_plan.pop()
            return y, (f"{how}; of the plan's year ({', '.join(map(str, sorted(planned)))}) or the one before, the "
                       f"one in which {dt.date(y, month, day):%B} {day} fits '{_WEEKDAYS[named[0]]}'")
    # ("arrived here on Friday on a four-day goodwill visit" under "Mar 14": a story filed on any day of the stay,
    # or the day after it, as well as on the weekday or the next)
    stays = {_WEEKDAYS.index(m.group(1)): min(6, max(1, number_value(got.group("n")) or 1))
             for m in _WEEKDAY_NAMED.finditer(lead) if (got := _STAY_OF_DAYS_AFTER.match(lead, m.end()))}

    def fitting(wd: int, fits: list[int]) -> bool:
        return any((wd - f) % 7 <= stays.get(f, 1) for f in fits)

    # the lead's first weekday before the others: "on Friday raised ... Dung, who arrived on Wednesday": the day
    # the lead reports is Friday's
    for fits in ([named[0]], named) if named else ([],):
        for y in years:
            if not valid_date(y, month, day) or dt.date(y, month, day) < ref:
                continue
            wd = dt.date(y, month, day).weekday()
            if not named:
                return y, how
            if fitting(wd, fits):
                return y, f"{how}; the first year in which {dt.date(y, month, day):%B} {day} fits " \
                          f"'{_WEEKDAYS[fits[0]]}'"
    if named and len(years) <= 3:
        # the officials' few years, and none has the day on the lead's weekday or the next: a story filed a
        # few days on ("on Monday" under "12 Nov", a Wednesday); the first year within three days of it
        for y in years:
            if valid_date(y, month, day) and dt.date(y, month, day) >= ref and any(
                    (dt.date(y, month, day).weekday() - w) % 7 <= 3 for w in named):
                return y, f"{how}; the first year in which {dt.date(y, month, day):%B} {day} is days after " \
                          f"'{_WEEKDAYS[named[0]]}'"
    return (ref.year, how) if anchor.now is not None and not named else None


#: a weekday written with the stamp's own day: "Monday, 28 December", "July 7 (Sat.)", "Thu 12 Oct"
_WEEKDAY_WORD = r"(?P<w>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_WEEKDAY_BEFORE = re.compile(r"(?<![\w-])" + _WEEKDAY_WORD + r",?\s*$", re.IGNORECASE)
_WEEKDAY_AFTER = re.compile(r"\s*[,(（]?\s*" + _WEEKDAY_WORD + r"(?![\w-])", re.IGNORECASE)


def _own_weekday(line: str, day_text: str) -> int | None:
    """The weekday a stamp writes beside its own day and month, 0 for Monday; None if it writes none."""
    at = line.find(day_text) if day_text else -1
    if at < 0:
        return None
    m = _WEEKDAY_BEFORE.search(line, 0, at) or _WEEKDAY_AFTER.match(line, at + len(day_text))
    if m is None:
        return None
    return next(i for i, name in enumerate(_WEEKDAYS) if name.lower().startswith(m.group("w").lower()[:3]))


def _live_heading_weekday(text: str) -> tuple[int, int, int, str] | None:
    """The month, day and weekday of the first of a live page's day headings that writes its weekday
    ("SUNDAY, SEPTEMBER 10"), and the heading."""
    for s, e in live_day_headings(text):
        line = text[s:e].strip()
        expr = next((x for x in find_dates(line) if x.kind in ("month_day", "date") and x.day and x.month), None)
        wd = _own_weekday(line, expr.text) if expr is not None else None
        if expr is not None and wd is not None:
            return expr.month, expr.day, wd, line  # type: ignore[return-value]
    return None


def _year_of_the_weekday(month: int, day: int, weekday: int, text: str, latest_year: int | None
                         ) -> tuple[int, str] | None:
    """The one year, not before the latest year the text tells as past, in which the day falls on the stamp's own
    weekday while all the officials it names (or all but one) held the offices it gives them that day."""
    windows = _official_windows(text)
    checked = actors_mod.base_checked()
    if not windows:
        return None
    held = {y: [n for n, (a, b) in windows.items() if a <= dt.date(y, month, day) <= min(b, checked)]
            for y in range(min(a for a, _b in windows.values()).year, checked.year + 1)
            if valid_date(y, month, day) and dt.date(y, month, day).weekday() == weekday
            and (latest_year is None or y >= latest_year)}
    best = max((len(n) for n in held.values()), default=0)
    fits = [y for y, n in held.items() if len(n) == best]
    if best < (len(windows) - 1 if len(windows) >= 3 else len(windows)) or len(fits) != 1:
        return None
    return fits[0], (f"the one year in which {dt.date(fits[0], month, day):%B} {day} is a {_WEEKDAYS[weekday]}, "
                     f"as the stamp says, with {', '.join(held[fits[0]])} in office")


def _first_year_of_the_weekday(month: int, day: int, weekday: int, anchor: Anchor, latest_year: int | None
                               ) -> tuple[int, str] | None:
    """The first year, from the text's latest dated fact or latest past year on, in which a stamp's day falls on
    the weekday the stamp gives it ("Friday, August 19" over a memorandum "signed ... in 2021": 2022)."""
    floors = [y for y in (anchor.facts.start.year if anchor.facts is not None else None,
                          anchor.now.start.year if anchor.now is not None else None, latest_year) if y]
    if not floors:
        return None
    floor = max(floors)
    fits = next((y for y in range(floor, actors_mod.base_checked().year + 1) if valid_date(y, month, day)
                 and dt.date(y, month, day).weekday() == weekday), None)
    if fits is None:
        return None
    return fits, f"the first year from {floor} (the text's latest fact) in which {dt.date(fits, month, day):%B} " \
                 f"{day} is a {_WEEKDAYS[weekday]}, as the stamp says"


def _year_before_a_plan(month: int, day: int, weekday: int, text: str, exprs: list[DateExpr],
                       latest_year: int | None) -> tuple[int, str] | None:
    """The year of a stamp's day and own weekday from the plans the text tells: a plan is for the page's year or
    the next, so the day falls on its weekday in one of the two (never both); None if the plans disagree."""
    planned = {e.year for e in exprs if e.year and e.kind in ("year", "month_year", "date") and in_plan(text, e.start)}
    fits = {y for p in planned for y in (p - 1, p) if valid_date(y, month, day)
            and dt.date(y, month, day).weekday() == weekday and y <= actors_mod.base_checked().year
            and (latest_year is None or y >= latest_year)}
    if len(fits) != 1:
        return None
    y = fits.pop()
    return y, f"the year, of the plan's ({', '.join(map(str, sorted(planned)))}) or the one before, in which " \
              f"{dt.date(y, month, day):%B} {day} is a {_WEEKDAYS[weekday]}, as the stamp says"


#: a copyright line and its one year: "Copyright 2003 The Associated Press", "Copyright Prensa Latina 2025", "© 2017
#: Hawaii News Now", "Copyright (c) 2003 Daily Press", and the outlet's name before the mark: "Quang Tri Herald (c)
#: 2022. All rights reserved." (not a span of years, "© 2000-2024", which is a site's)
_COPYRIGHT_YEAR = re.compile(r"^(?:[^\n]{0,120}?[.!?]\s+)?"  # ("... is published every Monday. (c) 2023 GDN Media.")
                             r"\W*(?:(?-i:[A-Z])[\w.&'-]*(?:\s+(?-i:[A-Z])[\w.&'-]*){0,4}\s+)?"
                             # ("(c) The Kalinga Post, 2025. All rights reserved.": the owner, a comma, the year)
                             r"(?:copyright|©|\(c\))\s*(?:(?:©|\(c\))\s*)?(?:[A-Za-z][\w .&'-]{0,40}?,?\s)?"
                             r"(?P<y>(?:19|20)\d\d)\b(?!\s*[-–]\s*(?:19|20)?\d\d)", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def _era_terms() -> list[tuple[re.Pattern[str], re.Pattern[str] | None, dt.date, str, str]]:
    """Names that did not exist before a day (data/eras.csv): "COVID-19", "the pandemic", "Indo-Pacific Command";
    and a partnership's level, for the partner that holds it (the ``partner`` column: "Comprehensive Strategic
    Partnership" of the United States since 10 September 2023)."""
    out = []
    for r in load_csv("eras.csv"):
        terms = "|".join(re.escape(t.strip()) for t in r["term"].split(";") if t.strip())
        unless = "|".join(re.escape(t.strip()) for t in r["unless_before"].split(";") if t.strip())
        out.append((re.compile(rf"\b(?:{terms})\b", re.IGNORECASE),
                    re.compile(rf"\b(?:{unless})\b[\w\s-]{{0,20}}$", re.IGNORECASE) if unless else None,
                    dt.date.fromisoformat(r["not_before"]), r["what"], r.get("partner", "")))
    return out


def level_reached_on(partner: str, sentence: str, within: DateValue) -> dt.date | None:
    """The day the partner's relationship reached the level a sentence names (data/eras.csv), when that day falls
    within ``within``: "lifted to a comprehensive strategic partnership six years ago" (2016) is 3 September 2016
    for India. The longest level named wins ("from a strategic partnership to a comprehensive strategic
    partnership")."""
    best: tuple[int, dt.date] | None = None
    for pattern, _unless, day, _what, holder in _era_terms():
        if holder != partner or not pattern.pattern.endswith(("Partnership)\\b", "partnership)\\b")):
            continue
        for m in pattern.finditer(sentence):
            if within.start <= day <= within.end and (best is None or m.end() - m.start() > best[0]):
                best = (m.end() - m.start(), day)
    return best[1] if best else None


def _names_the_partner(text: str, at: int, partner: str) -> bool:
    """Whether a level named at ``at`` is the partner's: its sentence names that country and no other studied one,
    or the text names no other studied partner at all."""
    studied = actors_mod.studied_partners()
    here = {c for _s, _e, c in actors_mod.find_countries(_sentence_around(text, at))} & studied
    if here:
        return here == {partner}
    return {c for _s, _e, c in actors_mod.find_countries(text)} & studied == {partner}


#: what tells an upgrade named as a noun was made: "last September's upgrade", "since the upgrade", "the 2023 upgrade"
_PAST_MARK = re.compile(r"(?:\blast\s+\w+'s|\b(?:since|after|following)\s+(?:the|last\s+\w+'s)|\b(?:19|20)\d\d)\s+$",
                        re.IGNORECASE)


def era_floor(text: str) -> tuple[dt.date, str] | None:
    """The first day the text can have been written, by the newest name it uses that did not exist before it:
    "held online because of pandemic travel restrictions" is of 11 March 2020 or later."""
    best: tuple[dt.date, str] | None = None
    for pattern, unless, day, what, partner in _era_terms():
        for m in pattern.finditer(text):
            u = unless.search(text, max(0, m.start() - 30), m.start()) if unless is not None else None
            if u is not None and not (partner and _PAST_MARK.search(text, max(0, u.start() - 30), u.start())):
                continue  # "the 2009 H1N1 pandemic": another one, named (but "last September's upgrade" to a level
                # is one made)
            if partner and (not _names_the_partner(text, m.start(), partner) or in_plan(text, m.start())):
                continue  # (another partner's level, or one still to come: "may be raised to a ... Partnership")
            if best is None or day > best[0]:
                best = (day, f"'{m.group(0)}' ({what})")
            break
    return best


#: a year set before the copyright mark and the owner, alone on its line: "2023 (c) The Mahanadi Evening Mail"
_YEAR_THEN_COPYRIGHT = re.compile(r"^\W*(?P<y>(?:19|20)\d\d)\s+(?:©|\(c\)|copyright)\s+(?-i:[A-Z])[^\n]{0,80}$",
                                  re.IGNORECASE | re.MULTILINE)


def _copyright_year(dropped: str, text: str, exprs: list[DateExpr]) -> tuple[int, str] | None:
    """The one year a page's copyright line states, when it can be the article's: not before a year the text
    tells as past, and within the years its officials held office (a site's footer may show the year the page
    was saved: "© 2024" under a story of Vajpayee's 2001 visit)."""
    found = {(int(m.group("y")), m.group(0).strip()) for pattern in (_COPYRIGHT_YEAR, _YEAR_THEN_COPYRIGHT)
             for m in pattern.finditer(dropped + "\n" + text)}
    if len({y for y, _l in found}) != 1:
        return None
    year, line = found.pop()
    if year > actors_mod.base_checked().year:
        return None
    told = [e.year for e in exprs if e.kind in ("year", "month_year", "date") and e.year and not in_plan(text, e.start)]
    if any(y > year for y in told):
        return None
    # (all but one: a predecessor may be recalled; and not officials the text dates itself: "during Pranab
    # Mukherjee's visit in 2014" under "(c) 2023")
    tenures = _tenure_years(text, slack=1, dated_too=False)
    if tenures is not None and year not in tenures[0]:
        return None
    return year, line


#: a release's reference number with its year for a segment, on a line of its own at the head or foot of the page:
#: "No. AADC/PR/07/2019", "PR No. 123/2019", "Ref: MoD-PR-45-2021", "(Release ID: PRO-KOC/2024/117)"
_REFERENCE_YEAR = re.compile(r"^\W*(?:(?:press\s+release|pr|release)\s+)?(?:no|ref|reference|id)\b\.?\s*:?\s*"
                             r"[A-Z0-9][\w./-]*?[/-](?P<y>(?:19|20)\d\d)(?:[/-]\d{1,5})?\)?\s*$",
                             re.IGNORECASE | re.MULTILINE)


def _reference_year(dropped: str, text: str, exprs: list[DateExpr]) -> tuple[int, str] | None:
    """The year a release's reference number ends in ("No. AADC/PR/07/2019"), on a line of its own at the head
    or foot of the page, read as a copyright line is: the page's year when nothing the text tells as past is later."""
    head = "\n".join([*dropped.splitlines()[:12], *text.splitlines()[:12], *text.splitlines()[-8:],
                      *dropped.splitlines()[-8:]])
    found = {(int(m.group("y")), m.group(0).strip()) for m in _REFERENCE_YEAR.finditer(head)}
    if len({y for y, _l in found}) != 1:
        return None
    year, line = found.pop()
    told = [e.year for e in exprs if e.kind in ("year", "month_year", "date") and e.year and not in_plan(text, e.start)]
    if year > actors_mod.base_checked().year or any(y > year for y in told):
        return None
    return year, line


#: the subject's next predicate after a comma, a clause of its own: ", and follows", ", and comes" (not a semicolon:
#: "celebrated 50 years of diplomatic relations two years ago; relations were established on 7 January 1972" tells
#: what the count is from)
_NEXT_PREDICATE = re.compile(r",\s+(?:and|but)\s+(?:also\s+)?(?:follows|followed|comes|came|precedes|preceded|"
                             r"caps|capped|crowns|crowned|"
                             # (or what the speaker went on to say: "in the year both countries mark the 50th
                             # anniversary of ties, and said cooperation has been a pillar of the partnership set up
                             # in 2016")
                             r"said|says|added|adds|noted|notes|stressed|stresses|affirmed|affirms|told|tells)\b",
                             re.IGNORECASE)


#: a count the text says is not yet reached: "as the countries approach three decades since", "nearing the 50th
#: anniversary of", "on the eve of 30 years since", "close to twenty years after"
_NOT_YET_REACHED = re.compile(r"\b(?:approach(?:es|ed|ing)?|near(?:s|ed|ing)?|on\s+the\s+eve\s+of|close\s+to|"
                              r"almost|nearly|not\s+yet)\s+(?:the\s+|their\s+|its\s+)?$", re.IGNORECASE)


def _anchor_from_text(text: str, sentences: list[Sentence], exprs: list[DateExpr],
                      periods: list[tuple[int, int, int, int]]) -> Anchor:
    """Without a stated date: the text's arithmetic, its dated facts, or the officials' tenures."""
    # "the 10th anniversary of ... established in July 2013": the article's own year; "celebrated
    # the 50th anniversary of ties (1972-2022) last year": the year after it
    # (expressions and periods come in text order: bisected, since a scan per anniversary is quadratic)
    starts, period_starts = [f.start for f in exprs], [p[0] for p in periods]
    searched: dict[tuple[str, ...], tuple[int, str, int] | None] = {}
    for i, e in enumerate(exprs):
        if (e.kind in ("anniversary", "years_since") and e.unit == "years"
                and _NOT_YET_REACHED.search(text, max(0, e.start - 30), e.start)):
            continue  # "as the countries approach three decades since 1995": a count not reached, no page's year
        if e.kind in ("anniversary", "years_since") and e.unit == "years":
            own = sentences[sentence_at(sentences, e.start)] if sentences else None
            sent_end = own.end if own is not None and own.start <= e.start < own.end else len(text)
            later = exprs[i + 1:bisect_left(starts, sent_end, lo=i + 1)]
            # (not a deadline or a plan's year: "mark 35 years of relations, ... a target of $2 billion by 2010")
            dated = [(f.year, f.text, f.start) for f in later
                     if f.kind in ("month_year", "year", "date", "range") and f.year
                     and not _DEADLINE_BEFORE.search(text, max(0, f.start - 20), f.start)
                     and not in_plan(text, f.start)
                     # (not a year of the subject's next predicate: "comes six years after Modi travelled to Hanoi
                     # ..., and follows a virtual summit ... in December 2020")
                     and not _NEXT_PREDICATE.search(text, e.end, f.start)]
            base = dated[0] if dated else None
            if base is None and in_plan(text, e.start) and any(
                    f.kind in ("month_year", "year", "date") and f.year and in_plan(text, f.start) for f in later):
                # "will mark the 45th anniversary of diplomatic relations in 2017": a plan's year, which the page
                # comes before (or in); the count says no more than the plan does
                continue
            j = bisect_left(period_starts, e.end)
            period = ((periods[j][2], text[periods[j][0]:periods[j][1]], periods[j][0])
                      if j < len(periods) and periods[j][0] < sent_end else None)
            if period is not None and (base is None or period[2] < base[2]):
                base = period  # "(1972-2022)": the years counted from and to
            if base is None and (e.kind == "anniversary" or (_CELEBRATED_YEARS.match(e.text)
                                                             and _OF_THOSE.match(text, e.end))):
                # "full diplomatic relations since 1972, and the 35th anniversary this year": the start told
                # before the count, in the same sentence, by what began then (so "established diplomatic relations
                # in 1972 and last year celebrated fifty years of those ties")
                sent_start = own.start if own is not None and own.start <= e.start < own.end else 0
                begun = [f for f in exprs[bisect_left(starts, sent_start):i] if f.kind == "year" and f.year
                         and _BEGUN_BEFORE.search(text, max(sent_start, f.start - 60), f.start)]
                if begun:
                    base = (begun[-1].year, begun[-1].text, begun[-1].start)  # type: ignore[assignment]
            if base is None and (e.kind == "anniversary" or (
                    # ("a year after the two countries declared a strategic partnership": its year told elsewhere)
                    e.kind == "years_since" and re.search(r"\bafter$", e.text, re.IGNORECASE)
                    and _PARTNERSHIP_SINCE.match(text, e.end))):
                base = _counted_from_elsewhere(text, e, exprs, sent_end, searched)
            if base is None and e.kind == "anniversary" and own is not None and _OF_THAT.match(text, e.end):
                # "... established diplomatic relations on January 7, 1972. Last year the two countries marked the
                # 50th anniversary of that milestone": the year told in the sentence before
                prev = next((t for t in reversed(sentences) if t.end <= own.start), None)
                told = [f for f in exprs[bisect_left(starts, prev.start):bisect_left(starts, prev.end)]
                        if f.year and f.kind in ("year", "month_year", "date")] if prev is not None else []
                # (of several, the last told, which "that" points back to: "Joint field work began in 1988, years
                # before President Bill Clinton announced the normalization of relations on July 11, 1995. This year
                # marks the 30th anniversary of that announcement")
                told = [f for f in told if not in_plan(text, f.start)]
                if told:
                    base = (told[-1].year, told[-1].text, told[-1].start)  # type: ignore[assignment]
            told_before = own is not None and own.start <= e.start and any(
                f.year for f in exprs[bisect_left(starts, own.start):i] if f.kind in ("year", "month_year", "date")
                and not re.search(r"\bsince\s+$", text[max(0, f.start - 8):f.start], re.IGNORECASE)
                and not re.search(r",\s+and\b|;", text[f.end:e.start]))
            if base is None and not told_before:
                # (not an anniversary told in a sentence with a year of its own: "the first round was held in Hanoi
                # in August 2010, as the two countries marked the 15th anniversary of ...": that year's)
                base = _relations_began(text, e)
            if base is None:
                base = _national_day_counted(text, e)
            if (base is None and e.kind == "years_since" and own is not None and own.start <= e.start < own.end
                    and re.search(r"\b(?:since|after)$", e.text, re.IGNORECASE) and _SINCE_THEN.match(text, e.end)
                    and not in_plan(text, e.start)):
                # "The first dialogue was held in Hanoi in August 2010. This August marks fifteen years since then.":
                # what was counted from, dated last in the sentence before
                prev = next((t for t in reversed(sentences) if t.end <= own.start), None)
                told = [f for f in exprs[bisect_left(starts, prev.start):bisect_left(starts, prev.end)]
                        if f.year and f.kind in ("year", "month_year", "date") and not in_plan(text, f.start)
                        ] if prev is not None else []
                if told:
                    base = (told[-1].year, told[-1].text, told[-1].start)  # type: ignore[assignment]
            if (base is None and e.kind == "years_since" and re.search(r"\bon$", e.text, re.IGNORECASE)
                    and own is not None and own.start <= e.start < own.end and not in_plan(text, e.start)):
                # "... handed over the corvette INS Kirpan at Cam Ranh in July 2023. Two years on, officials say the
                # ship is in regular service": the last date told just before, in the sentence before
                prev = next((t for t in reversed(sentences) if t.end <= own.start), None)
                told = [f for f in exprs[bisect_left(starts, prev.start):bisect_left(starts, prev.end)]
                        if f.year and f.kind in ("year", "month_year", "date") and not in_plan(text, f.start)
                        ] if prev is not None else []
                if told:
                    base = (told[-1].year, told[-1].text, told[-1].start)  # type: ignore[assignment]
            if base is None and e.kind == "years_since" and own is not None and own.start <= e.start < own.end:
                # "This week marks two decades since the frigate USS Vandegrift tied up on the Saigon River. The
                # frigate arrived ... on November 19, 2003": what was counted from, dated in the next sentence
                nxt = next((t for t in sentences if t.start >= own.end), None)
                told = [f for f in exprs[bisect_left(starts, nxt.start):bisect_left(starts, nxt.end)]
                        if f.year] if nxt is not None else []
                if told and told[0].kind in ("date", "month_year") and not in_plan(text, told[0].start):
                    base = (told[0].year, told[0].text, told[0].start)  # type: ignore[assignment]
            if base is not None:
                # "... last year": the article is a year after what the clause dates
                shift = next((-YEAR_OFFSET[f.rel] for f in later if f.kind == "relative" and f.rel in YEAR_OFFSET), 0)
                if not shift:
                    # "celebrated 50 years of diplomatic relations two years ago; relations were established on 7
                    # January 1972": the count's own year, so many years before the article
                    shift = next((f.n for f in later if f.kind == "ago" and f.unit == "years" and f.n
                                  and f.start < base[2] and f.start - e.end <= 60), 0)
                before = exprs[i - 1] if i else None
                if (not shift and before is not None and before.kind == "relative" and before.rel in YEAR_OFFSET
                        # (not a year that ends a clause before the count's: "since he took office last year, and
                        # comes as the two countries mark 35 years since ...")
                        and not _NEW_CLAUSE.match(text, before.end)
                        and (_YEARS_OWN.match(text, before.end) or _MARKED_THEN.fullmatch(text, before.end, e.start)
                             # ("Next year India and Vietnam will mark ten years of": the count opens on its verb)
                             or (_MARKING_COUNT.match(e.text) and _SUBJECT_ONLY.fullmatch(text, before.end, e.start))
                             # ("last year celebrated fifty years of": the count holds its own verb)
                             or (_CELEBRATED_YEARS.match(e.text) and not text[before.end:e.start].strip()))
                        and e.start - before.end <= 60
                        and not _SENTENCE_END.search(text, before.end, e.start)):
                    # "last year's celebrations of the 50th anniversary of diplomatic relations": the count's own year
                    shift = -YEAR_OFFSET[before.rel]
                # ("a year after the two countries marked 50 years of relations, established in January 1972": a count
                # of a count, both from the year told)
                inner = next((f.n for f in later if f.kind in ("anniversary", "years_since") and f.unit == "years"
                              and f.n and f.start < base[2]), 0)
                y = base[0] + (e.n or 0) + inner + shift
                how = f"'{e.text}' of {base[1]}" + (f", {'a year before' if shift > 0 else 'a year after'} the article"
                                                    if shift else "")
                step = _month_of_the_count(text, e, later, base) if not shift else 0
                if step:
                    # "ahead of the 50th anniversary of their diplomatic relations next month" on a page of December:
                    # relations begun in January are fifty the month after, in the next year
                    y += step
                    how += f", {'a year before' if step < 0 else 'a year after'} the article's month"
                if y <= actors_mod.base_checked().year:  # (not past the day the kit's knowledge was checked: a
                    return Anchor(now=year_value(y, "derived"), note=how)  # count from another clause's year)
    ago = _ago_beside_a_year(text, exprs) or _ago_of_relations(text, exprs) or _ago_of_a_national_day(text, exprs)
    if ago is not None:
        return Anchor(now=year_value(ago[0], "derived"), note=ago[1])
    facts = [e for e in exprs if e.kind in ("date", "month_year", "range") and e.year and not in_plan(text, e.start)]
    held = _held_year(text, exprs, periods)
    if facts:
        latest = max(facts, key=lambda e: (e.year, e.month or 0, e.day or 0))
        v = resolve([latest], Anchor())[0][1]
        # (only when the year stands with one official left out: "Obama lifted the ban in 2016" recalls a term)
        loose = _held_year(text, exprs, periods, slack=1) if held is not None else None
        if held is not None and v is not None and held[0] > v.end.year and loose is not None and loose[0] == held[0]:
            # "the second dialogue in New Delhi on 13/9/2022" recalled by a Minister of Public Security in office
            # only from 2024: the article is of the officials' year, later than its latest dated fact
            return Anchor(now=year_value(held[0], "year_inferred"),
                          note=f"{held[1]}, after the dated fact {latest.text}")
        era = era_floor(text)
        if era is not None and v is not None and era[0] > v.end:
            # "two months into the second Trump administration" over facts of 2012: not before the name it uses
            return Anchor(facts=DateValue(era[0], era[0], "day", "derived"), note=f"the text names {era[1]}")
        lived = _lived_year(text, exprs)
        if lived is not None and v is not None and lived[0] > v.end.year:
            # "relations established on 7 January 1972, ... events across 2022 to mark the 50th anniversary": not
            # before a year the text tells as one things happened in
            d = dt.date(lived[0], 1, 1)
            return Anchor(facts=DateValue(d, d, "day", "derived"), note=f"the text names the year in '{lived[1]}'")
        return Anchor(facts=v, note=f"dated fact {latest.text}")
    if held is not None:
        return Anchor(now=year_value(held[0], "year_inferred"), note=held[1])
    return Anchor()


#: a year told as the time things happened in: "across 2022", "in 2019", "throughout 2023", "since 2016"
#: (or a year naming a past happening, told as the time of another: "during a 2019 survey", "at the 2018 exercise")
_YEAR_LIVED = re.compile(r"\b(?:(?:in|during|across|throughout|since)\s+(?:early\s+|late\s+|mid-)?|"
                         r"(?:during|at|after)\s+(?:a|an|the)\s+)$", re.IGNORECASE)


#: a year looked forward to in its clause: "Russia is to deliver the first submarine in 2013", "there's talk of a
#: visit in 2026", "is expected in", "will be invited to observe ... in 2024", "Whether the roundtable meets in 2024"
_LOOKED_TO = re.compile(r"\b(?:(?:is|are)\s+to\s+[a-z]+|talk\s+of|expected|hoped|hopes?\s+to|aims?\s+to|would|will|"
                        r"shall|could|(?-i:may)|might|whether|invit\w*|plans?|planned|proposed|mooted)\b[^.;]*$",
                        re.IGNORECASE)


def _lived_year(text: str, exprs: list[DateExpr]) -> tuple[int, str] | None:
    """The latest year the text tells as one things happened in (not a plan's, a deadline's or past the day the kit's
    knowledge was checked), with its words."""
    lived = [(e.year, text[max(0, e.start - 12):e.end].strip()) for e in exprs
             if e.kind == "year" and e.year and _YEAR_LIVED.search(text, max(0, e.start - 16), e.start)
             and not in_plan(text, e.start) and e.year <= actors_mod.base_checked().year
             and not _LOOKED_TO.search(text, max(0, e.start - 100), e.start)]
    return max(lived, default=None)


#: a year told as a deadline, not as a beginning: "by 2010", "until 2030", "towards 2030", "through 2025"
#: a count of years marked or celebrated: "celebrated fifty years of", "mark 30 years of"
_CELEBRATED_YEARS = re.compile(r"(?:mark|celebrat|commemorat)", re.IGNORECASE)
#: what a count of years is of, named again: "fifty years of those ties", "ten years of it"
_OF_THOSE = re.compile(r"\s*(?:those|these|that|this|it|them)\b", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|towards?|through|before|up\s+to)\s+(?:the\s+end\s+of\s+)?$",
                              re.IGNORECASE)
#: a year that tells when something began: "relations since 1972", "ties established in 1972"
_BEGUN_BEFORE = re.compile(r"\b(?:since|established|set\s+up|restored|normali[sz]ed|began|launched|opened)\b"
                           r"[^.;]{0,40}$", re.IGNORECASE)


#: what may stand between a year and a count of years ago told of the same thing: "in July 2007, fifteen years
#: ago", "Ten years ago, in 2014,", "in 2016 (seven years ago)", "twenty years ago this month, on 19 November 2003"
_AGO_GAP = re.compile(r"[\s,(—–-]*(?:(?:back\s+)?(?:in|on)\s+)?")


#: relations begun, as a sentence tells it without their year: "announced the normalisation of relations", "the two
#: countries established diplomatic relations"
_RELATIONS_BEGUN = re.compile(r"\b(?:normali[sz](?:ation|ed|ing)\s+(?:of\s+)?(?:diplomatic\s+)?(?:relations|ties)|"
                              r"(?:established|establishment\s+of|set\s+up)\s+(?:full\s+)?diplomatic\s+(?:relations|ties))\b",
                              re.IGNORECASE)


def _ago_of_relations(text: str, exprs: list[DateExpr]) -> tuple[int, str] | None:
    """ "Thirty years ago today, President Clinton announced the normalisation of relations with Vietnam", with no
    year in its sentence: the year relations with the one studied partner the text names began
    (``data/countries.csv``), and that many years on."""
    for e in exprs:
        if e.kind != "ago" or e.unit != "years" or not e.n:
            continue
        end = _SENTENCE_END.search(text, e.end)
        sentence = text[e.start:end.start() if end is not None else len(text)]
        if not _RELATIONS_BEGUN.search(sentence) or any(
                f.year for f in exprs if e.end <= f.start < e.start + len(sentence)):
            continue
        studied = actors_mod.studied_partners()
        # (the partner its sentence names, "US President Bill Clinton"; else the text's one)
        named = ({c for _s, _e, c in actors_mod.find_countries(sentence)} & studied
                 or {c for _s, _e, c in actors_mod.find_countries(text)} & studied)
        began = actors_mod.relations_began().get(next(iter(named))) if len(named) == 1 else None
        if began is not None and began.year + e.n <= actors_mod.base_checked().year:
            return began.year + e.n, f"'{e.text}' of relations established in {began.year} (data/countries.csv)"
    return None


#: a year's own thing: "last year's celebrations", "this year's 30th anniversary"
_YEARS_OWN = re.compile(r"['’]s\b")
#: the year's own marking: "Last year the two countries marked the 50th anniversary", "This year, both celebrate"
_MARKED_THEN = re.compile(r",?\s+[^,.;]{0,50}?\b(?:marked|celebrated|commemorated|observed|mark|celebrate|"
                          r"commemorate|observe|marks|celebrates|commemorates|observes)\s+(?:the\s+|their\s+)?",
                          re.IGNORECASE)
#: a clause of its own coordinated after a comma: ", and comes as", ", but the visit"
_NEW_CLAUSE = re.compile(r"\s*,\s+(?:and|but)\b", re.IGNORECASE)
#: a count that opens on its marking verb ("mark ten years of"), and the subject between a year and it
_MARKING_COUNT = re.compile(r"(?:mark|marks|marked|celebrate|celebrates|celebrated|commemorate|commemorates|"
                            r"commemorated|observe|observes|observed)\b", re.IGNORECASE)
_SUBJECT_ONLY = re.compile(r",?\s+[^,.;]{0,50}?\s*")
#: an anniversary of what the sentence before told: "the 50th anniversary of that milestone"
#: a count from what the sentence before told: "fifteen years since then", "twenty years since that visit"
_SINCE_THEN = re.compile(r"\s*(?:then|that(?:\s+(?:day|time|visit|meeting|call|round|dialogue|signing|year|"
                         r"milestone|moment))?)\b(?!\s+(?:the|a|an|he|she|they|it|when)\b)", re.IGNORECASE)
_OF_THAT = re.compile(r"\s+of\s+(?:that|this)\s+(?:milestone|step|event|day|date|decision|agreement|accord|"
                      r"announcement|normali[sz]ation|upgrade|visit|signing|establishment|move)\b",
                      re.IGNORECASE)


def _ago_beside_a_year(text: str, exprs: list[DateExpr]) -> tuple[int, str] | None:
    """The article's year from a count of years ago in apposition to a year: "in July 2007, fifteen years ago"."""
    for i, e in enumerate(exprs):
        if e.kind != "ago" or e.unit != "years" or not e.n:
            continue
        for f in (exprs[i - 1] if i else None, exprs[i + 1] if i + 1 < len(exprs) else None):
            if f is None or f.kind not in ("year", "month_year", "date") or not f.year:
                continue
            gap = text[f.end:e.start] if f.end <= e.start else text[e.end:f.start]
            # (not past the day the kit's knowledge was checked: "November 2023 - Twenty years ago this month" is the
            # page's own month, then the count back from it)
            if _AGO_GAP.fullmatch(gap) and f.year + e.n <= actors_mod.base_checked().year:
                return f.year + e.n, f"'{f.text}, {e.text}'"
    for i, e in enumerate(exprs):
        if e.kind != "ago" or e.unit != "years" or not e.n \
                or not _OPENS_A_SENTENCE.search(text, max(0, e.start - 6), e.start):
            continue
        # "Ten years ago, almost to the month, INS Airavat left Nha Trang in July 2011": a sentence opened by the
        # count, telling the one year it counts back to
        end = _SENTENCE_END.search(text, e.end)
        stop = end.start() if end is not None else len(text)
        told = [f for f in exprs[i + 1:] if f.start < stop]
        dated = [f for f in told if f.kind in ("year", "month_year", "date") and f.year]
        if len(dated) == 1 and len(told) == 1 and stop - e.end <= 240:
            return dated[0].year + e.n, f"'{e.text}' ... '{dated[0].text}'"  # type: ignore[operator]
        if not told and e.rel in ("today", "this week", "this month") and end is not None:
            # "Two decades ago this week, the frigate ... tied up in Ho Chi Minh City. The ship arrived on November 19,
            # 2003": a count to the page's own week, the happening's full date told in the next sentence
            after = _SENTENCE_END.search(text, end.end())
            nxt = [f for f in exprs[i + 1:] if f.start < (after.start() if after is not None else len(text))]
            if nxt and nxt[0].kind in ("date", "month_year") and nxt[0].year \
                    and nxt[0].year + e.n <= actors_mod.base_checked().year:  # type: ignore[operator]
                return nxt[0].year + e.n, f"'{e.text}' ... '{nxt[0].text}'"  # type: ignore[operator]
    return None


#: a count that opens its sentence (or its line)
_OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)\W{0,2}$")


def _held_year(text: str, exprs: list[DateExpr], periods: list[tuple[int, int, int, int]],
               slack: int = 0) -> tuple[int, str] | None:
    """The one year in which the named officials held their offices (or the one such year the text names)."""
    window = _tenure_years(text, slack)
    if not window:
        return None
    text_years = {e.year for e in exprs if e.kind == "year" and e.year and not in_plan(text, e.start)}
    text_years |= {y for _s, _e, y1, y2 in periods for y in (y1, y2)}
    years, note = window
    chosen = years if len(years) == 1 else sorted(set(years) & text_years)
    fits, told = _weekday_years(text, years) if len(years) > 1 else ([], "")
    if len(fits) == 1:
        # (a day told with its weekday outweighs a year the text names elsewhere: "met on Tuesday, December 10"
        # beside "expect more in 2025, which marks 30 years" is of 2024)
        return fits[0], f"{note}, and the weekday of '{told}'"
    if len(chosen) != 1:
        # (not a day whose sentence tells its year: "between 19 and 28 July 2011, ... contacted on 22/7")
        # (the dates with a year, in order, looked up near each day rather than rescanned for each: quadratic)
        with_year = sorted((f for f in exprs if f.year), key=lambda f: f.start)
        starts = [f.start for f in with_year]
        dated_months = {f.month for f in with_year}
        first_day = next((e for e in exprs if e.kind in ("month_day", "range") and e.year is None and e.month and e.day
                          and not in_plan(text, e.start) and not any(
                              not _SENTENCE_END.search(text, min(f.end, e.end), max(f.start, e.start))
                              for f in with_year[bisect_left(starts, e.start - 299):bisect_left(starts, e.start + 300)])
                          # (nor a day of a month the text dates elsewhere: "from 19 to 22 July" after "July 2011")
                          and e.month not in dated_months), None)
        if first_day is not None:
            # "pulled into Da Nang March 5" under Mattis (to January 2019) and an ambassador from November 2017:
            # the one year of theirs whose March 5 falls in every term
            windows = _official_windows(text).values()
            fits = [y for y in years if valid_date(y, first_day.month, first_day.day) and all(
                a <= dt.date(y, first_day.month, first_day.day) <= b for a, b in windows)]  # type: ignore[arg-type]
            # (three or more officials whose terms hold the day in at most two years: the first, as for a dateline)
            if len(fits) == 1 or (len(fits) == 2 and len(windows) >= 3):
                return fits[0], f"{note}, and '{first_day.text}' within all their terms"
        return None
    return chosen[0], (note if len(years) == 1 else f"{note}, and the year the text names")


_SENTENCE_END = re.compile(r"[.!?]\s+(?-i:[A-Z])")
#: a day named with its weekday and no year: "on Tuesday, 28 October", "Wednesday, Nov. 5", "Monday (March 3)"
#: (or with its part of the day between them: "On Saturday morning, 22 July")
_WEEKDAY_DAY = re.compile(rf"\b(?P<wd>{WD})(?:\s+(?:morning|afternoon|evening|night))?,?\s+\("
                          rf"?(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>[A-Z][a-z]+)\.?|"
                          rf"(?P<m2>[A-Z][a-z]+)\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!,?\s*\d)")


def _weekday_years(text: str, years: list[int]) -> tuple[list[int], str]:
    """Of the years the officials allow, those in which every day the text names with its weekday falls on it
    ("Tuesday, 28 October" within 2014-2016 is of 2014); none when the text names no such day."""
    fits, told = set(years), []
    for m in _WEEKDAY_DAY.finditer(text):
        mo = MONTHS.get((m.group("m") or m.group("m2")).lower())
        d = int(m.group("d") or m.group("d2"))
        if mo is None:
            continue
        wd = WEEKDAYS[m.group("wd").lower()]
        fits &= {y for y in years if valid_date(y, mo, d) and dt.date(y, mo, d).weekday() == wd}
        told.append(m.group(0))
    return (sorted(fits), told[0]) if told else ([], "")


#: what an anniversary counts: "the 30th anniversary of the establishment of diplomatic relations", "of their
#: comprehensive partnership"
_COUNTED = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:establishment|normali[sz]ation|founding|launch)\s+of\s+)?"
                      # (the two sides in one word, abbreviated or of two words: "U.S.-Vietnam", "U.S.-Viet Nam")
                      r"(?:(?:the|their|its|bilateral|[A-Z][\w.]*[-–][A-Z][\w.]*(?:\s+Nam)?)\s+)*"
                      r"(?P<obj>(?:[\w-]+\s+){0,2}?(?:relations|ties|partnership))\b", re.IGNORECASE)
#: "that partnership's tenth anniversary", "the relationship's 30th anniversary": the relationship named before
_COUNTED_BEFORE = re.compile(r"\b(?P<obj>(?:(?:comprehensive|strategic|defen[cs]e|diplomatic)\s+)*"
                             r"(?:relations|ties|partnership|relationship))(?:'s|’s|'|’)\s+$", re.IGNORECASE)
#: how a relationship is told begun, beside a year: "normalised relations in July 1995", "set up a
#: comprehensive partnership in 2013", "the strategic partnership, established in 2007"
_BEGUN = re.compile(r"\b(?:normali[sz](?:ed|ing|ation)|establish(?:ed|ing|ment)|restor(?:ed|ing)|set\s+up|"
                    r"announced|declared|agreed|formed|"
                    r"launch(?:ed|ing)?|forg(?:ed|ing)|open(?:ed|ing))\b", re.IGNORECASE)


#: what a count "since" counts from: "30 years since normalizing diplomatic relations", "ten years since the two
#: countries established diplomatic ties", "a decade since the normalisation of relations"
_COUNTED_SINCE = re.compile(r"\s+(?:the\s+)?(?:two\s+(?:countries|sides|nations)\s+|"
                            # (the two sides by their names or capitals: "since Washington and Hanoi normalised
                            # relations", "since the United States and Vietnam normalized their diplomatic ties")
                            r"(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?\s+and\s+(?-i:[A-Z])[\w.]+(?:\s+Nam)?\s+)?"
                            r"(?P<obj>(?:normali[sz](?:ing|ed|ation)|establish(?:ing|ed|ment)|set\s+up|setting\s+up)\s+"
                            # (the two sides in one word: "the normalisation of Viet Nam-US relations")
                            r"(?:of\s+)?(?:their\s+)?(?:(?-i:[A-Z])[\w.]*(?:\s+Nam)?[-–](?-i:[A-Z])[\w.]*(?:\s+Nam)?\s+)?"
                            r"(?:full\s+)?(?:diplomatic\s+)?(?:relations|ties))\b", re.IGNORECASE)


#: a partnership counted from by what its two sides did: "a year after the two countries declared a strategic
#: partnership", "two years since India and Vietnam set up their comprehensive strategic partnership"
_PARTNERSHIP_SINCE = re.compile(r"\s+(?:the\s+two\s+(?:countries|sides|nations|governments)|(?-i:[A-Z])[\w.]+\s+and\s+"
                                r"(?-i:[A-Z])[\w.]+(?:\s+Nam)?|they)\s+(?:declared|established|set\s+up|forged|"
                                r"launched|announced|formed|agreed)\s+(?:a|an|their|the)\s+"
                                r"(?P<obj>(?:comprehensive\s+)?(?:strategic\s+)?partnership)\b", re.IGNORECASE)


def _counted(text: str, e: DateExpr) -> re.Match[str] | None:
    """What a count of years counts: "the 50th anniversary of diplomatic relations", "mark 35 years of full
    diplomatic relations" (whose expression holds its "of")."""
    of = re.search(r"\s+of$", e.text, re.IGNORECASE)
    if re.search(r"\b(?:since|after)$", e.text, re.IGNORECASE):
        return _COUNTED_SINCE.match(text, e.end) or _PARTNERSHIP_SINCE.match(text, e.end)
    return _COUNTED.match(text, e.start + of.start() if of else e.end)


def _month_of_the_count(text: str, e: DateExpr, later: list[DateExpr], base: tuple[int, str, int]) -> int:
    """How many years the page lies from the count's year when the count is told "next month" or "last month" and
    the relations it counts began in a month the year turns across (January for "next month", December for "last
    month"): -1, 1 or 0."""
    if "data/countries.csv" not in base[1]:
        return 0
    rel = next((f.rel for f in later if f.kind == "relative" and f.rel in ("next month", "last month")
                and f.start - e.end <= 80), None)
    if rel is None:
        return 0
    named = {c for _s, _e, c in actors_mod.find_countries(_sentence_around(text, e.start))} \
        & actors_mod.studied_partners() or {c for _s, _e, c in actors_mod.find_countries(text)} \
        & actors_mod.studied_partners()
    began = actors_mod.relations_began().get(next(iter(named))) if len(named) == 1 else None
    if began is None:
        return 0
    if rel == "next month" and began.month == 1:
        return -1
    if rel == "last month" and began.month == 12:
        return 1
    return 0


def _relations_began(text: str, e: DateExpr) -> tuple[int, str, int] | None:
    """ "as the two countries celebrate the 50th anniversary of the establishment of diplomatic relations", with no
    year told for it: the year relations with the one studied partner the text names began (``data/countries.csv``)."""
    m = _counted(text, e)
    # (or relations told as normalised: "the 15th anniversary of normalized relations")
    if m is None or not re.search(r"diplomatic|normali[sz]", m.group(0), re.IGNORECASE):
        return None
    named = {c for _s, _e, c in actors_mod.find_countries(text)} & actors_mod.studied_partners()
    if len(named) > 1:
        # (the partner its own sentence names, of two the text names: "U.S. Pacific Air Forces ... as the two
        # countries mark 30 years since normalizing diplomatic relations" over a closing line on India)
        named = {c for _s, _e, c in actors_mod.find_countries(_sentence_around(text, e.start))} & named
    began = actors_mod.relations_began().get(next(iter(named))) if len(named) == 1 else None
    if began is None:
        return None
    return began.year, f"relations established in {began.year} (data/countries.csv)", e.start


@lru_cache(maxsize=1)
def _national_days() -> tuple[re.Pattern[str], dict[str, dt.date]]:
    """The days of a country's history an anniversary counts from without saying when (data/national_days.csv):
    "the 50th anniversary of national reunification" counts from 30 April 1975."""
    days = {t.strip().lower(): dt.date.fromisoformat(r["day"]) for r in load_csv("national_days.csv")
            for t in r["term"].split(";") if t.strip()}
    names = "|".join(re.escape(t) for t in sorted(days, key=len, reverse=True))
    return re.compile(rf"\s+of\s+(?:the\s+)?(?P<day>{names})\b", re.IGNORECASE), days


def _ago_of_a_national_day(text: str, exprs: list[DateExpr]) -> tuple[int, str] | None:
    """ "the first visit by a US carrier since the war ended 43 years ago": the year of the day of the country's
    history told just before the count (data/national_days.csv), that many years on."""
    _pattern, days = _national_days()
    names = "|".join(re.escape(t) for t in sorted(days, key=len, reverse=True))
    told = re.compile(rf"\b(?:the\s+)?(?P<day>{names})\s*,?\s*$", re.IGNORECASE)
    for e in exprs:
        if e.kind != "ago" or e.unit != "years" or not e.n:
            continue
        m = told.search(text, max(0, e.start - 60), e.start)
        if m is None:
            continue
        day = days[m.group("day").lower()]
        if day.year + e.n <= actors_mod.base_checked().year:
            return day.year + e.n, f"'{m.group('day')} {e.text}' ({day.isoformat()}, data/national_days.csv)"
    return None


def _national_day_counted(text: str, e: DateExpr) -> tuple[int, str, int] | None:
    """ "as Vietnam marks the 50th anniversary of national reunification": the year of the day counted from."""
    pattern, days = _national_days()
    m = pattern.match(text, e.end)
    if m is None:
        return None
    day = days[m.group("day").lower()]
    return day.year, f"{m.group('day')} ({day.isoformat()}, data/national_days.csv)", e.start


def _counted_from_elsewhere(text: str, e: DateExpr, exprs: list[DateExpr], sent_end: int,
                            searched: dict[tuple[str, ...], tuple[int, str, int] | None]
                            ) -> tuple[int, str, int] | None:
    """ "marking the 30th anniversary of the establishment of diplomatic relations" in one sentence, and
    "normalised relations in July 1995" in another: the year the anniversary counts from, told elsewhere.

    ``searched`` keeps what each relationship's search found: the article is read once per relationship named,
    not once per anniversary."""
    m = _counted(text, e) or _COUNTED_BEFORE.search(text, max(0, e.start - 60), e.start)
    if m is None:
        return None
    words = tuple(m.group("obj").lower().split())
    if words not in searched:
        searched[words] = _begun(text, words, exprs, e.start, sent_end)
    return searched[words]


def _begun(text: str, words: tuple[str, ...], exprs: list[DateExpr], lo: int, hi: int) -> tuple[int, str, int] | None:
    """The first year, outside ``lo:hi``, told as the beginning of the relationship that ``words`` name."""
    if words[-1] == "partnership":  # "comprehensive partnership" is not "comprehensive strategic partnership"
        told = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    else:
        told = re.compile(r"\b(?:relations|ties)\b", re.IGNORECASE)
    for f in exprs:
        if f.kind not in ("month_year", "year", "date") or not f.year or lo <= f.start < hi:
            continue
        before = text[max(0, f.start - 90):f.start]
        clause = re.split(r"[.;:!?]|,\s+(?:and|but|while)\s", before)[-1]
        if told.search(clause) and _BEGUN.search(clause):
            return f.year, f.text, f.start
        # "Dung's trip to New Delhi in July 2007, when the relationship was raised to a strategic partnership": the
        # beginning told in a when-clause after its date
        when = _WHEN_BEGUN.match(re.split(r"[.;:!?]", text[f.end:f.end + 120])[0])
        if when is not None and told.search(when.group(0)) and (_BEGUN.search(when.group(0))
                                                                 or _RAISED.search(when.group(0))):
            return f.year, f.text, f.start
    return None


#: a clause after a date that tells what happened then: "in July 2007, when the two countries ..."
_WHEN_BEGUN = re.compile(r",?\s+when\s+.*", re.IGNORECASE | re.DOTALL)
#: ties raised to a partnership: "was raised to", "were upgraded to", "elevated their ties to"
_RAISED = re.compile(r"\b(?:rais|upgrad|elevat)(?:ed|ing)\b[^,]*?\bto\b", re.IGNORECASE)


#: an office the text tells was held before: "then-Defense Secretary", "the former defence minister, Gen.", "the
#: late President" (the words of the office only, up to the name)
_FORMER = re.compile(r"\b(?:then|former|ex|late)[-\s]+(?:(?!(?:met|said|says|told|and|with|by|when|who|as)\b)"
                     r"(?:(?-i:[A-Z])[a-z]{0,3}\.|[\w'’-]+),?\s+){1,6}$", re.IGNORECASE)  # (not past a sentence's end)
#: a person told as elected or about to take office, not as holding it: "Trump's election win", "Trump's
#: inauguration", "President-elect Donald Trump"
_NOT_YET = re.compile(r"['’]s?\s+(?:(?:presidential\s+)?election|electoral|re-?election|victory|win|nomination|"
                      r"inauguration|swearing-in)\b", re.IGNORECASE)
_ELECT_BEFORE = re.compile(r"\b\w+-elect\s+(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
#: an official whose death the text reports: "the death of General Secretary Nguyen Phu Trong on 19 July", "the
#: funeral of", "the passing of": the story is told after the term's end
_DEATH_OF = re.compile(r"\b(?:death|funeral|passing)\s+of\s+(?:[\w'’.-]+,?\s+){0,4}$", re.IGNORECASE)
#: the death of the one just named, told as his verb: "President Tran Dai Quang, who held talks with Modi on March 3,
#: died in Hanoi in September", "Quang died in office"
_DIED_AFTER = re.compile(r"(?:,[^.;]{0,160}?,)?\s+(?:had\s+)?(?:died|passed\s+away)\b", re.IGNORECASE)


#: a year written in a sentence (not a period's bound: "a Plan of Action for 2024-2028")
_YEAR_IN = re.compile(r"(?<![-–/])\b(?:19|20)\d\d\b(?!\s*[-–/]\s*(?:19|20)?\d\d)")


#: a full stop that ends a sentence, not a title's or an initial's ("Gen. Phung Quang Thanh", "Lt. Col.", "U.S.")
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])(?<!\bGen)(?<!\bLt)(?<!\bCol)(?<!\bMaj)(?<!\bAdm)(?<!\bSen)(?<!\bRep)"
                            r"(?<!\bCapt)(?<!\bCmdr)(?<!\bBrig)(?<!\bSgt)(?<!\bGov)(?<!\bDr)(?<!\bMr)(?<!\bMrs)"
                            r"(?<!\bMs)(?<!\bSt)(?<!\bNo)(?<!\bVol)\.\s|\n")


def _sentence_around(text: str, at: int) -> str:
    """The sentence (or line) a position of the text lies in."""
    lo = max((m.end() for m in _SENTENCE_STOP.finditer(text, max(0, at - 2000), at)), default=0)
    end = _SENTENCE_STOP.search(text, at)
    return text[lo:end.start() if end else len(text)]


def _official_windows(text: str, dated_too: bool = True) -> dict[str, tuple[dt.date, dt.date]]:
    """The dates between which each official the text names held the office it gives them (of two holders of one
    office, the later: "Rumsfeld ... returned Cohen's visit": the earlier one is recalled, the later one acts)."""
    windows: dict[str, tuple[dt.date, dt.date]] = {}
    office: dict[str, str] = {}
    found = actors_mod.find_actors(text, None)
    # ("then-Defense Secretary Ashton Carter announced ... On that trip Carter ...": an office held before the story,
    # however often the person is named again)
    former = {h.actor_id for h in found if _FORMER.search(text, max(0, h.start - 60), h.start)}
    # ("Donald Trump's election win this month", "President-elect Trump": an office not yet held, no term's year)
    former |= {h.actor_id for h in found if _NOT_YET.match(text, h.end) or _ELECT_BEFORE.search(
        text, max(0, h.start - 30), h.start)}
    # (without ``dated_too``: not an official named only in sentences that carry their own year, "the credit line
    # announced during Pranab Mukherjee's visit in September 2014", whom those years date)
    if not dated_too:
        former |= {h.actor_id for h in found} - {h.actor_id for h in found
                                                 if not _YEAR_IN.search(_sentence_around(text, h.start))}
    for h in found:
        if h.kind != "person" or not h.in_base or h.actor_id in former:
            continue
        w = actors_mod.tenure_window(h.actor_id, h.role)
        if w is None:
            continue
        if _DEATH_OF.search(text, max(0, h.start - 60), h.start) or _DIED_AFTER.match(text, h.end):
            # (a term ended by the death the text reports: the story is of the days after it)
            if w[1] >= actors_mod.base_checked():
                continue
            w = (w[1], actors_mod.base_checked())
        old = windows.get(h.name)
        windows[h.name] = w if old is None else (max(old[0], w[0]), min(old[1], w[1]))
        # the office of the tenure that gave the window ("Defence Secretary" written for a US Secretary too)
        held = [t.office for t in actors_mod.people()[h.actor_id].tenures if t.start <= w[0] <= (t.end or w[1])]
        named = actors_mod.office_of(h.role) if h.role else ""
        office[h.name] = f"{h.country}:{named if named in held else held[0]}" if held else h.name
    latest: dict[str, str] = {}
    for n, o in office.items():
        if o not in latest or windows[n][0] > windows[latest[o]][0]:
            latest[o] = n
    return {n: w for n, w in windows.items() if latest.get(office[n]) == n}


def _tenure_years(text: str, slack: int = 0, dated_too: bool = True) -> tuple[list[int], str] | None:
    """Years in which the most named officials held the office the text gives them (all but ``slack`` of
    that most)."""
    checked = actors_mod.base_checked()  # never the clock: the same answer any day
    windows = _official_windows(text, dated_too)
    if not windows:
        return None
    first = min(w[0] for w in windows.values()).year
    span = range(first, checked.year + 1)
    # the years in office of the most officials: a predecessor recalled in the background ("Giang's
    # predecessor, Ngo Xuan Lich") must not empty the window of the officials who act
    cover = {y: [n for n, (a, b) in windows.items() if a.year <= y <= min(b, checked).year] for y in span}
    best = max((len(c) for c in cover.values()), default=0)
    if best == 0:
        return None
    years = [y for y in span if len(cover[y]) >= max(1, best - slack)]
    names = [n for n in windows if all(n in cover[y] for y in years)]
    return years, "tenures of " + ", ".join(names)


def article_day(anchor: Anchor) -> dt.date | None:
    """The article's own day, when known: before it, a planned happening has happened."""
    if anchor.now is not None and anchor.now.precision in ("day", "week"):
        return anchor.now.start
    return None


def reference_day(anchor: Anchor) -> dt.date | None:
    if anchor.now is not None:
        return anchor.now.start if anchor.now.precision != "year" else dt.date(anchor.now.start.year, 7, 1)
    return anchor.facts.start if anchor.facts is not None else None


#: a cell of a page's head that is a weekday alone: "Issue 41 · Friday", "Defense & Diplomacy Edition — Friday",
#: "Thursday" on a line of its own
#: (or with its release label: "Recorded in New Delhi. Released Thursday.")
_WEEKDAY_CELL = re.compile(rf"^\W*(?:(?:released|posted|published|aired)\s+(?:on\s+)?)?(?P<w>{WD})\W*$", re.IGNORECASE)
_HEAD_CELLS = re.compile(r"\s+[|·•—–-]\s+|\s*[|·•]\s*|\s{3,}|(?<=[a-z]{3})\.\s+(?=[A-Z][a-z])")


def stamp_weekday(head: str) -> tuple[int, str] | None:
    """The weekday a page's head gives alone, with no day or month beside it (0 for Monday), and its line."""
    for line in head.splitlines():
        cells = [c for c in _HEAD_CELLS.split(line.strip()) if c.strip()]
        if len(cells) > 4 or _NAMES_A_MONTH.search(line):
            continue
        days = [m.group("w") for c in cells if (m := _WEEKDAY_CELL.match(c))]
        if len(days) == 1:
            return next(i for i, n in enumerate(_WEEKDAYS) if n.lower() == days[0].lower()), line.strip()
    return None


def _in_a_plan_of_its_sentence(sentences: list[Sentence], e: DateExpr) -> bool:
    """Whether a date is a plan's deadline ("with deliveries not expected before 2024", "is to be finished by
    2026"): a bound of what is still to come, which dates no happening of the page (a plan's own day may: "will
    take part in Hop Tac 2018 on Thursday")."""
    if not sentences:
        return False
    s = sentences[sentence_at(sentences, e.start)]
    at = e.start - s.start
    return (s.start <= e.start < s.end and _DEADLINE_BEFORE.search(s.text, max(0, at - 20), at) is not None
            and in_plan(s.text, at))


def published_from(dated: list[tuple[DateExpr, DateValue | None, str]],
                    in_agreement: list[tuple[int, int]], sentences: list[Sentence],
                    anchor: Anchor, weekday: tuple[int, str] | None = None) -> tuple[DateValue | None, str, str]:
    """The page's date from what it reports, when nothing states it: the latest happening's month (or year); with a
    weekday the page's head gives alone ("Issue 41 · Friday"), the first such day from the latest happening's day,
    within the week."""
    in_name = within(in_agreement)  # by bisection: a scan of every name per date is quadratic
    # (not a day counted forward from the anchor itself: "activities for next year" is after the page, whatever it is)
    values = [(v, e) for e, v, _ in dated if v is not None and not in_name(e.start)
              and not (e.kind == "relative" and anchor.now is not None and v.start > anchor.now.end)
              and not _in_a_plan_of_its_sentence(sentences, e)]
    if not values:
        if anchor.now is not None:
            return DateValue(anchor.now.start, anchor.now.end, anchor.now.precision, "inferred"), \
                "inferred", anchor.note
        return None, "", ""
    # a range reaches its last day ("30th July to 1st August"): the page is from after that day
    v, e = max(values, key=lambda x: (x[0].end if x[0].is_range else x[0].start, x[0].rank()))
    last = v.end if v.is_range else v.start
    if anchor.now is not None and anchor.now.start > last:
        # "marks that partnership's tenth anniversary" over happenings of 2013: the year the text's arithmetic
        # gives, not an older happening's
        return DateValue(anchor.now.start, anchor.now.end, anchor.now.precision, "inferred"), "inferred", anchor.note
    era = anchor.facts if anchor.now is None and anchor.facts is not None and anchor.facts.basis == "derived" else None
    if era is not None and era.start > last:
        # "two months into the second Trump administration" over happenings of 2012: not before the era it names
        return year_value(era.start.year, "inferred"), "inferred", anchor.note
    sid = sentence_at(sentences, e.start)
    if weekday is not None and v.precision == "day":
        # "Issue 41 · Friday" over talks "on Thursday, August 1": the Friday that follows, the page's day
        d = last + dt.timedelta(days=(weekday[0] - last.weekday()) % 7)
        return (DateValue(d, d, "day", "inferred"), "inferred",
                f"the page's weekday '{weekday[1]}', the first from the latest dated happening '{e.text}' "
                f"(sentence {sid})")
    precision = "month" if v.rank() >= 1 else "year"
    pub = month_value(last.year, last.month, "inferred") if precision == "month" \
        else year_value(last.year, "inferred")
    return pub, "inferred", f"latest dated happening: '{e.text}' (sentence {sid})"
