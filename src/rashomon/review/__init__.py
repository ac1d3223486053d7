"""Analyst review: reviewers' corrections as an overlay on the analysed ledger.

:func:`apply_reviews` replays the audit log (:mod:`rashomon.store.review`) over a ledger;
:func:`gold_records` writes the corrected articles in the eval gold format, so that
analysts' corrections become test data.
"""

from rashomon.review.gold import gold_records
from rashomon.review.overlay import CLAIM_FIELDS, apply_reviews

__all__ = ["CLAIM_FIELDS", "apply_reviews", "gold_records"]
