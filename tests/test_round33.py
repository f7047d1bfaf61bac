"""Round 33 of the generalisation loop (batches 310-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, events, published


def _meetings(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(type, start date, participants) of each meeting the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start(), tuple(sorted(e.participants))) for e in article(text).events
                  if e.type in ("talks", "summit"))


@pytest.mark.parametrize(("text", "host"), [
    # the substance of the talks told between, then the guest "also met" the heads
    ("Thursday, July 29, 2021\n\nHANOI - US Defence Secretary Lloyd Austin held talks in Hanoi on Thursday with "
     "General Phan Van Giang.\n\nThe two discussed the search for the missing.\n\nOfficials said the records would "
     "be digitised.\n\nMr Austin also met President Nguyen Xuan Phuc and Prime Minister Pham Minh Chinh.\n",
     ("nguyen-xuan-phuc", "pham-minh-chinh")),
    ("Thursday, June 9, 2022\n\nNEW DELHI - Indian Defence Minister Rajnath Singh and General Phan Van Giang held "
     "talks in Hanoi on Wednesday.\n\nThey signed a memorandum on logistics.\n\nSingh also called on Prime Minister "
     "Pham Minh Chinh.\n", ("pham-minh-chinh",)),
    # "also held talks", told as the next paragraph but one
    ("Tuesday, May 24, 2016\n\nHANOI - Barack Obama held talks with President Tran Dai Quang in Hanoi on Monday.\n\n"
     "The two leaders spoke to reporters.\n\nObama also held talks with General Secretary Nguyen Phu Trong.\n",
     ("nguyen-phu-trong",)),
])
def test_a_guest_who_also_met_another_host_met_him_on_the_day_of_the_meeting_told_before(text, host):
    day = article(text).events[0].date.iso_start()
    others = [m for m in _meetings(text) if set(host) <= set(m[2])]
    assert len(others) == 1 and others[0][1] == day
    assert len(others[0][2]) == len(host) + 1  # the guest is one of its people


def test_guard_another_host_met_also_is_no_second_meeting_when_no_meeting_of_the_guest_was_told():
    text = ("Thursday, June 9, 2022\n\nNEW DELHI - India and Vietnam signed a logistics pact on Wednesday.\n\n"
            "Experts welcomed it.\n\nSingh also met Prime Minister Pham Minh Chinh.\n")
    assert not [m for m in _meetings(text) if m[1] == "2022-06-08"]


@pytest.mark.parametrize("text", [
    "Thursday, June 9, 2022\n\nIndia and Vietnam signed a pact on Wednesday. In December 2020 Narendra Modi and "
    "Nguyen Xuan Phuc held a summit by video link, and a month earlier the two countries' defence ministers had "
    "spoken by telephone.\n",
    "Thursday, June 9, 2022\n\nIndia and Vietnam signed a pact on Wednesday. In December 2020 Narendra Modi and "
    "Nguyen Xuan Phuc held a virtual summit, while in November 2020 the two defence ministers spoke by phone.\n",
    "Thursday, June 9, 2022\n\nIndia and Vietnam signed a pact on Wednesday. Narendra Modi and Nguyen Xuan Phuc met "
    "by video link in December 2020; a month before, both sides' defence chiefs had talked by telephone.\n",
])
def test_a_clause_with_a_subject_of_its_own_named_by_office_takes_no_people_of_another(text):
    calls = [e for e in article(text).events if e.type in ("talks", "summit") and e.date.iso_start() == "2020-11"]
    assert [(e.type, e.participants) for e in calls] == [("talks", ())]


@pytest.mark.parametrize("text", [
    "Thursday, June 9, 2022\n\nHANOI - Indian Defence Minister Rajnath Singh and General Phan Van Giang signed a "
    "memorandum in Hanoi on Wednesday.\n\nThe two ministers also adopted a vision statement. After the talks Singh "
    "was received by Prime Minister Pham Minh Chinh.\n",
    "Thursday, June 9, 2022\n\nHANOI - Indian Defence Minister Rajnath Singh held talks with General Phan Van Giang "
    "in Hanoi on Wednesday. The two sides reviewed training. Following the meeting, Singh called on President "
    "Nguyen Xuan Phuc.\n",
    "Thursday, June 9, 2022\n\nHANOI - Indian Defence Minister Rajnath Singh held talks with General Phan Van Giang "
    "in Hanoi on Wednesday. Both praised the navies. After their talks Singh met Prime Minister Pham Minh Chinh.\n",
])
def test_a_host_met_after_the_talks_told_a_sentence_or_two_back_is_met_that_day(text):
    meetings = _meetings(text)
    assert [m[1] for m in meetings] == ["2022-06-08", "2022-06-08"]
    assert meetings[0][2] != meetings[1][2]


@pytest.mark.parametrize("text", [
    "FRIDAY 30 JULY 2021\n\nHANOI (AFP)\nUS Defense Secretary Lloyd Austin on Thursday became the first senior "
    "member of the Biden administration to visit Vietnam. In Hanoi he held separate meetings with President Nguyen "
    "Xuan Phuc and Prime Minister Pham Minh Chinh.\n",
    "FRIDAY 30 JULY 2021\n\nHANOI (AFP)\nUS Defense Secretary Lloyd Austin arrived in Hanoi on Thursday for a "
    "one-day visit. He had separate talks with President Nguyen Xuan Phuc and Prime Minister Pham Minh Chinh.\n",
    "FRIDAY 30 JULY 2021\n\nHANOI (AFP)\nUS Defense Secretary Lloyd Austin visited Vietnam on Thursday. There he "
    "held separate meetings with President Nguyen Xuan Phuc and with Prime Minister Pham Minh Chinh.\n",
])
def test_the_meetings_the_leads_guest_held_told_next_are_of_the_leads_day(text):
    assert [m[1] for m in _meetings(text)] == ["2021-07-29", "2021-07-29"]
    # (the guest, told by a pronoun, is the meetings' subject: each stays a meeting of its own host)
    assert all("lloyd-austin" in e.participants + e.subject for e in article(text).events if e.type == "talks")


@pytest.mark.parametrize(("text", "day"), [
    ("Monday, December 28, 2020\n\nIndia and Vietnam held defence talks. A week ago, on Monday, Narendra Modi and "
     "Nguyen Xuan Phuc held a summit by video link.\n", "2020-12-21"),
    ("Thursday, December 31, 2020\n\nIndia and Vietnam held defence talks. Two weeks ago, on Friday, Narendra Modi "
     "and Nguyen Xuan Phuc held a summit by video link.\n", "2020-12-18"),
    ("Thursday, December 31, 2020\n\nIndia and Vietnam held defence talks. Three weeks ago on Wednesday Narendra "
     "Modi and Nguyen Xuan Phuc held a summit by video link.\n", "2020-12-09"),
])
def test_a_weekday_told_with_weeks_ago_is_that_weekday_of_the_week_so_many_weeks_back(text, day):
    assert ("IND", "summit", day) in events(text)


@pytest.mark.parametrize(("text", "span"), [
    ("Monday, December 28, 2020\n\nIndia and Vietnam: On Saturday and Sunday the Indian corvette Kiltan held a "
     "passage exercise with the Vietnam People's Navy.\n", ("2020-12-26", "2020-12-27")),
    ("Thursday, December 31, 2020\n\nIndia and Vietnam: On Monday and Tuesday the Indian and Vietnamese navies held "
     "a joint exercise off Cam Ranh.\n", ("2020-12-28", "2020-12-29")),
    ("Thursday, December 31, 2020\n\nIndia and Vietnam: on Tuesday and Wednesday an Indian destroyer paid a port "
     "call to Da Nang.\n", ("2020-12-29", "2020-12-30")),
])
def test_an_exercise_or_visit_told_on_two_days_in_a_row_spans_them(text, span):
    evs = [e for e in article(text).events if e.type in ("exercise", "visit")]
    assert [(e.date.iso_start(), e.date.end.isoformat()) for e in evs] == [span]


def test_guard_talks_told_on_two_days_are_not_made_one_span():
    text = ("Thursday, December 31, 2020\n\nIndia and Vietnam: On Monday and Tuesday Indian and Vietnamese officials "
            "held talks in Hanoi.\n")
    assert not any(e.date.is_range for e in article(text).events)


@pytest.mark.parametrize(("text", "day"), [
    ("Thursday, June 9, 2022\n\nIndia and Vietnam signed a pact on Wednesday. Narendra Modi and Nguyen Xuan Phuc met "
     "by video link in December 2020. A month before, the two defence ministers had talked by telephone.\n",
     "2020-11"),
    ("Thursday, June 9, 2022\n\nIndia and Vietnam signed a pact on Wednesday. The navies exercised off Da Nang in "
     "May 2019; a year before, an Indian destroyer had called at Cam Ranh.\n", "2018"),
    ("Thursday, June 9, 2022\n\nIndia and Vietnam signed a pact on Wednesday. General Phan Van Giang visited New "
     "Delhi in December 2021. Two months before, Indian and Vietnamese officials had held talks in Hanoi.\n",
     "2021-10"),
])
def test_a_count_closed_by_before_counts_back_from_the_date_told_last(text, day):
    assert any(d == day for _p, _t, d in events(text))


def test_guard_a_count_before_a_named_happening_counts_from_it_not_from_the_date_told_last():
    text = ("Thursday, June 9, 2022\n\nIndia and Vietnam signed a pact on Wednesday. General Phan Van Giang visited "
            "New Delhi in December 2021. A month before the pandemic, Indian and Vietnamese officials had held talks "
            "in Hanoi.\n")
    assert ("IND", "talks", "2021-11") not in events(text)  # (a month before the pandemic, not before December 2021)


@pytest.mark.parametrize("text", [
    "Tuesday, November 26, 2019\n\nNEW DELHI - Vietnam's Defence Minister General Ngo Xuan Lich arrived in India on "
    "Sunday.\nOn Monday Lich first called on General Bipin Rawat and then held talks with Defence Minister Rajnath "
    "Singh in New Delhi.\n",
    "Tuesday, November 26, 2019\n\nNEW DELHI - Vietnam's Defence Minister General Ngo Xuan Lich arrived in India on "
    "Sunday.\nOn Monday Lich called on General Bipin Rawat and later held talks with Defence Minister Rajnath Singh.\n",
    "Tuesday, November 26, 2019\n\nNEW DELHI - Vietnam's Defence Minister General Ngo Xuan Lich arrived in India on "
    "Sunday.\nOn Monday morning Lich met General Bipin Rawat, and afterwards held talks with Defence Minister Rajnath "
    "Singh.\n",
])
def test_the_next_meeting_of_a_day_the_sentence_opens_on_is_of_that_day(text):
    assert [m[1] for m in _meetings(text)] == ["2019-11-25", "2019-11-25"]


@pytest.mark.parametrize("text", [
    "Friday, August 2, 2024\n\nNEW DELHI - On Thursday the Vietnamese Prime Minister Pham Minh Chinh, who had arrived "
    "in the Indian capital on Tuesday evening for a three-day visit, held talks with Indian Prime Minister Narendra "
    "Modi.\n",
    "Friday, August 2, 2024\n\nNEW DELHI - Vietnamese Prime Minister Pham Minh Chinh, who is on a three-day state "
    "visit, met Indian Prime Minister Narendra Modi on Thursday.\n",
    "Friday, August 2, 2024\n\nNEW DELHI - Pham Minh Chinh, the Vietnamese Prime Minister, who arrived on Tuesday, "
    "held talks with Narendra Modi on Thursday.\n",
])
def test_the_guest_a_relative_clause_tells_of_holds_the_main_clauses_talks(text):
    summits = [e for e in article(text).events if e.type == "summit"]
    assert [(e.date.iso_start(), set(e.participants)) for e in summits] == [
        ("2024-08-01", {"pham-minh-chinh", "narendra-modi"})]


@pytest.mark.parametrize("second", [
    "The visit returns one made to Hanoi in March 2000 by William Cohen, then US defense secretary.",
    "The trip reciprocates one paid by William Cohen to Hanoi in March 2000.",
    "It follows the one William Cohen made to Vietnam in March 2000.",
])
def test_a_visit_named_again_by_one_with_its_maker_and_place_is_a_visit(second):
    text = ("Tuesday, November 11, 2003\n\nWASHINGTON - Vietnam's Defence Minister Pham Van Tra met Donald Rumsfeld at "
            "the Pentagon on Monday. " + second + "\n")
    assert ("USA", "visit", "2000-03") in events(text)


def test_guard_one_made_to_a_country_without_a_visit_told_is_no_visit():
    text = ("Tuesday, November 11, 2003\n\nWASHINGTON - Vietnam's Defence Minister Pham Van Tra met Donald Rumsfeld at "
            "the Pentagon on Monday. The offer was one made to Vietnam in March 2000 by the Pentagon.\n")
    assert not any(t == "visit" for _p, t, _d in events(text))


@pytest.mark.parametrize("text", [
    "Tuesday, September 6, 2016\n\nHANOI - Indian Prime Minister Narendra Modi paid a visit to Vietnam from September "
    "2 to 3. Modi held talks with Prime Minister Nguyen Xuan Phuc on Saturday.\n\nThe two leaders signed twelve "
    "agreements.\n\nModi held separate meetings with General Secretary Nguyen Phu Trong and President Tran Dai "
    "Quang.\n",
    "Friday, June 10, 2022\n\nHANOI - Indian Defence Minister Rajnath Singh was in Vietnam on June 8-10. Singh held "
    "talks with General Phan Van Giang on Wednesday.\n\nThey signed a memorandum on logistics.\n\nSingh was "
    "received separately by President Nguyen Xuan Phuc and by Prime Minister Pham Minh Chinh.\n",
    "Saturday, July 31, 2021\n\nHANOI - US Defense Secretary Lloyd Austin visited Vietnam on July 28-30. Austin met "
    "General Phan Van Giang on Thursday.\n\nThe two discussed war legacy work.\n\nAustin met separately with "
    "President Nguyen Xuan Phuc and Prime Minister Pham Minh Chinh.\n",
])
def test_meetings_told_apart_in_a_visit_of_days_are_on_the_one_day_the_guest_met_his_hosts(text):
    meetings = _meetings(text)
    assert len(meetings) == 3 and len({m[1] for m in meetings}) == 1 and len(meetings[0][1]) == 10


@pytest.mark.parametrize(("text", "day"), [
    ("October 29, 2014\n\nNEW DELHI — India will move quickly to supply Vietnam with naval patrol vessels, Prime "
     "Minister Narendra Modi said yesterday after talks with his Vietnamese counterpart Nguyen Tan Dung.\n",
     "2014-10-28"),
    ("Thursday, June 9, 2022\n\nHANOI - India will help Vietnam build a software park, Defence Minister Rajnath Singh "
     "told reporters on Wednesday following his talks with General Phan Van Giang.\n", "2022-06-08"),
    ("Tuesday, September 12, 2023\n\nHANOI - US President Joe Biden pledged help for Vietnam's chip industry, he said "
     "on Monday after a meeting with Prime Minister Pham Minh Chinh.\n", "2023-09-11"),
])
def test_the_day_something_was_said_after_talks_dates_the_talks(text, day):
    assert [d for _p, t, d in events(text) if t in ("talks", "summit")] == [day]


_CARRIER = "Friday, March 6, 2020\n\nHANOI - The USS Theodore Roosevelt arrived in Da Nang on Thursday. "


@pytest.mark.parametrize(("second", "partner", "month"), [
    ("In July 2013, presidents Barack Obama and Truong Tan Sang agreed at the White House to a \"comprehensive "
     "partnership\".", "USA", "2013-07"),
    ("In September 2016, Narendra Modi and Nguyen Xuan Phuc agreed in Hanoi on a comprehensive strategic "
     "partnership.", "IND", "2016-09"),
    ("In July 2007, India and Vietnam agreed during talks in New Delhi upon a strategic partnership.", "IND", "2007-07"),
])
def test_a_partnership_agreed_with_where_told_between_is_an_upgrade(second, partner, month):
    assert (partner, "partnership_upgrade", month) in events(_CARRIER + second + "\n")


@pytest.mark.parametrize("second", [
    "In July 2013, presidents Barack Obama and Truong Tan Sang agreed at the White House to a comprehensive "
    "partnership.",
    "Barack Obama and Truong Tan Sang agreed at the White House in July 2013 to deepen ties.",
    "In July 2013 Barack Obama and President Truong Tan Sang of Vietnam agreed at the White House to open a new chapter.",
])
def test_leaders_who_agreed_at_the_white_house_met_there(second):
    assert ("USA", "summit", "2013-07") in events(_CARRIER + second + "\n")


@pytest.mark.parametrize(("second", "partner", "year"), [
    ("It also follows the USS Carl Vinson's call in 2018, the first by a US carrier since the war.", "USA", "2018"),
    ("The INS Airavat call at Nha Trang in 2011 was the first by an Indian warship there.", "IND", "2011"),
    ("In 2016 the USNS Mercy call at Da Nang drew crowds.", "USA", "2016"),
])
def test_a_named_ships_call_is_a_visit(second, partner, year):
    assert (partner, "visit", year) in events(_CARRIER + second + "\n")


@pytest.mark.parametrize("text", [
    "Friday, January 15, 2021\n\nNHA TRANG - Indian Defence Secretary Ajay Kumar and Vietnam's Deputy Defence "
    "Minister Nguyen Chi Vinh inaugurated an Army Software Park at the Telecommunications University on Tuesday.\n\n"
    "India is paying for the building. The park will train officers.\n\nIn April 2015 the two sides first discussed "
    "it.\n\nImmediately after the ceremony, Kumar and Vinh held the 13th India-Vietnam Defence Policy Dialogue.\n",
    "Friday, January 15, 2021\n\nNHA TRANG - Indian Defence Secretary Ajay Kumar and Vietnam's Deputy Defence "
    "Minister Nguyen Chi Vinh inaugurated an Army Software Park on Tuesday.\n\nThe park will train officers. Its "
    "teachers come from Pune.\n\nShortly after the ceremony the two co-chaired the 13th Defence Policy Dialogue by "
    "video link.\n",
    "Friday, January 15, 2021\n\nNHA TRANG - India handed over an Army Software Park to Vietnam's army on Tuesday, "
    "in the presence of Ajay Kumar and Nguyen Chi Vinh.\n\nThe park will train officers. Its teachers come from "
    "Pune.\n\nAfter the ceremony, Kumar and Vinh held the 13th Defence Policy Dialogue.\n",
])
def test_a_happening_told_after_the_ceremony_is_on_the_ceremonys_day(text):
    assert ("IND", "dialogue", "2021-01-12") in events(text)


@pytest.mark.parametrize("text", [
    "9 March 2020\n\nDA NANG - Vietnam and the US: On Thursday the carrier USS Theodore Roosevelt arrived in Da Nang, "
    "trailed by the cruiser USS Bunker Hill, for a five-day stay that wraps up today.\n",
    "9 March 2020\n\nDA NANG - Vietnam and the US: the carrier USS Theodore Roosevelt arrived in Da Nang on "
    "Thursday on a five-day visit ending today.\n",
    "Tuesday, 10 March 2020\n\nDA NANG - Vietnam and the US: the USS Theodore Roosevelt docked at Da Nang for a "
    "five-day port call that ended yesterday.\n",
])
def test_a_stays_length_told_between_it_and_its_end_counts_back_to_its_start(text):
    assert ("USA", "visit", "2020-03-05") in events(text)


@pytest.mark.parametrize("text", [
    "Monday, 9 March 2020\n\nDA NANG - Vietnam and the US: On Thursday the carrier USS Theodore Roosevelt nosed into "
    "Tien Sa port in Da Nang.\n",
    "Monday, 9 March 2020\n\nVietnam and the US: On Thursday the carrier USS Theodore Roosevelt steamed into Cam Ranh "
    "harbour.\n",
    "Monday, 9 March 2020\n\nVietnam and the US: On Thursday the destroyer USS Mustin slipped into Nha Rong port.\n",
])
def test_a_ship_that_came_into_a_port_named_before_its_word_visited(text):
    assert ("USA", "visit", "2020-03-05") in events(text)


@pytest.mark.parametrize("text", [
    "Friday, May 3, 2019\n\nHANOI - Vietnam and the US began dioxin cleanup at Bien Hoa. The agreement had been "
    "signed in Hanoi in May last year by USAID mission director Sarah Holbrook and Lieutenant General Tran Van Khoa.\n",
    "Friday, May 3, 2019\n\nHANOI - Vietnam and the US began dioxin cleanup at Bien Hoa. In May 2018, Sarah "
    "Holbrook, head of USAID in Vietnam, and Lieutenant General Tran Van Khoa signed a memorandum on the project.\n",
    "Friday, May 3, 2019\n\nHANOI - Vietnam and the US began dioxin cleanup at Bien Hoa. USAID Director Sarah "
    "Holbrook and Lieutenant General Tran Van Khoa signed the project agreement in Hanoi in May 2018.\n",
])
def test_a_usaid_mission_head_is_an_official_of_the_united_states(text):
    # (one official of each side who signed together met: the signing is their talks)
    assert ("USA", "talks", "2018-05") in events(text)


@pytest.mark.parametrize(("text", "partner"), [
    ("Wednesday, October 30, 2013\n\nWASHINGTON - Vietnam and the United States have held their fourth defence policy "
     "dialogue. The talks in Washington on Monday and Tuesday were co-chaired by Vietnam's Deputy Defence Minister, "
     "Lieutenant General Nguyen Chi Vinh.\n", "USA"),
    ("Wednesday, October 30, 2013\n\nWASHINGTON - Vietnam and the United States held the fourth round of their "
     "defence policy dialogue. The meeting on Monday was co-chaired by Vietnam's Deputy Defence Minister Nguyen Chi "
     "Vinh.\n", "USA"),
    ("Wednesday, October 30, 2013\n\nNEW DELHI - India and Vietnam have held their ninth security dialogue. The talks, "
     "held in New Delhi on Monday, were co-chaired by Vietnam's Deputy Defence Minister Nguyen Chi Vinh.\n", "IND"),
])
def test_a_dialogue_named_again_with_its_day_in_the_next_sentence_is_on_that_day(text, partner):
    assert events(text) == [(partner, "dialogue", "2013-10-28")]


@pytest.mark.parametrize("second", [
    "The visit was timed to mark the 25th anniversary of the normalisation of diplomatic relations, and it came with "
    "the new rituals of 2020.",
    "The visit was timed to mark the 25th anniversary of the normalisation of diplomatic relations, and it came with "
    "new rituals in 2020.",
    "The visit marked the 25th anniversary of the normalisation of diplomatic relations; in 2020 visitors were "
    "screened.",
])
def test_a_year_of_the_next_main_clause_does_not_date_the_anniversarys_happening(second):
    text = ("Monday, 9 March 2020\n\nDA NANG - The USS Theodore Roosevelt arrived in Da Nang on Thursday. " + second
            + "\n")
    assert [d for _p, t, d in events(text) if t == "partnership_upgrade"] == ["1995"]


@pytest.mark.parametrize(("stamp", "day"), [
    ("2. August 2024, 11:52 Uhr / Quelle: ZEIT ONLINE, dpa, AFP, Reuters, ces", "2024-08-02"),
    ("17. March 2023, 08:15 / Source: dpa, Reuters, AFP, KNA", "2023-03-17"),
    ("5. June 2022 kl. 10.30 / Kilde: Ritzau, AFP, Reuters, NTB", "2022-06-05"),
])
def test_a_stamp_with_a_dotted_day_and_its_sources_after_a_slash_dates_the_page(stamp, day):
    text = ("ZEIT ONLINE\n\nIndia and Vietnam: Together against pressure\n\n" + stamp + "\n\nIndia is granting "
            "Vietnam a credit line, Narendra Modi said on Thursday after talks with Pham Minh Chinh.\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize("second", [
    "The two Indian ships had reached Cam Ranh on the Vietnamese coast on August 15 for a harbour phase.",
    "INS Ranvijay reached the port of Da Nang on August 15.",
    "Indian Army chief General M.M. Naravane reached Hanoi on August 15 for a four-day visit.",
])
def test_a_guest_or_ship_that_reached_a_place_visited_it(second):
    text = "Thursday, August 19, 2021\n\nIndia and Vietnam: the navies exercised. " + second + "\n"
    assert ("IND", "visit", "2021-08-15") in events(text)


def test_guard_sides_that_reached_an_agreement_in_a_city_made_no_visit():
    text = "Thursday, August 19, 2021\n\nIndia and Vietnam: the two sides reached an agreement in Hanoi on Sunday.\n"
    assert not any(t == "visit" for _p, t, _d in events(text))


@pytest.mark.parametrize("second", [
    "On Tuesday he is to give a speech in Hanoi before flying to Ho Chi Minh City, and he leaves for Japan on "
    "Wednesday.",
    "Today he is to deliver an address at the National Convention Centre before travelling to Ho Chi Minh City.",
    "On Tuesday he is to lay a wreath at the Ho Chi Minh Mausoleum and then fly to Ho Chi Minh City.",
])
def test_a_trip_told_after_the_first_step_of_a_plan_is_planned(second):
    text = ("Tuesday, May 24, 2016\n\nHANOI - President Barack Obama held talks with President Tran Dai Quang in Hanoi "
            "on Monday. " + second + "\n")
    assert not [d for _p, t, d in events(text) if t == "visit" and d == "2016-05-24"]


@pytest.mark.parametrize("second", [
    "The USS Ronald Reagan pulled into port yesterday with the cruiser USS Antietam.",
    "The destroyer USS Mustin pulled into harbour at Cam Ranh on Sunday.",
    "On Sunday the USNS Mercy pulled into port in Nha Trang.",
])
def test_a_ship_that_pulled_into_port_visited(second):
    text = "Monday, June 26, 2023\n\nVietnam and the US: a US Navy ship came to Vietnam. " + second + "\n"
    assert ("USA", "visit", "2023-06-25") in events(text)


@pytest.mark.parametrize(("second", "day"), [
    ("General Phung Quang Thanh visited New Delhi in May 2015. Manohar Parrikar returned the call in Hanoi in June "
     "2016, holding talks with General Lich.", "2016-06"),
    ("Vietnam's defence minister reciprocated the visit in October 2019, travelling to New Delhi.", "2019-10"),
    ("In 2019 Rajnath Singh repaid the visit with a trip to Hanoi.", "2019"),
])
def test_a_visit_made_in_return_for_one_is_a_visit(second, day):
    text = "Friday, March 6, 2020\n\nHANOI - India and Vietnam held talks. " + second + "\n"
    assert ("IND", "visit", day) in events(text)


def test_guard_the_return_of_a_thing_is_no_visit():
    text = ("Friday, March 6, 2020\n\nHANOI - India and Vietnam held talks. In 2019 the museum returned the call sign "
            "plates to the navy.\n")
    assert not any(t == "visit" for _p, t, _d in events(text))
