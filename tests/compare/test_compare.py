"""rashomon compare on articles written for these tests: same event or not, the similarity
breakdown, shared and contradicting claims."""

from __future__ import annotations

import pytest

from rashomon.compare import compare_articles, comparison_json
from rashomon.compare.model import DIMENSIONS
from rashomon.normalize import content_hash
from rashomon.types import Article


def _article(id_: str, text: str, published: str | None, title: str | None = None) -> Article:
    return Article(id=id_, text=text, input=id_, content_hash=content_hash(text), published=published,
                   title=title)


WIRE = _article("wire", (
    "Airstrike kills 22 fighters near Albu Kamal\n\n"
    "An airstrike on Sunday night hit positions of the Popular Mobilisation Forces near Albu Kamal "
    "on the Syria-Iraq border.\n\n"
    "The Popular Mobilisation Forces said 22 of its fighters were killed in the strike.\n\n"
    "Syrian state news agency SANA said the US-led coalition carried out the strike.\n\n"
    "The US military denied carrying out any strike near Albu Kamal."
), "2021-06-28", "Airstrike kills 22 fighters near Albu Kamal")

PAPER = _article("paper", (
    "Deadly strike near Syrian border town\n\n"
    "Warplanes struck a base of Iraqi militias near the town of Albu Kamal late on Sunday, "
    "a war monitor said.\n\n"
    "The Syrian Observatory for Human Rights said 52 fighters were killed in the airstrike.\n\n"
    "SANA said the US-led coalition was behind the attack.\n\n"
    "The Popular Mobilisation Forces said 22 of its fighters were killed."
), "2021-06-29", "Deadly strike near Syrian border town")

LATER = _article("later", (
    "Airstrike hits Albu Kamal\n\n"
    "An airstrike on Monday hit a weapons depot near Albu Kamal, killing five people, "
    "the Syrian Observatory for Human Rights said.\n\n"
    "Israel declined to comment on the strike."
), "2024-07-02", "Airstrike hits Albu Kamal")

FOOTBALL = _article("football", (
    "United win the derby in the rain\n\n"
    "Manchester United beat City 2-1 at Old Trafford on Saturday. The winning goal came in the "
    "last minute from a header by the captain, and the manager praised the young squad."
), "2021-06-26", "United win the derby in the rain")


@pytest.fixture(scope="module")
def same(resources):  # type: ignore[no-untyped-def]
    return compare_articles(WIRE, PAPER, resources)


def test_two_reports_of_one_strike_are_one_event(same) -> None:  # type: ignore[no-untyped-def]
    assert same.same_event
    assert same.decided_by == "link"
    assert same.link_score is not None and same.link_score >= 0.5
    assert same.dimension("geography").score >= 0.9
    assert same.dimension("time").score >= 0.9
    assert [d.name for d in same.dimensions] == list(DIMENSIONS)
    assert all(0.0 <= d.score <= 1.0 for d in same.dimensions)


def test_same_town_three_years_apart_is_not_one_event(resources) -> None:  # type: ignore[no-untyped-def]
    c = compare_articles(WIRE, LATER, resources)
    assert not c.same_event
    assert c.decided_by == "link"
    assert c.dimension("geography").score >= 0.9  # same town …
    assert c.dimension("time").score < 0.1  # … years apart


def test_shared_claims(same) -> None:  # type: ignore[no-untyped-def]
    shared = {(p.about, p.a.source.name) for p in same.shared}
    assert ("perpetrator", "SANA") in shared
    assert ("casualties", "PMF") in shared
    sana = next(p for p in same.shared if p.about == "perpetrator")
    assert sana.a.article_id == "wire" and sana.b.article_id == "paper"
    assert sana.a.perpetrator == sana.b.perpetrator == "US"


def test_contradicting_claims(same) -> None:  # type: ignore[no-untyped-def]
    abouts = {p.about for p in same.contradictions}
    assert {"perpetrator", "casualties"} <= abouts
    denial = [p for p in same.contradictions if p.about == "perpetrator" and p.a.stance == "denies"]
    assert denial and denial[0].a.source.name == "US military" and denial[0].b.source.name == "SANA"
    assert denial[0].b.perpetrator == "US"
    figures = next(p for p in same.contradictions if p.about == "casualties")
    assert figures.a.killed != figures.b.killed and "52" in figures.summary
    # the PMF figure, the same in both articles, is shared, never contradicted
    assert not any(p.a.source.name == p.b.source.name == "PMF" for p in same.contradictions)


def test_unrelated_articles(resources) -> None:  # type: ignore[no-untyped-def]
    c = compare_articles(WIRE, FOOTBALL, resources)
    assert not c.same_event
    assert c.overall < 0.4
    assert c.dimension("narrative").score < 0.2
    assert not c.shared and not c.contradictions


def test_same_article_twice(resources) -> None:  # type: ignore[no-untyped-def]
    c = compare_articles(PAPER, PAPER, resources)
    assert c.same_event
    assert c.b.id != c.a.id
    assert c.dimension("narrative").score == pytest.approx(1.0)
    assert c.dimension("entities").score == pytest.approx(1.0)
    assert not c.contradictions


def test_json_form(same) -> None:  # type: ignore[no-untyped-def]
    data = comparison_json(same)
    assert data["schema"] == "rashomon.compare/1"
    assert set(data["similarity"]) == set(DIMENSIONS)
    for dim in data["similarity"].values():
        assert dim["semeval"] == pytest.approx(4 - 3 * dim["score"], abs=1e-3)
    assert data["same_event"] is True
    assert all(p["a"]["source"] and p["b"]["source"] for p in data["contradictions"])


LATER_UNDATED = _article("later-undated", (
    "Airstrike hits Albu Kamal\n\n"
    "An airstrike hit a weapons depot near Albu Kamal, killing five people, "
    "the Syrian Observatory for Human Rights said.\n\n"
    "Israel declined to comment on the strike."
), None, "Airstrike hits Albu Kamal")


def test_undated_report_at_the_same_town_is_not_one_event_on_place_alone(resources) -> None:  # type: ignore[no-untyped-def]
    c = compare_articles(WIRE, LATER_UNDATED, resources)
    assert not c.same_event
    assert c.decided_by == "link"
    assert c.link_reason is not None and "undated" in c.link_reason


@pytest.mark.parametrize("other", [PAPER, LATER, LATER_UNDATED])
def test_compare_decides_as_analyze_does(resources, other: Article) -> None:  # type: ignore[no-untyped-def]
    from rashomon.compare import profile_article
    from rashomon.config import Options
    from rashomon.pipeline import relink
    from rashomon.store import Store
    from rashomon.types import Generator

    verdict = compare_articles(WIRE, other, resources)
    with Store.open(":memory:") as store:
        for art in (WIRE, other):
            store.save_article(profile_article(art, resources).result)
        relink(store, Options())
        events = store.load_ledger(Generator("rashomon", "0", "m", "h")).events
    together = any({WIRE.id, other.id} <= set(e.article_ids) for e in events)
    assert verdict.same_event is together
