"""Two reports of one incident, one placed at a city, the other at a town on its edge (a
suburb, a shrine town, the twin city across a river), on one day both texts give: when the
incident sentence of one names the other's place, the two differ by how the place was read,
not by where, and one detail that decides elsewhere (a toll of 10 or more, a target word, a
person) decides here too. A toll credited through another sentence, a town farther out, other
days and small figures keep them apart. Frames and sentences written for these tests
(Afghanistan, Sudan, Somalia, Myanmar, Haiti)."""

from __future__ import annotations

from dataclasses import replace

from tests.link_support import events_of

from rashomon.config import Options
from rashomon.link import same_event
from rashomon.link.blocking import prepare
from rashomon.link.content import content_of
from rashomon.link.decision import pair_evidence
from rashomon.link.info import FrameInfo
from rashomon.types import Claim, EventType, Evidence, Figure, Frame, Location, Source

KABUL = Location("Kabul", "AF", 34.5281, 69.1723, "town")
BAGRAMI = Location("Bagrami", "AF", 34.4911, 69.2722, "town")  # ~10 km east of the centre
KHARTOUM = Location("Khartoum", "SD", 15.5518, 32.5324, "town")
OMDURMAN = Location("Omdurman", "SD", 15.6445, 32.4777, "town")  # across the Nile, ~12 km
MOGADISHU = Location("Mogadishu", "SO", 2.0371, 45.3438, "town")
AFGOOYE = Location("Afgooye", "SO", 2.1414, 45.1212, "town")  # ~27 km out: its own town
YANGON = Location("Yangon", "MM", 16.8053, 96.1561, "town")
PORT_AU_PRINCE = Location("Port-au-Prince", "HT", 18.5392, -72.3350, "town")
CROIX = Location("Croix-des-Bouquets", "HT", 18.5769, -72.2262, "town")  # a suburb, ~12 km
HLAING = Location("Hlaing Thar Yar", "MM", 16.8667, 96.0667, "town")  # a township on its edge


def _report(article: str, place: Location, day: str, sentence: str, *, kind: EventType = "explosion",
            killed: int | None = None, source: str = "police", said: str = "") -> FrameInfo:
    frame, claims = _written(article, place, day, sentence, kind=kind, killed=killed, source=source, said=said)
    return replace(prepare(frame), content=content_of(frame, claims))


def _written(article: str, place: Location, day: str, sentence: str, *, kind: EventType = "explosion",
             killed: int | None = None, source: str = "police", said: str = "") -> tuple[Frame, list[Claim]]:
    frame = Frame(article_id=article, index=0, type=kind, evidence=Evidence(0, len(sentence), sentence),
                  date=day, date_precision="day", date_text="Saturday", location=place,
                  place_text=place.name)
    text = said or sentence
    claims = [Claim(id=f"{article}-0", article_id=article, source=Source(source, source, "official"),
                    stance="asserts", about="casualties" if killed else "occurrence", text=text,
                    evidence=Evidence(0, len(text), text), frame=0,
                    killed=None if killed is None else _figure(killed))]
    return frame, claims


def _figure(n: int) -> Figure:
    return Figure(min=n, max=n)


# the suburb's report names the city; the city's report names only the city
SUBURB = _report("af-bagrami", BAGRAMI, "2024-06-08",
                 "A suicide bomber struck a wedding hall in Bagrami, on the eastern outskirts of Kabul, "
                 "on Saturday, killing 27 guests, police said.", killed=27)
CITY = _report("af-kabul", KABUL, "2024-06-08",
               "At least 27 people died when a bomber blew himself up among a crowd in Kabul on Saturday, "
               "the interior ministry said.", killed=27, source="interior ministry")
# the city's report names the twin city in its sentence ("across the Nile in Omdurman")
TWIN = _report("sd-omdurman", OMDURMAN, "2024-02-03",
               "Shells fired by the paramilitary forces fell across the river in Omdurman on Saturday, "
               "killing 15 people, a doctors' union said.", kind="shelling", killed=15, source="doctors union")
CAPITAL = _report("sd-khartoum", KHARTOUM, "2024-02-03",
                  "Shelling killed 15 civilians in Khartoum's twin city of Omdurman on Saturday as the army "
                  "fought the paramilitary forces, activists said.", kind="shelling", killed=15, source="activists")


def test_a_suburb_naming_the_city_joins_the_city_report_on_one_decisive_detail() -> None:
    evidence = pair_evidence(SUBURB, CITY, 3, 30.0)
    assert evidence is not None and evidence.kind == "content", evidence
    assert {"af-bagrami", "af-kabul"} in events_of([SUBURB, CITY])


def test_the_twin_city_named_in_either_sentence() -> None:
    evidence = pair_evidence(CAPITAL, TWIN, 3, 30.0)
    assert evidence is not None and evidence.kind == "content", evidence
    township = _report("mm-hlaing", HLAING, "2021-03-14",
                       "Security forces opened fire on protesters in Hlaing Thar Yar township of Yangon on "
                       "Sunday, killing 22 people, a rights group said.", kind="shooting", killed=22,
                       source="rights group")
    city = _report("mm-yangon", YANGON, "2021-03-14",
                   "Troops shot dead 22 protesters in Yangon on Sunday, the rights group said.",
                   kind="shooting", killed=22, source="rights group")
    evidence = pair_evidence(city, township, 3, 30.0)
    assert evidence is not None and evidence.kind == "content", evidence
    suburb = _report("ht-croix", CROIX, "2024-03-09",
                     "Gang members stormed Croix-des-Bouquets, a suburb of Port-au-Prince, on Saturday and "
                     "killed 14 residents, a rights network said.", kind="ground_attack", killed=14,
                     source="rights network")
    capital = _report("ht-port", PORT_AU_PRINCE, "2024-03-09",
                      "Gangs killed 14 people in an attack on Port-au-Prince on Saturday, the police union said.",
                      kind="ground_attack", killed=14, source="police union")
    evidence = pair_evidence(capital, suburb, 3, 30.0)
    assert evidence is not None and evidence.kind == "content", evidence


