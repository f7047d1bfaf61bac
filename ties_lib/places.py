"""Places where meetings happen (``data/places.csv``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .data import load_csv
from .records import PlaceHit
from .text import fold, lower_in_place, trie_pattern

#: a ship's prefix and the first words of its name: "INS Delhi", "Naval Ships Delhi", "USS George Washington"
SHIP_PREFIX = re.compile(r"\b(?:INS|USS|HMS|USNS|USCGC|KRI|BRP|JS|HTMS|RSS|HMAS|[Ss]hips?)\s+"
                         r"(?:[A-Z][\w.'-]*\s+){0,2}$")


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    table: dict[str, tuple[str, str, str]] = {}
    for r in load_csv("places.csv"):
        for name in [r["place"], *[a for a in r["aliases"].split(";") if a]]:
            # (the text is read folded: "Malé" is found as "Male")
            table[fold(name).lower()] = (r["place"], r["country"], r["kind"])
    # for a lower-cased text: an IGNORECASE pattern is several times slower
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(set(table)) + r")(?![\w])"), table


def find_places(text: str) -> list[PlaceHit]:
    """Each known place in ``text``."""
    pattern, table = _pattern()
    out = []
    for m in pattern.finditer(lower_in_place(text)):
        if not text[m.start()].isupper():
            continue
        if SHIP_PREFIX.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "INS Delhi", "USS George Washington": a ship, not a city
        if text.startswith("-based", m.end()):
            continue  # "the San Diego-based strike group", "a Hanoi-based analyst": where one is from, not a venue
        place, country, kind = table[m.group(0)]
        out.append(PlaceHit(m.start(), m.end(), place, country, kind))
    return out


@lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """Every name of a place a visit can go to: the gazetteer's places and aliases, and each country's
    names as a destination (``place_names`` of ``data/countries.csv``), as written (capitalised)."""
    names = {n for r in load_csv("places.csv") for n in [r["place"], *r["aliases"].split(";")] if n}
    names |= {n for r in load_csv("countries.csv") for n in r["place_names"].split(";") if n}
    return tuple(sorted(names))
