"""Round 54 of the generalisation loop (from round 53's last pair, 732-733, and batches 734-741): general rules, each
on three or more phrasings written for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(type, first day, last day) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), e.date.end.isoformat()) for e in article(text).events)


def _merged(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(type, first day, participants) of each event once the article's records are folded as the corpus folds them."""
    from ties_lib.events import merge

    return sorted((e.type, e.date.iso_start(), tuple(sorted(e.participants)))
                  for e in merge(list(article(text).events)))


_DELHI = "NEW DELHI, 14 March 2012 — An Indian Army delegation led by Lieutenant General Harinder Sodhi Bal "


@pytest.mark.parametrize("clause", [
    "arrived in Hanoi on Monday and held talks with Defence Minister Phung Quang Thanh.",
    "landed in Hanoi on March 12 and then met Deputy Defence Minister Nguyen Chi Vinh.",
    "reached Hanoi on Monday and called on Defence Minister Phung Quang Thanh.",
    "arrived in Vinh on Monday and held talks with the region's commander, Major General Tran Dinh Khoa, on training.",
])
def test_a_meeting_told_as_an_arrivals_second_verb_is_coded_beside_the_visit(clause):
    assert _spans(_DELHI + clause) == [("talks", "2012-03-12", "2012-03-12"), ("visit", "2012-03-12", "2012-03-12")]


@pytest.mark.parametrize("clause", [
    "arrived in Hanoi on Monday and was received by Defence Minister Phung Quang Thanh.",
    "arrived in Hanoi in March and met Defence Minister Phung Quang Thanh.",
])
def test_guard_a_welcome_on_arrival_or_a_meeting_told_by_its_month_stays_the_visits(clause):
    assert [t for t, _s, _e in _spans(_DELHI + clause)] == ["visit"]


@pytest.mark.parametrize("sentence", [
    "In August, Vietnamese officials were flown out to the aircraft carrier USS George Washington in the South China Sea.",
    "In August, a Vietnamese delegation toured the USS George Washington off the coast.",
    "In August, Vietnamese officers visited the USS George Washington at sea.",
])
def test_a_place_inside_a_ships_name_is_no_location(sentence):
    events = article("HANOI, Oct. 12, 2010 — " + sentence).events
    assert events and all("Washington" not in e.location for e in events)


@pytest.mark.parametrize("sentence", [
    "There is also the seventh round of the India-Vietnam Security Dialogue, which met in Hanoi on 3 July under "
    "Defence Secretary R K Mathur.",
    "The 14th India-Vietnam Defence Policy Dialogue, which last met in New Delhi on 3 July, reviewed training.",
    "The India-Vietnam Defence Policy Dialogue, which convened in New Delhi on 3 July, reviewed training.",
])
def test_a_mechanism_that_met_on_a_day_is_its_session_of_that_day(sentence):
    assert _spans("NEW DELHI, 14 October 2013 — " + sentence) == [("dialogue", "2013-07-03", "2013-07-03")]


def test_guard_a_person_who_met_on_a_day_is_a_meeting_not_a_session():
    text = ("NEW DELHI, 14 October 2013 — Defence Secretary R K Mathur, who met Deputy Defence Minister Nguyen Chi Vinh "
            "in Hanoi on 3 July, spoke of training.")
    assert [t for t, _s, _e in _spans(text)] == ["talks"]


_BIDEN = ("HANOI, Sept. 12, 2023 — On Sunday, President Joe Biden and Communist Party General Secretary Nguyen Phu "
          "Trong announced in Hanoi that the two countries were upgrading their relationship to a Comprehensive "
          "Strategic Partnership.\n\nTrong and Biden met at the Party Central Committee headquarters; the joint "
          "statement issued after the talks lists defense as one of ten pillars. ")


