"""A party saying its forces strike only militants, and that another did it: a denial by
counter-claim.

"the Turkish armed forces targeted only terrorists and that the attack bore the marks of the
PKK", "its troops fire solely at militant positions and the shelling was the work of the RSF": the
accused says what it hits and whose the attack was, so that it did not hit the victims (probe11's
gold: a denial, and an account naming the other). Alone, "its forces targeted only Hezbollah
infrastructure" acknowledges the strike and says what it hit: an assertion about the target (the
gold of probe2, probe4, probe5 and probe8), so the words are a denial only beside a blame of
another in the same statement (:func:`blame_of`). What is struck must be a legitimate
target by its own word ("terrorists", "militants", "fighters") or by its modifier ("military
targets", "terrorist positions", "RSF bases"), and the striker the speaker's side ("its forces",
"we", "the army"), else it is an account ("the drone struck only the wedding tent", "residents
said the shells hit only homes"). Without "only" it is an account of the strike, a confirmation
("its forces had targeted terrorist positions").
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from rashomon.extract.lexicon import Cues, word_set

logger = logging.getLogger(__name__)

ONLY_WORDS = word_set("only_words")  # "only", "solely", "exclusively"
TARGET_PEOPLE = word_set("target_people")  # lemmas: "terrorists", "militants"
TARGET_SITES = word_set("target_sites")  # lemmas: "targets", "positions", given a modifier below
TARGET_MODIFIERS = word_set("target_modifiers")  # "military targets", "terrorist positions"
STRIKING_SIDE = word_set("striking_side")  # lemmas: "forces", "army", "troops"
SIDE_PRONOUNS = word_set("presence_pronouns")  # "we", "it", "they"


def _legitimate(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in TARGET_PEOPLE:
        return True
    return bool({lemma, noun.lower_} & TARGET_SITES) and any(
        m.dep_ in {"amod", "compound", "nmod"} and (m.lemma_.lower() in TARGET_MODIFIERS or m.pos_ == "PROPN")
        for m in noun.children)


def _striker(verb: Token, cues: Cues) -> bool:
    """The subject of the strike is the speaker's side: "its forces", "we", "the army", "its jets"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return subject.lower_ in SIDE_PRONOUNS or lemma in STRIKING_SIDE or lemma in cues.attack_nouns


def _targets(verb: Token) -> list[Token]:
    """What the verb strikes: its object, or the object of "at"/"on"/"against"."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    out += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in {"at", "on", "against"}
            for g in p.children if g.dep_ == "pobj"]
    return out


AUTHORSHIP = word_set("authorship_nouns")  # lemmas: "bore the hallmarks of"
BLAME_NOUNS = word_set("blame_nouns")  # lemmas: "was the work of", as the copula's attribute


NAMED_ENTS = frozenset({"ORG", "NORP", "GPE", "PERSON"})


def _named(author: Token) -> bool:
    """The author is named ("the PKK", "Kurdish militants"), not described ("the government's
    enemies": probe9's gold takes no account from that words' denial)."""
    return author.pos_ == "PROPN" or any(t.ent_type_ in NAMED_ENTS for t in author.subtree)


def blame_of(tok: Token) -> bool:
    """"bore the hallmarks of X", "was the work of X": a noun of authorship with its named author."""
    lemma = tok.lemma_.lower()
    authored = (lemma in AUTHORSHIP and tok.dep_ in {"dobj", "attr"}) or (lemma in BLAME_NOUNS and tok.dep_ == "attr")
    return authored and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and _named(g) for g in p.children) for p in tok.children)


def denies_by_counter_claim(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """The content says the speaker's side strikes only legitimate targets and blames another
    (see the module docstring)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(blame_of(t) or _done_by(t, cues) for t in span) \
        and only_legitimate_targets(doc, start, end, cues)


def _done_by(tok: Token, cues: Cues) -> bool:
    """"the shells were fired by the Pakistani army": an attack in the passive with its doer."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.lemma_.lower() in cues.attack_lemmas and any(
        a.dep_ == "agent" and any(g.dep_ == "pobj" for g in a.children) for a in tok.children)


def only_legitimate_targets(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """Whether the content span says the speaker's side strikes only legitimate targets (no
    denial alone: see the module docstring)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if tok.lower_ not in ONLY_WORDS or tok.dep_ != "advmod":
            continue
        head = tok.head
        if head.pos_ == "VERB":  # "only strike terrorists", "fired solely at militant positions"
            verb, targets = head, _targets(head)
        elif head.dep_ == "dobj":  # "targeted only terrorists"
            verb, targets = head.head, [head]
        elif head.dep_ == "pobj" and head.head.dep_ == "prep":  # "fired at only militants"
            verb, targets = head.head.head, [head]
        else:
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.attack_lemmas \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        if targets and all(_legitimate(t) for t in targets) and _striker(verb, cues):
            logger.debug("stance: only legitimate targets, a denial: %s", span.text[:80])
            return True
    return False
