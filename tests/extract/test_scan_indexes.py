"""The indexed look-ups that keep a long article linear (issue 14) give exactly what a plain
scan gives: sentences holding a claim (frames.holds_any), the sentence of a claim
(frames.sentence_at), figures owned by a claim (frames_casualties.ClaimedSpans), the named
actor a description stands for (coref.generic_actor) and a capitalised noun named as a person
or organisation elsewhere (claims_speakers._named_elsewhere), each checked against a
straightforward reference on random spans."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from rashomon.extract.claims_speakers import _named_elsewhere
from rashomon.extract.coref import ArticleContext, generic_actor
from rashomon.extract.frames import holds_any, sentence_at
from rashomon.extract.frames_casualties import KINDS, ClaimedSpans
from rashomon.extract.lexicon import Cues, cues
from rashomon.gazetteer.actors import Actor
from rashomon.nlp.entities import freeze_entities
from rashomon.types import STANCES, Claim, Evidence, Figure, Source

offsets = st.integers(min_value=0, max_value=60)


@settings(max_examples=300, deadline=None)
@given(st.lists(offsets, max_size=12), offsets, offsets)
def test_holds_any_is_the_plain_scan(points: list[int], start: int, end: int) -> None:
    points.sort()
    assert holds_any(points, start, end) == any(start <= p < end for p in points)


def _claim(n: int, start: int, length: int, stance: str, killed: bool, injured: bool) -> Claim:
    return Claim(id=f"c{n}", article_id="a", source=Source("Someone", "someone"),
                 stance=stance, about="casualties", text="", evidence=Evidence(start, start + length, ""),  # type: ignore[arg-type]
                 killed=Figure(3, 3) if killed else None, injured=Figure(1, None) if injured else None)


claim_specs = st.tuples(offsets, st.integers(min_value=0, max_value=15), st.sampled_from(STANCES),
                        st.booleans(), st.booleans())


def _claimed_reference(start: int, end: int, kind: str, claims: list[Claim]) -> bool:
    return any(c.evidence.start < end and start < c.evidence.end
               and (getattr(c, kind) is not None or c.stance not in ("asserts", "confirms"))
               for c in claims)


@settings(max_examples=300, deadline=None)
@given(st.lists(claim_specs, max_size=10), offsets, st.integers(min_value=0, max_value=10))
def test_claimed_spans_is_the_plain_scan(specs: list[tuple[int, int, str, bool, bool]], start: int,
                                         length: int) -> None:
    claims = [_claim(n, *spec) for n, spec in enumerate(specs)]
    index = ClaimedSpans(claims)
    for kind in KINDS:
        assert index.claimed(start, start + length, kind) == _claimed_reference(start, start + length, kind, claims)


ACTORS = (
    Actor("Sudan Health Ministry", "government", None, "SD", ("health ministry",)),
    Actor("Sudan Foreign Ministry", "government", None, "SD", ()),
    Actor("Myanmar Witness Monitor", "monitor", None, None, ()),
    Actor("Caucasus Conflict Observatory", "monitor", None, None, ("observatory",)),
    Actor("Rapid Support Forces", "armed_group", "RSF", "SD", ("RSF",)),
    Actor("M23 movement", "armed_group", "M23", "CD", ("M23",)),
    Actor("Sahel coalition", "military", None, None, ()),
)
DESCRIPTIONS = ("a war monitor", "the observatory", "the health ministry", "the ministry",
                "an armed group", "the coalition", "a militia", "the movement", "a farmer")


def _generic_reference(ctx: ArticleContext, text: str, pos: int, c: Cues) -> Actor | None:
    """The scan over every mention that generic_actor replaced."""
    from rashomon.extract.coref import _fits, _modifiers, description

    spec = description(text, c)
    if spec is None:
        return None
    key, value = spec
    tiers = []
    if key == "kind":
        head = text.lower().split()[-1]
        tiers.append([(s, a) for s, _, a in ctx.mentions if a.kind == value and _fits(a, "word", head)])
    mods = _modifiers(text, value, c) if key == "word" else ()
    tiers.append([(s, a) for s, _, a in ctx.mentions if _fits(a, key, value, mods)])
    for tier in tiers:
        before = [a for s, a in tier if s < pos]
        if before:
            return before[-1]
    for tier in tiers:
        after = [a for s, a in tier if s > pos]
        if after:
            return after[0]
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(offsets, st.sampled_from(ACTORS)), max_size=14),
       st.sampled_from(DESCRIPTIONS), offsets)
def test_generic_actor_is_the_plain_scan(mentions: list[tuple[int, Actor]], text: str, pos: int) -> None:
    mentions.sort(key=lambda m: m[0])  # as the gazetteer gives them; equal starts keep their order
    ctx = ArticleContext(mentions=tuple((s, s + 4, a) for s, a in mentions), persons=())
    c = cues()
    assert generic_actor(ctx, text, pos, c) == _generic_reference(ctx, text, pos, c)


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=6), st.integers(min_value=1, max_value=9)),
                max_size=10), offsets)
def test_sentence_at_is_the_plain_scan(layout: list[tuple[int, int]], pos: int) -> None:
    sents, at = [], 0
    for gap, length in layout:  # in text order, not overlapping, maybe with gaps between them
        sents.append(_Sentence(at + gap, at + gap + length))
        at += gap + length
    starts = [s.start for s in sents]
    assert sentence_at(sents, starts, pos) == next((s for s in sents if s.start <= pos < s.end), None)  # type: ignore[arg-type]


NAME_WORDS = ("Hemedti", "Burhan", "Sultani", "Kagame", "Monitor", "Group", "Front")


def _named_reference(doc: Doc, tok: Token) -> bool:
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or tok.text.isupper() or len(tok.text) < 3:
        return False
    return any(e.label_ in {"PERSON", "ORG"} and tok.text in e.text.split() and not e.start <= tok.i < e.end
               for e in doc.ents)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAME_WORDS), st.sampled_from(("NOUN", "PROPN"))), min_size=1, max_size=14),
       st.lists(st.tuples(st.integers(min_value=0, max_value=3), st.integers(min_value=1, max_value=3),
                          st.sampled_from(("PERSON", "ORG", "GPE"))), max_size=5),
       st.booleans())
def test_named_elsewhere_is_the_plain_scan(tokens: list[tuple[str, str]], ents: list[tuple[int, int, str]],
                                           frozen: bool) -> None:
    doc = Doc(Vocab(), words=[w for w, _ in tokens], pos=[p for _, p in tokens])
    spans, at = [], 0
    for gap, length, label in ents:  # entities in text order, not overlapping
        if at + gap + length > len(doc):
            break
        spans.append(Span(doc, at + gap, at + gap + length, label=label))
        at += gap + length
    doc.ents = spans
    if frozen:
        freeze_entities(doc)
    for tok in doc:
        assert _named_elsewhere(doc, tok) == _named_reference(doc, tok)
