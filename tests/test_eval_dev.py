"""The development evaluation set (../shared/eval, real articles with gold claims), when present:
the CLI analyses it into a valid ledger keeping its article ids, and its scorer's figures are
printed to the test log, and the targets of issue 3 are kept as floors (the project's own gold
set has its floors in tests/test_end_to_end.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import EVAL_DIR
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.report.schema import validate_ledger

FILES = ("articles.jsonl", "gold.jsonl", "score.py")

pytestmark = [
    pytest.mark.eval,
    pytest.mark.slow,
    pytest.mark.skipif(not EVAL_DIR.is_dir(), reason=f"{EVAL_DIR} is absent"),
    pytest.mark.skipif(not all((EVAL_DIR / f).is_file() for f in FILES),
                       reason=f"{EVAL_DIR} lacks one of {', '.join(FILES)}"),
]


def analyse_and_score(eval_dir: Path, tmp_path: Path) -> tuple[str, str]:
    """Analyse ``eval_dir/articles.jsonl`` with the CLI, check the ledger; return (scorer output,
    CLI output)."""
    articles = eval_dir / "articles.jsonl"
    ledger_path = tmp_path / "eval-ledger.json"
    result = CliRunner(env={"COLUMNS": "200"}).invoke(
        app, ["analyze", str(articles), "--db", str(tmp_path / "eval.db"), "--json", str(ledger_path), "-q"])
    assert result.exit_code in (0, 3), result.output  # 3: some inputs skipped (listed)
    assert "Traceback" not in result.output

    data = json.loads(ledger_path.read_text(encoding="utf-8"))
    validate_ledger(data)
    ids = [json.loads(line)["id"] for line in articles.read_text(encoding="utf-8").splitlines()
           if line.strip()]
    ledger_ids = {a["id"] for a in data["articles"]}
    skipped = {s["input"] for s in data["skipped"]}
    missing = [i for i in ids if i not in ledger_ids]
    assert not missing, f"article ids missing from the ledger: {missing} (skipped: {sorted(skipped)})"

    scored = subprocess.run(
        [sys.executable, str(eval_dir / "score.py"), "--gold", str(eval_dir / "gold.jsonl"),
         "--ledger", str(ledger_path)],
        capture_output=True, text=True, timeout=300,
    )
    assert scored.returncode == 0, scored.stderr[-2000:]
    return scored.stdout, result.output


def test_eval_set_is_analysed_and_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures, _ = analyse_and_score(EVAL_DIR, tmp_path)
    with capsys.disabled():
        print(f"\n--- {EVAL_DIR / 'score.py'} ---\n{figures}")
    assert figures.strip()


# Issue 3 and 5 targets on the dev set, raised where quality rose past them (measured
# 2026-12-02: attribution F1 0.863, deny P 0.875 R 0.913, decline R 1.000, killed F1 0.815,
# linking F1 1.000, contradiction F1 1.000). Raise when quality rises; never lower silently.
DEV_FLOORS = {
    ("attribution", "f1"): 0.86,  # 0.868 on branch claims (issue 11)
    ("deny", "recall"): 0.90,
    ("deny", "precision"): 0.85,
    ("decline", "recall"): 0.95,  # 1.000 since 2026-12-02
    ("killed", "f1"): 0.80,
    ("injured", "f1"): 0.80,  # 0.833 since issue 3; floor added with issue 11
    ("linking", "f1"): 0.95,
    ("contradiction", "f1"): 0.95,  # 1.000 since issue 5; raised with issue 11 (disputes)
}
# Issue 11 on ../shared/eval/more-conflicts (other conflicts), the figures it owns: measured
# 2026-12-06 killed F1 0.750, injured 0.649, contradiction 0.769 (baseline 0.585 / 0.550 / 0.667).
MORE_DIR = EVAL_DIR / "more-conflicts"
MORE_FLOORS = {
    ("killed", "f1"): 0.70,
    ("injured", "f1"): 0.60,
    ("contradiction", "f1"): 0.70,
    # claims (issue 11): attribution F1 0.761, deny P 1.000 R 0.875, decline R 1.000
    ("attribution", "f1"): 0.75,
    ("deny", "precision"): 0.95,
    ("deny", "recall"): 0.85,
    ("decline", "recall"): 0.95,
}


def test_eval_set_floors(tmp_path: Path) -> None:
    _, _ = analyse_and_score(EVAL_DIR, tmp_path)
    metrics = tmp_path / "metrics.json"
    scored = subprocess.run(
        [sys.executable, str(EVAL_DIR / "score.py"), "--gold", str(EVAL_DIR / "gold.jsonl"),
         "--ledger", str(tmp_path / "eval-ledger.json"), "--json", str(metrics)],
        capture_output=True, text=True, timeout=300,
    )
    assert scored.returncode == 0, scored.stderr[-2000:]
    report = json.loads(metrics.read_text(encoding="utf-8"))
    below = {f"{k} {m}": (report[k][m], floor) for (k, m), floor in DEV_FLOORS.items()
             if report[k][m] < floor}
    assert not below, f"below the floor (measured, floor): {below}"


@pytest.mark.skipif(not all((MORE_DIR / f).is_file() for f in FILES[:2]), reason=f"{MORE_DIR} is absent")
def test_more_conflicts_floors(tmp_path: Path) -> None:
    analyse_and_score_with(MORE_DIR, tmp_path)
    report = json.loads((tmp_path / "metrics.json").read_text(encoding="utf-8"))
    below = {f"{k} {m}": (report[k][m], floor) for (k, m), floor in MORE_FLOORS.items()
             if report[k][m] < floor}
    assert not below, f"below the floor (measured, floor): {below}"


def analyse_and_score_with(eval_dir: Path, tmp_path: Path) -> None:
    """Analyse a set whose gold sits in ``eval_dir`` and score it with the dev set's score.py
    into ``tmp_path/metrics.json``."""
    ledger = tmp_path / "eval-ledger.json"
    result = CliRunner(env={"COLUMNS": "200"}).invoke(
        app, ["analyze", str(eval_dir / "articles.jsonl"), "--db", str(tmp_path / "eval.db"), "--json",
              str(ledger), "-q"])
    assert result.exit_code in (0, 3), result.output
    scored = subprocess.run(
        [sys.executable, str(EVAL_DIR / "score.py"), "--gold", str(eval_dir / "gold.jsonl"),
         "--ledger", str(ledger), "--json", str(tmp_path / "metrics.json")],
        capture_output=True, text=True, timeout=300,
    )
    assert scored.returncode == 0, scored.stderr[-2000:]
