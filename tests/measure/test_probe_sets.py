"""The probe corpora of tests/data as sets of ``rashomon eval``: wired into the orchestrator
after the two eval sets, found in the source tree whatever ``--shared`` names, and shown with
issue 10's targets for the hidden sets they stand in for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rashomon.measure import SETS, evalsets, missing_files, selected


def _prf(f: float) -> dict[str, float]:
    return {"precision": f, "recall": f, "f1": f}


REPORT: dict[str, Any] = {
    **{k: _prf(0.8) for k in ("attribution", "deny", "decline", "killed", "injured", "contradiction")},
    "linking": _prf(0.84),
    "recurring_kept_apart": {"pairs": 0, "apart": 0, "share": None},
    "event_date": 0.6, "event_date_within_1_day": 1.0, "event_country": 1.0,
}


def test_probe_sets_follow_the_eval_sets_in_table_order() -> None:
    names = list(SETS)
    assert names[:4] == ["eval", "more-conflicts", "probe", "probe2"]
    assert selected(["probe2", "gtd", "probe"]) == ["probe", "probe2", "gtd"]


def test_probe_files_are_found_in_the_source_tree_whatever_shared_names(tmp_path: Path) -> None:
    for name in ("probe", "probe2"):
        articles, gold = evalsets.files(name)
        assert Path(articles).is_absolute() and Path(articles).name == "articles.jsonl"
        assert Path(gold).parent.name == name
        assert missing_files(tmp_path, name) == []  # an empty ../shared does not skip them
    assert missing_files(tmp_path, "eval")  # the eval sets still need ../shared


def test_probe_figures_carry_the_hidden_sets_targets() -> None:
    figs = {f.key: f for f in evalsets.figures("probe", REPORT)}
    assert figs["linking_f1"].target is not None and figs["linking_f1"].met is False  # 0.84 < 0.85
    assert figs["event_country"].met is True
    assert figs["recurring"].value is None and figs["recurring"].text == "0/0"
    assert figs["event_date"].target is None and figs["event_date"].value == 0.6


def test_score_py_figures_are_shown_beside_the_project_scorers_and_change_no_value() -> None:
    official = {**REPORT, "attribution": _prf(0.7), "killed": _prf(0.9), "deny": {"precision": 0.25}}
    figs = {f.key: f for f in evalsets.beside(evalsets.figures("probe", REPORT), official)}
    assert figs["attribution_f1"].value == 0.8  # floors and targets stay on the project scorer
    assert figs["attribution_f1"].text.endswith("; score.py 0.700")
    assert figs["killed_f1"].text.endswith("; score.py 0.900")
    assert figs["deny_p"].text == "0.800; score.py 0.250"
    assert "score.py" not in figs["linking_f1"].text  # link figures are the same in both scorers


def test_a_report_without_a_figure_leaves_its_text_alone() -> None:
    figs = evalsets.beside(evalsets.figures("probe", REPORT), {"attribution": {"f1": None}})
    assert all("score.py" not in f.text for f in figs)
