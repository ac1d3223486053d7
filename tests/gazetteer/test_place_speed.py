"""The speed-ups of the place gazetteer's text reading give the answers of the plain code
(issue 14): each shortcut or cache is checked against the computation it saves."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.gazetteer.fold import strip_marks
from rashomon.gazetteer.place_context import PlaceContext, demonyms
from rashomon.gazetteer.place_hits import _QUALIFIED, qualified_country
from rashomon.gazetteer.places import PlaceGazetteer


@pytest.fixture(scope="module")
def word_pool(places: PlaceGazetteer) -> list[str]:
    """Words spans are made of: the words of the gazetteer's own names (supplement sites,
    countries, aliases, their lower-case words: "Albu Kamal border crossing", "Diyala
    governorate"), particles, and the words of running text."""
    listed = sorted({w for p in places._small[:400] for n in p.names for w in n.split()})
    running = "said on Monday the city town Gaza Khartoum El Fasher North Darfur Sagaing Region " \
        "Bab el Mandeb Kidal Goma Kivu Tigray Nagorno Karabakh Cauca Mai-Mai Hamas Fano " \
        "Hit Acre T-4 al-Qaim Ras al-'Ayn Thi Qar Dhi Qar state province we are Central " \
        "Syrian Sudanese army police UN ISIS northern southern"
    text = running.split(" ")
    return listed + text


def _spans(pool: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pool), min_size=1, max_size=5).flatmap(
        lambda ws: st.lists(st.sampled_from([" ", "-", " "]), min_size=len(ws) - 1, max_size=len(ws) - 1).map(
            lambda seps: ws[0] + "".join(s + w for s, w in zip(seps, ws[1:], strict=True))))


@pytest.mark.parametrize("span", [
    "Obama said on", "Khartoum on Monday", "Diyala governorate", "Albu Kamal border crossing",
    "Gaza city", "Sadr city", "Homs as", "Bab el Mandeb", "North Darfur", "We are", "Mai-Mai",
    "Fano", "Hamas", "Hit", "hit", "Syrian", "South Sudanese", "Kachin Independence Army",
    "Sagaing Region", "Goma on", "Cauca", "Ras al-'Ayn", "Thi Qar", "El Fasher said",
])
def test_shortcut_gives_the_full_answer(places: PlaceGazetteer, span: str) -> None:
    """A span not capitalised word by word skips the index lookups: the same preparation."""
    assert places._prepare(span) == places._prepare(span, shortcut=False)


def test_shortcut_generated_spans(places: PlaceGazetteer, word_pool: list[str]) -> None:
    @given(_spans(word_pool))
    @settings(max_examples=400, deadline=None)
    def check(span: str) -> None:
        assert places._prepare(span) == places._prepare(span, shortcut=False)
    check()


def _plain_qualified(text: str, start: int) -> PlaceContext | None:
    """qualified_country without its cheap test of the text's end."""
    m = _QUALIFIED.search(text, max(0, start - 60), start)
    if m is None:
        return None
    codes = demonyms().get(strip_marks(m.group(1)).lower())
    return PlaceContext.of_country(codes[0]) if codes and len(codes) == 1 else None


_BEFORE = ["the ", "Egyptian ", "Thai ", "Sudanese ", "town ", "border ", "city ", "of", "of ", " ",
           "\t", "\n", "Malian ", "village ", "province ", "Of ", "off "]


@given(st.lists(st.sampled_from(_BEFORE), max_size=10).map("".join), st.sampled_from(["Rafah", "Mae Sot", ""]))
@settings(max_examples=500, deadline=None)
def test_qualified_country_as_the_plain_search(before: str, name: str) -> None:
    text = before + name
    assert qualified_country(text, len(before)) == _plain_qualified(text, len(before))


@pytest.mark.parametrize(("before", "country"), [
    ("the Egyptian town of ", "EG"), ("the Thai border town of ", "TH"),
    ("the Sudanese city of \n", "SD"), ("the town of ", None), ("the Egyptian town off ", None),
])
def test_qualified_country(before: str, country: str | None) -> None:
    found = qualified_country(before + "Rafah", len(before))
    assert (found and next(iter(found.countries))) == country
