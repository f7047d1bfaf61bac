"""The formats a researcher's corpus comes in, read into :class:`Document` records.

One folder may mix them freely:

* ``.txt``: one article a file, as before; a LexisNexis plain-text export (many articles, each
  opened by an "N of M DOCUMENTS" line) is recognised by that line and split.
* ``.html`` / ``.htm``: a saved web page; main text, title, site name and URL through
  trafilatura, the publication date through htmldate from the page's markup only.
* ``.docx``: a Nexis Uni download (python-docx): articles separated by "End of Document",
  each with its headline, outlet, date line, labelled lines, a "Body" heading and its text.
* ``.csv`` / ``.jsonl``: a table of articles as scrapers and news APIs write it: a ``text``
  column, optional ``id``, ``title``, ``published``, ``url`` and ``source``.

Every article keeps its origin (file, and position inside a file of many). What cannot be
read becomes a :class:`Problem` naming the file and position; the rest of the file is read.
Metadata that a format states (a headline, an export's date line, a page's ``<meta>`` date)
is given to the extractor as a ``date`` header and a first line, exactly as a ``.txt`` file
would carry them, and stated on the article afterwards with its evidence
(:func:`apply_metadata`).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import io
import json
import math
import re
from collections.abc import Iterator
from pathlib import Path

from .dates import find_dates
from .reading import decode_bytes, read_document
from .records import ArticleResult, DateValue, Document, Problem

#: Files that hold many articles can be larger than one article's limit.
MAX_TABLE_BYTES = 200_000_000
#: A saved page carries scripts and inline images besides its article.
MAX_PAGE_BYTES = 20_000_000
TABLE_COLUMNS = ("id", "title", "published", "url", "source")


def read_source(src: Path, path: Path) -> list[Document | Problem]:
    """Every article in one file, in file order, or the problems that stopped it."""
    rel = path.relative_to(src).as_posix()
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return _read_txt(src, path, rel)
    limit = MAX_PAGE_BYTES if suffix in (".html", ".htm") else MAX_TABLE_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            return [Problem(rel, "too large", f"{size:,} bytes; files over {limit:,} bytes are refused unread")]
        data = path.read_bytes()
    except OSError as exc:
        return [Problem(rel, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")]
    stem = _stem(src, path)
    if suffix in (".html", ".htm"):
        return [read_html(stem, rel, data)]
    if suffix == ".csv":
        return read_csv_table(stem, rel, data)
    if suffix == ".jsonl":
        return read_jsonl_table(stem, rel, data)
    if suffix == ".docx":
        return read_nexis_docx(stem, rel, data)
    return [Problem(rel, "unreadable", f"no reader for {suffix} files")]


def _stem(src: Path, path: Path) -> str:
    return path.relative_to(src).with_suffix("").as_posix()


def _read_txt(src: Path, path: Path, rel: str) -> list[Document | Problem]:
    doc = read_document(src, path)
    if isinstance(doc, Document) and LEXIS_MARK.search(doc.text[:20_000]):
        return read_lexis(_stem(src, path), rel, doc.text, doc.encoding)
    return [doc]


def _document(aid: str, rel: str, origin: str, body: str, *, encoding: str = "utf-8", fmt: str,
              title: str = "", published: dt.date | None = None, evidence: str = "", url: str = "",
              source: str = "") -> Document:
    """A document whose stated title and date are written as a ``.txt`` article carries them."""
    head = f"date {published.isoformat()}\n" if published else ""
    text = head + (f"{title}\n\n" if title else "") + body.strip() + "\n"
    sha1 = hashlib.sha1(" ".join(body.split()).encode("utf-8")).hexdigest()
    return Document(aid, rel, text, encoding, fmt, sha1, title=title,
                    published=published.isoformat() if published else "", published_evidence=evidence,
                    url=url, source=source, origin=origin)


def apply_metadata(result: ArticleResult, doc: Document) -> ArticleResult:
    """State on the article what its format said: headline, date and its evidence, origin, URL, outlet."""
    a = result.article
    changes: dict = {"origin": doc.origin or doc.path, "url": doc.url, "source": doc.source}
    if doc.title:
        changes["title"] = doc.title
    if doc.published:
        day = dt.date.fromisoformat(doc.published)
        changes.update(published=DateValue(day, day, "day", "stated"), published_basis="stated",
                       published_evidence=doc.published_evidence)
    return dataclasses.replace(result, article=dataclasses.replace(a, **changes))


def stated_day(value: str) -> dt.date | None:
    """The day a date string states ("2022-06-09", "2022-06-09T10:00:00Z", "June 9, 2022 Thursday").

    None when it names no full day: a month or a year is not a publication day.
    """
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?![\d])", value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    for e in find_dates(value.replace("\u2013", "-").replace("\u2014", "-")):
        if e.kind == "date" and e.year:
            try:
                return dt.date(e.year, e.month, e.day)  # type: ignore[arg-type]
            except ValueError:
                return None
    return None


# ---------------------------------------------------------------------------- web pages

_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)


def read_html(aid: str, rel: str, data: bytes) -> Document | Problem:
    """A saved web page: its main text, title, site name, URL and the date its markup states."""
    import trafilatura
    from lxml import html as lxml_html

    if not data.strip():
        return Problem(rel, "empty", "the file is empty")
    try:
        tree = lxml_html.fromstring(data)
    except Exception as exc:  # noqa: BLE001 - lxml refuses some broken pages outright
        return Problem(rel, "unreadable", f"not an HTML page lxml can parse: {exc}")
    try:
        got = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False,
                                          date_extraction_params={"extensive_search": False,
                                                                  "original_date": True})
    except Exception as exc:  # noqa: BLE001 - one broken page must not stop the folder
        return Problem(rel, "unreadable", f"trafilatura failed on the page: {type(exc).__name__}: {exc}")
    text = (got.text or "") if got is not None else ""
    if not text.strip():
        return Problem(rel, "no main text", "trafilatura found no article text on the page (navigation only?)")
    title = (got.title or "").strip()
    if text.startswith(title + "\n"):
        text = text[len(title) + 1:]  # the headline is the page's <h1>: given once, as the title
    published, evidence = _page_date(tree, got.date or "")
    head = data[:4096].decode("utf-8", errors="replace")
    saved = _SAVED_FROM.search(head)
    url = (got.url or "") or (saved.group(1) if saved else "")
    return _document(aid, rel, rel, text, fmt="html", title=title, published=published, evidence=evidence,
                     url=url, source=(got.sitename or "").strip())


def _page_date(tree, found: str) -> tuple[dt.date | None, str]:
    """The page's date and the element that states it; no date when no element of the markup does."""
    day = stated_day(found) if found else None
    if day is None:
        return None, ""
    for el in tree.iter("meta", "time", "abbr"):
        value = el.get("content") or el.get("datetime") or el.get("title") or el.text_content() or ""
        if value and stated_day(value) == day:
            attrs = " ".join(f'{k}="{v}"' for k, v in el.attrib.items()
                             if k in ("property", "name", "itemprop", "http-equiv", "content", "datetime"))
            return day, f"<{el.tag} {attrs}>".replace(" >", ">")
    return None, ""  # found in the URL or the text: the extractor reads the text itself


