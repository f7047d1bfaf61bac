"""Round 24 of the generalisation loop (batches 226-): general rules, each on three or more phrasings written
for the test; guards are named as guards."""
from __future__ import annotations

import pytest
from conftest import article, events, published

from ties_lib.events import merge

_PTI = "Sakaal Times\n\nThursday, October 14, 2010\n\nHanoi, Oct 13 (PTI)\n\n"


@pytest.mark.parametrize(("sentence", "day"), [
    ("India will train Vietnamese troops after talks yesterday between Defence Minister AK Antony and General "
     "Phung Quang Thanh.", "2010-10-13"),
    ("India will supply patrol vessels to Vietnam, following talks in Hanoi on October 12 between Defence Minister "
     "AK Antony and General Phung Quang Thanh.", "2010-10-12"),
    ("Vietnam will get Indian help to repair its warships following the talks in New Delhi on 11 October between "
     "Defence Minister AK Antony and General Phung Quang Thanh.", "2010-10-11"),
    ("The two navies will hold more port calls after their talks last week between Defence Minister AK Antony and "
     "General Phung Quang Thanh.", "2010-10-04"),
])
def test_talks_a_plan_follows_were_held_on_their_past_day(sentence, day):
    assert ("IND", "talks", day) in events(_PTI + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "The two ministers will sign the pact after talks on Friday between Defence Minister AK Antony and General "
    "Phung Quang Thanh.",
    "Vietnam will buy patrol boats from India after talks next month between Defence Minister AK Antony and General "
    "Phung Quang Thanh.",
    "The memorandum will be signed following talks in New Delhi next year between Defence Minister AK Antony and "
    "General Phung Quang Thanh.",
])
def test_guard_talks_a_plan_follows_that_are_still_to_come_are_none(sentence):
    assert not [e for e in events(_PTI + sentence + "\n") if e[1] == "talks"]


@pytest.mark.parametrize(("sentence", "host"), [
    ("Defence Minister A.K. Antony held talks with General Phung Quang Thanh at the ministry and afterwards called "
     "on Prime Minister Nguyen Tan Dung.", "nguyen-tan-dung"),
    ("Defence Minister A.K. Antony held talks with General Phung Quang Thanh at the ministry's guest house and "
     "subsequently called on President Nguyen Minh Triet.", "nguyen-minh-triet"),
    ("The promise was made at the Defence Ministry, where Mr Antony held talks with his host, Gen. Phung Quang "
     "Thanh, and afterwards called on Prime Minister Nguyen Tan Dung.", "nguyen-tan-dung"),
])
def test_a_call_after_talks_the_lead_dates_is_the_visitors_on_their_day(sentence, host):
    text = ("WORLD NEWS\nThursday, 14 October 2010\n\nHANOI: India and Vietnam yesterday agreed to widen their naval "
            "cooperation.\n\n" + sentence + "\n")
    calls = [(e.date.iso_start(), set(e.participants)) for e in merge(list(article(text).events))
             if e.type == "talks" and host in e.participants]
    assert calls == [("2010-10-13", {host, "a-k-antony"})]


_SCENE_HEAD = ("Evening Standard\n\nTuesday 5 June 2012\n\nYesterday an American defence secretary stood on the deck of "
               "a US ship in Cam Ranh Bay for the first time since the war. The symbolism was hard to miss, as Leon "
               "Panetta said access for US ships mattered.\n\nOn Saturday in Singapore he had announced that most US "
               "Navy ships would be based in the Pacific.\n\n")


@pytest.mark.parametrize("scene", [
    "Today in Hanoi, the mood was more formal. After a guard of honour, Mr Panetta held talks with his counterpart, "
    "General Phung Quang Thanh, on maritime security.",
    "On Tuesday morning the caravan reached the capital. Mr Panetta sat down with General Phung Quang Thanh at the "
    "defence ministry.",
    "This morning it was down to business. Mr Panetta and General Phung Quang Thanh held talks on search and rescue.",
])
def test_a_short_sentence_opening_on_a_day_sets_the_scene_for_the_meeting_after_it(scene):
    assert events(_SCENE_HEAD + scene + "\n") == [("USA", "talks", "2012-06-05")]


