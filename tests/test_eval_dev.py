"""The development evaluation set (../shared/eval, real articles with gold claims), when present:
the CLI analyses it into a valid ledger keeping its article ids, and its scorer's figures are
printed to the test log. Its floors (issue targets) are in tests/quality/baseline.toml, checked
by tests/quality/test_gate.py on the same analysis (the ``scored_eval_set`` fixture)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from tests.conftest import EVAL_SETS, SHARED

from rashomon.report.schema import validate_ledger

pytestmark = [pytest.mark.eval, pytest.mark.slow, pytest.mark.xdist_group("eval-sets")]  # one analysis per set


@pytest.mark.parametrize("name", sorted(EVAL_SETS))
def test_eval_set_is_analysed_into_a_valid_ledger(name: str, scored_eval_set: Callable[[str], dict[str, Any]],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    run = scored_eval_set(name)
    with capsys.disabled():
        print(f"\n--- {name}: {SHARED / 'eval/score.py'} ---\n{run['figures']}")
    assert run["figures"].strip()
    assert "Traceback" not in run["cli_output"]
    data = run["ledger"]
    validate_ledger(data)
    articles = SHARED / EVAL_SETS[name][0]
    ids = [json.loads(line)["id"] for line in articles.read_text(encoding="utf-8").splitlines() if line.strip()]
    ledger_ids = {a["id"] for a in data["articles"]}
    skipped = {s["input"] for s in data["skipped"]}
    missing = [i for i in ids if i not in ledger_ids]
    assert not missing, f"article ids missing from the ledger: {missing} (skipped: {sorted(skipped)})"
