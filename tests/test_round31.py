"""Round 31 of the generalisation loop (batches 292-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import events, published

_TALKS_BODY = "\n\nIndian Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on Tuesday.\n"
_HEADLINE = "India and Vietnam hold defence talks\n\n"


@pytest.mark.parametrize(("head", "day"), [
    ("Berlingske · Tirsdag 6. december 2016 · Udland · Side 10\n\n", "2016-12-06"),
    ("Aftenposten | søndag 4. september 2016 | Verden | Side 14 | A-magasinet\n\n", "2016-09-04"),
    ("Dagens Nyheter • Måndag 7 november 2016 • Världen • Sidan 18 • Papperstidningen\n\n", "2016-11-07"),
])
def test_the_day_cell_of_a_page_head_of_many_cells_dates_the_page_though_its_month_is_written_small(head, day):
    assert published(head + _HEADLINE + _TALKS_BODY) == (day, "stated")


@pytest.mark.parametrize(("stamp", "day"), [
    ("5. November 2025 um 06:12 Uhr | Lesezeit: 3 Minuten", "2025-11-05"),
    ("12. September 2016, 18:40 Uhr | Aktualisiert: 19:05 Uhr | Lesedauer: 4 Min.", "2016-09-12"),
    ("3. April 2016 um 11:02 Uhr | 2 Kommentare | Teilen", "2016-04-03"),
])
def test_a_stamp_with_its_time_and_reading_time_in_cells_dates_the_page(stamp, day):
    assert published(_HEADLINE + stamp + "\n" + _TALKS_BODY) == (day, "stated")


@pytest.mark.parametrize(("stamp", "day"), [
    ("2016. szeptember 7., szerda, 09:15", "2016-09-07"),
    ("VILÁG | 2018. március 12., hétfő | 6. oldal", "2018-03-12"),
    ("2023. december 4. 14:20 | Frissítve: 15:02", "2023-12-04"),
])
def test_a_hungarian_stamp_year_first_dates_the_page(stamp, day):
    assert published(_HEADLINE + stamp + "\n" + _TALKS_BODY) == (day, "stated")


@pytest.mark.parametrize(("stamp", "day"), [
    ("Нови Сад, среда, 12. октобар 2016.", "2016-10-12"),    # Serbian, Cyrillic
    ("Beograd, 17. septembar 2016.", "2016-09-17"),           # Serbian, Latin
    ("Zagreb, 4. studenoga 2016.", "2016-11-04"),             # Croatian
    ("Ljubljana, 9. marec 2017", "2017-03-09"),               # Slovene
    ("София, 12 септември 2016 г.", "2016-09-12"),            # Bulgarian
    ("Τρίτη 6 Σεπτεμβρίου 2016", "2016-09-06"),               # Greek
    ("Marți, 6 septembrie 2016", "2016-09-06"),               # Romanian
    ("Bratislava 14. októbra 2016", "2016-10-14"),            # Slovak
    ("Київ, 3 березня 2017", "2017-03-03"),                   # Ukrainian
])
def test_a_stamp_with_its_month_in_a_balkan_central_european_or_greek_language_dates_the_page(stamp, day):
    assert published(_HEADLINE + stamp + "\n" + _TALKS_BODY)[0] == day


_CARTER = ("\n\nUS Defense Secretary Ashton Carter held talks in Hanoi on Monday with Defence Minister Phung Quang "
           "Thanh, and was received by President Truong Tan Sang.\n")


@pytest.mark.parametrize("head", ["mercoledì 3 giugno", "mercredi 3 juin", "Mittwoch, 3. Juni", "miércoles 3 de junio"])
def test_a_head_line_that_is_only_a_day_in_the_pages_language_is_dated_by_the_officials(head):
    text = "La Gazzetta\nquotidiano\n" + head + "\n\n[Translated]\n\nCarter in Hanoi" + _CARTER
    assert published(text) == ("2015-06-03", "inferred")  # (Wednesday 3 June: 2015 in Carter's years)


@pytest.mark.parametrize("sentence", [
    "Away from the cameras, on the same Thursday, India's Defence Secretary Giridhar Aramane and Vietnam's Deputy "
    "Defence Minister Hoang Xuan Chien held the defence policy dialogue.",
    "Separately, that same Thursday, Defence Minister Rajnath Singh held talks with Vietnam's deputy defence "
    "minister Hoang Xuan Chien.",
    "Meanwhile, on that same Thursday the defence ministers Rajnath Singh and Phan Van Giang met in New Delhi.",
    "The defence ministers Rajnath Singh and Phan Van Giang also met in New Delhi on the same Thursday.",
])
def test_the_same_weekday_after_words_before_it_is_the_weekday_just_told(sentence):
    text = ("NEW DELHI, Aug 10, 2024 - Prime Minister Pham Minh Chinh held talks with Narendra Modi on Thursday, "
            "1 August. " + sentence + "\n")
    got = events(text)
    assert not any(d == "2024-08-08" for _p, _t, d in got)  # (the Thursday before the page's Saturday)
    assert sum(d == "2024-08-01" for _p, _t, d in got) == 2


@pytest.mark.parametrize("sentence", [
    "And last December, from the 11th to the 21st, the two armies held the fourth VINBAX exercise near Hanoi.",
    "In December, from the 11th to the 21st, India and Vietnam held the VINBAX exercise in Hanoi.",
    "The two armies held the VINBAX exercise in Hanoi last December, between the 11th and the 21st.",
    "Last December the Indian and Vietnamese armies trained together from the 11th through the 21st in the joint "
    "exercise VINBAX.",
])
def test_days_of_the_month_just_told_from_one_to_another_date_the_happening_as_a_span(sentence):
    text = "NEW DELHI, Jan 10, 2024 - Indian and Vietnamese troops have trained together for years. " + sentence + "\n"
    assert ("IND", "exercise", "2023-12-11") in events(text)


def test_guard_a_span_of_days_backwards_is_no_span():
    from ties_lib.dates import find_dates
    assert not [e for e in find_dates("from the 21st to the 11th of the month") if e.end_day]


@pytest.mark.parametrize(("lead", "month"), [
    ("HANOI, Jan 10, 2024 - India and Vietnam held talks on maritime security in Hanoi in December.", "2023-12"),
    ("NEW DELHI, Feb 3, 2019 (PTI) - Indian and Vietnamese troops held a joint military exercise in November.",
     "2018-11"),
    ("WASHINGTON, January 15, 2020 (Reuters) - The US handed over six patrol boats to Vietnam's coast guard in "
     "December.", "2019-12"),
])
def test_the_wire_datelines_year_does_not_date_a_later_month_in_its_lead(lead, month):
    got = events(lead + " Officials called it a milestone.\n")
    assert any(d.startswith(month) for _p, _t, d in got), got


@pytest.mark.parametrize("sentence", [
    "Party chief To Lam called President Donald Trump on 4 April to discuss tariffs.",
    "On 4 April Defence Minister Phan Van Giang called Secretary Pete Hegseth.",
    "Deputy Prime Minister Tran Luu Quang called Secretary of State Marco Rubio on 4 April about the tariffs.",
    "Foreign Minister Bui Thanh Son called his American counterpart on 4 April.",
])
def test_calling_an_official_named_by_title_is_a_call(sentence):
    text = "HANOI, May 2, 2025 (Reuters) - Vietnam and the United States have grown close. " + sentence + "\n"
    assert any(t in ("talks", "summit") and d == "2025-04-04" for p, t, d in events(text) if p == "USA")


@pytest.mark.parametrize("sentence", [
    "Modi called Prime Minister Chinh's visit a milestone on Friday.",
    "Modi called President Phuc's remarks wise on Friday.",
    "Analysts called Defence Minister Giang a pragmatist on Friday.",
])
def test_guard_calling_an_officials_act_or_the_official_something_is_no_call(sentence):
    text = "NEW DELHI, May 2, 2025 (PTI) - India and Vietnam have grown close. " + sentence + "\n"
    assert not any(t in ("talks", "summit") for _p, t, _d in events(text))


@pytest.mark.parametrize("sentence", [
    "The strategic partnership was proclaimed in 2007, during a visit by Prime Minister Nguyen Tan Dung.",
    "Their strategic partnership, proclaimed in July 2007, has deepened since.",
    "A comprehensive strategic partnership was declared in 2016.",
    "The strategic partnership was sealed in 2007 in New Delhi.",
])
def test_a_partnership_told_as_proclaimed_declared_or_sealed_is_the_upgrade(sentence):
    text = "NEW DELHI, Sept 5, 2017 (PTI) - India and Vietnam have grown close. " + sentence + "\n"
    assert any(t == "partnership_upgrade" for _p, t, _d in events(text))


@pytest.mark.parametrize("sentence", [
    "US Defence Secretary Lloyd Austin spent Thursday in meetings with Vietnam's leaders in Hanoi.",
    "US Defence Secretary Lloyd Austin spent Thursday in talks with Defence Minister Phan Van Giang in Hanoi.",
    "US Defence Secretary Lloyd Austin spent the day in meetings with Vietnamese leaders in Hanoi.",
])
def test_a_day_spent_in_meetings_is_the_talks_not_a_stay(sentence):
    got = events("HANOI, July 29, 2021 (AFP) - " + sentence + "\n")
    assert ("USA", "talks", "2021-07-29") in got
    assert ("USA", "visit", "2021-07-29") not in got


@pytest.mark.parametrize("sentence", [
    "He then met President Nguyen Xuan Phuc and Prime Minister Pham Minh Chinh, both of whom took office in April.",
    "He then met the new leaders, all of whom were elected in April.",
    "He was also received by the new president, Nguyen Xuan Phuc, one of whose first acts in April was a call to "
    "Biden.",
])
def test_a_counted_relative_clause_keeps_its_date_to_itself(sentence):
    got = events("HANOI, July 29, 2021 (AFP) - US Defence Secretary Lloyd Austin held talks in Hanoi on Thursday. "
                 + sentence + "\n")
    assert not any(d.startswith("2021-04") for _p, _t, d in got)


@pytest.mark.parametrize("sentence", [
    "Modi left Hanoi last night for Hangzhou, where the G20 leaders' summit opens today.",
    "Modi then met Obama at the ASEAN leaders' summit in Vientiane on Thursday.",
    "Modi flew on to the APEC leaders' summit, where he met Chinese President Xi Jinping on Sunday.",
    "Modi then headed to Laos, where the ASEAN leaders' summit opened on Tuesday.",
])
def test_a_multilateral_summit_named_with_who_meets_there_is_no_bilateral_summit(sentence):
    got = events("HANOI, Sept 4, 2016 (AA) - India and Vietnam upgraded ties to a comprehensive strategic partnership "
                 "on Saturday. " + sentence + "\n")
    assert not any(t == "summit" for _p, t, _d in got)


@pytest.mark.parametrize("sentence", [
    "The programme for today includes a meeting with Foreign Minister Nguyen Duy Nien and a talk at a military "
    "academy.",
    "His schedule today includes talks with Foreign Minister Nguyen Duy Nien.",
    "On today's agenda are a meeting with Foreign Minister Nguyen Duy Nien and a visit to a military academy.",
])
def test_a_programme_told_for_the_day_is_a_plan(sentence):
    got = events("HANOI, Mar 14, 2000 (EFE) - US Defense Secretary William Cohen arrived in Hanoi on Monday. "
                 + sentence + "\n")
    assert got == [("USA", "visit", "2000-03-13")]


@pytest.mark.parametrize("sentence", [
    "A visit by the Reagan had been pencilled in for last year but was quietly dropped.",
    "A visit by the Reagan was scheduled for 2022 but was postponed over Covid.",
    "A port call by the carrier was planned for 2022 but was later scrapped.",
])
def test_a_happening_planned_and_then_dropped_is_none(sentence):
    got = events("DA NANG, June 26, 2023 - The USS Ronald Reagan arrived in Da Nang on Sunday. " + sentence + "\n")
    assert got == [("USA", "visit", "2023-06-25")]


@pytest.mark.parametrize("stamp", ["10.9. 17:48 | Päivitetty 10.9. 20:15", "10.9. klo 17.48", "10.9. um 17:48 Uhr"])
def test_a_stamp_of_day_and_month_in_figures_without_its_year_is_dated_by_the_officials(stamp):
    text = ("Former enemies shake hands in Hanoi\n\n" + stamp + "\n\n"
            "US President Joe Biden landed in Hanoi on Sunday afternoon. After talks at the Communist Party "
            "headquarters, Biden and General Secretary Nguyen Phu Trong raised ties to a comprehensive strategic "
            "partnership.\n")
    assert published(text) == ("2023-09-10", "inferred")  # (Sunday 10 September: 2023 in Biden's years)


@pytest.mark.parametrize("sentence", [
    "The United States and Vietnam re-established diplomatic relations in July 1995.",
    "Washington and Hanoi reestablished diplomatic ties in July 1995.",
    "In July 1995 the United States and Vietnam re-established full diplomatic relations.",
])
def test_relations_re_established_count_as_relations_established(sentence):
    got = events("HANOI, Sept 12, 2023 - Ties have grown. " + sentence + "\n")
    assert ("USA", "partnership_upgrade", "1995-07") in [(p, t, d[:7]) for p, t, d in got]


@pytest.mark.parametrize("head", ["Fredag 10. juni · UDLAND", "Vendredi 10 juin · MONDE", "Freitag, 10. Juni | Politik"])
def test_a_yearless_day_in_the_pages_language_before_the_section_dates_the_page_by_the_officials(head):
    text = ("POLITIKEN\n" + head + "\n\n[Translated]\n\nIndia arms Vietnam at sea\n\n"
            "India's Defence Minister Rajnath Singh on Thursday handed over twelve patrol boats to Vietnam in Hai Phong "
            "after talks with General Phan Van Giang.\n")
    assert published(text) == ("2022-06-10", "inferred")  # (Friday 10 June: 2022 in Singh's and Giang's years)


@pytest.mark.parametrize("sentence", [
    "On Saturday the United States and Vietnam started cleaning up the former American air base at Bien Hoa.",
    "The United States and Vietnam began the cleanup of dioxin at Bien Hoa air base on Saturday.",
    "The United States and Vietnam on Saturday launched the decontamination of Bien Hoa air base.",
    "The United States and Vietnam kicked off the dioxin remediation at Bien Hoa on Saturday.",
])
def test_a_clean_up_begun_together_is_a_ceremony(sentence):
    assert ("USA", "ceremony", "2019-04-20") in events("HANOI, April 20, 2019 (AFP) - " + sentence + "\n")


def test_guard_a_clean_up_to_begin_is_a_plan():
    text = "HANOI, April 20, 2019 (AFP) - The United States and Vietnam will begin cleaning up Bien Hoa next year.\n"
    assert not any(t == "ceremony" for _p, t, _d in events(text))


@pytest.mark.parametrize("sentence", [
    "Defence Minister Pham Van Tra welcomed him at the ministry, and the two then held talks.",
    "Defence Minister Pham Van Tra then received him at the ministry.",
    "Vietnam's Defence Minister Pham Van Tra then held talks with him.",
])
def test_a_meeting_told_next_with_then_is_of_the_day_told_before(sentence):
    got = events("HANOI, March 14, 2000 (AP) - US Defense Secretary William Cohen arrived in Hanoi yesterday. "
                 + sentence + "\n")
    assert ("USA", "talks", "2000-03-13") in got
    assert ("USA", "talks", "2000-03-14") not in got


def test_guard_since_then_is_no_sequence():
    got = events("HANOI, March 14, 2000 (AP) - US Defense Secretary William Cohen arrived in Hanoi yesterday. "
                 "Defence Minister Pham Van Tra has held talks with him twice since then.\n")
    assert ("USA", "talks", "2000-03-13") not in got


_MODI = "HANOI, Sept 4, 2016 (Reuters) - "


@pytest.mark.parametrize("sentence", [
    "Indian Prime Minister Narendra Modi yesterday offered Vietnam a credit line, at the end of talks in Hanoi with "
    "his counterpart Nguyen Xuan Phuc.",
    "Indian Prime Minister Narendra Modi yesterday pledged a credit line, at the close of talks with Nguyen Xuan Phuc.",
    "Indian Prime Minister Narendra Modi spoke to reporters yesterday, at the end of talks with Nguyen Xuan Phuc in "
    "Hanoi.",
])
def test_the_end_of_talks_named_bare_is_the_talks_told_for_the_first_time(sentence):
    assert ("IND", "summit", "2016-09-03") in events(_MODI + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "The two leaders also announced that relations between their countries had been raised to a comprehensive "
    "strategic partnership.",
    "The two prime ministers announced that ties had been elevated to a comprehensive strategic partnership.",
    "Both leaders said relations had been upgraded to a comprehensive strategic partnership.",
])
def test_the_meetings_people_raising_ties_in_the_next_sentence_raise_them_at_the_meeting(sentence):
    text = (_MODI + "Indian Prime Minister Narendra Modi yesterday held talks in Hanoi with his counterpart Nguyen "
            "Xuan Phuc. " + sentence + "\n")
    assert ("IND", "partnership_upgrade", "2016-09-03") in events(text)


@pytest.mark.parametrize("sentence", [
    "India and Vietnam signed their strategic partnership in July 2007.",
    "The two countries signed a strategic partnership in July 2007 in New Delhi.",
    "In July 2007 India and Vietnam signed the strategic partnership that Modi upgraded in 2016.",
])
def test_a_partnership_told_as_signed_is_set_up(sentence):
    got = events(_MODI + "Ties are growing. " + sentence + "\n")
    assert ("IND", "partnership_upgrade", "2007-07") in [(p, t, d[:7]) for p, t, d in got]


def test_guard_a_partnership_agreement_signed_is_no_upgrade():
    got = events(_MODI + "Ties are growing. India and Vietnam signed a partnership agreement on IT in July 2007.\n")
    assert not any(t == "partnership_upgrade" for _p, t, _d in got)


@pytest.mark.parametrize("clause", ["who arrived on Wednesday evening from Singapore",
                                    "who had flown in on Wednesday night", "whose plane touched down on Wednesday"])
def test_a_meeting_told_next_with_then_is_not_of_the_day_of_a_relative_clause_before(clause):
    text = ("HANOI, July 29, 2021 (AFP) - US Defence Secretary Lloyd Austin spent Thursday in meetings with "
            f"Vietnamese leaders. Austin, {clause}, was received with a guard of honour at the ministry. He then met "
            "President Nguyen Xuan Phuc.\n")
    got = events(text)
    assert not any(t in ("talks", "summit") and d == "2021-07-28" for _p, t, d in got)


@pytest.mark.parametrize("tail", [
    ", which until now only China and Russia had enjoyed",
    ", which Hanoi had so far granted only to China and Russia",
    ", where only China and Russia stood before",
])
def test_countries_named_in_a_relative_clause_are_not_the_happenings_partner(tail):
    text = (_MODI + "Indian Prime Minister Narendra Modi yesterday held talks in Hanoi with his counterpart Nguyen "
            "Xuan Phuc. The two leaders also announced that relations between their countries had been raised to a "
            "comprehensive strategic partnership, the top rung of Vietnam's diplomacy" + tail + ".\n")
    assert ("IND", "partnership_upgrade", "2016-09-03") in events(text)


def test_guard_the_meetings_people_welcoming_a_partnerships_growth_since_its_start_raise_nothing_that_day():
    text = (_MODI + "Indian Prime Minister Narendra Modi yesterday held talks in Hanoi with his counterpart Nguyen "
            "Xuan Phuc. The two leaders welcomed the strong growth of the strategic partnership since it was "
            "established in 2007.\n")
    assert ("IND", "partnership_upgrade", "2016-09-03") not in events(text)


@pytest.mark.parametrize("sentence", [
    "During the day Modi was also received by Communist Party General Secretary Nguyen Phu Trong.",
    "In the course of the day Modi also met Communist Party General Secretary Nguyen Phu Trong.",
    "During the day he called on Communist Party General Secretary Nguyen Phu Trong.",
])
def test_during_the_day_is_the_day_just_told(sentence):
    text = (_MODI + "Indian Prime Minister Narendra Modi yesterday held talks in Hanoi with his counterpart Nguyen "
            "Xuan Phuc. " + sentence + "\n")
    got = events(text)
    assert sum(d == "2016-09-03" for _p, t, d in got if t in ("summit", "talks")) == 2


@pytest.mark.parametrize("sentence", [
    "The voyage followed a virtual summit a week ago Monday between Prime Minister Narendra Modi and Vietnamese "
    "Prime Minister Nguyen Xuan Phuc.",
    "Defence Minister Rajnath Singh spoke with General Ngo Xuan Lich by telephone a week ago Monday.",
    "Indian and Vietnamese officials held talks in Hanoi a week ago Monday.",
])
def test_a_week_ago_monday_is_the_monday_of_the_week_before(sentence):
    got = events("NEW DELHI, Dec 29, 2020 (PTI) - " + sentence + "\n")
    assert any(d == "2020-12-21" for _p, _t, d in got)  # (the page is of Tuesday 29 December)
    assert not any(d == "2020-12-28" for _p, _t, d in got)


@pytest.mark.parametrize(("head", "day"), [
    ("DE STANDAARD   donderdag 20 november 2003   Buitenland   blz. 14", "2003-11-20"),
    ("POLITIKEN   tirsdag 8. november 2016   Udland   side 8", "2016-11-08"),
    ("LA STAMPA   martedì 8 novembre 2016   Esteri   pag. 12", "2016-11-08"),
])
def test_a_printed_page_head_with_its_page_number_in_the_pages_language_is_no_headline(head, day):
    assert published(head + "\n[Translated]\n\n" + _HEADLINE + _TALKS_BODY) == (day, "stated")


@pytest.mark.parametrize("head", ["NRK RADIO · DAGSNYTT 18 · Mandag 5. mars", "SR EKOT | P1 | Måndag 5 mars",
                                  "YLE · Radio Suomi · maanantai 5. maaliskuuta"])
def test_a_yearless_day_in_the_last_cell_of_a_barred_head_dates_the_page_by_the_officials(head):
    text = (head + "\n\n[Translated]\n\nThis morning the USS Carl Vinson dropped anchor off Da Nang. US Defense "
            "Secretary Jim Mattis agreed on the visit with General Ngo Xuan Lich.\n")
    assert published(text) == ("2018-03-05", "inferred")  # (Monday 5 March: 2018 in Mattis's and Lich's years)


@pytest.mark.parametrize("stamp", [
    "Publiziert: 10.09.2023 um 18:41 Uhr  |  Aktualisiert: 11.09.2023 um 09:15 Uhr",
    "Publicerad 2023-09-10 18:41 · Uppdaterad 2023-09-11 09:15",
    "Publicado 10/09/2023 18:41 · Actualizado 11/09/2023 09:15",
])
def test_an_update_stamp_in_the_pages_language_sets_the_day_a_weekday_counts_from(stamp):
    text = ("Biden courts America's old enemy\n\n" + stamp + "\n\n[Translated]\n\nUS President Joe Biden held "
            "talks in Hanoi with General Secretary Nguyen Phu Trong on Sunday. Also on Monday, Biden met President "
            "Vo Van Thuong.\n")
    got = events(text)
    assert ("USA", "summit", "2023-09-11") in got
    assert ("USA", "summit", "2023-09-04") not in got


@pytest.mark.parametrize("sentence", [
    "In August, Deputy Defence Minister Nguyen Chi Vinh went aboard the USS Carl Vinson off the Californian coast.",
    "Last August Vietnam's deputy defence minister, Nguyen Chi Vinh, went out to the USS Carl Vinson off California.",
    "In August Vietnamese Deputy Defence Minister Nguyen Chi Vinh stepped aboard the USS Carl Vinson in San Diego.",
    "In August Vietnam's deputy defence minister, Nguyen Chi Vinh, came aboard the USS Carl Vinson to watch flight "
    "operations.",
    "In August Deputy Defence Minister Nguyen Chi Vinh became the first Vietnamese official to go aboard an American "
    "carrier.",
])
def test_an_official_going_aboard_the_other_sides_ship_visits_it(sentence):
    got = events("STOCKHOLM, March 6, 2018 - Ties are growing. " + sentence + "\n")
    assert ("USA", "visit", "2017-08") in [(p, t, d[:7]) for p, t, d in got]


@pytest.mark.parametrize("sentence", [
    "Pham Minh Chinh, who arrived in the Indian capital on Tuesday evening, held talks with his counterpart Narendra "
    "Modi at Hyderabad House.",
    "Vietnamese Prime Minister Pham Minh Chinh, who had landed in New Delhi on Tuesday, met Narendra Modi at "
    "Hyderabad House.",
    "Pham Minh Chinh, who flew in on Tuesday night for a state visit, held talks with Narendra Modi after a "
    "ceremonial welcome.",
])
def test_a_meeting_after_its_subjects_arrival_told_in_a_clause_is_of_the_leads_day(sentence):
    text = ("NEW DELHI, Aug 2, 2024 - India will lend Vietnam 300 million dollars for maritime security, the prime "
            "ministers of India and Vietnam announced on Thursday in New Delhi. " + sentence + "\n")
    got = events(text)
    assert ("IND", "summit", "2024-08-01") in got
    assert ("IND", "summit", "2024-07-30") not in got


def test_guard_boarding_a_vietnamese_ship_is_no_visit_to_the_partner():
    text = ("PEARL HARBOR, June 10, 2021 - The United States handed over a training ship to Vietnam. A US general went "
            "aboard the Vietnamese frigate Ly Thai To on Wednesday.\n")
    assert not any(t == "visit" for _p, t, _d in events(text))


@pytest.mark.parametrize("stamp", ["Publicerat onsdag 25 augusti kl 17.45", "Pubblicato mercoledì 25 agosto alle 17:45",
                                   "Publicado el miércoles 25 de agosto, 17:45"])
def test_a_labelled_stamp_without_its_year_in_the_pages_language_is_dated_by_the_officials(stamp):
    text = ("Harris in Hanoi\n\n" + stamp + "\n\n[Translated]\n\nUS Vice President Kamala Harris has spent the day in "
            "Hanoi. This morning she held talks with President Nguyen Xuan Phuc.\n")
    assert published(text) == ("2021-08-25", "inferred")  # (Wednesday 25 August: 2021 in Harris's and Phuc's years)


@pytest.mark.parametrize("sentence", [
    "Washington and Hanoi resumed diplomatic relations in July 1995.",
    "The United States and Vietnam resumed full diplomatic ties in July 1995.",
    "In July 1995 the United States and Vietnam resumed diplomatic relations.",
])
def test_relations_resumed_count_as_relations_established(sentence):
    got = events("HANOI, Sept 12, 2023 - Ties have grown. " + sentence + "\n")
    assert ("USA", "partnership_upgrade", "1995-07") in [(p, t, d[:7]) for p, t, d in got]


@pytest.mark.parametrize("sentence", [
    "India and Vietnam entered a strategic partnership in 2007, when Prime Minister Nguyen Tan Dung visited New Delhi.",
    "In 2007 India and Vietnam entered into a strategic partnership.",
    "India and Vietnam entered into a new strategic partnership in July 2007.",
])
def test_a_partnership_entered_is_set_up(sentence):
    got = events("NEW DELHI, Sept 5, 2016 - Ties have grown. " + sentence + "\n")
    assert ("IND", "partnership_upgrade", "2007") in [(p, t, d[:4]) for p, t, d in got]


def test_guard_a_partnership_agreement_entered_into_is_no_upgrade():
    got = events("NEW DELHI, Sept 5, 2016 - Ties have grown. India and Vietnam entered into a partnership agreement on "
                 "IT in 2007.\n")
    assert not any(t == "partnership_upgrade" for _p, t, _d in got)


@pytest.mark.parametrize("sentence", [
    "After talks with the Vietnamese head of government Pham Minh Chinh, Prime Minister Narendra Modi announced on "
    "Thursday a credit line of 300 million US dollars.",
    "Following talks with Vietnamese Prime Minister Pham Minh Chinh, Indian Prime Minister Narendra Modi said on "
    "Thursday that India would extend a credit line.",
    "After their talks in New Delhi, Indian Prime Minister Narendra Modi and Vietnamese Prime Minister Pham Minh Chinh "
    "announced on Thursday a plan of action.",
])
def test_what_was_announced_after_the_talks_opening_the_sentence_dates_the_talks(sentence):
    got = events("NEW DELHI, Aug 3, 2024 - India and Vietnam drew closer. " + sentence + "\n")
    assert ("IND", "summit", "2024-08-01") in got


def test_guard_a_ministry_saying_on_a_day_does_not_date_the_talks_it_reports():
    got = events("NEW DELHI, Aug 3, 2024 - Indian Prime Minister Narendra Modi held talks with Vietnamese Prime "
                 "Minister Pham Minh Chinh last month, the ministry said on Thursday.\n")
    assert ("IND", "summit", "2024-08-01") not in got


_DPD = ("HANOI, Nov 11, 2025 - India's Defence Secretary Rajesh Kumar Singh and Vietnam's deputy defence minister "
        "co-chaired the 13th Defence Policy Dialogue in Hanoi on Monday. ")


@pytest.mark.parametrize("sentence", [
    "After the talks the Indian defence secretary called on Vietnam's defence minister, General Phan Van Giang.",
    "Following the meeting, the Indian defence secretary called on General Phan Van Giang.",
    "Singh later called on Vietnam's Defence Minister, Gen. Phan Van Giang, to brief him on the results.",
    "Following the talks, Singh called on Defence Minister Phan Van Giang.",
])
def test_a_call_told_after_the_happening_just_told_is_of_its_day(sentence):
    got = events(_DPD + sentence + "\n")
    assert ("IND", "talks", "2025-11-10") in got
    assert ("IND", "talks", "2025-11-11") not in got


def test_every_weekday_name_has_a_source_and_one_weekday():
    from ties_lib.data import load_csv

    rows = load_csv("weekday_names.csv")
    assert rows and all(r["source"].startswith("https://") and r["weekday"] in "0123456" for r in rows)
    seen: dict[str, str] = {}
    for r in rows:
        assert seen.setdefault(r["name"].lower(), r["weekday"]) == r["weekday"], r["name"]
    # (checked against the calendar: "fredag" is Friday, "mercoledì" Wednesday, "Κυριακή" Sunday)
    assert (seen["fredag"], seen["mercoledì"], seen["κυριακή"]) == ("4", "2", "6")
