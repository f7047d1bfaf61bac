"""Cooperation domains from a lexicon (``data/domains.csv``), with the evidence kept.

A term is matched as a whole word, longest first, and a span is read once: "Information
Technology-Foreign Language Centre" is training, not technology. A domain is coded only
from a sentence that speaks of cooperation or engagement, not from a word in passing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .data import load_csv
from .text import trie_pattern

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
    r"welcom|counterpart|protocol|memorand|statement|credit|announc|remediat|account for)",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def lexicon() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over all terms (longest first) and a term -> domain table."""
    table: dict[str, str] = {}
    written: dict[str, str] = {}
    for row in load_csv("domains.csv"):
        table[row["term"].lower()] = row["domain"]
        written[row["term"].lower()] = row["term"]
    acronyms = {t for t in written.values() if t.isupper() and len(t) <= 4}  # "MIA", "UXO" keep their case
    rest = {k for k, t in written.items() if t not in acronyms}
    pattern = re.compile(r"(?<![\w-])(?:(?-i:" + trie_pattern(acronyms) + ")|" + trie_pattern(rest) + r")(?![\w-])",
                         re.IGNORECASE)
    return pattern, table


def find_domains(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, domain, term) for each lexicon term in ``text``."""
    pattern, table = lexicon()
    return [(m.start(), m.end(), table[m.group(0).lower()], m.group(0)) for m in pattern.finditer(text)]


@lru_cache(maxsize=4096)
def speaks_of_cooperation(sentence: str) -> bool:
    """Whether a sentence speaks of cooperation or engagement (a cue word), not a word in passing."""
    return bool(COOPERATION_CUES.search(sentence))
