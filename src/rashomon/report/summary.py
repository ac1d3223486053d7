"""Plain-text pieces shared by the terminal, HTML and CSV reports.

Everything here returns plain (unescaped) strings or small dataclasses; each renderer does
its own escaping.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rashomon.types import (
    Article,
    CasualtySummary,
    Claim,
    Contradiction,
    Dispute,
    Event,
    Figure,
    Frame,
    Ledger,
    Location,
    Stance,
)

COLUMNS: tuple[str, ...] = ("perpetrator", "occurrence", "killed", "injured")
OTHER = "other"  # column for claims about location, target, weapon, …
STANCE_WORD: dict[Stance, str] = {
    "asserts": "asserts", "confirms": "confirms", "denies": "denies",
    "declines_comment": "declines comment", "unknown": "unclear",
}


def fmt_figure(fig: Figure) -> str:
    """"22", "up to 52", "at least 13", "13–46" or "unspecified" (as reconcile's by_source)."""
    if fig.min is not None and fig.max is not None:
        return str(fig.min) if fig.min == fig.max else f"{fig.min}–{fig.max}"
    if fig.max is not None:
        return f"up to {fig.max}"
    if fig.min is not None:
        return f"at least {fig.min}"
    return "unspecified"


def fmt_casualties(cas: CasualtySummary) -> str:
    """The event range ("22–52"), "unspecified" if only unspecified figures, "" if none."""
    if cas.min is None and cas.max is None:
        return "unspecified" if cas.by_source else ""
    return fmt_figure(Figure(cas.min, cas.max))


def fmt_by_source(cas: CasualtySummary) -> str:
    return ", ".join(f"{name}: {value}" for name, value in cas.by_source.items())


def type_label(event_type: str) -> str:
    return event_type.replace("_", " ").capitalize()


def place_label(loc: Location | None) -> str:
    if loc is None:
        return "unknown place"
    return f"{loc.name}, {loc.country}" if loc.country else loc.name


def place_detail(loc: Location | None) -> str:
    """Place with country, coordinates and precision: "Abu Kamal, SY (34.4500, 40.9200; town)"."""
    if loc is None:
        return "unknown"
    parts = []
    if loc.lat is not None and loc.lon is not None:
        parts.append(f"{loc.lat:.4f}, {loc.lon:.4f}")
    parts.append(f"precision {loc.precision}")
    return f"{place_label(loc)} ({'; '.join(parts)})"


def date_label(date: str | None, precision: str) -> str:
    return "date unknown" if date is None else f"{date} ({precision})"


def date_phrase(date: str | None, precision: str) -> str:
    if date is None:
        return "date unknown"
    return {"day": f"on {date}", "week": f"in the week of {date}",
            "month": f"in {date[:7]}"}.get(precision, f"around {date}")


def place_phrase(loc: Location | None) -> str:
    if loc is None:
        return "at an unknown place"
    prep = {"exact": "at", "town": "near"}.get(loc.precision, "in")
    return f"{prep} {place_label(loc)}"


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def alleging_sources(claims: Sequence[Claim], actor: str) -> list[str]:
    """Sources whose claims name ``actor`` as the perpetrator (asserting or confirming)."""
    return _unique(c.source.name for c in claims
                   if c.perpetrator == actor and c.stance in ("asserts", "confirms"))


def alleged_with_sources(event: Event, claims: Sequence[Claim]) -> list[tuple[str, list[str]]]:
    """Each alleged perpetrator of ``event`` with the sources alleging it (see :func:`alleging_sources`)."""
    return [(actor, alleging_sources(claims, actor)) for actor in event.perpetrator.alleged]


def other_positions(event: Event) -> list[str]:
    """"acknowledged by X", "denied by Y": the positions on the perpetrator besides alleging."""
    p = event.perpetrator
    return [f"{label} {', '.join(names)}" for label, names in
            (("acknowledged by", p.acknowledged_by), ("denied by", p.denied_by)) if names]


def perpetrator_phrase(event: Event, claims: Sequence[Claim]) -> str:
    """"contested: alleged US (SANA, PMF), denied by US military"."""
    p = event.perpetrator
    parts = []
    if p.alleged:
        named = [f"{actor} ({', '.join(by)})" if by else actor for actor, by in alleged_with_sources(event, claims)]
        # "alleged: alleged US" says it twice: the word goes when the status says it
        parts.append(("" if p.status == "alleged" else "alleged ") + ", ".join(named))
    parts += other_positions(event)
    return f"{p.status}: {', '.join(parts)}" if parts else p.status


def event_summary(index: Index, event: Event) -> str:
    """One line: "Airstrike near Abu Kamal, SY on 2018-06-17 — perpetrator contested: …;
    22–52 killed"."""
    when = date_phrase(event.date, event.date_precision)
    line = (f"{type_label(event.type)} {place_phrase(event.location)}"
            f"{',' if event.date is None else ''} {when} — "
            f"perpetrator {perpetrator_phrase(event, index.claims_of(event))}")
    for word, cas in (("killed", event.killed), ("injured", event.injured)):
        figure = fmt_casualties(cas)
        if figure:
            line += f"; {figure} {word}"
    return line


def dispute_text(d: Dispute) -> str:
    """"US did it (SANA, PMF) vs US did not (US military)": each side with who holds it."""
    return " vs ".join(f"{side.position} ({', '.join(side.sources)})" for side in d.sides)


def dispute_pairs(event: Event, d: Dispute) -> list[Contradiction]:
    """The example claim pairs behind one dispute: the event's contradictions of its ``about``
    whose two claims stand on its sides (for casualties, of its kind: killed or injured)."""
    ids = {cid for side in d.sides for cid in side.claim_ids}
    kind = d.sides[0].position.rsplit(" ", 1)[-1] if d.about == "casualties" and d.sides else ""
    return [c for c in event.contradictions
            if c.about == d.about and set(c.claim_ids) <= ids and f" {kind}" in c.summary]


class Index:
    """Look-ups over one ledger, built once per render (renders stay linear in its size)."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.articles: dict[str, Article] = {a.id: a for a in ledger.articles}
        self.claims: dict[str, Claim] = {c.id: c for c in ledger.claims}
        self.frames: dict[tuple[str, int], Frame] = {(f.article_id, f.index): f
                                                      for f in ledger.frames}
        self._pointing: dict[str, list[Claim]] = {}
        for c in ledger.claims:
            if c.event_id is not None:
                self._pointing.setdefault(c.event_id, []).append(c)

    def claims_of(self, event: Event) -> list[Claim]:
        """The event's claims in ``claim_ids`` order, then any other claim pointing at it."""
        out = [self.claims[cid] for cid in event.claim_ids if cid in self.claims]
        listed = set(event.claim_ids)
        out.extend(c for c in self._pointing.get(event.id, ()) if c.id not in listed)
        return out

    def frames_of(self, event: Event) -> list[tuple[tuple[str, int], Frame | None]]:
        return [(key, self.frames.get(key)) for key in event.frame_keys]


@dataclass(frozen=True, slots=True)
class Position:
    """One claim's position in one column of the sources table."""

    claim_id: str
    stance: Stance
    text: str


@dataclass(slots=True)
class SourceRow:
    name: str
    kind: str
    via: list[str] = field(default_factory=list)
    cells: dict[str, list[Position]] = field(default_factory=dict)


_OCCURRENCE: dict[Stance, str] = {
    "asserts": "happened", "confirms": "confirms it happened", "denies": "denies it happened",
    "declines_comment": "declines comment", "unknown": "unclear",
}


def _stance_text(stance: Stance, value: str) -> str:
    if stance == "declines_comment":
        return "declines comment"
    if stance == "asserts" and value:
        return value
    return f"{STANCE_WORD[stance]} {value}".strip()


def positions(claim: Claim) -> dict[str, str]:
    """Column → text of one claim, e.g. {"perpetrator": "US (hedged)", "killed": "22"}."""
    out: dict[str, str] = {}
    if claim.about == "perpetrator" or claim.perpetrator is not None:
        out["perpetrator"] = _stance_text(claim.stance, claim.perpetrator or "")
    if claim.about == "occurrence":
        out["occurrence"] = _OCCURRENCE[claim.stance]
    for col, fig in (("killed", claim.killed), ("injured", claim.injured)):
        if fig is not None:
            out[col] = _stance_text(claim.stance, fmt_figure(fig))
    if claim.about == "casualties" and claim.killed is None and claim.injured is None:
        out["killed"] = _stance_text(claim.stance, "")
    if not out:
        out[OTHER] = _stance_text(claim.stance, f"{claim.about}: {claim.text}")
    if claim.hedged:
        out = {col: f"{text} (hedged)" for col, text in out.items()}
    return out


def source_rows(claims: Sequence[Claim]) -> list[SourceRow]:
    """Sources in order of first claim, each with its positions per column."""
    rows: dict[str, SourceRow] = {}
    for c in claims:
        row = rows.setdefault(c.source.name, SourceRow(c.source.name, c.source.kind))
        for via in c.source.via:
            if via not in row.via:
                row.via.append(via)
        for col, text in positions(c).items():
            row.cells.setdefault(col, []).append(Position(c.id, c.stance, text))
    return list(rows.values())


def table_columns(rows: Sequence[SourceRow]) -> tuple[str, ...]:
    """The four position columns, plus "other" when some claim fits none of them."""
    return COLUMNS + ((OTHER,) if any(OTHER in r.cells for r in rows) else ())


def source_label(name: str, kind: str, via: Sequence[str]) -> str:
    label = f"{name} ({kind})"
    return f"{label} via {', '.join(via)}" if via else label


def article_label(article: Article | None, article_id: str) -> str:
    """"Outlet: Title [id]" for a claim's citation."""
    if article is None:
        return f"article {article_id} (not in the ledger)"
    name = ": ".join(x for x in (article.outlet, article.title) if x) or "untitled"
    return f"{name} [{article.id}]"


def frame_line(frame: Frame) -> str:
    """Where the event's fields came from: "airstrike; date 'last night' → 2018-06-17 (day); …"."""
    date = frame.date or "?"
    place = place_label(frame.location) if frame.location else "?"
    parts: list[str] = [frame.type]
    parts.append(f"date {frame.date_text!r} → {date} ({frame.date_precision})"
                 if frame.date_text else f"date → {date} ({frame.date_precision})")
    parts.append(f"place {frame.place_text!r} → {place}" if frame.place_text
                 else f"place → {place}")
    if frame.background:
        parts.append("background")
    return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Counts:
    articles: int
    duplicates: int
    claims: int
    unlinked: int
    events: int
    disputes: int
    pairs: int  # opposed claim pairs behind the disputes
    skipped: int

    def line(self) -> str:
        return (f"{plural(self.articles, 'article')} "
                f"({plural(self.duplicates, 'duplicate')}), {plural(self.claims, 'claim')} "
                f"({self.unlinked} not linked to an event), {plural(self.events, 'event')}, "
                f"{plural(self.disputes, 'dispute')} ({plural(self.pairs, 'opposed claim pair')}), "
                f"{plural(self.skipped, 'skipped input')}")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def counts(ledger: Ledger) -> Counts:
    events = {e.id for e in ledger.events}
    return Counts(
        articles=len(ledger.articles),
        duplicates=sum(a.duplicate_of is not None for a in ledger.articles),
        claims=len(ledger.claims),
        unlinked=sum(c.event_id is None or c.event_id not in events for c in ledger.claims),
        events=len(ledger.events),
        disputes=sum(len(e.disputes) for e in ledger.events),
        pairs=sum(d.pairs for e in ledger.events for d in e.disputes),
        skipped=len(ledger.skipped),
    )
