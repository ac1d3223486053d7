"""Place mentions in running text and the article-level place context.

:class:`PlaceText` is the part of :class:`~rashomon.gazetteer.places.PlaceGazetteer` that reads
text: :meth:`~PlaceText.find` lists place mentions, :meth:`~PlaceText.context` (of
:mod:`.place_article`) gathers what an article says about where it is
(:class:`~rashomon.gazetteer.place_context.PlaceContext`).

In running text a name is a place only if it is safe to take it for one: supplement sites,
countries and regions by their names; a town when the article backs it, or when it stands on
its own (:func:`~.place_hits.stands_alone`): a big town by its main name. Words and names that are also
villages somewhere ("Police", "Reda", "August") need the article's backing, and the extract
stage checks them against the sentence (entity labels, part of speech).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from rashomon.config import setting
from rashomon.gazetteer.fold import ARTICLES, name_key, place_key, strip_marks, words
from rashomon.gazetteer.geonames import GeoIndex
from rashomon.gazetteer.place_article import ArticleContext
from rashomon.gazetteer.place_context import (
    STANDALONE_POPULATION,
    Candidate,
    PlaceContext,
    best,
    demonyms,
)
from rashomon.gazetteer.place_data import backed_incidents, far_from_named, outside_named_regions
from rashomon.gazetteer.place_foreign import far_side_codes, marked_stray, stray
from rashomon.gazetteer.place_hits import (
    PlaceHit,
    confine_to_holders,
    dateline_caps,
    holders_as_regions,
    qualified_country,
    stands_alone,
    towns_before_regions,
)
from rashomon.gazetteer.place_marks import NO_MARK, keep_usable, mark_at, marked_short, not_the_country
from rashomon.gazetteer.place_owner import owned, owner_before, pinned
from rashomon.gazetteer.region_names import DIRECTIONS_EN
from rashomon.gazetteer.second_level import SecondLevel
from rashomon.gazetteer.spans import keep_disjoint
from rashomon.lexicon import alternation
from rashomon.lexicon import words as lexicon_words
from rashomon.lexicon.phrases import ONE_SPACE
from rashomon.types import Location

FUZZY_MIN_KEY: int = setting("gazetteer.place_text", "fuzzy_min_key")  # data/settings.toml
ANCHOR_WEIGHT: float = setting("gazetteer.place_text", "anchor_weight")  # data/settings.toml


# after a name: a place noun or an address comma ("Shirqat city", "Shirqat, Saladin"); not a
# part of a town ("the Karama neighbourhood"): a town spelled like it is another place
_ADDRESS_SLOT = re.compile(r"\s+" + alternation(sorted(lexicon_words("places.yaml", "address_slot_nouns")))
                           + r"\b|,\s+[A-Z]")
# after a name: a noun that makes it a part of a town ("the Karama neighbourhood", "the Tahrir
# quarter", "Zamzam camp"): such a part lies in a town of the story, not in another country
_SUB_PLACE_SLOT = re.compile(r"[ \t]+" + alternation(sorted(lexicon_words("places.yaml", "sub_place_nouns")))
                             + r"s?\b", re.IGNORECASE)
_GAP_OK = re.compile(r"[ \-–'’]*")  # what may separate the words of one place mention
_NAME_WORD = re.compile(r"(?:[A-Z0-9]|" + alternation(sorted(lexicon_words("places.yaml", "name_words")),
                                                     whitespace=ONE_SPACE) + r"\b)")
_AYN = "'’‘`ʿʼ"  # an ayn or hamza written as an apostrophe may open a word ("al-'Ayn")
# a name goes on after a word: a capitalised word, or an Arabic article glued to one
# ("Saba al-Bor", "Jurf al-Sakhar")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:[A-Z][a-z]|" + alternation(sorted(lexicon_words("places.yaml", "glued_articles")))
                           + r"[-‐]['’‘`ʿʼ]?[A-Z])")
_FUNCTION_WORDS = lexicon_words("places.yaml", "function_words")


# English words that are also Arabic articles: "As Sawda" is a name, "As Syria's war ..." is not
_ENGLISH_ARTICLES = lexicon_words("places.yaml", "english_articles")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(])\s*$")


def _assimilated(text: str, start: int, article: str, name: str) -> bool:
    """Whether a capitalised article written apart from the name is part of it: an Arabic
    article assimilated to the name's first letter ("Ad Dawalib", "As Sawda", "Ash Sharqat",
    "Ar Rutbah", "An Nasiriyah", "Ed Damer"); one that is an English word ("As", "At", "An")
    not at the start of a sentence, where the word is capitalised anyway."""
    lower = article.lower()
    if not article[:1].isupper() or not name[:1].isupper() or lower in ("the", "l") or len(lower) < 2:
        return False
    if not name.lower().startswith(lower[1:]):
        return False
    return lower not in _ENGLISH_ARTICLES or not _SENTENCE_START.search(text, max(0, start - 4), start)


_FRENCH_DIRECTIONS = {en.lower(): fr for fr, en in DIRECTIONS_EN.items()}


class _Prepared(NamedTuple):
    """The context-free part of :meth:`PlaceText._hit` for one span."""

    light: str  # name_key of the span
    short_code: bool  # an upper-case code of up to 4 letters ("UN", "ISIS"): only a country
    cands: tuple[Candidate, ...]  # the candidates it may name
    demonym: bool  # a people's name: its country only, by its main name
    unique: bool  # one place only among the candidates spelled as written
    org_town: bool = False  # an organisation named like a town ("Fano"): the town only where backed
    organisation: bool = False  # an organisation's name ("Mai-Mai"): no place, nor any word of it
    # towns of the index sharing only a skeleton shorter than FUZZY_MIN_KEY ("Koya": Koye, Kuyah):
    # a place only where the text marks the name as a town and the article backs the town
    short: tuple[Candidate, ...] = ()


# performance only: spans whose context-free part is remembered (then forgotten: bounded memory)
PREPARED_KEPT = 100_000
_WORD_SPLIT = re.compile(r"[\s\-]+")


def _capitalised_words(span: str) -> bool:
    """Whether a span is written as a name of the index may be: capitalised word by word
    after the first (an ayn or hamza written as an apostrophe may open a word: "Darat
    'Izzah", "Ras al-'Ayn"; a particle inside: "Bab el Mandeb", never last: "Homs as"; a
    lower-case "city" may end it: "Gaza city", "Sadr city")."""
    tail = [w.lstrip(_AYN) for w in re.split(r"[\s]+", span)[1:]]
    if tail and tail[-1] == "city":
        tail = tail[:-1]
    last = tail[-1].split("-")[-1].lstrip(_AYN)[:1] if tail else "A"
    return all(_NAME_WORD.match(w) for w in tail) and (last.isupper() or last.isdigit())


def _listed(c: Candidate) -> bool:
    """Whether a candidate may be named by a span not capitalised word by word: a place of
    the supplement, a country or an alias (no place of the index: those are towns and regions)."""
    return c.source in ("supplement", "country") or c.kind == "alias"


class PlaceText(ArticleContext):
    """Finding places in text; mixed into the gazetteer, which provides the lookups."""

    _anchor_weight = ANCHOR_WEIGHT  # for ArticleContext.context

    _geo: GeoIndex
    _second_level: SecondLevel
    _max_words: int
    _generic: frozenset[str]
    _case_sensitive: frozenset[str]
    _not_places: frozenset[str]
    _frame_words: frozenset[str]
    _region_words: frozenset[str]
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

    def _spans(self, text: str) -> list[tuple[int, int, str]]:
        """Candidate spans: runs of up to ``_max_words`` words starting with a capital
        (or "al-X"), longest first at each start."""
        toks = words(text)
        # bad_gap[i]: the first k >= i whose gap to the next word may not join one name (then
        # the spans from word i end at word k at the latest); one test per gap (issue 14)
        bad_gap = [len(toks)] * (len(toks) + 1)
        for k in range(len(toks) - 2, -1, -1):
            gap_ok = (toks[k + 1][0] - toks[k][1] == 1 and text[toks[k][1]] == " ") \
                or _GAP_OK.fullmatch(text, toks[k][1], toks[k + 1][0])  # most gaps: one space
            bad_gap[k] = bad_gap[k + 1] if gap_ok else k
        out: list[tuple[int, int, str]] = []
        articles, directions = ARTICLES, self._directions
        for i, (start, end0, first) in enumerate(toks):
            if not first[:1].isupper() and first.lower() not in articles and first.lower() not in directions:
                continue  # most words: no name starts here (the tests below would say so too)
            if i and toks[i - 1][2].lower() in ARTICLES and text[toks[i - 1][1]:start].rstrip(_AYN) in ("-", "‐"):
                continue  # "Jadida" of "al-Jadida": the span from the article holds it
            lead = first
            if first.lower() in ARTICLES and i + 1 < len(toks):
                # an article starts a name only as "al-X", "al X" or an assimilated "Ad Dawalib"
                # ("at Al-Ahli" starts later)
                if not (first.lower() in ("al", "el") or text[end0:end0 + 1] in "-‐"
                        or _assimilated(text, start, first, toks[i + 1][2])):
                    continue
                lead = toks[i + 1][2]
            # a lower-case direction word may start a name: "northern Gaza", "southern Lebanon"
            direction = first.lower() in self._directions and i + 1 < len(toks) and toks[i + 1][2][:1].isupper()
            if (not lead[:1].isupper() or first.lower() == "the") and not direction:
                continue
            for j in range(min(len(toks) - 1, i + self._max_words - 1, bad_gap[i]), i - 1, -1):
                end = toks[j][1]
                if text[end - 2:end] in ("'s", "’s") and end - 2 > start:
                    end -= 2  # "Kabul’s international airport": the place is Kabul
                out.append((start, end, text[start:end]))
        return out

    def _prepared(self, span: str) -> _Prepared | None:
        """What :meth:`_hit` knows of a span before it reads the article's context (None: no
        place, whatever the context). Remembered per span: an article's names are looked up
        again sentence by sentence, and corpora repeat them (issue 14: ~5% of the analysis)."""
        cache = self.__dict__.setdefault("_prepared_cache", {})
        if span in cache:
            return cache[span]  # type: ignore[no-any-return]
        if len(cache) >= PREPARED_KEPT:
            cache.clear()
        prep = cache[span] = self._prepare(span)
        return prep

    def _prepare(self, span: str, *, shortcut: bool = True) -> _Prepared | None:
        """:meth:`_prepared` uncached. ``shortcut`` (performance only, the same answer: tested)
        skips the index lookups of a span that only a place of the gazetteer's own lists may
        name (most spans of running text: "Obama said on")."""
        light = name_key(span)
        case_sensitive = span in self._case_sensitive
        if len(light) < 3 and not case_sensitive:
            return None
        if not case_sensitive and any(name_key(n) == light for n in self._case_sensitive):
            return None  # "hit", "acre": only as written
        letters = strip_marks(span).replace(".", "").replace(" ", "")
        short_code = letters.isupper() and len(letters) <= 4 and not case_sensitive
        if all(w.lower() in self._generic for w in _WORD_SPLIT.split(span)):
            return None  # "Central"
        if " ".join(strip_marks(span).lower().split()) in demonyms():
            countries = tuple(c for c in self.candidates(span) if c.source == "country")  # "Myanmar", not "Syrian"
            return _Prepared(light, short_code, countries, True, False)
        listed_only = not _capitalised_words(span)
        short: tuple[Candidate, ...] = ()
        if listed_only and shortcut and not any(map(_listed, self.listed_candidates(span))):
            cands: list[Candidate] = []  # what the index adds is dropped below: never listed
        else:
            every = self.candidates(span)
            long_key = len(place_key(span)) >= FUZZY_MIN_KEY
            cands = towns_before_regions([c for c in every if c.form != "skeleton" or c.source == "supplement"
                                          or long_key])
            short = () if long_key or listed_only else \
                tuple(c for c in every if c.form == "skeleton" and c.source == "town")
        if listed_only:
            # "We are" is not Weare: a name of the index is capitalised word by word (a
            # particle inside: "Bab el Mandeb", never last: "Homs as"); only
            # the supplement's names and aliases have lower-case words ("Albu Kamal border
            # crossing", "Diyala governorate")
            cands = [c for c in cands if _listed(c)]
        organisation = self.organisation(span)
        if organisation:  # "Hamas" (an alternate name of Hamm): no place
            cands = [c for c in cands if c.form == "main" or c.source in ("country", "supplement")]
        spelled = {c.location for c in cands if c.form in ("main", "alternate")}
        org_town = self.organisation_town(span)
        return _Prepared(light, short_code, tuple(cands), False, len(spelled) == 1, org_town,
                         organisation and not org_town and not cands, () if organisation or short_code else short)

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
        chosen = best(cands, ctx, light)
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
            prev = (found[-1].start, found[-1].end) if found else None
            chosen = self._in_address(text, start, span, prev, here) or self._hit(span, here, (text, start, end))
            if chosen is None:  # with or without a unit noun after it ("Kaduna state")
                chosen = self._region_before_word(text, span, end, here)
            elif self._first_level_after(text, end) and chosen[0].source in ("town", "region", "country"):
                # "Kaduna state", "Sagaing region": the first-level unit, not its capital;
                # "Niger State": Nigeria's, not the country
                chosen = self._region_before_word(text, span, end, here) or chosen
            elif chosen[0].source == "town" and not chosen[1]:
                chosen = self._region_before_word(text, span, end, here) or chosen
            elif chosen[0].source == "town" and name_key(span) in here.as_regions:
                # the article writes the name as its region ("Sagaing region") and never as the
                # town: the bare name ("a school in Sagaing") is the region too
                region = self._choose(span, here, regions_first=True)
                if region is not None and region[0].source == "region" and \
                        region[0].location.country == chosen[0].location.country:
                    chosen = region
            if chosen is None or (chosen[0].source == "town" and not chosen[1]):
                chosen = self._across_border(text, start, end, chosen, here) or chosen  # "Moyale" (place_address)
            if owner is not None:  # "Ethiopia's Somali region": not Somalia (place_owner)
                chosen = owned(chosen, owner, functools.partial(self._owner_reading, text, span, end))
            elif ctx.pinned:  # "Kurdistan" where the article wrote "Iraq's Kurdistan region"
                chosen = pinned(ctx, span, chosen)
            if chosen is None or self.named_after(text, end):
                continue  # no place; "the Safi family", "Salah al-Din Street": a name, not the place
            cand = chosen[0]
            if cand.source == "country" and not_the_country(text, start, end):
                continue  # "the Niger River", "Lake Chad", "near the Myanmar border" (place_marks)
            if marked_stray(cand, chosen[1], here, name_key(span), self._geo.km_to_country, (text, start, end)):
                continue  # "Kani township" in a story about Myanmar: no Japanese city (place_foreign)
            if cand.source == "town" and not chosen[1] and _SUB_PLACE_SLOT.match(text, end) and \
                    any(ctx.share(c) >= 1.0 for c in ctx.countries):
                continue  # "the Karama neighbourhood" in a story about Gaza: no quarter of Dubai
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
