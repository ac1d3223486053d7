"""What ``rashomon compare`` knows about one article: frames, claims and the features of the
similarity dimensions.

:func:`profile_article` runs the pipeline's own per-article stages
(:func:`rashomon.pipeline.process_article_with_doc`: frames and claims, exactly as ``analyze``
finds them) and reads the named entities, place mentions and date phrases of the whole text,
which the frames (only built for violent incidents) do not carry, from the same parse: one
spaCy pass per article. (Until 2026-12-06 a second, NER-only pass found them; its entities
differed from the full parse's in 4 of the 94 ECB+ gate documents, where the parser's
sentence ends cut an entity, and the ECB+ gate figure was the same either way.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from rashomon.config import Options, setting
from rashomon.errors import InputError
from rashomon.gazetteer import name_key, resolve_date
from rashomon.pipeline import Resources, process_article_with_doc, read_articles
from rashomon.types import Article, ArticleResult, Claim, Frame, Location, Skipped

# named-entity labels that count as "entities" (SemEval: people, organisations, places, …)
ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT", "PRODUCT",
                           "WORK_OF_ART", "LAW"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
DATE_LABELS = frozenset({"DATE"})
FRAME_PLACE_WEIGHT: int = setting("compare.profile", "frame_place_weight")  # data/settings.toml
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_LEADING_THE = re.compile(r"(?i)^the\s+")


@dataclass(frozen=True, slots=True)
class ArticleProfile:
    """One article prepared for comparison. Counts are mentions in the text."""

    result: ArticleResult
    entities: Mapping[str, int]  # entity key (canonical actor name or folded name) -> mentions
    places: tuple[tuple[Location, int], ...]  # distinct resolved places, mentions
    dates: tuple[str, ...]  # YYYY-MM-DD of the date phrases that resolve, text order
    terms: Mapping[str, int]  # content words (lower case, stop words dropped) -> count

    @property
    def article(self) -> Article:
        return self.result.article

    @property
    def claims(self) -> tuple[Claim, ...]:
        return self.result.claims

    @property
    def main_frames(self) -> tuple[Frame, ...]:
        """The frames of the incident the article reports (not background incidents)."""
        return tuple(f for f in self.result.frames if not f.background)


def terms(text: str) -> Counter[str]:
    """Content words: letters only, 3+ characters, lower case, no stop words, plural -s off."""
    out: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        w = m.group().casefold()
        if w in STOP_WORDS:
            continue
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out[w] += 1
    return out


def _entity_key(text: str, res: Resources) -> str:
    actor = res.actors.resolve(text)
    if actor is not None:
        return actor.name
    return name_key(_LEADING_THE.sub("", text.strip()))


def profile_article(article: Article, res: Resources) -> ArticleProfile:
    """Frames and claims (the pipeline's), entities, places, dates and terms of one article."""
    result, doc = process_article_with_doc(article, res)
    ents = [e for e in doc.ents if e.label_ in ENTITY_LABELS]
    # "Malkin" after "Evgeni Malkin": a one-word person is the longer name it ends
    full_names = {e.text.split()[-1]: e.text for e in ents if e.label_ == "PERSON" and len(e.text.split()) > 1}
    entities: Counter[str] = Counter()
    places: Counter[Location] = Counter()
    resolved: dict[str, Location | None] = {}
    keys: dict[str, str] = {}  # a name mentioned again resolves as it did the first time
    for e in ents:
        text = full_names.get(e.text, e.text) if e.label_ == "PERSON" else e.text
        if text not in keys:
            keys[text] = _entity_key(text, res)
        key = keys[text]
        if key:
            entities[key] += 1
        if e.label_ in PLACE_LABELS:
            if text not in resolved:
                resolved[text] = res.places.resolve(text)
            loc = resolved[text]
            if loc is not None:
                places[loc] += 1
    for claim in result.claims:
        if claim.source.name and claim.source.name != "unknown":
            entities[claim.source.name] += 1
    for frame in result.frames:
        for actor in (*frame.perpetrators, *frame.targets):
            entities[actor] += 1
        if frame.location is not None and not frame.background:
            places[frame.location] += FRAME_PLACE_WEIGHT
    published = article.published
    dates = [v for e in doc.ents if e.label_ in DATE_LABELS
             for v, precision in [resolve_date(e.text, published)] if v and precision != "unknown"]
    dates += [f.date for f in result.frames if f.date and not f.background]
    return ArticleProfile(result=result, entities=dict(entities), places=tuple(places.items()),
                          dates=tuple(dates), terms=dict(terms(article.text)))


def load_article(path: str | Path, options: Options) -> Article:
    """Read and normalize (the pipeline's :func:`~rashomon.pipeline.read_articles`) the one
    article in ``path`` (.txt, .md, .html or .json).

    Raises :class:`InputError` with the reason when the file cannot be read or analysed.
    """
    items = list(read_articles([str(path)], options))
    if not items:
        raise InputError(f"{path}: no article found (supported: .txt .md .html .json)")
    if len(items) > 1:
        raise InputError(f"{path}: holds {len(items)} articles; compare takes one article per file")
    art = items[0]
    if isinstance(art, Skipped):
        raise InputError(f"{path}: {art.reason}")
    return art
