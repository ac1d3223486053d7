"""A headline that debunks in the outlet's own voice is the outlet's denial.

"Don't Worry, Judd Nelson Is Not Dead", "No, Banksy has not been arrested", "The video of a
bird landing on the minister is a hoax": nobody is quoted, the outlet itself says the story is
false. The ledger's honest reading is a ``denies`` claim whose source is the outlet (its name
when the article gives one, else "unattributed (outlet)"), with no words as written for the
source (no offsets). Decision documented in DESIGN terms: an outlet is not the source of the
claims it *reports*; a debunk in its own voice is a claim it makes.

Only the headline (the first line, without final full stop) is read; a question ("Real or
hoax?") debunks nothing; a debunking word inside a speaker's reported content is that
speaker's (the attribution rules handle it); a headline already holding a denial adds none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import load_cues_data
from rashomon.lexicon import words
from rashomon.types import Claim, Evidence, Source

OUTLET_FALLBACK = "unattributed (outlet)"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_cues_data()["headline_debunk"]
    words = re.compile(r"\b(?:" + "|".join(data["words"]) + r")\b", re.IGNORECASE)
    lead = re.compile(r"^\s*(?:[\w ]{1,20}:\s+)?(?:" + "|".join(data["leads"]) + r")\s*[,.!:–—-]\s",
                      re.IGNORECASE)
    cancel = re.compile(r"\b(?:" + "|".join(data["not_after"]) + r")\s+(?:a\s+|an\s+)?$", re.IGNORECASE)
    return words, lead, cancel


@functools.cache
def _adjectives() -> tuple[frozenset[str], frozenset[str]]:
    data = load_cues_data()["headline_debunk"]
    return frozenset(data["adjective_words"]), frozenset(data["story_nouns"])


def _describes_other_noun(word: str, after: str) -> bool:
    """"fake passports": an adjective before a lower-case noun that is not a story ("fake
    news", "false alarms", "Fake Fox News account" debunk)."""
    adjectives, stories = _adjectives()
    if word.lower() not in adjectives:
        return False
    m = re.match(r"\s+([a-z]+)\b", after)
    if m is None:
        return False
    noun = m.group(1)
    return noun not in stories and noun.rstrip("s") not in stories and noun not in FUNCTION_WORDS


FUNCTION_WORDS = words("claim_words.yaml", "function_words")


def headline_span(doc: Doc) -> tuple[int, int] | None:
    """The first line when it reads as a headline (no final full stop), else None."""
    text = text_of(doc)
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end].rstrip()
    start = len(line) - len(line.lstrip())
    if not line.strip() or line.endswith("."):
        return None
    return start, len(line)


def debunks(headline: str, reported: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether ``headline`` debunks in its own voice; ``reported``: spans (in the headline) of
    speakers' contents, whose debunking words are theirs."""
    words, lead, cancel = _patterns()
    clauses = re.split(r"(?<=[?])\s*", headline)
    at = 0
    for clause in clauses:
        start, at = at, at + len(clause)
        if clause.rstrip().endswith("?"):
            continue  # "Real or hoax?", "Did Banksy post this?"
        if lead.search(clause):  # at the start, or answering the question before it
            return True
        for m in words.finditer(clause):
            pos = start + m.start()
            if any(s <= pos < e for s, e in reported):
                continue
            if cancel.search(clause[:m.start()]):
                continue  # "not a hoax", "real or hoax"
            if _describes_other_noun(m.group(0), clause[m.end():]):
                continue  # "caught with fake passports"
            return True
    return False


def outlet_debunk(doc: Doc, article_id: str, contents: Sequence[tuple[int, int, int]], claims: Sequence[Claim],
                  outlet: str | None, max_text: int) -> Claim | None:
    """The outlet's own denial when its headline debunks: ``contents`` are (sentence start,
    content start, content end) of the article's attributions, ``claims`` its claims so far."""
    span = headline_span(doc)
    if span is None:
        return None
    hs, he = span
    inside = [(lo, hi) for sent, lo, hi in contents if hs <= sent < he]
    if any(c.stance == "denies" and hs <= c.evidence.start < he for c in claims):
        return None  # the headline's denial is already a speaker's
    reported = [(lo - hs, hi - hs) for lo, hi in inside]
    headline = text_of(doc)[hs:he]
    if not debunks(headline, reported):
        return None
    return Claim(id=f"{article_id}:c0", article_id=article_id,
                 source=Source(name=outlet or OUTLET_FALLBACK, text="", kind="media"),
                 stance="denies", about="occurrence", text=" ".join(headline.split())[:max_text],
                 evidence=Evidence(hs, he, headline))
