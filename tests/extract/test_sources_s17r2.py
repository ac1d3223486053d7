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
