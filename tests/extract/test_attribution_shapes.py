"""Attribution shapes that the parser misreads, on sentences written for the project (issue 11,
PolNeAR recall): an inverted cue after a quotation whose first sentence the splitter cut off,
an "as X said" clause, a cue set inside its statement, a dateline without an agency, a finite
"cite" with a thing as object, and a signed quotation that names another speaker in passing."""

from __future__ import annotations

import pytest


def _written(result, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[c.source.start:c.source.end] for c in result.claims if c.source.start is not None]


@pytest.mark.parametrize(("text", "speaker"), [
    # the quotation opens in the sentence before the cue: the parser gives the cue two subjects
    ("“The camp is full. Nobody else can get in,” said Amina Yusuf, a nurse with the Sudanese "
     "Red Crescent in Tawila.", "Amina Yusuf"),
    ("“The bridge is gone. Full stop,” said Carlos Mejía, a councillor in Tumaco.", "Carlos Mejía"),
    ("“They came at night. Nobody was spared,” said Thida Aung, a teacher from Sagaing.", "Thida Aung"),
])
def test_inverted_cue_after_a_quotation(extract, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in _written(extract(text), text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("The town, as the army spokesman said, was shelled all night.", "the army spokesman"),
    ("Kidal, as a UN official pointed out, has had no water for a week.", "a UN official"),
    ("Stepanakert, as the ombudsman noted, was cut off from food supplies.", "the ombudsman"),
])
def test_as_clause_speaker_and_whole_statement(extract, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert _written(result, text) == [speaker]
    claim = result.claims[0]
    # the statement is the sentence around the cue, not the words before the speaker
    assert text.split(",")[0] in claim.text and text.rstrip(".").split(",")[-1].strip() in claim.text


@pytest.mark.parametrize(("text", "speaker"), [
    ("To reach the border, the UNHCR official said, families walk for three days.", "the UNHCR official"),
    ("In Goma, a MONUSCO spokesman said, the shelling went on until dawn.", "a MONUSCO spokesman"),
])
def test_cue_inside_its_statement(extract, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert _written(result, text) == [speaker]
    assert text.rstrip(".").split(",")[-1].strip() in result.claims[0].text


@pytest.mark.parametrize(("text", "speaker"), [
    ("KHARTOUM — The Sudanese army, fighting in Omdurman, said the RSF shelled the market.",
     "The Sudanese army"),
    ("GOMA, Congo -- The provincial governor, speaking on local radio, said M23 shelled Sake.",
     "The provincial governor"),
    ("BAMAKO — Mali's junta, in a televised address, said jihadists attacked a convoy near Gao.",
     "Mali's junta"),
])
def test_dateline_without_agency_is_not_the_speaker(extract, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    written = _written(extract(text), text)
    assert written and written[0] == speaker


@pytest.mark.parametrize(("text", "speaker", "cited"), [
    ("The ministry cited the collapse of the truce as the reason for the offensive.", "The ministry",
     "the collapse of the truce"),
    ("Colombia's defence minister cited a rise in attacks on oil pipelines in Arauca.",
     "Colombia's defence minister", "a rise in attacks"),
])
def test_finite_cite_with_a_thing_is_a_claim(extract, text: str, speaker: str, cited: str) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert _written(result, text) == [speaker]
    assert cited in result.claims[0].text


@pytest.mark.parametrize("text", [
    "The army said the strike killed 12 fighters, citing intelligence reports.",
    "The health ministry said 14 people died in Kassala, citing a police officer in the town.",
])
def test_citing_participle_is_still_no_claim_of_its_own(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims
    assert all(not c.text.lower().startswith(("intelligence reports", "a police officer")) for c in claims)


@pytest.mark.parametrize(("text", "signer"), [
    ("“We walked for three days to reach Adre. The soldiers said we were spies and took our phones. "
     "My brother was shot at the checkpoint.” ― Halima Abakar", "Halima Abakar"),
    ("“The militia came before dawn. The commander told us the village belonged to them now. "
     "We left everything behind and ran to Bunia.” — Jeanne Kahindo", "Jeanne Kahindo"),
])
def test_signed_quote_naming_a_speaker_in_passing(extract, text: str, signer: str) -> None:  # type: ignore[no-untyped-def]
    assert signer in [c.source.name for c in extract(text).claims]


@pytest.mark.parametrize(("text", "speaker", "said"), [
    ("Colonel Ibrahim continued: “The rebels fired first and we answered.”", "Colonel Ibrahim",
     "The rebels fired first"),
    ("The mayor of Kherson continued, “Nobody has come to repair the water station.”",
     "The mayor of Kherson", "Nobody has come"),
    ("“We will not leave Rafah,” the mayor went on.", "the mayor", "We will not leave Rafah"),
])
def test_continue_beside_a_quotation_reports_it(extract, text: str, speaker: str, said: str) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert _written(result, text) == [speaker]
    assert said in result.claims[0].text


@pytest.mark.parametrize("text", [
    "Fighting continued in El Fasher for a third day.",
    "The talks went on until midnight in Jeddah.",
    "Shelling continued near the “humanitarian corridor” on Sunday.",
])
def test_continue_without_a_quotation_is_no_cue(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not extract(text).claims


@pytest.mark.parametrize(("text", "not_in"), [
    # a temporal "as" with a clause of its own is no parenthesis: its content is its own clause
    ("Fighters of the Wagner Group buried their dead in Bamako, as the group vowed to respond to "
     "the ambush.", "buried"),
    ("Residents fled Sake on foot, as M23 promised to take Goma within days.", "fled"),
])
def test_temporal_as_clause_keeps_its_own_content(extract, text: str, not_in: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims
    assert all(not_in not in c.text for c in claims)


@pytest.mark.parametrize(("text", "speaker", "said"), [
    ("The attack on the garrison near Menaka was claimed by the Islamic State group.",
     "the Islamic State group", "The attack on the garrison"),
    ("The report of a massacre in Tumaco was denied by the Colombian army.", "the Colombian army",
     "The report of a massacre"),
    ("The toll of 14 dead was confirmed by the health ministry in Kassala.", "the health ministry in Kassala",
     "The toll of 14 dead"),
    ("It was reported by state television that drones struck the airport in Port Sudan.",
     "state television", "drones struck the airport"),
])
def test_passive_cue_with_an_agent_credits_the_agent(extract, text: str, speaker: str, said: str) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert speaker in _written(result, text)
    assert any(said in c.text for c in result.claims)


@pytest.mark.parametrize(("text", "speaker", "said"), [
    ("The African Union endorsed the ceasefire plan for Sudan on Friday.", "The African Union",
     "the ceasefire plan"),
    ("Colombia's Congress voted to extend the peace talks with the ELN.", "Colombia's Congress",
     "to extend the peace talks"),
])
def test_endorse_and_vote_take_a_position(extract, text: str, speaker: str, said: str) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert _written(result, text) == [speaker]
    assert said in result.claims[0].text and result.claims[0].about == "other"
