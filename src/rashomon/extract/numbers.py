"""Casualty figures in text: "22 fighters were killed" → killed ``Figure(22, 22)``.

The words are data (``data/casualty_words.yaml``); this module turns them into three
compiled regexes, one per word order:

* ``toll``: a toll noun, then a number: "the death toll rose to 38", "a death toll of 471";
* ``verb_first``: an active verb, then the victims: "killing seven Iranian advisors";
* ``number_first``: the victims, then a casualty word in the same clause: "22 fighters were
  killed", "seven Iranians were among the dead", "18 killed, 30 wounded", "no one was hurt".

A number is linked only to a casualty word it is adjacent to (through a short noun phrase
and auxiliaries such as "were reportedly"), so dates, times, unit numbers, weapon counts, ages,
distances, percentages and money are never read: the quantity pattern itself refuses a
number after "June", "Brigade" or "page", a year after "in"/"the", and a number followed by a
unit, a month, an ordinal suffix, "-year" or a non-victim noun ("eight missiles").

Conventions (DESIGN §6):

* "more than 13", "over 13", "at least 13" → ``Figure(13, None)``: the stated number is kept
  (as ACLED does), not 14.
* "up to 52", "nearly 40", "almost 40", "fewer than 40" → ``Figure(None, 52/40)``.
* "about 30", "around 30", "some 30", "an estimated 30" → ``Figure(30, 30)``: the stated number.
* "between 13 and 46", "13-46", "13–46", "13 to 46", "two or three" → ``Figure(13, 46)``.
* count nouns give one unit as a conservative minimum: tens 10, dozens 12, scores 20,
  hundreds 100, thousands 1000 (``Figure(n, None)``).
* "several", "many", "a number of", "an unspecified number of" → ``Figure(None, None)``:
  deaths are claimed, the number is not. No number is invented for them.
* "no one was killed", "nobody was hurt", "no deaths" → ``Figure(0, 0)``: a real figure.
* "casualties" means killed and injured together, so a number of casualties cannot be split
  and is skipped ("dozens of casualties" gives nothing); "no casualties" gives killed (0, 0)
  and injured (0, 0).
* "deaths and injuries", "killed and wounded" give one mention of each kind, same span.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

import yaml
from text_to_num import text2num

from rashomon.types import Figure

logger = logging.getLogger(__name__)

Kind = Literal["killed", "injured"]
_KINDS: tuple[Kind, ...] = ("killed", "injured")


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    """A casualty figure in the text: ``text == source_text[start:end]`` (the whole phrase)."""

    kind: Kind
    figure: Figure
    start: int
    end: int
    text: str


def _alt(phrases: Iterable[str], *, plural: bool = False) -> str:
    """A non-capturing alternation of phrases, factored as a prefix trie (much faster in ``re``
    than a flat list); a space matches any whitespace; ``plural`` allows an -s/-es ending."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in " ".join(phrase.lower().split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")" + ("(?:e?s)?" if plural else "")


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _not_after(words: Iterable[str]) -> str:
    """Negative lookbehinds: the number is not right after one of these words."""
    out = []
    for word in sorted({w.lower() for w in words}):
        body = re.escape(word)
        boundary = r"\b" if word[0].isalnum() else ""
        out.append(rf"(?<!{boundary}{body}\s)")
    return "".join(out)


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@dataclass(frozen=True, slots=True)
class _Lexicon:
    stems: tuple[str, ...]
    toll: re.Pattern[str]
    verb_first: re.Pattern[str]
    number_first: re.Pattern[str]
    follower: re.Pattern[str]
    kind_of: dict[str, str]  # casualty phrase → "killed" | "injured" | "both"
    participles: frozenset[str]
    modifiers: tuple[tuple[str, str], ...]  # (phrase, "lower_bound"|"upper_bound"|"approximate")
    suffixes: tuple[tuple[str, str], ...]
    vague: dict[str, int | None]
    zero: frozenset[str]


def _load_yaml(name: str) -> dict[str, Any]:
    data = yaml.safe_load(resources.files("rashomon.data").joinpath(name).read_text("utf-8"))
    if not isinstance(data, dict):
        raise TypeError(f"{name}: expected a mapping at the top level")
    return data


