"""The gold conventions the probe corpora (tests/data/probe, probe2, … probe9) keep: one gold
row per article in the same order, evidence quoted from the text, known stances and
topics, coherent figures (../shared/eval/CONVENTIONS.md)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rashomon.evaluate import STANCE_CLASS, country_codes

ABOUT = {"perpetrator", "occurrence", "casualties", "location", "target", "other"}
STANCES = {*STANCE_CLASS, "unknown"}
# the event types of ../shared/eval/CONVENTIONS.md ("type")
EVENT_TYPES = {"airstrike", "drone_strike", "missile_strike", "shelling", "explosion", "shooting",
               "ground_attack", "armed_clashes"}


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def checked_gold(folder: Path, words: tuple[int, int]) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """(articles by id, gold rows) of a probe corpus, after asserting the conventions: each
    article ``words[0]``–``words[1]`` words long."""
    articles = {a["id"]: a for a in rows(folder / "articles.jsonl")}
    gold = rows(folder / "gold.jsonl")
    assert [g["id"] for g in gold] == list(articles)
    for g in gold:
        text = articles[g["id"]]["text"]
        assert words[0] <= len(text.split()) <= words[1], g["id"]
        for c in g["claims"]:
            assert c["evidence"] in text, (g["id"], c["evidence"])
            assert c["stance"] in STANCES and c["about"] in ABOUT, (g["id"], c)
            lo, hi = c["killed_min"], c["killed_max"]
            assert lo is None or hi is None or lo <= hi, (g["id"], c)
            assert c["injured"] is None or c["injured"] >= 0, (g["id"], c)
    return articles, gold


def incidents_by_place(articles: dict[str, dict[str, Any]], gold: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Place → the incidents at it, after asserting each row's event (a conventions type, the
    incident id ending with its date, its location quoted from the text, one scorable country,
    contradictions written "A vs B on topic") and at least two outlets per incident."""
    places: dict[str, set[str]] = {}
    outlets: dict[str, set[str]] = {}
    for g in gold:
        ev = g["event"]
        assert ev["type"] in EVENT_TYPES, g["id"]
        assert g["incident"].endswith(ev["date"]), g["id"]
        assert ev["location_text"] in articles[g["id"]]["text"], g["id"]
        assert len(country_codes(ev["country"])) == 1, g["id"]  # one country, scorable
        places.setdefault(g["place"], set()).add(g["incident"])
        outlets.setdefault(g["incident"], set()).add(articles[g["id"]]["outlet"])
        for text in g["contradictions"]:
            assert " vs " in text and " on " in text, g["id"]
    assert all(len(v) >= 2 for v in outlets.values()), outlets
    return places


def _some_article(articles: dict[str, dict[str, Any]], gold: list[dict[str, Any]],
                  pairs: Iterable[tuple[str, str]], found: Callable[[str, str], bool]) -> None:
    """For each (country, what): some article whose event is in that country has ``what``."""
    by_id = {g["id"]: g for g in gold}
    for country, what in pairs:
        assert any(by_id[i]["event"]["country"] == country and found(a["text"], what)
                   for i, a in articles.items()), (country, what)


def assert_datelined(articles: dict[str, dict[str, Any]], gold: list[dict[str, Any]],
                     pairs: Iterable[tuple[str, str]]) -> None:
    """Each (country, capital): an article on an event in the country is datelined there."""
    _some_article(articles, gold, pairs, lambda text, capital: text.startswith(capital))


def assert_named(articles: dict[str, dict[str, Any]], gold: list[dict[str, Any]],
                 pairs: Iterable[tuple[str, str]]) -> None:
    """Each (country, pattern): an article on an event in the country matches the pattern (a
    neighbour of a similar name, the other side of a border)."""
    _some_article(articles, gold, pairs, lambda text, pattern: re.search(pattern, text) is not None)


def assert_some_contested(gold: list[dict[str, Any]]) -> None:
    """Some incidents have a gold contradiction and some have none."""
    contested: dict[str, bool] = {}
    for g in gold:
        contested[g["incident"]] = contested.get(g["incident"], False) or bool(g["contradictions"])
    assert not all(contested.values()) and any(contested.values())
