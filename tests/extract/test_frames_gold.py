"""Place resolution on the project's own gold set (tests/gold/sample_gold.jsonl): the main
frame's place of each sample article against the gold place, with a floor.

A frame's place is right when it is the gazetteer entry the gold place text resolves to (or a
site within ``SAME_SITE_KM`` of it) in the gold country: "al-Harra, southeast of Albu Kamal"
must give al-Hari, not Albu Kamal 10 km away. The lenient figure (within the linking radius)
is printed alongside."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rashomon.config import Options
from rashomon.gazetteer.places import distance_km
from rashomon.ingest import read_inputs
from rashomon.normalize import normalize
from rashomon.pipeline import process_article
from rashomon.sample import sample_corpus
from rashomon.types import Article, RawDocument

GOLD_PATH = Path(__file__).resolve().parents[1] / "gold" / "sample_gold.jsonl"
COUNTRY = {"syria": "SY", "iraq": "IQ", "palestine (gaza strip)": "PS", "palestine": "PS",
           "israel": "IL", "poland": "PL", "ukraine": "UA", "lebanon": "LB", "yemen": "YE"}
# strict accuracy measured 16/17 (0.941) when made strict, 17/17 (1.0) after landmarked
# places were preferred; raise when quality rises, never lower silently
PLACE_ACCURACY_FLOOR = 0.94  # the issue asks 0.9; one miss in 17 is 0.941
SAME_SITE_KM = 5.0  # one site resolved twice
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
    right = near = 0
    misses = []
    for g in gold:
        article = articles.get(g["id"])
        assert article is not None, g["id"]
        frames = [f for f in process_article(article, resources).frames if not f.background]
        loc = frames[0].location if frames else None
        expected = resources.places.resolve(g["event"]["location_text"])
        assert expected is not None, f"gold place {g['event']['location_text']!r} does not resolve"
        country = COUNTRY[g["event"]["country"].lower()]
        in_country = loc is not None and loc.country == country == expected.country
        ok = in_country and loc is not None and (
            loc.name == expected.name or distance_km(loc, expected) <= SAME_SITE_KM)
        right += ok
        near += in_country and loc is not None and distance_km(loc, expected) <= SAME_PLACE_KM
        if not ok:
            misses.append((g["id"], g["event"]["location_text"], expected.name, loc))
    scored = right + len(misses)
    accuracy = right / scored
    print(f"own-gold place accuracy {accuracy:.3f} ({right}/{scored}), within "
          f"{SAME_PLACE_KM:.0f} km {near / scored:.3f}; misses: {misses}")
    assert scored >= 15
    assert accuracy >= PLACE_ACCURACY_FLOOR, misses
