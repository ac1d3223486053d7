"""Text folding shared by the actor and place gazetteers.

Three levels:

* :func:`fold` — lower case, no diacritics, one apostrophe, ``U.S.``/``United States`` → ``us``.
* :func:`words` — word tokens with character offsets into the original text (for ``find``).
* :func:`place_key` — a transliteration skeleton of a place name: leading Arabic articles,
  apostrophes, hyphens and spaces removed, vowel and letter variants merged
  (``Albu Kamal`` ≈ ``Al-Bukamal``; ``Deir ez-Zor`` = ``Dayr az Zawr`` = ``Deir al-Zour``).

:func:`spacy_tokens` mimics spaCy's English tokenizer on the names of the gazetteers, so that
the EntityRuler token patterns line up with real tokens.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import groupby

from rashomon.lexicon import words as lexicon_words

# Letters NFKD does not decompose, apostrophe-like marks (ayn, hamza, quotes) and dashes.
_APOSTROPHES = "'’‘`´ʼʻʿʾ′"
_DASHES = "‐‑‒–—−"
_TABLE = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h",
    "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th",
    **dict.fromkeys(_APOSTROPHES, "'"), **dict.fromkeys(_DASHES, "-"),
})


def strip_marks(text: str) -> str:
    """ASCII text: diacritics removed, apostrophes and dashes unified, other scripts dropped."""
    if text.isascii():
        return text.replace("`", "'")
    text = text.translate(_TABLE)
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


_US_RE = re.compile(
    r"\bU\.\s?S\.(?:\s?A\.)?|\bU\.S\b|\bUnited\s+States(?:\s+of\s+America)?\b|\bUSA\b",
    re.IGNORECASE,
)



def fold(text: str) -> str:
    """Lower-case, diacritic-free text with ``U.S.``-forms written ``us``; spaces collapsed."""
    text = _US_RE.sub(" us ", strip_marks(text))
    text = re.sub(r"'s\b", "", text.lower())
    text = re.sub(r"[^a-z0-9]+", " ", text.replace("'", ""))
    return text.strip()


# A word: "U.S."-forms, or letters/digits with inner apostrophes ("Qa'im", "Syria's").
_WORD_RE = re.compile(
    r"U\.\s?S\.(?:\s?A\.)?|United\s+States|[^\W_]+(?:['’‘`ʼʿ][^\W_]+)*",
    re.IGNORECASE,
)


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of ``text`` as (start, end, original) triples."""
    return [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]


# ---------------------------------------------------------------------------------------
# place skeleton

# Arabic article forms that stand alone after hyphen/space splitting ("al-", "ez-", "ash ").
ARTICLES = lexicon_words("places.yaml", "name_articles")  # data/places.yaml
# an assimilated article glued to a later word: "Ezzor" (ez-Zor), "Assakhar", "Arramadi"
_GLUED_SUN = re.compile(r"^[ae](t|d|r|z|s|n)(?=\1[aeiouy][a-z])")

# Letter variants merged, in three passes (order matters): single letters, digraphs, then
# the remaining vowel/consonant variants (e/i, o/u, q/k/g/c).
_PASS1 = str.maketrans({"y": "i", "w": "u"})
_DIGRAPHS = (
    ("ph", "f"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ck", "k"), ("dj", "j"),
    ("ou", "u"), ("oo", "u"), ("au", "u"), ("ee", "i"), ("ei", "i"), ("ai", "i"), ("ie", "i"),
)
_PASS3 = str.maketrans({"q": "k", "g": "k", "c": "k", "e": "i", "o": "u"})
_SPLIT_RE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=200_000)
def place_key(name: str) -> str:
    """Transliteration skeleton of a place name; "" when nothing is left.

    >>> place_key("Albu Kamal") == place_key("Abou Kamal") == place_key("Al-Bukamal")
    True
    """
    text = strip_marks(name).lower()
    if "'" in text:
        text = text.replace("'", "")
    parts = [p for p in _SPLIT_RE.split(text) if p]
    last = len(parts) - 1
    kept: list[str] = []
    for i, part in enumerate(parts):
        if i < last and part in ARTICLES:
            continue
        if i > 0 and part[:1] in "ae":
            part = _GLUED_SUN.sub("", part)
        if len(part) > 3 and part[-1] == "h" and part[-2] in "ae":
            part = part[:-2] + "a"
        kept.append(part)
    key = "".join(kept).translate(_PASS1)
    for digraph, repl in _DIGRAPHS:
        if digraph in key:
            key = key.replace(digraph, repl)
    key = key.translate(_PASS3)
    if key.startswith(("abu", "albu")):  # Albu Kamal = Abu Kamal = Bukamal
        key = key[key.index("bu"):]
    return "".join(ch for ch, _ in groupby(key))  # doubled letters once


