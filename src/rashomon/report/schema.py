"""The JSON Schema (draft 2020-12) of ``rashomon.ledger/1``, shipped as data/ledger.schema.json."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from rashomon.errors import RashomonError

SCHEMA_FILE = "ledger.schema.json"
_MAX_MESSAGE = 300  # presentation only: jsonschema quotes the offending value, which can be a whole article


class LedgerSchemaError(RashomonError):
    """Data does not follow the ledger contract ``rashomon.ledger/1``."""


@functools.cache
def _schema_text() -> str:
    return resources.files("rashomon.data").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def ledger_schema() -> dict[str, Any]:
    """The schema as a fresh dict (callers may modify it)."""
    schema = json.loads(_schema_text())
    assert isinstance(schema, dict)
    return schema


@functools.cache
def _validator() -> Any:
    schema = ledger_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _path(parts: Any) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def validate_ledger(data: Mapping[str, Any]) -> None:
    """Raise :class:`LedgerSchemaError` naming the first problem (by path) if ``data`` is not
    a valid ``rashomon.ledger/1`` document. The first problem is the one closest to the
    document's start (errors are sorted by path), so the message is stable."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: [str(p) for p in e.path])
    if errors:
        first = best_match([errors[0]])  # descends into oneOf branches for a precise message
        message = first.message
        if len(message) > _MAX_MESSAGE:
            message = message[:_MAX_MESSAGE] + "…"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise LedgerSchemaError(
            f"not a valid rashomon.ledger/1 document at {_path(first.absolute_path)}: "
            f"{message}{more}"
        )
