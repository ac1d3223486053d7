"""Rule-based source coreference, quotes and stance corner cases, on sentences written for
the project (rashomon.extract.coref, attribution, stance)."""

from __future__ import annotations

import pytest


def _pairs(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance) for c in claims]


def test_relative_clause_speaker_is_the_group_not_the_nearest_noun(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Word came from Iraq's Popular Mobilization Forces, an umbrella of Iran-backed "
            "militias, which claimed that the raid on the border killed 17 of its men.")
    claims = extract(text).claims
    assert ("PMF", "asserts") in _pairs(claims), _pairs(claims)
    figures = [c for c in claims if c.killed is not None]
    assert figures and figures[0].source.name == "PMF"
    assert (figures[0].killed.min, figures[0].killed.max) == (17, 17)  # type: ignore[union-attr]


def test_relative_clause_denial(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The army said the blast came from a rocket fired by the Palestinian Islamic Jihad "
            "militant group, which denied blame.")
    assert ("Islamic Jihad", "denies") in _pairs(extract(text).claims)


def test_standalone_quote_paragraph_belongs_to_the_speaker_before(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The Popular Mobilization Forces said American jets hit its brigade headquarters.\n\n"
            "“At midnight a US plane fired two missiles at our post, killing nine fighters.”\n\n"
            "The US military denied the reports on Monday.")
    claims = extract(text).claims
    quoted = [c for c in claims if "midnight" in c.evidence.text]
    assert quoted and all(c.source.name == "PMF" for c in quoted), _pairs(quoted)
    assert any(c.killed is not None and c.killed.min == 9 for c in quoted)


def test_quote_inside_quote_is_not_a_claim_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("An army spokesman said in a statement that “an analysis of our radar data indicates "
            "that the rocket was fired from the town”.")
    claims = extract(text).claims
    assert claims
    assert not any("analysis" in c.source.text for c in claims), _pairs(claims)


@pytest.mark.parametrize("descriptor", ["a monitor", "a war monitoring group"])
def test_generic_description_takes_the_named_actor(extract, descriptor: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"At least 31 fighters were killed in the overnight raid, {descriptor} said. "
            "The Syrian Observatory for Human Rights said most of them were foreigners.")
    claims = extract(text).claims
    first = [c for c in claims if "31" in c.evidence.text]
    assert first and first[0].source.name == "SOHR", _pairs(claims)
    assert first[0].source.text == descriptor  # the words as written are kept


def test_the_coalition_spokesman_is_the_coalition_named_before(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Syrian state television blamed the US-led coalition for the raid. "
            "A spokesman for the coalition said there were no coalition strikes in the area.")
    claims = extract(text).claims
    denials = [c for c in claims if c.stance == "denies"]
    assert denials and denials[0].source.name in {"US-led coalition", "US military"}, _pairs(claims)


def test_the_ministry_is_not_an_earlier_wire(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The Gaza health ministry gave a first toll in the morning. According to the "
            "Associated Press, the ministry said at least 310 people had been killed.")
    claims = extract(text).claims
    figures = [c for c in claims if c.killed is not None]
    assert figures and figures[0].source.name != "AP", _pairs(claims)
    assert "ministry" in figures[0].source.name.lower()


