"""The two eval sets of ``../shared/eval``, scored by their own ``score.py``.

``eval`` is ``../shared/eval/articles.jsonl`` (31 articles, 6 incidents) and ``more-conflicts``
``../shared/eval/more-conflicts/articles.jsonl`` (38 articles, 10 incidents). Each is analysed
as ``rashomon analyze FILE --db :memory:`` does (one run), and the ledger is scored by the
official ``../shared/eval/score.py``, loaded from its path and never copied into the project:
its ``score(gold, ledger)`` gives the figures ``score.py --json`` writes.

``probe``, ``probe2`` … ``probe17`` are the project's own probe corpora (``tests/data/probe``: 15
articles, 5 incidents; ``tests/data/probe2`` and ``tests/data/probe3``: 18 articles, 6 incidents
each; ``tests/data/probe4``: 26 articles, 9 incidents; ``tests/data/probe5``: 16 articles, 6
incidents; ``tests/data/probe6``: 19 articles, 7 incidents; ``tests/data/probe7``: 17 articles, 6
incidents; ``tests/data/probe8``: 12 articles, 5 incidents; ``tests/data/probe9``: 13 articles, 6
incidents; ``tests/data/probe10``: 14 articles, 6 incidents; ``tests/data/probe11`` …
``tests/data/probe17``: 13 articles, 6 incidents each; probe5 … probe17 out of sample:
measured once before any fix), written for the project about conflicts no eval set covers. They
live in the source tree, not under ``../shared`` (their paths are absolute, so ``shared / path``
is the path itself), and are scored
by the project's own scorer (:func:`rashomon.evaluate.score_ledger`, the figures of
``score.py``), without the reliability table (a few dozen claims bin too thinly). An installed
copy without the source tree skips them.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

from rashomon.errors import InputError
from rashomon.evaluate import load_gold, score_ledger
from rashomon.measure import reliability
from rashomon.measure.harness import JsonDict, Progress, analyse, no_progress
from rashomon.measure.model import Figure, SetResult
from rashomon.measure.targets import target
from rashomon.pipeline import Resources

SCORER = "eval/score.py"
SETS = {  # name → (title, articles, gold), paths under ../shared
    "eval": ("eval (../shared/eval)", "eval/articles.jsonl", "eval/gold.jsonl"),
    "more-conflicts": ("more-conflicts (../shared/eval/…)",
                       "eval/more-conflicts/articles.jsonl", "eval/more-conflicts/gold.jsonl"),
}
TEST_DATA = Path(__file__).resolve().parents[3] / "tests" / "data"  # the source tree's
PROBES = {  # name → (title, articles, gold), absolute paths in the source tree
    name: (f"{name} (tests/data/{name})", str(TEST_DATA / name / "articles.jsonl"),
           str(TEST_DATA / name / "gold.jsonl"))
    for name in ("probe", "probe2", "probe3", "probe4", "probe5", "probe6", "probe7", "probe8",
                 "probe9", "probe10", "probe11", "probe12", "probe13", "probe14", "probe15",
                 "probe16", "probe17")
}


def files(name: str) -> tuple[str, ...]:
    """The files the set needs: under ``../shared``, or absolute for a probe corpus."""
    if name in PROBES:
        return PROBES[name][1:]
    _, articles, gold = SETS[name]
    return articles, gold, SCORER


def measure_probe(name: str, res: Resources, progress: Progress = no_progress,
                  shared: Path | None = None) -> SetResult:
    """A probe corpus analysed in one run and scored by :func:`rashomon.evaluate.score_ledger`;
    with ``shared`` holding ``score.py``, the same ledger is also scored by it (the hidden sets'
    scorer), and its claim figures are shown beside the project's."""
    title, articles, gold = PROBES[name]
    ledger = analyse([articles], res, progress, stage=name)
    report = score_ledger(load_gold(Path(gold)), ledger)
    report.pop("misses", None)
    figs = figures(name, report)
    details: dict[str, Any] = {"score": report}
    if shared is not None and (shared / SCORER).is_file():
        official = load_scorer(shared / SCORER).score(read_gold(Path(gold)), ledger)
        official.pop("misses", None)
        details["score_py"] = official
        figs = beside(figs, official)
    return SetResult(name=name, title=title, figures=figs, details=details)


