"""Round 62 of the generalisation loop (batches 934 on): general rules, each on three or more phrasings written for
the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


_MAY_2019 = "HANOI, May 20, 2019 (X) - "


# a team that spent days at the other side's base or city running classes ran a course, not a visit
@pytest.mark.parametrize("sentence, expected", [
    ("On May 6 U.S. Navy doctors spent a week in Hue running trauma-care workshops for Vietnamese medics.",
     ("USA", "exercise", "2019-05-06")),
    ("On May 9 a team of Indian Army engineers spent two weeks in Quang Tri giving demining lessons to Vietnamese "
     "sappers.", ("IND", "exercise", "2019-05-09")),
    ("On May 6 U.S. Army medics spent five days at Military Hospital 175 holding classes in field surgery.",
     ("USA", "exercise", "2019-05-06")),
])
def test_a_team_that_spent_days_running_classes_ran_a_course(sentence, expected):
    starts = _starts(_MAY_2019 + sentence)
    assert expected in starts
    assert not [e for e in starts if e[1] == "visit"]


# a ship that entered or reached a port named in three words (" ... International Port") made a port call
@pytest.mark.parametrize("sentence, expected", [
    ("Two Indian Navy ships entered Cam Ranh International Port on Monday and sailed on Thursday.",
     ("IND", "visit", "2019-05-20")),
    ("The USS Blue Ridge entered Tien Sa International Port on Tuesday.", ("USA", "visit", "2019-05-21")),
    ("The destroyer USS Mustin entered Nha Rong Saigon Port on Wednesday.", ("USA", "visit", "2019-05-22")),
    ("INS Kiltan reached Chan May Deep-water Port on Monday.", ("IND", "visit", "2019-05-20")),
])
def test_a_ship_entering_a_port_named_in_three_words_made_a_call(sentence, expected):
    assert expected in _starts("HANOI, May 25, 2019 (X) - " + sentence)


# a page that carries its update stamp before the day it was first published, on one line, came out on that day
@pytest.mark.parametrize("stamp, expected", [
    ("Updated 2 Jun 2017 - 6:10am, first published 1 Jun 2017 - 9:45pm", "2017-06-01"),
    ("Updated 2 August 2013 \u2013 first published 1 August 2013", "2013-08-01"),
    ("Updated: 14 March 2019, 08:12 | First published: 13 March 2019, 21:40", "2019-03-13"),
    ("Last updated June 5, 2016; first posted June 4, 2016", "2016-06-04"),
    ("Updated 14/06/2022 21:40 | Originally published 13/06/2022 18:05", "2022-06-13"),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_day_first_published_after_an_update_stamp_is_the_pages(stamp, expected, gap):
    text = f"India and Vietnam hold naval talks\n{gap}{stamp}\n\nIndian and Vietnamese officers held talks in Hanoi."
    assert published(text) == (expected, "stated")


def test_guard_an_update_stamp_after_the_published_one_leaves_the_page_its_day():
    text = ("India and Vietnam hold naval talks\nPublished 10/09/2023 \u2022 Updated 11/09/2023\n\n"
            "Indian and Vietnamese officers held talks in Hanoi.")
    assert published(text) == ("2023-09-10", "stated")


# an issue line that names the page the story ran on, or a series' name before its number, is still the issue's
@pytest.mark.parametrize("line, expected", [
    ("July 2012 issue, p. 14", "2012-07"),
    ("October 2019 issue, pp. 22-25", "2019-10"),
    ("Asia Maritime Review, May 2019, p. A6", "2019-05"),
    ("Policy Note No. 47 - August 2023", "2023-08"),
    ("Strategic Comment Issue 9 - June 2014", "2014-06"),
])
def test_an_issue_line_with_its_page_or_series_name_dates_the_page(line, expected):
    text = f"India and Vietnam hold naval talks\n{line}\n\nIndian and Vietnamese naval officers held staff talks in 2015."
    assert published(text) == (expected, "stated")


# hosts met "in separate meetings", each already dated to the day of the talks before them, are not met again in
# the month when an undated sentence stands between
@pytest.mark.parametrize("text, day, hosts", [
    ("HANOI, Sept 4, 2016 (X) - Indian Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc "
     "on Saturday. In all, twelve agreements were signed. The prime minister also met General Secretary Nguyen Phu "
     "Trong, President Tran Dai Quang and National Assembly Chairwoman Nguyen Thi Kim Ngan in separate meetings.",
     "2016-09-03", 4),
    ("HANOI, May 24, 2016 (X) - U.S. President Barack Obama held talks with President Tran Dai Quang on Monday. "
     "Several agreements were signed. The president also met General Secretary Nguyen Phu Trong and Prime Minister "
     "Nguyen Xuan Phuc in separate meetings.", "2016-05-23", 3),
    ("HANOI, July 30, 2021 (X) - U.S. Defense Secretary Lloyd Austin held talks with Defence Minister Phan Van Giang "
     "on Thursday. A memorandum on war legacy was signed. The secretary also met President Nguyen Xuan Phuc and Prime "
     "Minister Pham Minh Chinh separately.", "2021-07-29", 3),
])
def test_hosts_met_separately_on_the_day_are_not_met_again_in_the_month(text, day, hosts):
    starts = [s for _p, t, s in _starts(text) if t in ("summit", "talks")]
    assert starts == [day] * hosts


# a visit a page's lead tells with no date, whose visitor's talks the page dates within the month before it, is the
# trip of those talks: their month, not the page's day
@pytest.mark.parametrize("text, expected", [
    ("NEW DELHI, Sept 12, 2016 (X) - Narendra Modi's brief stop in Hanoi on his way to the G20 summit in Hangzhou was "
     "the first bilateral visit by an Indian prime minister in fifteen years. On 3 September, Modi held talks with "
     "Prime Minister Nguyen Xuan Phuc.", ("IND", "visit", "2016-09-01")),
    ("WASHINGTON, Sept 20, 2023 (X) - President Joe Biden's trip to Hanoi was the first by a U.S. president since "
     "2017. On Sept. 10, Biden held talks with General Secretary Nguyen Phu Trong.", ("USA", "visit", "2023-09-01")),
    ("SINGAPORE, Aug 5, 2021 (X) - Lloyd Austin's visit to Hanoi was his first to Vietnam as U.S. defense secretary. "
     "On July 29, Austin held talks with Defence Minister Phan Van Giang.", ("USA", "visit", "2021-07-01")),
])
def test_a_lead_visit_is_the_trip_of_talks_dated_before_the_page(text, expected):
    events = article(text).events
    visits = [e for e in events if e.type == "visit"]
    assert [(e.partner, e.type, e.date.iso_start()) for e in visits] == [expected[:2] + (expected[2][:7],)]
    assert visits[0].date.precision == "month"


_MAY_30 = "HANOI, May 30, 2019 (X) - "


# instructors who taught the other side's people ran a course, as those who trained them
@pytest.mark.parametrize("sentence, expected", [
    ("From May 13 to 24, a U.S. Coast Guard team taught about 30 officers of the Vietnam Marine Police in Hai Phong.",
     ("USA", "exercise", "2019-05-13")),
    ("Indian Navy instructors taught 20 Vietnamese submariners at Cam Ranh from May 6 to 10.",
     ("IND", "exercise", "2019-05-06")),
    ("On May 8 U.S. Army medics taught Vietnamese peacekeepers field first aid in Hanoi.",
     ("USA", "exercise", "2019-05-08")),
])
def test_teaching_the_other_sides_people_is_a_course(sentence, expected):
    assert expected in _starts(_MAY_30 + sentence)


def test_guard_teaching_told_in_the_perfect_is_no_course():
    starts = _starts(_MAY_30 + "U.S. instructors have taught Vietnamese officers English since 2005.")
    assert not [e for e in starts if e[1] == "exercise"]


# the other side's people who joined or took part in a course ran by the host took a course
@pytest.mark.parametrize("sentence, expected", [
    ("Last month, officers of the Vietnam People's Army joined a two-week peacekeeping course run by the Indian Army's "
     "Centre for UN Peacekeeping in New Delhi.", ("IND", "exercise", "2019-04")),
    ("On May 9 a group of Vietnamese military doctors took part in an online course on trauma care run by the Armed "
     "Forces Medical College in Pune.", ("IND", "exercise", "2019-05-09")),
    ("On May 14 Vietnamese naval officers joined a hydrography course at the Indian Navy's institute in Goa.",
     ("IND", "exercise", "2019-05-14")),
])
def test_joining_or_taking_part_in_the_other_sides_course_is_a_course(sentence, expected):
    assert expected in _starts(_MAY_30 + sentence)


# a stamp that sets its clock before the day and month in figures ("Last updated 15:20, 12/10") still tells the
# page's day, its year from the text
@pytest.mark.parametrize("stamp, expected", [
    ("Last updated 15:20, 12/10", "2012-10-12"),
    ("Posted 8:30 pm | 25/10", "2012-10-25"),
    ("Published: 10:42 \u00b7 18/10", "2012-10-18"),
])
def test_a_stamp_with_its_clock_before_the_day_dates_the_page(stamp, expected):
    text = ("Deputy minister receives Indian fleet commander\n\nViet Nam News Online\n" + stamp + "\n\nHA NOI \u2014 "
            "Deputy Minister of National Defence Lieutenant General Nguyen Chi Vinh received an Indian naval "
            "delegation in Ha Noi on Thursday, as the two countries celebrate the 40th anniversary of diplomatic "
            "relations.\n")
    assert published(text)[0] == expected


# guards: a course "taught by" instructors is the course told before, not one more; a person who joined "the"
# workshop told before is no second workshop
@pytest.mark.parametrize("text", [
    "Twenty Vietnamese officers completed an English course in Hanoi on May 17. The course, taught by two instructors "
    "from the U.S. Defense Language Institute, ran from April 8 to May 17.",
    "A U.S. Navy trauma workshop for Vietnamese military nurses opened in Hue on May 6. Captain Ellen Marsh, a Navy "
    "physician, joined the workshop on Tuesday.",
])
def test_guard_a_course_told_again_is_not_a_second_course(text):
    assert len([e for e in _starts(_MAY_30 + text) if e[1] == "exercise"]) == 1


# "the next day" after a sentence that told a day and then, in an aside, a year ("on Sunday, a decade after ... in
# 2013") is the day after that day
@pytest.mark.parametrize("text, expected", [
    ("SINGAPORE, Sept 12, 2023 (X) - The upgrade was announced after US President Joe Biden held talks with General "
     "Secretary Nguyen Phu Trong at the party's headquarters on Sunday, a decade after the two countries formed a "
     "comprehensive partnership in 2013. The next day, Mr Biden met Prime Minister Pham Minh Chinh and President Vo "
     "Van Thuong separately, and attended a business roundtable.", ("USA", "summit", "2023-09-11")),
    ("NEW DELHI, June 10, 2022 (X) - Indian Defence Minister Rajnath Singh held talks with General Phan Van Giang in "
     "Hanoi on Wednesday, five years after the two sides signed a protocol in 2017. The following day he handed over "
     "twelve guard boats at Hai Phong.", ("IND", "ceremony", "2022-06-09")),
    ("HANOI, March 7, 2018 (X) - The USS Carl Vinson arrived in Da Nang on Monday, 43 years after the war ended in "
     "1975. The next day, Rear Admiral John Fuller called on the city's leaders.", ("USA", "talks", "2018-03-06")),
])
def test_the_next_day_counts_from_the_day_told_before_an_asides_year(text, expected):
    assert expected in _starts(text)


# a team that spent days at the other side's hospital, school or base sharing what it knows, training there, or with
# the other side's people of its trade, took part in an exchange or course, not a visit
@pytest.mark.parametrize("sentence, expected", [
    ("On May 6 a team of US military doctors and nurses spent two weeks at a Vietnamese military hospital in Hanoi "
     "sharing trauma care practice.", ("USA", "exercise", "2019-05-06")),
    ("On May 6 Indian Navy divers spent five days in Cam Ranh exchanging salvage techniques with Vietnamese divers.",
     ("IND", "exercise", "2019-05-06")),
    ("On May 8 US Army engineers spent a week in Quang Tri swapping notes on mine clearance with Vietnamese sappers.",
     ("USA", "exercise", "2019-05-08")),
    ("On May 6 a team of Vietnamese forensic specialists spent ten days in Hawaii training at JPAC's laboratory.",
     ("USA", "exercise", "2019-05-06")),
    ("On May 6 Vietnamese deminers spent two weeks in Pune, training on new detectors at the Indian Army's "
     "engineering college.", ("IND", "exercise", "2019-05-06")),
    ("On May 2 Vietnamese submariners spent three weeks in Visakhapatnam training at the Indian Navy's submarine "
     "school.", ("IND", "exercise", "2019-05-02")),
    ("On May 6 Indian Navy hydrographers spent three weeks with Vietnamese surveyors in Hai Phong on chart-making "
     "software.", ("IND", "exercise", "2019-05-06")),
    ("On May 6 US Army engineers spent ten days alongside Vietnamese deminers in Quang Tri.",
     ("USA", "exercise", "2019-05-06")),
    ("On May 13 Indian doctors spent a week with Vietnamese military surgeons at Military Hospital 175.",
     ("IND", "exercise", "2019-05-13")),
])
def test_a_team_that_spent_days_sharing_or_training_with_the_other_side_is_no_visit(sentence, expected):
    starts = _starts(_MAY_30 + sentence)
    assert expected in starts
    assert not [e for e in starts if e[1] == "visit"]



# a timeline's year label ("**2000: a protocol.**", "2016:", "- 2018:") gives way to the month its line tells
@pytest.mark.parametrize("line, expected", [
    ("**2000: a protocol.** Indian Defence Minister George Fernandes visited Vietnam in March 2000 and signed a "
     "protocol on defence cooperation.", ("IND", "visit", "2000-03")),
    ("2016: Indian Prime Minister Narendra Modi visited Hanoi in September 2016.", ("IND", "visit", "2016-09")),
    ("- 2018: President Ram Nath Kovind of India visited Vietnam in November 2018.", ("IND", "visit", "2018-11")),
    ("**2015 - a vision.** U.S. Defense Secretary Ashton Carter visited Hanoi in June 2015.",
     ("USA", "visit", "2015-06")),
])
def test_a_timelines_year_label_gives_way_to_the_month_its_line_tells(line, expected):
    assert _starts("India and Vietnam: a timeline\n\nPublished 12 August 2024\n\n" + line + "\n") == [expected]


def test_guard_a_timelines_year_label_dates_a_line_with_no_other_date():
    text = "India and Vietnam: a timeline\n\nPublished 12 August 2024\n\n2016: Indian Prime Minister Narendra Modi visited Hanoi.\n"
    assert _starts(text) == [("IND", "visit", "2016")]


# a visit or talks that produced, yielded or delivered a partnership set it up, on their date
@pytest.mark.parametrize("sentence, expected", [
    ("Prime Minister Nguyen Tan Dung's visit to New Delhi in July 2007 produced a strategic partnership with India.",
     ("IND", "partnership_upgrade", "2007-07")),
    ("The talks between Modi and Phuc in Hanoi on September 3, 2016 yielded a comprehensive strategic partnership "
     "between India and Vietnam.", ("IND", "partnership_upgrade", "2016-09-03")),
    ("Biden's visit to Hanoi in September 2023 delivered a comprehensive strategic partnership with the United States.",
     ("USA", "partnership_upgrade", "2023-09")),
])
def test_a_visit_that_produced_a_partnership_set_it_up(sentence, expected):
    assert expected in _starts("HANOI, May 30, 2024 (X) - " + sentence)


def test_guard_companies_that_sealed_a_partnership_are_no_upgrade():
    assert _starts("HANOI, May 30, 2024 (X) - The companies sealed a strategic partnership in 2017.") == []


_BIDEN_ARRIVED = "HANOI, Sept 11, 2023 (X) - U.S. President Joe Biden arrived in Hanoi on Sunday. "


# a meeting told in the progressive on the day the page tells, or in the past progressive, is a meeting
@pytest.mark.parametrize("sentence, expected", [
    ("Today Mr Biden is meeting President Vo Van Thuong, and attending a business round table.",
     ("USA", "summit", "2023-09-11")),
    ("Biden is meeting Prime Minister Pham Minh Chinh today.", ("USA", "summit", "2023-09-11")),
    ("On Monday morning Biden was meeting President Vo Van Thuong when the news broke.",
     ("USA", "summit", "2023-09-11")),
])
def test_a_meeting_told_in_the_progressive_on_its_day_is_a_meeting(sentence, expected):
    assert expected in _starts(_BIDEN_ARRIVED + sentence)


# the present progressive of a meeting or visit set for a weekday is still to come: a plan, no meeting of the week
# before the page
@pytest.mark.parametrize("sentence", [
    "Biden is meeting Prime Minister Pham Minh Chinh on Wednesday.",
    "Biden is also holding talks with President Vo Van Thuong on Tuesday.",
    "Defense Secretary Lloyd Austin is visiting Hanoi on Thursday.",
])
def test_the_present_progressive_of_a_weekday_to_come_is_a_plan(sentence):
    assert _starts(_BIDEN_ARRIVED + sentence) == [("USA", "visit", "2023-09-10")]


# "since the war ended 43 years ago": the year of the day of the country's history told before the count, so many
# years on (data/national_days.csv), gives the year to a dateline without one
@pytest.mark.parametrize("text, expected", [
    ("DA NANG, March 5 (X) - The aircraft carrier USS Carl Vinson anchored off Da Nang this morning, the first US "
     "carrier visit since the war ended 43 years ago.", "2018-03-05"),
    ("HO CHI MINH CITY, Nov 19 (X) - The frigate USS Vandegrift tied up in Saigon on Wednesday, the first US Navy "
     "visit since the end of the war 28 years ago.", "2003-11-19"),
    ("HANOI, June 5 (X) - U.S. Defense Secretary Donald Rumsfeld arrived in Hanoi on Sunday, the first such visit "
     "since the Vietnam War ended 31 years ago.", "2006-06-05"),
])
def test_years_since_the_war_ended_date_the_page(text, expected):
    assert published(text)[0] == expected


# talks a sentence opens on ("In talks with ...", "During talks with ..."), with no day of their own, told just after
# a visit of one day the text dates, are of that day (not the page's)
@pytest.mark.parametrize("text, expected", [
    ("NEW DELHI, Sept 12, 2016 (X) - Indian Prime Minister Narendra Modi's stop in Hanoi on 3 September was the first "
     "by an Indian prime minister in fifteen years. In talks with Prime Minister Nguyen Xuan Phuc the two leaders "
     "agreed to upgrade ties to a Comprehensive Strategic Partnership.", ("IND", "summit", "2016-09-03")),
    ("WASHINGTON, Sept 20, 2023 (X) - President Joe Biden's visit to Hanoi on Sept. 10 was his first to Vietnam as "
     "president. During talks with General Secretary Nguyen Phu Trong, the two sides raised ties by two levels.",
     ("USA", "talks", "2023-09-10")),
    ("SINGAPORE, Aug 5, 2021 (X) - U.S. Defense Secretary Lloyd Austin's one-day visit to Hanoi on July 29 was his "
     "first to Vietnam. In talks with Defence Minister Phan Van Giang, he signed a memorandum on war legacy.",
     ("USA", "talks", "2021-07-29")),
])
def test_frame_talks_after_a_one_day_visit_are_of_its_day(text, expected):
    starts = _starts(text)
    assert expected in starts
    assert not [s for s in starts if s[1] in ("talks", "summit") and s[2] != expected[2]]


# countries named as those that held a level "only" before ("previously held only by China and Russia", "so far
# shared only with ...") are a comparison, not the sentence's partner
@pytest.mark.parametrize("sentence", [
    "In talks with Prime Minister Nguyen Xuan Phuc on Saturday, the two leaders agreed to upgrade ties to a "
    "Comprehensive Strategic Partnership, the highest tier in Vietnam's hierarchy, previously held only by China and "
    "Russia.",
    "The two leaders agreed on Saturday to raise relations to a comprehensive strategic partnership, a level so far "
    "shared only with China and Russia.",
    "The two leaders on Saturday agreed on a comprehensive strategic partnership, the top rung, one hitherto enjoyed "
    "only by China and Russia.",
])
def test_countries_that_held_a_level_only_before_are_no_partner(sentence):
    text = "HANOI, Sept 4, 2016 (X) - Indian Prime Minister Narendra Modi arrived in Hanoi on Friday. " + sentence
    assert ("IND", "partnership_upgrade", "2016-09-03") in _starts(text)



# a guest who "has been on a visit since" a day arrived that day
@pytest.mark.parametrize("sentence, expected", [
    ("Indian Navy chief Admiral Hari Kumar has been on an official visit to Vietnam since Wednesday.",
     ("IND", "visit", "2023-07-19")),
    ("Vietnamese Defence Minister Phan Van Giang has been on a four-day trip to India since Monday.",
     ("IND", "visit", "2023-07-17")),
    ("U.S. Defense Secretary Lloyd Austin has been on his first official visit to Vietnam since Thursday.",
     ("USA", "visit", "2023-07-20")),
])
def test_a_guest_on_a_visit_since_a_day_arrived_that_day(sentence, expected):
    assert expected in _starts("HANOI, July 22, 2023 (X) - " + sentence)


_JAN_2021 = "NEW DELHI, Jan 14, 2021 (X) - "


# a clause "that hit ... in October" after the happening tells the past of what it names, though its verb is written
# as the present; so does "an exercise first held in 2010": neither dates the happening
@pytest.mark.parametrize("sentence, expected", [
    ("On December 24, INS Kiltan arrived in Ho Chi Minh City with aid for victims of the floods that hit central "
     "Vietnam in October.", ("IND", "visit", "2020-12-24")),
    ("On 2 December, INS Airavat delivered relief stores in Hue for families of a typhoon that hit the coast in "
     "November.", ("IND", "ceremony", "2020-12-02")),
    ("On December 24, INS Kiltan docked in Ho Chi Minh City with supplies for provinces that the storms hit in "
     "October.", ("IND", "visit", "2020-12-24")),
    ("In March, two U.S. Navy ships visited Da Nang for an exercise first held in 2010.", ("USA", "visit", "2020-03")),
    ("Last month, Indian instructors ran a course in Nha Trang under a training plan originally launched in 2015.",
     ("IND", "exercise", "2020-12")),
    ("In November, the Indian Coast Guard and the Vietnam Coast Guard held a joint drill off Da Nang in a series "
     "originally started in 2015.", ("IND", "exercise", "2020-11")),
])
def test_a_clause_of_what_a_thing_went_through_before_does_not_date_the_happening(sentence, expected):
    assert expected in _starts(_JAN_2021 + sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Exercise VINBAX between India and Vietnam was first held in 2018 in Jabalpur.", ("IND", "exercise", "2018")),
    ("The India-Vietnam Defence Policy Dialogue, first held in 2009, met for the twelfth time in Hanoi.",
     ("IND", "dialogue", "2009")),
])
def test_guard_the_happenings_own_first_time_still_dates_it(sentence, expected):
    assert expected in _starts(_JAN_2021 + sentence)


# a correction or editor's note on the page tells what the page once said, not a happening
@pytest.mark.parametrize("note", [
    "Correction: An earlier version of these notes said the upgrade was agreed on Monday.",
    "Clarification: This story originally said the upgrade was announced on Monday.",
    "Editor's note - A previous version of this article said the upgrade was agreed in Hanoi on Monday.",
])
def test_a_correction_note_is_no_happening(note):
    text = ("Biden in Hanoi\n\nPosted 14 September 2023\n\nOn Sunday U.S. President Joe Biden and General Secretary "
            "Nguyen Phu Trong agreed to raise ties to a comprehensive strategic partnership.\n\n" + note + "\n")
    assert [s for s in _starts(text) if s[1] == "partnership_upgrade"] == [("USA", "partnership_upgrade", "2023-09-10")]


# diplomatic relations "between" the two named, then established or restored, were set up
@pytest.mark.parametrize("sentence, expected", [
    ("Diplomatic relations between Vietnam and India were established on January 7, 1972, and the two countries are "
     "marking the 50th anniversary this year.", ("IND", "partnership_upgrade", "1972-01-07")),
    ("Full diplomatic ties between Hanoi and Washington were restored in July 1995.",
     ("USA", "partnership_upgrade", "1995-07")),
    ("Formal diplomatic relations between India and Vietnam were established in January 1972.",
     ("IND", "partnership_upgrade", "1972-01")),
])
def test_relations_between_the_two_established_were_set_up(sentence, expected):
    text = "HANOI, June 9, 2022 (X) - Indian Defence Minister Rajnath Singh is in Hanoi. " + sentence
    assert expected in _starts(text)


# a team named with the unit it comes from ("a team of six officers from the Indian Naval Hydrographic Office") that
# spent days at the other side's city training its people or running classes ran a course, however long its name
@pytest.mark.parametrize("sentence, expected", [
    ("On August 8 a team of six officers from the Indian Naval Hydrographic Office spent two weeks in Hai Phong "
     "training Vietnamese naval surveyors.", ("IND", "exercise", "2016-08-08")),
    ("On August 1 a team of four doctors from the U.S. Army's medical command spent a week in Hue running trauma-care "
     "workshops.", ("USA", "exercise", "2016-08-01")),
    ("On August 2 a small team of instructors from the Indian Army's College of Military Engineering spent a month in "
     "Hanoi teaching Vietnamese sappers.", ("IND", "exercise", "2016-08-02")),
])
def test_a_team_named_with_its_unit_that_spent_days_training_ran_a_course(sentence, expected):
    starts = _starts("NEW DELHI, Sept 5, 2016 (X) - " + sentence)
    assert expected in starts
    assert not [e for e in starts if e[1] == "visit"]


# "ten years ago this July" is that month of the year so many years back, one date, not the page's July as well
@pytest.mark.parametrize("sentence, expected", [
    ("The two countries set up a comprehensive partnership ten years ago this July, when President Barack Obama "
     "received President Truong Tan Sang.", ("USA", "partnership_upgrade", "2013-07")),
    ("Obama received President Truong Tan Sang at the White House ten years ago this July.",
     ("USA", "talks", "2013-07")),
    ("Twenty years ago this November, the frigate USS Vandegrift tied up in Saigon.", ("USA", "visit", "2003-11")),
])
def test_years_ago_this_month_is_that_month_years_back(sentence, expected):
    starts = _starts("HANOI, Sept 11, 2023 (X) - " + sentence)
    assert expected in starts
    assert not [s for s in starts if s[2].startswith("2023")]
