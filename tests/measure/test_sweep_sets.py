"""A sweep's row scores both eval sets through evalsets.measure, as ``rashomon eval`` does,
without the reliability table: its figures are eval's (a subset of each set, our pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import SHARED, need_shared
from tests.measure.test_sweep import _subset

from rashomon.measure import evalsets, sweep
from rashomon.pipeline import Resources


@pytest.mark.slow
def test_sweep_row_has_the_figures_of_eval(resources: Resources, tmp_path: Path) -> None:
    need_shared("eval/score.py", *(p for _, a, g in evalsets.SETS.values() for p in (a, g)))
    for _, articles, gold in evalsets.SETS.values():
        _subset(tmp_path, articles, gold, 3)
    (tmp_path / "eval/score.py").symlink_to(SHARED / "eval/score.py")
    row = sweep.measure_sets(tmp_path, resources)
    full = {name: evalsets.measure(name, tmp_path, resources) for name in sweep.SET_NAMES}
    want = {f"{name}:{f.key}": f.value for name, result in full.items() for f in result.figures
            if f.key in sweep.FIGURES}
    assert row == want and len(row) == len(sweep.SET_NAMES) * len(sweep.FIGURES)
    lean = evalsets.measure("eval", tmp_path, resources, with_reliability=False)
    assert "reliability" not in lean.details and "reliability" in full["eval"].details
