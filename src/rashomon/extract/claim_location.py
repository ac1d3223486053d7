"""Location claims: the country a claim's content places the incident in.

"the clip depicted an airstrike within the Syrian border" → SY; "the missile fell on Ukrainian
territory, not on Polish territory" → UA; "a strike inside Iraq" → IQ. Only territorial
phrases count (a country word with a territory noun, or a name right after "inside" /
"within"), so "an official in Syria said" or "Iranian advisers" place nothing. A negated
phrase ("not on Polish territory") or "outside the Iraqi border" places nothing either.
The words are data (``territory_*`` in ``data/cues.yaml``).
"""

from __future__ import annotations

import functools
import re

from rashomon.config import setting
from rashomon.extract.lexicon import load_cues_data
from rashomon.lexicon import alternation

NEGATION_WINDOW: int = setting("extract.claim_location", "negation_window")  # data/settings.toml
NEGATION_BEFORE = re.compile(r"(?:\bnot|n[’']t|\bnever|\bno)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _alt(words: list[str]) -> str:
    return alternation(words)  # the gateway's prefix trie: longest first, a space matches any whitespace


@functools.cache
def _patterns() -> tuple[re.Pattern[str], dict[str, str]]:
    data = load_cues_data()
    code_of = {w.lower(): code for code, words in data["territory_countries"].items() for w in words}
    country = _alt(list(code_of))
    preps = _alt(data["territory_preps"])
    nouns = _alt(data["territory_nouns"])
    inner = _alt(data["inner_territory_nouns"])
    inside = _alt(data["inner_territory_preps"])
    actors = _alt(data["territory_actor_nouns"])
    pattern = re.compile(
        rf"\b(?:{preps})\s+(?:the\s+)?(?P<a>{country})(?:['’]s)?\s+(?:{nouns})\b"
        rf"|\b(?:{inside})\s+(?:the\s+)?(?P<c>{country})(?:['’]s)?\s+(?:{inner})\b"
        rf"|\b(?:{inside})\s+(?:the\s+)?(?P<b>{country})\b(?!['’]s|\s+(?:\w+\s+)?(?:{actors}))",
        re.IGNORECASE)
    return pattern, code_of


def claimed_country(content: str) -> str | None:
    """The ISO code of the first territorial phrase of ``content`` that is not negated (the
    caller checks that the claim speaks of an attack)."""
    pattern, code_of = _patterns()
    for m in pattern.finditer(content):
        if NEGATION_BEFORE.search(content[max(0, m.start() - NEGATION_WINDOW):m.start()]):
            continue
        word = (m["a"] or m["b"] or m["c"]).lower()
        return code_of.get(word)
    return None
