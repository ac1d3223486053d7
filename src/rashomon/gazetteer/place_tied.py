"""A region name of several countries that its own sentence ties to one of them.

Many first-level units share a name across borders: Savanes (Togo and Côte d'Ivoire), Centre
(Burkina Faso, Cameroon, Haiti ...), Northern (Sierra Leone, Ghana, Uganda ...). Read alone, the
larger namesake wins, and where the article is about a third country (a background paragraph
on a neighbour) nothing backs either, so the wrong one can win and even back its own country
for the rest of the article. The sentence that names such a region nearly always names its
country too ("Togo, its western neighbour, has seen attacks in its northern Savanes region",
"in Cameroon, where the Far North region ...", "the Togolese Savanes region"): when it names
exactly one of the countries that have a region of that name, the region is that country's.

Only names with region candidates in two or more countries are looked at (a handful of spans
per article), and only their own sentence is read: no scan of the gazetteer per token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rashomon.gazetteer.place_context import Candidate

# where a sentence ends: a full stop, question or exclamation mark before a space, or a line break
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n")
_LOOK = 400  # characters read either side: a long news sentence


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``start``-``end`` (within ``_LOOK`` characters)."""
    lo = max(0, start - _LOOK)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    first = ends[-1] if ends else lo
    after = _SENTENCE_END.search(text, end, min(len(text), end + _LOOK))
    return text[first:after.start() + 1 if after else min(len(text), end + _LOOK)]


def tied_country(text: str, start: int, end: int, cands: Iterable[Candidate],
                 named_in: Callable[[str, str], bool]) -> str | None:
    """The one country of a region name's namesakes that the name's own sentence names (by its
    name or its people: ``named_in(code, sentence)``), when the name is a region of two or more
    countries as written; None otherwise (one country, none named, or several named)."""
    codes = {c.location.country for c in cands
             if c.source == "region" and c.form in ("main", "alternate") and c.location.country}
    if len(codes) < 2:
        return None  # most names: the cheap test first
    sentence = sentence_around(text, start, end)
    named = [code for code in sorted(codes) if named_in(code, sentence)]
    return named[0] if len(named) == 1 else None
