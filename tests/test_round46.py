"""Round 46 of the generalisation loop (batches 526-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "day"), [
    # 9 August 2025 is a Saturday: the Thursday the lead names is two days before it
    ("HAI PHONG, Vietnam, Aug. 9 (Kestrel) -- A US Navy destroyer arrived in Da Nang on Thursday for a five-day "
     "visit, the embassy said.\nThe visit comes as the two countries mark 30 years since normalising diplomatic "
     "relations in July 1995.\n", "2025-08-09"),
    # 15 March 2022 is a Tuesday: the Saturday is three days before it
    ("NEW DELHI, March 15 (Wire) - Vietnam's defence minister arrived in New Delhi on Saturday for a four-day "
     "visit.\nThe visit comes as the two countries mark the 50th anniversary of diplomatic relations, established "
     "in January 1972.\n", "2022-03-15"),
    # 10 June 2020 is a Wednesday: the Monday is two days before it
    ("HANOI, June 10 (Agency) - An Indian Navy frigate docked at Cam Ranh on Monday for a goodwill call.\nThe call "
     "comes as the two countries mark 25 years of diplomatic relations established in July 1995.\n", "2020-06-10"),
])
def test_a_datelines_year_told_by_a_count_holds_when_the_leads_weekday_is_days_before(text, day):
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize(("line", "month"), [
    ("Vol. 37, No. 2 -- February 2022", "2022-02"),
    ("Volume 12 — March 2019", "2019-03"),
    ("Issue 4 -- June 2018", "2018-06"),
])
def test_an_issue_line_with_a_double_or_long_dash_dates_the_page(line, month):
    text = f"Harbor Monthly\n{line}\n\nUS and Vietnamese officers opened a language lab in Hanoi last month.\n"
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("stamp", "plan", "day"), [
    ("Friday, June 17", "The Vietnamese engineers are expected to visit Hawaii for a follow-on exchange in early 2023.",
     "2022-06-17"),
    ("Tuesday, 14 March", "The next round of the dialogue is to be held in New Delhi in 2024.", "2023-03-14"),
    ("Monday, Oct. 7", "Vietnam will host the next staff talks in late 2025, the ministry said.", "2024-10-07"),
])
def test_a_stamps_own_weekday_and_a_plans_year_date_the_page(stamp, plan, day):
    text = (f"Coastal Gazette\n\nEngineers share skills with Vietnamese army\n\nBy Staff Writer\n{stamp}\n\n"
            "A team of US Army engineers returned home this week after a training exchange in Quang Tri province.\n"
            f"{plan}\n")
    assert published(text) == (day, "inferred")


def test_a_stamps_weekday_that_fits_neither_the_plans_year_nor_the_one_before_gives_no_day_guard():
    # 17 June is a Saturday in 2023 and a Monday in 2024
    text = ("Coastal Gazette\n\nEngineers share skills with Vietnamese army\n\nBy Staff Writer\nFriday, June 17\n\n"
            "A team of US Army engineers returned home this week after a training exchange in Quang Tri province.\n"
            "The Vietnamese engineers are expected to visit Hawaii in 2024.\n")
    assert len(published(text)[0]) != 10


def test_a_count_of_a_recalled_happening_gives_way_to_the_officials_years_guard():
    # "15 years since 1995" is 2010, but Panetta took office in July 2011; 20 September 2011 is the Tuesday after
    # the lead's Monday
    text = ("WASHINGTON, Sept 20 (Wire) - Defense Secretary Leon Panetta met Vietnam's deputy defence minister at the "
            "Pentagon on Monday.\nThe first round of the dialogue was held in Hanoi in August last year, weeks after "
            "a US destroyer called at Da Nang to mark 15 years since normalisation in 1995.\n")
    assert published(text) == ("2011-09-20", "inferred")


@pytest.mark.parametrize(("sentence", "who"), [
    ("Rear Adm. Curtis Lindqvist, INDOPACOM's director for strategic planning and policy, held a video call with "
     "Maj. Gen. Vu Chien Thang, deputy head of Vietnam's Foreign Relations Department.", "curtis-lindqvist"),
    ("Colonel Ravi Menon, the Indian Navy's head of policy and planning, met Rear Admiral Nguyen Van Binh in Hanoi.",
     "ravi-menon"),
    ("Captain Anil Rao, Deputy Director of Planning at the Indian Navy's headquarters, called on Rear Admiral Nguyen "
     "Van Binh in Hanoi.", "anil-rao"),
])
def test_an_offices_planning_in_a_title_is_no_plan(sentence, who):
    coded = article(f"HANOI, Aug. 2, 2021 - On July 21, {sentence}\n").events
    assert [(e.type, e.date.iso_start()) for e in coded] == [("talks", "2021-07-21")]
    assert who in coded[0].participants


@pytest.mark.parametrize("sentence", [
    "India and Vietnam are planning a joint naval exercise in the South China Sea.",
    "The two navies said they were planning for a port call by an Indian frigate at Cam Ranh.",
    "Officials are planning joint talks on maritime security in New Delhi.",
])
def test_a_happening_being_planned_is_still_a_plan_guard(sentence):
    assert _coded(f"HANOI, Aug. 2, 2021 - {sentence}\n") == []


@pytest.mark.parametrize(("text", "weekday"), [
    ("Coastal Digest\nVol. 6, No. 19\n\nHANOI -- US and Vietnamese flight surgeons held an exchange in Hanoi, 30 "
     "years after the two countries normalised relations in July 1995.\nThe exchange, which ran from May 12 to 15, "
     "covered pilot fatigue.\nOn Wednesday, the American team was received by Major General Nguyen Van Hung, deputy "
     "commander of the Air Force.\n", 2),
    ("Border Notes\nIssue 7\n\nNEW DELHI -- An Indian Army delegation visited Vietnam for talks on peacekeeping, after "
     "the 50th anniversary of diplomatic relations in 2022.\nThe visit ran from 6 to 10 March.\nOn Tuesday, the "
     "Indian delegation called on Senior Lieutenant General Hoang Xuan Chien, Deputy Minister of National Defence, in "
     "Hanoi.\n", 1),
    ("Harbour Letter\n\nA US Navy medical team worked with Vietnamese doctors in Khanh Hoa, a decade after the "
     "Comprehensive Partnership of July 2013.\nThe team's visit to Nha Trang lasted from Sept. 11 to 15, the embassy said.\nOn "
     "Thursday, Capt. Laura Perez met Rear Adm. Tran Van Nam, commander of Naval Region 4.\n", 3),
])
def test_a_weekday_after_a_span_on_a_page_with_no_day_is_the_spans_own(text, weekday):
    coded = article(text).events
    span = next(e.date for e in coded if e.date.is_range)
    talks = [e.date for e in coded if e.type == "talks"]
    assert len(talks) == 1 and talks[0].start.weekday() == weekday
    assert span.start <= talks[0].start <= span.end


@pytest.mark.parametrize(("text", "day"), [
    ("Asia Letter\n\nUS and Vietnamese defence officials held a video call on Monday, April 19, on English teaching, "
     "which the pandemic has not stopped.\nThe programme rests on a memorandum of understanding signed in September "
     "2011.\n", "2021-04-19"),
    ("Coastal Notes\n\nThe two navies signed a memorandum on submarine rescue in December 2020.\nOn Thursday, 9 June, "
     "the Indian and Vietnamese navies held staff talks in Hanoi.\n", "2022-06-09"),
    ("Coastal Notes\n\nIndia and Vietnam set up a Comprehensive Strategic Partnership in September 2016.\nOn Saturday, "
     "March 3, the two navies held staff talks in Hanoi.\n", "2018-03-03"),
])
def test_a_days_own_weekday_tells_its_year_from_the_floor_the_text_gives(text, day):
    assert day in [e.date.iso_start() for e in article(text).events if e.date.precision == "day"]


@pytest.mark.parametrize(("line", "day"), [
    ("Long Bien Medical Weekly · No. 49/2012 · Week of 3-9 December", "2012-12-03"),
    ("Harbour Weekly | No. 12/2019 | Week of 18-24 March", "2019-03-18"),
    ("Coast Guard Letter • No. 7/2023 • 6-12 February", "2023-02-06"),
])
def test_a_weeklys_numbered_issue_and_its_week_at_the_foot_date_the_page(line, day):
    text = ("WEEKLY NEWS\n\nUS Army doctors and Hospital 108 compare notes\n\nA five-day exchange between American "
            "military physicians and Hospital 108 closed in Hanoi on Sunday.\n\nIn this issue: dengue cases fall\n\n"
            f"{line}\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("sentence", "year"), [
    ("Ten years ago, almost to the month, the amphibious ship INS Airavat left Nha Trang in July 2011 after a "
     "goodwill visit.", "2021"),
    ("Twenty years ago, a Vietnamese defence minister set foot in the Pentagon for the first time, in November 2003.",
     "2023"),
    ("Five years ago, the two navies held their first bilateral exercise off Da Nang in 2018.", "2023"),
])
def test_a_sentence_opened_by_a_count_of_years_ago_and_telling_one_year_gives_the_pages_year(sentence, year):
    text = ("Naval Letter\n\nIndian warships called at Cam Ranh this month for a port call with the Vietnam "
            f"People's Navy.\n{sentence}\n")
    assert published(text)[0].startswith(year)


def test_a_count_of_years_ago_in_a_sentence_telling_two_years_gives_no_year_guard():
    text = ("Naval Letter\n\nIndian warships called at Cam Ranh this month for a port call with the Vietnam "
            "People's Navy.\nTen years ago, the two navies had little contact; in 2016 they upgraded ties and in 2018 "
            "held a first exercise.\n")
    assert published(text)[0] != "2026"


@pytest.mark.parametrize(("stamp", "fact", "day"), [
    ("Friday, August 19", "A memorandum on that cooperation was signed by the two defence ministries in 2021.",
     "2022-08-19"),
    ("Monday, Oct. 9", "The two coast guards signed a memorandum of understanding in 2020.", "2023-10-09"),
    ("Friday, 3 June", "The provincial museum reopened in 2019 after a long renovation.", "2022-06-03"),
])
def test_a_stamps_own_weekday_holds_from_the_latest_year_the_text_tells(stamp, fact, day):
    # (Obama and Sang shared their terms from 2011 to April 2016, a year the stamp's weekday fits in none of)
    text = (f"HIGHLANDS COURIER\n\n{stamp}\n\nJoint teams wrap up search for missing airmen\n\nBy Staff Writer\n\n"
            "A joint team of American and Vietnamese specialists on Tuesday closed an excavation in Gia Lai province."
            "\nIn July 2013, Presidents Barack Obama and Truong Tan Sang set up a comprehensive partnership."
            f"\n{fact}\n")
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize(("sentences", "year"), [
    ("This week marks two decades since the frigate USS Vandegrift tied up on the Saigon River. The frigate arrived "
     "in Ho Chi Minh City on November 19, 2003, for a four-day port call.", "2023"),
    ("This month marks seven years since the two navies first drilled together. The exercise was held off Da Nang in "
     "May 2018.", "2025"),
    ("Today marks fifteen years since India's defence minister first came to Hanoi. He arrived on 8 December 2009 "
     "for talks with General Phung Quang Thanh.", "2024"),
])
def test_a_count_of_years_since_dated_in_the_next_sentence_gives_the_pages_year(sentences, year):
    text = f"SECURITY LETTER\n\nA look back\n\n{sentences}\nMuch has changed since then.\n"
    assert published(text)[0].startswith(year)


@pytest.mark.parametrize(("head", "day"), [
    ("THE GULF SIGNAL\nA fortnightly newsletter on US-Vietnam security relations\n\nIssue 88 — week of November 20",
     "2023-11-20"),
    ("HARBOUR NOTES\nA weekly letter on naval diplomacy\n\nIssue 12 | Week of November 13", "2023-11-13"),
    ("THE RIVER LETTER\nNews of the Mekong delta's defence links\n\nNo. 7 - Week of November 6", "2023-11-06"),
])
def test_an_issue_line_after_a_blank_line_under_the_masthead_gives_the_pages_day(head, day):
    text = (f"{head}\n\nLooking back\n\nThis week marks two decades since the frigate USS Vandegrift tied up on the "
            "Saigon River. The frigate arrived in Ho Chi Minh City on November 19, 2003, for a port call.\n")
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize(("foot", "day"), [
    ("(c) Agartala Frontier Courier. Published Wednesday, 15 November 2023.", "2023-11-15"),
    ("© Shillong Evening Post. Published Monday, 6 March 2023.", "2023-03-06"),
    ("Copyright Deccan Defence Review. Posted Wednesday 2 June 2021.", "2021-06-02"),
])
def test_a_copyright_line_with_a_labelled_stamp_dates_the_page(foot, day):
    text = ("DEFENCE\n\nVietnamese army doctors study casualty care with Indian medics\n\nA Vietnamese army medical "
            f"team spent five days with Indian Army field hospitals in Meghalaya.\n\nShare: Facebook | X\n\n{foot}\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize("headline", [
    "VIETNAM: DEPUTY-LEVEL VIDEO CALL SETS 2022 AGENDA",
    "Navies Adopt 2022 Calendar Of Port Calls",
    "Army Chiefs Agree 2022 Plan For Staff Talks",
])
def test_a_year_naming_a_plan_in_a_headline_is_no_edition(headline):
    from ties_lib.anchoring import edition_in_lead

    assert edition_in_lead(f"{headline}\n\nPentagon and Vietnamese defense officials held a videoconference.") is None


@pytest.mark.parametrize(("lead", "year"), [
    ("VINBAX 2022 opens at Ambala", 2022),
    ("Sagar-2019 drill ends off Da Nang", 2019),
    ("Exercise Hop Tac 2018 Begins In Hanoi", 2018),
])
def test_an_editions_name_and_year_still_give_the_year_guard(lead, year):
    from ties_lib.anchoring import edition_in_lead

    assert edition_in_lead(f"{lead}\n\nIndian and Vietnamese troops began the exercise.")[0] == year


@pytest.mark.parametrize(("stamp", "lead", "day"), [
    ("Issue #212 - Week of October 18", "held a videoconference on Thursday, Oct. 14", "2021-10-18"),
    ("Issue #213 - Week of October 25", "held a videoconference on Wednesday, Oct. 20", "2021-10-25"),
    ("Issue #214 - Week of November 1", "held a videoconference on Tuesday, Oct. 26", "2021-11-01"),
])
def test_a_leads_weekday_told_with_its_own_day_picks_the_stamps_year(stamp, lead, day):
    # Lloyd Austin has been in office since January 2021
    text = (f"DEFENSE NOTES\n{stamp}\n\nVietnam video talks\n\nPentagon and Vietnamese defense officials {lead}, "
            "to plan next year's engagements.\nThe call followed Defense Secretary Lloyd Austin's trip to Hanoi.\n")
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize("line", ["Issue #212 - Week of October 18", "Issue 9 -- Week of May 4",
                                  "Issue 41 — 17 October"])
def test_an_issue_number_and_its_day_is_no_headline(line):
    text = (f"DEFENSE NOTES\n{line}\n\nVietnam video talks\n\nPentagon and Vietnamese defense officials held a "
            "videoconference on Thursday to plan next year's engagements.\n")
    assert article(text).article.title != line


@pytest.mark.parametrize("sentence", [
    "Analysts see coast guard work as the easiest path after last September's upgrade of relations to a "
    "Comprehensive Strategic Partnership.",
    "Cooperation has quickened since the upgrade of ties to a Comprehensive Strategic Partnership.",
    "Relations have warmed after last year's upgrade of ties to a Comprehensive Strategic Partnership.",
])
def test_an_upgrade_told_as_made_floors_the_pages_year(sentence):
    # 22 April is a Monday in 2019 and in 2024; the US-Vietnam Comprehensive Strategic Partnership dates from
    # 10 September 2023
    text = ("THE CORVINA LETTER\nMaritime security, every Monday\n\nMon., Apr. 22\n\nUS and Vietnamese coast guards "
            "trade notes\n\nUS Coast Guard and Vietnam Coast Guard officers held an exchange in Hai Phong that ended "
            f"Friday.\nThe US transferred the cutter Morgenthau to Vietnam in 2017.\n{sentence}\n")
    assert published(text) == ("2024-04-22", "inferred")


def test_an_upgrade_still_to_come_gives_no_floor_guard():
    text = ("THE CORVINA LETTER\nMaritime security, every Monday\n\nMon., Apr. 22\n\nUS and Vietnamese coast guards "
            "trade notes\n\nUS Coast Guard and Vietnam Coast Guard officers held an exchange in Hai Phong that ended "
            "Friday.\nThe US transferred the cutter Morgenthau to Vietnam in 2017.\nWashington hopes for a possible "
            "upgrade of relations to a Comprehensive Strategic Partnership.\n")
    assert published(text) == ("2019-04-22", "inferred")


@pytest.mark.parametrize(("foot", "day"), [
    ("This brief was completed on 14 February 2012.", "2012-02-14"),
    ("This paper was prepared in Canberra on 3 May 2019.", "2019-05-03"),
    ("The report was finalised on 21 October 2015.", "2015-10-21"),
])
def test_a_briefs_sign_off_of_the_day_it_was_finished_dates_it(foot, day):
    text = ("STRATEGIC DIGEST\nBackground Brief No. 27\n\nHow US-Vietnam defence ties were rebuilt\n\nDefense "
            "Minister Pham Van Tra visited the Pentagon in November 2003.\nThe two countries signed a memorandum of "
            f"understanding in September 2011.\n\n{foot}\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("stamp", "month"), [
    ("Recorded July 2023", "2023-07"),
    ("Recorded March 2021", "2021-03"),
    ("Recorded May 2018", "2018-05"),
])
def test_a_transcripts_recording_stamp_dates_it(stamp, month):
    text = (f"NORTHBOUND PACIFIC - Episode 112\nTranscript\n{stamp}\n\nHOST: Welcome. Today we look back at the "
            "US-Vietnam comprehensive partnership set up in July 2013.\n")
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("masthead", "foot", "year"), [
    ("Nilgiri Strategic Quarterly", "Nilgiri Strategic Quarterly | Autumn 2013", "2013"),
    ("Coromandel Review", "Coromandel Review · Winter 2016", "2016"),
    ("Eastern Quarterly", "Eastern Quarterly | Summer 2018", "2018"),
])
def test_the_mastheads_name_and_its_issue_at_the_foot_date_the_page(masthead, foot, year):
    text = (f"{masthead}\nCommentary\n\nThe quiet decade of India-Vietnam defence ties\n\nIndia and Vietnam set up a "
            "strategic partnership in July 2007, and INS Airavat called at Nha Trang in July 2011.\n\nViews are "
            f"personal.\n\n{foot}\n")
    assert published(text) == (year, "stated")


@pytest.mark.parametrize(("sentence", "span"), [
    ("From the 11th to the 15th of March, a team of Indian Army doctors ran a trauma-care workshop at Military "
     "Hospital 175.", ("2024-03-11", "2024-03-15")),
    ("Between the 4th and the 8th of March, Indian Navy divers ran a diving course for Vietnamese sailors at Cam "
     "Ranh.",
     ("2024-03-04", "2024-03-08")),
    ("From the 1st to the 5th of April, Indian Army engineers ran a demining course in Quang Tri.",
     ("2024-04-01", "2024-04-05")),
])
def test_ordinal_days_of_one_month_make_a_span(sentence, span):
    events = article(f"HANOI, April 12, 2024 - {sentence}\n").events
    assert [(e.date.iso_start(), e.date.end.isoformat()) for e in events] == [span]


@pytest.mark.parametrize("sentence", [
    "US Air Force flight surgeons and Vietnamese medical officers held an aviation medicine expert exchange in "
    "Hanoi from 3 to 6 March.",
    "An expert exchange on military medicine between India and Vietnam took place at Military Hospital 175 from 3 "
    "to 6 March.",
    "The US-Vietnam medical exchange, from 3 to 6 March, brought eight doctors from Tripler Army Medical Center to "
    "Hospital 108.",
])
def test_an_expert_exchange_and_one_named_with_its_days_are_exercises(sentence):
    assert _coded(f"HANOI, March 10, 2025 - {sentence}\n") == [("exercise", "2025-03-03")]


@pytest.mark.parametrize("sentence", [
    "Vietnam and the US will hold an expert exchange on search and rescue in Da Nang next month.",
    "A US Army delegation arrived in Hanoi on Monday for a four-day expert exchange on trauma care.",
    "The two sides discussed possible expert exchanges on military medicine.",
])
def test_an_expert_exchange_planned_or_a_visits_purpose_is_no_exercise_guard(sentence):
    assert not any(t == "exercise" for t, _d in _coded(f"HANOI, March 10, 2025 - {sentence}\n"))


@pytest.mark.parametrize("sentence", [
    "According to the programme, from 24 to 27 July the officers and crew will pay courtesy calls on the leaders "
    "of the city.",
    "According to its itinerary, from 24 to 27 July the ship's crew will hold exchanges with the Vietnamese navy.",
    "According to the visit's schedule, between 24 and 27 July the crew will play football with Vietnamese sailors.",
])
def test_a_programme_cited_for_what_is_to_come_is_no_course_guard(sentence):
    text = f"DA NANG, July 24, 2025 - Two Indian warships arrived in Da Nang on Thursday. {sentence}\n"
    assert not any(t == "exercise" for t, _d in _coded(text))


@pytest.mark.parametrize(("sentence", "day"), [
    ("This year's call falls as Vietnam marks the 50th anniversary of national reunification.", "2025-06-19"),
    ("The visit comes as the country celebrates the 49th anniversary of the liberation of the South.", "2024-06-19"),
    ("It is the first such call since the 45th anniversary of Reunification Day.", "2020-06-19"),
])
def test_an_anniversary_of_a_national_day_of_known_date_gives_the_pages_year(sentence, day):
    # (data/national_days.csv: 30 April 1975; 19 June is a Thursday in 2025, a Wednesday in 2024, a Friday in 2020)
    wd = {"2025-06-19": "Thursday", "2024-06-19": "Wednesday", "2020-06-19": "Friday"}[day]
    text = (f"HARBOUR WEEKLY\n\n{wd}, June 19\n\nIndian frigate calls at Cam Ranh\n\nNHA TRANG - The Indian Navy "
            f"frigate INS Satpura arrived at Cam Ranh on Monday for a four-day goodwill visit.\n{sentence}\n")
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize(("earlier", "later"), [
    ("The ship, commanded by Captain Arvind Rao, was welcomed at the quay.", "Captain Rao called on the provincial "
     "vice chairman on Monday."),
    ("The team was led by Captain Jonathan Gates of the US Navy.", "Captain Gates said the exchange went "
     "well."),
    ("Major General Do Quang Vinh attended the closing ceremony.", "Maj Gen Vinh told the Bulletin the course was a "
     "success."),
])
def test_a_title_and_surname_after_someone_else_of_that_name_is_not_the_bases_one(earlier, later):
    from ties_lib.actors import find_actors

    text = f"NHA TRANG - Indian and Vietnamese officers met.\n{earlier}\n{later}\n"
    at = text.index(later)
    assert not any(h.in_base and h.start >= at for h in find_actors(text, None) if h.kind == "person")


_LETTER = ("NHA BE HARBOUR WEEKLY\nPorts, ships and people\n\nIndian frigate calls at Cam Ranh\n\nThe Indian Navy frigate "
           "INS Satpura called at Cam Ranh for a goodwill visit, the first since the 2016 partnership upgrade.\n\n")


@pytest.mark.parametrize(("foot", "day"), [
    ("This issue: 28 November 2003.", "2003-11-28"),
    ("This issue: 5 March 2019.", "2019-03-05"),
    ("This issue: 9 October 2020", "2020-10-09"),
])
def test_a_newsletters_this_issue_stamp_among_its_furniture_dates_it(foot, day):
    from ties_lib.anchoring import _foot_date

    lines = ["EBONY STRAITS MONITOR", "No. 212", "A slow road", "What next", foot]
    got = _foot_date(lines, furniture=True)
    assert got is not None and got[0].iso_start() == day


@pytest.mark.parametrize(("foot", "day"), [
    ("Nha Be Harbour Weekly | 27 September 2021", "2021-09-27"),
    ("NHA BE HARBOUR WEEKLY · 3 May 2019", "2019-05-03"),
    ("Nha Be Harbour Weekly | March 14, 2022", "2022-03-14"),
])
def test_the_mastheads_name_and_a_full_day_among_the_furniture_date_the_page(foot, day):
    from ties_lib.anchoring import _anchor_and_published
    from ties_lib.dates import find_dates

    text = ("The Indian Navy frigate INS Satpura called at Cam Ranh for a goodwill visit.\nThe two navies first "
            "exercised together in May 2018.\n")
    dropped = f"NHA BE HARBOUR WEEKLY\nIN THIS ISSUE\n3. Reading list\n{'-' * 40}\n{foot}"
    _anchor, pub, basis, _how = _anchor_and_published("", dropped, text, [], find_dates(text), [])
    assert (pub.iso_start() if pub else "", basis) == (day, "stated")


@pytest.mark.parametrize(("foot", "year"), [
    ("2023 (c) The Mahanadi Evening Mail", "2023"),
    ("2019 © Nha Be Harbour Weekly. All rights reserved.", "2019"),
    ("2021 Copyright Coastal News Group", "2021"),
])
def test_a_year_set_before_the_copyright_mark_gives_the_pages_year(foot, year):
    text = ("CUTTACK, Nov. 29 - Two army doctors were part of an Indian Army Medical Corps team that spent a week at "
            "Military Hospital 108 in Hanoi.\nThe exchange grew out of INS Airavat's delivery of oxygen to Ho Chi Minh "
            f"City in August 2016.\n\n* Obituary: Former MLA R.K. Behera\n\n{foot}\n")
    assert published(text)[0] == f"{year}-11-29"


@pytest.mark.parametrize(("tagline", "month"), [
    ("Newsletter of the Upper Assam aviation community -- Issue 47, October 2014", "2014-10"),
    ("A letter for friends of the navy -- Issue 12, March 2019", "2019-03"),
    ("News and views from the coast -- Vol. 3, June 2021", "2021-06"),
])
def test_a_tagline_then_an_issue_and_its_month_dates_the_page(tagline, month):
    text = (f"JORHAT AIR BULLETIN\n{tagline}\n\nIN THIS ISSUE: Vietnamese pilots at Tezpur | Gliding club\n\nTen "
            "Vietnamese pilots completed an advanced conversion programme on the Sukhoi-30 at Tezpur last month.\n")
    assert published(text) == (month, "stated")


@pytest.mark.parametrize(("head", "foot", "day"), [
    ("Transcript (auto-generated, lightly edited). Recorded Monday; released 9 April 2025.", "", "2025-04-09"),
    ("Transcript (auto-generated, lightly edited)", "Rudder & Compass is produced independently. Episode released 14 "
     "February 2025. Subscribe wherever you get your podcasts.", "2025-02-14"),
    ("Transcript. This episode was recorded last week and released on March 3, 2023, with show notes.", "",
     "2023-03-03"),
])
def test_a_transcripts_release_day_told_in_a_line_of_its_head_or_foot_dates_it(head, foot, day):
    text = (f"THE STRATEGIC PODCAST\nEpisode 87\n{head}\n\n[00:00] HOST: Welcome back. Today we talk about how India "
            "has trained Vietnamese submariners since 2013.\n\n[10:02] OUTRO MUSIC\n\n" + foot + "\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("step", "day"), [
    ("Two days earlier, on Monday,", "2024-10-28"),
    ("Four days earlier, on Saturday,", "2024-10-26"),
    ("Three days before, on Sunday,", "2024-10-27"),
])
def test_a_step_of_days_then_its_weekday_counts_from_the_day_told_before(step, day):
    text = ("TEAKWOOD SECURITY WEEKLY\nVOL. 6, NO. 44 — MONDAY, 4 NOVEMBER 2024\n\nHANOI — The US Embassy handed over "
            "an English-language laboratory to the Military Science Academy on Wednesday.\n"
            f"{step} Deputy Assistant Secretary of Defense Karen Whitfield and Major General Vu Quoc Hung held a "
            "videoconference on training.\n")
    assert ("talks", day) in _coded(text)


@pytest.mark.parametrize(("foot", "day"), [
    ("Episode recorded December 3, 2024. Subscribe wherever you get your podcasts.", "2024-12-03"),
    ("This conversation was recorded on 14 March 2023 in Singapore.", "2023-03-14"),
    ("Thanks for listening. Episode recorded 9 June 2021; edited by the team.", "2021-06-09"),
])
def test_a_transcripts_recording_day_told_alone_dates_it(foot, day):
    text = ("THE PACIFIC LETTER - THE PODCAST\nEpisode 88\nTranscript (lightly edited)\n\n[00:00] HOST: Welcome back. "
            "Today we talk about the joint search for missing Americans in Quang Binh.\n\n[Outro music]\n\n" + foot + "\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("head", "day"), [
    ("Recorded in New Delhi. Released Thursday.", "2025-04-24"),
    ("Transcript | Published Thursday", "2025-04-24"),
    ("Episode 47 · Released on Friday", "2025-04-25"),
])
def test_a_transcripts_release_weekday_in_its_head_counts_from_the_latest_day(head, day):
    text = (f"STRATEGIC HOUR\n{head}\n\nHOST: A team of Vietnamese army engineers finished a demining course at the "
            "College of Military Engineering in Pune on Monday, April 21, 2025.\n")
    assert published(text) == (day, "inferred")


@pytest.mark.parametrize(("sentence", "year"), [
    ("The visit comes 30 years since the two countries normalised relations on 11-12 July 1995.", "2025"),
    ("This year marks 25 years since the exercise held from 3 to 7 March 1999 off Da Nang.", "2024"),
    ("The two navies mark ten years since the first exercise, held on 21-25 May 2014.", "2024"),
])
def test_a_count_of_years_from_a_span_of_days_gives_the_pages_year(sentence, year):
    text = f"ASIA LETTER\n\nIndian and Vietnamese officers met in Hanoi this month.\n{sentence}\n"
    assert published(text) == (year, "inferred")


@pytest.mark.parametrize(("text", "event"), [
    ("The cooperation began in 2021. Indian and Vietnamese military doctors held talks by video link on 22 July of "
     "that year.", ("talks", "2021-07-22")),
    ("Ties were upgraded in 2016. Indian and Vietnamese coast guards held talks in Hanoi on 3 October of the same "
     "year.", ("talks", "2016-10-03")),
    ("The exchanges started in 2019. The Indian and Vietnamese navies held a joint exercise off Cam Ranh on 9 March "
     "that same year.", ("exercise", "2019-03-09")),
])
def test_a_day_and_month_of_that_year_is_a_day_of_the_year_just_told(text, event):
    assert event in _coded(f"HANOI, Dec 20, 2023 - {text}\n")


@pytest.mark.parametrize(("sentence", "year"), [
    ("The two men exchanged wartime artifacts: Panetta returned a diary taken from a fallen Vietnamese soldier in "
     "1966, and Thanh handed over letters of an American soldier killed in 1969.", "1969"),
    ("Thanh handed over personal letters written by a US Army sergeant in 1969.", "1969"),
    ("Thanh handed over the dog tags of a US airman lost over Quang Binh in 1967.", "1967"),
])
def test_a_things_own_past_told_by_a_participle_does_not_date_the_handover(sentence, year):
    text = f"HANOI, June 5, 2012 - On Monday Panetta held talks with General Phung Quang Thanh. {sentence}\n"
    assert not any(d.startswith(year) for _t, d in _coded(text))


def test_a_finite_passive_still_dates_its_happening_guard():
    text = ("HANOI, June 5, 2012 - The remains were handed over to the US side at a ceremony in Da Nang, the embassy "
            "said. Six sets of remains were handed over at a ceremony in Da Nang on 3 June.\n")
    assert ("ceremony", "2012-06-03") in _coded(text)



@pytest.mark.parametrize(("foot", "day"), [
    ("Date posted: 05.22.2023", "2023-05-22"),
    ("Date published: 12 March 2021", "2021-03-12"),
    ("Date Posted: June 3, 2019", "2019-06-03"),
])
def test_a_date_posted_label_among_the_furniture_dates_the_page(foot, day):
    from ties_lib.anchoring import _foot_date

    lines = ["LANAI PACIFIC WIRE", "Story by Staff Sgt. Marcus Reyes, Lanai Pacific Wire", foot,
             "PHOTO: Vietnamese military nurses practice a casualty transfer. (Courtesy photo)",
             "Tags: Tripler Army Medical Center, Vietnam, USARPAC", "Share: Facebook | X | Email"]
    got = _foot_date(lines, furniture=True)
    assert got is not None and got[0].iso_start() == day


@pytest.mark.parametrize(("sentence", "year"), [
    ("The visit follows last year's celebrations of the 50th anniversary of diplomatic relations between India and "
     "Vietnam, which were established in January 1972.", "2023"),
    ("It comes after last year's 30th anniversary of the normalisation of relations in July 1995.", "2026"),
    ("Last year's 40th anniversary of diplomatic relations, established in 1972, was marked with a reception.", "2013"),
])
def test_a_years_own_anniversary_counts_from_that_year(sentence, year):
    text = f"FRONTIER HERALD\n\nVietnamese border guards study BSF training\n\n{sentence}\n"
    assert published(text)[0].startswith(year)


@pytest.mark.parametrize(("lead", "year"), [
    ("Thirty years ago today, US President Bill Clinton announced the normalisation of relations with Vietnam.",
     "2025"),
    ("Fifty years ago today, India and Vietnam established full diplomatic relations.", "2022"),
    ("Twenty years ago this week, the United States and Vietnam announced the normalization of ties.", "2015"),
])
def test_a_count_of_years_ago_of_relations_begun_gives_the_pages_year(lead, year):
    text = f"ASIA WIRE\n\nFormer enemies build ties\n\n{lead}\nThe defence relationship has grown since.\n"
    assert published(text)[0].startswith(year)


@pytest.mark.parametrize(("foot", "day"), [
    ("111402 Jul 25", "2025-07-11"),
    ("051200Z Mar 18", "2018-03-05"),
    ("221530 Nov 03", "2003-11-22"),
])
def test_a_wires_date_time_group_in_mixed_case_dates_the_page(foot, day):
    text = ("HANOI (MAW) - A US Army Pacific delegation held staff talks with the Vietnam People's Army in Hanoi.\n"
            f"\nMAW amk/rs\n{foot}\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("text", "day"), [
    ("The two coast guards signed a memorandum in March 2015.\nOn Wednesday, 19 March, Indian and Vietnamese coast "
     "guard officers held talks in Kochi.", "2025-03-19"),
    ("The navies first met in June 2010.\nOn Monday, 12 June, the Indian and Vietnamese navies held staff talks in "
     "Hanoi.", "2017-06-12"),
    ("The two armies signed a protocol in September 2010.\nOn Friday, 8 September, Indian and Vietnamese army officers "
     "held talks in Hanoi.", "2017-09-08"),
])
def test_a_days_own_weekday_may_fall_up_to_eleven_years_after_the_floor(text, day):
    assert day in [e.date.iso_start() for e in article("COASTAL NOTES\n\n" + text + "\n").events]


@pytest.mark.parametrize("person", [
    "Albers, a 2006 Glenrock High graduate and a critical care nurse,",
    "Brandt, a 2013 Kearney High School graduate,",
    "Captain Lee, a 1998 West Point graduate,",
])
def test_a_persons_graduation_year_does_not_date_the_exchange(person):
    text = (f"GLENROCK, Wyo., Dec. 9, 2022 - {person} was one of nine U.S. Army Pacific medical personnel who took part "
            "in a military medicine expert exchange with the Vietnam People's Army at Military Hospital 268 in Hue, "
            "Nov. 28-Dec. 2.\n")
    assert [d for _t, d in _coded(text)] == ["2022-11-28"]


@pytest.mark.parametrize("text", ["She is a member of the class of 1998 at West Point.", "Class of 2006, Glenrock High.",
                                  "He graduated with the class of 2013 at the academy."])
def test_a_class_of_year_is_no_date(text):
    from ties_lib.dates import find_dates

    assert [e for e in find_dates(text) if e.kind == "year"] == []
