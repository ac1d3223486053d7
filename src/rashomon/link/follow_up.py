"""A follow-up of an act: a report dated only by a later statement about it (a toll revised, a
claim of responsibility), whose day bounds the act and does not date it
(:mod:`~rashomon.link.decision` reads it for two reports at one spot a day apart: one
distinctive detail both name decides, and a toll its source says rose above the other
report's is a fit)."""

from __future__ import annotations

import logging

from rashomon.link.info import Content, FrameInfo, from_statement

logger = logging.getLogger(__name__)


def follows_up(content: Content) -> bool:
    """The report is a follow-up of an act: a toll its source says rose or was revised ("has
    risen to 12"), or a party claiming the act itself (a claim of responsibility)."""
    return any(revised for *_, revised in content.tolls) \
        or any(stance == "confirms" and source == perpetrator != "" for source, stance, perpetrator in content.stances)


def _later(a: FrameInfo, b: FrameInfo) -> FrameInfo:
    assert a.lo is not None and b.hi is not None
    return a if a.lo > b.hi else b


def stated_after(a: FrameInfo, b: FrameInfo, gap: int | None) -> bool:
    """The later of two reports a day apart (after the statement lag: two days after the
    other's day) dated only by a statement about its incident (the extract stage says so: "the
    toll rose to nine, prosecutors said on Wednesday") and a follow-up (:func:`follows_up`: a toll
    revised, a claim of responsibility): its day bounds the act from above and does not date it,
    so the days differing is no sign of a second incident at that spot (the earlier report may be
    dated by its act or by a statement too). Not a statement that reports a strike of its own
    ("a strike on a school killed seven, the civil defence said on Wednesday": in a dense war
    the next day's strike on another school), nor one dated before the other (an earlier act)."""
    if gap != 1:
        return False
    later = _later(a, b)
    return from_statement(later.frame) and later.content is not None and follows_up(later.content)


def toll_rose(a: FrameInfo, b: FrameInfo, gap: int | None) -> bool:
    """:func:`stated_after`, and the later report's toll, which its source says rose ("has
    risen to 26, the health director said on Monday"), is above every toll of that kind the
    earlier report gives (18 killed, a police officer said on Saturday), whoever gave it: the
    count of one incident as it grew, not a disagreement (a rise to less than the earlier
    count is one, or another incident's). Reports at one spot that share nothing else: with
    the types, the spot and the days, a fit, which links when each is the other's only such
    neighbour (:mod:`~rashomon.link.cluster`: in a town struck twice that week, it is no
    evidence which strike rose)."""
    if not stated_after(a, b, gap):
        return False
    later = _later(a, b)
    earlier = b if later is a else a
    if later.content is None or earlier.content is None:
        return False
    for _, kind, value, revised in later.content.tolls:
        before = [v for _, k, v, _ in earlier.content.tolls if k == kind]
        if revised == "up" and before and max(before) < value:
            logger.debug("toll rose: %s %s %d after %s's %s", later.key, kind, value, earlier.key, before)
            return True
    return False
