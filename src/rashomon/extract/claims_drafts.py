"""Attributions → claim drafts: who speaks, with the stance of what is said.

Sources and perpetrators are resolved with the actor gazetteer (a read-only resource loaded
once per process). Pronoun speakers ("it said", "he added") take the last compatible source
(rule-based coreference); "the council", "the fund" name again an organisation named before in
full; a vague speaker ("a monitor", "the coalition spokesman") is the article's actor so
described. The drafts become claims in :mod:`rashomon.extract.claims`.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import replace

from spacy.tokens import Doc

from rashomon.extract.attribution import Attribution
from rashomon.extract.attribution_cue import given_figure
from rashomon.extract.claim_split import two_accounts
from rashomon.extract.claims_speakers import (
    STATE_FORCES,
    described_org,
    named_with_head,
    org_named_before,
    partitive,
    plausible_speaker,
    relays_words,
    speaker_words,
)
from rashomon.extract.coref import (
    ArticleContext,
    Person,
    agrees,
    build_context,
    description,
    full_name,
    generic_actor,
    recent_subject,
)
from rashomon.extract.doctext import text_of
from rashomon.extract.draft_rules import (
    ClaimDraft,
    apply_cites,
    consolidate,
    drop_headline_repeats,
    drop_own_echoes,
    resolve_source,
    via_for_sentence,
)
from rashomon.extract.lexicon import Cues, cues, load_cues_data, word_set
from rashomon.extract.passages import find_attributions
from rashomon.extract.source_accused import accused_speaker
from rashomon.extract.source_described import one_name_per_person
from rashomon.extract.source_merge import merge_descriptions
from rashomon.extract.source_names import same_body_names, self_named_source, text_source, unify_acronyms
from rashomon.extract.stance import decide_stance, is_hedged
from rashomon.extract.state_officials import known_state, last_state_forces, state_source
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.nlp.entities import ents_in
from rashomon.types import Source

log = logging.getLogger(__name__)


def _same_claim(a: ClaimDraft, b: ClaimDraft) -> bool:
    """One speaker, one stance, one content: the same claim found twice."""
    return a.source.name == b.source.name and a.stance == b.stance \
        and a.attribution.content_start == b.attribution.content_start \
        and a.attribution.content_end == b.attribution.content_end


def speaker_span(doc: Doc, attr: Attribution) -> tuple[int, int]:
    """Offsets of the speaker's words as written: the cleaned words (no dateline, no
    parenthesis) where they stand in the speaker span or, failing that, in the sentence."""
    text = text_of(doc)
    words = speaker_words(attr)
    start, end = attr.speaker_start, attr.speaker_end
    if words:
        at = text.find(words, start, max(end, start + len(words)))
        if at < 0:
            at = text.find(words, attr.sent_start, attr.sent_end)
        if at >= 0:
            return at, at + len(words)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _anaphor_kind(text: str, c: Cues) -> str | None:
    stripped = text.strip()
    if stripped.isupper() and len(stripped) > 1:
        return None  # "US denies", not the pronoun "us"
    low = stripped.lower()
    if low in c.anaphora_person:
        return "person"
    if low in c.anaphora_group:
        return "group"
    return None


def _person_source(person: Person, actors: ActorGazetteer) -> tuple[Source, str | None]:
    actor = actors.resolve(person.context)
    if actor is not None:
        return Source(name=actor.name, text=person.name, kind=actor.kind), actor.party
    return Source(name=person.name, text=person.name, kind="person"), actors.party(person.context)


def _head_word(text: str, c: Cues) -> str:
    words = [w for w in text.lower().split() if w not in {"the", "a", "an"}]
    while len(words) > 1 and words[-1] in c.speaker_titles:
        words = words[:-1]
    return words[-1] if words else ""


def _behalf(doc: Doc, attr: Attribution) -> str | None:
    """"Speaking on behalf of the coalition, Col. X said": the affiliation named before."""
    before = text_of(doc)[attr.sent_start:attr.speaker_start]
    m = _BEHALF.search(before)
    return m.group(1) if m else None


_BEHALF = re.compile(r"\bon behalf of ((?:the )?[^,;]{2,80})", re.IGNORECASE)


@functools.cache
def _speaker_descriptions() -> frozenset[str]:
    return frozenset(load_cues_data()["anaphora"].get("speaker_words", []))


def _group_antecedent(attr: Attribution, drafts: list[ClaimDraft], ctx: ArticleContext,
                      c: Cues) -> tuple[Source, str | None] | None:
    """"it", "they", "the ministry", "the source": the last fitting source before."""
    text = attr.speaker_text.strip().lower()
    if text.split()[0] in {"these", "those"} and drafts:
        return drafts[-1].source, drafts[-1].party  # "by these sources": the ones just named
    if text not in {"it", "they"}:
        head = _head_word(text, c)
        if attr.cue == "claim" and (armed := generic_actor(ctx, attr.speaker_text, attr.speaker_start, c)) is not None \
                and armed.kind == "armed_group":
            # "the group's statement claiming it": the one that claims an attack is the armed group
            # named before, not a civil group quoted earlier ("a group representing the families")
            return Source(name=armed.name, text=attr.speaker_text, kind=armed.kind), armed.party
        for d in reversed(drafts):
            if head and (head in d.source.text.lower() or head in d.source.name.lower()):
                return d.source, d.party
        actor = generic_actor(ctx, attr.speaker_text, attr.speaker_start, c)
        if actor is not None:
            return Source(name=actor.name, text=attr.speaker_text, kind=actor.kind), actor.party
        spec = description(text, c)
        if spec is not None and spec[0] == "kind":  # "the group" after the PMF's claim
            for d in reversed(drafts):
                if d.source.kind == spec[1]:
                    return d.source, d.party
    if text not in {"it", "they"} and _head_word(text, c) not in _speaker_descriptions() \
            and text.split()[-1] not in _speaker_descriptions():
        return None  # "the army" with no army before: named by its own words, not the last source
    groups = [d for d in drafts if d.source.kind != "person"]
    pick = groups[-1] if groups else (drafts[-1] if drafts else None)
    return (pick.source, pick.party) if pick is not None else None


def _named_before(doc: Doc, attr: Attribution, drafts: list[ClaimDraft]) -> tuple[Source, str | None] | None:
    """"the council", "the office": a definite description whose one noun is a word of a source
    named before in full ("the Presidency Council of the GNA") stands for that source, unless
    another name holding that noun is written between them ("the radio" after "a correspondent
    of Radio Zet … Radio Lublin reports": Radio Lublin, found by ``org_named_before``)."""
    words = attr.speaker_text.strip().split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha():
        return None
    head = words[1].lower()
    for d in reversed(drafts):
        named = d.source.text.lower().split()
        if head in named and len(named) > 2 and d.source.text.strip().lower() != attr.speaker_text.strip().lower():
            after = d.attribution.speaker_end
            if after < attr.speaker_start and any(
                    m.group(0) not in d.source.text
                    for m in named_with_head(text_of(doc), head.capitalize(), after, attr.speaker_start)):
                return None  # a nearer name holds the noun
            return replace(d.source, text=attr.speaker_text.strip(), via=()), d.party
    return None


def _org_source(org: str, attr: Attribution, actors: ActorGazetteer) -> tuple[Source, str | None]:
    """The organisation a description names again, by the gazetteer when it knows it."""
    actor = actors.resolve(org)
    if actor is not None:
        return Source(name=actor.name, text=attr.speaker_text, kind=actor.kind), actor.party
    return Source(name=org, text=attr.speaker_text), actors.party(org)


def _named_source(doc: Doc, attr: Attribution, actors: ActorGazetteer, ctx: ArticleContext,
                  c: Cues) -> tuple[Source, str | None]:
    """The source a (non-pronoun) speaker names, with the article's context when it is vague."""
    span = doc.char_span(attr.speaker_start, attr.speaker_end, alignment_mode="expand")
    is_person = bool(span is not None and any(e.label_ == "PERSON" for e in ents_in(span)))
    source, party = resolve_source(speaker_words(attr), actors, is_person, attr.speaker_long)
    if source.kind not in {"person", "unknown"}:
        return source, party
    behalf = _behalf(doc, attr)
    if behalf and (actor := actors.resolve(behalf)) is not None:
        return Source(name=actor.name, text=attr.speaker_text, kind=actor.kind), actor.party
    # "a monitor", "the coalition spokesman": the article's actor so described; not for a speaker
    # that names its own state ("Armenia's Defence Ministry" beside "Azerbaijan's Defence Ministry")
    actor = generic_actor(ctx, attr.speaker_text, attr.speaker_start, c) \
        if state_source(attr.speaker_text) is None else None
    if actor is not None:
        return Source(name=actor.name, text=attr.speaker_text, kind=actor.kind), actor.party
    if (org := described_org(doc, attr, actors)) is not None:  # "the charity organization"
        return replace(source, name=org), party
    words = attr.speaker_text.split()
    if words and (is_person or len(words) == 1):  # "Jasina said": named in full elsewhere
        person = full_name(ctx, words[-1], attr.speaker_start, first_names=len(words) == 1)
        if person is not None:
            named, named_party = _person_source(person, actors)
            return replace(named, text=attr.speaker_text), named_party
    return source, party


PERSON_WORDS = frozenset({"man", "woman", "men", "women"})
PEOPLE_GROUPS = word_set("people_groups")


def one_person(text: str) -> bool:
    """"one woman", "another man": a person described, not "one of them", "one", "another"."""
    return any(w in PERSON_WORDS for w in text.lower().split())


def of_people(source: Source) -> bool:
    """The source is a group of people a man or a woman may be one of ("residents", "survivors
    of the raid"), not a body ("police", "the army", "state media")."""
    return source.kind == "person" or any(w in PEOPLE_GROUPS for w in
                                           re.findall(r"[a-z]+", f"{source.text or ''} {source.name}".lower()))


def draft_claims(doc: Doc, actors: ActorGazetteer) -> list[ClaimDraft]:
    """Attributions of ``doc`` with resolved sources and stances (coreference applied)."""
    c = cues()
    ctx = build_context(doc, actors)
    done: list[ClaimDraft] = []
    by_sentence: dict[int, list[ClaimDraft]] = {}
    split: list[ClaimDraft] = []  # drafts split off a joined content (claim_split)
    for attr in find_attributions(doc, c, relayer=lambda text: relays_words(text, actors)):
        stance = decide_stance(doc, attr, c)
        if stance is None:
            continue
        attr = accused_speaker(doc, attr, c) or attr  # "…, a charge it denies": the accused's
        anaphor = _anaphor_kind(attr.speaker_text, c)
        resolved: tuple[Source, str | None] | None
        if partitive(attr.speaker_text) and not (done and one_person(attr.speaker_text)
                                                 and not of_people(done[-1].source)):
            # "one said", "one woman said": of the group quoted last (not after "Police said …":
            # one woman is no police officer, she is named by her words below)
            resolved = (replace(done[-1].source, text=attr.speaker_text.strip(), via=()), done[-1].party) \
                if done else None
        elif anaphor == "person":
            after = done[-1].attribution.speaker_end if done else 0
            person = recent_subject(ctx, after, attr.speaker_start)
            if person is None and done and not agrees(attr.speaker_text, done[-1].attribution.speaker_text):
                # "She called him …. He called her a liar": not the last speaker; a person named since
                person = recent_subject(ctx, after, attr.speaker_start, any_role=True)
                log.debug("a pronoun of another gender than the last speaker: %r → %s", attr.speaker_text, person)
                resolved = _person_source(person, actors) if person is not None else \
                    (Source(name=attr.speaker_text.strip(), text=attr.speaker_text.strip(), kind="person"), None)
            else:
                resolved = _person_source(person, actors) if person is not None else \
                    (done[-1].source, done[-1].party) if done else None
        elif anaphor == "group":
            resolved = _group_antecedent(attr, done, ctx, c)
            if resolved is None and (org := org_named_before(doc, attr)) is not None:
                resolved = _org_source(org, attr, actors)  # "the network" after "the Sudan Doctors Network"
            if resolved is None and attr.speaker_text.strip().lower() not in {"it", "they"}:
                resolved = _named_source(doc, attr, actors, ctx, c)  # "the coalition" said first
        elif not plausible_speaker(doc, attr, c):
            continue
        elif (back := _named_before(doc, attr, done)) is not None:  # "the council" after "the Presidency Council of X"
            resolved = back
        elif (org := org_named_before(doc, attr)) is not None:  # "the fund" after "the International Monetary Fund"
            resolved = _org_source(org, attr, actors)
        else:
            resolved = _named_source(doc, attr, actors, ctx, c)
            if resolved[0].kind in {"person", "unknown"} and attr.speaker_text.lower().startswith(("its ", "their ")):
                # "its press secretary", "Its chief spokesman": who "its" stands for
                groups = [d for d in done if d.source.kind != "person"]
                if groups:
                    resolved = (replace(groups[-1].source, text=attr.speaker_text, via=()), groups[-1].party)
        if resolved is None:
            continue  # a pronoun with nothing to refer to
        source, party = resolved
        contexts = [p.context for p in ctx.persons if p.name == source.name]
        if len(attr.speaker_text.split()) == 1 and attr.speaker_text[:1].isupper() and \
                (named := full_name(ctx, attr.speaker_text, attr.speaker_start)) is not None:
            contexts.append(named.context)  # "Mansour said": his title where he is named in full
        span = doc.char_span(attr.speaker_start, attr.speaker_end, alignment_mode="expand")
        persons = tuple(e.text for e in ents_in(span) if e.label_ == "PERSON") if span is not None else ()
        source, party = text_source(source, party, [attr.speaker_long, attr.speaker_text, *contexts[:2]],
                                    actors, persons)
        cue_at = doc[attr.cue_index].idx if 0 <= attr.cue_index < len(doc) else attr.speaker_end
        if attr.speaker_end < cue_at and (own := self_named_source(
                source, party, [text_of(doc)[attr.speaker_end:cue_at]], actors)) is not None:
            source, party = own  # "A group calling itself X claimed …": the words before the cue
        if source.kind in {"person", "unknown"} and source.name.lower() in STATE_FORCES \
                and (forces := last_state_forces(text_of(doc)[:attr.speaker_start])) is not None:
            # "The army denied …" after "the Nigerian military had failed …": that state's forces
            forces = known_state(forces, actors)
            source, party = replace(source, name=forces.name, kind=forces.kind), party or forces.party or None
        if attr.via:
            source = replace(source, via=tuple(dict.fromkeys((*source.via, *attr.via))))
        start, end = attr.written or speaker_span(doc, attr)  # "…, who said": "who" as written
        source = replace(source, start=start, end=end)  # this speaker's words, not an antecedent's
        drafts_here = [ClaimDraft(attribution=attr, source=source, party=party, stance=stance,
                                  hedged=is_hedged(doc, attr, c))]
        if stance in {"denies", "declines_comment"} and not attr.declines \
                and (parts := two_accounts(doc, attr, c)) is not None:
            drafts_here = [replace(drafts_here[0], attribution=a, stance=s) for a, s in parts]
            split.extend(drafts_here)
        for draft in drafts_here:
            if any(_same_claim(draft, seen) and (any(draft is d for d in split) or any(seen is d for d in split))
                   for seen in by_sentence.get(draft.attribution.sent_start, ())):
                continue  # "said S1 and repeated that S2": S2 split off S1's content and S2 of "repeated"
            by_sentence.setdefault(draft.attribution.sent_start, []).append(draft)
            if not (0 <= attr.cue_index < len(doc) and given_figure(doc[attr.cue_index])):
                done.append(draft)  # a figure named as another's ("the 103 given by state media")
                # is no speaker a later "he" or "one" stands for
    drafts: list[ClaimDraft] = []
    for _, found in sorted(by_sentence.items()):
        kept, via = via_for_sentence(apply_cites(doc, found, actors))
        for d in kept:
            if via:
                d = replace(d, source=replace(d.source, via=tuple(dict.fromkeys(d.source.via + via))))
            drafts.append(d)
    acronyms = unify_acronyms([d.source.name for d in drafts])
    drafts = [replace(d, source=replace(d.source, name=acronyms[d.source.name]))
              if d.source.name in acronyms else d for d in drafts]
    drafts = merge_descriptions(drafts, doc, actors)
    bodies = same_body_names([d.source.name for d in drafts if d.source.kind == "unknown"])
    drafts = [replace(d, source=replace(d.source, name=bodies[d.source.name]))
              if d.source.kind == "unknown" and d.source.name in bodies else d for d in drafts]
    drafts = one_name_per_person(_given_told_again(doc, drafts))
    return drop_headline_repeats(consolidate(drop_own_echoes(_own_state_bodies(doc, drafts)), actors), doc)


def _given_by_someone(doc: Doc, d: ClaimDraft) -> bool:
    """Whether a draft is a figure named as given by an indefinite someone ("an earlier figure of
    105 given by a government official"): the giver is not named, only described."""
    at = d.attribution.cue_index
    if not (0 <= at < len(doc) and given_figure(doc[at])):
        return False
    agent = next((c for c in doc[at].children if c.dep_ == "agent"), None)
    giver = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return giver is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in giver.children)


