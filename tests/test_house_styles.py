"""Rules found by the generalisation loop (data/unseen), each on phrasings written here, not copied."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import article, events, published

from ties_lib.anchoring import _numeric_date
from ties_lib.dates import find_dates
from ties_lib.events import find_triggers
from ties_lib.furniture import _is_dateline
from ties_lib.triggers import find_cues


def cue_types(text: str) -> list[str]:
    return [t.type for t in find_triggers(text)]


@pytest.mark.parametrize("line", ["Hanoi, September 11, 2023", "Pacific edition, Wednesday, March 15, 2000",
                                  "HO CHI MINH CITY, Nov 19, 2003", "New Delhi, 4 August 2024"])
def test_a_place_or_edition_and_a_full_date_alone_on_a_line_is_a_date_line(line):
    assert _is_dateline(line)


@pytest.mark.parametrize("line", ["Vietnam, India sign defence pact, June 8, 2022",
                                  "Singh visits Hanoi, June 8, 2022", "Hanoi, a city of lakes"])
def test_a_headline_with_a_date_is_not_a_date_line(line):
    assert not _is_dateline(line)


def test_a_statement_dated_under_its_headline_is_dated_by_that_line():
    r = article("Joint Statement on the Partnership between Viet Nam and India\n\nHanoi, September 11, 2023\n\n"
                "1. Prime Minister Narendra Modi and Prime Minister Pham Minh Chinh held talks on September 10.")
    assert r.article.published.iso_start() == "2023-09-11" and r.article.published_basis == "stated"


def test_numeric_date_lines_year_first_and_swappable_ones_read_against_the_text():
    assert _numeric_date("2024.11.20").start == dt.date(2024, 11, 20)
    assert _numeric_date("2019-03-07 08:00").start == dt.date(2019, 3, 7)
    # 10.04.2016 is October 4 or April 10: the story reports October 2, so April 10 is too early
    got = _numeric_date("Date: 10.04.2016", find_dates("The ships moored at Cam Ranh on Oct. 2 for a visit."))
    assert got.start == dt.date(2016, 10, 4) and got.precision == "day"
    # (with nothing reported, figures with full stops are read day first, as the pages that write them do:
    # April 10; figures with slashes are still not guessed)
    assert _numeric_date("Date: 10.04.2016", find_dates("No day is reported here.")).start == dt.date(2016, 4, 10)
    assert _numeric_date("Date: 10/04/2016", find_dates("No day is reported here.")).precision == "year"


@pytest.mark.parametrize(("text", "etype"), [
    ("Ties were first lifted to a strategic partnership in July 2007.", "partnership_upgrade"),
    ("The two leaders lifted their relationship to a comprehensive partnership.", "partnership_upgrade"),
    ("Obama and Sang agreed the comprehensive partnership at the White House.", "partnership_upgrade"),
    ("The countries forged a strategic partnership in 2007.", "partnership_upgrade"),
    ("Doval flew to Hanoi last Thursday.", "visit"),
    ("The admiral flew into Da Nang on Monday.", "visit"),
    ("The carrier spent five days in Da Nang.", "visit"),
    ("The cutter will spend a week at Cam Ranh.", "visit"),
    ("Biden sat down with Trong on Sunday.", "talks"),
    ("They reviewed an honour guard before sitting down for talks.", "talks"),
    ("a meeting in Washington last week between Tra and Rumsfeld", "talks"),
    ("Hegseth was received by General Secretary To Lam.", "talks"),
    ("The minister is received by the President.", "talks"),
    ("The leaders jointly launched an Army Software Park by video link.", "ceremony"),
    ("India opened a language training centre in Nha Trang.", "ceremony"),
    ("It followed Naval Engagement Activity Vietnam 2016.", "exercise"),
])
def test_more_ways_of_reporting_a_happening(text, etype):
    assert etype in cue_types(text)


def test_launching_talks_or_an_initiative_is_not_a_ceremony():
    assert "ceremony" not in cue_types("The two sides launched negotiations on a new pact.")
    assert "ceremony" not in cue_types("India launched an initiative on maritime security.")


@pytest.mark.parametrize("text", ["The visit came days after Vietnam buried its leader.",
                                  "Two days before the visit, on Friday, they signed a memorandum.",
                                  "This trip follows the minister's call in May."])
def test_a_happening_named_again_is_anaphoric(text):
    # (a signing is a meeting only with someone of each side named: read in extract, not here)
    from ties_lib.triggers import SIGNING
    assert [t.anaphoric for t in find_triggers(text) if t.cameo != SIGNING] == [True]


def test_a_visit_with_its_own_date_is_not_anaphoric():
    assert [t.anaphoric for t in find_triggers("The Indian minister's visit on June 8 was a success.")] == [False]


def test_earlier_happenings_of_a_kind_recalled_after_one_named_again():
    got = events(" date 2023-06-26 The visit is the third by a US aircraft carrier to Vietnam, after USS Carl "
                 "Vinson in March 2018 and USS Theodore Roosevelt in March 2020.")
    assert ("USA", "visit", "2018-03") in got and ("USA", "visit", "2020-03") in got


@pytest.mark.parametrize("text", ["Next dialogue will be held in India in 2026.",
                                  "The 16th dialogue, scheduled for 2026, will be in Delhi.",
                                  "A joint exercise in Hanoi is expected in December."])
def test_a_plan_named_by_its_noun_is_future(text):
    assert all(t.future for t in find_triggers(text))


def test_a_past_trigger_before_a_plan_stays_past():
    found = find_triggers("He visited Hanoi and will travel to Hue.")
    assert [t.future for t in found] == [False, True]


@pytest.mark.parametrize("text", ["a vision statement for defence ties up to 2030",
                                  "cooperation until 2030", "plans beyond 2030"])
def test_a_horizon_year_is_not_a_date(text):
    assert [e for e in find_dates(text) if e.kind == "year"] == []


def test_a_clause_after_where_shares_the_main_clauses_day():
    got = events(" date 2022-06-11 Defence Minister Rajnath Singh ended his visit to Vietnam on Friday in Nha "
                 "Trang, where he handed over a grant to the Air Force Officers Training School.")
    assert ("IND", "ceremony", "2022-06-10") in got


def test_a_date_in_a_where_or_who_clause_belongs_to_that_clause():
    got = events(" date 2025-11-03 US Defense Secretary Pete Hegseth arrived in Hanoi on November 2 for a visit to "
                 "Vietnam, flying in from Kuala Lumpur, where he had joined a meeting the previous day.")
    assert [d for _p, t, d in got if t == "visit"] == ["2025-11-02"]


@pytest.mark.parametrize(("text", "wd"), [("Cohen walked a red carpet here Monday", 0),
                                          ("the minister said Tuesday that", 1), ("Friday's talks", 4)])
def test_a_bare_weekday_is_a_date(text, wd):
    (e,) = [e for e in find_dates(text) if e.kind == "weekday"]
    assert e.n == wd


def test_a_weekday_before_a_full_date_is_part_of_it():
    assert [e.kind for e in find_dates("on Monday, March 13, 2000")] == ["date"]


@pytest.mark.parametrize("text", ["as the two countries mark 50 years of diplomatic relations",
                                  "India and Vietnam celebrate 50 years of diplomatic ties",
                                  "commemorating 50 years of diplomatic relations"])
def test_years_of_relations_count_back_from_the_article(text):
    got = events(f" date 2022-06-09 The visit comes {text} between India and Vietnam.")
    assert ("IND", "partnership_upgrade", "1972") in got


def test_new_cues_carry_their_codes():
    text = "Hegseth was received by To Lam. India gifted a patrol vessel to Vietnam."
    codes = {r.type: r.cameo for r in find_cues(text) if r.type != "none"}
    assert codes["talks"] == "043" and codes["ceremony"] == "072"


@pytest.mark.parametrize(("text", "expected"), [
    # Sept 3 was a Saturday in 2016, not in 2014 (the year of the latest fact the text dates)
    ("HANOI, Sept 3 (Reuters) - India's prime minister on Saturday offered Vietnam a credit line, two years "
     "after a first one in September 2014.", "2016-09-03"),
    # Nov 19 was a Wednesday in 2003
    ("HO CHI MINH CITY, Nov 19 (AFP) - A US warship docked here on Wednesday, two years after a trade deal "
     "signed in December 2001.", "2003-11-19"),
    # a country in brackets after the place; July 22 was a Saturday in 2023
    ("Cam Ranh [Vietnam], July 22 (ANI): India on Saturday handed over a corvette to Vietnam, a year after "
     "a visit in June 2022.", "2023-07-22"),
    ("Hai Phong (Vietnam), Jun 9 (PTI) Defence Minister Rajnath Singh on Thursday handed over boats to "
     "Vietnam, ordered in June 2021.", "2022-06-09"),
])
def test_a_year_less_dateline_takes_the_year_its_weekday_fits(text, expected):
    got = published(text)
    assert got == (expected, "inferred")


@pytest.mark.parametrize("clause", ["which ended on Tuesday", "which began on Tuesday", "which concluded on Tuesday"])
def test_a_which_clause_on_its_own_span_dates_the_happening(clause):
    got = events(f" date 2011-09-22 The memorandum was signed in Washington during the second round of the "
                 f"countries' annual defence policy dialogue, {clause}, officials of Vietnam and the United States said.")
    assert ("USA", "dialogue", "2011-09-20") in got


@pytest.mark.parametrize(("text", "etype"), [("Austin flew here yesterday evening from Singapore.", "visit"),
                                             ("The minister arrived here on Monday.", "visit"),
                                             ("VINBAX was first held in 2018.", "exercise"),
                                             ("The navies held CARAT Vietnam in Da Nang.", "exercise"),
                                             ("Obama and Sang launched the Comprehensive Partnership.",
                                              "partnership_upgrade"),
                                             ("Following his meeting in Hanoi today with Minh, he spoke.", "talks"),
                                             ("They launched a joint project in 2012 to clean up dioxin.",
                                              "ceremony")])
def test_still_more_ways_of_reporting_a_happening(text, etype):
    assert etype in cue_types(text)


def test_a_year_written_after_a_year_less_date_belongs_to_its_own_clause():
    got = events(" date 2025-05-31 The two ministers built on their February 7 phone call and noted progress "
                 "since Vietnam and the United States elevated ties in September 2023.")
    assert ("USA", "talks", "2025-02-07") in got
    got = events(" date 2024-12-01 The 2023 joint exercise between India and Vietnam was held from December 11 to 21.")
    assert ("IND", "exercise", "2023-12-11") in got  # a year written before it still counts


@pytest.mark.parametrize("lead", ["This year marks the 16th anniversary", "This year is the 16th anniversary",
                                  "Last year marked the 15th anniversary"])
def test_the_year_an_anniversary_falls_in_is_not_the_date_of_what_it_counts_from(lead):
    got = events(f" date 2011-09-21 {lead} of the normalisation of Vietnam-US relations.")
    assert [d for _p, t, d in got if t == "partnership_upgrade"] == ["1995"]


def test_meetings_with_different_people_on_one_day_are_two_happenings():
    got = events(" date 2022-06-09 Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi "
                 "on June 8. The same day, Rajnath Singh called on President Nguyen Xuan Phuc.")
    assert [t for _p, t, d in got if d == "2022-06-08"] == ["talks", "talks"]


def test_a_call_and_a_meeting_in_one_year_are_two_happenings():
    got = events(" date 2025-11-03 Earlier this year, Phan Van Giang and Pete Hegseth held phone talks. They met "
                 "again in Singapore on May 31 on the sidelines of the Shangri-La Dialogue.")
    assert ("USA", "talks", "2025") in got and ("USA", "talks", "2025-05-31") in got
    assert all(p == "USA" for p, _t, _d in got) and "dialogue" not in {t for _p, t, _d in got}


@pytest.mark.parametrize("line", ["2 min read Last Updated : Nov 10 2025 | 9:14 PM IST",
                                  "3 minute read · Updated 10 Nov 2025", "5 min read | Nov 10, 2025"])
def test_reading_time_lines_are_date_lines(line):
    assert _is_dateline(line)


def test_a_year_less_dateline_uses_the_tenures_of_the_officials_named():
    # Nguyen Chi Vinh was deputy defence minister 2009-2021 (actors.csv); Sept 21 was a Wednesday in 2011
    r = article("HANOI, Sept 21 (Reuters) - Vietnam and the United States signed a memorandum, state media said on "
                "Wednesday. Deputy Defence Minister Nguyen Chi Vinh led Vietnam's side. Ties were normalised in 1995.")
    assert r.article.published.iso_start() == "2011-09-21"


@pytest.mark.parametrize("lead", ["the two leaders adopted", "both leaders agreed on", "the two prime ministers adopted"])
def test_talks_of_two_leaders_are_a_summit(lead):
    got = events(f" date 2024-08-02 During his talks with Indian Prime Minister Narendra Modi in New Delhi on "
                 f"August 1, {lead} a plan of action with Vietnam.")
    assert ("IND", "summit", "2024-08-01") in got


@pytest.mark.parametrize("verb", ["said on Thursday", "told reporters on Thursday", "announced Thursday"])
def test_the_day_of_a_report_is_not_the_day_of_what_it_reports(verb):
    got = events(f" date 2011-09-02 The Indian ministry {verb} that INS Airavat had been on a friendly "
                 f"visit to Vietnam from July 19 to 28.")
    assert [d for _p, t, d in got if t == "visit"] == ["2011-07-19"]


@pytest.mark.parametrize("tail", ["until Monday", "till Monday", "until Monday, officials said"])
def test_until_a_day_is_where_a_span_ends_not_where_it_starts(tail):
    got = events(f" date 2025-11-04 Pete Hegseth was welcomed in Hanoi at the start of an official visit to "
                 f"Vietnam that runs {tail}.")
    assert "2025-11-03" not in [d for _p, _t, d in got]


@pytest.mark.parametrize("clause", ["wrapping up a project paid for out of a credit line India extended in 2014",
                                    "completing a project financed by a credit line of 2014",
                                    "ending a programme begun in 2014"])
def test_a_date_in_a_participle_clause_is_not_the_triggers(clause):
    got = events(f" date 2022-06-10 Rajnath Singh on Thursday formally delivered a dozen guard boats to Vietnam, "
                 f"{clause}.")
    assert [d for _p, t, d in got if t == "ceremony"] == ["2022-06-09"]


@pytest.mark.parametrize("mark", ["marking", "to mark", "celebrating"])
def test_an_anniversary_counts_from_its_clauses_own_year(mark):
    got = events(f" date 2016-10-05 The first naval engagement activity between the United States and Vietnam "
                 f"was held in August 2010, {mark} the 15th anniversary of the normalization of relations.")
    assert [d for _p, t, d in got if t == "partnership_upgrade"] == ["1995"]


@pytest.mark.parametrize("text", ["a plan of action covering 2024 to 2028", "a roadmap from 2021 through 2025",
                                  "the programme for 2016 until 2020"])
def test_a_span_of_two_years_is_a_period_not_a_date(text):
    from ties_lib.dates import find_periods

    assert [e for e in find_dates(text) if e.kind == "year"] == [] and len(find_periods(text)) == 1


@pytest.mark.parametrize("where", ["based in Yokosuka, Japan", "home-ported at Subic Bay, Philippines",
                                   "in Singapore"])
def test_a_country_named_as_a_place_does_not_change_the_partner(where):
    got = events(f" date 2003-11-20 The US frigate Vandegrift, {where}, arrived in Ho Chi Minh City, Vietnam, "
                 f"on Wednesday for a four-day port call.")
    assert got and all(p == "USA" for p, _t, _d in got)


@pytest.mark.parametrize("verb", ["ended", "concluded", "wrapped up"])
def test_a_visit_ended_on_a_day_started_n_minus_one_days_before(verb):
    r = article(f" date 2022-06-11 Indian Defence Minister Rajnath Singh {verb} his three-day visit to Vietnam on "
                f"Friday in Nha Trang.")
    (e,) = [e for e in r.events if e.type == "visit"]
    assert (e.date.start, e.date.end) == (dt.date(2022, 6, 8), dt.date(2022, 6, 10))


@pytest.mark.parametrize("lead", ["India offered Vietnam a loan to strengthen its maritime security on Thursday",
                                  "India extended credit to enhance Vietnam's capacity on Thursday",
                                  "On Thursday, to deepen ties"])
def test_a_purpose_clause_is_not_a_plan_and_a_host_and_his_guest_hold_one_summit(lead):
    got = events(f" date 2024-08-01 {lead}, as Prime Minister Narendra Modi hosted Vietnamese Prime Minister Pham "
                 f"Minh Chinh for talks at Hyderabad House.")
    assert got == [("IND", "summit", "2024-08-01")]


def test_a_dialogue_session_told_through_different_people_is_one_session():
    from ties_lib.corpus import build_corpus

    r = article(" date 2025-11-11 Defence Secretary Rajesh Kumar Singh and Senior Lieutenant General Hoang Xuan "
                 "Chien co-chaired the 15th India-Vietnam Defence Policy Dialogue in Hanoi on November 10. Later in "
                 "the day, General Phan Van Giang was briefed on the outcome of the 15th Dialogue of November 10.")
    assert list(build_corpus([r]).events["type"]).count("dialogue") == 1


def test_a_related_list_in_mid_article_ends_where_paragraphs_resume():
    from ties_lib.furniture import clean

    para = ("The ship's arrival comes three days after Prime Minister Narendra Modi and his Vietnamese counterpart "
            "Nguyen Xuan Phuc held a virtual summit on Monday, during which the two sides adopted a joint vision.")
    text = ("Indian ship reaches Ho Chi Minh City with relief\n\nThe ship arrived on Thursday with relief stores for "
            "the flood-hit central provinces of Vietnam, the Indian Navy said in a statement on Thursday evening.\n\n"
            "RELATED\nCOVID-19: India crosses 1 crore cases\nFarmers' protest enters day 29\n\n" + para + "\n\n"
            + para.replace("three days", "a few days"))
    c = clean("x", text)
    assert para in c.body and "Farmers' protest" not in c.body


def test_teasers_with_blurbs_stay_in_the_list():
    from ties_lib.furniture import clean

    blurb = ("Vietnam has exceeded its nationwide tree-planting target by nearly 44 percent, marking one of the most "
             "successful large-scale reforestation drives in the region this decade, officials said.")
    text = ("Vietnam and India advance defence ties\n\nThe two defence ministers met in Hanoi on Monday and agreed to "
            "deepen cooperation in training, shipbuilding and maritime security, officials said on Monday.\n\n"
            "Related news\nVietnam surpasses national target\n\n" + blurb + "\n\nThailand-Vietnam relations\n\n"
            + blurb)
    assert blurb not in clean("x", text).body


@pytest.mark.parametrize("line", ["MARCH 29, 2023 • STATEMENTS AND RELEASES", "June 8, 2022 · World",
                                  "23 Feb 2022 08:41PM (Updated: 23 Feb 2022 09:02PM)"])
def test_date_lines_with_labels_after_a_bullet_or_times_glued_to_pm(line):
    assert _is_dateline(line)


@pytest.mark.parametrize("line", ["Wilson Cho, Defense News 4:12 p.m. EDT May 23, 2016",
                                  "KYODO NEWS - May 25, 2018 - 20:37 | World, All",
                                  "By Jane Doe, Reuters, June 8, 2022"])
def test_a_byline_or_agency_line_with_a_date_at_the_head_dates_the_article(line):
    r = article(f"Headline about Vietnam and India ties\n\n{line}\n\nHANOI - Vietnam and India held talks on Monday in "
                f"Hanoi on maritime security, defence industry and training, officials of the two countries said.")
    assert r.article.published_basis == "stated" and r.article.published.precision == "day"


@pytest.mark.parametrize(("phrase", "expected"), [("nearly a year ago", "2023"), ("two years ago", "2022"),
                                                  ("six months ago", "2024-03")])
def test_ago_counts_back_from_the_article(phrase, expected):
    from ties_lib.dates import Anchor, resolve
    from ties_lib.records import DateValue

    now = DateValue(dt.date(2024, 9, 10), dt.date(2024, 9, 10), "day", "stated")
    (got,) = [v.iso_start() for e, v, _n in resolve(find_dates(f"the upgrade {phrase}"), Anchor(now=now))
              if e.kind == "ago"]
    assert got == expected


def test_a_different_clauses_date_is_not_what_an_anniversary_counts_from():
    got = events(" date 2020-09-23 The dialogue built on the tenth round, held in Washington in March 2019, and comes "
                 "as the United States and Vietnam mark the 25th anniversary of the establishment of diplomatic "
                 "relations.")
    assert [d for _p, t, d in got if t == "partnership_upgrade"] == ["1995"]


@pytest.mark.parametrize("verb", ["met virtually today at", "held talks today during", "met today in Hanoi for"])
def test_a_meeting_at_a_numbered_session_is_the_session(verb):
    got = events(f" date 2020-09-23 Assistant Secretary R. Clarke Cooper and Vietnamese Vice Minister Nguyen Minh Vu "
                 f"{verb} the eleventh U.S.-Vietnam Political, Security, and Defense Dialogue.")
    assert got == [("USA", "dialogue", "2020-09-23")]


@pytest.mark.parametrize(("text", "etype"), [
    ("The two countries announced a strategic partnership in July 2007.", "partnership_upgrade"),
    ("They declared a strategic partnership in 2007.", "partnership_upgrade"),
    ("the upgrade of bilateral relations to a Comprehensive Strategic Partnership", "partnership_upgrade"),
    ("An Indian team on Monday opened a two-week pre-deployment course in Hanoi.", "exercise"),
    ("The US held a training course for Vietnamese officers.", "exercise"),
    ("President Biden spoke today with General Secretary Nguyen Phu Trong.", "talks"),
    ("He spoke with his Vietnamese counterpart on Monday.", "talks"),
    ("the transfer last month to Vietnam's maritime police of a decommissioned American patrol cutter", "ceremony"),
])
def test_yet_more_ways_of_reporting_a_happening(text, etype):
    assert etype in cue_types(text)


def test_speaking_to_reporters_is_not_a_meeting():
    assert "talks" not in cue_types("The minister spoke with reporters after the ceremony.")


@pytest.mark.parametrize("lead", ["Secretary of Defense Lloyd J. Austin III hosted Vietnam's Minister of National "
                                  "Defense General Phan Van Giang at the Pentagon.",
                                  "Secretary of Defense Lloyd J. Austin III met Vietnam's Minister of National Defense "
                                  "General Phan Van Giang at the Pentagon.",
                                  "Secretary of Defense Lloyd J. Austin III welcomed Vietnam's Minister of National "
                                  "Defense General Phan Van Giang for talks at the Pentagon."])
def test_the_lead_of_a_dated_release_is_dated_by_the_release(lead):
    got = events(f" date 2023-09-12 {lead} The two leaders discussed maritime security.")
    assert ("USA", "talks", "2023-09-12") in got


@pytest.mark.parametrize(("token", "ok"), [("Nghiem", True), ("Speaking", False), ("Both", False), ("Guard", False),
                                           ("Minister", False), ("Summit", False), ("Hung", True)])
def test_what_can_be_a_word_of_a_persons_name(token, ok):
    from ties_lib.actors import _can_be_name

    assert _can_be_name(token) is ok


@pytest.mark.parametrize("text", ["Home Secretary Ajay Kumar Bhalla met Vietnam's deputy minister.",
                                  "Ajay Kumar Singh of the Indian Army met Vietnam's deputy minister.",
                                  "Narendra Modi Kumar, a businessman, met Vietnam's deputy minister."])
def test_a_known_name_that_goes_on_is_someone_elses(text):
    r = article(" date 2020-01-01 " + text)
    assert not {"ajay-kumar", "narendra-modi"} & {h.actor_id for h in r.actors}


@pytest.mark.parametrize(("text", "name"), [
    ("They signed a hydrography cooperation agreement in 2019.", "hydrography cooperation agreement"),
    ("They signed the white shipping agreement.", "white shipping agreement"),
    ("They signed a peacekeeping memorandum of understanding.", "peacekeeping memorandum of understanding"),
])
def test_a_document_named_by_its_domain(text, name):
    from ties_lib.agreements import find_agreements

    assert [a.name for a in find_agreements(text)] == [name]


@pytest.mark.parametrize(("phrase", "start", "end"), [("on May 31 last year", "2023-05-31", ""),
                                                      ("from December 11-21 last year", "2023-12-11", "2023-12-21"),
                                                      ("on March 3 this year", "2024-03-03", "")])
def test_a_day_whose_year_is_named_relatively(phrase, start, end):
    from ties_lib.dates import Anchor, resolve
    from ties_lib.records import DateValue

    now = DateValue(dt.date(2024, 11, 23), dt.date(2024, 11, 23), "day", "stated")
    text = f"The second round was held in April 2021 and the third {phrase}."
    got = [(v.iso_start(), v.iso_end()) for e, v, _n in resolve(find_dates(text), Anchor(now=now), [(0, len(text))],
                                                                  text) if e.rel]
    assert got == [(start, end)]


@pytest.mark.parametrize("lead", ["Thirty-five years after the last helicopters left Saigon,",
                                  "Fifty years after the war ended,", "Twenty years since the last visit,"])
def test_a_count_dates_only_a_relationship(lead):
    got = events(f" date 2010-08-11 {lead} a US destroyer docked at Da Nang in Vietnam on Tuesday and sailors met "
                 f"Vietnamese officers.")
    assert all(d.startswith("2010") for _p, _t, d in got)


@pytest.mark.parametrize(("line", "expected"), [("BY JORDAN PIERCE - 08/08/17 05:41 PM EDT", "2017-08-08"),
                                                ("December, 25/2020 - 08:41", "2020-12-25"),
                                                ("Dated: 21-05-2018", "2018-05-21")])
def test_more_date_lines_in_figures(line, expected):
    assert _numeric_date(line).iso_start() == expected


@pytest.mark.parametrize("tail", ["that began on Wednesday and ends on Friday",
                                  "which opened on Wednesday and closed on Friday",
                                  "that started on Wednesday and concluded on Friday"])
def test_the_day_a_span_ends_is_not_its_start(tail):
    got = events(f" date 2015-09-11 India's Air Chief Marshal Arup Raha is on a three-day official visit to Vietnam "
                 f"{tail}.")
    assert [d for _p, t, d in got if t == "visit"] == ["2015-09-09"]


@pytest.mark.parametrize("clause", ["since taking the Pentagon's top job in July", "since he took office in July",
                                    "since his appointment in July"])
def test_a_date_inside_a_since_clause(clause):
    got = events(f" date 2019-11-21 Esper, making his first trip to Vietnam {clause}, held talks with Defense "
                 f"Minister Ngo Xuan Lich.")
    assert "2019-07" not in [d for _p, _t, d in got]


@pytest.mark.parametrize(("text", "etype"), [("Giang phoned him on February 7.", "talks"),
                                             ("Ambassador Osius turned over six patrol boats.", "ceremony"),
                                             ("The destroyer moored at Tien Sa port.", "visit"),
                                             ("INS Kirpan was transferred to the Vietnam People's Navy.", "ceremony")])
def test_phoning_turning_over_mooring_and_handing_to_vietnam(text, etype):
    assert etype in cue_types(text)


@pytest.mark.parametrize("text", ["The ship was met by Vietnamese officers on the pier.",
                                  "They asked that existing dialogue mechanisms be kept.",
                                  "The minister was met by the ambassador at the airport."])
def test_greetings_and_mechanisms_are_not_meetings_or_sessions(text):
    assert not {"talks", "dialogue"} & set(cue_types(text))


@pytest.mark.parametrize(("gap", "expected"), [("Three days earlier", "2017-05-05"), ("Two days later", "2017-05-10"),
                                               ("Five days earlier", "2017-05-03")])
def test_days_earlier_or_later_than_the_last_date(gap, expected):
    from ties_lib.dates import Anchor, resolve

    text = f"The cutter was handed over on May 8, 2017. {gap} a patrol boat was delivered."
    got = [v.iso_start() for e, v, _n in resolve(find_dates(text), Anchor()) if e.kind == "later"]
    assert got == [expected]


@pytest.mark.parametrize("doc", ["a memorandum of understanding on defence cooperation",
                                 "an agreement on training", "a protocol on hydrography"])
def test_a_document_that_followed_in_a_month_has_that_date(doc):
    got = events(f" date 2010-11-09 Prime Minister Nguyen Tan Dung's visit to New Delhi in July 2007 raised ties with "
                 f"India to a strategic partnership, and {doc} followed in November 2009.")
    assert [d for _p, t, d in got if t == "partnership_upgrade"] == ["2007-07"]


def test_a_date_in_a_who_clause_before_the_trigger_is_the_clauses():
    got = events(" date 2016-05-24 Vietnamese President Tran Dai Quang, who was elected only last month, said the "
                 "United States and Vietnam had normalized their ties.")
    assert "2016-04" not in [d for _p, _t, d in got]


@pytest.mark.parametrize("verb", ["wrapping up", "concluding", "ending"])
def test_a_visit_wrapped_up_on_a_day(verb):
    r = article(f" date 2018-05-26 Three Indian navy ships left Da Nang in Vietnam on Friday, {verb} a five-day visit.")
    (e,) = [e for e in r.events if e.type == "visit"]
    assert (e.date.start, e.date.end) == (dt.date(2018, 5, 21), dt.date(2018, 5, 25))


def test_a_trigger_keeps_its_own_date_over_one_written_before_it():
    got = events(" date 2024-08-17 Friday's meeting followed Prime Minister Pham Minh Chinh's three-day state visit to "
                 "India from July 30 to August 1.")
    assert [d for _p, t, d in got if t == "visit"] == ["2024-07-30"]


def _people(text: str) -> dict[str, str]:
    r = article(" date 2018-08-21 " + text)
    return {h.name: h.country for h in r.actors if h.kind == "person"}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("India's Lt Gen Nav K Khanduri attended the closing of the exercise with Vietnam.", "Nav K Khanduri", "IND"),
    ("The Indian Navy's Rear Adm. Dinesh K. Tripathi led the ships to Vietnam.", "Dinesh K. Tripathi", "IND"),
    ("U.S. Army Pacific commander Gen. Robert B. Brown met Vietnam's defence minister.", "Robert B. Brown", "USA"),
])
def test_an_officer_introduced_by_rank_after_their_country(text, name, country):
    assert _people(text).get(name) == country


@pytest.mark.parametrize(("text", "name"), [
    ("Indian Western Army commander Lieutenant General K J Singh held talks in Hanoi with Vietnam's minister.",
     "K J Singh"),
    ("Defence Minister A.K. Antony held talks in Hanoi with Vietnam's minister.", "A. K. Antony"),  # the base's
    ("Indian Army chief General N.S. Raja Subramani visited Vietnam.", "N.S. Raja Subramani"),
])
def test_names_with_initials(text, name):
    assert name in _people(text)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The US delegation to Vietnam was led by Rear Admiral Cindy Thebaud, commander of Logistics Group Western "
     "Pacific.", "Cindy Thebaud", "USA"),
    ("Ships from India were welcomed in Vietnam by Colonel Nguyen Huu Tuan, deputy commander of the naval zone.",
     "Nguyen Huu Tuan", "VNM"),
    ("The Indian team in Vietnam was led by Colonel Pratik Sharma, head of the training team.", "Pratik Sharma", "IND"),
])
def test_a_ranked_officer_whose_role_names_no_country(text, name, country):
    assert _people(text).get(name) == country


@pytest.mark.parametrize("text", ["Defense Secretary William Cohen's visit to Vietnam.",
                                  "Defense Secretary Lloyd Austin met Vietnam's minister.",
                                  "Defense Secretary Jim Mattis met Vietnam's minister."])
def test_defense_secretary_in_american_usage_is_the_us_secretary(text):
    r = article(" date 2019-01-01 " + text)
    assert [h.country for h in r.actors if h.kind == "person"] == ["USA"]
    assert not any(h.name.endswith("'s") for h in r.actors)


@pytest.mark.parametrize(("text", "name"), [
    ("They signed a memorandum on the search for missing soldiers.", "memorandum on the search for missing soldiers"),
    ("India offered a US$300 million credit line for maritime security.",
     "US$300 million credit line for maritime security"),
    ("India offered a $300 million concessional loan for maritime security.",
     "$300 million concessional loan for maritime security"),
    ("They signed an implementing arrangement to share hydrographic data.",
     "implementing arrangement to share hydrographic data"),
    ("They signed a document on cyber security.", "document on cyber security"),
    ("They adopted a plan of action on defence cooperation agreed in 2018.", "plan of action on defence cooperation"),
])
def test_more_documents_named_in_lower_case(text, name):
    from ties_lib.agreements import find_agreements

    assert [a.name for a in find_agreements(text)] == [name]


@pytest.mark.parametrize("text", ["India extended a credit line to Vietnam's Border Guard.",
                                  "The documents were many.", "The two sides agreed on a roadmap for the next stage."])
def test_not_documents(text):
    from ties_lib.agreements import find_agreements

    assert find_agreements(text) == []


@pytest.mark.parametrize("text", ["India and Vietnam became strategic partners in 2007.",
                                  "The two countries became comprehensive strategic partners in 2016.",
                                  "Hanoi and New Delhi become strategic partners in 2007, officials recalled."])
def test_becoming_partners_is_an_upgrade(text):
    assert "partnership_upgrade" in cue_types(text)


def test_that_month_is_the_month_of_the_year_just_told():
    got = events(" date 2011-09-01 Defence Minister A. K. Antony visited Vietnam in 2010 and held talks with his "
                 "Vietnamese counterpart in Hanoi that October.")
    assert ("IND", "talks", "2010-10") in got


@pytest.mark.parametrize("purpose", ["to mark", "to celebrate", "to commemorate"])
def test_a_happening_held_to_mark_an_anniversary_gives_its_year(purpose):
    got = events(f" date 2014-04-08 The exchange was launched in August 2010 when a US destroyer called at Da Nang "
                 f"{purpose} the 15th anniversary of diplomatic ties between the United States and Vietnam.")
    assert [d for _p, t, d in got if t == "partnership_upgrade"] == ["1995"]


@pytest.mark.parametrize("text", ["a US$100 million line of credit", "US$ 500 million", "worth US$1 billion"])
def test_a_dollar_amount_is_not_the_united_states(text):
    from ties_lib.actors import find_countries

    assert find_countries(text) == []


@pytest.mark.parametrize("header", [" date 2022-02-30", " date 0000-00-00", " date 2022-13-01"])
def test_a_date_header_that_names_no_day_is_flagged_and_the_article_kept(header):
    r = article(f"{header} Defence Minister Rajnath Singh visited Vietnam on June 8, 2022 and held talks in Hanoi.")
    assert any(f.startswith("bad date header") for f in r.article.flags)
    assert [(e.type, e.date.iso_start()) for e in r.events] == [("visit", "2022-06-08")]


def test_a_date_line_below_prose_is_text_not_a_header():
    lead = ("Rajnath Singh visited Hanoi on June 8, 2022, and held talks with his Vietnamese counterpart General "
            "Phan Van Giang on defence cooperation, training and shipbuilding, officials of both sides said.")
    r = article(f"Singh holds talks in Hanoi on defence\n{lead}\n date 2022-06-09 the two sides signed a statement.")
    assert lead in r.article.body and r.article.published_basis != "stated"


@pytest.mark.parametrize("text", ["India financed new docks in Cam Ranh for Vietnam in 2019.",
                                  "Indian firms bought land in Vietnam's Binh Duong province in March 2021.",
                                  "The docks in Hai Phong were rebuilt in 2019 with Indian money for Vietnam."])
def test_docks_and_land_are_not_visits(text):
    assert "visit" not in cue_types(text)


def test_the_only_line_of_a_text_is_its_body():
    r = article("Vietnam and India held talks in Hanoi on March 3, 2021 about maritime security cooperation")
    assert r.article.body and r.events


def test_cue_offsets_survive_letters_that_lowercase_longer():
    text = "\u0130" * 40 + " The minister visited Hanoi."
    (got,) = [r for r in find_cues(text) if r.type == "visit"]
    assert text[got.start:got.end] == "visited"


@pytest.mark.parametrize("spaces", [1, 60, 150])
def test_runs_of_white_space_between_cue_words(spaces):
    assert "talks" in cue_types("He held a meeting" + " " * spaces + "with his counterpart.")


@pytest.mark.parametrize(("line", "lead", "expected"), [
    ("Tuesday, March 7", "USAID and Vietnam's defence ministry signed a contract in 2019 on Bien Hoa", "2023-03-07"),
    ("IMMEDIATE RELEASE   Monday, May 23", "President Obama met President Tran Dai Quang in Hanoi", "2016-05-23"),
    ("NEWS | Tuesday, March 7", "The Vietnamese and US officials marked progress made since 2019 on dioxin",
     "2023-03-07"),
])
def test_a_date_line_without_a_year_takes_the_year_its_weekday_fits(line, lead, expected):
    r = article(f"Officials mark progress on the Bien Hoa clean-up\n\n{line}\n\n{lead}, officials of the two "
                f"countries said in a statement on the work done since then.")
    assert r.article.published.iso_start() == expected


@pytest.mark.parametrize("text", ["Thursday, July 01 - 20:47", "July 01 - 20:47 IST", "June 9 - 10:30 GMT+7"])
def test_a_time_after_a_dash_is_not_the_end_of_a_range(text):
    assert [e.kind for e in find_dates(text) if e.kind == "range"] == []


@pytest.mark.parametrize("noun", ["the celebration in 2017", "the commemoration in 2017", "celebrations in 2017"])
def test_the_year_of_a_celebration_of_an_anniversary(noun):
    got = events(f" date 2018-03-03 The two sides welcomed {noun} of the 45th anniversary of diplomatic relations "
                 f"between India and Vietnam.")
    assert [d for _p, t, d in got if t == "partnership_upgrade"] == ["1972"]
    assert not [d for _p, t, d in got if d == "2017"]


@pytest.mark.parametrize(("text", "etype"), [
    ("Pacific Partnership 2022 ran in Phu Yen province of Vietnam from June 19.", "exercise"),
    ("Cleaned land at the airbase was handed back to Vietnam's defence ministry on March 7.", "ceremony"),
    ("The US handed back artefacts to Vietnam on Monday.", "ceremony"),
])
def test_named_missions_and_handing_back(text, etype):
    assert etype in cue_types(text)


@pytest.mark.parametrize("text", ["General Tan chaired a rehearsal of the opening ceremony on Friday.",
                                  "Troops held rehearsals of the closing ceremony.",
                                  "a rehearsal of the flag-raising ceremony"])
def test_a_rehearsal_of_a_ceremony_is_not_a_ceremony(text):
    assert "ceremony" not in cue_types(text)


def test_a_mark_across_initials():
    got = events(" date 2014-04-08 The exchange was launched in August 2010 when the USS John S. McCain called at "
                 "Da Nang in Vietnam to mark the 15th anniversary of diplomatic ties with the United States.")
    assert [d for _p, t, d in got if t == "partnership_upgrade"] == ["1995"]


def test_dates_in_figures_read_in_the_order_the_article_uses():
    text = "The third round was held in Hanoi on 5/12, after the second in New Delhi on 13/9/2022."
    got = [(e.kind, e.month, e.day, e.year) for e in find_dates(text)]
    assert got == [("month_day", 12, 5, None), ("date", 9, 13, 2022)]


@pytest.mark.parametrize("text", ["The centre works 24/7 and covers 3/4 of the coast.",
                                  "It was held on 5/12 and on 6/11.",  # no figure tells the order
                                  "Scores were 2/3 and 4/5."])
def test_figures_whose_order_nothing_tells_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(("phrase", "offset"), [("this morning", 0), ("yesterday evening", -1), ("tonight", 0)])
def test_parts_of_a_day(phrase, offset):
    from ties_lib.dates import Anchor, resolve
    from ties_lib.records import DateValue

    now = DateValue(dt.date(2019, 11, 25), dt.date(2019, 11, 25), "day", "stated")
    (got,) = [v.start for e, v, _n in resolve(find_dates(f"He arrived {phrase}."), Anchor(now=now))]
    assert got == dt.date(2019, 11, 25) + dt.timedelta(days=offset)


def test_only_dates_written_before_a_trigger_give_it_the_nearest():
    got = events(" date 2025-08-01 In April 2021 Washington handed Vietnam's coast guard a training centre, and in "
                 "July last year the US cutter Waesche called at Cam Ranh.")
    assert [d for _p, t, d in got if t == "visit"] == ["2024-07"]


@pytest.mark.parametrize("text", ["The crew had a fortnight to learn the ship before the handover.",
                                  "Vietnam's navy trained for weeks after the visit.",
                                  "Nothing was signed during the dialogue; officials said so."])
def test_a_happening_named_again_at_the_end_of_a_clause(text):
    assert find_triggers(text)[-1].anaphoric


@pytest.mark.parametrize(("text", "etype"), [("Quang Ngai province hosted Pacific Angel in March 2015.", "exercise"),
                                             ("Washington handed the coast guard a training centre.", "ceremony"),
                                             ("The US handed Vietnam two patrol boats.", "ceremony")])
def test_hosting_an_exercise_and_handing_a_facility(text, etype):
    types = cue_types(text)
    assert etype in types and "talks" not in types


@pytest.mark.parametrize(("text", "name"), [
    ("USAID Administrator Samantha Power handed over land to Vietnam.", "Samantha Power"),
    ("U.S. Charge d'Affaires Courtney Beale welcomed the Vietnamese cutter.", "Courtney Beale"),
    ("U.S. Consul General Susan Burns attended the ceremony in Vietnam.", "Susan Burns"),
])
def test_diplomatic_titles_introduce_officials(text, name):
    assert name in _people(text)


def test_a_bare_initial_is_never_the_end_of_a_word():
    assert not [n for n in _people("USAID Administrator Samantha Power visited Vietnam.") if n.startswith("D ")]


@pytest.mark.parametrize(("text", "name"), [("Fernandes signed a defence protocol in Hanoi in 2000.", "defence protocol"),
                                            ("They signed a hydrography agreement.", "hydrography agreement"),
                                            ("The two navies signed a peacekeeping memorandum.",
                                             "peacekeeping memorandum")])
def test_a_two_word_document_named_by_its_topic(text, name):
    from ties_lib.agreements import find_agreements

    assert [a.name for a in find_agreements(text)] == [name]


@pytest.mark.parametrize("text", ["They signed an agreement.", "The memorandum was signed.", "Both agreements stand."])
def test_a_bare_document_noun_is_no_name(text):
    from ties_lib.agreements import find_agreements

    assert find_agreements(text) == []


@pytest.mark.parametrize("text", [
    "DA NANG, Vietnam -- U.S. Defense Secretary Lloyd Austin met Vietnamese Defence Minister Phan Van Giang "
    "on June 8, 2022.",
    "NEW DELHI, June 8 (PTI) - Indian Defence Minister Rajnath Singh held talks with Vietnamese counterpart "
    "Phan Van Giang on June 8, 2022.",
    "Hanoi (VNA) - Vietnamese Defence Minister Phan Van Giang met Indian Defence Minister Rajnath Singh "
    "on June 8, 2022.",
])
def test_the_dateline_city_is_where_the_story_was_filed_not_where_the_meeting_was(text):
    r = article(text)
    assert [e.location for e in r.events] == [""]


def test_a_city_named_in_the_sentence_is_still_the_location_under_a_dateline():
    r = article("HANOI, June 8 (Reuters) - Indian Defence Minister Rajnath Singh met Vietnam's Defence Minister "
                "Phan Van Giang in New Delhi on June 8, 2022.")
    assert [e.location for e in r.events] == ["New Delhi"]


@pytest.mark.parametrize("text,partner,year", [
    ("date 2022-06-09\n\nThe visit marks the 50th anniversary of Vietnam-India diplomatic relations.", "IND", "1972"),
    ("date 2025-05-09\n\nThe talks open the 30th anniversary of US-Vietnam diplomatic ties.", "USA", "1995"),
    ("date 2022-03-01\n\nThe year 2022 marks the 50th anniversary of India and Vietnam's diplomatic relations.",
     "IND", "1972"),
])
def test_an_anniversary_of_a_named_pairs_diplomatic_relations_counts_back_to_their_start(text, partner, year):
    assert events(text) == [(partner, "partnership_upgrade", year)]


@pytest.mark.parametrize("text,start", [
    ("relations (July 12, 1995 - 2025).", "July 12, 1995"),
    ("ties (January 7, 1972 – 2022).", "January 7, 1972"),
    ("from 7 January 1972 to 2022 the two", "7 January 1972"),
])
def test_a_period_after_a_day_and_month_leaves_its_first_year_to_that_date(text, start):
    found = [(e.kind, text[e.start:e.end]) for e in find_dates(text)]
    assert found == [("date", start)]


def test_a_period_of_two_bare_years_is_still_no_date():
    assert find_dates("the anniversary of ties (1972-2022).") == []


@pytest.mark.parametrize("text,partner,day", [
    ("date 2024-08-31\n\nThe event is part of activities towards the 30th anniversary of the establishment of "
     "Viet Nam - US diplomatic relations (July 12, 1995 - 2025).", "USA", "1995-07-12"),
    ("date 2021-12-01\n\nThe seminar opened celebrations of the 50th anniversary of the establishment of "
     "India-Vietnam diplomatic relations (January 7, 1972 – 2022).", "IND", "1972-01-07"),
    ("date 2015-07-01\n\nThe Vietnamese and US navies prepared for the 20th anniversary of Vietnam-US "
     "diplomatic relations (12 July 1995 - 2015).", "USA", "1995-07-12"),
])
def test_an_anniversary_whose_start_is_written_out_takes_that_date_not_the_count(text, partner, day):
    assert events(text) == [(partner, "partnership_upgrade", day)]


@pytest.mark.parametrize("text,month", [
    ("date 2017-08-09\n\nPresident Obama lifted the U.S. arms ban on Vietnam during a visit to Hanoi in May of "
     "last year.", "2016-05"),
    ("date 2019-11-20\n\nIndian Defence Minister Rajnath Singh visited Vietnam in June of last year.", "2018-06"),
    ("date 2014-06-10\n\nVietnam's Defence Minister Phung Quang Thanh visited India in February of last year.",
     "2013-02"),
])
def test_a_month_of_last_or_this_year_is_that_month(text, month):
    assert [d for _p, _t, d in events(text)] == [month]


@pytest.mark.parametrize("text,partner,day", [
    ("date 2018-03-05\n\nPresident Tran Dai Quang came to India on Friday with a large delegation.",
     "IND", "2018-03-02"),
    ("date 2018-01-30\n\nU.S. Defense Secretary Jim Mattis went to Hanoi on Wednesday for talks with General "
     "Ngo Xuan Lich.", "USA", "2018-01-24"),
    ("date 2015-05-26\n\nVietnamese Prime Minister Nguyen Tan Dung came to India last October, and the credit "
     "line was reaffirmed.", "IND", "2014-10"),
])
def test_coming_or_going_to_a_named_place_is_a_visit(text, partner, day):
    assert (partner, "visit", day) in events(text)


@pytest.mark.parametrize("text", [
    "date 2018-03-05\n\nThe Communist Party of Vietnam came to power in 1945, and India was an early friend.",
    "date 2022-06-12\n\nLater in the day Mr. Singh went to the Telecommunications University in Hanoi.",
    "date 2022-06-12\n\nVietnam and India came to an understanding on training in 2019.",
])
def test_coming_to_power_or_going_to_a_stop_of_a_visit_is_no_visit(text):
    assert "visit" not in [t for _p, t, _d in events(text)]


@pytest.mark.parametrize("line", [
    "Nikhil Rao | New Delhi May 25, 2015 Last Updated at 23:48 IST",
    "Anna Tran Thi Mai | Hanoi June 8, 2022 Last Updated at 10:05 ICT",
    "Staff Reporter | Chennai October 4, 2018 Last Updated at 09:10 IST",
])
def test_a_byline_with_place_date_and_update_time_states_the_publication_day(line):
    r = article(f"India and Vietnam sign a pact\n\n{line}\n\nIndia and Vietnam on Monday signed a pact on "
                "training after talks between Defence Minister Rajnath Singh and General Phan Van Giang in "
                "New Delhi, officials said.")
    assert r.article.published_basis == "stated"
    assert r.article.published.precision == "day"


@pytest.mark.parametrize("text", [
    "date 2024-08-02\n\nThe two prime ministers held talks in New Delhi on Thursday on defence and trade between "
    "India and Vietnam.",
    "date 2023-09-11\n\nBoth presidents held talks in Hanoi on Sunday, Vietnam and the United States said.",
    "date 2020-12-22\n\nThe two heads of government held talks by video link on Monday, India and Vietnam said.",
])
def test_talks_of_two_heads_named_by_office_only_are_a_summit(text):
    assert [t for _p, t, _d in events(text)] == ["summit"]


def test_two_leaders_may_be_two_ministers_so_their_talks_stay_talks():
    text = ("date 2025-06-01\n\nU.S. Defense Secretary Pete Hegseth met Vietnam's Defense Minister Phan Van Giang "
            "on Saturday. The two leaders held talks on February 7 by phone.")
    assert ("USA", "summit", "2025-02-07") not in events(text)


@pytest.mark.parametrize("text,month", [
    ("date 2024-08-02\n\nRajnath Singh visited Hanoi in June 2022, and last year the Indian Navy handed over the "
     "corvette Kirpan to the Vietnam People's Navy in July.", "2023-07"),
    ("date 2019-03-10\n\nThe first VINBAX was held in 2018, and this year Vietnam's army chief visited India in "
     "February, officials said.", "2019-02"),
    ("date 2021-05-01\n\nThe Navy sent two ships to Cam Ranh in 2019, and last year a Vietnamese Coast Guard ship "
     "visited India in November.", "2020-11"),
])
def test_a_bare_month_after_last_or_this_year_takes_that_year_not_an_earlier_stated_one(text, month):
    assert month in [d for _p, _t, d in events(text)]


@pytest.mark.parametrize("text,month", [
    ("Vietnamese Defence Minister Phan Van Giang was in India from July 30 to August 1, 2024 and met Indian "
     "Defence Minister Rajnath Singh.", "2024-08"),
    ("Indian Navy ships called at Cam Ranh from May 28 to June 2, 2023, and held drills with the Vietnam "
     "People's Navy.", "2023-06"),
    ("The exercise between India and Vietnam ran from November 28 to December 3, 2025.", "2025-12"),
])
def test_an_undated_page_is_from_after_the_last_day_of_its_latest_range(text, month):
    got = published(text)
    assert got == (month, "inferred")


@pytest.mark.parametrize("heading,day", [
    ("Transcript of Weekly Media Briefing by the Official Spokesperson (August 02, 2024)", "2024-08-02"),
    ("Press Release: Visit of the Chief of Naval Staff to Vietnam (5 July 2023)", "2023-07-05"),
    ("Statement by the Ministry of Defence on the Vietnam visit (June 8, 2022)", "2022-06-08"),
])
def test_a_heading_that_ends_with_a_full_date_states_the_publication_day(heading, day):
    got = published(f"Ministry of Defence\n\n{heading}\n\nIndian Defence Minister Rajnath Singh met Vietnamese "
                "Defence Minister Phan Van Giang yesterday and discussed training, officials of India said today.")
    assert got == (day, "stated")


@pytest.mark.parametrize("text,expected", [
    ("date 2023-09-08\n\n* July 1995 - President Bill Clinton announces the normalisation of relations with "
     "Vietnam, two decades after the war ended in 1975.", ("USA", "partnership_upgrade", "1995-07")),
    ("date 2023-09-08\n\n- May 2016: Obama visits Hanoi, 41 years after the last US troops left in 1975.",
     ("USA", "visit", "2016-05")),
    ("date 2024-08-02\n\n• June 2022 – Rajnath Singh visits Vietnam, seven years after the vision statement "
     "of 2015.", ("IND", "visit", "2022-06")),
])
def test_a_timeline_entry_is_dated_by_the_date_that_opens_it(text, expected):
    assert events(text) == [expected]


@pytest.mark.parametrize("text,year", [
    ("date 2023-09-08\n\n* March 2020 - USS Theodore Roosevelt visits Danang to mark 25 years of US-Vietnam "
     "diplomatic ties.", "1995"),
    ("date 2024-01-08\n\nIn June 2022 Rajnath Singh visited Hanoi to celebrate 50 years of India-Vietnam "
     "diplomatic relations.", "1972"),
    ("date 2025-09-08\n\nThe Ronald Reagan called at Da Nang in June 2023, marking 28 years of Vietnam-US "
     "diplomatic relations.", "1995"),
])
def test_years_of_a_pairs_ties_marked_in_a_dated_clause_count_from_that_clause(text, year):
    assert [d for _p, t, d in events(text) if t == "partnership_upgrade"] == [year]


@pytest.mark.parametrize("text", [
    "date 2025-11-10\n\nThe India-Vietnam Bilateral Exercise on UN Peacekeeping (VINBAX 2025) is scheduled to "
    "open tomorrow in Hanoi.",
    "date 2014-04-01\n\nThe US-Vietnam Naval Engagement Activity (NEA 2014) is due to open on Monday in Da Nang.",
    "date 2018-09-01\n\nThe US Air Force's humanitarian mission in Vietnam (Pacific Angel 18-2) is slated to start "
    "in Quang Nam on Sept. 12.",
])
def test_a_named_edition_that_is_scheduled_or_due_is_a_plan_not_an_event(text):
    assert events(text) == []


@pytest.mark.parametrize("text,expected", [
    ("date 2024-08-02\n\nYesterday, the two Prime Ministers of India and Vietnam held talks at Hyderabad House. "
     "They adopted a 2024-2028 plan. On the same day as the talks, the 14th India-Vietnam Defence Policy Dialogue "
     "took place in New Delhi.", [("IND", "dialogue", "2024-08-01"), ("IND", "summit", "2024-08-01")]),
    ("date 2023-09-12\n\nBiden and Trong held a summit in Hanoi on Sunday, Vietnam and the US said. The day after "
     "the summit, Biden met Prime Minister Pham Minh Chinh.", [("USA", "summit", "2023-09-10"),
                                                               ("USA", "talks", "2023-09-11")]),
    ("date 2022-06-10\n\nRajnath Singh began a visit to Vietnam on June 8, 2022. The day after the visit began, "
     "he held talks with General Phan Van Giang in Hanoi.", [("IND", "talks", "2022-06-09"),
                                                           ("IND", "visit", "2022-06-08")]),
])
def test_a_happening_named_to_date_another_is_not_told_again(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text,partner,day", [
    ("date 2025-01-22\n\nGeneral Phan Van Giang led a delegation to India from November 24 to 28, 2019.",
     "IND", "2019-11-24"),
    ("date 2019-05-02\n\nVietnamese Deputy Defence Minister Nguyen Chi Vinh led a high-level military delegation "
     "to the United States on Monday.", "USA", "2019-04-29"),
    ("date 2016-03-10\n\nIndian Navy chief Admiral R.K. Dhowan leads a naval delegation to Vietnam from March 8.",
     "IND", "2016-03-08"),
])
def test_leading_a_delegation_to_a_country_is_a_visit(text, partner, day):
    assert (partner, "visit", day) in events(text)


@pytest.mark.parametrize("text,day", [
    ("date 2025-01-22\n\nShe recalled the video-conference between Rajnath Singh and General Ngo Xuan Lich on "
     "November 27, 2020.", "2020-11-27"),
    ("date 2021-05-02\n\nGeneral Phan Van Giang held a videoconference with Indian Defence Minister Rajnath Singh "
     "on Friday.", "2021-04-30"),
    ("date 2021-05-02\n\nA teleconference between Rajnath Singh and his Vietnamese counterpart Phan Van Giang "
     "took place on Friday.", "2021-04-30"),
])
def test_a_video_conference_between_or_with_officials_is_talks(text, day):
    assert events(text) == [("IND", "talks", day)]


@pytest.mark.parametrize(("text", "expected"), [
    # Sept 8 was a Friday in 2023; the Sunday is Biden's arrival, still to come (Sept 8 2024 was a Sunday)
    ("HANOI, Sept 8 (Reuters) - U.S. President Joe Biden is expected to arrive Sunday in Hanoi, three months "
     "after a carrier visited Danang in June 2023.", "2023-09-08"),
    # the first June 5 after the dated fact; the Thursday is the minister's talks to come (June 5 2025 was one)
    ("NEW DELHI, June 5 (PTI) - Vietnam's defence minister will hold talks with Rajnath Singh on Thursday, "
     "after the Indian minister's visit to Hanoi in June 2022.", "2022-06-05"),
    # March 2 was a Thursday in 2023; the Saturday is the ship's arrival (March 2 2024 was a Saturday)
    ("DA NANG, March 2 (AFP) - A U.S. aircraft carrier is due to dock in Danang on Saturday, three years after "
     "a visit in March 2020.", "2023-03-02"),
])
def test_a_weekday_still_to_come_does_not_date_a_year_less_dateline(text, expected):
    got = published(text)
    assert got == (expected, "inferred")


@pytest.mark.parametrize(("line", "lead", "expected"), [
    # Sept 11 2023 was a Monday (the day after the Sunday), Nov 9 2023 a Thursday
    ("09/11/2023", "Joe Biden on Sunday became the fifth US president to visit Vietnam.", "2023-09-11"),
    # June 8 2022 was a Wednesday, Aug 6 2022 a Saturday
    ("08/06/2022", "Indian Defence Minister Rajnath Singh on Wednesday held talks in Hanoi.", "2022-06-08"),
    # March 5 2018 was a Monday (the day after the Sunday), May 3 2018 a Thursday
    ("05/03/2018", "The USS Carl Vinson arrived in Da Nang on Sunday, Vietnam's first carrier visit since the war.",
     "2018-03-05"),
])
def test_a_figures_date_line_that_reads_both_ways_takes_the_reading_of_the_leads_weekday(line, lead, expected):
    got = published(f"A headline about the two navies\n\n{line}\n\n{lead}")
    assert got == (expected, "stated")


@pytest.mark.parametrize("text,partner,month", [
    ("date 2012-06-10\n\nIn June 2012 Leon Panetta became the first US defence secretary to set foot in Cam Ranh "
     "Bay since the war.", "USA", "2012-06"),
    ("date 2016-09-05\n\nNarendra Modi set foot in Hanoi on Saturday, the first Indian prime minister there in 15 "
     "years.", "IND", "2016-09-03"),
    ("date 2018-03-06\n\nAmerican sailors from the USS Carl Vinson set foot on Vietnamese soil in Da Nang on "
     "Monday.", "USA", "2018-03-05"),
])
def test_setting_foot_in_a_place_is_a_visit(text, partner, month):
    assert (partner, "visit", month) in events(text)


@pytest.mark.parametrize(("text", "expected"), [
    # July 1 fell on a Thursday in 2021, Giang's first year as minister (Lich, his predecessor, left in April)
    ("NEW DELHI, July 1 (PTI) - Defence Minister Rajnath Singh on Thursday held online talks with Vietnam's "
     "Minister of National Defence Phan Van Giang, who succeeded Ngo Xuan Lich.", "2021-07-01"),
    # Sept 3 2021 was a Friday, within Austin's and Giang's tenures (Esper had left office in 2020)
    ("HANOI, Sept 3 (Reuters) - U.S. Defense Secretary Lloyd Austin on Friday met Vietnam's Minister of "
     "National Defence Phan Van Giang, and recalled the talks of his predecessor Mark Esper.", "2021-09-03"),
    # Nov 19 2021 was a Friday (Sitharaman was defence minister in 2017-2019, before Rajnath Singh)
    ("DA NANG, Nov 19 (AFP) - Minister of National Defence Phan Van Giang on Friday met Indian Defence Minister "
     "Rajnath Singh, whose predecessor Nirmala Sitharaman also came to Vietnam.", "2021-11-19"),
])
def test_a_predecessor_recalled_does_not_empty_the_officials_years_for_a_dateline(text, expected):
    got = published(text)
    assert got == (expected, "inferred")


_STANDFIRST = ("Officers from both sides spent nearly three weeks rehearsing how to build and run a base for a "
               "United Nations mission, and how to move casualties out of it under fire, in a format that has "
               "grown from a tabletop exercise into a field drill over the years since it began.")


@pytest.mark.parametrize(("line", "lead", "expected"), [
    ("Published: 22nd November 09:48 PM | Last Updated: 22nd November 11:15 PM",
     "CHANDIGARH: The India-Vietnam exercise VINBAX 2024 ended at Chandimandir on Friday.", "2024-11-22"),
    ("Posted: 3rd June 10:05 AM | Updated: 3rd June 11:00 AM",
     "NEW DELHI: India and Vietnam on Friday held their exercise in 2022 near Hanoi.", "2022-06-03"),
    ("First published: 8 June 08:12 PM IST",
     "HANOI: Rajnath Singh on Wednesday signed a vision statement with Vietnam for 2022 and beyond.", "2022-06-08"),
])
def test_a_day_first_date_line_without_a_year_takes_the_year_its_lead_weekday_fits(line, lead, expected):
    got = published(f"The New Daily Express\n\nIndia and Vietnam wrap up a drill\n\n{_STANDFIRST}\n\n{line}\n\n{lead}")
    assert got == (expected, "inferred")


@pytest.mark.parametrize("text,partner,day", [
    ("date 2024-11-23\n\nThe India-Vietnam army exercise VINBAX 2024 closed on November 22 at Chandimandir. "
     "The exercise began on November 4 in Ambala.", "IND", "2024-11-04"),
    ("date 2019-03-12\n\nThe US and Vietnamese navies wrapped up their search-and-rescue drill near Da Nang on "
     "Monday. The drills opened on March 5 at Tien Sa port.", "USA", "2019-03-05"),
    ("date 2021-08-20\n\nIndian and Vietnamese warships completed a passage exercise in the South China Sea. "
     "The exercises started on August 18 with communication drills.", "IND", "2021-08-18"),
])
def test_an_exercise_told_again_with_its_start_is_dated_by_that_start(text, partner, day):
    assert (partner, "exercise", day) in events(text)


@pytest.mark.parametrize("text,partner,day", [
    ("date 2021-07-30\n\nU.S. Defense Secretary Lloyd Austin and Vietnam's Minister of National Defense Phan Van "
     "Giang on Thursday signed a memorandum on war legacies.\n\nThe agreement covers wartime records.\n\nAustin and "
     "Giang held talks at the defence ministry after a welcome ceremony.", "USA", "2021-07-29"),
    ("date 2022-06-09\n\nIndian Defence Minister Rajnath Singh and General Phan Van Giang on Wednesday adopted a "
     "joint vision statement.\n\nSingh and Giang met at the ministry in Hanoi and reviewed training.", "IND",
     "2022-06-08"),
    ("date 2025-05-09\n\nVietnam's Deputy Minister Hoang Xuan Chien and US Ambassador Marc Knapper on Thursday "
     "opened a war-legacy office in Hanoi.\n\nChien and Knapper later held talks on dioxin clean-up.", "USA",
     "2025-05-08"),
])
def test_a_meeting_of_the_leads_people_told_later_takes_the_leads_day(text, partner, day):
    assert (partner, "talks", day) in events(text)


def test_a_meeting_of_other_people_does_not_take_the_leads_day():
    text = ("date 2021-07-30\n\nU.S. Defense Secretary Lloyd Austin and Vietnam's Minister of National Defense Phan "
            "Van Giang on Thursday opened a war legacies office in Hanoi.\n\nIn 2019 Mark Esper and Ngo Xuan Lich "
            "held talks, officials recalled; Esper and Lich met again later.")
    assert ("USA", "talks", "2021-07-29") not in events(text)


@pytest.mark.parametrize("text,partner,day", [
    ("date 2022-06-09\n\nDefence minister Rajnath Singh is on the second day of his three-day official visit to "
     "Vietnam.", "IND", "2022-06-08"),
    ("date 2016-09-04\n\nPrime Minister Narendra Modi is on the second day of a visit to Vietnam, the first by an "
     "Indian prime minister in 15 years.", "IND", "2016-09-03"),
    ("date 2018-03-07\n\nThe US aircraft carrier USS Carl Vinson and its sailors are on the third day of a "
     "visit to Da Nang, Vietnam.", "USA", "2018-03-05"),
])
def test_being_on_the_nth_day_of_a_visit_dates_its_start_from_the_article(text, partner, day):
    assert events(text) == [(partner, "visit", day)]


def test_a_file_read_outside_its_folder_is_read_by_its_name(tmp_path):
    from ties_lib.corpus import extract_file

    f = tmp_path / "elsewhere" / "hanoi_talks.txt"
    f.parent.mkdir()
    f.write_text("date 2022-06-09\n\nIndian Defence Minister Rajnath Singh held talks with General Phan Van Giang "
                 "in Hanoi on Wednesday.", encoding="utf-8")
    r = extract_file(tmp_path / "corpus", f)
    assert r.article.article_id == "hanoi_talks"
    assert [(e.partner, e.type, e.date.iso_start()) for e in r.events] == [("IND", "talks", "2022-06-08")]


@pytest.mark.parametrize("text,expected", [
    ("date 2024-08-02\n\nPrime Minister Pham Minh Chinh held talks with Prime Minister Narendra Modi on August 1 "
     "during a state visit to India from July 30 to August 1. On the same day, the 14th India-Vietnam Defence "
     "Policy Dialogue took place in New Delhi.", ("IND", "dialogue", "2024-08-01")),
    ("date 2025-11-11\n\nThe 15th India-Vietnam Defence Policy Dialogue was held in Hanoi on November 10. The "
     "14th was held in New Delhi in August last year. The same day, General Phan Van Giang received India's "
     "Defence Secretary Rajesh Kumar Singh.", ("IND", "talks", "2025-11-10")),
    ("date 2021-07-30\n\nU.S. Defense Secretary Lloyd Austin met General Phan Van Giang in Hanoi on July 29. The "
     "U.S. donated five million vaccine doses to Vietnam this month. Later that day, Austin met Prime Minister "
     "Pham Minh Chinh.", ("USA", "talks", "2021-07-29")),
])
def test_the_same_day_is_the_last_single_day_told_not_a_span_or_month_told_since(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text,partner,month", [
    ('date 2023-09-11\n\nVietnam and the United States formed a lower-level "comprehensive partnership" in July '
     '2013.', "USA", "2013-07"),
    ('date 2016-09-04\n\nIndia and Vietnam set up their "strategic partnership" in July 2007.', "IND", "2007-07"),
    ('date 2024-01-10\n\nBarack Obama and Truong Tan Sang established a "comprehensive partnership" between the US '
     'and Vietnam in July 2013.', "USA", "2013-07"),
])
def test_a_partnership_named_in_quotes_or_with_their_is_set_up(text, partner, month):
    assert (partner, "partnership_upgrade", month) in events(text)


@pytest.mark.parametrize("text,partner,date", [
    ("date 2024-12-19\n\nAdm. Samuel Paparo noted the delivery last month of the first T-6C Texan II trainer "
     "aircraft from the U.S. Air Force to the Vietnam Air Defense Air Force at Phan Thiet.", "USA", "2024-11"),
    ("date 2024-11-21\n\nThe U.S. and Vietnam marked the delivery of three T-6 trainer aircraft at Phan Thiet on "
     "Wednesday.", "USA", "2024-11-20"),
    ("date 2023-07-23\n\nIndia's transfer of the corvette INS Kirpan to Vietnam took place at Cam Ranh on "
     "Saturday.", "IND", "2023-07-22"),
])
def test_the_delivery_or_transfer_of_a_craft_is_a_handover(text, partner, date):
    assert (partner, "ceremony", date) in events(text)


@pytest.mark.parametrize("text,weekday,day", [
    ("date 2022-06-09\n\nRajnath Singh will fly to Nha Trang on Friday to visit a university.", "on Friday",
     "2022-06-10"),
    ("date 2023-09-08\n\nU.S. President Joe Biden is expected to arrive in Hanoi on Sunday.", "on Sunday",
     "2023-09-10"),
    ("date 2025-11-06\n\nThe India-Vietnam exercise VINBAX is scheduled to open in Hanoi on Tuesday.", "on Tuesday",
     "2025-11-11"),
])
def test_a_weekday_in_a_clause_still_to_come_is_the_one_after_the_article(text, weekday, day):
    r = article(text)
    assert [m.value for m in r.mentions if m.kind == "date" and m.text == weekday] == [day]


def test_a_day_still_to_come_does_not_anchor_the_previous_day():
    r = article("date 2022-06-09\n\nSingh will fly to Nha Trang on Friday. Indian Defence Minister Rajnath Singh "
                "held talks with General Phan Van Giang in Hanoi the previous day, on Wednesday.")
    assert [e.date.iso_start() for e in r.events if e.type == "talks"] == ["2022-06-08"]


@pytest.mark.parametrize("text,year", [
    ("date 2025-10-02\n\n- 5–9 March 2020 – USS Theodore Roosevelt and USS Bunker Hill visit Da Nang to mark 25 "
     "years of US-Vietnam diplomatic relations.", "1995"),
    ("date 2025-10-02\n\nThe US carrier called at Da Nang from March 5 to 9, 2020, to mark 25 years of US-Vietnam "
     "diplomatic relations.", "1995"),
    ("date 2024-01-05\n\nIndian warships called at Cam Ranh from June 1 to 4, 2022, marking 50 years of "
     "India-Vietnam diplomatic relations.", "1972"),
])
def test_years_marked_by_a_happening_over_a_range_count_from_the_ranges_year(text, year):
    assert [d for _p, t, d in events(text) if t == "partnership_upgrade"] == [year]


def test_a_headline_with_a_dash_is_no_dateline_and_keeps_its_city():
    r = article("date 2018-03-06\n\nDa Nang hosts US carrier - Vietnam and the United States held talks there on "
                "Monday.")
    assert [e.location for e in r.events] == ["Da Nang"]


@pytest.mark.parametrize("text, day", [
    ("Hanoi, May 26, 2021 - US Defense Secretary Mark Esper was in Hanoi last week for talks.", "2021-05-17"),
    ("Hanoi, May 26, 2021 - India's army chief was in Vietnam on April 5-7 and toured a training school.",
     "2021-04-05"),
    ("New Delhi, May 26, 2021 - General Phan Van Giang, who was in India on March 3, signed a memorandum.",
     "2021-03-03"),
    ("Hanoi, May 26, 2021 - Admiral Jane Doe, the US Pacific Fleet commander, was back in Da Nang in April.",
     "2021-04"),
])
def test_a_person_who_was_in_a_place_was_on_a_visit(text, day):
    assert any(t == "visit" and d == day for _p, t, d in events(text))


@pytest.mark.parametrize("text", [
    "Hanoi, May 26, 2021 - The joint exercise with India was in Da Nang in April.",
    "Hanoi, May 26, 2021 - Indian ships held drills with Vietnam. The weather was in June unusually calm.",
    "Hanoi, May 26, 2021 - The Indian interest was in Vietnam's ports in April.",
])
def test_a_happening_or_a_month_after_was_in_is_no_visit(text):
    assert not any(t == "visit" for _p, t, _d in events(text))


@pytest.mark.parametrize("text, partner", [
    ("Hanoi, May 26, 2021 - In June 2005 Prime Minister Phan Van Khai was received at the White House.", "USA"),
    ("Hanoi, May 26, 2024 - General Phan Van Giang was welcomed in New Delhi on June 18, 2023.", "IND"),
    ("Hanoi, May 26, 2021 - President Truong Tan Sang was hosted at the White House in July 2013.", "USA"),
])
def test_a_guest_received_at_a_place_abroad_is_on_a_visit_to_its_country(text, partner):
    # (a head received at the seat of the other side's head met him: the codebook's summit, and the visit it is
    # part of, as hand-coded sets accept either)
    coded = {(p, t) for p, t, _d in events(text)}
    assert (partner, "visit") in coded or ("White House" in text and (partner, "summit") in coded)


@pytest.mark.parametrize("text, partner", [
    ("Hanoi, May 26, 2021 - Ties were raised in July 2007, when Prime Minister Nguyen Tan Dung visited New Delhi.",
     "IND"),
    ("Hanoi, May 26, 2021 - General Phan Van Giang toured the Pentagon on March 3, 2019.", "USA"),
    ("Hanoi, May 26, 2021 - Vietnam's defence minister visited Mumbai and Kochi in 2019.", "IND"),
])
def test_a_place_of_the_partner_names_the_partner(text, partner):
    assert partner in {p for p, _t, _d in events(text)}


@pytest.mark.parametrize("text, day", [
    ("New Delhi, November 6, 2024 - Troops of India and Vietnam on Monday began the fifth edition of their army "
     "exercise, VINBAX 2024, in Ambala.", "2024-11-04"),
    ("Hanoi, June 8, 2021 - On Monday the Indian and Vietnamese navies began PASSEX 2021 off Cam Ranh.",
     "2021-06-07"),
    ("Hanoi, June 8, 2019 - Soldiers of the two armies on June 3 started the joint training Shield 2019 with US "
     "Marines.", "2019-06-03"),
])
def test_a_year_that_ends_a_name_gives_way_to_the_date_told(text, day):
    assert day in {d for _p, t, d in events(text) if t in ("exercise", "visit", "ceremony")}


@pytest.mark.parametrize("text, year", [
    ("Hanoi, November 20, 2025 - It is the fourth field exercise between the two armies, following VINBAX 2024 in "
     "India.", "2024"),
    ("Hanoi, June 3, 2019 - The US Navy joined Vietnam in Pacific Partnership 2018, a joint exercise of medics.",
     "2018"),
    ("Hanoi, June 3, 2019 - In 2017 India and Vietnam held a joint exercise off Da Nang.", "2017"),
])
def test_a_year_that_ends_a_name_dates_it_when_nothing_else_does(text, year):
    assert year in {d for _p, t, d in events(text) if t == "exercise"}


@pytest.mark.parametrize("text, day", [
    ("Hanoi, May 26, 2024 - The previous edition of the Vietnam-India drills took place in Hanoi from "
     "December 11-21 last year.", "2023-12-11"),
    ("Hanoi, May 26, 2024 - Indian and Vietnamese soldiers trained together. Last year's edition was hosted at "
     "Chandimandir in November.", "2023-11"),
    ("Hanoi, May 26, 2024 - The India-Vietnam army series began in 2018 and was followed by an edition in Vietnam "
     "in 2019.", "2019"),
    ("Hanoi, May 26, 2024 - India and Vietnam first trained together in 2018. The fourth edition was held in "
     "Hanoi from December 11-21 last year.", "2023-12-11"),
])
def test_an_edition_of_a_recurring_exercise_is_an_exercise(text, day):
    assert ("IND", "exercise", day) in events(text)


@pytest.mark.parametrize("text", [
    "Hanoi, May 26, 2024 - The 14th edition of the India-Vietnam Defence Policy Dialogue was held on August 1, 2023.",
    "Hanoi, May 26, 2024 - Indian firms came to the third edition of the Vietnam defence expo in December 2022.",
    "Hanoi, May 26, 2024 - The second edition of the India-Vietnam maritime security seminar met in March 2023.",
])
def test_an_edition_of_a_dialogue_or_a_show_is_no_exercise(text):
    assert "exercise" not in {t for _p, t, _d in events(text)}


@pytest.mark.parametrize("text, etype, day", [
    ("Hanoi, May 26, 2024 - India and Vietnam held a dialogue in 2018. The second round was held in Hanoi on "
     "December 11 last year.", "dialogue", "2023-12-11"),
    ("Hanoi, May 26, 2024 - The navies drilled off Da Nang in 2019. The third edition took place off Chennai in "
     "June 2022.", "exercise", "2022-06"),
    ("Hanoi, May 26, 2024 - India and Vietnam held a dialogue in 2018. The previous round was held in New Delhi "
     "in March 2023.", "dialogue", "2023-03"),
    ("Hanoi, May 26, 2024 - The Indian and Vietnamese navies trained together. The inaugural edition was held "
     "off Da Nang in May 2021.", "exercise", "2021-05"),
])
def test_the_with_an_ordinal_picks_out_a_happening_of_its_own(text, etype, day):
    assert ("IND", etype, day) in events(text)


@pytest.mark.parametrize("text, coded", [
    ("Hanoi, August 25, 2021 - US Vice President Harris arrived in Hanoi on Tuesday night. On Tuesday, China's "
     "ambassador met Prime Minister Pham Minh Chinh and pledged vaccines.", [("USA", "visit", "2021-08-24")]),
    ("New Delhi, June 21, 2024 - India watched closely as Russian President Vladimir Putin was in Hanoi on "
     "19-20 June.", []),
    ("Hanoi, July 2, 2019 - The US Navy visited Cam Ranh in May. Vietnam took delivery of Yak-130 jet trainers "
     "from Russia in 2019.", [("USA", "visit", "2019-05")]),
])
def test_a_third_countrys_happening_with_vietnam_is_not_coded(text, coded):
    assert events(text) == coded


def test_a_partner_is_studied_when_countries_csv_says_so(monkeypatch):
    from ties_lib import actors
    text = "Hanoi, May 26, 2023 - Japanese Defence Minister Yasukazu Hamada visited Hanoi on May 20, 2023."
    assert events(text) == []
    monkeypatch.setattr(actors, "studied_partners", lambda: frozenset({"IND", "USA", "JPN"}))
    assert ("JPN", "visit", "2023-05-20") in events(text)


@pytest.mark.parametrize("line", ["Update: 05/06/2012 08:45", "Issued on: 05/03/2018 - 09:12",
                                  "TO BE ANSWERED ON 19.12.2022", "Broadcast: Wednesday, 12/11/2025, 19:00 (Hanoi time)",
                                  "Date of release: 4 August 2024"])
def test_a_labelled_date_alone_on_a_line_is_a_date_line(line):
    assert _is_dateline(line)


@pytest.mark.parametrize("line", ["Singh visits Hanoi, June 8, 2022", "Note: the ships sailed on 05/06/2012 at dawn",
                                  "Topics: Indian Army | Vietnam | VINBAX 2024"])
def test_a_label_with_more_than_a_date_is_no_date_line(line):
    assert not _is_dateline(line)


_STANDFIRST = ("Vietnam's defence minister came to the capital a year after the two countries moved up a rung of "
               "the diplomatic ladder; the paperwork moved, and the question of hardware did not move at all.")


@pytest.mark.parametrize("byline, day", [
    ("By Jane Roe on September 09, 2024 at 5:47 PM", "2024-09-09"),
    ("By Arun Mehta | 3 June 2021, 10:02 IST", "2021-06-03"),
    ("Staff writer, Hanoi Times — March 14, 2019", "2019-03-14"),
])
def test_a_byline_after_a_standfirst_dates_the_page(byline, day):
    text = (f"A headline about ties\n\n{_STANDFIRST}\n\n{byline}\n\nWASHINGTON — The Vietnamese minister met the US "
            "defence secretary today at the Pentagon, and the two men signed a statement on their ties.")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize("line, day", [
    ("Broadcast: Wednesday, 12/11/2025, 19:00", "2025-11-12"),
    ("Thursday 05/06/2014", "2014-06-05"),
    ("Posted: Friday 03.04.2020", "2020-04-03"),
])
def test_a_weekday_on_a_numeric_date_line_tells_day_from_month(line, day):
    text = (f"{line}\n\nIndian and Vietnamese officials met in Hanoi for talks on the defence ties between the "
            "two countries, and agreed to widen training.")
    assert published(text)[0] == day


_WRAPPED = """U.S.-Vietnam Relations

