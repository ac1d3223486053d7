"""The marks of a report: what it names about its incident beyond figures, target words and
people, for the pairs where those rarely suffice.

A report with no date at all can link only through what it says (nothing places it among a
town's incidents over the years), and what it says is often not a figure: an undated report
of a funeral names the monitor that gave the toll, the local force a victim belonged to and
the victims' trade ("oil workers"), while its tolls are written in ways the figure reader
misses. Those are its marks:

* **named things**: runs of capitalised words in the incident's sentence and in its claims
  ("the Asayish", "the Rmelan oil fields", "the Kurdistan Democratic Party of Iran", "the
  town of Koya") that are not the parties (the alleged perpetrators and the states'
  speakers: active in many incidents), not the report's own place, not country names,
  nationalities or the generic words of ``data/link_words.yaml``;
* **speakers that are no party**: a monitor, a rights group, a hospital or a local body
  quoted on the incident ("sohr");
* **victims' trades**: a noun of ``victim_nouns`` with the word that says whose or which
  ("oil workers"; "employees of the oil company" is the same mark): a detail of who was
  hit that the targets miss.

Each shared mark weighs ``MARK_WEIGHT`` (:mod:`~rashomon.link.decision` reads them only for
a report with no date, and for a clash of countries that a region-level place may explain):
a monitor or a local force recurs across a region's incidents, so one or two marks never
decide; three do, as two details do elsewhere.
"""

from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.lexicon import words
from rashomon.link.info import norm, tokens
from rashomon.types import Claim, Frame

logger = logging.getLogger(__name__)

MARK_WEIGHT: float = setting("link.marks", "mark_weight")  # per shared mark (data/settings.toml)
NEAR_FIGURE_SHARE: float = setting("link.marks", "near_figure_share")  # "at least 14" ~ "at least 15"
NEAR_FIGURE_MIN: int = setting("link.marks", "near_figure_min")  # tolls this large may differ a little

VICTIM_NOUNS = words("link_words.yaml", "victim_nouns")
# the same trade said two ways ("employees" of a company are its workers)
_VICTIM_CANON = {"employees": "workers", "staff": "workers", "labourers": "workers",
                 "laborers": "workers", "employee": "workers", "worker": "workers"}
MODIFIER_STOPWORDS = words("link_words.yaml", "victim_modifier_stopwords")
_EMPLOYERS = "company|firm|field|fields|mine|mines|factory|plant|refinery|project|station"
_VICTIM = re.compile(
    r"\b(?:(?P<mod>[a-z][a-z-]+)\s+)?(?P<noun>" + "|".join(sorted(map(re.escape, VICTIM_NOUNS), key=len, reverse=True))
    + r")\b(?:\s+(?:of|at|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}?(?P<emp>[a-z][a-z-]+)\s+(?:"
    + _EMPLOYERS + r")\b)?")
# most texts name no trade: a cheap look for the noun first
_VICTIM_NOUN = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, VICTIM_NOUNS), key=len, reverse=True)) + r")\b")
_CAP_RUN = re.compile(r"(?:[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*))*")
_POSSESSIVE = re.compile(r"[’']s$")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:,[^-–—]{0,40})?\s[-–—]\s")  # "TEHRAN, Sept 9 (Agency) - "
STATE_KINDS = frozenset({"military", "government", "state_media", "official"})
_NO_MARK_KINDS = STATE_KINDS | {"person", "media"}
# a date's words are no name ("on Friday", "in March")
MONTHS_AND_DAYS = frozenset(w.casefold() for w in (*calendar.month_name, *calendar.month_abbr,
                                                    *calendar.day_name, "Sept") if w)


@lru_cache(maxsize=65536)
def victim_marks(text: str) -> frozenset[str]:
    """"two oil workers" → {"oil workers"}; "employees of the local oil company" → {"oil
    workers"}; "three worshippers" → {"worshippers"}."""
    if not _VICTIM_NOUN.search(text):
        return frozenset()
    found: set[str] = set()
    for m in _VICTIM.finditer(text):
        noun = _VICTIM_CANON.get(m.group("noun").casefold(), m.group("noun").casefold())
        mod = m.group("emp") or m.group("mod")
        if mod and mod.casefold() not in MODIFIER_STOPWORDS and not mod.isdigit():
            found.add(f"{mod.casefold()} {noun}")
        else:
            found.add(noun)
    return frozenset(found)


