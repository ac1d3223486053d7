"""Fixtures of the gazetteer tests: the place gazetteer, loaded once per test process."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rashomon.gazetteer.places import PlaceGazetteer

Found = dict[str, tuple[str, str | None, str]]


@pytest.fixture(scope="session")
def places() -> PlaceGazetteer:
    """The package's place gazetteer (read-only in the tests: shared by every module)."""
    return PlaceGazetteer.load()


@pytest.fixture(scope="session")
def read_places(places: PlaceGazetteer) -> Callable[[str], Found]:
    """``read_places(text)``: each place mention of ``text``, read in the article's own context, as
    {mention: (place name, country, precision)}."""
    def read(text: str) -> Found:
        ctx = places.context(text)
        return {text[h.start:h.end]: (h.location.name, h.location.country, h.location.precision)
                for h in places.find(text, ctx)}
    return read
