"""``Doc.text`` once per Doc: spaCy rebuilds the string from every token on each access, which
made the rules that slice it per claim quadratic in the article length."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "rashomon_text"


def text_of(doc: Doc) -> str:
    """The text of ``doc`` (cached in ``doc.user_data``)."""
    cached = doc.user_data.get(_KEY)
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data[_KEY] = cached
    return cached
