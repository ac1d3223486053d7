"""Who did it and to whom: the actor fields of a frame (casualties: :mod:`.frames_casualties`).

* **perpetrators**: the parties the frame's claims name (``Claim.perpetrator``), alleged
  (``asserts``), acknowledged (``confirms`` by the party itself) or denied (``denies``: the
  denier), plus the agent the outlet itself gives a trigger outside any claim ("Israeli jets
  bombed …"). The frame lists the alleged and acknowledged parties; the provenance note says
  who alleged, acknowledged and denied.
* **targets**: the object of a trigger verb or of "on"/"against"/"targeting" after a
  trigger noun ("targeted pro-regime forces", "a strike on a hospital"), places excluded (and
  cut off: "a car in the border village" is the car), and neither a weapon ("detonated an
  explosive device") nor the other side of a clash ("fighting the ADF"), nor a measure ("on this
  scale"); quotation marks around it dropped.
* **killed / injured**: in :mod:`rashomon.extract.frames_casualties`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate

from spacy.tokens import Span, Token

from rashomon.config import setting
from rashomon.extract.doctext import text_of
from rashomon.extract.event_types import frame_lexicon
from rashomon.extract.frames_text import Sent, evidence, verb_above
from rashomon.lexicon import is_placeholder, same_party, words
from rashomon.nlp.entities import ents_in
from rashomon.types import Claim, Evidence, FieldSource

ACTOR_LABELS = frozenset({"NORP", "ORG", "GPE"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TARGET_PREPS = words("triggers.yaml", "frames", "target_prepositions")
_TARGET_VERBS = words("triggers.yaml", "frames", "target_verbs")  # "a strike targeting X"
MAX_TARGETS: int = setting("extract.frames_actors", "max_targets")  # data/settings.toml
MAX_TARGET_WORDS: int = setting("extract.frames_actors", "max_target_words")  # data/settings.toml
_PRONOUNS = words("triggers.yaml", "frames", "target_pronouns")
_HABITUAL = words("triggers.yaml", "frames", "habitual_adverbs")  # "have long kidnapped": background
_VERB_HOPS = 3  # heads climbed from a trigger noun to its clause's verb ("X gunmen have … kidnapped")
REPORTED_HOPS: int = setting("extract.frames_actors", "reported_hops")  # data/settings.toml


def claim_perpetrators(claims: Iterable[Claim]) -> tuple[list[str], FieldSource | None]:
    """Alleged and acknowledged parties of the claims, with who said what."""
    alleged: dict[str, list[str]] = {}
    acknowledged: dict[str, list[str]] = {}
    denied: dict[str, list[str]] = {}
    ids: list[str] = []
    for c in claims:
        p = c.perpetrator
        if p is None or is_placeholder(p):
            continue
        if c.stance == "denies":
            denied.setdefault(p, []).append(c.source.name)
        elif c.stance == "confirms" and (same_party(c.source.name, p) or same_party(c.source.text, p)):
            acknowledged.setdefault(p, []).append(c.source.name)
        elif c.stance in ("asserts", "confirms"):
            alleged.setdefault(p, []).append(c.source.name)
        else:
            continue
        ids.append(c.id)
    if not ids:
        return [], None
    parts = []
    for word, table in (("alleged", alleged), ("acknowledged", acknowledged), ("denied", denied)):
        for party, sources in table.items():
            by = ", ".join(dict.fromkeys(sources))
            parts.append(f"{party} {word} by {by}" if word != "denied" else f"{party} denied ({by})")
    names = list(dict.fromkeys([*acknowledged, *alleged]))
    return names, FieldSource(claim_ids=tuple(ids), note="; ".join(parts))


class _ClaimSpans:
    """Whether a span overlaps the evidence of a claim (``c.start < end and start < c.end``),
    in O(log claims): the claims by start with the furthest end so far. Asked once per
    sentence, a scan of every claim made long articles quadratic (issue 14)."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        spans = sorted((c.evidence.start, c.evidence.end) for c in claims)
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))

    def overlap(self, start: int, end: int) -> bool:
        n = bisect_left(self._starts, end)  # the claims starting before ``end``
        return n > 0 and self._reach[n - 1] > start