Security ties developed slowly after the two countries normalized relations, and
were focused on war legacy issues before broadening to mari-
time security and humanitarian assistance in the late 2000s.1 Key steps
include the following:

    • March 13-15, 2000: William Cohen became the first U.S. Secretary of Defense
      to visit Vietnam since the war, holding talks in Hanoi with the Defense Minister.
    • June 1, 2015: Secretary Ashton Carter and the Vietnamese Defense Minister
      held talks in Hanoi and signed a joint vision statement.

Congressional Research Service                                               14

U.S.-Vietnam Relations

The annual Defense Policy Dialogue met in Washington on December 11, 2019, and the
two delegations reviewed the cooperation of the year.
"""


def test_a_report_converted_from_pdf_is_read_in_sentences_not_lines():
    from ties_lib.furniture import clean
    body = clean("t", _WRAPPED).body
    assert "to maritime security and humanitarian assistance in the late 2000s. Key steps include" in body
    assert "Congressional Research Service" not in body
    assert body.count("U.S.-Vietnam Relations") == 0
    assert ("USA", "visit", "2000-03-13") in events(_WRAPPED)
    assert ("USA", "talks", "2015-06-01") in events(_WRAPPED)
    assert ("USA", "dialogue", "2019-12-11") in events(_WRAPPED)


@pytest.mark.parametrize("text", [
    "Hanoi, June 3, 2021 - Indian and Vietnamese officials met in Hanoi today for talks on the ties between the two "
    "countries and on training.\nThey agreed to widen training. Officials of the two sides said the talks went well.",
    "A headline about ties\n\nIndian and Vietnamese officials met in Hanoi on June 3, 2021 for talks on the ties\n"
    "between the two countries and on training.",
    "Hanoi, June 3, 2021 - Indian and Vietnamese officials met.\nThey talked.\nThey agreed.\nThey left.",
])
def test_a_page_of_paragraphs_is_not_unwrapped(text):
    from ties_lib.furniture import _hard_wrapped
    assert not _hard_wrapped([ln.strip() for ln in text.split("\n")])


@pytest.mark.parametrize("text, value", [
    ("Hanoi, May 26, 2021 - On November 10, 2003, the minister visited the Pentagon; later that month a US frigate "
     "made the first port call to Vietnam.", ("USA", "visit", "2003-11")),
    ("Hanoi, May 26, 2021 - The first Indian ship came in March 2019. Earlier that month the two navies held a "
     "joint exercise off Da Nang.", ("IND", "exercise", "2019-03")),
    ("Hanoi, May 26, 2021 - US-Vietnam relations were normalised in 1995. Later that year the two sides held their first "
     "talks on defence.", ("USA", "talks", "1995")),
])
def test_later_that_month_or_year_is_the_one_just_told(text, value):
    assert value in events(text)


@pytest.mark.parametrize("text", [
    "Hanoi, May 26, 2021 - On August 14, 2020, a second US cutter, the ex-John Midgett (CSB 8021), was formally "
    "transferred to Vietnam.",
    "Hanoi, May 26, 2021 - The formal transfer of the former US cutter took place on Aug. 14, 2020.",
    "Hanoi, May 26, 2021 - A decommissioned Indian corvette was formally handed to the Vietnamese navy on "
    "August 14, 2020.",
    "Hanoi, May 26, 2021 - The formal transfer took place on August 14, 2020, officials of India and Vietnam said.",
    "Hanoi, May 26, 2021 - India's formal transfer to Vietnam was completed on August 14, 2020.",
])
def test_a_formal_transfer_is_a_ceremony(text):
    assert any(t == "ceremony" and d == "2020-08-14" for _p, t, d in events(text))


@pytest.mark.parametrize("text, partner, day", [
    ("Talks went on. The annual US-Vietnam Defense Policy Dialogue met in Washington on December 11, 2019.",
     "USA", "2019-12-11"),
    ("Talks went on. The India-Vietnam Security Dialogue convened in Hanoi on March 3, 2020.", "IND", "2020-03-03"),
    ("Talks went on. The 12th India-Vietnam Defence Policy Dialogue took place in New Delhi on June 5, 2019.",
     "IND", "2019-06-05"),
])
def test_a_session_that_met_is_the_session_not_other_talks(text, partner, day):
    assert events("Hanoi, May 26, 2021 - " + text) == [(partner, "dialogue", day)]


@pytest.mark.parametrize("text, value", [
    ("Hanoi, May 26, 2021 - June 1, 2015: Defense Secretary Ashton Carter and Defense Minister Phung Quang Thanh "
     "signed a Joint Vision Statement in Hanoi.", ("USA", "talks", "2015-06-01")),
    ("Hanoi, May 26, 2021 - The statement was signed by Manohar Parrikar and General Phung Quang Thanh in New Delhi "
     "in May 2015.", ("IND", "talks", "2015-05")),
    ("Hanoi, May 26, 2025 - On September 9, 2024, Lloyd Austin and General Phan Van Giang inked an updated vision "
     "statement at the Pentagon.", ("USA", "talks", "2024-09-09")),
])
def test_a_signing_by_someone_of_each_side_is_a_meeting(text, value):
    assert value in events(text)


@pytest.mark.parametrize("text", [
    "Hanoi, May 26, 2021 - India and Vietnam signed a memorandum on defence cooperation in 2009.",
    "Hanoi, May 26, 2021 - The defence ministries of Vietnam and the US signed a memorandum in September 2011.",
    "Hanoi, May 26, 2021 - General Phung Quang Thanh signed the visitors' book of the Indian Army in New Delhi in "
    "May 2015.",
])
def test_a_signing_with_no_one_of_each_side_is_no_meeting(text):
    assert "talks" not in {t for _p, t, _d in events(text)}


@pytest.mark.parametrize("text, value", [
    ("Hanoi, May 26, 2021 - The ministries signed a memorandum in September 2011, in the margins of their second "
     "US-Vietnam defence policy dialogue in Washington.", ("USA", "dialogue", "2011-09")),
    ("Hanoi, May 26, 2021 - The contract was signed in September 2016, when Prime Minister Narendra Modi visited "
     "Vietnam.", ("IND", "visit", "2016-09")),
    ("Hanoi, May 26, 2021 - India and Vietnam signed a pact in March 2000, and the Indian defence minister "
     "visited Hanoi in June 2001.", ("IND", "visit", "2001-06")),
])
def test_a_signing_that_is_no_meeting_leaves_its_date_to_the_happening(text, value):
    assert value in events(text)


@pytest.mark.parametrize("text, value", [
    ("Hanoi, September 4, 2016 - Prime Minister Narendra Modi announced a credit line on Saturday after talks with "
     "his Vietnamese counterpart.", ("IND", "summit", "2016-09-03")),
    ("New Delhi, August 2, 2024 - Prime Minister Pham Minh Chinh held talks with his Indian counterpart in New Delhi "
     "on August 1.", ("IND", "summit", "2024-08-01")),
    ("Hanoi, May 24, 2016 - President Barack Obama met his Vietnamese counterpart in Hanoi on Monday.",
     ("USA", "summit", "2016-05-23")),
])
def test_talks_of_a_head_with_an_unnamed_counterpart_are_a_summit(text, value):
    assert value in events(text)


@pytest.mark.parametrize("text, value", [
    ("Hanoi, October 14, 2010 - On 13 October the Indian defence minister held talks with his Vietnamese "
     "counterpart, General Phung Quang Thanh, and called on Prime Minister Nguyen Tan Dung.",
     ("IND", "talks", "2010-10-13")),
    ("Hanoi, June 9, 2022 - Defence Minister Rajnath Singh held talks with his counterpart on June 8.",
     ("IND", "talks", "2022-06-08")),
    ("Hanoi, June 9, 2022 - Prime Minister Pham Minh Chinh received Indian Defence Minister Rajnath Singh on June 8.",
     ("IND", "talks", "2022-06-08")),
])
def test_talks_of_a_minister_with_a_counterpart_stay_talks(text, value):
    assert value in events(text)


@pytest.mark.parametrize("text, year", [
    ("The first round of the US-Vietnam dialogue was held in Hanoi in August last year, as the two countries marked "
     "the 15th anniversary of normalising relations.", "1995"),
    ("The USS Theodore Roosevelt called at Da Nang in March 2020, timed to the 25th anniversary of US-Vietnam "
     "diplomatic relations.", "1995"),
    ("Indian ships called at Cam Ranh in June 2017, to coincide with the 45th anniversary of India-Vietnam "
     "diplomatic ties.", "1972"),
])
def test_an_anniversary_a_happening_is_timed_to_counts_from_its_year(text, year):
    assert year in {d for _p, t, d in events("Hanoi, May 26, 2011 - " + text) if t == "partnership_upgrade"}


@pytest.mark.parametrize("text", [
    "March 13-15, 2000: William Cohen became the first US Secretary of Defense to visit Vietnam, holding talks in "
    "Hanoi with the Defence Minister.",
    "In January 2018, Defense Secretary Jim Mattis flew to Hanoi for talks with his Vietnamese counterpart.",
    "In August 2024, Prime Minister Pham Minh Chinh made a state visit to New Delhi, where he and Indian officials "
    "held talks.",
])
def test_talks_told_in_a_clause_of_the_visit_are_the_visits(text):
    got = events("Hanoi, May 26, 2025 - " + text)
    assert [t for _p, t, _d in got].count("visit") == 1 and "talks" not in [t for _p, t, _d in got]


@pytest.mark.parametrize("text", [
    "Indian Defence Minister Rajnath Singh, whose three-day visit began on June 8, 2022, also called on President "
    "Nguyen Xuan Phuc the same day.",
    "The Indian minister arrived in Hanoi on June 8, 2022 and held talks with General Phan Van Giang on June 8.",
    "General Giang visited New Delhi on June 19, 2023; on that day he also called on Prime Minister Narendra Modi.",
])
def test_a_call_told_as_a_clause_of_its_own_stays_a_call(text):
    assert "talks" in {t for _p, t, _d in events("Hanoi, June 20, 2023 - " + text)}


@pytest.mark.parametrize("text", ["financed by the earlier US $100 million credit line", "a US $500 million loan",
                                  "worth US $18 million in patrol boats"])
def test_us_before_a_dollar_sign_is_a_currency_not_a_country(text):
    from ties_lib.actors import find_countries
    assert find_countries(text) == []


@pytest.mark.parametrize("text, day", [("Date : 09 Dec , 2024", (2024, 12, 9)), ("Dec 09 , 2024", (2024, 12, 9)),
                                       ("on 4 August , 2021 the ships met", (2021, 8, 4)),
                                       ("25 May 2017 - a cutter", (2017, 5, 25)), ("May 25, 2017", (2017, 5, 25))])
def test_a_comma_standing_apart_in_a_date(text, day):
    e = next(e for e in find_dates(text) if e.kind == "date")
    assert (e.year, e.month, e.day) == day


@pytest.mark.parametrize("line, reported, day", [
    ("10/09/2024 11:35", "held talks at the Pentagon on September 9 and signed a statement.", dt.date(2024, 9, 10)),
    ("10/11/2023", "The ships arrived in Da Nang on October 9 for a five-day call.", dt.date(2023, 10, 11)),
    ("07.08.2017", "The ministers met in Hanoi on July 5 and signed a vision statement.", dt.date(2017, 7, 8)),
])
def test_a_numeric_date_line_is_read_near_the_latest_day_reported(line, reported, day):
    v = _numeric_date(line, find_dates(reported))
    assert (v.start, v.precision) == (day, "day")


@pytest.mark.parametrize("text, value", [
    ("25 May 2017 - Former USCGC Morgenthau transferred at Honolulu to the Vietnam Coast Guard.",
     ("USA", "ceremony", "2017-05-25")),
    ("20 November 2024 - The first US-made T-6C trainers delivered at Phan Thiet to Vietnam's air force.",
     ("USA", "ceremony", "2024-11-20")),
    ("In June 2022 twelve Indian-built boats were handed to the Vietnam Border Guard.", ("IND", "ceremony", "2022-06")),
])
def test_a_craft_told_as_transferred_is_a_handover(text, value):
    assert value in events("Hanoi, May 26, 2025 - Milestones of the ties.\n" + text)


@pytest.mark.parametrize("text", [
    "Earlier this year an Indian Air Force aircraft delivered the first BrahMos missiles to the Philippines.",
    "In 2019 the Indian ships delivered two cargoes of rice to Myanmar and sailed home.",
    "In 2019 the US cutters handed their logs to the Philippine coast guard.",
])
def test_a_craft_that_delivers_something_is_no_handover_to_vietnam(text):
    assert "ceremony" not in {t for _p, t, _d in events("Hanoi, May 26, 2025 - Vietnam watched. " + text)}


@pytest.mark.parametrize("text, value", [
    ("5-9 March 2018 - USS Carl Vinson at Da Nang, the first US carrier visit since 1975.",
     ("USA", "visit", "2018-03-05")),
    ("The Indian frigate INS Sahyadri in Cam Ranh on June 3, 2019 drew crowds.", ("IND", "visit", "2019-06-03")),
    ("2 June 2021 - US Coast Guard cutter USCGC Munro at Cam Ranh for a five-day call.", ("USA", "visit", "2021-06-02")),
])
def test_a_named_ship_at_a_place_is_a_port_call(text, value):
    assert value in events("Hanoi, May 26, 2025 - Milestones of the ties.\n" + text)


@pytest.mark.parametrize("text, year", [
    ("This year also marks two decades since the US and Vietnam normalized relations.", "1995"),
    ("It is three decades since the US and Vietnam normalized relations.", "1985"),
    ("The ships came in March 2020, timed for the 25th anniversary of US-Vietnam diplomatic relations.", "1995"),
])
def test_decades_since_and_timed_for_count_back(text, year):
    assert year in {d for _p, t, d in events("Hanoi, May 26, 2015 - " + text) if t == "partnership_upgrade"}


@pytest.mark.parametrize("text", [
    "In the more than two decades since our two countries normalized relations, US-Vietnam ties grew.",
    "Over 20 years after the US and Vietnam normalized relations, trade boomed.",
    "Nearly two decades since the US and Vietnam established ties, officials met.",
])
def test_a_bound_on_years_dates_nothing(text):
    assert "1995" not in {d for _p, _t, d in events("Hanoi, May 26, 2015 - " + text)}


@pytest.mark.parametrize("text", [
    "Da Nang is where US combat troops first landed in 1965.",
    "US Marines landed at Da Nang in March 1965.",
    "American forces landing in 1965 changed the war.",
])
def test_troops_landing_is_no_visit(text):
    assert "visit" not in {t for _p, t, _d in events("Hanoi, May 26, 2015 - " + text)}


@pytest.mark.parametrize("text", [
    "At the Shangri-La Dialogue on Saturday, US Defense Secretary Carter called on all claimants to halt land "
    "reclamation.",
    "On Monday the US defence secretary called on China to respect Vietnam's waters.",
    "Indian Defence Minister Rajnath Singh on Friday called upon countries to keep the seas open.",
])
def test_calling_on_all_to_act_is_an_appeal_not_a_call(text):
    assert "talks" not in {t for _p, t, _d in events("Hanoi, May 26, 2015 - " + text)}


@pytest.mark.parametrize("text, day", [
    ("It coincided with the visit of Prime Minister Pham Minh Chinh to India (30 July-01 August 2014).",
     "2014-07-30"),
    ("It came after the Indian navy's port call at Cam Ranh (28 February - 3 March 2014).", "2014-02-28"),
    ("The talks between the Indian and Vietnamese defence ministers (9-10 January 2014) went well.", "2014-01-09"),
])
def test_a_range_in_brackets_dates_the_happening_before_it(text, day):
    assert day in {d for _p, _t, d in events("Hanoi, May 26, 2015 - " + text)}


@pytest.mark.parametrize("text", [
    "The fifth India-Vietnam army exercise came to a close on November 22 at Chandimandir.",
    "The India-Vietnam bilateral army exercise ended at the Chandimandir military station on Friday.",
    "The US-Vietnam naval exercise wrapped up on November 22 in Da Nang.",
])
def test_the_day_an_exercise_closed_is_not_its_start(text):
    got = events("Hanoi, November 23, 2024 - " + text)
    assert not any(t == "exercise" and d in ("2024-11-22",) for _p, t, d in got)


@pytest.mark.parametrize("text, day", [
    ("The US secretary arrived in Hanoi on November 2, flying in from Kuala Lumpur, where he had joined the "
     "ADMM-Plus the previous day. The same day, he was received by Vietnam's President Luong Cuong.", "2025-11-02"),
    ("Indian Defence Minister Rajnath Singh reached Hanoi on June 8, after he had attended a meeting in Singapore the day before. The same day, he "
     "called on President Nguyen Xuan Phuc of Vietnam.", "2025-06-08"),
    ("Indian ships docked in Da Nang on March 3 for a four-day call. The same day, the Indian commander called on "
     "the Vietnamese naval chief.", "2025-03-03"),
])
def test_the_same_day_is_the_main_clauses_day(text, day):
    assert day in {d for _p, t, d in events("Hanoi, November 4, 2025 - " + text) if t == "talks"}


@pytest.mark.parametrize("text, name", [
    ("The ceremony was attended by Admiral R Hari Kumar and Rear Admiral Pham Manh Hung, Deputy Commander-in-Chief "
     "and Chief of Staff of the navy.", "Pham Manh Hung"),
    ("Rear Admiral Tran Van Binh visited Mumbai with two ships.", "Tran Van Binh"),
    ("Senior Colonel Nguyen Thi Lan, the army's peacekeeping chief, opened the course.", "Nguyen Thi Lan"),
])
def test_a_rank_and_a_vietnamese_name_is_an_officer_of_vietnam(text, name):
    from ties_lib.actors import find_actors
    hits = {(h.name, h.country) for h in find_actors(text, dt.date(2023, 7, 22))}
    assert (name, "VNM") in hits


@pytest.mark.parametrize("text", ["General Electric Vernova signed a contract.", "Admiral Nguyen visited.",
                                  "Captain Marvel Studios opened an office."])
def test_a_rank_before_other_words_is_no_vietnamese_officer(text):
    from ties_lib.actors import find_actors
    assert not [h for h in find_actors(text, dt.date(2023, 7, 22)) if h.country == "VNM"]


@pytest.mark.parametrize("text, value", [
    ("Vietnam's prime minister flew home. After his talks with Prime Minister Narendra Modi in New Delhi on "
     "August 1, the two sides adopted a plan.", ("IND", "summit", "2024-08-01")),
    ("Vietnamese Prime Minister Pham Minh Chinh made a state visit to New Delhi, where he and Indian Prime Minister "
     "Narendra Modi held talks on Aug 1.", ("IND", "summit", "2024-08-01")),
    ("President Joe Biden arrived in Hanoi, where he and Vietnam's President Vo Van Thuong held talks on "
     "September 11, 2023.", ("USA", "summit", "2023-09-11")),
])
def test_a_head_met_by_a_head_told_by_a_pronoun_is_a_summit(text, value):
    assert value in events("New Delhi, August 2, 2024 - " + text)


@pytest.mark.parametrize("text", [
    "Indian Defence Minister Rajnath Singh arrived in Hanoi, where he and General Phan Van Giang held talks on "
    "June 8, 2022.",
    "After his talks with General Phan Van Giang in Hanoi on June 8, 2022, Indian Defence Minister Rajnath Singh "
    "left.",
    "Indian Defence Minister Rajnath Singh, whose talks with Vietnam's defence minister came on June 8, 2022, "
    "left.",
])
def test_ministers_told_by_a_pronoun_hold_talks(text):
    got = events("Hanoi, June 9, 2022 - " + text)
    assert ("IND", "talks", "2022-06-08") in got and "summit" not in {t for _p, t, _d in got}


@pytest.mark.parametrize("text, values", [
    ("US-Vietnam ties were raised to a Comprehensive Partnership in 2013 and to a Comprehensive Strategic "
     "Partnership in 2023, when President Joe Biden visited Hanoi.",
     {("USA", "partnership_upgrade", "2013"), ("USA", "partnership_upgrade", "2023"), ("USA", "visit", "2023")}),
    ("India and Vietnam became strategic partners in 2007 and raised ties to a comprehensive strategic partnership "
     "in 2016, when Prime Minister Narendra Modi visited Hanoi.",
     {("IND", "partnership_upgrade", "2007"), ("IND", "partnership_upgrade", "2016"), ("IND", "visit", "2016")}),
    ("The first US carrier called at Da Nang in March 2018, when USS Carl Vinson anchored off the city.",
     {("USA", "visit", "2018-03")}),
])
def test_a_when_clause_has_the_date_it_hangs_on(text, values):
    assert values <= set(events("Hanoi, May 26, 2024 - " + text))


@pytest.mark.parametrize("text", [
    "US General Robert Brown previously visited Hanoi in February 2017, when he met General Phan Van Giang.",
    "Indian Defence Minister Rajnath Singh visited Vietnam in June 2022, when he held talks with General Giang.",
    "US Defense Secretary Jim Mattis visited Vietnam in October 2018, when he toured Bien Hoa and met Lich.",
])
def test_talks_in_a_when_clause_of_a_visit_are_the_visits(text):
    got = events("Hanoi, May 26, 2024 - " + text)
    assert {t for _p, t, _d in got} == {"visit"}  # (a tour on the visit's day merges with it in the corpus)


@pytest.mark.parametrize("text", [
    "Indian Defence Minister Rajnath Singh began a visit to Vietnam from June 8 to 10, 2022. On June 9 he "
    "travelled to Hai Phong for a handover.",
    "US Defense Secretary Leon Panetta paid a visit to Vietnam from June 3 to 5, 2012. On June 4 he toured Cam "
    "Ranh Bay.",
    "Indian Navy ships paid a port call at Da Nang from July 24 to 27, 2025. On July 25 the ships docked at Tien "
    "Sa port for a reception.",
])
def test_a_day_inside_a_visits_span_is_that_visit(text):
    from ties_lib.corpus import build_corpus
    year = next(w.strip(".,") for w in text.split() if w.strip(".,").isdigit() and len(w.strip(".,")) == 4)
    corpus = build_corpus([article(f"Hanoi, December 1, {year} - " + text)])
    assert list(corpus.events["type"]).count("visit") == 1


@pytest.mark.parametrize("line, day", [("24/Jul/2023", dt.date(2023, 7, 24)), ("3-Sept-2019", dt.date(2019, 9, 3)),
                                       ("The Wire Staff | 05/Jun/2022", dt.date(2022, 6, 5))])
def test_a_day_month_name_year_in_figures_and_letters(line, day):
    v = _numeric_date(line)
    assert (v.start, v.precision) == (day, "day")


@pytest.mark.parametrize("line", ["Zeynep Arikan   |29.07.2021 - Update : 29.07.2021", "29.07.2021 - Update",
                                  "Update 12.05.2019 10:00"])
def test_an_update_stamp_is_a_date_line(line):
    assert _is_dateline(line)


def test_a_date_line_below_a_long_masthead_dates_the_page():
    head = "\n".join(["S. HRG. 108-123", "", "U.S. SECURITY ENGAGEMENT IN SOUTHEAST ASIA", "", "HEARING",
                      "BEFORE THE", "COMMITTEE ON ARMED SERVICES", "UNITED STATES SENATE", "ONE HUNDRED EIGHTH CONGRESS",
                      "SECOND SESSION", "", "[EXCERPT]", "", "THURSDAY, MARCH 4, 2004", ""])
    text = head + ("\nThe committee met, pursuant to notice, at 9:30 a.m. Senator Smith asked about the visit of "
                   "Vietnam's defence minister to the Pentagon, and the witness said the talks went well.")
    assert published(text) == ("2004-03-04", "stated")


@pytest.mark.parametrize("text", [
    "Indian officials said that another visit to a Vietnamese port is likely next year.",
    "US President Biden is set to meet Vietnam's President on Monday.",
    "US President Obama was due to travel to Ho Chi Minh City on Tuesday.",
])
def test_likely_set_to_and_was_due_to_are_plans(text):
    assert events("Hanoi, May 23, 2016 - " + text) == []


@pytest.mark.parametrize("text", [
    "Indian officials said another Indian Navy visit to a Vietnamese port is in the works for next year.",
    "The India-Vietnam army exercise runs from June 3 to 9.",
    "Indian and Vietnamese ministers meet in Hanoi on June 20, the ministry said.",
])
def test_what_starts_after_the_articles_day_has_not_happened(text):
    assert events("Hanoi, May 23, 2016 - " + text) == []


@pytest.mark.parametrize("text, later", [
    ("US Defense Secretary Donald Rumsfeld received Vietnam's minister, returning a visit by US Defense Secretary "
     "William Cohen.", "Donald Rumsfeld"),
    ("US Defense Secretary Jim Mattis met Vietnam's minister, building on the ties US Defense Secretary Ash Carter "
     "had forged.", "James Mattis"),
    ("Indian Defence Minister Rajnath Singh met Vietnam's minister; his predecessor, Defence Minister Nirmala "
     "Sitharaman, had signed a pact.", "Rajnath Singh"),
])
def test_of_two_holders_of_one_office_the_later_dates_the_text(text, later):
    from ties_lib.anchoring import _tenure_years
    years, note = _tenure_years(text)
    assert note == f"tenures of {later}"


@pytest.mark.parametrize("text, day", [
    ("The US Seventh Fleet flagship Blue Ridge stayed at Cam Ranh from July 8 to 12.", "2024-07-08"),
    ("The US carrier Theodore Roosevelt pulled into Da Nang on Thursday.", "2024-08-29"),
    ("Three Indian warships tied up at Da Nang's Tien Sa Port on July 24.", "2024-07-24"),
    ("The Indian frigate put in at Cam Ranh on August 2 for a goodwill call.", "2024-08-02"),
])
def test_a_ship_that_stayed_pulled_in_or_tied_up_is_on_a_visit(text, day):
    assert ("visit", day) in {(t, d) for _p, t, d in events("Hanoi, August 30, 2024 - " + text)}


@pytest.mark.parametrize("text", [
    "In August, Vietnam hosted a US Pacific Partnership medical mission.",
    "Da Nang hosted an India-Vietnam naval drill in May 2024.",
    "Vietnam hosted the US-led Pacific Angel exercise in August 2024.",
])
def test_hosting_a_mission_or_drill_is_no_meeting(text):
    assert "talks" not in {t for _p, t, _d in events("Hanoi, August 30, 2024 - " + text)}


@pytest.mark.parametrize("text, value", [
    ("Digest of the week.\n9 APR | Ba Ria-Vung Tau: The United States handed over a training centre to the "
     "Vietnam Coast Guard.", ("USA", "ceremony", "2021-04-09")),
    ("Digest of the week.\n28-29 JUL | Hanoi: US Defense Secretary Lloyd Austin visited Vietnam.",
     ("USA", "visit", "2021-07-28")),
    ("Digest of the week.\n11 SEP | Hanoi: US and Vietnamese officers held a joint exercise on search and rescue.",
     ("USA", "exercise", "2021-09-11")),
])
def test_a_digest_item_is_dated_by_its_date_and_bar(text, value):
    assert value in events("Hanoi, September 20, 2021 - " + text)


@pytest.mark.parametrize("text, value", [
    ("Milestones.\nJune 8, 2022: Indian and Vietnamese ministers sign a vision statement in Hanoi; the next day, "
     "12 Indian-built boats are handed over at Hai Phong.", ("IND", "ceremony", "2022-06-09")),
    ("Milestones of US-Vietnam ties.\nNovember 2003 - Tra meets Rumsfeld; the frigate USS Vandegrift calls at Ho "
     "Chi Minh City (19-22 November).", ("USA", "visit", "2003-11-19")),
    ("Milestones.\nMay 21, 2018 - Indian ships arrive at Da Nang for a US-style call; the following day the "
     "Indian and Vietnamese navies hold a joint exercise.", ("IND", "exercise", "2018-05-22")),
])
def test_a_timeline_entry_leaves_a_happening_its_own_day(text, value):
    assert value in events("Hanoi, December 1, 2024 - " + text)


@pytest.mark.parametrize("text", [
    "A US carrier port call to Vietnam had been expected last year but did not take place.",
    "An Indian navy visit to Cam Ranh was cancelled in 2020 because of the pandemic.",
    "Several activists who had hoped to attend a meeting with the US President on Tuesday were kept at home.",
])
def test_what_was_expected_cancelled_or_hoped_for_is_no_event(text):
    assert events("Hanoi, May 26, 2021 - " + text) == []


@pytest.mark.parametrize("text, value", [
    ("Last June the US defence secretary, Ash Carter, and General Phung Quang Thanh put their names to a joint "
     "vision statement.", ("USA", "talks", "2015-06")),
    ("Rajnath Singh and General Phan Van Giang put their names to a vision statement in Hanoi on 8 June 2022.",
     ("IND", "talks", "2022-06-08")),
    ("In May 2015 Manohar Parrikar and Phung Quang Thanh put their names to a joint vision statement.",
     ("IND", "talks", "2015-05")),
])
def test_putting_names_to_a_document_is_a_signing(text, value):
    year = "2023" if "2022" in text else "2016"
    assert value in events(f"Hanoi, May 26, {year} - " + text)


@pytest.mark.parametrize("text", [
    "DANANG, Vietnam, March 5 (Reuters) - The US carrier Carl Vinson anchored off Da Nang on Monday; US Defense "
    "Secretary Jim Mattis had agreed the visit in January.",
    "HANOI, Vietnam, March 5 (Reuters) - US Defense Secretary Jim Mattis's talks paved the way for the carrier, "
    "which arrived on Monday.",
    "CAM RANH, Vietnam, March 5 (Reuters) - A US carrier called at Da Nang on Monday after US Defense Secretary "
    "Jim Mattis's talks.",
])
def test_a_wire_dateline_with_a_country_is_dated_by_the_weekday(text):
    assert published(text)[0] == "2018-03-05"


@pytest.mark.parametrize("text, year", [
    ("The USS Theodore Roosevelt called at Da Nang in March 2020; its visit coincided with the 25th anniversary "
     "of US-Vietnam diplomatic ties.", "1995"),
    ("Indian ships came to Cam Ranh in June 2017, which coincided with the 45th anniversary of India-Vietnam "
     "diplomatic ties.", "1972"),
    ("A US destroyer came to Da Nang in August 2010, a call that coincided with the 15th anniversary of US-Vietnam "
     "diplomatic relations.", "1995"),
])
def test_a_happening_that_coincided_with_an_anniversary_counts_from_its_year(text, year):
    assert year in {d for _p, t, d in events("Hanoi, May 26, 2023 - " + text) if t == "partnership_upgrade"}


@pytest.mark.parametrize("text, value", [
    ("A credit line for Vietnam was announced in 2014, and Indian defence minister Manohar Parrikar travelled to "
     "Hanoi in June.", ("IND", "visit", "2016-06")),
    ("India and Vietnam signed a protocol in 1994; the Indian defence minister visited Hanoi in March.",
     ("IND", "visit", "2016-03")),
    ("The 2014 credit line was slow, but the Indian defence minister visited Hanoi in June.",
     ("IND", "visit", "2016-06")),
])
def test_a_year_of_an_earlier_clause_is_not_a_later_clauses_year(text, value):
    assert value in events("Hanoi, September 4, 2016 - " + text)


def test_a_year_of_the_same_clause_still_dates_a_yearless_date():
    assert ("IND", "exercise", "2024-11-04") in events(
        "Hanoi, May 26, 2025 - The 2024 India-Vietnam joint exercise was held from November 4 to 23.")


@pytest.mark.parametrize("text, day", [
    ("DANANG, March 5 (Reuters) - A US carrier anchored off Da Nang on Monday. US Defense Secretary Jim Mattis "
     "agreed the call with Vietnam's General Ngo Xuan Lich; President Barack Obama had lifted the arms ban.",
     "2018-03-05"),
    ("HANOI, January 25 (Reuters) - US Defense Secretary Jim Mattis met Vietnam's General Ngo Xuan Lich on "
     "Thursday; President Barack Obama had lifted the arms ban.", "2018-01-25"),
    ("BIEN HOA, October 17 (Reuters) - US Defense Secretary Jim Mattis toured the air base on Wednesday with "
     "Vietnam's General Ngo Xuan Lich; President Barack Obama had pledged the clean-up.", "2018-10-17"),
])
def test_a_dateline_year_survives_one_official_recalled_from_another_term(text, day):
    assert published(text)[0] == day


@pytest.mark.parametrize("text, value", [
    ("Indian and Vietnamese soldiers trained together. The 2022 edition took place at Chandimandir in August that "
     "year.", ("IND", "exercise", "2022-08")),
    ("The Indian destroyer exercised at sea with the Vietnamese frigate Ly Thai To on August 18, 2021.",
     ("IND", "exercise", "2021-08-18")),
    ("In September 2014 ten US soldiers trained in Hanoi alongside engineers of the Vietnamese army.",
     ("USA", "exercise", "2014-09")),
    ("The US and Vietnam vaulted their relationship two rungs to a comprehensive strategic partnership in "
     "September 2023.", ("USA", "partnership_upgrade", "2023-09")),
    ("Washington and Hanoi restored diplomatic relations in July 1995.", ("USA", "partnership_upgrade", "1995-07")),
    ("Vietnam received its first US cutter in 2017 and formally took over a second US cutter in 2020.",
     ("USA", "ceremony", "2020")),
])
def test_more_verbs_of_exercises_upgrades_and_handovers(text, value):
    assert value in events("Hanoi, May 26, 2025 - " + text)


@pytest.mark.parametrize("text", [
    "The 14th edition of the India-Vietnam Defence Policy Dialogue took place in New Delhi in August 2023.",
    "Indian officers trained their own cadets in 2023, the ministry said.",
    "The ministry took over a building in Hanoi in 2020 for its Vietnam office.",
])
def test_those_verbs_without_their_context_are_no_such_event(text):
    assert not {t for _p, t, _d in events("Hanoi, May 26, 2025 - India and Vietnam. " + text)} & {
        "exercise", "ceremony"}


@pytest.mark.parametrize("text", ["the Vietnamese frigate Ly Thai To", "Colonel Nguyen Thai Son said",
                                  "Senior Lieutenant General Tran Thai Binh met them"])
def test_a_countrys_word_inside_a_vietnamese_name_names_no_country(text):
    from ties_lib.actors import find_countries
    assert "THA" not in {c for _s, _e, c in find_countries(text)}


def test_a_countrys_word_after_a_name_still_names_its_country():
    from ties_lib.actors import find_countries
    assert "THA" in {c for _s, _e, c in find_countries("Vietnam's Nguyen met the Thai Navy chief.")}


# Round 10: the sentence after the lead, and a relative clause between two happenings

@pytest.mark.parametrize("text, value", [
    ("New Delhi, July 7, 2007 - India and Vietnam on Friday elevated their relationship to a strategic "
     "partnership. A joint declaration was issued after talks here between Prime Minister Manmohan Singh and his "
     "Vietnamese counterpart Nguyen Tan Dung, whose three-day state visit began in Kolkata on Wednesday.",
     ("IND", "summit", "2007-07-06")),
    ("Hanoi, July 30, 2021 - The United States and Vietnam on Thursday agreed to widen their work on war legacies. "
     "The agreement followed talks between US Defense Secretary Lloyd Austin and General Phan Van Giang, whose "
     "guest had begun a two-day visit on Wednesday.", ("USA", "talks", "2021-07-29")),
    ("Hanoi, June 9, 2022 - India and Vietnam on Wednesday signed a memorandum on mutual logistics support. It came "
     "out of talks between Indian Defence Minister Rajnath Singh and General Phan Van Giang, whose guest had "
     "arrived for a three-day visit on Tuesday.", ("IND", "talks", "2022-06-08")),
])
def test_the_sentence_after_the_lead_tells_the_leads_meeting(text, value):
    assert value in events(text)
    # the relative clause's day is its own happening's, not the meeting's
    assert not [e for e in events(text) if e[1] == value[1] and e[2] != value[2]]


@pytest.mark.parametrize("text, visit", [
    ("A statement was issued after talks between Indian Defence Minister Rajnath Singh and General Phan Van Giang, "
     "whose delegation had begun its visit to India on Monday.", ("IND", "visit", "2023-03-06")),
    ("Patrol boats were promised following talks with US Defense Secretary Lloyd Austin, whose trip to Hanoi had "
     "begun on Tuesday.", ("USA", "visit", "2023-03-07")),
    ("The plan was agreed during talks with Indian Prime Minister Narendra Modi, whose state visit started in Hanoi "
     "on Wednesday.", ("IND", "visit", "2023-03-08")),
])
def test_talks_framing_a_statement_take_no_day_from_a_relative_clause(text, visit):
    got = events("Hanoi, March 10, 2023 - Ties are warm. Trade is up. " + text)
    assert visit in got
    assert (visit[0], "talks", visit[2]) not in got and (visit[0], "summit", visit[2]) not in got


@pytest.mark.parametrize("text, value", [
    ("The visit follows the visit of the Chief of Army Staff General VK Singh to Vietnam in July, the first by an "
     "Indian Army Chief.", ("IND", "visit", "2010-07")),
    ("The trip came after the visit of US Secretary of State Antony Blinken to Hanoi in April.",
     ("USA", "visit", "2010-04")),
    ("The talks followed the talks held in New Delhi in June between Rajnath Singh and Phan Van Giang.",
     ("IND", "talks", "2010-06")),
])
def test_a_happening_set_after_an_earlier_one_is_not_merged_with_it(text, value):
    assert value in events("Hanoi, October 13, 2010 - India and Vietnam. Trade is up. " + text)


@pytest.mark.parametrize("text, kept, dropped", [
    ("Senior diplomats from the two sides met for their second strategic dialogue last month, and External Affairs "
     "Minister S.M. Krishna is due in Hanoi in the middle of this month to co-chair the Joint Commission.",
     ("IND", "dialogue", "2011-08"), ("IND", "dialogue", "2011-09")),
    ("The Indian and Vietnamese navies held a passage exercise off Da Nang in May, and the two defence ministers "
     "will meet in Hanoi in August.", ("IND", "exercise", "2011-05"), ("IND", "exercise", "2011-08")),
    ("US Defense Secretary Lloyd Austin visited Hanoi in July, but Secretary of State Antony Blinken is due in the "
     "capital on Monday.", ("USA", "visit", "2011-07"), ("USA", "visit", "2011-08-29")),
])
def test_a_plans_clause_keeps_its_date_from_the_happening_before_it(text, kept, dropped):
    got = events("Hanoi, September 3, 2011 - India and Vietnam. Trade is up. " + text)
    assert kept in got and dropped not in got


@pytest.mark.parametrize("text, year", [
    ("Hanoi (VNA) - Deputy Minister Hoang Xuan Chien and US official John Noh co-chaired the 13th Vietnam - US "
     "Defence Policy Dialogue in Hanoi on May 8.\n\nChien said this year's dialogue carried special meaning as the two "
     "countries are marking the 30th anniversary of the establishment of diplomatic relations.\n\nVietnam and the US "
     "normalised relations in July 1995 and set up a comprehensive partnership in 2013.", "2025"),
    ("Hanoi (VNA) - Vietnamese and US officials met in Hanoi on July 20.\n\nThe meeting came as the two sides "
     "celebrate the 10th anniversary of their comprehensive partnership.\n\nThe comprehensive partnership was set up "
     "in July 2013 during a visit to Washington.", "2023"),
    ("New Delhi - Indian and Vietnamese officers held talks in New Delhi on June 5.\n\nThey noted the 15th "
     "anniversary of the India-Vietnam strategic partnership.\n\nIndia and Vietnam established a strategic "
     "partnership in 2007 and lifted it to a comprehensive strategic partnership in 2016.", "2022"),
])
def test_an_anniversary_counts_from_a_beginning_told_in_another_sentence(text, year):
    assert published(text)[0].startswith(year)


@pytest.mark.parametrize("text, value", [
    ("It follows the visit by Chief of the Indian Army Staff General V.K. Singh, who held talks with General Phung "
     "Quang Thanh in Hanoi in July.", ("IND", "visit", "2015-07")),
    ("Officials recalled the trip of US Defense Secretary Ashton Carter to Hanoi, during which he held talks with "
     "General Phung Quang Thanh on May 31.", ("USA", "visit", "2015-05-31")),
    ("Ties deepened after the official visit of Indian Defence Minister Manohar Parrikar, who met General Phung "
     "Quang Thanh in Hanoi in June.", ("IND", "visit", "2015-06")),
])
def test_talks_in_a_visits_relative_clause_date_the_visit_and_are_part_of_it(text, value):
    got = events("Hanoi, October 13, 2015 - India and Vietnam. Trade is up. " + text)
    assert got == [value]


@pytest.mark.parametrize("text, value", [
    ("The Carl Vinson anchored off Da Nang from March 5 to 9 - the same stretch of coast where US Marines landed in "
     "March 1965.", ("USA", "visit", "2018-03-05")),
    ("Indian destroyers INS Delhi and INS Satpura called at Cam Ranh Bay in June, a harbour which the Soviet navy "
     "leased in 1979.", ("IND", "visit", "2018-06")),
    ("US Defense Secretary Lloyd Austin toured the Hoa Lo prison in Hanoi on Thursday, the place where American "
     "pilots were held in 1967.", ("USA", "visit", "2018-10-11")),
])
def test_a_clause_on_a_noun_set_beside_the_place_keeps_its_own_date(text, value):
    assert events("Hanoi, October 13, 2018 - India, the US and Vietnam. Trade is up. " + text) == [value]


@pytest.mark.parametrize("text, value", [
    ("Ties have grown through US carrier port calls, the latest of which brought the USS Ronald Reagan to Da Nang at the "
     "end of June.", ("USA", "visit", "2018-06")),
    ("India and Vietnam have held passage exercises, the most recent of which took place off Cam Ranh in May.",
     ("IND", "exercise", "2018-05")),
    ("US Navy ships have made port calls at Cam Ranh, the first of which came in June.", ("USA", "visit", "2018-06")),
])
def test_the_latest_of_which_dates_the_happening_it_picks_out(text, value):
    assert value in events("Hanoi, October 13, 2018 - India, the US and Vietnam. Trade is up. " + text)


@pytest.mark.parametrize("text, day", [
    ("Hanoi, Oct 13 (UNI) India and Vietnam today agreed to widen defence cooperation at talks between Defence "
     "Minister A K Antony and Gen Phung Quang Thanh.\n\nThe talks built on discussions in July with Army Chief Gen V K "
     "Singh.\n\nIndia and Vietnam established a strategic partnership in July 2007.", "2010-10-13"),
    ("HANOI, Aug 8 (Reuters) - US Defense Secretary Lloyd Austin met Vietnamese Defence Minister General Phan Van "
     "Giang in Hanoi today.\n\nThe two countries normalised relations in July 1995 and set up a comprehensive "
     "partnership in July 2013.", "2021-08-08"),
    ("NEW DELHI, Dec 5 (PTI) - Defence Secretary Giridhar Aramane today received a Vietnamese delegation led by "
     "General Phan Van Giang, Vietnam's defence minister.\n\nIndia and Vietnam set up a strategic partnership in July "
     "2007.", "2022-12-05"),
])
def test_a_yearless_dateline_takes_a_year_its_officials_held_office_in_after_the_background_facts(text, day):
    assert published(text)[0] == day


@pytest.mark.parametrize("text, value", [
    ("The Indian destroyer arrived at Cam Ranh on Sunday. Trade is up.\n\nMalaysia's navy hosted the deployment's "
     "other ships.\n\nOn 24 Dec 2020, INS Kiltan arrived at Nha Rong Port in Ho Chi Minh City with flood relief.",
     ("IND", "visit", "2020-12-24")),
    ("The American carrier arrived at Da Nang on Sunday. Trade is up.\n\nThe carrier had earlier called at Manila in "
     "the Philippines.\n\nIn March 2020 USS Theodore Roosevelt anchored off Da Nang.", ("USA", "visit", "2020-03")),
    ("Indian and Vietnamese officers met on Sunday. Trade is up.\n\nSingapore's navy had escorted the ships earlier."
     "\n\nOn 12 June 2023 INS Kirpan called at Cam Ranh.", ("IND", "visit", "2023-06-12")),
])
def test_a_navys_ship_prefix_names_its_country(text, value):
    assert value in events("Hanoi, May 13, 2024 - " + text)


@pytest.mark.parametrize("text", ["the ins and outs of the deal", "INS. Smith said", "the USS-class hull"])
def test_a_prefix_not_written_before_a_ships_name_names_no_country(text):
    from ties_lib.actors import find_countries
    assert find_countries(text) == []


@pytest.mark.parametrize("text, code", [
    ("To Lam made a state visit to North Korea last month.", "PRK"),
    ("The Royal Malaysian Air Force flies the same jets.", "MYS"),
    ("Pakistani and Bangladeshi officers attended too.", "PAK"),
])
def test_third_countries_are_named_so_their_happenings_are_not_a_partners(text, code):
    from ties_lib.actors import find_countries
    assert code in {c for _s, _e, c in find_countries(text)}


@pytest.mark.parametrize("text, value", [
    ("Only a day earlier, on Monday, the two defence ministries had sat down in the Vietnamese capital for their "
     "annual policy talks.", ("IND", "dialogue", "2025-11-10")),
    ("Indian and Vietnamese officials held their annual defence talks in New Delhi on Tuesday.",
     ("IND", "dialogue", "2025-11-11")),
    ("The annual security consultations between India and Vietnam took place in Hanoi on Monday.",
     ("IND", "dialogue", "2025-11-10")),
])
def test_annual_talks_are_a_session_of_a_recurring_mechanism(text, value):
    assert events("Hanoi, November 12, 2025 - India and Vietnam. Trade is up. " + text) == [value]


@pytest.mark.parametrize("text, value", [
    ("The cutter was formally transferred to Vietnam on 14 August 2020 and stopped in Honolulu on 8 June.",
     ("USA", "ceremony", "2020-08-14")),
    ("The Indian destroyer INS Rana called at Cam Ranh on Monday and sailed for Manila on Thursday.",
     ("IND", "visit", "2021-09-13")),
    ("US Defense Secretary Lloyd Austin visited Hanoi in July 2021 and returned to Washington in August.",
     ("USA", "visit", "2021-07")),
])
def test_a_dated_happening_then_and_another_verb_keeps_its_own_date(text, value):
    # (the second verb may tell a happening of its own, "stopped in Honolulu on 8 June" since round 14; the first
    # keeps its date and no second date)
    got = events("Hanoi, September 13, 2021 - India, the US and Vietnam. Trade is up. " + text)
    assert value in got and not [e for e in got if e[1] == value[1] and e != value], got


@pytest.mark.parametrize("text, value", [
    ("9 APR | Ba Ria-Vung Tau\nThe United States handed over training facilities to the Vietnam Coast Guard.",
     ("USA", "ceremony", "2021-04-09")),
    ("28-29 JUL | Hanoi\n\nDefense Secretary Lloyd Austin met Defense Minister Gen. Phan Van Giang.",
     ("USA", "talks", "2021-07-28")),
    ("Aug. 24-26 | Hanoi\nVice President Kamala Harris's visit opened a CDC office in Vietnam.",
     ("USA", "visit", "2021-08-24")),
])
def test_a_digest_items_head_on_its_own_line_dates_the_item(text, value):
    got = events("Mekong Monitor\n\nIssue No. 41 | 20 September 2021\n\nOur round-up of US-Vietnam items.\n\n" + text)
    assert value in got


@pytest.mark.parametrize("line", [
    "July 12, 2020   Topic: Security   Region: Asia   Tags: Vietnam, South China Sea, U.S. Navy, China, Diplomacy",
    "Sept. 3, 2016\tSection: World\tTags: India, Vietnam",
    "12 March 2019    Category: Defence    Author: Staff Reporter",
])
def test_a_date_then_labelled_cells_set_apart_by_wide_spaces_is_a_date_line(line):
    assert _is_dateline(line)


@pytest.mark.parametrize("line", ["June 8, 2022    Rajnath Singh visits Hanoi",
                                  "2016      Modi visits Hanoi and signs deals",
                                  "March 2018    USS Carl Vinson calls at Da Nang"])
def test_a_timeline_row_set_apart_by_wide_spaces_is_no_date_line(line):
    assert not _is_dateline(line)


@pytest.mark.parametrize("text, value", [
    ("Chinh arrived in New Delhi earlier this week for a state visit that ran from July 30 to Aug. 1.",
     ("IND", "visit", "2024-07-30")),
    ("US Defense Secretary Lloyd Austin flew into Hanoi earlier this week for a visit that began on July 29.",
     ("USA", "visit", "2024-07-29")),
    ("Indian sailors arrived at Cam Ranh last week for a port call that lasted from July 24 to 27.",
     ("IND", "visit", "2024-07-24")),
])
def test_a_sentences_two_words_for_one_happening_keep_its_calendar_date(text, value):
    assert events("Hanoi, August 1, 2024 - India, the US and Vietnam. Trade is up. " + text) == [value]


@pytest.mark.parametrize("text, value", [
    ("Earlier this week, Prime Minister Nguyen Xuan Phuc and his Indian counterpart Narendra Modi co-chaired a "
     "virtual summit.", ("IND", "summit", "2020-12-21")),
    ("US Defense Secretary Lloyd Austin spoke by phone with General Phan Van Giang earlier this week.",
     ("USA", "talks", "2020-12-21")),
    ("Indian and Vietnamese navies held a passage exercise off Da Nang earlier this week.",
     ("IND", "exercise", "2020-12-21")),
])
def test_earlier_this_week_is_the_articles_week_before_its_day(text, value):
    assert events("Hanoi, December 24, 2020 - India, the US and Vietnam. Trade is up. " + text) == [value]


@pytest.mark.parametrize("text, day", [
    ("India gifts a corvette to Vietnam\n\nPublished Date - 06:15 PM, Sat - 22 July 23\n\nNew Delhi: India on Saturday "
     "handed over the corvette INS Kirpan to Vietnam at Cam Ranh.", "2023-07-22"),
    ("Singh in Hanoi\n\nLast Updated Date - 11:02 AM, Wed - 8 June 22\n\nHanoi: Defence Minister Rajnath Singh held "
     "talks with General Phan Van Giang on Wednesday.", "2022-06-08"),
    ("Navy ships in Da Nang\n\nPosted Date - 09:40 AM, Mon - 4 Mar 19\n\nDa Nang: Two Indian warships arrived in "
     "Da Nang on a goodwill visit.", "2019-03-04"),
])
def test_a_date_line_with_a_two_digit_year_after_the_month(text, day):
    assert published(text) == (day, "stated")


@pytest.mark.parametrize("text, values", [
    ("Defence Minister Rajnath Singh's three-day trip to Vietnam, from June 8 to 10, produced documents. On the first "
     "day in Hanoi, Singh held talks with General Phan Van Giang. The same day, Singh called on President Nguyen Xuan "
     "Phuc.", [("IND", "talks", "2022-06-08"), ("IND", "visit", "2022-06-08")]),
    ("US Defense Secretary Lloyd Austin was in Vietnam from June 1 to 3. On the second day, he met General Phan Van "
     "Giang in Hanoi.", [("USA", "talks", "2022-06-02"), ("USA", "visit", "2022-06-01")]),
    ("Indian and Vietnamese soldiers held a joint exercise from June 1 to 14. On the final day, Indian and Vietnamese "
     "sailors held a passage exercise off Cam Ranh.", [("IND", "exercise", "2022-06-01"), ("IND", "exercise",
                                                                                         "2022-06-14")]),
])
def test_the_first_or_last_day_is_a_day_of_the_span_just_told(text, values):
    got = events("Hanoi, June 17, 2022 - India, the US and Vietnam. " + text)
    assert all(v in got for v in values)


@pytest.mark.parametrize("text, day", [
    ("Giang and Hegseth talk\n\n08/02/2025 09:26 (GMT+07:00)\n\nGeneral Phan Van Giang on Friday held a phone call "
     "with Pete Hegseth. During the call on February 7, Giang recalled his visit to the Pentagon on September 9 last "
     "year.", "2025-02-08"),
    ("Navy chiefs meet\n\n05/03/2019 10:00\n\nIndian and Vietnamese navy chiefs met in Hanoi on March 4. They recalled "
     "a port call at Cam Ranh on November 20 the year before.", "2019-03-05"),
    ("Coast guards meet\n\n11/06/2023 08:15\n\nUS and Vietnamese coast guard officers met in Hanoi on June 10. They "
     "recalled the cutter handed over on September 30 two years earlier.", "2023-06-11"),
])
def test_a_numeric_date_line_read_near_a_reported_day_even_with_a_later_day_recalled(text, day):
    assert published(text)[0] == day


@pytest.mark.parametrize("text, value", [
    ("This year marks 50 years since India and Vietnam established diplomatic relations in January 1972.",
     ("IND", "partnership_upgrade", "1972-01")),
    ("The anniversary falls 25 years after Washington and Hanoi normalised relations in July 1995.",
     ("USA", "partnership_upgrade", "1995-07")),
    ("Twenty years have passed since the US and Vietnam normalised relations in July 1995.",
     ("USA", "partnership_upgrade", "1995-07")),
])
def test_a_count_gives_way_to_the_date_its_clause_writes(text, value):
    assert events("Hanoi, June 17, 2025 - India, the US and Vietnam. Trade is up. " + text) == [value]


def test_a_year_before_the_count_dates_the_anniversary_not_the_beginning():
    assert events("Hanoi, June 17, 2025 - The US and Vietnam. Trade is up. The year 2025 marks thirty years since "
                  "US-Vietnam diplomatic relations were established.") == [("USA", "partnership_upgrade", "1995")]


@pytest.mark.parametrize("text, value", [
    ("At the virtual summit of 21 December 2020, Indian Prime Minister Narendra Modi and Nguyen Xuan Phuc adopted a "
     "Joint Vision.",
     ("IND", "summit", "2020-12-21")),
    ("During the visit in June 2022, Indian Defence Minister Rajnath Singh and General Phan Van Giang signed a "
     "memorandum.", ("IND", "visit", "2022-06")),
    ("After the talks of March 3, 2021, US and Vietnamese officials agreed to expand war legacy work.",
     ("USA", "talks", "2021-03-03")),
])
def test_a_happening_named_again_with_its_own_full_date_is_told_too(text, value):
    assert events("Hanoi, June 17, 2023 - India, the US and Vietnam. Trade is up. " + text) == [value]


@pytest.mark.parametrize("text, value", [
    ("US Vice President Kamala Harris made the pledge on Wednesday in Hanoi, where she met with Vietnamese President "
     "Nguyen Xuan Phuc.", ("USA", "talks", "2022-06-08")),
    ("Indian Defence Minister Rajnath Singh spoke on Tuesday at Hanoi's National Defence Academy, where he held talks "
     "with General Phan Van Giang.", ("IND", "talks", "2022-06-07")),
    ("The announcement came on June 9 in Hai Phong, where Indian Defence Minister Rajnath Singh handed over 12 "
     "high-speed guard boats to Vietnam.", ("IND", "ceremony", "2022-06-09")),
])
def test_a_where_clause_takes_the_day_its_main_clause_tells_without_a_happening(text, value):
    assert events("Hanoi, June 10, 2022 - India, the US and Vietnam. Trade is up. " + text) == [value]


@pytest.mark.parametrize("text, value", [
    ("The USS Ronald Reagan pulled into the central city of Da Nang on Sunday.", ("USA", "visit", "2023-06-25")),
    ("The Indian frigate INS Sahyadri tied up at the northern port city of Hai Phong on Monday.",
     ("IND", "visit", "2023-06-26")),
    ("The US cutter put in at the southern port of Vung Tau on Tuesday.", ("USA", "visit", "2023-06-27")),
])
def test_a_place_named_with_what_it_is_is_a_place(text, value):
    assert events("Hanoi, June 27, 2023 - India, the US and Vietnam. Trade is up. " + text) == [value]


def test_a_partner_tie_is_broken_the_same_way_whatever_the_hash_seed():
    """Two partners named equally often: the one named first, on every run (a set's order once decided it)."""
    import os
    import subprocess
    import sys

    code = ("from conftest import article; r = article('Hanoi, June 17, 2023 - India, the US and Vietnam. Trade is up. "
            "At the virtual summit of 21 December 2020, Modi and Prime Minister Nguyen Xuan Phuc adopted a plan.'); "
            "print([e.partner for e in r.events])")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           cwd=os.path.dirname(__file__), env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in range(1, 7)}
    assert outs == {"['IND']\n"}


