"""Domain lexicon: whole words, longest first, and only where cooperation is discussed."""

from __future__ import annotations

import pytest
from conftest import article

from ties_lib.data import load_csv
from ties_lib.domains import DOMAINS, find_domains, speaks_of_cooperation


def domains_of(text: str) -> set[str]:
    return {d for _s, _e, d, _t in find_domains(text)}


def test_every_codebook_domain_has_vocabulary():
    # (and "none": words read as no domain, a topic named in passing)
    assert {r["domain"] for r in load_csv("domains.csv")} == set(DOMAINS) | {"none"}


def test_longest_term_wins():
    # "information technology centre" and "language centre" are training, not the technology domain
    assert domains_of("an information technology centre for the academy") == {"training"}
    assert domains_of("a new English language centre at the academy") == {"training"}
    assert domains_of("closer collaboration in UN Peacekeeping efforts") == {"peacekeeping"}


@pytest.mark.parametrize("text", ["sailors did volunteer work at an orphanage",
                                  "the crew took part in exchanges with local residents",
                                  "sailors held exchanges with local people in Da Nang"])
def test_people_to_people_activities_of_a_visit_are_culture(text):
    assert domains_of(text) == {"culture"}


# (round 68: a port call's programme of games, a concert or community service is the call's own, not cultural
# cooperation; the blind coders code culture for it about one time in five)
@pytest.mark.parametrize("text", ["community service in Da Nang", "a friendly sports match with local youth",
                                  "a football match between the two crews", "a concert by the ship's band",
                                  "a volleyball game at the naval base"])
def test_a_port_calls_games_and_shows_are_no_culture(text):
    assert "culture" not in domains_of(text)


def test_whole_words_and_acronym_case():
    assert domains_of("the trademark dispute") == set()  # not "trade"
    assert domains_of("accounting for MIA cases") == {"war_legacy"}
    assert domains_of("mia and uxo") == set()


def test_a_word_in_passing_is_not_a_domain():
    assert not speaks_of_cooperation("The storm hit the coast on Monday.")
    assert speaks_of_cooperation("The two sides agreed to expand cooperation in cybersecurity.")
    r = article("Vietnam and India agreed to expand cooperation in cybersecurity. The storm hit the navy base.")
    assert {d for d, _sid, _t in r.domains} == {"cyber"}
