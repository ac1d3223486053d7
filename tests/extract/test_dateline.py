"""The one dateline reader (rashomon.extract.dateline) on hand-written datelines of many
conflicts, and the frames' reference date read through it."""

from __future__ import annotations

import pytest

from rashomon.extract.dateline import in_dateline, paragraph_dateline, parse_dateline
from rashomon.extract.frames_dates import dateline_date


@pytest.mark.parametrize(("text", "place", "region", "date", "outlet", "story"), [
    ("KHARTOUM, Sudan (Reuters) — The army said", "KHARTOUM", "Sudan", None, "Reuters", "The army"),
    ("Yangon, March 3 (AFP) - Soldiers opened fire", "Yangon", None, "March 3", "AFP", "Soldiers"),
    ("GOMA — M23 rebels shelled Sake.", "GOMA", None, None, None, "M23"),
    ("MOGADISHU, 5 March 2023 — Gunmen attacked", "MOGADISHU", None, "5 March 2023", None, "Gunmen"),
    ("WASHINGTON, Tuesday, March 5, 2024 — The Pentagon", "WASHINGTON", None, "Tuesday, March 5, 2024",
     None, "The"),
    ("DEIR AL-BALAH, Gaza Strip, Oct. 3 (AP) — Israeli jets", "DEIR AL-BALAH", "Gaza Strip", "Oct. 3",
     "AP", "Israeli"),
    ("BENI, Democratic Republic of Congo, Aug 25 - ADF fighters", "BENI", "Democratic Republic of Congo",
     "Aug 25", None, "ADF"),
    ("N'DJAMENA, Chad, 7 February 2024 -- Sudanese refugees", "N'DJAMENA", "Chad", "7 February 2024",
     None, "Sudanese"),
    ("SANAA, Sept. 15 (YPA)– Houthi media said", "SANAA", None, "Sept. 15", "YPA", "Houthi"),
    ("TBILISI (Civil.ge)- Police used water cannon", "TBILISI", None, None, "Civil.ge", "Police"),
    ("BAMAKO, Mali, 2024-03-05 — Jihadists attacked", "BAMAKO", "Mali", "2024-03-05", None, "Jihadists"),
    ("Bamako: At least 12 people were killed in Mopti.", "Bamako", None, None, None, "At"),
    ("PORT-AU-PRINCE, Haiti — Gangs attacked", "PORT-AU-PRINCE", "Haiti", None, None, "Gangs"),
    ("ST. PETERSBURG (AP) — A drone hit", "ST. PETERSBURG", None, None, "AP", "A"),
])
def test_dateline_forms(text: str, place: str, region: str | None, date: str | None,
                        outlet: str | None, story: str) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert (found.place_text, found.region_text, found.date_text, found.outlet_text) == (
        place, region, date, outlet)
    assert text[found.end:].startswith(story)


@pytest.mark.parametrize("text", [
    "Israel - Hamas war: live updates",  # a headline's title-case word before a dash
    "US-backed forces attacked the town.",  # no spaced dash
    "UN — The envoy said",  # an acronym, too short to be a place
    "The army - which denied it - said",  # a sentence
    "Monday, March 3, 2024 - Gunmen",  # a date is no place
    "Shelling hit Omdurman (Reuters).",
    "Soldiers opened fire on protesters in Mandalay.",
])
def test_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None


def test_a_dateline_after_a_paragraph_start_and_a_date_stamp() -> None:
    text = "Headline here\n2024-03-02 TBILISI, Georgia — Police fired rubber bullets."
    found = paragraph_dateline(text, text.index("Police"))
    assert found is not None and (found.place_text, found.region_text) == ("TBILISI", "Georgia")
    stamped = "date 2024-10-08 10/08/2024 October 8, 2024 Syria: Civilians were killed"
    assert in_dateline(stamped, stamped.index("Syria"), stamped.index("Syria") + 5)


@pytest.mark.parametrize(("text", "place", "inside"), [
    ("KHARTOUM (Reuters) - Shelling hit a market in Omdurman.", "KHARTOUM", True),
    ("NIAMEY, Niger — An ambush in Burkina Faso's Sahel region killed 12 soldiers.", "Niger", True),
    ("JUBA, South Sudan — Fighting in Sudan's Blue Nile state displaced thousands.", "South Sudan", True),
    ("BOGOTA, Colombia (Reuters) - Rebels attacked a base in Venezuela's Apure state.", "Colombia", True),
    ("2024-03-02 Tbilisi: Protesters gathered.", "Tbilisi", True),
    ("Rebels shelled Goma, Congo — the city's mayor said.", "Congo", False),
    ("Shelling hit a market in Omdurman (Reuters).", "Omdurman", False),
    ("Sittwe residents fled on Monday.", "Sittwe", False),
    ("NAY PYI TAW, 12 March - The junta denied it.", "March", False),  # the date is no place
    ("KHARTOUM, Sudan — Fighting in Omdurman killed 12.", "Omdurman", False),
])
def test_in_dateline(text: str, place: str, inside: bool) -> None:
    start = text.index(place)
    assert in_dateline(text, start, start + len(place)) is inside


@pytest.mark.parametrize(("text", "expected"), [
    # identical to the reader frames_dates had before (a year needed, day precision)
    ("MOGADISHU, 5 March 2023 — Gunmen attacked", ("2023-03-05", 26)),
    ("GOMA, Congo, May 3, 2024 – Shells fell", ("2024-05-03", 27)),
    ("WASHINGTON, Tuesday, March 5, 2024 — The Pentagon", ("2024-03-05", 37)),
    ("KYIV, Ukraine, 12 June 2023 -- Russian missiles", ("2023-06-12", 31)),
    ("NAY PYI TAW, 12 March 2025 - The junta", ("2025-03-12", 29)),
    ("N'DJAMENA, Chad, 7 February 2024 — x", ("2024-02-07", 35)),
    ("BAMAKO, Mali, 2024-03-05 — x", ("2024-03-05", 27)),
    ("KHARTOUM, Sudan (Reuters) — The army said", None),
    ("KHARTOUM, March 3 — The RSF", None),  # no year
    ("GOMA — M23 rebels", None),
    ("Israel - Hamas war, 3 March 2024 - live", None),
    # new: an outlet after the date
    ("SANAA, Sept. 15, 2021 (YPA) – Yemeni", ("2021-09-15", 30)),
    ("BEIRUT, Lebanon, Oct. 3, 2024 (AP) — Israeli jets", ("2024-10-03", 37)),
    ("Yangon, March 3, 2021 (AFP) - Soldiers opened fire", ("2021-03-03", 30)),
])
def test_dateline_date(text: str, expected: tuple[str, int] | None) -> None:
    assert dateline_date(text) == expected
