"""Sorted look-ups that keep the per-article steps linear in the article's length.

A long article has thousands of sentences, dates, hits and events; a step that asks, for
each of them, a question about all the others ("is this date inside an agreement's name?",
"which dates are in this sentence?") costs the square of the article. These helpers answer
the same questions from one sorted pass: a bisection per question, or a bucket per sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from itertools import accumulate
from typing import Any, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


def _starts_and_reach(intervals: Iterable[tuple[Any, Any]]) -> tuple[list[Any], list[Any]]:
    """Interval starts in order, and the furthest end reached by any interval up to each one."""
    pairs = sorted(intervals)
    return [a for a, _b in pairs], list(accumulate((b for _a, b in pairs), max))


def covering(intervals: Iterable[tuple[Any, Any]]) -> Callable[[Any, Any], bool]:
    """``covers(lo, hi)``: whether some closed interval ``[a, b]`` has ``a <= lo`` and ``hi <= b``.

    The same answer as ``any(a <= lo and hi <= b for a, b in intervals)``, by bisection.
    """
    starts, reach = _starts_and_reach(intervals)

    def covers(lo: Any, hi: Any) -> bool:
        k = bisect_right(starts, lo)
        return k > 0 and reach[k - 1] >= hi

    return covers


def within(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """``inside(x)``: whether some half-open span ``[a, b)`` holds ``x``.

    The same answer as ``any(a <= x < b for a, b in spans)``, by bisection.
    """
    starts, reach = _starts_and_reach(spans)

    def inside(x: int) -> bool:
        k = bisect_right(starts, x)
        return k > 0 and reach[k - 1] > x

    return inside


def overlapping(items: Sequence[T], span: Callable[[T], tuple[int, int]]) -> Callable[[int, int], list[T]]:
    """``reaching(lo, hi)``: the items whose span ``[a, b]`` has ``a <= hi`` and ``b >= lo``, in list order.

    The same items as ``[x for x in items if not (span(x)[1] < lo or span(x)[0] > hi)]``, from a
    bisection on the starts (an item starts at most the longest span's length before ``lo``).
    """
    spans = [span(x) for x in items]
    order = sorted(range(len(items)), key=lambda i: spans[i][0])
    starts = [spans[i][0] for i in order]
    longest = max((b - a for a, b in spans), default=0)

    def reaching(lo: int, hi: int) -> list[T]:
        window = order[bisect_left(starts, lo - longest):bisect_right(starts, hi)]
        return [items[i] for i in sorted(window) if spans[i][1] >= lo]

    return reaching


def group(items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    """The items in buckets by ``key``, each bucket in the items' own order."""
    out: dict[K, list[T]] = defaultdict(list)
    for item in items:
        out[key(item)].append(item)
    return dict(out)
