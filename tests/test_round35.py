"""Round 35 of the generalisation loop (batches 336-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


def _meetings(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(start date, participants) of each talks event."""
    return sorted((e.date.iso_start(), tuple(sorted(e.participants))) for e in article(text).events
                  if e.type == "talks")


@pytest.mark.parametrize(("text", "day", "host"), [
    ("By Staff Reporter | August 3, 2024\n\nNew Delhi hosted the 14th India-Vietnam Defence Policy Dialogue on "
     "Thursday, August 1, with Defence Secretary Giridhar Aramane in the chair.\n\nIts 10th round was held in Hanoi "
     "on March 1, 2017; Vietnam's Defence Minister Ngo Xuan Lich received the Indian delegation the same day.\n",
     "2017-03-01", "ngo-xuan-lich"),
    ("By Staff Reporter | August 3, 2024\n\nNew Delhi hosted the 14th India-Vietnam Defence Policy Dialogue on "
     "Thursday, August 1, with Defence Secretary Giridhar Aramane in the chair.\n\nThe 10th round was held in Hanoi "
     "on March 1, 2017. Defence Minister Ngo Xuan Lich received the Indian team on the same day.\n",
     "2017-03-01", "ngo-xuan-lich"),
    ("By Staff Reporter | August 3, 2024\n\nDefence Secretary Giridhar Aramane held talks in New Delhi on Thursday "
     "with Vietnam's Deputy Minister of National Defence, Senior Lieutenant General Hoang Xuan Chien.\n\nIn 2019, "
     "Defence Secretary Sanjay Mitra visited Hanoi on May 14. Minister Ngo Xuan Lich received him the same day.\n",
     "2019-05-14", "ngo-xuan-lich"),
])
def test_the_same_day_after_an_earlier_years_day_told_as_its_sentences_own_is_that_day(text, day, host):
    days = [d for d, people in _meetings(text) if host in people]
    assert days == [day]


def test_guard_the_same_day_still_skips_a_day_recalled_in_a_clause_of_a_thing():
    text = ("Hanoi, July 30, 2021 - US Defense Secretary Lloyd Austin held talks with General Phan Van Giang on "
            "Thursday. They recalled the cutter handed over on May 25, 2017. The same day, Austin called on Prime "
            "Minister Pham Minh Chinh.\n")
    assert [d for d, people in _meetings(text) if "pham-minh-chinh" in people] == ["2021-07-29"]


@pytest.mark.parametrize("text", [
    ("By Staff Reporter | August 3, 2024\n\nNew Delhi hosted the 14th India-Vietnam Defence Policy Dialogue on "
     "Thursday, August 1, with Defence Secretary Giridhar Aramane and Senior Lieutenant General Hoang Xuan Chien in "
     "the chair.\n\nAt the end of the meeting, Mr Aramane and General Chien signed a Letter of Intent.\n\nIts 10th "
     "round was held in Hanoi on March 1, 2017; Vietnam's Defence Minister Ngo Xuan Lich received the Indian "
     "delegation the same day.\n"),
    ("By Staff Reporter | August 3, 2024\n\nNew Delhi hosted the 14th India-Vietnam Defence Policy Dialogue on "
     "Thursday, August 1, with Defence Secretary Giridhar Aramane and Senior Lieutenant General Hoang Xuan Chien in "
     "the chair.\n\nAfter the meeting, Aramane and Chien signed a Letter of Intent on training.\n\nThe 10th round was "
     "held in Hanoi on March 1, 2017. Defence Minister Ngo Xuan Lich received the Indian team the same day.\n"),
    ("By Staff Reporter | August 3, 2024\n\nNew Delhi hosted the 14th India-Vietnam Defence Policy Dialogue on "
     "Thursday, August 1, with Defence Secretary Giridhar Aramane and Senior Lieutenant General Hoang Xuan Chien in "
     "the chair.\n\nAramane and Chien also held a separate meeting on training.\n\nOn May 14, 2019, Defence Secretary "
     "Sanjay Mitra visited Hanoi, and Minister Ngo Xuan Lich received him the same day.\n"),
])
def test_a_meeting_told_before_another_day_is_not_earlier_that_day(text):
    aramane = [d for d, people in _meetings(text) if "giridhar-aramane" in people]
    assert aramane and all(d == "2024-08-01" for d in aramane)


