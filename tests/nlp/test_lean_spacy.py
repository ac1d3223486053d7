"""rashomon imports spaCy without its command line (rashomon.lean_spacy), and what spaCy
offers from ``spacy.cli`` still works when asked for."""

from __future__ import annotations

import subprocess
import sys

import pytest
from tests.cli_support import child_env


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=child_env(),
                          timeout=120, check=True).stdout.strip()


def test_the_pipeline_loads_no_spacy_command() -> None:
    out = _run("import sys, rashomon.pipeline\n"
               "print(sorted(m for m in sys.modules if m.startswith(('spacy.cli.', 'weasel', 'typer.main'))))")
    assert out == "['spacy.cli.info']"


@pytest.mark.parametrize(("code", "expected"), [
    ("import rashomon, spacy; print('spacy_version' in spacy.info())", "True"),
    ("import rashomon, spacy.cli; print(type(spacy.cli.app).__name__)", "Typer"),
    ("import rashomon, spacy.cli.download as d; print(callable(d.download))", "True"),
    ("import rashomon, spacy, spacy.cli; print(spacy.cli is sys.modules['spacy.cli'])".replace(
        "import rashomon", "import sys, rashomon"), "True"),
    ("import rashomon, spacy; from spacy.cli import info; print('spacy_version' in info())", "True"),
])
def test_spacy_cli_still_answers(code: str, expected: str) -> None:
    assert _run(code).splitlines()[-1] == expected
