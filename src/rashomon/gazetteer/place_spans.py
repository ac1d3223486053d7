"""The spans of running text that may name a place, and what each may name before the
article's context is read.

:class:`PlaceSpans` is the part of :class:`~rashomon.gazetteer.place_text.PlaceText` that
cuts text into candidate spans (runs of capitalised words, "al-X", a direction word before a
name) and looks each span up once (:class:`Prepared`: its candidates, whether it is a people's
name, an organisation's, a short code); :meth:`~.place_text.PlaceText._hit` then weighs the
candidates in the article's context. Split from :mod:`.place_text` so that each module has one
concern.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rashomon.gazetteer.fold import ARTICLES, name_key, place_key, strip_marks, words
from rashomon.gazetteer.place_context import Candidate, demonyms
from rashomon.gazetteer.place_hits import towns_before_regions
from rashomon.lexicon import alternation
from rashomon.lexicon import words as lexicon_words
from rashomon.lexicon.phrases import ONE_SPACE

_GAP_OK = re.compile(r"[ \-–'’]*")  # what may separate the words of one place mention
_NAME_WORD = re.compile(r"(?:[A-Z0-9]|" + alternation(sorted(lexicon_words("places.yaml", "name_words")),
                                                     whitespace=ONE_SPACE) + r"\b)")
_AYN = "'’‘`ʿʼ"  # an ayn or hamza written as an apostrophe may open a word ("al-'Ayn")

# English words that are also Arabic articles: "As Sawda" is a name, "As Syria's war ..." is not
_ENGLISH_ARTICLES = lexicon_words("places.yaml", "english_articles")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(])\s*$")


def _assimilated(text: str, start: int, article: str, name: str) -> bool:
    """Whether a capitalised article written apart from the name is part of it: an Arabic
    article assimilated to the name's first letter ("Ad Dawalib", "As Sawda", "Ash Sharqat",
    "Ar Rutbah", "An Nasiriyah", "Ed Damer"); one that is an English word ("As", "At", "An")
    not at the start of a sentence, where the word is capitalised anyway."""
    lower = article.lower()
    if not article[:1].isupper() or not name[:1].isupper() or lower in ("the", "l") or len(lower) < 2:
        return False
    if not name.lower().startswith(lower[1:]):
        return False
    return lower not in _ENGLISH_ARTICLES or not _SENTENCE_START.search(text, max(0, start - 4), start)


class Prepared(NamedTuple):
    """The context-free part of :meth:`~.place_text.PlaceText._hit` for one span."""

    light: str  # name_key of the span
    short_code: bool  # an upper-case code of up to 4 letters ("UN", "ISIS"): only a country
    cands: tuple[Candidate, ...]  # the candidates it may name
    demonym: bool  # a people's name: its country only, by its main name
    unique: bool  # one place only among the candidates spelled as written
    org_town: bool = False  # an organisation named like a town ("Fano"): the town only where backed
    organisation: bool = False  # an organisation's name ("Mai-Mai"): no place, nor any word of it
    # towns of the index sharing only a skeleton shorter than FUZZY_MIN_KEY ("Koya": Koye, Kuyah):
    # a place only where the text marks the name as a town and the article backs the town
    short: tuple[Candidate, ...] = ()


# performance only: spans whose context-free part is remembered (then forgotten: bounded memory)
PREPARED_KEPT = 100_000
_WORD_SPLIT = re.compile(r"[\s\-]+")


def _capitalised_words(span: str) -> bool:
    """Whether a span is written as a name of the index may be: capitalised word by word
    after the first (an ayn or hamza written as an apostrophe may open a word: "Darat
    'Izzah", "Ras al-'Ayn"; a particle inside: "Bab el Mandeb", never last: "Homs as"; a
    lower-case "city" may end it: "Gaza city", "Sadr city")."""
    tail = [w.lstrip(_AYN) for w in re.split(r"[\s]+", span)[1:]]
    if tail and tail[-1] == "city":
        tail = tail[:-1]
    last = tail[-1].split("-")[-1].lstrip(_AYN)[:1] if tail else "A"
    return all(_NAME_WORD.match(w) for w in tail) and (last.isupper() or last.isdigit())


def _listed(c: Candidate) -> bool:
    """Whether a candidate may be named by a span not capitalised word by word: a place of
    the supplement, a country or an alias (no place of the index: those are towns and regions)."""
    return c.source in ("supplement", "country") or c.kind == "alias"


class PlaceSpans:
    """Candidate spans and their context-free look-up; mixed into the gazetteer, which
    provides the lookups."""

    _fuzzy_min_key: int  # gazetteer.place_text's fuzzy_min_key (data/settings.toml), read there
    _max_words: int
    _generic: frozenset[str]
    _case_sensitive: frozenset[str]
    _directions: frozenset[str]

    def candidates(self, name: str, *, skeleton: bool = True) -> list[Candidate]:
        raise NotImplementedError

    def listed_candidates(self, name: str, *, skeleton: bool = True) -> list[Candidate]:
        raise NotImplementedError

    def organisation(self, name: str) -> bool:
        raise NotImplementedError

    def organisation_town(self, name: str) -> bool:
        raise NotImplementedError

    def _spans(self, text: str) -> list[tuple[int, int, str]]:
        """Candidate spans: runs of up to ``_max_words`` words starting with a capital
        (or "al-X"), longest first at each start."""
        toks = words(text)
        # bad_gap[i]: the first k >= i whose gap to the next word may not join one name (then
        # the spans from word i end at word k at the latest); one test per gap (issue 14)
        bad_gap = [len(toks)] * (len(toks) + 1)
        for k in range(len(toks) - 2, -1, -1):
            gap_ok = (toks[k + 1][0] - toks[k][1] == 1 and text[toks[k][1]] == " ") \
                or _GAP_OK.fullmatch(text, toks[k][1], toks[k + 1][0])  # most gaps: one space
            bad_gap[k] = bad_gap[k + 1] if gap_ok else k
        out: list[tuple[int, int, str]] = []
        articles, directions = ARTICLES, self._directions
        for i, (start, end0, first) in enumerate(toks):
            if not first[:1].isupper() and first.lower() not in articles and first.lower() not in directions:
                continue  # most words: no name starts here (the tests below would say so too)
            if i and toks[i - 1][2].lower() in ARTICLES and text[toks[i - 1][1]:start].rstrip(_AYN) in ("-", "‐"):
                continue  # "Jadida" of "al-Jadida": the span from the article holds it
            lead = first
            if first.lower() in ARTICLES and i + 1 < len(toks):
                # an article starts a name only as "al-X", "al X" or an assimilated "Ad Dawalib"
                # ("at Al-Ahli" starts later)
                if not (first.lower() in ("al", "el") or text[end0:end0 + 1] in "-‐"
                        or _assimilated(text, start, first, toks[i + 1][2])):
                    continue
                lead = toks[i + 1][2]
            # a lower-case direction word may start a name: "northern Gaza", "southern Lebanon"
            direction = first.lower() in self._directions and i + 1 < len(toks) and toks[i + 1][2][:1].isupper()
            if (not lead[:1].isupper() or first.lower() == "the") and not direction:
                continue
            for j in range(min(len(toks) - 1, i + self._max_words - 1, bad_gap[i]), i - 1, -1):
                end = toks[j][1]
                if text[end - 2:end] in ("'s", "’s") and end - 2 > start:
                    end -= 2  # "Kabul’s international airport": the place is Kabul
                out.append((start, end, text[start:end]))
        return out

    def _prepared(self, span: str) -> Prepared | None:
        """What :meth:`_hit` knows of a span before it reads the article's context (None: no
        place, whatever the context). Remembered per span: an article's names are looked up
        again sentence by sentence, and corpora repeat them (issue 14: ~5% of the analysis)."""
        cache = self.__dict__.setdefault("_prepared_cache", {})
        if span in cache:
            return cache[span]  # type: ignore[no-any-return]
        if len(cache) >= PREPARED_KEPT:
            cache.clear()
        prep = cache[span] = self._prepare(span)
        return prep

    def _prepare(self, span: str, *, shortcut: bool = True) -> Prepared | None:
        """:meth:`_prepared` uncached. ``shortcut`` (performance only, the same answer: tested)
        skips the index lookups of a span that only a place of the gazetteer's own lists may
        name (most spans of running text: "Obama said on")."""
        light = name_key(span)
        case_sensitive = span in self._case_sensitive
        if len(light) < 3 and not case_sensitive:
            return None
        if not case_sensitive and any(name_key(n) == light for n in self._case_sensitive):
            return None  # "hit", "acre": only as written
        letters = strip_marks(span).replace(".", "").replace(" ", "")
        short_code = letters.isupper() and len(letters) <= 4 and not case_sensitive
        if all(w.lower() in self._generic for w in _WORD_SPLIT.split(span)):
            return None  # "Central"
        if " ".join(strip_marks(span).lower().split()) in demonyms():
            countries = tuple(c for c in self.candidates(span) if c.source == "country")  # "Myanmar", not "Syrian"
            return Prepared(light, short_code, countries, True, False)
        listed_only = not _capitalised_words(span)
        short: tuple[Candidate, ...] = ()
        if listed_only and shortcut and not any(map(_listed, self.listed_candidates(span))):
            cands: list[Candidate] = []  # what the index adds is dropped below: never listed
        else:
            every = self.candidates(span)
            long_key = len(place_key(span)) >= self._fuzzy_min_key
            cands = towns_before_regions([c for c in every if c.form != "skeleton" or c.source == "supplement"
                                          or long_key])
            short = () if long_key or listed_only else \
                tuple(c for c in every if c.form == "skeleton" and c.source == "town")
        if listed_only:
            # "We are" is not Weare: a name of the index is capitalised word by word (a
            # particle inside: "Bab el Mandeb", never last: "Homs as"); only
            # the supplement's names and aliases have lower-case words ("Albu Kamal border
            # crossing", "Diyala governorate")
            cands = [c for c in cands if _listed(c)]
        organisation = self.organisation(span)
        if organisation:  # "Hamas" (an alternate name of Hamm): no place
            cands = [c for c in cands if c.form == "main" or c.source in ("country", "supplement")]
        spelled = {c.location for c in cands if c.form in ("main", "alternate")}
        org_town = self.organisation_town(span)
        return Prepared(light, short_code, tuple(cands), False, len(spelled) == 1, org_town,
                         organisation and not org_town and not cands, () if organisation or short_code else short)
