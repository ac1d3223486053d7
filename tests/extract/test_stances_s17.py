"""Stances on conflicts no eval set covers (issue 10, probe9's faults by their pattern): a silence
narrated up to a day is no decline, a body withholding others' names declines, a denial of
another party's account of its own act is no denial of the incident's perpetration, one
rejection is one claim, and a decline takes the topic of what it answers. Sentences written for
the project (Mozambique, Cameroon, Kashmir, Colombia, Nagorno-Karabakh)."""

from __future__ import annotations

import pytest


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.perpetrator) for c in claims]


def _by(claims, word: str):  # type: ignore[no-untyped-def]
    return [c for c in claims if word.lower() in (c.source.name or "").lower()
            or word.lower() in (c.source.text or "").lower()]


# --- a silence narrated up to a day: no request, no refusal ----------------------------------

MZ = "Insurgents killed nine soldiers near Mocimboa da Praia on Friday, the army said. "


@pytest.mark.parametrize("text", [
    MZ + "Islamic State, to which the insurgents are affiliated, had not commented on the attack by Sunday.",
    MZ + "The Islamic State group had not commented by late Saturday.",
])
def test_silence_narrated_until_a_day_is_no_decline(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "declines_comment" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    MZ + "Islamic State has not commented on the attack.",
    MZ + "Rwanda's army, which has troops in Cabo Delgado, did not comment on the attack.",
    MZ + "The insurgents had not responded to requests for comment by Sunday.",
])
def test_silence_without_a_deadline_still_declines(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "declines_comment" for c in claims), _show(claims)


# --- a body withholding others' names declines; a person withholding their own does not ------

CM = "Separatist fighters killed seven people at a market in Bamenda on Tuesday, police said. " \
     "Three men were arrested near the market on Wednesday. "


@pytest.mark.parametrize("text", [
    CM + "Police declined to give their names.",
    CM + "The gendarmerie refused to give the names of the suspects.",
])
def test_a_body_withholding_names_declines(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "declines_comment" for c in claims), _show(claims)


def test_a_witness_withholding_his_own_name_does_not_decline(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Separatist fighters killed seven people at a market in Bamenda on Tuesday, a trader said. " \
           "He declined to give his name for fear of reprisals."
    claims = extract(text).claims
    assert not any(c.stance == "declines_comment" for c in claims), _show(claims)
