"""`rashomon show EVENT_ID` prints the event's frames with each field and its provenance."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.config import Options
from rashomon.pipeline import generator
from rashomon.store import Store

TEXT = ("Drones struck a militia depot in al-Harra, southeast of Albu Kamal, last night, "
        "killing 9 fighters.\n"
        "The Syrian Observatory for Human Rights said 14 fighters were killed in the strike.\n")


def test_show_prints_every_field_with_its_provenance(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "s1", "published": "2018-06-18", "text": ' + repr(TEXT).replace("'", '"')
                   + "}\n", encoding="utf-8")
    db = tmp_path / "l.db"
    runner = CliRunner()
    result = runner.invoke(app, ["analyze", str(src), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        ledger = store.load_ledger(generator(Options()))
    event = next(e for e in ledger.events if "s1" in e.article_ids)
    frame = next(f for f in ledger.frames if f.article_id == "s1" and f.index == 0)
    assert set(frame.sources) >= {"type", "place", "date", "killed"}  # survived the store
    shown = runner.invoke(app, ["show", event.id, "--db", str(db)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    out = shown.output
    assert "Frame fields and their provenance" in out
    for field in ("type:", "place:", "date:", "perpetrators:", "targets:", "killed:", "injured:"):
        assert field in out
    place = frame.sources["place"].evidence[0]
    assert f"[{place.start}:{place.end}]" in out and "al-Hari" in out
    date = frame.sources["date"].evidence[0]
    assert date.text == "last night" and f"[{date.start}:{date.end}]" in out
    killed = frame.sources["killed"]
    assert killed.claim_ids
    claim = next(c for c in ledger.claims if c.id == killed.claim_ids[0])
    assert f"from claim {claim.id} ({claim.source.name}" in out
