"""Round 50 of the generalisation loop (batches 660-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(type, first day, last day) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), e.date.end.isoformat()) for e in article(text).events)


#: lines of a page's body, so that the stamp comes at the foot, far from the head
_BODY = "".join(f"Line {i} of the newsletter's notes on the ties.\n\n" for i in range(6))


@pytest.mark.parametrize(("text", "month"), [
    ("KOCHI - A team of Indian naval doctors spent a week in Hanoi earlier this month.\n\n" + _BODY
     + "Subscribe | Back issues\nPublished March 2025 by the Malabar Society for Military Medicine\n", "2025-03"),
    ("PUNE - Vietnamese engineers finished a demining course at the College of Military Engineering.\n\n" + _BODY
     + "Published in June 2019 by the Deccan Defence Trust. All rights reserved.\n", "2019-06"),
    ("HONOLULU - U.S. Coast Guard instructors ended a boarding course in Da Nang last week.\n\n" + _BODY
     + "Issued October 2021 by the Pacific Maritime Policy Group, Honolulu\n", "2021-10"),
])
def test_a_month_stamp_then_its_publisher_at_the_foot_dates_the_page(text, month):
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("text", "span"), [
    ("HANOI, March 20, 2024 - A team of Indian Navy doctors arrived in Hanoi on 3 March and left on 9 March after "
     "training Vietnamese naval medics.\n", ("visit", "2024-03-03", "2024-03-09")),
    ("NEW DELHI, June 30, 2023 - The Vietnamese defence delegation landed in New Delhi on June 12, departing on "
     "June 16 after a programme at the National Defence College.\n", ("visit", "2023-06-12", "2023-06-16")),
    ("HANOI, May 20, 2019 - A team of U.S. Army engineers arrived at Da Nang on May 2 before flying home on May 9, "
     "having trained Vietnamese deminers.\n", ("visit", "2019-05-02", "2019-05-09")),
    ("KOCHI, Nov. 30, 2022 - The Vietnamese training ship reached Kochi on Nov. 24 and departed on Nov. 28.\n",
     ("visit", "2022-11-24", "2022-11-28")),
])
def test_a_stay_told_by_its_arrival_and_departure_is_one_span(text, span):
    assert span in _spans(text)


@pytest.mark.parametrize("text", [
    # guard: a departure of someone else, told after the arrival, closes no stay
    "HANOI, May 20, 2019 - A team of U.S. Army engineers arrived at Da Nang on May 2 and the Vietnamese minister "
    "left for Paris on May 9.\n",
    # guard: a departure a month and more after the arrival is no stay's end the sentence tells
    "HANOI, Dec. 20, 2019 - The U.S. Army engineers arrived at Da Nang on Feb. 2 and left on Dec. 9 after a "
    "season of clearance work.\n",
])
def test_guard_no_span_from_an_arrival_and_a_departure_that_is_not_its_own(text):
    assert not any(t == "visit" and a != b for t, a, b in _spans(text))


@pytest.mark.parametrize(("text", "month"), [
    ("WASHINGTON - Analysts reviewed the U.S.-Vietnam defense dialogue held in Hanoi last month.\n\n" + _BODY
     + "- Moulmein Notes editorial team\nCirculated January 2013. Views are the authors' own.\n", "2013-01"),
    ("NEW DELHI - The brief reviews India's training of Vietnamese submariners.\n\n" + _BODY
     + "Printed: June 2021. Not for sale.\n", "2021-06"),
    ("HANOI - The newsletter notes a round of staff talks between the two armies.\n\n" + _BODY
     + "Printed in August 2016 by the Defence Studies Circle, Pune.\n", "2016-08"),
])
def test_a_circulated_distributed_or_printed_month_at_the_foot_dates_the_page(text, month):
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("text", "year"), [
    ("WASHINGTON - The first round of the U.S.-Vietnam Defense Policy Dialogue was held in Hanoi in August 2010. "
     "This August marks fifteen years since then. Officials met again on Tuesday.\n", "2025"),
    ("HO CHI MINH CITY - The frigate USS Vandegrift called at Saigon in November 2003. Next week marks twenty years "
     "since that visit, and a destroyer called on Monday.\n", "2023"),
    ("HANOI - Vietnam and the United States normalised relations in July 1995. This summer marks thirty years "
     "since then, and defence officials held talks on Monday.\n", "2025"),
])
def test_a_count_since_then_counts_from_the_date_the_sentence_before_told(text, year):
    assert published(text) == (year, "inferred")


def test_guard_a_count_marked_in_a_plan_dates_no_page():
    # "will mark 10 years of that upgrade in 2026": a plan's count, and no count "since" the sentence before
    text = ("TEZPUR, Feb 22: Vietnamese pilots flew the Su-30 simulator on Wednesday with IAF instructors.\n\n"
            "India and Vietnam upgraded their ties to a Comprehensive Strategic Partnership in September 2016. The "
            "two countries will mark 10 years of that upgrade in 2026.\n")
    assert not published(text)[0].startswith("2026")


@pytest.mark.parametrize(("text", "event"), [
    ("PORT BLAIR, 16 November 2023 - Indian and Vietnamese coast guard officers met at Haddo. A table-top exercise "
     "was held from 14 to 15 November at the joint operations centre.\n", ("exercise", "2023-11-14")),
    ("PORT BLAIR, 16 November 2023 - Vietnamese border guards studied island rescue with the Indian Coast Guard. "
     "The table-top exercise, held from 14 to 15 November, worked through a fire at sea.\n", ("exercise", "2023-11-14")),
    ("HANOI, 16 November 2023 - A command-post exercise was conducted by Vietnamese and U.S. army officers on 14 "
     "November.\n", ("exercise", "2023-11-14")),
])
def test_table_top_and_command_post_exercises_are_exercises(text, event):
    assert event in [(t, a) for t, a, _b in _spans(text)]


@pytest.mark.parametrize(("text", "span"), [
    ("NEW DELHI, March 18, 2025 - Indian Army engineers trained Vietnamese deminers. The two-week course, run by a "
     "team from the Corps of Engineers, was held at the Engineering Command in Hanoi from March 3 to 14.\n",
     ("exercise", "2025-03-03", "2025-03-14")),
    ("KOCHI, March 25, 2024 - The Indian Navy trained Vietnamese sailors. The course, organised by the Southern "
     "Naval Command, was conducted in Kochi from 3 to 21 March.\n", ("exercise", "2024-03-03", "2024-03-21")),
    ("DA NANG, June 20, 2023 - U.S. Coast Guard instructors trained Vietnamese crews. The exchange, funded by the "
     "State Department, was held in Da Nang from 10 to 14 June.\n", ("exercise", "2023-06-10", "2023-06-14")),
])
def test_a_course_named_then_a_clause_set_off_then_held_in_the_passive_is_read(text, span):
    assert span in _spans(text)


@pytest.mark.parametrize(("text", "event"), [
    ("NHA TRANG, 23/3/2024 - A team of Indian Army doctors ended a five-day professional exchange at Military "
     "Hospital 87 on 22/3.\n", ("exercise", "2024-03-18", "2024-03-22")),
    ("HUE, Sept. 21, 2023 - Army doctors from the United States and Vietnam held a medical exchange at Military "
     "Hospital 268 on Sept. 19.\n", ("exercise", "2023-09-19", "2023-09-19")),
    ("DA NANG, June 24, 2019 - The U.S. Coast Guard and the Vietnam Coast Guard held a three-day training exchange "
     "from June 19 to 21.\n", ("exercise", "2023-06-19", "2019-06-21")),
])
def test_an_exchange_told_by_what_it_trained_or_how_long_it_ran_is_an_exercise(text, event):
    t, a, b = event
    assert any(x == t and y.endswith(a[4:]) and z == b for x, y, z in _spans(text))


@pytest.mark.parametrize("text", [
    # guard: a wish for exchanges in general is no exchange
    "HANOI, June 5, 2006 - The two ministers agreed on Monday to expand training exchanges between the armies.\n",
    # guard: a programme of exchanges frames a ship's call, and is no exchange of its own
    "DA NANG, July 16, 2011 - On the morning of 15/7, USNS Safeguard docked at Tien Sa Port, beginning a programme "
    "of naval exchange activities with the Vietnamese navy.\n",
    # guard: "training and exchange of instructors" names two kinds of cooperation
    "NEW DELHI, Aug. 9, 2024 - The two sides signed a letter of intent on training and exchange of instructors.\n",
])
def test_guard_exchanges_in_general_are_no_exercise(text):
    assert "exercise" not in [t for t, _a, _b in _spans(text)]


@pytest.mark.parametrize(("text", "span"), [
    ("CAN THO, March 14, 2023 - A team of Indian Army doctors arrived in Can Tho on March 9. They ended a five-day "
     "professional exchange at Military Hospital 121 on March 13.\n", ("visit", "2023-03-09", "2023-03-13")),
    ("HO CHI MINH CITY, 19 October 2024 - An Indian Army medical team was in the city from 14 to 18 October. The "
     "team held a medical exchange with surgeons of Military Hospital 175 from 14 to 18 October.\n",
     ("visit", "2024-10-14", "2024-10-18")),
    ("HUE, Sept. 21, 2023 - U.S. Army doctors arrived in Hue on Sept. 16. They held a five-day medical exchange at "
     "Military Hospital 268 from Sept. 16 to 20.\n", ("visit", "2023-09-16", "2023-09-20")),
    ("KOCHI, March 14, 2023 - A team of Vietnamese navy doctors arrived in Kochi on March 6. They held a clinical "
     "exchange with Indian Navy surgeons from March 6 to 10.\n", ("visit", "2023-03-06", "2023-03-10")),
])
def test_an_exchange_with_the_days_of_the_teams_stay_is_part_of_the_visit(text, span):
    assert span in _spans(text)
    assert "exercise" not in [t for t, _a, _b in _spans(text)]


def test_guard_a_guest_who_visited_during_an_exchange_leaves_it_an_exercise():
    text = ("HANOI, April 23, 2024 - U.S. Army medics held a medical exchange at the Military Medical Academy from "
            "April 15 to 19. A U.S. general visited the academy on April 17.\n")
    assert ("exercise", "2024-04-15", "2024-04-19") in _spans(text)


@pytest.mark.parametrize(("text", "event"), [
    ("HANOI, Aug. 26, 2022 - A U.S. team ran an aviation English course for Vietnamese air force officers from "
     "Aug. 1 to 19.\n\nAt the closing ceremony, the U.S. side handed over a language laboratory of 24 computer stations.\n",
     ("ceremony", "2022-08-19")),
    ("DA NANG, July 24, 2024 - U.S. Coast Guard instructors trained Vietnamese crews in a course held from July 10 "
     "to 21.\n\nOn the final day, the U.S. team handed over two rigid-hull inflatable boats to the Vietnam Coast "
     "Guard.\n", ("ceremony", "2024-07-21")),
    ("HANOI, 18 March 2025 - An Indian Army team ran a demining course in Hanoi from 3 to 14 March.\n\nThe course "
     "closed with a ceremony for the trainees. The Indian side also gifted mine detectors to the Engineering "
     "Command.\n", ("ceremony", "2025-03-14")),
    ("HANOI, 18 March 2025 - An Indian Army team ran a demining course in Hanoi from 3 to 14 March. At the end of "
     "the course, the Indian team donated mine detectors to the Engineering Command.\n", ("ceremony", "2025-03-14")),
])
def test_a_handover_at_the_close_of_a_course_took_place_on_its_last_day(text, event):
    assert event in [(t, a) for t, a, _b in _spans(text)]


def test_guard_certificates_handed_at_the_close_are_no_handover():
    text = ("PUNE, March 1, 2025 - Vietnamese army doctors attended a course at AFMC held from 10 to 28 February.\n\n"
            "The Commandant handed over certificates at the closing ceremony.\n")
    assert "ceremony" not in [t for t, _a, _b in _spans(text)]


@pytest.mark.parametrize("text", [
    "WASHINGTON, May 3, 2021 - A port call by a U.S. destroyer could take place in Da Nang later this year.\n",
    "WASHINGTON, May 3, 2021 - U.S. officials say an in-person medical exchange in Vietnam could take place later "
    "this year if travel rules allow.\n",
    "NEW DELHI, May 3, 2021 - A naval exercise with Vietnam might go ahead in the autumn, officials said.\n",
    "WASHINGTON, May 3, 2021 - U.S. officials say a ship visit to Cam Ranh could take place later this year.\n",
    "NEW DELHI, May 3, 2021 - A port call by an Indian Navy frigate could take place at Cam Ranh later this year, "
    "officials said.\n",
    "HANOI, May 3, 2021 - A port call by the U.S. Navy's hospital ship might be held in Nha Trang later this year.\n",
])
def test_a_happening_that_could_take_place_is_a_possibility_not_an_event(text):
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("NEW DELHI, 16 March 2024 - An Indian Army medical team was in the Vietnamese capital from 11 to 14 March, "
     "working with surgeons of the 108 Military Central Hospital.\n", ("visit", "2024-03-11", "2024-03-14")),
    ("NEW DELHI, 8 May 2023 - A Vietnamese air force transport aircraft carrying cadets was in the Indian capital "
     "from 3 to 5 May.\n", ("visit", "2023-05-03", "2023-05-05")),
    ("KOCHI, 20 March 2024 - A Vietnamese staff college team was in Kochi from 12 to 15 March, the Indian Navy "
     "said.\n", ("visit", "2024-03-12", "2024-03-15")),
    ("HO CHI MINH CITY, 19 October 2024 - An Indian Army medical team led by Major General Anand Kuruvilla was in "
     "the city from 14 to 18 October.\n", ("visit", "2024-10-14", "2024-10-18")),
])
def test_a_stay_told_by_the_days_a_guest_was_in_the_place_the_story_names_is_a_visit(text, span):
    assert span in _spans(text)


@pytest.mark.parametrize("text", [
    "HANOI, Jan 16, 2024 - Indian and Vietnamese deputy ministers held a video dialogue on Tuesday. Meanwhile at "
    "Nha Be, the Navy's Region 2 command this week commissioned a newly refitted landing ship into service.\n",
    "PHU QUOC, April 7, 2025 - Two Indian Navy ships left An Thoi on Sunday after a visit. Last week the Vietnam "
    "People's Navy also received a new patrol vessel built by its own shipyard, commissioned at a ceremony in Hai "
    "Phong.\n",
    "EA SUP, Nov. 22, 2012 - Border guards returned from a study tour of India. Meanwhile, the Dak Lak Border Guard "
    "this month inaugurated a new border post building in Ea Sup district, funded from the provincial budget.\n",
    "DA NANG, May 9, 2024 - A U.S. destroyer left Da Nang on Monday after a port visit. The Vietnam Coast Guard held "
    "what officials called a purely domestic ceremony for its new cutter the same week.\n",
    "HAI PHONG, Jan 16, 2024 - An Indian Navy ship visited Da Nang on Monday. The Vietnam Coast Guard separately "
    "commissioned two new patrol ships into service at a ceremony in Hai Phong on Tuesday.\n",
])
def test_one_sides_own_commissioning_or_opening_is_no_ceremony_between_the_two(text):
    assert "ceremony" not in [t for t, _a, _b in _spans(text)]


def test_guard_a_handover_at_a_ceremony_is_still_a_ceremony():
    text = "HANOI, Jan 16, 2024 - The Indian Navy handed over a patrol vessel to Vietnam at a ceremony on Monday.\n"
    assert ("ceremony", "2024-01-15", "2024-01-15") in _spans(text)


@pytest.mark.parametrize(("text", "day"), [
    ("MY THO, 14/10/2022 -- A joint team of Vietnamese and American specialists began excavating a rice field this "
     "week.\n", "2022-10-14"),
    ("HANOI, 14/10/2022 -- Indian and Vietnamese officers met in Hanoi on Thursday.\n", "2022-10-14"),
    ("CAN THO, 07/03/2024 -- A team of Indian Army doctors arrived at Military Hospital 121 on Monday.\n",
     "2024-03-07"),
])
def test_a_dateline_in_figures_with_a_doubled_dash_dates_the_page(text, day):
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("text", "day"), [
    ("ANAMALAI STRATEGIC COURIER\nVol. 14, No. 11 | March 19-25, 2012\n\nANAMALAI, March 17: A Vietnamese army team "
     "visited the Indian Army's jungle warfare school this week, Indian officials said.\n", "2012-03-17"),
    ("DEFENCE MONTHLY\nVol. 3, No. 1 | January 2019\n\nNEW DELHI, Dec 28: A Vietnamese navy delegation held talks "
     "with Indian Navy officers on Thursday.\n", "2018-12-28"),
    ("MEKONG NOTES\nIssue 9/2021\n\nHANOI, Sept 3: Indian and Vietnamese officers met in Hanoi on Thursday to discuss "
     "training.\n", "2021-09-03"),
])
def test_a_datelines_year_comes_from_the_issue_line_above_it(text, day):
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize(("text", "month"), [
    ("THE ZUBIN NAVAL LETTER\nVol. IV, No. 17 — first half of September 2011\n\nINS Airavat called at Nha Trang in "
     "July, the Indian Navy said.\n", "2011-09"),
    ("INDO-PACIFIC FORTNIGHTLY\nNo. 3 | second half of February 2020\n\nIndian and Vietnamese officers met in Hanoi "
     "in January to discuss training.\n", "2020-02"),
    ("MARITIME LETTER\nVol. 2, No. 9 | first half of May 2016\n\nThe Vietnamese navy's frigate Dinh Tien Hoang "
     "called at Mumbai in April on a visit to India, the Indian Navy said.\n", "2016-05"),
])
def test_a_fortnightlys_half_of_a_month_is_its_issue_month(text, month):
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("text", "day"), [
    ("A team of U.S. specialists began work in Quang Binh this week.\n\n" + _BODY
     + "Comments are closed.\n\nEastbrook Veterans Monitor — Published April 2, 2022\n\nOther stories: VA expands "
     "claims | Letters\n", "2022-04-02"),
    ("Indian Navy ships called at Cam Ranh this week.\n\n" + _BODY
     + "Comments are closed.\n\nTri-State Courier — Published May 14, 2021\n\nOther stories: Letters | Sports\n",
     "2021-05-14"),
    ("Vietnamese officers trained with the U.S. Coast Guard this month.\n\n" + _BODY
     + "Comments are closed.\n\nHarbor Times – Posted March 3, 2018\n\nOther stories: Cutter transfer | Letters\n",
     "2018-03-03"),
    ("Indian Navy ships called at Cam Ranh this week.\n\n" + _BODY
     + "Comments are closed.\n\nKonkan Coast Chronicle - Posted 5 March 2021\n\nMore from Defence | Subscribe\n",
     "2021-03-05"),
])
def test_a_labelled_stamp_after_the_pages_name_and_a_dash_at_the_foot_dates_the_page(text, day):
    assert published(text) == (day, "stated")


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "event"), [
    # 27 January 2025 + 4 is a Friday; Friday 4 April + 4 is Tuesday 8 April
    ("NEW DELHI, 9 April 2025 - On Friday, 4 April, thirty Vietnamese officers completed a course taught by Indian "
     "instructors. The course began on 27 January.\n\nFour days later, on Tuesday, Lieutenant General Tran Quoc Hung "
     "held a video call with Indian Defence Secretary Rajesh Kumar Singh.\n", ("talks", "2025-04-08")),
    # 29 May 2023 + 3 is a Thursday; Friday 9 June + 3 is Monday 12 June
    ("HANOI, June 20, 2023 - U.S. Navy doctors ended an exchange in Hue on Friday, June 9. It had opened on May 29."
     "\n\nThree days later, on Monday, the U.S. defense attache held talks with Vietnamese officials in Hanoi.\n",
     ("talks", "2023-06-12")),
    # the year told last is no day; Thursday 7 March 2024 + 2 is Saturday 9 March
    ("HANOI, March 20, 2024 - An Indian ship arrived in Cam Ranh on Thursday, March 7. Its last call was in 2019."
     "\n\nTwo days later, on Saturday, the ship held a passage exercise with a Vietnamese frigate.\n",
     ("exercise", "2024-03-09")),
])
def test_a_step_of_days_told_with_its_weekday_steps_from_the_day_it_fits(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    ("VETERANS RECORD\nNovember 2023\n\nThe frigate USS Vandegrift docked in Saigon on Nov. 19, 2003, and our member "
     "was there that week.\n\nEarlier that month, on Nov. 10, Vietnam's defense minister, Gen. Pham Van Tra, sat down "
     "with Defense Secretary Donald Rumsfeld at the Pentagon.\n", ("talks", "2003-11-10")),
    ("NEW DELHI, May 2024 - Prime Minister Modi visited Hanoi in September 2016. Officials recall the trip often."
     "\n\nLater that month, on Sept. 20, Indian and Vietnamese defence officials held talks in New Delhi.\n",
     ("talks", "2016-09-20")),
    ("WASHINGTON, June 2015 - The Defense Policy Dialogue first met in Hanoi in August 2010. The sides were cautious "
     "then.\n\nThe same month, on Aug. 16, the destroyer USS John S. McCain called at Da Nang.\n",
     ("visit", "2010-08-16")),
])
def test_a_day_told_after_that_month_is_of_the_month_the_story_told(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    ("TOKYO, Dec. 2013 - The frigate USS Vandegrift called at Saigon on Nov. 19, 2003. Just days earlier, Vietnamese "
     "Defense Minister Pham Van Tra had been received at the Pentagon by Defense Secretary Donald Rumsfeld.\n",
     ("talks", "2003-11")),
    ("NEW DELHI, 2012 - INS Airavat called at Nha Trang on July 19, 2011. A few days later, the ship held a passage "
     "exercise with the Vietnamese navy.\n", ("exercise", "2011-07")),
    ("WASHINGTON, 2013 - Pham Van Tra held talks with Donald Rumsfeld at the Pentagon on Nov. 10, 2003. Days later, "
     "the frigate USS Vandegrift docked in Ho Chi Minh City.\n", ("visit", "2003-11")),
])
def test_days_later_or_earlier_not_counted_are_in_the_month_of_the_day_told(text, event):
    assert event in _coded(text)


def test_guard_a_count_back_from_the_pages_own_month_is_no_year_to_come():
    # "November 2023 - Twenty years ago this month": the page's month, then the count back (not 2023 + 20)
    text = ("YPSILANTI, November 2023 - Twenty years ago this month, on Nov. 19, 2003, the frigate USS Vandegrift "
            "docked in Saigon.\n")
    assert published(text)[0] <= "2026"


@pytest.mark.parametrize(("text", "month"), [
    ("THE RIDGE VETERANS RECORD\nNewsletter of county veterans' organizations — November 2023 issue\n\nPage 1\n\n"
     "The frigate USS Vandegrift docked in Saigon on Nov. 19, 2003, our member recalls.\n", "2023-11"),
    ("INDIAN OCEAN QUARTERLY\nQuarterly review of the Indian Ocean | June 2019 edition\n\nIndian and Vietnamese "
     "navies held a passage exercise in May, the Indian Navy said.\n", "2019-06"),
    ("DELTA NOTES\nPublished by the Mekong veterans' circle - March 2016 issue\n\nU.S. and Vietnamese officers met in "
     "Hanoi in February to discuss war legacies.\n", "2016-03"),
])
def test_a_mastheads_tagline_then_a_dash_and_the_months_issue_dates_the_page(text, month):
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("text", "year"), [
    ("KAVERI MARITIME QUARTERLY\nIssue 3 / 2021 · Regional Navies Round-up\n\nThe Indian and Vietnamese navies held "
     "a virtual search-and-rescue table-top exercise on 17 and 18 August.\n", "2021"),
    ("MEKONG DEFENCE QUARTERLY\nIssue 2/2019\n\nIndian and Vietnamese coast guards held talks in Hanoi on 9 June.\n",
     "2019"),
    ("PACIFIC SECURITY QUARTERLY\nIssue 4 / 2022 | Features\n\nU.S. and Vietnamese army doctors held a medical "
     "exchange in Hue from 3 to 7 October.\n", "2022"),
])
def test_a_quarterlys_numbered_issue_names_its_year_not_a_month(text, year):
    assert published(text) == (year, "stated")


@pytest.mark.parametrize(("text", "month"), [
    ("NORTH KINGSTOWN - A local officer helped run search-and-rescue drills with the Vietnamese navy.\n\n" + _BODY
     + "Mailed May 2012\n", "2012-05"),
    ("POTOMAC LETTER - The destroyer USS Lassen called at Da Nang last month.\n\n" + _BODY
     + "Mailed June 2015 by the Veterans Circle of Rhode Island\n", "2015-06"),
    ("KOCHI - Vietnamese submariners finished a course with the Indian Navy.\n\n" + _BODY
     + "Mailed in March 2014. Not for resale.\n", "2014-03"),
])
def test_a_mailed_month_at_the_foot_dates_the_page(text, month):
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("text", "span"), [
    ("NAINITAL, 30 Sept 2023 - An Indian Army medical team returned home. The team was at the 108 Military Central "
     "Hospital in Hanoi from September 18 to 23.\n", ("visit", "2023-09-18", "2023-09-23")),
    ("HANOI, 10 March 2024 - A Vietnamese military medical delegation visited India. The delegation was at the Armed "
     "Forces Medical College in Pune from 3 to 7 March.\n", ("visit", "2024-03-03", "2024-03-07")),
    ("HUE, June 20, 2022 - U.S. Army doctors trained Vietnamese medics. The doctors were at the military hospital "
     "in Hue between 10 and 14 June.\n", ("visit", "2022-06-10", "2022-06-14")),
])
def test_a_stay_told_by_the_days_a_team_was_at_an_institution_is_a_visit(text, span):
    assert span in _spans(text)


@pytest.mark.parametrize(("text", "span"), [
    ("PUNE, 17 Oct 2024 - The armies of India and Vietnam concluded the fourth round of their Army-to-Army Staff "
     "Talks here on Wednesday. The talks, held from October 14 to 16, were co-chaired by Major General Sandeep "
     "Kulkarni and Major General Nguyen Van Minh.\n", ("dialogue", "2024-10-14", "2024-10-16")),
    ("HANOI, 18 Sep 2023 - India and Vietnam concluded their fourth round of Army-to-Army Staff Talks in Hanoi on "
     "Thursday. The talks ran from 12 to 14 September at the ministry's guest house.\n",
     ("dialogue", "2023-09-12", "2023-09-14")),
    ("NEW DELHI, 20 Nov 2012 - India and Vietnam held the sixth round of their Security Dialogue on Tuesday. The "
     "two-day talks, held on 19 and 20 November, covered maritime security.\n",
     ("dialogue", "2012-11-19", "2012-11-20")),
])
def test_the_talks_named_after_a_series_round_are_that_rounds_days(text, span):
    assert span in _spans(text)


def test_guard_the_talks_of_a_visit_stay_talks():
    text = ("HANOI, 6 June 2006 - U.S. Defense Secretary Donald Rumsfeld began a visit to Hanoi on Monday. The talks, "
            "held on Monday at the Defence Ministry with General Pham Van Tra, covered war legacies.\n")
    assert "dialogue" not in [t for t, _a, _b in _spans(text)]


@pytest.mark.parametrize(("text", "year"), [
    ("HONOLULU - A U.S. Army general held talks in Hanoi on Tuesday. The Comprehensive Partnership between "
     "Washington and Hanoi, launched in 2013, turns ten next year.\n", "2022"),
    ("NEW DELHI - Indian and Vietnamese officers met on Monday. The Strategic Partnership, set up in 2007, turns "
     "fifteen this year.\n", "2022"),
    ("HANOI - U.S. and Vietnamese officials met on Friday. Diplomatic relations, established in 1995, turned 25 "
     "last year.\n", "2021"),
])
def test_a_relationship_that_turns_so_many_years_counts_the_pages_year(text, year):
    assert published(text) == (year, "inferred")


@pytest.mark.parametrize(("text", "month"), [
    ("EVERETT PACIFIC VETERANS MONTHLY\nVOL. 21, NO. 11 . NOVEMBER 2009\n\nA U.S. search team worked in Quang Nam in "
     "October.\n", "2009-11"),
    ("EASTERN FLEET NEWSLETTER\nVOL. 4, NO. 6 . JUNE 2018\n\nThe Indian Navy held a passage exercise with the "
     "Vietnamese navy off Cam Ranh in May.\n", "2018-06"),
    ("HIGHLAND DEFENCE MONTHLY\nVOL. 9 . JUNE 2021\n\nU.S. and Vietnamese army doctors held talks in Hue in May.\n",
     "2021-06"),
])
def test_an_issue_line_with_a_spaced_full_stop_for_its_bullet_dates_the_page(text, month):
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("text", "event"), [
    ("NEW DELHI, 28 June 2024 - The sixth meeting of the India-Vietnam defence working group opened on Thursday. The "
     "fifth meeting of the working group was held in Hanoi last year.\n", ("dialogue", "2023")),
    ("HANOI, 8 March 2024 - The fourth meeting of the bilateral working group on mine action was held in Hue on 7 "
     "March, co-chaired by U.S. and Vietnamese officials.\n", ("dialogue", "2024-03-07")),
    ("NEW DELHI, 6 May 2023 - The third meeting of the India-Vietnam working group on defence industry took place in "
     "New Delhi on 5 May.\n", ("dialogue", "2023-05-05")),
])
def test_a_numbered_meeting_of_a_working_group_is_a_session_of_a_mechanism(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize("text", [
    "KARWAR, 9 Sept 2024 - Vietnamese submariners finished a module at Karwar. The certificates were handed over at a "
    "short ceremony on 6 September by the Flag Officer.\n",
    "KARWAR, 30 March 2014 - Vietnamese submariners finished a course with the Indian Navy. Certificates were "
    "awarded to the 24 Vietnamese officers at a ceremony on 28 March.\n",
    "WELLINGTON, 30 March 2014 - Two Vietnamese officers finished the staff course in India. Diplomas were presented "
    "at a ceremony on Friday by the Commandant.\n",
])
def test_certificates_handed_to_a_courses_graduates_are_no_handover(text):
    assert "ceremony" not in [t for t, _a in _coded(text)]


@pytest.mark.parametrize(("text", "event"), [
    ("HUE, 8 March 2024 - The U.S. office in Dong Ha was inaugurated on 6 March by the U.S. charge d'affaires. She "
     "recalled the normalisation of relations in July 1995.\n\nThe next day, 7 March, the two sides held the fourth "
     "meeting of the bilateral working group on mine action in Hue.\n", ("dialogue", "2024-03-07")),
    ("KOCHI, 14 Nov 2022 - The Vietnamese ship arrived in Kochi on 10 November. The two navies first exercised "
     "together in May 2000.\n\nThe following day, 11 November, the ship held a passage exercise with INS Kalpeni.\n",
     ("exercise", "2022-11-11")),
    ("HANOI, 20 Oct 2023 - U.S. Army doctors opened an exchange in Hue on 16 October. Their first visit was in "
     "August 2015.\n\nThe next day, 17 October, they held talks with the hospital's director.\n",
     ("talks", "2023-10-17")),
])
def test_the_next_day_steps_from_the_day_told_not_a_month_recalled_since(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize("text", [
    "HAI PHONG, 8 Aug 2022 - An Indian frigate left Cam Ranh on Sunday. Separately, on Saturday the Vietnam People's "
    "Navy held a ceremony in Hai Phong to commission a new patrol vessel into service.\n",
    "DA NANG, 8 Aug 2022 - A U.S. destroyer called at Da Nang this week. On Friday the Vietnam Coast Guard held a "
    "ceremony for commissioning two new patrol ships.\n",
    "HANOI, 8 Aug 2022 - Indian officers visited Hanoi on Monday. The Vietnamese navy held a ceremony in Cam Ranh on "
    "Tuesday to commission its newest corvette.\n",
])
def test_a_ceremony_held_to_commission_ones_own_ship_is_no_ceremony_between_the_two(text):
    assert "ceremony" not in [t for t, _a in _coded(text)]


@pytest.mark.parametrize("text", [
    "NHA TRANG, 27 Sept 2025 - India handed over an IT lab to the Air Force Officers' College on Friday. The college "
    "itself held a graduation ceremony for its latest class of pilots in August.\n",
    "VISAKHAPATNAM, 12 Sept 2014 - Vietnamese submariners finished a course at INS Satavahana, the Indian Navy said. "
    "The school held a graduation ceremony for the Vietnamese batch on 11 September.\n",
    "HONOLULU, 20 June 2019 - Two Vietnamese officers finished a U.S. Coast Guard course. The academy held a "
    "commencement ceremony on 14 June.\n",
])
def test_a_graduation_ceremony_closes_a_course_and_is_no_handover(text):
    assert [e for e in _coded(text) if e[0] == "ceremony" and e[1] < "2025-09"] == []


@pytest.mark.parametrize(("text", "day"), [
    ("NAEIL SHINMUN (English Digital Edition)\nPolitics | International\nUS Coast Guard trains Vietnamese crews\n"
     "Entered 2022.04.22 09:14 | Modified 2022.04.22 11:30\nReporter Park Ji-hoon\n\nHAI PHONG - U.S. Coast Guard "
     "instructors held a course for Vietnamese crews from April 11 to 21.\n", "2022-04-22"),
    ("KOREA BUSINESS TIMES\nEntered 2023.11.09 08:00\n\nHANOI - Indian and Vietnamese officers met in Hanoi on Tuesday "
     "to discuss training.\n", "2023-11-09"),
    ("BUSAN MARITIME NEWS (English)\nEntered 2021.07.15 16:20 | Modified 2021.07.15 18:02\n\nDA NANG - U.S. and "
     "Vietnamese coast guard officers held talks in Da Nang on Wednesday.\n", "2021-07-15"),
])
def test_an_entered_stamp_of_a_korean_papers_english_edition_dates_the_page(text, day):
    assert published(text) == (day, "stated")


#: lines of a letter's body, so that its date line comes at the foot
_LETTER = "".join(f"Line {i} of the letter.\n\n" for i in range(3))


@pytest.mark.parametrize(("text", "day"), [
    ("A Vietnamese air force delegation ended a visit to India on Wednesday, Indian officials said.\n\n" + _LETTER
     + "Letter dated 19 March 2025. Reproduction with credit.\n", "2025-03-19"),
    ("Indian and Vietnamese navy officers held talks in Hanoi on Tuesday.\n\n" + _LETTER
     + "Newsletter dated 4 June 2019. Forward freely.\n", "2019-06-04"),
    ("U.S. and Vietnamese coast guard officers met in Da Nang on Monday.\n\n" + _LETTER
     + "Dispatch dated Oct. 12, 2021. All rights reserved.\n", "2021-10-12"),
])
def test_a_letter_dated_a_day_then_a_note_dates_the_page(text, day):
    assert published(text) == (day, "stated")
