"""Date phrases the named-entity tagger misses or cuts short, for :mod:`.frames_dates`.

* **Day numbers left out of a date**: "on the night of 3-4 March", "in the early hours of 4 March"
  tag only "March" (a month, not a day): the day number or range before it belongs to it.
* **Relative phrases left untagged**: "gunmen killed six people in Kadhi overnight", "… the
  previous night": the phrases of ``dates.yaml`` (``day_before_phrases``, ``same_day_phrases``)
  found in the sentence outside any DATE/TIME entity. Only one on or beside a trigger word is
  read: "two more victims died overnight" dates a death in hospital, not the incident.
* **A time counted back from another**: "thousands marched on Tuesday, a day after gunmen killed
  six worshippers", "hours after the strike": the incident lies that many days before the
  sentence's other date (the march's), or before publication when the sentence has none.
* **Anaphoric phrases** ("the previous night", "a day earlier", "two days before") count back from
  the sentence's statement date when it has one ("police said on Tuesday that … the previous
  night" is Monday night, whenever the article appeared), not from publication.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from rashomon.extract.event_types import frame_lexicon
from rashomon.extract.frames_text import governor, time_root
from rashomon.lexicon import alternation, words
from rashomon.nlp.entities import ents_in

logger = logging.getLogger(__name__)
# "…, killing 12 residents": the participle of harm that gives an act's toll (dates.yaml)
_HARM_VERBS = frozenset(words("dates.yaml", "harm_verbs"))
DATE_LABELS = frozenset({"DATE", "TIME"})
_DAY_NUMBER = re.compile(r"^(?:[0-3]?\d)(?:st|nd|rd|th)?(?:[-–](?:[0-3]?\d)(?:st|nd|rd|th)?)?$")
_MAX_DAY = 31
# Grammar, not vocabulary (as gazetteer.dates' day ranges): the words joining the two days of a
# range ("3 to 4 March"); the units of a count back within the day ("hours after"); the word that
# counts back from another time ("a day after"); the words that make a relative phrase count back
# from a time the text gave rather than from the time of writing ("the previous night", "a day
# earlier", "two days before"; "last night", "ago" count from the writing).
_DAY_JOINS = frozenset({"to", "and", "-", "–"})
_SAME_DAY_UNITS = ("hour", "minute", "moment")
_COUNT_BACK = ("after",)
_ANAPHORIC = ("previous", "before", "earlier")


@dataclass(frozen=True, slots=True)
class CountBack:
    """ "a day after <the incident>": the phrase and the days it counts back; ``statement``
    when what it counts back to is something said ("a day after opposition groups said …"),
    which bounds the incident (no later than that) rather than dating it."""

    span: Span
    days: int
    statement: bool = False


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(relative phrases, "N days after", anaphoric phrases) of ``dates.yaml``."""
    relative = sorted({*words("dates.yaml", "day_before_phrases"), *words("dates.yaml", "same_day_phrases")})
    counts = sorted(words("dates.yaml", "number_words"))
    units = sorted({*words("dates.yaml", "relative_units"), *_SAME_DAY_UNITS})
    count_back = re.compile(
        r"\b(?:(\d+|" + alternation(counts) + r")\s+)?(" + alternation(units) + r")s?\s+"
        + alternation(_COUNT_BACK) + r"\b", re.IGNORECASE)
    anaphoric = re.compile(r"\b" + alternation(_ANAPHORIC) + r"\b", re.IGNORECASE)
    return re.compile(r"\b" + alternation(relative) + r"\b", re.IGNORECASE), count_back, anaphoric


def with_day_numbers(ent: Span) -> Span:
    """The entity with a day number or range the tagger left before it: "4 March" of "the early
    hours of 4 March", "3-4 March", "3 to 4 March" (tagged "March")."""
    doc, start = ent.doc, ent.start
    first = doc[start].text.lower()
    lowest = ent.sent.start
    if first[:1].isdigit():
        return ent
    if start > lowest and _is_day(doc[start - 1].text):
        start -= 1
        # "3 to 4", "3-4" (three tokens): a range
        if start - 2 >= lowest and doc[start - 1].lower_ in _DAY_JOINS and _is_day(doc[start - 2].text):
            start -= 2
    return ent if start == ent.start else doc[start:ent.end]


def _is_day(text: str) -> bool:
    if not _DAY_NUMBER.match(text):
        return False
    return all(0 < int(n) <= _MAX_DAY for n in re.findall(r"\d+", text))


