"""An outlet citing someone: the one cited is the source, the outlet the relay (CONVENTIONS: "a
relay is not the source"), for a wire and for an outlet the gazetteer does not hold as a party's
("Nigeria's Daily Trust newspaper, citing a local official"); a state's own media stays the source
(the gold sets credit it as a party); a dateline with a date is never the speaker."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "relay"), [
    ("Gunmen attacked Gamboru on Tuesday. The Daily Trust newspaper, citing a local government official, "
     "reported that 27 bodies had been buried.", "Daily Trust newspaper"),
    ("A drone struck a market in El Fasher on Sunday. The Sudan Tribune newspaper, citing a local doctor, "
     "said nine people died.", "Sudan Tribune newspaper"),
    ("Clashes broke out near Tibu on Friday. Caracol Radio, citing the mayor of Tibu, said two soldiers died.",
     "Caracol Radio"),
    ("Shelling hit a camp near Goma on Monday. Reuters, citing a medic at the camp, said 14 people were killed.",
     "Reuters"),
])
def test_an_outlet_citing_someone_relays_it(extract, text: str, relay: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.killed is not None]
    assert claims and all(relay not in c.source.name for c in claims)
    assert any(relay in " ".join(c.source.via) for c in claims)


@pytest.mark.parametrize("text", [
    "An airstrike hit a market in Idlib on Monday. SANA, citing a military source, said the army had targeted "
    "terrorist positions.",
])
def test_state_media_citing_its_source_stays_the_source(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any(c.source.name == "SANA" for c in extract(text).claims)


@pytest.mark.parametrize(("text", "source"), [
    ("NAIROBI, March 6 (East Africa Desk) — Somalia's state-run Radio Mogadishu, citing the district "
     "commissioner of Afgoye, said on Monday that 15 people were killed in the bombing.", "commissioner"),
    ("GOMA, 12 May 2024 — The Congolese army, citing a field commander, said M23 rebels shelled the camp.",
     "Congolese military"),
])
def test_a_dated_dateline_is_no_speaker(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims and all(c.source.name.split(",")[0].isupper() is False for c in claims)
    assert any(source in c.source.name for c in claims)