@pytest.mark.parametrize("text", [
    ("By Staff Reporter | August 3, 2024\n\nNew Delhi hosted the 14th India-Vietnam Defence Policy Dialogue on "
     "Thursday, August 1, with Defence Secretary Giridhar Aramane in the chair.\n\nIts 10th round was held in Hanoi "
     "on March 1, 2017, when Deputy Defence Minister Nguyen Chi Vinh and Defence Secretary G Mohan Kumar co-chaired "
     "the talks; Vietnam's Defence Minister Ngo Xuan Lich received the Indian delegation the same day.\n"),
    ("By Staff Reporter | August 3, 2024\n\nNew Delhi hosted the 14th India-Vietnam Defence Policy Dialogue on "
     "Thursday, August 1, with Defence Secretary Giridhar Aramane in the chair.\n\nThe 10th round was held in Hanoi "
     "on March 1, 2017, when Deputy Defence Minister Nguyen Chi Vinh and Defence Secretary G Mohan Kumar chaired "
     "the meeting. Defence Minister Ngo Xuan Lich received the Indian team the same day.\n"),
    ("By Staff Reporter | August 3, 2024\n\nNew Delhi hosted the 14th India-Vietnam Defence Policy Dialogue on "
     "Thursday, August 1, with Defence Secretary Giridhar Aramane in the chair.\n\nThe 10th dialogue took place in "
     "Hanoi on March 1, 2017, when Senior Lieutenant General Nguyen Chi Vinh and Defence Secretary G Mohan Kumar led the "
     "talks, and Defence Minister Ngo Xuan Lich received the Indian delegation the same day.\n"),
])
def test_the_chairs_of_a_dialogue_dated_in_their_own_sentence_hold_no_second_meeting(text):
    vinh = [(d, people) for d, people in _meetings(text) if "nguyen-chi-vinh" in people
            and "ngo-xuan-lich" not in people]
    assert vinh == []
    assert ("dialogue", "2017-03-01") in _coded(text)
    assert [d for d, people in _meetings(text) if "ngo-xuan-lich" in people] == ["2017-03-01"]


@pytest.mark.parametrize("text", [
    ("WASHINGTON, June 8, 2012\n\nOn Sunday, June 3, Leon Panetta toured Cam Ranh Bay. A day later, in Hanoi, "
     "Panetta sat down with Defense Minister Phung Quang Thanh to talk about carrying out the defense memorandum "
     "the two governments had signed in Washington the previous September.\n"),
    ("WASHINGTON, June 8, 2012\n\nOn Sunday, June 3, Leon Panetta toured Cam Ranh Bay. The next day Panetta held "
     "talks in Hanoi with Defense Minister Phung Quang Thanh on the memorandum signed the previous September.\n"),
    ("WASHINGTON, June 8, 2012\n\nOn Sunday, June 3, Leon Panetta toured Cam Ranh Bay. The following day Panetta "
     "met Defense Minister Phung Quang Thanh in Hanoi to review the memorandum of understanding inked in Washington "
     "last September.\n"),
])
def test_a_documents_making_dates_the_document_not_the_talks_about_it(text):
    assert ("talks", "2012-06-04") in _coded(text)
    assert not [e for e in _coded(text) if e[1].startswith("2011")]


@pytest.mark.parametrize("text", [
    ("WASHINGTON, June 8, 2012\n\nOn Sunday, June 3, Leon Panetta toured Cam Ranh Bay. No defense secretary had "
     "been there since the war ended in 1975. A day later, in Hanoi, Panetta held talks with Defense Minister Phung "
     "Quang Thanh.\n"),
    ("WASHINGTON, June 8, 2012\n\nOn Sunday, June 3, Leon Panetta toured Cam Ranh Bay, the first such stop since "
     "the end of the war in 1975. The next day Panetta held talks with Defense Minister Phung Quang Thanh in "
     "Hanoi.\n"),
    ("WASHINGTON, June 8, 2012\n\nOn Sunday, June 3, Leon Panetta toured Cam Ranh Bay. It was the first visit "
     "there by a Pentagon chief since American forces left in 1973. The following day he met Defense Minister "
     "Phung Quang Thanh in Hanoi.\n"),
])
def test_a_day_counted_on_passes_over_a_year_told_in_a_since_clause(text):
    assert ("talks", "2012-06-04") in _coded(text)


@pytest.mark.parametrize(("stamp", "day"), [
    ("பதிவு: அக்டோபர் 03, 2018 09:41 IST", "2018-10-03"),
    ("ஜூன் 12, 2022 18:05", "2022-06-12"),
    ("5 டிசம்பர் 2016", "2016-12-05"),
])
def test_a_tamil_stamp_dates_the_page(stamp, day):
    text = (f"Maalai Daily\n\n{stamp}\n\nChennai:\n\nThe Indian Coast Guard ship Shaurya called at Da Nang, "
            "the Coast Guard said.\n")
    assert published(text)[0] == day


