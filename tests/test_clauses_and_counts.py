"""Round 12: what a clause's verb does to a happening told inside it, and months counted from another.

Every phrasing here is written for the test; none is taken from an article of the corpus or its batches.
"""

from __future__ import annotations

import pytest
from conftest import article, events, published

from ties_lib.actors import NEW_NAME
from ties_lib.anchoring import edition_in_lead
from ties_lib.dates import find_dates
from ties_lib.events import find_triggers, merge
from ties_lib.text import split_sentences


@pytest.mark.parametrize(("text", "want"), [
    ("NEW DELHI, Aug 1, 2024 - India and Vietnam on Thursday agreed to expand defence ties after talks between "
     "Prime Minister Narendra Modi and Vietnamese Prime Minister Pham Minh Chinh.",
     ("IND", "summit", "2024-08-01")),
    ("HANOI, June 9, 2022 - Vietnam pledged to buy more boats following Wednesday's talks between Rajnath Singh "
     "and General Phan Van Giang.",
     ("IND", "talks", "2022-06-08")),
    ("HANOI, June 9, 2022 - Vietnam invited Rajnath Singh to return next year, during talks with General Phan "
     "Van Giang on Wednesday.",
     ("IND", "talks", "2022-06-08")),
])
def test_what_frames_an_agreed_plan_had_happened(text, want):
    """ "agreed to expand ties after talks between ...": the plan is the expanding; the talks were held."""
    assert want in events(text)


@pytest.mark.parametrize("text", [
    "HANOI, June 9, 2022 - General Phan Van Giang agreed to visit India after the exercise next year.",
    "HANOI, June 9, 2022 - Rajnath Singh agreed to hold talks with General Phan Van Giang next year.",
    "HANOI, June 9, 2022 - Rajnath Singh pledged to return for talks with General Phan Van Giang in 2023.",
])
def test_an_agreed_plan_is_still_a_plan(text):
    """A guard: the plan itself, not framed by "after" or "during", stays no event."""
    assert events(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("HANOI, June 10, 2022 - Indian Defence Minister Rajnath Singh handed over 12 boats on Thursday. On "
     "Wednesday, he and his Vietnamese counterpart, General Phan Van Giang, signed a Joint Vision Statement.",
     ("IND", "talks", "2022-06-08")),
    ("HANOI, June 10, 2022 - Indian Defence Minister Rajnath Singh toured a shipyard on Thursday. On Wednesday "
     "he and Vietnam's defence minister, Gen. Phan Van Giang, signed a memorandum on logistics.",
     ("IND", "talks", "2022-06-08")),
    ("WASHINGTON, Sept. 12, 2024 - Defense Secretary Lloyd Austin spoke at a forum on Wednesday. On Monday "
     "he and his guest, General Phan Van Giang, signed an updated joint vision statement.",
     ("USA", "talks", "2024-09-09")),
])
def test_he_and_a_counterpart_in_apposition_signing_have_met(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("WASHINGTON, Jan. 20, 2018 - Defense Secretary Jim Mattis, who had hosted Defense Minister Ngo Xuan Lich "
     "at the Pentagon the previous August, arrived in Hanoi on Tuesday.", ("USA", "talks", "2017-08")),
    ("General Ngo Xuan Lich met Defense Secretary Jim Mattis in Hanoi in March 2018. Lich had visited the "
     "Pentagon the preceding August.", ("USA", "visit", "2017-08")),
    ("Defense Secretary Jim Mattis visited Hanoi in January 2018. He returned the following October, touring "
     "Bien Hoa air base with General Ngo Xuan Lich.", ("USA", "visit", "2018-10")),
])
def test_the_previous_or_following_month_counts_from_the_month_just_told(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("HANOI, Sept. 11, 2023 - President Joe Biden and General Secretary Nguyen Phu Trong announced on Sunday "
     "that relations had been raised to a comprehensive strategic partnership.",
     ("USA", "partnership_upgrade", "2023-09-10")),
    ("WASHINGTON, July 26, 2013 - President Barack Obama and President Truong Tan Sang announced Thursday that "
     "the two countries had launched a comprehensive partnership.",
     ("USA", "partnership_upgrade", "2013-07-25")),
    ("NEW DELHI, Sept. 4, 2016 - Prime Minister Narendra Modi and Prime Minister Nguyen Xuan Phuc announced on "
     "Saturday that ties had been elevated to a Comprehensive Strategic Partnership.",
     ("IND", "partnership_upgrade", "2016-09-03")),
])
def test_an_upgrade_is_made_on_the_day_it_is_announced(text, want):
    assert want in events(text)


