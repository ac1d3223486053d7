"""Why a report stayed on its own: the ledger's ``link_note`` of an event.

An event gets a note when all its frames come from one article, none is precise (pinned to a
town or site and dated to a day by its text), and it could have joined other events (pairs
compatible in place and date) but nothing decided:

* an **undated** report (no date in the text, no publication date): place alone never links
  it, and it shares no figure, person or target (nor the weekday and the alleged
  perpetrator) with those events, or shares details with several of them;
* a **vague** report (only a region or a country, or dated only by its publication, a week
  or a month) that fits several events, or only other vague reports.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Sequence

from rashomon.link.decision import precise
from rashomon.link.edges import Edges
from rashomon.link.info import FrameInfo

CANDIDATE_KINDS = frozenset({"colocated", "vague", "hint", "detail", "none"})


def _events(n: int) -> str:
    return f"{n} event{'s' if n != 1 else ''}"


def _where(info: FrameInfo) -> str:
    loc = info.frame.location
    return loc.name if loc is not None else (info.frame.place_text or "its place")


def _vagueness(info: FrameInfo) -> str:
    if info.broad:
        return f"it names only {_where(info)}"
    if info.inferred:
        return "its only date is its publication"
    precision = info.frame.date_precision
    if not info.exact and precision in ("week", "month"):
        return f"it is dated only to a {precision}"
    return "its date is a day off"


def note_for(members: Sequence[int], infos: Sequence[FrameInfo], near: set[int],
             hinted: set[int]) -> str | None:
    """The note of one cluster: ``near`` the other clusters it was compatible with,
    ``hinted`` those that share a detail with an undated member."""
    if not near or any(precise(infos[m]) or infos[m].frame.background for m in members):
        return None  # background mentions: an earlier incident, not the article's report
    if len({infos[m].frame.article_id for m in members}) > 1:
        return None
    first = infos[members[0]]
    if all(infos[m].lo is None for m in members):
        if hinted:
            return (f"undated (no date in the text, no publication date); the details it "
                    f"shares fit {_events(len(hinted))}: nothing decides between them")
        return (f"undated (no date in the text, no publication date) and it shares no figure, "
                f"person or target (nor the weekday and the alleged perpetrator) with the "
                f"{_events(len(near))} at {_where(first)} it could be: place alone never links a "
                f"report")
    if len(near) > 1:
        return f"{_vagueness(first)}: it fits {_events(len(near))} and nothing it reports decides"
    return (f"{_vagueness(first)}, and the one event it could join is no more precise: "
            f"nothing it reports decides")


def link_notes(infos: Sequence[FrameInfo], edges: Edges,
               groups: Sequence[Sequence[int]]) -> list[str | None]:
    """One note (or None) per group of ``groups``."""
    group_of = array("l", [0]) * len(infos)
    for n, members in enumerate(groups):
        for pos in members:
            group_of[pos] = n
    near: dict[int, set[int]] = defaultdict(set)
    hinted: dict[int, set[int]] = defaultdict(set)
    for i, j, kind, _, unrelated in edges:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or kind not in CANDIDATE_KINDS or unrelated:
            continue
        near[gi].add(gj)
        near[gj].add(gi)
        if kind == "hint":
            hinted[gi].add(gj)
            hinted[gj].add(gi)
    return [note_for(members, infos, near[n], hinted[n]) if n in near else None
            for n, members in enumerate(groups)]
