"""Round 61 of the generalisation loop (batches 908 on): general rules, each on three or more phrasings written for
the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


_MAY_2019 = "HANOI, May 20, 2019 (X) - "


# instructors who trained the other side's people ran a course, whether the trainees are named by nationality or by
# the force they serve in
@pytest.mark.parametrize("sentence, expected", [
    ("From May 6 to 10, a team of U.S. Coast Guard instructors trained 30 officers of the Vietnam Coast Guard in "
     "boarding procedures in Hai Phong.", ("USA", "exercise", "2019-05-06")),
    ("On May 2, U.S. Army medics trained 40 Vietnamese peacekeepers in field medicine at a camp near Hanoi.",
     ("USA", "exercise", "2019-05-02")),
    ("Indian Navy divers trained crews from the Vietnam People's Navy in salvage work at Cam Ranh on May 14.",
     ("IND", "exercise", "2019-05-14")),
    ("On May 8 a team from the Indian Army trained about 60 Vietnamese army deminers in Quang Tri.",
     ("IND", "exercise", "2019-05-08")),
])
def test_training_the_other_sides_people_is_a_course(sentence, expected):
    assert expected in _starts(_MAY_2019 + sentence)


def test_guard_training_ones_own_people_is_no_course():
    text = _MAY_2019 + "On May 2, the Vietnam People's Navy trained its own divers at Cam Ranh, a spokesman said."
    assert not [e for e in _starts(text) if e[1] == "exercise"]


# training finished or given for the other side's people, named without a course
@pytest.mark.parametrize("sentence, expected", [
    ("An Indian Army team completed demining training for Vietnamese engineers in Quang Tri on May 3.",
     ("IND", "exercise", "2019-05-03")),
    ("On May 9 a team of Indian submarine instructors finished a four-week refresher package for Vietnam People's "
     "Navy crews at Cam Ranh.", ("IND", "exercise", "2019-05-09")),
    ("U.S. Navy divers conducted salvage instruction for Vietnamese sailors in Da Nang on May 15.",
     ("USA", "exercise", "2019-05-15")),
])
def test_training_finished_for_the_other_sides_people_is_a_course(sentence, expected):
    assert expected in _starts(_MAY_2019 + sentence)


# a team that worked with the other side's people did a joint activity
@pytest.mark.parametrize("sentence, expected", [
    ("On May 7 a U.S. Navy explosive ordnance disposal team worked with Vietnamese army engineers in Quang Tri.",
     ("USA", "exercise", "2019-05-07")),
    ("Indian Navy divers worked alongside Vietnam People's Navy divers in Cam Ranh on May 11.",
     ("IND", "exercise", "2019-05-11")),
    ("From May 13 to 17 a team of Indian doctors worked with Vietnamese colleagues at Military Hospital 175.",
     ("IND", "exercise", "2019-05-13")),
])
def test_a_team_working_with_the_other_sides_people_is_a_joint_activity(sentence, expected):
    assert expected in _starts(_MAY_2019 + sentence)


def test_guard_a_team_that_worked_with_an_office_on_a_text_is_no_joint_activity():
    text = _MAY_2019 + "On May 7 a U.S. team worked with Vietnam's foreign ministry on the text of a statement."
    assert not [e for e in _starts(text) if e[1] == "exercise"]


# a host that brought the other side's people over for a workshop or course ran the course
@pytest.mark.parametrize("sentence, expected", [
    ("On May 6 the U.S. Defense Threat Reduction Agency hosted Vietnamese officials in Hawaii for a workshop on "
     "border security.", ("USA", "exercise", "2019-05-06")),
    ("On May 8 the U.S. Army hosted 20 Vietnamese engineers at Fort Shafter for a two-week course.",
     ("USA", "exercise", "2019-05-08")),
    ("On May 6 the U.S. Defense Threat Reduction Agency hosted officials from Vietnam in Hawaii for a workshop on "
     "border security.", ("USA", "exercise", "2019-05-06")),
    ("On May 9 the Indian Navy hosted officers of the Vietnam People's Navy at Kochi for a diving course.",
     ("IND", "exercise", "2019-05-09")),
    ("On May 14 the U.S. Coast Guard hosted a delegation of the Vietnam Coast Guard in Honolulu for a seminar on "
     "search and rescue.", ("USA", "exercise", "2019-05-14")),
])
def test_hosting_the_other_sides_people_for_a_course_is_the_course(sentence, expected):
    starts = _starts(_MAY_2019 + sentence)
    assert expected in starts
    assert not [e for e in starts if e[1] == "talks"]


def test_guard_hosting_a_third_countrys_people_for_a_course_is_no_event_of_the_dyad():
    text = _MAY_2019 + ("Separately, the Indian Coast Guard hosted Sri Lankan officers at Vadinar on May 6 for a pollution "
                        "response course.")
    assert not [e for e in _starts(text) if e[1] == "exercise"]


# a record of training told in the perfect is no course on a day; training with or beside others is read by the rows
# that read joint training, not as instructors training the other side
@pytest.mark.parametrize("sentence", [
    "Since the memorandum of 2009, India has trained many Vietnamese officers at its staff colleges.",
    "The programme has quietly trained several hundred Vietnamese officers since 2015.",
    "Indian instructors have trained Vietnamese submarine crews at Visakhapatnam since 2014.",
])
def test_guard_training_told_in_the_perfect_is_no_course(sentence):
    assert not [e for e in _starts(_MAY_2019 + sentence) if e[1] == "exercise"]


@pytest.mark.parametrize("sentence", [
    "In 2016 Vietnamese sailors trained with American instructors on the cutter before sailing it home.",
    "Vietnamese Su-30 pilots trained under Indian instructors for several years from 2013.",
    "In 2014 Vietnamese deminers trained by Indian Army engineers cleared a field near Dong Ha.",
])
def test_guard_training_with_or_under_others_is_not_instructors_training_them(sentence):
    assert not [e for e in _starts(_MAY_2019 + sentence) if e[1] == "exercise"]


# a team that spent days at the other side's hospital or base for exchanges (no article) ran them
@pytest.mark.parametrize("sentence, expected", [
    ("On May 6 a U.S. military medicine team spent a week at Military Hospital 108 in Hanoi for exchanges on trauma "
     "surgery.", ("USA", "exercise", "2019-05-06")),
    ("Indian Navy divers spent May 13 to 17 in Cam Ranh for diving exchanges with Vietnamese divers.",
     ("IND", "exercise", "2019-05-13")),
    ("On May 2 Indian Army engineers spent three days at the Quang Tri mine action centre on exchanges about "
     "clearance.", ("IND", "exercise", "2019-05-02")),
])
def test_days_spent_for_exchanges_without_an_article_are_the_exchanges(sentence, expected):
    starts = _starts(_MAY_2019 + sentence)
    assert expected in starts
    assert not [e for e in starts if e[1] == "visit"]


# a programme's makers saying what the episode covers hold no talks
@pytest.mark.parametrize("sentence", [
    "In this episode we talk about the mine-clearance course Indian Army engineers ran in Quang Tri on May 3.",
    "In this episode I talk about the diving course Indian Navy instructors ran at Cam Ranh on May 9.",
    "This week we talk with a former attaché about the workshop U.S. Army doctors ran in Hue on May 6.",
])
def test_a_programmes_makers_talking_about_a_happening_hold_no_talks(sentence):
    assert not [e for e in _starts(_MAY_2019 + sentence) if e[1] == "talks"]


# nothing of a visit came earlier on the day the guest arrived at night: "earlier in the day" after a night's arrival
# is of the day the news is of, told before it
@pytest.mark.parametrize("text, expected", [
    ("HANOI, Sept. 3, 2016 (X) - Prime Minister Narendra Modi and Prime Minister Nguyen Xuan Phuc held talks in Hanoi "
     "on Saturday. Modi arrived on Friday night. Earlier in the day, Modi met General Secretary Nguyen Phu Trong.",
     ("IND", "summit", "2016-09-03")),
    ("HANOI, May 23, 2016 (X) - President Barack Obama held talks with President Tran Dai Quang on Monday. Obama "
     "landed late on Sunday. Earlier in the day, Obama met Prime Minister Nguyen Xuan Phuc.",
     ("USA", "summit", "2016-05-23")),
    ("NEW DELHI, July 6, 2007 (X) - Prime Minister Nguyen Tan Dung held talks with Prime Minister Manmohan Singh on "
     "Friday. Dung reached New Delhi on Thursday evening. Earlier in the day he was received by President Pratibha "
     "Patil.", ("IND", "summit", "2007-07-06")),
])
def test_earlier_in_the_day_after_a_night_arrival_is_the_news_day(text, expected):
    assert [e for e in _starts(text) if e[1] == "summit"] == [expected, expected]


def test_guard_earlier_in_the_day_after_an_evening_happening_is_that_day():
    text = ("HANOI, Sept. 4, 2016 (X) - Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc on "
            "Saturday. On Friday evening Modi attended a banquet given by Phuc. Earlier in the day, Modi met President "
            "Tran Dai Quang.")
    assert ("IND", "summit", "2016-09-02") in _starts(text)


_SEPT_2021 = "HANOI, Sept. 2, 2021 (X) - "


# an arrival told by where the guest came from, then its day: the guest arrived where the story is
@pytest.mark.parametrize("sentence, expected", [
    ("Vice President Kamala Harris arrived from Singapore late on 24 August.", ("USA", "visit", "2021-08-24")),
    ("President Joe Biden arrived from New Delhi on Sunday afternoon.", ("USA", "visit", "2021-08-29")),
    ("Defence Minister Rajnath Singh arrived from the ADMM-Plus meeting in Jakarta yesterday evening.",
     ("IND", "visit", "2021-09-01")),
])
def test_an_arrival_told_by_where_the_guest_came_from_is_a_visit(sentence, expected):
    assert expected in _starts(_SEPT_2021 + sentence)


# a second verb of the same subject whose date is set off by commas takes that date: "and, the next day, held talks"
@pytest.mark.parametrize("sentence, expected", [
    ("Defense Secretary Lloyd Austin arrived on 28 July and, the next day, held talks with Defence Minister General "
     "Phan Van Giang.", ("USA", "talks", "2021-07-29")),
    ("Defense Secretary Lloyd Austin arrived on 28 July and, on 29 July, held talks with Defence Minister General "
     "Phan Van Giang.", ("USA", "talks", "2021-07-29")),
    ("Defense Secretary Lloyd Austin arrived on Wednesday and, on Thursday, held talks with Defence Minister General "
     "Phan Van Giang.", ("USA", "talks", "2021-09-02")),
])
def test_a_second_verb_dated_between_commas_takes_that_date(sentence, expected):
    assert expected in _starts(_SEPT_2021 + sentence)



# a future told in reported speech after the meeting ("and the two confirmed that a carrier would come this year")
# dates the plan, not the meeting
@pytest.mark.parametrize("sentence, expected", [
    ("On 25 January US Defense Secretary Jim Mattis met Defence Minister Ngo Xuan Lich, and the two confirmed that a "
     "carrier would come this year.", ("USA", "talks", "2018-01-25")),
    ("On 25 January US Defense Secretary Jim Mattis met Defence Minister Ngo Xuan Lich, and the two said that "
     "training would grow later this year.", ("USA", "talks", "2018-01-25")),
    ("On 2 March Indian Defence Minister Nirmala Sitharaman met Defence Minister Ngo Xuan Lich, and aides said that "
     "cooperation would deepen this year.", ("IND", "talks", "2018-03-02")),
])
def test_a_future_in_reported_speech_does_not_date_the_meeting(sentence, expected):
    assert _starts("HANOI, March 6, 2018 (X) - " + sentence) == [expected]


# a target year ("a target of $2 billion in trade by 2010") is looked forward to: it says the page is older, not
# that the page is of that year
@pytest.mark.parametrize("text, day", [
    ("NEW DELHI, July 6 (X) - India and Vietnam on Friday raised ties, with Prime Minister Manmohan Singh and Prime "
     "Minister Nguyen Tan Dung signing a declaration. The declaration sets a target of $2 billion in trade by 2010.",
     "2007-07-06"),
    ("HANOI, Nov 16 (X) - Indian Defence Minister A.K. Antony held talks with General Phung Quang Thanh on Monday. "
     "The two sides set the goal of doubling defence trade by 2012.", "2009-11-16"),
    ("HANOI, June 8 (X) - Indian Defence Minister Rajnath Singh met General Phan Van Giang on Wednesday. Vietnam "
     "aims to finish building the boats by 2024.", "2022-06-08"),
])
def test_a_target_year_does_not_date_the_page(text, day):
    assert published(text)[0] == day


# a meeting told "after the talks", on a page whose talks are told by the upgrade the two leaders agreed that day, is
# of that day
@pytest.mark.parametrize("text, expected", [
    ("HANOI, Sept. 4, 2016 (X) - Prime Minister Narendra Modi and Prime Minister Nguyen Xuan Phuc on Saturday agreed "
     "to elevate ties to a comprehensive strategic partnership. Mr. Modi, who landed in Hanoi late on Friday evening, "
     "was accorded a ceremonial welcome before the delegation-level talks. He announced a credit line of $500 million "
     "for defence. \"Our agreement captures the momentum of our cooperation,\" Mr. Modi said. Twelve agreements were "
     "exchanged. After the talks Mr. Modi called on General Secretary Nguyen Phu Trong.",
     ("IND", "summit", "2016-09-03")),
    ("HANOI, Sept. 11, 2023 (X) - President Joe Biden and General Secretary Nguyen Phu Trong on Sunday raised "
     "relations to a comprehensive strategic partnership. Biden, who flew in on Sunday afternoon, was greeted at the "
     "party headquarters before the talks. He spoke of a new chapter. \"This is a critical moment,\" Biden said. "
     "Several deals were announced. Following their talks, Biden met Prime Minister Pham Minh Chinh.",
     ("USA", "summit", "2023-09-10")),
    ("NEW DELHI, July 7, 2007 (X) - Prime Minister Manmohan Singh and Prime Minister Nguyen Tan Dung on Friday "
     "established a strategic partnership. Mr. Dung, who landed late on Wednesday evening, was received at "
     "Rashtrapati Bhavan before the talks. He spoke of old friendship. \"India stood by us,\" Dung said. A trade "
     "target was set. After the talks Mr. Dung called on President Pratibha Patil.",
     ("IND", "summit", "2007-07-06")),
])
def test_a_meeting_after_the_talks_is_of_the_day_of_the_upgrade_they_agreed(text, expected):
    assert expected in _starts(text)


# a month a count of years goes back to ("ten years since the partnership agreed in July 2013") is no story's month
# that a day told next, without its year, goes on in
@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON, Sept. 15, 2023 (X) - This year marks ten years since the Comprehensive Partnership agreed at the "
     "White House in July 2013. U.S. military doctors held a medical exchange at Military Hospital 103 in Hanoi from "
     "17 to 21 July.", ("USA", "exercise", "2023-07-17")),
    ("NEW DELHI, Nov. 20, 2022 (X) - The year marked fifty years since relations were established in January 1972. "
     "Indian Navy divers trained Vietnamese sailors at Cam Ranh from 10 to 14 January.",
     ("IND", "exercise", "2022-01-10")),
    ("HANOI, Dec. 1, 2020 (X) - This is the 25th anniversary of relations normalised in July 1995. U.S. Army medics "
     "ran a trauma course for Vietnamese doctors in Hue from 6 to 10 July.", ("USA", "exercise", "2020-07-06")),
])
def test_a_month_counted_back_to_gives_no_year_to_the_day_told_next(text, expected):
    assert expected in _starts(text)


# a page stamped in figures, day and month either way, over a stay of days begun on the lead's weekday: a story of
# the stay is filed on any of its days (and figures with full stops are day first when both readings fit)
@pytest.mark.parametrize("head, day", [
    ("Rhine Post | English service\n07.03.2012 - 14:05\n\nDa Nang. The USS Blue Ridge arrived in Da Nang on Monday "
     "for a four-day visit.", "2012-03-07"),
    ("Baltic Ledger\n02.05.2016\n\nCam Ranh. The Indian destroyer INS Ranvijay berthed at Cam Ranh on Friday for "
     "a four-day goodwill visit.", "2016-05-02"),
    ("Oslo Naval Review\n06.12.2012\n\nDa Nang. The frigate USS Vandegrift arrived in Da Nang on Tuesday on a "
     "three-day port call.", "2012-12-06"),
])
def test_a_stamp_in_figures_over_a_stay_of_days_is_read_in_the_stay(head, day):
    assert published("Carrier in Vietnam\n\n" + head + "\n")[0] == day


def test_guard_a_month_first_stamp_on_the_day_after_the_weekday_stays_month_first():
    text = ("Carrier in Da Nang\n\nNEWS | 03.06.2020\n\nDA NANG, Vietnam -- The aircraft carrier USS Theodore "
            "Roosevelt pulled into Da Nang Thursday for a scheduled five-day port visit.\n")
    assert published(text)[0] == "2020-03-06"


# an exercise named again with the days it ran is the exercise, on those days
@pytest.mark.parametrize("sentence, expected", [
    ("India and Vietnam held the fifth edition of their joint military exercise VINBAX at Ambala. The exercise ran "
     "from 4 to 23 November.", ("IND", "exercise", "2024-11-04")),
    ("The fifth edition of the India-Vietnam joint military exercise VINBAX closed at Ambala Cantonment on Saturday. "
     "The exercise ran from November 4 through the 23rd at Ambala Cantonment.", ("IND", "exercise", "2024-11-04")),
    ("Indian and Vietnamese coast guards trained together off Vung Tau. The exercise lasted from May 2 to 6.",
     ("IND", "exercise", "2024-05-02")),
])
def test_an_exercise_named_again_with_the_days_it_ran_is_the_exercise(sentence, expected):
    assert expected in _starts("NEW DELHI, Nov. 25, 2024 (X) - " + sentence)


# the visitor's arrival told in his clause, with no day of its own, is his visit on the day his sentence dates him at,
# when the text tells his visit nowhere else (where he came from names no partner: "from the Group of 20 summit in
# New Delhi")
@pytest.mark.parametrize("sentence, expected", [
    ("President Joe Biden, who flew in from the G20 summit in New Delhi, held talks with General Secretary Nguyen "
     "Phu Trong on Sunday.", ("USA", "visit", "2023-09-10")),
    ("President Joe Biden, who flew to Hanoi from the Group of 20 summit in New Delhi, met General Secretary Nguyen "
     "Phu Trong on Sunday.", ("USA", "visit", "2023-09-10")),
    ("Indian Defence Minister Rajnath Singh, who arrived in Hanoi from Jakarta, held talks with General Phan Van "
     "Giang on Wednesday.", ("IND", "visit", "2023-09-06")),
])
def test_an_arrival_in_the_visitors_clause_is_his_visit_that_day(sentence, expected):
    starts = _starts("HANOI, Sept. 11, 2023 (X) - " + sentence)
    assert expected in starts
    assert all(e[0] == expected[0] for e in starts)


@pytest.mark.parametrize("sentence", [
    # an arrival before that day
    "President Joe Biden, who had flown in from New Delhi, met President Vo Van Thuong on Monday.",
    # one told by what he came for: a part of that happening
    "Rear Admiral Steven Calloway, who flew in for the closing of the course, called on General Le Quang Dao on "
    "Monday.",
])
def test_guard_an_arrival_before_that_day_or_for_a_happening_is_no_visit_that_day(sentence):
    assert not [e for e in _starts("HANOI, Sept. 12, 2023 (X) - " + sentence) if e[1] == "visit"]


# a sentence opening on its subject's meeting, told by the participle, is a meeting on the day its clause tells
@pytest.mark.parametrize("sentence, expected", [
    ("Meeting his Indian counterpart Rajnath Singh in New Delhi on June 19, General Phan Van Giang was told India "
     "would gift the corvette.", ("IND", "talks", "2023-06-19")),
    ("Meeting Defence Minister Rajnath Singh on 19 June, General Phan Van Giang was told India would gift the "
     "in-service corvette.", ("IND", "talks", "2023-06-19")),
    ("Meeting Indian Prime Minister Narendra Modi in New Delhi on August 1, Prime Minister Pham Minh Chinh adopted a "
     "plan of action.", ("IND", "summit", "2023-08-01")),
])
def test_a_sentence_opening_on_the_participle_meeting_is_a_meeting(sentence, expected):
    assert expected in _starts("HANOI, Aug. 5, 2023 (X) - " + sentence)


# "today" in a quote on the next day's page is the speaker's day, the day the story tells (not the dateline's)
@pytest.mark.parametrize("text, expected", [
    ('HANOI, Sept. 4, 2016 (X) - Prime Minister Narendra Modi and Prime Minister Nguyen Xuan Phuc on Saturday agreed '
     'to upgrade ties. "Our agreement today to upgrade our Strategic Partnership to a Comprehensive Strategic '
     'Partnership captures the intent," Mr. Modi said.', ("IND", "partnership_upgrade", "2016-09-03")),
    ('HANOI, Sept. 11, 2023 (X) - President Joe Biden held talks with General Secretary Nguyen Phu Trong on Sunday. '
     '"Today we elevated our relationship to a comprehensive strategic partnership," Biden said.',
     ("USA", "partnership_upgrade", "2023-09-10")),
    ("NEW DELHI, July 7, 2007 (X) - Prime Minister Manmohan Singh held talks with Prime Minister Nguyen Tan Dung on "
     "Friday. \u201cWe have today established a strategic partnership,\u201d Singh told reporters.",
     ("IND", "partnership_upgrade", "2007-07-06")),
])
def test_today_in_a_quote_on_the_next_days_page_is_the_day_the_story_tells(text, expected):
    starts = _starts(text)
    assert expected in starts
    assert not [e for e in starts if e[1] == expected[1] and e[2] != expected[2]]


def test_guard_today_outside_a_quote_is_the_pages_day():
    text = ("HANOI, Sept. 4, 2016 (X) - Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc "
            "on Saturday. Modi today called on President Tran Dai Quang.")
    assert ("IND", "summit", "2016-09-04") in _starts(text)


# a month counted from the page's ("last month"), told after a year its sentence states, gives the day after it its
# own year, not the stated one (not "last month" in a clause of its own)
@pytest.mark.parametrize("text, expected", [
    ("NEW DELHI, Oct. 20, 2014 (X) - The credit line was announced in 2013 and formalised last month, when President "
     "Pranab Mukherjee paid a state visit to Hanoi from 14-17 September.", ("IND", "visit", "2014-09-14")),
    ("HANOI, Aug. 5, 2019 (X) - The memorandum was first drafted in 2017 and signed last month, when Defence Minister "
     "Rajnath Singh visited Hanoi on 12 July.", ("IND", "visit", "2019-07-12")),
    ("HANOI, Dec. 3, 2018 (X) - The plan was drafted in 2016 and adopted last month, when US Defense Secretary Jim Mattis held "
     "talks with General Ngo Xuan Lich in Hanoi on 16 November.", ("USA", "talks", "2018-11-16")),
])
def test_last_month_after_a_stated_year_gives_the_day_the_pages_year(text, expected):
    starts = _starts(text)
    assert expected in starts
    assert not [e for e in starts if e[1] == expected[1] and e[2][:4] != expected[2][:4]]


# a team that spent days in the other side's city training its people, without a comma, ran a course
@pytest.mark.parametrize("sentence, expected", [
    ("In mid-May an Indian Navy team spent a week in Ho Chi Minh City training Vietnamese staff on submarine rescue "
     "procedures.", ("IND", "exercise", "2022-05")),
    ("In June a team of U.S. Navy divers spent two weeks in Cam Ranh training Vietnamese sailors.",
     ("USA", "exercise", "2022-06")),
    ("On May 3 a team of Indian hydrographers spent ten days in Nha Trang teaching Vietnamese surveyors.",
     ("IND", "exercise", "2022-05-03")),
])
def test_a_team_that_spent_days_training_without_a_comma_ran_a_course(sentence, expected):
    starts = _starts("HANOI, July 27, 2022 (X) - " + sentence)
    assert expected in starts
    assert not [e for e in starts if e[1] == "visit"]