def test_a_statement_about_an_older_upgrade_does_not_date_it():
    """A guard: "said on Sunday" is when it was said; an upgrade it reports keeps its own year."""
    text = ("HANOI, Sept. 11, 2016 - President Tran Dai Quang said on Sunday that ties with India were raised to "
            "a strategic partnership in 2007.")
    assert ("IND", "partnership_upgrade", "2016-09-11") not in events(text)
    assert ("IND", "partnership_upgrade", "2016-09-10") not in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("HAI PHONG, June 9, 2022 - Defence Minister Rajnath Singh handed over 12 guard boats to Vietnam on Thursday. "
     "The ceremony came a day after Singh held talks in Hanoi with his Vietnamese counterpart General Phan Van "
     "Giang.", ("IND", "talks", "2022-06-08")),
    ("HAI PHONG, June 9, 2022 - Defence Minister Rajnath Singh handed over 12 guard boats to Vietnam on Thursday, "
     "a day after he held talks in Hanoi with General Phan Van Giang.", ("IND", "talks", "2022-06-08")),
    ("DA NANG, March 8, 2018 - The USS Carl Vinson arrived in Da Nang on Wednesday. It came two days after "
     "Defense Secretary Jim Mattis met General Ngo Xuan Lich in Hanoi.", ("USA", "talks", "2018-03-05")),
    ("NEW DELHI, Nov 22, 2019 - General Ngo Xuan Lich arrived in New Delhi on Friday, three days before he held "
     "talks with Defence Minister Rajnath Singh.", ("IND", "talks", "2019-11-25")),
])
def test_a_happening_counted_in_days_from_another_is_dated_from_it(text, want):
    assert want in events(text)


def test_a_counted_happening_with_a_date_of_its_own_keeps_it():
    """A guard: "two days before he handed over the boats ... on June 10" is dated by its own date."""
    text = ("HANOI, June 11, 2022 - Defence Minister Rajnath Singh arrived in Hanoi on June 7, two days before he "
            "handed over the boats to General Phan Van Giang in Hai Phong on June 10.")
    assert ("IND", "ceremony", "2022-06-10") in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Background\n\nSince the United States and Vietnam normalized diplomatic relations in July 1995, trade has "
     "grown.", ("USA", "partnership_upgrade", "1995-07")),
    ("After the US and Vietnam normalised relations in July 1995, trade grew.",
     ("USA", "partnership_upgrade", "1995-07")),
    ("Since the United States and Vietnam normalized relations in July 1995, trade has grown.",
     ("USA", "partnership_upgrade", "1995-07")),
    ("After the United States and Vietnam normalized diplomatic relations in July 1995, the first attache "
     "arrived.", ("USA", "partnership_upgrade", "1995-07")),
])
def test_two_named_sides_after_since_the_are_a_clause_of_its_own(text, want):
    """ "Since the United States and Vietnam normalized ...": not "since the normalisation" named again."""
    assert want in events(text)


def test_a_happening_named_again_after_during_the_stays_named_again():
    """A guard: "After the talks, ..." names the talks told before; no second meeting is coded."""
    text = ("HANOI, May 9, 2019 - Defence Minister Rajnath Singh met General Ngo Xuan Lich in Hanoi on Wednesday. "
            "After the talks, the two ministers toured a museum.")
    assert [e for e in events(text) if e[1] == "talks"] == [("IND", "talks", "2019-05-08")]


@pytest.mark.parametrize(("text", "want"), [
    ("Ambassador Sandeep Arya called on General Phan Van Giang in Hanoi on 15.07.2024.", [(2024, 7, 15)]),
    ("The memorandum dated 23.11.2025 was signed; the talks of 3.11.2025 prepared it.",
     [(2025, 11, 23), (2025, 11, 3)]),
    ("Posted 10.17.2016. The ships moored on 10.04.2016.", [(2016, 10, 17), (2016, 10, 4)]),
])
def test_a_date_in_figures_with_dots_is_read_in_the_order_the_text_shows(text, want):
    assert [(e.year, e.month, e.day) for e in find_dates(text) if e.kind == "date"] == want


def test_dotted_figures_that_nothing_orders_are_not_read():
    """A guard: "Date: 10.04.2016" could be 10 April or 4 October (DVIDS writes month first)."""
    assert find_dates("Date: 10.04.2016 Posted: 10.05.2016") == []


