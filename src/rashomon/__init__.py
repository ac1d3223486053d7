"""rashomon: who says what happened.

Turns news coverage of contested events into a sourced ledger of claims::

    import rashomon
    ledger = rashomon.analyze(["articles/"])
    for event in ledger.events:
        print(event.id, event.perpetrator.status, event.killed.min, event.killed.max)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rashomon.config import Options, __version__
from rashomon.lean_spacy import install as _lean_spacy

_lean_spacy()  # before anything imports spaCy: its command line is not loaded (rashomon.lean_spacy)

if TYPE_CHECKING:
    from rashomon.pipeline import analyze
    from rashomon.types import Article, Claim, Event, Ledger, Skipped

__all__ = ["Article", "Claim", "Event", "Ledger", "Options", "Skipped", "__version__", "analyze"]

_TYPES = frozenset({"Article", "Claim", "Event", "Ledger", "Skipped"})


def __getattr__(name: str) -> Any:
    if name == "analyze":  # imported lazily: it loads spaCy
        from rashomon.pipeline import analyze

        return analyze
    if name in _TYPES:  # imported lazily: `rashomon --help` needs none of them (~17 ms, issue 14)
        from rashomon import types

        return getattr(types, name)
    raise AttributeError(name)
