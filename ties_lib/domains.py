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
    return [(s, e, d, text[s:e]) for s, e in spans if (d := table[text[s:e].lower()]) != "none"]


@lru_cache(maxsize=4096)
def speaks_of_cooperation(sentence: str) -> bool:
    """Whether a sentence speaks of cooperation or engagement (a cue word), not a word in passing."""
    return bool(COOPERATION_CUES.search(sentence))
