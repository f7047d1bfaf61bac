"""Round 64 of the generalisation loop (batches 972 on): general rules, each on three or more phrasings written for
the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _meetings(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(type, start, participants sorted) of each meeting the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), tuple(sorted(e.participants))) for e in article(text).events
                  if e.type in ("talks", "summit"))


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


_SEPT_2016 = "X\n7 September 2016\n\n"


# "He then called on", "The Indian minister then called on": the next meeting of the guest the sentence before named
@pytest.mark.parametrize("text, guest, host, day", [
    ("On Tuesday US Defense Secretary Lloyd Austin held talks with Defence Minister Phan Van Giang in Hanoi. He then "
     "called on Prime Minister Pham Minh Chinh.", "lloyd-austin", "pham-minh-chinh", "2016-09-06"),
    ("Indian Defence Minister Rajnath Singh held talks with his Vietnamese counterpart Phan Van Giang in Hanoi on "
     "Monday. The Indian minister then called on President Nguyen Xuan Phuc.",
     "rajnath-singh", "nguyen-xuan-phuc", "2016-09-05"),
    ("On Wednesday Indian Navy chief Admiral Karambir Singh held talks with Vietnam People's Navy commander Pham Hoai "
     "Nam in Hanoi. The admiral then called on Defence Minister Ngo Xuan Lich.",
     "karambir-singh", "ngo-xuan-lich", "2016-09-07"),
])
def test_a_then_clause_is_the_same_guests_next_meeting(text, guest, host, day):
    assert any(d == day and set(p) == {guest, host} for _t, d, p in _meetings(_SEPT_2016 + text))


# a subject matter exchange told without "expert" is the US forces' training format, an exercise
@pytest.mark.parametrize("sentence, day", [
    ("On Tuesday US Army doctors held a subject matter exchange on field surgery with Vietnamese army medics at "
     "Military Hospital 175.", "2016-09-06"),
    ("Officers of the US and Vietnamese air forces held a subject-matter exchange on flight safety in Da Nang on "
     "Monday.", "2016-09-05"),
    ("US Pacific Fleet engineers and Vietnamese navy officers began a subject-matter exchange on ship maintenance in "
     "Cam Ranh on Monday.", "2016-09-05"),
    ("A two-day subject matter exchange on mine clearance between US Marines and Vietnamese engineers opened in Quang "
     "Tri on Thursday.", "2016-09-01"),
])
def test_a_subject_matter_exchange_is_an_exercise(sentence, day):
    assert ("USA", "exercise", day) in _starts(_SEPT_2016 + sentence)


def test_guard_a_subject_matter_exchange_a_visit_was_for_is_the_visits_programme():
    text = _SEPT_2016 + ("The US Army hosted a Vietnamese delegation on Monday for a week-long subject matter exchange "
                         "on trauma care.")
    assert not [s for s in _starts(text) if s[1] == "exercise"]


# a weekday with a time of day before its own day ("Friday evening, 2 September") is that one day, not also the latest
# Friday before the page
@pytest.mark.parametrize("sentence, day", [
    ("Prime Minister Narendra Modi arrived in Hanoi on Friday evening, 2 September, for a two-day official visit.",
     "2016-09-02"),
    ("Prime Minister Narendra Modi arrived in Hanoi on Friday night, September 2, for a two-day official visit.",
     "2016-09-02"),
    ("Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc on Saturday morning, 3 September, "
     "in Hanoi.", "2016-09-03"),
])
def test_a_weekday_and_its_time_of_day_before_its_own_day_is_one_day(sentence, day):
    starts = [d for _p, _t, d in _starts("X\n14 September 2016\n\n" + sentence)]
    assert starts == [day] * len(starts) and starts


# a bare weekday in the sentence after a day told a week or two before the page goes on from that day
@pytest.mark.parametrize("text, day", [
    ("Prime Minister Narendra Modi arrived in Hanoi on 2 September. On Saturday he held talks with Prime Minister "
     "Nguyen Xuan Phuc.", "2016-09-03"),
    ("US Secretary of State John Kerry arrived in Hanoi on 1 September. On Saturday he held talks with Deputy Prime "
     "Minister Pham Binh Minh.", "2016-09-03"),
    ("Vietnamese Defence Minister Ngo Xuan Lich arrived in New Delhi on Thursday, 1 September. On Saturday he held "
     "talks with Indian Defence Minister Manohar Parrikar.", "2016-09-03"),
])
def test_a_weekday_after_a_day_told_goes_on_from_it(text, day):
    assert day in [d for _p, t, d in _starts("X\n14 September 2016\n\n" + text) if t != "visit"]


def test_guard_a_weekday_after_a_flashback_of_months_is_the_news_days():
    text = ("X\n14 September 2016\n\nVietnamese Defence Minister Ngo Xuan Lich visited New Delhi on 2 May. On Saturday "
            "Indian Navy chief Admiral Sunil Lanba held talks with Lich in Hanoi.")
    assert ("IND", "talks", "2016-09-10") in _starts(text)


# "On the same day", after an aside of another time, is the day the news is of, not an earlier day told before the
# aside
@pytest.mark.parametrize("text", [
    "U.S. President Barack Obama announced on Monday that Washington would fully lift its embargo on sales of lethal "
    "weapons to Vietnam. He arrived in Hanoi late Sunday. The embargo had been partially eased in October 2014. On the "
    "same day Obama met Prime Minister Nguyen Xuan Phuc.",
    "U.S. President Barack Obama held talks with President Tran Dai Quang in Hanoi on Monday. He arrived in the "
    "capital on Sunday evening. Washington and Hanoi normalised relations in July 1995. On the same day, Obama also met Prime Minister "
    "Nguyen Xuan Phuc.",
    "U.S. President Barack Obama lifted the arms embargo on Vietnam on Monday after talks with President Tran Dai Quang. "
    "Air Force One landed on Sunday night. Partial easing came in October 2014. On the same day, Obama met Prime "
    "Minister Nguyen Xuan Phuc at the Government Office.",
])
def test_the_same_day_after_an_aside_is_the_news_day(text):
    met = _meetings("X\n24 May 2016\n\n" + text)
    assert any(d == "2016-05-23" and "nguyen-xuan-phuc" in p for _t, d, p in met)
    assert not any(d == "2016-05-22" and "nguyen-xuan-phuc" in p for _t, d, p in met)


# a meeting told as what went on while the dated clause before it happened ("... on Saturday as Modi held talks with")
# is of that day
@pytest.mark.parametrize("sentence, partner, day", [
    ("India and Vietnam raised their relationship to a comprehensive strategic partnership on Saturday as Prime "
     "Minister Narendra Modi held talks with his counterpart Nguyen Xuan Phuc at the Government Office in Hanoi.",
     "IND", "2016-09-10"),
    ("India and Vietnam raised their relationship to a comprehensive strategic partnership on Saturday as Prime "
     "Minister Narendra Modi, on the first visit to Vietnam by an Indian prime minister in 15 years, held talks with "
     "his counterpart Nguyen Xuan Phuc.", "IND", "2016-09-10"),
    ("The two countries upgraded their ties to a comprehensive strategic partnership on Sunday as President Barack "
     "Obama held talks with President Tran Dai Quang in Hanoi.", "USA", "2016-09-11"),
])
def test_a_meeting_while_the_dated_clause_happened_is_of_its_day(sentence, partner, day):
    assert any(d == day for _t, d, _p in _meetings("X\n14 September 2016\n\n" + sentence))


def test_guard_a_weekday_after_a_beginning_that_is_no_arrival_is_the_news_days():
    text = ("X\nThursday, 15 September 2016\n\nThe exchanges began on Sunday, 4 September, when Vietnamese officials "
            "were flown out to the carrier USS George Washington. On Tuesday Deputy Defence Minister Nguyen Chi Vinh "
            "held talks with US Deputy Assistant Secretary of Defense Robert Scher in Hanoi.")
    assert [d for _t, d, _p in _meetings(text)] == ["2016-09-13"]


# "a scheduled port visit" names the visit's kind (one on the calendar), not a plan: the verb tells its tense
@pytest.mark.parametrize("sentence, partner, day", [
    ("The aircraft carrier USS Ronald Reagan departed Da Nang June 30 after a scheduled port visit that began June 25.",
     "USA", "2023-06-25"),
    ("The US destroyer USS Antietam departed Da Nang, June 29, completing a scheduled five-day port visit.", "USA",
     "2023-06-25"),
    ("The Indian frigate INS Sahyadri concluded its scheduled four-day port call at Ho Chi Minh City on 27 June.",
     "IND", "2023-06-24"),
])
def test_a_scheduled_visit_told_as_done_is_a_happening(sentence, partner, day):
    # (and its days count back from its end)
    assert _starts("X\n6/30/2023\n\n" + sentence) == [(partner, "visit", day)]


@pytest.mark.parametrize("sentence", [
    "The US destroyer USS Antietam is scheduled to make a port visit to Da Nang next week.",
    "A port visit by the US destroyer USS Antietam is scheduled for August.",
])
def test_guard_a_visit_that_is_scheduled_is_a_plan(sentence):
    assert _starts("X\n6/30/2023\n\n" + sentence) == []


# a guest's "later called on" goes on from his meeting dated to a day, across a paragraph of what was said (and an
# aside of another year) between them
_SAID = ("During the talks, the two sides reviewed cooperation since the relationship was raised to a comprehensive "
         "strategic partnership in 2016. The two ministers signed a vision statement. Giang thanked India for its "
         "support in training. He proposed more courses in English. Singh said India attached importance to Vietnam. "
         "He suggested cooperation in shipbuilding. ")


@pytest.mark.parametrize("text, host", [
    ("Defence Minister Phan Van Giang held talks in Hanoi on Wednesday with Indian Defence Minister Rajnath Singh. "
     + _SAID + "The Indian minister later called on Prime Minister Pham Minh Chinh.", "pham-minh-chinh"),
    ("Indian Defence Minister Rajnath Singh held talks with Defence Minister Phan Van Giang in Hanoi on Wednesday. "
     + _SAID + "Singh later met President Nguyen Xuan Phuc at the Presidential Palace.", "nguyen-xuan-phuc"),
    ("On Wednesday Indian Defence Minister Rajnath Singh met his counterpart Phan Van Giang in Hanoi. "
     + _SAID + "Afterwards Singh called on General Secretary Nguyen Phu Trong.", "nguyen-phu-trong"),
])
def test_later_called_on_goes_on_from_the_meeting_across_a_paragraph(text, host):
    met = _meetings("X\nWednesday, June 8, 2022\n\n" + text)
    assert any(d == "2022-06-08" and host in p for _t, d, p in met)


# "After the meeting with Trong, Trump ... held talks with Phuc": the opener tells the earlier meeting again; the later
# meeting is the guest's with the new host alone
@pytest.mark.parametrize("text, guest, first, second", [
    ("U.S. President Donald Trump met General Secretary Nguyen Phu Trong in Hanoi on Wednesday. It was his second trip "
     "to Vietnam after the APEC forum in Da Nang in November 2017. After the meeting with Trong, Trump went to the "
     "Office of the Government, where he held talks with Prime Minister Nguyen Xuan Phuc over a working lunch.",
     "donald-trump", "nguyen-phu-trong", "nguyen-xuan-phuc"),
    ("Indian Defence Minister Rajnath Singh held talks with Defence Minister Phan Van Giang in Hanoi on Wednesday. "
     "The two reviewed cooperation since 2016. After his talks with Giang, Singh called on Prime Minister Pham Minh "
     "Chinh at the Government headquarters.", "rajnath-singh", "phan-van-giang", "pham-minh-chinh"),
    ("US Defense Secretary Lloyd Austin met Defence Minister Phan Van Giang in Hanoi on Thursday. Their ministries "
     "signed a memorandum in 2011. After the meeting with Giang, Austin went to the Presidential Palace, where he "
     "called on President Nguyen Xuan Phuc.", "lloyd-austin", "phan-van-giang", "nguyen-xuan-phuc"),
])
def test_an_opener_naming_the_earlier_meeting_leaves_its_host_out_of_the_next(text, guest, first, second):
    met = _meetings("X\nFriday, 30 July 2021\n\n" + text)
    later = [p for _t, _d, p in met if second in p]
    assert later and all(first not in p and guest in p for p in later)
    assert any(first in p for _t, _d, p in met)


# training in outlets' words: each row of data/triggers.csv on three phrasings of its own
@pytest.mark.parametrize("sentence, partner", [
    # joint training with the other side's troops
    ("Forty-five Indian personnel trained with an equal number of Vietnam People's Army soldiers in Hanoi in March.",
     "IND"),
    ("In March, Indian sappers trained with their Vietnamese counterparts at Chandimandir.", "IND"),
    ("In March, US Marines trained with Vietnamese army units in Quang Tri.", "USA"),
    # a seminar run by the other side's service
    ("In March, four Vietnamese naval officers attended a submarine-rescue seminar run by the Indian Navy.", "IND"),
    ("In March, Vietnamese coast guard officers attended a two-day webinar hosted by the US Coast Guard.", "USA"),
    ("In March, Indian divers attended the diving seminar organised by the Vietnam People's Navy.", "IND"),
    # a spell of training aboard
    ("In March, Vietnamese naval cadets joined Indian counterparts for a sea-training stint in the Bay of Bengal.",
     "IND"),
    ("In March, Vietnamese officers began a two-week training attachment with the Indian Navy.", "IND"),
    ("In March, Vietnamese cadets went on a training cruise with US Navy sailors.", "USA"),
    # an exchange told by how long it ran
    ("In March, damage control teams of the US Navy and Vietnamese naval engineers held a day-long exchange on "
     "shipboard firefighting.", "USA"),
    ("In March, Indian and Vietnamese navy doctors held a one-day exchange on diving medicine.", "IND"),
    ("In March, US Army and Vietnamese army surgeons held a fortnight-long exchange at Military Hospital 108.", "USA"),
    # days of exchanges or training
    ("In March, U.S. Navy and Vietnamese sailors held a week of naval exchange activities in Da Nang.", "USA"),
    ("In March, Indian and Vietnamese coast guards held five days of exchanges in Kochi.", "IND"),
    ("In March, US and Vietnamese army medics conducted two weeks of exchanges at Military Hospital 175.", "USA"),
    # a team that spent days sharing its craft
    ("In March, two Indian Army doctors spent a fortnight at Military Hospital 175 in Ho Chi Minh City to share "
     "experience in trauma care.", "IND"),
    ("In March, US Navy divers spent a week in Cam Ranh to share skills with Vietnamese divers.", "USA"),
    ("In March, Indian Navy engineers spent ten days at the Hai Phong shipyard to share expertise in hull repair.",
     "IND"),
    # a course told with the team that ran it
    ("Our guest recalls a course for Vietnamese military medics that a team from the Indian Armed Forces Medical "
     "Services ran in Hanoi in March.", "IND"),
    ("Vietnamese medics praised a course on field surgery that a US Army team taught in Hanoi in March.", "USA"),
    ("It was a seminar which the Indian Coast Guard conducted in Da Nang in March.", "IND"),
])
def test_training_in_outlets_words_is_an_exercise(sentence, partner):
    assert (partner, "exercise", "2023-03") in _starts("X\n30 December 2023\n\n" + sentence)


@pytest.mark.parametrize("text, partner, day", [
    ("Around 70 Vietnamese coast guard sailors trained for six weeks alongside US Coast Guard instructors at "
     "Honolulu. The training ran from 10 April to 19 May.", "USA", "2023-04-10"),
    ("Vietnamese engineers trained alongside Indian Army sappers at Pune. The training took place from 3 to 14 June.",
     "IND", "2023-06-03"),
    ("Vietnamese sailors trained alongside Indian Navy divers in Kochi. That training lasted from 2 May to 20 May.",
     "IND", "2023-05-02"),
])
def test_a_training_named_again_with_its_days_is_dated_by_them(text, partner, day):
    assert (partner, "exercise", day) in _starts("X\n30 December 2023\n\n" + text)


# the people before "before flying to", "before travelling to", "after touring" are the meeting's, however near the
# later verb
@pytest.mark.parametrize("tail", ["before flying to Anchorage.", "before travelling to Singapore.",
                                  "after touring the port of Hai Phong."])
def test_a_gerund_link_ends_the_meetings_people(tail):
    text = ("X\nSep 14, 2023\n\nUS President Joe Biden met Prime Minister Pham Minh Chinh and National Assembly "
            "Chairman Vuong Dinh Hue in separate meetings on Monday " + tail)
    met = _meetings(text)
    assert ("summit", "2023-09-11", ("joe-biden", "vuong-dinh-hue")) in met
    assert ("summit", "2023-09-11", ("joe-biden", "pham-minh-chinh")) in met


# an upgrade told with the levels it skipped set off by a comma ("lift ties two levels at once, from the ...")
@pytest.mark.parametrize("sentence, partner, start", [
    ("On Sunday, Sept. 10, US President Joe Biden was received by General Secretary Nguyen Phu Trong at the Communist "
     "Party headquarters, where the two agreed to lift ties two levels at once, from the comprehensive partnership set "
     "up in 2013 straight to comprehensive strategic partnership.", "USA", "2023-09-10"),
    ("On Sunday, US President Joe Biden and General Secretary Nguyen Phu Trong agreed to lift ties two levels at once, "
     "from a comprehensive partnership to a comprehensive strategic partnership.", "USA", "2023-09-10"),
    ("Washington and Hanoi lifted their ties two levels at once, from a comprehensive partnership to a comprehensive "
     "strategic partnership, during US President Joe Biden's visit in September 2023.", "USA", "2023-09"),
])
def test_an_upgrade_with_the_levels_skipped_set_off(sentence, partner, start):
    assert (partner, "partnership_upgrade", start) in _starts("X\nSep 14, 2023\n\n" + sentence)


# a partnership named, then who set it up in a clause of their own
@pytest.mark.parametrize("sentence, partner, start", [
    ("The comprehensive partnership Obama and then-President Truong Tan Sang launched at the White House in July 2013 "
     "has deepened.", "USA", "2013-07"),
    ("The strategic partnership which Nguyen Tan Dung and Manmohan Singh proclaimed in New Delhi in July 2007 set the "
     "frame.", "IND", "2007-07"),
    ("The comprehensive strategic partnership Prime Minister Narendra Modi and Nguyen Xuan Phuc sealed in Hanoi in "
     "September 2016 now covers submarines.", "IND", "2016-09"),
])
def test_a_partnership_with_who_set_it_up_in_a_clause(sentence, partner, start):
    assert (partner, "partnership_upgrade", start) in _starts("X\nSep 14, 2023\n\n" + sentence)


# staff talks with no service named and no round are a meeting (talks); named or numbered, a session of a mechanism
@pytest.mark.parametrize("sentence, etype", [
    ("Last Tuesday, India's naval attaché in Hanoi, Captain Rakesh Menon, held staff talks with the Vietnamese navy's "
     "foreign relations department in Hanoi.", "talks"),
    ("A team from US Pacific Command held two days of staff talks with Vietnamese officers in Hanoi on Monday.",
     "talks"),
    ("On Monday Indian and Vietnamese coast guard officers held staff talks in Kochi.", "talks"),
    ("The third Army-to-Army Staff Talks were held in Hanoi on Monday between the Indian Army and the Vietnam "
     "People's Army.", "dialogue"),
    ("The fifth round of staff talks between the Indian and Vietnamese navies was held in Hanoi on Monday.",
     "dialogue"),
    ("The annual staff talks between the US Pacific Fleet and the Vietnam People's Navy opened in Hanoi on Monday.",
     "dialogue"),
])
def test_bare_staff_talks_are_talks_and_named_ones_a_dialogue(sentence, etype):
    assert [t for _p, t, _d in _starts("X\nSep 14, 2011\n\n" + sentence)] == [etype]


# people who trained at the other side's school or base took a course there
@pytest.mark.parametrize("sentence, partner, start", [
    ("A Vietnamese survey team of six officers trained at the Indian Navy's National Institute of Hydrography in Goa "
     "from 4 February to 29 March.", "IND", "2019-02-04"),
    ("Vietnamese pilots trained at an Indian Air Force base in March.", "IND", "2019-03"),
    ("In March, twelve Vietnamese cadets trained at the US Coast Guard Academy in New London.", "USA", "2019-03"),
])
def test_training_at_the_other_sides_school_is_a_course(sentence, partner, start):
    assert _starts("X\nSep 14, 2019\n\n" + sentence) == [(partner, "exercise", start)]


def test_guard_training_at_ones_own_school_is_no_event():
    assert _starts("X\nSep 14, 2019\n\nIn March, Indian officers trained at the Indian Navy's diving school in Kochi.") == []


def _article_domains(text: str) -> set[str]:
    return {d for d, _sid, _term in article(text).domains}


# the surveyors who do hydrography name it
@pytest.mark.parametrize("sentence", [
    "Indian and Vietnamese navy hydrographers met in Mumbai for expert talks in March.",
    "Six Indian Navy hydrographers wrapped up a charting workshop with the Vietnam People's Navy in March.",
    "A team of US Navy hydrographers held talks with Vietnamese naval officers in Hai Phong in March.",
])
def test_hydrographers_name_hydrography(sentence):
    assert "hydrography" in _article_domains("X\n30 December 2019\n\n" + sentence)


# a course, workshop or seminar one side ran for the other is engagement: its sentence's domain terms count
@pytest.mark.parametrize("sentence, domain", [
    ("Twelve officers of the Vietnam People's Navy completed a hydrographic survey course at the Indian Navy's "
     "institute in Goa on 18 October.", "hydrography"),
    ("In April, an Indian Navy team held an online seminar with the Vietnam People's Navy on hydrographic survey data.",
     "hydrography"),
    ("In May, Vietnamese army medics attended a field surgery workshop run by US Army doctors at a military hospital "
     "in Hanoi.", "health"),
])
def test_a_course_workshop_or_seminar_speaks_of_engagement(sentence, domain):
    assert domain in _article_domains("X\n30 December 2019\n\n" + sentence)


# a count of years dates the page from its own clause's year, not from a year of the subject's next predicate
# (", and follows a virtual summit ... in December 2020")
@pytest.mark.parametrize("lead", [
    "India and Vietnam on Wednesday signed a memorandum after talks between Defence Minister Rajnath Singh and General "
    "Phan Van Giang. The visit comes six years after Prime Minister Narendra Modi travelled to Hanoi, and follows a "
    "virtual summit in December 2020.",
    "Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on Wednesday. The trip comes six "
    "years after the two countries raised their ties to a comprehensive strategic partnership, and followed a video "
    "call in November 2020.",
    "Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on Wednesday. The visit came six "
    "years after Narendra Modi's trip to Hanoi, and preceded a port call due in December 2020.",
])
def test_a_count_of_years_is_not_counted_from_the_next_predicates_year(lead):
    assert published("X\n\nHANOI, June 8 (Wire) - " + lead + "\n")[0] == "2022-06-08"


# instructors who taught a skill to a coast guard's or border guard's people, the service named without its country
@pytest.mark.parametrize("sentence, partner, start", [
    ("A U.S. Navy mobile training team taught boarding procedures to coast guard officers in Hai Phong for two weeks "
     "from September 11 to 22.", "USA", "2017-09-11"),
    ("A US Coast Guard team taught search and rescue to Vietnam Coast Guard officers in Hai Phong in March.", "USA",
     "2017-03"),
    ("Indian Navy instructors taught small-boat tactics to border guard personnel in Quang Ninh in March.", "IND",
     "2017-03"),
])
def test_teaching_a_guard_services_people_is_a_course(sentence, partner, start):
    assert _starts("X\nSep 30, 2017\n\n" + sentence) == [(partner, "exercise", start)]


# relations told as made a partnership in the passive ("was made a strategic partnership in July 2007")
@pytest.mark.parametrize("sentence, partner, start", [
    ("The relationship was made a strategic partnership in July 2007, when Prime Minister Nguyen Tan Dung was last "
     "in New Delhi.", "IND", "2007-07"),
    ("Relations between India and Vietnam were named a strategic partnership in July 2007.", "IND", "2007-07"),
    ("US-Vietnam relations were designated a comprehensive partnership in July 2013, when President Truong Tan Sang "
     "visited Washington.", "USA", "2013-07"),
])
def test_relations_made_a_partnership_in_the_passive(sentence, partner, start):
    assert (partner, "partnership_upgrade", start) in _starts("X\nOct 29, 2024\n\n" + sentence)
