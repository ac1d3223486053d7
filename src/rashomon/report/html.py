"""One self-contained HTML report: inline CSS, no scripts, no external resources.

Everything that comes from an article (titles, outlets, urls, text, source names, claim
texts) is untrusted: it is escaped with ``html.escape(quote=True)``, links are made only from
http(s) urls, and a Content-Security-Policy forbids scripts and remote loads outright.

Anchors: ``event-<id>`` (an event's section), ``claim-<id>`` (a claim in a list),
``ev-claim-<id>`` (its evidence in the article text), ``article-<id>`` (an article).
Ids are made anchor-safe by :func:`anchor` (letters, digits and "-" are kept, anything else
becomes ``_<hex>_``), so ``anchor("ev-claim", "c1") == "ev-claim-c1"``.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from rashomon.report.ledger_json import write_text_atomic
from rashomon.report.summary import (
    STANCE_WORD,
    Index,
    article_label,
    counts,
    date_label,
    event_summary,
    fmt_by_source,
    fmt_casualties,
    frame_line,
    place_detail,
    plural,
    source_label,
    source_rows,
    table_columns,
)
from rashomon.types import Article, Claim, Event, Ledger

logger = logging.getLogger(__name__)

_UNSAFE_ID = re.compile(r"[^A-Za-z0-9-]")
_CONTROL = re.compile(r"[\x00-\x20\x7f]")
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 2rem;
color:#1d1d1f;background:#fff}
h1{margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:2px solid #ddd}
.meta{color:#666;font-size:.9em}
table{border-collapse:collapse;margin:.8rem 0}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}
.stance-asserts{color:#8a6100}.stance-confirms{color:#1a7f37}
.stance-denies{color:#c0111f;font-weight:600}.stance-declines_comment{color:#888}
.contradictions li,.contradiction{color:#c0111f;font-weight:600}
.contradictions{border-left:4px solid #c0111f;background:#fff2f2;padding:.5rem 1rem .5rem 2rem}
blockquote{margin:.2rem 0 .2rem 1rem;padding-left:.6rem;border-left:3px solid #ddd;
font-style:italic}
.article .text{white-space:pre-wrap;border:1px solid #eee;padding:.8rem;background:#fcfcfc}
mark.ev{background:#fff1a8}mark.ev2{background:#ffd76a}mark:target{outline:2px solid #c0111f}
.warn{color:#a15c00}
a.pos{text-decoration:none}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def anchor(prefix: str, ident: str) -> str:
    """An injective, attribute- and fragment-safe anchor id for ``ident``."""
    safe = _UNSAFE_ID.sub(lambda m: f"_{ord(m.group()):x}_", ident)
    return f"{prefix}-{safe}"


def safe_href(url: str | None) -> str | None:
    """The url if it is a plain http(s) url (no spaces or control characters), else None."""
    if not url or _CONTROL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _evidence_ok(claim: Claim, text: str) -> bool:
    ev = claim.evidence
    return 0 <= ev.start <= ev.end <= len(text) and text[ev.start:ev.end] == ev.text


def marked_text(text: str, claims: Sequence[Claim], anchored: set[str]) -> str:
    """The article text, escaped, with each claim's evidence wrapped in ``<mark>``.

    Spans may overlap: the text is cut at every span boundary and each piece is marked
    once (``ev2`` when two or more spans cover it), so the markup always nests. The piece
    where a claim's span starts carries its ``id="ev-claim-…"`` (further claims starting
    there get an empty ``<mark>`` with their id). Adds the ids it places to ``anchored``.
    """
    spans = [(c.evidence.start, c.evidence.end, c.id) for c in claims
             if _evidence_ok(c, text) and c.id not in anchored]
    starts: dict[int, list[str]] = {}
    for start, _, cid in spans:
        if cid not in anchored:
            anchored.add(cid)
            starts.setdefault(start, []).append(cid)
    cuts = sorted({0, len(text)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    out: list[str] = []
    for i, pos in enumerate(cuts):
        end = cuts[i + 1] if i + 1 < len(cuts) else pos
        piece = text[pos:end]
        covering = [cid for s, e, cid in spans if s <= pos and end <= e and s < e]
        ids = starts.get(pos, [])
        lead = ids[0] if ids and covering and piece else None
        out.extend(f'<mark class="ev anchor" id="{_e(anchor("ev-claim", cid))}"></mark>'
                   for cid in ids if cid != lead)
        if not piece:
            continue
        if not covering:
            out.append(_e(piece))
            continue
        cls = "ev ev2" if len(covering) > 1 else "ev"
        id_attr = f' id="{_e(anchor("ev-claim", lead))}"' if lead else ""
        title = _e("claims " + ", ".join(covering))
        out.append(f'<mark class="{cls}"{id_attr} title="{title}">{_e(piece)}</mark>')
    return "".join(out)


def _article_section(article: Article, claims: Sequence[Claim], anchored: set[str]) -> str:
    meta = [_e(x) for x in (article.outlet, article.published, article.language) if x]
    href = safe_href(article.url)
    if href:
        meta.append(f'<a href="{_e(href)}" rel="noopener noreferrer nofollow">{_e(href)}</a>')
    elif article.url:
        meta.append(f'<span class="warn">url not linked: {_e(article.url)}</span>')
    if article.duplicate_of:
        meta.append(f'duplicate of <a href="#{_e(anchor("article", article.duplicate_of))}">'
                    f"{_e(article.duplicate_of)}</a>")
    return (f'<section class="article" id="{_e(anchor("article", article.id))}">'
            f"<h3>{_e(article.title or 'Untitled')} <small>[{_e(article.id)}]</small></h3>"
            f'<p class="meta">{" · ".join(meta)}</p>'
            f'<div class="text">{marked_text(article.text, claims, anchored)}</div></section>')


def _claim_item(claim: Claim, index: Index, anchored: set[str], listed: set[str]) -> str:
    id_attr = "" if claim.id in listed else f' id="{_e(anchor("claim", claim.id))}"'
    listed.add(claim.id)
    src = claim.source
    ev_id = anchor("ev-claim", claim.id)
    quote_id = ""
    if claim.id not in anchored:  # evidence not found in the article: anchor the quote itself
        anchored.add(claim.id)
        quote_id = f' id="{_e(ev_id)}"'
    article = index.articles.get(claim.article_id)
    note = ("" if quote_id == "" else
            ' <span class="warn">(evidence not found in the article text)</span>')
    flags = " · hedged" if claim.hedged else ""
    return (f"<li{id_attr}><strong>{_e(claim.id)}</strong> "
            f"{_e(source_label(src.name, src.kind, src.via))} "
            f'<span class="stance-{_e(claim.stance)}">{_e(STANCE_WORD[claim.stance])}</span> — '
            f"{_e(claim.about)}: {_e(claim.text)}{flags} "
            f'<span class="meta">(confidence {claim.confidence:.2f})</span>'
            f'<blockquote{quote_id}>“{_e(claim.evidence.text)}”</blockquote>'
            f'<a href="#{_e(ev_id)}">evidence in context</a> — '
            f'<a href="#{_e(anchor("article", claim.article_id))}">'
            f"{_e(article_label(article, claim.article_id))}</a>{note}</li>")


def _sources_table(claims: Sequence[Claim]) -> str:
    rows = source_rows(claims)
    columns = table_columns(rows)
    head = "".join(f"<th>{_e(c)}</th>" for c in ("source", *columns))
    body = []
    for row in rows:
        cells = [f"<th>{_e(source_label(row.name, row.kind, row.via))}</th>"]
        for col in columns:
            links = [f'<a class="pos stance-{_e(p.stance)}" '
                     f'href="#{_e(anchor("claim", p.claim_id))}">{_e(p.text)}</a>'
                     for p in row.cells.get(col, ())]
            cells.append(f"<td>{'<br>'.join(links) or '–'}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f'<table class="sources"><tr>{head}</tr>{"".join(body)}</table>'


def _event_section(event: Event, index: Index, anchored: set[str], listed: set[str]) -> str:
    claims = index.claims_of(event)
    parts = [f'<section class="event" id="{_e(anchor("event", event.id))}">',
             f"<h2>{_e(event_summary(index, event))}</h2>",
             f'<p class="meta">event {_e(event.id)} · '
             f"{_e(date_label(event.date, event.date_precision))} · "
             f"{_e(place_detail(event.location))} · {plural(len(event.article_ids), 'article')} · "
             f"{plural(len(claims), 'claim')}</p>"]
    for word, cas in (("Killed", event.killed), ("Injured", event.injured)):
        if fmt_casualties(cas) or cas.by_source:
            parts.append(f"<p><strong>{word}:</strong> {_e(fmt_casualties(cas) or '?')}"
                         f" — {_e(fmt_by_source(cas))}</p>")
    if event.contradictions:
        items = "".join(
            f"<li>{_e(c.about)}: {_e(c.summary)} "
            f'(<a href="#{_e(anchor("claim", c.claim_ids[0]))}">{_e(c.claim_ids[0])}</a> ↔ '
            f'<a href="#{_e(anchor("claim", c.claim_ids[1]))}">{_e(c.claim_ids[1])}</a>)</li>'
            for c in event.contradictions)
        parts.append(f"<h3 class=\"contradiction\">Contradictions ({len(event.contradictions)})"
                     f'</h3><ul class="contradictions">{items}</ul>')
    if claims:
        parts.append("<h3>Sources side by side</h3>" + _sources_table(claims))
        parts.append("<h3>Claims</h3><ol>"
                     + "".join(_claim_item(c, index, anchored, listed) for c in claims)
                     + "</ol>")
    frames = index.frames_of(event)
    if frames:
        items = "".join(
            f'<li><a href="#{_e(anchor("article", aid))}">'
            f"{_e(article_label(index.articles.get(aid), aid))}</a> frame {idx}: "
            f"{_e(frame_line(f) if f else '(frame not in the ledger)')}</li>"
            for (aid, idx), f in frames)
        parts.append(f"<h3>Where the event's fields came from</h3><ul>{items}</ul>")
    parts.append("</section>")
    return "".join(parts)


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def render_html(ledger: Ledger) -> str:
    """The whole ledger as one offline HTML page."""
    index = Index(ledger)
    anchored: set[str] = set()
    listed: set[str] = set()
    by_article: dict[str, list[Claim]] = {}
    for c in ledger.claims:
        by_article.setdefault(c.article_id, []).append(c)
    articles = [_article_section(a, by_article.get(a.id, ()), anchored) for a in ledger.articles]
    events = [_event_section(e, index, anchored, listed) for e in ledger.events]
    linked = {cid for e in ledger.events for cid in e.claim_ids}
    event_ids = {e.id for e in ledger.events}
    unlinked = [c for c in ledger.claims
                if c.id not in linked and (c.event_id is None or c.event_id not in event_ids)]
    g = ledger.generator
    toc = "".join(f'<li><a href="#{_e(anchor("event", e.id))}">{_e(event_summary(index, e))}'
                  f"</a></li>" for e in ledger.events)
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>rashomon ledger — {len(ledger.events)} events</title><style>{CSS}</style>",
        "</head><body><header><h1>rashomon ledger</h1>",
        f'<p class="meta">{_e(g.name)} {_e(g.version)} · model {_e(g.model)} · '
        f"config {_e(g.config_hash)}</p><p>{_e(counts(ledger).line())}</p>",
        f"<ol class=\"toc\">{toc}</ol></header>" if toc else "</header>",
    ]
    if ledger.skipped:
        parts.append(f'<section id="skipped"><h2>Skipped inputs ({len(ledger.skipped)})</h2>'
                     + _table(("input", "reason"), ((s.input, s.reason) for s in ledger.skipped))
                     + "</section>")
    parts.extend(events)
    if unlinked:
        parts.append(f'<section id="unlinked"><h2>Not linked to an event ({len(unlinked)})</h2>'
                     + "<ol>" + "".join(_claim_item(c, index, anchored, listed) for c in unlinked)
                     + "</ol></section>")
    parts.append(f'<section id="articles"><h2>Articles ({len(ledger.articles)})</h2>'
                 + "".join(articles) + "</section></body></html>\n")
    return "".join(parts)


def write_html(ledger: Ledger, path: Path) -> None:
    """Write :func:`render_html` to ``path`` atomically (temporary file, then rename)."""
    write_text_atomic(path, render_html(ledger))
    logger.info("wrote HTML report to %s (%d events)", path, len(ledger.events))
