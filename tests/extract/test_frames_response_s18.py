"""After a non-state attack, the state's operation against the group is another act: its doer
is not the attack's perpetrator, its toll not the attack's toll (extract.frames_response). The
state's operation that is the incident, or how the attack ended, stays with it. Sentences written
for the project, about conflicts no eval or probe set covers."""

from __future__ import annotations

import pytest


def _frame_of(extract, text: str, words: str):  # type: ignore[no-untyped-def]
    result = extract(text, published="2024-03-09")
    claims = [c for c in result.claims if words in c.text]
    assert claims, [c.text for c in result.claims]
    return claims[0].frame, result.frames


@pytest.mark.parametrize(("text", "words", "not_doer"), [
    ("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday, killing at least 20 people, police "
     "said. Somali and US aircraft struck al-Shabaab positions in the Lower Shabelle region on "
     "Saturday, the government said.", "struck al-Shabaab positions", "US"),
    ("A roadside bomb killed 11 civilians travelling to a market near Djibo on Monday, officials "
     "said. The army said it had killed dozens of terrorists in air strikes on their hideouts in the "
     "days that followed.", "killed dozens of terrorists", None),
    ("Militants attacked a bus carrying pilgrims in Reasi on Sunday, killing nine people, police "
     "said. Security forces killed three suspects in a raid in the forests of Rajouri on Tuesday, "
     "police said.", "killed three suspects", None),
    ("A car bomb exploded outside a police station in Jamundi on Thursday, killing two officers, the "
     "mayor said. In retaliation, the air force bombed rebel camps in the Cauca mountains, the "
     "defence ministry said.", "bombed rebel camps", None),
    ("ADF rebels killed 40 villagers in an overnight attack near Oicha, the local administrator said. "
     "Uganda's army said its troops had launched an offensive against ADF bases in the Rwenzori "
     "foothills.", "launched an offensive", "Uganda"),
    ("A suicide bomber rammed a police van in Bannu on Monday, killing eight officers, police said. "
     "Security forces killed 12 militants in an intelligence-based operation in North Waziristan on "
     "Wednesday, the military said.", "killed 12 militants", None),
    ("Fano militiamen attacked a police station in Gondar on Sunday, killing six officers, residents "
     "said. The federal army said its troops had pounded Fano positions near Bahir Dar in retaliation.",
     "pounded Fano positions", None),
])
def test_the_states_answer_is_another_act(extract, text: str, words: str, not_doer: str | None) -> None:  # type: ignore[no-untyped-def]
    frame, frames = _frame_of(extract, text, words)
    assert frame != 0, (frame, [(f.index, f.background, f.type) for f in frames])
    main = next(f for f in frames if f.index == 0)
    assert not_doer is None or not_doer not in main.perpetrators, main.perpetrators


@pytest.mark.parametrize(("text", "words"), [
    # the incident is the state's operation: its next sentence tells the same act
    ("Pakistani jets struck militant hideouts in North Waziristan on Sunday, killing 30 fighters, the "
     "army said. The army said its aircraft had destroyed five militant hideouts in a new raid.",
     "destroyed five militant hideouts"),
    # how the attack ended, no operation of its own
    ("Gunmen stormed an army post in central Mali on Sunday, killing 12 soldiers, officials said. "
     "The army said troops killed 15 of the attackers while repelling the assault.", "killed 15"),
    # an air strike, and the army's account of what it struck: its word on the incident
    ("An air strike hit a market in Tabit in North Darfur on Monday, killing 30 people, activists "
     "said. The army said its aircraft struck RSF positions in the area.", "struck RSF positions"),
    # soldiers' killings, and the army's account of them as an operation
    ("Malian soldiers and foreign fighters killed about 300 civilians in the village of Moura over "
     "five days, Human Rights Watch said. The army said it had killed 203 terrorists in a military "
     "operation in Moura.", "203 terrorists"),
    # "the raid" is the incident's own word
    ("Gunmen raided the village of Kuje on Sunday, killing 14 people, police said. Police said "
     "officers killed four of the gunmen in the raid.", "four of the gunmen"),
])
def test_the_incidents_own_sentences_kept(extract, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    frame, frames = _frame_of(extract, text, words)
    assert frame == 0, (frame, [(f.index, f.background, f.type) for f in frames])
