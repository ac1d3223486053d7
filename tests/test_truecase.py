"""Truecasing of capitalised headlines (rashomon.nlp.truecase), on headlines written for the
project; wired into build_nlp (Title Case headlines parsed in sentence case)."""

from __future__ import annotations

import pytest

from rashomon.nlp.truecase import Truecaser

VERBS = ["deny", "say", "kill", "hit", "claim", "find", "strike"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Sudanese Army Denies It Hit Market In El Fasher",
     "Sudanese Army denies it hit Market in El Fasher"),
    ("Junta Says Rebels Killed 12 Villagers In Sagaing", "Junta says Rebels killed 12 Villagers in Sagaing"),
    ("The army said rockets hit Sumy.", "The army said rockets hit Sumy."),  # sentence case: untouched
])
def test_truecase_line(line: str, expected: str) -> None:
    assert Truecaser(VERBS).line(line) == expected


@pytest.mark.parametrize("text", ["Rebels Say Drones Hit Goma\nThe army denied it.", "A B C\n\nD E F G H"])
def test_truecasing_keeps_length_and_letters(text: str) -> None:
    cased = Truecaser(VERBS).text(text)
    assert len(cased) == len(text) and cased.lower() == text.lower()


# (headline + body, {source name fragment: stance}) for headlines in Title Case
HEADLINES = [
    ("Sudanese Army Denies, RSF Declines to Comment on El Fasher Market Strike Reports\n\n"
     "Fighting went on near the city.", {"Sudanese": "denies", "RSF": "declines_comment"}),
    ("Updated: May 3rd, 2024\n\nArmy Denies, Rebels Decline to Comment on Goma Camp Shelling "
     "Reports\n\nThe camp lies north of the city.", {"Rebels": "declines_comment"}),
    ("Armenia Denies Its Troops Shelled Azerbaijani Posts Near Lachin\n\nThe border was quiet "
     "on Tuesday.", {"Armenia": "denies"}),
    ("Myanmar Junta Denies Its Jets Bombed Village in Sagaing\n\nResidents fled the area.",
     {"junta": "denies"}),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_title_case_headlines_are_parsed(extract, text: str, expected: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    claims = extract(text).claims
    for fragment, stance in expected.items():
        mine = [c for c in claims if fragment.lower() in (c.source.name + " " + c.source.text).lower()]
        assert mine, [(c.source.name, c.stance) for c in claims]
        assert {c.stance for c in mine} == {stance}


def test_truecased_doc_keeps_the_text_as_written(resources) -> None:  # type: ignore[no-untyped-def]
    from rashomon.extract.doctext import text_of

    text = "Colombian Army Denies It Bombed ELN Camp in Arauca\n\nThe camp was empty."
    doc = resources.nlp(text)
    assert text_of(doc) == text
    assert [t.idx for t in doc] == [t.idx for t in resources.nlp.make_doc(text)]
