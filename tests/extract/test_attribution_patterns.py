"""Attribution patterns of issue 11 on sentences written for the project (conflicts no eval
set covers): what an accused is blamed for, quoted phrases in the outlet's own voice, beliefs
echoed by a pronoun inside another speaker's words, and "the country's government"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Sudan's army blamed the Rapid Support Forces for the drone strike on the market in El Fasher.",
     "Sudan's army", "for the drone strike"),
    ("Myanmar's shadow government accused the junta of bombing a school in Sagaing on Tuesday.",
     "Myanmar's shadow government", "of bombing a school"),
    ("The Congolese government blamed the shelling of the camp near Goma on the M23 rebels.",
     "The Congolese government", "on the M23 rebels"),
    ("Residents of Djibo blamed the jihadists for the ambush that killed 12 soldiers.",
     "Residents of Djibo", "for the ambush"),
])
def test_what_the_accused_is_blamed_for_is_content(extract, text: str, speaker: str, words: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.source.text == speaker]
    assert claims, [c.source.text for c in extract(text).claims]
    assert any(words in c.text for c in claims), [c.text for c in claims]
    assert any(c.frame == 0 for c in claims)  # the claim speaks of the incident


@pytest.mark.parametrize(("text", "phrase"), [
    ("The army spokesman said the drone hit a fuel depot near Goma.\n“Peace is near” has become the "
     "slogan of the talks. The ceasefire collapsed twice in May.", "slogan of the talks"),
    ("Colombia's defence minister said the ELN planted the mine.\n“Total peace” is the president's "
     "policy. Critics say it has emboldened armed groups.", "the president's policy"),
    ("“Anything could happen” seems to be the refrain in Khartoum. The talks in Jeddah stalled "
     "again on Monday. A diplomat said the RSF had refused the terms.", "stalled again"),
])
def test_a_phrase_quoted_in_the_outlets_voice_is_nobodys_claim(extract, text: str, phrase: str) -> None:  # type: ignore[no-untyped-def]
    credited = [c for c in extract(text).claims if phrase in c.evidence.text]
    assert credited == [], [(c.source.text, c.text) for c in credited]


@pytest.mark.parametrize(("text", "speaker", "pronoun"), [
    ("In an interview aired Tuesday, the junta spokesman said he believes the resistance planted the bomb.",
     "the junta spokesman", "he"),
    ("The Armenian foreign ministry said it believes the shelling of Goris was deliberate.",
     "The Armenian foreign ministry", "it"),
    ("A Sahel analyst said she expects the junta to expel more foreign troops from Niger.",
     "A Sahel analyst", "she"),
])
def test_a_pronouns_belief_inside_anothers_words_is_one_claim(extract, text: str, speaker: str,  # type: ignore[no-untyped-def]
                                                              pronoun: str) -> None:
    written = [c.source.text for c in extract(text).claims]
    assert speaker in written, written
    assert pronoun not in written, written


@pytest.mark.parametrize(("text", "qualified"), [
    ("The Khartoum-based government blamed the RSF for the drone strike on the market. The "
     "country's government has also called for sanctions against the group, which it said killed "
     "30 civilians.", "Khartoum-based government"),
    ("The Bamako-based army said its drones struck a convoy near Kidal. The nation's army later "
     "said 20 fighters were killed.", "Bamako-based army"),
])
def test_the_countrys_body_is_the_articles_qualified_one(extract, text: str, qualified: str) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.name for c in extract(text).claims}
    assert qualified in names, names
    assert not any("country" in n or "nation" in n for n in names), names


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # a dateline's place in capitals is no speaker; the outlet or body before the cue is
    ("KHARTOUM, Sudan — A drone strike hit a market in Omdurman on Sunday, killing 21 people, the "
     "Sudan Doctors Network said citing hospital records.", "the Sudan Doctors Network", "A drone strike hit"),
    ("GOMA, Congo — Shelling killed nine people at a displacement camp near Goma, the provincial "
     "governor said on Saturday, citing preliminary hospital figures.", "the provincial governor",
     "Shelling killed nine people"),
    ("BAMAKO, Mali (AP) — Gunmen killed 30 villagers in central Mali, a local official said Sunday "
     "citing survivors.", "a local official", "Gunmen killed 30 villagers"),
    ("Drone strikes hit two villages in Sagaing, the National Unity Government said on Monday.",
     "the National Unity Government", "Drone strikes hit two villages"),
])
def test_a_relay_or_a_time_after_a_final_cue_leaves_the_statement_before_it(  # type: ignore[no-untyped-def]
        extract, text: str, speaker: str, content: str) -> None:
    claims = [c for c in extract(text).claims if c.source.text == speaker]
    assert claims, [c.source.text for c in extract(text).claims]
    assert any(content in c.text for c in claims), [c.text for c in claims]
    assert all("citing" not in c.text for c in claims)


@pytest.mark.parametrize(("text", "mission"), [
    ("Russian ambassador Alexei Volkov said Ukrainian drones struck the consulate in Odesa. "
     "Volkov said two guards died.", "Russian ambassador"),
    ("Ukraine's envoy to the OSCE, Oksana Melnyk, said Russian missiles hit a school in Kharkiv.",
     "Ukrainian envoy"),
    ("The Israeli consul in Cairo, Dan Levy, said the blast at the crossing was caused by a rocket.",
     "Israeli consul"),
])
def test_a_diplomat_abroad_speaks_for_the_mission(extract, text: str, mission: str) -> None:  # type: ignore[no-untyped-def]
    names = [c.source.name for c in extract(text).claims]
    assert names and all(n == mission for n in names), names


def test_a_minister_at_home_still_speaks_for_the_government(extract) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.name for c in extract("Russian Foreign Minister Sergei Lavrov said Ukrainian "
                                            "drones struck the consulate in Odesa.").claims}
    assert not any("ambassador" in n or "envoy" in n for n in names), names


@pytest.mark.parametrize(("text", "name"), [
    ("The UN Mission in South Sudan said its peacekeepers came under fire near Malakal. The mission "
     "said two peacekeepers were wounded.", "UNMISS"),  # a UN mission keeps its name (actors.yaml)
    ("The African Union mission in Somalia said al-Shabaab attacked its base. The mission added "
     "that four soldiers were killed.", "African Union mission in Somalia"),
])
def test_the_mission_is_the_mission_named_before(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    names = [c.source.name for c in extract(text).claims]
    assert len(names) >= 2 and all(n == name for n in names), names


@pytest.mark.parametrize(("text", "name"), [
    ("Four workers of the Danish Refugee Council were abducted in Tillaberi. The charity said armed "
     "men stopped their car.", "Danish Refugee Council"),
    ("A convoy of the Norwegian Refugee Council was hit by shelling near Kherson. The organization "
     "said two drivers were wounded.", "Norwegian Refugee Council"),
])
def test_a_description_of_a_body_stands_for_the_one_named_before(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.name for c in extract(text).claims}
    assert names == {name}, names


@pytest.mark.parametrize(("text", "name"), [
    ("Mohamed Ali, the Darfur police commander, said the RSF shelled the camp.", "Darfur police"),
    ("Maria Lopez, the Colombian army spokesman, said the ELN planted the mine.", "Colombian military"),
    ("Thein Zaw, the Sagaing fire brigade chief who asked that his full name be withheld, said "
     "the jets bombed the school.", "Sagaing fire brigade"),
])
def test_a_title_after_the_name_names_the_body(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.source.name for c in extract(text).claims} == {name}


def test_a_title_without_a_named_body_keeps_the_person(extract) -> None:  # type: ignore[no-untyped-def]
    names = {c.source.name for c in extract("John Okello, the police chief, said the bomb went off "
                                            "at noon in Kampala.").claims}
    assert names == {"John Okello"}, names
