"""Disputes: an event's contradictions grouped by question, with the opposed positions, who
holds each, and the claims behind them.

Claims are grouped by (what they are about, the position they take), and disputes are built
from opposed groups, so the cost is linear in the event's claims (plus the square of the
number of distinct positions: parties, countries, figures, which does not grow with the number
of articles repeating them). Contradiction pairs are never all materialised: each dispute
counts its opposed claim pairs (:attr:`Dispute.pairs`) and lists at most
:data:`MAX_PAIRS` of them as examples (the event's ``contradictions``: pair detail on demand).

One dispute per question, at most seven per event (a target dispute: :mod:`~rashomon.reconcile.targets`):

perpetrator
  sides "P did it" (claims asserting or confirming party P, about perpetrator or occurrence)
  and "P did not" (denials by or for P, :func:`_denier`); aliases of one party
  (:func:`~rashomon.reconcile.perpetrator.same_party`: "US", "US military") are one side.
  Opposed: two different parties; a party and its denial.
occurrence
  "it happened" (asserting claims about occurrence) vs "it did not happen" (denials about
  occurrence); a pair already opposed on the perpetrator ("SANA: US did it" vs "US: we did
  not") is not counted again.
casualties (killed, then injured: two disputes)
  each source's figure, chosen as in :mod:`~rashomon.reconcile.casualties`; sides are the
  distinct figures, opposed when they cannot both hold or are disputed
  (:func:`~rashomon.reconcile.contradictions.figure_conflict`), unless one is the other's toll
  risen (a later, higher toll) or counts a part of the victims (:mod:`~rashomon.reconcile.tolls`:
  this needs the articles' publication dates, ``published``), or the two count the dead of two
  sides ("24 killed on its side" vs "one killed on the Tajik side": :mod:`~rashomon.reconcile.sides`).
  A figure a source gives again in another article stands on that article's day too: two sources
  are opposed when any day either gave its figure on conflicts.
location
  "in SY" vs "in IQ": asserting claims placing the incident in different countries.
a withheld toll (casualties)
  a source giving a figure and accusing another of hiding the toll ("counted at least 81 dead and
  accused the authorities of hiding the true scale") vs another source's refusal to give one
  ("declined to say how many died"): a bare decline against a figure is no dispute, the accusation
  makes it one (``withheld_*`` words of ``data/casualty_words.yaml``).

A pair of claims of one source is never opposed (a source revising itself is no dispute), so
a dispute needs two opposed sides held by different sources. A side holds only the claims
that take part in an opposition. Output does not depend on the order of the claims given.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from rashomon.config import setting
from rashomon.lexicon import case_blind_alternation as alt
from rashomon.lexicon import load
from rashomon.lexicon.parties import same_party
from rashomon.reconcile.casualties import Kind, chosen_figures, render
from rashomon.reconcile.contradictions import ASSERTING, denier
from rashomon.reconcile.perpetrator import counts
from rashomon.reconcile.targets import target_sides
from rashomon.reconcile.tolls import read_toll, restatements, supersede, toll_conflict
from rashomon.types import Claim, Contradiction, Dispute, DisputeSide

# Example pairs kept per dispute (the ledger's contradictions); provenance in data/settings.toml
MAX_PAIRS: int = setting("reconcile.disputes", "max_pairs")  # data/settings.toml
# Presentation only (stays here): sources named per side in a summary line; the side itself
# lists them all, so no finding depends on it.
MAX_NAMES = 4  # presentation only (see above)
# an order of listing, not a tuned number
ABOUT_ORDER = {"casualties": 0, "perpetrator": 1, "occurrence": 2, "location": 3, "target": 4}

Summary = Callable[[Claim, Claim], str]
Apart = Callable[[Claim, Claim], bool]  # whether two claims of opposed sides oppose each other


@dataclass(slots=True)
class _Side:
    position: str
    claims: list[Claim] = field(default_factory=list)

    def sources(self) -> list[str]:
        return list(dict.fromkeys(c.source.name for c in self.claims))

    def by_source(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = {}
        for c in self.claims:
            out.setdefault(c.source.name, []).append(c)
        return out


def _pair(a: Claim, b: Claim) -> tuple[str, str]:
    return (a.id, b.id) if a.id <= b.id else (b.id, a.id)


def _live(a: _Side, b: _Side, apart: Apart | None = None) -> bool:
    """Two sides oppose each other when some claims of them come from different sources (and,
    with ``apart``, oppose each other)."""
    if apart is not None:
        return next(_examples(a, b, apart), None) is not None
    sa, sb = set(a.sources()), set(b.sources())
    return bool(sa and sb) and not (len(sa) == 1 and sa == sb)


def _opposed_count(a: _Side, b: _Side, apart: Apart | None = None) -> int:
    """Pairs of claims of different sources, one on each side (with ``apart``: those it opposes,
    counted one by one: the casualty sides hold one claim per source)."""
    if apart is not None:
        return sum(1 for _ in _examples(a, b, apart))
    ca, cb = Counter(c.source.name for c in a.claims), Counter(c.source.name for c in b.claims)
    return len(a.claims) * len(b.claims) - sum(n * cb[s] for s, n in ca.items())


def _examples(a: _Side, b: _Side, apart: Apart | None = None) -> Iterator[tuple[Claim, Claim]]:
    """Claim pairs of different sources, one on each side, source pair by source pair (with
    ``apart``: only the pairs it opposes)."""
    ga, gb = a.by_source(), b.by_source()
    for sa, claims_a in ga.items():
        for sb, claims_b in gb.items():
            if sa != sb and (apart is None or apart(claims_a[0], claims_b[0])):
                yield claims_a[0], claims_b[0]
    for sa, claims_a in ga.items():  # then the other claims of each source
        for sb, claims_b in gb.items():
            if sa != sb:
                for x in claims_a:
                    for y in claims_b:
                        if (x, y) != (claims_a[0], claims_b[0]) and (apart is None or apart(x, y)):
                            yield x, y


def _round_robin(streams: Sequence[Iterator[tuple[str, Contradiction]]], limit: int) -> list[Contradiction]:
    """Up to ``limit`` distinct pairs, one from each stream in turn (every opposed pair of
    sides is shown before any is shown twice)."""
    out: dict[tuple[str, str], Contradiction] = {}
    live = list(streams)
    while live and len(out) < limit:
        nxt = []
        for stream in live:
            for _, contra in stream:
                if contra.claim_ids not in out:
                    out[contra.claim_ids] = contra
                    nxt.append(stream)
                    break
            if len(out) >= limit:
                break
        live = nxt
    return sorted(out.values(), key=lambda c: c.claim_ids)


def _summary_line(sides: Sequence[_Side]) -> str:
    parts = []
    for side in sides:
        names = side.sources()
        shown = ", ".join(names[:MAX_NAMES]) + (f" +{len(names) - MAX_NAMES} more" if len(names) > MAX_NAMES else "")
        parts.append(f"{shown}: {side.position}")
    return " vs ".join(parts)


def _build(about: str, sides: list[_Side], opposed: list[tuple[int, int]], summary: Summary,
           apart: Apart | None = None) -> tuple[Dispute, list[Contradiction]] | None:
    """A dispute from sides and the pairs of them that are opposed (by index); ``apart``, when
    given, says which claim pairs of two opposed sides oppose each other (else: any two of
    different sources)."""
    live = [(i, j) for i, j in opposed if _live(sides[i], sides[j], apart)]
    if not live:
        return None
    # examples of the weightiest oppositions first: a party and its own denial, then the pairs
    # of sides with the most claim pairs behind them
    weight = {(i, j): (not sides[j].position.endswith(" did not"), -_opposed_count(sides[i], sides[j], apart), i, j)
              for i, j in live}
    live.sort(key=weight.__getitem__)
    keep = sorted({k for pair in live for k in pair})
    streams = [((about, Contradiction(about, _pair(x, y), summary(x, y)))
                for x, y in _examples(sides[i], sides[j], apart)) for i, j in live]
    examples = _round_robin(streams, MAX_PAIRS)
    kept = [sides[k] for k in keep]
    dispute = Dispute(
        about=about,
        sides=tuple(DisputeSide(s.position, tuple(s.sources()), tuple(c.id for c in s.claims))
                    for s in kept),
        summary=_summary_line(kept),
        pairs=sum(_opposed_count(sides[i], sides[j], apart) for i, j in live),
    )
    return dispute, examples


# --- perpetrator ----------------------------------------------------------------------------

def _clusters(claims: Sequence[Claim]) -> tuple[list[str], dict[str, int]]:
    """Parties named by asserting claims, aliases merged: the display names (shortest alias
    first) and the cluster of every party name."""
    names = sorted({c.perpetrator for c in claims if c.perpetrator}, key=lambda n: (len(n.split()), n))
    keys: list[str] = []
    members: list[list[str]] = []
    of: dict[str, int] = {}
    for name in names:
        k = next((i for i, ms in enumerate(members) if any(same_party(name, m) for m in ms)), None)
        if k is None:
            keys.append(name)
            members.append([name])
            k = len(keys) - 1
        else:
            members[k].append(name)
        of[name] = k
    return keys, of


def _matches(name: str | None, of: dict[str, int]) -> list[int]:
    """The clusters a denier is (a party denying, or a party cleared by someone)."""
    if not name:
        return []
    return sorted({k for party, k in of.items() if same_party(party, name)})


def _perp_summary(a: Claim, b: Claim) -> str:
    if b.stance == "denies":
        return f"{a.source.name}: {a.perpetrator} vs {b.source.name}: denies"
    if a.stance == "denies":
        return _perp_summary(b, a)
    first, second = (a, b) if a.id <= b.id else (b, a)
    return f"{first.source.name}: {first.perpetrator} vs {second.source.name}: {second.perpetrator}"


def _perpetrator(claims: Sequence[Claim]) -> tuple[Dispute, list[Contradiction]] | None:
    asserting = [c for c in claims if counts(c) and c.stance in ASSERTING]
    keys, of = _clusters(asserting)
    sides = [_Side(f"{key} did it") for key in keys]
    denials = [_Side(f"{key} did not") for key in keys]
    for c in asserting:
        assert c.perpetrator is not None
        sides[of[c.perpetrator]].claims.append(c)
    for c in claims:
        if c.stance == "denies" and c.about in ("perpetrator", "occurrence"):
            for k in _matches(denier(c), of):
                denials[k].claims.append(c)
    # each party's side followed by its denial; the parties most sources blame first
    order = sorted(range(len(keys)), key=lambda k: (-len(sides[k].sources()), keys[k]))
    ranked = [side for k in order for side in (sides[k], denials[k])]
    at = {id(side): n for n, side in enumerate(ranked)}
    opposed = [(at[id(sides[i])], at[id(sides[j])]) for i, j in combinations(order, 2)]
    opposed += [(at[id(sides[k])], at[id(denials[k])]) for k in order]
    return _build("perpetrator", ranked, opposed, _perp_summary)


# --- occurrence -----------------------------------------------------------------------------

def _occurrence(claims: Sequence[Claim]) -> tuple[Dispute, list[Contradiction]] | None:
    happened = [c for c in claims if c.about == "occurrence" and c.stance in ASSERTING]
    denied = [c for c in claims if c.about == "occurrence" and c.stance == "denies"]
    if not happened or not denied:
        return None
    _, of = _clusters([c for c in happened if counts(c)])
    cluster = {c.id: of.get(c.perpetrator or "") if counts(c) else None for c in happened}
    match = {c.id: set(_matches(denier(c), of)) for c in denied}

    def opposed(a: Claim, b: Claim) -> bool:  # not already a perpetrator contradiction
        return a.source.name != b.source.name and cluster[a.id] not in match[b.id]

    # counts instead of all pairs: a claim takes part when fewer partners are excluded than exist
    h_src = Counter(c.source.name for c in happened)
    h_key = Counter(cluster[c.id] for c in happened)
    h_both = Counter((c.source.name, cluster[c.id]) for c in happened)
    d_src = Counter(c.source.name for c in denied)
    d_key: Counter[int | None] = Counter(k for c in denied for k in match[c.id])
    d_both: Counter[tuple[str, int | None]] = Counter((c.source.name, k) for c in denied for k in match[c.id])

    def a_partners(a: Claim) -> int:
        k = cluster[a.id]
        excluded = d_src[a.source.name] + (d_key[k] - d_both[(a.source.name, k)] if k is not None else 0)
        return len(denied) - excluded

    def b_partners(b: Claim) -> int:
        excluded = h_src[b.source.name] + sum(h_key[k] - h_both[(b.source.name, k)] for k in match[b.id])
        return len(happened) - excluded

    yes = _Side("it happened", [c for c in happened if a_partners(c) > 0])
    no = _Side("it did not happen", [c for c in denied if b_partners(c) > 0])
    if not yes.claims or not no.claims:
        return None

    def pairs() -> Iterator[tuple[str, Contradiction]]:
        for a, b in _examples(yes, no):
            if opposed(a, b):
                yield "occurrence", Contradiction("occurrence", _pair(a, b),
                                                  f"{a.source.name}: happened vs {b.source.name}: denies")

    examples = _round_robin([pairs()], MAX_PAIRS)
    total = sum(a_partners(c) for c in yes.claims)
    dispute = Dispute("occurrence", (DisputeSide(yes.position, tuple(yes.sources()), tuple(c.id for c in yes.claims)),
                                     DisputeSide(no.position, tuple(no.sources()), tuple(c.id for c in no.claims))),
                      _summary_line([yes, no]), total)
    return dispute, examples


# --- location and casualties ----------------------------------------------------------------

def _location(claims: Sequence[Claim]) -> tuple[Dispute, list[Contradiction]] | None:
    by_country: dict[str, _Side] = {}
    for c in claims:
        if c.country and c.stance in ASSERTING:
            by_country.setdefault(c.country, _Side(f"in {c.country}")).claims.append(c)
    sides = [by_country[k] for k in sorted(by_country)]

    def summary(a: Claim, b: Claim) -> str:
        first, second = (a, b) if a.id <= b.id else (b, a)
        return f"{first.source.name}: in {first.country} vs {second.source.name}: in {second.country}"

    return _build("location", sides, list(combinations(range(len(sides)), 2)), summary)


def _casualties(claims: Sequence[Claim], kind: Kind, published: Mapping[str, str | None] | None = None,
                ) -> tuple[Dispute, list[Contradiction]] | None:
    chosen = sorted(chosen_figures(claims, kind).values(), key=lambda cf: cf[0].id)
    figs = {c.id: fig for c, fig in chosen}
    tolls = supersede({c.id: read_toll(c, fig, kind, published) for c, fig in chosen})
    restated = restatements(chosen, claims, kind, tolls, published)
    verdicts: dict[tuple[str, str], str | None] = {}

    def verdict(a: Claim, b: Claim) -> str | None:
        if (a.id, b.id) not in verdicts:
            found = {toll_conflict(x, y) for x in restated[a.id] for y in restated[b.id]} - {None}
            verdicts[(a.id, b.id)] = "conflict" if "conflict" in found else next(iter(found), None)
        return verdicts[(a.id, b.id)]

    def apart(a: Claim, b: Claim) -> bool:
        return a.source.name != b.source.name and verdict(a, b) is not None

    # a side holds only the claims that take part in an opposition
    taking_part = {c.id for c, _ in chosen if any(apart(c, d) for d, _ in chosen)}
    groups: dict[str, _Side] = {}
    for claim, fig in chosen:
        if claim.id in taking_part:
            label = f"{render(fig)} {kind}"
            groups.setdefault(label, _Side(label)).claims.append(claim)
    sides = list(groups.values())
    opposed = list(combinations(range(len(sides)), 2))

    def summary(a: Claim, b: Claim) -> str:
        first, second = (a, b) if a.id <= b.id else (b, a)
        text = (f"{first.source.name}: {render(figs[first.id])} {kind} vs "
                f"{second.source.name}: {render(figs[second.id])} {kind}")
        return text + (" (disputed figures)" if verdict(a, b) == "disputed" else "")

    return _build("casualties", sides, opposed, summary, apart)


# words between a verb of hiding and the toll it hides ("hiding the true scale")
_WITHHELD_GAP: int = setting("reconcile.disputes", "withheld_gap")  # data/settings.toml


@functools.cache
def _withheld_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The accusation of hiding a toll, and a decline's words about the toll."""
    lex = load("casualty_words.yaml")
    accused = re.compile(rf"(?i)(?<!\w){alt(lex.get('withheld_verbs', ()))}(?:\s+[\w'’-]+){{0,{_WITHHELD_GAP}}}?"
                         rf"\s+{alt(lex.get('withheld_nouns', ()))}(?!\w)")
    declined = re.compile(rf"(?i)(?<!\w){alt(lex.get('withheld_decline_words', ()))}(?!\w)")
    return accused, declined