@pytest.mark.parametrize("sentence", [
    "Biden also met Prime Minister Pham Minh Chinh, President Vo Van Thuong and National Assembly Chairman Vuong Dinh "
    "Hue separately on Monday, September 11.",
    "On Monday Biden met separately with President Vo Van Thuong and Prime Minister Pham Minh Chinh.",
    "Biden also met President Vo Van Thuong and Prime Minister Pham Minh Chinh separately on Monday.",
])
def test_meetings_told_apart_by_one_verb_stay_apart_when_the_corpus_folds(sentence):
    monday = [p for t, d, p in _merged(_BIDEN + sentence) if d == "2023-09-11"]
    assert len(monday) >= 2 and len({p for p in monday}) == len(monday)
    assert all(("vo-van-thuong" in p) + ("pham-minh-chinh" in p) + ("vuong-dinh-hue" in p) == 1 for p in monday)


@pytest.mark.parametrize("arrival", ["berthed at Nha Rong port", "docked at Nha Rong port", "anchored off Nha Rong"])
def test_a_ships_arrival_for_days_runs_for_its_days(arrival):
    text = (f"HO CHI MINH CITY, Oct 16, 2007 - An Indian Coast Guard vessel, ICGS Sangram, {arrival} on Tuesday for a "
            "four-day goodwill visit, officials said.")
    assert _spans(text) == [("visit", "2007-10-16", "2007-10-19")]


_STAY = ("HO CHI MINH CITY, Oct 16, 2007 - An Indian Coast Guard vessel, ICGS Sangram, berthed at Nha Rong port on "
         "Tuesday for a four-day goodwill visit, officials said.\n\n")


@pytest.mark.parametrize("sentence", [
    "On Wednesday, officers of the two sides held a table-top exercise on pollution response.",
    "The crews held a joint search-and-rescue drill off Vung Tau on Thursday.",
    "On Friday the two crews held a passage exercise as the vessel left.",
])
def test_a_bare_weekday_told_after_a_stay_of_days_is_the_one_within_the_stay(sentence):
    days = {d for t, d, _e in _spans(_STAY + sentence) if t == "exercise"}
    assert len(days) == 1 and "2007-10-16" < days.pop() <= "2007-10-19"


_KODIAK = ("WASHINGTON, Aug. 24, 2022 — A delegation of the Vietnam Coast Guard led by Major General Le Quang Dao "
           "arrived in Washington on Monday, Aug. 15, for a five-day visit, the service said.\n\n")


@pytest.mark.parametrize("sentence", [
    "On Tuesday, the delegation met Rear Adm. Michael Harlowe, commander of the 17th District.",
    "On Wednesday the visitors met Rear Adm. Michael Harlowe, the district commander, who hosted a working lunch.",
    "The Vietnamese officers held talks with Rear Adm. Michael Harlowe, the district commander, on Tuesday.",
])
def test_a_bare_weekday_after_the_page_day_within_a_past_stay_is_the_stays(sentence):
    days = [d for t, d, _e in _spans(_KODIAK + sentence) if t == "talks"]
    assert days and all("2022-08-15" <= d <= "2022-08-19" for d in days)


def test_guard_a_happening_told_as_following_the_stay_keeps_its_own_weekday():
    text = (_KODIAK + "The exchanges were followed in Juneau on Tuesday by the first coast guard staff talks between "
            "Rear Adm. Michael Harlowe and the delegation's leader.")
    assert [d for t, d, _e in _spans(text) if t != "visit"] == ["2022-08-23"]


@pytest.mark.parametrize("sentence", [
    "In August the Vietnam Coast Guard held a domestic fisheries-protection drill off Quang Ngai.",
    "Vietnam's navy held a domestic search-and-rescue drill off Hai Phong on 19 September.",
    "The coast guard then ran a solo boarding drill off Da Nang on Monday.",
    "The Indian Navy staged a unilateral exercise in the Bay of Bengal on Monday.",
])
def test_a_domestic_or_unilateral_drill_is_one_sides_own(sentence):
    text = "HANOI, Oct. 2, 2024 — Indian and Vietnamese naval officers met in Hanoi on Tuesday. " + sentence
    assert "exercise" not in [t for t, _s, _e in _spans(text)]


