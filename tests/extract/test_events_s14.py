"""Event types and dates of incidents no eval set covers (issue 10): raids, massacres and killings
with blades and guns are ground attacks, a bombing with no aircraft is an explosion; hand-written
sentences about Somalia, Burkina Faso, Ituri, Niger, Haiti, Plateau, the Central African Republic,
Myanmar, Sudan, Yemen, Lebanon."""

from __future__ import annotations

import pytest

from rashomon.gazetteer.triggers import classify_event_type
from rashomon.types import EventType


@pytest.mark.parametrize(("text", "expected"), [
    # a raid at night or by an armed group is men on the ground
    ("Al-Shabaab fighters carried out a raid on an army base in Lower Shabelle.", "ground_attack"),
    ("Eleven villagers died in an overnight raid on Seytenga.", "ground_attack"),
    ("A dawn raid on Kurmin Masara left nine dead.", "ground_attack"),
    ("Bandits raided the village of Kurmin Masara before dawn.", "ground_attack"),
    ("Fighters launched a drone attack on the base near Meiktila.", "drone_strike"),
    # ... a bare raid names no mode ("Israeli raids", "US raids" in strike coverage)
    ("The raids were the second US action this year, after a strike in February.", "airstrike"),
    ("Israeli raids hit the camp overnight.", "other"),
    # ... and an air word, a platform or a drone still decides
    ("Witnesses described an air raid on Kalay shortly after midnight.", "airstrike"),
    ("Junta jets carried out a raid on a village near Tabayin.", "airstrike"),
    ("Drones carried out the raid on the RSF base near Nyala.", "drone_strike"),
    # an attack or raid by an armed group named with a few words before its noun
    ("An attack by suspected Islamic State fighters on Tassia killed 31 people.", "ground_attack"),
    ("An attack by the Gran Grif gang on Pont-Sonde killed 70 people.", "ground_attack"),
    ("In 2023 the village lost 20 residents in a night raid by ADF rebels.", "ground_attack"),
    ("An assault by heavily armed Fulani militiamen on Mangu left 19 dead.", "ground_attack"),
    # ... but the few words take no preposition: the drones attacked here
    ("An attack by drones on rebel fighters near Meiktila killed nine.", "drone_strike"),
    ("The attack was claimed in a statement by the group.", "other"),
    # killings at close quarters: blades and guns, no platform
    ("Assailants armed with machetes and guns killed 23 people near Bunia.", "ground_attack"),
    ("Twenty-three civilians were killed with bladed weapons in Mbau overnight.", "ground_attack"),
    ("CODECO militiamen hacked 23 displaced people to death at a camp near Djugu.", "ground_attack"),
    ("Armed men killed 31 villagers in Bossangoa on Sunday.", "ground_attack"),
    ("Gang members killed 12 people in Cite Soleil.", "ground_attack"),
    ("Herders stabbed a farmer to death in Bokkos.", "ground_attack"),
    # killing or taking people at close quarters by an armed group (Iraq, Nigeria, Sahel)
    ("Assailants executed five clan members in Hit district.", "ground_attack"),
    ("Gunmen abducted 20 students from a school in Kuriga.", "ground_attack"),
    ("Jihadists beheaded two farmers near Palma.", "ground_attack"),
    ("Four fighters were killed in US strikes near Al-Bukamal.", "airstrike"),
    # bombings set off together or called terrorism are bombs that went off there; a bare
    # bombing stays a generic air word (a state's bombing: Gaza, Sagaing, Darfur, Idlib)
    ("Twin bombings at a checkpoint in Beledweyne killed 12 people.", "explosion"),
    ("A terrorist bombing at a church in Kasindi killed 17.", "explosion"),
    ("Coordinated bombings hit three markets in Maiduguri.", "explosion"),
    ("A bomb hidden in a sack of grain went off in the market.", "explosion"),
    ("The bombing of a bar in Beni killed six; the explosion was heard across town.", "explosion"),
    ("The junta's bombing of Let Yet Kone village killed 13 children.", "airstrike"),
    ("Police said a rival militia had planted the device in the livestock market.", "explosion"),
    ("The bomb was hidden in a cart near the mosque in Gao.", "explosion"),
    # ... and aircraft or air words make it an airstrike
    ("The aerial bombing of Kabkabiya market killed 100 people.", "airstrike"),
    ("Junta jets bombed a school in Sagaing, killing 20.", "airstrike"),
    ("A bombing raid on Saada killed 12 people.", "airstrike"),
    ("The bombing of the camp by military aircraft killed 40.", "airstrike"),
    ("Israel bombed a house in Nabatieh, killing five.", "airstrike"),
])
def test_types_of_raids_killings_and_bombings(text: str, expected: EventType) -> None:
    assert classify_event_type(text) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # the headline's "bombing" (generic) and the body's blast in a bar: an explosion (Borno)
    ("Government condemns 'cowardly' bombing in Konduga",
     "The explosion in a drinking spot in Konduga on Thursday night killed 12 people.", "explosion"),
    # a massacre and a raid reported with a spokesman's decline: a ground attack
    (None, "Residents of Djibo buried 40 people on Saturday after jihadists raided the town on "
     "Thursday night.\n\nA spokesman for the army declined to comment on the attack.", "ground_attack"),
    (None, "A night raid on two villages near Bambari killed 14 people, local officials said.",
     "ground_attack"),
])
def test_frame_types(extract, title: str | None, text: str, expected: EventType) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published="2024-11-16", title=title).frames
    assert frames and frames[0].type == expected, [(f.type, f.sources["type"].note) for f in frames]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a night is the day it began: "the night of X to Y" is X; named only by the morning it ran
    # into, it is that morning's day ("overnight into Monday", as the gold sets date it)
    ("Militants stormed an army post near Tillaberi overnight into Monday, killing nine soldiers, "
     "the army said on Monday.", "2024-03-04", "2024-03-04"),
    ("Gunmen killed six worshippers at a church in Kafanchan on the night of Sunday to Monday, "
     "police said on Tuesday.", "2024-03-05", "2024-03-03"),
    ("Gunmen killed six worshippers at a church in Kafanchan on Thursday night, police said on Saturday.",
     "2024-03-02", "2024-02-29"),
    ("Gunmen attacked a church in Kafanchan late on Sunday, killing six worshippers, police said on "
     "Tuesday.", "2024-03-05", "2024-03-03"),
    ("Rebels raided a camp for displaced people near Djugu in the early hours of Friday, killing 14, "
     "a local official said on Saturday.", "2024-03-09", "2024-03-08"),
    # day numbers the tagger leaves out of the month (it tags only "March")
    ("Armed men killed 11 villagers near Ndele on the night of 3-4 March, a local official said.",
     "2024-03-10", "2024-03-03"),
    ("Armed men killed 11 villagers near Ndele in the early hours of 4 March, a local official said.",
     "2024-03-10", "2024-03-04"),
    ("Houthi fighters shelled a market in Taiz during the night of 12 to 13 June, residents said.",
     "2024-06-20", "2024-06-12"),
    # relative phrases the tagger leaves untagged, when they hang on the incident's verb
    ("Gunmen killed six worshippers at a church in Kafanchan overnight, police said on Tuesday.",
     "2024-03-05", "2024-03-04"),
    # anaphoric phrases count back from the statement's day, not from publication
    ("Police said on Tuesday that gunmen had killed six worshippers in Kafanchan the previous night.",
     "2024-03-06", "2024-03-04"),
    ("The Sudanese army said on Tuesday that an RSF drone struck a market in El Obeid a day earlier.",
     "2024-03-07", "2024-03-04"),
    # a day counted back from a reaction or a statement: "on Tuesday, a day after the attack"
    ("Thousands marched in Kafanchan on Tuesday, a day after gunmen killed six worshippers at a "
     "church in the town.", "2024-03-05", "2024-03-04"),
    ("Mourners buried the dead in Bambari on Wednesday, two days after rebels raided the town.",
     "2024-03-06", "2024-03-04"),
    ("Myanmar's military on Friday denied bombing a school in Tabayin, a day after the airstrike "
     "killed 20 children, residents said.", "2024-09-20", "2024-09-19"),
    ("The army said on Sunday it had killed 12 militants, hours after an ambush on a convoy near Djibo.",
     "2024-03-10", "2024-03-10"),
])
def test_incident_dates(extract, text: str, published: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published=published).frames
    assert frames and frames[0].date == expected, [(f.date, f.date_text, f.sources["date"].note) for f in frames]


