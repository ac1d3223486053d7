"""Invariants of linking, checked on random frames."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.config import Options
from rashomon.link import link
from rashomon.types import Claim, Event, Evidence, Frame, Location, Source

OPTIONS = Options()
PLACES = [
    Location("Qasr Tamar", "SY", 34.50, 40.90, "town"),
    Location("Tell Halfa", "SY", 34.60, 40.95, "town"),
    Location("Kharab Nahr", "IQ", 34.40, 41.05, "town"),
    Location("Wadi Sirr", "SY", 35.40, 40.10, "town"),
    Location("Syria", "SY", 35.0, 38.5, "country"),
    None,
]
TYPES = ["airstrike", "drone_strike", "explosion", "ground_attack", "shelling"]
START = date(2020, 3, 1)


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[Frame], list[Claim]]:
    n = draw(st.integers(1, 14))
    frames = []
    for k in range(n):
        article = f"art{draw(st.integers(0, 5))}"
        offset = draw(st.one_of(st.none(), st.integers(0, 12)))
        frames.append(Frame(
            article_id=article, index=k, type=draw(st.sampled_from(TYPES)),
            evidence=Evidence(0, 0, ""),
            date=None if offset is None else (START + timedelta(days=offset)).isoformat(),
            date_precision="unknown" if offset is None else "day",
            location=draw(st.sampled_from(PLACES)),
            perpetrators=tuple(draw(st.lists(st.sampled_from(["Coalition", "Militia"]),
                                             max_size=1))),
            background=draw(st.booleans()),
        ))
    claims = [
        Claim(id=f"c{k}", article_id=f.article_id, source=Source("S", "s"), stance="asserts",
              about="occurrence", text="", evidence=Evidence(0, 0, ""), frame=f.index)
        for k, f in enumerate(frames)
    ]
    claims.append(Claim(id="loose", article_id="art0", source=Source("S", "s"),
                        stance="asserts", about="other", text="", evidence=Evidence(0, 0, "")))
    return frames, claims


@settings(max_examples=150, deadline=None)
@given(corpora(), st.randoms(use_true_random=False))
def test_link_is_invariant_to_input_order(corpus: tuple[list[Frame], list[Claim]],
                                          rnd: object) -> None:
    frames, claims = corpus
    shuffled_f, shuffled_c = list(frames), list(claims)
    rnd.shuffle(shuffled_f)  # type: ignore[attr-defined]
    rnd.shuffle(shuffled_c)  # type: ignore[attr-defined]
    assert link(frames, claims, OPTIONS) == link(shuffled_f, shuffled_c, OPTIONS)


def _dated_span(event: Event, frames: dict[tuple[str, int], Frame]) -> int:
    days = [date.fromisoformat(d) for d in
            (frames[k].date for k in event.frame_keys) if d is not None]
    return (max(days) - min(days)).days if days else 0


@settings(max_examples=150, deadline=None)
@given(corpora())
def test_every_frame_and_claim_lands_in_its_event(
    corpus: tuple[list[Frame], list[Claim]],
) -> None:
    frames, claims = corpus
    events, mapping = link(frames, claims, OPTIONS)
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
