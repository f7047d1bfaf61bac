"""Render the executed notebooks to static HTML pages with an index, readable offline.

    python tools/render_html.py [OUT]        # default build/html; open OUT/index.html

Uses the stored outputs (run tools/run_notebooks.py first; nothing is executed here). Links between
notebooks are rewritten from ``.ipynb`` to ``.html``, and script tags that would fetch MathJax or
require.js or mermaid from a CDN are dropped (the series uses no maths, diagrams or widgets), so the pages work
without a network.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import nav  # noqa: E402 - tools/ is not a package

ROOT = Path(__file__).resolve().parent.parent
REMOTE_SCRIPT = re.compile(r"<script[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>", re.IGNORECASE)
# inline scripts that import from a CDN (the lab template's mermaid loader)
CDN_INLINE = re.compile(r"<script[^>]*>(?:(?!</script>).)*?https://cdn(?:(?!</script>).)*?</script>",
                        re.DOTALL | re.IGNORECASE)
MATHJAX_BLOCK = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL)
IPYNB_LINK = re.compile(r"(href=\"[^\"#:]+?)\.ipynb([\"#])")


def offline(page: str) -> str:
    """Drop CDN scripts and point notebook links at the rendered pages."""
    page = MATHJAX_BLOCK.sub("", page)
    page = REMOTE_SCRIPT.sub("", page)
    page = CDN_INLINE.sub("", page)
    return IPYNB_LINK.sub(r"\1.html\2", page)


def render(path: Path, out: Path, exporter: HTMLExporter) -> Path:
    nb = nbformat.read(path, as_version=4)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
    target = out / path.with_suffix(".html").name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(offline(body), encoding="utf-8")
    return target


def index_page(entries: list[tuple[str, str, str]]) -> str:
    """A plain index: one link per notebook with its question."""
    rows = "\n".join(f'<li><a href="{html.escape(href)}">{html.escape(title)}</a><br><em>{html.escape(q)}</em></li>'
                     for href, title, q in entries)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>The ties kit: notebook series</title>"
            "<style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}"
            "li{margin-bottom:1em}</style></head><body>\n"
            "<h1>The ties kit: notebook series</h1>\n"
            "<p>Vietnam's defence ties with India and the United States, read from news articles. "
            "Rendered from the executed notebooks in <code>notebooks/</code>.</p>\n"
            f"<ol start=\"0\">\n{rows}\n</ol>\n</body></html>\n")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "html"
    out.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(template_name="lab")
    folder = ROOT / "notebooks"
    entries = []
    for path in nav.series(folder):
        nb = nbformat.read(path, as_version=4)
        number, title = nav.title(nb)
        render(path, out, exporter)
        entries.append((path.with_suffix(".html").name, f"{number} · {title}", nav.question(nb)))
    for path in sorted(folder.glob("solutions/*.ipynb")):
        render(path, out / "solutions", exporter)
    (out / "index.html").write_text(index_page(entries), encoding="utf-8")
    print(f"{len(entries)} notebooks rendered; open {out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
