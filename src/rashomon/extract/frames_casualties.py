"""Casualty figures of a frame in the outlet's own voice ("Two people were killed and eight
injured in the blast", in a sentence no claim covers), with provenance.

For killed (and, separately, injured):

1. The sentences looked at are the frame's trigger sentences first; when none of them gives
   a figure of that kind, the incident's other sentences (``fallback``: the main frame's
   sentences without a trigger word, background sentences left out). Photo captions, sentences
   inside a claim (the claim carries its own figure) and running totals over a war or a period
   ("30,000 killed since the war began", :func:`~rashomon.extract.numbers.cumulative`) are
   skipped, and so, for the main incident, are background sentences set in another place or time
   than the lead's ("In June 2023, an attack on the same hotel killed nine":
   :func:`~rashomon.extract.claim_roundup.scene_elsewhere`).
2. The figure is the first one read there: the word-order rules of
   :mod:`rashomon.extract.numbers`, then the parse (:mod:`rashomon.extract.casualty_parse`) for
   victims with a long phrase or an aside before the verb.
3. A later toll that rises or is revised ("the toll later rose to 40") replaces it; the note
   keeps the figure it replaced ("outlet: 40 (revised from 32)"). Later victims counted as
   more, in the trigger sentences ("A journalist was killed in the strike. It also killed 12
   other members of his family."), are added to it, the note showing the parts (1 + 12).
4. A list of victims is summed, the note shows its parts ("outlet: 9 (4 soldiers + 5 attackers)").
5. For the article's main incident, an outlet that counts injured in an article with no word
   of death at all ("Four soldiers were injured in the blast.") gives killed 0, as ACLED codes
   an event without reported deaths; the note says so.

The provenance (:class:`~rashomon.types.FieldSource`) holds the evidence of the outlet's figure
and of what it revised, and the ids of the frame's claims that give a figure, per source.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from rashomon.extract.casualty_parse import parse_casualties
from rashomon.extract.claim_roundup import other_town_clauses, scene_elsewhere
from rashomon.extract.doctext import text_of
from rashomon.extract.frames_text import Sent, evidence
from rashomon.extract.lexicon import cues
from rashomon.extract.numbers import (
    Kind,
    additive_part,
    cumulative,
    find_casualties,
    in_spans,
    speaks_of_deaths,
    subset_spans,
)
from rashomon.lexicon import alternation, words
from rashomon.types import Claim, Evidence, FieldSource, Figure

KINDS: tuple[Kind, ...] = ("killed", "injured")
# victims counted on top of those already named: "12 other members", "two others", "another 7"
_MORE = re.compile(rf"(?i)(?<!\w){alternation(words('casualty_words.yaml', 'more_victims'))}(?!\w)")


@dataclass(frozen=True, slots=True)
class _Reading:
    figure: Figure
    evidence: Evidence
    parts: tuple[tuple[Figure, str], ...]
    revision: bool


class ClaimedSpans:
    """Where figures belong to a claim that owns them: one giving a figure of that kind, or one
    that does not assert ("the army denied that 40 were killed" is no figure of the outlet's).
    An asserting claim without that figure (its content did not reach the number) leaves the
    figure to the outlet, so the event still gets it.

    The owning claims' evidence spans are kept sorted by start with the running maximum of
    their ends, so one look-up is a binary search, not a scan of every claim (issue 14)."""

    __slots__ = ("_index",)

    def __init__(self, claims: Iterable[Claim]) -> None:
        claims = list(claims)
        self._index: dict[Kind, tuple[list[int], list[int]]] = {}
        for kind in KINDS:
            spans = sorted((c.evidence.start, c.evidence.end) for c in claims
                           if getattr(c, kind) is not None or c.stance not in ("asserts", "confirms"))
            starts = [a for a, _ in spans]
            reach = list(accumulate((b for _, b in spans), max))
            self._index[kind] = (starts, reach)

    def claimed(self, start: int, end: int, kind: Kind) -> bool:
        """Whether ``[start, end)`` overlaps the evidence of a claim owning a ``kind`` figure."""
        starts, reach = self._index[kind]
        i = bisect_left(starts, end)  # the claims starting before ``end``
        return i > 0 and reach[i - 1] > start


def _readings(sent: Sent, claims: ClaimedSpans) -> dict[Kind, list[_Reading]]:
    """The figures of each kind in one sentence outside the claims' evidence: the word-order
    rules, and the parse for what they miss. Where the parse reads a whole subject around a
    regex match ("thirteen civilians across three generations of the family were killed"), the
    parse wins."""
    text = text_of(sent.span.doc)
    mentions = find_casualties(sent.text)
    found = parse_casualties(sent.span, persons=True)
    # "three of his children were killed": a part of the victims, not the outlet's toll
    subsets = subset_spans((sent.start + m.start, m) for m in mentions)
    # "… an attack in Derbent, a city to the south, where a priest was killed": another place's toll
    subsets += tuple(other_town_clauses(sent.span))
    out: dict[Kind, list[_Reading]] = {}
    for kind in KINDS:
        regex = [_Reading(m.figure, evidence(text, sent.start + m.start, sent.start + m.end), m.parts,
                          m.revision) for m in mentions
                 if m.kind == kind and not m.subset and not in_spans(subsets, sent.start + m.start)]
        parsed: list[_Reading] = []
        for found_kind, figure, tok in found:
            if found_kind != kind or in_spans(subsets, tok.idx):
                continue
            lo, hi = min(tok.left_edge.i, tok.head.i), max(tok.right_edge.i, tok.head.i)
            start, end = tok.doc[lo].idx, tok.doc[hi].idx + len(tok.doc[hi])
            parts: tuple[tuple[Figure, str], ...] = ()
            if (add := additive_part(sent.text, start - sent.start)) is not None:
                own = tok.doc[tok.left_edge.i:tok.i + 1].text
                parts = ((add[0], add[1]), (figure, own.strip()))
                figure = _total([add[0], figure])
                start = sent.start + add[2]
            parsed.append(_Reading(figure, evidence(text, start, end), parts, False))
        chosen: list[_Reading] = []
        for r in regex:
            wider = [p for p in parsed if p.evidence.start < r.evidence.start and p.evidence.end >= r.evidence.end]
            chosen.append(wider[0] if wider and not r.parts and not r.revision else r)
        out[kind] = [r for r in chosen or parsed
                     if not claims.claimed(r.evidence.start, r.evidence.end, kind)]
    return out


def _total(figures: list[Figure]) -> Figure:
    lows, highs = [f.min for f in figures], [f.max for f in figures]
    return Figure(None if None in lows else sum(v for v in lows if v is not None),
                  None if None in highs else sum(v for v in highs if v is not None))


def _usable(sents: Sequence[Sent]) -> list[Sent]:
    return [s for s in sents if not s.caption and not cumulative(s.text)]


def _fmt(fig: Figure) -> str:
    if fig.min is None and fig.max is None:
        return "unspecified"
    if fig.min == fig.max:
        return str(fig.min)
    if fig.min is None:
        return f"up to {fig.max}"
    if fig.max is None:
        return f"at least {fig.min}"
    return f"{fig.min}–{fig.max}"


def _outlet_figure(sents: Sequence[Sent], fallback: Sequence[Sent], kind: Kind,
                   read: Callable[[Sent], dict[Kind, list[_Reading]]],
                   ) -> tuple[Figure | None, list[Evidence], str | None]:
    """The outlet's figure of one kind, its evidence and its note (see the module docstring)."""
    chosen: _Reading | None = None
    revised: list[_Reading] = []
    ordered = sorted({s.start: s for s in [*sents, *fallback]}.values(), key=lambda s: s.start)
    first_tier = {s.start for s in sents}
    for tier in (first_tier, {s.start for s in fallback} - first_tier):
        for sent in ordered:
            if sent.start not in tier:
                continue
            readings = read(sent)[kind]
            if readings:
                chosen = readings[0]
                break
        if chosen is not None:
            break
    if chosen is None:
        return None, [], None
    for sent in ordered:  # later revisions, in any of the sentences
        if sent.end <= chosen.evidence.start:
            continue
        for r in read(sent)[kind]:
            if r.revision and r.evidence.start > chosen.evidence.start and r.figure != chosen.figure:
                revised.append(chosen)
                chosen = r
    added: list[_Reading] = []
    for sent in ordered:  # later victims counted as more: "… killed 12 other members of the family"
        if sent.start not in first_tier or sent.end <= chosen.evidence.start:
            continue
        for r in read(sent)[kind]:
            if (not r.revision and r.evidence.start >= chosen.evidence.end and _MORE.search(r.evidence.text)
                    and all(r.evidence.start >= a.evidence.end for a in added)):
                added.append(r)
    if added:
        parts = chosen.parts or ((chosen.figure, chosen.evidence.text),)
        chosen = _Reading(_total([chosen.figure, *(r.figure for r in added)]), chosen.evidence,
                          (*parts, *((r.figure, r.evidence.text) for r in added)), False)
    note = f"outlet: {_fmt(chosen.figure)}"
    if chosen.parts:
        note += " (" + " + ".join(text for _, text in chosen.parts) + ")"
    if revised:
        note += " (revised from " + ", ".join(_fmt(r.figure) for r in revised) + ")"
    return chosen.figure, [chosen.evidence, *(r.evidence for r in added), *(r.evidence for r in revised)], note


def casualty_sentences(sents: Sequence[Sent]) -> list[Sent]:
    """Sentences that count victims in the outlet's voice, though they name no attack
    ("Gunmen executed 16 people in Mosul."): an incident's sentences all the same."""
    return [s for s in sents if not s.caption and not cumulative(s.text)
            and (find_casualties(s.text) or parse_casualties(s.span, persons=True))]


def _no_deaths(sents: Sequence[Sent], injured: Figure | None) -> bool:
    """The outlet counts injured and the article speaks of no death at all."""
    if injured is None or (injured.min is None and injured.max is None) or not sents:
        return False
    return not speaks_of_deaths(text_of(sents[0].span.doc))


def outlet_casualties(sents: Sequence[Sent], fallback: Sequence[Sent], claims: Sequence[Claim],
                      frame_claims: Sequence[Claim], *, main: bool = False,
                      ) -> dict[str, tuple[Figure | None, FieldSource | None]]:
    """killed/injured in the outlet's voice, with the claims' figures as provenance.

    For the article's main incident (``main``), an outlet that counts injured in an article
    that speaks of no death at all gives killed 0 (ACLED codes no reported death as 0), noted
    as such."""
    usable, spare = _usable(sents), _usable(fallback)
    if main:  # a background sentence with its own place or time counts another incident's victims
        c = cues()
        usable = [s for s in usable if not scene_elsewhere(s.span.doc, s.span, c)]
        spare = [s for s in spare if not scene_elsewhere(s.span.doc, s.span, c)]
    cache: dict[int, dict[Kind, list[_Reading]]] = {}
    claimed = ClaimedSpans(claims)

    def read(sent: Sent) -> dict[Kind, list[_Reading]]:  # each sentence is read once
        if sent.start not in cache:
            cache[sent.start] = _readings(sent, claimed)
        return cache[sent.start]

    out: dict[str, tuple[Figure | None, FieldSource | None]] = {}
    for kind in ("injured", "killed"):
        figure, spans, note = _outlet_figure(usable, spare, kind, read)
        if (kind == "killed" and figure is None and main and _no_deaths([*sents, *fallback], out["injured"][0])
                and not any(c.killed is not None for c in frame_claims)):
            figure, note = Figure(0, 0), "outlet: 0 (injuries reported, no death mentioned)"
        by_claim = [c for c in frame_claims if getattr(c, kind) is not None]
        parts = [f"{c.source.name}: {_fmt(getattr(c, kind))}" for c in by_claim]
        if note is not None:
            parts.insert(0, note)
        source = None
        if spans or by_claim:
            source = FieldSource(tuple(spans), tuple(c.id for c in by_claim), "; ".join(parts) or None)
        out[kind] = (figure, source)
    return {kind: out[kind] for kind in KINDS}
