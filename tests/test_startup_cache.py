"""The start-up cache of the entity rulers (rashomon.nlp.startup): the cached pipeline finds
the same entities as the one built from the patterns, and the cache is written, reused and
survives damage."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from rashomon.config import Options
from rashomon.marshalfile import marshal_bytes, read_marshal
from rashomon.nlp import build_nlp, load_nlp
from rashomon.nlp.startup import CACHE_FORMAT, RulerTable, TrieMatcher, cache_path, table_of
from rashomon.pipeline import Resources, startup_key

MODEL = Options().model

PATTERNS: list[dict[str, Any]] = [
    {"label": "ORG", "pattern": [{"LOWER": "rapid"}, {"LOWER": "support"}, {"LOWER": "forces"}], "id": "RSF"},
    {"label": "ORG", "pattern": [{"LOWER": "rsf"}], "id": "RSF"},
    {"label": "ORG", "pattern": [{"LOWER": "arakan"}, {"LOWER": "army"}]},
    {"label": "ORG", "pattern": [{"LOWER": "m23"}]},
    {"label": "NORP", "pattern": [{"LOWER": "m23"}]},  # one phrase, two labels: spaCy's order is kept
    {"label": "ORG", "pattern": [{"TEXT": {"REGEX": "^JNIM$"}}]},  # a token pattern, kept as such
    {"label": "GPE", "pattern": [{"ORTH": "El"}, {"ORTH": "Fasher"}], "id": "el-fasher"},
    {"label": "GPE", "pattern": [{"ORTH": "Fasher"}]},
    {"label": "GPE", "pattern": [{"ORTH": "Goma"}]},
    {"label": "GPE", "pattern": [{"ORTH": "North"}, {"ORTH": "Kivu"}]},
    {"label": "LOC", "pattern": [{"ORTH": "Kivu"}]},
    {"label": "GPE", "pattern": [{"ORTH": "Sittwe"}]},
    # words spaCy has symbols for: their ids are no hashes (the trie must key them as spaCy does)
    {"label": "ORG", "pattern": [{"LOWER": "nsubj"}, {"LOWER": "prep"}]},
    {"label": "GPE", "pattern": [{"ORTH": "PERSON"}, {"ORTH": "GPE"}]},
]

TEXTS = [
    "The Rapid Support Forces (RSF) shelled El Fasher on Sunday, the army said.",
    "M23 rebels advanced on Goma, the capital of North Kivu, as the Congolese army withdrew.",
    "The Arakan Army said it had taken Sittwe; JNIM denied any role. rsf fighters were seen in Fasher",
    "Kivu",
    "",
]


@pytest.fixture(scope="module")
def built() -> Language:
    return build_nlp(MODEL, PATTERNS)


@pytest.fixture(scope="module")
def tables(built: Language) -> list[RulerTable]:
    return [table_of(built, name) for name in ("entity_ruler", "place_ruler")]


@pytest.fixture(scope="module")
def cached(tmp_path_factory: pytest.TempPathFactory) -> Language:
    """The small pipeline's rulers built and written to a new cache, then read back from it
    (once for the module: two model loads, not two per text)."""
    folder = tmp_path_factory.mktemp("startup-cache")
    load_nlp(MODEL, lambda: PATTERNS, cache_key="t1", cache_dir=folder)  # builds and writes
    return load_nlp(MODEL, lambda: pytest.fail("the cache should be used"), cache_key="t1", cache_dir=folder)


def _ents(doc: Doc) -> list[tuple[int, int, str, str]]:
    return [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents]


@pytest.mark.parametrize("text", TEXTS)
def test_cached_rulers_give_the_same_entities(cached: Language, built: Language, text: str) -> None:
    assert isinstance(cached.get_pipe("place_ruler").phrase_matcher, TrieMatcher)
    assert cached.pipe_names == built.pipe_names
    assert _ents(cached(text)) == _ents(built(text))
    assert [t.ent_iob_ for t in cached(text)] == [t.ent_iob_ for t in built(text)]
    assert len(cached.get_pipe("entity_ruler")) == len(built.get_pipe("entity_ruler"))


def _spacy_matcher(built: Language, name: str) -> PhraseMatcher:
    return built.get_pipe(name).phrase_matcher  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize("name", ["entity_ruler", "place_ruler"])
@pytest.mark.parametrize("text", TEXTS)
def test_trie_matcher_reports_what_the_phrase_matcher_reports_in_its_order(
        built: Language, tables: list[RulerTable], name: str, text: str) -> None:
    table = next(t for t in tables if t.name == name)
    doc = built.make_doc(text)
    assert TrieMatcher(table.attr, table.trie)(doc) == _spacy_matcher(built, name)(doc)


WORDS = ["El", "Fasher", "fasher", "North", "Kivu", "kivu", "Goma", "M23", "m23", "RSF", "Arakan", "army",
         "Army", "rapid", "Support", "forces", ",", "the", "Sittwe", "PERSON", "prep", "nsubj", "Nsubj", "GPE"]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=25))
def test_trie_matcher_equals_the_phrase_matcher_on_any_word_sequence(
        built: Language, tables: list[RulerTable], words: list[str]) -> None:
    doc = Doc(built.vocab, words=words)
    for table in tables:
        assert TrieMatcher(table.attr, table.trie)(doc) == _spacy_matcher(built, table.name)(doc)


def test_one_phrase_under_two_labels_keeps_both_ids(tables: list[RulerTable]) -> None:
    main = next(t for t in tables if t.name == "entity_ruler")
    assert len(main.trie[get_string_id("m23")][None]) == 2  # the trie is keyed by the words' hashes
    assert main.token_patterns == [{"label": "ORG", "pattern": [{"TEXT": {"REGEX": "^JNIM$"}}]}]


def test_a_damaged_cache_is_rebuilt_with_a_warning(tmp_path: Path, built: Language,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    path = cache_path("t2", tmp_path)
    path.write_bytes(b"not a cache file")
    with caplog.at_level(logging.WARNING, logger="rashomon.nlp.startup"):
        nlp = load_nlp(MODEL, lambda: PATTERNS, cache_key="t2", cache_dir=tmp_path)
    assert "unusable (not a rashomon cache file): rebuilding" in caplog.text
    assert _ents(nlp(TEXTS[1])) == _ents(built(TEXTS[1]))
    assert len(read_marshal(path, "t2")) == 2  # type: ignore[arg-type]  # rewritten whole


def test_an_unwritable_cache_folder_only_costs_the_build(tmp_path: Path, built: Language) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    nlp = load_nlp(MODEL, lambda: PATTERNS, cache_key="t3", cache_dir=blocker / "sub")
    assert _ents(nlp(TEXTS[0])) == _ents(built(TEXTS[0]))


def test_the_key_follows_the_settings_that_build_the_rulers() -> None:
    assert startup_key(Options()) == startup_key(Options().with_(workers=2, link_min_score=0.6))  # ruler inputs only
    assert startup_key(Options()) != startup_key(Options().with_(model="xx_other_model"))


@pytest.mark.slow
def test_the_real_pipeline_from_the_cache_equals_the_built_one(tmp_path: Path, resources: Resources) -> None:
    """With the gazetteers' ~19k patterns: entities of articles about many conflicts."""
    def patterns() -> list[dict[str, Any]]:
        return [*resources.actors.patterns(), *resources.places.patterns()]

    # a miss builds the pipeline the slow way (build_nlp), writes the cache from it and goes on
    # with the cached rulers, as a hit does (the built ones' memory freed)
    fresh = build_nlp(MODEL, patterns())
    assert not isinstance(fresh.get_pipe("place_ruler").phrase_matcher, TrieMatcher)  # spaCy's own matcher
    missed = load_nlp(MODEL, patterns, cache_key="real", cache_dir=tmp_path)
    assert cache_path("real", tmp_path).exists()
    assert isinstance(missed.get_pipe("place_ruler").phrase_matcher, TrieMatcher)
    cached = load_nlp(MODEL, lambda: pytest.fail("the cache should be used"), cache_key="real", cache_dir=tmp_path)
    assert isinstance(cached.get_pipe("place_ruler").phrase_matcher, TrieMatcher)
    texts = [*TEXTS,
             "Israeli strikes hit Khan Younis and Rafah; Hamas said 40 were killed. The IDF declined to comment.",
             "Russian missiles struck Kharkiv and Odesa overnight, Ukraine's air force said.",
             "Houthi forces fired drones at Marib; the Saudi-led coalition said it intercepted them near Sanaa.",
             "FIGHTING IN KHARTOUM AND OMDURMAN KILLS 12, SUDANESE DOCTORS SAY",
             "Shelling near Stepanakert and Shusha was reported by the Armenian defence ministry."]
    for doc_a, doc_b, doc_c in zip(cached.pipe(texts), fresh.pipe(texts), missed.pipe(texts), strict=True):
        assert _ents(doc_a) == _ents(doc_b) == _ents(doc_c), doc_a.text


