"""Attacks spoken of as a habit or in general, no claim about one attack: "Ankara says the PKK
uses northern Iraq as a base for attacks", "villagers have long complained that Turkish strikes
hit civilians", "army planes bomb their villages". Such a claim names no doer of the incident
(:func:`rashomon.extract.claim_perpetrator.find_perpetrator`); a claim about one attack ("the
strikes", "attacks that killed 30", "missiles hit a hospital", "the RSF targets the Saudi
hospital") keeps its doer.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from rashomon.extract.attribution import Attribution
from rashomon.extract.frames_text import verb_above
from rashomon.extract.lexicon import Cues, word_set
from rashomon.lexicon import load as load_data

__all__ = ["attacks_in_general", "told_as_habit"]

NOT_EVENTS = word_set("not_events")  # attack nouns of denials, not of events

# a habit ("have long complained", "routinely blames"): the same list as the outlet's habits
_HABITUAL = frozenset(str(w) for w in (load_data("triggers.yaml").get("frames") or {}).get("habitual_adverbs") or ())
_PRESENT = frozenset({"VBZ", "VBP"})
# verbs whose present is written as their past: "missiles hit a hospital" is no habit (grammar)
_PAST_AS_PRESENT = frozenset({"hit", "cut", "put", "set", "burst", "hurt", "spread", "shut", "let", "beat", "cast"})
_CLAUSE_HOPS = 5  # heads climbed from an attack noun to its clause's verb ("a base for attacks")


def attacks_in_general(doc: Doc, attr: Attribution, span: Span, c: Cues) -> bool:
    """Whether the content speaks of attacks only as a habit or in general, no claim about one
    attack: said as a habit ("villagers have long complained that Turkish strikes hit
    civilians", "the junta routinely blames the resistance for attacks"), or every attack word
    a present habit ("army planes bomb their villages") or a bare plural in one ("the PKK uses
    northern Iraq as a base for attacks"). Not "the strikes", "attacks that killed 30",
    "missiles hit a hospital" (one attack)."""
    described = {t.i for r in span if r.dep_ == "relcl" for t in r.subtree}  # "X, which has … been accused of raids"
    attacks = [t for t in span if (t.lemma_.lower() in c.attack_lemmas or t.lemma_.lower() in c.attack_nouns)
               and t.lemma_.lower() not in NOT_EVENTS and t.pos_ in ("VERB", "NOUN") and t.i not in described]
    if not attacks:
        return False
    if 0 <= attr.cue_index < len(doc) and told_as_habit(doc[attr.cue_index]):
        return True
    return all(_in_general(t) for t in attacks)


def told_as_habit(verb: Token) -> bool:
    """"have long complained", "routinely blames": a verb told with a habitual adverb."""
    return any(ch.dep_ == "advmod" and ch.lower_ in _HABITUAL for ch in verb.children)


def _present_habit(verb: Token) -> bool:
    """A verb in the simple present ("uses", "bomb"), or told with a habitual adverb."""
    if told_as_habit(verb):
        return True
    return verb.tag_ in _PRESENT and verb.lower_ not in _PAST_AS_PRESENT and not any(
        ch.dep_ in ("aux", "auxpass") for ch in verb.children)


def _in_general(tok: Token) -> bool:
    """An attack verb of a present habit, or a bare plural attack noun (no article, owner,
    number or clause of its own) in one."""
    if tok.pos_ == "VERB":  # "army planes bomb their villages"; not "the occupation targets the hospital"
        # a subject "that" is the parser's "called that strike an error": one strike, a noun
        subjects = [ch for ch in tok.children if ch.dep_ == "nsubj"]
        return bool(subjects) and not any(ch.tag_ == "DT" for ch in subjects) and _present_habit(tok) \
            and not any(ch.dep_ == "dobj" and _one_thing(ch) for ch in tok.children)
    if tok.tag_ != "NNS" or any(ch.dep_ in ("det", "poss", "nummod", "relcl", "acl") for ch in tok.children):
        return False
    verb = verb_above(tok, _CLAUSE_HOPS)
    return verb.pos_ in ("VERB", "AUX") and verb.i != tok.i and _present_habit(verb)


def _one_thing(obj: Token) -> bool:
    """"the Gaza Baptist Hospital", "this town", "Kharkiv": one thing, named or pointed at, which a
    present tense tells as news; "civilians", "their villages" are things in general."""
    return obj.pos_ == "PROPN" or any(ch.dep_ == "det" and ch.lower_ in _DEFINITE for ch in obj.children)


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # grammar
