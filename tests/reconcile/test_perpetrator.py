"""Perpetrator status rules on hand-built claims."""

from __future__ import annotations

import pytest

from rashomon.extract.frames_contested import CONTESTED
from rashomon.lexicon.parties import same_party
from rashomon.reconcile.perpetrator import summarize_perpetrator
from rashomon.types import About, Claim, Evidence, FieldSource, Frame, Source, Stance

Spec = tuple[str, Stance, str | None]  # (source, stance, perpetrator)


def claim(n: int, source: str, stance: Stance, perpetrator: str | None,
          about: About = "perpetrator") -> Claim:
    return Claim(id=f"c{n}", article_id="a", source=Source(source, source), stance=stance,
                 about=about, text="", evidence=Evidence(0, 0, ""), perpetrator=perpetrator)


def summary(*specs: Spec) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]:
    s = summarize_perpetrator([claim(n, *spec) for n, spec in enumerate(specs)])
    return s.alleged, s.denied_by, s.acknowledged_by, s.status


@pytest.mark.parametrize(
    ("specs", "expected"),
    [
        ((), ((), (), (), "unknown")),
        ((("State TV", "asserts", "Coalition"),), (("Coalition",), (), (), "alleged")),
        ((("State TV", "asserts", "Coalition"), ("Coalition", "denies", "Coalition")),
         (("Coalition",), ("Coalition",), (), "contested")),
        ((("State TV", "asserts", "Coalition"), ("Monitor", "asserts", "Neighbour Air Force")),
         (("Coalition", "Neighbour Air Force"), (), (), "contested")),
        ((("Coalition", "confirms", "Coalition"),), ((), (), ("Coalition",), "acknowledged")),
        ((("Coalition forces", "confirms", "Coalition"), ("State TV", "asserts", "Coalition")),
         (("Coalition",), (), ("Coalition",), "acknowledged")),
        # a third party confirming is an allegation, not an acknowledgement
        ((("Wire officials", "confirms", "Coalition"),), (("Coalition",), (), (), "alleged")),
        # acknowledged then denied by the same party: contested
        ((("Coalition", "confirms", "Coalition"), ("Coalition HQ", "denies", "Coalition")),
         ((), ("Coalition",), ("Coalition",), "contested")),
        # a bare denial answers an allegation made elsewhere
        ((("Coalition", "denies", "Coalition"),), ((), ("Coalition",), (), "contested")),
        # aliases of one party are one allegation
        ((("State TV", "asserts", "US"), ("Militia", "asserts", "US military")),
         (("US", "US military"), (), (), "alleged")),
        # placeholders and silence count for nothing
        ((("Monitor", "asserts", "unidentified"), ("Air Force", "declines_comment", "Air Force")),
         ((), (), (), "unknown")),
        ((("Monitor", "asserts", None),), ((), (), (), "unknown")),
    ],
)
def test_status(specs: tuple[Spec, ...],
                expected: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]) -> None:
    assert summary(*specs) == expected


def test_occurrence_claims_count_other_abouts_do_not() -> None:
    claims = [claim(1, "State TV", "asserts", "Coalition", about="occurrence"),
              claim(2, "Monitor", "asserts", "Militia", about="casualties")]
    assert summarize_perpetrator(claims).alleged == ("Coalition",)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("US", "US military", True),
        ("US military", "us  Military", True),
        ("US", "US-led coalition", True),
        ("Iran", "Iran-backed militias", False),
        ("Israel", "Israeli military", False),
        ("US", None, False),
        ("Coalition", "Militia", False),
    ],
)
def test_same_party(a: str, b: str | None, same: bool) -> None:
    assert same_party(a, b) is same
    assert same_party(b, a) is same


def _frame(contested: bool) -> Frame:
    sources = {CONTESTED: FieldSource((Evidence(0, 12, "traded blame"),))} if contested else {}
    return Frame(article_id="a", index=0, type="shelling", evidence=Evidence(0, 0, ""), sources=sources)


@pytest.mark.parametrize(
    ("specs", "contested", "status"),
    [
        # a frame saying the authorship is contested: contested, even with no claim naming a party
        ((), True, "contested"),
        ((("Monitor", "asserts", "Rebels"),), True, "contested"),
        # an acknowledgement still wins: the party says it did it
        ((("Army", "confirms", "Army"),), True, "acknowledged"),
        # without such a frame the rules above hold
        ((), False, "unknown"),
        ((("Monitor", "asserts", "Rebels"),), False, "alleged"),
    ],
)
def test_a_frame_stating_a_contested_authorship(specs: tuple[Spec, ...], contested: bool, status: str) -> None:
    claims = [claim(n, *spec) for n, spec in enumerate(specs)]
    assert summarize_perpetrator(claims, [_frame(contested)]).status == status


def test_the_contested_key_is_one_constant_and_perpetrator_needs_no_extract() -> None:
    import ast
    import inspect

    from rashomon import types
    from rashomon.extract import frames_contested
    from rashomon.reconcile import perpetrator

    # extract writes the statements under this key and reconcile reads them under it
    assert frames_contested.CONTESTED == types.CONTESTED == "contested"
    tree = ast.parse(inspect.getsource(perpetrator))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in imported if m.startswith("rashomon.extract")}, imported