# ---------------------------------------------------------------------------- LexisNexis plain text

LEXIS_MARK = re.compile(r"^[ \t]*(\d+)[ \t]+of[ \t]+(\d+)[ \t]+DOCUMENTS?[ \t]*$", re.MULTILINE | re.IGNORECASE)
#: Labelled lines before the body ("BYLINE: Dinakar Peri") and after it ("LOAD-DATE: June 10, 2022").
_LABEL = re.compile(r"^([A-Z][A-Z-]*(?: [A-Z][A-Z-]*)?):\s*(.*)$")
_HEAD = ("BYLINE", "SECTION", "LENGTH", "DATELINE", "HIGHLIGHT", "EDITION", "COLUMN", "BODY", "CORRECTION-DATE")
_TRAILER = ("LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "JOURNAL-CODE", "GRAPHIC", "DOCUMENT-TYPE",
            "SUBJECT", "GEOGRAPHIC", "ORGANIZATION", "PERSON", "CITY", "COUNTRY", "URL", "NOTES")
_COPYRIGHT = re.compile(r"^(copyright\b|\(c\)|©|all rights reserved)", re.IGNORECASE)


def read_lexis(stem: str, rel: str, text: str, encoding: str = "utf-8") -> list[Document | Problem]:
    """A LexisNexis plain-text export: one document per "N of M DOCUMENTS" block.

    Each block: the outlet, the date line ("June 9, 2022 Thursday", perhaps with edition lines
    under it), the headline, labelled lines (``BYLINE:``, ``SECTION:``, ``LENGTH:``), the body
    (wrapped at 78 columns; its paragraphs are joined again), then ``LOAD-DATE:``,
    ``LANGUAGE:`` and the other trailer labels and a copyright line. The request header before
    the first block, the labelled lines and the copyright are furniture; the outlet goes to
    ``source``, the headline to ``title``, and the date line is the stated publication date.
    """
    marks = list(LEXIS_MARK.finditer(text))
    out: list[Document | Problem] = []
    total = int(marks[0].group(2)) if marks else 0
    for pos, m in enumerate(marks, start=1):
        end = marks[pos].start() if pos < len(marks) else len(text)
        origin = f"{rel}#{pos}"
        out.extend(_lexis_document(f"{stem}-{pos}", rel, origin, text[m.end():end], encoding, m.group(0).strip()))
    if len(marks) == 1:
        # one document saved from a list of results ("1 of 3 DOCUMENTS"): the file is that article, named as
        # any one-article file is
        return [dataclasses.replace(d, article_id=stem) if isinstance(d, Document) else d for d in out]
    if marks and len(marks) < total - int(marks[0].group(1)) + 1:
        out.append(Problem(rel, "export cut short",
                           f"{len(marks)} of the {total} documents its first line announces are in the file; "
                           "the ones present were read"))
    return out