def test_spacy_is_the_version_the_cache_was_checked_with() -> None:
    """The TrieMatcher mirrors spaCy 3.8's PhraseMatcher walk: a new spaCy gets a new cache key
    (its version is part of it) and these tests must pass again before it is trusted."""
    assert spacy.__version__.startswith("3.")


def test_an_empty_cache_is_a_miss_and_no_rulers_write_none(tmp_path: Path, built: Language) -> None:
    path = cache_path("t4", tmp_path)
    path.write_bytes(marshal_bytes("t4", ()))
    nlp = load_nlp(MODEL, lambda: PATTERNS, cache_key="t4", cache_dir=tmp_path)
    assert _ents(nlp(TEXTS[1])) == _ents(built(TEXTS[1]))
    assert len(read_marshal(path, "t4")) == 2  # type: ignore[arg-type]
    load_nlp(MODEL, lambda: [], cache_key="t5", cache_dir=tmp_path)  # no patterns, no rulers
    assert not cache_path("t5", tmp_path).exists()


# --- the file format (CACHE_FORMAT 3: marshal, the key in its header) ----------------------

def _miss(tmp_path: Path, key: str, data: bytes, caplog: pytest.LogCaptureFixture, built: Language) -> str:
    """Write ``data`` as the cache of ``key``, load: the rulers are rebuilt, equal to the built
    ones, the file rewritten for ``key``; the warning logged."""
    path = cache_path(key, tmp_path)
    path.write_bytes(data)
    with caplog.at_level(logging.WARNING, logger="rashomon.nlp.startup"):
        nlp = load_nlp(MODEL, lambda: PATTERNS, cache_key=key, cache_dir=tmp_path)
    # built, then taken from the tables it wrote, as a hit does
    assert isinstance(nlp.get_pipe("place_ruler").phrase_matcher, TrieMatcher)
    assert [_ents(nlp(t)) for t in TEXTS] == [_ents(built(t)) for t in TEXTS]
    again = load_nlp(MODEL, lambda: pytest.fail("the rewritten cache should be used"), cache_key=key,
                     cache_dir=tmp_path)
    assert [_ents(again(t)) for t in TEXTS] == [_ents(built(t)) for t in TEXTS]
    return caplog.text


