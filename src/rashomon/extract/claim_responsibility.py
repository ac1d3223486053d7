"""A claim of responsibility whose object is the incident named again: a relative pronoun or
"it" for the attack, not an attack word.

"The massacre, which the ADF has claimed, …", "the attack, which was claimed by the Islamic
State", "the deadliest attack the group has claimed", "the group's own statement claiming it":
the speaker claims the attack the pronoun (or the gap) stands for, as in "X claimed the
attack" (:func:`rashomon.extract.claim_perpetrator.find_perpetrator` reads that one, with the
attack word as the cue's object). So does a bare "claimed responsibility" after a sentence
about the incident ("IS claimed responsibility on Sunday through its Amaq agency", "JNIM claimed
responsibility in a statement"). Not "which the army claimed was a rebel base" (a clause: what
is claimed is said of it), nor "it" or a bare responsibility where no attack is spoken of, nor
"responsibility for" something named (read by ``find_perpetrator``).
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from rashomon.extract.attribution import Attribution
from rashomon.extract.claim_scene import sentence_of
from rashomon.extract.lexicon import Cues, load_cues_data, word_set

RELATIVES = frozenset({"which", "that"})
INCIDENT_WORDS = frozenset(w.lower() for w in load_cues_data()["incident_words"])
RESPONSIBILITY = word_set("responsibility_nouns")  # "claimed responsibility"
logger = logging.getLogger(__name__)


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
    bare = [o for o in objects if o.dep_ == "dobj" and o.lower_ in RESPONSIBILITY]
    if any(o.lower_ == "it" and o.dep_ == "dobj" for o in objects) or (bare and not any(
            p.dep_ == "prep" and p.lower_ == "for" for w in (cue, *bare) for p in w.children)):
        # "a statement claiming it", "IS claimed responsibility through its Amaq agency": the
        # incident spoken of just before
        sent = sentence_of(doc, cue.i)
        previous = sentence_of(doc, sent.start - 1).start if sent.start > 0 else sent.start
        found = _speaks_of_incident(doc, previous, cue.i, c)
        if found and bare:
            logger.debug("bare claim of responsibility: %s", sent.text[:100])
        return found
    return False
