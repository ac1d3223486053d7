"""Names of two places the article must tell apart by what it writes around them (issue 10):

* a region of several countries and a first-level unit of one country named like it ("across
  the Sahel" is the belt; "the Sahel region of Burkina Faso" the unit);
* a country and a first-level unit of its neighbour named like it ("into Niger" in a story about
  Nigeria is the country; "Niger State" the unit);
* two countries of one name ("Congo": the Democratic Republic and the Republic).

Each function takes the candidate the scores chose and the mention's other candidates, and
returns the one the article's wording points to.
"""

from __future__ import annotations

from collections.abc import Callable

from rashomon.gazetteer.place_context import Candidate, PlaceContext


def over_macro_region(chosen: tuple[Candidate, bool] | None, cands: list[Candidate]
                      ) -> tuple[Candidate, bool] | None:
    """A bare name of a region of several countries ("across the Sahel", a row of
    ``informal_regions.tsv`` without a country) instead of the first-level unit of one country
    named like it (Burkina Faso's Sahel region): the unit needs its unit noun or its owner
    ("the Sahel region", "Burkina Faso's Sahel"), which the callers read with ``regions_first``
    or :mod:`.place_owner`. Taken as backed: it backs no country, so it misleads none. Only a
    unit of the very same main name: "Kashmir" in a story backing India stays Jammu and Kashmir,
    whose other name it is (the Indian-held part the article is about)."""
    if chosen is None or chosen[0].source != "region" or chosen[0].form != "main":
        return chosen
    return next(((c, True) for c in cands if macro_region(c) and c.form == "main"), chosen)


def over_neighbour_region(chosen: tuple[Candidate, bool] | None, cands: list[Candidate], ctx: PlaceContext,
                          km_to_country: Callable[[str, float, float], float], near_km: float
                          ) -> tuple[Candidate, bool] | None:
    """A bare country's name instead of the first-level unit of a neighbouring country named
    like it: "fled into Niger" in a story about Nigeria is the country, not Niger State (which
    needs its unit noun: "Niger State", read before this). A neighbour is a country whose
    capital lies within ``near_km`` of a place of the unit's country; a unit named like a
    distant country stays the unit ("Georgia" in a story about the United States)."""
    if chosen is None or chosen[0].source != "region":
        return chosen
    unit = chosen[0].location
    for c in cands:
        loc = c.location
        if c.source == "country" and c.form == "main" and loc.country and unit.country and \
                loc.country != unit.country and loc.lat is not None and loc.lon is not None and \
                km_to_country(unit.country, loc.lat, loc.lon) <= near_km:
            return c, chosen[1] or ctx.share(loc.country) > 0.0
    return chosen


def homonym_country(chosen: tuple[Candidate, bool] | None, cands: list[Candidate], ctx: PlaceContext
                    ) -> tuple[Candidate, bool] | None:
    """Of two countries one name stands for ("Congo": the Democratic Republic and the Republic),
    the one the rest of the article backs more: each mention of the shared name counts for both
    in the article's country weights, so what tells them apart is the other evidence ("BRAZZAVILLE,
    Congo": the Republic; "GOMA, Congo": the Democratic Republic). On a tie, ``chosen`` (news
    says "Congo" for the Democratic Republic: its candidate ranks first)."""
    if chosen is None or chosen[0].source != "country":
        return chosen
    same = [c for c in cands if c.source == "country" and c.form in ("main", "alternate")
            and c.location.country and c.location.country != chosen[0].location.country]
    own = ctx.countries.get(chosen[0].location.country or "", 0.0)
    other = max(same, key=lambda c: ctx.countries.get(c.location.country or "", 0.0), default=None)
    if other is None or ctx.countries.get(other.location.country or "", 0.0) <= own:
        return chosen
    return other, True


def macro_region(cand: Candidate) -> bool:
    """Whether a candidate is a region of several countries (:func:`over_macro_region`)."""
    return cand.source == "supplement" and cand.kind == "region" and not cand.location.country
