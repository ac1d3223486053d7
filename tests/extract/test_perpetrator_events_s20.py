"""Parties that are no doers of the incident, told beside its attack words (session 20, events):

- an occasion clause: a country or its forces doing something else at the time of the report
  ("…, the ministry said, as Nigeria began a state of emergency", "as French troops pulled
  out"): the clause dates the report, it blames no one;
- a sentence right after a background incident's that goes on about it ("… at the time", "…
  later said one of its members carried it out"): its claims are about that incident.

Sentences written for the project, about conflicts no eval or probe set covers.
"""

from __future__ import annotations

import pytest


def _perpetrators(extract, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [c.perpetrator for c in extract(text).claims]


def _names(extract, text: str, named: str) -> bool:  # type: ignore[no-untyped-def]
    return any(p is not None and named in p for p in _perpetrators(extract, text))


@pytest.mark.parametrize(("text", "named"), [
    ("A car bomb killed nine people in Tripoli on Friday. Security analysts said the timing, days after "
     "the vote and as Turkish forces pulled out, suggested the group wanted to show it could still "
     "strike the capital.", "Turkey"),
    ("Gunmen killed 20 villagers near Bambari on Sunday. Analysts said the attack, which came as France "
     "withdrew its last troops, showed the rebels could still strike at will.", "France"),
    ("The toll from the bombing of a church in Kaduna rose to 28 on Monday, with 77 people wounded, "
     "police spokesman Musa Ade said on the attack, while Nigeria began three days of mourning.", "Nigeria"),
    ("A bomb killed 12 people at a bus station in Batticaloa on Tuesday. The attack showed the group "
     "could still strike, a police officer said, hours after Sri Lanka lifted its state of emergency.",
     "Sri Lanka"),
])
def test_an_occasion_clause_names_no_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert not _names(extract, text, named), _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "named"), [
    # near-misses: a doer named outside the occasion clause, or the occasion clause's own attack
    ("A drone strike killed nine people in Marib on Friday. Officials said Saudi Arabia was behind the "
     "strike, as Yemen declared three days of mourning.", "Saudi Arabia"),
    ("Shells hit a market in Stepanakert on Monday, killing six people. Officials said the attack came "
     "as Azerbaijani forces shelled the town for a second day.", "Azerbaijan"),
])
def test_a_doer_beside_an_occasion_clause_stays(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert _names(extract, text, named), _perpetrators(extract, text)


def _frames_of(extract, text: str, source: str) -> list[int | None]:  # type: ignore[no-untyped-def]
    return [c.frame for c in extract(text).claims if source in (c.source.name or "")]


@pytest.mark.parametrize(("text", "source"), [
    ("A car bomb killed nine soldiers in Beledweyne on Monday, the army said. Last year, a truck bomb "
     "killed 20 people at a checkpoint in Mogadishu. Al-Shabaab later said one of its fighters had "
     "carried it out.", "Shabaab"),
    ("Gunmen killed 18 villagers near Bria on Sunday, a local official said. In January, an attack on a "
     "camp near Kaga-Bandoro killed 25 people. The government blamed the UPC rebels at the time, a "
     "charge the group rejected.", "group"),
    ("A suicide bomber killed 12 people at a mosque in Konduga on Friday, police said. In March, a bomb "
     "killed 30 people at a market in Maiduguri. Boko Haram said at the time that its fighters had "
     "planted it.", "Boko Haram"),
])
def test_a_sentence_going_on_about_the_background_incident_is_its(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    frames = _frames_of(extract, text, source)
    assert frames and 0 not in frames, frames


@pytest.mark.parametrize(("text", "source"), [
    # near-misses: the article's own incident named again, or no background incident before
    ("A suicide bomber killed 12 people at a mosque in Konduga on Friday, police said. In March, a bomb "
     "killed 30 people at a market in Maiduguri. Boko Haram later said one of its fighters carried out "
     "Friday's attack.", "Boko Haram"),
    ("A suicide bomber killed 12 people at a mosque in Konduga on Friday, police said. Boko Haram later "
     "said one of its fighters had carried it out.", "Boko Haram"),
])
def test_the_articles_incident_keeps_its_claims(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert _frames_of(extract, text, source) == [0], _frames_of(extract, text, source)


@pytest.mark.parametrize(("text", "kind"), [
    # a platform only saying what kind of thing a noun is: a base, a fleet, footage
    ("Gunmen on motorbikes killed 70 villagers near Tillaberi on Saturday, the government said. France "
     "maintains a drone base in the capital, Niamey.", "ground_attack"),
    ("Gunmen killed 30 people in a village near Kidal on Sunday, officials said. The United States runs "
     "a drone base near the town.", "ground_attack"),
    ("Gunmen killed 40 miners near Djibo on Monday, a local official said. Both services run "
     "separate drone fleets in the north.", "ground_attack"),
    # near-misses: the platform struck
    ("Drones struck a market in Dilla on Monday, killing 20 people, residents said.", "drone_strike"),
    ("Tank shells hit a school in Mekelle on Tuesday, killing nine children, a doctor said.", "shelling"),
])
def test_a_platform_naming_a_kind_of_thing_types_no_attack(extract, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text).frames
    assert frames and frames[0].type == kind, [f.type for f in frames]


@pytest.mark.parametrize(("text", "named"), [
    # blame told as who the doers were found to be, or as the passive of "blame X on Y"
    ("Gunmen killed 30 people in Buthidaung on Sunday. Police said the attackers had been identified as "
     "members of the Arakan Army.", "Arakan Army"),
    ("Gunmen killed 22 villagers near Menaka on Sunday. A security source said several of the attackers "
     "had been identified as fighters of JNIM.", "JNIM"),
    ("Gunmen killed 22 villagers near Menaka on Sunday. The governor said the attackers were fighters "
     "from JNIM.", "JNIM"),
    ("Gunmen killed 22 villagers near Menaka on Sunday. The attack was blamed on JNIM by the government.",
     "JNIM"),
    ("A bomb killed nine people in Sittwe on Monday. The bombing has been blamed on the Arakan Army by "
     "the junta.", "Arakan Army"),
])
def test_blame_told_without_an_attack_word_names_the_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert _names(extract, text, named), _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "named"), [
    # near-misses: the victims identified, or the doers' country of origin
    ("Gunmen killed 30 people in Buthidaung on Sunday. Police said two of the victims had been "
     "identified as members of the Arakan Army.", "Arakan Army"),
    ("Gunmen killed 30 people in Buthidaung on Sunday. The army said it had identified the dead as "
     "members of the Arakan Army.", "Arakan Army"),
    ("Gunmen killed 22 villagers near Tillia on Sunday. The governor said the attackers were young men "
     "from Mali.", "Mali"),
])
def test_the_victims_identified_name_no_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert not _names(extract, text, named), _perpetrators(extract, text)


@pytest.mark.parametrize(("text", "named"), [
    # the group blamed by a word pointing back to the one named before
    ("Gunmen killed 22 villagers near Menaka on Sunday. JNIM denied any role in the killings, hours after "
     "the attack was blamed on the group by the government.", "JNIM"),
    ("A bomb killed nine people in Sittwe on Monday. The Arakan Army said it had no fighters in the area. "
     "Hours later, the bombing was blamed on the group by the junta.", "Arakan Army"),
])
def test_the_group_blamed_is_the_one_named_before(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.stance == "asserts"]
    assert any(c.perpetrator is not None and named in c.perpetrator for c in claims), \
        [(c.source.name, c.perpetrator) for c in claims]


@pytest.mark.parametrize("text", [
    # near-misses: another charge, or a state named last
    "A bomb killed nine people in Sittwe on Monday. The Arakan Army said it had no fighters in the area. "
    "The junta blamed the group's silence on fear.",
    "A bomb killed nine people in Sittwe on Monday. The Arakan Army said the Myanmar army was to blame. "
    "The junta blamed the bombing on the group's allies in Bangladesh.",
])
def test_the_group_word_names_no_one_charged_with_no_attack(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    junta = [c.perpetrator for c in extract(text).claims if c.source.name == "junta"]
    assert junta == [None] * len(junta), junta


@pytest.mark.parametrize(("text", "named"), [
    # the defender's shooting down is no attack of its own, whatever it is said of
    ("Russia fired 30 drones at Kyiv overnight, killing two people, the mayor said. Ukraine's air force "
     "said it had shot down 25 of the 30 drones.", "Ukraine"),
    ("Houthi missiles hit a port in Jizan on Sunday, killing three workers, officials said. The coalition "
     "said its air defences had brought down most of them.", "Saudi"),
])
def test_shooting_down_names_no_doer(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert not _names(extract, text, named), _perpetrators(extract, text)


def test_the_attackers_fire_stays_theirs(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Drones struck Kyiv overnight, killing two people. Russia's defence ministry said its forces had "
            "fired drones and missiles at military targets in the city.")
    assert _names(extract, text, "Russia"), _perpetrators(extract, text)


def test_who_intercepted_the_weapons_is_no_doer(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Missiles struck an air base near Homs on Monday, killing five soldiers. State media said eight "
            "missiles were launched at the base but that five of them were intercepted by Syrian air defence "
            "units before reaching their targets.")
    assert not _names(extract, text, "Syria"), _perpetrators(extract, text)
