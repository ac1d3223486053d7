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
    MZ + "Islamic State had yet to comment on the attack by Sunday.",
])
def test_silence_narrated_until_a_day_is_no_decline(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "declines_comment" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    MZ + "Islamic State has not commented on the attack.",
    MZ + "Rwanda's army, which has troops in Cabo Delgado, did not comment on the attack.",
    MZ + "The insurgents had not responded to requests for comment by Sunday.",
    MZ + "Rwanda's army has yet to comment on the attack.",
    MZ + "Officials in Pemba have yet to respond to requests for comment.",
])
def test_silence_without_a_deadline_still_declines(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "declines_comment" for c in claims), _show(claims)


def test_yet_to_respond_to_the_attack_is_no_decline(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(MZ + "The army has yet to respond to the attack.").claims
    assert not any(c.stance == "declines_comment" for c in claims), _show(claims)


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


# --- a denial of another party's account of its own act is no denial of the incident ---------

def test_denying_the_armys_account_of_a_counter_raid_is_no_denial_of_the_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Separatist fighters killed seven people at a market in Bamenda on Tuesday, police said. "
            "The army said on Wednesday its soldiers had destroyed three separatist camps near Batibo. "
            "The Ambazonia Defence Forces dismissed the account as propaganda.")
    denials = [c for c in extract(text).claims if c.stance == "denies"]
    assert denials, "the dismissal is still a denial"
    assert all(c.about != "perpetrator" and c.perpetrator is None for c in denials), _show(denials)


def test_denying_an_accusation_named_again_stays_a_denial_of_perpetration(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Azerbaijan's defence ministry said Armenian units had shelled its positions near Lachin. "
            "Armenia's defence ministry rejected the accusation as a lie.")
    denials = [c for c in extract(text).claims if c.stance == "denies"]
    assert any(c.about == "perpetrator" for c in denials), _show(denials)


def test_dismissing_a_claimed_toll_named_again_is_about_the_casualties(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Rebels overran an army post near Tame on Monday, the army said. The ELN said it had killed "
            "15 soldiers. Colombia's defence minister dismissed the claim, describing it as fabricated.")
    denials = [c for c in extract(text).claims if c.stance == "denies"]
    assert [c.about for c in denials] == ["casualties"], _show(denials)


# --- one rejection, one claim ------------------------------------------------------------------

def test_a_rejection_said_again_in_a_participle_is_one_claim(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Rebels overran an army post near Tame on Monday, the army said. The ELN said its fighters "
            "had carried out the attack and killed 15 soldiers. The defence minister rejected that "
            "figure, calling the group's statement \"propaganda\".")
    denials = [c for c in extract(text).claims if c.stance == "denies"]
    assert [c.about for c in denials] == ["casualties"], _show(denials)


def test_two_denials_of_two_speakers_in_one_sentence_stay_two(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Drones struck a market near Lachin on Tuesday, killing four, local officials said. Armenia "
            "denied firing the drones, while Azerbaijan rejected the reports as fabricated.")
    denials = [c for c in extract(text).claims if c.stance == "denies"]
    assert len({c.source.name for c in denials}) == 2, _show(denials)


# --- a decline takes the topic of what it was asked about, or of the account it answers --------

LACHIN = "Azerbaijani drones struck positions near Lachin on Tuesday, Armenia's defence ministry said. "


