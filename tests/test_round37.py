"""Round 37 of the generalisation loop (batches 358-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published

from ties_lib.dates import find_dates


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("text", "day"), [
    ("Tuesday, March 14, 2000\n\nHANOI - William Cohen visited the Vietnamese capital Monday, 25 years after the "
     "war ended.\n", "2000-03-13"),
    ("Friday, May 20, 2016\n\nNEW DELHI - Vietnam's defence minister arrived in New Delhi Thursday, 12 days after "
     "the two navies ended their drill.\n", "2016-05-19"),
    ("Sunday, June 5, 2022\n\nHANOI - The USS Blue Ridge docked at Tien Sa Port on Saturday, 30 years after the "
     "first talks on the missing.\n", "2022-06-04"),
])
def test_a_weekday_before_a_count_of_years_or_days_is_the_day(text, day):
    assert ("visit", day) in _coded(text)


@pytest.mark.parametrize("text", ["Monday, 13 March 2000", "Monday, 13 March", "on Monday 13/3"])
def test_guard_a_weekday_before_the_day_of_a_month_is_part_of_that_date(text):
    assert [e.kind for e in find_dates(text)] != ["weekday"]


@pytest.mark.parametrize(("text", "day"), [
    ("August 7, 2021\n\nLloyd Austin went to Hanoi last week. The American defence secretary landed on Wednesday "
     "evening and was met at the airport by a deputy minister.\n", "2021-07-28"),
    ("Saturday, 14 May 2016\n\nVietnam's Defence Minister Ngo Xuan Lich was in New Delhi last week. He held talks "
     "with Defence Minister Manohar Parrikar on Tuesday.\n", "2016-05-03"),
    ("HANOI, June 11, 2022 (PTI) - Defence Minister Rajnath Singh toured Vietnam last week. On Thursday he handed "
     "over twelve high-speed guard boats to Vietnam's Border Guard in Hai Phong.\n", "2022-06-02"),
])
def test_a_weekday_after_last_week_is_that_weekday_of_that_week(text, day):
    assert day in [d for _t, d in _coded(text)]


def test_guard_a_weekday_with_no_week_told_before_is_the_latest_before_the_article():
    text = ("HANOI, June 11, 2022 (PTI) - Defence Minister Rajnath Singh handed over twelve high-speed guard boats to "
            "Vietnam's Border Guard in Hai Phong on Thursday.\n")
    assert ("ceremony", "2022-06-09") in _coded(text)


@pytest.mark.parametrize(("text", "day"), [
    ("HANOI, July 30, 2021 (AP) - Defense Secretary Lloyd Austin, who landed Wednesday afternoon after a lecture in "
     "Singapore, held talks with Defense Minister Gen. Phan Van Giang on Thursday.\n", "2021-07-28"),
    ("HANOI, July 30, 2021 (AP) - Defense Secretary Lloyd Austin touched down on Wednesday evening and held talks "
     "with Defense Minister Gen. Phan Van Giang the next day.\n", "2021-07-28"),
    ("HANOI, July 30, 2021 (AP) - Defense Secretary Lloyd Austin landed late on Wednesday. He held talks with "
     "Defense Minister Gen. Phan Van Giang on Thursday.\n", "2021-07-28"),
])
def test_an_arrival_by_air_told_with_its_day_and_no_place(text, day):
    assert ("visit", day) in _coded(text)


_RAISED = ("HANOI, Sept 11, 2023 (Kyodo) - U.S. President Joe Biden and Vietnam's Communist Party chief Nguyen Phu "
           "Trong raised ties to a comprehensive strategic partnership on Sunday. ")


@pytest.mark.parametrize("text", [
    _RAISED + 'The United States moves two steps up at once, from the "comprehensive partnership" launched in July '
              "2013, to the same level as China.\n",
    _RAISED + "The two leaders also confirmed the implementation of the comprehensive partnership agreed in July "
              "2013.\n",
    _RAISED + 'The two countries had described their ties as a "comprehensive partnership" since July 2013.\n',
    _RAISED + "Washington and Hanoi have called their relationship a comprehensive partnership since July 2013.\n",
    _RAISED + "U.S.-Vietnam relations have been a comprehensive partnership since July 2013.\n",
    _RAISED + "Officials looked back on the comprehensive partnership struck in July 2013.\n",
])
def test_a_partnership_named_then_told_as_agreed_launched_or_held_since_a_date(text):
    assert ("partnership_upgrade", "2013-07") in [(t, d[:7]) for t, d in _coded(text)]


def test_guard_cooperation_grown_under_a_partnership_since_a_year_is_no_upgrade_that_year():
    text = _RAISED + "Defence ties have grown fast under the partnership since 2020.\n"
    assert not any(d.startswith("2020") for _t, d in _coded(text))


_FERNANDES = ("\n\nHANOI - Indian Defence Minister George Fernandes held talks with his Vietnamese counterpart Pham Van "
              "Tra on Tuesday, six years after the two countries signed a defence protocol in 1994.\n")


@pytest.mark.parametrize(("head", "day"), [
    ("INDIA WEEKLY\nFriday, March 31                 Vol. XI, No. 13", "2000-03-31"),
    ("INDIA WEEKLY\nFriday, 31 March        No. 13", "2000-03-31"),
    ("INDIA WEEKLY\nFriday, March 31     Volume 11, Issue 13", "2000-03-31"),
])
def test_a_yearless_date_line_with_its_issue_or_page_set_apart_by_a_wide_gap(head, day):
    assert published(head + _FERNANDES)[0] == day


_ANTONY = ("HANOI, Nov 10, 2011 (PTI) - Defence Minister A.K. Antony held talks with his Vietnamese counterpart Phung "
           "Quang Thanh today. ")


@pytest.mark.parametrize(("text", "old"), [
    (_ANTONY + "Officials said today's talks focused on implementing the memorandum of understanding on defence "
               "cooperation signed by the two countries in November 2009.\n", "2009"),
    (_ANTONY + "Officials said today's talks dwelt on the agreement on hydrography signed by the two navies in June "
               "2009.\n", "2009"),
    ("HANOI, Nov 10, 2015 (PTI) - Defence Minister Manohar Parrikar held talks with his Vietnamese counterpart Phung "
     "Quang Thanh on Monday. Officials said Monday's talks covered the joint vision statement signed by the two "
     "ministers in May 2015.\n", "2015-05"),
])
def test_a_document_signed_by_someone_in_a_month_does_not_date_the_talks_about_it(text, old):
    assert not any(d.startswith(old) for _t, d in _coded(text))


@pytest.mark.parametrize(("stamp", "day"), [
    ("3月6日 0時12分", "2018-03-06"),
    ("3月6日（火）", "2018-03-06"),
    ("3月6日 18:05", "2018-03-06"),
])
def test_a_japanese_stamp_with_its_month_and_day_and_no_year(stamp, day):
    text = (f"中国ニュース  トップ > 国際\n\n{stamp}\n\n[Translated from the Japanese]\n\n[Da Nang, Kyodo] The U.S. aircraft "
            "carrier Carl Vinson arrived at Da Nang on the 5th, the first port call in Vietnam by a U.S. carrier since "
            "the war ended in 1975, 43 years ago.\n")
    assert published(text)[0] == day
    assert ("visit", "2018-03-05") in _coded(text)


@pytest.mark.parametrize(("text", "day"), [
    ("WASHINGTON, Aug. 2, 2021 (AP) - Lloyd Austin spent two days in Hanoi last week, arriving on the evening of "
     "July 28 from Singapore.\n", "2021-07-28"),
    ("WASHINGTON, Aug. 2, 2021 (AP) - Lloyd Austin was the first Cabinet member of the Biden administration to set "
     "foot in Vietnam, arriving on the evening of July 28 from Singapore.\n", "2021-07-28"),
    ("HANOI, July 30, 2021 (AP) - Lloyd Austin held talks with Defense Minister Phan Van Giang on Thursday, arriving "
     "Wednesday from Singapore.\n", "2021-07-28"),
])
def test_an_arrival_told_by_a_participle_with_its_day(text, day):
    assert ("visit", day) in _coded(text)


@pytest.mark.parametrize("text", [
    ("DA NANG, Oct 5, 2011 - Two US destroyers arrived in Da Nang on a Friday in July for a week of training in "
     "navigation.\n"),
    ("DA NANG, Oct 5, 2011 - In July two US destroyers docked at Tien Sa port on a Monday morning for a week of "
     "non-combat training.\n"),
    ("DA NANG, Oct 5, 2011 - Two US destroyers called at Da Nang in July; sailors met Vietnamese navy teams at the "
     "port every Friday.\n"),
])
def test_an_indefinite_or_habitual_weekday_is_no_day(text):
    assert ("visit", "2011-07") in [(t, d[:7]) for t, d in _coded(text)]
    assert not any(d.startswith(("2011-09", "2011-10")) for _t, d in _coded(text))


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("Sept 10, 2024\n\nSINGAPORE - The two countries set up a Comprehensive Partnership in July 2013, and in "
     "September 2023 President Joe Biden travelled to Hanoi, where on 10 September he and General Secretary Nguyen "
     "Phu Trong raised ties to a comprehensive strategic partnership.\n", "partnership_upgrade", "2023-09-10"),
    ("May 3, 2019\n\nNEW DELHI - The two countries set up diplomatic relations in 1972, and in September 2016 "
     "Narendra Modi flew to Hanoi, where on 3 September he and Nguyen Xuan Phuc raised ties to a comprehensive "
     "strategic partnership.\n", "partnership_upgrade", "2016-09-03"),
    ("Aug 1, 2024\n\nNEW DELHI - The Indian Navy commissioned INS Kirpan in 1991, and in July 2023 the corvette sailed "
     "to Vietnam, where on 22 July she was handed over to the Vietnam People's Navy at Cam Ranh.\n", "ceremony",
     "2023-07-22"),
])
def test_a_yearless_day_takes_the_year_its_month_was_told_with_in_the_sentence(text, kind, day):
    assert (kind, day) in _coded(text)


def test_guard_a_month_before_a_visit_told_with_a_is_no_date_of_the_meeting_told_with_it():
    text = ("WASHINGTON, March 6, 2018 (AP) - The idea was first floated when Vietnamese Defense Minister Ngo Xuan Lich "
            "met Defense Secretary Jim Mattis at the Pentagon last August, and the two men agreed to work toward a "
            "March visit when they met again in Hanoi Jan. 25.\n")
    assert "2018-03" not in [d[:7] for _t, d in _coded(text)]


@pytest.mark.parametrize(("stamp", "day"), [("08/10 19:32", "2010-08-10"), ("8/10 07:05", "2010-08-10"),
                                            ("10/8 19:32", "2010-10-08")])
def test_a_yearless_stamp_in_figures_with_its_time_month_first(stamp, day):
    text = (f"FNN Fuji News Network\n[Translated from Japanese]\n\nUS destroyer calls at Da Nang\n\n{stamp}\n\nThe US Navy "
            "destroyer John S. McCain entered the port of Da Nang in central Vietnam this week. The visit marks the 15th "
            "anniversary of the normalisation of diplomatic relations between the United States and Vietnam.\n")
    assert published(text)[0] == day


@pytest.mark.parametrize(("text", "day"), [
    ("DA NANG, Aug. 10, 2010 (AP) - The destroyer USS John S. McCain entered the port of Da Nang in central Vietnam "
     "on Tuesday.\n", "2010-08-10"),
    ("MUMBAI, June 24, 2023 (PTI) - INS Delhi entered the port of Cam Ranh in Khanh Hoa province on Saturday.\n",
     "2023-06-24"),
    ("DA NANG, July 11, 2023 (PTI) - INS Sahyadri entered the port of Da Nang in central Vietnam yesterday.\n",
     "2023-07-10"),
])
def test_a_ship_that_entered_the_port_of_a_place_in_its_region(text, day):
    assert ("visit", day) in _coded(text)


@pytest.mark.parametrize("text", [
    ("NEW DELHI, Jan 10, 2008 (PTI) - In July 2007 Indian Prime Minister Manmohan Singh and Vietnam's Prime Minister "
     "Nguyen Tan Dung turned the relationship into a strategic partnership.\n"),
    ("NEW DELHI, Jan 10, 2008 (PTI) - Vietnamese Prime Minister Nguyen Tan Dung's visit to India in July 2007 "
     "transformed ties into a strategic partnership.\n"),
    ("NEW DELHI, Jan 10, 2008 (PTI) - India and Vietnam turned their decades-old relationship into a strategic "
     "partnership in July 2007.\n"),
])
def test_relations_turned_into_a_partnership_are_raised(text):
    assert ("partnership_upgrade", "2007-07") in [(t, d[:7]) for t, d in _coded(text)]


@pytest.mark.parametrize(("text", "year"), [
    ("HANOI, Nov 20, 2003 (AFP) - Then-Defence Secretary William Cohen visited Hanoi in March 2000, and diplomatic "
     "relations were restored in 1995.\n", "1995"),
    ("HANOI, Nov 20, 2003 (AFP) - William Cohen visited Hanoi in March 2000; diplomatic ties had been normalized in "
     "July 1995.\n", "1995"),
    ("WASHINGTON, July 12, 2020 (AP) - U.S.-Vietnam diplomatic relations were restored on July 11, 1995, by "
     "President Bill Clinton.\n", "1995"),
])
def test_diplomatic_relations_restored_in_the_passive_are_an_upgrade(text, year):
    assert ("partnership_upgrade", year) in [(t, d[:4]) for t, d in _coded(text)]


@pytest.mark.parametrize(("text", "wrong"), [
    ("HANOI, March 14, 2000 (TT) - Washington and Hanoi restored diplomatic relations in 1995, and last year the two "
     "countries reached agreement in principle on a trade accord.\n", "1999"),
    ("NEW DELHI, Aug 3, 2016 (PTI) - India and Vietnam set up a strategic partnership in 2007, and in 2011 the two "
     "armies exchanged their first cadets.\n", "2011"),
    ("NEW DELHI, Aug 3, 2016 (PTI) - India and Vietnam raised ties to a strategic partnership in 2007, and two years "
     "later they opened defence wings in each other's embassies.\n", "2009"),
])
def test_a_date_opening_a_clause_of_its_own_subject_is_not_the_upgrades(text, wrong):
    assert ("partnership_upgrade", wrong) not in [(t, d[:4]) for t, d in _coded(text)]


@pytest.mark.parametrize("text", [
    ("DA NANG, March 6, 2018 (Kyodo) - The USS Carl Vinson arrived in Da Nang on Monday. Two MSDF destroyers made the "
     "force's first port call at Cam Ranh Bay in April 2016.\n"),
    ("DA NANG, March 6, 2018 (Kyodo) - The USS Carl Vinson arrived in Da Nang on Monday. In 2016 a PLA Navy training "
     "ship called at Cam Ranh.\n"),
    ("DA NANG, March 6, 2018 (Kyodo) - The USS Carl Vinson arrived in Da Nang on Monday. Two JMSDF escorts called at "
     "Cam Ranh Bay in 2016.\n"),
])
def test_a_third_countrys_armed_service_named_by_its_initials_makes_no_partner_visit(text):
    assert _coded(text) == [("visit", "2018-03-05")]


@pytest.mark.parametrize(("text", "wrong"), [
    ("HANOI, May 23, 2016 (AFP) - Obama, who landed in Hanoi late on Sunday, is the third sitting US president to "
     "visit since diplomatic ties were restored in 1995, after Bill Clinton in 2000 and George W. Bush in 2006.\n",
     "2000"),
    ("NEW DELHI, Jan 7, 2022 (PTI) - India and Vietnam established diplomatic relations in 1972, after consulates "
     "had served both sides from 1956.\n", "1956"),
    ("HANOI, July 11, 2020 (AP) - Vietnam and the United States normalized ties in 1995, after the first MIA teams "
     "in 1988.\n", "1988"),
    ("NEW DELHI, Jan 7, 2022 (PTI) - India and Vietnam set up diplomatic relations in 1972, after years of consular "
     "ties from 1956.\n", "1956"),
])
def test_relations_set_up_in_a_year_take_no_later_year_past_a_comma(text, wrong):
    assert ("partnership_upgrade", wrong) not in [(t, d[:4]) for t, d in _coded(text)]


@pytest.mark.parametrize(("text", "month"), [
    ("NEW DELHI, Sept 3, 2016 (PTI) - Defence ties between India and Vietnam have deepened since the establishment "
     "of the strategic partnership in July 2007.\n", "2007-07"),
    ("HANOI, Sept 11, 2023 (AP) - The United States and Vietnam have come far since the creation of the "
     "Comprehensive Partnership in July 2013.\n", "2013-07"),
    ("NEW DELHI, Sept 3, 2016 (PTI) - Since the formation of their strategic partnership in 2007, India and Vietnam "
     "have held ten dialogues.\n", "2007"),
])
def test_a_partnership_named_by_its_establishment_is_set_up_then(text, month):
    assert ("partnership_upgrade", month) in [(t, d[:len(month)]) for t, d in _coded(text)]


def test_guard_a_japanese_service_named_beside_its_country_keeps_the_partners_ship_call():
    text = ("DA NANG, July 20, 2016 (Navy News) - Pacific Partnership 2016, the U.S. Pacific Fleet's annual mission, "
            "spent two weeks in Da Nang after the hospital ship USNS Mercy and the Japan Maritime Self-Defense Force "
            "tank landing ship JS Shimokita arrived July 15.\n")
    assert ("2016-07-15") in [d for _t, d in _coded(text)]


@pytest.mark.parametrize(("stamp", "lead"), [
    ("Monday, 05/09/2016 08:30 (GMT+7)", "HÀ NỘI — Việt Nam and India on Saturday raised their relationship to a "
     "comprehensive strategic partnership during the visit of Indian Prime Minister Narendra Modi, who was received by "
     "Prime Minister Nguyễn Xuân Phúc."),
    ("Monday, 05/09/2016 - 08:30", "Hà Nội — Prime Minister Nguyễn Xuân Phúc held talks with Indian Prime Minister "
     "Narendra Modi on Saturday, the first visit to Việt Nam by an Indian head of government in 15 years."),
    ("05/09/2016 08:30 GMT+7", "HÀ NỘI — Modi, who landed at Nội Bài late on Friday, met Party General Secretary "
     "Nguyễn Phú Trọng on Saturday as Việt Nam and India raised their ties."),
])
def test_a_vietnamese_papers_stamp_in_figures_is_day_first(stamp, lead):
    text = (f"HOAN KIEM HERALD\nHanoi's English-language weekly\nPolitics | Business | Society\n\nPOLITICS\n{stamp}\n\n"
            f"Viet Nam, India lift ties\n\n{lead}\n")
    assert published(text)[0] == "2016-09-05"


@pytest.mark.parametrize("foot", ["Next issue: 6 January 2021. Unsubscribe | Impressum",
                                  "The next edition appears on January 6, 2021.",
                                  "Next newsletter: 06 January 2021 | Manage subscription"])
def test_a_footers_day_of_the_next_issue_is_not_this_ones(foot):
    text = ("OSTASIEN-BRIEF\nNewsletter for subscribers\nNr. 52/2020 · Mittwoch, 30. Dezember 2020\n\n"
            "[Translated from the German]\n\nOn Monday of last week Prime Minister Narendra Modi and his Vietnamese "
            "counterpart Nguyen Xuan Phuc held a virtual summit.\n\n" + foot + "\n")
    assert published(text)[0] == "2020-12-30"


@pytest.mark.parametrize(("text", "day"), [
    ("BANGKOK, Nov 20, 2003 - Vietnam's Defence Minister Pham Van Tra was hosted by Defense Secretary Donald Rumsfeld "
     "at the Pentagon over lunch on 10 November.\n", "2003-11-10"),
    ("NEW DELHI, June 10, 2022 (PTI) - General Phan Van Giang was hosted by Defence Minister Rajnath Singh in New Delhi "
     "on Wednesday.\n", "2022-06-08"),
    ("HANOI, Aug 5, 2016 (AP) - The U.S. delegation was hosted by Deputy Minister Nguyen Chi Vinh on Thursday.\n",
     "2016-08-04"),
])
def test_a_guest_hosted_by_a_host_named_by_office_is_met(text, day):
    assert ("talks", day) in _coded(text)


def test_guard_a_gathering_hosted_by_a_country_is_no_meeting():
    text = ("HANOI, Aug 5, 2016 (AP) - The ADMM-Plus meeting was hosted by Vietnam on Thursday, with U.S. Secretary Ash "
            "Carter attending.\n")
    assert not [t for t, _d in _coded(text) if t == "talks"]


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("HANOI, July 27, 2010 (CNS): India and Vietnam on Tuesday agreed to step up their defence cooperation when the "
     "Chief of the Army Staff, General V.K. Singh, met Vietnam's Minister of National Defence, General Phung Quang "
     "Thanh, in Hanoi.\n", "talks", "2010-07-27"),
    ("NEW DELHI, Sept 4, 2016 (PTI): The two countries agreed to expand naval cooperation when Vietnam's Prime "
     "Minister, Nguyen Xuan Phuc, held talks with Narendra Modi on Saturday.\n", "summit", "2016-09-03"),
    ("WASHINGTON, Nov 11, 2003 (AP): The two sides decided to allow ship visits when the Vietnamese minister, General "
     "Pham Van Tra, met Donald Rumsfeld at the Pentagon on Monday.\n", "talks", "2003-11-10"),
])
def test_a_past_when_clause_with_an_appositive_after_a_plan_is_held(text, kind, day):
    assert (kind, day) in _coded(text)
