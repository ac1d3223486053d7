"""Emergent and eval-set scoring on hand-written rows and reports; the orchestrator's choice of
sets, skips and CI rule; ``rashomon eval`` on a folder without the data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.errors import ConfigError, InputError
from rashomon.measure import SETS, emergent, evalsets, measure, selected
from rashomon.measure.table import report_table

ENV = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}


# --- emergent --------------------------------------------------------------------------
def test_emergent_against_is_an_article_with_a_denial() -> None:
    rows = [{"articleId": "1", "articleHeadlineStance": "against"},
            {"articleId": "2", "articleHeadlineStance": "against"},
            {"articleId": "3", "articleHeadlineStance": "for"},
            {"articleId": "4", "articleHeadlineStance": "observing"}]
    claims = [{"article_id": "emergent-1", "stance": "denies"},
              {"article_id": "emergent-1", "stance": "asserts"},
              {"article_id": "emergent-2", "stance": "asserts"},
              {"article_id": "emergent-3", "stance": "denies"}]
    report = emergent.score(rows, {"claims": claims})
    assert (report["tp"], report["pred"], report["gold"]) == (1, 2, 2)
    assert (report["precision"], report["recall"]) == (0.5, 0.5)


# --- eval sets -------------------------------------------------------------------------
def _prf(p: float, r: float, f: float) -> dict[str, float]:
    return {"precision": p, "recall": r, "f1": f}


REPORT: dict[str, Any] = {
    "attribution": _prf(0.764, 0.604, 0.675), "deny": _prf(0.556, 0.625, 0.588),
    "decline": _prf(1.0, 0.625, 0.769), "killed": _prf(0.727, 0.49, 0.585), "injured": _prf(0.647, 0.478, 0.55),
    "linking": _prf(0.97, 0.457, 0.621), "contradiction": _prf(1.0, 0.5, 0.667),
    "recurring_kept_apart": {"pairs": 15, "apart": 14, "share": 0.933},
    "event_date": 0.9, "event_date_within_1_day": 1.0, "event_country": 0.6,
}


def test_eval_figures_read_a_score_report() -> None:
    figs = {f.key: f for f in evalsets.figures("more-conflicts", REPORT)}
    assert figs["linking_f1"].text == "0.621 (P 0.970 R 0.457)"
    assert figs["recurring"].text == "14/15" and figs["recurring"].met is False
    assert figs["deny_p"].value == 0.556
    assert figs["event_country"].target is not None and figs["event_country"].target.text() == "= 1.0"
    assert figs["event_date"].met is True  # the baseline, no drop


def test_load_scorer_imports_a_module_by_path(tmp_path: Path) -> None:
    good = tmp_path / "score.py"
    good.write_text("def score(gold, ledger):\n    return {'n': len(gold) + len(ledger)}\n", encoding="utf-8")
    assert evalsets.load_scorer(good).score([1], {"a": 1}) == {"n": 2}
    bad = tmp_path / "other.py"
    bad.write_text("x = 1\n", encoding="utf-8")
    with pytest.raises(InputError, match="no score"):
        evalsets.load_scorer(bad)


# --- orchestrator ----------------------------------------------------------------------
def test_selected_keeps_table_order_and_rejects_unknown_names() -> None:
    assert selected(None) == list(SETS)
    assert selected(["emergent", "eval"]) == ["eval", "emergent"]
    with pytest.raises(ConfigError, match="unknown data set"):
        selected(["acled"])


def test_absent_data_is_skipped_with_its_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    report = measure(tmp_path, ["gtd", "polnear"])
    skipped = {s.name: s.skipped for s in report.sets if s.skipped}
    assert set(skipped) == {"gtd", "polnear"}
    assert str(tmp_path / "datasets") in (skipped["gtd"] or "")
    text = _render(report)
    assert "skipped:" in text and "peak RSS" in text


def test_absent_data_fails_under_ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(InputError, match="CI=true"):
        measure(tmp_path, ["emergent"])


def _render(report: Any) -> str:
    console = Console(record=True, width=200, color_system=None)
    console.print(report_table(report))
    return console.export_text()


def test_cli_eval_prints_one_table_and_writes_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    out = tmp_path / "out" / "eval.json"
    result = CliRunner(env=ENV).invoke(app, ["eval", "--shared", str(tmp_path), "--only", "eval,emergent",
                                             "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "rashomon eval" in result.output and "skipped:" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["sets"]) == {"eval", "emergent", "process"}
    assert data["sets"]["eval"]["skipped"]


def test_cli_eval_rejects_an_unknown_set(tmp_path: Path) -> None:
    result = CliRunner(env=ENV).invoke(app, ["eval", "--shared", str(tmp_path), "--only", "fnc"])
    assert result.exit_code == 1
    assert "unknown data set" in result.output


def test_cli_eval_fails_under_ci_without_data(tmp_path: Path) -> None:
    result = CliRunner(env={**ENV, "CI": "true"}).invoke(app, ["eval", "--shared", str(tmp_path), "--only", "gtd"])
    assert result.exit_code == 1
    assert "CI=true" in result.output
