"""Tiny hand-made ledgers for the report tests (sentences written for these tests).

``sample_ledger()``: two articles about an airstrike on a depot near the (made-up) town of
Qasr Hilal, one background shelling event, a claim not linked to any event, overlapping
evidence spans and a skipped input. ``hostile_ledger()``: markup and script in every field.
"""

from __future__ import annotations

from rashomon.types import (
    Article,
    CasualtySummary,
    Claim,
    Contradiction,
    Dispute,
    DisputeSide,
    Event,
    Evidence,
    Figure,
    Frame,
    Generator,
    Ledger,
    Location,
    PerpetratorSummary,
    Skipped,
    Source,
)

GENERATOR = Generator(name="rashomon", version="0.1.0", model="test-model", config_hash="abc123")

A1_TEXT = (
    "Warplanes struck a fuel depot near Qasr Hilal late on Tuesday, the Valley News Agency "
    "said.\nThe agency blamed the Coalition for the raid. The Hilal Brigade said 14 of its "
    "members were killed.\nA spokesman for the Coalition said it had carried out no "
    "operations in the area."
)
A2_TEXT = (
    "Between 9 and 31 people died when the depot was hit, the Riverside Observatory said, "
    "according to Wire Service. It said the aircraft were probably unidentified. Officials "
    "in Tamara declined to comment. Shelling was also reported in Dar Sumr last month. "
    "Separately, the planning minister said the region needed more investment."
)

QASR_HILAL = Location("Qasr Hilal", "IQ", 34.125, 41.25, "town")
DAR_SUMR = Location("Dar Sumr", "IQ", None, None, "region")


def ev(text: str, quote: str) -> Evidence:
    start = text.index(quote)
    return Evidence(start, start + len(quote), quote)


def _claim(cid: str, article: str, text: str, quote: str, source: Source, **kw: object) -> Claim:
    return Claim(id=cid, article_id=article, source=source, text=text,
                 evidence=ev(A1_TEXT if article == "a1" else A2_TEXT, quote), **kw)  # type: ignore[arg-type]


VNA = Source("Valley News Agency", "the Valley News Agency", "state_media")
BRIGADE = Source("Hilal Brigade", "The Hilal Brigade", "armed_group")
COALITION = Source("Coalition", "A spokesman for the Coalition", "military")
OBSERVATORY = Source("Riverside Observatory", "the Riverside Observatory", "monitor",
                     ("Wire Service",))
TAMARA = Source("Tamara government", "Officials in Tamara", "government")
MINISTER = Source("planning minister", "the planning minister", "official")


def sample_claims() -> tuple[Claim, ...]:
    return (
        _claim("c1", "a1", "warplanes struck a fuel depot",
               "Warplanes struck a fuel depot near Qasr Hilal late on Tuesday", VNA,
               stance="asserts", about="occurrence", confidence=0.9, frame=0, event_id="e1"),
        _claim("c9", "a1", "the depot is near Qasr Hilal", "fuel depot near Qasr Hilal", VNA,
               stance="asserts", about="location", confidence=0.6, frame=0, event_id="e1"),
        _claim("c2", "a1", "the Coalition carried out the raid",
               "The agency blamed the Coalition for the raid.", VNA, stance="asserts",
               about="perpetrator", perpetrator="Coalition", confidence=0.8, frame=0,
               event_id="e1"),
        _claim("c3", "a1", "14 members killed",
               "The Hilal Brigade said 14 of its members were killed.", BRIGADE,
               stance="asserts", about="casualties", killed=Figure(14, 14), confidence=0.85,
               frame=0, event_id="e1"),
        _claim("c4", "a1", "no operations in the area",
               "said it had carried out no operations in the area", COALITION,
               stance="denies", about="perpetrator", perpetrator="Coalition", confidence=0.75,
               frame=0, event_id="e1"),
        _claim("c5", "a2", "between 9 and 31 died",
               "Between 9 and 31 people died when the depot was hit", OBSERVATORY,
               stance="asserts", about="casualties", killed=Figure(9, 31), confidence=0.8,
               frame=0, event_id="e1"),
        _claim("c6", "a2", "the aircraft were unidentified",
               "It said the aircraft were probably unidentified.", OBSERVATORY,
               stance="asserts", about="perpetrator", hedged=True, confidence=0.5, frame=0,
               event_id="e1"),
        _claim("c7", "a2", "no comment", "Officials in Tamara declined to comment.", TAMARA,
               stance="declines_comment", about="perpetrator", confidence=0.7, frame=0,
               event_id="e1"),
        _claim("c8", "a2", "the region needs investment",
               "the planning minister said the region needed more investment", MINISTER,
               stance="asserts", about="other", confidence=0.4),
    )


