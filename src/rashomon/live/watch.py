"""Watch mode: fetch feeds and pages, analyse what is new, link it incrementally, repeat.

One :func:`cycle` reads every target (a feed's new items, or a page), analyses the new
documents into the store through the pipeline (each article committed on its own, linking
incremental) and reports one line's worth of figures. Restarting resumes: stored URLs are not
fetched again and feeds are asked with their last ETag / Last-Modified.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from threading import Event as StopFlag

from rashomon.config import Options
from rashomon.errors import InputError
from rashomon.live.fetch import Fetcher, FetchSettings
from rashomon.live.sources import LiveSources, is_url
from rashomon.pipeline import Resources, run
from rashomon.store import Store
from rashomon.store.fetchlog import dispute_counts
from rashomon.types import RawDocument, Skipped

logger = logging.getLogger(__name__)

MAX_TARGETS = 1000  # an input limit: feeds and pages one watch follows
_UNITS = {"s": 1, "m": 60, "h": 3600}  # seconds per unit of --every: physical, not tuned


@dataclass(frozen=True, slots=True)
class Cycle:
    """One cycle's outcome: what the summary line says, and what was skipped and why."""

    new_articles: int
    new_events: int
    gained_dispute: int
    skipped: tuple[Skipped, ...]

    def line(self) -> str:
        return (f"{self.new_articles} new article{'s' * (self.new_articles != 1)}, "
                f"{self.new_events} new event{'s' * (self.new_events != 1)}, "
                f"{self.gained_dispute} event{'s' * (self.gained_dispute != 1)} gained a dispute"
                + (f", {len(self.skipped)} skipped" if self.skipped else ""))


def parse_every(text: str) -> float:
    """``"15m"`` → 900.0; ``"30s"``, ``"2h"``, or plain seconds."""
    t = text.strip().lower()
    unit = _UNITS.get(t[-1:])
    number = t[:-1] if unit else t
    try:
        seconds = float(number) * (unit or 1)
    except ValueError:
        raise InputError(f"--every {text!r}: give a number with s, m or h, e.g. 15m") from None
    if seconds < 1:
        raise InputError(f"--every {text!r} is under a second")
    return seconds


def read_targets(args: list[str]) -> list[str]:
    """URLs from the arguments; an argument that is not a URL is a file with one URL a line
    (blank lines and ``#`` comments skipped)."""
    out: list[str] = []
    for arg in args:
        if is_url(arg):
            out.append(arg)
            continue
        path = Path(arg)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(f"cannot read the feeds file {arg}: {exc.strerror or exc}") from None
        for n, line in enumerate(lines, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if not is_url(line):
                raise InputError(f"{arg}:{n}: not an http(s) URL: {line[:80]!r}")
            out.append(line)
    if not out:
        raise InputError("nothing to watch: give feed or page URLs, or a file listing them")
    if len(out) > MAX_TARGETS:
        raise InputError(f"{len(out)} URLs to watch; at most {MAX_TARGETS}")
    return list(dict.fromkeys(out))


def cycle(targets: list[str], store: Store, options: Options, fetcher: Fetcher, *, refresh: bool = False,
          resources: Callable[[], Resources] | None = None) -> Cycle:
    """Fetch every target once, analyse the new documents, and count what changed."""
    before = dispute_counts(store)
    sources = LiveSources(fetcher, store, options, refresh=refresh)
    docs = list(sources.targets(targets))
    raws = [d for d in docs if isinstance(d, RawDocument)]
    skipped = [d for d in docs if isinstance(d, Skipped)]
    for s in skipped:
        store.save_skipped(s)
        logger.warning("skipped %s: %s", s.input, s.reason)
    analysed = 0
    if raws:
        summary = run(raws, store, options, resources=resources() if resources else None)
        analysed = len(summary.analysed)
        skipped += list(summary.skipped)
    after = dispute_counts(store)
    return Cycle(analysed, len(set(after) - set(before)),
                 sum(1 for eid, n in after.items() if n > before.get(eid, 0)), tuple(skipped))


def watch(targets: list[str], db: str, options: Options, settings: FetchSettings, *, every_s: float,
          once: bool, refresh: bool, stop: StopFlag, on_cycle: Callable[[Cycle], None]) -> list[Cycle]:
    """Cycles until ``stop`` is set (or once). Stops only between cycles, and a cycle commits each
    article on its own, so a stop never leaves anything half-written."""
    done: list[Cycle] = []
    loaded: list[Resources] = []

    def resources() -> Resources:  # loaded once, and only when a cycle has something to analyse
        if not loaded:
            loaded.append(Resources.load(options))
        return loaded[0]

    with Fetcher(settings) as fetcher:
        while not stop.is_set():
            with Store.open(db) as store:
                c = cycle(targets, store, options, fetcher, refresh=refresh and not done, resources=resources)
            done.append(c)
            on_cycle(c)
            if once:
                break
            stop.wait(every_s)
    return done
