"""Round 42 of the generalisation loop (batches 428-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, published


def _coded(text: str) -> list[tuple[str, str]]:
    """(type, start date) of each event the kit codes in a small article."""
    return sorted((e.type, e.date.iso_start()) for e in article(text).events)


@pytest.mark.parametrize(("head", "foot", "day"), [
    ("Hanoi | Wednesday", "Filed: 08.06.2022", "2022-06-08"),  # 6 August 2022 is a Saturday
    ("NEW DELHI · Thursday", "Posted 04.10.2018", "2018-10-04"),  # 10 April 2018 is a Tuesday
    ("Da Nang | Monday", "Filed 11.03.2019", "2019-03-11"),  # 3 November 2019 is a Sunday
])
def test_a_datelines_weekday_tells_how_a_stamp_in_figures_reads(head, foot, day):
    text = (f"Ministers meet\n\n{head}\n\nDefence Minister Rajnath Singh held talks with General Phan Van Giang "
            f"here this evening.\n\n(c) The Bulletin. All rights reserved.\n{foot}\n")
    assert published(text) == (day, "stated")


_HEAD = "Ties deepen\n\nHANOI, 8 June 2022 - "


@pytest.mark.parametrize("text", [
    "Defence Minister Rajnath Singh later called on President Nguyen Xuan Phuc today, conveying the greetings of "
    "Prime Minister Shri Narendra Modi.",
    "Defence Minister Rajnath Singh was received by President Nguyen Xuan Phuc today, who asked him to convey his "
    "regards to Prime Minister Narendra Modi.",
    "Defence Minister Rajnath Singh met President Nguyen Xuan Phuc today and passed on the best wishes of Prime "
    "Minister Narendra Modi.",
])
def test_a_head_whose_greetings_are_carried_is_no_participant(text):
    """(The third, a title of two words before the name, passed before the change: a guard.)"""
    # a minister calling on the host's president is talks; Modi, named only as sender or addressee of greetings,
    # does not make it a summit
    assert _coded(_HEAD + text) == [("talks", "2022-06-08")]


@pytest.mark.parametrize(("text", "coded"), [
    ("Defence Minister Rajnath Singh, on a three-day journey to Vietnam that began today, sat down with General "
     "Phan Van Giang this evening.", [("talks", "2022-06-08"), ("visit", "2022-06-08")]),
    ("Defence Minister Rajnath Singh began a three-day journey to Vietnam today.", [("visit", "2022-06-08")]),
    ("Defence Minister Rajnath Singh arrived in Hanoi today on a journey through Southeast Asia that also takes "
     "him to Vietnam's neighbours.", [("visit", "2022-06-08")]),
])
def test_a_journey_to_a_country_is_a_visit(text, coded):
    """(The third, whose arrival is a visit of its own, passed before the change: a guard that the journey adds
    no second visit.)"""
    assert _coded(_HEAD + text) == coded


def test_the_journey_of_a_relationship_is_no_visit_guard():
    text = "Defence Minister Rajnath Singh said today that the journey of the relationship to this point had been long."
    assert _coded(_HEAD + text) == []


@pytest.mark.parametrize(("head", "day"), [
    ("Recorded May 21, 2025 | Released May 23, 2025", "2025-05-23"),
    ("Filmed 3 March 2024 | Published 5 March 2024", "2024-03-05"),
    ("Written June 1, 2023 · Posted June 4, 2023", "2023-06-04"),
])
def test_a_page_is_dated_by_the_day_it_was_released_not_the_day_it_records(head, day):
    text = (f"Talks in Delhi\n\n{head}\n\nDefence Minister Rajnath Singh held talks with General Phan Van Giang in "
            "New Delhi last week.\n")
    assert published(text) == (day, "stated")


@pytest.mark.parametrize(("foot", "month"), [
    ("Weekly edition, May 2023", "2023-05"),
    ("Print edition: April 2023", "2023-04"),
    ("Monthly issue | March 2023", "2023-03"),
])
def test_an_editions_line_names_its_rhythm_or_medium(foot, month):
    text = ("Talks in Delhi\n\nDefence Minister Rajnath Singh held talks with General Phan Van Giang in New Delhi in "
            f"the spring.\n\n{foot}\n")
    assert published(text) == (month, "stated")


@pytest.mark.parametrize("stamp", [
    "Posted on June 3 by Mac Reilly | 7 comments",
    "Published 3rd June, by Staff Writer",
    "Posted June 3 by Anna Le",
])
def test_a_blogs_stamp_before_its_author_dates_the_page(stamp):
    # the year from the officials' terms: Carter from February 2015, Thanh to April 2016
    text = (f"The Harbour Log\n— notes on navies and ports —\n\n{stamp}\n\nCARTER IN HANOI\n\nDefense Secretary Ash "
            "Carter held talks with General Phung Quang Thanh in Hanoi.\n")
    assert published(text) == ("2015-06-03", "inferred")


@pytest.mark.parametrize("foot", [
    "(Our editorial office, 3 June)",
    "(The Asia desk of the Review, June 3)",
    "(Filed by our correspondent, 3 June.)",
])
def test_a_bracketed_sign_off_at_the_foot_gives_the_day(foot):
    text = ("Notes\n\nDefense Secretary Ash Carter held talks with General Phung Quang Thanh in Hanoi on Monday.\n\n"
            f"{foot}\n")
    assert published(text) == ("2015-06-03", "inferred")


@pytest.mark.parametrize("foot", ["Published: Hanoi, 2023", "Published 2023", "Posted: New Delhi, 2023"])
def test_a_labelled_stamp_of_a_year_alone_gives_the_year(foot):
    text = ("Commentary\n\nDefence Minister Rajnath Singh held talks with General Phan Van Giang in New Delhi in the "
            f"spring.\n\n{foot}\n")
    assert published(text) == ("2023", "stated")


def test_a_labelled_stamp_of_a_month_is_no_place_and_year_guard():
    text = ("Commentary\n\nDefence Minister Rajnath Singh held talks with General Phan Van Giang in New Delhi in the "
            "spring.\n\nPublished: June 2023\n")
    assert published(text)[0] == "2023-06"


@pytest.mark.parametrize("death", [
    "The visit came weeks after the death of General Secretary Nguyen Phu Trong on 19 July.",
    "Chinh had attended the funeral of General Secretary Nguyen Phu Trong only days before.",
    "Hanoi was still in mourning after the passing of Nguyen Phu Trong, the party chief.",
])
def test_an_official_whose_death_is_reported_dates_the_story_after_his_term(death):
    # Trong died in office on 19 July 2024: "Aug 5" with Chinh, Modi and Murmu in office is of 2024, not 2022
    text = ("Chinh in Delhi\n\nNEW DELHI, Aug 5 - Vietnamese Prime Minister Pham Minh Chinh held talks with Prime "
            f"Minister Narendra Modi, and President Droupadi Murmu hosted him at Rashtrapati Bhavan. {death}\n")
    assert published(text) == ("2024-08-05", "inferred")


@pytest.mark.parametrize("lead", [
    "Vietnamese Prime Minister Pham Minh Chinh, on a three-day state visit that opened on 30 July, sat down with "
    "Prime Minister Narendra Modi on the Thursday.",
    "Vietnamese Prime Minister Pham Minh Chinh arrived on 30 July and held talks with Prime Minister Narendra Modi "
    "on the Thursday of his visit.",
    "Vietnamese Prime Minister Pham Minh Chinh spent three days in India from 30 July; on the Thursday he met Prime "
    "Minister Narendra Modi.",
])
def test_the_weekday_of_a_told_span_is_not_the_pages_week(lead):
    # "on the Thursday" is a day of the visit (1 August 2024), not a day before the dateline "Aug 5"
    text = (f"Chinh in Delhi\n\nNEW DELHI, Aug 5 - {lead} President Droupadi Murmu greeted him at Rashtrapati "
            "Bhavan. The visit came after the death of General Secretary Nguyen Phu Trong on 19 July.\n")
    assert published(text) == ("2024-08-05", "inferred")


_BIDEN_ON_AIR = ("Radio\n\nProgram transcript: \"Breakfast\"\n{stamp}\n\nPRESENTER: Joe Biden and General Secretary "
                 "Nguyen Phu Trong agreed on Sunday to upgrade ties.\n")


@pytest.mark.parametrize("stamp", [
    "Broadcast: Monday 11 September, 7.10am AEST",
    "Broadcast: Monday 11 September, 8.45pm",  # (a guard: read before the change too)
    "Broadcast: Monday 11 September, 07.10 ICT",  # (a guard: read before the change too)
])
def test_a_broadcasts_labelled_stamp_under_the_programmes_name_dates_it(stamp):
    # Biden with Trong: 2021-2024; 11 September a Monday, the day after "Sunday": 2023
    assert published(_BIDEN_ON_AIR.format(stamp=stamp)) == ("2023-09-11", "inferred")


@pytest.mark.parametrize("dateline", ["July 30 — Naha", "30 July – Tokyo", "Jul. 30 - Osaka"])
def test_a_dateline_with_its_day_before_its_place(dateline):
    # Austin with Phuc as president: 2021-2024; Thursday is 29 July 2021, the day before
    text = ("OKINAWA PACIFIC REVIEW\nSecurity | Diplomacy\n\nU.S. defense chief in Hanoi pledges help\n\n"
            f"{dateline}\n\nDefense Secretary Lloyd Austin met President Nguyen Xuan Phuc in Hanoi on Thursday.\n")
    assert published(text) == ("2021-07-30", "inferred")


@pytest.mark.parametrize("stamp", ["Posted: 15/08 — 17:05", "Updated: 15/08 - 09:12", "Published 15/08 – 17:05 GMT+7"])
def test_a_labelled_day_in_figures_then_a_dash_and_its_time(stamp):
    # the year from the edition the lead reports ("Pacific Partnership 2023")
    text = (f"HUE GAZETTE\nCentral Coast · Nation\n\nHospital ship docks in Khanh Hoa\n\n{stamp}\n\nKHANH HOA — The "
            "US Navy hospital ship USNS Mercy berthed at Cam Ranh yesterday afternoon, opening the Vietnam phase of "
            "Pacific Partnership 2023.\n")
    assert published(text) == ("2023-08-15", "inferred")


@pytest.mark.parametrize("dateline", [
    "Kathmandu / New Delhi, 5 November",
    "Hanoi / Ambala, November 5",
    "New Delhi/Hanoi, 5 November",  # (read as a wire's dateline before the change: a guard of the headline's year)
])
def test_a_dateline_of_two_places_and_the_year_of_the_edition_in_the_headline(dateline):
    text = ("DIGEST\nNews from South Asia\n\nVINBAX-2024 opens at Ambala\n\n"
            f"{dateline}\n\nSoldiers of the Indian Army and the Vietnam People's Army formed up at Ambala yesterday "
            "to open the fifth edition of the exercise.\n")
    assert published(text) == ("2024-11-05", "inferred")


@pytest.mark.parametrize("sign_off", [
    "Edited in Uppsala, 22 September 2023.",
    "Written in Hanoi on 22 September 2023",
    "This letter was compiled at Singapore, September 22, 2023.",
])
def test_a_sign_off_with_its_place_and_day_dates_a_numbered_issue(sign_off):
    text = ("LETTER\n\nIssue 17/2023\n\nOn 10 September Joe Biden and Nguyen Phu Trong raised ties to a "
            f"comprehensive strategic partnership.\n\n---\nThe Letter is published by an independent foundation. "
            f"{sign_off}\n")
    assert published(text) == ("2023-09-22", "stated")


def test_a_reprints_first_publication_is_not_the_pages_day_guard():
    text = ("LETTER\n\nIssue 17/2023\n\nOn 10 September Joe Biden and Nguyen Phu Trong raised ties to a "
            "comprehensive strategic partnership.\n\n---\nThis essay was first published in Hanoi on 12 September "
            "2023.\n")
    assert published(text)[0] != "2023-09-12"


@pytest.mark.parametrize("sentence", [
    "Joe Biden, arriving in Hanoi from New Delhi, was received that Sunday afternoon by General Secretary Nguyen "
    "Phu Trong.",
    "That Sunday Joe Biden held talks with General Secretary Nguyen Phu Trong in Hanoi.",
    "Joe Biden met General Secretary Nguyen Phu Trong in Hanoi that Sunday evening.",
])
def test_that_weekday_is_the_day_just_told_when_it_falls_on_it(sentence):
    # 10 September 2023 is a Sunday; the page is of the 22nd, whose last Sunday is the 17th
    text = (f"LETTER\n\nIssue 17/2023\n\nOn 10 September the United States climbed two rungs at once. {sentence}\n\n"
            "---\nEdited in Uppsala, 22 September 2023.\n")
    assert _coded(text) == [("summit", "2023-09-10")]


_AUSTIN = "HANOI, July 30, 2021 - "


@pytest.mark.parametrize("text", [
    "U.S. Defense Secretary Lloyd Austin was in the Vietnamese capital yesterday, where he conferred for more than "
    "an hour with General Phan Van Giang.",
    "U.S. Defense Secretary Lloyd Austin conferred with General Phan Van Giang yesterday.",
    "Yesterday U.S. Defense Secretary Lloyd Austin conferred at length with his counterpart, General Phan Van Giang.",
])
def test_conferring_with_someone_is_meeting_him(text):
    assert _coded(_AUSTIN + text) == [("talks", "2021-07-29")]


def test_an_honour_conferred_with_is_no_meeting_guard():
    text = "General Phan Van Giang was conferred with the Order of Friendship by U.S. Defense Secretary Lloyd Austin."
    assert _coded(_AUSTIN + text) == []


_VINBAX = ("AMBALA, 5 November 2024 - Soldiers of India and Vietnam opened the fifth edition of Exercise VINBAX at "
           "Ambala today. ")
_DIALOGUE = "HANOI, 5 November 2024 - India and Vietnam held the 14th Defence Policy Dialogue in Hanoi today. "


@pytest.mark.parametrize(("head", "text", "kind", "day"), [
    (_VINBAX, "The first round, in 2018, was held at Jabalpur.", "exercise", "2018"),
    (_VINBAX, "The previous round was held in Hanoi in December 2023.", "exercise", "2023-12"),
    (_VINBAX, "The series began in 2018 at Jabalpur.", "exercise", "2018"),
    (_VINBAX, "Earlier editions were staged in Jabalpur in 2019.", "exercise", "2019"),
    (_DIALOGUE, "The previous round was held in New Delhi in 2022.", "dialogue", "2022"),
    (_DIALOGUE, "The series began in 2012 in New Delhi.", "dialogue", "2012"),
    (_DIALOGUE, "Last year's round was hosted in India in June 2023.", "dialogue", "2023-06"),
])
def test_a_round_or_series_is_of_the_kind_the_article_named_last(head, text, kind, day):
    events = [(e.type, e.date.iso_start()) for e in article(head + text).events]
    assert (kind, day) in events
    assert ({"exercise", "dialogue"} - {kind}).isdisjoint(t for t, _d in events)


def test_a_round_that_names_its_own_kind_keeps_it_guard():
    text = (_VINBAX + "On January 12 the two defence secretaries co-chaired the 13th round of the bilateral defence "
            "dialogue by video link.")
    assert ("dialogue", "2024-01-12") in _coded(text)


@pytest.mark.parametrize("sentence", [
    "President Joe Biden flew in Sunday afternoon from New Delhi and went almost directly to the headquarters of the "
    "Communist Party, where he sat down with General Secretary Nguyen Phu Trong.",
    "President Joe Biden flew in Sunday afternoon and went straight to the party headquarters, where he held talks "
    "with General Secretary Nguyen Phu Trong.",
    "President Joe Biden landed on Sunday and drove directly to the Presidential Palace, where he met President Vo "
    "Van Thuong.",
])
def test_a_meeting_where_an_arrival_led_is_on_the_arrivals_day(sentence):
    assert _coded("HANOI, Sept 12, 2023 - " + sentence) == [("summit", "2023-09-10"), ("visit", "2023-09-10")]


_ON_AIR = "RADIO\n\nAsia Tonight transcript\n\n{question}\n\n{answer}\n\nBroadcast: Thursday, July 29, 2021\n"


@pytest.mark.parametrize(("question", "answer"), [
    ("HOST (MARGARET OLSEN): What happened today?", "CORRESPONDENT: Today was the round of calls. Defense Secretary "
     "Lloyd Austin was received by President Nguyen Xuan Phuc at the Presidential Palace."),
    ("HOST: And this morning?", "REPORTER (DANIEL REYES): This morning was the formal part. Defense Secretary Lloyd "
     "Austin held talks with General Phan Van Giang."),
    ("ANCHOR: Tell us about today.", "CORRESPONDENT (HANOI): Today was the business day. Defense Secretary Lloyd "
     "Austin met Prime Minister Pham Minh Chinh at the government office."),
])
def test_a_speakers_short_sentence_opening_on_a_day_sets_the_scene(question, answer):
    assert _coded(_ON_AIR.format(question=question, answer=answer)) == [("talks", "2021-07-29")]


@pytest.mark.parametrize("hosts", [
    "Prime Minister Pham Minh Chinh and with the National Assembly chairman, Vuong Dinh Hue",
    "Prime Minister Pham Minh Chinh and with the chairman of the National Assembly, Vuong Dinh Hue",
    "Prime Minister Pham Minh Chinh and with the legislature's chairman, Vuong Dinh Hue",
])
def test_a_host_named_after_his_office_and_a_comma_is_one_more_call(hosts):
    text = f"HANOI, Sept 11, 2023 - Today President Joe Biden met separately with {hosts}."
    assert _coded(text) == [("summit", "2023-09-11"), ("summit", "2023-09-11")]


@pytest.mark.parametrize("sentence", [
    "And at the end of that meeting the two men announced that the relationship was being elevated to a "
    "comprehensive strategic partnership.",
    "At the close of the talks, the two leaders announced that relations had been raised to a comprehensive "
    "strategic partnership.",
    "The two men announced that relations had been lifted to a comprehensive strategic partnership.",
])
def test_a_relationship_the_two_raised_at_the_end_of_the_meeting_takes_its_day(sentence):
    """(The second, "the two leaders" after the frame and a comma, was read before the change: a guard.)"""
    text = ("HANOI, Sept 11, 2023 - President Joe Biden sat down with General Secretary Nguyen Phu Trong on Sunday. "
            + sentence)
    assert _coded(text) == [("partnership_upgrade", "2023-09-10"), ("summit", "2023-09-10")]


@pytest.mark.parametrize("sentence", [
    "During his January trip Defense Secretary Jim Mattis also met President Tran Dai Quang.",
    "Defense Secretary Jim Mattis then met President Tran Dai Quang during his January trip.",
    "During his January visit, Defense Secretary Jim Mattis also met Prime Minister Nguyen Xuan Phuc.",
])
def test_a_meeting_told_as_one_more_during_a_trip_is_a_meeting_of_its_own(sentence):
    assert ("talks", "2018-01") in _coded("HANOI, March 5, 2018 - " + sentence)


@pytest.mark.parametrize("other", [
    "During the official visit of Prime Minister Narendra Modi to Viet Nam on 2-3 September 2016, the two sides "
    "upgraded their relationship to a Comprehensive Strategic Partnership.",
    "On 2-3 September 2016, during Modi's visit, the relationship was raised to a Comprehensive Strategic "
    "Partnership.",
    "The two countries raised their ties to a comprehensive strategic partnership during Modi's visit on 2-3 "
    "September 2016.",
])
def test_a_relationship_raised_on_a_day_of_a_visit_is_one_upgrade(other):
    # two articles: one raises ties on the visit's days, the other on its Saturday (3 September 2016); one upgrade,
    # on the day
    from ties_lib.corpus import build_corpus
    corpus = build_corpus([
        article("HANOI, Sept 5, 2016 - " + other, "a"),
        article("LONDON, Sept 5, 2016 - Narendra Modi held talks with Nguyen Xuan Phuc on Saturday. The two men "
                "announced that relations had been raised to a comprehensive strategic partnership.", "b"),
    ])
    upgrades = corpus.events[corpus.events.type == "partnership_upgrade"]
    assert [str(d)[:10] for d in upgrades.date_start] == ["2016-09-03"]


@pytest.mark.parametrize("stamp", [
    "Monday, 11 September - 18:00 HST",
    "Monday 11 September - 18:00 (HST)",
    "Monday, 11 September - 8.00pm ChST",
])
def test_a_transcripts_head_that_is_only_its_day_and_time(stamp):
    """(A zone the kit knows, "AEST", "GMT", was read before the change; these zones it does not.)"""
    # the line a page opens on, taken for its headline; Biden and Trong with Thuong in office: 2023
    text = (f"{stamp}\n\n[Segment 2 of 4. Transcript produced from an automated service.]\n\nHOST: Joe Biden has "
            "wrapped up a visit to Hanoi, where he met General Secretary Nguyen Phu Trong and President Vo Van "
            "Thuong.\n")
    assert published(text) == ("2023-09-11", "inferred")


@pytest.mark.parametrize("sentence", [
    "President Joe Biden was received that Sunday afternoon at the headquarters of the Communist Party of Vietnam by "
    "General Secretary Nguyen Phu Trong.",
    "President Joe Biden was received on Sunday evening at the party headquarters by General Secretary Nguyen Phu "
    "Trong.",
    "President Joe Biden was hosted on Sunday at the Presidential Palace by his counterpart.",
])
def test_a_reception_at_a_hosts_seat_with_its_day_told_between(sentence):
    assert ("summit", "2023-09-10") in _coded("HANOI, Sept 12, 2023 - " + sentence)


@pytest.mark.parametrize("sentence", [
    "The American president was in Hanoi on Sunday for talks on the partnership.",
    "The visiting premier was in New Delhi on Sunday.",
    "The Indian leader was in Hanoi on Sunday, his first trip to the country.",
])
def test_a_head_told_by_office_who_was_in_a_city_was_on_a_visit(sentence):
    assert ("visit", "2023-09-10") in _coded("HANOI, Sept 12, 2023 - " + sentence)


@pytest.mark.parametrize("lead", [
    "When Narendra Modi stepped off his aircraft in Hanoi on a humid Saturday in September 2016, few paid attention.",
    "Modi arrived on a Saturday in September 2016 and raised ties with Vietnam.",
    "On a wet Sunday in July 2007 the two prime ministers declared a strategic partnership.",
])
def test_a_weekday_told_with_a_day_of_another_year_does_not_read_the_stamp(lead):
    """(The second, whose weekday is no lead's, was read before the change: a guard.)"""
    # "12.10.2023" read month first would be Sunday 10 December, the day after a Saturday: not the lead's weekday
    text = f"REVIEW\n\nIndia and Vietnam: a quiet partnership\n\n{lead}\n\nSeven years on, ties are strong.\n\n12.10.2023\n"
    assert published(text)[0] in ("2023", "2023-10-12")


@pytest.mark.parametrize("sentence", [
    "In Hanoi on Thursday, Defense Secretary Lloyd Austin held talks with Vietnam's Minister of National Defence, "
    "General Phan Van Giang, and was received at the Presidential Palace by President Nguyen Xuan Phuc, in the first "
    "trip to Vietnam by a member of the Biden cabinet.",
    "In Hanoi on Thursday, Defense Secretary Lloyd Austin held talks with General Phan Van Giang, and was received "
    "at the Government Office by Prime Minister Pham Minh Chinh, on his first trip to Vietnam.",
    "Defense Secretary Lloyd Austin held talks with General Phan Van Giang on Thursday, and was received at the party "
    "headquarters by General Secretary Nguyen Phu Trong, on his first trip to Vietnam.",
])
def test_a_reception_told_as_the_guests_next_act_takes_the_meetings_day(sentence):
    # a meeting of its own, not the visit's reception: the trip stays a visit
    coded = _coded("MANILA, July 31, 2021 - " + sentence)
    assert [c for c in coded if c[0] == "talks"] == [("talks", "2021-07-29"), ("talks", "2021-07-29")]
    assert [c[1][:7] for c in coded if c[0] == "visit"] == ["2021-07"]


@pytest.mark.parametrize(("text", "day"), [
    ("signed on the first of June 2015 in Hanoi", (2015, 6, 1)),
    ("on the fifteenth of March, 2019, the ships", (2019, 3, 15)),
    ("the third of September 2016 was a Saturday", (2016, 9, 3)),
])
def test_a_spelled_out_ordinal_day_of_a_month_and_its_year_is_one_date(text, day):
    from ties_lib.dates import find_dates
    assert [(e.kind, e.year, e.month, e.day) for e in find_dates(text)] == [("date", *day)]


@pytest.mark.parametrize("sentence", [
    "INS Kiltan held a passage exercise with a Vietnam People's Navy ship on the 26th and 27th of this month.",
    "Over the weekend, on the 26th and 27th, INS Kiltan held a passage exercise with a Vietnam People's Navy ship.",
    "INS Kiltan exercised with a Vietnam People's Navy ship on the 26th and the 27th in the South China Sea.",
])
def test_two_days_of_the_month_joined_by_and_are_one_span(sentence):
    events = article("NEW DELHI, December 28, 2020 - " + sentence).events
    assert [(e.type, e.date.iso_start(), e.date.iso_end()) for e in events] == [
        ("exercise", "2020-12-26", "2020-12-27")]


@pytest.mark.parametrize(("line", "month"), [
    ("February 2021 | 7 min read", "2021-02"),
    ("March 2019 · 5 min read", "2019-03"),
    ("October 2020 | 12 minute read", "2020-10"),
])
def test_a_commentarys_month_and_reading_time_date_it(line, month):
    text = (f"REVIEW\nCommentary | Indo-Pacific Programme\n\nQuiet depth\n\nDr. Katrin Vollmer, Senior Fellow\n{line}\n\n"
            "India and Vietnam have built a quiet partnership since Modi's visit to Hanoi in 2016.\n")
    assert published(text) == (month, "stated")


@pytest.mark.parametrize("foot", [
    "This edition was written on Friday, 16 March 2018.",
    "The letter was compiled on 16 March 2018.",
    "Posted on March 16, 2018",
])
def test_a_sign_off_with_its_day_and_no_place(foot):
    """(The third, a labelled stamp on a line of its own, was read before the change: a guard.)"""
    text = ("LETTER\n\nNo. 212 — Vietnam and America\n\nWhen Defense Secretary Jim Mattis flew into Hanoi in late "
            f"January for talks with General Ngo Xuan Lich, the two men settled details.\n\n-----\n{foot}\n")
    assert published(text) == ("2018-03-16", "stated")


@pytest.mark.parametrize("paragraph", [
    "When Narendra Modi landed in Hanoi in early September 2016, he brought an offer. What mattered more was the "
    "label. In talks with Prime Minister Nguyen Xuan Phuc on 3 September, the two leaders raised the relationship.",
    "Narendra Modi reached Hanoi in September 2016. The mood was warm. On 3 September he held talks with Prime "
    "Minister Nguyen Xuan Phuc.",
    "It was September 2016, and Narendra Modi was in Hanoi. He held talks with Prime Minister Nguyen Xuan Phuc on "
    "September 3.",
])
def test_a_day_with_no_year_takes_the_year_of_its_month_told_earlier_in_the_paragraph(paragraph):
    # the page is of February 2021: without the month told before, "3 September" would be 2020's
    text = f"REVIEW\n\nPublished 12 February 2021\n\n{paragraph}\n"
    assert ("summit", "2016-09-03") in _coded(text)


def test_a_month_told_after_another_date_takes_no_earlier_year_guard():
    text = ("REVIEW\n\nPublished 12 October 2011\n\nThe first dialogue met in Hanoi in August 2010. In July this year "
            "three US ships visited Da Nang. And in August a US supply ship put in at Cam Ranh, the first US Navy "
            "vessel there in decades.\n")
    # the supply ship's August is this year's, not the August of the dialogue told before the July between
    assert ("visit", "2010-08") not in _coded(text)
