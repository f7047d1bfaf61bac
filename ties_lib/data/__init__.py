"""Knowledge the extractor reads: CSV files a student can open and extend."""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib.resources import files


@cache
def _read(name: str) -> tuple[dict[str, str], ...]:
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))


@cache
def common_words(kind: str) -> frozenset[str]:
    """The lower-case words of ``common_words.csv`` of one kind (``function`` or ``organisation``)."""
    return frozenset(r["word"].lower() for r in _read("common_words.csv") if r["kind"] == kind)


def load_csv(name: str) -> list[dict[str, str]]:
    """Rows of ``ties_lib/data/NAME`` as dicts (cached; callers must not mutate them)."""
    return list(_read(name))
