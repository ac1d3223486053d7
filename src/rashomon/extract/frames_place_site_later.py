"""A lead's unnamed site, named with its town further on.

"Turkish artillery shelled a resort in northern Iraq … nine people had been killed at the Barakh
resort near the town of Zakho", "Junta jets bombed a monastery in Myanmar's Sagaing region … the
monastery near the town of Kanbalu had sheltered families", "Drones struck a market in Sudan's
North Kordofan state … shopping at the weekly market in El Obeid": the lead places the incident
at "a <site> in <region>" and a later sentence names that site again, with the definite article,
and the town it is in or near. That town, inside the lead's region (its country, within the
region radius), is the incident's place (marked ``later``: :func:`~.frames_places.choose_place`
ranks it before the region), whatever other sentences of reactions name: the city the bodies
were flown to or protesters gathered in is not where the site is.

Only the same site noun, said with "the" (another "a camp near Bunia" is another camp), and a
town named right after it ("the resort near the town of Zakho", "the market in El Obeid") or as
its owner ("the El Obeid market"), not where a source spoke, where people fled or were taken
("the wounded were taken to the hospital in Bunia"), nor another story's place. A village no
gazetteer has is :mod:`.frames_place_village`'s.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from rashomon.config import setting
from rashomon.extract.doctext import text_of
from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.extract.frames_text import Sent
from rashomon.lexicon import alternation, words
from rashomon.types import Location

logger = logging.getLogger(__name__)

SITE_SENTENCES: int = setting("extract.frames_place_site_later", "site_sentences")  # data/settings.toml
SITE_GAP_CHARS: int = setting("extract.frames_place_site_later", "site_gap_chars")  # data/settings.toml
WEAK_FACTOR: float = setting("extract.frames_places", "weak_factor")  # one setting with frames_places'

_SITES = words("place_words.yaml", "lead_site_nouns")
_SITE = alternation(sorted(_SITES))
# right before the lead's region: "a resort in ", "a monastery in Myanmar's ", "a camp in eastern
# Congo's ", "a market in the " (an article, at most one lower-case word, the site noun, "in")
_A_SITE_IN = re.compile(r"\ban?\s+(?:[a-z]+\s+)?(?P<noun>" + _SITE + r")s?\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?"
                        r"(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z]+\s+)?$")
# between the named site and its town: "resort near the town of ", "market in ", "camp outside "
_SITE_TOWN_GAP = re.compile(r"^\s+(?:in|near|outside|at|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?"
                            r"(?:(?:town|city|village)\s+of\s+)?$", re.IGNORECASE)


def _the_site(noun: str) -> re.Pattern[str]:
    """"the <site>", up to three words between ("the Barakh resort", "the weekly market")."""
    return re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,3}?" + re.escape(noun) + r"\b", re.IGNORECASE)


def _names_site(text: str, m: PlaceMention, sites: list[tuple[int, int]]) -> bool:
    """Whether the mention is the town of one of the ``sites`` (spans of "the <site>"): right
    after it ("the resort near the town of X") or inside it ("the El Obeid market")."""
    if m.evidence is None:
        return False
    start = m.evidence.start
    for s, e in sites:
        if s <= start < e:
            return True  # "the El Obeid market"
        if e <= start <= e + SITE_GAP_CHARS and _SITE_TOWN_GAP.match(text[e:start]):
            return True
    return False


def site_named_later(doc: Doc, sents: list[Sent], mentions: list[PlaceMention],
                     read: Callable[[Sent], list[PlaceMention]],
                     in_area: Callable[[Location, Location], bool]) -> list[PlaceMention]:
    """The town of the lead's "a <site> in <region>", named with the site by one of the
    SITE_SENTENCES sentences after the lead (``read``: a sentence's place mentions), marked
    ``later``; [] when the lead says no such thing or no sentence names it."""
    text = text_of(doc)
    regions = [(m, found) for m in mentions if m.location.precision == "region" and m.evidence is not None
               and not m.aside and not m.in_title
               and (found := _A_SITE_IN.search(text, max(0, m.evidence.start - 80), m.evidence.start))]
    if not regions:
        return []
    region, found = regions[0]
    at = found.start()
    lead = next((n for n, s in enumerate(sents) if s.start <= at < s.end), None)
    if lead is None:
        return []
    the_site = _the_site(found.group("noun").lower())
    for s in sents[lead + 1:lead + 1 + SITE_SENTENCES]:
        if s.caption:
            continue
        sites = [(s.start + m.start(), s.start + m.end()) for m in the_site.finditer(s.text)]
        if not sites:
            continue  # the cheap test first: most sentences do not name the site again
        towns = [m for m in read(s) if m.location.precision in ("exact", "town") and not m.unknown
                 and not (m.aside or m.speaker or m.fled_to or m.route) and m.factor > WEAK_FACTOR
                 and in_area(region.location, m.location) and _names_site(text, m, sites)]
        if towns:
            logger.debug("the lead's %r in %s named later at %s: %r", found.group("noun"), region.text,
                         towns[0].text, s.text[:120])
            return [replace(towns[0], later=True, weight=max(towns[0].weight, region.weight))]
    return []
