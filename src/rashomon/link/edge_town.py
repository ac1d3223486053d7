"""A city and a town on its edge, as two reports of one incident place it.

One outlet writes "a bombing in Sayyida Zeinab, a shrine town on the southern edge of
Damascus", another "a car bomb near the shrine south of the capital", and the place reader
gives one the town and the other the city; one writes "Hlaing Thar Yar township of Yangon",
another "Yangon". The two places are distinct points a few kilometres apart, so the link
stage weighs them as two nearby towns, where one shared toll is not enough (in a dense war,
neighbouring towns are struck on one day and "12 injured" recurs). What tells this case
apart is the text: the incident sentence of one report names the other report's place
("…in Bagrami, on the eastern outskirts of Kabul"; "…in Khartoum's twin city of Omdurman"),
and the two places lie within ``EDGE_KM`` of each other (a city's extent and a suburb's).
Then the two differ by how the place was read, not by where, and
:func:`~rashomon.link.decision.pair_evidence` asks of them what it asks of one town: one
detail that decides (a toll of 10 or more, a target word, a named person).

Only the incident sentence counts: a report recalling the other town's attack in a sentence
of its own ("Earlier on Sunday a bomb in X killed 12") names the town and may carry its toll
through a misread claim, but does not place its own incident there; and such a report (the
other town named in its claims, not in its incident sentence) is no one spot with the other
town's report even when that one names the city as its bearing. A town farther out
("27 km north-west of Mogadishu") names the city as a bearing: beyond ``EDGE_KM``, no.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from rashomon.config import setting
from rashomon.link.info import FrameInfo, tokens
from rashomon.link.marks import names_place_of, place_names

logger = logging.getLogger(__name__)

# a city's extent plus a suburb's (the centres of Kabul and Bagrami ~10 km, Damascus and
# Sayyida Zeinab ~9 km, Khartoum and Omdurman ~11 km; Mogadishu and Afgooye ~27 km are two
# towns): data/settings.toml [link.edge_town]
EDGE_KM: float = setting("link.edge_town", "edge_km")


@lru_cache(maxsize=1 << 14)
def _sentence_names(sentence: str, name: str) -> bool:
    """The words of ``name`` stand together, in order, among the words of ``sentence``."""
    words, wanted = tokens(sentence), tokens(name)
    n = len(wanted)
    return n > 0 and any(words[i:i + n] == wanted for i in range(len(words) - n + 1))


def _names_as_another(info: FrameInfo, other: FrameInfo) -> bool:
    """``info`` names the place of ``other`` in its claims but not in its incident sentence: it
    speaks of that place as another one ("Hours earlier a bomber killed 27 in X, police said":
    another attack, whose toll a claim may carry)."""
    content = info.content
    if content is None or not names_place_of(content.marks, other.frame):
        return False
    sentence = info.frame.evidence.text
    return not any(_sentence_names(sentence, name) for name in place_names(other.frame))


def names_other_place(a: FrameInfo, b: FrameInfo) -> str:
    """The place of one report that the other's incident sentence names ("" if neither, or
    if that one names the first's place only outside its incident sentence)."""
    for here, there in ((a, b), (b, a)):
        sentence = here.frame.evidence.text
        own = set(place_names(here.frame))
        for name in sorted(place_names(there.frame)):
            if name not in own and _sentence_names(sentence, name) and not _names_as_another(there, here):
                return name
    return ""


def edge_town(a: FrameInfo, b: FrameInfo, distance: float | None, gap: int | None) -> str:
    """The place one report's incident sentence names of the other's, when the two are pinned
    to distinct places of one country within ``EDGE_KM``, on one day both texts give ("" if
    not): a city and a town on its edge, read from two wordings of one spot."""
    if gap != 0 or distance is None or distance > EDGE_KM or not (a.pinned and b.pinned) \
            or not (a.exact and b.exact) or a.country is None or a.country != b.country \
            or a.frame.article_id == b.frame.article_id:
        return ""
    named = names_other_place(a, b)
    if named:
        logger.debug("edge town: %s#%d and %s#%d (%.1f km), one sentence names %r", a.frame.article_id,
                     a.frame.index, b.frame.article_id, b.frame.index, distance, named)
    return named
