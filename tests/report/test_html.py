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

from rashomon.reconcile import find_disputes
from rashomon.report.html import anchor, marked_text, render_html, safe_href, write_html
from rashomon.report.html_event import position_text
from rashomon.types import Claim, Evidence, Figure, Ledger

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "wbr", "source"}


class StrictParser(HTMLParser):
    """Records ids, hrefs, tags and nesting errors; collects the text of each article (without
    the ``<sup class="ref">`` claim numbers placed before each evidence span)."""

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
        self._in_ref = 0

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
        if tag == "sup" and a.get("class") == "ref":
            self._in_ref += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]} at {self.getpos()}")
            return
        self.stack.pop()
        if tag == "sup" and self._in_ref:
            self._in_ref -= 1
        if tag == "div" and self._in_text is not None and len(self.stack) == self._depth_at_text:
            self._in_text = None

    def handle_data(self, data: str) -> None:
        if self._in_text is not None and not self._in_ref:  # claim numbers are not article text
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
    evidence_marks = [a["id"] or "" for t, a in p.tags if t == "mark" and a.get("id")]
    assert sorted(evidence_marks) == sorted(f"ev-claim-{c.id}" for c in ledger.claims)


def test_summary_line_and_sections() -> None:
    page = render_html(sample_ledger())
    assert ("Airstrike · near Qasr Hilal, IQ · on 2020-03-10 · perpetrator contested (alleged: Coalition; "
            "denied by Coalition) · 9–31 killed · 5 sources in 2 articles · 1 dispute") in page
    assert "Shelling · in Dar Sumr, IQ · in 2020-02 · perpetrator unknown · no casualty figures · "\
        "0 sources in 1 article" in page
    assert "<h2>Airstrike near Qasr Hilal, IQ, on 2020-03-10</h2>" in page
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


# --- the event section: readable positions, contradictions, claim numbers ------------------

def _claim(**kw: object) -> Claim:
    base = sample_claims()[0]
    return replace(base, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("changes", "column", "expected"), [
    ({"stance": "asserts", "about": "perpetrator", "perpetrator": "US-led coalition"}, "perpetrator",
     "asserts: US-led coalition"),
    ({"stance": "confirms", "about": "perpetrator", "perpetrator": "Coalition"}, "perpetrator", "confirms: Coalition"),
    ({"stance": "denies", "about": "perpetrator", "perpetrator": None}, "perpetrator", "denies"),
    ({"stance": "denies", "about": "perpetrator", "perpetrator": "Valley News Agency"}, "perpetrator", "denies"),
    ({"stance": "denies", "about": "perpetrator", "perpetrator": "US"}, "perpetrator", "denies: US"),
    ({"stance": "asserts", "about": "perpetrator", "perpetrator": None}, "perpetrator", "asserts: none named"),
    ({"stance": "declines_comment", "about": "perpetrator"}, "perpetrator", "declines to comment"),
    ({"stance": "asserts", "about": "casualties", "killed": Figure(22, 22)}, "killed", "22"),
    ({"stance": "asserts", "about": "casualties", "killed": Figure(None, 52)}, "killed", "up to 52"),
    ({"stance": "asserts", "about": "casualties", "injured": Figure(13, None)}, "injured", "at least 13"),
    ({"stance": "denies", "about": "casualties", "killed": Figure(9, 31)}, "killed", "denies: 9–31"),
    ({"stance": "asserts", "about": "casualties"}, "killed", "unspecified"),
    ({"stance": "asserts", "about": "occurrence"}, "occurrence", "says it happened"),
    ({"stance": "denies", "about": "occurrence"}, "occurrence", "denies it happened"),
    ({"stance": "asserts", "about": "location", "text": "near the river"}, "other",
     "asserts: location — near the river"),
])
def test_position_text(changes: dict[str, object], column: str, expected: str) -> None:
    assert position_text(_claim(**changes), column) == expected


def _section(page: str, start: str, end: str) -> str:
    return page[page.index(start):page.index(end, page.index(start))]


def test_sources_table_shows_each_stance_readably() -> None:
    page = render_html(sample_ledger())
    table = _section(page, '<table class="sources">', "</table>")
    rows = {re.sub(r"<[^>]+>", "|", r).split("|")[1]: r for r in table.split("<tr>")[2:]}
    assert set(rows) == {"Valley News Agency", "Hilal Brigade", "Coalition", "Riverside Observatory",
                         "Tamara government"}
    assert "asserts: Coalition" in rows["Valley News Agency"]
    assert "says it happened" in rows["Valley News Agency"]
    assert '<span class="pos st-denies">denies' in rows["Coalition"]
    assert "declines to comment" in rows["Tamara government"]
    assert ">14<" in rows["Hilal Brigade"] and ">9–31<" in rows["Riverside Observatory"]
    assert "via Wire Service" in rows["Riverside Observatory"]
    assert 'class="tag">hedged' in rows["Riverside Observatory"]
    # every position links to its claim's row
    assert 'href="#claim-c2"' in rows["Valley News Agency"] and 'href="#claim-c7"' in rows["Tamara government"]


