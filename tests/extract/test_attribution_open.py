"""Attribution forms outside the first lexicon (issue 11), on sentences written for the project:
speakers named by a role or a person noun, verbs of position and of knowing, participles hung
inside another cue's content, documents that speak for their authors, wires citing a speaker."""

from __future__ import annotations

import pytest

from rashomon.extract.claims_speakers import agent_noun


@pytest.mark.parametrize(("text", "speaker"), [
    # a role or a person noun with no gazetteer row is still a speaker
    ("The prosecutors said the commander ordered the shelling of the market in Bunia.",
     "The prosecutors"),
    ("A lawyer for the families said the soldiers fired on the crowd in Bogotá.", "A lawyer"),
    ("The campaign says the militia burned three villages near Kidal.", "The campaign"),
    ("Local researchers reported that the drone struck a wedding in Sagaing.", "Local researchers"),
    ("Several councillors said the militia had shelled the town of Stepanakert overnight.",
     "Several councillors"),
    ("The judge ruled, saying the army had bombed the school in Tawila.", "The judge"),
])
def test_role_and_person_nouns_speak(extract, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    written = {c.source.text for c in extract(text).claims}
    assert any(speaker in w for w in written), written


@pytest.mark.parametrize(("word", "expected"), [
    ("prosecutor", True), ("researchers", True), ("congressman", True), ("activist", True),
    ("politician", True), ("border", False), ("number", False), ("shelter", False),
    ("her", False), ("man", False),
])
def test_agent_nouns_by_their_ending(word: str, expected: bool) -> None:
    assert agent_noun(word) is expected


@pytest.mark.parametrize(("text", "outer", "inner"), [
    # the inner subject is no source: the outer speaker keeps the claim
    ("The mayor of Goma said the report suggests that M23 shelled the camp.", "The mayor of Goma",
     "the report"),
    ("A Colombian army spokesman said the evidence shows that the ELN planted the mine.",
     "A Colombian army spokesman", "the evidence"),
])
def test_an_implausible_inner_speaker_does_not_take_the_claim(extract, text: str, outer: str,  # type: ignore[no-untyped-def]
                                                               inner: str) -> None:
    written = {c.source.text for c in extract(text).claims}
    assert outer in written, written
    assert inner not in written


@pytest.mark.parametrize(("text", "source_words"), [
    ("Sudan's army condemned what it called a deliberate attack by RSF drones on the market.",
     "Sudan's army"),
    ("The Arakan Army called the air strike on the village a massacre.", "The Arakan Army"),
    ("Human rights groups urged the junta to stop bombing schools in Sagaing.", "Human rights groups"),
    ("Azerbaijan's foreign ministry denounced the shelling of Tartar as a war crime.",
     "Azerbaijan's foreign ministry"),
])
def test_verbs_of_position_are_cues(extract, text: str, source_words: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(source_words in c.source.text for c in claims), [c.source.text for c in claims]


@pytest.mark.parametrize("text", [
    "UN chief Antonio Guterres condemned the attack on the displacement camp in North Darfur.",
    "The African Union urged restraint after the clashes near Menaka.",
])
def test_a_reaction_without_an_account_is_about_nothing_that_happened(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims
    assert all(c.about == "other" for c in claims)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Colombian prosecutors believe the ELN planted the bomb in Cúcuta.", "Colombian prosecutors"),
    ("An inquiry by the UN found that government jets bombed the market in El Fasher.", "UN"),
    ("Georgian officials fear that the troops will cross the boundary line again.",
     "Georgian officials"),
])
def test_verbs_of_knowing_with_a_clause_are_cues(extract, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(speaker in c.source.text or speaker == c.source.name for c in claims), \
        [(c.source.name, c.source.text) for c in claims]


@pytest.mark.parametrize("text", [
    "Rescuers found 12 bodies under the rubble in Kramatorsk.",
    "President Tshisekedi was expected to visit Goma on Friday.",
    "“We hit their depots in Kidal. They must understand that we will answer every attack.",
    "The villagers know the hills around Mopti well.",
])
def test_verbs_of_knowing_without_a_stated_belief_are_no_cues(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not extract(text).claims or all(
        c.source.text.lower() not in {"rescuers", "president tshisekedi", "they", "the villagers"}
        for c in extract(text).claims)


@pytest.mark.parametrize(("text", "source_words"), [
    ("The charity said it was aware of reports members of its team were killed in an RSF "
     "attack, calling it a tragedy.", "The charity"),
    ("The Congolese army said its positions near Rutshuru were shelled by M23, describing it as "
     "a breach of the truce.", "The Congolese army"),
])
def test_a_participle_speaks_for_the_cue_it_hangs_under(extract, text: str, source_words: str) -> None:  # type: ignore[no-untyped-def]
    written = {c.source.text for c in extract(text).claims}
    assert written == {source_words}, written


@pytest.mark.parametrize(("text", "source_words"), [
    ("A statement released on Wednesday by the Sudanese Armed Forces said RSF drones hit the "
     "power station.", "the Sudanese Armed Forces"),
    ("A communique from the Malian army said jihadists attacked the convoy near Gao.",
     "the Malian army"),
])
def test_a_document_speaks_for_its_author(extract, text: str, source_words: str) -> None:  # type: ignore[no-untyped-def]
    written = {c.source.text for c in extract(text).claims}
    assert source_words in written, written


@pytest.mark.parametrize(("text", "name", "via"), [
    ("Citing a health official, Reuters reported that 40 people were killed in El Geneina.",
     "health official", "Reuters"),
    ("The Associated Press reported the same toll, citing Jean Mbuyi, a spokesperson for the "
     "North Kivu health ministry.", "North Kivu health ministry", "AP"),
])
def test_a_wire_citing_a_speaker_relays_it(extract, text: str, name: str, via: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.source.name == name and via in c.source.via for c in claims), \
        [(c.source.name, c.source.via) for c in claims]


def test_a_subordinate_clause_before_the_cue_is_not_its_content(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("While the Sudanese army declined to comment on the reports, Chad's foreign minister "
            "condemned the attack, labelling it a violation of international law.")
    claims = extract(text).claims
    declines = {c.source.text for c in claims if c.stance == "declines_comment"}
    assert declines == {"the Sudanese army"}, declines


@pytest.mark.parametrize("text", [
    "The agency reported that drones hit the depot in Port Sudan, citing journalists on the ground.",
    "AFP reported that 12 soldiers died near Boulkessi, quoting its correspondent in Bamako.",
])
def test_a_wire_citing_its_own_staff_stays_the_source(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.name.lower() for c in extract(text).claims}
    assert not any("journalist" in n or "correspondent" in n for n in names), names


SIGNED = [
    ("Residents described a night of shelling.\n\n“We were shelled all night and nobody came.” "
     "― Amina Yusuf\n\nThe army said it had repelled the attack.", "Amina Yusuf", "We were shelled"),
    ("Posts from El Fasher spread quickly.\n\n“The drones hit the market twice before noon.”\n\n"
     "— Hawa Adam (@hawa_adam) May 3, 2024\n\nThe RSF denied any attack.", "Hawa Adam",
     "drones hit the market"),
    ("A nurse in Goma wrote on Facebook.\n\n“Twelve wounded children arrived after the bombs fell "
     "on Mugunga camp.”\n\n- Esperance Kahindo\n\nThe army blamed M23.", "Esperance Kahindo",
     "Twelve wounded children"),
    ("At least 30 people were killed in the strike on the market in Sagaing.\n\nSource: Myanmar "
     "Witness\n\nThe junta did not comment.", "Myanmar Witness", "30 people were killed"),
]


@pytest.mark.parametrize(("text", "signer", "words"), SIGNED)
def test_a_signature_or_credit_line_credits_the_words_above(extract, text: str, signer: str, words: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.source.text == signer and words in c.text for c in claims), \
        [(c.source.text, c.text) for c in claims]


@pytest.mark.parametrize("text", [
    "The old divide — Khartoum against the provinces — still shapes the war.",
    "Fighting resumed near Lachin – Azerbaijani and Armenian troops exchanged fire.",
])
def test_a_dash_inside_a_sentence_signs_nothing(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.source.text in {"Khartoum", "Azerbaijani"} for c in extract(text).claims)


def test_a_description_without_an_antecedent_is_not_the_last_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("“We lost everything in the fire,” said Hawa Adam, a trader in El Fasher.\n\n"
            "The army said it had pushed the RSF out of the market.")
    claims = extract(text).claims
    army = [c for c in claims if "pushed the RSF" in c.text]
    assert army and all(c.source.name != "Hawa Adam" for c in army), [(c.source.name, c.text) for c in claims]


@pytest.mark.parametrize("text", [
    "Posts spread fast.\n\nGeneral Kagame said, “The camp was never shelled.”\n\n— Jean Habimana\n\n"
    "The UN said it would investigate.",
    "Radio Okapi reports:\n\nThe army said M23 fighters shelled Sake overnight.\n\nThe rebels denied it.",
])
def test_a_relay_line_credits_no_words_that_name_their_own_speaker(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.text for c in extract(text).claims}
    assert not names & {"Jean Habimana", "Radio Okapi"}, names


@pytest.mark.parametrize(("text", "name_part"), [
    ("The attack was condemned by Bishop Kamau, who said the army had shelled the market in Juba.",
     "Kamau"),
    ("Airstrikes hit Tawila, said the Sudan Doctors Network, which blamed the army for the attack.",
     "Sudan Doctors Network"),
])
def test_a_relative_pronoun_speaker_is_written_as_itself_and_named_by_its_antecedent(extract, text: str,  # type: ignore[no-untyped-def]
                                                                                      name_part: str) -> None:
    claims = [c for c in extract(text).claims if c.source.text in {"who", "which"}]
    assert claims, [(c.source.name, c.source.text) for c in extract(text).claims]
    for c in claims:
        assert name_part in c.source.name
        assert c.source.start is not None and text[c.source.start:c.source.end] == c.source.text


@pytest.mark.parametrize(("text", "speaker"), [
    ("Anadolu Agency quoted an Iraqi army officer as saying that the strikes killed dozens of "
     "fighters.", "an Iraqi army officer"),
    ("State television cited the governor of South Kordofan as saying that drones hit Kadugli.",
     "the governor of South Kordofan"),
    ("Radio Okapi quoted a Congolese colonel as saying M23 had shelled Sake overnight.",
     "a Congolese colonel"),
])
def test_quoted_as_saying_credits_the_one_quoted(extract, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    written = {c.source.text for c in extract(text).claims}
    assert speaker in written, written


@pytest.mark.parametrize(("text", "speaker"), [
    ("Aid groups worry that the fighting around El Fasher will cut the last supply road.", "Aid groups"),
    ("Residents argued the drones came from the east of Tombouctou.", "Residents"),
    ("Armenian villagers insist that the shells landed inside their fields.", "Armenian villagers"),
])
def test_any_verb_with_a_clause_and_a_speaker_is_a_weak_cue(extract, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    written = {c.source.text for c in extract(text).claims}
    assert speaker in written, written


@pytest.mark.parametrize("text", [
    "The army made sure that the convoy left Goma before dawn.",
    "It seems that the ceasefire in Nagorno-Karabakh is holding.",
    "The shelling means that no aid can reach Kadugli.",
])
def test_verbs_that_report_nothing_are_no_cues(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not extract(text).claims


def test_claiming_to_quote_someone_is_the_outlet_s_own_claim(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("State television contradicted the rebels, claiming to cite a fighter of the Arakan Army "
            "as saying that jets bombed the base.")
    written = {c.source.text for c in extract(text).claims}
    assert "State television" in written and not any("fighter" in w for w in written), written


@pytest.mark.parametrize(("text", "source", "via"), [
    ("According to the news agency Reuters, quoting the spokesman of the Sudanese Health Ministry, "
     "Ahmed Mohamed, dozens of the wounded were taken to the hospital in Omdurman.",
     "Sudanese Health Ministry", "Reuters"),
    ("At least 12 people were killed, according to AFP, citing a Malian army colonel.", "Malian military",
     "AFP"),
])
def test_according_to_a_wire_quoting_someone_credits_the_one_quoted(extract, text: str, source: str,  # type: ignore[no-untyped-def]
                                                                     via: str) -> None:
    claims = extract(text).claims
    assert any(source.lower() in c.source.name.lower() and any(via in v for v in c.source.via) for c in claims), \
        [(c.source.name, c.source.via) for c in claims]


@pytest.mark.parametrize("text", [
    "More than 100 Palestinians were killed near the aid convoy, the ministry said.",
    "At least 44 people died in the strike on the camp in Zamzam, the RSF said.",
])
def test_a_toll_is_never_a_speaker(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.text.lower() for c in extract(text).claims}
    assert not any(n.startswith(("more than", "at least")) for n in names), names
