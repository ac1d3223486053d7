"""Another time: a sentence whose act is dated to a time not the incident's tells another incident.

Background paragraphs date older attacks in ways the lead's date rules (``claim_scene``) do not
reach: a year nested in the opening phrase ("On New Year's Day in 2011, a car bomb … killed 23"), a
past month inside the act's own subject ("An air strike on a concert in Kachin state last October
killed about 60"), a passive's doer ("The killings in January were followed in March by an even
deadlier attack …, in which gunmen killed 141"), or a span of days or more told before or after the
incident, opening the clause of a new act ("a week before the massacre, jihadists killed more than
20 soldiers", "A month later, 89 soldiers were killed at X"). The round-up rules of
:mod:`.casualty_elsewhere` ask :func:`another_time` once per sentence after the lead.

Left alone: a date with a day (the far-date rule's: "on September 14, 2021" may be the incident's
own date told in full), a date after "since" (a running total or a comparison: "the worst attack
since 2015"), a month the lead names, a month when the lead names none, a span after a verb of
saying ("the ministry said a day earlier that jets had …" dates the statement), a victim's later
death ("two days after the bombing, a wounded soldier died") and a toll rising.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from rashomon.extract.lexicon import Cues, word_set
from rashomon.extract.sentence_cache import sent_ents, sentences
from rashomon.lexicon import words

ACT_WORDS = frozenset(words("casualty_words.yaml", "roundup_act_words"))  # beside cues' attack words
DATE_LINKS = frozenset(words("casualty_words.yaml", "roundup_date_links"))
TIME_UNITS = frozenset(words("casualty_words.yaml", "roundup_time_units"))
RELATIVE_WORDS = frozenset(words("casualty_words.yaml", "roundup_relative_words"))
VICTIM_VERBS = word_set("victim_verbs")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_M = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"


def is_act(tok: Token, cues: Cues) -> bool:
    """The word tells of an attack or a killing (cues' attack words and ``roundup_act_words``)."""
    lemma = tok.lemma_.lower()
    return lemma in cues.attack_nouns or lemma in cues.attack_lemmas or lemma in ACT_WORDS


MAX_DATE_CLIMB = 5  # links from a date up to its act ("On New Year's Day in 2011, … killed": four)
_YEAR = re.compile(r"(?:19|20)\d\d")


def month_of(tok: Token) -> str | None:
    """The month a capitalised month word names ("Oct." → "oct"), or None."""
    word = tok.lower_.rstrip(".")
    return word[:3] if tok.is_title and word[:3] in _MONTHS and _DATE_MONTH.fullmatch(word) else None


_DATE_MONTH = re.compile(_M)


def _dated_act(date: Span, cues: Cues) -> Token | None:
    """The act a date is told of, through prepositions, nouns and names ("On New Year's Day in 2011,
    a car bomb … killed": killed; "An air strike on a concert … last October killed": strike): a verb
    of the act, or an act noun that is a clause's subject. A date after "since" starts a running
    total or a comparison ("the worst attack since 2015"), not the act's time."""
    tok = date.root
    for _ in range(MAX_DATE_CLIMB):
        if tok.dep_ not in DATE_LINKS or tok.head is tok or (tok.dep_ == "prep" and tok.lower_ == "since"):
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and (is_act(tok, cues) or tok.lemma_.lower() in VICTIM_VERBS):
            return tok
        # a passive's doer that is an act ("the killings were followed in March by an even deadlier
        # attack on villages in X"): the date is the act's
        doers = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if tok.pos_ == "VERB" and any(o.pos_ == "NOUN" and is_act(o, cues) for o in doers):
            return next(o for o in doers if o.pos_ == "NOUN" and is_act(o, cues))
        if tok.pos_ == "NOUN" and is_act(tok, cues) and tok.dep_ in {"nsubj", "nsubjpass"}:
            return tok
    return None


def _agentive(act: Token, cues: Cues) -> bool:
    """The act is a new one: an attack verb (a killing among them: "fighters killed 15 soldiers",
    "89 soldiers were killed at X"), or a death with a subject that did it; not a victim's death
    ("a wounded soldier died") or a toll rising."""
    verb = act.head if act.pos_ == "NOUN" else act
    if act.pos_ == "NOUN":
        return verb.pos_ == "VERB" and is_act(verb, cues)
    lemma = verb.lemma_.lower()
    if lemma in cues.attack_lemmas:
        return True
    return lemma in VICTIM_VERBS and any(c.dep_ == "nsubj" for c in verb.children) \
        and any(c.dep_ == "dobj" for c in verb.children)


def _relative_act(sent: Span) -> Token | None:
    """The verb a span of days or more told before or after dates ("a week before the massacre,
    jihadists killed …", "A month earlier, gunmen attacked …"), or None. Read on the words, not the
    entities: the tagger often misses "a month" before a clause."""
    for t in sent:
        if t.lower_ not in TIME_UNITS or t.dep_ != "npadvmod":
            continue
        rel = t.head
        if rel.lower_ not in RELATIVE_WORDS:
            continue
        left = t.left_edge.i
        if left > sent.start and not (t.doc[left - 1].is_punct or t.doc[left - 1].dep_ == "cc"):
            continue  # opening its clause only: "the ministry said a day earlier that jets had …" dates the saying
        verb = rel.head if rel.dep_ in {"prep", "advmod"} else None
        if verb is not None and verb.pos_ == "VERB":
            return verb
    return None


def _dates_in(sent: Span) -> list[Span]:
    """The sentence's DATE entities, from the document's entities read once
    (:func:`~rashomon.extract.sentence_cache.sent_ents`: ``Span.ents`` builds every entity of the
    document on each call, quadratic over a long article's sentences)."""
    return [e for e in sent_ents(sent, sentences(sent.doc)[2]) if e.label_ == "DATE"]


def another_time(sent: Span, months: frozenset[str], years: frozenset[str], cues: Cues) -> bool:
    """The sentence's act is dated to a time not the incident's (module docstring, "another time"):
    a year the lead does not name, a month without a day the lead does not name where it names one,
    or a span of days or more before or after the incident told of a new act with its doers."""
    if (verb := _relative_act(sent)) is not None and _agentive(verb, cues):
        return True
    for ent in _dates_in(sent):
        if any(t.like_num and not _YEAR.fullmatch(t.text) for t in ent):
            continue  # a date with a day is the far-date rule's ("on September 14, 2021" may be the incident's)
        if _dated_act(ent, cues) is None:
            continue
        said = {t.text for t in ent if _YEAR.fullmatch(t.text)}
        if said and not said & years:
            return True
        named = {m for t in ent if (m := month_of(t)) is not None}
        if named and months and not named & months:
            return True
    return False
