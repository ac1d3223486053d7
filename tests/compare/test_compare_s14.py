"""``rashomon compare`` decides "same event" as ``analyze`` does, on pairs written for these
tests (Amhara, Ethiopia): a report naming the region and one naming only the country that
share the toll on one day; an undated report naming the market hit; the same market struck
two years apart."""

from __future__ import annotations

import pytest

from rashomon.compare import compare_articles, profile_article
from rashomon.config import Options
from rashomon.normalize import content_hash
from rashomon.pipeline import relink
from rashomon.store import Store
from rashomon.types import Article, Generator


def _article(id_: str, text: str, published: str | None) -> Article:
    return Article(id=id_, text=text, input=id_, content_hash=content_hash(text), published=published,
                   title=text.split("\n", 1)[0])


REGION = _article("amhara-region", (
    "Drone strike on Amhara market kills 26\n\n"
    "A drone strike on a market in Ethiopia's Amhara region on Sunday killed 26 people, residents said.\n\n"
    "Residents blamed the Ethiopian military for the strike. The military did not respond to requests "
    "for comment."
), "2025-03-10")

COUNTRY = _article("ethiopia-country", (
    "Ethiopia rejects reports of civilian deaths\n\n"
    "ADDIS ABABA - A drone strike on Sunday killed 26 people in Ethiopia, residents said.\n\n"
    "Ethiopia's government on Monday rejected reports that the army had killed civilians. "
    "A government spokesman said the army had targeted militia fighters."
), "2025-03-10")

UNDATED = _article("amhara-undated", (
    "Amhara town buries its dead\n\n"
    "Hundreds of mourners buried the victims of the drone strike that hit the weekly market in "
    "Ethiopia's Amhara region on Sunday, residents said.\n\n"
    "Residents blamed the Ethiopian military for the strike."
), None)

EARLIER = _article("amhara-2023", (
    "Drone strike on Amhara market\n\n"
    "A drone strike on a market in Ethiopia's Amhara region on Tuesday killed nine people, residents "
    "said.\n\nThe military did not comment."
), "2023-05-17")


def _analyze_links(a: Article, b: Article, resources) -> bool:  # type: ignore[no-untyped-def]
    with Store.open(":memory:") as store:
        for art in (a, b):
            store.save_article(profile_article(art, resources).result)
        relink(store, Options())
        events = store.load_ledger(Generator("rashomon", "0", "m", "h")).events
    return any({a.id, b.id} <= set(e.article_ids) for e in events)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (REGION, COUNTRY, True),  # the region and the country, one day, 26 killed in both
        (REGION, UNDATED, True),  # undated, the market named as hit: the one incident it fits
        (REGION, EARLIER, False),  # the same market two years before
    ],
    ids=["region-country", "region-undated", "two-years-apart"],
)
def test_compare_decides_as_analyze_does_s14(resources, a: Article, b: Article, same: bool) -> None:  # type: ignore[no-untyped-def]
    c = compare_articles(a, b, resources)
    assert c.decided_by == "link"
    assert c.same_event is _analyze_links(a, b, resources)
    assert c.same_event is same