@pytest.mark.parametrize("text, value", [
    ("US Defense Secretary Leon Panetta held talks with General Phung Quang Thanh in Hanoi on June 4. The two "
     "exchanged wartime artifacts. Panetta later met Prime Minister Nguyen Tan Dung, who urged Washington to lift its "
     "arms ban.", ("USA", "talks", "2012-06-04")),  # round 19: after dated talks, "later" is their day
    ("The 15th India-Vietnam Defence Policy Dialogue was held in Hanoi on Monday. The Indian Defence Secretary later "
     # (round 26: a session of the dialogue is a meeting of that day too, as talks are; the month before)
     "called on Vietnam's Minister of National Defence General Phan Van Giang.", ("IND", "talks", "2012-06-25")),
    ("Indian warships INS Delhi and INS Shakti called at Cam Ranh on June 20. The Indian fleet commander afterwards "
     "called on the commander of Vietnam's Naval Region 4.", ("IND", "talks", "2012-06")),
])
def test_a_meeting_told_as_later_falls_in_the_month_or_day_of_what_was_just_told(text, value):
    assert value in events("Hanoi, June 27, 2012 - India, the US and Vietnam. Trade is up. " + text)


def test_then_in_one_sentence_is_not_later():
    got = events("Hanoi, November 3, 2025 - The US and Vietnam. Trade is up. US Secretary Pete Hegseth held talks with "
                 "General Phan Van Giang in Hanoi, then met General Secretary To Lam.")
    assert ("USA", "talks", "2025-11") not in got


