"""Language identification with py3langid (normalized probabilities)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from typing import Any

from rashomon.config import Options

logger = logging.getLogger(__name__)

# py3langid abstains on text without features ("zxx", "und")
_NO_LANGUAGE = frozenset({"zxx", "und"})


@dataclass(frozen=True, slots=True)
class LanguageResult:
    language: str | None
    warning: str | None = None
    skip_reason: str | None = None


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    logger.debug("loading the py3langid model")
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def classify(text: str) -> tuple[str, float]:
    """(language code, normalized probability) of ``text``."""
    lang, prob = _identifier().classify(text)
    return str(lang), float(prob)


def detect_language(text: str, options: Options) -> LanguageResult:
    """Decide the article language, or a reason to skip it.

    A text in an unsupported language is skipped only when it is long enough
    (``language_min_chars``) and the detection is confident (``language_min_confidence``);
    otherwise it is analysed with a warning.
    """
    lang, prob = classify(text)
    confident = prob >= options.language_min_confidence and lang not in _NO_LANGUAGE
    long_enough = len(text) >= options.language_min_chars
    supported = ", ".join(options.languages)
    if lang in options.languages:
        if confident or long_enough:
            return LanguageResult(lang)
        return LanguageResult(lang, f"language uncertain ('{lang}', p={prob:.2f}, short text)")
    if confident and long_enough:
        return LanguageResult(
            lang, skip_reason=f"language '{lang}' is not supported (supported: {supported})"
        )
    if confident:
        return LanguageResult(
            lang,
            f"short text detected as '{lang}' (p={prob:.2f}), which is not supported "
            f"(supported: {supported}); analysed anyway",
        )
    return LanguageResult(
        None, f"language uncertain (best guess '{lang}', p={prob:.2f}); analysed anyway"
    )
