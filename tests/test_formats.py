"""The formats a researcher's corpus comes in: saved pages, LexisNexis exports, tables of articles.

The fixtures in tests/fixtures/own_corpus were written for these tests: a page as a browser's
"Save page as" writes it, a LexisNexis plain-text export of three articles, a CSV of two. The
expected events were worked out by hand from their text and stated dates.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from ties_lib import progress
from ties_lib.cli import main
from ties_lib.corpus import load_corpus

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "own_corpus"
EXPORT = (FIXTURES / "nexis_export.txt").read_text(encoding="utf-8")
PAGE = (FIXTURES / "saved_page.html").read_text(encoding="utf-8")
BODY = ("Vietnamese Defence Minister General Phan Van Giang held talks with his Indian counterpart "
        "Rajnath Singh in Hanoi on Tuesday. The two sides agreed to expand cooperation in training.")


@pytest.fixture(scope="module")
def mixed():
    return load_corpus(FIXTURES)


def folder(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    src = tmp_path / "src"
    for name, content in files.items():
        path = src / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return src


def problems(corpus) -> set[tuple[str, str]]:
    return set(zip(corpus.problems["file"], corpus.problems["problem"], strict=True))


def events(corpus) -> set[tuple[str, str, str, str, str]]:
    e = corpus.events
    return {(r.partner, r.type, r.date_start.date().isoformat(), r.location, r.article_ids[0])
            for r in e.itertuples()}


# ---------------------------------------------------------------------------- the folder of the issue


def test_a_mixed_folder_gives_six_articles_with_ids_titles_and_stated_dates(mixed):
    a = mixed.articles.set_index("article_id")
    assert list(a.index) == ["nexis_export-1", "nexis_export-2", "nexis_export-3", "saved_page",
                             "scraped-2", "vnexpress-4690001"]
    assert dict(a["published"]) == {
        "nexis_export-1": "2022-06-09", "nexis_export-2": "2023-09-11", "nexis_export-3": "2023-06-20",
        "saved_page": "2023-06-26", "scraped-2": "2024-07-03", "vnexpress-4690001": "2023-12-12"}
    assert set(a["published_basis"]) == {"stated"}
    assert a.loc["nexis_export-2", "title"] == "Biden visit lifts US-Vietnam ties to top tier"
    assert a.loc["saved_page", "title"] == "US aircraft carrier arrives in Da Nang for five-day visit"
    assert a.loc["vnexpress-4690001", "title"] == "Vietnam, India armies hold first joint field exercise"
    assert mixed.problems.empty


def test_events_of_every_format_are_read_from_their_text(mixed):
    # each relative day counted back from the stated publication date (checked on a calendar)
    assert events(mixed) >= {
        ("IND", "talks", "2022-06-08", "Hanoi", "nexis_export-1"),      # "on Wednesday", Thu 9 June 2022
        ("USA", "visit", "2023-09-10", "Hanoi", "nexis_export-2"),      # "on Sunday", Mon 11 Sept 2023
        ("IND", "dialogue", "2023-06-19", "New Delhi", "nexis_export-3"),  # "on Monday", Tue 20 June 2023
        ("USA", "visit", "2023-06-25", "Da Nang", "saved_page"),       # "on Sunday", Mon 26 June 2023
        ("IND", "exercise", "2023-12-11", "Hanoi", "vnexpress-4690001"),  # "on Monday", Tue 12 Dec 2023
        ("USA", "talks", "2024-07-02", "Hanoi", "scraped-2"),          # "on Tuesday", Wed 3 July 2024
    }


def test_an_article_reads_the_same_from_an_export_as_from_a_txt_file(mixed, tmp_path):
    a = mixed.articles.set_index("article_id").loc["nexis_export-1"]
    txt = f"date {a['published']}\n{a['title']}\n\n{a['body']}\n"
    alone = load_corpus(folder(tmp_path, {"nexis_export-1.txt": txt}))
    from_export = mixed.events[mixed.events["article_ids"].map(lambda ids: ids == ["nexis_export-1"])]
    cols = ["event_id", "partner", "type", "date_start", "location", "participants", "evidence"]
    pd.testing.assert_frame_equal(alone.events[cols].reset_index(drop=True),
                                  from_export[cols].reset_index(drop=True), check_categorical=False)


def test_no_furniture_reaches_the_sentences(mixed):
    text = "\n".join(mixed.sentences["text"])
    for furniture in ("Home", "Politics", "Related stories", "Japan and Vietnam hold naval drill",
                      "Copyright", "All Rights Reserved", "Privacy policy", "Sailors line the deck",
                      "Share on", "BYLINE", "LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "DOCUMENTS",
                      "Request:", "Kasturi", "The Straits Times", "LENGTH"):
        assert furniture not in text, furniture


def test_every_article_keeps_its_origin_url_and_outlet(mixed):
    a = mixed.articles.set_index("article_id")
    assert a.loc["nexis_export-3", "origin"] == "nexis_export.txt#3"
    assert a.loc["nexis_export-3", "source"] == "Viet Nam News"
    assert a.loc["nexis_export-2", "source"] == "The Straits Times (Singapore)"
    assert a.loc["scraped-2", "origin"] == "scraped.csv#2"
    assert a.loc["scraped-2", "url"] == "https://example.com/us-vn-talks"
    assert a.loc["saved_page", "url"] == "https://news.example.org/world/asia/us-carrier-arrives-in-da-nang-20230625.html"
    assert a.loc["saved_page", "source"] == "Example News"
    assert a.loc["saved_page", "format"] == "html"


def test_export_writes_the_new_columns(tmp_path):
    assert main(["export", str(FIXTURES), str(tmp_path / "out")]) == 0
    arts = pd.read_csv(tmp_path / "out" / "articles.csv", keep_default_na=False)
    assert {"origin", "url", "source"} <= set(arts.columns)
    assert len(arts) == 6


# ---------------------------------------------------------------------------- LexisNexis


def test_export_date_line_is_the_stated_date_with_its_evidence(mixed):
    a = mixed.articles.set_index("article_id")
    assert a.loc["nexis_export-1", "published_evidence"] == "date line 'June 9, 2022 Thursday'"
    assert a.loc["nexis_export-1", "published_precision"] == "day"


def test_export_cut_mid_article_reads_the_rest_and_says_so(tmp_path):
    cut = EXPORT[:EXPORT.index("The two sides agreed to step up")]
    corpus = load_corpus(folder(tmp_path, {"nexis_export.txt": cut}))
    assert list(corpus.articles["article_id"]) == ["nexis_export-1", "nexis_export-2", "nexis_export-3"]
    assert problems(corpus) == {("nexis_export.txt#3", "cut mid-article")}
    third = corpus.articles.set_index("article_id").loc["nexis_export-3"]
    assert third["body"].startswith("Deputy Minister of National Defence") and "peacekeeping" not in third["body"]


def test_export_cut_between_articles_says_how_many_are_missing(tmp_path):
    cut = EXPORT[:EXPORT.index("3 of 3 DOCUMENTS")]
    corpus = load_corpus(folder(tmp_path, {"nexis_export.txt": cut}))
    assert len(corpus.articles) == 2
    assert problems(corpus) == {("nexis_export.txt", "export cut short")}
    assert "2 of the 3 documents" in corpus.problems["detail"].iloc[0]


def test_export_lines_wrapped_at_78_columns_are_joined_into_paragraphs(mixed):
    first = mixed.sentences[mixed.sentences["article_id"] == "nexis_export-1"]["text"].iloc[0]
    assert first == ("India and Vietnam on Wednesday signed a memorandum of understanding on mutual logistics "
                     "support, the first such agreement Vietnam has signed with any country.")
    assert mixed.sentences.groupby("article_id")["paragraph"].max()["nexis_export-1"] == 2  # three paragraphs


def test_export_edition_lines_under_the_date_are_not_the_headline(mixed):
    a = mixed.articles.set_index("article_id").loc["nexis_export-1"]
    assert a["title"] == "India, Vietnam sign pact on mutual logistics support"
    assert "Edition" not in "\n".join(mixed.sentences["text"])


def test_export_article_without_a_date_line_is_read_without_a_stated_date(tmp_path):
    undated = EXPORT.replace("                          September 11, 2023 Monday\n", "")
    corpus = load_corpus(folder(tmp_path, {"x.txt": undated}))
    a = corpus.articles.set_index("article_id")
    assert a.loc["x-2", "title"] == "Biden visit lifts US-Vietnam ties to top tier"
    assert a.loc["x-2", "published_evidence"] != "date line ''"
    assert a.loc["x-2", "published_basis"] != "stated" or "date line" not in a.loc["x-2", "published_evidence"]
    assert a.loc["x-1", "published"] == "2022-06-09"  # its neighbours keep theirs


def test_export_article_with_no_body_is_a_problem_and_costs_no_other(tmp_path):
    start = EXPORT.index("United States President Joe Biden")
    empty = EXPORT[:start] + EXPORT[EXPORT.index("LOAD-DATE: September 11, 2023"):]
    corpus = load_corpus(folder(tmp_path, {"x.txt": empty}))
    assert list(corpus.articles["article_id"]) == ["x-1", "x-3"]
    assert problems(corpus) == {("x.txt#2", "no text")}


def test_a_plain_txt_that_mentions_documents_is_not_an_export(tmp_path):
    corpus = load_corpus(folder(tmp_path, {"a.txt": "The court received 1 of 3 documents on Monday.\n" + BODY}))
    assert list(corpus.articles["article_id"]) == ["a"]


# ---------------------------------------------------------------------------- saved web pages


def test_page_date_from_metadata_is_stated_and_names_the_tag(mixed):
    a = mixed.articles.set_index("article_id").loc["saved_page"]
    assert a["published_basis"] == "stated"
    assert a["published_evidence"].startswith('<meta property="article:published_time"')


def test_page_without_a_canonical_link_keeps_the_url_the_browser_saved(tmp_path):
    page = PAGE.replace('<link rel="canonical" href="https://news.example.org/world/asia/us-carrier-arrives-in-da-nang'
                        '-20230625.html">', "")
    corpus = load_corpus(folder(tmp_path, {"p.htm": page}))
    assert corpus.articles["url"].iloc[0] == "https://news.example.org/world/asia/us-carrier-arrives-in-da-nang-20230625.html"


def test_page_without_a_date_in_its_markup_is_not_given_one(tmp_path):
    page = PAGE.replace('<meta property="article:published_time" content="2023-06-26T08:15:00+07:00">', "")
    page = page.replace('<meta property="article:modified_time" content="2023-06-26T10:02:00+07:00">', "")
    page = page.replace('<time datetime="2023-06-26T08:15:00+07:00">June 26, 2023</time>', "")
    page = page.replace("-20230625.html", ".html")
    corpus = load_corpus(folder(tmp_path, {"p.html": page}))
    assert not corpus.articles["published_evidence"].iloc[0].startswith("<")


def test_broken_html_costs_only_itself(tmp_path):
    truncated = PAGE[:PAGE.index("During the visit")]  # cut mid-article: no closing tags at all
    corpus = load_corpus(folder(tmp_path, {
        "cut.html": truncated,
        "menu_only.html": "<html><body><nav><a href='/'>Home</a> | <a href='/w'>World</a></nav></body></html>",
        "garbage.html": b"<html><body><p>\x00\x01\x02<<<>>>&&&</div></span><p",
        "empty.html": "",
        "good.txt": BODY}))
    assert "good" in set(corpus.articles["article_id"])
    assert "cut" in set(corpus.articles["article_id"])  # what is there is read
    # trafilatura falls back to the page's whole text; the kit's furniture rules then find no article in it
    assert {p for f, p in problems(corpus) if f == "menu_only.html"} & {"no main text", "no article text"}
    assert not corpus.events["article_ids"].map(lambda ids: "menu_only" in ids).any()
    assert ("empty.html", "empty") in problems(corpus)
    assert "garbage" not in set(corpus.articles["article_id"])
    assert any(f == "garbage.html" for f, _p in problems(corpus))


# ---------------------------------------------------------------------------- tables of articles


def test_csv_rows_without_text_are_problems_and_the_rest_is_read(tmp_path):
    table = ("id,title,published,text\n"
             f"a1,First,2024-07-03,\"{BODY}\"\n"
             "a2,Second,2024-07-04,\n"
             f",Third,not a date,\"{BODY.replace('Tuesday', 'Monday')}\"\n")
    corpus = load_corpus(folder(tmp_path, {"t.csv": table}))
    assert list(corpus.articles["article_id"]) == ["a1", "t-3"]
    assert problems(corpus) == {("t.csv#2", "no text"), ("t.csv#3", "unread date")}
    a = corpus.articles.set_index("article_id")
    assert a.loc["a1", "published"] == "2024-07-03" and a.loc["a1", "published_basis"] == "stated"
    assert a.loc["t-3", "published_evidence"] == "" or not a.loc["t-3", "published_evidence"].startswith("column")


def test_csv_without_a_text_column_is_one_clear_problem(tmp_path):
    corpus = load_corpus(folder(tmp_path, {"t.csv": "id,title,body\n1,x,y\n", "good.txt": BODY}))
    assert list(corpus.articles["article_id"]) == ["good"]
    row = corpus.problems.set_index("file").loc["t.csv"]
    assert row["problem"] == "no text column" and "id, title, body" in row["detail"]


def test_a_review_sheet_in_the_corpus_folder_is_named_as_such(tmp_path):
    corpus = load_corpus(folder(tmp_path, {"review.csv": "action,table,id,field,value,note\nkeep,events,x,,,\n",
                                           "good.txt": BODY}))
    assert "corrections.csv" in corpus.problems.set_index("file").loc["review.csv", "detail"]


def test_corrections_csv_is_never_read_as_articles(tmp_path):
    src = folder(tmp_path, {"corrections.csv": f"action,table,id,field,value,note,text\nkeep,events,x,,,,\"{BODY}\"\n",
                            "good.txt": BODY})
    corpus = load_corpus(src)
    assert list(corpus.articles["article_id"]) == ["good"]


def test_the_reserved_name_is_defined_once():
    from ties_lib import corrections, formats, reading

    # one definition: the folder scan skips the very name the corrections step reads
    assert reading.RESERVED == (corrections.FILE,)
    assert not hasattr(formats, "RESERVED") and not hasattr(formats, "is_reserved")


def test_jsonl_bad_lines_are_problems_and_the_rest_is_read(tmp_path):
    lines = [json.dumps({"id": "j1", "text": BODY, "published": "2024-07-03", "source": "Wire"}),
             "{not json",
             json.dumps(["a", "list"]),
             json.dumps({"title": "no text here"}),
             json.dumps({"text": BODY.replace("Tuesday", "Monday"), "url": "https://example.com/x"})]
    corpus = load_corpus(folder(tmp_path, {"feed.jsonl": "\n".join(lines) + "\n"}))
    assert list(corpus.articles["article_id"]) == ["feed-5", "j1"]
    assert problems(corpus) == {("feed.jsonl#2", "unreadable"), ("feed.jsonl#3", "unreadable"),
                                ("feed.jsonl#4", "no text")}
    a = corpus.articles.set_index("article_id")
    assert a.loc["j1", "source"] == "Wire" and a.loc["feed-5", "url"] == "https://example.com/x"


def test_duplicate_ids_in_a_table_keep_both_articles(tmp_path):
    table = f"id,text\nsame,\"{BODY}\"\nsame,\"{BODY.replace('Tuesday', 'Monday')}\"\n"
    corpus = load_corpus(folder(tmp_path, {"t.csv": table}))
    assert list(corpus.articles["article_id"]) == ["same", "t-2"]
    assert problems(corpus) == {("t.csv#2", "duplicate id")}


def test_a_csv_cell_longer_than_the_csv_modules_default_limit_is_read(tmp_path):
    long_text = " ".join([BODY] * 1200)  # about 230,000 characters: over csv's 131,072 default
    table = f"id,text\nlong,\"{long_text}\"\nshort,\"{BODY.replace('Tuesday', 'Monday')}\"\n"
    corpus = load_corpus(folder(tmp_path, {"t.csv": table}))
    assert list(corpus.articles["article_id"]) == ["long", "short"]
    assert corpus.problems.empty
    assert corpus.articles.set_index("article_id").loc["long", "n_chars"] >= len(long_text) - 10


def test_a_csv_row_the_reader_refuses_costs_only_itself(tmp_path, monkeypatch):
    import csv

    from ties_lib import formats

    limit = csv.field_size_limit()
    monkeypatch.setattr(formats, "allow_long_fields", lambda: csv.field_size_limit(len(BODY) + 10))
    try:
        table = (f"id,text\na,\"{BODY}\"\nb,\"{BODY} {BODY}\"\n"
                 f"c,\"{BODY.replace('Tuesday', 'Monday')}\"\n")
        corpus = load_corpus(folder(tmp_path, {"t.csv": table}))
    finally:
        csv.field_size_limit(limit)
    assert list(corpus.articles["article_id"]) == ["a", "c"]
    row = corpus.problems.set_index("file").loc["t.csv#2"]
    assert row["problem"] == "unreadable" and "field limit" in row["detail"]


def test_article_ids_are_unique_across_the_corpus(tmp_path):
    monday = BODY.replace("Tuesday", "Monday")
    src = folder(tmp_path, {"a.csv": f"id,published,text\n1,2024-07-03,\"{BODY}\"\n",
                            "b.csv": f"id,published,text\n1,2024-07-02,\"{monday}\"\n",
                            "c.jsonl": json.dumps({"id": "1", "published": "2024-07-06",
                                                   "text": BODY.replace("Tuesday", "Friday")}) + "\n"})
    corpus = load_corpus(src)
    assert list(corpus.articles["article_id"]) == ["1", "b-1", "c-1"]
    assert problems(corpus) == {("b.csv#1", "duplicate id"), ("c.jsonl#1", "duplicate id")}
    assert "read as b-1" in corpus.problems.set_index("file").loc["b.csv#1", "detail"]
    a = corpus.articles.set_index("article_id")
    assert (a.loc["1", "origin"], a.loc["b-1", "origin"], a.loc["c-1", "origin"]) == ("a.csv#1", "b.csv#1", "c.jsonl#1")
    # every table names the renamed article by its new id: sentences, mentions, the events' references
    for table in (corpus.sentences, corpus.mentions):
        assert set(table["article_id"]) == {"1", "b-1", "c-1"}
    talks = corpus.events.explode("article_ids")
    assert {"1", "b-1", "c-1"} <= set(talks["article_ids"])
    refs = {r.split("#")[0] for refs in corpus.events["sentence_refs"] for r in refs}
    assert {"1", "b-1", "c-1"} <= refs


def test_a_txt_file_and_a_table_row_with_the_same_id_are_two_articles(tmp_path):
    src = folder(tmp_path, {"7.txt": BODY, "t.csv": f"id,text\n7,\"{BODY.replace('Tuesday', 'Monday')}\"\n"})
    corpus = load_corpus(src)
    assert list(corpus.articles["article_id"]) == ["7", "t-1"]
    assert problems(corpus) == {("t.csv#1", "duplicate id")}


def test_nan_and_values_that_are_not_text_are_missing_cells(tmp_path):
    lines = [json.dumps({"id": float("nan"), "text": BODY, "title": 5, "source": None}),
             json.dumps({"id": 12, "text": BODY.replace("Tuesday", "Monday"), "title": float("nan")}),
             json.dumps({"id": "n3", "text": 123}),
             json.dumps({"id": "n4", "text": float("nan")})]
    corpus = load_corpus(folder(tmp_path, {"feed.jsonl": "\n".join(lines) + "\n"}))
    assert list(corpus.articles["article_id"]) == ["12", "feed-1"]  # NaN is no id: never "nan"
    a = corpus.articles.set_index("article_id")
    assert a.loc["feed-1", "title"] != "5" and a.loc["12", "title"] != "nan"
    assert a.loc["feed-1", "source"] == ""
    p = corpus.problems.set_index("file")
    assert p.loc["feed.jsonl#3", "problem"] == "no text" and "int '123'" in p.loc["feed.jsonl#3", "detail"]
    assert p.loc["feed.jsonl#4", "problem"] == "no text"
    assert len(p) == 2


def test_an_articles_own_problems_name_its_position_in_a_file_of_many(tmp_path):
    off_topic = "The city council met on Tuesday to discuss parking fees and a new bus route."
    table = f"id,text\nfine,\"{BODY}\"\naway,\"{off_topic}\"\nagain,\"{BODY}\"\n"
    corpus = load_corpus(folder(tmp_path, {"t.csv": table}))
    found = problems(corpus)
    assert ("t.csv#2", "no mention of Vietnam") in found  # a flag raised by the extractor
    assert ("t.csv#3", "duplicate") in found
    assert not any(f == "t.csv" for f, _p in found)


def test_a_failing_or_slow_article_in_a_file_of_many_is_named_by_position(tmp_path, monkeypatch):
    import ties_lib.corpus as corpus_mod

    real = corpus_mod.extract

    def failing_on_one(doc):
        if doc.article_id == "bad":
            raise RuntimeError("a stand-in for a bug")
        return real(doc)

    monkeypatch.setattr(corpus_mod, "extract", failing_on_one)
    table = f"id,text\nok,\"{BODY}\"\nbad,\"{BODY.replace('Tuesday', 'Monday')}\"\n"
    corpus = load_corpus(folder(tmp_path, {"t.csv": table}))
    assert problems(corpus) == {("t.csv#2", "extraction failed")}
    assert list(corpus.articles["article_id"]) == ["ok"]


def test_formats_mix_with_worker_processes(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(FIXTURES, src)
    one, two = load_corpus(src), load_corpus(src, workers=2)
    pd.testing.assert_frame_equal(one.events, two.events)
    pd.testing.assert_frame_equal(one.articles, two.articles)


# ---------------------------------------------------------------------------- progress


def test_progress_bar_only_when_asked_or_interactive(monkeypatch, tmp_path, capsys):
    src = folder(tmp_path, {f"a{i}.txt": BODY.replace("Tuesday", f"Tuesday {i}") for i in range(3)})
    monkeypatch.setattr(progress, "MIN_ITEMS", 2)
    monkeypatch.setenv("TIES_PROGRESS", "1")
    load_corpus(src)
    assert "articles: 100%" in capsys.readouterr().err
    monkeypatch.setenv("TIES_PROGRESS", "0")  # as make notebooks and make test set it
    load_corpus(src)
    assert capsys.readouterr().err == ""
    monkeypatch.delenv("TIES_PROGRESS")
    monkeypatch.delitem(__import__("sys").modules, "ipykernel", raising=False)
    load_corpus(src)  # pytest's captured stderr is no terminal
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(progress, "MIN_ITEMS", 200)
    monkeypatch.setenv("TIES_PROGRESS", "1")
    load_corpus(src)  # three files: over before a bar would tell anything
    assert capsys.readouterr().err == ""


# ---------------------------------------------------------------------------- Nexis Uni .docx


def nexis_uni_docx(articles: list[dict], *, cover: bool = True, last_end: bool = True) -> bytes:
    """A Nexis Uni download as its .docx lays documents out, written with python-docx.

    Cover page (for a download of several documents), then per document: the headline as a
    heading, the outlet, the date line, the copyright, labelled lines, "Body", the paragraphs,
    "Classification" with its labelled lines, "Load-Date:", "End of Document", a page break.
    """
    import io

    import docx

    d = docx.Document()
    if cover:
        for line in ("User Name: = ties kit seminar", "Date and Time: = Wednesday, December 20, 2023 9:14:00 AM EST",
                     "Job Number: = 212345678", f"Documents ({len(articles)})"):
            d.add_paragraph(line)
        for n, a in enumerate(articles, start=1):
            d.add_paragraph(f"{n}. {a['title']}")
            d.add_paragraph("Client/Matter: -None-")
            d.add_paragraph("Search Terms: Vietnam and (India or United States) and defence")
            d.add_paragraph("Search Type: Terms and Connectors")
        d.add_page_break()
    for k, a in enumerate(articles):
        d.add_heading(a["title"], level=1)
        d.add_paragraph(a["outlet"])
        d.add_paragraph(a["date"])
        d.add_paragraph(f"Copyright {a['date'][-13:-9].strip() or '2023'} {a['outlet']} All Rights Reserved")
        d.add_paragraph(f"Section: {a.get('section', 'NEWS')}")
        d.add_paragraph(f"Length: {sum(len(p.split()) for p in a['body'])} words")
        d.add_paragraph("Byline: Staff reporter")
        d.add_paragraph().add_run("Body").bold = True
        for para in a["body"]:
            d.add_paragraph(para)
        d.add_paragraph().add_run("Classification").bold = True
        d.add_paragraph("Language: ENGLISH")
        d.add_paragraph("Publication-Type: Newspaper")
        d.add_paragraph("Subject: DEFENCE (92%); MILITARY EXERCISES (78%)")
        d.add_paragraph(f"Load-Date: {a['date'].rsplit(' ', 1)[0]}")
        if last_end or k < len(articles) - 1:
            d.add_paragraph("End of Document")
            d.add_page_break()
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


UNI = [
    {"title": "Vietnam, India hold maritime security talks", "outlet": "The Hindu", "date": "March 5, 2024 Tuesday",
     "body": ["Vietnamese Defence Minister General Phan Van Giang held talks with Indian Defence Minister "
              "Rajnath Singh in New Delhi on Monday.",
              "The two ministers agreed to expand cooperation in maritime security and defence industry."]},
    {"title": "US and Vietnam hold defence policy dialogue", "outlet": "Viet Nam News",
     "date": "October 9, 2023 Monday",
     "body": ["Vietnam and the United States held their defence policy dialogue in Washington on Friday, "
              "co-chaired by Deputy Defence Minister Hoang Xuan Chien."]},
]


def test_nexis_uni_docx_gives_one_article_per_document(tmp_path):
    corpus = load_corpus(folder(tmp_path, {"uni_download.docx": nexis_uni_docx(UNI)}))
    a = corpus.articles.set_index("article_id")
    assert list(a.index) == ["uni_download-1", "uni_download-2"]
    assert a.loc["uni_download-1", "title"] == "Vietnam, India hold maritime security talks"
    assert a.loc["uni_download-1", "source"] == "The Hindu"
    assert (a.loc["uni_download-2", "published"], a.loc["uni_download-2", "published_basis"]) == ("2023-10-09", "stated")
    assert a.loc["uni_download-2", "origin"] == "uni_download.docx#2"
    assert corpus.problems.empty
    text = "\n".join(corpus.sentences["text"])
    for furniture in ("Copyright", "Length:", "Byline", "Classification", "Load-Date", "End of Document",
                      "Client/Matter", "Documents (2)", "Subject:"):
        assert furniture not in text, furniture
    # "on Monday" before Tuesday 5 March 2024; "on Friday" before Monday 9 October 2023
    assert events(corpus) >= {("IND", "talks", "2024-03-04", "New Delhi", "uni_download-1"),
                              ("USA", "dialogue", "2023-10-06", "Washington", "uni_download-2")}


def test_nexis_uni_docx_cut_before_its_end_reads_the_rest(tmp_path):
    corpus = load_corpus(folder(tmp_path, {"u.docx": nexis_uni_docx(UNI, cover=False, last_end=False)}))
    assert list(corpus.articles["article_id"]) == ["u-1", "u-2"]
    assert problems(corpus) == {("u.docx#2", "cut mid-article")}


def test_a_word_file_that_is_no_nexis_download_is_one_problem(tmp_path):
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Minutes of the seminar, 12 March.")
    buf = io.BytesIO()
    d.save(buf)
    corpus = load_corpus(folder(tmp_path, {"notes.docx": buf.getvalue(), "broken.docx": b"PK\x03\x04 not a zip",
                                           "good.txt": BODY}))
    assert list(corpus.articles["article_id"]) == ["good"]
    assert problems(corpus) == {("notes.docx", "no text"), ("broken.docx", "unreadable")}


@pytest.mark.parametrize("which", ["1 of 3 DOCUMENTS", "2 of 3 DOCUMENTS", "3 of 3 DOCUMENTS"])
def test_one_document_saved_from_a_list_of_results_is_named_as_its_file(tmp_path, which):
    """A researcher saving one result ("2 of 3 DOCUMENTS") has a file of one article: it takes the file's name,
    as any one-article file does, so a gold coded by file name matches it."""
    start = EXPORT.index(which)
    marks = [EXPORT.index(f"{n} of 3 DOCUMENTS") for n in (1, 2, 3)]
    end = next((m for m in marks if m > start), len(EXPORT))
    corpus = load_corpus(folder(tmp_path, {"saved_result.txt": EXPORT[start:end]}))
    assert list(corpus.articles["article_id"]) == ["saved_result"]
    assert corpus.articles["published_evidence"].iloc[0].startswith("date line")