@pytest.mark.parametrize("text, value", [
    ("The Indian and Vietnamese navies held a passage exercise on May 6. On the same afternoon, General Phan Van Giang "
     "received Indian Defence Secretary Rajesh Kumar Singh.", ("IND", "talks", "2025-05-06")),
    ("US and Vietnamese officials opened a war legacy office in Da Nang on May 6. That afternoon, US Ambassador Marc "
     "Knapper called on the city's party chief.", ("USA", "talks", "2025-05-06")),
    ("Two Indian warships called at Cam Ranh on May 6. That evening, the Indian fleet commander called on the "
     "commander of Vietnam's Naval Region 4.", ("IND", "talks", "2025-05-06")),
])
def test_the_same_afternoon_or_that_evening_is_the_day_just_told(text, value):
    assert value in events("Hanoi, May 8, 2025 - India, the US and Vietnam. The dialogue was held on Monday, May 5. "
                           + text)


@pytest.mark.parametrize("text, value", [
    ("During the phone call on the evening of February 7, General Phan Van Giang congratulated US Defense Secretary "
     "Pete Hegseth.", ("USA", "talks", "2025-02-07")),
    ("At the talks on June 19 in New Delhi, Indian Defence Minister Rajnath Singh told General Phan Van Giang of the "
     "gift.", ("IND", "talks", "2024-06-19")),
    ("After the talks of 12 March, US and Vietnamese coast guard officers agreed on training.",
     ("USA", "talks", "2025-03-12")),
])
def test_a_happening_named_again_with_its_day_of_the_month_is_told_too(text, value):
    assert value in events("Hanoi, May 8, 2025 - India, the US and Vietnam. Trade is up. " + text)


