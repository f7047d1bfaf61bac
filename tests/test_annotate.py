"""The annotated view: marks never change the text, every mention is marked once, spans nest."""

from __future__ import annotations

import dataclasses
import html
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from conftest import ROOT, article

from ties_lib import annotate
from ties_lib.annotate import Mark, render_text

VOID = {"meta", "br", "hr", "img", "link", "input"}


class Reader(HTMLParser):
    """Checks that tags nest, and records each span with its classes and text offsets.

    Only the text of the article counts toward offsets: headings, the meta line, the legend and
    dropped lines are skipped (``skip`` classes).
    """

    def __init__(self, skip=("drop", "meta", "legend")):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, set[str], int | None]] = []
        self.spans: list[dict] = []
        self.text: list[str] = []
        self.pos = 0
        self.skip = set(skip)
        self.skipping = 0
        self.in_text = False

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        idx = None
        if tag == "span" and not self.skipping:  # a dropped line is recorded where it stands, its text skipped
            idx = len(self.spans)
            self.spans.append({"classes": set(classes), "title": a.get("title"), "start": self.pos, "end": None,
                               "depth": len(self.stack), "parents": [c for _t, c, _i in self.stack]})
        if classes & self.skip or tag in ("style", "h3", "title", "summary"):
            self.skipping += 1
            classes.add("__skip")
        self.stack.append((tag, classes, idx))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack, f"</{tag}> closes nothing"
        open_tag, classes, idx = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        if "__skip" in classes:
            self.skipping -= 1
        if idx is not None:
            self.spans[idx]["end"] = self.pos

    def handle_data(self, data):
        if not self.skipping:
            self.text.append(data)
            self.pos += len(data)


def read(markup: str, **kw) -> Reader:
    r = Reader(**kw)
    r.feed(markup)
    r.close()
    assert not r.stack, f"unclosed: {r.stack}"
    return r


