from __future__ import annotations

import datetime as dt
import random
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


def events(text: str) -> list[tuple[str, str, str]]:
    """(partner, type, start date) of each event the kit codes in a small article."""
    return sorted((e.partner, e.type, e.date.iso_start()) for e in article(text).events)


def published(text: str) -> tuple[str, str]:
    """The publication date the kit gives a small article, and how it got it."""
    a = article(text).article
    return (a.published.iso_start() if a.published else "", a.published_basis)


CITIES = ["Hanoi", "New Delhi", "Da Nang", "Mumbai", "Cam Ranh"]
ENVOYS = ["Arun Kumar Mehta", "Sandeep Rao Iyer", "Vikram Nath Pillai", "Rohan Dev Menon"]  # invented names


def long_article(sentences: int, header: bool, seed: int = 7) -> str:
    """A report of many dated Vietnam-India happenings, in the phrasings a long report mixes."""
    rng = random.Random(seed)
    out = []
    for _ in range(sentences):
        d = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(18 * 365))
        city = rng.choice(CITIES)
        out.append(rng.choice([
            f"Vietnamese and Indian defence officials met in {city} on {d:%B} {d.day}, {d.year}.",
            f"The Indian Defence Minister visited {city} on {d:%B} {d.day} for talks on shipbuilding.",
            f"Vietnam and India held a joint naval exercise off {city} in {d:%B} {d.year}.",
            f"The two navies marked the {rng.randrange(2, 40)}th anniversary of their partnership.",
            f"India and Vietnam signed a memorandum of understanding on cyber security in {d.year}.",
            "The two sides later signed an agreement on submarine training, officials said.",
            "The visit deepened cooperation in peacekeeping and military medicine.",
            f"Vietnamese Defence Minister Phan Van Giang met Indian Defence Minister Rajnath Singh in {city} "
            f"on {d:%B} {d.day}, {d.year}.",
            f"Indian Ambassador {rng.choice(ENVOYS)} called on Deputy Defence Minister Hoang Xuan Chien "
            f"on {d:%B} {d.day}, {d.year}.",
        ]))
        if rng.random() < 0.15:
            out.append("")  # a paragraph break now and then
    head = "Vietnam and India: a record of defence ties\n\n" + ("date 2024-03-01\n\n" if header else "")
    return head + " ".join(out).replace("  ", "\n\n") + "\n"
