"""Shared fixtures. The spaCy pipeline is built once per test run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EVAL_DIR = SHARED / "eval"
DATASETS_DIR = SHARED / "datasets"
