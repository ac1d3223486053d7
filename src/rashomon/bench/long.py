"""Issue 14's long-article figure: the per-article stages on one generated article of 4,000
sentences against one of 400, in CPU seconds (the target is a ratio of at most 12)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from rashomon.bench.articles import generate, long_article
from rashomon.config import Options
from rashomon.normalize import normalize
from rashomon.pipeline import Resources
from rashomon.types import Article, Skipped
from rashomon.workers import process_many

LONG_SENTENCES = (400, 4000)  # issue 14 benchmark protocol (measurement, not a result)
LONG_MAX_RATIO = 12.0  # issue 14 target: the long article's CPU s ÷ the short one's (measurement)


@dataclass(frozen=True, slots=True)
class LongArticles:
    """CPU seconds of the per-article stages for one short and one long generated article."""

    sentences: tuple[int, int]
    cpu_seconds: tuple[float, float]
    analysed: bool  # both were analysed (none skipped)

    @property
    def ratio(self) -> float:
        return self.cpu_seconds[1] / max(self.cpu_seconds[0], 1e-9)


def long_articles(sizes: tuple[int, int] = LONG_SENTENCES, options: Options | None = None) -> LongArticles:
    """Issue 14's long-article figure: nlp → extract of one article of ``sizes[1]`` sentences
    against one of ``sizes[0]``, in CPU seconds after loading (no time budget)."""
    options = (options or Options()).with_(workers=1, article_timeout=24 * 3600.0)
    res = Resources.load(options)
    list(process_many([a for a in (normalize(d, options) for d in generate(1)) if isinstance(a, Article)],
                      options, res))  # warm up: lazy tables, first parse
    seconds, analysed = [], True
    for n in sizes:
        article = normalize(long_article(n), options)
        if not isinstance(article, Article):
            raise RuntimeError(f"the generated {n}-sentence article was skipped: {article.reason}")
        start = time.process_time()
        results = list(process_many([article], options, res))
        seconds.append(round(time.process_time() - start, 2))
        analysed = analysed and not any(isinstance(r, Skipped) for r in results)
    return LongArticles(sizes, (seconds[0], seconds[1]), analysed)

