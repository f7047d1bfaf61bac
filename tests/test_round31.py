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
