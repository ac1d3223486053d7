"""The lexicon gateway: every word list and rule file of ``rashomon/data`` is read here.

- :func:`load` parses a package lexicon once per process, checks it against its schema
  (:mod:`rashomon.lexicon.schema`) and returns a read-only mapping that records which keys
  the code reads (:func:`unread_keys`).
- :func:`load_file` reads a user's own file (an actor gazetteer, a place supplement) the same
  way, afresh.
- :func:`alternation` and :func:`phrase_pattern` build the phrase matchers (prefix-trie
  regular expressions), once per process for each list of phrases.
- :func:`same_party` and :func:`is_placeholder` say whether two actor names are one party and
  whether a name names nobody (``data/party_words.yaml``), for every stage.

Every failure is a :class:`LexiconError` (a :class:`~rashomon.errors.ConfigError`) whose
one-line message names the file and the key. YAML is read with the YAML 1.2 booleans only
(``true``/``false``): a word such as ``on``, ``no`` or ``yes`` in a list stays a word.
"""

from rashomon.lexicon.errors import LexiconError
from rashomon.lexicon.gateway import load, load_file, unread_keys, words
from rashomon.lexicon.parties import is_placeholder, same_party
from rashomon.lexicon.phrases import alternation, case_blind_alternation, phrase_pattern
from rashomon.lexicon.tracked import ReadMap

__all__ = ["LexiconError", "ReadMap", "alternation", "case_blind_alternation", "is_placeholder", "load", "load_file",
           "phrase_pattern", "same_party", "unread_keys", "words"]
