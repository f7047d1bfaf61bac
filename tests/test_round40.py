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
