"""One side's accusation is no word of the outlet's: the doer of a trigger inside what a speaker
said ("X said the Y side had shelled …") is not the frame's perpetrator in the outlet's voice
(extract.frames_actors.outlet_perpetrators). Sentences written for the project, about conflicts no
eval or probe set covers."""

from __future__ import annotations

from rashomon.extract.frames_actors import outlet_perpetrators
from rashomon.extract.frames_text import read_sentences


def _outlet(resources, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    names, _ = outlet_perpetrators(read_sentences(resources.nlp(text)), [])
    return names


def test_accusation_is_not_the_outlets_word(resources) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Fighting broke out on Tuesday along the line of contact near Lachin. Armenia's defence "
        "ministry said Azerbaijani forces had shelled its positions first, and Baku's officials "
        "accused Armenian troops of opening fire.",
        "Fighting broke out on Tuesday in Syunik. Armenia's border guards said the Azerbaijani side "
        "had shelled an outpost and villages near Jermuk first.",
        "Pakistan's army told reporters that Indian troops had fired mortars across the Line of "
        "Control in Poonch.",
        "Armenia's border guards said the Azerbaijani army had shelled an outpost and villages near "
        "Jermuk first.",
        "Pakistan's army said Indian troops had shelled villages in Poonch first and that its soldiers "
        "had only returned fire.",
        "Eritrea's information ministry said Ethiopian forces had shelled the town of Zalambessa.",
        "Rwanda's army said the Congolese army had shelled Rubavu district from across the border.",
    ):
        assert _outlet(resources, text) == [], text


def test_outlets_own_word_kept(resources) -> None:  # type: ignore[no-untyped-def]
    # the same act told by the outlet itself names its doer
    text = ("Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday, and fighting "
            "went on into the night.")
    assert _outlet(resources, text) == ["Azerbaijani"]
