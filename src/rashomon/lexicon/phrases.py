"""Phrase matchers: a list of phrases as one prefix-trie regular expression.

A trie alternation (``air(?:\\s+(?:raid|strike))``) is several times faster in ``re`` than a
flat ``a|b|c`` list and matches the longest phrase first. Built once per process for each
list of phrases (the lists are tuples, so they can be cache keys).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

_SPACES = re.compile(r"\s+")
_JOINS = re.compile(r"[\s\-‐–]+")  # what ``loose_joins`` treats as one gap: spaces, hyphens, dashes
_LOOSE_GAP = r"(?:\s+|[\-‐])?"  # "air strike" = "air-strike" = "airstrike"
ANY_WHITESPACE = r"\s+"
ONE_SPACE = r"\ "  # what ``re.escape(" ")`` matches: a flat list of escaped phrases


def alternation(phrases: Iterable[str], *, loose_joins: bool = False, plural: bool = False,
                whitespace: str = ANY_WHITESPACE) -> str:
    """A non-capturing alternation of ``phrases``, factored as a prefix trie, longest first.

    A space in a phrase matches ``whitespace`` (a regex: any run of whitespace by default;
    :data:`ONE_SPACE` keeps each phrase as written, every space one space, leading and
    trailing ones too: the strings a flat list of ``re.escape``d phrases matches); with
    ``loose_joins`` a space, hyphen or dash in a phrase matches whitespace, a hyphen or
    nothing. ``plural`` allows an -s/-es ending. Case is kept: lower-case the phrases and the
    text for a case-blind match (``re`` is about four times faster so than with IGNORECASE)."""
    return _alternation(tuple(phrases), loose_joins, plural, whitespace)


@functools.cache
def _alternation(phrases: tuple[str, ...], loose_joins: bool, plural: bool,
                 whitespace: str = ANY_WHITESPACE) -> str:
    split = _JOINS if loose_joins else _SPACES
    trie: dict[str, Any] = {}
    as_written = whitespace == ONE_SPACE and not loose_joins
    for phrase in phrases:
        node = trie
        for char in phrase if as_written else " ".join(split.split(phrase.strip())):
            node = node.setdefault(char, {})
        node[""] = {}
    gap = _LOOSE_GAP if loose_joins else whitespace
    return "(?:" + _trie_regex(trie, gap) + ")" + ("(?:e?s)?" if plural else "")


def _trie_regex(node: dict[str, Any], gap: str) -> str:
    branches = [(gap if char == " " else re.escape(char)) + _trie_regex(child, gap)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def case_blind_alternation(phrases: Iterable[str], *, plural: bool = False,
                           whitespace: str = ANY_WHITESPACE) -> str:
    """:func:`alternation` of the lower-cased phrases, for lower-cased text (a case-blind match
    without IGNORECASE) or for text matched with IGNORECASE."""
    return alternation([p.lower() for p in phrases], plural=plural, whitespace=whitespace)


def phrase_pattern(phrases: Iterable[str], *, loose_joins: bool = False, plural: bool = False,
                   whole_compounds: bool = False) -> re.Pattern[str]:
    """A whole-word matcher of ``phrases`` (not inside a longer word or after a hyphen),
    compiled once per process for each list (see :func:`alternation`). With
    ``whole_compounds`` a phrase before a hyphen does not match either: "no comment" is not
    found in "no comment-style answers"."""
    return _phrase_pattern(tuple(phrases), loose_joins, plural, whole_compounds)


@functools.cache
def _phrase_pattern(phrases: tuple[str, ...], loose_joins: bool, plural: bool,
                    whole_compounds: bool) -> re.Pattern[str]:
    end = r"(?![\w\-‐])" if whole_compounds else r"(?!\w)"
    return re.compile(rf"(?<![\w\-‐]){_alternation(phrases, loose_joins, plural)}{end}")
