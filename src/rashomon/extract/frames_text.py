"""Sentence-level reading for the frame builder: triggers, captions, evidence slices, syntax.

Shared by :mod:`rashomon.extract.frames_places`, :mod:`rashomon.extract.frames_dates`,
:mod:`rashomon.extract.frames_actors` and :mod:`rashomon.extract.frames`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from rashomon.config import setting
from rashomon.extract.doctext import span_text, text_of
from rashomon.extract.event_types import frame_lexicon
from rashomon.gazetteer.triggers import CUE_TIER, GENERIC_TIER, PLATFORM_TIER, Trigger, classify_scanned, scan
from rashomon.lexicon import words
from rashomon.types import EventType, Evidence

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Sent:
    """One sentence of the article with what the frame builder needs from it."""

    span: Span
    triggers: tuple[Trigger, ...]  # offsets into Article.text (not into the sentence)
    type_hint: EventType | None
    caption: bool  # in a photo caption or credit paragraph
    # ``span.text``, ``span.start_char`` and ``span.end_char``, read once (see extract.doctext)
    text: str
    start: int
    end: int
    generic: bool = False  # its type comes from generic words only ("strike", "attack", "massacre")
    cue: bool = False  # its type comes from cue words at best ("came under fire", "gunmen", "fighting")

    def unarmed_cue(self) -> bool:
        """Whether its type is a ground attack from cue words only ("came under fire",
        "gunmen"): an attack whose weapon it does not name."""
        return self.cue and self.type_hint == "ground_attack"

    def trigger_tokens(self) -> set[int]:
        """Token indices (in the Doc) that lie inside a trigger."""
        out: set[int] = set()
        for t in self.triggers:
            span = self.span.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        return out


def evidence(text: str, start: int, end: int) -> Evidence:
    """The slice ``text[start:end]`` without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start=start, end=end, text=text[start:end])


