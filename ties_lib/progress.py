"""A progress bar for long runs, shown only where a person is watching.

A bar (tqdm) appears when a run has more than :data:`MIN_ITEMS` files and the output is
interactive: a terminal, or a JupyterLab kernel. It is off when output goes to a file or a
pipe, and when ``TIES_PROGRESS=0`` is set, as ``make notebooks`` and ``make test`` do so that
stored notebook outputs stay byte-identical.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

#: Below this many files a run is over before a bar would tell anything.
MIN_ITEMS = 200


def interactive() -> bool:
    """Whether a person is watching: ``TIES_PROGRESS`` if set, else a terminal or a Jupyter kernel."""
    setting = os.environ.get("TIES_PROGRESS", "").strip().lower()
    if setting:
        return setting not in ("0", "false", "no", "off")
    if "ipykernel" in sys.modules:  # JupyterLab: stderr is no terminal, but a person reads it
        return True
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


def progress(items: Iterable[T], total: int, desc: str, show: bool | None = None) -> Iterator[T] | Iterable[T]:
    """``items`` with a bar when ``show`` (None: when :func:`interactive` and ``total > MIN_ITEMS``)."""
    if show is None:
        show = total > MIN_ITEMS and interactive()
    if not show:
        return items
    from tqdm import tqdm  # the text bar: JupyterLab shows it without the widget extras

    return tqdm(items, total=total, desc=desc, unit="file", file=sys.stderr)
