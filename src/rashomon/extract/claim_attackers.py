"""The attackers killed, a second count beside the victims' in one statement.

"The army said it had ended the siege and killed all 12 attackers, and that 19 pupils had died",
"… said 14 villagers died in the raid, along with nine attackers": the gold sets count the
attackers' deaths as a figure of their own (CONVENTIONS.md, "numbers"; probe7's hijacking), and a
claim holds one killed figure, so :mod:`rashomon.extract.claims` gives it a claim of its own. A
count of attackers the casualty reader already took as the claim's figure ("killed 15
militants") is not read twice.
"""

from __future__ import annotations

import functools
import re

from rashomon.extract.lexicon import word_set
from rashomon.extract.quantities import parse_quantity
from rashomon.lexicon import alternation
from rashomon.types import Figure

ATTACKER_NOUNS = word_set("attacker_nouns")
KILLING_WORDS = word_set("attackers_killed_words")


@functools.cache
def _pattern() -> re.Pattern[str]:
    number = r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
    nouns = alternation(sorted(ATTACKER_NOUNS))
    killing = alternation(sorted(KILLING_WORDS))
    # "killed all 12 attackers", "killing the 33 gunmen", "along with nine attackers"
    return re.compile(rf"\b(?:{killing})\s+(?:all\s+)?(?:the\s+)?{number}\s+(?:of\s+the\s+)?(?:{nouns})\b",
                      re.IGNORECASE)


def attackers_killed(content: str, killed: Figure | None) -> Figure | None:
    """The number of attackers ``content`` says were killed, when it is another count than the
    claim's ``killed`` figure (None without one, or when it is the same)."""
    for m in _pattern().finditer(content):
        figure = parse_quantity(m["n"].lower())
        if figure is None or figure.min is None or figure.min != figure.max:
            continue
        if killed is not None and killed == figure:
            return None  # "killed 15 militants": the claim's own figure already
        return figure
    return None
