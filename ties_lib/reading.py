"""Reading files from a messy folder: every good article kept, every bad one named.

Each file is decoded (UTF-8, with or without a byte-order mark, else Windows-1252, else
Latin-1), line ends normalised, HTML reduced to its text, and refused with a reason when
it is empty, binary or too large to be an article.
"""

from __future__ import annotations

import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

from .records import Document, Problem

#: Larger than any news article; a file past this is refused rather than read.
MAX_BYTES = 2_000_000
SUFFIXES = (".txt", ".html", ".htm", ".docx", ".csv", ".jsonl")
#: The corrections file of a corpus folder (see ties_lib.corrections).
CORRECTIONS_FILE = "corrections.csv"
#: Names the kit reserves in a corpus folder (never articles): the corrections file.
RESERVED = (CORRECTIONS_FILE,)


class TiesError(Exception):
    """An error of the kit's own, with a message meant for the user."""


def article_files(src: Path) -> list[Path]:
    """The article files under ``src``, subfolders included, in a stable order."""
    if not src.exists():
        raise TiesError(f"source folder does not exist: {src}")
    if not src.is_dir():
        raise TiesError(f"source is not a folder: {src}")
    files = sorted(p for p in src.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                   and p.name.lower() not in RESERVED
                   and not any(part.startswith(".") for part in p.relative_to(src).parts))
    if not files:
        raise TiesError(f"no articles ({', '.join(SUFFIXES)}) in {src}")
    return files


def article_id(src: Path, path: Path) -> str:
    """The file name without extension; for files in subfolders, the relative path."""
    return _relative(src, path).with_suffix("").as_posix()


def _relative(src: Path, path: Path) -> Path:
    """The path within the folder; a file outside it (read on its own) goes by its name."""
    return path.relative_to(src) if path.is_relative_to(src) else Path(path.name)


def read_document(src: Path, path: Path) -> Document | Problem:
    """Read one file as a :class:`Document`, or say why it cannot be read."""
    rel = _relative(src, path).as_posix()
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Problem(rel, "too large", _too_large(size))
        with path.open("rb") as fh:
            # read at most one byte past the limit: a file that grew since stat() is still bounded
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        return Problem(rel, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")
    if len(data) > MAX_BYTES:
        return Problem(rel, "too large", _too_large(len(data)))
    return decode_document(article_id(src, path), rel, data)


def _too_large(size: int) -> str:
    return f"{size:,} bytes; files over {MAX_BYTES:,} bytes are not news articles and are refused unread"


def decode_document(aid: str, rel: str, data: bytes) -> Document | Problem:
    """Decode bytes into a :class:`Document` (a pure function, for tests and Dask).

    Never raises: whatever the bytes, the answer is a document or a :class:`Problem`.
    """
    if not data.strip():
        return Problem(rel, "empty", "the file is empty or holds only whitespace")
    kind = _binary_kind(data)
    if kind:
        return Problem(rel, "binary", f"the file holds {kind}, not text")
    text, encoding = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Problem(rel, "empty", f"the file holds only whitespace (read as {encoding})")
    fmt = "text"
    if _looks_html(text):
        text, fmt = html_to_text(text), "html"
        if not text.strip():
            return Problem(rel, "empty", "an HTML page with no visible text once markup was removed")
    # whitespace runs as one space, ends trimmed (re's \s and str.split agree on what is whitespace)
    sha1 = hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()
    return Document(aid, rel, text, encoding, fmt, sha1)


_C1 = re.compile(rb"[\x80-\x9f]")
#: Magic numbers of files that turn up in article folders under a .txt name.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"), (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF media file"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
# bytes that never occur in text: C0 controls other than tab, newline, form feed, carriage return
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _binary_kind(data: bytes) -> str:
    """What binary data this is ("" for text)."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ""  # UTF-16 with a byte-order mark: NULs are expected
    head = data[:4096]
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    # bytes.translate deletes the control bytes in C, far faster than a Python loop
    control = len(head) - len(head.translate(None, _CONTROL))
    if control / len(head) > 0.05:
        return "binary data (control bytes)"
    return ""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text (line ends normalised) and the name of the encoding that read it."""
    text, encoding = _decode(data)
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _decode(data: bytes) -> tuple[str, str]:
    """Text and the name of the encoding that read it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252 and Latin-1 agree except on 0x80-0x9F, where 1252 has its smart quotes and
    # dashes and Latin-1 only invisible controls; name the one whose reading the bytes need.
    if not _C1.search(data):
        return data.decode("latin-1"), "latin-1"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in 1252
        return data.decode("latin-1"), "latin-1"


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return bool(re.search(r"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<p[\s>]|<div[\s>]", head))


class _TextOnly(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "form"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
             "article", "header", "blockquote", "figcaption", "title", "ul", "ol", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.skip = 0  # HTML lets </head> (or a stray <nav>) go unclosed; the body is text
        elif tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


_SCRIPTS = re.compile(r"<(script|style|noscript|template|svg)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCKS = re.compile(
    r"</?(?:p|div|br|li|h[1-6]|tr|section|article|header|blockquote|title|ul|ol|table)\b[^>]*>",
    re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>|<!--.*?-->", re.DOTALL)


def _crude_text(page: str) -> str:
    """Tag stripping by pattern, for markup too broken for :mod:`html.parser`."""
    return _TAGS.sub("", _BLOCKS.sub("\n", _SCRIPTS.sub("", page)))


def html_to_text(page: str) -> str:
    """The visible text of an HTML page, one block per line; scripts and styles dropped."""
    parser = _TextOnly()
    try:
        parser.feed(page)
        parser.close()
        text = "".join(parser.parts)  # entities already decoded (convert_charrefs)
    except Exception:  # noqa: BLE001 - html.parser can assert on broken markup; fall back
        text = html.unescape(_crude_text(page))
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