def _runs(text: str) -> Iterable[str]:
    """Runs of capitalised words, not the first word of a sentence unless it is a run of two
    or more or an acronym ("Relatives said" is no name; "Human Rights Watch said" is)."""
    text = _DATELINE.sub("", text)
    for m in _CAP_RUN.finditer(text):
        # "Kurdish-led": the capitalised parts of a hyphenated word only
        run = [p for w in m.group().split() for p in _POSSESSIVE.sub("", w).split("-") if p[:1].isupper()]
        before = text[:m.start()].rstrip()
        if (not before or before[-1] in ".!?\"“”:") and len(run) == 1 and not run[0].isupper():
            continue
        yield " ".join(run)


@lru_cache(maxsize=65536)
def named_runs(text: str) -> tuple[str, ...]:
    """The capitalised runs of a text, normalised ("the SDF's Asayish" → "sdf", "asayish")."""
    return tuple(norm(r) for r in _runs(text) if norm(r))


Mark = frozenset[str]  # one thing named, by its names ("sohr", "observatory", "human rights")


ORGANISATION_HEADS = words("link_words.yaml", "not_person_last_words")


@lru_cache(maxsize=1)
def demonym_words() -> frozenset[str]:
    """Nationality words ("Algerian", "Kurdish" is not one): who, not which incident."""
    found: set[str] = set()
    for word in (load_data("demonyms.yaml").get("demonyms") or {}):
        for part in str(word).split(","):
            found.update(tokens(part))
    return frozenset(found)


def _kept(run: str, skip: frozenset[str] | set[str]) -> str:
    """The words of a run that may tell an incident: not those of ``skip``; nothing when
    only an organisation's or a building's head noun is left ("the Saudi Hospital" without
    the country's word is any hospital)."""
    kept = [t for t in run.split() if t not in skip and not t.isdigit()]
    if not kept or len(" ".join(kept)) < 3 or all(t in ORGANISATION_HEADS for t in kept):
        return ""
    return " ".join(kept)


def frame_marks(frame: Frame, claims: Sequence[Claim], generic: frozenset[str]) -> frozenset[Mark]:
    """The marks of a frame and its claims (see the module docstring): each one thing named,
    by the names the report gives it (a speaker's name and the words of how it is written:
    one speaker is one mark, however many words name it)."""
    own = set(tokens(frame.place_text))
    if frame.location is not None:
        own.update(tokens(frame.location.name))
    parties: set[str] = set()
    for party in (*frame.perpetrators, *(c.perpetrator or "" for c in claims),
                  *(c.source.name for c in claims if c.source.kind in STATE_KINDS)):
        parties.update(tokens(party))
    skip = own | parties | generic | MONTHS_AND_DAYS | demonym_words()
    marks: set[Mark] = set()
    sentence = frame.evidence.text
    for claim in claims:
        written = claim.source.text or ""
        if written:  # the speaker is its own mark (or a party's): not again from the sentence
            sentence = sentence.replace(written, " . ")
        if claim.source.kind in _NO_MARK_KINDS or not claim.source.name:
            continue
        # a speaker of no known kind by the capitalised words it is written with only
        # ("the Sudan Doctors Network", not "relatives" or "the brother of one of them")
        names = {_kept(r, skip) for r in named_runs(written)}
        if claim.source.kind != "unknown":
            names.add(_kept(norm(claim.source.name), parties))  # a whole name: its words may be common
        names.discard("")
        if names:
            marks.add(frozenset(names))
    for text in (sentence, *(c.text for c in claims)):
        marks.update(frozenset({m}) for m in (_kept(r, skip) for r in named_runs(text)) if m)
        # "novice students" is also "students" (another report may not say which)
        marks.update(frozenset({m, m.split()[-1]}) for m in victim_marks(text))
    return _merged(marks)


def _merged(marks: set[Mark]) -> frozenset[Mark]:
    """Marks that share a name are one thing named twice ("Cabo Ligado" the speaker and in a
    sentence): one mark."""
    out: list[set[str]] = []
    for mark in sorted(marks, key=sorted):
        joined = [m for m in out if m & mark]
        merged = set(mark).union(*joined)
        out = [m for m in out if not m & mark] + [merged]
    return frozenset(frozenset(m) for m in out)


INCIDENT_NAME_HEADS = words("link_words.yaml", "incident_name_heads")
INCIDENT_NAME_STOPWORDS = words("link_words.yaml", "incident_name_stopwords")
# a faith's or a rank's adjective says which kind of site, not which site ("the Orthodox
# cathedral", "a Shia mosque", "the Grand Mosque"): no part of its name
SITE_QUALIFIERS = words("link_words.yaml", "site_qualifiers")
# one to three capitalised words before a head noun ("the Amarula Lodge", "the Pearl Beach
# hotel", "the Green Line Express"); the head's case is free, the name's is not
_INCIDENT_NAME = re.compile(
    r"\b(?P<name>(?:[A-Z][\w’'-]*\s+){1,3})(?P<head>(?i:"
    + "|".join(sorted(map(re.escape, INCIDENT_NAME_HEADS), key=len, reverse=True)) + r"))\b"
    r"(?!\s+[A-Z])")  # "the Express Tribune": the noun inside a longer name
