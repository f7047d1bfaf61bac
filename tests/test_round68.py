"""Round 68 of the generalisation loop (batches 1040 on): general rules, each on three or more phrasings written for
the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published

from ties_lib.actors import find_actors


def _events(text: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(partner, type, start, participants) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start(), tuple(sorted(e.participants))) for e in article(text).events)


def _starts(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


_JUNE_2023 = "X\nHanoi, June 3, 2023\n\n"
_SEPT_2016 = "X\nHanoi, September 5, 2016\n\n"


# a signing that is a meeting of the two who signed is dated by the date its document was signed on
@pytest.mark.parametrize("sentence, expected", [
    ("The memorandum that Defence Minister Rajnath Singh and General Phan Van Giang signed in June 2022 set out "
     "logistics support.", ("IND", "talks", "2022-06")),
    ("Both cited the agreement that Lloyd Austin and General Phan Van Giang signed on July 29, 2021.",
     ("USA", "talks", "2021-07-29")),
    ("Officials pointed to the joint vision statement which Ash Carter and General Phung Quang Thanh signed in June "
     "2015.", ("USA", "talks", "2015-06")),
    ("The logistics pact, which Rajnath Singh and General Phan Van Giang signed on 8 June 2022, is the first of its "
     "kind.", ("IND", "talks", "2022-06-08")),
])
def test_a_signing_meeting_takes_its_documents_date(sentence, expected):
    assert _starts(_JUNE_2023 + sentence) == [expected]


def test_guard_a_document_signed_by_two_countries_dates_no_meeting():
    text = _JUNE_2023 + ("The memorandum of understanding on defence cooperation signed by India and Vietnam in "
                         "November 2009 was discussed on Monday.")
    assert not [e for e in _starts(text) if e[2].startswith("2009")]


# ", and the two announced ...": the pair is the later clause's subject, so the one met, however long their title,
# is the meeting's
@pytest.mark.parametrize("sentence", [
    "On Saturday Prime Minister Narendra Modi held talks with the Prime Minister of Vietnam, Nguyen Xuan Phuc, and the "
    "two announced a comprehensive strategic partnership.",
    "On Saturday Prime Minister Narendra Modi held talks with Vietnam's Prime Minister Nguyen Xuan Phuc, and the two "
    "announced a comprehensive strategic partnership.",
    "Prime Minister Narendra Modi on Saturday held talks with Vietnamese Prime Minister Nguyen Xuan Phuc, and the two "
    "announced a comprehensive strategic partnership.",
])
def test_the_pair_as_the_next_subject_leaves_the_one_met_to_the_meeting(sentence):
    assert ("IND", "summit", "2016-09-03", ("narendra-modi", "nguyen-xuan-phuc")) in _events(_SEPT_2016 + sentence)


def test_guard_a_pair_told_as_a_plan_is_not_the_next_subject():
    # ("they are expected to ..." opens no clause of the pair's doing; the talks keep the one met all the same)
    text = _SEPT_2016 + ("Prime Minister Narendra Modi on Saturday held talks with Vietnamese Prime Minister Nguyen "
                         "Xuan Phuc, and the two are expected to meet again in Delhi next year.")
    assert ("IND", "summit", "2016-09-03", ("narendra-modi", "nguyen-xuan-phuc")) in _events(text)


# a person of the base introduced as a source ("a researcher at ...") and given no office is a namesake: no actor,
# and no term to date the page by
@pytest.mark.parametrize("sentence, actor_id", [
    ("\"The navies talk every few weeks,\" said Nguyen Thanh Hai, a researcher at a Hanoi university.",
     "nguyen-thanh-hai"),
    ("Nguyen Van An, an analyst at the Institute for Defence Strategy, said the visit mattered.", "nguyen-van-an"),
    ("\"It is a quiet change,\" said researcher Pham Hoai Nam of the Diplomatic Academy.", "pham-hoai-nam"),
    ("Nguyen Thi Doan, a professor of international relations in Hanoi, said the talks went well.",
     "nguyen-thi-doan"),
])
def test_a_namesake_told_as_a_source_is_no_actor(sentence, actor_id):
    assert actor_id not in {h.actor_id for h in find_actors(sentence)}


def test_guard_the_official_told_by_office_stays():
    hits = find_actors("Nguyen Thanh Hai, Vietnam's ambassador to India, said the ships were welcome.")
    assert ("nguyen-thanh-hai", "ambassador") in {(h.actor_id, h.role) for h in hits}


def test_a_namesake_does_not_date_a_yearless_dateline():
    text = ("X\n\nHANOI, June 4 (Lantern Wire) - Two Indian Navy ships berthed at Hai Phong on Tuesday for a goodwill "
            "call, six years after India and Vietnam declared a strategic partnership in July 2007.\n\n"
            "\"The navies now talk every few weeks,\" said Nguyen Thanh Hai, a researcher at a Hanoi university.\n")
    assert published(text)[0] == "2013-06-04"


_OCT_2018 = "X\nPosted 10/23/2018\n\n"


# an exchange named by a military trade (a field hospital, a survey, demining, firefighting) is an expert exchange
@pytest.mark.parametrize("sentence, expected", [
    ("Vietnamese military medics held a field hospital exchange with the U.S. Army's Medical Command in Hanoi from "
     "Aug. 6-10.", ("USA", "exercise", "2018-08-06")),
    ("Indian and Vietnamese hydrographers held a survey exchange in Nha Trang from 12 to 16 August.",
     ("IND", "exercise", "2018-08-12")),
    ("Vietnamese deminers and U.S. Army specialists held a demining exchange in Quang Tri from 6 to 10 August.",
     ("USA", "exercise", "2018-08-06")),
    ("U.S. sailors and Vietnamese navy crews held a firefighting exchange aboard the ship on Tuesday, Aug. 14.",
     ("USA", "exercise", "2018-08-14")),
])
def test_an_exchange_named_by_a_trade_is_an_exercise(sentence, expected):
    assert _starts(_OCT_2018 + sentence) == [expected]


def test_guard_a_programme_of_trade_exchanges_is_no_exercise():
    text = _OCT_2018 + ("Indian and Vietnamese military hospitals agreed on Monday, Oct. 22, to begin a hospital "
                        "exchange programme next year.")
    assert not [e for e in _starts(text) if e[1] == "exercise"]


def test_guard_a_byline_occupation_above_the_text_makes_no_namesake():
    text = "By Pim Srisuwan, Senior Fellow\n\nNarendra Modi spent barely a day in Vietnam, and he spent it on defence."
    assert "narendra-modi" in {h.actor_id for h in find_actors(text)}


# an arrival's sentence that goes on "and on Monday ..." tells the next day of the stay, however long before the page
@pytest.mark.parametrize("sentence, page, expected", [
    ("Defense Secretary Donald Rumsfeld flew into Hanoi on Sunday 4 June, straight from the Shangri-La Dialogue in "
     "Singapore, and on Monday held talks with Defence Minister General Pham Van Tra at the ministry.",
     "Emailed Thursday 15 June 2006 | No. 23", ("USA", "talks", "2006-06-05")),
    ("Defence Minister Rajnath Singh arrived in Hanoi on Wednesday, June 8, and on Thursday called on Prime Minister "
     "Pham Minh Chinh.", "Friday, June 17, 2022", ("IND", "talks", "2022-06-09")),
    ("US Defense Secretary Lloyd Austin landed in Hanoi on Wednesday, July 28, and then on Thursday held talks with "
     "General Phan Van Giang.", "August 6, 2021", ("USA", "talks", "2021-07-29")),
])
def test_the_arrivals_sentence_goes_on_to_the_next_day(sentence, page, expected):
    assert expected in _starts(f"X\n{page}\n\n{sentence}")


def test_guard_a_new_sentence_after_a_stay_told_weeks_before_is_the_news():
    # (a weekday that opens a paragraph weeks after the arrival is the page's week's)
    text = ("X\nFriday, July 22, 2022\n\nDefence Minister Rajnath Singh arrived in Hanoi on Wednesday, June 8.\n\n"
            "Vietnamese and Indian officers held talks in New Delhi on Thursday on the training programme.")
    assert ("IND", "talks", "2022-07-21") in _starts(text)


# "left Vietnam on Monday after a visit in which ...": the day is the leaving's; what was done on the visit is not
# dated by it
@pytest.mark.parametrize("sentence, page, not_expected", [
    ("President Joe Biden left Vietnam on Monday evening after a whirlwind visit in which the former enemies raised "
     "their relationship to a comprehensive strategic partnership.", "Hanoi, September 12, 2023",
     ("USA", "partnership_upgrade", "2023-09-11")),
    ("Prime Minister Narendra Modi left Hanoi on Sunday after a two-day visit in which the two countries elevated ties "
     "to a comprehensive strategic partnership.", "Hanoi, September 5, 2016",
     ("IND", "partnership_upgrade", "2016-09-04")),
    ("The Indian frigate INS Sahyadri left Da Nang on Friday after a four-day goodwill visit in which its crew held "
     "drills with the Vietnamese navy.", "Hanoi, June 11, 2022", ("IND", "exercise", "2022-06-10")),
])
def test_what_was_done_on_a_visit_is_not_of_the_leaving_day(sentence, page, not_expected):
    assert not_expected not in _starts(f"X\n{page}\n\n{sentence}")


def test_guard_the_visit_left_keeps_its_days():
    text = ("X\nHanoi, June 11, 2022\n\nThe Indian frigate INS Sahyadri left Da Nang on Friday after a four-day "
            "goodwill visit in which its crew held drills with the Vietnamese navy.")
    assert ("IND", "visit", "2022-06-07") in _starts(text)


# a meeting "hours after" the guest flew in, with no day of its own, is of the arrival's day told before it
_LEAD_2023 = ("X\nPublished 12/09/2023\n\nHANOI - President Joe Biden left Vietnam on Monday evening after a whirlwind "
              "visit.\n\nMr Biden flew into Hanoi on Sunday afternoon from the G20 summit in New Delhi. ")


@pytest.mark.parametrize("sentence", [
    "The two leaders met at the party headquarters hours after Mr Biden flew in.",
    "General Secretary Nguyen Phu Trong received him at the party headquarters shortly after Mr Biden landed.",
    "General Secretary Nguyen Phu Trong held talks with him at the party headquarters just hours after the President "
    "arrived.",
])
def test_a_meeting_hours_after_the_arrival_is_of_its_day(sentence):
    met = {(p, d) for p, t, d in _starts(_LEAD_2023 + sentence) if t in ("talks", "summit")}
    assert ("USA", "2023-09-10") in met


def test_guard_a_second_clause_of_the_leaving_keeps_its_day():
    text = ("X\nPhu Quoc, April 7, 2025\n\nTwo ships of the Indian Navy's Eastern Fleet left An Thoi port on Sunday "
            "morning after a four-day goodwill visit, the first call by Indian warships at the island, and carried out "
            "a joint search-and-rescue drill with a Vietnam People's Navy vessel as they departed.")
    assert ("IND", "exercise", "2025-04-06") in _starts(text)


# a team "advising" the other side's people, however it names them ("officers of the Vietnam People's Navy", "the
# Vietnam People's Navy's survey department"), trained them: an exercise, not a visit
@pytest.mark.parametrize("sentence, expected", [
    ("Earlier this month, a team of four Indian Navy hydrographers spent ten days in Nha Trang advising officers of the "
     "Vietnam People's Navy on survey methods.", ("IND", "exercise", "2015-05")),
    ("In April, a team of four Indian Navy hydrographers spent two weeks in Hai Phong advising the Vietnam People's "
     "Navy's survey department on electronic charts.", ("IND", "exercise", "2015-04")),
    ("In April, a team of Indian Army engineers spent three weeks in Quang Tri advising deminers of the Vietnamese army "
     "on survey methods.", ("IND", "exercise", "2015-04")),
    ("In April, a team of Indian Navy divers spent ten days in Cam Ranh advising the Vietnam People's Navy's salvage "
     "unit.", ("IND", "exercise", "2015-04")),
])
def test_a_team_advising_the_other_sides_service_trained_it(sentence, expected):
    assert _starts("X\nMay 26, 2015\n\n" + sentence) == [expected]


# a team that "spent a week at ... last month, from 14 to 18 May, exchanging techniques": the days told between
# commas do not make it a visit
@pytest.mark.parametrize("sentence, expected", [
    ("A US Army medical team spent a week at Hanoi's 108 Military Hospital last month, from 14 to 18 May, exchanging "
     "trauma care techniques with Vietnamese military doctors.", ("USA", "exercise", "2012-05-14")),
    ("Indian Navy divers spent five days at the Cam Ranh naval base last month, from 7 to 11 May, exchanging salvage "
     "techniques with Vietnamese divers.", ("IND", "exercise", "2012-05-07")),
    ("A team of US Navy engineers spent a week at the Naval Region 2 headquarters in late April, from 23 to 27 April, "
     "sharing damage-control methods with Vietnamese sailors.", ("USA", "exercise", "2012-04-23")),
])
def test_a_team_sharing_skills_over_days_told_between_commas_is_an_exercise(sentence, expected):
    assert _starts("X\nSent Tuesday 5 June 2012\n\n" + sentence) == [expected]


# "the day before", "the next day": from the last day told, not from an earlier year an aside recalled since
@pytest.mark.parametrize("page, text, expected", [
    ("Issue 7/2022 (July)", "The ceremony took place at Hong Ha Shipyard in Hai Phong on 9 June in the presence of "
     "India's Defence Minister Rajnath Singh. The vessels were funded from the US$100 million defence line of credit "
     "that India extended in 2014.\n\nThe day before, Singh and Vietnam's Minister of National Defence, General Phan Van "
     "Giang, held talks in Hanoi.", ("IND", "talks", "2022-06-08")),
    ("August 6, 2021", "US Defense Secretary Lloyd Austin held talks with General Phan Van Giang in Hanoi on 29 July. "
     "The cutter programme dates from 2017. The next day, Austin called on President Nguyen Xuan Phuc.",
     ("USA", "talks", "2021-07-30")),
    ("September 12, 2016", "Prime Minister Narendra Modi and Prime Minister Nguyen Xuan Phuc held talks in Hanoi on 3 "
     "September. The two countries established diplomatic relations in 1972. The following day, Modi called on General "
     "Secretary Nguyen Phu Trong.", ("IND", "summit", "2016-09-04")),
])
def test_a_day_step_goes_on_from_the_last_day_over_an_aside(page, text, expected):
    assert expected in _starts(f"X\n{page}\n\n{text}\n")


def test_guard_a_day_step_after_a_later_month_is_not_of_the_day_before_it():
    text = ("X\nJune 20, 2023\n\nDefence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on 8 June "
            "2022. In March 2023, General Giang visited New Delhi. The next day he called on Prime Minister Narendra "
            "Modi.\n")
    assert not [e for e in _starts(text) if e[2] == "2022-06-09"]


# "The two agreed to raise relations ...", after the meeting the sentence before dates: the pair raised them at it
@pytest.mark.parametrize("page, text, expected", [
    ("September 14, 2023", "On Sunday, September 10, President Joe Biden and General Secretary Nguyen Phu Trong met at "
     "the party headquarters in Hanoi. The two agreed to raise relations to a Comprehensive Strategic Partnership.",
     ("USA", "partnership_upgrade", "2023-09-10")),
    ("September 5, 2016", "Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in Hanoi on "
     "Saturday. The two announced that ties would be elevated to a comprehensive strategic partnership.",
     ("IND", "partnership_upgrade", "2016-09-03")),
    ("July 28, 2013", "President Barack Obama received President Truong Tan Sang at the White House on July 25. The two "
     "decided to establish a comprehensive partnership.", ("USA", "partnership_upgrade", "2013-07-25")),
])
def test_the_two_raising_ties_after_their_meeting_raised_them_at_it(page, text, expected):
    assert expected in _starts(f"X\n{page}\n\n{text}\n")


def test_guard_the_two_in_a_plan_raise_nothing_at_the_meeting():
    text = ("X\nSeptember 5, 2016\n\nPrime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc in "
            "Hanoi on Saturday. The two are expected to raise ties to a comprehensive strategic partnership next year.\n")
    assert not [e for e in _starts(text) if e[1] == "partnership_upgrade"]


# "Two years on, ..." after a date told in the sentence before counts to the page's own year (a year-less dateline)
@pytest.mark.parametrize("text, day", [
    ("HANOI, Nov 12 (Delmora) - Two ships of the Indian Navy arrived at Cam Ranh on Monday for a four-day visit.\n\n"
     "New Delhi handed over the corvette INS Kirpan to the Vietnamese navy at Cam Ranh in July 2023. Two years on, "
     "Vietnamese officials say the ship is in regular service.", "2025-11-12"),
    ("HANOI, June 4 (Wire) - Two Indian Navy ships berthed at Hai Phong on Tuesday.\n\nThe two countries set up a "
     "strategic partnership in July 2007. Six years on, the navies meet every few weeks.", "2013-06-04"),
    ("AMBALA, Nov 4 (Wire) - Indian and Vietnamese army engineers began a joint exercise on Monday.\n\nThe series began "
     "as a table-top exercise at Jabalpur in November 2018. Six years on, it has become a field exercise.",
     "2024-11-04"),
])
def test_years_on_from_the_date_before_count_to_the_page(text, day):
    assert published(f"X\n\n{text}\n")[0] == day


def test_guard_years_on_a_task_is_no_count():
    from ties_lib.dates import find_dates
    assert not [e for e in find_dates("They worked two years on the project.") if e.kind == "years_since"]


# "first published at 4:15pm" after an update stamp is a time of the stamp's day, not a day of its own
@pytest.mark.parametrize("stamp, day", [
    ("Updated March 6, 2018 - 7:42pm, first published at 4:15pm", "2018-03-06"),
    ("Updated 12 Sep 2023, 10:05am, first published 9:20am", "2023-09-12"),
    ("Last updated June 9, 2022 - 8:15pm, first posted at 6:40pm", "2022-06-09"),
])
def test_a_first_published_time_keeps_the_updates_day(stamp, day):
    text = f"X\n\nThe Chronicle | World\nBy Bridget Lomax\n{stamp}\n\nDA NANG: A US aircraft carrier anchored off Da Nang.\n"
    assert published(text)[0] == day


def test_guard_a_first_published_day_is_the_pages():
    text = ("X\n\nThe Chronicle | World\nBy Bridget Lomax\nUpdated 2 Jun 2017 - 6:10am, first published 1 Jun 2017\n\n"
            "DA NANG: A US aircraft carrier anchored off Da Nang.\n")
    assert published(text)[0] == "2017-06-01"


# "arrived on Tuesday, July 30, and on Thursday, August 1, held talks": each verb its own day, the weekday before it
@pytest.mark.parametrize("sentence, page, expected", [
    ("Prime Minister Pham Minh Chinh landed in New Delhi on Tuesday, July 30, and on Thursday, August 1, held talks "
     "with Prime Minister Narendra Modi.", "Published 5 August 2024",
     [("IND", "summit", "2024-08-01"), ("IND", "visit", "2024-07-30")]),
    ("Defence Minister Rajnath Singh arrived in Hanoi on Tuesday, June 7, and on Wednesday, June 8, held talks with "
     "General Phan Van Giang.", "Published 10 June 2022", [("IND", "talks", "2022-06-08"), ("IND", "visit", "2022-06-07")]),
    ("President Joe Biden flew into Hanoi on Sunday, September 10, and on Monday, September 11, met Prime Minister Pham "
     "Minh Chinh.", "Published 12 September 2023", [("USA", "summit", "2023-09-11"), ("USA", "visit", "2023-09-10")]),
])
def test_each_verb_takes_its_own_weekday_and_day(sentence, page, expected):
    assert _starts(f"X\n{page}\n\n{sentence}\n") == expected


# a day without a year told within the month after (or, told as earlier, before) a day of years before the page is of
# that day's year, not the page's: a retrospective's story
@pytest.mark.parametrize("page, text, expected", [
    ("Published November 20, 2023", "It was a grey morning on November 19, 2003, when the frigate USS Vandegrift tied "
     "up at Ho Chi Minh City, the first U.S. Navy warship to visit Vietnam since the war.\n\nJust over a week earlier, on "
     "November 10, Defense Minister Pham Van Tra had met Defense Secretary Donald Rumsfeld at the Pentagon.",
     ("USA", "talks", "2003-11-10")),
    ("Published July 10, 2017", "Ten years ago, on July 6, 2007, Prime Minister Nguyen Tan Dung and Prime Minister "
     "Manmohan Singh declared a strategic partnership in New Delhi.\n\nDung called on President A.P.J. Abdul Kalam at "
     "Rashtrapati Bhavan on July 7.", ("IND", "summit", "2007-07-07")),
    ("Published June 12, 2022", "On June 3, 2012, Defense Secretary Leon Panetta stood on the deck of the USNS Richard "
     "E. Byrd in Cam Ranh Bay.\n\nHe held talks with General Phung Quang Thanh in Hanoi on June 4.",
     ("USA", "talks", "2012-06-04")),
])
def test_a_day_without_a_year_goes_on_from_a_past_day(page, text, expected):
    assert expected in _starts(f"X\n{page}\n\n{text}\n")


def test_guard_a_day_far_from_the_past_day_is_the_pages_year():
    text = ("X\nPublished November 20, 2023\n\nIt was a grey morning on November 19, 2003, when the frigate USS "
            "Vandegrift tied up at Ho Chi Minh City.\n\nOn October 2, Vietnamese and American officers held talks in "
            "Hanoi on the search for missing servicemen.\n")
    assert ("USA", "talks", "2023-10-02") in _starts(text)


# officers or a team that spent days, or were at a base or city, teaching or training the other side's people: a course
@pytest.mark.parametrize("sentence, expected", [
    ("Last month, two Indian naval officers spent ten days at the Naval Academy in Nha Trang teaching English and "
     "computer skills to Vietnamese cadets.", ("IND", "exercise", "2018-06")),
    ("In May, two Indian Army officers spent a month at the peacekeeping centre in Hanoi teaching UN procedures to "
     "Vietnamese officers.", ("IND", "exercise", "2018-05")),
    ("Last month, two US Navy officers spent a week at the Naval Academy in Nha Trang teaching navigation and English to "
     "Vietnamese cadets.", ("USA", "exercise", "2018-06")),
    ("Last month, Indian instructors were at the Air Force academy in Nha Trang training Vietnamese pilots on "
     "simulators.", ("IND", "exercise", "2018-06")),
    ("In March, a team of U.S. Navy divers was at the Cam Ranh naval base teaching salvage techniques to Vietnamese "
     "divers.", ("USA", "exercise", "2018-03")),
    ("Indian instructors were in Nha Trang last month training Vietnamese pilots.", ("IND", "exercise", "2018-06")),
])
def test_a_team_teaching_the_other_sides_people_there_ran_a_course(sentence, expected):
    assert _starts("X\nPublished 8 July 2018\n\n" + sentence) == [expected]


def test_guard_officers_at_a_base_without_teaching_stay_a_visit():
    text = "X\nPublished 8 July 2018\n\nLast month, two Indian naval officers spent ten days at the Naval Academy in Nha Trang."
    assert ("IND", "exercise", "2018-06") not in _starts(text)


# an outlet's English edition, service or version writes its figures day first, as its home language does
@pytest.mark.parametrize("head, lead, day", [
    ("Saigon Lattice - English edition\nPolitics | Published: 10/06/2022 08:15",
     "HANOI - Defence Minister General Phan Van Giang and Rajnath Singh on Wednesday signed a joint vision statement.",
     "2022-06-10"),
    ("The Hanoi Daybreak English Service\nUpdated 05/09/2016",
     "HANOI - Prime Minister Narendra Modi held talks with Prime Minister Nguyen Xuan Phuc on Saturday.", "2016-09-05"),
    ("Mekong Times (English version)\nPosted: 04/03/2018 10:20",
     "DA NANG - The aircraft carrier USS Carl Vinson anchored off Da Nang on Monday.", "2018-03-04"),
])
def test_an_english_editions_figures_are_day_first(head, lead, day):
    assert published(f"Vietnam and India sign defence vision\n\n{head}\n\n{lead}\n")[0] == day


def test_guard_english_in_the_text_turns_no_stamp():
    text = ("Carrier in Da Nang\n\nPosted: 04/03/2018 10:20\n\nDA NANG - The aircraft carrier USS Carl Vinson anchored "
            "off Da Nang on Monday, officers said at English-language training.\n")
    assert published(text)[0] == "2018-04-03"


# training the other side's instructors gave, told as undergone: a course
@pytest.mark.parametrize("sentence, expected", [
    ("In June, Vietnamese pilots underwent training on Su-30 simulators with Indian Air Force instructors.",
     ("IND", "exercise", "2017-06")),
    ("In April, the Vietnamese crew underwent eight weeks of familiarisation training on board with US Coast Guard "
     "instructors.", ("USA", "exercise", "2017-04")),
    ("In May, Vietnamese submariners underwent two months of instruction from Indian Navy trainers at Visakhapatnam.",
     ("IND", "exercise", "2017-05")),
])
def test_training_undergone_with_the_other_sides_instructors_is_a_course(sentence, expected):
    assert _starts("X\nIssue 6/2017 (June)\n\n" + sentence) == [expected]


def test_guard_training_undergone_at_home_is_no_course():
    text = "X\nIssue 6/2017 (June)\n\nIn May, Vietnamese recruits underwent basic training at a camp near Hanoi with their own officers."
    assert not [e for e in _starts(text) if e[1] == "exercise"]
