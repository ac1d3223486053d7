"""Ordered place blocks: the frames of one place key in date order, and the rank windows
read from them (see :mod:`.blocking`, "bounded blocks"); the date buckets of the other keys
of a :class:`~rashomon.link.index.BlockIndex`."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence

from rashomon.link.info import RANK_WINDOW, UNDATED_MAX_BUCKETS, FrameInfo, PlaceKey
from rashomon.link.scoring import places_conflict

Ordered = tuple[int, int, int, str, int]  # (anchor day, lo, hi, article id, frame index)


def anchor_day(info: FrameInfo) -> int:
    """The day a dated frame sits at in a block's date order: the middle of its interval (a
    week, a month), or its last day when the interval comes from the publication ("the
    month before publication", "no date in the text": the incident is days before the
    publication, not a month). Sorted by its first day, such a report sat a month early in a
    busy town's order, out of reach of its incident's rank window."""
    assert info.lo is not None and info.hi is not None
    return info.hi if info.inferred else (info.lo + info.hi) // 2


def order_key(info: FrameInfo) -> Ordered:
    """Where a dated frame sits in a block's date order (the same whatever its position)."""
    assert info.lo is not None and info.hi is not None
    return anchor_day(info), info.lo, info.hi, info.frame.article_id, info.frame.index


HI_BITS = 22  # day ordinals below 2**22 (year 9999 is 3,652,059)
HI_MASK = (1 << HI_BITS) - 1


def date_code(lo: int, hi: int) -> int:
    """(lo, hi) as one integer in the same order: what an ordered block bisects on."""
    return (lo << HI_BITS) | hi


