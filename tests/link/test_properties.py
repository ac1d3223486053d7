"""Invariants of linking, checked on random frames with places, dates and details."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.config import Options
from rashomon.link import link, prepare_frames
from rashomon.link.content import content_of
from rashomon.link.decision import pair_evidence
from rashomon.link.scoring import places_conflict
from rashomon.types import Claim, Event, Evidence, Figure, Frame, Location, Source

OPTIONS = Options()
PLACES = [
    Location("Kalma", "SD", 12.03, 24.95, "exact"),
    Location("Nyala", "SD", 12.05, 24.88, "town"),  # ~8 km from Kalma camp
    Location("Bileil", "SD", 12.02, 25.10, "town"),  # ~24 km
    Location("Kass", "SD", 12.50, 24.28, "town"),  # ~88 km: beyond the radius
    Location("South Darfur", "SD", 11.80, 24.90, "region"),
    Location("Sudan", "SD", 15.50, 32.56, "country"),
    Location("Am Timan", "TD", 10.99, 20.28, "town"),
    None,
]
TYPES = ["airstrike", "drone_strike", "explosion", "ground_attack", "shelling"]
TARGETS = ["the Kalma camp clinic", "a water point", "the Nyala bus station", "houses"]
START = date(2024, 3, 1)


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[Frame], list[Claim], dict[str, str | None]]:
    n = draw(st.integers(1, 14))
    frames: list[Frame] = []
    published: dict[str, str | None] = {}
    for k in range(n):
        article = f"art{draw(st.integers(0, 6))}"
        offset = draw(st.one_of(st.none(), st.integers(0, 12)))
        precision = draw(st.sampled_from(["day", "day", "week", "month"]))
        killed = draw(st.one_of(st.none(), st.sampled_from([2, 7, 14])))
        frames.append(Frame(
            article_id=article, index=k, type=draw(st.sampled_from(TYPES)),
            evidence=Evidence(0, 0, ""),
            date=None if offset is None else (START + timedelta(days=offset)).isoformat(),
            date_precision="unknown" if offset is None else precision,  # type: ignore[arg-type]
            date_text=None if offset is None or precision != "day" else "on Monday",
            location=draw(st.sampled_from(PLACES)),
            targets=tuple(draw(st.lists(st.sampled_from(TARGETS), max_size=1))),
            killed=None if killed is None else Figure(killed, killed),
            perpetrators=tuple(draw(st.lists(st.sampled_from(["RSF", "SAF"]), max_size=1))),
            background=draw(st.booleans()),
        ))
        pub = draw(st.one_of(st.none(), st.integers(0, 14)))
        published.setdefault(article, None if pub is None else
                             (START + timedelta(days=pub)).isoformat())
    speakers = ["spokesman Mohamed Ibrahim Adam", "the monitor", "Colonel Nabil Abdallah"]
    claims = [
        Claim(id=f"c{k}", article_id=f.article_id,
              source=Source("S", draw(st.sampled_from(speakers))),
              stance=draw(st.sampled_from(["asserts", "denies"])), about="occurrence", text="",
              evidence=Evidence(0, 0, ""), frame=f.index,
              perpetrator=draw(st.sampled_from([None, "RSF"])),
              killed=draw(st.sampled_from([None, Figure(14, 14), Figure(31, None)])))
        for k, f in enumerate(frames)
    ]
    claims.append(Claim(id="loose", article_id="art0", source=Source("S", "s"),
                        stance="asserts", about="other", text="", evidence=Evidence(0, 0, "")))
    return frames, claims, published


Corpus = tuple[list[Frame], list[Claim], dict[str, str | None]]


@settings(max_examples=200, deadline=None)
@given(corpora(), st.randoms(use_true_random=False))
def test_link_is_invariant_to_input_order(corpus: Corpus, rnd: object) -> None:
    frames, claims, published = corpus
    shuffled_f, shuffled_c = list(frames), list(claims)
    rnd.shuffle(shuffled_f)  # type: ignore[attr-defined]
    rnd.shuffle(shuffled_c)  # type: ignore[attr-defined]
    assert link(frames, claims, OPTIONS, published) == link(shuffled_f, shuffled_c, OPTIONS,
                                                             published)


def _dated_span(event: Event, frames: dict[tuple[str, int], Frame]) -> int:
    days = [date.fromisoformat(d) for d in
            (frames[k].date for k in event.frame_keys if frames[k].date_precision == "day")
            if d is not None]
    return (max(days) - min(days)).days if days else 0


@settings(max_examples=200, deadline=None)
@given(corpora())
def test_every_frame_and_claim_lands_in_its_event(corpus: Corpus) -> None:
    frames, claims, published = corpus
    events, mapping = link(frames, claims, OPTIONS, published)
    by_key = {(f.article_id, f.index): f for f in frames}
    owner = {k: e.id for e in events for k in e.frame_keys}
    assert sorted(owner) == sorted(by_key)  # each frame in exactly one event
    assert sum(len(e.frame_keys) for e in events) == len(by_key)
    for c in claims:
        expected = None if c.frame is None else owner[(c.article_id, c.frame)]
        assert mapping[c.id] == expected
        if expected is not None:
            event = next(e for e in events if e.id == expected)
            assert c.id in event.claim_ids
    for e in events:
        assert _dated_span(e, by_key) <= OPTIONS.link_date_window_days


@settings(max_examples=200, deadline=None)
@given(corpora())
def test_incompatible_towns_and_apart_pairs_never_share_an_event(corpus: Corpus) -> None:
    frames, claims, published = corpus
    events, _ = link(frames, claims, OPTIONS, published)
    owner = {k: e.id for e in events for k in e.frame_keys}
    infos = prepare_frames(frames, OPTIONS, published)
    about: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        if c.frame is not None:
            about.setdefault((c.article_id, c.frame), []).append(c)
    infos = [replace(i, content=content_of(i.frame, about.get((i.frame.article_id,
                                                               i.frame.index), ())))
             for i in infos]
    window, radius = OPTIONS.link_date_window_days, OPTIONS.link_radius_km
    for x in infos:
        for y in infos:
            if x.key >= y.key:
                continue
            same = owner[(x.frame.article_id, x.frame.index)] == \
                owner[(y.frame.article_id, y.frame.index)]
            if not same:
                continue
            assert not places_conflict(x, y, radius)  # two towns far apart: never one event
            evidence = pair_evidence(x, y, window, radius)
            if evidence is not None:
                assert evidence.kind != "apart"


@settings(max_examples=150, deadline=None)
@given(corpora())
def test_undated_reports_never_join_on_place_alone(corpus: Corpus) -> None:
    frames, _, _ = corpus
    # no claims, no details, no publication dates: undated frames stay alone
    bare = [Frame(f.article_id, f.index, f.type, f.evidence, date=f.date,
                  date_precision=f.date_precision, date_text=f.date_text, location=f.location,
                  background=f.background) for f in frames]
    events, _ = link(bare, [], OPTIONS, {})
    for e in events:
        if len(e.frame_keys) > 1:
            assert all(next(f for f in bare if (f.article_id, f.index) == k).date is not None
                       for k in e.frame_keys)
