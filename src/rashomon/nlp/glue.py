"""Words glued by a missing space: "the attack.The army", "in the attack,”he said".

Web text loses spaces after a full stop or a closing quote (after a word, a number, an
acronym or a bracket); spaCy's tokenizer then keeps
"attack.The" or "attack,”he" as one token, and the sentence splitter and the parser miss the
break and the speaker. Infix rules split such tokens; the text, and so every offset, stays as
written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.util import compile_infix_regex

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


def split_glued_words(nlp: Language) -> None:
    """Add the infixes above to ``nlp``'s tokenizer (in place)."""
    infixes = list(nlp.Defaults.infixes or ()) + list(GLUED_INFIXES)
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
