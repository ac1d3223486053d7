"""Faults at the command line: one line on stderr, the right exit code, no traceback, and
nothing already stored is lost. None of these loads spaCy: they fail before analysing, or
every input is skipped (so they run in process, fast)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from tests.fault_support import refuse_listing
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.store import Store
from rashomon.types import Article, ArticleResult

ENV = {"COLUMNS": "400", "NO_COLOR": "1", "TERM": "dumb"}
TEXT = "Militia fighters attacked a village near Djibo on Monday, killing nine people, residents said."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env=ENV)


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """A store holding one article, as an earlier run left it."""
    db = tmp_path / "ledger.db"
    with Store.open(db) as store:
        store.save_article(ArticleResult(Article("kept", TEXT, "old.txt", "h1"), (), ()))
    return db


def _counts(db: Path) -> dict[str, int]:
    with Store.open(db) as store:
        return store.counts()


def _one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ")
    return lines[0]


def _article_file(tmp_path: Path) -> Path:
    path = tmp_path / "djibo.txt"
    path.write_text(f"Attack near Djibo\n\n{TEXT}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("option", ["--json", "--html"])
def test_an_output_that_is_a_folder_fails_before_analysing(tmp_path: Path, runner: CliRunner,
                                                           stored: Path, option: str) -> None:
    before = _counts(stored)
    result = runner.invoke(app, ["analyze", str(_article_file(tmp_path)), "--db", str(stored),
                                 option, str(tmp_path)])
    assert result.exit_code == 1
    assert "is a folder; give a file name" in _one_error_line(result.stderr)
    assert _counts(stored) == before  # nothing analysed, nothing lost, no run recorded


def test_an_output_in_a_missing_folder_fails_before_analysing(tmp_path: Path, runner: CliRunner,
                                                              stored: Path) -> None:
    before = _counts(stored)
    target = tmp_path / "missing" / "dir" / "ledger.json"
    result = runner.invoke(app, ["analyze", str(_article_file(tmp_path)), "--db", str(stored),
                                 "--json", str(target)])
    assert result.exit_code == 1
    assert "does not exist; create it first" in _one_error_line(result.stderr)
    assert _counts(stored) == before


@pytest.mark.parametrize("target", ["missing/dir/x.csv", "."])
def test_export_to_a_bad_path_is_one_line(tmp_path: Path, runner: CliRunner, stored: Path,
                                          monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    monkeypatch.chdir(tmp_path)
    before = _counts(stored)
    result = runner.invoke(app, ["export", "-f", "csv", "-o", target, "--db", str(stored)])
    assert result.exit_code == 1
    line = _one_error_line(result.stderr)
    assert "does not exist" in line or "is a folder" in line
    assert not (tmp_path / "missing").exists()
    assert _counts(stored) == before


def test_export_that_cannot_write_is_one_line(tmp_path: Path, runner: CliRunner, stored: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills while the export streams into its temporary file: one line, exit 1, and
    neither the target nor the temporary file is left behind."""
    target = tmp_path / "x.jsonl"
    real = os.fdopen

    class Full(io.TextIOWrapper):
        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    def full(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" not in mode:
            return real(fd, mode, *args, **kwargs)
        return Full(real(fd, "wb"), encoding="utf-8", newline="")

    monkeypatch.setattr(os, "fdopen", full)
    result = runner.invoke(app, ["export", "-f", "jsonl", "-o", str(target), "--db", str(stored)])
    assert result.exit_code == 1
    assert "No space left on device" in _one_error_line(result.stderr)
    assert not target.exists() and not list(tmp_path.glob(".x.jsonl.*"))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--workers", "0"], "workers must be at least 1"),
        (["--workers", "-3"], "workers must be at least 1"),
        (["--max-bytes", "-5"], "max_bytes must be a positive number"),
        (["--max-bytes", "0"], "max_bytes must be a positive number"),
        (["--article-timeout", "0"], "article_timeout must be a positive number"),
        (["--article-timeout", "-1.5"], "article_timeout must be a positive number"),
    ],
)
def test_bad_settings_are_usage_errors(tmp_path: Path, runner: CliRunner, stored: Path,
                                       args: list[str], words: str) -> None:
    before = _counts(stored)
    result = runner.invoke(app, ["analyze", str(_article_file(tmp_path)), "--db", str(stored), *args])
    assert result.exit_code == 2
    assert words in _one_error_line(result.stderr)
    assert _counts(stored) == before


def test_an_unreadable_subfolder_is_listed_and_the_exit_code_says_so(
        tmp_path: Path, runner: CliRunner, stored: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    locked = corpus / "2024" / "june"
    locked.mkdir(parents=True)
    (locked / "a.txt").write_text(f"Title\n\n{TEXT}", encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    refuse_listing(monkeypatch, locked)
    result = runner.invoke(app, ["analyze", str(corpus), "--db", str(stored), "-q"])
    assert result.exit_code == 3
    assert f"skipped {locked}: cannot read folder: permission denied" in result.stderr.splitlines()
    assert "Traceback" not in result.output
    with Store.open(stored) as store:
        assert [s.input for s in store.load_ledger(_gen()).skipped] == [str(locked), str(corpus / "empty.txt")]
        assert store.counts()["articles"] == 1


def test_deeply_nested_json_is_skipped_without_a_traceback(tmp_path: Path, runner: CliRunner,
                                                           stored: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("{\"a\": " * 50_000 + "1" + "}" * 50_000, encoding="utf-8")
    lines = tmp_path / "deep.jsonl"
    lines.write_text(json.dumps({"x": 1}) + "\n" + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(deep), str(lines), "--db", str(stored), "-q"])
    assert result.exit_code == 3
    assert "Traceback" not in result.output and "RecursionError" not in result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert skipped == [
        f"skipped {deep}: JSON nested too deeply to read (over about 1,000 levels)",
        f"skipped {lines}:1: JSON object has no non-empty 'text'",
        f"skipped {lines}:2: line 2: JSON nested too deeply to read (over about 1,000 levels)",
    ]
    assert _counts(stored)["articles"] == 1


def _gen():  # type: ignore[no-untyped-def]
    from rashomon.config import Options
    from rashomon.pipeline import generator

    return generator(Options())
