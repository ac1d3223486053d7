"""The incident's place when nothing finer than a country places it: a country, or a town no
gazetteer has in it (:func:`rashomon.extract.frames_places.choose_place`).

The country mentions vote by weight, a country told as where by description ("a cathedral in the
south of the Philippines") outvoting one only named, as a headline's actor is ("Indonesia checks
Manila claim ...": :func:`.frames_place_country.told_voters`), and never where people fled. A town
no gazetteer has ("the town of Pont-Sonde") is in the winning country, the one the incident's
word names first ("strikes on X", not "treated in Y"); "the Malian border town of X" is in Mali
whatever the headline's countries.
"""

from __future__ import annotations

from dataclasses import replace

from rashomon.extract.frames_place_country import told_voters
from rashomon.extract.frames_place_mention import PlaceMention
from rashomon.extract.frames_place_unknown import unknown_location


def coarse_place(countries: list[PlaceMention],
                 unknown: list[PlaceMention]) -> tuple[PlaceMention | None, list[PlaceMention]]:
    """The place and its backing from ``countries`` (country mentions) and ``unknown`` (towns no
    gazetteer has), when no finer known place is left to choose from."""
    totals: dict[str | None, float] = {}
    for m in told_voters(countries):  # "in the south of the Philippines" outvotes a headline's actor
        if not (m.fled_to and (m.across or any(u.fled_from for u in unknown))):  # nor where they fled
            totals[m.location.country] = totals.get(m.location.country, 0.0) + m.weight
    best_country = max(totals, key=lambda c: totals[c]) if totals else None
    area = [m for m in countries if m.location.country == best_country]
    if unknown:  # a town no gazetteer has ("the town of Pont-Sonde"), in the article's country
        by_name: dict[str, float] = {}
        for u in unknown:
            by_name[u.text] = by_name.get(u.text, 0.0) + u.weight
        # the town the incident's word names first ("strikes on X", not "treated in Y")
        hit = {u.text for u in unknown if u.struck and not u.aside}
        first = next(u for u in unknown if u.text == max(by_name, key=lambda t: (t in hit, by_name[t])))
        if first.qualified:  # "the Malian border town of X" is in Mali, whatever the headline's countries
            best_country = first.location.country
            area = [m for m in countries if m.location.country == best_country]
        town = replace(first, location=unknown_location(first.text, best_country or first.location.country))
        return town, [town, *area]
    return (area[0], area) if area else (None, [])
