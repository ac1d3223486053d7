"""The orchestrator: the only place that calls the stages in order.

ingest → normalize → (dedup) → nlp → extract (with the gazetteer library) → store → link → reconcile → store

The per-article stages (nlp → extract) are the pure function
:func:`~rashomon.analysis.process_article` of one Article plus read-only
:class:`~rashomon.analysis.Resources` loaded once per process, so the same code runs
serially, in a process pool (``workers > 1``, :mod:`rashomon.workers`) or on a Dask cluster;
articles are parsed in batches (``nlp.pipe``, same annotations as one at a time) and
extracted one by one. Each article is committed to the store in its own transaction as soon as it
is done: a run killed midway loses nothing already committed, and the next run skips the
articles stored with the same content and the same analysis (settings, model, code), so
restarts make progress. One article may take ``options.article_timeout`` CPU seconds in
nlp → extract; past that it is skipped with a reason instead of stalling the run.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from itertools import chain, islice
from pathlib import Path

# the per-article API, re-exported: callers (measure, compare, tests) take it from the pipeline
from rashomon.analysis import BATCH_MAX_CHARS as BATCH_MAX_CHARS
from rashomon.analysis import BATCH_SIZE as BATCH_SIZE
from rashomon.analysis import Resources as Resources
from rashomon.analysis import analyse_batch as analyse_batch
from rashomon.analysis import analyse_or_skip as analyse_or_skip
from rashomon.analysis import batches as batches
from rashomon.analysis import installed_version
from rashomon.analysis import process_article as process_article
from rashomon.analysis import process_article_with_doc as process_article_with_doc
from rashomon.analysis import startup_key as startup_key
from rashomon.config import Options
from rashomon.config import generator as generator  # re-exported: callers stamp ledgers through the pipeline
from rashomon.ingest import from_text, read_inputs
from rashomon.link import link_settings_key
from rashomon.link.incremental import link_plan, plan_relink
from rashomon.nlp import model_version
from rashomon.normalize import Deduplicator, normalize
from rashomon.reconcile import reconcile_all
from rashomon.store import Store
from rashomon.types import Article, Ledger, RawDocument, Skipped
from rashomon.workers import WorkerPool, collect, dispatch, process_many

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int | None], None]  # (stage, done, total)
# articles per worker read before batches go to the workers as they are read: from this many on,
# process_many would cut the same full batches (2 per worker of BATCH_SIZE; fewer: smaller ones)
STREAM_AFTER = 2 * BATCH_SIZE  # performance only (the batches, and the results, are the same): not in settings.toml


@dataclass(frozen=True, slots=True)
class RunSummary:
    run_id: int
    analysed: tuple[str, ...]
    skipped: tuple[Skipped, ...]
    duplicates: int
    events: int
    unchanged: tuple[str, ...] = ()  # stored with the same content and analysis: not redone


def read_articles(inputs: Sequence[str], options: Options) -> Iterator[Article | Skipped]:
    """ingest → normalize: each article of ``inputs`` (paths or globs), or why it was skipped.
    No duplicate detection and no store: for callers that take articles one by one
    (``rashomon compare`` reads its two files with it, then calls :func:`process_article`)."""
    for item in read_inputs(list(inputs), options):
        yield item if isinstance(item, Skipped) else normalize(item, options)


# --- one run ---------------------------------------------------------------------------
def analysis_key(options: Options) -> str:
    """The key stored with each analysed article: settings, model and spaCy versions, code."""
    return options.analysis_key(f"{options.model}=={installed_version(options.model)}"
                                f"|spacy=={installed_version('spacy')}")


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
                       stale=data.stale, frame_events=data.frame_events, full=full,
                       claims_of=store.claims_of)
    claims = store.claims_of(plan.articles)
    events, claim_events, _ = link_plan(plan, claims, options)
    linked = [replace(c, event_id=claim_events.get(c.id)) for c in claims if c.id in claim_events]
    events = reconcile_all(events, linked, data.frames, data.outlets, published=data.published)
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

    def to_analyse() -> Iterator[Article]:
        for art in _articles([*items, *raws], options, store, dedup, prior, skipped, on_skip):
            articles.append(art)
            if done.get(art.id) == _article_key(key, art):
                unchanged_ids.append(art.id)
                continue
            todo.append(art)
            if pool.wanted:
                pool.start()  # the workers load while the rest is read
            yield art

    pending = None
    try:
        reading = to_analyse()
        head = list(islice(reading, STREAM_AFTER * options.workers)) if pool.wanted else []
        if pool.wanted and len(head) == STREAM_AFTER * options.workers:
            # enough to keep every worker busy: batches go to the workers as they are read
            # instead of after the whole input (500 FNC-1 articles: the parent's reading,
            # normalising and deduplicating is ~3 CPU s, which the loaded workers sat idle for)
            pending = dispatch(chain(head, reading), pool)
        else:
            deque(reading, maxlen=0)
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
        results = collect(pending) if pending is not None else \
            process_many(todo, options, resources, pool if pool.wanted else None)
        for n, result in enumerate(results, start=1):
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
