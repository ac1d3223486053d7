"""The gold conventions' event types `shooting` (troops firing on a crowd) and `armed_clashes`
(two armed sides fighting), and the sentences that name no conflict event (detentions, arrests,
seizures), on hand-written sentences about many conflicts."""

from __future__ import annotations

import json
from importlib import resources as pkg_resources

import pytest

from rashomon.gazetteer.triggers import classify_event_type, expand, find_triggers
from rashomon.report.field_formats import _ACLED_TYPE
from rashomon.report.summary import type_label
from rashomon.types import EVENT_TYPES, EventType


@pytest.mark.parametrize(("text", "expected"), [
    # armed clashes: both sides fight (Sudan, Sahel, Caucasus, Colombia, Myanmar, Yemen)
    ("RSF and army fighters clashed in Omdurman on Sunday.", "armed_clashes"),
    ("Clashes between the army and the RSF spread to the south of El Obeid.", "armed_clashes"),
    ("Malian soldiers and jihadists exchanged fire near Gao for two hours.", "armed_clashes"),
    ("Heavy fighting erupted between Azerbaijani and Armenian troops near Lachin.", "armed_clashes"),
    ("A firefight between soldiers and ELN guerrillas left five dead in Arauca.", "armed_clashes"),
    ("The Arakan Army and junta troops traded fire near Sittwe.", "armed_clashes"),
    ("A gun battle between Houthi fighters and government forces broke out in Marib.", "armed_clashes"),
    ("Border guards of the two countries skirmished; several skirmishes were reported.", "armed_clashes"),
    # shooting: troops firing on a crowd (Myanmar, Sudan, Kenya, Iran, Gaza)
    ("Soldiers opened fire on protesters in Mandalay on Sunday.", "shooting"),
    ("Security forces fired on thousands of demonstrators in Khartoum.", "shooting"),
    ("Troops shot dead three demonstrators outside the army headquarters.", "shooting"),
    ("Police fired live rounds into a crowd of mourners in Yangon.", "shooting"),
    ("Police used live ammunition to disperse the march in Nairobi.", "shooting"),
    ("Troops fire on crowds of aid seekers in Gaza.", "shooting"),
    ("Soldiers opened fire at a rally in Zahedan, killing 40.", "shooting"),
    # gunmen firing on a vehicle or a post stay a ground attack; people shot, not a crowd
    ("Gunmen opened fire on a bus near Kaduna.", "ground_attack"),
    ("Two men were shot in Cali overnight.", "ground_attack"),
    ("Insurgents ambushed an army patrol near Djibo.", "ground_attack"),
    # the platform still decides
    ("A drone fired on the crowd at the market in El Fasher.", "drone_strike"),
    # no conflict event: detentions, arrests, seizures, a shot-down drone names its drone only
    ("Police detained dozens of protesters in Khartoum.", None),
    ("Soldiers arrested 12 young men in the village of Kyauk Ka.", None),
    ("Troops seized weapons and ammunition at a checkpoint in Ouagadougou.", None),
    ("The protesters were held for two days before being released.", None),
    ("An Israeli drone was shot down over Lebanon.", "drone_strike"),
    ("The army held a live-fire exercise near Yerevan.", None),
])
def test_conventions_types(text: str, expected: EventType | None) -> None:
    assert classify_event_type(text) == expected


def test_a_crowd_fired_on_is_one_trigger_spanning_the_crowd() -> None:
    text = "Soldiers opened fire on hundreds of protesters in Mandalay."
    triggers = find_triggers(text)
    assert [(t.type, t.text) for t in triggers] == [("shooting", "opened fire on hundreds of protesters")]
    assert all(t.text == text[t.start:t.end] for t in triggers)


def test_the_gap_stays_in_its_clause() -> None:
    # the crowd of the next sentence is not the one fired on
    found = find_triggers("Gunmen opened fire. Protesters gathered later.")
    assert [t.type for t in found] == ["ground_attack", "ground_attack"]
    assert not any(t.type == "shooting" for t in find_triggers("They opened fire; demonstrators fled."))


def test_gap_is_bounded() -> None:
    far = "Troops opened fire on the outskirts of the old eastern market district near protesters."
    assert classify_event_type(far) == "ground_attack"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("a b", ["a b"]),
    ("{a|b} c", ["a c", "b c"]),
    ("{a|b} {c|d}", ["a c", "a d", "b c", "b d"]),
    ("{opened fire| fired } on", ["opened fire on", "fired on"]),
])
def test_brace_expansion(phrase: str, expected: list[str]) -> None:
    assert expand(phrase) == expected


