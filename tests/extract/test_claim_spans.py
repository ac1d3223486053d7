"""outlet_perpetrators' overlap test of sentences with claims (frames_actors._ClaimSpans): the
same answer as comparing the span with every claim."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.extract.frames_actors import _ClaimSpans


def _claims(spans: list[tuple[int, int]]) -> list[Any]:
    return [SimpleNamespace(evidence=SimpleNamespace(start=s, end=e)) for s, e in spans]


def _brute(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


@pytest.mark.parametrize(("spans", "query", "expected"), [
    ([], (0, 10), False),
    ([(5, 20)], (0, 5), False),  # touching is no overlap
    ([(5, 20)], (19, 30), True),
    ([(0, 100), (10, 12)], (50, 60), True),  # inside a long claim that starts first
    ([(10, 12), (30, 40)], (12, 30), False),  # between two claims
    ([(7, 7)], (5, 9), True),  # an empty evidence span inside the sentence, as the scan said
])
def test_examples(spans: list[tuple[int, int]], query: tuple[int, int], expected: bool) -> None:
    assert _ClaimSpans(_claims(spans)).overlap(*query) is expected
    assert _brute(spans, *query) is expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12),
       st.integers(0, 70), st.integers(0, 20))
def test_same_as_scanning_every_claim(raw: list[tuple[int, int]], start: int, length: int) -> None:
    spans = [(s, s + n) for s, n in raw]
    assert _ClaimSpans(_claims(spans)).overlap(start, start + length) == _brute(spans, start, start + length)
