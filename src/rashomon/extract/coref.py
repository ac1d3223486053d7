"""Rule-based coreference for sources: who "he", "the ministry", "a monitor" or "Jasina" is.

No coreference model is available offline, so sources are resolved with article-level rules:

* **named actors** of the article (actor gazetteer over the whole text, in text order);
* **generic descriptions** ("a monitor", "a war monitoring group", "the coalition spokesman",
  "the health ministry"): the named actor of the article that fits the description
  (``generic_sources`` in ``data/cues.yaml``), the nearest one before, else the nearest after;
* **surnames**: a person named in full anywhere in the article ("Polish foreign ministry
  spokesman Lukasz Jasina") lends their affiliation to later *and earlier* bare surnames;
* **he / she**: the last person who was the subject of a sentence, when they were named after
  the last attributed speaker ("Netanyahu reached out to Putin … “…,” he said").
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues, load_cues_data, word_set
from rashomon.gazetteer.actors import Actor, ActorGazetteer

log = logging.getLogger(__name__)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
ANONYMOUS = frozenset({"source", "sources"})  # an unnamed informant's head word
MAX_TITLE_TOKENS: int = setting("extract.coref", "max_title_tokens")  # data/settings.toml


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in full, with the words around the name that say who they speak for."""

    start: int
    end: int
    name: str
    context: str  # "Polish foreign ministry spokesman Lukasz Jasina"
    subject: bool  # the name is the subject of its clause


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """The article's actor mentions (sorted by start) and persons named in full.

    ``by_actor`` indexes the mentions per actor (their starts and their places in ``mentions``)
    so that resolving a description does not scan every mention of a long article (issue 14)."""

    mentions: tuple[tuple[int, int, Actor], ...]
    persons: tuple[Person, ...]
    sentence_ends: tuple[int, ...] = ()  # end offsets of the sentences, in order
    text: str = ""  # the article's text (the words after a name: :func:`_introduced`)
    by_actor: dict[Actor, tuple[list[int], list[int]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if any(a[0] > b[0] for a, b in itertools.pairwise(self.mentions)):
            raise ValueError("ArticleContext.mentions must be sorted by start")
        index: dict[Actor, tuple[list[int], list[int]]] = {}
        for i, (start, _, actor) in enumerate(self.mentions):
            starts, places = index.setdefault(actor, ([], []))
            starts.append(start)
            places.append(i)
        object.__setattr__(self, "by_actor", index)


def _person_context(ent: Span) -> str:
    """The name with its title words before it and an appositive after it."""
    doc = ent.doc
    root = ent.root
    lo = max(root.left_edge.i, ent.start - MAX_TITLE_TOKENS)  # the left edge is in the sentence
    hi = ent.end
    for child in root.children:  # "Lukasz Jasina, a spokesman for the ministry"
        if child.dep_ == "appos":
            hi = max(hi, min(child.right_edge.i + 1, ent.end + 20))
    return doc[lo:hi].text


def build_context(doc: Doc, actors: ActorGazetteer) -> ArticleContext:
    persons = tuple(
        Person(e.start_char, e.end_char, e.text, _person_context(e), e.root.dep_ in SUBJECT_DEPS)
        for e in doc.ents if e.label_ == "PERSON")
    return ArticleContext(mentions=tuple(actors.named(text_of(doc))), persons=persons,
                          sentence_ends=tuple(sent.end_char for sent in doc.sents), text=text_of(doc))


def description(text: str, c: Cues) -> tuple[str, str] | None:
    """("kind", "monitor") for "a war monitoring group"; None when no generic word ends it."""
    words = text.lower().replace("-", " ").split()
    while words and words[-1] in c.speaker_titles:
        words = words[:-1]
    tail = " ".join(words)
    for desc, key, value in c.generic_sources:
        if tail == desc or tail.endswith(" " + desc):
            return key, value
    return None


def _fits(actor: Actor, key: str, value: str, modifiers: tuple[str, ...] = ()) -> bool:
    """Whether ``actor`` fits a description; "the health ministry" needs an actor called a
    health ministry, not any ministry (``modifiers``)."""
    if key == "kind":
        return actor.kind == value
    word = value.lower()
    return any(word in name.lower() and all(m in name.lower() for m in modifiers)
               for name in (actor.name, *actor.aliases))


DETERMINERS = word_set("determiners")


def _modifiers(text: str, value: str, c: Cues) -> tuple[str, ...]:
    """The words before the described noun: "the Health Ministry" → ("health",)."""
    words = text.lower().replace("-", " ").split()
    while words and words[-1] in c.speaker_titles:
        words = words[:-1]
    if not words or words[-1] != value.lower().split()[-1]:
        return ()
    mods: list[str] = []
    for w in reversed(words[:-len(value.split())]):  # the noun's own modifiers, right to left
        if w in DETERMINERS or w in c.speaker_titles or not w.isalpha() or w in {"for", "of", "at"}:
            break
        mods.append(w)
    return tuple(mods)


def generic_actor(ctx: ArticleContext, text: str, pos: int, c: Cues) -> Actor | None:
    """The named actor of the article a generic description at ``pos`` stands for."""
    spec = description(text, c)
    if spec is None:
        return None
    key, value = spec
    if key == "kind" and value == "armed_group" and _civil(text):
        return None  # "an activist group", "a local rights group": no armed group the article names
    tiers: list[set[Actor]] = []
    named = ctx.by_actor.keys()  # each actor is tested once, not once per mention
    if key == "kind":  # "a war monitor": first the actors called so ("Britain-based war monitor")
        head = text.lower().split()[-1]
        tiers.append({a for a in named if a.kind == value and _fits(a, "word", head)})
    mods = _modifiers(text, value, c) if key == "word" else ()
    tiers.append({a for a in named if _fits(a, key, value, mods)})
    for tier in tiers:  # the nearest named before, in the best-fitting tier that has one
        before = _nearest(ctx, tier, pos, after=False)
        if before is not None:
            return before
    # else the first named after ("…, a monitor said. The SOHR said …"), in a later sentence: a
    # name after the speaker in its own sentence is what it speaks of ("A commander of the
    # local militia accused the Islamic State group of the attack"), not who it is. Never for
    # unnamed informants ("military sources", "a security source"): they are their own source,
    # not a body the article names paragraphs later (probe8: a closing line's coalition)
    if text.lower().split()[-1].strip(".,'’") in ANONYMOUS:
        return None
    k = bisect_right(ctx.sentence_ends, pos)
    after_pos = ctx.sentence_ends[k] if k < len(ctx.sentence_ends) else pos
    for tier in tiers:
        after = _nearest(ctx, tier, after_pos, after=True)
        if after is not None:
            return after
    return None


@functools.cache
def _civil_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("actors.yaml").get("civil_group_words") or ())


def _civil(text: str) -> bool:
    """Whether a description of a group names a civil one by a word before its noun ("a
    pro-democracy activist group", "a local rights group"; ``civil_group_words`` of
    data/actors.yaml): in "Fighters of X killed 30 people, an activist group said" the group
    accuses X, it is not X."""
    words = [w.strip(".,'’") for w in text.lower().split()]
    return any(w in _civil_words() or w.split("-")[-1] in _civil_words() for w in words[:-1])


def _nearest(ctx: ArticleContext, fit: set[Actor], pos: int, *, after: bool) -> Actor | None:
    """Of the mentions of the ``fit`` actors, the last one starting before ``pos`` (or, with
    ``after``, the first one starting after it), in the order of ``mentions``."""
    best: int | None = None
    for actor in fit:
        starts, places = ctx.by_actor[actor]
        if after:
            k = bisect_right(starts, pos)
            if k < len(places) and (best is None or places[k] < best):
                best = places[k]
        else:
            k = bisect_left(starts, pos) - 1
            if k >= 0 and (best is None or places[k] > best):
                best = places[k]
    return None if best is None else ctx.mentions[best][2]


def _same_name(a: str, b: str) -> bool:
    """Surnames equal, or one letter apart in a long name (news spells "Marotto" and "Maroto")."""
    return a == b or (min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 90)


def _bare(name: str) -> str:
    """A name part without an Arabic article: "al-Mansour" → "mansour"."""
    low = name.lower()
    for article in ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "az-"):
        if low.startswith(article) and len(low) > len(article) + 2:
            return low[len(article):]
    return low


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surname(name: str) -> str:
    """The last name of a full name, past a generational suffix ("Ferdinand Marcos Jr." → "Marcos")."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().strip(",") in _SUFFIXES:
        words = words[:-1]
    return words[-1]


def full_name(ctx: ArticleContext, surname: str, pos: int, *, first_names: bool = True) -> Person | None:
    """A person named in full elsewhere in the article whose last name is ``surname`` (or,
    failing that and with ``first_names``, whose first name is: "Getachew" for Getachew Reda,
    as Ethiopian and many Arabic names are shortened; not for a speaker written with two words
    or more, "Ko Zaw", whose last word is no one else's first name)."""
    low = _bare(surname)
    full = [p for p in ctx.persons if len(p.name.split()) >= 2 and not (p.start <= pos < p.end)]
    named = [p for p in full if _same_name(_bare(_surname(p.name)), low)]
    if not named and first_names and not _introduced(ctx, pos, surname):
        named = [p for p in full if p.name.split()[0].lower() == low]
    before = [p for p in named if p.start < pos]
    return before[-1] if before else (named[0] if named else None)


def _introduced(ctx: ArticleContext, pos: int, name: str) -> bool:
    """Whether the person ``name`` written at ``pos`` is introduced there with a description of
    their own and no speaker title ("Rami, a 30-year-old teacher who lives nearby"): someone the
    article brings in for their own account, not a short form of a namesake's full name ("Rami"
    is not "Rami Abdulrahman, the Observatory's director")."""
    if ctx.text[pos:pos + len(name)] != name:
        return False
    m = _DESCRIBED.match(ctx.text, pos + len(name))
    if m is None:
        return False
    words = [w.lower() for w in re.findall(r"[\w'’-]+", m.group(1))]
    found = not any(w in _titles() for w in words)
    if found:
        log.debug("introduced person: %r%s", name, m.group(0))
    return found


# ", a 30-year-old teacher who …", ", 34, a nurse": an indefinite description set after a name
_DESCRIBED = re.compile(r",\s+(?:\d+,\s+)?((?:an?|one)\s+[^,.;:\"“”]+)")


@functools.cache
def _titles() -> frozenset[str]:
    return frozenset(w.lower() for w in load_cues_data()["speaker_titles"])


def recent_subject(ctx: ArticleContext, after: int, before: int, *, any_role: bool = False) -> Person | None:
    """The last person who was the subject of a clause between ``after`` and ``before`` (or named
    there in any role)."""
    found = [p for p in ctx.persons if (p.subject or any_role) and after <= p.start < before]
    return found[-1] if found else None


# words that say a speaker is a man or a woman (English grammar, not a lexicon of names)
_MALE = frozenset({"he", "him", "his", "spokesman", "man", "father", "son", "brother", "husband", "mr", "boy",
                   "uncle", "nephew", "grandfather", "king"})
_FEMALE = frozenset({"she", "her", "spokeswoman", "woman", "mother", "daughter", "sister", "wife", "mrs", "ms",
                     "girl", "aunt", "niece", "grandmother", "queen"})


def _gender(text: str) -> str | None:
    words = set(re.findall(r"[a-z]+", text.lower()))
    male, female = bool(words & _MALE), bool(words & _FEMALE)
    return "m" if male and not female else "f" if female and not male else None


def agrees(pronoun: str, speaker: str) -> bool:
    """Whether "he"/"she" may stand for the speaker written ``speaker`` ("she" is not "A spokesman
    for the ministry" nor an earlier "he"); a speaker of no known gender agrees with both."""
    mine, theirs = _gender(pronoun), _gender(speaker)
    return mine is None or theirs is None or mine == theirs

