"""What a report says about its incident: names, target words, figures, and how much two
reports share (rashomon.link.content). Sentences written for these tests."""

from __future__ import annotations

import pytest

from rashomon.link.content import agreement, content_of, person_names, shared_names, specific
from rashomon.link.info import Content
from rashomon.types import Claim, Evidence, Figure, Frame, Location, Source, Stance


def frame(targets: tuple[str, ...] = (), *, place: str = "El Geneina", place_text: str | None = None,
          killed: Figure | None = None, perpetrators: tuple[str, ...] = ()) -> Frame:
    return Frame(article_id="a", index=0, type="airstrike", evidence=Evidence(0, 0, ""),
                 place_text=place_text, location=Location(place, "SD", 13.45, 22.45, "town"),
                 targets=targets, killed=killed, perpetrators=perpetrators)


def claim(speaker: str = "the monitor", name: str = "Monitor", *, stance: Stance = "asserts",
          perpetrator: str | None = None, killed: Figure | None = None,
          injured: Figure | None = None) -> Claim:
    return Claim(id="c", article_id="a", source=Source(name, speaker), stance=stance,
                 about="occurrence", text="", evidence=Evidence(0, 0, ""),
                 perpetrator=perpetrator, killed=killed, injured=injured, frame=0)


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Major Josh Jacques of the U.S. Central Command", ["josh jacques"]),
        ("Tatmadaw spokesman Major General Zaw Min Tun", ["min tun"]),
        ("Colonel Assimi Goita, the junta leader", ["assimi goita"]),
        ("the Syrian Observatory for Human Rights", []),
        ("the Sudanese Armed Forces", []),
        ("Médecins Sans Frontières", []),
        ("residents of Gaza City", []),
        ("The Israeli military", []),
        ("a local official", []),
        ("OCHA", []),
        ("Abu Mohammed", []),  # name particles alone are no one
    ],
)
def test_person_names(speaker: str, expected: list[str]) -> None:
    assert person_names(speaker) == expected


@pytest.mark.parametrize(
    ("targets", "expected"),
    [
        (("the Abu Shouk market",), {"shouk", "market"}),
        (("a school bus carrying pupils",), {"bus", "pupils", "carrying", "school"}),
        (("the Radi family's home",), {"radi"}),
        (("houses", "civilians", "a residential building"), set()),
        (("an explosives-laden vehicle",), set()),  # the weapon, not the target
        (("RSF positions",), set()),  # a party: "RSF" is the perpetrator
        (("strikeStrike typeAirstrikeCivilian infrastructureResidential building",), set()),
        (("the El Geneina hospital",), {"hospital"}),  # the frame's own town is no detail
        (("Iranian forces", "Sudanese troops"), set()),
        (("the Kalma camp clinic",), {"kalma", "camp", "clinic"}),
    ],
)
def test_target_words(targets: tuple[str, ...], expected: set[str]) -> None:
    got = content_of(frame(targets, perpetrators=("RSF",)))
    assert got.words == frozenset(expected)


@pytest.mark.parametrize(
    ("targets", "speaker", "kind", "expected"),
    [
        # a side of the conflict that speaks: its name in a target names the party, not a site
        (("Houthi positions near the port",), "Houthi", "armed_group", {"port"}),
        (("a Tatmadaw convoy",), "Tatmadaw", "military", {"convoy"}),
        (("Fano militia checkpoints on the Gondar road",), "Fano militia", "armed_group", {"gondar"}),
        # an aid group, a hospital or an outlet hit by the attack and speaking about it is a
        # distinctive detail of that incident
        (("an MSF clinic",), "MSF", "unknown", {"msf", "clinic"}),
        (("the Kalma camp convoy of the WFP",), "WFP", "unknown", {"kalma", "camp", "convoy", "wfp"}),
        (("the Radio Okapi studio",), "Radio Okapi", "media", {"radio", "okapi", "studio"}),
    ],
)
def test_speakers_in_targets(targets: tuple[str, ...], speaker: str, kind: str, expected: set[str]) -> None:
    speaking = Claim(id="c", article_id="a", source=Source(speaker, speaker, kind),  # type: ignore[arg-type]
                     stance="asserts", about="occurrence", text="", evidence=Evidence(0, 0, ""), frame=0)
    assert content_of(frame(targets), [speaking]).words == frozenset(expected)


