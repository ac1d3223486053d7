"""A day on asking or contacting a source ("Asked about the arrests on Monday, a spokesman
declined to comment", "Contacted on Tuesday, the army did not reply") dates the question, a
statement's day, not the act. In a toll-update follow-up whose trigger sentences give only
statements' days ("the toll has risen to 40, officials said on Monday"; "the group, which said on
Saturday that it had attacked the camp"), such a day read from a claim's sentence made the frame
look dated by its act, on the day the reporter asked, days after the incident. Then the first
statement about the incident bounds it. Sentences written for the project, about conflicts no
eval or probe set covers."""

from __future__ import annotations

import pytest

STATEMENT = "the date of the first statement"


def _main(extract, text: str, published: str):  # type: ignore[no-untyped-def]
    frames = [f for f in extract(text, published=published).frames if not f.background]
    assert frames
    return frames[0]


@pytest.mark.parametrize(("text", "published", "day"), [
    # Myanmar: a toll update, the claim's day the earliest statement, a question on Monday
    ("The death toll from an air strike on a monastery in Sagaing region has risen to 31, the "
     "opposition National Unity Government said on Monday. The military, which said on Saturday "
     "that it had struck a rebel camp, blamed the rebels. Asked on Monday about the arrests, a "
     "junta spokesman declined to comment.", "2024-03-04", "2024-03-02"),
    # Sudan: contacted, no day of the act
    ("The number of people killed in the shelling of a market in El Fasher has risen to 40, "
     "medics said on Tuesday. Contacted on Tuesday, the Rapid Support Forces declined to comment.",
     "2024-03-05", "2024-03-05"),
    # the Sahel: a question in a when-clause
    ("The toll from the ambush of a convoy near Djibo has risen to 19 soldiers, the army said on "
     "Wednesday. When asked on Wednesday about the convoy, a government spokesman declined to "
     "comment.", "2024-03-06", "2024-03-06"),
    # Haiti: the day hung on what was asked about ("about the arrests on Monday")
    ("The toll from the attack by gang members on the town of Pont-Sonde has risen to 115, the UN "
     "human rights office said on Monday. Asked about the arrests on Monday, a police spokesman "
     "declined to comment.", "2024-03-04", "2024-03-04"),
    ("Al-Shabaab, which said on Saturday that it had attacked the hotel in Beledweyne, has not "
     "named the bombers. The number of dead has risen to 30, the regional governor said. Questioned "
     "about the suspects on Monday, police declined to comment.", "2024-03-04", "2024-03-02"),
])
def test_a_day_on_asking_a_source_is_a_statements(extract, text: str, published: str, day: str) -> None:  # type: ignore[no-untyped-def]
    frame = _main(extract, text, published)
    note = frame.sources["date"].note or ""
    assert frame.date == day and STATEMENT in note, (frame.date, note)


@pytest.mark.parametrize(("text", "published", "day"), [
    # near misses: the act's own day still dates it, whatever is asked later
    ("Gunmen attacked a church in Kasindo on Sunday, killing nine worshippers. Asked about the "
     "attack on Monday, the army declined to comment.", "2024-03-05", "2024-03-03"),
    ("A roadside bomb killed six soldiers near Kidal on Friday, the army said. Contacted on "
     "Saturday, the rebels did not reply.", "2024-03-10", "2024-03-08"),
])
def test_the_acts_own_day_still_dates_it(extract, text: str, published: str, day: str) -> None:  # type: ignore[no-untyped-def]
    frame = _main(extract, text, published)
    note = frame.sources["date"].note or ""
    assert frame.date == day and STATEMENT not in note, (frame.date, note)


@pytest.mark.parametrize(("text", "published", "day"), [
    # Ethiopia: the day a reporter sought comment (a verb whose object is a statement's noun)
    ("Mourners in the Amhara town of Debre Markos buried 14 people on Tuesday after what residents "
     "said was a drone strike on a bus. An army spokesman did not answer calls seeking comment on "
     "Tuesday.", "2024-03-05", "2024-03-05"),
    # DRC: an earlier toll given on a day (a toll's statement, as "put the toll at")
    ("The toll from the massacre of villagers in Mukondi, in Ituri province, has risen to 48, local "
     "officials said on Monday. On Saturday the provincial government had given a toll of 30.",
     "2024-03-04", "2024-03-02"),
    ("The toll from the attack on a camp for displaced people near Bunia has risen to 26, a UN "
     "official said on Monday. The army had given a toll of 19 on Sunday.", "2024-03-04", "2024-03-03"),
])
def test_a_day_of_seeking_comment_or_giving_a_toll_is_a_statements(extract, text: str, published: str,  # type: ignore[no-untyped-def]
                                                                   day: str) -> None:
    frame = _main(extract, text, published)
    note = frame.sources["date"].note or ""
    assert frame.date == day and STATEMENT in note, (frame.date, note)


def test_an_act_on_a_statements_noun_is_still_the_act(extract) -> None:  # type: ignore[no-untyped-def]
    """A near miss: the strike on a news conference is the act, whatever its object."""
    frame = _main(extract, "A drone struck a news conference of the Arakan Army in Buthidaung on "
                           "Sunday, killing four people, the group said on Monday.", "2024-03-04")
    note = frame.sources["date"].note or ""
    assert frame.date == "2024-03-03" and STATEMENT not in note, (frame.date, note)
