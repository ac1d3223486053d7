"""The ground family of event types (armed clashes, ground attack, shooting) in the link stage:
one fight that one outlet calls "clashes" and another "an attack by gunmen" is one incident.
Frames are typed from sentences written for these tests (by the trigger classifier)."""

from __future__ import annotations

import pytest

from rashomon.config import Options
from rashomon.gazetteer.triggers import classify_event_type
from rashomon.link import link
from rashomon.link.events import TYPE_SPECIFICITY
from rashomon.link.scoring import (
    GROUND,
    RELATED_TYPES,
    TYPE_AERIAL,
    TYPE_GROUND,
    TYPE_UNRELATED,
    type_factor,
)
from rashomon.types import EVENT_TYPES, Event, EventType, Evidence, Figure, Frame, Location

EL_OBEID = Location("El Obeid", "SD", 13.184, 30.217, "town")  # North Kordofan
LASHIO = Location("Lashio", "MM", 22.936, 97.750, "town")  # Shan State
DJIBO = Location("Djibo", "BF", 14.102, -1.627, "town")  # Soum, Burkina Faso
ARBINDA = Location("Arbinda", "BF", 14.233, -0.867, "town")  # ~83 km from Djibo


def typed(sentence: str) -> EventType:
    return classify_event_type(sentence)


def frame(article: str, sentence: str, place: Location, date: str = "2024-05-10", *,
          killed: int | None = None, targets: tuple[str, ...] = ()) -> Frame:
    return Frame(article_id=article, index=0, type=typed(sentence), evidence=Evidence(0, 0, sentence),
                 date=date, date_precision="day", date_text="on Friday", location=place,
                 targets=targets, killed=None if killed is None else Figure(killed, killed))


def run(*frames: Frame) -> list[Event]:
    events, _ = link(frames, (), Options(), None)
    return events


def groups(events: list[Event]) -> set[frozenset[str]]:
    return {frozenset(a for a, _ in e.frame_keys) for e in events}


@pytest.mark.parametrize("a", sorted(GROUND))
@pytest.mark.parametrize("b", sorted(GROUND))
def test_the_ground_types_are_related(a: EventType, b: EventType) -> None:
    assert type_factor(a, b) == (1.0 if a == b else TYPE_GROUND)
    # related enough to link on place and date alone, as the aerial family
    assert type_factor(a, b) >= RELATED_TYPES


@pytest.mark.parametrize("ground", sorted(GROUND))
@pytest.mark.parametrize("other", ["airstrike", "drone_strike", "missile_strike", "shelling"])
def test_a_ground_type_and_a_strike_stay_unrelated(ground: EventType, other: EventType) -> None:
    assert type_factor(ground, other) == type_factor(other, ground) == TYPE_UNRELATED


def test_the_ground_step_is_the_aerial_step() -> None:
    assert TYPE_GROUND == TYPE_AERIAL


def test_every_event_type_has_a_specificity() -> None:
    assert set(TYPE_SPECIFICITY) == set(EVENT_TYPES)
    rank = TYPE_SPECIFICITY.index
    # a named mode of a ground fight is more specific than "ground attack"
    assert rank("shooting") < rank("ground_attack") and rank("armed_clashes") < rank("ground_attack")


def test_clashes_and_an_attack_by_gunmen_are_one_incident() -> None:
    # Sudan: one outlet reports fighting in El Obeid, another an attack by gunmen, same day and toll
    a = frame("a", "Fighting between the army and the RSF erupted in El Obeid on Friday, killing 12 people.",
              EL_OBEID, killed=12)
    b = frame("b", "Gunmen attacked a neighbourhood of El Obeid on Friday, killing 12 people.",
              EL_OBEID, killed=12)
    assert (a.type, b.type) == ("armed_clashes", "ground_attack")
    events = run(a, b)
    assert groups(events) == {frozenset({"a", "b"})}


def test_clashes_and_an_attack_link_on_place_and_date_alone() -> None:
    # the Sahel: no toll or target shared, nothing else reported in Djibo that day
    a = frame("a", "Jihadists attacked an army post in Djibo on Sunday.", DJIBO)
    b = frame("b", "Soldiers and jihadists exchanged fire for hours in Djibo on Sunday.", DJIBO)
    assert (a.type, b.type) == ("ground_attack", "armed_clashes")
    assert groups(run(a, b)) == {frozenset({"a", "b"})}


def test_a_shooting_and_an_attack_on_the_crowd_are_one_incident() -> None:
    # Myanmar: troops firing on protesters, reported as a shooting and as an attack
    a = frame("a", "Soldiers opened fire on protesters in Lashio on Saturday.", LASHIO, "2024-03-02",
              killed=9)
    b = frame("b", "Gunmen attacked the protesters in Lashio on Saturday, killing nine.", LASHIO,
              "2024-03-02", killed=9)
    assert a.type == "shooting" and b.type in GROUND - {"shooting"}
    assert groups(run(a, b)) == {frozenset({"a", "b"})}


def test_the_event_takes_the_named_mode_on_a_tie() -> None:
    a = frame("a", "Heavy clashes broke out in Djibo on Sunday.", DJIBO)
    b = frame("b", "Jihadists attacked an army post in Djibo on Sunday.", DJIBO)
    (event,) = run(a, b)
    assert event.type == "armed_clashes"


def test_clashes_and_an_airstrike_at_one_spot_stay_apart() -> None:
    # a ground fight and an air raid on one town the same day are two incidents
    a = frame("a", "Rebels clashed with government troops in El Obeid on Friday.", EL_OBEID)
    b = frame("b", "A warplane bombed a market in El Obeid on Friday.", EL_OBEID)
    assert (a.type, b.type) == ("armed_clashes", "airstrike")
    assert groups(run(a, b)) == {frozenset({"a"}), frozenset({"b"})}


def test_clashes_in_two_towns_stay_apart() -> None:
    a = frame("a", "Soldiers and jihadists exchanged fire for hours in Djibo on Sunday.", DJIBO)
    b = frame("b", "Jihadists attacked an army post in Arbinda on Sunday.", ARBINDA)
    assert groups(run(a, b)) == {frozenset({"a"}), frozenset({"b"})}


def test_a_day_of_ground_fighting_in_one_town_is_not_one_incident() -> None:
    # El Obeid on one day: a shooting at a market, clashes at a checkpoint, a raid on a camp,
    # each report with its own target and toll (two reports alone there would link: the link
    # stage's rule for any type, the only other report at that spot and day)
    a = frame("a", "Troops fired on the crowd at the Souq Abu Zaid market in El Obeid.", EL_OBEID,
              killed=4, targets=("the Souq Abu Zaid market",))
    b = frame("b", "Heavy clashes broke out at the Kazgil checkpoint in El Obeid.", EL_OBEID,
              killed=31, targets=("the Kazgil checkpoint",))
    c = frame("c", "Gunmen attacked the Shikan displacement camp in El Obeid.", EL_OBEID,
              killed=11, targets=("the Shikan displacement camp",))
    assert (a.type, b.type, c.type) == ("shooting", "armed_clashes", "ground_attack")
    assert groups(run(a, b, c)) == {frozenset({"a"}), frozenset({"b"}), frozenset({"c"})}