@pytest.mark.parametrize("text, value", [
    ("US Assistant Secretary of Defense Randall Schriver visited Vietnam two weeks ago to prepare for the trip.",
     ("USA", "visit", "2018-10-01")),
    ("Indian Navy ships called at Cam Ranh three days ago.", ("IND", "visit", "2018-10-14")),
    ("A US Navy hospital ship called at Nha Trang a week ago.", ("USA", "visit", "2018-10-08")),
])
def test_days_and_weeks_ago_count_back_from_the_articles_day(text, value):
    assert value in events("Hanoi, October 17, 2018 - India, the US and Vietnam. Trade is up. " + text)


@pytest.mark.parametrize("text, value", [
    ("Vietnam and India hold security dialogue\n\nThe third dialogue was held in Hanoi on 5/12. General Luong Tam Quang, "
     "Minister of Public Security, received Pavan Kapoor, India's Deputy National Security Advisor.\n\nThe second "
     "dialogue was held in New Delhi on 13/9/2022. Both sides back the Action Programme for the period 2024–2028.",
     ("IND", "dialogue", "2024-12-05")),
    ("VINBAX opens\n\nIndian and Vietnamese troops opened the joint exercise VINBAX 2025 on November 11, with Indian "
     "Defence Secretary Rajesh Kumar Singh attending.\n\nThe previous edition was held at Chandimandir in November "
     "2024.", ("IND", "exercise", "2025-11-11")),
    ("Giang and Hegseth talk\n\nUS Defense Secretary Pete Hegseth and General Phan Van Giang spoke by phone on "
     "February 7, early in the 2025 anniversary year.\n\nThe comprehensive strategic partnership dates from September "
     "2023.", ("USA", "talks", "2025-02-07")),
])
def test_the_officials_year_dates_a_text_later_than_its_latest_dated_fact(text, value):
    assert value in events(text)


