"""Running ``rashomon`` as a user does, in a child process that imports this checkout's code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")


def child_env(**extra: str) -> dict[str, str]:
    """This process's environment with the checkout's ``src`` first on PYTHONPATH."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")]), **extra}


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "rashomon", *args]


def run_rashomon(*args: str, env: dict[str, str] | None = None, timeout: float = 600
                 ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args), env=env or child_env(), capture_output=True, text=True,
                          timeout=timeout)
