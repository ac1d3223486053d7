"""A place told by a word that points back to one named before: "there", "the same junction",
"the city", "the square", "Tayaran Square" again.

"Mastung, a district of Balochistan province, has been hit before. In July 2018, a suicide
bomber killed 149 people at an election rally there"; "the bombing struck the same junction
where a truck bomb killed 587 people in October 2017"; "In August 2023, the same neighbourhood
lost 20 of its residents in a night raid": a sentence, most often one recalling an earlier
incident at the article's own place, that names no place finer than a country but points back
to one. Its place (unless the sentence names one before the word: "crossed from Somalia and
gone back there") is that of the nearest sentence before it (at most ``_BACK`` sentences) that
names a place finer than a country where something is (no dateline, no source's seat, no place
people went to, no other story's place): "there" is a pronoun of place, and "the same <place
noun>" says the place was named before.

Only "there" that modifies a verb or a noun counts ("killed 149 people there", "a rally there";
"there were no fighters" is no place), and only "the same" before a noun of a place (``anaphora.same_nouns`` of
``data/place_words.yaml``: "the same day" is no place).

A definite noun of a place with nothing naming it points back too: "the city was hit by one of
the deadliest bombings of that year", "attacked the city's main Shiite mosque" (a settlement,
``anaphora.settlement_nouns``: the nearest place named before, as "there"); "The square was hit
by a similar bombing in January 2018", "blew himself up on the avenue" (a site,
``anaphora.site_nouns``): the site named before by that noun, and by its name where the text
gave one ("Istiklal Avenue has been the target of bombings before. … on the avenue": the sentence
naming Istiklal Avenue with its town, not another avenue). A site's name no gazetteer has, named
again ("Tayaran Square was the scene of a bombing in 2018"), is read the same way: the place of
the sentence that named it before, or of the nearest sentence before that one naming a place
("… a market in central Baghdad. … a crowd in Tayaran Square": Baghdad). A noun that a word
names ("the city of Kandahar", "the Tayaran square", "the pedestrian avenue" is no name but
its own description) is no pointer.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from rashomon.extract.claim_scene import doc_tokens, sentence_of
from rashomon.extract.doctext import text_of
from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.extract.frames_text import Sent
from rashomon.lexicon import words

logger = logging.getLogger(__name__)

_THERE = words("place_words.yaml", "anaphora", "there_words")  # "there"
_SAME = words("place_words.yaml", "anaphora", "same_words")  # "same"
_SAME_NOUNS = words("place_words.yaml", "anaphora", "same_nouns")  # junction, area, neighbourhood, ...
_SETTLEMENTS = words("place_words.yaml", "anaphora", "settlement_nouns")  # city, town, village
_SITES = words("place_words.yaml", "anaphora", "site_nouns")  # square, avenue, market, ...
_CAPITALS = words("place_words.yaml", "anaphora", "capital_words")  # capital
_UNIT_ADJECTIVES = words("place_words.yaml", "anaphora", "capital_adjectives")  # provincial, state, ...
_THE = "the"  # grammar: the definite article
_NAMING_DEPS = frozenset({"compound", "appos", "nmod", "poss"})  # grammar: a word naming the noun ("Tayaran square")
# how many sentences back the place pointed to may stand: a recalled incident follows the
# sentence naming the place ("X has been hit before. In 2018 …"), a lead's place lies a few
# paragraphs up (a count of sentences, not a tuned weight: the structure of a news story)
_BACK = 8
# how far back a site's first naming is looked for: a news story names its site in its first
# paragraphs; the bound keeps a book-length text linear (a count of sentences, not a tuned weight)
_SITE_BACK = 200
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # spaCy's labels of places (grammar, not vocabulary)
_POINTS = frozenset({"town", "exact"})  # the precisions of a settlement or a site


@dataclass(frozen=True, slots=True)
class Pointer:
    """A word pointing back to a place, and what to find the place by: ``key`` a site's noun or
    name ("avenue", "tayaran square"), None for the nearest place named ("there", "the city")."""

    word: Token
    key: str | None = None
    # a noun or a name (not "there", "the same"): only a place with coordinates, a town or a site,
    # is what it points to ("the town" is no province; "Tayaran Square" is not itself)
    named: bool = False


def pointers(sent: Span) -> list[Pointer]:
    """The words of ``sent`` that point back to a place, in the order they are tried: "there"
    modifying a verb, the noun of "the same <place noun>", then a settlement's or site's noun
    in the singular with nothing naming it ("the city", "the square"), or a site's name
    ("Tayaran Square")."""
    near: list[Pointer] = []
    named: list[Pointer] = []
    for tok in doc_tokens(sent.doc)[sent.start:sent.end]:  # read once per document
        low = tok.lower_
        if low in _THERE and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
            near.append(Pointer(tok))
        elif low in _SAME and tok.dep_ == "amod" and tok.head.lemma_.lower() in _SAME_NOUNS and \
                any(c.dep_ == "det" and c.lower_ == _THE for c in tok.head.children):
            near.append(Pointer(tok.head))
        elif low in _CAPITALS and any(c.dep_ in ("amod", "compound") and c.lower_ in _UNIT_ADJECTIVES
                                      for c in tok.children) \
                and any(c.dep_ == "det" and c.lower_ == _THE for c in tok.children):
            named.append(Pointer(tok, named=True))  # "the provincial capital": the unit's town named before
        elif low not in _SETTLEMENTS and low not in _SITES:  # the singular: "the border villages" point to none
            continue
        elif tok.text.islower() and _bare_definite(tok):
            named.append(Pointer(tok, None if low in _SETTLEMENTS else low, named=True))  # "the city"
        elif low in _SITES and tok.text[:1].isupper() and (name := _site_name(tok)) is not None:
            named.append(Pointer(tok, name, named=True))  # "Tayaran Square": a site's name no gazetteer has
    return near[:1] + named[:1]


def _bare_definite(tok: Token) -> bool:
    """Whether a noun is "the <noun>" with no word naming it: "the city", "the city's mosque";
    not "the city of Kandahar", "the Tayaran square", "the same day"."""
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == _THE for c in kids):
        return False
    if any(c.dep_ in _NAMING_DEPS and c.pos_ == "PROPN" for c in kids):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" and any(p.pos_ == "PROPN" for p in c.children)
                   for c in kids)


def _site_name(tok: Token) -> str | None:
    """The name of a site written with its capitalised noun ("Tayaran Square"), lower-cased:
    the proper nouns compounded right before it; None without one."""
    words: list[str] = []
    for c in reversed([c for c in tok.children if c.i < tok.i]):
        if c.dep_ != "compound" or c.pos_ != "PROPN" or c.i != tok.i - len(words) - 1:
            break
        words.insert(0, c.text)
    return " ".join([*words, tok.text]).lower() if words else None


def _told_there(m: PlaceMention) -> bool:
    """Whether a mention names a place where something is: finer than a country, no other
    story's place, no source's seat, no place people went to."""
    return m.location.precision not in ("country", "unknown") and not (m.aside or m.speaker or m.fled_to)


def pointed_places(doc: Doc, sent: Sent, found: list[PlaceMention],
                   read: Callable[[Sent], list[PlaceMention]]) -> list[PlaceMention]:
    """The places of the sentence a word of ``sent`` points back to ("there", "the same
    junction", "the city", "the square": ``read`` gives a sentence's mentions), when ``sent``
    names none finer than a country (``found``: its mentions); else none."""
    if any(m.location.precision not in ("country", "unknown") or m.unknown for m in found):
        return []
    for ptr in pointers(sent.span):
        word = ptr.word
        if ptr.key is None and any(e.label_ in _PLACE_LABELS and e.end <= word.i for e in sent.span.ents):
            continue  # "crossed from Somalia and gone back there": the place just named, a country too
        told = _nearest(doc, sent.span, read, ptr.named) if ptr.key is None else \
            _named_before(doc, sent.span, ptr.key, read)
        if told:
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("%r points back to %s in %r", word.text, [m.text for m in told], sent.text)
            return told
    return []


def _read(doc: Doc, span: Span, read: Callable[[Sent], list[PlaceMention]], named: bool) -> list[PlaceMention]:
    """The places of a sentence where something is (:func:`_told_there`); ``named``: only towns
    and sites with coordinates."""
    start, end = span.start_char, span.end_char
    return [m for m in read(Sent(span, (), None, False, text_of(doc)[start:end], start, end)) if _told_there(m)
            and not (named and (m.unknown or m.reference or m.location.lat is None
                                or m.location.precision not in _POINTS))]


def _nearest(doc: Doc, span: Span, read: Callable[[Sent], list[PlaceMention]], named: bool) -> list[PlaceMention]:
    """The places of the nearest of the ``_BACK`` sentences before ``span`` naming one."""
    prev = span
    for _ in range(_BACK):
        if prev.start == 0:
            break
        prev = sentence_of(doc, prev.start - 1)
        if told := _read(doc, prev, read, named):
            return told
    return []


def _named_before(doc: Doc, span: Span, key: str, read: Callable[[Sent], list[PlaceMention]]) -> list[PlaceMention]:
    """The places of the first sentence before ``span`` naming the site ``key`` (its noun, or
    its name where the nearest sentence naming the noun gives one: "Istiklal Avenue" for "the
    avenue") with a place: a story names its site first where it tells its place ("the mosque"
    of a story about a mosque bombing is not the mosque of an earlier attack named since).
    A site's name no gazetteer has, named first with no place ("a crowd in Tayaran Square"),
    is at the nearest place named before that sentence; a noun alone, no name, is at none."""
    pattern = _key_pattern(key)
    prev, found = span, list[Span]()
    text = text_of(doc)
    for _ in range(_SITE_BACK):
        if prev.start == 0:
            break
        prev = sentence_of(doc, prev.start - 1)
        if (hit := pattern.search(text, prev.start_char, prev.end_char)) is None:
            continue
        if not found and " " not in key and (name := _NAMED.search(text, prev.start_char, hit.end())) is not None:
            key = name.group(0).lower()  # "the avenue" after "Istiklal Avenue ...": that avenue
            pattern = _key_pattern(key)
        found.append(prev)
    for sent in reversed(found):
        if told := _read(doc, sent, read, True):
            return told
    return _nearest(doc, found[-1], read, True) if found and " " in key else []


# a name before a site's noun: "Istiklal Avenue", "Bab al-Sharqi Market" (capitalised words)
_NAMED = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}[A-Z]\w*$")


def _key_pattern(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(key)}\b", re.IGNORECASE)
