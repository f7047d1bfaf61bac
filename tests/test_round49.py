"""Round 49 of the generalisation loop (batches 624-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


#: lines of a transcript's body, so that the stamp comes at the foot, far from the head
_BODY = "".join(f"Line {i} of the conversation about the ties.\n\n" for i in range(8))


@pytest.mark.parametrize(("text", "day"), [
    ("HANOI -- U.S. officials handed over clearance equipment to the Quang Binh provincial command on Monday.\n\n"
     + _BODY + "[TRANSCRIPT ENDS]\n\nBroadcast: Tuesday 17 November 2009. Transcripts may contain errors.\n"
     "Listen again | Download MP3\n", "2009-11-17"),
    ("The Indian Navy's training squadron left Cam Ranh on Sunday after a three-day call.\n\n" + _BODY
     + "Aired: Monday, 4 March 2019. This programme may have been edited for length.\n", "2019-03-04"),
    ("A U.S. Air Force medical team ended a week of exchanges with Military Hospital 175 on Friday.\n\n" + _BODY
     + "First broadcast: 12 June 2023. A transcript may contain errors of hearing.\n", "2023-06-12"),
    ("Two Vietnamese officers finished a staff course at Wellington on Thursday.\n\n" + _BODY
     + "Posted: Friday 8 May 2020. Comments are closed for this story.\n", "2020-05-08"),
])
def test_a_labelled_stamp_with_its_full_day_at_the_foot_dates_the_page(text, day):
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("text", "day"), [
    # guard: a foot that names the next issue's day is no stamp of this one (the page's own day is before it)
    ("The Indian Navy's training squadron left Cam Ranh on Sunday after a three-day call, in March 2019.\n\n"
     + _BODY + "Next issue: 11 March 2019 | Subscribe\n", "2019-03-11"),
    ("A U.S. Air Force medical team ended a week of exchanges with Military Hospital 175 in June 2023.\n\n"
     + _BODY + "Next issue: 19 June 2023.\n", "2023-06-19"),
    ("U.S. officials handed over clearance equipment to the Quang Binh provincial command in November 2009.\n\n"
     + _BODY + "Next issue: 24 November 2009. Transcripts may contain errors.\n", "2009-11-24"),
])
def test_guard_the_next_issue_at_the_foot_is_not_the_page_day(text, day):
    assert published(text)[0] != day


@pytest.mark.parametrize(("text", "event"), [
    # 19 August 2022 is a Friday; "last Thursday" named again as 11 August is the week before's
    ("Hanoi, 19 August 2022 - Deputy Minister of National Defence Hoang Xuan Chien held online talks last Thursday "
     "with Daniel Kritenbrink, U.S. Assistant Secretary of State.\nThe call, on 11 August, focused on war legacies."
     "\n", ("talks", "2022-08-11")),
    ("WASHINGTON, Sept. 26, 2024 - There was a round of the U.S.-Vietnam Defense Policy Dialogue in Hanoi two weeks "
     "ago.\nIt ran one day, on Thursday the 12th of September.\n", ("dialogue", "2024-09-12")),
    ("NEW DELHI, 22 March 2023 - India and Vietnam held a round of their Defence Policy Dialogue last week.\n"
     "The dialogue, held on 16 March, reviewed training and shipbuilding.\n", ("dialogue", "2023-03-16")),
    ("HANOI, Oct. 21, 2021 - Vietnam's Deputy Defence Minister Hoang Xuan Chien held a video call with U.S. "
     "Deputy Assistant Secretary of Defense Lindsey Ford last Wednesday.\nThe talks, held on Oct. 13, covered war legacies.\n", ("talks", "2021-10-13")),
])
def test_a_happening_named_again_next_with_its_day_took_place_that_day(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # guard: a day named again that is neither in the week told nor the same weekday a week off changes nothing
    # ("last Thursday" on a Friday's page is the Thursday of the week before, 11 August, as round 65 reads it with the
    # blind coders; the 2 August of the next sentence still changes nothing)
    ("Hanoi, 19 August 2022 - Deputy Minister of National Defence Hoang Xuan Chien held online talks last Thursday "
     "with Daniel Kritenbrink, U.S. Assistant Secretary of State.\nThe call, on 2 August, was the second.\n",
     ("talks", "2022-08-11")),
    ("NEW DELHI, 22 March 2023 - India and Vietnam held a round of their Defence Policy Dialogue last week.\n"
     "The dialogue, held on 2 February, reviewed training and shipbuilding.\n", ("dialogue", "2023-03-13")),
    # (a noun of another kind names another happening)
    ("WASHINGTON, Sept. 26, 2024 - There was a round of the U.S.-Vietnam Defense Policy Dialogue in Hanoi two weeks "
     "ago.\nThe exercise, on Sept. 12, was at sea.\n", ("dialogue", "2024-09-09")),
])
def test_guard_a_day_out_of_reach_does_not_redate(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "day"), [
    # an official named only in a sentence with its own year bounds no year of the page: 14 August 2017 is a
    # Monday, the first after the September 2016 upgrade
    ("CHENNAI, Aug. 14: The Vietnamese frigate Ly Thai To left Chennai port on Monday after a four-day visit.\n"
     "India and Vietnam raised their ties to a Comprehensive Strategic Partnership in September 2016, after the "
     "strategic partnership agreed during Prime Minister Nguyen Tan Dung's visit to New Delhi in July 2007.\n",
     "2017-08-14"),
    # 21 November 2016 is a Monday, the first from the September 2014 credit line (Singh's term ended in May 2014)
    ("HANOI, Nov. 21: The Indian frigate INS Sahyadri left Hai Phong on Monday after a three-day visit.\n"
     "The call follows a defence line of credit announced in September 2014, after Prime Minister Manmohan Singh's "
     "talks in New Delhi in November 2013.\n", "2016-11-21"),
    # 29 January 2018 is a Monday, the first from the December 2016 plan (Carter's term ended in January 2017)
    ("WASHINGTON, Jan. 29: Vietnam's deputy defence minister began a visit to the Pentagon on Monday.\n"
     "The two sides' plan of action, signed in December 2016, followed the Joint Vision Statement that Defense "
     "Secretary Ashton Carter signed in Hanoi in June 2015.\n", "2018-01-29"),
])
def test_an_official_only_in_dated_sentences_bounds_no_dateline_year(text, day):
    assert published(text) == (day, "inferred")


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(type, start, end) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), e.date.iso_end()) for e in article(text).events)


@pytest.mark.parametrize(("text", "event"), [
    ("HO CHI MINH CITY, Nov. 4, 2024 - A U.S. Navy medical team worked with surgeons at Military Hospital 175 last "
     "week.\nThe subject matter expert exchange, Oct. 28-Nov. 1, focused on combat casualty care.\n",
     ("exercise", "2024-10-28", "2024-11-01")),
    ("HANOI, 20 March 2023 - Indian Army instructors trained Vietnamese engineers in Hanoi this month.\n"
     "The course, 4-15 March, trained 30 Vietnamese officers in demining.\n",
     ("exercise", "2023-03-04", "2023-03-15")),
    ("DA NANG, Aug. 30, 2022 - U.S. Air Force doctors worked with Vietnamese colleagues in Da Nang.\n"
     "The exchange, August 22-26, covered aviation medicine and flight surgery.\n",
     ("exercise", "2022-08-22", "2022-08-26")),
])
def test_a_course_named_again_with_its_days_set_off_by_commas(text, event):
    assert event in _spans(text)


@pytest.mark.parametrize("text", [
    # guard: a clause set off by commas that is no date names nothing of its own
    "HANOI, 20 March 2023 - Indian Army instructors trained Vietnamese engineers in Hanoi this month.\n"
    "The course, 2 officers said, was the best they had taken.\n",
    "DA NANG, Aug. 30, 2022 - U.S. Air Force doctors worked with Vietnamese colleagues in Da Nang.\n"
    "The exchange, Colonel Smith said, covered aviation medicine.\n",
    "DA NANG, Aug. 30, 2022 - U.S. Air Force doctors worked with Vietnamese colleagues in Da Nang.\n"
    "The exchange, in August, covered aviation medicine and flight surgery.\n",
])
def test_guard_a_course_named_again_without_its_days_is_no_event(text):
    # (the first sentence may be read as a course of its own: the other side's people trained or worked with, round
    # 61; the course named again in the second tells nothing of its own)
    again = text.splitlines()[1]
    assert [e.type for e in article(text).events if e.type == "exercise" and any(again in s for s in e.evidence)] == []


@pytest.mark.parametrize("opening", ["A week earlier, on May 13,", "Two days later, on May 13,",
                                     "Three weeks before, on May 13,"])
def test_a_count_of_time_then_the_day_opens_the_main_clause(opening):
    text = ("HANOI, May 25, 2021 - The U.S. handed over a language lab to the Vietnamese air force on May 20.\n"
            f"{opening} Maj. Gen. Robert Ainsley, director for strategic planning and policy at U.S. Indo-Pacific "
            "Command, and Lt. Gen. Hoang Minh Duc, a deputy chief of the General Staff of the Vietnam People's Army, "
            "held a video call.\n")
    assert ("talks", "2021-05-13") in _coded(text)


@pytest.mark.parametrize("count", [
    "This year marks the 27th anniversary of the normalization of U.S.-Vietnam relations.",
    "This year marks the 27th anniversary of U.S.-Vietnam diplomatic relations.",
    "The two sides are marking the 27th anniversary of the establishment of U.S.-Viet Nam diplomatic relations this "
    "year.",
])
def test_an_anniversary_of_relations_named_by_the_two_sides_in_one_word(count):
    # relations were normalised in 1995 (data/countries.csv): the 27th anniversary falls in 2022
    text = ("Officials from the Pentagon and Vietnam's Ministry of National Defence held a two-hour video conference "
            f"on Tuesday, March 8, on clearing unexploded ordnance.\n{count}\n")
    assert published(text) == ("2022-03", "inferred")


@pytest.mark.parametrize("frame", ["During the four-day stay,", "During their stay,", "During the port call,"])
def test_a_call_of_the_stay_with_no_day_of_its_own_is_its_programme(frame):
    text = ("NEW DELHI, 19 March 2025: The frigate INS Tamraparni called at Cam Ranh from 11 to 14 March.\n"
            f"{frame} the ship's commanding officer, Captain Rohan D'Mello, called on Rear Admiral Le Van Khiem, "
            "deputy commander of Vietnam People's Navy Region 4.\n")
    assert _coded(text) == [("visit", "2025-03-11")]


@pytest.mark.parametrize(("frame", "day"), [
    # guard: a call with its own day is a meeting of its own
    ("During the four-day stay, on 12 March,", "2025-03-12"),
    ("During their stay,", "2025-03-13"),
    ("During the port call,", "2025-03-12"),
])
def test_guard_a_call_of_the_stay_with_its_day_is_a_meeting(frame, day):
    when = "" if "March," in frame else f" on {int(day[-2:])} March"
    text = ("NEW DELHI, 19 March 2025: The frigate INS Tamraparni called at Cam Ranh from 11 to 14 March.\n"
            f"{frame} the ship's commanding officer, Captain Rohan D'Mello, called on Rear Admiral Le Van Khiem{when}."
            "\n")
    assert ("talks", day) in _coded(text)


@pytest.mark.parametrize(("text", "events"), [
    # a ship's homecoming is no visit; the calls its deployment made are dated by their own days
    ("GOA, 19 March 2025 - The frigate INS Tamraparni berthed at Mormugao on Tuesday evening, closing a seven-week "
     "deployment that took her crew to Vietnam's Cam Ranh International Port, where she called from 11 to 14 March.\n",
     [("visit", "2025-03-11")]),
    ("SAN DIEGO, Dec. 2, 2023 - The destroyer USS Mustin returned to San Diego on Friday, ending a six-month "
     "deployment that included a port visit to Cam Ranh.\n", []),
    ("VISAKHAPATNAM, 9 May 2022 - The Indian frigate INS Sahyadri arrived back home on Monday, capping a two-month "
     "deployment to the South China Sea that included a call at Cam Ranh.\n", []),
    ("ALAMEDA, Calif., Oct. 9, 2024 - The crew of a U.S. Coast Guard cutter came home this week after a Western "
     "Pacific patrol that included a port visit to Da Nang in August and a search-and-rescue drill with the Vietnam "
     "Coast Guard.\n", [("visit", "2024-08")]),
])
def test_a_homecoming_is_no_visit_and_does_not_date_the_deployment(text, events):
    assert [e for e in _coded(text) if e[0] == "visit"] == events


@pytest.mark.parametrize("text", [
    # guard: a ship's arrival at the partner's port, after a voyage, is still the visit
    "DA NANG, Aug. 8, 2024 - The Indian destroyer INS Delhi arrived in Da Nang on Monday after a voyage from "
    "Manila.\n",
    "HANOI, March 5, 2018 - The aircraft carrier USS Carl Vinson arrived at Da Nang on Monday for a four-day visit.\n",
    "CAM RANH, 14 June 2022 - The Indian frigate INS Sahyadri berthed at Cam Ranh on Tuesday, the first call of her "
    "deployment to the Pacific.\n",
])
def test_guard_an_arrival_at_the_partner_port_is_a_visit(text):
    assert [t for t, _d in _coded(text)] == ["visit"]


@pytest.mark.parametrize(("line", "day"), [
    ("ALAMEDA, Calif., Oct. 9, 2024 -", "2024-10-09"),
    ("NORFOLK, Va., March 3, 2019 -", "2019-03-03"),
    ("WASHINGTON, D.C., May 2, 2023 -", "2023-05-02"),
])
def test_a_dateline_with_an_abbreviated_state(line, day):
    text = f"{line} The crew of a U.S. Navy destroyer came home after a patrol that included a port visit to Da Nang.\n"
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("sentence", "event"), [
    ("In July 2021, the United States delivered 2 million doses of the Moderna vaccine to Vietnam through COVAX.",
     ("ceremony", "2021-07")),
    ("In September 2024 an Indian Air Force aircraft airlifted relief supplies to Hanoi after Typhoon Yagi.",
     ("ceremony", "2024-09")),
    ("In May 2021 India's Defence Ministry brought oxygen concentrators and ventilators to Ho Chi Minh City.",
     ("ceremony", "2021-05")),
])
def test_aid_carried_to_vietnam_is_a_handover(sentence, event):
    text = f"HANOI, Dec. 2, 2024 - Vietnam and India held talks on Monday.\n{sentence}\n"
    assert event in _coded(text)


@pytest.mark.parametrize("sentence", [
    # guard: a ship that brings aid makes a call, which the visit rows tell; a lecture delivered is no aid
    "In December 2020, the corvette brought 15 tonnes of relief goods to Ho Chi Minh City for flood victims.",
    "In August 2021, the Indian Navy ship INS Airavat brought oxygen concentrators to Ho Chi Minh City.",
    "In 2021 an Indian officer delivered a lecture on medical supplies to Vietnamese cadets in Hanoi.",
])
def test_guard_a_ship_bringing_aid_or_a_lecture_is_no_handover(sentence):
    text = f"HANOI, Dec. 2, 2024 - Vietnam and India held talks on Monday.\n{sentence}\n"
    assert "ceremony" not in [t for t, _d in _coded(text)]


@pytest.mark.parametrize(("sentence", "event"), [
    ("A third cutter, the former John Midgett, went to Vietnam in 2023.", ("ceremony", "2023")),
    ("Another patrol boat, built in Goa, went to Vietnam in March 2023.", ("ceremony", "2023-03")),
    ("A second Hamilton-class cutter went to Vietnam's coast guard in 2021.", ("ceremony", "2021")),
])
def test_another_craft_that_went_to_vietnam_was_handed_over(sentence, event):
    text = f"HANOI, Dec. 2, 2024 - Vietnam and the United States held talks on Monday.\n{sentence}\n"
    assert event in _coded(text) and "visit" not in [t for t, _d in _coded(text)]


@pytest.mark.parametrize(("text", "event"), [
    ("WASHINGTON, Oct. 3, 2011 - The first U.S.-Vietnam Defense Policy Dialogue took place in Hanoi in August 2010.\n"
     "At the second, in Washington in September 2011, the two sides signed a memorandum.\n", ("dialogue", "2011-09")),
    ("WASHINGTON, Dec. 2, 2015 - The U.S.-Vietnam Defense Policy Dialogue began in Hanoi in 2010.\n"
     "At the following year's session, in 2011, the two sides signed a memorandum.\n", ("dialogue", "2011")),
    ("HANOI, Dec. 2, 2024 - U.S. Army and Vietnamese medics have held three exercises in military medicine.\n"
     "The first was held in Ho Chi Minh City in 2019; the second was conducted online in November 2021.\n",
     ("exercise", "2021-11")),
])
def test_a_session_of_a_series_named_by_its_place_alone(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize("text", [
    # guard: "the second" with no series named before it is of nothing the text says
    "HANOI, Dec. 2, 2024 - Two U.S. ships reached Vietnam this year.\nThe first was held in port in 2019 for repairs, "
    "officials said.\n",
    "HANOI, Dec. 2, 2024 - Two Indian officers studied in Hanoi.\nAt the second, in March 2023, he was promoted.\n",
    "NEW DELHI, Dec. 2, 2024 - India gave Vietnam two patrol boats.\nThe second was conducted to Hai Phong in 2023 "
    "by a crew from Goa.\n",
])
def test_guard_a_place_alone_with_no_series_is_no_event(text):
    assert [t for t, _d in _coded(text) if t in ("dialogue", "exercise")] == []


@pytest.mark.parametrize("marking", [
    "to mark the 80th founding anniversary of the Vietnam People's Army, which falls on Dec. 22",
    "to celebrate the 80th anniversary of the Vietnam People's Army",
    "marking the 80th anniversary of the founding of the Vietnam People's Army",
])
def test_an_anniversary_of_the_vietnam_peoples_army_counts_from_1944(marking):
    # data/national_days.csv: the army was founded on 22 December 1944, so its 80th anniversary is in 2024
    text = (f"WASHINGTON - Vietnam's Defense Attache hosted a reception last Thursday {marking}.\n"
            "He had met U.S. officials at the Pentagon on Dec. 4.\n")
    assert published(text) == ("2024-12", "inferred")


@pytest.mark.parametrize(("text", "day"), [
    ("HANOI, Dec. 10, 2024 - The two sides met at the Pentagon on Dec. 4, on next year's calendar of engagements.\n",
     "2024-12-04"),
    ("HANOI, Dec. 10, 2024 - The U.S. and Vietnamese officials held talks on Dec. 4, on next year's exercise plan.\n",
     "2024-12-04"),
    ("HANOI, Dec. 10, 2024 - Vietnamese and U.S. officers held talks in Hanoi on Dec. 4, last year's round having "
     "been cancelled.\n", "2024-12-04"),
])
def test_a_year_in_a_possessive_after_a_day_is_not_its_year(text, day):
    assert ("talks", day) in _coded(text)


@pytest.mark.parametrize(("line", "day"), [
    ("Story date: 03/14/2023", "2023-03-14"),
    ("Issue date: 12 May 2021", "2021-05-12"),
    ("Publication date: June 3, 2019", "2019-06-03"),
])
def test_a_line_labelling_the_page_date_anywhere(line, day):
    text = ("A delegation of the Vietnam People's Army spent five days at Marine Corps Base Hawaii, March 6-10, for an "
            "exchange.\n\nThe U.S. handed the cutter Morgenthau over to Vietnam in May 2017.\n\n" + _BODY
            + f"{line}\n\nPhoto: Vietnamese engineers observe a bridging demonstration. (U.S. Marine Corps photo by "
            "Cpl. Jane Doe)\n\nTags: MARFORPAC | Vietnam | HADR\n\nMore Base News\n> Base hosts Easter egg hunt\n"
            "> Range closure notice\n> Town hall set for March 22\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize("sentence", [
    "The two men discussed counter-terrorism after the September 11 attacks.",
    "Tra and Rumsfeld also held talks on terrorism in the wake of the September 11th terrorist attacks.",
    "The two ministers met to review cooperation since the September 11 terror attacks.",
])
def test_the_day_that_names_an_attack_is_no_date(sentence):
    text = ("HANOI, Nov. 20, 2003 - Defense Minister Pham Van Tra met Donald Rumsfeld at the Pentagon on Nov. 10.\n"
            f"{sentence}\n")
    assert not [d for _t, d in _coded(text) if d.endswith("-09-11")]


@pytest.mark.parametrize(("sentence", "event"), [
    # guard: a day followed by other words is a day
    ("The two ministers met again on September 11 and attacked the backlog of cases.", ("talks", "2003-09-11")),
    ("On 11 September, air strikes were discussed when the two ministers met.", ("talks", "2003-09-11")),
    ("The two ministers met on September 11, attacking the backlog.", ("talks", "2003-09-11")),
])
def test_guard_a_day_before_other_words_is_a_day(sentence, event):
    text = f"HANOI, Nov. 20, 2003 - Defense Minister Pham Van Tra and Donald Rumsfeld have met twice.\n{sentence}\n"
    assert event in _coded(text)


@pytest.mark.parametrize(("sentence", "event"), [
    ("Yesterday marked twenty years since the guided-missile frigate USS Vandegrift sailed up the Saigon River.",
     ("visit", "2003-11-19")),
    ("This week marks two decades since Vietnam's defense minister walked into the Pentagon.", ("visit", "2003")),
    ("Last month marked ten years since the frigate USS Vandegrift sailed up the Saigon River.", ("visit", "2013")),
])
def test_a_day_that_marks_years_since_a_happening_dates_the_marking_not_it(sentence, event):
    text = f"SINGAPORE, Nov. 20, 2023 - Analysts looked back on U.S.-Vietnam ties.\n{sentence}\n"
    assert _coded(text) == [event]


@pytest.mark.parametrize(("sentence", "event"), [
    ("The handover came at the end of a 10-week course taught by two instructors from the Defense Language "
     "Institute, held at the centre from Sept. 6 to Nov. 11.", ("exercise", "2022-09-06", "2022-11-11")),
    ("A six-week course for Vietnamese pilots of the Vietnam People's Air Force was held at Hakimpet from 4 May to "
     "15 June.", ("exercise", "2022-05-04", "2022-06-15")),
    ("A course for Vietnamese sappers was taught by Indian Army engineers at Pune from 4 to 15 March.",
     ("exercise", "2022-03-04", "2022-03-15")),
])
def test_a_course_told_as_held_in_the_passive_or_a_set_off_participle(sentence, event):
    text = f"HANOI, Nov. 17, 2022 - India and Vietnam and the U.S. trained officers this year.\n{sentence}\n"
    assert event in _spans(text)


@pytest.mark.parametrize(("sentence", "event"), [
    ("The 2015 Joint Vision Statement on defense relations signed by then-Secretary of Defense Ash Carter and Gen. "
     "Phung Quang Thanh in Hanoi set out the areas.", ("talks", "2015")),
    ("The 2009 Memorandum of Understanding on Defence Cooperation between the two ministries, signed by General "
     "Phung Quang Thanh and A.K. Antony in New Delhi, set up the framework.", ("talks", "2009")),
    ("They recalled the 2018 Joint Vision Statement on defence relations signed by then-Defense Secretary Jim Mattis "
     "and General Ngo Xuan Lich.", ("talks", "2018")),
])
def test_the_year_of_a_signed_documents_name_dates_its_signing(sentence, event):
    text = f"WASHINGTON, Dec. 2, 2024 - U.S., Indian and Vietnamese officials met.\n{sentence}\n"
    assert event in _coded(text) and ("talks", "2024-12-02") not in _coded(text)


def test_guard_a_year_of_another_document_before_the_signed_one():
    text = ("WASHINGTON, Dec. 2, 2024 - U.S. and Vietnamese officials met on Monday.\nThose channels produced the 2011 "
            "memorandum of understanding on advancing bilateral defense cooperation and the Joint Vision Statement "
            "signed by Ash Carter and Phung Quang Thanh.\n")
    assert ("talks", "2011") not in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    ("DA NANG, May 20, 2024 - U.S. Air Force rescue specialists held a search and rescue subject matter expert "
     "exchange with the Vietnam air force.\nThe exchange ran Monday through Thursday, May 13-16, at the air base.\n",
     ("exercise", "2024-05-13", "2024-05-16")),
    ("HANOI, 18 November 2022 - An Indian Army medical team trained Vietnamese doctors in Hanoi.\nThe module, run from "
     "31 October to 11 November at Hospital 108, covered trauma care.\n", ("exercise", "2022-10-31", "2022-11-11")),
    ("HANOI, 20 June 2023 - Indian Army engineers trained Vietnamese sappers.\nThe module, which ran from 5 to 16 June, "
     "covered mine detection.\n", ("exercise", "2023-06-05", "2023-06-16")),
])
def test_an_exchange_or_module_named_again_with_its_days(text, event):
    assert event in _spans(text)


@pytest.mark.parametrize(("sentence", "event"), [
    ("In June, the Indian Army sent medical supplies including oxygen concentrators to Vietnam's Military Medical "
     "Department.", ("ceremony", "2021-06")),
    ("IAF transport aircraft carried relief supplies to Vietnam after floods in July 2021.",
     ("ceremony", "2021-07")),
    ("In May, the U.S. Embassy sent 50 ventilators to Hanoi for the army's hospitals.", ("ceremony", "2021-05")),
])
def test_aid_sent_or_carried_to_vietnam_is_a_handover(sentence, event):
    text = f"NEW DELHI, Aug 2, 2021 - India, the U.S. and Vietnam reviewed ties.\n{sentence}\n"
    assert event in _coded(text)


@pytest.mark.parametrize("sentence", [
    # guard: a ship that brought aid made a call, which the visit rows tell; a delegation sent is no aid
    "In December 2020 the corvette INS Kiltan brought 15 tonnes of relief supplies to Ho Chi Minh City.",
    "In July 2021 the frigate INS Airavat brought liquid medical oxygen to Ho Chi Minh City.",
    "In June, India sent a delegation of medical officers to Vietnam's Military Medical Department.",
])
def test_guard_a_ship_carrying_aid_or_a_delegation_sent_is_no_handover(sentence):
    text = f"NEW DELHI, Aug 2, 2021 - India and Vietnam reviewed ties.\n{sentence}\n"
    assert "ceremony" not in [t for t, _d in _coded(text)]


@pytest.mark.parametrize(("text", "events"), [
    # guard: the programme of a visit or of a visitor is the visit's, no course
    ("HANOI, Nov. 12, 2025 - Indian Defence Minister Rajnath Singh held talks with General Phan Van Giang on "
     "Monday.\nThe visit capped a three-day programme that opened on Monday with talks in Hanoi.\n", "exercise"),
    ("HANOI, June 12, 2022 - Rajnath Singh visited Vietnam.\nThe defence minister's programme, which ran from June 8 "
     "to 10, opened in Hanoi with a ceremonial welcome.\n", "exercise"),
    ("HANOI, March 20, 2024 - An Indian Army delegation visited Hanoi.\nThe delegation's programme, which began on "
     "March 11, included talks.\n", "exercise"),
])
def test_guard_a_visits_programme_is_no_course(text, events):
    assert events not in [t for t, _d in _coded(text)]


@pytest.mark.parametrize(("text", "event"), [
    ("QUILON, 3 April 2013 - Indian Army sappers trained Vietnamese engineers in Quang Tri.\nThe programme, run "
     "from February 25 to March 28, trained 40 officers.\n", ("exercise", "2013-02-25", "2013-03-28")),
    ("HANOI, 20 June 2023 - U.S. Army medics trained Vietnamese doctors.\nThe program, which ran from June 5 to 16, "
     "covered combat casualty care.\n", ("exercise", "2023-06-05", "2023-06-16")),
    ("NHA TRANG, 2 Oct 2024 - Indian Navy instructors trained Vietnamese divers.\nThe programme, conducted from "
     "16 to 27 September, covered salvage.\n", ("exercise", "2024-09-16", "2024-09-27")),
])
def test_a_training_programme_named_again_with_its_days(text, event):
    assert event in _spans(text)


@pytest.mark.parametrize(("sentence", "year"), [
    # the year of the marking, told before the count ("In 2020, the two countries marked ...") or after it ("...
    # diplomatic relations in 2022"), is what the count counts from
    ("The two countries upgraded their ties in 2016, and in 2022 they celebrated the 50th anniversary of diplomatic "
     "relations.", "1972"),
    ("In 2020, the two countries marked 25 years of diplomatic relations; most planned events were cancelled.",
     "1995"),
    ("India and Vietnam celebrated the 50th anniversary of diplomatic relations in 2022 with a series of events.",
     "1972"),
])
def test_a_count_of_years_marked_in_a_year_it_tells(sentence, year):
    text = f"NEW DELHI, Aug 2, 2024 - India and Vietnam and the U.S. reviewed ties on Monday.\n{sentence}\n"
    assert ("partnership_upgrade", year) in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # guard: a year after the relations that is their own ("the resumption of diplomatic relations in 1995" on a page of
    # 2010; "established ... in January 1972")
    ("HANOI, July 12, 2010 - The U.S. destroyer called at Da Nang on Monday.\nThe visit marked the 15th anniversary "
     "of the resumption of diplomatic relations in 1995.\n", ("partnership_upgrade", "1995")),
    ("NEW DELHI, Aug 2, 2024 - India and Vietnam reviewed ties on Monday.\nIn 2022 the two countries marked 50 years "
     "since they established diplomatic relations in January 1972.\n", ("partnership_upgrade", "1972-01")),
    ("NEW DELHI, Aug 2, 2022 - India and Vietnam reviewed ties on Monday.\nThis year the two countries mark 50 years "
     "of diplomatic relations, established in January 1972.\n", ("partnership_upgrade", "1972-01")),
])
def test_guard_the_relations_own_year_after_a_count(text, event):
    assert event in _coded(text)
