"""A denomination, a nationality or another capitalised adjective ("Orthodox", "Shia",
"Grand") qualifies a kind of site; it is not the site's name. One report naming the site
("the St George's Cathedral") and another describing it ("the Orthodox cathedral") are
compatible; two names ("St George's" and "St Mary's") stay two sites
(rashomon.link.content.different_sites, rashomon.link.marks.incident_names).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from rashomon.link.content import content_of, different_sites
from rashomon.link.marks import incident_names
from rashomon.types import Evidence, Frame, Location

ADDIS = Location("Addis Ababa", "ET", 9.025, 38.7469, "town")


def frame(sentence: str, targets: tuple[str, ...] = (), place: Location = ADDIS) -> Frame:
    return Frame(article_id="a", index=0, type="explosion", evidence=Evidence(0, len(sentence), sentence),
                 date="2024-03-10", date_precision="day", date_text="on Sunday", location=place,
                 targets=targets)


def sites(sentence: str, targets: tuple[str, ...] = ()) -> frozenset[str]:
    return content_of(frame(sentence, targets)).sites


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the qualifier alone names no site
        ("A bomb exploded outside the city's Orthodox cathedral on Sunday.", set()),
        ("Gunmen attacked a Shia mosque in Peshawar during Friday prayers.", set()),
        ("A suicide bomber struck the Central Mosque in Kano, police said.", set()),
        ("Militants stormed the Syriac Catholic cathedral in Baghdad.", set()),
        ("A blast hit the Grand Mosque during evening prayers.", set()),
        # the name is kept, without its qualifier
        ("Gunmen attacked the Sunni Abu Hanifa mosque on Friday.", {"abu hanifa mosque"}),
        ("A bomb went off at the Holy Trinity Cathedral on Sunday.", {"trinity cathedral"}),
        # near-miss: a name that is no qualifier stays a site
        ("A bomb went off at the Assumption Cathedral on Sunday.", {"assumption cathedral"}),
    ],
)
def test_a_qualifier_is_no_site_name(sentence: str, expected: set[str]) -> None:
    assert sites(sentence) == expected


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        # Ethiopia: one church, named in one report and described in the other
        ("Gunmen opened fire at the Medhane Alem Cathedral in Addis Ababa.",
         "Gunmen opened fire at an Ethiopian Orthodox church in Addis Ababa.", False),
        # Nigeria: the Friday mosque by its kind in one, by its name in the other
        ("A suicide bomber hit the Grand Mosque in Maiduguri.",
         "A suicide bomber struck the Al-Ansar Mosque in Maiduguri.", False),
        # Pakistan: "a Shia mosque" and the mosque's name
        ("A bomb tore through a Shia mosque in Peshawar.",
         "A bomb tore through the Kocha Risaldar mosque in Peshawar.", False),
        # Iraq: the Chaldean Catholic church and its name
        ("Militants attacked the Chaldean Catholic church in Mosul.",
         "Militants attacked the Mar Toma Church in Mosul.", False),
        # two named cathedrals stay two
        ("A bomb went off at the Assumption Cathedral.", "A bomb went off at the St Nicholas Cathedral.", True),
        # two mosques named after their qualifiers stay two
        ("Gunmen attacked the Sunni Abu Hanifa mosque.", "Gunmen attacked the Shia Kadhimiya mosque.", True),
    ],
)
def test_named_and_described_sites_are_compatible(a: str, b: str, differ: bool) -> None:
    assert different_sites(content_of(frame(a)), content_of(frame(b))) is differ


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        # the family-home case keeps apart (two families' names)
        (("the Zorob family's home",), ("the Musa family's home",), True),
        # a qualifier in a target naming a building is no name either
        (("the Coptic family's home",), ("the Girgis family's home",), False),
        (("the Central Tower",), ("the Nasr Tower",), False),
    ],
)
def test_target_sites(a: tuple[str, ...], b: tuple[str, ...], differ: bool) -> None:
    assert different_sites(content_of(frame("", a)), content_of(frame("", b))) is differ


def test_incident_names_skip_qualifiers() -> None:
    assert incident_names("at the Coptic Orthodox St Mark's Cathedral") == {"st mark cathedral"}



@pytest.mark.parametrize(
    ("targets", "expected"),
    [
        # how many, not who or where: no distinctive word of the target
        (("an unknown number of young men",), {"young"}),
        (("unknown number",), set()),  # the target cut before "of"
        (("an undetermined number of villagers",), {"villagers"}),
        (("dozens of displaced people",), {"displaced"}),
        (("hundreds of worshippers",), {"worshippers"}),
        (("an unspecified number of miners",), {"miners"}),
        # near-miss: a distinctive word stays
        (("the Number Nine market",), {"number", "nine", "market"}),
    ],
)
def test_counts_are_no_target_words(targets: tuple[str, ...], expected: set[str]) -> None:
    from rashomon.link.content import target_words
    assert target_words(frame("", targets)) == expected