def test_guard_a_joint_drill_beside_a_domestic_one_is_still_coded():
    text = ("HANOI, Oct. 2, 2024 — India and Vietnam held a joint drill off Da Nang on Monday, a week after the navy "
            "held a domestic drill off Hai Phong.")
    assert [(t, s) for t, s, _e in _spans(text)] == [("exercise", "2024-09-30")]


@pytest.mark.parametrize("sentence", [
    "This week host Dang Thu Ha talks with retired U.S. Army Lt. Col. Greg Halvorsen and Vietnamese officials about "
    "recovery teams.",
    "This week, a year on from the upgrade, host Claire Ashdown talks with Dr. Tuan Nguyen-Pham, a researcher on "
    "Vietnamese security policy.",
    "This week host Nikhil Varadarajan talks to Lt. Col. (retd.) Arun Menon about the exercise with Vietnam.",
])
def test_a_programmes_host_talking_to_a_guest_is_no_meeting(sentence):
    text = ("Episode 12 | Released: Tuesday 8 October 2024\n\nShow notes: defence ties between Vietnam and the "
            "United States.\n\n" + sentence)
    assert "talks" not in [t for t, _s, _e in _spans(text)]


def test_guard_a_country_that_hosts_talks_still_holds_them():
    text = "NEW DELHI, Oct. 8, 2024 — India hosts talks with Vietnam's Deputy Defence Minister Hoang Xuan Chien on Monday."
    assert [(t, s) for t, s, _e in _spans(text)] == [("talks", "2024-10-07")]


@pytest.mark.parametrize("sentence", [
    "This week host Farida Okonjo looks at the air forces of India and Vietnam.",
    "This week host Caroline Pruitt explores the recovery missions the United States runs in Vietnam.",
    "This week host Dang Minh unpacks what the United States and Vietnam agreed on maritime security.",
])
def test_a_programmes_host_named_before_what_the_episode_does_is_no_meeting(sentence):
    text = ("Episode 12 | Released: Tuesday 8 October 2024\n\nShow notes: defence ties between Vietnam and the "
            "United States.\n\n" + sentence)
    assert [t for t, _s, _e in _spans(text)] == []


_ISSUE_BODY = ("\n\nThe Frigate and the River\n\nBy Laura Pettigrew\n\nThe ship arrived on November 19 for a four-day "
               "stay in Ho Chi Minh City, the first US Navy visit to Vietnam since the war. The two countries "
               "normalised relations in July 1995.")


@pytest.mark.parametrize(("head", "month"), [
    ("EBBTIDE MONTHLY\nDecember 2003 issue — Features", "2003-12"),
    ("HARBOUR NOTES\nMarch 2011 edition – Analysis", "2011-03"),
    ("ASIA DEFENCE REVIEW\nMay 2015 issue - Special report", "2015-05"),
])
def test_a_months_issue_line_with_its_section_after_a_dash_dates_the_page(head, month):
    assert published(head + _ISSUE_BODY) == (month, "stated")


@pytest.mark.parametrize(("cell", "year"), [
    ("Faculty & Research News | Spring 2002 issue | Department of Anthropology", "2002"),
    ("Research & Teaching | Summer 2016 issue | Page 4", "2016"),
    ("Newsletter of the Centre | Autumn 2009 issue | Page 3", "2009"),
])
def test_a_seasons_issue_in_a_cell_of_the_masthead_row_dates_the_page_to_its_year(cell, year):
    assert published("THE KESTREL UNIVERSITY BULLETIN\n" + cell + _ISSUE_BODY) == (year, "stated")


@pytest.mark.parametrize(("later", "day"), [
    ("On the opening day of the activity, September 12, a Vietnamese colonel met the American team leader in Hanoi.",
     "2022-09-12"),
    ("On the first day of the activity, September 12, the American team leader met a Vietnamese colonel in Hanoi.",
     "2022-09-12"),
    ("On the closing day, October 24, the American team leader met a Vietnamese colonel in Hanoi.", "2022-10-24"),
])
def test_a_day_told_again_takes_the_year_it_was_told_with_on_a_page_dated_by_its_year(later, day):
    text = ("SITKA PACIFIC QUARTERLY\nWinter 2023 issue\n\nThe long search\n\nby Margaret Olsen\n\nThe Joint Field "
            "Activity with Vietnam ran from September 12 to October 24, 2022, with teams spread across several "
            "provinces.\n\n" + later)
    assert [(t, s) for t, s, _e in _spans(text) if t == "talks"] == [("talks", day)]