@pytest.mark.parametrize("text", [
    # "days after" with no count, and a count back whose clause holds no incident
    "Thousands marched in Kafanchan on Tuesday, days after gunmen killed six worshippers there.",
    "Aid reached Kafanchan on Tuesday, two days after the talks ended, and gunmen killed six people.",
])
def test_count_backs_need_a_count_and_an_incident(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published="2024-03-05").frames
    assert frames and frames[0].date_text != "two days after" and frames[0].date_text != "days after"


def test_a_death_overnight_in_hospital_dates_no_incident(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A bomb exploded in a bar in Beni on Thursday evening, killing six people.\n\n"
            "Two more of the wounded died overnight in hospital, a doctor said on Saturday.")
    frames = extract(text, published="2024-03-09").frames
    assert frames[0].date == "2024-03-07"


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the day written just before the count back anchors it, and is no incident date itself
    ("Relatives buried the victims in Saada on March 4, a day after the airstrike hit the market.",
     "2024-03-20", "2024-03-03"),
    ("Villagers returned to Mangu on 12 May, two days after gunmen killed 19 people there.",
     "2024-05-30", "2024-05-10"),
])
def test_a_count_back_from_the_date_before_it(extract, text: str, published: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published=published).frames
    assert frames and frames[0].date == expected, [(f.date, f.date_text, f.sources["date"].note) for f in frames]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a date stamp or a dateline heading the text is the day the piece was filed, a statement's
    # date: the incident's own day wins
    ("date 2024-06-15 Unidentified drones struck a convoy near Kassala, a monitor said on Friday.",
     "2024-06-15", "2024-06-14"),
    ("2024-06-15 KASSALA (Reuters) - A drone struck a convoy near the border last night, killing 9.",
     "2024-06-15", "2024-06-14"),
    ("JUBA, 5 March 2024 — The toll from Saturday's ambush on a convoy near Yei rose to 13 on Sunday, "
     "a police official said.", "2024-03-06", "2024-03-02"),
])
def test_a_filing_date_is_a_statements(extract, text: str, published: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published=published).frames
    assert frames and frames[0].date == expected, [(f.date, f.date_text, f.sources["date"].note) for f in frames]


