"""Migration 5 (disputes): a store written before disputes opens, its link settings are
forgotten so the next link is a full one, and that link stores the events' disputes."""

from __future__ import annotations

from tests.store.downgrade import downgrade

from rashomon.config import Options
from rashomon.pipeline import relink
from rashomon.store import Store
from rashomon.types import Article, ArticleResult, Claim, Evidence, Frame, Generator, Location, Source

GEN = Generator("rashomon", "0.1.0", "model", "abc123")
PLACE = Location("Kutum", "SD", 14.2, 24.66, "town")


def _result() -> ArticleResult:
    text = "State radio said the army struck the market. The army denied it."
    article = Article(id="a", text=text, input="a.txt", content_hash="h", published="2024-05-02")
    frame = Frame(article_id="a", index=0, type="airstrike", evidence=Evidence(0, 10, text[:10]),
                  date="2024-05-01", date_precision="day", location=PLACE)
    claims = (
        Claim(id="a:c1", article_id="a", source=Source("State radio", "State radio"), stance="asserts",
              about="perpetrator", text="t", evidence=Evidence(0, 5, text[:5]), perpetrator="Army", frame=0),
        Claim(id="a:c2", article_id="a", source=Source("Army", "The army"), stance="denies",
              about="occurrence", text="t", evidence=Evidence(0, 5, text[:5]), perpetrator="Army", frame=0),
    )
    return ArticleResult(article, claims, (frame,))


def test_schema_4_store_gains_disputes(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.save_article(_result())
        relink(store, Options())
    downgrade(db_url, to=4)
    with Store.open(db_url) as store:
        assert store.link_input().link_key is None  # forgotten: the next link is full
        [event] = store.load_ledger(GEN).events
        assert event.contradictions and not event.disputes  # as stored before
        relink(store, Options())
        [event] = store.load_ledger(GEN).events
    [dispute] = event.disputes
    assert dispute.about == "perpetrator"
    assert [(s.position, s.sources) for s in dispute.sides] == [("Army did it", ("State radio",)),
                                                                ("Army did not", ("Army",))]
    assert dispute.pairs == 1 == len(event.contradictions)
