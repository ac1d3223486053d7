"""A count back to something said about the incident ("hours after the attack was blamed on the
group", "a day after the killings were condemned") dates the statement, not the incident: the day
a later sentence gives the act ("The blast on Sunday afternoon …") is the incident's. A count back
to the act itself ("hours after the attack", "a day after gunmen killed …") still dates it.
Sentences written for the project (Colombia, Yemen, Ethiopia)."""

from __future__ import annotations

from typing import Any

import pytest


def _date(extract: Any, text: str, published: str) -> str | None:
    frame = next(f for f in extract(text, published=published).frames if not f.background)
    return frame.date


@pytest.mark.parametrize(("text", "published", "day"), [
    ("CARACAS, Feb 15 (Andes Wire) - The ELN on Wednesday denied any role in the car bombing in Cucuta that "
     "killed three soldiers, hours after the attack was blamed on the group by Colombia's defence minister.\n\n"
     "The bomb exploded on Monday evening outside a police station in the border city.",
     "2023-02-15", "2023-02-13"),
    ("RIYADH, June 3 (Gulf Desk) - The Saudi-led coalition on Saturday rejected reports that it had struck "
     "a wedding in Hajjah, a day after the strike was condemned by the United Nations.\n\n"
     "The air strike on Thursday night killed 22 guests, medics in Hajjah said.",
     "2023-06-03", "2023-06-01"),
    ("ADDIS ABABA, Nov 9 - The regional government on Thursday called for an inquiry into the killings in "
     "Gimbi, hours after the massacre was denounced by rights groups.\n\n"
     "Gunmen killed at least 40 villagers in Gimbi on Tuesday, residents said.",
     "2023-11-09", "2023-11-07"),
])
def test_a_count_back_to_a_statement_does_not_date_the_act(extract: Any, text: str, published: str,
                                                           day: str) -> None:
    assert _date(extract, text, published) == day


@pytest.mark.parametrize(("text", "published", "day"), [
    # the near miss: the count back reaches the act ("hours after the attack"), the blame comes after
    ("Colombia's defence minister blamed the ELN on Wednesday, hours after the attack on a police "
     "station in Cucuta killed three soldiers.", "2023-02-15", "2023-02-15"),
    ("Mourners buried 22 wedding guests in Hajjah on Saturday, a day after an air strike killed them.",
     "2023-06-03", "2023-06-02"),
])
def test_a_count_back_to_the_act_still_dates_it(extract: Any, text: str, published: str, day: str) -> None:
    assert _date(extract, text, published) == day


@pytest.mark.parametrize(("text", "published", "day"), [
    # the sentence's own attack told by its participle with a toll ("…, killing 14 people") before
    # the count back: what the phrase counts back to is an earlier incident
    ("KANO (Sahel Post) — A suicide bomber blew himself up at a bus station in Kano on Sunday, killing 14 "
     "people, two days after gunmen attacked a church in the city.", "2024-03-10", "2024-03-10"),
    ("A car bomb exploded at a checkpoint in Aden on Tuesday, killing nine soldiers, a day after a drone "
     "strike hit a convoy in Abyan.", "2024-03-12", "2024-03-12"),
    ("Gang members set fire to homes in Cite Soleil on Friday, killing 12 residents, three days after "
     "police raided the district.", "2024-03-08", "2024-03-08"),
])
def test_an_attack_told_with_its_toll_keeps_its_day(extract: Any, text: str, published: str, day: str) -> None:
    assert _date(extract, text, published) == day


@pytest.mark.parametrize("text", [
    "Mourners marched through Kano on Monday, chanting slogans, a day after a bomb killed 14 people.",
    "Thousands marched through Kano on Monday, mourning 14 victims, a day after a bomb killed them.",
])
def test_a_march_with_a_participle_still_counts_back(extract: Any, text: str) -> None:
    """The near misses: a march's participle, with no toll or with a count that is no harm
    ("mourning 14 victims"), is no attack of its own."""
    assert _date(extract, text, "2024-03-11") == "2024-03-10"
