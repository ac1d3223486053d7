"""Statements that who carried out an attack is contested, in a frame's sentences.

Three forms (the words are data, ``data/contested_words.yaml``), each in a sentence that names
the attack or its authorship ("strike", "shelling", "responsibility", …):

* the attack or its authorship described as contested: "Responsibility for the shelling remains
  disputed", "the strike was classified as contested until more is known", "the incident has
  been graded as a contested strike", "marked as contested between the army and the RSF". The
  word must be a predicate (after "as", a form of "be", "rated", "graded" …, and before
  punctuation or a word such as "until", "between"): "the disputed region" is a place. Not
  under a negation ("is not disputed"), not in a relative clause ("the town, whose control is
  disputed"), and not when the word right before the verb is a toll, an account or a place
  ("the strike's death toll is disputed" is a casualty dispute).
* two sides blaming each other: "the army and the RSF traded blame for the attack".
* an attack that "could be attributed to either side / party / belligerent".

"It is unclear who fired" and "no group claimed responsibility" say only that nothing is known:
they are no statement of a dispute. The frame keeps the evidence of such a statement under
:data:`CONTESTED` in :attr:`~rashomon.types.Frame.sources`; the reconcile stage makes the event's
perpetrator status ``contested`` from it (:mod:`rashomon.reconcile.perpetrator`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.lexicon import case_blind_alternation as alt
from rashomon.types import CONTESTED  # re-exported: the Frame.sources key of the statements' evidence

__all__ = ["CONTESTED", "ContestedStatement", "contested_statements"]

MAX_WORDS_BETWEEN: int = setting("extract.frames_contested", "max_words_between")  # data/settings.toml


@dataclass(frozen=True, slots=True)
class ContestedStatement:
    """A statement that the attack's authorship is contested: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Rules:
    event: re.Pattern[str]
    predicate: re.Pattern[str]
    negation: re.Pattern[str]
    other_subject: re.Pattern[str]
    relative: re.Pattern[str]
    mutual: re.Pattern[str]
    either: re.Pattern[str]


@functools.cache
def _rules() -> _Rules:
    lex = load_data("contested_words.yaml")
    noun = alt(lex["event_nouns"])
    word = r"[\w'’-]+"
    quote = r"[\"“”‘’']?"
    predicate = re.compile(
        rf"(?<!\w)(?P<noun>{noun})(?!\w)(?P<mid>(?:[\s,]+{word}){{0,{MAX_WORDS_BETWEEN}}}?)"
        rf"\s+(?:{alt(lex['predicate_before'])})\s+(?:(?:a|an)\s+)?{quote}\s*"
        rf"(?P<w>{alt(lex['contested_words'])}){quote}"
        rf"(?=\s*(?:$|[^\w\s]|(?:{alt(lex['predicate_after'])})(?!\w)))")
    return _Rules(
        event=re.compile(rf"(?<!\w){noun}(?!\w)"),
        predicate=predicate,
        negation=re.compile(rf"(?<!\w){alt(lex['negations'])}(?!\w)|n['’]t(?!\w)"),
        other_subject=re.compile(alt(lex["other_subjects"])),
        relative=re.compile(rf"(?<!\w){alt(lex['relatives'])}(?!\w)"),
        mutual=re.compile(rf"(?<!\w){alt(lex['mutual_blame'])}(?!\w)"),
        either=re.compile(rf"(?<!\w){alt(lex['either_verbs'])}\s+either(?:\s+{word}){{0,2}}?\s+"
                          rf"{alt(lex['either_parties'])}(?!\w)"),
    )


def _statements(text: str) -> list[tuple[int, int]]:
    rules = _rules()
    low = text.lower()
    if not rules.event.search(low):
        return []
    spans: list[tuple[int, int]] = []
    for m in rules.predicate.finditer(low):
        between = low[m.end("noun"):m.start("w")]
        words = m["mid"].replace(",", " ").split()
        if (rules.negation.search(between) or rules.relative.search(m["mid"])
                or (words and rules.other_subject.fullmatch(words[-1]))):
            continue
        spans.append(m.span())
    spans += [m.span() for m in rules.mutual.finditer(low)]
    spans += [m.span() for m in rules.either.finditer(low)]
    return sorted(spans)


def contested_statements(text: str, offset: int = 0) -> list[ContestedStatement]:
    """The statements in ``text`` (a sentence) that the attack's authorship is contested, with
    offsets shifted by ``offset`` (the sentence's start in the article)."""
    return [ContestedStatement(offset + s, offset + e, text[s:e]) for s, e in _statements(text)]


def contested_in(texts: Sequence[tuple[str, int]]) -> list[ContestedStatement]:
    """The statements of several (sentence text, start offset) pairs, in order."""
    return [st for text, start in texts for st in contested_statements(text, start)]
