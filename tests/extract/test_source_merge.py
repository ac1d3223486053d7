"""One party, one name (rashomon.extract.source_merge), on sentences written for the project."""

from __future__ import annotations

import pytest

from rashomon.extract.source_merge import bare_title, fighter_description

# (text, words as written of a speaker, the name it must get)
MERGED = [
    # a bare speaker title: the body named just before it
    ("The Arakan Liberation Front denied shelling the market in Sittwe. A spokesman said the "
     "rebels had no units near the town.", "A spokesman", "Arakan Liberation Front"),
    ("The March 23 Movement said government jets bombed its positions near Goma. The "
     "spokeswoman added that four fighters were killed.", "The spokeswoman", None),
    ("Azerbaijan's Defence Ministry said Armenian forces shelled its posts near Lachin. An "
     "official said two soldiers were wounded in the attack.", "An official", None),
    # a fighter description: the armed group named in the article
    ("Rebels said army drones struck a market in Kutkai, killing nine. A spokesman for the "
     "Ta'ang National Liberation Army (TNLA) said the strike hit a school.", "Rebels", "TNLA"),
    ("The Kachin rebels said the air strike killed 20 people. Colonel Naw Bu, a spokesman for "
     "the Kachin Independence Organisation, said a concert was hit.", "The Kachin rebels",
     "Kachin Independence Organisation"),
    ("Insurgents said they attacked the base near Menaka, killing ten soldiers. The Islamic "
     "State Sahel Province claimed the raid in a statement.", "Insurgents", "Islamic State"),
    # the spokesperson of a head of government speaks for the government
    ("The Sudanese government denied bombing the camp near Nyala. President Salva Kiir's "
     "spokesman said no aircraft flew that day.", "President Salva Kiir's spokesman",
     "Sudanese government"),
    ("Prime Minister Nikol Pashinyan's spokeswoman declined to comment on the shelling near "
     "Jermuk.", "Prime Minister Nikol Pashinyan's spokeswoman", "government"),
    # a person named without title right after an unnamed spokesperson of the body
    ("A spokesman for the National Liberation Army (ELN) denied that its fighters attacked the "
     "patrol in Arauca.\n\nAntonio Garcia blamed the attack on a dissident faction.",
     "Antonio Garcia", "ELN"),
]


@pytest.mark.parametrize(("text", "written", "name"), MERGED)
def test_descriptions_take_the_body_named(extract, text: str, written: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    # the claim the description makes: its words as written are the source text, or (a
    # described antecedent keeps the antecedent's words, extract/source_offsets) its evidence
    said = [c for c in claims if c.source.text == written
            or (c.source.start is None and c.evidence.text.startswith(written))]
    assert said, {c.source.text: c.source.name for c in claims}
    if name is None:  # the name of the first body named in the text
        name = claims[0].source.name
    assert {c.source.name for c in said} == {name}


# (text, speaker as written, a name it must NOT take)
KEPT_APART = [
    # a named spokesperson is not the next person
    ("RSF spokesman Mohamed al-Mukhtar said the army shelled the market in Omdurman.\n\n"
     "Jibril Ibrahim said the shelling came from the east.", "Jibril Ibrahim", "RSF"),
    # plural officials stay a collective of their own
    ("The Congolese army said M23 rebels shelled the camp near Goma. Officials said 12 people "
     "were killed in the shelling.", "Officials", None),
    # a demonym that does not fit the armed group's name
    ("The Shan rebels said the strike killed 11 people. A spokesman for the Kachin Independence "
     "Organisation (KIO) said the jets came from the south.", "The Shan rebels", "KIO"),
]


@pytest.mark.parametrize(("text", "written", "not_name"), KEPT_APART)
def test_other_speakers_keep_their_names(extract, text: str, written: str, not_name: str | None) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    by_text = {c.source.text: c.source.name for c in claims}
    assert written in by_text, by_text
    if not_name is None:
        not_name = claims[0].source.name
    assert by_text[written] != not_name


@pytest.mark.parametrize(("text", "expected"), [
    ("a spokesman", True), ("The spokeswoman", True), ("An official", True),
    ("officials", False), ("the sources", False), ("a spokesman for the KIO", False),
    ("Colonel Naw Bu", False),
])
def test_bare_title(text: str, expected: bool) -> None:
    assert bare_title(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("rebels", ()), ("the Tigrayan rebels", ("tigrayan",)), ("Kachin insurgents", ("kachin",)),
    ("The militants", ()), ("the government", None), ("residents of the town near the camp", None),
])
def test_fighter_description(text: str, expected: tuple[str, ...] | None) -> None:
    assert fighter_description(text) == expected
