"""Round 70 of the generalisation loop (batches 1082 on): general rules, each on three or more phrasings written for
the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published

from ties_lib.dates import find_dates, live_day_headings
from ties_lib.frames import actors_frame


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


# a generational suffix after a name is part of the name as written
@pytest.mark.parametrize("text, actor_id, name", [
    ("Hanoi, September 11, 2023 - President Joseph R. Biden, Jr. held talks with General Secretary Nguyen Phu "
     "Trong on Sunday.", "joe-biden", "Joseph R. Biden, Jr."),
    ("Washington, July 30, 2021 - Secretary of Defense Lloyd Austin III met Vietnam's Defence Minister Phan Van "
     "Giang in Hanoi on Thursday.", "lloyd-austin", "Lloyd Austin III"),
    ("Washington, July 30, 2021 - Secretary of Defense Lloyd J. Austin, III met Vietnam's Defence Minister Phan Van "
     "Giang in Hanoi on Thursday.", "lloyd-austin", "Lloyd J. Austin, III"),
])
def test_a_generational_suffix_is_part_of_the_name_as_written(text, actor_id, name):
    df = actors_frame([article(text)])
    assert df.set_index("actor_id").loc[actor_id, "name"] == name


@pytest.mark.parametrize("text, actor_id, name", [
    ("Hanoi, May 3, 2016 - President Joe Biden, Sr. Col. Tran Van Binh and General Phan Van Giang met in Hanoi.",
     "joe-biden", "Joe Biden"),
    ("Hanoi, May 3, 2023 - General Phan Van Giang, Jr. Lt. Nguyen Van Hung and President Joe Biden met in Hanoi.",
     "phan-van-giang", "Phan Van Giang"),
])
def test_guard_a_rank_after_a_name_is_not_its_suffix(text, actor_id, name):
    df = actors_frame([article(text)])
    assert df.set_index("actor_id").loc[actor_id, "name"] == name


# a live page's day headings date the entries under them, whatever tense the entries are told in
_LIVE_AMPM = """Live updates: Biden in Hanoi
Live coverage ended

SUNDAY, SEPTEMBER 10

3:05 p.m. - Air Force One has touched down at Noi Bai International Airport. President Joe Biden flew in from \
New Delhi.

MONDAY, SEPTEMBER 11

10:30 a.m. - President Biden has met Prime Minister Pham Minh Chinh at the Government Office.
"""
_LIVE_24H = """LIVE: Biden in Vietnam
Live coverage

Sunday 10 September

14:50 ICT - Air Force One has landed at Noi Bai International Airport, and President Joe Biden was met on the \
tarmac.

Monday 11 September

11:00 ICT - President Biden is meeting Prime Minister Pham Minh Chinh at the Government Office.
"""
_LIVE_NEWEST_FIRST = """Biden in Hanoi: as it happened

## Monday 11 September

- 10:30 - President Biden has met Prime Minister Pham Minh Chinh at the Government Office.

## Sunday 10 September

- 15:45 - Air Force One has landed in Hanoi. President Joe Biden was greeted on the tarmac.
"""


@pytest.mark.parametrize("text", [_LIVE_AMPM, _LIVE_24H, _LIVE_NEWEST_FIRST])
def test_a_live_pages_entries_take_their_day_heading(text):
    got = _starts(text)
    assert ("USA", "visit", "2023-09-10") in got
    assert ("USA", "summit", "2023-09-11") in got


_LIVE_NEWEST_FIRST_AMPM = """LIVE: Biden in Vietnam
Live coverage ended

MONDAY, SEPTEMBER 11

1:30 p.m. - President Vo Van Thuong hosted President Biden at a state luncheon.

SUNDAY, SEPTEMBER 10

3:45 p.m. - Air Force One has landed at Noi Bai International Airport with President Joe Biden on board.
"""
_LIVE_NEWEST_FIRST_ICT = """Live: the Biden visit, hour by hour

Monday, 11 September

09:15 ICT - President Biden was welcomed at the Presidential Palace by President Vo Van Thuong.

Sunday, 10 September

