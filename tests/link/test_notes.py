"""Why a report stayed on its own: the events' ``link_note``, in the ledger JSON too."""

from __future__ import annotations

import json

import jsonschema
import pytest

from rashomon.config import Options
from rashomon.link import link
from rashomon.report.ledger_json import dumps, from_dict
from rashomon.report.schema import ledger_schema
from rashomon.types import Evidence, Figure, Frame, Generator, Ledger, Location

OPTIONS = Options()
MOPTI = Location("Mopti", "ML", 14.493, -4.197, "town")
CENTRE = Location("Mopti Region", "ML", 14.6, -3.6, "region")


def frame(article: str, date: str | None = "2023-02-14", place: Location = MOPTI, *,
          killed: int | None = None, targets: tuple[str, ...] = (),
          precision: str = "day") -> Frame:
    return Frame(article_id=article, index=0, type="drone_strike", evidence=Evidence(0, 0, ""),
                 date=date, date_precision=precision if date else "unknown",  # type: ignore[arg-type]
                 date_text="on Tuesday" if date and precision == "day" else None,
                 location=place, targets=targets,
                 killed=None if killed is None else Figure(killed, killed))


def note_of(events: list, article: str) -> str | None:  # type: ignore[type-arg]
    return next(e.link_note for e in events if e.article_ids == (article,))


def test_an_undated_report_alone_says_why() -> None:
    events, _ = link([frame("a", killed=6), frame("u", None)], [], OPTIONS)
    note = note_of(events, "u")
    assert note is not None and "undated" in note and "place alone" in note and "Mopti" in note


def test_an_undated_report_with_details_fitting_two_events() -> None:
    events, _ = link([frame("a", "2023-02-14", killed=6, targets=("the Sevare bus station",)),
                      frame("b", "2023-07-02", killed=6, targets=("the fish market",)),
                      frame("u", None, killed=6)], [], OPTIONS)
    note = note_of(events, "u")
    assert note is not None and "fit 2 events" in note


def test_a_province_report_fitting_two_incidents() -> None:
    events, _ = link([frame("a", killed=6, targets=("the Sevare bus station",)),
                      frame("b", place=Location("Sevare", "ML", 14.53, -4.10, "town"),
                                killed=19, targets=("the army camp",)),
                      frame("wide", place=CENTRE)], [], OPTIONS)
    note = note_of(events, "wide")
    assert note is not None and "names only Mopti Region" in note and "fits 2 events" in note


@pytest.mark.parametrize(
    "frames",
    [
        [frame("a", killed=6), frame("b", killed=6)],  # linked: no note
        [frame("a")],  # alone with nothing to compare: no note
        [frame("a"), frame("b", "2023-09-01")],  # dated, apart by their dates: no note
    ],
)
def test_no_note_when_nothing_was_undecided(frames: list[Frame]) -> None:
    events, _ = link(frames, [], OPTIONS)
    assert all(e.link_note is None for e in events)


def test_the_note_is_in_the_ledger_json_and_valid() -> None:
    events, _ = link([frame("a", killed=6), frame("u", None)], [], OPTIONS)
    ledger = Ledger(generator=Generator("rashomon", "0", "m", "h"), events=tuple(events))
    data = json.loads(dumps(ledger))
    jsonschema.validate(data, ledger_schema())
    notes = [e["link_note"] for e in data["events"]]
    assert any(n and "undated" in n for n in notes) and None in notes
    assert from_dict(data).events == ledger.events  # round trip
