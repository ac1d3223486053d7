"""Airwars Gaza (``../shared/datasets/airwars-gaza-incidents/airwars_incidence.csv``): 646
civilian-harm assessments, Oct 2023 – Aug 2024, each a narrative with Airwars' grading,
coordinates (406 rows) and the civilians reported killed (a number or a range "3 – 7").

Text: ``Airwars_assessment`` is the narrative followed by a flattened copy of the page's summary
box, which always begins ``, Summary`` glued to ``Strike status`` (every row: "…in the
morning., SummaryStrike statusLikely strike…"). The article is the narrative, cut at the first
``,`` + ``Summary`` + ``Strike status`` (:func:`narrative`). Id ``airwars-<Incidence_id>``,
no title, published = the incident date (``october-7-2023`` → 2023-10-07).

Sample: the rows whose ``Civilians reported killed`` is a number or a range (584 of 646; not
"Unknown"), as a list of row indices in file order; ``random.Random(0).sample(that list, 150)``,
sorted; plus the 16 rows whose ``Strike status`` is "Contested strike" (3 of them are in the
sample: 163 distinct rows, the count of the issue's baseline).

Figures, each narrative analysed alone (own run and database; the row's event is the primary
event, as score.py defines it):

- **within 10 km**: sampled rows with coordinates, the share whose event lies within 10 km;
- **killed equal** / **covers**: of the sampled rows (all with a known ``Civilians reported
  killed``, lo–hi; a single number is lo = hi), the share whose event killed range equals it (min = lo,
  max = hi), and the share whose range covers it (min ≤ lo and max ≥ hi; a one-sided figure
  counts as a point: "at least 5" covers nothing but 5);
- **contested**: of the 16 contested rows, how many get perpetrator status contested or alleged.

Joint run: the 163 rows in one run (one database); **pairs merged** counts pairs of different
rows listed by one event.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from rashomon.measure.harness import (
    JsonDict,
    Progress,
    analyse,
    analyse_each,
    document,
    event_km,
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
from rashomon.types import RawDocument

NAME = "airwars"
FILE = "datasets/airwars-gaza-incidents/airwars_incidence.csv"
SAMPLE = 150  # measurement protocol: rows sampled (issue 10)
RADIUS_KM = 10.0  # issue 10: "within 10 km of the row's coordinates"
CONTESTED = "Contested strike"
UNSURE = ("contested", "alleged")  # perpetrator statuses that do not take a side
SUMMARY_BOX = re.compile(r",\s*Summary\s*Strike status")
RANGE = re.compile(r"^\s*(\d+)\s*(?:[–—-]\s*(\d+))?\s*$")


def narrative(assessment: str) -> str:
    """The assessment up to the flattened summary box (all of it when there is none)."""
    match = SUMMARY_BOX.search(assessment)
    return (assessment[:match.start()] if match else assessment).strip()


def incident_date(text: str) -> str | None:
    """'october-7-2023' → '2023-10-07'; None when unreadable."""
    try:
        return datetime.strptime(text.strip(), "%B-%d-%Y").date().isoformat()
    except ValueError:
        return None


def killed_range(text: str) -> tuple[int, int] | None:
    """'4' → (4, 4); '3 – 7' → (3, 7); 'Unknown' → None."""
    match = RANGE.match(text or "")
    if not match:
        return None
    lo = int(match.group(1))
    return lo, int(match.group(2) or lo)


def event_range(figure: Mapping[str, Any] | None) -> tuple[int, int] | None:
    """(min, max) of an event figure; a one-sided figure is a point; None without a number."""
    bounds = [(figure or {}).get(k) for k in ("min", "max")]
    known = [int(b) for b in bounds if b is not None]
    if not known:
        return None
    return (known[0], known[-1])


def covers(pred: tuple[int, int] | None, gold: tuple[int, int]) -> bool:
    return pred is not None and pred[0] <= gold[0] and pred[1] >= gold[1]


def coordinates(row: Mapping[str, str]) -> tuple[float, float] | None:
    lat = number(row.get("lat"))
    lon = number(row.get("long")) if number(row.get("long")) is not None else number(row.get("lon"))
    return None if lat is None or lon is None else (lat, lon)


def article_id(row: Mapping[str, str]) -> str:
    return f"airwars-{row['Incidence_id']}"


def row_document(row: Mapping[str, str]) -> RawDocument:
    return document(article_id(row), narrative(row["Airwars_assessment"]),
                    published=incident_date(row["Incidence_date"]))


def select(rows: Sequence[Mapping[str, str]], sample: int) -> tuple[list[int], list[int]]:
    """(sampled row indices, contested row indices), both in file order. The sample is drawn
    from the rows with a known killed figure, so that every sampled row counts in every figure
    but the distance (which needs coordinates)."""
    known = [i for i, r in enumerate(rows) if killed_range(r["Civilians reported killed"]) is not None]
    return sample_indices(known, sample), [i for i, r in enumerate(rows) if r["Strike status"] == CONTESTED]


def alone_figures(rows: Sequence[Mapping[str, str]], sampled: Sequence[int], contested: Sequence[int],
                  ledgers: Mapping[str, JsonDict]) -> tuple[list[Figure], JsonDict]:
    with_coords = near = known = equal = covered = 0
    per_row: list[JsonDict] = []
    for i in sampled:
        row, aid = rows[i], article_id(rows[i])
        event = primary_event(ledgers[aid], aid)
        where = coordinates(row)
        dist = event_km(event, *where) if where else None
        with_coords += where is not None
        near += dist is not None and dist <= RADIUS_KM
        gold, pred = killed_range(row["Civilians reported killed"]), event_range((event or {}).get("killed"))
        if gold is not None:
            known += 1
            equal += pred == gold
            covered += covers(pred, gold)
        per_row.append({"row": i, "id": row["Incidence_id"], "km": None if dist is None else round(dist, 1),
                        "place": ((event or {}).get("location") or {}).get("name"),
                        "killed": pred, "row_killed": gold})
    statuses = {}
    for i in contested:
        aid = article_id(rows[i])
        event = primary_event(ledgers[aid], aid)
        statuses[rows[i]["Incidence_id"]] = ((event or {}).get("perpetrator") or {}).get("status")
    unsure = sum(s in UNSURE for s in statuses.values())
    figs = [
        Figure("within_10km", "within 10 km (rows with coordinates)", share(near, with_coords),
               share_text(near, with_coords), target(NAME, "within_10km")),
        Figure("killed_equal", "killed range = Airwars range", share(equal, known),
               share_text(equal, known), target(NAME, "killed_equal")),
        Figure("killed_covers", "killed range covers Airwars range", share(covered, known),
               share_text(covered, known), target(NAME, "killed_covers")),
        Figure("contested", "contested rows: status contested/alleged", unsure,
               f"{unsure} of {len(statuses)}", target(NAME, "contested")),
    ]
    return figs, {"rows": per_row, "contested_status": statuses}


def joint_figures(ledger: JsonDict) -> tuple[list[Figure], JsonDict]:
    pairs = shared_pairs(ledger)
    n_events = len(ledger.get("events") or [])
    figs = [Figure("joint_pairs", "joint run: pairs of incidents merged", len(pairs),
                   f"{len(pairs)} ({n_events} events)", target(NAME, "joint_pairs"))]
    return figs, {"events": n_events, "pairs": len(pairs)}


def measure(shared: Path, res: Resources, progress: Progress = no_progress, *, sample: int = SAMPLE,
            joint: bool = True) -> SetResult:
    rows = read_csv(shared / FILE)
    sampled, contested = select(rows, sample)
    union = sorted(set(sampled) | set(contested))
    docs = [row_document(rows[i]) for i in union]
    ledgers = analyse_each(docs, res, progress, stage=f"{NAME}: each narrative alone")
    figs, details = alone_figures(rows, sampled, contested, ledgers)
    if joint:
        more, details["joint"] = joint_figures(analyse(docs, res, progress, stage=f"{NAME}: joint run"))
        figs += more
    details["sample"] = [rows[i]["Incidence_id"] for i in sampled]
    title = f"Airwars Gaza ({len(sampled)} rows, seed 0, + {len(contested)} contested = {len(union)})"
    return SetResult(name=NAME, title=title, figures=tuple(figs), details=details)
