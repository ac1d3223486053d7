"""A follow-up dated only by a statement two days after the act ("the toll has risen to nine,
the prosecutor's office said on Wednesday" about Monday's strike) and the act's report at one
spot: the statement's day bounds the act from above, it does not date it, so "different days
at one spot" is no sign of a second strike there and one distinctive detail both name decides
(rashomon.link.decision, ``pair_evidence``). Two strikes on one town's market on consecutive
days, each report dated by its own act, still need two details. Frames and sentences written
for these tests (Kharkiv, Mogadishu, Maiduguri, Cauca)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.decision import pair_evidence
from rashomon.link.info import STATEMENT_NOTE, Content, FrameInfo
from rashomon.types import Evidence, FieldSource, Frame, Location

KHARKIV = Location("Kharkiv", "UA", 49.993, 36.231, "town")
MOGADISHU = Location("Mogadishu", "SO", 2.046, 45.318, "town")
MAIDUGURI = Location("Maiduguri", "NG", 11.846, 13.160, "town")
SUAREZ = Location("Suárez", "CO", 2.955, -76.696, "town")


ROSE = frozenset({("prosecutors", "killed", 9, "up")})  # "the toll rose to nine, prosecutors said"


def _report(article: str, place: Location, date: str, words: tuple[str, ...], *,
            stated: bool = False, type: str = "airstrike", sentence: str = "",
            tolls: frozenset[tuple[str, str, int, str]] = ROSE,
            stances: frozenset[tuple[str, str, str]] = frozenset()) -> FrameInfo:
    note = f"resolved against the publication date; {STATEMENT_NOTE} (no date of its own)" \
        if stated else "resolved against the publication date"
    f = Frame(article_id=article, index=0, type=type,  # type: ignore[arg-type]
              evidence=Evidence(0, len(sentence), sentence), date=date, date_precision="day",
              date_text="Wednesday" if stated else "Monday", location=place,
              sources={"date": FieldSource(note=note)})
    return replace(prepare(f, None, 30), content=Content(words=frozenset(words), tolls=tolls if stated else frozenset(),
                                                         stances=stances))


# 2024-05-13 is a Monday; the statement of Wednesday 2024-05-15 is two days after it
ACT = "A glide bomb hit a supermarket in Kharkiv on Monday, killing six people."
TOLL = "The toll of the bombing of a supermarket in Kharkiv rose to nine, prosecutors said on Wednesday."


def test_a_statement_two_days_after_the_act_joins_it_by_the_site_both_name() -> None:
    act = _report("a", KHARKIV, "2024-05-13", ("supermarket",), sentence=ACT)
    toll = _report("b", KHARKIV, "2024-05-15", ("supermarket",), stated=True, sentence=TOLL)
    ev = pair_evidence(act, toll, 3, 30.0)
    assert ev is not None and ev.kind == "content", ev
    assert {"a", "b"} in events_of([act, toll])


def test_the_same_in_mogadishu_with_a_claim_of_responsibility() -> None:
    """al-Shabaab's claim, reported as the day of the claim, two days after the hotel blast."""
    act = _report("a", MOGADISHU, "2024-03-14", ("hotel",), type="explosion")
    claim = _report("b", MOGADISHU, "2024-03-16", ("hotel",), stated=True, type="explosion", tolls=frozenset(),
                    stances=frozenset({("al shabaab", "confirms", "al shabaab")}))
    assert {"a", "b"} in events_of([act, claim])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two strikes on one town's market on consecutive days, each dated by its act
        (_report("a", MAIDUGURI, "2024-06-17", ("market",), type="explosion"),
         _report("b", MAIDUGURI, "2024-06-18", ("market",), type="explosion")),
        # ... two days apart
        (_report("a", KHARKIV, "2024-05-13", ("supermarket",)),
         _report("b", KHARKIV, "2024-05-15", ("supermarket",))),
        # a statement dated BEFORE the other report's act speaks of an earlier strike
        (_report("a", SUAREZ, "2024-05-15", ("school",), type="ground_attack"),
         _report("b", SUAREZ, "2024-05-13", ("school",), stated=True, type="ground_attack")),
        # a statement three days after the act: too far for one detail
        (_report("a", KHARKIV, "2024-05-13", ("supermarket",)),
         _report("b", KHARKIV, "2024-05-16", ("supermarket",), stated=True)),
    ],
)
def test_strikes_dated_by_their_acts_stay_apart(first: FrameInfo, second: FrameInfo) -> None:
    ev = pair_evidence(first, second, 3, 30.0)
    assert ev is None or not ev.links, ev
    assert {"a"} in events_of([first, second]) and {"b"} in events_of([first, second])


