"""Whether "is alive" / "not dead" in a claim denies a death.

A death is denied of someone named or said to be dead: "Colonel Diarra is alive", "the soldiers who
were said to be dead are alive". Not a denial:

- a victim who lived, in a witness's account (a pronoun, a kin word with its possessive, a count of
  the victims): "she is alive, but she does not speak", "my son is alive", "two of the girls were
  alive" (probe13);
- someone who may be alive, in a hope or a chance of rescue, or anyone at all: "as long as there is a
  chance that someone is alive under there", "they still hoped some of the missing were alive",
  "people may still be alive in the rubble" (probe15: a governor's words on the search read as a
  denial of the perpetrator).
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from rashomon.extract.lexicon import word_set
from rashomon.extract.sentence_cache import sentence_of

logger = logging.getLogger(__name__)

LIFE_WORDS = frozenset({"alive", "dead"})  # the denial words "is alive", "not dead"
DEATH_WORDS = word_set("death_words")  # "the soldiers who were said to be dead", "reported killed"
VICTIMS_OWN = frozenset({"my", "our", "his", "her", "their"})  # "my son is alive": a kin word
HOPE_WORDS = word_set("hope_words")  # lemmas: "a chance that someone is alive", "hoped they were alive"
ANYONE = word_set("indefinite_persons")  # "someone is alive": no one named, no death denied
POSSIBILITY_AUX = frozenset({"may", "might", "could"})  # "may still be alive"
CLAUSE_DEPS = frozenset({"ccomp", "acl", "advcl", "xcomp", "relcl"})


def _hoped(verb: Token) -> bool:
    """The clause of the life word is a hope or a chance, not a statement: its verb takes "may",
    "might", "could", or hangs (through at most two clause links) on a word of hope or chance."""
    if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUX for c in verb.children):
        return True
    tok = verb
    for _ in range(2):
        if tok.dep_ not in CLAUSE_DEPS or tok.head is tok:
            return False
        tok = tok.head
        if tok.lemma_.lower() in HOPE_WORDS:
            return True
    return False


def survivor(words: Span) -> bool:
    """Whether the life word of ``words`` tells of a victim who lived or may live (see the module
    docstring), no denial of a death."""
    state = next((t for t in words if t.lower_ in LIFE_WORDS), None)
    if state is None:
        return False
    verb = state.head if state.dep_ in {"acomp", "attr", "advmod", "neg"} else state
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or any(t.lemma_.lower() in DEATH_WORDS for t in subject.subtree):
        return False
    if subject.lower_ in ANYONE or _hoped(verb):
        logger.debug("stance: someone who may be alive, no denial of a death: %s",
                     sentence_of(verb.doc, verb.i).text[:100])
        return True
    return subject.tag_ == "PRP" or subject.like_num or any(
        c.dep_ == "poss" and c.lower_ in VICTIMS_OWN for c in subject.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subject.children if subject.pos_ in {"NUM", "PRON"})
