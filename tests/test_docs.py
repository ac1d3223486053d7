"""README.md agrees with the command line: every command is documented, every documented
command line names a real command and real options, and the quick start is two make targets."""

from __future__ import annotations

import re
import shlex
from functools import cache
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

import rashomon
from rashomon.cli import app
from rashomon.types import Claim, Event, Ledger

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```([\w-]*)\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _blocks() -> list[tuple[str, str]]:
    """(language, body) of every fenced code block, in order."""
    return [(m.group(1), m.group(2)) for m in FENCE.finditer(README)]


def _strip_comment(line: str) -> str:
    """The line without a trailing shell comment (a ``#`` outside quotes)."""
    lexer = shlex.shlex(line, posix=True, punctuation_chars=False)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    return shlex.join(list(lexer))


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


@cache
def _help(command: str) -> str:
    result = CliRunner(env={"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}).invoke(
        app, [command, "--help"])
    assert result.exit_code == 0, result.output
    return result.output


def _readme_command_lines() -> list[str]:
    lines = []
    for lang, body in _blocks():
        if lang not in ("sh", "bash", "console", "shell", ""):
            continue
        for raw in body.splitlines():
            line = _strip_comment(raw.strip())
            if line.startswith("rashomon "):
                lines.append(line)
    return lines


def test_readme_has_code_blocks() -> None:
    assert len(_blocks()) >= 2
    assert len(_readme_command_lines()) >= 5


def test_first_code_block_is_make_demo_and_make_test() -> None:
    _, body = _blocks()[0]
    commands = [_strip_comment(line) for line in body.splitlines() if _strip_comment(line)]
    assert commands == ["make demo", "make test"]


def test_makefile_has_the_documented_targets() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test", "lint", "bench", "eval"):
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"rashomon {command}" in README, f"'rashomon {command}' is not documented in README.md"
    assert re.search(rf"`rashomon {command}\b", README), "missing from the command table"


@pytest.mark.parametrize("line", _readme_command_lines())
def test_readme_command_line_names_real_command_and_options(line: str) -> None:
    words = shlex.split(line)
    command = words[1]
    assert command in _commands(), f"{line!r}: no command {command!r}"
    help_text = _help(command)
    for word in words[2:]:
        if word.startswith("-"):
            option = word.split("=", 1)[0]
            assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", help_text), (
                f"{line!r}: {option} is not an option of 'rashomon {command}'")


def test_python_example_uses_real_attributes() -> None:
    """The Python example in README names only attributes the API has."""
    python = [body for lang, body in _blocks() if lang == "python"]
    assert python
    code = python[0]
    assert "rashomon.analyze(" in code
    assert callable(rashomon.analyze)
    fields = {
        "ledger": set(Ledger.__dataclass_fields__) | {"event", "claims_of"},
        "event": set(Event.__dataclass_fields__),
        "claim": set(Claim.__dataclass_fields__),
    }
    for name, attrs in fields.items():
        for attr in re.findall(rf"\b{name}\.(\w+)", code):
            assert attr in attrs, f"README uses {name}.{attr}, which does not exist"
    assert re.findall(r"\bevent\.(\w+)", code), "the example reads event fields"
