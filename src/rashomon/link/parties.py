"""Two details of a report that are neither its place nor its content's figures: the weekday
its sentence names and the party it blames or names (:mod:`~rashomon.link.decision` reads
them for an undated report at one spot, and for two towns of two countries)."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from rashomon.lexicon import is_placeholder, same_party
from rashomon.link.info import FrameInfo
from rashomon.link.marks import named_runs, near_figures

__all__ = ["day_and_party", "one_party", "party_and_mark", "revised_toll", "weekday_and_party",
           "weekday_and_revision", "weekdays_named", "written_day"]


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")


# "buried on Sunday ... killed the previous evening": the day before the weekday named
_DAY_BEFORE = re.compile(r"\b(?:the\s+(?:previous|preceding)\s+(?:day|evening|night|afternoon|morning)|"
                         r"the\s+(?:day|evening|night)\s+before|(?:a|one|the)\s+day\s+after)\b",
                         re.IGNORECASE)


@lru_cache(maxsize=4096)
def weekdays_named(sentence: str) -> frozenset[int]:
    """The weekdays (Monday = 0) a sentence names ("killed on Tuesday", "Friday's attack"),
    and the day before them when it says so ("the funeral on Sunday of two men killed the
    previous evening", "buried their dead on Monday, a day after the strike": the day
    before too)."""
    named = frozenset(_WEEKDAYS.index(m) for m in _WEEKDAY.findall(sentence))
    if named and _DAY_BEFORE.search(sentence):
        return named | {(d - 1) % 7 for d in named}
    return named


def _parties(info: FrameInfo) -> set[str]:
    """The alleged perpetrators the frame and its claims name."""
    found = {p for p in info.frame.perpetrators if not is_placeholder(p)}
    if info.content is not None:
        found.update(p for _, _, p in info.content.stances if p and not is_placeholder(p))
    return found


def weekday_and_party(a: FrameInfo, b: FrameInfo) -> bool:
    """One report has no date at all, the other is dated to a day by its text: the undated
    report's incident sentence names that day's weekday ("killed when a drone struck their
    car on Tuesday") and both name one alleged perpetrator. Two details written in the
    text, of which neither is the place: a hint, as a shared figure is (the undated report
    still joins only the one incident that fits), when both reports are at one spot
    (:func:`pair_evidence` checks it: reports of a town nearby are no candidates)."""
    undated, other = (a, b) if a.lo is None else (b, a)
    if undated.lo is not None or other.lo is None or other.hi is None or not other.exact \
            or other.inferred:
        return False
    named = weekdays_named(undated.frame.evidence.text)
    if not named or not any(date.fromordinal(d).weekday() in named
                            for d in range(other.lo, other.hi + 1)):
        return False
    return one_party(undated, other)


def weekday_and_revision(a: FrameInfo, b: FrameInfo) -> bool:
    """One report has no date at all, the other is dated to a day by its text: the undated
    report names its act by that day's weekday ("157 had been killed in Saturday's attack",
    in its sentence or its claims) and one source's toll of one kind differs between the two,
    one claim saying it rose or was revised (:func:`revised_toll`: "the government revised the
    toll to 157" after its 134). The follow-up of a toll's revision, dated only by its
    weekday: two details written in the text, neither the place; a hint (the undated report
    still joins only the one incident that fits)."""
    undated, other = (a, b) if a.lo is None else (b, a)
    if undated.lo is not None or other.lo is None or other.hi is None or not other.exact \
            or other.inferred or undated.content is None or not undated.content.weekdays:
        return False
    if not any(date.fromordinal(d).weekday() in undated.content.weekdays for d in range(other.lo, other.hi + 1)):
        return False
    return revised_toll(a, b)


def _named_parties(info: FrameInfo) -> set[str]:
    """The alleged perpetrators, and the names its text writes: the group a report names
    without blaming it in so many words ("the victims of Sunday's raid, which residents
    blamed on the X") is its party too."""
    named = {n for mark in (info.content.marks if info.content is not None else ()) for n in mark}
    named.update(named_runs(info.frame.evidence.text))  # a party's own words are no mark
    return _parties(info) | named


def one_party(a: FrameInfo, b: FrameInfo) -> bool:
    """``b`` blames a party that ``a`` blames or names (and ``a`` one that ``b`` names)."""
    theirs = _parties(b)
    if any(same_party(p, q) for p in _named_parties(a) for q in theirs):
        return True
    mine = _parties(a)
    return any(same_party(p, q) for p in _named_parties(b) for q in mine)


def party_and_mark(a: FrameInfo, b: FrameInfo) -> bool:
    """Both blame one party (or one blames the group the other names) and they name one
    more thing of the incident: a mark both hold (a local force, a monitor, a victims'
    trade: :mod:`~rashomon.link.marks`; the parties are no marks) or a toll of one kind
    within ``near_figure_share`` of the other's. :func:`~rashomon.link.decision.pair_evidence`
    reads it for two reports known only by their region or country on one day both texts
    give (a follow-up filed abroad naming only the country): the party alone recurs across
    a region's incidents, a mark alone recurs too; both together are a detail."""
    ca, cb = a.content, b.content
    if ca is None or cb is None:
        return False
    shared = any(m & n for m in ca.marks for n in cb.marks) \
        or bool(near_figures(ca.figures, cb.figures)) or revised_toll(a, b)
    return shared and (one_party(a, b) or one_party(b, a))


def revised_toll(a: FrameInfo, b: FrameInfo) -> bool:
    """One source's toll of one kind in each report, two values, one of the two claims saying
    the toll rose to its value, above the other's, or was revised ("24 killed, the health
    ministry said"; "has risen to 46, the Kyrgyz health ministry said"): the source's count of
    one incident as it grew. Two sources' different counts are no revision, nor a rise to less
    than the other count (an agency's "risen to nine" of one strike and its 70 of another); a
    source named by a word of the other's name is one."""
    ca, cb = a.content, b.content
    if ca is None or cb is None or not ca.tolls or not cb.tolls:
        return False
    for source, kind, x, rx in ca.tolls:
        for other, kind_b, y, ry in cb.tolls:
            if kind == kind_b and x != y and source and other \
                    and ("any" in (rx, ry) or (rx == "up" and x > y) or (ry == "up" and y > x)) \
                    and (set(source.split()) <= set(other.split()) or set(other.split()) <= set(source.split())):
                return True
    return False


_MONTHS = {m.casefold(): n for n, m in enumerate(calendar.month_name) if m}
_MONTH = "|".join(_MONTHS)
# "October 27", "27 October", "Oct. 27" is not read (a month's full name only: no year needed)
_MONTH_DAY = re.compile(rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?!\d)|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}))\b",
                        re.IGNORECASE)


