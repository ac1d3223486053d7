"""The attribution forms and stance cues that issue 3 names, each on a sentence written for
the project: (text, expected source name or None for any, expected stance)."""

from __future__ import annotations

import pytest

FORMS = [
    ("In a statement, the Syrian Observatory for Human Rights said drones hit a convoy.",
     "SOHR", "asserts"),
    ("The Syrian Observatory for Human Rights, citing sources on the ground, said drones hit a "
     "convoy near the crossing.", "SOHR", "asserts"),
    ("State news agency SANA claimed that American jets had bombed the depot.", "SANA", "asserts"),
    ("The Popular Mobilization Forces alleged that US drones struck the base.", "PMF", "asserts"),
    ("The Popular Mobilization Forces blamed the United States for the raid on its base.",
     "PMF", "asserts"),
    ("“The drones came from the west,” a PMF commander said, “and fired four missiles.”",
     "PMF", "asserts"),
    ("“We saw the planes circle twice. Then the depot exploded,” said a Popular Mobilization "
     "Forces spokesman.", "PMF", "asserts"),
    ("US Central Command acknowledged the strike on the depot on Monday.", "US military",
     "confirms"),
    ("“We can confirm we struck two depots used by the militia,” a CENTCOM spokesman said.",
     "US military", "confirms"),
    ("The Pentagon admitted that its jets had hit the wrong building.", "US military", "confirms"),
    ("Hamas rejected the army's account of the blast.", "Hamas", "denies"),
    ("The Pentagon dismissed the reports as false.", "US military", "denies"),
    ("A CENTCOM spokesman said American aircraft did not conduct any strike in the area.",
     "US military", "denies"),
    ("The coalition said that no airstrikes were carried out near the town.", None, "denies"),
    ("The Israeli military refused to comment on the reports.", "Israel military",
     "declines_comment"),
    ("Asked about the raid, an Israeli army spokesman said: “No comment.”", "Israel military",
     "declines_comment"),
    ("Israel's military would not comment on the foreign reports.", "Israel military",
     "declines_comment"),
    ("The Houthis said Saudi-led coalition jets bombed a market in Saada.", "Houthis", "asserts"),
    ("Ukraine's air force said Russia launched 40 drones overnight.", None, "asserts"),
]


@pytest.mark.parametrize(("text", "source", "stance"), FORMS)
def test_form(extract, text: str, source: str | None, stance: str) -> None:  # type: ignore[no-untyped-def]
    pairs = [(c.source.name, c.stance) for c in extract(text).claims]
    assert pairs, text
    if source is None:
        assert stance in {s for _, s in pairs}, pairs
    else:
        assert (source, stance) in pairs, pairs


def test_quote_with_the_speaker_in_the_middle_is_one_source(extract) -> None:  # type: ignore[no-untyped-def]
    text = "“The drones came from the west,” a PMF commander said, “and fired four missiles.”"
    assert {c.source.name for c in extract(text).claims} == {"PMF"}


def test_a_denial_never_asserts_the_denier(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Syrian state media said US jets bombed the base. The Pentagon denied that US aircraft "
            "were involved. “We did not strike anything in that area,” a spokesman added.")
    for c in extract(text).claims:
        if c.source.name == "US military":
            assert c.stance == "denies", c
