"""Round 51 of the generalisation loop (batches 690-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(type, first day, last day) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), e.date.end.isoformat()) for e in article(text).events)


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, first day) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "event"), [
    ("NEW DELHI, Feb. 15, 2025 - A Vietnam Coast Guard delegation attended the third India-Vietnam Maritime Search "
     "and Rescue Coordination Meeting on Tuesday.\n", ("dialogue", "2025-02-11")),
    ("HANOI, May 2, 2018 - The fifth India-Vietnam border liaison meeting opened on Monday in Lao Cai.\n",
     ("dialogue", "2018-04-30")),
    ("HANOI, May 2, 2018 - Indian and Vietnamese officers held the 12th annual defence cooperation meeting in "
     "Hanoi on Monday.\n", ("dialogue", "2018-04-30")),
    ("HANOI, Oct. 9, 2023 - Vietnam and the United States held the second Vietnam-U.S. Defense Steering Meeting "
     "at the Ministry of National Defence on Friday.\n", ("dialogue", "2023-10-06")),
])
def test_a_numbered_meeting_named_by_its_work_is_a_dialogue(text, event):
    assert event in _coded(text)


def test_guard_a_first_meeting_named_by_how_it_was_held_stays_talks():
    text = ("HANOI, May 2, 2018 - Defence Minister Nirmala Sitharaman and General Ngo Xuan Lich held their first "
            "face-to-face meeting in Hanoi on Monday.\n")
    assert ("talks", "2018-04-30") in _coded(text)
    assert not any(t == "dialogue" for t, _d in _coded(text))


@pytest.mark.parametrize(("text", "event"), [
    ("HANOI, May 2, 2018 - The fifth India-Vietnam border liaison meeting opened on Monday in Lao Cai. The first "
     "such meeting, in 2012, was held in Hanoi.\n", ("dialogue", "2012")),
    ("HANOI, May 2, 2018 - The fifth India-Vietnam border liaison meeting opened on Monday in Lao Cai. The "
     "second, delayed by floods, was held in Hue in October 2014.\n", ("dialogue", "2014-10")),
    ("HANOI, May 2, 2018 - Indian and Vietnamese soldiers began VINBAX 2018 in Hanoi on Monday. The first such "
     "exercise, in 2016, was staged in Jabalpur.\n", ("exercise", "2016")),
    ("NEW DELHI, Feb. 15, 2025 - A Vietnam Coast Guard delegation attended the third India-Vietnam Maritime "
     "Search and Rescue Coordination Meeting on Tuesday. The second, squeezed by Covid, was a video call in "
     "November 2021.\n", ("dialogue", "2021-11")),
    ("HANOI, May 2, 2021 - Deputy Defence Minister Nguyen Chi Vinh and Defence Secretary Ajay Kumar held the "
     "12th India-Vietnam Security Dialogue in Hanoi on Monday. The 11th, delayed by the pandemic, was a virtual "
     "meeting in June 2020.\n", ("dialogue", "2020-06")),
])
def test_an_earlier_session_named_by_its_place_in_the_series_is_of_the_series(text, event):
    assert event in _coded(text)


def test_guard_a_first_such_happening_with_no_series_told_is_not_coded():
    text = "HANOI, May 2, 2018 - Officials said the first such meeting, in 2012, was held in Hanoi.\n"
    assert _coded(text) == []


@pytest.mark.parametrize("text", [
    "HANOI, Dec. 23, 2020 - Prime Minister Narendra Modi and Prime Minister Nguyen Xuan Phuc held a virtual summit "
    "on Monday, the first such meeting between the two since the pandemic.\n",
    "HANOI, June 5, 2019 - Admiral Karambir Singh met General Ngo Xuan Lich in Hanoi on Tuesday. The talks were "
    "the first such meeting of the two commanders.\n",
    "HANOI, June 5, 2019 - Vietnamese and Indian warships held a passage exercise off Cam Ranh on Tuesday, the "
    "second such exercise this year.\n",
])
def test_guard_the_first_such_happening_said_of_one_told_is_no_other(text):
    assert len(_coded(text)) == 1


@pytest.mark.parametrize("text", [
    "PHAN RANG, 28/4/2025 - An Indian Air Force team has completed a course for Vietnamese pilots. The course ran "
    "from 7 to 25 April, under a plan agreed between the two air forces last year.\n",
    "HANOI, 28/4/2025 - An Indian Navy team ran a diving course at Cam Ranh from 3 to 14 March, as part of a "
    "programme approved by both ministries in 2023.\n",
    "HANOI, 28/4/2025 - Indian engineers ran a demining course for Vietnamese sappers from 3 to 14 March, under an "
    "agreement reached between the two armies last year.\n",
])
def test_a_date_of_the_plan_a_happening_followed_is_not_the_happening_s(text):
    coded = _coded(text)
    assert len(coded) == 1 and coded[0][1].startswith("2025-0")


@pytest.mark.parametrize("text", [
    "NEW DELHI, Sept. 2, 2021 - Everyone talks about India and Vietnam at sea, so today we look at the border "
    "guards.\n",
    "HANOI, Sept. 2, 2021 - He talks about India and Vietnam at sea in this week's episode.\n",
    "HANOI, Sept. 2, 2021 - On Monday, nobody talks about the United States and Vietnam at sea.\n",
])
def test_talks_after_a_singular_subject_is_the_verb(text):
    assert _coded(text) == []


@pytest.mark.parametrize(("text", "day"), [
    ("TYLER EVENING NEWS\nSunday, Nov. 20\n\nLINDALE -- A pilot lost over Vietnam in 1967 is coming home. A joint "
     "U.S.-Vietnamese team dug at the crash site, which villagers had pointed out during a 2019 survey. The two "
     "countries normalized relations in July 1995.\n", "2022-11-20"),
    ("PACIFIC NOTES\nThursday, May 12\n\nHONOLULU -- U.S. Army medics met Vietnamese doctors at the 2018 exercise "
     "in Hue, and they met again this week. The two countries normalized relations in July 1995.\n", "2022-05-12"),
    ("DELHI DIARY\nTuesday, March 14\n\nNEW DELHI -- Indian officers who first met their Vietnamese counterparts "
     "after the 2019 dialogue hosted them again this week. The two countries set up diplomatic relations in "
     "January 1972.\n", "2023-03-14"),
])
def test_a_weekday_dateline_is_not_before_a_year_named_for_a_past_happening(text, day):
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize(("text", "event"), [
    ("GUAM, Nov. 9, 2023 - The training followed a virtual planning call on Oct. 12 between U.S. Coast Guard Sector "
     "Guam and the Vietnam Coast Guard's Region 3 command.\n", ("talks", "2023-10-12")),
    ("HANOI, March 9, 2022 - Indian and Vietnamese naval officers held an online coordination call on Monday to "
     "prepare the port visit.\n", ("talks", "2022-03-07")),
    ("NEW DELHI, May 20, 2024 - The course was agreed in a planning call on May 2 between the Indian Navy and the "
     "Vietnam People's Navy.\n", ("talks", "2024-05-02")),
])
def test_a_call_named_by_its_purpose_is_a_meeting(text, event):
    assert event in _coded(text)


def _actors(text: str) -> set[tuple[str, str]]:
    """(actor_id, country) of each person the kit finds in a small article."""
    return {(a.actor_id, a.country) for a in article(text).actors if a.kind == "person"}


@pytest.mark.parametrize(("text", "actor"), [
    ("NEW DELHI, May 13, 2024 - Major General Do Van Khanh, Director of the Foreign Relations Department of "
     "Vietnam's Ministry of National Defence, held talks with Indian officials on Monday.\n", ("do-van-khanh", "VNM")),
    ("HANOI, May 13, 2024 - Senior Colonel To Van Hung met Indian Rear Admiral Sunil Mehra on Monday.\n",
     ("to-van-hung", "VNM")),
    ("HANOI, May 13, 2024 - Lieutenant General Do Xuan Tung received Indian Rear Admiral Sunil Mehra on Monday.\n",
     ("do-xuan-tung", "VNM")),
])
def test_a_vietnamese_family_name_that_is_an_english_word_opens_a_name(text, actor):
    assert actor in _actors(text)


def test_guard_a_question_opened_by_do_is_no_name():
    text = ("HANOI, May 13, 2024 - Do Indian and Vietnamese Officers Meet Often? General Phan Van Giang met Defence "
            "Minister Rajnath Singh on Monday.\n")
    assert not any(a.startswith("do-") for a, _c in _actors(text))


@pytest.mark.parametrize(("text", "actor"), [
    ("NEW DELHI, May 13, 2024 - India and Vietnam reviewed training. Major General Do Van Khanh of Vietnam called on "
     "Vice Admiral Sunil Mehra, Deputy Chief of Integrated Defence Staff, on Wednesday.\n", ("sunil-mehra", "IND")),
    ("HANOI, Oct. 3, 2023 - The United States and Vietnam held talks. The delegation then called on Rear Admiral "
     "Karen Holt, Director of Strategy and Policy, on Tuesday.\n", ("karen-holt", "USA")),
    ("NEW DELHI, Feb. 2, 2022 - India and Vietnam held staff talks. Senior Colonel Pham Van Dung met Brigadier "
     "Arun Sethi, head of the Military Cooperation Directorate, on Monday.\n", ("arun-sethi", "IND")),
])
def test_a_ranked_officer_whose_sentence_names_no_country_is_of_the_one_partner_the_article_names(text, actor):
    assert actor in _actors(text)


def test_guard_no_partner_for_an_officer_when_the_article_names_two():
    text = ("WELLINGTON, March 14: A delegation of the Vietnam People's Army led by Lieutenant General Tran Quoc Hieu "
            "spent two days at the Defence Services Staff College, calling on the Commandant, Lieutenant General "
            "Arvind Mehra, and addressing student officers of the current course. Vietnam fought China, France and "
            "the United States, and studies India's campaigns.\n")
    assert not any(a == "arvind-mehra" and c not in ("", "IND") for a, c in _actors(text))


@pytest.mark.parametrize(("text", "event"), [
    ("SON LA, 12/10/2022 - The Son La provincial People's Committee on Tuesday received the leader of a US "
     "recovery team and thanked the team for its work.\n", ("talks", "2022-10-11")),
    ("HANOI, May 13, 2024 - General Phan Van Giang received the head of the Indian naval delegation on Monday.\n",
     ("talks", "2024-05-13")),
    ("CAN THO, April 17, 2024 - On Monday, the US team and the hospital's leadership were received by Major General "
     "Tran Huu Nghia, Deputy Commander of Military Region 9.\n", ("talks", "2024-04-15")),
    ("HANOI, March 20, 2023 - The visiting Indian instructors were received by Senior Colonel Le Van Hai on "
     "Monday.\n", ("talks", "2023-03-20")),
])
def test_a_host_who_receives_a_team_s_leader_or_its_people_meets_them(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize("text", [
    "HANOI, Sept. 5, 2024 - The boats, funded under Foreign Military Financing, were received by Major General Tran "
    "Van Nam, Deputy Commander of the Vietnam Coast Guard, on Wednesday.\n",
    "HANOI, Sept. 5, 2024 - The two patrol boats from the United States were officially received by General Tran "
    "Van Nam of the Vietnam Coast Guard on Wednesday.\n",
    "HANOI, Sept. 5, 2024 - The ministry received the Indian minister's letter on Monday, and General Phan Van "
    "Giang replied.\n",
])
def test_guard_things_received_are_no_meeting(text):
    assert not any(t == "talks" for t, _d in _coded(text))


@pytest.mark.parametrize(("text", "event"), [
    ("WASHINGTON, March 19, 2021 - On Tuesday, March 16, Col. Michael Dunn, the U.S. Defense Attache in Hanoi, and "
     "Maj. Gen. Le Quang Dao of Vietnam held a video call.\n", ("talks", "2021-03-16")),
    ("WASHINGTON, Oct. 5, 2019 - On Wednesday, Oct. 2, U.S. Rear Adm. John Smith, the head of the team, and Senior "
     "Col. Tran Van Binh of Vietnam held a videoconference.\n", ("talks", "2019-10-02")),
    ("HANOI, May 6, 2023 - On Thursday, May 4, Colonel Arun Sethi, India's defence attache, and Major General Tran "
     "Van Binh held talks in Hanoi.\n", ("talks", "2023-05-04")),
])
def test_a_weekday_and_its_date_opening_the_sentence_date_a_subject_of_two_set_off_by_commas(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    ("NHA TRANG, April 24, 2025 - On April 21, the American delegation paid a courtesy visit to Vice Chairman of the "
     "Khanh Hoa Provincial People's Committee Tran Van Son.\n", ("talks", "2025-04-21")),
    ("HANOI, June 3, 2022 - The Indian delegation paid a courtesy visit to General Phan Van Giang on Thursday.\n",
     ("talks", "2022-06-02")),
    ("NEW DELHI, Aug. 12, 2023 - Ambassador Nguyen Thanh Hai of Vietnam paid a farewell visit to Defence Minister "
     "Rajnath Singh on Friday.\n", ("talks", "2023-08-11")),
])
def test_a_courtesy_visit_paid_to_a_person_is_a_meeting(text, event):
    assert event in _coded(text)
    assert not any(t == "visit" for t, _d in _coded(text))


def test_guard_a_courtesy_visit_to_a_country_stays_a_visit():
    text = "HANOI, May 20, 2019 - INS Sahyadri paid a courtesy visit to Vietnam from May 14 to 17.\n"
    assert any(t == "visit" for t, _d in _coded(text))


@pytest.mark.parametrize(("text", "event"), [
    ("CAM RANH - The U.S. destroyer arrived Monday, April 7, and left Friday, April 11. Its captain paid a courtesy "
     "call Monday afternoon on Rear Adm. Nguyen Huu Phuc of Vietnam's navy. The United States and Vietnam raised "
     "their ties in September 2023.\n", ("talks", "2025-04-07")),
    ("DA NANG - INS Sahyadri reached Da Nang on Sunday, June 9, and sailed on Thursday, June 13. Its commanding "
     "officer called on Rear Admiral Tran Thanh Nghiem of Vietnam's navy on Sunday evening. India and Vietnam "
     "raised their ties in September 2016.\n", ("talks", "2019-06-09")),
    ("WASHINGTON - The Vietnamese delegation landed on Tuesday, Oct. 3, and flew home on Saturday, Oct. 7. Senior "
     "Colonel Tran Van Binh of Vietnam met U.S. officials at the Pentagon on Tuesday. The two countries raised "
     "their ties in July 2013.\n", ("talks", "2017-10-03")),
])
def test_a_weekday_after_days_told_with_their_weekdays_is_the_one_told(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    ("CAM RANH - U.S. Navy divers held an exchange with Vietnamese divers. The diving exchange ran Tuesday through "
     "Thursday, April 8-10. Vietnam opened Cam Ranh to foreign navies in March 2016.\n", ("exercise", "2025-04-08")),
    ("HANOI - Indian Army engineers ran a demining course for Vietnamese sappers. The course ran Monday to Friday "
     "(June 10-14). India and Vietnam raised their ties in September 2016.\n", ("exercise", "2019-06-10")),
    ("HONOLULU - A U.S. Coast Guard team held a search and rescue exercise with Vietnam's coast guard Wednesday "
     "through Friday, Oct. 4-6. The two countries raised their ties in July 2013.\n", ("exercise", "2017-10-04")),
])
def test_a_span_told_with_its_weekdays_takes_the_year_they_fit(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    ("HANOI, Aug. 26, 2022 - In June, Vietnamese doctors attended planning meetings at Pearl Harbor, and in March, "
     "the U.S. Defense Threat Reduction Agency handed over laboratory equipment to the Military Institute of "
     "Preventive Medicine in Hanoi, at a ceremony led by Dr. Lorraine Keefe.\n", ("ceremony", "2022-03")),
    ("NHA TRANG, Sept. 20, 2023 - In May, a Vietnamese navy team held talks with Indian officers in Kochi, and in "
     "September, the Indian Navy handed over a simulator to Vietnam's Naval Academy, at a ceremony attended by the "
     "Indian ambassador.\n", ("ceremony", "2023-09")),
    ("HANOI, May 20, 2021 - In January, U.S. and Vietnamese officers held a video call, and in April, the U.S. "
     "embassy handed over ten ventilators to Vietnam's Military Hospital 175, during a brief ceremony in Ho Chi Minh "
     "City.\n", ("ceremony", "2021-04")),
])
def test_the_ceremony_a_handover_was_made_at_is_on_the_handover_s_day(text, event):
    assert {c for c in _coded(text) if c[0] == "ceremony"} == {event}


@pytest.mark.parametrize(("text", "day"), [
    ("PUNE, December 3 - Indian Army engineers trained Vietnamese sappers. India and Vietnam established diplomatic "
     "relations in 1972 and last year celebrated fifty years of those ties.\n", "2023-12-03"),
    ("HONOLULU, July 14 - A U.S. team trained Vietnamese medics. The United States and Vietnam normalized relations "
     "in 1995 and this year mark thirty years of those ties.\n", "2025-07-14"),
    ("HANOI, Oct. 2 - Indian ships called at Da Nang. India and Vietnam set up a strategic partnership in 2007 and "
     "last year celebrated ten years of it.\n", "2018-10-02"),
])
def test_years_celebrated_of_a_beginning_told_before_them_date_a_year_less_dateline(text, day):
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize(("text", "year"), [
    ("HOLLISTER NOTES\n\nHANOI - The U.S. Embassy handed over 40 metal detectors to Quang Tri province. Three years after "
     "Panetta's visit, on June 1, 2015, Ash Carter and Gen. Phung Quang Thanh signed a Joint Vision Statement in "
     "Hanoi.\n\n\u00a9 2022 Hollister Notes\n", "2022"),
    ("DECCAN LETTER\n\nNEW DELHI - Indian Army engineers trained Vietnamese sappers in Pune. In November 2009, Gen. "
     "Phung Quang Thanh visited New Delhi and signed a memorandum.\n\n\u00a9 2023 Deccan Letter\n", "2023"),
    ("PACIFIC LEDGER\n\nHONOLULU - U.S. Coast Guard instructors trained Vietnamese officers in Hai Phong. In October "
     "2010, Sen. Lt. Gen. Nguyen Chi Vinh met U.S. officials in Hanoi.\n\n\u00a9 2024 Pacific Ledger\n", "2024"),
])
def test_a_copyright_year_holds_over_an_official_dated_in_his_own_sentence_after_a_title(text, year):
    assert published(text)[0].startswith(year)


@pytest.mark.parametrize(("text", "year"), [
    ("VETERANS GAZETTE\n\nQUANG BINH - A joint U.S.-Vietnamese team recovered possible remains of a missing airman. "
     "Joint field work began in 1988, years before President Bill Clinton announced the normalization of relations "
     "on July 11, 1995. This year marks the 30th anniversary of that announcement.\n", "2025"),
    ("DELHI NOTES\n\nNEW DELHI - Vietnamese officers trained at the Indian Military Academy. India and Vietnam set up "
     "a strategic partnership in 2007 and raised it to a comprehensive strategic partnership in September 2016. "
     "This year marks the fifth anniversary of that upgrade.\n", "2021"),
    ("PACIFIC BRIEF\n\nWASHINGTON - U.S. and Vietnamese officers met at the Pentagon. Talks began in 2003, and "
     "President Barack Obama visited Hanoi in May 2016. This month marks the fifth anniversary of that visit.\n", "2021"),
])
def test_an_anniversary_of_that_happening_counts_from_the_last_date_of_the_sentence_before(text, year):
    assert published(text)[0].startswith(year)


@pytest.mark.parametrize(("text", "day"), [
    ("HICKAM, Aug. 12 - A U.S. Pacific Air Forces team wrapped up an exchange with Vietnam's air force, as the two "
     "countries mark 30 years since normalizing diplomatic relations. Vietnam has also deepened air force ties with "
     "India.\n", "2025-08-12"),
    ("PUNE, Nov. 3 - Indian Army doctors trained Vietnamese medics as India and Vietnam mark 50 years since "
     "establishing diplomatic relations. The United States also trains Vietnamese medics.\n", "2022-11-03"),
    ("HANOI, July 14 - U.S. Navy divers trained Vietnamese sailors this week, twenty years since the two countries "
     "normalized diplomatic relations.\n", "2015-07-14"),
])
def test_years_since_relations_began_date_a_year_less_dateline_by_the_partner_of_their_sentence(text, day):
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize(("text", "event"), [
    ("DONG HA, 15/11/2022 - Mr. Roper of the US State Department and Colonel Le Van Tuan, Commander of the Quang Tri "
     "Provincial Military Command, held a working session on Monday on cooperation.\n", ("talks", "2022-11-14")),
    ("HANOI, 12/3/2024 - Colonel Tran Van Hai of the Vietnam Border Guard held a working session with the Indian "
     "delegation on Monday.\n", ("talks", "2024-03-11")),
    ("NGHE AN, 20/4/2025 - At a working session with the visiting Indian defence attache on Friday, the provincial "
     "military command of Vietnam briefed him on search and rescue.\n", ("talks", "2025-04-18")),
])
def test_a_working_session_is_a_meeting(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    ("BHOPAL, March 24, 2023 - During the visit, the Indian team called on Major General Nguyen Hong Son, Director of "
     "the Military Medical Department of the Vietnam People's Army, on 8 March.\n", ("talks", "2023-03-08")),
    ("HANOI, Dec. 1, 2022 - During the visit, U.S. Admiral John Aquilino met Rear Admiral Tran Thanh Nghiem, deputy "
     "commander of Vietnam's navy, on Tuesday.\n", ("talks", "2022-11-29")),
    ("HANOI, June 10, 2022 - During his trip, Defence Minister Rajnath Singh called on General Phan Van Giang, his "
     "Vietnamese counterpart, on June 8.\n", ("talks", "2022-06-08")),
])
def test_a_call_during_a_visit_dated_after_its_host_s_apposition_is_a_meeting_of_its_own(text, event):
    assert event in _coded(text)


def test_guard_a_call_during_a_visit_with_no_day_of_its_own_is_the_visit_s():
    text = ("HANOI, June 10, 2022 - During the visit, Defence Minister Rajnath Singh called on General Phan Van Giang, "
            "who briefed him on the army.\n")
    assert not any(t == "talks" for t, _d in _coded(text))


@pytest.mark.parametrize(("text", "event"), [
    ("HANOI, 21/11/2023 - On November 10, 2003, General Pham Van Tra met Donald Rumsfeld at the Pentagon. The talks "
     "built on a trade agreement signed in 2001.\n\nNine days later, on November 19, the frigate USS Vandegrift "
     "berthed in Ho Chi Minh City.\n", ("visit", "2003-11-19")),
    ("NEW DELHI, 20 July 2025 - On 8 July 2021, Vietnamese officers held talks with Indian officials in New Delhi. "
     "The two navies had first exercised together in 2018. Four days later, on 12 July, INS Airavat called at Ho Chi "
     "Minh City.\n", ("visit", "2021-07-12")),
    ("WASHINGTON, Oct. 20, 2015 - On Sept. 19, 2011, Nguyen Chi Vinh and Robert Scher met in Washington. Their "
     "first dialogue had been held in 2010. Several days later, on Sept. 26, the USNS Safeguard called at Da Nang.\n",
     ("visit", "2011-09-26")),
])
def test_days_later_count_from_the_day_told_not_a_year_recalled_since(text, event):
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "day"), [
    ("HA TINH, 28/5 - A joint U.S.-Vietnamese team completed a dig on Sunday. Next year marks 30 years since the "
     "normalisation of Viet Nam-US relations.\n", "2024-05-28"),
    ("PUNE, 3/11 - Indian doctors trained Vietnamese medics on Monday. Next year marks 50 years since the "
     "establishment of India-Vietnam diplomatic relations.\n", "2021-11-03"),
    ("HONOLULU, Aug. 12 - U.S. airmen trained Vietnamese crews on Monday. Last year marked 25 years since the "
     "normalization of U.S.-Vietnam relations.\n", "2021-08-12"),
])
def test_next_or_last_year_marking_years_since_relations_of_the_two_named_in_one_word(text, day):
    assert published(text) == (day, "inferred")
