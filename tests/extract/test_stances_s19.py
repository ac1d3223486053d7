"""Stances on conflicts no eval set covers (issue 10, probe13's stance faults by their kind, each
seen in three or more corpora): a denial that answers another incident than the article's; a
word of denial in a witness's account of a victim ("she is alive, but …"); a denial of what was
aimed at; the narration of a party's habits, of a charge against both sides and of analysts'
guesses. Sentences written for the project (Sudan, Myanmar, Nigeria, Colombia, Haiti, Ethiopia,
the Sahel, Mozambique, DRC)."""

from __future__ import annotations

import pytest


def _show(claims):  # type: ignore[no-untyped-def]
    return [(c.source.name, c.stance, c.about, c.perpetrator, c.text[:50]) for c in claims]


def _denials(claims):  # type: ignore[no-untyped-def]
    """The denials that stand as a position on the incident (not background about another)."""
    return [c for c in claims if c.stance == "denies" and c.about != "other"]


# --- a denial of another incident, named at its own place --------------------------------------

SD = "KHARTOUM, May 4 - A drone struck a market in El Obeid on Sunday, killing 21 people, local officials said.\n\n"
NG = "ABUJA, Feb 3 - Gunmen killed 30 villagers in Zurmi, in Zamfara state, on Saturday, police said.\n\n"
MM = "MANDALAY, June 2 - An air strike hit a monastery in Sagaing town on Monday, killing 12 monks, witnesses said.\n\n"


@pytest.mark.parametrize("text", [
    SD + "The RSF has not commented on the El Obeid strike. The group had denied any part in the shelling of "
         "a camp in Tawila, in North Darfur, which killed 40 people on the same day.",
    NG + "No group has claimed the Zurmi killings. A bandit leader denied any role in the attack on a mosque in "
         "Kaura Namoda, which killed 11 worshippers a week earlier.",
    MM + "The junta did not respond to questions. It rejected responsibility for the bombing of a clinic in "
         "Kalay, which killed five patients the same week.",
])
def test_a_denial_of_an_act_named_at_another_place_is_about_that_one(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not _denials(claims), _show(claims)


@pytest.mark.parametrize("text", [
    # a region that holds the incident: the denial covers it
    SD + "The RSF denied carrying out strikes on civilian targets in the North Kordofan region.",
    SD + "The RSF denied carrying out the strike on the market.",
    # a denial of any act in a place named first there: it covers the incident
    MM + "The military said it had carried out no air strikes in Kani township that day.",
])
def test_a_denial_of_the_incident_or_its_region_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _denials(claims), _show(claims)


# --- a denial that goes on telling of the incident of the sentence before ----------------------

CO = "BOGOTA, Jan 9 - A car bomb exploded outside a police station in Jamundi on Tuesday, killing four " \
     "officers, police said.\n\n"
HT = "PORT-AU-PRINCE, Oct 4 - Gang members killed 70 people in Pont-Sonde on Thursday, the UN said.\n\n"
ET = "ADDIS ABABA, Aug 8 - A drone strike killed 26 people at a bus station in Finote Selam on Sunday, a " \
     "doctor said.\n\n"


@pytest.mark.parametrize("text", [
    CO + "In 2019, a car bomb at a police academy in Bogota killed 22 cadets. The ELN first denied any "
         "involvement and later admitted that its fighters had planted it.",
    HT + "Gangs killed at least 71 people in La Saline in November 2018, according to rights groups. The "
         "government denied that police officers had taken part.",
    ET + "In January 2022, an air strike on a camp in Dedebit killed 56 people. The federal government denied "
         "targeting civilians and said it had hit rebel positions.",
])
def test_a_denial_after_a_sentence_of_another_incident_is_about_that_one(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not _denials(claims), _show(claims)
    assert not any(c.stance == "confirms" and c.about != "other" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    # the denial names the incident's own place
    CO + "In 2019, a car bomb at a police academy in Bogota killed 22 cadets. The ELN denied any "
         "involvement in the bombing in Jamundi.",
    # a paragraph of its own
    CO + "In 2019, a car bomb at a police academy in Bogota killed 22 cadets.\n\nThe ELN denied any "
         "involvement.",
])
def test_a_denial_of_the_incident_after_background_stays(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _denials(claims), _show(claims)


# --- a witness's word about a victim who lived is no denial -------------------------------------

ML = "BAMAKO, March 3 - Gunmen killed 40 villagers in Diallassagou on Friday, officials said.\n\n"
MZ = "MAPUTO, April 2 - Insurgents beheaded 12 men in a village near Mocimboa da Praia on Sunday, " \
     "residents said.\n\n"


@pytest.mark.parametrize("text", [
    ML + '"My son is alive, but he cannot walk," his mother said.',
    ML + '"My brother was at the market. He is alive, but he does not speak," said Amadou Traore, a farmer.',
    MZ + "A nurse in Pemba said two of the girls were alive but had lost their parents.",
])
def test_a_victim_alive_in_a_witness_account_is_no_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)


@pytest.mark.parametrize("text", [
    ML + "The army said Colonel Diarra, reported killed in the attack, is alive.",
    ML + "The junta said the soldiers who were said to be dead are alive.",
])
def test_one_reported_dead_said_alive_is_still_a_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.stance == "denies" for c in claims), _show(claims)


