"""Round 32 of the generalisation loop (batches 300-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, events, published

_TALKS_BODY = "\n\nIndian Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on Tuesday.\n"
_HEADLINE = "India and Vietnam hold defence talks\n\n"


@pytest.mark.parametrize(("head", "day"), [
    ("Udland                                                   Mandag 5. september 2016\n\n", "2016-09-05"),
    ("Ausland                                        Montag, 5. September 2016\n\n", "2016-09-05"),
    ("Verden                                               Fredag 2. desember 2016\n\n", "2016-12-02"),
])
def test_a_page_head_whose_section_and_stamp_are_set_apart_by_a_wide_gap_dates_the_page(head, day):
    # (the line is long only for the gap; counted without it, it is a stamp's short line)
    assert published(head + _HEADLINE + _TALKS_BODY) == (day, "stated")


@pytest.mark.parametrize(("head", "day"), [
    ("Samedi-dimanche 7-8 juillet 2007 | Monde | 9", "2007-07-07"),
    ("Lørdag/søndag 7./8. juli 2007 · Udland", "2007-07-07"),
    ("Samstag/Sonntag, 7./8. Juli 2007 | Politik | Seite 4", "2007-07-07"),
])
def test_a_weekend_edition_of_two_days_is_dated_by_its_first(head, day):
    assert published(head + "\n\n" + _HEADLINE + _TALKS_BODY)[0] == day


def test_guard_a_span_of_days_apart_is_no_weekend_edition():
    got = published("Numero 12 · 1-15 luglio 2010\n\n" + _HEADLINE + _TALKS_BODY)[0]
    assert got not in ("2010-07-01", "2010-07-15")


_DIALOGUE = ("\n\nHanoi. India and Vietnam signed a memorandum on submarine rescue on {wd} in Hanoi. The talks were "
             "chaired by Vietnam's Defence Minister General Phan Van Giang and India's Defence Minister Rajnath "
             "Singh.\n")


@pytest.mark.parametrize(("stamp", "lead_weekday", "day"), [
    ("Tue, 11 Nov | World | Page C6", "Monday", "2025-11-11"),     # (Monday 11 November is 2024's)
    ("Thurs. 6 March | Politics", "Wednesday", "2025-03-06"),      # (Wednesday 6 March is 2024's)
    ("Asia · Sat, 3 Sep · Page 7", "Friday", "2022-09-03"),         # (Friday 3 September is 2021's)
])
def test_a_stamps_own_weekday_written_short_picks_its_year_before_the_leads(stamp, lead_weekday, day):
    assert published(stamp + "\n\n" + _DIALOGUE.format(wd=lead_weekday))[0] == day


@pytest.mark.parametrize("text", [
    # (the guest's talks told first; then each head received him apart)
    "Thursday, July 29, 2021\n\nHANOI - US Defense Secretary Lloyd Austin held talks with Vietnamese Defence "
    "Minister Phan Van Giang in Hanoi on Thursday. Austin was also received by State President Nguyen Xuan Phuc "
    "and, separately, by Prime Minister Pham Minh Chinh.\n",
    "Thursday, July 29, 2021\n\nHANOI - US Defense Secretary Lloyd Austin held talks with Vietnamese Defence "
    "Minister Phan Van Giang in Hanoi on Thursday. He was afterwards received by President Nguyen Xuan Phuc and, "
    "in a second meeting, by Prime Minister Pham Minh Chinh.\n",
    "Thursday, July 29, 2021\n\nHANOI - US Defense Secretary Lloyd Austin held talks with Vietnamese Defence "
    "Minister Phan Van Giang in Hanoi on Thursday. He was then received by President Nguyen Xuan Phuc and, in a "
    "separate meeting, by Prime Minister Pham Minh Chinh.\n",
    "Thursday, July 29, 2021\n\nHANOI - US Defense Secretary Lloyd Austin held talks with Vietnamese Defence "
    "Minister Phan Van Giang in Hanoi on Thursday. The secretary was afterwards received separately "
    "by President Nguyen Xuan Phuc and by Prime Minister Pham Minh Chinh.\n",
])
def test_each_head_who_received_the_guest_apart_is_a_meeting_of_its_own_that_day(text):
    talks = [e for e in events(text) if e[1] == "talks"]
    assert talks == [("USA", "talks", "2021-07-29")] * 3  # the ministers' talks, then one call on each head


@pytest.mark.parametrize("text", [
    # a subheading without its stop, then the dateline alone as a sentence
    "Friday, July 30, 2021\n\nPentagon chief courts Hanoi\n\nU.S. Defense Secretary Austin in Vietnam – vaccine "
    "and the South China Sea on the agenda\n\nHanoi (dpa). Lloyd Austin is the first cabinet member of the Biden "
    "administration to travel to Vietnam.\n",
    # a quoted kicker and a standfirst of two sentences, then the lead on its dateline
    "Tuesday, May 24, 2016\n\nObama in Vietnam\n\n\"The era of mistrust is over\"\n\nThe US president in Hanoi: the "
    "ban is lifted. An expert: \"A message to Beijing\"\n\nHANOI – Barack Obama, on his first visit to the "
    "country, lifted the arms embargo.\n",
    # a kicker line, then a standfirst, then the lead
    "Thursday, June 9, 2022\n\nIndia and Vietnam\n\nDefence ties\n\nThe two navies will service each other's "
    "warships. Analysts see a message to China.\n\nHANOI, June 9 – Indian Defence Minister Rajnath Singh, on a "
    "three-day visit to Vietnam, signed a logistics pact.\n",
])
def test_the_lead_after_a_subheading_or_standfirst_is_dated_by_the_article(text):
    day = published(text)[0]
    assert [e for e in events(text) if e[1] == "visit"] == [(events(text)[0][0], "visit", day)]


@pytest.mark.parametrize(("text", "day"), [
    ("Monday, September 11, 2023\n\nHANOI - US President Joe Biden and the General Secretary of the Communist Party "
     "of Vietnam, Nguyen Phu Trong, agreed on Sunday at the party headquarters in Hanoi to raise relations to a "
     "comprehensive strategic partnership.\n", "2023-09-10"),
    ("Monday, September 5, 2016\n\nHANOI - On Saturday Indian Prime Minister Narendra Modi and his Vietnamese "
     "counterpart Nguyen Xuan Phuc agreed in Hanoi to raise the two countries' relations to a comprehensive "
     "strategic partnership.\n", "2016-09-03"),
    ("Monday, September 11, 2023\n\nWASHINGTON - US President Joe Biden and General Secretary Nguyen Phu Trong agreed "
     "on Sunday in Hanoi to upgrade relations to the highest level.\n", "2023-09-10"),
    ("Saturday, July 7, 2007\n\nNEW DELHI - Prime Ministers Manmohan Singh and Nguyen Tan Dung agree in New Delhi "
     "to set up a strategic partnership.\n", "2007-07-07"),
])
def test_leaders_who_agreed_in_a_city_met_there(text, day):
    assert ("summit", day) in {(t, d) for _p, t, d in events(text)}


def test_guard_leaders_who_agreed_by_telephone_held_no_meeting_in_a_city():
    text = ("Monday, March 27, 2023\n\nHANOI - US President Joe Biden and General Secretary Nguyen Phu Trong agreed "
            "by telephone on Wednesday to deepen ties.\n")
    assert not any(e.modality == "in_person" and e.type == "summit" for e in article(text).events)


@pytest.mark.parametrize(("text", "day"), [
    ("Wednesday, August 25, 2021\n\nUS Vice President Kamala Harris has been in Vietnam since yesterday evening. She "
     "flies back to Washington tomorrow.\n", "2021-08-24"),
    ("Thursday, June 9, 2022\n\nIndia's Defence Minister Rajnath Singh, who has been in Vietnam since Wednesday for a "
     "three-day visit, toured a shipyard.\n", "2022-06-08"),
    ("Thursday, June 9, 2022\n\nHANOI - Indian Defence Minister Rajnath Singh has been in Hanoi since Wednesday. He "
     "met General Phan Van Giang.\n", "2022-06-08"),
])
def test_a_guest_who_has_been_in_the_country_since_a_day_began_a_visit_that_day(text, day):
    assert ("visit", day) in {(t, d) for _p, t, d in events(text)}


@pytest.mark.parametrize("text", [
    "Thursday, June 9, 2022\n\nIndian Ambassador Pranay Verma, who has been in Hanoi since 2019, said ties grew.\n",
    "Thursday, June 9, 2022\n\nUS Marines have been in Vietnam since last year to help search for missing soldiers.\n",
    "Thursday, June 9, 2022\n\nThe Indian naval training team has been in Nha Trang since March 2021.\n",
])
def test_guard_a_posting_or_stay_since_a_year_or_month_is_no_visit(text):
    assert [t for _p, t, _d in events(text) if t == "visit"] == []


@pytest.mark.parametrize(("head", "day"), [
    ("HEILBRONNER STIMME                                   Donnerstag, 9. Juni 2022", "2022-06-09"),
    ("BERLINER MORGENPOST                                Freitag, 10. Juni 2022", "2022-06-10"),
    ("FLENSBURGER TAGEBLATT                              Freitag, 10. Juni 2022", "2022-06-10"),
])
def test_a_page_head_of_its_name_and_its_day_set_apart_by_a_wide_gap_dates_the_page(head, day):
    assert published(head + "\n\n" + _HEADLINE + _TALKS_BODY) == (day, "stated")


def test_guard_a_timeline_row_of_a_day_and_a_happening_is_text_not_a_page_head():
    text = ("Timeline\n\nJune 8, 2022                    Indian Defence Minister Rajnath Singh visits Hanoi and "
            "holds talks with General Phan Van Giang\n")
    assert ("IND", "visit", "2022-06-08") in events(text)


@pytest.mark.parametrize(("text", "day"), [
    ("Tuesday, March 6, 2018\n\nDa Nang. – Where American Marines waded ashore in March 1965, the aircraft carrier "
     "USS Carl Vinson dropped anchor on Monday.\n", "2018-03-05"),
    ("Tuesday, March 6, 2018\n\nThe nuclear-powered aircraft carrier USS Carl Vinson dropped anchor on Monday "
     "morning two miles from the coast of Da Nang.\n", "2018-03-05"),
    ("Tuesday, March 6, 2018\n\nThe destroyer USS Mustin cast anchor on Monday off the coast of Da Nang.\n",
     "2018-03-05"),
])
def test_a_ship_that_dropped_anchor_made_a_visit(text, day):
    assert ("USA", "visit", day) in events(text)


def test_guard_a_ship_that_weighed_anchor_left():
    text = "Saturday, March 10, 2018\n\nThe carrier USS Carl Vinson weighed anchor off Da Nang on Friday.\n"
    assert ("USA", "visit", "2018-03-09") not in events(text)


@pytest.mark.parametrize("text", [
    "Tuesday, May 29, 2018\n\nThree ships of the Indian Navy, INS Sahyadri and INS Kamorta, tied up at the Tien Sa "
    "cruise terminal in Danang on Monday.\n",
    "Tuesday, May 29, 2018\n\nThe Indian frigate INS Sahyadri tied up at the Tien Sa passenger terminal in Da Nang on "
    "Monday.\n",
    "Tuesday, May 29, 2018\n\nINS Kamorta tied up alongside the naval pier at Cam Ranh on Monday.\n",
])
def test_a_ship_tied_up_at_a_quay_named_before_its_city_made_a_visit(text):
    assert ("IND", "visit", "2018-05-28") in events(text)


@pytest.mark.parametrize("sentence", [
    "Almost half a century after the end of the Vietnam War, the United States and Vietnam have raised their "
    "relations to a comprehensive strategic partnership.",
    "Fifty years after the last American combat troops left Vietnam, US President Joe Biden has lifted relations "
    "with Vietnam to the highest level.",
    "Hanoi – It took almost half a century after the end of the Vietnam War, but on Sunday evening the United States "
    "and Vietnam officially became \"comprehensive strategic partners\".",
])
def test_a_count_of_years_after_a_past_happening_does_not_date_what_the_sentence_tells_after_it(sentence):
    got = events("Monday, September 11, 2023\n\n" + sentence + "\n")
    assert not any(d.startswith("197") for _p, _t, d in got)


def test_guard_a_count_of_years_after_dates_the_happening_its_clause_tells():
    text = ("Monday, September 11, 2023\n\nTwelve years after India and Vietnam set up a strategic partnership, ties "
            "have deepened.\n")
    assert ("IND", "partnership_upgrade", "2011") in events(text)


@pytest.mark.parametrize("sentence", [
    "India and Vietnam on Monday signed an agreement on submarine rescue, as the two countries held their regular "
    "defence talks in Hanoi.",
    "Indian and Vietnamese officials met in Hanoi on Monday for their regular security consultations.",
    "The periodic defence talks between India and Vietnam took place in Hanoi on Monday.",
])
def test_regular_or_periodic_talks_are_a_session_of_a_recurring_mechanism(sentence):
    assert ("IND", "dialogue", "2025-11-10") in events("Tuesday, November 11, 2025\n\n" + sentence + "\n")



@pytest.mark.parametrize("sentence", [
    "CAM RANH – The Indian tricolour came down for the last time yesterday over the corvette Kirpan, and a few "
    "minutes later the flag of the Vietnam People's Navy went up.",
    "At Cam Ranh yesterday the Indian crew of the corvette INS Kirpan stepped ashore and the Vietnamese ensign was "
    "hoisted.",
    "At Cam Ranh yesterday the new Vietnamese crew of the former Indian corvette INS Kirpan hoisted the Vietnamese "
    "flag.",
])
def test_a_handover_told_as_the_receiving_navys_flag_raised_is_a_ceremony(sentence):
    assert ("IND", "ceremony", "2023-07-22") in events("Sunday, July 23, 2023\n\n" + sentence + "\n")


@pytest.mark.parametrize("text", [
    "Tuesday, March 28, 2000\n\nIn 2000 the Indian defence minister George Fernandes, during a visit to Hanoi, agreed "
    "with the Vietnamese side to hold regular security consultations.\n",
    "Saturday, July 7, 2007\n\nThe two prime ministers agreed on Friday to institute annual defence talks.\n",
    "Saturday, July 7, 2007\n\nIndia and Vietnam agreed to hold periodic defence consultations.\n",
])
def test_guard_agreeing_to_hold_regular_talks_sets_up_a_mechanism_and_tells_no_session(text):
    assert [t for _p, t, _d in events(text) if t == "dialogue"] == []


@pytest.mark.parametrize(("stamp", "day"), [
    ("POLITIK\n22.11.2024, 05:30 Uhr  ·  Lesedauer: 3 Min.", "2024-11-22"),
    ("AUSLAND\n21.11.2024, 18:12 Uhr · Lesedauer: 5 Min.", "2024-11-21"),
    ("ULKOMAAT\n22.11.2024 klo 05.30 · Lukuaika: 3 min.", "2024-11-22"),
])
def test_a_stamp_in_figures_with_the_pages_word_for_oclock_dates_the_page(stamp, day):
    assert published(stamp + "\n\n" + _HEADLINE + _TALKS_BODY)[0] == day


@pytest.mark.parametrize("text", [
    "Saturday, November 23, 2024\n\nThe joint exercise, called VINBAX 2024, began on November 4 at the military base "
    "in Ambala and was concluded with a ceremony attended by Indian and Vietnamese officers.\n",
    "Saturday, November 23, 2024\n\nThe India-Vietnam exercise ended with a short ceremony at Chandimandir on Friday.\n",
    "Saturday, November 23, 2024\n\nThe Indian-Vietnamese peacekeeping course in Hanoi closed with a ceremony on "
    "Friday.\n",
])
def test_an_exercise_or_course_that_closed_with_a_ceremony_is_no_ceremony_of_its_own(text):
    assert [t for _p, t, _d in events(text) if t == "ceremony"] == []


def test_guard_a_handover_at_a_ceremony_is_a_ceremony():
    text = ("Saturday, July 23, 2023\n\nIndia handed over the corvette Kirpan to Vietnam at a ceremony in Cam Ranh on "
            "Saturday.\n")
    assert ("IND", "ceremony", "2023-07-22") in events(text)
