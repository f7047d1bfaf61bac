"""A time budget per article: one article that takes too long must not hold up the corpus.

Extraction is linear in an article's length (a 1.9 MB article takes seconds; see
docs/performance.md), so the budget is a backstop, generous by default. An article that
exceeds it is stopped and becomes a ``problems`` row; the rest of the corpus is read.

The stop is a ``SIGALRM`` timer, which interrupts pure-Python work between two bytecodes. It
is armed only where it can be: in a process's main thread (``load_corpus``, its worker
processes, a notebook kernel) on a system with ``setitimer``, and only when no other timer is
running. Elsewhere (a thread of Dask's threads scheduler, Windows) the time is measured and an
article over the budget is still reported as a problem, but only after it has finished.
"""

from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Callable
from typing import TypeVar

#: Seconds an article may take by default: far above the 1.9 MB article's few seconds.
DEFAULT_SECONDS = 120.0
#: The longest finite budget (11.6 days): the timer cannot be armed for much longer (about 1e11 s
#: overflows it). Infinity, like 0 and None, means no limit.
MAX_SECONDS = 1e6

T = TypeVar("T")


class OverBudget(BaseException):
    """Raised inside the extraction when its time is up.

    A ``BaseException``, like ``KeyboardInterrupt``: the extraction's own ``except Exception``
    fallbacks must not swallow it and carry on.
    """


def seconds_or_none(seconds: float | None) -> float | None:
    """The budget to run with: ``None`` for no limit (``None``, 0 or infinity), else the seconds.

    Raises :class:`ValueError` with a one-line message for what is not a budget: a negative
    number, NaN, a value over :data:`MAX_SECONDS`, or not a number at all.
    """
    if seconds is None:
        return None
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise ValueError(f"a time budget is a number of seconds, not {seconds!r}")
    if math.isnan(seconds) or seconds < 0:
        raise ValueError(f"a time budget is a number of seconds, 0 or more (0 or inf: no limit), not {seconds!r}")
    if seconds == 0 or math.isinf(seconds):
        return None
    if seconds > MAX_SECONDS:
        raise ValueError(f"a time budget of {seconds:g} s is longer than the timer takes; give at most "
                         f"{MAX_SECONDS:g} s, or 0 or inf for no limit")
    return float(seconds)


def _can_interrupt() -> bool:
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0)  # never replace someone else's timer


def run_within(seconds: float | None, step: Callable[[], T]) -> T:
    """``step()``, or :class:`OverBudget` once it has taken longer than ``seconds``.

    ``None``, ``0`` or infinity means no budget (see :func:`seconds_or_none`).
    """
    seconds = seconds_or_none(seconds)
    if seconds is None:
        return step()
    if not _can_interrupt():
        t0 = time.perf_counter()
        result = step()
        if time.perf_counter() - t0 > seconds:
            raise OverBudget(seconds)
        return result

    def stop(_signum: int, _frame: object) -> None:
        raise OverBudget(seconds)

    previous = signal.signal(signal.SIGALRM, stop)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return step()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:  # restored even if the timer fires just as the step ends
        signal.signal(signal.SIGALRM, previous)


def over_budget_detail(seconds: float) -> str:
    """The ``problems`` row's detail for an article stopped at its budget."""
    return (f"took longer than {seconds:g} s (the per-article time budget); skipped, the rest was read. "
            f"Raise it with load_corpus(..., time_budget=) or --time-budget")
