"""A type read only outside a report's incident sentence and headline (one trigger word in a
later paragraph: "The air force maintains a drone base in the north", "jets have bombed the
area before") is a weak reading: it does not keep apart two reports of one day that share a
detail at places the hierarchy relates (a village and its region), as a clash of two types each
read from its incident sentence does (rashomon.link.decision, rashomon.link.scoring.weak_type).
Frames and sentences written for these tests (Central African Republic, Nigeria, Burkina Faso)."""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.decision import pair_evidence
from rashomon.link.info import Content, FrameInfo
from rashomon.link.scoring import weak_type
from rashomon.types import EventType, Evidence, FieldSource, Frame, Location

BOYO = Location("Boyo", "CF", None, None, "town")  # a village no gazetteer places
OUAKA = Location("Ouaka", "CF", 6.32, 20.71, "region")
ZAMFARA = Location("Zamfara", "NG", 12.17, 6.25, "region")
KURFAR = Location("Kurfar Danya", "NG", None, None, "town")

TOLL = Content(figures=frozenset({("killed", 60)}))
OTHER_TOLL = Content(figures=frozenset({("killed", 4)}))


def info(place: Location, type: EventType, sentence: str, trigger: tuple[int, str] | None, *,
         article: str, content: Content = TOLL, headline: bool = False) -> FrameInfo:
    """A report whose incident sentence is ``sentence`` (at offset 0) and whose type came from
    ``trigger`` (offset, word): inside that sentence, or in a later paragraph."""
    sources = {}
    if trigger is not None:
        start, word = trigger
        sources["type"] = FieldSource(evidence=(Evidence(start, start + len(word), word),),
                                      note=("headline; " if headline else "") + f"triggers: {word}")
    f = Frame(article_id=article, index=0, type=type, evidence=Evidence(0, len(sentence), sentence),
              date="2024-02-10", date_precision="day", date_text="on Saturday", location=place,
              place_text=place.name, sources=sources)
    return replace(prepare(f, None, 30), content=content)


VILLAGE = info(BOYO, "ground_attack", "Gunmen killed 60 people in the village of Boyo on Saturday.",
               (0, "Gunmen"), article="cf-1")
# the region's report: its type from "drone" in its eleventh paragraph (a base, not the weapon)
REGION = info(OUAKA, "drone_strike", "The government said on Sunday that 60 civilians were killed in "
              "attacks in Ouaka on Saturday.", (2900, "drone"), article="cf-2")


def test_a_type_read_only_outside_the_incident_sentence_is_weak() -> None:
    assert weak_type(REGION.frame)
    assert not weak_type(VILLAGE.frame)
    # from the headline: not weak, wherever the sentence is
    assert not weak_type(info(OUAKA, "drone_strike", "Sixty were killed.", (3000, "drone"),
                              article="x", headline=True).frame)
    # no type evidence at all: nothing says it is weak
    assert not weak_type(info(OUAKA, "drone_strike", "Sixty were killed.", None, article="x").frame)


def test_a_weak_type_does_not_split_a_village_and_its_region() -> None:
    evidence = pair_evidence(VILLAGE, REGION, 3, 30.0)
    assert evidence is not None and evidence.kind != "none"
    assert {"cf-1", "cf-2"} in events_of([VILLAGE, REGION])


def test_zamfara_wording() -> None:
    """Another wording: the weak type is an airstrike from a recalled raid's verb far below."""
    village = info(KURFAR, "ground_attack", "Bandits on motorcycles killed 60 villagers in Kurfar Danya "
                   "on Saturday.", (0, "Bandits"), article="ng-1")
    region = info(ZAMFARA, "airstrike", "Zamfara state police said 60 people died in Saturday's raid.",
                  (1800, "bombed"), article="ng-2")
    assert {"ng-1", "ng-2"} in events_of([village, region])


def test_a_type_its_incident_sentence_gives_still_keeps_them_apart() -> None:
    """The near miss: the region's sentence itself says a drone struck: two incidents."""
    sentence = "A drone strike killed 60 people in Ouaka on Saturday, the government said."
    strong = info(OUAKA, "drone_strike", sentence, (sentence.index("drone"), "drone"), article="cf-3")
    assert {"cf-1", "cf-3"} not in events_of([VILLAGE, strong])


def test_a_weak_type_and_nothing_shared_stay_apart() -> None:
    """A weak type only lifts the veto: without a shared detail nothing links them."""
    region = replace(REGION, content=OTHER_TOLL)
    evidence = pair_evidence(VILLAGE, region, 3, 30.0)
    assert evidence is None or evidence.kind == "none"
