"""Turn attributions into Claim objects: source, stance, about, perpetrator, figures.

Sources and perpetrators are resolved with the actor gazetteer (a read-only resource loaded
once per process). Pronoun speakers ("it said", "he added") take the last compatible source
(rule-based coreference). A wire named as "according to Reuters" or "Reuters reported" next
to another speaker is that claim's ``via``, not its source.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from rashomon.extract.attribution import Attribution, find_attributions
from rashomon.extract.lexicon import Cues, cues
from rashomon.extract.numbers import find_casualties
from rashomon.extract.stance import decide_stance, is_hedged
from rashomon.resolve.actors import ActorGazetteer
from rashomon.types import About, Claim, Evidence, Figure, Source, SourceKind

logger = logging.getLogger(__name__)

WIRE_KINDS = frozenset({"media"})
PERPETRATOR_ENTS = frozenset({"NORP", "GPE", "ORG"})
TARGET_PREPS = frozenset({"on", "against", "in", "at", "near", "inside", "into", "of"})
MAX_CLAIM_TEXT = 240
LEADING = ("the ", "a ", "an ")


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    """A claim before ids and frames are assigned (internal to extraction)."""

    attribution: Attribution
    source: Source
    party: str | None  # the source's own party (US military → US)
    stance: str
    hedged: bool


def _clean_name(text: str) -> str:
    name = text.strip().strip(",;:").strip()
    lower = name.lower()
    for lead in LEADING:
        if lower.startswith(lead):
            return name[len(lead):]
    return name


def _resolve_source(text: str, actors: ActorGazetteer, is_person: bool,
                    long_text: str = "") -> tuple[Source, str | None]:
    actor = actors.resolve(text)
    if actor is None and long_text and long_text != text:
        actor = actors.resolve(long_text)  # "Col. X, a spokesman for the coalition"
    if actor is not None:
        return Source(name=actor.name, text=text, kind=actor.kind), actor.party
    kind: SourceKind = "person" if is_person else "unknown"
    return Source(name=_clean_name(text), text=text, kind=kind), actors.party(text)


def _plausible_speaker(doc: Doc, attr: Attribution, c: Cues) -> bool:
    """A speaker must look like a source: a name, an entity, or a source noun."""
    text = attr.speaker_text
    if "(" in text or "\n" in text or not text.strip():
        return False
    span = doc.char_span(attr.speaker_start, attr.speaker_end, alignment_mode="expand")
    if span is None:
        return False
    if any(e.label_ in {"PERSON", "ORG", "NORP", "GPE", "FAC"} for e in span.ents):
        return True
    root = span.root
    if root.pos_ == "PROPN":
        return True
    return root.lemma_.lower() in c.source_nouns or root.lower_ in c.source_nouns


def _anaphor_kind(text: str, c: Cues) -> str | None:
    low = text.lower().strip()
    if low in c.anaphora_person:
        return "person"
    if low in c.anaphora_group:
        return "group"
    return None


def _via_for_sentence(found: list[ClaimDraft]) -> tuple[list[ClaimDraft], tuple[str, ...]]:
    """Split a sentence's drafts into real claims and wires that only pass them on."""
    if len(found) < 2:
        return found, ()
    wires = [d for d in found if d.source.kind in WIRE_KINDS and d.stance == "asserts"]
    others = [d for d in found if d not in wires]
    if not wires or not others:
        return found, ()
    return others, tuple(dict.fromkeys(w.source.name for w in wires))


def _perpetrator(doc: Doc, attr: Attribution, actors: ActorGazetteer,
                 own_party: str | None, c: Cues) -> str | None:
    """The party the content says did it: subject/agent/modifier of an attack word."""
    if attr.object_text:
        party = actors.party(attr.object_text)
        if party:
            return party
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None:
        return None
    fallback: str | None = None
    for ent in span.ents:
        if ent.label_ not in PERPETRATOR_ENTS:
            continue
        party = actors.party(ent.text)
        if not party:
            continue
        root = ent.root
        prep = root.head if root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in TARGET_PREPS:
            continue  # "strikes on Syrian positions", "in Iraq"
        for anc in [root, *list(root.ancestors)[:3]]:
            lemma = anc.lemma_.lower()
            if lemma in c.attack_lemmas or lemma in c.attack_nouns:
                return party
        if root.dep_ in {"nsubj", "agent", "amod", "compound", "poss"} and fallback is None:
            fallback = party
        elif fallback is None and root.dep_ in {"attr", "acomp", "appos"}:
            fallback = party  # "drones, which were probably American"
    if fallback and fallback != own_party:
        return fallback
    return None