@pytest.mark.parametrize(("text", "expected"), [
    # a brief listing several incidents leads with the one it ranks first (Sahel, Ituri)
    ("Weekly security brief, 1-7 September.\n\nOn 3 September, soldiers and rebels clashed near "
     "Kidal; two soldiers were killed.\n\nThe deadliest incident took place on 5 September 2024 in "
     "Menaka, where jihadists killed 40 villagers.", ("2024-09-05", "ground_attack")),
    ("On 2 September, a drone struck a truck near Sake.\n\nThe worst attack of the week came on "
     "Thursday night, when CODECO militiamen killed 23 displaced people at a camp near Djugu.",
     ("2024-09-05", "ground_attack")),
    # a superlative against a time ranks nothing in this article: the first incident leads
    ("Jihadists killed 40 villagers near Menaka on Thursday.\n\nIt was the deadliest attack in "
     "the region since 2019, when gunmen killed 50 people in Ogossagou.", ("2024-09-05", "ground_attack")),
    ("Jihadists killed 40 villagers near Menaka on Thursday.\n\nIt was the worst attack this year.",
     ("2024-09-05", "ground_attack")),
])
def test_a_brief_leads_with_the_incident_it_ranks_first(extract, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published="2024-09-08").frames
    assert frames and (frames[0].date, frames[0].type) == expected, [(f.date, f.type, f.evidence.text) for f in frames]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "said on Tuesday" dates the statement, wherever the parser hangs the date
    ("The US military said on Tuesday it was aware of reports of civilian deaths from a strike in "
     "Hodeidah province.", "2025-04-29", "the date of the first statement"),
    ("The army said Tuesday that a drone struck the market in Kadugli.", "2024-03-05",
     "the date of the first statement"),
])
def test_a_date_right_after_a_statement_verb_dates_the_statement(extract, text: str, published: str,  # type: ignore[no-untyped-def]
                                                                 expected: str) -> None:
    frames = extract(text, published=published).frames
    assert frames and expected in (frames[0].sources["date"].note or "")


