"""The document's sentences, their starts, its entities and its tokens, read once per document
and kept in ``Doc.user_data``: every rule that asks for a claim's sentence reads them from here
(``Token.sent`` walks the document's sentences on every call, quadratic on a long article).
Moved out of ``claim_scene``, which re-exports :func:`sentence_of` and :func:`doc_tokens`."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "rashomon.claim_scene.sents"  # Doc.user_data key: the sentences, their starts, the entities


def sentences(doc: Doc) -> tuple[list[Span], list[int], tuple[Span, ...], list[Token]]:
    """The document's sentences, their start tokens, its entities and its tokens, read once per
    document: ``Token.sent`` walks the sentence on every call (a claim's span asked token by token
    for its sentences cost more than the rest of this rule), and every ``doc[i]`` or iteration
    builds its Token objects anew."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        sents = list(doc.sents)
        cached = (sents, [s.start for s in sents], tuple(doc.ents), list(doc))
        doc.user_data[_KEY] = cached
    return cached


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``, from the sentences read once per document
    (``Token.sent`` walks the document's sentences on every call: quadratic on a long article)."""
    sents, starts, _, _ = sentences(doc)
    return sents[max(bisect_right(starts, i) - 1, 0)]


def doc_tokens(doc: Doc) -> list[Token]:
    """The document's tokens, read once per document (``doc[i]`` and iterating a span build each
    Token anew): slice it for a claim's or a sentence's words."""
    return sentences(doc)[3]


def sent_ents(sent: Span, ents: tuple[Span, ...]) -> list[Span]:
    """``sent.ents`` from the document's entities read once (``Span.ents`` builds every entity of
    the document on each call): those inside the sentence, stopping, as spaCy does, at the first
    one that starts inside and runs past its end."""
    out = []
    for ent in ents[bisect_left(ents, sent.start, key=_start):]:
        if ent.end > sent.end:
            break
        out.append(ent)
    return out


def _start(ent: Span) -> int:
    return ent.start
