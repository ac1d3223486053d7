"""Event frames on hand-written articles: type, place, date, actors, casualties, background
incidents, and the provenance of every field."""

from __future__ import annotations

from typing import Any

import pytest

from rashomon.types import ArticleResult, Frame


def main(result: ArticleResult) -> Frame:
    frames = [f for f in result.frames if not f.background]
    assert len(frames) == 1, result.frames
    return frames[0]


def check_provenance(result: ArticleResult) -> None:
    claim_ids = {c.id for c in result.claims}
    text = result.article.text
    for frame in result.frames:
        for name, src in frame.sources.items():
            for ev in src.evidence:
                assert text[ev.start:ev.end] == ev.text, (name, ev)
            assert set(src.claim_ids) <= claim_ids, (name, src.claim_ids)


# --- type from triggers and weapons -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Two drones hit a weapons depot near Mayadin on Monday.", "drone_strike"),
    ("Two F-15s dropped bombs on a depot near Mayadin on Monday.", "airstrike"),
    ("A JDAM destroyed a command post near Mayadin on Monday.", "airstrike"),
    ("Two guided missiles hit a depot near Mayadin on Monday.", "missile_strike"),
    ("A rocket landed on a depot near Mayadin on Monday.", "missile_strike"),
    ("A blast tore through a depot near Mayadin on Monday.", "explosion"),
    ("Heavy shelling hit a depot near Mayadin on Monday.", "shelling"),
])
def test_type_from_triggers_and_weapons(extract: Any, text: str, expected: str) -> None:
    result = extract(text, published="2021-06-29")
    frame = main(result)
    assert frame.type == expected
    assert frame.sources["type"].evidence  # the trigger words themselves
    check_provenance(result)


# --- place ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "country", "precision"), [
    # the site, not the landmark it is described by
    ("Warplanes struck an army post in al-Harra, southeast of Albu Kamal, late on Sunday.",
     "al-Hari", "SY", "town"),
    # a dateline says where the story was filed
    ("BEIRUT (Reuters) - A drone strike hit a militia convoy near al-Qaim on Tuesday.",
     "Al Qa'im", "IQ", "town"),
    ("Beirut: A drone strike hit a militia convoy near al-Qaim on Tuesday.",
     "Al Qa'im", "IQ", "town"),
    # a capital as the subject of a verb is a government, not a place
    ("Damascus accused the coalition of a drone strike near Deir Ezzor on Tuesday.",
     "Deir ez-Zor", "SY", "town"),
    # a region when nothing finer is named
    ("An air strike hit militia positions on the Iraqi border with Syria on Sunday night.",
     "Iraq–Syria border region", "SY", "region"),
    # "Moscow time" is a time zone
    ("Missiles hit the Tiyas air base at 3 a.m. Moscow time on Monday.",
     "T4 air base", "SY", "exact"),
])
def test_incident_place(extract: Any, text: str, name: str, country: str, precision: str) -> None:
    result = extract(text, published="2021-06-29")
    loc = main(result).location
    assert loc is not None
    assert (loc.name, loc.country, loc.precision) == (name, country, precision)
    check_provenance(result)


def test_place_of_another_event_in_another_country_does_not_win(extract: Any) -> None:
    text = ("Israeli jets bombed the T-4 base near Palmyra on Saturday, hitting hangars and a "
            "radar, the army said.\n"
            "The raid on the T4 base followed an earlier incident in which a drone was shot "
            "down over the Jordan Valley near Beit Shean.")
    result = extract(text, published="2018-02-11", title="Israeli jets pound base in Syria")
    loc = main(result).location
    assert loc is not None and loc.country == "SY" and loc.name == "T4 air base"
    src = main(result).sources["place"]
    assert any(ev.text in ("T-4 base", "T4 base") for ev in src.evidence)


