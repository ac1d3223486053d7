"""The article-level place context: what an article says about where it is.

:class:`ArticleContext` is the part of :class:`~rashomon.gazetteer.place_text.PlaceText` that
reads a whole article into a :class:`~rashomon.gazetteer.place_context.PlaceContext`: the
countries it names (and their peoples), the first-level regions (named, or written between a
place and its country in an address), and the places it names without ambiguity (anchors).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from dataclasses import replace

from rashomon.gazetteer.address import read_before
from rashomon.gazetteer.fold import name_key, strip_marks, words
from rashomon.gazetteer.geonames import NAMED_POPULATION, GeoIndex
from rashomon.gazetteer.place_address import PlaceAddress
from rashomon.gazetteer.place_context import Anchor, Candidate, PlaceContext, add_country, demonyms
from rashomon.gazetteer.place_data import read_yaml, shared_region_countries
from rashomon.gazetteer.place_foreign import far_from_story, marked_stray
from rashomon.gazetteer.place_hits import PlaceHit, dateline_caps
from rashomon.gazetteer.place_marks import ARMED_GROUP_WEIGHT, armed_group_countries
from rashomon.gazetteer.place_owner import holder_after, owner_before, pin
from rashomon.gazetteer.place_site import sub_place_end
from rashomon.gazetteer.place_tied import tied_country
from rashomon.lexicon import alternation
from rashomon.lexicon import words as lexicon_words
from rashomon.types import Location

# a country named as the other side of a border is not where the story is: "Myawaddy, on the
# Thai border", "near the border with Uganda" (its people or name before/after these words)
_BORDER_WORDS = lexicon_words("places.yaml", "border_words")
logger = logging.getLogger(__name__)
_TOWN_NOUNS = lexicon_words("places.yaml", "place_nouns")  # "Sagaing town": the town, not the region
_TOWN_NOUN = alternation(sorted(_TOWN_NOUNS))


def _written_as_town(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as a town somewhere: "Basra city", "the town of
    Basra", or an address of the town and its region ("Basra, Basra governorate")."""
    n = re.escape(name)
    return re.search(rf"\b{n}\s+{_TOWN_NOUN}\b|\b{_TOWN_NOUN}\s+of\s+{n}\b|\b{n}\s*,\s*{n}\b",
                     text, re.IGNORECASE) is not None
_BORDER_WITH = re.compile(r"\b" + alternation(sorted(lexicon_words("places.yaml", "border_nouns")))
                          + r"\s+with\s+(?:the\s+)?$", re.IGNORECASE)


# a one-word name a place noun marks as a town: "the town of Koya", "Koya town" (.place_marks)
_MARKED_NAME = re.compile(r"\b(?:village|town|hamlet|township|settlement)[ \t]+of[ \t]+(?P<name>[A-Z][a-z]+)\b"
                          r"|\b(?P<after>[A-Z][a-z]+)[ \t]+(?:village|town|hamlet|township)\b")


_OF_COUNTRY = re.compile(r"[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?(?=[A-Z])")  # "Kurdistan region of Iraq"


@functools.cache
def _demonym_words() -> dict[str, tuple[str, ...]]:
    """:func:`demonyms` keyed by their words as the context reads them (a hyphen splits
    words: "guinea bissauan"), with the people words two countries share for places
    (``shared_demonyms`` of ``data/places.yaml``: "Dominican")."""
    shared = {" ".join(str(k).lower().split()): tuple(v)
              for k, v in (read_yaml(None).get("shared_demonyms") or {}).items()}
    return {" ".join(k.replace("-", " ").split()): shared.get(k, v) for k, v in demonyms().items()}


