"""One settings file: every result-changing number, each with its provenance, all in the stamp."""

from __future__ import annotations

import re
from dataclasses import fields
from importlib import resources
from pathlib import Path

import pytest

import rashomon.config as config
from rashomon.config import RUN_SETTINGS, Options, generator, setting, settings

SRC = Path(config.__file__).resolve().parent
TEXT = resources.files("rashomon.data").joinpath(config.SETTINGS_FILE).read_text("utf-8")


def value_lines() -> list[str]:
    return [line for line in TEXT.splitlines() if re.match(r"^\w+\s*=", line)]


def tables() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}

    def walk(node: dict[str, object], prefix: str) -> None:
        leaves = {k: v for k, v in node.items() if not isinstance(v, dict)}
        if leaves:
            out[prefix] = leaves
        for k, v in node.items():
            if isinstance(v, dict):
                walk(v, f"{prefix}.{k}" if prefix else k)

    walk(settings(), "")
    return out


def test_every_number_says_where_it_comes_from() -> None:
    missing = [line for line in value_lines() if "#" not in line or not line.split("#", 1)[1].strip()]
    assert value_lines() and missing == []


def test_options_defaults_are_the_settings_file() -> None:
    numbers = {f.name for f in fields(Options) if isinstance(getattr(Options(), f.name), int | float)
               and not isinstance(getattr(Options(), f.name), bool)} - set(RUN_SETTINGS)
    assert numbers == set(settings()["options"])
    for name in numbers:
        assert getattr(Options(), name) == setting("options", name)


@pytest.mark.parametrize(("table", "names"), [(t, sorted(v)) for t, v in tables().items() if t != "options"])
def test_every_stage_setting_is_used_by_its_module(table: str, names: list[str]) -> None:
    """A table names a module ("extract.frames" → rashomon/extract/frames.py) that reads each
    of its numbers with setting(table, name)."""
    source = (SRC / (table.replace(".", "/") + ".py")).read_text("utf-8")
    for name in names:
        assert f'setting("{table}", "{name}")' in source


@pytest.mark.parametrize("table", [t for t in tables() if t != "options"])
def test_each_setting_feeds_the_config_hash(monkeypatch: pytest.MonkeyPatch, table: str) -> None:
    before = Options().config_hash()
    data = {k: (dict(v) if isinstance(v, dict) else v) for k, v in settings().items()}
    node = data
    for part in table.split("."):
        node[part] = dict(node[part])  # type: ignore[arg-type]
        node = node[part]  # type: ignore[assignment]
    name = next(iter(tables()[table]))
    node[name] = node[name] + 1  # type: ignore[operator]
    monkeypatch.setattr(config, "settings", lambda: data)
    assert Options().config_hash() != before


def test_an_option_feeds_the_config_hash_and_a_run_setting_does_not() -> None:
    assert Options().with_(link_min_score=0.5).config_hash() != Options().config_hash()
    assert Options().with_(workers=2).config_hash() == Options().config_hash()


def test_the_ledger_stamp_is_derived_from_the_settings(sample_ledger: object) -> None:
    """The sample ledger's stamp is the one these settings give (never a literal)."""
    stamp = sample_ledger.generator.config_hash  # type: ignore[attr-defined]
    assert stamp == generator(Options()).config_hash
    assert re.fullmatch(r"[0-9a-f]{12}", stamp)


def test_the_code_fingerprint_hashes_the_per_article_stages_only() -> None:
    # bench became a package (bench/): its modules measure, they do not analyse, so editing
    # them must not re-analyse stored articles or rebuild the start-up cache
    from rashomon.config import analysis_files

    tops = {rel.parts[0] for rel in analysis_files()}
    assert {"extract", "gazetteer", "nlp", "data", "pipeline.py"} <= tops
    assert not tops & {"bench", "bench.py", "cli", "store", "report", "link", "measure"}