@pytest.mark.parametrize("scene", [
    # a day counted from a happening is no scene's
    "Nine days later the ship left port. Mr Panetta and General Phung Quang Thanh held talks on search and rescue.",
    # a long sentence tells its own story
    "On Tuesday the two delegations signed a memorandum on search and rescue, attended a dinner in the old quarter, "
    "and toured a museum. Mr Panetta and General Phung Quang Thanh held talks on search and rescue.",
])
def test_guard_a_counted_day_or_a_long_sentence_sets_no_scene(scene):
    assert not [e for e in events(_SCENE_HEAD + scene + "\n") if e[1] == "talks"]


@pytest.mark.parametrize(("head", "sentence", "day"), [
    ("HANOI, Aug 17, 2010\n\n", "The dialogue comes as Vietnam and the United States mark the 15th anniversary of "
     "the establishment of diplomatic relations (July 1995 – July 2010).", "1995-07"),
    ("HANOI, Aug 17, 2010\n\n", "The visit takes place as Vietnam and the US mark the 15th anniversary of diplomatic "
     "relations (12 July 1995 - 12 July 2010).", "1995-07-12"),
    ("NEW DELHI, Jan 10, 2022\n\n", "Vietnam and India this month mark 50 years of diplomatic relations (January "
     "1972 – January 2022).", "1972-01"),
    ("NEW DELHI, Jan 10, 2022\n\n", "Vietnam and India celebrate the golden anniversary of their diplomatic ties "
     "(7 January 1972 to 7 January 2022).", "1972-01-07"),
])
def test_an_anniversarys_bracketed_span_dates_the_happening_by_its_start_only(head, sentence, day):
    assert [e[2] for e in events(head + sentence + "\n") if e[1] == "partnership_upgrade"] == [day]


def test_guard_a_bracketed_span_with_no_anniversary_keeps_both_dates():
    text = "HANOI, Aug 17, 2010\n\nVietnam and the United States held talks twice (July 1995 – July 2010).\n"
    assert [e[2] for e in events(text)] == ["1995-07", "2010-07"]


@pytest.mark.parametrize("stamp", [
    "Published in print: 2007-07-07 (Saturday), page 23 | sinchew-i.com",
    "Print edition: 2007-07-07 (Saturday), page 7 | Dainik Statesman | epaper",
    "(Editor: Nguyen Van An) Published: 2007-07-07 (Saturday), page 3 | nhandan.vn",
])
def test_a_print_stamp_with_its_page_and_a_credit_dates_the_page(stamp):
    text = "HEAD\n\nDung and Singh held talks in New Delhi today.\n\n" + stamp + "\n"
    assert published(text) == ("2007-07-07", "stated")


@pytest.mark.parametrize("dateline", [
    "(New Delhi, 6th — combined wire reports) ",
    "New Delhi, 6th: ",
    "Beijing, 6th (Xinhua) -- ",
])
def test_a_dateline_with_an_ordinal_day_is_the_day_today_counts_from(dateline):
    text = ("SIN CHEW DAILY\n\nHanoi lifts ties with India\n\n" + dateline + "Prime Minister Nguyen Tan Dung and "
            "Prime Minister Manmohan Singh held talks in New Delhi today.\n\nPublished in print: July 7, 2007\n")
    assert events(text) == [("IND", "summit", "2007-07-06")]


def test_guard_an_ordinal_that_is_no_day_of_the_days_before_the_page_dates_nothing():
    text = ("SIN CHEW DAILY\n\nHanoi lifts ties with India\n\nNew Delhi, 26th: Prime Minister Nguyen Tan Dung and "
            "Prime Minister Manmohan Singh held talks in New Delhi today.\n\nPublished in print: July 7, 2007\n")
    assert events(text) == [("IND", "summit", "2007-07-07")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On 3 June, the day before the talks in Ha Noi, Mr. Panetta visited Cam Ranh Bay.",
     [("USA", "visit", "2012-06-03")]),
    ("Leon Panetta visited Cam Ranh Bay on 3 June, the day before the talks in Ha Noi.",
     [("USA", "visit", "2012-06-03")]),
    ("On June 5, the day after his talks in Hanoi, Leon Panetta visited Cam Ranh Bay.",
     [("USA", "visit", "2012-06-05")]),
    ("On 4 June, the day after the visit to Cam Ranh Bay, Leon Panetta held talks with General Phung Quang Thanh.",
     [("USA", "talks", "2012-06-04")]),
])
def test_a_day_step_in_apposition_places_the_day_told_not_a_day_on_from_it(sentence, expected):
    text = "QUANG NGAI RTV\n\n21/09/2012\n\nLeon Panetta arrived in Vietnam this summer.\n\n" + sentence + "\n"
    found = events(text)
    assert all(e in found for e in expected)


