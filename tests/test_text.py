"""Text helpers: offsets kept when lower-casing, split patterns merged as one alternation."""

from __future__ import annotations

import re

import pytest

from ties_lib.records import Sentence
from ties_lib.text import leftmost, lower_in_place, sentence_at


def test_lower_in_place_keeps_every_offset():
    text = "İstanbul talks: VIETNAM and India"  # "İ" lowers to two characters
    low = lower_in_place(text)
    assert len(low) == len(text)
    assert low.index("vietnam") == text.index("VIETNAM")
    assert lower_in_place("Hanoi, HANOI") == "hanoi, hanoi"


def test_leftmost_merges_like_one_alternation():
    text = "the PM met the prime minister and the DM"
    acronyms = re.compile(r"\b(?:PM|DM)\b")
    phrases = re.compile(r"\b(?:prime minister|the prime)\b")
    merged = leftmost(acronyms.finditer(text), phrases.finditer(text))
    one = re.compile(r"\b(?:PM|DM|prime minister|the prime)\b")
    assert merged == [m.span() for m in one.finditer(text)]
    # at the same start the earlier group wins, and what overlaps a kept match is dropped
    assert leftmost(re.finditer("ab", "abc"), re.finditer("abc", "abc")) == [(0, 2)]
    assert leftmost(re.finditer("abc", "abcd"), re.finditer("cd", "abcd")) == [(0, 3)]


def test_sentence_at_finds_the_sentence_holding_an_offset():
    sents = [Sentence("a", i, s, e, "", 0) for i, (s, e) in enumerate([(0, 10), (11, 20), (22, 30)])]
    assert [sentence_at(sents, o) for o in (0, 9, 10, 11, 21, 22, 99)] == [0, 0, 0, 1, 1, 2, 2]
    assert sentence_at([], 5) == -1


@pytest.mark.parametrize("body, first", [
    ("It follows the visit by General V.K. Singh, who held talks in July. Then more.",
     "It follows the visit by General V.K. Singh, who held talks in July."),
    ("India was represented by President A.P.J. Abdul Kalam. He spoke.",
     "India was represented by President A.P.J. Abdul Kalam."),
    ("Defence Minister A.K. Antony held talks with S.M. Krishna. It rained.",
     "Defence Minister A.K. Antony held talks with S.M. Krishna."),
])
def test_initials_of_several_letters_do_not_end_a_sentence(body, first):
    from ties_lib.text import split_sentences

    assert [s.text for s in split_sentences("a", body)][0] == first


def test_a_date_ends_a_sentence_but_an_initial_does_not():
    from ties_lib.text import split_sentences

    body = "They met in New Delhi on August 1. During the visit, R. Hari Kumar spoke. It was calm."
    assert [s.text for s in split_sentences("a", body)] == [
        "They met in New Delhi on August 1.", "During the visit, R. Hari Kumar spoke.", "It was calm."]
