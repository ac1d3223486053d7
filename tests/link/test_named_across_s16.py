"""Two reports of one incident pinned to towns of two neighbouring countries, because one
was placed where its source sits ("a Venezuelan official said by telephone from San
Cristobal"): on one day both texts give, blaming one group, when one names the other's
town and a figure agrees, they are one incident; on another day, without the town named, or
without the group, they stay apart. Frames, claims and sentences written for these tests
(Arauca on the Colombian-Venezuelan border, Rakhine and Bangladesh)."""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.config import Options
from rashomon.link import same_event
from rashomon.link.across import named_pairs
from rashomon.link.blocking import prepare
from rashomon.link.content import content_of
from rashomon.link.decision import pair_evidence
from rashomon.link.index import BlockIndex
from rashomon.link.info import FrameInfo
from rashomon.types import Claim, Evidence, Figure, Frame, Location, Source, SourceKind

SARAVENA = Location("Saravena", "CO", 6.955, -71.872, "town")
SAN_CRISTOBAL = Location("San Cristobal", "VE", 7.767, -72.225, "town")
MAUNGDAW = Location("Maungdaw", "MM", 20.82, 92.36, "town")
TEKNAF = Location("Teknaf", "BD", 20.86, 92.30, "town")


def _frame(article: str, place: Location, day: str, sentence: str, party: str,
           killed: int | None) -> Frame:
    return Frame(article_id=article, index=0, type="ground_attack",
                 evidence=Evidence(0, len(sentence), sentence), date=day, date_precision="day",
                 date_text=day, location=place, place_text=place.name,
                 perpetrators=(party,) if party else (), killed=Figure(killed, killed) if killed else None)


def _claims(article: str, said: tuple[tuple[str, str, SourceKind, str], ...]) -> list[Claim]:
    return [Claim(id=f"{article}-{n}", article_id=article, source=Source(name, speaker, kind),
                  stance="asserts", about="occurrence", text=text, evidence=Evidence(0, len(text), text),
                  frame=0) for n, (speaker, name, kind, text) in enumerate(said)]


def _report(article: str, place: Location, day: str, sentence: str,
            said: tuple[tuple[str, str, SourceKind, str], ...], *, party: str = "",
            killed: int | None = None) -> FrameInfo:
    frame = _frame(article, place, day, sentence, party, killed)
    return replace(prepare(frame, None, 30), content=content_of(frame, _claims(article, said)))


BASE = _report("co-base", SARAVENA, "2024-02-10",
               "ELN guerrillas killed 12 soldiers in an attack on an army base at Saravena, in "
               "Arauca department, the defence ministry said on Saturday.",
               (("the defence ministry", "Colombian military", "military",
                 "the attackers used explosives and rifles"),), party="ELN", killed=12)


def _over_border(day: str = "2024-02-10", town: str = "Saravena", group: str = "the ELN") -> FrameInfo:
    return _report("ve-report", SAN_CRISTOBAL, day,
                   "Twelve soldiers died when guerrillas stormed a base across the border on "
                   "Saturday, a Venezuelan security official said.",
                   (("a Venezuelan security official", "security official", "unknown",
                     f"the official said by telephone that 12 soldiers were killed at {town} "
                     f"by fighters of {group}"),), killed=12)


def test_a_report_placed_over_the_border_joins() -> None:
    report = _over_border()
    evidence = pair_evidence(BASE, report, 3, 30.0)
    assert evidence is not None and evidence.kind == "content"
    assert "saravena" in evidence.reason
    assert {"co-base", "ve-report"} in events_of([BASE, report])


def test_the_named_town_meets_the_pair_either_way() -> None:
    """The block index does not meet them (two towns far apart); the town named does, in
    either order, and only once content is known."""
    assert (0, 1) not in BlockIndex([BASE, _over_border()], 3, 30.0).pairs()
    assert named_pairs([BASE, _over_border()]) == {(0, 1)}
    assert named_pairs([_over_border(), BASE]) == {(0, 1)}
    assert named_pairs([replace(BASE, content=None), replace(_over_border(), content=None)]) == set()
    assert named_pairs([BASE, _over_border(day="2024-02-11")]) == set()


def test_another_day_another_town_or_no_group_stays_apart() -> None:
    for report in (_over_border(day="2024-02-12"), _over_border(town="Tame"),
                   _over_border(group="unknown men")):
        evidence = pair_evidence(BASE, report, 3, 30.0)
        assert evidence is None or not evidence.links
        assert {"co-base", "ve-report"} not in events_of([BASE, report])


def test_two_incidents_a_border_apart_stay_apart() -> None:
    """Each report names the other's town as where the refugees fled: one figure, one
    group, but no second detail: two incidents."""
    a = _report("mm-a", MAUNGDAW, "2024-08-05",
                "Drone strikes killed 3 people fleeing Maungdaw on Monday, residents said.",
                (("residents", "residents", "unknown", "survivors reached Teknaf by boat"),),
                party="Arakan Army", killed=3)
    b = _report("bd-b", TEKNAF, "2024-08-05",
                "Three fishermen were shot at sea off Teknaf on Monday, police said.",
                (("police", "police", "unknown", "the boat had come from Maungdaw and the Arakan Army"),),
                killed=3)
    assert {"mm-a", "bd-b"} not in events_of([a, b])


def test_compare_decides_as_analyze() -> None:
    report = _over_border()
    claims_a = _claims("co-base", (("the defence ministry", "Colombian military", "military",
                                    "the attackers used explosives and rifles"),))
    claims_b = _claims("ve-report", (("a Venezuelan security official", "security official", "unknown",
                                      "the official said by telephone that 12 soldiers were killed "
                                      "at Saravena by fighters of the ELN"),))
    verdict = same_event(([BASE.frame], claims_a, None), ([report.frame], claims_b, None), Options())
    assert verdict is not None and verdict.same
