"""Source names on unseen incidents (session 17, round 2, sources): bare institutional plurals
take the story's one country; sentences written for the project about conflicts no eval set
covers."""

from __future__ import annotations

import pytest

from rashomon.extract.source_country import story_country


def _by_text(claims) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {c.source.text: c.source.name for c in claims}


# --- "officials said" in a story set in one country: that country's officials -------------------
@pytest.mark.parametrize(("text", "speaker", "name"), [
    ("A bomb exploded on a bus in the northern Sri Lankan town of Vavuniya on Tuesday, killing 12 "
     "passengers, officials said.", "officials", "Sri Lankan officials"),
    ("COLOMBO, Sri Lanka, May 3 - A bomb exploded on a bus near Vavuniya on Tuesday, killing 12 "
     "passengers, police said.", "police", "Sri Lankan police"),
    ("Separatist fighters attacked a school in Cameroon's Northwest region on Friday. Authorities "
     "said 6 pupils had been killed.", "Authorities", "Cameroonian authorities"),
])
def test_a_bare_plural_takes_the_story_country(extract, text: str, speaker: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _by_text(extract(text).claims).get(speaker) == name


@pytest.mark.parametrize(("text", "speaker"), [
    # two countries' officials quoted: "officials" is either side's
    ("Gunmen killed 9 soldiers near Badme in Ethiopia on Monday, officials said. Eritrean officials "
     "denied that their troops had crossed the border.", "officials"),
    # the attacker's nationality names no place, and the story names no country as a place
    ("A Russian drone hit a market on Monday, killing five people, officials said.", "officials"),
])
def test_a_bare_plural_stays_bare_when_the_country_is_open(extract, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _by_text(extract(text).claims).get(speaker) == speaker


def test_the_story_country_reads_places_not_attackers() -> None:
    text = "A Colombian army patrol was ambushed in the Ecuadorean province of Sucumbios, officials said."
    assert story_country(text, 0, len(text)) == "EC"
    one = "Shelling from Armenia hit villages in Azerbaijan's Tovuz district, officials said."
    assert story_country(one, 0, len(one)) == "AZ"  # "from Armenia" is where the fire came from
    two = "Shelling hit villages in Armenia and in Azerbaijan's Tovuz district, officials said."
    assert story_country(two, 0, len(two)) is None


# --- a specialised body of a state keeps its name (CONVENTIONS), the presidency too -------------
@pytest.mark.parametrize(("text", "speaker", "name"), [
    ("Gunmen attacked a church in Derbent in Dagestan on Sunday, killing 19 people. Russia's "
     "prosecutor-general's office said it had opened a terrorism case.",
     "Russia's prosecutor-general's office", "Russia's prosecutor-general's office"),
    ("Gunmen attacked a church in Derbent in Dagestan on Sunday, killing 19 people. Russia's interior "
     "ministry said 15 of the dead were policemen.", "Russia's interior ministry", "Russian interior ministry"),
    ("Gunmen attacked a church in Derbent in Dagestan on Sunday. Kremlin spokesman Dmitry Peskov said "
     "the president had been briefed.", "Kremlin spokesman Dmitry Peskov", "Kremlin"),
    ("A drone hit a bus stop in Kherson on Sunday. Ukraine's national police said 4 people were killed.",
     "Ukraine's national police", "Ukraine's national police"),
    ("A missile hit the station in Lviv on Sunday. Ukraine's state railway company said two trains were "
     "damaged.", "Ukraine's state railway company", "Ukraine's state railway company"),
    # not fired: the state's government and foreign ministry are the government
    ("Gunmen attacked a church in Derbent in Dagestan on Sunday. Russia's foreign ministry said foreign "
     "services were behind it.", "Russia's foreign ministry", "Russian government"),
    ("Gunmen attacked a church in Derbent in Dagestan on Sunday. Russia's government said the attackers "
     "were linked to Islamic State.", "Russia's government", "Russian government"),
])
def test_a_specialised_body_keeps_its_name(extract, text: str, speaker: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _by_text(extract(text).claims).get(speaker) == name


# --- "X, the administrator of <place>": the place's administration, not the place ---------------
def test_an_administrator_speaks_for_the_administration(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed 14 people near Turbat on Sunday, Ali Baloch, the top civilian administrator of "
            "Kech, said. Sara Khan, the head of the Balochistan Red Crescent, said 30 were hurt.")
    names = _by_text(extract(text).claims)
    assert names.get("Ali Baloch") == "Kech administration", names
    assert names.get("Sara Khan") == "Balochistan Red Crescent", names  # a body after "of" stays the body


# --- "It" after a banner or video: whoever signed it ------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen killed 11 people at a bar in Celaya on Saturday. Police said the attackers fled in two "
     "trucks. A banner signed by the Santa Rosa de Lima cartel was left near the bar on Sunday. It "
     "denied any role in the attack and blamed a rival gang.", "Santa Rosa de Lima cartel"),
    ("Gunmen killed 11 villagers near Kumba in Cameroon on Saturday. Soldiers said separatists were "
     "responsible. A video posted by the Ambazonia Defence Forces appeared online on Sunday. It denied "
     "any role in the killings.", "Ambazonian separatists"),
])
def test_it_after_a_signed_text_is_the_signer(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.source.text == "It"]
    assert claims and all(c.source.name == name for c in claims), [(c.source.text, c.source.name) for c in claims]


def test_it_after_an_unsigned_text_keeps_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed 11 villagers near Kumba on Saturday. The army said separatists were responsible. "
            "A wall near the village was covered in slogans. It said the separatists would return.")
    claims = [c for c in extract(text).claims if c.source.text == "It"]
    assert all(c.source.name == "army" for c in claims)


# --- an anonymous officer after a minister is not the minister -------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen killed 11 soldiers near Quetta on Sunday. Interior Minister Sarfraz Bugti said the attackers "
     "came from Afghanistan. \"We lost four men in one patrol,\" said an officer who asked not to be named.",
     "officer"),
    # not fired: after a body, a bare title is its officer
    ("Gunmen killed 11 soldiers near Quetta on Sunday. The Frontier Corps said the attackers came from "
     "Afghanistan. \"We lost four men in one patrol,\" said an officer who asked not to be named.",
     "Frontier Corps"),
])
def test_an_anonymous_officer_is_no_ministers(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _by_text(extract(text).claims).get("an officer") == name


# --- "NAME, the governor of <territory>": the territory's governor, later mentions too ----------
def test_a_territorys_head_is_named_by_the_territory(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed nine people near Suarez on Sunday. Elias Larrahondo, the governor of Cauca, said "
            "the attackers were FARC dissidents. Maria Lopez, the mayor of Suarez, said 12 were hurt. Larrahondo "
            "said troops had been sent. Juan Diaz, the head of the Cauca Red Cross, said 3 were missing.")
    names = _by_text(extract(text).claims)
    assert names.get("Elias Larrahondo") == "Cauca governor", names
    assert names.get("Larrahondo") == "Cauca governor", names
    assert names.get("Maria Lopez") == "Suarez mayor", names
    assert names.get("Juan Diaz") == "Cauca Red Cross", names  # not fired: a body's head speaks for the body
