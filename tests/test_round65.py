"""Round 65 of the generalisation loop (batches 988 on): general rules, each on three or more phrasings written for
the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published

from ties_lib.events import find_triggers


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


# a stay told in the present up to a weekday ("is in Vietnam on an official visit through Friday"): the weekday is
# the end still to come, not the latest such day before the page (a Wednesday, 1 June 2022)
@pytest.mark.parametrize("sentence, partner", [
    ("Indian Defence Minister Rajnath Singh is in Vietnam on an official visit through Friday.", "IND"),
    ("The Indian Navy's Eastern Fleet ships are in Cam Ranh on a port call through Sunday.", "IND"),
    ("US Defense Secretary Lloyd Austin is in Vietnam on a three-day official trip through Thursday.", "USA"),
])
def test_a_present_stay_through_a_weekday_is_still_going_on(sentence, partner):
    visits = [s for s in _starts("X\nHanoi, June 1, 2022\n\n" + sentence) if s[1] == "visit"]
    assert visits and all(p == partner and d.startswith("2022-06") for p, _t, d in visits)


def test_guard_a_past_stay_through_a_weekday_ended_on_the_weekday_before_the_page():
    text = "X\nHanoi, June 1, 2022\n\nIndian Defence Minister Rajnath Singh was in Vietnam on an official visit " \
           "through Friday."
    assert ("IND", "visit", "2022-05-27") in _starts(text)


_JUNE_2022 = "X\nHanoi, June 10, 2022\n\n"


# a team that spent weeks at the other side's school or base running a course or programme, or learning a craft:
# the course, an exercise, not a visit
@pytest.mark.parametrize("sentence, partner, month", [
    ("One such US Coast Guard team spent two weeks in Hai Phong in March running a maritime law enforcement boarding "
     "course for 30 Vietnamese officers.", "USA", "2022-03"),
    ("In April a team of Indian Navy hydrographers spent two weeks in Nha Trang, conducting a familiarisation "
     "programme for Vietnamese survey officers.", "IND", "2022-04"),
    ("A group of Indian Air Force engineers spent a month in Da Nang in May running an aircraft maintenance "
     "familiarisation program.", "IND", "2022-05"),
    ("A group of about 50 Vietnamese sailors spent several weeks in Visakhapatnam from early May learning to operate "
     "the Indian corvette's systems.", "IND", "2022-05"),
    ("A team of Vietnamese specialists spent ten days at the US Central Identification Laboratory in Hawaii in May, "
     "learning forensic techniques.", "USA", "2022-05"),
    ("The Vietnamese pilots spent a month in Jodhpur in March learning to fly the Indian trainer.", "IND", "2022-03"),
])
def test_a_team_that_spent_weeks_running_or_learning_a_course_held_an_exercise(sentence, partner, month):
    starts = _starts(_JUNE_2022 + sentence)
    assert (partner, "exercise", month) in starts
    assert not [s for s in starts if s[1] == "visit"]


def test_guard_a_delegation_that_spent_days_learning_how_the_other_side_works_made_a_visit():
    starts = _starts(_JUNE_2022 + "Officers of the Vietnam Coast Guard spent a week at Sand Island in May learning "
                                  "how the U.S. Coast Guard runs search and rescue.")
    assert not [s for s in starts if s[1] == "exercise"]


def test_guard_a_minister_who_spent_days_in_the_capital_made_a_visit():
    assert ("IND", "visit", "2022-06") in _starts(_JUNE_2022 + "Indian Defence Minister Rajnath Singh spent three days "
                                                                "in Hanoi in June.")


# a programme's host named before the guests who join the show: no host receiving a guest
@pytest.mark.parametrize("sentence", [
    "This week host Meera Dasgupta is joined by retired Commodore Anil Thampi to look back at the year.",
    "On this episode, host Anjali Raghavan is joined by researcher Nguyen Thu Ha.",
    "In the second half, host Le Minh Chau was joined by two analysts of Vietnamese defence.",
])
def test_a_shows_host_joined_by_guests_is_no_hosting(sentence):
    assert not [t for t in find_triggers(sentence) if t.text.lower() == "host"]


def test_guard_a_country_that_will_host_a_minister_still_hosts():
    assert [t for t in find_triggers("Vietnam will host Indian Defence Minister Rajnath Singh next week.")
            if t.text == "host"]


# people who come together "to talk about" or "to talk through" a happening hold no talks of their own
@pytest.mark.parametrize("sentence", [
    "Two retired Indian Navy officers join Vietnamese researcher Le Thu Ha to talk about maritime ties.",
    "Retired Commodore Anil Thampi and researcher Vu Lan Anh come together to talk through a decade of cooperation.",
    "The programme invited two former defence attachés to talk about the patrol boats.",
])
def test_to_talk_about_a_happening_is_no_meeting(sentence):
    assert not [t for t in find_triggers(sentence) if t.type == "talks"]


def test_guard_a_meeting_told_by_its_own_word_to_talk_about_is_still_a_meeting():
    assert [t for t in find_triggers("Indian Defence Minister Rajnath Singh met General Phan Van Giang on Friday to "
                                     "talk about maritime security.") if t.type == "talks"]


# a third country named as where a traveller came from is no partner of the sentence ("arrived in Hanoi on Wednesday
# evening from Singapore"): the arrival is the partner's visit
@pytest.mark.parametrize("lead, arrival, partner", [
    ("US Defense Secretary Lloyd Austin met General Phan Van Giang in Hanoi on Thursday.",
     "The Secretary arrived in Hanoi on Wednesday evening from Singapore.", "USA"),
    ("US Defense Secretary Lloyd Austin met General Phan Van Giang in Hanoi on Thursday.",
     "The Secretary landed in Hanoi on Wednesday from the Philippines.", "USA"),
    ("Indian Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on Thursday.",
     "The minister arrived in Hanoi on Wednesday from Japan, where he had attended a conference.", "IND"),
])
def test_a_third_country_a_traveller_came_from_is_no_partner(lead, arrival, partner):
    assert (partner, "visit", "2021-07-28") in _starts(f"X\nHanoi, July 29, 2021\n\n{lead} {arrival}")


def test_guard_a_delegation_from_a_third_country_is_its_own():
    assert not _starts("X\nHanoi, July 29, 2021\n\nA delegation from Japan visited Hanoi on Wednesday.")


# leaders who "agreed to build" or "decided to form" a partnership set it up; the talks they agreed it at were held
@pytest.mark.parametrize("sentence, partner, day", [
    ('U.S. President Barack Obama and Vietnamese President Truong Tan Sang agreed to build a "comprehensive '
     'partnership" between the two countries at their talks in the Oval Office on Thursday.', "USA", "2013-07-25"),
    ("Indian Prime Minister Manmohan Singh and Vietnamese Prime Minister Nguyen Tan Dung agreed to build a strategic "
     "partnership in New Delhi on Friday.", "IND", "2013-07-26"),
    ("U.S. President Barack Obama and Vietnamese President Truong Tan Sang agreed to develop a comprehensive "
     "partnership during their meeting at the White House on Thursday.", "USA", "2013-07-25"),
])
def test_a_partnership_agreed_to_be_built_is_set_up(sentence, partner, day):
    assert (partner, "partnership_upgrade", day) in _starts("X\nWASHINGTON, July 27, 2013\n\n" + sentence)


@pytest.mark.parametrize("sentence, partner, etype, day", [
    ('U.S. President Barack Obama and Vietnamese President Truong Tan Sang agreed to build a "comprehensive '
     'partnership" between the two countries at their talks in the Oval Office on Thursday.', "USA", "summit",
     "2013-07-25"),
    ("Indian Prime Minister Narendra Modi and Vietnamese Prime Minister Nguyen Xuan Phuc agreed to expand defence "
     "cooperation at their talks in Hanoi on Saturday.", "IND", "summit", "2013-07-27"),
    ("US Defense Secretary Lloyd Austin and General Phan Van Giang agreed to step up maritime cooperation at the "
     "talks in Hanoi on Thursday.", "USA", "talks", "2013-07-25"),
])
def test_the_talks_an_agreement_was_reached_at_were_held(sentence, partner, etype, day):
    assert (partner, etype, day) in _starts("X\nWASHINGTON, July 27, 2013\n\n" + sentence)


def test_guard_an_agreement_to_meet_at_talks_next_year_is_a_plan():
    assert not _starts("X\nWASHINGTON, July 27, 2013\n\nIndian Defence Minister Rajnath Singh and General Phan Van "
                       "Giang agreed to meet again at talks in New Delhi next year.")


def test_guard_hardware_that_arrived_from_its_maker_is_no_partners_visit():
    text = ("X\nHanoi, July 29, 2021\n\nUS Defense Secretary Lloyd Austin met General Phan Van Giang in Hanoi on "
            "Thursday. On New Year's Day, Vietnam's first Kilo-class submarine arrived at Cam Ranh aboard a heavy-lift "
            "ship from Russia.")
    assert not [s for s in _starts(text) if s[1] == "visit"]


# a day spent in meetings is the meetings, however the day is told ("the next day", "the following day"), not a stay
@pytest.mark.parametrize("text, partner", [
    ("US Defense Secretary Lloyd Austin landed in Hanoi late on Monday. He spent the next day in meetings with General "
     "Phan Van Giang and Prime Minister Pham Minh Chinh.", "USA"),
    ("Indian Defence Minister Rajnath Singh reached Hanoi on Monday night. He spent the following day in talks with "
     "General Phan Van Giang.", "IND"),
    ("Arriving on July 26 from Singapore, US Defense Secretary Lloyd Austin spent the next day in meetings with "
     "President Nguyen Xuan Phuc.", "USA"),
])
def test_a_day_spent_in_meetings_is_the_meetings(text, partner):
    starts = _starts("X\nHanoi, July 29, 2021\n\n" + text)
    assert (partner, "talks", "2021-07-27") in starts
    assert (partner, "visit", "2021-07-27") not in starts


# a clause of time after a dated happening shares its date, though its subject is written with initials or a title's
# abbreviation ("on Sunday when U.S. President Joe Biden held talks")
@pytest.mark.parametrize("sentence, etype, day", [
    ("The upgrade was agreed on Sunday when U.S. President Joe Biden held talks with Communist Party General "
     "Secretary Nguyen Phu Trong in Hanoi.", "summit", "2023-09-10"),
    ("The upgrade was announced on Sunday, when U.S. President Joe Biden met General Secretary Nguyen Phu Trong at the "
     "party headquarters.", "summit", "2023-09-10"),
    ("Relations were raised to a comprehensive partnership in July 2013 when U.S. President Barack Obama hosted "
     "President Truong Tan Sang at the White House.", "summit", "2013-07"),
])
def test_a_when_clause_with_initials_shares_the_date_before_it(sentence, etype, day):
    assert ("USA", etype, day) in _starts("X\n2023/09/12 17:30 (JST)\n\n" + sentence)


# "at the end of" an N-day visit, with its owner's name or a pronoun: the day told is the visit's last
@pytest.mark.parametrize("sentence, partner, start", [
    ("On Thursday, at the end of Vietnamese Prime Minister Pham Minh Chinh's three-day state visit to India, Modi "
     "announced a new credit line.", "IND", "2019-11-05"),
    ("At the end of his three-day visit on Friday, Indian Defence Minister Rajnath Singh spoke to reporters in Hanoi.",
     "IND", "2019-11-06"),
    ("On Friday, at the conclusion of US Defense Secretary Lloyd Austin's two-day visit to Vietnam, the two sides "
     "issued a statement.", "USA", "2019-11-07"),
])
def test_the_day_at_the_end_of_an_n_day_visit_is_its_last(sentence, partner, start):
    assert (partner, "visit", start) in _starts("X\nHanoi, Tuesday, 12 November 2019\n\n" + sentence)



# the stay a clause of time tells after a dated exchange is the exchange's own ("an exchange held in Hanoi in
# September 2019, when a team of U.S. flight surgeons visited"): no visit of its own (a guard of the when-clause rule
# above, which reads these clauses now that "U.S." no longer ends them)
@pytest.mark.parametrize("sentence, month", [
    ("The exchange builds on an aviation medicine exchange held in Hanoi in September 2019, when a team of U.S. "
     "flight surgeons visited the Vietnamese air force's institute.", "2019-09"),
    ("The annual medical exchange began in April 2010, when a group of U.S. Navy doctors spent several days in Da Nang "
     "trading skills in trauma care.", "2010-04"),
    ("It follows a subject matter expert exchange on military medicine held in Hanoi in November 2023, when a team "
     "from U.S. Army Pacific visited Military Hospital 108.", "2023-11"),
])
def test_a_stay_in_a_when_clause_after_an_exchange_is_the_exchange(sentence, month):
    starts = _starts("X\nHanoi, May 5, 2024\n\n" + sentence)
    assert ("USA", "exercise", month) in starts
    assert not [s for s in starts if s[1] == "visit"]


def test_guard_a_ships_visit_in_a_when_clause_after_an_exercise_is_a_visit():
    text = "X\nHanoi, May 5, 2024\n\nThe two navies held a passage exercise in December 2020, when the Indian warship " \
           "INS Kiltan visited Ho Chi Minh City."
    assert ("IND", "visit", "2020-12") in _starts(text)


def test_guard_a_visit_in_a_when_clause_after_an_agreement_is_a_visit():
    text = "X\nHanoi, May 5, 2024\n\nThe port call was agreed in November 2017, when U.S. President Donald Trump " \
           "visited Hanoi."
    assert ("USA", "visit", "2017-11") in _starts(text)


# an issue line "Issue dated June 2017", "Edition dated March 2019": the month the page's issue is of, as stated
@pytest.mark.parametrize("line, month", [
    ("Issue dated June 2017", "2017-06"),
    ("Edition dated March 2019", "2019-03"),
    ("Monthly issue dated October 2015", "2015-10"),
])
def test_an_issue_dated_a_month_dates_the_page(line, month):
    text = (f"Vietnam takes its first US cutter\n\nCUTTER REVIEW\nCoast Guard and Maritime Trade Journal\n{line}\n\n"
            "HONOLULU — The Vietnam Coast Guard has taken possession of the former US cutter Morgenthau, handed over "
            "in a ceremony on Thursday, May 25.\n")
    assert published(text) == (month, "stated")


# "last Tuesday" on a Wednesday's page is the Tuesday of the week before, not the day before (which a writer calls
# "yesterday" or "on Tuesday")
@pytest.mark.parametrize("sentence, partner, etype", [
    ("Vietnamese President Truong Tan Sang arrived in New Delhi last Tuesday for a three-day state visit.", "IND",
     "visit"),
    ("US Defense Secretary Lloyd Austin held talks with General Phan Van Giang in Hanoi last Tuesday.", "USA", "talks"),
    ("The Indian frigate INS Sahyadri docked at Cam Ranh last Tuesday for a four-day port call.", "IND", "visit"),
])
def test_last_weekday_the_day_before_the_page_is_a_week_earlier(sentence, partner, etype):
    assert (partner, etype, "2011-10-11") in _starts("X\nWednesday 19 October 2011\n\n" + sentence)


def test_guard_last_weekday_two_days_before_the_page_is_that_week():
    text = "X\nWednesday 19 October 2011\n\nUS Defense Secretary Lloyd Austin held talks with General Phan Van Giang " \
           "in Hanoi last Monday."
    assert ("USA", "talks", "2011-10-17") in _starts(text)


# an anniversary of relations begun in January told as "next month": the page is of the December before
@pytest.mark.parametrize("text, day", [
    ("India and Vietnam held talks between their coast guards here this week, ahead of the 50th anniversary of their "
     "diplomatic relations next month. Indian Defence Minister Rajnath Singh held talks with General Phan Van Giang on "
     "Tuesday.", "2021-12-09"),
    ("The two navies will hold drills as India and Vietnam prepare to mark the 40th anniversary of diplomatic "
     "relations next month. Indian Defence Minister A.K. Antony held talks with General Phung Quang Thanh on "
     "Tuesday.", "2011-12-09"),
    ("The 45th anniversary of India-Vietnam diplomatic relations falls next month. Indian Defence Minister Manohar "
     "Parrikar held talks with General Ngo Xuan Lich on Tuesday.", "2016-12-09"),
])
def test_an_anniversary_of_january_relations_next_month_dates_the_december_before(text, day):
    assert published(f"X\n\nHANOI, Dec 9 (BPA) {text}\n")[0] == day


# a team that arrived "to begin two weeks of joint survey training": the training, not a delegation's visit
@pytest.mark.parametrize("sentence, partner", [
    ("A team of Indian Navy hydrographers arrived in Hai Phong on Monday to begin two weeks of joint survey training "
     "with the Vietnam People's Navy.", "IND"),
    ("A team of Indian Army doctors arrived in Hanoi on Monday to conduct a week of trauma-care training for "
     "Vietnamese military medics.", "IND"),
    ("A small US Coast Guard team flew into Da Nang on Monday to give three weeks of boarding instruction.", "USA"),
])
def test_a_team_that_came_to_give_weeks_of_training_held_an_exercise(sentence, partner):
    starts = _starts("X\nHa Noi, 12/03/2019\n\n" + sentence)
    assert (partner, "exercise", "2019-03-11") in starts
    assert not [s for s in starts if s[1] == "visit"]


def test_guard_a_minister_who_came_to_begin_a_visit_made_a_visit():
    assert ("IND", "visit", "2019-03-11") in _starts("X\nHa Noi, 12/03/2019\n\nIndian Defence Minister Rajnath Singh "
                                                     "arrived in Hanoi on Monday to begin a three-day visit.")


# a training team that "had earlier" or "already" spent weeks there: the course, with the adverb between
@pytest.mark.parametrize("sentence, month", [
    ("A USCG mobile training team had earlier spent two weeks in Hai Phong, from 9 to 20 January, running a boarding "
     "course.", "2017-01-09"),
    ("A US Army mobile training team had already spent a week in Hue in March.", "2017-03"),
    ("A US Navy mobile training team previously spent ten days in Cam Ranh in April.", "2017-04"),
])
def test_a_training_team_that_had_earlier_spent_weeks_held_an_exercise(sentence, month):
    starts = _starts("X\n6 June 2017\n\n" + sentence)
    assert ("USA", "exercise", month) in starts
    assert not [s for s in starts if s[1] == "visit"]


# a minister and "his Vietnamese counterpart" who agreed something on a day met that day
@pytest.mark.parametrize("sentence, partner", [
    ("Defence Minister A K Antony and his Vietnamese counterpart General Phung Quang Thanh on Monday agreed to expand "
     "cooperation between their navies.", "IND"),
    ("US Defense Secretary Lloyd Austin and his Vietnamese counterpart Phan Van Giang on Monday agreed to deepen "
     "cooperation on war legacy issues.", "USA"),
    ("Indian Defence Minister Rajnath Singh and his Vietnamese counterpart General Phan Van Giang agreed on Monday to "
     "step up maritime cooperation.", "IND"),
])
def test_a_minister_and_his_counterpart_who_agreed_met(sentence, partner):
    assert (partner, "talks", "2010-10-11") in _starts("X\nHanoi, October 12, 2010\n\n" + sentence)