def test_surname_takes_affiliation_named_later(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("“A missile fell on a farm and killed two men,” Kowalczyk said. Polish foreign "
            "ministry spokesman Pawel Kowalczyk added that the ambassador had been summoned.")
    claims = extract(text).claims
    first = [c for c in claims if "farm" in c.evidence.text]
    assert first and first[0].source.name == "Polish government", _pairs(claims)


def test_person_pronoun_takes_the_newer_subject(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A military spokesperson said the strike was not their business. "
            "Prime Minister Benjamin Netanyahu called Russian President Vladimir Putin on Sunday. "
            "“Iran must leave Syria,” he said.")
    claims = extract(text).claims
    iran = [c for c in claims if "Iran must" in c.evidence.text]
    assert iran and iran[0].source.name != "Israel military"
    assert "Putin" not in iran[0].source.text
    assert iran[0].frame is None  # a general remark: no attack spoken of


def test_media_citing_an_official_makes_the_official_the_source(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Israel was behind the raid on the border post, CNN reported on Monday, citing a US "
            "official.")
    claims = extract(text).claims
    assert claims
    assert all(c.source.name != "CNN" for c in claims), _pairs(claims)
    assert "CNN" in claims[0].source.via


def test_party_citing_its_own_source_stays_the_source(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The raid hit the T4 air base, state news agency SANA reported, citing a military source."
    claims = extract(text).claims
    assert [c.source.name for c in claims] == ["SANA"], _pairs(claims)


def test_headline_clause_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Damascus says coalition jets hit army post, US denies\n\nMore text follows here."
    claims = extract(text).claims
    assert ("US government", "denies") in _pairs(claims) or ("US military", "denies") in _pairs(claims)
    assert not any(c.source.name == "Syrian government" and c.stance == "denies" for c in claims)


def test_headline_repeating_a_body_claim_counts_once(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Pentagon denies strike near the border\n\n"
            "The Pentagon denied on Tuesday that American aircraft struck the convoy.")
    claims = extract(text).claims
    assert len([c for c in claims if c.stance == "denies"]) == 1, _pairs(claims)


@pytest.mark.parametrize(("text", "stance"), [
    # not knowing who did it is no denial: CONVENTIONS reads it as the unknown stance
    ("The monitor said it could not identify who carried out the raid.", "unknown"),
    ("“No member of the coalition carried out strikes near the town,” a CENTCOM spokesman said.",
     "denies"),
    ("A coalition spokesman said there were no coalition strikes in the area.", "denies"),
    ("An army spokesman said the military does not confirm or reject such operations.",
     "declines_comment"),
    ("A Defence Ministry official said the matter was none of its business.", "declines_comment"),
    ("The state news agency contradicted the militia's account, saying jets hit the base.",
     "asserts"),
    ("The state news agency contradicted the reports of an Israeli raid.", "denies"),
])
def test_stance_corner_cases(extract, text: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims, text
    assert claims[0].stance == stance, _pairs(claims)


@pytest.mark.parametrize("text", [
    "The AP could not independently verify the footage.",
    "Israeli policy does not confirm such reports.",
])
def test_no_claim(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in extract(text).claims if c.stance != "declines_comment" or "AP" in c.source.name]


@pytest.mark.parametrize(("text", "source", "killed"), [
    ("At least 27 foreign fighters allied to the government were killed in the raid, "
     "the Syrian Observatory for Human Rights said.", "SOHR", (27, None)),
    ("Al Mayadeen TV said 16 soldiers, including two senior officers, were killed.",
     "Al Mayadeen", (16, 16)),
    ("The Syrian Observatory for Human Rights (SOHR) said 19 people were killed.", "SOHR", (19, 19)),
    ("DAMASCUS (AFP) - The Syrian Observatory for Human Rights, a monitor based in Britain, "
     "said on Friday the raid killed 11 fighters.", "SOHR", (11, 11)),
    ("The base was hit overnight, with the death toll reaching 44 according to the Syrian "
     "Observatory for Human Rights.", "SOHR", (44, 44)),
])
def test_casualty_figures_of_a_source(extract, text: str, source: str, killed: tuple[int | None, int | None]) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.killed is not None]
    assert claims, text
    assert claims[0].source.name == source, [(c.source.name, c.killed) for c in claims]
    assert (claims[0].killed.min, claims[0].killed.max) == killed  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "A US official told CNN that the airstrike, which killed 31 fighters, was carried out by Israel.",
    "The ministry said the attack that left dozens of fighters dead came from the sea.",
])
def test_figure_describing_the_attack_is_not_the_speakers_claim(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in extract(text).claims if c.killed is not None]


def test_victims_are_not_perpetrators(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Al Mayadeen TV said 16 soldiers, including several Iranian advisers, were killed."
    assert all(c.perpetrator != "Iran" for c in extract(text).claims)


def test_vague_country_source_takes_the_specific_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The US denied having carried out the raid. “These are not our strikes,” a CENTCOM "
            "official told the channel.")
    denials = [c for c in extract(text).claims if c.stance == "denies"]
    assert denials and {c.source.name for c in denials} == {"US military"}, _pairs(denials)
    assert any(c.source.text == "The US" for c in denials)  # as written


def test_statement_issued_by_the_subject(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The observatory said 12 soldiers died. The Pentagon issued a statement saying that "
            "\"the Department of Defense is not conducting air strikes in Syria.\"")
    claims = [c for c in extract(text).claims if "Defense" in c.evidence.text]
    assert claims and claims[0].source.name == "US military" and claims[0].stance == "denies", _pairs(claims)


