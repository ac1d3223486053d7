"""The village one day's coarsely placed reports of one region both name (rashomon.link.villages):
two outlets' reports of one raid, placed by the province and by the district because the
gazetteer does not know the village, with a rising toll that shares no figure, are one
incident; two villages of that province raided on one day stay two. Frames and sentences
written for these tests (Cabo Delgado, Mozambique; Tillabéri, Niger; Hajjah, Yemen)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.content import content_of, generic_words
from rashomon.link.decision import pair_evidence
from rashomon.link.info import FrameInfo
from rashomon.link.villages import fold, frame_villages
from rashomon.types import Claim, Evidence, Figure, Frame, Location, Source

CABO_DELGADO = Location("Cabo Delgado", "MZ", -12.33, 39.32, "region")
MUIDUMBE = Location("Muidumbe", "MZ", -11.80, 39.85, "region")  # a district of the province
MOCIMBOA = Location("Mocimboa da Praia", "MZ", -11.35, 40.35, "town")
TILLABERI = Location("Tillaberi", "NE", 14.21, 1.45, "region")


def _frame(article: str, place: Location, date: str, sentence: str, *, targets: tuple[str, ...] = (),
           type: str = "ground_attack") -> Frame:
    return Frame(article_id=article, index=0, type=type,  # type: ignore[arg-type]
                 evidence=Evidence(0, len(sentence), sentence), date=date, date_precision="day",
                 date_text=date, location=place, place_text=place.name, perpetrators=("ISCAP",),
                 targets=targets)


def _report(article: str, place: Location, date: str, sentence: str, *, killed: int,
            targets: tuple[str, ...] = (), speaker: str = "a local official") -> FrameInfo:
    frame = _frame(article, place, date, sentence, targets=targets)
    claim = Claim(id=f"{article}-0", article_id=article, source=Source(speaker, speaker, "official"),
                  stance="asserts", about="casualties", text=sentence,
                  evidence=Evidence(0, len(sentence), sentence), killed=Figure(killed, killed), frame=0)
    return replace(prepare(frame, None, 30), content=content_of(frame, [claim]))


# --- the skeleton -----------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("Wad al-Nourah", "Wad Al-Noura"),  # the article, the final h
    ("Hajjah", "Hajja"),
    ("Bir al-Abed", "Bir el Abed"),
    ("Kilometre Cinq", "Kilomettre Cinq"),  # a doubled letter
    ("Goumbourou", "Gumburu"),  # "ou" for "u"
])
def test_spellings_of_one_name_fold_alike(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Chitunda", "Chitanda"),  # vowels stay: two villages
    ("Tawila", "Tawil"),
    ("Um Rakuba", "Um Ruwaba"),
    ("Dibis", "Dabas"),
])
def test_distinct_villages_stay_distinct(a: str, b: str) -> None:
    assert fold(a) != fold(b)


@pytest.mark.parametrize(("sentence", "targets", "villages"), [
    ("Insurgents raided Chitunda village in Muidumbe district on Tuesday.", (), {"chitunda"}),
    ("Gunmen attacked the village of Bir al-Abed before dawn.", (), {"bir abed"}),
    ("Fighters stormed a village in the central province on Tuesday.", ("Ntchinga",), {"ntchinga"}),
    # the region qualifying the village is none; a common noun opening a sentence, a party: none
    ("Fighters struck the Cabo Delgado village of Chai.", ("Schools",), {"chai"}),
    ("The village was burned by ISCAP fighters.", ("ISCAP",), set()),
])
def test_the_villages_a_report_names(sentence: str, targets: tuple[str, ...], villages: set[str]) -> None:
    frame = _frame("a", CABO_DELGADO, "2024-03-05", sentence, targets=targets)
    assert frame_villages(frame, [], generic_words()) == villages


# --- the decision ----------------------------------------------------------------------

def _raid_reports() -> tuple[FrameInfo, FrameInfo]:
    # day one, the province's toll; day two, the district's higher count: a rising toll
    first = _report("a", CABO_DELGADO, "2024-03-05",
                    "Insurgents killed at least 12 people in a raid on Chitunda village in "
                    "Cabo Delgado province on Tuesday, a local official said.", killed=12)
    later = _report("b", MUIDUMBE, "2024-03-05",
                    "The toll of Tuesday's insurgent raid on Chitundah, a village of Muidumbe "
                    "district, has risen to 31, residents said.", killed=31, targets=("Chitundah",),
                    speaker="residents")
    return first, later


def test_one_village_named_by_a_province_and_a_district_report_links() -> None:
    first, later = _raid_reports()
    evidence = pair_evidence(first, later, 3, 30.0)
    assert evidence is not None and evidence.kind == "content"
    assert "chitunda" in evidence.shared
    assert {"a", "b"} in events_of([first, later])


def test_one_village_shelled_and_stormed_is_one_assault() -> None:
    """One outlet calls it shelling, the other a ground attack: the village decides."""
    first, later = _raid_reports()
    shelled = replace(first, frame=replace(first.frame, type="shelling"))
    evidence = pair_evidence(shelled, later, 3, 30.0)
    assert evidence is not None and evidence.kind == "content"


def test_without_the_village_the_rising_toll_alone_does_not_link() -> None:
    first, later = _raid_reports()
    bare = replace(later, content=replace(later.content, villages=frozenset()))
    evidence = pair_evidence(first, bare, 3, 30.0)
    assert evidence is not None and evidence.kind != "content"


def test_two_villages_of_the_province_on_one_day_stay_apart() -> None:
    first = _report("a", CABO_DELGADO, "2024-03-05",
                    "Insurgents killed 12 people in a raid on Chitunda village on Tuesday.", killed=12)
    other = _report("b", MUIDUMBE, "2024-03-05",
                    "Insurgents killed nine people in a raid on Chitanda village on Tuesday.", killed=9)
    evidence = pair_evidence(first, other, 3, 30.0)
    assert evidence is not None and evidence.kind != "content" and not evidence.villages


def test_the_village_on_another_day_is_another_raid() -> None:
    first, later = _raid_reports()
    moved = replace(later, lo=later.lo + 2, hi=later.hi + 2)  # type: ignore[operator]
    evidence = pair_evidence(first, moved, 3, 30.0)
    assert evidence is None or not evidence.villages


def test_a_village_named_by_a_report_placed_at_a_town_and_another_country_do_not_count() -> None:
    """The rule reads coarse places of one country only: two towns are told apart by their
    places, and a region of another country is a border's matter (link.marks)."""
    first = _raid_reports()[0]
    town = _report("c", MOCIMBOA, "2024-03-05",
                   "Insurgents killed 12 people in a raid on Chitunda village on Tuesday.", killed=12)
    pinned = _report("e", MOCIMBOA, "2024-03-05",
                     "Insurgents killed 31 people in a raid on Chitunda village on Tuesday.", killed=31)
    evidence = pair_evidence(town, pinned, 3, 30.0)
    assert evidence is not None and not evidence.villages
    niger = _report("d", TILLABERI, "2024-03-05",
                    "Gunmen killed 31 people in Chitunda village on Tuesday.", killed=31)
    evidence = pair_evidence(first, niger, 3, 30.0)
    assert evidence is None or not evidence.villages