def test_the_cache_file_round_trips_the_tables(tmp_path: Path, tables: list[RulerTable]) -> None:
    from rashomon.nlp.startup import _read, _write

    path = cache_path("rt", tmp_path)
    assert path.name == f"rulers-{CACHE_FORMAT}-rt.marshal"
    _write(path, "rt", tables)
    assert _read(path, "rt") == tables


def test_a_stale_cache_file_is_rebuilt_with_a_log_line(tmp_path: Path, tables: list[RulerTable],
                                                        built: Language, caplog: pytest.LogCaptureFixture) -> None:
    from rashomon.nlp.startup import _plain

    stale = marshal_bytes("another-key", tuple(_plain(t) for t in tables))  # e.g. a file copied or renamed
    assert "stale: built for key 'another-key'" in _miss(tmp_path, "t6", stale, caplog, built)


@pytest.mark.parametrize("damage", ["truncated", "flipped", "header", "other-python", "not-tables", "empty"])
def test_a_corrupt_cache_file_is_rebuilt_with_a_log_line(tmp_path: Path, tables: list[RulerTable], built: Language,
                                                         caplog: pytest.LogCaptureFixture, damage: str) -> None:
    from rashomon.nlp.startup import _plain

    good = marshal_bytes(f"t7{damage}", tuple(_plain(t) for t in tables))
    data = {"truncated": good[:len(good) // 2],
            "flipped": good[:-50] + bytes([good[-50] ^ 0xFF]) + good[-49:],
            "header": good[:30],
            "other-python": good.replace(b"cpython-", b"pypy-", 1),
            "not-tables": marshal_bytes(f"t7{damage}", ({"a": 1},)),
            "empty": b""}[damage]
    text = _miss(tmp_path, f"t7{damage}", data, caplog, built)
    assert "unusable" in text and "rebuilding" in text
    assert "Traceback" not in text
