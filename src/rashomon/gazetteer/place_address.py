"""What the words around a place name say about which place it is: an address ("Nogales,
Arizona": the region after a comma that holds the town before it; read by
:mod:`rashomon.gazetteer.address`) and a first-level unit noun after a name ("Kaduna state",
"Sagaing region"). Mixed into
:class:`~rashomon.gazetteer.place_text.PlaceText`, which provides the lookups."""

from __future__ import annotations

import re

from rashomon.gazetteer.address import address_region, comma_between, read_after
from rashomon.gazetteer.fold import name_key
from rashomon.gazetteer.geonames import GeoIndex
from rashomon.gazetteer.place_context import Candidate, PlaceContext
from rashomon.gazetteer.place_foreign import across_border, far_side_codes, said_on_border
from rashomon.lexicon import words as lexicon_words

# the word after a name, whole ("state-run" is no "state") but for a possessive or a bracket:
# "Tillaberi region's Ouallam", "Kani township (Sagaing region)"
# a lower-case word, then "of", right before a name: "the state of Kaduna" (the word is checked
# against first_level_words)
_UNIT_OF = re.compile(r"\b([a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)(?![\w\-‐])")
# After "<name> state", words that make it the country's state media, not a first-level unit:
# "Niger state television" is Niger's, "Niger State governor" Nigeria's Niger State
_STATE_MEDIA = lexicon_words("places.yaml", "state_media_words")


class PlaceAddress:
    """Addresses and unit nouns; mixed into the place gazetteer."""

    _first_level: frozenset[str]
    _geo: GeoIndex

    def candidates(self, name: str, *, skeleton: bool = True) -> list[Candidate]:
        raise NotImplementedError

    def _address_pair(self, first: str, second: str) -> Candidate | None:
        """The region ``second`` names that holds a town ``first`` names (:func:`address_region`)."""
        return address_region(self.candidates(first, skeleton=False), self.candidates(second, skeleton=False))

    def _address_after(self, text: str, start: int, end: int) -> Candidate | None:
        """The region named right after "<Town>, " (the town written at ``start``-``end``)
        that holds a town of that name ("Goma, North Kivu")."""
        address = read_after(text, start, end)
        if address is None:
            return None
        names = address.name(text, 1).split()
        for k in range(len(names), 0, -1):  # the longest name first: "Nogales, Santa Cruz"
            region = self._address_pair(address.name(text, 0), " ".join(names[:k]))
            if region is not None:
                return region
        return None

    def _in_address(self, text: str, start: int, span: str, prev: tuple[int, int] | None,
                    ctx: PlaceContext) -> tuple[Candidate, bool] | None:
        """The region a name stands for right after "<Town>, " when the region holds that town
        and the article's context has it ("Nogales, Arizona"; "Culiacan, Sinaloa": the state,
        not the town of Sinaloa)."""
        if prev is None or not comma_between(text, prev[1], start) or not ctx.admin1s:
            return None
        region = self._address_pair(text[prev[0]:prev[1]], span)
        return (region, True) if region is not None and region.admin1 in ctx.admin1s else None

    @staticmethod
    def _word_after(text: str, end: int) -> str:
        """The word right after a name, lower case ("" when none): "state" of "Borno state,",
        "Borno State's" and "(Borno state)"."""
        m = _NEXT_WORD.match(text, end)
        if m is None:
            return ""
        media = _NEXT_WORD.match(text, m.end())  # "Niger state television": the country's media
        return "" if media is not None and media.group(1).lower() in _STATE_MEDIA else m.group(1).lower()

    def _first_level_after(self, text: str, end: int) -> int:
        """The end of a first-level unit noun right after a name ("Kaduna state", "Sagaing
        Region": ``first_level_words``), else 0."""
        m = _NEXT_WORD.match(text, end)
        if m is None or m.group(1).lower() not in self._first_level:
            return 0
        media = _NEXT_WORD.match(text, m.end())
        return 0 if media is not None and media.group(1).lower() in _STATE_MEDIA else m.end()

    def _first_level_before(self, text: str, start: int) -> bool:
        """Whether a first-level unit noun, lower case, and "of" stand right before a name ("the
        northwestern state of Kaduna", "the province of Idlib"): the unit, not its capital
        ("the Islamic State of Iraq", capitalised, is a name)."""
        m = _UNIT_OF.search(text, max(0, start - 25), start)
        return m is not None and m.group(1) in self._first_level

    def _across_border(self, text: str, start: int, end: int, chosen: tuple[Candidate, bool] | None,
                       ctx: PlaceContext) -> tuple[Candidate, bool] | None:
        """A border town of one country the text places on the other side (``chosen``: the
        place found for ``text[start:end]``, unbacked; None: the name's main-name towns):
        :func:`~.place_foreign.across_border`."""
        if not said_on_border(text, start, end):
            return None
        span = text[start:end]
        cands = [chosen[0]] if chosen is not None else \
            [c for c in self.candidates(span, skeleton=False) if c.source == "town" and c.form == "main"]
        found = {t.location: t for c in cands
                 if (t := across_border(c, ctx, name_key(span), self._geo.km_to_country, (text, start, end),
                                        lambda w: far_side_codes(w, self._country_code))) is not None}
        return (next(iter(found.values())), True) if len(found) == 1 else None

    def _country_code(self, name: str) -> str | None:
        """The country a name is the name of, if any ("Kenya")."""
        codes = {c.location.country for c in self.candidates(name, skeleton=False) if c.source == "country"}
        return codes.pop() if len(codes) == 1 else None