def test_figures_from_frame_and_claims() -> None:
    got = content_of(frame(killed=Figure(12, None)),
                     [claim(killed=Figure(None, 40), injured=Figure(7, 9))])
    assert got.figures == {("killed", 12), ("killed", 40), ("injured", 7), ("injured", 9)}


@pytest.mark.parametrize(
    ("stance", "perpetrator", "kept"),
    [
        ("denies", "RSF", True),
        ("declines_comment", None, True),
        ("asserts", "Sudanese army", True),
        ("asserts", None, False),  # an assertion naming nobody is no position on who did it
    ],
)
def test_stances(stance: Stance, perpetrator: str | None, kept: bool) -> None:
    got = content_of(frame(), [claim(name="RSF", stance=stance, perpetrator=perpetrator)])
    assert bool(got.stances) is kept


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"wayne marotto"}, {"wayne maroto"}, ["wayne marotto"]),
        ({"zaw min tun"}, {"zaw min tun"}, ["zaw min tun"]),
        ({"frank mckenzie"}, {"kenneth mckenzie"}, []),
        ({"assimi goita"}, {"ibrahim traore"}, []),
    ],
)
def test_shared_names_tolerate_spelling(a: set[str], b: set[str], expected: list[str]) -> None:
    assert shared_names(frozenset(a), frozenset(b)) == expected


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        (Content(figures=frozenset({("killed", 52)})), Content(figures=frozenset({("killed", 52)})),
         0.6, 0.6),  # one figure of 10+: decides alone
        (Content(figures=frozenset({("killed", 7)})), Content(figures=frozenset({("killed", 7)})),
         0.45, 0.45),  # a smaller one only hints
        (Content(figures=frozenset({("killed", 2)})), Content(figures=frozenset({("killed", 2)})),
         0.25, 0.25),
        (Content(figures=frozenset({("killed", 22), ("injured", 12)})),
         Content(figures=frozenset({("killed", 22), ("injured", 12)})), 0.9, 0.9),
        (Content(words=frozenset({"consulate"})), Content(words=frozenset({"consulate"})), 0.5, 0.5),
        (Content(names=frozenset({"zaw min tun"})), Content(names=frozenset({"zaw min tun"})),
         0.7, 0.7),
        (Content(stances=frozenset({("rsf", "denies", "rsf"), ("saf", "asserts", "rsf"),
                                    ("un", "declines_comment", "")})),
         Content(stances=frozenset({("rsf", "denies", "rsf"), ("saf", "asserts", "rsf"),
                                    ("un", "declines_comment", "")})), 0.4, 0.4),  # capped
        (Content(figures=frozenset({("killed", 9)})), Content(figures=frozenset({("injured", 9)})),
         0.0, 0.0),  # 9 dead is not 9 wounded
        (Content(), Content(words=frozenset({"bus"})), 0.0, 0.0),
    ],
)
def test_agreement(a: Content, b: Content, low: float, high: float) -> None:
    score, _ = agreement(a, b)
    assert low - 1e-9 <= score <= high + 1e-9
    assert score == agreement(b, a)[0]  # symmetric


def test_parties_positions_are_not_a_specific_detail() -> None:
    a = Content(stances=frozenset({("rsf", "denies", "rsf")}))
    assert not specific(a, a)
    assert specific(Content(words=frozenset({"bus"})), Content(words=frozenset({"bus"})))
    # the place's own words are no detail
    assert not specific(Content(words=frozenset({"kalma"})), Content(words=frozenset({"kalma"})),
                        frozenset({"kalma"}))
