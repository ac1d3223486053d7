"""Issue 10, session 15 (events): the lead's weekday dates the incident when the place chosen is
another (a foreign capital's dateline, the headline's country); a clash told by the accused side
against more accounts of a one-sided killing is a ground attack; unnamed soldiers in witnesses'
accounts are the forces of the state that denies. Hand-written sentences about
Sudan's border with Ethiopia, Burkina Faso, Ethiopia's Amhara region, Mozambique, Niger."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.triggers import classify_event_type
from rashomon.reconcile import reconcile
from rashomon.reconcile.event_type import tells_one_sided_killing
from rashomon.reconcile.perpetrator import names_state_forces, summarize_perpetrator
from rashomon.types import About, Claim, Event, EventType, Evidence, Source, SourceKind, Stance

# -- dates --------------------------------------------------------------------------------------


def test_the_leads_weekday_dates_the_incident_told_from_across_a_border(extract) -> None:  # type: ignore[no-untyped-def]
    """The wounded of a strike on a Sudanese village treated in Ethiopia, filed from Addis Ababa:
    the lead's village is not where the place stage puts the incident, but "on Friday" in the
    participle clause ("people wounded in air strikes on … on Friday") is still its date."""
    title = "Wounded from Sudan air strikes treated across the border in Ethiopia"
    text = ("ADDIS ABABA, March 5 (Horn Wire) - At least nine people wounded in air strikes on the "
            "Sudanese border village of Yabus Bridge on Friday were carried across the frontier to "
            "the Ethiopian town of Kurmuk for treatment, a nurse at its clinic said on Tuesday.\n\n"
            "The toll on the Sudanese side is disputed.")
    frames = extract(text, published="2024-03-05", title=title).frames
    assert frames[0].date == "2024-03-01", [(f.date, f.date_text, f.sources["date"].note) for f in frames]


@pytest.mark.parametrize(("text", "expected"), [
    # the act's weekday in a participle or reduced relative clause, the statement's after "said"
    ("Eleven people wounded in drone strikes on the town of Djibo on Sunday were brought to the "
     "hospital in Ouahigouya, a doctor said on Tuesday.", "2024-03-03"),
    ("Dozens of civilians injured in shelling of the town of Kadugli on Friday were taken to "
     "hospital, aid workers said on Tuesday.", "2024-03-01"),
    ("Residents of Macomia buried on Tuesday the eight villagers killed in the raid on their "
     "village on Sunday.", "2024-03-03"),
])
def test_a_weekday_in_a_participle_clause_dates_the_act(extract, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published="2024-03-05").frames
    assert frames[0].date == expected, [(f.date, f.date_text, f.sources["date"].note) for f in frames]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a denial the day after a statement about the attack: the attack was no later than that
    ("Ethiopia's government on Thursday denied that its drones had struck a bus near Debre Markos, "
     "a day after Fano militiamen said the strike had killed 14 passengers.", "2024-02-29", "2024-02-28"),
    ("Myanmar's junta on Friday rejected reports that its jets bombed a monastery in Sagaing, two "
     "days after residents said the airstrike killed 11 monks.", "2024-03-01", "2024-02-28"),
    # the count back to the incident itself still dates it
    ("Mourners buried the dead in Bambari on Wednesday, two days after rebels raided the town.",
     "2024-03-06", "2024-03-04"),
])
def test_a_count_back_to_a_statement_bounds_the_incident(extract, text: str, published: str,  # type: ignore[no-untyped-def]
                                                         expected: str) -> None:
    frames = extract(text, published=published).frames
    assert frames[0].date == expected, [(f.date, f.date_text, f.sources["date"].note) for f in frames]


@pytest.mark.parametrize(("text", "expected"), [
    # fired on for a while or again: an attack
    ("The convoy came under fire for several hours near Kadugli.", "ground_attack"),
    ("The village came under fire for the second time this month.", "ground_attack"),
    ("The patrol came under heavy fire after crossing the bridge near Bunia.", "ground_attack"),
    # criticised for or after something: no attack
    ("The minister came under fire for his remarks on the ceasefire talks.", None),
    ("The government came under fire for failing to protect the town.", None),
    ("The army came under heavy fire for the decision to withdraw.", None),
    ("The governor came under fire after his comments on the refugees.", None),
])
def test_under_fire_for_a_time_or_for_a_deed(text: str, expected: EventType | None) -> None:
    assert classify_event_type(text) == expected


def test_how_often_this_month_is_no_date_and_a_named_weapon_types_it(extract) -> None:  # type: ignore[no-untyped-def]
    """Sudan's South Kordofan: a lead of people sheltering after their town "came under fire for
    the third time this month" (how often, not when; a cue that names no weapon) and a later
    sentence of mortar shells: Sunday night, and shelling."""
    text = ("Residents of Dilling spent Sunday night in shelters after the town came under fire for the "
            "third time this month, a local official said on Tuesday.\n\n"
            "He said mortar shells had been fired from positions held by the SPLM-N east of the town.")
    frame = extract(text, published="2024-03-05").frames[0]
    assert (frame.date, frame.type) == ("2024-03-03", "shelling"), (frame.date_text, frame.sources["type"].note)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the claim of responsibility has its day, the bombing its own
    ("Al-Shabaab claimed responsibility on Tuesday for a car bomb that killed 12 people in "
     "Beledweyne on Monday.", "2024-03-05", "2024-03-04"),
    ("The ADF claimed responsibility on Saturday for a bombing at a church in Kasindi that killed "
     "17 worshippers on Friday.", "2024-03-02", "2024-03-01"),
])
def test_a_claim_of_responsibility_dates_the_claim(extract, text: str, published: str,  # type: ignore[no-untyped-def]
                                                   expected: str) -> None:
    frames = extract(text, published=published).frames
    assert frames[0].date == expected, [(f.date, f.date_text, f.sources["date"].note) for f in frames]


# -- event type: a clash against one-sided killing ---------------------------------------------


def claim(cid: str, source: str, text: str, stance: Stance = "asserts", about: About = "occurrence",
          perpetrator: str | None = None) -> Claim:
    return Claim(id=cid, article_id="a", source=Source(source, source), stance=stance, about=about,
                 text=text, evidence=Evidence(0, 0, ""), perpetrator=perpetrator)


@pytest.mark.parametrize(("claims", "after"), [
    # Burkina Faso: the army's exchange of fire against survivors, a rights group and a resident
    ([claim("c1", "Burkinabe army", "its soldiers had clashed with terrorists near Solenzo, killing several"),
      claim("c2", "Burkinabe army", "soldiers had killed civilians in Solenzo", "denies", "perpetrator",
            "Burkina Faso"),
      claim("c3", "survivors", "the soldiers went from house to house and shot the men they found"),
      claim("c4", "Human Rights Watch", "soldiers summarily executed at least 40 villagers"),
      claim("c5", "a resident", "the troops dragged her brothers out of their homes before dawn")],
     "ground_attack"),
    # Ethiopia, Amhara: the army's shootout with Fano militiamen against residents and a monitor
    ([claim("c1", "Ethiopian army", "a shootout with Fano militiamen in Merawi left 12 dead"),
      claim("c2", "Ethiopian government", "the accusations of a massacre were false", "denies",
            "perpetrator", "Ethiopia"),
      claim("c3", "residents", "soldiers knocked on the doors and shot those who came out"),
      claim("c4", "EHRC", "at least 45 civilians were summarily executed in the town")],
     "ground_attack"),
    # one account of killings against the clash: the clash stays
    ([claim("c1", "Nigerien army", "troops repelled an attack by gunmen near Tera in a fierce gunfight"),
      claim("c2", "Nigerien army", "soldiers had killed villagers", "denies", "perpetrator", "Niger"),
      claim("c3", "a resident", "soldiers shot three villagers who tried to flee")],
     "armed_clashes"),
    # nobody contests the clash: nothing to weigh
    ([claim("c1", "Mozambican army", "troops clashed with insurgents near Macomia"),
      claim("c2", "residents", "civilians were killed by troops in the crossfire of the clashes"),
      claim("c3", "a monitor", "the insurgents executed two villagers before the fighting")],
     "armed_clashes"),
])
def test_a_contested_clash_told_as_a_massacre_by_more_sources(claims: list[Claim], after: EventType) -> None:
    event = Event("ev", "armed_clashes", ("a",), tuple(c.id for c in claims))
    assert reconcile(event, claims).type == after


@pytest.mark.parametrize(("text", "one_sided"), [
    ("the soldiers came before dawn and went from house to house", True),
    ("gunmen rounded up the village elders and shot them", True),
    ("fourteen villagers were killed by soldiers who set their homes on fire", True),
    ("civilians caught in the crossfire of clashes between the army and rebels were killed", False),
    ("the rebels fired on an army patrol near the village", False),
])
def test_one_sided_killing(text: str, one_sided: bool) -> None:
    assert tells_one_sided_killing(text) is one_sided


# -- perpetrators: unnamed state forces -----------------------------------------------------------


def source_claim(cid: str, source: str, kind: SourceKind, text: str, stance: Stance = "asserts",
                 about: About = "occurrence", perpetrator: str | None = None) -> Claim:
    return Claim(id=cid, article_id="a", source=Source(source, source, kind), stance=stance,
                 about=about, text=text, evidence=Evidence(0, 0, ""), perpetrator=perpetrator)


@pytest.mark.parametrize(("text", "blames"), [
    ("nine men were shot dead by government troops near Kaya", True),
    ("at least 40 villagers had been killed by soldiers who burned their granaries", True),
    ("security forces and allied militiamen had killed at least 30 civilians in Merawi", True),
    ("troops executed five herders outside Djibo", True),
    # soldiers as the victims, or doing nothing violent
    ("five soldiers killed in the ambush were buried on Monday", False),
    ("twelve soldiers died when insurgents attacked the base", False),
    ("insurgents killed 12 soldiers near Palma", False),
    ("the army said its troops came under fire", False),
])
def test_unnamed_state_forces(text: str, blames: bool) -> None:
    assert names_state_forces(text) is blames


def test_witnesses_blaming_soldiers_allege_the_state_that_denies() -> None:
    """Burkina Faso: the army denies; a rights group and survivors speak of soldiers and
    government forces, naming no state: they allege the state whose denial answers for them."""
    claims = [
        source_claim("c1", "Burkinabe military", "military", "its soldiers had killed civilians in Solenzo",
                     "denies", "perpetrator", "Burkina Faso"),
        source_claim("c2", "Human Rights Watch", "monitor",
                     "government forces and allied militias had killed at least 40 villagers"),
        source_claim("c3", "survivors", "person", "the men were shot dead by soldiers at the well", about="casualties"),
    ]
    summary = summarize_perpetrator(claims)
    assert summary.alleged == ("Burkina Faso",) and summary.status == "contested"


@pytest.mark.parametrize("claims", [
    # no state answers: whose soldiers is not said
    [source_claim("c1", "residents", "person", "nine men were shot dead by soldiers near Kaya")],
    # two states deny (Ethiopia and Eritrea in Tigray): whose soldiers is not said
    [source_claim("c1", "Ethiopian government", "government", "its forces killed civilians", "denies",
                  "perpetrator", "Ethiopia"),
     source_claim("c2", "Eritrean government", "government", "its troops were in Axum", "denies",
                  "perpetrator", "Eritrea"),
     source_claim("c3", "residents", "person", "soldiers went from house to house and shot young men")],
    # the state's own account of its soldiers is no allegation
    [source_claim("c1", "Nigerien military", "military", "it did not target civilians", "denies",
                  "perpetrator", "Niger"),
     source_claim("c2", "Nigerien military", "military", "troops attacked a terrorist hideout near Tera")],
])
def test_no_state_named_for_unnamed_forces(claims: list[Claim]) -> None:
    assert summarize_perpetrator(claims).alleged == ()


def test_a_side_aiming_its_own_rockets_gives_no_other_cause() -> None:
    """Armenia and Azerbaijan: one side says its units aimed their rockets at military positions,
    the other that those rockets hit a school. Both tell of an attack; only where it was aimed is
    disputed, so the type stays (not the neutral blast of an accident account)."""
    claims = [
        claim("c1", "Azerbaijani officials", "Armenian rockets struck a school in Tartar", about="occurrence"),
        claim("c2", "Armenian military", "its units had aimed their rockets at Azerbaijani military positions"),
        claim("c3", "Armenian government", "its forces had fired at civilians", "denies", "perpetrator", "Armenia"),
    ]
    event = Event("ev", "missile_strike", ("a",), tuple(c.id for c in claims))
    assert reconcile(event, claims).type == "missile_strike"
