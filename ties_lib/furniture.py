"""Page furniture: what a scraped page carries besides the article, removed before coding.

The patterns live in ``data/furniture.csv`` so that a new house style can be handled by
adding a row. Every dropped line is kept, with its reason, for inspection.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .data import load_csv
from .dates import (
    NUMERIC_DATE,
    STAMP_LABELS,
    WEEKDAYS,
    cell_month_day,
    dotted_day_cell,
    foreign_month,
    stamp_months,
    without_clock,
)
from .records import FurnitureLine
from .text import URL_LINE, lower_in_place

#: A ``date YYYY-MM-DD`` header written by the scraper at the start of the article.
HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Cleaned:
    title: str
    body: str
    header_date: str  # ISO date from a ``date`` header, or ""
    dropped: tuple[FurnitureLine, ...]
    dropped_text: str  # the dropped lines, for a dateline search
    top_text: str = ""  # date lines and bylines at the head of the page: where a publication date is stated


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    reason: str
    scope: str
    on_lower: bool  # the pattern is tried on the lower-cased line (see _caseless)


def _caseless(pattern: str) -> bool:
    """Whether a rule can run on a lower-cased line, without the slow IGNORECASE flag.

    True when it holds no capital letter outside an escape (``\\W``) and no ``(?-i:``.
    """
    return "(?-i" not in pattern and not re.search(r"(?<!\\)[A-Z]", pattern)


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], list[_Rule], list[_Rule]]:
    """The rules of ``data/furniture.csv``, and a quick test that none of them can match.

    Most rules are anchored at the start of the line; joined into one pattern they are tried
    at one position only. The few unanchored ones are tried one by one.
    """
    rows = load_csv("furniture.csv")
    rules = [_Rule(re.compile(r["pattern"]) if _caseless(r["pattern"]) else re.compile(r["pattern"], re.IGNORECASE),
                   r["reason"], r["scope"], _caseless(r["pattern"])) for r in rows]
    anchored = re.compile("|".join(f"(?:{r['pattern']})" for r in rows if r["pattern"].startswith("^")),
                          re.IGNORECASE)
    loose = [rule for rule, row in zip(rules, rows, strict=True) if not row["pattern"].startswith("^")]
    return anchored, loose, rules


def _classify(line: str) -> tuple[str, str] | None:
    """The first rule a line matches, in the order of the CSV."""
    anchored, loose, rules = _rules()
    lower = lower_in_place(line)
    if not anchored.match(line) and not any(r.pattern.search(lower if r.on_lower else line) for r in loose):
        return None
    for r in rules:
        if r.pattern.search(lower if r.on_lower else line):
            return r.reason, r.scope
    return None


def _is_label(line: str) -> bool:
    """A short line without sentence punctuation: a section name, a desk code, a kicker."""
    if len(line) > 60:
        return False
    words = _WORD.findall(line)
    return 0 < len(words) <= 3 and not re.search(r"[.!?:;\"”]\s*$", line)


_DATELINE_WORDS = re.compile(
    r"(?<!\w)(?:" + STAMP_LABELS + r")(?:\s+(?:am|il|le|el|em|op|den))?(?!\w)|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|"
    # Vietnamese weekdays ("Thứ Ba, 11/11/2025", "Chủ Nhật")
    r"\bth[ứu]\s+(?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y)\b|\bch[ủu]\s+nh[ậa]t\b|"
    r"(?<![a-z])(?:am|pm|a\.m\.|p\.m\.)|\b(?:gmt|utc|ict|ist|edt|est|pst|pdt|cet|bst|hkt|sgt|jst|tu)\b|"
    # (the word for o'clock and before a time in German and Nordic stamps: "22.11.2024, 05:30 Uhr", "klo 05.30")
    r"\b(?:uhr|klo|kl|um)\b|"
    # "Updated 3 years ago", "Published on", "Latest update": the words of a time stamp
    r"\b(?:updated|update|latest|posted|published|date|first|last|on|at|ago|read|for|immediate|release|released|"
    r"aired|broadcast|dispatched|"  # ("Transcript | Released April 2025 | Runtime 31:12": a podcast's stamp)
    r"in\s+print|print\s+edition|page|p|pg|"  # "Published in print: 2007-07-07 (Saturday), page 23"
    # (the edition a paper's page belongs to: "July 7 (Sat.) Morning edition, page 7", "Late city edition")
    r"(?:morning|evening|afternoon|late|early|city|final|late\s+city|weekend|sunday|saturday|daily)\s+edition|"
    r"(?:year|month|week|day|hour|minute|min)s?)\b|\((?:[A-Z][a-z]+\s+)?time\)|"  # "(Hanoi time)"
    r"[+\d:,./|()-]", re.IGNORECASE)


_FOUR_DIGITS = re.compile(r"\d{4}")
#: a day in figures after one word, the weekday in the page's language: "Lauantai 7.7.2007", "Mardi 05/06/2012"
_WORD_AND_FIGURES = re.compile(r"(?:[^\W\d_]+,?\s+)?\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d")
#: a time of day as stamps write it: "20:41", "9h40", "09:15:02"
_CLOCK = re.compile(r"\b\d{1,2}[:h.]\d{2}(?::\d{2})?\b")


#: a place ("Ho Chi Minh City" is the longest usual one) or a two-word edition name ("Pacific edition")
_MONTH_DAY_LINE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
                             r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                             re.IGNORECASE)  # "Oct. 23", "22nd November"
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_YEARLESS_TAIL = re.compile(rf"\s*(?:{_MON}\s+\d{{1,2}}|\d{{1,2}}\s+{_MON})\s*[-–—:]?\s*", re.IGNORECASE)
_PLACE_WORDS = re.compile(r"^(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}|[A-Z][\w'-]*\s+[a-z]+)$")


#: a label before a date ("Update:", "Issued on:", "Broadcast:", "TO BE ANSWERED ON"): a few words ending in a
#: colon or in "on"; a headline's words end in a comma ("Singh visits Hanoi, June 8, 2022")
_DATE_LABEL = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,3}?[A-Za-z]+(?:\s+on)?\s?:\s*|"
                         r"^\s*(?:[A-Za-z]+\s+){0,3}on\s+(?:the\s+)?(?=\d)",  # "Article published on the 2011-10-12"
                         re.IGNORECASE)


#: cells of a page's info row set apart by wide spaces or tabs, and a labelled cell ("Topic: Security")
_SPACED_CELLS = re.compile(r"\s{3,}|\t+")
#: a masthead's two cells set apart by a wide gap: the publication's name (a few capitalised words), then the
#: month and year of its issue ("GEOPOLITICS <spaces> NOVEMBER 2014", "Defence Watch <tab> March 2019")
_MASTHEAD_NAME = re.compile(r"(?-i:[A-Z])[\w'&.-]*(?:\s(?-i:[A-Z])[\w'&.-]*){0,3}")
_ISSUE_MONTH = re.compile(r"(?:\d{1,2}\s*[-–]\s*\d{1,2}\s+)?"  # (a weekly's days first: "13 - 19 November 2003")
                          r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d",
                          re.IGNORECASE)
#: an issue's number in a cell of its own: "Issue No. 664", "Vol. 12, No. 3"
_ISSUE_CELL = re.compile(r"(?:issue|vol\.?|volume|no\.?|number)\b[\w .,:#]*\d[\w .,:#]*", re.IGNORECASE)
_LABELLED = re.compile(r"[A-Z][A-Za-z ]{1,20}:\s*\S")


#: a credit in brackets opening a line: "[Editor: Lim Siew Ling]", "(Reporting by Anna Lee; editing by Tom Hogue)"
CREDIT = re.compile(r"^\s*[\[(](?:editor|edited|reporting|reported|writing|written|translated|translation|"
                    r"compiled|source|photo|by)\b[^\])\n]{0,80}[\])]\s*", re.IGNORECASE)


#: a printed page's number in a head's cell, in the page's language: "blz. 14", "str. 6", "6. oldal", "Side 8"
_PAGE_CELL = re.compile(r"(?:(?:page|p|pp|pg|pag|blz|str|s|side|sida|sivu|seite|oldal|strana|strona|pagina|página|"
                        r"pág|lk|sayfa)\.?\s*[A-Z]?\d{1,3}|\d{1,3}\.\s*(?:oldal|strana|strona|side|sida|sivu))",
                        re.IGNORECASE)


#: a byline's opening word: its name and stamp set apart by a gap are a byline ("By Nguyen Dong <gap> June 25, 2023")
_BY = re.compile(r"\s*by\s", re.IGNORECASE)


def _is_dateline(line: str) -> bool:
    """A line that is only a date and time ("Thursday, 14 March 2024 - 18:05", "June 8, 2022 5:41 PM GMT+7
    Updated 3 years ago"), alone or as one cell of a menu row ("NEWS | March 10, 2020"), or a date with a
    place or an edition before it ("Hanoi, September 11, 2023", "Pacific edition, Wednesday, March 15, 2000"),
    or with a label before it ("Update: 05/06/2012 08:45", "TO BE ANSWERED ON 19.12.2022")."""
    line = _OTHER_CALENDAR.sub("", line)  # "Saturday, July 07, 2007, Jamadi-us-Sani 21, 1428 A.H.": the first date's
    # (its length counted without the wide gaps a page's head sets between its cells: "Udland <gap> Mandag 5. ...")
    day = stamp_months()[0].search(line) if len(" ".join(line.split())) < 60 else None
    if day is not None and len(_WORD.findall(_CLOCK.sub(" ", line[:day.start()] + " " + line[day.end():]))) <= 2:
        # a day with its month in the page's language and at most a weekday and a time: "giovedì 13 ottobre 2011",
        # "martes, 14 de junio de 2022", "5.mar.2018 às 9h40"
        return True
    after = re.search(r"\s*(?:" + STAMP_LABELS + r")\s*$", line, re.IGNORECASE)
    if after is not None and after.start() > 0 and len(line) < 80 and _is_dateline(line[:after.start()]):
        return True  # "2023/06/27 05:12 JST配信": the stamp, then the page's word for distributed, as Japanese sets it
    labelled = re.match(r"\s*(?:" + STAMP_LABELS + r")(?:\s+(?:am|il|le|el|em|op|den))?\s*:?\s+", line, re.IGNORECASE)
    if labelled and len(line) < 80 and _is_dateline(line[labelled.end():]):
        return True  # "Publicerat onsdag 25 augusti kl 17.45": the page's word for published, then its stamp
    if len(line) < 80 and all(dotted_day_cell(c) for c in re.split(r"\s*[|•·]\s*", line.strip())):
        return True  # "10.9. 17:48 | Päivitetty 10.9. 20:15": today's stamp in figures, without its year
    barred = [without_clock(c) for c in re.split(r"\s*[|•·]\s*", line.strip())] if len(line) < 60 else []
    day_cells = [c for c in barred if cell_month_day(c) is not None and foreign_month(c)]
    if (len(day_cells) == 1
            and all(len(_WORD.findall(c)) <= 3 for c in barred if c is not day_cells[0])):
        # a day without its year in the page's language, on a line of its own or a cell of the page's head:
        # "miércoles 3 de junio", "Fredag 10. juni · UDLAND", "NRK RADIO · DAGSNYTT 18 · Mandag 5. mars"
        return True
    label = _DATE_LABEL.match(line)
    if label and label.end() < len(line) and _is_dateline(line[label.end():]):
        return True
    spaced = _SPACED_CELLS.split(line.strip())
    if len(spaced) > 1 and all(_LABELLED.match(c) for c in spaced[1:]) and _is_dateline(spaced[0]):
        return True  # "July 12, 2020   Topic: Security   Region: Asia   Tags: Vietnam": a date, then labelled cells
    dated = [c for c in spaced if _FOUR_DIGITS.search(c) and (_is_dateline(c) or _WORD_AND_FIGURES.fullmatch(c))
             ] if len(spaced) > 2 or (len(spaced) == 2 and not _BY.match(spaced[0])) else []  # (a byline's: no)
    if dated and all((len(_WORD.findall(c)) <= 4 and not re.search(r"(?<![\w'’-])[a-z]", c)) or _PAGE_CELL.fullmatch(c)
                     for c in spaced if c not in dated):
        # a printed page's head, its cells set apart by wide gaps and named in capitals: "CHINA TIMES <gap> 2003.11.20
        # (Thursday) <gap> Page A13 <gap> International News", or only its name and day: "HEILBRONNER STIMME <gap>
        # Donnerstag, 9. Juni 2022" (not a timeline's row: "June 8, 2022 <gap> Singh visits")
        return True
    if (len(spaced) > 1 and cell_month_day(spaced[-1]) is not None
            and all(len(_WORD.findall(c)) <= 4 and not re.search(r"(?<![\w'’-])[a-z]", c) for c in spaced[:-1])):
        return True  # a page's head ending on a day without its year: "LRT RADIJAS – ŽINIOS, 13.00 <gap> Liepos 29 d."
    if (len(spaced) in (2, 3) and _MASTHEAD_NAME.fullmatch(spaced[0]) and _ISSUE_MONTH.fullmatch(spaced[1])
            and all(_ISSUE_CELL.fullmatch(c) for c in spaced[2:])):
        return True  # (and its number: "Al-Ahram Weekly On-line <gap> 13 - 19 November 2003 <gap> Issue No. 664")
    cells = re.split(r"[|•·]|\s/\s", line)
    # (a printed page's head sets its issue's number apart by a wide gap: "Friday, March 31 <gap> Vol. XI, No. 13")
    cells = [" ".join(c for c in _SPACED_CELLS.split(cell.strip())
                      if not (_ISSUE_CELL.fullmatch(c.strip()) or _PAGE_CELL.fullmatch(c.strip()))) for cell in cells]
    if (len(cells) > 1 and _WEEKDAY_FIRST.match(cells[0].strip()) and _FOUR_DIGITS.search(cells[0])
            and _is_dateline(cells[0].strip())):
        # a stamp with its weekday and year opening a head's row, notes after it: "Sunday 10 September 2023,
        # 21:00-22:00 BST | Segment 3 of 5 | Transcript prepared by the digital desk. Check against broadcast."
        return True
    # (a digest's item "28-29 JUL | Hanoi: Austin visited Vietnam." is a date and a sentence: text, not furniture)
    told = len(line) >= 100 or any(len(_WORD.findall(_DATELINE_WORDS.sub(" ", c))) >= 5 for c in cells)
    if not told and any(len(c) < 60 and _MONTH_DAY_LINE.search(c)
                                            and len(_DATELINE_WORDS.sub("", c).strip()) < 3 for c in cells):
        # a date line without a year: "Tuesday, March 7", "IMMEDIATE RELEASE   June 28", "NEWS | Oct. 23",
        # "Published: 22nd November 09:48 PM | Last Updated: 22nd November 11:15 PM"
        return True
    head, _, tail = line.strip().partition(",")
    if not tail and (dashed := re.fullmatch(r"(\S.*?)\s+[-–—]\s+(\S.*)", line.strip())) is not None:
        head, tail = dashed.group(1), " " + dashed.group(2)  # (or a dash between them: "TOKYO — July 24")
    if tail and _PLACE_WORDS.match(head) and _YEARLESS_TAIL.fullmatch(tail):
        return True  # a place and a day without a year, on a line of their own: "Chennai, Oct. 3-", "Hanoi, 9 June:"
    if len(line) >= (120 if "|" in line else 80) or not _FOUR_DIGITS.search(line):
        return False  # (a stamp's cells may run longer: "Published in print: 2007-07-07, page 23 | sinchew-i.com")
    for cell in re.split(r"[|•·]|\s/\s", line):
        if not _FOUR_DIGITS.search(cell):
            continue
        label = _DATE_LABEL.match(cell)  # "Issue Net Edition | Date : 09 Dec , 2024"
        rest = _DATELINE_WORDS.sub("", cell[label.end():] if label else cell).strip()
        if len(rest) < 3:
            return True
        # a place or an edition and a full date, nothing else: "Hanoi, September 11, 2023"
        head, _, tail = cell.partition(",")
        if tail and _FULL_DATE.search(tail) and _PLACE_WORDS.match(head.strip()) \
                and len(_DATELINE_WORDS.sub("", tail).strip()) < 3:
            return True
    return False


#: a date of another calendar beside the page's: the Hijri, Saka, Buddhist or Vikram Samvat year ("Jamadi-us-Sani
#: 21, 1428 A.H.", "(Ashadha 16, 1929 Saka)", "2550 B.E.")
_OTHER_CALENDAR = re.compile(r"[,|]?\s*\(?(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+\d{1,2},?\s+)?\d{4}\s*"
                             r"(?:A\.\s?H\.?|AH|Hijri|Saka|Shaka|B\.\s?E\.?|BE|B\.S\.|BS|V\.\s?S\.?|VS)(?![\w])\)?",
                             re.IGNORECASE)
#: (a month in capitals too, as a printed page's running head writes it: "THURSDAY 14 OCTOBER 2010")
#: (and a day with the dot German and Nordic pages write: "2. August 2024")
_FULL_DATE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?,?\s+\d{4}|"
                        r"(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b")


def _valid_iso(day: str) -> bool:
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return False
    return True


def _is_stamp(line: str) -> bool:
    """A byline or agency line with a full date, at the head of a page ("Wilson Cho, Defense News 4:12 p.m. EDT
    May 23, 2016", "KYODO NEWS - May 25, 2018 - 20:37 | World, All", "A. Writer | New Delhi May 25, 2015 Last
    Updated at 23:48 IST", "14:32 23.05.2016 (updated 16:10 23.05.2016) Get short URL"): short, not a sentence."""
    # (fields set apart by bars, or by the wide gaps of a masthead's row, are counted one by one: "Serving the Fort
    # Belvoir community <gap> Thursday, September 15, 2016 <gap> Vol. 62, No. 37")
    longest = 160 if _FIELD_BAR.search(line) or _SPACED_CELLS.search(line.strip()) else 100
    if (len(_SPACED_CELLS.sub("   ", line.strip())) >= longest
            # (or its month in the page's language: "Le Journal de 13h – lundi 13 mars 2000")
            or not (_FULL_DATE.search(line) or NUMERIC_DATE.search(line) or stamp_months()[0].search(line))
            or re.search(r"(?<![ap]\.m)[.!?][\"”']?\s*$", line, re.IGNORECASE)):  # (a time ends on "a.m.")
        return False
    # a name, an outlet, a place, a time ("Last Updated at 23:48 IST"): not a sentence; fields set apart by bars
    # or bullets are counted one by one ("March 6th, 2018 | by The Associated Press and A. Writer | in Local News")
    # (and cells set apart by wide gaps: "The newspaper of Joint Base Lewis-McChord <gap> Friday, May 5, 2017 <gap>
    # Vol. 11, No. 18")
    fields = [_DATELINE_WORDS.sub(" ", NUMERIC_DATE.sub("", _FULL_DATE.sub("", f)))
              for cell in _FIELD_BAR.split(line.strip()) for f in _SPACED_CELLS.split(cell)]
    if len(fields) == 1:
        return len(_WORD.findall(fields[0])) <= 8
    # (by the words written, whatever the script: "नवभारतटाइम्स.कॉम (with inputs from Bhasha)" is five)
    return max(len(re.findall(r"\S*\w\S*", field)) for field in fields) <= 8


#: what sets the fields of a page's stamp apart: "May 23, 2016 | by A. Writer | World", "5 June 2022 • News",
#: "2. August 2024, 11:52 Uhr / Quelle: ZEIT ONLINE, dpa"
_FIELD_BAR = re.compile(r"\s[|•·/]\s")



def _next_line(lines: list[str], i: int) -> str:
    return next((ln.strip() for ln in lines[i + 1:] if ln.strip()), "")


#: a year alone on its line ("2003", "## 2016", "**2019**") ...
_YEAR_ALONE = re.compile(r"(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:19|20)\d\d\s*(?:\*\*|__)?\s*:?")
#: ... over an entry that opens on a month: "March - Cohen visits", "November 16-19 - Clinton", "* 21 June: talks"
_OPENS_ON_A_MONTH = re.compile(rf"(?:[-*\u2022]\s*)?(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,3}},\s+)?"  # (a place)
                               rf"(?:{_MON}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MON}(?!\w)|"
                               # (or a month heading its own entries: "2023\nJuly\nCam Ranh, 22 Jul - ...")
                               rf"{_MON}\s*[-\u2013\u2014:]\s|(?:#{{1,6}}\s*)?{_MON}\s*:?$)", re.IGNORECASE)


#: what a page calls the list of dated happenings it gives
_TOLD_AS_A_TIMELINE = re.compile(r"\b(?:timelines?|milestones?|chronology|key\s+(?:moments|dates|events)|"
                                 r"year\s+by\s+year|landmarks)\b", re.IGNORECASE)
_A_SENTENCE = re.compile(r"[.!?][\"”']?\s*$")


#: a day alone on its line, its weekday first or not: "SUNDAY, SEPTEMBER 10", "Monday 11 September 2023", "Sept. 11"
_DAY_ALONE = re.compile(rf"(?:#{{1,6}}\s*)?(?:\*\*|__)?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                        rf"(?:{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON})(?:,?\s+(?:19|20)\d\d)?"
                        r"\s*(?:\*\*|__)?\s*:?", re.IGNORECASE)
#: an entry of a live page, opening on its clock time: "6:20 p.m. - It's official", "16:05 IST - Talks are over"
_OPENS_ON_A_CLOCK = re.compile(r"(?:[-*\u2022]\s*)?[0-2]?\d[:.][0-5]\d\b")


def _heads_a_live_day(lines: list[str], i: int) -> bool:
    """A day alone on its line over entries that open on their clock times, one of two or more such days, heads a
    live page's day ("SUNDAY, SEPTEMBER 10 / 6:20 p.m. - Biden and Trong agreed ..."): part of the text, which dates
    the entries below it, not a page's stamp."""
    if not _DAY_ALONE.fullmatch(lines[i].strip()) or not _OPENS_ON_A_CLOCK.match(_next_line(lines, i)):
        return False
    return len({ln.strip().lower() for k, ln in enumerate(lines) if _DAY_ALONE.fullmatch(ln.strip())
                and _OPENS_ON_A_CLOCK.match(_next_line(lines, k))}) > 1


def _heads_a_timeline(lines: list[str], i: int) -> bool:
    """A year alone on its line over an entry that opens on a month, one of several, is a timeline's heading, part
    of the text (its entries' months and days are of that year), not a page's stamp."""
    if not _YEAR_ALONE.fullmatch(lines[i].strip()):
        return False
    nxt = _next_line(lines, i)
    # (a timeline has more than one: a year alone over a dateline is the page's stamp; over a paragraph that opens
    # on no date, "2016\nDuring his May visit to Hanoi, Obama ...", more than two, on a page that says it is a
    # timeline: an alumni magazine's class notes head their paragraphs with years of graduation)
    years = sum(1 for ln in lines if _YEAR_ALONE.fullmatch(ln.strip()))
    return (years > 1 and bool(_OPENS_ON_A_MONTH.match(nxt))) or (
        years > 2 and bool(_A_SENTENCE.search(nxt)) and len(_WORD.findall(nxt)) >= 4
        and any(_TOLD_AS_A_TIMELINE.search(ln) for ln in lines))


_TAGS_WITH_ITEMS = re.compile(r"(?:tags?|topics?)\s*:\s*\S", re.IGNORECASE)


def _is_prose(line: str) -> bool:
    """A paragraph of the article, not an item of a list of headlines: long, and ending a sentence."""
    return len(line) >= 140 and bool(re.search(r"[.!?][\"”']?\s*$", line)) and len(_WORD.findall(line)) >= 20


def _is_title(line: str) -> bool:
    if len(line) > 300:
        return False
    words = _WORD.findall(line)
    if _STAMP_OPENING.match(line):
        return False  # "Posted: 21-11 | 10:32 GMT+7": a stamp, its label first, not a headline
    if _ISSUE_HEAD.search(line) or _NUMBERED_ISSUE.match(line) or _ISSUE_AND_DAY.match(line):
        # "September 2017  Vol. 143/9/1,375", "Monthly of the Italian Navy - July 2012", "Issue 3/2025
        # (July–September)": an issue line
        return False
    cells = [c.strip() for c in re.split(r"\s[|·•]\s", line)]
    if len(cells) >= 3 and any(_ISSUE_CELL.fullmatch(c) for c in cells):
        return False  # "A weekly letter on defence · Issue 212 · Friday, 8 November": a masthead's row of cells
    if _SECTION_AND_YEAR.search(line) or _CJK_YEAR.search(line):
        # "Navy | August 2023 issue": a section and an issue set apart by a bar; "2016年9月5日": a day in Chinese
        # or Japanese figures; the page's furniture
        return False
    return 4 <= len(words) <= 30 and not re.search(r"[.!?;,\"”]\s*$", line) and not line.isupper()


_CJK_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
#: an issue's number, then its week or day without a year: "Issue #212 - Week of October 18", "No. 7 | Monday, 6
#: November", "Issue 41 — 17 October"
_ISSUE_AND_DAY = re.compile(r"\s*(?:vol\.?|volume|issue|no\.?)\s*:?\s*#?\s*\d{1,4}\s*(?:--|[-–—|·•:,])\s*"
                            r"(?:week\s+of\s+|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                            r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9})\b\W*$", re.IGNORECASE)
#: an issue numbered within its year, opening its line: "Issue 3/2025 (July–September)", "No. 09/2024"
_NUMBERED_ISSUE = re.compile(r"\s*(?:vol\.?|volume|issue|no\.?)\s*:?\s*\d{1,3}\s*/\s*(?:19|20)\d\d\b", re.IGNORECASE)
#: an issue's month and year with its volume, or closing a masthead's line after a dash or bar
_ISSUE_MONTH_YEAR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d"
_ISSUE_HEAD = re.compile(r"\b" + _ISSUE_MONTH_YEAR + r"\s*[,|·•]?\s*(?:vol\.?|volume|issue|no\.)\s*\d|"
                         r"\s(?:--|[-–—|·•])\s*" + _ISSUE_MONTH_YEAR + r"\s*$|"
                         # ("December 2003 issue — Features": the month's issue opening its line, then a section)
                         r"^\s*" + _ISSUE_MONTH_YEAR + r"\s+(?:issue|edition)\b|"
                         # ("... community -- Issue 47, October 2014": an issue's number, then its month)
                         r"\b(?:vol\.?|volume|issue|no\.)\s*\d+\s*[,|·•-]?\s*" + _ISSUE_MONTH_YEAR + r"\s*$",
                         re.IGNORECASE)
#: a line that opens on a stamp's label or weekday and figures: "Posted: 21-11 | 10:32", "Friday, 25/12  16:05"
_STAMP_OPENING = re.compile(r"\s*(?:(?:posted|published|updated)\s*(?:on\s*)?:?|"
                            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)\s*\d{1,2}[-/.]\d{1,2}\b", re.IGNORECASE)
_SECTION_AND_YEAR = re.compile(r"\s[|·•]\s.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*\s[|·•]\s")


_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: a digest's item head on a line of its own: "9 APR | Ba Ria-Vung Tau", "28-29 JUL | Hanoi", "Aug. 24-26 | Hanoi"
_DIGEST_HEAD = re.compile(r"(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+" + _MONTH_WORD + r"|" + _MONTH_WORD
                          + r"\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)\s*[|:–—-]\s*[A-Z][\w'.-]*(?:[\s-]+[A-Z][\w'.-]*){0,3}",
                          re.IGNORECASE)


def _join_digest_heads(lines: list[str]) -> list[str]:
    """ "28-29 JUL | Hanoi" on its own line, then the item: one line, so the head's date dates the item
    (as in "28-29 JUL | Hanoi - Austin met ..."). The item's line is left empty, so line numbers hold."""
    out = list(lines)
    for i, raw in enumerate(out):
        if not _DIGEST_HEAD.fullmatch(raw.strip()):
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(out))) if out[k].strip()), None)
        if j is not None and re.match(r"[A-Z]", out[j].strip()) and re.search(r"[.!?][\"”']?\s*$", out[j].strip()):
            out[i], out[j] = raw.strip() + " - " + out[j].strip(), ""
    return out


