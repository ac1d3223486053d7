"""The rule lemmatizer's word index as sets: the same lemmas, without scanning lists.

en_core_web_sm's ``lemmatizer`` keeps its ``lemma_index`` (the known words per part of speech)
as lists: 57,528 nouns, 20,993 adjectives, 8,700 verbs, 3,775 adverbs. ``rule_lemmatize`` asks
``form in index`` for every suffix rule that applies to a word it has not seen yet, a linear
scan of the list each time. Its cache keeps each answer, so the cost is paid per new word, but a
worker meets new words all along: on 150 real news articles (FNC-1 bodies, 76k tokens) the
lemmatizer took 1.45 CPU s, ~7% of the whole analysis (issue 14, py-spy profile). With the
lists turned into frozensets, membership is a hash lookup: 0.31 CPU s, and the lemmas of all
76k tokens were the same (``tests/nlp/test_lemmas.py`` compares both on sentences of many
conflicts). Only membership is ever asked of these lists (``_english_words`` reads them as a
whole), so their order is not needed.
"""

from __future__ import annotations

import logging

from spacy.language import Language

logger = logging.getLogger(__name__)

INDEX_TABLE = "lemma_index"


def use_lemma_sets(nlp: Language) -> None:
    """Turn the lemmatizer's ``lemma_index`` lists into frozensets (nothing if it has none)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table(INDEX_TABLE):
        return
    table = lookups.get_table(INDEX_TABLE)
    for pos in list(table.keys()):
        words = table[pos]
        if isinstance(words, list):
            table[pos] = frozenset(words)
