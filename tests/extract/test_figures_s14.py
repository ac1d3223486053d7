"""Figure idioms of the fourteenth session (probe3 §6), on sentences written for the project
about conflicts no eval set covers: burial counts, people taken to hospital, tolls "put at" or
"given" by a source, a toll brought up to a new figure, and running totals since a coup."""

from __future__ import annotations

import pytest

from rashomon.extract.casualty_parse import parse_casualties
from rashomon.extract.numbers import cumulative, find_casualties

N = None


def _read(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(m.kind, m.figure.min, m.figure.max) for m in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a burial count is the dead of the one who buried them
        ("Volunteers in Kadugli had buried 27 people by Friday, a relief worker said.", [("killed", 27, 27)]),
        ("Residents of Kamituga said they were burying at least nine fishermen on Sunday.", [("killed", 9, N)]),
        ("The Red Cross oversaw the burial of 41 victims in Tillaberi.", [("killed", 41, 41)]),
        ("Officials in Mangaize said 30 people had been buried by Saturday.", [("killed", 30, 30)]),
        # … but people buried under rubble or alive are trapped, not counted dead
        ("Twelve miners were buried alive near Kidal.", []),
        ("Two men buried their relatives in Ouallam.", []),
        ("The collapse of the school in Saada buried 20 pupils under the rubble.", []),
        ("The landslide near Muzaffarabad buried 12 people alive.", []),
        # a toll put at, given, or brought up to a figure
        ("The Malian army put the toll at 23 dead.", [("killed", 23, 23)]),
        ("A Chadian rights group gave a higher toll of 31 dead.", [("killed", 31, 31)]),
        ("Two more people died in Bunia, bringing the toll to eleven dead.", [("killed", 2, 2), ("killed", 11, 11)]),
        ("Eleven wounded were flown to Goma.", [("injured", 11, 11)]),
        # "the number of <victims> killed": a toll
        ("The number of civilians killed in Rakhine had risen to 16.", [("killed", 16, 16)]),
        ("The number of people wounded in Kassala stood at 30.", [("injured", 30, 30)]),
        # treatment in hospitals and a hospital's own count of those it treated are the injured
        ("More than 40 people were being treated in hospitals in Jammu.", [("injured", 40, N)]),
        ("A clinic in Malakal said it had treated 23 people.", [("injured", 23, 23)]),
        # a counted part inside the victims' phrase, without commas, is no toll of its own
        ("Initial reports said six people including four children were killed in Kunduz.", [("killed", 6, 6)]),
        ("At least nine soldiers including a colonel were killed near Gao.", [("killed", 9, N)]),
        ("22 people among them two nurses died in the strike on Sittwe.", [("killed", 22, 22)]),
        # a person named with their own counted victims: all of them
        ("A man and his two sons were killed in the shelling of Kherson.", [("killed", 3, 3)]),
        ("My neighbour and her two daughters died inside, a resident of Nasir said.", [("killed", 3, 3)]),
        ("The driver and two passengers were killed on the road to Gao.", [("killed", 3, 3)]),
        ("The drone killed two fighters and their commander near Bakhmut.", [("killed", 3, 3)]),
        ("Gunmen killed a teacher and her three children near Kidal.", [("killed", 4, 4)]),
        # … but not a party named before a speech verb
        ("Russia and its two allies said 12 soldiers were killed.", [("killed", 12, 12)]),
        # a hedged count, a toll of fatalities, more bodies
        ("As many as 30 people may have been killed in Kalehe.", [("killed", N, 30)]),
        ("Fatalities in Pibor rose to 33 on Monday.", [("killed", 33, 33)]),
        ("Three more bodies were pulled from the rubble in Sumy.", [("killed", 3, 3)]),
        ("Two jets could have killed civilians near Idlib.", []),
        # an army's words for those it killed
        ("The army said its drones had eliminated four militants near Tillaberi.", [("killed", 4, 4)]),
        ("Nigerian troops neutralised 20 bandits in Zamfara.", [("killed", 20, 20)]),
        ("The strike in Kandahar eliminated an imminent threat to the base.", []),
        ("The army said it had neutralised the commander of the cell near Diffa.", []),
    ],
)
def test_figure_idioms(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _read(text) == expected


def test_a_toll_brought_up_is_a_revision() -> None:
    toll = [m for m in find_casualties("Two more died overnight in Mopti, bringing the toll to 14.")
            if m.figure.min == 14]
    assert toll and toll[0].revision


@pytest.mark.parametrize(
    "text",
    [
        "More than 6,000 civilians have been killed by the security forces since the coup.",
        "Rights groups say 1,400 protesters have died since the 2021 military takeover in Khartoum.",
        "At least 300 people have been killed in Niamey since the putsch.",
    ],
)
def test_a_count_since_a_coup_is_a_running_total(text: str) -> None:
    assert cumulative(text)


@pytest.fixture(scope="module")
def nlp(resources):  # type: ignore[no-untyped-def]
    return resources.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two residents, a 58-year-old man and his grandson, were taken to hospital in Goris with "
         "shrapnel wounds.", [("injured", 2, 2)]),
        ("Five soldiers were rushed to the military hospital in Gao after the ambush.", [("injured", 5, 5)]),
        ("At least 14 pupils were admitted to the clinic in Sittwe.", [("injured", 14, N)]),
        # the dead taken to a hospital are no injured; a hospital's own staff taking someone is active
        ("Twelve bodies were taken to the hospital in Bunia.", []),
        ("Medics took the governor to the hospital in Juba.", []),
        ("Three farmers were not taken to hospital in Arauca.", []),
        # the wounded moved anywhere are injured; others moved are not
        ("At least 15 wounded had been evacuated to Niamey.", [("injured", 15, N)]),
        ("Twenty villagers were evacuated from Kokorou.", []),
    ],
)
def test_taken_to_hospital_counts_the_injured(nlp, text: str,  # type: ignore[no-untyped-def]
                                              expected: list[tuple[str, int | None, int | None]]) -> None:
    got = [(kind, fig.min, fig.max) for kind, fig, _ in parse_casualties(nlp(text)[:])]
    assert got == expected
