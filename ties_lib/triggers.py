"""The trigger lexicon: the words that report a happening, read from ``data/triggers.csv``.

Each row of the CSV is a cue for one event type of the codebook, with the CAMEO code it
maps to. A cue is written in a small phrase language a student can extend:

- ``word``            the word itself (any case);  ``a|b|c`` one of several words;
- ``~word``           the word with its inflections, generated from ``pos`` (for the first such word;
                      later ones are nouns): a verb's
                      ``-s``, ``-ed`` and ``-ing`` forms (irregular pasts from
                      ``data/irregular_verbs.csv``, whose words are always verbs), a
                      noun's plural; ``~a|b`` inflects every alternative;
- ``word?``           an optional word;  ``*N`` up to N other words (``*`` is ``*3``);
- ``Cap``             a capitalised word (a name, "then-President" too);  ``ORD`` an ordinal ("13th", "third");
- ``YEAR``            a year, 1900-2099 ("the 2007 strategic partnership");  ``DAYS`` a day of the month
                      or a span of days ("4", "4-15": "The course, 4-15 March,");
- ``Name``            the last capitalised word of a name, not a possessive ("Trump", not "Chinh's");
- ``PLACE``           a known place or country as written ("Hanoi", "the White House", "the United States"):
                      ``data/places.csv`` and the ``place_names`` of ``data/countries.csv`` (a token of its
                      own: "port|PLACE" is refused; write two rows);
- ``,`` ``,?``        a comma, or an optional one;
- ``[ ... ]``         the part that is the trigger, when the cue needs context around it.

Rows of type ``none`` are phrases that look like a trigger and are not one ("welcome
ceremony", "was in talks"): they take their span, so no trigger can overlap them.
``not_followed_by`` lists phrases that may not follow the cue; ``dated_by`` = ``count`` marks a cue
that only a count dates ("the 50th anniversary of [diplomatic relations]"), never a date written
beside it.

The event words are all here: the word windows that keep the scan fast are derived from the
cues (see :func:`lexicon`). What refines a trigger in its sentence (a plan, a happening named
again, a visit's sub-activity, the modality) is read in :mod:`ties_lib.events` and
:mod:`ties_lib.extract`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .data import load_csv
from .places import place_names
from .text import lower_in_place, trie_pattern

NOT_AN_EVENT = "none"
#: the CAMEO code of a signing cue (057 Sign formal agreement): a meeting only when someone of each side signs
SIGNING = "057"
#: CAMEO 043, host a visit
HOSTING = "043"
#: how many characters an element of a cue can take, for the scan windows
_WORD_CHARS = 24
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_ORD = r"(?:\d+(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + ")"
#: (a word in brackets too, ending a title: "Additional Director General of Medical Services (Army), was in")
#: (not a capitalised compound adjective: "received US-built trainers", "a Japanese-funded boat")
_CAP = (r"(?:(?!(?-i:[A-Z])[\w.]*-(?:built|made|funded|supplied|donated|designed|manufactured|owned|led|backed|"
        r"based|produced|origin)\b)(?:then-)?(?-i:[A-Z])[\w.'-]*|\((?-i:[A-Z])[\w.'-]*\))")
_YEAR = r"(?:19|20)\d\d"
_DAYS = r"(?:[12]\d|3[01]|0?[1-9])(?:\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9]))?(?!\d)"
#: the last capitalised word of a name, not a possessive ("Trump", not "Chinh's"; not "Minister" before "Chinh")
_NAME = r"(?-i:[A-Z])[\w.-]*(?![\w.'’-])(?!\s+(?-i:[A-Z]))"
#: a word of a gap, quotes included ('a "comprehensive partnership"'), but not a year: "raised to a
#: partnership in 2013 and to ..." is two happenings, not one cue across a date; nor a lower-case word that
#: ends a sentence ("50 years of diplomatic relations this year. Ties were raised to": two sentences; a month's
#: abbreviation before its day is none).
#: A year that names what it is of may be one: "the Strategic Partnership of 2007 to", "the 2007 Strategic
#: Partnership", "the Strategic Partnership (2007)"
_GAP_WORD = (r"(?:(?<=\bof\s)(?:19|20)\d\d(?=\s+to\b)|(?:19|20)\d\d(?=\s+(?-i:[A-Z]))|\((?:19|20)\d\d\)|"
             # (a month's abbreviation is no sentence's end: "spent Oct. 21-25 at Pensacola for")
             r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s+\d)|"
             r"(?!(?:19|20)\d\d\b)(?![a-z][\w'-]*\.(?!\w))[\w.'\"-]+)")


@dataclass(frozen=True, slots=True)
class Cue:
    """One compiled row of the trigger lexicon."""

    type: str
    cue: str
    cameo: str
    pattern: re.Pattern[str]
    heads: tuple[str, ...]  # lower-case words the cue cannot match without
    before: int  # how far before a head word a match can start
    after: int  # how far after a head word a match can end
    counted: bool = False  # dated only by a count ("the 50th anniversary of ...", "50 years of ...")
    elements: int = 1  # how many words and gaps the cue has: each separator may be a run of white space


@dataclass(frozen=True, slots=True)
class RawTrigger:
    """A cue found in a text: its type, span and CAMEO code."""

    type: str
    start: int
    end: int
    cameo: str
    counted: bool = False


# ----------------------------------------------------------------------------- inflections


@cache
def _irregular() -> dict[str, tuple[str, ...]]:
    return {r["lemma"]: tuple(r["forms"].split(";")) for r in load_csv("irregular_verbs.csv")}


@cache
def past_forms() -> frozenset[str]:
    """The irregular past forms of ``data/irregular_verbs.csv`` ("met", "held", "flew"), not the lemmas."""
    return frozenset(f for lemma, forms in _irregular().items() if lemma != "be" for f in forms if f != lemma)


def _doubles(word: str) -> bool:
    """Whether a final consonant may be doubled before a suffix (travel: travelled, traveled)."""
    return (len(word) >= 3 and word[-1] in "bdglmnprt" and word[-2] in "aeiou"
            and word[-3] not in "aeiou")


def verb_forms(lemma: str) -> tuple[str, ...]:
    """The lemma, its third person, past and -ing forms (regular rules plus the irregular table)."""
    w = lemma.lower()
    forms = [w]
    if w in _irregular():
        forms += _irregular()[w]
        if w == "be":
            return tuple(dict.fromkeys(forms))
    if re.search(r"(?:s|x|z|ch|sh|o)$", w):
        forms.append(w + "es")
    elif re.search(r"[^aeiou]y$", w):
        forms.append(w[:-1] + "ies")
    else:
        forms.append(w + "s")
    if w not in _irregular():
        if w.endswith("e"):
            forms.append(w + "d")
        elif re.search(r"[^aeiou]y$", w):
            forms.append(w[:-1] + "ied")
        else:
            forms.append(w + "ed")
            if _doubles(w):
                forms.append(w + w[-1] + "ed")
    if w.endswith("e") and not w.endswith("ee"):
        forms.append(w[:-1] + "ing")
    else:
        forms.append(w + "ing")
        if _doubles(w):
            forms.append(w + w[-1] + "ing")
    return tuple(dict.fromkeys(forms))


def noun_forms(noun: str) -> tuple[str, ...]:
    """Singular and plural."""
    w = noun.lower()
    if re.search(r"(?:s|x|z|ch|sh)$", w):
        return (w, w + "es")
    if re.search(r"[^aeiou]y$", w):
        return (w, w[:-1] + "ies")
    return (w, w + "s")


# ----------------------------------------------------------------------------- compiling


@dataclass(frozen=True, slots=True)
class _Element:
    regex: str
    words: tuple[str, ...]  # literal forms (lower case); empty for Cap, ORD, gaps
    optional: bool
    width: int  # most characters it can take
    punct: bool = False


def _element(token: str, pos: str) -> _Element:
    if token.startswith("*"):
        n = int(token[1:] or 3)
        return _Element(rf"(?:{_GAP_WORD}\s+){{0,{n}}}?", (), True, n * _WORD_CHARS)
    optional = token.endswith("?") and len(token) > 1
    token = token.rstrip("?") if optional else token
    if token == ",":
        return _Element(",", (",",), optional, 1, punct=True)
    special = {"Cap": _CAP, "Name": _NAME, "ORD": _ORD, "YEAR": _YEAR, "DAYS": _DAYS}
    if "PLACE" in token.strip("[]").split("|") and token.strip("[]") != "PLACE":
        # "port|PLACE" would silently read the word "place": a place is a token of its own
        raise ValueError(f"PLACE cannot be one of several alternatives ({token!r}): write a second row")
    if token == "PLACE":  # case kept: "in June" and "in china" are no places
        names = place_names()
        # "the central city of Da Nang", "the port city of Hai Phong": a place named with what it is
        kind = r"the\s+(?:[a-z-]+\s+){0,2}(?:city|port|province|town|capital|base|harbou?r|region)\s+of\s+"
        return _Element(r"(?-i:(?:" + kind + r"|the\s+)?" + trie_pattern(set(names), flexible_space=True) + r")", (),
                        optional, max(map(len, names)) + 40)
    if any(alt in special for alt in token.split("|")):  # "Cap|delegation": a name or a word
        alts = [special.get(alt) or re.escape(alt.lstrip("~")) for alt in token.split("|")]
        return _Element("(?:" + "|".join(alts) + ")", (), optional, _WORD_CHARS)
    words: list[str] = []
    inflect = token.startswith("~")  # "~elevate|upgrade": every alternative is inflected
    for alt in token.split("|"):
        lemma = alt.lstrip("~")
        if not (inflect or alt.startswith("~")):
            words.append(lemma.lower())
        elif pos == "verb" or lemma.lower() in _irregular():
            words += verb_forms(lemma)
        else:
            words += noun_forms(lemma)
    words = sorted(dict.fromkeys(words), key=len, reverse=True)
    regex = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
    return _Element(regex, tuple(words), optional, max(len(w) for w in words))


#: the space after a word, and the closing quote a word may carry ('the "comprehensive partnership" launched in')
_SEP = r"[\"']?\s+"


def _emit(el: _Element, need_sep: bool) -> tuple[str, bool]:
    """One element as a pattern, with the white space before it when a word came first."""
    if el.width and el.regex.startswith("(?:" + _GAP_WORD):  # a gap of up to N words
        n = el.regex.rsplit("{0,", 1)[1].split("}")[0]
        return (rf"(?:{_SEP}{_GAP_WORD}){{0,{n}}}?" if need_sep else rf"(?:{_GAP_WORD}\s+){{0,{n}}}?"), need_sep
    sep = (r"\s*" if el.punct else _SEP) if need_sep else ""
    if el.optional:
        return (f"(?:{sep}{el.regex})?" if need_sep else f"(?:{el.regex}\\s+)?"), need_sep
    return sep + el.regex, True


def compile_cue(cue: str, pos: str, not_followed_by: str = "") -> tuple[re.Pattern[str], tuple[str, ...], int, int]:
    """A cue as a pattern (group ``t`` is the trigger), its head words and its scan window."""
    text = cue.strip()
    if "[" in text:
        pre_txt, _, rest = text.partition("[")
        mid_txt, _, post_txt = rest.partition("]")
    else:
        pre_txt, mid_txt, post_txt = "", text, ""
    # ``pos`` is the first inflected word's; any later "~word" is a noun ("[~transfer] *4 ~vessel")
    tokens = [p.split() for p in (pre_txt, mid_txt, post_txt)]
    first = next((t for part in tokens for t in part if t.lstrip("?").startswith("~") or "|~" in t), None)
    pre, mid, post = ([_element(t, pos if t is first else "noun") for t in part] for part in tokens)
    regex, need_sep = "", False
    for el in pre:
        piece, need_sep = _emit(el, need_sep)
        regex += piece
    regex += (_SEP if need_sep else "") + "(?P<t>"
    need_sep = False
    for el in mid:
        piece, need_sep = _emit(el, need_sep)
        regex += piece
    regex += ")"
    for el in post:
        piece, need_sep = _emit(el, need_sep)
        regex += piece
    # (an edition's number may follow: "VINBAX-2022", "PASSEX-23"; not a word: "visit-related")
    # (a cue that opens on a comma follows a word: "Thursday, meeting")
    opens_on_punct = bool((pre or mid) and (pre or mid)[0].punct)
    regex = ("" if opens_on_punct else r"(?<![\w-])") + regex + r"(?!\w|-[^\W\d])"
    if not_followed_by:
        alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in not_followed_by.split("|"))
        regex += rf"(?!\s+(?:{alts})\b)"
        after_extra = max(len(p) for p in not_followed_by.split("|")) + 2
    else:
        after_extra = 0
    elements = pre + mid + post
    # the scan looks for the most telling required word ("talks" rather than "is" in "is in talks")
    required = [i for i, el in enumerate(elements) if el.words and not el.optional and not el.punct]
    head_i = max(required, key=lambda i: min(len(w) for w in elements[i].words), default=None)
    if head_i is None:
        raise ValueError(f"trigger cue {cue!r} has no required word to look for")
    # a separator may be a run of white space: a few characters of slack per element
    before = sum(el.width + 4 for el in elements[:head_i]) + 2
    after = sum(el.width + 4 for el in elements[head_i:]) + 2 + after_extra  # a look-ahead sees no further
    return re.compile(regex, re.IGNORECASE), elements[head_i].words, before, after


@cache
def lexicon() -> tuple[Cue, ...]:
    """The compiled cues of ``data/triggers.csv``, in file order (earlier rows win overlaps)."""
    types = {r["type"] for r in load_csv("event_types.csv")} | {NOT_AN_EVENT}
    out = []
    for row in load_csv("triggers.csv"):
        if row["type"] not in types:
            raise ValueError(f"triggers.csv: unknown event type {row['type']!r} in cue {row['cue']!r}")
        pattern, heads, before, after = compile_cue(row["cue"], row["pos"], row.get("not_followed_by", ""))
        out.append(Cue(row["type"], row["cue"], row["cameo"], pattern, heads, before, after,
                       row.get("dated_by") == "count", len(row["cue"].split())))
    return tuple(out)


def find_cues(text: str, lower: str | None = None) -> list[RawTrigger]:
    """Every cue of the lexicon in ``text``, scanning only around the words each cue needs."""
    lower = lower_in_place(text) if lower is None else lower  # (str.lower can change the length: "İ")
    # the windows allow a few characters between words; a text with long runs of white space gets more
    slack = max((len(m.group()) for m in _LONG_SPACE.finditer(text)), default=0)
    at = _head_positions(lower)
    cues, cues_of = lexicon(), _cues_of_head()
    found = []
    for cue in (cues[i] for i in sorted({i for head in at for i in cues_of[head]})):  # (in file order)
        extra = slack * cue.elements
        windows = _windows(at, len(lower), cue.heads, cue.before + extra, cue.after + extra)
        for lo, hi in windows:
            for m in cue.pattern.finditer(text, lo, hi):
                found.append(RawTrigger(cue.type, m.start("t"), m.end("t"), cue.cameo, cue.counted))
    return found


_LONG_SPACE = re.compile(r"\s{5,}")


@cache
def _head_scan() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One pattern that finds, at each place of a text, the longest head word of any cue starting there, and for each
    head word the head words it begins with ("visits" begins with "visit")."""
    heads = {w for cue in lexicon() for w in cue.heads}
    # (one scan of the text for all cues, instead of a search for each head word of each cue)
    return re.compile("(?=(" + trie_pattern(heads) + "))"), {w: tuple(h for h in heads if w.startswith(h))
                                                             for w in heads}


