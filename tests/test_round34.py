"""Round 34 of the generalisation loop (batches 324-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "day"), [
    ("Monday, September 11, 2023\n\nHANOI - Joe Biden and Nguyen Phu Trong on Sunday agreed to a comprehensive "
     "strategic partnership.\n", "2023-09-10"),
    ("Friday, October 20, 2023\n\nIn September, US President Joe Biden and Nguyen Phu Trong agreed to the "
     "Comprehensive Strategic Partnership in Hanoi.\n", "2023-09"),
    ("Monday, May 2, 2017\n\nIn September 2016 Narendra Modi and Nguyen Xuan Phuc agreed to their comprehensive "
     "strategic partnership during talks in Hanoi.\n", "2016-09"),
])
def test_a_partnership_agreed_to_is_made_not_planned(text, day):
    assert ("partnership_upgrade", day) in _coded(text)


def test_guard_agreed_to_work_towards_a_partnership_is_still_a_plan():
    text = ("Friday, October 20, 2023\n\nIn September, US President Joe Biden and Nguyen Phu Trong agreed to work "
            "towards a comprehensive strategic partnership.\n")
    assert not [e for e in _coded(text) if e[0] == "partnership_upgrade"]


@pytest.mark.parametrize(("text", "span"), [
    ("Saturday, December 21, 2024\n\nKOCHI - The Vietnam Coast Guard ship CSB 8005 sailed out of Kochi on Friday, "
     "closing a four-day call.\n", ("2024-12-17", "2024-12-20")),
    ("Saturday, December 21, 2024\n\nKOCHI - The Indian frigate INS Sahyadri left Da Nang on Friday, ending its "
     "three-day call.\n", ("2024-12-18", "2024-12-20")),
    ("Saturday, December 21, 2024\n\nThe Vietnam Coast Guard cutter CSB 8001 departed Chennai on Friday, wrapping up a five-day call.\n",
     ("2024-12-16", "2024-12-20")),
])
def test_a_call_of_days_closed_on_a_day_is_a_port_call_that_ends_then(text, span):
    visits = [e for e in article(text).events if e.type == "visit"]
    assert [(e.date.iso_start(), e.date.iso_end()) for e in visits] == [span]


@pytest.mark.parametrize("text", [
    "Saturday, December 21, 2024\n\nDefence Secretary Giridhar Aramane held a call with his Vietnamese counterpart "
    "on Friday, a two-day call on the region's capitals notwithstanding.\n",
    "Saturday, December 21, 2024\n\nRajnath Singh spoke to Phan Van Giang on Friday in a three-day call with "
    "allies.\n",
    "Saturday, December 21, 2024\n\nThe minister made a five-day call for restraint on Friday.\n",
])
def test_guard_a_call_of_days_on_or_with_someone_or_for_something_is_no_ship_visit(text):
    assert not [e for e in article(text).events if e.type == "visit"]


@pytest.mark.parametrize(("text", "who"), [
    ("Wednesday, May 10, 2017\n\nWASHINGTON - Vietnam's Deputy Prime Minister Pham Binh Minh is in Washington this "
     "week for talks with Secretary of State Rex Tillerson.\n", "pham-binh-minh"),
    ("Tuesday, March 5, 2019\n\nHANOI - India's Defence Secretary Sanjay Mitra and his team are in Hanoi for "
     "consultations with Vietnamese officials.\n", "sanjay-mitra"),
    ("Tuesday, March 5, 2019\n\nNEW DELHI - Deputy Defence Minister Nguyen Chi Vinh is in New Delhi today for "
     "meetings with Defence Secretary Sanjay Mitra.\n", "nguyen-chi-vinh"),
])
def test_a_guest_who_is_in_the_capital_for_talks_is_on_a_visit(text, who):
    visits = [e for e in article(text).events if e.type == "visit"]
    assert len(visits) == 1 and who in visits[0].participants


def test_guard_talks_that_were_in_a_place_are_no_visit():
    text = ("Friday, October 14, 2011\n\nThe talks were in Hanoi in September 2011 for the first time, Krishna "
            "and Pham Binh Minh said.\n")
    assert not [e for e in article(text).events if e.type == "visit"]


@pytest.mark.parametrize("text", [
    "Friday, August 15, 2014\n\nHANOI - The chairman of the US Joint Chiefs of Staff, General Martin Dempsey, has "
    "arrived in Vietnam for the first time since 1971.\n",
    "Friday, August 15, 2014\n\nHANOI - General Martin Dempsey, the top US military officer, has come to Vietnam "
    "for talks.\n",
    "Friday, August 15, 2014\n\nHANOI - US General Martin Dempsey has just arrived in Hanoi.\n",
])
def test_an_arrival_in_the_present_perfect_is_a_visit_under_way(text):
    assert _coded(text) == [("visit", "2014-08")]


@pytest.mark.parametrize("text", [
    "Friday, August 15, 2014\n\nHANOI - General Martin Dempsey has come to Vietnam three times since 2010.\n",
    "Friday, August 15, 2014\n\nHANOI - General Martin Dempsey has arrived in Hanoi twice as a commander.\n",
    "Friday, August 15, 2014\n\nHANOI - General Martin Dempsey has often come to Vietnam.\n",
])
def test_guard_arrivals_told_as_a_habit_are_no_visit_under_way(text):
    assert not [e for e in _coded(text) if e[1] == "2014-08"]


@pytest.mark.parametrize(("text", "host"), [
    ("Wednesday, August 25, 2021\n\nHANOI - US Vice President Kamala Harris announced today, at the start of her "
     "meeting with Prime Minister Pham Minh Chinh, that the United States would donate a million doses.\n",
     "pham-minh-chinh"),
    ("Wednesday, August 25, 2021\n\nHANOI - Lloyd Austin said today, at the end of his talks with General Phan Van "
     "Giang, that the two militaries would train together.\n", "phan-van-giang"),
    ("Wednesday, August 25, 2021\n\nHANOI - Rajnath Singh told reporters today, at the close of his meeting "
     "with President Nguyen Xuan Phuc, that India would help.\n", "nguyen-xuan-phuc"),
])
def test_the_start_or_end_of_a_meeting_of_ones_own_with_a_named_side_tells_the_meeting(text, host):
    meetings = [e for e in article(text).events if e.type in ("talks", "summit")]
    assert len(meetings) == 1 and host in meetings[0].participants
    assert meetings[0].date.iso_start() == "2021-08-25"


@pytest.mark.parametrize(("text", "host"), [
    ("Thursday, August 10, 2017\n\nWASHINGTON - On Tuesday, General Ngo Xuan Lich, Vietnam's Minister of National "
     "Defence, was received at the Pentagon by the American Secretary of Defense, Jim Mattis.\n", "james-mattis"),
    ("Thursday, August 10, 2017\n\nThe idea had been raised on May 31, when Prime Minister Nguyen Xuan Phuc was "
     "received at the White House by Donald Trump.\n", "donald-trump"),
    ("Thursday, August 10, 2017\n\nNEW DELHI - On Monday Vietnam's Defence Minister Ngo Xuan Lich was hosted in New "
     "Delhi by Defence Minister Arun Jaitley.\n", "arun-jaitley"),
])
def test_a_guest_received_at_a_place_by_a_named_host_met_him(text, host):
    meetings = [e for e in article(text).events if e.type in ("talks", "summit")]
    assert len(meetings) == 1 and host in meetings[0].participants


def test_guard_a_guest_received_at_a_place_with_no_host_named_is_on_a_visit():
    text = ("Thursday, August 10, 2017\n\nWASHINGTON - On Tuesday, General Ngo Xuan Lich was received at the "
            "Pentagon with full honours.\n")
    assert _coded(text) == [("visit", "2017-08-08")]


@pytest.mark.parametrize(("text", "chair"), [
    ("Tuesday, November 11, 2025\n\nNew Delhi: India and Vietnam on Monday held the 15th round of their Defence "
     "Policy Dialogue in Hanoi.\n\nThe dialogue was co-chaired by Defence Secretary Rajesh Kumar Singh and Deputy "
     "Minister Hoang Xuan Chien.\n", "rajesh-kumar-singh"),
    ("Tuesday, November 11, 2025\n\nHANOI - Vietnam and the United States held their annual political, security and "
     "defence dialogue in Hanoi on Monday.\n\nThe talks were led by Assistant Secretary Daniel Kritenbrink and "
     "Deputy Foreign Minister Ha Kim Ngoc.\n", "daniel-kritenbrink"),
    ("Tuesday, November 11, 2025\n\nHANOI - India and Vietnam held a maritime security dialogue on Monday.\n\n"
     "The dialogue was chaired by Joint Secretary Vikram Misri and Deputy Minister Nguyen Quoc Dung.\n",
     "vikram-misri"),
])
def test_the_happening_named_again_as_the_next_paragraphs_subject_gives_its_people(text, chair):
    happenings = [e for e in article(text).events if e.date.iso_start() == "2025-11-10"]
    assert len(happenings) == 1 and chair in happenings[0].participants


def test_a_guest_who_also_called_on_a_host_after_a_dialogue_he_chaired_did_so_that_day():
    text = ("Tuesday, November 11, 2025\n\nNew Delhi: India and Vietnam on Monday held the 15th round of their Defence "
            "Policy Dialogue in Hanoi.\n\nThe dialogue was co-chaired by Defence Secretary Rajesh Kumar Singh and "
            "Deputy Minister Hoang Xuan Chien.\n\nThe two sides signed a memorandum on submarine rescue.\n\n"
            "Singh also called on Defence Minister Phan Van Giang.\n")
    calls = [e for e in article(text).events if "phan-van-giang" in e.participants]
    assert [(e.type, e.date.iso_start()) for e in calls] == [("talks", "2025-11-10")]


@pytest.mark.parametrize(("text", "year"), [
    ("Tuesday, September 19, 2023\n\nIndia and Vietnam raised their ties to a Comprehensive Strategic Partnership "
     "in 2016, nine years after the 2007 Strategic Partnership.\n", "2007"),
    ("Tuesday, September 19, 2023\n\nSince the 2016 Comprehensive Strategic Partnership, India and Vietnam have "
     "widened their defence ties.\n", "2016"),
    ("Tuesday, September 19, 2023\n\nUnder their 2013 comprehensive partnership, Vietnam and the United States "
     "have worked on war legacies.\n", "2013"),
])
def test_a_partnership_named_by_its_year_was_set_up_that_year(text, year):
    assert ("partnership_upgrade", year) in _coded(text)


def test_guard_a_mission_named_by_its_year_is_no_partnership():
    text = ("Tuesday, September 19, 2023\n\nThe 2022 Pacific Partnership mission visited Phu Yen, the US Navy "
            "said.\n")
    assert not [e for e in _coded(text) if e[0] == "partnership_upgrade"]


@pytest.mark.parametrize(("text", "month"), [
    ("Friday, November 8, 2019\n\nCHENNAI - Last October, the Vietnam Coast Guard sent its ship CSB 8001 to Chennai, "
     "the first such voyage.\n", "2018-10"),
    ("Friday, November 8, 2019\n\nIn October 2018 the Indian Navy dispatched two warships to Cam Ranh Bay.\n",
     "2018-10"),
    ("Friday, November 8, 2019\n\nThe United States sent the destroyer USS Mustin to Da Nang in May 2017.\n",
     "2017-05"),
])
def test_a_ship_sent_to_a_port_of_the_other_side_made_a_call(text, month):
    assert _coded(text) == [("visit", month)]


@pytest.mark.parametrize("text", [
    "Friday, November 8, 2019\n\nIndia sent relief supplies to Hanoi in October 2018.\n",
    "Friday, November 8, 2019\n\nIndia will send a ship to Da Nang next year, officials said.\n",
    "Friday, November 8, 2019\n\nIn October 2018 India sent a message to Hanoi.\n",
])
def test_guard_supplies_sent_or_a_ship_to_be_sent_are_no_call(text):
    assert not [e for e in _coded(text) if e[0] == "visit"]


@pytest.mark.parametrize(("text", "day"), [
    ("Friday, August 23, 2019\n\nHONOLULU - The Vietnamese delegation arrived Aug. 19 for talks with US Army "
     "doctors.\n", "2019-08-19"),
    ("Friday, August 23, 2019\n\nHONOLULU - General Tran Duc Khanh arrives Aug. 25, the Army said.\n", None),
    ("Friday, March 8, 2019\n\nWASHINGTON - Vietnam's Deputy Defence Minister Nguyen Chi Vinh arrived March 5, "
     "the Pentagon said.\n", "2019-03-05"),
    ("Friday, October 8, 2019\n\nHONOLULU - A Vietnamese navy delegation arrived Sept. 30 with 12 officers, the "
     "US Navy said.\n", "2019-09-30"),
])
def test_an_arrival_told_with_its_date_and_no_on_is_dated_by_it(text, day):
    visits = [e.date.iso_start() for e in article(text).events if e.type == "visit"]
    assert visits == ([day] if day else [])


def test_a_visit_told_as_concluded_after_its_arrival_is_that_visit():
    text = ("Friday, August 23, 2019\n\nHONOLULU - The delegation, led by Maj. Gen. Tran Duc Khanh of Vietnam, "
            "arrived Aug. 19 and concluded its visit to the United States Thursday.\n")
    assert _coded(text) == [("visit", "2019-08-19")]


@pytest.mark.parametrize("text", [
    "Friday, August 23, 2019\n\nHONOLULU - Maj. Gen. Tran Duc Khanh of Vietnam concluded his visit to Hawaii "
    "Thursday.\n",
    "Friday, August 23, 2019\n\nHANOI - Vietnamese officers arrived in Hawaii on Monday, while US Defense "
    "Secretary Mark Esper concluded his visit to Vietnam Thursday.\n",
])
def test_guard_a_visit_concluded_with_no_arrival_before_it_in_its_sentence_is_kept(text):
    assert "2019-08-22" in [e[1] for e in _coded(text) if e[0] == "visit"]


@pytest.mark.parametrize("text", [
    "Friday, August 15, 2014\n\nHANOI (AFP) - General Martin Dempsey held talks in Hanoi on Thursday, becoming the "
    "first chairman of the US Joint Chiefs of Staff to visit Vietnam since the war.\n",
    "Friday, August 15, 2014\n\nHANOI (AFP) - General Martin Dempsey held talks in Hanoi on Thursday with General "
    "Do Ba Ty, on the first visit by a chairman of the US Joint Chiefs of Staff since the war.\n",
    "Friday, August 15, 2014\n\nHANOI (AFP) - General Martin Dempsey met General Do Ba Ty in Hanoi on Thursday, on "
    "what was the first trip to Vietnam by a chairman of the US Joint Chiefs since 1971.\n",
])
def test_a_visit_told_as_a_first_framing_a_dated_meeting_is_in_its_month(text):
    assert ("visit", "2014-08") in _coded(text)


@pytest.mark.parametrize(("text", "start"), [
    ("Sunday, December 27, 2020\n\nINS Kiltan on Sunday completed a two-day Passage Exercise (PASSEX) with the "
     "Vietnam People's Navy off Da Nang.\n", "2020-12-26"),
    ("Sunday, December 27, 2020\n\nThe Indian and Vietnamese navies on Sunday completed a three-day joint exercise "
     "off Cam Ranh.\n", "2020-12-25"),
    ("Sunday, December 27, 2020\n\nINS Kiltan and a Vietnamese frigate are completing a two-day maritime exercise "
     "off Da Nang today.\n", "2020-12-26"),
])
def test_a_happening_of_days_completed_on_a_day_began_that_many_days_before(text, start):
    assert [e[1] for e in _coded(text) if e[0] == "exercise"] == [start]


@pytest.mark.parametrize(("text", "day"), [
    ("Thursday, November 20, 2003\n\nOn Monday, Nov. 10, Pham Van Tra was received at the Pentagon by Donald "
     "Rumsfeld, the first Vietnamese defence chief to visit the building since the war.\n", "2003-11-10"),
    ("Thursday, November 13, 2003\n\nOn Monday Pham Van Tra was received at the Pentagon by Donald Rumsfeld - the "
     "first visit by a Vietnamese defence minister since the war.\n", "2003-11-10"),
    ("Thursday, October 10, 2024\n\nIn September General Phan Van Giang was hosted at the Pentagon by Lloyd Austin, "
     "on his first visit to Washington as minister.\n", "2024-09"),
])
def test_a_reception_at_a_place_by_a_named_host_is_the_visit_the_sentence_names_told_once(text, day):
    assert [e[1] for e in _coded(text)] == [day]
    assert _coded(text)[0][0] in ("talks", "summit")


@pytest.mark.parametrize(("text", "day"), [
    ("Sunday, December 27, 2020\n\nHO CHI MINH CITY - INS Kiltan brought relief for Vietnam. The ship reached the "
     "port on Thursday, 24 December, under Mission Sagar-III.\n", "2020-12-24"),
    ("Sunday, December 27, 2020\n\nHO CHI MINH CITY - The Indian corvette INS Kiltan reached the harbour early on "
     "Thursday with relief for Vietnam.\n", "2020-12-24"),
    ("Sunday, December 27, 2020\n\nDA NANG - The USS Mustin reached the pier at Tien Sa yesterday for a five-day "
     "call, the US Navy said.\n", "2020-12-26"),
])
def test_a_ship_that_reached_the_port_arrived_there(text, day):
    assert [e[1] for e in _coded(text) if e[0] == "visit"] == [day]


def test_guard_reaching_the_port_city_without_its_name_is_no_visit():
    text = ("Sunday, December 27, 2020\n\nNEW DELHI - India and Vietnam said their talks reached the port city "
            "question on Thursday.\n")
    assert not [e for e in _coded(text) if e[0] == "visit"]


@pytest.mark.parametrize(("text", "month"), [
    ("Tuesday, November 11, 2025\n\nHANOI (AFP) - India and Vietnam held the fifteenth round of their Defence "
     "Policy Dialogue on Monday. At the previous round, in New Delhi in August last year, the two countries had "
     "already agreed to exchange military instructors.\n", "2024-08"),
    ("Thursday, September 22, 2011\n\nWASHINGTON - Vietnam and the United States held their second defence policy "
     "dialogue on Tuesday. During the preceding dialogue, in Hanoi in August 2010, they set up a working group.\n",
     "2010-08"),
    ("Tuesday, November 11, 2025\n\nHANOI - India and Vietnam held the fifteenth round of their Defence Policy "
     "Dialogue on Monday. At the previous dialogue, in New Delhi in August 2024, the two sides discussed instructors.\n",
     "2024-08"),
])
def test_the_round_before_the_one_told_is_a_happening_of_its_own(text, month):
    assert ("dialogue", month) in _coded(text)


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("Tuesday, November 11, 2025\n\nHANOI (AFP) - India and Vietnam signed an agreement on submarine rescue in "
     "Hanoi on Monday. The agreement was concluded during the fifteenth round of the Defence Policy Dialogue "
     "between the two defence ministries.\n", "dialogue", "2025-11-10"),
    ("Thursday, September 22, 2011\n\nWASHINGTON - The United States and Vietnam signed a memorandum on defence "
     "cooperation in Washington on Tuesday. The memorandum was signed at the second round of their defence "
     "policy dialogue.\n", "dialogue", "2011-09-20"),
    ("Tuesday, October 15, 2019\n\nHANOI - Vietnam and the United States signed a memorandum of understanding in "
     "Hanoi on Monday. The memorandum was signed during the ninth political, security and defence dialogue between "
     "the two foreign ministries.\n", "dialogue", "2019-10-14"),
])
def test_the_meeting_a_document_of_the_sentence_before_was_signed_at_is_on_its_day(text, kind, day):
    assert [e for e in _coded(text) if e[0] == kind] == [(kind, day)]


@pytest.mark.parametrize(("text", "month"), [
    ("Thursday, July 10, 2025\n\nThis month marks the 30th anniversary of the normalisation of relations between "
     "the United States and Vietnam.\n", "1995-07"),
    ("Tuesday, February 15, 2022\n\nLast month marked the 50th anniversary of the establishment of diplomatic "
     "relations between India and Vietnam.\n", "1972-01"),
    ("Thursday, July 10, 2025\n\nThe United States and Vietnam this month celebrate the 30th anniversary of the "
     "normalisation of their relations.\n", "1995-07"),
])
def test_an_anniversary_marked_this_or_last_month_counts_from_that_month(text, month):
    assert _coded(text) == [("partnership_upgrade", month)]


def test_guard_an_anniversary_marked_this_year_counts_only_years():
    text = ("Thursday, July 10, 2025\n\nThis year marks the 30th anniversary of the normalisation of relations "
            "between the United States and Vietnam.\n")
    assert _coded(text) == [("partnership_upgrade", "1995")]


@pytest.mark.parametrize("text", [
    "Wednesday, November 12, 2025\n\nThe 15th India-Vietnam Defence Policy Dialogue, held in Hanoi on Monday, will "
    "not dominate headlines the way a summit does.\n",
    "Wednesday, November 12, 2025\n\nThe India-Vietnam maritime security dialogue, hosted by New Delhi on "
    "Monday, will shape the next year of exercises.\n",
    "Wednesday, November 12, 2025\n\nThe India-Vietnam defence dialogue, convened in Hanoi on Monday, is expected "
    "to yield a training plan.\n",
])
def test_a_happening_told_as_held_in_a_set_off_clause_is_held_whatever_the_main_verb_plans(text):
    assert _coded(text) == [("dialogue", "2025-11-10")]


def test_guard_a_happening_to_be_held_is_still_a_plan():
    text = "Wednesday, November 12, 2025\n\nThe next India-Vietnam dialogue will be held in New Delhi in 2026.\n"
    assert _coded(text) == []


@pytest.mark.parametrize(("text", "day"), [
    ("Monday, June 3, 2019\n\nOn May 25, 2017, the former cutter Morgenthau was handed over to Vietnam at Honolulu. "
     "Three days earlier, on May 22, US Ambassador Ted Osius handed over six patrol boats to the Vietnam Coast "
     "Guard.\n", "2017-05-22"),
    ("Monday, June 3, 2019\n\nThe USS Carl Vinson arrived in Da Nang on March 5, 2018. Ten days earlier, on Feb. "
     "23, Vietnamese officers flew out to the USS Blue Ridge for talks with US Navy officers.\n", "2018-02-23"),
    ("Monday, June 3, 2019\n\nIndia handed over a patrol vessel to Vietnam on April 10, 2018. A week earlier, "
     "April 3, Indian and Vietnamese officers held talks in Hanoi.\n", "2018-04-03"),
])
def test_a_day_counted_from_the_date_before_and_named_keeps_the_counts_year(text, day):
    assert day in [e[1] for e in _coded(text)]
    assert not [e for e in _coded(text) if e[1].startswith("2019")]


@pytest.mark.parametrize(("text", "host"), [
    ("Thursday, July 29, 2010\n\nNEW DELHI - Army Chief General V K Singh arrived in Hanoi on Monday for a "
     "four-day visit.\n\nHe held talks with General Phung Quang Thanh on Tuesday.\n\nThe Chief also held separate "
     "discussions with Pham Hong Loi, deputy chief of the General Staff.\n", "pham-hong-loi"),
    ("Thursday, July 29, 2010\n\nNEW DELHI - General V K Singh arrived in Hanoi on Monday for a four-day visit.\n\n"
     "He held talks with General Phung Quang Thanh on Tuesday.\n\nThe Army Chief also met Pham Hong Loi, deputy "
     "chief of the General Staff.\n", "pham-hong-loi"),
    ("Thursday, June 9, 2022\n\nHANOI - Rajnath Singh arrived in Hanoi on Tuesday for a three-day visit. He held "
     "talks with General Phan Van Giang on Wednesday. The Indian minister also had detailed consultations with "
     "Prime Minister Pham Minh Chinh.\n", "pham-minh-chinh"),
])
def test_a_guest_named_by_office_who_also_met_a_host_met_him_on_the_day_of_his_talks(text, host):
    talks = [e for e in article(text).events if e.type in ("talks", "summit")]
    day = min(e.date.iso_start() for e in talks)
    met = [e for e in talks if host in e.participants]
    assert len(met) == 1 and met[0].date.iso_start() == day and len(met[0].participants) == 2


@pytest.mark.parametrize("text", [
    "Thursday, July 29, 2010\n\nHANOI - On Tuesday the minister held discussions with his staff on the budget.\n",
    "Thursday, July 29, 2010\n\nHANOI - India held consultations on the plan last year, the ministry said.\n",
])
def test_guard_discussions_with_no_named_side_are_no_meeting(text):
    assert not [e for e in _coded(text) if e[0] in ("talks", "summit")]
