"""Whole processes timed as a user starts them (``rashomon bench --startup``, ``--store``):
``rashomon --help`` and ``rashomon analyze`` of one generated article (start-up included), and
``analyze`` of the sample corpus into SQLite and PostgreSQL. CPU seconds (user + system, from the
kernel's accounting of the finished child; steadier than wall time on a busy machine) and wall
seconds, the median of a few runs after one warm-up run (which builds the start-up caches when
they are missing; its CPU time is reported too)."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rashomon.bench.articles import generate
from rashomon.sample import sample_corpus
from rashomon.store import scratch

# issue 14 targets of the start-up figures, in CPU seconds of the whole process (measurement)
STARTUP_TARGETS = {"--help": 0.5, "analyze 1 article": 2.5}


@dataclass(frozen=True, slots=True)
class ProcessTiming:
    what: str
    runs: int
    cpu_seconds: float  # median user + system CPU of the whole process
    wall_seconds: float  # median wall clock
    first_cpu_seconds: float  # the warm-up run (builds missing caches)


def child_env() -> dict[str, str]:
    """This checkout's package first on the path, so the child runs the code being measured."""
    src = str(Path(__file__).resolve().parents[2])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p),
            "HF_HUB_OFFLINE": "1"}


def _time_process(args: Sequence[str]) -> tuple[float, float]:
    """(CPU s, wall s) of one child process running ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=child_env(),
                          timeout=600, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 3):
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise RuntimeError(f"{' '.join(args[2:])} exited {done.returncode}: {tail[0]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def timed(what: str, args: Sequence[str], runs: int) -> ProcessTiming:
    first, _ = _time_process(args)
    timings = [_time_process(args) for _ in range(runs)]
    return ProcessTiming(what=what, runs=runs,
                         cpu_seconds=round(statistics.median(t[0] for t in timings), 2),
                         wall_seconds=round(statistics.median(t[1] for t in timings), 2),
                         first_cpu_seconds=round(first, 2))


def startup_bench(runs: int = 3) -> list[ProcessTiming]:
    """``rashomon --help`` and ``rashomon analyze`` of one generated article, each a fresh
    process: median CPU and wall seconds of ``runs`` runs after one warm-up."""
    python = [sys.executable, "-m", "rashomon"]
    doc = next(generate(1))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.txt"
        path.write_text(f"{doc.title}\n\n{doc.text}\n", encoding="utf-8")
        return [
            timed("--help", [*python, "--help"], runs),
            timed("analyze 1 article",
                   [*python, "analyze", str(path), "--db", ":memory:", "-q"], runs),
        ]


def store_bench(url: str, runs: int = 3) -> list[ProcessTiming]:
    """``rashomon analyze --reanalyse`` of the bundled sample corpus into a temporary SQLite
    file and into a scratch schema of the PostgreSQL database ``url`` (dropped afterwards),
    each a fresh process: median CPU (of the client process: the server's is not counted)
    and wall seconds of ``runs`` runs after one warm-up run that creates the store."""
    python = [sys.executable, "-m", "rashomon", "analyze", str(sample_corpus()), "-q", "--reanalyse", "--db"]
    with tempfile.TemporaryDirectory() as tmp, scratch(url) as pg:
        return [timed("SQLite", [*python, str(Path(tmp) / "bench.db")], runs),
                timed("PostgreSQL", [*python, pg], runs)]