@pytest.mark.parametrize(("text", "want"), [
    ("WASHINGTON, July 11, 2025 - Thirty years ago today, Bill Clinton announced the normalization of relations "
     "with Vietnam.", ("USA", "partnership_upgrade", "1995-07-11")),
    ("HANOI, Sept. 3, 2026 - Ten years ago today, Prime Minister Narendra Modi and Nguyen Xuan Phuc raised ties "
     "to a Comprehensive Strategic Partnership.", ("IND", "partnership_upgrade", "2016-09-03")),
    ("WASHINGTON, July 20, 2020 - Twenty-five years ago this month, the United States and Vietnam normalized "
     "relations.", ("USA", "partnership_upgrade", "1995-07")),
])
def test_years_ago_today_counts_back_from_the_article_s_day(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "gone"), [
    ("MANILA, July 30, 2021 - US Defense Secretary Lloyd Austin arrived in Manila on Thursday evening, hours "
     "after talks in Hanoi with General Phan Van Giang.", ("USA", "visit", "2021-07-29")),
    ("HANOI, June 2, 2015 - Defense Secretary Ashton Carter, who met General Phung Quang Thanh on Monday, "
     "travelled to Tokyo on Tuesday.", ("USA", "visit", "2015-06-02")),
    ("HANOI, Oct 20, 2018 - Defense Secretary Jim Mattis met General Ngo Xuan Lich on Wednesday and flew to the "
     "Thai capital Bangkok on Thursday.", ("USA", "visit", "2018-10-18")),
])
def test_a_visit_to_a_third_country_s_city_is_not_the_dyad_s(text, gone):
    assert gone not in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("NEW DELHI, Nov 2, 2025 - Defence Minister Rajnath Singh travelled to Kuala Lumpur on Saturday, where he "
     "met General Phan Van Giang.", ("IND", "talks", "2025-11-01")),
    ("HANOI, Nov 5, 2019 - Defense Secretary Mark Esper arrived in Bangkok on Saturday for the ADMM-Plus, where "
     "he held talks with General Ngo Xuan Lich.", ("USA", "talks", "2019-11-02")),
    ("HANOI, June 5, 2022 - Defence Minister Rajnath Singh flew to Singapore on Friday, where he met General "
     "Phan Van Giang on the sidelines of the Shangri-La Dialogue.", ("IND", "talks", "2022-06-03")),
])
def test_a_meeting_where_a_third_country_visit_went_has_its_day(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("HANOI, Sept. 11, 2023 - The upgrade was announced on Sunday after President Joe Biden held talks with "
     "Nguyen Phu Trong at the party's headquarters.", ("USA", "summit", "2023-09-10")),
    ("NEW DELHI, Aug 2, 2024 - The credit line was announced on Thursday, after Prime Minister Narendra Modi held "
     "talks with Prime Minister Pham Minh Chinh.", ("IND", "summit", "2024-08-01")),
    ("HANOI, June 20, 2023 - The gift of a corvette was announced on Monday following talks between Defence "
     "Minister Rajnath Singh and General Phan Van Giang.", ("IND", "talks", "2023-06-19")),
])
def test_what_an_announcement_followed_happened_that_day(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("FORCE\n\nA Corvette for Cam Ranh\n\nBy Ritika Menon\n\nFORCE, August 2023\n\nIndia gifted the corvette INS "
     "Kirpan to Vietnam at Cam Ranh on Saturday.", ("2023-08", "stated")),
    ("SEAPOWER\n\nA carrier returns to Da Nang\n\nVol. 12, No. 3, March 2019\n\nThe USS Carl Vinson came back to "
     "Da Nang.", ("2019-03", "stated")),
    ("NAVAL REVIEW\n\nIndia and Vietnam hold a first exercise\n\nIssue: 2 | 2018\n\nThe two navies exercised off "
     "Da Nang in May.", ("2018", "stated")),
])
def test_a_magazine_s_issue_line_dates_its_page(text, want):
    assert published(text) == want


def test_a_headline_with_a_month_is_no_issue_line():
    """A guard: "Looking back at March 2018" is a headline, not the issue the page is of."""
    text = ("Looking back at March 2018\n\nThe USS Carl Vinson called at Da Nang in March 2018, and the USS Theodore "
            "Roosevelt followed in March 2020.")
    assert published(text)[1] != "stated"


@pytest.mark.parametrize(("text", "gone"), [
    ("NEW DELHI, Dec 4, 2023 - A defence protocol was signed by India and Vietnam in 1994, and the relationship was "
     "raised to a Comprehensive Strategic Partnership when Prime Minister Narendra Modi visited Hanoi in September "
     "2016.", ("IND", "partnership_upgrade", "1994")),
    # (relations set up are themselves an upgrade of the codebook: the clause before is another happening here)
    ("NEW DELHI, Dec 4, 2023 - India and Vietnam signed a trade agreement in 1978, and the relationship was raised "
     "to a strategic partnership during a visit by Prime Minister Nguyen Tan Dung.",
     ("IND", "partnership_upgrade", "1978")),
    ("HANOI, Sept 9, 2023 - Vietnam and the United States signed a trade pact in 2000, and the relationship was "
     "upgraded to a comprehensive partnership under President Barack Obama.",
     ("USA", "partnership_upgrade", "2000")),
])
def test_a_date_at_the_end_of_one_main_clause_does_not_date_the_next(text, gone):
    assert gone not in events(text)


def test_a_date_that_opens_the_sentence_dates_both_its_clauses():
    """A guard: "On Thursday he was welcomed ..., and the two ministers held talks": one day for both."""
    text = ("HANOI, July 30, 2021 - On Thursday morning Defense Secretary Lloyd Austin was welcomed at the ministry by "
            "General Phan Van Giang, and the two ministers held talks for an hour.")
    assert ("USA", "talks", "2021-07-29") in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("HANOI, Sept. 11, 2023 - President Joe Biden and General Secretary Nguyen Phu Trong announced the upgrade on "
     "Sunday. The groundwork was laid in March, when the two leaders spoke by phone.", ("USA", "summit", "2023-03")),
    ("HANOI, Sept. 11, 2023 - President Joe Biden and General Secretary Nguyen Phu Trong announced the upgrade on "
     "Sunday. The two men had laid the groundwork in a phone call in March.", ("USA", "summit", "2023-03")),
    ("NEW DELHI, Aug 2, 2024 - Prime Minister Narendra Modi held talks with Prime Minister Pham Minh Chinh on Thursday. "
     "The ground was laid in a phone call between the two leaders in December 2023.",
     ("IND", "summit", "2023-12")),
])
def test_the_two_leaders_are_the_heads_named_before(text, want):
    assert want in events(text)


