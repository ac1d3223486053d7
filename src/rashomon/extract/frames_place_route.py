"""A route's end points: "a train travelling from Quetta to Peshawar", "a bus that had left
Culiacan for Mazatlan".

Where a train or a bus came from and was going says where its route runs, not where on it the
attack was: such a place ranks after every place of its area named otherwise, a region too
("... from Culiacan to Mazatlan in Sinaloa state": Sinaloa; :func:`~.frames_places.choose_place`).
A place is a route's end when it hangs on "from" beside a "to" or "for" on the same word (or the
other way round), or is the object of a verb of departure (``depart_verbs`` of
``data/place_words.yaml``: "left Quetta for Peshawar"), which weighs like "from". "Three people
from Samarra" is no route: where people are from, no end point.
"""

from __future__ import annotations

from spacy.tokens import Token

from rashomon.lexicon import words

_DEPART = words("place_words.yaml", "depart_verbs")  # "the train, which left Quetta for ..."
# grammar: the prepositions of a route's start and of its end ("from X to Y", "left X for Y")
_START = "from"
_ENDS = frozenset({"to", "for"})


def departure(token: Token) -> bool:
    """Whether a place is the object of a verb of departure ("left Quetta")."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _DEPART


def route_end(token: Token, prep: str | None) -> bool:
    """Whether the place phrase ``token`` (its root), hanging on ``prep``, is a start or an end
    of a route."""
    if prep is None:
        return departure(token)
    if token.dep_ != "pobj" or token.head.pos_ != "ADP":
        return False
    holder = token.head.head
    siblings = {c.lower_ for c in holder.children if c.dep_ == "prep" and c.i != token.head.i}
    if prep == _START:
        return bool(siblings & _ENDS)
    if prep in _ENDS:
        return _START in siblings or departure_of(holder)
    return False


def departure_of(holder: Token) -> bool:
    """Whether a word is a verb of departure with a place object ("left Quetta for Peshawar")."""
    return holder.lemma_.lower() in _DEPART and any(c.dep_ == "dobj" for c in holder.children)