def _head_label(line: str) -> bool:
    m = _LABEL.match(line)
    return bool(m) and m.group(1) in _HEAD  # type: ignore[union-attr]


def _lexis_document(aid: str, rel: str, origin: str, block: str, encoding: str,
                    mark: str) -> list[Document | Problem]:
    lines = [ln.strip() for ln in block.split("\n")]
    i = 0

    def next_line() -> str:
        nonlocal i
        while i < len(lines) and not lines[i]:
            i += 1
        if i >= len(lines):
            return ""
        i += 1
        return lines[i - 1]

    outlet = next_line()
    date_line = next_line()
    published = stated_day(date_line)
    if published is None:  # no date line: the line was the headline's first
        i -= 1
        date_line = ""
    else:
        while i < len(lines) and lines[i]:  # a print edition under the date ("Edition 1;", "Scotland")
            i += 1
    headline: list[str] = []
    while i < len(lines) and not _head_label(lines[i]):
        if lines[i]:
            headline.append(lines[i])
        elif headline:
            break
        i += 1
    # labelled lines (BYLINE, SECTION, LENGTH, DATELINE, HIGHLIGHT) up to the body
    while i < len(lines) and (not lines[i] or _head_label(lines[i])):
        i += 1
    body: list[str] = []
    complete = False
    while i < len(lines):
        label = _LABEL.match(lines[i])
        if label and label.group(1) in _TRAILER:
            complete = True
            break
        body.append(lines[i])
        i += 1
    if not complete:  # a copyright line with no LOAD-DATE still ends the body
        cut = next((k for k, ln in enumerate(body) if _COPYRIGHT.match(ln)), None)
        complete = cut is not None
        body = body[:cut] if cut is not None else body
    # a paragraph is one line in the export; a copy wrapped by a text editor is joined again
    text = "\n\n".join(" ".join(p.split("\n")) for p in re.split(r"\n\s*\n", "\n".join(body).strip()))
    if not text:
        return [Problem(origin, "no text", f"'{mark}' has no body text")]
    doc = _document(aid, rel, origin, text, encoding=encoding, fmt="lexisnexis", title=" ".join(headline),
                    published=published, evidence=f"date line '{date_line}'" if published else "",
                    source=outlet)
    if not complete:  # read as far as it goes; the problem says it may be short
        return [Problem(origin, "cut mid-article", f"'{mark}' ends without its LOAD-DATE or copyright line; "
                        "the text there is read"), doc]
    return [doc]


# ---------------------------------------------------------------------------- Nexis Uni .docx

_UNI_LABEL = re.compile(r"^(Section|Length|Byline|Dateline|Highlight|Edition|Correction|Column|Copyright|"
                        r"Graphic|Notes|Load-Date|Language|Publication-Type|Subject|Industry|Geographic|"
                        r"Person|Organization|Company|Ticker|Journal-Code)\b\s*:?", re.IGNORECASE)
