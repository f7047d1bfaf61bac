"""Events from small articles: types, dates, plans that are not events, merging."""

from __future__ import annotations

import datetime as dt

from conftest import article

from ties_lib.corpus import build_corpus


def events(text: str) -> list[tuple[str, str, str, str]]:
    r = article(text)
    return sorted((e.partner, e.type, e.date.iso_start(), e.date.precision) for e in r.events)


def test_a_dated_dialogue_with_its_ordinal_modality_and_level():
    r = article(" date 2021-01-15 Deputy Defence Minister Nguyen Chi Vinh and Indian Defence Secretary Ajay Kumar "
                "co-chaired the 13th Vietnam-India defence policy dialogue, held on January 12 via videoconference.")
    (e,) = r.events
    assert (e.partner, e.type, e.date.start, e.ordinal) == ("IND", "dialogue", dt.date(2021, 1, 12), 13)
    assert (e.modality, e.location, e.level) == ("virtual", "virtual", "deputy_ministerial")
    assert set(e.participants) == {"nguyen-chi-vinh", "ajay-kumar"}


def test_plans_and_invitations_are_not_events():
    assert events(" date 2021-07-01 The Indian minister will visit Hanoi on July 20. He thanked "
                  "Vietnam for inviting him on an official visit in August. India looks forward to joint "
                  "exercises next year.") == []


def test_each_date_goes_to_its_own_trigger():
    got = events(" date 2021-01-15 They will implement the outcomes of the talks between the two Prime Ministers "
                 "of Vietnam and India on December 21, 2020, and the telephone talks between the two Defence "
                 "Ministers on November 27, 2020.")
    assert got == [("IND", "summit", "2020-12-21", "day"), ("IND", "talks", "2020-11-27", "day")]


def test_one_date_two_happenings_of_different_types():
    got = events("During Prime Minister Nguyen Tan Dung's visit to New Delhi in July 2007, Vietnam and India "
                 "raised the relationship to a Strategic Partnership.")
    assert got == [("IND", "partnership_upgrade", "2007-07", "month"), ("IND", "visit", "2007-07", "month")]


def test_a_meeting_during_a_trip_belongs_to_the_trip():
    r = article(" date 2020-11-27 Last week, US National Security Advisor Robert O'Brien met Prime Minister "
                "Nguyen Xuan Phuc during his trip to Hanoi.")
    (e,) = r.events
    assert (e.partner, e.type, e.location) == ("USA", "visit", "Hanoi")
    assert (e.date.start, e.date.end, e.date.precision) == (dt.date(2020, 11, 16), dt.date(2020, 11, 22), "week")
    assert {"robert-obrien", "nguyen-xuan-phuc"} <= set(e.participants)


def test_multilateral_summit_is_not_a_bilateral_summit():
    assert events("At the East Asia Summit in Bangkok in 2019, India's prime minister proposed an initiative "
                  "with Vietnam.") == []


def test_anniversary_dates_the_happening_it_counts_from():
    got = events(" date 2020-11-27 The US adviser's visit to Vietnam comes as the two countries mark the "
                 "25th anniversary of normalisation.")
    assert ("USA", "partnership_upgrade", "1995", "year") in got


def test_partner_follows_the_sentence_not_only_the_article():
    got = events(" date 2020-11-27 On November 27, the Indian Defence Minister met his Vietnamese counterpart "
                 "virtually.\n\nLast week, US National Security Advisor Robert O'Brien visited Hanoi.")
    assert {(p, t) for p, t, _s, _e in got} == {("IND", "talks"), ("USA", "visit")}


def test_one_event_per_happening_across_articles():
    a = article(" date 2021-07-01 The virtual summit between the Prime Ministers of India and Vietnam in "
                "December 2020 set the course.", "a")
    b = article("The high-level talks between the two Prime Ministers of India and Vietnam on December 21, 2020 "
                "were virtual.", "b")
    corpus = build_corpus([a, b])
    summits = corpus.events[corpus.events["type"] == "summit"]
    assert len(summits) == 1
    (row,) = summits.itertuples()
    assert row.article_ids == ["b", "a"] or row.article_ids == ["a", "b"]
    assert row.date_start == dt.datetime(2020, 12, 21) and row.date_precision == "day"


def test_publication_date_inferred_from_the_latest_happening():
    r = article("Vietnam and India held talks in Hanoi on March 3, 2022.")
    assert (r.article.published.iso_start(), r.article.published_basis) == ("2022-03", "inferred")


