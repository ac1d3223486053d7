"""The lexicon gateway: one loader, one schema check, one error type, one phrase builder."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from rashomon.errors import ConfigError
from rashomon.lexicon import LexiconError, alternation, load, load_file, phrase_pattern
from rashomon.lexicon.schema import SCHEMAS, unknown_keys
from rashomon.lexicon.tracked import ReadMap

PACKAGE_FILES = sorted(p.name for p in resources.files("rashomon.data").iterdir()  # type: ignore[attr-defined]
                       if p.name.endswith(".yaml"))


def test_every_package_lexicon_has_a_schema() -> None:
    assert PACKAGE_FILES and set(PACKAGE_FILES) == set(SCHEMAS)


@pytest.mark.parametrize("name", PACKAGE_FILES)
def test_the_schema_names_every_key_of_the_package_file(name: str) -> None:
    """Loading keeps a key the schema does not name (a user's file may carry more); the
    package's own files are described completely."""
    raw = yaml.safe_load(resources.files("rashomon.data").joinpath(name).read_text("utf-8"))
    assert unknown_keys(SCHEMAS[name], raw) == []


@pytest.mark.parametrize("name", PACKAGE_FILES)
def test_package_lexicons_load_and_are_shared_read_only(name: str) -> None:
    data = load(name)
    assert isinstance(data, ReadMap) and load(name) is data
    with pytest.raises(TypeError, match="shared"):
        data["x"] = 1


@pytest.mark.parametrize(("schema", "text", "key", "problem"), [
    ("causes.yaml", "accident_cues: [by mistake, [nested]]", "accident_cues[1]",
     "expected a string, found a list"),
    ("causes.yaml", "accident_cues: 3", "accident_cues", "expected a list"),
    ("causes.yaml", "other: []", "accident_cues", "missing"),
    ("causes.yaml", "accident_cues: [a, b\n  c: d", "line", "not valid YAML"),
    ("causes.yaml", "- a\n- b", "(top level)", "expected a YAML mapping"),
    ("demonyms.yaml", "demonyms: {Sudanese: SD}", "demonyms.Sudanese", "expected a list"),
    ("link_words.yaml", "generic_target_words: [a]\nnot_person_last_words: [true]",
     "not_person_last_words[0]", "expected a string, found true/false"),
])
def test_a_bad_lexicon_is_one_error_naming_file_and_key(tmp_path: Path, schema: str, text: str,
                                                        key: str, problem: str) -> None:
    path = tmp_path / "words.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_file(path, "the test lexicon", schema)
    message = str(info.value)
    assert "\n" not in message and str(path) in message and key in message and problem in message
    assert isinstance(info.value, ConfigError)  # the CLI's one-line error path


def test_an_unreadable_file_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot be read"):
        load_file(tmp_path / "absent.yaml", "the actor gazetteer")


@pytest.mark.parametrize("word", ["on", "off", "yes", "no", "y", "n", "On", "NO"])
def test_yaml_1_1_booleans_stay_words(tmp_path: Path, word: str) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(f"accident_cues: [{word}, by mistake]\n", encoding="utf-8")
    assert load_file(path, "t", "causes.yaml")["accident_cues"] == [word, "by mistake"]


def test_reads_are_recorded_by_key_path(tmp_path: Path) -> None:
    """Fixed-key mappings of the schema record reads key by key; data-keyed ones are a value."""
    path = tmp_path / "w.yaml"
    path.write_text("tiers: {platforms: 4, events: 3, weapons: 2, cues: 1, generic: 0}\n"
                    "weapon_groups: [platforms]\ntypes: {other: {generic: [attack]}}\n"
                    "not_triggers: []\nframes: {statement_verbs: [], actor_heads: [],\n"
                    "  place_prepositions: {in: 1.0}, other_incident_cues: [], caption_cues: [],\n"
                    "  target_prepositions: [], target_pronouns: [], place_nouns: [], time_words: [],\n"
                    "  target_verbs: []}\n",
                    encoding="utf-8")
    data = load_file(path, "reads", "triggers.yaml")
    from rashomon.lexicon.tracked import KEYS, READS
    file = f"reads {path}"
    assert data["tiers"]["events"] == 3 and data["frames"].get("place_prepositions") == {"in": 1.0}
    assert {"tiers", "tiers.generic", "types.other.generic", "frames.caption_cues"} <= KEYS[file]
    assert READS[file] == {"tiers", "tiers.events", "frames", "frames.place_prepositions"}
    dict(data)  # a copy reads every key of the top level
    assert READS[file] >= {"weapon_groups", "types", "not_triggers"}


@pytest.mark.parametrize(("phrases", "loose", "text", "found"), [
    (["air strike", "strike"], True, "an air-strike hit", "air-strike"),
    (["air strike", "strike"], True, "the airstrike on Goma", "airstrike"),
    (["air strike", "strike"], False, "an air  strike near El Fasher", "air  strike"),
    (["drone", "drone strike"], False, "a drone strike in Mali", "drone strike"),
    (["shell"], True, "a shell company", "shell"),
    (["mortar"], True, "mortarboard", None),
    (["mortar"], True, "anti-mortar radar", None),
])
def test_phrase_pattern_matches_whole_phrases_longest_first(phrases: list[str], loose: bool,
                                                            text: str, found: str | None) -> None:
    m = phrase_pattern(phrases, loose_joins=loose).search(text)
    assert (m.group(0) if m else None) == found


@pytest.mark.parametrize(("phrases", "text", "whole", "found"), [
    (["no comment"], "a no comment-style reply from the RSF", False, "no comment"),
    (["no comment"], "a no comment-style reply from the RSF", True, None),
    (["no comment"], "the junta said: no comment.", True, "no comment"),
    (["declined to comment"], "Tatmadaw officers declined to comment", True, "declined to comment"),
    (["baseless"], "M23 called the report baseless-sounding", True, None),
    (["baseless"], "Bogotá called it anti-baseless", True, None),
])
def test_whole_compounds_refuses_a_phrase_that_begins_a_compound(phrases: list[str], text: str, whole: bool,
                                                                 found: str | None) -> None:
    m = phrase_pattern(phrases, whole_compounds=whole).search(text)
    assert (m.group(0) if m else None) == found


@given(st.lists(st.text(alphabet="ab -", min_size=1, max_size=6).filter(str.strip), min_size=1, max_size=6),
       st.text(alphabet="abAB -.", max_size=16))
def test_the_case_blind_whole_compound_matcher_is_the_flat_ignorecase_one(phrases: list[str], text: str) -> None:
    """What extract.stance used to build itself: a flat IGNORECASE alternation of the phrases,
    neither after nor before a word character or hyphen. The gateway's matcher of the lower-cased phrases,
    searched in the lower-cased text, finds a phrase in the same texts (single spaces)."""
    flat = "|".join(re.escape(" ".join(p.split())) for p in sorted(phrases, key=len, reverse=True))
    old = re.compile(rf"(?<![\w-])(?:{flat})(?![\w-])", re.IGNORECASE)
    new = phrase_pattern([p.lower() for p in phrases], whole_compounds=True)
    text = " ".join(text.split())  # the old matcher read a space as one space only
    assert bool(old.search(text)) == bool(new.search(text.lower()))


def test_phrase_patterns_are_built_once_per_list() -> None:
    words = ["barrel bomb", "cluster munition"]
    assert phrase_pattern(words) is phrase_pattern(tuple(words))


@given(st.lists(st.text(alphabet="abcd -", min_size=1, max_size=8).filter(str.strip), min_size=1,
                max_size=8))
def test_the_trie_matches_what_a_flat_alternation_matches(phrases: list[str]) -> None:
    """The factored regex accepts exactly the phrases (spaces as whitespace)."""
    full = re.compile(alternation(phrases))
    for phrase in phrases:
        spaced = " ".join(phrase.split())
        assert full.fullmatch(spaced)
    flat = re.compile("|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases))
    for probe in ["a", "ab", "a b", "abcd", "d-c", "ba", "a-b c"]:
        assert bool(full.fullmatch(probe)) == bool(flat.fullmatch(probe))


@pytest.mark.parametrize(("name", "raw", "unknown"), [
    ("causes.yaml", {"accident_cues": [], "acident_cues": []}, ["acident_cues"]),
    ("triggers.yaml", {"types": {"shelling": {"weapons": [], "weapon": []}}}, ["types.shelling.weapon"]),
    ("cues.yaml", {"anaphora": {"person": [], "persons": []}}, ["anaphora.persons"]),
    ("demonyms.yaml", {"demonyms": {"Sudanese": ["SD"]}}, []),
])
def test_unknown_keys_finds_a_misspelt_key(name: str, raw: dict[str, object], unknown: list[str]) -> None:
    assert unknown_keys(SCHEMAS[name], raw) == unknown


def test_a_lexicon_pickles_and_copies_as_itself() -> None:
    """Resources sent to a worker process, or copied, keep the lexicon's values and its type."""
    import copy
    import pickle

    data = load("triggers.yaml")
    for twin in (pickle.loads(pickle.dumps(data)), copy.deepcopy(data), copy.copy(data)):
        assert isinstance(twin, ReadMap) and dict.copy(twin) == dict.copy(data)
        assert twin["frames"]["time_words"] == data["frames"]["time_words"]