def test_a_request_for_comment_on_losses_is_about_the_casualties(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(LACHIN + "Azerbaijan's defence ministry did not respond to a request for comment "
                              "on its losses.").claims
    assert [c.about for c in claims if c.stance == "declines_comment"] == ["casualties"], _show(claims)


def test_a_request_for_comment_on_the_strike_stays_about_who_did_it(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract(LACHIN + "Azerbaijan's defence ministry did not respond to a request for comment "
                              "on the strike.").claims
    assert [c.about for c in claims if c.stance == "declines_comment"] == ["perpetrator"], _show(claims)


def test_a_decline_on_a_report_of_deaths_named_again_is_about_the_casualties(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed 11 people in Kupwara district on Sunday, police said. A rights group in Srinagar "
            "said two children had also been killed. The army did not respond to a request for comment "
            "on that report.")
    claims = extract(text).claims
    assert [c.about for c in claims if c.stance == "declines_comment"] == ["casualties"], _show(claims)


# --- a side's accusation naming the other side's units names the attacker ---------------------

@pytest.mark.parametrize(("text", "party"), [
    ("Azerbaijan's defence ministry said Armenian units had shelled its positions near Lachin.", "Armenia"),
    ("Pakistan's army said Indian units had fired mortar shells across the Line of Control near "
     "Kotli, killing two civilians.", "India"),
])
def test_a_demonym_on_units_names_the_attacker(extract, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.perpetrator == party for c in claims), _show(claims)


def test_units_hit_are_the_victims_not_the_attackers(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The army said two Pakistani units had been hit by Indian shelling near Kotli.").claims
    assert not any(c.perpetrator == "Pakistan" for c in claims), _show(claims)


# --- a specialised ministry keeps its name beside its government's vague words ------------------

def _draft(name: str, text: str, kind: str, stance: str = "asserts"):  # type: ignore[no-untyped-def]
    from rashomon.extract.draft_rules import ClaimDraft
    from rashomon.types import Source
    return ClaimDraft(attribution=None, source=Source(name=name, text=text, kind=kind),  # type: ignore[arg-type]
                      party="Sudan", stance=stance, hedged=False)


def test_a_specialised_ministry_is_neither_renamed_nor_a_name_for_the_government(resources) -> None:  # type: ignore[no-untyped-def]
    from rashomon.extract.draft_rules import consolidate
    drafts = [_draft("Sudanese military", "Sudan's army", "military"),
              _draft("Sudanese health ministry", "the ministry", "government"),
              _draft("Sudanese government", "Sudan", "government")]
    names = [d.source.name for d in consolidate(drafts, resources.actors)]
    assert names[1] == "Sudanese health ministry"
    assert names[2] == "Sudanese military"  # the vague "Sudan" still takes the specific source


def test_a_vague_government_does_not_take_the_ministry_name(resources) -> None:  # type: ignore[no-untyped-def]
    from rashomon.extract.draft_rules import consolidate
    drafts = [_draft("Sudanese health ministry", "Sudan's health ministry", "government"),
              _draft("Sudanese government", "Sudan", "government")]
    names = [d.source.name for d in consolidate(drafts, resources.actors)]
    assert names == ["Sudanese health ministry", "Sudanese government"]


# --- a decline on fighting between two sides is on the occurrence -----------------------------

@pytest.mark.parametrize(("text", "about"), [
    ("Fighting broke out on the border near Lachin on Tuesday. The Collective Security Treaty "
     "Organization declined to comment on the fighting.", "occurrence"),
    ("Armenian and Azerbaijani troops clashed near Lachin on Tuesday. The African Union declined to "
     "comment on the clashes.", "occurrence"),
    ("A drone struck a market near Lachin on Tuesday. Azerbaijan's defence ministry declined to comment "
     "on the strike.", "perpetrator"),
])
def test_a_decline_on_fighting_is_on_the_occurrence(extract, text: str, about: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert [c.about for c in claims if c.stance == "declines_comment"] == [about], _show(claims)


def test_the_reports_at_large_are_not_one_earlier_claim(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A military jet bombed a school near Kalay on Monday, killing 20, a resistance official said. "
            "A teacher said about 40 others were injured. The junta denied the reports.")
    denials = [c for c in extract(text).claims if c.stance == "denies"]
    assert denials and all(c.about == "perpetrator" for c in denials), _show(denials)


def test_a_denial_with_its_own_account_keeps_its_own_topic(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A military jet bombed a school near Kalay on Monday, killing 20, a resistance official said. "
            "A teacher said about 40 others were injured. A junta spokesman said no aircraft had flown "
            "over the area and described that account as fake news.")
    denials = [c for c in extract(text).claims if c.stance == "denies"]
    assert denials and all(c.about == "perpetrator" for c in denials), _show(denials)


def test_a_foreign_ministry_speaks_for_its_government(resources) -> None:  # type: ignore[no-untyped-def]
    from rashomon.extract.draft_rules import consolidate
    drafts = [_draft("Sudanese foreign ministry", "Foreign ministry spokesman Ali al-Sadiq", "government"),
              _draft("Sudanese government", "Sudan", "government")]
    names = [d.source.name for d in consolidate(drafts, resources.actors)]
    assert names == ["Sudanese foreign ministry", "Sudanese foreign ministry"]


# --- a government's own words never take its army's name; border guards speak -------------------

def test_a_government_and_its_army_stay_two_sources(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("Chad's government said 40 soldiers had been killed near Bol. The army had first "
                     "said 12 soldiers died.").claims
    assert len({c.source.name for c in claims if c.killed is not None}) == 2, _show(claims)


def test_a_bare_country_still_takes_its_militarys_name(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("The US denied having carried out the raid near Deir ez-Zor. \u201cThese are not our "
                     "strikes,\u201d a CENTCOM official told the channel.").claims
    assert {c.source.name for c in claims if c.stance == "denies"} == {"US military"}, _show(claims)


def test_border_guards_are_a_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    claims = extract("Fighting broke out near Ganja on Friday. Armenia's border guards said the Azerbaijani "
                     "side had shelled an outpost first.").claims
    assert any("guards" in (c.source.text or "").lower() for c in claims), _show(claims)
