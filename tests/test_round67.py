"""Round 67 of the generalisation loop (batches 1020 on): general rules, each on three or more phrasings written for
the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published

from ties_lib.agreements import find_agreements, same_agreement


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


def _agreements(text: str) -> list[tuple[str, str, str]]:
    """(partner, name, status) of each agreement the kit codes in a small article."""
    return sorted((a.partner, a.name, a.status) for a in article(text).agreements)


_SEPT_2023 = "X\nHanoi, September 12, 2023\n\n"


# a joint statement, or a joint leaders' statement, is the one statement of its occasion: a document on its own
@pytest.mark.parametrize("sentence, name, status", [
    ("President Joe Biden and General Secretary Nguyen Phu Trong issued a joint leaders' statement on Sunday.",
     "joint leaders' statement", "signed"),
    ("After their talks in Hanoi on Sunday, the leaders of Vietnam and the United States issued a joint statement on "
     "the comprehensive strategic partnership.", "joint statement on the comprehensive strategic partnership", "signed"),
    ("The leaders' joint statement released on Monday in Hanoi refers to cooperation on maritime law enforcement with "
     "the United States.", "leaders' joint statement", "referenced"),
    ("Their joint statement of Sunday welcomed closer cooperation between Vietnam and the United States on war "
     "legacy issues.", "joint statement", "referenced"),
])
def test_a_joint_statement_is_an_agreement(sentence, name, status):
    assert ("USA", name, status) in _agreements(_SEPT_2023 + sentence)


def test_guard_a_third_countrys_joint_statement_is_no_agreement():
    text = _SEPT_2023 + ("Japan and the Philippines issued a joint statement on maritime security on Monday, days "
                         "after Biden's visit to Hanoi.")
    assert not _agreements(text)


def test_guard_a_statement_that_is_not_joint_is_no_agreement():
    assert not [a for a in find_agreements("The White House issued a statement on Sunday about the visit.")]


# an abbreviation shares the words it stands for: one document, not two rows
@pytest.mark.parametrize("short, long", [
    ("logistics MoU", "memorandum of understanding on mutual logistics support"),
    ("hydrography MoU", "Memorandum of Understanding on Hydrography"),
    ("defence LoC", "defence line of credit"),
])
def test_an_abbreviated_name_is_the_same_agreement(short, long):
    assert same_agreement(short, long)


def test_guard_two_memoranda_on_different_things_stay_two():
    assert not same_agreement("logistics MoU", "memorandum of understanding on cyber security")


def test_an_mou_named_short_later_is_one_row():
    from ties_lib.corpus import merge_agreements

    text = ("X\nHanoi, June 10, 2022\n\nIndian Defence Minister Rajnath Singh and General Phan Van Giang signed a "
            "memorandum of understanding on mutual logistics support in Hanoi on Wednesday. Officials said the "
            "logistics MoU lets Indian ships refuel at Vietnamese ports.")
    merged = merge_agreements(list(article(text).agreements))
    assert [(a.name, a.status) for a in merged] == [("memorandum of understanding on mutual logistics support",
                                                      "signed")]


_JUNE_NO_YEAR = "X\nHO CHI MINH CITY, June 4 (Wire) - "


# "N years after the two countries declared a strategic partnership" with a year-less dateline, the partnership's
# start told elsewhere (not in the next sentence) in a when-clause after its date: the article is that year plus N
@pytest.mark.parametrize("later", [
    "Ties have grown since Prime Minister Nguyen Tan Dung's trip to New Delhi in July 2007, when the relationship was "
    "raised to a strategic partnership.",
    "Ties have deepened since Prime Minister Nguyen Tan Dung went to New Delhi in 2007, when the two countries "
    "established a strategic partnership.",
    "The two navies have met often since July 2007, when ties were upgraded to a strategic partnership during a visit "
    "by Prime Minister Nguyen Tan Dung.",
])
def test_a_partnership_begun_in_a_when_clause_dates_a_count_of_years(later):
    text = (_JUNE_NO_YEAR + "Three Indian ships berthed at Nha Rong port on Monday, six years after the two "
            "countries declared a strategic partnership. The flotilla was received at the quayside by officers of Naval "
            "Region 2. " + later)
    assert published(text)[0] == "2013-06-04"


def test_guard_a_when_clause_that_tells_no_beginning_dates_no_count():
    text = (_JUNE_NO_YEAR + "Three Indian ships berthed at Nha Rong port on Monday, six years after the two "
            "countries declared a strategic partnership. The flotilla was received at the quayside by officers of Naval "
            "Region 2. Ties have grown since Prime Minister Nguyen Tan Dung's trip to New Delhi in July 2007, when he "
            "discussed the strategic partnership with Singh.")
    assert published(text)[0] != "2013-06-04"


# "before flying to <the next place>" after a stay's meetings ends the stay: no visit of its own
@pytest.mark.parametrize("page, sentence", [
    ("Hanoi, September 12, 2023", "On Monday, Biden met President Vo Van Thuong and, separately, Prime Minister Pham "
     "Minh Chinh, before flying to Alaska."),
    ("Hanoi, July 31, 2021", "The next day Austin met President Nguyen Xuan Phuc and Prime Minister Pham Minh Chinh "
     "separately before flying out to Washington."),
    ("Hanoi, June 12, 2022", "On Saturday Defence Minister Rajnath Singh met Prime Minister Pham Minh Chinh and, "
     "separately, President Nguyen Xuan Phuc before flying to New Delhi."),
])
def test_flying_on_after_the_meetings_is_no_visit(page, sentence):
    starts = _starts(f"X\n{page}\n\n{sentence}")
    assert [s for s in starts if s[1] in ("talks", "summit")]
    assert not [s for s in starts if s[1] == "visit"]


def test_guard_flying_from_a_third_countrys_city_is_an_arrival():
    text = ("X\nHanoi, November 22, 2019\n\nEsper met Defense Secretary Delfin Lorenzana in Manila on Tuesday before "
            "flying to Hanoi that night.")
    assert [s for s in _starts(text) if s[1] == "visit"]


_SUNDAY_LEAD = ("X\nHanoi, September 12, 2023\n\nUnited States President Joe Biden and General Secretary Nguyen Phu "
                "Trong agreed on Sunday to raise relations to a comprehensive strategic partnership. ")
_CARRIER = "\n\nThe aircraft carrier USS Ronald Reagan spent five days in Da Nang from June 25 to 30.\n"


# an arrival told in a clause of the hours after it ("hours after Mr Biden flew in"), beside a meeting dated by the
# lead: the visit, on the meeting's day, also when the article dates another visit of the partner
@pytest.mark.parametrize("sentence", [
    "The two leaders met at the party headquarters in Hanoi hours after Mr Biden flew in from Jakarta.",
    "Trong received Mr Biden at the party headquarters in Hanoi hours after the president landed at Noi Bai airport.",
    "The two leaders met in Hanoi just after Biden flew in from New Delhi, where he had attended the G-20 summit.",
])
def test_an_arrival_hours_before_a_meeting_is_the_visit_that_day(sentence):
    starts = _starts(_SUNDAY_LEAD + sentence + _CARRIER)
    assert ("USA", "visit", "2023-09-10") in starts


def test_guard_an_arrival_told_with_its_own_day_is_one_visit():
    text = (_SUNDAY_LEAD + "Biden arrived in Hanoi on Sunday afternoon for a two-day state visit. The two leaders met "
            "at the party headquarters hours after Mr Biden flew in from New Delhi." + _CARRIER)
    assert [s for s in _starts(text) if s[1] == "visit" and s[2].startswith("2023-09")] == [
        ("USA", "visit", "2023-09-10")]


# a plan told in a list item with no full stop ("- Analysts say Hanoi will keep balancing") ends at its line: the
# weekday of the paragraph after it is a past day, not one to come
@pytest.mark.parametrize("box, sentence, expected", [
    ("Key points:\n- Analysts say Hanoi will keep balancing between the US and China",
     "Mr Biden flew into Hanoi on Sunday afternoon and held talks with General Secretary Nguyen Phu Trong.",
     ("USA", "visit", "2022-06-05")),
    ("Key points:\n- More boats will follow",
     "Indian Defence Minister Rajnath Singh flew into Hanoi on Wednesday.", ("IND", "visit", "2022-06-08")),
    ("Highlights:\n- Officials say drills will resume soon",
     "The Indian frigate INS Sahyadri docked at Cam Ranh on Friday.", ("IND", "visit", "2022-06-10")),
])
def test_a_plan_in_a_list_item_ends_at_its_line(box, sentence, expected):
    assert expected in _starts(f"X\nPosted Sat 11 Jun 2022\n\n{box}\n\n{sentence}\n")


def test_guard_a_plan_in_the_weekdays_own_sentence_is_still_to_come():
    text = "X\nPosted Sat 11 Jun 2022\n\nIndian Defence Minister Rajnath Singh will fly into Hanoi on Wednesday.\n"
    assert not [s for s in _starts(text) if s[1] == "visit"]


def _issue_page(line: str) -> str:
    return (f"Indian yards eye Vietnam work\n\nGANTRY & HULL - the monthly\n{line}\n\nThe credit agreement was signed on "
            "15 September in Hanoi by the Export-Import Bank of India and Vietnam.\n")


# an issue numbered in its year with its one month in brackets is of that month
@pytest.mark.parametrize("line, month", [
    ("Issue 10/2014 (October) | Markets: Asia-Pacific", "2014-10"),
    ("No. 3/2019 (March edition) | Defence", "2019-03"),
    ("Issue 11/2008 [November issue]", "2008-11"),
])
def test_an_issue_with_its_month_in_brackets_is_of_that_month(line, month):
    assert published(_issue_page(line))[0] == month


# a section named beside the issue's number is no month, whatever letters it opens with
@pytest.mark.parametrize("line, month", [
    ("Issue 10/2014 | Markets: Asia-Pacific", "2014-10"),
    ("Issue 9/2019 | Maritime", "2019-09"),
    ("Issue 5/2016 | Decisions", "2016-05"),
])
def test_a_section_word_is_no_month_of_an_issue_line(line, month):
    assert published(_issue_page(line))[0] == month


def test_guard_an_issue_number_past_twelve_names_only_its_year():
    assert published(_issue_page("Issue 14/2019 | Asia"))[0] == "2019"


def _domains(sentence: str) -> set[str]:
    from ties_lib.domains import find_domains

    return {d for _s, _e, d, _t in find_domains(sentence)}


# the pandemic told as a time or a cause ("during the pandemic", "because of the coronavirus pandemic", "a two-year
# pandemic break") is no health cooperation
@pytest.mark.parametrize("sentence", [
    "After a pause during the pandemic, the exercise has been held almost every year since.",
    "The two defence ministers held their talks by video link because of the coronavirus pandemic.",
    "It was the first in-person search-and-rescue engagement between the two services since before the pandemic.",
    "The dialogue returned to Hanoi in June after a two-year pandemic break.",
    "The annual staff talks, last held in 2019, may resume after the COVID-19 pandemic.",
])
def test_the_pandemic_as_a_time_is_no_health_domain(sentence):
    assert "health" not in _domains(sentence)


@pytest.mark.parametrize("sentence", [
    "India gave Vietnam 100,000 vaccine doses to fight the pandemic.",
    "The two sides agreed to cooperate on the COVID-19 pandemic response.",
    "The US donated ventilators to help Vietnam's pandemic response.",
])
def test_guard_cooperation_on_the_pandemic_is_health(sentence):
    assert "health" in _domains(sentence)


# a sea area is no economic cooperation; a UN mission a force serves in is peacekeeping; India's ITEC programme trains
@pytest.mark.parametrize("sentence, present, absent", [
    ("Vietnam protested against a Chinese survey ship operating in its exclusive economic zone.", set(), {"economic"}),
    ("The coast guards discussed patrols in their exclusive economic zones.", set(), {"economic"}),
    ("India's navy will patrol the exclusive economic zone of Mauritius.", set(), {"economic"}),
    ("Vietnam runs Level-2 field hospitals with United Nations missions in South Sudan.", {"peacekeeping"},
     {"multilateral"}),
    ("Fourteen Vietnamese officers completed a United Nations military observers course in New Delhi.",
     {"peacekeeping"}, {"multilateral"}),
    ("Vietnamese engineers serve in UN missions in Abyei and South Sudan.", {"peacekeeping"}, {"multilateral"}),
    ("India expanded training slots under its Technical and Economic Cooperation programme.", {"training"},
     {"economic"}),
])
def test_a_sea_area_a_un_mission_and_itec(sentence, present, absent):
    found = _domains(sentence)
    assert present <= found and not absent & found


def test_guard_coordination_at_the_united_nations_is_multilateral():
    assert "multilateral" in _domains("The two countries agreed to coordinate closely at the United Nations.")


_NOV_2018 = "X\n15 November 2018\n\n"


# a team that spent days at the other side's base or city advising or coaching its people: an exercise
@pytest.mark.parametrize("sentence, partner, start", [
    ("An Indian Navy survey team spent two weeks in Nha Trang in August advising Vietnamese counterparts on charting "
     "practice.", "IND", "2018-08"),
    ("A U.S. Coast Guard team spent ten days in Hai Phong in May advising Vietnamese officers on boarding procedures.",
     "USA", "2018-05"),
    ("A team of Indian engineers spent a month at the Hong Ha shipyard in March coaching Vietnamese technicians on "
     "hull repair.", "IND", "2018-03"),
])
def test_a_team_that_spent_days_advising_is_an_exercise(sentence, partner, start):
    starts = _starts(_NOV_2018 + sentence)
    assert (partner, "exercise", start) in starts
    assert not [s for s in starts if s[1] == "visit"]


def test_guard_advice_to_others_is_no_exercise():
    text = _NOV_2018 + "An Indian trade team spent two weeks in Hanoi in May advising investors on the market."
    assert not [s for s in _starts(text) if s[1] == "exercise"]


# an exchange the two sides' people held on a subject of their trade: an expert exchange, an exercise
@pytest.mark.parametrize("sentence, partner, start", [
    ("Medical teams of the Indian and Vietnamese armies held an online exchange on field hospital operations in "
     "April.", "IND", "2018-04"),
    ("The Indian and Vietnamese coast guards held an online exchange on oil-spill response in the week of September "
     "9.", "IND", "2018-09-09"),
    ("Indian and Vietnamese surgeons held an exchange on the treatment of blast injuries at Hospital 108 in Hanoi in "
     "May.", "IND", "2018-05"),
])
def test_an_exchange_held_on_a_subject_is_an_exercise(sentence, partner, start):
    assert (partner, "exercise", start) in _starts(_NOV_2018 + sentence)


def test_guard_an_exchange_of_views_is_no_exercise():
    text = _NOV_2018 + ("Indian Defence Minister Nirmala Sitharaman and General Ngo Xuan Lich held an exchange of views "
                        "on the South China Sea in New Delhi in April.")
    assert not [s for s in _starts(text) if s[1] == "exercise"]


_JUNE_2022 = "X\n10 June 2022\n\n"


# "arrived ... on a three-day visit": the visit the arrival was for is the arrival's, told once, not a second visit on
# the day told after the noun
@pytest.mark.parametrize("sentence, partner, start", [
    ("Mr. Dung arrived here on Wednesday evening on a three-day visit to India, and was given a ceremonial welcome at "
     "Rashtrapati Bhavan on Thursday morning.", "IND", "2022-06-08"),
    ("The Indian Navy's INS Sahyadri arrived at Cam Ranh on Monday on a four-day goodwill visit, and its crew played "
     "football with Vietnamese sailors on Thursday.", "IND", "2022-06-06"),
    ("Rajnath Singh arrived in Hanoi on Tuesday evening on a three-day official visit, and laid a wreath at the Ho Chi "
     "Minh Mausoleum on Wednesday morning.", "IND", "2022-06-07"),
])
def test_the_visit_an_arrival_was_for_is_one_visit(sentence, partner, start):
    visits = [s for s in _starts(_JUNE_2022 + sentence) if s[1] == "visit"]
    assert visits == [(partner, "visit", start)]


def test_guard_a_later_visit_told_in_a_clause_of_its_own_stays():
    text = _JUNE_2022 + ("Rajnath Singh arrived in Hanoi on Tuesday evening, and on Thursday he paid a visit to the naval "
                         "base at Cam Ranh.")
    assert [s[2] for s in _starts(text) if s[1] == "visit"] == ["2022-06-07", "2022-06-09"]


_READOUT_BODY = (
    "The two sides reviewed defence cooperation. They discussed maritime security. They exchanged views on regional "
    "issues. They noted progress in training. They welcomed cooperation in military medicine. They agreed to expand "
    "exchanges between their services. They discussed war legacy issues. They reviewed peacekeeping cooperation. "
    "They discussed cooperation in the defence industry. They noted the importance of international law. ")


# a readout's "X also called on <host>" a dozen sentences after X's dated talks: a meeting of that day
@pytest.mark.parametrize("page, lead, also, partner, day", [
    ("07/29/2021", "Secretary of Defense Lloyd Austin met today with Vietnamese Minister of National Defense General "
     "Phan Van Giang in Hanoi. ", "Secretary Austin also called on President Nguyen Xuan Phuc.", "USA", "2021-07-29"),
    ("6 August 2022", "Indian Defence Minister Rajnath Singh held talks today with General Phan Van Giang in Hanoi. ",
     "Mr Rajnath Singh also called on Prime Minister Pham Minh Chinh.", "IND", "2022-08-06"),
    ("07/20/2023", "Indian Navy chief Admiral R. Hari Kumar met today with Vietnamese Minister of National Defence "
     "General Phan Van Giang in Hanoi. ", "Admiral Hari Kumar also called on Prime Minister Pham Minh Chinh.", "IND",
     "2023-07-20"),
])
def test_an_also_call_a_readout_later_is_of_the_talks_day(page, lead, also, partner, day):
    starts = _starts(f"X\n{page}\n\n{lead}{_READOUT_BODY}{also}")
    assert [s for s in starts if s[1] in ("talks", "summit") and s[2] == day][1:]


def test_guard_an_also_call_after_another_days_meeting_is_not_the_first_days():
    text = ("X\n07/30/2021\n\nSecretary of Defense Lloyd Austin met Vietnamese Minister of National Defense General Phan "
            "Van Giang in Hanoi on Thursday. " + _READOUT_BODY + "On Friday Secretary Austin met Prime Minister Pham "
            "Minh Chinh. Secretary Austin also called on President Nguyen Xuan Phuc.")
    phuc = [e.date.iso_start() for e in article(text).events if "nguyen-xuan-phuc" in e.participants]
    assert "2021-07-29" not in phuc


def _newsletter(line: str) -> str:
    return ("The Fathom Line\n\nThe Fathom Line Weekly | Monthly tracker edition\n" + line + "\n\nHello again. Indian "
            "Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi last month.\n")


# a newsletter's "Sent <weekday> <day>" stamp, however long the note after its bar, dates the page
@pytest.mark.parametrize("line, day", [
    ("Sent Friday 1 July 2022 | You are receiving this because you subscribed at fathomline.news", "2022-07-01"),
    ("Sent Monday 4 March 2019 | You received this email because you signed up at our website", "2019-03-04"),
    ("Emailed Thursday 12 November 2015 | You are getting this newsletter as a subscriber to Harbour Notes",
     "2015-11-12"),
])
def test_a_newsletters_sent_stamp_dates_the_page(line, day):
    assert published(_newsletter(line)) == (day, "stated")


def test_guard_a_sent_from_line_is_no_stamp():
    text = ("Note\n\nIndian Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on 8 June "
            "2022.\n\nSent from my iPhone\n")
    assert published(text)[1] != "stated"