def test_wire_reporting_a_decline_is_via(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("An Israeli army spokeswoman declined to comment, Reuters reported.").claims
    assert _pairs(claims) == [("Israel military", "declines_comment")]
    assert "Reuters" in claims[0].source.via


def test_outer_report_keeps_its_own_stance(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("State media reported that missiles struck an air base, although US forces said they "
            "were not conducting strikes in the country.")
    pairs = _pairs(extract(text).claims)
    assert ("US military", "denies") in pairs, pairs
    assert all(stance == "asserts" for name, stance in pairs if name != "US military"), pairs


def test_unlikely_fired_is_a_denial(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Biden said the missile was unlikely to have been fired from Russia."
    assert [c.stance for c in extract(text).claims] == ["denies"]


def test_the_group_is_the_armed_group_named_before(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Israel's army said the blast was caused by a rocket of Palestinian Islamic Jihad. "
            "The group denied it.")
    assert ("Islamic Jihad", "denies") in _pairs(extract(text).claims)


def test_quote_before_speaker_with_a_title_is_the_content(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("\"There have been no US or coalition strikes near the town,\" Maj. Lena Ortiz, a CENTCOM "
            "spokeswoman, told reporters.")
    assert [(c.source.name, c.stance) for c in extract(text).claims] == [("US military", "denies")]


def test_subject_inside_the_quote_is_not_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("“There were fighters of many nationalities among the dead, Afghans among them,” "
            "Rami Abdel Rahman, the observatory's director, told AFP.")
    claims = extract(text).claims
    assert claims and all("Afghans" not in c.source.text for c in claims)


def test_possessive_speaker_is_its_owner(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The Pentagon acknowledged the strikes within hours. In a statement, its press "
            "secretary, Tom Reyes, said the jets hit two depots.")
    assert {c.source.name for c in extract(text).claims} == {"US military"}


def test_unclear_who_did_it_is_not_a_denial(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The observatory's director said it was not clear whose aircraft had carried out the raid."
    assert all(c.stance != "denies" for c in extract(text).claims)


def test_trailing_clause_of_another_speaker_is_not_the_content(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The Pentagon said it was not carrying out air strikes in Syria, days after President "
            "Donald Trump warned of a response to the gas attack.")
    stances = {c.source.name: c.stance for c in extract(text).claims}
    assert stances.get("US military") == "denies"
    assert stances.get("US government") != "denies", stances


def test_to_blame_is_not_a_blaming_cue(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The missile was Ukrainian, but Russia is to blame for the war, the alliance chief said."
    assert all(c.source.name != "Russian government" for c in extract(text).claims)


@pytest.mark.parametrize("text", [
    "Prime Minister Avi Dror said Israel will defend itself against any attack.",
    "The militia said it would strike back at American bases.",
])
def test_warnings_and_promises_are_not_about_the_incident(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims and all(c.about == "other" and c.frame is None and c.perpetrator is None for c in claims)


def test_counterfactual_past_is_a_claim_about_the_incident(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A Russian military expert claimed that Russian missiles would not have been able to "
            "reach the village.")
    assert [c.about for c in extract(text).claims] != ["other"]


@pytest.mark.parametrize(("text", "stance"), [
    ("Israel's military said on Saturday it had attacked a drone control centre at the base.", "confirms"),
    ("“We struck two depots used by the militia,” a CENTCOM spokesman said.", "confirms"),
    ("The Pentagon said it did not strike the depots.", "denies"),
])
def test_speaker_saying_it_attacked_acknowledges(extract, text: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims and claims[0].stance == stance, [(c.source.name, c.stance, c.perpetrator) for c in claims]


@pytest.mark.parametrize("text", [
    "The Syrian Observatory for Human Rights said at least five Iraqi militia members died in the raids.",
    "The premier's office condemned the raid, saying it breached Iraq's sovereignty.",
    "Missiles hit Syria's T4 air base, a figure at odds with the Russian account, SANA said.",
    "Two Israeli jets fired eight missiles at Syria's T4 air base from Lebanese airspace, "
    "Russia's defence ministry said.",
])
def test_victims_places_and_accounts_are_not_perpetrators(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    perps = {c.perpetrator for c in extract(text).claims}
    assert not perps & {"Iraq", "Syria", "Russia"}, perps


def test_the_group_is_the_group_named_before_not_after(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Iraq's Popular Mobilization Forces said 22 of its fighters were killed. \"The strike "
            "was carried out by an American aircraft,\" the group said. Islamic State group "
            "fighters were also active in the area.")
    claims = [c for c in extract(text).claims if "American aircraft" in c.evidence.text]
    assert claims and claims[0].source.name == "PMF"


def test_an_armed_force_of_a_party_is_that_party(extract) -> None:  # type: ignore[no-untyped-def]
    assert [c.perpetrator for c in extract("Syria said Israel's air force struck the base.").claims] == ["Israel"]
