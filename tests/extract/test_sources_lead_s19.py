"""A provincial body named by its unit alone takes a unit the article has named by then, never
one a background paragraph names further down (sentences written for the project)."""

from __future__ import annotations


def test_a_unit_named_only_in_background_later_names_no_local_body(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("JALALABAD - A suicide bomber killed 5 people at a market in Jalalabad on Sunday. A spokesman for "
            "the provincial governor said 5 people had been killed.\n\n"
            "Last year, a bombing at a mosque in northern Kunduz province killed 30 worshippers.")
    names = [c.source.name for c in extract(text).claims]
    assert not any("Kunduz" in n for n in names), names


def test_a_unit_named_after_its_town_in_the_lead_names_the_local_body(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Shelling killed 3 civilians in Kupwara on Monday, the district administration said.\n\n"
            "Kupwara district lies along the Line of Control.")
    names = [c.source.name for c in extract(text).claims]
    assert "Kupwara administration" in names, names
