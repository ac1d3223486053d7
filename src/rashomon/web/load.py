"""A load run of the workbench (``rashomon bench --serve``): a synthetic ledger of N articles in
a fresh database, ``rashomon serve`` on a loopback port in its own process, and R requests K at a time over
its pages and API. Prints p50/p99 latency and the error count; a bench figure, never a test
assertion on time.

The ledger is synthetic (no NLP: it measures the server, not the pipeline): made-up towns,
sources and figures, five articles per event, three claims per article, a dispute in every
other event, seeded so that every run serves the same ledger.
"""

from __future__ import annotations

import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn

from rashomon.store import Store
from rashomon.types import (
    Article,
    ArticleResult,
    CasualtySummary,
    Claim,
    Dispute,
    DisputeSide,
    Event,
    Evidence,
    Figure,
    Frame,
    Location,
    PerpetratorSummary,
    Source,
    SourceKind,
)
from rashomon.web.app import create_app

ARTICLES_PER_EVENT = 5  # load-test corpus shape (measurement), not a result
STARTUP_LIMIT_S = 60.0  # a timeout of the load test, not a result
_TOWNS = [("Kadugli", "SD", 11.01, 29.72), ("Lashio", "MM", 22.93, 97.75), ("Menaka", "ML", 15.92, 2.40),
          ("Goma", "CD", -1.68, 29.23), ("Stepanakert", "AZ", 39.82, 46.75), ("Tillaberi", "NE", 14.21, 1.45),
          ("Djibo", "BF", 14.10, -1.63), ("Bunia", "CD", 1.56, 30.25)]
_SOURCES: list[tuple[str, SourceKind]] = [("state television", "state_media"), ("the army spokesman", "military"),
            ("a local monitor", "monitor"), ("the rebel command", "armed_group"), ("a hospital director", "person")]


@dataclass(frozen=True, slots=True)
class LoadResult:
    articles: int
    requests: int
    concurrency: int
    errors: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    seconds: float


def _article(i: int, event: int, rng: random.Random) -> ArticleResult:
    town, cc, lat, lon = _TOWNS[event % len(_TOWNS)]
    killed = rng.randint(1, 60)
    sentences = [f"An airstrike hit {town} on Tuesday, {_SOURCES[0][0]} said.",
                 f"{_SOURCES[1][0].capitalize()} said the army had carried out no strike there.",
                 f"{_SOURCES[2][0].capitalize()} said {killed} people were killed."]
    text = " ".join(sentences)
    aid = f"art-{i:05d}"

    def ev(s: str) -> Evidence:
        start = text.index(s)
        return Evidence(start, start + len(s), s)

    src = [Source(name.title(), name, kind) for name, kind in _SOURCES[:3]]
    claims = (
        Claim(f"{aid}-c0", aid, src[0], "asserts", "perpetrator", "the army struck", ev(sentences[0]),
              perpetrator="Army", frame=0, event_id=f"ev-{event:05d}"),
        Claim(f"{aid}-c1", aid, src[1], "denies", "perpetrator", "no strike", ev(sentences[1]),
              perpetrator="Army", frame=0, event_id=f"ev-{event:05d}"),
        Claim(f"{aid}-c2", aid, src[2], "asserts", "casualties", f"{killed} killed", ev(sentences[2]),
              killed=Figure(killed, killed), frame=0, event_id=f"ev-{event:05d}"),
    )
    day = 1 + event % 28
    frame = Frame(aid, 0, "airstrike", ev(sentences[0]), date=f"2025-{1 + event % 12:02d}-{day:02d}",
                  date_precision="day", place_text=town, location=Location(town, cc, lat, lon, "town"))
    article = Article(aid, text, f"synthetic/{aid}.txt", f"h{i}", outlet=f"Outlet {i % 17}",
                      title=f"Strike reported near {town}", published=frame.date)
    return ArticleResult(article, claims, (frame,))


