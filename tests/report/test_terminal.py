"""Golden renders of the terminal reports (rich's tests/render.py style).

Rendered at a fixed width without colour and compared with tests/report/golden/*.txt.
``RASHOMON_UPDATE_GOLDEN=1 pytest tests/report`` rewrites the files; review the diff.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console
from tests.report.ledger_fixtures import hostile_ledger, sample_ledger

from rashomon.errors import InputError
from rashomon.report.terminal import render_event, render_events, render_ledger_summary
from rashomon.types import Ledger, Source

GOLDEN = Path(__file__).with_name("golden")
UPDATE = os.environ.get("RASHOMON_UPDATE_GOLDEN") == "1"


def render(fn: Callable[[Console], None]) -> str:
    console = Console(width=100, record=True, color_system=None, force_terminal=False,
                      file=io.StringIO(), legacy_windows=False)
    fn(console)
    # rich pads lines to the table width: compare without trailing spaces
    return "\n".join(line.rstrip() for line in console.export_text().splitlines()) + "\n"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"golden file {name} was missing and has been written; check it in")
    assert text == path.read_text(encoding="utf-8"), (
        f"render differs from {path}; run with RASHOMON_UPDATE_GOLDEN=1 to update")


CASES: dict[str, Callable[[Ledger, Console], None]] = {
    "events.txt": render_events,
    "event_e1.txt": lambda ledger, c: render_event(ledger, "e1", c),
    "event_e2.txt": lambda ledger, c: render_event(ledger, "e2", c),
    "summary.txt": render_ledger_summary,
}


@pytest.mark.parametrize("name", list(CASES))
def test_golden(name: str) -> None:
    ledger = sample_ledger()
    check_golden(name, render(lambda c: CASES[name](ledger, c)))


def test_event_shows_what_matters() -> None:
    text = render(lambda c: render_event(sample_ledger(), "e1", c))
    assert "Airstrike · 2020-03-10 (day) · Qasr Hilal, IQ (34.1250, 41.2500; precision town)" \
        in text
    assert "contested: alleged Coalition (Valley News Agency), denied by Coalition" in text
    assert "Killed: 9–31 — Hilal Brigade: 14, Riverside Observatory: 9–31" in text
    assert "✗ perpetrator: Coalition did it (Valley News Agency) vs Coalition did not (Coalition) [1 pair]" in text
    assert "claim pairs: rashomon show e1 --pairs" in text
    assert "“The Hilal Brigade said 14 of its members were killed.”" in text
    assert "'late on Tuesday' →" in text and "'near Qasr Hilal' →" in text


def test_stance_colours() -> None:
    console = Console(width=100, record=True, color_system="standard", force_terminal=True,
                      file=io.StringIO())
    render_event(sample_ledger(), "e1", console)
    styled = console.export_text(styles=True)
    assert "\x1b[31mdenies Coalition" in styled  # red denial
    assert "\x1b[33mCoalition" in styled  # yellow assertion
    assert "\x1b[2mdeclines comment" in styled  # dim


def test_unknown_event() -> None:
    with pytest.raises(InputError, match="no event 'nope'"):
        render(lambda c: render_event(sample_ledger(), "nope", c))


def test_empty_ledger() -> None:
    ledger = Ledger(sample_ledger().generator)
    assert render(lambda c: render_events(ledger, c)) == "No events in the ledger.\n"
    assert "0 articles" in render(lambda c: render_ledger_summary(ledger, c))


def test_markup_in_article_text_is_shown_literally() -> None:
    ledger = sample_ledger()
    loud = Source("[bold red]Loud[/bold red] agency", "x", "media")
    claims = (type(ledger.claims[0])(**{
        **{f: getattr(ledger.claims[0], f) for f in ledger.claims[0].__dataclass_fields__},
        "source": loud}),)
    ledger = Ledger(ledger.generator, ledger.articles, claims, ledger.events)
    text = render(lambda c: render_event(ledger, "e1", c))
    assert "[bold red]Loud[/bold red] agency" in text
    text = render(lambda c: render_event(hostile_ledger(), "x-e1", c))
    assert "<script>alert(1)</script> group" in text


def test_frame_provenance_is_shown_with_offsets_and_claims() -> None:
    from dataclasses import replace

    from rashomon.types import Evidence, FieldSource

    ledger = sample_ledger()
    frame = next(f for f in ledger.frames if (f.article_id, f.index) == ("a1", 0))
    article = next(a for a in ledger.articles if a.id == "a1")
    start = article.text.index("Qasr Hilal")
    ev = Evidence(start, start + len("Qasr Hilal"), "Qasr Hilal")
    claim = next(c for c in ledger.claims if c.article_id == "a1")
    sourced = replace(frame, sources={"place": FieldSource((ev,), note="same area: Iraq"),
                                      "perpetrators": FieldSource(claim_ids=(claim.id,))})
    frames = tuple(sourced if f is frame else f for f in ledger.frames)
    text = render(lambda c: render_event(replace(ledger, frames=frames), "e1", c))
    assert "Frame fields and their provenance" in text
    assert f"[{ev.start}:{ev.end}]" in text and "near Qasr Hilal late on Tuesday" in text
    assert f"from claim {claim.id} ({claim.source.name}" in text
    assert "date:" in text and "no source" in text


def test_disputes_show_their_sides_and_pairs_on_demand() -> None:
    from dataclasses import replace

    from rashomon.reconcile import find_disputes

    ledger = sample_ledger()
    e1 = ledger.events[0]
    denial = next(c for c in ledger.claims if c.id == "c4")
    ids = [f"d{k}" for k in range(5)]
    deniers = tuple(replace(denial, id=cid, source=replace(denial.source, name=f"Unit {cid}")) for cid in ids)
    claims = (*ledger.claims, *deniers)
    mine = [c for c in claims if c.id in {*e1.claim_ids, *ids}]
    disputes, pairs = find_disputes(mine)
    ledger = replace(ledger, claims=claims, events=(
        replace(e1, claim_ids=(*e1.claim_ids, *ids), disputes=disputes, contradictions=pairs), *ledger.events[1:]))
    text = " ".join(render(lambda c: render_event(ledger, "e1", c)).split())
    assert "Disputes (1, 6 opposed claim pairs):" in text
    assert ("Coalition did it (Valley News Agency) vs Coalition did not (Coalition, Unit d0, Unit d1, Unit d2, "
            "Unit d3, Unit d4) [6 pairs]") in text
    assert "↔" not in text
    detail = " ".join(render(lambda c: render_event(ledger, "e1", c, pairs=True)).split())
    assert "c2 ↔ d0: Valley News Agency: Coalition vs Unit d0: denies" in detail
    assert detail.count("↔") == 6 and "--pairs" not in detail
