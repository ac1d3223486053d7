"""Which side's dead a figure counts: in a war of two sides, each side's own toll is no dispute.

"24 people had been killed on its side" (a Kyrgyz ministry) and "one civilian had been killed on
the Tajik side" (a Tajik official) count two populations: both can hold, so a casualty dispute
(:mod:`rashomon.reconcile.disputes`) does not oppose them. Two sources giving figures for **one**
population still dispute: a ministry's "12 of its soldiers" and the enemy's "200 Ukrainian
soldiers", or two figures with no side at all.

:func:`figure_side` reads a claim's evidence for the side its figure is scoped to (the
``side_*`` words of ``data/casualty_words.yaml``):

* the source's own side: "on its side", "of its soldiers", "among our citizens", "its own losses":
  the country of the source's name ("Armenian health ministry" → AM), else the source itself
  (``own:<name>``);
* a named side: "on the Tajik side", "Ethiopia's own losses", "of Israel's soldiers", the
  figure's own number before a nationality and its people ("120 Ukrainian soldiers"; not "three
  British nationals" among seven dead: a part named), or a country after a
  casualty word ("killed in Lebanon"; a town is no side): its ISO codes (demonyms and country
  names), else the name's words (``name:<words>``).

A text that names two sides gives none (which of them the figure counts is not known).
:func:`different_sides` says whether two sides surely differ: disjoint codes or names; a
source's own side it cannot place in a country (``own:``) differs only from another source's own
side, never from a named one (the ministry may be of that very country).

Reconcile may not load the extract stage (issue 16): small regexes over the evidence, run once
per source figure of an event.
"""

from __future__ import annotations

import functools
import re

import pycountry

from rashomon.data import load as load_data
from rashomon.gazetteer.fold import strip_marks
from rashomon.gazetteer.place_context import demonyms
from rashomon.lexicon import case_blind_alternation as alt
from rashomon.lexicon.parties import words
from rashomon.types import Claim

Side = frozenset[str]
_NONE: Side = frozenset()
# a name as written: one or two capitalised words ("Tajik", "South Sudanese", "Israel")
_NAME = r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The source's own side, and a named side (group ``name``)."""
    lex = load_data("casualty_words.yaml")
    people, losses = alt(lex["side_people"]), alt(lex["side_losses"])
    mine = "(?:its|our|their)"
    own = re.compile(rf"(?i)(?<!\w)(?:on\s+{mine}\s+(?:own\s+)?side|(?:of|among)\s+{mine}\s+(?:own\s+)?{people}"
                     rf"|{mine}\s+own\s+{losses})(?!\w)")
    number = rf"(?:\d[\d,]*|{alt(lex['number_words'])})"
    died = alt(lex["side_died"])
    # case-sensitive: a name is capitalised ("on the Tajik side", not "on the other side")
    named = re.compile(
        rf"(?<!\w)(?:[Oo]n\s+the\s+{_NAME}\s+side"
        rf"|{_NAME.replace('name', 'poss')}['’]s\s+own\s+(?:{losses}|{people})"
        rf"|(?:of|among)\s+{_NAME.replace('name', 'of')}['’]s\s+{people}"
        rf"|(?P<number>(?i:{number}))\s+{_NAME.replace('name', 'demonym')}\s+(?i:{people})"
        rf"|(?i:{died})\s+in\s+{_NAME.replace('name', 'country')})(?!\w)")
    return own, named


@functools.cache
def _countries() -> dict[str, tuple[str, ...]]:
    """Folded country names and nationality words → ISO codes ("kyrgyzstan", "tajik")."""
    out: dict[str, tuple[str, ...]] = dict(demonyms())
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                out.setdefault(_fold(name.partition(",")[0]), (country.alpha_2,))
    return out


def _fold(name: str) -> str:
    return " ".join(strip_marks(name).lower().split())


def _codes(name: str, *, countries_only: bool = False) -> tuple[str, ...]:
    """The ISO codes of a name, its longest known head first ("Tajik side" → TJ); () if none."""
    folded = _fold(name).removesuffix("'s").removesuffix("’s")
    parts = folded.split()
    table = _countries()
    for n in range(len(parts), 0, -1):
        head = " ".join(parts[:n])
        codes = table.get(head, ())
        if codes and not (countries_only and head in demonyms()):
            return codes
    return ()


@functools.cache
def _number_words() -> dict[str, int]:
    """"zero" … "nineteen" → 0 … 19, "twenty" … "ninety" → 20 … 90."""
    numbers = [str(w).lower() for w in load_data("casualty_words.yaml")["number_words"]]
    return {**{w: n for n, w in enumerate(numbers[:20])}, **{w: 20 + 10 * n for n, w in enumerate(numbers[20:28])}}


def _value(number: str) -> int | None:
    """The value of a number as written ("120", "1,500", "seven")."""
    digits = number.replace(",", "")
    return int(digits) if digits.isdigit() else _number_words().get(number.lower())


def _figures(claim: Claim) -> set[int | None]:
    """The bounds of the claim's figures."""
    return {v for fig in (claim.killed, claim.injured) if fig is not None for v in (fig.min, fig.max) if v is not None}


def source_side(claim: Claim) -> Side:
    """The country a source speaks for, from its name ("Kirghiz health ministry" → KG), else the
    source itself."""
    found: set[str] = set()
    for text in (claim.source.name, claim.source.text):
        ws = text.replace("’s", "").replace("'s", "").split()
        for i in range(len(ws)):
            for n in (2, 1):
                codes = _codes(" ".join(ws[i:i + n])) if i + n <= len(ws) else ()
                if codes:
                    found.update(codes)
                    break
    return frozenset(found) if len(found) == 1 else frozenset({f"own:{claim.source.name}"})


def figure_side(claim: Claim) -> Side:
    """The side whose dead the claim's figure counts (see the module docstring); empty: none, or
    more than one."""
    text = claim.evidence.text
    own, named = _patterns()
    sides: set[Side] = set()
    if own.search(text):
        sides.add(source_side(claim))
    for m in named.finditer(text):
        if m["country"] is not None:
            codes = _codes(m["country"], countries_only=True)
            if codes:
                sides.add(frozenset(codes))
            continue
        if m["demonym"] is not None and _value(m["number"]) not in _figures(claim):
            continue  # "three British nationals" among the seven dead: a part named, not the figure's side
        name = next(g for g in (m["name"], m["poss"], m["of"], m["demonym"]) if g is not None)
        codes = _codes(name)
        if codes:
            sides.add(frozenset(codes))
        elif m["demonym"] is None:  # "on the Houthi side": a side by its own name
            sides.add(frozenset({"name:" + " ".join(words(name))}))
    return next(iter(sides)) if len(sides) == 1 else _NONE


def different_sides(a: Side, b: Side) -> bool:
    """Whether two figures' sides surely differ (see the module docstring)."""
    if not a or not b or not a.isdisjoint(b):
        return False
    a_own, b_own = any(k.startswith("own:") for k in a), any(k.startswith("own:") for k in b)
    return a_own == b_own