class Blocks:
    """Frame positions by place key and date bucket (undated frames apart).

    With ``infos`` (ordered blocks), each key's dated frames are kept in date order instead
    of by bucket: less memory where keys are many and small (cells, names), and the order
    the rank window (:meth:`near_ranked`) needs."""

    def __init__(self, width: int, infos: Sequence[FrameInfo] | None = None,
                 rank_window: int = RANK_WINDOW) -> None:
        self.width = width
        self.infos = infos
        self.rank_window = rank_window  # RANK_WINDOW, unless a test narrows it
        self.ordered: dict[PlaceKey, list[int]] = defaultdict(list)
        # each ordered block's date_code per member, and its anchor day (the sort key), in the
        # block's order (after sort)
        self.codes: dict[PlaceKey, array[int]] = {}
        self.marks: dict[PlaceKey, array[int]] = {}
        self.span: dict[PlaceKey, int] = defaultdict(int)  # longest date interval per key
        self.dated: dict[PlaceKey, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.undated: dict[PlaceKey, list[int]] = defaultdict(list)
        # one bucket per dated frame (its middle): how many distinct times a place has
        # incidents at, without a month-long date counting as ten incidents
        # (ordered blocks: computed when asked, up to one more than UNDATED_MAX_BUCKETS)
        self.anchors: dict[PlaceKey, set[int]] = defaultdict(set)

    def buckets(self, info: FrameInfo) -> range:
        assert info.lo is not None and info.hi is not None
        return range(info.lo // self.width, info.hi // self.width + 1)

    def holds(self, key: PlaceKey) -> bool:
        return key in self.ordered or key in self.dated or key in self.undated

    def add(self, key: PlaceKey, pos: int, info: FrameInfo) -> None:
        if info.lo is None:
            self.undated[key].append(pos)
            return
        assert info.hi is not None
        if self.infos is not None:
            self.ordered[key].append(pos)
            if info.hi - info.lo > self.span[key]:
                self.span[key] = info.hi - info.lo
        else:
            for b in self.buckets(info):
                self.dated[key][b].append(pos)
            self.anchors[key].add((info.lo + info.hi) // 2 // self.width)

    def anchors_of(self, key: PlaceKey) -> set[int]:
        """The anchor buckets of ``key`` (of an ordered block: at most one more than
        ``UNDATED_MAX_BUCKETS``, enough to tell a busy place)."""
        if self.infos is None or key in self.anchors:
            return self.anchors.get(key, set())
        found: set[int] = set()
        for code in self.codes.get(key, ()):
            lo, hi = code >> HI_BITS, code & HI_MASK
            found.add((lo + hi) // 2 // self.width)
            if len(found) > UNDATED_MAX_BUCKETS:
                break
        self.anchors[key] = found
        return found

    def sort(self) -> None:
        infos = self.infos
        if infos is not None:
            for key, members in self.ordered.items():
                members.sort(key=lambda q: order_key(infos[q]))
                self.codes[key] = array("q", (date_code(*order_key(infos[q])[1:3]) for q in members))
                self.marks[key] = array("l", (anchor_day(infos[q]) for q in members))

    def rank(self, key: PlaceKey, mark: Ordered, skip: set[int] | None = None) -> int:
        """Where a frame at ``mark`` sits in the date order of ``key`` (bisect left)."""
        members, marks, infos = self.ordered[key], self.marks[key], self.infos
        assert infos is not None
        lo, hi = bisect_left(marks, mark[0]), bisect_right(marks, mark[0])
        # frames dated alike (many in one incident's block) are in the frame key's order
        return bisect_left(members, mark, lo, hi, key=lambda q: order_key(infos[q]))

    def near(self, key: PlaceKey, info: FrameInfo, found: set[int], *,
             with_dated: bool = True) -> None:
        """Add to ``found`` the positions at ``key`` whose dates may lie within the window
        of ``info`` (date buckets ``lo // width`` to ``hi // width`` one bucket apart)."""
        undated = self.undated.get(key)
        if undated:
            found.update(undated)
        if not with_dated:
            return
        if self.infos is not None:
            self._near_ordered(key, info, found)
            return
        by_bucket = self.dated.get(key)
        if not by_bucket:
            return
        if info.lo is None:
            for members in by_bucket.values():
                found.update(members)
            return
        assert info.hi is not None
        first, last = info.lo // self.width - 1, info.hi // self.width + 1
        if last - first + 1 < len(by_bucket):
            for b in range(first, last + 1):
                bucket = by_bucket.get(b)
                if bucket:
                    found.update(bucket)
        else:
            for b, members in by_bucket.items():
                if first <= b <= last:
                    found.update(members)

    def _near_ordered(self, key: PlaceKey, info: FrameInfo, found: set[int]) -> None:
        members = self.ordered.get(key)
        infos = self.infos
        if not members or infos is None:
            return
        if info.lo is None:
            found.update(members)
            return
        assert info.hi is not None
        width = self.width
        first, last = info.lo // width - 1, info.hi // width + 1
        codes, marks, span = self.codes[key], self.marks[key], self.span.get(key, 0)
        # a member's anchor lies in its interval, at most ``span`` days from either end
        at = bisect_left(marks, first * width - span)
        for n in range(at, len(codes)):
            if (marks[n] - span) // width > last:
                break
            code = codes[n]
            if (code >> HI_BITS) // width > last:
                continue
            if (code & HI_MASK) // width >= first:
                found.add(members[n])

    def near_ranked(self, key: PlaceKey, info: FrameInfo, found: set[int], *,
                    with_undated: bool = True, above: int = -1) -> None:
        """:meth:`near` for a dated frame stored under ``key`` (or that would be): only the
        ``RANK_WINDOW`` frames on either side of it in the key's date order (a symmetric
        relation between the key's members, whatever the density of the block);
        ``with_undated``: and the key's undated frames; ``above``: of the dated ones, only
        positions above it (a caller that takes each pair from its lower end)."""
        found.update(self._window(key, info, found if with_undated else set(),
                                  self.rank_window + 1, above))

    def _window(self, key: PlaceKey, info: FrameInfo, found: set[int], after: int,
                above: int = -1) -> list[int]:
        """Add the undated frames at ``key`` to ``found``; return the members from
        ``RANK_WINDOW`` places before the dated ``info``'s place in the key's date order to
        ``after`` places after it whose dates may lie within its window (and whose position
        is above ``above``)."""
        infos = self.infos
        assert infos is not None and info.lo is not None and info.hi is not None
        undated = self.undated.get(key)
        if undated:
            found.update(undated)
        members = self.ordered.get(key)
        if not members:
            return []
        at = self.rank(key, order_key(info))
        # dates at most the window apart (the width): farther ones are never one event
        # (link.scoring.compatible_at), a symmetric test on the two intervals
        lo, hi, width = info.lo, info.hi, self.width
        codes = self.codes[key]
        return [members[n] for n in range(max(0, at - self.rank_window), min(len(codes), at + after))
                if members[n] > above and (codes[n] >> HI_BITS) - hi <= width
                and lo - (codes[n] & HI_MASK) <= width]

    def bounds(self, key: PlaceKey, mark: Ordered, pos: int | None
               ) -> tuple[Ordered | None, Ordered | None]:
        """The marks ``RANK_WINDOW`` places before and after a frame at ``mark`` in the date
        order of ``key`` (None: no such member), as if the frame were a member."""
        members, infos = self.ordered.get(key), self.infos
        if not members or infos is None:
            return None, None
        at = self.rank(key, mark)
        member = at < len(members) and members[at] == pos
        low, high = at - self.rank_window, at + self.rank_window - (0 if member else 1)
        return (order_key(infos[members[low]]) if low >= 0 else None,
                order_key(infos[members[high]]) if high < len(members) else None)

    def near_across(self, key: PlaceKey, info: FrameInfo, limits: tuple[Ordered | None, Ordered | None],
                    found: set[int], radius_km: float, above: int = -1) -> None:
        """:meth:`near` for a dated frame and the dated frames of a neighbouring cell ``key``:
        each within ``RANK_WINDOW`` of the other's place in the other cell's date order
        (``limits``: :meth:`bounds` of the frame in its own cell). Both conditions together
        are symmetric, and bound the work where two busy towns lie within the radius. Two
        towns or sites farther apart than ``radius_km`` (the cell's far side) are left out:
        never one event (:func:`~rashomon.link.scoring.places_conflict`). ``above``: as for
        :meth:`near_ranked`."""
        infos = self.infos
        assert infos is not None
        low, high = limits
        pinned = info.pinned
        for q in self._window(key, info, found, self.rank_window, above):
            other = order_key(infos[q])
            if (low is None or low < other) and (high is None or other < high):
                if pinned and infos[q].pinned and places_conflict(info, infos[q], radius_km):
                    continue
                found.add(q)
