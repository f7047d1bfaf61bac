"""Round 26 of the generalisation loop (batches 248-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, events, published

# a story whose lead is long past when the scene is set: the lead's day cannot date what comes later
_ESPER = ("WASHINGTON, Nov. 25, 2019 (AP) - U.S. Defense Secretary Mark Esper is back from Asia after a Nov. 19-21 "
          "visit.\nInside Hoa Lo, Vietnam's defence minister, Gen. Ngo Xuan Lich, handed Esper documents.\n"
          "Esper later told reporters that Vietnam is still searching for its own missing.\n"
          "He said the tour was a chance to honor the prisoners held there.\nThe prison is now a museum.\n"
          "Many Americans remember it.\n")


def _meetings(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return sorted((e.type, e.date.iso_start(), tuple(sorted(e.participants)))
                  for e in article(text).events if e.type in ("talks", "summit"))


@pytest.mark.parametrize("scene", [
    "The formal business came on Nov. 20. Esper and Lich held talks at the Ministry of National Defense.",
    "Wednesday, November 20, was the working day. Esper and Lich held talks at the ministry.",
    "The real business was left for 20 November. Esper held talks with Lich at the ministry.",
])
def test_a_short_sentence_that_names_a_day_sets_the_scene_for_the_meeting_told_next(scene):
    assert ("talks", "2019-11-20", ("mark-esper", "ngo-xuan-lich")) in _meetings(_ESPER + scene + "\n")


@pytest.mark.parametrize("then", [
    "Esper was then received by Prime Minister Nguyen Xuan Phuc, who pledged help.",
    "Esper then called on Prime Minister Nguyen Xuan Phuc.",
    "After that, Esper was received by Prime Minister Nguyen Xuan Phuc.",
])
def test_a_meeting_told_as_then_is_on_the_day_of_the_meeting_before_it(then):
    text = _ESPER + "On Nov. 20, Esper and Lich held talks at the ministry.\n" + then + "\n"
    # (a minister received by a head of government: talks at summit level, as the codebook has it)
    assert ("talks", "2019-11-20", ("mark-esper", "nguyen-xuan-phuc")) in _meetings(text)


def test_guard_the_then_minister_is_an_office_once_held_not_a_sequence():
    text = (_ESPER + "On Nov. 20, Esper and Lich held talks at the ministry.\n"
            "The then minister met Prime Minister Nguyen Xuan Phuc in 2015.\n")
    assert not [m for m in _meetings(text) if "nguyen-xuan-phuc" in m[2] and m[1] == "2019-11-20"]


@pytest.mark.parametrize(("calls", "hosts"), [
    ("Esper was then received by Prime Minister Nguyen Xuan Phuc, who pledged that Vietnam would keep cooperating, "
     "and separately by Tran Quoc Vuong, a senior member of the Communist Party's Secretariat.",
     ["nguyen-xuan-phuc", "tran-quoc-vuong"]),
    ("On Monday, Biden met separately with President Vo Van Thuong, Prime Minister Pham Minh Chinh and National "
     "Assembly Chairman Vuong Dinh Hue.", ["pham-minh-chinh", "vo-van-thuong", "vuong-dinh-hue"]),
    ("On Monday Biden held separate meetings with President Vo Van Thuong and Prime Minister Pham Minh Chinh.",
     ["pham-minh-chinh", "vo-van-thuong"]),
    ("On Monday Biden had separate talks with Prime Minister Pham Minh Chinh and President Vo Van Thuong.",
     ["pham-minh-chinh", "vo-van-thuong"]),
])
def test_calls_told_as_separate_are_one_meeting_per_host(calls, hosts):
    lead = ("HANOI, Sept. 12, 2023 (Reuters) - U.S. President Joe Biden left Vietnam on Tuesday.\n"
            if "Biden" in calls else _ESPER + "On Nov. 20, Esper and Lich held talks at the ministry.\n")
    met = {h for m in _meetings(lead + calls + "\n") for h in m[2] if len(m[2]) == 2 for h in [h]}
    assert met >= set(hosts)
    assert len([m for m in _meetings(lead + calls + "\n") if set(m[2]) & set(hosts)]) == len(hosts)


def test_guard_met_two_leaders_without_separately_is_one_meeting():
    text = ("HANOI, Sept. 12, 2023 (Reuters) - U.S. President Joe Biden left Vietnam on Tuesday.\n"
            "On Monday, Biden met President Vo Van Thuong and Prime Minister Pham Minh Chinh.\n")
    assert len(_meetings(text)) == 1


@pytest.mark.parametrize("sentence", [
    "Esper was received by Tran Quoc Vuong, a senior member of the Communist Party's Secretariat.",
    "The delegation called on Pham Quang Hieu, a former deputy foreign minister.",
    "Esper also met with Hoang Binh Quan on Monday.",
])
def test_an_untitled_vietnamese_name_told_as_a_person_is_vietnams(sentence):
    people = {a.actor_id: a.country for a in article(sentence + "\n").actors if a.kind == "person"}
    vietnamese = [p for p, c in people.items() if c == "VNM" and p.split("-")[0] in ("tran", "pham", "hoang")]
    assert vietnamese


@pytest.mark.parametrize("sentence", [
    "He walked down Tran Hung Dao Street to the embassy.",
    "The ships moored near the Nguyen Van Troi Bridge.",
    "Delegates met in Ho Chi Minh City on Monday.",
])
def test_guard_a_vietnamese_name_of_a_street_or_city_is_no_person(sentence):
    assert not [a for a in article(sentence + "\n").actors if a.kind == "person"]


@pytest.mark.parametrize("during", [
    "Mr Modi also called on President Tran Dai Quang and General Secretary Nguyen Phu Trong during his stay in the "
    "capital.",
    "While in Hanoi, Modi called on General Secretary Nguyen Phu Trong.",
    "During his stay Modi was also received by General Secretary Nguyen Phu Trong.",
])
def test_guard_calls_told_as_part_of_a_visit_with_no_day_belong_to_the_visit(during):
    # (the codebook: sub-activities of a visit with no date of their own belong to it; the round's "during" rule
    # that dated them by the visit's month was tried and dropped: it cost more batches than it gained)
    text = ("NEW DELHI, Sept. 6, 2016 (PTI) - Prime Minister Narendra Modi returned home on Monday.\n"
            "Modi arrived in Hanoi on Saturday for a two-day official visit.\n"
            "He held talks with Prime Minister Nguyen Xuan Phuc on Saturday.\nThe two sides signed twelve agreements.\n"
            + during + "\n")
    assert not [m for m in _meetings(text) if {"nguyen-phu-trong", "tran-dai-quang"} & set(m[2])]


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("Indian Defence Minister Rajnath Singh on June 10 visited two training institutions in Nha Trang on the final "
     "day of his three-day official visit to Viet Nam.", "2022-06-08", "2022-06-10"),
    ("On the last day of his three-day visit to Vietnam, Indian Defence Minister Rajnath Singh toured Nha Trang on "
     "Friday.", "2022-06-08", "2022-06-10"),
    ("Indian Defence Minister Rajnath Singh, on the second day of a four-day visit, toured Hai Phong on Thursday.",
     "2022-06-08", "2022-06-11"),
])
def test_the_nth_day_of_a_visit_of_days_dates_the_visit(sentence, start, end):
    a = article("HANOI, June 11, 2022 (VNA) - " + sentence + "\n")
    visits = [(e.date.iso_start(), e.date.end.isoformat()) for e in a.events if e.type == "visit"]
    assert visits == [(start, end)]


@pytest.mark.parametrize("line", [
    "November 2010 | Vol. 36 No. 9",
    "November 2010, Volume 36, Issue 9",
    "November 2010 / No. 9",
])
def test_an_issue_line_with_its_volume_after_the_month_dates_the_page(line):
    text = (f"ASIA PACIFIC DEFENCE REPORTER\n{line}\n\nREGIONAL NEWS\n\nIndia offers Vietnam help\n\n"
            "India will help Vietnam repair its platforms, following talks in Hanoi last month.\n")
    assert published(text) == ("2010-11", "stated")


@pytest.mark.parametrize("sentence", [
    "Hegseth arrived in Hanoi on 2 November for a two-day official visit, coming straight from the ADMM-Plus meeting "
    "in Kuala Lumpur, where he had also met Chinese Defence Minister Dong Jun.",
    "Hegseth flew into Hanoi on Sunday, a day after meeting Chinese Defence Minister Dong Jun in Kuala Lumpur.",
    "Hegseth visited Hanoi on Sunday; in Kuala Lumpur the day before, he had met Chinese Defence Minister Dong Jun.",
])
def test_the_person_a_sentence_opens_on_chooses_its_partner_over_a_third_countrys_named_later(sentence):
    text = "HANOI, 3 November 2025 - US Defense Secretary Pete Hegseth is in Vietnam.\n" + sentence + "\n"
    assert ("USA", "visit", "2025-11-02") in events(text)


@pytest.mark.parametrize("sentence", [
    'On September 3, after talks with his counterpart Nguyen Xuan Phuc, the two governments announced that their '
    'partnership had been upgraded to a "comprehensive strategic partnership", a status Vietnam had until then '
    'reserved for China and Russia.',
    "On September 3, after talks with his counterpart Nguyen Xuan Phuc, the two governments upgraded ties to a "
    "comprehensive strategic partnership, a level Hanoi had previously granted only to Russia and China.",
    "On September 3, after talks with his counterpart Nguyen Xuan Phuc, the two governments upgraded ties to a "
    "comprehensive strategic partnership, putting the relationship alongside Russia and China.",
])
def test_countries_a_status_is_compared_with_are_not_the_sentences_partner(sentence):
    text = "NEW DELHI, September 8, 2016 - Prime Minister Narendra Modi was in Vietnam last week.\n" + sentence + "\n"
    assert ("IND", "partnership_upgrade", "2016-09-03") in events(text)


@pytest.mark.parametrize(("line", "day"), [
    ("Volume 19, No. 375 | July 9 - 15, 2007", "2007-07-09"),
    ("Karachi  |  March 3-9, 2001", "2001-03-03"),
    ("Issue 27 | July 9 - 15, 2007", "2007-07-09"),
])
def test_a_weeklys_issue_of_days_told_month_first_comes_out_on_its_first_day(line, day):
    text = (f"THE WEEKLY REVIEW\n{line}\n\nNEW DELHI - India and Vietnam raised their relationship to a strategic "
            "partnership last Friday.\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize("sentence", [
    "Sources told TR that on 26 May a delegation from the ministry held closed-door talks in Hanoi with officials of "
    "the US Embassy.",
    "An official told reporters that on 26 May the two defence ministries held talks in Hanoi.",
    "Officials told Reuters that on Thursday US and Vietnamese officers held talks in Hanoi.",
])
def test_a_day_after_told_that_is_the_told_happenings(sentence):
    assert ("USA", "talks", "2016-05-26") in events("HANOI, 31 May 2016 - The United States and Vietnam are talking.\n"
                                                    + sentence + "\n")


def test_guard_told_reporters_on_a_day_is_the_day_of_the_telling():
    text = ("HANOI, 31 May 2016 - The United States and Vietnam are talking.\n"
            "The ministry told reporters on Friday that the talks had gone well.\n")
    assert not [e for e in events(text) if e[2] == "2016-05-27"]


@pytest.mark.parametrize("sentence", [
    "President Barack Obama made the announcement on 23 May at a joint news conference with Vietnamese President Tran "
    "Dai Quang, during a three-day visit that also included other stops.",
    "During his visit, President Barack Obama appeared on 23 May at a joint news conference with President Tran Dai "
    "Quang.",
    "President Barack Obama announced the decision on 23 May at a joint news conference with President Tran Dai Quang, "
    "during his stay in Hanoi.",
])
def test_a_meeting_noun_with_its_own_day_before_it_is_no_part_of_the_visit_told_around_it(sentence):
    found = events("HANOI, 25 May 2016 - Leaders met.\n" + sentence + "\n")
    assert [e for e in found if e[1] in ("talks", "summit") and e[2] == "2016-05-23"]


def test_guard_a_long_list_a_status_was_reserved_for_leaves_the_next_sentence_its_partner():
    text = ("HANOI, Sept. 11, 2023 (PBS) - President Joe Biden is in Vietnam.\n"
            "On Sunday, President Joe Biden and General Secretary Nguyen Phu Trong raised relations to a comprehensive "
            "strategic partnership, a status Hanoi had until now reserved for China, Russia, India and South Korea.\n"
            "Today, the president met separately with Prime Minister Pham Minh Chinh and President Vo Van Thuong.\n")
    assert [e for e in events(text) if e[2] == "2023-09-11"] == [("USA", "summit", "2023-09-11")] * 2


@pytest.mark.parametrize(("sentence", "partner"), [
    ("USS Theodore Roosevelt (CVN 71), which sailed from North Island on January 17 for a scheduled Indo-Pacific "
     "deployment, pulled into Da Nang, Vietnam, on March 5.", "USA"),
    ("INS Sahyadri, which left Visakhapatnam in February on a planned deployment to the South China Sea, arrived in "
     "Cam Ranh on March 5.", "IND"),
    ("Admiral Karambir Singh, who is expected to hand over command soon, arrived in Hanoi on March 5.", "IND"),
])
def test_a_plan_in_a_closed_who_or_which_clause_leaves_the_main_verb_a_happening(sentence, partner):
    assert (partner, "visit", "2020-03-05") in events("NAVY NEWS\nApril 2020\n\n" + sentence + "\n")


def test_guard_a_plan_in_the_main_clause_is_still_a_plan():
    assert not events("NAVY NEWS\nApril 2020\n\nThe destroyer USS Mustin, which left Yokosuka last week, is scheduled "
                      "to arrive in Da Nang, Vietnam, on May 5.\n")


@pytest.mark.parametrize("stamp", [
    "Posted on Sep 16th, 2014 with tags Asia, E&P, India.",
    "Published on 16 September 2014 in News, Asia, Defence.",
    "Posted on September 16, 2014 filed under Asia-Pacific, India.",
])
def test_a_stamp_run_on_into_the_pages_tags_dates_the_page(stamp):
    text = ("Offshore Energy Today\n\nHeadline here\n\n" + stamp + "\n\nThe agreement was signed in Hanoi on Monday by "
            "India and Vietnam.\n")
    assert published(text) == ("2014-09-16", "stated")


@pytest.mark.parametrize("told", [
    "The 15th Defence Policy Dialogue was held in Hanoi on Monday. Singh later called on Vietnam's Minister of "
    "National Defence, General Phan Van Giang.",
    "Defence Secretary Rajesh Kumar Singh co-chaired the annual Defence Policy Dialogue in Hanoi on Monday. He later "
    "called on General Phan Van Giang, the Minister of National Defence.",
    "On Monday the two sides held the 15th round of their Defence Policy Dialogue in Hanoi. Afterwards Singh called "
    "on Defence Minister Phan Van Giang.",
])
def test_a_call_told_as_later_than_a_dialogues_session_is_on_its_day(told):
    text = ("HANOI, Nov 12, 2025 (PTI) - Defence Secretary Rajesh Kumar Singh is in Vietnam.\nThe visit is his first.\n"
            "India has long trained Vietnamese submariners.\nThe two navies exercise often.\nAnalysts see a trend.\n"
            + told + "\n")
    assert ("IND", "talks", "2025-11-10") in events(text)


@pytest.mark.parametrize("sentence", [
    "On 16 September, External Affairs Minister SM Krishna sat down in Hanoi with his Vietnamese counterpart Pham "
    "Binh Minh.",
    "On 16 September Krishna sat down in New Delhi with Foreign Minister Pham Binh Minh.",
    "On 16 September Krishna sat down in the capital with Foreign Minister Pham Binh Minh.",
])
def test_sat_down_with_a_place_or_an_occasion_between_is_a_meeting(sentence):
    text = "NEW DELHI, 24 September 2011 - External Affairs Minister SM Krishna was in Hanoi.\n" + sentence + "\n"
    assert ("IND", "talks", "2011-09-16") in events(text)


def test_guard_sat_down_to_watch_is_no_meeting():
    text = ("NEW DELHI, 24 September 2011 - External Affairs Minister SM Krishna was in Hanoi.\n"
            "On 16 September Krishna sat down in the front row to watch the parade with Vietnamese officials.\n")
    assert not [e for e in events(text) if e[1] == "talks"]


@pytest.mark.parametrize("sentence", [
    "Speaking at a joint press conference in Hanoi on Monday alongside Vietnamese President Tran Dai Quang, President "
    "Barack Obama said the decision was not aimed at China.",
    "On Monday President Barack Obama stood at a news conference beside President Tran Dai Quang.",
    "President Barack Obama, at a joint news conference in the capital on Monday alongside President Tran Dai Quang, "
    "lifted the embargo.",
])
def test_a_news_conference_alongside_the_other_sides_leader_tells_they_met(sentence):
    assert ("USA", "summit", "2016-05-23") in events("HANOI, May 24, 2016 (UKDJ) - The US lifted its embargo.\n"
                                                     + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "Cohen held talks Monday with Defense Minister Pham Van Tra at the guest house, then called on Prime Minister "
    "Phan Van Khai.",
    "Cohen met Defense Minister Pham Van Tra on Monday, later calling on Prime Minister Phan Van Khai.",
    "Cohen held talks with Defense Minister Pham Van Tra on Monday; afterwards he called on Prime Minister Phan Van "
    "Khai.",
])
def test_a_call_told_after_a_comma_and_then_is_another_meeting_that_day(sentence):
    text = "HANOI, March 15, 2000 (AP) - U.S. Defense Secretary William Cohen is in Vietnam.\n" + sentence + "\n"
    met = _meetings(text)
    assert ("talks", "2000-03-13", ("phan-van-khai", "william-cohen")) in met
    assert [m for m in met if "pham-van-tra" in m[2] and "phan-van-khai" not in m[2]]


@pytest.mark.parametrize("later", [
    "Gen Singh later sat down with Deputy Chief of the General Staff Pham Hong Loi.",
    "Singh later met Senior Lieutenant General Pham Hong Loi.",
    "Gen Singh later held talks with Lieutenant General Pham Hong Loi.",
])
def test_a_meeting_told_as_later_follows_its_own_persons_happening_not_a_predecessors(later):
    text = ("NEW DELHI, July 28, 2010 (PTI) - Army chief Gen V K Singh arrived in Hanoi on Monday for a four-day visit.\n"
            "The visit is the first by an Indian Army chief in fifteen years.\nIndia trains Vietnamese officers.\n"
            "The two armies share Soviet-era kit.\nAnalysts see a trend.\n"
            "His predecessor Gen Shankar Roy Chowdhury visited Vietnam in 1995.\n" + later + "\n")
    assert ("IND", "talks", "2010-07") in events(text)


@pytest.mark.parametrize("line", [
    "HANOI, Wednesday (PTI/AFP)",
    "HANOI, Wednesday:",
    "NEW DELHI, Wednesday (IANS) -",
])
def test_a_dateline_with_only_a_weekday_is_the_last_such_day_on_or_before_the_page(line):
    text = ("Daily News Online\n\nThursday, 14 October 2010\n\nWORLD\n\nIndia to help Vietnam\n\n" + line + "\n\n"
            "India will help Vietnam, Defence Minister A K Antony said today after talks with General Phung Quang "
            "Thanh.\n")
    assert ("IND", "talks", "2010-10-13") in events(text)


_OBAMA = ("HANOI, May 25, 2016 (AP) - U.S. President Barack Obama arrived in Hanoi on Sunday for a three-day visit.\n"
          "The trip is his first.\n")


@pytest.mark.parametrize("calls", [
    "Obama also held talks with Prime Minister Nguyen Xuan Phuc and, separately, with General Secretary Nguyen Phu "
    "Trong.",
    "Obama also met Prime Minister Nguyen Xuan Phuc and, separately, General Secretary Nguyen Phu Trong.",
    "Obama was received separately by Prime Minister Nguyen Xuan Phuc and General Secretary Nguyen Phu Trong.",
])
def test_meetings_told_apart_with_no_day_of_their_own_fall_in_the_visitors_visit(calls):
    met = [m for m in _meetings(_OBAMA + calls + "\n") if "barack-obama" in m[2]]
    assert sorted(met) == [("summit", "2016-05", ("barack-obama", "nguyen-phu-trong")),
                           ("summit", "2016-05", ("barack-obama", "nguyen-xuan-phuc"))]


def test_guard_meetings_not_told_apart_with_no_day_stay_the_visits():
    assert not _meetings(_OBAMA + "Obama also met Prime Minister Nguyen Xuan Phuc and General Secretary Nguyen Phu "
                                  "Trong.\n")


@pytest.mark.parametrize("line", [
    "2016-09-03 21:47:05  Source: Guancha.cn  Author: Zhou Yiming",
    "2016-09-03 21:47 Source: Xinhua",
    "2016-09-03 09:12 Author: Li Wei  Editor: Wang Fang",
])
def test_a_stamp_then_the_pages_source_or_author_dates_the_page(line):
    text = ("Guancha.cn > International\n\nModi hands Vietnam credit\n\n" + line + "\n\n"
            "Modi arrived in Hanoi on the evening of the 2nd.\n")
    assert published(text) == ("2016-09-03", "stated")


@pytest.mark.parametrize(("line", "day"), [
    ("Nov 21 - Nov 27, 2003", "2003-11-21"),
    ("Nov. 28 - Dec. 4, 2003", "2003-11-28"),
    ("Vol. 24, No. 47 | Nov 21 - Nov 27, 2003", "2003-11-21"),
])
def test_a_weeklys_issue_with_the_month_told_twice_comes_out_on_its_first_day(line, day):
    text = ("AsianWeek\nThe Voice of Asian America\n" + line + "\n\nNATIONAL\n\nFrom the Pentagon Steps\n\n"
            "On Nov. 10, Defense Secretary Donald Rumsfeld greeted Vietnam's defence minister.\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize("sentence", [
    "Old hands will recall that in December 2020 INS Kiltan sailed to Ho Chi Minh City, berthing at Nha Rong on 24 "
    "Dec with relief for Vietnam.",
    "Readers will remember that INS Kiltan visited Ho Chi Minh City on 24 December 2020.",
    "Veterans will tell you that INS Kiltan called at Ho Chi Minh City on 24 December 2020.",
])
def test_what_a_reader_will_recall_happened(sentence):
    text = ("THE KILTAN LOG\nVol. 8 | Issue 2 | Monsoon 2025\n\nShipmates, this issue comes from the South China Sea.\n"
            + sentence + "\n")
    assert ("IND", "visit", "2020-12-24") in events(text)


def test_guard_a_plan_inside_what_is_recalled_is_still_a_plan():
    text = ("THE KILTAN LOG\nVol. 8 | Issue 2 | Monsoon 2025\n\nShipmates, this issue comes from the South China Sea.\n"
            "The captain will recall that INS Kiltan will visit Ho Chi Minh City on 24 December 2026.\n")
    assert not events(text)



@pytest.mark.parametrize("sentence", [
    "Those talks built on a memorandum of understanding signed in Washington in September 2011.",
    "Those talks followed a memorandum the two ministries had signed in Washington in September 2011.",
    "These drills drew on a memorandum signed at the Pentagon in May 2015.",
])
def test_those_and_these_name_a_happening_told_before(sentence):
    text = ("NAVY NEWS\nFall 2016\n\nUS Defense Secretary Leon Panetta held talks with Defence Minister Phung Quang "
            "Thanh in Hanoi on June 4.\n" + sentence + "\n")
    assert not [e for e in events(text) if e[2] in ("2011-09", "2015-05")]


@pytest.mark.parametrize(("sentence", "day"), [
    ("The two leaders, Prime Minister Manmohan Singh and Prime Minister Nguyen Tan Dung, held talks here on the last "
     "day of Dung's three-day state visit, which began on Wednesday.", "2007-07-06"),
    ("Prime Minister Manmohan Singh and Prime Minister Nguyen Tan Dung met on the final day of a three-day visit that "
     "started on Wednesday.", "2007-07-06"),
    ("Prime Minister Manmohan Singh held talks with Prime Minister Nguyen Tan Dung on the second day of the three-day "
     "trip, which began on July 4.", "2007-07-05"),
])
def test_a_meeting_on_the_nth_day_of_a_stay_that_began_on_a_day_is_counted_from_it(sentence, day):
    text = "NEW DELHI, July 7, 2007 (IANS) - India and Vietnam are partners.\n" + sentence + "\n"
    found = events(text)
    assert ("IND", "summit", day) in found
    assert ("IND", "visit", "2007-07-04") in found  # (the day told is the stay's first, not its last)


def test_guard_those_before_a_subject_is_no_happening_told_again():
    text = ("SEATTLE, June 1, 2021 (Q13) - A former US cutter left for Vietnam.\n"
            "Those Vietnamese sailors finally arrived in Seattle in February to train on the US cutter.\n")
    assert ("USA", "visit", "2021-02") in events(text)


@pytest.mark.parametrize(("sentence", "partner"), [
    ("Vietnamese Prime Minister Pham Minh Chinh, during his state visit to India, held talks with Prime Minister "
     "Narendra Modi in New Delhi on August 1.", "IND"),
    ("Prime Minister Narendra Modi, who arrived in Hanoi on Friday night with a large delegation, held talks with "
     "Prime Minister Nguyen Xuan Phuc on August 1.", "IND"),
    ("President Joe Biden, on his first visit to Vietnam as president and after a long flight, met General Secretary "
     "Nguyen Phu Trong on August 1.", "USA"),
])
def test_a_head_of_government_a_sentence_opens_on_makes_its_meeting_with_a_head_a_summit(sentence, partner):
    assert (partner, "summit", "2024-08-01") in events("NEWS\nNovember 22, 2024\n\n" + sentence + "\n")


def test_guard_a_head_of_government_meeting_a_minister_is_talks():
    text = ("NEWS\nNovember 22, 2024\n\nPrime Minister Narendra Modi, who arrived in Hanoi on Friday night, held talks "
            "with Defence Minister Phan Van Giang on August 1.\n")
    assert ("IND", "talks", "2024-08-01") in events(text)
