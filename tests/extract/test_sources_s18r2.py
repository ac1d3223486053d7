"""Round 2 of session 18 (sources): an outlet citing someone in one or two words ("citing
witnesses", "citing local sources") relays them as it does a longer cited phrase; the short
cited words are never widened into "citing witnesses"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "relay", "cited"), [
    ("A car bomb hit a hotel in Mogadishu on Saturday. Radio Shabelle, citing witnesses, reported that "
     "12 people were killed.", "Radio Shabelle", "witnesses"),
    ("Fighters attacked a village near Beni on Sunday. The UN-funded Radio Okapi, citing local sources, said "
     "that 19 civilians were killed.", "Radio Okapi", "local sources"),
    ("An airstrike hit a village near Mandalay on Friday. Radio Free Asia, citing residents, "
     "reported that seven people were killed.", "Radio Free Asia", "residents"),
    ("Gunmen attacked a bus near Djibo on Monday. The Sahel Post newspaper, quoting survivors, said 23 "
     "passengers were killed.", "Sahel Post", "survivors"),
])
def test_an_outlet_citing_a_short_source_relays_it(extract, text: str, relay: str,  # type: ignore[no-untyped-def]
                                                    cited: str) -> None:
    claims = [c for c in extract(text).claims if c.killed is not None]
    assert claims, text
    assert all(relay not in c.source.name and "citing" not in c.source.text.lower() for c in claims)
    assert any(cited in c.source.text for c in claims)
    assert any(relay in " ".join(c.source.via) for c in claims)


@pytest.mark.parametrize("text", [
    # a finite "cited" with a thing for its object is the subject's own reason, not a relay
    "Fighting killed 30 people in Kadugli on Tuesday. The army cited security concerns and said 30 "
    "attackers were killed.",
])
def test_a_cited_reason_is_no_relay(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.killed is not None]
    assert any("army" in c.source.name.lower() or "military" in c.source.name.lower() for c in claims)
