"""The measurement wing: every quality figure of the open-world issues in one report.

It sits above the pipeline and uses only its public functions (``pipeline.run`` into a store,
the ledger's JSON values), so it measures what ``rashomon analyze`` produces. Nothing here is
needed at run time: the data live outside the project (``../shared``) and are passed in.

One module per data set:

- :mod:`~rashomon.measure.evalsets`: ``eval`` and ``more-conflicts``, scored by ``score.py``, and
  the project's probe corpora ``probe`` and ``probe2`` (tests/data), scored like them;
- :mod:`~rashomon.measure.gtd`: GTD Iraq summaries (places, figures, "No group" sources, linking);
- :mod:`~rashomon.measure.airwars`: Airwars Gaza narratives (places, ranges, contested strikes, linking);
- :mod:`~rashomon.measure.polnear`: PolNeAR test split (source spans);
- :mod:`~rashomon.measure.emergent`: Emergent headlines (denials).

:func:`measure` runs the chosen sets with one loaded pipeline and returns a
:class:`~rashomon.measure.model.Report`; ``rashomon eval`` prints it as one table. A set whose
files are absent is skipped with the reason, except under ``CI=true``, where that is an error.
"""

from __future__ import annotations

import logging
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from rashomon.config import Options
from rashomon.errors import ConfigError, InputError
from rashomon.measure import airwars, emergent, evalsets, gtd, polnear
from rashomon.measure.harness import Progress, no_progress
from rashomon.measure.model import Figure, Report, SetResult
from rashomon.measure.targets import target
from rashomon.pipeline import Resources, generator

__all__ = ["SETS", "Report", "SetResult", "measure"]

logger = logging.getLogger(__name__)

Runner = Callable[[Path, Resources, Progress], SetResult]


def _eval_runner(name: str) -> Runner:
    return lambda shared, res, progress: evalsets.measure(name, shared, res, progress)


def _probe_runner(name: str) -> Runner:
    return lambda shared, res, progress: evalsets.measure_probe(name, res, progress, shared)


# name → (title shown when skipped, files under ../shared it needs, runner)
SETS: dict[str, tuple[str, tuple[str, ...], Runner]] = {
    "eval": (evalsets.SETS["eval"][0], evalsets.files("eval"), _eval_runner("eval")),
    "more-conflicts": (evalsets.SETS["more-conflicts"][0], evalsets.files("more-conflicts"),
                       _eval_runner("more-conflicts")),
    **{name: (title, evalsets.files(name), _probe_runner(name)) for name, (title, _, _) in evalsets.PROBES.items()},
    "gtd": (gtd.TITLE, (gtd.FILE,), lambda s, r, p: gtd.measure(s, r, p)),
    "airwars": ("Airwars Gaza", (airwars.FILE,), lambda s, r, p: airwars.measure(s, r, p)),
    "polnear": (polnear.TITLE, (f"{polnear.FOLDER}/metadata.tsv", f"{polnear.FOLDER}/{polnear.SPLIT}/text",
                                f"{polnear.FOLDER}/{polnear.SPLIT}/attributions"),
                lambda s, r, p: polnear.measure(s, r, p)),
    "emergent": ("Emergent", (emergent.FILE,), lambda s, r, p: emergent.measure(s, r, p)),
}


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def missing_files(shared: Path, name: str) -> list[Path]:
    return [shared / f for f in SETS[name][1] if not (shared / f).exists()]


def selected(only: Sequence[str] | None) -> list[str]:
    """The set names to run, in table order; unknown names are an error."""
    if not only:
        return list(SETS)
    unknown = [n for n in only if n not in SETS]
    if unknown:
        raise ConfigError(f"unknown data set(s) {', '.join(unknown)}: choose from {', '.join(SETS)}")
    return [n for n in SETS if n in only]


def peak_rss_mb() -> float:
    """Peak resident memory of this process (ru_maxrss is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _gap(results: dict[str, SetResult]) -> Figure | None:
    """|attribution F1 of eval − that of more-conflicts| (issue 11: the rules must generalise)."""
    def f1(name: str) -> float | None:
        res = results.get(name)
        return next((f.value for f in res.figures if f.key == "attribution_f1"), None) if res else None

    a, b = f1("eval"), f1("more-conflicts")
    if a is None or b is None:
        return None
    gap = round(abs(a - b), 3)
    return Figure("attribution_gap", "attribution F1 gap to the eval set", gap, f"{gap:.3f}",
                  target("more-conflicts", "attribution_gap"))


def measure(shared: Path, only: Sequence[str] | None = None, *, progress: Progress = no_progress,
            options: Options | None = None) -> Report:
    """Run the chosen data sets (all by default) under ``shared`` and return their figures."""
    start = time.perf_counter()
    names = selected(only)
    options = options or Options()
    results: dict[str, SetResult] = {}
    res: Resources | None = None
    for name in names:
        title, _, runner = SETS[name]
        absent = missing_files(shared, name)
        if absent:
            reason = f"{absent[0]} is absent"
            if in_ci():
                raise InputError(f"CI=true and {reason}: the measurements cannot run")
            logger.warning("skipped %s: %s", name, reason)
            results[name] = SetResult(name=name, title=title, skipped=reason)
            continue
        if res is None:
            progress("load the pipeline", 0, None)
            res = Resources.load(options)
        t0 = time.perf_counter()
        result = runner(shared, res, progress)
        results[name] = replace(result, seconds=time.perf_counter() - t0)
        logger.info("%s measured in %.1f s", name, results[name].seconds)
    gap = _gap(results)
    if gap is not None:
        mc = results["more-conflicts"]
        results["more-conflicts"] = replace(mc, figures=(*mc.figures[:1], gap, *mc.figures[1:]))
    seconds, rss = time.perf_counter() - start, peak_rss_mb()
    process = SetResult(name="process", title="this process", seconds=seconds, figures=(
        Figure("peak_rss_mb", "peak RSS of this process", round(rss), f"{rss:.0f} MB",
               target("process", "peak_rss_mb")),
        Figure("seconds", "wall time", round(seconds, 1), f"{seconds:.0f} s"),
    ))
    gen = generator(options)
    return Report(sets=(*results.values(), process), seconds=seconds, peak_rss_mb=rss,
                  generator={"name": gen.name, "version": gen.version, "model": gen.model,
                             "config_hash": gen.config_hash, "shared": str(shared)})
