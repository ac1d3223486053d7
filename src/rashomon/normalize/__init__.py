"""Normalize stage: ``RawDocument`` → ``Article`` (or ``Skipped`` with a reason).

Unicode NFC and whitespace normalization, boilerplate lines dropped (rules in
``data/boilerplate.yaml``), metadata (title, outlet, published and updated dates),
language. Duplicate detection across articles is :class:`Deduplicator`.
"""

from __future__ import annotations

import logging
from typing import Any

from rashomon.config import Options
from rashomon.normalize.boilerplate import remove_boilerplate
from rashomon.normalize.dates import parse_date
from rashomon.normalize.dedup import Deduplicator, content_hash
from rashomon.normalize.language import detect_language
from rashomon.normalize.metadata import find_dates, outlet_from_url
from rashomon.normalize.whitespace import clean_line
from rashomon.types import Article, RawDocument, Skipped

__all__ = [
    "Deduplicator",
    "content_hash",
    "normalize",
    "normalize_text",
    "outlet_from_url",
    "parse_date",
]

logger = logging.getLogger(__name__)


def normalize_text(text: str) -> str:
    """The article text as stored: NFC, whitespace normalized, boilerplate lines dropped."""
    return remove_boilerplate(text)[0]


def _optional_line(value: str | None) -> str | None:
    return (clean_line(value) or None) if value else None


def normalize(raw: RawDocument, options: Options) -> Article | Skipped:
    """Turn one raw document into an ``Article``, or say why it cannot be analysed."""
    text, page_date = remove_boilerplate(raw.text)
    if not text:
        return Skipped(raw.input, "no text left after removing boilerplate")
    if len(text) > options.max_chars:
        return Skipped(
            raw.input,
            f"text is {len(text):,} characters, over the {options.max_chars:,} limit (max_chars)",
        )
    warnings: list[str] = [str(w) for w in raw.metadata.get("warnings", ())]

    language = detect_language(text, options)
    if language.skip_reason:
        return Skipped(raw.input, language.skip_reason)
    if language.warning:
        warnings.append(language.warning)

    dates = find_dates(text, raw.published, page_date)
    warnings.extend(dates.warnings)

    url = raw.url.strip() if raw.url and raw.url.strip() else None
    outlet = _optional_line(raw.outlet) or outlet_from_url(url)
    if outlet is None and raw.metadata.get("sitename"):
        outlet = _optional_line(str(raw.metadata["sitename"]))

    digest = content_hash(text)
    metadata: dict[str, Any] = {k: v for k, v in raw.metadata.items() if k != "warnings"}
    metadata.setdefault("format", raw.format)
    for warning in warnings:
        logger.info("%s: %s", raw.input, warning)
    return Article(
        id=raw.id if raw.id else "a-" + digest[:12],
        text=text,
        input=raw.input,
        content_hash=digest,
        url=url,
        outlet=outlet,
        title=_optional_line(raw.title),
        published=dates.published,
        updated=dates.updated,
        language=language.language,
        metadata=metadata,
        warnings=tuple(dict.fromkeys(warnings)),
    )
