"""Round 69 of the generalisation loop (batches 1064 on): general rules, each on three or more phrasings written for
the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published

from ties_lib.dates import find_dates


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


_MAY_2024 = "X\nHanoi, May 10, 2024\n\n"


# a timeline line labelled by its year tells a month or day without one: the label's year is theirs
@pytest.mark.parametrize("line, expected", [
    ("- 2016: President Obama announces the end of the arms embargo on a visit to Hanoi in May.",
     ("USA", "visit", "2016-05")),
    ("* 2017 - The former cutter Morgenthau is handed over to the Vietnam Coast Guard in Honolulu in May.",
     ("USA", "ceremony", "2017-05")),
    ("**2019:** Indian Navy ships INS Sahyadri and INS Kiltan call at Cam Ranh in March.",
     ("IND", "visit", "2019-03")),
    ("2021: Defence Minister Phan Van Giang and Rajnath Singh hold a virtual meeting in early May.",
     ("IND", "talks", "2021-05")),
])
def test_a_timeline_lines_month_is_of_its_year_label(line, expected):
    got = _starts(_MAY_2024 + "Milestones:\n" + line + "\n")
    assert [(p, t, s[:7]) for p, t, s in got] == [expected]


def test_guard_a_year_label_dates_a_line_that_tells_no_month():
    got = _starts(_MAY_2024 + "Milestones:\n- 2018: the Indian training ship INS Tir calls at Cam Ranh.\n")
    assert got == [("IND", "visit", "2018")]


# a full month's name then a full stop ends the sentence: the year on the next line is not that month's
@pytest.mark.parametrize("text", [
    "INS Rana called at Cam Ranh in March.\n2023 was a busy year.",
    "The cutter arrived in Da Nang in September. 2019 brought more visits.",
    "Talks were held in July.\n\n2015 marked twenty years of relations.",
])
def test_a_full_stop_after_a_full_month_name_parts_it_from_a_year(text):
    assert not [e for e in find_dates(text) if e.kind == "month_year"]


@pytest.mark.parametrize("text, month", [("talks in Sept. 2019", 9), ("a visit in Mar.\n2023", 3),
                                         ("in Dec. 2004 the two met", 12)])
def test_guard_an_abbreviated_month_with_its_full_stop_keeps_its_year(text, month):
    got = [e for e in find_dates(text) if e.kind == "month_year"]
    assert [(e.month, e.year is not None) for e in got] == [(month, True)]


# a timeline's entries under a year alone on its line are of that year, a month opening an entry is its date
_HEADED = ("Key moments:\n\n{y1}\n{e1}\n\n{y2}\n{e2}\n")


@pytest.mark.parametrize("y1, e1, y2, e2, expected", [
    ("2000", "March - Defense Secretary William Cohen holds talks in Hanoi with Defence Minister Pham Van Tra.",
     "2003", "November 19 - The frigate USS Vandegrift makes a port call at Ho Chi Minh City.",
     [("USA", "talks", "2000-03"), ("USA", "visit", "2003-11")]),
    ("## 2016", "* 3 September: Prime Minister Narendra Modi holds talks with Prime Minister Nguyen Xuan Phuc in Hanoi.",
     "## 2019", "* June - INS Sahyadri calls at Cam Ranh.",
     [("IND", "summit", "2016-09"), ("IND", "visit", "2019-06")]),
    ("2022", "Hanoi, 8 Jun - Rajnath Singh holds talks with General Phan Van Giang.",
     "2023", "July\nCam Ranh, 22 Jul - The Indian Navy hands over the corvette INS Kirpan to the Vietnam People's Navy.",
     [("IND", "ceremony", "2023-07"), ("IND", "talks", "2022-06")]),
])
def test_a_timelines_entries_are_of_the_year_heading_them(y1, e1, y2, e2, expected):
    got = _starts(_MAY_2024 + _HEADED.format(y1=y1, e1=e1, y2=y2, e2=e2))
    assert sorted((p, t, s[:7]) for p, t, s in got) == sorted(expected)


def test_guard_a_year_alone_over_a_dateline_is_the_pages_stamp():
    text = ("X\n\n2024\nHANOI, May 10 (Reuters) - Indian Defence Minister Rajnath Singh held talks with General "
            "Phan Van Giang on Thursday.\n")
    assert published(text)[0] == "2024-05-10"
    assert _starts(text) == [("IND", "talks", "2024-05-09")]


def test_guard_the_entries_end_at_prose_that_tells_no_date():
    text = _MAY_2024 + ("Key moments:\n\n2019\nJune 3 - INS Sahyadri calls at Cam Ranh.\n\nWhat next\n\nOn 2 May "
                        "Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi.\n")
    assert ("IND", "talks", "2024-05-02") in _starts(text)


# "N years since <the two sides> normalised/established relations" counts from the year relations began
@pytest.mark.parametrize("sentence, year", [
    ("This July marks 30 years since Washington and Hanoi normalised relations.", "2025"),
    ("The year marks 25 years since the United States and Vietnam normalized their diplomatic ties.", "2020"),
    ("It is 50 years since New Delhi and Hanoi established diplomatic relations.", "2022"),
    ("This year marks 50 years since India and Vietnam established diplomatic relations.", "2022"),
])
def test_years_since_the_two_sides_began_relations_date_the_page(sentence, year):
    partner = "US Defense Secretary Lloyd Austin" if year in ("2025", "2020") else "Indian Defence Minister Rajnath Singh"
    text = f"X\n\n{sentence} In Hanoi on Monday, {partner} held talks with Vietnam's General Phan Van Giang.\n"
    assert published(text)[0][:4] == year


# relations raised in the passive with how far they went told before the level
@pytest.mark.parametrize("clause", [
    "; the two announced that relations are raised by two levels to a Comprehensive Strategic Partnership.",
    ", and ties were upgraded by one notch to a strategic partnership.",
    ", and the relationship was elevated in a single step to a comprehensive strategic partnership.",
])
def test_relations_raised_by_some_levels_to_a_partnership_are_an_upgrade(clause):
    text = ("X\nHanoi, September 12, 2023\n\nOn Sunday President Joe Biden held talks in Hanoi with General Secretary "
            "Nguyen Phu Trong" + clause)
    assert ("USA", "partnership_upgrade", "2023-09-10") in _starts(text)


# a timeline of three or more years alone on their lines, each over a paragraph that opens on no date: the months the
# paragraph tells are of its year
@pytest.mark.parametrize("entries, expected", [
    ("2000\nWilliam Cohen becomes the first U.S. defense secretary to visit Vietnam since the war, in March.\n\n"
     "2003\nDefense Minister Pham Van Tra visits the Pentagon in November.\n\n"
     "2016\nDuring his May visit to Hanoi, President Obama lifts the arms embargo.\n",
     [("USA", "visit", "2000-03"), ("USA", "visit", "2003-11"), ("USA", "visit", "2016-05")]),
    ("2016\nPrime Minister Narendra Modi holds talks with Prime Minister Nguyen Xuan Phuc in Hanoi in September.\n\n"
     "2019\nThe Indian destroyer INS Rana calls at Cam Ranh in April.\n\n"
     "2022\nRajnath Singh and General Phan Van Giang hold talks in Hanoi in June.\n",
     [("IND", "summit", "2016-09"), ("IND", "talks", "2022-06"), ("IND", "visit", "2019-04")]),
    ("**2018**\nThe carrier USS Carl Vinson anchors off Da Nang in March, the first such visit since the war.\n\n"
     "**2020**\nUSS Theodore Roosevelt visits Da Nang in March.\n\n"
     "**2023**\nPresident Joe Biden holds talks with General Secretary Nguyen Phu Trong in Hanoi in September.\n",
     [("USA", "summit", "2023-09"), ("USA", "visit", "2018-03"), ("USA", "visit", "2020-03")]),
])
def test_a_timelines_paragraphs_under_year_headings_are_of_their_year(entries, expected):
    got = _starts("X\nAugust 3, 2024\n\nThe milestones below show how ties were built.\n\n" + entries)
    assert sorted((p, t, s[:7]) for p, t, s in got) == sorted(expected)


def test_guard_two_years_alone_over_prose_stay_the_pages_furniture():
    text = ("X\nHanoi, July 2, 2024\n\n2019\nDefence Minister Rajnath Singh held talks with General Phan Van Giang in "
            "Hanoi in June, officials said.\n\n2018\nMore stories from the archive.\n")
    assert ("IND", "talks", "2024-06") in [(p, t, s[:7]) for p, t, s in _starts(text)]


def test_guard_class_notes_headed_by_years_of_graduation_are_no_timeline():
    text = ("Class notes\nAugust 3, 2021\n\n1988\nA retired colonel writes that he has unpacked at last.\n\n"
            "1996\nA Foreign Service officer spent most of August in Hanoi on the advance team for the trip of Vice "
            "President Kamala Harris to Vietnam.\n\n2004\nAn engineer writes from Seattle.\n")
    assert not [s for _p, _t, s in _starts(text) if s.startswith("1996")]


# an outlet's English edition, or a page translated from another language, writes the figures of its story day first
@pytest.mark.parametrize("head, sentence, expected", [
    ("HANOI TIMES - English edition\nPolitics | Defence\n09/06/2022 21:15 (GMT+7)",
     "On the afternoon of 8/6, General Phan Van Giang held talks with Indian Defence Minister Rajnath Singh in Hanoi.",
     ("IND", "talks", "2022-06-08")),
    ("Saigon Daily\nTranslated from Vietnamese by our desk\n05/03/2018",
     "On 4/3, the US aircraft carrier USS Carl Vinson arrived in the Vietnamese city of Da Nang for a four-day port "
     "visit, the first by a US carrier since the war.", ("USA", "visit", "2018-03-04")),
    ("Red River News\nTranslated by Le Thi Hoa (from the Vietnamese-language article of the same date)\n12/04/2019",
     "On the morning of 10/4, Senior Lieutenant General Nguyen Chi Vinh held talks with US Ambassador Daniel "
     "Kritenbrink in Hanoi.", ("USA", "talks", "2019-04-10")),
])
def test_an_english_edition_or_translation_writes_its_figures_day_first(head, sentence, expected):
    text = f"Vietnam and a partner hold defence talks, agree to deepen cooperation\n\n{head}\n\n{sentence}\n"
    assert expected in _starts(text)


def test_guard_an_english_language_paper_is_no_translation():
    text = ("Carrier visit ends in Da Nang with a ceremony at the port\n\nGulf Courier, the region's English-language "
            "daily\nPosted 03/09/2018\n\nThe US aircraft carrier USS Carl Vinson arrived in Da Nang on 03/05/2018 for a "
            "four-day port visit.\n")
    assert not [s for _p, _t, s in _starts(text) if s.startswith("2018-05")]


# a year that ends a clause of its own is not the year a later count is marked in
@pytest.mark.parametrize("sentence, year", [
    ("The visit is the first by Prime Minister Nguyen Tan Dung to India since he assumed office last year, and comes "
     "as the two countries mark 35 years since the establishment of full diplomatic relations in 1972.", "2007"),
    ("Defence Minister Rajnath Singh took office last year, and the visit comes as both sides celebrate 50 years of "
     "diplomatic relations established in 1972.", "2022"),
    ("The frigate was commissioned last year, and its visit comes as the two countries mark 25 years since they "
     "normalised relations in 1995.", "2020"),
])
def test_a_year_ending_a_clause_before_the_count_is_not_its_marking(sentence, year):
    text = (f"Talks in Hanoi\n\n{sentence} In Hanoi on Friday, Indian Defence Minister Rajnath Singh held talks with "
            "Vietnam's General Phan Van Giang.\n")
    assert published(text)[0] == year


@pytest.mark.parametrize("sentence", [
    "Last year the two countries marked the 50th anniversary of diplomatic relations established in 1972.",
    "Last year, both sides celebrated 50 years of diplomatic relations set up in 1972.",
])
def test_guard_a_year_opening_the_count_is_its_marking(sentence):
    text = (f"Talks in Hanoi\n\n{sentence} In Hanoi on Friday, Indian Defence Minister Rajnath Singh held talks with "
            "Vietnam's General Phan Van Giang.\n")
    assert published(text)[0] == "2023"


# a year the speaker tells in what they went on to say is not what the count counts from
@pytest.mark.parametrize("sentence", [
    "General Giang welcomed his Indian counterpart in the year both countries mark the 50th anniversary of the "
    "establishment of diplomatic ties, and said defence cooperation has been a pillar of the Comprehensive Strategic "
    "Partnership set up in 2016.",
    "Minister Giang noted that the visit comes as the two nations celebrate the 50th anniversary of diplomatic "
    "relations, and added that the partnership upgraded in 2016 had deepened trust.",
    "The visit coincides with the 50th anniversary of diplomatic relations between India and Vietnam, Giang said, and "
    "stressed that ties raised to a comprehensive strategic partnership in 2016 keep growing.",
])
def test_a_year_in_what_the_speaker_went_on_to_say_is_not_the_counts_base(sentence):
    text = (f"Talks in Hanoi\n\nIn Hanoi on Wednesday, Indian Defence Minister Rajnath Singh held talks with Vietnam's "
            f"General Phan Van Giang. {sentence}\n")
    assert published(text)[0] == "2022"


# a live page's days, each alone on its line over entries that open on their clock times, date those entries
@pytest.mark.parametrize("text, expected", [
    ("Biden visit\nHanoi, September 12, 2023\n\nLive updates\n\nMONDAY, SEPTEMBER 11\n\n1:15 p.m. - President Joe "
     "Biden met Prime Minister Pham Minh Chinh at the Government Office.\n\nSUNDAY, SEPTEMBER 10\n\n6:20 p.m. - After "
     "talks at the party headquarters, President Joe Biden and General Secretary Nguyen Phu Trong agreed to raise "
     "relations to a comprehensive strategic partnership.\n", ("USA", "partnership_upgrade", "2023-09-10")),
    ("Modi in Hanoi: live\nHanoi, September 4, 2016\n\nLive updates\n\nSaturday 3 September 2016\n\n18:10 - Prime "
     "Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc at the Presidential Palace.\n\nFriday 2 "
     "September 2016\n\n22:30 - Prime Minister Narendra Modi landed at Noi Bai airport for a two-day visit.\n",
     ("IND", "summit", "2016-09-03")),
    ("Parrikar in Hanoi\nHanoi, May 27, 2015\n\nUpdates\n\nMay 26\n\n09:00 - Indian Defence Minister Manohar Parrikar "
     "held talks with General Phung Quang Thanh in Hanoi.\n\nMay 25\n\n20:00 - Indian Defence Minister Manohar "
     "Parrikar arrived in Hanoi.\n", ("IND", "talks", "2015-05-26")),
])
def test_a_live_pages_day_headings_date_their_entries(text, expected):
    assert expected in _starts(text)


def test_guard_one_day_alone_over_a_clock_is_the_pages_stamp():
    text = ("Parrikar in Hanoi\n\nMay 26, 2015\n\n09:00 - Indian Defence Minister Manohar Parrikar held talks with "
            "General Phung Quang Thanh in Hanoi on Monday.\n")
    assert published(text)[0] == "2015-05-26"


# a course a team conducted, named by a long subject
@pytest.mark.parametrize("sentence, expected", [
    ("An Indian Army Mobile Training Team conducted a two-week English Language and Information Technology course "
     "for officers of the Vietnam People's Army in Hanoi from 25 February - 8 March.", ("IND", "exercise", "2019-02-25")),
    ("A US Coast Guard team conducted a three-week maritime law enforcement and boarding officer course for Vietnam "
     "Coast Guard officers in Hai Phong from 4 to 22 March.", ("USA", "exercise", "2019-03-04")),
    ("The Indian Navy conducted a ten-day field medicine and combat casualty care course for Vietnamese military "
     "doctors in Nha Trang from 4 to 14 March.", ("IND", "exercise", "2019-03-04")),
])
def test_a_course_conducted_under_a_long_subject_is_an_exercise(sentence, expected):
    assert expected in _starts(f"Course concludes\nHanoi, 29 March 2019\n\n{sentence}\n")


def test_guard_a_ceremony_held_to_close_a_course_is_no_course():
    text = "Course concludes\nHanoi, 29 March 2019\n\nThe academy held a ceremony to close the English language course " \
           "for Indian officers on 8 March.\n"
    assert not [e for e in _starts(text) if e[1] == "exercise"]


# a date alone that labels the entry it opens is one sentence with it
@pytest.mark.parametrize("entry, expected", [
    ("January 2001. Prime Minister Atal Bihari Vajpayee visits Vietnam, the first such visit in sixteen years.",
     ("IND", "visit", "2001-01")),
    ("November 2008. President Pratibha Patil pays a state visit to Vietnam.", ("IND", "visit", "2008-11")),
    ("September 2016. Prime Minister Narendra Modi holds talks with Prime Minister Nguyen Xuan Phuc in Hanoi.",
     ("IND", "summit", "2016-09")),
    ("* March 2018. President Tran Dai Quang pays a state visit to India.", ("IND", "visit", "2018-03")),
])
def test_a_date_label_opening_an_entry_dates_it(entry, expected):
    got = _starts(f"Explainer\n14 August 2024\n\nA walk through the record.\n\n{entry}\n")
    assert [(p, t, s[:len(expected[2])]) for p, t, s in got] == [expected]


def test_guard_a_sentence_ending_on_a_month_and_year_inside_a_paragraph_ends_there():
    from ties_lib.text import split_sentences

    body = "Talks were held in January 2001. Vajpayee then visited Hanoi."
    assert [s.text for s in split_sentences("t", body)] == ["Talks were held in January 2001.",
                                                            "Vajpayee then visited Hanoi."]
