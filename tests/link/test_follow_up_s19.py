"""The toll-update follow-up that gives no day of the incident ("the toll has risen to 26, the
health director said on Monday"; a group "which said on Saturday that it had attacked the
hotel"; "Asked about the suspects on Monday, a police spokesman declined to comment") joins the
report of the act at that spot a day or two earlier: its days are statements' days, which bound
the act from above (extract.frames_dates, link.follow_up). Another incident in the same town
three days later, dated by its own act, and a follow-up of another incident there, stay apart.
Articles written for these tests (Beledweyne, Somalia; Anantnag, Kashmir; Cap-Haitien, Haiti)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.link_support import events_of

from rashomon.config import Options
from rashomon.link import same_event
from rashomon.link.blocking import prepare
from rashomon.link.decision import pair_evidence
from rashomon.link.info import STATEMENT_NOTE, Content, FrameInfo
from rashomon.types import Evidence, FieldSource, Frame, Location


def _article(extract, text: str, published: str, article: str):  # type: ignore[no-untyped-def]
    result = extract(text, published=published)
    frames = [replace(f, article_id=article) for f in result.frames]
    claims = [replace(c, article_id=article) for c in result.claims]
    return frames, claims, published


# 2024-03-02 is a Saturday
HOTEL = ("BELEDWEYNE, March 2 - A car bomb exploded outside a hotel in the central Somali town of "
         "Beledweyne on Saturday, killing at least 18 people, a police officer said.")
GRENADE = ("SRINAGAR, March 2 - Suspected militants hurled a grenade at a bus stand in Anantnag town "
           "in Kashmir on Saturday, wounding 14 people, police said.")


@pytest.mark.parametrize(("act", "follow_up", "published"), [
    # no day at all: dated by its publication, the days up to it (vague: the only incident it fits)
    (HOTEL, "The death toll from the car bombing outside a hotel in Beledweyne has risen to 26, "
            "the regional health director said.", "2024-03-04"),
    # the toll's day only
    (HOTEL, "The death toll from the car bombing outside a hotel in Beledweyne has risen to 26, "
            "the regional health director said on Monday.", "2024-03-04"),
    # a claim's day, then a day on a question put to the police
    (HOTEL, "The number of people killed by a car bomb outside a hotel in Beledweyne has risen to "
            "26, officials said on Monday. The government blamed al Shabaab, which said on Saturday "
            "that it had attacked the hotel. Asked about the suspects on Monday, a police "
            "spokesman declined to comment.", "2024-03-04"),
    (GRENADE, "The number of people wounded in a grenade attack at a bus stand in Anantnag has "
              "risen to 19, a hospital official said on Monday. Contacted on Monday, the police "
              "declined to comment on the arrests.", "2024-03-04"),
])
def test_a_toll_update_joins_the_act_two_days_before(extract, act: str, follow_up: str,  # type: ignore[no-untyped-def]
                                                      published: str) -> None:
    verdict = same_event(_article(extract, act, "2024-03-02", "a"),
                         _article(extract, follow_up, published, "b"), Options())
    assert verdict is not None and verdict.same, verdict


@pytest.mark.parametrize(("other", "published"), [
    # another bombing in the town three days later, dated by its act
    ("BELEDWEYNE, March 5 - A suicide bomber blew himself up at a restaurant in Beledweyne on "
     "Tuesday, killing nine people, police said.", "2024-03-05"),
    # a follow-up of another incident there: another site, days later
    ("The death toll from a suicide bombing at a restaurant in Beledweyne has risen to 12, the "
     "regional health director said on Wednesday. Asked about the suspects on Wednesday, a "
     "police spokesman declined to comment.", "2024-03-06"),
])
def test_another_incident_in_the_town_stays_apart(extract, other: str, published: str) -> None:  # type: ignore[no-untyped-def]
    verdict = same_event(_article(extract, HOTEL, "2024-03-02", "a"),
                         _article(extract, other, published, "b"), Options())
    assert verdict is not None and not verdict.same, verdict


def test_the_same_site_a_year_later_stays_apart(extract) -> None:  # type: ignore[no-untyped-def]
    """A toll update of a bombing at the same hotel a year later: the recurring pair."""
    later = ("The death toll from a car bombing outside a hotel in Beledweyne has risen to 26, the "
             "regional health director said on Monday.")
    verdict = same_event(_article(extract, HOTEL, "2024-03-02", "a"),
                         _article(extract, later, "2025-03-03", "b"), Options())
    assert verdict is None or not verdict.same, verdict


def test_haiti_a_claim_days_later_joins_by_the_site(extract) -> None:  # type: ignore[no-untyped-def]
    """Haiti: a toll update and a gang's claim a day later, the port both name."""
    act = ("CAP-HAITIEN, Haiti, March 2 - Gunmen attacked the port of Cap-Haitien on Saturday, "
           "killing 11 dock workers, the mayor said.")
    claim = ("The toll from the gang attack on the port of Cap-Haitien has risen to 15, the mayor "
             "said on Monday. The Viv Ansanm coalition said on Sunday it had carried out the attack.")
    verdict = same_event(_article(extract, act, "2024-03-02", "a"),
                         _article(extract, claim, "2024-03-04", "b"), Options())
    assert verdict is not None and verdict.same, verdict


