"""Blame told without an attack word on the doer (read by
:func:`rashomon.extract.claim_perpetrator.find_perpetrator`): the doers tied to whom they worked
for ("the attackers were connected with the special services of X", "the gunmen had links to X"),
authorship as the copula's attribute ("the shelling was the work of the RSF"), blame by
pointing ("the evidence pointed to Turkish artillery", "pointed the finger at the ADF"), a blame
predicate ("X was involved in the attack"), an agency accused ("blamed X's spy agency") and the
passive blame ("the attack was blamed on X by the government").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from rashomon.extract.lexicon import Cues, word_set
from rashomon.lexicon import load as load_data

_TRIGGERS = load_data("triggers.yaml")
DOER_NOUNS = word_set("doer_nouns")  # "the attackers", "the suspects", "the gunmen"
FORCE_NOUNS = word_set("force_nouns")
DEEDS = frozenset(str(w) for w in _TRIGGERS.get("tied_deeds") or ())
BODIES = frozenset(str(w) for w in _TRIGGERS.get("blamed_bodies") or ())
TIES = frozenset(str(w) for w in _TRIGGERS.get("doer_ties") or ())
AUTHOR_ATTRIBUTES = frozenset(str(w) for w in _TRIGGERS.get("authorship_attributes") or ())
BLAME_PREDICATES = frozenset(str(w) for w in _TRIGGERS.get("blame_predicates") or ())
_POINTING = _TRIGGERS.get("blame_pointing") or {}
POINT_VERBS = frozenset(str(w) for w in _POINTING.get("verbs") or ())
POINT_OBJECTS = frozenset(str(w) for w in _POINTING.get("objects") or ())
POINT_SUBJECTS = frozenset(str(w) for w in _POINTING.get("subjects") or ())
# a party on a noun, not the noun itself: "Ukrainian special services", "Turkish artillery" (grammar)
_ON_NOUN = frozenset({"amod", "compound", "poss", "nmod"})
# "the special services of X", "the leadership of X": one "of" climbed to the tying word
_OF_HOPS = 2


def _doers_subject(verb: Token, c: Cues) -> bool:
    """The doers ("the attackers were linked to") or the attack ("the bombing was connected with")
    as the subject."""
    return any(ch.dep_ in {"nsubj", "nsubjpass"} and ((lemma := ch.lemma_.lower()) in DOER_NOUNS or lemma in DEEDS
                                                     or lemma in c.attack_nouns or lemma in c.attack_lemmas)
               for ch in verb.children)


def _on_body(root: Token) -> Token | None:
    """The noun a party stands on when that noun is an armed force, an agency or a weapon
    ("Ukrainian special services", "Turkish artillery"), the entity's root itself when it stands
    alone; None for a party on another noun ("Russia's war in Ukraine": a cause, no doer)."""
    if root.dep_ not in _ON_NOUN:
        return root
    head = root.head
    return head if head.lemma_.lower() in BODIES or head.lemma_.lower() in FORCE_NOUNS else None


def tying(word: Token, c: Cues) -> bool:
    """Whether ``word`` ties the attack's doers to a side: "the attackers were connected with",
    "the suspects were linked to" (the verb), "the gunmen had ties to" (the noun, object of its
    verb); only with the doers as the subject."""
    lemma = word.lemma_.lower()
    if lemma not in TIES:
        return False
    if word.pos_ in {"VERB", "AUX"} or (word.pos_ == "ADJ" and word.dep_ in {"acomp", "ccomp", "ROOT"}):
        return _doers_subject(word, c)
    return word.pos_ == "NOUN" and word.dep_ in {"dobj", "attr"} and _doers_subject(word.head, c)


def tied_to(root: Token, c: Cues) -> bool:
    """Whether a party (its entity's root) is whom the doers are tied to: the object of the tying
    word's preposition, or the owner of that object ("the special services of X")."""
    found = _on_body(root)
    if found is None:
        return False
    tok = found
    for _ in range(_OF_HOPS):
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.dep_ == "prep" and tying(prep.head, c):
            return True
        if prep.lower_ != "of" or prep.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        tok = prep.head
    return False


def authored_by(prep: Token) -> bool:
    """"the shelling was the work of the RSF": ``prep`` ("of") on an authorship noun that is the
    copula's attribute; "praised the work of MSF" (an object) is none."""
    head = prep.head
    return prep.lower_ == "of" and head.lemma_.lower() in AUTHOR_ATTRIBUTES and head.dep_ == "attr"


def pointing(verb: Token) -> bool:
    """"the evidence pointed to …", "officials pointed the finger at …": blame by pointing."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in POINT_VERBS:
        return False
    return any((ch.dep_ == "dobj" and ch.lemma_.lower() in POINT_OBJECTS)
               or (ch.dep_ == "nsubj" and ch.lemma_.lower() in POINT_SUBJECTS) for ch in verb.children)


def pointed_at(root: Token) -> bool:
    """Whether a party is what the blame points to: "pointed to Turkish artillery", "pointed the
    finger at Turkey"."""
    tok = _on_body(root)
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in {"to", "at"} and pointing(tok.head.head)


def _deed(tok: Token, c: Cues) -> bool:
    """An attack or killing word ("the attack", "this massacre", "the killings")."""
    lemma = tok.lemma_.lower()
    return lemma in c.attack_nouns or lemma in c.attack_lemmas or lemma in DEEDS


def _involving(verb: Token, c: Cues) -> bool:
    """"was involved in the attack", "is implicated in the killings": a blame predicate whose
    prepositional object is the deed; "involved in talks" is none."""
    return verb.lemma_.lower() in BLAME_PREDICATES and any(
        p.dep_ == "prep" and p.lower_ == "in" and any(g.dep_ == "pobj" and _deed(g, c) for g in p.children)
        for p in verb.children)


def involved_in(root: Token, c: Cues) -> bool:
    """Whether a party (its entity's root, or the agency it stands on: "India's spy agency was
    involved") is the subject of a blame predicate on the deed: "X is involved in this attack"."""
    tok = _on_body(root)
    return tok is not None and tok.dep_ in {"nsubjpass", "nsubj"} and _involving(tok.head, c)


def _authorship(tok: Token) -> bool:
    """"… was the work of X", "this is the work of X": the authorship noun as the attribute."""
    return tok.lemma_.lower() in AUTHOR_ATTRIBUTES and tok.dep_ == "attr" and any(
        p.dep_ == "prep" and p.lower_ == "of" for p in tok.children)


def authored(root: Token) -> bool:
    """Whether a party, or the force or agency it stands on, is the author of "the work of":
    "the killings were the work of the Ethiopian army", "the work of ADF terrorists"."""
    tok = _on_body(root)
    return tok is not None and tok.dep_ == "pobj" and authored_by(tok.head)


def accused_owner(cue: Token, c: Cues) -> Token | None:
    """The word that owns the accused when the accused is an agency or a force written as a
    common noun ("blamed Rwanda's intelligence service for the attack", "accused Eritrea's spy
    agency of the bombing", "the intelligence services of X"), charged with an attack or a killing
    if charged with anything: the owner's token, else None. Not a force's proper name ("blamed his
    Libyan National Army": a demonym in a name need not be its state), nor a charge of something
    else ("accused Colombia's army of lying about a clash")."""
    obj = next((ch for ch in cue.children if ch.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in BODIES | FORCE_NOUNS:
        return None
    owner = next((ch for ch in obj.children if ch.dep_ in _ON_NOUN and ch.ent_type_), None)
    if owner is None:
        owner = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj" and g.ent_type_), None)
    if owner is None or not charged_with_deed(cue, obj, c, owner):
        return None
    return owner


def charged_with_deed(cue: Token, obj: Token, c: Cues, owner: Token | None = None) -> bool:
    """Whether the charge of "accused/blamed X (of/for …)" is an attack or a killing ("for the
    attack", "of carrying out the bombing"), or no charge is written; not "of lying about a
    clash" (``owner``: the accused's own "of", not a charge)."""
    charges = [p for p in [*cue.children, *obj.children] if p.dep_ == "prep" and p.lower_ in ("for", "of")
               and (owner is None or owner not in p.children)]
    return not charges or any(_deed(t, c) for p in charges for t in p.subtree)


def blames(sentence: Span, c: Cues) -> bool:
    """Whether the sentence blames without an attack word: doers tied to a side, pointing, a
    blame predicate on the deed or authorship."""
    return any(tying(t, c) or pointing(t) or _involving(t, c) or _authorship(t) for t in sentence)


# "blame the attack on X", "the attack was blamed on X", "pinned the bombing on X": the idiom's
# verbs and preposition (grammar)
BLAME_ON = frozenset({"blame", "pin"})


def blamed_on(root: Token, c: Cues) -> bool:
    """Whether a party is whom an attack is blamed on: "the attack was blamed on X by the
    government", "officials pinned the bombing on X" (the attack the verb's subject or object)."""
    if root.dep_ != "pobj" or root.head.lower_ != "on":
        return False
    verb = root.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BLAME_ON:
        return False
    return any(ch.dep_ in {"nsubjpass", "dobj", "nsubj"} and ((lemma := ch.lemma_.lower()) in c.attack_nouns
                                                           or lemma in c.attack_lemmas or lemma in DEEDS)
               for ch in verb.children)
