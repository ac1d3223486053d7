"""A town of a country the article names nowhere never beats what the article backs
(issue 10, fault 5): in a story that backs one country, a small town abroad, or a town
abroad by an alternate name, is no place and backs no country; a city known worldwide by its
main name still is one.

Sentences are written for the project, about conflicts no eval set covers.
"""

from __future__ import annotations

import pytest

from rashomon.gazetteer.place_context import Candidate, PlaceContext, nowhere_backed
from rashomon.gazetteer.places import PlaceGazetteer
from rashomon.types import Location


@pytest.fixture(scope="module")
def places() -> PlaceGazetteer:
    return PlaceGazetteer.load()


@pytest.mark.parametrize(("text", "mention", "abroad"), [
    # "Boni" is an alternate name of Bonn; "Mahas" of a Jordanian town
    ("Jihadists stormed Boni on Sunday, killing four Malian soldiers, the army said.", "Boni", "DE"),
    ("Militants attacked Boni near Douentza on Sunday, killing four Malian soldiers.", "Boni", "DE"),
    ("Al-Shabaab fighters overran Mahas on Monday, killing ten Somali soldiers, officials said.", "Mahas", "JO"),
])
def test_town_abroad_is_no_place_and_backs_nothing(places: PlaceGazetteer, text: str, mention: str,
                                                    abroad: str) -> None:
    ctx = places.context(text)
    assert ctx.share(abroad) == 0.0, ctx
    found = [text[h.start:h.end] for h in places.find(text, ctx)]
    assert mention not in found, found


@pytest.mark.parametrize(("text", "mention", "country"), [
    # a city known worldwide by its main name stands, whatever the article backs
    ("Afghan Taliban fighters attacked a police post in Peshawar on Monday, killing four.", "Peshawar", "PK"),
    ("Sudanese army officers met RSF envoys in Jeddah on Saturday.", "Jeddah", "SA"),
    # without a backed country nothing changes: a town known on its own is found
    ("Gunmen attacked a police post in Djibo on Monday.", "Djibo", "BF"),
    # a world city by another of its names, in a story that names its country nowhere
    ("Russian officials said their missiles hit Kiev overnight.", "Kiev", "UA"),
    # a town whose region the story names is named somewhere: "Hit" in Anbar
    ("Syrian troops shelled Palmyra. The town of Hit in Anbar was quiet, residents said.", "Hit", "IQ"),
])
def test_known_cities_still_stand(places: PlaceGazetteer, text: str, mention: str, country: str) -> None:
    found = {text[h.start:h.end]: h.location for h in places.find(text, places.context(text))}
    assert mention in found and found[mention].country == country, found


def _town(country: str, form: str, population: int) -> Candidate:
    return Candidate(Location("X", country, 0.0, 0.0, "town"), "town", form, population, f"{country}.01")


@pytest.mark.parametrize(("cand", "ctx", "expected"), [
    (_town("DE", "alternate", 300_000), PlaceContext({"ML": 2.0}), True),  # another country backed
    (_town("DE", "main", 30_000), PlaceContext({"ML": 2.0}), True),
    (_town("DE", "main", 300_000), PlaceContext({"ML": 2.0}), False),  # a city by its main name
    (_town("DE", "alternate", 300_000), PlaceContext({"ML": 2.0, "DE": 0.5}), False),  # DE named once
    (_town("DE", "alternate", 300_000), PlaceContext(), False),  # nothing backed: nothing to beat
    (_town("DE", "alternate", 2_000_000), PlaceContext({"ML": 2.0}), False),  # a world city by another name
    (_town("DE", "alternate", 300_000), PlaceContext({"ML": 2.0}, named=frozenset({("DE", "koln")})), False),
    (_town("DE", "alternate", 300_000), PlaceContext({"ML": 2.0}, named=frozenset({("DE", "x")})), True),
])
def test_nowhere_backed(cand: Candidate, ctx: PlaceContext, expected: bool) -> None:
    assert nowhere_backed(cand, ctx, "x") is expected
