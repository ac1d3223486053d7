"""Loading and checking the lexicon files (see :mod:`rashomon.lexicon`)."""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from rashomon.lexicon.errors import LexiconError
from rashomon.lexicon.schema import SCHEMAS, Keys, check
from rashomon.lexicon.tracked import KEYS, READS, ReadMap

PACKAGE = "rashomon.data"


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader (libyaml when PyYAML has it) without YAML 1.1's yes/no/on/off booleans."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def parse(text: str, file: str, schema: Keys | None = None) -> ReadMap:
    """The YAML ``text`` of ``file``, checked against ``schema`` (else only: a mapping)."""
    try:
        data = yaml.load(text, Loader=_Loader)  # a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "(top level)"
        raise LexiconError(file, where, f"not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict):
        raise LexiconError(file, "(top level)", "expected a YAML mapping")
    result = check(schema or Keys(), data, file)
    assert isinstance(result, ReadMap)
    return result


@functools.cache
def load(name: str) -> ReadMap:
    """The package lexicon ``name`` (``"cues.yaml"``), parsed and checked once per process.
    Shared and read-only."""
    try:
        text = resources.files(PACKAGE).joinpath(name).read_text("utf-8")
    except OSError as exc:
        raise LexiconError(name, "(file)", f"cannot be read: {exc}") from exc
    return parse(text, name, SCHEMAS.get(name))


def load_file(path: Path, what: str, schema_of: str | None = None) -> ReadMap:
    """A user's own YAML file at ``path`` (``what`` names it in errors), read afresh and checked
    against the schema of the package file ``schema_of`` when given."""
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise LexiconError(f"{what} {path}", "(file)", f"cannot be read: {exc}") from exc
    return parse(text, f"{what} {path}", SCHEMAS.get(schema_of) if schema_of else None)


def words(name: str, *path: str) -> frozenset[str]:
    """The word list at ``path`` of the package lexicon ``name`` as a set
    (``words("triggers.yaml", "frames", "time_words")``)."""
    value: Any = load(name)
    for key in path:
        value = value[key]
    return frozenset(value)


def unread_keys(name: str) -> list[str]:
    """Keys of the package lexicon ``name`` that no code has read in this process (sorted)."""
    load(name)
    return sorted(KEYS.get(name, set()) - READS.get(name, set()))
