"""Bad input never raises and never vanishes: each fault becomes a one-line reason.

Faults found by a probe with bad input (issue 14): unreadable folders, deeply nested JSON,
non-string JSON fields, a few invalid UTF-8 bytes, UTF-16 without a byte-order mark,
publication dates out of range.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.fault_support import refuse_listing

from rashomon.config import Options
from rashomon.ingest import read_inputs
from rashomon.ingest.decode import decode_bytes
from rashomon.normalize import normalize
from rashomon.types import Article, RawDocument, Skipped

OPTIONS = Options()

STORY = (
    "Shelling hit a camp for displaced families outside El Fasher on Sunday, killing four "
    "people, a doctor at the town's hospital said.\n\n"
    "The army accused the Rapid Support Forces of firing the shells; a spokesman for the "
    "group denied it and blamed the army."
)


def read_all(*inputs: str) -> list[RawDocument | Skipped]:
    return list(read_inputs(list(inputs), OPTIONS))


def one_line(reason: str) -> bool:
    return bool(reason) and "\n" not in reason and "Traceback" not in reason


# --- folders -------------------------------------------------------------------------------


def test_an_unreadable_subfolder_is_listed_as_skipped(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "camp.txt").write_text(f"Camp shelled\n\n{STORY}", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden-from-us.txt").write_text(f"Title\n\n{STORY}", encoding="utf-8")
    refuse_listing(monkeypatch, locked)
    results = read_all(str(tmp_path))
    assert [type(r).__name__ for r in results] == ["Skipped", "RawDocument"]
    assert results[0] == Skipped(str(locked), "cannot read folder: permission denied")


def test_an_unreadable_top_folder_is_not_called_empty(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    refuse_listing(monkeypatch, tmp_path)
    assert read_all(str(tmp_path)) == [Skipped(str(tmp_path), "cannot read folder: permission denied")]


def test_a_chmod_000_subfolder_is_skipped(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(f"Title\n\n{STORY}", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read mode-000 folders (root)")
        assert read_all(str(tmp_path)) == [Skipped(str(locked), "cannot read folder: permission denied")]
    finally:
        locked.chmod(0o755)


# --- JSON ----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_deeply_nested_json_is_skipped_with_a_reason(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"deep{suffix}"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (result,) = read_all(str(path))
    assert isinstance(result, Skipped)
    assert "nested too deeply" in result.reason and one_line(result.reason)


def test_a_deep_metadata_field_is_dropped_with_a_warning(tmp_path: Path) -> None:
    deep: object = "leaf"
    for _ in range(200):
        deep = {"x": deep}
    path = tmp_path / "meta.json"
    path.write_text(json.dumps({"id": "m1", "text": STORY, "tags": ["a"], "raw": deep}), encoding="utf-8")
    (doc,) = read_all(str(path))
    assert isinstance(doc, RawDocument)
    assert doc.metadata["tags"] == ["a"] and "raw" not in doc.metadata
    assert any("'raw'" in w and "nested" in w for w in doc.metadata["warnings"])


@pytest.mark.parametrize(
    ("field", "value", "kind"),
    [
        ("title", ["Camp shelled", "El Fasher"], "a list"),
        ("outlet", {"name": "Darfur Wire"}, "an object"),
        ("url", 12, "a number"),
        ("published", 1718000000, "a number"),
        ("title", True, "a boolean"),
        ("id", 4.5, "a number"),
    ],
)
def test_non_string_fields_are_ignored_not_stored_as_repr(tmp_path: Path, field: str, value: object,
                                                          kind: str) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps({"text": STORY, field: value}) + "\n", encoding="utf-8")
    (doc,) = read_all(str(path))
    assert isinstance(doc, RawDocument)
    assert getattr(doc, field) is None
    assert f"field {field!r} is {kind}, not text: ignored" in doc.metadata["warnings"]
    assert repr(value) not in json.dumps(doc.metadata["warnings"])  # no Python repr anywhere


def test_a_whole_number_id_is_kept_as_its_digits(tmp_path: Path) -> None:
    path = tmp_path / "ids.jsonl"
    path.write_text(json.dumps({"id": 1042, "text": STORY}) + "\n", encoding="utf-8")
    (doc,) = read_all(str(path))
    assert isinstance(doc, RawDocument) and doc.id == "1042"


@pytest.mark.parametrize("text", [["para one", "para two"], 42, {"body": "x"}])
def test_a_non_string_text_field_is_skipped_with_its_type(tmp_path: Path, text: object) -> None:
    path = tmp_path / "bad-text.json"
    path.write_text(json.dumps({"id": "t", "text": text}), encoding="utf-8")
    (result,) = read_all(str(path))
    assert isinstance(result, Skipped)
    assert result.reason.startswith("JSON field 'text' is ") and result.reason.endswith("not a string")


@settings(max_examples=60, deadline=None)
@given(value=st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                          lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(), kids, max_size=3),
                          max_leaves=8))
def test_any_json_value_in_a_field_gives_text_or_nothing(value: object) -> None:
    from rashomon.ingest.formats import from_object

    doc = from_object("x.json", {"text": STORY, "title": value, "outlet": value}, [], OPTIONS)
    assert isinstance(doc, RawDocument)
    for got in (doc.title, doc.outlet):
        assert got is None or (isinstance(value, str) and got == value.strip())


# --- encodings -----------------------------------------------------------------------------

TEXT_WITH_ACCENTS = ("Le camp de Zamzam, près d'El Fasher, a été bombardé — selon Médecins "
                     "Sans Frontières — dimanche matin.")


@pytest.mark.parametrize("bad", [b"\xff", b"\xc3", b"\x80\x80", b"\xed\xa0\x80"])
def test_a_few_invalid_utf8_bytes_do_not_turn_the_file_into_mojibake(bad: bytes) -> None:
    raw = TEXT_WITH_ACCENTS.encode("utf-8")
    cut = len(raw) // 2
    decoded = decode_bytes(raw[:cut] + bad + raw[cut:])
    assert decoded.text is not None and decoded.encoding == "utf-8"
    assert "é" in decoded.text and "Ã" not in decoded.text
    assert decoded.text.replace("\ufffd", "") == TEXT_WITH_ACCENTS
    assert decoded.warning is not None and "replaced by U+FFFD" in decoded.warning


def test_real_cp1252_is_still_cp1252() -> None:
    decoded = decode_bytes("The café in Zürich — naïve".encode("cp1252"))
    assert decoded.encoding == "cp1252" and decoded.text == "The café in Zürich — naïve"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [STORY, TEXT_WITH_ACCENTS, "Shelling in Goma; 3 killed."])
def test_utf16_without_a_bom_is_text_not_binary(codec: str, text: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text and decoded.encoding == codec


def test_binary_with_nul_bytes_is_still_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert decode_bytes(png).reason == "binary file (contains NUL bytes)"


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "expected", "reason"),
    [
        ("9999-12-31T23:59:59Z", None, "year 9999 is outside the years read as publication dates"),
        ("0001-01-01", None, "year 0001 is outside"),  # ISO's first day: not a news date
        ("2199-12-31T23:59:59Z", "2199-12-31T23:59:59+00:00", None),
        ("2024-06-09T08:00:00Z", "2024-06-09T08:00:00+00:00", None),
    ],
)
def test_far_dates_are_read_or_refused_with_a_reason(published: str, expected: str | None,
                                                     reason: str | None) -> None:
    raw = RawDocument(input="d.json", text=STORY, format="json", id="d", published=published)
    art = normalize(raw, OPTIONS)
    assert isinstance(art, Article)
    assert art.published == expected
    if reason:
        (warning,) = [w for w in art.warnings if "published date" in w]
        assert reason in warning and published in warning and one_line(warning)
