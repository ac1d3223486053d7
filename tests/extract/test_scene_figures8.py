"""Round-2 scene pattern (s16r2-figures8), on sentences written for the project about conflicts no
eval or probe set covers: "that attack", "that siege" right after a sentence telling of another
incident point back to that incident, not to the article's own."""

from __future__ import annotations

import pytest

LEAD_MACOMIA = ("PEMBA, May 6 - Insurgents attacked the town of Macomia on Sunday, killing at least 12 people, "
                "the district administrator said.\n\n")
LEAD_MINDANAO = ("COTABATO - Gunmen ambushed a bus near Datu Piang on Monday, killing nine passengers, the army "
                 "said.\n\n")


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.killed, c.injured, c.text) for c in claims]


@pytest.mark.parametrize("text, word", [
    # a separate attack told just before
    (LEAD_MACOMIA + "Last month the provincial government reported a separate ambush on a convoy near Mueda. "
     "Officials said that attack killed seven soldiers.", "that attack"),
    # another year's siege told just before
    (LEAD_MINDANAO + "In 2021, gunmen of the same group attacked the town hall of Datu Piang and held it for a week. "
     "The army said that siege killed four policemen.", "that siege"),
])
def test_that_attack_after_another_incident_is_that_incident(extract, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if word in c.text]
    assert claims and all(c.about == "other" and c.killed is None for c in claims), _show(extract(text).claims)


@pytest.mark.parametrize("text, word", [
    # "that attack" after a sentence about the incident itself is the incident
    (LEAD_MACOMIA + "Residents said the insurgents burned dozens of homes in Macomia before withdrawing. "
     "The administrator said that attack had left the town without power.", "that attack"),
    # "that" as a complementizer before a plural subject is no naming back
    (LEAD_MACOMIA + "Last month the provincial government reported a separate ambush on a convoy near Mueda. "
     "The administrator said that attacks on Macomia had left the town without power.", "attacks on Macomia"),
])
def test_that_attack_after_the_incident_itself_stays(extract, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if word in c.text]
    assert claims and all(c.about != "other" for c in claims), _show(extract(text).claims)
