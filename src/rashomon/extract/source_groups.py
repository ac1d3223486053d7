"""Unnamed groups that are a body the article names (applied by
:func:`rashomon.extract.source_merge.merge_descriptions`; split from there on 2026-12-07 to keep
each module under 400 lines):

* a collective the lead describes without a name ("A group representing families of the
  victims said …") and names in the next paragraph ("The Collective Justice for X said …");
* a portfolio's officials ("Health officials in Gaza said …") in an article whose one ministry
  of that portfolio speaks too ("the health ministry said …")."""

from __future__ import annotations

import re

from rashomon.extract.draft_rules import ClaimDraft

# "A group representing families", "an association of displaced families": an indefinite
# collective described, not named (the lead's way of introducing a body it names next)
_DESCRIBED_GROUP = re.compile(r"^(?:an?|one)\s+(?:[a-z][\w-]*\s+){0,2}(?:group|association|collective|coalition"
                              r"|alliance|organi[sz]ation|network|committee|union)\s+(?:of|for|representing)\s+[a-z]")


def described_groups(drafts: list[ClaimDraft], written: list[str], max_gap: int) -> list[tuple[int, str]]:
    """(index, name) for each collective described without a name ("A group representing
    families of the victims") whose next other speaker, within ``max_gap`` characters, is a
    body the gazetteer does not know written with a capitalised name (not an armed group, a
    state's body or a person: those are other parties)."""
    found: list[tuple[int, str]] = []
    for i, d in enumerate(drafts):
        if d.source.kind != "unknown" or not _DESCRIBED_GROUP.match(written[i].strip().lower()):
            continue
        nxt = next((o for o in drafts[i + 1:] if o.source.name != d.source.name), None)
        if nxt is None or nxt.source.kind != "unknown" or not _capitalised_name(nxt.source.name) \
                or nxt.attribution.speaker_start - d.attribution.speaker_end > max_gap:
            continue
        found.append((i, nxt.source.name))
    return found


def _capitalised_name(name: str) -> bool:
    """"Collective Justice for Barsalogho": a proper name (its first and last words capitalised,
    at least two words)."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()


# "Health officials in Gaza", "defence officials": officials named by a ministry's portfolio
_PORTFOLIO_OFFICIALS = re.compile(r"^(?P<domain>[A-Za-z]+)\s+officials?\b(?:\s+in\s+.+)?$")


def ministry_officials(drafts: list[ClaimDraft]) -> list[tuple[int, ClaimDraft]]:
    """(index, ministry draft) for each unknown speaker named as a portfolio's officials
    ("Health officials in Gaza said") in an article whose one other source is that portfolio's
    ministry ("the Hamas-run health ministry", "the Ministry of Health"): the officials speak
    for it (news style names the body once, then its officials)."""
    found: list[tuple[int, ClaimDraft]] = []
    for i, d in enumerate(drafts):
        m = _PORTFOLIO_OFFICIALS.match(d.source.name.strip()) if d.source.kind == "unknown" else None
        if m is None:
            continue
        domain = m.group("domain").lower()
        body = re.compile(rf"\b(?:{domain}\s+ministry|ministry\s+of\s+{domain})\b", re.IGNORECASE)
        ministries = {o.source.name: o for o in drafts if o is not d and body.search(o.source.text or "")}
        if len(ministries) == 1:
            found.append((i, next(iter(ministries.values()))))
    return found