#: What follows the body of a Nexis Uni document (its classification, its load date).
_UNI_AFTER = re.compile(r"^(Classification|Graphic|Notes|Load-Date:.*|End of Document)$", re.IGNORECASE)
_END = "End of Document"


def read_nexis_docx(stem: str, rel: str, data: bytes) -> list[Document | Problem]:
    """A Nexis Uni ``.docx`` download: one document before each "End of Document" line.

    A download of many documents may open with a cover page (user, job, "Documents (3)" and the
    list of headlines); each document then reads: headline, outlet, date line ("June 9, 2022
    Thursday"), copyright, labelled lines (``Section:``, ``Length:``, ``Byline:``), a line
    "Body", the paragraphs, then "Classification" and its labelled lines, ``Load-Date:``, and
    "End of Document". The document is found from its "Body" line backwards, so a cover page
    or a missing label costs nothing.
    """
    import docx

    try:
        paragraphs = [p.text.strip() for p in docx.Document(io.BytesIO(data)).paragraphs]
    except Exception as exc:  # noqa: BLE001 - a damaged or mislabelled file is one problem
        return [Problem(rel, "unreadable", f"not a Word document python-docx can open: {type(exc).__name__}")]
    chunks: list[list[str]] = [[]]
    for text in paragraphs:
        if text == _END:
            chunks.append([])
        elif text:
            chunks[-1].append(text)
    out: list[Document | Problem] = []
    pos = 0
    for k, chunk in enumerate(chunks):
        closed = k < len(chunks) - 1
        if not chunk or (not closed and "Body" not in chunk and not any(stated_day(t) for t in chunk[:6])):
            continue  # the empty tail after the last "End of Document"
        pos += 1
        origin = f"{rel}#{pos}"
        doc = _uni_document(f"{stem}-{pos}", rel, origin, chunk)
        if isinstance(doc, Problem):
            out.append(doc)
            continue
        if not closed:
            out.append(Problem(origin, "cut mid-article", "the last document has no 'End of Document' line; "
                               "the text there is read"))
        out.append(doc)
    if not out:
        return [Problem(rel, "no text", "no Nexis Uni document (a 'Body' line and its text) in the file")]
    return out


def _uni_document(aid: str, rel: str, origin: str, chunk: list[str]) -> Document | Problem:
    if "Body" not in chunk:
        return Problem(origin, "no text", "no 'Body' line: not a Nexis Uni document, or one without text")
    body_at = chunk.index("Body")
    i = body_at - 1
    while i >= 0 and (_UNI_LABEL.match(chunk[i]) and stated_day(chunk[i]) is None or chunk[i].startswith("©")):
        i -= 1  # labelled lines and the copyright between the date line and "Body"
    published = stated_day(chunk[i]) if i >= 0 else None
    date_line = chunk[i] if published else ""
    head = chunk[:i] if published else chunk[:i + 1]
    outlet = head[-1] if len(head) >= 2 else ""
    title = head[-2] if len(head) >= 2 else (head[-1] if head else "")
    body: list[str] = []
    for text in chunk[body_at + 1:]:
        if _UNI_AFTER.match(text):
            break
        body.append(text)
    if not body:
        return Problem(origin, "no text", "the 'Body' line is followed by no text")
    return _document(aid, rel, origin, "\n\n".join(body), fmt="nexis-uni", title=title, published=published,
                     evidence=f"date line '{date_line}'" if published else "", source=outlet)


# ---------------------------------------------------------------------------- tables of articles


def _table_rows(rel: str, records: list[tuple[int, dict]], stem: str, kind: str) -> list[Document | Problem]:
    out: list[Document | Problem] = []
    seen: set[str] = set()
    for n, row in records:
        origin = f"{rel}#{n}"
        text = _cell(row, "text")
        if not text:
            raw = row.get("text")
            why = "has an empty text" if _missing(raw) or isinstance(raw, str) else \
                f"has {type(raw).__name__} {str(raw)[:40]!r} as its text, not an article's text"
            out.append(Problem(origin, "no text", f"{kind} {n} {why}"))
            continue
        given = _clean_id(_cell(row, "id", whole_numbers=True))
        aid = given or f"{stem}-{n}"
        if aid in seen:
            out.append(Problem(origin, "duplicate id", f"id '{given}' is used by an earlier row; read as {stem}-{n}"))
            aid = f"{stem}-{n}"
        seen.add(aid)
        published_raw = _cell(row, "published", whole_numbers=True)
        published = stated_day(published_raw) if published_raw else None
        if published_raw and published is None:
            out.append(Problem(origin, "unread date",
                               f"published '{published_raw}' names no day; the date is read from the text"))
        out.append(_document(aid, rel, origin, text, fmt=kind.split()[0], title=_cell(row, "title"),
                             published=published,
                             evidence=f"column published '{published_raw}'" if published else "",
                             url=_cell(row, "url"), source=_cell(row, "source")))
    return out