@pytest.mark.parametrize("text", [
    ("Chennai, October 3, 2018\n\nInspector General Paramesh Sivamani of the Indian Coast Guard said that under the "
     "memorandum of understanding signed between the two coast guards in 2015, ship visits and high-level meetings "
     "with Vietnam have become regular.\n"),
    ("Hanoi, May 2, 2019\n\nUnder the agreement signed between the Indian and Vietnamese navies in 2016, port calls "
     "and staff talks have become routine, the Vietnamese People's Navy said.\n"),
    ("Hanoi, May 2, 2019\n\nUnder the pact inked between India and Vietnam on 25 May 2015, visits by officers of "
     "both sides now take place every year.\n"),
])
def test_a_document_signed_between_two_sides_dates_nothing_but_itself(text):
    assert _coded(text) == []


def test_guard_a_since_phrase_without_its_verb_leaves_the_date_to_the_main_clause():
    text = ("WASHINGTON, June 8, 2020\n\nThe carrier Carl Vinson made the first carrier port call since the war at "
            "Da Nang in March 2018. Two years later, the USS Theodore Roosevelt called at Da Nang.\n")
    assert ("visit", "2020") in [(t, d[:4]) for t, d in _coded(text)]


@pytest.mark.parametrize(("text", "day"), [
    ("Kwong Daily\nInternational | 2010年8月18日 Wednesday\n\n(Hanoi, 17th, combined dispatches) Vietnam and the "
     "United States today held their first defence policy dialogue in Hanoi.\n", "2010-08-17"),
    ("Oriental News\nInternational | Friday, 22 January 2021\n\n(Hanoi, 21st, combined reports) The United States and "
     "Vietnam today held a ceremony at Bien Hoa air base to hand over cleaned land.\n", "2021-01-21"),
    ("Sin Daily\nWorld | Thursday, March 3, 2022\n\n(New Delhi, 2nd, wire reports) Indian Defence Minister Rajnath "
     "Singh today held talks with Vietnam's Defence Minister Phan Van Giang.\n", "2022-03-02"),
])
def test_a_datelines_ordinal_day_followed_by_a_comma_is_the_day_filed(text, day):
    assert day in [d for _t, d in _coded(text)]


@pytest.mark.parametrize("text", [
    ("Hanoi, Jan 22, 2021\n\nThe two sides formally started the process in January 2018, when US Ambassador Daniel "
     "Kritenbrink and Senior Lieutenant General Nguyen Chi Vinh witnessed the signing of a memorandum of intent, and "
     "ground-breaking followed in 2019.\n"),
    ("Hanoi, Jan 22, 2021\n\nIn January 2018 US Ambassador Daniel Kritenbrink and Deputy Defence Minister Nguyen Chi "
     "Vinh witnessed the signing of a memorandum on the clean-up.\n"),
    ("Hanoi, Jan 22, 2021\n\nUS Ambassador Daniel Kritenbrink and Senior Lieutenant General Nguyen Chi Vinh, "
     "witnessing the exchange of the documents in January 2018, pledged to finish the work.\n"),
])
def test_two_sides_who_witnessed_a_signing_together_met(text):
    assert ("talks", "2018-01") in _coded(text)


@pytest.mark.parametrize("text", [
    ("HANOI, Aug 15, 2014 (AFP)\n\nDempsey's visit, and one expected later this year, were steps to carry forward "
     "the comprehensive partnership that Vietnam and the United States launched in July last year.\n"),
    ("HANOI, Aug 15, 2014 (AFP)\n\nThe United States plans to expand the comprehensive partnership which Washington "
     "and Hanoi launched last July.\n"),
    ("HANOI, Aug 15, 2014 (AFP)\n\nHanoi hopes to build on the comprehensive partnership that Presidents Barack Obama "
     "and Truong Tan Sang announced in July last year, officials said.\n"),
])
def test_a_plan_to_build_on_a_partnership_told_as_made_keeps_its_making(text):
    assert ("partnership_upgrade", "2013-07") in _coded(text)


def test_guard_a_partnership_still_to_be_launched_is_a_plan():
    text = ("HANOI, Aug 15, 2014 (AFP)\n\nThe two sides hope to launch a comprehensive partnership that Vietnam and "
            "the United States will sign next year.\n")
    assert not [e for e in _coded(text) if e[0] == "partnership_upgrade"]


