"""A toll one source revised ("has risen to 12, the army said") is a detail two reports of
one incident share when the other report gives that source's earlier count: with one party
both blame or name, two reports known only by the region on one day are one incident.
Never two sources' different counts, never without the revision, never on two days. Frames
and sentences written for these tests (Kashmir's Line of Control, Kupwara district)."""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.content import content_of
from rashomon.link.decision import pair_evidence
from rashomon.link.info import FrameInfo
from rashomon.link.parties import revised_toll
from rashomon.types import Claim, Evidence, Figure, Frame, Location, Source, SourceKind

KUPWARA = Location("Kupwara", "IN", 34.53, 74.25, "region")


def _report(article: str, day: str, type: str, sentence: str, speaker: str, kind: SourceKind,
            killed: int, party: str) -> FrameInfo:
    frame = Frame(article_id=article, index=0, type=type,  # type: ignore[arg-type]
                  evidence=Evidence(0, len(sentence), sentence), date=day, date_precision="day",
                  date_text="Tuesday", location=KUPWARA, place_text="Kupwara", perpetrators=(party,))
    claim = Claim(id=f"{article}-0", article_id=article, source=Source(speaker, speaker, kind),
                  stance="asserts", about="casualties", text=sentence,
                  evidence=Evidence(0, len(sentence), sentence), frame=0,
                  killed=Figure(killed, killed), perpetrator=party)
    return replace(prepare(frame, None, 30), content=content_of(frame, [claim]))


FIRST = _report("lc-first", "2025-05-06", "shelling",
                "Pakistani troops pounded Indian posts along the Line of Control in Kupwara district "
                "on Tuesday, and the Indian army said five soldiers were killed.",
                "Indian army", "military", 5, "Pakistan")
LATER = _report("lc-later", "2025-05-06", "armed_clashes",
                "The number of soldiers killed in Tuesday's clashes in Kupwara has risen to 12, "
                "the army said, blaming Pakistan.", "army", "military", 12, "Pakistan")


def test_a_revised_toll_of_one_source_is_shared() -> None:
    assert revised_toll(FIRST, LATER) and revised_toll(LATER, FIRST)


def test_two_region_reports_of_one_day_sharing_a_revised_toll_are_one_incident() -> None:
    evidence = pair_evidence(FIRST, LATER, 3, 30.0)
    assert evidence is not None and evidence.kind == "detail"
    assert {"lc-first", "lc-later"} in events_of([FIRST, LATER])


def test_two_sources_counts_are_no_revision() -> None:
    police = _report("lc-police", "2025-05-06", "armed_clashes",
                     "The number of soldiers killed in Tuesday's clashes in Kupwara has risen to 12, "
                     "police said, blaming Pakistan.", "police", "police", 12, "Pakistan")
    assert not revised_toll(FIRST, police)
    assert {"lc-first", "lc-police"} not in events_of([FIRST, police])


def test_a_rise_to_less_than_the_other_count_is_another_incident() -> None:
    """An agency's "risen to 3" of one strike beside its 5 of another."""
    smaller = _report("lc-smaller", "2025-05-06", "armed_clashes",
                      "The number of soldiers killed in Tuesday's clashes in Kupwara has risen to 3, "
                      "the army said, blaming Pakistan.", "army", "military", 3, "Pakistan")
    assert not revised_toll(FIRST, smaller)


def test_a_count_without_a_revision_is_none() -> None:
    plain = _report("lc-plain", "2025-05-06", "armed_clashes",
                    "Twelve soldiers were killed in clashes in Kupwara on Tuesday, the army said, "
                    "blaming Pakistan.", "army", "military", 12, "Pakistan")
    assert not revised_toll(FIRST, plain)


def test_another_day_is_another_incident() -> None:
    later_day = _report("lc-day", "2025-05-08", "armed_clashes", LATER.frame.evidence.text,
                        "army", "military", 12, "Pakistan")
    assert {"lc-first", "lc-day"} not in events_of([FIRST, later_day])
