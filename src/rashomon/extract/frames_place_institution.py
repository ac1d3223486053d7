"""Institutions and organisations in the text around a place name.

A town followed by a lower-case noun of an institution of the town ("Kantharalak hospital
said it treated 14 people", "the Goma airport", "Bunia police said"): the institution lies in
the town, so the town says where the story is (the article's place context,
:func:`rashomon.extract.frames_place_filters.institution_town`), whatever the tagger makes of the
name alone (it often reads an unknown one-word name before a common noun as a person's). A
capitalised word after the town ("Kabul Bank") makes a name of its own and does not count."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from rashomon.extract.doctext import text_of
from rashomon.lexicon import alternation, words
from rashomon.nlp.entities import ents_in

_NOUNS = words("place_words.yaml", "institution_nouns") | words("place_words.yaml", "site_nouns")
_AFTER = re.compile(r"[ \t]+" + alternation(sorted(_NOUNS)) + r"\b")


def institution_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a lower-case institution or site noun."""
    return _AFTER.match(text, end) is not None


def in_organisation(doc: Doc, start: int, end: int) -> bool:
    """A country named inside an organisation's name is part of the name, not the place of
    anything: "the Islamic State of Iraq and the Levant", "Al-Shabaab in Somalia" (one name),
    "US Central Command"."""
    text = text_of(doc)
    for ent in ents_in(doc):
        if ent.label_ != "ORG":
            continue
        if ent.start_char <= start and end <= ent.end_char and (ent.start_char, ent.end_char) != (start, end):
            return True
        if ent.end_char < start and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[ent.end_char:start]):
            return True  # "Islamic State" + " of Iraq" when the tagger cut the name in two
    return False
