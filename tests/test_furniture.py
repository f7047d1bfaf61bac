"""Page furniture is dropped before coding, and kept for inspection."""

from __future__ import annotations

from conftest import article

from ties_lib.furniture import clean

PAGE = """Home | World | Politics
Log in
Search

Vietnam and India hold naval talks in Hanoi

Hanoi (VNA) – Vietnam and India held naval talks in Hanoi on March 3, 2022.

[Photo] Officers at the talks. (Photo: VNA)
![]() |
| A caption row of the scraped table |
The two navies agreed to expand training.

Related news
· Rajnath Singh visits Japan (May 2, 2022)
· Another teaser on Ho Chi Minh City
"""


def test_title_body_and_dropped_lines():
    c = clean("a", PAGE)
    assert c.title == "Vietnam and India hold naval talks in Hanoi"
    assert c.body.startswith("Hanoi (VNA)")
    assert c.body.rstrip().endswith("expand training.")
    reasons = {f.text: f.reason for f in c.dropped}
    assert reasons["Log in"] == "navigation"
    assert reasons["Home | World | Politics"] == "navigation"
    assert reasons["[Photo] Officers at the talks. (Photo: VNA)"] == "caption"
    assert reasons["Related news"] == "list"
    assert reasons["· Rajnath Singh visits Japan (May 2, 2022)"] == "list"


def test_a_name_only_in_furniture_is_not_an_actor():
    r = article(PAGE)
    assert "rajnath-singh" not in {h.actor_id for h in r.actors}
    assert {f.reason for f in r.furniture} >= {"navigation", "caption", "list"}


def test_date_header_starts_the_article_and_lines_before_it_are_chrome():
    c = clean("a", "An official website of the United States Government\nDepartment X\n"
                   " date 2024-09-09 Readout of the Secretary's Meeting With Vietnam's Minister\n\nThe two met today.")
    assert c.header_date == "2024-09-09"
    assert c.title == "Readout of the Secretary's Meeting With Vietnam's Minister"
    assert c.body == "The two met today."
    assert [f.reason for f in c.dropped] == ["navigation", "navigation"]


def test_no_title_when_the_first_line_is_a_paragraph():
    c = clean("a", " date 2021-07-01 The minister held talks on Thursday with his counterpart.")
    assert c.title == "" and c.body.startswith("The minister held talks")


def test_author_box_and_short_labels_are_dropped():
    c = clean("a", "ANALYSIS\n\nA headline of several words here\n\nThe body sentence is here.\n"
                   "ABB/Savvy\n\nThe author is a fellow. Views are personal.\nAuthor Profile\n- a bio")
    assert c.body == "The body sentence is here."
    assert {f.text: f.reason for f in c.dropped}["The author is a fellow. Views are personal."] == "author"


def test_a_list_heading_before_the_article_drops_one_line_not_the_article():
    c = clean("a", "Read more:\n\nVietnam and India held defence talks in Hanoi on May 2, 2021.\n")
    assert c.body == "Vietnam and India held defence talks in Hanoi on May 2, 2021."


def test_date_lines_and_bylines_at_the_head_are_furniture_and_state_the_date():
    c = clean("a", "Defence Minister receives US Ambassador\nThursday, 14 March 2024 - 18:05\n"
                   "Minister Phan Van Giang received the ambassador on Thursday.")
    assert c.top_text == "Thursday, 14 March 2024 - 18:05" and c.body.startswith("Minister")
    c = clean("a", "A carrier docks in Da Nang today\nThe carrier arrived on Sunday.\n"
                   "By Nguyen Dong   June 25, 2023 | 10:12 am GMT+7\nThe carrier off Da Nang. Photo by VnExpress/ND\n"
                   "It will stay five days.\n(Reporting by A; Editing by B)")
    assert c.top_text == "By Nguyen Dong   June 25, 2023 | 10:12 am GMT+7"
    assert c.body == "The carrier arrived on Sunday.\nIt will stay five days."
    assert {f.reason for f in c.dropped} == {"byline", "caption"}


def test_a_sentence_starting_with_by_is_not_a_byline():
    c = clean("a", "By 2030, the two navies plan to hold joint exercises every year.")
    assert c.body.startswith("By 2030")


def test_a_sentence_starting_with_by_the_is_not_a_byline():
    c = clean("a", "By the end of 2020, India had delivered 12 patrol boats to Vietnam.")
    assert c.body.startswith("By the end of 2020")


HEAVY_HEAD = """U.S. Embassy in Vietnam
Embassy of the United States in Hanoi
EN | ES | FR | VI
Politics   Business   Society   World
Home » News & Events » Press Releases

U.S. Navy Ships Arrive in Da Nang

PRESS RELEASE
December 8, 2025

DA NANG - Two U.S. Navy ships arrived in Da Nang today for a four-day port visit.
"""


def test_menus_and_breadcrumbs_are_navigation_and_the_headline_follows_them():
    c = clean("a", HEAVY_HEAD)
    assert c.title == "U.S. Navy Ships Arrive in Da Nang"
    reasons = {f.text: f.reason for f in c.dropped}
    for line in ("EN | ES | FR | VI", "Politics   Business   Society   World", "Home » News & Events » Press Releases",
                 "U.S. Embassy in Vietnam"):
        assert reasons[line] == "navigation"
    assert c.body.startswith("DA NANG - Two U.S. Navy ships")
    assert c.top_text.splitlines()[0] == "December 8, 2025"
    c = clean("a", "World | Politics | Business\nIndia News / India, Vietnam ink logistics pact\n\n"
                   "India, Vietnam ink logistics pact\n\nText of it.\n")
    assert c.title == "India, Vietnam ink logistics pact"
    assert [f.reason for f in c.dropped] == ["navigation", "navigation"]


def test_date_lines_with_times_agencies_and_menu_cells():
    for line in ("Updated: Jun 08, 2022 10:47 PM IST", "Posted On: 25 JUL 2025 11:32AM by PIB Delhi",
                 "June 8, 2022 5:41 PM GMT+7 Updated 3 years ago", "NEWS | March 10, 2020"):
        c = clean("a", f"A headline of five words here\n{line}\n\nVietnam and India held talks on Monday.\n")
        assert c.top_text == line, line
        assert line not in c.body
    # a sentence that starts like a date line is still text
    c = clean("a", "Published in 2019, the report by the institute found that defence ties had grown steadily.\n")
    assert c.body.startswith("Published in 2019")


def test_the_date_line_nearest_the_headline_is_read_first():
    page = "Monday, November 23, 2026\nHome | News | World\n\nA headline of five words here\nJune 8, 2022\n\nText.\n"
    assert clean("a", page).top_text.splitlines()[0] == "June 8, 2022"


def test_a_teaser_line_mid_article_is_one_line_not_the_rest_of_the_page():
    page = ("A headline of five words here\n\nFirst paragraph of the story.\n\n"
            "Also Read | Rajnath Singh to visit Vietnam from June 8\n\nSecond paragraph of the story.\n\n"
            "Also read: Another teaser\n\nThird paragraph.\n\nAlso read\n· a list\n· of teasers\n")
    c = clean("a", page)
    assert "Second paragraph of the story." in c.body and "Third paragraph." in c.body
    assert "Rajnath" not in c.body and "teaser" not in c.body and "a list" not in c.body