def _quantity(lex: dict[str, Any], np_token: str) -> str:
    """The regex of a quantity phrase ("at least 13", "between 13 and 46", "dozens of", "a"),
    refusing numbers that are dates, times, units, ordinals, ages, money or weapon counts."""
    number_word = rf"{_alt(lex['number_words'])}(?!\w)"
    and_ = r"(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+"  # "one hundred and twenty"
    numwords = rf"(?!one\s+of\b){number_word}(?:(?:{and_}|[\s\-‐]+){number_word})*"
    scale = r"(?:million|thousand)"
    year_guard = rf"(?:(?!(?:1[89]|2[01])\d\d(?!\d))|{_not_after(lex['before_year'])})"
    digits = (rf"{year_guard}(?>\d+\.\d+\s+{scale}|\d{{1,3}}(?:,\d{{3}})+|\d+)"
              rf"(?:\s+{scale})?")
    core = (rf"(?:(?:half\s+a|an?|{numwords}|\d+)\s+dozen(?!\w)"
            rf"|an?\s+(?:hundred|thousand)(?!\w)|{digits}|{numwords})")
    rng = (rf"(?:between\s+{core}\s+and\s+{core}|from\s+{core}\s+to\s+{core}"
           rf"|{digits}\s*[-–—]\s*{digits}|{core}\s+(?:to|or)\s+{core})")
    modifiers = [p for ps in lex["modifiers"].values() for p in ps]
    suffixes = [p for ps in lex["suffixes"].values() for p in ps]
    vague = list(lex["vague_quantities"])
    months_after = [m for m in lex["months"] if m != "May"]  # "5 may have died"
    tail = (rf"(?!\w|[.,:/\-–]\d|[-‐][^\W\d_]|\s*%|\s+{_alt(lex['units_after'])}(?!\w)"
            rf"|\s+{_alt(months_after)}(?!\w)"
            rf"|\s+(?:of\s+)?{_alt(lex['not_victims'], plural=True)}(?!\w))")
    # a cheap gate first: only a digit or a word that can begin a quantity is tried further
    first_words = [p.split()[0] for p in [*lex["number_words"], *vague, *lex["zero"],
                                          *modifiers, "a", "an", "half", "between", "from"]]
    return (
        rf"(?<![\w$£€#@/.,:;\-–])(?=\d|{_alt(first_words)}(?!\w))"
        + _not_after(lex["not_before_number"]) + _not_after(lex["months"])
        + rf"(?:{rng}|{_alt(modifiers)}\s+(?:{rng}|{core})"
        + rf"|(?<!\bhow\s){_alt(vague)}(?:\s+of)?"
        + rf"|{core}(?:\s+{_alt(suffixes)})?"
        + rf"|{_alt(z for z in lex['zero'] if z != 'no')}|no(?=\s)|an?(?=\s+{np_token})){tail}"
    )


@functools.cache
def _lexicon() -> _Lexicon:
    lex = _load_yaml("casualty_words.yaml")
    kind_of: dict[str, str] = {}
    for kind in ("killed", "injured", "both"):
        for group in lex[kind].values():
            for phrase in group:
                kind_of.setdefault(_norm(phrase), kind)

    def words(*groups: str) -> list[str]:
        return [w for kind in ("killed", "injured", "both") for g in groups
                for w in lex[kind].get(g, [])]

    # the victims between a quantity and its casualty word: "22 [of its fighters] were killed"
    stop = _alt([*lex["stop_words"], *lex["links"], *kind_of, *lex["number_words"],
                 *lex["vague_quantities"], *lex["zero"], *lex["months"]])
    not_victims = _alt(lex["not_victims"], plural=True)
    np_token = (rf"(?:\d+-year-olds?|(?!{stop}(?!\w)|{not_victims}(?!\w))"
                r"[^\W\d_](?:[\w'’]|[-.](?=\w))*)")
    noun_phrase = (rf"(?:\s+of\s+(?:them|those|whom|us)(?!\w)|(?:\s+of(?:\s+(?:the|its|their|"
                   rf"his|her|our|these|those))?)?(?:\s+{np_token}){{1,4}})?")
    quantity = _quantity(lex, np_token)
    word_a = _alt(words("participles", "intransitive", "nouns"))
    word_b = _alt(words("active"))
    number_first = re.compile(
        rf"(?P<q>{quantity}){noun_phrase}(?P<link>(?:\s+{_alt(lex['links'])}(?!\w))+)?"
        rf"\s+(?P<w>{word_a})(?!\w)(?:\s+(?:and/or|and|or|&)\s+(?P<w2>{word_a})(?!\w))?")
    verb_first = re.compile(
        rf"(?<!\w)(?P<w>{word_b})(?!\w)(?:\s+(?:and|or)\s+(?P<w2>{word_b})(?!\w))?"
        rf"(?:\s+(?:also|reportedly|allegedly))?\s+(?P<q>{quantity}){noun_phrase}")
    toll = re.compile(
        rf"(?<!\w)(?P<w>{_alt(words('tolls'))})(?!\w)(?:\s+[\w'’-]+){{0,6}}?"
        rf"\s+{_alt(lex['toll_links'])}\s+(?P<q>{quantity})")
    follower = re.compile(rf"\s*(?:$|[^\w\s]|{_alt(lex['bare_followers'])}(?!\w))")
    # cheap substring test: a text with none of these cannot hold a casualty figure
    stems = {p.split()[0][:4] for p in words("participles", "intransitive", "nouns", "active")}
    stems |= {p.split()[-1][:4] for p in words("tolls")}
    logger.debug("casualty lexicon: %d casualty phrases", len(kind_of))
    modifiers = [(_norm(p), bound) for bound, ps in lex["modifiers"].items() for p in ps]
    return _Lexicon(
        stems=tuple(sorted(stems)), toll=toll, verb_first=verb_first, number_first=number_first,
        follower=follower, kind_of=kind_of,
        participles=frozenset(_norm(w) for w in words("participles")),
        modifiers=tuple(sorted(modifiers, key=lambda m: -len(m[0]))),
        suffixes=tuple((_norm(p), bound) for bound, ps in lex["suffixes"].items() for p in ps),
        vague={_norm(k): v for k, v in lex["vague_quantities"].items()},
        zero=frozenset(_norm(z) for z in lex["zero"]),
    )