def draft_claims(doc: Doc, actors: ActorGazetteer) -> list[ClaimDraft]:
    """Attributions of ``doc`` with resolved sources and stances (coreference applied)."""
    c = cues()
    drafts: list[ClaimDraft] = []
    by_sentence: dict[int, list[ClaimDraft]] = {}
    last: ClaimDraft | None = None
    last_group: ClaimDraft | None = None
    people: dict[str, ClaimDraft] = {}  # surname → the draft that named the person in full
    for attr in find_attributions(doc, c):
        stance = decide_stance(doc, attr, c)
        if stance is None:
            continue
        anaphor = _anaphor_kind(attr.speaker_text, c)
        antecedent = last if anaphor == "person" else (last_group or last) if anaphor else None
        if anaphor and antecedent is not None:
            source, party = antecedent.source, antecedent.party
        elif anaphor and attr.speaker_text.lower() in {"he", "she", "it", "they", "him", "her"}:
            continue  # a pronoun with nothing to refer to
        elif not _plausible_speaker(doc, attr, c):
            continue
        else:
            span = doc.char_span(attr.speaker_start, attr.speaker_end, alignment_mode="expand")
            is_person = bool(span is not None and any(e.label_ == "PERSON" for e in span.ents))
            source, party = _resolve_source(attr.speaker_text, actors, is_person, attr.speaker_long)
            surname = attr.speaker_text.split()[-1].lower() if attr.speaker_text.split() else ""
            earlier = people.get(surname)
            if source.kind in {"person", "unknown"} and earlier is not None:
                source, party = earlier.source, earlier.party  # "Marotto said" after the full name
            elif is_person and surname:
                people.setdefault(surname, ClaimDraft(attr, source, party, stance, False))
        if attr.via:
            source = replace(source, via=attr.via)
        draft = ClaimDraft(attribution=attr, source=source, party=party, stance=stance,
                           hedged=is_hedged(doc, attr, c))
        by_sentence.setdefault(attr.sent_start, []).append(draft)
        last = draft
        if source.kind != "person":
            last_group = draft
    for _, found in sorted(by_sentence.items()):
        kept, via = _via_for_sentence(found)
        for d in kept:
            if via:
                d = replace(d, source=replace(d.source, via=tuple(dict.fromkeys(d.source.via + via))))
            drafts.append(d)
    return drafts


def _evidence(doc: Doc, attr: Attribution) -> Evidence:
    text = doc.text
    start = min(attr.speaker_start, attr.content_start, attr.sent_start)
    end = max(attr.content_end, attr.speaker_end)
    end = min(max(end, start + 1), attr.sent_end if attr.sent_end > start else len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start=start, end=end, text=text[start:end])


def _figures(content: str) -> tuple[Figure | None, Figure | None]:
    killed: Figure | None = None
    injured: Figure | None = None
    for m in find_casualties(content):
        if m.kind == "killed" and killed is None:
            killed = m.figure
        elif m.kind == "injured" and injured is None:
            injured = m.figure
    return killed, injured


def extract_claims(doc: Doc, article_id: str, actors: ActorGazetteer) -> list[Claim]:
    """All claims of one article's Doc, in text order, with ids ``{article_id}:c{n}``."""
    c = cues()
    claims: list[Claim] = []
    for d in draft_claims(doc, actors):
        attr = d.attribution
        content = doc.text[attr.content_start:attr.content_end]
        killed, injured = _figures(content)
        if d.stance in {"denies", "declines_comment"}:
            perpetrator = d.party  # who denies (or won't comment on) having done it
        else:
            perpetrator = _perpetrator(doc, attr, actors, d.party, c)
        evidence = _evidence(doc, attr)
        text = " ".join(content.split())[:MAX_CLAIM_TEXT]
        confidence = 0.8 if d.source.kind != "unknown" else 0.6
        if attr.cue == "quote":
            confidence -= 0.2
        base = dict(article_id=article_id, source=d.source, text=text, evidence=evidence,
                    hedged=d.hedged, confidence=round(confidence, 2))
        parts: list[tuple[About, str | None, Figure | None, Figure | None]] = []
        has_figures = killed is not None or injured is not None
        if d.stance in {"asserts", "confirms"} and has_figures:
            if perpetrator:
                parts.append(("perpetrator", perpetrator, None, None))
            parts.append(("casualties", None, killed, injured))
        elif d.stance in {"denies", "declines_comment"}:
            about: About = "casualties" if has_figures or "toll" in content.lower() else "perpetrator"
            parts.append((about, perpetrator, None, None))
        else:
            parts.append(("perpetrator" if perpetrator else "occurrence", perpetrator, None, None))
        for about, perp, k, i in parts:
            claims.append(Claim(id=f"{article_id}:c{len(claims) + 1}", stance=d.stance,  # type: ignore[arg-type]
                                about=about, perpetrator=perp, killed=k, injured=i, **base))  # type: ignore[arg-type]
    logger.debug("article %s: %d claims", article_id, len(claims))
    return claims
