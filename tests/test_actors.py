"""Actors: the base, ranks and titles, later references, new officials, offices, sources."""

from __future__ import annotations

import datetime as dt

from ties_lib.actors import find_actors, people, tenure_window
from ties_lib.data import load_csv


def ids(text: str, day: dt.date | None = None) -> set[str]:
    return {h.actor_id for h in find_actors(text, day)}


def test_every_base_row_has_a_source_and_iso_dates():
    for row in load_csv("actors.csv"):
        assert row["source"].startswith("http"), row
        # a country of data/countries.csv (third countries' leaders are there so that their happenings are theirs)
        assert row["country"] in {r["code"] for r in load_csv("countries.csv")}
        assert row["start"][:4].isdigit()


def test_ranks_and_titles_do_not_hide_a_name():
    assert ids("Sen. Lieut. Gen. Nguyen Chi Vinh spoke") == {"nguyen-chi-vinh"}
    assert ids("with Sr Lt Gen Phan Van Giang on Thursday") == {"phan-van-giang"}


def test_name_glued_to_the_next_word_and_possessive():
    assert ids("He thanked Sr Lt Gen Phan Van Giangfor inviting him") == {"phan-van-giang"}
    assert ids("Prime Minister Pham Minh Chinh's state visit") == {"pham-minh-chinh"}


def test_later_reference_by_last_name_only_after_the_full_name():
    hits = find_actors("Phan Van Giang arrived. Later, Giang met the press.")
    assert [h.actor_id for h in hits] == ["phan-van-giang", "phan-van-giang"]
    assert find_actors("Later, Giang met the press.") == []


def test_title_and_last_name_when_unambiguous():
    assert ids("after President Biden's visit to Hanoi") == {"joe-biden"}


def test_person_not_in_base_introduced_with_an_office():
    hits = find_actors("the dialogue was co-chaired by Vietnam's Deputy Minister of Public Security, Tran Van Hoa, "
                       "and others")
    (h,) = hits
    assert (h.name, h.country, h.role, h.in_base) == ("Tran Van Hoa", "VNM", "Deputy Minister of Public Security",
                                                     False)
    (h,) = find_actors("Indian Defence Secretary Suresh Menon co-chaired it")
    assert (h.name, h.country) == ("Suresh Menon", "IND")


def test_commentators_and_spokespeople_are_not_actors():
    assert find_actors("according to Prashanth Parameswaran at The Diplomat") == []
    assert find_actors("Pentagon Press Secretary Maj. Gen. Pat Ryder provided the readout") == []
    assert find_actors("said Tran Minh Duc, a researcher at a Hanoi institute") == []


def test_offices_without_holders():
    offices = {(h.actor_id, h.country) for h in find_actors("the telephone talks between the two Defence Ministers")}
    assert offices == {("vnm-defence-minister", "VNM"), ("*-defence-minister", "*")}
    (h,) = find_actors("the adviser met Vietnamese Minister for Public Security with regard to crime")
    assert (h.kind, h.actor_id) == ("office", "vnm-public-security-minister")


def test_generic_lower_case_office_is_not_an_actor():
    assert find_actors("the first visit by an Indian prime minister in fifteen years") == []


def test_role_as_the_text_gives_it():
    (h,) = find_actors("Phan Van Giang, Chief of General Staff and Deputy Defense Minister, called on")
    assert h.level == "deputy_ministerial"


def test_tenure_window_follows_the_role_named():
    lo, hi = tenure_window("bipin-rawat", "Army Chief")
    assert hi == dt.date(2019, 12, 31)
    assert tenure_window("phan-van-giang", "Minister of National Defence")[0].year == 2021
    # a role the base does not know: the span of all the person's tenures
    assert tenure_window("phan-van-giang", "Envoy")[0].year == 2016


def test_one_person_two_offices_in_the_base():
    giang = people()["phan-van-giang"]
    assert {t.office for t in giang.tenures} >= {"Chief of the General Staff", "Defence Minister"}


def test_initials_with_or_without_a_dot_and_offices_inside_longer_titles():
    assert ids("Admiral R Hari Kumar attended") == ids("Admiral R. Hari Kumar attended") == {"r-hari-kumar"}
    hits = find_actors("talks with US Deputy Assistant Secretary of Defense Lindsey Ford")
    assert [(h.name, h.country, h.kind) for h in hits] == [("Lindsey Ford", "USA", "person")]


def test_a_country_or_place_after_an_office_is_not_a_new_person():
    for text in ("the Indian Defence Secretary Da Nang office said",
                 "the Deputy Minister of Public Security, Viet Nam's delegation"):
        assert [h for h in find_actors(text) if h.kind == "person"] == []


def test_a_new_person_keeps_no_rank_and_an_office_may_carry_a_complement():
    (h,) = find_actors("with Admiral Tran Van Binh, Commander of the Vietnam People's Navy, on board")
    assert (h.name, h.country, h.in_base) == ("Tran Van Binh", "VNM", False)
    (h,) = find_actors("talks with US Deputy Assistant Secretary of Defense for South and Southeast Asia Lindsey Ford")
    assert (h.name, h.kind) == ("Lindsey Ford", "person")


def test_people_introduced_by_a_military_rank_and_a_role_that_names_their_country():
    text = ("The U.S. delegation was led by Adm. John C. Aquilino, commander of U.S. Pacific Fleet, and the "
            "ships were welcomed by Rear Admiral Pham Manh Hung, Deputy Commander of the Vietnam People's Navy. "
            "Rear Admiral Nguyen Van Bay, commander of Naval Region 3, also attended.")
    got = {(h.actor_id, h.country, h.role) for h in find_actors(text) if h.start < 220}
    assert ("john-c-aquilino", "USA", "commander of U.S. Pacific Fleet") in got  # an initial is not a place word
    assert ("pham-manh-hung", "VNM", "Deputy Commander of the Vietnam People's Navy") in got
    # a role without a country: the Vietnamese name tells the side (until round 19 "Bay", a word of "Cam Ranh
    # Bay", hid the name; the words of a place of several words no longer do)
    assert ("nguyen-van-bay", "VNM", "commander of Naval Region 3") in {
        (h.actor_id, h.country, h.role) for h in find_actors(text)}


def test_a_ranked_source_is_no_actor_and_leaves_no_office_behind():
    # a quoted officer is a source; his role (no office of the table) must not become a holder-less office
    text = "The visit was praised, according to Rear Admiral John Smith, Commander of U.S. Pacific Fleet, in Hanoi."
    assert find_actors(text) == []
