"""Issue 14's throughput ratio: rashomon's per-article stages against spaCy's ``nlp.pipe`` alone
on the same texts and model, in articles per CPU-second (the target is a ratio of 1.0)."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rashomon.bench.articles import generate
from rashomon.config import Options
from rashomon.normalize import normalize
from rashomon.pipeline import Resources
from rashomon.types import Article, RawDocument
from rashomon.workers import process_many

THROUGHPUT_ROUNDS = 5  # timed rounds of each side (measurement protocol: the median decides, not one round)
THROUGHPUT_MIN_RATIO = 1.0  # issue 14 target: rashomon's articles per CPU-second ÷ spaCy's (measurement)


@dataclass(frozen=True, slots=True)
class Throughput:
    """Articles per CPU-second of rashomon's per-article stages and of spaCy's ``nlp.pipe``
    alone, on the same texts with the same model, one process, start-up excluded: the median
    of ``rounds`` interleaved rounds of each side, with the slowest and fastest round."""

    articles: int
    rashomon_per_cpu_s: float  # median round
    spacy_per_cpu_s: float  # median round
    rounds: int = 1
    rashomon_range: tuple[float, float] = (0.0, 0.0)  # slowest and fastest round
    spacy_range: tuple[float, float] = (0.0, 0.0)
    ratios: tuple[float, ...] = ()  # round by round: rashomon's rate ÷ spaCy's in the same round

    @property
    def ratio(self) -> float:
        """The median of the round-by-round ratios (a round's two sides ran back to back, so a
        drift of the machine's speed moves both), else the ratio of the medians."""
        if self.ratios:
            return statistics.median(self.ratios)
        return self.rashomon_per_cpu_s / self.spacy_per_cpu_s


def _cpu_seconds(work: Callable[[], int]) -> tuple[int, float]:
    """(what ``work`` returns, the CPU seconds it took), after a full garbage collection, so
    that neither side pays for the other's garbage."""
    gc.collect()
    start = time.process_time()
    done = work()
    return done, time.process_time() - start


def throughput(n: int = 200, options: Options | None = None, *, rounds: int = THROUGHPUT_ROUNDS,
               docs: Sequence[RawDocument] | None = None) -> Throughput:
    """Issue 14's throughput ratio: rashomon's nlp → extract (batched parsing included) over
    spaCy's ``nlp.pipe`` of the plain model, both timed in CPU seconds after loading.

    Both sides get the same treatment: the same texts (``docs``, else ``n`` generated
    articles), one untimed round each first (lazy tables, the vocabulary's new words, the
    lemmatizer's cache), then ``rounds`` timed rounds each, interleaved (rashomon first in
    even rounds, spaCy first in odd ones), each after a garbage collection."""
    import spacy

    options = (options or Options()).with_(workers=1)
    docs = list(generate(n)) if docs is None else list(docs)
    articles = [a for a in (normalize(d, options) for d in docs) if isinstance(a, Article)]
    texts = [a.text for a in articles]
    res = Resources.load(options)
    nlp = spacy.load(options.model)

    def ours() -> int:
        return sum(1 for _ in process_many(articles, options, res))

    def theirs() -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=16))

    ours(), theirs()  # warm-up rounds, not timed
    rates: dict[str, list[float]] = {"ours": [], "theirs": []}
    for r in range(max(1, rounds)):
        order = (("ours", ours), ("theirs", theirs)) if r % 2 == 0 else (("theirs", theirs), ("ours", ours))
        for name, work in order:
            done, cpu = _cpu_seconds(work)
            rates[name].append(done / max(cpu, 1e-9))
    mine, spacy_rates = rates["ours"], rates["theirs"]
    return Throughput(
        len(articles), round(statistics.median(mine), 2), round(statistics.median(spacy_rates), 2),
        rounds=len(mine), rashomon_range=(round(min(mine), 2), round(max(mine), 2)),
        spacy_range=(round(min(spacy_rates), 2), round(max(spacy_rates), 2)),
        ratios=tuple(round(a / b, 3) for a, b in zip(mine, spacy_rates, strict=True)))

