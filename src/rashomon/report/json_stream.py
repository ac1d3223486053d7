"""JSON written piece by piece, the same text ``json.dumps(..., indent=N)`` gives for the whole.

:func:`write_object` writes an object whose array members may be :class:`Streamed`: their items
come from an iterable and are encoded one at a time, so a ledger's arrays (articles, claims,
events, frames) never exist whole in memory. Python's encoder with an indent puts every array
item and object member on its own line (``,`` then a newline, no trailing space) and escapes
newlines inside strings, so an item encoded alone and shifted right by its depth is
character for character what the encoder writes for it inside the whole; the tests hold the
streamed text equal to ``json.dumps`` of the same values.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO


class Streamed:
    """An array member written item by item; ``optional``: left out when it has no item."""

    def __init__(self, items: Iterable[Any], *, optional: bool = False) -> None:
        self.items = items
        self.optional = optional


def _dumps(value: Any, indent: int) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=indent)


def _write_array(out: TextIO, items: Iterable[Any], indent: int, depth: int, first_item: Any = None,
                 have_first: bool = False) -> None:
    inner = "\n" + " " * (indent * (depth + 1))
    empty = True

    def write(item: Any, lead: str) -> None:
        out.write(lead + inner + _dumps(item, indent).replace("\n", inner))

    if have_first:
        write(first_item, "[")
        empty = False
    for item in items:
        write(item, "[" if empty else ",")
        empty = False
    out.write("[]" if empty else "\n" + " " * (indent * depth) + "]")


def write_object(out: TextIO, members: Iterable[tuple[str, Any]], indent: int) -> None:
    """``json.dumps(dict(members), indent=indent, ensure_ascii=False, allow_nan=False)``,
    written member by member (a :class:`Streamed` value item by item). Raises ValueError, as
    ``json.dumps`` does, for NaN or infinity (what was written before stays written)."""
    pad = "\n" + " " * indent
    empty = True
    for key, value in members:
        if isinstance(value, Streamed) and value.optional:
            it = iter(value.items)
            first = next(it, _NONE)
            if first is _NONE:
                continue
            out.write(("{" if empty else ",") + pad + _dumps(key, indent) + ": ")
            _write_array(out, it, indent, 1, first, True)
        else:
            out.write(("{" if empty else ",") + pad + _dumps(key, indent) + ": ")
            if isinstance(value, Streamed):
                _write_array(out, value.items, indent, 1)
            else:
                out.write(_dumps(value, indent).replace("\n", pad))
        empty = False
    out.write("{}" if empty else "\n}")


_NONE = object()
