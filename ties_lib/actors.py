"""Actors: officials from the shipped actor base, people introduced with an office, and
offices named without their holder.

The base (``data/actors.csv``) holds one row per person and office tenure, with a source.
Matching survives ranks and titles, later references by the last name, a name glued to
the next word and the possessive. Journalists, analysts and spokespeople are sources,
not actors: they are only ever found through an office, and press offices are not listed.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace
from functools import lru_cache

from .data import common_words, load_csv
from .dates import MONTHS, WEEKDAYS
from .lookup import overlapping
from .places import find_places
from .records import ActorHit, max_level
from .text import fold, leftmost, lower_in_place, trie_pattern

RANK_CORE = (r"(?:Sen(?:ior)?\.?|Sr\.?|Lieut(?:enant)?\.?|Lt\.?|Gen(?:eral)?\.?|Maj(?:or)?\.?|"
        r"Col(?:onel)?\.?|Adm(?:iral)?\.?|Rear|Vice|Brig(?:adier)?\.?|Capt(?:ain)?\.?|"
        r"Air\s+Chief\s+Marshal|Marshal|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Shri|Smt\.?|H\.\s?E\.?|"
        r"Honourable|Hon\.?)")
RANK = rf"(?:{RANK_CORE}\s+)"
# a capitalised word ("O'Brien", "Nguyen-Anh", never the possessive "Cohen's"), an initial ("R.", "V.K.") or a
# bare initial before the next name word ("V K Singh")
_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+|'(?!s\b)[A-Z]?[a-z]+)*|(?:[A-Z]\.){1,3}|\b[A-Z](?=\s+[A-Z]))"
# (a name runs on over a line break, never over a blank line: "By Gregory T. Haldane" then "Twenty-five ...")
NEW_NAME = re.compile(rf"{_NAME_TOKEN}(?:(?:[ \t]+|[ \t]*\n[ \t]*(?!\n))(?:{_NAME_TOKEN}|III|II|Jr\.?)){{1,3}}")
#: Words that make the next name a source rather than an actor.
SOURCE_CUES = re.compile(
    r"(?:according to|press secretary|spokes(?:person|man|woman)|correspondent|journalist|"
    r"analyst|researcher|reporter|editor|columnist|professor|scholar|fellow|writes|wrote|"
    r"told|author)\W*(?:\w+\W+){0,3}$", re.IGNORECASE)
SOURCE_AFTER = re.compile(
    r"^,?\s*(?:a|an|the)?\s*(?:senior\s+|research\s+|visiting\s+)?(?:researcher|analyst|"
    r"fellow|professor|journalist|correspondent|expert|scholar|spokes)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Tenure:
    role: str
    office: str
    level: str
    start: dt.date
    end: dt.date | None
    source: str


@dataclass(frozen=True, slots=True)
class Person:
    actor_id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    tenures: tuple[Tenure, ...]

    def tenures_at(self, day: dt.date) -> list[Tenure]:
        return [t for t in self.tenures if t.start <= day and (t.end is None or day <= t.end)]


@dataclass(frozen=True, slots=True)
class Office:
    phrase: str
    office: str
    level: str
    country: str


def _date(s: str, end: bool = False) -> dt.date | None:
    if not s:
        return None
    parts = [int(p) for p in s.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        y, m = parts
        if end:
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(y, m, 1)
    return dt.date(*parts)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower().replace("'", "")).strip("-")


@lru_cache(maxsize=1)
def offices() -> tuple[Office, ...]:
    rows = [Office(r["phrase"], r["office"], r["level"], r["country"]) for r in load_csv("offices.csv")]
    return tuple(sorted(rows, key=lambda o: -len(o.phrase)))


@lru_cache(maxsize=1)
def _office_by_phrase() -> dict[str, Office]:
    return {o.phrase.lower(): o for o in offices()}


def office_of(role: str) -> str:
    """The generic office of a role as written ("Minister of National Defence" -> "Defence Minister")."""
    o = _office_by_phrase().get(role.lower())
    return o.office if o else role


@lru_cache(maxsize=1)
def people() -> dict[str, Person]:
    """The actor base: one :class:`Person` per actor_id, with dated tenures."""
    grouped: dict[str, list[dict[str, str]]] = {}
    for r in load_csv("actors.csv"):
        grouped.setdefault(r["actor_id"], []).append(r)
    out = {}
    for aid, rows in grouped.items():
        first = rows[0]
        aliases = tuple(a.strip() for r in rows for a in r["aliases"].split(";") if a.strip())
        tenures = tuple(
            Tenure(r["role"], office_of(r["role"]), r["level"], _date(r["start"]) or dt.date.min,
                   _date(r["end"], end=True), r["source"]) for r in rows)
        out[aid] = Person(aid, first["name"], tuple(dict.fromkeys(aliases)), first["country"], tenures)
    return out


@lru_cache(maxsize=1)
def countries() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    return tuple((r["code"], r["name"], tuple(t for t in r["terms"].split(";") if t))
                 for r in load_csv("countries.csv"))


@lru_cache(maxsize=1)
def studied_partners() -> frozenset[str]:
    """The partners the corpus studies (``studied`` = yes in ``data/countries.csv``): a happening between
    Vietnam and another country (China's donation, Russia's jets) is a third country's, not coded."""
    return frozenset(r["code"] for r in load_csv("countries.csv") if r.get("studied") == "yes")


