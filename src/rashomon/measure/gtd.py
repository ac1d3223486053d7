"""GTD Iraq (``../shared/datasets/gtd-iraq-incidents/iraq_conflict_data.csv``): 2,900 attacks
2012–2017, each a row with a one-paragraph summary, the city, coordinates and casualty counts.

Sample: ``random.Random(0).sample(range(2900), 300)`` over the rows in file order, sorted: 300
distinct rows, each a distinct incident (no two rows of the file are equal).

Article: the row's ``summary`` verbatim as the text (it opens with ``MM/DD/YYYY:``), no title,
id ``gtd-<row index>``, published = the row's ``date``. A report of an attack is published the
day of the attack or the next; the row date is the fairest stand-in, and the date the summary
writes is in its text for the pipeline to read.

Figures, each summary analysed alone (its own run and database); the row's event is the
article's primary event (the one holding most of its claims, as score.py defines it):

- **within 25 km**: among the rows whose summary names the row's ``city`` (compared folded:
  lower case, accents and punctuation dropped, on word boundaries), the share whose event
  lies within 25 km of the row's latitude/longitude (no event or no coordinates: a miss);
- **country right**: the share of all sampled rows whose event country is the row's country;
- **killed exact** / **injured exact**: the share of rows whose event ``killed`` has
  min = max = the row's ``killed`` (``injured``: the row's ``wounded``); an event without
  the figure counts as 0, which matches a row of 0;
- **within 25 km where the gazetteer has the city** (a diagnostic, no target): the same share
  among the named rows whose city the gazetteer knows (by any of its names or transliteration
  skeletons; a closing "district", "town" dropped) within 25 km of the row's coordinates. A
  miss on any other named row is one no choice among the gazetteer's places can fix
  (``absent``): the place is in none of its sources (cities500 holds 169 places in Iraq), or
  the row's coordinates lie far from the place its city names (an oilfield "near Tikrit").
  A miss on a known place is the resolver's (``resolution``). Each row's ``known_km`` (to
  the nearest place of that name) and ``miss`` class are in the details;
- **hits from incident-derived places** (a diagnostic, no target): how many of the rows
  within 25 km have as their event's place a village of ``data/incident_places.tsv`` (built
  from the file's other 2,600 rows, never from these 300: ``tools/make_incident_places.py``),
  so that the figure says how much of it rests on that file;
- **miss causes** (details ``miss_causes``, each row's ``cause``): ``resolution``, ``far``
  (the gazetteer's places of the name lie beyond 25 km of the row) or ``unknown`` (no place
  of the name): :func:`miss_cause`;
- **"No group" sources**: claims whose source as written (or its canonical name) starts with a
  negated subject ("No group", "None of the groups", "Nobody", …): such a phrase says that
  nobody spoke, so it can never be a source.

Joint run: the 300 summaries in one run (one database); **pairs merged** counts pairs of
different rows listed by one event (each pair once), and how many of them name different cities.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rashomon.gazetteer import PlaceGazetteer
from rashomon.measure.harness import (
    JsonDict,
    Progress,
    analyse,
    analyse_each,
    document,
    event_km,
    km,
    no_progress,
    number,
    primary_event,
    read_csv,
    sample_indices,
    shared_pairs,
)
from rashomon.measure.model import Figure, SetResult, share, share_text
from rashomon.measure.targets import target
from rashomon.pipeline import Resources
from rashomon.types import Location

NAME = "gtd"
TITLE = "GTD Iraq (300 rows, seed 0)"
FILE = "datasets/gtd-iraq-incidents/iraq_conflict_data.csv"
SAMPLE = 300  # measurement protocol: rows sampled (issue 10)
RADIUS_KM = 25.0  # issue 10: "within 25 km of the row's coordinates"
# (city, lat, lon) -> km from (lat, lon) to the nearest place the gazetteer has under the
# city's name; None when it has none
KnownPlace = Callable[[str, float, float], float | None]
# an event's location (as the ledger writes it) -> the source tag of the incident-derived place
# it is (``data/incident_places.tsv``), None for any other place
PlaceOrigin = Callable[[Mapping[str, Any]], str | None]
COUNTRY_ISO = {"Iraq": "IQ"}  # the file holds Iraq only (datasets README, section 4)
NEGATED_SUBJECT = re.compile(r"^\W*(?:no|none|neither|nobody|no-one|not\s+a\s+single|not\s+any)\b",
                             re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case, accents dropped, every run of non-alphanumerics one space, padded."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " " + re.sub(r"[^a-z0-9]+", " ", text).strip() + " "


def names_city(summary: str, city: str) -> bool:
    """The summary writes the city's name (folded, on word boundaries)."""
    folded = fold(city).strip()
    return bool(folded) and folded != "unknown" and f" {folded} " in fold(summary)


