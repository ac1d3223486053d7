"""One event's section of the HTML report: summary, disputes, sources table, claims.

All text is escaped with :func:`~rashomon.report.html_text.esc`; claims are shown by their
number in the report (``labels``: claim id → "12"), never by their long ids.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rashomon.report.html_text import anchor, esc, href
from rashomon.report.summary import (
    Index,
    alleged_with_sources,
    article_label,
    date_phrase,
    dispute_pairs,
    fmt_by_source,
    fmt_casualties,
    fmt_figure,
    frame_line,
    other_positions,
    place_detail,
    place_phrase,
    plural,
    source_rows,
    table_columns,
    type_label,
)
from rashomon.types import Article, Claim, Contradiction, Dispute, Event, Stance

DISPUTES_SHOWN = 8  # presentation only: disputes listed before the rest folds into "N more"; fits one screen
_STANCE_LABEL: dict[Stance, str] = {
    "asserts": "asserts", "confirms": "confirms", "denies": "denies",
    "declines_comment": "declines to comment", "unknown": "unclear",
}
_OCCURRENCE: dict[Stance, str] = {
    "asserts": "says it happened", "confirms": "confirms it happened",
    "denies": "denies it happened", "declines_comment": "declines to comment", "unknown": "unclear",
}


@dataclass(slots=True)
class State:
    """What the page has placed so far: anchored evidence ids, listed claim ids, claim numbers."""

    index: Index
    labels: Mapping[str, str]
    anchored: set[str]
    listed: set[str]


def position_text(claim: Claim, column: str) -> str:
    """A claim's stance in one column of the sources table, readable on its own:
    "asserts: US-led coalition", "denies", "declines to comment", "22", "up to 52"."""
    stance = claim.stance
    if stance == "declines_comment":
        return _STANCE_LABEL[stance]
    if column == "occurrence":
        return _OCCURRENCE[stance]
    if column == "perpetrator":
        actor = claim.perpetrator
        if stance == "denies":
            return "denies" if actor in (None, claim.source.name) else f"denies: {actor}"
        return f"{_STANCE_LABEL[stance]}: {actor or 'none named'}"
    if column in ("killed", "injured"):
        fig = claim.killed if column == "killed" else claim.injured
        value = fmt_figure(fig) if fig is not None else "unspecified"
        return value if stance == "asserts" else f"{_STANCE_LABEL[stance]}: {value}"
    return f"{_STANCE_LABEL[stance]}: {claim.about} — {claim.text}"


def _chips(claims: Sequence[Claim], column: str, labels: Mapping[str, str]) -> str:
    """One chip per distinct position ("asserts: US" said in three claims is one chip with three
    numbers); each number links to its claim's row."""
    groups: dict[tuple[str, Stance, bool], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((position_text(claim, column), claim.stance, claim.hedged), []).append(claim)
    out = []
    for (text, stance, hedged), same in groups.items():
        hedge = '<span class="tag">hedged</span>' if hedged else ""
        refs = "".join(f'<a class="n" {href("claim", c.id)} title="claim {esc(labels.get(c.id, c.id))}">'
                       f"{esc(labels.get(c.id, c.id))}</a>" for c in same)
        out.append(f'<span class="pos st-{esc(stance)}">{esc(text)}{hedge}{refs}</span>')
    return "".join(out)


def _kind(kind: str, via: Sequence[str]) -> str:
    out = "" if kind == "unknown" else f'<span class="kind">{esc(kind.replace("_", " "))}</span>'
    return out + (f'<span class="via">via {esc(", ".join(via))}</span>' if via else "")


def sources_table(claims: Sequence[Claim], state: State) -> str:
    """Sources × positions: one row per source, one column per question."""
    rows = source_rows(claims)
    columns = table_columns(rows)
    head = "".join(f"<th>{esc(c)}</th>" for c in ("source", *columns))
    body = []
    for row in rows:
        cells = [f'<th scope="row">{esc(row.name)}{_kind(row.kind, row.via)}</th>']
        for col in columns:
            chips = _chips([state.index.claims[p.claim_id] for p in row.cells.get(col, ())], col, state.labels)
            cells.append(f"<td>{chips}</td>" if chips else '<td class="none">—</td>')
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (f'<div class="scroll"><table class="sources"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def claim_row(claim: Claim, state: State) -> str:
    """One row of a claims table: number, source, stance and content, evidence with links."""
    id_attr = "" if claim.id in state.listed else f' id="{esc(anchor("claim", claim.id))}"'
    state.listed.add(claim.id)
    src = claim.source
    quote_id, note = "", ""
    if claim.id not in state.anchored:  # evidence not found in the article: anchor the quote itself
        state.anchored.add(claim.id)
        quote_id = f' id="{esc(anchor("ev-claim", claim.id))}"'
        note = '<span class="warn">evidence not found in the article text</span>'
    tags = "".join(f'<span class="tag">{t}</span>' for t in ("hedged",) if claim.hedged)
    article = state.index.articles.get(claim.article_id)
    return (f"<tr{id_attr}><td class=\"num\">{esc(state.labels.get(claim.id, ''))}</td>"
            f"<td><strong>{esc(src.name)}</strong>{_kind(src.kind, src.via)}</td>"
            f'<td><span class="stance st-{esc(claim.stance)}">{esc(_STANCE_LABEL[claim.stance])}</span> '
            f'<span class="about">{esc(claim.about)}</span>{tags}'
            f'<div class="ctext">{esc(claim.text)}</div>'
            f'<div class="conf">confidence {claim.confidence:.2f}</div></td>'
            f'<td><blockquote{quote_id}>{esc(claim.evidence.text)}</blockquote>'
            f'<div class="links"><a class="ctx" {href("ev-claim", claim.id)}>evidence in context</a>'
            f'<a {href("article", claim.article_id)} title="{esc(article_label(article, claim.article_id))}">'
            f"{esc(_short_label(article, claim.article_id))}</a>"
            f"{note}</div></td></tr>")


def _short_label(article: Article | None, article_id: str) -> str:
    """"Outlet, date" (the title goes in the link's tooltip)."""
    if article is None:
        return f"article {article_id} (not in the ledger)"
    return ", ".join(x for x in (article.outlet or article.title or "untitled", (article.published or "")[:10]) if x)


def claims_table(claims: Sequence[Claim], state: State) -> str:
    rows = "".join(claim_row(c, state) for c in claims)
    return ('<div class="scroll"><table class="claims"><thead><tr><th>#</th><th>source</th>'
            f"<th>says</th><th>evidence</th></tr></thead><tbody>{rows}</tbody></table></div>")


def _claim_link(cid: str, state: State) -> str:
    claim = state.index.claims.get(cid)
    title = f"{claim.source.name}: {claim.text}" if claim else f"claim {cid} (not in the ledger)"
    return f'<a class="cref" {href("claim", cid)} title="{esc(title)}">#{esc(state.labels.get(cid, cid))}</a>'


def _dispute_line(d: Dispute) -> str:
    sides = [f'<span class="side"><strong>{esc(side.position)}</strong> '
             f'<span class="who">({esc(", ".join(side.sources))})</span></span>' for side in d.sides]
    return '<span class="sum">' + ' <span class="vs">vs</span> '.join(sides) + "</span>"


def _pair_links(pairs: Sequence[Contradiction], state: State) -> str:
    return ", ".join(f"{_claim_link(c.claim_ids[0], state)} ↔ {_claim_link(c.claim_ids[1], state)}"
                     for c in pairs)


def disputes_box(event: Event, state: State) -> str:
    """The event's disputes, each with its sides and who holds them; the example claim pairs
    behind a dispute (each linking both claims) open on demand."""
    if not event.disputes:  # a store written before disputes: the pairs alone
        items = [f'<li><span class="about">{esc(c.about)}</span><div class="what">'
                 f'<span class="sum">{esc(c.summary)}</span><div class="pairs">{_pair_links([c], state)}'
                 "</div></div></li>" for c in event.contradictions]
        return (f'<div class="contradictions" role="note"><h3>{plural(len(items), "contradiction")}'
                f"</h3><ul>{''.join(items)}</ul></div>")
    items = []
    for d in event.disputes:
        examples = dispute_pairs(event, d)
        more = f" (+{d.pairs - len(examples)} more)" if d.pairs > len(examples) else ""
        times = f' <span class="times">×{d.pairs}</span>' if d.pairs > 1 else ""
        detail = (f'<div class="pairs"><details><summary>{plural(d.pairs, "claim pair")}</summary>'
                  f"{_pair_links(examples, state)}{esc(more)}</details></div>") if examples else ""
        items.append(f'<li><span class="about">{esc(d.about)}</span><div class="what">{_dispute_line(d)}'
                     f"{times}{detail}</div></li>")
    shown, rest = items[:DISPUTES_SHOWN], items[DISPUTES_SHOWN:]
    folded = (f'<details class="more"><summary>{len(rest)} more</summary><ul>{"".join(rest)}</ul></details>'
              if rest else "")
    total = sum(d.pairs for d in event.disputes)
    return (f'<div class="contradictions" role="note"><h3>{plural(len(event.disputes), "dispute")} '
            f"({plural(total, 'opposed claim pair')})</h3><ul>{''.join(shown)}</ul>{folded}</div>")


def _perpetrator_facts(event: Event, claims: Sequence[Claim]) -> str:
    p = event.perpetrator
    lines = []
    if p.alleged:
        named = [f"<strong>{esc(actor)}</strong>" + (f" ({esc(', '.join(by))})" if by else "")
                 for actor, by in alleged_with_sources(event, claims)]
        lines.append("alleged: " + "; ".join(named))
    lines += [esc(position) for position in other_positions(event)]
    badge = f'<span class="badge status-{esc(p.status)}">{esc(p.status)}</span>'
    return badge + "".join(f"<div>{line}</div>" for line in lines)


def _perpetrator_brief(event: Event) -> str:
    """"perpetrator contested (alleged: US, Israel; denied by US military)"; parties only, the
    sources are in the facts below."""
    p = event.perpetrator
    inner = [f"{label}{', '.join(names)}" for label, names in
             (("alleged: ", p.alleged), ("acknowledged by ", p.acknowledged_by), ("denied by ", p.denied_by))
             if names]
    return f"perpetrator {p.status}" + (f" ({'; '.join(inner)})" if inner else "")


def summary_line(event: Event, claims: Sequence[Claim]) -> str:
    """Type, place, date, perpetrator status and parties, casualties, sources and articles,
    disputes, as plain text."""
    parts = [type_label(event.type), place_phrase(event.location), date_phrase(event.date, event.date_precision),
             _perpetrator_brief(event)]
    figures = [f"{fmt_casualties(cas)} {word}" for word, cas in (("killed", event.killed), ("injured", event.injured))
               if fmt_casualties(cas)]
    parts.append(", ".join(figures) or "no casualty figures")
    sources = len({c.source.name for c in claims})
    parts.append(f"{plural(sources, 'source')} in {plural(len(event.article_ids), 'article')}")
    if event.disputes:
        parts.append(plural(len(event.disputes), "dispute"))
    elif event.contradictions:
        parts.append(plural(len(event.contradictions), "contradiction"))
    return " · ".join(parts)


def event_section(event: Event, number: int, state: State) -> str:
    claims = state.index.claims_of(event)
    title = f"{type_label(event.type)} {place_phrase(event.location)}, {date_phrase(event.date, event.date_precision)}"
    facts = [("perpetrator", _perpetrator_facts(event, claims))]
    for word, cas in (("killed", event.killed), ("injured", event.injured)):
        if fmt_casualties(cas) or cas.by_source:
            by = f'<div class="by">{esc(fmt_by_source(cas))}</div>' if cas.by_source else ""
            facts.append((word, f'<span class="fig">{esc(fmt_casualties(cas) or "?")}</span>{by}'))
    facts.append(("place", esc(place_detail(event.location))))
    facts.append(("coverage", esc(f"{plural(len({c.source.name for c in claims}), 'source')}, "
                                  f"{plural(len(event.article_ids), 'article')}, {plural(len(claims), 'claim')}")))
    parts = [f'<section class="event" id="{esc(anchor("event", event.id))}">',
             f'<p class="kicker">Event {number} <span class="id">{esc(event.id)}</span>'
             f'<a class="top" href="#top">↑ overview</a></p>',
             f"<h2>{esc(title)}</h2>",
             f'<p class="summary">{esc(summary_line(event, claims))}</p>',
             '<dl class="facts">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>"]
    if event.disputes or event.contradictions:
        parts.append(disputes_box(event, state))
    if claims:
        parts.append("<h3>Sources side by side</h3>" + sources_table(claims, state))
        parts.append(f"<h3>Claims ({len(claims)})</h3>" + claims_table(claims, state))
    else:
        parts.append('<p class="empty">No attributed claims: the event is known only from the outlets\' own '
                     "reporting (see below).</p>")
    frames = state.index.frames_of(event)
    if frames:
        items = "".join(
            f'<li><a {href("article", aid)}>{esc(article_label(state.index.articles.get(aid), aid))}</a> '
            f"frame {idx}: {esc(frame_line(f) if f else '(frame not in the ledger)')}</li>"
            for (aid, idx), f in frames)
        parts.append(f'<details class="frames"><summary>Where the event\'s fields came from '
                     f"({plural(len(frames), 'frame')})</summary><ul>{items}</ul></details>")
    parts.append("</section>")
    return "".join(parts)
