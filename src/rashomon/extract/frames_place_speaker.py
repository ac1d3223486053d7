"""Where a source speaks from: "officials in Cairo said", "told reporters in Kabul".

The capital its officials sit in is rarely where the incident was, the town its local police
sit in often near it: :mod:`.frames_places` weighs such a place down, and a capital named so
stands for its country's government; an area named only so gives way to a country the text
names more (:func:`stronger_country`).
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc, Token

from rashomon.extract.event_types import frame_lexicon
from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.lexicon import words

_SPEAKER_PREPS = words("place_words.yaml", "speaker_prepositions")  # "officials in Cairo said"
_OFFICIALS = words("place_words.yaml", "official_nouns")  # "officials in X have not given a toll"
_DISCLOSING = words("place_words.yaml", "disclosure_verbs")
_SEATS = words("place_words.yaml", "seat_verbs")  # "when reached by telephone in X", "analysts based in X"
_FROM = "from"  # grammar: "speaking from X", "in a statement from X" (only on a statement or seat word)
# verbs (lemmas) of answering a charge: a headline's capital doing one is its government
_ANSWER_VERBS = words("cues.yaml", "reporting_verbs", "denies") | words("cues.yaml", "rule_words", "accusing_cues")
_GOVERNMENT_ACTS = words("place_words.yaml", "government_acts")  # "Baghdad recalls envoy"
_INCLUDING = "including"  # grammar: a list of examples of the noun before it
# a finite verb's tags (Penn): "officials in Pemba said", not "a blast in Jalalabad reported by media"
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
logger = logging.getLogger(__name__)


def _lemmas(form: str) -> set[str]:
    """The lemmas a headline's verb form may have ("denies" -> deny, "rejects" -> reject,
    "vowed" -> vow): English inflection, for a line the parser never sees."""
    w = form.lower()
    out = {w}
    if w.endswith("ies") or w.endswith("ied"):
        out.add(w[:-3] + "y")
    if w.endswith("s") or w.endswith("d"):
        out.add(w[:-1])
    if w.endswith("es") or w.endswith("ed"):
        out.add(w[:-2])
    if w == "said" or w == "says":
        out.add("say")
    return out


def headline_speaker(title: str, end: int) -> bool:
    """Whether the place name ending at ``end`` of a headline is the subject of a verb of
    statement or of answering a charge right after it: "Kabul rejects Pakistan's claims over
    train hijacking", "Dhaka denies role in shelling", or of an act only a government does:
    "Baghdad recalls envoy", "Khartoum expels envoy" (a capital so named is its government;
    "Dhaka market bomb kills six" is the city)."""
    m = _NEXT_WORD.match(title, end)
    if m is None:
        return False
    lemmas = _lemmas(m.group(1))
    if lemmas & _GOVERNMENT_ACTS:
        logger.debug("headline capital as a government: %r", title)
        return True  # "Baghdad recalls envoy", "Addis Ababa summons ambassador"
    return bool(lemmas & (frame_lexicon().statement_verbs | _ANSWER_VERBS))


def speaker_place(token: Token) -> bool:
    """Whether a place phrase says where the source of a statement is: "officials in Cairo
    said", "police in Katsina told reporters", "a doctor at the hospital in Lashio said" (in
    the subject of a statement verb, maybe through the noun of the place it works at), "the toll
    announced by the government in Niamey" (its agent), "told reporters in Kabul", "said in
    Baku" (the statement verb or its object), "at a news conference in X", "in a statement from
    X", "speaking from X" (a statement noun, or "from" on a statement word), and where a source
    was reached or sits: "declined to comment when reached by telephone in X", "analysts based
    in X", "leaders exiled in X" (a participle of ``seat_verbs``)."""
    if token.dep_ != "pobj" or token.head.pos_ != "ADP" or token.head.lower_ not in (*_SPEAKER_PREPS, _FROM):
        return False
    holder = token.head.head
    statement = frame_lexicon().statement_verbs
    if holder.lemma_.lower() in _SEATS and holder.tag_ in ("VBN", "VBG"):
        return True  # "declined to comment when reached by telephone in X", "a spokesman based in X"
    if holder.lemma_.lower() in statement and (token.head.lower_ == _FROM or (
            holder.pos_ == "NOUN" and holder.dep_ == "pobj" and holder.head.head.lemma_.lower() in statement)):
        return True  # "said at a news conference in X", "said in a statement from X", "speaking from X"
    if token.head.lower_ == _FROM:
        return False  # "officials from X", "fire from X": no seat said
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.tag_ in _FINITE and after.lemma_.lower() in statement and \
            holder.pos_ in ("NOUN", "PROPN") and holder.i < token.i:
        return True  # "..., killing seven soldiers, a police officer in Pemba said": whatever the parse made of it
    if holder.dep_ == "pobj" and holder.pos_ in ("NOUN", "PROPN") and holder.head.lower_ == _FROM and \
            holder.head.head.pos_ == "VERB" and holder.head.head.lemma_.lower() in statement:
        logger.debug("where a source spoke from: %r", token.sent.text if logger.isEnabledFor(logging.DEBUG) else "")
        return True  # "a survivor told a radio station from a hospital in Pemba": where the speaker lies
    if holder.dep_ == "pobj" and holder.pos_ in ("NOUN", "PROPN") and holder.head.pos_ == "ADP" and \
            holder.head.lower_ in _SPEAKER_PREPS and holder.head.head.pos_ in ("NOUN", "PROPN"):
        holder = holder.head.head  # "a doctor at the hospital in Lashio said": the speaker two nouns up
    if holder.pos_ == "VERB" and holder.lemma_.lower() in statement:
        return True  # "a spokesman told reporters in Kabul", "the ministry said in Baku"
    if holder.dep_ in ("dobj", "dative") and holder.head.lemma_.lower() in statement:
        return True  # "told reporters in Kabul" with "in" on "reporters"
    if holder.dep_ == "pobj" and holder.head.dep_ == "agent" and holder.head.head.tag_ == "VBN" and \
            holder.head.head.pos_ == "VERB" and holder.head.head.lemma_.lower() in statement:
        return holder.pos_ in ("NOUN", "PROPN")  # "the toll announced by the government in Niamey"
    if holder.dep_ != "nsubj" or holder.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = holder.head
    if verb.lemma_.lower() in statement:
        return True
    # "officials in Ouagadougou have not given a toll", "authorities in Goma released no figures":
    # an authority's seat, whatever it gives out or keeps back
    return holder.lower_ in _OFFICIALS and (
        verb.lemma_.lower() in _DISCLOSING or any(c.dep_ == "neg" for c in verb.children))


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def reacting_actor(doc: Doc, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is among those who spoke of the incident: the agent
    of a statement verb or one of the subjects it is conjoined to ("the attack was condemned by
    the United Nations and several governments, including Turkey, Qatar and the United States",
    "Turkey and Qatar condemned the attack"). A country so named is a government reacting, no
    place of the incident."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    statement = frame_lexicon().statement_verbs
    tok = _first_conjunct(span.root)
    for _ in range(2):  # the name, then the noun its list hangs on ("governments, including X")
        head = tok.head
        if tok.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
            return head.lemma_.lower() in statement
        if tok.dep_ == "pobj" and head.dep_ == "agent":
            return head.head.lemma_.lower() in statement
        if tok.dep_ != "pobj" or head.lower_ != _INCLUDING or head.head.pos_ not in ("NOUN", "PROPN"):
            return False
        tok = _first_conjunct(head.head)
    return False


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
