""""Congo" is the name of two countries: the article's other places and parties say which, the
Democratic Republic (the one news most often means) when nothing does. Sentences written for
the project."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = dict[str, tuple[str, str | None, str]]


@pytest.mark.parametrize(("text", "country"), [
    ("Clashes between police and protesters in Brazzaville, the capital of Congo, killed four people.", "CG"),
    ("Rebels attacked a train in the Pool region of Congo on Tuesday.", "CG"),
    ("Rebels attacked a village in Congo, the government in Brazzaville said.", "CG"),
    ("M23 rebels attacked a village in Congo, the government in Kinshasa said.", "CD"),
    ("Fighting in Congo's Ituri province killed 14 people.", "CD"),
    ("Rebels killed nine people in eastern Congo on Tuesday.", "CD"),  # nothing else said: the larger
])
def test_congo_is_the_country_the_article_places_it_in(read_places: Callable[[str], Found], text: str,
                                                       country: str) -> None:
    assert read_places(text)["Congo"][1] == country


def test_the_capital_of_the_other_congo_is_kept(read_places: Callable[[str], Found]) -> None:
    # the town is no longer dropped as lying outside a wrongly read country
    found = read_places("Clashes in Brazzaville, the capital of Congo, killed four people.")
    assert found["Brazzaville"][1] == "CG"
