"""Place mentions in running text and the article-level place context.

:class:`PlaceText` is the part of :class:`~rashomon.gazetteer.places.PlaceGazetteer` that reads
text: :meth:`~PlaceText.find` lists place mentions, :meth:`~PlaceText.context` (of
:mod:`.place_article`) gathers what an article says about where it is
(:class:`~rashomon.gazetteer.place_context.PlaceContext`).

In running text a name is a place only if it is safe to take it for one: supplement sites,
countries and regions by their names; a town when the article backs it, or when it stands on
its own (:func:`~.place_hits.stands_alone`): a big town by its main name. Words and names that are also
villages somewhere ("Police", "Reda", "August") need the article's backing, and the extract
stage checks them against the sentence (entity labels, part of speech). The candidate spans
and their context-free look-up are :mod:`.place_spans`'s.
"""

from __future__ import annotations

import functools
import re

from rashomon.config import setting
from rashomon.gazetteer.fold import ARTICLES, name_key, place_key
from rashomon.gazetteer.geonames import GeoIndex
from rashomon.gazetteer.place_article import ArticleContext
from rashomon.gazetteer.place_context import (
    STANDALONE_POPULATION,
    Candidate,
    PlaceContext,
    best,
)
from rashomon.gazetteer.place_data import backed_incidents, far_from_named, outside_named_regions
from rashomon.gazetteer.place_foreign import far_side_codes, marked_stray, stray
from rashomon.gazetteer.place_hits import (
    PlaceHit,
    confine_to_holders,
    dateline_caps,
    holders_as_regions,
    listed_as_regions,
    qualified_country,
    stands_alone,
)
from rashomon.gazetteer.place_homonyms import homonym_country, macro_region, over_macro_region, over_neighbour_region
from rashomon.gazetteer.place_marks import NO_MARK, keep_usable, mark_at, marked_short, not_the_country
from rashomon.gazetteer.place_owner import owned, owner_before, pinned
from rashomon.gazetteer.place_site import site_of_story_town, sub_place_end, town_of_site
from rashomon.gazetteer.place_spans import PlaceSpans
from rashomon.gazetteer.place_tied import tied_country
from rashomon.gazetteer.region_names import DIRECTIONS_EN
from rashomon.gazetteer.second_level import SecondLevel
from rashomon.gazetteer.spans import keep_disjoint
from rashomon.lexicon import alternation
from rashomon.lexicon import words as lexicon_words
from rashomon.types import Location

FUZZY_MIN_KEY: int = setting("gazetteer.place_text", "fuzzy_min_key")  # data/settings.toml
ANCHOR_WEIGHT: float = setting("gazetteer.place_text", "anchor_weight")  # data/settings.toml
NEIGHBOUR_KM: float = setting("gazetteer.place_text", "neighbour_km")  # data/settings.toml


# after a name: a place noun or an address comma ("Shirqat city", "Shirqat, Saladin"); not a
# part of a town ("the Karama neighbourhood"): a town spelled like it is another place
_ADDRESS_SLOT = re.compile(r"\s+" + alternation(sorted(lexicon_words("places.yaml", "address_slot_nouns")))
                           + r"\b|,\s+[A-Z]")
# a name goes on after a word: a capitalised word, or an Arabic article glued to one
# ("Saba al-Bor", "Jurf al-Sakhar")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:[A-Z][a-z]|" + alternation(sorted(lexicon_words("places.yaml", "glued_articles")))
                           + r"[-‐]['’‘`ʿʼ]?[A-Z])")
_FUNCTION_WORDS = lexicon_words("places.yaml", "function_words")
_FRENCH_DIRECTIONS = {en.lower(): fr for fr, en in DIRECTIONS_EN.items()}


