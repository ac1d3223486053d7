"""Source names on unseen incidents (session 15, sources): an acronym compound is one body, a
party "of <Country>" is not that country's state, a region's bodies are not the national
government, an interposed participle clause names no speaker, a state's office named without
the state belongs to the state named before; sentences written for the project about conflicts
no eval set covers."""

from __future__ import annotations

import pytest

from rashomon.extract.state_officials import country_speaker, office_of, stateless_office


def _names(claims) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.source.name for c in claims}


def _sources(claims, words: str) -> set[str]:  # type: ignore[no-untyped-def]
    """Source names of the claims whose text holds ``words``."""
    return {c.source.name for c in claims if words in c.text}


# --- a hyphenated acronym is one body, never the agency or group at its tail ---------------------
@pytest.mark.parametrize(("text", "name", "kind"), [
    ("the CSP-DPA", None, None),  # not the news agency dpa
    ("the FLN-JNIM", None, None),  # not JNIM
    ("the CNDD-FDD", None, None),
    ("DPA-AFX", None, None),  # an agency at the head of a compound is no agency either
    ("SPLM-N", "SPLM-N", "armed_group"),  # a compound the gazetteer knows whole
    ("the al-Qaeda-linked JNIM", "JNIM", "armed_group"),
    ("the M23-AFC", "M23", "armed_group"),  # the head of a compound may name the body
])
def test_an_acronym_compound_is_not_its_tail(resources, text: str, name: str | None, kind: str | None) -> None:  # type: ignore[no-untyped-def]
    actor = resources.actors.resolve(text)
    assert (actor.name if actor else None, actor.kind if actor else None) == (name, kind)


