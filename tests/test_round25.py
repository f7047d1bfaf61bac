"""Round 25 of the generalisation loop (batches 236-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, events, published

from ties_lib.corpus import merge_agreements

_PAGE = "Region\n\nStaff Reporter\nThu, 13 Nov 2025\n\n"


def _merged(*texts: str) -> list[tuple[str, str]]:
    records = [a for i, t in enumerate(texts) for a in article(t, f"a{i}").agreements]
    return sorted((a.name.lower(), a.date.iso_start() if a.date else "") for a in merge_agreements(records))


@pytest.mark.parametrize(("first", "second"), [
    ("HANOI, March 28, 2000\n\nIndia and Vietnam signed a memorandum of understanding on defence cooperation "
     "tonight.\n",
     "NEW DELHI, Nov 20, 2009\n\nIndia and Vietnam signed a memorandum of understanding on defence cooperation on "
     "Thursday.\n"),
    ("WASHINGTON, June 2, 2015\n\nThe United States and Vietnam signed a joint vision statement on defense relations "
     "in Hanoi on Monday.\n",
     "HANOI, Sept 10, 2024\n\nThe United States and Vietnam signed a joint vision statement on defense relations at "
     "the Pentagon on Monday.\n"),
    ("NEW DELHI, Oct 28, 2014\n\nIndia and Vietnam signed a memorandum on cyber security today.\n",
     "HANOI, Aug 1, 2024\n\nIndia and Vietnam signed a memorandum on cyber security today.\n"),
])
def test_one_name_signed_in_two_different_years_is_two_documents(first, second):
    assert len(_merged(first, second)) == 2


@pytest.mark.parametrize(("first", "second"), [
    # undated in one article: nothing tells them apart
    ("HANOI, March 28, 2000\n\nIndia and Vietnam signed a memorandum of understanding on defence cooperation "
     "tonight.\n",
     "NEW DELHI, 2010\n\nThe two sides reviewed the memorandum of understanding on defence cooperation.\n"),
    # one year at two precisions
    ("NEW DELHI, Nov 20, 2009\n\nIndia and Vietnam signed a memorandum of understanding on defence cooperation on "
     "Thursday.\n",
     "HANOI, Oct 13, 2010\n\nThe two sides reviewed the memorandum of understanding on defence cooperation signed in "
     "2009.\n"),
])
def test_guard_an_undated_mention_or_the_same_year_is_one_document(first, second):
    assert len(_merged(first, second)) == 1


@pytest.mark.parametrize(("sentence", "kind", "day"), [
    ("India and Vietnam have agreed to help each other in submarine rescue, one of two documents signed at the 15th "
     "round of their annual Defence Policy Dialogue held in Hanoi on Monday.", "dialogue", "2025-11-10"),
    ("India and Vietnam pledged to widen drills under a plan endorsed during the annual India-Vietnam Defence "
     "Policy Dialogue in New Delhi on Wednesday.", "dialogue", "2025-11-12"),
    ("Vietnam will receive 12 patrol boats from India under a credit line agreed during talks between Defence "
     "Minister Rajnath Singh and General Phan Van Giang in New Delhi on Tuesday.", "talks", "2025-11-11"),
    ("India and Vietnam will build on a roadmap adopted at the Defence Policy Dialogue in Hanoi on Monday.",
     "dialogue", "2025-11-10"),
])
def test_a_happening_a_document_was_made_at_is_past_in_a_plans_sentence(sentence, kind, day):
    assert [e[2] for e in events(_PAGE + sentence + "\n") if e[1] == kind] == [day]


@pytest.mark.parametrize("sentence", [
    "India and Vietnam agreed to expand training under a memorandum to be signed at the Defence Policy Dialogue in "
    "Hanoi on Friday.",
    "The pact will be signed at the Defence Policy Dialogue between India and Vietnam in Hanoi on Monday.",
    "India and Vietnam will hold the 16th Defence Policy Dialogue in New Delhi on Monday.",
])
def test_guard_a_document_still_to_be_made_leaves_the_plan_to_come(sentence):
    assert not events(_PAGE + sentence + "\n")


@pytest.mark.parametrize(("sentence", "day"), [
    ("India will help Vietnam build patrol boats, following talks here on Wednesday between Defence Minister "
     "Rajnath Singh and General Phan Van Giang.", "2025-11-12"),
    ("Vietnam will send officers to Indian academies, after talks in New Delhi on Tuesday between Defence Minister "
     "Rajnath Singh and General Phan Van Giang.", "2025-11-11"),
    ("The two navies will exchange more officers, following the meeting on Monday between Defence Minister Rajnath "
     "Singh and General Phan Van Giang.", "2025-11-10"),
])
def test_a_weekday_of_the_talks_a_plan_follows_is_the_past_one(sentence, day):
    assert [e[2] for e in events(_PAGE + sentence + "\n")] == [day]


def test_guard_a_weekday_of_a_plan_itself_is_still_to_come():
    sentence = "Defence Minister Rajnath Singh will meet General Phan Van Giang in Hanoi on Monday."
    assert not events(_PAGE + sentence + "\n")


@pytest.mark.parametrize(("sentence", "day"), [
    ("India and Vietnam signed a memorandum on cyber security today.", "2014-10-28"),
    ("India and Vietnam signed a memorandum of understanding on defence cooperation yesterday.", "2014-10-27"),
    ("India and Vietnam signed a protocol on hydrography here on Monday.", "2014-10-27"),
    ("India and Vietnam signed an agreement on white shipping information last week.", "2014-10-20"),
])
def test_a_day_told_after_a_documents_name_dates_it_and_is_no_part_of_its_name(sentence, day):
    agreements = article("NEW DELHI, Oct 28, 2014\n\n" + sentence + "\n").agreements
    assert [(a.date.iso_start() if a.date else "", any(w in a.name.lower() for w in ("today", "yesterday", "here",
                                                                                       "last")))
            for a in agreements] == [(day, False)]


@pytest.mark.parametrize("clause", [
    "and the two defence ministries signed a memorandum of understanding on defence cooperation last November",
    "and the two sides signed a roadmap on defence cooperation in 2009",
    "and the two governments opened consulates in 2009",
])
def test_a_clause_of_the_two_sides_own_keeps_its_date_from_the_happening_before_it(clause):
    text = ("NEW DELHI, Oct 13, 2010\n\nIndia and Vietnam became strategic partners when Vietnamese Prime Minister "
            f"Nguyen Tan Dung came to New Delhi in July 2007, {clause}.\n")
    assert [e[2] for e in events(text) if e[1] == "visit"] == ["2007-07"]


def test_guard_the_next_clauses_own_happening_keeps_its_date():
    text = ("NEW DELHI, Oct 13, 2010\n\nVietnamese Prime Minister Nguyen Tan Dung came to New Delhi in July 2007, and "
            "the two navies held a joint exercise in 2009.\n")
    assert events(text) == [("IND", "exercise", "2009"), ("IND", "visit", "2007-07")]


_MORESBY = ("PORT MORESBY, Sept 5, 2016\n\nIndian Prime Minister Narendra Modi held talks with Vietnamese Prime Minister "
            "Nguyen Xuan Phuc in Hanoi on Saturday.\n\n")
_MORESBY_EVENTS = [("IND", "summit", "2016-09-03")]


@pytest.mark.parametrize("sentence", [
    "In April President Pranab Mukherjee made the first visit by an Indian head of state to Papua New Guinea.",
    "In May the visit by an Indian naval squadron to Fiji drew crowds.",
    "In June a visit by the Indian Defence Minister to Japan produced a pact on shipbuilding.",
])
def test_a_visit_by_someone_to_a_third_country_is_that_countrys(sentence):
    assert events(_MORESBY + sentence + "\n") == _MORESBY_EVENTS


def test_guard_a_visit_by_someone_to_vietnam_stays():
    text = _MORESBY + "In July a visit by an Indian naval squadron to Vietnam drew crowds.\n"
    assert events(text) == sorted([*_MORESBY_EVENTS, ("IND", "visit", "2016-07")])


@pytest.mark.parametrize("sentence", [
    "In April President Pranab Mukherjee made a visit to Papua New Guinea, meeting Governor-General Michael Ogio.",
    "In June Defence Minister Rajnath Singh flew to Jakarta, where he held talks with his host.",
    "In May Prime Minister Narendra Modi travelled to Japan and met Prime Minister Fumio Kishida.",
])
def test_a_meeting_on_a_third_country_visit_with_no_vietnamese_is_none(sentence):
    assert events(_MORESBY + sentence + "\n") == _MORESBY_EVENTS


def test_guard_a_meeting_with_a_vietnamese_on_a_third_country_visit_stays():
    text = _MORESBY + "In May Defence Minister Rajnath Singh travelled to Kuala Lumpur, where he met General Phan Van Giang.\n"
    assert events(text) == sorted([*_MORESBY_EVENTS, ("IND", "talks", "2016-05")])


@pytest.mark.parametrize(("sentence", "day"), [
    ("The Forum held a seminar to mark the approaching fortieth anniversary of full diplomatic relations between "
     "India and Vietnam, which were established on 7 January 1972.", "1972-01-07"),
    ("The seminar marked the coming 40th anniversary of diplomatic ties between Vietnam and India, which were set up "
     "in January 1972.", "1972-01"),
    ("Scholars gathered to mark the approaching 40th anniversary of India's diplomatic relations with Vietnam, which "
     "were established on 7 January 1972.", "1972-01-07"),
])
def test_an_approaching_anniversary_gives_way_to_the_origin_date_told_after_it(sentence, day):
    assert [e[2] for e in events("KOLKATA, Dec 9, 2011\n\n" + sentence + "\n")] == [day]


def test_guard_a_count_from_a_date_told_before_it_keeps_its_own_year():
    text = ("NEW YORK, Sept 25, 2024\n\nEarlier, on September 22, President To Lam received former US Secretary of "
            "State John Kerry, on the occasion of the first anniversary of the Comprehensive Strategic "
            "Partnership.\n")
    assert [e[2] for e in events(text) if e[1] == "partnership_upgrade"] == ["2023"]


@pytest.mark.parametrize(("line", "published_", "day"), [
    ("Vol. 9 | Issue 3 | July-September 2023", "2023-07", "2023-07-22"),
    ("Volume 12, No. 4, October to December 2019", "2019-10", "2019-07-22"),
    ("Quarterly Bulletin, Jan-Mar 2021", "2021-01", "2020-07-22"),
    ("The Professional Magazine of the Surface Navy\nMarch/April 2004", "2004-03", "2003-07-22"),
])
def test_an_issue_of_a_span_of_months_is_dated_by_the_span_and_reports_what_came_before_its_end(line, published_, day):
    text = (f"YARD TALK\nIn-house newsletter of a shipyard\n{line}\n\nCOVER STORY\n\nOn 22 July the corvette Kirpan "
            "was handed over to the Vietnam People's Navy at Cam Ranh by India.\n")
    assert published(text) == (published_, "stated")
    assert events(text) == [("IND", "ceremony", day)]


@pytest.mark.parametrize(("sentence", "pair"), [
    ("The agreement was signed Tuesday in Hanoi by Maj. Gen. Raymond F. Rees, Adjutant General of Oregon, and Lt. "
     "Gen. Tran Quang Khue.", {"raymond-f-rees", "tran-quang-khue"}),
    ("Brig. Gen. Arthur J. Logan, Adjutant General of Hawaii, met Lt. Gen. Tran Quang Khue in Hanoi on Tuesday.",
     {"arthur-j-logan", "tran-quang-khue"}),
    ("Maj. Gen. Ronald Westfall, commander of the Washington National Guard, met Deputy Defence Minister Nguyen Chi "
     "Vinh in Hanoi on Tuesday.", {"ronald-westfall", "nguyen-chi-vinh"}),
])
def test_an_officer_whose_role_names_a_state_of_the_partner_is_the_partners(sentence, pair):
    got = article("WASHINGTON, Nov. 28, 2012\n\nThe United States and Vietnam will work together.\n\n"
                  + sentence + "\n").events
    assert [(e.type, e.date.iso_start(), set(e.participants)) for e in got] == [("talks", "2012-11-27", pair)]


@pytest.mark.parametrize(("stamp", "day"), [
    ("WEDNESDAY 04-07-2007", "2007-07-04"),
    ("FRIDAY 10/06/2022", "2022-06-10"),
    ("THURSDAY, 06.10.2022", "2022-10-06"),
])
def test_a_stamps_weekday_in_capitals_tells_the_order_of_its_figures(stamp, day):
    text = f"NEWS\n\n{stamp}\n\nThe Prime Minister of Vietnam, Mr. Nguyen Tan Dung, arrived in Kolkata this morning.\n"
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("line", "month"), [
    ("VFW MAGAZINE | FEBRUARY 2020 | POW/MIA UPDATE", "2020-02"),
    ("The American Legion Magazine | March 2019 | Features", "2019-03"),
    ("Naval History Magazine · June 2016 · Vol. 30", "2016-06"),
])
def test_a_magazines_masthead_row_dates_the_issue(line, month):
    text = (f"{line}\n\nDefense Chief Swaps Records\n\nDefense Secretary Mark Esper met General Ngo Xuan Lich in "
            "Hanoi on Nov. 20.\n")
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("span", "day", "year"), [
    ("from 30 July to 1 August 2024", "1 August", "2024-08-01"),
    ("from July 30 to August 1, 2024", "August 1", "2024-08-01"),
    ("on 30-31 July 2024", "31 July", "2024-07-31"),
])
def test_a_day_of_the_span_just_told_is_of_its_year(span, day, year):
    text = (f"NEW DELHI, Dec 20, 2025\n\nPrime Minister Pham Minh Chinh visited New Delhi "
            f"{span}. After talks on {day}, Prime Minister Narendra Modi announced a credit line.\n")
    assert [e[2] for e in events(text) if e[1] != "visit"] == [year]


_KIRPAN = "NEW DELHI, July 23, 2023\n\nIndia handed over the corvette INS Kirpan to Vietnam on Saturday.\n\n"


@pytest.mark.parametrize("sentence", [
    "In May, on a three-day visit to Male, Defence Minister Rajnath Singh handed over a fast patrol vessel, "
    "commissioned into the MNDF Coast Guard, and a landing craft to the Maldives.",
    "In March India gifted two Dornier aircraft to Sri Lanka's navy.",
    "In April the Indian Navy handed over an offshore patrol vessel to Mozambique.",
])
def test_a_handover_to_a_third_country_is_that_countrys(sentence):
    assert events(_KIRPAN + sentence + "\n") == [("IND", "ceremony", "2023-07-22")]


def test_guard_a_handover_to_a_vietnamese_body_stays():
    text = _KIRPAN + "In June India handed over 12 high-speed boats to the Vietnam Border Guard.\n"
    assert events(text) == [("IND", "ceremony", "2023-06"), ("IND", "ceremony", "2023-07-22")]


@pytest.mark.parametrize("sentence", [
    "In May Defence Minister Rajnath Singh paid a visit to Colombo.",
    "In May the Indian frigate INS Trikand made a port call at Port Louis.",
    "In May Defence Minister Rajnath Singh arrived in Malé for a three-day visit.",
])
def test_a_visit_to_a_third_countrys_capital_or_port_is_that_countrys(sentence):
    assert events(_KIRPAN + sentence + "\n") == [("IND", "ceremony", "2023-07-22")]


@pytest.mark.parametrize("sentence", [
    "From 24 to 30 August the Oregon Guard hosted a Vietnamese delegation led by Vice Admiral Pham Ngoc Minh.",
    "The Hawaii National Guard hosted a Vietnamese army delegation from June 3 to 7.",
    "The US Pacific Fleet received a delegation of the Vietnam People's Navy on 3-7 June.",
])
def test_a_hosts_days_with_a_delegation_are_its_visit(sentence):
    assert [e[1] for e in events("Oregon National Guard\nOctober 2, 2014\n\n" + sentence + "\n")] == ["visit"]


def test_guard_a_host_meeting_a_delegation_on_one_day_holds_talks():
    text = ("Oregon National Guard\nOctober 2, 2014\n\nOn Aug. 24 the Oregon Guard hosted a Vietnamese delegation led "
            "by Vice Admiral Pham Ngoc Minh.\n")
    assert events(text) == [("USA", "talks", "2014-08-24")]


@pytest.mark.parametrize("sentence", [
    "Since 2009 Viet Nam has sent delegations to visit U.S. aircraft carriers transiting nearby waters.",
    "Since 1988, Viet Nam and the United States have cooperated in searching for the missing, work that "
    "contributed to the normalisation of relations.",
    "Since 2015, US Navy ships have made port calls at Cam Ranh every year.",
])
def test_what_has_gone_on_since_a_year_is_no_happening_of_that_year(sentence):
    assert not events("HANOI, Oct 2, 2019\n\n" + sentence + "\n")


@pytest.mark.parametrize(("sentence", "event"), [
    ("Since 2016, when President Obama visited Hanoi, ties have grown.", ("USA", "visit", "2016")),
    ("Since October 2013, the US Navy has been running a diving course for Vietnamese sailors.",
     ("USA", "exercise", "2013-10")),
])
def test_guard_a_when_clause_or_a_course_running_since_keeps_its_date(sentence, event):
    assert events("HANOI, Oct 2, 2019\n\n" + sentence + "\n") == [event]


@pytest.mark.parametrize(("sentence", "day"), [
    ("Indian Prime Minister Atal Behari Vajpayee stepped off his plane in Hanoi on Jan. 7. His hosts made up for lost "
     "time. On the Monday, Vajpayee sat down with Prime Minister Phan Van Khai.", "2001-01-08"),
    ("Indian Prime Minister Atal Behari Vajpayee arrived in Hanoi on January 7. On the Tuesday he held talks with "
     "Prime Minister Phan Van Khai.", "2001-01-09"),
    ("Indian Prime Minister Atal Behari Vajpayee reached Hanoi on 7 January. On the Wednesday, Vajpayee met Prime "
     "Minister Phan Van Khai.", "2001-01-10"),
])
def test_the_weekday_of_a_story_is_the_first_after_the_day_told_before_it(sentence, day):
    text = "ASIAWEEK.COM | NATIONS\nJANUARY 19, 2001 VOL. 27 NO. 2\n\n" + sentence + "\n"
    assert [e[2] for e in events(text) if e[1] == "summit"] == [day]


def test_guard_a_bare_weekday_is_the_latest_before_the_page():
    text = ("ASIAWEEK.COM | NATIONS\nJANUARY 19, 2001 VOL. 27 NO. 2\n\nIndian Prime Minister Atal Behari Vajpayee "
            "arrived in Hanoi on January 7. Vajpayee held talks with Prime Minister Phan Van Khai on Monday.\n")
    assert [e[2] for e in events(text) if e[1] == "summit"] == ["2001-01-15"]


@pytest.mark.parametrize("sentence", [
    "The Vietnamese city command welcomed the destroyer INS Kiltan of the Indian Navy at Tien Sa Port on 24/7.",
    "Naval Region 3 of Vietnam welcomed INS Kiltan of the Indian Navy at Tien Sa on 24/7.",
    "Da Nang officials welcomed three Indian Navy ships at Tien Sa Port on 24/7.",
])
def test_a_host_welcoming_a_ship_hosts_its_port_call(sentence):
    assert events("DNMC\n\nThursday, 24/07/2025 16:35\n\n" + sentence + "\n") == [("IND", "visit", "2025-07-24")]


def test_guard_a_welcome_ceremony_is_no_happening_of_its_own():
    text = "DNMC\n\nThursday, 24/07/2025 16:35\n\nThe welcome ceremony for the Indian delegation was brief.\n"
    assert not events(text)


@pytest.mark.parametrize("line", [
    "Saturday, July 07, 2007, Jamadi-us-Sani 21, 1428 A.H.",
    "Saturday, July 07, 2007, Rajab 21, 1428 A.H.",
    "Saturday, July 7, 2007, Ashadha 16, 1929 Saka.",
])
def test_a_date_of_another_calendar_beside_the_pages_leaves_the_page_its_date(line):
    text = (f"The News International\n{line}\nWorld\n\nIndia, Vietnam forge partnership\n\nNEW DELHI: India and "
            "Vietnam on Friday raised their relations to a strategic partnership.\n")
    assert published(text) == ("2007-07-07", "stated")


@pytest.mark.parametrize("sentence", [
    "Cohen's three-day program includes a meeting with Foreign Minister Nguyen Dy Nien on Tuesday.",
    "The secretary's itinerary includes talks with Foreign Minister Nguyen Dy Nien on Tuesday.",
    "His schedule calls for a meeting with Prime Minister Phan Van Khai on Tuesday.",
])
def test_what_a_visits_programme_includes_is_a_plan(sentence):
    text = ("HANOI, March 13, 2000 (AP)\n\nUS Defense Secretary William Cohen arrived in Vietnam today.\n\n"
            + sentence + "\n")
    assert events(text) == [("USA", "visit", "2000-03-13")]


def test_guard_a_meeting_told_as_part_of_a_programme_was_held():
    text = ("HANOI, March 13, 2000 (AP)\n\nUS Defense Secretary William Cohen arrived in Vietnam today.\n\nCohen met "
            "Foreign Minister Nguyen Dy Nien on Monday, a meeting that was part of his program.\n")
    assert ("USA", "talks", "2000-03-13") in events(text)


_AUG_2010 = "HANOI, Aug 18, 2010\n\nThe United States and India both engage Vietnam.\n\n"


@pytest.mark.parametrize(("sentence", "partner"), [
    ("Vietnam and the United States held their first formal defence policy talks yesterday.", "USA"),
    ("India and Vietnam held defence policy talks in New Delhi on Tuesday.", "IND"),
    ("Senior defense officials from Vietnam and the US met in Hanoi on Tuesday for what both sides called the first "
     "round of a new defense policy dialogue.", "USA"),
    ("US and Vietnamese officials met on Tuesday for what officials described as the first session of a new defence "
     "policy dialogue.", "USA"),
])
def test_defence_policy_talks_and_a_meeting_for_what_is_called_a_dialogue_are_its_session(sentence, partner):
    assert events(_AUG_2010 + sentence + "\n") == [(partner, "dialogue", "2010-08-17")]


def test_guard_a_meeting_for_talks_on_a_subject_is_talks():
    text = _AUG_2010 + "US and Vietnamese officials met on Tuesday for talks on maritime security.\n"
    assert events(text) == [("USA", "talks", "2010-08-17")]


@pytest.mark.parametrize("sentence", [
    "Biden stayed away from the ASEAN-U.S. Summit here on Wednesday, sending Vice President Kamala Harris instead.",
    "Vice President Kamala Harris attended the ASEAN-US Summit in Jakarta on Wednesday.",
    "Prime Minister Narendra Modi attended the ASEAN-India Summit in Jakarta on Thursday.",
])
def test_the_blocs_summit_with_one_partner_is_multilateral(sentence):
    text = "JAKARTA, Sept 11, 2023 (Tempo)\n\nThe United States and India court Vietnam.\n\n" + sentence + "\n"
    assert not [e for e in events(text) if e[1] == "summit"]
