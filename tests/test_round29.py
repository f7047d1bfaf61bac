"""Round 29 of the generalisation loop (batches 280-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, events, published

_BODY = "\n\nIndian Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on Tuesday.\n"


@pytest.mark.parametrize(("head", "day"), [
    ("LA STAMPA\nmercoledì 9 marzo 2022\n\nIndia and Vietnam hold defence talks in Hanoi\n", "2022-03-09"),
    ("EL PAIS\nmartes, 14 de junio de 2022\n\nIndia and Vietnam hold defence talks in Hanoi\n", "2022-06-14"),
    ("LE MONDE\nmardi 21 juin 2022\n\nIndia and Vietnam hold defence talks in Hanoi\n", "2022-06-21"),
])
def test_a_line_of_a_weekday_and_a_day_in_the_pages_language_dates_the_page_and_is_no_headline(head, day):
    text = head + _BODY
    assert published(text) == (day, "stated")
    assert article(text).article.title == "India and Vietnam hold defence talks in Hanoi"


@pytest.mark.parametrize(("head", "day"), [
    ("NAVAL NOTES\nmundo\n\nIndia and Vietnam hold defence talks\n\n12.jun.2022 às 14h05\n", "2022-06-12"),
    ("GAZETA\nIndia and Vietnam hold defence talks in Hanoi\n\n7.set.2021 às 08h12\nAtualizado: 7.set.2021 às "
     "10h00\n", "2021-09-07"),
    ("CRONACA\nIndia and Vietnam hold defence talks in Hanoi\n\n3-ott-2019 11:20\n", "2019-10-03"),
])
def test_a_day_with_an_abbreviated_month_joined_by_full_stops_or_hyphens_dates_the_page(head, day):
    assert published(head + _BODY) == (day, "stated")


@pytest.mark.parametrize(("head", "day"), [
    ("Source: Asia Weekly   [09:15 June 14 2022]\n\nIndia and Vietnam hold defence talks in Hanoi\n", "2022-06-14"),
    ("India and Vietnam hold defence talks in Hanoi\nSource: Voice of the People Online   [10:02 May 3 2019]\n",
     "2019-05-03"),
    ("India and Vietnam hold defence talks in Hanoi\nSource: The Daily Record of Asia [21:03 10 March 2022]\n",
     "2022-03-10"),
])
def test_a_stamp_in_brackets_after_the_source_line_dates_the_page(head, day):
    assert published(head + _BODY) == (day, "stated")


@pytest.mark.parametrize(("lead", "day", "basis"), [
    ("SUVA, Fiji (Pacific Beat, June 3, 2017) --- The United States handed a patrol boat to Vietnam on Thursday in "
     "Honolulu, Secretary of State Rex Tillerson said.", "2017-06-03", "stated"),
    ("WELLINGTON (Island News, 14 March) - Defense Secretary Jim Mattis met Vietnamese Defence Minister Ngo Xuan Lich "
     "in Hanoi on Tuesday, and Secretary of State Rex Tillerson met Pham Binh Minh.", "2017-03-14", "inferred"),
    ("PORT MORESBY, Papua New Guinea (Radio Wantok, Aug. 9) — Defense Secretary Jim Mattis met Vietnamese Defence "
     "Minister Ngo Xuan Lich in Hanoi on Wednesday, and Secretary of State Rex Tillerson met Pham Binh Minh.",
     "2017-08-09", "inferred"),
])
def test_a_dateline_with_the_source_and_the_day_in_brackets_dates_the_page(lead, day, basis):
    assert published("Talks in Hanoi\n\n" + lead + "\n") == (day, basis)


def test_guard_a_headline_with_a_day_in_it_is_still_the_headline():
    text = "NEWS\nIndia and Vietnam to hold naval exercise from 14 June 2022 off Da Nang\n\n" + _BODY.strip() + "\n"
    assert article(text).article.title.startswith("India and Vietnam to hold naval exercise")


@pytest.mark.parametrize(("page", "text", "day"), [
    ("Monday, Sept 11, 2023", "US President Joe Biden and Party chief Nguyen Phu Trong agreed on Sunday to raise ties "
     "to a comprehensive strategic partnership.\n\nBiden flew in to Hanoi from the G20 summit in New Delhi.",
     "2023-09-10"),
    ("Friday, June 10, 2022", "Defence Minister Rajnath Singh and General Phan Van Giang signed a memorandum on "
     "logistics support on Wednesday. Singh arrived in Hanoi from Tokyo for a three-day stay.", "2022-06-08"),
    ("Thursday, June 6, 2024", "Secretary Lloyd Austin and General Phan Van Giang on Tuesday signed a memorandum "
     "on war legacies. Austin flew into Hanoi from Singapore.", "2024-06-04"),
])
def test_an_undated_visit_of_one_of_the_leads_people_told_next_takes_the_leads_day(page, text, day):
    found = events(f"NEWS\n{page}\n\n{text}\n")
    assert [d for _, t, d in found if t == "visit"] == [day]


def test_guard_an_undated_visit_of_someone_the_lead_did_not_name_keeps_the_pages_day():
    found = events("NEWS\nFriday, June 10, 2022\n\nGeneral Phan Van Giang met Indian Ambassador Sandeep Arya on "
                   "Wednesday. Defence Minister Rajnath Singh arrived in Hanoi for a three-day stay.\n")
    assert [d for _, t, d in found if t == "visit"] == ["2022-06-10"]


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("The United States delivered five trainers to Vietnam. A ceremony was held Wednesday at Phan Thiet Air Base, "
     "where the trainers will be used to train pilots.", "ceremony", "2024-11-20"),
    ("The US Coast Guard handed a cutter to Vietnam on Tuesday at Honolulu, where its Vietnamese crew will train for "
     "a month.", "ceremony", "2024-11-19"),
    ("US and Vietnamese navies began a joint exercise on Monday off Da Nang, which will host the final drills next "
     "year.", "exercise", "2024-11-18"),
])
def test_a_will_in_a_clause_on_a_place_or_thing_told_after_leaves_the_happening_past(text, kind, day):
    assert [d for _, t, d in events("NEWS\nNov 21, 2024\n\n" + text + "\n") if t == kind] == [day]


@pytest.mark.parametrize("text", [
    "A ceremony will be held Wednesday at Phan Thiet Air Base, where the US trainers will be used.",
    "The handover of the US cutter to Vietnam, which was built in 1968, will take place in Hawaii.",
    "The joint exercise of the US and Vietnamese navies, which began in 2010, will be held off Da Nang.",
])
def test_guard_a_happening_whose_own_verb_is_to_come_is_still_a_plan(text):
    assert events("NEWS\nNov 21, 2024\n\n" + text + "\n") == []


_BOATS = ("US Ambassador Ted Osius handed over six patrol boats to the Vietnam Coast Guard on Thursday. {former} "
          "Prime Minister Nguyen Xuan Phuc is to meet Defense Secretary Jim Mattis next month.")


@pytest.mark.parametrize(("dateline", "former", "day"), [
    ("KAILUA, Oct 6 (Island Wire) -", "The boats were funded by a package that then-Secretary of State John Kerry "
     "announced in Hanoi, where Kerry met then-Defence Minister Phung Quang Thanh.", "2017-10-06"),
    ("SUVA, June 2 (Island Wire) -", "Former Secretary of State John Kerry first promised the boats to former "
     "Defence Minister Phung Quang Thanh, and Kerry later sent a letter of thanks.", "2017-06-02"),
    ("HILO, June 2 (Island Wire) -", "The boats were promised by the then secretary of state, John Kerry, to the then "
     "defence minister, Gen. Phung Quang Thanh.", "2017-06-02"),
])
def test_an_official_told_in_an_office_held_before_does_not_set_the_year_of_a_dateline(dateline, former, day):
    text = "Boats handed over\n\n" + dateline + " " + _BOATS.format(former=former) + "\n"
    assert published(text) == (day, "inferred")


def test_guard_an_official_told_in_office_still_counts_for_the_year():
    from ties_lib.anchoring import _official_windows

    text = _BOATS.format(former="Secretary of State John Kerry toured the yard.")
    assert "John Kerry" in _official_windows(text)
