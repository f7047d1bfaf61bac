"""Own the series' navigation: the ``← previous · index · next →`` footer and 00's table of contents.

Both are generated from the notebooks' own titles (``# NN · Title``) and question lines, so adding or
renaming a notebook only needs ``python tools/nav.py`` (``tools/run_notebooks.py`` calls it first).
The footer is the last cell, tagged ``nav``; the contents are a cell tagged ``contents`` in the index.

    python tools/nav.py          # rewrite footers and contents in place
    python tools/nav.py --check  # exit 1 if any is out of date
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
INDEX = "00_corpus.ipynb"
TITLE = re.compile(r"^#\s+(\d\d)\s+·\s+(.+?)\s*$", re.MULTILINE)


def series(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered notebooks of the series, in reading order (solutions/ is not part of it)."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def title(nb: nbformat.NotebookNode) -> tuple[str, str]:
    """(number, title) from the first markdown cell's ``# NN · Title`` line."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = TITLE.search(cell.source)
            if m:
                return m.group(1), m.group(2)
    raise ValueError("no '# NN · Title' heading in the first markdown cell")


def question(nb: nbformat.NotebookNode) -> str:
    """The italic question line under the title."""
    for line in nb.cells[0].source.splitlines():
        if line.startswith("*") and line.endswith("*") and not line.startswith("**"):
            return line.strip("*").strip()
    return ""


def footer(paths: list[Path], i: int, titles: list[tuple[str, str]]) -> str:
    """Markdown of the nav footer of the i-th notebook."""
    prev = f"[← {titles[i - 1][0]} · {titles[i - 1][1]}]({paths[i - 1].name})" if i > 0 else "← (start)"
    nxt = (f"[{titles[i + 1][0]} · {titles[i + 1][1]} →]({paths[i + 1].name})" if i + 1 < len(paths)
           else "(end) →")
    return f"---\n{prev} · [index]({INDEX}) · {nxt}"


def contents(paths: list[Path], nbs: list[nbformat.NotebookNode]) -> str:
    """Markdown table of contents for the index notebook."""
    lines = ["## The series", "", "| notebook | the question it answers |", "|---|---|"]
    for p, nb in zip(paths, nbs, strict=True):
        num, name = title(nb)
        lines.append(f"| [{num} · {name}]({p.name}) | {question(nb)} |")
    return "\n".join(lines)


def _tagged(nb: nbformat.NotebookNode, tag: str) -> list[nbformat.NotebookNode]:
    return [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]


def expected(folder: Path = NOTEBOOKS) -> dict[Path, dict[str, str]]:
    """For each notebook the source its ``nav`` (and, for the index, ``contents``) cell must have."""
    paths = series(folder)
    nbs = [nbformat.read(p, as_version=4) for p in paths]
    titles = [title(nb) for nb in nbs]
    out = {p: {"nav": footer(paths, i, titles)} for i, p in enumerate(paths)}
    index = folder / INDEX
    if index in out:
        out[index]["contents"] = contents(paths, nbs)
    return out


def apply(folder: Path = NOTEBOOKS, check: bool = False) -> list[Path]:
    """Rewrite stale footers/contents (or, with ``check``, only report them). Returns the stale files."""
    stale = []
    for path, cells in expected(folder).items():
        nb = nbformat.read(path, as_version=4)
        changed = False
        for tag, source in cells.items():
            found = _tagged(nb, tag)
            if not found:
                cell = nbformat.v4.new_markdown_cell(source, metadata={"tags": [tag]})
                cell.id = f"{tag}-cell"
                nb.cells.append(cell)
                changed = True
            elif found[0].source != source:
                found[0].source = source
                changed = True
        if changed:
            stale.append(path)
            if not check:
                nbformat.write(nb, path)
    return stale


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = apply(check=check)
    for p in stale:
        print(("stale: " if check else "updated: ") + p.relative_to(ROOT).as_posix())
    return 1 if (check and stale) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
