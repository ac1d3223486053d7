"""The project's scorer on tiny hand-made gold and ledgers."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from rashomon.evaluate import (
    country_codes,
    format_report,
    load_gold,
    primary_events,
    same_source,
    score_ledger,
)


def _claim(source: str, norm: str, stance: str, killed: tuple[int | None, int | None] | None = None,
           injured: int | None = None) -> dict[str, Any]:
    lo, hi = killed or (None, None)
    return {"source": source, "source_norm": norm, "stance": stance, "about": "perpetrator",
            "value": "", "killed_min": lo, "killed_max": hi, "injured": injured,
            "evidence": "…"}


GOLD: list[dict[str, Any]] = [
    {"id": "a1", "incident": "town-2018-06-17", "place": "town",
     "event": {"type": "airstrike", "country": "Syria", "date": "2018-06-17"},
     "claims": [
         _claim("state news agency SANA", "SANA", "asserts"),
         _claim("Iraq's Popular Mobilization Forces", "PMF", "asserts", (22, 22), 12),
         _claim("the Syrian Observatory for Human Rights", "SOHR", "asserts", (None, 52)),
         _claim("a CENTCOM spokesman", "US military", "denies"),
         _claim("an Israeli army spokeswoman", "Israel military", "declines_comment"),
     ],
     "contradictions": ["PMF 22 vs SOHR up to 52"]},
    {"id": "a2", "incident": "town-2018-06-17", "place": "town",
     "event": {"type": "airstrike", "country": "Syria", "date": "2018-06-17"},
     "claims": [_claim("the Pentagon", "US military", "denies"),
                _claim("SOHR", "SOHR", "asserts", (52, 52))],
     "contradictions": []},
    {"id": "b1", "incident": "town-2021-06-27", "place": "town",
     "event": {"type": "airstrike", "country": "Syria", "date": "2021-06-27"},
     "claims": [_claim("the Pentagon", "US military", "confirms"),
                _claim("the PMF", "PMF", "asserts", (4, 4))],
     "contradictions": []},
    {"id": "fr", "incident": None, "place": None, "event": None, "claims": [],
     "contradictions": [], "expected_skip": "non-English"},
]


def _ledger(gold: list[dict[str, Any]]) -> dict[str, Any]:
    """A perfect ledger: one event per gold incident, one claim per gold claim."""
    events: dict[str, dict[str, Any]] = {}
    claims = []
    for g in gold:
        if not g["incident"]:
            continue
        ev = events.setdefault(g["incident"], {
            "id": "ev-" + g["incident"], "type": "airstrike", "date": g["event"]["date"],
            "location": {"name": "Town", "country": "SY"}, "article_ids": [], "claim_ids": [],
            "contradictions": []})
        ev["article_ids"].append(g["id"])
        if g["contradictions"]:
            ev["contradictions"].append({"about": "casualties", "claim_ids": [], "summary": ""})
        for i, c in enumerate(g["claims"]):
            lo, hi = c["killed_min"], c["killed_max"]
            claims.append({
                "id": f"{g['id']}-{i}", "article_id": g["id"], "event_id": ev["id"],
                "source": {"name": c["source_norm"], "text": c["source"], "via": []},
                "stance": c["stance"], "about": c["about"],
                "killed": None if lo is None and hi is None else {"min": lo, "max": hi},
                "injured": None if c["injured"] is None else {"min": c["injured"], "max": None},
            })
    articles = [{"id": g["id"], "title": None, "url": None} for g in gold if g["incident"]]
    return {"schema": "rashomon.ledger/1", "articles": articles, "claims": claims,
            "events": list(events.values()),
            "skipped": [{"input": "articles.jsonl:4", "reason": "language fr"}]}


PRF = ("attribution", "deny", "decline", "killed", "injured", "linking", "contradiction")


def test_perfect_ledger_scores_one_everywhere() -> None:
    report = score_ledger(GOLD, _ledger(GOLD))
    for key in PRF:
        assert (report[key]["precision"], report[key]["recall"], report[key]["f1"]) == \
            (1.0, 1.0, 1.0), key
    assert report["recurring_kept_apart"] == {"pairs": 2, "apart": 2, "share": 1.0}
    assert report["event_date"] == report["event_date_within_1_day"] == 1.0
    assert report["event_country"] == 1.0
    assert report["incidents"] == 2  # the article without an incident is not one
    assert report["expected_skips"] == {"expected": 1, "skipped": 1}
    assert report["articles_missing_from_ledger"] == ["fr"]


def test_missing_denial_lowers_deny_recall() -> None:
    ledger = _ledger(GOLD)
    ledger["claims"] = [c for c in ledger["claims"] if c["id"] != "a1-3"]
    report = score_ledger(GOLD, ledger)
    assert report["deny"]["recall"] == 0.5
    assert report["deny"]["precision"] == 1.0
    assert report["attribution"]["recall"] < 1.0
    assert any("a1" in m and "US military" in m for m in report["misses"])


def test_merged_recurring_pair_is_not_kept_apart() -> None:
    ledger = _ledger(GOLD)
    old, new = "ev-town-2021-06-27", "ev-town-2018-06-17"
    for claim in ledger["claims"]:
        if claim["event_id"] == old:
            claim["event_id"] = new
    ledger["events"] = [e for e in ledger["events"] if e["id"] != old]
    ledger["events"][0]["article_ids"].append("b1")
    report = score_ledger(GOLD, ledger)
    assert report["recurring_kept_apart"]["apart"] == 0
    assert report["recurring_kept_apart"]["pairs"] == 2
    assert report["linking"]["precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert report["linking"]["recall"] == 1.0


def test_wrong_bounds_are_a_miss() -> None:
    ledger = _ledger(GOLD)
    for claim in ledger["claims"]:
        if claim["id"] == "a1-2":  # "up to 52" read as exactly 52
            claim["killed"] = {"min": 52, "max": 52}
    report = score_ledger(GOLD, ledger)
    assert report["killed"]["tp"] == 3
    assert report["killed"]["recall"] == 0.75
    assert report["killed"]["precision"] == 0.75


def test_only_primary_event_claims_count() -> None:
    ledger = _ledger(GOLD)
    ledger["events"].append({"id": "ev-other", "article_ids": ["a1"], "contradictions": []})
    ledger["claims"].append({"id": "x", "article_id": "a1", "event_id": "ev-other",
                             "source": {"name": "Hezbollah"}, "stance": "asserts"})
    ledger["claims"].append({"id": "y", "article_id": "a1", "event_id": None,
                             "source": {"name": "Iraqi lawmaker"}, "stance": "asserts"})
    assert primary_events(ledger)["a1"] == "ev-town-2018-06-17"
    assert score_ledger(GOLD, ledger)["attribution"]["precision"] == 1.0


def test_fuzzy_names_and_stance_classes() -> None:
    ledger = _ledger(GOLD)
    for claim in ledger["claims"]:
        claim["source"]["name"] = {"SOHR": "Syrian Observatory for Human Rights",
                                   "PMF": "Popular Mobilisation Forces",
                                   "US military": "US Central Command"}.get(
            claim["source"]["name"], claim["source"]["name"])
    report = score_ledger(GOLD, ledger)
    assert report["attribution"]["f1"] == 1.0
    assert report["killed"]["f1"] == 1.0
    ledger["claims"][0]["stance"] = "denies"  # SANA asserts → denies: a miss and a false unit
    report = score_ledger(GOLD, ledger)
    assert (report["attribution"]["tp"], report["attribution"]["pred"]) == (8, 9)


def test_date_country_and_contradiction() -> None:
    ledger = _ledger(GOLD)
    ledger["events"][0]["date"] = "2018-06-18"
    ledger["events"][0]["contradictions"] = []
    ledger["events"][1]["location"]["country"] = "IQ"
    ledger["events"][1]["contradictions"] = [{"about": "casualties"}]
    report = score_ledger(GOLD, ledger)
    assert report["event_date"] == 0.5 and report["event_date_within_1_day"] == 1.0
    assert report["event_country"] == 0.5
    assert report["contradiction"]["tp"] == 0
    assert report["contradiction"]["pred"] == 1 and report["contradiction"]["gold"] == 1


def test_alignment_by_title_for_files_without_id() -> None:
    gold = copy.deepcopy(GOLD)
    gold[1]["title"] = "Pentagon denies strike"
    ledger = _ledger(GOLD)
    for obj in ledger["articles"] + ledger["claims"]:
        key = "id" if "article_id" not in obj else "article_id"
        if obj[key] == "a2":
            obj[key] = "a-0123456789ab"
            obj["title"] = "Pentagon Denies Strike"
    ledger["events"][0]["article_ids"] = ["a1", "a-0123456789ab"]
    assert score_ledger(gold, ledger)["linking"]["f1"] == 1.0


@pytest.mark.parametrize(("a", "b", "same"), [
    ("PMF", "Iraq's Popular Mobilization Forces", True),
    ("SOHR", "Syrian Observatory for Human Rights", True),
    ("Russian Ministry of Defense", "Russia's defence ministry", True),
    ("Islamic Jihad", "Palestinian Islamic Jihad", True),
    ("PIJ", "Palestinian Islamic Jihad", True),
    ("U.S. military", "US military", True),
    ("Israel", "Israeli military", True),
    ("US military", "US-led coalition", False),
    ("Syrian government", "Syrian military", False),
    ("US intelligence", "US military", False),
    ("SANA", "SOHR", False),
])
def test_same_source(a: str, b: str, same: bool) -> None:
    assert same_source([a], [b]) is same


def test_country_codes() -> None:
    assert country_codes("Palestine (Gaza Strip)") == {"PS"}
    assert country_codes("Iraq/Syria border") == {"IQ", "SY"}
    assert country_codes("Golan Heights") == {"IL", "SY"}


@pytest.mark.parametrize(("gold", "codes"), [
    ("Sudan", {"SD"}), ("South Sudan", {"SS"}), ("Myanmar", {"MM"}), ("Colombia", {"CO"}),
    ("Haiti", {"HT"}), ("Democratic Republic of the Congo", {"CD"}), ("Republic of the Congo", {"CG"}),
    ("Niger", {"NE"}), ("Nigeria", {"NG"}), ("Mali (Mopti region)", {"ML"}), ("Atlantis", set()),
])
def test_country_codes_of_any_country(gold: str, codes: set[str]) -> None:
    """Countries beyond the short table come from ISO 3166; the longest name decides."""
    assert country_codes(gold) == codes


def test_load_gold_and_format_report(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g) for g in GOLD) + "\n\n", encoding="utf-8")
    gold = load_gold(path)
    assert [g["id"] for g in gold] == ["a1", "a2", "b1", "fr"]
    text = format_report(score_ledger(gold, _ledger(gold)))
    lines = text.splitlines()
    assert lines[0].startswith("attribution") and "F1 1.000" in lines[0]
    assert any(line.startswith("recurring") and "2/2" in line for line in lines)
    assert any("1/1 expected skips" in line for line in lines)