def test_year_from_the_officials_tenures():
    # Bipin Rawat was Army Chief until 2019-12-31, Rajnath Singh Defence Minister from 2019-05-30
    r = article("Vietnam's deputy minister called on Indian Army Chief General Bipin Rawat on November 25 and met "
                "India's Defence Minister Rajnath Singh.")
    # (two hosts met that day, two meetings: the call's year is the officials')
    first, *others = sorted(r.events, key=lambda e: e.sentence_refs)
    assert (first.date.start, first.date.basis) == (dt.date(2019, 11, 25), "year_inferred")
    assert [e.date.start for e in others] == [dt.date(2019, 11, 25)]


def test_a_ship_named_after_a_city_is_not_the_location():
    r = article("Two ships of the Indian Navy, INS Delhi and INS Shakti, docked at Cam Ranh on June 2, 2025.")
    (e,) = r.events
    assert (e.type, e.location) == ("visit", "Cam Ranh")


def test_a_sea_named_after_a_country_is_not_a_partner():
    r = article("In 2022, the navies of Vietnam and India held their first bilateral maritime exercise in the "
                "South China Sea.")
    (e,) = r.events
    assert (e.partner, e.type, e.date.iso_start()) == ("IND", "exercise", "2022")


def test_the_year_in_the_sentence_dates_a_month_and_day_and_an_attributive_year_looks_ahead():
    r = article(" date 2025-06-02 The visit follows the 2024 Vietnam-India joint military exercise held in "
                "Ambala from November 4 to 23.")
    (e,) = r.events
    assert (e.type, e.date.start, e.date.end) == ("exercise", dt.date(2024, 11, 4), dt.date(2024, 11, 23))


def test_two_upgrades_in_one_sentence():
    got = events("India and Vietnam established a strategic partnership in 2007 and upgraded ties to a "
                 "comprehensive strategic partnership in 2016.")
    assert got == [("IND", "partnership_upgrade", "2007", "year"), ("IND", "partnership_upgrade", "2016", "year")]


def test_an_article_without_vietnam_is_parsed_flagged_and_not_coded():
    r = article("Japan and the Philippines signed a Reciprocal Access Agreement in Manila on July 8, 2024.")
    assert r.events == () and r.agreements == () and r.actors == ()
    assert any("no mention of Vietnam" in f for f in r.article.flags)
    assert r.article.published.iso_start() == "2024-07"  # parsed all the same


def test_a_vietnamese_city_is_a_mention_of_vietnam():
    r = article("India's Coast Guard ship arrived in Ho Chi Minh City on March 3, 2023 for a port call.")
    assert [(e.partner, e.type, e.location) for e in r.events] == [("IND", "visit", "Ho Chi Minh City")]


def test_publication_is_inferred_from_happenings_not_plans():
    r = article("Minister of National Defence General Phan Van Giang received the Indian Ambassador in Hanoi on "
                "May 4, 2023. The two sides will hold the 14th defence policy dialogue in New Delhi in June.")
    assert r.article.published.iso_start() == "2023-05"


def test_a_date_in_a_since_clause_is_not_the_events_date():
    got = events(" date 2022-06-08 It was the first visit of Rajnath Singh to Vietnam since the two sides signed "
                 "a joint vision statement in December 2021.")
    # the visit itself may be dated by the article (it opens it), never by the since-clause
    assert not [d for _p, _t, d, _pr in got if d.startswith("2021")]


def test_wire_dateline_dates_the_article_not_a_happening():
    r = article("HANOI, June 8 (Reuters) - Indian Defence Minister Rajnath Singh and his Vietnamese counterpart "
                "held talks in Hanoi on Wednesday. It was the first visit since the two sides signed a joint "
                "vision statement in December 2021.")
    # no year in the dateline: the article is not older than the December 2021 it reports
    assert (r.article.published.iso_start(), r.article.published_basis) == ("2022-06-08", "inferred")
    # June 8, 2022 was a Wednesday
    assert [(e.type, e.date.start) for e in r.events] == [("talks", dt.date(2022, 6, 8))]


def test_an_office_gives_way_to_its_named_holder():
    r = article("The telephone talks between the two Defence Ministers, Rajnath Singh and Ngo Xuan Lich, were held "
                "on November 27, 2020.")
    corpus = build_corpus([r])
    (row,) = corpus.events.itertuples()
    assert row.participants == ["rajnath-singh", "ngo-xuan-lich"]


def test_a_date_before_every_trigger_dates_the_whole_clause():
    got = events(" date 2023-09-11 Vietnam and the United States on Sunday elevated their relationship to a "
                 "Comprehensive Strategic Partnership during a visit by US President Joe Biden.")
    assert got == [("USA", "partnership_upgrade", "2023-09-10", "day"), ("USA", "visit", "2023-09-10", "day")]