def test_the_two_men_who_are_ministers_hold_talks():
    """A guard: "the two men" stands for two ministers here; their call is talks, not a summit."""
    text = ("HANOI, Sept. 11, 2024 - Defense Secretary Lloyd Austin hosted General Phan Van Giang on Monday. The "
            "groundwork was laid in March, when the two men spoke by phone.")
    assert ("USA", "talks", "2024-03") in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("WASHINGTON, Sept 10, 2023 - The partnership dates to July 2013, when Barack Obama received President Truong "
     "Tan Sang at the White House.", ("USA", "summit", "2013-07")),
    ("HANOI, Sept 10, 2023 - In November 2000, Bill Clinton held talks with Tran Duc Luong in Hanoi.",
     ("USA", "summit", "2000-11")),
    ("NEW DELHI, Aug 2, 2024 - Back in September 2016, Narendra Modi met Nguyen Xuan Phuc in Hanoi.",
     ("IND", "summit", "2016-09")),
])
def test_the_offices_are_those_held_when_it_happened(text, want):
    """Presidents and prime ministers then, whatever they are on the article's day: their meeting is a summit."""
    assert want in events(text)


def test_a_leader_out_of_office_then_holds_no_summit():
    """A guard: in 2010 Bill Clinton was no longer president; meeting the prime minister was talks."""
    text = "HANOI, May 2, 2010 - Bill Clinton met Prime Minister Nguyen Tan Dung in Hanoi on Saturday."
    assert ("USA", "talks", "2010-05-01") in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("HANOI, Sept. 11, 2023 - The upgrade was announced on Sunday evening after US President Joe Biden held talks "
     "with General Secretary Nguyen Phu Trong.", ("USA", "summit", "2023-09-10")),
    ("NEW DELHI, June 21, 2023 - The gift was announced on Monday afternoon, following talks between Defence "
     "Minister Rajnath Singh and General Phan Van Giang.", ("IND", "talks", "2023-06-19")),
    ("HANOI, Nov 4, 2025 - The deal was announced on Sunday night after Defense Secretary Pete Hegseth met "
     "General Phan Van Giang.", ("USA", "talks", "2025-11-02")),
])
def test_what_an_announcement_that_evening_followed_happened_that_day(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "want", "gone"), [
    ("CAM RANH, July 22, 2023 - INS Kirpan, a Khukri-class missile corvette that was commissioned into the Indian "
     "Navy on January 12, 1991, was handed over to the Vietnam People's Navy by Admiral R. Hari Kumar.",
     ("IND", "ceremony", "2023-07-22"), ("IND", "ceremony", "1991-01-12")),
    ("HONOLULU, May 25, 2017 - The Morgenthau, a cutter that was commissioned in 1969, was handed over by "
     "Ambassador Ted Osius to Vietnam's coast guard commander, Major General Nguyen Quang Dam.", ("USA", "ceremony", "2017-05-25"), ("USA", "ceremony", "1969")),
    ("HAI PHONG, June 9, 2022 - The boats, a class that had been ordered in September 2016, were handed over by "
     "Defence Minister Rajnath Singh to Vietnam.", ("IND", "ceremony", "2022-06-09"), ("IND", "ceremony", "2016-09")),
])
def test_a_date_inside_an_appositive_that_clause_is_the_clause_s(text, want, gone):
    got = events(text)
    assert want in got and gone not in got


@pytest.mark.parametrize(("text", "want"), [
    ("WASHINGTON, July 1, 2020 - On July 11, the United States and Vietnam will mark a quarter century since "
     "President Bill Clinton announced the normalization of relations.", ("USA", "partnership_upgrade", "1995")),
    ("KOLKATA, Jan 5, 2023 - India and Vietnam will soon mark half a century since they established diplomatic "
     "relations.", ("IND", "partnership_upgrade", "1973")),
    ("HANOI, Dec 1, 2024 - Officials hoped the momentum would carry into 2025, which marks 30 years since "
     "diplomatic relations with the United States were normalized.", ("USA", "partnership_upgrade", "1995")),
])
def test_what_a_coming_anniversary_counts_from_happened(text, want):
    """ "will mark a quarter century since ...": the anniversary is to come, what it counts from is past."""
    assert want in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("WASHINGTON, Oct 1, 2024 - In August, Vietnam hosted a Pacific Angel exercise with US airmen. The following "
     "month, Gen. Phan Van Giang made his first official visit to the United States.", ("USA", "visit", "2024-09")),
    ("NEW DELHI, Jan 2, 2020 - The first VINBAX exercise was held in 2018. The next year Indian soldiers exercised "
     "with Vietnamese troops in Hanoi.", ("IND", "exercise", "2019")),
    ("HANOI, Sept 9, 2016 - In June 2016 Manohar Parrikar visited Hanoi. The previous month, General Ngo Xuan Lich "
     "met Parrikar in Delhi.", ("IND", "talks", "2016-05")),
])
def test_the_following_month_or_year_counts_from_the_date_just_told(text, want):
    assert want in events(text)


@pytest.mark.parametrize("text", [
    "NEW DELHI, June 8, 2022 - Defence Minister Rajnath Singh held talks with General Phan Van Giang on Wednesday. "
    "He was to travel to Nha Trang on Friday.",
    "HANOI, May 2, 2019 - General Ngo Xuan Lich was to visit New Delhi in April, but the trip was put off.",
    "WASHINGTON, May 2, 2019 - The USS Blue Ridge and the USS Fitzgerald were to call at Da Nang last week.",
])
def test_what_was_to_happen_is_a_plan(text):
    assert not [e for e in events(text) if e[1] == "visit"]


