"""Location claims: the country a claim places the incident in (rashomon.extract.claim_location)."""

from __future__ import annotations

import pytest

from rashomon.extract.claim_location import claimed_country


@pytest.mark.parametrize(("text", "country"), [
    ("the video showed a drone strike within the Syrian border", "SY"),
    ("the missile came down on Ukrainian territory, not on Polish territory", "UA"),
    ("jets struck a convoy inside Iraq overnight", "IQ"),
    ("the rockets were fired into Israeli airspace", "IL"),
    ("the shells landed on Lebanese soil", "LB"),
    ("the raid hit a depot inside Syria's territory", "SY"),
    # nothing placed
    ("the shell did not land on Polish territory", None),
    ("we have no fighters outside the Iraqi border", None),
    ("the attack on the Iraqi border with Syria killed 12", None),
    ("an official in Syria said the strike killed 12", None),
    ("the strike killed Iranian advisers", None),
    ("the strike hit positions held inside Syria by Iraqi militias", "SY"),
    ("troops are stationed within Syrian army bases", None),
])
def test_claimed_country(text: str, country: str | None) -> None:
    assert claimed_country(text) == country


def test_a_country_without_an_attack_is_no_location_claim(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The minister said Iran must leave, deep inside Syria.").claims
    assert claims and all(c.country is None for c in claims)


def test_location_claims_from_two_sources_contradict(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A militia spokesman told reporters the video showed an air strike within the Syrian "
            "border near the town of Albu Kamal. State news agency SANA said the strike hit the "
            "militia inside Iraqi territory near the town of Albu Kamal.")
    result = extract(text)
    countries = {c.source.name: c.country for c in result.claims if c.country}
    assert countries.get("SANA") == "IQ", countries
    assert "SY" in countries.values(), countries
