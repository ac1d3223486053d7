"""Words glued by a missing space: "the attack.The army", "in the attack,”he said".

Web text loses spaces after a full stop or a closing quote (after a word, a number, an
acronym or a bracket); spaCy's tokenizer then keeps
"attack.The" or "attack,”he" as one token, and the sentence splitter and the parser miss the
break and the speaker. Infix rules split such tokens; the text, and so every offset, stays as
written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import srsly  # type: ignore[import-untyped]
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, registry

from rashomon.nlp.regexes import compile_cached

QUOTES = "\"”’"
GLUED_INFIXES = (
    # a full stop between a lower-case word and a capitalised one ("attack.The"); two lower-case
    # letters before keep abbreviations ("U.S.Army" is left alone) and decimals out
    r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z])",
    # after a number, an acronym of two capitals or more, or a closing bracket ("killed
    # 12.The army", "by the RSF.The army", "(North Kivu).The"): "U.S.Army" has one capital
    # between full stops and "3.5" no capital after, so both stay whole
    r"(?<=[0-9])[.!?](?=[A-Z][a-z])",
    r"(?<=[A-Z]{2})[.!?](?=[A-Z][a-z]{2})",
    r"(?<=[)\]])[.!?](?=[A-Z][a-z])",
    r"(?<=[A-Za-z0-9])[)\]](?=[.!?][A-Z][a-z])",  # the bracket itself: "Kivu).The"
    # punctuation closing a quote glued to the next word: ',”he', '.”The'
    rf"(?<=[A-Za-z])[,.!?](?=[{QUOTES}][A-Za-z])",
    rf"(?<=[,.!?])[{QUOTES}](?=[A-Za-z])",
)


def _glued_infixes(nlp: Language) -> list[Any]:
    return list(nlp.Defaults.infixes or ()) + list(GLUED_INFIXES)


def split_glued_words(nlp: Language) -> None:
    """Add the infixes above to ``nlp``'s tokenizer (in place)."""
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(_glued_infixes(nlp)).finditer


# --- one tokenizer build instead of five -----------------------------------------------------
# spaCy re-adds its ~4k tokenizer exceptions (special cases) whenever a tokenizer setting is
# set: loading a model's saved tokenizer does it four times (0.08 CPU s each) and the infixes
# above once more. When the saved tokenizer is spaCy's default for the language (as in the
# en_core_web models), the same tokenizer is built with the exceptions added once.
GLUED_TOKENIZER = "rashomon.glued_tokenizer.v1"


def _glued_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's default tokenizer (``spacy.Tokenizer.v1``) with the infixes above and, for now,
    no exceptions: :func:`add_exceptions` adds them once the model's vocabulary is loaded
    (loading it resets the lexemes the exceptions point to)."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        rx = _affix_regexes(nlp)
        return Tokenizer(
            nlp.vocab, rules={},
            prefix_search=rx["prefix"].search if defaults.prefixes else None,
            suffix_search=rx["suffix"].search if defaults.suffixes else None,
            infix_finditer=rx["infix"].finditer,
            token_match=defaults.token_match, url_match=defaults.url_match)

    return make


def _affix_regexes(nlp: Language) -> dict[str, re.Pattern[str]]:
    """The regexes spaCy's ``compile_prefix_regex``, ``compile_suffix_regex`` and
    ``compile_infix_regex`` make of the language's affixes (the glued-word infixes added),
    through the start-up regex cache (rashomon.nlp.regexes: 0.04 CPU s a process otherwise)."""
    defaults = nlp.Defaults
    return compile_cached("tokenizer", {
        "prefix": "|".join("^" + piece for piece in _pieces(defaults.prefixes)),
        "suffix": "|".join(piece + "$" for piece in _pieces(defaults.suffixes)),
        "infix": "|".join(_pieces(_glued_infixes(nlp))),
    })


def _pieces(entries: Any) -> list[str]:
    """The affix patterns as spaCy's ``compile_*_regex`` join them (blank ones left out)."""
    texts = [entry if isinstance(entry, str) else entry.pattern for entry in entries or ()]
    return [text for text in texts if text.strip()]


def glued_tokenizer_config() -> dict[str, Any]:
    """The ``spacy.load`` config that builds the tokenizer with :func:`_glued_tokenizer`."""
    if GLUED_TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(GLUED_TOKENIZER, func=_glued_tokenizer)
    return {"nlp": {"tokenizer": {"@tokenizers": GLUED_TOKENIZER}}}


def add_exceptions(nlp: Language) -> bool:
    """Give the tokenizer of :func:`glued_tokenizer_config` the language's exceptions (in place),
    if the model's saved tokenizer is the language's default one: then it is, byte for byte,
    the saved tokenizer with the glued-word infixes. False otherwise: the saved one must then
    be read over it."""
    saved = nlp.path / "tokenizer" if nlp.path is not None else None
    if saved is None or not saved.is_file():
        return False
    tokenizer: Any = nlp.tokenizer
    tokenizer.rules = nlp.Defaults.tokenizer_exceptions
    built = srsly.msgpack_loads(tokenizer.to_bytes(exclude=["vocab"]))
    # the default infixes' pattern as spaCy's compile_infix_regex joins them (not compiled: 0.02 s)
    built["infix_finditer"] = "|".join(_pieces(nlp.Defaults.infixes))
    return bool(built == srsly.msgpack_loads(saved.read_bytes()))