@pytest.mark.parametrize(("text", "n"), [
    ("Vietnam hosted a Pacific Angel event.3 The following month, Giang visited.", 2),
    ("He met Modi in Hanoi (in 2016).12 Then he left for Delhi.", 2),
    ("The ships called at Cam Ranh.27 A week later they sailed.", 2),
])
def test_a_footnote_number_ends_a_sentence(text, n):
    assert len(split_sentences("t", text)) == n


def test_a_decimal_is_no_footnote():
    """A guard: "$2.5 Billion" is one sentence."""
    assert len(split_sentences("t", "It cost $2.5 Billion in all.")) == 1


@pytest.mark.parametrize("text", [
    'WASHINGTON, Sept 12, 2023 - The White House, "Joint Leaders Statement: Elevating United States-Vietnam '
    'Relations to a Comprehensive Strategic Partnership," 11 September 2023.',
    'NEW DELHI, Aug 2, 2024 - The ministry published "India-Vietnam Joint Statement on Visit of Prime Minister Pham '
    'Minh Chinh" on Thursday.',
    'WASHINGTON, Sept 12, 2024 - See "Austin Hosts Vietnam Defense Minister at the Pentagon," DoD News, 9 September '
    '2024.',
])
def test_a_quoted_title_tells_no_happening(text):
    assert events(text) == []


def test_a_quoted_sentence_still_tells_its_happening():
    """A guard: a quoted sentence, full of names but with its verb in lower case, is no title."""
    text = ('HANOI, June 9, 2022 - "Defence Minister Rajnath Singh held talks with General Phan Van Giang in Hanoi on '
            'Wednesday," the statement said.')
    assert ("IND", "talks", "2022-06-08") in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("The two countries set up a Strategic Partnership in July 2007, on the occasion of the official visit to India "
     "by Prime Minister Nguyen Tan Dung.", ("IND", "visit", "2007-07")),
    ("Relations were raised to a Comprehensive Strategic Partnership in September 2016, on the occasion of the state "
     "visit to Vietnam by Prime Minister Narendra Modi.", ("IND", "visit", "2016-09")),
    ("Vietnam and the United States launched a comprehensive partnership in July 2013, on the occasion of the state "
     "visit to Washington by President Truong Tan Sang.", ("USA", "visit", "2013-07")),
])
def test_the_visit_an_upgrade_was_the_occasion_of_shares_its_date(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "want", "gone"), [
    ("HANOI, June 5, 2015 - On 25/5/2015, in New Delhi, General Phung Quang Thanh and Defence Minister Manohar "
     "Parrikar signed the Joint Vision Statement; on that occasion, a memorandum between the coast guards was also "
     "signed.", ("IND", "talks", "2015-05-25"), None),
    ("HANOI, 2019 - The framework rests on the memorandum signed by the two Ministries of Defence in November 2009, "
     "and on the Joint Vision Statement, signed in New Delhi on 25 May 2015 by General Phung Quang Thanh and Mr. "
     "Manohar Parrikar.", ("IND", "talks", "2015-05-25"), ("IND", "talks", "2009-11")),
    ("WASHINGTON, 2025 - A memorandum was signed by the two coast guards in 2017, and the updated vision statement "
     "was signed at the Pentagon on September 9, 2024 by Lloyd Austin and General Phan Van Giang.",
     ("USA", "talks", "2024-09-09"), ("USA", "talks", "2017")),
])
def test_each_of_two_signings_has_the_people_named_beside_it(text, want, gone):
    got = events(text)
    assert want in got and gone not in got


@pytest.mark.parametrize("text", [
    "NEW DELHI, June 13, 2022 - Defence Minister Rajnath Singh's three-day visit to Vietnam, which ended on Friday, "
    "produced more than goodwill.",
    "HANOI, June 11, 2022 - Defence Minister Rajnath Singh's three-day official visit to Vietnam ended on Friday.",
    "HANOI, June 11, 2022 - The three-day visit by Defence Minister Rajnath Singh, which concluded on Friday, was "
    "his second to Vietnam.",
])
def test_a_visit_of_n_days_that_ended_on_a_day_began_n_minus_one_days_before(text):
    assert ("IND", "visit", "2022-06-08") in events(text)


def test_a_visit_that_ended_on_a_day_with_no_length_has_no_start_from_it():
    """A guard: "his visit ended on Friday" says when it ended, not when it began."""
    assert ("IND", "visit", "2022-06-10") not in events(
        "HANOI, June 11, 2022 - Defence Minister Rajnath Singh's visit to Vietnam ended on Friday.")


@pytest.mark.parametrize(("text", "want"), [
    ("VINBAX-2022 ends at Chandimandir\n\nTribune News Service\n\nChandigarh, August 18\n\nThe exercise VINBAX-2022 "
     "concluded at Chandimandir today. Ties were raised to a comprehensive strategic partnership in 2016.",
     "2022-08-18"),
    ("Navies close Malabar\n\nOur Correspondent\n\nVisakhapatnam, November 21\n\nThe drill PASSEX-2023 with the "
     "Vietnamese navy ended today. The two navies first exercised together in 2018.", "2023-11-21"),
    ("Guard boats handed over\n\nNew Delhi, June 9\n\nThe ceremony for the Vietnam Border Guard, part of Project "
     "Sagar-2022, was held today. The credit line dates from 2016.", "2022-06-09"),
])
def test_a_dateline_on_its_own_line_takes_the_year_of_the_edition_its_lead_reports(text, want):
    assert published(text)[0] == want