@pytest.mark.parametrize(("title", "text", "name"), [
    ("Air strike near Abu Kamal kills fighters",
     "An air strike hit pro-government fighters near Albu Kamal late on Sunday.\n"
     "State media said jets struck an army post in the village of al-Harra, southeast of "
     "Albu Kamal, killing several soldiers.", "al-Hari"),
    ("Drones hit depot near Quneitra",
     "Drones hit a weapons depot near Quneitra on Monday.\n"
     "A monitor said the drones struck a farm in Khan Arnabeh, north of Quneitra, where "
     "fighters kept rockets.", "Khan Arnabah"),  # GeoNames, in ASCII
])
def test_a_place_given_by_its_landmark_beats_the_landmark(extract: Any, title: str, text: str,
                                                          name: str) -> None:
    """The headline and lead name the town; the body names the village "X of <town>": the
    village is the most specific place named for the incident."""
    result = extract(text, published="2021-06-29", title=title)
    loc = main(result).location
    assert loc is not None and loc.name == name
    check_provenance(result)


# --- date -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "date", "precision"), [
    ("An air strike hit a depot near Mayadin last night.", "2018-06-18", "2018-06-17", "day"),
    ("An air strike hit a depot near Mayadin on Monday.", "2018-06-20", "2018-06-18", "day"),
    ("An air strike hit a depot near Mayadin earlier this week.", "2018-06-21", "2018-06-18", "week"),
    ("An air strike hit a depot near Mayadin on Sept. 14.", "2021-09-16", "2021-09-14", "day"),
    ("An air strike hit a depot near Mayadin yesterday.", "2021-09-16", "2021-09-15", "day"),
    # an older date in the lead: a follow-up report
    ("Investigators said the missile that fell near Mayadin on Nov. 3 was Syrian.",
     "2022-11-20", "2022-11-03", "day"),
])
def test_relative_dates_resolve_against_publication(extract: Any, text: str, published: str,
                                                    date: str, precision: str) -> None:
    result = extract(text, published=published)
    frame = main(result)
    assert (frame.date, frame.date_precision) == (date, precision)
    assert frame.sources["date"].evidence
    check_provenance(result)


def test_the_date_of_a_statement_is_not_the_incidents(extract: Any) -> None:
    text = ("A monitor said on Monday that an air strike overnight killed 12 fighters near "
            "Mayadin.")
    frame = main(extract(text, published="2018-06-18"))  # a Monday
    assert frame.date == "2018-06-17"


def test_only_statement_dates_give_the_first_statement(extract: Any) -> None:
    text = ("Health officials said Tuesday that an air strike on a clinic in Khan Younis "
            "killed nine people. The army said Wednesday it was reviewing the strike.")
    frame = main(extract(text, published="2023-11-09"))  # a Thursday
    assert frame.date == "2023-11-07"
    assert "statement" in (frame.sources["date"].note or "")


def test_no_publication_date_uses_explicit_dates(extract: Any) -> None:
    text = "An air strike hit a depot near Mayadin on June 17, 2018, a monitor said."
    frame = main(extract(text, published=None))
    assert (frame.date, frame.date_precision) == ("2018-06-17", "day")


def test_no_publication_date_month_and_day_take_the_articles_year(extract: Any) -> None:
    text = ("The June 17 air strike near Mayadin killed 30 fighters.\n"
            "It was the deadliest strike in the area in June 2018, a monitor said.")
    frame = main(extract(text, published=None))
    assert frame.date == "2018-06-17"


def test_no_publication_date_relative_date_stays_unknown(extract: Any) -> None:
    frame = main(extract("An air strike hit a depot near Mayadin on Monday.", published=None))
    assert (frame.date, frame.date_precision) == (None, "unknown")
    assert "no publication date" in (frame.sources["date"].note or "")


def test_updated_date_stands_in_for_a_missing_publication_date(extract: Any, resources: Any) -> None:
    from rashomon.normalize import content_hash
    from rashomon.pipeline import process_article
    from rashomon.types import Article

    text = "An air strike hit a depot near Mayadin on Tuesday."
    article = Article(id="u1", text=text, input="test", content_hash=content_hash(text),
                      published=None, updated="2021-09-15T10:00")
    frame = main(process_article(article, resources))
    assert frame.date == "2021-09-14"
    assert "updated" in (frame.sources["date"].note or "")


