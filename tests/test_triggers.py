"""The trigger lexicon: inflections, the cue language, CAMEO and PLOVER codes."""

from __future__ import annotations

import pytest
from conftest import article

from ties_lib.data import load_csv
from ties_lib.triggers import (
    cameo_for,
    cameo_table,
    compile_cue,
    find_cues,
    noun_forms,
    plover_for,
    type_codes,
    verb_forms,
)


def cues(text: str) -> list[tuple[str, str, str]]:
    return [(r.type, text[r.start:r.end], r.cameo) for r in sorted(find_cues(text), key=lambda r: r.start)]


def types(text: str) -> list[str]:
    """Event types of the triggers a sentence keeps ("not an event" cues block what they overlap)."""
    from ties_lib.events import find_triggers

    return [t.type for t in find_triggers(text)]


@pytest.mark.parametrize(("lemma", "expected"), [
    ("visit", {"visit", "visits", "visited", "visiting"}),
    ("arrive", {"arrive", "arrives", "arrived", "arriving"}),
    ("travel", {"travels", "travelled", "traveled", "travelling", "traveling"}),
    ("hold", {"hold", "holds", "held", "holding"}),
    ("meet", {"met", "meets", "meeting"}),
    ("speak", {"spoke", "spoken", "speaks"}),
])
def test_verb_inflections_are_generated(lemma, expected):
    assert expected <= set(verb_forms(lemma))


def test_noun_plurals_are_generated():
    assert set(noun_forms("ceremony")) == {"ceremony", "ceremonies"}
    assert set(noun_forms("talk")) == {"talk", "talks"}
    assert set(noun_forms("match")) == {"match", "matches"}


def test_the_cue_language_gaps_options_names_and_the_bracketed_trigger():
    pattern, heads, before, after = compile_cue("[~host] the|his? visiting? Cap|delegation", "verb")
    for text in ("Austin hosted Giang at the Pentagon", "Hanoi hosts the visiting delegation",
                 "He hosted his Vietnamese counterpart"):
        m = pattern.search(text)
        assert m and m.group("t").lower().startswith("host"), text
    assert pattern.search("Hanoi hosted the third dialogue") is None
    assert "hosted" in heads and before >= 2 and after > len("hosted")
    pattern, *_ = compile_cue("~elevate *3 ties|relations to", "verb")
    assert pattern.search("elevating their bilateral defence ties to") is not None
    assert pattern.search("elevated ties, to everyone's surprise, to") is None  # a comma is not a word


def test_the_scan_window_looks_at_the_most_telling_word():
    _p, heads, _b, _a = compile_cue("~be in talks", "verb")
    assert heads == ("talks",)


@pytest.mark.parametrize("text", [
    "Giang spoke by phone with Austin on Monday.",
    "The two ministers talked over the telephone on March 3.",
    "Singh held a phone call with his counterpart.",
    "Austin telephoned Giang on Tuesday.",
])
def test_phone_calls_are_talks_discussed_by_telephone(text):
    found = [(t, c) for t, _s, c in cues(text) if t != "none"]
    assert ("talks", "041") in found


@pytest.mark.parametrize("text", [
    "during his three-day official trip to Hanoi",
    "The minister is on a tour of Vietnam.",
    "He began a two-day visit to New Delhi.",
    "The frigate docked at Cam Ranh.",
])
def test_visits_named_by_a_noun_or_a_phrase(text):
    assert "visit" in types(text)


@pytest.mark.parametrize("text", [
    "India gifted a patrol vessel to Vietnam.",
    "The US handed over two cutters to the Vietnam Coast Guard.",
    "India transferred the corvette's sister vessel to Vietnam.",
])
def test_transfers_of_equipment_are_ceremonies_of_military_aid(text):
    assert ("ceremony", "072") in [(t, c) for t, _s, c in cues(text)]


@pytest.mark.parametrize("text", [
    "They discussed technology transfer and co-production.",
    "The boat was commissioned into the Indian Navy in 1991.",
    "Vietnam was in talks with Washington over fighter jets.",
    "An official welcome ceremony was held.",
    "The 13th session of the National Assembly opened.",
])
def test_near_misses_are_not_triggers(text):
    assert not any(t in ("ceremony", "talks", "dialogue") for t in types(text)), cues(text)


def test_a_numbered_session_is_a_dialogue_but_not_a_round_of_talks():
    assert types("The 13th session was held online.") == ["dialogue"]
    assert types("the fourth round of negotiations") == []


def test_every_lexicon_row_is_complete_and_its_code_fits_its_type():
    codes = type_codes()
    for row in load_csv("triggers.csv"):
        assert row["source"], row
        if row["type"] == "none":
            continue
        assert row["type"] in codes, row
        assert row["cameo"] in codes[row["type"]][1], row
        assert plover_for(row["cameo"])
    for default, allowed in codes.values():
        assert default in allowed and set(allowed) <= set(cameo_table())


def test_cameo_follows_the_final_type():
    assert cameo_for("visit", "041") == "042"  # a phone cue's code cannot ride on a visit
    assert cameo_for("talks", "041") == "041"
    assert plover_for("062") == "COOPERATE" and plover_for("042") == "CONSULT" and plover_for("072") == "AID"


def test_events_carry_cameo_and_plover_consistent_with_their_type(seed_corpus):
    ev = seed_corpus.events
    assert len(ev)
    for _i, row in ev.iterrows():
        assert row["cameo"] in type_codes()[row["type"]][1]
        assert row["plover"] == plover_for(row["cameo"])


def test_a_phone_call_event_is_coded_041_and_a_hosted_visit_043():
    r = article(" date 2023-03-30 Vietnam's Defence Minister Phan Van Giang spoke by phone with US Secretary of "
                "Defense Lloyd Austin on March 29.")
    assert [(e.type, e.cameo, e.modality) for e in r.events] == [("talks", "041", "virtual")]


@pytest.mark.parametrize("cue", ["[~nose|ease] into berth|port|PLACE", "[~arrive] in PLACE|Hanoi",
                                 "[visited] PLACE|Cap"])
def test_place_among_alternatives_is_refused_not_read_as_the_word_place(cue):
    from ties_lib.triggers import compile_cue
    with pytest.raises(ValueError, match="PLACE"):
        compile_cue(cue, "verb")