def test_a_plan_with_an_inferred_year_is_not_an_event():
    assert events(" date 2023-09-11 Vietnam and India will hold a joint army exercise in November.") == []
    assert events(" date 2023-09-11 The dialogue comes ahead of the Indian President's state visit to Vietnam "
                  "from November 18 to 20.") == []


def test_published_on_line_is_a_stated_date():
    r = article("India and Vietnam on Monday held the 12th round of their Defence Policy Dialogue in New Delhi.\n\n"
                "(Published on 27 August 2018)")
    assert (r.article.published.iso_start(), r.article.published_basis) == ("2018-08-27", "stated")
    (e,) = r.events
    assert (e.type, e.date.start, e.ordinal) == ("dialogue", dt.date(2018, 8, 27), 12)


def test_a_frame_shares_the_clauses_date():
    got = events(" date 2024-05-12 Three Indian Navy ships concluded a visit to Cam Ranh on Saturday after a "
                 "maritime partnership exercise with the Vietnam People's Navy.")
    assert got == [("IND", "exercise", "2024-05-11", "day"), ("IND", "visit", "2024-05-11", "day")]


def test_an_anniversary_dates_the_relationship_not_the_visit_before_it():
    got = events(" date 2022-06-08 The visit takes place as Vietnam and India celebrate the 50th anniversary of "
                 "their diplomatic ties.")
    assert got == [("IND", "partnership_upgrade", "1972", "year")]


def test_negotiations_welcome_ceremonies_and_agreement_dates_are_not_events():
    assert events(" date 2023-09-11 Sources said earlier this year that Vietnam was in talks with Washington "
                  "over the purchase of US fighter jets.") == []
    got = events(" date 2022-06-09 Vietnam's defence minister held talks with India's defence minister in Hanoi on "
                 "June 8, following an official welcome ceremony.")
    assert [t for _p, t, _d, _pr in got] == ["talks"]
    assert events(" date 2023-07-22 The handover is in line with the India-Vietnam Memorandum of Understanding on "
                  "Mutual Logistics Support signed in June 2022.") == []


def test_trigger_windows_find_what_a_full_scan_finds():
    # the word windows derived from the lexicon are a speed-up only: they must give the full scan's matches
    from conftest import ROOT

    from ties_lib.furniture import clean
    from ties_lib.text import fold
    from ties_lib.triggers import find_cues, lexicon

    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = fold(clean("x", path.read_text(encoding="utf-8")).body)
        full = sorted((m.start("t"), m.end("t"), c.type) for c in lexicon() for m in c.pattern.finditer(text))
        assert full and sorted((r.start, r.end, r.type) for r in find_cues(text)) == full


def test_a_named_gathering_is_not_a_bilateral_summit_but_a_country_pair_is():
    got = events("At the Raisina Dialogue Summit in 2019, India's prime minister met Vietnam's leaders.")
    assert "summit" not in {t for _p, t, _d, _pr in got}
    got = events("The India-Vietnam summit of December 21, 2020 was held online.")
    assert ("IND", "summit", "2020-12-21", "day") in got


def test_office_ids_are_told_from_people():
    from ties_lib.actors import is_office_id

    assert is_office_id("vnm-defence-minister") and is_office_id("jpn-ambassador")
    assert not is_office_id("ngo-xuan-lich") and not is_office_id("bui-thanh-son")


def test_an_anniversary_last_year_puts_the_article_a_year_later():
    text = ("Minister Phan Van Giang received Admiral R. Hari Kumar, Chief of the Naval Staff of the Indian Navy, "
            "in Hanoi on July 20. The two countries celebrated the 50th anniversary of diplomatic ties (1972-2022) "
            "last year.")
    r = article(text)
    assert r.article.published.start.year == 2023
    assert ("IND", "talks", "2023-07-20", "day") in events(text)
    # and the anniversary celebrated last year counts from 1972, not from 1973; "last year" dates the
    # anniversary, not an upgrade of its own
    assert [e for e in events(text) if e[1] == "partnership_upgrade"] == [("IND", "partnership_upgrade", "1972", "year")]
    # the same anniversary this year: the article is of 2022
    assert article(text.replace("last year", "this year")).article.published.start.year == 2022


def test_a_semicolon_closes_the_clause_a_date_belongs_to():
    assert events(" date 2025-11-24 India's Defence Secretary and Vietnam's Deputy Minister have met only "
                  "sporadically; their next meeting is due in December.") == []


