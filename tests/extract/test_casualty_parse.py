"""Casualty figures read off the parse: asides, named victims, conjoined victims, negation."""

from __future__ import annotations

import pytest

from rashomon.extract.casualty_parse import parse_casualties

N = None


@pytest.fixture(scope="module")
def nlp(resources):  # type: ignore[no-untyped-def]
    return resources.nlp


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        # a number with an aside before the verb: read with or without persons
        ("At least 30 miners from the Darfur site, including two boys, were killed.", False,
         [("killed", 30, N)]),
        ("Fourteen deminers working for the agency near Kharkiv were wounded.", False,
         [("injured", 14, 14)]),
        # a named victim or a singular person noun counts one, only when asked for
        ("Colonel Hassan Idris was killed in the ambush near Kutum.", True, [("killed", 1, 1)]),
        ("Colonel Hassan Idris was killed in the ambush near Kutum.", False, []),
        ("The mayor of Beni, a former teacher, was killed on Sunday.", True, [("killed", 1, 1)]),
        ("Gunmen shot and killed the village chief in Zamfara.", True, [("killed", 1, 1)]),
        # conjoined victims are summed; a plural without a number makes the sum unknown
        ("Ko Aung, a teacher, and four monks were killed in the raid.", True, [("killed", 5, 5)]),
        ("The journalist and her husband died in the Mykolaiv strike.", True, [("killed", 2, 2)]),
        ("The commander and several guards were killed near Gao.", True, []),
        # a range or a number left of its noun in a long subject; "along with"
        ("Between five and eight fishermen, including a boy, were reportedly killed off Sittwe.",
         False, [("killed", 5, 8)]),
        ("The mayor of Butembo, along with two aides, was killed on Sunday.", True,
         [("killed", 3, 3)]),
        # a year, an age or a date is no count
        ("On 7 May 2024, six fishermen were reportedly killed off Sittwe.", False, [("killed", 6, 6)]),
        ("On Monday a 13 year-old girl was killed by shrapnel in Bakhmut.", True, [("killed", 1, 1)]),
        ("On Monday a 13 year-old girl was killed by shrapnel in Bakhmut.", False, []),
        # negation and non-persons
        ("The commander was not killed in the strike on Ganja.", True, []),
        ("The economy was hurt by the blockade of Tigray.", True, []),
    ],
)
def test_parse_casualties(nlp, text: str, persons: bool,  # type: ignore[no-untyped-def]
                          expected: list[tuple[str, int | None, int | None]]) -> None:
    got = [(kind, fig.min, fig.max) for kind, fig, _ in parse_casualties(nlp(text)[:], persons=persons)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline parsed as the subject: the counted apposition gives the number
        ("KHARTOUM - At least six volunteers from the Sudanese Red Crescent (SRCS) relief team, "
         "including two women, were killed in Omdurman, the society said.", [("killed", 6, N)]),
        ("GOMA - Nine fishermen from the lake shore, including a boy, were killed on Sunday, "
         "local officials said.", [("killed", 9, 9)]),
        # a named victim with a counted apposition stays one named victim, not a count
        ("Colonel Ahmed Idris, one of the commanders of the brigade, was killed near Kutum.", []),
    ],
)
def test_a_dateline_subject(nlp, text: str, expected: list[tuple[str, int | None, int | None]]) -> None:  # type: ignore[no-untyped-def]
    got = [(kind, f.min, f.max) for kind, f, _ in parse_casualties(nlp(text)[:], persons=False)]
    assert got == expected