def test_nothing_shared_keeps_a_statement_apart() -> None:
    """The statement two days later at one spot, no detail in common: two incidents."""
    act = _report("a", KHARKIV, "2024-05-13", ("supermarket",))
    toll = _report("b", KHARKIV, "2024-05-15", ("tram",), stated=True)
    assert {"a"} in events_of([act, toll]) and {"b"} in events_of([act, toll])


def _article(extract, text: str, published: str, article: str):  # type: ignore[no-untyped-def]
    result = extract(text, published=published)
    frames = [replace(f, article_id=article) for f in result.frames]
    claims = [replace(c, article_id=article) for c in result.claims]
    return frames, claims, published


def test_a_toll_update_joins_the_strike_it_counts(extract) -> None:  # type: ignore[no-untyped-def]
    """End to end: the strike's report and a follow-up dated by the prosecutors' Wednesday
    statement (2024-05-13 is a Monday), both naming the supermarket in Kharkiv."""
    from rashomon.config import Options
    from rashomon.link import same_event

    act = _article(extract, "A Russian glide bomb struck a supermarket in Kharkiv on Monday, killing "
                   "six people and wounding 40, the regional governor said.", "2024-05-13", "a")
    toll = _article(extract, "The number of people killed when a Russian bomb hit a supermarket in "
                    "Kharkiv has risen to nine, the regional prosecutor's office said on Wednesday.",
                    "2024-05-16", "b")
    verdict = same_event(act, toll, Options())
    assert verdict is not None and verdict.same, verdict


def test_a_second_strike_two_days_later_stays_apart(extract) -> None:  # type: ignore[no-untyped-def]
    """The same market struck again two days later, each report dated by its strike."""
    from rashomon.config import Options
    from rashomon.link import same_event

    first = _article(extract, "A suicide bomber blew himself up at the fish market in Maiduguri on "
                     "Monday, killing six traders, police said.", "2024-06-17", "a")
    second = _article(extract, "Two suicide bombers struck the fish market in Maiduguri on Wednesday, "
                      "killing four people, police said.", "2024-06-19", "b")
    verdict = same_event(first, second, Options())
    assert verdict is not None and not verdict.same, verdict


def test_two_statements_two_days_apart_join_by_the_site_both_name() -> None:
    """The army's Monday statement and the prosecutors' Wednesday one about an attack on a
    school in Suárez: both days only bound the act; the school decides."""
    first = _report("a", SUAREZ, "2024-05-13", ("school",), stated=True, type="ground_attack")
    second = _report("b", SUAREZ, "2024-05-15", ("school",), stated=True, type="ground_attack")
    assert {"a", "b"} in events_of([first, second])


def test_a_statement_reporting_a_strike_of_its_own_stays_apart() -> None:
    """"A strike on a school in Gaza City killed seven, the civil defence said on Wednesday":
    dated by the statement but no follow-up (no toll revised, no claim), and in a dense war the
    next day's strike on another school; nor does a party's denial make one."""
    gaza = Location("Gaza City", "PS", 31.502, 34.467, "town")
    act = _report("a", gaza, "2024-05-13", ("school",))
    new = _report("b", gaza, "2024-05-15", ("school",), stated=True, tolls=frozenset(),
                  stances=frozenset({("israeli military", "denies", "israel")}))
    assert {"a"} in events_of([act, new]) and {"b"} in events_of([act, new])
