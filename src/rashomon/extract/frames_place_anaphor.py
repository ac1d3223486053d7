"""A place told by a word that points back to one named before: "there", "the same junction".

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
"""

from __future__ import annotations

import logging
from collections.abc import Callable

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
# how many sentences back the place pointed to may stand: a recalled incident follows the
# sentence naming the place ("X has been hit before. In 2018 …"), a lead's place lies a few
# paragraphs up (a count of sentences, not a tuned weight: the structure of a news story)
_BACK = 8
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # spaCy's labels of places (grammar, not vocabulary)


def pointer(sent: Span) -> Token | None:
    """The word of ``sent`` that points back to a place: "there" modifying a verb, or the noun
    of "the same <place noun>"."""
    for tok in doc_tokens(sent.doc)[sent.start:sent.end]:  # read once per document
        low = tok.lower_
        if low in _THERE and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
            return tok
        if low in _SAME and tok.dep_ == "amod" and tok.head.lemma_.lower() in _SAME_NOUNS and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.head.children):
            return tok.head
    return None


def _told_there(m: PlaceMention) -> bool:
    """Whether a mention names a place where something is: finer than a country, no other
    story's place, no source's seat, no place people went to."""
    return m.location.precision not in ("country", "unknown") and not (m.aside or m.speaker or m.fled_to)


def pointed_places(doc: Doc, sent: Sent, found: list[PlaceMention],
                   read: Callable[[Sent], list[PlaceMention]]) -> list[PlaceMention]:
    """The places of the nearest earlier sentence naming one (``read`` gives a sentence's
    mentions), when ``sent`` names none finer than a country (``found``: its mentions) and
    points back to a place ("there", "the same junction"); else none."""
    if any(m.location.precision not in ("country", "unknown") or m.unknown for m in found):
        return []
    if (word := pointer(sent.span)) is None:
        return []
    if any(e.label_ in _PLACE_LABELS and e.end <= word.i for e in sent.span.ents):
        return []  # "crossed from Somalia and gone back there": the place just named, a country too
    prev = sent.span
    text = text_of(doc)
    for _ in range(_BACK):
        if prev.start == 0:
            break
        prev = sentence_of(doc, prev.start - 1)
        start, end = prev.start_char, prev.end_char
        told = [m for m in read(Sent(prev, (), None, False, text[start:end], start, end)) if _told_there(m)]
        if told:
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("%r points back to %s in %r", word.text, [m.text for m in told], sent.text)
            return told
    return []