17:45 ICT - President Joe Biden and General Secretary Nguyen Phu Trong have agreed to upgrade relations.
"""


@pytest.mark.parametrize("text", [_LIVE_AMPM, _LIVE_24H, _LIVE_NEWEST_FIRST, _LIVE_NEWEST_FIRST_AMPM,
                                  _LIVE_NEWEST_FIRST_ICT])
def test_a_live_page_with_no_stamp_is_of_its_latest_day_not_a_dateline(text):
    assert published(text)[0] == "2023-09-11"


def test_guard_a_single_day_line_over_a_clock_is_no_live_page():
    text = "Schedule\n\nSUNDAY, SEPTEMBER 10\n\n3:05 p.m. - Arrival at Noi Bai.\n\nThe rest of the day is private.\n"
    assert live_day_headings(text) == []
    assert not [e for e in find_dates(text) if text[e.start:e.end] == "3:05 p.m."]


def test_guard_a_day_heading_dates_only_the_entries_opening_on_a_clock():
    text = ("Live\n\nSUNDAY, SEPTEMBER 10\n\n3:05 p.m. - Arrival.\n\nBackground: talks were held in July 2015.\n\n"
            "MONDAY, SEPTEMBER 11\n\n9:00 a.m. - Talks.\n")
    clocks = [(text[e.start:e.end], e.month, e.day) for e in find_dates(text) if ":" in text[e.start:e.end]]
    assert clocks == [("3:05 p.m.", 9, 10), ("9:00 a.m.", 9, 11)]


# "last evening", as Indian English writes it, is the evening before the page's day
@pytest.mark.parametrize("text, expected", [
    ("New Delhi, 3 September 2016 (PIB)\n\nDefence Minister Rajnath Singh reached Hanoi last evening and held talks "
     "with General Phan Van Giang today.", ("IND", "visit", "2016-09-02")),
    ("New Delhi, 3 September 2016 (PIB)\n\nGeneral Giang, who arrived in New Delhi last evening, called on Prime "
     "Minister Modi today.", ("IND", "visit", "2016-09-02")),
    ("New Delhi, 3 September 2016 (PIB)\n\nIndian Prime Minister Narendra Modi arrived in Hanoi last evening on an "
     "official visit.", ("IND", "visit", "2016-09-02")),
])
def test_last_evening_is_the_day_before_the_page(text, expected):
    assert expected in _starts("X\n" + text)


@pytest.mark.parametrize("text", ["On the last evening of his visit, Singh hosted a reception.",
                                  "He spent his last evening in Hanoi at the opera.",
                                  "the delegation's last night in Hanoi was spent at the embassy"])
def test_guard_a_stays_last_evening_is_no_day(text):
    assert not [e for e in find_dates(text) if e.kind == "relative"]


# a person the page names in full outside the story (headline, points set apart) is known to it by surname alone
@pytest.mark.parametrize("text, actor_id", [
    ("Jim Mattis in Hanoi: Pentagon chief pushes sea cooperation\nBy Staff Reporter | January 26, 2018\n\n"
     "Mattis held talks with Defence Minister Ngo Xuan Lich in Hanoi on Thursday, the Pentagon said.\n",
     "james-mattis"),
    ("Obama in Hanoi: arms embargo lifted\nCapital Radio | World | Asia\nUpdated May 23, 2016\n\nKey points\n"
     "- President Barack Obama is in Hanoi on his first visit to Vietnam\n- The US has lifted its arms embargo\n\n"
     "Obama held talks with President Tran Dai Quang at the Presidential Palace on Monday.\n", "barack-obama"),
    ("Ash Carter visits Hai Phong, signs vision statement\nJune 1, 2015\n\nCarter toured the Vietnamese navy's base "
     "in Hai Phong on Sunday and signed a Joint Vision Statement with General Phung Quang Thanh in Hanoi on Monday.\n",
     "ashton-carter"),
])
def test_a_person_the_page_names_in_full_is_known_by_surname_in_the_story(text, actor_id):
    assert actor_id in {h.actor_id for h in article(text).actors}


def test_guard_a_surname_alone_with_no_full_name_on_the_page_is_no_actor():
    text = ("Mattis in Hanoi: Pentagon chief pushes sea cooperation\nBy Staff Reporter | January 26, 2018\n\n"
            "Mattis held talks with Defence Minister Ngo Xuan Lich in Hanoi on Thursday, the Pentagon said.\n")
    assert "james-mattis" not in {h.actor_id for h in article(text).actors}


# a friendship's founders, recalled, are no actors of what the article reports
@pytest.mark.parametrize("sentence", [
    "Prime Minister Phuc said the upgrade reflected the traditional friendship founded by President Ho Chi Minh and "
    "Prime Minister Jawaharlal Nehru.",
    "The two sides recalled that the friendship was nurtured by Prime Minister Jawaharlal Nehru and President Ho Chi "
    "Minh.",
    "Over the past half century, thanks to the solid foundation laid by President Ho Chi Minh and Prime Minister "
    "Jawaharlal Nehru, the friendship between the two countries has grown.",
    "Relations go back to the days of Prime Minister Jawaharlal Nehru and President Ho Chi Minh, officials said.",
])
def test_a_friendships_founders_recalled_are_no_actors(sentence):
    text = "X\nHanoi, 3 September 2016\n\nPrime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan " \
           "Phuc in Hanoi today. " + sentence + "\n"
    ids = {h.actor_id for h in article(text).actors}
    assert "narendra-modi" in ids and "jawaharlal-nehru" not in ids


@pytest.mark.parametrize("sentence", [
    "Relations go back to the days of Prime Minister Jawaharlal Nehru, who visited Hanoi in October 1954.",
    "Prime Minister Jawaharlal Nehru visited Hanoi in October 1954, weeks after the French defeat.",
    "The friendship was built by President Ho Chi Minh and Prime Minister Jawaharlal Nehru. Prime Minister "
    "Jawaharlal Nehru visited Hanoi in 1954.",
])
def test_guard_a_founder_told_acting_is_an_actor(sentence):
    text = "X\nHanoi, 3 September 2016\n\n" + sentence + "\n"
    assert "jawaharlal-nehru" in {h.actor_id for h in article(text).actors}


def test_guard_a_word_of_a_longer_name_is_no_surname_of_a_person_named_on_the_page():
    text = ("Esper in Hanoi\nSeptember 2020\n\nUS Defense Secretary Mark Esper met General Ngo Xuan Lich in Hanoi. "
            "A dioxin project is planned near Ho Chi Minh City.\n\nRelated\n"
            "- Pompeo and Vietnamese counterpart Pham Binh Minh discuss Mekong in phone call\n")
    assert "pham-binh-minh" not in {h.actor_id for h in article(text).actors}


# diplomatic relations held since a year were set up that year
@pytest.mark.parametrize("sentence, expected", [
    ("Vietnam and the United States, which have had diplomatic relations since 1995, signed a memorandum.",
     ("USA", "partnership_upgrade", "1995")),
    ("India and Vietnam have maintained full diplomatic ties since 1972.", ("IND", "partnership_upgrade", "1972")),
    ("The United States and Vietnam have enjoyed normal diplomatic relations since 1995, and trade has grown.",
     ("USA", "partnership_upgrade", "1995")),
])
def test_diplomatic_relations_held_since_a_year_were_set_up_then(sentence, expected):
    assert expected in [(p, t, s[:4]) for p, t, s in _starts("X\nHanoi, 8 June 2022\n\n" + sentence + "\n")]


@pytest.mark.parametrize("sentence", ["India and Vietnam have had defence ties since 2000.",
                                      "India and Vietnam have had close relations since 1954."])
def test_guard_other_ties_held_since_a_year_are_no_upgrade(sentence):
    assert not [t for _p, t, _s in _starts("X\nHanoi, 8 June 2022\n\n" + sentence + "\n") if t == "partnership_upgrade"]


# "Following the meeting, the Secretary called on President X": the day of the meeting told before, with its caller
@pytest.mark.parametrize("text, expected", [
    ("Washington, July 30, 2021 (Release)\n\nSecretary of Defense Lloyd J. Austin III met with Vietnam's Minister of "
     "National Defense Gen. Phan Van Giang at the Ministry in Hanoi. The two discussed maritime security. Following "
     "the meeting, the Secretary called on President Nguyen Xuan Phuc at the Presidential Palace.",
     ("USA", "2021-07-30", ("lloyd-austin", "nguyen-xuan-phuc"))),
    ("New Delhi, June 20, 2023 (PIB)\n\nRaksha Mantri Rajnath Singh held bilateral talks with Vietnam's Defence "
     "Minister General Phan Van Giang in New Delhi. The two ministers reviewed defence cooperation. Following the "
     "talks, the Vietnamese minister called on Prime Minister Narendra Modi.",
     ("IND", "2023-06-20", ("narendra-modi", "phan-van-giang"))),
    ("Hanoi, June 8, 2022\n\nDefence Minister Rajnath Singh met General Phan Van Giang at the Ministry of National "
     "Defence. They reviewed training and shipbuilding. After the meeting, the Indian minister was received by Prime "
     "Minister Pham Minh Chinh.", ("IND", "2022-06-08", ("pham-minh-chinh", "rajnath-singh"))),
])
def test_a_call_following_the_meeting_is_on_its_day_by_its_caller(text, expected):
    got = [(e.partner, e.date.iso_start(), tuple(sorted(e.participants))) for e in article("X\n" + text).events]
    assert expected in got


def test_guard_a_call_following_the_meeting_needs_a_meeting_told_with_its_day():
    text = ("X\nHanoi, June 8, 2022\n\nThe two defence ministries have met often since 2016. After the meeting, the "
            "Indian minister was received by Prime Minister Pham Minh Chinh.\n")
    assert [e.participants for e in article(text).events] in ([], [("pham-minh-chinh",)])


# a live page's day headings with their weekdays tell the page's year, over a count an entry makes
_LIVE_YEARLESS = """LIVE: {title}
Live coverage | Last updated {stamp}

