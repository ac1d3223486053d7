"""Casualty figures in text: "22 fighters were killed" → killed ``Figure(22, 22)``.

The words are data (``data/casualty_words.yaml``); :mod:`rashomon.extract.casualty_lexicon`
turns them into compiled regexes, one per word order, this module reads a text with them
(lists of victims: :mod:`rashomon.extract.casualty_lists`):

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
  addition to the bomber, at least four people were killed" → (5, None); "a man and his two
  sons were killed", "the driver and two passengers" → (3, 3). A bound sums only where every
  part has it. A partitive ("12 people, three of them children") is not a part, nor is a part
  named inside the victims ("six people including four children were killed" → (6, 6)). After
  "included", single victims named one by one ("the dead included a nurse and a teacher") are who
  was among the dead, no toll; a counted breakdown ("included four policemen and a soldier") is.
  A list "among the dead" ("among the dead were a chief and a nurse", "a priest and a teacher were
  among those killed") is a part, as one victim there is.
* "buried 34 people", "44 people had been buried" are the dead; "buried 20 under the rubble",
  "buried alive" are not.
* the noun after a toll's number decides its kind: "the toll rose to 72 wounded" → injured (72, 72);
  "a third man also died" → killed (3, 3) (a victim's ordinal counts those before).
* a toll that rises ("the toll rose to 40", "revised up to 40") is marked
  :attr:`CasualtyMention.revision`: it replaces the figure it revises where one figure is kept.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.extract.casualty_lexicon import KINDS, RULES, Kind, kinds, lexicon
from rashomon.extract.casualty_lists import AND, additive_part, conjoined_part, list_parts, phrase_end, total
from rashomon.extract.quantities import norm, parse_quantity
from rashomon.lexicon import case_blind_alternation as alt
from rashomon.types import Figure

__all__ = ["CasualtyMention", "Kind", "additive_part", "cumulative", "find_casualties", "in_spans", "parse_quantity",
           "speaks_of_deaths", "subset_spans"]

logger = logging.getLogger(__name__)

# characters before a quantity searched for an elliptic "two were killed and …", and before a
# toll for "revised", "rose" (provenance in data/settings.toml)
# "seven of its advisers", "seven Chadian soldiers were among the dead": a body's or a state's own
# people, its toll (a demonym before a force noun), not a part of another toll
_OWN = re.compile(r"\bof\s+(?:its|their|our)\b|\b[a-z]+(?:an|ese|ish|i)\s+(?:soldiers|troops|servicemen|"
                  r"policemen|police\s+officers|officers|peacekeepers|fighters|militiamen)\b")
ELLIPTIC_LOOKBACK: int = setting("extract.numbers", "elliptic_lookback")  # data/settings.toml
REVISION_LOOKBACK: int = setting("extract.numbers", "revision_lookback")  # data/settings.toml
COUNT_LOOKBACK: int = setting("extract.numbers", "count_lookback")  # data/settings.toml
# a quotation closing on the victims, the verb outside it: 'that "around forty of our men" had
# fallen' reads as 'that "around forty of our men  had fallen' (same length: offsets stay); a
# curly quote is one too, an apostrophe is no quotation (the men's, the soldiers')
_QUOTE_END = re.compile(r'(?<=[^\W\d_])["\u201d](?=\s+[^\W\d_])')
_AMONG_BEFORE = re.compile(r"(?<!\w)among\s+$")  # right before a list rule's head: "Among (the dead were …)"
_OTHER = re.compile(rf"(?<!\w){alt(load_data('casualty_words.yaml')['besides_words'])}(?!\w)")


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
    return bool(lexicon().death.search(text.lower()))


def cumulative(text: str) -> bool:
    """Whether a sentence gives a running total over a war or a period ("since the war began")."""
    return bool(lexicon().cumulative.search(text.lower()))


def _matches(rule: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    """The rule's matches, each searched from just after the previous one's quantity (not from
    its end): a match that is refused or reaches past its own phrase ("the death of two
    assailants, at least five people …") leaves the next figure readable."""
    pos = 0
    while (m := rule.search(low, pos)) is not None:
        yield m
        group = "q" if m["q"] is not None else "s"
        pos = max(m.end(group), m.start() + 1)


# vague quantities that open with an article ("a large number of", "a handful of"): a match that
# reads their "a" as one victim ("a large number of the family was killed": 1) is no figure
_ARTICLE_VAGUE = [w for w in load_data("casualty_words.yaml")["vague_quantities"] if w.split()[0] in ("a", "an")]
_VAGUE_ARTICLE = re.compile(rf"(?:{alt(_ARTICLE_VAGUE)})(?!\w)")


def find_casualties(text: str) -> list[CasualtyMention]:
    """Killed and injured figures in a sentence or paragraph, in text order."""
    return list(_find_casualties(text))


MOTIVE_LOOKBACK = 32  # characters before a killing that hold its motive words ("in retaliation for the ")
# the same sentence is read by the claims and by the frames (about 3 times each): remembered
FIGURE_MEMO = 4096  # texts (performance only: a pure function of the text and the lexicon)


@functools.lru_cache(maxsize=FIGURE_MEMO)
def _find_casualties(text: str) -> tuple[CasualtyMention, ...]:
    lex = lexicon()
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"): keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if not any(stem in low for stem in lex.stems):
        return ()
    low = _QUOTE_END.sub(" ", low)
    found: list[CasualtyMention] = []
    used: list[tuple[int, int]] = []
    toll, no_sign = lex.rules[RULES.index("toll")], lex.rules[RULES.index("no_sign")]
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
            if lex.motive.search(low, max(0, m.start() - MOTIVE_LOOKBACK), m.start()):
                continue  # "revenge for the killing of a militant leader": the motive, another act
            if rule is toll and lex.partial.match(low, m.end()):
                # "the official toll of 12 dead does not include the missing": qualified, not
                # given; its number is read by no other rule
                used.append((q_start, q_end))
                continue
            if rule is lex.listed and m["inc"] is not None and not m["more"]:
                continue  # "those killed included two children": a subset of the dead
            if rule is lex.listed and _AMONG_BEFORE.search(low, max(0, m.start() - 12), m.start()):
                # "among the dead were a chief and a nurse": who was among them, no toll; its parts
                # are read by no other rule
                used.append((q_start, m.end("more") if m["more"] else q_end))
                continue
            if rule is lex.rules[RULES.index("counted")] and m["w"] is not None and lex.body_status.match(low, m.end()):
                # "27 bodies had not yet been claimed by families": remains by their status, no toll
                logger.debug("bodies by their status: %r", text[m.start():m.end() + 40])
                used.append((q_start, q_end))
                continue
            if (rule is lex.number_first and m["link"] is None and m["w2"] is None and group == "q"
                    and low[q_end:m.start("w")].strip()  # "a woman wounded in …", not "58 wounded"
                    and lex.kind_of.get(norm(m["w"])) == "injured" and lex.died_after.match(low, m.end())):
                # "a woman wounded in the attack has died": the toll's update, not one more wounded
                logger.debug("a wounded victim who died: %r", text[m.start():m.end() + 60])
                used.append((q_start, q_end))
                continue
            if group == "q" and norm(m["q"]) in ("a", "an") and _VAGUE_ARTICLE.match(low, q_start):
                # "a large number of the family was killed": a vague word, not "a" single victim
                logger.debug("a vague number, not one: %r", text[q_start:m.end()])
                used.append((q_start, m.end()))
                continue
            if rule is no_sign or rule is lex.material:
                figure: Figure | None = Figure(0, 0)  # no sign of casualties: none known
            else:
                figure = Figure(1, 1) if group == "s" else parse_quantity(m["q"])
            if figure is None:
                logger.debug("unreadable quantity %r", m["q"])
                continue
            more = m.groupdict().get("more")
            if rule is lex.number_first and more and not AND.search(more):
                continue  # "the two gunmen, at least three guards died": the verb is the last one's
            if figure == Figure(0, 0) and _OTHER.search(m.group()):
                continue  # "no other casualties": none besides those named, not none at all
            if group == "q" and norm(m["q"]) in ("a", "an") and (o := lex.ordinal.match(low, q_end)):
                figure = Figure(lex.ordinals[norm(o["o"])], lex.ordinals[norm(o["o"])])  # "a third man died": 3
            if (group == "q" and figure.min is not None and figure.min == figure.max
                    and lex.counting.search(low, max(0, q_start - COUNT_LOOKBACK), q_start)
                    and lex.ongoing.match(low, q_end)):
                figure = Figure(figure.min, None)  # "counted 58 bodies and are still searching": at least 58
            found_kinds = kinds(lex, m, figure)
            if rule is toll and (after := lex.toll_noun.match(low, q_end)):
                # "the toll rose to 72 wounded": the noun after the number decides, not "toll"
                noun_kind = lex.kind_of.get(norm(after["w"]))
                found_kinds = [noun_kind] if noun_kind in KINDS else found_kinds
            if not found_kinds:
                continue
            start, end = m.span()
            parts = list_parts(lex, text, m, figure, q_start)
            if rule is lex.listed and m["inc"] is not None and parts and all(f == Figure(1, 1) for f, _ in parts):
                # "the dead included a pregnant woman and a teacher": who was among the dead, one by
                # one, not how many died (a counted breakdown, "included four policemen and a
                # soldier", stays their sum); its parts are read by no other rule
                used.append((q_start, m.end("more")))
                continue
            if more and not parts:
                end = m.start("more")  # the words after the figure were no further part of it
            add = additive_part(text, start)
            if add is None and rule is lex.number_first and not parts:
                add = conjoined_part(text, start)  # "the driver and two passengers were killed"
            if add is not None:
                own = text[q_start:phrase_end(m, q_start)]
                parts = [(add[0], add[1]), *(parts or [(figure, own.strip())])]
                start = add[2]
            if parts:
                figure = total([f for f, _ in parts])
            revision = rule is toll and bool(lex.revision.search(low, max(0, m.start() - REVISION_LOOKBACK), q_start))
            # a list's later parts are its own: they are not read again as figures of their own; nor
            # is a counted part inside the victims' phrase ("six people including four children")
            used.append((q_start, m.end("more") if parts and m.groupdict().get("more") else q_end))
            if m.groupdict().get("inner"):
                used.append(m.span("inner"))
            # "three of his children", "four of the wounded"; victims "among those wounded", "four
            # children were among the wounded": a part of a toll, none of its own (but a body's own
            # people are its toll: "seven of its advisers were among those killed")
            subset = not parts and group == "q" and (bool(lex.subset.match(low, q_end)) or (
                rule is lex.number_first and "among" in (m["link"] or "") and (
                    figure == Figure(1, 1) or (figure.min is not None
                                               and not _OWN.search(low, q_end, m.start("link"))))))
            # a list "among the dead" is a part as well ("a priest and a teacher were among the dead"),
            # unless it counts a body's own people ("three of its officers and two of its drivers")
            subset = subset or (bool(parts) and rule is lex.number_first and "among" in (m["link"] or "")
                                and not _OWN.search(low, start, m.start("link")))
            found.extend(CasualtyMention(k, figure, start, end, text[start:end], tuple(parts or ()),
                                         revision, subset) for k in found_kinds)
    found.sort(key=lambda c: (c.start, c.end, KINDS.index(c.kind)))
    return tuple(found)
