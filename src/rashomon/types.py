"""Domain objects exchanged between pipeline stages.

Every stage takes and returns these small frozen dataclasses; nothing here depends on
spaCy. Character offsets always refer to ``Article.text`` (the normalized text that is
stored). The JSON contract ``rashomon.ledger/1`` is produced from these objects in one
place: :mod:`rashomon.report.ledger_json`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Stance = Literal["asserts", "confirms", "denies", "declines_comment", "unknown"]
About = Literal["occurrence", "perpetrator", "casualties", "location", "target", "weapon", "other"]
SourceKind = Literal[
    "military", "government", "state_media", "media", "monitor", "armed_group",
    "official", "person", "unknown",
]
# the gold conventions' types (CONVENTIONS.md "type"), and ``other`` for an attack of no
# named mode: ``shooting`` is troops firing on a crowd, ``armed_clashes`` two armed sides
# fighting, ``ground_attack`` one side's raid or assault
EventType = Literal[
    "airstrike", "drone_strike", "missile_strike", "shelling", "explosion", "shooting",
    "ground_attack", "armed_clashes", "other",
]
DatePrecision = Literal["day", "week", "month", "unknown"]
PlacePrecision = Literal["exact", "town", "region", "country", "unknown"]
PerpetratorStatus = Literal["acknowledged", "alleged", "contested", "unknown"]
InputFormat = Literal["text", "html", "json"]

STANCES: tuple[Stance, ...] = ("asserts", "confirms", "denies", "declines_comment", "unknown")
EVENT_TYPES: tuple[EventType, ...] = (
    "airstrike", "drone_strike", "missile_strike", "shelling", "explosion", "shooting",
    "ground_attack", "armed_clashes", "other",
)
# the Frame.sources key of the statements contesting who did it: extract writes it, reconcile
# reads it (defined here so that reconcile need not import extract, and with it spaCy)
CONTESTED = "contested"


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not analysed, and why."""

    input: str
    reason: str


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input as read from disk, before normalization.

    ``input`` names where it came from (a path, or ``path:line`` for JSONL).
    ``published`` is whatever the input said (ISO string or free text), unparsed.
    """

    input: str
    text: str
    format: InputFormat
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Article:
    """A normalized article. ``text`` is what every offset refers to."""

    id: str
    text: str
    input: str
    content_hash: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS][+HH:MM]" or "YYYY-MM"
    updated: str | None = None
    language: str | None = None
    duplicate_of: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """A slice of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty figure: "22" → (22, 22); "up to 52" → (None, 52); "at least 13" → (13, None).

    Both bounds None means the figure is claimed but unspecified ("an unspecified number").
    """

    min: int | None = None
    max: int | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Who makes a claim. ``name`` is canonical, ``text`` as written, ``via`` intermediaries;
    ``start``/``end``: offsets of ``text`` in ``Article.text`` (None when not known, e.g. a
    ledger written before they existed)."""

    name: str
    text: str
    kind: SourceKind = "unknown"
    via: tuple[str, ...] = ()
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One attributed statement about an event."""

    id: str
    article_id: str
    source: Source
    stance: Stance
    about: About
    text: str
    evidence: Evidence
    perpetrator: str | None = None
    killed: Figure | None = None
    injured: Figure | None = None
    hedged: bool = False
    confidence: float = 0.5  # set by the extract stage: the measured share of its bin (extract.confidence)
    frame: int | None = None  # index of the article's Frame the claim is about (None: none)
    event_id: str | None = None  # set by the link stage
    country: str | None = None  # ISO-3166 alpha-2 the claim places the incident in ("inside Syria")


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None  # ISO-3166 alpha-2
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision = "unknown"


@dataclass(frozen=True, slots=True)
class FieldSource:
    """Where one field of a :class:`Frame` came from: slices of ``Article.text`` and/or the
    ids of the claims it was taken from; ``note`` says how ("publication date", "headline",
    "alleged by SANA; denied by US military")."""

    evidence: tuple[Evidence, ...] = ()
    claim_ids: tuple[str, ...] = ()
    note: str | None = None


FRAME_FIELDS: tuple[str, ...] = ("type", "place", "date", "perpetrators", "targets", "killed",
                                 "injured")


@dataclass(frozen=True, slots=True)
class Frame:
    """An incident as reported by one article (before cross-article linking)."""

    article_id: str
    index: int
    type: EventType
    evidence: Evidence  # the trigger sentence
    date: str | None = None  # YYYY-MM-DD
    date_precision: DatePrecision = "unknown"
    date_text: str | None = None
    place_text: str | None = None
    location: Location | None = None
    perpetrators: tuple[str, ...] = ()  # alleged, in the outlet's or a source's voice
    targets: tuple[str, ...] = ()
    killed: Figure | None = None  # in the outlet's own voice
    injured: Figure | None = None
    background: bool = False  # an earlier incident mentioned as background
    # provenance: a FRAME_FIELDS name -> where that field came from (fields not listed: unknown)
    sources: Mapping[str, FieldSource] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything the per-article stages (nlp → extract → resolve) produce for one article."""

    article: Article
    claims: tuple[Claim, ...] = ()
    frames: tuple[Frame, ...] = ()


