"""The doers' group (read by :func:`rashomon.extract.claim_perpetrator.find_perpetrator` and
:mod:`rashomon.extract.claim_new_group`): "members of X", "fighters of X", "a faction of X" as the
doers climb to X; "the suspects were members of X", "the bomber belonged to X" name X as the
doers' side; "two of them members of X", "the dead belonged to X" are the victims'. Split from
claim_perpetrator.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from rashomon.extract.lexicon import word_set
from rashomon.lexicon import load as load_data

logger = logging.getLogger(__name__)

MEMBERSHIP = word_set("membership_words")  # "were members of X", "belonged to X": whose the victims were


def _group_nouns() -> frozenset[str]:
    """Lemmas of the nouns for a non-state group's men (``ground_attackers.groups`` in
    ``data/triggers.yaml``: fighters, militants, gunmen …): "the attackers were fighters of the
    ADF" says whose men did it, as "members of" does."""
    groups = (load_data("triggers.yaml").get("ground_attackers") or {}).get("groups") or ()
    single = [str(g).lower() for g in groups if " " not in str(g)]
    return frozenset(w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in single)


ANSWER_OBJECTS = frozenset(str(w) for w in load_data("triggers.yaml").get("answer_objects") or ())
# "members of X" and "fighters of X" (as the attribute of doers: "the gunmen were fighters of X")
# ... and an armed group's men by any word (triggers.yaml answer_objects: "the terrorists of Boko
# Haram stormed the base")
MEMBERS_OF = MEMBERSHIP | _group_nouns() | ANSWER_OBJECTS
DOER_NOUNS = word_set("doer_nouns")  # "the suspects were members of X": X did it
# a group's parts ("a faction of X")
GROUP_UNITS = frozenset(str(w) for w in load_data("triggers.yaml").get("group_units") or ())


def doers_described(sentence: Span) -> bool:
    """"the attackers were members of the ADF", "the gunmen were Boko Haram fighters": the attack's
    doers (``doer_nouns``) as the subject of a copula speak of the attack without an attack word;
    the membership rules below then name their group."""
    return any(t.dep_ in {"nsubj", "nsubjpass"} and _doers_word(t) and (membership_or_be(t.head) or any(
        _said_members(g) for p in t.head.children if p.lower_ in _AS for g in p.children))
               for t in sentence)  # "… had been identified as members of X"


def membership_or_be(verb: Token) -> bool:
    """The copula, or a membership verb on it or conjoined with it ("the attackers belonged to
    X", "the attackers were trained abroad and belonged to X")."""
    return verb.lemma_ == "be" or verb.lemma_.lower() in MEMBERSHIP or any(
        ch.dep_ == "conj" and ch.lemma_.lower() in MEMBERSHIP for ch in verb.children)


def doers(members: Token) -> bool:
    """Whether "members of X" are who acted: the subject ("members of JNIM attacked"), in
    apposition to it ("the gunmen, members of JNIM, attacked") or the agent ("an attack by
    members of JNIM"); elsewhere they are the victims ("two of them members of X")."""
    holder = members.head if members.dep_ == "appos" else members
    return holder.dep_ in {"nsubj", "agent"} or (holder.dep_ == "pobj" and holder.head.lower_ == "by")


def doers_are_members(member: Token) -> bool:
    """Whether the subject of "were members of X" / "belonged to X" / "had been identified as
    members of X" is the attack's doers ("the suspects", "the gunmen", "several of the
    attackers"), not its victims ("the two men killed")."""
    verb = member if member.pos_ in {"VERB", "AUX"} else member.head
    if verb.lower_ in _AS and verb.head.pos_ == "VERB":
        verb = verb.head  # "were identified as members of X": the identifying verb's subject
    if verb.dep_ == "conj" and not any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in verb.children):
        verb = verb.head  # "the attackers were trained abroad and belonged to X": the first verb's subject
    return any(ch.dep_ in {"nsubj", "nsubjpass"} and _doers_word(ch) for ch in verb.children)


def _doers_word(subject: Token) -> bool:
    """"the gunmen", and a part of them: "several of the attackers", "two of the bombers"."""
    return subject.lemma_.lower() in DOER_NOUNS or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in DOER_NOUNS
                                                     for g in p.children) for p in subject.children)


_AS = frozenset({"as"})  # "identified as members of X", "described as fighters of X" (grammar)
# what the doers were said to be, beside the copula's attribute: "identified as members of X" (the
# object of "as" on a verb), and whom they came from: "the killers were fighters from X" (grammar)
_SAID_TO_BE = frozenset({"attr"})
_FROM = frozenset({"from"})


def _said_members(tok: Token) -> bool:
    """A word for a group's men said of the doers: the copula's attribute ("were fighters of X") or
    the object of "as" on a verb ("had been identified as members of X")."""
    if tok.lemma_.lower() not in MEMBERS_OF:
        return False
    return tok.dep_ in _SAID_TO_BE or (tok.dep_ == "pobj" and tok.head.lower_ in _AS and tok.head.head.pos_ == "VERB")


def group_of(root: Token) -> Token:
    """The group's part or men a party's root stands under when they are the doers: "a faction
    of the Central General Staff planned it", "carried out by fighters of X", "members of X
    detonated the bomb", both ("fighters of the Bakura faction of X"); else the root itself."""
    while root.dep_ == "pobj" and root.head.lower_ == "of" and (
            (whose := root.head.head).lemma_.lower() in GROUP_UNITS
            or (whose.lemma_.lower() in MEMBERS_OF and doers(whose))):
        logger.debug("the group of %s: %s", whose.text, root.text)
        root = whose
    return root


def membership_of(root: Token) -> Token | None:
    """The membership word above a party's root ("were members of X", "belonged to X")."""
    return next((a for a in list(root.ancestors)[:4]
                 if a.lemma_.lower() in MEMBERSHIP and (a.pos_ == "VERB" or a.dep_ == "attr")), None)


def doers_group(root: Token) -> bool:
    """Whether the party is whom the doers belong to: "the suspects were members of the Maute
    group", "the gunmen were fighters of JNIM", "… were X fighters" (the name on the attribute)."""
    member = membership_of(root)
    doers_of = next((a for a in [root, *list(root.ancestors)[:4]] if _said_members(a)), None)
    said_members = member or doers_of
    found = said_members is not None and doers_are_members(said_members)
    if found and doers_of is not None and member is None and doers_of.dep_ != "attr":
        logger.debug("the doers identified as the group's men: %s", root.doc[doers_of.head.head.i:root.i + 1].text)
    return found


def doers_from(root: Token) -> bool:
    """Whether the party is whom the doers came from: "the killers were fighters from X" (a group's
    men, said of the doers, from X): X's men did it (logged: every firing is read)."""
    if root.dep_ != "pobj" or root.head.lower_ not in _FROM:
        return False
    men = root.head.head
    if not (_said_members(men) and doers_are_members(men)):
        return False
    logger.debug("the doers are men from %s: %s", root.text, root.doc[men.head.i:root.i + 1].text)
    return True
