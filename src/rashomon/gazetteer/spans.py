"""Choosing non-overlapping mentions: the first of each overlapping group, in a given order.

The gazetteers find candidate mentions that may overlap ("US Central Command" and "US"), rank
them (longest first) and keep each one that overlaps none kept before it. Checked against every
kept mention, that costs O(n²) on a long article: the 4,000-sentence article of ``rashomon
bench`` spent ~30× the time of a 400-sentence one in the actor and place loops (issue 14).
:func:`keep_disjoint` keeps the same mentions with a sorted index of the kept ones: O(n log n)
lookups (the list insertions move memory, which is cheap at these sizes).

Two spans overlap when they share a character: ``a_start < b_end and b_start < a_end`` (two
spans that only touch do not overlap; an empty span overlaps a span that strictly contains its
position).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def keep_disjoint(items: Iterable[T], bounds: Callable[[T], tuple[int, int]]) -> list[T]:
    """The items, in their order, that overlap none of the items kept before them.

    The kept spans never overlap one another, so sorted by (start, end) their ends never
    decrease: a new span (s, e) overlaps a kept one iff the last kept span starting before
    ``e`` ends after ``s``."""
    kept: list[T] = []
    index: list[tuple[int, int]] = []  # the kept spans, sorted by (start, end)
    for item in items:
        start, end = bounds(item)
        before = bisect_left(index, (end,))  # the kept spans that start before ``end``
        if before and index[before - 1][1] > start:
            continue
        kept.append(item)
        insort(index, (start, end))
    return kept