def _given_told_again(doc: Doc, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """A figure named as given by an indefinite someone that another statement of the article
    gives itself ("… lowering an earlier figure of 105 given by a government official" and "An
    official in the interior ministry had said 105 had died") is that statement's: the
    described giver is its speaker, told twice, and names no party of its own."""
    out = []
    text = text_of(doc)
    for d in drafts:
        if _given_by_someone(doc, d):
            number = doc[d.attribution.cue_index].head.text
            said = re.compile(rf"(?<![\w.,]){re.escape(number)}(?![\w]|[.,]\d)")
            own = range(d.attribution.content_start, d.attribution.content_end)
            if any(o is not d and not given_figure(doc[o.attribution.cue_index])
                   and any(m.start() not in own  # the statement the given figure sits in names it too
                           for m in said.finditer(text, o.attribution.content_start, o.attribution.content_end))
                   for o in drafts if 0 <= o.attribution.cue_index < len(doc)):
                log.debug("a figure given by someone, told by its own speaker too: %s", number)
                continue
        out.append(d)
    return out


GENERIC_BODIES = frozenset({"state media", "state television", "state tv", "state radio", "government", "police",
                            "army", "military"})


def _own_state_bodies(doc: Doc, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """A state body named bare with a figure it gave, inside a state official's statement, is that
    state's: "Interior Minister X said 84 had been killed, revising down the figure of 103 given by
    state media" (Iranian state media), as the official's own words would name it."""
    out = []
    for d in drafts:
        at = d.attribution.cue_index
        name = d.source.name.lower()
        if name in GENERIC_BODIES and 0 <= at < len(doc) and given_figure(doc[at]):
            party = next((o.party for o in drafts if o is not d and o.party
                          and o.attribution.sent_start == d.attribution.sent_start), None)
            state = state_source(f"{party}'s government") if party else None
            if state is not None:
                named = state_source(f"{party}'s {name}") if name in {"government", "army", "military"} else None
                full = named.name if named is not None else f"{state.name.removesuffix(' government')} {name}"
                d = replace(d, source=replace(d.source, name=full))
        out.append(d)
    return out
