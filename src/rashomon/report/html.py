"""One self-contained HTML report: inline CSS, no scripts, no external resources.

Everything that comes from an article (titles, outlets, urls, text, source names, claim
texts) is untrusted: it is escaped with ``html.escape(quote=True)``, links are made only from
http(s) urls, and a Content-Security-Policy forbids scripts and remote loads outright. The
style sheet is ``report/data/report.css``, inlined.

Layout: a header (generator stamp, counts, an overview table of the events), skipped inputs,
one section per event (summary line, facts, disputes, sources × positions, claims),
claims not linked to an event, then every article's text with the evidence marked.

Anchors: ``event-<id>`` (an event's section), ``claim-<id>`` (a claim's row),
``ev-claim-<id>`` (its evidence in the article text), ``article-<id>`` (an article).
Ids are made anchor-safe by :func:`anchor`. Claims are shown by their number in the report.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from rashomon.report.html_event import State, claims_table, event_section
from rashomon.report.html_text import anchor, article_section, esc, href, marked_text, safe_href
from rashomon.report.ledger_json import write_text_atomic
from rashomon.report.summary import Index, counts, date_label, fmt_casualties, place_label, plural, type_label
from rashomon.types import Claim, Event, Ledger

__all__ = ["CSP", "anchor", "marked_text", "render_html", "safe_href", "write_html"]

logger = logging.getLogger(__name__)

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


@cache
def stylesheet() -> str:
    """The report's CSS (``rashomon/report/data/report.css``)."""
    return resources.files("rashomon.report").joinpath("data/report.css").read_text(encoding="utf-8")


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]], cls: str = "plain") -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f'<div class="scroll"><table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


PARTIES_SHOWN = 3  # presentation only: alleged parties named in the overview; the event's section lists all


def _parties(event: Event) -> str:
    """The alleged parties after the status badge: "US, Israel +1"."""
    alleged = event.perpetrator.alleged
    if not alleged:
        return ""
    more = f" +{len(alleged) - PARTIES_SHOWN}" if len(alleged) > PARTIES_SHOWN else ""
    return (f' <span class="parties" title="alleged: {esc(", ".join(alleged))}">'
            f'{esc(", ".join(alleged[:PARTIES_SHOWN]))}{more}</span>')


def _overview(events: Iterable[Event], index: Index) -> str:
    rows = []
    for n, e in enumerate(events, 1):
        claims = index.claims_of(e)
        status = e.perpetrator.status
        contra = (f'<span class="badge status-contested">{len(e.disputes)}</span>'
                  if e.disputes else '<span class="none">0</span>')
        rows.append(
            f'<tr><td class="num">{n}</td>'
            f'<td><a {href("event", e.id)}>{esc(type_label(e.type))} · {esc(place_label(e.location))}</a></td>'
            f'<td class="date">{esc(date_label(e.date, e.date_precision))}</td>'
            f'<td><span class="badge status-{esc(status)}">{esc(status)}</span>{_parties(e)}</td>'
            f'<td class="num">{esc(fmt_casualties(e.killed) or "—")}</td>'
            f'<td class="num">{esc(fmt_casualties(e.injured) or "—")}</td>'
            f'<td class="num">{len({c.source.name for c in claims})}</td>'
            f'<td class="num">{len(e.article_ids)}</td><td class="num">{contra}</td></tr>')
    head = "".join(f"<th>{h}</th>" for h in ("#", "event", "date", "perpetrator", "killed", "injured",
                                               "sources", "articles", "disputes"))
    return (f'<div class="scroll"><table class="overview"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def _unlinked(ledger: Ledger) -> list[Claim]:
    linked = {cid for e in ledger.events for cid in e.claim_ids}
    event_ids = {e.id for e in ledger.events}
    return [c for c in ledger.claims
            if c.id not in linked and (c.event_id is None or c.event_id not in event_ids)]


def _labels(ledger: Ledger, index: Index, unlinked: Iterable[Claim]) -> dict[str, str]:
    """Claim id → its number in the report, in the order the claims are listed."""
    labels: dict[str, str] = {}
    for claim in [c for e in ledger.events for c in index.claims_of(e)] + list(unlinked):
        labels.setdefault(claim.id, str(len(labels) + 1))
    return labels


def render_html(ledger: Ledger) -> str:
    """The whole ledger as one offline HTML page."""
    index = Index(ledger)
    unlinked = _unlinked(ledger)
    state = State(index, _labels(ledger, index, unlinked), anchored=set(), listed=set())
    by_article: dict[str, list[Claim]] = {}
    for c in ledger.claims:
        by_article.setdefault(c.article_id, []).append(c)
    # articles first: evidence found in the text is anchored there, the rest on the claim's quote
    articles = [article_section(a, by_article.get(a.id, ()), state.anchored, state.labels)
                for a in ledger.articles]
    events = [event_section(e, n, state) for n, e in enumerate(ledger.events, 1)]
    g = ledger.generator
    stamp = (f'<p class="stamp">{esc(g.name)} {esc(g.version)} · model {esc(g.model)} · '
             f"config {esc(g.config_hash)}</p>")
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>rashomon ledger — {plural(len(ledger.events), 'event')}</title>",
        f"<style>{stylesheet()}</style></head><body><main class=\"page\">",
        f'<header id="top"><h1>rashomon ledger</h1>{stamp}<p class="counts">{esc(counts(ledger).line())}</p>',
    ]
    if ledger.events:
        parts.append("<h2>Events</h2>" + _overview(ledger.events, index))
    parts.append("</header>")
    if ledger.skipped:
        parts.append(f'<section id="skipped" class="skipped"><h2>Skipped inputs ({len(ledger.skipped)})</h2>'
                     + _table(("input", "reason"), ((s.input, s.reason) for s in ledger.skipped))
                     + "</section>")
    parts.extend(events)
    if unlinked:
        parts.append(f'<section id="unlinked" class="event"><h2>Not linked to an event ({len(unlinked)})</h2>'
                     + claims_table(unlinked, state) + "</section>")
    parts.append(f'<section id="articles"><h2>Articles ({len(ledger.articles)})</h2>'
                 '<p class="meta">Each claim\'s evidence is marked in its article; the small number before a '
                 "mark links back to the claim.</p>"
                 + "".join(articles) + f"</section><footer>{stamp}</footer></main></body></html>\n")
    return "".join(parts)


def write_html(ledger: Ledger, path: Path) -> None:
    """Write :func:`render_html` to ``path`` atomically (temporary file, then rename)."""
    write_text_atomic(path, render_html(ledger))
    logger.info("wrote HTML report to %s (%d events)", path, len(ledger.events))
