"""Actor gazetteer: canonical sources and perpetrators from ``data/actors.yaml``.

``resolve`` maps a source phrase as written ("Syria's state news agency SANA", "Major Josh
Jacques of the U.S. Central Command") to an :class:`Actor`; ``party`` maps perpetrator
words ("Israeli jets", "the US-led coalition") to the party held responsible. Unknown or
generic phrases ("a war monitor") give None: a wrong canonical name is worse than none.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any, cast

from rashomon.data import load as load_data
from rashomon.data import load_file
from rashomon.errors import ConfigError
from rashomon.gazetteer.fold import spacy_tokens, strip_marks, words
from rashomon.gazetteer.spans import keep_disjoint
from rashomon.types import SourceKind

logger = logging.getLogger(__name__)

SOURCE_KINDS = frozenset({"military", "government", "state_media", "media", "monitor",
                          "armed_group", "official", "person", "unknown"})
_DROP = frozenset({"the"})
_GAP_OK = re.compile(r"[\s\-–—'’.]*")  # what may separate the words of one mention
_US_WORD = re.compile(r"(?i)^(?:u\.\s?s\.(?:\s?a\.)?|united\s+states|usa)$")
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*")  # "CSP", "M23" is not (one capital)
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*[-–]$")  # "CSP-" right before a mention
_ACRONYM_AFTER = re.compile(r"^[-–][A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?![\w])")  # "-DPA" right after
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_HYPHENED = re.compile(r"[-–][a-z]")  # "Moscow-led": a place modifying the noun after it
# characters read on either side of a mention (a name's neighbouring words): reading the whole
# text before it for each mention made a long article quadratic (bench, 4,000 sentences)
_WINDOW = 80
# "Russia's Federation of Jewish Communities": a body's name after a possessive runs this many
# words at most before its head (news style: a head within the first five words)
_OWNED_NAME_WORDS = 5
# a council or cabinet named after its country governs it ("Sudan's Sovereign Council", "Russia's
# Security Council"): the state's voice, not a body of its own
GOVERNING_HEADS = frozenset({"council", "cabinet"})
_NAME_LINKS = frozenset({"of", "for", "the", "and", "&", "in"})  # small words inside a body's name
# after a movement's bare name: a national society's ("Red Cross Society", "Red Crescent in Darfur")
_MEMBER_AFTER = re.compile(r"\s+(?:Society\b|in\s+(?:the\s+)?[A-Z])")
# a capitalised word before a movement's name that names no country: "A Red Cross official",
# "On Monday Red Cross teams", "the UN, Red Cross"
_NOT_A_MEMBERS_NAME = re.compile(
    r"(?i)(?:the|a|an|this|that|its|their|his|her|our|of|for|and|in|by|on|at|with|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)$|.*[.,:;\"“”)]$")
MATCHES_KEPT = 20_000  # texts whose mentions are remembered, then forgotten at once: bounded memory


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical source or perpetrator."""

    name: str
    kind: SourceKind
    party: str | None
    country: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Entry:
    actor: Actor | None  # None for a bare party word
    party: str | None
    written: str  # the alias as written in the YAML
    metonym: bool = False
    demonym: bool = False
    person: bool = False


Match = tuple[int, int, int, _Entry]  # start, end, number of words, entry


def _bounds(m: Match) -> tuple[int, int]:
    return m[0], m[1]


# "a man from Baghdad", "a resident of Damascus", "a shopkeeper in Kabul": where a person lives or
# comes from, not the government the capital stands for ("Baghdad said", "officials in Baghdad")
_FROM_PLACE = re.compile(r"\b(?:from|of|in|near)\s+(?:the\s+)?$", re.IGNORECASE)
_STATE_WORDS = re.compile(r"\b(?:officials?|government|authorities|ministry|minister|spokes(?:man|woman|person)"
                          r"|ministers|ministries|diplomats?|envoys?|embassy|leaders?|sources?|presidency|president|cabinet)\b",
                          re.IGNORECASE)