def test_identical_positions_share_one_chip() -> None:
    ledger = sample_ledger()
    again = replace(ledger.claims[2], id="c2b")  # the agency blames the Coalition a second time
    event = replace(ledger.events[0], claim_ids=(*ledger.events[0].claim_ids, "c2b"))
    ledger = replace(ledger, claims=(*ledger.claims, again), events=(event, *ledger.events[1:]))
    table = _section(render_html(ledger), '<table class="sources">', "</table>")
    assert table.count("asserts: Coalition") == 1
    chip = _section(table, "asserts: Coalition", "</span><")
    assert 'href="#claim-c2"' in chip and 'href="#claim-c2b"' in chip


def _regrouped(ledger: Ledger, claims: tuple[Claim, ...] = ()) -> Ledger:
    """The sample ledger with extra claims on e1, its disputes computed by the reconcile stage
    (the report only renders them)."""
    e1 = ledger.events[0]
    all_claims = (*ledger.claims, *claims)
    mine = [c for c in all_claims if c.id in {*e1.claim_ids, *(c.id for c in claims)}]
    disputes, pairs = find_disputes(mine)
    e1 = replace(e1, claim_ids=(*e1.claim_ids, *(c.id for c in claims)), disputes=disputes, contradictions=pairs)
    return replace(ledger, claims=all_claims, events=(e1, *ledger.events[1:]))


def test_disputes_grouped_and_linked() -> None:
    ledger = sample_ledger()
    c3 = next(c for c in ledger.claims if c.id == "c3")
    c5 = next(c for c in ledger.claims if c.id == "c5")
    extra = (replace(c3, id="c3x", killed=Figure(40, 40), source=replace(c3.source, name="Ministry")),
             replace(next(c for c in ledger.claims if c.id == "c4"), id="c4x",
                     source=replace(c5.source, name="Coalition command")))
    ledger = _regrouped(ledger, extra)
    page = render_html(ledger)
    box = _section(page, '<div class="contradictions"', "<h3>Sources side by side")
    e1 = ledger.events[0]
    assert f"{len(e1.disputes)} disputes (" in box
    assert box.index("casualties") < box.index("perpetrator"), "casualty figures come first"
    assert "Coalition did it (Valley News Agency) vs Coalition did not (Coalition, Coalition command)" in _text(box)
    assert "×2" in box
    for c in e1.contradictions:
        for cid in c.claim_ids:
            assert f'href="#claim-{cid}"' in box
    p = parse(page)
    numbers = {a["id"]: None for _, a in p.tags if a.get("id", "").startswith("claim-")}  # type: ignore[union-attr]
    assert len(numbers) == len(ledger.claims)


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", fragment)))


def test_one_dispute_line_for_many_source_pairs() -> None:
    """Three sources blaming A, two blaming B and a denial of A: one perpetrator dispute whose
    sides list who holds each; the pairs behind it are counted, a few listed on demand."""
    base = sample_claims()[2]
    def blame(cid: str, source: str, actor: str, stance: str = "asserts") -> Claim:
        return replace(base, id=cid, source=replace(base.source, name=source), perpetrator=actor,
                       stance=stance)  # type: ignore[arg-type]
    claims = [blame("p1", "Agency", "Alpha"), blame("p2", "Monitor", "Alpha"), blame("p3", "Militia", "Alpha"),
              blame("p4", "Ministry", "Beta"), blame("p5", "Envoy", "Beta"),
              blame("p6", "Alpha army", "Alpha", "denies")]
    [dispute], pairs = find_disputes(claims)
    assert [(s.position, s.sources) for s in dispute.sides] == [
        ("Alpha did it", ("Agency", "Monitor", "Militia")), ("Alpha did not", ("Alpha army",)),
        ("Beta did it", ("Ministry", "Envoy"))]
    assert dispute.pairs == 6 + 3
    ledger = sample_ledger()
    e1 = replace(ledger.events[0], claim_ids=tuple(c.id for c in claims), disputes=(dispute,), contradictions=pairs)
    box = _section(render_html(replace(ledger, claims=tuple(claims), events=(e1,))),
                   '<div class="contradictions"', "</div></li>")
    assert "1 dispute (9 opposed claim pairs)" in box and "×9" in box
    assert "9 claim pairs</summary>" in box and "(+1 more)" in box  # 8 examples kept


