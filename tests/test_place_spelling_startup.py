"""The near-spelling index files of rashomon.gazetteer.place_spelling (format 2: marshal, keyed by
the file's name): round trip, stale and damaged files rebuilt with one log line, old JSON pruned."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from rashomon.gazetteer import place_spelling
from rashomon.gazetteer.cache_prune import KEEP_FILES
from rashomon.gazetteer.place_spelling import _near_file, _read_near, _write_near, near_files

INDEX = {"shrkt": [("sharkat", 7), ("shirqat", 9)], "ms": [("mosul", 3)]}


def test_a_near_index_round_trips_as_tuples(tmp_path: Path) -> None:
    path = _near_file(tmp_path / "places-3.0.2-0c22d22f563b.idx", "IQ")
    assert path is not None and path.suffix == ".marshal" and f"-near{place_spelling.NEAR_FORMAT}-" in path.name
    _write_near(path, INDEX)
    assert _read_near(path) == INDEX
    assert isinstance(_read_near(path)["shrkt"][0], tuple)  # type: ignore[index]  # as the built index holds them


def test_a_renamed_file_is_stale_and_rebuilt_with_a_log_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A file copied over another country's name must not stand for that country's towns."""
    iq = tmp_path / "places-x-near2-t-IQ.marshal"
    _write_near(iq, INDEX)
    sy = tmp_path / "places-x-near2-t-SY.marshal"
    sy.write_bytes(iq.read_bytes())
    with caplog.at_level(logging.WARNING, logger="rashomon.gazetteer.place_spelling"):
        assert _read_near(sy) is None
    assert "unusable (stale" in caplog.text and "rebuilding" in caplog.text


@pytest.mark.parametrize("data", [b"", b'{"shrkt": [["sharkat", 7]]}', b"truncated"])
def test_a_damaged_or_old_json_file_is_rebuilt_with_a_log_line(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                                data: bytes) -> None:
    path = tmp_path / "places-x-near2-t-IQ.marshal"
    _write_near(path, INDEX)
    path.write_bytes(data if data != b"truncated" else path.read_bytes()[:-10])
    with caplog.at_level(logging.WARNING, logger="rashomon.gazetteer.place_spelling"):
        assert _read_near(path) is None
    assert "rebuilding" in caplog.text and "Traceback" not in caplog.text


def test_a_marshal_file_of_something_else_is_rebuilt(tmp_path: Path) -> None:
    from rashomon.marshalfile import write_marshal

    path = tmp_path / "places-x-near2-t-IQ.marshal"
    write_marshal(path, path.name, [1, 2, 3])
    assert _read_near(path) is None


def test_the_json_files_of_format_1_are_pruned_as_new_ones_are_written(tmp_path: Path) -> None:
    old = []
    for i in range(KEEP_FILES + 2):
        p = tmp_path / f"places-3.0.2-{i:012x}-near1-{i:012x}-UA.json"
        p.write_text("{}", encoding="utf-8")
        os.utime(p, (1_000_000 + i, 1_000_000 + i))
        old.append(p)
    busy = tmp_path / "places-3.0.2-000000000000-near2-000000000000-UA.4242.tmp"  # another process's write
    busy.write_bytes(b"")
    os.utime(busy, (1, 1))
    new = tmp_path / "places-3.0.2-ffffffffffff-near2-ffffffffffff-UA.marshal"
    _write_near(new, INDEX)
    left = sorted(tmp_path.glob(near_files("UA")))
    assert len(left) == KEEP_FILES and new in left
    assert busy.exists()  # never pruned mid-write
