"""The package's data files (lexicons, gazetteer supplement, sample corpus) and their loader."""

from __future__ import annotations

import functools
from importlib import resources
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
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the package data file {name}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"package data file {name} is not a YAML mapping")
    return data
