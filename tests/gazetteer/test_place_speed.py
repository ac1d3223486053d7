"""The speed-ups of the place gazetteer's text reading give the answers of the plain code
(issue 14): each shortcut or cache is checked against the computation it saves."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.gazetteer.places import PlaceGazetteer


@pytest.fixture(scope="module")
def word_pool(places: PlaceGazetteer) -> list[str]:
    """Words spans are made of: the words of the gazetteer's own names (supplement sites,
    countries, aliases, their lower-case words: "Albu Kamal border crossing", "Diyala
    governorate"), particles, and the words of running text."""
    listed = sorted({w for p in places._small[:400] for n in p.names for w in n.split()})
    text = ("said on Monday the city town Gaza Khartoum El Fasher North Darfur Sagaing Region "
            "Bab el Mandeb Kidal Goma Kivu Tigray Nagorno Karabakh Cauca Mai-Mai Hamas Fano "
            "Hit Acre T-4 al-Qaim Ras al-'Ayn Thi Qar Dhi Qar state province we are Central "
            "Syrian Sudanese army police UN ISIS northern southern").split()
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
