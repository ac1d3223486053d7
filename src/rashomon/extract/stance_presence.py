"""A party saying its own armed men were not there: a denial of the attack.

"The council said its fighters had not been in the village", "the army said it had no troops
in the area", "“Our units were not present,” the spokesman said", "none of its soldiers were
deployed in the district": the speaker's side was not where the attack happened, so it denies
having carried it out. So does its men's part in it: "none of its members had been involved",
"its fighters had not taken part in the raid". So does the speaker's side named as "it" or "we":
"it had not been involved" (probe12's group withdrawing its claim), "we were never involved in the
bombing", "it played no part in the attack" (not "in politics": another matter than the deed).

Not a denial: another party's absence ("the army said the rebels had not been in the village"
accuses nobody and clears nobody of the speaker's side), a negation of something else
("civilians had not been warned", "its soldiers had not been in contact with the rebels"), or a
pronoun that may stand for anyone with a verb of being ("they had not been in the village" is
as often the villagers).
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from rashomon.extract.claim_relevance import speaks_of_incident
from rashomon.extract.lexicon import word_set

logger = logging.getLogger(__name__)

PRESENCE_VERBS = word_set("presence_verbs")  # lemmas: "had not been", "did not operate"
PRESENCE_NOUNS = word_set("presence_nouns")  # lemmas: the armed men ("fighters", "units")
PRESENCE_PLACES = word_set("presence_places")  # "in", "at", "there", "present"
PRESENCE_SITES = word_set("presence_sites")  # lemmas: "the area", "the village"
OWN_PRONOUNS = word_set("presence_pronouns")
SELF_POSSESSIVES = word_set("self_possessives")
NEGATION_WORDS = word_set("negation_words")
ABILITY = word_set("ability_aux")
INVOLVEMENT = word_set("involvement_verbs")  # lemmas: "had been involved", "took part"
SELF_SUBJECTS = frozenset({"we", "it"})  # not "they": as often the victims ("they were not involved")
PART_NOUNS = frozenset({"part", "role"})  # "played no part in the attack"


def _involved(verb: Token) -> bool:
    """"had been involved", "participated", "had taken part": a part in the attack."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
    return lemma in INVOLVEMENT


def _in_the_deed(verb: Token) -> bool:
    """No "in X", or X is the deed ("in the attack", "in it"), not another matter ("in politics")."""
    objs = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
    return all(g.pos_ == "PRON" or speaks_of_incident(g.text) for g in objs)


def _side_not_involved(verb: Token) -> bool:
    """"it had not been involved", "we played no part in the attack": the speaker's side."""
    subject = _subject(verb)
    if subject is None or subject.lower_ not in SELF_SUBJECTS or not _in_the_deed(verb):
        return False
    logger.debug("stance: the speaker's side not involved: %s", verb.doc[verb.left_edge.i:verb.right_edge.i + 1])
    return True


def _own_men(tok: Token) -> bool:
    """"its fighters", "our units", "none of their soldiers": the speaker's own armed men."""
    if tok.lower_ in {"none", "neither"}:
        return any(_own_men(g) for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj")
    return tok.lemma_.lower() in PRESENCE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES for c in tok.children)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _site(tok: Token) -> bool:
    """A place the men could have been: a name, or a word of a place ("the area")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in PRESENCE_SITES


def _placed(tok: Token) -> bool:
    """``tok`` says where: "in the village", "at the scene", "there", "present"."""
    for child in tok.children:
        if child.lower_ not in PRESENCE_PLACES:
            continue
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and _site(g) for g in child.children):
            return True
        if child.dep_ in {"advmod", "acomp"}:
            return True  # "were not there", "were not present"
    return False


def _had_no_men(verb: Token, negated: bool) -> bool:
    """"it had no units in the area", "we do not have troops there": the speaker's side holds no
    men at a place."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = _subject(verb)
    if obj is None or subject is None or obj.lemma_.lower() not in PRESENCE_NOUNS:
        return False
    if not (negated or any(c.dep_ == "det" and c.lower_ in NEGATION_WORDS for c in obj.children)):
        return False
    return subject.lower_ in OWN_PRONOUNS and (_placed(obj) or _placed(verb))


def denies_presence(doc: Doc, start: int, end: int) -> bool:
    """Whether the content span ``start``–``end`` says the speaker's own armed men were not
    there (see the module docstring)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if tok.dep_ == "det" and tok.lower_ in NEGATION_WORDS:  # "no units": the noun's verb
            verb = tok.head.head
            if tok.head.dep_ == "dobj" and verb.lemma_.lower() == "have" and _had_no_men(verb, False):
                return True
            if tok.head.dep_ == "dobj" and tok.head.lemma_.lower() in PART_NOUNS \
                    and verb.lemma_.lower() in {"play", "have"} and _side_not_involved(verb):
                return True  # "it played no part in the attack"
            continue
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.lower_ in {"none", "neither"}:
            verb = tok.head  # "none of its soldiers were deployed there": a negated subject
            if verb.lemma_.lower() in PRESENCE_VERBS and _own_men(tok) and (verb.lemma_ != "be" or _placed(verb)):
                return True
            if _involved(verb) and _own_men(tok):
                return True  # "none of its members had been involved"
            continue
        if tok.dep_ != "neg":
            continue
        verb = tok.head
        lemma = verb.lemma_.lower()
        if lemma == "have" and _had_no_men(verb, True):
            return True
        if _involved(verb) and (subject := _subject(verb)) is not None and _own_men(subject):
            return True  # "its fighters had not taken part in the raid"
        if _involved(verb) and _side_not_involved(verb):
            return True  # "it had not been involved"
        if lemma not in PRESENCE_VERBS:
            continue
        subject = _subject(verb)
        if subject is None:
            continue
        if lemma == "be":  # "its fighters had not been in the village": a place said
            if _own_men(subject) and _placed(verb):
                return True
        elif any(c.dep_ == "aux" and c.lower_ in ABILITY for c in verb.children):
            continue  # "could not operate in the area": unable, no denial
        elif _own_men(subject) or (subject.lower_ in OWN_PRONOUNS and _placed(verb)):
            return True  # "it had not operated in the region", "its jets were not deployed"
    return False
