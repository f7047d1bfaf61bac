"""One call that makes every notebook of the series look the same and give the same bytes each run.

>>> from ties_lib import notebook
>>> notebook.setup()          # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

import matplotlib as mpl
import pandas as pd

#: Figure size and resolution fixed here, so the ``<Figure size ...>`` text and the PNGs never drift.
RC = {
    "figure.figsize": (11.0, 5.5),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 13,  # readable on a projector
    "axes.titlesize": 15,
    "axes.labelsize": 13,
    "xtick.labelsize": 12,
    "ytick.labelsize": 12,
    "legend.fontsize": 12,
    "figure.titlesize": 16,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "svg.hashsalt": "ties-kit",  # SVG ids stable, should anyone save an SVG
    "path.simplify": True,
}
PANDAS = {
    "display.width": 120,
    "display.max_columns": 12,
    "display.max_colwidth": 70,
    "display.max_rows": 40,
    "display.precision": 3,
    "display.show_dimensions": False,
}


def setup() -> None:
    """Set pandas display options and the matplotlib style for the series (returns nothing to display)."""
    import matplotlib.pyplot as plt  # noqa: F401 - importing pyplot first lets the inline backend settle

    for key, value in PANDAS.items():
        pd.set_option(key, value)
    mpl.rcParams.update(RC)


def relative(path: str | Path, start: str | Path | None = None) -> str:
    """A path shown relative to the kit's root, so no notebook output carries a machine's absolute path."""
    from .paths import project_root

    base = Path(start) if start is not None else project_root()
    try:
        return Path(path).resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return Path(path).name


def say(text: str) -> None:
    """Show a sentence built from the data as Markdown (its numbers come from the corpus, not from prose)."""
    from IPython.display import Markdown, display

    display(Markdown(text))


def show_article(corpus, article_id: str):
    """How the machine read one article: its text with every mention, event and dropped line marked.

    Returns an ``IPython.display.HTML`` (static HTML, hover text in ``title`` attributes); see
    :mod:`ties_lib.annotate`.
    """
    from IPython.display import HTML

    from .annotate import article_html

    return HTML(article_html(corpus, article_id))


def show_evidence(corpus, event_id: str):
    """The sentences behind one event, marked as in :func:`show_article` (hover the date for its basis)."""
    from IPython.display import HTML

    from .annotate import evidence_html

    return HTML(evidence_html(corpus, event_id))
