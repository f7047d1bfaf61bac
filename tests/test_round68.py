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