class PlaceText(PlaceSpans, ArticleContext):
    """Finding places in text; mixed into the gazetteer, which provides the lookups."""

    _anchor_weight = ANCHOR_WEIGHT  # for ArticleContext.context
    _fuzzy_min_key = FUZZY_MIN_KEY  # for PlaceSpans

    _geo: GeoIndex
    _second_level: SecondLevel
    _max_words: int
    _generic: frozenset[str]
    _case_sensitive: frozenset[str]
    _not_places: frozenset[str]
    _frame_words: frozenset[str]
    _region_words: frozenset[str]
    _unit_after_town: frozenset[str]
    _unit_first_level: frozenset[str]
    _named_after: re.Pattern[str] | None
    _directions: frozenset[str]
    _marked: frozenset[Location]  # villages taken only where the text marks them (.place_marks)

    def organisation(self, name: str) -> bool:
        raise NotImplementedError

    def organisation_town(self, name: str) -> bool:
        raise NotImplementedError

    def _twin(self, loc: Location, country: str) -> bool:
        raise NotImplementedError

    def _inside(self, coarse: Location, loc: Location) -> bool:
        raise NotImplementedError

    def country(self, code: str | None) -> Location | None:
        raise NotImplementedError

    def listed_candidates(self, name: str, *, skeleton: bool = True) -> list[Candidate]:
        raise NotImplementedError

    def named_in(self, code: str, text: str) -> bool:
        raise NotImplementedError

    def _hit(self, span: str, ctx: PlaceContext, where: tuple[str, int, int] | None = None
             ) -> tuple[Candidate, bool] | None:
        """The place a span of running text names, if it is safe to take it for one; ``where``
        (the text, the span's start and end) lets a village the text marks as a place in
        (:mod:`.place_marks`)."""
        prep = self._prepared(span)
        if prep is None or not prep.cands:
            # no candidate: none whatever the context (most spans of running text), but a
            # town by a short skeleton where the text marks it ("the town of Koya": Koysinjaq)
            return marked_short(prep.short, ctx, where) if prep is not None and prep.short else None
        light, short_code = prep.light, prep.short_code
        cands = list(prep.cands)
        if self._marked and any(c.location in self._marked for c in cands):
            cands = keep_usable(cands, self._marked, mark_at(*where) if where else NO_MARK, ctx)
        cands = outside_named_regions(backed_incidents(cands, ctx, light), ctx, light, self._geo.region_of)
        chosen = homonym_country(over_macro_region(best(cands, ctx, light), cands), cands, ctx)  # "Sahel", "Congo"
        chosen = over_neighbour_region(chosen, cands, ctx, self._geo.km_to_country, NEIGHBOUR_KM)  # "into Niger"
        if prep.demonym:
            return chosen if chosen is not None and chosen[0].form == "main" else None
        if chosen is None:
            return None
        cand, supported = chosen
        if short_code and cand.source != "country":
            return None
        if prep.org_town and not supported and cand.source in ("town", "region"):
            return None  # "Fano militia" in a story about Ethiopia: no Italian town
        if cand.source in ("supplement", "country"):
            if cand.form == "skeleton" and (cand.source != "supplement" or len(place_key(span)) < FUZZY_MIN_KEY):
                return None
            return chosen if (light not in self._not_places or supported) else None
        if light in self._not_places or cand.form == "skeleton":
            return chosen if supported else None
        if supported:
            return chosen
        if cand.source == "region":
            return chosen if cand.form != "loose" else None
        if not stands_alone(cand, unique=prep.unique) or stray(cand, ctx, light, self._geo.km_to_country):
            # "Boni" (an alternate name of Bonn) in a story about Mali: no place; "the town of
            # Koya" in a story about Iraq: Koysinjaq by a short skeleton, not a Japanese Koya
            return marked_short(prep.short, ctx, where)
        return chosen

    def as_written(self, text: str, start: int, end: int) -> str:
        """The name at ``start``-``end`` as it is looked up: a dateline's town written in
        capitals ("GOMA, Congo —", :func:`~.place_hits.dateline_caps`) in title case when a
        place has that name, not read as a code like "UN"; else as written."""
        span = text[start:end]
        if dateline_caps(text, start, end):
            titled = self._prepared(span.title())
            if titled is not None and titled.cands:
                return span.title()
        return span

    def named_after(self, text: str, end: int) -> bool:
        """Whether the name ending at ``end`` names something else after a place or person:
        a family ("the Safi family home"), a street ("Salah al-Din Street"), an outlet ("Safa
        News"). Such a thing lies anywhere; the place it is named after is no evidence."""
        pattern = getattr(self, "_named_after", None)
        return bool(pattern is not None and pattern.match(text, end))

    def standalone(self, hit: PlaceHit) -> bool:
        """Whether a town found in text is known on its own: its main name, a town of
        ``STANDALONE_POPULATION`` people (a weapon, a month or a surname may share the name
        of a village anywhere: "Tomahawk", "August")."""
        if hit.source != "town" or hit.form != "main":
            return hit.source != "town"
        cands = self.candidates(hit.location.name, skeleton=False)
        return any(c.location == hit.location and c.population >= STANDALONE_POPULATION for c in cands)

    def _inside_name(self, text: str, start: int, end: int) -> bool:
        """Whether a span is one word of a longer capitalised name: "Iron Dome", "Getachew
        Reda", "Ali Hassan", "Tell al-Hamra" (a capitalised function word before it does not
        count: "In")."""
        after = _NAME_GOES_ON.match(text, end)
        before = re.search(r"(?:^|[^\w.!?\n][ \t]*)([A-Z][a-z]*)[ \t]+$", text[max(0, start - 30):start])
        return bool(after) or bool(before and before.group(1).lower() not in self._frame_words | _FUNCTION_WORDS)

    def find(self, text: str, context: PlaceContext | None = None) -> list[PlaceHit]:
        """Place mentions as :class:`PlaceHit`, longest first among overlaps, by offset.

        Without ``context`` only places that stand on their own are found: supplement
        sites, countries, regions, towns of ``STANDALONE_POPULATION`` people."""
        ctx = context or PlaceContext()
        found: list[PlaceHit] = []
        taken_start = here_start = -1
        here = ctx
        spans = self._spans(text)  # read once: _near_spellings goes over them again
        strays: set[str] = set(ctx.strays)  # names read as a local town's, not a namesake abroad
        org_end = -1
        owner: str | None = None
        for start, end, span in spans:
            if start == taken_start or start < org_end:
                continue  # a longer span at this start was a place; a word of a group's name
            prep = self._prepared(span)
            if prep is not None and prep.short_code:
                span = self.as_written(text, start, end)  # "GOMA, Congo —": a town, no code
                prep = self._prepared(span)
            if prep is not None and prep.organisation:
                org_end = end  # "Mai-Mai", "Kachin Independence Army": no word of it is a place
                continue
            if start != here_start:  # "the Egyptian town of Rafah": once per start
                here, here_start = qualified_country(text, start) or ctx, start
                owner = owner_before(text, start, self._country_code)  # "Iraq's Kurdistan region"
            if prep is not None and here is ctx and \
                    (tied := tied_country(text, start, end, prep.cands, self.named_in)) is not None:
                here = PlaceContext.of_country(tied)  # "Togo ... its northern Savanes region" (place_tied)
            prev = (found[-1].start, found[-1].end) if found else None
            chosen = self._in_address(text, start, span, prev, here) or self._hit(span, here, (text, start, end))
            if chosen is None:  # with or without a unit noun after it ("Kaduna state")
                chosen = self._region_before_word(text, span, end, here)
            elif self._first_level_after(text, end) and (chosen[0].source in ("town", "region", "country")
                                                         or macro_region(chosen[0])):
                # "Kaduna state", "Sagaing region": the first-level unit, not its capital;
                # "Niger State": Nigeria's, not the country
                chosen = self._region_before_word(text, span, end, here) or chosen
            elif chosen[0].source == "town" and self._first_level_before(text, start) and \
                    (region := self._choose(span, here, regions_first=True)) is not None and \
                    region[0].source == "region" and region[0].location.country == chosen[0].location.country:
                chosen = region  # "the northwestern state of Kaduna": the state, not its capital
            elif chosen[0].source == "town" and not chosen[1]:
                chosen = self._region_before_word(text, span, end, here) or chosen
            elif chosen[0].source == "town" and name_key(span) in here.as_regions:
                # the article writes the name as its region ("Sagaing region") and never as the
                # town: the bare name ("a school in Sagaing") is the region too
                region = self._choose(span, here, regions_first=True)
                if region is not None and region[0].source == "region" and \
                        region[0].location.country == chosen[0].location.country:
                    chosen = region
            if chosen is not None and chosen[0].source == "town" and \
                    (unit_word := self._word_after(text, end)) in self._unit_after_town and \
                    (unit := self._second_level.at_town(span, chosen[0],
                                                        unit_word in self._unit_first_level)) is not None:
                chosen = unit, chosen[1]  # "Kasese district": the unit around the town (second_level)
            if chosen is None or (chosen[0].source == "town" and not chosen[1]):
                chosen = self._across_border(text, start, end, chosen, here) or chosen  # "Moyale" (place_address)
            if owner is not None:  # "Ethiopia's Somali region": not Somalia (place_owner)
                chosen = owned(chosen, owner, functools.partial(self._owner_reading, text, span, end))
            elif ctx.pinned and not (prep is not None and prep.demonym):
                # "Kurdistan" where the article wrote "Iraq's Kurdistan region" ("Somali elders"
                # stay a people after "Ethiopia's Somali region")
                chosen = pinned(ctx, span, chosen)
            if chosen is None or self.named_after(text, end):
                continue  # no place; "the Safi family", "Salah al-Din Street": a name, not the place
            if (town := town_of_site(text, start, chosen[0], self.candidates(span, skeleton=False))) is not None:
                chosen = town, True  # "the Islamic University in Gaza": Gaza City, not the Strip (place_site)
            cand = chosen[0]
            if cand.source == "country" and not_the_country(text, start, end):
                continue  # "the Niger River", "Lake Chad", "near the Myanmar border" (place_marks)
            if cand.source == "town" and not chosen[1] and name_key(span) in strays:
                continue  # "fled Kani" after "the village of Kani": the same local town, one sense per article
            if marked_stray(cand, chosen[1], here, name_key(span), self._geo.km_to_country, (text, start, end)):
                strays.add(name_key(span))
                continue  # "Kani township" in a story about Myanmar: no Japanese city (place_foreign)
            site_end = None if cand.source != "town" or chosen[1] else sub_place_end(text, start, end)
            if site_end is None and here.sites and cand.source == "town" and name_key(span) in here.sites:
                site_end = end  # "Lido" where the article wrote "Lido beach"
            if cand.source == "town" and not chosen[1] and site_end is not None and (
                    ((backed_full := [c for c in ctx.countries if ctx.share(c) >= 1.0])
                    and not any(self._twin(cand.location, c) for c in backed_full))
                    or stray(cand, here, name_key(span), self._geo.km_to_country, marked=True)):
                # "the Karama neighbourhood" in a story about Gaza: no quarter of Dubai; "Lido
                # beach" under a Somali dateline: no Venetian town, however it is named, but a
                # site of the story's town. A town next door stays ("Dajabon market" in a story
                # about Haiti is the Dominican border town's)
                site = site_of_story_town(text[start:site_end], text, here, site_end)
                if site is not None:
                    taken_start = start
                    found.append(PlaceHit(start, site_end, site, True, "supplement", "main"))
                continue
            taken_start = start
            if cand.source == "town" and " " not in span and self._inside_name(text, start, end) \
                    and not (chosen[1] and cand.population >= STANDALONE_POPULATION
                             and not far_from_named(cand, here, name_key(span), self._geo.region_of)):
                continue  # a word of a longer name ("Ali Hassan", "Iron Dome") is not a village
            found.append(PlaceHit(start, end, cand.location, chosen[1], cand.source, cand.form))
        found += self._near_spellings(text, ctx, found, spans)
        found.sort(key=lambda f: (f.start - f.end, f.start))
        kept = sorted(keep_disjoint(found, lambda f: (f.start, f.end)), key=lambda f: f.start)
        kept = confine_to_holders(text, kept, self._inside, self._twin, self._undecided_holder, self._side)
        kept = listed_as_regions(text, kept, lambda name: self._region_named(name, ctx))  # "Gezira and Sennar"
        return holders_as_regions(text, kept, lambda name: self._region_named(name, ctx))

    def _owner_reading(self, text: str, span: str, end: int, ctx: PlaceContext) -> tuple[Candidate, bool] | None:
        """The place a name stands for in the context of its owner country alone: the region
        before a unit noun ("Nigeria's Niger State"), else the name's best place there."""
        return self._region_before_word(text, span, end, ctx) or self._hit(span, ctx) or \
            self._choose(span, ctx)

    def _side(self, word: str) -> PlaceHit | None:
        """The country a people or country word names ("Ethiopian", "Egypt") as a holder
        (a mention of no span), if it names exactly one."""
        codes = far_side_codes(word, self._country_code)
        loc = self.country(next(iter(codes))) if len(codes) == 1 else None
        return PlaceHit(0, 0, loc, True, "country") if loc is not None else None

    def _undecided_holder(self, town: str, holder: str) -> bool:
        """Whether a holder written after a town may be read as another place than the one
        found: a name of two countries ("Congo"), or a region of another country that holds
        a town of the town's name ("Atlanta, Georgia": the US state)."""
        codes = {c.location.country for c in self.candidates(holder, skeleton=False) if c.source == "country"}
        return len(codes) > 1 or self._address_pair(town, holder) is not None

    def _region_named(self, name: str, ctx: PlaceContext) -> Candidate | None:
        """The first-level region a name stands for when read as a region ("Kirkuk")."""
        region = self._choose(name, ctx, regions_first=True)
        return region[0] if region is not None and region[0].source == "region" else None

    def _region_before_word(self, text: str, span: str, end: int, ctx: PlaceContext
                            ) -> tuple[Candidate, bool] | None:
        """The first-level region a name followed by a region word names ("Borno state",
        "Zamfara state", "Sagaing region"), when the name alone is no place or only an unbacked
        town: the region by its own name, backed by the article or in an article that backs
        no country (a Malian article's "Nara district" is not Japan's Nara)."""
        if self._word_after(text, end) not in self._region_words:  # "Tillaberi region's"
            return None
        direction = self.direction_region(span, ctx)
        if direction is not None:
            return direction
        region = self._choose(span, ctx, regions_first=True)
        if region is not None and region[0].source == "region" and region[0].form == "skeleton" and region[1]:
            return region  # "Taiz province" (Ta'izz), "Lower Shabelle region" in a story about its country
        if region is None or region[0].source != "region" or region[0].form not in ("main", "alternate"):
            # "Soum province": a second-level unit of a country the article backs (second_level)
            return self._second_level.candidate(span, ctx)
        if region[1] or not any(ctx.share(c) >= 1.0 for c in ctx.countries):
            return region
        return None

    def direction_region(self, name: str, ctx: PlaceContext) -> tuple[Candidate, bool] | None:
        """The first-level region a capitalised name made only of direction words stands for
        when a region word follows it ("the East region", "North-West region", "the Northern
        Province"): the one region of that name in a country the article backs fully (the East
        of Cameroon, the Northern Province of Zambia). Such a name is a region of many
        countries, so without the article's country it is none."""
        parts = [p for p in re.split(r"[\s\-]+", name) if p]
        if not parts or not parts[0][:1].isupper() or \
                not all(p.lower() in self._directions for p in parts):
            return None
        backed = {c for c in ctx.countries if ctx.share(c) >= 1.0}
        if not backed:
            return None
        # French region names say the direction in French: "the North region" of Burkina Faso
        # is its "Nord" (a bare direction is no English name of the index: geonames)
        french = " ".join(_FRENCH_DIRECTIONS.get(p.lower(), p) for p in parts)
        found = {c.location: c for n in dict.fromkeys((name, french))
                 for c in self.candidates(n, skeleton=False)
                 if c.source == "region" and c.location.country in backed and c.form in ("main", "alternate")}
        return (next(iter(found.values())), True) if len(found) == 1 else None

    def _near_spellings(self, text: str, ctx: PlaceContext, found: list[PlaceHit],
                        spans: list[tuple[int, int, str]] | None = None) -> list[PlaceHit]:
        """Unknown names in an address slot ("in Shirqat city, Saladin governorate", "in
        Shirqat, Iraq") matched to a town of the article's country by a near spelling
        (:meth:`near_spelling`); a name anywhere else is not tried."""
        out: list[PlaceHit] = []
        if not ctx.countries:
            return out
        for start, end, span in self._spans(text) if spans is None else spans:
            if not _ADDRESS_SLOT.match(text, end) or len(span.split()) > 2 or \
                    not all(w[:1].isupper() or w.lower() in ARTICLES for w in re.split(r"[\s\-]+", span)):
                continue  # tested first: a cheap test, and few spans pass it (issue 14: long articles)
            if any(f.start < end and start < f.end for f in [*found, *out]):
                continue
            cand = self.near_spelling(span, ctx)
            if cand is not None:
                out.append(PlaceHit(start, end, cand.location, True, cand.source, cand.form))
        return out

    def near_spelling(self, name: str, ctx: PlaceContext) -> Candidate | None:
        raise NotImplementedError