def negated_source(claim: Mapping[str, Any]) -> bool:
    source = claim.get("source") or {}
    return any(NEGATED_SUBJECT.match(source.get(k) or "") for k in ("text", "name"))


def exact(figure: Mapping[str, Any] | None, value: float | None) -> bool:
    """The event figure is exactly ``value``: min = max = value. An event without the figure
    (null, or both bounds null) counts as 0: nothing reported matches a row of 0 (GTD's 0 is
    "none"), as the issue's baseline counted it."""
    if value is None:
        return False
    lo, hi = (figure or {}).get("min"), (figure or {}).get("max")
    if lo is None and hi is None:
        lo = hi = 0
    return lo == hi == int(value)


def miss_cause(named: bool, near: bool, known_km: float | None) -> str | None:
    """Why a named row is a miss (None: no miss): ``resolution`` (the gazetteer has a place of
    the city's name within RADIUS_KM of the row, the resolver chose another), ``far`` (its
    nearest place of that name lies beyond RADIUS_KM: a district or area written by its seat,
    an oilfield "near Tikrit", or another place of the name), ``unknown`` (no place of the name)."""
    if not named or near:
        return None
    if known_km is None:
        return "unknown"
    return "resolution" if known_km <= RADIUS_KM else "far"


def gazetteer_origin(places: PlaceGazetteer) -> PlaceOrigin:
    """A :data:`PlaceOrigin` over a place gazetteer (``Resources.places``)."""
    def origin(loc: Mapping[str, Any]) -> str | None:
        lat, lon = loc.get("lat"), loc.get("lon")
        if not isinstance(lat, int | float) or not isinstance(lon, int | float):
            return None
        return places.origin(Location(str(loc.get("name") or ""), loc.get("country"), float(lat), float(lon)))
    return origin


def gazetteer_km(places: PlaceGazetteer) -> KnownPlace:
    """A :data:`KnownPlace` over a place gazetteer (``Resources.places``)."""
    def known(city: str, lat: float, lon: float) -> float | None:
        words = city.split()
        while len(words) > 1 and places.describes(words[-1]):
            words.pop()  # "Rutbah district": the place is Rutbah
        dists = [km(c.location.lat, c.location.lon, lat, lon) for c in places.candidates(" ".join(words))
                 if c.location.lat is not None and c.location.lon is not None]
        return min(dists, default=None)
    return known


def sample_rows(n_rows: int, sample: int = SAMPLE) -> list[int]:
    """The rows of the file (of ``n_rows``) the figures read: ``random.Random(0).sample``, sorted.
    The one definition of the held-out rows: ``tools/make_incident_places.py`` builds the
    incident-derived places from every other row."""
    return sample_indices(range(n_rows), sample)


def row_document(index: int, row: Mapping[str, str]) -> Any:
    return document(f"gtd-{index}", row["summary"], published=row["date"] or None)