# --- the rule itself, on frames built here (link.follow_up.toll_rose) ---

KIDAL = Location("Kidal", "ML", 18.441, 1.407, "town")


def _frame(article: str, date: str, tolls: frozenset[tuple[str, str, int, str]], *, stated: bool = False,
           words: tuple[str, ...] = ()) -> FrameInfo:
    note = f"resolved against the publication date; {STATEMENT_NOTE} (no date of its own)" \
        if stated else "resolved against the publication date"
    f = Frame(article_id=article, index=0, type="explosion", evidence=Evidence(0, 1, "x"), date=date,
              date_precision="day", date_text="Monday", location=KIDAL, sources={"date": FieldSource(note=note)})
    return replace(prepare(f, None, 30), content=Content(words=frozenset(words), tolls=tolls))


# 2024-03-02 is a Saturday: a car bomb at Kidal's market, 18 dead, the army said
ACT = _frame("a", "2024-03-02", frozenset({("malian army", "killed", 18, "")}))


def test_a_risen_toll_two_days_later_fits_the_act() -> None:
    rose = _frame("b", "2024-03-04", frozenset({("regional governor", "killed", 26, "up")}), stated=True)
    ev = pair_evidence(ACT, rose, 3, 30.0)
    assert ev is not None and ev.kind == "colocated", ev
    assert {"a", "b"} in events_of([ACT, rose])


@pytest.mark.parametrize("other", [
    # a toll "risen" to less than the act's count: another incident's, or a disagreement
    _frame("b", "2024-03-04", frozenset({("regional governor", "killed", 12, "up")}), stated=True),
    # the later day an act's own (not a statement's): another bombing two days later
    _frame("b", "2024-03-04", frozenset({("regional governor", "killed", 26, "up")})),
    # a statement three days after the act
    _frame("b", "2024-03-05", frozenset({("regional governor", "killed", 26, "up")}), stated=True),
    # a count given, not said to have risen
    _frame("b", "2024-03-04", frozenset({("regional governor", "killed", 26, "")}), stated=True),
])
def test_no_rise_after_the_act_keeps_them_apart(other: FrameInfo) -> None:
    ev = pair_evidence(ACT, other, 3, 30.0)
    assert ev is None or ev.kind != "colocated", ev
    assert {"a"} in events_of([ACT, other])


def test_a_risen_toll_that_fits_two_acts_joins_neither() -> None:
    """A bombing there on Saturday and another on Sunday, each dated by its act; the Monday
    toll update names neither site: it fits both, and nothing says which."""
    sunday = _frame("c", "2024-03-03", frozenset({("malian army", "killed", 7, "")}))
    rose = _frame("b", "2024-03-04", frozenset({("regional governor", "killed", 26, "up")}), stated=True)
    events = events_of([ACT, sunday, rose])
    assert {"b"} in events, events
