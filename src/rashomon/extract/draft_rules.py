"""Rules over claim drafts: sources of a sentence and of an article, before claims are made.

* a wire beside another source, or relaying it ("X declined to comment, Reuters reported"),
  is that claim's ``via`` (:func:`via_for_sentence`);
* "CNN reported S, citing a US official": the official is the source (:func:`apply_cites`);
* a headline sums up the body: its claims count once (:func:`drop_headline_repeats`);
* a vague source ("The US", "an American official") takes the article's specific source of the
  same party and position (:func:`consolidate`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from rashomon.config import setting
from rashomon.extract.attribution import Attribution
from rashomon.extract.claims_speakers import cites_for_others, speaker_head_ok
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import cues, load_cues_data, word_set
from rashomon.extract.source_names import is_mission, text_source
from rashomon.extract.state_officials import state_source
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.lexicon import load as load_lexicon
from rashomon.lexicon import words
from rashomon.types import Source, SourceKind

WIRE_KINDS = frozenset({"media"})
LEADING = tuple(f"{w} " for w in load_lexicon("claim_words.yaml")["leading_articles"])


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    """A claim before ids and frames are assigned (internal to extraction)."""

    attribution: Attribution
    source: Source
    party: str | None  # the source's own party (US military → US)
    stance: str
    hedged: bool


def clean_name(text: str) -> str:
    name = text.strip().strip(",;:").strip()
    lower = name.lower()
    for lead in LEADING:
        if lower.startswith(lead):
            return name[len(lead):]
    return name


def resolve_source(text: str, actors: ActorGazetteer, is_person: bool,
                    long_text: str = "") -> tuple[Source, str | None]:
    actor = actors.resolve(text)
    if actor is None and long_text and long_text != text:
        actor = actors.resolve(long_text)  # "Col. X, a spokesman for the coalition"
    if actor is not None and actor.country and (state := state_source(text)) is not None \
            and state.code and state.code != actor.country:
        actor = None  # "Pakistan's Foreign Office": Pakistan's office, not the UK's "Foreign Office"
    if actor is not None:
        return Source(name=actor.name, text=text, kind=actor.kind), actor.party
    kind: SourceKind = "person" if is_person else "unknown"
    return Source(name=clean_name(text), text=text, kind=kind), actors.party(text)


def via_for_sentence(found: list[ClaimDraft]) -> tuple[list[ClaimDraft], tuple[str, ...]]:
    """Split a sentence's drafts into real claims and wires that only pass them on: a wire
    that asserts beside another source, or whose content holds another source's cue ("X
    declined to comment, Reuters reported")."""
    if len(found) < 2:
        return found, ()

    def relays(w: ClaimDraft) -> bool:
        if w.source.kind not in WIRE_KINDS:
            return False
        if w.stance == "asserts":
            return True
        a = w.attribution
        return any(o is not w and a.content_start <= o.attribution.speaker_start < a.content_end
                   for o in found)

    wires = [d for d in found if relays(d)]
    others = [d for d in found if d not in wires]
    if not wires or not others:
        return found, ()
    return others, tuple(dict.fromkeys(w.source.name for w in wires))


CITING = word_set("citing_cues")  # "citing officials", "quoting a witness"


def is_cite(doc: Doc, attr: Attribution) -> bool:
    tok = doc[attr.cue_index]
    return attr.cue in CITING and tok.lemma_.lower() in CITING and tok.pos_ == "VERB"


CITED_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def own_citation(doc: Doc, attr: Attribution, found: list[ClaimDraft]) -> bool:
    """"Clinton cited his remarks as proof of …", "The ministry cited the collapse of the
    truce": a finite "cite" alone in its sentence whose object is a thing, not a speaker,
    is the subject's own statement, not a relay of someone else's words."""
    tok = doc[attr.cue_index]
    if tok.tag_ == "VBG" or tok.lemma_.lower() != "cite" or len(found) > 1:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.ent_type_ in CITED_ENTS or obj.pos_ in {"PROPN", "PRON"}:
        return False
    c = cues()
    return not speaker_head_ok(obj.lemma_.lower(), obj.lower_, obj.pos_, c) and not any(
        t.lower_ == "as" and t.head.i == tok.i and any(g.tag_ == "VBG" for g in t.children) for t in tok.children)