def write_synthetic(db: Path, n_articles: int, seed: int = 0) -> None:
    """A synthetic ledger of ``n_articles`` articles in ``db`` (five per event)."""
    rng = random.Random(seed)
    events: list[Event] = []
    claim_events: dict[str, str | None] = {}
    with Store.open(db) as store:
        for start in range(0, n_articles, ARTICLES_PER_EVENT):
            eid = start // ARTICLES_PER_EVENT
            results = [_article(i, eid, rng) for i in range(start, min(n_articles, start + ARTICLES_PER_EVENT))]
            for r in results:
                store.save_article(r)
            claims = [c for r in results for c in r.claims]
            claim_events.update({c.id: c.event_id for c in claims})
            first = results[0].frames[0]
            disputes = (Dispute("perpetrator", (DisputeSide("Army did it", ("State Television",), (claims[0].id,)),
                                                DisputeSide("Army did not", ("The Army Spokesman",), (claims[1].id,))),
                                "State Television: Army did it vs The Army Spokesman: Army did not", pairs=1),) \
                if eid % 2 == 0 else ()
            figures = [c.killed.min for c in claims if c.killed and c.killed.min is not None]
            events.append(Event(
                f"ev-{eid:05d}", "airstrike", tuple(r.article.id for r in results), tuple(c.id for c in claims),
                date=first.date, date_precision="day", location=first.location,
                perpetrator=PerpetratorSummary(("Army",), ("The Army Spokesman",), (), "contested"),
                killed=CasualtySummary(min(figures), max(figures), {"A Local Monitor": max(figures)}),
                frame_keys=tuple((r.article.id, 0) for r in results), disputes=disputes))
        store.replace_events(events, claim_events)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServedProcess:
    """``rashomon serve`` in its own process (its own interpreter lock, as a user runs it)."""

    def __init__(self, db: Path) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen([sys.executable, "-m", "rashomon", "serve", "--db", str(db),
                                      "--port", str(self.port)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + STARTUP_LIMIT_S
        while True:
            try:
                httpx.get(f"{self.base}/api/events?per_page=1", timeout=5)
                return
            except httpx.TransportError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("the workbench did not start") from None
                time.sleep(0.2)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Served:
    """An app on a free loopback port, in a thread of this process."""

    def __init__(self, db: Path, tiles: str | None = None) -> None:
        self.port = free_port()
        config = uvicorn.Config(create_app(db, tiles), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + STARTUP_LIMIT_S
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the workbench did not start")
            time.sleep(0.05)
        self.base = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _paths(n_articles: int, rng: random.Random) -> Callable[[], str]:
    n_events = max(1, -(-n_articles // ARTICLES_PER_EVENT))

    def pick() -> str:
        e = f"ev-{rng.randrange(n_events):05d}"
        a = f"art-{rng.randrange(n_articles):05d}"
        return rng.choice([
            f"/api/events?page={rng.randint(1, 10)}", f"/api/events/{e}", f"/api/events/{e}/claims",
            "/api/events?q=kadugli&disputed=true", "/api/claims?source=A+Local+Monitor&per_page=50",
            f"/api/articles/{a}", "/events", f"/events/{e}", f"/articles/{a}", "/map",
            "/api/places/goma--cd",
        ])

    return pick


def run_load(n_articles: int = 2000, requests: int = 2000, concurrency: int = 8, seed: int = 0,
             db: Path | None = None) -> LoadResult:
    """Serve a synthetic ledger and time ``requests`` requests, ``concurrency`` at a time."""
    with tempfile.TemporaryDirectory(prefix="rashomon-load-") as tmp:
        path = db or Path(tmp) / "load.db"
        if db is None:
            write_synthetic(path, n_articles, seed)
        served = ServedProcess(path)
        rng = random.Random(seed)
        pick = _paths(n_articles, rng)
        paths = [pick() for _ in range(requests)]
        local = threading.local()
        try:
            with httpx.Client(base_url=served.base, timeout=30) as warm:
                warm.get("/api/events")  # the first request loads the ledger: not timed

            def one(path: str) -> tuple[float, bool]:
                client = getattr(local, "client", None)
                if client is None:
                    client = local.client = httpx.Client(base_url=served.base, timeout=30)
                t0 = time.perf_counter()
                try:
                    ok = client.get(path).status_code < 400
                except httpx.HTTPError:
                    ok = False
                return (time.perf_counter() - t0) * 1000, ok

            t0 = time.perf_counter()
            with ThreadPoolExecutor(concurrency) as pool:
                results = list(pool.map(one, paths))
            seconds = time.perf_counter() - t0
        finally:
            served.stop()
    times = sorted(ms for ms, _ in results)
    q = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
    return LoadResult(n_articles, requests, concurrency, sum(not ok for _, ok in results),
                      round(q[49], 1), round(q[98], 1), round(times[-1], 1), round(seconds, 2))
