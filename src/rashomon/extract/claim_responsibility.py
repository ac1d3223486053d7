"""A claim of responsibility whose object is the incident named again: a relative pronoun or
"it" for the attack, not an attack word.

"The massacre, which the ADF has claimed, …", "the attack, which was claimed by the Islamic
State", "the deadliest attack the group has claimed", "the group's own statement claiming it":
the speaker claims the attack the pronoun (or the gap) stands for, as in "X claimed the
attack" (:func:`rashomon.extract.claim_perpetrator.find_perpetrator` reads that one, with the
attack word as the cue's object). Not "which the army claimed was a rebel base" (a clause: what
is claimed is said of it), nor "it" where no attack is spoken of.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from rashomon.extract.attribution import Attribution
from rashomon.extract.lexicon import Cues, load_cues_data

RELATIVES = frozenset({"which", "that"})
INCIDENT_WORDS = frozenset(w.lower() for w in load_cues_data()["incident_words"])


def _incident_noun(tok: Token, c: Cues) -> bool:
    """"attack", "massacre", "bombing", "ambush": a noun for the incident."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in {"NOUN", "PROPN"} and (lemma in c.attack_nouns or lemma in INCIDENT_WORDS
                                              or tok.lower_ in INCIDENT_WORDS)


def _speaks_of_incident(doc: Doc, start: int, end: int, c: Cues) -> bool:
    """An incident noun or an attack verb among the tokens ``start``..``end``."""
    return any(_incident_noun(t, c) or (t.pos_ == "VERB" and t.lemma_.lower() in c.attack_lemmas)
               for t in doc[max(0, start):end])


def claims_by_reference(doc: Doc, attr: Attribution, c: Cues) -> bool:
    """Whether the cue claims the incident named by a pronoun or a relative clause (see the
    module docstring)."""
    if attr.cue != "claim" or not 0 <= attr.cue_index < len(doc):
        return False
    cue = doc[attr.cue_index]
    if cue.pos_ != "VERB" or any(ch.dep_ in {"ccomp", "xcomp", "neg"} for ch in cue.children):
        return False  # "which the army claimed was a rebel base": a clause is claimed
    objects = [ch for ch in cue.children if ch.dep_ in {"dobj", "nsubjpass"}]
    if cue.dep_ == "relcl" and _incident_noun(cue.head, c):
        # "the massacre, which the ADF has claimed", "…, which was claimed by IS", "the attack
        # the group claimed" (no object: the gap is the attack)
        return not objects or any(o.lower_ in RELATIVES for o in objects)
    if any(o.lower_ == "it" and o.dep_ == "dobj" for o in objects):
        # "a statement claiming it": "it" is the incident spoken of just before
        sent = cue.sent
        previous = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return _speaks_of_incident(doc, previous, cue.i, c)
    return False
