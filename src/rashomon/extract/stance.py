"""Stance and hedging of an attribution.

- cue "deny/reject/dismiss…" → denies
- "declined/refused to comment", "would not comment", "no comment" → declines_comment
- cue "confirm/acknowledge/admit" → confirms, unless the content is negated
  ("can confirm we did not conduct") → denies
- other cues → asserts, unless the content negates an attack ("did not conduct strikes",
  "no strikes were carried out", "these are not our airstrikes") or calls the accusation
  lies / baseless / a provocation → denies
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from rashomon.extract.attribution import Attribution
from rashomon.extract.lexicon import Cues
from rashomon.types import Stance


def _phrase_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


_CACHE: dict[int, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {}


def _patterns(cues: Cues) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    key = id(cues)
    if key not in _CACHE:
        _CACHE[key] = (_phrase_re(cues.decline_phrases), _phrase_re(cues.denial_content),
                       _phrase_re(cues.hedges))
    return _CACHE[key]


def negates_attack(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """True when the span negates an attack: "did not conduct", "no strikes", "not ours"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        lemma = tok.lemma_.lower()
        if tok.dep_ == "neg" or tok.lower_ in {"no", "never"}:
            head = tok.head
            if head.lemma_.lower() in cues.attack_lemmas or head.lemma_.lower() in cues.attack_nouns:
                return True
            # "there were no strikes", "these are not our airstrikes", "is not conducting"
            for t in head.subtree:
                if t.lemma_.lower() in cues.attack_nouns or (
                        t.lemma_.lower() in cues.attack_lemmas and t.pos_ == "VERB"):
                    return True
            if lemma == "no" and head.lemma_.lower() in {"presence", "involvement", "role"}:
                return True
    return False


def decide_stance(doc: Doc, attr: Attribution, cues: Cues) -> Stance | None:
    """The stance of ``attr``, or None when the attribution is not a claim ("did not say")."""
    decline_re, denial_re, _ = _patterns(cues)
    content = doc.text[attr.content_start:attr.content_end]
    if attr.declines or decline_re.search(content):
        return "declines_comment"
    cue_stance = cues.verb_stance.get(attr.cue)
    if attr.negated_cue:
        if cue_stance == "confirms":
            return "declines_comment"  # "has not confirmed"
        return None
    if cue_stance == "denies":
        return "denies"
    negated = negates_attack(doc, attr.content_start, attr.content_end, cues)
    if cue_stance == "confirms":
        return "denies" if negated else "confirms"
    if negated or denial_re.search(content):
        return "denies"
    return "asserts"


def is_hedged(doc: Doc, attr: Attribution, cues: Cues) -> bool:
    _, _, hedge_re = _patterns(cues)
    return bool(hedge_re.search(doc.text[attr.sent_start:attr.sent_end]))
