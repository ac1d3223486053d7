"""read_inputs: every format, every bad input, folders and globs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rashomon.config import Options
from rashomon.ingest import from_text, read_inputs
from rashomon.types import RawDocument, Skipped

OPTIONS = Options()

STORY = (
    "A warehouse on the edge of the river port burned through the night after what "
    "residents described as two loud blasts shortly before midnight.\n\n"
    "The provincial governor said a drone had struck the building, while a spokesman for "
    "the port authority said the cause of the fire was still unknown."
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Warehouse fire at river port | Example Courier</title>
<meta property="og:title" content="Warehouse fire at river port">
<meta property="og:url" content="https://www.example-courier.com/news/warehouse-fire">
<meta property="og:site_name" content="Example Courier">
<meta property="article:published_time" content="2021-03-04T08:15:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Warehouse fire at river port</h1>
<p>A warehouse on the edge of the river port burned through the night after what residents
described as two loud blasts shortly before midnight on Wednesday.</p>
<p>The provincial governor said a drone had struck the building and that three night
guards were injured, two of them seriously, according to the regional hospital.</p>
<p>A spokesman for the port authority said the cause of the fire was still unknown and
that investigators would visit the site once the flames were out.</p>
<p>Nobody has claimed responsibility, and the defence ministry declined to comment when
asked whether its air defences had been active in the area that evening.</p>
</article>
<div id="comments"><p>Reader comment: this is terrible news for the town.</p></div>
<footer>Copyright Example Courier</footer>
</body></html>
"""


def read_all(*inputs: str, options: Options = OPTIONS) -> list[RawDocument | Skipped]:
    return list(read_inputs(list(inputs), options))


def only(results: list[RawDocument | Skipped]) -> RawDocument | Skipped:
    assert len(results) == 1, results
    return results[0]


def skipped(results: list[RawDocument | Skipped]) -> list[Skipped]:
    return [r for r in results if isinstance(r, Skipped)]


def docs(results: list[RawDocument | Skipped]) -> list[RawDocument]:
    return [r for r in results if isinstance(r, RawDocument)]


