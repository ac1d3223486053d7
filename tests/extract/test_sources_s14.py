"""The right source for each claim (session 14, sources): speakers the parser hides in the
reported clause or in an appositive, places that are not sources, state offices posted in a
capital; sentences written for the project about conflicts no eval set covers."""

from __future__ import annotations

import pytest


def _sources(claims, words: str) -> set[str]:  # type: ignore[no-untyped-def]
    """Source names of the claims whose text holds ``words``."""
    return {c.source.name for c in claims if words in c.text}


# --- a cue joined to the reported clause belongs to the reporting clause ----------------------
@pytest.mark.parametrize(("text", "words", "source", "not_source"), [
    ("The governor of Blue Nile, Ahmed Osman, said the SPLM-N had fired 20 rockets at the camp, and "
     "accused the group of war crimes.", "war crimes", "governor of Blue Nile", "SPLM-N"),
    ("Chad's government said on Monday that the gunmen had come from Libya, and blamed the FACT rebels "
     "for the raid.", "FACT", "Chadian government", "gunmen"),
    ("Niger's defence ministry said that the attackers were trained in Mali, and blamed the Islamic "
     "State Sahel Province for the ambush.", "Sahel Province", "Nigerien military", "attackers"),
    ("The Houthi-run health ministry said in a statement that the coalition had bombed the market in Saada, "
     "and called the strike a massacre.", "massacre", "Houthi health ministry", "coalition"),
])
def test_a_cue_joined_to_backshifted_content_is_the_reporters(extract, text: str, words: str, source: str,  # type: ignore[no-untyped-def]
                                                           not_source: str) -> None:
    names = _sources(extract(text).claims, words)
    assert source in names and not_source not in names, names


def test_a_cue_joined_to_a_past_verb_keeps_the_contents_subject(extract) -> None:  # type: ignore[no-untyped-def]
    # "militants attacked … and claimed": nothing backshifted, the militants may well claim
    text = "The army said militants attacked the base in Menaka and claimed that 20 of them were killed."
    assert "army" in _sources(extract(text).claims, "Menaka")


# --- a speaker hung as an appositive before a cue without subject ----------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("Eleven wounded were taken to the Malakal hospital, its medical director, Dr John Deng, told reporters.",
     "Malakal hospital"),
    ("Twelve bodies were brought to the Juba Teaching Hospital, its director, Dr Mary Akol, told AFP.",
     "Juba Teaching Hospital"),
])
def test_its_director_in_an_appositive_speaks_for_the_body(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.name for c in extract(text).claims}
    assert source in names and not any(n.lower() in {"eleven", "twelve"} for n in names), names


# --- the subject of a passive cue is addressed, not speaking ----------------------------------
@pytest.mark.parametrize(("text", "source", "not_source"), [
    ("Residents of Ouallam are urged to stay indoors, the army said in a statement.", "army", "Residents"),
    ("Civilians in Hodeidah were warned to leave the port area, the coalition said.", "coalition", "Civilians"),
    ("Aid workers were asked to leave Tigray, the UN said.", "UN", "Aid workers"),
])
def test_the_subject_of_a_passive_cue_is_no_speaker(extract, text: str, source: str, not_source: str) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.name for c in extract(text).claims}
    assert source in names and not_source not in names, names


@pytest.mark.parametrize(("text", "source", "stance"), [
    ("Gunmen killed 12 herders near Gao on Monday. The Malian army could not be reached for comment.",
     "Malian military", "declines_comment"),
    # "was quoted as saying": the quoted commander is the "he" who then does not answer
    ("The army's regional commander, Moussa Diarra, was quoted as saying the rebels had attacked the camp. "
     "He did not answer calls from reporters on Monday.", "army's regional commander", "declines_comment"),
])
def test_the_unreached_and_the_quoted_still_speak(extract, text: str, source: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.source.name == source and c.stance == stance for c in claims), claims


# --- a place is not the source; a state office in its capital speaks for the state ------------
@pytest.mark.parametrize(("text", "name"), [
    ("a military spokesman in Bamako", "Malian military"),
    ("A government official in Port-au-Prince", "Haitian government"),
    ("An army commander in Juba", "South Sudanese military"),
    ("A defence ministry official in Addis Ababa", "Ethiopian military"),
    ("a government spokesman in Kinshasa", "Congolese government"),
    ("An interior ministry official in Kabul", "Afghan interior ministry"),  # a specialised body
    ("an aid worker in Kabul", None),  # no office of a state
    ("a Western diplomat in Kabul", None),  # a nationality of its own
    ("a senior police officer in Peshawar", None),  # no capital
    ("a military spokesman in Hodeidah", None),
])
def test_posted_state(text: str, name: str | None) -> None:
    from rashomon.extract.state_officials import posted_state

    found = posted_state(text)
    assert (found.name if found is not None else None) == name


