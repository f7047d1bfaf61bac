"""Cooperation domains from a lexicon (``data/domains.csv``), with the evidence kept.

A term is matched as a whole word, longest first, and a span is read once: "Information
Technology-Foreign Language Centre" is training, not technology. A domain is coded only
from a sentence that speaks of cooperation or engagement, not from a word in passing; rows of
the domain ``none`` are words that name a topic in passing (a forum as a venue, the pandemic as
a time, a crew's football on a port call), read and coded as nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .data import load_csv
from .text import leftmost, lower_in_place, trie_pattern

DOMAINS = (
    "maritime", "hydrography", "defence_industry", "training", "peacekeeping", "multilateral",
    "counterterrorism", "cyber", "transnational_crime", "health", "space", "war_legacy",
    "military_exchanges", "economic", "technology", "culture",
)
COOPERATION_CUES = re.compile(
    r"\b(?:cooperat|co-operat|collaborat|partner|agree|discuss|sign|inked|pact|exchang|support|"
    r"assist|aid|help|joint|bilateral|both sides|two sides|two countries|two nations|"
    r"dialogue|talks|visit|train|relation|ties|engag|initiative|project|effort|combat|pledg|"
    r"commit|deepen|strengthen|enhanc|expand|focus|covered|areas|fields|includ|take part|"
    r"welcom|counterpart|protocol|memorand|statement|credit|announc|remediat|account for|"
    # (a course, workshop or seminar one side ran for the other: "completed a hydrographic survey course at the
    # Indian Navy's institute", "a charting workshop with the Vietnam People's Navy")
    r"course|workshop|seminar|webinar)",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def lexicon() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Patterns of the acronyms (as written) and of the other terms (lower case), and a term -> domain table."""
    table: dict[str, str] = {}
    written: dict[str, str] = {}
    for row in load_csv("domains.csv"):
        table[row["term"].lower()] = row["domain"]
        written[row["term"].lower()] = row["term"]
    acronyms = {t for t in written.values() if t.isupper() and len(t) <= 4}  # "MIA", "UXO" keep their case
    rest = {k for k, t in written.items() if t not in acronyms}
    return (re.compile(r"(?<![\w-])(?:" + trie_pattern(acronyms) + r")(?![\w-])"),
            re.compile(r"(?<![\w-])(?:" + trie_pattern(rest) + r")(?![\w-])"), table)


def find_domains(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, domain, term) for each lexicon term in ``text``."""
    acronyms, terms, table = lexicon()
    # the terms on a lower-cased copy: an IGNORECASE pattern is several times slower
    spans = leftmost(acronyms.finditer(text), terms.finditer(lower_in_place(text)))
    # ("none" rows hold a span and code nothing: "the Shangri-La Dialogue" named as a venue, the crew's football)
    return [(s, e, d, text[s:e]) for s, e in spans if (d := table[text[s:e].lower()]) != "none"
            and not (d == "health" and _AS_A_TIME.search(text, max(0, s - 40), s) and _PANDEMIC.fullmatch(text, s, e))
            and not (d == "health" and _PANDEMIC.fullmatch(text, s, e) and _TIME_AFTER.match(text, e))]


#: the pandemic itself, as a word: what may be told as a time rather than as cooperation on it
_PANDEMIC = re.compile(r"(?i:pandemic|covid(?:-19)?|coronavirus)")
#: a time or a cause the pandemic is told as: "during the pandemic", "after a pause during the COVID-19 pandemic",
#: "talks held remotely because of the coronavirus pandemic", "since before the pandemic"
_AS_A_TIME = re.compile(r"\b(?:during|after|before|since|amid|amidst|through|throughout|despite|because\s+of|due\s+to|"
                        r"owing\s+to|by)\s+(?:the\s+|a\s+|this\s+|that\s+)?(?:(?:global|coronavirus|covid(?:-19)?|"
                        r"worst\s+of\s+the|height\s+of\s+the)\s+)?$", re.IGNORECASE)
#: the pandemic as the name of a time: "a two-year pandemic break", "in this pandemic year", "the pandemic has made
#: impossible", "COVID-19 restrictions"
_TIME_AFTER = re.compile(r"(?:\s+pandemic)?\s+(?:break|pause|year|years|era|restrictions|lockdowns?|hiatus|has\s+made|"
                         r"had\s+made|forced|halted|interrupted|disrupted)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def speaks_of_cooperation(sentence: str) -> bool:
    """Whether a sentence speaks of cooperation or engagement (a cue word), not a word in passing."""
    return bool(COOPERATION_CUES.search(sentence))
