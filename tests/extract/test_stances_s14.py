"""Stances on conflicts no eval set covers (issue 10): claims of responsibility, denials that
embed the claim they reject, a party's record beside the incident, counter-accusations, and
speakers in a relative clause. Sentences written for the project."""

from __future__ import annotations

import pytest


def _claims(extract, text: str):  # type: ignore[no-untyped-def]
    return extract(text).claims


def _by(claims, name: str):  # type: ignore[no-untyped-def]
    return [c for c in claims if c.source.name.lower() == name.lower()]


# --- a claim of responsibility confirms the perpetrator --------------------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("The Houthis said they had fired two ballistic missiles at a tanker in the Red Sea.", "Houthis"),
    ("Al-Shabaab said its fighters had stormed the base in Lower Shabelle and killed dozens of soldiers.",
     "al-Shabaab"),
    ("JNIM claimed responsibility for the ambush near Djibo in a statement on Telegram.", "JNIM"),
    # the second cue hangs on the first one's content but shares its speaker
    ("Islamic State's Amaq news agency said in a statement on Friday that its fighters had detonated "
     "an explosive device in a market in Tillaberi, and claimed that dozens had been killed.", "Islamic State"),
])
def test_a_claim_of_responsibility_confirms(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    claims = _by(_claims(extract, text), source)
    assert any(c.stance == "confirms" and c.perpetrator for c in claims), [
        (c.source.name, c.stance, c.perpetrator) for c in _claims(extract, text)]


def test_a_second_cue_is_not_credited_to_the_fighters(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Islamic State's Amaq news agency said that its fighters had attacked a convoy near Ménaka, "
            "and claimed that 20 soldiers had been killed.")
    names = {c.source.name for c in _claims(extract, text)}
    assert "its fighters" not in names and "Islamic State" in names, names


# --- a denial that embeds the claim it rejects ----------------------------------------------

@pytest.mark.parametrize("text", [
    "The Azerbaijani Defence Ministry rejected as disinformation Armenian claims that its army had shelled "
    "a border village in Tavush.",
    "The Ethiopian government rejected the group's claims that its drones had hit a clinic in Gondar.",
    "The army dismissed reports that its soldiers had burned houses in Kutkai.",
    "The Ethiopian government called the accusation that its drones struck a market in Amhara baseless.",
])
def test_an_embedded_claim_is_no_confirmation(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    stances = {c.stance for c in _claims(extract, text)}
    assert stances == {"denies"}, stances


def test_the_accused_of_a_deed_is_the_perpetrator(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Azerbaijan's Defence Ministry rejected the report and accused Armenian forces of firing on "
            "Azerbaijani army positions in the Lachin district.")
    accusing = [c for c in _claims(extract, text) if c.stance in {"asserts", "confirms"}]
    assert accusing and all(c.perpetrator == "Armenia" and c.stance == "asserts" for c in accusing), [
        (c.stance, c.perpetrator) for c in accusing]


# --- a party's record is not its word on this incident --------------------------------------

@pytest.mark.parametrize("text", [
    # the party declined to comment on this attack: its record is background
    "Gunmen killed 11 villagers near Yei on Sunday. The SPLA-IO did not respond to a request for comment. "
    "In the past the group has denied attacking civilians in Central Equatoria.",
    "Shelling killed nine people in Kadugli. The SPLM-N did not comment. "
    "The rebels have repeatedly denied targeting civilians in South Kordofan.",
    # a deed that is no attack: "sheltering", "arming"
    "A drone struck a police post in Bannu, killing two officers. Pakistan accuses Kabul of sheltering "
    "Baloch fighters, a charge Kabul denies.",
    "A car bomb killed six soldiers in Kidal. Mali's junta has denied arming the militia.",
    # other attacks than this one
    "A bomb killed five people at a market in Beni. Islamic State's news agency has claimed several "
    "earlier attacks in the area.",
])
def test_a_record_is_background(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    on_incident = [c for c in result.claims if c.about != "other"
                   and (c.stance == "denies" or c.stance == "confirms")]
    assert not on_incident, [(c.source.name, c.stance, c.about, c.text) for c in on_incident]


@pytest.mark.parametrize(("text", "source"), [
    ("The RSF denied the attack on Tuesday.", "RSF"),
    # under its movement's name (data/actors.yaml)
    ("The SPLA-IO denied carrying out the attack on the barge near Nasir.", "SPLM-IO"),
    # the standing denial of a party that said nothing else (the more-conflicts convention)
    ("An airstrike killed 40 people at a camp in Tigray. The government has previously denied targeting "
     "civilians in the conflict.", "government"),
    ("Haitian police dismissed reports that officers had fired on the crowd in Cap-Haitien.", "Haitian police"),
])
def test_a_denial_of_this_incident_stays(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    claims = _by(_claims(extract, text), source)
    assert any(c.stance == "denies" and c.about != "other" for c in claims), [
        (c.source.name, c.stance, c.about) for c in _claims(extract, text)]


# --- a counter-accusation beside a denial ---------------------------------------------------

def test_a_counter_accusation_is_a_claim_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("An RSF adviser rejected the accusation, saying the group's forces had not fired on the camp "
            "in Nyala and that the shells had been fired by the army from its positions inside the city.")
    stances = [c.stance for c in _by(_claims(extract, text), "RSF")]
    assert "denies" in stances and "asserts" in stances, stances


def test_returning_fire_blames_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The SPLA-IO said in a statement that it did not target civilians in Nasir and that its forces "
            "had only returned fire at army positions.")
    assert {c.stance for c in _claims(extract, text)} == {"denies"}


# --- a speaker inside a relative clause ------------------------------------------------------

@pytest.mark.parametrize(("text", "source", "killed"), [
    ("The junta denied carrying out an airstrike on a village in Magway that opposition groups say killed "
     "at least 14 people.", "opposition groups", 14),
    ("The army denied shelling the market in Kadugli, which residents say killed nine people.", "residents", 9),
    ("Drones hit a wedding in Tigray in a strike that local officials said had killed 30 people.",
     "local officials", 30),
])
def test_the_speaker_of_a_relative_clause(extract, text: str, source: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    claims = _by(_claims(extract, text), source)
    assert any(c.killed is not None and c.killed.min == killed for c in claims), [
        (c.source.name, c.stance, c.killed) for c in _claims(extract, text)]


def test_a_relative_clause_of_the_outlet_is_no_claim(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The army said the airstrike near Hpakant, which killed 12 people, targeted a rebel base."
    assert all(c.killed is None for c in _claims(extract, text))


# --- what is not a claim of the attack ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Syria's army said its air defences had confronted the aggression near Homs and hit more than one aircraft.",
    "Ukraine's air force said it had shot down 30 drones over Odesa overnight.",
])
def test_striking_what_attacked_is_no_claim_of_the_attack(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(c.stance != "confirms" for c in _claims(extract, text)), [
        (c.source.name, c.stance, c.perpetrator) for c in _claims(extract, text)]


def test_a_second_cue_takes_no_figure_of_the_first(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The Fano militia said on Monday that four of its fighters were killed when drones struck "
            "their positions near Lalibela, and promised revenge.")
    claims = _claims(extract, text)
    revenge = [c for c in claims if "revenge" in c.text and "killed" not in c.text]
    assert revenge and all(c.killed is None and c.about == "other" for c in revenge), [
        (c.text, c.killed, c.about) for c in claims]


# --- two stances in one sentence -------------------------------------------------------------

def test_said_no_target_had_been_hit_denies(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A Tatmadaw spokesman confirmed that jets had struck PDF positions near Mindat but said no "
            "villages had been bombed.")
    stances = {c.stance for c in _claims(extract, text)}
    assert {"confirms", "denies"} <= stances, stances


def test_a_verb_spelt_like_a_denial_word_denies_nothing(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The health ministry in Sanaa said 40 people had been killed in the strike on the market, "
            "which lies near the old city.")
    assert {c.stance for c in _claims(extract, text)} == {"asserts"}


@pytest.mark.parametrize("text", [
    "An Israeli military official said the strike had targeted a Hezbollah depot and denied that a school "
    "had been hit.",
    "A Sudanese army official said the drone strike had targeted RSF fighters in the market and that reports "
    "of civilian deaths were exaggerated.",
])
def test_an_account_and_a_denial_are_two_claims(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    stances = {c.stance for c in claims}
    assert "denies" in stances and stances & {"asserts", "confirms"}, [
        (c.source.name, c.stance, c.text) for c in claims]
    assert len({c.source.name for c in claims}) == 1, [c.source.name for c in claims]


def test_a_statement_describing_reports_as_fabricated_denies(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The junta's information team said in a statement that the air force had flown no missions over "
            "Kani and described reports of civilian deaths as \"fabricated news\".")
    claims = _claims(extract, text)
    assert all(c.stance == "denies" for c in claims) and "air force" not in {c.source.name for c in claims}, [
        (c.source.name, c.stance) for c in claims]


@pytest.mark.parametrize("text", [
    "The US military said it was aware of reports of civilian casualties in Hodeidah and was assessing them, "
    "but stopped short of saying whether its aircraft had hit the port.",
    "AFRICOM said an assessment was under way, but it would not say whether its aircraft had struck the "
    "village near Jilib.",
])
def test_a_refusal_to_say_whether_declines(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "declines_comment" in {c.stance for c in _claims(extract, text)}


def test_the_outlet_noting_what_was_not_said_is_no_decline(extract) -> None:  # type: ignore[no-untyped-def]
    text = "MSF said its teams had treated 30 wounded people in Goma. MSF did not say who fired the shells."
    assert "declines_comment" not in {c.stance for c in _claims(extract, text)}


# --- whom a cue of telling tells is no part of what is told ---------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("Three more wounded died overnight in Bunia, bringing the toll to 11, a doctor at the hospital told "
     "reporters.", 11),
    ("Two more victims of the blast at the market in Gao died overnight, bringing the toll to eight dead, the "
     "hospital's director told our newsroom on Saturday.", 8),
])
def test_the_listener_is_not_the_content(extract, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, text)
    assert any(c.killed is not None and c.killed.max == killed for c in claims), [
        (c.source.name, c.text, c.killed) for c in claims]
    assert all("told" not in c.text for c in claims), [c.text for c in claims]


# --- whom a passive cue addresses is no speaker ----------------------------------------------

def test_the_addressee_of_a_passive_cue_is_no_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The junta's information team said troops had not bombed the monastery in Kani. Residents of the "
            "township are urged not to believe rumours spread by terrorist groups, the statement added. Legal "
            "action will be taken against those who spread false news, it said.")
    names = {c.source.name for c in _claims(extract, text)}
    assert not any(n.lower().startswith("resident") for n in names), names


@pytest.mark.parametrize(("text", "source"), [
    # "He" is the one quoted, not the radio that quoted him
    ("Somalia's state radio, citing the district commissioner of Baidoa, said 15 people were killed. The "
     "commissioner, Abdi Warsame, was quoted as saying the bomber had tried to reach the base. He did not answer "
     "calls on Monday.", "commissioner"),
    ("A spokesman for the governor of Tillaberi could not be reached for comment.", "governor"),
])
def test_a_passive_speaker_still_speaks(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    names = [c.source.name for c in _claims(extract, text)]
    assert any(source.lower() in n.lower() for n in names), names


# --- images put out, a deed ascribed, sources named again -------------------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("Shelling hit the market in Abu Shouk on Tuesday. Sudanese activists circulated videos showing burned "
     "stalls and bodies covered with blankets.", "Sudanese activists"),
    ("A drone struck a clinic in Kidal. Residents posted photos on social media showing the destroyed clinic.",
     "Residents"),
])
def test_who_puts_out_images_asserts_what_they_show(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    claims = _by(_claims(extract, text), source)
    assert claims and all(c.stance == "asserts" for c in claims), [
        (c.source.name, c.stance) for c in _claims(extract, text)]


def test_images_without_a_publisher_are_no_claim(extract) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(extract, "Videos showing burned stalls in the market of Abu Shouk circulated online.")


def test_these_sources_are_the_ones_just_named(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A Houthi commander was killed in an airstrike on a compound in Saada, as confirmed by Houthi officials. "
            "The responsibility for the attack has been attributed to the Saudi-led coalition by these sources.")
    names = {c.source.name for c in _claims(extract, text)}
    assert "these sources" not in names, names


@pytest.mark.parametrize("text", [
    "A bomb killed 12 people in Ouagadougou. JNIM, which has claimed dozens of attacks in Burkina Faso, "
    "did not comment.",
    "A car bomb killed nine people in Mogadishu. Al-Shabaab has claimed responsibility for a string of "
    "bombings in the city this year.",
])
def test_many_attacks_are_not_this_one(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    on_incident = [c for c in _claims(extract, text) if c.about != "other" and c.stance in {"asserts", "confirms"}]
    assert not on_incident, [(c.source.name, c.stance, c.text) for c in on_incident]


def test_the_attacks_of_this_incident_are_claimed(extract) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, "Al-Shabaab claimed the attacks on the two hotels in Mogadishu.")
    assert any(c.stance == "confirms" and c.about == "perpetrator" for c in claims)


# --- the victims' side is no perpetrator ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Israeli military said the two men killed in the strike in Kfar Kila were members of Hezbollah's "
    "Radwan force.",
    "The army said the three men killed in the drone strike near Kidal were members of JNIM.",
])
def test_the_victims_group_is_no_perpetrator(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(c.perpetrator in {None, "Israel"} for c in _claims(extract, text)), [
        (c.source.name, c.perpetrator) for c in _claims(extract, text)]


def test_the_doers_group_is_the_perpetrator(extract) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, "The army said JNIM fighters had attacked the base near Djibo.")
    assert any(c.perpetrator == "JNIM" for c in claims)


def test_a_toll_given_with_two_figures_keeps_both(extract) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(extract, "The health ministry in Kassala raised the toll to 31 dead and 52 wounded on Monday.")
    assert any(c.killed is not None and c.killed.min == 31 and c.injured is not None and c.injured.min == 52
               for c in claims), [(c.killed, c.injured, c.text) for c in claims]


def test_an_account_and_a_joined_dismissal_are_two_claims(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Information Minister Michael Makuei told reporters in Juba that the strikes had targeted militias "
            "near Ulang, and described reports of dead children as propaganda by the rebels.")
    stances = {c.stance for c in _claims(extract, text)}
    assert "denies" in stances and stances & {"asserts", "confirms"}, stances
