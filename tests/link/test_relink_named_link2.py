"""An incremental ``analyze`` of a report whose claims name the town of a stored report of
another country on its day (:func:`rashomon.link.across.named_pairs`) makes the events of one
run: the relink plan reads the claims of the reports it plans over, both the new one's and
the stored ones'. Frames, claims and sentences written for these tests (the Rovuma border of
Mozambique and Tanzania, the Colombian-Venezuelan border).
"""

from __future__ import annotations

from rashomon.config import Options
from rashomon.pipeline import relink
from rashomon.store import Store
from rashomon.types import (
    Article,
    ArticleResult,
    Claim,
    Event,
    Evidence,
    Figure,
    Frame,
    Generator,
    Location,
    Source,
    SourceKind,
)

OPTIONS = Options()
GEN = Generator("rashomon", "0.1.0", "model", "abc123")
PALMA = Location("Palma", "MZ", -10.776, 40.470, "town")
MTWARA = Location("Mtwara", "TZ", -10.267, 40.183, "town")
SARAVENA = Location("Saravena", "CO", 6.955, -71.872, "town")
SAN_CRISTOBAL = Location("San Cristobal", "VE", 7.767, -72.225, "town")


def _result(article: str, place: Location, day: str, sentence: str,
            said: tuple[tuple[str, str, SourceKind, str], ...], *, party: str = "",
            killed: int | None = None) -> ArticleResult:
    frame = Frame(article_id=article, index=0, type="ground_attack",
                  evidence=Evidence(0, len(sentence), sentence), date=day, date_precision="day",
                  date_text=day, location=place, place_text=place.name,
                  perpetrators=(party,) if party else (),
                  killed=Figure(killed, killed) if killed else None)
    claims = tuple(Claim(id=f"{article}-{n}", article_id=article, source=Source(name, speaker, kind),
                         stance="asserts", about="occurrence", text=text,
                         evidence=Evidence(0, len(text), text), frame=0)
                   for n, (speaker, name, kind, text) in enumerate(said))
    art = Article(id=article, text=sentence, input=f"{article}.txt", content_hash=f"h-{article}",
                  published=day)
    return ArticleResult(art, claims, (frame,))


PALMA_RAID = _result(
    "mz-palma", PALMA, "2024-05-14",
    "Insurgents killed 14 soldiers in a raid on an army post at Palma, in Cabo Delgado, the "
    "defence ministry said on Tuesday.",
    (("the defence ministry", "Mozambican military", "military",
      "the attackers came at dawn with rifles and machetes"),), party="Islamic State", killed=14)
FROM_MTWARA = _result(
    "tz-report", MTWARA, "2024-05-14",
    "Fourteen soldiers died when militants overran a post across the river on Tuesday, a "
    "Tanzanian police officer said.",
    (("a Tanzanian police officer", "police officer", "unknown",
      "the officer said by telephone that 14 soldiers were killed at Palma by fighters of "
      "the Islamic State"),), killed=14)
SARAVENA_BASE = _result(
    "co-base", SARAVENA, "2024-02-10",
    "ELN guerrillas killed 12 soldiers in an attack on an army base at Saravena, in Arauca "
    "department, the defence ministry said on Saturday.",
    (("the defence ministry", "Colombian military", "military",
      "the attackers used explosives and rifles"),), party="ELN", killed=12)
FROM_SAN_CRISTOBAL = _result(
    "ve-report", SAN_CRISTOBAL, "2024-02-10",
    "Twelve soldiers died when guerrillas stormed a base across the border on Saturday, a "
    "Venezuelan security official said.",
    (("a Venezuelan security official", "security official", "unknown",
      "the official said by telephone that 12 soldiers were killed at Saravena by fighters "
      "of the ELN"),), killed=12)


def _events(batches: list[list[ArticleResult]]) -> list[Event]:
    with Store.open(":memory:") as store:
        for batch in batches:
            for result in batch:
                store.save_article(result)
            relink(store, OPTIONS)
        return sorted(store.load_ledger(GEN).events, key=lambda e: e.id)


def _joined(events: list[Event], a: str, b: str) -> bool:
    return any({a, b} <= set(e.article_ids) for e in events)


def test_one_run_joins_the_reports_the_town_named_meets() -> None:
    events = _events([[PALMA_RAID, FROM_MTWARA]])
    assert _joined(events, "mz-palma", "tz-report")


def test_the_stored_town_meets_the_new_report_naming_it() -> None:
    """The stored report is pinned to the town; the new one, filed from over the border,
    names it in its claims."""
    assert _events([[PALMA_RAID], [FROM_MTWARA]]) == _events([[PALMA_RAID, FROM_MTWARA]])


def test_the_new_town_meets_the_stored_report_naming_it() -> None:
    """The other order: the stored report's claims name the town the new report is pinned to."""
    assert _events([[FROM_SAN_CRISTOBAL], [SARAVENA_BASE]]) == _events(
        [[FROM_SAN_CRISTOBAL, SARAVENA_BASE]])
    assert _joined(_events([[FROM_SAN_CRISTOBAL], [SARAVENA_BASE]]), "co-base", "ve-report")


def test_a_third_report_later_keeps_the_pair() -> None:
    """A re-link the named pair's reports are not pending in keeps their event."""
    batches = [[PALMA_RAID], [FROM_MTWARA], [SARAVENA_BASE]]
    assert _events(batches) == _events([[PALMA_RAID, FROM_MTWARA, SARAVENA_BASE]])
