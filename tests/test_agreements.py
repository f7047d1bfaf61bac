"""Agreement names, status from the nearest verb, and matching across articles."""

from __future__ import annotations

import pytest

from ties_lib.agreements import find_agreements, same_agreement


def found(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.status) for a in find_agreements(text)]


@pytest.mark.parametrize("text,expected", [
    ("the two ministers signed an implementation agreement on hydrography during a meeting",
     [("implementation agreement on hydrography", "signed")]),
    ("they adopted a Plan of Action for the Implementation of the Strategic Partnership for 2024-2028, further",
     [("Plan of Action for the Implementation of the Strategic Partnership for 2024-2028", "signed")]),
    ("acknowledged the significance of the Joint Vision Statement of 2015-20 and looked forward to concluding "
     "the Joint Vision Statement of 2021-25 soon",
     [("Joint Vision Statement of 2015-20", "referenced"), ("Joint Vision Statement of 2021-25", "planned")]),
    ("under the guidance of the Joint Vision for Peace, Prosperity and People signed during the summit",
     [("Joint Vision for Peace, Prosperity and People", "signed")]),
    ("India announced a $500 million line of credit for defence procurement.",
     [("$500 million line of credit for defence procurement", "referenced")]),
    ("produced a joint vision statement on defence to 2030 and the first logistics support agreement Vietnam "
     "has signed", [("joint vision statement on defence to 2030", "signed"), ("logistics support agreement", "signed")]),
])
def test_names_and_status(text, expected):
    assert found(text) == expected


def test_a_bare_plural_is_not_an_agreement():
    assert found("with the implementation of agreements signed by leaders") == []


def test_year_in_the_name():
    (a,) = find_agreements("since the signing of a 2016 Memorandum of Understanding, it met")
    assert (a.name, a.year) == ("2016 Memorandum of Understanding", 2016)


def test_same_agreement_across_wordings_but_not_across_periods():
    assert same_agreement("Joint Vision Statement on India-Vietnam Defence Partnership towards 2030",
                          "joint vision statement on defence to 2030")
    assert not same_agreement("Joint Vision Statement of 2015-20", "Joint Vision Statement of 2021-25")
    assert not same_agreement("Joint Vision for Peace, Prosperity and People",
                              "Joint Vision Statement on Defence Partnership towards 2030")


def test_two_documents_joined_by_and_are_two_and_a_date_is_not_part_of_a_name():
    assert found("the ministers signed the Joint Vision Statement on Defence Partnership towards 2030 and the "
                 "Memorandum of Understanding on Mutual Logistics Support on Wednesday.") == [
        ("Joint Vision Statement on Defence Partnership towards 2030", "signed"),
        ("Memorandum of Understanding on Mutual Logistics Support", "signed")]


def test_one_scan_finds_every_sentence_that_names_an_agreement():
    # extract runs find_agreements only on sentences a scan of the whole article flags
    from conftest import ROOT

    from ties_lib.extract import _with_document_nouns
    from ties_lib.furniture import clean
    from ties_lib.text import fold, split_sentences

    named = 0
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        body = clean("x", path.read_text(encoding="utf-8")).body
        text, sentences = fold(body), split_sentences("x", body)
        naming = [s for s in sentences if find_agreements(text[s.start:s.end])]
        assert set(naming) <= set(_with_document_nouns(text, sentences))
        named += len(naming)
    assert named >= 3


def test_letters_of_intent_memoranda_of_agreement_and_arrangements_are_documents():
    got = found("The two sides signed a Memorandum of Agreement on Mutual Submarine Search and Rescue Support and "
                "Cooperation and a Letter of Intent on defence industry collaboration covering technology transfer.")
    assert got == [("Memorandum of Agreement on Mutual Submarine Search and Rescue Support and Cooperation", "signed"),
                   ("Letter of Intent on defence industry collaboration", "signed")]
    assert found("The Implementing Arrangement between India's Department of Defence Production and Vietnam's "
                 "General Department of Defence Industry has met only sporadically.")[0][0].startswith(
        "Implementing Arrangement between India's Department of Defence Production")
    # "the first agreement of its kind": a description, not a document's name
    assert found("The memorandum is the first major agreement of its kind that Vietnam has signed.") == []
