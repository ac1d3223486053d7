"""bench's throughput ratio: both sides analyse every generated article (the figures are the
bench's business; here only that they are measured and consistent)."""

from __future__ import annotations

import pytest

from rashomon.bench import throughput

pytestmark = pytest.mark.slow


def test_throughput_measures_both_sides_on_the_same_articles() -> None:
    t = throughput(6)
    assert t.articles == 6
    assert t.rashomon_per_cpu_s > 0 and t.spacy_per_cpu_s > 0
    assert t.ratio == pytest.approx(t.rashomon_per_cpu_s / t.spacy_per_cpu_s)