def sample_ledger() -> Ledger:
    articles = (
        Article(id="a1", text=A1_TEXT, input="inbox/depot.txt", content_hash="h1",
                url="https://northern-ledger.example/depot", outlet="Northern Ledger",
                title="Strike hits fuel depot near Qasr Hilal", published="2020-03-11",
                language="en", metadata={"sitename": "Northern Ledger"}),
        Article(id="a2", text=A2_TEXT, input="inbox/monitor.json:3", content_hash="h2",
                url=None, outlet="Monitor Daily", title="Monitor counts the dead",
                published="2020-03-12T08:30:00+03:00", updated="2020-03-12T10:00:00+03:00",
                language="en", warnings=("no url",)),
    )
    frames = (
        Frame("a1", 0, "airstrike", ev(A1_TEXT, "Warplanes struck a fuel depot near Qasr "
                                                "Hilal late on Tuesday"),
              date="2020-03-10", date_precision="day", date_text="late on Tuesday",
              place_text="near Qasr Hilal", location=QASR_HILAL, perpetrators=("Coalition",),
              targets=("fuel depot",)),
        Frame("a2", 0, "airstrike", ev(A2_TEXT, "the depot was hit"), killed=Figure(9, 31)),
        Frame("a2", 1, "shelling", ev(A2_TEXT, "Shelling was also reported in Dar Sumr"),
              date="2020-02-01", date_precision="month", date_text="last month",
              place_text="in Dar Sumr", location=DAR_SUMR, background=True),
    )
    events = (
        Event(id="e1", type="airstrike", article_ids=("a1", "a2"),
              claim_ids=("c1", "c9", "c2", "c3", "c4", "c5", "c6", "c7"),
              date="2020-03-10", date_precision="day", location=QASR_HILAL,
              perpetrator=PerpetratorSummary(alleged=("Coalition",), denied_by=("Coalition",),
                                             status="contested"),
              killed=CasualtySummary(9, 31, {"Hilal Brigade": 14, "Riverside Observatory": "9–31"}),
              contradictions=(Contradiction("perpetrator", ("c2", "c4"),
                                            "Valley News Agency: Coalition vs Coalition: denies"),),
              disputes=(Dispute("perpetrator",
                                (DisputeSide("Coalition did it", ("Valley News Agency",), ("c2",)),
                                 DisputeSide("Coalition did not", ("Coalition",), ("c4",))),
                                "Valley News Agency: Coalition did it vs Coalition: Coalition did not",
                                pairs=1),),
              frame_keys=(("a1", 0), ("a2", 0))),
        Event(id="e2", type="shelling", article_ids=("a2",), claim_ids=(),
              date="2020-02-01", date_precision="month", location=DAR_SUMR,
              frame_keys=(("a2", 1),)),
    )
    return Ledger(generator=GENERATOR, articles=articles, claims=sample_claims(), events=events,
                  skipped=(Skipped("inbox/broken.html", "not UTF-8 text"),), frames=frames)


SCRIPT = "<script>alert(1)</script>"
ATTR = '"onload="alert(2)'
HOSTILE_TEXT = f"The {SCRIPT} group said {ATTR} that 3 people died. =cmd|' /C calc'!A0 was typed."


def hostile_ledger() -> Ledger:
    article = Article(id="x1", text=HOSTILE_TEXT, input=f"inbox/{SCRIPT}.txt", content_hash="hx",
                      url="javascript:alert(3)", outlet=f"{ATTR} Outlet", title=f"Title {SCRIPT}",
                      published="2020-01-01")
    quote = f"The {SCRIPT} group said {ATTR} that 3 people died."
    claim = Claim(id="x-c1", article_id="x1",
                  source=Source(f"{SCRIPT} group", f"The {SCRIPT} group", "armed_group",
                                (ATTR,)),
                  stance="asserts", about="casualties", text=f"3 died {SCRIPT}",
                  evidence=ev(HOSTILE_TEXT, quote), killed=Figure(3, 3), event_id="x-e1")
    formula = Claim(id="x-c2", article_id="x1", source=Source("=HYPERLINK(1)", "@sum", "person"),
                    stance="asserts", about="other", text="-2+3",
                    evidence=ev(HOSTILE_TEXT, "=cmd|' /C calc'!A0"))
    event = Event(id="x-e1", type="other", article_ids=("x1",), claim_ids=("x-c1",),
                  location=Location(f"{SCRIPT} town", None, None, None, "unknown"),
                  perpetrator=PerpetratorSummary(alleged=(f"{ATTR} actor",), status="alleged"),
                  killed=CasualtySummary(3, 3, {f"{SCRIPT} group": 3}),
                  contradictions=(Contradiction(SCRIPT, ("x-c1", "x-c2"), f"{SCRIPT} vs {ATTR}"),),
                  disputes=(Dispute(SCRIPT, (DisputeSide(SCRIPT, (f"{SCRIPT} group",), ("x-c1",)),
                                             DisputeSide(ATTR, ("=HYPERLINK(1)",), ("x-c2",))),
                                    f"{SCRIPT} vs {ATTR}", pairs=1),))
    return Ledger(generator=GENERATOR, articles=(article,), claims=(claim, formula),
                  events=(event,), skipped=(Skipped(SCRIPT, ATTR),))