def apply_cites(doc: Doc, found: list[ClaimDraft], actors: ActorGazetteer) -> list[ClaimDraft]:
    """"CNN reported S, citing a US official": the official is the source, CNN the via. A party
    citing its own unnamed source ("SANA reported, citing a military source") stays the source.
    A citing cue is never a claim of its own, but for :func:`own_citation`."""
    cites = [d for d in found if is_cite(doc, d.attribution) and not own_citation(doc, d.attribution, found)]
    if not cites:
        return found
    out = [d for d in found if d not in cites]
    for cite in cites:
        if not cites_for_others(cite.source.kind, cite.source.text or cite.source.name, actors,
                                doc[cite.attribution.cue_index]):
            continue
        raw = text_of(doc)[cite.attribution.content_start:cite.attribution.content_end]
        cited = raw.strip()
        if not cited or len(cited) > 120:
            continue
        cited_source, cited_party = resolve_source(cited, actors, False)
        if cited_source.kind == "unknown":
            # "citing a health official", "citing Malek Merset, a spokesperson for the health
            # ministry": the one quoted, named by the text's words ("quoting its correspondent":
            # the outlet stays the source)
            if not cited_speaker(doc, cite.attribution.content_start, cite.attribution.content_end):
                continue
            cited_source, cited_party = text_source(
                replace(cited_source, text=cited.split(",")[0]), cited_party, [cited], actors)
        start = cite.attribution.content_start + len(raw) - len(raw.lstrip())
        cited_source = replace(cited_source, via=tuple(dict.fromkeys((*cite.source.via, cite.source.name))),
                               start=start, end=start + len(cited))
        out = [replace(d, source=cited_source, party=cited_party) if d.source.name == cite.source.name else d
               for d in out]
    return out


VAGUE_MAX_WORDS: int = setting("extract.draft_rules", "vague_max_words")  # data/settings.toml
OWN_PEOPLE = words("claim_words.yaml", "own_people")  # "citing its correspondent"


@functools.cache
def _wire_staff() -> frozenset[str]:
    return frozenset(w.lower() for w in load_cues_data().get("wire_staff", []))


