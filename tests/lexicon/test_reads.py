"""Every key of every package lexicon is read by some code path.

The sample corpus goes through the whole pipeline (``sample_ledger``), then a few articles of
our own reach the rules the corpus does not (a headline that debunks, a relayed statement, an
unnamed speaker); the lexicon gateway has recorded each key read (:mod:`rashomon.lexicon.tracked`),
and a key nobody read is dead data or a misspelt key.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest

from rashomon.lexicon import unread_keys

# keys known to be unread, each with why it stays for now (none today)
KNOWN_UNREAD: dict[str, set[str]] = {}

ARTICLES = [  # (title, text): rules the sample corpus does not reach
    ("Fake footage shows no strike on El Fasher market",
     "The Rapid Support Forces denied shelling the market in El Fasher on Monday. Residents said "
     "at least 12 people were killed. The paramilitary group said in a statement that the footage "
     "was fake. A local monitor, quoting residents, said the army had bombed the area."),
    ("Drone strike kills five in Mopti",
     "A drone strike killed five civilians near Mopti on Tuesday, the local mayor said. The "
     "official told reporters that the drone came from the south. Local media said that the "
     "governor had said the strike killed ten people. They said the Malian army carried it out."),
]


def package_lexicons() -> list[str]:
    return sorted(p.name for p in resources.files("rashomon.data").iterdir()  # type: ignore[attr-defined]
                  if p.name.endswith(".yaml"))


@pytest.mark.slow
def test_every_lexicon_key_is_read(sample_ledger: Any, extract: Any) -> None:
    assert sample_ledger.claims
    for title, text in ARTICLES:
        extract(f"{title}\n\n{text}", title=title, published="2024-05-06")
    unread = {name: set(unread_keys(name)) - KNOWN_UNREAD.get(name, set()) for name in package_lexicons()}
    assert {name: sorted(keys) for name, keys in unread.items() if keys} == {}


def test_known_unread_keys_exist() -> None:
    """An allowance for a key that is gone (or now read) is removed with it."""
    from rashomon.lexicon import load
    for name, keys in KNOWN_UNREAD.items():
        assert set(keys) <= set(dict.keys(load(name)))
