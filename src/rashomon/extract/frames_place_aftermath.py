"""Places of what followed the incident, told in a sentence whose only incident word dates it.

"Queues of lorries have built up at the border crossing since the bombing", "shops in the state
capital stayed shut after the attack", "flights were cancelled at the airport following the
blast": the sentence tells a consequence (a closure, a queue, a protest, a funeral) and names
the incident only inside a phrase of time put on its verb by "since", "after", "following" or
"before". The places outside that phrase are where the consequence was, not the act: a border
post or a town there, even one inside the lead's region, is no finer place of the incident.
A place inside the phrase is the incident's own ("shops stayed shut after the bombing of the
church in Owo"), and so is where people fled from ("families from X have crossed into Y since
the raids"). Only sentences after the lead are read so: a lead telling the aftermath first
tells it at the scene ("the town of X was in mourning after the massacre").

Such a place is set aside as another story's is (:mod:`.frames_place_sides`): it still votes
weakly for its area and may place the incident when nothing else does, but it ranks after
every place of its area named otherwise (:func:`rashomon.extract.frames_places.choose_place`).
Grammar, not vocabulary: the four words are English's prepositions of sequence in time.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from rashomon.lexicon import words

# prepositions that put an event before or after the verb they hang on (grammar, not a lexicon)
logger = logging.getLogger(__name__)
_SEQUENCE = frozenset({"since", "after", "following", "before"})
_ARRIVING = words("place_words.yaml", "destination", "fled_verbs")  # reach, arrive, cross, enter, seek


def _toll_told(verb: Token) -> bool:
    """Whether the verb tells the act's harm itself: "five civilians died in Kupiansk after the
    shelling", "20 people were found dead in the village after the raid" (a counted subject, or
    dying): the place is the act's own, no consequence's. People counted as they arrive
    somewhere ("11,000 people had reached Pemba since the attack": ``destination.fled_verbs``)
    are the displaced, a consequence."""
    lemma = verb.lemma_.lower()
    counted = any(c.dep_ in ("nsubj", "nsubjpass") and any(g.like_num for g in c.subtree) for c in verb.children)
    if counted and lemma in _ARRIVING:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("people counted arriving after the incident (displaced, carried): %r", verb.sent.text)
        return False
    return lemma == "die" or counted


def aftermath_ranges(sent: Span, triggered: set[int]) -> list[tuple[int, int]]:
    """Character ranges of ``sent`` outside the phrase of time that holds every incident word
    (``triggered``: token indices) of the sentence, when there is such a phrase hung on a verb
    ("... had built up at the Torkham crossing since the bombing"); empty otherwise."""
    if not triggered:
        return []
    for tok in sent:
        if tok.dep_ != "prep" or tok.lower_ not in _SEQUENCE or tok.head.pos_ not in ("VERB", "AUX"):
            continue  # the cheap test first: this runs on every token of every incident sentence
        left, right = tok.left_edge, tok.right_edge
        if all(left.i <= i <= right.i for i in triggered) and not _toll_told(tok.head):
            return [(sent.start_char, left.idx), (right.idx + len(right.text), sent.end_char)]
    return []