# the claim figures on which the two scorers can differ: the project's keys attribution units by
# the source's words, score.py by party and figure (session 15 saw one fix move them apart)
_BESIDE = {"attribution_f1": "attribution", "killed_f1": "killed", "injured_f1": "injured",
           "deny_p": "deny"}


def beside(figs: tuple[Figure, ...], official: dict[str, Any]) -> tuple[Figure, ...]:
    """The figures with score.py's value of the same ledger appended to their text; the value
    itself (and so every floor and target) stays the project scorer's."""
    out = []
    for f in figs:
        part = official.get(_BESIDE.get(f.key, ""))
        if isinstance(part, dict):
            value = part.get("precision" if f.key == "deny_p" else "f1")
            if isinstance(value, (int, float)):
                f = replace(f, text=f"{f.text}; score.py {value:.3f}")
        out.append(f)
    return tuple(out)


def load_scorer(path: Path) -> ModuleType:
    """``score.py`` as a module, imported from its path."""
    spec = importlib.util.spec_from_file_location("rashomon_measure_score", path)
    if spec is None or spec.loader is None:
        raise InputError(f"cannot import the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "score", None)):
        raise InputError(f"{path} has no score(gold, ledger) function")
    return module


def read_gold(path: Path) -> list[JsonDict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def figures(name: str, report: dict[str, Any]) -> tuple[Figure, ...]:
    """The table rows of one score.py report."""
    def fig(key: str, label: str, value: float | None, text: str) -> Figure:
        return Figure(key, label, value, text, target(name, key))

    def prf_text(m: dict[str, Any], main: str) -> str:
        others = " ".join(f"{k[0].upper()} {m[k]:.3f}" for k in ("precision", "recall") if k != main)
        return f"{m[main]:.3f} ({others})" if main == "f1" else f"{m[main]:.3f}"

    rec = report["recurring_kept_apart"]
    share = rec["share"] if rec["pairs"] else None
    return (
        fig("attribution_f1", "attribution F1 (P, R)", report["attribution"]["f1"],
            prf_text(report["attribution"], "f1")),
        fig("deny_p", "deny P", report["deny"]["precision"], f"{report['deny']['precision']:.3f}"),
        fig("deny_r", "deny R", report["deny"]["recall"], f"{report['deny']['recall']:.3f}"),
        fig("decline_r", "decline R", report["decline"]["recall"], f"{report['decline']['recall']:.3f}"),
        fig("killed_f1", "killed F1 (P, R)", report["killed"]["f1"], prf_text(report["killed"], "f1")),
        fig("injured_f1", "injured F1 (P, R)", report["injured"]["f1"], prf_text(report["injured"], "f1")),
        fig("linking_f1", "linking F1 (P, R)", report["linking"]["f1"], prf_text(report["linking"], "f1")),
        fig("contradiction_f1", "contradiction F1 (P, R)", report["contradiction"]["f1"],
            prf_text(report["contradiction"], "f1")),
        fig("recurring", "recurring same-place pairs apart", share, f"{rec['apart']}/{rec['pairs']}"),
        fig("event_date", "event date", report["event_date"], f"{report['event_date']}"),
        fig("event_date_1d", "event date within a day", report["event_date_within_1_day"],
            f"{report['event_date_within_1_day']}"),
        fig("event_country", "event country", report["event_country"], f"{report['event_country']}"),
    )


def measure(name: str, shared: Path, res: Resources, progress: Progress = no_progress, *,
            with_reliability: bool = True) -> SetResult:
    """Analyse the set in one run and score its ledger with score.py; with the reliability
    table of the claims' confidence unless ``with_reliability`` is false (a sweep's rows)."""
    title, articles, gold = SETS[name]
    scorer = load_scorer(shared / SCORER)
    ledger = analyse([str(shared / articles)], res, progress, stage=name)
    gold_rows = read_gold(shared / gold)
    report = scorer.score(gold_rows, ledger)
    report.pop("misses", None)
    if not with_reliability:
        return SetResult(name=name, title=title, figures=figures(name, report), details={"score": report})
    rows = reliability.reliability(scorer, gold_rows, ledger)
    return SetResult(name=name, title=title, figures=(*figures(name, report), *reliability.figures(rows)),
                     details={"score": report, "reliability": rows,
                              "confidence_bins": reliability.bins(scorer, gold_rows, ledger)})
