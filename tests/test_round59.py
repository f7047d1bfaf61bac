"""Round 59 of the generalisation loop (from round 58's last pair, 868-869, and batches 870 on): general rules, each
on three or more phrasings written for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published

from ties_lib.furniture import clean


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(type, first day, last day) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), e.date.end.isoformat()) for e in article(text).events)


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


_DEC_2021 = "HANOI, Dec 9, 2021 (X) - Indian Army trainers finished a course for Vietnamese officers on Tuesday. "


# a count of years marked "in January 2022" counts from that month, not from the page's year: the relations began in
# January 1972 (on a page of December 2021, which would count back to 1971)
@pytest.mark.parametrize("sentence, partner, start", [
    ("India and Vietnam mark 50 years of diplomatic relations in January 2022.", "IND", "1972-01"),
    ("The two countries celebrate the 50th anniversary of diplomatic relations in January 2022.", "IND", "1972-01"),
    ("Vietnam and the United States mark 25 years of normalised relations in July 2020.", "USA", "1995-07"),
    ("India and Vietnam are marking 50 years of diplomatic relations in January 2022.", "IND", "1972-01"),
])
def test_a_count_marked_in_a_month_counts_from_that_month(sentence, partner, start):
    assert (partner, "partnership_upgrade", start) in _starts(_DEC_2021 + sentence)


# the marking's verb may be longer than the first letters read for it ("celebrate", "commemorated")
@pytest.mark.parametrize("sentence, start", [
    ("India and Vietnam celebrated 50 years of diplomatic relations in 2022.", "1972"),
    ("India and Vietnam commemorated 50 years of diplomatic relations in 2022.", "1972"),
    ("The two countries celebrate 25 years of normalised relations with the United States in 2020.", "1995"),
])
def test_a_count_marked_in_a_year_by_a_long_verb_counts_from_that_year(sentence, start):
    starts = [s for _p, t, s in _starts("HANOI, Dec 9, 2023 (X) - " + sentence) if t == "partnership_upgrade"]
    assert starts == [start]


def test_guard_relations_normalised_in_a_year_keep_that_year():
    text = "HANOI, Dec 9, 2021 (X) - Washington and Hanoi normalised relations in July 1995."
    assert ("USA", "partnership_upgrade", "1995-07") in _starts(text)


_NOV_2021 = "HANOI, Nov 20, 2021 (X) - "


# a period that opens the sentence with its day apposed ("Earlier this month, on November 3,") dates the happening by
# the day, across the appositions of the participants before the verb
@pytest.mark.parametrize("sentence, day", [
    ("Earlier this month, on November 3, Colonel Jeffrey Walton, the U.S. defense attache, and Major General Tran "
     "Quoc Binh held a video call.", "2021-11-03"),
    ("Earlier this month, on 3 November, the U.S. attache, Colonel Walton, and his Vietnamese host, a general, met in "
     "Hanoi.", "2021-11-03"),
    ("Last week, on Tuesday, the U.S. attache, Colonel Walton, and his Vietnamese host, a general, met in Hanoi.",
     "2021-11-09"),
    ("Last month, on October 12, the U.S. defense attache, Colonel Jeffrey Walton, and a Vietnamese general held talks "
     "in Hanoi.", "2021-10-12"),
])
def test_a_day_apposed_to_an_opening_period_dates_the_happening(sentence, day):
    assert ("USA", "talks", day) in _starts(_NOV_2021 + sentence)


def test_guard_an_opening_period_alone_dates_by_its_month():
    text = _NOV_2021 + "Earlier this month, the U.S. attache, Colonel Walton, and a Vietnamese general met in Hanoi."
    assert ("USA", "talks", "2021-11") in _starts(text)


# a one-line list of other stories after its heading ("Other news: A | B | C") is page furniture, not the story
@pytest.mark.parametrize("heading", ["Other news", "More news", "Other stories", "More headlines"])
def test_a_one_line_list_of_other_stories_is_furniture(heading):
    line = f"{heading}: Fishermen rescued after storm | Refinery resumes full operation | Youth union launches campaign"
    text = ("Indian engineers in Da Nang\n\nDa Nang, Oct. 15 - A delegation of the Indian Army held talks with "
            f"Military Region 5 on Monday.\n\nTra Khuc Evening News, 16/10/2009\n\n{line}\n")
    cleaned = clean("t", text)
    assert line not in cleaned.body
    assert any(d.text == line and d.reason == "list" for d in cleaned.dropped)


def test_guard_a_sentence_on_other_news_stays_in_the_story():
    text = ("Indian engineers in Da Nang\n\nDa Nang, Oct. 15 - A delegation of the Indian Army held talks with "
            "Military Region 5 on Monday.\n\nOther news: the two sides also agreed to meet again next year.\n")
    assert "the two sides also agreed to meet again" in clean("t", text).body


_JULY_2012 = "NEW DELHI, July 13, 2012 (X) - "


# a count of time that opens a clause after a date ("in May 2011, four months after ...") puts the clause's happening
# that far from the date, which is the main clause's; a date of its own later in the clause still wins
@pytest.mark.parametrize("sentence, happening", [
    ("The Indian and Vietnamese coast guards signed a memorandum in May 2011, four months after an Indian Coast Guard "
     "ship visited Ho Chi Minh City.", ("IND", "visit", "2011-01")),
    ("The coast guards of India and Vietnam held talks in Hanoi in March 2011, two months after the Indian Coast Guard "
     "ship Sankalp called at Da Nang.", ("IND", "visit", "2011-01")),
    ("Indian and Vietnamese officers held staff talks in New Delhi in October 2011, a month before INS Airavat visited "
     "Nha Trang.", ("IND", "visit", "2011-11")),
])
def test_a_count_after_a_date_puts_its_clause_that_far_from_it(sentence, happening):
    assert happening in _starts(_JULY_2012 + sentence)


def test_a_count_after_a_date_leaves_its_clause_the_date_of_its_own():
    text = _JULY_2012 + ("India and Vietnam signed a defence memorandum in 2009, two years after relations were raised to "
                         "a strategic partnership during Prime Minister Nguyen Tan Dung's visit to New Delhi in July "
                         "2007.")
    assert [s for p, t, s in _starts(text) if t == "partnership_upgrade"] == ["2007-07"]


def test_guard_the_date_before_such_a_count_keeps_the_main_clause():
    text = _JULY_2012 + ("The coast guards of India and Vietnam held talks in Hanoi in March 2011, two months after the "
                         "Indian Coast Guard ship Sankalp called at Da Nang.")
    assert ("IND", "talks", "2011-03") in _starts(text)


def test_guard_the_relations_own_year_after_a_count_marked_in_an_earlier_year():
    text = ("TOKYO, May 2, 2025 (X) - The first edition, in 2010, was held in Da Nang, shortly after Vietnam and the "
            "United States marked the 15th anniversary of normalizing diplomatic relations in July 1995.")
    assert [s for p, t, s in _starts(text) if t == "partnership_upgrade"] == ["1995-07"]


_AUG_2010 = "Title\n\n(English translation of an article in the Friday, 27 August 2010 edition)\n\n"


# "Later in the month", "Late in the month", "At the end of the month": the month told last, else the article's
@pytest.mark.parametrize("sentence, happening", [
    ("Later in the month, defence officials of the United States and Vietnam met in Hanoi for the first defence "
     "policy dialogue.", ("USA", "dialogue", "2010-08")),
    ("Late in the month, the USS Blue Ridge called at Da Nang.", ("USA", "visit", "2010-08")),
    ("At the end of the month a U.S. Coast Guard team ran a course for Vietnamese officers in Hai Phong.",
     ("USA", "exercise", "2010-08")),
    ("The cutter arrived in Da Nang on June 3. Later in the month, U.S. and Vietnamese sailors held a drill off Nha "
     "Trang.", ("USA", "exercise", "2010-06")),
])
def test_a_time_in_the_month_is_of_the_month_told_last(sentence, happening):
    assert happening in _starts(_AUG_2010 + sentence)


# "The following week": the week after the day told last (the month, when only a month is told)
@pytest.mark.parametrize("sentence, happening", [
    ("The USS John S. McCain arrived in Da Nang on August 10. The following week, U.S. and Vietnamese sailors held a "
     "search-and-rescue drill off the city.", ("USA", "exercise", "2010-08-16")),
    ("U.S. and Vietnamese medics met in Hanoi in July. The following week a U.S. Navy ship called at Da Nang.",
     ("USA", "visit", "2010-07")),
    ("At the start of the month Vietnamese officials were flown to the carrier USS George Washington. The following "
     "week the destroyer USS John S. McCain arrived in Da Nang.", ("USA", "visit", "2010-08")),
])
def test_the_following_week_is_counted_from_the_date_told_last(sentence, happening):
    assert happening in _starts(_AUG_2010 + sentence)


def test_the_following_week_of_a_day_is_that_week():
    text = _AUG_2010 + ("The USS John S. McCain arrived in Da Nang on August 10. The following week, U.S. and "
                        "Vietnamese sailors held a search-and-rescue drill off the city.")
    assert ("exercise", "2010-08-16", "2010-08-22") in _spans(text)


_GROWING = (" Officials said the exchange reflected growing defence ties, with training, hydrography and shipbuilding "
            "among the fields the two sides have discussed over the past months.\n\n")


# a year-less dateline: a weekday told with its own day later in the text ("arrived on Monday, November 19") holds in
# the page's year, as one in the lead does, over the lead's bare weekday
@pytest.mark.parametrize("text, day", [
    ("Lucknow, Nov 26: A delegation from Vietnam's National Defence Academy left for New Delhi on Saturday, the first "
     "group hosted by Central Command since India and Vietnam declared a strategic partnership in July, when Prime "
     "Minister Nguyen Tan Dung visited New Delhi. The delegation had arrived at Lucknow on Monday, November 19, and "
     "called on the Chief of Staff.", "2007-11-26"),
    ("Pune, Dec 14: Vietnamese army engineers ended a course at the College of Military Engineering on Sunday, the "
     "first since India and Vietnam declared a strategic partnership during Prime Minister Nguyen Tan Dung's visit."
     + _GROWING + "The twelve officers had begun the course on Monday, November 19, and called on the Commandant.",
     "2007-12-14"),
    ("Kolkata, Dec 3: A Vietnam People's Navy training ship left for Haiphong on Saturday, its first call since India "
     "and Vietnam declared a strategic partnership during Prime Minister Nguyen Tan Dung's visit." + _GROWING
     + "The ship had arrived on Wednesday, November 28, and its captain called on the Flag Officer.", "2007-12-03"),
])
def test_a_weekday_told_with_its_day_later_in_the_text_dates_a_yearless_dateline(text, day):
    assert published(text)[0] == day


def test_guard_a_weekday_with_its_day_in_a_plan_dates_no_dateline():
    text = ("Kolkata, Dec 3: A Vietnam People's Navy training ship left for Haiphong on Saturday, its first call since "
            "India and Vietnam declared a strategic partnership during Prime Minister Nguyen Tan Dung's visit."
            + _GROWING + "A second ship is expected to arrive on Wednesday, November 28, next year.")
    assert published(text)[0] != "2007-12-03"


# the Joint Vision Statement on India-Vietnam Defence Partnership towards 2030 (signed 8 June 2022) bounds a page that
# names it as signed (data/eras.csv)
@pytest.mark.parametrize("text, day", [
    ("KOCHI, Sept 20: A Vietnam Coast Guard delegation left on Thursday after four days with the Indian Coast Guard. "
     "The visitors, who came under the Joint Vision Statement towards 2030, had arrived on Sunday and held talks.",
     "2024-09-20"),
    ("Chennai, 21 Oct: An Indian Coast Guard ship returned on Thursday from Da Nang, where it drilled with the Vietnam "
     "Coast Guard. Rajnath Singh and Phan Van Giang signed the Joint Vision Statement on India-Vietnam Defence "
     "Partnership towards 2030 on June 8.", "2022-10-21"),
    ("Hanoi, 14 Mar: Indian and Vietnamese logistics officers held talks on Tuesday under the memorandum on Mutual "
     "Logistics Support the two defence ministers signed in June.", "2023-03-14"),
])
def test_the_2030_vision_statement_bounds_a_yearless_dateline(text, day):
    assert published(text)[0] == day


# guard: "Earlier in the month" is now read as a date; a day apposed to it ("Earlier in the month, on July 12,") still
# dates every happening of the sentence, whatever month the period alone would give
@pytest.mark.parametrize("sentence, happening", [
    ("Earlier in the month, on July 12, the U.S. Embassy's Deputy Chief of Mission visited Quang Tri and met the vice "
     "chairman of the province.", ("USA", "visit", "2022-07-12")),
    ("Earlier in the month, on July 20, U.S. and Vietnamese officers, led by a colonel, held talks in Hanoi.",
     ("USA", "talks", "2022-07-20")),
    ("Later in the month, on July 28, the U.S. Coast Guard cutter, a former Hamilton-class ship, called at Da Nang.",
     ("USA", "visit", "2022-07-28")),
])
def test_guard_a_day_apposed_to_a_time_in_the_month_dates_the_happening(sentence, happening):
    assert happening in _starts("HANOI, Aug 2, 2022 (X) - " + sentence)


# a stamp in figures that reads both ways ("11/06/2019") is day first on a page whose story writes its days before
# their months' names ("on 21 May"), month first on one that writes "May 21"
@pytest.mark.parametrize("story, day", [
    ("The team began digging on 21 May and called on the provincial leaders on 18 May.", "2019-06-11"),
    ("The first survey began on 2 April in Quang Tri and the team returned on 14 April.", "2019-06-11"),
    ("Officers of the two navies met on 28 May, and the ship left Da Nang on 2 June.", "2019-06-11"),
])
def test_a_stamp_in_figures_reads_as_the_story_writes_its_days(story, day):
    text = ("US and Vietnamese teams end search\n\nDA NANG - A joint Vietnamese-American team of the DPAA finished "
            f"its work on Sunday. {story}\n\n11/06/2019\n")
    assert published(text)[0] == day


def test_guard_a_story_that_writes_both_ways_leaves_the_stamp_unread_by_it():
    text = ("US and Vietnamese teams end search\n\nDA NANG - A joint Vietnamese-American team of the DPAA finished "
            "its work. The team began digging on 21 May and left on June 2 and June 4.\n\n11/06/2019\n")
    assert published(text)[0] != "2019-06-11"


# "The following day" counts from the day of the sentence told last, not from the first day of what a clause of that
# sentence tells begun ("completing a course that began on 6 October")
@pytest.mark.parametrize("text, happening", [
    ("Kochi, 14 Nov 2008: Nine Vietnamese navy officers received their certificates in Goa on Wednesday, completing "
     "a course that began on 6 October. The following day, a Vietnamese navy delegation reached Kochi.",
     ("IND", "visit", "2008-11-13")),
    ("HANOI, March 20, 2015 (X) - Indian instructors closed a diving course at Cam Ranh on Monday, ending a "
     "programme which had started on 2 February. The following day the Indian team held talks with the Vietnamese "
     "navy in Nha Trang.", ("IND", "talks", "2015-03-17")),
    ("HANOI, Oct 9, 2019 (X) - U.S. and Vietnamese doctors closed a medical exchange in Hanoi on Friday, ending a "
     "series of seminars that opened on 2 September. The next day a U.S. Navy ship called at Da Nang.",
     ("USA", "visit", "2019-10-05")),
])
def test_the_following_day_counts_from_the_sentence_day_not_a_clause_of_its_beginning(text, happening):
    assert happening in _starts(text)


# a course told done ("finished a two-week course ... in Hai Phong,") with its days in a clause after its place
# ("which ran from September 15 to 26", "running from 5 to 16 September", "which lasted from 10 to 28 March")
@pytest.mark.parametrize("sentence, happening", [
    ("A U.S. Coast Guard mobile training team finished a two-week course for the Vietnam Marine Police in Hai Phong, "
     "which ran from September 15 to 26.", ("exercise", "2014-09-15", "2014-09-26")),
    ("Six Vietnamese coast guard officers completed a pollution-response course at the Indian Coast Guard's regional "
     "headquarters in Chennai, running from 5 to 16 September.", ("exercise", "2014-09-05", "2014-09-16")),
    ("Indian Navy instructors ran a damage-control course for the crews of the Vietnamese corvette at Cam Ranh, which "
     "lasted from 10 to 28 March.", ("exercise", "2014-03-10", "2014-03-28")),
    ("Twelve Vietnamese officers completed a staff course at the Defence Services Staff College in Wellington, Tamil "
     "Nadu, which ran from 4 to 29 March.", ("exercise", "2014-03-04", "2014-03-29")),
    ("Six Vietnamese pilots finished a flying instructors' course at the Indian Air Force's Flying Instructors School "
     "at Tambaram near Chennai, which ran from 3 to 28 February.", ("exercise", "2014-02-03", "2014-02-28")),
])
def test_a_course_takes_the_days_of_its_clause_after_its_place(sentence, happening):
    assert happening in _spans("HANOI, Oct 3, 2014 (X) - " + sentence)


# a year-less dateline counted from a partnership whose year the text tells elsewhere ("a year after the two countries
# declared a strategic partnership" ... "announced in July 2007"), not from a plan's year the text names
@pytest.mark.parametrize("text, day", [
    ("New Delhi, 14 Jul (X): India and Vietnam held the first meeting of a coast guard working group here last week, a "
     "year after the two countries declared a strategic partnership, officials said on Monday.\n\n\"Both sides agreed "
     "to meet every year,\" a spokesman said. The next meeting is expected in Hanoi in 2009.\n\nThe strategic "
     "partnership was announced in July 2007, when Prime Minister Nguyen Tan Dung visited New Delhi and held talks "
     "with Prime Minister Manmohan Singh.", "2008-07-14"),
    ("Hanoi, 20 Sept (X): Indian and Vietnamese army officers held staff talks on Thursday, two years after India and "
     "Vietnam established a comprehensive strategic partnership.\n\nThe next round is expected in New Delhi in 2019. "
     "That comprehensive strategic partnership was declared in September 2016, when Prime Minister Narendra Modi "
     "visited Hanoi and met Prime Minister Nguyen Xuan Phuc.", "2018-09-20"),
    ("Visakhapatnam, 12 Nov (X): Vietnamese and Indian naval officers held staff talks on Tuesday, a year after the "
     "two countries declared a strategic partnership.\n\nThe next talks are expected in Hanoi in 2009. The strategic "
     "partnership was announced in July 2007 during Prime Minister Nguyen Tan Dung's talks with Prime Minister "
     "Manmohan Singh.", "2008-11-12"),
])
def test_a_count_after_a_partnership_dated_elsewhere_dates_a_yearless_dateline(text, day):
    assert published(text)[0] == day


# with no fact or official to count from, a plan's year bounds a year-less dateline: the page is of that year or the
# one before, the one in which the lead's weekday fits
@pytest.mark.parametrize("text, day", [
    ("Kolkata, Nov 16: Two Indian warships sailed out of Ho Chi Minh City on Thursday after a goodwill visit. A "
     "Vietnamese naval ship was expected to visit an Indian port in 2002, a spokesman said.", "2001-11-16"),
    ("Chennai, Mar 9: An Indian Coast Guard ship returned from Da Nang on Sunday. The next exercise with the Vietnam "
     "Marine Police is planned for 2010.", "2009-03-09"),
    ("Hanoi, 5 Sept: Vietnamese and Indian engineers ended a workshop on Thursday. A second workshop is scheduled to "
     "be held in New Delhi in 2014.", "2013-09-05"),
])
def test_a_plans_year_bounds_a_yearless_dateline(text, day):
    assert published(text)[0] == day


def test_guard_a_deadline_is_no_plans_year_for_a_yearless_dateline():
    text = ("Kolkata, Nov 16: Two Indian warships sailed out of Ho Chi Minh City on Thursday after a goodwill visit. "
            "Deliveries of the patrol boats to Vietnam are not expected before 2002, a spokesman said.")
    assert published(text)[0] != "2001-11-16"


_MAY_2025 = "NEW DELHI, May 14, 2025 (X) - "


# a standing working group's session told as one noun ("their working group meeting"), as held ("held its second
# meeting"), or as the meeting "of a" group: a session of the mechanism (dialogue)
@pytest.mark.parametrize("sentence, day", [
    ("In late February the Indian Coast Guard and the Vietnam Coast Guard held their working group meeting in New "
     "Delhi, their third.", "2025-02"),
    ("Officers of the Indian and Vietnamese coast guards sat down for a working group session in Hanoi on Tuesday.",
     "2025-05-13"),
    ("The Indian and Vietnamese navies' hydrography working group held its second meeting in Hanoi on 3 May.",
     "2025-05-03"),
    ("The India-Vietnam working group on defence industry held their annual session in New Delhi on 5 March.",
     "2025-03-05"),
    ("On 11 February, the Indian and Vietnamese defence ministries held the first meeting of a new joint working "
     "group on cyber security, by video link.", "2025-02-11"),
])
def test_a_working_groups_session_is_a_dialogue(sentence, day):
    assert ("IND", "dialogue", day) in _starts(_MAY_2025 + sentence)


def test_guard_a_working_group_told_as_set_up_holds_no_session():
    text = _MAY_2025 + "India and Vietnam agreed on 5 March to set up a working group on cyber security."
    assert not [t for _p, t, _s in _starts(text) if t == "dialogue"]


# a happening named in an opening phrase that places the sentence against it ("The week before the visit,") takes
# not the date apposed after the phrase: that is the main clause's happening's
@pytest.mark.parametrize("sentence, span", [
    ("The week before the visit, from 17 to 19 May, U.S. and Vietnamese army engineers held a subject matter expert "
     "exchange in Hanoi.", ("exercise", "2016-05-17", "2016-05-19")),
    ("Two weeks before the summit, from 2 to 6 May, a U.S. Coast Guard team ran a course for Vietnamese officers in "
     "Hai Phong.", ("exercise", "2016-05-02", "2016-05-06")),
    ("A week ahead of the visit, on 16 May, U.S. and Vietnamese military doctors held a seminar in Hanoi.",
     ("exercise", "2016-05-16", "2016-05-16")),
])
def test_a_happening_the_sentence_is_placed_against_takes_not_its_date(sentence, span):
    assert _spans("HANOI, May 27, 2016 (X) - " + sentence) == [span]


# instructors who "taught" a skill "to" the other side's people ran a course (exercise)
@pytest.mark.parametrize("sentence, span", [
    ("Indian Navy divers taught salvage techniques to 20 Vietnamese sailors in Cam Ranh from 3 to 14 August.",
     ("exercise", "2024-08-03", "2024-08-14")),
    ("A U.S. Army team taught bridge inspection to Vietnamese engineers in Hanoi on Tuesday.",
     ("exercise", "2024-08-13", "2024-08-13")),
    ("The American instructors taught boarding procedures and small-boat handling to about 40 Vietnamese officers at a "
     "coast guard centre in Hai Phong from July 29 to Aug. 9.", ("exercise", "2024-07-29", "2024-08-09")),
])
def test_instructors_who_taught_the_other_sides_people_ran_a_course(sentence, span):
    text = "HANOI, Aug 16, 2024 (X) - " + sentence
    assert span in _spans(text)


def test_guard_teaching_told_as_a_habit_with_no_date_is_no_happening():
    text = "HANOI, Aug 16, 2024 (X) - Indian instructors have taught English to Vietnamese officers for years."
    assert _spans(text) == []


def test_guard_an_institution_that_teaches_the_other_sides_officers_runs_no_course():
    text = ("HANOI, Aug 16, 2024 (X) - On Tuesday, the U.S. Embassy handed over a language laboratory to an academy that "
            "teaches English to Vietnamese officers.")
    assert [s for s in _spans(text) if s[0] == "exercise"] == []


_SEPT_2024 = "HANOI, Sept 27, 2024 (X) - "


# a purpose clause that looks over a period ("to review cooperation in 2024", "to take stock of cooperation in 2023",
# "to go over the medical exchanges of 2022") tells what the happening was about, not its date
@pytest.mark.parametrize("sentence, happening", [
    ("On Tuesday, September 3, US and Vietnamese officers held a video call to review cooperation in 2024.",
     ("USA", "talks", "2024-09-03")),
    ("On Monday, Indian and Vietnamese navy officers held a video conference to take stock of cooperation in 2023.",
     ("IND", "talks", "2024-09-23")),
    ("US and Vietnamese military doctors held an online seminar on 20 September to go over the medical exchanges of "
     "2022.", ("USA", "exercise", "2024-09-20")),
    ("Indian and Vietnamese officers held talks in Hanoi in March to review cooperation in 2023.",
     ("IND", "talks", "2024-03")),
])
def test_a_period_a_purpose_clause_reviews_dates_not_the_happening(sentence, happening):
    starts = _starts(_SEPT_2024 + sentence)
    assert starts == [happening]
