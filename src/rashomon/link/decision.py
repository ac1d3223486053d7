"""The evidence that two reports are about one incident: one decision for ``analyze`` and
``compare``.

:func:`pair_evidence` weighs two prepared frames (:mod:`~rashomon.link.scoring` for place,
date and type, :mod:`~rashomon.link.content` for what they say) and classes the pair:

* **anchored**: one spot (same place, or a site named after that town) on the same day,
  written in both texts, types that may be one incident, and something shared beyond that
  (a figure, a name, a target, a party's position): links by itself.
* **colocated**: the same without anything shared: one spot, one day, nothing else. Links
  when each report is the other's only such neighbour (:mod:`~rashomon.link.cluster`): in a
  city struck many times a day, place and day alone do not tell the strikes apart. Also two
  reports naming one region (the same region of the gazetteer) and one day written in both
  texts that share a detail too small to decide (a figure of 2 injured): "same area" alone
  is no evidence, the region and the day and a detail make them each other's only match.
  And a report placed only by a region or the country whose text names the town the other
  report is pinned to (:func:`town_named`), one day in both texts: one spot, coarsely read
  (anchored when they share a detail too). Undated, such a report hints.
  And a follow-up dated only by a statement a day or two after the other report's day at
  that spot, whose toll its source says rose above every toll of that kind the other gives
  ("has risen to 26, the health director said on Monday" after Saturday's "18 killed"):
  the count of one incident as it grew (:func:`~rashomon.link.follow_up.toll_rose`).
* **content**: what the reports say decides (content agreement ≥ ``CONTENT_MIN``: a shared
  casualty figure of 10 or more, a named person, a distinctive target word such as
  "consulate"), at compatible places and dates; ``CONTENT_STRONG`` (two details) when one
  names only the country, when one has no date at all (nothing places it among the
  incidents of its town over the years: one detail makes it a hint), when the places are
  unrelated (a town far from a province's centre, a place not resolved), or when both are
  pinned, on days both texts give, to different towns or to one spot on different days
  ("strikes in one city on different days"; not when the later day is only that of a
  statement two days after the other's act in a follow-up, :func:`~rashomon.link.follow_up.stated_after`: a toll
  update, a claim; nor a city and a town on its edge that one incident sentence names,
  :mod:`~rashomon.link.edge_town`: one spot read two ways).
  Types that are not related (an airstrike and a ground raid) need it too,
  except shelling and clashes of one region on one day, one placed only by the region
  (:func:`~rashomon.link.scoring.one_battle`: one battle, as two outlets name it), and a
  clash where one type was read only outside its report's incident sentence and headline
  (:func:`weak_clash`: a village's massacre and its region's report typed by "a drone base"
  far below), on one day both give, at places the hierarchy relates, sharing a detail.
  For a report with no date (at a place that fits) and for one day's reports whose
  countries clash because one is placed only by a region or a country
  (:func:`country_clash`: "Kurdistan" of Iraq resolved to Iran's province), the marks of
  :mod:`~rashomon.link.marks` count too (a monitor, a local force, a victims' trade, a name
  both texts write, tolls a little apart; in a clash, the place of one that the other's
  text names): three of them, ``CONTENT_STRONG``, decide (a figure of 10 or more and one
  mark, as two details do); fewer never do (a town's monitor and militia are named in most
  of its incidents, so another year's strike there shares them).
  One day's reports of one region, at least one placed only by the region or a district,
  that name one village (:mod:`~rashomon.link.villages`: "Wad al-Nourah", "Wad Al-Noura")
  share two details' worth: the gazetteer does not know the village, so they differ by how
  coarsely they are placed, not by where, and a rising toll shares no figure. So does the
  named place of the incident both write, both dated ("the Jaffar Express", "the Amarula
  Lodge": :func:`~rashomon.link.marks.incident_names`): the follow-up that names only the
  country joins the town's report by it.
  Two reports pinned to towns of two countries (too far apart to be one spot), one day in
  both texts, one naming the other's town, one party blamed by one and named by the other
  (:func:`named_across`: a report placed where its source sits, over the border): the town
  named is a mark, and two details' worth decides; anything less is "none".
* **vague**: both dated, compatible places, related types, and at least one of the two is
  vague (a region or country instead of a town, or a week, a month or a publication date
  instead of a day). It may attach the vague report to the only incident it fits, never
  decide between two. A report naming only the country needs some shared detail for that.
* **detail**: neither report is pinned to a town on a day its text gives (a region, a
  country, or an unresolved place), both texts give one day, the places are compatible
  (the same region, a region and the country) and they share a detail (a figure, a target
  word, a name; two reports naming only the country, one of ``CONTENT_MIN``): an incident
  no report places in a town ("the province", "the country") is still one incident. It
  may attach a report to the only event it shares such a detail with, as "vague" does,
  even when no report of that event is precise.
* **hint**: a report without any date (no date in the text, no publication date) and a
  shared detail too small to decide alone (a figure of 7 dead), or the weekday of the other
  report's day written in its incident sentence (or the day before a weekday it names: "the
  funeral on Sunday of men killed the previous evening") and one alleged perpetrator named by both
  (:func:`~rashomon.link.parties.weekday_and_party`), at one spot (the same town: at a town nearby, across a
  front line or a border fence, that party strikes on most days of the week), or the day and
  month of the other report's day written in its text (:func:`~rashomon.link.parties.written_day`:
  "on the afternoon of March 24" with no year), at one spot or with a thing both name (a
  company, a site: :mod:`~rashomon.link.marks`), or the weekday it names its act by and a
  toll one source revised (:func:`~rashomon.link.parties.weekday_and_revision`: "157 killed
  in Saturday's attack" after the government's 134), at any place that fits: it may attach the undated report
  to the only incident that shares a detail with it. Place alone never links an undated report.
* **apart**: evidence of two incidents, which the clustering never puts together: an
  airstrike and a ground raid at one spot on one day, when the content does not decide;
  two reports at one spot on one day naming two different targets by their names (the
  Zorob family's home, the Musa family's home: :func:`~rashomon.link.content.different_sites`)
  when no person is named in both. Figures and the kind of target ("monastery") never
  decide between two such reports (in a dense war "3 killed" recurs in a town's strikes of
  one day); a person both name still may.
  (Reports pinned to different towns on days their texts give link only directly, on two
  shared details: :mod:`~rashomon.link.cluster` never joins two towns through a third
  report.)
* **none**: nothing links them (they may still share an event through other reports).

``score`` orders the links (best first) and is reported by ``compare``:
type factor × (0.35·place + 0.25·date + 0.30·content + 0.10·actors overlap).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Literal

from rashomon.config import setting
from rashomon.link.content import EMPTY, STANCE_CAP, agreement, different_sites, one_site_kind, specific
from rashomon.link.edge_town import edge_town
from rashomon.link.follow_up import stated_after, toll_rose
from rashomon.link.info import Content, FrameInfo
from rashomon.link.marks import names_place_of, place_names
from rashomon.link.parties import (
    day_and_party,
    one_party,
    party_and_mark,
    weekday_and_party,
    weekday_and_revision,
    written_day,
)
from rashomon.link.scoring import (
    IN_COUNTRY,
    IN_REGION,
    NEARBY,
    ONE_SPOT,
    RELATED_TYPES,
    SAME_AREA,
    UNRELATED,
    compatible_at,
    date_gap,
    date_similarity_at,
    distance_km,
    jaccard,
    one_battle,
    place_relation,
    type_factor,
    weak_type,
)
from rashomon.link.villages import VILLAGE_WEIGHT, place_folds, shared_villages

logger = logging.getLogger(__name__)
PairKind = Literal["anchored", "colocated", "content", "vague", "hint", "detail", "apart", "none"]
W_PLACE: float = setting("link.decision", "w_place")  # the score weights: data/settings.toml [link.decision]
W_DATE: float = setting("link.decision", "w_date")
W_CONTENT: float = setting("link.decision", "w_content")
W_ACTORS: float = setting("link.decision", "w_actors")
# content that decides alone: one distinctive target word (0.5), a casualty figure of 10 or
# more (0.6), a named person (0.7), or two lesser details; swept 0.4-0.8 on both eval sets
# and the GTD/Airwars joint runs
CONTENT_MIN: float = setting("link.decision", "content_min")
# two details: against different towns on days both texts give, or a report naming only
# the country; and for types that are not related (an airstrike and a ground raid)
CONTENT_STRONG: float = setting("link.decision", "content_strong")  # a target word and a figure, 10+ and another
UNRELATED_TYPE_DISCOUNT: float = setting("link.decision", "unrelated_type_discount")  # unrelated types content links


def precise(info: FrameInfo) -> bool:
    """Pinned to a town or site, on a day written in the text."""
    return info.pinned and info.exact


# parties' positions alone stay below the content that decides (checked here: the pre-filter
# below relies on it)
_STANCES_BELOW_MIN = STANCE_CAP < CONTENT_MIN


def never_links(a: FrameInfo, b: FrameInfo) -> bool:
    """A cheap proof that :func:`pair_evidence` of two prepared frames (with their content)
    is None or "none" between two precise reports, which neither clustering nor a note reads
    (:func:`rashomon.link.link_infos` skips such a pair before scoring it).

    Both pinned and dated to a day by their texts, on different days (no "anchored" or
    "colocated"), two days apart or of related types (no "apart", which needs unrelated
    types at one spot a day apart at most, or related types on one day), and sharing no
    figure, no target word, and not both naming people: their content is at most parties'
    positions, below ``CONTENT_MIN``, so no "content" either. In a dense town most
    rank-window pairs are such: reports of strikes on the neighbouring days."""
    if not (_STANCES_BELOW_MIN and a.pinned and b.pinned and a.exact and b.exact):
        return False
    ca, cb = a.content, b.content
    if ca is None or cb is None:  # content not known yet: it may decide
        return False
    assert a.lo is not None and a.hi is not None and b.lo is not None and b.hi is not None
    gap = max(a.lo, b.lo) - min(a.hi, b.hi)
    if gap < 1 or (gap < 2 and type_factor(a.frame.type, b.frame.type) < RELATED_TYPES):
        return False
    if gap == 1 and stated_after(a, b, gap):  # a follow-up's risen toll may fit (toll_rose)
        return False
    if ca.figures and cb.figures and not ca.figures.isdisjoint(cb.figures):
        return False
    if ca.words and cb.words and not ca.words.isdisjoint(cb.words):
        return False
    return not (ca.names and cb.names)


def named_across(a: FrameInfo, b: FrameInfo, ca: Content, cb: Content, gap: int | None) -> bool:
    """Two reports pinned to towns of two countries on one day their texts give, one naming
    the other's town in its text (its marks), types that may be one incident, and one party
    blamed by one and named by the other: one report may be placed where its source sits
    ("an official said by telephone from X", a military officer in a town over the border),
    not where the incident was. What both name may then decide (:func:`pair_evidence` asks
    for two details' worth); the town named is one of them."""
    if gap != 0 or not (precise(a) and precise(b)) or a.country is None or b.country is None \
            or a.country == b.country or a.frame.article_id == b.frame.article_id \
            or type_factor(a.frame.type, b.frame.type) < RELATED_TYPES:
        return False
    if not (names_place_of(cb.marks, a.frame) or names_place_of(ca.marks, b.frame)):
        return False
    return one_party(a, b)


def dated_both(a: FrameInfo, b: FrameInfo) -> bool:
    """Both reports have a date (of their own or their publication's)."""
    return a.lo is not None and b.lo is not None


def town_named(a: FrameInfo, b: FrameInfo, ca: Content, cb: Content) -> str:
    """The town of one report (pinned to it) that the text of the other, placed only by a
    region or the country of that town, names ("fighters attacked Macomia on Friday" in a
    report the place reader put at the province): the coarse report says where, its place
    is only coarser. Empty otherwise (another country's town is a clash of countries, see
    :func:`country_clash`)."""
    for coarse, town, said in ((a, b, ca), (b, a, cb)):
        if coarse.broad and town.pinned and coarse.country is not None \
                and coarse.country == town.country and names_place_of(said.marks, town.frame):
            return min(place_names(town.frame))
    return ""


def across_countries(a: FrameInfo, b: FrameInfo) -> bool:
    """A report placed only by its region or country and a report of another country."""
    return a.country is not None and b.country is not None and a.country != b.country \
        and (a.broad or b.broad)


def country_clash(a: FrameInfo, b: FrameInfo, gap: int | None) -> bool:
    """One day (one report dated to it by its text, the other too or only by its
    publication), two countries, and one report placed only by a region or a country (low
    precision: a region's name two countries share, "Kurdistan" of Iraq and of Iran,
    resolves to the wrong one; a report filed abroad is placed at the foreign town it was
    filed from): what both name may overrule the countries. Never two reports pinned to towns
    (two towns of two countries are two places)."""
    return gap == 0 and (a.exact or b.exact) and (a.exact or a.inferred) and (b.exact or b.inferred) \
        and a.country is not None and b.country is not None \
        and a.country != b.country and (a.broad or b.broad) and not (a.pinned and b.pinned)


def one_village(a: FrameInfo, b: FrameInfo, ca: Content, cb: Content, relation: str,
                gap: int | None) -> tuple[str, ...]:
    """The village (:mod:`~rashomon.link.villages`) both reports name, or one names and the
    other is placed at, when both are dated to one day by their texts, in one country, in
    one region (one area, or a place within the region), and at least one is placed only
    by a region or a district: the gazetteer does not know the village, so the reports
    differ by how coarsely they are placed, not by where. Empty otherwise (two towns a
    village apart are told apart by their places)."""
    if gap != 0 or not (a.exact and b.exact) or relation not in (SAME_AREA, IN_REGION) \
            or a.country is None or a.country != b.country or a.country_level or b.country_level \
            or not (a.precision == "region" or b.precision == "region"):
        return ()
    if not (ca.villages or cb.villages):
        return ()
    return shared_villages(ca.villages, cb.villages, place_folds(a.frame), place_folds(b.frame))


def weak_clash(a: FrameInfo, b: FrameInfo, relation: str, gap: int | None, content: float) -> bool:
    """Two types that are not related, one of them read only outside its report's incident
    sentence and headline (:func:`~rashomon.link.scoring.weak_type`: "maintains a drone base
    in …" far below a massacre's lead), on one day both texts give, at places the hierarchy
    relates (not one spot: there a ground raid and an air strike of one day are two), sharing
    a detail: the weak reading does not keep them apart; what else they share decides, as for
    related types."""
    if gap != 0 or not (a.exact and b.exact) or content <= 0 or relation in ONE_SPOT \
            or relation == UNRELATED or not (weak_type(a.frame) or weak_type(b.frame)):
        return False
    logger.debug("weak type: %s (%s) and %s (%s), %s, %.2f shared", a.key, a.frame.type, b.key,
                 b.frame.type, relation, content)
    return True


@dataclass(frozen=True, slots=True)
class PairEvidence:
    kind: PairKind
    score: float
    place: str  # relation of the places (see scoring.place_relation)
    gap: int | None  # days between the dates (None: one is undated)
    same_days: bool  # both dated to a day by their texts
    content: float
    contents: tuple[Content, Content, frozenset[str], frozenset[str]]  # and the places' words
    marks: bool = False  # what else both name was read (link.marks)
    named: tuple[str, ...] = ()  # a country clash: the town one names of the other's place
    villages: tuple[str, ...] = ()  # one region's coarse reports of one day: the village both name
    town: str = ""  # a region's or a country's report naming the other's town (town_named)
    day: str = ""  # an undated report writing the other's day and month (parties.written_day)

    @property
    def links(self) -> bool:
        """Links the two reports by itself."""
        return self.kind in ("anchored", "content")

    @property
    def date(self) -> str:
        """"same day", "2 days apart", "overlapping dates", "undated"."""
        gap = self.gap
        if gap is None:
            return "undated"
        if self.same_days:
            return "same day" if gap == 0 else f"{gap} day{'s' if gap > 1 else ''} apart"
        return "overlapping dates" if gap == 0 else f"dates {gap} days apart"

    @property
    def shared(self) -> tuple[str, ...]:
        """What the two reports share ("22 killed", "consulate")."""
        a, b, place_a, place_b = self.contents
        return agreement(a, b, place_a | place_b, marks=self.marks, named=self.named)[1] + self.villages \
            + ((self.town,) if self.town and self.town not in self.named else ()) \
            + ((self.day,) if self.day else ())

    @property
    def reason(self) -> str:
        what = f"{self.place}, {self.date}"
        shared = self.shared
        if shared:
            what += "; both name " + ", ".join(shared[:4])
        return what


def pair_evidence(a: FrameInfo, b: FrameInfo, window_days: int,
                  radius_km: float) -> PairEvidence | None:
    """The evidence on ``a`` and ``b``; None when they can never be one event."""
    d, gap = distance_km(a, b), date_gap(a, b)
    ca = EMPTY if a.content is None else a.content
    cb = EMPTY if b.content is None else b.content
    across = False
    if not compatible_at(a, b, window_days, radius_km, d, gap):
        across = named_across(a, b, ca, cb, gap)
        if not across:
            return None
    relation, place = place_relation(a, b, radius_km, d)
    tf = type_factor(a.frame.type, b.frame.type)
    if tf < RELATED_TYPES and one_battle(a, b, relation, gap):
        tf = RELATED_TYPES  # shelling and clashes of one region on one day: one battle
    both = ca is not EMPTY and cb is not EMPTY and bool(ca) and bool(cb)
    words = a.tokens | b.tokens if both and ca.words and cb.words else frozenset()
    content = agreement(ca, cb, words)[0] if both else 0.0
    if tf < RELATED_TYPES and weak_clash(a, b, relation, gap, content):
        tf = RELATED_TYPES
    # two named targets: figures and the kind of target ("monastery") shared do not decide
    # (the score keeps them); a person both name does
    two_sites = both and different_sites(ca, cb, words)
    deciding = agreement(replace(ca, figures=frozenset(), words=frozenset()),
                         replace(cb, figures=frozenset(), words=frozenset()))[0] if two_sites else content
    dated = gap is not None  # both have a date (or a publication date)
    one_spot = relation in ONE_SPOT and a.exact and b.exact
    villages = one_village(a, b, ca, cb, relation, gap) if both else ()
    # the named place of the incident both write ("the X Express", "the Y hotel";
    # link.marks.incident_names), both dated within the window: two details' worth, as a
    # village both name (an undated report still only hints by it: the place may recur)
    if both and dated_both(a, b) and any(" " in w for w in ca.sites & cb.sites):
        content = max(content, CONTENT_STRONG)
        deciding = max(deciding, CONTENT_STRONG)
    if villages:  # the village both name decides as a distinctive target word does
        content = min(1.0, content + VILLAGE_WEIGHT)
        deciding = min(1.0, deciding + VILLAGE_WEIGHT)
    both_precise = precise(a) and precise(b)
    # what else both name (link.marks) counts where little else can: a report with no date
    # at a place that fits, and one day's reports whose countries clash through a
    # region-level place (a region name two countries share, "Kurdistan")
    # (two details' worth, as for any report with no date or places in two countries)
    clash = country_clash(a, b, gap)
    town = town_named(a, b, ca, cb)
    with_marks = both and not two_sites and ((not dated and place > 0) or clash or across)
    # a clash of countries: one report naming the other's town in its text is one mark
    # (one of the two places is wrong; the text says which)
    named = tuple(sorted(p for x, cy in ((a, cb), (b, ca)) for p in place_names(x.frame)
                         if names_place_of(cy.marks, x.frame))[:1]) if with_marks and (clash or across) else ()
    marked = agreement(ca, cb, a.tokens | b.tokens, marks=True, named=named)[0] if with_marks else 0.0
    # two details: a report naming only the country (two such reports too); a report with
    # no date at all (nothing places it among a town's incidents over the years); different
    # towns, or different days at one spot, both written in the texts (a second strike there
    # as likely as a misdate)
    # (not one spot a day apart when the later day is only a statement's: stated_after)
    # (not a city and a town on its edge that one incident sentence names: link.edge_town)
    edge = edge_town(a, b, d, gap) if both and relation == NEARBY else ""
    needed = CONTENT_STRONG if relation in (IN_COUNTRY, UNRELATED) or not dated \
        or a.country_level or b.country_level or (both_precise and (
            (relation == NEARBY and not edge) or (one_spot and (gap or 0) > 0 and not stated_after(a, b, gap)))) \
        else CONTENT_MIN
    kind: PairKind
    day = ""
    if tf < RELATED_TYPES:
        if deciding >= CONTENT_STRONG:
            kind = "content"
        else:  # an airstrike and a ground raid at one town on one day: two incidents
            kind = "apart" if one_spot and both_precise and (gap or 0) <= 1 else "none"
    elif one_spot and gap == 0 and two_sites and deciding < CONTENT_MIN:
        kind = "apart" if both_precise else "none"  # two homes struck in one town that day
    elif one_spot and gap == 0:
        kind = "anchored" if content > 0 else "colocated"
    elif deciding >= needed or marked >= CONTENT_STRONG:
        kind = "content"
        if edge and deciding < CONTENT_STRONG:
            logger.debug("edge town links %s and %s: %r named, %.2f shared", a.key, b.key, edge, deciding)
    elif one_spot and both_precise and not two_sites and toll_rose(a, b, gap):
        # the follow-up's toll risen above the act report's, a day or two after it: a fit
        kind = "colocated"
    elif (relation == NEARBY and both_precise) or two_sites:
        kind = "none"
    elif town and gap == 0 and a.exact and b.exact:
        # the coarse report names the town on the day both give: one spot (a shared detail
        # links; else only when each is the other's only such neighbour)
        kind = "anchored" if content > 0 else "colocated"
    elif town and not dated:  # an undated report naming the town: a hint (the only candidate)
        kind = "hint"
    elif relation == SAME_AREA and gap == 0 and a.exact and b.exact and a.precision == "region" \
            and b.precision == "region" and both and specific(ca, cb, words):
        kind = "colocated"  # one region, one day, a detail shared: the only such neighbours
    elif not dated:
        # the weekday and the party only at one spot: at another town nearby (across a
        # front line, a border fence) the same party strikes on most days of the week
        kind = "hint" if place > 0 and ((both and specific(ca, cb, words))
                                        or (relation in ONE_SPOT and weekday_and_party(a, b))
                                        or day_and_party(a, b)) \
            else "none"
        # the weekday it names its act by and a toll one source revised ("157 killed in
        # Saturday's attack", the government's 134 before): the revision's follow-up
        if kind == "none" and place > 0 and weekday_and_revision(a, b):
            kind = "hint"
            day = "a toll revised after that weekday's act"
            logger.debug("weekday and revision: %s and %s (%s)", a.key, b.key, relation)
        # the day and month its text writes, at one spot or with a thing both name (a
        # company, a site: link.marks): a date that says which incident
        day = written_day(a, b) if kind == "none" and place > 0 and (relation in ONE_SPOT or marked > 0) else ""
        if day:
            kind = "hint"
            logger.debug("written day: %s and %s (%s, %s)", a.key, b.key, relation, day)
    elif place > 0 and not both_precise and (relation != IN_COUNTRY or content > 0 or (
            gap == 0 and one_site_kind(a.frame, b.frame))):
        # neither pinned to a town on a day its text gives, one day written in both, a
        # detail shared: an incident known only by its region or country ("the province");
        # two reports naming only the country share more than a small figure ("2 killed"
        # recurs across a country's incidents of one day); a report naming only the country
        # and one of that day whose sentences name one kind of site ("outside a school"): vague
        # (or one party both blame and a mark both name: link.parties.party_and_mark)
        kind = "detail" if not precise(a) and not precise(b) and a.exact and b.exact \
            and gap == 0 and both and (specific(ca, cb, words) or party_and_mark(a, b)) \
            and (content >= CONTENT_MIN or not (a.country_level and b.country_level)) else "vague"
    else:
        kind = "none"
    if across and kind != "content":
        kind = "none"  # two towns of two countries: only what both name joins them
    if across_countries(a, b) and not (clash and kind == "content"):
        # a region and a place of another country (blocking meets them only across a
        # border, for country_clash): what both name links them, nothing less
        kind = "none"
    factor = tf if tf >= RELATED_TYPES else (UNRELATED_TYPE_DISCOUNT if kind == "content" else tf)
    base = (W_PLACE * place + W_DATE * date_similarity_at(a, b, window_days, gap)
            + W_CONTENT * content + W_ACTORS * jaccard(a.actors, b.actors))
    return PairEvidence(kind=kind, score=round(factor * base, 6), place=relation, gap=gap,
                        same_days=a.exact and b.exact, content=content,
                        contents=(ca, cb, a.tokens, b.tokens), marks=with_marks, named=named,
                        villages=villages, town=town or edge, day=day)