def untagged_phrases(sent: Span, trigger_tokens: set[int], near: int) -> list[Span]:
    """Relative phrases ("overnight", "the previous night") outside the sentence's DATE/TIME
    entities that hang on a trigger word or lie within ``near`` tokens of one."""
    if not trigger_tokens:
        return []
    relative, _, _ = _patterns()
    doc = sent.doc
    tagged = [(e.start_char, e.end_char) for e in ents_in(sent) if e.label_ in DATE_LABELS]
    out = []
    for m in relative.finditer(sent.text):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        if any(s < end and start < e for s, e in tagged):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if governor(time_root(span.root)).i in trigger_tokens or any(
                abs(i - t) <= near for i in (span.start, span.end - 1) for t in trigger_tokens):
            out.append(span)
    return out


def count_backs(sent: Span, trigger_tokens: set[int], near: int, numbers: dict[str, int],
                unit_days: dict[str, int], statement_verbs: frozenset[str] = frozenset(),
                reaction_verbs: frozenset[str] = frozenset()) -> list[CountBack]:
    """ "a day after gunmen killed …", "two days after the massacre", "hours after the strike":
    the phrase, when a trigger word begins within ``near`` tokens after it, and the days it
    counts back (0 for hours). Also, marked ``statement``, a count back to a statement about a
    trigger word: "on Tuesday rejected accusations …, a day after opposition groups said the
    attack had killed 22" (one of ``statement_verbs`` within ``near`` tokens, the trigger right
    after it); or a count back to the incident word as the subject of a statement or a reaction
    (``reaction_verbs``): "hours after the attack was blamed on the group", "a day after the
    killings were condemned" count back to the blame, not to the act."""
    if not trigger_tokens or " after" not in sent.text.lower():  # a cheap test before the pattern
        return []
    _, count_back, _ = _patterns()
    doc = sent.doc
    out = []
    for m in count_back.finditer(sent.text):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is None:
            continue
        if own_attack_before(span, trigger_tokens):
            continue  # "killed 36 workers on Tuesday, ten days after the group massacred …": another incident's day
        said = False
        if not any(0 < t - (span.end - 1) <= near for t in trigger_tokens):
            said = _to_statement(span, trigger_tokens, near, statement_verbs)
            if not said:
                continue
        elif statement_verbs and _said_of(span, trigger_tokens, near, statement_verbs | reaction_verbs):
            said = True  # "hours after the attack was blamed on the group": the blame's day
        unit = m[2].lower()
        if unit not in unit_days:  # hours, minutes: the same day
            out.append(CountBack(span, 0, said))
            continue
        if m[1] is None:  # "days after the attack": how many is not said
            continue
        count = m[1].lower()
        n = int(count) if count.isdigit() else numbers.get(" ".join(count.split()))
        if n is not None:
            out.append(CountBack(span, n * unit_days[unit], said))
    return out


def own_attack_before(span: Span, trigger_tokens: set[int]) -> bool:
    """Whether the sentence tells an attack of its own before the count back: its main verb,
    at or after an incident word ("gunmen", "a drone"), with a direct object ("gunmen killed 36
    quarry workers early on Tuesday, ten days after the group massacred bus passengers"). Then
    what the phrase counts back to is an earlier incident, and the sentence's own day is the
    incident's; so when the main verb's participle gives a toll ("blew herself up …, killing at
    least 11 people, a day after a bus bombing …"); a march, a funeral or a statement before it
    ("thousands marched on Tuesday, a day after gunmen killed …") still counts back."""
    doc = span.doc
    first = min((t for t in trigger_tokens if span.sent.start <= t < span.start), default=None)
    # the sentence's own verb before the phrase, found by position (a dateline before the doer
    # often leaves it no subject arc): an incident word itself, or a verb whose object is counted
    # ("killed 36 quarry workers …, shooting them, ten days after"), not "buried the dead"
    for k in range(span.sent.start, span.start):
        verb = doc[k]
        if verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        counted = any(c.dep_ == "nummod" for o in objects for c in o.children)
        if _main_clause(verb):
            if first is not None and objects and (k in trigger_tokens or counted):
                return True
        elif counted and verb.dep_ == "advcl" and verb.lemma_.lower() in _HARM_VERBS and verb.head.i < k \
                and _main_clause(verb.head):
            # "blew herself up on a platform on Sunday, killing at least 11 people, a day after …":
            # the main verb's participle with its toll tells the attack of its own
            logger.debug("an attack of its own told by its toll before a count back: %r", verb.text)
            return True
    return False