@pytest.mark.parametrize(("text", "org"), [
    ("a senior police officer in Peshawar", None),  # the police, posted in Peshawar
    ("an army commander in Tillaberi", None),
    ("health officials in Gaza", "Gaza"),  # no body before the role: the place's authorities
    ("an official in the Ministry of Health", "Ministry of Health"),
])
def test_a_body_before_the_role_is_posted_in_the_place(text: str, org: str | None) -> None:
    from rashomon.extract.source_names import affiliation

    assert affiliation(text) == org


@pytest.mark.parametrize(("text", "source"), [
    ("A senior police officer in Srinagar said militants threw a grenade at the patrol.", "police"),
    ("A senior police officer in Quetta said the bomb was hidden in a motorcycle.", "police"),
    ("A military spokesman in Niamey said jihadists killed 15 soldiers near Tillaberi.", "Nigerien military"),
    ("A government official in Port-au-Prince said gang members burned 30 homes in Cite Soleil.",
     "Haitian government"),
])
def test_a_posted_speaker_is_not_named_by_the_place(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.name for c in extract(text).claims}
    assert names == {source}, names


# --- a person named beside any title is a speaker; a count never is ---------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("The alcalde of Tibu, Jose Ramirez, said ELN fighters burned the town hall.", "alcalde of Tibu"),
    ("The sous-prefet of Kaya, Issa Ouedraogo, said jihadists killed 12 villagers.", "sous-prefet of Kaya"),
    ("The wali of Kassala, Ahmed Adam, said the drone struck the fuel depot.", "wali of Kassala"),
])
def test_a_named_person_with_an_unlisted_title_speaks(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert source in {c.source.name for c in extract(text).claims}


# --- the gazetteer knows the names a party's enemies give it ----------------------------------
@pytest.mark.parametrize("text", [
    "The army said the terrorist Rapid Support militia shelled the market in El Obeid, killing nine people.",
    "The health ministry blamed the Rapid Support militia for the shelling of Kadugli.",
])
def test_the_rapid_support_militia_is_the_rsf(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.perpetrator for c in extract(text).claims if c.about == "perpetrator"} == {"RSF"}


# --- "Government spokesman X" with two governments named: the article's own, named first ------
@pytest.mark.parametrize(("text", "name"), [
    ("The Congolese government condemned the attack and said seven people had died. Government spokesman "
     "Alain Mbala said the bombing was the work of ADF terrorists. Uganda's foreign ministry rejected what "
     "it called insinuations.", "Congolese government"),
    ("The Chadian government said the gunmen came from Libya. A government spokesman said 30 soldiers had "
     "died. The Libyan government denied it.", "Chadian government"),
    # both named before it: either's (tests/extract/test_claims_s13.py keeps it bare)
    ("The Chadian government said the gunmen came from Libya. The Libyan government denied it. A government "
     "spokesman said 30 soldiers had died.", "government"),
])
def test_a_bare_government_is_the_one_named_before(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    spokesman = [c for c in extract(text).claims if "spokesman" in c.source.text]
    assert spokesman and {c.source.name for c in spokesman} == {name}


# --- a group named before a role posted in a place; a name joined by "and"; an office over a party
@pytest.mark.parametrize(("text", "org"), [
    ("A Fano commander in West Gojjam", "Fano"),
    ("a senior Hamas official in Gaza", "Hamas"),
    ("A Red Cross official in Kherson", "Red Cross"),
    ("An Israeli army officer in Hebron", None),  # a nationality, then the army's
    ("the commissioner of Ulang county, Peter Gatkuoth, a member of the opposition SPLM-IO", None),
    ("Ali Hassan, a leader of the Sudanese Professionals Association", "Sudanese Professionals Association"),
])
def test_affiliation_by_name_before_the_role_and_membership(text: str, org: str | None) -> None:
    from rashomon.extract.source_names import affiliation

    assert affiliation(text) == org


@pytest.mark.parametrize(("text", "source"), [
    ("A Fano commander in Debre Markos said the drone belonged to the federal army.", "Fano"),
    ("The Jammu and Kashmir government said 12 civilians were killed in Poonch.", "Jammu and Kashmir government"),
    ("The Khyber Pakhtunkhwa and Balochistan police said nine officers were killed.",
     "Khyber Pakhtunkhwa and Balochistan police"),
    ("The shelling killed 12 people, said the commissioner of Ulang county, Peter Gatkuoth, a member of the "
     "opposition SPLM-IO.", "commissioner of Ulang county"),
    ("Peter Gatkuoth, a member of the opposition SPLM-IO, said 21 bodies were recovered in Ulang.", "SPLM-IO"),
    ("The SPLA-IO accused the army of bombing the town of Nasir.", "SPLM-IO"),
])
def test_the_speakers_own_body(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.source.name for c in extract(text).claims} == {source}


def test_bissau_guinean_is_guinea_bissau() -> None:
    from rashomon.extract.state_officials import state_source

    found = state_source("the Bissau-Guinean defence minister")  # not Guinea's, through "Guinean"
    assert found is not None and (found.code, found.name) == ("GW", "Bissau-Guinean military")


def test_a_capital_opening_the_phrase_is_no_group_name() -> None:
    from rashomon.extract.source_names import affiliation

    assert affiliation("Health officials in Gaza") == "Gaza"


# --- the speaker after a closing quotation; one member of a group known by place ---------------
@pytest.mark.parametrize(("text", "source"), [
    ("\"They burned every house in the village and took our cattle,\" a farmer from Djibo, speaking by phone, "
     "told AFP.", "farmers"),
    ("\"We buried 30 people in one afternoon. Some families lost all the sons,\" a resident of Kokorou, reached "
     "by telephone, told Reuters. He said the gunmen came on motorbikes.", "residents"),
    ("\"The drones came at night,\" a nurse at the Mekelle hospital told reporters.", "nurse at the Mekelle hospital"),
])
def test_the_phrase_after_a_closing_quote_speaks(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.source.name for c in extract(text).claims} == {source}


def test_a_possessive_apostrophe_closes_no_quotation(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The PMF said US jets struck its positions. \"At 22:00 a plane hit the headquarters of the "
            "Popular Mobilisation Forces’ 45th and 46th brigades defending the border strip with Syria.\"")
    assert not any("brigades" in c.source.name for c in extract(text).claims)


@pytest.mark.parametrize(("name", "group"), [
    ("resident", "residents"), ("witness", "witnesses"), ("villager", "villagers"),
    ("community leader", "community leader"), ("Residents", "Residents"),
])
def test_group_name(name: str, group: str) -> None:
    from rashomon.extract.source_names import group_name

    assert group_name(name) == group


# --- a description is not the group named after it in its own sentence ------------------------
@pytest.mark.parametrize(("text", "source", "not_source"), [
    ("A commander of the local self-defence militia accused the Islamic State group of the attack on Fambita.",
     "local self-defence militia", "Islamic State"),
    ("A leader of a local vigilante group accused Boko Haram of the raid on Konduga.",
     "local vigilante group", "Boko Haram"),
])
def test_a_description_is_not_the_accused(extract, text: str, source: str, not_source: str) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.name for c in extract(text).claims}
    assert source in names and not_source not in names, names


@pytest.mark.parametrize(("text", "org"), [
    ("a spokesman for Mr Hifter’s forces", None),  # the owner's forces, no body of their own
    ("A commander of the local self-defence militia", "local self-defence militia"),
    ("a doctor at the scene", None),
])
def test_a_lower_case_body_is_an_affiliation(text: str, org: str | None) -> None:
    from rashomon.extract.source_names import affiliation

    assert affiliation(text) == org


# --- a movement's health ministry and television keep their own names --------------------------
@pytest.mark.parametrize(("text", "source", "party"), [
    ("The Houthi-run health ministry said 40 people were killed in the strike on Hodeidah port.",
     "Houthi health ministry", "Houthis"),
    ("The Houthis' Al-Masirah television said US jets struck the port of Ras Isa.", "Al-Masirah", "Houthis"),
    ("Houthi-run Saba news agency said 12 people were killed in Sanaa.", "Saba", "Houthis"),
])
def test_houthi_bodies_keep_their_names(extract, resources, text: str, source: str, party: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.source.name for c in extract(text).claims} == {source}
    actor = resources.actors.resolve(source)
    assert actor is not None and actor.party == party


# --- a body's title posted for a place: the army speaks for the army, a police command for its territory
@pytest.mark.parametrize(("text", "name", "title"), [
    ("Col. Kamal Ali, the army spokesman for the Blue Nile area", "Kamal Ali", "army"),
    ("Colonel Jean Kasereka, the police commander for Lubero territory", "Jean Kasereka", "Lubero territory police"),
    ("Rashid, the Kabul police chief who goes by one name", "Rashid", "Kabul police"),
    ("Rashid, the police chief", "Rashid", None),
])
def test_appositive_title_posted_for_a_place(text: str, name: str, title: str | None) -> None:
    from rashomon.extract.source_names import appositive_title

    assert appositive_title(text, name) == title


@pytest.mark.parametrize(("text", "org"), [
    ("Captain Jules Ngongo, the army spokesman for the Ituri area", None),
    ("a military spokesman for the Houthis", "Houthis"),
    ("a spokesman for the Tigray regional government", "Tigray regional government"),
])
def test_the_army_spokesman_for_an_area_is_not_the_area(text: str, org: str | None) -> None:
    from rashomon.extract.source_names import affiliation

    assert affiliation(text) == org


def test_an_army_spokesman_for_an_area_is_the_states_army(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Sudan's army said the RSF shelled Damazin. Gunmen went from house to house with machetes, said "
            "Col. Kamal Ali, the army spokesman for the Blue Nile area.")
    claims = [c for c in extract(text).claims if "machetes" in c.text]
    assert claims and {c.source.name for c in claims} == {"Sudanese military"}


# --- a dateline's country does not speak; residents of a described town are residents -------
@pytest.mark.parametrize(("text", "source"), [
    ("METULA, Israel - Residents of this northern Israeli town said they heard the blast.", "Residents"),
    ("KIRYAT SHMONA, Israel - Residents of this northern town said rockets hit two houses.", "Residents"),
    ("SHEBAA, Lebanon - Residents of the border village said drones flew overhead all night.", "Residents"),
])
def test_residents_of_a_described_town_filed_from_a_country(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.source.name for c in extract(text).claims} == {source}


@pytest.mark.parametrize(("name", "expected"), [
    ("Residents of this northern Israeli town", "Residents"),
    ("villagers of the border village", "villagers"),
    ("members of the town council", "members of the town council"),
])
def test_without_a_described_place(name: str, expected: str) -> None:
    from rashomon.extract.source_names import without_place

    assert without_place(name) == expected


# --- a person "of" a body speaks for the body ---------------------------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("Nine people died at the scene, said Dr. Abdirahman Yusuf of the regional health office.",
     "regional health office"),
    ("Four bodies reached the morgue, said Dr. Grace Achieng of the county health department.",
     "county health department"),
    ("Twelve people were killed, said Ali Hassan of Kassala.", "Ali Hassan of Kassala"),  # a home town
])
def test_a_person_of_a_body(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.source.name for c in extract(text).claims} == {source}