def test_no_date_in_text_takes_the_publication_date_as_a_week(extract: Any) -> None:
    frame = main(extract("An air strike hit a depot near Mayadin.", published="2021-06-28"))
    assert (frame.date, frame.date_precision) == ("2021-06-28", "week")
    assert frame.sources["date"].evidence == ()
    assert "publication date" in (frame.sources["date"].note or "")


# --- background incidents -------------------------------------------------------------------

def test_last_years_strike_is_a_background_frame(extract: Any) -> None:
    text = ("An air strike hit a militia depot near Mayadin on Monday, a monitor said.\n"
            "In March 2017, US jets bombed the Shayrat air base in response to a gas attack.")
    result = extract(text, published="2021-06-29")
    frame = main(result)
    assert frame.date == "2021-06-28" and frame.location is not None
    assert frame.location.name == "Al Mayadin"
    bg = [f for f in result.frames if f.background]
    assert len(bg) == 1
    assert bg[0].date == "2017-03-01" and bg[0].location is not None
    assert bg[0].location.name == "Shayrat air base"
    check_provenance(result)


@pytest.mark.parametrize(("other", "place"), [
    # a year only: no day to resolve, but another time than the incident's
    ("In 2019, an Israeli drone strike on a militia base in Baghdad killed two fighters.",
     "Baghdad"),
    ("Last year, a drone strike on Tower 22 in Jordan killed three US soldiers.", "Tower 22"),
    ("Three years ago a similar raid on a depot near Mayadin killed five people.", "Al Mayadin"),
    # no date, but a cue word and a place elsewhere
    ("A separate rocket attack on the Green Zone in Baghdad killed two guards, police said.",
     "Green Zone"),
])
def test_undated_background_incident_is_its_own_frame(extract: Any, other: str,
                                                      place: str | None) -> None:
    text = ("US jets struck militia sites near Albu Kamal on Friday, killing 18 fighters.\n"
            + other)
    result = extract(text, published="2021-02-06")
    frame = main(result)
    assert frame.location is not None and frame.location.name == "Albu Kamal"
    assert frame.killed is not None and (frame.killed.min, frame.killed.max) == (18, 18)
    bg = [f for f in result.frames if f.background]
    assert len(bg) == 1, result.frames
    assert bg[0].date is None and bg[0].date_precision == "unknown"
    assert "background" in (bg[0].sources["date"].note or "")
    assert (bg[0].location.name if bg[0].location else None) == place
    assert "killed" in bg[0].sources  # its figure, in the outlet's voice or a source's
    assert all(c.frame == 1 for c in result.claims if c.evidence.start >= len(text.split("\n")[0]))
    check_provenance(result)


@pytest.mark.parametrize("other", [
    # a year that dates something else than an attack
    "The group, which was founded in 2014, said the strike killed 22 of its fighters.",
    # another place, but no word that introduces another incident
    "Mourners gathered in Baghdad for the funerals of fighters killed in the strike.",
])
def test_the_same_incident_told_with_other_years_or_places_stays_main(extract: Any, other: str) -> None:
    text = "US jets struck militia sites near Albu Kamal on Friday.\n" + other
    result = extract(text, published="2021-02-06")
    assert [f for f in result.frames if f.background] == []
    assert main(result).location is not None and main(result).location.name == "Albu Kamal"


def test_photo_caption_about_another_attack_is_not_the_incident(extract: Any) -> None:
    text = ("Rescuers carry a man after a shelling in Douma on Sunday. (Photo by A. Writer/Getty "
            "Images)\n"
            "Missiles struck the Tiyas air base early on Monday, state media said.")
    result = extract(text, published="2018-04-09")
    frame = main(result)
    assert frame.date == "2018-04-09"
    assert frame.location is not None and frame.location.name == "T4 air base"
    assert frame.evidence.text.startswith("Missiles struck")


