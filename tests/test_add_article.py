"""Drop an article into seeds/, re-run the series, and it appears in every notebook.

The kit is copied to a temporary folder (without .venv/build), a new article written for this test
is saved in the copy's seeds/, and tools/run_notebooks.py executes the copy's notebooks with
``TIES_ROOT`` pointing at the copy. No notebook is edited; every one must show the new article or
its event in its outputs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_ID = "900_vinh_test_exercise"
# A fictional report written for this test: a stated date header, a dated in-person exercise.
ARTICLE = """date 2023-03-20 Vietnam and India hold first joint naval exercise off Cam Ranh

The navies of Vietnam and India held a joint naval exercise off Cam Ranh on March 16, with ships of
both countries training in search and rescue and maritime security cooperation.
Indian Defence Minister Rajnath Singh and Vietnam's Minister of National Defence Phan Van Giang
welcomed the exercise as a step in the two countries' comprehensive strategic partnership.
"""
EVENT_DATE = "2023-03-16"


def _outputs_text(nb: nbformat.NotebookNode) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.extend(v for k, v in out.get("data", {}).items() if k.startswith("text/") and isinstance(v, str))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def rerun_copy(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("kit") / "ties"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".venv", "build", ".git", "__pycache__", ".ipynb_checkpoints", ".ruff_cache", ".pytest_cache",
        ".hypothesis", "*.egg-info"))
    (copy / "seeds" / f"{ARTICLE_ID}.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "TIES_ROOT": str(copy)}
    env.pop("TIES_SEEDS", None)
    done = subprocess.run([sys.executable, str(copy / "tools" / "run_notebooks.py")], cwd=copy, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return copy


def test_the_new_article_is_extracted() -> None:
    # guard: the article must give an event, or the notebook check below proves nothing
    from ties_lib.extract import extract
    from ties_lib.records import Document

    result = extract(Document(ARTICLE_ID, f"{ARTICLE_ID}.txt", ARTICLE, "utf-8"))
    assert any(e.date and e.date.start.isoformat() == EVENT_DATE for e in result.events)


def test_new_article_appears_in_every_notebook(rerun_copy: Path) -> None:
    series = sorted((rerun_copy / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    assert len(series) >= 7
    for path in series:
        text = _outputs_text(nbformat.read(path, as_version=4))
        assert ARTICLE_ID in text or EVENT_DATE in text, f"{path.name} does not show the new article"


def test_the_copy_not_the_kit_was_read(rerun_copy: Path) -> None:
    original = _outputs_text(nbformat.read(ROOT / "notebooks" / "00_corpus.ipynb", as_version=4))
    assert ARTICLE_ID not in original
    copied = _outputs_text(nbformat.read(rerun_copy / "notebooks" / "00_corpus.ipynb", as_version=4))
    assert ARTICLE_ID in copied  # the index lists every article
