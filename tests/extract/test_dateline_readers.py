"""The readers that used to carry their own dateline patterns now read datelines with
rashomon.extract.dateline: the attribution's speaker after a dateline, the cleaned speaker
words, the frame places that are only where a story was filed. Datelines written for the
project, about conflicts no eval set covers."""

from __future__ import annotations

import pytest

from rashomon.extract.claims_speakers import clean_speaker
from rashomon.extract.frames_place_filters import is_dateline


@pytest.mark.parametrize(("text", "cleaned"), [
    ("KHARTOUM, Sudan (Reuters) — the Rapid Support Forces", "the Rapid Support Forces"),
    ("NAY PYI TAW, 12 March — the junta's information team", "the junta's information team"),
    ("BENI, Democratic Republic of Congo, Aug 25 - the army", "the army"),
    ("STEPANAKERT — Karabakh officials", "Karabakh officials"),
    ("Yangon, March 3 (AFP) - the military government", "the military government"),
    ("ADEN (Reuters)- the Southern Transitional Council", "the Southern Transitional Council"),
    ("SANAA: the Houthi-run health ministry", "the Houthi-run health ministry"),  # capitals and a colon
    ("PORT-AU-PRINCE (AP", ""),  # only a cut dateline
    ("the Sudanese Armed Forces (SAF)", "the Sudanese Armed Forces"),
    ("US-backed Syrian Democratic Forces", "US-backed Syrian Democratic Forces"),  # no spaced dash
    ("Hamas: the group's armed wing", "Hamas: the group's armed wing"),  # a name and a colon
])
def test_a_speaker_loses_its_dateline(text: str, cleaned: str) -> None:
    assert clean_speaker(text) == cleaned


@pytest.mark.parametrize(("text", "speaker", "dateline"), [
    ("KHARTOUM, Sudan (Reuters) — The Rapid Support Forces said on Monday that they had captured "
     "the town of Wad Madani.", "Rapid Support Forces", "KHARTOUM"),
    ("NAY PYI TAW, 12 March — The junta said its troops had retaken the town of Lashio from rebels.",
     "junta", "NAY PYI TAW"),
    ("BENI, Democratic Republic of Congo, Aug 25 - The army said ADF fighters killed 18 villagers "
     "in Oicha overnight.", "army", "BENI"),
    ("STEPANAKERT — Karabakh officials said Azerbaijani shelling killed two civilians in Martuni.",
     "Karabakh officials", "STEPANAKERT"),
    # a place in title case is a dateline's when an outlet follows it
    ("Mandalay (AFP) - The Arakan Army said its fighters had seized the town of Ann.", "Arakan Army",
     "Mandalay"),
])
def test_the_speaker_after_a_dateline_is_the_subject_not_the_dateline(  # type: ignore[no-untyped-def]
        extract, text: str, speaker: str, dateline: str) -> None:
    written = [c.source.text for c in extract(text).claims]
    assert any(speaker in w for w in written), written
    assert not any(dateline in w for w in written), written


@pytest.mark.parametrize(("text", "place", "dateline"), [
    ("KHARTOUM, Sudan (Reuters) — Drones hit a fuel depot in Port Sudan.", "Sudan", True),
    ("NAY PYI TAW, 12 March — Air strikes hit Kanbalu.", "NAY PYI TAW", True),
    ("NAY PYI TAW, 12 March — Air strikes hit Kanbalu.", "March", False),  # the date, no place
    # a region of several words is the dateline's too
    ("BENI, Democratic Republic of Congo, Aug 25 - ADF fighters attacked Oicha.", "Congo", True),
    ("STEPANAKERT — Shelling hit Martuni overnight.", "STEPANAKERT", True),
    ("2024-03-02 KHARTOUM, Sudan — Shelling hit Omdurman.", "Sudan", True),  # after a date stamp
    ("ABYEI\nShelling hit a market in Agok.", "ABYEI", True),  # a name in capitals over the story
    # a name and an acronym at the head of a paragraph are a speaker, not a dateline
    ("Médecins Sans Frontières (MSF) said its clinic in Tawila was looted.", "Médecins Sans Frontières",
     False),
    # a line with a figure before the place is no date stamp
    ("Drones struck 3 depots in KHARKIV overnight.", "KHARKIV", False),
    ("On 3 July a strike hit a camp, the UN Mission in Libya (UNSMIL) said.", "Libya", False),
    ("Rebels fired 12 rockets at the airport of Goma, Congo - the mayor said.", "Congo", False),
])
def test_a_dateline_place_is_read_by_the_one_dateline_reader(text: str, place: str, dateline: bool) -> None:
    start = text.index(place)
    assert is_dateline(text, start, start + len(place)) is dateline
