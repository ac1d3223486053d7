"""rashomon: who says what happened.

Turns news coverage of contested events into a sourced ledger of claims::

    import rashomon
    ledger = rashomon.analyze(["articles/"])
    for event in ledger.events:
        print(event.id, event.perpetrator.status)
"""

from rashomon.config import __version__

__all__ = ["__version__"]
