"""Decoded file content → ``RawDocument``s, one reader per format."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Mapping
from typing import Any

from rashomon.config import Options, setting
from rashomon.types import RawDocument, Skipped

logger = logging.getLogger(__name__)

JSON_FIELDS = ("id", "url", "outlet", "title", "published", "text")
_MAX_TITLE_CHARS: int = setting("ingest.formats", "max_title_chars")  # data/settings.toml
_MD_HEADING = re.compile(r"^#{1,6}\s+")


def _metadata(warnings: list[str], extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    metadata: dict[str, Any] = dict(extra or {})
    if warnings:
        metadata["warnings"] = list(warnings)
    return metadata


def too_long(text: str, options: Options) -> str | None:
    if len(text) > options.max_chars:
        return (
            f"text is {len(text):,} characters, over the {options.max_chars:,} limit (max_chars)"
        )
    return None


def read_text(source: str, content: str, warnings: list[str], options: Options,
              *, markdown: bool = False) -> RawDocument | Skipped:
    """Plain text or Markdown: the first non-empty line is the title, the rest the text."""
    body = content.lstrip()
    first, _, rest = body.partition("\n")
    title: str | None = first.strip()
    if markdown and title:
        title = _MD_HEADING.sub("", title)
    if not rest.strip() or len(first) > _MAX_TITLE_CHARS:
        title, rest = None, body  # a one-paragraph file: all of it is text
    rest = rest.lstrip()
    reason = too_long(rest, options)
    if reason:
        return Skipped(source, reason)
    return RawDocument(
        input=source, text=rest, format="text", title=title or None,
        metadata=_metadata(warnings),
    )


def read_html(source: str, content: str, warnings: list[str], options: Options
              ) -> RawDocument | Skipped:
    """Main text via trafilatura (no comments); title, URL and date from the page metadata."""
    import trafilatura
    from htmldate import find_date

    try:
        text = trafilatura.extract(
            content, include_comments=False, output_format="txt",
            deduplicate=False,
        )
        meta = trafilatura.extract_metadata(content, extensive=False)
        published = find_date(content, extensive_search=False, original_date=True)
    except Exception as exc:  # third-party parser: any failure means this page is unusable
        logger.debug("HTML parsing failed for %s", source, exc_info=True)
        return Skipped(source, f"could not parse the HTML ({type(exc).__name__}: {exc})")
    if not text or not text.strip():
        return Skipped(source, "no main text found in the HTML")
    reason = too_long(text, options)
    if reason:
        return Skipped(source, reason)
    extra: dict[str, Any] = {}
    if meta is not None:
        for key in ("sitename", "author", "description"):
            value = getattr(meta, key, None)
            if value:
                extra[key] = value
    return RawDocument(
        input=source, text=text, format="html",
        url=getattr(meta, "url", None) or None,
        title=getattr(meta, "title", None) or None,
        published=published or getattr(meta, "date", None) or None,
        metadata=_metadata(warnings, extra),
    )


_MAX_METADATA_DEPTH = 32  # an input limit, not a result: nesting a metadata value may have; real feeds nest 2-4 levels


def _kind(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a string" if isinstance(value, str) else type(value).__name__


def _as_str(obj: Mapping[str, Any], key: str, warnings: list[str]) -> str | None:
    """A metadata field as text. Strings are kept, a whole-number ``id`` becomes its digits;
    anything else is ignored with a warning (never stored as Python repr text)."""
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    warnings.append(f"field {key!r} is {_kind(value)}, not text: ignored")
    return None


def _depth(value: Any, limit: int) -> int:
    """Nesting depth of a JSON value, counted up to ``limit + 1`` (no recursion)."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (list, dict)):
            level += 1
            deepest = max(deepest, level)
            if level > limit:
                break
            stack.extend((v, level) for v in (item.values() if isinstance(item, dict) else item))
    return deepest


def _extra(obj: Mapping[str, Any], warnings: list[str]) -> dict[str, Any]:
    """The keys beyond the known fields, without values nested too deeply to store."""
    extra: dict[str, Any] = {}
    for key, value in obj.items():
        if key in JSON_FIELDS:
            continue
        if _depth(value, _MAX_METADATA_DEPTH) > _MAX_METADATA_DEPTH:
            warnings.append(f"field {key!r} is nested over {_MAX_METADATA_DEPTH} levels deep: ignored")
            continue
        extra[key] = value
    return extra


def from_object(source: str, obj: Any, warnings: list[str], options: Options
                ) -> RawDocument | Skipped:
    """One JSON object with keys id, url, outlet, title, published, text (+ others)."""
    if not isinstance(obj, dict):
        return Skipped(source, f"expected a JSON object, found {type(obj).__name__}")
    text = obj.get("text")
    if text is not None and not isinstance(text, str):
        return Skipped(source, f"JSON field 'text' is {_kind(text)}, not a string")
    if not isinstance(text, str) or not text.strip():
        return Skipped(source, "JSON object has no non-empty 'text'")
    reason = too_long(text, options)
    if reason:
        return Skipped(source, reason)
    notes = list(warnings)
    fields = {key: _as_str(obj, key, notes) for key in ("id", "url", "outlet", "title", "published")}
    extra = _extra(obj, notes)
    return RawDocument(
        input=source, text=text, format="json",
        id=fields["id"], url=fields["url"], outlet=fields["outlet"], title=fields["title"],
        published=fields["published"],
        metadata=_metadata(notes, extra),
    )


def _loads(content: str) -> tuple[Any, str | None]:
    """``json.loads`` with every failure as a reason: invalid, or nested too deeply."""
    try:
        return json.loads(content), None
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
    except RecursionError:
        return None, "JSON nested too deeply to read (over about 1,000 levels)"


def read_json(source: str, content: str, warnings: list[str], options: Options
              ) -> Iterator[RawDocument | Skipped]:
    """A ``.json`` file: one object, or a list of objects (inputs ``path#0``, ``path#1``…)."""
    data, reason = _loads(content)
    if reason:
        yield Skipped(source, reason)
        return
    if isinstance(data, list):
        if not data:
            yield Skipped(source, "JSON list is empty")
        for index, item in enumerate(data):
            yield from_object(f"{source}#{index}", item, warnings, options)
    else:
        yield from_object(source, data, warnings, options)


def read_jsonl_line(source: str, lineno: int, line: str, warnings: list[str],
                    options: Options) -> RawDocument | Skipped:
    """One line of a ``.jsonl`` file (input ``path:LINE``)."""
    where = f"{source}:{lineno}"
    obj, reason = _loads(line)
    if reason:
        return Skipped(where, f"line {lineno}: {reason.replace(' at line 1 column', ' at column')}")
    return from_object(where, obj, warnings, options)
