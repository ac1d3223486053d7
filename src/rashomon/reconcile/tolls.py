"""When two sources' tolls of one kind are no dispute: the toll rose, or one counts a part (or
the two count two sides' dead: :mod:`rashomon.reconcile.sides`).

A casualty dispute (:mod:`rashomon.reconcile.disputes`) opposes two sources' figures that
cannot both hold (:func:`~rashomon.reconcile.contradictions.figure_conflict`). Two readings
of the claims take a pair out of it:

* **The toll rose.** Tolls rise as the wounded die and bodies are found: "six dead" on
  Friday, "seven" on Saturday and "the toll rose to eight" on Sunday are one toll updated, not
  three accounts in dispute. A figure whose lower bound reaches the other's upper bound
  (6 → 7, "up to 40" → "at least 44") is an update of it when the evidence says it came later:
  its article was published on a later day, or its own words say the toll rose ("rose to",
  "bringing the toll to", or a strong word of revision and "to" right before the figure, the toll
  noun however far before: "the number of people killed by … has risen to 12"; a toll noun and
  a word of revision, ``revision_words`` of
  ``data/casualty_words.yaml`` but its ``weak_revision_words``: "the toll reaching 52" says where a
  toll stands, not that it rose from another's) and it was
  published no earlier (the same article included). Within one article, a figure told as an
  earlier statement ("on Monday the army had said about 40 were killed", "officials initially put
  the toll at 9": ``earlier_statement_cues``) is the toll before it rose when the article tells
  where the toll stands now ("the toll now stands at 44": a toll noun and any revision word, the
  weak ones included); another source's figure without such words stays a dispute with it
  ("killing seven civilians" against a monitor that "initially said" four). Once an article tells
  where its toll stands (any source's standing or risen toll there, at or above the earlier figure:
  "has risen to 60" … "Earlier, officials had given a toll of 52"), its earlier statement is
  superseded and opposes no higher figure of that article, whoever gives it (the minister's "60
  people had died" restating the lead's 60 is the toll now, not a second account against the 52:
  :func:`supersede`). A figure told as still held ("the government has said seven pupils were
  killed", "has kept its toll at 132": ``held_statement_cues``) is no earlier figure: beside another
  source's toll risen in the same article, both stand, a dispute. Figures of one day without such words stay
  a dispute (a militia's 22 and a monitor's 52 given the same day), so do lower later figures
  (a government's 73 after a rights group's 115) and undated articles (no order is known).
* **A part of the victims.** "Two of his employees died", "four children were among the dead",
  "three Colombian citizens … had been slightly hurt" (one nationality's people: ``part_nationals``),
  "my neighbour and her two daughters died" (3: a count of the people a witness names),
  "19 wounded people remained in hospital", "helped to evacuate 14 wounded people"
  (the ``part_*`` words of ``data/casualty_words.yaml``, next to the figure as written): the
  source's figure, kept and shown, but compared with the others as a lower bound (two dead can
  be among eight). Reconcile reads them off the claim's evidence with these small regexes: it
  may not load the extract stage (issue 16).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from rashomon.config import setting
from rashomon.lexicon import case_blind_alternation as alt
from rashomon.lexicon import load
from rashomon.reconcile.casualties import Kind, upper
from rashomon.reconcile.contradictions import figure_conflict
from rashomon.reconcile.sides import Side, different_sides, figure_side
from rashomon.types import Claim, Figure

logger = logging.getLogger(__name__)
# how a count at one hospital is told: "treated eight people … at the district hospital"
_TREATED = ("treated", "treating", "received", "admitted", "taken", "brought", "rushed", "treatment",
            "hospitalised", "hospitalized")
_TREAT_LOOKBACK = 40  # characters before the figure: "its medics had treated (eight)"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# words between a revision word and its toll noun ("raising the city's own toll to 5"), or a toll
# noun and its revision word ("the death toll from Tuesday's bombing has risen to 11")
_GAP: int = setting("reconcile.tolls", "revision_gap")  # data/settings.toml
# words between a hospital and its verb of receiving ("At Madina hospital, director … said staff had received")
_HOSPITAL_GAP: int = setting("reconcile.tolls", "hospital_gap")  # data/settings.toml


@dataclass(frozen=True, slots=True)
class Toll:
    """One source's figure as compared: when and how it was given."""

    claim: Claim
    figure: Figure  # as compared (a part is read as a lower bound)
    day: str | None  # the publication day of the claim's article (None: unknown)
    revision: bool  # the claim's words say the toll rose
    part: bool  # a part of the victims
    earlier: bool = False  # told as an earlier statement ("had said"): the toll before it rose
    standing: bool = False  # a toll said to stand now ("the toll now stands at 44", "rose to 44")
    side: Side = frozenset()  # whose dead it counts ("on its side", "on the Tajik side"; reconcile/sides.py)
    superseded: bool = False  # an earlier statement its article says the toll has passed (supersede)
    replaced: bool = False  # an earlier statement its article's standing toll names as replaced (supersede)
    held: bool = False  # told as still held by its source ("has said", "has kept its toll at")