def test_a_toll_credited_through_another_sentence_does_not_join_them() -> None:
    """The city's report recalls the suburb's attack (and its toll) in a sentence of its own:
    its incident sentence names only the city, the suburb's names only itself."""
    city = _report("af-kabul-2", KABUL, "2024-06-08",
                   "A bomb hidden in a cart exploded at a checkpoint in Kabul on Saturday, police said.",
                   said="Earlier on Saturday a suicide bomber killed 27 guests at a wedding hall in Bagrami.",
                   killed=27)
    suburb = _report("af-bagrami-2", BAGRAMI, "2024-06-08",
                     "A suicide bomber struck a wedding hall in Bagrami on Saturday, killing 27 guests, "
                     "police said.", killed=27)
    evidence = pair_evidence(city, suburb, 3, 30.0)
    assert evidence is not None and evidence.kind == "none", evidence
    assert {"af-kabul-2", "af-bagrami-2"} not in events_of([city, suburb])


def test_a_toll_credited_from_the_suburb_to_a_city_report_does_not_join_them() -> None:
    """The suburb's report names the city as its bearing; the city's report is of another
    attack and recalls the suburb's (its toll read as its own) in a claim of its own: it
    names the suburb outside its incident sentence, as another place."""
    city = _report("af-kabul-4", KABUL, "2024-06-08",
                   "A bomb hidden in a cart exploded at a checkpoint in Kabul on Saturday, police said.",
                   said="Hours earlier a suicide bomber killed 27 guests at a wedding hall in Bagrami, police said.",
                   killed=27)
    suburb = _report("af-bagrami-4", BAGRAMI, "2024-06-08",
                     "A suicide bomber struck a wedding hall in Bagrami, on the eastern outskirts of Kabul, "
                     "on Saturday, killing 27 guests, police said.", killed=27)
    evidence = pair_evidence(city, suburb, 3, 30.0)
    assert evidence is not None and evidence.kind == "none", evidence
    assert {"af-kabul-4", "af-bagrami-4"} not in events_of([city, suburb])


def test_a_town_farther_out_is_its_own_town() -> None:
    """Afgooye lies beyond the city's edge: naming the capital as a bearing is no one spot."""
    town = _report("so-afgooye", AFGOOYE, "2024-03-02",
                   "A roadside bomb hit an army truck in Afgooye, 27 km north-west of Mogadishu, on Saturday, "
                   "killing 12 soldiers, a commander said.", killed=12, source="commander")
    city = _report("so-mogadishu", MOGADISHU, "2024-03-02",
                   "A car bomb killed 12 people at a checkpoint in Mogadishu on Saturday, police said.", killed=12)
    evidence = pair_evidence(town, city, 3, 30.0)
    assert evidence is not None and evidence.kind == "none", evidence
    assert {"so-afgooye", "so-mogadishu"} not in events_of([town, city])


def test_other_days_and_small_figures_stay_apart() -> None:
    later = _report("af-bagrami-3", BAGRAMI, "2024-06-20",
                    "A suicide bomber struck a mosque in Bagrami, on the eastern outskirts of Kabul, on "
                    "Thursday, killing 27 worshippers, police said.", killed=27)
    assert {"af-bagrami-3", "af-kabul"} not in events_of([later, CITY])
    small_a = _report("sd-omdurman-2", OMDURMAN, "2024-02-03",
                      "A shell fell on a house in Omdurman, across the Nile from Khartoum, on Saturday, "
                      "killing three people, residents said.", kind="shelling", killed=3, source="residents")
    small_b = _report("sd-khartoum-2", KHARTOUM, "2024-02-03",
                      "Shelling killed three people in Khartoum on Saturday, activists said.",
                      kind="shelling", killed=3, source="activists")
    evidence = pair_evidence(small_a, small_b, 3, 30.0)
    assert evidence is not None and evidence.kind == "none", evidence


def test_compare_decides_as_analyze_does() -> None:
    """``rashomon compare`` asks :func:`~rashomon.link.same_event`, which links as ``analyze``."""
    city = _written("af-kabul", KABUL, "2024-06-08",
                    "At least 27 people died when a bomber blew himself up among a crowd in Kabul on Saturday, "
                    "the interior ministry said.", killed=27, source="interior ministry")
    suburb = _written("af-bagrami", BAGRAMI, "2024-06-08",
                      "A suicide bomber struck a wedding hall in Bagrami, on the eastern outskirts of Kabul, "
                      "on Saturday, killing 27 guests, police said.", killed=27)
    verdict = same_event(((city[0],), city[1], None), ((suburb[0],), suburb[1], None), Options())
    assert verdict is not None and verdict.same and verdict.reason.startswith("content"), verdict
    later = _written("af-bagrami-3", BAGRAMI, "2024-06-20",
                     "A suicide bomber struck a mosque in Bagrami, on the eastern outskirts of Kabul, on "
                     "Thursday, killing 27 worshippers, police said.", killed=27)
    verdict = same_event(((city[0],), city[1], None), ((later[0],), later[1], None), Options())
    assert verdict is None or not verdict.same