@lru_cache(maxsize=4096)
def month_days(text: str) -> frozenset[tuple[int, int]]:
    """The (month, day) pairs a text writes without a year ("the night of Sunday October 27"
    → {(10, 27)})."""
    found = set()
    for m in _MONTH_DAY.finditer(text or ""):
        month = _MONTHS[(m.group("m1") or m.group("m2")).casefold()]
        day = int(m.group("d1") or m.group("d2"))
        if 1 <= day <= 31:
            found.add((month, day))
    return frozenset(found)


def written_day(a: FrameInfo, b: FrameInfo) -> str:
    """One report has no date at all (no year: "on the night of Sunday October 27" in a text
    without a publication date), the other is dated to a day by its text: the undated
    report's date or sentence writes that day's month and day (or the day after, for a
    night). A date written in the text: it says which of a place's incidents over the years
    the report is about (:func:`~rashomon.link.decision.pair_evidence` makes it a hint at one
    spot: the report still joins only the one incident it fits). Not when the report writes a
    weekday that is none of those days (its own day: the month and day are another
    incident's). The day as written ("March 24"), or "" when not."""
    undated, other = (a, b) if a.lo is None else (b, a)
    if undated.lo is not None or other.lo is None or other.hi is None or not other.exact \
            or other.inferred:
        return ""
    written = month_days(undated.frame.date_text or "") | month_days(undated.frame.evidence.text)
    if not written:
        return ""
    near = [date.fromordinal(n) for n in range(other.lo - 1, other.hi + 2)]
    both = sorted(written & {(d.month, d.day) for d in near})
    if not both:
        return ""
    # a weekday written that is none of those days: the report's own day, the month and day
    # another incident's ("struck again on Sunday, weeks after the raid of April 11")
    weekdays = weekdays_named(undated.frame.date_text or "") | weekdays_named(undated.frame.evidence.text)
    if weekdays and not any(d.weekday() in weekdays for d in near):
        return ""
    return f"{calendar.month_name[both[0][0]]} {both[0][1]}"


def day_and_party(a: FrameInfo, b: FrameInfo) -> bool:
    """:func:`written_day`, and both blame or name one party. Two details that are not the
    place: a hint, at any place that fits."""
    return bool(written_day(a, b)) and one_party(a, b)
