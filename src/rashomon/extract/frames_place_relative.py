"""A place named only to say where another place lies, and a place named by its landmark.

"near the Sayyida Zeinab shrine south of the Syrian capital", "a checkpoint near the Kati camp,
15 km north of the Malian capital", headlines such as "Blast kills 12 near army camp north of
Bamako": the phrase "<direction> of Y" (or "N km from Y") tells where X is, not that the event is
at Y. Y is a reference (a landmark, :func:`rashomon.extract.frames_places.choose_place` ranks it
after the places of its area named otherwise), whether Y is a town's name, the name of a feature
of it ("south of the Kati garrison") or a capital told by description ("the Syrian capital").

The other way round, a town named as the owner of the landmark "near" or "outside" hangs on
("near the Sayyida Zeinab shrine", "outside the Goma airport", "near the Bakara market") is where
the landmark is, so where the event is: no reference, unlike "near Palmyra" (somewhere around
the town). A border is no feature of a place ("near the Mali border": across it), nor is an
area ("near the Kati district").
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Token

from rashomon.extract.frames_text import governor, phrase_head
from rashomon.lexicon import alternation, words

logger = logging.getLogger(__name__)

_LEXICON = "place_words.yaml"
DIRECTIONS = words(_LEXICON, "directions")  # "southeast of X", "10 km of X", "the outskirts of X"
# a border is no feature of a place ("near the Mali border": across it), nor an area around it
# ("near the Jisr al-Shughur area", "near the Kati district": somewhere around the town)
_NO_LANDMARK = words(_LEXICON, "border_nouns") | words(_LEXICON, "address_nouns") | DIRECTIONS
_NEAR = words(_LEXICON, "landmark_prepositions")  # "near the X shrine": the landmark's owner is its town


def _hyphen_free(word: str) -> str:
    """A compass word with an optional hyphen after its first half ("north-east", "northeast")."""
    for half in ("north", "south"):
        if word.startswith(half) and len(word) > len(half):
            return re.escape(half) + "[- ]?" + re.escape(word[len(half):])
    return re.escape(word)


# a headline is not parsed: "<direction> of ", "30 km from ", "the outskirts of " right before a name
_TITLE_RELATIVE = re.compile(r"\b(?:" + "|".join(_hyphen_free(w) for w in sorted(DIRECTIONS, key=len, reverse=True))
                             + r")\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
_DIRECTION = re.compile(r"^(?:" + alternation(sorted(DIRECTIONS)) + r")$", re.IGNORECASE)


def _direction_word(token: Token) -> bool:
    """A compass or distance word, hyphenated too ("north-east": its last part, or the whole)."""
    return bool(_DIRECTION.match(token.lower_)) or bool(_DIRECTION.match(token.lower_.replace("-", "")))


def direction_of(root: Token) -> bool:
    """Whether the place whose root is ``root`` hangs on "of" after a direction or distance word,
    itself or through the noun it modifies: "south of Homs", "south of the Syrian capital",
    "15 km south of the Kati garrison", "on the outskirts of the capital"."""
    for tok in {root, phrase_head(root)}:
        prep = governor(tok, 1)
        if prep.lower_ not in ("of", "from") or prep.i == tok.i:
            continue
        left = prep.doc[prep.i - 1] if prep.i > 0 else None
        if _direction_word(prep.head) or (prep.head.lower_ == "-" and prep.head.i > 0
                                          and _direction_word(prep.doc[prep.head.i - 1])) or (
                left is not None and _direction_word(left)):  # a parse that hangs "of" elsewhere
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("place %r named by a direction from it: %r", root.text, root.sent.text)
            return True
    return False


def owns_landmark(root: Token, prep: str | None) -> bool:
    """Whether the place is the owner of a landmark "near"/"outside" hangs on: "near the Sayyida
    Zeinab shrine", "outside the Goma airport" (a common noun it modifies, no border)."""
    if prep not in _NEAR:
        return False
    head = phrase_head(root)
    # "the" before the phrase: "near al-Quds hospital" names a hospital, not the town it is in
    owns = head.i != root.i and head.pos_ == "NOUN" and head.lemma_.lower() not in _NO_LANDMARK and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    if owns and logger.isEnabledFor(logging.DEBUG):
        logger.debug("place %r owns the landmark %r %s hangs on: %r", root.text, head.text, prep, root.sent.text)
    return owns


def title_relative(title: str, start: int) -> bool:
    """Whether the headline's name at ``start`` is named only as where something else lies:
    "Blast kills 12 near army camp north of Bamako", "Gunmen kill 7 in village 30 km from Goma"."""
    found = _TITLE_RELATIVE.search(title, max(0, start - 40), start) is not None
    if found:
        logger.debug("headline place at %d of %r named as a reference", start, title)
    return found
