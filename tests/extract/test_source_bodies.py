"""Sources named by the body they speak for (issue 11), on sentences written for the project:
a minister "of" a body, a force's command, a body named again by its head noun, and a charity
described after an army was named."""

from __future__ import annotations

import pytest

from rashomon.extract.source_names import command_force, without_person


@pytest.mark.parametrize(("text", "name"), [
    ("Foreign Minister of the NUG Zin Mar Aung said junta jets bombed a school in Sagaing.", "NUG"),
    ("A spokesman for the TPLF Getachew Reda said Eritrean troops shelled Adigrat.", "TPLF"),
    # a minister of a bare country speaks for its government (tests/extract/test_state_officials.py)
    ("Foreign Minister of Sudan Ali Sadiq said the RSF attacked the convoy near El Obeid.", "Sudanese government"),
])
def test_a_title_of_a_body_names_the_body_not_the_person(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in extract(text).claims] == [name]


@pytest.mark.parametrize(("org", "persons", "expected"), [
    ("Sudan Ali Sadiq", ("Ali Sadiq",), "Sudan"),
    ("Joint Chiefs of Staff Gen. Mark Milley", ("Mark Milley",), "Joint Chiefs of Staff"),
    ("Kurdistan Region", ("Saman Barzanji",), "Kurdistan Region"),
    (None, ("Saman Barzanji",), None),
])
def test_without_person(org: str | None, persons: tuple[str, ...], expected: str | None) -> None:
    assert without_person(org, persons) == expected


@pytest.mark.parametrize(("name", "force"), [
    ("SAF command centre", "SAF"),
    ("The SAF's command centre", "SAF"),
    ("RSF General Command", "RSF"),
    ("the M23 military headquarters", "M23"),
    ("Kivu Security Center", None),
    ("the army's general command", None),  # no name before it: left to the gazetteer
])
def test_command_force(name: str, force: str | None) -> None:
    assert command_force(name) == force


@pytest.mark.parametrize(("text", "name"), [
    ("The M23 command centre rejected what it called lies from Kinshasa about the shelling of Sake.", "M23"),
    ("The RSF General Command said its fighters repelled an attack on Nyala.", "RSF"),
])
def test_a_forces_command_speaks_for_the_force(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in extract(text).claims] == [name]


@pytest.mark.parametrize(("text", "written", "name"), [
    ("The Security Council of Armenia said Azerbaijani troops shelled Jermuk. The council said the "
     "attack broke the truce.", "The council", "Security Council"),
    ("The Sovereignty Council of Sudan said the RSF shelled Omdurman. The council added that ten "
     "civilians died.", "The council", "Sovereignty Council"),
    ("The Provincial Assembly of North Kivu said M23 shelled Sake. The assembly called for a "
     "ceasefire.", "The assembly", "Provincial Assembly"),
])
def test_a_body_named_again_by_its_head(extract, text: str, written: str, name: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.source.text == written]
    assert claims and name in claims[0].source.name, [(c.source.name, c.source.text) for c in extract(text).claims]
    assert text[claims[0].source.start:claims[0].source.end] == written


def test_rebels_after_an_army_keep_their_own_name(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The army said rebels attacked. The rebels said the army shelled the village.").claims
    assert "rebels" in [c.source.name for c in claims]


@pytest.mark.parametrize("text", [
    "Myanmar Air Force jets hit a clinic of Kachin Relief Network, which the charity organization "
    "called a deliberate attack.",
    "The Sudanese Armed Forces shelled a clinic run by Mercy Hands Foundation in what the charity "
    "organization called a deliberate attack.",
])
def test_a_charity_is_not_the_army_named_before_it(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    for c in extract(text).claims:
        if c.source.text == "the charity organization":
            assert "military" not in c.source.name.lower() and "forces" not in c.source.name.lower(), c.source


@pytest.mark.parametrize(("text", "local"), [
    ("A Malian police chief said the drone hit a wedding near the river. Moussa, the Mopti police "
     "chief, said nine guests died.", "Mopti police"),
    ("A Sudanese police officer said the drone hit the market. The Darfur police said the RSF "
     "launched it.", "Darfur police"),
    ("A Congolese police officer said M23 shelled the camp. The Ituri police said six people died. "
     "The Kivu police said the road was closed.", None),  # two local bodies: which one is unknown
])
def test_an_unnamed_national_individual_is_the_local_body(extract, text: str,  # type: ignore[no-untyped-def]
                                                          local: str | None) -> None:
    first = extract(text).claims[0]
    if local is None:
        assert first.source.name.split()[0] == "Congolese", first.source
    else:
        assert first.source.name == local, first.source


@pytest.mark.parametrize("text", [
    "The data was confirmed by strategists in both parties.",
    "The emails were released by the rebels in Kachin State.",
])
def test_a_document_as_passive_subject_says_nothing(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in extract(text).claims if c.source.text.lower().startswith("the ")]


@pytest.mark.parametrize(("text", "written"), [
    ("Donald Trump spoke in Ohio. Trump accused the nation's top elected Republican of being a weak leader.",
     "Trump"),
    ("Gustavo Petro spoke in Cali. Petro accused the ELN of breaking the ceasefire in Arauca.", "Petro"),
])
def test_a_name_the_tagger_took_for_a_noun_still_speaks(extract, text: str, written: str) -> None:  # type: ignore[no-untyped-def]
    assert written in [c.source.text for c in extract(text).claims]


@pytest.mark.parametrize(("names", "expected"), [
    (["Khartoum Ministry of Health’s Emergency Directorate", "Emergency Unit of the Sudanese Ministry of Health"],
     {"Emergency Unit of the Sudanese Ministry of Health": "Khartoum Ministry of Health’s Emergency Directorate"}),
    (["Sudan Doctors Network", "Sudan Doctors Union"], {}),  # two words: a family of bodies, not one
    (["Kivu Ministry of Health", "Kivu Ministry of Mines"], {}),
])
def test_same_body_names(names: list[str], expected: dict[str, str]) -> None:
    from rashomon.extract.source_names import same_body_names

    assert same_body_names(names) == expected
