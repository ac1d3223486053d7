"""The measurement code of rashomon.compare.benchmarks on small synthetic data with known
answers, the dataset readers on tiny fixtures, and (when ../shared is present) the real files."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest

from rashomon.compare.benchmarks import affinity, average_link, b_cubed, fit_overall, pearson, run_semeval
from rashomon.compare.datasets import detokenize, read_ecb, read_semeval
from rashomon.compare.model import Comparison, Dimension
from rashomon.compare.similarity import SAME_EVENT_OVERALL, Idf, cosine
from rashomon.types import Article

DATASETS = Path(__file__).resolve().parents[2].parent / "shared" / "datasets"


def test_pearson_known_values() -> None:
    assert pearson([1, 2, 3, 4], [2, 4, 6, 8]) == pytest.approx(1.0)
    assert pearson([1, 2, 3, 4], [8, 6, 4, 2]) == pytest.approx(-1.0)
    # x = 1..5, y = 2,1,4,3,5: sxy = 8, sxx = syy = 10
    assert pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) == pytest.approx(0.8)
    assert math.isnan(pearson([1, 1, 1], [1, 2, 3]))
    with pytest.raises(ValueError):
        pearson([1, 2], [1])


def test_b_cubed_known_values() -> None:
    gold = {"a": 1, "b": 2, "c": 2}
    # P: a 1/2, b 1/2, c 1 -> 2/3; R: a 1, b 1/2, c 1/2 -> 2/3
    s = b_cubed({"a": "x", "b": "x", "c": "y"}, gold)
    assert (s.precision, s.recall, s.f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    perfect = b_cubed({"a": 0, "b": 5, "c": 5}, gold)
    assert (perfect.precision, perfect.recall, perfect.f1) == (1.0, 1.0, 1.0)
    singletons = b_cubed({"a": "a", "b": "b", "c": "c"}, gold)
    assert singletons.precision == 1.0 and singletons.recall == pytest.approx(2 / 3)
    one = b_cubed(dict.fromkeys(gold, 0), gold)
    assert one.recall == 1.0 and one.precision == pytest.approx((1 / 3 + 2 / 3 + 2 / 3) / 3)
    with pytest.raises(ValueError):
        b_cubed({"a": 1}, gold)


def test_average_link_finds_blocks() -> None:
    sim = np.array([
        [1.0, 0.9, 0.8, 0.1, 0.0],
        [0.9, 1.0, 0.7, 0.2, 0.1],
        [0.8, 0.7, 1.0, 0.0, 0.1],
        [0.1, 0.2, 0.0, 1.0, 0.6],
        [0.0, 0.1, 0.1, 0.6, 1.0],
    ])
    labels = average_link(sim, 0.5)
    assert labels[0] == labels[1] == labels[2]
    assert labels[3] == labels[4] != labels[0]
    # the mean link of the two blocks is 0.0–0.2: they merge only at a low threshold
    assert len(set(average_link(sim, 0.05))) == 1
    assert len(set(average_link(sim, 0.95))) == 5


def test_fit_overall_recovers_weights() -> None:
    rng = np.random.default_rng(7)
    rows = [dict(zip(("geography", "entities", "time", "narrative"), rng.random(4), strict=True))
            for _ in range(200)]
    y = [0.1 + 0.2 * r["geography"] + 0.5 * r["narrative"] - 0.3 * r["time"] for r in rows]
    w = fit_overall(rows, y)
    assert w["time"] == 0.0  # a negative weight is dropped
    assert w["narrative"] == pytest.approx(0.5, abs=0.05)
    assert w["geography"] == pytest.approx(0.2, abs=0.05)


def test_cosine_and_idf() -> None:
    assert cosine({"strike": 2, "town": 1}, {"strike": 2, "town": 1}) == pytest.approx(1.0)
    assert cosine({"strike": 1}, {"goal": 1}) == 0.0
    idf = Idf.fit([{"strike": 1, "said": 1}, {"goal": 1, "said": 1}, {"said": 1}])
    assert idf.weights["said"] < idf.weights["strike"] < idf.default
    # a word every document has counts less with idf than without
    plain = cosine({"said": 1, "strike": 1}, {"said": 1, "goal": 1})
    assert cosine({"said": 1, "strike": 1}, {"said": 1, "goal": 1}, idf) < plain


def _comparison(overall: float, decided_by: str, same: bool) -> Comparison:
    art = Article(id="x", text="x", input="x", content_hash="x")
    return Comparison(a=art, b=art, same_event=same, decided_by=decided_by,  # type: ignore[arg-type]
                      link_score=None, dimensions=(Dimension("overall", overall, "test"),))


def test_affinity_follows_a_same_event_verdict_only() -> None:
    assert affinity(_comparison(0.3, "overall", False)) == 0.3
    assert affinity(_comparison(0.3, "link", True)) > SAME_EVENT_OVERALL
    # "apart" is not forced on clustering: ECB+ events span what rashomon keeps apart
    assert affinity(_comparison(0.9, "link", False)) == 0.9


def test_detokenize() -> None:
    assert detokenize(["Police", "said", "(", "on", "Monday", ")", ":", "it", "'s", "over", "."]) == \
        "Police said (on Monday): it's over."


def _write_semeval(folder: Path, rows: list[tuple[str, str, str, str, float]]) -> None:
    cols = ["pair_id", "lang1", "lang2", "text1", "text2", "Geography", "Entities", "Time", "Narrative",
            "Overall", "Style", "Tone"]
    for name, part in (("training_set.csv", rows[: len(rows) // 2]), ("testing_set.csv", rows[len(rows) // 2:])):
        with (folder / name).open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for pid, l1, t1, t2, gold in part:
                w.writerow([pid, l1, "en", t1, t2, gold, gold, gold, gold, gold, 1, 1])


STRIKE = ("An airstrike hit a fuel depot near Deir Hafer east of Aleppo on Tuesday, killing seven people, "
          "the Syrian Observatory for Human Rights said.")
STRIKE2 = ("Seven people were killed when a drone struck a fuel depot near Deir Hafer, east of Aleppo, "
           "the Syrian Observatory for Human Rights reported on Tuesday.")
MATCH = "Manchester United beat City at Old Trafford on Saturday with a late header from the captain."
MATCH2 = "A late header from the captain gave Manchester United victory over City at Old Trafford."
BUDGET = "The finance minister presented a budget that raises taxes on tobacco and fuel in Canberra."


def test_readers_on_tiny_fixtures(tmp_path: Path) -> None:
    _write_semeval(tmp_path, [("1_2", "en", STRIKE, STRIKE2, 1.0), ("3_4", "de", MATCH, MATCH2, 1.0),
                              ("1_2", "en", STRIKE, STRIKE2, 1.0), ("5_6", "en", MATCH, BUDGET, 4.0)])
    pairs = read_semeval(tmp_path)
    assert [(p.pair_id, p.split) for p in pairs] == [("1_2", "train"), ("5_6", "test")]  # de and the repeat dropped
    assert pairs[0].id1 == "1" and pairs[1].gold["Overall"] == 4.0
    topic = tmp_path / "ecb" / "ECB+" / "3"
    topic.mkdir(parents=True)
    (topic / "3_1ecbplus.xml").write_text(
        '<Document doc_name="3_1ecbplus.xml"><token t_id="1" sentence="0" number="0">http://x</token>'
        '<token t_id="2" sentence="1" number="0">Quake</token><token t_id="3" sentence="1" number="1">hits</token>'
        '<token t_id="4" sentence="1" number="2">.</token></Document>', encoding="utf-8")
    (topic / "3_2ecb.xml").write_text(
        '<Document doc_name="3_2ecb.xml"><token t_id="1" sentence="0" number="0">Storm</token></Document>',
        encoding="utf-8")
    docs = read_ecb(tmp_path / "ecb")
    assert [(d.id, d.subtopic, d.text) for d in docs] == [("3_1ecbplus", "3/ecbplus", "Quake hits."),
                                                          ("3_2ecb", "3/ecb", "Storm")]


def test_run_semeval_on_synthetic_pairs(tmp_path: Path, resources) -> None:  # type: ignore[no-untyped-def]
    _write_semeval(tmp_path, [("1_2", "en", STRIKE, STRIKE2, 1.0), ("3_4", "en", MATCH, BUDGET, 4.0),
                              ("5_6", "en", MATCH, MATCH2, 1.25), ("7_8", "en", STRIKE, BUDGET, 3.75)])
    r = run_semeval(tmp_path, resources)
    assert (r.pairs, r.train_pairs, r.test_pairs) == (4, 2, 2)
    assert r.pearson["test"] == pytest.approx(1.0)  # two points: the similar pair scores higher
    assert r.pearson_tf["test"] == pytest.approx(1.0)
    assert r.pearson["all"] > 0.8 and r.pearson_tf["all"] > 0.8


@pytest.mark.skipif(not (DATASETS / "semeval2022-task8-sample").is_dir(), reason="../shared/datasets absent")
def test_real_semeval_sample_reads() -> None:
    pairs = read_semeval(DATASETS / "semeval2022-task8-sample")
    assert len({p.pair_id for p in pairs}) == len(pairs) > 300
    assert all(1.0 <= p.gold["Overall"] <= 4.0 for p in pairs)


@pytest.mark.skipif(not (DATASETS / "ecb-plus").is_dir(), reason="../shared/datasets absent")
def test_real_ecb_topic_reads() -> None:
    docs = read_ecb(DATASETS / "ecb-plus", topics={"1"})
    assert {d.subtopic for d in docs} == {"1/ecb", "1/ecbplus"}
    assert all(d.text and not d.text.startswith("http") for d in docs)


def _ecb_doc(path: Path, text: str) -> None:
    tokens = "".join(f'<token t_id="{i}" sentence="1" number="{i}">{w}</token>'
                     for i, w in enumerate(text.split(), start=1))
    path.write_text(f'<Document doc_name="{path.name}">{tokens}</Document>', encoding="utf-8")


def test_run_ecb_on_tiny_corpus(tmp_path: Path, resources) -> None:  # type: ignore[no-untyped-def]
    from rashomon.compare.benchmarks import run_ecb

    topic = tmp_path / "ECB+" / "7"
    topic.mkdir(parents=True)
    _ecb_doc(topic / "7_1ecb.xml", "A strong earthquake struck central Chile on Monday , "
             "toppling houses in Talca and killing three people , officials in Santiago said .")
    _ecb_doc(topic / "7_2ecb.xml", "Three people died when an earthquake shook Talca in central Chile "
             "on Monday and houses collapsed , officials in Santiago said .")
    _ecb_doc(topic / "7_3ecbplus.xml", "http://example.org A quake hit northern Japan near Sendai , "
             "cutting power to thousands of homes and stopping trains to Tokyo .")
    _ecb_doc(topic / "7_4ecbplus.xml", "http://example.org Trains to Tokyo stopped and thousands of homes "
             "lost power after a quake near Sendai in northern Japan .")
    r = run_ecb(tmp_path, resources)
    assert (r.documents, r.topics, r.gold_clusters) == (4, 1, 2)
    singletons = r.scores["baseline: all singletons"]
    assert singletons.precision == 1.0 and singletons.recall == pytest.approx(0.5)
    assert r.scores["baseline: one cluster per topic"].recall == 1.0
    assert r.scores["compare, within topics"].f1 == pytest.approx(1.0)
    assert r.scores["compare, over all documents"].f1 == pytest.approx(1.0)
