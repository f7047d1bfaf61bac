"""Round 57 of the generalisation loop (from round 56's last pair, 812-813, and batches 814 on): general rules, each
on three or more phrasings written for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(type, first day, last day) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), e.date.end.isoformat()) for e in article(text).events)


_SPRING = "HANOI, May 3, 2021 (X) -- The Vietnamese and American defence ministries kept in touch by video this spring. "


# a present expectation looks forward as "is expected to" does: what someone expects or anticipates is a plan
@pytest.mark.parametrize("sentence", [
    "Pardee expects the annual Defense Policy Dialogue to be held by video again this year.",
    "Officials expect the Defense Policy Dialogue to be held in Hanoi this year.",
    "The two navies expect the joint search-and-rescue exercise to be held off Da Nang this year.",
    "Diplomats are expecting the annual political, security and defense dialogue to take place in Washington this "
    "year.",
    "The ministry anticipates the Defense Policy Dialogue being held by video again this year.",
    "Colonel Tuan expects a port call by a U.S. carrier at Cam Ranh this year.",
])
def test_what_someone_expects_is_a_plan_not_a_happening(sentence):
    assert _spans(_SPRING + sentence) == []


def test_guard_a_happening_told_beside_an_expectation_is_still_coded():
    text = (_SPRING + "The two sides held their annual Defense Policy Dialogue by video on April 20, and officials "
            "expect the next round to be held in Hanoi.")
    assert _spans(text) == [("dialogue", "2021-04-20", "2021-04-20")]


_DIALOGUE = ("NEW DELHI, Dec 14, 2015 (X) -- The annual India-Vietnam Security Dialogue is co-chaired by India's "
             "Defence Secretary and a Vietnamese deputy defence minister. ")


# a session or round named as the most recent is one of the recurring mechanism, as "the latest session" is
@pytest.mark.parametrize("sentence, day", [
    ("Its most recent session, the ninth, took place in New Delhi on 2 November.", "2015-11-02"),
    ("Its most recent round, in Washington on 12 October, covered peacekeeping.", "2015-10-12"),
    ("Their most recent session, in Hanoi on 12 October, reviewed training.", "2015-10-12"),
])
def test_the_most_recent_session_is_a_dialogue_session(sentence, day):
    assert _spans(_DIALOGUE + sentence) == [("dialogue", day, day)]


def test_guard_the_most_recent_session_of_a_parliament_is_none():
    assert _spans(_DIALOGUE + "The most recent session of Parliament was held on November 2.") == []


_LEGACY = "HANOI, Dec 14, 2021 (X) -- Vietnam and the United States work together on war legacies. "


# a seminar the two sides' services hold, or one side runs for the other's people, is an expert exchange: an
# exercise (CAMEO 062), as a workshop is
@pytest.mark.parametrize("sentence, span", [
    ("In March this year the two sides' military medicine departments held an online seminar on field hospitals "
     "for UN peacekeeping missions.", ("2021-03-01", "2021-03-31")),
    ("On June 11 a U.S. team conducted a seminar on maritime law enforcement with the Vietnam Coast Guard in "
     "Hanoi.", ("2021-06-11", "2021-06-11")),
    ("In September U.S. Navy instructors ran a short seminar for Vietnamese army English teachers in Da Nang.",
     ("2021-09-01", "2021-09-30")),
    ("On October 5 the two armies' medical services organised a webinar on tropical diseases.",
     ("2021-10-05", "2021-10-05")),
])
def test_a_seminar_held_between_the_sides_is_an_exercise(sentence, span):
    events = article(_LEGACY + sentence).events
    assert [(e.type, e.date.iso_start() if len(e.date.iso_start()) == 10 else e.date.start.isoformat(),
             e.date.end.isoformat()) for e in events] == [("exercise", *span)]
    assert {e.cameo for e in events} == {"062"}


def test_guard_a_seminar_hosted_is_the_gathering_not_an_exchange():
    assert _spans(_LEGACY + "The Pentagon hosted a seminar on the Mekong in September.") == []


_PUNE = "NEW DELHI, Nov 3, 2023 (X) -- Indian Army doctors trained Vietnamese military medics in Pune this month. "


# a sentence that opens on a list of third countries only tells their happenings, none of a partner studied
@pytest.mark.parametrize("sentence", [
    "Elsewhere in the region, China donated field ambulances to Laos this month, and Japan's Self-Defense Forces "
    "held a disaster medicine workshop in Hanoi in October.",
    "Meanwhile Japan, Australia and South Korea each held talks with Vietnam's defence ministry in Hanoi in October.",
    "Officers from Thailand, Singapore and Malaysia held a workshop with Vietnam's army in Hanoi in October.",
])
def test_a_sentence_opening_on_third_countries_only_codes_none_of_their_happenings(sentence):
    assert [e for e in article(_PUNE + sentence).events if e.date.start.month == 10] == []


@pytest.mark.parametrize("text, span", [
    # guard: a list of third countries later in the sentence is the happening's company, not its subject
    (_PUNE + "Vietnamese officers began a course in Pune on Oct. 2 alongside classmates from Indonesia, Morocco and "
     "Mongolia.", ("exercise", "2023-10-02", "2023-10-02")),
    # guard: a list that names a partner studied keeps the partner told before, for the sentence after it too
    (_PUNE + "The status was once reserved for China, Russia, India and South Korea. The Indian team then ran a "
     "trauma workshop in Hanoi on October 20.", ("exercise", "2023-10-20", "2023-10-20")),
])
def test_guard_a_list_of_third_countries_not_the_subject_keeps_the_partner(text, span):
    assert [s for s in _spans(text) if s[1].startswith("2023-10")] == [span]


_PACIFIC = "TOKYO, June 11, 2025 (X) -- Indian warships are busy in the Pacific this month. "


# a plan in the that-, which- or who-clause of the sentence's subject is the clause's: the main clause's past verb
# tells the happening
@pytest.mark.parametrize("sentence, span", [
    ("Two Indian Navy ships that are due at Sasebo later this month for exercises with the Maritime Self-Defense "
     "Force paid a port call at Cam Ranh from June 6 to 9.", ("visit", "2025-06-06", "2025-06-09")),
    ("An Indian frigate which is scheduled to join the Malabar drills later this month visited Da Nang from June 2 "
     "to 5.", ("visit", "2025-06-02", "2025-06-05")),
    ("Indian officers who will attend a course in Tokyo next month held talks with the Vietnamese navy in Hanoi on "
     "June 3.", ("talks", "2025-06-03", "2025-06-03")),
])
def test_a_plan_in_the_subjects_relative_clause_leaves_the_main_clauses_happening(sentence, span):
    assert _spans(_PACIFIC + sentence) == [span]


@pytest.mark.parametrize("sentence", [
    # guard: the happening inside the relative clause is still the plan's
    "The Indian ships that are due to visit Cam Ranh next week left Manila on June 9.",
    # guard: a which-clause after a verb, its happening governed by the plan ("is expected to be handed over")
    "India has offered a language laboratory to the Vietnamese army school, which is expected to be handed over "
    "later this year.",
])
def test_guard_a_happening_in_the_plans_own_clause_stays_a_plan(sentence):
    assert _spans(_PACIFIC + sentence) == []


_MINISTER = "NEW DELHI, May 25, 2015 (X) -- Vietnam's defence minister is in India. "


# an arrival told with the visit it began, the visit's that-clause looking forward: the arrival happened
@pytest.mark.parametrize("sentence, day", [
    ("Thanh arrived in India on Saturday for a visit that will last until Tuesday.", "2015-05-23"),
    ("A Vietnamese navy ship berthed at Kochi on Saturday for a four-day goodwill call that will end on Tuesday.",
     "2015-05-23"),
    ("General Vinh arrived in New Delhi on Saturday on a three-day visit which will take him to Mumbai on Monday.",
     "2015-05-23"),
])
def test_an_arrival_for_a_visit_that_will_go_on_is_coded(sentence, day):
    assert [(t, a) for t, a, _b in _spans(_MINISTER + sentence)] == [("visit", day)]


def test_guard_an_arrival_still_to_come_stays_a_plan():
    assert _spans(_MINISTER + "Thanh will arrive in India on Saturday for a visit that will last until Tuesday.") == []


_DIGEST = ("THE WEEKLY\nIssue 12 | Week of November 16-22, 2015\n\n1. SHIP\nIndian Coast Guard Ship Samrat Veer called "
           "at Da Nang from 17 to 20 November.\n\n{}\n")


# a labelled stamp at the foot with its weekday names the day a weekly was published, within the week it heads
@pytest.mark.parametrize("foot, day", [
    ("Edited by the news desk. Published Sunday, 22 November 2015.", "2015-11-22"),
    ("Prepared by our Singapore desk. Released Friday, 20 November 2015.", "2015-11-20"),
    ("Issued by the editors. Dated Saturday, 21 November 2015.", "2015-11-21"),
    ("From the news desk, Singapore. Published Sunday, 22 November 2015.", "2015-11-22"),
])
def test_a_labelled_foot_stamp_with_its_weekday_dates_the_weekly(foot, day):
    a = article(_DIGEST.format(foot))
    assert a.article.published.iso_start() == day
    assert [(e.type, e.date.iso_start(), e.date.end.isoformat()) for e in a.events] == [
        ("visit", "2015-11-17", "2015-11-20")]


_CAM_RANH = "HANOI, Oct 20, 2019 (X) -- An Indian Navy frigate ended a four-day visit to Cam Ranh on Saturday. "


# Vietnam's own force as the clause's subject, and nothing in the sentence naming another side: one side's own
@pytest.mark.parametrize("sentence", [
    "Vietnam's navy held a live-fire drill off Khanh Hoa on Thursday.",
    "The Vietnam People's Navy on Monday commissioned a locally refitted landing ship at a ceremony in Hai Phong.",
    "Separately, Vietnam's navy last week completed a three-day search-and-rescue drill off Vung Tau involving eight "
    "of its own vessels.",
    "Vietnam's own Coast Guard held a large-scale exercise in the Gulf of Tonkin on October 12.",
])
def test_vietnams_own_force_alone_is_no_cooperation(sentence):
    assert [s for s in _spans(_CAM_RANH + sentence) if s[0] != "visit"] == []


@pytest.mark.parametrize("sentence, span", [
    # guard: another side named in the sentence ("with INS Kora")
    ("Vietnam's navy held a passage exercise with INS Kora on Thursday.", ("exercise", "2019-10-17", "2019-10-17")),
    # guard: a thing received from another side ("received its first cutter")
    ("Vietnam's coast guard received its first patrol boat from India at a handover ceremony in Da Nang on October "
     "15.", ("ceremony", "2019-10-15", "2019-10-15")),
    # guard: the drill told before, named again by its article
    ("Vietnam's navy then held the drill off Khanh Hoa on Thursday.", ("exercise", "2019-10-17", "2019-10-17")),
])
def test_guard_vietnams_force_with_another_side_or_a_happening_told_again_is_coded(sentence, span):
    assert [s for s in _spans(_CAM_RANH + sentence) if s[0] != "visit"] == [span]


_HAIPHONG = "HAIPHONG, Oct 26, 2007 (X) -- Two Indian warships ended a four-day visit to Haiphong on Thursday, October 25. "


# a happening told as held on the guests' departure, the phrase closing its sentence: the stay's last day
@pytest.mark.parametrize("sentence", [
    "The crews held a passage exercise with a Vietnamese frigate on departure.",
    "The ship's crew held a joint search-and-rescue drill with the Vietnam Coast Guard off Son Tra on the day of "
    "departure.",
    "The Indian ships carried out a passage exercise with a Vietnamese corvette as they left.",
    "INS Sahyadri sailed with a Vietnamese corvette for a passage exercise on its way out.",
])
def test_an_exercise_on_departure_at_the_sentences_end_is_on_the_stays_last_day(sentence):
    assert [s for s in _spans(_HAIPHONG + sentence) if s[0] == "exercise"] == [
        ("exercise", "2007-10-25", "2007-10-25")]


_DIALOGUE_2011 = "HANOI, Sept 20, 2011 (X) -- The U.S. and Vietnam held their second Defense Policy Dialogue in Washington. "


# "N weeks after|before" another happening of the sentence counts seven days a week from its day
@pytest.mark.parametrize("sentence, want", [
    ("Its first session was held in Hanoi on August 17, 2010, a week after the destroyer USS John S. McCain called "
     "at Da Nang for the 15th anniversary of normalised relations.", ("visit", "2010-08-10")),
    ("The handover took place in Hai Phong on 12 May, two weeks after Vietnamese and American officers held talks "
     "in Hanoi.", ("talks", "2011-04-28")),
    ("A U.S. cutter arrived in Da Nang on 3 June, three weeks after American and Vietnamese officers held talks in "
     "Hanoi.", ("talks", "2011-05-13")),
])
def test_weeks_after_another_happening_count_seven_days_each(sentence, want):
    assert want in [(t, a) for t, a, _b in _spans(_DIALOGUE_2011 + sentence)]


@pytest.mark.parametrize("sentence, want", [
    # guard: a rough count of weeks dates nothing
    ("The handover took place in Hai Phong on 12 May, about two weeks after Vietnamese and American officers held "
     "talks in Hanoi.", ("talks", "2011-04-28")),
    # guard: the happening's own day, set off by a comma, keeps it
    ("The handover took place in Hai Phong on 12 May, two weeks after Vietnamese and American officers held talks, "
     "on April 20, in Hanoi.", ("talks", "2011-04-28")),
])
def test_guard_weeks_roughly_told_or_a_day_of_its_own_count_nothing(sentence, want):
    assert want not in [(t, a) for t, a, _b in _spans(_DIALOGUE_2011 + sentence)]


_ESPER = ("HANOI, Nov 21, 2019 (X) -- U.S. Defense Secretary Mark Esper held talks with Defence Minister Ngo Xuan Lich "
          "in Hanoi on Wednesday. The two discussed the South China Sea. Washington has delivered millions of vaccine "
          "doses to Vietnam through the COVAX facility this month. ")


# a meeting with another host told in a later sentence as "after the talks", "afterwards" or "subsequently": on
# the day of the last meeting dated just before it (codebook, "A call on two leaders")
@pytest.mark.parametrize("sentence", [
    "After his meeting with Lich, Esper was received by Prime Minister Nguyen Xuan Phuc.",
    "After the meeting, Esper was received by Prime Minister Nguyen Xuan Phuc at the Government Office.",
    "After the talks, Esper called on President Nguyen Phu Trong.",
    "Esper subsequently paid a courtesy call on President Nguyen Phu Trong.",
])
def test_a_meeting_told_later_is_on_the_day_of_the_meeting_before_it(sentence):
    assert [s for s in _spans(_ESPER + sentence) if s[0] == "talks"] == [
        ("talks", "2019-11-20", "2019-11-20"), ("talks", "2019-11-20", "2019-11-20")]


@pytest.mark.parametrize("sentence", [
    # guard: a later day told in between leaves the call undated
    "On Thursday Esper flew to Ho Chi Minh City. He subsequently called on Prime Minister Nguyen Xuan Phuc.",
    # guard: "later this year" is a time of its own, still to come
    "Esper will later call on Prime Minister Nguyen Xuan Phuc.",
])
def test_guard_a_later_call_after_another_day_or_still_to_come_is_not_dated_by_the_talks(sentence):
    assert [s for s in _spans(_ESPER + sentence) if s[1] == "2019-11-20"] == [("talks", "2019-11-20", "2019-11-20")]


_LEGACIES = "HANOI, April 18, 2025 (X) -- US and Vietnamese officials continued their work on war legacies this month. "


# a period in the possessive of a thing that is no happening ("this year's programme") does not date the happening
# when its sentence tells another date
@pytest.mark.parametrize("sentence, day", [
    ("Earlier in the week, on 8 April, Colonel Megan Foley met Major General Tran Duc Thang to discuss this year's "
     "programme of war legacy cooperation.", "2025-04-08"),
    ("On April 8 the two coast guards held talks in Hanoi on next year's training calendar.", "2025-04-08"),
    ("On April 8 the two coast guards held talks in Hanoi to review last year's joint patrols.", "2025-04-08"),
])
def test_a_possessive_period_of_a_thing_leaves_the_happenings_own_day(sentence, day):
    assert _spans(_LEGACIES + sentence) == [("talks", day, day)]


def test_guard_a_possessive_period_of_the_happenings_own_noun_dates_it():
    assert _spans(_LEGACIES + "Last year's edition of the exercise was hosted in Vietnam.") == [
        ("exercise", "2024", "2024-12-31")]


_KILTAN = "HANOI, Dec 30, 2020 (X) -- India stepped up its naval diplomacy with Vietnam this month. "


# a disaster's time told in the participle of the places it struck is not the happening's
@pytest.mark.parametrize("sentence, want", [
    ("Three days later, on 24 December, the Indian Navy corvette INS Kiltan berthed at Nha Rong port in Ho Chi Minh "
     "City carrying 15 tonnes of relief material for communities in central Vietnam struck by a succession of floods "
     "and typhoons in October and November.", ("visit", "2020-12-24", "2020-12-24")),
    ("On 24 December INS Kiltan handed over relief supplies in Ho Chi Minh City for provinces hit by Typhoon Molave in "
     "October.", ("ceremony", "2020-12-24", "2020-12-24")),
    ("On 24 December INS Kiltan docked at Nha Rong port with relief for districts devastated by storms in October.",
     ("visit", "2020-12-24", "2020-12-24")),
])
def test_a_disasters_time_in_the_participle_of_the_places_it_struck_does_not_date_the_happening(sentence, want):
    assert _spans(_KILTAN + sentence) == [want]


_SAIGON = ("HO CHI MINH CITY, Nov. 19, 2004 (X) - Two Indian Navy ships left Ho Chi Minh City on Friday after a "
           "four-day goodwill call. ")


# "on the way out (to sea)" tells the leaving's day, as "on her way out" does
@pytest.mark.parametrize("sentence", [
    "On the way out to sea the Indian ships carried out a short manoeuvring drill with two Vietnamese patrol vessels.",
    "On the way out, the Indian ships held a passage exercise with a Vietnamese frigate off Vung Tau.",
    "The Indian ships held a passage exercise with two Vietnamese patrol vessels on the way out to sea.",
])
def test_an_exercise_on_the_way_out_is_on_the_leaving_day(sentence):
    assert [s for s in _spans(_SAIGON + sentence) if s[0] == "exercise"] == [("exercise", "2004-11-19", "2004-11-19")]
