"""Round 66 of the generalisation loop (batches 1002 on): general rules, each on three or more phrasings written for
the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


_NOV_2014 = "X\nHanoi, November 3, 2014\n\n"


# a course the other side's people "took", or one a team "ran" with a long name: the course, an exercise
@pytest.mark.parametrize("sentence, partner, start", [
    ("From 7 to 25 July, eight Vietnamese naval officers took a survey and charting course at India's National "
     "Institute of Hydrography in Goa.", "IND", "2014-07-07"),
    ("In March, twenty Vietnamese army officers took a three-week peacekeeping course run by the Indian Army in New "
     "Delhi.", "IND", "2014-03"),
    ("Between 4 May and 15 June, twelve Vietnamese pilots took a flying instructors' course at the Indian Air "
     "Force's school at Hakimpet.", "IND", "2014-05-04"),
    ("From Sept. 25 through Oct. 6, a U.S. Coast Guard mobile training team ran a boarding officer and maritime law "
     "enforcement course for 28 Vietnam Coast Guard officers in Hai Phong.", "USA", "2014-09-25"),
])
def test_a_course_taken_or_run_is_an_exercise(sentence, partner, start):
    assert (partner, "exercise", start) in _starts(_NOV_2014 + sentence)


@pytest.mark.parametrize("sentence", [
    "One of the Vietnamese officers, who took an earlier course in Texas in March, asked not to be named.",
    "Ties between Hanoi and New Delhi took a different course after March, an Indian diplomat said.",
    "A Vietnamese pilot who took a similar course at Hakimpet in May said the American instructors were strict.",
])
def test_guard_a_course_taken_before_or_a_course_as_a_path_is_no_exercise(sentence):
    assert not [s for s in _starts(_NOV_2014 + sentence) if s[1] == "exercise"]


# "met ... for a round of their ... Dialogue": the meeting is a session of the dialogue, as "for their ... Dialogue"
@pytest.mark.parametrize("sentence, partner, start", [
    ("India and Vietnam met in Hanoi in May for a round of their annual Defence Policy Dialogue at deputy minister "
     "level.", "IND", "2014-05"),
    ("Vietnamese and U.S. defense officials met in Washington on June 3 for another round of the Political, Security "
     "and Defense Dialogue.", "USA", "2014-06-03"),
    ("Indian and Vietnamese officials met in New Delhi in March for a new session of their Security Dialogue.",
     "IND", "2014-03"),
])
def test_a_meeting_for_a_round_of_a_dialogue_is_the_dialogue(sentence, partner, start):
    starts = _starts(_NOV_2014 + sentence)
    assert (partner, "dialogue", start) in starts
    assert not [s for s in starts if s[1] == "talks"]


_JUNE_2022 = "X\nHanoi, June 10, 2022\n\n"


# a guest welcomed or greeted with a ceremony: the welcome is a protocol part of the visit, no ceremony of its own
@pytest.mark.parametrize("sentence", [
    "Indian Defence Minister Rajnath Singh was welcomed at an official ceremony at the Defence Ministry headquarters "
    "in Hanoi on Wednesday morning.",
    "General Phan Van Giang welcomed U.S. Defense Secretary Lloyd Austin with a full military ceremony at the ministry "
    "in Hanoi on Thursday.",
    "The Indian ships INS Delhi and INS Kiltan were welcomed at a colourful ceremony at Tien Sa port in Da Nang on "
    "Monday.",
    "Vietnamese President Nguyen Xuan Phuc was greeted with a ceremony at Rashtrapati Bhavan in New Delhi on Friday.",
])
def test_a_welcome_with_a_ceremony_is_no_ceremony(sentence):
    assert not [s for s in _starts(_JUNE_2022 + sentence) if s[1] == "ceremony"]


def test_guard_goods_received_at_a_ceremony_are_a_handover():
    text = _JUNE_2022 + "The Vietnam Coast Guard received the American cutter at a ceremony in Honolulu on Friday."
    assert ("USA", "ceremony", "2022-06-10") in _starts(text)


_APRIL_2009 = "X\nHanoi, April 14, 2009\n\n"


# the other side's people who trained at a school, told in the simple past with their days: a course there
@pytest.mark.parametrize("sentence, partner, start", [
    ("Six officers of the Vietnamese Navy's hydrographic office trained at the National Institute of Hydrography in "
     "Goa from February 16 to March 27.", "IND", "2009-02-16"),
    ("From 5 to 30 January, six Vietnamese naval officers trained at the Naval Postgraduate School in Monterey, "
     "California.", "USA", "2009-01-05"),
    ("From 4 to 22 March, ten officers of the Vietnam People's Army trained at the National Defence College in New "
     "Delhi.", "IND", "2009-03-04"),
    ("In February, eight officers of the Vietnam Coast Guard trained at the Coast Guard Training Center in Yorktown, "
     "Virginia.", "USA", "2009-02"),
])
def test_people_who_trained_at_a_school_took_a_course(sentence, partner, start):
    assert (partner, "exercise", start) in _starts(_APRIL_2009 + sentence)


@pytest.mark.parametrize("sentence", [
    "Vietnamese submariners have trained at the Indian Navy's submarine school in Visakhapatnam since 2013.",
    "Colonel Nguyen Van Minh, who trained at the Indian Defence Services Staff College in 1998, said ties had grown.",
    "Six Vietnamese officers graduated from the U.S. language institute, becoming the first Vietnamese military "
    "teachers trained at the center since 1995.",
    "The course was attended by 38 Vietnamese sailors, the second group to be trained at the Indian establishment "
    "since 2013.",
])
def test_guard_schooling_told_as_a_record_or_a_life_is_no_course(sentence):
    assert not [s for s in _starts(_APRIL_2009 + sentence) if s[1] == "exercise"]


# a team that spent days at the other side's base teaching a subject to its people, or giving instruction: a course
@pytest.mark.parametrize("sentence, partner, month", [
    ("In May US Navy divers spent a week in Cam Ranh teaching salvage techniques to Vietnamese sailors.", "USA",
     "2023-05"),
    ("Last month, a US Army team of engineers spent a week in Hue giving instruction to Vietnamese officers preparing "
     "for peacekeeping missions.", "USA", "2023-10"),
    ("In April a team of US medics spent five days in Hue giving lectures on battlefield trauma care to Vietnamese "
     "army doctors.", "USA", "2023-04"),
])
def test_a_team_that_spent_days_teaching_held_a_course(sentence, partner, month):
    starts = _starts("X\nHanoi, Nov. 20, 2023\n\n" + sentence)
    assert (partner, "exercise", month) in starts
    assert not [s for s in starts if s[1] == "visit"]


# a course told as completed in a reduced clause, or by its completion, with its date: the course
@pytest.mark.parametrize("sentence, partner, start", [
    ("Officials cited a six-week Indian Navy hydrographic survey course completed in October by a batch of "
     "Vietnamese naval officers in Goa.", "IND", "2023-10"),
    ("He pointed to a two-week diving course finished on 12 May by 14 Vietnamese sailors at Kochi with Indian Navy "
     "instructors.", "IND", "2023-05-12"),
    ("The readout noted the completion in August of a three-week course for Vietnamese peacekeeping staff officers "
     "taught by U.S. Army Pacific instructors in Hanoi.", "USA", "2023-08"),
])
def test_a_course_told_as_completed_is_the_course(sentence, partner, start):
    assert (partner, "exercise", start) in _starts("X\nHanoi, Nov. 20, 2023\n\n" + sentence)


# a date in the next main clause, whose subject is its own and whose verb is in the perfect, is that clause's: the
# happening before it keeps the date written before it
@pytest.mark.parametrize("sentence, month", [
    ("Earlier this month the Indian and Vietnamese navies held staff talks in Hanoi, and Vietnamese cadets have been "
     "at the Indian academy since September.", "2024-11"),
    ("Last month Indian and Vietnamese officials held talks in New Delhi, and the two sides have been working on a "
     "logistics pact since August.", "2024-10"),
    ("Earlier this month Indian and Vietnamese coast guard officers held talks in Da Nang, and Vietnamese engineers "
     "have studied at Goa since July.", "2024-11"),
])
def test_a_perfect_clause_of_its_own_keeps_its_date(sentence, month):
    talks = [s for s in _starts("X\nNovember 20, 2024\n\n" + sentence) if s[1] == "talks"]
    assert talks == [("IND", "talks", month)]


# a course the verb took, told as held or conducted in a participle after its place: the course's own days, not the
# place's past
@pytest.mark.parametrize("sentence", [
    "Eight officers of the Vietnam People's Navy completed a basic hydrographic survey course at the National "
    "Institute of Hydrography, Goa, conducted from 4 to 29 February 2008.",
    "Six officers of the Vietnam People's Navy attended a hydrography course at the Indian institute, conducted from 4 "
    "to 29 February.",
    "Nine Vietnamese pilots joined a flying course at the Indian Air Force Academy, conducted from 4 to 29 February.",
])
def test_a_course_told_as_conducted_after_its_place_has_those_days(sentence):
    assert ("IND", "exercise", "2008-02-04") in _starts("X\nNew Delhi, 12 April 2008\n\n" + sentence)


def test_guard_a_things_past_in_a_participle_still_dates_no_happening():
    text = "X\nNew Delhi, 12 April 2008\n\nIndian sailors on Monday handed over to Vietnam the letters of a soldier, " \
           "a medic, killed in 1969."
    assert not [s for s in _starts(text) if s[2].startswith("1969")]


# a delegation that toured the other side's dockyards, factories, yards or installations made a visit
@pytest.mark.parametrize("sentence, partner, start", [
    ("In April, a Vietnamese People's Army delegation led by Major General Hoang Minh Khoi toured naval dockyards in "
     "Mumbai and Visakhapatnam.", "IND", "2007-04"),
    ("In May, an Indian defence delegation toured defence factories near Hanoi.", "IND", "2007-05"),
    ("Last week a Vietnamese delegation toured shipbuilding yards in Goa and Kolkata.", "IND", "2007-06-25"),
    ("In March a U.S. delegation toured military installations in Da Nang.", "USA", "2007-03"),
])
def test_a_delegation_that_toured_yards_or_factories_made_a_visit(sentence, partner, start):
    assert (partner, "visit", start) in _starts("X\nNew Delhi, July 7, 2007\n\n" + sentence)


# a host who welcomed or greeted his guest or counterpart met him: talks, not the guest's visit
@pytest.mark.parametrize("sentence, partner, start", [
    ("Welcoming his guest at the Ministry of National Defence headquarters on Wednesday, General Phan Van Giang said "
     "the visit carried special meaning.", "IND", "2022-06-08"),
    ("Vietnamese Prime Minister Pham Minh Chinh greeted his Indian guest at the Government headquarters on Thursday.",
     "IND", "2022-06-09"),
    ("U.S. Defense Secretary Lloyd Austin welcomed his Vietnamese counterpart at the Pentagon on Monday.", "USA",
     "2022-06-06"),
])
def test_a_host_who_welcomed_his_guest_met_him(sentence, partner, start):
    text = _JUNE_2022 + "Indian Defence Minister Rajnath Singh wrapped up a visit to Vietnam on Friday.\n\n" + sentence
    assert (partner, "talks", start) in _starts(text)


# what a minister said on a day "as he held talks" was said at the talks: the talks have that day (not the page's)
@pytest.mark.parametrize("sentence, partner, start", [
    ("US Defense Secretary Mark Esper said on Wednesday that Washington would transfer a second cutter to Vietnam, as "
     "he held talks in Hanoi with his Vietnamese counterpart, General Ngo Xuan Lich.", "USA", "2019-11-20"),
    ("Indian Defence Minister Rajnath Singh said on Wednesday that India would gift two simulators to Vietnam, as he "
     "held talks in Hanoi with General Phan Van Giang.", "IND", "2019-11-20"),
    ("Austin said on Tuesday the United States will help Vietnam build its coast guard, as he met Vietnamese Defence "
     "Minister Phan Van Giang in Hanoi.", "USA", "2019-11-19"),
])
def test_what_was_said_as_talks_were_held_dates_the_talks(sentence, partner, start):
    talks = [s for s in _starts("X\nHANOI, Nov. 21, 2019\n\n" + sentence) if s[1] == "talks"]
    assert talks == [(partner, "talks", start)]


# a stay told as "the first week" or "the first three weeks" of a month began on the month's first day
@pytest.mark.parametrize("sentence, partner, etype, start", [
    ("A US Navy team spent the first week of February in Khanh Hoa province training Vietnamese naval engineers.",
     "USA", "exercise", "2018-02-01"),
    ("A team of Indian Navy instructors spent the first three weeks of March in Nha Trang running a course on "
     "submarine escape for Vietnamese sailors.", "IND", "exercise", "2018-03-01"),
    ("Indian Navy divers spent the first days of January in Cam Ranh training Vietnamese divers.", "IND", "exercise",
     "2018-01-01"),
    ("The USS Blue Ridge spent the first week of March in Da Nang on a port visit.", "USA", "visit", "2018-03-01"),
])
def test_the_first_weeks_of_a_month_begin_on_its_first_day(sentence, partner, etype, start):
    assert (partner, etype, start) in _starts("X\nMarch 26, 2018\n\n" + sentence)


def test_guard_the_first_day_of_a_month_is_still_that_day():
    text = "X\nMarch 26, 2018\n\nOn the first day of March the USS Blue Ridge arrived in Da Nang for a port visit."
    assert ("USA", "visit", "2018-03-01") in _starts(text)


# a date in the object of a purpose clause ("to review the project that the U.S. Agency ... launched in April 2019")
# is the object's, however many abbreviations it holds: the trip keeps the day told before it
@pytest.mark.parametrize("sentence, start", [
    ("On Oct. 2, Deputy Assistant Secretary of Defense Jane Whitcombe traveled to Bien Hoa Air Base in Dong Nai "
     "province to review the dioxin remediation project that the U.S. Agency for International Development launched "
     "in April 2019.", "2019-10-02"),
    ("On Tuesday, U.S. Ambassador Daniel Kritenbrink visited Bien Hoa air base to review the clean-up work that the "
     "U.S. Agency for International Development began there in April 2019.", "2019-10-01"),
    ("On Sept. 30 the U.S. delegation traveled to Quang Tri to assess the mine-action database that the U.S. State "
     "Department funded in March 2018.", "2019-09-30"),
])
def test_a_purpose_clauses_object_keeps_its_own_date(sentence, start):
    visits = [s for s in _starts("X\nOctober 4, 2019\n\n" + sentence) if s[1] == "visit"]
    assert visits == [("USA", "visit", start)]


# a partnership the two sides "have had", "have held" or "have enjoyed" since a date was set up then
@pytest.mark.parametrize("sentence, partner, start", [
    ('The two sides had held a "comprehensive partnership" since July 2013, when then-president Truong Tan Sang '
     'visited Washington.', "USA", "2013-07"),
    ("India and Vietnam have had a strategic partnership since July 2007.", "IND", "2007-07"),
    ("India and Vietnam have enjoyed a comprehensive strategic partnership since 2016, India's envoy said.", "IND",
     "2016"),
    ("India and Vietnam have maintained a strategic partnership since 2007.", "IND", "2007"),
])
def test_a_partnership_held_since_a_date_was_set_up_then(sentence, partner, start):
    assert (partner, "partnership_upgrade", start) in _starts("X\nSeptember 12, 2023\n\n" + sentence)


# an official the text reports dead ("X, who ..., died in September") bounds no year of a year-less dateline by his
# term: the page is of the days after it
@pytest.mark.parametrize("death", [
    "Vietnamese President Tran Dai Quang, who visited India in March, died in Hanoi in September.",
    "Vietnamese President Tran Dai Quang, who held talks with Modi in New Delhi in March, passed away in September.",
    "Vietnamese President Tran Dai Quang died in September after a long illness.",
])
def test_an_official_reported_dead_does_not_bound_the_pages_year(death):
    text = ("X\n\nNEW DELHI, Nov. 20: Indian and Vietnamese coast guard officers held talks in New Delhi on Monday, "
            "officials said. President Ram Nath Kovind is expected to visit Vietnam next week, and Prime Minister "
            "Narendra Modi will meet him.\n\n" + death + "\n")
    assert published(text)[0] == "2018-11-20"


# a date opening the next main clause, whose subject is the two sides named as such ("and last year the two countries
# signed"), is that clause's: the partnership keeps its own year
@pytest.mark.parametrize("sentence", [
    "India and Vietnam have had a comprehensive strategic partnership since 2016, and last year the two countries "
    "signed an agreement on mutual logistics support.",
    "India and Vietnam have been comprehensive strategic partners since 2016, and in 2022 the two sides signed a "
    "memorandum on logistics support.",
    "India and Vietnam have been comprehensive strategic partners since 2016, and in 2020 the two governments signed "
    "a plan of action.",
])
def test_the_next_clause_of_the_two_sides_keeps_its_date(sentence):
    upgrades = [s for s in _starts("X\nJuly 23, 2023\n\n" + sentence) if s[1] == "partnership_upgrade"]
    assert upgrades == [("IND", "partnership_upgrade", "2016")]


# a time of day on a day of the month ("on the morning of the 8th") is of the month its own sentence named just
# before, not of the article's month
@pytest.mark.parametrize("sentence, partner, start", [
    ("Indian Defence Minister Rajnath Singh was in Hanoi in February and held talks on the morning of the 8th with "
     "General Ngo Xuan Lich.", "IND", "2018-02-08"),
    ("U.S. Navy ships called at Da Nang in January, and their commander met Vietnamese officers on the afternoon of "
     "the 23rd.", "USA", "2018-01-23"),
    ("When Defense Secretary Jim Mattis was in Hanoi in January, he held talks with General Ngo Xuan Lich on the "
     "morning of the 25th.", "USA", "2018-01-25"),
])
def test_a_time_of_day_of_the_month_its_sentence_named(sentence, partner, start):
    talks = [s for s in _starts("X\nMarch 9, 2018\n\n" + sentence) if s[1] == "talks"]
    assert talks == [(partner, "talks", start)]


def test_guard_a_time_of_day_with_no_month_before_it_is_of_the_articles_month():
    text = "X\nMarch 9, 2018\n\nIndian and Vietnamese coast guard officers held talks in Da Nang on the morning of the 6th."
    assert ("IND", "talks", "2018-03-06") in _starts(text)


# ties raised "by two levels at once, to" a partnership: how far, set off by a comma before the level
@pytest.mark.parametrize("sentence, partner, start", [
    ("Vietnam and the United States on Sunday raised their relations by two levels at once, to a Comprehensive "
     "Strategic Partnership.", "USA", "2023-09-10"),
    ("India and Vietnam on Saturday upgraded their ties by one notch, to a comprehensive strategic partnership.", "IND",
     "2023-09-09"),
    ("Vietnam and the United States on Sunday elevated relations two rungs in one step, to a comprehensive strategic "
     "partnership.", "USA", "2023-09-10"),
])
def test_ties_raised_by_levels_then_to_a_partnership(sentence, partner, start):
    assert (partner, "partnership_upgrade", start) in _starts("X\n11.09.2023\n\n" + sentence)


# a day and month with no year, told after "the following month" of a dated month in its own sentence, is of that
# month's year, not the page's
@pytest.mark.parametrize("sentence, partner, etype, start", [
    ("Defence Minister Phan Van Giang held talks with Rajnath Singh in New Delhi in June 2023, and the following month "
     "India handed over the corvette INS Kirpan at Cam Ranh in a ceremony attended by Indian Navy chief Admiral R. "
     "Hari Kumar, on 22 July.", "IND", "ceremony", "2023-07-22"),
    ("Indian ships called at Cam Ranh in May 2019, and the next month a Vietnamese frigate visited Mumbai, arriving "
     "there on 12 June.", "IND", "visit", "2019-06-12"),
    ("The Indian and Vietnamese coast guards held talks in Hanoi in October 2022, and the following month their ships "
     "held a joint drill off Da Nang, on 20 November.", "IND", "exercise", "2022-11-20"),
])
def test_a_day_of_the_month_its_sentence_told_is_of_that_year(sentence, partner, etype, start):
    coded = [s for s in _starts("X\n5 August 2024\n\n" + sentence) if s[1] == etype]
    assert (partner, etype, start) in coded
    assert not [s for s in coded if s[2].startswith("2024")]
