"""keep_disjoint keeps exactly the mentions the plain pairwise loop keeps (issue 14)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.gazetteer.spans import keep_disjoint

Span = tuple[int, int]


def plain(items: list[Span]) -> list[Span]:
    """The loop keep_disjoint replaced: each span against every kept one."""
    kept: list[Span] = []
    for s, e in items:
        if all(e <= ks or s >= ke for ks, ke in kept):
            kept.append((s, e))
    return kept


spans = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(spans, max_size=60))
@settings(max_examples=400, deadline=None)
def test_same_spans_as_the_plain_loop(items: list[Span]) -> None:
    assert keep_disjoint(items, lambda s: s) == plain(items)


@given(st.lists(spans, max_size=60))
@settings(max_examples=200, deadline=None)
def test_same_spans_in_the_gazetteers_order(items: list[Span]) -> None:
    """Ranked as the gazetteers rank them: longest first, then leftmost."""
    ranked = sorted(items, key=lambda s: (s[0] - s[1], s[0]))
    assert keep_disjoint(ranked, lambda s: s) == plain(ranked)


@pytest.mark.parametrize(("items", "expected"), [
    ([(0, 5), (3, 8), (5, 9)], [(0, 5), (5, 9)]),  # touching spans do not overlap
    ([(2, 9), (4, 4), (2, 2), (9, 9)], [(2, 9), (2, 2), (9, 9)]),  # an empty span inside overlaps
    ([(10, 20), (0, 10), (20, 30), (5, 25)], [(10, 20), (0, 10), (20, 30)]),
    ([], []),
])
def test_examples(items: list[Span], expected: list[Span]) -> None:
    assert keep_disjoint(items, lambda s: s) == expected


@pytest.fixture(scope="module")
def actors() -> ActorGazetteer:
    return ActorGazetteer.load()


def _plain_matches(gaz: ActorGazetteer, text: str) -> list[tuple[int, int, str]]:
    """Actor mentions as _matches found them before issue 14 (the pairwise loop)."""
    toks = [t for t in gaz._norm_words(text) if t[2]]
    found = []
    for i in range(len(toks)):
        for n in range(min(gaz._max_words, len(toks) - i), 0, -1):
            entry = gaz._index.get(tuple(t[2] for t in toks[i:i + n]))
            if entry is None or not gaz._gaps_ok(text, toks[i:i + n]):
                continue
            start, end = toks[i][0], toks[i + n - 1][1]
            if entry.written in gaz._case_sensitive and not gaz._same_case(text[start:end], entry.written):
                continue
            found.append((start, end, n, entry))
            break
    found.sort(key=lambda m: (-m[2], m[0] - m[1], m[0]))
    chosen: list = []
    for m in found:
        if all(m[1] <= c[0] or m[0] >= c[1] for c in chosen):
            chosen.append(m)
    return [(s, e, en.written) for s, e, _, en in sorted(chosen, key=lambda m: m[0])]


WORDS = ["the", "US", "U.S.", "Central", "Command", "Sudanese", "Armed", "Forces", "Rapid", "Support",
         "army", "said", "Tatmadaw", "Myanmar", "M23", "rebels", "Wagner", "Group", "Russia's",
         "defence", "ministry", "of", "Colombia", "ELN", "Azerbaijan", "Armenian", "Popular",
         "Mobilization", "SANA", "state", "news", "agency", "-", ",", "Hezbollah", "Israeli", "military"]


@given(st.lists(st.sampled_from(WORDS), max_size=40))
@settings(max_examples=150, deadline=None)
def test_actor_matches_as_the_plain_loop(actors: ActorGazetteer, words: list[str]) -> None:
    text = " ".join(words)
    got = [(s, e, en.written) for s, e, _, en in actors._matches(text, actors._index)]
    assert got == _plain_matches(actors, text)


@pytest.mark.parametrize("text", [
    "Sudanese troops and Wagner mercenaries were blamed for the shelling, Russia's defence ministry said.",
    "US Central Command said the U.S. military had struck the Wagner Group convoy.",
    "Russia's defence ministry said Wagner fighters had not shelled the Malian village of Moura.",
])
def test_actor_matches_on_sentences(actors: ActorGazetteer, text: str) -> None:
    got = [(s, e, en.written) for s, e, _, en in actors._matches(text, actors._index)]
    assert got == _plain_matches(actors, text)
    assert got  # each names at least one actor of the gazetteer
