"""The entities of a Doc, indexed once per article: the entities of a sentence, of a character
range or around a token cost what they return, not the length of the article.

spaCy rebuilds ``Doc.ents`` from every token, with a new Span per entity, on each access, and
``Span.ents`` reads the whole ``Doc.ents`` to keep the span's own. The extractors ask for the
entities of a sentence, a speaker or a place mention several times per sentence, so an article
of n sentences cost n² (issue 14: ``Doc.ents`` was 81% of the CPU time of a 1,000-sentence
article, profiled with cProfile). :func:`freeze_entities`, called by the pipeline once the
model has run, keeps the Doc's entity Spans (the same objects ``doc.ents`` gives, equal to
them) with their token and character offsets, beside the Doc (a weak reference: nothing is
kept once the Doc is gone, and the Doc itself is unchanged). The queries then bisect them.

A Doc that was not frozen (a test's, a caller's own) is read through spaCy, with the same
answers. The pipeline never changes a Doc's entities after freezing them; code that does must
freeze them again.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True, slots=True)
class _Index:
    ents: tuple[Span, ...]
    starts: tuple[int, ...]  # token offsets
    ends: tuple[int, ...]
    end_chars: tuple[int, ...]


# the index lives in the Doc's own user_data: a global map keyed by the Doc would keep every
# Doc alive (the index's Spans hold their Doc, so even a WeakKeyDictionary's keys never die),
# while Doc -> user_data -> index -> Span -> Doc is a cycle the collector frees with the Doc
_KEY = "rashomon.entity_index"


def _index(doc: Doc) -> _Index | None:
    index = doc.user_data.get(_KEY)
    return index if isinstance(index, _Index) else None


def freeze_entities(doc: Doc) -> None:
    """Index ``doc``'s entities as they are now."""
    ents = tuple(doc.ents)
    doc.user_data[_KEY] = _Index(ents, tuple(e.start for e in ents), tuple(e.end for e in ents),
                          tuple(e.end_char for e in ents))


def ents_in(obj: Doc | Span) -> Sequence[Span]:
    """The entities of a Doc (as ``doc.ents``) or those wholly inside a Span (as ``span.ents``),
    in text order."""
    doc = obj.doc if isinstance(obj, Span) else obj
    index = _index(doc)
    if index is None:
        return obj.ents
    if not isinstance(obj, Span):
        return index.ents
    first = bisect_left(index.starts, obj.start)
    last = bisect_right(index.ends, obj.end, lo=first)  # entities are sorted and do not overlap
    return index.ents[first:last]


def entity_at(token: Token) -> Span | None:
    """The entity holding ``token``, if any."""
    index = _index(token.doc)
    if index is None:
        return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    n = bisect_right(index.starts, token.i) - 1
    return index.ents[n] if n >= 0 and token.i < index.ends[n] else None


def ents_overlapping(doc: Doc, start: int, end: int) -> Sequence[Span]:
    """The entities sharing a character with ``doc.text[start:end]``, in text order."""
    index = _index(doc)
    if index is None:
        return [e for e in doc.ents if e.end_char > start and e.start_char < end]
    first = bisect_right(index.end_chars, start)
    out = []
    for ent in index.ents[first:]:
        if ent.start_char >= end:
            break
        out.append(ent)
    return out
