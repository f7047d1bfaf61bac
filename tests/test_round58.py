"""Round 58 of the generalisation loop (from round 57's last pair, 844-845, and batches 846 on): general rules, each
on three or more phrasings written for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(type, first day, last day) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), e.date.end.isoformat()) for e in article(text).events)


_SHIPS = "HANOI, May 29, 2017 (X) -- Two Indian Navy ships visited Vietnam this month.\n\n"
_THEIR_VISIT = ("visit", "2017-05", "2017-05-31")


# a drill at sea "after leaving the port on May 25" is held on the leaving day, which the clause dates
@pytest.mark.parametrize("sentence, day", [
    ("The Indian ships held a passage exercise with Vietnamese frigates after leaving the port on May 25.",
     "2017-05-25"),
    ("The cutter conducted a search-and-rescue drill with the Vietnam Coast Guard after departing the harbour of "
     "Da Nang on May 14.", "2017-05-14"),
    ("The two navies held communication drills before leaving the base on Friday.", "2017-05-26"),
    ("The destroyer carried out a PASSEX with a Vietnamese corvette after sailing out of the port on Saturday.",
     "2017-05-27"),
])
def test_an_exercise_after_leaving_port_is_on_the_leaving_day(sentence, day):
    assert ("exercise", day, day) in _spans(_SHIPS + sentence)


def test_guard_an_exercise_after_attending_something_else_takes_not_its_day():
    text = _SHIPS + ("The frigate held a passage exercise with the Vietnamese navy after attending the fleet review "
                     "in Kuala Lumpur on May 25.")
    assert ("exercise", "2017-05-25", "2017-05-25") not in _spans(text)


_TOLD_BEFORE = ("HANOI, March 20, 2012 (X) -- Indian Defence Minister A.K. Antony held talks with Vietnamese Defence "
                "Minister Phung Quang Thanh in Hanoi on March 8 and 9. The Indian and Vietnamese navies held a joint "
                "exercise off Da Nang on March 12. A joint recovery operation with Indian teams, which began on "
                "March 14, runs for a month.\n\n")


# "on the eve of" a happening the text dated is the day before its first day
@pytest.mark.parametrize("sentence, day", [
    ("On the eve of the talks, Indian Navy chief Admiral Verma called on Prime Minister Dung.", "2012-03-07"),
    ("On the eve of the exercise, the two fleet commanders, Rear Admiral Mehta and Rear Admiral Tuan, met in Da "
     "Nang.", "2012-03-11"),
    ("Colonel Thinh of Vietnam met Indian Colonel Rao at the team's Hanoi office on the eve of the operation to "
     "agree the list of sites.", "2012-03-13"),
])
def test_the_eve_of_a_dated_happening_is_the_day_before_it(sentence, day):
    assert ("talks", day, day) in _spans(_TOLD_BEFORE + sentence)


def test_guard_the_eve_of_a_feast_takes_no_day_from_the_date_told_last():
    spans = _spans(_TOLD_BEFORE + "On the eve of Holi, Indian Colonel Rao met Colonel Thinh of Vietnam in Hanoi.")
    assert not any(s[0] == "talks" and s[1] in ("2012-03-13", "2012-03-14") for s in spans)


_YEARLESS = ("New Delhi, Nov 12 (DLA) Vietnam's visiting deputy defence minister on Wednesday held talks with Indian "
             "defence officials here, officials said.\n\nBoth sides expressed satisfaction at the progress since the "
             "signing of the defence protocol in 2000.\n\n")


# a plan reported in the past tense ("was expected to take place in 2009") is a year still to come when the story was
# filed: it is no year the text tells as past, and a year-less dateline falls in it or the year before
@pytest.mark.parametrize("sentence", [
    "Officials said the next round of talks was expected to take place in New Delhi in 2009.",
    "The spokesperson said the two navies were scheduled to hold their first joint exercise in 2009.",
    "A return visit to Hanoi by the Indian minister was due to take place in 2009, officials said.",
])
def test_a_plan_reported_in_the_past_tense_bounds_a_yearless_dateline_from_after(sentence):
    assert published(_YEARLESS + sentence)[0] == "2008-11-12"  # (12 November 2008 was a Wednesday)


def test_guard_a_past_happening_told_with_was_still_names_a_past_year():
    text = _YEARLESS + "The first round of the talks was held in Hanoi in 2009, officials said."
    assert published(text)[0] == "2009-11-12"  # (a Thursday: a story filed the day after Wednesday's talks)


# the officials' terms date a year-less dateline: India's Army Chief Deepak Kapoor (30 September 2007 - 31 March 2010)
# and Defence Secretary Vijay Singh (1 August 2007 - 31 July 2009), in the actor base with their sources
@pytest.mark.parametrize("sentence", [
    "He also called on Chief of Army Staff Gen Deepak Kapoor and Defence Secretary Vijay Singh.",
    "Defence Secretary Vijay Singh and Army Chief General Deepak Kapoor received the delegation.",
    "The delegation met Gen Deepak Kapoor, the Chief of Army Staff, and Vijay Singh, the Defence Secretary.",
])
def test_the_terms_of_two_indian_officials_date_a_yearless_dateline(sentence):
    text = ("New Delhi, Nov 12 (DLA) Vietnam's visiting deputy defence minister on Wednesday held talks with Indian "
            "defence officials here.\n\n" + sentence)
    assert published(text)[0] == "2008-11-12"


_KADMATT = "HAKODATE, July 17, 2024 -- The Indian Navy corvette INS Kadmatt called at Cam Ranh from July 8 to 11.\n\n"


# a happening held between the partner and a third country is not the partner's with Vietnam
@pytest.mark.parametrize("sentence", [
    "The visit follows the bilateral exercise JIMEX held between the Indian Navy and the Maritime Self-Defense Force "
    "off Yokosuka last month.",
    "The visit follows a bilateral exercise held between the Indian Navy and the Japanese navy off Yokosuka last "
    "month.",
    "The visit follows a joint drill conducted between the Indian and Australian navies off Darwin last month.",
])
def test_an_exercise_held_between_the_partner_and_a_third_country_is_not_coded(sentence):
    assert [s for s in _spans(_KADMATT + sentence) if s[0] == "exercise"] == []


def test_guard_an_exercise_held_between_the_partner_and_vietnam_is_coded():
    text = _KADMATT + ("The visit follows a bilateral exercise held between the Indian Navy and the Vietnam People's "
                       "Navy off Da Nang last month.")
    assert ("exercise", "2024-06", "2024-06-30") in _spans(text)


def test_guard_a_sea_named_for_a_country_after_between_is_no_third_country():
    text = _KADMATT + ("There was also a virtual meeting on July 2 between the two navies' chiefs of staff on search "
                       "and rescue coordination in the South China Sea.")
    assert ("talks", "2024-07-02", "2024-07-02") in _spans(text)


# Japan's services named without "Japan" tell Japan (data/forces.csv, with their source)
@pytest.mark.parametrize("phrase", ["the Indian Navy and the Maritime Self-Defense Force", "the Air Self-Defence Force",
                                    "officers of the Ground Self-Defense Force"])
def test_a_japanese_service_named_alone_tells_japan(phrase):
    from ties_lib.actors import find_countries
    assert "JPN" in [c for _s, _e, c in find_countries(phrase)]


# a force named right after its own country's word is one mention of that country, not two
@pytest.mark.parametrize("phrase, code", [("the U.S. Seventh Fleet", "USA"), ("America's Seventh Fleet", "USA"),
                                          ("the U.S. DPAA team", "USA"), ("the Indian BSF", "IND"),
                                          ("two Japan Maritime Self-Defense Force officers", "JPN")])
def test_a_force_after_its_countrys_word_is_one_mention(phrase, code):
    from ties_lib.actors import find_countries
    assert [c for _s, _e, c in find_countries(phrase)] == [code]


# a ship "was at" a named port "from" one day to another: a port call told by its span
@pytest.mark.parametrize("sentence, first, last", [
    ("The destroyer INS Ranvir and the tanker INS Shakti were at Cam Ranh International Port from May 22 to 25.",
     "2017-05-22", "2017-05-25"),
    ("The ship was at Cam Ranh international port from May 8 to 11.", "2017-05-08", "2017-05-11"),
    ("The cutter was at Hai Phong port from 3 to 6 May.", "2017-05-03", "2017-05-06"),
    ("The two ships were at Da Nang harbour from May 3 to 6.", "2017-05-03", "2017-05-06"),
])
def test_a_ship_at_a_named_port_from_one_day_to_another_made_a_visit(sentence, first, last):
    text = "TOKYO, May 29, 2017 (X) -- Indian warships are on a long deployment to the Pacific.\n\n" + sentence
    assert ("visit", first, last) in _spans(text)


# "On arrival, X called on Y": a call with a day of its own, the arrival's (codebook, "A call on two leaders")
@pytest.mark.parametrize("sentence", [
    "On arrival, the Fleet Commander, Rear Admiral Atul Deshpande, called on Rear Admiral Nguyen Dang Khoa, Deputy "
    "Commander of the Vietnam People's Navy.",
    "Upon arrival, Captain Rao called on Rear Admiral Nguyen Van Thang, Commander of Naval Region 4.",
    "On their arrival the commanding officers met Colonel Nguyen Van Hai of the Hai Phong Border Guard.",
])
def test_a_call_on_arrival_is_a_meeting_on_the_arrival_day(sentence):
    text = ("HAI PHONG, June 6, 2014 (X) -- Indian Naval Ships Shivalik and Ranvijay made a four-day port call at Hai "
            "Phong from 2 to 5 June.\n\n" + sentence)
    assert ("talks", "2014-06-02", "2014-06-02") in _spans(text)


def test_guard_a_call_on_an_arrival_with_its_own_day_keeps_that_day():
    text = ("HAI PHONG, June 6, 2014 (X) -- Indian Naval Ships Shivalik and Ranvijay made a port call at Hai Phong "
            "this month.\n\nOn arrival on 3 June, Rear Admiral Deshpande called on Rear Admiral Nguyen Dang Khoa, "
            "Deputy Commander of the Vietnam People's Navy.")
    assert ("talks", "2014-06-03", "2014-06-03") in _spans(text)


# a stay told by its last day, then its first ("that began April 23", "after arriving on Tuesday"): the span of both,
# a weekday being the last such day before the end
@pytest.mark.parametrize("text, span", [
    ("CAM RANH, March 13, 2025 (X) -- The U.S. Coast Guard cutter Ardent Bay wrapped up a port call at Cam Ranh on "
     "Friday, March 7, after arriving on Tuesday.", ("visit", "2025-03-04", "2025-03-07")),
    ("DA NANG, April 28, 2012 (X) -- Sailors from the U.S. Navy and the Vietnam People's Navy concluded the Naval "
     "Engagement Activity in Da Nang on Friday, April 27, following five days of exchanges that began April 23.",
     ("exercise", "2012-04-23", "2012-04-27")),
    ("DA NANG, March 12, 2020 (X) -- The U.S. frigate ended its port call at Da Nang on March 9, having arrived on "
     "March 5.", ("visit", "2020-03-05", "2020-03-09")),
    ("DA NANG, June 20, 2014 (X) -- The Indian destroyer INS Ranvir completed a goodwill visit to Da Nang on Sunday, "
     "June 15, after docking on Thursday.", ("visit", "2014-06-12", "2014-06-15")),
])
def test_a_stay_told_by_its_end_then_its_start_spans_both(text, span):
    assert span in _spans(text)


_CALL = ("DA NANG, November 25, 2011 (X) -- The Indian Coast Guard ship Samudra Prahari made a port call at Da Nang "
         "from November 21 to 24.\n\n")


# a call told as made on arrival, at the sentence's end or "on the afternoon of arrival": the arrival's day
@pytest.mark.parametrize("sentence", [
    "The ship's commanding officer, Commander Rao, called on Major General Le Thanh Son, commander of Region 2, on "
    "arrival.",
    "On the afternoon of arrival, Commander Rao paid a courtesy call on the Vice Chairman of the Da Nang People's "
    "Committee.",
    "Commander Rao met Colonel Nguyen Van Hai of the Da Nang Border Guard upon his arrival.",
])
def test_a_call_told_on_arrival_at_the_end_or_by_its_afternoon_is_on_the_arrival_day(sentence):
    assert ("talks", "2011-11-21", "2011-11-21") in _spans(_CALL + sentence)


# a happening told "on leaving harbour" or "on the final day", paragraphs after the one stay of days told: its last day
@pytest.mark.parametrize("sentence", [
    "On leaving harbour the Indian ship carried out a passage exercise with two Vietnamese patrol vessels.",
    "The two coast guards held a search-and-rescue exercise off Da Nang on the final day.",
    "On leaving the port, the ship held a joint drill with a Vietnam Coast Guard cutter.",
    "Upon leaving harbour the ship conducted a passage exercise with a Vietnamese frigate.",
])
def test_a_happening_on_leaving_or_on_the_final_day_is_on_the_stays_last_day(sentence):
    text = (_CALL + "The crew played football with Vietnamese sailors. The ship was opened to visitors. A wreath was "
            "laid at the city's war memorial.\n\n" + sentence)
    assert ("exercise", "2011-11-24", "2011-11-24") in _spans(text)


# the date right before "during the visit of ..." frames the visit too, not a date of a later clause's signing
@pytest.mark.parametrize("sentence, month", [
    ("Vietnam and the United States normalised relations in July 1995 during a visit by Secretary of State Warren "
     "Christopher to Hanoi, and signed a trade agreement in 2000.", "1995-07"),
    ("The two sides set up a strategic partnership in July 2007 during the state visit of Prime Minister Dung to "
     "India, and signed a defence memorandum in 2009.", "2007-07"),
    ("India and Vietnam raised ties to a comprehensive strategic partnership in September 2016 during the visit of "
     "Prime Minister Modi to Hanoi, and signed a vision statement in 2022.", "2016-09"),
])
def test_a_visit_in_a_during_phrase_takes_the_date_just_before_it(sentence, month):
    text = "CHENNAI, June 7, 2023 (X) -- Indian and American ships visited Da Nang.\n\n" + sentence
    assert [s[1] for s in _spans(text) if s[0] == "visit" and not s[1].startswith("2023")] == [month]


def test_guard_a_departure_exercise_still_to_come_is_not_coded():
    text = _CALL + "On departure, the ship is to conduct a passage exercise with Vietnamese naval ships."
    assert [s for s in _spans(text) if s[0] == "exercise"] == []


def test_guard_a_departure_exercise_told_again_with_its_day_next_is_one_exercise():
    text = (_CALL + "What was less usual was the passage exercise on departure. On November 25 the Indian ship and two "
            "Vietnamese vessels conducted a PASSEX off Da Nang.")
    assert [s for s in _spans(text) if s[0] == "exercise"] == [("exercise", "2011-11-25", "2011-11-25")]


def test_guard_a_visit_in_a_during_phrase_with_days_of_its_own_keeps_them():
    text = ("NEW DELHI, November 5, 2024 (X) -- Vietnam's Prime Minister Pham Minh Chinh held talks with Prime Minister "
            "Modi in New Delhi on August 1 this year, during a state visit from July 30 to August 1.")
    assert ("visit", "2024-07-30", "2024-08-01") in _spans(text)


_WEEK = ("DA NANG, June 17, 2008 (X) -- US and Vietnamese officials met here this week. US official Delaney met "
         "Vietnamese Colonel Tuan.\n\n")


# a plan told in a clause of its own after its noun (", due to begin in September", ", set to open in October") is
# still to come: its date is not the meeting's, nor is the planned thing a happening
@pytest.mark.parametrize("sentence", [
    "On Monday, Delaney and Tuan held talks in Da Nang on planning the next field activity, due to begin in September.",
    "On Monday, Delaney and Tuan held talks in Da Nang on the next field activity, scheduled to begin in September.",
    "On Monday, the two navies held talks in Hai Phong on a training programme, set to open in October.",
    "On Monday, Delaney and Tuan met in Hanoi to discuss the joint search, expected to start in March.",
])
def test_a_plan_in_a_clause_after_its_noun_neither_dates_nor_makes_a_happening(sentence):
    spans = [s for s in _spans(_WEEK + sentence) if s[1] != "2008-06-16" or s[2] != "2008-06-22"]
    assert len(spans) == 1 and spans[0][1:] == ("2008-06-16", "2008-06-16")


# a happening told by the day it concluded, then named again with its span ("The activity, running from April 7 to
# 11,"): the span
@pytest.mark.parametrize("second", [
    "The activity, running from April 7 to 11, brought a guided-missile destroyer and a salvage ship to Da Nang.",
    "The exchange, running from April 7 to 11, covered diving and damage control.",
    "The programme, lasting from April 7 to 11, included a medical exchange.",
])
def test_a_happening_named_again_running_over_its_days_spans_them(second):
    text = ("HANOI, April 14, 2014 (X) -- The United States and Vietnamese navies concluded their annual Naval "
            "Engagement Activity in Da Nang on April 11. " + second)
    assert ("exercise", "2014-04-07", "2014-04-11") in _spans(text)


# a team whose stay was to train the other side's people is a course (codebook, "Courses and expert exchanges")
@pytest.mark.parametrize("sentence", [
    "In the spring, a small US Navy team had already spent two weeks in Da Nang, from April 15 to 26, training "
    "Vietnamese naval medical staff in diving medicine.",
    "A team of Indian Navy divers spent ten days in Cam Ranh from April 3 to 12 to train Vietnamese submariners in "
    "escape drills.",
    "An Indian Army team spent three weeks in Hanoi from March 4 to 22, teaching Vietnamese peacekeepers mine "
    "clearance.",
])
def test_a_team_whose_stay_trained_the_other_side_ran_a_course(sentence):
    types = {s[0] for s in _spans("TOKYO, July 20, 2024 (X) -- Cooperation continues.\n\n" + sentence)}
    assert types == {"exercise"}


def test_guard_a_team_that_only_visited_made_a_visit():
    text = ("TOKYO, July 20, 2024 (X) -- Cooperation continues.\n\nA US Navy team visited Da Nang from April 15 to 26 "
            "and met Vietnamese officials.")
    assert {s[0] for s in _spans(text)} == {"visit"}


# a city-state's dateline names where the story was filed, not a third country the lead speaks of
@pytest.mark.parametrize("text, partner", [
    ("SINGAPORE, April 14, 2014 (Reuters) - The U.S. and Vietnamese navies held a joint exercise in Da Nang on April "
     "11.", "USA"),
    ("Singapore, 14 April 2014: The Indian and Vietnamese navies held a joint exercise in Da Nang on April 11.", "IND"),
    ("SINGAPORE, April 14, 2014 (X) -- The United States and Vietnamese navies concluded their annual Naval "
     "Engagement Activity in Da Nang on April 11.", "USA"),
])
def test_a_city_states_dateline_is_no_third_country_of_the_lead(text, partner):
    assert [(e.partner, e.type, e.date.iso_start()) for e in article(text).events] == [
        (partner, "exercise", "2014-04-11")]


def test_guard_singapore_as_a_venue_in_the_text_still_tells_a_third_country():
    text = ("HANOI, June 3, 2019 (X) -- Vietnam's defence minister met Singapore's defence minister in Singapore on "
            "June 1.")
    assert [e for e in article(text).events if e.partner in ("USA", "IND")] == []


_ICG = "CHENNAI, November 20, 2019 (X) -- An Indian Coast Guard delegation is in Vietnam.\n\n"


# Vietnam's own force drilling "with its own" forces or "with no foreign participation" is one side's own
@pytest.mark.parametrize("sentence", [
    "Earlier this month, Vietnam's coast guard held a search and rescue drill with its own fisheries surveillance "
    "forces off Phu Quoc.",
    "- Vietnam's Coast Guard held a live drill against illegal fishing off Ca Mau on Wednesday, with no foreign "
    "participation.",
    "On Thursday, the Vietnam People's Navy held a live-fire exercise off Khanh Hoa without any foreign observers.",
])
def test_vietnams_own_drill_with_its_own_forces_or_no_foreigners_is_not_coded(sentence):
    assert [s for s in _spans(_ICG + sentence) if s[0] == "exercise"] == []


def test_guard_vietnams_force_drilling_with_the_partner_is_coded():
    text = _ICG + ("Earlier this month, Vietnam's coast guard held a search and rescue drill with the Indian Coast "
                   "Guard off Phu Quoc.")
    assert ("exercise", "2019-11", "2019-11-30") in _spans(text)


# a stay "on a four-day visit to Da Nang, central Vietnam, which began on Wednesday": the N days from that day, the
# place's apposition no barrier
@pytest.mark.parametrize("sentence, span", [
    ("The Indian Coast Guard offshore patrol vessel ICGS Samar is on a four-day visit to Da Nang, central Vietnam, "
     "which began on Wednesday.", ("visit", "2018-12-05", "2018-12-08")),
    ("The Indian Coast Guard vessel ICGS Samar is on a four-day visit to Da Nang which began on Wednesday.",
     ("visit", "2018-12-05", "2018-12-08")),
    ("INS Kiltan is on a three-day port call at Cam Ranh, Khanh Hoa province, that began on Thursday.",
     ("visit", "2018-12-06", "2018-12-08")),
])
def test_a_stay_of_n_days_which_began_on_a_day_spans_them(sentence, span):
    assert span in _spans("CHENNAI, December 7, 2018 (X) -- " + sentence)


# a standing working group told as meeting is a session of the mechanism (codebook: dialogue)
@pytest.mark.parametrize("sentence, span", [
    ("The India-Vietnam Joint Working Group on defence cooperation met in Hanoi from 28 August to 30 August.",
     ("dialogue", "2019-08-28", "2019-08-30")),
    ("The Joint Working Group met in Hanoi on 28 August.", ("dialogue", "2019-08-28", "2019-08-28")),
    ("The two sides' Joint Working Group on defence industry convened in New Delhi on 28 August.",
     ("dialogue", "2019-08-28", "2019-08-28")),
])
def test_a_working_group_that_met_held_a_session(sentence, span):
    assert _spans("NEW DELHI, September 9, 2019 (X) -- India and Vietnam keep talking. " + sentence) == [span]