@pytest.mark.parametrize(("text", "source", "not_source"), [
    ("The CSP-DPA said on Monday that drone strikes had killed 12 civilians in Ber.", "CSP-DPA", "dpa"),
    ("A spokesman for the FLN-JNIM said its fighters had not attacked the village of Dioura.", "FLN-JNIM", "JNIM"),
    ("Drone strikes killed nine civilians in Anefis on Sunday, the rebel Strategic Framework for the Defence of the "
     "People of Azawad (CSP-DPA) said.", "CSP-DPA", "dpa"),
])
def test_an_armed_groups_acronym_is_no_news_agency(extract, text: str, source: str, not_source: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(extract(text).claims)
    assert source in names and not_source not in names, names


# --- "<Body> of <Country>" is the body, not the state -------------------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("The Kurdistan Democratic Party of Iran said the missiles hit its offices in Koya.",
     "Kurdistan Democratic Party of Iran"),
    ("The Communist Party of Nepal said police had shot five protesters in Butwal.", "Communist Party of Nepal"),
    ("The Democratic Unionist Party of Sudan said the RSF had shelled the market in El Obeid.",
     "Democratic Unionist Party of Sudan"),
    ("The Human Rights Commission of Pakistan said 12 people had been killed in the raid in Kurram.",
     "Human Rights Commission of Pakistan"),
    ("The Bar Association of Iraq said the police had fired on lawyers in Basra.", "Bar Association of Iraq"),
])
def test_a_body_of_a_country_keeps_its_name(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(extract(text).claims)
    assert names == {source}, names


@pytest.mark.parametrize(("text", "name"), [
    ("the Kurdistan Democratic Party of Iran", None),
    ("the Democratic Party of Iranian Kurdistan", None),
    ("the Syrian Democratic Council of Syria", None),
    ("the Foreign Minister of Iran", "Iranian government"),  # a state office stays the state's
    ("Iraq's foreign ministry", "Iraqi government"),
])
def test_a_country_inside_a_bodys_name_is_no_metonym(resources, text: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    actor = resources.actors.resolve(text)
    assert (actor.name if actor else None) == name


def test_a_party_of_a_country_is_not_that_countrys_party(resources) -> None:  # type: ignore[no-untyped-def]
    # as a perpetrator too: the accused party of Iran is not Iran
    assert resources.actors.party("the Kurdistan Democratic Party of Iran") is None
    assert resources.actors.party("Iranian drones") == "Iran"


# --- a region's bodies are not the national government ------------------------------------------
@pytest.mark.parametrize(("text", "not_source"), [
    ("The health ministry of Iraq's Kurdistan region said 13 people had been killed in Koya.", "Iraqi government"),
    ("The security ministry of Somalia's Puntland state said the militants had attacked the base in Bosaso.",
     "Somali government"),
    ("The interim administration of Ethiopia's Tigray region said drone strikes had killed 30 people in Mekelle.",
     "Ethiopian government"),
])
def test_a_regions_body_is_not_the_national_government(extract, text: str, not_source: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims and not_source not in _names(claims), _names(claims)


@pytest.mark.parametrize(("text", "name"), [
    ("the health ministry of Iraq's Kurdistan region", None),
    ("Iraq's semi-autonomous Kurdistan Region", None),
    ("the Kurdistan Regional Government", "Kurdistan Regional Government"),
    ("Iraq's state news agency", "Iraqi government"),  # "state" there is no region's
])
def test_a_country_owning_a_region_is_no_metonym(resources, text: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    actor = resources.actors.resolve(text)
    assert (actor.name if actor else None) == name


# --- an interposed participle clause names no speaker -------------------------------------------
@pytest.mark.parametrize(("text", "not_source"), [
    ("A defence ministry official, asked about the SDF statement, said Turkey does not target civilians.", "SDF"),
    ("An army spokesman, asked about the Fano statement, said no civilians had been killed in Bahir Dar.", "Fano"),
    ("A police commander, questioned about the HRW report, said officers had fired in self-defence in Tumaco.",
     "Human Rights Watch"),
    ("A government spokesman, contacted by AFP, denied that the army had bombed the market in Kauda.", "AFP"),
    ("The militia, backed by Iran, said its fighters had killed 12 soldiers near Deir ez-Zor.",
     "Iranian government"),
])
def test_an_interposed_participle_names_no_speaker(extract, text: str, not_source: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims and not_source not in _names(claims), _names(claims)


def test_a_description_before_a_name_the_parser_cut_off(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The opposition Sudan People's Liberation Movement-North (SPLM-N) said warplanes had bombed Kauda."
    assert _names(extract(text).claims) == {"SPLM-N"}


# --- a state's office named without the state ---------------------------------------------------
@pytest.mark.parametrize(("name", "country"), [
    ("Cambodia on Friday", "Cambodian government"),
    ("Chad late on Monday", "Chadian government"),
    ("Mali this week", "Malian government"),
    ("Niger", "Nigerien government"),
])
def test_a_country_speaker_with_a_day(name: str, country: str) -> None:
    state = country_speaker(name)
    assert state is not None and state.name == country


@pytest.mark.parametrize(("name", "expected"), [
    ("Information Minister", True), ("Defence ministry", True), ("Army", True),
    ("federal military", True), ("Minister of Interior", True), ("national army", True),
    ("army's information directorate", True), ("health ministry", False),
    ("Prime Minister", False), ("Emergency Department", False), ("Chadian army", False),
])
def test_stateless_office(name: str, expected: bool) -> None:
    assert stateless_office(name) is expected


@pytest.mark.parametrize(("country", "office", "name"), [
    ("South Sudan", "Information Minister", "South Sudanese government"),
    ("Cambodia", "Defence ministry", "Cambodian military"),
    ("South Sudan", "Army", "South Sudanese military"),
    ("Ethiopia", "federal military", "Ethiopian military"),
    ("SPLM-IO", "Army", None),  # a movement is no state
])
def test_office_of(resources, country: str, office: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    state = office_of(country, office, resources.actors)
    assert (state.name if state else None) == name


@pytest.mark.parametrize(("text", "words", "source"), [
    ("South Sudan's government on Tuesday denied that its air force had bombed civilians in Ulang. Information "
     "Minister Michael Lueth told reporters that reports of dead children were propaganda.", "propaganda",
     "South Sudanese government"),
    ("The SPLM-IO accused the South Sudan People's Defence Forces of bombing civilians in Ulang. Army spokesman "
     "Major General Lul Koang said no civilian areas had been targeted.", "civilian areas", "South Sudanese military"),
    ("Cambodia on Friday rejected Thai accusations that its troops had fired rockets at a market. Defence ministry "
     "spokeswoman Maly Socheata told reporters that Cambodian forces had only responded to Thai aggression.",
     "Thai aggression", "Cambodian military"),
    ("Burkina Faso's armed forces said they had struck terrorist targets near Djibo. Asked about the toll, an "
     "officer at the army's information directorate declined to comment.", "Asked about", "Burkinabe military"),
    ("Villagers said the Nigerian military had failed to protect the town of Mafa. A federal military "
     "official said troops had repelled the attack.", "repelled", "Nigerian military"),
    ("The Malian government said drones had struck terrorist targets near Kidal. Interior Minister Daoud "
     "Mohammedine said no civilians had been hit.", "no civilians", "Malian interior ministry"),
])
def test_an_office_without_its_state_is_the_states(extract, text: str, words: str, source: str) -> None:  # type: ignore[no-untyped-def]
    names = _sources(extract(text).claims, words)
    assert source in names and not any(n.lower() in {"information minister", "army", "defence ministry",
                                                     "interior minister"} for n in names), names


@pytest.mark.parametrize(("text", "words", "not_source"), [
    # the health ministry counts the other side's dead
    ("The Israeli government said its jets struck a depot in Rafah. The health ministry said 12 people were "
     "killed in the strike.", "12 people", "Israeli health ministry"),
    # after a state's forces, a ministry may be the other side's
    ("The Israeli military said its jets struck a depot in Rafah. The interior ministry said 12 people were "
     "killed in the strike.", "12 people", "Israel government"),
    # two states named before: either's
    ("The Chadian government said the gunmen came from Libya. The Libyan government denied it. Information "
     "Minister Ali Saleh said 30 soldiers had died.", "30 soldiers", "Libyan government"),
])
def test_an_office_without_its_state_after_another_side(extract, text: str, words: str, not_source: str) -> None:  # type: ignore[no-untyped-def]
    names = _sources(extract(text).claims, words)
    assert names and not_source not in names, names


def test_a_bare_army_with_no_state_named_stays(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Residents said soldiers had shelled the village of Kamituga. The army said it had not fired on civilians."
    assert _sources(extract(text).claims, "not fired") == {"army"}


def test_the_pakistani_militarys_media_wing(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A spokesman for Inter-Services Public Relations said Pakistan does not target civilians in Kotli."
    assert _names(extract(text).claims) == {"Pakistani military"}


# --- the armed groups of the Philippines ------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("the pro-Islamic State Dawlah Islamiyah-Maute group", "Dawlah Islamiyah"),
    ("Maute group militants", "Dawlah Islamiyah"),
    ("the Abu Sayyaf Group", "Abu Sayyaf"),
    ("the Bangsamoro Islamic Freedom Fighters", "BIFF"),
    ("the communist New People's Army", "NPA"),
    ("the Moro Islamic Liberation Front", "MILF"),
])
def test_philippine_armed_groups(resources, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    actor = resources.actors.resolve(text)
    assert actor is not None and (actor.name, actor.kind) == (name, "armed_group")


def test_a_blamed_philippine_group_is_the_perpetrator(resources) -> None:  # type: ignore[no-untyped-def]
    assert resources.actors.party("militants of the Abu Sayyaf") == "Abu Sayyaf"


# --- "the Houthi-led ministry" after "the Houthi-run health ministry": the ministry, not the patron --
@pytest.mark.parametrize(("text", "words", "source", "not_source"), [
    ("The Houthi-run health ministry in Sanaa said 12 people were killed in the strike on Saada. The "
     "Houthi-led ministry blamed the coalition for the attack.", "coalition", "Houthi health ministry", "Houthis"),
    ("The Hamas-run health ministry in Gaza said 30 people were killed in the strike on Jabalia. The "
     "Hamas-led ministry said most of the dead were children.", "children", "Gaza health ministry", "Hamas"),
])
def test_a_patrons_body_named_again_is_that_body(extract, text: str, words: str, source: str,  # type: ignore[no-untyped-def]
                                                 not_source: str) -> None:
    names = _sources(extract(text).claims, words)
    assert source in names and not_source not in names, names


def test_a_patrons_body_named_first_stays_the_patrons(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The RSF said its fighters had taken El Fasher. The RSF-run administration said 20 civilians "
            "had been killed.")
    assert _sources(extract(text).claims, "20 civilians") == {"RSF"}


# --- a national capital as a bare speaker is the state's government ------------------------------
@pytest.mark.parametrize(("text", "words", "source"), [
    ("The M23 said it had no artillery near the camps. Kigali declined to comment on the latest accusations.",
     "latest accusations", "Rwandan government"),
    ("Niamey said on Monday that 44 people had been killed in the attack on the mosque in Fambita.", "44 people",
     "Nigerien government"),
])
def test_a_capital_speaks_for_its_government(extract, text: str, words: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert _sources(extract(text).claims, words) == {source}


def test_residents_of_a_capital_are_residents(extract) -> None:  # type: ignore[no-untyped-def]
    assert _names(extract("Residents of Kigali said they heard explosions near the airport.").claims) == {"Residents"}
