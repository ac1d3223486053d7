"""A sentence that goes on about the background incident told right before it: "The city was
hit in April last year by a missile … Russia denied it was responsible for that strike.",
"… in 2019, when gunmen killed 40. Each side blamed the other for that attack." Its incident
word points back ("that strike", "those attacks", "the earlier raid"), or the sentence is dated by
that incident's time ("Russia said at the time that …") or does it with a pronoun ("X later said
one of its members carried it out"), so it is that incident's sentence, not the article's
incident's: its claims (a denial, a blame) and its words are about the earlier one
(extract.frames)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol, TypeVar

from rashomon.extract.frames_text import Sent

__all__ = ["goes_on_back", "join_back", "refers_back"]

logger = logging.getLogger(__name__)

# words before an incident noun that point back to one told before (grammar): "that strike",
# "those attacks", "that earlier raid", "the previous attack"
_BACK_DETERMINERS = frozenset({"that", "those"})
_BACK_MODIFIERS = frozenset({"earlier", "previous"})
# a pronoun standing for an incident as what was done, claimed or denied: "carried it out",
# "claimed it", "it was carried out by" (grammar: the verbs of doing and owning a deed)
_DEED_VERBS = frozenset({"carry", "conduct", "stage", "commit", "plan", "order", "claim", "deny"})
_PRONOUN_ROLES = frozenset({"dobj", "nsubjpass"})


class _Reading(Protocol):
    @property
    def sent(self) -> Sent: ...

    @property
    def lead(self) -> bool: ...


R = TypeVar("R", bound=_Reading)


def refers_back(sent: Sent) -> bool:
    """Whether one of the sentence's incident words points back to an incident told before, or
    the sentence is dated by its time or does it with a pronoun (:func:`goes_on_back`)."""
    doc = sent.span.doc
    for i in sent.trigger_tokens():
        tok = doc[i]
        if tok.pos_ == "NOUN" and any((c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS)
                                      or (c.dep_ == "amod" and c.lower_ in _BACK_MODIFIERS) for c in tok.children):
            return True
    return goes_on_back(sent, sent.trigger_tokens())


def goes_on_back(sent: Sent, triggers: set[int]) -> bool:
    """Whether a sentence (read right after a background incident's) goes on about that one: it
    is dated "at the time" (not "at the time of the blast", which names its own time), or an
    incident word's, a doing verb's or a claiming verb's object is "it" ("… later said one of
    its members carried it out"): the pronoun stands for the incident just told (logged)."""
    for tok in sent.span:
        if tok.lower_ == "time" and tok.dep_ == "pobj" and tok.head.lower_ == "at" \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ == "prep" for c in tok.children):
            logger.debug("at the time, the incident before: %s", sent.text[:160])
            return True
        if tok.lower_ == "it" and tok.dep_ in _PRONOUN_ROLES and tok.head.pos_ == "VERB" \
                and (tok.head.i in triggers or tok.head.lemma_.lower() in _DEED_VERBS):
            logger.debug("a deed told by a pronoun, the incident before: %s", sent.text[:160])
            return True
    return False


def join_back(main: list[R], background: dict[str, list[R]],
              sents: Sequence[Sent]) -> tuple[list[R], list[Sent]]:
    """``main`` without the readings (never the lead) whose sentence comes right after a
    background incident's and points back to it, and those sentences; they join that
    incident's group in ``background`` (changed in place)."""
    if not background:
        return main, []
    pos = {s.start: n for n, s in enumerate(sents)}
    group_at = {pos[r.sent.start]: key for key, group in background.items() for r in group}
    moved: set[int] = set()
    for r in sorted((r for r in main if not r.lead), key=lambda r: pos[r.sent.start]):
        n = pos[r.sent.start]
        key = group_at.get(n - 1)
        if key is not None and refers_back(r.sent):
            background[key].append(r)
            group_at[n] = key
            moved.add(r.sent.start)
    if not moved:
        return main, []
    return [r for r in main if r.sent.start not in moved], [r.sent for r in main if r.sent.start in moved]