@lru_cache(maxsize=1)
def country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """Country names and adjectives, for a lower-cased text (see :func:`lower_in_place`)."""
    lookup: dict[str, str] = {}
    for code, _name, terms in countries():
        for t in terms:
            lookup[t.lower()] = code
    # a country's forces and agencies named without its adjective ("BSF", "INDOPACOM", "DPAA") tell it too
    for r in load_csv("forces.csv"):
        lookup.setdefault(r["name"].lower(), r["country"])
    # "us" is a pronoun: "US" is found on the original text by _US
    words = trie_pattern({t for t in lookup if t != "us"})
    # "South China Sea" names a sea, not a partner
    pattern = re.compile(r"(?<![\w.])(?P<t>" + words + r")(?:'s|s')?(?![\w])(?!\s+(?:sea|ocean)\b)")
    return pattern, lookup


# the literal first, then what may not precede it: re skips to each "US" at once
#: not "US$100" or "US $100": a currency
_US = re.compile(r"US(?<![\w.]US)(?:'s|s')?(?![\w$])(?!\s+(?:Sea|Ocean)\b)(?!\s?\$)")


def country_of(term: str) -> str:
    _, lookup = country_pattern()
    t = term.lower()
    if t.endswith(("'s", "s'")):
        t = t[:-2]
    return lookup.get(t, lookup.get(t.rstrip("s"), ""))


@lru_cache(maxsize=4)
def _countries_in(text: str) -> tuple[tuple[int, int, str], ...]:
    pattern, lookup = country_pattern()
    places, where = _places_with_a_country_word()
    in_places = [(m.start(), m.end(), where[m.group(0)]) for m in places.finditer(text)] if places is not None else []
    hits = [(m.start(), m.end(), lookup[m.group("t")]) for m in pattern.finditer(lower_in_place(text))
            if not _inside_name(text, m.start(), m.end())
            and not any(s <= m.start() and m.end() <= e and c != lookup[m.group("t")] for s, e, c in in_places)]
    # a force named right after its own country's word is one mention of it ("the Japan Maritime Self-Defense
    # Force", "the U.S. Seventh Fleet"), not two
    forces = _force_names()
    hits = [h for i, h in enumerate(hits) if not (
        i and text[h[0]:h[1]].lower() in forces and hits[i - 1][2] == h[2]
        and re.fullmatch(r"[\s.'’s]*", text[hits[i - 1][1]:h[0]]))]
    us = lookup.get("us")
    if us:
        hits += [(m.start(), m.end(), us) for m in _US.finditer(text)]
    ships, owner = ship_prefixes()
    if ships is not None:
        hits += [(m.start(), m.end(1), owner[m.group(1)]) for m in ships.finditer(text)]
    hits.sort()
    return tuple(hits)


@lru_cache(maxsize=1)
def _force_names() -> frozenset[str]:
    """The lower-cased names in ``data/forces.csv``."""
    return frozenset(r["name"].lower() for r in load_csv("forces.csv"))


@lru_cache(maxsize=1)
def _places_with_a_country_word() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The gazetteer's places whose names hold a country's word, with the country each is in: "Lao Cai", a
    Vietnamese province, is no mention of Laos, nor "New Mexico" of Mexico (but "Mexico City" is of Mexico)."""
    pattern, _lookup = country_pattern()
    where = {v: r["country"] for r in load_csv("places.csv") for n in [r["place"], *r["aliases"].split(";")]
             if n and " " in n and pattern.search(lower_in_place(n)) for v in (n, n.upper())}  # ("LAO CAI, March 14")
    if not where:
        return None, where
    return re.compile(r"(?<![\w.])(?:" + "|".join(sorted(map(re.escape, where), key=len, reverse=True))
                      + r")(?![\w])"), where


@lru_cache(maxsize=1)
def ship_prefixes() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A navy's ship prefix before a ship's name ("INS Kiltan", "USS Vandegrift", "HMAS Anzac") names the
    country (``ship_prefixes`` in ``data/countries.csv``); written in capitals only ("ins and outs" is not)."""
    owner = {p: r["code"] for r in load_csv("countries.csv") for p in r.get("ship_prefixes", "").split(";") if p}
    if not owner:
        return None, owner
    return re.compile(r"(?<![\w.-])(" + "|".join(sorted(map(re.escape, owner), key=len, reverse=True))
                      + r")\s+(?=[A-Z])"), owner


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]+")


def _inside_name(text: str, start: int, end: int) -> bool:
    """A country's word inside a person's or a ship's name: "Ly Thai To", "Nguyen Thai Son" (a Vietnamese
    family name before it, another capitalised word after it)."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return (m is not None and m.group(1) in _vietnamese_surnames()
            and _CAPITAL_AFTER.match(text, end) is not None)


@lru_cache(maxsize=1)
def relations_began() -> dict[str, dt.date]:
    """The day each partner's diplomatic relations with Vietnam began (``relations_with_vietnam`` in
    ``data/countries.csv``, each with its source): what "the 50th anniversary of diplomatic relations" counts from
    when the text does not say."""
    return {r["code"]: dt.date.fromisoformat(r["relations_with_vietnam"]) for r in load_csv("countries.csv")
            if r.get("relations_with_vietnam")}


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, country code) of each country name or adjective in ``text``."""
    # cached: the office qualifiers and the article's partners both need them
    return list(_countries_in(text))


#: the next word of a name: capitalised, right after ("Harish Chandra Rawat"; not "Harish's" nor "Harish, who")
_NEXT_NAME_WORD = re.compile(r" ([A-Z][a-z]+)\b(?!['’])")


