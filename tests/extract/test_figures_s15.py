"""Casualty figures, session 15 (figures helper): the noun after a toll's number decides its kind,
tolls told as "a toll of", a victim's ordinal, a person's own people lost, a picked-out victim,
a war's running total beside the displaced, an earlier event's toll, and a source's number of
wounded repeated under a bound. Sentences written for these tests, about conflicts no eval set
covers."""

from __future__ import annotations

import pytest

from rashomon.extract.casualty_parse import parse_casualties
from rashomon.extract.claim_repeats import one_figure_per_source
from rashomon.extract.numbers import cumulative, find_casualties
from rashomon.types import Claim, Evidence, Figure, Source

N = None


def _read(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(m.kind, m.figure.min, m.figure.max) for m in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun after the number decides, not "toll"
        ("Haitian police said the toll rose to 31 wounded by Tuesday morning.", [("injured", 31, 31)]),
        ("The toll in the Kalma camp climbed to 14 injured, the ministry said.", [("injured", 14, 14)]),
        ("The toll stood at 9 people hurt after the blast in Goma.", [("injured", 9, 9)]),
        ("The death toll rose to 12 dead and 40 wounded in Kaya.", [("killed", 12, 12), ("injured", 40, 40)]),
        ("The toll from the raid on Djibo rose to 23.", [("killed", 23, 23)]),
        # "a toll of"
        ("The regional office in Kayes gave a toll of four and said all were herders.", [("killed", 4, 4)]),
        # a second count joined to remains keeps its own kind
        ("Medics in Djibo said 7 bodies and 23 wounded had been brought to the clinic.",
         [("killed", 7, 7), ("injured", 23, 23)]),
        # a victim's ordinal after "a" counts all the victims so far
        ("Local officials in Mopti said a fourth soldier also died of his wounds.", [("killed", 4, 4)]),
        ("A second strike on the market in Sittwe killed five people.", [("killed", 5, 5)]),
    ],
)
def test_find_casualties_s15(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _read(text) == expected


@pytest.fixture(scope="module")
def nlp(resources):  # type: ignore[no-untyped-def]
    return resources.nlp


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        # a person's own people lost: counted, with or without persons
        ("A widow in Sagaing said she lost her husband and her two sons in the raid.", False,
         [("killed", 3, 3)]),
        ("A farmer near Djibo said he lost his brother and three cousins.", False, [("killed", 4, 4)]),
        # a long list the parse reads as appositions: no count rather than a short one
        ("A report told how a grandmother in Rafah had lost her daughter, her son-in-law, at least two "
         "of her grandchildren, and the two grandparents of those children in the strike.", True, []),
        ("The herders lost their cattle and 20 vehicles in the attack.", True, []),
        ("The family did not lose their son in the shelling of Bakhmut.", True, []),
        # a victim's ordinal
        ("Local officials said a second woman, a trader from Mopti, later died.", False, [("killed", 2, 2)]),
        ("Police in Cap-Haitien said a third man, a driver for the mission, was also killed.", False,
         [("killed", 3, 3)]),
        # a pair named without a number
        ("A teacher in Beni said twin 10-year-old brothers from his class had been killed.", False,
         [("killed", 2, 2)]),
        ("A nurse in Bunia said twin 9-year-old sisters from her street had been killed by the shell.", False,
         [("killed", 2, 2)]),
        ("Residents of Sittwe said the twins died when the shell hit their home.", False, [("killed", 2, 2)]),
        # one victim picked out of a group names who, not how many; a group's own count stays
        ("The army said one of its soldiers had been killed near Tillaberi.", True, []),
        ("The ELN said one of their commanders died in the bombing in Arauca.", False, []),
        ("The militia said 22 of its fighters were killed near Beni.", False, [("killed", 22, 22)]),
    ],
)
def test_parse_casualties_s15(nlp, text: str, persons: bool,  # type: ignore[no-untyped-def]
                              expected: list[tuple[str, int | None, int | None]]) -> None:
    got = [(k, f.min, f.max) for k, f, _ in parse_casualties(nlp(text)[:], persons=persons)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war's running total beside the displaced
        ("More than 5,000 people have been killed and two million displaced in Tigray, the UN says.", True),
        ("The insurgency in Cabo Delgado has killed at least 2,000 civilians and forced 800,000 to flee.", True),
        ("The fighting in South Sudan has killed more than 1,000 people and displaced 300,000.", True),
        # … not an incident's toll beside a camp of the displaced
        ("At least 19 people have been killed and 30 others wounded in a drone strike on a camp for "
         "displaced people near Dedebit.", False),
        # a war as the subject or the place of a perfect-tense toll, a period's count
        ("The conflict in Sudan has killed more than 20,000 people, according to the UN.", True),
        ("The insurgency has claimed more than 6,000 lives in Burkina Faso.", True),
        ("More than 3,000 people have died in the Anglophone conflict, rights groups say.", True),
        ("Armed groups have killed more than 2,000 people in Ituri in 2024.", True),
        ("Some 400 people have been killed in gang violence in Port-au-Prince so far this month.", True),
        ("At least 1,500 civilians were killed in Myanmar in the first six months of the year.", True),
        # … not an incident's toll with a date, a war-torn town, or the day's fighting
        ("At least 12 people have been killed in an attack in Kaya on 12 March 2024.", False),
        ("At least 12 people have been killed in the war-torn town of Kaya.", False),
        ("Fighting in Goma has killed at least 12 people since Tuesday.", False),
        # another incident's figure: a separate operation, an event the incident came after
        ("Soldiers killed 14 fighters in a separate operation near Djibo.", True),
        ("The raid came a day after 12 soldiers were killed in an ambush near Kaya.", True),
        ("The strike came on the same day that five prisoners were executed in Zahedan.", True),
        ("The air raids on Tibesti followed the killing of nine Chadian soldiers on Friday.", True),
        ("Gunmen torched the village in retaliation for the deaths of 12 herders near Bokkos.", True),
        ("Eleven villagers were killed in a similar attack on Kaya in March.", True),
        ("At least 30 people died in an earlier strike on the same market in Sagaing.", True),
        # … but a separate statement about the same incident is no other incident
        ("The group said in a separate statement that soldiers had killed at least 12 villagers.", False),
    ],
)
def test_cumulative_s15(text: str, expected: bool) -> None:
    assert cumulative(text) is expected


