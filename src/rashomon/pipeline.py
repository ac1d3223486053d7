"""The orchestrator: the only place that calls the stages in order.

ingest → normalize → (dedup) → nlp → extract (with the gazetteer library) → store → link → reconcile → store

The per-article stages (nlp → extract) are the pure function
:func:`process_article` of one Article plus read-only :class:`Resources` loaded once per
process, so the same code runs serially, in a process pool (``workers > 1``) or, later, on
a Dask cluster. Each article is committed to the store in its own transaction as soon as it
is done: a run killed midway loses nothing already committed.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language

from rashomon.config import Options, __version__
from rashomon.extract import extract_claims, extract_frames
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.gazetteer.places import PlaceGazetteer
from rashomon.ingest import from_text, read_inputs
from rashomon.link import link_settings_key
from rashomon.link.incremental import link_plan, plan_relink
from rashomon.nlp import build_nlp, model_version
from rashomon.normalize import Deduplicator, normalize
from rashomon.reconcile import reconcile_all
from rashomon.store import Store
from rashomon.types import Article, ArticleResult, Generator, Ledger, RawDocument, Skipped

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
    def load(cls, options: Options) -> Resources:
        actors = ActorGazetteer.load()
        places = PlaceGazetteer.load()
        nlp = build_nlp(options.model, [*actors.patterns(), *places.patterns()])
        nlp.max_length = max(nlp.max_length, options.max_chars + 1)
        return cls(options=options, nlp=nlp, actors=actors, places=places)


@dataclass(frozen=True, slots=True)
class RunSummary:
    run_id: int
    analysed: tuple[str, ...]
    skipped: tuple[Skipped, ...]
    duplicates: int
    events: int


def process_article(article: Article, res: Resources) -> ArticleResult:
    """nlp → extract for one article (extract asks the gazetteer library). Pure: same article, same result."""
    doc = res.nlp(article.text)
    claims = extract_claims(doc, article.id, res.actors, article.outlet)
    frames, claims = extract_frames(doc, article, claims, res.places,
                                    window_days=res.options.link_date_window_days)
    return ArticleResult(article=article, claims=tuple(claims), frames=tuple(frames))


# --- process pool ---------------------------------------------------------------------
_WORKER_RESOURCES: Resources | None = None


def _init_worker(options: Options) -> None:
    global _WORKER_RESOURCES
    _WORKER_RESOURCES = Resources.load(options)


def _work(article: Article) -> ArticleResult:
    assert _WORKER_RESOURCES is not None, "worker not initialised"
    return process_article(article, _WORKER_RESOURCES)


def process_many(articles: Iterable[Article], options: Options,
                 resources: Resources | None = None) -> Iterator[ArticleResult]:
    """Results in input order; ``options.workers`` processes when above 1."""
    if options.workers <= 1:
        res = resources or Resources.load(options)
        for article in articles:
            yield process_article(article, res)
        return
    ctx = mp.get_context("spawn")  # workers are our children: their peak memory is measurable
    with ctx.Pool(options.workers, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.imap(_work, articles, chunksize=4)


def read_articles(inputs: Sequence[str], options: Options) -> Iterator[Article | Skipped]:
    """ingest → normalize: each article of ``inputs`` (paths or globs), or why it was skipped.
    No duplicate detection and no store: for callers that take articles one by one
    (``rashomon compare`` reads its two files with it, then calls :func:`process_article`)."""
    for item in read_inputs(list(inputs), options):
        yield item if isinstance(item, Skipped) else normalize(item, options)


# --- one run ---------------------------------------------------------------------------
def generator(options: Options, model: str | None = None) -> Generator:
    return Generator(name="rashomon", version=__version__, model=model or options.model,
                     config_hash=options.config_hash())


def _articles(items: Iterable[RawDocument | Skipped], options: Options, store: Store,
              dedup: Deduplicator, skipped: list[Skipped],
              on_skip: Callable[[Skipped], None]) -> Iterator[Article]:
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
    for stored in store.iter_articles():
        dedup.add(stored)
    skipped: list[Skipped] = []
    analysed: list[str] = []

    def on_skip(s: Skipped) -> None:
        store.save_skipped(s, run_id)
        logger.warning("skipped %s: %s", s.input, s.reason)

    items: Iterator[RawDocument | Skipped] = read_inputs(paths, options)
    articles = list(_articles([*items, *raws], options, store, dedup, skipped, on_skip))
    total = len(articles)
    if progress:
        progress("analyse", 0, total)
    try:
        for n, result in enumerate(process_many(articles, options, resources), start=1):
            store.save_article(result, run_id)
            analysed.append(result.article.id)
            if progress:
                progress("analyse", n, total)
        if progress:
            progress("link", 0, None)
        n_events = relink(store, options)
    except BaseException:
        store.finish_run(run_id, analysed=len(analysed), skipped=len(skipped), status="failed")
        raise
    store.finish_run(run_id, analysed=len(analysed), skipped=len(skipped))
    dups = sum(1 for a in articles if a.duplicate_of)
    return RunSummary(run_id=run_id, analysed=tuple(analysed), skipped=tuple(skipped),
                      duplicates=dups, events=n_events)


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