@dataclass(frozen=True, slots=True)
class _Words:
    revision: dict[str, re.Pattern[str]]  # kind → "the toll rose", "bringing the toll"
    standing: dict[str, re.Pattern[str]]  # kind → the same with the weak words too: "the toll now stands"
    earlier: re.Pattern[str]  # "had said", "initially put": a statement before the article's time
    held: re.Pattern[str]  # "has said", "has kept its toll at": a statement still held at the article's time
    part_after: str  # the regex after the figure: "of his …", "were among the …"
    part_before: str  # the regex before it: "helped to evacuate"
    treated: re.Pattern[str]  # a treatment word near a count at one hospital
    named: re.Pattern[str]  # a person and their own counted: "my neighbour and her two daughters"
    rose: str  # a strong revision word and "to" right before a figure: "has risen to (12)"
    replaced: str  # a word saying a toll replaced a figure: "lowering (an earlier figure of 105)", "up (from six)"
    nationals: str  # after a figure, one nationality's people: "(three) Colombian citizens"
    units: tuple[str, ...]  # "zero" … "nineteen"
    tens: tuple[str, ...]  # "twenty" … "ninety"


@functools.cache
def _words() -> _Words:
    lex = load("casualty_words.yaml")
    weak = {w.lower() for w in lex["weak_revision_words"]}
    rev = alt(w for w in lex["revision_words"] if w.lower() not in weak)
    every = alt(lex["revision_words"])
    revision, standing = {}, {}
    for kind in ("killed", "injured"):
        toll = alt(lex[kind]["tolls"])
        revision[kind], standing[kind] = (re.compile(
            rf"(?i)(?<!\w)(?:{words}(?:\s+[\w'’-]+){{0,{_GAP}}}?\s+{toll}"
            rf"|{toll}(?:\s+[\w'’-]+){{0,{_GAP}}}?\s+{words})(?!\w)") for words in (rev, every))
    hospital = alt(lex.get("part_hospitals", ()))
    after = (rf"\s+of\s+{alt(lex['part_owners'])}\s+[^\W\d_]"
             rf"|(?:\s+[^\s,.;:]+){{0,4}}?\s+(?:(?:were|was|are|is)\s+)?among(?!\w)"
             rf"|(?:\s+[^\s,.;:]+){{0,4}}?\s+{alt(lex['part_after'])}(?!\w)"
             # "treated eight people with gunshot wounds at the district hospital": one hospital's
             # (not "wounded in the attack on the hospital": no preposition among the hospital's words)
             rf"|(?P<hospital>(?:\s+[^\s,.;:]+){{0,6}}?\s+(?:at|in)\s+(?:the|a|one|its|their)\s+"
             rf"(?:(?!(?:on|near|outside|of|by|to|from)\s)[^\s,.;:]+\s+){{0,3}}?{hospital}(?![\w-]))")
    # "the hospital in Drodro had received 18 wounded": one hospital's count; the hospital may be
    # named first, its speaker between ("At Madina hospital, director X said staff had received 72
    # bodies"), the verb of receiving right before the figure
    at_hospital = (rf"(?<!\w){hospital}['’s]*(?:[\s,]+[^\s,.;:]+){{0,{_HOSPITAL_GAP}}}?\s+(?:had\s+|has\s+|have\s+)?"
                   rf"(?:received|treated|admitted)")
    before = (rf"(?:(?<!\w){alt(lex['part_before'])}|{at_hospital})"
              rf"\s+(?:the\s+|some\s+|at\s+least\s+)?")
    numbers = [w.lower() for w in lex["number_words"]]  # zero … nineteen, twenty … ninety, hundred …
    owners = alt([*lex["part_owners"], "their", "its"])
    named = re.compile(rf"(?i)(?<!\w)(?:the|a|an|my|our|{owners})\s+(?:[^\W\d_][\w'’-]*\s+)?"
                       rf"{alt(lex['person_nouns'])}\s+and\s+{owners}\s+(?:\d+|{alt(numbers)})(?!\w)")
    treated = re.compile(rf"(?i)(?<!\w)(?:{alt(_TREATED)})(?!\w)")
    earlier = re.compile(rf"(?i)(?<!\w){alt(lex.get('earlier_statement_cues', ()))}(?!\w)")
    held = re.compile(rf"(?i)(?<!\w){alt(lex.get('held_statement_cues', ()))}(?!\w)")
    modifiers = alt([*lex["modifiers"]["lower_bound"], *lex["modifiers"]["approximate"]])
    rose = rf"(?i:(?<!\w){rev}\s+to\s+(?:{modifiers}\s+)?)"
    # case-sensitive: a capitalised adjective ("Colombian"), not any word ("three injured citizens")
    nationals = (rf"\s+(?P<nation>[A-Z][\w'’-]+)\s+(?i:{alt(lex.get('part_nationals', ()))})(?!\w)"
                 rf"|\s+(?i:{alt(lex.get('part_foreigners', ()))})(?!\w)")
    return _Words(revision, standing, earlier, held, after, before, treated, named, rose,
                  alt(lex.get("replaced_toll_words", ())), nationals,
                  tuple(numbers[:20]), tuple(numbers[20:28]))


