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
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.lemma_.lower() in DOER_NOUNS and membership_or_be(t.head)
               for t in sentence)


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
    """Whether the subject of "were members of X" / "belonged to X" is the attack's doers
    ("the suspects", "the gunmen"), not its victims ("the two men killed")."""
    verb = member if member.pos_ in {"VERB", "AUX"} else member.head
    if verb.dep_ == "conj" and not any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in verb.children):
        verb = verb.head  # "the attackers were trained abroad and belonged to X": the first verb's subject
    return any(ch.dep_ in {"nsubj", "nsubjpass"} and ch.lemma_.lower() in DOER_NOUNS for ch in verb.children)


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
    doers_of = next((a for a in [root, *list(root.ancestors)[:4]]
                     if a.dep_ == "attr" and a.lemma_.lower() in MEMBERS_OF), None)
    said_members = member or doers_of
    return said_members is not None and doers_are_members(said_members)
