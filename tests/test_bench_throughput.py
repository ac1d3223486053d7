"""bench's throughput ratio: both sides analyse every generated article (the figures are the
bench's business; here only that they are measured and consistent)."""

from __future__ import annotations

import pytest

from rashomon.bench import long_article, long_articles, throughput

pytestmark = pytest.mark.slow


def test_throughput_measures_both_sides_on_the_same_articles() -> None:
    t = throughput(6)
    assert t.articles == 6
    assert t.rashomon_per_cpu_s > 0 and t.spacy_per_cpu_s > 0
    assert t.ratio == pytest.approx(t.rashomon_per_cpu_s / t.spacy_per_cpu_s)


@pytest.mark.parametrize("sentences", [1, 40, 400])
def test_long_article_has_the_sentences_asked_for(sentences: int) -> None:
    doc = long_article(sentences)
    assert doc.text.count(". ") + doc.text.endswith(".") == sentences
    assert long_article(sentences).text == doc.text  # the same article every run


def test_long_articles_measures_both_sizes() -> None:
    long = long_articles((3, 12))
    assert long.sentences == (3, 12) and long.analysed
    assert all(s > 0 for s in long.cpu_seconds)
    assert long.ratio == pytest.approx(long.cpu_seconds[1] / long.cpu_seconds[0])