def test_a_date_line_in_figures_gives_the_day_only_when_day_and_month_cannot_swap():
    body = "\n\nVietnam and India held their 14th defence policy dialogue in New Delhi on Thursday.\n"
    r = article("Vietnam, India hold defence dialogue talks\n25/07/2025 10:48 GMT+7" + body)
    assert (r.article.published.iso_start(), r.article.published_basis) == ("2025-07-25", "stated")
    # "08/02/2024": the 8th of February or the 2nd of August; the year is sure, the day is not guessed
    r = article("Vietnam, India hold defence dialogue talks\n08/02/2024 10:48 GMT+7" + body)
    assert (r.article.published.iso_start(), r.article.published.precision) == ("2024", "year")


def test_a_government_release_with_two_digit_years_and_ships_named_after_cities():
    text = ("Posted On: 25 JUL 2025 11:32AM by PIB Delhi\n\nIndian Naval Ships Delhi, Shakti and Kiltan of the "
            "Eastern Fleet arrived at Tien Sa Port, Da Nang, Vietnam on 24 Jul 25.")
    r = article(text)
    (e,) = r.events
    assert (e.partner, e.type, e.date.iso_start(), e.date.basis) == ("IND", "visit", "2025-07-24", "stated")
    assert e.location == "Da Nang"  # "Ships Delhi" is a ship, not New Delhi
    assert r.article.published.iso_start() == "2025-07-25"


def test_a_numbered_session_is_one_of_a_recurring_mechanism():
    text = (" date 2024-08-02 Vietnam and India held their 14th defence policy dialogue in New Delhi on August 1. "
            "Its 13th session was held online in January 2021.")
    r = article(text)
    got = {(e.type, e.date.iso_start(), e.ordinal, e.modality) for e in r.events}
    assert ("dialogue", "2021-01", 13, "virtual") in got and ("dialogue", "2024-08-01", 14, "in_person") in got
    assert events(" date 2024-08-02 The 8th session of the National Assembly ratified the India-Vietnam pact "
                  "in June 2024.") == []


def test_training_courses_port_calls_talks_opening_a_sentence_and_since_when():
    assert events(" date 2023-07-15 Last week, the Indian crew conducted a familiarisation training course at Cam "
                  "Ranh for officers of the Vietnam People's Navy.") == [("IND", "exercise", "2023-07-03", "week")]
    got = events(" date 2025-12-08 Secretary of War Pete Hegseth made an official visit to Hanoi last month. In talks "
                 "with Vietnam's Minister of National Defense General Phan Van Giang on November 2, the two sides "
                 "agreed to expand cooperation.")
    assert ("USA", "talks", "2025-11-02", "day") in got
    got = events(" date 2025-12-08 It is the first visit by U.S. Navy ships to Da Nang since June 2023, when the "
                 "carrier USS Ronald Reagan called at Da Nang.")
    assert ("USA", "visit", "2023-06", "month") in got
    # negotiating is not meeting
    assert events(" date 2023-09-11 Vietnam was in talks with Washington over the purchase of US fighter jets "
                  "on September 10.") == []


def test_a_date_in_a_that_clause_belongs_to_the_clause():
    got = events(" date 2022-06-10 On Thursday, Singh handed over 12 guard boats to Vietnam, built under the $100 "
                 "million credit line that India extended to Vietnam in 2014.")
    assert got == [("IND", "ceremony", "2022-06-09", "day")]


def _frozen_clock(day: dt.date) -> type[dt.date]:
    class FakeDate(dt.date):
        @classmethod
        def today(cls) -> dt.date:
            return day

    return FakeDate


def test_exports_are_the_same_whatever_day_the_clock_shows(monkeypatch):
    # a year-less dateline and officials whose tenures are open: the years come from the actor base's
    # checked date, never from the clock (it used to give 2025 in October 2025 and nothing a year later)
    import ties_lib.anchoring as anchoring
    from ties_lib.actors import base_checked

    text = ("HANOI, June 8 (Reuters) - U.S. Defense Secretary Pete Hegseth held talks with Vietnam's "
            "Minister of National Defence Phan Van Giang on Sunday.")
    seen = []
    for today in (dt.date(2025, 10, 1), dt.date(2031, 1, 1)):
        monkeypatch.setattr(anchoring.dt, "date", _frozen_clock(today))
        years = anchoring._tenure_years(text)
        r = article(text)
        seen.append((years, r.article.published, [(e.type, e.date) for e in r.events]))
        monkeypatch.undo()
    assert seen[0] == seen[1]
    assert seen[0][0] is not None and seen[0][0][0][-1] == base_checked().year
