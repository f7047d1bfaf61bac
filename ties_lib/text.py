"""Sentences with character offsets, and a diacritic-folded copy of a text of equal length."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from operator import attrgetter

from .records import Sentence

#: a line that is only a web address: "https://www.example.com/2022/6/9/story.html", "Source: www.example.com/...",
#: or one copied from a browser's bar without its scheme: "in.news.yahoo.com/news/2014/10/28/story.html"
URL_LINE = re.compile(r"(?:(?:source|url|link)\s*:\s*)?(?:https?://|www\.|(?:[a-z0-9-]+\.)+[a-z]{2,}/)\S+",
                      re.IGNORECASE)

# Abbreviations after which a full stop does not end a sentence (ranks, titles, initials).
ABBREVIATIONS = frozenset(
    """
    sen sr jr lieut lt gen maj col capt cmdr adm brig rear vice dr mr mrs ms st no nos vol
    gov sec dept govt inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.g i.e vs approx est h.e fig smt kum prof amb hon cdr cdre
    """.split()
)

#: a regular-expression piece for a character of a clause that is not its full stop: a full stop after an initial or
#: a listed abbreviation is part of a name or title ("Defence Minister A.K. Antony", "Lt. Gen. Ha")
IN_CLAUSE = r"(?:[^,;.]|(?:(?-i:(?<=\b[A-Z]))|(?i:" + "|".join(
    rf"(?<=\b{re.escape(a)})" for a in sorted(ABBREVIATIONS, key=len, reverse=True) if "." not in a) + r"))\.)"

_START = attrgetter("start")
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?:\[\d{1,3}\])*\s+(?=[\"“‘'(\[]?[A-Z0-9])"  # "...2020.[1] The"
                       r"|(?<=[a-z)])\.\d{1,3}\s+(?=[A-Z])")  # a footnote's number: "... assistance event.3 The"
#: "V.K. Singh", "A.P.J. Abdul Kalam", "M. Modi": a person's initials, not a sentence's end
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


def split_sentences(article_id: str, body: str) -> list[Sentence]:
    """Split ``body`` into sentences; each keeps its character span and paragraph number."""
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for para_match in [*_PARAGRAPH.finditer(body), None]:
        para_end = para_match.start() if para_match else len(body)
        chunk_start = pos
        if body[chunk_start:para_end].strip():
            for s, e in _split_paragraph(body, chunk_start, para_end):
                out.append(Sentence(article_id, len(out), s, e, body[s:e], paragraph))
            paragraph += 1
        if para_match is None:
            break
        pos = para_match.end()
    return out


#: a date alone that labels the entry it opens: "January 2001. Vajpayee visits Vietnam.", "3 September 2016. Modi ..."
_DATE_LABEL = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?(?:\d{1,2}[ \t]+)?(?:January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)(?:[ \t]+\d{1,2},?)?[ \t]+(?:19|20)\d\d[ \t]*")


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        token = _last_word(text, max(cur, m.start() - 40), m.start()).lower()
        if text[m.start()] == "." and (token in ABBREVIATIONS or _INITIALS.fullmatch(token)):
            continue
        if (text[m.start()] == "." and (cur == start or text[cur - 1] == "\n")
                and _DATE_LABEL.fullmatch(text, cur, m.start())):
            continue  # (the label is the date of the entry it opens, one sentence with it)
        spans.append((cur, m.start() + len(m.group(0).rstrip())))
        cur = m.end()
    spans.append((cur, end))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip()]


def _last_word(text: str, lo: int, stop: int) -> str:
    """The word (letters, digits, "_" and inner dots: "U.S") that ends at ``stop``, not before ``lo``."""
    i = stop
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1  # a backward scan: a pattern anchored at the end would be tried at every start
    return text[i:stop].rstrip(".")


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_SPECIAL = {"đ": "d", "Đ": "D", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
            "\u00a0": " "}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ord(ch) < 128:
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if len(base) == 1 else ch


_FOLD_TABLE: dict[int, str] = {}


def fold(text: str) -> str:
    """Strip diacritics and normalise quotes and dashes, keeping every offset in place."""
    if text.isascii():
        return text
    for ch in set(text):
        if ord(ch) >= 128 and ord(ch) not in _FOLD_TABLE:
            _FOLD_TABLE[ord(ch)] = _fold_char(ch)
    return text.translate(_FOLD_TABLE)


def lower_in_place(text: str) -> str:
    """``text`` in lower case with every offset in place.

    A case-sensitive pattern of lower-case words on it finds what an IGNORECASE pattern finds
    on ``text``, several times faster: Python's ``re`` cannot skip ahead on a caseless pattern.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    # the few characters that lower to two ("İ" to "i̇") are left as they are
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def leftmost(*groups: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    """Spans of matches of several patterns as one alternation would find them.

    Leftmost first, none overlapping; at the same start, the earlier group wins. For a pattern
    split in two, a case-sensitive part on the text and a caseless part on its lower-cased copy.
    """
    hits = sorted((m.start(), rank, m.end()) for rank, group in enumerate(groups) for m in group)
    out: list[tuple[int, int]] = []
    for start, _rank, end in hits:
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def sentence_at(sentences: list[Sentence] | tuple[Sentence, ...], offset: int) -> int:
    """The id of the sentence that contains ``offset`` (the last one starting before it)."""
    if not sentences:
        return -1
    i = bisect_right(sentences, offset, key=_START) - 1
    return sentences[max(i, 0)].sentence_id


def trie_pattern(words: list[str] | set[str], flexible_space: bool = False) -> str:
    """One regex alternation for many literal words, factored by common prefixes.

    A plain alternation of hundreds of names is tried branch by branch at every position;
    the factored form decides one character at a time. ``flexible_space`` lets a space in
    a word match any run of whitespace.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie, flexible_space)


def _trie_regex(node: dict, flexible_space: bool) -> str:
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if (flexible_space and ch == " ") else re.escape(ch)
        branches.append(piece + _trie_regex(node[ch], flexible_space))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if end else body


#: a quoted span: straight or curly double quotes
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{12,200})[\"”]")
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of quoted titles: "Joint Leaders' Statement: Elevating United States-Vietnam Relations to a
    Comprehensive Strategic Partnership" names a document; its words tell no happening. A title has four or more
    long words, all capitalised but one at most (a quoted sentence's verbs are not)."""
    out = []
    for m in _QUOTED.finditer(text):
        words = _TITLE_WORD.findall(m.group(1))
        if len(words) >= 4 and sum(not w[0].isupper() for w in words) <= 1:
            out.append((m.start(1), m.end(1)))
    return out
