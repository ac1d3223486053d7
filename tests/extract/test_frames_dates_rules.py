"""Which date an article gives its incident (extract.frames_dates), on hand-written sentences
about conflicts no eval set covers: reactions dated apart from the incident, determiners spaCy
leaves out of a DATE entity, and a week refined by the weekday the text names in it."""

from __future__ import annotations

from typing import Any

import pytest

from rashomon.extract.frames_dates import DateMention, Reference, choose_date, covers, dateline_date
from rashomon.types import Evidence


def _main(result: Any) -> Any:
    return next(f for f in result.frames if not f.background)


# --- a date on a reaction or on a statement's subject dates that, not the incident ------------
# Published dates: 2024-03-10 is a Sunday, 2023-08-05 a Saturday, 2025-01-31 a Friday,
# 2024-03-01 a Friday (the day after February 29).
@pytest.mark.parametrize(("text", "published", "expected"), [
    # "traded accusations on Sunday" dates the row (the date on the verb's object)
    ("Rival factions traded accusations on Sunday over a drone attack that struck a fuel depot in "
     "Port Sudan on Saturday.", "2024-03-10", "2024-03-09"),
    ("The army and the RSF traded blame on Sunday for the shelling of a hospital in Omdurman, "
     "which killed nine people on Friday.", "2024-03-10", "2024-03-08"),
    # the subject of a statement verb carries the date, and the verb is not the sentence's root
    ("Armenia's foreign ministry on Saturday condemned the shelling of a border village that "
     "killed two farmers on Thursday, a spokeswoman said.", "2023-08-05", "2023-08-03"),
    # a reaction verb (dispute) with the incident in its object clause
    ("The junta on Friday disputed reports that an airstrike on Thursday had killed 14 people at "
     "a monastery in Magway region.", "2025-01-31", "2025-01-30"),
    # burial is a reaction: the raid's own weekday wins
    ("Villagers in Ituri buried 22 people on Friday after militiamen raided their village on "
     "Thursday night.", "2024-03-01", "2024-02-29"),
])
def test_a_reaction_date_gives_way_to_the_incidents(extract: Any, text: str, published: str,
                                                      expected: str) -> None:
    frame = _main(extract(text, published=published))
    assert (frame.date, frame.date_precision) == (expected, "day")


@pytest.mark.parametrize(("text", "published", "expected"), [
    # nothing dates the incident itself: the reaction is the latest day it can have happened
    ("The government of Mali on Tuesday rejected accusations that its soldiers killed 30 "
     "civilians at a market in Mopti region.", "2024-04-02", "2024-04-02"),
    ("Mourners in Cucuta buried six soldiers on Monday after an ambush by dissident fighters.",
     "2023-10-30", "2023-10-30"),
])
def test_only_a_reaction_date_still_dates_the_incident(extract: Any, text: str, published: str,
                                                         expected: str) -> None:
    frame = _main(extract(text, published=published))
    assert frame.date == expected
    assert "statement" in (frame.sources["date"].note or "")


# --- "this week's attack": the determiner outside the entity -----------------------------------
@pytest.mark.parametrize(("text", "published", "expected"), [
    # Saturday 2024-10-05: the week began on Monday 2024-09-30 (across a month end)
    ("Officials in Goma on Saturday questioned the toll of this week's bombardment of the Bulengo "
     "camp, which killed at least 15 people.", "2024-10-05", "2024-09-30"),
    # Wednesday 2025-01-01: the week began on Monday 2024-12-30 (across a year end)
    ("Residents of Kidal on Wednesday described this week's drone strike on a wedding party that "
     "killed eight people.", "2025-01-01", "2024-12-30"),
    # Thursday 2024-02-29: last week began on Monday 2024-02-19
    ("Human rights groups on Thursday demanded an inquiry into last week's airstrike on a "
     "village in Sagaing region that killed 40 people.", "2024-02-29", "2024-02-19"),
])
def test_a_week_named_by_its_determiner_dates_the_incident(extract: Any, text: str, published: str,
                                                             expected: str) -> None:
    frame = _main(extract(text, published=published))
    assert (frame.date, frame.date_precision) == (expected, "week")


# --- a week refined by the weekday named inside it ---------------------------------------------
@pytest.mark.parametrize(("text", "published", "expected"), [
    # Monday 2024-06-24: "last week" is 06-17..06-23, its Thursday 06-20
    ("Rights groups on Monday called for an inquiry into last week's ambush near Djibo. An "
     "association said 26 people were killed in the attack on Thursday.", "2024-06-24", "2024-06-20"),
    # Tuesday 2024-10-01: last week is 09-23..09-29, its Saturday 09-28 (a month end between)
    ("Kachin groups on Tuesday mourned the victims of last week's airstrike on a camp in Laiza. "
     "The jets bombed the camp on Saturday, residents said.", "2024-10-01", "2024-09-28"),
])
def test_a_weekday_inside_the_week_refines_it(extract: Any, text: str, published: str, expected: str) -> None:
    frame = _main(extract(text, published=published))
    assert (frame.date, frame.date_precision) == (expected, "day")