def clean(article_id: str, text: str) -> Cleaned:
    """Split a page into title, body and dropped furniture lines."""
    lines = text.split("\n")
    repeated: set[str] = set()
    if _hard_wrapped([ln.strip() for ln in lines]):  # a converted report (line numbers then count joined lines)
        repeated = _running_heads(lines)
        lines = _unwrap([ln.strip() for ln in lines], repeated)
    lines = _join_digest_heads(lines)
    dropped: list[FurnitureLine] = []
    header_date = ""
    # the header opens the article, after at most the page's menus: a line "date ..." below prose is text
    header_line = next((i for i, ln in enumerate(lines) if HEADER.match(ln)
                        and not any(_is_prose(p.strip()) for p in lines[:i])), None)
    kept: list[tuple[int, str]] = []
    prose_kept = 0  # paragraphs of prose kept so far (counted as they come: a rescan per line was quadratic)
    head_dates: list[str] = []  # "Transcript of the Weekly Briefing (August 02, 2024)": the day it was issued
    in_block = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if header_line is not None and i < header_line:
            if line:
                dropped.append(FurnitureLine(article_id, i + 1, line, "navigation"))
            continue
        if i == header_line:
            m = HEADER.match(raw)
            assert m is not None
            header_date = m.group(1) if _valid_iso(m.group(1)) else ""
            if not header_date:  # " date 2022-02-30": no such day; the date is inferred from the text instead
                dropped.append(FurnitureLine(article_id, i + 1, m.group(0).strip(), "bad date header"))
            line = raw[m.end():].strip()
        if not line:
            kept.append((i, ""))
            continue
        if repeated and _page_head_key(line) in repeated:  # "Congressional Research Service   14" on every page
            dropped.append(FurnitureLine(article_id, i + 1, line, "running head"))
            continue
        if in_block and not (_is_prose(line) and _is_prose(_next_line(lines, i))):
            dropped.append(FurnitureLine(article_id, i + 1, line, "list"))
            continue
        in_block = False  # a "Related" list in mid-article ends where paragraphs of prose resume (a teaser's
        # blurb is prose too, but the next teaser's headline follows it)
        # the page head: no more of the article's prose yet than a standfirst (a byline may follow one)
        head = prose_kept < 2
        if head and not _is_prose(line):
            head_dates += _heading_date(line)
        if _heads_a_timeline(lines, i) or _heads_a_live_day(lines, i):
            kept.append((i, line))
            continue
        # ("[Editor: Lim Siew Ling]   Published in print: 2007-07-07": a credit in brackets, then the stamp)
        probe = line[credit.end():] if (credit := CREDIT.match(line)) and credit.end() < len(line) else line
        hit = ("url", "line") if URL_LINE.fullmatch(probe) else ("dateline", "line") if _is_dateline(probe) \
            else _classify(probe) or (("credit", "line") if credit is not None and credit.end() == len(line) else None)
        if (hit is None or hit[0] == "navigation") and head and _is_stamp(line):
            # (a byline row set apart by bars reads as a menu: "Edited by A. Writer | Site | Updated: 9 Jun 2022")
            hit = ("dateline", "line")
        if hit:
            reason, scope = hit
            dropped.append(FurnitureLine(article_id, i + 1, line, reason))
            # a list heading before any article text ("Read more:" at the top) is one line, not the rest
            # (nor a line of tags that holds its items, in the page head above the article: "Tags: Vietnam, Southeast
            # Asia, security cooperation"; at the foot it opens the page's own furniture)
            in_block = (scope == "block" and any(text for _i, text in kept)
                        and not (head and _TAGS_WITH_ITEMS.match(line)))
            continue
        kept.append((i, line))
        prose_kept += _is_prose(line)

    # the site's own name and slogan come before its menus: the headline comes after the last menu
    # line of the page head (the head ends where prose begins)
    prose = next((i for i, line in kept if line and not _is_title(line) and not _is_label(line)), len(lines))
    last_menu = max((f.line - 1 for f in dropped if f.reason == "navigation" and f.line - 1 < prose), default=-1)
    title = ""
    title_line = -1
    body_lines: list[str] = []
    body_start = body_end = -1
    body_at: list[int] = []  # the line number of each body line
    for i, line in kept:
        if not line:
            if body_lines and body_lines[-1] != "":
                body_lines.append("")
            continue
        if body_start < 0 and _STAMP_OPENING.match(line):
            dropped.append(FurnitureLine(article_id, i + 1, line, "dateline"))  # "Posted: 21-11 | 10:32 GMT+7"
            continue
        if (body_start < 0 and not title and i > last_menu and _is_title(line)
                and any(k and j > i for j, k in kept)):  # the only line of a text is its body, not a title
            title, title_line = line, i
            continue
        if ((_is_label(line) and not (_heads_a_timeline(lines, i) or _heads_a_live_day(lines, i)))
                or (body_start < 0 and i < last_menu)):
            # (a short line that is a place and its day is the page's dateline: "TOKYO — July 24")
            reason = ("dateline" if _is_dateline(line) else "label") if _is_label(line) else "navigation"
            dropped.append(FurnitureLine(article_id, i + 1, line, reason))
            continue
        if body_start < 0:
            body_start = i
        body_end = i
        body_lines.append(line)
        body_at.append(i)
    # a wire's closing stamp left after the last paragraph ("(END) DOW JONES NEWS  03-13-00"): the page's date line
    while body_lines and body_lines[-1] == "":
        body_lines.pop()
    while len(body_at) > 1 and _is_stamp(body_lines[-1]) and not _is_prose(body_lines[-1]):
        dropped.append(FurnitureLine(article_id, body_at.pop() + 1, body_lines.pop(), "dateline"))
        while body_lines and body_lines[-1] == "":
            body_lines.pop()
        body_end = body_at[-1]
    body = "\n".join(body_lines).strip()
    dropped.sort(key=lambda f: f.line)
    return Cleaned(title, body, header_date, tuple(dropped),
                   "\n".join(f.text for f in dropped),
                   "\n".join(_top_lines(dropped, title_line, body_start) + head_dates
                             + _foot_stamp(dropped, body_end)))


