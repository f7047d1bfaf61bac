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


@pytest.mark.parametrize(("head", "day"), [
    ("[Translated from the Chinese-language original]\n\nUNITED DAILY   2016.06.09 (Thursday)   Page A12\n\n"
     "India and Vietnam hold defence talks in Hanoi\n", "2016-06-09"),
    ("[Translated from the Japanese original]\n\nDAILY STAR JAPAN      2019.03.05 (Tuesday)      Page 7  World\n\n"
     "India and Vietnam hold defence talks in Hanoi\n", "2019-03-05"),
    ("[Translation by our Taipei bureau staff]\n\nISLAND POST    2021.09.14    Page B3    Asia\n\n"
     "India and Vietnam hold defence talks in Hanoi\n", "2021-09-14"),
])
def test_a_printed_page_head_set_apart_by_wide_gaps_dates_the_page_and_a_translators_note_is_no_headline(head, day):
    text = head + _BODY
    assert published(text) == (day, "stated")
    assert article(text).article.title == "India and Vietnam hold defence talks in Hanoi"


@pytest.mark.parametrize(("line", "day"), [
    ("Świat | środa, 12 marca 2008", "2008-03-12"),
    ("14 Mart 2018 Çarşamba", "2018-03-14"),
    ("Selasa, 5 Maret 2019 10:12 WIB", "2019-03-05"),
    ("14. března 2018", "2018-03-14"),
    ("14 марта 2018, 10:12", "2018-03-14"),
])
def test_stamps_in_polish_turkish_indonesian_czech_and_russian_date_the_page(line, day):
    assert published("NEWS\n" + line + "\n\nIndia and Vietnam hold defence talks in Hanoi\n" + _BODY) == (day, "stated")


_VINBAX = "India and Vietnam have opened the fifth edition of their annual army exercise, VINBAX 2024, at Ambala.\n\n"


@pytest.mark.parametrize("sentence", [
    "The exercise, which began on Monday, is scheduled to run until November 23 at Ambala.",
    "The drill, which started on Monday, will run until November 23.",
    "The joint exercise, which opened on November 4, is expected to end on November 23.",
])
def test_a_happening_told_as_begun_in_a_which_clause_is_no_plan(sentence):
    assert ("IND", "exercise", "2024-11-04") in events("NEWS\n05 Nov 2024\n\n" + _VINBAX + sentence + "\n")


def test_guard_a_happening_that_begins_later_in_a_which_clause_is_still_a_plan():
    found = events("NEWS\n05 Nov 2024\n\n" + _VINBAX + "The exercise, which begins on Monday, is scheduled to run "
                   "until November 23.\n")
    assert ("IND", "exercise", "2024-11-04") not in found and ("IND", "exercise", "2024-11-11") not in found


@pytest.mark.parametrize(("sentence", "kind", "day"), [
    ("Prime Minister Narendra Modi arrived in Hanoi on the evening of the 2nd for talks with Nguyen Xuan Phuc.",
     "visit", "2016-09-02"),
    ("Indian Prime Minister Narendra Modi held talks with Nguyen Xuan Phuc in Hanoi on the morning of the 3rd.",
     "summit", "2016-09-03"),
    ("The Associated Press reported on the 3rd that Indian Prime Minister Narendra Modi, who arrived in Hanoi late "
     "on the night of the 2nd, also met President Tran Dai Quang.", "visit", "2016-09-02"),
])
def test_a_day_of_the_month_with_its_time_of_day_is_of_the_articles_month(sentence, kind, day):
    found = events("NEWS\nSunday, September 4, 2016\n\n" + sentence + "\n")
    assert [d for _, t, d in found if t == kind] == [day]


_UPGRADE = ("US President Joe Biden and Vietnam's Communist Party chief Nguyen Phu Trong on Sunday elevated relations "
            "between their countries to a comprehensive strategic partnership.\n\n")


@pytest.mark.parametrize("sentence", [
    "Biden, who flew in from Tokyo, held talks with Trong at the headquarters of the Communist Party of Vietnam.",
    "Biden, who flew in from the G20 summit in New Delhi, held talks with Trong at the party headquarters.",
    "Biden, who had flown in from Jakarta, held talks with General Secretary Trong at the party headquarters.",
])
def test_talks_of_a_visitor_told_arriving_in_a_who_clause_take_the_leads_day(sentence):
    found = events("NEWS\nMonday, 11 September, 2023\n\n" + _UPGRADE + sentence + "\n")
    assert [d for _, t, d in found if t in ("talks", "summit")] == ["2023-09-10"]


@pytest.mark.parametrize("sentence", [
    "The gift was announced on 19 June in New Delhi by Defence Minister Rajnath Singh at the end of his talks with "
    "General Phan Van Giang.",
    "The credit line was announced on 19 June by Defence Minister Rajnath Singh during his talks with General Phan "
    "Van Giang in New Delhi.",
    "The package was announced on 19 June in Hanoi by Defence Minister Rajnath Singh at the conclusion of his talks "
    "with General Phan Van Giang.",
])
def test_a_day_something_was_announced_by_its_maker_at_the_end_of_talks_is_the_talks_day(sentence):
    found = events("NEWS\nMonday, 24 July 2023\n\n" + sentence + "\n")
    assert [d for _, t, d in found if t == "talks"] == ["2023-06-19"]



_OBAMA = ("President Barack Obama held talks with President Tran Dai Quang at the Presidential Palace in Hanoi on "
          "Monday.\n\nThe two leaders discussed the arms embargo and maritime security.\n\n")


@pytest.mark.parametrize("sentence", [
    "In the afternoon Obama also met Prime Minister Nguyen Xuan Phuc.",
    "In the evening Obama met Prime Minister Nguyen Xuan Phuc at the Government Office.",
    "In the morning, Obama had breakfast with Prime Minister Nguyen Xuan Phuc and met him at the Government Office.",
])
def test_a_meeting_in_the_afternoon_or_evening_is_of_the_day_just_told(sentence):
    found = events("NEWS\nWednesday, 25 May 2016\n\n" + _OBAMA + sentence + "\n")
    assert [d for _, t, d in found if t == "summit"] == ["2016-05-23", "2016-05-23"]


@pytest.mark.parametrize(("earlier", "sentence", "day"), [
    ("Vietnam and the United States raised ties to a comprehensive strategic partnership in September 2023.",
     "Minister of National Defence Phan Van Giang held talks with Secretary Pete Hegseth at the ministry on the "
     "afternoon of the 2nd.", "2025-11-02"),
    ("Washington lifted its arms embargo on Vietnam in May 2016.", "General Phan Van Giang received Secretary Pete "
     "Hegseth in Hanoi on the morning of the 2nd.", "2025-11-02"),
    ("Vietnam and the United States normalised relations in July 1995.", "Secretary Pete Hegseth held talks with "
     "General Phan Van Giang on the evening of the 1st.", "2025-11-01"),
])
def test_a_day_of_the_month_with_its_time_of_day_is_of_the_articles_month_not_an_earlier_one(earlier, sentence, day):
    found = events("NEWS\nMonday, 3 November 2025\n\n" + earlier + " " + sentence + "\n")
    assert [d for _, t, d in found if t == "talks"] == [day]