@pytest.mark.parametrize("text, day", [
    ("HANOI, June 24 (Reuters) - US Defense Secretary Pete Hegseth on Sunday held talks with General Phan Van Giang "
     "in Hanoi.\n\nThe two countries set up a comprehensive strategic partnership in September 2023.", "2025-06-24"),
    ("HANOI, Nov 13 (VNA) - Indian Defence Secretary Rajesh Kumar Singh on Monday co-chaired a dialogue with Senior "
     "Lieutenant General Hoang Xuan Chien.\n\nThe two countries signed a logistics memorandum in June 2022.",
     "2024-11-13"),
    ("HANOI, Mar 7 (AP) - US Defense Secretary Pete Hegseth on Tuesday spoke with General Phan Van Giang by phone."
     "\n\nThe two countries set up a comprehensive strategic partnership in September 2023.", "2025-03-07"),
])
def test_a_yearless_dateline_filed_days_after_the_leads_weekday_takes_the_officials_year(text, day):
    assert published(text)[0] == day


@pytest.mark.parametrize("text", [
    "Under the 2014 credit line, no patrol vessel had been delivered to Vietnam by June 2016.",
    "The second US cutter has not been handed over to Vietnam, officials said in 2021.",
    "Indian Defence Minister Rajnath Singh did not visit Cam Ranh Bay in June 2021.",
])
def test_what_did_not_happen_is_no_event(text):
    assert events("Hanoi, June 10, 2022 - India, the US and Vietnam. Trade is up. " + text) == []


