"""The outlet's own casualty figures on a frame (issue 11, pattern 7): in a sentence without an
attack word, a list of victims, a revised toll, no figure from a running total or a claim."""

from __future__ import annotations

import pytest

N = None


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A roadside bomb exploded near a market in Maiduguri on Monday. Two people were killed "
         "and eight injured in the blast.", (2, 2), (8, 8)),
        # the figure stands in a sentence without an attack word
        ("Gunmen attacked a village in Zamfara state on Sunday. Four farmers were killed.",
         (4, 4), N),
        # no attack word at all: the counted victims make the incident
        ("Militiamen executed 16 villagers near Djibo on Tuesday.", (16, 16), N),
        # a list of victims is summed
        ("A car bomb exploded at a checkpoint in Mogadishu on Friday. Three soldiers and two "
         "civilians were killed.", (5, 5), N),
        # "in addition to the bomber", with an aside before the verb
        ("A suicide bomber struck a mosque in Kano on Friday. In addition to the bomber, at least "
         "six worshippers, including an imam, were killed.", (7, N), N),
        # a named victim in a short report
        ("A sniper opened fire on a patrol in Kidal on Monday. Captain Moussa Traore was killed.",
         (1, 1), N),
        # a toll that rises replaces the first figure
        ("Shelling hit the market in Kharkiv on Monday, killing 12 people. By evening the death "
         "toll had risen to 19.", (19, 19), N),
        # only injuries, and no word of death anywhere: no death reported is 0
        ("An explosive device detonated near a police patrol in Kirkuk on Monday. Two officers "
         "were injured in the blast.", (0, 0), (2, 2)),
        # a running total over the war is not the incident's figure
        ("An airstrike hit a school in Khan Younis on Monday. More than 30,000 people have been "
         "killed since the war began.", N, N),
        # a denied figure is nobody's figure
        ("A drone strike hit a convoy near Kutum on Monday. The army denied that 40 civilians "
         "were killed.", N, N),
        # a subject read whole by the parse beats a regex reading inside it
        ("An airstrike hit a house in Khan Younis on Monday. Thirteen civilians across three "
         "generations of one family were killed.", (13, 13), N),
        # a figure inside a claim is the claim's, not the outlet's
        ("A drone strike hit a convoy near Kutum on Monday. Five people were killed, the "
         "governor said.", N, N),
    ],
)
def test_outlet_figures(extract, text: str, killed: tuple[int | None, int | None] | None,  # type: ignore[no-untyped-def]
                        injured: tuple[int | None, int | None] | None) -> None:
    frame = extract(text).frames[0]
    got_k = None if frame.killed is None else (frame.killed.min, frame.killed.max)
    got_i = None if frame.injured is None else (frame.injured.min, frame.injured.max)
    assert (got_k, got_i) == (killed, injured)


def test_the_note_keeps_the_parts_and_the_revised_figure(extract) -> None:  # type: ignore[no-untyped-def]
    lists = extract("A car bomb exploded at a checkpoint in Mogadishu on Friday. Three soldiers "
                    "and two civilians were killed.").frames[0]
    assert lists.sources["killed"].note == "outlet: 5 (Three soldiers + two civilians)"
    revised = extract("Shelling hit the market in Kharkiv on Monday, killing 12 people. By "
                      "evening the death toll had risen to 19.").frames[0]
    note = revised.sources["killed"].note
    assert note == "outlet: 19 (revised from 12)"
    assert [e.text for e in revised.sources["killed"].evidence] == ["death toll had risen to 19",
                                                                    "killing 12 people"]


@pytest.mark.parametrize(
    ("text", "killed", "note"),
    [
        # later victims counted as more are added to the first ones
        ("A journalist was killed when an airstrike hit his home in Sagaing on Monday. The strike also "
         "killed 12 other members of his family.", (13, 13), "outlet: 13"),
        ("Two soldiers were killed when a mine exploded near Gao on Sunday. Three others died in the "
         "blast later in hospital.", (5, 5), "outlet: 5"),
        # a later figure that is no addition leaves the first one alone
        ("Shelling hit a market in El Fasher on Monday, killing nine people. Shelling hit the market "
         "again and killed 4 people.", (9, 9), "outlet: 9"),
    ],
)
def test_later_victims_counted_as_more_are_added(extract, text: str,  # type: ignore[no-untyped-def]
                                                 killed: tuple[int, int], note: str) -> None:
    frame = extract(text).frames[0]
    assert frame.killed is not None and (frame.killed.min, frame.killed.max) == killed
    assert frame.sources["killed"].note is not None and frame.sources["killed"].note.startswith(note)
    for ev in frame.sources["killed"].evidence:
        assert text[ev.start:ev.end] == ev.text
