"""Figures the probe corpus found unread or misread: a qualified toll ("the verified toll stood at
73"), wounds with their severity or treatment ("16 were treated for gunshot wounds", "only two
had light wounds"), a family partitive that is a part of the victims, not the toll ("three of
his children were killed"), running totals over weeks or months, and the speaker's own figure
after "that only" ("saying that only two of its members had died")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rashomon.extract.numbers import cumulative, find_casualties
from rashomon.types import Figure


def _read(text: str) -> list[tuple[str, int | None, int | None, bool]]:
    return [(m.kind, m.figure.min, m.figure.max, m.subset) for m in find_casualties(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The government said the verified toll stood at 73 after the gang attack in the Artibonite.",
     [("killed", 73, 73, False)]),
    ("By Sunday the official toll of the strike in Nyala had reached 41.", [("killed", 41, 41, False)]),
    ("The provisional toll of the raid near Djibo rose to 28, the army said.", [("killed", 28, 28, False)]),
    ("The latest toll stands at 19 after the shelling of Stepanakert.", [("killed", 19, 19, False)]),
    # a long phrase between the toll and its verb; an article is never the toll's number
    ("The death toll from Sunday's bombing of a cattle market in Mali's Gao region has risen to 17.",
     [("killed", 17, 17, False)]),
    ("The number of people killed in the attack on the Kalehe mining camp rose to 23 on Monday.",
     [("killed", 23, 23, False)]),
    ("The toll of a week of fighting in Khartoum was not known.", []),
])
def test_a_qualified_toll_is_read(text: str, expected: list[tuple[str, int, int, bool]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Medics said 16 people were being treated for gunshot wounds in Saint-Marc.", [("injured", 16, 16, False)]),
    ("The army said no soldiers had died and only two had light wounds near El Tarra.",
     [("killed", 0, 0, False), ("injured", 2, 2, False)]),
    ("Two peacekeepers were seriously injured when the convoy hit a mine near Gao.", [("injured", 2, 2, False)]),
    ("Five civilians were lightly wounded by shrapnel in Sittwe.", [("injured", 5, 5, False)]),
    ("Three villagers were killed and nine critically injured in the raid on Bunia.",
     [("killed", 3, 3, False), ("injured", 9, 9, False)]),
    ("Eleven people were hospitalised with shrapnel wounds in Kharkiv.", [("injured", 11, 11, False)]),
    ("At least 20 people were still being treated for their wounds in Maiduguri.", [("injured", 20, None, False)]),
    ("Volunteers said up to 14 people had sought treatment after the shelling of Kherson.",
     [("injured", None, 14, False)]),
    ("Nine miners were hospitalised after the blast near Kolwezi.", [("injured", 9, 9, False)]),
])
def test_wounds_with_their_severity_are_read(text: str, expected: list[tuple[str, int, int, bool]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Neighbours said three of his children were killed when the shell hit the house in Omdurman.",
     [("killed", 3, 3, True)]),
    ("Two of their sons died in the drone strike on the village near Sagaing.", [("killed", 2, 2, True)]),
    ("The blast in Mopti claimed the lives of four of her relatives.", [("killed", 4, 4, True)]),
    ("The raid killed five of his young grandchildren in Beni.", [("killed", 5, 5, True)]),
    # a body's own members are its toll, not a part of one
    ("The ELN said 22 of its fighters were killed near Tibu.", [("killed", 22, 22, False)]),
    ("Twelve of the miners died in the attack on the Kamituga site.", [("killed", 12, 12, False)]),
    # victims already counted, and one victim among many
    ("Three of the wounded died overnight in the hospital in Bunia.", []),
    ("A local journalist was among those wounded in the shelling of Kramatorsk.", [("injured", 1, 1, True)]),
    ("One nurse was among those killed at the clinic in Tawila.", [("killed", 1, 1, True)]),
    ("Seven Chadian soldiers were among the dead near Lake Chad.", [("killed", 7, 7, False)]),
])
def test_a_family_partitive_is_a_subset(text: str, expected: list[tuple[str, int, int, bool]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Some 9,000 have been treated for injuries over the past four months, the ministry said.", True),
    ("In the last two years more than 3,000 people died in the fighting in Darfur.", True),
    ("Over the past three weeks the militia killed 40 herders in Ituri.", True),
    ("The insurgency in Cabo Delgado, which began in 2017, has killed more than 6,000 people.", True),
    ("The conflict that erupted in 2023 between the army and the RSF has killed tens of thousands.", True),
    ("More than 300 civilians have been killed in Nagorno-Karabakh since the offensive of September 2020.", True),
    ("The army said its troops killed 20 ADF fighters in a separate operation near Beni.", True),
    ("The blast near Mogadishu killed 12 people, the deadliest attack since 2019.", False),
    ("Twelve people were killed in the past 24 hours in Port-au-Prince.", False),
    ("Five soldiers died in the attack near Menaka last week.", False),
])
def test_a_total_over_weeks_or_months_is_cumulative(text: str, expected: bool) -> None:
    assert cumulative(text) is expected


@given(st.sampled_from(["his", "her", "their"]), st.sampled_from(["children", "sons", "relatives", "brothers"]),
       st.integers(min_value=2, max_value=40))
def test_a_family_partitive_is_always_a_subset(owner: str, kin: str, n: int) -> None:
    mentions = find_casualties(f"Witnesses said {n} of {owner} {kin} were killed in the strike.")
    assert mentions and all(m.subset and m.figure == Figure(n, n) for m in mentions)


# --- the claim's own figure --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "killed"), [
    ("The ELN's Northeastern War Front disputed the account, saying in a communique that only two of its "
     "members had died.", 2),
    ("The RSF rejected the army's figures, saying in a statement that about 40 of its fighters were killed "
     "near Omdurman.", 40),
    ("Azerbaijan's defence ministry said in a statement that just three soldiers died in the shelling near "
     "Lachin.", 3),
])
def test_a_qualified_figure_after_that_is_the_speakers(extract, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    assert any(c.killed is not None and killed in (c.killed.min, c.killed.max) for c in extract(text).claims)


@pytest.mark.parametrize(("text", "killed"), [
    ("A bomb went off at a market in Afgoye. Nine people died at the scene and two more died overnight in "
     "hospital, a doctor said.", 11),
    ("Gunmen attacked a village near Bunia. A local official said three people were killed in the raid and "
     "another two died later in hospital.", 5),
    ("A drone hit a bus near Kharkiv. Four passengers were killed and a further three died in hospital, "
     "the regional governor said.", 7),
])
def test_more_victims_add_to_the_claims_figure(extract, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    assert any(c.killed is not None and c.killed.min == killed for c in extract(text).claims)


def test_a_relative_clause_figure_is_still_presupposed(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The strike, which killed 14 people, hit the market in Kadugli, the army said.").claims
    assert claims and all(c.killed is None for c in claims)


@pytest.mark.parametrize("text", [
    "An airstrike hit a house in Nyala on Tuesday. Local sources reported that only three of his children "
    "were killed in the strike.",
    "A drone struck a wedding near Monywa on Sunday. Witnesses said two of her sons were killed.",
    "Shelling hit a house in Goma. Relatives said that four of their children died in the rubble.",
])
def test_a_family_partitive_is_no_toll(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    assert all(c.killed is None for c in result.claims)
    assert all(f.killed is None for f in result.frames)
