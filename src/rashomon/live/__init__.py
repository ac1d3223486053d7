"""Live sources: pages and RSS/Atom feeds fetched over HTTP (politely, behind an SSRF guard),
archived in the store, analysed incrementally, and followed in a watch loop."""

from rashomon.live.fetch import Fetched, Fetcher, FetchSettings
from rashomon.live.guard import Refused, check_url
from rashomon.live.sources import LiveSources, is_url, normalize_url

__all__ = ["FetchSettings", "Fetched", "Fetcher", "LiveSources", "Refused", "check_url", "is_url",
           "normalize_url"]
