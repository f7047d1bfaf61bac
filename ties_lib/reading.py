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
MAX_BYTES = 5_000_000
SUFFIXES = (".txt",)


class TiesError(Exception):
    """An error of the kit's own, with a message meant for the user."""


def article_files(src: Path) -> list[Path]:
    """The article files under ``src``, subfolders included, in a stable order."""
    if not src.exists():
        raise TiesError(f"source folder does not exist: {src}")
    if not src.is_dir():
        raise TiesError(f"source is not a folder: {src}")
    files = sorted(p for p in src.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                   and not any(part.startswith(".") for part in p.relative_to(src).parts))
    if not files:
        raise TiesError(f"no .txt articles in {src}")
    return files


def article_id(src: Path, path: Path) -> str:
    """The file name without extension; for files in subfolders, the relative path."""
    rel = path.relative_to(src).with_suffix("")
    return rel.as_posix()


def read_document(src: Path, path: Path) -> Document | Problem:
    """Read one file as a :class:`Document`, or say why it cannot be read."""
    rel = path.relative_to(src).as_posix()
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Problem(rel, "too large", f"{size:,} bytes; articles over {MAX_BYTES:,} bytes are refused")
        data = path.read_bytes()
    except OSError as exc:
        return Problem(rel, "unreadable", str(exc))
    return decode_document(article_id(src, path), rel, data)


def decode_document(aid: str, rel: str, data: bytes) -> Document | Problem:
    """Decode bytes into a :class:`Document` (a pure function, for tests and Dask)."""
    if not data.strip():
        return Problem(rel, "empty", "the file is empty or holds only whitespace")
    if _looks_binary(data):
        return Problem(rel, "binary", "the file holds binary data (an image or other non-text), not text")
    text, encoding = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fmt = "text"
    if _looks_html(text):
        text, fmt = html_to_text(text), "html"
    if not text.strip():
        return Problem(rel, "empty", "no text once markup was removed")
    sha1 = hashlib.sha1(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()
    return Document(aid, rel, text, encoding, fmt, sha1)


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / max(1, len(head)) > 0.05


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
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
        if tag in self.SKIP:
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


def html_to_text(page: str) -> str:
    """The visible text of an HTML page, one block per line; scripts and styles dropped."""
    parser = _TextOnly()
    parser.feed(page)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
