"""Round 45 of the generalisation loop (batches 488-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published

from ties_lib.corpus import merge_events_grouped


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("sentence", "talks_day"), [
    ("During his visit to India, Vietnam's army chief held talks with Gen. V.K. Singh at South Block on Tuesday.",
     "2009-11-10"),
    ("During the visit of Vietnam's General Thanh to India, he held talks with Indian Army chief Gen. Deepak Kapoor "
     "on Monday.", "2009-11-09"),
    ("During his trip to India, Vietnam's navy commander met Dr. S. Jaishankar at the ministry on Wednesday.",
     "2009-11-11"),
])
def test_talks_in_a_visit_keep_their_own_day_across_a_names_initials(sentence, talks_day):
    text = "NEW DELHI, Nov. 13, 2009 (PTI) - " + sentence + "\n"
    assert ("talks", talks_day) in _coded(text)


@pytest.mark.parametrize("text", [
    "HANOI, 23 March 2024 (VNA) - A twelve-member team of the Indian Army spent five days in Ho Chi Minh City this "
    "month.\nThe delegation, led by Major General Arvind Rathore, was in the city from 11 to 15 March.\n",
    "HANOI, 23 March 2024 (VNA) - Indian Army medics worked alongside Vietnamese doctors this month.\nThe "
    "delegation, led by Brigadier Anil Rao, Deputy Director General of Medical Services (Army), was at the hospital "
    "from 11 to 15 March.\n",
    "HANOI, 23 March 2024 (VNA) - An Indian Navy diving team trained Vietnamese sailors this month.\nThe team, "
    "led by Commander Vikram Iyer, was in the capital between 11 and 15 March.\n",
])
def test_a_visitor_who_was_in_the_city_from_one_day_to_another_made_a_visit(text):
    events = merge_events_grouped(list(article(text).events))
    assert [(e.type, e.date.iso_start(), e.date.end.isoformat()) for e in events if e.type == "visit"] == [
        ("visit", "2024-03-11", "2024-03-15")]


@pytest.mark.parametrize("sentence", [
    "The exercise was in the capital from 11 to 15 March.",
    "The talks were in the city from 11 to 15 March.",
    "The delegation was in the city for talks.",
])
def test_a_happening_or_an_undated_stay_in_the_city_is_no_visit_of_days_guard(sentence):
    text = "HANOI, 23 March 2024 (VNA) - India and Vietnam are partners.\n" + sentence + "\n"
    assert not any(e.type == "visit" and e.date.precision == "day" for e in article(text).events)


@pytest.mark.parametrize(("sentence", "day"), [
    ("The handover ceremony, held in Dong Ha on 17 September, was attended by the US Consul General.", "2024-09-17"),
    ("The handover ceremony, which took place at Cam Ranh on 12 September, was attended by the US ambassador.",
     "2024-09-12"),
    ("The handover ceremony, held at the Border Guard Academy on Sept. 10, was attended by the US ambassador.",
     "2024-09-10"),
])
def test_a_ceremony_told_with_the_article_then_its_own_held_clause_is_a_happening(sentence, day):
    text = ("HANOI, 19 September 2024 - The Quang Tri centre received two boats from the United States.\n"
            + sentence + "\n")
    assert ("ceremony", day) in _coded(text)


def test_talks_named_again_with_a_held_clause_stay_the_session_told_before_guard():
    text = ("HANOI, Oct. 31, 2013 (VNA) - Vietnam and the United States have held their fourth defense policy "
            "dialogue in Washington.\nThe talks, held on Oct. 28-29, were co-chaired by Vietnam's Deputy Minister "
            "of National Defense Nguyen Chi Vinh.\n")
    assert not any(t == "talks" for t, _d in _coded(text))


@pytest.mark.parametrize(("sentence", "day"), [
    ("India and Vietnam will mark 50 years next year, having established ties on January 7, 1972.", "1972-01-07"),
    ("India and Vietnam established full ties in 1972 and have been friends since.", "1972"),
    ("The two countries forged ties on 7 January 1972, India being one of the first to do so.", "1972-01-07"),
])
def test_ties_established_on_a_day_are_relations_begun(sentence, day):
    text = "HANOI, 3 March 2021 (VNA) - " + sentence + "\n"
    assert ("partnership_upgrade", day) in _coded(text)


@pytest.mark.parametrize(("sentence", "month"), [
    ("The dialogue came a month after the USNS Richard E. Byrd, a US Navy supply ship, underwent repairs at Cam "
     "Ranh Bay in August.", "2011-08"),
    ("In August the US Navy supply ship USNS Byrd received voyage repairs at Cam Ranh.", "2011-08"),
    ("The US destroyer got routine maintenance in Da Nang in August, Vietnamese officials said.", "2011-08"),
])
def test_a_ship_repaired_in_the_other_sides_port_made_a_port_call(sentence, month):
    text = "HANOI, Oct. 3, 2011 (VNA) - Vietnam and the United States are partners.\n" + sentence + "\n"
    assert ("visit", month) in _coded(text)


@pytest.mark.parametrize(("sentence", "span"), [
    ("Vietnamese coast guard officers joined a four-day US search-and-rescue workshop, from Monday to Thursday, in "
     "Vung Tau.", ("2024-10-14", "2024-10-17")),
    ("US Coast Guard instructors led a two-week course between 1 and 12 October for Vietnamese officers.",
     ("2024-10-01", "2024-10-12")),
    ("US Navy divers trained Vietnamese navy divers in a week-long diving workshop, from 7 to 11 October.",
     ("2024-10-07", "2024-10-11")),
])
def test_a_course_told_with_its_length_and_its_days_is_an_exercise(sentence, span):
    text = "HANOI, Friday, 18 October 2024 - " + sentence + "\n"
    got = [(e.date.iso_start(), e.date.end.isoformat()) for e in article(text).events if e.type == "exercise"]
    assert span in got


def test_a_course_of_a_length_told_beside_another_day_is_no_course_of_that_day_guard():
    text = ("HANOI, Friday, 16 August 2019 - A US Army team returned this week from Vietnam, where it taught a "
            "five-day course in trauma nursing to Vietnamese army nurses.\n")
    assert not any(e.type == "exercise" and e.date is not None and e.date.start.isoformat() >= "2019-08-12"
                   for e in article(text).events)


@pytest.mark.parametrize("sentence", [
    "Ten Vietnamese pilots completed an advanced conversion programme with the Indian Air Force at Tezpur on 27 "
    "September, closing a course that began on 2 September.",
    "Ten Vietnamese pilots finished a training programme with the Indian Air Force on 27 September; the course, "
    "which began on 2 September, covered night flying.",
    "Vietnamese submariners underwent a familiarisation programme at Visakhapatnam, capping a course that ran "
    "from 2 September to 27 September.",
])
def test_a_training_programme_finished_and_the_course_begun_are_one_exercise(sentence):
    text = "NEW DELHI, Oct. 2, 2014 (PTI) - " + sentence + "\n"
    events = [e for e in merge_events_grouped(list(article(text).events)) if e.type == "exercise"]
    assert [(e.date.iso_start(), e.date.end.isoformat()) for e in events] == [("2014-09-02", "2014-09-27")]


@pytest.mark.parametrize(("sentence", "month"), [
    ("The Hanoi exchange followed a video call in March between the US Army's command surgeon and the Vietnamese "
     "Military Medical Department.", "2024-03"),
    ("A video call in May between the US and Vietnamese coast guards reviewed the plan.", "2024-05"),
    ("The US exchange was prepared in a video conference last month with the Vietnamese army's medical department.",
     "2024-07"),
])
def test_a_remote_meeting_keeps_the_date_told_inside_its_phrase(sentence, month):
    text = "HONOLULU, Aug. 28, 2024 - " + sentence + "\n"
    assert ("talks", month) in _coded(text)


@pytest.mark.parametrize("dateline", ["Lao Cai (LCO) - ", "LAO CAI, March 14 - ", "Thai Nguyen (TNO) - "])
def test_a_place_whose_name_holds_a_third_countrys_word_is_no_third_country(dateline):
    text = ("Thursday, 14/03/2024 | 16:42 GMT+7\n\n" + dateline + "A delegation of the Indian Army paid a working "
            "visit to the provincial Border Guard Command on 12 March.\n")
    assert _coded(text) == [("visit", "2024-03-12")]


@pytest.mark.parametrize(("sentence", "year"), [
    ("Worth noting: the trip came two months into the second Trump administration.", "2025"),
    ("The exchange is the first of Trump's second term, officials said.", "2025"),
    ("Officials said the delegation met online because of COVID-19 restrictions.", "2020"),
])
def test_a_name_of_an_era_is_a_floor_for_a_page_dated_only_by_its_facts(sentence, year):
    text = ("Posted Monday\n\nA US Army team spent three days in Vietnam last week.\n\nThe first U.S. Navy ship to "
            "visit Vietnam after the war called at Ho Chi Minh City in November 2003, and Secretary Leon Panetta "
            "visited Cam Ranh Bay in June 2012.\n\n" + sentence + "\n")
    assert published(text)[0] >= year


def test_a_page_of_facts_without_a_name_of_an_era_keeps_its_latest_fact_guard():
    text = ("Posted Monday\n\nA US Army team spent three days in Vietnam last week.\n\nThe first U.S. Navy ship to "
            "visit Vietnam after the war called at Ho Chi Minh City in November 2003, and Secretary Leon Panetta "
            "visited Cam Ranh Bay in June 2012.\n\nThe trip came two months into the new year.\n")
    assert published(text)[0].startswith("2012")


@pytest.mark.parametrize(("opening", "day"), [
    ("In 2003, two events changed the tone of relations between the Pentagon and Hanoi.", "2003-11-10"),
    ("In the autumn of 2003, two events a week apart changed the tone of relations.", "2003-11-10"),
    ("In late 2003, the mood between the two militaries changed.", "2003-11-10"),
])
def test_a_day_that_opens_the_sentence_after_a_years_scene_is_of_that_year(opening, day):
    text = ("WASHINGTON, Jan. 5, 2010 - " + opening + " On November 10, Vietnamese Defense Minister Pham Van Tra "
            "visited the Pentagon.\n")
    assert _coded(text) == [("visit", day)]


@pytest.mark.parametrize("opening", [
    "Ties go back to 2003.",
    "The two militaries have talked since 2003, officials say.",
    "Relations, normalised in 1995, have grown.",
])
def test_a_year_told_inside_a_sentence_sets_no_scene_for_the_next_guard(opening):
    text = ("WASHINGTON, Dec. 5, 2009 - " + opening + " On November 10, Vietnamese Defense Minister Pham Van Tra "
            "visited the Pentagon.\n")
    assert ("visit", "2009-11-10") in _coded(text)


_FOOT_PARAGRAPHS = [
    "When people in New Delhi talk about Vietnam, the conversation drifts towards missiles and submarines. The more "
    "durable work happens lower down, between border guards and coast guards.",
    "From 18 to 22 November, a delegation of the Vietnam Border Guard Command, led by its deputy commander, was in "
    "Kolkata at the invitation of the Indian Coast Guard.",
    "The group held working talks at the regional headquarters on 19 November and watched a search-and-rescue drill "
    "in the Hooghly on 21 November.",
    "None of this comes out of nowhere. The two coast guards signed a memorandum of understanding in May 2015, and the "
    "partnership was raised in 2016.",
    "Still, the direction is clear. A return visit by an Indian team to Hai Phong is expected next year.",
]


@pytest.mark.parametrize("stamp", ["Filed: 27 November 2024", "Dated: 27 November 2024", "Issued: November 27, 2024"])
def test_a_labelled_stamp_among_the_foot_furniture_dates_the_page(stamp):
    text = ("ASHOKA LEDGER\nCommentary | Maritime Asia\n\nHome  >  Commentary  >  Southeast Asia\n\nBorder Guards, "
            "Not Battleships\n\nBy M. Raghavan, Senior Fellow\n\n" + "\n\n".join(_FOOT_PARAGRAPHS)
            + "\n\n—\nM. Raghavan is a Senior Fellow. Views are her own.\n\n" + stamp
            + "\n\nShare:  [X]  [LinkedIn]  [Email]  [Print]\n\nMORE FROM THE PROGRAMME\n• Why the Andaman Sea "
            "matters\n• Japan's patrol boat diplomacy\n• Reading China's new coast guard rules\n")
    assert published(text) == ("2024-11-27", "stated")


@pytest.mark.parametrize("sentence", [
    "Vietnam received US-built T-6 trainers in 2024.",
    "The Vietnamese navy received Indian-made patrol boats in 2024.",
    "The Vietnamese navy took in and received India-built patrol boats in 2024.",
])
def test_a_capitalised_compound_adjective_is_no_guest_received(sentence):
    text = "HANOI, Dec. 1, 2024 - The United States and India both help Vietnam. " + sentence + "\n"
    assert not any(t == "talks" for t, _d in _coded(text))


def test_a_guest_named_after_received_is_still_met_guard():
    text = "HANOI, Dec. 1, 2024 - Prime Minister Chinh received US Ambassador Marc Knapper on Friday.\n"
    assert ("talks", "2024-11-29") in _coded(text)


@pytest.mark.parametrize("sentence", [
    "Vietnam is also due to receive a US delegation on Monday.",
    "The Indian frigate is now due to call at Cam Ranh on Monday.",
    "The Indian defence minister is also due to visit Hanoi on Monday.",
])
def test_a_plan_due_with_a_word_between_is_no_happening(sentence):
    text = "HANOI, Friday, Nov. 29, 2024 - Vietnam, India and the United States are partners. " + sentence + "\n"
    assert _coded(text) == []


@pytest.mark.parametrize("sentence", [
    "Vietnam is also due to receive US-built T-6 trainers, with deliveries not expected before 2026.",
    "A US Navy ship visit to Cam Ranh is not expected before 2026.",
    "Joint exercises between the two coast guards are not expected before 2026.",
])
def test_a_plans_deadline_does_not_date_the_page(sentence):
    text = ("Posted Tuesday\n\nThe US Embassy on Monday handed over a language laboratory to the Vietnamese air "
            "force. A virtual call between the two air staffs was held in March 2022.\n\n" + sentence + "\n")
    assert published(text)[0] == "2022-03"


@pytest.mark.parametrize(("menu", "stamp", "day"), [
    ("Provincial news in English | Trang chu | Thoi su | Bien gioi | Kinh te", "12.10.2011", "2011-10-12"),
    ("TRANG CHU | QUOC PHONG | XA HOI", "05.03.2014", "2014-03-05"),
    ("English | Thoi su | Du lich | Van hoa", "09/11/2019", "2019-11-09"),
])
def test_a_vietnamese_sites_menu_without_tones_tells_its_stamps_are_day_first(menu, stamp, day):
    text = ("LANG SON MORNING COURIER\n" + menu + "\n\n" + stamp + "\n\nUS and Vietnamese teams "
            "search a hillside\n\nLANG SON - A joint team of American and Vietnamese specialists began excavating a "
            "hillside this week. The team leader called on the provincial vice chairman.\n")
    assert published(text) == (day, "stated")


def test_a_dotted_stamp_over_the_days_it_reports_keeps_the_reading_they_tell_guard():
    text = ("PACIFIC DEFENSE NOTES\n\n10.04.2016\n\nUS ships in Cam Ranh\n\nCAM RANH - Two US Navy ships arrived in "
            "Cam Ranh on Oct. 2 for a port visit, the first since the port opened.\n")
    assert published(text)[0] == "2016-10-04"


@pytest.mark.parametrize("plan", [
    "The Lang Son phase is scheduled to run until December 4.",
    "The team is expected to finish the dig on December 4.",
    "A second team is due to arrive on December 4.",
])
def test_a_plans_day_does_not_choose_the_reading_of_a_stamp_in_figures(plan):
    text = ("LANG SON MORNING COURIER\nProvincial news | Home | Border\n\n12/10/2011\n\nUS and Vietnamese teams "
            "search a hillside\n\nLANG SON - A joint team of American and Vietnamese specialists began excavating a "
            "hillside in Cao Loc district this week. " + plan + "\n")
    assert published(text)[0] != "2011-12-10"


@pytest.mark.parametrize(("issue", "month"), [
    ("Issue 3/2025 (July–September)", "2025-07"),
    ("Issue 2/2023 (Apr.-Jun.)", "2023-04"),
    ("Issue 1/2019 (January to March)", "2019-01"),
])
def test_a_quarterlys_numbered_issue_with_its_months_dates_the_page(issue, month):
    text = ("MEKONG QUARTERLY DEFENCE\n" + issue + "\n\nSection: Partnerships in Practice\n\nTHE ATTACHE'S DESK: HOW "
            "INDIA AND VIETNAM RUN A DEFENCE PARTNERSHIP\n\nBy Lakshmi Raghunathan\n\nFrom 14 to 16 July, the "
            "Indian Navy and the Vietnam People's Navy held staff talks in Hanoi. In March 2000, India's Defence "
            "Minister visited Hanoi.\n")
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("stamp", "day"), [
    ("12.10.2011", "2011-10-12"),
    ("Posted 05.03.2014", "2014-03-05"),
    ("Date: 09.11.2019", "2019-11-09"),
])
def test_a_stamp_in_figures_with_full_stops_is_read_day_first_when_nothing_else_tells(stamp, day):
    text = ("HIGHLAND NOTES\nNews | Opinion | Border\n\n" + stamp + "\n\nUS and Vietnamese teams search a hillside\n\n"
            "A joint team of American and Vietnamese specialists began excavating a hillside in Lang Son this week. "
            "The team leader called on the provincial vice chairman.\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("foot", "day"), [
    ("Jade River Security Brief is published every two weeks. This issue went out on April 4, 2022.", "2022-04-04"),
    ("This newsletter was sent out on 4 April 2022.", "2022-04-04"),
    ("The bulletin was mailed on April 4, 2022, to subscribers.", "2022-04-04"),
])
def test_a_newsletters_note_of_the_day_it_went_out_dates_the_page(foot, day):
    text = ("JADE RIVER SECURITY BRIEF\nA newsletter on Vietnam's defense\n\nIssue #41\n\nUS and Vietnamese doctors "
            "link up online\n\nOn March 15, the U.S. Defense Attaché Office in Hanoi delivered ventilators to Military "
            "Hospital 108. The Vietnamese Coast Guard took delivery of a cutter in 2021.\n\n—\n" + foot
            + "\n\nForward to a colleague | Unsubscribe | Archive\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("issue", "day"), [
    ("Issue for the week of 14-20 August 2023", "2023-08-14"),
    ("Edition for the week of 6-12 March 2022", "2022-03-06"),
    ("Issue for the week of 3-9 July 2017", "2017-07-03"),
])
def test_an_issue_for_the_week_of_its_days_dates_the_page(issue, day):
    text = ("ABHIYAN STRATEGIC WEEKLY\nDefence | Diplomacy\n" + issue + "\n\nIndian Army medics in Ho Chi Minh City\n\n"
            "A team of Indian Army doctors worked alongside Vietnamese counterparts at Military Hospital 175. The two "
            "countries raised ties in 2016.\n")
    assert published(text)[0] == day


@pytest.mark.parametrize(("line", "month"), [("No. 7/2023", "2023-07"), ("No. 11/2019", "2019-11"),
                                            ("No. 3/2021", "2021-03")])
def test_a_numbered_issue_of_its_year_alone_on_a_line_dates_the_page(line, month):
    text = ("ILMENAU ASIA LETTER\nFortnightly notes on security\n" + line + "\n\n---\n\nIndia trains Vietnamese "
            "submariners\n\nIn 2013 a first group of Vietnamese officers began a programme at INS Satavahana. On 8 "
            "March the two navies held virtual staff talks.\n")
    assert published(text) == (month, "stated")


def test_a_decrees_number_is_no_issue_guard():
    text = ("HANOI LEGAL NEWS\nNo. 12/2023/ND-CP\n\nA decree on defence industry\n\nThe government issued a decree "
            "on the defence industry in May 2016, officials said.\n")
    assert not published(text)[0].startswith("2023")


@pytest.mark.parametrize("label", ["Released", "Aired", "Broadcast"])
def test_a_podcasts_release_month_in_a_cell_dates_the_page(label):
    text = ("ONWARD: THE INDO-PACIFIC PODCAST\nEpisode 142 — Clearing the Ground\nTranscript | " + label
            + " April 2025 | Runtime 31:12\n\nHOST: Welcome back. On March 12, a US official handed over detectors to "
            "the Vietnam National Mine Action Centre. In 2013 the two countries set up a partnership.\n")
    assert published(text) == ("2025-04", "stated")


@pytest.mark.parametrize("sentence", [
    "INS Sagar Deep and INS Kalpataru were at Cam Ranh from 11 to 14 March with 180 officer trainees.",
    "The two Indian ships were at Da Nang between 3 and 6 March.",
    "The Indian delegation was at Nha Trang from 4 to 7 March, officials said.",
])
def test_ships_or_visitors_at_a_place_from_one_day_to_another_made_a_visit(sentence):
    text = "HANOI, 23 March 2022 (VNA) - Vietnam and India are partners. " + sentence + "\n"
    assert [t for t, _d in _coded(text)] == ["visit"]


@pytest.mark.parametrize(("head", "day"), [
    ("SINGAPORE, June 21 (VAW) - Indian navy ship calls at Cam Ranh, exercises with Vietnamese frigate", "2024-06-21"),
    ("HANOI, Oct. 3 (Reuters) - U.S. cutter arrives in Vietnam for search-and-rescue drill", "2024-10-03"),
    ("NEW DELHI, March 9 (IANS) - Vietnamese army engineers begin demining course in Pune", "2024-03-09"),
])
def test_a_wire_dateline_set_as_the_headline_dates_the_story(head, day):
    text = ("VERBENA ASIA WIRE\n\n" + head + "\n\nBy Marcus Tan\n\nThe Indian and Vietnamese navies, whose ties were "
            "raised in 2016, held talks on Thursday.\n\n(c) Verbena Asia Wire 2024. All rights reserved.\n")
    assert published(text)[0] == day


@pytest.mark.parametrize("foot", [
    "Mangrove Defence Quarterly, Canberra. Posted 12 April 2023.",
    "Written by our staff, Hanoi. Published 12 April 2023.",
    "Kobe Strategic Letter, Kobe. Issued on 12 April 2023.",
])
def test_a_labelled_stamp_after_the_owners_line_at_the_foot_dates_the_page(foot):
    text = ("MANGROVE DEFENCE QUARTERLY\nHome  |  Briefings  |  Subscribe\n\nVietnamese submariners finish a course\n\n"
            "By E. Whitcombe\n\nVietnamese submarine crews finished a course at INS Satavahana on 31 March. The two "
            "navies signed a memorandum in 2009.\n\nRelated briefings\n- Japan's coast guard in Southeast Asia\n- "
            "Counting hulls: ASEAN navies in 2023\n\nShare: Email | LinkedIn | X\n\n" + foot + "\n")
    assert published(text) == ("2023-04-12", "stated")


@pytest.mark.parametrize(("sentence", "span"), [
    ("The course, conducted by four Indian instructors, ran from January 8 to April 19.", ("2024-01-08", "2024-04-19")),
    ("The programme, which took place from September 23 to 26, was organised by the two navies.",
     ("2024-09-23", "2024-09-26")),
    ("The exchange, led by Colonel Dana Whitfield of the US Army, ran from 19 to 23 August.",
     ("2024-08-19", "2024-08-23")),
])
def test_a_course_named_again_past_a_clause_set_off_by_commas_keeps_its_days(sentence, span):
    text = ("HANOI, Nov. 20, 2024 - Vietnamese officers completed a course with Indian and US instructors this "
            "year. " + sentence + "\n")
    got = [(e.date.iso_start(), e.date.end.isoformat()) for e in merge_events_grouped(list(article(text).events))
           if e.type == "exercise"]
    assert got == [span]


def test_a_programme_of_years_is_no_course_guard():
    text = ("HANOI, Nov. 20, 2024 - India and Vietnam are partners. The programme, he said, aims to modernise the "
            "fleet from 2020 to 2030.\n")
    assert not any(e.type == "exercise" for e in article(text).events)


@pytest.mark.parametrize(("lead", "sentence", "told"), [
    ("Washington and Hanoi held a session of their annual defense policy dialogue by videoconference this week.",
     "The dialogue, held on Wednesday, covered war legacies.", ("dialogue", "2024-08-07")),
    ("The US handed over two patrol boats to Vietnam's coast guard this week at a ceremony.",
     "The ceremony, held in Da Nang on Tuesday, was attended by the US consul.", ("ceremony", "2024-08-06")),
    ("US and Vietnamese crews held a search and rescue drill at Da Nang this week.",
     "The drill, held Thursday, involved two US helicopters.", ("exercise", "2024-08-08")),
])
def test_a_happening_named_again_with_its_held_clause_on_a_weekday_takes_that_day(lead, sentence, told):
    text = "HANOI, Friday, Aug. 9, 2024 - " + lead + " " + sentence + "\n"
    assert sorted((e.type, e.date.iso_start()) for e in merge_events_grouped(list(article(text).events))) == [told]


@pytest.mark.parametrize("cell", ["Dispatched 2025-08-22", "Dispatched 2025.08.22", "Dispatched 2025-08-22 09:30 ICT"])
def test_a_newsletters_dispatched_stamp_in_a_cell_dates_the_page(cell):
    text = ("KINGFISHER AIR POWER DIGEST\nA newsletter on air forces of the Indo-Pacific\nEdition 2025-34 | " + cell
            + "\n\nITEM 1 — VIETNAM / UNITED STATES\n\nUS team wraps up aviation English course\n\nA US Air Force team "
            "completed an aviation English course at the Air Force Officers' College in Nha Trang on Tuesday. The "
            "two countries raised ties in 2023.\n")
    assert published(text) == ("2025-08-22", "stated")


@pytest.mark.parametrize(("line", "year"), [("Spring 2025 issue", "2025"), ("Winter 2019 Edition", "2019"),
                                           ("Autumn 2012 issue", "2012")])
def test_a_seasons_issue_named_so_dates_the_page_by_its_year(line, year):
    text = ("QUANTICO LANGUAGE REVIEW\nNewsletter of the Marine Corps language community\n\n" + line + "\n\nFROM THE "
            "FIELD: ENGLISH CLASSROOMS IN HANOI\n\nBy Staff Sgt. Jordan Whitfield\n\nA US Marine Corps team wrapped up "
            "an English course at the Army Foreign Language School in Hanoi on Feb. 28. The course opened Jan. 6 with "
            "24 Vietnamese officers.\n")
    assert published(text) == (year, "stated")


@pytest.mark.parametrize(("text", "talks"), [
    ("HANOI, June 5, 2012 - On Sunday, US Defense Secretary Leon Panetta visited Cam Ranh Bay. The next day, Monday, "
     "Panetta was in Hanoi for talks with Defence Minister General Phung Quang Thanh.\n", "2012-06-04"),
    ("HANOI, June 5, 2012 - US Defense Secretary Leon Panetta arrived in Cam Ranh on Sunday. On Monday he was in "
     "Hanoi for talks with Vietnamese Defence Minister Phung Quang Thanh.\n", "2012-06-04"),
    ("NEW DELHI, Nov. 27, 2009 - Vietnamese Defence Minister Phung Quang Thanh arrived in Mumbai on Monday. On "
     "Wednesday Thanh was in New Delhi for talks with Defence Minister A.K. Antony.\n", "2009-11-25"),
])
def test_a_stop_of_a_visit_told_before_by_was_in_for_talks_is_the_talks(text, talks):
    coded = _coded(text)
    assert ("talks", talks) in coded and ("visit", talks) not in coded


def test_was_in_for_talks_with_no_visit_told_before_is_a_visit_guard():
    text = ("HANOI, June 5, 2012 - US Defense Secretary Leon Panetta was in Hanoi on Monday for talks with Vietnamese "
            "Defence Minister General Phung Quang Thanh.\n")
    assert _coded(text) == [("visit", "2012-06-04")]


@pytest.mark.parametrize(("sentence", "span"), [
    ("During their stay between 17 and 21 February, they worked at Hospital 108.", ("2025-02-17", "2025-02-21")),
    ("Throughout its stay from 17 to 21 February, the team trained Vietnamese divers.", ("2025-02-17", "2025-02-21")),
    ("During its stay from 3 to 6 February, the ship's crew played football with Vietnamese sailors.",
     ("2025-02-03", "2025-02-06")),
])
def test_a_visit_named_by_its_stay_with_its_days(sentence, span):
    text = "HANOI, 24 February 2025 (VNA) - An Indian team came to Vietnam this month. " + sentence + "\n"
    got = [(e.date.iso_start(), e.date.end.isoformat()) for e in merge_events_grouped(list(article(text).events))
           if e.type == "visit"]
    assert got == [span]
