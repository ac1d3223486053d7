"""Place resolution on the project's own gold set (tests/gold/sample_gold.jsonl): the main
frame's place of each sample article against the gold place, with a floor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rashomon.config import Options
from rashomon.ingest import read_inputs
from rashomon.normalize import normalize
from rashomon.pipeline import process_article
from rashomon.resolve.places import distance_km
from rashomon.sample import sample_corpus
from rashomon.types import Article, RawDocument

GOLD_PATH = Path(__file__).resolve().parents[1] / "gold" / "sample_gold.jsonl"
COUNTRY = {"syria": "SY", "iraq": "IQ", "palestine (gaza strip)": "PS", "palestine": "PS",
           "israel": "IL", "poland": "PL", "ukraine": "UA", "lebanon": "LB", "yemen": "YE"}
# measured 1.0 (18/18) when set; raise when quality rises, never lower silently
PLACE_ACCURACY_FLOOR = 0.9
SAME_PLACE_KM = 30.0  # Options.link_radius_km: what linking treats as one place


def _articles() -> dict[str, Article]:
    out: dict[str, Article] = {}
    for item in read_inputs([str(sample_corpus())], Options()):
        if isinstance(item, RawDocument):
            art = normalize(item, Options())
            if isinstance(art, Article):  # files have no id of their own: key them by name
                out[art.id if item.id else Path(item.input).stem] = art
    return out


def test_main_frame_place_accuracy_on_own_gold(resources: Any) -> None:
    gold = [json.loads(line) for line in GOLD_PATH.read_text("utf-8").splitlines() if line.strip()]
    gold = [g for g in gold if g.get("event")]
    articles = _articles()
    right, misses = 0, []
    for g in gold:
        article = articles.get(g["id"])
        assert article is not None, g["id"]
        frames = [f for f in process_article(article, resources).frames if not f.background]
        loc = frames[0].location if frames else None
        expected = resources.places.resolve(g["event"]["location_text"])
        country = COUNTRY[g["event"]["country"].lower()]
        ok = loc is not None and loc.country == country and (
            expected is None or loc.name == expected.name
            or distance_km(loc, expected) <= SAME_PLACE_KM
            or expected.precision in ("region", "country"))
        right += ok
        if not ok:
            misses.append((g["id"], g["event"]["location_text"], loc))
    accuracy = right / len(gold)
    print(f"own-gold place accuracy {accuracy:.3f} ({right}/{len(gold)}); misses: {misses}")
    assert accuracy >= PLACE_ACCURACY_FLOOR, misses
