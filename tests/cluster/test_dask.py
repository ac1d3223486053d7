"""analyze --dask: a 2-worker LocalCluster gives the same ledger as one process."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from rashomon.cluster import dask_client, map_ordered
from rashomon.config import Options
from rashomon.errors import ConfigError
from rashomon.pipeline import generator, run
from rashomon.report.ledger_json import to_dict
from rashomon.sample import sample_corpus
from rashomon.store import Store
from rashomon.types import Ledger

# a LocalCluster whose workers are gone once hung a suite run for 15 minutes: the library now
# raises after STALL_S, and this bound catches whatever else could block
pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def _square(n: int) -> int:
    return n * n


def test_map_ordered_keeps_input_order_with_a_small_window() -> None:
    assert list(map_ordered("local", range(25), _square, workers=2, window=3)) == [n * n for n in range(25)]


def test_a_cluster_without_workers_is_an_error_not_a_hang() -> None:
    # zero workers is the state a cluster is in once its workers are killed or gone
    started = time.monotonic()
    with pytest.raises(ConfigError, match="has had no worker for 1 s"):
        list(map_ordered("local", range(3), _square, workers=0, stall_s=1.0))
    assert time.monotonic() - started < 60


def test_unreachable_scheduler_is_a_clear_error() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"), \
            dask_client(f"tcp://127.0.0.1:{port}", 2, timeout_s=2):
        pass


@pytest.mark.parametrize("address", ["dask", "http://x:1"])
def test_bad_dask_setting_is_refused(address: str) -> None:
    with pytest.raises(ConfigError, match="--dask must be"):
        Options().with_(dask=address)


def _ledger(db: Path, options: Options) -> dict[str, object]:
    with Store.open(db) as store:
        run([str(sample_corpus())], store, options)
        doc = to_dict(store.load_ledger(generator(options)))
    return {k: v for k, v in doc.items() if k != "generator"}


@pytest.mark.xdist_group("sample-ledger")  # the one-process side is the session's analysis of the sample
def test_local_cluster_ledger_equals_one_process(tmp_path: Path, sample_ledger: Ledger) -> None:
    one = {k: v for k, v in to_dict(sample_ledger).items() if k != "generator"}
    dask = _ledger(tmp_path / "dask.db", Options().with_(dask="local", workers=2))
    assert dask == one
    assert Options().config_hash() == Options().with_(dask="local", workers=2).config_hash()
