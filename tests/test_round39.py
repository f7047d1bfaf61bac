"""Round 39 of the generalisation loop (batches 386-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "coded"), [
    ("Hanoi Daily\nSunday, September 4, 2016\n\nIndian Prime Minister Narendra Modi arrived late on the 2nd and held "
     "talks with Prime Minister Nguyen Xuan Phuc on the 3rd.\n", [("summit", "2016-09-03"), ("visit", "2016-09-02")]),
    ("Delhi Courier\nSaturday, March 5, 2022\n\nVietnamese Defence Minister Phan Van Giang arrived early on Tuesday "
     "and held talks with Indian Defence Minister Rajnath Singh on Wednesday.\n",
     [("talks", "2022-03-02"), ("visit", "2022-03-01")]),
    ("Saigon Weekly\nFriday, June 10, 2022\n\nIndian Defence Minister Rajnath Singh arrived late Tuesday and met "
     "Vietnamese Defence Minister Phan Van Giang on Wednesday.\n", [("talks", "2022-06-08"), ("visit", "2022-06-07")]),
])
def test_an_arrival_told_with_its_time_of_day_and_no_place_is_a_visit(text, coded):
    assert _coded(text) == coded


@pytest.mark.parametrize(("text", "coded"), [
    ("Delhi Courier\nSaturday, March 5, 2022\n\nGeneral Phan Van Giang, who landed in the capital on the 1st, will "
     "leave on Sunday. He held talks with Indian Defence Minister Rajnath Singh on the 2nd.\n",
     [("talks", "2022-03-02"), ("visit", "2022-03-01")]),
    ("Hanoi Times\nWednesday, June 8, 2022\n\nMinister Rajnath Singh, who arrived in Hanoi on Monday, will also "
     "travel to Ho Chi Minh City. He met General Phan Van Giang on Tuesday.\n",
     [("talks", "2022-06-07"), ("visit", "2022-06-06")]),
    ("Hanoi Times\nWednesday, June 8, 2022\n\nRajnath Singh, who flew into Hanoi yesterday, is due to meet Prime "
     "Minister Pham Minh Chinh on Friday.\n", [("visit", "2022-06-07")]),
])
def test_a_past_arrival_in_a_who_clause_is_no_plan_of_the_main_clause(text, coded):
    assert _coded(text) == coded


@pytest.mark.parametrize("text", [
    "Hanoi Times\nWednesday, June 8, 2022\n\nIndian Defence Minister Rajnath Singh, who will arrive in Hanoi on "
    "Friday, is due to meet Prime Minister Pham Minh Chinh.\n",
    "Hanoi Times\nWednesday, June 8, 2022\n\nIndian Defence Minister Rajnath Singh, who arrives in Hanoi on Friday, "
    "will meet Prime Minister Pham Minh Chinh.\n",
    "Hanoi Times\nWednesday, June 8, 2022\n\nIndian Defence Minister Rajnath Singh, who is flying into Hanoi on "
    "Friday, will meet General Phan Van Giang.\n",
])
def test_an_arrival_to_come_in_a_who_clause_shares_the_main_clauses_plan(text):
    assert _coded(text) == []


@pytest.mark.parametrize(("text", "coded"), [
    ("Saigon Weekly\nFriday, June 10, 2022\n\nIndian Defence Minister Rajnath Singh held talks with General Phan Van "
     "Giang on the 8th and on the 9th also met Prime Minister Pham Minh Chinh.\n",
     [("talks", "2022-06-08"), ("talks", "2022-06-09")]),
    ("Hanoi Daily\nSunday, September 4, 2016\n\nPrime Minister Narendra Modi held talks with Prime Minister Nguyen "
     "Xuan Phuc on the 2nd. On the 3rd he called on General Secretary Nguyen Phu Trong.\n",
     [("summit", "2016-09-02"), ("summit", "2016-09-03")]),
    ("Hanoi Daily\nSunday, September 4, 2016\n\nIndian Defence Minister Manohar Parrikar arrived in Hanoi on the 1st, "
     "and on the 2nd he held talks with General Ngo Xuan Lich.\n",
     [("talks", "2016-09-02"), ("visit", "2016-09-01")]),
])
def test_a_day_of_the_month_before_an_adverb_or_a_subject_dates_its_clause(text, coded):
    assert _coded(text) == coded


@pytest.mark.parametrize(("text", "coded"), [
    ("HANOI, Sept. 11, 2023 (Wire) - On Sunday, President Joe Biden, arriving from the G20 summit in New Delhi, was "
     "received at the headquarters of the Communist Party of Vietnam by its General Secretary, Nguyen Phu Trong.\n",
     [("summit", "2023-09-10")]),
    ("HANOI, June 9, 2022 (Wire) - Indian Defence Minister Rajnath Singh was received at the Government Office in "
     "Hanoi by Prime Minister Pham Minh Chinh on Wednesday.\n", [("talks", "2022-06-08")]),
    ("HANOI, Sept. 11, 2023 (Wire) - Secretary of State Antony Blinken was received in the reception hall of the "
     "Presidential Palace by President Vo Van Thuong on Sunday.\n", [("talks", "2023-09-10")]),
])
def test_a_guest_received_at_a_hosts_building_by_the_host_met_him(text, coded):
    assert _coded(text) == coded


_HANOI = "Hanoi Daily\nSunday, September 4, 2016\n\n"


@pytest.mark.parametrize("text", [
    _HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Saturday. "
    "Mr Modi also met General Secretary Nguyen Phu Trong.\n",
    _HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Saturday. "
    "Prime Minister Modi also called on General Secretary Nguyen Phu Trong.\n",
    _HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Saturday. "
    "Modi also sat down with General Secretary Nguyen Phu Trong.\n",
])
def test_a_guest_who_also_met_another_host_in_the_same_paragraph_met_him_that_day(text):
    meetings = sorted((e.date.iso_start(), tuple(sorted(e.participants))) for e in article(text).events)
    assert meetings == [("2016-09-03", ("narendra-modi", "nguyen-phu-trong")),
                        ("2016-09-03", ("narendra-modi", "nguyen-xuan-phuc"))]


@pytest.mark.parametrize("text", [
    _HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Saturday. "
    "Later, Mr Modi paid a courtesy call on General Secretary Nguyen Phu Trong.\n",
    _HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Saturday. "
    "Afterwards, Mr Modi called on General Secretary Nguyen Phu Trong.\n",
    _HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on Saturday. "
    "Subsequently Modi was received by General Secretary Nguyen Phu Trong.\n",
])
def test_a_call_told_after_an_opening_later_is_the_next_meeting_of_that_day(text):
    assert _coded(text) == [("summit", "2016-09-03"), ("summit", "2016-09-03")]


def test_guard_later_that_week_is_a_date_of_its_own():
    text = (_HANOI + "Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on "
            "Saturday, August 27. Later that week, Mr Modi called on General Secretary Nguyen Phu Trong.\n")
    assert [d for _t, d in _coded(text)].count("2016-08-27") == 1


@pytest.mark.parametrize("text", [
    "Evening Post\nMonday, May 23, 2016\n\nPresident Barack Obama today lifted the arms embargo on Vietnam.\n\nSpeaking "
    "at a joint press conference with President Tran Dai Quang after talks at the Presidential Palace, Mr Obama said the "
    "ban was a relic.\n\nMr Obama also held talks with Prime Minister Nguyen Xuan Phuc during the day.\n",
    "Evening Post\nMonday, May 23, 2016\n\nPresident Barack Obama today ended the arms embargo on Vietnam.\n\nAfter "
    "talks with President Tran Dai Quang at the Presidential Palace, Mr Obama told reporters the ban was a relic.\n\n"
    "Mr Obama also met Prime Minister Nguyen Xuan Phuc during the day.\n",
    "Evening Post\nMonday, May 23, 2016\n\nPresident Barack Obama today lifted the arms embargo on Vietnam.\n\nAt a "
    "press conference with President Tran Dai Quang after talks in Hanoi, Mr Obama called the ban a relic.\n\n"
    "Mr Obama also held talks with General Secretary Nguyen Phu Trong during the day.\n",
])
def test_a_summit_in_the_lead_and_a_summit_with_other_hosts_that_day_are_two(text):
    assert [t for t, d in _coded(text) if d == "2016-05-23"] == ["summit", "summit"]


@pytest.mark.parametrize(("text", "day"), [
    ("Asia Newshour\nProgramme transcript - Thursday 25 January, 1900 SGT edition\n\nDefense Secretary Jim Mattis held "
     "talks in Hanoi today with Defence Minister Ngo Xuan Lich.\n", "2018-01-25"),
    ("Delhi Radio\nBulletin of Wednesday 8 June, 2030 hrs\n\nDefence Minister Rajnath Singh held talks in Hanoi today "
     "with General Phan Van Giang.\n", "2022-06-08"),
    ("World Tonight\nTranscript: Monday 11 September, 1930 GMT\n\nPresident Joe Biden held talks in Hanoi today with "
     "Prime Minister Pham Minh Chinh.\n", "2023-09-11"),
])
def test_a_time_on_the_24_hour_clock_is_no_year(text, day):
    assert published(text)[0] == day


@pytest.mark.parametrize(("text", "day"), [
    ("Fukuoka Journal\nAugust 2 (Fri) 06:00\n\nVietnamese Prime Minister Pham Minh Chinh wrapped up a state visit to "
     "India on the 1st after talks with Prime Minister Narendra Modi.\n", "2024-08-02"),
    ("Tokyo Daily\nSeptember 11 (Mon) 21:30\n\nPresident Joe Biden and General Secretary Nguyen Phu Trong agreed on the "
     "10th to raise relations to a comprehensive strategic partnership.\n", "2023-09-11"),
    ("Osaka Evening News\nJune 9 (Thu.)\n\nIndian Defence Minister Rajnath Singh handed over twelve patrol boats to "
     "Vietnam in Hai Phong on the 9th, after talks with General Phan Van Giang.\n", "2022-06-09"),
])
def test_a_stamp_with_its_weekday_in_brackets_takes_the_year_that_fits(text, day):
    assert published(text) == (day, "inferred")


_RELEASE = ("Commander, U.S. 7th Fleet\nHome | News | Press Releases | Photos\n\nPRESS RELEASE\n\nDA NANG, Vietnam -- "
            "The aircraft carrier {ship} pulled into Da Nang for a scheduled port visit.\n\nSailors will take part in "
            "sports matches during the visit.\n\n-30-\n\n{stamp}\n\nFor more news, visit the fleet website.\n")


@pytest.mark.parametrize(("text", "day"), [
    (_RELEASE.format(ship="USS Ronald Reagan", stamp="Date Taken: 06.25.2023 | Date Posted: 06.26.2023 09:41 | "
                     "Location: DA NANG, VN"), "2023-06-26"),
    (_RELEASE.format(ship="USS Carl Vinson", stamp="Date Taken: 03.13.2018 | Date Posted: 03.14.2018 14:10 | "
                     "Location: DA NANG, VN"), "2018-03-14"),
    (_RELEASE.format(ship="USS Theodore Roosevelt", stamp="Photo ID: 6123456 | Date Posted: 03.13.2020 | "
                     "Location: DA NANG, VN"), "2020-03-13"),
])
def test_a_photo_agencys_date_posted_cell_dates_a_release(text, day):
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("stamp", "day"), [
    ("Sunday 10 September 2023, 21:00-22:00 BST | Segment 3 of 5 | Transcript prepared by the digital desk. Check "
     "against broadcast.", "2023-09-10"),
    ("Monday, September 11, 2023 | 7:30 PM ICT | This transcript has been edited for length and clarity.", "2023-09-11"),
    ("Sunday 10 September 2023 · 19:00 SGT · Transcripts are provided for reference only and may contain errors.",
     "2023-09-10"),
])
def test_a_head_row_opening_on_a_weekday_and_full_date_is_the_stamp_whatever_notes_follow(stamp, day):
    text = (f"WORLD RADIO\nProgramme transcript: The World Tonight\n{stamp}\n\nPRESENTER: President Joe Biden has flown "
            "to Hanoi from the G20 in New Delhi. He held talks with General Secretary Nguyen Phu Trong this afternoon "
            "and the two sides raised relations to a comprehensive strategic partnership.\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("text", "coded"), [
    ("Hanoi Wire\nTuesday, September 12, 2023\n\nPresident Joe Biden held talks with General Secretary Nguyen Phu "
     "Trong in Hanoi on Sunday. The next morning Biden met Prime Minister Pham Minh Chinh.\n",
     [("summit", "2023-09-10"), ("summit", "2023-09-11")]),
    ("Delhi Wire\nFriday, August 2, 2024\n\nVietnamese Prime Minister Pham Minh Chinh arrived in New Delhi on "
     "Tuesday. External Affairs Minister S. Jaishankar called on him the following afternoon.\n",
     [("talks", "2024-07-31"), ("visit", "2024-07-30")]),
    ("Delhi Wire\nWednesday, June 21, 2023\n\nGeneral Phan Van Giang arrived in New Delhi on Sunday. The following "
     "evening he held talks with Defence Minister Rajnath Singh.\n", [("talks", "2023-06-19"), ("visit", "2023-06-18")]),
])
def test_a_time_of_the_next_day_steps_one_day_on(text, coded):
    assert _coded(text) == coded


@pytest.mark.parametrize(("text", "coded"), [
    ("Hanoi Wire\nFriday, July 30, 2021\n\nDefense Secretary Lloyd Austin arrived in Hanoi on Wednesday. What followed "
     "on Thursday was a compact programme. In the morning Austin was received separately by President Nguyen Xuan Phuc "
     "and by Prime Minister Pham Minh Chinh, to whom he underlined the vaccine doses Washington had shipped in the "
     "course of July.\n", [("talks", "2021-07-29"), ("talks", "2021-07-29"), ("visit", "2021-07-28")]),
    ("Hanoi Wire\nSaturday, July 31, 2021\n\nMr Lloyd Austin and General Phan Van Giang signed a memorandum at the "
     "Ministry of National Defence on Thursday. Mr Austin also called separately on President Nguyen Xuan Phuc and on "
     "Prime Minister Pham Minh Chinh, to whom he noted that Washington had earlier this month delivered five million "
     "vaccine doses.\n", [("talks", "2021-07-29"), ("talks", "2021-07-29"), ("talks", "2021-07-29")]),
    ("Hanoi Wire\nThursday, June 9, 2022\n\nDefence Minister Rajnath Singh held talks in Hanoi on Wednesday with "
     "General Phan Van Giang, with whom he had discussed training in New Delhi in June 2021.\n",
     [("talks", "2022-06-08")]),
])
def test_a_date_in_a_relative_clause_after_a_preposition_is_the_clauses(text, coded):
    assert _coded(text) == coded


@pytest.mark.parametrize(("text", "coded"), [
    ("HANOI, March 30, 2000 (Wire) - Indian Defence Minister George Fernandes called on President Tran Duc Luong, with "
     "whom he discussed the defence protocol on March 28.\n", [("talks", "2000-03-28")]),
    ("HANOI, Sept. 20, 2013 (Wire) - The dialogue follows the White House meeting in July between President Barack "
     "Obama and President Truong Tan Sang, at which the two countries agreed a comprehensive partnership.\n",
     [("partnership_upgrade", "2013-07")]),
    ("HANOI, June 9, 2022 (Wire) - Defence Minister Rajnath Singh met General Phan Van Giang, with whom he reviewed "
     "training cooperation on Wednesday.\n", [("talks", "2022-06-08")]),
])
def test_guard_a_prepositional_clause_of_what_was_done_there_keeps_its_date(text, coded):
    assert set(coded) <= set(_coded(text))


@pytest.mark.parametrize("text", [
    "Hanoi Wire\nFriday, July 30, 2021\n\nDefense Secretary Lloyd Austin arrived in Hanoi on Thursday. He went on to the Ministry of National Defence, where General Phan Van Giang, appointed minister only in April, hosted him for talks.\n",
    "Hanoi Wire\nFriday, July 30, 2021\n\nDefense Secretary Lloyd Austin arrived in Hanoi on Thursday. He then held talks with President Nguyen Xuan Phuc, newly installed in April, at the Presidential Palace.\n",
    "Hanoi Wire\nFriday, July 30, 2021\n\nDefense Secretary Lloyd Austin arrived in Hanoi on Thursday. Prime Minister Pham Minh Chinh, sworn in only in April, received him at the Government Office.\n",
])
def test_the_month_a_host_took_office_set_off_after_his_name_is_not_the_meetings(text):
    meetings = [d for t, d in _coded(text) if t == "talks"]
    assert meetings and not any(d.startswith("2021-04") for d in meetings)


_SINGH = "Hanoi Wire\nThursday, June 9, 2022\n\nIndian Defence Minister Rajnath Singh arrived in Hanoi on Wednesday. "


@pytest.mark.parametrize("text", [
    _SINGH + "Later on Wednesday Mr Singh was received separately by President Nguyen Xuan Phuc at the Presidential "
    "Palace and by Prime Minister Pham Minh Chinh at the Government headquarters.\n",
    _SINGH + "On Wednesday he called separately on President Nguyen Xuan Phuc in the Presidential Palace and on Prime "
    "Minister Pham Minh Chinh.\n",
    _SINGH + "On Wednesday Mr Singh held separate meetings with President Nguyen Xuan Phuc at the Presidential Palace, "
    "and with Prime Minister Pham Minh Chinh at the Government Office.\n",
])
def test_hosts_met_separately_each_at_his_place_are_two_meetings(text):
    assert _coded(text) == [("talks", "2022-06-08"), ("talks", "2022-06-08"), ("visit", "2022-06-08")]


@pytest.mark.parametrize(("text", "coded"), [
    ("Hanoi Wire\nTuesday, June 6, 2006\n\nDefense Secretary Donald Rumsfeld arrived from Singapore. His aircraft "
     "touched down in Hanoi on Sunday evening.\n", [("visit", "2006-06-04")]),
    ("Hanoi Wire\nTuesday, June 6, 2006\n\nDefense Secretary Donald Rumsfeld is on a three-day visit to Vietnam. His aircraft "
     "touched down on Sunday evening at Noi Bai airport.\n", [("visit", "2006-06-04")]),
    ("Hanoi Wire\nTuesday, September 12, 2023\n\nPresident Joe Biden left the G20 summit in New Delhi for Vietnam. His "
     "plane touched down in Hanoi on Sunday afternoon.\n", [("visit", "2023-09-10")]),
])
def test_a_travellers_own_plane_touching_down_is_his_arrival(text, coded):
    assert _coded(text) == coded


def test_guard_aircraft_delivered_touching_down_are_no_visit():
    text = ("Hanoi Wire\nTuesday, June 6, 2017\n\nThe first two T-6C trainers given by the United States to "
            "Vietnam's air force touched down at Phan Thiet on Sunday.\n")
    assert [t for t, _d in _coded(text)] != ["visit"]


@pytest.mark.parametrize(("text", "year"), [
    ("Cam Ranh Wire\nMonday, July 24, 2023\n\nThe cutter, built by Avondale Shipyards in 1967, was transferred to the "
     "Vietnam Coast Guard at a ceremony in Honolulu.\n", "1967"),
    ("Cam Ranh Wire\nMonday, May 31, 2021\n\nThe former USCGC John Midgett, launched at the Avondale yard in 1971, was "
     "handed over to Vietnam's coast guard in Seattle.\n", "1971"),
    ("Cam Ranh Wire\nMonday, July 24, 2023\n\nIndia gave Vietnam the corvette INS Kirpan. The Khukri-class corvette, "
     "commissioned into the Indian Navy in January 1991, is about 90 metres long and was handed over with its full "
     "weapon complement.\n", "1991"),
])
def test_a_ships_own_past_set_off_with_its_object_or_place_does_not_date_its_handover(text, year):
    assert not any(d.startswith(year) for _t, d in _coded(text))


@pytest.mark.parametrize("text", [
    "Hong Kong Journal\nFriday, August 2, 2024\n\nVietnam raised ties with the United States to a comprehensive "
    "strategic partnership during President Joe Biden's visit last September, did the same with Japan in November and "
    "with Australia in March.\n",
    "Hong Kong Journal\nFriday, August 2, 2024\n\nHanoi elevated relations with Washington to a comprehensive strategic "
    "partnership last September, and did the same with Tokyo in November.\n",
    "Hong Kong Journal\nFriday, August 2, 2024\n\nHanoi lifted relations with Washington to a comprehensive strategic "
    "partnership last September, then did the same with Canberra in March.\n",
])
def test_a_date_of_a_like_happening_told_after_did_the_same_is_not_the_first(text):
    assert {d for _t, d in _coded(text)} == {"2023-09"}


@pytest.mark.parametrize(("text", "day"), [
    ("Delhi Wire\nThursday, August 19, 2021\n\nDefence Minister Rajnath Singh and General Phan Van Giang exchanged "
     "views over a video link on Monday.\n", "2021-08-16"),
    ("Delhi Wire\nThursday, August 19, 2021\n\nDefence Minister Rajnath Singh and General Phan Van Giang conferred by "
     "videoconference on Tuesday.\n", "2021-08-17"),
    ("Hanoi Wire\nSaturday, June 10, 2023\n\nDefense Secretary Lloyd Austin and General Phan Van Giang met via video "
     "call on Friday.\n", "2023-06-09"),
])
def test_a_meeting_told_by_its_remote_medium_is_a_virtual_meeting(text, day):
    assert [(e.type, e.date.iso_start(), e.modality) for e in article(text).events] == [("talks", day, "virtual")]


@pytest.mark.parametrize(("text", "day"), [
    ("Delhi Wire\nThursday, August 19, 2021\n\nOn the first day of July, Defence Minister Rajnath Singh and General "
     "Phan Van Giang exchanged views over a video link.\n", "2021-07-01"),
    ("Delhi Wire\nThursday, August 19, 2021\n\nDefence Minister Rajnath Singh held talks with General Phan Van Giang "
     "on the first day of July 2021.\n", "2021-07-01"),
    ("Hanoi Wire\nFriday, March 15, 2024\n\nThe first day of March saw Defence Minister Rajnath Singh and General Phan "
     "Van Giang hold talks in Hanoi.\n", "2024-03-01"),
])
def test_the_first_day_of_a_month_is_its_first(text, day):
    assert [e.date.iso_start() for e in article(text).events] == [day]


@pytest.mark.parametrize(("stamp", "body", "day"), [
    ("Morning edition, June 26 (Mon.)", "The U.S. Navy aircraft carrier Ronald Reagan, based at Yokosuka, entered the "
     "central Vietnamese port of Da Nang on the 25th for a port call lasting until the 30th. U.S. Ambassador Marc "
     "Knapper welcomed the crew. The Theodore Roosevelt called at the port in March 2020.", "2023-06-26"),
    ("Evening edition, September 11 (Mon.)", "President Joe Biden, who flew in from the G20 summit in New Delhi, met "
     "Prime Minister Pham Minh Chinh in Hanoi on the 11th, a day after talks with General Secretary Nguyen Phu Trong "
     "raised ties to a comprehensive strategic partnership.", "2023-09-11"),
    ("Morning edition, August 2 (Fri.)", "Vietnamese Prime Minister Pham Minh Chinh wrapped up a state visit to India "
     "on the 1st after talks with Prime Minister Narendra Modi at Hyderabad House. The two sides had raised ties to a "
     "comprehensive strategic partnership in 2016.", "2024-08-02"),
])
def test_an_edition_dateline_with_its_weekday_in_brackets_takes_the_year_that_fits(stamp, body, day):
    text = f"Shizuoka Shimbun news from the Asia desk\n{stamp}\n\nA headline about defence ties in Vietnam today\n\n{body}\n"
    assert published(text)[0] == day


@pytest.mark.parametrize(("stamp", "day"), [
    ("Posted: 21-11 | 10:32 GMT+7", "2019-11-21"),
    ("Published: 21/11, 08:15", "2019-11-21"),
    ("Updated 21-11 | 17:40", "2019-11-21"),
])
def test_a_labelled_stamp_of_day_and_month_in_figures_is_the_page_date(stamp, day):
    text = (f"SONG HONG DAILY\nPolitics | Economy | Defence\n{stamp}\n\nVietnamese, US defence chiefs pledge deeper "
            "ties\n\nHA NOI - Defence Minister General Ngo Xuan Lich and visiting US Secretary of Defense Mark Esper "
            "agreed yesterday to push ahead with cooperation. Esper had flown in late on Tuesday evening from Manila.\n")
    assert published(text)[0] == day


_COMMENTARY = ("\n\nA Cutter and a Carrier in Hanoi\n\nThe U.S. Coast Guard handed the cutter Morgenthau to Vietnam in May "
               "2017. Defense Secretary Jim Mattis met General Ngo Xuan Lich at the Pentagon in August.\n")


@pytest.mark.parametrize("head", [
    "PROCEEDINGS\nSeptember 2017  Vol. 143/9/1,375",
    "NAVAL REVIEW\nSeptember 2017 Vol. 143",
    "RIVISTA MARITTIMA\nMonthly of the Italian Navy - September 2017",
])
def test_a_journals_issue_line_is_no_headline_and_dates_the_page(head):
    assert published(head + _COMMENTARY) == ("2017-09", "stated")


@pytest.mark.parametrize("note", [
    "(The author is a research fellow. Translated from the Japanese original, published in Ocean Newsletter No. 579, "
    "5 September 2017.)",
    "Translated from the Vietnamese original, first published on 5 September 2017 by Quan Doi Nhan Dan.",
    "[Translated from the German original, published in the Frankfurter Rundschau, 5 September 2017]",
])
def test_a_translations_note_of_its_original_dates_the_page(note):
    text = "Ocean Newsletter\n\nPatrol-boat diplomacy in Vietnam" + _COMMENTARY + "\n" + note + "\n"
    assert published(text) == ("2017-09-05", "stated")


@pytest.mark.parametrize("head", [
    "BHARAT RAKSHA MONTHLY\nVol. IX, No. 7  |  September 2017  |  Neighbourhood & Beyond",
    "SEA POWER REVIEW\nVol. 12, No. 3 | September 2017 | Commentary",
    "THE NAVAL DIGEST\nNo. 44 · September 2017 · Asia-Pacific",
])
def test_an_issue_line_with_a_section_cell_after_its_month_dates_the_page(head):
    assert published(head + _COMMENTARY) == ("2017-09", "stated")


@pytest.mark.parametrize(("stamp", "day"), [
    ("Friday, 25/12  16:05 (GMT+7)", "2020-12-25"),
    ("Thursday 24/12, 09:30", "2020-12-24"),
    ("Saturday, 26-12 | 07:45", "2020-12-26"),
])
def test_a_weekday_and_a_day_month_in_figures_without_year_dates_the_page(stamp, day):
    text = (f"CHOLON EVENING NEWS\nNews | World | Military\n{stamp}\n\nIndian warship brings relief for central "
            "provinces\n\nThe Indian Navy corvette INS Kiltan arrived at Nha Rong port in Ho Chi Minh City with 15 tonnes "
            "of relief goods for flood victims. Prime Minister Nguyen Xuan Phuc and Prime Minister Narendra Modi held a "
            "virtual summit this week.\n")
    assert published(text)[0] == day



@pytest.mark.parametrize(("text", "day"), [
    ("Antipodean Brief\nMonday, September 18, 2023\n\nOn the evening of Sunday the 10th, after two hours with General Secretary Nguyen Phu Trong, President Joe Biden announced that relations would be raised to a comprehensive strategic partnership." + "\n", "2023-09-10"),
    ("Antipodean Brief\nMonday, September 18, 2023\n\nPresident Joe Biden met Prime Minister Pham Minh Chinh on Monday the 11th in Hanoi." + "\n", "2023-09-11"),
    ("Antipodean Brief\nMonday, September 18, 2023\n\nOn Sunday, the 10th, President Joe Biden held talks with General Secretary Nguyen Phu Trong." + "\n", "2023-09-10"),
])
def test_a_weekday_with_its_day_of_the_month_is_that_day(text, day):
    assert [e.date.iso_start() for e in article(text).events] == [day]



@pytest.mark.parametrize(("text", "day"), [
    ("Delhi Monthly\nFriday, June 10, 2022\n\nAt the Hong Ha shipyard on Thursday, Defence Minister Rajnath Singh handed over to Vietnam twelve guard boats built under the defence line of credit, a facility first offered in 2014." + "\n", "2022-06-09"),
    ("Delhi Monthly\nFriday, June 10, 2022\n\nDefence Minister Rajnath Singh on Thursday gifted Vietnam two simulators for its air force academy, an institution set up in 1959." + "\n", "2022-06-09"),
    ("Honolulu Wire\nThursday, May 27, 2017\n\nThe U.S. Coast Guard on Thursday transferred to Vietnam the cutter Morgenthau, a ship built by Avondale Shipyards in 1968." + "\n", "2017-05-25"),
])
def test_an_appositives_own_past_after_the_happening_does_not_date_it(text, day):
    assert [(e.type, e.date.iso_start()) for e in article(text).events] == [("ceremony", day)]



@pytest.mark.parametrize(("text", "day", "arrival"), [
    ("Yarra Review\nSaturday, July 31, 2021\n\nLloyd Austin arrived in Hanoi on Wednesday evening. The US Secretary of Defense sat down on Thursday morning with General Phan Van Giang. Austin afterwards paid courtesy calls on Prime Minister Pham Minh Chinh and, separately, on President Nguyen Xuan Phuc." + "\n", "2021-07-29", "2021-07-28"),
    ("Delhi Review\nFriday, June 10, 2022\n\nDefence Minister Rajnath Singh landed in Hanoi on Tuesday night. On Wednesday he held talks with General Phan Van Giang. He was later received separately by President Nguyen Xuan Phuc and by Prime Minister Pham Minh Chinh." + "\n", "2022-06-08", "2022-06-07"),
    ("Hanoi Review\nMonday, April 17, 2023\n\nSecretary of State Antony Blinken landed in Hanoi on Friday night. The Secretary of State held talks with Foreign Minister Bui Thanh Son on Saturday. He was afterwards received separately by General Secretary Nguyen Phu Trong and by Prime Minister Pham Minh Chinh." + "\n", "2023-04-15", "2023-04-14"),
])
def test_calls_told_apart_after_the_visitors_dated_meeting_take_its_day(text, day, arrival):
    assert _coded(text) == [("talks", day)] * 3 + [("visit", arrival)]