# --- the vote itself, on hand-made mentions ----------------------------------------------------
def _m(value: str, precision: str, weight: float, *, statement: bool = False, near: bool = True) -> DateMention:
    return DateMention(value, precision, Evidence(0, 1, "x"), weight, statement, False,  # type: ignore[arg-type]
                       lead=True, near=near)


REF = Reference("2024-06-24", "publication date", "2024-06-24")


@pytest.mark.parametrize(("mentions", "expected"), [
    # the week outvotes its day alone, but lends it its votes
    ([_m("2024-06-17", "week", 3.0), _m("2024-06-20", "day", 1.5)], ("2024-06-20", "day")),
    # a day outside the week gets nothing from it
    ([_m("2024-06-17", "week", 3.0), _m("2024-06-24", "day", 1.5)], ("2024-06-17", "week")),
    # a statement's week refines nothing
    ([_m("2024-06-17", "week", 3.0, statement=True), _m("2024-06-24", "day", 1.0),
      _m("2024-06-20", "day", 0.6)], ("2024-06-24", "day")),
    # a day not named by a trigger word (a reaction's) gets nothing from the week
    ([_m("2024-06-17", "week", 3.0), _m("2024-06-22", "day", 2.0, near=False)], ("2024-06-17", "week")),
    # a month lends its votes to a day inside it
    ([_m("2024-06-01", "month", 2.0), _m("2024-06-12", "day", 1.0), _m("2024-06-22", "day", 1.5)],
     ("2024-06-22", "day")),
])
def test_choose_date_refines_coarse_dates(mentions: list[DateMention], expected: tuple[str, str]) -> None:
    value, precision, backing = choose_date(mentions, REF)
    assert (value, precision) == expected
    assert backing and all(m.value == value for m in backing)


@pytest.mark.parametrize(("coarse", "value", "precision", "expected"), [
    (("2024-02-26", "week"), "2024-03-03", "day", True),  # Sunday of a week across Feb 29
    (("2024-02-26", "week"), "2024-03-04", "day", False),  # the next Monday
    (("2024-02-01", "month"), "2024-02-29", "day", True),
    (("2024-02-01", "month"), "2024-03-01", "day", False),
    (("2024-02-01", "month"), "2024-02-26", "week", True),
    (("2024-02-26", "week"), "2024-02-26", "week", False),  # not finer
])
def test_covers(coarse: tuple[str, str], value: str, precision: str, expected: bool) -> None:
    assert covers(_m(coarse[0], coarse[1], 1.0), value, precision) is expected  # type: ignore[arg-type]


# --- an undated article is dated by its dateline ------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("MOGADISHU, 5 March 2023 — A car bomb exploded.", "2023-03-05"),
    ("GOMA, Congo, May 3, 2024 – Shells hit a camp.", "2024-05-03"),
    ("KYIV, Ukraine, Tuesday, March 5, 2024 - Drones struck.", "2024-03-05"),
    ("ABUJA (Reuters), 12 June 2024 — Gunmen attacked.", "2024-06-12"),
    ("BOGOTA, Colombia, Nov. 20, 2024 — Troops clashed.", "2024-11-20"),
    ("NIAMEY, Niger — Human rights groups said.", None),  # no date in it
    ("Al-Shabaab - a group linked to al-Qaeda - said.", None),  # no place in capitals
    ("The US-backed forces — the army said — withdrew.", None),
])
def test_dateline_date(text: str, expected: str | None) -> None:
    found = dateline_date(text)
    assert (found[0] if found else None) == expected
    if found:
        assert text[found[1] - 2:found[1]].strip() in ("—", "–", "-")


def test_an_undated_article_resolves_weekdays_against_its_dateline(extract: Any) -> None:
    # 2023-03-05 is a Sunday: "Saturday's bombing" is the day before the dateline's
    text = ("MOGADISHU, 5 March 2023 — The toll from Saturday's suicide car bombing at a checkpoint in "
            "Afgoye rose to 13 on Sunday, a police official said.")
    frame = _main(extract(text, published=None))
    assert (frame.date, frame.date_precision) == ("2023-03-04", "day")
    assert "dateline" in (frame.sources["date"].note or "")
    # with a publication date, the dateline reads nothing
    assert _main(extract(text, published="2023-03-06")).date == "2023-03-04"
