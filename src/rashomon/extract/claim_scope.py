"""Claims whose scope is wider than the incident, or another event set beside it.

An article sums up the war around its incident and sets the incident beside other events;
those attributed lines are background, no claim about the incident (CONVENTIONS: background
about other incidents is not annotated):

* a toll of the whole war: its subject is the war ("the insurgency, which began in 2017, has
  killed more than 5,000 people, ACLED says"), or it runs over a long span ("have been killed
  since the coup", "since troops occupied the plant in March", "destroyed during the war",
  "over the past two years"), or it is a bare perfect toll ("More than 3,000 people have been
  killed, according to rights groups") after a sentence of the same paragraph that sets such a
  span ("The regions have been in conflict since 2017.");
* the other event the incident is set beside: "The strike came on the same day that Iran
  executed three prisoners, according to rights organisations", "the attack came days after
  rebels seized the town, officials said".

A toll of the incident keeps its place: "20 people have been killed in the strike", "five
civilians had been killed since Wednesday", "the strike came after midnight, killing five".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from rashomon.extract.attribution import Attribution
from rashomon.extract.claim_scene import sentence_of
from rashomon.extract.lexicon import Cues, load_cues_data, word_set

WAR_NOUNS = word_set("war_nouns")
SPAN_NOUNS = word_set("span_nouns") | WAR_NOUNS
SPAN_UNITS = word_set("span_units")
MONTHS = word_set("month_names")
EARLIER_WORDS = word_set("earlier_modifiers")  # "in similar attacks": other ones
TOLL_VERBS = word_set("war_toll_verbs")
JUXTAPOSING_VERBS = word_set("juxtaposing_verbs")
JUXTAPOSING_PREPS = word_set("juxtaposing_preps")
ATTACK_NOUNS = frozenset(load_cues_data()["attack_nouns"])  # "since the attack began": the incident
_YEAR = re.compile(r"(?:19|20)\d\d")


def _dated(tok: Token) -> bool:
    """A year, or a month without a day: "2017", "March", "April 2023" (not "3 March": a day
    may be the incident's own, "since the clashes of 3 March")."""
    if _YEAR.fullmatch(tok.text):
        return True
    return tok.lower_ in MONTHS and not any(c.dep_ == "nummod" for c in tok.children)


def _long_anchor(since: Token) -> bool:
    """"since" starts a long span: "since 2017", "since the coup", "since the start of the
    year", "since the war began", "since troops occupied the plant in March" (not "since
    Tuesday", "since the attack in March", "since fighting erupted on Friday")."""
    if since.dep_ == "prep":
        for obj in (g for g in since.children if g.dep_ == "pobj"):
            lemma = obj.lemma_.lower()
            if lemma in ATTACK_NOUNS:
                continue  # "since the attack on 3 March": the incident
            if _dated(obj) or lemma in SPAN_NOUNS or any(_dated(t) for t in obj.subtree):
                return True
        return False
    if since.dep_ == "mark":  # "since the war began": the clause it opens
        verb = since.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lemma_.lower() in ATTACK_NOUNS:
            return False
        return (subject is not None and subject.lemma_.lower() in WAR_NOUNS) or any(_dated(t) for t in verb.subtree)
    return False


def _spans_long(verb: Token) -> bool:
    """The toll's verb (or the verb it is conjoined to) runs over a long span, or its subject
    is the war."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for child in v.children:
            low = child.lower_
            if child.dep_ in {"nsubj", "nsubjpass"} and (child.lemma_.lower() in WAR_NOUNS or any(
                    g.lower_ == "since" and _long_anchor(g) for g in child.children)):
                return True  # "the war has killed", "the insurgency … has displaced", "fighting since March"
            if child.dep_ == "npadvmod" and child.lemma_.lower() in SPAN_UNITS and any(
                    d.lower_ in {"this", "past"} for d in child.children):
                return True  # "killed … this year" (not "last month": often the incident, told later)
            if low == "since" and _long_anchor(child):
                return True
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" and _long_anchor(m)
                                             for m in child.children):
                return True  # "since Russian troops occupied the plant"
            if child.dep_ == "prep" and low in {"during", "throughout", "in", "over"}:
                for obj in (g for g in child.children if g.dep_ == "pobj"):
                    lemma = obj.lemma_.lower()
                    if lemma in WAR_NOUNS and low != "over":
                        return True  # "destroyed during the war", "killed in the conflict"
                    if lemma in SPAN_UNITS and obj.tag_ in {"NNS", "NNPS"} and low in {"over", "in"}:
                        return True  # "over the past two years", "in recent months"
                    if low == "in" and lemma in ATTACK_NOUNS and obj.tag_ in {"NNS", "NNPS"} and any(
                            m.dep_ == "amod" and m.lower_ in EARLIER_WORDS for m in obj.children):
                        return True  # "killed in similar attacks", "in previous raids"
    return False


def _perfect(verb: Token) -> bool:
    """A present perfect: "have been killed", "has displaced" (not the reported "had been")."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        if any(c.dep_ == "aux" and c.lower_ in {"have", "has", "'ve"} for c in v.children):
            return True
    return False


def previous_sentence(doc: Doc, sent: Span) -> Span | None:
    """The sentence before ``sent`` in the same paragraph, or None."""
    if sent.start == 0:
        return None
    before = sentence_of(doc, sent.start - 1)  # not Token.sent: it walks the document's sentences
    # a break anywhere from its start to this one's (the break's whitespace is the sentence's own
    # last token: its text, stripped, does not show it)
    if "\n" in doc.text[before.start_char:sent.start_char]:
        return None
    return before


def _sets_a_long_span(sent: Span) -> bool:
    """A sentence that sets a long span: "The regions have been in conflict since 2017"."""
    return any(t.lower_ == "since" and _long_anchor(t) for t in sent)


def whole_war_toll(doc: Doc, attr: Attribution, cues: Cues) -> bool:
    """A toll of the whole war, not of the incident (see the module docstring)."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None:
        return False
    tolls = [t for t in span if t.lemma_.lower() in TOLL_VERBS and t.pos_ in {"VERB", "AUX"}]
    if not tolls:
        return False
    if any(_spans_long(t) for t in tolls):
        return True
    # a bare perfect toll after a sentence that sets the war's span, naming no attack
    if any(t.lemma_.lower() in cues.attack_nouns or (t.lemma_.lower() in cues.attack_lemmas and t.pos_ == "VERB"
                                                     and t.lemma_.lower() not in TOLL_VERBS) for t in span):
        return False
    if not any(_perfect(t) for t in tolls):
        return False
    before = previous_sentence(doc, span[0].sent)
    return before is not None and _sets_a_long_span(before)


def set_beside(doc: Doc, attr: Attribution, cues: Cues) -> bool:
    """"The strike came on the same day that Iran executed three prisoners": the content's main
    verb sets the incident beside an event told in a clause (see the module docstring)."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None:
        return False
    for verb in span:
        if verb.lemma_.lower() not in JUXTAPOSING_VERBS or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in cues.attack_nouns:
            continue
        if any(t.lemma_.lower() in TOLL_VERBS and t.tag_ == "VBG" for t in span):
            return False  # "came hours after the offensive began, killing 12": the incident's toll
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in JUXTAPOSING_PREPS - {"on"}
                                         for m in c.children) for c in verb.children):
            return True  # "came days after rebels seized the town"
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in JUXTAPOSING_PREPS:
                continue
            clause = [t for t in prep.subtree if t.dep_ in {"relcl", "pcomp", "advcl", "ccomp"} and t.pos_ == "VERB"]
            if prep.lower_ == "on" and not any(t.lower_ == "same" for t in prep.subtree):
                continue  # "came on Sunday": only "on the same day that …" sets another event beside it
            if clause:
                return True
    return False