@pytest.mark.parametrize(("head", "stamp", "day"), [
    ("AsiaNews.it\nHOME | ASIA | VIETNAM\n", "01/04/2019 12:40", "2019-04-01"),
    ("Vietnam Weekly\nHOME | WORLD | ASIA\n", "03/05/2021 09:15", "2021-05-03"),
    ("Mekong Report\nNEWS | REGION\n", "07/08/2016 18:02", "2016-08-07"),
])
def test_a_pages_other_stamps_that_can_only_be_day_first_order_its_own(head, stamp, day):
    text = (f"{head}\nIndian Coast Guard ship in Da Nang\n\nby Peter Nguyen\n\nThe Indian Coast Guard ship Vijit "
            f"berthed at Tien Sa port in Da Nang this morning.\n\n{stamp}\n\nRelated:\n22/03/2019 VIETNAM - CHINA: "
            "Fishing boat rammed\n15/02/2019 INDIA: Coast Guard expands fleet\n")
    assert published(text)[0] == day


@pytest.mark.parametrize(("line", "day"), [
    ("Serving the Fort Belvoir community                    Thursday, September 15, 2016   Vol. 62, No. 37",
     "2016-09-15"),
    ("The newspaper of Joint Base Lewis-McChord            Friday, May 5, 2017           Vol. 11, No. 18",
     "2017-05-05"),
    ("The official newspaper of Naval Station Great Lakes           Wednesday, June 1, 2016          "
     "Volume 7, Issue 22", "2016-06-01"),
])
def test_a_masthead_row_whose_wide_gaps_make_it_long_still_dates_the_page(line, day):
    text = (f"BASE PAPER\n{line}\n-----------------------------------------\nNEWS | COMMUNITY | SPORTS\n\nVietnamese "
            "navy officers tour the base\n\nBy Dana Whitcomb\n\nA delegation of officers from the Vietnam People's "
            "Navy spent a day at the base, officials said.\n")
    assert published(text)[0] == day


@pytest.mark.parametrize("rule", ["-" * 60, "=" * 40, "* * *"])
def test_a_horizontal_rule_is_furniture_and_the_headline_after_it_is_the_title(rule):
    text = (f"BASE PAPER\nNEWS | COMMUNITY | SPORTS\n{rule}\n\nVietnamese navy chart-makers tour the campus\n\nBy "
            "Dana Whitcomb\n\nSeptember 15, 2016\n\nA delegation of hydrographic officers from the Vietnam People's "
            "Navy spent Sept. 7 at the campus.\n")
    assert article(text).article.title == "Vietnamese navy chart-makers tour the campus"


@pytest.mark.parametrize("text", [
    ("Thursday, October 18, 2018\n\nOn Wednesday morning, US Defense Secretary James Mattis travelled to Bien Hoa Air "
     "Base. There, a Vietnamese general walked him through maps of the clean-up. Mattis then returned to the city for "
     "talks with Vietnam's Minister of National Defence, General Ngo Xuan Lich.\n"),
    ("Thursday, October 18, 2018\n\nOn Wednesday morning, US Defense Secretary James Mattis flew to Bien Hoa. Officers "
     "showed him the contaminated soil. He then met General Ngo Xuan Lich, Vietnam's Minister of National "
     "Defence.\n"),
    ("Thursday, October 18, 2018\n\nOn Wednesday, US Defense Secretary James Mattis toured Bien Hoa Air Base. The tour "
     "took in the old storage sites. Mattis then sat down with General Ngo Xuan Lich, the defence minister.\n"),
])
def test_a_meeting_told_then_takes_the_day_told_a_sentence_or_two_back_in_its_paragraph(text):
    assert ("talks", "2018-10-17") in _coded(text)


@pytest.mark.parametrize("text", [
    ("Thursday, October 18, 2018\n\nUS Defense Secretary James Mattis landed in Ho Chi Minh City on Tuesday afternoon "
     "and was received shortly after by Nguyen Thien Nhan, the city's party chief.\n"),
    ("Thursday, October 18, 2018\n\nUS Defense Secretary James Mattis arrived in Ho Chi Minh City on Tuesday and was "
     "later received by Nguyen Thien Nhan, the city's party chief.\n"),
    ("Thursday, October 18, 2018\n\nUS Defense Secretary James Mattis flew into Ho Chi Minh City on Tuesday and was "
     "then received by Nguyen Thien Nhan, the city's party chief.\n"),
])
def test_an_arrival_then_a_reception_told_as_coming_next_are_a_visit_and_a_meeting(text):
    assert [e for e in _coded(text) if e[1] == "2018-10-16"] == [("talks", "2018-10-16"), ("visit", "2018-10-16")]


@pytest.mark.parametrize("text", [
    ("30 July, 2010\n\nThe Indian Army Chief, General V. K. Singh, has spent this week in Vietnam, and the press has "
     "greeted the trip warmly.\n"),
    ("30 July, 2010\n\nIndian Navy chief Admiral Nirmal Verma has spent this week in Vietnam, where he toured the "
     "naval academy.\n"),
    ("30 July, 2010\n\nIndian Defence Secretary Pradeep Kumar spent this week in Hanoi for talks on training.\n"),
])
def test_a_week_spent_in_vietnam_is_a_visit_that_week(text):
    assert [(t, d[:7]) for t, d in _coded(text) if t == "visit"] == [("visit", "2010-07")]


