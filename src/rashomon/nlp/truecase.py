"""Truecasing of Title Case and ALL CAPS lines (headlines) before parsing.

spaCy's small English model reads "Pentagon Denies It Killed ISIS Chief" as a row of proper
nouns and finds no verb; in sentence case ("Pentagon denies it killed ISIS chief") it finds the
denial. A line is truecased when most of its words are capitalised; then each capitalised word
that is an English verb or function word (the model's own lemmatizer lookups and stop words) is
lower-cased, the first word and names aside. Only letters change case, so every character offset
stays valid; the text as written is kept in ``doc.user_data`` (``extract.doctext.text_of``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from rashomon.config import setting

ORIGINAL_TEXT = "rashomon_text"  # the key extract.doctext reads
MIN_WORDS: int = setting("nlp.truecase", "min_words")  # data/settings.toml
TITLE_SHARE: float = setting("nlp.truecase", "all_word_caps_share")  # data/settings.toml
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _stems(word: str) -> list[str]:
    """Base-form guesses for an inflected English word: denies → deny, killed → kill."""
    out = [word]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            out.append(word[: -len(suffix)] + repl)
    if len(word) > 4 and word[-3] == word[-4] and word.endswith("ed"):
        out.append(word[:-3])  # "stopped" → "stop"
    return out


class Truecaser:
    """Lower-cases the verbs and function words of capitalised lines."""

    def __init__(self, verbs: Iterable[str], keep: Iterable[str] = ()) -> None:
        self.verbs = frozenset(verbs)
        self.keep = frozenset(k.lower() for k in keep)

    def is_function_or_verb(self, word: str) -> bool:
        low = word.lower().replace("’", "'")
        if low in self.keep:
            return False
        return low in STOP_WORDS or any(s in self.verbs for s in _stems(low))

    def line(self, line: str) -> str:
        words = list(_WORD.finditer(line))
        if len(words) < MIN_WORDS or line.rstrip().endswith((".", "?\"", ".\"")):
            return line
        caps = sum(1 for m in words if m.group()[0].isupper())
        if caps / len(words) < TITLE_SHARE:
            return line
        chars = list(line)
        for m in words[1:]:
            w = m.group()
            if w[0].isupper() and self.is_function_or_verb(w) and not (w.isupper() and len(w) <= 4
                                                                      and not line.isupper()):
                chars[m.start():m.end()] = list(w.lower())
        return "".join(chars)

    def text(self, text: str) -> str:
        """``text`` with its capitalised lines truecased (same length, same offsets)."""
        return "".join(self.line(part) for part in re.split(r"(\n)", text))


class TruecasingTokenizer:
    """A tokenizer that tokenizes the truecased text and keeps the text as written. ``inner``
    and ``caser`` are public: a text parsed in pieces is truecased whole, line by line
    (:mod:`rashomon.nlp.chunks`), then each piece tokenized by ``inner``."""

    def __init__(self, inner: Callable[[str], Doc], caser: Truecaser) -> None:
        self.inner = inner
        self.caser = caser

    def __call__(self, text: str) -> Doc:
        cased = self.caser.text(text)
        doc = self.inner(cased)
        if cased != text:
            doc.user_data[ORIGINAL_TEXT] = text
        return doc


def install_truecaser(nlp: Language) -> None:
    """Wrap ``nlp``'s tokenizer so capitalised lines are parsed truecased (verbs: the model's
    own lemmatizer lookups)."""
    verbs: frozenset[str] = frozenset()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            verbs = frozenset(lookups.get_table("lemma_index").get("verb", ()))
    if not verbs:
        return  # no verb list: parse as written
    nlp.tokenizer = TruecasingTokenizer(nlp.tokenizer, Truecaser(verbs))
