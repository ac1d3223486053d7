"""Terminal reports (rich): the event list, one event in detail, the ledger summary.

Text from articles is never interpreted as rich markup: every cell is a :class:`Text`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from rashomon.errors import InputError
from rashomon.report.summary import (
    STANCE_WORD,
    Index,
    article_label,
    counts,
    date_label,
    dispute_pairs,
    dispute_text,
    fmt_by_source,
    fmt_casualties,
    fmt_figure,
    perpetrator_phrase,
    place_detail,
    place_label,
    plural,
    source_label,
    source_rows,
    table_columns,
    type_label,
)
from rashomon.types import FRAME_FIELDS, Article, Claim, Event, Evidence, FieldSource, Frame, Ledger, Stance

logger = logging.getLogger(__name__)

STANCE_STYLE: dict[Stance, str] = {
    "asserts": "yellow", "confirms": "green", "denies": "red", "declines_comment": "dim",
    "unknown": "",
}
_INDENT = (0, 0, 0, 4)  # presentation only


def _perpetrator_cell(event: Event) -> Text:
    p = event.perpetrator
    text = Text(p.status, style="bold")
    for label, names, stance in (("alleged", p.alleged, STANCE_STYLE["asserts"]),
                                 ("acknowledged", p.acknowledged_by, STANCE_STYLE["confirms"]),
                                 ("denied", p.denied_by, STANCE_STYLE["denies"])):
        if names:
            text.append(f"\n{label}: ", style=stance)
            text.append(", ".join(names))
    return text


#: how the event list is ordered: newest date first (undated last), most claims first, most
#: disputes first; ties latest-linked first (the store's ``rashomon.store.read`` orders alike)
EVENT_ORDERS = ("newest", "largest", "disputed")
ORDER_WORD = {"newest": "newest", "largest": "largest", "disputed": "most disputed"}


def event_page(ledger: Ledger, order: str = "newest",
               limit: int | None = None) -> tuple[list[Event], dict[str, int], int]:
    """The first ``limit`` events of ``ledger`` (None: all) in ``order``, the claims of each
    and the number of events: the event list of a ledger in memory (the store answers the
    same from SQL)."""
    if order not in EVENT_ORDERS:
        raise InputError(f"unknown order {order!r}: use one of {', '.join(EVENT_ORDERS)}")
    index = Index(ledger)
    claims = {e.id: len(index.claims_of(e)) for e in ledger.events}
    seq = {e.id: i for i, e in enumerate(ledger.events)}

    def key(e: Event) -> tuple[object, ...]:
        if order == "largest":
            return (claims[e.id], seq[e.id])
        if order == "disputed":
            return (len(e.disputes), seq[e.id])
        return (e.date is not None, e.date or "", seq[e.id])

    events = sorted(ledger.events, key=key, reverse=True)[:limit]
    return events, {e.id: claims[e.id] for e in events}, len(ledger.events)


def render_events(ledger: Ledger, console: Console, *, order: str = "newest", limit: int | None = None,
                  more: str = "--all for every one") -> None:
    """A table of the ledger's events, one row each: the first ``limit`` in ``order``."""
    events, claims, total = event_page(ledger, order, limit)
    render_event_list(events, claims, total, console, order=order, more=more)