_TERMINAL = re.compile(r"[.!?:;\"”’')\]]\s*$")
_BULLET = re.compile(r"^(?:[•·▪◦*–-]|\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s+")
#: a footnote's number after a word's punctuation: "search and rescue.1", "Schriver.2 On August 14"
_FOOTNOTE = re.compile(r"(?<=[a-z)])([.,;])\d{1,2}(?=\s|$)")


def _page_head_key(line: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line.strip())).lower()


def _running_heads(lines: list[str]) -> set[str]:
    """Short lines that come back on every page of a converted report ("Congressional Research Service 14",
    "U.S.-Vietnam Relations"): a line, numbers aside, seen twice or more, that is not a sentence."""
    short = [ln.strip() for ln in lines if 3 <= len(ln.strip()) < 80]
    counts = Counter(_page_head_key(ln) for ln in short if not _TERMINAL.search(ln) and not _BULLET.match(ln))
    return {k for k, n in counts.items() if n >= 2}


def _hard_wrapped(lines: list[str]) -> bool:
    """A text broken into lines of a page's width (a PDF or an e-mail converted to text): most lines of prose
    are of that width and run on into the next."""
    full = [ln for ln in lines if len(ln) >= 50]
    run_on = sum(1 for ln, nxt in zip(lines, lines[1:], strict=False)
                 if 50 <= len(ln) <= 110 and not _TERMINAL.search(ln) and nxt[:1].islower())
    # a page of paragraphs has lines longer than any page is wide
    return run_on >= 3 and sum(len(ln) > 130 for ln in full) <= 0.1 * len(full)