def _withheld(claims: Sequence[Claim]) -> tuple[Dispute, list[Contradiction]] | None:
    accused, declined = _withheld_words()
    accusers = _Side("a toll said to be hidden", [c for c in claims if c.stance in ASSERTING and (
        c.killed is not None or c.injured is not None) and accused.search(c.evidence.text)])
    if not accusers.claims:
        return None
    refusals = _Side("no toll given", [c for c in claims if c.stance == "declines_comment"
                                      and declined.search(c.evidence.text)])

    def summary(a: Claim, b: Claim) -> str:
        first, second = (a, b) if a.id <= b.id else (b, a)
        return f"{first.source.name} vs {second.source.name}: a toll withheld"

    return _build("casualties", [accusers, refusals], [(0, 1)], summary)


def _target(claims: Sequence[Claim]) -> tuple[Dispute, list[Contradiction]] | None:
    """A military target against civilians or nothing military (:mod:`~rashomon.reconcile.targets`)."""
    mil, civ = target_sides(claims)
    return _build("target", [_Side("a military target", mil), _Side("civilians", civ)], [(0, 1)],
                  lambda a, b: f"{a.source.name} vs {b.source.name} on the target") if mil else None


def find_disputes(claims: Sequence[Claim], published: Mapping[str, str | None] | None = None,
                  ) -> tuple[tuple[Dispute, ...], tuple[Contradiction, ...]]:
    """The disputes of one event's claims and their example pairs (sorted by about, claim ids).
    ``published`` (article id → publication date) lets a later, higher toll be the toll risen."""
    unique = sorted({c.id: c for c in claims}.values(), key=lambda c: c.id)
    found = [_casualties(unique, "killed", published), _casualties(unique, "injured", published), _perpetrator(unique),
             _occurrence(unique), _location(unique), _withheld(unique), _target(unique)]
    disputes = [d for d, _ in filter(None, found)]
    pairs = {(c.about, c.claim_ids, c.summary): c for _, ex in filter(None, found) for c in ex}
    disputes.sort(key=lambda d: ABOUT_ORDER.get(d.about, len(ABOUT_ORDER)))  # stable: killed first
    return tuple(disputes), tuple(pairs[k] for k in sorted(pairs))


def find_contradictions(claims: Sequence[Claim], published: Mapping[str, str | None] | None = None,
                        ) -> tuple[Contradiction, ...]:
    """The example contradiction pairs of one event's claims (at most MAX_PAIRS per dispute)."""
    return find_disputes(claims, published)[1]