def _actor_name(span: Span) -> str:
    for ent in ents_in(span):
        if ent.label_ in ACTOR_LABELS:
            return str(ent.ent_id_ or ent.text)
    return ""


# verbs that only carry an attack noun: "the attack was carried out by X", "X staged the raid"
# (lemmas; grammar of the light verb, not a list of events)
_LIGHT_VERBS = frozenset({"carry", "conduct", "launch", "stage", "mount", "perpetrate", "commit"})


def _light_verb_agents(noun: Token) -> list[Token]:
    """Who did what an attack noun names through a light verb: the agent of "the attack was
    carried out by X", the subject of "X carried out the raid"."""
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LIGHT_VERBS:
        return []
    if noun.dep_ == "nsubjpass":
        return [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    if noun.dep_ == "dobj":
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


def outlet_perpetrators(sents: list[Sent], claims: list[Claim], *,
                        main: bool = True) -> tuple[list[str], list[Evidence]]:
    """The agents of trigger verbs and nouns ("Israeli jets bombed", "a US strike") in
    sentences no claim covers; for the ``main`` incident, not those of a habit ("X gunmen have
    long kidnapped foreigners there"; a background incident's "Israel has struck … repeatedly,
    including the base in April" still names its doer)."""
    names: list[str] = []
    spans: list[Evidence] = []
    covered = _ClaimSpans(claims)
    statement = frame_lexicon().statement_verbs
    for sent in sents:
        if sent.caption or covered.overlap(sent.start, sent.end):
            continue
        trig = sent.trigger_tokens()
        for i in sorted(trig):
            tok = sent.span.doc[i]
            agents: list[Token] = [c for c in tok.children if c.dep_ == "nsubj"]
            agents += [g for c in tok.children if c.dep_ == "agent" for g in c.children]
            agents += [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")
                       and c.ent_type_ in ACTOR_LABELS]
            agents += _light_verb_agents(tok)
            if tok.dep_ in ("compound", "amod") and tok.head.i in trig:
                continue
            if agents and _reported(tok, statement):
                continue  # "X's border guards said the Y side had shelled …": X's word, not the outlet's
            if agents and main and _habitual(tok):
                continue  # "X gunmen have long kidnapped foreigners there": a habit, not the incident
            for agent in agents:
                sub = sent.span.doc[agent.left_edge.i:agent.right_edge.i + 1]
                name = _actor_name(sub)
                if name and name not in names:
                    names.append(name)
                    spans.append(evidence(text_of(sent.span.doc), sub.start_char, sub.end_char))
    return names, spans


def _habitual(tok: Token) -> bool:
    """Whether a trigger word's clause tells a habit ("X gunmen have long kidnapped foreigners
    there", "militants often ambush convoys"): its verb has a habitual adverb, or one follows the
    word closely (however the parser hung it)."""
    window = tok.doc[tok.i + 1:min(tok.i + _VERB_HOPS + 1, tok.sent.end)]
    if any(t.pos_ == "ADV" and t.lower_ in _HABITUAL for t in window):
        return True
    verb = verb_above(tok, _VERB_HOPS)
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children)


# a clause said ("said X had shelled"), an act a speaker charges ("accused X of opening fire",
# "blamed X for the shelling"): grammar
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "prep"})


def _reported(tok: Token, statement: frozenset[str]) -> bool:
    """Whether a trigger word stands in what somebody said: its clause (or a clause it is
    conjoined to) is the complement of a statement verb ("the border guards said the Kyrgyz side
    had shelled …", "accused Armenian troops of opening fire"): one side's word, which no claim
    may have caught, not the outlet's."""
    for _ in range(REPORTED_HOPS):
        if tok.dep_ in _REPORTED_DEPS and tok.head.lemma_.lower() in statement:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _is_place(span: Span) -> bool:
    """"Gaza", "the town of Al-Hari", "that area": a place, not a target."""
    if span.root.lower_ in _PLACE_NOUNS:
        return True
    return any(ent.label_ in PLACE_LABELS for ent in ents_in(span)) and not any(
        t.pos_ == "NOUN" for t in span if t.ent_type_ == "")