def _claim(n: int, name: str, injured: Figure | None = None, killed: Figure | None = None) -> Claim:
    return Claim(id=f"a:c{n}", article_id="a", source=Source(name=name, text=name), stance="asserts",
                 about="casualties", text=f"t{n}", evidence=Evidence(0, 1, "t"), injured=injured, killed=killed)


def test_a_number_of_wounded_repeated_under_a_bound_is_one_figure() -> None:
    # Burkina Faso: "at least eight wounded" in the lead, "we received eight wounded" in the doctor's quote
    claims = [_claim(1, "doctor in Djibo", Figure(8, N)), _claim(2, "doctor in Djibo", Figure(8, 8))]
    assert [c.injured for c in one_figure_per_source(claims)] == [Figure(8, N), None]


@pytest.mark.parametrize(
    "claims",
    [
        # another number of wounded from the same source
        [_claim(1, "doctor in Djibo", Figure(8, N)), _claim(2, "doctor in Djibo", Figure(11, 11))],
        # "at least 40 killed" and a spokesman's "40 killed": two killed figures (bounds count)
        [_claim(1, "Fano", killed=Figure(40, N)), _claim(2, "Fano", killed=Figure(40, 40))],
    ],
)
def test_other_numbers_of_the_same_source_stay(claims: list[Claim]) -> None:
    assert one_figure_per_source(claims) == claims


def _figures(result) -> list[tuple[Figure | None, Figure | None]]:  # type: ignore[no-untyped-def]
    return [(c.killed, c.injured) for c in result.claims if c.killed is not None or c.injured is not None]


def test_a_separate_statement_keeps_its_figure(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("Gunmen attacked the village of Solenzo in Burkina Faso on Sunday. Amnesty International "
                     "said in a separate statement that soldiers had killed at least 12 villagers in the raid.")
    assert (Figure(12, N), None) in _figures(result)


def test_a_war_total_is_no_claim_figure(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("A drone struck a market in Sagaing on Tuesday, killing nine people, residents said. "
                     "More than 6,000 people have been killed and a million displaced since the coup, "
                     "according to rights groups.")
    assert all(k != Figure(6000, N) for k, _ in _figures(result))


def test_a_toll_of_wounded_is_injured(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("A bomb exploded at a bus station in Port-au-Prince on Monday. "
                     "Police said the toll rose to 31 wounded overnight.")
    assert (None, Figure(31, 31)) in _figures(result)