# --- a state's defence office is its military, even when the gazetteer finds its government -------
@pytest.mark.parametrize(("text", "source"), [
    ("Israel's Defence Ministry said Hezbollah fired rockets at Metula.", "Israel military"),
    ("Saudi Arabia's Defence Ministry said Houthi drones were shot down over Jazan.", "Saudi military"),
    ("Cambodia's defence ministry said Thai troops opened fire first.", "Cambodian military"),
    ("Israel's Foreign Ministry said the strike hit a Hezbollah depot.", "Israel government"),
])
def test_a_states_defence_office_is_its_military(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.source.name for c in extract(text).claims} == {source}


# --- a UN mission keeps its own name -----------------------------------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("The United Nations Mission in South Sudan (UNMISS) said barrel bombs had been dropped on Nasir.", "UNMISS"),
    ("The UN peacekeeping mission in Congo, MONUSCO, said its peacekeepers evacuated 14 wounded from Beni.",
     "MONUSCO"),
    ("The UN mission in Mali said 30 civilians were killed near Moura.", "MINUSMA"),
])
def test_a_un_mission_is_its_own_source(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.source.name for c in extract(text).claims} == {source}


# --- a dateline word is no subject of the lede's cue (stances' request) --------------------------
@pytest.mark.parametrize("text", [
    "EL GENEINA, Sudan - Artillery shells fired by the Rapid Support Forces hit a crowded market in the Ardamata "
    "camp on the western edge of El Geneina on Tuesday, killing between 10 and 14 people, the local resistance "
    "committee said.",
    "EL FASHER, Sudan - Shells fired by the paramilitary Rapid Support Forces hit a crowded market in the Abu "
    "Shouk camp on the northern edge of the city on Sunday, killing nine people, the local resistance committee said.",
])
def test_a_two_word_dateline_is_no_speaker(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.source.name for c in extract(text).claims} == {"local resistance committee"}


# --- a country's bare name as a speaker is its government -----------------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("Thailand said its F-16 jets struck Cambodian military targets in Oddar Meanchey.", "Thai government"),
    ("Chad said its troops had pushed Boko Haram fighters back across Lake Chad.", "Chadian government"),
])
def test_a_country_as_speaker_is_its_government(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.source.name for c in extract(text).claims} == {source}


def test_country_speaker() -> None:
    from rashomon.extract.state_officials import country_speaker

    assert country_speaker("Kassala") is None
    found = country_speaker("Niger")
    assert found is not None and (found.name, found.code) == ("Nigerien government", "NE")
