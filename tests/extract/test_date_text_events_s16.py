"""An undated article's year-less date: the incident's own ("killed on the night of Sunday
October 27"), not a later day in the same sentence (the funeral's "on Wednesday"), is the
frame's ``date_text``, which linking reads; and a year the text names resolves it when the
weekday fits (extract.frames_date_text, gazetteer.dates). Sentences written for the project."""

from __future__ import annotations

import pytest


def _frames(extract, text: str):  # type: ignore[no-untyped-def]
    return [f for f in extract(text, published=None).frames if not f.background]


@pytest.mark.parametrize(("text", "words"), [
    ("Mourners gathered in Juba on Wednesday to bury the herders killed in the raid on their camp "
     "on the night of Sunday October 27, as the governor declared three days of mourning.",
     "Sunday October 27"),
    ("Families in Ituri met on Thursday to identify the villagers killed in the ADF attack on the "
     "night of Friday 14 March, local officials said.", "Friday 14 March"),
])
def test_incident_date_text(extract, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(extract, text)
    assert frames and frames[0].date is None
    assert frames[0].date_text is not None and words in frames[0].date_text, [
        (f.date, f.date_text) for f in frames]


def test_weekday_fits_a_year_named(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed nine villagers in an attack on Kibirizi late on Friday 14 March, "
            "residents said. The region has seen dozens of such raids since the 2024 elections.")
    frames = _frames(extract, text)
    assert frames and frames[0].date == "2025-03-14", [(f.date, f.date_text) for f in frames]
