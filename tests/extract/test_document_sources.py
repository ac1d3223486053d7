"""Documents and records as sources, and "one said" speakers (issue 11), on sentences written for
the project: a report, a filing, court records or leaked emails speak when no one else cites them;
cited by a speaker they are that speaker's evidence; named again ("the report") they stand for
their author; "one said" after a group is one of that group."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "written"), [
    ("Court records show that the colonel ordered the killings in Antioquia.", "Court records"),
    ("The leaked memo said the junta planned air strikes on villages in Sagaing.", "The leaked memo"),
    ("According to the filing, the militia seized two gold mines near Bunia in March.", "the filing"),
    ("The emails show that the commander knew of the raid on the village near Mopti.", "The emails"),
    ("Hospital records showed that 14 civilians were admitted after the shelling of Tartar.",
     "Hospital records"),
])
def test_documents_speak(extract, text: str, written: str) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    assert any(c.source.text == written for c in claims), [c.source.text for c in claims]
    for c in claims:
        if c.source.text == written and c.source.start is not None:
            assert text[c.source.start:c.source.end] == written


@pytest.mark.parametrize(("text", "speaker", "document"), [
    ("The mayor of Goma said the report suggests that M23 shelled the camp.", "The mayor of Goma", "the report"),
    ("A lawyer for the families said court records show the army fired on the march in Cali.",
     "A lawyer", "court records"),
    ("Sudanese activists said leaked emails show the RSF planned the siege of El Fasher.",
     "Sudanese activists", "leaked emails"),
])
def test_a_cited_document_is_no_speaker(extract, text: str, speaker: str,  # type: ignore[no-untyped-def]
                                        document: str) -> None:
    written = [c.source.text for c in extract(text).claims]
    assert any(speaker in w for w in written), written
    assert document not in written


@pytest.mark.parametrize("text", [
    "Initial reports said six people were killed in the blast in Kidal.",
    "Reports indicated that the drone struck a wedding in Sagaing.",
])
def test_bare_reports_are_rumour_not_a_source(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any("reports" in c.source.text.lower() for c in extract(text).claims)


@pytest.mark.parametrize(("text", "author", "written"), [
    ("The ICRC reported that shells fell on the camp near Goma. According to the report, two "
     "volunteers were hurt.", "ICRC", "the report"),
    ("Amnesty International said the RSF burned the market of Murnei. The report said the "
     "militia also looted the clinic.", "Amnesty International", "The report"),
])
def test_a_document_named_again_stands_for_its_author(extract, text: str, author: str,  # type: ignore[no-untyped-def]
                                                      written: str) -> None:
    claims = [c for c in extract(text).claims if c.source.text == written]
    assert claims, [(c.source.name, c.source.text) for c in extract(text).claims]
    assert author in claims[0].source.name
    assert text[claims[0].source.start:claims[0].source.end] == written


@pytest.mark.parametrize(("text", "group", "written"), [
    ('Two aid workers described the shelling of the camp near Goma. "We ran into the forest," one said.',
     "aid workers", "one"),
    ("Residents of El Fasher said the RSF shelled the market. One said the shells hit the main mosque.",
     "Residents", "One"),
    ('Villagers near Tibu said the ELN had mined the road. "They came at night," another said.',
     "Villagers", "another"),
])
def test_one_of_a_group_speaks_for_it(extract, text: str, group: str, written: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in extract(text).claims if c.source.text == written]
    assert claims, [(c.source.name, c.source.text) for c in extract(text).claims]
    assert group in claims[0].source.name
    assert text[claims[0].source.start:claims[0].source.end] == written


def test_one_with_no_group_before_is_no_claim(extract) -> None:  # type: ignore[no-untyped-def]
    assert not extract('"We will not leave Khartoum," one said.').claims


@pytest.mark.parametrize(("text", "written"), [
    ("Court records show a second company registered at the same address in Bogota.", "Court records"),
    ("With polls showing the ruling party ahead in Yerevan, the opposition called for protests.", "polls"),
    ("Hospital figures showed 40 wounded civilians in El Fasher.", "Hospital figures"),
    ("The survey found deep distrust of the junta in Mandalay.", "The survey"),
])
def test_a_record_shows_a_thing(extract, text: str, written: str) -> None:  # type: ignore[no-untyped-def]
    assert written in [c.source.text for c in extract(text).claims]


@pytest.mark.parametrize("text", [
    "Satellite images show destroyed villages in Rakhine.",  # an image is the outlet's evidence
    "The army found 12 bodies near Mopti.",  # no record: a find, not a statement
    "The records were shown to reporters in Goma.",
])
def test_no_record_no_finding(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not extract(text).claims
