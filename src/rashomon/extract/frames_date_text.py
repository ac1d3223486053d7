"""The words of an incident's date that nothing resolved, for a frame's ``date_text``: an
undated article's "Friday's attack" or "struck their car on Tuesday" cannot be resolved, but the
weekday is still what linking reads to place the report among dated ones."""

from __future__ import annotations

from spacy.tokens import Span

from rashomon.extract.frames_dates import (
    NEAR_TRIGGER_TOKENS,
    date_span,
    dates_a_statement,
    is_period,
    right_after_statement_verb,
)
from rashomon.extract.frames_text import governor, time_root
from rashomon.gazetteer.dates import resolve_date
from rashomon.nlp.entities import ents_in

_ANY_DAY = "2000-01-03"  # a day to test whether words would resolve at all (any day does)


def unresolved_date_text(sents: list[tuple[Span, set[int]]]) -> str | None:
    """The words of the incident's date that nothing resolved ("Friday's attack", "struck their
    car on Tuesday" in an undated article), for the frame's ``date_text``: of the DATE entities
    of the (sentence, trigger tokens) given, the first on or beside a trigger word, else the first
    that dates no statement and no period, else the first. Linking reads the weekday in it."""
    ranked: list[tuple[int, str]] = []
    for sent, trigger_tokens in sents:
        for found in ents_in(sent):
            if found.label_ != "DATE":
                continue
            ent = date_span(found)
            if resolve_date(ent.text, _ANY_DAY)[0] is None:
                continue  # "two days", "hours": a length, not a date
            root = time_root(found.root)
            gov = governor(root)
            other = is_period(ent) or dates_a_statement(gov, trigger_tokens) or right_after_statement_verb(ent, root)
            near = root.head.i in trigger_tokens or gov.i in trigger_tokens or any(
                abs(i - t) <= NEAR_TRIGGER_TOKENS for i in (ent.start, ent.end - 1) for t in trigger_tokens)
            ranked.append((2 if other else 0 if near else 1, str(ent.text)))
    return min(ranked, key=lambda r: r[0])[1] if ranked else None
