"""What a refusal is about (the casualties, the occurrence, the perpetrator), read from what it
will not say.

"declined to comment on whether any of its contractors had been caught up in the attack", "would
not say whether any of its men were among the dead": whether the speaker's people are among the
victims, a refusal about the casualties (not about who did it: probe11 typed Total's and
Hezbollah's refusals *perpetrator*, and Hezbollah then carried the attack). "declined to comment on
how the bombers had passed the checkpoints", "would not say why the troops had left": how the
attack came about, a refusal about the occurrence. Not "whether its aircraft had carried out the
strike" nor "who had fired the missiles": the doer is the question (a refusal about the
perpetrator), nor "how many had died" (the casualties, read by the caller).

A refusal about another matter than the deed is no refusal about the doer either: "declined to
comment on troop deployments", "would not comment on the progress of the investigation", "did
not respond to questions about the weapons", "declined to say whether its troops had been
deployed near the area" (probe12's gold: about the occurrence or another matter, and the one
refusing is not the accused). What it will not say is about the deed when it names an attack or
an incident, a report or an accusation, a name or someone who did it, or asks who did it or
whether the speaker's side did ("whether its aircraft had carried out the strike").
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Span, Token

from rashomon.extract.attribution import Attribution
from rashomon.extract.claim_perpetrator import DYING, FIGURE_NOUNS, VICTIM_VERBS
from rashomon.extract.claim_relevance import speaks_of_incident
from rashomon.extract.claim_scene import sentence_of
from rashomon.extract.claims_reading import denial_topic
from rashomon.extract.lexicon import cues, word_set
from rashomon.types import About

logger = logging.getLogger(__name__)

VICTIM_STATES = word_set("victim_states")  # lemmas: "among the dead", "among the casualties"
MANNER_WORDS = word_set("manner_questions")  # "how", "why"
CAUGHT = word_set("caught_verbs")  # lemmas: "caught up in the attack"
WITHHELD_FIGURES = word_set("withheld_figures")  # "declined to disclose its losses"
FIGHTING = word_set("fighting_nouns")  # "declined to comment on the clashes"
ASKED_ABOUT = frozenset({"on", "about", "over", "regarding"})  # "a request for comment on …"
DEED_TOPICS = word_set("deed_topics")  # lemmas: "declined to comment on the matter"
NAMING = word_set("naming_verbs")  # lemmas: "declined to name the group"
REPORT_OBJECTS = word_set("report_objects")
ATTACKER_NOUNS = word_set("attacker_nouns")
EXISTENTIAL = word_set("existential_verbs")  # "whether its men were in the area": its presence


def _among_victims(verb: Token) -> bool:
    """"were among the dead", "had been caught up in the attack": the subject among the victims."""
    if verb.lemma_.lower() in CAUGHT and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "among" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in VICTIM_STATES for g in p.children) for p in verb.children)


def _manner(verb: Token) -> bool:
    """The clause asks how or why ("how the gang had got past"), not how many."""
    return any(c.dep_ == "advmod" and c.lower_ in MANNER_WORDS and c.i < verb.i for c in verb.children)


def question_topic(topics: list[Token]) -> About | None:
    """The topic of the refusal when what it will not answer is a question about the victims or
    about how it happened (see the module docstring), else None."""
    for t in topics:
        words = t.doc[t.left_edge.i:t.right_edge.i + 1].text[:80]
        clause = t if t.pos_ in {"VERB", "AUX"} else next((g for g in t.children if g.dep_ == "pcomp"), t)
        if clause.pos_ not in {"VERB", "AUX"}:
            continue
        if _among_victims(clause):
            logger.debug("decline about its people among the victims: %s", words)
            return "casualties"
        if _manner(clause):
            logger.debug("decline about how it happened: %s", words)
            return "occurrence"
    return None


def _deed_noun(noun: Token) -> bool:
    """A noun that names the deed, an account of it or someone who may have done it."""
    lemma = noun.lemma_.lower()
    if noun.pos_ in {"PROPN", "PRON"} or noun.tag_ in {"WP", "WP$", "WDT"}:
        return True  # "declined to comment on Hamas", "on it", "who"
    if lemma in DEED_TOPICS or lemma in REPORT_OBJECTS or noun.lower_ in ATTACKER_NOUNS:
        return True
    if lemma in cues().attack_nouns or noun.head.lemma_.lower() in NAMING:
        return True
    words = " ".join(t.text for t in noun.children if t.dep_ in {"compound", "amod"} and t.i < noun.i)
    return speaks_of_incident(f"{words} {noun.text}".strip())


def _deed_clause(verb: Token) -> bool:
    """A clause that asks about the deed or the speaker's part in it: an attack verb ("had
    carried out the strike", "had fired"), a copula ("whether its men were there"), a wh-word of
    the doer ("who", "whose"), or an argument naming the deed."""
    lemma = verb.lemma_.lower()
    if lemma in cues().attack_lemmas or lemma in EXISTENTIAL or speaks_of_incident(verb.text):
        return True
    return any(ch.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and _deed_noun(ch) for ch in verb.children)


def _told_in_lead(noun: Token) -> bool:
    """The noun is told in the article's first sentence, where the attack is: "did not comment on
    the market" after "a drone strike on a market in …" is the attack on it."""
    return noun.lemma_.lower() in {t.lemma_.lower() for t in sentence_of(noun.doc, 0) if t.pos_ == "NOUN"}