@pytest.mark.parametrize("sentence", [
    "In March an Indian Army mobile training team arrived in Hanoi to teach demining to Vietnamese engineers.",
    "In March, instructors from the Indian Navy travelled to Nha Trang to train Vietnamese submariners.",
    "In March the US Coast Guard's mobile training team visited Da Nang to teach Vietnamese crews small-boat handling.",
])
def test_a_training_team_sent_to_the_other_side_is_a_course_not_a_delegations_visit(sentence):
    assert [(t, s) for t, s, _e in _spans("HANOI, Dec. 4, 2019 — " + sentence)] == [("exercise", "2019-03")]


def test_guard_a_training_team_met_by_the_host_is_no_course_of_the_meeting():
    text = "HANOI, Dec. 4, 2019 — In March the Vietnamese commander met the American training team in Hanoi."
    assert [(t, s) for t, s, _e in _spans(text)] == [("talks", "2019-03")]


@pytest.mark.parametrize("name", ["Harish Chandra Rawat", "Harish Kumar Menon", "Harish Vikram Nair"])
def test_a_titled_surname_that_opens_a_longer_name_is_someone_else(name):
    text = f"HO CHI MINH CITY, Mar 14 - The ship, commanded by Deputy Inspector General {name}, was received there."
    assert "parvathaneni-harish" not in {h.actor_id for h in article(text).actors}


def test_guard_a_titled_surname_alone_is_still_the_bases_person():
    text = "HANOI, Mar 14, 2017 - Ambassador Harish said on Monday that the two navies would hold talks."
    assert "parvathaneni-harish" in {h.actor_id for h in article(text).actors}


@pytest.mark.parametrize("sentence", [
    "Separately, the Vietnam People's Navy this week began its own annual search and rescue exercise off Vung Tau.",
    "On Monday the Indian Navy opened its own fleet exercise in the Bay of Bengal.",
    "Last week the Vietnam Coast Guard launched its own maritime rescue drill off Quang Ninh.",
])
def test_an_exercise_one_side_began_as_its_own_is_no_joint_exercise(sentence):
    text = "HANOI, Oct. 2, 2024 — Indian and Vietnamese naval officers met in Hanoi on Tuesday. " + sentence
    assert "exercise" not in [t for t, _s, _e in _spans(text)]


@pytest.mark.parametrize(("again", "first"), [
    ("The course ran for three weeks from 30 September, and also drew officers from Africa.", "2019-09-30"),
    ("The course, held from 30 September to 18 October, drew officers from Africa too.", "2019-09-30"),
    ("The training ran from September 30 to October 18 at the centre's campus.", "2019-09-30"),
])
def test_a_course_dated_by_its_last_day_takes_the_days_told_of_it_next(again, first):
    text = ("NEW DELHI, Oct. 21, 2019 — Ten officers from Vietnam's Department of Peacekeeping Operations finished a "
            "UN staff officers' course at the Centre for United Nations Peacekeeping in New Delhi on 18 October. "
            + again)
    assert set(_spans(text)) == {("exercise", first, "2019-10-18")}  # (once folded, as the corpus folds them)


def test_guard_a_course_named_again_without_days_keeps_its_day():
    text = ("NEW DELHI, Oct. 21, 2019 — Ten officers from Vietnam's Department of Peacekeeping Operations finished a "
            "UN staff officers' course at the Centre for United Nations Peacekeeping in New Delhi on 18 October. "
            "The course ran at the centre's campus and drew officers from Africa.")
    assert _spans(text) == [("exercise", "2019-10-18", "2019-10-18")]