_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_SCALED = re.compile(r"(\d+(?:\.\d+)?) (million|thousand)")
_DOZEN = re.compile(r"(.+) dozen")
_RANGE = re.compile(r"(?:between |from )?(.+?) ?(?:-|–|—| to | and | or ) ?(.+)")
_SCALES = {"thousand": 1_000, "million": 1_000_000}


def _number(s: str) -> int | None:
    """One exact number: "22", "1,500", "2.5 million", "twenty-two", "a dozen", "a"."""
    if _DIGITS.fullmatch(s):
        return int(s.replace(",", ""))
    if m := _SCALED.fullmatch(s):
        return round(float(m[1]) * _SCALES[m[2]])
    if m := _DOZEN.fullmatch(s):
        units = 0.5 if m[1] == "half a" else _number(m[1])
        return None if units is None else round(units * 12)
    if s in ("a", "an"):
        return 1
    if s.startswith(("a ", "an ")):
        s = "one " + s.split(" ", 1)[1]
    try:
        value = text2num(s.replace("-", " "), "en")
    except ValueError:
        return None
    return value if isinstance(value, int) else None


def parse_quantity(phrase: str) -> Figure | None:
    """Read a quantity phrase as a Figure, or None when it is not a quantity (conventions above)."""
    s = _norm(phrase.replace("‐", "-")).strip(" ,;:")
    if not s:
        return None
    lex = _lexicon()
    if s in lex.zero:
        return Figure(0, 0)
    for key in (s, s.removesuffix(" of")):
        if key in lex.vague:
            minimum = lex.vague[key]
            return Figure(minimum, None)
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
    if (m := _RANGE.fullmatch(s)) and (a := _number(m[1])) is not None:
        b = _number(m[2])
        if b is not None:
            return Figure(min(a, b), max(a, b))
    return None


def _kinds(lex: _Lexicon, m: re.Match[str], figure: Figure) -> list[Kind]:
    """The kinds a match reports; a casualties noun counts only as zero of both."""
    kinds: list[Kind] = []
    for word in (m["w"], m.groupdict().get("w2")):
        if word is None:
            continue
        kind = lex.kind_of.get(_norm(word))
        if kind == "both" and figure == Figure(0, 0):
            kinds.extend(_KINDS)
        elif kind in _KINDS:
            kinds.append("killed" if kind == "killed" else "injured")
    return list(dict.fromkeys(kinds))


def find_casualties(text: str) -> list[CasualtyMention]:
    """Killed and injured figures in a sentence or paragraph, in text order."""
    lex = _lexicon()
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"): keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if not any(stem in low for stem in lex.stems):
        return []
    found: list[CasualtyMention] = []
    used: list[tuple[int, int]] = []
    for rule in (lex.toll, lex.verb_first, lex.number_first):
        for m in rule.finditer(low):
            q_start, q_end = m.span("q")
            if any(q_start < end and start < q_end for start, end in used):
                continue
            if (rule is lex.number_first and m["link"] is None and m["w2"] is None
                    and _norm(m["w"]) in lex.participles
                    and not lex.follower.match(low, m.end())):
                continue  # "two jets killed civilians": "killed" is active here
            figure = parse_quantity(m["q"])
            if figure is None:
                logger.debug("unreadable quantity %r", m["q"])
                continue
            kinds = _kinds(lex, m, figure)
            if not kinds:
                continue
            used.append((q_start, q_end))
            start, end = m.span()
            found.extend(CasualtyMention(k, figure, start, end, text[start:end]) for k in kinds)
    found.sort(key=lambda c: (c.start, c.end, _KINDS.index(c.kind)))
    return found
