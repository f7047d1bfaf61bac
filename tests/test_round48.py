"""Round 48 of the generalisation loop (batches 590-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "event"), [
    # 19 November 2024 is a Tuesday
    ("DA NANG, Nov. 22, 2024 - A U.S. Coast Guard team led by Rear Admiral Kevin Lunday held a drill with the "
     "Vietnam Coast Guard this week.\nOn Tuesday, the U.S. delegation paid a call on Le Van Tri, a Vice Chairman of "
     "the Da Nang People's Committee.\n", ("talks", "2024-11-19")),
    ("CHENNAI, 8 March 2023 - The Vietnam Coast Guard ship CSB 8005 arrived in Chennai on Monday.\nOn 7 March, its "
     "commander, Colonel Tran Van Hai, paid a brief call on Inspector General Donny Michael, Commander of the Indian "
     "Coast Guard Region (East).\n", ("talks", "2023-03-07")),
    ("HANOI, June 2, 2022 - Admiral John Aquilino, commander of U.S. Indo-Pacific Command, paid a farewell call on "
     "General Phan Van Giang, Vietnam's Minister of National Defence, on June 1.\n", ("talks", "2022-06-01")),
])
def test_a_call_paid_on_a_person_is_a_courtesy_call(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize("text", [
    # guard: a call paid on a country or port is the ship's port call, as before
    "HANOI, July 30, 2011 - INS Airavat, an Indian Navy landing ship, paid a friendly call on Vietnam from July 19 to "
    "22, docking at Nha Trang.\n",
    "DA NANG, March 9, 2018 - The aircraft carrier USS Carl Vinson paid a call at Da Nang from March 5 to 9, the "
    "first by a U.S. carrier since the war.\n",
    "HANOI, Aug. 8, 2024 - The Indian destroyer INS Delhi paid a port call to Ho Chi Minh City from Aug. 4 to 7.\n",
])
def test_guard_a_call_paid_on_a_place_stays_a_port_call(text):
    assert [t for t, _d in _coded(text)] == ["visit"]


@pytest.mark.parametrize(("text", "event"), [
    # 16 July 2024 is a Tuesday
    ("QUANG TRI, 17/07/2024 - The Quang Tri Provincial Military Command on Tuesday received 40 metal detectors, two "
     "field vehicles and a set of medical kits funded by the United States for its bomb clearance teams, U.S. "
     "Ambassador Marc Knapper said.\n", ("ceremony", "2024-07-16")),
    ("HANOI, July 21, 2021 - Military Hospital 108 received ventilators and test kits from the U.S. Embassy on "
     "July 20, in the presence of U.S. Ambassador Marc Knapper and Senior Lieutenant General Hoang Xuan Chien.\n",
     ("ceremony", "2021-07-20")),
    ("HANOI, Nov. 5, 2022 - The Vietnam Border Guard received five patrol boats provided by India under a defence "
     "line of credit on Nov. 4, Lieutenant General Le Duc Thai and Indian Ambassador Pranay Verma said.\n",
     ("ceremony", "2022-11-04")),
])
def test_equipment_received_from_the_other_side_is_a_handover(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize("text", [
    # guard: training, or a message, received names no equipment handed over
    "HANOI, Oct. 2, 2023 - Vietnamese officers received training from Indian instructors on Oct. 1, Indian "
    "Ambassador Sandeep Arya and Senior Lieutenant General Hoang Xuan Chien said.\n",
    "NEW DELHI, Sept. 1, 2011 - India said INS Airavat received a radio message from a caller claiming to be from the "
    "Chinese Navy on July 22, S. M. Krishna and Pham Binh Minh said.\n",
])
def test_guard_training_or_a_message_received_is_no_handover(text):
    assert "ceremony" not in [t for t, _d in _coded(text)]


@pytest.mark.parametrize(("text", "event"), [
    ("HANOI, Aug. 26, 2022 - A U.S. Pacific Air Forces medical team held an exchange with Vietnam's air force this "
     "month.\nOn Aug. 18, the US team and their Vietnamese counterparts were received by Maj. Gen. Pham Quang Tuan, a "
     "deputy commander of the Air Defence - Air Force Service.\n", ("talks", "2022-08-18")),
    ("NEW DELHI, March 10, 2023 - A Vietnam People's Army delegation led by Senior Lieutenant General Hoang Xuan "
     "Chien visited India from March 6 to 9.\nOn March 7, the delegates were received by Rear Admiral Sanjay Vatsayan, "
     "Deputy Chief of the Naval Staff.\n", ("talks", "2023-03-07")),
    ("HANOI, Sept. 14, 2024 - U.S. Ambassador Marc Knapper led a group of U.S. Army surgeons to Hanoi this week.\nOn "
     "Sept. 10, its members were received by Senior Lieutenant General Hoang Xuan Chien.\n",
     ("talks", "2024-09-10")),
])
def test_counterparts_delegates_or_members_received_by_a_host_were_met(text, event):
    assert event in _coded(text)


def test_guard_a_proposal_received_by_an_official_is_no_meeting():
    text = ("HANOI, Sept. 14, 2024 - The proposal for a search and rescue hotline was received by Deputy Minister "
            "Hoang Xuan Chien on Sept. 10, U.S. Ambassador Marc Knapper said.\n")
    assert "talks" not in [t for t, _d in _coded(text)]


@pytest.mark.parametrize(("text", "day"), [
    ("QUANG TRI, 17/07/2024 - The Quang Tri Provincial Military Command received mine detectors from the United "
     "States.\n", "2024-07-17"),
    ("HANOI, 3/4/2024 — Vietnam and India held defence talks in Hanoi.\n", "2024-04-03"),
    ("Hanoi, 21.03.2025 (VNA) - The Vietnam-India Defence Policy Dialogue met in Hanoi on 18/3.\n", "2025-03-21"),
    # the day can only be the second figure: month first, as American pages write figures
    ("DA NANG, 7/17/2024 - A U.S. Navy hospital ship arrived in Da Nang.\n", "2024-07-17"),
])
def test_a_dateline_written_in_figures_with_its_year_dates_the_page(text, day):
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("text", "year"), [
    ("HANOI, Jan. 20, 2024 - In 2022, Vietnam and India marked the 50th anniversary of diplomatic relations.\n",
     "1972"),
    ("WASHINGTON, May 3, 2023 - In 2020, the two countries celebrated the 25th anniversary of the normalisation of "
     "diplomatic relations between Vietnam and the United States.\n", "1995"),
    ("NEW DELHI, June 2, 2019 - In 2017, Hanoi and New Delhi commemorated the 45th anniversary of diplomatic ties "
     "between India and Vietnam.\n", "1972"),
])
def test_an_anniversary_marked_in_a_year_the_sentence_opens_on_counts_from_that_year(text, year):
    assert ("partnership_upgrade", year) in _coded(text)


@pytest.mark.parametrize(("text", "year"), [
    ("DA NANG, April 28, 2012 - The first Naval Engagement Activity was held in 2010, the year the two countries "
     "marked 15 years of diplomatic relations between Vietnam and the United States.\n", "1995"),
    ("HANOI, Sept. 28, 2011 - The first U.S.-Vietnam Defense Policy Dialogue was held in Hanoi in August 2010, "
     "shortly after the two countries marked 15 years of diplomatic relations.\n", "1995"),
    ("HANOI, June 2, 2021 - The carrier USS Theodore Roosevelt came to Da Nang in March 2020, soon after Vietnam and "
     "the United States marked 25 years of diplomatic relations.\n", "1995"),
])
def test_years_marked_in_the_year_of_the_clause_before_count_from_it(text, year):
    assert ("partnership_upgrade", year) in _coded(text)


@pytest.mark.parametrize(("text", "years"), [
    ("HANOI, Jan. 20, 2024 - In 2022, Vietnam and India marked the 50th anniversary of diplomatic relations and the "
     "15th anniversary of their Strategic Partnership, and last year the two armies held staff talks.\n",
     ["1972", "2007"]),
    ("NEW DELHI, March 1, 2023 - In 2021, India and Vietnam celebrated the fifth anniversary of their Comprehensive "
     "Strategic Partnership and the 49th anniversary of diplomatic relations.\n", ["1972", "2016"]),
    ("HANOI, Jan. 20, 2018 - Vietnam and India marked the 45th anniversary of diplomatic relations and the 10th "
     "anniversary of their Strategic Partnership last year.\n", ["1972", "2007"]),
])
def test_a_second_anniversary_joined_to_the_first_counts_from_the_same_year(text, years):
    assert sorted(d for t, d in _coded(text) if t == "partnership_upgrade") == years


@pytest.mark.parametrize(("text", "year"), [
    ("HANOI, Nov. 20, 2024 - With 2025 marking 30 years since Hanoi and Washington normalized relations, and with "
     "Vietnam hosting an ASEAN summit this year, more visits are expected.\n", "1995"),
    ("NEW DELHI, Jan. 10, 2024 - India and Vietnam raised their ties to a Comprehensive Strategic Partnership in "
     "2016, and with India chairing the Quad this year, officials expect more exchanges.\n", "2016"),
    ("WASHINGTON, May 5, 2025 - Vietnam and the United States normalized relations 30 years ago, but with Washington "
     "weighing new tariffs this year, analysts see limits to the relationship.\n", "1995"),
])
def test_a_year_in_a_with_phrase_of_its_own_dates_no_happening_before_it(text, year):
    assert [d for t, d in _coded(text) if t == "partnership_upgrade"] == [year]


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(type, first day, last day) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), e.date.end.isoformat()) for e in article(text).events)


@pytest.mark.parametrize(("text", "span"), [
    ("NEW DELHI, June 8, 2023 - On 5 June, twenty technicians of the Vietnam People's Air Force finished a six-week "
     "maintenance course at the Indian Air Force's base in Pune, Air Marshal Vijay Kumar Garg said.\nThe course, which "
     "began on 24 April, covered engines and avionics.\n", ("exercise", "2023-04-24", "2023-06-05")),
    ("DA NANG, April 28, 2012 - The U.S. Navy and the Vietnam People's Navy wrapped up a naval exercise in Da Nang on "
     "Friday, Rear Admiral Tom Carney said.\nThe five-day event, April 23-27, brought three U.S. ships to the port.\n",
     ("exercise", "2012-04-23", "2012-04-27")),
    ("HANOI, Dec. 5, 2022 - Thirty Vietnamese officers completed a joint training course with U.S. Army instructors "
     "on Dec. 2, U.S. Ambassador Marc Knapper said.\nThe training, which started on Nov. 14, was held at the Military "
     "Science Academy.\n", ("exercise", "2022-11-14", "2022-12-02")),
])
def test_a_course_told_by_its_end_then_named_with_its_first_day_ran_from_it(text, span):
    assert span in _spans(text)


def test_guard_a_course_named_again_with_another_days_span_keeps_its_end():
    # the span told next ends on another day: another stretch, not this course's days
    text = ("DA NANG, April 28, 2012 - The U.S. Navy and the Vietnam People's Navy wrapped up a naval exercise in Da "
            "Nang on Friday, Rear Admiral Tom Carney said.\nThe earlier event, March 5-9, brought three U.S. ships to "
            "the port.\n")
    assert ("exercise", "2012-04-27", "2012-04-27") in _spans(text)


@pytest.mark.parametrize(("text", "year"), [
    ("DA NANG, April 28, 2012 - The first U.S.-Vietnam naval exchange was held in 2010, the year the two countries "
     "marked 15 years of diplomatic relations, which were normalized in July 1995.\n", "1995"),
    ("HANOI, June 2, 2016 - The program's first class graduated in 2015, the year Vietnam and the United States "
     "marked 20 years of diplomatic relations, which were normalized in July 1995.\n", "1995"),
    ("NEW DELHI, May 2, 2018 - Its first batch came in 2017, the year India and Vietnam marked 45 years of "
     "diplomatic relations, which were established in January 1972.\n", "1972"),
])
def test_a_year_before_a_count_does_not_date_what_the_count_counts_from(text, year):
    assert [d[:4] for t, d in _coded(text) if t == "partnership_upgrade"] == [year]


def test_guard_a_visit_told_beside_an_ended_course_keeps_its_day():
    # 13 March 2025 is a Thursday: the course ended, the delegation arrived; the course's start is not the visit's
    text = ("KOCHI, March 14, 2025 - Twelve officers of the Vietnam People's Navy completed a ten-week course at the "
            "Indian Navy's institute in Goa on Tuesday, and a delegation led by Rear Admiral Pham Manh Hung arrived here "
            "on Thursday, Vice Admiral V. Srinivas said.\nThe course, which ran from 6 January, covered charting.\n")
    assert [(t, a) for t, a, _b in _spans(text) if t == "visit"] == [("visit", "2025-03-13")]


@pytest.mark.parametrize(("text", "event"), [
    ("HAI PHONG, April 13, 2024 - The U.S. Coast Guard and the Vietnam Coast Guard held a search-and-rescue exercise "
     "in Hai Phong from 9 to 11 April.\n", ("exercise", "2024-04-09")),
    ("DA NANG, Aug. 3, 2023 - The Indian Navy and the Vietnam People's Navy conducted a three-day humanitarian "
     "assistance exercise off Da Nang from July 30 to Aug. 1.\n", ("exercise", "2023-07-30")),
    ("HANOI, Oct. 20, 2022 - Vietnamese and Indian army engineers staged a mine-clearance drill at a range near Hanoi "
     "on Oct. 18.\n", ("exercise", "2022-10-18")),
])
def test_an_exercise_or_drill_told_as_held_is_one_however_qualified(text, event):
    assert event in _coded(text)


def test_guard_a_drill_a_side_held_on_its_own_is_none():
    text = ("DA NANG, June 10, 2022 - U.S. and Vietnamese doctors held a joint medical exercise in Da Nang on June 7.\n"
            "Separately, Military Region 5 held its own drill on typhoon evacuation in Quang Ngai on June 8.\n")
    assert [d for t, d in _coded(text) if t == "exercise"] == ["2022-06-07"]


@pytest.mark.parametrize(("text", "event"), [
    ("HANOI, Aug. 26, 2022 - Soldiers from U.S. Army Pacific joined medical officers of the Vietnam People's Army for a "
     "subject matter expert exchange on casualty care Aug. 22-25 at Military Central Hospital 108.\n",
     ("exercise", "2022-08-22")),
    ("HO CHI MINH CITY, March 9, 2024 - Indian Army doctors joined surgeons of Military Hospital 175 in the city for an "
     "expert exchange on trauma surgery from 4 to 8 March.\n", ("exercise", "2024-03-04")),
    ("DA NANG, May 20, 2023 - U.S. Air Force flight nurses teamed up with Vietnamese air force medics for a subject "
     "matter expert exchange on aeromedical evacuation on May 15-18.\n", ("exercise", "2023-05-15")),
])
def test_an_expert_exchange_no_visit_is_told_for_is_the_exchange_itself(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize("text", [
    # guard: told as what a visit or hosting was for, the exchange is the visit's own programme
    "PENSACOLA, Oct. 26, 2024 - A delegation of the Vietnam People's Navy spent Oct. 21-25 at Naval Air Station "
    "Pensacola for a subject matter expert exchange on aviation medicine.\n",
    "HANOI, March 9, 2024 - Military Hospital 108 hosted a U.S. Army team from March 4 to 8 for an expert exchange on "
    "trauma care.\n",
])
def test_guard_an_exchange_a_visit_was_for_is_no_second_happening(text):
    assert "exercise" not in [t for t, _d in _coded(text)]


@pytest.mark.parametrize(("one", "other"), [
    ("HANOI, March 24, 2025 - Indian Army engineers ran a mine action course for Vietnamese officers in Hanoi from 10 "
     "to 21 March, Brigadier Anil Rathore said.\n",
     "DA NANG, March 13, 2025 - The Indian Coast Guard and the Vietnam Coast Guard held a search and rescue exercise "
     "in Da Nang from 10 to 12 March.\n"),
    ("HANOI, Aug. 30, 2024 - U.S. and Vietnamese army medics held a joint medical exercise in Hanoi from Aug. 19 to "
     "23.\n",
     "DA NANG, Aug. 31, 2024 - The U.S. Air Force and Vietnam's air force held a search and rescue exercise in Da "
     "Nang from Aug. 19 to 30.\n"),
    ("HAI PHONG, June 9, 2023 - The Indian Navy and the Vietnam People's Navy held a joint exercise off Hai Phong "
     "from June 5 to 8.\n",
     "PUNE, June 17, 2023 - Indian and Vietnamese army doctors held a joint exercise in Pune from June 5 to 16.\n"),
])
def test_two_exercises_of_other_places_and_other_spans_from_one_day_stay_two(one, other, tmp_path):
    import ties_lib as tl

    (tmp_path / "a.txt").write_text(one, encoding="utf-8")
    (tmp_path / "b.txt").write_text(other, encoding="utf-8")
    assert len(tl.load_corpus(tmp_path).events.query("type == 'exercise'")) == 2


def test_guard_one_exercise_told_by_its_days_and_by_a_day_of_them_stays_one(tmp_path):
    import ties_lib as tl

    (tmp_path / "a.txt").write_text("HANOI, March 24, 2025 - Indian Army engineers ran a mine action course for "
                                    "Vietnamese officers in Hanoi from 10 to 21 March.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("HANOI, March 22, 2025 - A mine action course Indian Army engineers ran in Hanoi "
                                    "for Vietnamese officers from 10 to 21 March closed on Friday.\n", encoding="utf-8")
    assert len(tl.load_corpus(tmp_path).events.query("type == 'exercise'")) == 1


@pytest.mark.parametrize(("text", "year"), [
    ("HANOI, May 3, 2024 - The United States handed over the former USCGC Morgenthau to the Vietnam Coast Guard in "
     "May 2017.\nA second Hamilton-class cutter, the former John Midgett, followed in 2021.\n", "2021"),
    ("HANOI, May 3, 2024 - The United States transferred the cutter Morgenthau to Vietnam in 2017, and a second "
     "cutter followed in 2021.\n", "2021"),
    ("HANOI, May 3, 2024 - The United States handed the cutter Morgenthau to Vietnam in 2017.\nThe former USCGC "
     "John Midgett followed in 2021.\n", "2021"),
])
def test_a_second_or_former_cutter_that_followed_was_handed_over_then(text, year):
    assert ("ceremony", year) in _coded(text)


def test_guard_a_named_warship_that_followed_made_a_visit():
    text = ("HANOI, May 3, 2024 - The USS Carl Vinson called at Da Nang in 2018.\nThe USS Theodore Roosevelt followed "
            "in 2020.\n")
    assert _coded(text) == [("visit", "2018"), ("visit", "2020")]


@pytest.mark.parametrize(("text", "year"), [
    ("Dong Hoi, Monday, November 27\n\nA training course on mine action delivered by engineers of the Indian Army for "
     "officers of the Viet Nam People's Army opened this morning in Quang Binh.\n\nViet Nam and India established "
     "diplomatic relations on January 7, 1972. Last year the two countries marked the 50th anniversary of that "
     "milestone.\n", "2023"),
    ("NEW DELHI, Wednesday, Sept. 14\n\nIndian and Vietnamese coast guard chiefs held talks in New Delhi on Tuesday."
     "\n\nIndia and Vietnam set up their strategic partnership in July 2007. This year they celebrate the 15th "
     "anniversary of that step.\n", "2022"),
    ("HANOI, Friday, July 12\n\nU.S. and Vietnamese military doctors ended a week-long exchange at Military Hospital "
     "108 in Hanoi.\n\nThe United States and Vietnam normalized relations on July 11, 1995. Last year both marked the "
     "28th anniversary of that decision.\n", "2024"),
])
def test_an_anniversary_of_what_the_sentence_before_dated_marked_last_or_this_year_dates_the_page(text, year):
    assert published(text)[0][:4] == year


@pytest.mark.parametrize(("text", "day"), [
    ("MERIDIAN NOTES\nVol. 6, No. 44 | Monday, November 25\n\nVietnam's Deputy Minister of National Defence, Senior "
     "Lieutenant General Hoang Xuan Chien, held talks at the Pentagon on Tuesday the 19th with U.S. Indo-Pacific "
     "Command officials. An invitation for the next dialogue, in Hanoi in 2025, was extended.\n", "2024-11-25"),
    ("ASIA LEDGER | Thursday, March 14\n\nIndian and Vietnamese coast guard officers held talks in Chennai on Tuesday. "
     "The two sides agreed that the upcoming exercise, off Da Nang in 2025, will be their largest.\n", "2024-03-14"),
    ("DEFENCE LETTER | Wednesday, October 9\n\nIndian and Vietnamese army officers ended staff talks in New Delhi on "
     "Tuesday. The next round, in Hanoi in 2025, was agreed.\n", "2024-10-09"),
])
def test_the_next_rounds_year_is_a_plan_and_the_stamps_weekday_picks_it_or_the_year_before(text, day):
    assert published(text)[0] == day


@pytest.mark.parametrize("text", [
    "WASHINGTON, Nov. 20 - U.S. Defense Secretary Lloyd Austin met Vietnam's Defence Minister Phan Van Giang at the "
    "Pentagon on Tuesday. With Donald Trump's election win this month, Hanoi wants to keep the channels open.\n",
    "WASHINGTON, Nov. 20 - U.S. Defense Secretary Lloyd Austin met Vietnam's Defence Minister Phan Van Giang at the "
    "Pentagon on Tuesday. Officials in Hanoi are already preparing for President-elect Donald Trump.\n",
    "WASHINGTON, Jan. 16 - U.S. Defense Secretary Lloyd Austin held a video call with Vietnam's Defence Minister Phan "
    "Van Giang on Wednesday, days before Donald Trump's inauguration.\n",
])
def test_a_person_told_as_elected_or_about_to_take_office_gives_no_terms_year(text):
    a = article(text).article
    assert "Trump" not in a.published_evidence and "Austin" in a.published_evidence


@pytest.mark.parametrize(("text", "event"), [
    ("CAM RANH, Aug. 9, 2022 - The Indian frigate INS Sahyadri berthed at Cam Ranh on Aug. 4 for a four-day port "
     "call.\nIts commanding officer, Captain Arvind Menon, called on Rear Admiral Pham Manh Hung, Deputy Commander of "
     "Naval Region 4, on the day of arrival.\n", ("talks", "2022-08-04")),
    ("CHENNAI, March 10, 2023 - The Vietnam Coast Guard ship CSB 8005 arrived in Chennai on 6 March for a four-day "
     "visit.\nOn the day of its arrival, its commander called on Inspector General Donny Michael, Commander of the "
     "Indian Coast Guard Region (East).\n", ("talks", "2023-03-06")),
    ("VUNG TAU, June 9, 2023 - A U.S. Coast Guard team led by Captain Amy Falcone arrived in Vung Tau on June 4 for a "
     "three-day exchange.\nOn the day of their arrival, the team called on Major General Nguyen Huu Khanh, commander "
     "of Coast Guard Region 3.\n", ("talks", "2023-06-04")),
])
def test_the_day_of_arrival_is_the_first_day_of_the_stay_told_last(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "day"), [
    ("GUWAHATI, Nov 26: A team of Indian Army engineers has returned from Hanoi after a week of talks with Vietnam's "
     "mine action centre.\n\nIndia and Vietnam established full diplomatic relations on 7 January 1972, and both "
     "governments have held events across 2022 to mark the 50th anniversary.\n", "2022-11-26"),
    ("CHENNAI, March 3: Vietnamese coast guard officers ended a visit to Chennai on Thursday.\n\nThe two coast guards "
     "signed a memorandum in May 2015 and have held drills throughout 2019.\n", "2022-03-03"),
    ("NEW DELHI, Dec 7: Indian and Vietnamese defence officials held talks in New Delhi on Wednesday.\n\nThe two "
     "defence ministries signed a memorandum in November 2009 and have met every year since 2016.\n", "2016-12-07"),
])
def test_a_year_the_text_tells_things_happened_in_is_a_floor_for_the_pages_year(text, day):
    assert published(text)[0] == day


def test_guard_a_year_looked_forward_to_is_no_floor():
    text = ("HANOI, June 5: Indian and Vietnamese officers held talks on Tuesday.\n\nRussia is to deliver the first of "
            "six submarines to Vietnam in 2013 under a deal of December 2009, and there's talk of a ministers' visit in "
            "2014.\n")
    assert published(text)[0] == "2012-06-05"


@pytest.mark.parametrize(("text", "day"), [
    # guards: a watch item, an invitation and a "may" look forward; the page's year comes from its own evidence
    ("HANOI, Oct 18 (Wire) - Indian and Vietnamese army officers held staff talks in Hanoi on Tuesday and Wednesday, "
     "after the Joint Vision of June 2022.\n\nVietnamese officers will be invited to observe a training module in "
     "India in 2024.\n", "2023-10-18"),
    ("SINGAPORE, March 14 - Vietnamese and Indian coast guards ended talks on Thursday, after a memorandum signed in "
     "May 2015.\n\nWhat to watch: whether the defence industry roundtable, mooted last year, meets in 2026.\n",
     "2019-03-14"),
    ("HANOI, Oct 18 (Wire) - Indian and Vietnamese army officers held staff talks in Hanoi on Tuesday and Wednesday, "
     "after the Joint Vision of June 2022.\n\nA second round may take place in New Delhi in 2025.\n", "2022-10-18"),
])
def test_guard_a_year_a_clause_looks_forward_to_is_no_floor(text, day):
    assert published(text)[0] == day
