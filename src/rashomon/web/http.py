"""Small HTTP helpers shared by the workbench's read and write routes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from fastapi import HTTPException

T = TypeVar("T")


def found(mapping: Mapping[str, T], key: str, what: str) -> T:
    """``mapping[key]``, or a 404 saying no such ``what`` exists."""
    if key not in mapping:
        raise HTTPException(404, f"no {what} {key!r}")
    return mapping[key]
