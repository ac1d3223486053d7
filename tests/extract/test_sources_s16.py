"""Source names on unseen incidents (session 16, sources): a compound title keeps its owner
("the army's chief of staff" is the army, not "staff"), a place after "official in" is never
the source, a state's office posted in a named capital belongs to that capital's state (not to
the state whose office shares its name), a country's ambassador to the UN speaks for the
country; sentences written for the project about conflicts no eval set covers."""

from __future__ import annotations

import pytest

from rashomon.extract.source_names import affiliation
from rashomon.extract.state_officials import un_envoy_state


def _names(claims) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.source.name for c in claims}


# --- a compound title ("chief of staff") is no body: its owner speaks ----------------------------
@pytest.mark.parametrize(("text", "org"), [
    ("The army's chief of staff, General Faustino Ramos", "army"),
    ("the navy's chief of staff", "navy"),
    ("The Mozambican army's chief of staff", "Mozambican army"),
    ("the chief of staff", None),
    ("a spokesman for the Haitian National Police", "Haitian National Police"),  # unchanged
])
def test_a_compound_title_is_not_a_body(text: str, org: str | None) -> None:
    assert affiliation(text) == org


@pytest.mark.parametrize(("text", "bad"), [
    ("The army's chief of staff, General Faustino Ramos, said on state radio that 30 soldiers had died "
     "defending the post near Mocimboa da Praia.", "staff"),
    ("The navy's chief of staff, Admiral Rui Lopes, said 12 sailors were missing after the attack off Pemba.",
     "staff"),
])
def test_a_chief_of_staff_is_not_staff(extract, text: str, bad: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(extract(text).claims)
    assert names and bad not in names, names


# --- a place after "official in" is never the source ---------------------------------------------
@pytest.mark.parametrize(("text", "place"), [
    ("A health official in Maungdaw said 17 bodies had been recovered from the river.", "Maungdaw"),
    ("A railway official in Bamenda said the train had been stopped by gunmen near Kumba.", "Bamenda"),
    ("Drones struck Stepanakert overnight, and officials in Martuni said a power station had been damaged.",
     "Martuni"),
])
def test_a_posting_place_is_not_the_source(extract, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(extract(text).claims)
    assert names and place not in names, names


# --- an office posted in a named capital is that capital's state's ------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("The strikes killed 30 people in Poonch. A foreign office spokesman in New Delhi, Arvind Rao, said the "
     "attack had been planned from across the border.", "Indian government"),
    ("The gunmen killed 9 people near Kidal. A foreign office spokesman in Bamako said the attack had been "
     "planned abroad.", "Malian government"),
])
def test_an_office_in_a_capital_is_that_states(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(extract(text).claims)
    assert source in names and "UK government" not in names, names


# --- a country's ambassador to the UN speaks for the country --------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Myanmar's ambassador to the UN, Kyaw Moe Tun", "Burmese government"),
    ("Colombia's permanent representative to the United Nations", "Colombian government"),
    ("the Sri Lankan ambassador to the UN", "Sri Lankan government"),
    ("the UN envoy for Haiti", None),  # the UN's own envoy
    ("Myanmar's ambassador in Bangkok", None),
])
def test_an_ambassador_to_the_un_is_the_states(text: str, name: str | None) -> None:
    state = un_envoy_state(text)
    assert (state.name if state else None) == name


def test_an_ambassador_to_the_un_is_not_the_un(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Armenia's ambassador to the UN, Mher Margaryan, told the council that Azerbaijani forces had "
            "shelled Jermuk, killing four civilians.")
    names = _names(extract(text).claims)
    assert "UN" not in names and "Armenian government" in names, names