_NAME_ARTICLES = frozenset({"the", "a", "an"})
# a landmark that says where, not what was hit ("near the Salah Mosque", "opposite the Grand
# Hotel"): no name of the incident (as link_words.yaml site_kinds leaves out "near")
# (in one clause: "in the vicinity of the University College and the Salah Mosque": both)
_LANDMARK_BEFORE = re.compile(r"\b(?i:near|nearby|opposite|behind|beside|next\s+to|close\s+to|in\s+front\s+of|"
                              r"outside|across\s+from|vicinity\s+of|west\s+of|east\s+of|north\s+of|south\s+of)"
                              r"\s[^,.;:()]*$")


@lru_cache(maxsize=65536)
def incident_names(text: str, skip: frozenset[str] = frozenset(), landmarks: bool = False) -> frozenset[str]:
    """The named places of an incident a text writes ("the Amarula Lodge" → "amarula lodge"),
    without the words of ``skip`` (the report's own town: "Kabul airport" names the town,
    not which incident) and of the calendar; none left, no name. ``landmarks``: also the
    places it names as where ("outside the X cathedral", "near the Y mosque")."""
    if not text:
        return frozenset()
    found = set()
    for m in _INCIDENT_NAME.finditer(text):
        if INCIDENT_NAME_STOPWORDS & set(tokens(m.group("name"))) \
                or (not landmarks and _LANDMARK_BEFORE.search(text[max(0, m.start() - 60):m.start()])):
            continue
        kept = [t for t in tokens(m.group("name")) if len(t) > 1  # "s" of "Mogadishu's"
                and t not in _NAME_ARTICLES and t not in skip and t not in MONTHS_AND_DAYS]
        if kept and all(t in SITE_QUALIFIERS for t in kept):
            logger.debug("no site name: %r qualifies a kind of site", m.group(0))
            continue
        if SITE_QUALIFIERS.intersection(kept):
            logger.debug("site name %r without its qualifiers", m.group(0))
            kept = [t for t in kept if t not in SITE_QUALIFIERS]
        if kept:
            found.add(" ".join([*kept, m.group("head").casefold()]))
    return frozenset(found)


def place_names(frame: Frame, key: Callable[[str], str] = norm) -> frozenset[str]:
    """The report's own place as a mark would name it ("tinzaouaten"), or as ``key`` folds it
    (a village's skeleton): a report of one day whose country clashes with another's may name
    the other's town in its text."""
    names = {key(frame.place_text or "")}
    if frame.location is not None:
        names.add(key(frame.location.name))
    names.discard("")
    return frozenset(names)


def names_place_of(marks: frozenset[Mark], frame: Frame) -> bool:
    """One of ``marks`` is the place of ``frame`` (see :func:`place_names`)."""
    places = place_names(frame)
    return any(mark & places for mark in marks)


def near_figures(a: frozenset[tuple[str, int]], b: frozenset[tuple[str, int]]) -> list[str]:
    """Tolls of one kind, ``NEAR_FIGURE_MIN`` or more, that differ by at most
    ``NEAR_FIGURE_SHARE`` of the larger ("at least 14" and "at least 15" killed: two sources'
    counts of one incident) and are not equal (equal figures count as figures)."""
    out = []
    for kind, x in sorted(a):
        if x < NEAR_FIGURE_MIN or (kind, x) in b:
            continue
        for kind_b, y in sorted(b):
            if kind_b == kind and y >= NEAR_FIGURE_MIN and (kind, y) not in a \
                    and abs(x - y) <= NEAR_FIGURE_SHARE * max(x, y):
                out.append(f"{min(x, y)}-{max(x, y)} {kind}")
                break
    return out


def shared_marks(a: frozenset[Mark], b: frozenset[Mark], place_words: frozenset[str] = frozenset()
                 ) -> list[str]:
    """The marks of ``a`` that ``b`` also holds under one of their names (each named once, by
    the first name both give it), without names made only of either's place words."""
    if not a or not b:
        return []
    out = []
    used: set[Mark] = set()
    for mark in sorted(a, key=sorted):
        for other in sorted(b - used, key=sorted):
            common = sorted(n for n in mark & other if not set(n.split()) <= place_words)
            if common:
                out.append(common[0])
                used.add(other)
                break
    return sorted(out)
