"""Officials of a country the gazetteer names only as a bare country (issue 11): the source is
the state's government, its military for a defence portfolio, its health ministry for a
health portfolio; countries and demonyms come from data packages. Sentences written for the
project."""

from __future__ import annotations

import pytest

from rashomon.extract.state_officials import state_source


@pytest.mark.parametrize(("text", "name", "kind", "party"), [
    ("Chad's defence minister", "Chadian military", "military", "Chad"),
    ("the Malian foreign minister", "Malian government", "government", "Mali"),
    ("A minister of Eritrea", "Eritrean government", "government", "Eritrea"),
    ("Niger's interior minister", "Nigerien interior ministry", "government", "Niger"),  # specialised
    ("Burkina Faso's health minister", "Burkinabe health ministry", "government", "Burkina Faso"),
    ("Armenia's foreign ministry", "Armenian government", "government", "Armenia"),
    ("Cameroonian President Paul Biya", "Cameroonian government", "government", "Cameroon"),
    ("the Minister for Foreign Affairs of Colombia", "Colombian government", "government", "Colombia"),
    ("Mozambique's foreign affairs minister", "Mozambican government", "government", "Mozambique"),
    # a state's armed forces speak as its military, as the gold sets name them ("Russian military")
    ("The Sudanese army spokesman", "Sudanese military", "military", "Sudan"),
    ("Colombia's army", "Colombian military", "military", "Colombia"),
    ("the Malian Armed Forces", "Malian military", "military", "Mali"),
])
def test_state_source(text: str, name: str, kind: str, party: str) -> None:
    found = state_source(text)
    assert found is not None
    assert (found.name, found.kind, found.party) == (name, kind, party)


@pytest.mark.parametrize("text", [
    "a Congolese aid worker",
    "the minister",  # no country named
    "the prime minister's office in Kinshasa",
    # a named body of a ministry keeps its own name (source_names' affiliation)
    "spokesman of the Emergency Department of the Malian Ministry of Health",
])
def test_no_state_source(text: str) -> None:
    assert state_source(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("Chad's defence minister said the rebels attacked the garrison at Bardai.", "Chadian military"),
    ("The Malian foreign minister said French troops had left Gao.", "Malian government"),
    ("A minister of Eritrea said Ethiopian troops shelled the border town.", "Eritrean government"),
    ("Niger's interior minister denied that soldiers killed civilians in Tillaberi.", "Nigerien interior ministry"),
    ("Cameroonian President Paul Biya said separatists burned a school in Bamenda.", "Cameroonian government"),
])
def test_a_states_official_speaks_for_the_state(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.source.name for c in extract(text).claims] == [name]


def _flat(words: list[str]) -> str:
    """The flat alternation state_officials built before the trie: escaped words, longest first."""
    import re

    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _flat_pattern():  # type: ignore[no-untyped-def]
    """The pattern of ``_tables`` as it was built from flat alternations (the reference)."""
    import re

    from rashomon.extract.lexicon import word_set
    from rashomon.extract.state_officials import _tables

    countries, demonyms, _, _ = _tables()
    titles = _flat(sorted(word_set("state_titles")))
    ports = _flat(sorted(word_set("state_portfolios")))
    country_alt = _flat([n for n in countries if n])
    dem_alt = _flat(list(demonyms))
    return re.compile(
        rf"\b(?:(?P<c1>{country_alt})['’]s|(?P<d>{dem_alt}))\s+(?:(?P<p1>{ports})(?:\s+affairs)?\s+)?(?P<t1>{titles})\b"
        rf"|\b(?P<t2>{titles})\s+(?:of|for)\s+(?:(?P<p2>{ports})(?:\s+affairs)?\s+(?:of\s+)?)?"
        rf"(?:the\s+)?(?P<c2>{country_alt})\b(?!['’]s)",
        re.IGNORECASE)


def _matches(pattern, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:  # type: ignore[no-untyped-def]
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


_SENTENCES = [
    "Sudan's foreign minister said the RSF shelled El Fasher.",
    "The Burmese defence minister blamed the Arakan Army for the ambush near Sittwe.",
    "A minister of the Democratic Republic of the Congo said M23 held Goma.",
    "South Sudan's information minister denied that troops fired on civilians in Malakal.",
    "South  Sudan's information minister spoke twice",  # two spaces: no multi-word country name
    "South\tSudan's health minister, in a tab-separated name",
    "the Central African Republic's interior minister and the Chadian foreign minister met",
    "The Minister for Foreign Affairs of Colombia said the ELN had attacked a patrol.",
    "NIGER'S DEFENCE MINISTER said jihadists killed soldiers near Tillaberi.",
    "Azerbaijan’s defense minister and Armenia's foreign ministry traded accusations over Lachin.",
    "the Guinea-Bissau foreign minister, Guinea's minister of health and Papua New Guinea's minister",
    "Spokesman for the Nigerian army and Niger's prime minister; a Nigerien minister of defence",
    "minister of defense of the United States's ally",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_trie_pattern_matches_what_the_flat_one_did(text: str) -> None:
    from rashomon.extract.state_officials import _tables

    assert _matches(_tables()[3], text) == _matches(_flat_pattern(), text)


def test_the_trie_pattern_matches_every_country_and_demonym_as_the_flat_one_did() -> None:
    """Every country name and demonym of the tables, in each word order, both ways of spacing."""
    from rashomon.extract.state_officials import _tables

    countries, demonyms, _, pattern = _tables()
    flat = _flat_pattern()
    for name in [*countries, *demonyms]:
        written = name.title()
        for text in (f"{written}'s foreign minister", f"the {written} defence minister",
                     f"a minister of {written} said", f"the minister for health of the {written}",
                     f"{written.replace(' ', '  ')}'s foreign minister", f"{written.upper()}'S FOREIGN MINISTER"):
            assert _matches(pattern, text) == _matches(flat, text), text
