"""Roles a party named beside an attack word holds that do not make it the doer (read by
:func:`rashomon.extract.claim_perpetrator.find_perpetrator`):

- relief: an attack word that also carries, flies or runs things, used for the wounded or for aid
  ("20 of the wounded had been flown to Turkey for treatment", "a Kenyan military plane had flown
  medical supplies to the city", "Saudi Arabia launched a relief operation");
- asked about: a doer inside a question ("police were checking whether the bombers belonged to
  X", "it was not clear if X had fired", "whether it was an Israeli air strike"): an open
  question alleges no one;
- the occasion: a party doing something else at the time ("…, the ministry said, as Egypt began
  a state of emergency", "the timing, as U.S. forces drew down, suggested …"): a clause of time
  that tells no attack dates the report or frames an analysis, it blames no one.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from rashomon.extract.frames_text import verb_above
from rashomon.extract.lexicon import Cues
from rashomon.lexicon import load as load_data

logger = logging.getLogger(__name__)

_RELIEF = load_data("triggers.yaml").get("relief") or {}
CARRIERS = frozenset(str(w) for w in _RELIEF.get("carriers") or ())
CARGO = frozenset(str(w) for w in _RELIEF.get("cargo") or ())
# the words an argument's head carries that name what it is ("medical supplies", "a relief
# operation"), and the prepositions of purpose and load ("for treatment", "loaded with aid"): grammar
_ON_NOUN = frozenset({"amod", "compound", "nmod"})
_PURPOSE_PREPS = frozenset({"for", "with"})
_ARGUMENTS = frozenset({"dobj", "nsubjpass", "dative", "attr"})
_PURPOSE_CLAUSES = frozenset({"xcomp", "advcl", "acl"})  # "sent a plane to carry the wounded"
# a clause asked about: "checking whether …", "not clear if …" (grammar)
_ASKING = frozenset({"whether", "if"})
# a clause of time: "as X began …", "while X sent …", "after X lifted …" (grammar)
_OCCASION = frozenset({"as", "while", "whilst", "when", "after", "before", "since", "until", "once"})
_CLAUSE_HOPS = 4  # heads climbed from a party to its clause's verb ("as U.S. forces drew down")


def _cargo(tok: Token) -> bool:
    """``tok`` names people in care, aid or care itself: "the wounded", "medical supplies",
    "40 of the wounded", "a relief operation"."""
    words = [tok, *(ch for ch in tok.children if ch.dep_ in _ON_NOUN)]
    words += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in CARGO or w.lower_ in CARGO for w in words)


def _arguments(verb: Token) -> list[Token]:
    """A verb's objects and passive subject, and the objects of its purpose or load prepositions."""
    found = [ch for ch in verb.children if ch.dep_ in _ARGUMENTS]
    return found + [g for p in verb.children if p.dep_ == "prep" and p.lower_ in _PURPOSE_PREPS
                    for g in p.children if g.dep_ == "pobj"]


def _relief_verb(verb: Token, c: Cues, depth: int = 1) -> bool:
    """A carrying verb whose load or purpose is care ("flew medical supplies", "had been flown to
    Turkey for treatment", "sent a plane to carry the wounded"), none of its objects an attack
    or weapon word ("carried out strikes on a hospital" is an attack)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    args = _arguments(verb)
    if any(a.dep_ == "dobj" and (a.lemma_.lower() in c.attack_nouns or a.lemma_.lower() in c.attack_lemmas)
           and not _cargo(a) for a in args):  # not "launched a relief operation": care's own operation
        return False
    if verb.lemma_.lower() in CARRIERS and any(_cargo(a) for a in args):
        return True
    return depth > 0 and verb.lemma_.lower() in CARRIERS and any(
        ch.dep_ in _PURPOSE_CLAUSES and _relief_verb(ch, c, depth - 1) for ch in verb.children)


def _relief_noun(noun: Token, c: Cues) -> bool:
    """A carrying noun in care's service: care on it ("a relief operation", "an aid plane", "a
    relief operation for the survivors"), a clause on it loaded with care ("a plane loaded with
    aid", "a plane carrying medicine"), or the verb it does or undergoes a relief verb ("a plane
    had flown medical supplies", "sent a plane to carry the wounded")."""
    if _cargo(noun) or any(g.dep_ == "pobj" and _cargo(g) for p in noun.children
                           if p.dep_ == "prep" and p.lower_ in _PURPOSE_PREPS for g in p.children):
        return True
    if any(ch.dep_ == "acl" and any(_cargo(a) for a in _arguments(ch)) for ch in noun.children):
        return True
    return noun.dep_ in {"nsubj", "dobj", "nsubjpass"} and _relief_verb(noun.head, c)