@pytest.mark.parametrize(("lead", "want"), [
    ("The exercise VINBAX-2022 concluded today.", 2022),
    ("Relations were normalised in July 1995, and the drill PASSEX-2023 ended today.", 2023),
    ("Relations were normalised in July 1995.", None),
])
def test_an_edition_in_the_lead_is_a_name_with_its_year_not_a_month(lead, want):
    got = edition_in_lead(lead)
    assert (got[0] if got else None) == want


@pytest.mark.parametrize(("text", "want"), [
    ("HANOI, 2023 - India and Vietnam signed a protocol in 1994; a strategic partnership followed in 2007.",
     ("IND", "partnership_upgrade", "2007")),
    ("WASHINGTON, 2023 - Vietnam and the United States signed a trade pact in 2000; a comprehensive partnership "
     "followed in July 2013.", ("USA", "partnership_upgrade", "2013-07")),
    ("NEW DELHI, 2024 - India and Vietnam set up diplomatic ties in 1972; the Comprehensive Strategic Partnership "
     "followed in September 2016.", ("IND", "partnership_upgrade", "2016-09")),
])
def test_a_partnership_that_followed_on_a_date_was_set_up_then(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("WASHINGTON, Aug 20, 2016 - The first dialogue came in 2010. In August of that year the destroyer USS John S. "
     "McCain called at Da Nang.", ("USA", "visit", "2010-08")),
    ("NEW DELHI, Aug 20, 2024 - India and Vietnam set up a Strategic Partnership in 2007. In July of that year Prime "
     "Minister Nguyen Tan Dung visited New Delhi.", ("IND", "visit", "2007-07")),
    ("HANOI, Dec 20, 2016 - Vietnam and the United States normalised relations in 1995. In July of that year "
     "Secretary of State Warren Christopher visited Hanoi.", ("USA", "visit", "1995-07")),
])
def test_a_month_of_that_year_is_in_the_year_just_told(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("WASHINGTON, June 24, 2024 - It was a year ago this week that the USS Ronald Reagan anchored off Da Nang.",
     ("USA", "visit", "2023-06-19")),
    ("NEW DELHI, July 24, 2024 - Two years ago this week, INS Kirpan was handed over to Vietnam by Admiral R. Hari "
     "Kumar.", ("IND", "ceremony", "2022-07-18")),
    ("HANOI, May 23, 2026 - Ten years ago this week, President Barack Obama visited Hanoi.",
     ("USA", "visit", "2016-05-23")),
])
def test_years_ago_this_week_is_that_week_years_back(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("WASHINGTON, Aug 20, 2016 - It was 2010, the fifteenth anniversary of normalization, that gave the US-Vietnam "
     "relationship its first dialogue.", ("USA", "partnership_upgrade", "1995")),
    ("WASHINGTON, Aug 20, 2021 - In 2020, the twenty-fifth anniversary of normalisation, the USS Theodore "
     "Roosevelt called at Da Nang in Vietnam.", ("USA", "partnership_upgrade", "1995")),
    ("NEW DELHI, Aug 20, 2023 - India and Vietnam marked 2022, the fiftieth anniversary of their diplomatic "
     "relations, with a visit by Rajnath Singh.", ("IND", "partnership_upgrade", "1972")),
])
def test_a_year_in_apposition_to_an_anniversary_is_the_year_it_counts_from(text, want):
    assert want in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("HANOI, June 24, 2024 - Assistant Secretary of State Daniel Kritenbrink spent Friday and Saturday in Hanoi.",
     ("USA", "visit", "2024-06-21")),
    ("HANOI, June 24, 2024 - Defense Secretary Lloyd Austin spent Thursday and Friday in Hanoi and Ho Chi Minh City.",
     ("USA", "visit", "2024-06-20")),
    ("HANOI, June 10, 2010 - US Pacific Command chief Admiral Robert Willard spent Tuesday and Wednesday in Hai "
     "Phong with Vietnamese officers.", ("USA", "visit", "2010-06-08")),
])
def test_a_stay_of_named_weekdays_is_one_visit_from_the_first(text, want):
    got = events(text)
    assert want in got and len([e for e in got if e[1] == "visit"]) == 1


@pytest.mark.parametrize("text", [
    "WASHINGTON, June 24, 2024 - The US and Vietnam are close. Xi Jinping was in Hanoi in December, three months "
    "after Joe Biden.",
    "WASHINGTON, July 24, 2024 - The US and Vietnam are close. Vladimir Putin was in Hanoi in June, nine months "
    "after Joe Biden.",
    "WASHINGTON, Oct 24, 2016 - The US and Vietnam are close. Rodrigo Duterte visited Hanoi in September, four "
    "months after Barack Obama.",
])
def test_a_third_country_leader_s_visit_is_not_the_dyad_s(text):
    assert [e for e in events(text) if e[1] == "visit"] == []


