"""PolNeAR runner helpers: brat standoff, alignment, spans and scoring, on texts written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rashomon.measure import polnear

ANN = "\n".join([
    "T1\tSource 0 12\tThe governor",
    "T2\tCue 13 17\tsaid",
    "T3\tContent 18 40\tthe bridge would reopen",
    "T4\tAttribution 13 17\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    "T5\tCue 42 54\taccording to",
    "T6\tContent 60 70;75 80\tsplit span",
    "T7\tAttribution-no-source 42 54\taccording to",
    "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
    "T8\tSource 90 95;100 104\tparts",
    "T9\tCue 105 111\tinsist",
    "T10\tAttribution 105 111\tinsist",
    "E3\tAttribution:T10 Source:T8 Cue:T9",
    "#1\tAnnotatorNotes T1\ta note",
])


def test_read_ann_keeps_relations_with_a_source_and_a_cue() -> None:
    rels = polnear.read_ann(ANN)
    assert rels == [polnear.Relation(source=((0, 12),), cue=((13, 17),)),
                    polnear.Relation(source=((90, 95), (100, 104)), cue=((105, 111),))]


@pytest.mark.parametrize(("stored", "original"), [
    ("The mayor said it.", "The mayor said it."),
    ("The mayor said it.", "The  mayor\u00a0said it."),  # spaces collapsed, no-break space
    ("The mayor said it.\nMore.", "The mayor said it.\nShare this article\nMore."),  # a dropped line
    ("Mandalay residents fled.", "Mandalay\u200b residents fled."),  # an invisible character
])
def test_align_maps_each_kept_character_to_an_equal_one(stored: str, original: str) -> None:
    mapping = polnear.align(stored, original)
    assert all(original[j] == stored[i] for i, j in enumerate(mapping) if j >= 0)
    assert all(j >= 0 for i, j in enumerate(mapping) if not stored[i].isspace())
    mapped = [j for j in mapping if j >= 0]
    assert mapped == sorted(mapped)


@given(st.lists(st.sampled_from(["Goma", "rebels", "said", "the", "UN", "\u00a0", "  ", "\n"]), max_size=30))
def test_align_never_maps_to_a_different_character(words: list[str]) -> None:
    original = " ".join(words)
    stored = " ".join(original.split())
    mapping = polnear.align(stored, original)
    assert all(original[j] == stored[i] for i, j in enumerate(mapping) if j >= 0)


def test_map_span_follows_the_alignment() -> None:
    original = "Sahel  news.\nThe army  said so."
    stored = "Sahel news.\nThe army said so."
    mapping = polnear.align(stored, original)
    start = stored.index("The army")
    span = polnear.map_span(start, start + len("The army"), mapping)
    assert span is not None and original[span[0]:span[1]] == "The army"
    assert polnear.map_span(5, 5, mapping) is None


TEXT = ("Rebels entered the town, a local chief said on Monday.\n"
        "\u201cThe roads are closed. Nobody can leave,\u201d the chief added.\n"
        "He said the army had left.")


def _claim(source_text: str, evidence: str, **offsets: int) -> dict[str, Any]:
    start = TEXT.index(evidence)
    return {"source": {"text": source_text, "name": source_text, **offsets},
            "evidence": {"start": start, "end": start + len(evidence), "text": evidence}}


@pytest.mark.parametrize(("claim", "words"), [
    (_claim("a local chief", "Rebels entered the town, a local chief said"), "a local chief"),
    # a quote of two sentences names its speaker once, in the second
    (_claim("the chief", "The roads are closed."), "the chief"),
    # offsets given by the ledger win
    (_claim("whoever", "He said the army had left.", start=TEXT.index("He said"), end=TEXT.index("He said") + 2),
     "He"),
    # a resolved name that is not written in the paragraph has no span
    (_claim("Chief Abdou", "He said the army had left."), None),
])
def test_claim_span(claim: dict[str, Any], words: str | None) -> None:
    span = polnear.claim_span(claim, TEXT)
    assert (TEXT[span[0]:span[1]] if span else None) == words


@pytest.mark.parametrize(("span", "spans", "hit"), [
    ((0, 5), ((4, 9),), True), ((0, 4), ((4, 9),), False), ((10, 12), ((0, 3), (11, 20)), True),
])
def test_overlaps(span: tuple[int, int], spans: polnear.Spans, hit: bool) -> None:
    assert polnear.overlaps(span, spans) is hit


@pytest.mark.parametrize(("text", "cue", "verb"), [
    ("The junta told reporters that the village was empty.", "told", True),
    ("Aid workers say the camp near Goma is full.", "say", True),
    ("According to the police, two bridges fell.", "According to", True),
    ("The ministry's statement blamed the rebels.", "statement", False),
    ("In an interview, the commander blamed the rebels.", "In an interview", False),
])
def test_is_reporting_verb(resources: Any, text: str, cue: str, verb: bool) -> None:
    start = text.index(cue)
    assert polnear.is_reporting_verb(resources.nlp(text), ((start, start + len(cue)),)) is verb


def test_score_counts_claims_and_relations() -> None:
    original = "The governor said the bridge would reopen.\nTraders  insisted it would not."
    stored = "The governor said the bridge would reopen.\nTraders insisted it would not."
    gold = [("a1", original, [polnear.Relation(source=((0, 12),), cue=((13, 17),)),
                              polnear.Relation(source=((43, 50),), cue=((52, 60),))])]
    claims = [
        {"article_id": "a1", "source": {"text": "The governor"},
         "evidence": {"start": 0, "end": 42, "text": stored[:42]}},
        {"article_id": "a1", "source": {"text": "the bridge"},  # a wrong source
         "evidence": {"start": 0, "end": 42, "text": stored[:42]}},
        {"article_id": "a1", "source": {"text": "Market traders"},  # not written: no span
         "evidence": {"start": 43, "end": len(stored), "text": stored[43:]}},
    ]
    report = polnear.score(gold, {"articles": [{"id": "a1", "text": stored}], "claims": claims})
    assert (report["claims"], report["claims_hit"], report["claims_located"]) == (3, 1, 2)
    assert (report["gold"], report["gold_found"]) == (2, 1)
    assert (report["precision"], report["recall"], report["f1"]) == (0.333, 0.5, 0.4)


def test_read_split(tmp_path: Any) -> None:
    data = tmp_path / "data"
    for sub in ("test/text", "test/attributions"):
        (data / sub).mkdir(parents=True)
    (data / "metadata.tsv").write_text("compartment\tfilename\ttitle\tpublication_date\n"
                                       "test\tpaper_2019-05-02_floods\tFloods in Beira\t2019-05-02\n",
                                       encoding="utf-8")
    (data / "test/text/paper_2019-05-02_floods.txt").write_text("The governor said so.", encoding="utf-8")
    (data / "test/text/paper_2019-05-03_orphan.txt").write_text("Nobody annotated this.", encoding="utf-8")
    (data / "test/attributions/paper_2019-05-02_floods_b2.ann").write_text("", encoding="utf-8")
    (data / "test/attributions/paper_2019-05-02_floods_a1.ann").write_text(ANN, encoding="utf-8")
    [(name, text, rels, meta)] = polnear.read_split(data)
    assert (name, text, len(rels)) == ("paper_2019-05-02_floods", "The governor said so.", 2)  # first file: a1
    assert meta["title"] == "Floods in Beira"