def _unwrap(lines: list[str], heads: set[str]) -> list[str]:
    """Lines of one paragraph joined again: a word broken by a hyphen is one word ("secu-" "rity"); a bullet
    and a running head stay lines of their own; footnote numbers are left out."""
    out: list[str] = []
    for line in lines:
        line = _FOOTNOTE.sub(r"\1", line)
        alone = _BULLET.match(line) or _page_head_key(line) in heads
        if out and out[-1] and line and not alone and _page_head_key(out[-1]) not in heads:
            prev = out[-1]
            if re.search(r"[a-z]-$", prev) and line[:1].islower():
                out[-1] = prev[:-1] + line
            elif prev.endswith(("-", "–", "—")):
                out[-1] = prev + line
            else:
                out[-1] = prev + " " + line
        else:
            out.append(line)
    return out


#: a heading that ends with the day it was issued: "Transcript of Weekly Media Briefing (August 02, 2024)"
_DATED_HEADING = re.compile(r"\((?P<day>[^()]{6,34})\)")
_WEEKDAY_FIRST = re.compile(r"^(?:" + "|".join(WEEKDAYS) + r"),?\s+", re.IGNORECASE)


def _foot_stamp(dropped: list[FurnitureLine], body_end: int) -> list[str]:
    """The page's date told at its foot ("###  SEPTEMBER 10, 2023", "Tuoi Tre Online - 02/08/2024 06:10"), or in
    its web address: read after every date line of the head, so a head's date comes first. One date only: a
    foot that shows several is a list of other stories."""
    foot = [f.text for f in dropped if f.line - 1 > body_end >= 0
            and (f.reason == "url" or _is_dateline(f.text) or _is_stamp(f.text))]
    urls = [f.text for f in dropped if f.reason == "url" and f.line - 1 <= body_end]
    return [*urls, *(foot if len(foot) == 1 else ())]


