"""Structure of the stored notebooks: what a reader on a code host and nbval will meet.

These tests read the committed files only (no kernel): kernelspec, execution order, no error or
stderr outputs, no machine paths, titles, the opening and closing sections, nav footers, links.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SERIES = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
ALL = SERIES + sorted(NOTEBOOKS.glob("solutions/[0-9][0-9]_*.ipynb"))
ABSOLUTE = re.compile(r"(/home/|/Users/|/work/|/tmp/|[A-Z]:\\\\Users|site-packages)")
LINK = re.compile(r"\]\(([^)\s]+)\)")
MAX_BYTES = 3_000_000


def _nav():
    spec = importlib.util.spec_from_file_location("nav", ROOT / "tools" / "nav.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def _ids(paths: list[Path]) -> list[str]:
    return [p.relative_to(NOTEBOOKS).as_posix() for p in paths]


def test_the_series_is_complete() -> None:
    names = [p.name for p in SERIES]
    assert names[0] == "00_corpus.ipynb"  # `make lab` opens it
    assert [n[:2] for n in names] == [f"{i:02d}" for i in range(len(names))]
    assert len(names) >= 7
    assert all(re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", n) for n in names)


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_kernelspec_and_metadata(path: Path) -> None:
    nb = _read(path)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert set(nb.metadata) <= {"kernelspec", "language_info"}
    for cell in nb.cells:
        assert "execution" not in cell.metadata, "timing metadata stored"


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_executed_in_order(path: Path) -> None:
    code = [c for c in _read(path).cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_no_errors_stderr_or_machine_paths(path: Path) -> None:
    for cell in _read(path).cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", out.get("evalue")
            assert not (out.output_type == "stream" and out.name == "stderr"), out.text
            text = out.get("text", "") + "".join(
                v for k, v in out.get("data", {}).items() if k.startswith("text/") and isinstance(v, str))
            assert not ABSOLUTE.search(text), f"machine path in output: {ABSOLUTE.search(text).group(0)}"
            assert "image/svg+xml" not in out.get("data", {}), "figures are PNG only"
            assert "application/vnd.jupyter.widget-view+json" not in out.get("data", {})
            # a leaked matplotlib repr means a plot cell did not end with plt.show()
            assert not re.search(r"<matplotlib\.\w+\.\w+ (object )?at 0x|Line2D at 0x|Text\(", text)
        assert not ABSOLUTE.search(cell.source), "machine path in a cell"


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_size_budget(path: Path) -> None:
    assert path.stat().st_size < MAX_BYTES


@pytest.mark.parametrize("path", SERIES, ids=_ids(SERIES))
def test_opening_shape(path: Path) -> None:
    nb = _read(path)
    first = nb.cells[0]
    assert first.cell_type == "markdown"
    m = re.match(r"# (\d\d) · \S", first.source)
    assert m and m.group(1) == path.name[:2], "title number must match the file name"
    for part in ("**You will learn**", "**Before this**", "**Data**", "**Time**"):
        assert part in first.source
    assert re.search(r"^\*[^*].+\*$", first.source, re.MULTILINE), "italic question line"
    assert len(re.findall(r"^- ", first.source.split("**You will learn**")[1].split("**Before")[0],
                          re.MULTILINE)) == 3
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and "SEEDS_DIR = None" in params[0].source
    setup = [c for c in nb.cells if c.cell_type == "code" and "notebook.setup()" in c.source]
    assert len(setup) == 1


@pytest.mark.parametrize("path", SERIES, ids=_ids(SERIES))
def test_closing_shape(path: Path) -> None:
    headings = [c.source.splitlines()[0] for c in _read(path).cells if c.cell_type == "markdown"]
    for h in ("## Takeaways", "## Questions for discussion", "## Exercises"):
        assert h in headings


@pytest.mark.parametrize("path", SERIES, ids=_ids(SERIES))
def test_nav_footer_present_and_current(path: Path) -> None:
    nb = _read(path)
    expected = _nav().expected(NOTEBOOKS)[path]
    last = nb.cells[-1]
    assert "nav" in last.metadata.get("tags", []), "the footer is the last cell"
    assert last.source == expected["nav"], "run tools/nav.py"
    assert "index" in last.source and "←" in last.source and "→" in last.source
    if "contents" in expected:
        cells = [c for c in nb.cells if "contents" in c.metadata.get("tags", [])]
        assert cells and cells[0].source == expected["contents"]


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_relative_links_resolve(path: Path) -> None:
    for cell in _read(path).cells:
        if cell.cell_type != "markdown":
            continue
        for target in LINK.findall(cell.source):
            if target.startswith(("http://", "https://", "mailto:", "#")):
                continue
            assert (path.parent / target.split("#")[0]).exists(), f"broken link {target}"


def test_sanitize_file_is_small() -> None:
    cfg = (ROOT / "tests" / "nbval_sanitize.cfg").read_text()
    assert len(re.findall(r"^\[", cfg, re.MULTILINE)) <= 3
