"""Cache files of the gazetteer are pruned: the newest few of a kind kept (issue 10 fault 5)."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from rashomon.gazetteer import place_spelling
from rashomon.gazetteer.cache_prune import KEEP_FILES, newest_kept, prune
from rashomon.gazetteer.geonames import INDEX_FILES
from rashomon.gazetteer.place_spelling import _write_near, near_files


def _touch(path: Path, mtime: float) -> Path:
    path.write_text("{}", encoding="utf-8")
    os.utime(path, (mtime, mtime))
    return path


def test_writing_a_near_index_keeps_the_newest_few_of_its_country(tmp_path: Path) -> None:
    old = [_touch(tmp_path / f"places-3.0.2-{i:012x}-near1-{i:012x}-UA.json", 1_000_000 + i)
           for i in range(KEEP_FILES + 4)]
    other = _touch(tmp_path / "places-3.0.2-000000000000-near1-000000000000-US.json", 1)
    index = _touch(tmp_path / "places-3.0.2-000000000000.idx", 1)
    new = tmp_path / "places-3.0.2-ffffffffffff-near1-ffffffffffff-UA.json"
    _write_near(new, {"shrkt": [("sharkat", 7)]})
    left = sorted(tmp_path.glob("*-UA.json"))
    assert len(left) == KEEP_FILES and new in left
    assert set(left) == {new, *old[-(KEEP_FILES - 1):]}  # the newest kept
    assert other.exists() and index.exists()  # another country, the place index: untouched


def test_the_globs_name_one_kind_each(tmp_path: Path) -> None:
    index = tmp_path / "places-3.0.2-0c22d22f563b.idx"
    near = place_spelling._near_file(index, "SD")
    assert near is not None
    names = [index.name, near.name, "places-3.0.2-0c22d22f563b-near1-abc-SDN.json", "rulers-1-x.pickle"]
    for name in names:
        _touch(tmp_path / name, 1)
    assert [p.name for p in tmp_path.glob(INDEX_FILES)] == [index.name]
    assert [p.name for p in tmp_path.glob(near_files("SD"))] == [near.name]


def test_pruning_a_folder_that_is_gone_deletes_nothing(tmp_path: Path) -> None:
    assert prune(tmp_path / "missing", INDEX_FILES) == []


@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=0, max_size=20, unique=True),
       st.integers(min_value=0, max_value=10))
def test_the_newest_are_kept(tmp_path_factory: object, mtimes: list[int], keep: int) -> None:
    folder = tmp_path_factory.mktemp("c")  # type: ignore[attr-defined]
    files = [_touch(folder / f"places-{m}.idx", m) for m in mtimes]
    deleted = set(prune(folder, INDEX_FILES, keep))
    kept = {p for p in files if p.exists()}
    assert kept.isdisjoint(deleted) and kept | deleted == set(files)
    assert len(kept) == min(keep, len(files))
    assert all(k.stat().st_mtime >= max((m for m in mtimes if folder / f"places-{m}.idx" in deleted), default=-1)
               for k in kept)
    assert newest_kept([], keep) == []
