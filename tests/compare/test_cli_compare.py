"""``rashomon compare A B`` in process: the breakdown table, --json, and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app

ENV = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}

A = {"id": "a1", "title": "Drone strike hits fuel depot near Deir Hafer", "published": "2021-06-29",
     "text": "Drone strike hits fuel depot near Deir Hafer\n\nA drone strike on Tuesday hit a fuel depot near "
             "the town of Deir Hafer, east of Aleppo, killing seven people, the Syrian Observatory for "
             "Human Rights said.\n\nTurkey's defence ministry denied carrying out any strike in the area."}
B_TEXT = ("Seven killed in strike east of Aleppo\n\n"
          "Seven civilians were killed on Tuesday when a drone hit a fuel depot near Deir Hafer, east of "
          "Aleppo, the Syrian Observatory for Human Rights said. The monitor said the drone was probably "
          "Turkish.\n")


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("compare")
    a = folder / "a.json"
    a.write_text(json.dumps(A), encoding="utf-8")
    b = folder / "b.txt"
    b.write_text(B_TEXT, encoding="utf-8")
    return a, b


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner(env=ENV)


def test_compare_prints_the_breakdown(files: tuple[Path, Path], runner: CliRunner) -> None:
    result = runner.invoke(app, ["compare", str(files[0]), str(files[1])])
    assert result.exit_code == 0, result.output
    for word in ("geography", "entities", "time", "narrative", "overall", "SemEval"):
        assert word in result.stdout
    assert "same event" in result.stdout


def test_compare_json(files: tuple[Path, Path], runner: CliRunner) -> None:
    result = runner.invoke(app, ["compare", str(files[0]), str(files[1]), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "rashomon.compare/1"
    assert data["articles"]["a"]["id"] == "a1"
    assert set(data["similarity"]) == {"geography", "entities", "time", "narrative", "overall"}
    assert isinstance(data["same_event"], bool)


def test_bad_path_is_one_line_error(files: tuple[Path, Path], runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["compare", str(files[0]), str(missing)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "nope.txt" in lines[0]
    assert "Traceback" not in result.output


def test_one_article_is_a_usage_error(files: tuple[Path, Path], runner: CliRunner) -> None:
    result = runner.invoke(app, ["compare", str(files[0])])
    assert result.exit_code == 2
    assert "error:" in result.stderr
