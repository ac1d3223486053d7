"""Attribution, stance, hedging and source rules on sentences written for the project."""

from __future__ import annotations

import pytest

# (text, expected source name (canonical), expected stance); None: any source
ATTRIBUTION = [
    ("The Syrian Observatory for Human Rights said that nine fighters died in the raid.",
     "SOHR", "asserts"),
    ("Nine fighters died in the raid, the Syrian Observatory for Human Rights said.",
     "SOHR", "asserts"),
    ("Nine fighters died in the raid, said the Syrian Observatory for Human Rights.",
     "SOHR", "asserts"),
    ("According to the Syrian Observatory for Human Rights, nine fighters died in the raid.",
     "SOHR", "asserts"),
    ("A commander of the Popular Mobilization Forces told Reuters that a drone hit the convoy.",
     "PMF", "asserts"),
    ("State news agency SANA claimed that American jets bombed an army post near the river.",
     "SANA", "asserts"),
    ("Damascus accused the US-led coalition of bombing the checkpoint overnight.",
     None, "asserts"),
    ("The Pentagon denied that its aircraft had struck the checkpoint.", "US military", "denies"),
    ("A Pentagon spokesman rejected the reports of an American raid near the border.",
     "US military", "denies"),
    ("The coalition said it did not conduct any strikes near the border town on Sunday.",
     None, "denies"),
    ("CENTCOM said no airstrikes were carried out by coalition aircraft in the area.",
     "US military", "denies"),
    ("A CENTCOM spokesman said: “We can confirm we did not conduct strikes in that area.”",
     "US military", "denies"),
    ("The Observatory confirmed that air strikes hit the outskirts of the town.",
     "SOHR", "confirms"),
    ("The Israeli military declined to comment on the reports of a strike.",
     "Israel military", "declines_comment"),
    ("An Israeli army spokeswoman would not comment on the foreign reports.",
     "Israel military", "declines_comment"),
    ("Refusing to comment on the raid, an Israeli military spokesperson said it was not "
     "their business.", "Israel military", "declines_comment"),
    ("The commander refused to give a death toll for the attack.", None, "declines_comment"),
    ("Islamic Jihad dismissed the accusation as lies and blamed the army for the blast.",
     "Islamic Jihad", "denies"),
]


@pytest.mark.parametrize(("text", "source", "stance"), ATTRIBUTION)
def test_attribution_and_stance(extract, text: str, source: str | None, stance: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims, f"no claim in {text!r}"
    found = [(c.source.name, c.stance) for c in claims]
    assert stance in {c.stance for c in claims}, found
    if source is not None:
        assert (source, stance) in found, found


def test_denial_never_asserts_the_denier_as_perpetrator(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("US Central Command denied carrying out the raid near the border. "
            "A spokesman said the United States did not conduct any strike there.")
    claims = extract(text).claims
    assert claims
    for c in claims:
        if c.perpetrator == "US":
            assert c.stance == "denies", c


def test_pronoun_speaker_takes_last_source(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The Syrian Observatory for Human Rights confirmed the air strikes near the town. "
            "It said that up to 40 people had died.")
    claims = extract(text).claims
    figures = [c for c in claims if c.killed is not None]
    assert figures and figures[0].source.name == "SOHR"
    assert figures[0].killed is not None
    assert (figures[0].killed.min, figures[0].killed.max) == (None, 40)


def test_wire_is_via_not_source(extract) -> None:  # type: ignore[no-untyped-def]
    text = "SANA said warplanes hit the border crossing, according to Reuters."
    claims = extract(text).claims
    sana = [c for c in claims if c.source.name == "SANA"]
    assert sana, [(c.source.name, c.source.via) for c in claims]
    assert "Reuters" in sana[0].source.via
    assert not any(c.source.name == "Reuters" for c in claims)


def test_casualty_figures_go_with_their_source(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The Popular Mobilization Forces said the strike killed 22 of its members "
            "and wounded 12 others.")
    claims = extract(text).claims
    cas = [c for c in claims if c.about == "casualties"]
    assert cas and cas[0].source.name == "PMF"
    assert cas[0].killed is not None and (cas[0].killed.min, cas[0].killed.max) == (22, 22)
    assert cas[0].injured is not None and cas[0].injured.max == 12


@pytest.mark.parametrize(("text", "hedged"), [
    ("The monitor said the drones were probably American.", True),
    ("Activists said the video, which could not be independently verified, shows the blast.", True),
    ("The ministry said the purported strike never happened.", True),
    ("The ministry said twelve soldiers were wounded.", False),
])
def test_hedges(extract, text: str, hedged: bool) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert claims
    assert claims[0].hedged is hedged


def test_unknown_source_keeps_its_text(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("A shepherd from the village said three houses were destroyed.").claims
    assert claims
    assert claims[0].source.kind in {"unknown", "person"}
    assert "shepherd" in claims[0].source.text


def test_general_remark_is_not_about_an_event(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("The prime minister said the economy would grow next year.")
    assert all(c.frame is None for c in result.claims)


def test_evidence_slices_equal_text(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Syrian state media said US jets bombed a base near Abu Kamal. "
            "The Pentagon denied it. The Observatory said 14 people were killed.")
    for c in extract(text).claims:
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
