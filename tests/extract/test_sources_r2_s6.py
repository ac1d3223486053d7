"""Source names on unseen incidents (session 15 round 2, sources6): national Red Cross and Red
Crescent societies keep their own names, a place or a state inside a speaker's description is no
source, a civil group accusing an armed one is not that armed group, an organisation's head
after its acronym speaks for it, and a press-release statement is its signer's words throughout;
sentences written for the project about conflicts no eval set covers."""

from __future__ import annotations

import pytest

from rashomon.extract.statements import statement_speaker


def _names(claims) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.source.name for c in claims}


# --- a national society is not the international committee -------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("the Kenya Red Cross", None),
    ("the Ethiopian Red Cross Society", None),
    ("Ethiopia's Red Cross", None),
    ("the Red Cross in Tanganyika province", None),
    ("the Sudanese Red Crescent", None),
    ("the Red Crescent in Darfur", None),
    ("the Red Cross", "ICRC"),
    ("A Red Cross official", "ICRC"),
    ("the International Committee of the Red Cross", "ICRC"),
    ("the ICRC in Juba", "ICRC"),
    ("the Palestine Red Crescent Society", "Palestinian Red Crescent"),
])
def test_a_national_society_is_not_the_committee(resources, text: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    actor = resources.actors.resolve(text)
    assert (actor.name if actor else None) == name


@pytest.mark.parametrize(("text", "source"), [
    ("The Kenya Red Cross said eight wounded people were treated at the hospital in Mandera.", "Kenya Red Cross"),
    ("Nine people were killed in the attack on Kalemie, the Red Cross in Tanganyika province said.",
     "Red Cross in Tanganyika province"),
    ("The Ethiopian Red Cross Society said 15 people died in the clashes in Gondar.", "Ethiopian Red Cross Society"),
    ("The Red Cross said 12 people were killed in the strike on the market in Mekelle.", "ICRC"),
])
def test_a_national_society_speaks_by_its_own_name(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(extract(text).claims)
    assert source in names, names
    if source != "ICRC":
        assert "ICRC" not in names, names


# --- a place or state inside the speaker's description is no source ----------------------------
@pytest.mark.parametrize(("text", "source", "not_source"), [
    ('"We found the bodies of 14 soldiers near the road," said Captain Ali Hassan, the army\'s spokesman '
     "in Tigray, adding that troops had chased the rebels into the hills.", "army", "Tigray"),
    ("Community leaders in neighbouring Zamfara state have also accused the military of deadly air strikes "
     "on villages in the past year.", "Community leaders", "neighbouring Zamfara state"),
    ("Residents in Borno state said soldiers killed 12 people at the market in Gwoza.", "Residents", "Borno state"),
])
def test_a_place_in_the_description_is_no_source(extract, text: str, source: str, not_source: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(extract(text).claims)
    assert source in names and not_source not in names, names


# --- the accused subject of a reported clause is not the speaker -------------------------------
@pytest.mark.parametrize(("text", "accused"), [
    ("Fighters of the Rapid Support Forces (RSF) killed more than 30 people when they stormed a village in "
     "North Darfur on Tuesday, a pro-democracy activist group said.", "RSF"),
    ("Fighters of Somalia's Islamist al-Shabaab movement killed more than 30 people when they stormed a village "
     "in the Middle Shabelle region on Tuesday, a local rights group said.", "al-Shabaab"),
])
def test_a_civil_group_accusing_an_armed_one_is_not_it(extract, text: str, accused: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims and accused not in _names(claims), _names(claims)
    assert not any(c.stance == "confirms" for c in claims)


def test_a_group_named_as_the_armed_one_still_refers(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("JNIM fighters attacked the army base in Djibo. The militant group said it had killed "
                     "20 soldiers.").claims
    assert "JNIM" in _names(claims)


# --- an organisation's head after its acronym speaks for it -------------------------------------
@pytest.mark.parametrize(("text", "source"), [
    ("MSF Operations Director Ana Ruiz said 11 people were killed in the strike on the hospital in Abs.", "MSF"),
    ("WFP Country Director Maria Lopez said 18 people were killed at the food distribution in Cite Soleil.", "WFP"),
])
def test_an_acronyms_head_speaks_for_it(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert source in _names(extract(text).claims)


# --- a press-release statement is its signer's words -------------------------------------------
_WFP = (
    "PORT-AU-PRINCE, 4 March 2024 - Statement by WFP Executive Director Maria Lopez on the attack in Cite Soleil\n\n"
    '"I am appalled by reports that at least 18 people, among them six children, were killed and more than 30 '
    'wounded when gangs attacked a food distribution in Cite Soleil on Saturday.\n\n'
    '"Aid workers and the families they serve must never be targets. This is the third attack on a distribution '
    'point this year.\n\n'
    '"WFP calls on all armed groups to let food reach the people who need it."\n')
_MSF = (
    "Statement by MSF Operations Director Ana Ruiz on the bombing of the hospital in Abs\n\n"
    '"Yesterday afternoon an air strike hit the hospital we support in Abs, killing 11 people, three of them our '
    'staff, and wounding 19.\n\n'
    '"The coordinates of the hospital were shared with all parties to the conflict. There is no excuse for this '
    'attack."\n')
_ICRC = (
    "NAIROBI, 12 May 2023 - Statement by the ICRC's regional director for Africa, Patrick Mbeki, on the violence "
    "in Mekelle\n\n"
    '"Our teams in Mekelle have received 40 wounded people since Tuesday, and at least nine people died.\n\n'
    '"We urge all parties to spare civilians and to let medical workers do their work."\n\n###\n')


@pytest.mark.parametrize(("text", "source", "killed"), [
    (_WFP, "WFP", 18),
    (_MSF, "MSF", 11),
    (_ICRC, "ICRC", 9),
])
def test_a_statement_is_its_signers_words(extract, text: str, source: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text, published="2024-03-04").claims
    tolls = [c for c in claims if c.killed is not None and c.killed.min == killed]
    assert tolls and {c.source.name for c in tolls} == {source}, [(c.source.name, c.text) for c in claims]


@pytest.mark.parametrize("text", [
    # quoted paragraphs under a headline that is no statement header
    'Gunmen kill 18 in Cite Soleil\n\n"They came at dawn," a resident said.\n\n"We ran," she said.\n',
    # a statement header over the outlet's own paragraphs
    "Statement by the army on the attack in Gwoza\n\nThe army said 12 soldiers were killed.\n\n"
    "Residents said more died.\n",
])
def test_other_texts_are_no_statement(resources, text: str) -> None:  # type: ignore[no-untyped-def]
    assert statement_speaker(resources.nlp(text)) is None


def test_a_statement_header_names_its_signer(resources) -> None:  # type: ignore[no-untyped-def]
    header = statement_speaker(resources.nlp(_ICRC))
    assert header is not None and header.speaker_text == "ICRC's regional director for Africa, Patrick Mbeki"


# --- no speaker from inside a closing quote, an object pronoun or a purpose infinitive ----------
def test_a_cue_inside_a_quote_closed_in_its_sentence_is_the_quotes(extract) -> None:  # type: ignore[no-untyped-def]
    text = ('"The gunmen circled the market at dawn and fired on it. When the young men tried to defend the '
            'stalls with machetes, they went from house to house and killed everyone they saw," said one survivor '
            "from Kishishe, a herder who gave his name only as Jean. He said three of his brothers were among "
            "the dead.")
    names = _names(extract(text).claims)
    assert names and not any("young men" in n for n in names), names


@pytest.mark.parametrize(("text", "not_source"), [
    ("The wedding had drawn about 200 guests from nearby villages, among them traders, herders and their "
     "families, who came to hear musicians perform in the courtyard.", "traders"),
    ("Rights groups in Chad say the killings show that the curfew, imposed in March, has given the police a "
     "free hand.", "curfew"),
    ("Opposition parties say the killings show that the state of emergency, declared in February, has given "
     "soldiers in Mozambique a free hand.", "state of emergency"),
])
def test_no_speaker_from_a_pronoun_or_a_participle(extract, text: str, not_source: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(extract(text).claims)
    assert not any(not_source in n for n in names), names


@pytest.mark.parametrize(("text", "source"), [
    ("The army, speaking in Juba, said 12 soldiers were killed near Yei.", "army"),
    ("The UN mission in South Sudan, UNMISS, said on Sunday that at least 20 people, including six children, "
     "had been killed in Yei.", "UNMISS"),
    ("The Ethiopian defence ministry, asked about the strike at its weekly briefing, said its forces did not "
     "target civilians in Mekelle.", "Ethiopian military"),
])
def test_a_speaker_set_off_by_commas_still_speaks(extract, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert source in _names(extract(text).claims)


def test_an_earwitness_still_speaks(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Residents" in _names(extract("Residents heard soldiers shoot three men near the market in Beni.").claims)


def test_us_forces_are_no_object_pronoun(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("US forces said the drone strike near Jilib had killed four al-Shabaab fighters.").claims
    assert claims, claims


# --- the movement's bare name after a national society is that society --------------------------
def test_a_red_cross_official_after_the_national_society_is_its(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("NAIROBI - About 5,000 people have crossed into Kenya since soldiers shot dead civilians in Mandera, "
            "the Kenya Red Cross said on Monday.\n\nA Red Cross official in Mandera said its medics had treated "
            "eight people with gunshot wounds.\n\nThe International Committee of the Red Cross said it was "
            "sending surgeons.\n")
    claims = extract(text).claims
    by_text = {c.source.name for c in claims if "medics" in c.text}
    assert by_text == {"Kenya Red Cross"}, [(c.source.name, c.text) for c in claims]
    assert "ICRC" in {c.source.name for c in claims if "surgeons" in c.text}


def test_a_red_cross_official_before_any_society_is_the_committee(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A Red Cross official said 12 people were killed in the strike on the market in Mekelle.\n\n"
            "The Ethiopian Red Cross Society said its volunteers had recovered 15 bodies.\n")
    claims = extract(text).claims
    assert {c.source.name for c in claims if "Mekelle" in c.text} == {"ICRC"}


def test_one_survivor_from_a_village_speaks_for_the_survivors(extract) -> None:  # type: ignore[no-untyped-def]
    text = ('"They went from house to house and killed everyone they saw," said one survivor from Kishishe, a herder '
            "who gave his name only as Jean.")
    assert _names(extract(text).claims) == {"survivors"}


def test_a_named_resident_keeps_the_name(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Amina Yusuf" in _names(extract("Amina Yusuf, a resident of Goma, said the shells fell at dawn and killed "
                                           "four people.").claims)