def test_the_partner_s_leader_s_visit_beside_a_third_country_s_leader_stays():
    """A guard: "Biden visited Hanoi on Sunday, three months before Xi": Biden's visit."""
    text = ("HANOI, Sept 11, 2023 - US President Joe Biden visited Hanoi on Sunday, three months before Chinese "
            "President Xi Jinping.")
    assert ("USA", "visit", "2023-09-10") in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("NEW DELHI, Dec 12, 2023 - The Indian Army sent 45 soldiers to Vietnam, where VINBAX-23 opened on December 11.",
     ("IND", "exercise", "2023-12-11")),
    ("CHANDIGARH, Aug 18, 2022 - VINBAX-2022 opened at Chandimandir with Indian and Vietnamese troops on "
     "Monday.", ("IND", "exercise", "2022-08-15")),
    ("DA NANG, May 24, 2019 - Indian and Vietnamese ships held PASSEX-2019 off Da Nang on Wednesday.",
     ("IND", "exercise", "2019-05-22")),
])
def test_a_named_exercise_with_its_edition_number_is_found(text, want):
    assert want in events(text)


def test_a_trigger_word_inside_a_compound_is_no_trigger():
    """A guard: "visit-related costs" tells no visit."""
    assert events("HANOI, May 2, 2019 - India and Vietnam discussed visit-related costs on Monday.") == []


@pytest.mark.parametrize(("text", "want"), [
    ("NEW DELHI, Dec 12, 2023 - The Indian Army sent troops to Vietnam. The exercise, VINBAX-23, opened on "
     "December 11 and is to run until the 21st.", ("IND", "exercise", "2023-12-11")),
    ("AMBALA, Nov 6, 2024 - Indian and Vietnamese troops met at Ambala. The exercise, VINBAX-2024, began on 4 "
     "November and is to run until the 17th.", ("IND", "exercise", "2024-11-04")),
    ("HANOI, Dec 13, 2023 - Indian and Vietnamese officers met in Hanoi. The dialogue started on Monday and is "
     "expected to close on Friday.", ("IND", "dialogue", "2023-12-11")),
])
def test_a_plan_told_after_and_leaves_the_happening_before_it(text, want):
    """ "The exercise opened on December 11 and is to run until the 21st": what opened has happened."""
    assert want in events(text)


def _agreements(text: str) -> list[str]:
    return [a.name for a in article(text).agreements]


@pytest.mark.parametrize(("text", "gone"), [
    ("MANILA, July 30, 2021 - US Defense Secretary Lloyd Austin met Philippine officials; the fate of the "
     "Philippines-US Visiting Forces Agreement hung over the talks. Austin had held talks in Hanoi with General "
     "Phan Van Giang.", "Philippines-US Visiting Forces Agreement"),
    ("WASHINGTON, 2023 - Vietnam and the United States signed a memorandum on war legacies; Washington also "
     "renewed its Mutual Defense Treaty with the Philippines.", "Mutual Defense Treaty"),
    ("HANOI, July 29, 2021 - Lloyd Austin held talks with General Phan Van Giang on Thursday; Manila's Visiting "
     "Forces Agreement with the Philippines came up later in Manila.", "Manila's Visiting Forces Agreement"),
])
def test_an_agreement_named_with_a_third_country_is_not_the_dyad_s(text, gone):
    assert gone not in _agreements(text)


def test_the_dyad_s_agreement_beside_a_third_country_stays():
    """A guard: "India and Vietnam signed the Mutual Logistics Support Agreement", Australia told after."""
    text = ("NEW DELHI, 2024 - India and Vietnam signed the Mutual Logistics Support Agreement in 2022, after India "
            "and Australia had signed theirs.")
    assert "Mutual Logistics Support Agreement" in _agreements(text)


@pytest.mark.parametrize("text", [
    "By Lieutenant Colonel Gregory T. Haldane\n\nTwenty-five years after normalization",
    "Reported by Rohan Mehta\n\nFifteen ships have called",
    "Photo: Ellen Vasquez\n\nThree years later",
])
def test_a_name_does_not_run_on_over_a_blank_line(text):
    assert not any("\n\n" in m.group(0) for m in NEW_NAME.finditer(text))


def test_a_name_runs_on_over_a_single_line_break():
    """A guard: a name wrapped at the end of a line is one name."""
    assert NEW_NAME.search("led by Rohan\nMehta and others").group(0) == "Rohan\nMehta"


@pytest.mark.parametrize(("text", "want"), [
    ("NEW DELHI, July 5, 2007 - Prime Minister Manmohan Singh held talks on Thursday with Nguyen Tan Dung, whose "
     "state visit began in Kolkata on Wednesday. Earlier in the day, Mr Dung called on President A.P.J. Abdul Kalam.",
     ("IND", "summit", "2007-07-05")),
    ("NEW DELHI, Aug 1, 2024 - Prime Minister Narendra Modi held talks today with Pham Minh Chinh, who arrived in "
     "Delhi late on Tuesday. The same day, Defence Secretary Giridhar Aramane met Hoang Xuan Chien.",
     ("IND", "talks", "2024-08-01")),
    ("HANOI, June 4, 2012 - Defense Secretary Leon Panetta held talks today with General Phung Quang Thanh, who "
     "greeted him at Cam Ranh on Sunday. Later in the day, Panetta called on Prime Minister Nguyen Tan Dung.",
     ("USA", "talks", "2012-06-04")),
])
def test_a_day_told_in_a_person_s_own_clause_is_not_the_same_day_later(text, want):
    assert want in events(text)
    assert len([e for e in events(text) if e[2] == want[2]]) >= 2