@dataclass(frozen=True, slots=True)
class PerpetratorSummary:
    alleged: tuple[str, ...] = ()
    denied_by: tuple[str, ...] = ()
    acknowledged_by: tuple[str, ...] = ()
    status: PerpetratorStatus = "unknown"


@dataclass(frozen=True, slots=True)
class CasualtySummary:
    min: int | None = None
    max: int | None = None
    by_source: Mapping[str, int | str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Contradiction:
    about: str
    claim_ids: tuple[str, str]
    summary: str


@dataclass(frozen=True, slots=True)
class DisputeSide:
    """One position in a dispute ("US did it"), the sources holding it and their claims."""

    position: str
    sources: tuple[str, ...]
    claim_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Dispute:
    """Opposed positions about one question of an event (who did it, how many died, …).

    ``pairs`` counts the opposed claim pairs behind it (pairs of claims of different sources
    holding opposed sides); only a few of them are listed, in ``Event.contradictions``."""

    about: str
    sides: tuple[DisputeSide, ...]
    summary: str
    pairs: int = 0


@dataclass(frozen=True, slots=True)
class Event:
    """A real-world incident: a cluster of frames and claims from one or more articles."""

    id: str
    type: EventType
    article_ids: tuple[str, ...]
    claim_ids: tuple[str, ...]
    date: str | None = None
    date_precision: DatePrecision = "unknown"
    location: Location | None = None
    perpetrator: PerpetratorSummary = field(default_factory=PerpetratorSummary)
    killed: CasualtySummary = field(default_factory=CasualtySummary)
    injured: CasualtySummary = field(default_factory=CasualtySummary)
    contradictions: tuple[Contradiction, ...] = ()  # example pairs behind the disputes
    frame_keys: tuple[tuple[str, int], ...] = ()  # (article_id, frame index) of its frames
    link_note: str | None = None  # why linking left this report on its own (undated, vague)
    disputes: tuple[Dispute, ...] = ()


ReviewAction = Literal["correct_claim", "merge_events", "split_article"]
REVIEW_ACTIONS: tuple[ReviewAction, ...] = ("correct_claim", "merge_events", "split_article")


@dataclass(frozen=True, slots=True)
class ReviewChange:
    """One reviewer's change, as the audit table keeps it: who, when, before, after, why.

    ``target`` says what it applies to, keyed so that it survives re-analysis of the same
    articles: a claim by its id and by its article and evidence offsets; a merge by the
    article ids of both events; a split by the article and the event it leaves."""

    seq: int
    at: str
    reviewer: str
    action: ReviewAction
    target: Mapping[str, Any]
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    why: str


@dataclass(frozen=True, slots=True)
class Generator:
    name: str
    version: str
    model: str
    config_hash: str


@dataclass(frozen=True, slots=True)
class Ledger:
    """The whole result: what ``rashomon.analyze`` returns and the JSON contract describes."""

    generator: Generator
    articles: tuple[Article, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    frames: tuple[Frame, ...] = ()
    reviews: tuple[ReviewChange, ...] = ()  # the reviewers' changes applied to it, oldest first
    reviewed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # claim/event id → fields a reviewer changed

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)

    def claims_of(self, event_id: str) -> list[Claim]:
        return [c for c in self.claims if c.event_id == event_id]