def strip(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


# ---------------------------------------------------------------------------- on texts written here


@pytest.mark.parametrize("text, outer, inner", [
    ("The talks were held on 5 May 2020 in Hanoi.", (0, 43, "evidence"), (23, 33, "date")),
    ("Defence Minister Rajnath Singh met General Lich.", (0, 30, "office"), (17, 30, "actor")),
    ("They signed the Hanoi Declaration in 2016.", (16, 33, "agreement"), (16, 21, "place")),
])
def test_a_span_inside_another_nests_inside_it(text, outer, inner):
    marks = [Mark(*inner, "in"), Mark(*outer, "out", events="e1" if outer[2] == "evidence" else "")]
    out = render_text(text, marks)
    r = read(out)
    assert strip(out) == text
    (o,) = [s for s in r.spans if outer[2] in s["classes"]]
    (i,) = [s for s in r.spans if inner[2] in s["classes"]]
    assert (o["start"], o["end"]) == outer[:2] and (i["start"], i["end"]) == inner[:2]
    assert i["depth"] == o["depth"] + 1 and outer[2] in i["parents"][-1]


@pytest.mark.parametrize("text, sentence, mention", [
    # a mention that runs past the end of an outlined sentence (a split the sentencer got wrong)
    ("Met Gen. Lich. Then left.", (0, 9), (4, 13)),
    # one that starts before it
    ("Gen. Lich met them. Then left.", (5, 19), (0, 9)),
    # one that starts at its end... and an outline wholly inside a mention
    ("The Hanoi Declaration was signed.", (4, 9), (0, 21)),
])
def test_a_mention_crossing_an_outline_stays_whole_and_the_outline_is_cut(text, sentence, mention):
    out = render_text(text, [Mark(*sentence, "evidence", "ev", events="e1"), Mark(*mention, "date", "d")])
    r = read(out)
    assert strip(out) == text
    dates = [s for s in r.spans if "date" in s["classes"]]
    assert [(s["start"], s["end"]) for s in dates] == [mention] and "cont" not in dates[0]["classes"]
    outlines = sorted((s["start"], s["end"]) for s in r.spans if "evidence" in s["classes"])
    assert outlines[0][0] == sentence[0] and outlines[-1][1] == sentence[1]
    assert all(b == c for (_a, b), (c, _d) in zip(outlines, outlines[1:], strict=False))  # pieces abut
    firsts = [s for s in r.spans if "evidence" in s["classes"] and "cont" not in s["classes"]]
    assert len(firsts) == 1  # the id label is drawn once


@pytest.mark.parametrize("a, b", [((0, 10), (5, 15)), ((2, 8), (4, 12)), ((0, 3), (1, 20))])
def test_two_crossing_mentions_are_split_into_pieces_that_nest(a, b):
    text = "abcdefghijklmnopqrstuvwxyz"
    out = render_text(text, [Mark(*a, "actor", "A"), Mark(*b, "office", "B")])
    r = read(out)
    assert strip(out) == text
    for kind, span in (("actor", a), ("office", b)):
        pieces = [s for s in r.spans if kind in s["classes"]]
        assert len([s for s in pieces if "cont" not in s["classes"]]) == 1
        assert pieces[0]["start"] == span[0] and pieces[-1]["end"] == span[1]
        covered = sorted((s["start"], s["end"]) for s in pieces)
        assert all(x[1] == y[0] for x, y in zip(covered, covered[1:], strict=False))


def test_html_special_characters_in_text_and_hover_are_escaped():
    text = 'AT&T said "<b>not</b>" & O\'Neill\'s <script>x</script> team'
    marks = [Mark(0, 4, "actor", 'role: "chief" <&>'), Mark(12, 15, "date", "x>y"), Mark(37, 45, "place", "p")]
    out = render_text(text, marks)
    assert "<b>" not in out and "<script>" not in out and "AT&amp;T" in out
    assert 'title="role: &quot;chief&quot; &lt;&amp;&gt;"' in out
    r = read(out)
    assert strip(out) == text and "".join(r.text) == text
    assert [s["title"] for s in r.spans] == ['role: "chief" <&>', "x>y", "p"]


def test_marks_outside_the_text_or_empty_are_left_out():
    out = render_text("short", [Mark(2, 2, "date", "empty"), Mark(3, 40, "date", "past the end"), Mark(0, 5, "place", "ok")])
    assert strip(out) == "short" and out.count("<span") == 1


def test_date_hover_gives_value_precision_basis_and_how():
    t = annotate.mention_title("date", "January 12", "2021-01-12", "day; year_inferred; nearest to the dated fact 2020-12-21")
    assert "2021-01-12" in t and "precision day" in t and "basis year_inferred" in t and "2020-12-21" in t
    assert annotate.mention_title("date", "in May", "", "unresolved; no year").startswith("date, not resolved")
    a = annotate.mention_title("actor", "Vinh", "nguyen-chi-vinh", "Deputy Minister of National Defence")
    assert "nguyen-chi-vinh" in a and "Deputy Minister of National Defence" in a


def test_one_span_read_as_two_offices_is_one_mark_with_both():
    import pandas as pd

    rows = [("a", 0, "office", 4, 19, "Prime Ministers", "vnm-prime-minister", "Prime Minister"),
            ("a", 0, "office", 4, 19, "Prime Ministers", "ind-prime-minister", "Prime Minister"),
            ("a", 0, "date", 23, 30, "in 2020", "2020", "year; stated; stated")]
    df = pd.DataFrame(rows, columns=["article_id", "sentence_id", "kind", "start", "end", "text", "value", "detail"])
    marks = annotate.mention_marks(df)
    assert [(m.start, m.kind) for m in marks] == [(4, "office"), (23, "date")]
    assert "vnm-prime-minister" in marks[0].title and "ind-prime-minister" in marks[0].title


# ---------------------------------------------------------------------------- events, on articles written here


def _corpus(*texts):
    from ties_lib import build_corpus

    return build_corpus([article(t, f"a{i}") for i, t in enumerate(texts)])


@pytest.mark.parametrize("text, trigger", [
    ("Defence Minister Rajnath Singh paid a visit to Hanoi on June 8, 2022.", "visit"),
    ("India and Vietnam held their 12th defence policy dialogue on December 3, 2018 in New Delhi.", "dialogue"),
    ("The navies of India and Vietnam held a joint exercise off Da Nang on May 2, 2023.", "exercise"),
])
def test_an_event_outlines_its_sentence_with_its_id_and_marks_a_trigger_found_once(text, trigger):
    c = _corpus(text)
    assert len(c.events) == 1, c.events
    ev = c.events.iloc[0]
    r = read(annotate.article_html(c, "a0"))
    (outline,) = [s for s in r.spans if "evidence" in s["classes"]]
    assert ev["event_id"] in outline["title"]
    assert (outline["start"], outline["end"]) == (0, len(text))
    (trig,) = [s for s in r.spans if "trigger" in s["classes"]]
    assert text[trig["start"]:trig["end"]] == ev["trigger"] and trigger in ev["trigger"].lower()
    assert f'data-events="{ev["event_id"]}"' in annotate.article_html(c, "a0")


def test_a_trigger_whose_words_occur_twice_is_marked_where_each_event_found_it():
    text = ("Both sides reviewed the outcomes of the summit talks on December 21, 2020, "
            "and of the telephone talks between India and Vietnam on November 27, 2020.")
    c = _corpus(text)
    r = read(annotate.article_html(c, "a0"))
    marks = sorted((s["start"], s["title"]) for s in r.spans if "trigger" in s["classes"])
    body = "".join(r.text)
    assert [body[m[0]:m[0] + 5] for m in marks] == ["talks", "talks"]
    assert "2020-12-21" in marks[0][1] and "2020-11-27" in marks[1][1]  # each mark names its own event


def test_a_row_without_spans_is_marked_only_when_its_words_occur_once():
    text = ("Both sides reviewed the outcomes of the summit talks on December 21, 2020, "
            "and of the telephone talks between India and Vietnam on November 27, 2020.")
    c = _corpus(text)
    events = c.events.assign(trigger_spans=[[] for _ in range(len(c.events))])  # e.g. rows a reviewer added
    r = read(annotate.article_html(dataclasses.replace(c, events=events), "a0"))
    assert not [s for s in r.spans if "trigger" in s["classes"]]
    (outline,) = [s for s in r.spans if "evidence" in s["classes"]]
    assert "occur 2 times" in outline["title"]


# ---------------------------------------------------------------------------- dropped lines


def test_dropped_lines_go_where_they_stood_in_the_file():
    source = ("date 2024-05-02 Vietnam, India hold talks\n"
              "Home | World | Asia\n\n"
              "First paragraph of the article.\n"
              "![]() |\n"
              "| A caption. (Photo: VNA) |\n\n"
              "Second paragraph.\n"
              "Related news\n")
    body = "First paragraph of the article.\nSecond paragraph."
    # lines 2 (menu), 5 and 6 (image, caption) and 9 (list heading) were dropped
    assert annotate.furniture_positions(body, [2, 5, 6, 9], source) == [0, 32, 32, len(body)]
    # a dropped line that repeats a body line is not taken for it
    assert annotate.furniture_positions("A.\nB.", [1], "A.\nA.\nB.") == [0]
    assert annotate.furniture_positions("A.\nB.", [3], "A.\nB.\nA.") == [5]
    assert annotate.furniture_positions(body, [2], "something else") is None
    assert annotate.furniture_positions(body, [2], None) is None


def test_a_page_with_furniture_shows_each_dropped_line_once_with_its_reason(tmp_path):
    import ties_lib as tl

    (tmp_path / "a.txt").write_text(
        "Vietnam and India hold defence talks\n"
        "Home | News | World | Asia\n\n"
        "Defence Minister Rajnath Singh visited Hanoi on June 8, 2022, and held talks with Vietnam.\n"
        "![]() |\n| Rajnath Singh in Hanoi. (Photo: VNA) |\n"
        "Both sides signed a memorandum of understanding on mutual logistics support.\n", encoding="utf-8")
    c = tl.load_corpus(tmp_path)
    f = c.furniture
    assert len(f) >= 2
    out = annotate.article_html(c, "a")
    r = read(out)
    assert "".join(r.text) == c.articles.loc[0, "body"]
    drops = [s for s in r.spans if "drop" in s["classes"]]
    assert len(drops) == len(f)
    for d, row in zip(drops, f.itertuples(), strict=True):
        assert row.reason in d["title"] and f"line {row.line}" in d["title"]
    # the caption stands between the two paragraphs, where it was
    body = c.articles.loc[0, "body"]
    cap = [d for d, row in zip(drops, f.itertuples(), strict=True) if "Photo" in row.text][0]
    assert cap["start"] == body.index("Both sides")


def test_without_the_file_dropped_lines_are_shown_first_and_the_page_says_so():
    c = _corpus("Defence Minister Rajnath Singh visited Hanoi on June 8, 2022.\n![]() |\n"
                "| Rajnath Singh in Hanoi. (Photo: VNA) |\nBoth sides agreed to deepen defence ties.")
    assert c.source == "" and len(c.furniture) == 2
    out = annotate.article_html(c, "a0")
    r = read(out)
    assert "".join(r.text) == c.articles.loc[0, "body"]
    assert [s["start"] for s in r.spans if "drop" in s["classes"]] == [0, 0]
    assert "could not be found" in out


def test_a_long_run_of_dropped_lines_folds_under_a_summary_that_counts_them():
    body = "First line.\nSecond line."
    drops = [(12, n, "list" if n > 4 else "teaser", f"Other story {n} & more") for n in range(3, 11)]
    out = annotate.render_article(body, [], drops=drops + [(0, 1, "navigation", "Home")])
    r = read(out)
    assert "".join(r.text) == body
    (summary,) = re.findall(r"<summary>(.*?)</summary>", out)
    assert summary.startswith("8 lines dropped here (lines 3–10: list 6, teaser 2)")
    lines = [s for s in r.spans if "drop" in s["classes"]]
    assert [s["start"] for s in lines] == [0] + [12] * 8  # every line still there, in its place
    assert out.count("Other story") == 8 and "&amp; more" in out
    assert out.index("<details") > out.index("First line.") and "<details" not in out.split("First line.")[0]


# ---------------------------------------------------------------------------- the seed articles


def test_every_seed_article_text_comes_back_byte_for_byte(seed_corpus):
    for a in seed_corpus.articles.itertuples():
        out = annotate.article_html(seed_corpus, a.article_id)
        assert "".join(read(out).text) == a.body, a.article_id
        marks = annotate.mention_marks(seed_corpus.mentions[seed_corpus.mentions.article_id == a.article_id])
        assert strip(render_text(a.body, marks)) == a.body


def test_every_seed_mention_span_is_marked_once_in_order(seed_corpus):
    for a in seed_corpus.articles.itertuples():
        m = seed_corpus.mentions[seed_corpus.mentions.article_id == a.article_id]
        expected = sorted({(int(x.start), int(x.end), str(x.kind)) for x in m.itertuples()})
        r = read(annotate.article_html(seed_corpus, a.article_id))
        found = [(s["start"], s["kind"]) for s in
                 ({**s, "kind": (s["classes"] & set(annotate.MENTION_KINDS)).pop()} for s in r.spans
                  if s["classes"] & set(annotate.MENTION_KINDS) and "cont" not in s["classes"])]
        assert sorted(found) == sorted((s, k) for s, _e, k in expected), a.article_id
        assert [s for s, _k in found] == sorted(s for s, _k in found)  # in the text's order
        text = "".join(r.text)
        for start, end, kind in expected:
            pieces = [s for s in r.spans if kind in s["classes"] and start <= s["start"] < end]
            # the pieces cover the span exactly (the table's text of an agreement is its normalised name)
            assert "".join(text[s["start"]:s["end"]] for s in pieces) == a.body[start:end]
            if kind != "agreement":
                assert a.body[start:end] == m[(m.start == start) & (m.kind == kind)].iloc[0]["text"]


def test_every_event_of_an_article_is_outlined(seed_corpus):
    for a in seed_corpus.articles.itertuples():
        out = annotate.article_html(seed_corpus, a.article_id)
        ids = {e.event_id for e in seed_corpus.events.itertuples()
               if any(ref.startswith(f"{a.article_id}#") for ref in e.sentence_refs)}
        shown = {i for s in re.findall(r'data-events="([^"]*)"', out) for i in s.split()} - {"event", "id"}
        assert shown == ids, a.article_id
        r = read(out)
        for t in (s for s in r.spans if "trigger" in s["classes"]):  # a marked trigger is where the event says
            span = f"{a.article_id}#{t['start']}-{t['end']}"
            assert any(span in e.trigger_spans and e.event_id in t["title"] for e in seed_corpus.events.itertuples())


def test_the_view_is_deterministic_and_static(seed_corpus):
    aid = annotate.richest_article(seed_corpus)
    out = annotate.article_html(seed_corpus, aid)
    assert out == annotate.article_html(seed_corpus, aid)
    assert "<script" not in out and "http" not in out.split("</style>")[0]


def test_evidence_view_shows_the_date_and_its_basis(seed_corpus):
    inferred = seed_corpus.events[seed_corpus.events.date_basis == "year_inferred"].iloc[0]
    out = annotate.evidence_html(seed_corpus, inferred["event_id"])
    r = read(out)
    assert "year_inferred" in out.split("</h3>")[0]
    assert any("date" in s["classes"] and "basis year_inferred" in s["title"] for s in r.spans)
    assert "".join(r.text) == "".join(seed_corpus.sentences.set_index(["article_id", "sentence_id"]).loc[
        tuple(ref.rsplit("#", 1)[0:1]) + (int(ref.rsplit("#", 1)[1]),), "text"] for ref in inferred["sentence_refs"])


def test_unknown_ids_are_a_clear_error(seed_corpus):
    from ties_lib import TiesError

    with pytest.raises(TiesError, match="no article 'nope'"):
        annotate.article_html(seed_corpus, "nope")
    with pytest.raises(TiesError, match="no event 'nope'"):
        annotate.evidence_html(seed_corpus, "nope")


def test_notebook_call_returns_html(seed_corpus):
    from ties_lib import notebook

    aid = annotate.richest_article(seed_corpus)
    shown = notebook.show_article(seed_corpus, aid)
    assert shown.data == annotate.article_html(seed_corpus, aid)


# ---------------------------------------------------------------------------- command line


def _run(*args):
    return subprocess.run([sys.executable, "-m", "ties_lib", *args], capture_output=True, text=True)


def test_cli_show_writes_a_standalone_offline_page(tmp_path, seed_corpus):
    aid = seed_corpus.articles.article_id.iloc[0]
    out = tmp_path / "a.html"
    res = _run("show", str(ROOT / "seeds"), aid, str(out))
    assert res.returncode == 0, res.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert not re.search(r"<script|<link|\bsrc=|href=", page)  # nothing to fetch, nothing to run
    inner = page.split("<body>")[1].split("</body>")[0]
    assert "".join(read(inner).text).strip() == seed_corpus.articles.body.iloc[0]


def test_cli_show_unknown_article_is_one_line(tmp_path):
    res = _run("show", str(ROOT / "seeds"), "no-such-article", str(tmp_path / "x.html"))
    assert res.returncode == 2 and res.stderr.count("\n") == 1 and "no article 'no-such-article'" in res.stderr
    assert not (tmp_path / "x.html").exists()


def test_cli_show_refuses_to_write_into_the_source_folder(tmp_path, seed_corpus, capsys):
    from ties_lib.cli import main

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(seed_corpus.articles.body.iloc[0], encoding="utf-8")
    for out in (src / "a.html", src / "pages" / "a.html"):
        assert main(["show", str(src), "a", str(out)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "refusing to write into the source folder" in err
        assert not out.exists()
    assert sorted(p.name for p in src.rglob("*")) == ["a.txt"]


def _with_refs(corpus, event_id: str, extra: list[str]):
    import dataclasses

    events = corpus.events.copy()
    i = events.index[events["event_id"] == event_id][0]
    events.at[i, "sentence_refs"] = [*events.at[i, "sentence_refs"], *extra]
    return dataclasses.replace(corpus, events=events)


def test_references_to_no_sentence_are_skipped_and_the_page_says_so(seed_corpus):
    e = seed_corpus.events.iloc[0]
    aid = e["article_ids"][0]
    bad = [f"{aid}#abc", f"{aid}#999", "no-such-article#1", "no reference at all"]
    c = _with_refs(seed_corpus, e["event_id"], bad)
    out = annotate.article_html(c, aid)
    assert "".join(read(out).text) == seed_corpus.articles.set_index("article_id").loc[aid, "body"]
    assert f"2 evidence references name no sentence of this article and are not shown: {aid}#abc, {aid}#999" in out
    # the marked text is the same as without the bad references
    assert out.split('<div class="text">')[1] == annotate.article_html(seed_corpus, aid).split('<div class="text">')[1]
    ev = annotate.evidence_html(c, e["event_id"])
    for ref in bad:
        assert f"{html.escape(ref)}: names no sentence of the corpus; not shown" in ev
    good = annotate.evidence_html(seed_corpus, e["event_id"])
    assert ev.count('<div class="text">') == good.count('<div class="text">')  # the good sentences still shown


def test_an_article_of_a_file_of_many_does_not_read_its_file_again(tmp_path, monkeypatch):
    import ties_lib as tl

    body = ("Defence Minister Rajnath Singh visited Hanoi on June 8, 2022, and held talks with Vietnam.\n"
            "![]() |\n| Rajnath Singh in Hanoi. (Photo: VNA) |\n"
            "Both sides signed a memorandum of understanding on mutual logistics support.")
    (tmp_path / "t.csv").write_text('id,text\nfirst,"' + body + '"\nsecond,"' + body.replace("June 8", "June 9")
                                    + '"\n', encoding="utf-8")
    c = tl.load_corpus(tmp_path)
    assert len(c.furniture[c.furniture["article_id"] == "second"]) == 2

    def no_rereading(*args):
        raise AssertionError("the whole table was read again for one of its articles")

    monkeypatch.setattr(annotate, "read_document", no_rereading)
    out = annotate.article_html(c, "second")
    r = read(out)
    assert "".join(r.text) == c.articles.set_index("article_id").loc["second", "body"]
    assert [s["start"] for s in r.spans if "drop" in s["classes"]] == [0, 0]
    assert "could not be found" in out
