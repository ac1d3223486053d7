"""A report's own site is the one its incident sentence names: a site it names only elsewhere
(in a paragraph about another incident of the day, "hours earlier, a bomb struck the X church
in Y") is not its own, so two reports of one site on one day do not read as two sites
(rashomon.link.content.own_sites and the "apart" rule of rashomon.link.decision).
Frames, claims and sentences written for these tests (Sri Lanka, Nigeria, Kashmir, Sudan)."""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.link.blocking import prepare
from rashomon.link.content import content_of, different_sites
from rashomon.link.decision import pair_evidence
from rashomon.link.info import FrameInfo
from rashomon.types import Claim, Evidence, Frame, Location, Source

COLOMBO = Location("Colombo", "LK", 6.9319, 79.8478, "town")
MAIDUGURI = Location("Maiduguri", "NG", 11.8464, 13.1603, "town")
SRINAGAR = Location("Srinagar", "IN", 34.0837, 74.7973, "town")
KHARTOUM = Location("Khartoum", "SD", 15.5007, 32.5599, "town")


def _report(article: str, place: Location, sentence: str, *said: str,
            targets: tuple[str, ...] = (), day: str = "2019-04-21") -> FrameInfo:
    frame = Frame(article_id=article, index=0, type="explosion",
                  evidence=Evidence(0, len(sentence), sentence), date=day, date_precision="day",
                  date_text="Sunday", location=place, place_text=place.name, targets=targets)
    claims = [Claim(id=f"{article}-{n}", article_id=article, source=Source("police", "police", "unknown"),
                    stance="asserts", about="occurrence", text=text, evidence=Evidence(0, len(text), text),
                    frame=0) for n, text in enumerate(said)]
    return replace(prepare(frame, None, 30), content=content_of(frame, claims))


# Colombo: the shrine's own report, and a follow-up whose other paragraph is about Negombo's church
SHRINE = _report("lk-1", COLOMBO, "A suicide bomber blew himself up inside St Anthony's Shrine in Colombo "
                 "on Sunday, killing at least 50 worshippers, police said.")
FOLLOW_UP = _report(
    "lk-2", COLOMBO,
    "The death toll from Sunday's bombing outside St Anthony's Shrine in Colombo rose to 62, police said.",
    "In Negombo, where a second bomber struck St Sebastian's Church, the toll rose to 104, police said.",
    targets=("St Sebastian's Church",))


def test_a_site_named_only_about_another_incident_is_not_the_reports_own() -> None:
    assert FOLLOW_UP.content is not None and SHRINE.content is not None
    assert not FOLLOW_UP.content.sites  # the church is Negombo's; the shrine is named as a landmark
    assert not different_sites(SHRINE.content, FOLLOW_UP.content)


def test_two_reports_of_one_shrine_on_one_day_are_one_incident() -> None:
    evidence = pair_evidence(SHRINE, FOLLOW_UP, 3, 30.0)
    assert evidence is not None and evidence.kind != "apart"
    assert {"lk-1", "lk-2"} in events_of([SHRINE, FOLLOW_UP])


def test_maiduguri_market_and_a_recalled_mosque() -> None:
    """Another wording: the other incident is a recalled one ("Last month's bombing of the
    Jumma Mosque in Mubi ..."), its site named in a claim."""
    market = _report("ng-1", MAIDUGURI, "Two suicide bombers struck the Baga Road Market in Maiduguri on Sunday, "
                     "killing 19 traders, a militia leader said.", day="2024-06-30")
    later = _report("ng-2", MAIDUGURI, "Residents of Maiduguri buried the dead of Sunday's attack near the "
                    "Baga Road Market, as the toll rose to 24.",
                    "The attack came weeks after bombers struck the Gwoza Central Mosque, killing 18.",
                    day="2024-06-30")
    assert later.content is not None and not later.content.sites
    assert {"ng-1", "ng-2"} in events_of([market, later])


def test_srinagar_two_wordings_of_one_shrine() -> None:
    """A third wording: the follow-up's other site is in a target read from the paragraph
    about a grenade elsewhere that day."""
    first = _report("kas-1", SRINAGAR, "A grenade thrown at the Hazratbal shrine in Srinagar on Friday "
                    "wounded 12 people, police said.", day="2023-03-10")
    second = _report("kas-2", SRINAGAR, "Police in Srinagar said the grenade hurled outside the Hazratbal "
                     "shrine on Friday was thrown from a passing motorcycle.",
                     "Hours earlier a grenade struck the Lal Chowk market, wounding four.",
                     targets=("the Lal Chowk market",), day="2023-03-10")
    assert {"kas-1", "kas-2"} in events_of([first, second])


def test_two_named_homes_whose_sentences_name_them_stay_apart() -> None:
    """The near miss: each incident sentence names its own home (one beside a landmark):
    still two sites, two strikes."""
    one = _report("sd-1", KHARTOUM, "A shell hit the home of the Osman family near the Al-Qubba Mosque "
                  "on Tuesday, killing three, residents said.", targets=("the home of the Osman family",),
                  day="2024-06-11")
    other = _report("sd-2", KHARTOUM, "A shell struck the Abdelrahman family's home in Khartoum on "
                    "Tuesday, killing three.", targets=("the Abdelrahman family's home",), day="2024-06-11")
    evidence = pair_evidence(one, other, 3, 30.0)
    assert evidence is not None and evidence.kind == "apart"


def test_a_sentence_naming_no_site_keeps_every_site() -> None:
    """An incident sentence naming no site ("a blast in Khartoum"): the sites of the targets
    stay the report's (nothing says which site is its own)."""
    report = _report("sd-3", KHARTOUM, "A blast in Khartoum on Tuesday killed four people.",
                     targets=("the home of the Osman family",), day="2024-06-11")
    assert report.content is not None and report.content.sites == {"osman"}