{h1}

3:40 p.m. - President Joe Biden's motorcade arrives at the party headquarters, where General Secretary Nguyen Phu \
Trong welcomes him.

4:05 p.m. - The two leaders begin talks. Trong says the visit comes as the countries approach three decades since \
they normalised relations in 1995.

{h2}

9:30 a.m. - President Biden meets President Vo Van Thuong at the Presidential Palace.
"""


@pytest.mark.parametrize("stamp, h1, h2", [
    ("11 September, 14:05 ICT", "SUNDAY, SEPTEMBER 10", "MONDAY, SEPTEMBER 11"),
    ("Sept. 11, 2:05 p.m.", "Sunday 10 September", "Monday 11 September"),
    ("11 September", "## Sunday, 10 September", "## Monday, 11 September"),
])
def test_a_live_pages_weekday_headings_tell_its_year(stamp, h1, h2):
    text = _LIVE_YEARLESS.format(title="Biden in Hanoi", stamp=stamp, h1=h1, h2=h2)
    assert published(text)[0] == "2023-09-11"


# a count the text says is not reached yet ("approach three decades since 1995") is no page's year
@pytest.mark.parametrize("clause", [
    "as the countries approach three decades since they normalised relations in 1995",
    "as the two countries are nearing the 30th anniversary of the normalisation of relations in 1995",
    "close to thirty years since the two countries normalised relations in 1995",
])
def test_a_count_not_yet_reached_dates_no_page(clause):
    text = f"Biden in Hanoi\n\nPresident Joe Biden held talks with General Secretary Nguyen Phu Trong in Hanoi, {clause}.\n"
    assert not published(text)[0].startswith("2025")


def test_guard_a_count_reached_still_dates_the_page():
    text = ("Biden in Hanoi\n\nPresident Joe Biden held talks with General Secretary Nguyen Phu Trong in Hanoi, as "
            "the countries mark three decades since they normalised relations in 1995.\n")
    assert published(text)[0].startswith("2025")


# a course named again with its days in an apposition ("The course, conducted at ... from X to Y,") takes them
@pytest.mark.parametrize("again", [
    "The course, conducted at the college's language wing from October 5 to November 16, was the first of its kind.",
    "The training, organised by the Indian Army at the college from October 5 to November 16, was the first of its "
    "kind.",
    "This course, conducted by the language wing between October 5 and November 16, was the first of its kind.",
])
def test_a_course_named_again_as_conducted_takes_its_days(again):
    text = ("X\nNovember 18, 2005\n\nTen officers of the Vietnam People's Army on Wednesday received certificates on "
            "completing a six-week course in English at the Defence Services Staff College in Wellington, India. "
            + again + "\n")
    assert _starts(text) == [("IND", "exercise", "2005-10-05")]


# "the celebration of 50 years of diplomatic relations ... in 2022": the year is the marking's, the relations began
# fifty years before
@pytest.mark.parametrize("sentence", [
    "The visit coincides with the celebration of 50 years of the establishment of diplomatic relations between India "
    "and Vietnam in 2022.",
    "The exhibition is part of the commemoration of 50 years of India-Vietnam diplomatic relations in 2022.",
    "The two sides marked 50 years of diplomatic relations between India and Vietnam in 2022.",
])
def test_a_marking_of_years_of_relations_in_a_year_counts_back(sentence):
    got = [(p, t, s[:4]) for p, t, s in _starts("X\nHanoi, 9 June 2022\n\n" + sentence + "\n")]
    assert got == [("IND", "partnership_upgrade", "1972")]


# a ship put into service by its own side, at a ceremony or not, is one side's own act
@pytest.mark.parametrize("sentence", [
    "Also in maritime cooperation with the United States, on 28/2 the Vietnam Coast Guard held a ceremony in Hai "
    "Phong to put its new patrol vessel CSB 8035 into service.",
    "The Vietnam People's Navy put two new corvettes into service at a ceremony in Cam Ranh on Monday, weeks after "
    "India's gift.",
    "Hanoi brought its new frigate into service in a ceremony at Cam Ranh on Monday, weeks after the US cutter "
    "handover.",
    "In a tie-up with India, the Vietnam People's Navy on Monday held a ceremony at Cam Ranh to bring two new "
    "corvettes into service.",
])
def test_a_ship_put_into_service_by_its_own_side_is_no_event(sentence):
    assert not [t for _p, t, s in _starts("X\nHanoi, 9 March 2025\n\n" + sentence + "\n") if s.startswith("2025-0")]


def test_guard_a_handover_beside_a_putting_into_service_stays():
    text = ("X\nHanoi, 9 March 2025\n\nIndia handed over the corvette to Vietnam at a ceremony in Cam Ranh on Monday, "
            "and the Vietnamese navy put it into service the same day.\n")
    assert ("IND", "ceremony", "2025-03-03") in _starts(text)


# "On his first full day" is the day after the arrival told before it
@pytest.mark.parametrize("text, expected", [
    ("William Cohen arrived in Hanoi on March 13, 2000, for a three-day visit. On his first full day in the capital "
     "he held talks with Vietnam's Minister of National Defence, General Pham Van Tra.", ("USA", "talks", "2000-03-14")),
    ("Defence Minister Rajnath Singh landed in Hanoi on June 7, 2022. On his first full day, Singh held talks with "
     "General Phan Van Giang.", ("IND", "talks", "2022-06-08")),
    ("Secretary Lloyd Austin arrived in Hanoi on July 28, 2021. On his first full day in the country, Austin met "
     "Defence Minister Phan Van Giang.", ("USA", "talks", "2021-07-29")),
    ("Prime Minister Pham Minh Chinh reached New Delhi on July 30, 2024. On his first full day in India, Chinh held "
     "talks with Prime Minister Narendra Modi.", ("IND", "summit", "2024-07-31")),
])
def test_a_guests_first_full_day_is_the_day_after_the_arrival(text, expected):
    assert expected in _starts("X\nHanoi, 10 Aug 2024\n\n" + text + "\n")


def test_guard_the_first_full_day_beside_its_own_day_keeps_that_day():
    text = ("X\nHanoi, June 8, 2022 (PIB)\n\nRaksha Mantri Rajnath Singh held bilateral talks with General Phan Van "
            "Giang in Hanoi today, on the first full day of his three-day official visit to Vietnam.\n")
    assert ("IND", "talks", "2022-06-08") in _starts(text)


# a bilateral "Security Consultations" or "Security Dialogue" is no multilateral "Nuclear Security Summit"
@pytest.mark.parametrize("sentence, expected", [
    ("The third round of the India-Vietnam Coastal Security Consultations was held at New Delhi from 9-10 December "
     "2013.", ("IND", "dialogue", "2013-12-09")),
    ("The fourth round of the Vietnam-US Security Consultations was held in Washington on 5 May 2014.",
     ("USA", "dialogue", "2014-05-05")),
    ("The second round of the India-Vietnam Cyber Security Consultations took place in New Delhi on 7 March 2019.",
     ("IND", "dialogue", "2019-03-07")),
])
def test_a_bilateral_security_consultation_is_a_dialogue(sentence, expected):
    assert expected in _starts("X\nNew Delhi, 11 December 2025\n\n" + sentence + "\n")


def test_guard_a_session_of_the_nuclear_security_summit_is_no_bilateral_one():
    text = ("X\nWashington, 1 April 2016\n\nPresident Barack Obama and President Truong Tan Sang attended the first "
            "session of the Nuclear Security Summit in Washington on 31 March 2016.\n")
    assert _starts(text) == []


# a relationship "set up as" or "formed into" a partnership: the partnership made then
@pytest.mark.parametrize("sentence, expected", [
    ("The relationship was set up as a \"comprehensive partnership\" in July 2013, when President Barack Obama "
     "received President Truong Tan Sang.", ("USA", "partnership_upgrade", "2013-07")),
    ("The relationship between India and Vietnam was formed into a strategic partnership in 2007.",
     ("IND", "partnership_upgrade", "2007")),
    ("Ties between India and Vietnam were set up as a strategic partnership in July 2007.",
     ("IND", "partnership_upgrade", "2007-07")),
])
def test_a_relationship_set_up_as_a_partnership_is_its_upgrade(sentence, expected):
    got = [(p, t, s[:len(expected[2])]) for p, t, s in _starts("X\nHanoi, 10 September 2023\n\n" + sentence + "\n")]
    assert expected in got


def test_guard_a_relationship_set_up_as_no_partnership_is_no_upgrade():
    text = ("X\nHanoi, 10 September 2023\n\nThe relationship between India and Vietnam has been set up as a model "
            "for others, officials said in 2019.\n")
    assert not [t for _p, t, _s in _starts(text) if t == "partnership_upgrade"]


# an expert exchange named again with its days ("The exchange, which took place from 18/4 to 22/4,") takes them
@pytest.mark.parametrize("again", [
    "The exchange, which took place from 18/4 to 22/4, was attended by more than 40 doctors.",
    "The expert exchange ran from 18/4 to 22/4 at the hospital.",
    "The exchange, which lasted from 18/4 to 22/4, drew doctors from three military hospitals.",
])
def test_an_exchange_named_again_with_its_days_takes_them(again):
    text = ("X\nHanoi, 23/4/2025 (translated from Vietnamese)\n\nOn the morning of 22/4, in Hanoi, the Military "
            "Medical Department and a delegation of medical specialists from the US Indo-Pacific Command concluded a "
            "subject matter expert exchange on field hospitals. " + again + "\n")
    assert {s for _p, _t, s in _starts(text)} == {"2025-04-18"}


# a course told with no day, named again with the days it ran ("The course, which was conducted from ... to ..."),
# ran on those days
@pytest.mark.parametrize("text, expected", [
    ("Goa, 28 November 2014 (PIB)\n\nA batch of ten officers of the Vietnam People's Navy has successfully completed "
     "the Hydrographic Survey Course conducted at the National Institute of Hydrography, Goa, India. The course, which "
     "was conducted from 15 September to 28 November 2014, covered modern hydrography.",
     ("IND", "exercise", "2014-09-15")),
    ("New Delhi, 26 April 2019\n\nTwelve Vietnamese army officers have completed an English language course at the "
     "Army Education Corps school in Pachmarhi, India. The course, which took place from 3 March to 25 April 2019, was "
     "the first of its kind.", ("IND", "exercise", "2019-03-03")),
    ("Hai Phong, 18 May 2024\n\nOfficers of the Vietnam Coast Guard have finished a boarding course taught by a US "
     "Coast Guard mobile training team. The training, held from 6 to 17 May 2024, covered vessel inspections.",
     ("USA", "exercise", "2024-05-06")),
])
def test_an_undated_course_named_again_with_its_days_ran_on_them(text, expected):
    assert _starts("X\n" + text + "\n") == [expected]


def test_guard_the_next_course_planned_is_no_days_of_this_one():
    text = ("X\nHai Phong, 18 May 2024\n\nOfficers of the Vietnam Coast Guard have finished a boarding course taught "
            "by a US Coast Guard mobile training team. The next course will run from 6 to 17 May 2025 in Da Nang.\n")
    assert not [s for _p, _t, s in _starts(text) if s.startswith("2025")]
