"""Round 28 of the generalisation loop (batches 270-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import events, published

import ties_lib as tl

_PAGE = "NEWS\nFriday, May 24, 2024\n\n"


@pytest.mark.parametrize(("sentence", "month"), [
    ("Defence Minister Rajnath Singh visited Hanoi last July. A month earlier, the two navies held a joint exercise "
     "off Da Nang.", "2023-06"),
    ("Defence Minister Rajnath Singh visited Hanoi in July 2022. Two months earlier, the navies of India and Vietnam "
     "held a passage exercise.", "2022-05"),
    ("The Indian and Vietnamese navies held a joint exercise off Da Nang in June 2022. A month later, Defence "
     "Minister Rajnath Singh visited Hanoi.", "2022-07"),
    ("Defence Minister Rajnath Singh visited Hanoi in March 2021. One month later, the coast guards of Vietnam and "
     "India held a joint drill.", "2021-04"),
])
def test_a_month_earlier_or_later_counts_from_the_month_just_told(sentence, month):
    assert any(d == month for _, _, d in events(_PAGE + sentence + "\n"))


@pytest.mark.parametrize(("sentence", "year"), [
    ("Defence Minister Rajnath Singh visited Hanoi in July 2022. A year earlier, the coast guards of Vietnam and "
     "India held a joint drill.", "2021"),
    ("Defence Minister Rajnath Singh visited Hanoi in 2019. One year later, the Indian and Vietnamese navies held a "
     "passage exercise.", "2020"),
    ("The two navies of India and Vietnam held a passage exercise in 2018. Three years earlier, Defence Minister "
     "Manohar Parrikar visited Hanoi.", "2015"),
])
def test_a_year_earlier_or_later_counts_from_the_year_just_told(sentence, year):
    assert any(d == year for _, _, d in events(_PAGE + sentence + "\n"))


@pytest.mark.parametrize(("sentence", "day"), [
    ("Defence Minister Rajnath Singh visited Hanoi on March 3, 2022. A week later, the two navies held a passage "
     "exercise.", "2022-03-10"),
    ("Defence Minister Rajnath Singh visited Hanoi on March 3, 2022. Two weeks later, the navies of India and "
     "Vietnam held a passage exercise.", "2022-03-17"),
    ("The Indian and Vietnamese navies held a passage exercise on 20 June 2022. A week earlier, Defence Minister "
     "Rajnath Singh visited Hanoi.", "2022-06-13"),
])
def test_weeks_later_or_earlier_count_days_from_the_day_just_told(sentence, day):
    assert any(d == day for _, _, d in events(_PAGE + sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "Defence Minister Rajnath Singh met General Phan Van Giang in Hanoi. The meeting took place on Tuesday.",
    "Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi. The meeting itself was held on "
    "Tuesday at the ministry.",
    "General Phan Van Giang received Indian Ambassador Sandeep Arya in Hanoi. The meetings were held on Tuesday.",
    "Indian and Vietnamese officials held the 12th Defence Policy Dialogue in New Delhi. The dialogue "
    "itself was held on Tuesday.",
])
def test_a_meeting_named_again_as_the_subject_of_its_holding_takes_that_day(sentence):
    found = events(_PAGE + sentence + "\n")
    assert len(found) == 1 and found[0][2] == "2024-05-21"


def test_guard_a_meeting_of_a_gathering_held_on_a_day_is_no_bilateral_meeting():
    assert events(_PAGE + "Vietnam's defence minister attended the ADMM-Plus in Jakarta. The meeting took place on "
                  "Tuesday.\n") == []


@pytest.mark.parametrize(("lead", "day"), [
    ("Secretary of State Antony Blinken visited Hanoi on Saturday. He met General Secretary To Lam.", "2024-06-22"),
    ("Secretary of State Antony Blinken arrived in Hanoi on Saturday for a two-day visit. He met Vietnamese Defence "
     "Minister Phan Van Giang at the ministry.", "2024-06-22"),
    ("Indian Defence Minister Rajnath Singh arrived in Hanoi on 19 June for a three-day visit. He held talks with "
     "General Phan Van Giang.", "2024-06-19"),
    ("Vietnamese Defence Minister Phan Van Giang flew into New Delhi on Thursday. He called on Prime Minister "
     "Narendra Modi.", "2024-06-20"),
])
def test_a_meeting_whose_subject_is_a_pronoun_for_the_leads_visitor_takes_the_leads_day(lead, day):
    found = events("NEWS\nMonday, June 24, 2024\n\n" + lead + "\n")
    assert [d for _, t, d in found if t == "talks"] == [day]


def test_guard_a_meeting_the_pronoun_has_met_before_is_a_habit_and_takes_no_day():
    found = events("NEWS\nMonday, June 24, 2024\n\nSecretary of State Antony Blinken visited Hanoi on Saturday. He "
                   "has met General Secretary To Lam several times.\n")
    assert [d for _, t, d in found if t == "talks"] == []


@pytest.mark.parametrize(("line", "month"), [
    ("India's Premier International Weekly | Week: Sept 11-17, 2023", "2023-09"),
    ("The Weekly Review | Week of March 4-10, 2019", "2019-03"),
    ("Vol. 12 No. 4 | Week: November 2-8, 2020", "2020-11"),
])
def test_a_weeklys_issue_week_after_its_name_dates_the_page(line, month):
    date, basis = published("NEW DELHI TIMES\n" + line + "\n\nASIA\n\nThe two navies met in Hanoi on Sunday.\n")
    assert date.startswith(month) and basis == "stated"


@pytest.mark.parametrize("sentence", [
    "The Indian minister, who is on a three-day visit, began his programme by laying a wreath at the mausoleum.",
    "The Indian minister, who is on an official visit to Vietnam, toured the Hong Ha shipyard.",
    "India's Defence Secretary, who is currently on a four-day visit, laid a wreath in Hanoi.",
])
def test_a_visit_under_way_of_a_visitor_named_by_office_falls_in_the_pages_month(sentence):
    found = events("Hanoi, Thursday, June 09, 2022\n\nIndia and Vietnam on Wednesday signed a defence vision "
                   "statement in Hanoi. " + sentence + "\n")
    assert ("IND", "visit", "2022-06") in found


@pytest.mark.parametrize(("sentence", "start"), [
    ("Singh and Giang last spoke in July last year.", "2023-07"),
    ("Defence Minister Rajnath Singh and General Phan Van Giang last spoke in July last year.", "2023-07"),
    ("Prime Minister Modi and Prime Minister Chinh first talked in March 2021.", "2021-03"),
    ("Rajnath Singh and Phan Van Giang spoke again on Tuesday.", "2024-05-21"),
])
def test_two_people_of_each_side_who_spoke_spoke_to_each_other(sentence, start):
    found = events(_PAGE + "Defence Minister Rajnath Singh visited Hanoi in April. " + sentence + "\n")
    assert any(t in ("talks", "summit") and d == start for _, t, d in found)


@pytest.mark.parametrize("sentence", [
    "Rajnath Singh and Phan Van Giang spoke at a forum in Singapore on Tuesday.",
    "Singh and Giang spoke to reporters in Hanoi on Tuesday.",
])
def test_guard_two_people_who_spoke_at_a_forum_or_to_reporters_did_not_meet_for_it(sentence):
    found = events(_PAGE + "Defence Minister Rajnath Singh visited Hanoi in April. " + sentence + "\n")
    assert [t for t in found if t[2] == "2024-05-21"] == []


@pytest.mark.parametrize(("sentence", "day"), [
    ("When three grey hulls of the Indian Navy slid alongside Tien Sa Port in Da Nang on 24 July, few noticed.",
     "2025-07-24"),
    ("The Indian destroyer INS Delhi drew alongside the pier at Cam Ranh on Monday.", "2025-07-28"),
    ("The US destroyer USS Ralph Johnson drew alongside the wharf in Da Nang on Tuesday morning.", "2025-07-29"),
    ("The Indian corvette INS Kiltan eased alongside the quay at Cam Ranh on 24 July.", "2025-07-24"),
])
def test_a_ship_that_came_alongside_a_quay_made_a_port_call(sentence, day):
    assert any(t == "visit" and d == day for _, t, d in events("NEWS\nFriday, August 1, 2025\n\n" + sentence + "\n"))


def test_guard_a_ship_alongside_another_ship_at_sea_made_no_port_call():
    assert events("NEWS\nFriday, August 1, 2025\n\nDuring the exercise the Indian frigate came alongside a "
                  "Vietnamese corvette on Tuesday.\n") == []


@pytest.mark.parametrize(("sentence", "month"), [
    ("The carrier follows USS Theodore Roosevelt, which called there in March 2020.", "2020-03"),
    ("INS Sahyadri called there in May 2023 on its way to the South China Sea.", "2023-05"),
    ("The Indian frigate INS Shivalik, which called here in June 2019, returned.", "2019-06"),
])
def test_a_named_ship_that_called_there_made_a_port_call(sentence, month):
    found = events("NEWS\nFriday, August 1, 2025\n\nThe carrier arrived in Da Nang on Monday. " + sentence + "\n")
    assert any(t == "visit" and d == month for _, t, d in found)


_HANDOVER = ("NEWS\nFriday, Nov 22, 2024\n\nFive aircraft were handed over to Vietnam by the United States at Phan "
             "Thiet Air Base on Wednesday, Nov. 20. ")


@pytest.mark.parametrize("sentence", [
    '"Today\'s arrival represents the promise we made," Schneider said at the ceremony.',
    '"Today we deliver on a promise," Ambassador Marc Knapper said at the ceremony.',
    '"Today is a proud day," General Nguyen Van Hien told reporters at the ceremony.',
    '"Today we deliver," Ambassador Marc Knapper said at the ceremony, according to the embassy.',
    '"Today is a proud day," General Nguyen Van Hien told reporters at the ceremony, citing the air force.',
])
def test_words_spoken_at_the_ceremony_name_the_ceremony_told_before(sentence):
    assert events(_HANDOVER + sentence + "\n") == [("USA", "ceremony", "2024-11-20")]


@pytest.mark.parametrize("sentence", [
    "Admiral John Aquilino was met on the ramp by Lieutenant General Nguyen Van Hien on Wednesday.",
    "On Wednesday Secretary Lloyd Austin was met at the air base by Deputy Defence Minister Hoang Xuan Chien.",
    "General Charles Brown was met at Noi Bai airport on Wednesday by Senior Lieutenant General Nguyen Tan Cuong.",
])
def test_being_met_where_one_lands_is_part_of_the_arrival(sentence):
    assert [t for t in events(_HANDOVER + sentence + "\n") if t[1] == "talks"] == []


@pytest.mark.parametrize("sentence", [
    "Per the dialogue's outcome, the joint working group between India's Department of Defence Production and "
    "Vietnam's General Department of Defence Industry will meet again in December, and India will host the 16th "
    "Defence Policy Dialogue in 2026.",
    "As the dialogue's outcome, the shipbuilding experts of the two navies will meet in December, and India will "
    "host the 16th Defence Policy Dialogue in 2026.",
    "In line with the dialogue's decisions, experts will meet in December, and Vietnam will host the 16th Security "
    "Dialogue in 2026.",
])
def test_a_happenings_word_as_a_possessive_after_the_names_it_again(sentence):
    found = events("NEWS\nDecember 2025\n\nThe 15th India-Vietnam Defence Policy Dialogue was held in Hanoi on "
                   "10 November 2025. " + sentence + "\n")
    assert found == [("IND", "dialogue", "2025-11-10")]


@pytest.mark.parametrize(("sentence", "day"), [
    ("The gift was first announced on 19 June, when Indian Defence Minister Rajnath Singh held talks in New Delhi "
     "with General Phan Van Giang.", "2023-06-19"),
    ("The deal was announced on 19 June, when Rajnath Singh held talks with General Phan Van Giang.", "2023-06-19"),
    ("India said on 2 May, when Rajnath Singh met General Phan Van Giang in Hanoi, that it would help.",
     "2023-05-02"),
])
def test_a_when_clause_after_a_reported_day_tells_a_happening_of_that_day(sentence, day):
    assert ("IND", "talks", day) in events("NEWS\n23 July 2023\n\n" + sentence + "\n")


@pytest.mark.parametrize(("sentence", "start"), [
    ("The last edition was held in Hanoi from 11 to 21 December last year, and before that the exercise was "
     "conducted at Chandimandir in August 2022.", "2022-08"),
    ("The drill was held off Da Nang on 3 June, the Indian Navy said.", "2024-06-03"),
    ("The exercises were staged at Mieu Mon in March.", "2024-03"),
])
def test_an_exercise_named_as_the_subject_of_its_holding_takes_its_date(sentence, start):
    assert ("IND", "exercise", start) in events("NEWS\n23 July 2024\n\nThe Indian and Vietnamese armies have trained "
                                                "together since 2018. " + sentence + "\n")


@pytest.mark.parametrize(("sentence", "second"), [
    ("In New Delhi on July 6, Prime Minister Nguyen Tan Dung called on President A P J Abdul Kalam. He then held "
     "talks with prime minister Manmohan Singh.", "manmohan-singh"),
    ("In Hanoi on July 6, Prime Minister Narendra Modi called on President Tran Dai Quang. He then held talks with "
     "Prime Minister Nguyen Xuan Phuc.", "nguyen-xuan-phuc"),
    ("In Hanoi on July 6, Defence Minister Manohar Parrikar called on President Tran Dai Quang. He then held talks "
     "with General Ngo Xuan Lich.", "ngo-xuan-lich"),
])
def test_a_meeting_then_held_with_another_host_is_a_meeting_of_its_own(sentence, second, tmp_path):
    (tmp_path / "a.txt").write_text("NEWS\nJuly 15, 2016\n\nThe state visit ran from July 4 to 6.\n\n" + sentence
                                    + "\n", encoding="utf-8")
    found = [e for e in tl.load_corpus(tmp_path).events.itertuples()]
    day = [e for e in found if e.type in ("talks", "summit") and str(e.date_start)[:10] == "2016-07-06"]
    # (its host alone of the day's hosts; the guest, "He", may be named with him)
    hosts = {"a-p-j-abdul-kalam", "tran-dai-quang"}
    assert len(day) == 2 and any(second in e.participants and not hosts & set(e.participants) for e in day)


def test_a_partnership_raised_after_a_meeting_then_held_is_of_its_day():
    found = events("NEWS\nJuly 15, 2007\n\nIn New Delhi on July 6, Prime Minister Nguyen Tan Dung called on "
                   "President A P J Abdul Kalam. He then held talks with prime minister Manmohan Singh, after "
                   "which the two prime ministers signed a "
                   "joint declaration establishing a strategic partnership between India and Vietnam.\n")
    assert ("IND", "partnership_upgrade", "2007-07-06") in found


@pytest.mark.parametrize(("sentence", "day"), [
    ("Last year the Indian Navy decommissioned the missile corvette INS Kirpan and handed her over to the Vietnam "
     "People's Navy at Cam Ranh on 22 July.", "2023-07-22"),
    ("Last year, the navies of India and Vietnam trained together and held a passage exercise on 12 May.",
     "2023-05-12"),
    ("The team arrived. Last year Defence Minister Rajnath Singh flew to Hanoi and visited Hai Phong on 8 June.",
     "2023-06-08"),
])
def test_a_year_that_opens_the_sentence_frames_each_of_its_verbs(sentence, day):
    assert any(d == day for _, _, d in events("NEWS\nNovember 20, 2024\n\n" + sentence + "\n"))


def test_guard_a_year_after_a_verb_stays_that_verbs():
    found = events("NEWS\nNovember 20, 2024\n\nThe plan was discussed last year and was confirmed when Defence "
                   "Minister Rajnath Singh visited Hanoi in January.\n")
    assert ("IND", "visit", "2024-01") in found


@pytest.mark.parametrize("sentence", [
    "On Tuesday, the ambassador described the talks as very cordial.",
    "Officials on Tuesday praised the visit as a milestone.",
    "The ambassador hailed the visit as historic on Tuesday.",
])
def test_a_happening_named_as_what_someone_judged_is_the_one_told_before(sentence):
    found = events("NEWS\nThursday 16 March 2000\n\nUS Defense Secretary William Cohen held talks with General Pham "
                   "Van Tra in Hanoi on March 13. " + sentence + "\n")
    assert found == [("USA", "talks", "2000-03-13")]


def test_guard_a_raise_in_quoted_words_after_a_meeting_is_no_upgrade():
    found = events("NEWS\nMay 24, 2016\n\nPresident Barack Obama arrived in Hanoi on Sunday for a three-day visit. "
                   "Speaking alongside Vietnamese President Tran Dai Quang after their talks at the Presidential Palace "
                   "in Hanoi, Obama said the decision completed \"a lengthy process of moving towards normalisation\" "
                   "with Vietnam.\n")
    assert [t for t in found if t[1] == "partnership_upgrade"] == []


@pytest.mark.parametrize("line", [
    "SUNNUNTAI 4. SYYSKUUTA 2016                                   ULKOMAAT  B 7",
    "Domenica 4 settembre 2016      ESTERI   pagina 12",
    "Sunnuntai 4. syyskuuta 2016 | Ulkomaat",
    "Domingo, 4 de setembro de 2016",
])
def test_a_stamp_with_its_month_in_finnish_italian_dutch_or_portuguese_dates_the_page(line):
    text = "CORRIERE DELLA SERA\n\nIndia and Vietnam hold naval talks\n\n" + line + "\n\nThe two navies met in Hanoi.\n"
    assert published(text) == ("2016-09-04", "stated")


@pytest.mark.parametrize("line", [
    "Publicerad 2016-09-04 14:05   Uppdaterad 2016-09-04 16:40",
    "Veröffentlicht am 4. September 2016",
    "Pubblicato il 4 settembre 2016",
    "Gepubliceerd op 4 september 2016",
])
def test_published_in_the_pages_own_language_labels_its_stamp(line):
    text = "DN.\n\nIndia and Vietnam hold naval talks\n\n" + line + "\n\nThe two navies met in Hanoi on Sunday.\n"
    assert published(text) == ("2016-09-04", "stated")


_SINGH_WEDNESDAY = ("NEWS\n9 June 2022\n\nOn Wednesday in Hanoi, the Indian Defence Minister Rajnath Singh and General "
                    "Phan Van Giang signed a memorandum. ")


@pytest.mark.parametrize("scene", [
    "On Thursday the guest travelled on to the port city of Haiphong. At the Hong Ha shipyard he handed over twelve "
    "high-speed patrol boats to the Vietnamese Border Guard.",
    "On Thursday the minister went on to Hai Phong. At the shipyard he handed over twelve patrol boats to the "
    "Vietnamese Border Guard.",
    "On Thursday the visitor travelled to Nha Trang. At the Telecommunications University he inaugurated an "
    "Indian-funded software park.",
])
def test_a_place_and_a_pronoun_subject_tell_a_happening_of_its_own_dated_by_the_scene_before(scene):
    assert ("IND", "ceremony", "2022-06-09") in events(_SINGH_WEDNESDAY + scene + "\n")


@pytest.mark.parametrize("sentence", [
    "Defense Secretary Jim Mattis and his Vietnamese counterpart, Ngo Xuan Lich, discussed the plan in a "
    "closed-door meeting in Hanoi on Thursday.",
    "In a closed-door meeting in Hanoi on Thursday, Defense Secretary Jim Mattis and General Ngo Xuan Lich agreed "
    "on the plan.",
    "Defense Secretary Jim Mattis and General Ngo Xuan Lich reviewed the deal in a one-on-one meeting on Thursday.",
])
def test_a_meeting_named_by_how_it_was_held_is_talks(sentence):
    assert ("USA", "talks", "2018-01-25") in events("NEWS\nJan 26, 2018\n\n" + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "President Joe Biden and General Secretary Nguyen Phu Trong had talked about it on the phone back in March.",
    "President Joe Biden and General Secretary Nguyen Phu Trong talked about the upgrade by telephone in March.",
    "President Joe Biden and General Secretary Nguyen Phu Trong spoke about trade over the phone in March.",
])
def test_a_call_told_with_what_it_was_about_before_the_phone(sentence):
    assert ("USA", "summit", "2017-03") in events("NEWS\nJan 26, 2018\n\n" + sentence + "\n")


@pytest.mark.parametrize(("dateline", "day"), [
    ("HANOI 5 June - Defence Minister Rajnath Singh today held talks with General Phan Van Giang.", "2018-06-05"),
    ("HANOI 5 June - Defence Minister Rajnath Singh and General Phan Van Giang held talks today.", "2018-06-05"),
    ("NEW DELHI 5 June - Prime Minister Narendra Modi today received Prime Minister Pham Minh Chinh.", "2018-06-05"),
])
def test_a_city_in_capitals_and_its_day_with_no_comma_is_a_wire_dateline(dateline, day):
    assert any(d == day for _, _, d in events("PAPER\nWednesday, 6 June 2018\n\nHeadline\n\n" + dateline + "\n"))


@pytest.mark.parametrize("sentence", [
    "Donald Rumsfeld arrived in Hanoi last night from Singapore.",
    "Defence Minister Rajnath Singh arrived in Hanoi last night for a three-day visit.",
    "The Indian destroyer INS Delhi docked at Cam Ranh last night.",
])
def test_last_night_is_the_day_before(sentence):
    assert any(t == "visit" and d == "2006-06-05" for _, t, d in events("PAPER\nTuesday, 6 June 2006\n\nHeadline\n\n"
                                                                       + sentence + "\n"))


@pytest.mark.parametrize(("line", "month"), [
    ("Navy | August 2023 issue", "2023-08"),
    ("Features · March 2019 Issue", "2019-03"),
    ("Strategic Affairs | July 2020 Edition", "2020-07"),
])
def test_a_magazines_section_and_issue_line_is_no_headline_and_dates_the_page(line, month):
    text = ("SALUTE\nThe Magazine of the Indian Armed Forces\n\nHome | Army | Navy | Subscribe\n\n" + line
            + "\n\nA Corvette for Cam Ranh\nThe gift is tangible.\n\nKunal Bhat\n\nThe two navies met in Hanoi.\n")
    assert published(text) == (month, "stated")


_CHINH_ENDED = ("NEWS\nFriday, August 2, 2024\n\nPrime Minister Pham Minh Chinh has just ended a three-day state visit "
                "to India. ")


@pytest.mark.parametrize("sentence", [
    "Yesterday Prime Minister Narendra Modi received him in New Delhi.",
    "On Thursday Prime Minister Narendra Modi hosted him at Hyderabad House.",
    "On Thursday Prime Minister Narendra Modi met him at Hyderabad House.",
])
def test_a_host_who_received_him_met_the_guest_told_before(sentence):
    assert ("IND", "summit", "2024-08-01") in events(_CHINH_ENDED + sentence + "\n")


@pytest.mark.parametrize(("sentence", "start"), [
    ("Prime Minister Pham Minh Chinh has just ended a three-day state visit to India.", "2024-07-31"),
    ("Defence Minister Rajnath Singh concluded his three-day visit to Vietnam.", "2024-07-31"),
    ("General Phan Van Giang wound up a four-day visit to India.", "2024-07-30"),
])
def test_a_stay_of_days_that_ended_on_the_pages_day_began_days_before(sentence, start):
    assert ("IND", "visit", start) in events("NEWS\nFriday, August 2, 2024\n\n" + sentence + "\n")


@pytest.mark.parametrize("line", ["june 9, 2022 10:46:05", "9 june 2022", "Posted: june 9, 2022"])
def test_a_stamp_with_its_month_written_small_dates_the_page(line):
    text = ("GRANMA\n\nIndia hands over patrol boats to Viet Nam\n\nAuthor: Prensa Latina\n" + line
            + "\n\nThe two navies met in Hanoi.\n")
    assert published(text) == ("2022-06-09", "stated")


@pytest.mark.parametrize(("sentence", "month"), [
    ("President Joe Biden and General Secretary Nguyen Phu Trong had agreed in a telephone call at the end of March "
     "to deepen ties.", "2023-03"),
    ("Prime Minister Narendra Modi and Prime Minister Pham Minh Chinh agreed in a phone call at the start of May to "
     "meet.", "2023-05"),
    ("President Joe Biden and President Vo Van Thuong spoke in a call at the request of Hanoi in June.", "2023-06"),
])
def test_a_call_at_the_end_of_a_month_is_a_call_not_a_port_call(sentence, month):
    found = events("NEWS\nSeptember 11, 2023\n\n" + sentence + "\n")
    assert [t for _, t, d in found if d == month] == ["summit"]


def test_guard_a_ship_that_called_at_a_port_made_a_port_call():
    assert events("NEWS\nSeptember 11, 2023\n\nThe destroyer USS Ralph Johnson called at Da Nang in June.\n") == [
        ("USA", "visit", "2023-06")]


@pytest.mark.parametrize("text", [
    "Shri Rajnath Singh began his programme in Hanoi on 8 June by paying respects at the Mausoleum of late President "
    "Ho Chi Minh. He then held bilateral talks with General Phan Van Giang.",
    "Defence Minister Rajnath Singh started the day in Hanoi on 8 June by laying a wreath at the Monument to Heroes "
    "and Martyrs near the old citadel. He then held talks with General Phan Van Giang at the ministry.",
    "Defence Minister Rajnath Singh opened his programme in Hanoi on 8 June with a stop at the Temple of Literature "
    "and a briefing at the Indian embassy. Singh then held talks with General Phan Van Giang.",
])
def test_a_meeting_then_held_after_a_long_sentence_of_a_day_is_of_that_day(text):
    found = events("NEWS\n12 June 2022\n\nIndian Defence Minister Rajnath Singh arrived in Hanoi on 7 June for a "
                   "three-day visit. " + text + "\n")
    assert ("IND", "talks", "2022-06-08") in found


@pytest.mark.parametrize("middle", [
    "It is the highest rank. Biden flew in from the G20 summit.",
    "It is the highest rank Hanoi grants. The visit was short.",
    "The move was expected. Officials were pleased.",
])
def test_a_pronouns_meeting_a_few_sentences_after_the_lead_takes_its_day(middle):
    found = events("NEWS\nSeptember 11, 2023\n\nUS President Joe Biden and Vietnam's Communist Party chief Nguyen Phu "
                   "Trong agreed on Sunday to raise relations to a comprehensive strategic partnership. " + middle
                   + " He met Trong at the headquarters of the Communist Party of Vietnam.\n")
    assert ("USA", "summit", "2023-09-10") in found


@pytest.mark.parametrize(("line", "day"), [
    ("SUNNUNTAI 4. KESÄKUUTA 2016", "2016-06-04"),
    ("Veröffentlicht: 4. März 2016", "2016-03-04"),
    ("Atualizado em 4 de março de 2016", "2016-03-04"),
])
def test_a_stamps_month_with_accents_is_read_as_the_pages_text_is(line, day):
    text = "HS\n\nIndia and Vietnam hold naval talks\n\n" + line + "\n\nThe two navies met in Hanoi on Sunday.\n"
    assert published(text) == (day, "stated")


@pytest.mark.parametrize("line", [
    "2016年9月5日（月）朝刊　国際面",
    "北海道新聞  2016年9月5日",
    "2016 年 9 月 5 日 星期一",
])
def test_a_day_in_figures_with_the_chinese_and_japanese_signs_for_year_month_and_day_dates_the_page(line):
    text = "PAPER\n" + line + "\n\nIndia courts Hanoi with half a billion dollars\n\nThe two navies met in Hanoi on Sunday.\n"
    assert published(text) == ("2016-09-05", "stated")


@pytest.mark.parametrize("line", [
    "2016-09-05 21:48　聯合報／ 編譯",
    "2016-09-05 08:10  Xinhua",
    "2016-09-05 14:20  Yonhap",
])
def test_a_line_that_opens_on_a_day_and_a_time_in_figures_is_a_stamp(line):
    text = "PAPER\n\nIndia courts Hanoi with half a billion dollars\n\n" + line + "\n\nThe two navies met in Hanoi on Sunday.\n"
    assert published(text) == ("2016-09-05", "stated")


@pytest.mark.parametrize("line", [
    "Politik · Montag, 5. September 2016 · Seite 7",
    "Ausland · 5. September 2016",
    "Mandag 5. September 2016 | Utenriks",
])
def test_a_day_with_the_full_stop_of_german_and_nordic_pages_dates_the_page(line):
    text = "SZ\n" + line + "\n\nIndia courts Hanoi with half a billion dollars\n\nThe two navies met in Hanoi on Sunday.\n"
    assert published(text) == ("2016-09-05", "stated")


@pytest.mark.parametrize(("line", "day"), [
    ("Vol. XI No. 47  Friday November 21 - November 27, 2003", "2003-11-21"),
    ("Vol. IX No. 3 | Sunday March 3 - March 9, 2019", "2019-03-03"),
    ("Volume XXII, Issue 3 | Monday June 5 - June 11, 2017", "2017-06-05"),
])
def test_an_issue_line_with_its_volume_in_roman_figures_and_its_weekday_dates_the_page(line, day):
    text = ("PATTAYA MAIL\nPattaya's First English Language Newspaper\n" + line + "\n\nFront Page | News | Sports\n\n"
            "US warship sails up the Saigon River\n\nThe ship arrived on Monday.\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize("line", ["GEOPOLITICS                                   NOVEMBER 2014",
                                  "DEFENCE REVIEW | NOVEMBER 2014", "No. 12 | NOVEMBER 2014"])
def test_guard_a_month_that_begins_like_no_or_vol_is_no_roman_volume(line):
    text = (line + "\n" + "-" * 40 + "\nSOUTHEAST ASIA | ANALYSIS\n\nFROM WORDS TO WARSHIPS\n\nBy A. Writer\n\n"
            "The two navies met in Hanoi.\n")
    assert published(text) == ("2014-11", "stated")
