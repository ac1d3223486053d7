"""Which places the incident's own words put it in, and which capitals stand for governments.

A report from a neighbouring country names two towns of two countries: "wounded in drone
strikes on the Malian border town of X were carried across the border to the Algerian town of
Y". The place the incident's word (a trigger: "strikes", "clashes", "attack") governs is where
it happened, the other is where its victims went (:func:`struck`). Which word is a trigger is
the trigger lexicon's; the rest is grammar: the place hangs on a preposition of place whose head
lies in a trigger, or is the object of one ("hit the village of X"), or hangs on "of" after a town
noun ("the village of X") that does.

"Relations between Algiers and Bamako", "talks between Kinshasa and Kigali": two capitals joined
by "and" name two governments, no place of anything (:func:`paired_capitals`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from rashomon.extract.frames_text import MODIFIERS, Sent, climb
from rashomon.lexicon import words

_LEXICON = "place_words.yaml"
# the prepositions that put an incident in a place ("strikes on X", "clashes in X", "an attack
# near X"), and "<town noun> of X" (the lexicon of frames_place_unknown)
_AT = words(_LEXICON, "unknown_place", "prepositions") | words(_LEXICON, "unknown_place", "on_prepositions")
_HOLDER_PREPS = words(_LEXICON, "unknown_place", "holder_prepositions")
_TOWN_NOUNS = words(_LEXICON, "unknown_place", "town_nouns")
_AND = re.compile(r"\s+and\s+$")  # grammar: "Algiers and Bamako"


def struck(doc: Doc, sent: Sent, start: int, end: int, trigger_tokens: set[int]) -> bool:
    """Whether the place at ``start``-``end`` is where the sentence's incident word puts the
    incident: "strikes on the Malian border town of X", "clashes in Y", "an attack near Z"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not trigger_tokens:
        return False
    tok = span.root
    for hop in range(2):  # the place, then the town noun holding it ("the border town of X")
        tok = climb(tok, (*MODIFIERS, "appos"))
        if tok.dep_ == "dobj":  # "shelling hit the Pakistani village of X", "gunmen attacked Y"
            return tok.head.i in trigger_tokens
        if tok.dep_ != "pobj" or tok.head.pos_ != "ADP":
            return False
        prep, head = tok.head, tok.head.head
        if prep.lower_ in _AT:
            return head.i in trigger_tokens
        if hop or prep.lower_ not in _HOLDER_PREPS or head.lemma_.lower() not in _TOWN_NOUNS:
            return False
        tok = head
    return False


def paired_capitals(text: str, spans: list[tuple[int, int]], capital: list[bool]) -> set[int]:
    """The indices of ``spans`` (place names in text order) that are capitals joined by "and" to
    another capital: "between Algiers and Bamako" names two governments."""
    out: set[int] = set()
    for n in range(len(spans) - 1):
        if capital[n] and capital[n + 1] and _AND.match(text[spans[n][1]:spans[n + 1][0]]):
            out.update((n, n + 1))
    return out