@pytest.mark.parametrize("text", [
    ("30 July, 2010\n\nOn Tuesday General V. K. Singh sat down with General Phung Quang Thanh. General Singh also held "
     "separate talks with his counterpart, the Deputy Chief of the General Staff, Pham Hong Loi.\n"),
    ("30 July, 2010\n\nOn Tuesday General V. K. Singh held talks with General Phung Quang Thanh. He also had a "
     "separate meeting with the Deputy Chief of General Staff, Pham Hong Loi.\n"),
    ("30 July, 2010\n\nOn Tuesday General V. K. Singh met General Phung Quang Thanh in Hanoi. Singh separately held "
     "talks with Deputy Chief of the General Staff Pham Hong Loi.\n"),
])
def test_talks_told_as_separate_with_a_deputy_chief_of_the_general_staff_are_a_meeting_of_their_own(text):
    meetings = _meetings(text)
    assert any("pham-hong-loi" in people and "phung-quang-thanh" not in people for _d, people in meetings)
    assert any("phung-quang-thanh" in people and "pham-hong-loi" not in people for _d, people in meetings)


def test_guard_a_day_in_a_who_clause_leaves_the_talks_after_the_lead_on_the_leads_day():
    text = ("Updated: September 3, 2016, 6:12 PM IST\n\nHanoi: Prime Minister Narendra Modi on Saturday announced a "
            "credit line for Vietnam.\n\nModi, who landed in Hanoi on Friday night, held delegation-level talks with "
            "his Vietnamese counterpart Nguyen Xuan Phuc.\n")
    assert ("summit", "2016-09-03") in _coded(text)


@pytest.mark.parametrize(("head", "year"), [
    ("NAVY SUPPLY CORPS NEWSLETTER\nOfficial Publication of the Navy Supply Corps\nSpring 2014\n", "2014"),
    ("THE ARMY ENGINEER\nMagazine of the Corps\nWinter 2019\n", "2019"),
    ("MARITIME NOTES\nNewsletter of the Pacific Fleet\nAutumn 2017\n", "2017"),
])
def test_a_season_alone_on_a_line_of_the_pages_head_is_the_issue(head, year):
    text = (f"{head}\nLogistics team sets the table\n\nBy Lt. Marisa Delgado\n\nThe destroyer USS John S. McCain "
            "moored at Tien Sa Port in Da Nang for a week of engagement with the Vietnamese navy.\n")
    assert published(text)[0] == year


@pytest.mark.parametrize("text", [
    ("Ho Chi Minh City, April 8, 2024\n\nThe Indian Coast Guard ship Samudra Paheredar arrived at Ho Chi Minh City on "
     "April 2 for a four-day visit. Before the Indian ship sailed, it exercised at sea off Ba Ria-Vung Tau province "
     "with the Vietnamese patrol ship CSB 8005.\n"),
    ("Ho Chi Minh City, April 8, 2024\n\nThe Indian frigate INS Sahyadri arrived at Da Nang on April 2 for a four-day "
     "visit. During its four-day call, the frigate drilled off Da Nang with two Vietnamese corvettes.\n"),
    ("Ho Chi Minh City, April 8, 2024\n\nThe Indian destroyer INS Delhi arrived at Cam Ranh on April 2 for a three-day "
     "visit. While in port, the ship exercised in Cam Ranh Bay alongside the Vietnam People's Navy.\n"),
])
def test_an_exercise_framed_by_a_ships_call_is_in_the_calls_month(text):
    assert ("exercise", "2024-04") in [(t, d[:7]) for t, d in _coded(text)]


def test_guard_exercising_restraint_is_no_exercise():
    text = ("Hanoi, April 8, 2024\n\nThe Indian frigate INS Sahyadri arrived at Da Nang on April 2. Vietnam exercised "
            "restraint in the dispute with China, officials said.\n")
    assert not [e for e in _coded(text) if e[0] == "exercise"]


@pytest.mark.parametrize(("text", "want"), [
    ("DA NANG, July 26, 2025\n\nThe INS Kiltan called at Ho Chi Minh City in December 2020 carrying relief supplies, "
     "and the next day carried out a passage exercise with the Vietnamese navy.\n", ("exercise", "2020-12")),
    ("DA NANG, July 26, 2025\n\nThe INS Airavat called at Nha Rong port in June 2021 with oxygen for Vietnam, and "
     "the next day held a passage exercise with the Vietnamese navy.\n", ("exercise", "2021-06")),
    ("DA NANG, July 26, 2025\n\nThe USS Blue Ridge called at Da Nang in March 2013, and the following day the ship "
     "carried out a passage exercise with the Vietnam People's Navy.\n", ("exercise", "2013-03")),
])
def test_a_day_counted_on_from_a_month_in_its_sentence_is_in_that_month(text, want):
    assert want in [(t, d[:7]) for t, d in _coded(text)]


