"""What the exports read: a ledger as streams of records (:class:`Records`).

Two things provide them: :class:`LedgerRecords` over a :class:`~rashomon.types.Ledger` in
memory (the workbench's, ``analyze --json``'s, a reviewed ledger's), and the store's
:class:`~rashomon.store.read.LedgerReader`, which reads them a page at a time so an export's
memory stays flat as the ledger grows. The exports are written once, against this protocol:
both give the same bytes for the same ledger (tests/report/test_stream.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from rashomon.report.summary import Index
from rashomon.types import Article, Claim, Event, Frame, Generator, Ledger, ReviewChange, Skipped

#: what an export cites of an article: published, outlet, url
ArticleInfo = tuple[str | None, str | None, str | None]


class Detail(Protocol):
    """An event with its claims (``claim_ids`` order, then any other claim pointing at it) and
    the articles the event and those claims cite."""

    @property
    def event(self) -> Event: ...

    @property
    def claims(self) -> Sequence[Claim]: ...

    @property
    def articles(self) -> Mapping[str, ArticleInfo]: ...


class Records(Protocol):
    """A ledger's records in the contract's order (articles, claims, events, skipped, frames).

    ``event_details`` runs through the events once more with their claims and articles;
    ``unlisted_claims`` (the claims no event holds, in ledger order) is read after it."""

    generator: Generator

    @property
    def reviewed(self) -> Mapping[str, Sequence[str]]: ...

    def articles(self) -> Iterable[Article]: ...

    def claims(self) -> Iterable[Claim]: ...

    def events(self) -> Iterable[Event]: ...

    def skipped(self) -> Iterable[Skipped]: ...

    def frames(self) -> Iterable[tuple[Frame, Sequence[str]]]: ...

    def reviews(self) -> Iterable[ReviewChange]: ...

    def event_details(self) -> Iterable[Detail]: ...

    def unlisted_claims(self) -> Iterable[tuple[Claim, ArticleInfo | None]]: ...


@dataclass(frozen=True, slots=True)
class _Detail:
    event: Event
    claims: Sequence[Claim]
    articles: Mapping[str, ArticleInfo]


def article_info(article: Article) -> ArticleInfo:
    return article.published, article.outlet, article.url


class LedgerRecords:
    """:class:`Records` of a ledger in memory."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.generator = ledger.generator
        self._index: Index | None = None

    @property
    def reviewed(self) -> Mapping[str, Sequence[str]]:
        return self.ledger.reviewed

    @property
    def index(self) -> Index:
        if self._index is None:
            self._index = Index(self.ledger)
        return self._index

    def articles(self) -> Iterable[Article]:
        return self.ledger.articles

    def claims(self) -> Iterable[Claim]:
        return self.ledger.claims

    def events(self) -> Iterable[Event]:
        return self.ledger.events

    def skipped(self) -> Iterable[Skipped]:
        return self.ledger.skipped

    def reviews(self) -> Iterable[ReviewChange]:
        return self.ledger.reviews

    def frames(self) -> Iterator[tuple[Frame, Sequence[str]]]:
        about: dict[tuple[str, int], list[str]] = {}
        for c in self.ledger.claims:
            if c.frame is not None:
                about.setdefault((c.article_id, c.frame), []).append(c.id)
        for f in self.ledger.frames:
            yield f, about.get((f.article_id, f.index), ())

    def event_details(self) -> Iterator[Detail]:
        index = self.index
        for e in self.ledger.events:
            claims = index.claims_of(e)
            cited = dict.fromkeys((*e.article_ids, *(c.article_id for c in claims)))
            yield _Detail(e, claims, {a: article_info(index.articles[a]) for a in cited if a in index.articles})

    def unlisted_claims(self) -> Iterator[tuple[Claim, ArticleInfo | None]]:
        index = self.index
        seen = {c.id for e in self.ledger.events for c in index.claims_of(e)}
        for c in self.ledger.claims:
            if c.id not in seen:
                a = index.articles.get(c.article_id)
                yield c, article_info(a) if a else None
