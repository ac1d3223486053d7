"""A definite description by one word of an organisation named before stands for it ("the
fund" after "the International Monetary Fund"), issue 11 / PolNeAR recall. Sentences written
for the project."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "written", "name"), [
    ("The International Monetary Fund cut its forecast for Sudan on Tuesday. The fund warned that "
     "the war would shrink the economy by a fifth.", "The fund", "International Monetary Fund"),
    ("The Sudan Doctors Network counted the dead in El Fasher. The network said the RSF shelled "
     "the hospital twice.", "The network", "Sudan Doctors Network"),
    ("The Kivu Security Tracker mapped the attacks. The tracker said ADF fighters killed 40 people "
     "near Beni.", "The tracker", "Kivu Security Tracker"),
    ("The Colombian Truth Commission published its findings on Monday. The commission said army "
     "units killed civilians in Antioquia.", "The commission", "Colombian Truth Commission"),
])
def test_description_names_the_organisation_again(extract, text: str, written: str, name: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.source.text == written]
    assert claims
    assert claims[0].source.name == name


@pytest.mark.parametrize(("text", "written"), [
    # no capitalised name with that word before: the description is not resolved to one
    ("Rebels attacked Beni on Monday. The town said nothing about the toll.", "The town"),
])
def test_no_organisation_named_before(extract, text: str, written: str) -> None:  # type: ignore[no-untyped-def]
    assert all(c.source.text != written or " " not in c.source.name for c in extract(text).claims)