def test_guard_a_day_counted_on_from_a_month_of_another_sentence_does_not_take_it():
    text = ("WASHINGTON, June 8, 2012\n\nThe two governments signed a memorandum on defense cooperation in September "
            "2011. A day earlier, Defense Secretary Leon Panetta visited Cam Ranh Bay.\n")
    assert not [e for e in _coded(text) if e[0] == "visit" and e[1].startswith("2011")]


@pytest.mark.parametrize(("text", "want"), [
    ("Paris, January 14, 2021\n\nThe agreement for the grant was concluded on 21 December, on the sidelines of the "
     "virtual summit between the prime ministers Narendra Modi and Nguyen Xuan Phuc.\n", ("summit", "2020-12-21")),
    ("Paris, January 14, 2021\n\nThe memorandum was signed on 21 December, on the sidelines of the video summit of "
     "Narendra Modi and Nguyen Xuan Phuc.\n", ("summit", "2020-12-21")),
    ("Washington, October 2, 2023\n\nThe statement was adopted on September 10, in the margins of the talks between "
     "President Joe Biden and General Secretary Nguyen Phu Trong.\n", ("summit", "2023-09-10")),
])
def test_a_document_made_on_the_sidelines_of_a_meeting_dates_the_meeting(text, want):
    assert want in _coded(text)


@pytest.mark.parametrize("text", [
    ("Friday, November 29, 2019\n\nVietnam's highest-ranking serving soldier has spent this week in India. Senior "
     "Lieutenant General Phan Van Giang arrived on Sunday for a five-day official visit that ended on Thursday.\n"),
    ("Friday, November 29, 2019\n\nGeneral Phan Van Giang has spent this week in India, where he arrived on Sunday "
     "for a five-day visit.\n"),
    ("Friday, November 29, 2019\n\nSenior Lieutenant General Phan Van Giang spent this week in New Delhi. He arrived "
     "on Sunday for a five-day official visit.\n"),
])
def test_guard_a_stay_told_by_its_week_and_by_its_days_stays_one_visit(text, tmp_path):
    import ties_lib as tl

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    visits = tl.load_corpus(tmp_path).events.query("type == 'visit'")
    assert len(visits) == 1
    assert str(visits.iloc[0].date_start)[:10] == "2019-11-24"


def test_guard_an_arrival_and_a_plain_reception_stay_one_visit():
    text = ("HANOI, September 10, 2023\n\nUS President Joe Biden travelled to Hanoi on Sunday straight from the G20 "
            "summit in New Delhi and was received by the Communist Party chief, Nguyen Phu Trong.\n")
    assert [t for t, _d in _coded(text)].count("talks") <= 1 and not (
        "talks" in [t for t, _d in _coded(text)] and "visit" in [t for t, _d in _coded(text)])


@pytest.mark.parametrize(("ref", "year"), [
    ("No. AADC/PR/07/2019", "2019"),
    ("PR No. 112/2021", "2021"),
    ("Ref: MoD-PR-45-2017", "2017"),
])
def test_a_releases_reference_number_gives_a_yearless_datelines_year(ref, year):
    text = (f"ARMY COLLEGE\n(Ministry of Defence, Government of India)\n\nPRESS RELEASE\n{ref}\n\nVIETNAMESE DELEGATION "
            "VISITS COLLEGE\n\nGopalpur, 14 February\n\nA five-member delegation of the Vietnam People's Air Force, led "
            "by Major General Nguyen Duc Loi, visited the Indian Army's Air Defence College on 13 February.\n")
    assert published(text)[0] == f"{year}-02-14"
    assert ("visit", f"{year}-02-13") in _coded(text)