def consonant_key(key: str) -> str:
    """A skeleton (:func:`place_key`) without its vowels after the first letter: Arabic short
    vowels are written as any of a/i/u in English ("Shirqat" = "Sharqat" = "shrkt"); the
    Arabic jim as "j" or, in Egypt, Sudan and Italian-era Libya, as "g" (folded to "k" by the
    skeleton): "Gezira" = "Jazira", "Gialo" = "Jalu" (:func:`jim_key`)."""
    key = jim_key(key)
    return key[:1] + re.sub(r"[aeiou]", "", key[1:])


def jim_key(key: str) -> str:
    """A skeleton with "j" read as the skeleton's "k" (a written "g"). Too loose for the
    skeleton itself ("Juba" would be Goba, "Abuja" Bouca): only near spellings inside one
    country the article backs use it."""
    return key.replace("j", "k")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Light folding of a name: case, diacritics, apostrophes, spaces/hyphens and a leading
    article ignored, letters kept ("Deir ez-Zor" = "Deir Ezzor", but "Police" != "Polis").

    ``find`` matches running text on this key, which is far less prone to hit English words
    than :func:`place_key`.
    """
    parts = [p for p in _SPLIT_RE.split(strip_marks(name).lower().replace("'", "")) if p]
    while len(parts) > 1 and parts[0] in ARTICLES:
        parts = parts[1:]
    return "".join(parts)


# Spelling variants of one sound that the light key keeps apart and English news mixes at the
# start of a word: the Arabic dhal written "dh" or "th" ("Dhi Qar" = "Thi Qar", "Dhamar" =
# "Thamar"). Only word-initial: inside a word "th"/"dh" are as often two sounds ("Ludhiana").
# Other systematic variants (ou/u, ee/i, q/k, kh/k, e/i, o/u) are folded by the skeleton
# (:func:`place_key`), where a match needs the article's backing.
_INITIAL_VARIANTS = (("th", "dh"), ("dh", "th"))
_MAX_VARIANTS = 4  # names of many such words: the first combinations only (performance)


@lru_cache(maxsize=50_000)
def spelling_variants(name: str) -> tuple[str, ...]:
    """Light keys (:func:`name_key`) of ``name`` with word-initial "th"/"dh" swapped, the
    name's own key left out: ``spelling_variants("Thi Qar") == ("dhiqar",)``."""
    words_ = [w for w in _SPLIT_RE.split(strip_marks(name).lower().replace("'", "")) if w]
    keys = {name_key(" ".join(words_))}
    out: list[str] = []
    variants = [words_]
    for i, w in enumerate(words_):
        swap = next((b + w[2:] for a, b in _INITIAL_VARIANTS if w.startswith(a) and len(w) > 2), None)
        if swap is not None:
            variants = (variants + [[*v[:i], swap, *v[i + 1:]] for v in variants])[:_MAX_VARIANTS]
    for v in variants[1:]:
        key = name_key(" ".join(v))
        if key not in keys:
            keys.add(key)
            out.append(key)
    return tuple(out)


# ---------------------------------------------------------------------------------------
# spaCy-like tokenization of gazetteer names (for EntityRuler token patterns)

_SPACY_SPLIT = re.compile(
    r"(?<=[^\W_])([-–—])(?=[^\W\d_])"  # infix hyphen between a letter/digit and a letter
    r"|(['’]s)\b"  # possessive suffix
)


def spacy_tokens(text: str) -> list[str]:
    """Approximate ``spacy.blank("en").make_doc(text)`` for names (tested against spaCy)."""
    out: list[str] = []
    for chunk in text.split():
        pieces = [p for p in _SPACY_SPLIT.split(chunk) if p]
        for piece in pieces:
            if len(piece) > 1 and piece[-1] in "'’,;:" and piece[:-1].isalnum():
                out.extend([piece[:-1], piece[-1]])
            else:
                out.append(piece)
    return out
