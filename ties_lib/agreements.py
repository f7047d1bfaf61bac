"""Agreements: signed or adopted documents and named frameworks, with status and date.

A name is read around a document noun ("Memorandum of Understanding", "Joint Vision
Statement", "Plan of Action", "agreement", "line of credit", ...): left over its
modifiers and year, right over "on/of/for/towards ..." complements. A bare "agreements"
with nothing to name it is not an agreement row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .data import common_words, load_csv
from .text import lower_in_place

#: A document noun, for a lower-cased text (an IGNORECASE pattern is several times slower).
HEAD = re.compile(
    r"(?<![\w-])(?:memorandum of understanding|memorandum of agreement|memorandum of intent|memorand(?:um|a)|"
    r"mou|moa|letters? of intent|statement of intent|"
    r"implementing arrangements?|implementation arrangements?|joint vision statement|joint vision|"
    r"joint (?:leaders['’]? )?statement|leaders['’]? joint statement|"
    r"plan of action|action plan|protocol|agreements?|treaty|declaration|"
    r"lines? of credit|credit lines?|concessional loan|contracts?|documents?(?= on\b))(?![\w-])")
#: Words a document's name can open with: a capitalised word, a year, an amount or a count, a generic
#: modifier; any word of the cooperation vocabulary (data/domains.csv) joins them ("hydrography", "white
#: shipping", "logistics support"), so a new domain term is a new name word with no edit here.
_LEFT_WORD = re.compile(
    r"^(?:[A-Z][\w'’.-]*|\d{4}|(?:US|USD|Rs\.?|INR)?\$?\d[\d,.]*|million|billion|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|several|some|new|updated|landmark|bilateral|mutual|framework|implementation|implementing|"
    r"cooperation|support|logistics|defen[cs]e|military)$")
_DAY_AND_MONTH_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_JOINT_STATEMENT = re.compile(r"joint (?:leaders['’]? )?statement|leaders['’]? joint statement")
_CONNECT = {"of", "on", "for", "and", "the", "towards", "toward", "to", "between"}
_NUMBER_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d+)"
SIGNED = re.compile(r"\b(?:sign(?:ed|ing|s)?|inked|adopted|issu(?:ed|ing)|conclud(?:ed)|produced|ink(?:s|ing)?|"
                    r"concluded|exchanged|followed with)\b", re.IGNORECASE)
PLANNED = re.compile(r"\b(?:to conclud\w*|concluding|will sign|to sign|to be signed|plan(?:s|ned)? to|"
                     r"look(?:ed|ing)? forward to|negotiat\w+|expedite|finali[sz]\w*|draft\w*)\b",
                     re.IGNORECASE)
REFERENCED = re.compile(r"\b(?:announc\w+|under the|progress|significance|guidance|framework of)\b",
                        re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AgreementSpan:
    start: int
    end: int
    name: str
    status: str
    year: int | None


@lru_cache(maxsize=1)
def _domain_words() -> frozenset[str]:
    """Lower-case words of the cooperation vocabulary: what a document may be about."""
    return frozenset(w for r in load_csv("domains.csv") for w in re.findall(r"[a-z]+", r["term"].lower())
                     if len(w) > 3)


def find_agreements(text: str) -> list[AgreementSpan]:
    """Agreement names in a sentence (folded text), each with the status the verbs give it."""
    out: list[AgreementSpan] = []
    lower = lower_in_place(text)
    for m in HEAD.finditer(lower):
        if out and m.start() < out[-1].end:
            continue
        start, end = _left(text, m.start()), _right(text, m.end())
        name = text[start:end].strip(" ,'\"")
        name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
        words = name.split()
        head_only = len(words) <= 2 and HEAD.fullmatch(" ".join(w.lower() for w in words if w.lower() != "the"))
        # "a defence protocol", "a hydrography agreement": a lower-case name of two words when its first word
        # says what it is about (the cooperation vocabulary); "an agreement", "the memorandum" are no names
        topical = len(words) == 2 and words[0].lower() in _domain_words() | {"defence", "defense", "military"}
        # ("a joint statement", "the joint leaders' statement": the one statement of an occasion, a name on its own)
        bare = head_only or (not topical and not any(w[0].isupper() or w[0].isdigit() or w[0] == "$" for w in words)
                             and len(words) < 3)
        if bare and not _JOINT_STATEMENT.fullmatch(name.lower()) and not re.match(rf"{_NUMBER_WORDS}\b", name,
                                                                                   re.IGNORECASE):
            continue
        year_m = re.search(r"(?<![-–])\b(?:19|20)\d\d\b(?!\s*[-–]\s*\d)", name)
        year = int(year_m.group(0)) if year_m and not re.search(r"(?:towards|to)\s+\d{4}", name) else None
        status = _status(text, start, end)
        if out and re.fullmatch(r"\s*(?:,|,?\s*and)\s+(?:the\s+|an?\s+)?", text[out[-1].end:start]):
            status = out[-1].status  # "signed the X and the Y": one verb for both
        out.append(AgreementSpan(start, end, name, status, year))
    return out


def _left(text: str, pos: int) -> int:
    start = pos
    while True:
        m = re.search(r"(\S+)\s+$", text[max(0, start - 40):start])
        if not m:
            return start
        word = m.group(1).strip("'\"‘“")
        # a function word ("The", "During", "Both") or an adverb ("Notably") opens the sentence, not the name
        opener = word[:1].isupper() and (word.lower() in common_words("function") or word.endswith("ly"))
        if opener or word.endswith((",", ".")) or not (_LEFT_WORD.match(word) or word.lower() in _domain_words()):
            return start
        start = start - len(m.group(0))


#: (an abbreviation's dots are a word's: "on U.S.-Vietnam Defense Relations")
_RIGHT_WORD = re.compile(r"(\s*,\s*|\s+)(['\"]?(?:(?:[A-Z]\.){2,}(?:-[\w'’-]+)?|[\w'’$-]+)['\"]?)")
_NOT_COMPLEMENT = frozenset(
    """during that which who with at in by has have had was were is are extended signed
    inked adopted between among will would set gave give guide its their his her our kind
    agreed announced reached offered approved worth
    today yesterday tonight tomorrow here there earlier later recently last this next now""".split())


def _right(text: str, pos: int) -> int:
    """Extend a name over its complements: "on Defence Cooperation", "for 2024-2028"."""
    end = pos
    connect = ""
    lower_run = 0
    cur = pos
    while (m := _RIGHT_WORD.match(text, cur)) is not None:
        cur = m.end()
        sep, word = m.group(1), m.group(2).strip("'\"")
        lw = word.lower()
        capital = word[:1].isupper() or word[:1] == "$"
        is_year = bool(re.fullmatch(r"\d{4}(?:[-–]\d{2,4})?", word))
        if "," in sep and not capital:
            break
        if lw in _CONNECT:
            if lw == "and" and (not _next_capital(text, cur)
                                or HEAD.match(lower_in_place(text), cur + 1 + _skip_the(text, cur))
                                or HEAD.search(text[cur:cur + 60].split(",")[0].split(" and ")[0].lower())):
                break  # "X and the Memorandum of ...": two documents, not one name
            if lw == "to" and not re.match(r"\s+(?:\d{4}\b|[a-z]+\s)", text[cur:]):
                break  # "credit line to Vietnam's Border Guard": a recipient; "arrangement to share data" names it
            connect = lw
            continue
        if capital and lw.rstrip(".") in _DAY_AND_MONTH_NAMES:
            break  # "... Logistics Support on Wednesday": a date, not part of the name
        if capital or is_year:
            if not connect and not is_year and "," not in sep and end == pos:
                break  # "agreement Vietnam has signed": no complement
            end, connect, lower_run = m.end(), "", 0
            continue
        if (connect or lower_run) and lw not in _NOT_COMPLEMENT and lower_run < 3:
            end, connect, lower_run = m.end(), "", lower_run + 1
            continue
        break
    return end


def _skip_the(text: str, pos: int) -> int:
    m = re.match(r"\s*(?:the\s+)?", text[pos:])
    return m.end() - 1 if m else 0


def _next_capital(text: str, pos: int) -> bool:
    m = re.match(r"\s+(?:the\s+)?(\S)", text[pos:])
    return bool(m and m.group(1).isupper())


def _status(text: str, start: int, end: int) -> str:
    """signed, planned or referenced, from the verbs nearest the name."""
    after = text[end:end + 40]
    if re.match(r"\s*(?:[\w'’]+\s+){0,2}?(?:has |have |had |was |were )?(?:been )?"
                r"(?:signed|inked|adopted|concluded|issued)\b", after):
        return "signed"
    before = text[max(0, start - 45):start]
    best, best_pos = "referenced", -1
    for status, pattern in (("planned", PLANNED), ("signed", SIGNED), ("referenced", REFERENCED)):
        for m in pattern.finditer(before):
            if m.end() > best_pos:
                best, best_pos = status, m.end()
    return best


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_STOP = {"the", "of", "on", "for", "and", "a", "an", "between", "to", "towards", "in", "with", "s"}


#: an abbreviation's words, so "the logistics MoU" and "the Memorandum of Understanding on Logistics Support" share them
_SPELLED_OUT = {"mou": ("memorandum", "understanding"), "moa": ("memorandum", "agreement"),
                "loc": ("line", "credit"), "jvs": ("joint", "vision", "statement")}


_SPELLED_WORDS = frozenset(w for ws in _SPELLED_OUT.values() for w in ws)


def _abbreviated(name: str) -> bool:
    return any(t in _SPELLED_OUT for t in _NOT_ALNUM.split(name.casefold()))


@lru_cache(maxsize=4096)
def name_tokens(name: str) -> frozenset[str]:
    words = [t for t in _NOT_ALNUM.split(name.casefold()) if t and t not in _STOP]
    return frozenset(w for t in words for w in _SPELLED_OUT.get(t, (t,)))


@lru_cache(maxsize=65536)  # a corpus repeats a few names many times over
def same_agreement(a: str, b: str) -> bool:
    """Whether two names refer to one document: shared words, and no clash of years."""
    ta, tb = name_tokens(a), name_tokens(b)
    ya, yb = {t for t in ta if t.isdigit()}, {t for t in tb if t.isdigit()}
    if ya and yb and not (ya & yb):
        return False
    wa, wb = ta - ya, tb - yb
    inter = wa & wb
    if _abbreviated(a) != _abbreviated(b) and not inter - _SPELLED_WORDS:
        return False  # ("logistics MoU", "memorandum of understanding on cyber security"): only the kind shared
    if not wa or not wb:
        return False
    if len(inter) < 2 and not (wa <= wb or wb <= wa):
        return False
    return len(inter) / max(1, min(len(wa), len(wb))) >= 0.6 and len(inter) / max(len(wa), len(wb)) >= 0.5
