"""Who "it" is when the paragraph's topic changed after the last speaker, and whose is "the
group's spokesman".

"Israel's military declined to comment. Islamic State has attacked Shi'ite targets before. In
2022 it claimed an attack on a shrine": the pronoun's antecedent is the body that was the
subject of a sentence between the last speaker and the pronoun, in the pronoun's own paragraph
(Islamic State), not the last speaker (the Israeli military) that
:mod:`rashomon.extract.claims_drafts` gives every "it" by default. The same rule "he" and "she"
follow with the last person who was a sentence's subject (:func:`rashomon.extract.coref.recent_subject`).

"Al Shabaab said it had carried out the attack. "…," the group's military spokesman said": a
title owned by "the group" (or the movement, the militia, the rebels) is the armed group's the
article quoted before, not a body called "group's military" (:func:`owned_by_group`).

Only a named actor that is the subject of its sentence's main verb counts ("Fighters of X
attacked …" makes no topic of X), and a claim of responsibility needs one that can claim an
attack (an armed group). The cheap test on the speaker's words comes first: only an article with
such a pronoun reads the subjects of the sentences before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from rashomon.extract.doctext import text_of
from rashomon.extract.draft_rules import ClaimDraft
from rashomon.extract.state_officials import known_state, state_source
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.types import SourceKind

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PRONOUNS = frozenset({"it"})  # "they" is as often people (residents, survivors) as a body
# cues that claim an attack: only a body that carries out attacks can be their "it"
CLAIMING = frozenset({"claim"})
CLAIMANT_KINDS = frozenset({"armed_group"})


# a text that speaks for whoever signed it: "A banner signed by the cartel was hung …. It denied
# …"; "A video posted by the group showed …. It said …" (the pronoun is the text, its words the
# signer's, as "a statement from X" is X's)
RELAYED = frozenset({"banner", "statement", "video", "message", "letter", "note", "communique", "communiqué",
                     "post", "leaflet", "pamphlet", "flyer", "poster", "recording", "audio", "sign"})
_SIGNED = re.compile(r"\b(?:(?:signed|issued|posted|released|published|sent|attributed)\s+(?:in\s+the\s+name\s+of|"
                     r"on\s+behalf\s+of|by|to)|from)\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|la|"
                     r"of|al|el|[a-z]+(?=\s*$)))*)")


def _signer(words: str, actors: ActorGazetteer) -> tuple[str, SourceKind, str | None] | None:
    """Who signed a relayed text ("a banner signed in the name of the Santa Rosa de Lima
    cartel"): the actor the gazetteer knows, else the capitalised name as written."""
    m = _SIGNED.search(words)
    if m is None:
        return None
    who = m.group("who").strip()
    actor = actors.resolve(who)
    if actor is not None and actor.kind != "person":
        return actor.name, actor.kind, actor.party
    return (who, "unknown", None) if actor is None else None


def _topic(doc: Doc, lo: int, hi: int, actors: ActorGazetteer) -> tuple[str, SourceKind, str | None] | None:
    """The last body (no person) in ``[lo, hi)`` that is the subject of its sentence's main
    verb, as (name, kind, party): a named actor ("Al Shabaab has attacked …") or a state's body
    ("The Somali government has struggled …")."""
    span = doc.char_span(lo, hi, alignment_mode="expand")
    found: tuple[str, SourceKind, str | None] | None = None
    for tok in span if span is not None else ():
        if tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ROOT" or tok.idx < lo:
            continue
        phrase = doc[tok.left_edge.i:tok.i + 1].text  # the subject up to its head noun
        if tok.lemma_.lower() in RELAYED:  # "A banner signed by the X cartel …. It denied …": the signer
            signer = _signer(doc[tok.i:tok.right_edge.i + 1].text, actors)
            found = signer if signer is not None else found
            continue
        actor = actors.resolve(phrase)
        if actor is not None and actor.kind != "person":
            found = (actor.name, actor.kind, actor.party)
        elif (state := state_source(phrase)) is not None:
            state = known_state(state, actors)
            found = (state.name, state.kind, state.party)
    return found


def topic_pronouns(drafts: list[ClaimDraft], doc: Doc, actors: ActorGazetteer) -> list[ClaimDraft]:
    """Drafts whose speaker is "it" given the paragraph's new topic (see the module)."""
    if not any(d.attribution.speaker_text.strip().lower() in PRONOUNS for d in drafts[1:]):
        return drafts  # the cheap test first: most articles have no such speaker
    text = text_of(doc)
    out = list(drafts)
    for i in range(1, len(out)):
        d, prev = out[i], out[i - 1].attribution
        a = d.attribution
        if a.speaker_text.strip().lower() not in PRONOUNS:
            continue
        if prev.speaker_start == a.speaker_start:  # "It denied X and accused Y": one speaker, one name
            out[i] = replace(d, source=replace(d.source, name=out[i - 1].source.name, kind=out[i - 1].source.kind),
                             party=out[i - 1].party)
            continue
        # after the last speaker and its words, and in the pronoun's own paragraph
        lo = max(prev.content_end, prev.speaker_end, text.rfind("\n", 0, a.speaker_start) + 1)
        topic = _topic(doc, lo, a.sent_start, actors) if lo < a.sent_start else None
        if topic is None or topic[0] == d.source.name:
            continue
        name, kind, party = topic
        if a.cue in CLAIMING and kind not in CLAIMANT_KINDS:
            continue
        out[i] = replace(d, source=replace(d.source, name=name, kind=kind), party=party)
    return out


# "the group's military spokesman", "the militia's commander": a title owned by a described
# group; "the agency's zonal coordinator", "the army's 1 Division": a title or unit owned by a body
# described by its noun alone
_GROUPS = frozenset({"group", "movement", "militia", "rebels", "insurgents", "jihadists", "faction"})
_BODIES = frozenset({"agency", "ministry", "commission", "council", "committee", "department", "service",
                     "organisation", "organization", "army", "military", "navy", "police"})
_OWNER = re.compile(r"(?i)^(?:the\s+)?(?P<noun>[a-z]+)['’]s?\s+\w")


def owned_by_group(drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """Drafts whose speaker is a title owned by a described group or body and that no name
    resolved: for a group, the armed group quoted last before it; else (and for a group when no
    armed group was quoted: "a rights group said …; the group's director said …") the last draft
    whose own words hold the noun ("the National Emergency Management Agency said …; the agency's
    zonal coordinator said …"; "Nigeria's army said …; the army's 1 Division said …")."""
    out = list(drafts)
    for i, d in enumerate(out):
        # the speaker's words, or the body its title named ("X, commander of the army's 1 Division")
        m = _OWNER.match(d.attribution.speaker_text.strip()) or _OWNER.match(d.source.name.strip())
        noun = m.group("noun").lower() if m is not None else ""
        if noun not in _GROUPS | _BODIES or d.source.kind not in {"unknown", "person"}:
            continue
        before = [b for b in out[:i] if b.source.kind != "person" and b.source.name != d.source.name]
        owner = next((b for b in reversed(before) if b.source.kind == "armed_group"), None) \
            if noun in _GROUPS else None
        owner = owner or next((b for b in reversed(before)
                               if noun in re.findall(r"[a-z]+", b.attribution.speaker_text.lower())), None)
        if owner is not None:
            out[i] = replace(d, source=replace(d.source, name=owner.source.name, kind=owner.source.kind),
                             party=owner.party)
    return out


# "Health Minister Ali Haji Adan", "the health minister", "Minister of Health X": a portfolio's minister
_MINISTER = re.compile(r"(?i)^(?:the\s+)?(?:(?P<p1>[a-z]+)\s+minister\b|minister\s+of\s+(?P<p2>[a-z]+)\b)")


def minister_of_ministry(drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """A portfolio's minister named without a state after the ministry of that portfolio was quoted
    ("the Ministry of Health said …. Health Minister X said …"): that ministry, one source; only
    for speakers no name resolved, and the ministry quoted last before."""
    out = list(drafts)
    for i, d in enumerate(out):
        m = _MINISTER.match(d.attribution.speaker_text.strip())
        if m is None or d.source.kind not in {"unknown", "person", "official"}:
            continue
        portfolio = (m.group("p1") or m.group("p2")).lower()
        ministry = re.compile(rf"(?i)\b(?:{portfolio}\s+ministry|ministry\s+of\s+(?:the\s+)?{portfolio})\b")
        owner = next((b for b in reversed(out[:i]) if b.source.kind != "person" and (
            ministry.search(b.source.name) or ministry.search(b.attribution.speaker_text))), None)
        if owner is not None and owner.source.name != d.source.name:  # and "he said" after him
            out = [replace(o, source=replace(o.source, name=owner.source.name, kind=owner.source.kind),
                           party=owner.party) if k >= i and o.source.name == d.source.name else o
                   for k, o in enumerate(out)]
    return out
