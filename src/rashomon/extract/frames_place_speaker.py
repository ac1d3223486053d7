"""Where a source speaks from: "officials in Cairo said", "told reporters in Kabul".

The capital its officials sit in is rarely where the incident was, the town its local police
sit in often near it: :mod:`.frames_places` weighs such a place down, and a capital named so
stands for its country's government; an area named only so gives way to a country the text
names more (:func:`stronger_country`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from rashomon.extract.event_types import frame_lexicon
from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.lexicon import words

_SPEAKER_PREPS = words("place_words.yaml", "speaker_prepositions")  # "officials in Cairo said"


def speaker_place(token: Token) -> bool:
    """Whether a place phrase says where the source of a statement is: "officials in Cairo
    said", "police in Katsina told reporters" (the subject of a statement verb), "the toll
    announced by the government in Niamey" (its agent), "told reporters in Kabul", "said in
    Baku" (the statement verb or its object)."""
    if token.dep_ != "pobj" or token.head.pos_ != "ADP" or token.head.lower_ not in _SPEAKER_PREPS:
        return False
    holder = token.head.head
    statement = frame_lexicon().statement_verbs
    if holder.pos_ == "VERB" and holder.lemma_.lower() in statement:
        return True  # "a spokesman told reporters in Kabul", "the ministry said in Baku"
    if holder.dep_ in ("dobj", "dative") and holder.head.lemma_.lower() in statement:
        return True  # "told reporters in Kabul" with "in" on "reporters"
    if holder.dep_ == "pobj" and holder.head.dep_ == "agent" and holder.head.head.tag_ == "VBN" and \
            holder.head.head.lemma_.lower() in statement:
        return holder.pos_ in ("NOUN", "PROPN")  # "the toll announced by the government in Niamey"
    return holder.dep_ == "nsubj" and holder.pos_ in ("NOUN", "PROPN") and \
        holder.head.lemma_.lower() in statement


def speaker_place_at(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and speaker_place(span.root)


def stronger_country(area: list[PlaceMention], countries: list[PlaceMention]) -> PlaceMention | None:
    """A country mention of another country than the area's, when the area is only where
    sources spoke or landmarks ("a spokesman told reporters in Kabul") and that country is
    named more than the area's own (mentions of the area count for its country): the incident
    is in that country, the speaker elsewhere. None otherwise."""
    totals: dict[str | None, float] = {}
    for m in countries:
        totals[m.location.country] = totals.get(m.location.country, 0.0) + m.weight
    own = area[0].location.country
    totals[own] = totals.get(own, 0.0) + sum(m.weight for m in area)
    best = max(totals, key=lambda c: totals[c])
    if best == own or best is None:
        return None
    return next(m for m in countries if m.location.country == best)
