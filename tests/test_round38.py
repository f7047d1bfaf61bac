"""Round 38 of the generalisation loop (batches 376-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


_LEAD = "HANOI, Jan. 12, 2017 (Wire) - "


@pytest.mark.parametrize("text", [
    _LEAD + "Indian Defence Minister Manohar Parrikar met Vietnamese Defence Minister Ngo Xuan Lich on Tuesday, and "
    "the two sides agreed on bringing an Indian frigate to Cam Ranh in March.\n",
    _LEAD + "Indian Defence Minister Manohar Parrikar met Vietnamese Defence Minister Ngo Xuan Lich on Tuesday and won "
    "a promise to allow Indian ships into Cam Ranh in March.\n",
    _LEAD + "U.S. Defense Secretary Ashton Carter sat down Tuesday with Vietnamese Defence Minister Ngo Xuan Lich and "
    "came away with an agreement to work toward bringing an American aircraft carrier into Da Nang in March.\n",
    _LEAD + "Indian Defence Minister Manohar Parrikar held talks with Vietnamese Defence Minister Ngo Xuan Lich on "
    "Tuesday, and they agreed on jointly holding a coast guard drill off Da Nang in March.\n",
])
def test_a_month_told_in_a_plan_agreed_at_a_meeting_is_the_plans(text):
    assert _coded(text) == [("talks", "2017-01-10")]


@pytest.mark.parametrize("text", [
    _LEAD + "Indian Defence Minister Manohar Parrikar met Vietnamese Defence Minister Ngo Xuan Lich on Tuesday and "
    "won a pledge to open a defence attache office in Da Nang in April.\n",
    _LEAD + "Indian Defence Minister Manohar Parrikar met Vietnamese Defence Minister Ngo Xuan Lich on Tuesday and "
    "obtained an assurance to inaugurate a training centre in Nha Trang in April.\n",
    _LEAD + "U.S. Defense Secretary Ashton Carter met Vietnamese Defence Minister Ngo Xuan Lich on Tuesday; they "
    "agreed to work towards a visit by an aircraft carrier to Da Nang.\n",
])
def test_what_is_pledged_or_worked_toward_is_no_happening(text):
    assert _coded(text) == [("talks", "2017-01-10")]


@pytest.mark.parametrize("text", [
    _LEAD + "Indian Defence Minister Manohar Parrikar, working towards closer ties, met Vietnamese Defence Minister "
    "Ngo Xuan Lich on Tuesday.\n",
    _LEAD + "Vietnamese Defence Minister Ngo Xuan Lich, who pledged to deepen ties, met Indian Defence Minister "
    "Manohar Parrikar on Tuesday.\n",
    _LEAD + "After a pledge to deepen ties last year, Indian Defence Minister Manohar Parrikar met Vietnamese Defence "
    "Minister Ngo Xuan Lich in Hanoi on Tuesday.\n",
])
def test_guard_a_pledge_or_aim_told_before_the_happening_leaves_it_done(text):
    assert _coded(text) == [("talks", "2017-01-10")]


@pytest.mark.parametrize(("text", "coded"), [
    ("NEW DELHI, Dec. 6, 2018 (Wire) - India and Vietnam renewed their commitment to the partnership during the "
     "state visit of President Ram Nath Kovind to Vietnam last month.\n", [("visit", "2018-11")]),
    ("NEW DELHI, Dec. 6, 2018 (Wire) - The two sides reaffirmed a pledge to peace and stability at the talks "
     "President Ram Nath Kovind held in Hanoi last month.\n", [("talks", "2018-11")]),
    ("NEW DELHI, Dec. 6, 2018 (Wire) - Vietnam restated its commitment to freedom of navigation when President Ram "
     "Nath Kovind visited Hanoi last month.\n", [("visit", "2018-11")]),
])
def test_guard_a_commitment_to_a_thing_leaves_the_happening_after_it_done(text, coded):
    assert _coded(text) == coded


@pytest.mark.parametrize(("text", "day"), [
    ("New Delhi, July 6 (PTI): India and Vietnam on Friday raised their ties to a strategic partnership. As the two "
     "countries mark 35 years of full diplomatic relations, they set a trade target of two billion dollars by 2010.\n",
     "2007-07-06"),
    ("Hanoi, July 6 (PTI): Vietnam and India held defence talks on Friday. Marking 35 years of diplomatic relations, "
     "the two sides agreed on a roadmap for cooperation until 2015.\n", "2007-07-06"),
    ("New Delhi, July 6 (PTI): Vietnamese and Indian officials met on Friday. As they celebrate 35 years of "
     "diplomatic relations, both hope to double trade through 2012.\n", "2007-07-06"),
])
def test_a_count_of_years_of_relations_is_not_counted_from_a_deadline(text, day):
    assert published(text)[0] == day


@pytest.mark.parametrize(("stamp", "day"), [
    ("2018年(平成30年)3月6日 火曜日 朝刊", "2018-03-06"),
    ("2023年（令和5年）12月1日（金）", "2023-12-01"),
    ("2019年(令和元年)5月21日", "2019-05-21"),
])
def test_a_japanese_stamp_with_the_eras_year_beside_it(stamp, day):
    text = stamp + "\n\nIndian Defence Minister met Vietnamese Defence Minister General Phan Van Giang in Hanoi.\n"
    assert published(text)[0] == day


@pytest.mark.parametrize("text", [
    "HANOI, Dec. 12, 2023 (VNA) - On 11 December, in Hanoi, the two armies opened the Vietnam - India Bilateral Army "
    "Exercise (VINBAX) 2023.\n",
    "HANOI, Dec. 12, 2023 (VNA) - On 11 December the two armies opened the Vietnam-India bilateral exercise (VINBAX) "
    "2023 in Hanoi.\n",
    "HANOI, Dec. 12, 2023 (VNA) - On 11 December the two navies began the Southeast Asia Cooperation and Training "
    "(SEACAT) 2023 drills off Da Nang with Indian ships.\n",
])
def test_a_year_after_a_short_name_in_brackets_is_the_editions(text):
    assert ("exercise", "2023-12-11") in _coded(text)


@pytest.mark.parametrize("text", [
    "HANOI, June 9, 2022 (VNA) - Also on 8 June, Minister Rajnath Singh paid courtesy calls on State President "
    "Nguyen Xuan Phuc and Prime Minister Pham Minh Chinh.\n",
    "HANOI, June 9, 2022 (VNA) - Minister Rajnath Singh paid courtesy calls on State President Nguyen Xuan Phuc and "
    "Prime Minister Pham Minh Chinh on 8 June.\n",
    "HANOI, June 9, 2022 (VNA) - Later on 8 June, Minister Rajnath Singh paid courtesy calls on State President Nguyen "
    "Xuan Phuc and Prime Minister Pham Minh Chinh.\n",
])
def test_courtesy_calls_on_two_leaders_are_two_meetings(text):
    assert [p for p in _coded(text) if p == ("talks", "2022-06-08")] == [("talks", "2022-06-08")] * 2


@pytest.mark.parametrize("text", [
    "TOKYO, June 1, 2016 (Kyodo) - Washington partially lifted its ban on lethal arms sales to Vietnam last October, "
    "allowing the transfer of maritime security equipment.\n",
    "TOKYO, June 1, 2016 (Kyodo) - The United States eased its arms embargo on Vietnam last October, paving the way "
    "for a handover of patrol boats.\n",
    "TOKYO, June 1, 2016 (Kyodo) - Vietnam last October changed its rules on foreign warships, opening the door to "
    "a port call by a US aircraft carrier.\n",
])
def test_what_a_decision_makes_possible_is_no_happening(text):
    assert _coded(text) == []


def test_guard_a_ship_allowed_to_dock_on_a_day_did_dock():
    text = ("DA NANG, June 1, 2016 (Kyodo) - The USS Blue Ridge, allowed to dock at Tien Sa port, arrived in Da Nang "
            "on Monday for a five-day visit.\n")
    assert ("visit", "2016-05-30") in _coded(text)


_HANDOVER = ("Hanoi, June 9, 2022 (PTI) - Defence Minister Rajnath Singh on Thursday handed over 12 guard boats to "
             "Vietnam in Hai Phong. ")


@pytest.mark.parametrize("text", [
    _HANDOVER + "The minister, who is on a three-day official visit to Vietnam that began on Wednesday, held talks "
    "with General Phan Van Giang in Hanoi the previous day.\n",
    _HANDOVER + "Singh, whose visit began on Tuesday, met Prime Minister Pham Minh Chinh the previous day.\n",
    _HANDOVER + "Singh, who flew in on a visit which started on Wednesday, had held talks with General Phan Van Giang "
    "a day earlier.\n",
])
def test_the_day_before_goes_back_from_the_storys_day_not_a_closed_clauses(text):
    assert ("talks", "2022-06-08") in _coded(text)


@pytest.mark.parametrize("text", [
    _HANDOVER + "Singh, who arrived in Hanoi on Tuesday, called on Prime Minister Pham Minh Chinh the next day.\n",
    _HANDOVER + "He arrived on Tuesday and held talks with General Phan Van Giang the next day.\n",
])
def test_guard_the_next_day_goes_on_from_the_day_told_last(text):
    assert ("talks", "2022-06-08") in _coded(text)


@pytest.mark.parametrize(("stamp", "month"), [
    ("Number 6 | November 2023 | ISSN 1862-359X", "2023-11"),
    ("No. 14 | May 2012 | ISSN 1999-0123", "2012-05"),
    ("Asia Brief | Number 2 | March 2020 | ISSN 1862-3581", "2020-03"),
])
def test_a_serials_masthead_row_with_its_number_and_issn(stamp, month):
    text = stamp + "\n\nVietnam and India held defence talks in Hanoi, officials said.\n"
    assert published(text)[0] == month


@pytest.mark.parametrize("text", [
    "HANOI, Aug 2, 2024 - The free trade agreement of the EFTA states with India, signed in March, is awaiting "
    "ratification, while talks with Vietnam have dragged on for years.\n",
    "HANOI, Aug 2, 2024 - The EFTA pact with India, signed in March, awaits ratification, while talks with Vietnam "
    "have stalled.\n",
    "HANOI, Aug 2, 2024 - The European Union's accord with India, inked in March, is before parliament, while talks "
    "with Vietnam have been bogged down for a decade.\n",
])
def test_talks_still_dragging_on_or_stalled_are_no_happening(text):
    assert _coded(text) == []


def test_guard_talks_held_on_a_day_about_what_had_stalled_are_held():
    text = ("HANOI, Aug 2, 2024 - Vietnamese and Indian officials held talks in Hanoi on Thursday that had stalled "
            "on the price of the missiles.\n")
    assert _coded(text) == [("talks", "2024-08-01")]


@pytest.mark.parametrize(("text", "coded"), [
    ("SYDNEY, March 5, 2018 (AFP) - The idea of a carrier visit was first raised last August, when General Ngo Xuan "
     "Lich was received by Jim Mattis at the Pentagon.\n", [("talks", "2017-08")]),
    ("SYDNEY, March 5, 2018 (AFP) - The notion of a joint naval exercise came up last August, when Defence Minister "
     "Ngo Xuan Lich met Jim Mattis at the Pentagon.\n", [("talks", "2017-08")]),
    ("SYDNEY, March 5, 2018 (AFP) - The idea of an aircraft carrier visit was first floated in August, when Jim "
     "Mattis hosted General Ngo Xuan Lich at the Pentagon.\n", [("talks", "2017-08")]),
])
def test_the_idea_of_a_happening_is_no_happening(text, coded):
    assert _coded(text) == coded


@pytest.mark.parametrize(("stamp", "day"), [
    ("Posted on 06-07-2007 | 21:10 IST", "2007-07-06"),
    ("Updated: 05/08/2019, 14:32 IST", "2019-08-05"),
    ("Last updated 04/06/2016 09:15 IST", "2016-06-04"),
])
def test_a_stamp_in_indias_or_vietnams_time_is_day_first(stamp, day):
    text = (stamp + "\n\nThe Vietnamese leader arrived in the capital on Wednesday on a three-day State visit and held "
            "talks with the Prime Minister today.\n")
    assert published(text)[0] == day


@pytest.mark.parametrize("text", [
    "BERLIN, Nov. 2, 2023 - On 10 September 2023 Joe Biden held talks in Hanoi with Nguyen Phu Trong, and the two "
    "announced a comprehensive strategic partnership. In March they had spoken by telephone on March 29. On the day "
    "after the upgrade, Biden met Prime Minister Pham Minh Chinh.\n",
    "BERLIN, Oct. 2, 2023 - Joe Biden and Nguyen Phu Trong announced in Hanoi on September 10 that they were "
    "raising their ties to a comprehensive strategic partnership. The two had spoken by telephone on March 29, "
    "marking the tenth anniversary of the Comprehensive Partnership. On the day after the upgrade, Joe Biden met "
    "Prime Minister Pham Minh Chinh.\n",
    "BERLIN, Oct. 2, 2023 - Vietnam elevated relations with the United States to a comprehensive strategic "
    "partnership on September 10 during a visit by Joe Biden. Barack Obama had visited in May 2016. The day after the "
    "upgrade, Joe Biden met Prime Minister Pham Minh Chinh.\n",
])
def test_the_day_after_a_happening_named_is_counted_from_its_day(text):
    assert ("summit", "2023-09-11") in _coded(text)


@pytest.mark.parametrize("text", [
    "SHIKOKU SHIMBUN\nNation/World (Kyodo)\n\n[English translation of a Kyodo News dispatch]\n\nU.S. aircraft carrier "
    "to call at Vietnam in March, Mattis says\n\n2018/01/26 09:05\n\nHANOI, Jan. 25 (Kyodo) -- U.S. Defense Secretary "
    "Jim Mattis said Thursday that a carrier will come.\n",
    "HANOI, Jan. 26, 2018 (Kyodo) - Indian warships to visit Cam Ranh in June, officials say.\n",
    "HANOI, Jan. 26, 2018 (Kyodo) - Indian navy chief to tour Cam Ranh base in June, ministry says.\n",
])
def test_a_headlines_subject_then_to_is_a_plan(text):
    assert _coded(text) == []


def test_guard_a_place_inside_a_persons_name_is_no_venue():
    text = ("HANOI, Sept. 12, 2023 (AP) - On Monday Joe Biden met National Assembly Chairman Vuong Dinh Hue at the "
            "assembly.\n")
    assert [e.location for e in article(text).events] == [""]


@pytest.mark.parametrize(("text", "coded"), [
    ("Hai Phong, June 10, 2022 (VNA) - A ceremony to hand over 12 high-speed patrol boats built under India's credit "
     "line was held on the morning of June 9 in Hai Phong.\n", [("ceremony", "2022-06-09")]),
    ("CHENNAI, Aug. 15, 2019 (PTI) - A ceremony to launch India's patrol vessel project for Vietnam took place at "
     "the Kattupalli shipyard on 14 August.\n", [("ceremony", "2019-08-14")]),
])
def test_guard_a_noun_then_to_in_a_sentence_with_its_own_verb_is_no_headline(text, coded):
    assert _coded(text) == coded


def test_guard_a_vietnamese_time_zone_does_not_set_the_order_of_figures():
    text = ("Updated 09/11/2023 16:12 GMT+7\n\nOn Sunday evening in Hanoi, Joe Biden and Nguyen Phu Trong announced "
            "that the two countries had elevated ties to a Comprehensive Strategic Partnership.\n")
    assert published(text)[0] == "2023-09-11"


@pytest.mark.parametrize(("text", "day"), [
    ("Hanoi, July 28, 2010 (PTI): India and Vietnam on Tuesday agreed to strengthen their defence cooperation as Chief "
     "of the Army Staff General V K Singh held talks here with Vietnam's Minister of National Defence, General Phung "
     "Quang Thanh.\n", "2010-07-27"),
    ("Hanoi, July 28, 2010 (PTI): India pledged to train Vietnamese pilots as Defence Minister A K Antony met his "
     "counterpart Phung Quang Thanh in Hanoi on Monday.\n", "2010-07-26"),
    ("Hanoi, July 28, 2010 (PTI): The two armies agreed to expand training as the Indian Army chief held talks with "
     "Vietnamese generals on Tuesday.\n", "2010-07-27"),
])
def test_a_meeting_told_in_an_as_clause_after_a_plan_was_held(text, day):
    assert ("talks", day) in _coded(text)


def test_guard_an_as_clause_in_the_present_leaves_the_plan_a_plan():
    text = ("Hanoi, July 28, 2010 (PTI): India will send a frigate to Vietnam as the two navies prepare for a joint "
            "exercise in August.\n")
    assert _coded(text) == []


@pytest.mark.parametrize(("stamp", "day"), [
    ("Số 36 - Thứ Hai, 05/9/2016", "2016-09-05"),
    ("THỨ BẢY 07/05/2022", "2022-05-07"),
    ("Chu nhat, 06/03/2016 - 08:15", "2016-03-06"),
])
def test_a_vietnamese_weekday_before_figures_is_day_first(stamp, day):
    text = stamp + "\n\nIndian and Vietnamese defence officials held talks in Hanoi, the ministry said.\n"
    assert published(text)[0] == day


@pytest.mark.parametrize(("text", "coded"), [
    ("HANOI, Sept 3, 2016 (AFP) - Indian Prime Minister Narendra Modi and his Vietnamese counterpart Nguyen Xuan Phuc "
     "agreed on Saturday to raise relations to a comprehensive strategic partnership.\n\nAfter the talks at the "
     "Government Office, Mr Modi announced a new US$500 million line of credit.\n",
     [("partnership_upgrade", "2016-09-03"), ("summit", "2016-09-03")]),
    ("HANOI, Sept 11, 2023 (AP) - Joe Biden and Nguyen Phu Trong on Sunday announced a comprehensive strategic "
     "partnership.\n\nAfter the talks at the party headquarters, Biden met reporters.\n",
     [("partnership_upgrade", "2023-09-10"), ("summit", "2023-09-10")]),
    ("NEW DELHI, July 7, 2007 (PTI) - Prime Minister Manmohan Singh and Prime Minister Nguyen Tan Dung on Friday "
     "agreed to raise ties to a strategic partnership.\n\nFollowing the talks, the two leaders witnessed the signing "
     "of seven agreements.\n",
     [("partnership_upgrade", "2007-07-06"), ("summit", "2007-07-06")]),
])
def test_the_talks_the_next_sentence_opens_on_are_the_leads_meeting(text, coded):
    assert set(coded) <= set(_coded(text))


def test_guard_the_talks_the_lead_told_are_not_told_twice():
    text = ("HANOI, Sept 3, 2016 (AFP) - Indian Prime Minister Narendra Modi held talks with Vietnamese Prime Minister "
            "Nguyen Xuan Phuc on Saturday.\n\nAfter the talks, Mr Modi announced a new line of credit.\n")
    assert _coded(text) == [("summit", "2016-09-03")]


@pytest.mark.parametrize("text", [
    "WASHINGTON, June 3, 2015 (AP) - Ashton Carter arrived in Vietnam on May 31. The next day in Hanoi, he and General "
    "Phung Quang Thanh signed a Joint Vision Statement, the first document of its kind since relations were "
    "normalized.\n",
    "WASHINGTON, June 3, 2015 (AP) - Ashton Carter arrived in Vietnam on May 31. On June 1 he held talks with General "
    "Phung Quang Thanh, the first such meeting in Hanoi since ties were normalised.\n",
    "WASHINGTON, June 3, 2015 (AP) - Ashton Carter arrived in Vietnam on May 31. The next day, Carter held talks with "
    "General Phung Quang Thanh in Hanoi, the highest-level defence meeting since the two countries normalized "
    "relations.\n",
])
def test_a_happening_in_a_since_clause_takes_no_date_told_before_it(text):
    assert "partnership_upgrade" not in [t for t, _d in _coded(text)]


@pytest.mark.parametrize("text", [
    "TOKYO, June 26, 2023 (Asahi) - A US carrier visit to Vietnam had reportedly been considered for last year but did "
    "not take place.\n",
    "TOKYO, June 26, 2023 (Asahi) - An Indian frigate visit to Cam Ranh had been mooted for 2021 but was dropped.\n",
    "TOKYO, June 26, 2023 (Asahi) - A US carrier visit to Da Nang had initially been proposed for May 2022, officials "
    "in Hanoi said.\n",
])
def test_a_happening_only_considered_or_proposed_is_none(text):
    assert _coded(text) == []


def test_guard_the_first_since_a_year_to_visit_is_the_main_clauses_visit():
    text = ("HANOI, June 4, 2012 (AP) - On Sunday, Leon Panetta became the highest-ranking U.S. official since 1975 to "
            "visit Cam Ranh Bay in Vietnam.\n")
    assert ("visit", "2012-06-03") in _coded(text)