def test_a_date_naming_the_incident_after_said_is_the_incidents(extract) -> None:  # type: ignore[no-untyped-def]
    frames = extract("Police said Monday's attack on a church in Kafanchan killed six worshippers.",
                     published="2024-03-05").frames
    assert frames[0].date == "2024-03-04"
    assert "statement" not in (frames[0].sources["date"].note or "")


@pytest.mark.parametrize(("text", "expected"), [
    # an actor described by the war it fights is no clash: the denied strike decides (Yemen, Sahel)
    ("The Saudi-led coalition fighting in Yemen denied that it had targeted a prison in Saada, "
     "calling reports of the strike baseless.", "airstrike"),
    ("The forces fighting alongside the army in Kidal said a drone struck the market.", "drone_strike"),
    ("Heavy fighting in the suburbs of Khartoum killed 20.", "armed_clashes"),
])
def test_an_actor_fighting_a_war_is_no_clash(text: str, expected: EventType) -> None:
    assert classify_event_type(text) == expected


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    # a measure is no target, quotation marks are no part of one (Kashmir, South Sudan)
    ("Residents said the town had never been shelled on this scale.", [], ["scale"]),
    ('The army said the air force had struck "enemy positions" around Ulang.', ["enemy positions"],
     ['"enemy positions']),
    # a place after the target is cut off, and a place is no target (Lebanon, Amhara)
    ("An Israeli drone strike on a car in the southern border village of Aitaroun killed two men.",
     ["car"], ["car in the southern border village"]),
    ("A drone struck Finote Selam, a town in Ethiopia's Amhara region, on Sunday, killing 26 people.",
     [], ["Finote Selam"]),
])
def test_targets(extract, text: str, kept: list[str], dropped: list[str]) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published="2025-03-18").frames
    assert frames
    assert all(k in frames[0].targets for k in kept), frames[0].targets
    assert not any(d in frames[0].targets for d in dropped), frames[0].targets


def test_an_incident_some_days_before_elsewhere_is_background(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("An air strike on a prison in Saada killed 87 people on Friday, the health ministry said.\n\n"
            "The strikes came days after the Houthis attacked Abu Dhabi with drones, killing three.")
    frames = extract(text, published="2022-01-22").frames
    assert frames[0].place_text == "Saada"
    assert any(f.background and f.place_text == "Abu Dhabi" for f in frames[1:]), \
        [(f.place_text, f.background) for f in frames]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("the day before yesterday", "2025-03-16", ("2025-03-14", "day")),
    ("Thursday last week", "2025-03-16", ("2025-03-06", "day")),
    ("on Thursday of the previous week", "2025-03-13", ("2025-03-06", "day")),
    # unchanged: a weekday alone or with "last" is the latest one before publication
    ("last Thursday", "2025-03-16", ("2025-03-13", "day")),
    ("yesterday", "2025-03-16", ("2025-03-15", "day")),
])
def test_relative_days(text: str, published: str, expected: tuple[str, str]) -> None:
    from rashomon.gazetteer.dates import resolve_date

    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an undated article keeps the words of the incident's day for linking, not the statement's
    ("Hundreds of mourners attended the funeral on Wednesday of two men from Marjayoun who were "
     "killed when an Israeli drone struck their car on Tuesday.", "Tuesday"),
    ("Residents of Kantharalak cleared the burned market on Saturday, two days after Thursday's "
     "rocket strike.", "Thursday"),
    ("Survivors of Friday's attack on the mosque of Banibangou described on Sunday how gunmen "
     "blocked the doors.", "Friday"),
])
def test_an_undated_frame_keeps_its_weekday(extract, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published=None).frames
    assert frames and frames[0].date is None and expected in (frames[0].date_text or ""), \
        [(f.date, f.date_text) for f in frames]