def _spelled(n: int) -> list[str]:
    """``n`` as a news text may write it: "19", "nineteen", "twenty-two", "1,500"."""
    units, tens = _words().units, _words().tens
    out = [str(n), f"{n:,}"]
    if n < 20:
        out.append(units[n])
    elif n < 100:
        ten, unit = tens[n // 10 - 2], n % 10
        out += [ten] if unit == 0 else [f"{ten}-{units[unit]}", f"{ten} {units[unit]}"]
    return out


def _number(n: int) -> str:
    """A regex of ``n`` as written (case-blind): the longest spelling first."""
    return "(?i:" + "|".join(re.escape(s) for s in sorted(set(_spelled(n)), key=len, reverse=True)) + ")"


def _rose_to(figure: Figure, text: str) -> bool:
    """Whether the figure is told as the toll risen to it ("the number of people killed … has
    risen to 12"), the toll noun however far before."""
    if figure.min is None:
        return False
    return bool(re.search(rf"{_words().rose}{_number(figure.min)}(?!\w|[,.]\d)", text))


def _nationals(figure: Figure, text: str, source: str) -> bool:
    """Whether the figure counts one nationality's people: a government's own ("Colombia's foreign
    ministry said three Colombian citizens … were hurt": the nationality is in the source's name)
    or foreigners ("two foreign nationals", "four foreigners"): a part of the victims, not a
    competing total. Another source's "12 Syrian citizens" may mean civilians (a state outlet's
    usage): its total, left alone."""
    if figure.min is None or figure.min != figure.max:
        return False
    for m in re.finditer(rf"(?<![\w,.]){_number(figure.min)}(?:{_words().nationals})", text):
        nation = m["nation"]
        if nation is None or nation.lower() == "foreign" or nation.lower() in source.lower():
            return True
    return False


def _part(figure: Figure, text: str) -> bool:
    """Whether the figure, as written in ``text``, counts a part of the victims."""
    if figure.min is None or figure.min != figure.max:
        return False
    words = _words()
    number = "|".join(re.escape(s) for s in sorted(set(_spelled(figure.min)), key=len, reverse=True))
    pattern = rf"(?i)(?:{words.part_before})?(?<![\w,.])(?:{number})(?![\w,]|\.\d)(?:{words.part_after})?"
    for m in re.finditer(pattern, text):
        if m["hospital"] and not words.treated.search(text, max(0, m.start() - _TREAT_LOOKBACK), m.end()):
            continue  # "40 were killed at the hospital": where they died, not who was treated there
        if m.group().strip().lower() not in {s.lower() for s in _spelled(figure.min)}:
            return True  # a part word before or after the figure
    return False


def publication_day(published: str | None) -> str | None:
    """"2025-02-08" of "2025-02-08T10:30+01:00"; None for an unknown or a month-only date."""
    if published is None or not _DAY.match(published):
        return None
    return published[:10]


def read_toll(claim: Claim, figure: Figure, kind: Kind,
              published: Mapping[str, str | None] | None = None) -> Toll:
    """``claim``'s ``figure`` of ``kind`` with its day, whether its words say the toll rose, and
    whether it counts a part of the victims (read off the claim's evidence)."""
    text = claim.evidence.text
    revision = bool(_words().revision[kind].search(text)) or _rose_to(figure, text)
    part = not revision and (_part(figure, text) or bool(_words().named.search(text))
                                  or _nationals(figure, text, claim.source.name))
    if part and figure.min is not None:
        logger.debug("a part of the victims (hospital count or part word): %r %s", text, figure)
        figure = Figure(figure.min, None)
    day = publication_day((published or {}).get(claim.article_id))
    earlier = not revision and bool(_words().earlier.search(text))
    standing = bool(_words().standing[kind].search(text))
    held = not (revision or earlier) and bool(_words().held.search(text))
    return Toll(claim, figure, day, revision, part, earlier, standing, figure_side(claim), held=held)


def supersede(tolls: Mapping[str, Toll]) -> dict[str, Toll]:
    """``tolls`` (claim id → toll) with each earlier statement marked superseded when a toll of
    its own article is told as standing now or risen (another source's included) and reaches its
    upper bound: the article has said where the toll stands, so the earlier figure is its past."""
    now: dict[str, int] = {}
    for toll in tolls.values():
        if (toll.standing or toll.revision) and not toll.earlier and toll.figure.min is not None:
            aid = toll.claim.article_id
            now[aid] = max(now.get(aid, toll.figure.min), toll.figure.min)
    out = dict(tolls)
    for cid, toll in tolls.items():
        top = upper(toll.figure)
        if toll.earlier and top is not None and now.get(toll.claim.article_id, -1) >= top:
            logger.debug("an earlier statement superseded in its article: %r (%s)", toll.claim.evidence.text,
                         toll.figure)
            out[cid] = replace(toll, superseded=True)
        if toll.earlier and top is not None and toll.figure.min == top and _replaced(toll, tolls.values()):
            logger.debug("an earlier statement its article's toll replaced: %r (%s)", toll.claim.evidence.text,
                         toll.figure)
            out[cid] = replace(out[cid], superseded=True, replaced=True)
    return out


def _replaced(earlier: Toll, tolls: Iterable[Toll]) -> bool:
    """Whether a toll of the earlier statement's article, not itself earlier, names its figure as the
    one it replaced ("put the toll at 100, lowering an earlier figure of 105", "up from six"): the
    article says the figure is the toll's past, whichever way the toll moved since."""
    pattern = re.compile(rf"(?i)(?<!\w){_words().replaced}(?!\w)(?:\s+[\w'’-]+){{0,4}}?\s+(?:of|from)\s+"
                         rf"{_number(earlier.figure.min or 0)}(?!\w)")
    return any(t.claim.article_id == earlier.claim.article_id and not t.earlier and t.claim.id != earlier.claim.id
               and t.claim.source.name != earlier.claim.source.name and pattern.search(t.claim.evidence.text)
               for t in tolls)


def restatements(chosen: Sequence[tuple[Claim, Figure]], claims: Sequence[Claim], kind: Kind,
                 tolls: Mapping[str, Toll], published: Mapping[str, str | None] | None = None,
                 ) -> dict[str, list[Toll]]:
    """Each chosen claim's toll and its source's same figure given in other articles (one toll
    per distinct reading): a figure restated stands on each day it was given (a Red Cross's 36 of
    Tuesday restated on Wednesday beside an MP's 40 is disputed that day, not a toll risen since
    Tuesday). Linear in the claims."""
    by_figure: dict[tuple[str, Figure], list[Claim]] = {}
    for other in claims:
        fig = other.killed if kind == "killed" else other.injured
        if fig is not None:
            by_figure.setdefault((other.source.name, fig), []).append(other)
    out: dict[str, list[Toll]] = {}
    for c, fig in chosen:
        seen: dict[tuple[object, ...], Toll] = {}
        for other in [c, *(o for o in by_figure.get((c.source.name, fig), ()) if o.article_id != c.article_id)]:
            toll = tolls[c.id] if other is c else read_toll(other, fig, kind, published)
            seen.setdefault((toll.day, toll.revision, toll.part, toll.earlier, toll.standing, toll.side), toll)
        out[c.id] = list(seen.values())
    return out


def rises(earlier: Toll, later: Toll) -> bool:
    """Whether ``later`` is ``earlier``'s toll risen (see the module docstring)."""
    top = upper(earlier.figure)
    if later.figure.min is None or top is None or later.figure.min < top:
        return False
    if later.claim.article_id == earlier.claim.article_id and earlier.held and not earlier.part:
        if later.revision or later.standing:
            logger.debug("a toll still held beside another's rise: %r vs %r", earlier.claim.evidence.text,
                         later.claim.evidence.text)
        return False  # "the government has said seven" beside "bringing the toll to eight": both stand
    if later.claim.article_id == earlier.claim.article_id and (
            later.revision or (earlier.earlier and (later.standing or earlier.superseded) and not later.earlier)):
        return True  # said to rise, or risen from a figure the article dates before its own
    if later.day is None or earlier.day is None:
        return False
    return later.day > earlier.day or (later.revision and later.day >= earlier.day)


def toll_conflict(a: Toll, b: Toll) -> str | None:
    """"conflict", "disputed" (as :func:`figure_conflict`) or None: also None when one toll is
    the other risen, a part that fits in it, or the dead of another side."""
    verdict = figure_conflict(a.figure, b.figure)
    if verdict is None or rises(a, b) or rises(b, a) or different_sides(a.side, b.side):
        return None
    if a.replaced or b.replaced:
        return None  # a figure its own article says was replaced is the toll's past, no account now
    return verdict
