"""The bundled sample corpus and its gold annotations are consistent and cover the hard cases."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from rashomon.evaluate import load_gold
from rashomon.types import STANCES

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "rashomon" / "data" / "sample"
GOLD_PATH = ROOT / "tests" / "gold" / "sample_gold.jsonl"
ABOUTS = {"occurrence", "perpetrator", "casualties", "location", "target", "weapon", "other"}


class _Paragraphs(HTMLParser):
    """Text of the <p> and <h1> elements inside <article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.inside: str | None = None
        self.parts: list[str] = []
        self.site: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" and ("property", "og:site_name") in attrs:
            self.site = dict(attrs).get("content")
        self.depth += tag == "article"
        if self.depth and tag in ("p", "h1"):
            self.inside = tag
            self.parts.append("")

    def handle_endtag(self, tag: str) -> None:
        self.depth -= tag == "article"
        if tag == self.inside:
            self.inside = None

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.parts[-1] += data


def _load_corpus() -> dict[str, dict[str, Any]]:
    """id → article (text files: id from the file name, first line the title)."""
    out: dict[str, dict[str, Any]] = {}
    with (SAMPLE / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                assert row["id"] not in out, f"duplicate id {row['id']}"
                out[row["id"]] = {**row, "format": "jsonl"}
    for path in sorted(SAMPLE.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        assert path.stem not in out
        out[path.stem] = {"id": path.stem, "title": title.strip(), "text": body.strip(),
                          "outlet": None, "published": None, "format": "txt"}
    for path in sorted(SAMPLE.glob("*.html")):
        parser = _Paragraphs()
        parser.feed(path.read_text(encoding="utf-8"))
        assert path.stem not in out
        out[path.stem] = {"id": path.stem, "title": parser.parts[0],
                          "text": "\n".join(parser.parts[1:]), "outlet": parser.site,
                          "published": None, "format": "html"}
    return out


CORPUS = _load_corpus()
GOLD = {g["id"]: g for g in load_gold(GOLD_PATH)}
ENGLISH = [a for a in CORPUS.values() if not GOLD[a["id"]].get("expected_skip")]


def test_sizes_and_ids() -> None:
    assert len(CORPUS) >= 18
    assert set(CORPUS) == set(GOLD), "every article needs exactly one gold line"
    assert len(load_gold(GOLD_PATH)) == len(GOLD), "duplicate gold ids"
    txt_outlets = {"Euphrates Post"}  # text files carry no outlet; both are Euphrates Post
    outlets = {a["outlet"] for a in CORPUS.values() if a["outlet"]} | txt_outlets
    assert len(outlets) >= 7
    incidents = {g["incident"] for g in GOLD.values() if g["incident"]}
    assert len(incidents) >= 5
    assert Counter(a["format"] for a in CORPUS.values()) == {"jsonl": 17, "txt": 2, "html": 1}


def test_lengths() -> None:
    for article in ENGLISH:
        words = len(article["text"].split())
        assert 120 <= words <= 350, (article["id"], words)
    skipped = [a for a in CORPUS.values() if GOLD[a["id"]].get("expected_skip")]
    assert len(skipped) == 1 and len(skipped[0]["text"]) >= 300
    assert "non-english" in GOLD[skipped[0]["id"]]["notes"].lower()
    assert " la " in skipped[0]["text"] and " the " not in skipped[0]["text"]


@pytest.mark.parametrize("aid", sorted(GOLD))
def test_gold_line_is_well_formed(aid: str) -> None:
    g, text = GOLD[aid], CORPUS[aid]["text"]
    assert {"id", "incident", "place", "event", "claims", "contradictions",
            "unattributed_casualties", "notes"} <= set(g)
    if g["incident"]:
        assert g["claims"], "an incident article has claims"
        assert re.fullmatch(r"[a-z0-9-]+-\d{4}-\d{2}-\d{2}", g["incident"])
        assert g["incident"].endswith(g["event"]["date"])
        assert g["place"] and g["event"]["country"]
    else:
        assert g["claims"] == [] and g["event"] is None
    for c in g["claims"]:
        assert c["evidence"] in text, (aid, c["evidence"])
        assert c["stance"] in STANCES and c["stance"] != "unknown"
        assert c["about"] in ABOUTS
        assert c["source"] and c["source_norm"]
        lo, hi = c["killed_min"], c["killed_max"]
        assert lo is None or hi is None or lo <= hi
        assert c["injured"] is None or isinstance(c["injured"], int)
    for u in g["unattributed_casualties"]:
        assert u["evidence"] in text


def test_stances_and_forms_are_covered() -> None:
    claims = [c for g in GOLD.values() for c in g["claims"]]
    stances = Counter(c["stance"] for c in claims)
    assert all(stances[s] for s in ("asserts", "confirms", "denies", "declines_comment"))
    assert any("(hedged)" in c["value"] for c in claims)
    assert any("(via " in c["value"] for c in claims)
    text = "\n".join(a["text"] for a in ENGLISH)
    for phrase in ("according to Reuters", "AFP reported, citing SANA", "told AFP",
                   "citing a military source", "In a statement,", "accused", "blamed",
                   "claimed", "alleged", "he added", "It said", "probably", "allegedly",
                   "purportedly", "could not be independently verified", "denied",
                   "did not conduct", "no strikes were carried out", "confirmed", "acknowledged",
                   "declined to comment", "would not comment", "refused to give a death toll",
                   "twenty-two", "at least 13", "up to 52", "between 10 and 50", "dozens",
                   "Hundreds", "22:00", "45th", "two guided missiles", "7-year war"):
        assert phrase.lower() in text.lower(), phrase


def test_recurring_places_and_spellings() -> None:
    dates: dict[str, set[str]] = defaultdict(set)
    for g in GOLD.values():
        if g["incident"]:
            dates[g["place"]].add(g["event"]["date"])
    assert sum(len(d) >= 2 for d in dates.values()) >= 2  # Albu Kamal and T4
    variants = ("Albu Kamal", "Abu Kamal", "Al-Bukamal", "Boukamal")
    found = {v for v in variants for a in ENGLISH if re.search(rf"\b{v}\b", a["text"])}
    assert len(found) >= 3
    incident_sizes = Counter(g["incident"] for g in GOLD.values() if g["incident"])
    assert incident_sizes["albukamal-2018-06-17"] >= 5
    assert min(incident_sizes.values()) >= 2


def test_dates_duplicates_and_boilerplate() -> None:
    undated = [a for a in ENGLISH if not a["published"]]
    assert any("Published June 18, 2018" in a["text"] for a in undated)
    assert any(a["text"].startswith("Updated: ") for a in ENGLISH)
    texts = {a["id"]: a["text"] for a in ENGLISH}
    assert "Share this article\nMore from Levant Wire" in texts["sample-01"]
    body = texts["sample-01"].split("\n\nShare this article")[0]
    assert body in texts["sample-04"] and "More from Capital Dispatch" in texts["sample-04"]
    assert CORPUS["sample-01"]["outlet"] != CORPUS["sample-04"]["outlet"]
    assert "sample-01" in GOLD["sample-04"]["notes"]
