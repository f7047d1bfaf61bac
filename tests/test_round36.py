"""Round 36 of the generalisation loop (batches 348-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "day"), [
    ("HANOI, 9 February: Vietnamese and Indian defence officials held their annual staff talks by video link, as "
     "pandemic restrictions still kept delegations at home.\n\nThe two ministries signed a memorandum on defence "
     "cooperation in November 2015.\n", "2021-02-09"),
    ("New Delhi, Oct 5: A Vietnamese naval delegation arrived in Mumbai on Monday for the first in-person staff "
     "talks since the COVID-19 outbreak.\n\nThe two countries set up their strategic partnership in July 2007.\n",
     "2020-10-05"),
    ("HONOLULU, March 3 -- Officers of U.S. Indo-Pacific Command met a Vietnamese delegation here this week to "
     "discuss search and rescue.\n\nThe two defense ministries signed a memorandum of understanding in September "
     "2011.\n", "2019-03-03"),
])
def test_a_yearless_dateline_is_not_older_than_a_name_the_text_uses(text, day):
    assert published(text)[0] == day


def test_guard_a_flu_pandemic_named_as_such_says_nothing_of_the_covid_years():
    text = ("HANOI, 9 February: Vietnamese and Indian military doctors met on Monday to share what they learned "
            "in the H1N1 flu pandemic.\n\nThe two ministries signed a memorandum on defence cooperation in November "
            "2009.\n")
    assert published(text)[0] == "2010-02-09"


@pytest.mark.parametrize(("text", "day"), [
    ("Hanoi, Jan 14, 2021 (PTI): It follows the meeting on 3 December last year between Defence Minister Rajnath "
     "Singh and General Ngo Xuan Lich.\n", "2020-12-03"),
    ("Hanoi, Jan 14, 2021 (PTI): The dialogue follows the video conference of 27 November last year between "
     "Defence Minister Rajnath Singh and Vietnam's Minister of National Defence, General Ngo Xuan Lich.\n",
     "2020-11-27"),
    ("Hanoi, Jan 14, 2021 (PTI): The visit comes after a meeting in New Delhi on 3 December last year between "
     "Defence Minister Rajnath Singh and General Ngo Xuan Lich.\n", "2020-12-03"),
])
def test_a_meeting_between_two_named_people_told_with_a_long_date_between(text, day):
    assert ("talks", day) in _coded(text)


@pytest.mark.parametrize(("text", "day"), [
    ("Hanoi, Dec 25, 2020 (PTI): INS Kiltan reached Nha Rong port in Ho Chi Minh City on Thursday carrying 15 "
     "tonnes of relief material.\n", "2020-12-24"),
    ("Hanoi, Dec 28, 2020 (PTI): INS Kiltan, an indigenously built Kamorta-class ship, had entered Ho Chi Minh City "
     "on Thursday carrying 15 tonnes of relief stores.\n", "2020-12-24"),
    ("Da Nang, May 22, 2018 (AP): The destroyer USS Mustin had entered Da Nang on Monday with 300 sailors "
     "aboard.\n", "2018-05-21"),
    ("Da Nang, Jul 12, 2023 (PTI): The Indian frigate INS Sahyadri reached Tien Sa Port on Monday, the Navy "
     "said.\n", "2023-07-10"),
])
def test_a_ship_that_reached_a_named_port_or_entered_a_city_arrived(text, day):
    assert ("visit", day) in _coded(text)


@pytest.mark.parametrize("text", [
    "Hanoi, Dec 25, 2020 (PTI): The Indian corvette INS Kiltan entered the South China Sea on Thursday.\n",
    "Hanoi, Dec 25, 2020 (PTI): INS Kiltan entered service with the Indian Navy on Thursday.\n",
])
def test_guard_entering_a_sea_or_service_is_no_arrival(text):
    assert [t for t, _ in _coded(text) if t == "visit"] == []


def _met(text: str, person: str) -> list[str]:
    """Start dates of the talks a person took part in."""
    return sorted(e.date.iso_start() for e in article(text).events if e.type == "talks" and person in e.participants)


@pytest.mark.parametrize(("text", "person", "day"), [
    ("HANOI, March 29, 2000 (AFP) - India and Vietnam signed a defence agreement in Hanoi on Tuesday. It was signed "
     "in the presence of Defence Minister George Fernandes and General Pham Van Tra.\n\nA few hours earlier, "
     "Fernandes called on Prime Minister Phan Van Khai.\n", "phan-van-khai", "2000-03-28"),
    ("HANOI, March 29, 2000 (AFP) - India and Vietnam signed a defence agreement in Hanoi on Tuesday night. It was "
     "signed in the presence of Defence Minister George Fernandes and General Pham Van Tra.\n\nHours before the "
     "signing, Fernandes was received by President Tran Duc Luong.\n", "tran-duc-luong", "2000-03-28"),
    ("NEW DELHI, Dec 12, 2023 (PTI) - Vietnam's Defence Minister General Phan Van Giang laid a wreath at the "
     "National War Memorial on Monday. Just hours after the ceremony, Giang was received by President Droupadi "
     "Murmu.\n", "droupadi-murmu", "2023-12-11"),
])
def test_hours_before_or_after_a_happening_just_told_are_its_day(text, person, day):
    assert _met(text, person) == [day]


def test_hours_counted_in_figures_are_not_read_as_the_same_day():
    from ties_lib.dates import find_dates
    assert [e.kind for e in find_dates("48 hours later, Mattis called on Prime Minister Nguyen Xuan Phuc.")] == []
    assert [e.rel for e in find_dates("Hours later, Mattis called on Prime Minister Nguyen Xuan Phuc.")] == [
        "hours later"]


@pytest.mark.parametrize(("text", "person", "day"), [
    ("NEW DELHI, Jun 9, 2022 (PTI) - Vietnam's Defence Minister General Phan Van Giang arrived in New Delhi on "
     "Wednesday and made a courtesy call on President Ram Nath Kovind.\n", "ram-nath-kovind", "2022-06-08"),
    ("HANOI, Jun 9, 2022 (PTI) - Indian Defence Minister Rajnath Singh arrived in Hanoi on Wednesday and paid a "
     "courtesy call on Prime Minister Pham Minh Chinh.\n", "pham-minh-chinh", "2022-06-08"),
    ("HO CHI MINH CITY, Oct 17, 2018 - US Defense Secretary Jim Mattis held talks with General Ngo Xuan Lich on "
     "Wednesday.\n\nMattis arrived at Tan Son Nhat airport on the afternoon of the 16th and paid a courtesy call on "
     "Nguyen Thien Nhan, Secretary of the Ho Chi Minh City Party Committee.\n", "nguyen-thien-nhan", "2018-10-16"),
])
def test_a_courtesy_call_paid_on_arrival_takes_the_arrivals_day(text, person, day):
    assert _met(text, person) == [day]


@pytest.mark.parametrize("text", [
    ("Shillong, Nov 17, 2022: The visit follows the first Air Staff Talks between the Indian Air Force and the "
     "Vietnam People's Air Force, held in New Delhi in August this year.\n"),
    ("Hanoi, Nov 17, 2022: The visit follows the first Navy-to-Navy Staff Talks between the Indian Navy and the "
     "Vietnam People's Navy in New Delhi in August.\n"),
    "Hanoi, Nov 17, 2022: The Indian and Vietnamese air forces held their first Air Staff Talks in New Delhi in August.\n",
])
def test_staff_talks_between_two_services_are_a_session_of_a_dialogue(text):
    assert _coded(text) == [("dialogue", "2022-08")]


_SESSION = ("Hanoi, Nov 12, 2025: On Monday, in Hanoi, India and Vietnam held the fifteenth session of their Defence "
            "Policy Dialogue, co-chaired by Defence Secretary Rajesh Kumar Singh and Senior Lieutenant General Hoang "
            "Xuan Chien. The delegations reviewed cooperation in hydrography and training. Two documents were signed "
            "at the dialogue. The first is a memorandum on submarine rescue. The second is a letter of intent on "
            "defence industry.\n\n")


@pytest.mark.parametrize("after", [
    "After the session, Singh called on the Minister of National Defence, General Phan Van Giang.\n",
    "Following the dialogue, Singh was received by Defence Minister General Phan Van Giang.\n",
    "Immediately after the meeting, Singh called on General Phan Van Giang, the Defence Minister.\n",
])
def test_a_call_after_the_meeting_takes_its_day_past_what_was_signed_at_it(after):
    assert _met(_SESSION + after, "phan-van-giang") == ["2025-11-10"]


@pytest.mark.parametrize(("head", "day"), [
    ("Le Journal de 13h – lundi 13 mars 2000", "2000-03-13"),
    ("Tagesschau 20 Uhr – Montag, 13. März 2000", "2000-03-13"),
    ("Noticiero de las 14h – lunes, 13 de marzo de 2000", "2000-03-13"),
    ("Giornale Radio – lunedì 13 marzo 2000, ore 13", "2000-03-13"),
])
def test_a_programme_line_with_its_day_in_the_pages_language_is_the_stamp_not_the_title(head, day):
    text = (f"FRANCE INTER\n{head}\n\nPRESENTER: The American Secretary of Defense, William Cohen, is in Hanoi "
            "today.\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("text", "day"), [
    ("By Staff | July 26, 2025\n\nThree Indian Navy warships have reached Da Nang, the Indian Ministry of Defence "
     "said in a statement on Friday. The ships arrived at Tien Sa on July 24.\n", "2025-07-24"),
    ("By Staff | July 26, 2025\n\nThe Indian frigate INS Sahyadri has entered Cam Ranh port, the Navy said in a press "
     "release on Friday. The ship arrived on July 23.\n", "2025-07-23"),
    ("By Staff | July 26, 2025\n\nThe USS Blue Ridge has reached Da Nang, the US Embassy said in its readout on "
     "Friday. The ship arrived on July 24.\n", "2025-07-24"),
])
def test_the_day_of_a_statement_is_not_the_day_of_the_arrival_it_reports(text, day):
    assert [d for t, d in _coded(text) if t == "visit"] == [day]


@pytest.mark.parametrize(("text", "day"), [
    ("HANOI, Aug 15, 2014 - The US visit was a concrete step to carry out the comprehensive partnership the two "
     "countries set up in July last year, when President Truong Tan Sang visited Washington.\n", "2013-07"),
    ("HANOI, Aug 15, 2014 - The visit builds on the comprehensive partnership Vietnam and the United States set up "
     "in July 2013.\n", "2013-07"),
    ("NEW DELHI, Sept 3, 2017 - The visit gives substance to the strategic partnership India and Vietnam set up "
     "during Prime Minister Dung's visit in July 2007.\n", "2007-07"),
])
def test_a_partnership_set_up_in_a_relative_clause_without_its_pronoun(text, day):
    assert ("partnership_upgrade", day) in _coded(text)


@pytest.mark.parametrize("text", [
    ("HANOI, Aug 15, 2014 - It comes as Hanoi is still smarting from China's deployment of an oil rig in May, and "
     "amid talk in Washington of lifting a ban on US weapons sales to Vietnam.\n"),
    "HANOI, Aug 15, 2014 - There has been talk in Washington since May of lifting the US arms embargo on Vietnam.\n",
    "NEW DELHI, Aug 15, 2014 - There is much talk in New Delhi this month of selling Indian missiles to Vietnam.\n",
])
def test_talk_without_an_article_is_rumour_not_a_meeting(text):
    assert [t for t, _ in _coded(text) if t == "talks"] == []


def test_guard_a_talk_given_and_talks_held_are_still_meetings():
    assert ("talks", "2014-08-14") in _coded("HANOI, Aug 15, 2014 - US and Vietnamese officials held talks in Hanoi "
                                             "on Thursday.\n")


@pytest.mark.parametrize(("text", "day"), [
    ("HANOI, Jul 6, 2021 - Annual US-Vietnam Defense Policy Dialogues keep the agenda moving. At the 2019 session in "
     "Washington on 11 December, Deputy Defence Minister Senior Lieutenant General Nguyen Chi Vinh and Assistant "
     "Secretary of Defense Randall Schriver discussed maritime security.\n", "2019-12-11"),
    ("HANOI, Jul 6, 2021 - India and Vietnam hold an annual Defence Policy Dialogue. The 2018 session, held in New "
     "Delhi in December, reviewed training.\n", "2018-12"),
    ("HANOI, Jul 6, 2021 - India and Vietnam hold annual security talks. Their 2019 session took place in Hanoi on 3 "
     "March.\n", "2019-03-03"),
])
def test_a_session_named_by_its_year_is_one_of_a_dialogue(text, day):
    assert _coded(text) == [("dialogue", day)]


def test_guard_a_years_session_of_a_parliament_is_no_dialogue():
    assert _coded("HANOI, Jul 6, 2021 - The 2019 session of the National Assembly discussed the US defence budget.\n"
                  ) == []


def test_guard_a_years_round_of_an_exercise_is_no_dialogue():
    text = ("New Delhi, Aug 25, 2023 - India and Vietnam hold the VINBAX exercise every year. The 2022 round was "
            "conducted at Chandimandir in August.\n")
    assert [t for t, _ in _coded(text) if t == "dialogue"] == []


_BODY = ("\n\nIndia and Vietnam sign joint vision statement on defence cooperation\n\nNew Delhi, May 25 —\n\nIndia and "
         "Vietnam today signed a Joint Vision Statement on defence cooperation. It was signed by Defence Minister "
         "Manohar Parrikar and General Phung Quang Thanh.\n")


@pytest.mark.parametrize("note", [
    "[Translated from Tamil. Murasoli, Chennai, Tuesday 26 May 2015, page 7]",
    "[Translated from the Spanish. Original published in El Pais, Madrid, 26 May 2015.]",
    "(Translated from Vietnamese; Quan Doi Nhan Dan, May 26, 2015)",
])
def test_a_translators_source_note_with_the_originals_day_is_the_stamp(note):
    assert published(note + _BODY) == ("2015-05-26", "stated")


_BOATS = ("\n\nVietnam Border Guard Boat Programme Gets Under Way\n\nA ceremony to launch the project was held at the "
          "Kattupalli shipyard near Chennai on 14 August. The Vietnamese Border Guard delegation met Indian Navy "
          "officers.\n")


@pytest.mark.parametrize(("head", "when"), [
    ("MILITARY TECHNOLOGY · MILTECH · Issue 9/2019 · Naval Forces · Asia-Pacific Update", "2019-09"),
    ("NAVAL FORCES Issue: 03/2021", "2021-03"),
    ("Defence Review Asia | Issue 11/2017 | Features", "2017-11"),
])
def test_an_issue_numbered_within_its_year_is_that_months(head, when):
    assert published(head + _BOATS) == (when, "stated")


def test_guard_an_issue_number_past_twelve_names_only_the_year():
    assert published("Asian Defence Journal | Issue 14/2019 | Features" + _BOATS) == ("2019", "stated")


@pytest.mark.parametrize(("text", "day"), [
    ("New Delhi, Dec 27, 2020 (PTI): INS Kiltan had berthed at Nha Rong port in Ho Chi Minh City on Thursday "
     "carrying relief stores for people affected by the floods that swept central Vietnam in October.\n",
     "2020-12-24"),
    ("Hanoi, Oct 20, 2020 (PTI): The US destroyer called at Da Nang on Monday with aid for villages that the typhoon "
     "struck in September.\n", "2020-10-19"),
    ("Hanoi, Oct 20, 2021 (PTI): The Indian corvette arrived in Cam Ranh on Monday with spares for the patrol boats "
     "that India built for Vietnam in 2019.\n", "2021-10-18"),
])
def test_a_date_in_a_relative_clause_with_an_irregular_past_is_the_clauses(text, day):
    assert _coded(text) == [("visit", day)]


@pytest.mark.parametrize(("text", "year"), [
    ("Hanoi, Aug 20, 2017 - Kevin O. Pham, a US Army combat medic on the team whose parents left Vietnam in 1979, "
     "said the trip had personal meaning.\n", "1979"),
    ("Hanoi, Aug 20, 2017 - Lt. Col. Anna Tran, a US Air Force nurse whose family fled Saigon in 1975, said the visit "
     "to Hanoi had moved her.\n", "1975"),
    ("Hanoi, Aug 20, 2017 - Commander Ravi Menon, an Indian naval officer whose father had worked in Hanoi in 1972, "
     "said the port call was a milestone.\n", "1972"),
])
def test_a_year_in_an_appositive_persons_whose_clause_dates_no_happening(text, year):
    assert [d for _t, d in _coded(text) if d.startswith(year)] == []


@pytest.mark.parametrize("after", [
    "After the talks, the two sides announced the launch of a bilateral security dialogue and signed an extradition "
    "treaty.",
    "After the meeting, the ministers welcomed the creation of a maritime dialogue.",
    "Following the talks, they announced the establishment of an annual strategic dialogue at vice-ministerial level.",
])
def test_a_dialogue_launched_is_a_mechanism_set_up_not_a_session(after):
    text = f"HANOI, Oct 13, 2011 - India and Vietnam held talks on Wednesday. {after}\n"
    assert _coded(text) == [("talks", "2011-10-12")]


@pytest.mark.parametrize(("stamp", "day"), [
    ("2023/06/27 05:12 JST配信", "2023-06-27"),
    ("2020/03/05 11:00 JST更新", "2020-03-05"),
    ("2021/08/16 18:40 JST公開", "2021-08-16"),
])
def test_a_stamp_followed_by_the_pages_word_for_published_in_japanese(stamp, day):
    text = (f"VIETJO\n\nUS aircraft carrier Ronald Reagan calls at Da Nang\n\n{stamp}\n\nThe US Navy aircraft carrier "
            "USS Ronald Reagan arrived at Tien Sa port in Da Nang on the 25th.\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("text", "day"), [
    ("Hanoi, Aug 20, 2021 (PTI): The sea phase of the exercise between the Indian and Vietnamese navies was held on "
     "Wednesday off Cam Ranh.\n", "2021-08-18"),
    ("Hanoi, Aug 20, 2021 (PTI): The Indian destroyer INS Ranvijay and a Vietnamese frigate began the sea phase on "
     "Wednesday.\n", "2021-08-18"),
    ("Visakhapatnam, Aug 20, 2021 (PTI): The Indian and Vietnamese ships completed the sea phase in the Bay of Bengal on "
     "Thursday.\n", "2021-08-19"),
])
def test_the_sea_phase_of_a_naval_exercise_is_the_exercise(text, day):
    assert ("exercise", day) in _coded(text)


def test_guard_the_harbour_phase_is_the_port_calls_own_programme():
    text = ("Hanoi, Aug 20, 2021 (PTI): The Indian destroyer INS Ranvijay arrived at Cam Ranh on Sunday for a harbour "
            "phase with the Vietnam People's Navy.\n")
    assert _coded(text) == [("visit", "2021-08-15")]


@pytest.mark.parametrize(("text", "want"), [
    ("Washington, Nov 2, 2017 - In June 2015, then-Defense Secretary Ash Carter and his counterpart General Phung "
     "Quang Thanh signed a Joint Vision Statement in Hanoi, and in May 2016 Washington fully lifted its ban on sales "
     "of lethal arms.\n", ("talks", "2015-06")),
    ("Washington, Nov 2, 2017 - In March 2000, Defense Secretary William Cohen visited Hanoi, and in November 2003 "
     "Vietnam finally sent its defense minister to the Pentagon.\n", ("visit", "2000-03")),
    ("Washington, Nov 2, 2021 - In October 2018, Secretary Jim Mattis visited Ho Chi Minh City, and in March 2020 "
     "Washington again sent a carrier.\n", ("visit", "2018-10")),
])
def test_the_next_clauses_date_is_its_own_across_an_adverb_before_its_verb(text, want):
    assert want in _coded(text)


def test_guard_an_issue_line_that_names_its_months_is_not_read_by_its_number():
    head = "EASTERN WAVES\nIn-house magazine\nIssue 2/2023 (July-September) | For restricted circulation"
    assert not published(head + _BOATS)[0].startswith("2023-02")


@pytest.mark.parametrize(("head", "when"), [
    ("Issue 23 · May–July 2021", "2021-05"),
    ("Issue 12 • March–May 2019", "2019-03"),
    ("Vol. 4 · No. 2 · June–August 2016", "2016-06"),
])
def test_an_issue_line_set_out_with_middle_dots_is_read(head, when):
    text = (f"MEKONG REVIEW\n{head}\n\nESSAY\n\nThe ground remembers\n\nOn a grey morning in January, a small crowd "
            "gathered at Bien Hoa airbase. US Ambassador Daniel Kritenbrink and General Nguyen Chi Vinh attended a "
            "ceremony there on 21 January.\n")
    assert published(text) == (when, "stated")


@pytest.mark.parametrize(("text", "want"), [
    ("Seoul, Dec 23, 2020 - Indian Prime Minister Narendra Modi and Vietnamese Prime Minister Nguyen Xuan Phuc held "
     "the online meeting on Dec. 21 and adopted a joint vision.\n", ("summit", "2020-12-21")),
    ("Washington, Oct 5, 2021 - US Defense Secretary Lloyd Austin and General Phan Van Giang had the meeting at the "
     "Pentagon on Tuesday.\n", ("talks", "2021-10-05")),
    ("Seoul, Dec 23, 2020 - Defence Minister Rajnath Singh and General Ngo Xuan Lich held the video meeting on Monday "
     "and signed an arrangement on hydrography.\n", ("talks", "2020-12-21")),
])
def test_a_meeting_held_with_the_definite_article_is_held_by_the_sentences_people(text, want):
    assert want in _coded(text)


@pytest.mark.parametrize(("text", "want"), [
    ("HANOI, Aug. 23, 2024 - On Aug. 12, the US team was received by Maj. Gen. Tran Duc Minh.\n",
     ("talks", "2024-08-12")),
    ("HANOI, Aug. 23, 2024 - The visiting US group was received on Tuesday by Senior Colonel Nguyen Van Hai, deputy "
     "commander of the Vietnam Coast Guard.\n", ("talks", "2024-08-20")),
    ("NEW DELHI, Aug. 23, 2024 - The Vietnamese naval officers were received by Vice Admiral Sanjay Jasjit Singh at "
     "Mumbai on Monday.\n", ("talks", "2024-08-19")),
])
def test_a_team_or_group_received_by_a_host_met_him(text, want):
    assert want in _coded(text)



@pytest.mark.parametrize(("text", "want"), [
    ("Hanoi, Dec 20, 2016 - The India-Vietnam relationship was raised to a Strategic Partnership in July 2007, during "
     "the visit to India of Prime Minister Nguyen Tan Dung, and to a Comprehensive Strategic Partnership in 2016.\n",
     "2016"),
    ("Hanoi, Dec 20, 2023 - US-Vietnam ties were elevated to a Comprehensive Partnership in July 2013, when President "
     "Truong Tan Sang visited Washington, and to a Comprehensive Strategic Partnership in September 2023.\n",
     "2023-09"),
    ("Hanoi, Dec 20, 2016 - India and Vietnam raised relations to a Strategic Partnership in 2007, during Prime "
     "Minister Dung's visit to New Delhi, and then to a Comprehensive Strategic Partnership in 2016.\n", "2016"),
])
def test_the_second_step_of_a_raise_told_after_a_clause_is_an_upgrade_of_its_own(text, want):
    assert ("partnership_upgrade", want) in _coded(text)


@pytest.mark.parametrize(("text", "day"), [
    ("Chennai, Oct 8, 2018 - The Vietnamese ship CSB 8001 arrived on October 2, and on October 4 joined three Indian "
     "Coast Guard ships, a helicopter and a Dornier aircraft in the exercise Sahyog-Hop Tac 2018 off Chennai.\n",
     "2018-10-04"),
    ("Da Nang, May 30, 2018 - The Indian ships called at Da Nang on May 21 and on May 25 took part with two Vietnamese "
     "frigates in the first bilateral exercise between the two navies.\n", "2018-05-25"),
    ("Cam Ranh, Apr 28, 2019 - The US destroyer arrived at Cam Ranh on April 23 and on April 25 joined a Vietnamese "
     "corvette for a search and rescue exercise off the coast.\n", "2019-04-25"),
])
def test_a_day_opening_a_clause_of_joining_dates_the_exercise_joined(text, day):
    got = _coded(text)
    assert ("exercise", day) in got and ("visit", day) not in got