@lru_cache(maxsize=1)
def _name_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    index: dict[str, str] = {}
    for p in people().values():
        for n in (p.name, *p.aliases):
            index[fold(n)] = p.actor_id
            # "R. Hari Kumar" is also written "R Hari Kumar"; "A. K. Antony" also "A.K. Antony" and "AK Antony"
            index.setdefault(re.sub(r"\b([A-Z])\.\s*", r"\1 ", fold(n)).strip(), p.actor_id)
            index.setdefault(re.sub(r"\b([A-Z])\.\s+(?=[A-Z]\.)", r"\1.", fold(n)), p.actor_id)
            index.setdefault(re.sub(r"\b([A-Z])\.\s*(?=[A-Z]\.)|\b([A-Z])\.(?=\s)", r"\1\2", fold(n)), p.actor_id)
    # no word boundary at the end of a full name: one glued to the next word ("Giangfor") still counts; a
    # one-word name must end there ("Xi", not the "Xi" of "Xinhua"). A name that goes on with another
    # capitalised word is someone else's ("Ajay Kumar Bhalla" is not Ajay Kumar), but a weekday or month may
    # follow ("Rajnath Singh Thursday handed over ...")
    full = {n for n in index if " " in n or "." in n}
    single = set(index) - full
    names = "(?:" + trie_pattern(full) + (r"|" + trie_pattern(single) + r"(?![a-z])" if single else "") + ")"
    pat = re.compile(r"(?<![\w])(?=[A-Z])" + names
                     + r"(?!\s+(?!(?:" + "|".join(w.capitalize() for w in sorted(_CALENDAR_WORDS))
                     + r")\b)[A-Z][a-z]+\b(?!['’]))")
    return pat, index


@lru_cache(maxsize=1)
def _surnames() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for p in people().values():
        out.setdefault(fold(p.name).split()[-1], []).append(p.actor_id)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _office_words() -> tuple[str, str]:
    """Office acronyms ("NSA", as written) and phrases (lower case) as two alternations."""
    acronyms = trie_pattern({o.phrase for o in offices() if o.phrase.isupper()})
    phrases = trie_pattern({o.phrase.lower() for o in offices() if not o.phrase.isupper()}, flexible_space=True)
    return acronyms, phrases