def test_the_same_day_is_still_the_main_clause_s_day():
    """A guard: "held talks on Wednesday ... The same day, ..." is that Wednesday."""
    text = ("HANOI, June 9, 2022 - Rajnath Singh held talks with General Phan Van Giang on Wednesday. The same day, "
            "Singh called on Prime Minister Pham Minh Chinh.")
    assert ("IND", "talks", "2022-06-08") in events(text) and len(events(text)) == 2


@pytest.mark.parametrize("text", [
    "NEW DELHI, Mar 6, 2018 - In March, Vietnamese President Tran Dai Quang was in New Delhi on a state visit and "
    "held talks with Prime Minister Narendra Modi.",
    "NEW DELHI, June 20, 2023 - On Monday, General Phan Van Giang was in New Delhi on an official visit and held "
    "talks with Defence Minister Rajnath Singh.",
    "WASHINGTON, Aug 2, 2021 - In July, Defense Secretary Lloyd Austin was in Hanoi on an official visit and held "
    "talks with General Phan Van Giang.",
])
def test_talks_held_on_a_visit_told_with_and_are_the_visit_s(text):
    assert [e for e in events(text) if e[1] in ("talks", "summit")] == []


def test_talks_on_another_day_of_the_visit_stay_their_own():
    """A guard: "arrived on Tuesday and on Wednesday held talks": a meeting of its own day."""
    text = ("HANOI, June 9, 2022 - Defence Minister Rajnath Singh arrived in Hanoi on Tuesday, and on Wednesday he "
            "held talks with General Phan Van Giang.")
    assert ("IND", "talks", "2022-06-08") in events(text)


@pytest.mark.parametrize(("text", "want"), [
    ("HANOI, Sept 11, 2023 - President Joe Biden announced the upgrade Sunday evening local time, after talks with "
     "Nguyen Phu Trong.", ("USA", "partnership_upgrade", "2023-09-10")),
    ("NEW DELHI, Sept 4, 2016 - Prime Minister Narendra Modi and Prime Minister Nguyen Xuan Phuc unveiled the "
     "upgrade on Saturday.", ("IND", "partnership_upgrade", "2016-09-03")),
    ("WASHINGTON, July 26, 2013 - President Barack Obama and President Truong Tan Sang announced their upgrade on "
     "Thursday.", ("USA", "partnership_upgrade", "2013-07-25")),
])
def test_an_upgrade_announced_is_made(text, want):
    assert want in events(text)


def test_the_upgrade_of_a_port_is_no_partnership():
    """A guard: "announced the upgrade of Cam Ranh port" upgrades a port, not a relationship."""
    text = "HANOI, Sept 11, 2023 - Vietnam and the United States announced the upgrade of Cam Ranh port on Sunday."
    assert not [e for e in events(text) if e[1] == "partnership_upgrade"]


def _merged(*texts: str) -> list[tuple[str, str, str, str]]:
    recs = [e for i, t in enumerate(texts) for e in article(t, f"a{i}").events]
    return sorted((e.partner, e.type, e.date.iso_start(), e.trigger) for e in merge(recs))


@pytest.mark.parametrize(("one", "other"), [
    ("WASHINGTON, Oct 1, 2024 - In August the US Navy's Pacific Partnership mission worked in Phu Yen, Vietnam.",
     "WASHINGTON, Oct 2, 2024 - In August US airmen ran Pacific Angel in Quang Ngai, Vietnam."),
    ("NEW DELHI, Dec 2, 2019 - In November Indian and Vietnamese soldiers held VINBAX in Hanoi.",
     "NEW DELHI, Dec 3, 2019 - In November Indian and Vietnamese warships held a PASSEX off Da Nang."),
    ("HANOI, July 2, 2017 - In June US and Vietnamese sailors held CARAT off Khanh Hoa.",
     "HANOI, July 3, 2017 - In June the US Navy's Pacific Partnership mission worked in Khanh Hoa, Vietnam."),
])
def test_two_named_series_of_one_month_are_two_happenings(one, other):
    got = _merged(one, other)
    assert len([e for e in got if e[1] == "exercise"]) == 2


def test_one_named_series_told_twice_is_one_happening():
    """A guard: VINBAX told in two articles in the same month is one exercise."""
    got = _merged("NEW DELHI, Dec 2, 2019 - In November Indian and Vietnamese soldiers held VINBAX in Hanoi.",
                  "HANOI, Dec 3, 2019 - VINBAX, with Indian and Vietnamese soldiers, was held in November in Hanoi.")
    assert len([e for e in got if e[1] == "exercise"]) == 1


@pytest.mark.parametrize("sentence", [
    "In August Vietnam hosted both a Pacific Partnership mission and a Pacific Angel event.",
    "In November the two forces held VINBAX and PASSEX off Da Nang.",
    "In June the navies held CARAT and a Pacific Partnership mission in Khanh Hoa.",
])
def test_two_named_series_in_one_sentence_are_two_triggers(sentence):
    assert len([t for t in find_triggers(sentence) if t.type == "exercise"]) == 2