@cache
def _cues_of_head() -> dict[str, tuple[int, ...]]:
    """For each head word, the cues (their places in the lexicon) that need it."""
    out: dict[str, list[int]] = {}
    for i, cue in enumerate(lexicon()):
        for w in cue.heads:
            out.setdefault(w, []).append(i)
    return {w: tuple(ix) for w, ix in out.items()}


def _head_positions(lower: str) -> dict[str, list[int]]:
    """Where each head word of the lexicon occurs in ``lower`` (anywhere, inside longer words too)."""
    pattern, begins_with = _head_scan()
    at: dict[str, list[int]] = {}
    for m in pattern.finditer(lower):
        for head in begins_with[m.group(1)]:
            at.setdefault(head, []).append(m.start())
    return at


def _windows(at: dict[str, list[int]], size: int, words: tuple[str, ...], before: int, after: int
             ) -> list[tuple[int, int]]:
    """Merged spans around each occurrence of a head word."""
    spans = sorted((max(0, pos - before), min(size, pos + after)) for w in words for pos in at.get(w, ()))
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


# ----------------------------------------------------------------------------- codes


@cache
def cameo_table() -> dict[str, dict[str, str]]:
    """CAMEO codes the kit uses: label, PLOVER category and mode (``data/cameo.csv``)."""
    return {r["code"]: r for r in load_csv("cameo.csv")}


@cache
def type_codes() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Per event type: its default CAMEO code and the codes it may carry."""
    return {r["type"]: (r["cameo"], tuple(r["cameos"].split(";"))) for r in load_csv("event_types.csv")}


def cameo_for(event_type: str, cue_cameo: str = "") -> str:
    """The CAMEO code of an event: the cue's own when the type allows it, else the type's default."""
    default, allowed = type_codes()[event_type]
    return cue_cameo if cue_cameo in allowed else default


def plover_for(cameo: str) -> str:
    """The PLOVER category of a CAMEO code (CAMEO2PLOVER, 2021)."""
    return cameo_table()[cameo]["plover"]