# --- formats -------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".md", ".TXT"])
def test_text_first_line_is_title(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"story{suffix}"
    heading = "# Fire at the river port" if suffix == ".md" else "Fire at the river port"
    path.write_text(f"\n\n{heading}\n\n{STORY}\n", encoding="utf-8")
    doc = only(read_all(str(path)))
    assert isinstance(doc, RawDocument)
    assert doc.format == "text"
    assert doc.title == "Fire at the river port"
    assert doc.text.strip() == STORY
    assert doc.input == str(path)
    assert doc.id is None


def test_text_single_paragraph_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(STORY.split("\n\n")[0], encoding="utf-8")
    doc = only(read_all(str(path)))
    assert isinstance(doc, RawDocument)
    assert doc.title is None
    assert doc.text.startswith("A warehouse")


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_main_text_and_metadata(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_text(HTML_PAGE, encoding="utf-8")
    doc = only(read_all(str(path)))
    assert isinstance(doc, RawDocument), doc
    assert doc.format == "html"
    assert "drone had struck the building" in doc.text
    assert "Reader comment" not in doc.text
    assert "Copyright" not in doc.text
    assert doc.title == "Warehouse fire at river port"
    assert doc.url == "https://www.example-courier.com/news/warehouse-fire"
    assert doc.published is not None and doc.published.startswith("2021-03-04")


def test_html_without_date_has_none(tmp_path: Path) -> None:
    path = tmp_path / "undated.html"
    page = "\n".join(
        line for line in HTML_PAGE.splitlines() if "published_time" not in line
    )
    path.write_text(page, encoding="utf-8")
    doc = only(read_all(str(path)))
    assert isinstance(doc, RawDocument)
    assert doc.published is None


def test_html_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    page = "<html><body><div><script>var a = 1;</script></div></body></html>"
    path.write_text(page, encoding="utf-8")
    result = only(read_all(str(path)))
    assert isinstance(result, Skipped)
    assert "no main text" in result.reason


def test_json_object_keeps_id_and_extra_keys(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    record = {
        "id": "port-1", "url": "https://example.org/a", "outlet": "Example Wire",
        "title": "Port fire", "published": "2021-03-04", "text": STORY, "section": "world",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    doc = only(read_all(str(path)))
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.url, doc.outlet, doc.title, doc.published) == (
        "port-1", "https://example.org/a", "Example Wire", "Port fire", "2021-03-04",
    )
    assert doc.format == "json"
    assert doc.input == str(path)
    assert doc.metadata["section"] == "world"


def test_json_list_items_are_numbered(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    items = [{"id": 7, "text": STORY}, {"text": "   "}, "not an object", {"text": STORY + "!"}]
    path.write_text(json.dumps(items), encoding="utf-8")
    results = read_all(str(path))
    assert [r.input for r in results] == [f"{path}#{i}" for i in range(4)]
    assert isinstance(results[0], RawDocument) and results[0].id == "7"
    assert isinstance(results[1], Skipped) and "no non-empty 'text'" in results[1].reason
    assert isinstance(results[2], Skipped) and "expected a JSON object" in results[2].reason
    assert isinstance(results[3], RawDocument) and results[3].id is None


def test_jsonl_lines(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "text": STORY}),
        "",
        json.dumps({"id": "b", "text": STORY, "lang_hint": "en"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read_all(str(path))
    assert [r.input for r in results] == [f"{path}:1", f"{path}:3"]
    assert all(isinstance(r, RawDocument) for r in results)
    second = results[1]
    assert isinstance(second, RawDocument) and second.metadata == {"lang_hint": "en"}


def test_from_text() -> None:
    doc = from_text(STORY, id="x1", title="T", outlet="O", url="https://o.example/x",
                    published="2020-01-02")
    assert doc == RawDocument(input="x1", text=STORY, format="text", id="x1",
                              url="https://o.example/x", outlet="O", title="T",
                              published="2020-01-02")
    assert from_text("Some words.").input == "<text>"


# --- bad inputs ----------------------------------------------------------------------------


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\n \t\n", "file is empty"),
        ("empty.jsonl", b"\n\n", "file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
         "binary file (contains NUL bytes)"),
        ("noise.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 65, 66]) * 50,
         "binary file (mostly non-text bytes)"),
        ("undecodable.txt", bytes(range(128, 160)) * 20,
         "not UTF-8 text and no other encoding fits"),
        ("bad.json", b'{"id": "x", "text": "unfinished', "invalid JSON (Unterminated string"),
        ("notes.pdf", b"%PDF-1.4 some text", "unsupported file type .pdf"),
        ("empty-text.json", b'{"id": "x", "text": ""}', "JSON object has no non-empty 'text'"),
    ],
)
def test_bad_files_are_skipped(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    result = only(read_all(write(tmp_path, name, data)))
    assert isinstance(result, Skipped)
    assert result.reason.startswith(reason), result.reason


def test_missing_path() -> None:
    result = only(read_all("/nonexistent/place/story.txt"))
    assert result == Skipped("/nonexistent/place/story.txt", "path does not exist")


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Title\n\nBody text.", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read mode-000 files (root)")
        result = only(read_all(str(path)))
        assert result == Skipped(str(path), "cannot read file: permission denied")
    finally:
        path.chmod(0o644)


def test_permission_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same path as the chmod test, also when the tests run as root."""
    path = tmp_path / "locked.txt"
    path.write_text("Title\n\nBody text.", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = only(read_all(str(path)))
    assert result == Skipped(str(path), "cannot read file: permission denied")


def test_over_max_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"Title\n\n" + b"word " * 700_000)
    result = only(read_all(path, options=OPTIONS.with_(max_bytes=2_000_000)))
    assert result == Skipped(path, "file is 3.5 MB, over the 2.0 MB limit (max_bytes)")
    small = only(read_all(path, options=OPTIONS.with_(max_bytes=100)))
    assert isinstance(small, Skipped) and "over the 100 bytes limit (max_bytes)" in small.reason


def test_over_max_chars(tmp_path: Path) -> None:
    path = write(tmp_path, "long.txt", b"Title\n\n" + b"x" * 500)
    result = only(read_all(path, options=OPTIONS.with_(max_chars=100)))
    assert isinstance(result, Skipped)
    assert result.reason == "text is 500 characters, over the 100 limit (max_chars)"


def test_jsonl_bad_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": STORY})
    lines = [good, '{"id": "cut", "text": "The strike hit', good.replace("ok", "ok2"), "[1, 2]",
             json.dumps({"id": "big", "text": "y" * 5000})]
    path = write(tmp_path, "mixed.jsonl", "\n".join(lines).encode())
    results = read_all(path, options=OPTIONS.with_(max_bytes=1000))
    assert [r.input for r in results] == [f"{path}:{n}" for n in range(1, 6)]
    assert isinstance(results[0], RawDocument) and isinstance(results[2], RawDocument)
    cut, array, big = results[1], results[3], results[4]
    assert isinstance(cut, Skipped)
    assert cut.reason.startswith("line 2: invalid JSON (Unterminated string")
    assert isinstance(array, Skipped) and "expected a JSON object, found list" in array.reason
    assert isinstance(big, Skipped)
    assert big.reason == "line 5 is 5.0 kB, over the 1.0 kB limit (max_bytes)"


# --- encodings -----------------------------------------------------------------------------

FRENCH_NAMES = "The café owner in Zürich told the “Morning Post” – twice – that naïve claims erred."


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", FRENCH_NAMES),
        ("latin-1", "The café owner in Zürich said naïve reports of the façade collapse erred."),
    ],
)
def test_fallback_encodings(tmp_path: Path, encoding: str, text: str) -> None:
    path = write(tmp_path, "legacy.txt", f"Headline\n\n{text}\n".encode(encoding))
    doc = only(read_all(path))
    assert isinstance(doc, RawDocument), doc
    assert doc.text.strip() == text
    warnings = doc.metadata["warnings"]
    assert len(warnings) == 1 and "not UTF-8" in warnings[0]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_bom_encodings_need_no_warning(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path, "bom.txt", f"Headline\n\n{FRENCH_NAMES}".encode(encoding))
    doc = only(read_all(path))
    assert isinstance(doc, RawDocument)
    assert doc.title == "Headline" and doc.text == FRENCH_NAMES
    assert "warnings" not in doc.metadata


# --- folders and globs ---------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ["b/two.txt", "a.md", "b/c/three.txt", ".hidden/x.txt", "b/.secret.txt"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Title {rel}\n\n{STORY}", encoding="utf-8")
    (tmp_path / "b" / "skip.pdf").write_bytes(b"%PDF")
    return tmp_path


def test_folder_is_recursed_sorted_without_hidden(tree: Path) -> None:
    results = read_all(str(tree))
    assert [Path(r.input).relative_to(tree).as_posix() for r in results] == [
        "a.md", "b/c/three.txt", "b/two.txt",
    ]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.md", ["a.md"]),
        ("b/*.txt", ["b/two.txt"]),
        ("**/*.txt", ["b/c/three.txt", "b/two.txt"]),
    ],
)
def test_globs(tree: Path, pattern: str, expected: list[str]) -> None:
    results = read_all(str(tree / pattern))
    assert [Path(r.input).relative_to(tree).as_posix() for r in results] == expected


def test_glob_without_matches_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    results = read_all(str(tmp_path / "*.jsonl"), str(tmp_path / "nothing"))
    pattern_miss, empty_folder = skipped(results)
    assert "match this pattern" in pattern_miss.reason
    assert "folder has no" in empty_folder.reason


def test_run_goes_on_and_reads_a_file_once(tree: Path) -> None:
    one = str(tree / "a.md")
    results = read_all("/missing.txt", one, str(tree / "*.md"), one)
    assert [type(r).__name__ for r in results] == ["Skipped", "RawDocument"]
    assert len(docs(results)) == 1