@pytest.mark.parametrize("text", [
    ("NEW DELHI, November 3, 2017\n\nRaha's visit, from September 9 to 11, 2015, came months after the two defence "
     "ministries signed a Joint Vision Statement on defence cooperation for 2015-2020. During that trip the Defence "
     "Minister, General Phung Quang Thanh, received the Indian Air Force chief in Hanoi on September 10.\n"),
    ("NEW DELHI, November 3, 2017\n\nThe Indian Navy chief visited Vietnam from September 9 to 11, 2015, months after "
     "the two sides had agreed on a plan of cooperation for the years ahead, covering training, hydrography, "
     "shipbuilding and the exchange of cadets between their academies. On that trip General Phung Quang Thanh, the "
     "Defence Minister, received him in Hanoi on September 10.\n"),
    ("NEW DELHI, November 3, 2017\n\nThe Indian Army chief's tour of Vietnam ran from September 9 to 11, 2015, at the "
     "invitation of his Vietnamese counterpart and with a large delegation of officers from the Army headquarters, "
     "the training command and the engineering corps. In Hanoi, General Phung Quang Thanh, the Defence Minister, "
     "received the Indian general on September 10.\n"),
])
def test_a_yearless_day_of_a_span_told_two_sentences_before_takes_its_year(text):
    assert ("talks", "2015-09-10") in _coded(text)


@pytest.mark.parametrize("text", [
    ("Wednesday, October 17, 2018\n\nUS Defense Secretary Jim Mattis on the 17th visited Bien Hoa air base near Ho Chi "
     "Minh City.\n\nA Vietnamese general briefed him on the clean-up plan in front of a map.\n\nAfter returning to the "
     "city, Mattis held talks with Vietnamese Defence Minister Ngo Xuan Lich.\n"),
    ("Wednesday, October 17, 2018\n\nUS Defense Secretary Jim Mattis on the 17th visited Bien Hoa air base.\n\nHe "
     "was shown the contaminated soil.\n\nUpon arriving back in the city, Mattis met Defence Minister Ngo Xuan Lich.\n"),
    ("Wednesday, October 17, 2018\n\nUS Defense Secretary Jim Mattis on the 17th toured Bien Hoa air base.\n\nOfficers "
     "walked him through the site.\n\nAfter leaving the base, Mattis held talks with General Ngo Xuan Lich.\n"),
])
def test_a_meeting_told_after_what_its_subject_did_is_on_that_day(text):
    assert ("talks", "2018-10-17") in _coded(text)


@pytest.mark.parametrize("text", [
    ("New Delhi, August 2, 2024\n\nOn Thursday, after the talks at Hyderabad House, Prime Minister Narendra Modi and "
     "Prime Minister Pham Minh Chinh adopted a joint statement on strengthening the Comprehensive Strategic "
     "Partnership.\n"),
    ("New Delhi, August 2, 2024\n\nNarendra Modi and Pham Minh Chinh on Thursday issued a joint statement on "
     "deepening the Comprehensive Strategic Partnership.\n"),
    ("New Delhi, August 2, 2024\n\nOn Thursday Narendra Modi and Pham Minh Chinh signed a joint declaration on "
     "further enhancing the Comprehensive Strategic Partnership.\n"),
])
def test_a_statement_on_strengthening_a_partnership_is_no_upgrade(text):
    assert not [e for e in _coded(text) if e[0] == "partnership_upgrade"]


@pytest.mark.parametrize("text", [
    ("Hanoi, Sept 8, 2016\n\nNarendra Modi and Nguyen Xuan Phuc signed a joint statement on the establishment of a "
     "comprehensive strategic partnership on Saturday.\n"),
    ("Hanoi, Sept 8, 2016\n\nOn Saturday Narendra Modi and Nguyen Xuan Phuc issued a joint statement on the elevation "
     "of relations to a comprehensive strategic partnership.\n"),
    ("Hanoi, Sept 8, 2016\n\nNarendra Modi and Nguyen Xuan Phuc on Saturday adopted a declaration on the upgrade of "
     "ties to a comprehensive strategic partnership.\n"),
])
def test_guard_a_statement_on_a_partnerships_establishment_is_still_an_upgrade(text):
    assert ("partnership_upgrade", "2016-09-03") in _coded(text)


@pytest.mark.parametrize("text", [
    ("Canberra, June 1, 2021\n\nThe two defence ministries signed a memorandum on advancing defence cooperation in "
     "2011; Ashton Carter and Phung Quang Thanh signed a Joint Vision Statement in Hanoi in June 2015.\n"),
    ("Canberra, June 1, 2021\n\nThe defence ministries of the two countries signed a memorandum in 2011, and Ashton "
     "Carter and Phung Quang Thanh signed a Joint Vision Statement in Hanoi in June 2015.\n"),
    ("Canberra, June 1, 2021\n\nThe two governments signed a memorandum on defence cooperation in 2011; in June 2015 "
     "Ashton Carter and Phung Quang Thanh signed a Joint Vision Statement in Hanoi.\n"),
])
def test_the_people_of_a_second_signing_are_not_the_firsts(text):
    assert [(t, d[:7]) for t, d in _coded(text) if t == "talks"] == [("talks", "2015-06")]


