"""A named group the actor gazetteer does not know, told as the doer (read by
:func:`rashomon.extract.claim_perpetrator.find_perpetrator`): "the Ansarul Islam group had
carried out the attack", "the raid was carried out by fighters of the Liberation Brigade", "the
bomber belonged to Tehreek-e-Jihad Waziristan", "X was behind the attack", "blamed the X Front
for the massacre". News names groups no list holds (a new front, a splinter, a local militia);
the group's own name is then the party. The parser often does not tag such names (a small model
knows few of them), so the name is read from the proper nouns in the doer's place, and taken
only when it looks like a group's (a group word in it, or the parser's ORG tag), no gazetteer
entry matches it, and the place leaves no doubt: the subject of a violent verb or of an attack
told with its object, the agent of an attack, the one behind it or involved in it, whom the
doers belong to; never the weaker places a known party may take (a modifier, any subject).
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from rashomon.extract.claim_blame import authored, charged_with_deed, involved_in, pointed_at, tied_to
from rashomon.extract.claim_members import DOER_NOUNS, MEMBERS_OF, doers_group, group_of
from rashomon.extract.claim_roles import asked
from rashomon.extract.dateline import in_dateline
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues
from rashomon.extract.state_officials import country_party
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.lexicon import load as load_data

logger = logging.getLogger(__name__)

_TRIGGERS = load_data("triggers.yaml")
_NEW = _TRIGGERS.get("new_groups") or {}
# words of a name that make it a state body, a newsroom, an aid or rights body: never a new group
NOT_GROUP_WORDS = frozenset(str(w).lower() for w in _NEW.get("not_group_words") or ())
GROUP_WORDS = frozenset(str(w).lower() for w in _NEW.get("group_words") or ())
# the attack verbs that are violent by themselves; the others ("carried out", "launched",
# "conducted") only with an attack word as their object ("carried out an assessment" is none)
VIOLENT = frozenset(str(w) for w in _NEW.get("violent_verbs") or ())
GROUND_VERBS = frozenset(str(w).lower() for w in (_TRIGGERS.get("ground_attackers") or {}).get("verbs") or ())
# a name's head that is a generic word written with a capital ("Gunmen", "Rockets" after a
# dateline's dash): the doers' or the attack's own words, no group's name
GENERIC = DOER_NOUNS | MEMBERS_OF | frozenset({"gunmen", "rockets", "militants", "fighters", "attackers"})
# entity tags of a name that is a place's, a person's or a people's, not a group's (spaCy labels)
_NOT_GROUP_TAGS = frozenset({"GPE", "LOC", "PERSON", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})
_NAME_DEPS = frozenset({"compound", "flat", "amod", "nmod", "poss"})  # inside a name, not its head
_STRUCK_PREPS = frozenset({"on", "at", "against", "into"})  # "fired on", "opened fire at" (grammar)
_NAME_POS = frozenset({"PROPN", "ADJ", "NOUN"})  # a name's words ("Libyan National Army")


def _words(tok: Token) -> list[Token]:
    """The name ending at ``tok``: from its first capitalised word to ``tok`` ("the little-known
    Ansarul Islam group" -> "Ansarul Islam group", "his self-styled Libyan National Army" ->
    "Libyan National Army")."""
    span = tok.doc[tok.left_edge.i:tok.i + 1]
    first = next((t.i for t in span if t.pos_ in _NAME_POS and (t.is_title or t.is_upper)), None)
    return [] if first is None else list(tok.doc[first:tok.i + 1])


def group_name(tok: Token, actors: ActorGazetteer) -> str | None:
    """The name of a group the gazetteer does not know whose head is ``tok``, or None."""
    if tok.dep_ in _NAME_DEPS or (tok.pos_ != "PROPN" and tok.lower_ not in GROUP_WORDS):
        return None
    if tok.head.i != tok.i and tok.head.pos_ == "PROPN" and tok.dep_ != "appos":
        return None  # a word inside a longer name ("Jihad" in "Tehreek-e-Jihad Waziristan")
    words = _words(tok)
    if not words or in_dateline(text_of(tok.doc), words[0].idx, words[0].idx + len(words[0].text)):
        return None  # "NIAMEY - Gunmen killed …", "KHARTOUM - Shelling killed …": the dateline run into the lead
    if tok.lower_ in GENERIC or tok.lemma_.lower() in GENERIC or any(w.tag_ == "POS" for w in words):
        return None  # "Rockets", "Gunmen"; someone's forces ("the junta's air force"), no group's name
    if any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in tok.children):
        return None  # "hit by an RPG": a thing of a kind, no group's name
    lowered = [w.lower_.strip(".,'’") for w in words]
    if any(w in NOT_GROUP_WORDS for w in lowered):
        return None
    tagged_org = any(w.ent_type_ == "ORG" for w in words)
    if not tagged_org and not any(w in GROUP_WORDS for w in lowered):
        return None  # a person's or a town's name
    if all(w.ent_type_ in _NOT_GROUP_TAGS for w in words if w.pos_ == "PROPN"):
        return None  # "Waziristan", "Haftar"
    name = tok.doc[words[0].i:tok.i + 1].text
    if actors.find(name) or country_party(name, actors):
        return None  # a known actor (its party, if any, was read already), a country
    return name


def _attack_told(verb: Token, c: Cues) -> bool:
    """A violent verb ("bombed", "stormed"), or an attack verb with an attack word as its object
    ("carried out the attack", "launched an assault"), not negated."""
    if verb.pos_ != "VERB" or any(ch.dep_ == "neg" for ch in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in VIOLENT or verb.lower_ in GROUND_VERBS:
        # with whom or what it struck ("stormed the camp", "fired on the convoy"), and that no
        # undertaking ("is targeting a launch in April", "is shooting for a launch")
        objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
        struck = objects or any(ch.dep_ == "prep" and ch.lower_ in _STRUCK_PREPS for ch in verb.children)
        return struck and not any(o.lemma_.lower() in c.attack_lemmas and o.lemma_.lower() not in c.attack_nouns
                                  for o in objects)
    return lemma in c.attack_lemmas and any(
        ch.dep_ == "dobj" and (ch.lemma_.lower() in c.attack_nouns or ch.lemma_.lower() in c.attack_lemmas)
        for ch in verb.children)


def _behind(root: Token, c: Cues) -> bool:
    """"X was behind the attack": the subject of the copula with "behind" and an attack word."""
    head = root.head
    return root.dep_ == "nsubj" and head.lemma_ == "be" and any(
        p.dep_ == "prep" and p.lower_ == "behind" and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in c.attack_nouns or g.lemma_.lower() in c.attack_lemmas)
            for g in p.children) for p in head.children)


def _doer_place(root: Token, c: Cues, relief: frozenset[int]) -> bool:
    """Whether a new group (its name's head, or the group's men or part it was climbed to:
    "fighters of X") stands in a doer's place that leaves no doubt."""
    head = root.head
    if head.i in relief or asked(root):
        return False
    if root.dep_ == "nsubj" and _attack_told(head, c):
        return True  # "the Ansarul Islam group had carried out the attack", "X stormed the camp"
    if root.dep_ == "pobj" and head.lower_ == "by" and (
            (head.dep_ == "agent" and (head.head.lemma_.lower() in c.attack_lemmas
                                       or head.head.lower_ in GROUND_VERBS))
            or head.head.lemma_.lower() in c.attack_nouns):
        return True  # "the attack was carried out by X", "an attack by X"
    return _behind(root, c) or involved_in(root, c) or authored(root) or tied_to(root, c) \
        or pointed_at(root) or doers_group(root)


def new_group_in(span: Span, actors: ActorGazetteer, c: Cues, relief: frozenset[int]) -> str | None:
    """The first group new to the gazetteer the content names as the doer, or None."""
    for tok in span:
        name = group_name(tok, actors)
        if name is None:
            continue
        if _doer_place(group_of(tok), c, relief):
            logger.debug("a group new to the gazetteer as the doer: %s in %s", name, span.text[:160])
            return name
    return None


def accused_group(cue: Token, actors: ActorGazetteer, c: Cues) -> str | None:
    """"blamed the Kivu Liberation Front for the massacre": the accused, a group the gazetteer
    does not know, charged with an attack (or with nothing written)."""
    obj = next((ch for ch in cue.children if ch.dep_ == "dobj"), None)
    if obj is None or not charged_with_deed(cue, obj, c):
        return None
    name = group_name(obj, actors)
    if name is not None:
        logger.debug("a group new to the gazetteer accused: %s", name)
    return name
