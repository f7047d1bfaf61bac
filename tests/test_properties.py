"""Property-based: no text and no bytes can make reading or extraction raise."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ties_lib.extract import extract
from ties_lib.reading import decode_document, html_to_text
from ties_lib.records import ArticleResult, Document, Problem

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# words the rules look for, so that generated text reaches the date, actor and event code paths
VOCAB = ["Vietnam", "India", "United States", "US", "Hanoi", "New Delhi", "Prime Minister", "Defence Minister",
         "Rajnath Singh", "Phan Van Giang", "Nguyen Xuan Phuc", "met", "visited", "signed", "talks", "dialogue",
         "exercise", "summit", "agreement", "Memorandum of Understanding", "on", "in", "the", "and", "of",
         "January", "December 21", "2020", "2016", "last week", "next month", "10th anniversary", "since",
         "maritime security", "hydrography", "third", "virtual", "date 2021-07-01", "Posted on:", ".", ",",
         "\n", "\n\n", "'s", "\u2019s", "\u201c", "<p>", "</p>", "-", "\u2013", "(", ")", "May", "2-3", "2025"]
# numbers of any size and spans of days, so that date arithmetic is tried at the calendar's edges
NUMBERS = st.integers(0, 10**25).map(str)
SPANS = st.integers(0, 10**7).map(lambda n: f"ended his {n}-day visit on")
words = st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=12), NUMBERS, SPANS), max_size=80).map(" ".join)
HEADERS = st.from_regex(r"\Adate [0-9]{4}-[0-9]{2}-[0-9]{2}\Z", fullmatch=True)
any_text = st.one_of(st.text(max_size=2000), words)


def _check(result: ArticleResult, text: str) -> None:
    assert isinstance(result, ArticleResult)
    for s in result.sentences:
        assert 0 <= s.start <= s.end <= len(result.article.body) + 1


@FAST
@given(any_text)
def test_extract_never_raises_on_arbitrary_text(text):
    _check(extract(Document("t", "t.txt", text, "utf-8")), text)


@FAST
@given(HEADERS, words)
def test_extract_never_raises_with_any_date_header(header, text):
    # impossible days ("2022-02-30") and the calendar's ends ("9999-12-31", "0001-01-01") among them
    _check(extract(Document("t", "t.txt", f"{header} {text}", "utf-8")), text)


@FAST
@given(st.sampled_from(["9999-12-31", "0001-01-01", "2022-02-30", "0000-00-00"]), words)
def test_extract_never_raises_at_the_ends_of_the_calendar(day, text):
    _check(extract(Document("t", "t.txt", f"date {day} a week later, {text} the following day", "utf-8")), text)


@FAST
@given(st.binary(max_size=3000))
def test_decode_document_never_raises_on_arbitrary_bytes(data):
    doc = decode_document("t", "t.txt", data)
    assert isinstance(doc, Document | Problem)
    if isinstance(doc, Document):
        assert doc.text.strip() and "\r" not in doc.text and doc.encoding
        assert isinstance(extract(doc), ArticleResult)


@FAST
@given(st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<script>", "</script>", "<![if", "<!--", "-->",
                                           "<html>", "<body>", "<head>", "</head>", "&amp;", "&#", "<br/>",
                                           "<div class='x'>", "<nav>", "<![CDATA[", "]]>", "<!DOCTYPE html>"]),
                          st.text(max_size=20)), max_size=40).map("".join))
def test_html_to_text_never_raises_on_broken_markup(page):
    assert isinstance(html_to_text(page), str)
    doc = decode_document("t", "t.txt", ("<html>" + page).encode("utf-8", errors="replace"))
    assert isinstance(doc, Document | Problem)
