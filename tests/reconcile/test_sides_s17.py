"""Each side's own dead are no dispute (reconcile/sides.py): in a war of two sides, a ministry's
"killed on its side" and the other side's "killed on the Azerbaijani side" count two populations.
Claims written for the project about conflicts no eval or probe set covers; two sources giving
figures for one population still dispute."""

from __future__ import annotations

import pytest

from rashomon.reconcile.disputes import find_disputes
from rashomon.reconcile.sides import figure_side
from rashomon.types import Claim, Evidence, Figure, Source

DAY = {"a1": "2023-09-20", "a2": "2023-09-20"}


def claim(cid: str, source: str, evidence: str, killed: int, article: str = "a1") -> Claim:
    return Claim(id=cid, article_id=article, source=Source(source, source), stance="asserts",
                 about="casualties", text=evidence, evidence=Evidence(0, len(evidence), evidence),
                 killed=Figure(killed, killed))


def disputed(claims: list[Claim]) -> bool:
    disputes, _ = find_disputes(claims, DAY)
    return any(d.about == "casualties" for d in disputes)


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        # Armenia–Azerbaijan: each ministry its own soldiers
        (("Armenian defence ministry", "49 of its servicemen had been killed", 49),
         ("Azerbaijani defence ministry", "50 of its soldiers had died", 50)),
        # "on its side" against "on the X side", a country's name or its people
        (("Armenian health ministry", "12 people had been killed and 30 wounded on its side", 12),
         ("Azerbaijani official", "two civilians had been killed on the Azerbaijani side", 2)),
        (("Israeli military", "three of its soldiers were killed in the exchange of fire", 3),
         ("Lebanese health ministry", "eight people were killed in Lebanon in the strikes", 8)),
        # a country's own losses, and its citizens
        (("Sudanese army", "Sudan's own losses stood at 40 dead", 40),
         ("Rapid Support Forces", "17 fighters had been killed on the RSF side", 17)),
        (("Ukrainian military", "killed 120 Russian soldiers in the attack near Bakhmut", 120),
         ("Ukrainian interior ministry", "seven people were killed among its citizens in Kharkiv", 7)),
    ],
)
def test_each_sides_own_dead_are_no_dispute(ours: tuple[str, str, int], theirs: tuple[str, str, int]) -> None:
    claims = [claim("c1", *ours), claim("c2", *theirs, article="a2")]
    assert not disputed(claims)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one population, two sources: its own count and the enemy's claim about it
        (("Ukrainian military", "12 of its soldiers were killed in the shelling", 12),
         ("Russian defence ministry", "200 Ukrainian soldiers were killed", 200)),
        # the same side named two ways
        (("Colombian army", "four soldiers were killed on its side", 4),
         ("ELN", "killed 15 Colombian soldiers", 15)),
        # neither figure scoped: totals of one clash still dispute
        (("Israeli military", "three people were killed", 3),
         ("Hezbollah", "11 people were killed in the fighting", 11)),
        # a side's own figure against an unscoped total stays compared
        (("Armenian defence ministry", "49 of its servicemen had been killed", 49),
         ("Azerbaijani defence ministry", "the fighting killed 20 people", 20)),
    ],
)
def test_one_population_still_disputes(first: tuple[str, str, int], second: tuple[str, str, int]) -> None:
    claims = [claim("c1", *first), claim("c2", *second, article="a2")]
    assert disputed(claims)


@pytest.mark.parametrize(
    ("source", "text", "side"),
    [
        ("Armenian health ministry", "12 people had been killed on its side", frozenset({"AM"})),
        ("health ministry", "12 people had been killed on its side", frozenset({"own:health ministry"})),
        ("Tajik official", "one civilian had been killed on the Kyrgyz side", frozenset({"KG"})),
        ("ministry", "the number of people killed in Kyrgyzstan has risen to 46", frozenset({"KG"})),
        ("ministry", "46 people were killed in the clashes", frozenset()),
        # a group's own side it cannot place in a country: its own name
        ("Tigray People's Liberation Front", "17 of its fighters were killed",
         frozenset({"own:Tigray People's Liberation Front"})),
        # two sides in one text: no one side
        ("ministry", "24 were killed on its side and one on the Tajik side", frozenset()),
        # a town is no side
        ("ministry", "the number of people killed in Batken has risen to 46", frozenset()),
    ],
)
def test_figure_side(source: str, text: str, side: frozenset[str]) -> None:
    assert figure_side(claim("c1", source, text, 1)) == side


def test_a_source_it_cannot_place_differs_only_from_another_such_source() -> None:
    # the TPLF's own fighters against Ethiopia's own losses: the TPLF is placed in no country, so
    # the two are kept compared (the group might count the same side)
    tplf = claim("c1", "Tigray People's Liberation Front", "17 of its fighters were killed", 17)
    ethiopia = claim("c2", "Ethiopian government", "Ethiopia's own losses stood at 40 dead", 40, article="a2")
    assert disputed([tplf, ethiopia])
    # two sources each counting its own: two populations
    farc = claim("c3", "FARC dissidents", "nine of their fighters died", 9, article="a2")
    assert not disputed([tplf, farc])


def test_a_nationality_named_among_the_dead_is_no_side() -> None:
    # seven aid workers killed, three of them British: the seven are no British side's
    text = "those killed included three British nationals, an Australian and a Pole"
    seven = Claim(id="c1", article_id="a1", source=Source("hospital records", "hospital records"), stance="asserts",
                  about="casualties", text=text, evidence=Evidence(0, len(text), text), killed=Figure(7, 7))
    assert figure_side(seven) == frozenset()
    ukrainians = claim("c2", "Russian defence ministry", "killed 120 Ukrainian soldiers", 120)
    assert figure_side(ukrainians) == frozenset({"UA"})
