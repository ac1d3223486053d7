"""The words of an incident's date that nothing resolved, for a frame's ``date_text``: an
undated article's "Friday's attack" or "struck their car on Tuesday" cannot be resolved, but the
weekday is still what linking reads to place the report among dated ones."""

from __future__ import annotations

from spacy.tokens import Span, Token

from rashomon.extract.frames_dates import (
    NEAR_TRIGGER_TOKENS,
    date_span,
    dates_a_statement,
    is_period,
    right_after_statement_verb,
)
from rashomon.extract.frames_text import TIME_WORDS, governor, time_root
from rashomon.extract.lexicon import word_set
from rashomon.gazetteer.dates import resolve_date
from rashomon.nlp.entities import ents_in

_ANY_DAY = "2000-01-03"  # a day to test whether words would resolve at all (any day does)
VICTIM_VERBS = word_set("victim_verbs")  # "killed on the night of …": the incident's own day


def _part_of_day(root: Token) -> Token:
    """The part of a day a date is "of": "Sunday October 27" in "on the night of Sunday
    October 27" → night, which is what the clause hangs on."""
    of = root.head
    if root.dep_ == "pobj" and of.lower_ == "of" and of.head.i != of.i and of.head.lower_ in TIME_WORDS:
        return of.head
    return root


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
            gov = governor(_part_of_day(root))
            other = is_period(ent) or dates_a_statement(gov, trigger_tokens) or right_after_statement_verb(ent, root)
            # on a trigger word, beside one, or on the verb of the victims' deaths ("soldiers
            # killed in the attack on their base on the night of …")
            near = root.head.i in trigger_tokens or gov.i in trigger_tokens or any(
                abs(i - t) <= NEAR_TRIGGER_TOKENS for i in (ent.start, ent.end - 1) for t in trigger_tokens) or (
                gov.pos_ == "VERB" and gov.lemma_.lower() in VICTIM_VERBS)
            ranked.append((2 if other else 0 if near else 1, str(ent.text)))
    return min(ranked, key=lambda r: r[0])[1] if ranked else None
