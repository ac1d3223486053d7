"""Event type triggers: which words in a text name an airstrike, a drone strike, shelling …

A library below the stages (no spaCy): the extract stage types frames with it, the reconcile
stage reads claims' content with it (:mod:`rashomon.reconcile.event_type`).

The words are data (``data/triggers.yaml``). Each phrase belongs to one event type and one
group; the group gives its tier and whether it names a weapon or platform:

==========  ====  ======  ===================================================================
group       tier  weapon  examples
==========  ====  ======  ===================================================================
platforms   4     yes     warplane, F-15, helicopter gunship, drone, UAV, Shahed, howitzer
events      3     no      air strike, drone strike, missile attack, shelling, ambush, raid
weapons     2     yes     JDAM, missile, Kalibr, Grad, mortar, IED, car bomb, RPG
cues        1     no      blast, exploded, gunmen, fighting, air force
generic     0     no      strike, bombing, bombed (airstrike); attack, hit (other)
==========  ====  ======  ===================================================================

Precedence (:func:`classify_event_type`): the type of the highest tier wins, so **the
platform decides**: "a missile fired by a jet" is an airstrike, "a drone fired a Hellfire
missile" a drone strike, "rockets fired from Gaza" (no platform) a missile strike. Within a
tier, a specific type beats ``other``, then more triggers win, then the earliest. Matching is
longest-first, so "drone strike" is one drone_strike trigger, not "drone" plus "strike", and
"air raid" is not a ground "raid". A trigger inside a false friend ("went on strike", "hunger
strike", "ceasefire", "shell company", "heart attack") is dropped.

Two forms write many phrases at once: ``"{a|b} c"`` is "a c" and "b c", and ``" … "`` matches
up to ``gap_words`` words (``[gazetteer.triggers]`` in ``settings.toml``): "opened fire on …
protesters" finds "opened fire on hundreds of protesters", a ``shooting`` that outranks the
ground attack's bare "opened fire" by being the longer match at the same place.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rashomon.config import setting
from rashomon.lexicon import load as load_data
from rashomon.lexicon import phrase_pattern
from rashomon.types import EVENT_TYPES, EventType

logger = logging.getLogger(__name__)

GAP_WORDS: int = setting("gazetteer.triggers", "gap_words")  # data/settings.toml
_SEPARATORS = re.compile(r"[\s\-‐–]+")
_BRACES = re.compile(r"\{([^{}]*)\}")
GAP = "…"  # in a phrase: a few words of any kind
# prepositions and conjunctions a " … " gap does not cross: they start another phrase (grammar;
# "an attack by drones on rebel fighters" is no attack by fighters)
_GAP_STOPS = ("in", "by", "as", "during", "when", "while", "after", "near", "since", "for", "and", "but",
              "on", "against", "with", "from")
GENERIC_TIER = 0  # the tier of the generic words (tiers.generic in triggers.yaml)
CUE_TIER = 1  # the tier of the cue words (tiers.cues in triggers.yaml)
PLATFORM_TIER = 4  # the tier of the platforms (tiers.platforms in triggers.yaml)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word naming an event type; ``weapon`` when it names a weapon or platform."""

    type: EventType
    start: int
    end: int
    text: str
    weapon: bool


@dataclass(frozen=True, slots=True)
class _Entry:
    type: EventType
    tier: int
    weapon: bool


@dataclass(frozen=True, slots=True)
class _Lexicon:
    common: re.Pattern[str]  # lower-case phrases, matched on the lower-cased text
    names: re.Pattern[str]  # capitalised phrases (Grad, Shahed, IED), matched as written
    false_friends: re.Pattern[str]  # matched on the lower-cased text
    entries: dict[str, _Entry]  # key: lower-case phrase without separators
    gapped: tuple[tuple[re.Pattern[str], _Entry], ...] = ()  # phrases with " … ", lower-cased text


def _key(phrase: str) -> str:
    return _SEPARATORS.sub("", phrase.lower())


def _phrase_pattern(phrases: Iterable[str], *, plural: bool) -> re.Pattern[str]:
    """Whole-word matcher, case-sensitive (lower-case the text for lower-case phrases: ``re``
    is about four times faster than with IGNORECASE); "air strike" = "air-strike" = "airstrike"."""
    return phrase_pattern(phrases, loose_joins=True, plural=plural)


