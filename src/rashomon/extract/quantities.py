"""Quantity phrases: "at least 13", "between 13 and 46", "twenty-two", "a dozen", "dozens of".

:func:`quantity_regex` builds the regex of a quantity phrase from the casualty lexicon
(``data/casualty_words.yaml``), refusing numbers that are dates, times, units, ordinals, ages,
money or weapon counts; :func:`parse_quantity` reads a matched phrase as a
:class:`~rashomon.types.Figure`. The conventions are listed in :mod:`rashomon.extract.numbers`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from text_to_num import text2num

from rashomon.data import load as load_data
from rashomon.lexicon import case_blind_alternation as alt
from rashomon.types import Figure


def not_after(words: Iterable[str]) -> str:
    """Negative lookbehinds: the number is not right after one of these words."""
    out = []
    for word in sorted({w.lower() for w in words}):
        body = re.escape(word)
        boundary = r"\b" if word[0].isalnum() else ""
        out.append(rf"(?<!{boundary}{body}\s)")
    return "".join(out)


def norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def quantity_regex(lex: dict[str, Any], np_token: str) -> str:
    """The regex of a quantity phrase ("at least 13", "between 13 and 46", "dozens of", "a"),
    refusing numbers that are dates, times, units, ordinals, ages, money or weapon counts."""
    number_word = rf"{alt(lex['number_words'])}(?!\w)"
    and_ = r"(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+"  # "one hundred and twenty"
    numwords = rf"(?!one\s+of\b){number_word}(?:(?:{and_}|[\s\-‐]+){number_word})*"
    scale = alt(lex["scales"])
    # a year-like number is a year after a word such as "in" or after a day ("October 20th 2023",
    # "20 March, 2023"): fixed-width lookbehinds, one per ending of the day
    ends = ("", ",", "st", "nd", "rd", "th", "st,", "nd,", "rd,", "th,")
    after_day = "".join(rf"(?<!\d{end}\s)" for end in ends)
    after_day += "".join(rf"(?<!\d\s{re.escape(m.lower())}\s)(?<!\d\s{re.escape(m.lower())},\s)"
                         for m in lex["months"])
    year_guard = rf"(?:(?!(?:1[89]|2[01])\d\d(?!\d))|{not_after(lex['before_year'])}{after_day})"
    digits = (rf"{year_guard}(?>\d+\.\d+\s+{scale}|\d{{1,3}}(?:,\d{{3}})+|\d+)"
              rf"(?:\s+{scale})?")
    core = (rf"(?:(?:half\s+a|an?|{numwords}|\d+)\s+dozen(?!\w)"
            rf"|an?\s+(?:hundred|thousand)(?!\w)|{digits}|{numwords})")
    lower = alt(lex["modifiers"]["lower_bound"])
    upper = alt(lex["modifiers"]["upper_bound"])
    rng = (rf"(?:between\s+{core}\s+(?:and|to)\s+{core}|from\s+{core}\s+to\s+{core}"
           # "at least one but possibly up to 12": both bounds
           rf"|{lower}\s+{core},?\s+(?:but|and)\s+(?:{alt(lex['bound_hedges'])}\s+)?"
           rf"{upper}\s+{core}"
           rf"|an?\s+{alt(lex['group_nouns'])}\s+of\s+{core}"
           rf"|{digits}\s*[-–—]\s*{digits}|{core}\s+(?:to|or)\s+{core})")
    modifiers = [p for ps in lex["modifiers"].values() for p in ps]
    suffixes = [p for ps in lex["suffixes"].values() for p in ps]
    vague = list(lex["vague_quantities"])
    months_after = [m for m in lex["months"] if m != "May"]  # "5 may have died"
    tail = (rf"(?!\w|[.,:/\-–]\d|[-‐][^\W\d_]|\s*%|\s+{alt(lex['units_after'])}(?!\w)"
            rf"|\s+{alt(months_after)}(?!\w)"
            rf"|\s+(?:of\s+)?{alt(lex['not_victims'], plural=True)}(?!\w))")
    # a cheap gate first: only a digit or a word that can begin a quantity is tried further
    first_words = [p.split()[0] for p in [*lex["number_words"], *vague, *lex["zero"],
                                          *modifiers, "a", "an", "both", "half", "between", "from"]]
    return (
        rf"(?<![\w$£€#@/.,:;\-–])(?=\d|{alt(first_words)}(?!\w))"
        + not_after(lex["not_before_number"]) + not_after(lex["months"])
        + rf"(?:{rng}|{alt(modifiers)}\s+(?:{rng}|{core})"
        + rf"|(?<!\bhow\s){alt(vague)}(?:\s+of)?"
        + rf"|{core}(?:\s+{alt(suffixes)})?"
        + rf"|{alt(z for z in lex['zero'] if z != 'no')}|no(?=\s)|(?:an?|both)(?=\s+{np_token})){tail}"
    )


@dataclass(frozen=True, slots=True)
class _Words:
    modifiers: tuple[tuple[str, str], ...]  # (phrase, "lower_bound"|"upper_bound"|"approximate")
    suffixes: tuple[tuple[str, str], ...]
    vague: frozenset[str]
    zero: frozenset[str]
    both_bounds: re.Pattern[str]
    scales: dict[str, int]  # "million" → 1000000
    scaled: re.Pattern[str]  # "2.5 million"


@functools.cache
def _words() -> _Words:
    lex = load_data("casualty_words.yaml")
    modifiers = [(norm(p), bound) for bound, ps in lex["modifiers"].items() for p in ps]
    return _Words(
        modifiers=tuple(sorted(modifiers, key=lambda m: -len(m[0]))),
        suffixes=tuple((norm(p), bound) for bound, ps in lex["suffixes"].items() for p in ps),
        vague=frozenset(norm(k) for k in lex["vague_quantities"]),
        zero=frozenset(norm(z) for z in lex["zero"]),
        both_bounds=re.compile(
            rf"(?P<low>{alt(lex['modifiers']['lower_bound'])} .+?),? (?:but|and) "
            rf"(?:{alt(lex['bound_hedges'])} )?(?P<high>{alt(lex['modifiers']['upper_bound'])} .+)"),
        scales={norm(k): v for k, v in lex["scales"].items()},
        scaled=re.compile(rf"(\d+(?:\.\d+)?) ({alt(lex['scales'])})"),
    )


_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_DOZEN = re.compile(r"(.+) dozen")
_RANGE = re.compile(r"(?:between |from )?(.+?) ?(?:-|–|—| to | and | or ) ?(.+)")
_GROUP = re.compile(r"an? \w+ of (.+)")  # "a family of six"


def _number(s: str) -> int | None:
    """One exact number: "22", "1,500", "2.5 million", "twenty-two", "a dozen", "a", "both"."""
    if _DIGITS.fullmatch(s):
        return int(s.replace(",", ""))
    if m := _words().scaled.fullmatch(s):
        return round(float(m[1]) * _words().scales[m[2]])
    if m := _DOZEN.fullmatch(s):
        units = 0.5 if m[1] == "half a" else _number(m[1])
        return None if units is None else round(units * 12)
    if s in ("a", "an"):
        return 1
    if s == "both":
        return 2
    if s.startswith(("a ", "an ")):
        s = "one " + s.split(" ", 1)[1]
    try:
        value = text2num(s.replace("-", " "), "en")
    except ValueError:
        return None
    return value if isinstance(value, int) else None


def parse_quantity(phrase: str) -> Figure | None:
    """Read a quantity phrase as a Figure, or None when it is not a quantity (conventions above)."""
    s = norm(phrase.replace("‐", "-")).strip(" ,;:")
    if not s:
        return None
    lex = _words()
    if (m := lex.both_bounds.fullmatch(s)) is not None:  # "at least one but possibly up to 12"
        low, high = parse_quantity(m["low"]), parse_quantity(m["high"])
        if low is not None and high is not None and low.min is not None and high.max is not None:
            return Figure(low.min, high.max)
    if s in lex.zero:
        return Figure(0, 0)
    if s in lex.vague or s.removesuffix(" of") in lex.vague:
        return Figure(None, None)  # "dozens", "several": claimed, no number
    for mod, bound in lex.modifiers:
        if s.startswith(mod + " "):
            inner = parse_quantity(s[len(mod) + 1:])
            if inner is None or inner.min is None or inner.max is None:
                return None
            if bound == "lower_bound":
                return Figure(inner.min, None)
            return Figure(None, inner.max) if bound == "upper_bound" else inner
    for suffix, bound in lex.suffixes:
        if s.endswith(" " + suffix) and (n := _number(s[: -len(suffix) - 1])) is not None:
            return Figure(n, None) if bound == "lower_bound" else Figure(n, n)
    if (n := _number(s)) is not None:
        return Figure(n, n)
    if (g := _GROUP.fullmatch(s)) and (n := _number(g[1])) is not None:
        return Figure(n, n)
    if (m := _RANGE.fullmatch(s)) and (a := _number(m[1])) is not None:
        b = _number(m[2])
        if b is not None:
            return Figure(min(a, b), max(a, b))
    return None


