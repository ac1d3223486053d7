"""Who did it, read from membership and from a deed done back (claims_reading.find_perpetrator):
"the suspects were members of X" and "the attack was retaliation by X" name X as the doer,
while "the men killed were members of X" names the victims' side. Sentences written for the
project, about conflicts no eval set covers."""

from __future__ import annotations

import pytest


def _perpetrators(extract, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [c.perpetrator for c in extract(text).claims]


@pytest.mark.parametrize(("text", "party"), [
    ("Police in Mogadishu said the suspects in the hotel bombing were members of al-Shabaab.", "al-Shabaab"),
    ("The army said the gunmen who attacked the market in Djibo belonged to JNIM.", "JNIM"),
    ("The governor said the raid on the village was retaliation by Boko Haram for the arrest of its "
     "commanders.", "Boko Haram"),
    ("A local official said the shelling of the market might have been revenge by the RSF for its "
     "losses near El Obeid.", "RSF"),
])
def test_doers_named(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    assert party in _perpetrators(extract, text)


@pytest.mark.parametrize("text", [
    "Officials said the two men killed in the strike were members of Hezbollah.",
    "Residents said the victims of the ambush near Beni were members of the ADF.",
])
def test_victims_who_were_members_name_no_doer(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    perpetrators = _perpetrators(extract, text)
    assert perpetrators and all(p is None for p in perpetrators), perpetrators


# --- an earlier event's figure (numbers.cumulative): only the figure inside its clause --------

@pytest.mark.parametrize(("text", "earlier"), [
    ("The raid on Gao came a day after 12 soldiers were killed in an ambush near Kaya.", True),
    ("The strike came on the same day that the junta executed three prisoners in Yangon.", True),
    # the comma closes the earlier event: the figure after it is the attack's own
    ("The attack on the camp in Tawila came hours after the army began an offensive, killing 12 people.", False),
    ("The shelling came days after the truce collapsed, and it killed nine people in Kadugli.", False),
])
def test_an_earlier_event_s_figure_is_no_toll(text: str, earlier: bool) -> None:
    from rashomon.extract.numbers import cumulative
    assert cumulative(text) is earlier


@pytest.mark.parametrize(("text", "period"), [
    ("Armed groups killed nearly 4,000 people last year across the Sahel, the monitor said.", True),
    ("More than 600 civilians were killed in the province last year, the UN said.", True),
    # one earlier incident, told with its own toll: a background frame's figure, no period count
    ("Last year, a drone strike on a base near Kidal killed three soldiers.", False),
])
def test_a_year_s_count_is_no_toll(text: str, period: bool) -> None:
    from rashomon.extract.numbers import cumulative
    assert cumulative(text) is period
