"""Rules found by the probe corpus (tests/data/probe), each on sentences written for the test,
from several conflicts (Sudan, Myanmar, DR Congo, Colombia, Haiti, the Sahel, the Caucasus,
Ethiopia, Mozambique)."""

from __future__ import annotations

import re

import pytest


def _stances(claims, source: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The stances of the claims whose source name or text holds ``source``."""
    return {c.stance for c in claims
            if source.lower() in (c.source.name or "").lower() or source.lower() in (c.source.text or "").lower()}


# --- a decline to comment: "could not be reached for comment", "nothing to say" ----------
@pytest.mark.parametrize(("text", "source"), [
    ("The RSF has denied carrying out the strike on the market in El Fasher. Its spokesman, Abdel Karim "
     "Osman, could not be reached for comment on Sunday.", "RSF"),
    ("Gunmen attacked a convoy near Menaka on Monday. The Malian army could not be reached for comment.", "army"),
    ("A drone struck a fuel depot in Stepanakert, local officials said. Azerbaijan's defence ministry "
     "could not be contacted for comment.", "defence ministry"),
    ("Asked about the shelling of the camp near Bunia, a Rwanda Defence Force spokesman said only: "
     "\"We have nothing to say on that.\"", "Rwanda Defence Force"),
    ("Insurgents attacked the town of Palma on Wednesday. A police spokesman in Cabo Delgado said he had "
     "nothing further to say about the attack.", "police"),
])
def test_unreachable_or_nothing_to_say_declines(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert "declines_comment" in _stances(extract(text).claims, source)


# --- withholding one's name is not declining to comment on the event ----------------------
@pytest.mark.parametrize(("text", "source"), [
    ("A local People's Defence Force commander said the jet took off from the air base at Shante. "
     "He declined to give his name.", "commander"),
    ("A community leader in El Tarra said soldiers fired on a group of coca pickers on Tuesday. She "
     "refused to give her name for fear of reprisals.", "community leader"),
    ("A Fano fighter said drones struck the market in Bahir Dar on Sunday, killing 12. He declined to "
     "give his full name.", "fighter"),
])
def test_withholding_a_name_is_no_decline(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert "asserts" in _stances(claims, source)
    assert not any(c.stance == "declines_comment" for c in claims)


@pytest.mark.parametrize("text", [
    "The army spokesman declined to give the death toll of the strike on Kadugli.",
    "Rwanda's government spokeswoman declined to give any details of the shelling near Goma.",
])
def test_withholding_details_still_declines(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any(c.stance == "declines_comment" for c in extract(text).claims)


# --- "…, a claim the army called false": the one answering the claim denies it ------------
@pytest.mark.parametrize(("text", "claimant", "stance", "answerer"), [
    # "its fighters killed": the group's own action, so it confirms (CONVENTIONS; as "it killed" below)
    ("The ELN said its fighters killed four soldiers near El Tarra, a claim the army called \"completely false.\"",
     "ELN", "confirms", "army"),
    ("The army said it killed 40 fighters near Kidal, a figure the rebels called a lie.", "army", "asserts", "rebels"),
    ("Tigrayan forces said 200 civilians died in the drone strike on Mekelle, a toll the federal government "
     "called false.", "TPLF", "asserts", "federal government"),
    # a known armed group saying it killed: it confirms its own action (CONVENTIONS)
    ("Al-Shabaab said it killed 30 soldiers in the raid on the base near Kismayo, an account the Somali army "
     "called baseless.", "Al-Shabaab", "confirms", "Somali military"),
])
def test_a_claim_answered_in_a_relative_clause(extract, text: str, claimant: str, stance: str,  # type: ignore[no-untyped-def]
                                               answerer: str) -> None:
    claims = extract(text).claims
    assert _stances(claims, claimant) == {stance}
    assert _stances(claims, answerer) == {"denies"}
    assert any(c.killed is not None for c in claims if claimant.lower() in c.source.name.lower())


@pytest.mark.parametrize("text", [
    "The ministry said the shelling of Stepanakert killed 12 people, most of them women, the army said.",
    "Residents said the drone hit a wedding in Sagaing, which the junta called a rebel camp.",
])
def test_no_answer_without_a_claim_noun(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.stance == "denies" for c in extract(text).claims)


# --- a time phrase hung on the speaker is not part of its name ----------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Haiti's transitional government on Saturday disputed reports that more than 100 people were killed "
     "in the attack on Pont-Sonde.", "Haiti's transitional government"),
    ("The Malian army late on Friday denied that its drones struck a wedding near Mopti.", "Malian army"),
    ("The Armenian defence ministry on Tuesday said Azerbaijani shelling killed two soldiers near Sotk.",
     "Armenian"),
])
def test_time_phrase_leaves_the_source_name(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims
    for c in claims:
        assert name.lower() in c.source.name.lower() or name.lower() in c.source.text.lower()
        assert not any(day in (c.source.name + c.source.text) for day in ("Saturday", "Friday", "Tuesday"))


# --- a relative clause inside the subject does not name the source ------------------------
@pytest.mark.parametrize(("text", "source", "stance", "not_name"), [
    ("The United Arab Emirates, which UN experts have accused of arming the RSF, did not respond to a request "
     "for comment about the strike on El Fasher.", "United Arab Emirates", "declines_comment", "UN"),
    ("Russia, which Ukraine blames for the strike on the Kharkiv market, declined to comment.", "Russia",
     "declines_comment", "Ukraine"),
    ("Rwanda, which Congo accuses of backing the M23, denied that its troops shelled the camp near Goma.",
     "Rwanda", "denies", "Congo"),
])
def test_relative_clause_names_no_source(extract, text: str, source: str, stance: str, not_name: str) -> None:  # type: ignore[no-untyped-def]
    mine = [c for c in extract(text).claims if c.stance == stance]
    assert mine and all(source.lower() in c.source.text.lower() for c in mine)
    assert not any(re.search(rf"\b{not_name}", c.source.name) for c in mine)


# --- the figures a speaker disputes are not its own ---------------------------------------
@pytest.mark.parametrize(("text", "own"), [
    ("Haiti's transitional government on Saturday disputed reports that more than 100 people were killed in "
     "the attack on Pont-Sonde, saying the verified toll was lower.", None),
    ("The Sudanese army rejected claims that 50 civilians died in the shelling of Omdurman, saying that 12 "
     "fighters were killed.", 12),
    ("The Colombian army dismissed reports that 11 farmers were killed near El Tarra, saying seven guerrillas "
     "died in the firefight.", 7),
])
def test_disputed_figures_are_not_the_disputers(extract, text: str, own: int | None) -> None:  # type: ignore[no-untyped-def]
    figures = {c.killed.min for c in extract(text).claims if c.killed is not None}
    assert figures == ({own} if own is not None else set())


def test_the_speakers_own_predicate_still_gives_figures(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The mission put the death toll at 44 and said that 130 were injured in the attack on "
                     "Bunia.").claims
    assert any(c.killed is not None and c.killed.min == 44 for c in claims)


# --- "X said it had confirmed N deaths": one claim, not a second one by "it" ---------------
@pytest.mark.parametrize("text", [
    "A spokesperson for OCHA said it had confirmed at least 19 civilian deaths in the strike on El Fasher.",
    "The Assistance Association for Political Prisoners said it was still verifying the toll, which it put at "
    "between 19 and 24 dead.",
    "The Armenian health ministry said it had confirmed the deaths of three civilians in the shelling of Jermuk.",
])
def test_own_pronoun_inside_the_content_is_no_second_claim(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert len({c.source.text for c in claims}) == 1
    assert not any(c.source.text.lower() == "it" for c in claims)


def test_a_pronoun_taking_another_side_stays(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("Local officials in Sagaing said the junta bombed the school, but it said it had "
                     "not carried out any airstrikes in the area.").claims
    assert any(c.stance == "denies" for c in claims)


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("The United Arab Emirates, which UN experts have accused of arming the RSF, did not respond.",
     "United Arab Emirates", "experts"),
    ("The health department, which is run by the Taliban, said 20 people were killed in Herat.",
     "run by the Taliban", None),
])
def test_long_speaker_text_drops_only_what_others_hold(resources, text: str, kept: str, gone: str | None) -> None:  # type: ignore[no-untyped-def]
    from rashomon.extract.attribution_speaker import long_text
    from rashomon.nlp.chunks import parse

    doc = parse(resources.nlp, text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    subj = next(t for t in root.children if t.dep_ == "nsubj")
    phrase = long_text(subj, root)
    assert kept in phrase
    assert gone is None or gone not in phrase


# --- a state's armed forces: "<Country>'s army", "<Demonym> Armed Forces" → "<Demonym> military"
@pytest.mark.parametrize(("text", "name"), [
    ("Sudan's army spokesman, Brigadier General Nabil Abdallah, said the militia had used drones to attack "
     "the market in El Fasher.", "Sudanese military"),
    ("The Sudanese Armed Forces said on Sunday that a drone attack on a market in El Fasher had killed 30 "
     "civilians.", "Sudanese military"),
    ("A Colombian military source said seven guerrillas were killed in the firefight near El Tarra.",
     "Colombian military"),
    ("Mali's army said its drones struck a convoy of fighters near Kidal, killing 12.", "Malian military"),
    ("A Congolese army spokesman blamed M23 rebels for the shelling of the camp near Goma.", "Congolese military"),
])
def test_state_armed_forces_speak_as_the_military(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.source.name for c in extract(text).claims} == {name}


@pytest.mark.parametrize(("text", "forces"), [
    ("a commander of a Sudanese army-allied militia", False),
    ("the Emergency Department of the Libyan army", False),
    ("Armenia's armed forces", True),
    ("the Ethiopian Defense Forces", True),
])
def test_state_forces_pattern(text: str, forces: bool) -> None:
    from rashomon.extract.state_officials import state_forces

    assert (state_forces(text) is not None) is forces


# --- an acronym's member or part speaks for the group ---------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("RSF adviser Ali Hamdan said the group did not target civilians in El Fasher.", "RSF"),
    ("The M23's political leader, Corneille Nangaa, told reporters the group had no artillery in range of the "
     "camps near Goma.", "M23"),
    ("The ELN's Northeastern War Front said only two of its members had died in the clash near El Tarra.", "ELN"),
    ("A local People's Defence Force (PDF) commander said the jet had taken off from the air base at Shante.",
     "PDF"),
    ("A senior TPLF commander said drones struck the market in Mekelle on Sunday.", "TPLF"),
])
def test_acronym_member_speaks_for_the_group(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.source.name for c in extract(text).claims} == {name}


@pytest.mark.parametrize(("text", "org"), [
    ("RSF adviser Ali Hamdan", "RSF"),
    ("a local PDF commander", "PDF"),
    ("The ELN's Northeastern War Front", "ELN"),
    ("Tigray People's Liberation Front (TPLF) spokesman Getachew Reda", "TPLF"),
    ("Local residents", None),
    ("A Reuters correspondent", None),
])
def test_acronym_org(text: str, org: str | None) -> None:
    from rashomon.extract.source_names import acronym_org

    assert acronym_org(text) == org


# --- a group described by its place is that group -------------------------------------------
@pytest.mark.parametrize(("name", "expected"), [
    ("Community leaders in Colombia's Catatumbo region", "Community leaders"),
    ("Residents of the Lac Vert camp", "Residents"),
    ("witnesses in Kadugli", "witnesses"),
    ("officials in the Ministry of Health", "officials in the Ministry of Health"),
    ("Friends of the Earth", "Friends of the Earth"),
    ("African Union mission in Somalia", "African Union mission in Somalia"),
    ("doctor at the main hospital in Kadugli", "doctor at the main hospital in Kadugli"),
])
def test_without_place(name: str, expected: str) -> None:
    from rashomon.extract.source_names import without_place

    assert without_place(name) == expected


@pytest.mark.parametrize(("text", "org"), [
    ("community leaders in Colombia's Catatumbo region", None),
    ("health officials in Gaza", "Gaza"),
    ("a spokesman for the Tigray regional government", "Tigray regional government"),
    ("party members in the Shan State Progress Party", "Shan State Progress Party"),
])
def test_affiliation_after_in(text: str, org: str | None) -> None:
    from rashomon.extract.source_names import affiliation

    assert affiliation(text) == org


# --- "government" alone, with two governments named, is neither ---------------------------
@pytest.mark.parametrize(("text", "not_name"), [
    ("The Democratic Republic of Congo's government accused the M23 of a war crime after shelling near Goma "
     "killed 18 people, government spokesman Patrick Muyaya said. The United States said the attack was "
     "likely launched by M23.", "US government"),
    ("Sudan's government blamed the RSF for the strike on El Fasher, a government spokesman said. The "
     "Emirati government denied arming the group.", "Emirati government"),
])
def test_bare_government_with_two_governments_named(extract, text: str, not_name: str) -> None:  # type: ignore[no-untyped-def]
    spokesman = [c for c in extract(text).claims if "spokesman" in c.source.text]
    assert spokesman and all(c.source.name != not_name for c in spokesman)


def test_bare_government_with_one_government_named(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The Ethiopian government said the drone strike hit a TPLF depot. A government "
                     "spokesman said no civilians were hurt.").claims
    assert {c.source.name for c in claims} == {"Ethiopian government"}


@pytest.mark.parametrize(("text", "name"), [
    ("The Democratic Republic of Congo's government", "Congolese government"),
    ("the Democratic Republic of the Congo's foreign minister", "Congolese government"),
    ("the Central African Republic's defence minister", "Central African military"),
])
def test_state_names_without_the_and_shared_demonyms(text: str, name: str) -> None:
    from rashomon.extract.state_officials import state_source

    found = state_source(text)
    assert found is not None and found.name == name


# --- "the army" is a state's army, not a rebel group named "... Army" ---------------------
@pytest.mark.parametrize(("text", "not_name"), [
    ("Colombian troops killed seven fighters of the National Liberation Army (ELN) in a firefight near El "
     "Tarra, the army said on Wednesday.", "National Liberation Army"),
    ("Junta troops clashed with the Kachin Independence Army near Myitkyina on Monday. The army said 20 rebels "
     "were killed.", "Kachin Independence Army"),
    ("Government forces fought the Arakan Army near Sittwe. The army said 12 insurgents died.", "Arakan Army"),
])
def test_the_army_is_no_rebel_army(extract, text: str, not_name: str) -> None:  # type: ignore[no-untyped-def]
    army = [c for c in extract(text).claims if c.source.text.lower() == "the army"]
    assert army and all(c.source.name != not_name for c in army)


def test_the_army_after_a_state_army_is_that_army(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The Sudanese Army said its jets struck RSF positions near Omdurman. The army said "
                     "40 fighters were killed.").claims
    assert {c.source.name for c in claims} == {"Sudanese military"}


# --- "gave a toll of 24 dead": the giver's figure -------------------------------------------
@pytest.mark.parametrize(("text", "name", "killed"), [
    ("North Darfur's health ministry gave a lower toll of 24 dead, while the governor wrote on X that up to "
     "35 people may have died.", "health ministry", 24),
    ("The Haitian civil protection agency gave a toll of 88 dead for the attack on Pont-Sonde.",
     "civil protection", 88),
    ("The regional health bureau published a toll of 31 dead for the drone strike on the market in Bahir "
     "Dar.", "health bureau", 31),
])
def test_a_toll_given_is_a_claim(extract, text: str, name: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    assert any(name in c.source.name and c.killed is not None and c.killed.min == killed
               for c in extract(text).claims)


def test_a_toll_beside_a_reporting_verb_is_one_claim(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The civil protection agency put the toll at 88 dead and said 16 people were being "
                     "treated in Saint-Marc.").claims
    assert len(claims) == 1 and claims[0].killed is not None and claims[0].killed.min == 88


# --- a two-word name is no one else's first name ------------------------------------------
@pytest.mark.parametrize(("text", "speaker", "not_name"), [
    ("\"The plane dropped two bombs on the classrooms,\" said Ko Zaw, a local administrator in Tabayin. The "
     "junta denied the report. Its spokesman, Major General Zaw Min Tun, told state television that no air "
     "operations had taken place.", "Ko Zaw", "Zaw Min Tun"),
    ("\"Drones hit the market twice,\" said Abu Ahmed, a trader in Kadugli. The army spokesman, Ahmed Ali "
     "Osman, said the RSF launched the drones.", "Abu Ahmed", "Ahmed Ali Osman"),
])
def test_two_word_name_keeps_its_person(extract, text: str, speaker: str, not_name: str) -> None:  # type: ignore[no-untyped-def]
    mine = [c for c in extract(text).claims if c.source.text == speaker]
    assert mine and all(c.source.name != not_name for c in mine)


def test_one_word_name_still_finds_the_full_name(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("Getachew Reda, a spokesman for the TPLF, said drones hit Mekelle. Getachew said 12 "
                     "people died.").claims
    assert {c.source.name for c in claims} == {"TPLF"}


def test_an_administrator_with_a_body_speaks_for_it(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("\"The plane dropped two bombs on the classrooms,\" said Ko Zaw, an administrator with "
                     "the National Unity Government (NUG) in Tabayin.").claims
    assert {c.source.name for c in claims} == {"NUG"}


# --- the medium's name set off by commas is not the speaker -------------------------------
@pytest.mark.parametrize(("text", "speaker", "medium"), [
    ("The ELN accused the army of lying about the clash near El Tarra. In a statement read on its radio "
     "station, Ranpal Stereo, the group's Northeastern War Front said its fighters had killed four soldiers.",
     "Northeastern War Front", "Ranpal Stereo"),
    ("In a video posted on its Telegram channel, Amaq, the Islamic State group said its fighters killed 20 "
     "soldiers near Menaka.", "Islamic State", "Amaq"),
])
def test_the_medium_is_not_the_speaker(extract, text: str, speaker: str, medium: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.killed is not None]
    assert claims and all(speaker in c.source.text and medium not in c.source.name for c in claims)


# --- a feeling about the reports is a reaction, not an account ------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("A drone struck the market in El Fasher on Saturday, killing 21 people, medics said. UNICEF said it was "
     "\"horrified\" by reports of the attack but did not attribute blame.", "UN"),
    ("Shelling hit the camp near Goma on Friday. The UN mission said it was deeply alarmed by the attack on "
     "civilians.", "UN"),
    ("Gunmen attacked Pont-Sonde before dawn on Thursday. The Caribbean Community said it was appalled by the "
     "killings.", "Caribbean Community"),
])
def test_a_reaction_is_kept_out_of_the_incident(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    mine = [c for c in extract(text).claims if source in c.source.name]
    assert mine and all(c.about == "other" and c.frame is None for c in mine)


@pytest.mark.parametrize("text", [
    "Shelling hit the camp near Goma on Friday. Residents said they were shocked when the shells landed near "
    "the water point.",
    "Shelling hit the camp near Goma on Friday. MSF said it was concerned that 24 wounded people had been "
    "treated at its clinic.",
])
def test_a_feeling_with_an_account_stays_an_account(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any(c.about != "other" for c in extract(text).claims)
