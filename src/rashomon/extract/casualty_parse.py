"""Casualty figures read off the parse, for what the word-order regexes of
:mod:`rashomon.extract.numbers` miss: victims with a long noun phrase or an aside between
them and the verb.

* "At least 38 foreign fighters allied to the government were killed" → killed (38, None)
* "14 servicemen, including several advisers, were killed" → killed (14, 14)
* "52 people died" → killed (52, 52)

A figure is taken only from the subject of a passive casualty verb (or of "die"), through
its number modifier, and read with :func:`~rashomon.extract.numbers.parse_quantity`, so the
conventions are the same.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from rashomon.extract.numbers import Kind, parse_quantity
from rashomon.types import Figure

VERBS: dict[str, Kind] = {"kill": "killed", "die": "killed", "murder": "killed", "execute": "killed",
                          "martyr": "killed", "wound": "injured", "injure": "injured", "hurt": "injured"}
INTRANSITIVE = frozenset({"die"})


def _quantity(noun: Token) -> Figure | None:
    if noun.like_num:  # "22 of its fighters were killed"
        toks = [t for t in noun.subtree if t.i <= noun.i]
    else:
        num = next((c for c in noun.children if c.dep_ == "nummod"), None)
        if num is None:
            return None
        toks = list(num.subtree)
    phrase = noun.doc[toks[0].i:toks[-1].i + 1].text
    return parse_quantity(phrase)


def parse_casualties(span: Span) -> list[tuple[Kind, Figure, Token]]:
    """(kind, figure, victims' token) of the casualty clauses in ``span``, in text order."""
    out: list[tuple[Kind, Figure, Token]] = []
    for tok in span:
        kind = VERBS.get(tok.lemma_.lower())
        if kind is None or tok.pos_ not in {"VERB", "AUX"}:
            continue
        for child in tok.children:
            passive = child.dep_ == "nsubjpass"
            intransitive = child.dep_ == "nsubj" and tok.lemma_.lower() in INTRANSITIVE
            if not (passive or intransitive):
                continue
            figure = _quantity(child)
            if figure is not None:
                out.append((kind, figure, child))
    return out
