"""A long article costs work in proportion to its length, never its square.

Work is counted, not timed: the number of lines of ``ties_lib`` code the interpreter runs
(``sys.settrace``) to extract an article and build its corpus. The count does not depend on
the machine or its load, and a loop over all sentences, dates or events for each of them
shows up as the square it is. Eight times the text must cost at most ten times the lines
(now 7.7 and 8.2; before issue 11's fixes these texts gave 40 and 43). Speed itself is measured in benchmarks/bench_length.py (docs/performance.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import long_article

import ties_lib
from ties_lib.corpus import build_corpus
from ties_lib.extract import extract
from ties_lib.records import Document

LIBRARY = str(Path(ties_lib.__file__).parent)
def lines_run(text: str) -> int:
    """Lines of ties_lib code run to extract ``text`` as one article and build its corpus."""
    count = 0

    def in_library(frame, event, arg):
        if not frame.f_code.co_filename.startswith(LIBRARY):
            return None
        return count_lines

    def count_lines(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return count_lines

    doc = Document("long", "long.txt", text, "utf-8")
    previous = sys.gettrace()
    sys.settrace(in_library)
    try:
        result = extract(doc)
        build_corpus([result])
    finally:
        sys.settrace(previous)
    assert len(result.events) > len(text) // 2000  # the text is read as a long record of events
    return count


@pytest.mark.parametrize("header", [True, False], ids=["dated-article", "undated-article"])
def test_eight_times_the_text_costs_at_most_ten_times_the_work(header):
    # texts of their own for each case: an article's body is cached between the two readings
    # that need it, and the dated and undated articles differ only in their header
    seed = 7 if header else 8
    lines_run(long_article(1000, header, seed=seed + 100))  # patterns compiled, data and caches loaded
    small, large = (lines_run(long_article(n, header, seed)) for n in (125, 1000))
    assert large / small <= 10.0, f"{small:,} lines for 125 sentences, {large:,} for 1,000: growth is quadratic"


def test_the_count_sees_a_quadratic_step(monkeypatch):
    # the measure itself: library code that scans all sentences for each sentence fails the bound
    import ties_lib.extract as extract_mod
    from ties_lib.lookup import within

    real = extract_mod.split_sentences

    def split_and_scan(aid, body):
        sentences = real(aid, body)
        spans = [(t.start, t.end) for t in sentences]
        for s in sentences:
            within(spans)(s.start)  # sorts and sweeps every span: once per sentence is quadratic
        return sentences

    monkeypatch.setattr(extract_mod, "split_sentences", split_and_scan)
    lines_run(long_article(1000, True, seed=109))
    small, large = (lines_run(long_article(n, True, seed=9)) for n in (125, 1000))
    assert large / small > 10.0