def test_claim_numbers_link_both_ways() -> None:
    ledger = sample_ledger()
    page = render_html(ledger)
    p = parse(page)
    refs = [a["href"] for t, a in p.tags if t == "a" and a.get("title", "").startswith("claim ")]  # type: ignore[union-attr]
    # each claim with evidence in its article gets a number before its mark, linking to its row
    for claim in ledger.claims:
        assert f"#claim-{claim.id}" in refs
    articles = page[page.index('id="articles"'):]
    assert articles.count('<sup class="ref">') == len(ledger.claims)


class MarkText(HTMLParser):
    """The text inside each ``<mark id=…>`` (marks never nest)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.current: str | None = None
        self.text: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        ident = dict(attrs).get("id")
        if tag == "mark" and ident:
            self.current = ident
            self.text[ident] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.text[self.current] += data


def test_offsets_stay_right_after_escaping() -> None:
    """Markup-like characters before and inside a span: offsets count raw characters, so the
    marked text must be exactly the evidence slice, not shifted by entities."""
    text = ('Tom & "Jerry" <b>said</b> </style><script>x</script> it\'s 3 < 4. '
            'The <agency> said "5 & 6" died. End </div>.')
    quotes = ['The <agency> said "5 & 6" died.', "</style><script>x</script>", "End </div>"]
    claims = [Claim(id=f"k{i}", article_id="a", source=sample_claims()[0].source, stance="asserts",
                    about="other", text="", evidence=Evidence(text.index(q), text.index(q) + len(q), q))
              for i, q in enumerate(quotes)]
    out = marked_text(text, claims, set(), {"k0": "1", "k1": "2", "k2": "3"})
    assert "<script" not in out and "</style" not in out and "</div>." not in out
    parser = MarkText()
    parser.feed(out)
    for claim in claims:
        assert parser.text[f"ev-claim-{claim.id}"] == claim.evidence.text
    p = parse(f'<section class="article" id="article-a"><div class="text">{out}</div></section>')
    assert p.article_text["article-a"] == text


def test_hostile_evidence_is_marked_as_text() -> None:
    ledger = hostile_ledger()
    parser = MarkText()
    parser.feed(render_html(ledger))
    claim = ledger.claims[0]
    assert parser.text[f"ev-claim-{claim.id}"] == claim.evidence.text
    assert SCRIPT in claim.evidence.text


def test_example_pairs_fold_and_keep_every_link() -> None:
    ledger = sample_ledger()
    denial = next(c for c in ledger.claims if c.id == "c4")
    deniers = tuple(replace(denial, id=f"d{k}", source=replace(denial.source, name=f"Coalition unit d{k}"))
                    for k in range(5))
    ledger = _regrouped(ledger, deniers)
    box = _section(render_html(ledger), '<div class="contradictions"', "<h3>Sources side by side")
    assert "1 dispute (6 opposed claim pairs)<" in box
    assert "×6" in box and "6 claim pairs</summary>" in box
    for cid in ("c2", "c4", *(d.id for d in deniers)):
        assert f'href="#claim-{cid}"' in box
    parse(box)


def test_overview_names_the_alleged_parties() -> None:
    ledger = sample_ledger()
    e1 = ledger.events[0]
    many = replace(e1.perpetrator, alleged=("Alpha", "Beta", "Gamma", "Delta <b>"))
    ledger = replace(ledger, events=(replace(e1, perpetrator=many), *ledger.events[1:]))
    overview = _section(render_html(ledger), '<table class="overview">', "</table>")
    rows = overview.split("<tr>")
    assert "Alpha, Beta, Gamma +1</span>" in rows[2]
    assert html.escape("alleged: Alpha, Beta, Gamma, Delta <b>") in rows[2]  # all of them in the tooltip
    assert 'class="parties"' not in rows[3]  # nobody alleged: the status alone


def test_a_fetched_article_names_its_archived_copy() -> None:
    from dataclasses import replace

    ledger = sample_ledger()
    fetched = replace(ledger.articles[0], metadata={"fetch_id": 7, "fetched_at": "2026-12-06T10:00:00+00:00"})
    page = render_html(replace(ledger, articles=(fetched, *ledger.articles[1:])))
    assert "archived copy: fetch 7 (rashomon serve: /archive/7), fetched 2026-12-06T10:00:00+00:00" in page
    assert "archived copy" not in render_html(ledger)