def alone_figures(rows: Sequence[tuple[int, Mapping[str, str]]], ledgers: Mapping[str, JsonDict],
                  known: KnownPlace | None = None, origin: PlaceOrigin | None = None
                  ) -> tuple[list[Figure], JsonDict]:
    named = near = country = killed = injured = no_group = known_n = near_known = near_incident = 0
    per_row: list[JsonDict] = []
    for index, row in rows:
        aid = f"gtd-{index}"
        ledger = ledgers[aid]
        event = primary_event(ledger, aid)
        lat, lon = number(row["latitude"]), number(row["longitude"])
        dist = event_km(event, lat, lon) if lat is not None and lon is not None else None
        is_named = names_city(row["summary"], row["city"])
        named += is_named
        is_near = is_named and dist is not None and dist <= RADIUS_KM
        near += is_near
        known_km = known(row["city"], lat, lon) if known and is_named and lat is not None and lon is not None \
            else None
        is_known = known_km is not None and known_km <= RADIUS_KM
        known_n += is_known
        near_known += is_near and is_known
        loc = (event or {}).get("location") or {}
        from_file = origin(loc) if origin is not None and loc else None
        near_incident += bool(is_near and from_file)
        country += bool(loc.get("country")) and loc.get("country") == COUNTRY_ISO.get(row["country"])
        killed += exact((event or {}).get("killed"), number(row["killed"]))
        injured += exact((event or {}).get("injured"), number(row["wounded"]))
        negated = sum(negated_source(c) for c in ledger.get("claims") or [])
        no_group += negated
        per_row.append({"row": index, "city": row["city"], "named": is_named,
                        "km": None if dist is None else round(dist, 1),
                        "event_country": loc.get("country"), "place": loc.get("name"), "place_origin": from_file,
                        "killed": (event or {}).get("killed"), "row_killed": number(row["killed"]),
                        "injured": (event or {}).get("injured"), "row_wounded": number(row["wounded"]),
                        "negated_sources": negated,
                        "known_km": None if known_km is None else round(known_km, 1),
                        "miss": None if not is_named or is_near else "resolution" if is_known else "absent",
                        "cause": miss_cause(is_named, is_near, known_km)})
    n = len(rows)
    says_no_group = sum("no group" in row["summary"].lower() for _, row in rows)
    figs = [
        Figure("within_25km", "within 25 km (rows naming their city)", share(near, named),
               share_text(near, named), target(NAME, "within_25km")),
        *([Figure("within_25km_known", "within 25 km (rows whose city the gazetteer has there)",
                  share(near_known, known_n), share_text(near_known, known_n), None)] if known else []),
        *([Figure("within_25km_incident", "of those within 25 km: the place is an incident-derived village",
                  near_incident, f"{near_incident} of {near}", None)] if origin else []),
        Figure("country", "country right", share(country, n), share_text(country, n),
               target(NAME, "country")),
        Figure("killed_exact", "killed = row killed", share(killed, n), share_text(killed, n),
               target(NAME, "killed_exact")),
        Figure("injured_exact", "injured = row wounded", share(injured, n), share_text(injured, n),
               target(NAME, "injured_exact")),
        Figure("no_group_sources", 'claims whose source is "No group …"', no_group,
               f"{no_group} ({says_no_group} summaries say 'no group')", target(NAME, "no_group_sources")),
    ]
    causes = Counter(r["cause"] for r in per_row if r["cause"])
    return figs, {"rows": per_row, "named_city": named, "say_no_group": says_no_group,
                  "miss_causes": dict(sorted(causes.items()))}


def joint_figures(rows: Sequence[tuple[int, Mapping[str, str]]], ledger: JsonDict
                  ) -> tuple[list[Figure], JsonDict]:
    pairs = shared_pairs(ledger)
    city = {f"gtd-{i}": fold(row["city"]) for i, row in rows}
    other_city = sum(city[a] != city[b] for a, b in pairs)
    n_events = len(ledger.get("events") or [])
    figs = [Figure("joint_pairs", "joint run: pairs of incidents merged", len(pairs),
                   f"{len(pairs)} ({other_city} in different cities; {n_events} events)",
                   target(NAME, "joint_pairs"))]
    return figs, {"events": n_events, "pairs": sorted(pairs), "pairs_other_city": other_city}


def measure(shared: Path, res: Resources, progress: Progress = no_progress, *, sample: int = SAMPLE,
            joint: bool = True) -> SetResult:
    all_rows = read_csv(shared / FILE)
    rows = [(i, all_rows[i]) for i in sample_rows(len(all_rows), sample)]
    docs = [row_document(i, row) for i, row in rows]
    ledgers = analyse_each(docs, res, progress, stage=f"{NAME}: each summary alone")
    figs, details = alone_figures(rows, ledgers, gazetteer_km(res.places), gazetteer_origin(res.places))
    if joint:
        more, joint_details = joint_figures(rows, analyse(docs, res, progress, stage=f"{NAME}: joint run"))
        figs += more
        details["joint"] = joint_details
    details["sample"] = [i for i, _ in rows]
    return SetResult(name=NAME, title=TITLE if sample == SAMPLE else f"GTD Iraq ({len(rows)} rows, seed 0)",
                     figures=tuple(figs), details=details)
