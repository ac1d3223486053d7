"""The village a report names: the small place of its incident that the gazetteer may not
know, written as the report's target ("the attack on Wad al-Nourah") or beside a settlement
noun ("Tudun Biri village", "the village of Kilometre Five").

Reports of one incident that the gazetteer places only by its region or district ("the
central state of Gezira", "Igabi local government area") still name that village, and two
outlets transliterate it two ways ("Wad al-Nourah", "Wad Al-Noura"; "Shabwa", "Shabwah").
Names are compared by a folded skeleton (:func:`fold`): the Arabic article and similar
particles dropped, doubled letters single, "ou"/"oo" as "u", "ee" as "i", a final "h"
dropped. Vowels stay: "Kadugli" and "Kadagli" may be one town, but "Nur" and "Nar",
"Dibis" and "Dabas" are not, and the skeleton must not merge two villages of one region.

:mod:`~rashomon.link.decision` reads a shared village only for one day's reports placed in
one region, at least one of them by the region or a district (a coarse place): there two
villages of the region struck that day are two incidents, the same one named in both texts
is one. It weighs two details (``VILLAGE_WEIGHT``): a village is small, and outlets name one
assault's modes differently ("shelled the village, then stormed it": shelling for one, a
ground attack for another).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rashomon.config import setting
from rashomon.lexicon import words
from rashomon.link.info import tokens
from rashomon.link.marks import MONTHS_AND_DAYS, demonym_words, place_names
from rashomon.types import Claim, Frame

VILLAGE_WEIGHT: float = setting("link.villages", "village_weight")  # data/settings.toml
# particles of transliterated names that outlets write or drop ("Wad al-Nourah", "Wad
# Nourah"; "Deir ez-Zor", "Deir Zor"; "Abu ul-Khasib")
PARTICLES = frozenset(words("link_words.yaml", "name_particles"))
SETTLEMENT_NOUNS = frozenset(words("link_words.yaml", "settlement_nouns"))
_PARTICLE = "|".join(sorted(map(re.escape, PARTICLES), key=len, reverse=True))
_NAME_WORD = r"[A-Z][\w’'-]*"
# a capitalised run that may hold lower-case particles ("Wad al-Nourah", "Tudun Biri")
# (a particle joined by a space only when it is the article: "Ras al Ain", not "Gezira at Dawn")
_JOINED = rf"(?:(?:al|el)\s|(?:{_PARTICLE})-)"
_NAME = rf"{_NAME_WORD}(?:\s+{_JOINED}?{_NAME_WORD})*|{_JOINED}{_NAME_WORD}"
_NOUNS = "|".join(sorted(map(re.escape, SETTLEMENT_NOUNS), key=len, reverse=True))
# "Tudun Biri village", "Wad Al-Noura village" (the name just before the noun, read in a
# window before it); "the village of Kilometre Five" (the name after "of"; then the name
# before, "the Gezira village of X", is the region's)
_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<n>{_NAME})\s+$")
_AFTER = re.compile(rf"\s+of\s+(?P<n>{_NAME})")
_WINDOW = 60  # characters before the noun: a village's name of a few words
# a target that is a name and nothing else ("Wad al-Nourah", "the Tudun Biri")
_WHOLE = re.compile(rf"(?:the\s+)?(?P<n>{_NAME})")
_DOUBLE = re.compile(r"(.)\1+")
_VOWEL_PAIRS = (("ou", "u"), ("oo", "u"), ("ee", "i"))


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The skeleton two spellings of one name share: "Wad al-Nourah" and "Wad Al-Noura" →
    "wad nura"; "Shabwah" → "shabwa"; "Kadugli" stays apart from "Kadagli"."""
    out = []
    for word in tokens(name):
        if word in PARTICLES:
            continue
        for pair, single in _VOWEL_PAIRS:
            word = word.replace(pair, single)
        word = _DOUBLE.sub(r"\1", word)
        if len(word) > 3 and word.endswith("h"):
            word = word[:-1]
        out.append(word)
    return " ".join(out)


# the settlement nouns of a text (most name none)
_NOUN_WORD = re.compile(rf"\b(?:{_NOUNS})\b")


def _names_in(text: str) -> Iterable[str]:
    for noun in _NOUN_WORD.finditer(text):
        after = _AFTER.match(text, noun.end())
        if after:
            yield after.group("n")
            continue
        before = _BEFORE.search(text[max(0, noun.start() - _WINDOW):noun.start()])
        if before:
            yield before.group("n")


def frame_villages(frame: Frame, claims: Sequence[Claim], generic: frozenset[str]) -> frozenset[str]:
    """The folded names of the villages a frame and its claims name (see the module
    docstring): its targets that are a name and nothing else, and names beside a settlement
    noun in its incident sentence and its claims; not a name made of :func:`skip_words`
    (``generic`` words, nationalities, months and days, common nouns) or of its parties,
    and not one word of three letters or fewer."""
    found: set[str] = set()
    for target in frame.targets:
        whole = _WHOLE.fullmatch(target.strip())
        if whole:
            found.add(whole.group("n"))
    for text in (frame.evidence.text, *(c.text for c in claims)):
        found.update(_names_in(text))
    if not found:
        return frozenset()
    common = skip_words(generic)
    parties = {fold(p) for p in (*frame.perpetrators, *(c.perpetrator or "" for c in claims))}
    out = set()
    for name in map(fold, found):
        if len(name) > 3 and name not in parties and not all(w in common for w in name.split()):
            out.add(name)
    return frozenset(out)


def place_folds(frame: Frame) -> frozenset[str]:
    """The frame's own place, folded: another report's village may be this one's place."""
    return place_names(frame, fold)


def shared_villages(a: frozenset[str], b: frozenset[str], place_a: frozenset[str] = frozenset(),
                    place_b: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The villages both name, or that one names and the other is placed at."""
    return tuple(sorted((a & b) | (a & place_b) | (b & place_a)))


# common nouns a target may start a sentence with ("Schools and hospitals were hit"): no name
_NOUN_KEYS = ("site_kinds", "site_heads", "victim_nouns", "place_stopwords", "settlement_nouns")


@lru_cache(maxsize=4)
def skip_words(generic: frozenset[str]) -> frozenset[str]:
    """Folded words that name no village: ``generic`` words, nationalities, months and days,
    and the common nouns of sites, victims and places."""
    nouns = {str(w).casefold() for key in _NOUN_KEYS for w in words("link_words.yaml", key)}
    nouns |= {n + "s" for n in nouns} | {n + "es" for n in nouns}
    return frozenset(fold(w) for w in (*generic, *nouns, *demonym_words(), *MONTHS_AND_DAYS) if w)
