"""``tools/make_incident_places.py`` on the real GTD Iraq file of ``../shared``: the shipped
``data/incident_places.tsv`` is what it builds (a re-run writes the same bytes), and the 300 rows
``make eval`` measures reach none of it (a held-out split). Skipped when ``../shared`` is
absent, a failure under ``CI=true``."""

from __future__ import annotations

import csv
import importlib.util
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest
from tests.conftest import SHARED, need_shared

from rashomon.gazetteer.incidents import FILE
from rashomon.measure import gtd
from rashomon.measure.harness import read_csv

TOOL = Path(__file__).resolve().parents[2] / "tools" / "make_incident_places.py"


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_incident_places", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def scrambled_copy(shared: Path, into: Path) -> Path:
    """A copy of the csv whose held-out rows name other places at other coordinates: a
    village of their own, placed in a tight cluster, and the villages of the other rows moved
    50 km. If any held-out value reached the file, the file would change."""
    rows = read_csv(shared / gtd.FILE)
    held_out = set(gtd.sample_rows(len(rows)))
    for n, i in enumerate(sorted(held_out)):
        rows[i] = {**rows[i], "city": "Heldout Village" if n % 2 else rows[(i + 1) % len(rows)]["city"],
                   "latitude": str(30.0 + n / 10_000), "longitude": "47.0"}
    out = into / gtd.FILE
    out.parent.mkdir(parents=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return into


@pytest.mark.slow
def test_the_shipped_file_is_the_build_and_no_held_out_row_reaches_it(tmp_path: Path) -> None:
    need_shared(gtd.FILE)
    shipped = resources.files("rashomon.data").joinpath(FILE).read_text("utf-8")
    text, places = tool().build(scrambled_copy(SHARED, tmp_path))
    assert text == shipped  # same bytes: deterministic, and blind to the 300 held-out rows
    assert "Heldout" not in text and places
    assert sum(p.rows for p in places) <= 2900 - gtd.SAMPLE
    assert "300 rows make eval measures" in shipped


def test_the_held_out_rows_are_the_eval_sample() -> None:
    """One definition: the builder leaves out exactly the rows the GTD figures read."""
    need_shared(gtd.FILE)
    rows = read_csv(SHARED / gtd.FILE)
    records, held_out = tool().incidents(rows)
    assert held_out == gtd.SAMPLE == len(set(gtd.sample_rows(len(rows))))
    assert len(records) == len(rows) - gtd.SAMPLE  # every other row is geocoded and read
