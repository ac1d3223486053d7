"""The address reader (rashomon.gazetteer.address): one grammar for "Town, Region, Country".

Sentences are written for the project, about conflicts no eval set covers.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.gazetteer.address import (
    Address,
    PartKind,
    comma_between,
    read_after,
    read_before,
    read_hits,
)


def _mentions(text: str, names: list[tuple[str, PartKind]]) -> list[tuple[int, int, PartKind]]:
    out, at = [], 0
    for name, kind in names:
        start = text.index(name, at)
        out.append((start, start + len(name), kind))
        at = start + len(name)
    return out


def _joined(pieces: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, PartKind]]]:
    """A text of names and the gaps after them, and the names as mentions."""
    text, mentions = "", []
    for name, gap in pieces:
        mentions.append((len(text), len(text) + len(name), "place"))
        text += name + gap
    return text, mentions  # type: ignore[return-value]


def _names(text: str, address: Address) -> list[tuple[str, str, str]]:
    return [(text[p.start:p.end], p.kind, p.noun) for p in address.parts]


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Gunmen burned Qarya village, Kassala, Sudan, on Monday.",
     [("Qarya", "place"), ("Kassala", "place"), ("Sudan", "country")],
     [[("Qarya", "place", "village"), ("Kassala", "place", ""), ("Sudan", "country", "")]]),
    ("Troops shelled Stavky, Donetsk oblast, Ukraine, overnight.",
     [("Stavky", "place"), ("Donetsk", "region"), ("Ukraine", "country")],
     [[("Stavky", "place", ""), ("Donetsk", "region", "oblast"), ("Ukraine", "country", "")]]),
    # a list is no address: "and" breaks the run, the comma after "Hama" joins two towns only
    ("Shells fell on Hama, Homs and Aleppo on Monday.",
     [("Hama", "place"), ("Homs", "place"), ("Aleppo", "place")],
     [[("Hama", "place", ""), ("Homs", "place", "")]]),
    ("Fighters left Falam and entered Hakha, Chin State, Myanmar.",
     [("Falam", "place"), ("Hakha", "place"), ("Chin State", "region"), ("Myanmar", "country")],
     [[("Hakha", "place", ""), ("Chin State", "region", ""), ("Myanmar", "country", "")]]),
    ("ELN fighters bombed a pipeline near Saravena in Arauca on Friday.",
     [("Saravena", "place"), ("Arauca", "place")], []),
])
def test_read_hits(text: str, names: list[tuple[str, PartKind]], expected: list[list[tuple[str, str, str]]]) -> None:
    assert [_names(text, a) for a in read_hits(text, _mentions(text, names))] == expected


def test_read_hits_holders_and_indexes() -> None:
    text = "Raiders struck Kafr Nabl, Maarat al-Numan, Idlib, Syria, at dawn."
    names: list[tuple[str, PartKind]] = [("Kafr Nabl", "place"), ("Maarat al-Numan", "place"),
                                         ("Idlib", "region"), ("Syria", "country")]
    [address] = read_hits(text, _mentions(text, names))
    assert [p.index for p in address.parts] == [0, 1, 2, 3]
    assert [address.name(text, i) for i in address.holders()] == ["Maarat al-Numan", "Idlib"]


@pytest.mark.parametrize(("text", "town", "name"), [
    ("Rebels attacked a village near Bunia, Ituri, on Thursday.", "Bunia", "Ituri"),
    ("M23 fighters shelled Sake, North Kivu, overnight.", "Sake", "North Kivu"),
    ("Gunmen killed two soldiers in Tame, Arauca, on Sunday.", "Tame", "Arauca"),
    ("The junta bombed Hakha, Chin State Hospital staff said.", "Hakha", "Chin State Hospital"),  # 3 words
])
def test_read_after(text: str, town: str, name: str) -> None:
    start = text.index(town)
    address = read_after(text, start, start + len(town))
    assert address is not None and address.name(text, 0) == town and address.name(text, 1) == name


@pytest.mark.parametrize(("text", "town"), [
    ("RSF fighters shelled El Fasher on Monday.", "El Fasher"),
    ("RSF fighters shelled El Fasher, killing six.", "El Fasher"),  # a lower-case word: no name
])
def test_read_after_needs_a_name(text: str, town: str) -> None:
    start = text.index(town)
    assert read_after(text, start, start + len(town)) is None


@pytest.mark.parametrize(("text", "region", "noun"), [
    ("Guerrillas ambushed a patrol near Cartago, Narino, Colombia, on Monday.", "Narino", ""),
    ("Jihadists attacked Al-Hadid area, Saladin governorate, Iraq.", "Saladin", "governorate"),
    ("Troops shelled Stavky, Donetsk oblast, Ukraine, overnight.", "Donetsk", "oblast"),
    ("Gunmen looted Tame, Arauca department, Colombia.", "Arauca", "department"),
    ("Junta jets bombed Falam, Chin State, Myanmar.", "Chin State", ""),
])
def test_read_before(text: str, region: str, noun: str) -> None:
    country = re.search(r"(Colombia|Iraq|Ukraine|Myanmar)", text)
    assert country is not None
    address = read_before(text, country.start(), country.end())
    assert address is not None
    assert (address.name(text, 1), address.parts[1].noun, address.parts[2].kind) == (region, noun, "country")


@pytest.mark.parametrize("text", [
    "Fighting spread from Goma to Sake in Congo.",
    "Soldiers in Kidal, Gao and Timbuktu, Mali, were put on alert.",  # "and" before the country's part
])
def test_read_before_needs_an_address(text: str) -> None:
    country = re.search(r"(Congo|Mali)", text)
    assert country is not None
    assert read_before(text, country.start(), country.end()) is None


@pytest.mark.parametrize(("gap", "joined"), [(", ", True), (",\t", True), (" , ", False), (" and ", False),
                                             (", the ", False), (" village, ", False)])
def test_comma_between(gap: str, joined: bool) -> None:
    text = f"Bunia{gap}Ituri"
    assert comma_between(text, 5, 5 + len(gap)) is joined


_WORD = st.sampled_from(["Kassala", "Ituri", "Sake", "Mopti", "Tame", "Hakha", "Sudan", "and", "near", "the"])
_GAPS = st.sampled_from([", ", " village, ", " governorate, ", " and ", " ", ", the ", " district, "])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_WORD, _GAPS), min_size=1, max_size=6))
def test_read_hits_parts_are_the_mentions_in_order(pieces: list[tuple[str, str]]) -> None:
    """Every address is a run of consecutive mentions, in order, of two or more parts; no
    mention is in two addresses; joined parts are separated by a comma."""
    text, mentions = _joined(pieces)
    addresses = read_hits(text, mentions)
    seen: list[int] = []
    for address in addresses:
        idx = [p.index for p in address.parts]
        assert len(idx) >= 2 and idx == list(range(idx[0], idx[0] + len(idx)))
        seen += idx
        for a, b in zip(address.parts, address.parts[1:], strict=False):
            assert "," in text[a.end:b.start]
    assert len(seen) == len(set(seen))


@pytest.mark.parametrize(("text", "town", "name"), [
    # a description or brackets between the place and the name of its holder
    ("Guerrillas attacked Suarez, a town in Cauca, on Monday.", "Suarez", "Cauca"),
    ("Raiders burned Sotk, a small mountain village of Gegharkunik, at dawn.", "Sotk", "Gegharkunik"),
    ("Rebels killed 14 people in Kiwanja (North Kivu province) on Sunday.", "Kiwanja", "North Kivu"),
    ("Junta troops killed 11 people in Kani township (Sagaing region) on Friday.", "Kani", "Sagaing"),
    ("Gunmen shot two men in Tame village, Arauca, at night.", "Tame", "Arauca"),
])
def test_read_after_other_forms(text: str, town: str, name: str) -> None:
    start = text.index(town)
    address = read_after(text, start, start + len(town))
    assert address is not None and address.name(text, 1) == name


@pytest.mark.parametrize("text", [
    "Guerrillas attacked Suarez, the town's mayor said.",  # no description of a place
    "Guerrillas attacked Suarez (pictured) on Monday.",  # brackets without a name
    "Guerrillas attacked Suarez, a man in Cauca said.",  # not a word for a place
])
def test_read_after_needs_a_place_description(text: str) -> None:
    start = text.index("Suarez")
    assert read_after(text, start, start + 6) is None


@pytest.mark.parametrize(("text", "admin1"), [
    # the region named after a described town backs that town's region
    ("Guerrillas attacked Suarez, a town in Cauca, on Monday, killing two soldiers, the army said.", "CO.09"),
])
def test_a_described_address_backs_the_region(places: Any, text: str, admin1: str) -> None:
    assert admin1 in places.context(text).admin1s
