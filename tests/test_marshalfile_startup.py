"""rashomon.marshalfile: the start-up cache files of plain data, and the pause of the collector."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from rashomon.marshalfile import CacheMiss, gc_paused, marshal_bytes, read_marshal, write_marshal

TABLE = {"shrkt": [("sharkat", 7)], None: [1, 2], 2**63 + 5: {"x": (None, 1.5)}}


def test_a_table_round_trips_with_its_key(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "t.marshal"  # the folder is made
    write_marshal(path, "k1", TABLE)
    assert read_marshal(path, "k1") == TABLE
    assert [p.name for p in path.parent.iterdir()] == ["t.marshal"]  # no temporary file left


def test_no_file_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_marshal(tmp_path / "none.marshal", "k1")


def test_another_key_is_stale(tmp_path: Path) -> None:
    path = tmp_path / "t.marshal"
    write_marshal(path, "old", TABLE)
    with pytest.raises(CacheMiss, match="stale: built for key 'old', not 'new'"):
        read_marshal(path, "new")


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "not a rashomon cache file"),
    (b"{\"json\": 1}", "not a rashomon cache file"),
    (marshal_bytes("k1", TABLE)[:30], "truncated header"),
    (marshal_bytes("k1", TABLE)[:-3], "digest"),
    (marshal_bytes("k1", TABLE).replace(b"cpython-", b"pypy-", 1), "another Python"),
])
def test_a_damaged_or_foreign_file_is_a_miss_with_its_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "t.marshal"
    path.write_bytes(data)
    with pytest.raises(CacheMiss, match=reason):
        read_marshal(path, "k1")


def test_a_payload_marshal_refuses_is_a_miss(tmp_path: Path) -> None:
    """Digest right, payload no marshal data (a bug or a hand-made file): a miss, no traceback."""
    from rashomon.marshalfile import _PYTHON, MAGIC, _digest

    payload = b"\xff\xfe not marshal"
    path = tmp_path / "t.marshal"
    path.write_bytes(MAGIC + f"k1\n{_PYTHON}\n{_digest(payload)}\n".encode() + payload)
    with pytest.raises(CacheMiss, match="damaged"):
        read_marshal(path, "k1")


def test_the_collector_is_left_as_it_was_found() -> None:
    assert gc.isenabled()
    thresholds = gc.get_threshold()
    with gc_paused():
        assert not gc.isenabled()
        gc.enable()  # as srsly does after each msgpack load: still no automatic collection
        assert gc.get_threshold()[0] == 0
        with gc_paused():  # nested
            pass
        assert gc.get_threshold()[0] == 0
    assert gc.isenabled() and gc.get_threshold() == thresholds
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError
    assert gc.isenabled()


def test_only_plain_data_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_marshal(tmp_path / "t.marshal", "k1", {"x": object()})
