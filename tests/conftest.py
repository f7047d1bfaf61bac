from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_corpus():
    import ties_lib as tl

    return tl.load_corpus(ROOT / "seeds")


def article(text: str, aid: str = "t"):
    """Extract one small article written in a test."""
    from ties_lib.extract import extract
    from ties_lib.records import Document

    return extract(Document(aid, f"{aid}.txt", text, "utf-8"))
