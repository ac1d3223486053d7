"""Where the dead were brought, not where they died: "the bodies ... were received at the
military hospital in Pemba", "families gathered at the army camp in Markala to receive the
bodies of soldiers killed in an attack".

A place said of the verb whose object (or passive subject) is the dead's remains ("bodies",
"corpses": ``killed.counted`` of ``data/casualty_words.yaml``), or of a verb whose purpose
clause is one ("gathered at X to receive the bodies"), is where the remains went: like a
hospital the wounded were taken to (:func:`~.frames_place_filters.destination`), it keeps only
its country, weakly. "Bodies were found at X" or "lay in X" is the incident's place still: a
verb of finding (``count_verbs`` of ``casualty_words.yaml``) or a preposition of being in a
place ("in": ``container_words``) says where the dead were, not where they were taken.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from rashomon.lexicon import words

_REMAINS = words("casualty_words.yaml", "killed", "counted")  # "bodies", "corpses"
_FINDING = words("casualty_words.yaml", "count_verbs")  # "found", "recovered", "pulled out": where they lay
_TO = words("place_words.yaml", "destination", "prepositions")  # into, to, at, ...: where they went
_IN = words("place_words.yaml", "container_words")  # in, inside: where they were, not where they went
_HOPS = 3  # the place, the noun it is in ("the hospital in Pemba"), the verb: a bound on the walk up


def _verb_of(token: Token) -> Token | None:
    """The verb a place phrase hangs on by a preposition of an end point, through at most two
    nouns ("received at the military hospital in Pemba": received; "found in a grave": none)."""
    tok = token
    for _ in range(_HOPS):
        if tok.dep_ != "pobj" or tok.head.pos_ != "ADP":
            return None
        head = tok.head.head
        if head.pos_ in ("VERB", "AUX"):
            prep = tok.head.lower_
            return head if prep in _TO and prep not in _IN and head.lower_ not in _FINDING else None
        if head.pos_ not in ("NOUN", "PROPN") or head.i == tok.head.i:
            return None
        tok = head
    return None


def _takes_remains(verb: Token) -> bool:
    """Whether a verb's object or passive subject is the remains ("received the bodies", "the
    bodies were received")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _REMAINS for c in verb.children)


def remains_brought(doc: Doc, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is where the dead's remains were taken: said of a
    verb taking them, or of one whose purpose clause ("to receive the bodies") does."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or (verb := _verb_of(span.root)) is None:
        return False
    if _takes_remains(verb):
        return True
    return any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and _takes_remains(c) for c in verb.children)
