"""A sentence that goes on about the background incident told right before it: "The city was
hit in April last year by a missile … Russia denied it was responsible for that strike.",
"… in 2019, when gunmen killed 40. Each side blamed the other for that attack." Its incident
word points back ("that strike", "those attacks", "the earlier raid"), so it is that incident's
sentence, not the article's incident's: its claims (a denial, a blame) and its words are about
the earlier one (extract.frames)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from rashomon.extract.frames_text import Sent

__all__ = ["join_back", "refers_back"]

# words before an incident noun that point back to one told before (grammar): "that strike",
# "those attacks", "that earlier raid", "the previous attack"
_BACK_DETERMINERS = frozenset({"that", "those"})
_BACK_MODIFIERS = frozenset({"earlier", "previous"})


class _Reading(Protocol):
    @property
    def sent(self) -> Sent: ...

    @property
    def lead(self) -> bool: ...


R = TypeVar("R", bound=_Reading)


def refers_back(sent: Sent) -> bool:
    """Whether one of the sentence's incident words points back to an incident told before."""
    doc = sent.span.doc
    for i in sent.trigger_tokens():
        tok = doc[i]
        if tok.pos_ == "NOUN" and any((c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS)
                                      or (c.dep_ == "amod" and c.lower_ in _BACK_MODIFIERS) for c in tok.children):
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
