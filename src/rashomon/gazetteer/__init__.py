"""Gazetteer library (below nlp and extract): mentions → canonical actors, places and dates.

Build the gazetteers once per process and reuse them::

    actors = ActorGazetteer.load()
    places = PlaceGazetteer.load()
    actors.resolve("Syria's state news agency SANA")      # Actor(name="SANA", ...)
    places.resolve("al-Harra, southeast of Albu Kamal")   # Location(name="al-Hari", ...)
    resolve_date("last night", "2018-06-18")              # ("2018-06-17", "day")
"""

from rashomon.gazetteer.actors import Actor, ActorGazetteer
from rashomon.gazetteer.dates import resolve_date
from rashomon.gazetteer.fold import name_key
from rashomon.gazetteer.places import PlaceGazetteer, distance_km

__all__ = ["Actor", "ActorGazetteer", "PlaceGazetteer", "distance_km", "name_key", "resolve_date"]
