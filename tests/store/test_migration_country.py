"""Migration 4 (claims.country): a store written before location claims opens, keeps its
claims (country null) and stores the country of new ones."""

from __future__ import annotations

from tests.store.downgrade import downgrade

from rashomon.store import Store
from rashomon.types import Article, ArticleResult, Claim, Evidence, Source


def _result(aid: str, country: str | None) -> ArticleResult:
    text = "The militia said the strike hit a depot inside Syrian territory."
    article = Article(id=aid, text=text, input=f"{aid}.txt", content_hash=aid)
    claim = Claim(id=f"{aid}:c1", article_id=aid, source=Source("PMF", "The militia", "armed_group"),
                  stance="asserts", about="location", text=text, evidence=Evidence(0, len(text), text),
                  country=country)
    return ArticleResult(article, (claim,), ())


def test_schema_3_store_gains_claim_country(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.save_article(_result("a", None))
    downgrade(db_url, to=3)
    with Store.open(db_url) as store:
        store.save_article(_result("b", "SY"))
        claims = {c.id: c for r in store.load_results() for c in r.claims}
    assert claims["a:c1"].country is None
    assert claims["b:c1"] == _result("b", "SY").claims[0]
