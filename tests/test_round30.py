"""Round 30 of the generalisation loop (batches 286-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import events, published

_WIRE = "HANOI, Aug. 26, 2021 (AP) - U.S. Vice President Kamala Harris arrived in Hanoi on Tuesday. "


@pytest.mark.parametrize("sentence", [
    "On the 25th Harris was received by President Nguyen Xuan Phuc.",
    "On the morning of the 25th Harris was received by President Nguyen Xuan Phuc.",
    "On the 25th Vice President Harris met President Nguyen Xuan Phuc at the Presidential Palace.",
    "On the 25th President Nguyen Xuan Phuc received Harris.",
])
def test_a_sentence_opening_on_a_day_of_the_month_before_its_subject_dates_its_happening(sentence):
    got = events(_WIRE + sentence + "\n")
    assert ("USA", "talks", "2021-08-25") in got
    assert ("USA", "talks", "2021-08-24") not in got


@pytest.mark.parametrize("sentence", [
    "On the 7th Fleet's flagship, Harris met President Nguyen Xuan Phuc on Wednesday.",
    "On the 25th Anniversary of relations, Harris met President Nguyen Xuan Phuc on Wednesday.",
])
def test_guard_a_unit_or_a_gathering_after_the_ordinal_is_no_day(sentence):
    got = events(_WIRE + sentence + "\n")
    assert ("USA", "talks", "2021-08-25") in got  # (Wednesday, not the 7th or the 25th of a month)
    assert not any(d in ("2021-08-07", "2021-07-25") for _p, _t, d in got)


_TALKS = ("NEW DELHI, Aug 2, 2024 - Indian Prime Minister Narendra Modi held talks with Vietnamese Prime Minister "
          "Pham Minh Chinh on Thursday. ")


@pytest.mark.parametrize("sentence", [
    "India confirmed the $300 million line of credit, and the two leaders inaugurated, by video link, a software "
    "park in Nha Trang.",
    "The credit line was confirmed; the two prime ministers jointly inaugurated a software park in Nha Trang.",
    "Vietnam thanked India for the credit line, and the two sides inaugurated a training centre in Nha Trang by "
    "video link.",
])
def test_the_meetings_people_opening_a_later_clause_date_what_they_inaugurated_by_the_meeting(sentence):
    assert ("IND", "ceremony", "2024-08-01") in events(_TALKS + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "During the talks they also took part online in the inauguration of a software park in Nha Trang.",
    "During the meeting both leaders virtually inaugurated a software park in Nha Trang.",
    "At the talks the two leaders inaugurated a software park in Nha Trang by video link.",
])
def test_a_frame_naming_the_meeting_without_its_comma_dates_what_was_inaugurated_at_it(sentence):
    assert ("IND", "ceremony", "2024-08-01") in events(_TALKS + sentence + "\n")


def test_guard_the_parties_telling_of_someone_elses_inauguration_make_no_ceremony():
    text = _TALKS + ("Vietnam thanked India for the credit line, and the two leaders said a training centre had been "
                     "inaugurated in Nha Trang since it was built in 2021.\n")
    assert not any(t == "ceremony" for _p, t, _d in events(text))


@pytest.mark.parametrize(("sentence", "partner", "month"), [
    ("When Vietnamese Prime Minister Pham Minh Chinh visited New Delhi in August 2024, Indian Prime Minister "
     "Narendra Modi pledged a credit line, and the two leaders virtually inaugurated a software park in Nha Trang.",
     "IND", "2024-08"),
    ("When Vice President Kamala Harris visited Hanoi in August 2021, she announced a donation of vaccines, and the "
     "two sides inaugurated a regional disease-control office in Hanoi.", "USA", "2021-08"),
    ("When Defense Secretary Lloyd Austin visited Hanoi in July 2021, he thanked Vietnam for its help, and they "
     "opened a new office for war legacy work.", "USA", "2021-07"),
])
def test_what_the_parties_inaugurated_in_a_sentence_opening_on_a_dated_visit_is_of_the_visits_month(
        sentence, partner, month):
    text = "JAKARTA, Nov 12, 2025 - Ties have grown. " + sentence + "\n"
    assert (partner, "ceremony", month) in events(text)


_TALKS_BODY = "\n\nIndian Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on Tuesday.\n"


@pytest.mark.parametrize(("head", "day"), [
    ("AAMULEHTI" + " " * 43 + "Lauantai 7.7.2007" + " " * 35 + "ULKOMAAT  B 9\n\n[Translated from "
     "Finnish]\n\nIndia and Vietnam hold defence talks\n", "2007-07-07"),
    ("DAGBLADET" + " " * 40 + "Tirsdag 12.6.2012" + " " * 40 + "UDLAND  S 4\n\n[Translated from "
     "Danish]\n\nIndia and Vietnam hold defence talks\n", "2012-06-12"),
    ("KURIER" + " " * 40 + "Dienstag 14/06/2022" + " " * 40 + "AUSLAND  SEITE 7\n\n[Translated from "
     "German]\n\nIndia and Vietnam hold defence talks\n", "2022-06-14"),
])
def test_a_printed_page_head_with_a_day_in_figures_after_its_weekday_in_the_pages_language_dates_the_page(head, day):
    assert published(head + _TALKS_BODY) == (day, "stated")


@pytest.mark.parametrize("cell", ["July 29", "Liepos 29 d.", "29. heinäkuuta"])
def test_a_day_without_its_year_in_the_last_cell_of_a_page_head_is_dated_by_the_texts_officials(cell):
    text = ("RADIO NEWS – 13.00                                        " + cell + "\n\n"
            "US Defence Secretary Lloyd Austin is today in Vietnam. Austin arrived in Hanoi yesterday evening, and "
            "this Thursday he held talks with Defence Minister Phan Van Giang. He was also received by President "
            "Nguyen Xuan Phuc and Prime Minister Pham Minh Chinh.\n")
    day, basis = published(text)
    assert (day, basis) == ("2021-07-29", "inferred")  # (Thursday, 29 July 2021: the officials' first such year)


@pytest.mark.parametrize(("stamp", "day"), [
    ("3. marts 2022", "2022-03-03"),       # Danish
    ("9. juuni 2022", "2022-06-09"),       # Estonian
    ("14. detsember 2021", "2021-12-14"),  # Estonian
])
def test_a_stamp_with_its_month_in_a_nordic_or_baltic_language_dates_the_page(stamp, day):
    head = "India and Vietnam hold defence talks in Hanoi\n\n" + stamp + "\n"
    assert published(head + _TALKS_BODY)[0] == day


@pytest.mark.parametrize(("lead", "partner", "day"), [
    ("NEW DELHI, July 7, 2007 - Vietnam and India on Friday signed a joint declaration on a strategic partnership.",
     "IND", "2007-07-06"),
    ("NEW DELHI, July 7, 2007 - India and Vietnam on Friday signed the Joint Declaration on the Establishment of a "
     "Strategic Partnership.", "IND", "2007-07-06"),
    ("WASHINGTON, July 26, 2013 - The two presidents on Thursday adopted a joint statement on a comprehensive "
     "partnership between the United States and Vietnam.", "USA", "2013-07-25"),
    ("HANOI, Sept 4, 2016 - The Indian and Vietnamese prime ministers on Saturday issued the Joint Statement for a "
     "Comprehensive Strategic Partnership.", "IND", "2016-09-03"),
])
def test_a_declaration_setting_up_a_partnership_signed_or_issued_is_the_upgrade(lead, partner, day):
    assert (partner, "partnership_upgrade", day) in events(lead + "\n")


@pytest.mark.parametrize("lead", [
    "NEW DELHI, June 9, 2022 - The Indian and Vietnamese ministers on Wednesday signed a Joint Vision Statement on "
    "India-Vietnam Defence Partnership towards 2030.",
    "NEW DELHI, July 7, 2007 - India and Vietnam on Friday signed a declaration on maritime security, a step in their "
    "growing partnership.",
])
def test_guard_a_declaration_on_something_else_is_no_upgrade(lead):
    assert not any(t == "partnership_upgrade" for _p, t, _d in events(lead + "\n"))


@pytest.mark.parametrize("lead", [
    "HANOI, March 14, 2000 (AP) - U.S. Defense Secretary William Cohen landed at Noi Bai airport near Hanoi on Monday "
    "morning.",
    "HANOI, March 14, 2000 (AP) - Defense Secretary William Cohen landed at Hanoi's airport on Monday, the first "
    "Pentagon chief to visit since the war.",
    "HANOI, March 14, 2000 (AP) - The U.S. defense secretary, William Cohen, landing at Noi Bai on Monday, was met by "
    "Vietnamese officers.",
])
def test_landing_at_an_airport_is_an_arrival(lead):
    assert ("USA", "visit", "2000-03-13") in events(lead + "\n")


@pytest.mark.parametrize("sentence", [
    "The first American combat troops, two battalions of Marines, landed at Da Nang in March 1965.",
    "It was in this city that the first American combat troops, two battalions of Marines, landed in March 1965.",
    "US Marines landed at Da Nang in March 1965.",
])
def test_guard_troops_landing_in_a_war_make_no_visit(sentence):
    text = ("DA NANG, March 6, 2018 - " + sentence + " U.S. Defense Secretary Jim Mattis met General Ngo Xuan Lich in "
            "Hanoi on Monday.\n")
    assert not any(t == "visit" and d.startswith("1965") for _p, t, d in events(text))


_VINBAX = "NEW DELHI, Nov 5, 2024 - The India-Vietnam army exercise VINBAX 2024 opened at Ambala on Monday. "


@pytest.mark.parametrize(("sentence", "year"), [
    ("The 2023 iteration took place in Vietnam.", "2023"),
    ("Last year's iteration was held in Hanoi.", "2023"),
    ("The previous iteration was held in Hanoi in 2023.", "2023"),
])
def test_an_iteration_of_a_recurring_exercise_is_an_edition(sentence, year):
    assert ("IND", "exercise", year) in events(_VINBAX + sentence + "\n")


def test_guard_an_iteration_of_a_dialogue_is_no_exercise():
    text = ("NEW DELHI, Oct 12, 2019 - Early October, Vietnam and India held the latest iteration of their defense "
            "policy dialogue in Hanoi.\n")
    assert not any(t == "exercise" for _p, t, _d in events(text))


@pytest.mark.parametrize(("second", "third"), [
    ("The two leaders held talks at Hyderabad House.",
     "The two prime ministers also virtually inaugurated a software park in Nha Trang."),
    ("The two prime ministers met at Hyderabad House.",
     "The two leaders then inaugurated a centre for software training by video link."),
    ("The two leaders held talks at Hyderabad House.",
     "They also opened a new information technology centre in Nha Trang by video link."),
])
def test_what_the_leaders_inaugurated_after_their_meeting_dated_by_the_lead_takes_that_day(second, third):
    text = ("NEW DELHI, Aug 2, 2024 - Indian Prime Minister Narendra Modi and Vietnamese Prime Minister Pham Minh Chinh "
            "agreed on Thursday in New Delhi to expand defence cooperation.\n\n" + second + "\n\n" + third + "\n")
    assert ("IND", "ceremony", "2024-08-01") in events(text)


_UPGRADED = ("Biden, Trong seal top-tier partnership\n\nBy Agency Report\n10th September 2023\n\nKindly share this "
             "story:\n\nUS President Joe Biden and Vietnam's Communist Party chief Nguyen Phu Trong on Sunday raised "
             "relations to a comprehensive strategic partnership.\n\n")


@pytest.mark.parametrize("sentence", [
    "The announcement came after talks between the two leaders at the Communist Party headquarters in Hanoi, hours "
    "after Biden flew in from the G20 summit in New Delhi.",
    "The upgrade was sealed at talks between the two leaders at the party headquarters, shortly after Biden landed at "
    "Noi Bai airport.",
    "The decision followed talks between the two leaders in Hanoi, shortly after Biden touched down at Noi Bai airport.",
])
def test_talks_of_the_two_told_next_and_the_arrival_hours_before_them_take_the_leads_day(sentence):
    got = events(_UPGRADED + sentence + "\n")
    assert ("USA", "summit", "2023-09-10") in got and ("USA", "visit", "2023-09-10") in got


def test_guard_an_arrival_told_next_without_hours_after_is_not_dated_by_the_lead():
    got = events(_UPGRADED + "Trong had visited Washington in 2015, and Biden arrived in Hanoi from New Delhi.\n")
    assert ("USA", "visit", "2023-09-10") not in got


@pytest.mark.parametrize(("stamp", "day"), [
    ("24. 5. 2016  05:30", "2016-05-24"),
    ("3. 6. 2019 | 14:02", "2019-06-03"),
    ("Praha 12. 4. 2021", "2021-04-12"),
])
def test_a_day_in_figures_spaced_after_its_full_stops_is_day_first(stamp, day):
    head = "Vietnam and India hold defence talks\n\nJan Novak, editor\n" + stamp + "\n"
    assert published(head + _TALKS_BODY)[0] == day


@pytest.mark.parametrize(("note", "stamp", "day"), [
    ("[Translated from German]", "12.11.2025", "2025-11-12"),
    ("(Translated from the Polish)", "05.06.2022", "2022-06-05"),
    ("[Translation from Dutch]", "07/08/2019", "2019-08-07"),
])
def test_a_page_translated_from_another_language_writes_its_figures_day_first(note, stamp, day):
    head = "India and Vietnam hold defence talks\n\n" + note + "\n\n" + stamp + "\n"
    assert published(head + _TALKS_BODY)[0] == day


def test_guard_an_english_page_with_full_stops_keeps_its_month_first_reading():
    head = "U.S. ships make first moor at Cam Ranh\n\nDate: 10.04.2016\nPosted: 10.05.2016 03:41\n"
    assert published(head + "\n\nThe USS Frank Cable moored at Cam Ranh on Monday.\n")[0] == "2016-10-04"


@pytest.mark.parametrize(("line", "year"), [
    ("Official Magazine of the Kentucky National Guard          Summer 2013 | Vol. 14, No. 2", "2013"),
    ("THE ANCHOR WATCH   Winter 2019   Issue 4", "2019"),
    ("AIRMAN MAGAZINE  |  Spring 2016  |  Vol. 60, No. 1", "2016"),
])
def test_a_quarterlys_season_dates_the_page_by_its_year(line, year):
    text = line + "\n\nMedics bring care to Vietnam village\n\nU.S. airmen and Vietnamese army doctors treated patients in " \
                  "Quang Binh province in June.\n"
    assert published(text) == (year, "stated")


@pytest.mark.parametrize("kind", ["summit", "talks", "leaders' meeting"])
def test_on_the_same_day_as_a_named_happening_takes_that_happenings_day(kind):
    text = ("NEW DELHI, Aug 2, 2024 - Indian Prime Minister Narendra Modi and Vietnamese Prime Minister Pham Minh Chinh "
            "held talks on Thursday. Chinh had arrived in New Delhi on Tuesday night, and on Wednesday External Affairs "
            "Minister S. Jaishankar called on him.\n\nOn the same day as the " + kind + ", the 14th India-Vietnam "
            "Defence Policy Dialogue was held in New Delhi.\n")
    assert ("IND", "dialogue", "2024-08-01") in events(text)


@pytest.mark.parametrize("sentence", [
    "On Saturday morning, in the bay at Cam Ranh, the Indian tricolour was lowered from the corvette Kirpan for the "
    "last time and the ship passed into the hands of the Vietnam People's Navy.",
    "On Saturday the former Indian corvette Kirpan passed into the service of the Vietnam People's Navy at Cam Ranh.",
    "On Saturday the patrol vessel, built in India, formally passed into the possession of the Vietnamese Border "
    "Guard.",
])
def test_a_craft_passing_into_the_hands_of_the_other_side_is_a_handover(sentence):
    assert ("IND", "ceremony", "2023-07-22") in events("Objavljeno: 23.07.2023. u 10:41\n\n" + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "The handover ceremony at Cam Ranh on Saturday was led by the commander of the Indian Navy, Admiral R. Hari Kumar.",
    "The handover ceremony in Hai Phong on Saturday was attended by Indian Defence Minister Rajnath Singh.",
    "The donation ceremony at Cam Ranh on Saturday was led by Admiral R. Hari Kumar of the Indian Navy.",
])
def test_a_ceremony_named_by_its_kind_at_a_place_on_a_weekday_is_dated_by_it(sentence):
    assert ("IND", "ceremony", "2023-07-22") in events("Objavljeno: 23.07.2023. u 10:41\n\n" + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "In July 2013, President Barack Obama received the then-president Truong Tan Sang at the White House.",
    "In July 2015, President Barack Obama received the then-party chief Nguyen Phu Trong at the White House.",
    "In July 2013, President Barack Obama received the president of Vietnam, Truong Tan Sang, at the White House.",
])
def test_a_host_receiving_a_leader_named_by_a_small_or_former_office_met_him(sentence):
    got = events("HANOI, May 24, 2016 - " + sentence + "\n")
    assert any(t == "summit" and d.startswith("2013-07") or t == "summit" and d.startswith("2015-07")
               for _p, t, d in got)


@pytest.mark.parametrize(("opening", "month"), [
    ("Three years ago, in July 2013,", "2013-07"),
    ("Two years ago, in June 2014,", "2014-06"),
    ("Ten years ago, in 2006,", "2006"),
])
def test_a_count_and_the_date_it_names_side_by_side_date_every_clause_by_the_finer(opening, month):
    text = ("HANOI, May 24, 2016 - " + opening + " President Barack Obama received Vietnamese President Truong Tan "
            "Sang at the White House, and the two countries announced a comprehensive partnership.\n")
    got = events(text)
    assert ("USA", "summit", month) in got and ("USA", "partnership_upgrade", month) in got
