"""Round 40 of the generalisation loop (batches 398-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


_RELEASE = ("PRESS RELEASE\nDefence Public Relations Office\n\nVIETNAMESE DELEGATION CALLS ON NAVAL COMMAND\n\n"
            "Visakhapatnam, 12 Jan\n\nA delegation of the Vietnam People's Navy led by Rear Admiral Tran Van Long "
            "arrived at Visakhapatnam on 10 Jan on a three-day visit to the Eastern Naval Command. The delegation "
            "called on the Chief of Staff on 11 Jan.\n\n")


@pytest.mark.parametrize("foot", [
    "(Release ID: PRO-VSK/2019/42)\n",
    "Ref: DPR/PR/2019/042\n",
    "SP/VM/DK\nRelease ID: ENC-PR-2019-42\n",
])
def test_a_release_number_with_its_year_for_a_segment_at_the_foot_dates_a_yearless_dateline(foot):
    assert published(_RELEASE + foot)[0] == "2019-01-12"
    assert _coded(_RELEASE + foot) == [("talks", "2019-01-11"), ("visit", "2019-01-10")]


def test_a_release_number_without_a_year_dates_nothing_guard():
    assert published(_RELEASE + "(Release ID: 1577123)\n")[0] == ""


_WIRE = ("WIRE\n\nIndia, Vietnam hold defence talks\n\nHanoi, March 4 (Wire)--Indian Defence Minister Rajnath Singh "
         "held talks with Vietnamese Defence Minister Phan Van Giang in Hanoi on Thursday.\n\n")


@pytest.mark.parametrize("foot", [
    "[2021-03-05 09:12 JST]\n",
    "(2021.03.05 09:12 KST)\n",
    "2021/03/05 9:12 a.m. ET\n\nRelated: Kishi to visit Hanoi / Suga eyes ASEAN\n",
])
def test_a_stamp_in_figures_with_its_clock_in_the_last_lines_dates_the_page(foot):
    assert published(_WIRE + foot)[0] == "2021-03-05"


@pytest.mark.parametrize("teaser", [
    "Related: Kishi to visit Hanoi for equipment talks / Suga eyes ASEAN outreach",
    "RELATED STORIES: Navy chief to visit Hanoi for equipment talks | ASEAN outreach stalls",
    "Read more - Seoul envoy in Hanoi for equipment talks; ASEAN outreach stalls",
])
def test_a_teaser_line_of_related_stories_is_furniture_not_the_articles_domains(teaser):
    a = article(_WIRE + "(2021/03/05-00:12)\n\n" + teaser + "\n")
    assert {d[0] for d in a.domains} & {"defence_industry", "multilateral"} == set()
    assert published(_WIRE + "(2021/03/05-00:12)\n\n" + teaser + "\n")[0] == "2021-03-05"


def test_a_teaser_line_that_names_no_list_stays_prose_guard():
    a = article(_WIRE + "Related talks on equipment are due in Hanoi next month, officials said.\n")
    assert "defence_industry" in {d[0] for d in a.domains}


@pytest.mark.parametrize(("text", "coded"), [
    ("Hanoi Daily\nMonday, September 11, 2023\n\nVietnam elevated the United States to its highest diplomatic tier "
     "on Sunday, as US President Joe Biden held talks with Communist Party chief Nguyen Phu Trong.\n",
     [("partnership_upgrade", "2023-09-10"), ("summit", "2023-09-10")]),
    ("Delhi Courier\nSaturday, September 3, 2016\n\nIndia and Vietnam raised their ties to a comprehensive strategic "
     "partnership on Saturday, as Prime Minister Narendra Modi met Prime Minister Nguyen Xuan Phuc in Hanoi.\n",
     [("partnership_upgrade", "2016-09-03"), ("summit", "2016-09-03")]),
    ("Hanoi Times\nFriday, June 10, 2022\n\nThe two sides signed a memorandum on mutual logistics support on "
     "Wednesday, as Indian Defence Minister Rajnath Singh held talks with General Phan Van Giang.\n",
     [("talks", "2022-06-08")]),
])
def test_a_clause_opened_on_as_with_its_own_subject_shares_the_date_before_it(text, coded):
    assert _coded(text) == coded


def test_an_as_clause_that_marks_an_anniversary_dates_the_marking_not_what_it_counts_from_guard():
    text = ("Hanoi Times\nFriday, June 10, 2011\n\nThe first round of the dialogue was held in Hanoi in August last "
            "year, as the two countries marked the 15th anniversary of normalising relations.\n")
    assert ("partnership_upgrade", "2010-08") not in [(t, d[:7]) for t, d in _coded(text)]


@pytest.mark.parametrize(("text", "coded"), [
    ("Saigon Weekly\nMonday, November 13, 2017\n\nUS President Donald Trump attended the APEC meetings in Da Nang, then "
     "travelled on to Hanoi and was received by President Tran Dai Quang on Sunday.\n", [("summit", "2017-11-12")]),
    ("Delhi Courier\nSaturday, March 5, 2022\n\nPrime Minister Pham Minh Chinh flew to New Delhi on Thursday and was "
     "received by Prime Minister Narendra Modi on Friday.\n", [("summit", "2022-03-04"), ("visit", "2022-03-03")]),
    ("Hanoi Daily\nMonday, September 11, 2023\n\nUS President Joe Biden was welcomed in Hanoi by Communist Party "
     "chief Nguyen Phu Trong on Sunday.\n", [("summit", "2023-09-10")]),
])
def test_a_guest_received_or_welcomed_by_a_host_named_by_office_met_him(text, coded):
    assert _coded(text) == coded


def test_a_welcome_by_a_deputy_at_the_airport_is_no_meeting_guard():
    text = ("Hanoi Daily\nTuesday, June 7, 2022\n\nRajnath Singh was welcomed at Noi Bai International Airport by "
            "Deputy Defence Minister Hoang Xuan Chien on Monday.\n")
    assert all(t != "talks" for t, _d in _coded(text))


@pytest.mark.parametrize(("line", "day", "weekday"), [
    ("Issue No. 152 · Monday, 28 December", "28 December", 0),
    ("International | July 7 (Sat.) Morning edition, page 7", "July 7", 5),
    ("Vol. 4 · Thu 12 October", "12 October", 3),
])
def test_a_stamp_writes_its_own_weekday_beside_its_day(line, day, weekday):
    from ties_lib.anchoring import _own_weekday
    assert _own_weekday(line, day) == weekday


def test_a_weekday_set_apart_from_the_day_is_not_the_stamps_guard():
    from ties_lib.anchoring import _own_weekday
    assert _own_weekday("Monday briefing | 28 December", "28 December") is None


@pytest.mark.parametrize(("month", "day", "weekday", "text", "year"), [
    # Modi and Phuc (prime minister April 2016 - April 2021): 28 December is a Monday in 2020 only (2015: before Phuc)
    (12, 28, 0, "Narendra Modi and Prime Minister Nguyen Xuan Phuc held a virtual summit.", 2020),
    # Rajnath Singh (from May 2019) and Phan Van Giang (from April 2021): 15 November is a Tuesday in 2022 only
    (11, 15, 1, "Indian Defence Minister Rajnath Singh and Defence Minister Phan Van Giang spoke by phone.", 2022),
    # Austin (January 2021 - January 2025) and Giang: 14 December is a Wednesday in 2022 only
    (12, 14, 2, "US Defense Secretary Lloyd Austin and Defence Minister Phan Van Giang held talks.", 2022),
])
def test_the_stamps_weekday_picks_the_one_year_of_the_officials_terms(month, day, weekday, text, year):
    from ties_lib.anchoring import _year_of_the_weekday
    got = _year_of_the_weekday(month, day, weekday, text, None)
    assert got is not None and got[0] == year


def test_no_year_of_the_officials_terms_with_the_stamps_weekday_gives_none_guard():
    from ties_lib.anchoring import _year_of_the_weekday
    # 9 December is a Thursday only in 2021 of these years, when Phuc was no longer prime minister
    assert _year_of_the_weekday(12, 9, 3, "Prime Minister Nguyen Xuan Phuc and Prime Minister Narendra Modi spoke.",
                                None) is None


@pytest.mark.parametrize(("head", "expected"), [
    ("QUẢNG TRỊ ONLINE — Báo điện tử Quảng Trị\n\nProvince receives U.S. delegation\n\nThursday, 07/11/2024 - 15:20\n",
     "2024-11-07"),
    ("PLO — PHÁP LUẬT THÀNH PHỐ HỒ CHÍ MINH  [English]\n\nSecurity dialogue held\n\nWednesday, 12/3/2025 17:20\n", "2025-03-12"),
    ("BÁO ĐÀ NẴNG — Cơ quan của Đảng bộ\n\nCity welcomes U.S. navy ship\n\nTuesday, 05/06/2018 - 09:10\n", "2018-06-05"),
])
def test_a_page_that_writes_vietnamese_tones_in_its_masthead_writes_its_dates_day_first(head, expected):
    text = head + ("\nU.S. Defense Secretary Lloyd Austin met Vice Chairman Hoang Nam of the provincial people's "
                   "committee yesterday to discuss the search for missing servicemen.\n")
    assert published(text)[0] == expected


#: paragraphs that set a letter's foot far below its head
_PARAGRAPHS = "".join(f"Paragraph {n} of the letter tells of training courses and language classes for officers of "
                      "both navies, and of the simulators the two sides plan to share.\n\n" for n in range(14))


@pytest.mark.parametrize(("foot", "expected"), [
    ("Hà Nội, 28/12/2020", "2020-12-28"),
    ("New Delhi, 14/09/2021", "2021-09-14"),
    ("Da Nang, 25.06.2023", "2023-06-25"),
])
def test_a_letter_signed_off_with_its_place_and_day_in_figures_is_dated_by_it(foot, expected):
    text = ("THE DEFENCE LETTER\nNo. 48\n\nINDIA AND VIETNAM CLOSE THE YEAR\n\nIndian Defence Minister Rajnath Singh "
            "and Vietnamese Defence Minister Phan Van Giang spoke by phone on Monday about training.\n\n" + _PARAGRAPHS +
            f"---\n{foot}\nThe Defence Letter is compiled from open sources by an independent team.\n"
            "Previous issues: No. 47 - ADMM-Plus goes virtual | No. 46 - Border Guard law in the National Assembly\n")
    assert published(text)[0] == expected


@pytest.mark.parametrize("foot", ["Visakhapatnam, 27 July", "Hanoi, July 27", "Cam Ranh, 27 July."])
def test_a_letter_signed_off_with_its_place_and_a_day_without_year_takes_the_officials_year(foot):
    # Admiral R. Hari Kumar was navy chief from 30 November 2021 to April 2024, Phan Van Giang minister from April
    # 2021, Rajnath Singh from May 2019: the first 27 July of all their terms is 2022's
    text = ("VARUNA MONITOR\nVol. VI, No. 7\n\nKIRPAN CHANGES FLAGS\n\nIndian Navy chief Admiral R. Hari Kumar handed over "
            "the corvette to Vietnamese Defence Minister Phan Van Giang at Cam Ranh on the 22nd, as Indian Defence Minister "
            "Rajnath Singh looked on by video link.\n\n"
            + _PARAGRAPHS + f"{foot}\nVaruna Monitor is an independent newsletter.\n")
    assert published(text)[0] == "2022-07-27"


@pytest.mark.parametrize("line", [
    "International | July 7 (Sat.) Morning edition, page 7",
    "July 7 (Sat.) Morning edition",
    "Evening edition, June 26 (Mon.)",
])
def test_a_papers_edition_beside_a_day_without_year_is_a_date_line(line):
    from ties_lib.furniture import _is_dateline
    assert _is_dateline(line)


def test_a_sentence_about_an_edition_is_no_date_line_guard():
    from ties_lib.furniture import _is_dateline
    assert not _is_dateline("The morning edition was delayed by the storm on July 7")


@pytest.mark.parametrize("text", [
    "Joint Statement\nNew Delhi, 1 August 2024\n\nAt the invitation of the Prime Minister of India, Shri Narendra Modi, "
    "the Prime Minister of the Socialist Republic of Viet Nam, H.E. Mr. Pham Minh Chinh, paid a State Visit to India "
    "from 30 July to 1 August 2024.\n",
    "Joint Statement\nNew Delhi, 1 August 2024\n\nAt the invitation of Prime Minister Narendra Modi, the Prime Minister "
    "of Viet Nam, Pham Minh Chinh, paid a State Visit to India from 30 July to 1 August 2024.\n",
    "Joint Statement\nNew Delhi, 1 August 2024\n\nAt the invitation of his counterpart, Prime Minister Narendra Modi, "
    "Vietnam's head of government, Pham Minh Chinh, made an official visit to India from 30 July to 1 August 2024.\n",
])
def test_an_invited_visit_whose_guest_is_named_in_an_appositive_was_made(text):
    assert ("visit", "2024-07-30") in _coded(text)


def test_an_invitation_still_to_be_taken_up_is_no_visit_guard():
    text = ("Joint Statement\nNew Delhi, 1 August 2024\n\nAt the invitation of Prime Minister Narendra Modi, the Prime "
            "Minister of Viet Nam, Pham Minh Chinh, will pay a State Visit to India next year.\n")
    assert _coded(text) == []


@pytest.mark.parametrize("call", [
    "He called on the President of India, Smt. Droupadi Murmu.",
    "He later called on Prof. Nguyen Thien Nhan, head of the city's party committee.",
    "He called on Cdr. Rakesh Menon, the ship's commanding officer, and on President Droupadi Murmu.",
])
def test_a_title_written_with_a_full_stop_does_not_end_the_sentence(call):
    from ties_lib.text import split_sentences
    text = "Prime Minister Pham Minh Chinh was welcomed at Rashtrapati Bhavan on 1 August. " + call
    assert len(split_sentences("t", text)) == 2


@pytest.mark.parametrize(("text", "coded"), [
    ("Guardian\nMonday 23 May 2016\n\nOn 1 June last year the then US defence secretary, Ashton Carter, signed a joint "
     "vision statement with General Phung Quang Thanh in Hanoi, a day after touring a coastguard base in Hai Phong.\n",
     [("talks", "2015-06-01"), ("visit", "2015-05-31")]),
    ("Hanoi Weekly\nFriday, June 10, 2022\n\nOn Wednesday Rajnath Singh and General Phan Van Giang signed a memorandum on "
     "logistics support in Hanoi, a day after arriving in the capital.\n",
     [("talks", "2022-06-08"), ("visit", "2022-06-07")]),
    ("Hanoi Weekly\nFriday, June 10, 2022\n\nRajnath Singh and General Phan Van Giang inked a vision statement in Hanoi "
     "on Wednesday, two days before visiting the Hong Ha shipyard in Hai Phong.\n",
     [("talks", "2022-06-08"), ("visit", "2022-06-10")]),
])
def test_a_signing_and_a_happening_told_as_another_days_are_two(text, coded):
    assert _coded(text) == coded


@pytest.mark.parametrize(("sentence", "coded"), [
    ("On Friday (27/11), General Ngo Xuan Lich and Indian Defence Minister Rajnath Singh held talks by video link.",
     [("talks", "2020-11-27")]),
    ("Prime Minister Nguyen Xuan Phuc and Narendra Modi held a virtual summit on Monday (December 21).",
     [("summit", "2020-12-21")]),
    ("INS Kiltan called at Ho Chi Minh City on Thursday (24/12) with relief supplies for Vietnam.",
     [("visit", "2020-12-24")]),
])
def test_a_weekday_with_its_day_in_brackets_is_that_day(sentence, coded):
    text = "Hanoi Letter\nMonday, 28/12/2020\n\n" + sentence + "\n"
    assert _coded(text) == coded


@pytest.mark.parametrize("sentence", [
    "The Army Software Park at Nha Trang, financed by an Indian grant, was declared open on Friday.",
    "The language centre, built with Indian funds, was formally opened on Friday.",
    "A new IT laboratory for the Vietnamese army was officially declared open by the two ministers on Friday.",
])
def test_a_facility_declared_or_formally_opened_is_a_ceremony(sentence):
    text = "Hanoi Letter\nMonday, 28/12/2020\n\nIndia and Vietnam marked the year's cooperation. " + sentence + "\n"
    assert ("ceremony", "2020-12-25") in _coded(text)


def test_an_exercise_declared_open_is_no_ceremony_guard():
    text = "Hanoi Letter\nMonday, 28/12/2020\n\nVINBAX 2020, the India-Vietnam exercise, was declared open on Friday.\n"
    assert all(t != "ceremony" for t, _d in _coded(text))


@pytest.mark.parametrize("sentence", [
    "On Monday he met State President Vo Van Thuong, Prime Minister Pham Minh Chinh and National Assembly Chairman "
    "Vuong Dinh Hue one by one.",
    "On Monday the president saw Prime Minister Pham Minh Chinh, President Vo Van Thuong and National Assembly "
    "Chairman Vuong Dinh Hue in separate meetings.",
    "On Monday he was received in turn by President Vo Van Thuong, by Prime Minister Pham Minh Chinh and by National "
    "Assembly Chairman Vuong Dinh Hue.",
])
def test_calls_told_apart_after_or_by_turn_are_one_meeting_per_host(sentence):
    text = ("Nordic Review\nWednesday, September 13, 2023\n\nUS President Joe Biden met General Secretary Nguyen Phu "
            "Trong in Hanoi on Sunday. " + sentence + "\n")
    assert [d for _t, d in _coded(text)].count("2023-09-11") == 3


@pytest.mark.parametrize(("sentence", "host"), [
    ("The president then went on to see Prime Minister Nguyen Xuan Phuc.", "nguyen-xuan-phuc"),
    ("In the afternoon Obama saw National Assembly Chairwoman Nguyen Thi Kim Ngan.", "nguyen-thi-kim-ngan"),
    ("Later he went on to see General Secretary Nguyen Phu Trong at party headquarters.", "nguyen-phu-trong"),
])
def test_a_guest_who_saw_an_office_holder_met_him(sentence, host):
    text = ("FNN\nMonday, May 23, 2016\n\nUS President Barack Obama held talks with President Tran Dai Quang this "
            "morning. " + sentence + "\n")
    a = article(text)
    assert any(host in e.participants for e in a.events)


def test_an_office_holders_doing_seen_as_something_is_no_meeting_guard():
    text = ("FNN\nMonday, May 23, 2016\n\nAnalysts in Hanoi saw President Barack Obama's visit as a turning point for "
            "the two former enemies.\n")
    assert all(t != "talks" and t != "summit" for t, _d in _coded(text))


@pytest.mark.parametrize("sentence", [
    "Air Force One touched down here late last night, and this morning Mr Obama met President Tran Dai Quang.",
    "US President Barack Obama landed here late last night and this morning met President Tran Dai Quang.",
    "US President Barack Obama flew here late last night; this morning he met President Tran Dai Quang.",
])
def test_an_arrival_here_is_a_visit_to_the_place_the_story_is_told_from(sentence):
    text = "FRANCE 24\nBroadcast: Monday 23/05/2016, 18:00 Paris\n\n" + sentence + "\n"
    assert ("visit", "2016-05-22") in _coded(text)


@pytest.mark.parametrize("sentence", [
    "This morning US President Barack Obama was welcomed with full honours at the Presidential Palace by his host, "
    "President Tran Dai Quang.",
    "This morning Prime Minister Narendra Modi was received at the Government Office by his host, Prime Minister "
    "Nguyen Xuan Phuc.",
    "This morning Defence Minister Rajnath Singh was greeted with a guard of honour by his host, General Phan Van "
    "Giang.",
])
def test_a_guest_welcomed_by_his_host_met_him(sentence):
    text = "FRANCE 24\nBroadcast: Monday 23/05/2016, 18:00 Paris\n\n" + sentence + "\n"
    assert any(t in ("talks", "summit") and d == "2016-05-23" for t, d in _coded(text))


@pytest.mark.parametrize("sentence", [
    "The exercise, opened at Ambala on 4 November and run across two stations, rehearsed the deployment of engineers.",
    "The exercise had opened at Ambala on 4 November with a contingent of 47 personnel from each side.",
    "The drill had begun at Ambala on 4 November, officers of both armies said.",
])
def test_an_exercise_told_again_with_its_opening_is_dated_from_it(sentence):
    text = ("Army Gazette\nTuesday, November 26, 2024\n\nThe fifth India-Vietnam army exercise, VINBAX, closed at "
            "Chandimandir on Friday. " + sentence + "\n")
    assert ("exercise", "2024-11-04") in _coded(text)


@pytest.mark.parametrize(("stamp", "expected"), [
    ("05/23 (Mon) 20:14", "2016-05-23"),
    ("5/22 (Sun.) 09:30", "2016-05-22"),
    ("05/24 （Tue） 07:05", "2016-05-24"),
])
def test_a_slashed_day_with_its_weekday_in_brackets_and_clock_dates_the_page(stamp, expected):
    text = ("FNN News | Fuji News Network\nTop | Politics | International\n\n[International]\n\n"
            "Obama announces full lifting of arms embargo on Vietnam\n\n"
            f"{stamp}\n\n(Translated from Japanese)\n\nU.S. President Obama held talks with President Tran Dai Quang "
            "at the Presidential Palace in Hanoi.\n")
    assert published(text)[0] == expected


@pytest.mark.parametrize(("sentence", "day"), [
    ("Seven years ago, INS Sahyadri, INS Shakti and INS Kamorta spent 21 to 25 May 2018 alongside at Tien Sa port in "
     "Da Nang.", "2018-05-21"),
    ("On 21 May 2018 the Indian frigate INS Sahyadri lay alongside in Da Nang for four days.", "2018-05-21"),
    ("The Indian destroyer INS Ranvijay was alongside at Nha Rong wharf in Ho Chi Minh City on 21 May 2018.",
     "2018-05-21"),
])
def test_ships_alongside_at_a_port_made_a_port_call(sentence, day):
    text = "Delhi Diplomat\nMonday, July 28, 2025\n\n" + sentence + "\n"
    assert ("visit", day) in _coded(text)


@pytest.mark.parametrize(("sentence", "coded"), [
    ("INS Kirpan reached Cam Ranh on July 8 and, on the 22nd, was decommissioned and handed over to the Vietnam "
     "People's Navy.", [("ceremony", "2023-07-22"), ("visit", "2023-07-08")]),
    ("The Indian corvette INS Kirpan arrived at Cam Ranh on July 8 and, on July 22, was handed over to Vietnam.",
     [("ceremony", "2023-07-22"), ("visit", "2023-07-08")]),
    ("INS Kirpan docked at Cam Ranh on July 8 and, on the 22nd, was formally transferred to the Vietnam People's "
     "Navy.", [("ceremony", "2023-07-22"), ("visit", "2023-07-08")]),
])
def test_a_date_set_off_after_and_opens_the_next_passive_verb(sentence, coded):
    text = "Forbes India\nTuesday, August 6, 2024\n\nLast year, " + sentence + "\n"
    assert _coded(text) == coded


@pytest.mark.parametrize(("head", "expected"), [
    ("THE LOTUS BRIEF\nA weekly letter on India and the seas\nIssue 41 · Friday\n", "2024-08-02"),
    ("SEA LANES DIGEST\nDefence & Diplomacy Edition — Saturday\n", "2024-08-03"),
    ("THE HARBOUR NOTE\nVol. 3 | No. 12 | Thursday\n", "2024-08-01"),
])
def test_a_weekday_alone_in_the_pages_head_dates_it_from_the_latest_day_it_reports(head, expected):
    text = (head + "\nCHINH IN DELHI\n\nThe centrepiece came on Thursday, August 1, at Hyderabad House, where Prime "
            "Minister Pham Minh Chinh and Prime Minister Narendra Modi held talks.\n")
    assert published(text)[0] == expected


def test_a_weekday_in_a_headline_is_no_stamp_guard():
    from ties_lib.anchoring import stamp_weekday
    assert stamp_weekday("Modi and Chinh meet on Thursday in Delhi\nBy A. Writer") is None


@pytest.mark.parametrize("sentence", [
    "The USS Carl Vinson berthed in Da Nang in March 2018, a first since 1975, and the USS Theodore Roosevelt "
    "followed two years later, in a call timed to the 25th anniversary of diplomatic normalization.",
    "The USS Carl Vinson called at Da Nang in March 2018. USS Theodore Roosevelt followed two years later, timed to "
    "the 25th anniversary of diplomatic normalisation.",
    "The USS Carl Vinson anchored off Da Nang in March 2018, and the USS Theodore Roosevelt came two years later to "
    "mark the 25th anniversary of the normalisation of relations.",
])
def test_an_anniversary_marked_years_later_counts_from_that_later_year(sentence):
    text = "Manila Times\nSunday, June 25, 2023\n\n" + sentence + "\n"
    upgrades = [d for t, d in _coded(text) if t == "partnership_upgrade"]
    assert upgrades == ["1995"]


@pytest.mark.parametrize(("sentence", "coded"), [
    ("On the Monday before Christmas, Narendra Modi and Nguyen Xuan Phuc held a virtual summit.",
     [("summit", "2020-12-21")]),
    ("The two prime ministers, Narendra Modi and Nguyen Xuan Phuc, met by video link on the Monday before Christmas.",
     [("summit", "2020-12-21")]),
    ("INS Kiltan called at Ho Chi Minh City on the Thursday before Christmas Day with relief supplies for Vietnam.",
     [("visit", "2020-12-24")]),
])
def test_a_weekday_before_a_holiday_is_that_day(sentence, coded):
    text = "The Lodhi Road Review\nNew Delhi, 4 January 2021\n\n" + sentence + "\n"
    assert _coded(text) == coded


def test_a_weekday_after_a_holiday_is_read_as_one_expression():
    from ties_lib.dates import find_dates
    e = find_dates("on the Friday after Christmas Day 2020")[0]
    assert (e.kind, e.n, e.unit) == ("date", 4, "weekday_after")


@pytest.mark.parametrize(("sentence", "coded"), [
    ("On the 27th of November, Rajnath Singh and General Ngo Xuan Lich held a bilateral meeting by video conference.",
     [("talks", "2020-11-27")]),
    ("Prime Minister Narendra Modi and Prime Minister Nguyen Xuan Phuc held a virtual summit on the 21st of December.",
     [("summit", "2020-12-21")]),
    ("The Indian corvette INS Kiltan called at Ho Chi Minh City on the 24th of December 2020.",
     [("visit", "2020-12-24")]),
])
def test_an_ordinal_day_of_a_month_named_after_it_is_that_day(sentence, coded):
    text = "Sentosa Ledger\nMonday, 28 December 2020\n\n" + sentence + "\n"
    assert _coded(text) == coded


@pytest.mark.parametrize(("sentence", "coded"), [
    ("The amphibious ship INS Airavat, which paid a friendly call on Vietnam from July 19 to 28, carried relief.",
     [("visit", "2011-07-19")]),
    ("The Indian destroyer INS Ranvijay paid a port call to Da Nang on July 19.", [("visit", "2011-07-19")]),
    ("Vietnam's General Ngo Xuan Lich himself had been hosted at the Pentagon on July 19 by the US side.",
     [("visit", "2011-07-19")]),
])
def test_a_call_paid_on_a_place_or_a_guest_hosted_at_one_is_a_visit(sentence, coded):
    text = "Lloyd's List\nMonday, 19 September 2011\n\n" + sentence + "\n"
    assert _coded(text) == coded


def test_a_courtesy_call_on_a_person_is_no_visit_guard():
    text = ("Lloyd's List\nMonday, 19 September 2011\n\nIndian Foreign Minister S.M. Krishna paid a courtesy call on "
            "President Truong Tan Sang on July 19.\n")
    assert all(t != "visit" for t, _d in _coded(text))


@pytest.mark.parametrize("stamp", [
    "Segment 3 of 6 | Aired 21:30 IST, Tue 12 Jan",
    "WORLD TONIGHT | First aired Tue 12 Jan, 21:30",
    "Aired: Tuesday, 12 January",
])
def test_a_broadcasts_aired_stamp_dates_the_page(stamp):
    text = ("EKATRA NEWS 24x7\nWORLD TONIGHT -- BROADCAST TRANSCRIPT\n" + stamp + "\n\nANCHOR: India's Defence "
            "Secretary Ajay Kumar and Vietnam's Deputy Defence Minister Nguyen Chi Vinh opened a software park in Nha "
            "Trang today, weeks after Prime Minister Narendra Modi and Prime Minister Nguyen Xuan Phuc held a virtual "
            "summit.\n")
    assert published(text)[0] == "2021-01-12"


@pytest.mark.parametrize("sentence", [
    "A visit to Da Nang by the USS Ronald Reagan had been expected in June 2022 as well, but did not take place.",
    "A port call at Cam Ranh by the USS Blue Ridge was planned for March 2020 but never happened.",
    "A visit to Hanoi by Defense Secretary Lloyd Austin was expected in March 2021, but did not materialise.",
])
def test_a_plan_that_did_not_take_place_is_no_happening(sentence):
    text = "Fukushima Minpo\nJune 26, 2023\n\n" + sentence + "\n"
    assert _coded(text) == []


@pytest.mark.parametrize("dateline", ["Ambala, 4 November.", "NEW DELHI, Nov. 4.", "Hanoi, 4 Nov."])
def test_a_dateline_closed_by_a_full_stop_after_its_month_dates_the_page(dateline):
    text = ("Daily Paper\n\nIndia and Vietnam hold defence talks in the capital\n\n" + dateline + " Indian Defence "
            "Minister Rajnath Singh held talks with Defence Minister Phan Van Giang of Vietnam on Monday, officials "
            "said, as the fifth edition of the joint army exercise VINBAX opened.\n")
    assert published(text)[0][5:] == "11-04"


@pytest.mark.parametrize("sentence", [
    "Rajnath Singh and General Ngo Xuan Lich held talks by video in late November 2020, and less than a month "
    "afterwards, on 21 December, Narendra Modi and Prime Minister Nguyen Xuan Phuc met virtually.",
    "Rajnath Singh and General Ngo Xuan Lich held talks by video in late November 2020. A month later, on 21 "
    "December, Narendra Modi and Prime Minister Nguyen Xuan Phuc met virtually.",
    "Rajnath Singh and General Ngo Xuan Lich held talks by video in mid-November 2020; barely a month afterwards, on "
    "21 December, Narendra Modi and Prime Minister Nguyen Xuan Phuc held a virtual summit.",
])
def test_a_day_told_a_month_on_from_a_dated_happening_is_of_its_year(sentence):
    text = "Oslo Letter\n9 August 2024\n\n" + sentence + "\n"
    assert any(t in ("talks", "summit") and d == "2020-12-21" for t, d in _coded(text))


@pytest.mark.parametrize("masthead", [
    "Indo-Pacific defence notes for the busy reader | Issue No. 187 | Monday 2 December",
    "Notes on Asian security for the weekend reader | Issue 187 | Monday, 2 December",
    "A newsletter on India, Vietnam and the seas between · No. 187 · Monday 2 December",
])
def test_a_yearless_day_in_an_english_masthead_row_dates_the_page(masthead):
    text = ("JERVIS BAY SECURITY LETTER\n" + masthead + "\n\nView in browser | Forward to a colleague\n\nTHIS WEEK'S "
            "LEAD\n\nVietnam's Chief of the General Staff, Senior Lieutenant General Phan Van Giang, held talks with "
            "Indian Defence Minister Rajnath Singh in New Delhi on the Monday of his five-day visit.\n")
    assert published(text)[0][5:] == "12-02"


@pytest.mark.parametrize("aside", [
    "It came after the death of President Tran Dai Quang in September.",
    "Trong had been elected State President in October.",
    "The two navies had exercised together in May.",
])
def test_a_day_of_the_month_within_a_span_told_before_is_of_the_spans_month(aside):
    text = ("ICWA\n27 November 2018\n\nPresident Ram Nath Kovind's state visit to Vietnam ran from 18 to 20 November. "
            + aside + " In Hanoi, on the 20th, Kovind held talks with President Nguyen Phu Trong.\n")
    assert any(t in ("talks", "summit") and d == "2018-11-20" for t, d in _coded(text))


@pytest.mark.parametrize("sentence", [
    "In Washington, Foreign Minister Pham Binh Minh also saw National Security Advisor Susan Rice on Thursday.",
    "In Washington, Deputy Prime Minister Pham Binh Minh saw National Security Adviser Jake Sullivan on Thursday.",
    "Deputy Minister Nguyen Chi Vinh saw Ambassador Ted Osius at the ministry on Thursday.",
])
def test_a_guest_who_saw_an_adviser_or_ambassador_met_him(sentence):
    text = "Just Security\nOctober 4, 2014\n\n" + sentence + "\n"
    assert ("talks", "2014-10-02") in _coded(text)