def render_event_list(events: Sequence[Event], claims: Mapping[str, int], total: int, console: Console, *,
                      order: str = "newest", more: str = "--all for every one") -> None:
    """A table of ``events`` (a page of the ``total`` in the ledger), one row each, with the
    claims of each from ``claims``; a line saying how to see the rest when some are left out."""
    if not total:
        console.print(Text("No events in the ledger."))
        return
    shown = len(events)
    title = f"Events ({total})" if shown >= total else f"Events ({ORDER_WORD.get(order, order)} {shown} of {total:,})"
    table = Table(title=title, title_justify="left",
                  box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column("id", no_wrap=True)  # copied into 'rashomon show ID': never cut
    table.add_column("date", no_wrap=True)
    table.add_column("type / place", ratio=1)
    table.add_column("art/cl", justify="right", no_wrap=True)  # articles / claims
    table.add_column("killed", justify="right", no_wrap=True)
    table.add_column("disp.", justify="right", no_wrap=True)  # disputes
    table.add_column("perpetrator", ratio=1)
    for e in events:
        contradictions = Text(str(len(e.disputes)), style="bold red" if e.disputes else "")
        table.add_row(
            Text(e.id), Text(e.date or "?"),
            Text(f"{type_label(e.type)}\n{place_label(e.location)}"),
            Text(f"{len(e.article_ids)}/{claims.get(e.id, 0)}"),
            Text(fmt_casualties(e.killed) or "–"),
            contradictions, _perpetrator_cell(e),
        )
    console.print(table)
    if shown < total:
        console.print(Text(f"showing {shown} of {total:,} events; {more}", style="dim"))


def _claim_header(claim: Claim) -> Text:
    src = claim.source
    text = Text(f"[{claim.id}] ", style="bold")
    text.append(source_label(src.name, src.kind, src.via))
    text.append(" " + STANCE_WORD[claim.stance], style=STANCE_STYLE[claim.stance])
    text.append(f" — {claim.about}: {claim.text}")
    hedged = "hedged, " if claim.hedged else ""
    text.append(f" ({hedged}confidence {claim.confidence:.2f})", style="dim")
    return text


def _sources_table(claims: list[Claim]) -> Table:
    rows = source_rows(claims)
    columns = table_columns(rows)
    table = Table(title="Sources side by side", title_justify="left", show_lines=True)
    table.add_column("source")
    for col in columns:
        table.add_column(col)
    for row in rows:
        cells: list[Text] = [Text(source_label(row.name, row.kind, row.via), style="bold")]
        for col in columns:
            cell = Text()
            for i, pos in enumerate(row.cells.get(col, ())):
                if i:
                    cell.append("\n")
                cell.append(pos.text, style=STANCE_STYLE[pos.stance])
            cells.append(cell if cell.plain else Text("–", style="dim"))
        table.add_row(*cells)
    return table


def _disputes(event: Event, console: Console, pairs: bool) -> None:
    """The disputes, each with its sides and how many opposed claim pairs are behind it; with
    ``pairs``, the example pairs the ledger keeps for each."""
    if not event.disputes and event.contradictions:  # a store written before disputes
        console.print(Text(f"Contradictions ({len(event.contradictions)}), not grouped into disputes "
                           "(re-analyse to group them):", style="bold red"))
        for c in event.contradictions:
            console.print(Padding(Text(f"✗ {c.about}: {c.summary} [{c.claim_ids[0]} ↔ {c.claim_ids[1]}]",
                                       style="red"), _INDENT))
        return
    if not event.disputes:
        console.print(Text("No disputes.", style="dim"))
        return
    total = sum(d.pairs for d in event.disputes)
    console.print(Text(f"Disputes ({len(event.disputes)}, {plural(total, 'opposed claim pair')}):",
                       style="bold red"))
    for d in event.disputes:
        line = Text(f"✗ {d.about}: {dispute_text(d)}", style="bold red")
        line.append(f" [{plural(d.pairs, 'pair')}]", style="red")
        console.print(Padding(line, _INDENT))
        if not pairs:
            continue
        examples = dispute_pairs(event, d)
        for c in examples:
            console.print(Padding(Text(f"{c.claim_ids[0]} ↔ {c.claim_ids[1]}: {c.summary}", style="red"),
                                  (0, 0, 0, 6)))
        if d.pairs > len(examples):
            console.print(Padding(Text(f"(+{d.pairs - len(examples)} more pairs of the same sides)",
                                       style="dim"), (0, 0, 0, 6)))
    if not pairs:
        console.print(Padding(Text(f"claim pairs: rashomon show {event.id} --pairs", style="dim"), _INDENT))


def render_event(ledger: Ledger, event_id: str, console: Console, *, pairs: bool = False) -> None:
    """One event in detail: what, when, where, who is blamed, casualties per source,
    disputes (with example claim pairs when ``pairs``), the sources side by side, every claim
    with its evidence, and the frames the event's fields came from. Raises
    :class:`InputError` for an unknown id."""
    event = ledger.event(event_id)
    if event is None:
        raise InputError(f"no event {event_id!r} in the ledger; see 'rashomon events'")
    index = Index(ledger)
    claims = index.claims_of(event)
    console.rule(Text(f"Event {event.id}"))
    console.print(Text(f"{type_label(event.type)} · {date_label(event.date, event.date_precision)}"
                       f" · {place_detail(event.location)}", style="bold"))
    console.print(Text.assemble(("Perpetrator: ", "bold"), perpetrator_phrase(event, claims)))
    for word, cas in (("Killed", event.killed), ("Injured", event.injured)):
        figure = fmt_casualties(cas)
        if figure or cas.by_source:
            by = fmt_by_source(cas)
            console.print(Text.assemble((f"{word}: ", "bold"), figure or "?",
                                        (f" — {by}" if by else "")))
    console.print(Text(f"{plural(len(event.article_ids), 'article')} · "
                       f"{plural(len(claims), 'claim')}"))
    _disputes(event, console, pairs)
    if claims:
        console.print(_sources_table(claims))
        console.print(Text(f"Claims ({len(claims)}):", style="bold"))
    for claim in claims:
        console.print(Padding(_claim_header(claim), (0, 0, 0, 2)))
        quote = Text(f"“{claim.evidence.text}”", style="italic")
        cite = Text(f"— {article_label(index.articles.get(claim.article_id), claim.article_id)}",
                    style="dim")
        console.print(Padding(Group(quote, cite), (0, 0, 0, 6)))
    frames = index.frames_of(event)
    if frames:
        console.print(_frames_table(index, frames))
    if any(f is not None and f.sources for _, f in frames):
        console.print(Text("Frame fields and their provenance:", style="bold"))
        claims_by_id = {c.id: c for c in ledger.claims}
        for _, frame in frames:
            if frame is not None:
                console.print(Padding(_provenance(frame, index.articles.get(frame.article_id),
                                                  claims_by_id), (0, 0, 0, 2)))


SNIPPET_CONTEXT = 60  # presentation only: characters of the sentence shown on each side of an evidence slice


def _field_value(frame: Frame, name: str) -> str:
    if name == "type":
        return frame.type
    if name == "place":
        loc = frame.location
        return f"{place_label(loc)} ({loc.precision})" if loc else "?"
    if name == "date":
        return f"{frame.date or '?'} ({frame.date_precision})"
    if name in ("perpetrators", "targets"):
        return ", ".join(getattr(frame, name)) or "–"
    fig = getattr(frame, name)
    return "–" if fig is None else fmt_figure(fig) or "unspecified"


def _snippet(article: Article | None, ev: Evidence) -> Text:
    """The evidence in its sentence (bold), with its offsets."""
    line = Text("“")
    text = article.text if article is not None else ""
    if text[ev.start:ev.end] == ev.text:
        before = text[max(0, ev.start - SNIPPET_CONTEXT):ev.start]
        after = text[ev.end:ev.end + SNIPPET_CONTEXT]
        before = before[before.rfind("\n") + 1:]
        after = after.split("\n", 1)[0]
        line.append(("…" if ev.start - len(before) > 0 and before else "") + before)
        line.append(ev.text, style="bold")
        line.append(after + ("…" if after and ev.end + len(after) < len(text) else ""))
    else:
        line.append(ev.text, style="bold")
    line.append(f"” [{ev.start}:{ev.end}]", style="dim")
    return line


def _provenance(frame: Frame, article: Article | None, claims: dict[str, Claim]) -> Group:
    head = Text(f"frame {frame.article_id}#{frame.index}", style="bold")
    if frame.background:
        head.append(" (background)", style="dim")
    rows: list[Text | Padding] = [head]
    for name in FRAME_FIELDS:
        src: FieldSource | None = frame.sources.get(name)
        line = Text(f"{name}: ", style="bold")
        line.append(_field_value(frame, name))
        if src is None:
            line.append(" — no source", style="dim")
            rows.append(line)
            continue
        if src.note:
            line.append(f" — {src.note}", style="dim")
        rows.append(line)
        for ev in src.evidence:
            rows.append(Padding(_snippet(article, ev), (0, 0, 0, 4)))
        for cid in src.claim_ids:
            claim = claims.get(cid)
            who = f" ({claim.source.name}, {STANCE_WORD[claim.stance]})" if claim else ""
            rows.append(Padding(Text(f"from claim {cid}{who}"), (0, 0, 0, 4)))
    return Group(*rows)


def _frames_table(index: Index, frames: list[tuple[tuple[str, int], Frame | None]]) -> Table:
    table = Table(title="Where the event's fields came from (as written → resolved)",
                  title_justify="left")
    for col in ("article", "frame", "type", "date", "place"):
        table.add_column(col)
    for (article_id, idx), frame in frames:
        label = Text(article_label(index.articles.get(article_id), article_id))
        if frame is None:
            table.add_row(label, Text(str(idx)), Text("(not in the ledger)", style="dim"))
            continue
        date = f"{frame.date or '?'} ({frame.date_precision})"
        place = place_label(frame.location) if frame.location else "?"
        kind = frame.type + (" (background)" if frame.background else "")
        table.add_row(label, Text(str(idx)), Text(kind),
                      Text(f"{frame.date_text!r} → {date}" if frame.date_text else date),
                      Text(f"{frame.place_text!r} → {place}" if frame.place_text else place))
    return table


def render_ledger_summary(ledger: Ledger, console: Console) -> None:
    """Counts, then the skipped inputs with their reasons."""
    console.print(Text(counts(ledger).line(), style="bold"))
    if not ledger.skipped:
        return
    # one line per input, never wrapped: a path stays whole for copying and grepping
    console.print(Text(f"Skipped inputs ({len(ledger.skipped)})", style="bold"))
    for s in ledger.skipped:
        console.print(Text.assemble(("skipped ", "yellow"), s.input, ": ", s.reason), soft_wrap=True)