@pytest.mark.parametrize("cue", ["pictured", "This photo", "Credit:"])
def test_a_report_written_as_one_line_is_no_caption(extract: Any, cue: str) -> None:
    # a monitor's narrative without line breaks: only the sentence with the cue is a caption
    filler = " ".join(f"Relatives of victim {n} mourned them online." for n in range(1, 16))
    text = (f"On Sunday, 14 civilians were killed in an airstrike on a market in Sagaing. {filler} "
            f"A relative shared an image where the market is {cue} after the strike.")
    assert len(text) > 700
    frame = main(extract(text, published="2024-05-06"))
    assert frame.killed is not None and frame.killed.min == 14
    assert frame.evidence.text.startswith("On Sunday, 14 civilians")


# --- actors and casualties ------------------------------------------------------------------

def test_perpetrators_alleged_and_denied_come_from_claims(extract: Any) -> None:
    text = ("SANA said US-led coalition jets struck an army post near Albu Kamal on Sunday.\n"
            "The US military denied carrying out any strike near Albu Kamal.")
    result = extract(text, published="2018-06-18")
    frame = main(result)
    src = frame.sources["perpetrators"]
    assert src.claim_ids
    assert frame.perpetrators
    assert "denied" in (src.note or "")
    check_provenance(result)


def test_perpetrator_in_the_outlets_voice(extract: Any) -> None:
    frame = main(extract("Israeli jets bombed a depot near Quneitra on Monday.",
                         published="2021-06-29"))
    assert "Israel" in frame.perpetrators
    assert frame.sources["perpetrators"].evidence


def test_targets_are_the_strikes_objects_not_its_places(extract: Any) -> None:
    frame = main(extract("Drones targeted pro-government militia fighters near Mayadin on Monday.",
                         published="2021-06-29"))
    assert any("militia fighters" in t for t in frame.targets)
    assert not any("Mayadin" in t for t in frame.targets)
    assert frame.sources["targets"].evidence


def test_casualties_outlet_voice_and_per_source(extract: Any) -> None:
    text = ("An air strike killed 12 fighters near Mayadin on Monday.\n"
            "The Syrian Observatory for Human Rights said 20 fighters were killed in the strike.")
    result = extract(text, published="2021-06-29")
    frame = main(result)
    assert frame.killed is not None and (frame.killed.min, frame.killed.max) == (12, 12)
    src = frame.sources["killed"]
    assert src.evidence and "12" in src.evidence[0].text
    figures = {c.id: c.killed for c in result.claims if c.killed is not None}
    assert set(src.claim_ids) == set(figures)
    check_provenance(result)


def test_air_force_base_is_a_site_not_an_actor(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The Russian military said Israeli jets attacked Syria's T4 air force base near Homs "
            "on Monday, killing 14 people.")
    frames = extract(text, published="2018-04-09").frames
    assert frames and frames[0].location is not None and frames[0].location.name == "T4 air base"


# --- the frames step reads the claims it is given and never rewrites them -------------------

@pytest.mark.parametrize("text", [
    "The RSF said its fighters did not shell the market in El Fasher on Monday. "
    "Local medics said 12 people were killed.",
    "Myanmar's military denied that its jets bombed a school in Sagaing on Friday, "
    "state media reported. Last year a similar strike in Kachin killed 60, a rights group said.",
    "A spokesman for the Colombian army said troops had not fired on the village.",
    "The weather in Bamako was mild, the ministry said.",
])
def test_extract_frames_reads_claims_and_with_frames_makes_new_ones(resources: Any, text: str) -> None:
    from rashomon.extract import extract_claims, extract_frames, with_frames
    from rashomon.normalize import content_hash
    from rashomon.types import Article

    article = Article(id="t1", text=text, input="test", content_hash=content_hash(text), published="2024-05-06")
    doc = resources.nlp(text)
    claims = extract_claims(doc, article.id, resources.actors, article.outlet)
    before = list(claims)
    found = extract_frames(doc, article, claims, resources.places, window_days=3)
    assert claims == before and all(c.frame is None for c in claims)  # read, not rewritten
    assert len(found.claim_frames) == len(claims)
    framed = with_frames(claims, found)
    assert [c.frame for c in framed] == list(found.claim_frames)
    assert [c.id for c in framed] == [c.id for c in claims]
    assert all(f is None or 0 <= f < len(found.frames) for f in found.claim_frames)
