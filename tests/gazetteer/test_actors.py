"""Actor gazetteer: source phrases as news write them, parties, unknowns."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.errors import ConfigError
from rashomon.gazetteer.actors import ActorGazetteer


@pytest.fixture(scope="module")
def actors() -> ActorGazetteer:
    return ActorGazetteer.load()


SOURCES = [
    ("Syria's state news agency SANA", "SANA", "state_media"),
    ("Syria’s official news agency SANA", "SANA", "state_media"),
    ("the Syrian Arab News Agency", "SANA", "state_media"),
    ("state-run SANA", "SANA", "state_media"),
    ("Syrian state television", "Syrian state media", "state_media"),
    ("the Britain-based war monitor", "SOHR", "monitor"),
    ("the UK-based monitoring group", "SOHR", "monitor"),
    ("the Syrian Observatory for Human Rights", "SOHR", "monitor"),
    ("Rami Abdel Rahman, head of the Observatory", "SOHR", "monitor"),
    ("Observatory director Rami Abdulrahman", "SOHR", "monitor"),
    ("Major Jane Doe of the U.S. Central Command", "US military", "military"),
    ("Captain John Roe, a spokesman for United States Central Command", "US military",
     "military"),
    ("Pentagon spokeswoman Sabrina Example", "US military", "military"),
    ("a CENTCOM official", "US military", "military"),
    ("the Defense Department", "US military", "military"),
    ("a spokesperson for the Popular Mobilization Forces", "PMF", "armed_group"),
    ("Iraq's Popular Mobilisation Forces", "PMF", "armed_group"),
    ("the Hashd al-Shaabi", "PMF", "armed_group"),
    ("Kataib Hezbollah", "Kataib Hezbollah", "armed_group"),
    ("Kata'ib Hizballah", "Kataib Hezbollah", "armed_group"),
    ("CENTCOM", "US military", "military"),
    ("CJTF-OIR", "US military", "military"),
    ("the US-led coalition", "US military", "military"),
    ("the U.S.-led coalition", "US military", "military"),
    ("a coalition spokesman for Operation Inherent Resolve", "US military", "military"),
    ("an Israeli military spokesperson", "Israel military", "military"),
    ("the IDF", "Israel military", "military"),
    ("the Israel Defense Forces", "Israel military", "military"),
    ("Israeli Air Force", "Israel military", "military"),
    ("Russia's Defence Ministry", "Russian military", "military"),
    ("the Russian Defense Ministry", "Russian military", "military"),
    ("the Russian Ministry of Defense", "Russian military", "military"),
    ("Hamas-run health ministry", "Gaza health ministry", "government"),
    ("the health ministry in Gaza", "Gaza health ministry", "government"),
    ("Islamic Jihad", "Islamic Jihad", "armed_group"),
    ("the Palestinian Islamic Jihad militant group", "Islamic Jihad", "armed_group"),
    ("Hezbollah", "Hezbollah", "armed_group"),
    ("Hizbollah's media office", "Hezbollah", "armed_group"),
    ("the Houthis", "Houthis", "armed_group"),
    ("Yemen's Ansar Allah movement", "Houthis", "armed_group"),
    ("Houthi military spokesman Yahya Saree", "Houthis", "armed_group"),
    ("the Saudi-led coalition", "Saudi-led coalition", "military"),
    ("Ukraine's air force", "Ukrainian air force", "military"),
    ("the Ukrainian military", "Ukrainian military", "military"),
    ("the Polish government", "Polish government", "government"),
    ("Polish President Andrzej Duda", "Polish government", "government"),
    ("NATO", "NATO", "military"),
    ("Reuters", "Reuters", "media"),
    ("AFP", "AFP", "media"),
    ("Agence France-Presse", "AFP", "media"),
    ("AP", "AP", "media"),
    ("the Associated Press", "AP", "media"),
    ("Al Jazeera", "Al Jazeera", "media"),
    ("Al-Mayadeen", "Al Mayadeen", "media"),
    ("Fars news agency", "Fars", "state_media"),
    ("Tasnim", "Tasnim", "state_media"),
    ("IRNA", "IRNA", "state_media"),
    ("TASS", "TASS", "state_media"),
    ("RIA Novosti", "RIA Novosti", "state_media"),
    ("Hezbollah's Al-Manar TV", "Al-Manar", "media"),
    ("Press TV", "Press TV", "state_media"),
    ("the UN", "UN", "official"),
    ("the United Nations", "UN", "official"),
    ("the White House", "White House", "government"),
    ("Iran's foreign ministry", "Iranian foreign ministry", "government"),
    ("the Syrian army", "Syrian military", "military"),
    ("Syrian military", "Syrian military", "military"),
    ("the Iraqi government", "Iraqi government", "government"),
    ("the Iraqi military", "Iraqi military", "military"),
    ("the Lebanese army", "Lebanese military", "military"),
    ("Damascus", "Syrian government", "government"),
    ("the Kremlin", "Kremlin", "government"),  # the presidential office: a body of its own
    ("a spokesman for Russian President Vladimir Putin", "Russian government", "government"),
]


@pytest.mark.parametrize(("text", "name", "kind"), SOURCES)
def test_source_phrase(actors: ActorGazetteer, text: str, name: str, kind: str) -> None:
    actor = actors.resolve(text)
    assert actor is not None, text
    assert (actor.name, actor.kind) == (name, kind)


@pytest.mark.parametrize("text", [
    "a war monitor", "the monitor", "a witness", "local residents", "a source close to us",
    "officials", "the ministry", "a military commander", "Defense Ministry", "", "the coalition",
    "he told us",
])
def test_unknown_sources(actors: ActorGazetteer, text: str) -> None:
    assert actors.resolve(text) is None


def test_affiliation_decides(actors: ActorGazetteer) -> None:
    actor = actors.resolve("Hassan Example, a commander with Kataib Hezbollah, part of the PMF")
    assert actor is not None and actor.name == "Kataib Hezbollah"


def test_parties_of_actors(actors: ActorGazetteer) -> None:
    party = {name: a.party for name in ("US military", "Israel military", "PMF", "SANA",
                                        "Kataib Hezbollah", "Russian military", "Islamic Jihad")
             if (a := actors.resolve(name)) is not None}
    assert party == {"US military": "US", "Israel military": "Israel", "PMF": "PMF",
                     "SANA": "Syria", "Kataib Hezbollah": "Kataib Hezbollah",
                     "Russian military": "Russia", "Islamic Jihad": "Islamic Jihad"}


@pytest.mark.parametrize(("text", "party"), [
    ("U.S.", "US"), ("American", "US"), ("probably American drones", "US"),
    ("US-led coalition", "US"), ("the U.S.-led coalition", "US"), ("Israeli", "Israel"),
    ("Israeli jets", "Israel"), ("Israeli warplanes", "Israel"), ("Russian", "Russia"),
    ("Russian missiles", "Russia"), ("Iranian", "Iran"), ("Turkish", "Turkey"),
    ("Turkish drones", "Turkey"), ("Saudi-led coalition", "Saudi-led coalition"),
    ("Houthi", "Houthis"), ("the Houthis", "Houthis"), ("Hamas", "Hamas"),
    ("Hezbollah", "Hezbollah"), ("Islamic Jihad", "Islamic Jihad"), ("ISIS", "Islamic State"),
    ("the Islamic State group", "Islamic State"), ("Kataib Hezbollah", "Kataib Hezbollah"),
])
def test_party(actors: ActorGazetteer, text: str, party: str) -> None:
    assert actors.party(text) == party


@pytest.mark.parametrize("text", ["unidentified jets", "unknown aircraft", "they hit us", ""])
def test_no_party(actors: ActorGazetteer, text: str) -> None:
    assert actors.party(text) is None


def test_find_offsets(actors: ActorGazetteer) -> None:
    text = ("SANA said US-led coalition jets struck, the Syrian Observatory for Human Rights "
            "said 52 died, and the Pentagon denied it, Reuters reported. The PMF told us so.")
    found = [(text[s:e], a.name) for s, e, a in actors.find(text)]
    assert found == [("SANA", "SANA"), ("US-led coalition", "US military"),
                     ("Syrian Observatory for Human Rights", "SOHR"), ("Pentagon", "US military"),
                     ("Reuters", "Reuters"), ("PMF", "PMF")]


def test_case_sensitive_short_aliases(actors: ActorGazetteer) -> None:
    assert actors.find("Officials in Sana said it is unclear, a source told us.") == []


def test_size(actors: ActorGazetteer) -> None:
    assert len(actors.actors()) >= 80


def test_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - kind: military\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        ActorGazetteer.load(path)


def test_custom_file(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - {name: Example Force, kind: armed_group, party: EF,"
                    " country: SY, aliases: [the Example Brigade]}\n", encoding="utf-8")
    actor = ActorGazetteer.load(path).resolve("a commander of the Example Brigade")
    assert actor is not None and actor.name == "Example Force" and actor.party == "EF"


PHRASES = [text for text, _, _ in SOURCES
           if text not in ("AP", "the UN", "state-run SANA")]  # case-sensitive short aliases


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(PHRASES), st.sampled_from(["upper", "lower", "title", "us"]))
def test_resolve_invariant(actors: ActorGazetteer, text: str, how: str) -> None:
    if how == "us":
        changed = text.replace("U.S.", "US").replace("United States", "US")
    else:
        changed = getattr(text, how)()
    assert actors.resolve(changed) == actors.resolve(text)
