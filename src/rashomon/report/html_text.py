"""HTML building blocks for untrusted text: escaping, anchors, safe links, marked article text.

Everything that comes from an article (titles, outlets, urls, text, source names, claim texts)
is untrusted. It is escaped with ``html.escape(quote=True)``; article text is cut at evidence
offsets first and each slice is escaped on its own, so the offsets (which count characters of
the raw text) never land inside an entity.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from rashomon.types import Article, Claim

_UNSAFE_ID = re.compile(r"[^A-Za-z0-9-]")
_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def esc(value: object) -> str:
    """``value`` as text safe in element content and in double- or single-quoted attributes."""
    return html.escape(str(value), quote=True)


def anchor(prefix: str, ident: str) -> str:
    """An injective, attribute- and fragment-safe anchor id for ``ident``.

    Letters, digits and "-" are kept, anything else becomes ``_<hex>_``, so
    ``anchor("ev-claim", "c1") == "ev-claim-c1"``.
    """
    safe = _UNSAFE_ID.sub(lambda m: f"_{ord(m.group()):x}_", ident)
    return f"{prefix}-{safe}"


def href(prefix: str, ident: str) -> str:
    """``href="#<anchor>"`` for an in-page link."""
    return f'href="#{esc(anchor(prefix, ident))}"'


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


def evidence_ok(claim: Claim, text: str) -> bool:
    """Whether the claim's evidence offsets point at its evidence text in ``text``."""
    ev = claim.evidence
    return 0 <= ev.start <= ev.end <= len(text) and text[ev.start:ev.end] == ev.text


def _ref(cid: str, labels: Mapping[str, str]) -> str:
    """A small back-link from the article text to the claim's row (``<sup class="ref">``)."""
    label = labels.get(cid)
    if label is None:
        return ""
    return f'<sup class="ref"><a {href("claim", cid)} title="claim {esc(label)}">{esc(label)}</a></sup>'


def marked_text(text: str, claims: Sequence[Claim], anchored: set[str],
                labels: Mapping[str, str] | None = None) -> str:
    """The article text, escaped, with each claim's evidence wrapped in ``<mark>``.

    Spans may overlap: the text is cut at every span boundary and each piece is marked
    once (``ev2`` when two or more spans cover it), so the markup always nests. The piece
    where a claim's span starts carries its ``id="ev-claim-…"`` (further claims starting
    there get an empty ``<mark>`` with their id). Adds the ids it places to ``anchored``.
    With ``labels`` (claim id → its number in the report), each span is preceded by a
    ``<sup class="ref">`` link back to its claim; that is the only text the marks add.
    """
    labels = labels or {}
    spans = [(c.evidence.start, c.evidence.end, c.id) for c in claims
             if evidence_ok(c, text) and c.id not in anchored]
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
        out.extend(_ref(cid, labels) for cid in ids)
        lead = ids[0] if ids and covering and piece else None
        out.extend(f'<mark class="ev anchor" id="{esc(anchor("ev-claim", cid))}"></mark>'
                   for cid in ids if cid != lead)
        if not piece:
            continue
        if not covering:
            out.append(esc(piece))
            continue
        cls = "ev ev2" if len(covering) > 1 else "ev"
        id_attr = f' id="{esc(anchor("ev-claim", lead))}"' if lead else ""
        title = esc("claim " + ", ".join(labels.get(c, c) for c in covering))
        out.append(f'<mark class="{cls}"{id_attr} title="{title}">{esc(piece)}</mark>')
    return "".join(out)


def article_section(article: Article, claims: Sequence[Claim], anchored: set[str],
                    labels: Mapping[str, str]) -> str:
    """One article: its metadata, then its text with the evidence of its claims marked."""
    meta = [f"<span>{esc(x)}</span>" for x in (article.outlet, article.published, article.language) if x]
    link = safe_href(article.url)
    if link:
        meta.append(f'<a href="{esc(link)}" rel="noopener noreferrer nofollow">{esc(link)}</a>')
    elif article.url:
        meta.append(f'<span class="warn">url not linked: {esc(article.url)}</span>')
    fetch_id = article.metadata.get("fetch_id")
    if isinstance(fetch_id, int) and not isinstance(fetch_id, bool):
        # the page as fetched is archived in the store; rashomon serve shows it at /archive/N
        meta.append(f'<span class="archive">archived copy: fetch {fetch_id} '
                    f'(rashomon serve: /archive/{fetch_id}), fetched {esc(article.metadata.get("fetched_at") or "?")}'
                    "</span>")
    if article.duplicate_of:
        meta.append(f'<span>duplicate of <a {href("article", article.duplicate_of)}>'
                    f"{esc(article.duplicate_of)}</a></span>")
    found = sum(evidence_ok(c, article.text) for c in claims)
    meta.append(f"<span>{found} evidence span{'' if found == 1 else 's'} marked</span>")
    return (f'<section class="article" id="{esc(anchor("article", article.id))}">'
            f'<h3>{esc(article.title or "Untitled")} <span class="id">{esc(article.id)}</span></h3>'
            f'<p class="meta">{"".join(meta)}</p>'
            f'<div class="text">{marked_text(article.text, claims, anchored, labels)}</div></section>')
