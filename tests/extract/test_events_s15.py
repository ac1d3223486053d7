"""Issue 10, session 15 (events): the lead's weekday dates the incident when the place chosen is
another (a foreign capital's dateline, the headline's country); a clash told by the accused side
against more accounts of a one-sided killing is a ground attack. Hand-written sentences about
Sudan's border with Ethiopia, Burkina Faso, Ethiopia's Amhara region, Mozambique, Niger."""

from __future__ import annotations

import pytest

from rashomon.reconcile import reconcile
from rashomon.reconcile.event_type import tells_one_sided_killing
from rashomon.types import About, Claim, Event, EventType, Evidence, Source, Stance

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
