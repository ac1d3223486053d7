"""bench's throughput ratio: both sides analyse every generated article (the figures are the
bench's business; here only that they are measured and consistent)."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest

from rashomon.bench import corpus_bench, corpus_docs, long_article, long_articles, throughput

pytestmark = pytest.mark.slow


def test_throughput_measures_both_sides_on_the_same_articles() -> None:
    t = throughput(6, rounds=3)
    assert t.articles == 6 and t.rounds == 3 and len(t.ratios) == 3
    assert t.rashomon_per_cpu_s > 0 and t.spacy_per_cpu_s > 0
    # the medians lie within each side's slowest and fastest round
    assert t.rashomon_range[0] <= t.rashomon_per_cpu_s <= t.rashomon_range[1]
    assert t.spacy_range[0] <= t.spacy_per_cpu_s <= t.spacy_range[1]
    # the ratio is the median of the round-by-round ratios, not one round's
    assert t.ratio == pytest.approx(statistics.median(t.ratios))
    assert min(t.ratios) <= t.ratio <= max(t.ratios)


# our own sentences, about conflicts no eval set covers
CORPUS = [
    "Fighting between the army and the Rapid Support Forces killed 12 civilians in El Fasher on "
    "Tuesday, local medics said. The RSF denied targeting residential areas.",
    "Myanmar's military said it had retaken a town near the Chinese border. Residents reported "
    "air strikes overnight and at least four people were wounded.",
    "Gunmen attacked a village in northern Burkina Faso, killing nine people, a regional official "
    "told reporters on Sunday.",
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": f"c{i}", "text": text}) + "\n" for i, text in enumerate(CORPUS))
                    + "not json\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("limit", "expected"), [(1, 1), (2, 2), (500, 3)])
def test_corpus_docs_reads_up_to_the_limit(corpus: Path, limit: int, expected: int) -> None:
    docs = corpus_docs(str(corpus), limit)
    assert [d.text for d in docs] == CORPUS[:expected]  # the bad line is left out, not counted


def test_corpus_bench_analyses_every_article(corpus: Path) -> None:
    docs = corpus_docs(str(corpus))
    r = corpus_bench(docs, workers=1)
    assert (r.articles, r.workers) == (3, 1)
    assert r.seconds > 0
    # seconds are rounded to 0.01: the rate lies between those the rounding bounds allow
    assert 3 / (r.seconds + 0.005) - 0.01 <= r.articles_per_second <= 3 / max(r.seconds - 0.005, 1e-9) + 0.01
    assert r.cpu_seconds is not None and r.cpu_seconds > 0


def test_throughput_on_given_texts(corpus: Path) -> None:
    t = throughput(docs=corpus_docs(str(corpus)), rounds=1)
    assert t.articles == 3 and t.rounds == 1 and t.ratio > 0


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