@pytest.mark.parametrize("text", [
    "If the logistics memorandum is followed by actual port calls and joint training, 2022 may be remembered as a "
    "turning point.",
    "Unless Washington and Hanoi hold talks on the issue in 2021, the deal will lapse.",
    "Should the two navies hold a joint exercise in 2021, it would be a first.",
])
def test_a_condition_is_no_event(text):
    assert events("Hanoi, June 10, 2022 - India, the US and Vietnam. Trade is up. " + text) == []


@pytest.mark.parametrize("text, actor_id, name", [
    ("Hanoi, May 3, 2016 - US Defense Secretary Ash Carter met General Phung Quang Thanh in Hanoi on Tuesday.",
     "ashton-carter", "Ash Carter"),
    ("Hanoi, October 13, 2010 - Indian Defence Minister AK Antony met General Phung Quang Thanh in Hanoi today.",
     "a-k-antony", "AK Antony"),
    ("Hanoi, January 25, 2018 - US Defense Secretary Jim Mattis met General Ngo Xuan Lich on Thursday. Mattis also "
     "met the prime minister.", "james-mattis", "Jim Mattis"),
])
def test_an_actors_name_is_the_full_name_as_written_and_its_id_the_bases(text, actor_id, name):
    from ties_lib.frames import actors_frame
    df = actors_frame([article(text)])
    assert df.set_index("actor_id").loc[actor_id, "name"] == name


