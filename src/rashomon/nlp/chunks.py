"""Long articles parsed in pieces of about ``MAX_CHARS`` characters, then joined into one Doc.

spaCy's cost per token grows with the length of one Doc: the model's layers work on arrays of
the whole Doc, which no longer fit the processor's caches (issue 14: the 4,000-sentence article
of ``rashomon bench``, 60,777 tokens, took 11.0 CPU s of ``nlp.pipe`` in one piece and 8.0 s in
pieces of 200 to 1,000 sentences; pieces of 25 sentences took 9.0 s, the per-call overhead).

An article longer than ``MAX_CHARS`` is cut where a sentence starts anyway: after a line break
(a sentence ends there, see ``rashomon.nlp._line_breaks``) in the second half of each piece,
else after a full stop followed by a capital, never after an abbreviation ("U.S. Army", "Gen.
Smith"). Each cut lies at the first character of a word, so every piece tokenizes as it did in
the whole text and the joined Doc has the same text, tokens and offsets. Only the tokens near a
cut may get other tags or entities than in one piece (the model reads a few words on either
side); articles up to ``MAX_CHARS`` are parsed whole, as before.
"""

from __future__ import annotations

import logging
import re
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.config import setting
from rashomon.nlp.truecase import ORIGINAL_TEXT, TruecasingTokenizer

logger = logging.getLogger(__name__)

MAX_CHARS: int = setting("nlp.chunks", "max_chars")  # data/settings.toml

# a full stop, its closing quotes or brackets, spaces, then a capital, a digit or an opening quote
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*[ \t]+(?=[\"“‘(]?[A-Z0-9])")
# the word before a full stop that ends no sentence: "U.S.", "Gen.", "Mr.", "J." (initials)
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]|\b[A-Z][a-z]{1,3}|(?:[A-Za-z]\.)+[A-Za-z])$")
_NEXT_WORD = re.compile(r"\S")


def cuts(text: str, max_chars: int = MAX_CHARS) -> list[int]:
    """Offsets where ``text`` is cut into pieces of at most about ``max_chars`` characters
    (none for a shorter text). A piece without a line break or sentence end in its second
    half runs on to the next one."""
    out: list[int] = []
    start = 0
    while len(text) - start > max_chars:
        cut = _cut_in(text, start + max_chars // 2, start + max_chars)
        if cut is None:
            cut = _cut_in(text, start + max_chars, len(text))  # the first one after the piece
        if cut is None or cut >= len(text):
            break
        out.append(cut)
        start = cut
    return out


def _cut_in(text: str, lo: int, hi: int) -> int | None:
    """The last place in text[lo:hi] where a sentence starts (a line break preferred), or None
    when ``hi`` runs to the end of the text: the first such place after ``lo``."""
    first = hi >= len(text)
    line = text.find("\n", lo, hi) if first else text.rfind("\n", lo, hi)
    if line != -1:
        word = _NEXT_WORD.search(text, line)
        if word is not None:
            return word.start()
    best = None
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if _ABBREVIATION.search(text, max(0, m.start() - 12), m.start()):
            continue
        best = m.end()
        if first:
            break
    return best


def parse(nlp: Language, text: str, max_chars: int = MAX_CHARS) -> Doc:
    """``nlp(text)``; a text longer than ``max_chars`` in pieces (see the module's doc) joined
    into one Doc with the same text, tokens and offsets."""
    points = cuts(text, max_chars)
    if not points:
        return nlp(text)
    tokenizer = nlp.tokenizer
    cased = text
    if isinstance(tokenizer, TruecasingTokenizer):  # truecased whole: a line is one decision
        cased = tokenizer.caser.text(text)
        tokenizer = tokenizer.inner
    bounds = [0, *points, len(text)]
    docs = list(nlp.pipe((tokenizer(cased[a:b]) for a, b in pairwise(bounds)), batch_size=1))
    joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data"])  # type: ignore[call-arg]
    if joined.text != cased:  # a piece tokenized otherwise than in the whole text
        logger.warning("text of %d characters not parsed in pieces: the pieces do not join", len(text))
        return nlp(text)
    if cased != text:
        joined.user_data[ORIGINAL_TEXT] = text  # the text as written (rashomon.nlp.truecase)
    logger.debug("parsed %d characters in %d pieces", len(text), len(docs))
    return joined
