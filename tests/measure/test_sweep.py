"""The settings sweep (rashomon.measure.sweep): its grids, the "set by hand" lines it finds, the
parsed-Doc cache (same extraction as a fresh parse), and one row per value on the eval sets."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import SHARED, need_shared

from rashomon.measure import sweep
from rashomon.normalize import content_hash
from rashomon.pipeline import Resources, process_article
from rashomon.types import Article


@pytest.mark.parametrize(("value", "expected"), [
    (3, [1, 2, 4, 5]),
    (1, [0, 2, 3]),
    (0, [1, 2]),
    (64, [32, 48, 96, 128]),
    (0.45, [0.225, 0.3375, 0.675, 0.9]),
    (0.7, [0.35, 0.525, 1.0]),  # a share stays at most 1
    (110.0, [55.0, 82.5, 165.0, 220.0]),
    (-0.2, [-0.4, -0.3, -0.15, -0.1]),
])
def test_grid_lies_around_the_value(value: float, expected: list[float]) -> None:
    assert sweep.grid(value) == expected


@pytest.mark.parametrize(("value", "expected"), [(4, [3, 5]), (30, [15, 60]), (2.0, [1.0, 4.0])])
def test_coarse_grid(value: float, expected: list[float]) -> None:
    assert sweep.grid(value, sweep.COARSE) == expected


def test_grid_refuses_what_is_no_number() -> None:
    with pytest.raises(Exception, match="only numbers"):
        sweep.grid([125, 145])  # type: ignore[arg-type]


def test_hand_set_lines_are_found_with_their_table() -> None:
    text = ("[extract.a]\nx = 3  # words: set by hand\ny = 0.5  # swept 2026\n"
            "[gazetteer.b]\nbig = 100_000  # towns: set by hand, no sweep recorded\nlist = [1, 2]  # set by hand\n")
    assert sweep.hand_set(text) == [("extract.a.x", 3, "words: set by hand"),
                                    ("gazetteer.b.big", 100000, "towns: set by hand, no sweep recorded")]


@pytest.mark.parametrize(("key", "shapes"), [
    ("nlp.truecase.min_words", True), ("gazetteer.geonames.named_population", True),
    ("extract.frames.max_evidence", False), ("gazetteer.places.fuzzy_cutoff", False)])
def test_settings_that_shape_the_parse(key: str, shapes: bool) -> None:
    assert sweep.shapes_parse(key) is shapes


def _row(value: float, killed: float, base: bool = False) -> dict[str, Any]:
    figures = dict.fromkeys((c for c in sweep.COLUMNS[3:-2]), 1.0)
    return {"setting": "extract.x.y", "value": value, "base": base, **figures, "eval:killed_f1": killed}


@pytest.mark.parametrize(("rows", "expected"), [
    ([_row(2, 0.8), _row(4, 0.8)], "2–4: same figures on both sets"),
    ([_row(2, 0.7), _row(4, 0.8)], "2: eval:killed_f1 0.8→0.7"),
    ([_row(2, 0.9)], "better at 2; 2: eval:killed_f1 0.8→0.9"),
])
def test_verdict_names_what_moves(rows: list[dict[str, Any]], expected: str) -> None:
    assert sweep.verdict(sweep.Sweep("extract.x.y", _row(3, 0.8, base=True), tuple(rows))) == expected


def test_tsv_has_one_cell_per_column() -> None:
    line, = sweep.tsv_lines([_row(0.45, 0.8361)])
    cells = line.split("\t")
    assert len(cells) == len(sweep.COLUMNS) and cells[:3] == ["extract.x.y", "0.45", "False"]
    assert "0.8361" in cells


TEXTS = [  # own sentences, of conflicts no eval set covers
    "Drone strike kills 12 in El Fasher\nAt least 12 civilians were killed and 30 wounded when a drone hit "
    "a market in El Fasher on Tuesday, the Sudan Doctors Network said. The Rapid Support Forces denied "
    "carrying out the attack.",
    "Airstrike hits village in Sagaing\nThe military's airstrike on a village in Sagaing region killed nine "
    "people, residents told reporters on Sunday. A junta spokesman declined to comment.",
    "Shelling near Goma\nM23 rebels shelled a camp for displaced people near Goma, killing five, the "
    "army said on Friday. The rebels said they did not fire on the camp.",
]


def _article(n: int, text: str) -> Article:
    return Article(id=f"t{n}", text=text, input="test", content_hash=content_hash(text), published="2024-05-14")


def test_cached_parse_gives_the_extraction_of_a_fresh_one(resources: Resources, tmp_path: Path) -> None:
    fresh = [process_article(_article(n, t), resources) for n, t in enumerate(TEXTS)]
    for hits, misses in ((2, 3), (5, 0)):  # the first run parses and writes, the second reads from disk
        parser = sweep.DocCache(resources.nlp, tmp_path, "key")
        res = Resources(options=resources.options, nlp=parser,  # type: ignore[arg-type]
                        actors=resources.actors, places=resources.places)
        docs = list(parser.pipe(TEXTS[:2]))  # a batch, as the pipeline parses
        assert [d.text for d in docs] == TEXTS[:2]
        cached = [process_article(_article(n, t), res) for n, t in enumerate(TEXTS)]
        assert cached == fresh
        assert (parser.hits, parser.misses) == (hits, misses)
    assert len(list(tmp_path.glob("*.spacy"))) == len(TEXTS)


def test_cache_key_separates_parses(resources: Resources, tmp_path: Path) -> None:
    a = sweep.DocCache(resources.nlp, tmp_path, "one")
    b = sweep.DocCache(resources.nlp, tmp_path, "two")
    assert a.path(TEXTS[0]) != b.path(TEXTS[0]) and a.path(TEXTS[0]) != a.path(TEXTS[1])


def _subset(tmp_path: Path, articles: str, gold: str, n: int) -> None:
    rows = (SHARED / articles).read_text("utf-8").splitlines()[:n]
    ids = {json.loads(r)["id"] for r in rows}
    kept = [g for g in (SHARED / gold).read_text("utf-8").splitlines() if g.strip() and json.loads(g)["id"] in ids]
    for name, lines in ((articles, rows), (gold, kept)):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("\n".join(lines) + "\n", "utf-8")


@pytest.mark.slow
def test_sweep_writes_one_row_per_value(tmp_path: Path) -> None:
    need_shared("eval/score.py", *(p for _, a, g in sweep.evalsets.SETS.values() for p in (a, g)))
    shared = tmp_path / "shared"
    for _, articles, gold in sweep.evalsets.SETS.values():
        _subset(shared, articles, gold, 3)
    (shared / "eval/score.py").symlink_to(SHARED / "eval/score.py")
    key = "extract.frames.max_evidence"
    zygote = sweep.Zygote()  # the base in a process of its own, the values in children of the zygote
    try:
        result = sweep.sweep(shared, tmp_path / "docs", key, values=[1, 5], zygote=zygote)
    finally:
        zygote.close()
    assert [r["value"] for r in result.rows] == [1, 5] and result.base["value"] == sweep.current(key)
    assert all(r["setting"] == key for r in (result.base, *result.rows))
    assert len(sweep.tsv_lines([result.base, *result.rows])) == 3
    assert all(isinstance(r["eval:attribution_f1"], float) for r in result.rows)
    # the parses came from the cache the base filled (a count, not a timing: speed is the bench's)
    assert result.base["new_parses"] > 0 and result.rows[0]["new_parses"] == 0


@pytest.mark.parametrize(("rows", "expected"), [
    ([_row(2, 0.8), _row(4, 0.8)], "swept 2–4 (2026-12-06, docs/x.md): same figures on both sets"),
    ([_row(2, 0.7), _row(4, 0.8)], "swept 2–4 (2026-12-06, docs/x.md): 2 gives dev killed F1 0.8→0.7; 4 same"),
])
def test_brief_is_a_settings_comment(rows: list[dict[str, Any]], expected: str) -> None:
    result = sweep.Sweep("extract.x.y", _row(3, 0.8, base=True), tuple(rows))
    assert sweep.brief(result, "2026-12-06", "docs/x.md") == expected


# --- tools/sweep_settings.py: the [compare.*] settings --------------------------------------
def _tool() -> Any:
    import importlib.util
    import sys
    path = Path(__file__).resolve().parents[2] / "tools" / "sweep_settings.py"
    spec = importlib.util.spec_from_file_location("sweep_settings", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class _Frame:
    location: str | None
    background: bool = False


@dataclass(frozen=True)
class _Result:
    frames: tuple[_Frame, ...]


@dataclass(frozen=True)
class _Profile:
    result: _Result
    places: tuple[tuple[str, int], ...]


# (frames, places as profile_article counts them at weight 2, weight, expected places)
@pytest.mark.parametrize(("frames", "places", "weight", "expected"), [
    ((_Frame("Goma"),), (("Goma", 3), ("Kinshasa", 1)), 4, {"Goma": 5, "Kinshasa": 1}),
    ((_Frame("Goma"),), (("Goma", 3), ("Kinshasa", 1)), 1, {"Goma": 2, "Kinshasa": 1}),
    ((_Frame("El Fasher"), _Frame("El Fasher")), (("El Fasher", 4),), 1, {"El Fasher": 2}),
    ((_Frame("Lashio", background=True), _Frame(None)), (("Lashio", 1),), 4, {"Lashio": 1}),
    ((_Frame("Menaka"),), (("Menaka", 2), ("Gao", 1)), 0, {"Gao": 1}),  # a place named only by its frame drops out
])
def test_reweigh_counts_each_incident_frame_at_the_new_weight(
        frames: tuple[_Frame, ...], places: tuple[tuple[str, int], ...], weight: int, expected: dict[str, int]) -> None:
    tool = _tool()
    profile = _Profile(_Result(frames), places)
    out = tool._reweigh({"a": profile}, 2, weight)["a"]
    assert dict(out.places) == expected
    if all(n > 0 for n in expected.values()) and len(expected) == len(places):
        assert tool._reweigh({"a": out}, weight, 2)["a"] == profile  # and back


def test_compare_report_names_what_moves(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _tool()
    tsv = tmp_path / "compare.tsv"
    same = "\t".join(["0.74"] * len(tool.COMPARE_FIGURES))
    moved = "\t".join("0.7" if f == "ecb-gate:b3_f1" else "0.74" for f in tool.COMPARE_FIGURES)
    up = "\t".join("0.76" if f == "semeval:geography_r" else "0.74" for f in tool.COMPARE_FIGURES)
    tsv.write_text("# 2026-12-06 commit abc\n" + "\t".join(tool.COMPARE_COLUMNS) + "\n"
                   f"compare.x.a\t2.0\tTrue\t{same}\ncompare.x.a\t1.0\tFalse\t{same}\ncompare.x.a\t4.0\tFalse\t{same}\n"
                   f"compare.x.b\t0.05\tTrue\t{same}\ncompare.x.b\t0.1\tFalse\t{moved}\n"
                   f"compare.x.c\t7.0\tTrue\t{same}\ncompare.x.c\t3.5\tFalse\t{up}\n", "utf-8")
    monkeypatch.setattr(tool, "COMPARE_TSV", tsv)
    lines = tool.compare_report()
    assert "| `compare.x.a` | 2.0 | 1.0–4.0: same figures on every set |" in lines
    assert "| `compare.x.b` | 0.05 | 0.1: ecb-gate:b3_f1 0.74→0.7 |" in lines
    assert "| `compare.x.c` | 7.0 | better at 3.5; 3.5: semeval:geography_r 0.74→0.76 |" in lines


def test_read_tsv_reads_nan(tmp_path: Path) -> None:
    tsv = tmp_path / "x.tsv"
    tsv.write_text("# stamp\nsetting\tvalue\tbase\tr\nk\t1\tTrue\tnan\n", "utf-8")
    row = _tool().read_tsv(tsv)[0]
    assert row["base"] is True and row["value"] == 1 and row["r"] != row["r"]  # nan
