"""Lists of victims in a casualty figure: "four soldiers and five attackers were killed" (9,
with its parts), "killing himself and seven others" (8), "In addition to the bomber, four people
were killed" (5). The parts are read with the casualty lexicon
(:mod:`rashomon.extract.casualty_lexicon`); a bound sums only where every part has it.
"""

from __future__ import annotations

import re

from rashomon.extract.casualty_lexicon import Lexicon, lexicon
from rashomon.extract.quantities import norm, parse_quantity
from rashomon.types import Figure


def part_figure(lex: Lexicon, phrase: str) -> Figure | None:
    """The count of one part of a list: its quantity, or 1 for a singular victim."""
    text = norm(phrase)
    if text in lex.singular or lex.one_person.fullmatch(text):
        return Figure(1, 1)
    text = _DET.sub("", text)  # "the two gunmen": two
    m = lex.number_first.match(text + " killed")  # the part's own quantity
    return parse_quantity(m["q"]) if m else None


_DET = re.compile(r"^(?:the|its|their|his|her)\s+(?=\S+\s)")
AND = re.compile(r"(?<!\w)(?:and|&)\s")  # a list's parts are joined by "and" somewhere


def total(figures: list[Figure]) -> Figure:
    lows = [f.min for f in figures]
    highs = [f.max for f in figures]
    return Figure(None if None in lows else sum(v for v in lows if v is not None),
                  None if None in highs else sum(v for v in highs if v is not None))


def list_parts(lex: Lexicon, text: str, m: re.Match[str], first: Figure,
           q_start: int) -> list[tuple[Figure, str]] | None:
    """The parts of a list of victims (the first one included), as written, or None when the
    match is no list or a part cannot be read."""
    more = m.groupdict().get("more")
    if not more:
        return None
    base = m.start("more")
    if m["q"] is not None and not text[m.end("q"):base].strip():
        return None  # the first part names no victims: no list
    if not AND.search(more):
        return None  # "the death of two assailants, at least five people …": a new clause, no list
    parts = [(first, text[q_start:base].strip())]
    for pm in lex.part.finditer(more):
        fig = part_figure(lex, pm["p"])
        if fig is None:
            return None
        parts.append((fig, text[base + pm.start("p"):base + pm.end("p")].strip()))
    return parts


def phrase_end(m: re.Match[str], q_start: int) -> int:
    """Where the victims' phrase that begins at ``q_start`` ends (before the verb or link)."""
    groups = m.groupdict()
    if groups.get("more") is not None:
        return m.start("more")
    for name in ("link", "w"):
        if groups.get(name) is not None and m.start(name) > q_start:
            return m.start(name)
    return m.end()


def additive_part(text: str, start: int) -> tuple[Figure, str, int] | None:
    """The victims named before a figure at ``start`` by "in addition to", "besides" …: their
    count, the words as written and where the phrase begins ("In addition to the bomber, four
    people were killed" → (1, "the bomber", 0)); None when there are none."""
    lex = lexicon()
    low = text[:start].lower()
    if len(low) != start:
        return None
    add = lex.additive.search(low)
    if add is None or (extra := part_figure(lex, add["p"])) is None:
        return None
    return extra, text[add.start("p"):add.end("p")].strip(), add.start()


def conjoined_part(text: str, start: int) -> tuple[Figure, str, int] | None:
    """One person named before the victims counted at ``start`` and joined to them by "and"
    ("The driver and two passengers were killed", "My neighbour and her two daughters died"):
    (1, the words as written, where they begin); None when there is none."""
    lex = lexicon()
    low = text[:start].lower()
    if len(low) != start:
        return None
    m = lex.conjoined.search(low)
    if m is None:
        return None
    return Figure(1, 1), text[m.start("p"):m.end("p")].strip(), m.start()
