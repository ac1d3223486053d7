"""Where the wounded, the dead or the survivors were carried, not where they were harmed.

"The wounded were moved to Quetta, the provincial capital", "19 of the injured had been taken
to Maiduguri for treatment", "about 40 people were wounded, some of whom had been moved to
hospitals in Dori", "eight children were flown to Nairobi for treatment": a report of a raid on
a village the gazetteer may not have names the town with the hospital, often the region's
capital, and that town then outranks the region of the scene. A place is such an end point when
it hangs (directly, or through the noun it is in: "hospitals in Dori") on a preposition of an
end point ("to", "into", "at": ``destination.prepositions`` less the container words) of a verb
of carrying (``destination.carry_verbs``: take, move, fly, bring, send …) and

* what is carried is the harmed (its object or passive subject is, or is "some of", the wounded,
  the injured, the dead, the bodies, the survivors, the victims: ``destination.carried_words``
  and ``casualty_words.yaml``),
* or the harmed went there themselves ("survivors who reached Dori said": a verb of arriving,
  ``destination.fled_verbs``, whose subject is the harmed),
* or the carrying is for care ("for treatment": ``destination.care_purposes``),
* or the place is that of a hospital the passive subject was carried to ("some of whom had been
  moved to hospitals in Dori").

Like a hospital the wounded were treated at (:func:`~.frames_place_filters.destination`) the
place keeps only its country, weakly (:mod:`.frames_places`). "Troops were sent to Beni",
"gunmen took the hostages to a forest" and "the wounded lay in the streets of X" tell no such
end point (no harmed carried, no care; "in" says where they were). Burial is left out on
purpose: the dead are mostly buried where they died ("44 people had been buried in the
village", "27 bodies had been buried in Gamboru").
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from rashomon.lexicon import words

logger = logging.getLogger(__name__)

_LEXICON = "place_words.yaml"
_ENDS = words(_LEXICON, "destination", "prepositions")  # to, into, at, in ...: where a movement ends
_TO = _ENDS - words(_LEXICON, "container_words")  # to, into, at: where one is carried ("taken in" is no end)
_IN = words(_LEXICON, "container_words")  # "hospitals in Dori": the holder noun's preposition
_CARRY = words(_LEXICON, "destination", "carry_verbs")  # take, move, fly, bring, send, ... (lemmas)
_MOVE = words(_LEXICON, "destination", "fled_verbs")  # reach, arrive, ...: "survivors who reached Dori"
# the harmed: "the wounded", "19 of the injured", "the bodies", "survivors"
_HARMED = words(_LEXICON, "destination", "carried_words") | words("casualty_words.yaml", "victim_groups") | \
    words("casualty_words.yaml", "injured", "participles") | words("casualty_words.yaml", "killed", "counted")
_CARE_SITES = words("casualty_words.yaml", "part_hospitals") | words(_LEXICON, "destination", "care_sites")
_CARE = words(_LEXICON, "destination", "care_purposes")  # "for treatment"
_FOR = "for"  # grammar: a purpose ("flown to Nairobi for treatment")
_PARTITIVE = "of"  # grammar: "some of the wounded", "19 of the injured"
_RELATIVES = frozenset({"who", "whom", "which", "that"})  # grammar: "some of whom" points to the antecedent


def _carrying(token: Token) -> tuple[Token, Token | None, str] | None:
    """(the verb, the noun between, the preposition) when the place hangs on a preposition of a
    verb, directly ("moved to Quetta") or through one noun ("moved to hospitals in Dori"), or is
    the verb's object ("reached Dori": no preposition)."""
    tok, between = token, None
    while tok.dep_ == "conj" and tok.head.i < tok.i:  # "flown to Turkey and Qatar": the first conjunct's verb
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        return tok.head, None, ""
    for hop in range(2):
        if tok.dep_ != "pobj" or tok.head.pos_ != "ADP":
            return None
        prep, head = tok.head.lower_, tok.head.head
        if head.pos_ in ("VERB", "AUX"):
            return (head, between, prep) if prep in _ENDS else None
        if hop or prep not in _IN | _ENDS or head.pos_ not in ("NOUN", "PROPN") or head.i == tok.head.i:
            return None
        tok = between = head
    return None


def _antecedent(relative: Token) -> Token | None:
    """The noun a relative pronoun stands for: "people wounded, some of whom had been moved":
    up to the relative clause's verb, then the noun it hangs on."""
    tok = relative
    for _ in range(4):
        if tok.dep_ == "relcl":
            return tok.head if tok.head.i != tok.i else None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _harmed(noun: Token, depth: int = 2) -> bool:
    """Whether a noun phrase names the harmed: "the wounded", "24 wounded people", "some of the
    injured", "bodies", "about 40 people wounded, some of whom" (the antecedent of "whom")."""
    if noun.lower_ in _HARMED or noun.lemma_.lower() in _HARMED:
        return True
    if depth == 0:
        return False
    if noun.lower_ in _RELATIVES:
        return (antecedent := _antecedent(noun)) is not None and _harmed(antecedent, depth - 1)
    for child in noun.children:
        if child.dep_ in ("amod", "acl", "compound") and (child.lower_ in _HARMED or child.lemma_.lower() in _HARMED):
            return True
        if child.dep_ == "prep" and child.lower_ == _PARTITIVE and \
                any(_harmed(p, depth - 1) for p in child.children if p.dep_ == "pobj"):
            return True
    return False


def carried_there(doc: Doc, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is where the harmed were carried (the module's rules)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or (found := _carrying(span.root)) is None:
        return False
    verb, between, prep = found
    lemma = verb.lemma_.lower()
    if not ((lemma in _CARRY and prep in _TO) or (lemma in _MOVE and (prep in _ENDS or not prep))):
        return False  # the cheap test first: most places hang on no verb of carrying
    # who is carried ("the wounded were moved", "carried 20 wounded people"), or who went
    # ("survivors who reached Dori"; "gunmen reached the village" is the scene)
    carried = [c for c in verb.children if c.dep_ in (("dobj", "nsubjpass") if lemma in _CARRY else ("nsubj",))]
    why = "harmed" if any(_harmed(c) for c in carried) else \
        "care" if any(c.dep_ == "prep" and c.lower_ == _FOR and any(p.lower_ in _CARE for p in c.children)
                      for c in verb.children) else \
        "hospital" if between is not None and between.lower_ in _CARE_SITES and \
        any(c.dep_ == "nsubjpass" for c in verb.children) else None
    if why is None:
        return False
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("carried there (%s): %r in %r", why, span.text, verb.sent.text)
    return True