def test_every_type_has_a_schema_value_a_label_and_an_acled_type() -> None:
    schema = json.loads(pkg_resources.files("rashomon.data").joinpath("ledger.schema.json").read_text("utf-8"))
    assert schema["$defs"]["event_type"]["enum"] == list(EVENT_TYPES)
    assert {"shooting", "armed_clashes"} <= set(EVENT_TYPES)
    assert set(_ACLED_TYPE) == set(EVENT_TYPES)
    assert type_label("armed_clashes") == "Armed clashes"
    assert _ACLED_TYPE["armed_clashes"][0] == "Battles"


@pytest.mark.parametrize(("text", "etype", "target"), [
    ("Soldiers opened fire on protesters in Mandalay on Sunday, killing six, witnesses said.",
     "shooting", "protesters"),
    ("RSF and army fighters clashed in Omdurman on Sunday, killing 12 civilians, medics said.",
     "armed_clashes", None),
])
def test_frames_take_the_new_types(extract, text: str, etype: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text).frames
    assert frames and frames[0].type == etype
    if target:
        assert any(target in t for t in frames[0].targets), frames[0].targets


def test_a_detention_makes_no_frame(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract("Police detained 40 protesters in Khartoum on Sunday.").frames == ()


@pytest.mark.parametrize(("text", "expected"), [
    # an armed group killing people with no weapon or platform named is a ground attack
    ("Suspected ADF rebels killed at least 17 civilians in an overnight raid on a village in Ituri.",
     "ground_attack"),
    ("Jihadists killed 30 villagers near Djibo on Sunday.", "ground_attack"),
    ("Combatants killed 12 civilians in a village in Jonglei state.", "ground_attack"),
    ("Militants torched houses in the village of Kwaza.", "ground_attack"),
    # ... unless the sentence names how
    ("Rebels killed four soldiers in a drone strike on a base near Sake.", "drone_strike"),
    ("Five rebels were killed in clashes with the army near Beni.", "armed_clashes"),
    # "massacre" alone is a generic word of a ground attack; any better word decides
    ("Villagers mourn the victims of Sunday's massacre in Solhan.", "ground_attack"),
    ("The health ministry called the airstrike a massacre.", "airstrike"),
    ("The shelling of the market was a massacre, the governor said.", "shelling"),
])
def test_killings_and_massacres(text: str, expected: EventType) -> None:
    assert classify_event_type(text) == expected


def test_generic_words_vote_only_without_better_words(extract) -> None:  # type: ignore[no-untyped-def]
    # the lead's "massacre" (generic) does not outvote the body's air strike
    text = ("The health ministry said in a statement on Wednesday that 80 people were killed in the "
            "massacre at the hospital in Khartoum. Witnesses blamed an air strike by the army for "
            "the blast on Tuesday.")
    frames = extract(text, published="2024-06-05").frames
    assert frames and frames[0].type == "airstrike", frames[0].sources["type"]


def test_generic_words_still_type_a_frame_alone(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Residents of a village near Beni buried 20 victims of Thursday night's massacre, "
            "the local administrator said on Saturday.")
    frames = extract(text, published="2023-08-26").frames
    assert frames and frames[0].type == "ground_attack"


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a headline's generic word does not outvote the body's better word
    ("Government condemns 'cowardly' bombing in Maiduguri",
     "An explosion tore through a market in Maiduguri on Tuesday evening, killing nine people, police said.",
     "explosion"),
    ("Strike on Tabayin school kills 20",
     "A fighter jet dropped two bombs on the village school in Tabayin on Monday, witnesses said.",
     "airstrike"),
    # ... and still types a frame whose body says no more
    ("Attack on Kidal checkpoint kills five",
     "Five soldiers were killed at a checkpoint in Kidal on Sunday, the army said.", "other"),
])
def test_a_generic_headline_is_a_tie_break_only(extract, title: str, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published="2024-06-05", title=title).frames
    assert frames and frames[0].type == expected, frames[0].sources["type"]


def test_every_expanded_gapped_phrase_is_found_whole() -> None:
    from rashomon.gazetteer.triggers import GAP
    from rashomon.lexicon import load

    data = load("triggers.yaml")["types"]
    written = [str(p) for groups in data.values() for ps in groups.values() for p in ps if GAP in str(p)]
    assert written
    for phrase in written:
        for one in expand(phrase):
            text = "They " + one.replace(GAP, "two of the") + " there."
            found = find_triggers(text)
            assert len(found) == 1 and found[0].text == text[5:-7], (one, found)
