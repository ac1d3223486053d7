"""Attribution and stance lexicon (data/cues.yaml), loaded once per process."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from rashomon.data import load as load_data
from rashomon.types import Stance


@dataclass(frozen=True, slots=True)
class Cues:
    verb_stance: dict[str, Stance]
    decline_verbs: frozenset[str]
    decline_objects: frozenset[str]
    decline_phrases: tuple[str, ...]
    denial_content: tuple[str, ...]
    attack_lemmas: frozenset[str]
    attack_nouns: frozenset[str]
    hedges: tuple[str, ...]
    anaphora_person: frozenset[str]
    anaphora_group: frozenset[str]
    source_nouns: frozenset[str]
    generic_sources: tuple[tuple[str, str, str], ...]  # (description, "kind"|"word", value)
    speaker_titles: frozenset[str]
    response_verbs: frozenset[str]  # "did not respond/reply/answer …": declines
    response_objects: frozenset[str]  # … "to requests for comment", "calls and messages"
    clausal_verbs: frozenset[str] = frozenset()  # cues only with a clause: "found that S"
    position_verbs: frozenset[str] = frozenset()  # reactions: "condemned", "urged", "called for"
    not_cues: frozenset[str] = frozenset()  # verbs with a clause that report nothing ("make sure")


@functools.cache
def load_cues_data() -> dict[str, Any]:
    """The raw mapping of data/cues.yaml (for modules with lexicons of their own there)."""
    return load_data("cues.yaml")


def verb_stance_keys(verbs: dict[str, Any]) -> list[str]:
    """The reporting verbs proper (asserts, confirms, denies), not reactions or beliefs."""
    return [lemma for key in ("asserts", "confirms", "denies") for lemma in verbs[key]]


@functools.cache
def cues() -> Cues:
    data = load_cues_data()
    verbs = data["reporting_verbs"]
    verb_stance: dict[str, Stance] = {}
    for stance_key, stance in (("asserts", "asserts"), ("confirms", "confirms"),
                               ("denies", "denies")):
        for lemma in verbs[stance_key]:
            verb_stance[lemma] = stance  # type: ignore[assignment]
    for lemma in [*verbs.get("position", []), *verbs.get("clausal", [])]:
        verb_stance.setdefault(lemma, "asserts")  # a confirm or deny cue keeps its stance
    return Cues(
        verb_stance=verb_stance,
        decline_verbs=frozenset(verbs["declines"]),
        decline_objects=frozenset(data["decline_objects"]),
        decline_phrases=tuple(data["decline_phrases"]),
        denial_content=tuple(data["denial_content"]),
        attack_lemmas=frozenset(data["attack_lemmas"]),
        attack_nouns=frozenset(data["attack_nouns"]),
        hedges=tuple(data["hedges"]),
        anaphora_person=frozenset(data["anaphora"]["person"]),
        anaphora_group=frozenset(data["anaphora"]["group"]),
        source_nouns=frozenset(data["source_nouns"]),
        generic_sources=tuple(sorted(
            ((desc.lower(), key, str(value)) for desc, spec in data["generic_sources"].items()
             for key, value in spec.items()), key=lambda g: -len(g[0]))),
        speaker_titles=frozenset(data["speaker_titles"]),
        response_verbs=frozenset(data["no_response"]["verbs"]),
        response_objects=frozenset(data["no_response"]["objects"]),
        clausal_verbs=frozenset(verbs.get("clausal", [])),
        not_cues=frozenset(verbs.get("not_cues", [])),
        position_verbs=frozenset(verbs.get("position", [])) - frozenset(verb_stance_keys(verbs)),
    )


def word_set(name: str) -> frozenset[str]:
    """The word list ``name`` of data/cues.yaml's ``rule_words`` (function words and small word
    classes the rules test tokens against)."""
    return frozenset(str(w) for w in load_cues_data()["rule_words"][name])
