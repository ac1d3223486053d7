"""The package's data files (lexicons, gazetteer supplement, sample corpus) and their loader."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from rashomon.errors import ConfigError


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The top-level mapping of the package's YAML data file ``name``, parsed once per process
    (with libyaml when PyYAML was built with it). Shared: callers must not mutate it.
    :class:`ConfigError` when the file cannot be read or is not a mapping."""
    try:
        text = resources.files("rashomon.data").joinpath(name).read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read the package data file {name}: {exc}") from exc
    return parse(text, f"the package data file {name}")


def load_file(path: Path, what: str) -> dict[str, Any]:
    """The top-level mapping of the YAML file at ``path`` (a user's own lexicon or gazetteer),
    read afresh; :class:`ConfigError` names it as ``what`` when it cannot be used."""
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc}") from exc
    return parse(text, f"{what} {path}")


def parse(text: str, what: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise ConfigError(f"cannot read {what}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{what} is not a YAML mapping")
    return data
