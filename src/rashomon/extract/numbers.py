"""Casualty figures in text: "22 fighters were killed" → killed ``Figure(22, 22)``.

The words are data (``data/casualty_words.yaml``); this module turns them into compiled
regexes, one per word order:

* ``toll``: a toll noun, then a number: "the death toll rose to 38", "a death toll of 471";
* ``of_noun``: a noun, "of" and the victims: "the deaths of five journalists", "the bodies of 29
  children";
* ``counted``: a number right before remains: "the hospital received 29 bodies";
* ``verb_first``: an active verb, then the victims: "killing seven Iranian advisors";
* ``number_first``: the victims, then a casualty word in the same clause: "22 fighters were
  killed", "seven Iranians were among the dead", "18 killed, 30 wounded", "no one was hurt",
  "a member of the crew was killed".

A number is linked only to a casualty word it is adjacent to (through a short noun phrase
and auxiliaries such as "were reportedly"), so dates, times, unit numbers, weapon counts, ages,
distances, percentages and money are never read: the quantity pattern itself refuses a
number after "June", "Brigade" or "page", a year after "in"/"the", and a number followed by a
unit, a month, an ordinal suffix, "-year" or a non-victim noun ("eight missiles").

Conventions (DESIGN §6, with the gold sets' reading of vague words, CONVENTIONS.md):

* "more than 13", "over 13", "at least 13" → ``Figure(13, None)``: the stated number is kept
  (as ACLED does), not 14.
* "up to 52", "nearly 40", "almost 40", "fewer than 40" → ``Figure(None, 52/40)``.
* "about 30", "around 30", "some 30", "an estimated 30" → ``Figure(30, 30)``: the stated number.
* "between 13 and 46", "13-46", "13–46", "13 to 46", "two or three" → ``Figure(13, 46)``.
* vague words ("dozens", "hundreds", "scores", "several", "many", "a number of", "an
  unspecified number of") → ``Figure(None, None)``: deaths are claimed, the number is not.
  No number is invented for them; the word stays in the evidence.
* "no one was killed", "nobody was hurt", "no deaths" → ``Figure(0, 0)``: a real figure.
* "casualties" means killed and injured together, so a number of casualties cannot be split
  and is skipped ("dozens of casualties" gives nothing); "no casualties" gives killed (0, 0)
  and injured (0, 0). "18 killed and wounded" is such a joint count too: skipped, never copied
  into both kinds; "deaths and injuries" with no number gives one unspecified mention of each.
* a list of victims is summed, its parts kept (:attr:`CasualtyMention.parts`): "four soldiers
  and five attackers were killed" → (9, 9); "killing himself and seven others" → (8, 8); "In
  addition to the bomber, at least four people were killed" → (5, None). A bound sums only
  where every part has it. A partitive ("12 people, three of them children") is not a part.
* a toll that rises ("the toll rose to 40", "revised up to 40") is marked
  :attr:`CasualtyMention.revision`: it replaces the figure it revises where one figure is kept.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.extract.quantities import norm, parse_quantity, quantity_regex
from rashomon.lexicon import case_blind_alternation as alt
from rashomon.nlp.regexes import compile_cached
from rashomon.types import Figure

__all__ = ["CasualtyMention", "Kind", "additive_part", "cumulative", "find_casualties", "in_spans", "parse_quantity",
           "speaks_of_deaths", "subset_spans"]

logger = logging.getLogger(__name__)

# characters before a quantity searched for an elliptic "two were killed and …", and before a
# toll for "revised", "rose" (provenance in data/settings.toml)
ELLIPTIC_LOOKBACK: int = setting("extract.numbers", "elliptic_lookback")  # data/settings.toml
REVISION_LOOKBACK: int = setting("extract.numbers", "revision_lookback")  # data/settings.toml
# words between a toll noun and the verb that links it to its number ("the death toll from
# Tuesday's bombing of the market has risen to 11"; provenance in data/settings.toml)
TOLL_GAP: int = setting("extract.numbers", "toll_gap")  # data/settings.toml

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
    parts: tuple[tuple[Figure, str], ...] = ()  # the counts of a list of victims, summed
    revision: bool = False  # a toll that rose or was revised: it replaces an earlier figure
    subset: bool = False  # a part of the victims ("three of his children"): no toll of its own


@dataclass(frozen=True, slots=True)
class _Lexicon:
    stems: tuple[str, ...]
    rules: tuple[re.Pattern[str], ...]  # listed, material, toll, of_noun, counted, no_sign, verb_first,
    # number_first
    listed: re.Pattern[str]  # "those killed included two soldiers and a nurse"
    material: re.Pattern[str]  # "losses were limited to material": zero of both kinds
    number_first: re.Pattern[str]
    quantity_next: re.Pattern[str]  # a quantity right after a participle: "killed at least 25"
    elliptic: re.Pattern[str]  # "… were killed and another" right before a figure
    part: re.Pattern[str]  # one more part of a list of victims (after the first)
    additive: re.Pattern[str]  # "In addition to the bomber, " right before a figure
    revision: re.Pattern[str]
    cumulative: re.Pattern[str]
    death: re.Pattern[str]  # any killed word at all
    follower: re.Pattern[str]
    subset: re.Pattern[str]  # right after a quantity: "of his children", "of their relatives"
    partial: re.Pattern[str]  # right after a toll: "(dead) does not include the missing"
    trapped: re.Pattern[str]  # right after a burial: "under the rubble", "alive"
    burial: frozenset[str]  # "buried 34 people": a toll, unless trapped follows
    counted_only: frozenset[str]  # "eliminated two terrorists", not "eliminating a threat"
    kind_of: dict[str, str]  # casualty phrase → "killed" | "injured" | "both"
    participles: frozenset[str]
    singular: frozenset[str]


# the rules in the order they are tried: a figure taken by one is not read again by the next
_RULES = ("listed", "material", "toll", "of_noun", "counted", "no_sign", "verb_first", "number_first")


@functools.cache
def _lexicon() -> _Lexicon:
    """The casualty regexes, built from ``data/casualty_words.yaml`` and compiled through the
    start-up cache (:mod:`rashomon.nlp.regexes`): the one place they are loaded."""
    lex = load_data("casualty_words.yaml")
    kind_of: dict[str, str] = {}
    for kind in ("killed", "injured", "both"):
        for group, phrases in lex[kind].items():
            if group == "of_nouns":
                continue
            for phrase in phrases:
                kind_of.setdefault(norm(phrase), kind)
        for phrase in lex[kind].get("of_nouns", []):
            kind_of.setdefault(norm(phrase), kind)
    for phrase in lex["material_only"]:
        kind_of.setdefault(norm(phrase), "both")
    heads = {norm(p): kind for kind in _KINDS for p in lex["list_heads"][kind]}

    def words(*groups: str) -> list[str]:
        return [w for kind in ("killed", "injured", "both") for g in groups
                for w in lex[kind].get(g, [])]

    # the victims between a quantity and its casualty word: "22 [of its fighters] were killed",
    # "a [member of the crew] was killed", "five [employees from the charity] were killed"
    stop = alt([*lex["stop_words"], *lex["links"], *kind_of, *lex["number_words"],
                *lex["vague_quantities"], *lex["zero"], *lex["months"]])
    not_victims = alt(lex["not_victims"], plural=True)
    np_token = (rf"(?:\d+-year-olds?|(?!{stop}(?!\w)|{not_victims}(?!\w))"
                r"[^\W\d_](?:[\w'’]|[-.](?=\w))*)")
    det = r"(?:the|its|their|his|her|our|these|those|a|an)"
    # "of the Safi and Kaloub families", "from the World Central Kitchen (WCK) team"
    tail = (rf"(?:\s+(?:of|from)(?:\s+{det})?(?:\s+{np_token}){{1,3}}(?:\s+\([^()\s]{{1,12}}\))?"
            rf"(?:\s+(?:and\s+)?{np_token}){{0,3}})?")
    # one quantity may count two plural nouns joined without their own: "seven soldiers and militia
    # members" (7), but "a husband and wife" is two
    word_a = alt(words("participles", "intransitive", "nouns", "burial"))
    plural = "|".join(f"(?<={re.escape(w)})" for w in lex["plural_endings"])
    shared = (rf"(?:(?:{plural})\s+and(?:\s+{np_token}){{1,2}}"
              rf"(?=(?:\s+{alt(lex['links'])}(?!\w))*\s+{word_a}(?!\w)))?")
    # a named victim may carry an age: "a child named Ali Hassan (14)"
    age = r"(?:\s+\(\d{1,3}\))?"
    tokens = rf"(?:\s+of(?:\s+{det})?)?(?:\s+{np_token}){{1,5}}{age}{shared}{tail}"
    np_req = rf"(?:\s+of\s+(?:them|those|whom|us)(?!\w)|{tokens})"
    noun_phrase = rf"{np_req}?"
    quantity = quantity_regex(lex, np_token)
    singular = alt(lex["singular_victims"])
    sep = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    # a further part of a list names its own victims and is no partitive ("three of them")
    part = rf"(?:(?!\S+\s+of\s+(?:them|those|whom)(?!\w)){quantity}{tokens}|{singular}(?!\w))"
    # a list follows only a first part with its own victims ("2023, one man was killed" is none)
    more = rf"(?P<more>(?:{sep}{part})*)"
    listed = rf"(?:{np_req}{more})?"
    aside = (rf"(?:(?:\s*,\s*{alt(lex['aside_starts'])}(?!\w)[^,;.:()]{{0,80}}?(?=\s*,)){{1,2}}"
             rf"\s*,)?")
    word_b = alt(words("active", "burial", "counted_only"))
    number_first = (
        rf"(?P<q>{quantity}){listed}{aside}(?P<link>(?:\s+(?:{alt(lex['links'])}|(?!{word_a}\s)[a-z]+ed\s+and)(?!\w))+)?"
        rf"(?:\s+{alt(lex['possessives'])})?(?:\s+{alt(lex['severity'])})?\s+(?P<w>{word_a})(?!\w)"
        rf"(?:\s+(?:and/or|and|or|&)\s+(?:{alt(lex['severity'])}\s+)?(?P<w2>{word_a})(?!\w))?")
    verb_first = (
        rf"(?<!\w)(?P<w>{word_b})(?!\w)(?:\s+(?:and|or)\s+(?P<w2>{word_b})(?!\w))?"
        rf"(?:\s+(?:also|reportedly|allegedly))?\s+(?:(?P<q>{quantity}){noun_phrase}|(?P<s>{singular})(?!\w))"
        rf"{more}")
    # "the number of civilians killed": a toll noun of the kind of its last word
    toll_word = alt(words("participles", "attributive"))
    toll = (
        # an aside may follow the toll noun: "the death toll, which earlier stood at 25, rose to 43"
        rf"(?<!\w)(?P<w>{alt(words('tolls'))}|number\s+of(?:\s+[^\W\d_][\w'’-]*){{1,2}}?\s+{toll_word})(?!\w)(?:\s*,[^,;:()]{{1,60}}?,)?(?:\s+[\w'’-]+){{0,{TOLL_GAP}}}?"
        # a toll is a number, never an article: "the toll from the bombing of a market rose to 11"
        rf"\s+{alt(lex['toll_links'])}\s+(?P<q>{quantity})(?<!\ba)(?<!\ban)(?<!\bboth)")
    # "the deaths of five journalists", "the death of the two assailants"
    of_noun = (rf"(?<!\w)(?P<w>{alt(words('of_nouns'))})(?:\s+(?:the|its|their|these|those))?"
               rf"\s+(?P<q>{quantity}){listed}")
    # "no indications (at this time) of civilian casualties": zero, for the noun's kinds
    nouns = alt(words("nouns"), plural=True)
    no_sign = (rf"(?<!\w)(?P<q>{alt(lex['no_sign_of'])})(?!\w)(?:[\s\"“”’']+[\w-]+){{0,4}}?"
               rf"[\s\"“”’']+of\s+(?:any\s+)?(?:[\w-]+\s+)?(?P<w>{nouns})(?!\w)")
    # a participle before the victims' noun: "received 48 wounded people", "five dead soldiers"
    attributive = alt(words("participles", "attributive"))
    counted = (rf"(?P<q>{quantity})\s+(?:(?P<w>{alt(words('counted'))})(?!\w)"
               rf"|(?P<w2>{attributive})(?=\s+{np_token}))")
    include, whole = alt(lex["list_include"]), alt(lex["list_whole"])
    listed_rule = (
        rf"(?<!\w)(?P<w>{alt(heads)})(?!\w)(?:\s+(?:in|at|on|during|by)(?:\s+[\w'’-]+){{1,9}}?)?"
        rf"\s+(?:(?P<inc>{include})|{whole})\s+(?P<q>{quantity}){tokens}{more}")
    material = rf"(?<!\w)(?P<q>(?P<w>{alt(lex['material_only'])}))(?!\w)"
    quantity_next = rf"\s+(?:{quantity})"
    word_done = alt(words("participles", "intransitive"))
    elliptic = (rf"(?<!\w){word_done}(?!\w)(?:\s+[^\s,.;:]+){{0,6}}?,?\s+and\s+"
                rf"(?:{alt(lex['elliptic_joins'])}\s+)?$")
    follower = rf"\s*(?:$|[^\w\s]|{alt(lex['bare_followers'])}(?!\w))"
    # a few words may stand between the comma and the figure ("…, the blast killed four"), but no
    # other clause ("and") and no figure of its own
    between = rf"(?:\s+(?!and\b|or\b|\d|{word_a}\b|{word_b}\b)[^\s,.;:]+){{0,4}}"
    additive = (rf"(?<!\w){alt(lex['additive'])}\s+(?P<p>(?:the\s+|its\s+|their\s+)?{part})\s*,"
                rf"{between}\s*$")
    revision = rf"(?<!\w){alt(lex['revision_words'])}(?!\w)"
    partial = (rf"(?:\s+[\w-]+)?[\s\"“”'’]+(?:does|do|did|would|will|may|might)\s*(?:not|n['’]t)\s+"
               rf"(?:yet\s+|fully\s+)?{alt(lex['partial_toll_verbs'])}(?!\w)")
    subset = (rf"\s+of\s+(?:{alt(lex['possessives'])}(?:\s+[\w'’-]+)?\s+{alt(lex['kin_nouns'])}"
              rf"|the\s+{alt(lex['victim_groups'])})(?!\w)")
    cumulative = (rf"(?<!\w)(?:{alt(lex['cumulative_cues'])}|since\s+the(?:\s+[\w-]+){{0,2}}?\s+"
                  rf"{alt(lex['cumulative_since'], plural=True)}"
                  rf"|(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?"
                  rf"{alt(lex['cumulative_spans'])}"
                  # "which began in 2017", "have been killed … since Russian troops took the plant in
                  # March 2022": a war's start, or a perfect tense counted since a year
                  rf"|{alt(lex['cumulative_starts'])}\s+in\s+(?:19|20)\d\d"
                  rf"|(?:has|have)\s+(?:been\s+)?(?:killed|died)\b[^.;]{{0,100}}?\bsince(?:\s+[\w'’-]+){{0,9}}?"
                  rf"\s+(?:19|20)\d\d)(?!\w)")
    # cheap substring test: a text with none of these cannot hold a casualty figure
    stems = {p.split()[0][:4] for p in words("participles", "intransitive", "nouns", "active", "burial", "counted_only",
                                              "of_nouns", "counted")}
    stems |= {p.split()[-1][:4] for p in words("tolls")}
    stems |= {p.split()[0][:4] for p in lex["material_only"]}
    logger.debug("casualty lexicon: %d casualty phrases", len(kind_of))
    rx = compile_cached("casualties", {
        "listed": listed_rule, "material": material, "toll": toll, "of_noun": of_noun, "counted": counted,
        "no_sign": no_sign, "verb_first": verb_first, "number_first": number_first,
        "quantity_next": quantity_next, "elliptic": elliptic, "part": rf"{sep}(?P<p>{part})",
        "additive": additive, "revision": revision, "cumulative": cumulative, "follower": follower, "subset": subset,
        "partial": partial, "trapped": rf"\s+{alt(lex['burial_not_before'])}(?!\w)",
        "death": rf"(?<!\w){alt(p for p, k in kind_of.items() if k == 'killed')}",
    })
    return _Lexicon(
        stems=tuple(sorted(stems)),
        rules=tuple(rx[name] for name in _RULES),
        listed=rx["listed"], material=rx["material"], number_first=rx["number_first"],
        quantity_next=rx["quantity_next"], elliptic=rx["elliptic"], part=rx["part"], additive=rx["additive"],
        revision=rx["revision"], cumulative=rx["cumulative"], follower=rx["follower"], subset=rx["subset"],
        partial=rx["partial"], trapped=rx["trapped"], burial=frozenset(norm(w) for w in words("burial")),
        counted_only=frozenset(norm(w) for w in words("counted_only")),
        # a prefix match: "deadly", "martyrs" count as speaking of deaths too
        kind_of={**kind_of, **heads},
        death=rx["death"],
        participles=frozenset(norm(w) for w in words("participles", "burial")),
        singular=frozenset(norm(w) for w in lex["singular_victims"]),
    )


def _kinds(lex: _Lexicon, m: re.Match[str], figure: Figure) -> list[Kind]:
    """The kinds a match reports. A casualties noun, or a killed word joined to an injured
    word ("18 killed and wounded"), is one joint count: read only when zero or unspecified."""
    kinds: list[Kind] = []
    for word in (m["w"], m.groupdict().get("w2")):
        if word is None:
            continue
        kind = lex.kind_of.get(norm(word))
        if kind is None and norm(word).startswith("number of "):
            kind = lex.kind_of.get(norm(word).rsplit(" ", 1)[1])  # "the number of civilians killed"
        if kind == "both" and figure == Figure(0, 0):
            kinds.extend(_KINDS)
        elif kind in _KINDS:
            kinds.append("killed" if kind == "killed" else "injured")
    kinds = list(dict.fromkeys(kinds))
    joint = figure != Figure(0, 0) and (figure.min is not None or figure.max is not None)
    return [] if len(kinds) > 1 and joint else kinds


def _part_figure(lex: _Lexicon, phrase: str) -> Figure | None:
    """The count of one part of a list: its quantity, or 1 for a singular victim."""
    text = norm(phrase)
    if text in lex.singular:
        return Figure(1, 1)
    text = _DET.sub("", text)  # "the two gunmen": two
    m = lex.number_first.match(text + " killed")  # the part's own quantity
    return parse_quantity(m["q"]) if m else None


_DET = re.compile(r"^(?:the|its|their)\s+(?=\S+\s)")
_OTHER = re.compile(rf"(?<!\w){alt(load_data('casualty_words.yaml')['besides_words'])}(?!\w)")
_AND = re.compile(r"(?<!\w)(?:and|&)\s")


def _total(figures: list[Figure]) -> Figure:
    lows = [f.min for f in figures]
    highs = [f.max for f in figures]
    return Figure(None if None in lows else sum(v for v in lows if v is not None),
                  None if None in highs else sum(v for v in highs if v is not None))


def _parts(lex: _Lexicon, text: str, m: re.Match[str], first: Figure,
           q_start: int) -> list[tuple[Figure, str]] | None:
    """The parts of a list of victims (the first one included), as written, or None when the
    match is no list or a part cannot be read."""
    more = m.groupdict().get("more")
    if not more:
        return None
    base = m.start("more")
    if m["q"] is not None and not text[m.end("q"):base].strip():
        return None  # the first part names no victims: no list
    if not _AND.search(more):
        return None  # "the death of two assailants, at least five people …": a new clause, no list
    parts = [(first, text[q_start:base].strip())]
    for pm in lex.part.finditer(more):
        fig = _part_figure(lex, pm["p"])
        if fig is None:
            return None
        parts.append((fig, text[base + pm.start("p"):base + pm.end("p")].strip()))
    return parts


def _phrase_end(m: re.Match[str], q_start: int) -> int:
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
    lex = _lexicon()
    low = text[:start].lower()
    if len(low) != start:
        return None
    add = lex.additive.search(low)
    if add is None or (extra := _part_figure(lex, add["p"])) is None:
        return None
    return extra, text[add.start("p"):add.end("p")].strip(), add.start()


def subset_spans(mentions: Iterable[tuple[int, CasualtyMention]]) -> tuple[tuple[int, int], ...]:
    """The offsets of the mentions that count a part of the victims ("three of his children were
    killed"), each given with the offset its text starts at in the article: a figure the parse
    reads inside one is that part, not a toll (the claims and the frames both skip it)."""
    return tuple((start, start + len(m.text)) for start, m in mentions if m.subset)


def in_spans(spans: Iterable[tuple[int, int]], char: int) -> bool:
    """Whether ``char`` falls inside one of ``spans`` (start inclusive, end exclusive)."""
    return any(start <= char < end for start, end in spans)


def speaks_of_deaths(text: str) -> bool:
    """Whether a text uses any word of death at all ("killed", "dead", "deadly", "martyrs")."""
    return bool(_lexicon().death.search(text.lower()))


def cumulative(text: str) -> bool:
    """Whether a sentence gives a running total over a war or a period ("since the war began")."""
    return bool(_lexicon().cumulative.search(text.lower()))


def _matches(rule: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    """The rule's matches, each searched from just after the previous one's quantity (not from
    its end): a match that is refused or reaches past its own phrase ("the death of two
    assailants, at least five people …") leaves the next figure readable."""
    pos = 0
    while (m := rule.search(low, pos)) is not None:
        yield m
        group = "q" if m["q"] is not None else "s"
        pos = max(m.end(group), m.start() + 1)


def find_casualties(text: str) -> list[CasualtyMention]:
    """Killed and injured figures in a sentence or paragraph, in text order."""
    return list(_find_casualties(text))


# the same sentence is read by the claims and by the frames (about 3 times each): remembered
FIGURE_MEMO = 4096  # texts (performance only: a pure function of the text and the lexicon)


@functools.lru_cache(maxsize=FIGURE_MEMO)
def _find_casualties(text: str) -> tuple[CasualtyMention, ...]:
    lex = _lexicon()
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"): keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if not any(stem in low for stem in lex.stems):
        return ()
    found: list[CasualtyMention] = []
    used: list[tuple[int, int]] = []
    toll = lex.rules[2]
    for rule in lex.rules:
        for m in _matches(rule, low):
            group = "q" if m["q"] is not None else "s"  # a number, or a singular victim
            q_start, q_end = m.span(group)
            if any(q_start < end and start < q_end for start, end in used):
                continue
            if (rule is lex.number_first and m["link"] is None and m["w2"] is None
                    and norm(m["w"]) in lex.participles
                    and (not lex.follower.match(low, m.end()) or lex.quantity_next.match(low, m.end()))
                    and not lex.elliptic.search(low, max(0, q_start - ELLIPTIC_LOOKBACK), q_start)):
                # "two jets killed civilians", "the raid killed at least 25": "killed" is active
                # here; "two were killed and another 7 injured" takes the first verb's auxiliary
                continue
            if m["w"] is not None and norm(m["w"]) in lex.burial and (
                    lex.trapped.match(low, m.end()) or lex.trapped.search(low, q_end, m.end())):
                continue  # "the collapse buried 20 people under the rubble": trapped, no toll
            if (m["w"] is not None and norm(m["w"]) in lex.counted_only
                    and (group == "s" or norm(m["q"]) in ("a", "an", "both"))):
                continue  # "eliminating an imminent threat": no count of the dead
            if rule is toll and lex.partial.match(low, m.end()):
                # "the official toll of 12 dead does not include the missing": qualified, not
                # given; its number is read by no other rule
                used.append((q_start, q_end))
                continue
            if rule is lex.listed and m["inc"] is not None and not m["more"]:
                continue  # "those killed included two children": a subset of the dead
            if rule is lex.rules[5] or rule is lex.material:
                figure: Figure | None = Figure(0, 0)  # no sign of casualties: none known
            else:
                figure = Figure(1, 1) if group == "s" else parse_quantity(m["q"])
            if figure is None:
                logger.debug("unreadable quantity %r", m["q"])
                continue
            more = m.groupdict().get("more")
            if rule is lex.number_first and more and not _AND.search(more):
                continue  # "the two gunmen, at least three guards died": the verb is the last one's
            if figure == Figure(0, 0) and _OTHER.search(m.group()):
                continue  # "no other casualties": none besides those named, not none at all
            kinds = _kinds(lex, m, figure)
            if not kinds:
                continue
            start, end = m.span()
            parts = _parts(lex, text, m, figure, q_start)
            if more and not parts:
                end = m.start("more")  # the words after the figure were no further part of it
            if (add := additive_part(text, start)) is not None:
                own = text[q_start:_phrase_end(m, q_start)]
                parts = [(add[0], add[1]), *(parts or [(figure, own.strip())])]
                start = add[2]
            if parts:
                figure = _total([f for f, _ in parts])
            revision = rule is toll and bool(lex.revision.search(low, max(0, m.start() - REVISION_LOOKBACK), q_start))
            # a list's later parts are its own: they are not read again as figures of their own
            used.append((q_start, m.end("more") if parts and m.groupdict().get("more") else q_end))
            # "three of his children", "four of the wounded"; one victim "among those wounded"
            subset = not parts and group == "q" and (bool(lex.subset.match(low, q_end)) or (
                rule is lex.number_first and figure == Figure(1, 1) and "among" in (m["link"] or "")))
            found.extend(CasualtyMention(k, figure, start, end, text[start:end], tuple(parts or ()),
                                         revision, subset) for k in kinds)
    found.sort(key=lambda c: (c.start, c.end, _KINDS.index(c.kind)))
    return tuple(found)