def _phrase(head: Token) -> Span:
    """A noun phrase without its relative clauses, appositions and trailing punctuation,
    at most MAX_TARGET_WORDS words: "a hospital (that sheltered …)"."""
    cut = [c.left_edge.i for c in head.children if c.i > head.i and (
        c.dep_ in _CUT_DEPS or (c.dep_ == "prep" and not _of_family(c) and any(
            t.ent_type_ in PLACE_LABELS or (t.dep_ == "pobj" and t.lower_ in _PLACE_NOUNS) for t in c.subtree)))]
    right = min([head.right_edge.i + 1, *cut, head.left_edge.i + MAX_TARGET_WORDS])
    doc = head.doc
    while right > head.i + 1 and (doc[right - 1].is_punct or doc[right - 1].pos_ in ("ADP", "CCONJ", "DET")):
        right -= 1
    left = head.left_edge.i
    # "the positions" → "positions"; a quotation mark opening the phrase ('struck "enemy positions"')
    while left < head.i and (doc[left].pos_ == "DET" or doc[left].is_quote):
        left += 1
    return doc[left:right]


_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})
_PLACE_NOUNS = words("triggers.yaml", "frames", "place_nouns")
_FAMILY_NOUNS = words("triggers.yaml", "frames", "family_nouns")


def _of_family(prep: Token) -> bool:
    """"of the Al-Saadi family": the owner of a home, not a place, whatever the tagger calls
    the name."""
    return prep.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in _FAMILY_NOUNS for g in prep.children)


def _target_tokens(tok: Token) -> list[Token]:
    found = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            found += [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "acl" and c.lemma_ in _TARGET_VERBS:
            found += [g for g in c.children if g.dep_ == "dobj"]
    return found


def _trigger_of(sent: Sent) -> dict[int, int]:
    """Token index → the number of the sentence's trigger it lies in."""
    out: dict[int, int] = {}
    for n, t in enumerate(sent.triggers):
        span = sent.span.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            out.update((k, n) for k in range(span.start, span.end))
    return out


def targets(sents: list[Sent]) -> tuple[list[str], list[Evidence]]:
    names: list[str] = []
    spans: list[Evidence] = []
    for sent in sents:
        if sent.caption:
            continue
        trig = _trigger_of(sent)
        for i in sorted(trig):
            if sent.triggers[trig[i]].type == "armed_clashes":
                continue  # "fighting the ADF", "clashed with rebels": the other side, not a target
            for obj in _target_tokens(sent.span.doc[i]):
                if obj.lower_ in _PRONOUNS or obj.pos_ == "PRON" or (
                        trig.get(obj.i) == trig[i] and obj.dep_ != "pobj"):
                    continue  # "opened fire": a word of the trigger itself, not what was hit
                    # (the crowd of "opened fire on protesters", one trigger, is what was hit)
                if obj.i in trig and sent.triggers[trig[obj.i]].weapon:
                    continue  # "detonated an explosive device", "fired a missile": the weapon
                sub = _phrase(obj)
                if _is_place(sub) or any(t.ent_type_ in ("DATE", "TIME") for t in sub) \
                        or not any(t.pos_ in ("NOUN", "PROPN") for t in sub):
                    continue
                text = sub.text.strip(" ,.;:\"'“”‘’")
                if text and text.lower() not in (n.lower() for n in names):
                    names.append(text)
                    spans.append(evidence(text_of(sent.span.doc), sub.start_char, sub.end_char))
                if len(names) >= MAX_TARGETS:
                    return names, spans
    return names, spans