def cited_speaker(doc: Doc, start: int, end: int) -> bool:
    """Whether the words a wire cites name a source of their own: a name, or a role or body
    noun ("a health official", "medical sources"), not the wire's own staff."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if any(t.lower_ in OWN_PEOPLE for t in root.children) or root.lower_ in _wire_staff():
        return False
    if root.pos_ == "PROPN" or root.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    c = cues()
    return speaker_head_ok(root.lemma_.lower(), root.lower_, root.pos_, c)


def headline_like(doc: Doc, attr: Attribution) -> bool:
    """A line without final punctuation (a headline, a repeated title)."""
    raw = text_of(doc)[attr.sent_start:attr.sent_end]
    line = raw.strip()
    if not line or line[-1] in ".!?\"”'’":
        return False
    after = raw[len(raw.rstrip()):] + text_of(doc)[attr.sent_end:attr.sent_end + 1]
    return "\n" in after or attr.sent_end >= len(text_of(doc).rstrip())


def drop_headline_repeats(drafts: list[ClaimDraft], doc: Doc) -> list[ClaimDraft]:
    """A headline sums up the body: its claims are kept only when the body has no claim by the
    same party with the same stance; a line repeated word for word counts once."""
    headline = [headline_like(doc, d.attribution) for d in drafts]
    body = {(d.party or d.source.name, stance_class(d.stance)) for d, h in zip(drafts, headline, strict=True) if not h}
    seen: dict[tuple[str, str, str], int] = {}
    out = []
    for d, h in zip(drafts, headline, strict=True):
        line = " ".join(text_of(doc)[d.attribution.sent_start:d.attribution.sent_end].split())
        key = (line, d.source.name, d.stance)
        if seen.setdefault(key, d.attribution.sent_start) != d.attribution.sent_start:
            continue  # the same line again further down
        if h and (d.party or d.source.name, stance_class(d.stance)) in body:
            continue
        out.append(d)
    return out


def stance_class(stance: str) -> str:
    return "affirm" if stance in {"asserts", "confirms"} else stance


# a vague source naming its government ("Chad's government said") never takes its army's name
GOVERNMENT_WORDS = frozenset({"government", "cabinet", "presidency", "president", "minister", "ministry"})
# a foreign ministry speaks for its government ("Iran said …" and its foreign ministry are one voice)
GOVERNMENT_VOICE = frozenset({"foreign", "external"})
# a civil office is never its army's voice either: "India's foreign secretary" beside "the Indian army
# said" (probe12 ks-2; a defence secretary is named "X military" by the sources stage, not vague)
CIVILIAN_OFFICES = GOVERNMENT_WORDS | GOVERNMENT_VOICE | {"secretary", "premier", "chancellor", "diplomat", "envoy",
                                                          "ambassador"}


def specialised(d: ClaimDraft) -> bool:
    """A ministry the sources stage named ("Sudanese health ministry", "Iranian interior
    ministry"; not a foreign ministry): CONVENTIONS keep a specialised body apart from its
    government, so it is neither renamed to the government's source nor the name the
    government's vague words take."""
    words = d.source.name.lower().split()
    return words[-1:] == ["ministry"] and not GOVERNMENT_VOICE & set(words)


def vague(d: ClaimDraft, actors: ActorGazetteer) -> bool:
    """A source named only by its country or as its country's official ("The US", "Syria",
    "an American official"): no organisation is named."""
    text = d.source.text
    if is_mission(d.source.name):
        return False  # "Iranian ambassador X": the mission's own words, not the government's
    if specialised(d):
        return False  # "Sudanese health ministry": a specialised body keeps its name (CONVENTIONS)
    return (bool(d.party) and d.source.kind in {"government", "official", "unknown", "person"}
            and not actors.named(text) and len(text.split()) <= VAGUE_MAX_WORDS
            and not any(ch.isdigit() for ch in text))


def consolidate(drafts: list[ClaimDraft], actors: ActorGazetteer) -> list[ClaimDraft]:
    """A vague source takes the name of the article's specific source of the same party that
    takes the same position ("The US denied …" beside "a CENTCOM official said … not our
    strikes": both are the US military's denial); the words as written stay in ``text``."""
    is_vague = [vague(d, actors) for d in drafts]  # one gazetteer scan per draft
    specific: dict[tuple[str, str], Source] = {}
    for d, v in zip(drafts, is_vague, strict=True):
        if d.party and not v and d.source.kind in {"military", "government"} and not specialised(d):
            specific.setdefault((d.party, stance_class(d.stance)), d.source)
    out = []
    for d, v in zip(drafts, is_vague, strict=True):
        target = specific.get((d.party or "", stance_class(d.stance)))
        if target is not None and target.kind == "military" and CIVILIAN_OFFICES & set(d.source.text.lower().split()):
            target = None  # "Chad's government said …" is not the army's voice (a bare "The US" may be)
        if target is not None and v and target.name != d.source.name:
            d = replace(d, source=replace(d.source, name=target.name, kind=target.kind))
        out.append(d)
    return out


OWN_PRONOUNS = word_set("own_pronouns")  # data/cues.yaml rule_words


def drop_own_echoes(drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """"A spokesperson for OCHA said it had confirmed at least 19 deaths": a pronoun speaking
    inside the content of the source it stands for, taking the same side, says what that
    source's claim already holds; one claim, not two (the second named only "it")."""
    def echoes(d: ClaimDraft) -> bool:
        a = d.attribution
        return a.speaker_text.strip().lower() in OWN_PRONOUNS and any(
            o is not d and o.attribution.sent_start == a.sent_start
            and o.attribution.content_start <= a.speaker_start < o.attribution.content_end
            and o.attribution.content_end >= a.content_end
            and o.source.name == d.source.name and stance_class(o.stance) == stance_class(d.stance)
            for o in drafts)

    return [d for d in drafts if not echoes(d)]
