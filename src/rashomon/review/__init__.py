"""Analyst review: reviewers' corrections as an overlay on the analysed ledger.

:func:`apply_reviews` replays the audit log (:mod:`rashomon.store.review`) over a ledger;
:func:`gold_records` writes the corrected articles in the eval gold format, so that
analysts' corrections become test data.
"""

from rashomon.review.gold import gold_records
from rashomon.review.overlay import CLAIM_FIELDS, apply_reviews
from rashomon.store import Store
from rashomon.store.review import changes
from rashomon.types import Generator, Ledger

__all__ = ["CLAIM_FIELDS", "apply_reviews", "gold_records", "reviewed_ledger"]


def reviewed_ledger(store: Store, generator: Generator) -> Ledger:
    """The store's ledger with the reviewers' corrections replayed over it: what every reader
    of a ledger (the CLI's commands, the workbench) shows."""
    return apply_reviews(store.load_ledger(generator), changes(store))
