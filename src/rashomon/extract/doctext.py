"""``Doc.text`` once per Doc: spaCy rebuilds the string from every token on each access, which
made the rules that slice it per claim quadratic in the article length.

Two texts: :func:`text_of` is the text as written (where the truecaser parsed a capitalised
line in sentence case, ``rashomon.nlp.truecase`` keeps the text as written under the same key),
:func:`tokens_text` the tokens' texts joined, what spaCy's ``Doc.text`` and ``Span.text`` give
(truecased lines included). :func:`span_text` is ``span.text`` as a slice of it: spaCy joins the
tokens' texts on every ``Span.text`` (~50 µs a sentence, against ~1 µs for the slice)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

_KEY = "rashomon_text"
_TOKENS_KEY = "rashomon_tokens_text"


def text_of(doc: Doc) -> str:
    """The text of ``doc`` (cached in ``doc.user_data``)."""
    cached = doc.user_data.get(_KEY)
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data[_KEY] = cached
        doc.user_data[_TOKENS_KEY] = cached  # not truecased: the same string
    return cached


def tokens_text(doc: Doc) -> str:
    """``doc.text``: the tokens' texts joined (cached in ``doc.user_data``)."""
    cached = doc.user_data.get(_TOKENS_KEY)
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data[_TOKENS_KEY] = cached
    return cached


def span_text(span: Span) -> str:
    """``span.text``, sliced from :func:`tokens_text`."""
    return tokens_text(span.doc)[span.start_char:span.end_char]