def _lower(text: str) -> str:
    """``text.lower()`` with the same length, so offsets carry over."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ")
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def expand(phrase: str) -> list[str]:
    """``"{a|b} c"`` → ``["a c", "b c"]``: every choice of every brace group, in order."""
    m = _BRACES.search(phrase)
    if m is None:
        return [phrase]
    return [out for choice in m[1].split("|")
            for out in expand(phrase[:m.start()] + choice.strip() + phrase[m.end():])]


def _gapped_pattern(phrases: list[str]) -> re.Pattern[str]:
    """Phrases "a … b" as written (lower-case, braces not yet expanded) as one matcher: the
    words of "a", up to ``GAP_WORDS`` words of one phrase, the words of "b". Each part's
    choices are one prefix trie (:func:`phrase_pattern`), not one branch per expanded phrase:
    a list of hundreds of expanded phrases cost milliseconds a sentence."""
    def part(choices: list[str], plural: bool = False) -> str:
        return r"(?:" + phrase_pattern([c.strip() for c in choices], loose_joins=True, plural=plural).pattern + r")"

    # words of one phrase: no comma, no preposition that starts another phrase ("fighters
    # killed in strikes on civilians" is no killing of civilians)
    word = rf"(?!(?:{'|'.join(_GAP_STOPS)})\b)[\w'’\-]+"
    gap = rf"(?:\s+{word}){{0,{GAP_WORDS}}}?\s+"
    bodies = []
    for phrase in phrases:
        *head, last = phrase.split(GAP)
        bodies.append(gap.join(part(expand(p)) for p in head) + gap + part(expand(last), plural=True))
    return re.compile("|".join(bodies))


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_data("triggers.yaml")
    tiers: dict[str, int] = data["tiers"]
    weapon_groups = set(data["weapon_groups"])
    entries: dict[str, _Entry] = {}
    gapped: dict[_Entry, list[str]] = {}
    phrases: list[str] = []
    for type_name, groups in data["types"].items():
        if type_name not in EVENT_TYPES:
            raise ValueError(f"triggers.yaml: unknown event type {type_name!r}")
        event_type: EventType = next(t for t in EVENT_TYPES if t == type_name)
        for group, listed in groups.items():
            entry = _Entry(event_type, tiers[group], group in weapon_groups)
            for written in (str(w) for w in listed if GAP in str(w)):
                gapped.setdefault(entry, []).append(written.lower())
            for phrase in (p for written in listed if GAP not in str(written) for p in expand(str(written))):
                phrases.append(phrase)
                previous = entries.setdefault(_key(phrase), entry)
                if previous != entry:
                    logger.warning("trigger %r listed twice; keeping %s", phrase, previous)
    ground, ground_gapped = _ground_attacker_phrases(data.get("ground_attackers") or {})
    cue = _Entry("ground_attack", tiers["cues"], False)
    for phrase in ground:
        entries.setdefault(_key(phrase), _word_tier(phrase, entries, cue))
    phrases += ground
    gapped.setdefault(cue, []).extend(p.lower() for p in ground_gapped)
    logger.debug("event triggers: %d phrases", len(phrases))
    return _Lexicon(
        common=_phrase_pattern([p for p in phrases if p == p.lower()], plural=True),
        names=_phrase_pattern([p for p in phrases if p != p.lower()], plural=True),
        false_friends=_phrase_pattern([p.lower() for w in data["not_triggers"] for p in expand(str(w))],
                                      plural=False),
        entries=entries,
        gapped=tuple((_gapped_pattern(ps), entry) for entry, ps in gapped.items()),
    )


def _ground_attacker_phrases(data: dict[str, list[str]]) -> tuple[list[str], list[str]]:
    """(phrases, gapped phrases): "insurgents attacked", "an insurgent raid", "the attack by
    gunmen", "raided by bandits"; and "an attack by suspected Islamic State fighters" (a few
    words before the group): an attack by a non-state armed group (``ground_attackers`` in
    ``data/triggers.yaml``)."""
    groups = [str(g) for g in data.get("groups") or ()]
    verbs = [str(v) for v in data.get("verbs") or ()]
    nouns = [str(n) for n in data.get("nouns") or ()]
    adjectives = [str(a) for a in data.get("adjectives") or ()]
    out = [f"{g} {v}" for g in groups for v in verbs]
    out += [f"{a} {n}" for a in adjectives for n in nouns]
    out += [f"{w} by {g}" for w in [*nouns, *verbs] for g in groups]
    by = [w for w in [*nouns, *verbs]]
    gapped = [f"{{{'|'.join(by)}}} by {GAP} {{{'|'.join(groups)}}}"] if groups and by else []
    return out, gapped


def _word_tier(phrase: str, entries: dict[str, _Entry], cue: _Entry) -> _Entry:
    """The entry of an armed group's phrase: a cue, or the entry of its own word when that word is
    itself a stronger ground-attack trigger ("gunmen stormed" is no weaker than "stormed", "an
    assault by rebels" than "assault": the longer match must not lower the word's tier)."""
    best = cue
    for word in phrase.split():
        found = entries.get(_key(word))
        if found is not None and found.type == cue.type and found.tier > best.tier:
            best = found
    return best


def _lookup(entries: dict[str, _Entry], matched: str) -> _Entry | None:
    key = _key(matched)
    for candidate in (key, key[:-1], key[:-2]):  # "jets" → "jet", "clashes" → "clash"
        if candidate in entries:
            return entries[candidate]
    return None


def scan(text: str) -> list[tuple[Trigger, int]]:
    """Triggers with their tiers, in text order, false friends removed (the frame builder drops
    some by syntax and classifies the rest: :func:`classify_scanned`)."""
    return _scan(text)


def _scan(text: str) -> list[tuple[Trigger, int]]:
    """Triggers with their tiers, in text order, false friends removed."""
    lex = _lexicon()
    low = _lower(text)
    fixed: dict[tuple[int, int], _Entry] = {m.span(): entry for pattern, entry in lex.gapped
                                            for m in pattern.finditer(low)}
    spans = sorted([m.span() for m in lex.common.finditer(low)]
                   + [m.span() for m in lex.names.finditer(text)] + list(fixed),
                   key=lambda span: (span[0], -span[1]))
    if not spans:
        return []
    blocked = [m.span() for m in lex.false_friends.finditer(low)]
    found: list[tuple[Trigger, int]] = []
    last_end = -1
    for start, end in spans:
        if start < last_end or any(start < b_end and b_start < end for b_start, b_end in blocked):
            continue  # inside a longer trigger, or a false friend
        entry = fixed.get((start, end)) or _lookup(lex.entries, text[start:end])
        if entry is None:  # cannot happen with a consistent lexicon
            logger.warning("trigger %r matched but not in the lexicon", text[start:end])
            continue
        last_end = end
        found.append((Trigger(entry.type, start, end, text[start:end], entry.weapon), entry.tier))
    return _clash_arms(low, found) if CLASH_TYPE in {t.type for t, _ in found} else found


CLASH_TYPE = "armed_clashes"
ARMS_GAP_WORDS: int = setting("gazetteer.triggers", "arms_gap_words")  # data/settings.toml
# "heavy fighting with tanks and drones", "clashes involving mortars", "a gun battle using
# rifles": the words that hang the arms on the clash (grammar), with up to ARMS_GAP_WORDS words
# of the clause before them ("fighting broke out near Lachin, with …") and up to four after ("using
# heavy weapons and …"); no sentence stop in between
_ARMS_OPENER = re.compile(r"^[^.;:!?]*\b(?:with|using|involving)\s+(?:[\w\-]+,?\s+){0,4}$")
# the next arm of the same list: ", mortars", " and drones", " or heavy machine guns"
_ARMS_LIST = re.compile(r"^\s*,?\s*(?:(?:and|or)\s+)?(?:[\w\-]+\s+){0,2}$")


def _clash_arms(low: str, found: list[tuple[Trigger, int]]) -> list[tuple[Trigger, int]]:
    """The weapons and platforms a clash was fought with are the clash's: typed as it is, at its
    tier ("heavy fighting with tanks, mortars and drones" is two forces fighting, not shelling or
    a drone strike). Only the arms right after the clash word, in its clause, with no other
    trigger between: "fighting stopped, and the army shelled the hills with tanks" is a
    shelling's tanks."""
    out = list(found)
    for i, (clash, tier) in enumerate(found):
        if clash.type != CLASH_TYPE or clash.weapon:
            continue
        end, pattern = clash.end, _ARMS_OPENER
        for j in range(i + 1, len(found)):
            arm = found[j][0]
            between = low[end:arm.start]
            if not arm.weapon or len(between.split()) > ARMS_GAP_WORDS or not pattern.match(between):
                break
            out[j] = (Trigger(CLASH_TYPE, arm.start, arm.end, arm.text, True), tier)
            end, pattern = arm.end, _ARMS_LIST
    return out


def find_triggers(text: str) -> list[Trigger]:
    """Every event trigger in ``text`` (``trigger.text == text[start:end]``), in text order."""
    return [trigger for trigger, _ in _scan(text)]


def classify_event_type(text: str) -> EventType | None:
    """The best event type for a sentence or paragraph, or None when it has no trigger.

    Highest tier first (platform > event word > weapon > cue > generic), then a specific
    type over ``other``, then the most triggers at that tier, then the earliest.
    """
    found = classify_with_tier(text)
    return found[0] if found else None


def classify_with_tier(text: str) -> tuple[EventType, int] | None:
    """:func:`classify_event_type` and the tier that decided it (0: generic words only)."""
    return classify_scanned(_scan(text))


def classify_scanned(found: Iterable[tuple[Trigger, int]]) -> tuple[EventType, int] | None:
    """:func:`classify_with_tier` of triggers already found (:func:`scan`)."""
    scored: dict[EventType, tuple[int, bool, int, int]] = {}
    for trigger, tier in found:
        best_tier, specific, count, first = scored.get(
            trigger.type, (tier, trigger.type != "other", 0, -trigger.start))
        if tier > best_tier:
            best_tier, count, first = tier, 0, -trigger.start
        if tier == best_tier:
            count += 1
        scored[trigger.type] = (best_tier, specific, count, first)
    if not scored:
        return None
    best = max(scored, key=lambda t: scored[t])
    return best, scored[best][0]


def trigger_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every trigger in ``text``."""
    return [(t.start, t.end) for t in find_triggers(text)]
