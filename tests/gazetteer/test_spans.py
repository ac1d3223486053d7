"""keep_disjoint keeps exactly the mentions the plain pairwise loop keeps (issue 14)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.gazetteer.fold import ARTICLES, words
from rashomon.gazetteer.place_spans import _AYN, _GAP_OK
from rashomon.gazetteer.places import PlaceGazetteer
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
            # a part of another body's name ("Russia's X state", "the CSP-DPA"), as the fast path skips it
            if gaz._inside_other_name(text, start, end, entry, False):
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



def _plain_spans(gaz: PlaceGazetteer, text: str) -> list[tuple[int, int, str]]:
    """PlaceText._spans as it was before issue 14: every gap tested again for each span."""
    toks = words(text)
    out = []
    for i, (start, end0, first) in enumerate(toks):
        if i and toks[i - 1][2].lower() in ARTICLES and text[toks[i - 1][1]:start].rstrip(_AYN) in ("-", "‐"):
            continue
        lead = first
        if first.lower() in ARTICLES and i + 1 < len(toks):
            if not (first.lower() in ("al", "el") or text[end0:end0 + 1] in "-‐"):
                continue
            lead = toks[i + 1][2]
        direction = first.lower() in gaz._directions and i + 1 < len(toks) and toks[i + 1][2][:1].isupper()
        if (not lead[:1].isupper() or first.lower() == "the") and not direction:
            continue
        for j in range(min(len(toks), i + gaz._max_words) - 1, i - 1, -1):
            if any(not _GAP_OK.fullmatch(text[toks[k][1]:toks[k + 1][0]]) for k in range(i, j)):
                continue
            end = toks[j][1]
            if text[end - 2:end] in ("'s", "’s") and end - 2 > start:
                end -= 2
            out.append((start, end, text[start:end]))
    return out


PLACE_WORDS = ["El", "Fasher", "al-Jazira", "Khartoum's", "northern", "Shan", "State", "Goma", "North", "Kivu",
               "in", "the", "of", "Ménaka", "Nagorno-Karabakh", "Stepanakert", "Cauca", "-", ",", ".", "–",
               "’", "Arauca", "al", "Ras", "'Ayn", "city", "Mali"]


@given(st.lists(st.sampled_from(PLACE_WORDS), max_size=30), st.lists(st.sampled_from([" ", "  ", "-", " - ", ", "]),
                                                                    min_size=30, max_size=30))
@settings(max_examples=200, deadline=None)
def test_place_spans_as_the_plain_loop(places: PlaceGazetteer, tokens: list[str], gaps: list[str]) -> None:
    text = "".join(t + g for t, g in zip(tokens, gaps, strict=False))
    assert places._spans(text) == _plain_spans(places, text)


@pytest.mark.parametrize("text", [
    "Shelling hit El Fasher in North Darfur, and the Rapid Support Forces moved on al-Fula.",
    "Drones struck near Stepanakert in Nagorno-Karabakh, Azerbaijan's ministry said.",
    "Fighting between the army and the ELN displaced families in Arauca, Colombia.",
])
def test_place_spans_and_finds_on_sentences(places: PlaceGazetteer, text: str) -> None:
    assert places._spans(text) == _plain_spans(places, text)
    assert places.find(text)  # each names a place the gazetteer knows on its own


@pytest.mark.parametrize("text", [
    "Israeli jets struck the Wagner Group convoy, Russia's defence ministry said.",
    "the US-led coalition",
])
def test_remembered_matches_are_the_found_ones(actors: ActorGazetteer, text: str) -> None:
    """Asked twice, _matches answers the same; a caller changing its list changes nothing."""
    for index in (actors._index, actors._party_index):
        first = actors._matches(text, index)
        first.clear()
        assert actors._matches(text, index) == actors._find_matches(text, index)
    assert actors._matches(text, actors._index) or actors._matches(text, actors._party_index)