class ArticleContext(PlaceAddress):
    """Reading an article's place context; mixed into :class:`~.place_text.PlaceText`, which
    provides the lookups."""

    _region_words: frozenset[str]
    _geo: GeoIndex
    _anchor_weight: float  # gazetteer.place_text's anchor_weight (data/settings.toml), read there

    def candidates(self, name: str, *, skeleton: bool = True) -> list[Candidate]:
        raise NotImplementedError

    def find(self, text: str, context: PlaceContext | None = None) -> list[PlaceHit]:
        raise NotImplementedError

    def as_written(self, text: str, start: int, end: int) -> str:
        raise NotImplementedError

    def _hit(self, span: str, ctx: PlaceContext, where: tuple[str, int, int] | None = None
             ) -> tuple[Candidate, bool] | None:
        raise NotImplementedError

    def _choose(self, name: str, ctx: PlaceContext, *, fuzzy: bool = False,
                regions_first: bool = False, marked: bool = False) -> tuple[Candidate, bool] | None:
        raise NotImplementedError

    def _region_before_word(self, text: str, span: str, end: int, ctx: PlaceContext
                            ) -> tuple[Candidate, bool] | None:
        raise NotImplementedError

    def _owner_reading(self, text: str, span: str, end: int, ctx: PlaceContext) -> tuple[Candidate, bool] | None:
        raise NotImplementedError

    def _admin1_of(self, loc: Location) -> str | None:
        raise NotImplementedError

    def named_in(self, code: str, text: str) -> bool:
        raise NotImplementedError

    def _address_regions(self, text: str, countries: list[tuple[int, int, Candidate]]) -> set[str]:
        """First-level regions named between a place and its country in an address ("Cartago,
        Narino, Colombia", "Stavky, Donetsk, Ukraine", "Guamal, Meta, Colombia",
        :func:`~.address.read_before`): there a name that is also a town (or a word) is the
        region, which holds the place before it."""
        out: set[str] = set()
        for start, end, country in countries:
            address = read_before(text, start, end)
            if address is None:
                continue
            code = country.location.country
            # one region, maybe under two names of one key (an alias and the region's own)
            regions = {c.admin1 for c in self.candidates(address.name(text, 1), skeleton=False)
                       if c.source == "region" and c.location.country == code and c.admin1}
            if len(regions) == 1:
                out |= regions
        return out

    def context(self, text: str, keep: Callable[[PlaceHit], bool] | None = None) -> PlaceContext:
        """What ``text`` (an article) says about where it is: the countries it names (and
        their peoples), the regions, and the places it names without ambiguity. ``keep``
        may reject mentions that are not places in their sentence (parts of names)."""
        countries: dict[str, float] = {}
        admin1s: set[str] = set()
        written = [w for _, _, w in words(text)]
        toks = [strip_marks(w).lower() for w in written]
        caps = [w[:1].isupper() for w in written]
        dem = _demonym_words()
        i = 0
        while i < len(toks):
            # "Papua New Guinean" before "Guinean", "South Sudanese" before "Sudanese",
            # "Guinea-Bissauan" as its words; capitalised words only ("the lebanese" is no name)
            codes, step = None, 1
            for n in (3, 2, 1):
                if i + n <= len(toks) and all(caps[i:i + n]) and (found := dem.get(" ".join(toks[i:i + n]))):
                    codes, step = found, n
                    break
            across = i + step < len(toks) and toks[i + step] in _BORDER_WORDS  # "the Thai border"
            for code in () if across else codes or ():
                add_country(countries, code, 1.0 / len(codes or ()))
            i += step
        for code in armed_group_countries(text):  # "RSF fighters": Sudan (place_marks)
            add_country(countries, code, ARMED_GROUP_WEIGHT)
        hits: list[tuple[int, int, str, Candidate]] = []
        empty = PlaceContext()
        as_region: set[str] = set()
        sites: set[str] = set()
        dateline: Anchor | None = None
        for hit in self.find(text, empty):
            here = hit.location
            if dateline is None and hit.source == "town" and here.lat is not None and here.lon is not None \
                    and dateline_caps(text, hit.start, hit.end):  # "MOGADISHU - ...", whatever keep says of it
                dateline = Anchor(name_key(here.name), here.lat, here.lon, here.country or "")
            if keep is None or keep(hit):
                span = self.as_written(text, hit.start, hit.end)  # "GOMA, Congo —": Goma
                # "Kaduna state"; "Niger State" (Nigeria's, not the country)
                unit = hit.source in ("region", "country") and self._first_level_after(text, hit.end)
                if unit and not _written_as_town(text, span):
                    as_region.add(name_key(span))
                if hit.source == "town" and sub_place_end(text, hit.start, hit.end) is not None:
                    sites.add(name_key(span))  # "Lido beach", "Bakara market" (place_site)
                # "Togo ... its northern Savanes region": Togo's, whatever the larger namesake (place_tied)
                tied = self._tied_context(text, hit.start, hit.end, span) or empty
                chosen = (self._region_before_word(text, span, hit.end, tied) if unit else None) \
                    or self._hit(span, tied) or self._region_before_word(text, span, hit.end, tied)
                if chosen is not None:
                    hits.append((hit.start, hit.end, span, chosen[0]))
        for start, end, span, cand in hits:
            tied = self._tied_context(text, start, end, span) or empty
            region_word = self._word_after(text, end) in self._region_words  # "Sagaing region)"
            if cand.source == "country" and _BORDER_WITH.search(text, max(0, start - 30), start):
                continue  # "on the border with Thailand": the place is across it
            if cand.source == "country":
                # a name two countries go by ("Congo") backs each by half: the article's
                # other places and parties tell which it is
                named = {c.location.country or "" for c in self.candidates(span, skeleton=False)
                         if c.source == "country" and c.form != "skeleton"} or {cand.location.country or ""}
                for code in named:
                    add_country(countries, code, 1.0 / len(named))
            elif cand.source == "supplement" and (spans := shared_region_countries().get(cand.location.name)):
                for code in spans:  # "Kashmir": India's and Pakistan's, each by a share
                    add_country(countries, code, 1.0 / len(spans))
            elif cand.source == "supplement":  # supplement names are curated
                add_country(countries, cand.location.country)
            if cand.location.precision == "region" and cand.source == "supplement":
                admin1s.add(self._admin1_of(cand.location) or "")
            elif cand.source == "region" or region_word:
                region = self._choose(span, tied, regions_first=True)
                if region is not None and region[0].source == "region" and (
                        cand.source != "town" or region[0].location.country == cand.location.country) and (
                        region_word or not any(c.source == "town" and c.form != "skeleton"
                                               for c in self.candidates(span))):
                    admin1s.add(region[0].admin1 or "")
                    add_country(countries, region[0].location.country)
        admin1s |= self._address_regions(text, [(start, end, cand) for start, end, _, cand in hits
                                                if cand.source == "country"])
        for start, end, _, _ in hits:  # "Nogales, Arizona": the US state backs the US
            holder = self._address_after(text, start, end)
            if holder is not None and holder.admin1:
                admin1s.add(holder.admin1)
                add_country(countries, holder.location.country)
        base = PlaceContext(dict(countries), frozenset(admin1s))
        strays = self._marked_strays(text, base)
        anchors: list[Anchor] = []
        for _, _, span, _ in hits:
            if name_key(span) in strays:
                continue  # "the town of Palma" in a story about Mozambique: no anchor in Spain
            chosen = self._hit(span, base)
            if chosen is None or chosen[0].source not in ("town", "supplement"):
                continue
            loc = chosen[0].location
            if loc.lat is None or loc.lon is None:
                continue
            # a town backs its country when the article backs it or when it is known on its
            # own; a village backing itself would make any same-named village "supported"
            backs = self._anchor_weight if loc.country and (chosen[1] or chosen[0].population >= NAMED_POPULATION) \
                else 0.0
            local = chosen[0].population < NAMED_POPULATION and chosen[0].location.precision in ("town", "exact")
            anchors.append(Anchor(name_key(span), loc.lat, loc.lon, loc.country or "", backs, local))
            if backs:
                add_country(countries, loc.country, backs)
        countries.pop("", None)
        pins = pin([*self._owned_names(text, hits), *self._marked_towns(text, base)])
        # one anchor per place and name: repeats change no nearness and cost one distance each;
        # their backing adds up, so that a mention's own evidence is left out whole
        # (PlaceContext.share: a town named twice does not back its own country by its second name)
        merged: dict[tuple[str, float, float, str, bool], Anchor] = {}
        for a in anchors:
            k = (a.key, a.lat, a.lon, a.country, a.local)
            prev = merged.get(k)
            merged[k] = a if prev is None else replace(prev, backs=prev.backs + a.backs)
        return PlaceContext(countries, frozenset(admin1s - {""}), tuple(merged.values()),
                            frozenset(as_region), pins, frozenset(sites), dateline, strays)

    def _marked_strays(self, text: str, ctx: PlaceContext) -> frozenset[str]:
        """Light keys of the one-word names the text marks as a town by a place noun ("the
        northern town of Palma", "Kani township") whose best place, read in the article's
        countries and regions, is a namesake far abroad the article does not back
        (:func:`~.place_foreign.marked_stray`), or one a continent from the country the article
        backs most (:func:`~.place_foreign.far_from_story`): a local town the gazetteer lacks. Read once per
        article, so that every sentence and the headline share it."""
        out: set[str] = set()
        for m in _MARKED_NAME.finditer(text):
            group = "name" if m.group("name") else "after"
            start, end = m.span(group)
            key = name_key(m.group(group))
            if key in out:
                continue
            chosen = self._hit(m.group(group), ctx, (text, start, end))
            if chosen is not None and (
                    marked_stray(chosen[0], chosen[1], ctx, key, self._geo.km_to_country, (text, start, end))
                    or far_from_story(chosen[0], chosen[1], ctx, key, self._geo.km_to_country)):
                logger.debug("a local town the gazetteer lacks: %r (not %s, %s)", m.group(group),
                             chosen[0].location.name, chosen[0].location.country)
                out.add(key)
        return frozenset(out)

    def _tied_context(self, text: str, start: int, end: int, span: str) -> PlaceContext | None:
        """The context of the one country a region name's own sentence ties it to, when the
        name is a region of several countries (:mod:`.place_tied`); None otherwise."""
        code = tied_country(text, start, end, self.candidates(span, skeleton=False), self.named_in)
        return PlaceContext.of_country(code) if code is not None else None

    def _owned_names(self, text: str, hits: list[tuple[int, int, str, Candidate]]
                     ) -> list[tuple[str, Candidate]]:
        """The names the article writes with their country, before them as an owner ("Iraq's
        Kurdistan region") or after them as a holder ("the Somali region in Ethiopia", "the
        Kurdistan region of Iraq"), with that country's place of the name, under the name as
        written and without its holder and unit noun ("Kurdistan")."""
        out: list[tuple[str, Candidate]] = []
        for start, end, span, _ in hits:
            head = _OF_COUNTRY.split(span, maxsplit=1)[0]  # "Kurdistan region" of "... of Iraq"
            code = owner_before(text, start, self._country_code) or (
                holder_after(text, end, self._country_code, self._region_words) if head == span else
                self._country_code(span[len(head):].split(maxsplit=1)[1]))
            if code is None:
                continue
            chosen = self._owner_reading(text, head, start + len(head), PlaceContext.of_country(code))
            if chosen is None or chosen[0].location.country != code or chosen[0].source == "country" or \
                    chosen[0].form == "skeleton":
                continue
            words_ = head.split()
            core = " ".join(words_[:-1]) if len(words_) > 1 and words_[-1].lower() in self._region_words else ""
            out += [(name, chosen[0]) for name in dict.fromkeys((span, head, core)) if name]
        return out

    def _marked_towns(self, text: str, ctx: PlaceContext) -> list[tuple[str, Candidate]]:
        """Towns the text marks by a place noun and names by a short name that only shares a
        transliteration skeleton with the town ("the town of Koya": Koysinjaq,
        :func:`~.place_marks.marked_short`), read in the article's context."""
        out: list[tuple[str, Candidate]] = []
        for m in _MARKED_NAME.finditer(text):
            group = "name" if m.group("name") else "after"
            start, end = m.span(group)
            chosen = self._hit(m.group(group), ctx, (text, start, end))
            if chosen is not None and chosen[1] and chosen[0].form == "skeleton" and chosen[0].source == "town":
                out.append((m.group(group), chosen[0]))
        return out
