"""Whether two actor names denote one party, and whether a name names nobody.

A name "is" another (:func:`same_party`) when their words are equal or the words of one begin
the words of the other ("US" ~ "US military"), unless the next word makes it a proxy
("Iran" ≁ "Iran-backed militias"; but "US" ~ "US-led coalition"), and a branch is the group
it pledged to ("ADF" ~ "Islamic State": ``branches``). Placeholders ("unknown",
"unidentified aircraft") name nobody (:func:`is_placeholder`). The words are data
(``data/party_words.yaml``).
"""

from __future__ import annotations

import functools
import re

from rashomon.lexicon.gateway import load

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@functools.cache
def _words_of(key: str) -> frozenset[str]:
    return frozenset(" ".join(words(w)) for w in load("party_words.yaml")[key])


def words(name: str) -> tuple[str, ...]:
    """The case-folded words of a name, letters and digits only."""
    return tuple(_WORD.findall(name.casefold()))


@functools.cache
def _parents() -> dict[tuple[str, ...], tuple[str, ...]]:
    """A branch's words → the words of the group it pledged to (``branches``)."""
    return {words(branch): words(parent) for branch, parent in load("party_words.yaml")["branches"].items()}


def same_party(a: str | None, b: str | None) -> bool:
    """True if two actor names denote the same party (see the module docstring)."""
    if not a or not b:
        return False
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    if _same_words(wa, wb):
        return True
    # the parent by its own name only: two branches of one group stay two parties
    parents = _parents()
    return parents.get(wa) == wb or parents.get(wb) == wa


def _same_words(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if long_[: len(short)] != short:
        return False
    return len(long_) == len(short) or long_[len(short)] not in _words_of("proxy_words")


def is_placeholder(name: str | None) -> bool:
    """A perpetrator name that names nobody ("unknown", "Unidentified aircraft", None)."""
    return name is None or " ".join(words(name)) in _words_of("placeholders")