def _dweller(text: str, start: int, end: int) -> bool:
    """Whether a capital at ``start`` says where a person speaking is from, not who speaks (not
    a possessor: "the head of Iraq's border ports authority" is the state's office)."""
    found = _FROM_PLACE.search(text, 0, start) is not None and _STATE_WORDS.search(text) is None \
        and not text.startswith(("'s", "’s"), end) and not text[start:end].endswith(("'s", "’s"))
    if found:
        logger.debug("place of origin, no government: %r", text)
    return found


class ActorGazetteer:
    """Alias index over word tuples; build once per process with :meth:`load`."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._spelling = {self._plain(k): self._plain(v)
                          for k, v in (data.get("spelling") or {}).items()}
        self._case_sensitive = frozenset(data.get("case_sensitive") or ())
        self._affiliation = frozenset(data.get("affiliation_words") or ())
        modifiers = "|".join(re.escape(str(w)) for w in data.get("affiliation_modifiers") or ())
        self._body_heads = frozenset(str(w).lower() for w in data.get("named_body_heads") or ())
        self._movements = frozenset(self._plain(str(w)) for w in data.get("shared_movement_names") or ())
        units = "|".join(sorted((re.escape(str(w)) for w in data.get("subnational_units") or ()),
                                key=len, reverse=True))
        # "Iraq's Kurdistan region", "Somalia's semi-autonomous Puntland state": a region's own
        self._subnational = re.compile(
            rf"^\s+(?:[a-z][\w-]*\s+){{0,2}}(?:[A-Z][\w'’-]*\s+){{1,3}}(?i:{units})\b") \
            if units else None
        bodies = "|".join(sorted((re.escape(str(w)) for w in data.get("specialised_bodies") or ()),
                                 key=len, reverse=True))
        # "Ukraine's national police", "Russia's interior ministry": a specialised body of the state
        self._specialised = re.compile(rf"^\s+(?:[a-z][\w-]*\s+){{0,2}}(?i:{bodies})(?![\w-])") \
            if bodies else None
        self._modifier = re.compile(rf"\s?[-–]\s?(?:{modifiers})\b", re.IGNORECASE) if modifiers else None
        self._actors: list[Actor] = []
        self._index: dict[tuple[str, ...], _Entry] = {}  # actor aliases
        self._party_index: dict[tuple[str, ...], _Entry] = {}  # party words
        self._matches_cache: dict[tuple[str, bool], tuple[Match, ...]] = {}  # see _matches
        for raw in data.get("actors") or ():
            self._add_actor(raw)
        for party, spec in (data.get("parties") or {}).items():
            for word in spec.get("words") or ():
                self._put(self._party_index, word, _Entry(None, str(party), str(word)))
            for word in spec.get("demonyms") or ():
                self._put(self._party_index, word,
                          _Entry(None, str(party), str(word), demonym=True))
        lengths = [len(k) for k in (*self._index, *self._party_index)]
        self._max_words = max(lengths, default=1)

    # -- loading ------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> ActorGazetteer:
        """Read ``path`` or the package's ``data/actors.yaml``."""
        data = load_data("actors.yaml") if path is None else load_file(path, "the actor gazetteer")
        gazetteer = cls(data)
        logger.info("actor gazetteer: %d actors, %d aliases, %d party words",
                    len(gazetteer._actors), len(gazetteer._index), len(gazetteer._party_index))
        return gazetteer

    def _add_actor(self, raw: dict[str, Any]) -> None:
        try:
            kind = str(raw.get("kind", "unknown"))
            if kind not in SOURCE_KINDS:
                raise ValueError(f"unknown kind {kind!r}")
            aliases = tuple(dict.fromkeys(str(a) for a in raw.get("aliases") or ()))
            actor = Actor(str(raw["name"]), cast(SourceKind, kind), raw.get("party"),
                          raw.get("country"), aliases)
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"bad actor entry {raw!r}: {exc}") from exc
        self._actors.append(actor)
        for alias in (actor.name, *aliases):
            self._put(self._index, alias, _Entry(actor, actor.party, alias))
        for person in raw.get("people") or ():
            self._put(self._index, str(person),
                      _Entry(actor, actor.party, str(person), person=True))
        for place in raw.get("metonyms") or ():
            self._put(self._index, str(place),
                      _Entry(actor, actor.party, str(place), metonym=True))

    def _put(self, index: dict[tuple[str, ...], _Entry], alias: str, entry: _Entry) -> None:
        key = tuple(n for _, _, n in self._norm_words(alias) if n)
        if not key:
            return
        old = index.get(key)
        if old is not None and old.actor is not entry.actor and not entry.metonym:
            if old.metonym:
                index[key] = entry
            else:
                logger.warning("alias %r of %s already names %s", alias,
                               entry.actor.name if entry.actor else entry.party,
                               old.actor.name if old.actor else old.party)
            return
        index.setdefault(key, entry)

    # -- normalisation ------------------------------------------------------------------
    @staticmethod
    def _plain(word: str) -> str:
        word = strip_marks(word).lower()
        if word.endswith("'s"):
            word = word[:-2]
        return word.replace("'", "").replace(".", "")

    def _norm_words(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, normalised word) for each word; "" for dropped words ("the")."""
        out = []
        for start, end, word in words(text):
            if _US_WORD.match(word):
                norm = "us"
            else:
                norm = self._plain(word)
                norm = self._spelling.get(norm, norm)
                if norm in _DROP:
                    norm = ""
            out.append((start, end, norm))
        return out

    # -- matching -----------------------------------------------------------------------
    def _matches(self, text: str, index: dict[tuple[str, ...], _Entry]) -> list[Match]:
        """Mentions of ``index``'s aliases in ``text``, longest first among overlaps, by offset.
        Remembered per text: extraction asks again for the same sentences and source phrases
        (issue 14: 4,547 calls for 200 bench articles)."""
        key = (text, index is self._party_index)  # the only two indexes asked: aliases, party words
        cache = self._matches_cache
        known = cache.get(key)
        if known is not None:
            return list(known)
        if len(cache) >= MATCHES_KEPT:
            cache.clear()
        found = self._find_matches(text, index)
        cache[key] = tuple(found)
        return found

    def _find_matches(self, text: str, index: dict[tuple[str, ...], _Entry]) -> list[Match]:
        toks = [t for t in self._norm_words(text) if t[2]]
        norms = [t[2] for t in toks]
        found: list[Match] = []
        for i in range(len(toks)):
            for n in range(min(self._max_words, len(toks) - i), 0, -1):
                entry = index.get(tuple(norms[i:i + n]))
                if entry is None:
                    continue
                start, end = toks[i][0], toks[i + n - 1][1]
                if not self._gaps_ok(text, toks[i:i + n]):
                    continue
                if entry.written in self._case_sensitive and not self._same_case(
                        text[start:end], entry.written):
                    continue
                if self._inside_other_name(text, start, end, entry, index is self._party_index):
                    continue
                found.append((start, end, n, entry))
                break
        found.sort(key=lambda m: (-m[2], m[0] - m[1], m[0]))
        return sorted(keep_disjoint(found, _bounds), key=lambda m: m[0])

    @staticmethod
    def _gaps_ok(text: str, toks: list[tuple[int, int, str]]) -> bool:
        """Words of one mention are separated by spaces, hyphens or a dropped "the"."""
        for (_, end, _), (start, _, _) in pairwise(toks):
            gap = re.sub(r"(?i)\bthe\b", " ", text[end:start])
            if not _GAP_OK.fullmatch(gap):
                return False
        return True

    def _inside_other_name(self, text: str, start: int, end: int, entry: _Entry, party_word: bool) -> bool:
        """Whether the mention is only a piece of another body's name:
        * the tail of a hyphenated acronym ("the CSP-DPA" is not the agency dpa, "the FLN-JNIM"
          not JNIM), or an agency at its head ("DPA-X"): an acronym compound names one body;
        * the country in "<Body> of <Country>" ("the Kurdistan Democratic Party of Iran", "the
          Human Rights Commission of Pakistan"): the party or commission, not the state
          (``named_body_heads``);
        * the country owning a region ("the health ministry of Iraq's Kurdistan region"): the
          region's own bodies are not the national government (``subnational_units``;
          CONVENTIONS: sub-national bodies keep their own name), or a specialised body of the
          state ("Ukraine's national police": ``specialised_bodies``).
        The last two only for places and party words: "a spokesperson of the Israeli army" is
        the army."""
        if not party_word and _ACRONYM_WORD.fullmatch(text[start:end].replace(" ", "")):
            if _ACRONYM_BEFORE.search(text, max(0, start - _WINDOW), start):
                return True
            if entry.actor is not None and entry.actor.kind == "media" \
                    and _ACRONYM_AFTER.match(text[end:end + _WINDOW]):
                return True
        if not party_word and self._plain(entry.written) in self._movements \
                and self._national_member(text, start, end):
            return True
        if not (entry.metonym or party_word):
            return False
        owner = text[start:end].endswith(("'s", "’s")) or text.startswith(("'s", "’s"), end)
        after = text[end:end + _WINDOW].removeprefix("'s").removeprefix("’s")
        if owner and self._subnational is not None and self._subnational.match(after):
            return True
        if owner and self._specialised is not None and self._specialised.match(after):
            return True
        if owner and self._owned_name(after):
            return True
        if not self._body_heads or not _OF_BEFORE.search(text, max(0, start - _WINDOW), start):
            return False
        before = _OF_BEFORE.sub("", text[max(0, start - 4 * _WINDOW):start]).split()
        for word in reversed(before[-8:]):
            plain = word.strip("'’").lower()
            if plain in self._body_heads and word[:1].isupper():
                return True
            if not (word[:1].isupper() or plain in _NAME_LINKS):
                return False
        return False

    def _owned_name(self, after: str) -> bool:
        """Whether the words after a country's possessive are a body's own name: capitalised
        words with a body head ("Russia's Investigative Committee", "Iran's Writers'
        Association", "Russia's Federation of Jewish Communities"), not an office ("Russia's
        Foreign Ministry") nor a governing council (``GOVERNING_HEADS``: "Sudan's Sovereign
        Council" speaks for the state)."""
        for word in after.split()[:_OWNED_NAME_WORDS]:
            plain = word.strip("'’,.;:").lower()
            if not (word[:1].isupper() or plain in _NAME_LINKS):
                return False
            if word[:1].isupper() and plain in self._body_heads and plain not in GOVERNING_HEADS:
                logger.debug("a body named after its country's possessive: %r", after[:60])
                return True
        return False

    @staticmethod
    def _national_member(text: str, start: int, end: int) -> bool:
        """Whether a movement's bare name ("Red Cross") is a national member's: a country or
        demonym before it ("the Kenya Red Cross", "the Ethiopian Red Cross Society"), "Society"
        after it, or a place it works in ("the Red Cross in Tanganyika province"); the
        international committee is named "the ICRC" or "the Red Cross" alone."""
        before = text[max(0, start - _WINDOW):start].split()
        if before and before[-1][:1].isupper() and not _NOT_A_MEMBERS_NAME.match(before[-1]):
            return True
        return _MEMBER_AFTER.match(text, end) is not None

    @staticmethod
    def _same_case(span: str, written: str) -> bool:
        return span == written or (written == "US" and bool(_US_WORD.match(span)))

    def modifies(self, text: str, end: int) -> bool:
        """Whether the mention ending at ``end`` is a patron modifying the next name ("the
        al-Qaeda-linked JNIM": al-Qaeda; ``affiliation_modifiers`` of actors.yaml)."""
        return self._modifier is not None and self._modifier.match(text, end) is not None

    def find(self, text: str) -> list[tuple[int, int, Actor]]:
        """All actor mentions in ``text`` (longest first, non-overlapping), by offset.
        Metonyms ("Damascus said") are included: the caller decides whether a place speaks."""
        return [(s, e, m.actor) for s, e, _, m in self._matches(text, self._index)
                if m.actor is not None]

    def named(self, text: str, *, remember: bool = True) -> list[tuple[int, int, Actor]]:
        """Actor mentions in ``text`` named as such (no place metonyms), by offset; without
        ``remember`` the text is not kept in the cache (a whole article read once)."""
        matches = self._matches(text, self._index) if remember else self._find_matches(text, self._index)
        found = [(s, e, m.actor) for s, e, _, m in matches
                 if m.actor is not None and not m.metonym]
        return sorted(found, key=lambda t: t[0])

    def resolve(self, text: str) -> Actor | None:
        """The actor a source phrase names, or None.

        A named affiliation wins ("X, a spokesperson for the PMF"); otherwise the longest
        organisation named; a place standing for a government ("Damascus") only when
        nothing else is named.
        """
        # "a Moscow-led military alliance", "a Kabul-based analyst": a place joined by a hyphen
        # describes the noun after it; it does not speak for its government
        matches = [m for m in self._matches(text, self._index) if not self.modifies(text, m[1])
                   and not (m[3].metonym and _HYPHENED.match(text, m[1]))
                   and not (m[3].metonym and _dweller(text, m[0], m[1]))]
        if not matches:
            return None
        norm = [t for t in self._norm_words(text) if t[2]]
        named = [m for m in matches if not m[3].metonym]
        for m in named:
            before = [t[2] for t in norm if t[1] <= m[0]]
            if before and before[-1] in self._affiliation:
                return m[3].actor
        if named:
            return max(named, key=lambda m: (m[2], m[1] - m[0], -m[0]))[3].actor
        return matches[0][3].actor

    def party(self, text: str) -> str | None:
        """The party a perpetrator phrase blames: "Israeli jets" -> "Israel",
        "the US-led coalition" -> "US", "Saudi-led coalition" -> "Saudi-led coalition"."""
        matches = self._matches(text, self._party_index) + [
            m for m in self._matches(text, self._index) if not m[3].metonym]
        matches = [m for m in matches if m[3].party]
        if not matches:
            return None
        named = [m for m in matches if not self.modifies(text, m[1])]
        matches = named or matches  # "Iran-backed militias": the patron, when nothing else is named
        return max(matches, key=lambda m: (m[2], m[1] - m[0], -m[0]))[3].party

    def actors(self) -> list[Actor]:
        return list(self._actors)

    def patterns(self) -> list[dict[str, Any]]:
        """spaCy EntityRuler patterns: ORG for actor aliases, PERSON for their people, NORP for
        party demonyms ("Israeli"; ``id`` is then the party). Token patterns on LOWER, ORTH
        for case-sensitive aliases; "US" aliases also get their "U.S." spelling."""
        out: list[dict[str, Any]] = []
        seen: set[tuple[str, ...]] = set()
        # spelling variants back: "mobilization" also as "mobilisation" (alphabetic only)
        respell: dict[str, list[str]] = {}
        for src, dst in self._spelling.items():
            if src.isalpha() and src != dst:
                respell.setdefault(dst, []).append(src)

        def add(label: str, written: str, ident: str) -> None:
            variants = [written]
            if re.search(r"\bUS\b", written):
                variants.append(re.sub(r"\bUS\b", "U.S.", written))
            attr = "ORTH" if written in self._case_sensitive else "LOWER"
            for variant in variants:
                toks = [t for t in spacy_tokens(variant) if t.lower() != "the"]
                spellings: list[tuple[str, ...]] = [()]
                for tok in toks:
                    tok = tok if attr == "ORTH" else tok.lower()
                    alts = [tok, *respell.get(tok, ())] if attr == "LOWER" else [tok]
                    spellings = [(*s, a) for s in spellings for a in alts][:8]
                for norm in spellings:
                    if norm and (attr, *norm) not in seen:
                        seen.add((attr, *norm))
                        out.append({"label": label, "pattern": [{attr: t} for t in norm],
                                    "id": ident})

        for entry in self._index.values():
            if entry.actor is not None and not entry.metonym:
                label = "PERSON" if entry.person or entry.actor.kind == "person" else "ORG"
                add(label, entry.written, entry.actor.name)
        for entry in self._party_index.values():
            if entry.demonym and entry.party:
                add("NORP", entry.written, entry.party)
        return out