def test_guard_a_day_step_opening_its_sentence_counts_from_the_day_told():
    text = ("QUANG NGAI RTV\n\n21/09/2012\n\nLeon Panetta held talks with General Phung Quang Thanh on 4 June. The day "
            "before, he visited Cam Ranh Bay.\n")
    assert ("USA", "visit", "2012-06-03") in events(text)


@pytest.mark.parametrize("sentence", [
    "The credit was announced in Hanoi on Saturday after Mr Modi held talks with his Vietnamese counterpart Nguyen "
    "Xuan Phuc on the first visit by an Indian prime minister in 15 years.",
    "The deal came on Saturday after Mr Modi held talks with Vietnamese Prime Minister Nguyen Xuan Phuc on the first "
    "trip by an Indian leader in 15 years.",
    "It was agreed on Saturday after Mr Modi had talks with his host, Prime Minister Nguyen Xuan Phuc, on the first "
    "visit to Hanoi by an Indian premier.",
])
def test_the_one_met_with_is_the_meetings_not_the_next_visits(sentence):
    text = "AFP\n\nSeptember 5, 2016\n\nIndia offered Vietnam a credit line.\n\n" + sentence + "\n"
    meetings = [set(e.participants) for e in merge(list(article(text).events)) if e.type in ("talks", "summit")]
    assert meetings == [{"narendra-modi", "nguyen-xuan-phuc"}]


@pytest.mark.parametrize(("text", "year"), [
    ("Admiral R. Hari Kumar handed over the corvette to Rear Admiral Pham Manh Hung on Saturday morning, 22 July, at "
     "Cam Ranh.", "2023"),
    ("General Phan Van Giang received Defence Minister Rajnath Singh on Wednesday afternoon, 8 June, in Hanoi.",
     "2022"),
    ("Secretary Lloyd Austin held talks with General Phan Van Giang on Thursday evening (29 July) in Hanoi.", "2021"),
])
def test_a_weekday_with_its_part_of_the_day_picks_the_officials_year(text, year):
    assert published("INDIA-VIETNAM TIES\n\n" + text + "\n")[0].startswith(year)


@pytest.mark.parametrize("sentence", [
    "Defence Minister Rajnath Singh on Thursday handed over 12 high-speed guard boats to Vietnam, a project financed "
    "under a defence line of credit that New Delhi extended to Hanoi in 2014.",
    "Rajnath Singh on Thursday gifted a simulator to the Vietnamese air force academy, a system developed with a firm "
    "that India set up in 2015.",
    "Rajnath Singh on Thursday handed over a corvette to the Vietnamese navy, a warship commissioned into India's fleet "
    "in 1991.",
])
def test_a_thing_set_off_after_the_happening_keeps_its_own_past(sentence):
    assert events("northeast live\n\nUpdated: 10 Jun 2022\n\n" + sentence + "\n") == [("IND", "ceremony", "2022-06-09")]


_SUNDAY_TALKS = ("WHRO\nPublished November 3, 2025\n\nSecretary of War Pete Hegseth wrapped up a two-day visit to "
                 "Vietnam on Monday.\n\nHegseth held talks Sunday at Vietnam's Ministry of National Defense with his "
                 "counterpart, Gen. Phan Van Giang, after a welcome ceremony in Hanoi. ")


@pytest.mark.parametrize("sentence", [
    "The same day he met Communist Party General Secretary To Lam and State President Luong Cuong.",
    "The same day Hegseth met State President Luong Cuong at the Presidential Palace.",
    "The same day the secretary met State President Luong Cuong.",
])
def test_a_meeting_told_the_same_day_is_its_own_not_the_talks_told_again(sentence):
    talks = [e for e in merge(list(article(_SUNDAY_TALKS + sentence + "\n").events)) if e.type == "talks"]
    assert [(e.date.iso_start(), e.level) for e in talks] == [("2025-11-02", "ministerial"), ("2025-11-02", "summit")]
    assert "luong-cuong" not in talks[0].participants


@pytest.mark.parametrize("sentence", [
    "The day after the talks, he flew to Ho Chi Minh City.",
    "The same day as the talks, the two deputy ministers signed a letter of intent.",
])
def test_guard_a_meeting_named_to_date_another_is_the_one_told_before(sentence):
    talks = [e for e in merge(list(article(_SUNDAY_TALKS + sentence + "\n").events)) if e.type == "talks"]
    assert len(talks) == 1


