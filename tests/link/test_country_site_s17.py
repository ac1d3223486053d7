"""A follow-up that names only the country ("a town in north-west Pakistan") joins the only
incident of that country on its day whose sentence names the same kind of site, whatever the
preposition ("outside a market", "near a crowded market"): the site's kind is the detail such
a report keeps. Never without it, never another kind, never when the country holds two such
incidents that day. Frames and sentences written for these tests (Pakistan's Kurram, Sri Lanka)."""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.content import content_of, sentence_kinds
from rashomon.link.decision import pair_evidence
from rashomon.link.info import FrameInfo
from rashomon.types import Claim, Evidence, Frame, Location, Source

PAKISTAN = Location("Pakistan", "PK", 30.0, 70.0, "country")
PARACHINAR = Location("Parachinar", "PK", 33.90, 70.10, "town")
QUETTA = Location("Quetta", "PK", 30.19, 67.01, "town")


def _report(article: str, place: Location, sentence: str, speaker: str) -> FrameInfo:
    frame = Frame(article_id=article, index=0, type="explosion",
                  evidence=Evidence(0, len(sentence), sentence), date="2024-02-12", date_precision="day",
                  date_text="Monday", location=place, place_text=place.name)
    claim = Claim(id=f"{article}-0", article_id=article, source=Source(speaker, speaker, "official"),
                  stance="asserts", about="occurrence", text=sentence,
                  evidence=Evidence(0, len(sentence), sentence), frame=0)
    return replace(prepare(frame, None, 30), content=content_of(frame, [claim]))


TOWN = _report("pk-town", PARACHINAR, "A bomb hidden in a cart exploded near a crowded market in "
               "Parachinar on Monday, killing at least nine people, officials said.", "officials")
COUNTRY = _report("pk-country", PAKISTAN, "Mourners buried the victims of Monday's blast outside a "
                  "market in a town in north-west Pakistan, the worst in the region this year.",
                  "residents")


def test_the_kinds_of_site_a_sentence_names() -> None:
    assert sentence_kinds("went off outside a military aviation school on Thursday") == {"school"}
    assert sentence_kinds("a blast near two markets") == {"market"}
    assert sentence_kinds("a blast in the city centre") == frozenset()


def test_the_country_report_joins_the_only_incident_naming_its_kind_of_site() -> None:
    evidence = pair_evidence(TOWN, COUNTRY, 3, 30.0)
    assert evidence is not None and evidence.kind == "vague"
    assert {"pk-town", "pk-country"} in events_of([TOWN, COUNTRY])


def test_another_kind_of_site_is_no_detail() -> None:
    school = _report("pk-school", QUETTA, "A bomb exploded outside a school in Quetta on Monday, "
                     "police said.", "police")
    evidence = pair_evidence(school, COUNTRY, 3, 30.0)
    assert evidence is not None and evidence.kind == "none"
    assert {"pk-school", "pk-country"} not in events_of([school, COUNTRY])


def test_two_market_blasts_in_the_country_that_day_leave_it_alone() -> None:
    other = _report("pk-quetta", QUETTA, "A motorcycle bomb went off at a vegetable market in "
                    "Quetta on Monday, police said.", "police")
    assert {"pk-country"} in events_of([TOWN, other, COUNTRY])
