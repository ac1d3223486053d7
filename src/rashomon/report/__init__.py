"""Reports of the ledger: the JSON contract, its schema, terminal tables, HTML, CSV/JSONL.

* :mod:`~rashomon.report.ledger_json` — ``to_dict`` / ``from_dict`` / ``write_json``: the one
  place the contract ``rashomon.ledger/1`` is produced;
* :mod:`~rashomon.report.schema` — ``ledger_schema`` / ``validate_ledger``;
* :mod:`~rashomon.report.terminal` — ``render_events`` / ``render_event`` /
  ``render_ledger_summary`` (rich);
* :mod:`~rashomon.report.html` — ``render_html`` / ``write_html`` (one offline file);
* :mod:`~rashomon.report.export` — ``export`` / ``write_export`` (json, jsonl, csv).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rashomon.report.export import export, write_export
    from rashomon.report.html import render_html, write_html
    from rashomon.report.ledger_json import from_dict, load_json, to_dict, write_json
    from rashomon.report.schema import LedgerSchemaError, ledger_schema, validate_ledger
    from rashomon.report.terminal import render_event, render_events, render_ledger_summary

# name -> module: imported on first use, so `rashomon events` (terminal) does not pay for the
# JSON schema validator, HTML templates and country names the other reports need
_HOME = {
    "export": "export", "write_export": "export", "render_html": "html", "write_html": "html",
    "from_dict": "ledger_json", "load_json": "ledger_json", "to_dict": "ledger_json", "write_json": "ledger_json",
    "LedgerSchemaError": "schema", "ledger_schema": "schema", "validate_ledger": "schema",
    "render_event": "terminal", "render_events": "terminal", "render_ledger_summary": "terminal",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)

__all__ = [
    "LedgerSchemaError",
    "export",
    "from_dict",
    "ledger_schema",
    "load_json",
    "render_event",
    "render_events",
    "render_html",
    "render_ledger_summary",
    "to_dict",
    "validate_ledger",
    "write_export",
    "write_html",
    "write_json",
]
