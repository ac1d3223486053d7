"""The date of a report that tells of the incident only in its claims' sentences: a follow-up
or a reaction ("Kabul on Thursday rejected accusations that the hijacking …") whose trigger
sentences give no day of the incident, only the day someone spoke.

Then the sentences of the article's claims that hold no trigger word are read for the day of
an act ("the group, which seized the Sans Souci Express on Tuesday, said …": the act, named
without a trigger word). Not the day someone spoke there ("the army on Monday said it had
begun an air campaign": another statement, often about another thing), nor a day counted from
the time of speaking ("last night" in a quote given days later). Used only when the trigger
sentences date no incident: a trigger sentence's own day always wins
(:func:`rashomon.extract.frames_dates.choose_date`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from rashomon.extract.frames_dates import (
    DateMention,
    choose_date,
    dates_a_statement,
    right_after_statement_verb,
    sentence_dates,
)
from rashomon.extract.frames_reference import Reference
from rashomon.extract.frames_text import Sent, governor, time_root
from rashomon.lexicon import words
from rashomon.types import Claim

__all__ = ["claim_sentence_dates", "no_own_date"]

# days counted from the time of speaking ("last night", "yesterday", "this morning")
_DEICTIC = tuple(sorted(words("dates.yaml", "day_before_phrases") | words("dates.yaml", "same_day_phrases")))


def no_own_date(mentions: list[DateMention], ref: Reference) -> bool:
    """Whether the mentions date no incident: nothing chosen, or only a statement's day."""
    value, _, backing = choose_date(mentions, ref)
    return value is None or not backing or backing[0].statement


def claim_sentence_dates(sents: Sequence[Sent], claims: Sequence[Claim], frames: Sequence[int | None],
                         skip: set[int], ref: Reference, year: int | None) -> list[DateMention]:
    """Days of acts in the sentences holding one of ``claims`` of no background incident
    (``frames``: each claim's frame; reactions, about ``other``, left out), captions and the
    sentences starting at ``skip`` (the trigger sentences, already read) left out."""
    starts = sorted(c.evidence.start for c, f in zip(claims, frames, strict=True) if not f and c.about != "other")
    out: list[DateMention] = []
    for s in sents:
        if s.caption or s.start in skip:
            continue
        k = bisect_left(starts, s.start)
        if k < len(starts) and starts[k] < s.end:
            out += [m for m in sentence_dates(s.span, set(), ref, year, 1.0) if _of_an_act(s, m)]
    return out


def _of_an_act(sent: Sent, m: DateMention) -> bool:
    """Whether a date dates what someone did, not when someone spoke, nor counted from then."""
    low = m.evidence.text.lower()
    if any(phrase in low for phrase in _DEICTIC):
        return False
    ent = sent.span.doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand")
    if ent is None or not len(ent):
        return False
    root = time_root(ent.root)
    return not (dates_a_statement(governor(root), set()) or right_after_statement_verb(ent, root))