def _main_clause(verb: Token) -> bool:
    """Whether a verb is the sentence's own (its root, joined to it, or told before a trailing
    "…, police said"): not an act inside what someone denies or reports before it ("denied
    bombing a school", "rejected reports that its jets bombed")."""
    while verb.head is not verb and (verb.dep_ == "conj" or (verb.dep_ == "ccomp" and verb.head.i > verb.i)):
        verb = verb.head
    return verb.dep_ == "ROOT"


_SUBJECTS = ("nsubj", "nsubjpass")


def _said_of(span: Span, trigger_tokens: set[int], near: int, verbs: frozenset[str]) -> bool:
    """Whether the incident word a count back reaches is the subject of a verb of saying or
    reacting ("hours after [the attack] was blamed on the group", "a day after [the strike] was
    condemned by the UN"): what the phrase counts back to is that statement, not the act."""
    doc = span.doc
    first = min((t for t in trigger_tokens if 0 < t - (span.end - 1) <= near), default=None)
    if first is None:
        return False
    word = doc[first]
    verb = word.head
    if word.dep_ not in _SUBJECTS or verb.i == word.i or verb.pos_ != "VERB" or verb.i in trigger_tokens \
            or verb.lemma_.lower() not in verbs:
        return False
    logger.debug("a count back to a statement about the incident: %r (%s %s)", span.text, word.text, verb.text)
    return True


def _to_statement(span: Span, trigger_tokens: set[int], near: int, statement_verbs: frozenset[str]) -> bool:
    """Whether a count back reaches a statement about the incident: a statement verb within
    ``near`` tokens after it and a trigger word within ``near`` tokens after that verb ("a day
    after opposition groups said the attack …")."""
    doc = span.doc
    for k in range(span.end, min(span.end + near, span.sent.end)):
        if doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in statement_verbs:
            return any(0 < t - k <= near for t in trigger_tokens)
    return False


def after_another(sent: Span, trigger_tokens: set[int], near: int) -> bool:
    """Whether the sentence counts back to an incident word ("the strikes came days after the
    Houthis attacked Abu Dhabi", "weeks after a car bomb"): another incident, earlier than its
    own. Not a count back to something else ("days after the president warned of a response to
    the chemical attack": the incident word lies further on)."""
    if not trigger_tokens or not _SOME_UNITS_AFTER.search(sent.text):
        return False
    doc = sent.doc
    statement = frame_lexicon().statement_verbs
    for m in _SOME_UNITS_AFTER.finditer(sent.text):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is None:
            continue
        if any(0 < t - (span.end - 1) <= near for t in trigger_tokens):
            return True
        # "a day after a senior commander was killed in a strike in …": the incident word in the
        # clause the count back governs, however far; not under a word of saying ("days after
        # the president warned of a response to the chemical attack")
        after = span[-1]
        clause = after.head if after.dep_ == "mark" else after  # "after [a commander was killed …]"
        if after.lower_ in ("after", "before") and any(
                t.i in trigger_tokens and not _said(t, clause, statement)
                for t in clause.subtree if t.i > after.i):
            return True
    return False


def _said(tok: Token, top: Token, statement: frozenset[str]) -> bool:
    """Whether a word of saying stands on the way from ``tok`` up to ``top`` (both included)."""
    while True:
        if tok.lemma_.lower() in statement:
            return True
        if tok.i == top.i or tok.head.i == tok.i:
            return False
        tok = tok.head


# "days after", "weeks before", "a day after", "two weeks before": a count back (grammar)
_SOME_UNITS_AFTER = re.compile(
    r"\b(?:(?:days|weeks|months|hours)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:days?|weeks?|months?|hours?)) (?:after|before)\b", re.IGNORECASE)


# "that month", "the same day", "later that year": the time of the sentence before (grammar)
_THAT_TIME = re.compile(r"\b(?:that|the same|the following|the next)\s+(?:day|night|morning|evening|week|month|year)\b",
                        re.IGNORECASE)


def goes_on(text: str) -> bool:
    """Whether a sentence is dated by the time of the one before ("At his funeral that month, a
    stampede killed 56"): it goes on about what that sentence told."""
    return _THAT_TIME.search(text) is not None


def is_anaphoric(text: str) -> bool:
    """Whether a relative date counts back from a time the text gave ("the previous night", "a
    day earlier", "two days before"), not from the time of writing ("last night", "ago")."""
    return _patterns()[2].search(text) is not None