def relief_uses(sentence: Span, c: Cues) -> frozenset[int]:
    """The attack words of ``sentence`` (token indices) used for relief, not for an attack."""
    found = set()
    for tok in sentence:
        lemma = tok.lemma_.lower()
        if lemma not in CARRIERS or (lemma not in c.attack_lemmas and lemma not in c.attack_nouns):
            continue
        if (tok.pos_ == "VERB" and _relief_verb(tok, c)) or (tok.pos_ in {"NOUN", "PROPN"} and _relief_noun(tok, c)):
            found.add(tok.i)
    return frozenset(found)


# the verbs of a ground attack as written (triggers.yaml ground_attackers: "stormed", "raided",
# "abducted") with their subject: an attack spoken of, though cues.yaml's attack words (those whose
# negation denies) lack them
_GROUND_VERBS = frozenset(str(w).lower() for w in (load_data("triggers.yaml").get("ground_attackers") or {})
                          .get("verbs") or ())


def speaks_of_attack_but(sentence: Span, c: Cues, relief: frozenset[int]) -> bool:
    """An attack word stands in the sentence other than those in relief's service."""
    return any(t.i not in relief and ((lemma := t.lemma_.lower()) in c.attack_lemmas or lemma in c.attack_nouns
                                      or _ground_attack(t))
               for t in sentence)


def _ground_attack(tok: Token) -> bool:
    """A ground attack's verb told with its doer ("the terrorists of X had stormed the base");
    not a victim's passive ("schoolgirls kidnapped by the group", "had been abducted near X")."""
    return tok.pos_ == "VERB" and tok.lower_ in _GROUND_VERBS and any(ch.dep_ == "nsubj" for ch in tok.children)


def asked(tok: Token) -> bool:
    """Whether ``tok`` stands in a clause asked about ("whether the bombers belonged to X",
    "if X had fired"): what is asked is not said (logged: every firing is read)."""
    if any(any(ch.dep_ == "mark" and ch.lower_ in _ASKING for ch in t.children) for t in [tok, *tok.ancestors]):
        logger.debug("asked about, not alleged: %s in %s", tok.text, tok.doc[max(0, tok.i - 10):tok.i + 4].text)
        return True
    return False


def occasion(tok: Token, c: Cues) -> bool:
    """Whether ``tok`` stands in a clause of time whose verb tells no attack ("as Egypt began a
    state of emergency", "as U.S. forces drew down"): the occasion of the report or of an
    analysis, not the doer (logged: every firing is read). "as Azerbaijani forces shelled the
    town" tells an attack, whose doer the attack word names."""
    verb = verb_above(tok, _CLAUSE_HOPS)
    if verb.pos_ not in ("VERB", "AUX") or not any(ch.dep_ == "mark" and ch.lower_ in _OCCASION
                                                   for ch in verb.children):
        return False
    if (lemma := verb.lemma_.lower()) in c.attack_lemmas or lemma in c.attack_nouns or _ground_attack(verb):
        return False
    logger.debug("occasion, no doer: %s in %s", tok.text, tok.doc[max(0, tok.i - 6):verb.i + 6].text)
    return True