# --- a denial of what was aimed at ---------------------------------------------------------------

CD = "GOMA, March 3 - Shells hit a camp for displaced people near Goma on Friday, killing nine people, the UN said.\n\n"


@pytest.mark.parametrize("text", [
    SD + "The RSF said it had not aimed at civilians.",
    CD + "The M23 insisted that its artillery was not aimed at the camp.",
    CD + "The M23 said the camp had not been the target.",
    SD + "The RSF said its drones were not directed at the market.",
])
def test_a_denial_of_the_aim_denies(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert _denials(claims), _show(claims)


@pytest.mark.parametrize("text", [
    CD + "The M23 said the camp was not the only target.",
    CD + "The M23 said the shells had been aimed at army positions.",
    CD + "The UN said it was not clear what the shells had been aimed at.",
])
def test_an_aim_not_denied_is_no_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)


# --- a party's habits, a charge against both sides, an analyst's guess: no claim ---------------

BF = "OUAGADOUGOU, June 5 - Gunmen killed 50 people in Seytenga on Saturday, the government said. No " \
     "group has claimed the attack.\n\n"


@pytest.mark.parametrize("text", [
    SD + "The RSF usually claims its attacks within hours.",
    BF + "JNIM typically announces its raids on its Telegram channels.",
    BF + "The army rarely gives tolls for attacks on its forces.",
    MZ + "The insurgents, who have fought since 2017, normally claim their attacks through Islamic State's "
         "news agency.",
])
def test_a_party_s_habit_is_no_claim_about_the_incident(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert all(c.about == "other" for c in claims if c.text.startswith(("claims", "announces", "gives", "claim"))
               or "usually" in c.evidence.text or "typically" in c.evidence.text or "rarely" in c.evidence.text
               or "normally" in c.evidence.text), _show(claims)


@pytest.mark.parametrize("text", [
    BF + "Rights groups accuse both the army and the jihadists of killing civilians.",
    ML + "Human rights groups have accused both sides of abuses against villagers.",
    MM + "Activists accuse both the junta and the militias of burning villages.",
])
def test_a_charge_against_both_sides_is_no_claim_about_the_incident(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert all(c.about == "other" for c in claims if "both" in c.evidence.text), _show(claims)


@pytest.mark.parametrize("text", [
    BF + "Analysts in Niamey said the group may have stayed silent because of the anger at the killings.",
    SD + "Analysts said the RSF might have wanted to punish the town for its support of the army.",
    NG + "Security experts said the gang could have been paid to attack the village.",
])
def test_an_analyst_s_guess_is_no_claim(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    guessed = [c for c in claims if any(w in (c.source.name or "") for w in ("nalyst", "xpert"))]
    assert guessed and all(c.about == "other" for c in guessed), _show(claims)


@pytest.mark.parametrize("text", [
    # the incident's own charge, and a party's own account
    SD + "The army accused both the RSF and its allied militia of the attack on the market.",
    SD + "The RSF claimed the attack on Monday.",
    NG + "Police said the attackers may have been members of a gang led by Bello Turji.",
])
def test_the_incident_s_claims_stay(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    last = [c for c in claims if c.evidence.start > text.index("\n\n")]
    assert last and all(c.about != "other" for c in last), _show(claims)


@pytest.mark.parametrize("text", [
    # a norm, said by a third party, denies nothing
    SD + '"Markets must never be the target of drones," the UN coordinator said.',
    CD + "UNICEF said children should never be targets.",
])
def test_a_norm_about_targets_is_no_denial(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)


# --- a figure another source gave, set against the speaker's, is that source's claim ------------

MZ3 = "PEMBA, March 28 - Insurgents attacked the town of Palma on Wednesday. "
NE3 = "NIAMEY, March 22 - Gunmen attacked a mosque in Banibangou on Friday. "
SD3 = "KHARTOUM, May 2 - Shells hit a market in El Fasher on Sunday. "


@pytest.mark.parametrize(("text", "giver", "killed", "injured"), [
    (MZ3 + "A security contractor said at least 12 people had been killed in the ambush, a higher figure than the "
           "seven given by the government.", "government", 7, None),
    (NE3 + "Residents said that more than 50 people had been killed, a higher toll than the 44 announced by the "
           "army.", "army", 44, None),
    (SD3 + "Doctors said 30 people died, double the toll of 15 reported by the state governor.", "governor", 15, None),
    (SD3 + "Medics said 60 people were wounded, twice the 30 reported by the local authorities.", "authorities",
     None, 30),
])
def test_a_figure_given_by_another_source_is_its_claim(extract, text: str, giver: str, killed: int | None,
                                                      injured: int | None) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    given = [c for c in claims if giver in (c.source.name or "").lower() and c.about == "casualties"]
    assert given, _show(claims)
    assert (given[0].killed.min if given[0].killed else None) == killed, _show(claims)
    assert (given[0].injured.min if given[0].injured else None) == injured, _show(claims)


@pytest.mark.parametrize("text", [
    MZ3 + "Officials said 12 people had been killed and that the 20 hostages released by the insurgents were safe.",
    NE3 + "The army said 30 people had been killed, and that the report issued by the group was false.",
])
def test_no_figure_given_where_nothing_is_counted_by_another(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.about == "casualties" and c.source.name and ("insurgent" in c.source.name.lower()
                                                               or "group" in c.source.name.lower()) for c in claims), \
        _show(claims)


# --- a civil office is not its army's voice (sources' request, probe12 ks-2) ---------------------

ET2 = "ADDIS ABABA, May 1 - Gunmen killed 30 people in Gambella on Tuesday. "
KM2 = "SRINAGAR, May 2 - Gunmen killed nine pilgrims near Reasi on Sunday. "


@pytest.mark.parametrize(("text", "office"), [
    (ET2 + "Ethiopia's foreign secretary said the attack had links across the border. The Ethiopian army said "
           "it had killed 12 attackers.", "the attack had links"),
    (KM2 + "India's foreign secretary said the attackers had come from Pakistan. The Indian army said it had "
           "killed two of the attackers.", "the attackers had come"),
    (ET2 + "Ethiopia's ambassador to Kenya said the gunmen had crossed from South Sudan. The Ethiopian army "
           "said it had killed 12 attackers.", "the gunmen had crossed"),
])
def test_a_civil_office_keeps_its_government_s_name(extract, text: str, office: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    said = [c for c in claims if c.text.startswith(office)]
    assert said and all("military" not in c.source.name for c in said), _show(claims)


def test_a_bare_country_beside_its_military_still_takes_its_name(extract) -> None:  # type: ignore[no-untyped-def]
    text = "BAGHDAD, May 1 - A drone strike killed 12 people near Kirkuk on Tuesday. The US said it had not " \
           "carried out any strike. A CENTCOM official said no US aircraft had flown in the area."
    claims = extract(text).claims
    assert all(c.source.name == "US military" for c in claims if c.stance == "denies"), _show(claims)


# --- "one woman" after a body's statement is someone new (sources' request) ----------------------

@pytest.mark.parametrize("text", [
    "GOMA, Feb 2 - Police said 12 people were killed in Goma. \"They came at night,\" one woman, who gave only "
    "her first name, Fatima, told Reuters.",
    "JOS, Feb 2 - The army said 30 people were killed in Bokkos. \"We buried my brother yesterday,\" another man said.",
    "PORT-AU-PRINCE, Oct 4 - The UN said 70 people were killed in Pont-Sonde. \"They burned every house,\" one "
    "woman said by telephone.",
])
def test_one_woman_after_a_body_is_not_the_body(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    quoted = [c for c in claims if c.evidence.text.startswith('"')]
    assert quoted and all(c.source.name not in {"Police", "police", "army", "UN"} for c in quoted), _show(claims)


def test_one_woman_among_residents_is_one_of_them(extract) -> None:  # type: ignore[no-untyped-def]
    text = "GOMA, Feb 2 - Residents said 12 people were killed in Goma. \"They came at night,\" one woman told Reuters."
    claims = extract(text).claims
    assert all(c.source.name == "Residents" for c in claims), _show(claims)


# --- a toll the speaker's words only presuppose is not the speaker's figure (figures' request) ---

@pytest.mark.parametrize("text", [
    "KHARTOUM, May 4 - Sudan's government said on Sunday it would send troops to El Fasher after 40 people were "
    "killed there on Friday night.",
    "ABUJA, June 3 - Nigeria's president said on Monday his government was ready to take part in an inquiry into "
    "the killing of 30 villagers in Zamfara state.",
    "BAMAKO, Jan 5 - The junta said it had opened an investigation into the deaths of 25 civilians near Mopti.",
    "PORT-AU-PRINCE, Oct 4 - The prime minister said he would visit Pont-Sonde following the killing of 70 people "
    "there.",
])
def test_a_toll_the_speaker_only_presupposes_is_not_its_figure(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert not any(c.killed is not None for c in claims if c.evidence.start > text.index(" - ")), _show(claims)


@pytest.mark.parametrize("text", [
    "ABUJA, June 3 - Police said 40 people were killed after gunmen stormed the village.",
    "BAMAKO, Jan 5 - The junta said 25 civilians had died following an attack near Mopti.",
])
def test_a_toll_after_the_attack_is_still_the_speaker_s(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.killed is not None for c in claims), _show(claims)


def test_a_toll_risen_after_a_death_stays_the_speaker_s(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("BOGOTA, May 3 - The death toll from a car bomb outside a police station in Jamundi rose to six on "
            "Friday after a woman died of her wounds overnight, officials said.")
    claims = extract(text).claims
    assert any(c.killed is not None and c.killed.min == 6 for c in claims), _show(claims)


@pytest.mark.parametrize(("text", "named"), [
    ("TEHRAN, Jan 4 - Two blasts killed 84 people in Kerman. Iran's interior minister said 84 people had been "
     "killed, revising down the figure of 103 given by state media on Wednesday.", "Iranian state media"),
    ("ADDIS ABABA, May 1 - Gunmen killed 30 people in Gambella. Ethiopia's health minister said 30 people had died, "
     "fewer than the 41 announced by state television.", "Ethiopian state television"),
])
def test_a_bare_state_body_in_an_official_s_comparison_is_that_state_s(extract, text: str, named: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.source.name == named for c in claims), _show(claims)


# --- a decline's reason is no second decline -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "MOGADISHU, Oct 31 - The toll from Saturday's bombing rose to 121, officials said. A police spokesman "
    "declined to comment, saying the investigation was continuing.",
    "JUBA, May 3 - Gunmen killed 20 people in Bor on Sunday. An army spokesman declined to comment, saying the "
    "matter was with the investigators.",
    "BAMAKO, Jan 5 - A drone strike killed 12 people near Mopti. The junta refused to comment, saying a commission "
    "had been set up.",
])
def test_a_decline_s_reason_is_one_decline(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert len([c for c in claims if c.stance == "declines_comment"]) == 1, _show(claims)


def test_two_declines_of_one_speaker_stay_two(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("JUBA, May 3 - Gunmen killed 20 people in Bor on Sunday. The army declined to comment on the toll and "
            "refused to say whether its soldiers had been in the town.")
    claims = extract(text).claims
    assert len([c for c in claims if c.stance == "declines_comment"]) >= 1, _show(claims)


def test_a_person_not_the_target_is_no_denial(extract) -> None:  # type: ignore[no-untyped-def]
    text = CD + '"I assumed I was not a target, so I stayed in my tent," one man said.'
    claims = extract(text).claims
    assert not any(c.stance == "denies" for c in claims), _show(claims)