def another_matter(topics: list[Token]) -> bool:
    """Every thing the refusal will not speak of is another matter than the deed (see the module
    docstring); no topic ("declined to comment") is the deed, nor a toll (read by the caller)."""
    # what a preposition brings is a topic only when it asks about it ("comment on", "questions
    # about"), not "declined to comment, in keeping with its policy"
    topics = [t for t in topics if t.dep_ not in {"pobj", "pcomp"} or t.head.lower_ in ASKED_ABOUT | {"to"}]
    if not topics or any(t.lemma_.lower() in FIGURE_NOUNS or t.lemma_.lower() in WITHHELD_FIGURES for t in topics):
        return False
    for t in topics:
        clause = t if t.pos_ in {"VERB", "AUX"} else next((g for g in t.children if g.dep_ == "pcomp"), None)
        if clause is not None and clause.pos_ in {"VERB", "AUX"}:
            if _deed_clause(clause):
                return False
        elif t.pos_ in {"NOUN", "PROPN", "PRON"} or t.tag_.startswith("W"):
            if _deed_noun(t) or _told_in_lead(t):
                return False
        else:
            return False  # an unread topic: as before, the deed
    logger.debug("decline about another matter: %s", " | ".join(
        t.doc[t.left_edge.i:t.right_edge.i + 1].text[:60] for t in topics))
    return True


def _victims_clause(verb: Token) -> bool:
    """A clause about the victims, no doer: "had been hurt", "died"."""
    lemma = verb.lemma_.lower()
    if lemma not in VICTIM_VERBS:
        return False
    deps = {ch.dep_ for ch in verb.children}
    return lemma in DYING - {"wound", "injure"} or (("auxpass" in deps or "nsubjpass" in deps) and "agent" not in deps)


def _asked(doc: Doc, attr: Attribution) -> tuple[Span | None, list[Token]]:
    """The refusal's content and what it will not say: its objects and clauses."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return None, []
    asked = cues().response_objects  # "to questions [about the weapons]": what was asked about
    verbs = [span.root, *(ch for ch in span.root.children if ch.dep_ == "xcomp")]
    topics = [ch for v in verbs for ch in v.children if ch.dep_ in {"dobj", "ccomp", "pcomp"}]
    topics += [g for v in verbs for ch in v.children if ch.dep_ == "prep"
               for g in ch.children if g.dep_ in {"pobj", "pcomp"}]
    if span.root.pos_ == "ADP":  # "would not comment [on the investigation]": the content is the phrase
        topics += [g for g in span.root.children if g.dep_ in {"pobj", "pcomp"}]
    # "did not respond to a request for comment on its military losses": what was asked about
    topics += [g for t in span if t.lemma_.lower() in asked and t.pos_ == "NOUN" for p in t.children
               if p.dep_ == "prep" and p.lower_ in ASKED_ABOUT for g in p.children if g.dep_ == "pobj"]
    # the request itself is no topic ("did not respond to requests for comment")
    return span, [t for t in topics if t.lemma_.lower() not in asked]


def asks_of_others(doc: Doc, attr: Attribution) -> bool:
    """The refusal is to say whether its people are among the victims or how it happened
    (:mod:`rashomon.extract.decline_questions`): the one refusing is not named as the doer."""
    span, topics = _asked(doc, attr)
    return span is not None and (question_topic([span.root, *topics]) is not None
                                 or another_matter(_after_cue(attr, topics)))


def _after_cue(attr: Attribution, topics: list[Token]) -> list[Token]:
    """What it will not say follows the refusal and hangs on it: not a clause before it that the
    content ran into ("The coalition denied striking the area, and Israeli officials would not
    comment"), nor the clause a refusal is subordinate to ("While the army has not commented on
    the incident, the raid is seen as an escalation")."""
    if not topics or not 0 <= attr.cue_index < len(topics[0].doc):
        return []
    end = topics[0].doc[attr.cue_index].right_edge.i
    return [t for t in topics if attr.cue_index < t.i <= end]


def decline_topic(doc: Doc, attr: Attribution) -> About:
    """What a refusal is about: the casualties when what it will not say is a toll or who died
    ("declined to comment on casualties", "declined to say how many of the dead were soldiers",
    "would not say whether any of its pilots had been hurt"), else as a denial
    (:func:`denial_topic`: "declined to comment on reports that its drones struck the village")."""
    span, topics = _asked(doc, attr)
    if span is None:
        return "perpetrator"
    if (asked_topic := question_topic([span.root, *topics])) is not None:
        return asked_topic  # "whether any of its men were among the dead", "how the gang got in"
    for t in topics:
        if t.lemma_.lower() in FIGURE_NOUNS or t.lemma_.lower() in WITHHELD_FIGURES or _victims_clause(t):
            return "casualties"
        if any(m.lower_ == "many" and any(h.lower_ == "how" for h in m.children) for m in t.subtree):
            return "casualties"  # "how many of the dead were soldiers"
    if any(t.lemma_.lower() in FIGHTING for t in topics):
        return "occurrence"  # "declined to comment on the fighting": no one side's deed
    if another_matter(_after_cue(attr, topics)):
        return "occurrence"  # "declined to comment on troop deployments": not who did it
    return denial_topic(doc, attr)
