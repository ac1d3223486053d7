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
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Span, Token

from rashomon.extract.attribution import Attribution
from rashomon.extract.claim_perpetrator import DYING, FIGURE_NOUNS, VICTIM_VERBS
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
    verbs = [span.root, *(ch for ch in span.root.children if ch.dep_ == "xcomp")]
    topics = [ch for v in verbs for ch in v.children if ch.dep_ in {"dobj", "ccomp", "pcomp"}]
    topics += [g for v in verbs for ch in v.children if ch.dep_ == "prep"
               for g in ch.children if g.dep_ in {"pobj", "pcomp"}]
    # "did not respond to a request for comment on its military losses": what was asked about
    asked = cues().response_objects
    topics += [g for t in span if t.lemma_.lower() in asked and t.pos_ == "NOUN" for p in t.children
               if p.dep_ == "prep" and p.lower_ in ASKED_ABOUT for g in p.children if g.dep_ == "pobj"]
    return span, topics


def asks_of_others(doc: Doc, attr: Attribution) -> bool:
    """The refusal is to say whether its people are among the victims or how it happened
    (:mod:`rashomon.extract.decline_questions`): the one refusing is not named as the doer."""
    span, topics = _asked(doc, attr)
    return span is not None and question_topic([span.root, *topics]) is not None


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
    return denial_topic(doc, attr)
