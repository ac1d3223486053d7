"""The command line, in process (typer's CliRunner): exit codes, skipped inputs, outputs.

The analysing commands are slow (the spaCy model loads once per ``analyze``), so one
module-scoped fixture analyses a small corpus once and the tests read its results.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.config import __version__
from rashomon.report.schema import validate_ledger
from rashomon.store import Store

MAX_BYTES = 6000
# wide, so that the skipped-inputs table does not fold long tmp paths across lines
ENV = {"COLUMNS": "400", "NO_COLOR": "1", "TERM": "dumb"}

GOOD_TXT = {
    "depot.txt": (
        "Drone strike hits fuel depot near Deir Hafer\n"
        "ALEPPO (Test Wire) — A drone strike on Tuesday hit a fuel depot near the town of Deir Hafer, "
        "east of Aleppo, killing at least seven people, a war monitor said.\n\n"
        "The Syrian Observatory for Human Rights said the drone was probably Turkish and that seven "
        "civilians, including two children, were killed in the strike.\n\n"
        "Turkey's defence ministry denied carrying out any strike in the area. \"Our forces did not "
        "conduct any operation near Deir Hafer on Tuesday,\" the ministry said in a statement.\n\n"
        "A spokesman for the US-led coalition declined to comment on the incident.\n"
    ),
    "market.txt": (
        "Shelling of market in Taiz kills five, officials say\n"
        "TAIZ (Test Wire) — Artillery shells struck a crowded vegetable market in the Yemeni city of "
        "Taiz on Friday morning, killing five people and wounding 14, local health officials said.\n\n"
        "The governor of Taiz accused the Houthi movement of firing the shells from hills east of the "
        "city.\n\n"
        "A Houthi spokesman denied the accusation, saying the group's fighters had not fired on the "
        "city and blaming government forces for the shelling.\n\n"
        "The United Nations envoy said he was alarmed by the reports and called for an investigation.\n"
    ),
}

JSONL_GOOD = [
    {
        "id": "cli-jl-1", "url": "https://example.org/news/1", "outlet": "Test Herald",
        "title": "Missile strike on airfield near Homs", "published": "2022-03-14",
        "text": (
            "HOMS (Test Herald) — A missile strike hit the Shayrat airfield south-east of Homs late on "
            "Sunday, killing three soldiers, Syrian state media reported.\n\n"
            "The state news agency SANA blamed Israel for the attack, saying the missiles were fired "
            "from over Lebanon.\n\nThe Israeli military declined to comment on the report."
        ),
    },
    {
        "id": "cli-jl-2", "url": "https://example.org/news/2", "outlet": "Test Herald",
        "title": "Explosion at checkpoint in Kirkuk", "published": "2022-05-02",
        "text": (
            "KIRKUK (Test Herald) — An explosion at an army checkpoint west of Kirkuk on Monday killed "
            "four soldiers, Iraqi security officials said.\n\n"
            "Police said a roadside bomb was detonated as a patrol passed. No group has claimed "
            "responsibility, and a spokesman for the local militia denied any role in the blast."
        ),
    },
]

GERMAN = (
    "Bei einem Luftangriff in der Nähe der Stadt sind am Dienstag nach Angaben örtlicher Behörden "
    "mindestens sieben Menschen ums Leben gekommen. Die Regierung machte ausländische Kampfflugzeuge "
    "für den Angriff verantwortlich, während das Verteidigungsministerium jede Beteiligung bestritt. "
    "Augenzeugen berichteten von mehreren Explosionen und einem großen Feuer, das bis in die Nacht "
    "brannte. Eine unabhängige Bestätigung der Angaben war zunächst nicht möglich."
)


@dataclass(frozen=True)
class Analysed:
    folder: Path
    db: Path
    json_out: Path
    html_out: Path
    first: Any  # click.testing.Result
    second: Any
    counts_first: dict[str, int]
    counts_second: dict[str, int]
    bad: dict[str, str]  # file name → a word expected in its skip reason


def _write_corpus(folder: Path) -> dict[str, str]:
    folder.mkdir()
    for name, text in GOOD_TXT.items():
        (folder / name).write_text(text, encoding="utf-8")
    lines = [json.dumps(JSONL_GOOD[0]), "{this is not json", json.dumps(JSONL_GOOD[1])]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "german.txt").write_text("Luftangriff in Syrien\n" + GERMAN + "\n", encoding="utf-8")
    filler = "The council met on Monday to discuss the budget for the coming year. "
    (folder / "big.txt").write_text("A long article\n" + filler * (MAX_BYTES // len(filler) + 10),
                                    encoding="utf-8")
    # file name → a word its skip reason must contain
    return {"empty.txt": "empty", "binary.txt": "binary", "german.txt": "language",
            "feed.jsonl:2": "json", "big.txt": "limit"}


def _counts(db: Path) -> dict[str, int]:
    with Store.open(db) as store:
        return store.counts()


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner(env=ENV)


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory, runner: CliRunner) -> Analysed:
    root = tmp_path_factory.mktemp("cli")
    folder = root / "corpus"
    bad = _write_corpus(folder)
    db, json_out, html_out = root / "ledger.db", root / "ledger.json", root / "report.html"
    args = ["analyze", str(folder), "--db", str(db), "--json", str(json_out), "--html", str(html_out),
            "--max-bytes", str(MAX_BYTES)]
    first = runner.invoke(app, args)
    counts_first = _counts(db)
    second = runner.invoke(app, args)
    counts_second = _counts(db)
    return Analysed(folder, db, json_out, html_out, first, second, counts_first, counts_second, bad)


def _ledger(analysed: Analysed) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(analysed.json_out.read_text(encoding="utf-8"))
    return data


# --- analyze ------------------------------------------------------------------------------


def test_analyze_exits_3_and_lists_every_bad_input_with_its_reason(analysed: Analysed) -> None:
    for result in (analysed.first, analysed.second):
        assert result.exit_code == 3, result.output
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        lines = result.output.splitlines()
        for name, reason_word in analysed.bad.items():
            listed = [line for line in lines if str(analysed.folder / name) in line]
            assert listed, f"{name} not listed as skipped:\n{result.output}"
            assert any(reason_word in line.lower() for line in listed), (name, listed)
        for name in GOOD_TXT:
            path = str(analysed.folder / name)
            assert not any(path in line and "skip" in line.lower() for line in lines)


def test_analyze_stores_the_good_articles(analysed: Analysed) -> None:
    with Store.open(analysed.db) as store:
        articles = list(store.iter_articles())
    inputs = sorted(a.input for a in articles)
    folder = analysed.folder
    assert inputs == sorted([str(folder / "depot.txt"), str(folder / "market.txt"),
                             f"{folder / 'feed.jsonl'}:1", f"{folder / 'feed.jsonl'}:3"])
    ids = {a.id for a in articles}
    assert {"cli-jl-1", "cli-jl-2"} <= ids
    assert analysed.counts_first["claims"] > 0
    assert analysed.counts_first["events"] > 0
    assert analysed.counts_first["skipped"] == len(analysed.bad)


def test_analyze_twice_gives_the_same_rows(analysed: Analysed) -> None:
    first = {k: v for k, v in analysed.counts_first.items() if k != "runs"}
    second = {k: v for k, v in analysed.counts_second.items() if k != "runs"}
    assert first == second
    assert analysed.counts_second["runs"] == analysed.counts_first["runs"] + 1


def test_json_output_validates_and_keeps_the_jsonl_ids(analysed: Analysed) -> None:
    data = _ledger(analysed)
    validate_ledger(data)
    ids = {a["id"] for a in data["articles"]}
    assert {row["id"] for row in JSONL_GOOD} <= ids
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for claim in data["claims"]:
        ev = claim["evidence"]
        assert texts[claim["article_id"]][ev["start"]:ev["end"]] == ev["text"]
    stances = {c["stance"] for c in data["claims"]}
    assert "denies" in stances
    html = analysed.html_out.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")


def test_analyze_missing_path_exits_3_and_names_it(tmp_path: Path, runner: CliRunner) -> None:
    missing = tmp_path / "no-such-folder"
    result = runner.invoke(app, ["analyze", str(missing), "--db", str(tmp_path / "l.db"), "--max-bytes", "100"])
    assert result.exit_code == 3, result.output
    assert str(missing) in result.output
    assert "does not exist" in result.output
    assert "Traceback" not in result.output


def test_analyze_quiet_still_lists_skipped_inputs(tmp_path: Path, runner: CliRunner) -> None:
    missing = tmp_path / "no-such-file.txt"
    result = runner.invoke(app, ["analyze", str(missing), "--db", str(tmp_path / "l.db"), "-q"])
    assert result.exit_code == 3, result.output
    assert str(missing) in result.output


def test_analyze_db_in_missing_folder_is_one_error_line(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "a.txt").write_text(GOOD_TXT["depot.txt"], encoding="utf-8")
    db = tmp_path / "missing" / "ledger.db"
    result = runner.invoke(app, ["analyze", str(tmp_path / "a.txt"), "--db", str(db)])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("error:")
    assert "missing" in lines[0]
    assert "Traceback" not in result.output
    assert not db.parent.exists()


# --- events, show, export ------------------------------------------------------------------


def test_events_lists_every_event(analysed: Analysed, runner: CliRunner) -> None:
    result = runner.invoke(app, ["events", "--db", str(analysed.db)])
    assert result.exit_code == 0, result.output
    for event in _ledger(analysed)["events"]:
        assert event["id"] in result.output


def test_show_an_event_and_an_unknown_one(analysed: Analysed, runner: CliRunner) -> None:
    data = _ledger(analysed)
    event = max(data["events"], key=lambda e: len(e["claim_ids"]))
    result = runner.invoke(app, ["show", event["id"], "--db", str(analysed.db)])
    assert result.exit_code == 0, result.output
    assert event["id"] in result.output
    claims = {c["id"]: c for c in data["claims"]}
    names = {claims[cid]["source"]["name"] for cid in event["claim_ids"] if cid in claims}
    assert any(name in result.output for name in names), (names, result.output)

    result = runner.invoke(app, ["show", "nope", "--db", str(analysed.db)])
    assert result.exit_code == 1
    assert "nope" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("args", "code"), [(["show", "[bold]ev-1[/bold]"], 1),
                                            (["export", "--format", "[red]x"], 2),
                                            (["events", "--sort", "[i]new"], 2)])
def test_an_error_shows_what_the_user_typed_as_typed(analysed: Analysed, runner: CliRunner,
                                                     args: list[str], code: int) -> None:
    """The one-line error is plain text: an argument that looks like terminal markup is shown
    as typed, not read as style (rashomon.cli.common.fail escapes it)."""
    result = runner.invoke(app, [*args, "--db", str(analysed.db)])
    assert result.exit_code == code
    assert result.output.startswith("error: ")
    assert args[-1] in result.output


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_export_formats(analysed: Analysed, runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"ledger.{fmt}"
    result = runner.invoke(app, ["export", "--format", fmt, "-o", str(out), "--db", str(analysed.db)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    data = _ledger(analysed)
    if fmt == "json":
        exported = json.loads(text)
        validate_ledger(exported)
        assert {a["id"] for a in exported["articles"]} == {a["id"] for a in data["articles"]}
        assert len(exported["claims"]) == len(data["claims"])
    elif fmt == "jsonl":
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
        kinds = {r["record"] for r in records}
        assert {"claim", "event"} <= kinds
        assert sum(r["record"] == "claim" for r in records) == len(data["claims"])
    else:
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert len(rows) >= 2
        assert len({len(r) for r in rows}) == 1, "every CSV row has the header's width"


def test_export_to_stdout(analysed: Analysed, runner: CliRunner) -> None:
    result = runner.invoke(app, ["export", "--db", str(analysed.db)])
    assert result.exit_code == 0
    validate_ledger(json.loads(result.stdout))


def test_export_unknown_format_is_a_usage_error(analysed: Analysed, runner: CliRunner) -> None:
    result = runner.invoke(app, ["export", "--format", "xml", "--db", str(analysed.db)])
    assert result.exit_code == 2
    assert "xml" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["events"], ["show", "ev-x"], ["export"]])
def test_reading_a_missing_db_exits_1_with_a_hint(tmp_path: Path, runner: CliRunner,
                                                 command: list[str]) -> None:
    db = tmp_path / "missing.db"
    result = runner.invoke(app, [*command, "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert "error:" in result.output
    assert "rashomon analyze" in result.output  # the hint
    assert "Traceback" not in result.output
    assert not db.exists(), "reading must not create the database"


# --- help and version ---------------------------------------------------------------------


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_has_help(runner: CliRunner) -> None:
    commands = _commands()
    assert {"analyze", "demo", "events", "show", "export", "bench"} <= set(commands)
    for name in commands:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Usage" in result.output
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in commands:
        assert name in result.output


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert re.fullmatch(rf"rashomon {re.escape(__version__)}\s*", result.output)


def test_no_arguments_shows_help(runner: CliRunner) -> None:
    result = runner.invoke(app, [])
    assert result.exit_code in (0, 2)
    assert "Usage" in result.output


def test_error_line_is_one_line_and_literal(tmp_path: Path) -> None:
    """A long path never wraps and brackets in it are not read as markup."""
    real = tmp_path / "a.txt"
    real.write_text("Shelling hit a market in El Fasher on Monday, the army said.", encoding="utf-8")
    deep = tmp_path / ("[red]x" + "d" * 120) / "nope.txt"
    result = CliRunner().invoke(app, ["compare", str(real), str(deep)])
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1
    assert len(lines) == 1 and lines[0].startswith("error:") and str(deep) in lines[0], lines