@pytest.mark.parametrize(("sentence", "past"), [
    ("At the end of Sunday's talks, Hegseth handed Giang a knife, a belt and a leather box taken by American troops "
     "from a bunker near Da Nang in 1968.", "1968"),
    ("After Sunday's talks, Hegseth handed Giang a diary seized by a Marine in 1966.", "1966"),
    ("Following Sunday's formal talks, Hegseth presented Giang with dog tags lost by a pilot in 1967.", "1967"),
])
def test_a_date_with_its_possessive_names_the_happening_after_it(sentence, past):
    text = ("WHRO\nPublished November 3, 2025\n\nSecretary of War Pete Hegseth wrapped up a two-day visit to Vietnam on "
            "Monday.\n\nHegseth held talks Sunday at Vietnam's Ministry of National Defense with his counterpart, Gen. "
            "Phan Van Giang. " + sentence + "\n")
    talks = {e[2] for e in events(text) if e[1] == "talks"}
    assert talks == {"2025-11-02"}


@pytest.mark.parametrize(("sentence", "day"), [
    ("During the visit to New Delhi of Defence Minister Phan Van Giang on 19-6 this year, the two ministers agreed on "
     "the gift of a corvette.", "2023-06-19"),
    ("During the visit to Ha Noi of Defence Minister Rajnath Singh on 8-6 last year, the two ministers signed a vision "
     "statement.", "2022-06-08"),
    ("At the visit to Da Nang of Admiral R. Hari Kumar on 22-7, the two navies agreed on more training.", "2023-07-22"),
])
def test_the_visit_to_a_place_of_someone_is_their_visit_not_one_told_before(sentence, day):
    text = ("BAO MOI\n\nPosted: 25/07/2023\n\nThe visit by the corvette takes place within the partnership with India. "
            + sentence + "\n")
    assert events(text) == [("IND", "visit", day)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On 4-6, Defense Secretary Ashton Carter held talks in Ha Noi with General Phung Quang Thanh, Minister of "
     "National Defence of Viet Nam.", ("USA", "talks", "2018-06-04")),
    ("The delegation of Viet Nam arrived in Washington on 9-10 and held talks in the capital with Ha Noi's partners, "
     "the US Department of Defense, led by James Mattis.", ("USA", "visit", "2018-10-09")),
    ("General Ngo Xuan Lich received Defense Secretary James Mattis in Ha Noi on 7-8, the Ministry of National Defence "
     "of Viet Nam said.", ("USA", "talks", "2018-08-07")),
])
def test_a_page_that_spells_viet_nam_and_ha_noi_writes_the_day_first(sentence, expected):
    assert expected in events("DA NANG PORTAL\n\nPosted: 11/10/2018\n\n" + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "The strike group, commanded by Rear Adm. John Fuller, was scheduled to leave Friday after a four-day port call.",
    "The frigate, led by Capt. Arun Rao, was scheduled to sail Friday after a four-day port call.",
    "The strike group was scheduled to depart Friday after a five-day visit to the city.",
])
def test_guard_a_stay_a_plan_ends_is_no_meeting_the_plan_follows(sentence):
    text = ("DURANGO HERALD\n\nMarch 7, 2018\n\nThe aircraft carrier USS Carl Vinson arrived in Da Nang on Monday, the "
            "first visit by a U.S. aircraft carrier to Vietnam since the war.\n\n" + sentence + "\n")
    assert events(text) == [("USA", "visit", "2018-03-05")]


@pytest.mark.parametrize("sentence", [
    "In early June, during the visit to Vietnam of US Secretary of Defense Leon Panetta, General Phung Quang Thanh "
    "returned letters of a US soldier killed in 1969.",
    "Last June, during the visit to Vietnam of Defense Secretary Leon Panetta, General Phung Quang Thanh handed him a "
    "diary seized in 1966.",
    "In June, during the visit of Secretary Leon Panetta, Vietnam returned letters of a soldier killed in 1969.",
])
def test_a_happening_in_an_opening_frame_takes_no_date_of_the_main_clause(sentence):
    assert events("CUU CHIEN BINH\n\nPosted: 20/09/2012\n\n" + sentence + "\n") == [("USA", "visit", "2012-06")]