def _missing(value: object) -> bool:
    """An empty cell: absent, JSON null, or NaN (a table written by pandas, JSON's NaN)."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def _cell(row: dict, column: str, *, whole_numbers: bool = False) -> str:
    """A cell as text, stripped; ``""`` when it is empty or not text.

    A number is not a title or an article's text, and NaN must not become an id "nan". With
    ``whole_numbers`` an integer (an id or a date as a JSON number) is read as its digits.
    """
    value = row.get(column)
    if isinstance(value, str):
        return value.strip()
    if whole_numbers and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return ""


def _clean_id(value: str) -> str:
    # ids go into sentence references ("id#3") and ;-joined cells: those characters cannot be in one
    return re.sub(r"[\s;#|]+", "-", value.strip()).strip("-")


def _not_articles(rel: str, columns: list[str]) -> Problem:
    if {"action", "table", "id"} <= set(columns):
        return Problem(rel, "not articles", "a corrections or review sheet: save it as corrections.csv to apply it")
    shown = ", ".join(columns[:8]) or "none"
    return Problem(rel, "no text column", f"a table of articles needs a 'text' column; its columns: {shown}")


def allow_long_fields() -> None:
    """Let the csv module read a cell as long as the largest table the kit reads.

    Its default limit (131,072 characters) is shorter than a long article; a cell over it
    would make the reader stop with an error.
    """
    if csv.field_size_limit() < MAX_TABLE_BYTES:
        csv.field_size_limit(MAX_TABLE_BYTES)


def csv_rows(text: str) -> tuple[list[str], Iterator[tuple[int, dict | csv.Error]]]:
    """The header of a CSV text and its rows, numbered from 1 after the header.

    A row the csv module cannot read comes as its :class:`csv.Error` in place of the row, and
    reading goes on at the next line: one bad row costs only itself. A header that cannot be
    read raises the :class:`csv.Error`.
    """
    allow_long_fields()
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = list(reader.fieldnames or [])

    def rows() -> Iterator[tuple[int, dict | csv.Error]]:
        n = 0
        while True:
            n += 1
            try:
                yield n, next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield n, exc

    return header, rows()


def read_csv_table(stem: str, rel: str, data: bytes) -> list[Document | Problem]:
    """A CSV of articles: one per row, numbered from 1 after the header."""
    text, _encoding = decode_bytes(data)
    try:
        header, rows = csv_rows(text)
    except csv.Error as exc:
        return [Problem(rel, "unreadable", f"not a CSV file: {exc}")]
    columns = [c.strip().lower() for c in header]
    if "text" not in columns:
        return [_not_articles(rel, columns)]
    records = []
    problems: list[Document | Problem] = []
    for n, row in rows:
        if isinstance(row, csv.Error):
            problems.append(Problem(f"{rel}#{n}", "unreadable", f"csv row {n} cannot be read: {row}"))
            continue
        records.append((n, {str(k).strip().lower(): v for k, v in row.items() if k is not None}))
    return problems + _table_rows(rel, records, stem, "csv row")


def read_jsonl_table(stem: str, rel: str, data: bytes) -> list[Document | Problem]:
    """JSON Lines of articles: one object per line, numbered from 1."""
    text, _encoding = decode_bytes(data)
    records: list[tuple[int, dict]] = []
    problems: list[Document | Problem] = []
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(f"{rel}#{n}", "unreadable", f"line {n} is not JSON: {exc.msg}"))
            continue
        if not isinstance(obj, dict):
            problems.append(Problem(f"{rel}#{n}", "unreadable", f"line {n} is not a JSON object"))
            continue
        records.append((n, {str(k).lower(): v for k, v in obj.items()}))
    if records and not any("text" in r for _n, r in records):
        return [_not_articles(rel, sorted({k for _n, r in records for k in r}))]
    return problems + _table_rows(rel, records, stem, "jsonl line")