def paragraph(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding offset ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


MAX_CAPTION_CHARS: int = setting("extract.frames_text", "max_caption_chars")  # data/settings.toml


def is_caption(text: str, pos: int, end: int | None = None) -> bool:
    """Whether the paragraph at ``pos`` is a photo caption or credit. A paragraph longer than any
    caption (a report written as one line) is no caption: then only the sentence ``pos:end``
    holding a cue is."""
    start, stop = paragraph(text, pos)
    if stop - start > MAX_CAPTION_CHARS and end is not None:
        start, stop = pos, end
    para = text[start:stop]
    return any(cue in para for cue in frame_lexicon().caption_cues)


_DAMAGE_VERBS = words("triggers.yaml", "frames", "damage_verbs")
_BURNING_VERBS = words("triggers.yaml", "frames", "burning_verbs")
_HIT_PREPS = frozenset({"on", "against"})  # "an attack on aircraft at the base" (grammar)


def _was_hit(span: Span, start: int, end: int) -> bool:
    """Whether the platform at ``start:end`` of the sentence is what was hit, not what struck:
    "destroyed three aircraft", "a helicopter was hit", "planes destroyed on the ground", "a
    jet parked on the apron", "an aircraft burning on the tarmac", "an attack on aircraft"."""
    words_ = span.char_span(start, end, alignment_mode="expand")
    if words_ is None or not len(words_):
        return False
    tok = words_.root
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _DAMAGE_VERBS:
        return True
    if tok.dep_ == "nsubj" and head.lemma_.lower() in _BURNING_VERBS:
        return True
    if tok.dep_ == "pobj" and head.lower_ in _HIT_PREPS and head.head.lemma_.lower() in _DAMAGE_VERBS:
        return True
    for ch in tok.children:
        if ch.dep_ in ("acl", "amod") and (
                (ch.tag_ == "VBN" and ch.lemma_.lower() in _DAMAGE_VERBS)
                or (ch.tag_ == "VBG" and ch.lemma_.lower() in _BURNING_VERBS)):
            return True
    return False


_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def _kind_of_thing(span: Span, start: int, end: int, scanned: list[tuple[Trigger, int]]) -> bool:
    """Whether the platform at ``start:end`` of the sentence only says what kind of thing another
    noun is, no trigger itself: "maintains a drone base", "drone footage showed", "jet fuel" (a
    base, a film, fuel: nothing struck). Not "Grad rockets", "tank shells", "drone strikes":
    the noun it modifies is a trigger. Read only when every trigger of the sentence is one: "the
    Aug. 29 drone operation, a 'righteous strike'" and "heard the jet circle before it dropped its
    bombs" tell an attack beside it (logged: every firing is read)."""
    words_ = span.char_span(start, end, alignment_mode="expand")
    if words_ is None or not len(words_):
        return False
    tok = words_.root
    head = tok.head
    if tok.dep_ not in _MODIFIER_DEPS or head.pos_ != "NOUN" or head.i in range(words_.start, words_.end):
        return False
    base = span.start_char
    return not any(t.start <= head.idx - base < t.end for t, _ in scanned)


def read_sentences(doc: Doc) -> list[Sent]:
    out = []
    whole = text_of(doc)
    for span in doc.sents:
        base, end = int(span.start_char), int(span.end_char)
        text = span_text(span)
        # a platform the attack hit is no platform of the attack ("gunmen stormed the airport
        # and destroyed two aircraft" is no air strike)
        scanned = scan(text)
        found = [(t, tier) for t, tier in scanned
                 if not (tier == PLATFORM_TIER and _was_hit(span, t.start, t.end))]
        if found and all(tier == PLATFORM_TIER and _kind_of_thing(span, t.start, t.end, scanned) for t, tier in found):
            logger.debug("platforms naming a kind of thing, no attack: %s", text[:160])
            found = []  # "The United States maintains a drone base in Agadez": a thing, no attack
        triggers = tuple(Trigger(t.type, base + t.start, base + t.end, t.text, t.weapon)
                         for t, _ in found)
        hint = classify_scanned(found) if found else None
        out.append(Sent(span=span, triggers=triggers, type_hint=hint[0] if hint else None,
                        caption=is_caption(whole, base, end), text=text, start=base, end=end,
                        generic=hint is not None and hint[1] == GENERIC_TIER,
                        cue=hint is not None and hint[1] <= CUE_TIER))
    return out


TIME_WORDS = words("triggers.yaml", "frames", "time_words")
# bounds of the walks up the parse tree below (provenance in data/settings.toml)
TIME_HOPS: int = setting("extract.frames_text", "time_hops")  # data/settings.toml
GOVERNOR_HOPS: int = setting("extract.frames_text", "governor_hops")  # data/settings.toml
MODIFIER_HOPS: int = setting("extract.frames_text", "modifier_hops")  # data/settings.toml


def time_root(token: Token) -> Token:
    """The head of a whole time expression: "Saturday" in "Saturday morning" → morning,
    "Oct 20" in "Thursday (Oct 20)" → Thursday."""
    t = token
    for _ in range(TIME_HOPS):
        head = t.head
        if head.i == t.i or not (head.ent_type_ in ("DATE", "TIME") or head.lower_ in TIME_WORDS):
            break
        t = head
    return t


def governor(token: Token, steps: int = GOVERNOR_HOPS) -> Token:
    """The word a phrase hangs on, through prepositions: "said on Monday" → said."""
    t = token
    for _ in range(steps):
        head = t.head
        if head.i == t.i:
            break
        t = head
        if t.pos_ != "ADP" and t.dep_ not in ("prep", "pcomp"):
            break
    return t


MODIFIERS = ("compound", "amod", "nmod")  # grammar: the labels of a word that modifies a noun


def climb(token: Token, deps: tuple[str, ...]) -> Token:
    """The head ``token`` hangs on through labels ``deps``, up to MODIFIER_HOPS heads (``token``
    itself when it hangs on nothing so)."""
    for _ in range(MODIFIER_HOPS):
        if token.dep_ not in deps or token.head.i == token.i:
            break
        token = token.head
    return token


def phrase_head(token: Token) -> Token:
    """The noun a name modifies, up to MODIFIER_HOPS modifiers ("the Kati military camp" →
    camp); the name itself when it modifies nothing."""
    return climb(token, MODIFIERS)


def verb_above(token: Token, hops: int) -> Token:
    """The first verb or auxiliary at or above ``token``, climbing at most ``hops`` heads (the
    last token reached when there is none): the clause a trigger noun stands in."""
    for _ in range(hops):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token


def preposition(token: Token) -> str | None:
    """The preposition a noun phrase is the object of ("near Palmyra" → near), lower case;
    a modifier takes its head's ("in Al-Hari military base" → in)."""
    token = phrase_head(token)
    if token.dep_ == "pobj" and token.head.pos_ == "ADP":
        return str(token.head.lower_)
    return None