# --- a document relayed by an outlet speaks, not the outlet ---------------------------------------
@pytest.mark.parametrize(("text", "source", "relay"), [
    ("A Colombian army assessment reported by Spanish media put the number of dead at 45.",
     "Colombian military", "Spanish media"),
    ("A confidential UN report seen by Reuters said 300 civilians had been killed in the Rakhine offensive.",
     "UN", "Reuters"),
    ("An internal police memo obtained by local media said 19 officers had died in the ambush near Culiacan.",
     "internal police memo", "local media"),
])
def test_a_relayed_document_speaks(extract, text: str, source: str, relay: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(extract(text).claims)
    assert source in names and relay not in names, names


# --- "the source said" after a source named in the paragraph is that source ----------------------
def test_the_source_is_the_one_just_named(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("MAPUTO, May 3 - Insurgents killed 25 soldiers in an attack on a base in Cabo Delgado province, "
            "the presidency said on Sunday.\n\n"
            "The presidency said the head of state had ordered reinforcements to the district.\n\n"
            "An army source in Mueda, the district capital, told reporters that the attackers came by boat "
            "before dawn. \"They landed on the beach and burned everything. Nobody could stop them,\" the source "
            "said, asking not to be named.\n")
    claims = extract(text).claims
    assert _sources(claims, "landed on the beach") == {"army"}, [(c.source.name, c.text) for c in claims]
    assert "presidency" not in _sources(claims, "Nobody could stop them")


def _sources(claims, words: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.source.name for c in claims if words in c.text}


# --- a group described in the lead and named in the next paragraph is one source -----------------
@pytest.mark.parametrize(("text", "name"), [
    ("BAMENDA - A group representing relatives of the passengers killed on Tuesday near Bamenda said the "
     "attack had killed at least 60 people.\n\n"
     "The Association for the Victims of Ndop said in a statement that its members had buried 61 people.\n",
     "Association for the Victims of Ndop"),
    ("KALAY - An association of displaced families said soldiers had burned 40 homes in the village.\n\n"
     "The Committee for Kalay Displaced People said the fires had been set on Sunday night.\n",
     "Committee for Kalay Displaced People"),
])
def test_a_described_group_is_the_body_named_next(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(extract(text).claims)
    assert names == {name}, names


def test_a_described_group_is_not_another_kind_of_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("JUBA - A group representing cattle keepers said raiders had killed 14 herders near Bor.\n\n"
            "The SPLA-IO said its forces had not been in the area.\n")
    names = _names(extract(text).claims)
    assert "group representing cattle keepers" in names and len(names) == 2, names  # the armed group keeps its own


# --- "media reports said": the media speak --------------------------------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("Various Colombian media reports said the clashes involved rifles and grenades in the Catatumbo region.",
     "Colombian media"),
    ("Haitian media reports said gang members had burned 30 houses in Carrefour.", "Haitian media"),
])
def test_media_reports_are_the_medias(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert _names(extract(text).claims) == {source}


def test_bare_reports_are_no_source(extract) -> None:  # type: ignore[no-untyped-def]
    assert not extract("Reports said gang members had burned 30 houses in Carrefour.").claims


# --- "health officials" in an article that names its health ministry are the ministry -----------
@pytest.mark.parametrize(("text", "name"), [
    ("PORT-AU-PRINCE - Haiti's health ministry said 20 people had died in the clashes in Carrefour.\n\n"
     "Health officials in Port-au-Prince said 15 more were being treated for gunshot wounds.\n",
     "Haitian health ministry"),
    ("The Cameroonian defence ministry said troops had repelled the attack on Mamfe.\n\n"
     "Defence officials in Yaounde said 6 soldiers had been wounded.\n", "Cameroonian military"),
])
def test_officials_of_a_named_ministry_are_the_ministry(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(extract(text).claims)
    assert names == {name}, names


def test_media_reports_after_as_are_the_medias(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("YEREVAN - The toll from Saturday's shelling of Jermuk rose to 9 on Sunday, Armenian officials said, as "
            "Azerbaijani media reports citing security sources said Armenian artillery had fired first.")
    names = _names(extract(text).claims)
    assert not any(n.startswith("as ") for n in names), names


# --- a title before a name the tagger split in two: the body of the title -------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("MOGADISHU - Gunmen stormed a hotel in Kismayo on Friday, killing 12 people, police spokesman Mohamed "
     "Hassan Ali said.", "Somali police"),  # the capital's dateline names the country (s19)
])
def test_a_title_before_a_split_name_is_its_body(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert _names(extract(text).claims) == {source}