@pytest.mark.parametrize("text, actor_id", [
    ("New Delhi, June 9, 2022 - Defence Minister Rajnath Singh Thursday handed over 12 boats to Vietnam.",
     "rajnath-singh"),
    ("Hanoi, May 3, 2016 - US Ambassador Ted Osius Monday handed over six boats to Vietnam.", "ted-osius"),
    ("Hanoi, May 3, 2016 - General Phan Van Giang Tuesday met Indian Ambassador Pranay Verma.", "phan-van-giang"),
])
def test_a_weekday_after_a_name_is_not_part_of_it(text, actor_id):
    assert actor_id in {h.actor_id for h in article(text).actors}


@pytest.mark.parametrize("text, third", [
    ("Hanoi, May 3, 2016 - Vietnam's defence minister met Chinese Defence Minister Liang Guanglie, then Indian "
     "Defence Minister A.K. Antony.", "liang-guanglie"),
    ("Hanoi, May 3, 2016 - Japanese Prime Minister Fumio Kishida and US President Barack Obama visited Vietnam.",
     "fumio-kishida"),
    ("Hanoi, May 3, 2016 - South Korean Defense Minister Kim Kwan-jin met General Phung Quang Thanh a day after US "
     "Secretary Ashton Carter.", "kim-kwan-jin"),
])
def test_a_third_countrys_official_is_not_an_actor(text, third):
    assert third not in {h.actor_id for h in article(text).actors}


@pytest.mark.parametrize("text, actor_id", [
    ("Hanoi, March 21, 2000 - Cohen met Foreign Minister Nguyen Duy Nien on Tuesday.", "nguyen-duy-nien"),
    ("Washington, November 10, 2003 - Defense Minister Pham Van Tra was received at the Pentagon.", "pham-van-tra"),
    ("Hanoi, March 13, 2000 - Cohen called on President Tran Duc Luong.", "tran-duc-luong"),
])
def test_an_official_with_a_vietnamese_family_name_written_first_is_vietnams(text, actor_id):
    assert {h.actor_id: h.country for h in article(text).actors}.get(actor_id) == "VNM"


@pytest.mark.parametrize("text, name", [
    ("Hanoi, 2024 - The two ministers signed the Updated Joint Vision Statement on U.S.-Vietnam Defense Relations.",
     "Updated Joint Vision Statement on U.S.-Vietnam Defense Relations"),
    ("Hanoi, 2016 - They signed the Memorandum of Understanding on U.S. Coast Guard Training.",
     "Memorandum of Understanding on U.S. Coast Guard Training"),
    ("Hanoi, 2016 - They adopted a Joint Statement on U.S.-India-Vietnam Consultations in Hanoi.",
     "Joint Statement on U.S.-India-Vietnam Consultations"),
])
def test_an_abbreviation_with_dots_is_part_of_an_agreements_name(text, name):
    assert [a.name for a in article(text).agreements] == [name]


@pytest.mark.parametrize("text, value", [
    ("The USS Vandegrift, the first US warship in Saigon since the war, nosed into port on Wednesday morning.",
     ("USA", "visit", "2023-11-15")),
    ("The Indian destroyer INS Rana steamed into Cam Ranh on May 3.", ("IND", "visit", "2023-05-03")),
    ("Two weeks ago, on Nov. 10, Defense Minister Pham Van Tra walked into the Pentagon for talks.",
     ("USA", "visit", "2023-11-10")),
])
def test_a_ship_or_minister_coming_into_a_place_is_a_visit(text, value):
    assert value in events("Hanoi, November 21, 2023 - India, the US and Vietnam. Trade is up. " + text)


@pytest.mark.parametrize("text, value", [
    ("India-Vietnam diplomatic relations, which were established in January 1972, turn fifty.",
     ("IND", "partnership_upgrade", "1972-01")),
    ("Ties rest on the comprehensive partnership that Barack Obama and President Truong Tan Sang set up in July 2013.",
     ("USA", "partnership_upgrade", "2013-07")),
    ("Ties rest on the strategic partnership that Prime Minister Manmohan Singh and Nguyen Tan Dung established in "
     "July 2007.", ("IND", "partnership_upgrade", "2007-07")),
])
def test_relations_or_a_partnership_named_first_then_begun_in_a_relative_clause(text, value):
    assert value in events("Hanoi, November 21, 2023 - India, the US and Vietnam. Trade is up. " + text)


@pytest.mark.parametrize("text", [
    "Xi Jinping was in Hanoi in April, days after Washington threatened Vietnam with tariffs.",
    "Shinzo Abe visited Hanoi in January 2017, a week before Washington changed presidents.",
    "Rodrigo Duterte paid a visit to Hanoi in September 2016, as Washington watched.",
])
def test_a_third_countrys_leader_makes_the_happening_that_countrys(text):
    assert events("Hanoi, May 8, 2025 - The US and Vietnam. Trade is up. " + text) == []


def test_a_one_word_name_is_not_read_inside_a_longer_word():
    assert "xi-jinping" not in {h.actor_id for h in article(
        "HANOI, Aug. 17 (Xinhua) -- Vietnam and the United States held their first defense policy dialogue.").actors}


@pytest.mark.parametrize("text, value", [
    ("Hanoi, November 11, 2025 - India and Vietnam on Monday held their 15th Defence Policy Dialogue in Hanoi. The "
     "delegations reviewed cooperation since the 14th dialogue, held in New Delhi on August 1 last year. On the same "
     "afternoon, General Phan Van Giang received the Indian Defence Secretary.", ("IND", "talks", "2025-11-10")),
    ("Hanoi, July 30, 2021 - US Defense Secretary Lloyd Austin held talks with General Phan Van Giang on Thursday. "
     "They recalled the cutter handed over on May 25, 2017. The same day, Austin called on Prime Minister Pham Minh "
     "Chinh.", ("USA", "talks", "2021-07-29")),
    ("Hanoi, June 9, 2022 - Indian Defence Minister Rajnath Singh held talks with General Phan Van Giang on "
     "Wednesday. Singh recalled the visit of President Pranab Mukherjee on September 15, 2014. Later that day, Singh "
     "called on President Nguyen Xuan Phuc.", ("IND", "talks", "2022-06-08")),
])
def test_the_same_day_skips_a_day_recalled_from_an_earlier_year(text, value):
    got = events(text)
    assert value in got
    assert not [e for e in got if e[1] == "talks" and e[2][:4] != value[2][:4]]