def test_the_owner_of_a_platform_is_no_target(extract) -> None:  # type: ignore[no-untyped-def]
    frames = extract("State media said aircraft of the Saudi-led coalition struck a market in Saada.",
                     published="2025-05-21").frames
    assert frames and not any("coalition" in t for t in frames[0].targets), frames[0].targets


@pytest.mark.parametrize("text", [
    # the next item of a list opens with its own day and a new incident (Mali, Ituri)
    "In Mali, gunmen killed 12 villagers near Bandiagara on Monday. On Wednesday, a clash between "
    "soldiers and jihadists near Boni left four fighters dead, a local official said.",
    "ADF rebels killed 18 civilians in Oicha on Thursday night.\n\nOn Friday, an ambush on an army "
    "convoy near Eringeti killed three soldiers.",
])
def test_the_next_incident_of_a_list_is_another_frame(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published="2024-03-09").frames
    assert len(frames) >= 2 and frames[0].type == "ground_attack"
    assert frames[1].background and frames[1].date != frames[0].date, [(f.date, f.background) for f in frames]


@pytest.mark.parametrize("text", [
    # more about the incident, on its own day or with no new incident, stays in it
    "Gunmen killed 12 villagers near Bandiagara, officials said on Wednesday.\n\nOn Monday, a group "
    "of gunmen on motorbikes stormed the village market and opened fire.",
    "Gunmen killed 12 villagers near Bandiagara on Monday.\n\nOn Tuesday, the army said the attackers "
    "had fled towards the border.",
])
def test_more_about_the_incident_stays_in_it(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published="2024-03-09").frames
    assert frames[0].date == "2024-03-04" and not any(f.background for f in frames), \
        [(f.date, f.background, f.evidence.text) for f in frames]


def test_a_date_in_an_aside_about_the_speaker_opens_no_background(extract) -> None:  # type: ignore[no-untyped-def]
    # South Sudan: the aside dates the troops' deployment, not another incident
    text = ("Government aircraft bombed Nasir on Sunday night, killing 21 people, local officials said.\n\n"
            "Uganda's army, which sent troops to Juba this month to support the government, has denied "
            "that its aircraft took part in the raids.")
    frames = extract(text, published="2025-03-18").frames
    assert frames[0].date == "2025-03-16" and not any(f.background for f in frames), \
        [(f.date, f.background, f.evidence.text) for f in frames]


def test_a_date_in_a_clause_with_the_incident_still_dates_it(extract) -> None:  # type: ignore[no-untyped-def]
    frames = extract("The market, which was struck on Sunday, lay in ruins; 21 people were killed in Nasir.",
                     published="2025-03-18").frames
    assert frames[0].date == "2025-03-16"


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the denial's day is the statement's; the act's day in the denial's own words dates the
    # incident, and that sentence is no background (Myanmar, Ethiopia)
    ("BANGKOK, March 12 - Myanmar's military government on Wednesday denied carrying out an airstrike "
     "on a village in Sagaing region that opposition groups said killed 20 people.\n\nA spokesman said "
     "the air force had flown no missions over Kanbalu township on Tuesday.", "2025-03-12", "2025-03-11"),
    ("ADDIS ABABA, June 14 - Ethiopia's federal government on Friday denied that its forces carried out "
     "a drone strike on a bus in the Amhara region that residents said killed 30 people.\n\nA military "
     "spokesman said no drones had operated near Debre Markos on Wednesday.", "2024-06-14", "2024-06-12"),
])
def test_the_acts_day_in_a_denial_dates_the_incident(extract, text: str, published: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    frames = extract(text, published=published).frames
    assert frames[0].date == expected and not frames[0].background
    assert not any(f.background and f.date == expected for f in frames[1:]), [(f.date, f.background) for f in frames]
