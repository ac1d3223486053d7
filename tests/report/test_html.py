"""The HTML report: escaping, anchors, evidence marks, self-containment, well-formedness."""

from __future__ import annotations

import html
import re
import stat
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from tests.report.ledger_fixtures import (
    ATTR,
    SCRIPT,
    hostile_ledger,
    sample_claims,
    sample_ledger,
)

from rashomon.report.html import anchor, marked_text, render_html, safe_href, write_html
from rashomon.types import Claim, Evidence, Ledger

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "wbr", "source"}


class StrictParser(HTMLParser):
    """Records ids, hrefs, tags and nesting errors; collects the text of each article."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.article_text: dict[str, str] = {}
        self._in_text: str | None = None
        self._article: str | None = None
        self._depth_at_text = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag == "a" and a.get("href") is not None:
            self.hrefs.append(a["href"] or "")
        if tag == "section" and "article" in (a.get("class") or ""):
            self._article = a["id"]
        if tag == "div" and a.get("class") == "text":
            self._in_text = self._article
            self._depth_at_text = len(self.stack)
            self.article_text[self._article or ""] = ""
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]} at {self.getpos()}")
            return
        self.stack.pop()
        if tag == "div" and self._in_text is not None and len(self.stack) == self._depth_at_text:
            self._in_text = None

    def handle_data(self, data: str) -> None:
        if self._in_text is not None:
            self.article_text[self._in_text] += data


def parse(page: str) -> StrictParser:
    parser = StrictParser()
    parser.feed(page)
    parser.close()
    assert parser.errors == []
    assert parser.stack == []
    assert len(parser.ids) == len(set(parser.ids)), "duplicate ids"
    return parser


def test_well_formed_and_every_claim_linked() -> None:
    ledger = sample_ledger()
    page = render_html(ledger)
    assert page.startswith("<!DOCTYPE html>")
    p = parse(page)
    for claim in ledger.claims:
        assert f"ev-claim-{claim.id}" in p.ids
        assert f"#ev-claim-{claim.id}" in p.hrefs
        assert f"claim-{claim.id}" in p.ids
    for event in ledger.events:
        assert f"event-{event.id}" in p.ids
        assert f"#event-{event.id}" in p.hrefs
    internal = [h[1:] for h in p.hrefs if h.startswith("#")]
    assert set(internal) <= set(p.ids), "a link points nowhere"
    evidence_marks = [a["id"] for t, a in p.tags if t == "mark" and a.get("id")]
    assert sorted(evidence_marks) == sorted(f"ev-claim-{c.id}" for c in ledger.claims)


def test_summary_line_and_sections() -> None:
    page = render_html(sample_ledger())
    assert ("Airstrike near Qasr Hilal, IQ on 2020-03-10 — perpetrator contested: alleged "
            "Coalition (Valley News Agency), denied by Coalition; 9–31 killed") in page
    assert '<section class="event" id="event-e1">' in page
    assert "Not linked to an event (1)" in page
    unlinked = page[page.index('id="unlinked"'):page.index('id="articles"')]
    assert 'id="claim-c8"' in unlinked and 'id="claim-c1"' not in unlinked
    assert 'class="contradictions"' in page
    assert "inbox/broken.html" in page and "not UTF-8 text" in page
    assert "rashomon 0.1.0" in page and "test-model" in page and "abc123" in page


def test_article_text_survives_the_marks() -> None:
    ledger = sample_ledger()
    p = parse(render_html(ledger))
    for article in ledger.articles:
        assert p.article_text[f"article-{article.id}"] == article.text


def test_overlapping_and_nested_spans() -> None:
    text = "abcdefghij"
    claims = [
        Claim(id=cid, article_id="a", source=sample_claims()[0].source, stance="asserts",
              about="other", text="", evidence=Evidence(s, e, text[s:e]))
        for cid, s, e in [("p", 0, 6), ("q", 3, 9), ("r", 3, 5), ("s", 4, 4), ("t", 0, 10)]
    ]
    anchored: set[str] = set()
    out = marked_text(text, claims, anchored)
    assert anchored == {"p", "q", "r", "s", "t"}
    p = parse(f'<section class="article" id="article-a"><div class="text">{out}</div></section>')
    assert p.article_text["article-a"] == text
    assert {f"ev-claim-{c}" for c in "pqrst"} <= set(p.ids)
    assert "<mark" not in re.sub(r"<mark[^>]*>[^<]*</mark>", "", out)  # marks never nest


def test_bad_evidence_is_anchored_on_the_quote() -> None:
    ledger = sample_ledger()
    moved = replace(ledger.claims[0], evidence=Evidence(0, 5, "nope!"))
    orphan = replace(ledger.claims[1], article_id="missing")
    out_of_range = replace(ledger.claims[2], evidence=Evidence(10_000, 10_005, "x"))
    claims = (moved, orphan, out_of_range, *ledger.claims[3:])
    ledger = Ledger(ledger.generator, ledger.articles, claims, ledger.events)
    page = render_html(ledger)
    p = parse(page)
    for claim in (moved, orphan, out_of_range):
        assert f"ev-claim-{claim.id}" in p.ids
    assert page.count("evidence not found in the article text") == 3


def test_hostile_content_is_escaped() -> None:
    page = render_html(hostile_ledger())
    assert "<script" not in page.lower()
    assert "onload=" not in page.replace("&quot;onload=&quot;", "")
    assert ATTR not in page and SCRIPT not in page
    assert html.escape(SCRIPT) in page
    p = parse(page)
    assert not any(h.lower().startswith("javascript") for h in p.hrefs)
    for _tag, attrs in p.tags:
        assert not any(name.startswith("on") for name in attrs), attrs


def test_self_contained() -> None:
    page = render_html(sample_ledger())
    p = parse(page)
    assert not any(t in {"link", "script", "img", "iframe"} for t, _ in p.tags)
    assert not any(a.get("src") for _, a in p.tags)
    external = [h for h in p.hrefs if not h.startswith("#")]
    assert external == ["https://northern-ledger.example/depot"]  # the article's own link
    assert "Content-Security-Policy" in page and "default-src &#x27;none&#x27;" in page
    assert "@import" not in page and "url(" not in page


@pytest.mark.parametrize(("url", "ok"), [
    ("https://example.org/a?b=1&c=2", True),
    ("HTTP://example.org/", True),
    ("javascript:alert(1)", False),
    ("JavaScript:alert(1)", False),
    (" https://example.org/", False),
    ("java\tscript:alert(1)", False),
    ("data:text/html,<script>", False),
    ("//example.org/x", False),
    ("https:///nohost", False),
    ("", False),
    (None, False),
])
def test_safe_href(url: str | None, ok: bool) -> None:
    assert (safe_href(url) is not None) is ok


def test_anchor_ids_are_safe_and_distinct() -> None:
    assert anchor("ev-claim", "c1") == "ev-claim-c1"
    odd = [anchor("claim", x) for x in ('a b', 'a_20_b', 'a"b', "a/b", "ä")]
    assert len(set(odd)) == len(odd)
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", a) for a in odd)


def test_write_html(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_html(sample_ledger(), path)
    assert path.read_text(encoding="utf-8") == render_html(sample_ledger())
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