@pytest.mark.parametrize("text", [
    ("New Delhi, October 29, 2014\n\nThe two countries established a strategic partnership in July 2007 during a "
     "visit by Nguyen Tan Dung to India, and their defence ministers signed a memorandum on defence cooperation in "
     "2009.\n"),
    ("New Delhi, October 29, 2014\n\nNguyen Tan Dung visited India in July 2007, and both defence ministries signed a "
     "memorandum in 2009.\n"),
    ("New Delhi, October 29, 2014\n\nA. K. Antony toured Vietnam in 2010, and their navies signed a protocol on "
     "hydrography in 2012.\n"),
])
def test_a_date_of_a_clause_whose_subject_is_the_two_sides_bodies_is_that_clauses(text):
    assert not [e for e in _coded(text) if e[0] == "visit" and e[1][:4] in ("2009", "2012")]


@pytest.mark.parametrize("text", [
    ("New Delhi, October 29, 2014\n\nOn Tuesday, Indian Prime Minister Narendra Modi promised a credit line for "
     "Vietnam after receiving his Vietnamese counterpart Nguyen Tan Dung in New Delhi.\n"),
    ("New Delhi, October 29, 2014\n\nOn Tuesday Prime Minister Narendra Modi received his Vietnamese counterpart Nguyen "
     "Tan Dung at Hyderabad House.\n"),
    ("Hanoi, October 29, 2014\n\nOn Tuesday Prime Minister Nguyen Tan Dung received his Indian counterpart Narendra "
     "Modi at the Government Office.\n"),
])
def test_receiving_ones_counterpart_is_a_meeting(text):
    assert ("summit", "2014-10-28") in _coded(text)


def test_guard_a_day_told_in_the_sentence_before_dates_a_meeting_told_after_what_its_subject_did():
    text = ("Friday, June 10, 2022\n\nOn Thursday, at the Hong Ha shipyard in Hai Phong, Indian Defence Minister "
            "Rajnath Singh handed over 12 high-speed guard boats to Vietnam.\n\nThe main business of the tour was done "
            "on Wednesday in Hanoi. After paying homage at the mausoleum of President Ho Chi Minh, Singh held talks "
            "with his Vietnamese counterpart General Phan Van Giang.\n")
    assert "2022-06-09" not in [d for t, d in _coded(text) if t == "talks"]


@pytest.mark.parametrize("text", [
    ("New Delhi, May 25, 2018\n\nWhen INS Sahyadri, INS Shakti and INS Kamorta secured alongside Tien Sa Port in Da "
     "Nang on May 21, there was little novelty.\n"),
    ("New Delhi, May 25, 2018\n\nThe Indian frigate INS Sahyadri secured alongside the pier at Cam Ranh on May 21.\n"),
    ("New Delhi, May 25, 2018\n\nOn May 21 the Indian destroyer INS Ranvijay secured alongside Tien Sa port in Da "
     "Nang, the Navy said.\n"),
])
def test_a_ship_that_secured_alongside_a_port_arrived_there(text):
    assert ("visit", "2018-05-21") in _coded(text)


@pytest.mark.parametrize("text", [
    ("New Delhi, November 14, 2023\n\nThe Second Meeting of the India-Viet Nam Bilateral Mechanism on Drug Law "
     "Enforcement Cooperation was held at NCB Headquarters, New Delhi, on 13-14 November 2023.\n"),
    ("New Delhi, November 14, 2023\n\nIndia and Vietnam held the third meeting of the India-Vietnam mechanism on "
     "maritime security in Hanoi on Monday.\n"),
    ("New Delhi, November 14, 2023\n\nIndia and Vietnam held the first meeting of the India-Vietnam mechanism on "
     "defence industry cooperation in New Delhi on Monday.\n"),
])
def test_a_meeting_of_a_named_bilateral_mechanism_is_a_dialogue(text):
    assert "dialogue" in [t for t, _d in _coded(text)]


@pytest.mark.parametrize("text", [
    ("Pearl Harbor, October 24, 2008\n\n\"Fifteen years ago a visit like this would have been hard to imagine,\" said "
     "Lt. Cmdr. Paul Nguyen, a U.S. Pacific Fleet officer who escorted the Vietnamese delegation.\n"),
    ("Pearl Harbor, October 24, 2008\n\nIn 1990 a port call of this kind by an American warship would have been "
     "unthinkable in Vietnam.\n"),
    ("Hanoi, October 24, 2008\n\nTwenty years ago a visit like this by an Indian warship to Cam Ranh would have been "
     "impossible, a Vietnamese officer said.\n"),
])
def test_a_happening_named_as_a_kind_and_imagined_is_no_event(text):
    assert _coded(text) == []
