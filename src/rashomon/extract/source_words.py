"""The words that name sources, shared by the rules of :mod:`rashomon.extract.source_names`:
speaker titles and ranks, affiliation roles, body nouns, nationality words, and the small tests
built on them (split from source_names on 2026-12-07 to keep each module under 400 lines)."""

from __future__ import annotations

import functools
import re

from rashomon.data import load as load_data
from rashomon.extract.lexicon import load_cues_data
from rashomon.extract.source_labels import is_acronym
from rashomon.lexicon import words

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,9})\)")
_LEADING = re.compile(r"^(?:" + "|".join(map(re.escape, sorted(words("claim_words.yaml", "name_leading_words"))))
                      + r"|\d+)\s+", re.IGNORECASE)
_POSSESSOR = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+")  # "Haftar's"
SMALL = words("claim_words.yaml", "name_small_words")


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    data = load_cues_data()
    titles = frozenset(w.lower() for w in data["speaker_titles"]) | frozenset(
        w.lower() for w in data["speaker_ranks"])
    roles = frozenset(w.lower() for w in data["affiliation_roles"])
    alts = "|".join(sorted((re.escape(r) for r in roles), key=len, reverse=True))
    affiliation = re.compile(
        rf"\b(?P<role>{alts})s?\s+(?P<prep>of|for|at|with|from|in|representing)\s+(?P<org>(?:the\s+)?[^,;:\n]+)",
        re.IGNORECASE)
    return titles, roles, affiliation


def _clean_org(org: str) -> str | None:
    org = re.split(r"\s+(?:who|which|that|said|says|told|and\s+[a-z])\b", org)[0].strip(" .,'\"“”")
    m = _ACRONYM.search(org)
    if m:
        return m.group(1)
    org = _LEADING.sub("", org)
    owned = _POSSESSOR.sub("", org)
    if owned != org and not any(w[:1].isupper() for w in owned.split()):
        return None  # "Mr Hifter's forces": the owner's forces, named by no body of their own
    org = owned
    words = org.split()
    if len(words) > 1 and is_acronym(words[0].strip("’'")) and all(w[:1].isupper() for w in words[1:]):
        return words[0].strip("’'")  # "Interior Minister of the GNA Fathi Bashagha": the GNA
    if not words or (not any(w[:1].isupper() for w in words if w.lower() not in SMALL) and not _names_body(org)):
        return None  # "the area", "the scene": not an organisation ("the local militia" is one)
    return org


@functools.cache
def _bodies() -> frozenset[str]:
    """Nouns that name a body a title can belong to ("police", "ministry", "services")."""
    titles, _, _ = _words()
    return (frozenset(w.lower() for w in load_cues_data()["source_nouns"]) - titles
            - words("claim_words.yaml", "not_bodies"))


@functools.cache
def nationality_words() -> frozenset[str]:
    """Nationality words ("Afghan", "Sudanese") of data/demonyms.yaml, as written."""
    return frozenset(str(w) for w in (load_data("demonyms.yaml").get("demonyms") or {}))


@functools.cache
def _nationalities() -> frozenset[str]:
    return frozenset(w.lower() for w in nationality_words() if "," not in w)


def _names_body(words: str) -> bool:
    """Whether a word of ``words`` names a body ("ministry", "army's": ``_bodies``)."""
    return any(w.lower().removesuffix("'s").removesuffix("’s").strip(".,'’") in _bodies()
               for w in words.split())


def _nationality_before(text: str) -> bool:
    """Whether the word right before a role is a nationality ("Cameroonian officials")."""
    words = text.split()
    return bool(words) and words[-1].lower() in _nationalities()


def _body_before(text: str) -> bool:
    """Whether the words right before a role, in its own phrase, name a body ("a senior police
    officer", "an army commander"); not across a comma ("the police, a spokesman")."""
    words = re.split(r"[,;:]", text)[-1].split()
    return bool(words) and _names_body(" ".join(words[-2:]))


def _office_before(text: str) -> bool:
    """Whether a membership ("a member of X", "a leader of X") is an appositive after a
    speaker described by an office of its own ("the commissioner of Nasir county, NAME, "), not
    after a bare name ("NAME, a member of X": X speaks)."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or not parts[0]:
        return False
    return any(w[:1].islower() and w.lower() not in SMALL | {"a", "an"} for w in parts[0].split())


def _name_before(text: str) -> str | None:
    """The capitalised name right before a role in its own phrase, up to two lower-case words
    between ("A Fano commander", "a senior Hamas militia commander" → "Fano", "Hamas"), after
    an article or another word; not an article, a rank nor a nationality ("An Israeli army
    officer": none)."""
    words = re.split(r"[,;:]", text)[-1].split()
    titles, _, _ = _words()
    tail = 0
    while tail < min(2, len(words)) and words[-1 - tail][:1].islower():
        tail += 1
    name = words[:len(words) - tail]
    run: list[str] = []
    while name and name[-1][:1].isupper() and name[-1].lower() not in SMALL | titles | {"a", "an", "one"} \
            and name[-1].lower() not in _nationalities():
        run.insert(0, name.pop().removesuffix("'s").removesuffix("’s"))
    if not name:
        return None  # "Health officials in Gaza": a capital that only opens the phrase names nobody
    return " ".join(run) or None
