"""The start-up cache of compiled regexes (rashomon.nlp.regexes): patterns loaded from the cache
match exactly as ``re.compile``'s, a second load compiles nothing, and a damaged or foreign
file only costs a compile."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.nlp import regexes
from rashomon.nlp.regexes import cache_path, compile_cached

PATTERNS: dict[str, str | tuple[str, int]] = {
    "figure": r"(?P<q>(?:at least|up to)\s+)?(?P<n>\d+)\s+(?P<who>\w+)\s+(?:were|was)\s+(?P<w>killed|wounded)",
    "guarded": r"(?<![\w$])(?!(?:19|20)\d\d(?!\d))(?>\d+)(?!\s*%)",
    "caseless": (r"(?<!\w)(?:rapid support forces|arakan army|m23)(?!\w)", re.IGNORECASE),
    "backref": r"(\w+) and \1",
}

TEXTS = [
    "At least 12 villagers were killed in Darfur and 30 people were wounded, the RSF said.",
    "Up to 7 soldiers were killed near Sittwe in 2024; the Arakan Army denied it.",
    "M23 fighters took Goma: 40% of 1995 homes damaged, 300 were displaced, rapid SUPPORT forces said.",
    "over and over, 5 men was wounded",
    "",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def test_cached_patterns_are_the_patterns_re_compiles(cache_dir: Path) -> None:
    first = compile_cached("test", PATTERNS, cache_dir=cache_dir)
    second = compile_cached("test", PATTERNS, cache_dir=cache_dir)  # from the file
    for key, spec in PATTERNS.items():
        pattern, flags = (spec, 0) if isinstance(spec, str) else spec
        plain = re.compile(pattern, flags)
        for compiled in (first[key], second[key]):
            assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == (
                plain.pattern, plain.flags, plain.groups, plain.groupindex)
            for text in TEXTS:
                assert _spans(compiled, text) == _spans(plain, text)


def test_second_load_compiles_nothing(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compile_cached("test", PATTERNS, cache_dir=cache_dir)
    calls: list[str] = []
    original = regexes._program

    def counting(pattern: str, flags: int) -> regexes.Program:
        calls.append(pattern)
        return original(pattern, flags)

    monkeypatch.setattr(regexes, "_program", counting)
    compile_cached("test", PATTERNS, cache_dir=cache_dir)
    assert calls == []
    compile_cached("test", {**PATTERNS, "extra": r"\bdrone\b"}, cache_dir=cache_dir)  # other patterns: a new file
    assert len(calls) == len(PATTERNS) + 1
    assert len(list(cache_dir.glob("regex-test-*.pickle"))) == 2


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05N."])
def test_damaged_cache_is_compiled_again(cache_dir: Path, damage: bytes) -> None:
    compile_cached("test", PATTERNS, cache_dir=cache_dir)
    (path,) = cache_dir.glob("regex-test-*.pickle")
    path.write_bytes(damage)
    again = compile_cached("test", PATTERNS, cache_dir=cache_dir)
    assert _spans(again["figure"], TEXTS[0]) == _spans(re.compile(str(PATTERNS["figure"])), TEXTS[0])
    assert path.read_bytes() != damage  # rewritten


def test_unwritable_cache_still_compiles(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    compiled = compile_cached("test", PATTERNS, cache_dir=blocker / "cache")
    assert compiled["backref"].search("over and over") is not None
    assert not cache_path("test", "x", blocker / "cache").exists()


def test_bad_pattern_raises_as_re_does(cache_dir: Path) -> None:
    with pytest.raises(re.error):
        compile_cached("test", {"bad": r"(?P<q>unclosed"}, cache_dir=cache_dir)


WORDS = st.sampled_from(["killed", "wounded", "soldiers", "RSF", "at least", "12", "2023", "and", " ", ",", "%"])


@settings(max_examples=60, deadline=None)
@given(text=st.lists(WORDS, max_size=12).map(" ".join))
def test_cached_and_plain_agree_on_any_text(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    cache_dir = tmp_path_factory.getbasetemp() / "regex-property"
    compiled = compile_cached("prop", PATTERNS, cache_dir=cache_dir)
    for key, spec in PATTERNS.items():
        pattern, flags = (spec, 0) if isinstance(spec, str) else spec
        assert _spans(compiled[key], text) == _spans(re.compile(pattern, flags), text)