@lru_cache(maxsize=1)
def _office_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Acronyms for the text itself, phrases for its lower-cased copy (see :func:`lower_in_place`)."""
    acronyms, phrases = _office_words()
    return (re.compile(r"(?<![\w])(?:" + acronyms + r")s?(?![\w])"),
            re.compile(r"(?<![\w])(?:" + phrases + r")s?(?![\w])"))


def _office_matches(text: str) -> list[tuple[int, int]]:
    """Spans of office names, leftmost first, none overlapping (an acronym wins a tie)."""
    acronyms, phrases = _office_patterns()
    return leftmost(acronyms.finditer(text), phrases.finditer(lower_in_place(text)))


_CAPITALISED = re.compile(r"(?<![\w'-])([A-Z][a-z]+(?:'[A-Z][a-z]+)?)(?![\w-])")


@lru_cache(maxsize=1)
def _titled_pattern() -> re.Pattern[str]:
    acronyms, phrases = _office_words()
    office = rf"(?<![\w])(?:(?-i:{acronyms})|{phrases})s?(?![\w])"
    return re.compile(rf"(?:{office}|{RANK_CORE})\s*$", re.IGNORECASE)


def _office_for(text: str) -> Office | None:
    key = re.sub(r"\s+", " ", text).lower()
    table = _office_by_phrase()
    return table.get(key) or table.get(key[:-1] if key.endswith("s") else key)


_CONJ_OFFICE = re.compile(r"^\s*(?:and|&)\s+")
_QUAL_BEFORE = re.compile(r"(?:(?P<both>two|both(?: the)?)\s+)?$", re.IGNORECASE)
_QUAL_AFTER = re.compile(r"^\s+(?:of|to)\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,3}?(?P<c>[A-Z][\w.']+)")


@dataclass(frozen=True, slots=True)
class _OfficeSpan:
    start: int
    end: int
    offices: tuple[Office, ...]
    country: str
    both: bool


_MODIFIED = re.compile(r"\b(?:to|of)\s+the\s+$")
_LONGER_TITLE = re.compile(r"\b(?:Deputy|Assistant|Under|Vice|Principal|Acting|Press|Chief)\s+$")
_POSSESSIVE_GAP = re.compile(r"(?:'s)?\s*")
_BOTH_BEFORE = re.compile(r"\b(?:two|both(?: the)?)\s+$")
_BOTH_AFTER = re.compile(r"\s+of\s+(?:the\s+two|both)\s+(?:countries|nations|sides)\b")


def _office_spans(text: str) -> list[_OfficeSpan]:
    """Office phrases, with "X and Y" joined, and the country they are qualified with."""
    spans: list[_OfficeSpan] = []
    country_hits = find_countries(text)
    country_starts = [c[0] for c in country_hits]
    matches = _office_matches(text)
    i = 0
    while i < len(matches):
        group = [matches[i]]
        while i + 1 < len(matches) and _CONJ_OFFICE.fullmatch(text[group[-1][1]:matches[i + 1][0]] + " "):
            i += 1
            group.append(matches[i])
        i += 1
        offs = tuple(o for o in (_office_for(text[gs:ge]) for gs, ge in group) if o)
        if not offs:
            continue
        start, end = group[0][0], group[-1][1]
        before = text[max(0, start - 40):start]
        if _MODIFIED.search(before):
            continue  # "Advisor to the Prime Minister of India": a modifier, not an actor
        if _LONGER_TITLE.search(before):
            continue  # "Deputy Assistant Secretary of Defense": part of a longer title the table lacks
        country = ""
        # "Indian Defence Secretary", "Vietnam's Deputy Minister": the country qualifies the office
        near = country_hits[bisect_left(country_starts, start - 30):bisect_left(country_starts, start)]
        for _c_start, c_end, code in near:
            if c_end <= start and _POSSESSIVE_GAP.fullmatch(text[c_end:start]):
                country = code
        after = _QUAL_AFTER.match(text[end:end + 60])
        if not country and after:
            country = country_of(after.group("c").rstrip("."))
        if not country:
            implied = {o.country for o in offs if o.country}
            country = implied.pop() if len(implied) == 1 else ""
        both = bool(_BOTH_BEFORE.search(before) or _BOTH_AFTER.match(text[end:end + 30]))
        spans.append(_OfficeSpan(start, end, offs, country, both))
    return spans


def find_actors(text: str, day: dt.date | None = None, page: str = "") -> list[ActorHit]:
    """All actors in ``text`` (folded), with the office each holds as the text gives it.

    ``day`` (the article's date when known) picks a person's role from the base when the
    text names none. ``page`` is the rest of the page (its headline, the points and lines set apart from the
    story): a person it names in full is known to the story by surname alone ("Key points: President Joe Biden is
    in Hanoi ..." over "Biden met Nguyen Phu Trong").
    """
    persons, offices_only = _located(text, named_on_the_page(page))
    base = people()
    namesakes = _namesakes(text, persons) | _founders_only(text, persons)
    hits: list[ActorHit] = []
    for s, e, aid, role, level, country in persons:
        stated = level
        if aid in namesakes:
            continue
        if aid in base:
            p = base[aid]
            country = p.country
            if role:
                role = canonical_role(p, role, day)
            elif day is not None:
                current = p.tenures_at(day)
                role = " and ".join(t.role for t in current)
                level = max_level([t.level for t in current])
            if day is not None:
                level = max_level([level, *[t.level for t in p.tenures_at(day)]])
            hits.append(ActorHit(aid, p.name, "person", country, role, level, -1, s, e, True, stated))
        else:
            name = aid.split(":", 1)[1]
            if not country and len(name.split()) >= 2 and name.split()[0] in _vietnamese_surnames():
                country = "VNM"  # "Foreign Minister Nguyen Duy Nien": a Vietnamese family name written first
            hits.append(ActorHit(slug(name), name, "person", country, role, level, -1, s, e, False))
    return hits + list(offices_only)


#: an occupation that makes the one named next a source, not an official: "researcher Pham Hoai Nam", "analyst
#: Nguyen Van An of the Diplomatic Academy"
_OCCUPATION_BEFORE = re.compile(r"\b(?:analyst|researcher|reporter|editor|columnist|professor|scholar|fellow|"
                                r"lecturer|journalist|correspondent|historian|economist|commentator)[ \t]+$",
                                re.IGNORECASE)


#: a generational suffix after a name is part of the name as written: "Joseph R. Biden, Jr.", "Lloyd J. Austin III",
#: "Ferdinand Marcos Jr."; "Sr." only after a comma, and neither before a rank, where they are "Senior" and
#: "Junior" ("Nguyen Van Hung, Sr. Col. Tran Van Binh", "Jr. Lt.")
_NAME_SUFFIX = re.compile(r"(?:,?[ \t]+Jr(?:\.|(?![\w.]))|,[ \t]*Sr(?:\.|(?![\w.]))|,?[ \t]+(?:II|III|IV)(?![\w-]))"
                          r"(?![ \t]+(?:Col|Lt|Gen|Maj|Capt|Cdr|Colonel|Lieutenant|General|Major|Captain|Commander)\b)")


def written_form(text: str, start: int, end: int) -> str:
    """The name at ``text[start:end]`` as the article writes it, with a generational suffix that follows it."""
    m = _NAME_SUFFIX.match(text, end)
    return " ".join(text[start:m.end() if m else end].split())


#: a friendship's founders, recalled: "the traditional friendship founded by President Ho Chi Minh and Prime
#: Minister Jawaharlal Nehru", "nurtured by Jawaharlal Nehru and Ho Chi Minh", "since the days of Pandit Nehru"
_FOUNDED_BY = re.compile(r"\b(?:(?:founded|built|laid(?:\s+down)?|nurtured|cultivated|forged|fostered)\s+by|"
                         r"(?:days|era|time|times)\s+of)\s+(?:(?:the\s+late|the|late|and|(?-i:[A-Z])[\w.'-]*)\s+){0,8}$",
                         re.IGNORECASE)


_WHO_AFTER = re.compile(r",?\s+who\b")


def _founders_only(text: str, persons: tuple[tuple[int, int, str, str, str, str], ...]) -> frozenset[str]:
    """People named only as the founders of a friendship the text recalls ("the traditional friendship built by
    President Ho Chi Minh and Prime Minister Jawaharlal Nehru"): no side's actor in what the article reports."""
    told: dict[str, bool] = {}
    for s, e, aid, _r, _l, _c in persons:
        # (but not one the sentence goes on to tell of: "the days of Jawaharlal Nehru, who visited Hanoi in 1954")
        told[aid] = (told.get(aid, True) and _FOUNDED_BY.search(text, max(0, s - 120), s) is not None
                     and _WHO_AFTER.match(text, e) is None)
    return frozenset(aid for aid, only in told.items() if only)


def _namesakes(text: str, persons: tuple[tuple[int, int, str, str, str, str], ...]) -> frozenset[str]:
    """People of the base whom the text introduces as sources ("Nguyen Thanh Hai, a researcher at a Hanoi
    university") and never gives an office: another person of the same name, neither an actor nor an official
    whose term could date the page."""
    told_as_source = {aid for s, e, aid, _r, _l, _c in persons if aid in people()
                      and (SOURCE_AFTER.match(text[e:e + 40]) or _OCCUPATION_BEFORE.search(text, max(0, s - 20), s))}
    with_office = {aid for _s, _e, aid, role, _l, _c in persons if role}
    return frozenset(told_as_source - with_office)


def at_the_time(h: ActorHit, day: dt.date) -> ActorHit:
    """The hit with the level its person held on ``day`` ("in July 2013, when Barack Obama received ...": a
    president then, whatever he is on the article's day), or the office the text gives him."""
    p = people().get(h.actor_id) if h.in_base and h.kind == "person" else None
    if p is None:
        return h
    return replace(h, level=max_level([h.stated_level, *[t.level for t in p.tenures_at(day)]]))


#: an office's complement: "of Vietnam", "to India", "for South and Southeast Asia"
_COMPLEMENT = r"(?:\s+(?:of|to|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,3})?"
_TAIL_NAME = re.compile(rf"{_COMPLEMENT},?\s+{RANK}*(?P<n>{NEW_NAME.pattern})")
_HEAD_NAME = re.compile(rf"(?P<n>{NEW_NAME.pattern}),\s+(?:then\s+|the\s+|a\s+)?(?:[A-Z]\w+(?:'s)?\s+)?$")


#: a definite office in lower case: "the prime minister of Vietnam", "the Vietnamese president", "Vietnam's ..."
_DEFINITE_BEFORE = re.compile(r"(?:\bthe\s+(?:[A-Z][\w-]*\s+){0,2}|[A-Za-z]'s\s+)$")


#: a capitalised word just before: the word after it is part of a longer name ("Ho Chi Minh")
_NAME_WORD_BEFORE = re.compile(r"(?-i:[A-Z])[\w'-]*[ \t]+$")


def named_on_the_page(page: str) -> frozenset[str]:
    """The people of the base a page's other text (headline, points, furniture) names in full."""
    if not page:
        return frozenset()
    name_pat, index = _name_pattern()
    return frozenset(index[m.group(0)] for m in name_pat.finditer(page))


@lru_cache(maxsize=16)
def _located(text: str, on_the_page: frozenset[str] = frozenset()
             ) -> tuple[tuple[tuple[int, int, str, str, str, str], ...], tuple[ActorHit, ...]]:
    """Where the people and the holder-less offices are: the part that does not depend on the date.

    Cached, because an article is read twice (for the tenures that date it, then for roles).
    """
    base = people()
    name_pat, index = _name_pattern()
    office_spans = _office_spans(text)
    found: dict[str, tuple[int, int]] = {}
    person_spans: list[tuple[int, int, str]] = []

    for m in name_pat.finditer(text):
        aid = index[m.group(0)]
        person_spans.append((m.start(), m.end(), aid))
        found.setdefault(aid, (m.start(), m.end()))

    # people introduced with an office but not in the base
    taken = sorted((s, e) for s, e, _ in person_spans)  # the same spans in order, for bisection
    for span in office_spans:
        tail_m = _TAIL_NAME.match(text, span.end, min(len(text), span.end + 80))
        if tail_m:
            _add_new(text, tail_m.start("n"), tail_m.end("n"), person_spans, found, taken)
        head_m = _HEAD_NAME.search(text, max(0, span.start - 80), span.start)
        if head_m:
            _add_new(text, head_m.start("n"), head_m.end("n"), person_spans, found, taken)

    # people introduced by a military rank and an appositive that names their country
    # ("Adm. John C. Aquilino, commander of U.S. Pacific Fleet")
    for m in _RANKED_NEW.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_."):
            continue  # inside a word (checked here: a look-behind first would make re try every position)
        if not _ROLE_OF.search(m.group("role")) and m.group("n").split()[0] not in _vietnamese_surnames():
            continue  # (a Vietnamese name needs no "of": "Rear Admiral Pham Manh Hung, Deputy Commander-in-Chief")
        role_start, role_end = m.span("role")
        # the role's last character may be the dot of "U.S."
        codes = {c for _s, _e, c in find_countries(text[role_start:role_end + 1])}
        if not codes:  # "Maj. Gen. Raymond F. Rees, Adjutant General of Oregon": a state or city of one country
            codes = {p.country for p in find_places(text[role_start:role_end + 1])}
        if not codes:  # "Rear Admiral Cindy Thebaud, commander of Logistics Group Western Pacific"
            codes = {_country_of_new(text, m.start("n"), m.end("n"))} - {""}
        if len(codes) == 1:
            span = _OfficeSpan(role_start, role_end, (), codes.pop(), False)
            if _add_new(text, m.start("n"), m.end("n"), person_spans, found, taken):
                office_spans.append(span)  # the role of that person only: it names no office of the table

    country_by_rank: dict[str, str] = {}
    # people introduced by a military rank after their country ("India's Lt Gen Nav K Khanduri", "the Indian
    # Navy's Rear Adm. Dinesh K. Tripathi", "U.S. Army Pacific commander Gen. Robert B. Brown")
    for m in _COUNTRY_RANKED_NEW.finditer(text):
        codes = {c for _s, _e, c in find_countries(m.group("pre"))}
        if len(codes) == 1 and _add_new(text, m.start("n"), m.end("n"), person_spans, found, taken):
            country_by_rank["new:" + text[m.start("n"):m.end("n")]] = codes.pop()

    # a rank and a Vietnamese name of three words or more ("Rear Admiral Pham Manh Hung"): an officer of Vietnam
    for m in _RANKED_ANY.finditer(text):
        toks = m.group("n").split()
        if len(toks) >= 3 and toks[0] in _vietnamese_surnames() and (
                _add_new(text, m.start("n"), m.end("n"), person_spans, found, taken)):
            country_by_rank["new:" + m.group("n")] = "VNM"

    # a Vietnamese name of three words or more told as a person with no title: in an apposition ("Tran Quoc
    # Vuong, a senior member of the Secretariat") or met ("received by Le Hoai Trung"): Vietnam's
    for m in _UNTITLED_VIETNAMESE.finditer(text):
        toks = m.group("n").split()
        told_as_person = (m.group("app") is not None
                          or _MET_BEFORE.search(text, max(0, m.start("n") - 20), m.start("n")) is not None)
        if (told_as_person and 3 <= len(toks) <= 4 and toks[0] in _vietnamese_surnames()
                and _add_new(text, m.start("n"), m.end("n"), person_spans, found, taken)):
            country_by_rank["new:" + m.group("n")] = "VNM"

    # later references by last name, or a title and a last name
    surnames = _surnames()
    new_last = {text[s:e].split()[-1]: aid for s, e, aid in person_spans if aid not in base}
    covered = bytearray(len(text) + 1)
    for s, e, _ in person_spans:
        covered[s:e] = b"\x01" * (e - s)
    for m in _CAPITALISED.finditer(text):
        tok = m.group(1)
        if (tok not in surnames and tok not in new_last) or covered[m.start()]:
            continue
        # (a person named in full only outside the story, by a surname that is no part of a longer name: "Minh"
        # of "Ho Chi Minh City" is not the "Pham Binh Minh" of a related story's headline)
        cands = [a for a in surnames.get(tok, ()) if (a in found and found[a][0] < m.start())
                 or (a in on_the_page and _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None)]
        if tok in new_last and found.get(new_last[tok], (10**9,))[0] < m.start():
            cands = [new_last[tok]]
        if not cands:
            titled = _titled_pattern().search(text[max(0, m.start() - 40):m.start()])
            pool = surnames.get(tok, ())
            # (not the first word of a longer name: "Deputy Inspector General Harish Chandra Rawat" is not the
            # base's Parvathaneni Harish, named by his title and surname)
            longer = (nxt := _NEXT_NAME_WORD.match(text, m.end())) is not None \
                and nxt.group(1).lower() not in _CALENDAR_WORDS
            if titled and len(pool) == 1 and not longer and not _another_of_the_name(text, tok, m.start(), pool[0]):
                cands = list(pool)
            elif titled and (office := _office_for(titled.group(0).strip())) is not None:
                # "President Clinton", "Secretary of State Clinton": of two people of one surname, the one who
                # held the office the title names
                cands = [a for a in pool if any(t.office == office.office or t.role.lower().startswith(
                    office.office.lower() + " ") for t in people()[a].tenures)]
        if len(cands) == 1:
            person_spans.append((m.start(), m.end(), cands[0]))
            found.setdefault(cands[0], (m.start(), m.end()))

    person_spans.sort()
    # each person's office among the spans that can reach it, not among all of them (quadratic)
    reaching = overlapping(office_spans, lambda span: (span.start, span.end))
    persons = tuple(_with_country((s, e, aid, *_role_near(text, s, e, reaching(s - 120, e + 120))), country_by_rank)
                    for s, e, aid in person_spans)

    # offices named without a holder
    offices_only: list[ActorHit] = []
    starts = [s for s, _e, _a in person_spans]
    for span in office_spans:
        lo, hi = bisect_left(starts, span.start - 90), bisect_right(starts, span.end + 90)
        if not span.offices or any(_linked(text, span, s, e) and not _of_another_country(span, aid)
                                   for s, e, aid in person_spans[lo:hi]):
            continue  # (a span without an office is a person's role phrase, never an office of its own)
        countries_: list[str] = []
        if not text[span.start].isupper() and not (span.country and _DEFINITE_BEFORE.search(
                text, max(0, span.start - 30), span.start)):
            # "an Indian prime minister": a generic mention, not an actor (but "the prime minister of Vietnam",
            # "Vietnam's prime minister", as American papers write titles, are the one holder)
            continue
        if span.both:
            countries_ = ["VNM", "*"]
        elif span.country:
            countries_ = [span.country]
        for c in countries_:
            off = span.offices[0]
            offices_only.append(ActorHit(f"{c.lower()}-{slug(off.office)}", f"{off.office} of {c}", "office", c,
                                         off.office, off.level, -1, span.start, span.end, False))
    return persons, tuple(offices_only)


@lru_cache(maxsize=1)
def _office_slugs() -> frozenset[str]:
    return frozenset(slug(o.office) for o in offices())


def is_vietnamese_id(actor_id: str) -> bool:
    """Whether a person's id is of Vietnam's side: by the base's country, else by a Vietnamese surname first
    ("phan-van-giang"), as Vietnamese names are written."""
    person = people().get(actor_id)
    if person is not None:
        return person.country == "VNM"
    return actor_id.split("-", 1)[0].capitalize() in _vietnamese_surnames()


def is_office_id(actor_id: str) -> bool:
    """Whether an id names an office without its holder ("vnm-defence-minister"), not a person."""
    code, _, rest = actor_id.partition("-")
    return len(code) == 3 and code.isalpha() and rest in _office_slugs() and actor_id not in people()


def canonical_role(p: Person, role: str, day: dt.date | None) -> str:
    """The base's name for each office the text gives ("Defence minister" -> "Minister of Defence")."""
    out = []
    for part in re.split(r"\s+(?:and|&)\s+", role):
        office = office_of(part)
        tenures = [t for t in p.tenures if t.office == office]
        if day is not None:
            tenures.sort(key=lambda t: not (t.start <= day and (t.end is None or day <= t.end)))
        out.append(tenures[0].role if tenures else part)
    return " and ".join(dict.fromkeys(out))


#: office, then name ("Defence Minister of Vietnam, General Phan Van Giang")
_OFFICE_THEN_NAME = re.compile(rf"{_COMPLEMENT},?\s+{RANK}*")
#: name, then office ("Phan Van Giang, Vietnam's Defence Minister")
_NAME_THEN_OFFICE = re.compile(r"(?:'s)?,\s+(?:then\s+|the\s+|a\s+)?(?:[A-Z]\w+(?:'s)?\s+)?")


def _of_another_country(span: _OfficeSpan, actor_id: str) -> bool:
    """ "alongside President Tran Dai Quang, the US president announced": an office of another country than the
    known person's it follows is no apposition of his, but the main clause's subject."""
    person = people().get(actor_id)
    return bool(span.country and person is not None and person.country and person.country != span.country)


def _linked(text: str, span: _OfficeSpan, s: int, e: int) -> bool:
    if s >= span.end:
        return bool(_OFFICE_THEN_NAME.fullmatch(text[span.end:s]))
    return bool(_NAME_THEN_OFFICE.fullmatch(text[e:span.start]))


# weekdays and full month names ("May" can be a name: Theresa May)
_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(m for m in MONTHS if len(m) > 4 or m in ("june", "july"))


def _can_be_name(token: str) -> bool:
    """Whether a capitalised word can be part of a person's name: not a function word ("Both", "We"), not an
    -ing form ("Speaking"), not a word of the kit's vocabulary of offices, organisations, countries, places,
    cooperation domains and event triggers ("Minister", "Guard", "Da Nang", "Security", "Summit")."""
    if token.lower() in common_words("function") or country_of(token):
        return False
    if token.lower() in _CALENDAR_WORDS:  # "Defence Minister Rajnath Singh Thursday handed over ..."
        return False
    if len(token) >= 6 and token.lower().endswith("ing"):
        return False
    return not (len(token) > 1 and (token in _place_words() or token.lower() in _vocabulary_words()))


@lru_cache(maxsize=1)
def _vocabulary_words() -> frozenset[str]:
    """Lower-case words of the kit's knowledge files that name things, not people."""
    words = set(common_words("organisation"))
    for r in load_csv("offices.csv"):
        words.update(re.findall(r"[a-z]+", r["phrase"].lower()))
    for r in load_csv("countries.csv"):
        words.update(re.findall(r"[a-z]+", (r["name"] + " " + r["terms"]).lower()))
    for r in load_csv("domains.csv"):
        words.update(re.findall(r"[a-z]+", r["term"].lower()))
    for r in load_csv("triggers.csv"):
        words.update(w for w in re.findall(r"[a-z]+", r["cue"].lower()) if len(w) > 3)
    # surnames and given names of the actor base stay names even when an office shares them
    names = {w.lower() for p in people().values() for n in (p.name, *p.aliases) for w in fold(n).split()}
    return frozenset(words - names)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Place names of one word in ``data/places.csv``: "Hanoi" is no part of a person's name. (The words of a
    longer name are: "Binh" of "Binh Phuoc" and "Hoa" of "Tuy Hoa" are Vietnamese given names too; a name that
    holds the whole place, "Da Nang", is refused by :func:`_holds_a_place`.)"""
    words = set()
    for r in load_csv("places.csv"):
        for name in [r["place"], *r["aliases"].split(";")]:
            parts = fold(name).replace(",", " ").replace(".", " ").split()
            if len(parts) == 1:
                words.update(parts)
    return frozenset(w for w in words if w[:1].isupper())


@lru_cache(maxsize=1)
def _long_place_names() -> re.Pattern[str]:
    names = {fold(n) for r in load_csv("places.csv") for n in [r["place"], *r["aliases"].split(";")]
             if len(n.split()) > 1}
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                      + r")(?![\w-])")


def _holds_a_place(name: str) -> bool:
    """Whether a would-be name holds a place name of several words ("Da Nang", "Quang Ngai Province")."""
    return _long_place_names().search(name) is not None


_RANKS = re.compile(rf"(?:{RANK_CORE}\s+)+")


#: Military ranks, which introduce a person as an official of a state.
MILITARY_RANKS = (
    "Senior Lieutenant General", "Sen. Lt. Gen.", "Sen. Lieut. Gen.", "Lieutenant General", "Lt. Gen.", "Lt Gen",
    "Lieut. Gen.", "Major General", "Maj. Gen.", "Maj Gen", "Rear Admiral", "Rear Adm.", "Vice Admiral", "Vice Adm.",
    "Admiral", "Adm.", "Adm", "General", "Gen.", "Gen",  # (Indian papers write "Gen V K Singh", "Adm R Hari Kumar")
    "Senior Colonel", "Senior Col.", "Colonel", "Col.", "Captain", "Capt.",
    "Commodore", "Brigadier", "Brigadier General", "Air Chief Marshal", "Air Marshal", "Air Vice Marshal")
# the ranks as one prefix-factored alternation: re can skip to the next capital that starts one
_RANKED_NEW = re.compile(
    rf"(?:{trie_pattern(MILITARY_RANKS, flexible_space=True)})\s+(?P<n>{NEW_NAME.pattern}),\s+"
    r"(?P<role>(?:the\s+)?[A-Za-z][^,;()\n]{2,140}?)"
    r"(?=[,;(]|(?<=[a-z0-9])\.(?:\s|$)|\s+(?:and|who|said|was|is|has|had|led|will|welcomed|hosted)\b)")
_ROLE_OF = re.compile(r"\b(?:of|for|in)\s+\S")  # "commander of ...": a role, not a description
_COUNTRY_RANKED_NEW = re.compile(
    rf"(?P<pre>(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:[a-z]+\s+)?)(?:{trie_pattern(MILITARY_RANKS, flexible_space=True)})\s+"
    rf"(?P<n>{NEW_NAME.pattern})(?![\w'’])")


_RANKED_ANY = re.compile(rf"(?<![\w.])(?:{trie_pattern(MILITARY_RANKS, flexible_space=True)})\s+"
                         rf"(?P<n>{NEW_NAME.pattern})(?![\w'’])")


#: a name not inside a longer run of capitalised words, and whether an apposition follows it
_UNTITLED_VIETNAMESE = re.compile(rf"(?<![\w.'’-])(?<![A-Z][a-z]\s)(?P<n>{NEW_NAME.pattern})(?![\w'’])(?!\s+[A-Z])"
                                  r"(?P<app>,\s+(?:a|an|the|then|who)\s)?")
#: the words that tell a meeting's other side just before a name: "received by", "met with", "called on"
_MET_BEFORE = re.compile(r"\b(?:by|with|met|meets|called\s+on|calling\s+on|call\s+on)\s+$", re.IGNORECASE)


def ranked_name_ends_at(text: str, pos: int) -> bool:
    """Whether a military rank and a name end just before ``pos`` ("Admiral Sunil Lanba| was the last")."""
    return any(m.end() == pos for m in _RANKED_ANY.finditer(text, max(0, pos - 80), pos))


def _add_new(text: str, s: int, e: int, person_spans: list[tuple[int, int, str]],
             found: dict[str, tuple[int, int]], taken: list[tuple[int, int]]) -> bool:
    """Add a person the base does not know, unless the name is no person's; whether it was added.

    ``taken`` holds the (start, end) of ``person_spans`` in order, and is kept so.
    """
    rank = _RANKS.match(text[s:e])
    if rank:  # "Admiral Tran Thanh Nghiem, Commander of ...": the rank is not part of the name
        s += rank.end()
    name = text[s:e]
    toks = name.replace(".", " ").split()
    # (a Vietnamese family name that is an English function word, first in a name of three: "Do Van Khanh",
    # "To Van Hung")
    surname_first = len(toks) >= 3 and toks[0] in _vietnamese_surnames() and toks[0].lower() in common_words("function")
    if (country_of(name) or any(not _can_be_name(t) for t in toks[1 if surname_first else 0:]) or _holds_a_place(name)
            or len(toks) < 2 or not any(len(t) > 1 for t in toks)):
        return False
    # spans starting less than 200 characters away, found by bisection (a scan of all was quadratic)
    nearby = taken[bisect_right(taken, (s - 200, len(text) + 1)):bisect_left(taken, (s + 200, -1))]
    if any(ps < e and s < pe for ps, pe in nearby):
        return False
    if SOURCE_CUES.search(text[max(0, s - 60):s]) or SOURCE_AFTER.match(text[e:e + 40]):
        return False
    key = "new:" + name
    person_spans.append((s, e, key))
    insort(taken, (s, e))
    found.setdefault(key, (s, e))
    return True


@lru_cache(maxsize=1)
def _another_of_the_name(text: str, surname: str, at: int, actor_id: str) -> bool:
    """Whether the text named someone else of that surname in full before ``at``: "Captain Arvind Rao ... Captain
    Rao called on" is Arvind Rao, not the one Rao of the actor base."""
    known = {w.lower() for w in re.split(r"[\s.-]+", people()[actor_id].name) if w}
    return any(m.group(1).lower() not in known
               for m in re.finditer(rf"\b((?-i:[A-Z])[a-z]+)\s+{re.escape(surname)}\b", text[:at]))


def _vietnamese_surnames() -> frozenset[str]:
    return frozenset(r["surname"] for r in load_csv("vietnamese_surnames.csv"))


def _country_of_new(text: str, s: int, e: int) -> str:
    """The country of a ranked officer whose role names none: Vietnam for a Vietnamese family name (written
    first), else the one foreign country the sentence names; "" when the text does not tell."""
    if text[s:e].split()[0] in _vietnamese_surnames():
        return "VNM"
    lo = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    hi = min((x for x in (text.find(". ", e), text.find("\n", e)) if x >= 0), default=len(text))
    foreign = {c for _a, _b, c in find_countries(text[lo:hi]) if c != "VNM"}
    if not foreign:
        # "Khanh also called on Vice Admiral Sunil Mehra, Deputy Chief of Integrated Defence Staff": the one partner
        # the article names (not a place's country: "Wellington" is a town in India and a capital elsewhere)
        foreign = {c for _a, _b, c in find_countries(text) if c in studied_partners()}
    return foreign.pop() if len(foreign) == 1 else ""


def _with_country(person: tuple[int, int, str, str, str, str], known: dict[str, str]
                  ) -> tuple[int, int, str, str, str, str]:
    """A person whose role names no country keeps the country the words before the rank gave."""
    s, e, aid, role, level, country = person
    return (s, e, aid, role, level, country or known.get(aid, ""))


def _role_near(text: str, s: int, e: int, spans: list[_OfficeSpan]) -> tuple[str, str, str]:
    for span in spans:
        if span.end < s - 120 or span.start > e + 120:
            continue  # too far to be this person's office
        if _linked(text, span, s, e):
            role = " and ".join(_role_text(text, span))
            return role, max_level([o.level for o in span.offices]), span.country
    return "", "", ""


_AND = re.compile(r"\s+(?:and|&)\s+")


def _role_text(text: str, span: _OfficeSpan) -> list[str]:
    return [" ".join(p.split()) for p in _AND.split(text[span.start:span.end])]




def base_checked() -> dt.date:
    """The day the actor base's tenures were last checked (``data/checked.csv``).

    Open tenures are known to run to this day; later years are not assumed. The clock is never read,
    so that an export is the same whatever day it runs.
    """
    row = next(r for r in load_csv("checked.csv") if r["file"] == "actors.csv")
    return dt.date.fromisoformat(row["checked"])


def tenure_window(actor_id: str, role: str) -> tuple[dt.date, dt.date] | None:
    """Dates between which ``actor_id`` held ``role`` (every office named in it), per the base.

    Without a matching role, the span of all the person's tenures.
    """
    p = people().get(actor_id)
    if p is None or not p.tenures:
        return None
    wanted = {office_of(r.strip()) for r in re.split(r"\s+and\s+", role) if r.strip()}
    chosen = [t for t in p.tenures if t.office in wanted]
    if not chosen:
        chosen = list(p.tenures)
        start = min(t.start for t in chosen)
        end = max((t.end or dt.date.max) for t in chosen)
        return start, end
    start = max(t.start for t in chosen)
    end = min((t.end or dt.date.max) for t in chosen)
    return (start, end) if start <= end else None
