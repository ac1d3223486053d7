"""The accused named by a group word that points back ("the attack was blamed on the group by the
government", "officials pinned the bombing on the militia"): the group is the one named last before
it (read by :func:`rashomon.extract.claim_perpetrator.find_perpetrator`).

Only the nearest organisation named before the word is read: when the gazetteer has no party for
it (a group new to it) or it is a state, the word names no one here, rather than a group named
further back.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from rashomon.extract.claim_blame import BLAME_ON
from rashomon.extract.lexicon import Cues
from rashomon.extract.sentence_cache import sentences
from rashomon.extract.state_officials import country_party
from rashomon.gazetteer.actors import ActorGazetteer

__all__ = ["accused_anaphor", "group_word"]

logger = logging.getLogger(__name__)

# a definite word for an armed group that names none (grammar: "the group", "the militia")
_GROUP_WORDS = frozenset({"group", "militia", "movement", "organisation", "organization", "network", "faction"})
_GROUP_LABELS = frozenset({"ORG", "NORP"})


def group_word(tok: Token) -> bool:
    """"the group", "the militia": a group word with "the" and nothing that names it ("the group
    of gunmen" names its men; "accused the group of carrying out …" is the charge's "of")."""
    return tok.lower_ in _GROUP_WORDS and tok.pos_ == "NOUN" and any(
        ch.dep_ == "det" and ch.lower_ == "the" for ch in tok.children) and not any(
        ch.dep_ in ("compound", "amod", "nmod", "poss")
        or (ch.dep_ == "prep" and ch.lower_ == "of" and any(g.dep_ == "pobj" for g in ch.children))
        for ch in tok.children)


def _named_before(tok: Token, actors: ActorGazetteer) -> str | None:
    """The party of the organisation named last before ``tok`` in the text, if that one is a
    group the gazetteer knows and no state."""
    last = next((e for e in reversed(sentences(tok.doc)[2]) if e.end <= tok.i and e.label_ in _GROUP_LABELS), None)
    if last is None:
        return None
    party = actors.party(last.text)
    if not party or country_party(party, actors) is not None or country_party(last.text, actors) is not None:
        return None
    return party


def accused_anaphor(cue: Token, span: Span, actors: ActorGazetteer, c: Cues) -> str | None:
    """The group a blame names by a word pointing back: what an attack is blamed on ("the attack
    was blamed on the group by …") (logged: every firing is read). ``cue`` is the claim's cue,
    kept for the accused of the cue ("accused the group of …"), which is not read (see above)."""
    # not "accused the group of slaughtering civilians" (the cue's object): read on probe2, the one
    # firing named the group right but put a second unit of its speaker on the incident under
    # another name than the one its administration's claim has (attribution P .916 -> .905)
    words: list[Token] = []
    for tok in span:
        if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in BLAME_ON \
                and group_word(tok) and any(ch.dep_ in ("nsubjpass", "dobj") and (
                    ch.lemma_.lower() in c.attack_nouns or ch.lemma_.lower() in c.attack_lemmas)
                    for ch in tok.head.head.children):
            words.append(tok)
    for word in words:
        party = _named_before(word, actors)
        if party is not None:
            logger.debug("the group named before: %s for '%s' in %s", party, word.text, span.text[:160])
            return party
    return None