def _heading_date(title: str) -> list[str]:
    """ "Transcript of the Weekly Briefing (August 02, 2024)", "[Congressional Record Volume 146, Number 32 (Tuesday,
    March 21, 2000)]": a heading with its day in brackets."""
    return [m.group("day") for m in _DATED_HEADING.finditer(title)
            if _FULL_DATE.fullmatch(_WEEKDAY_FIRST.sub("", m.group("day").strip()))][:1]


def _top_lines(dropped: list[FurnitureLine], title_line: int, body_start: int) -> list[str]:
    """Date lines and bylines of the page head, where a publication date is stated: nearest the
    headline first (a site header may show the day the page was saved)."""
    if body_start < 0:
        body_start = max((f.line for f in dropped), default=0)
    # (and a translator's or database's source note with the original's full date: "[Translated from Tamil.
    # Murasoli, Chennai, Tuesday 26 May 2015, page 7]")
    head = [f for f in dropped if (f.reason in ("dateline", "byline", "label") and re.search(r"\d", f.text)
                                   or (f.reason == "credit" and _FULL_DATE.search(f.text)))
            and (f.line - 1 <= body_start or (f.reason not in ("label", "credit") and f.line - 1 <= body_start + 15))]
    after = [f.text for f in head if f.line - 1 > title_line]
    before = [f.text for f in reversed(head) if f.line - 1 <= title_line]
    return after + before
