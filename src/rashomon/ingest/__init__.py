"""Ingest stage: paths, folders and globs → ``RawDocument``s, or ``Skipped`` with a reason.

Formats by extension: ``.txt``/``.md`` (first non-empty line is the title), ``.html``/``.htm``
(main text via trafilatura), ``.json`` (an object or a list of objects) and ``.jsonl`` (one
object a line). Bad inputs never raise: each becomes a ``Skipped`` and the run goes on.

``max_bytes`` bounds one document: a whole ``.txt``/``.md``/``.html``/``.json`` file, and
one line of a ``.jsonl`` file (so a large JSONL corpus is read line by line).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from pathlib import Path

from rashomon.config import Options
from rashomon.ingest.decode import decode_bytes
from rashomon.ingest.formats import (
    read_html,
    read_json,
    read_jsonl_line,
    read_text,
)
from rashomon.ingest.paths import SUPPORTED, expand
from rashomon.types import RawDocument, Skipped

__all__ = ["SUPPORTED", "from_text", "read_inputs"]

logger = logging.getLogger(__name__)


def human_size(size: int) -> str:
    """``3_100_000`` → ``"3.1 MB"``; small sizes in kB or bytes."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.1f} kB"
    return f"{size} bytes"


def _over_limit(size: int, options: Options, what: str = "file") -> str | None:
    if size > options.max_bytes:
        return (
            f"{what} is {human_size(size)}, over the {human_size(options.max_bytes)} "
            "limit (max_bytes)"
        )
    return None


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "cannot read file: permission denied"
    return f"cannot read file: {exc.strerror or exc}"


def _read_jsonl(path: Path, source: str, options: Options) -> Iterator[RawDocument | Skipped]:
    any_line = False
    with path.open("rb") as handle:
        for lineno, raw_line in enumerate(handle, start=1):
            if not raw_line.strip():
                continue
            any_line = True
            where = f"{source}:{lineno}"
            reason = _over_limit(len(raw_line), options, what=f"line {lineno}")
            if reason:
                yield Skipped(where, reason)
                continue
            decoded = decode_bytes(raw_line)
            if decoded.text is None:
                yield Skipped(where, f"line {lineno}: {decoded.reason}")
                continue
            warnings = [decoded.warning] if decoded.warning else []
            yield read_jsonl_line(source, lineno, decoded.text.strip(), warnings, options)
    if not any_line:
        yield Skipped(source, "file is empty")


def _read_file(path: Path, options: Options) -> Iterator[RawDocument | Skipped]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if suffix == ".jsonl":
            yield from _read_jsonl(path, source, options)
            return
        reason = _over_limit(size, options)
        if reason:
            yield Skipped(source, reason)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(source, _os_reason(exc))
        return
    if not data.strip():
        yield Skipped(source, "file is empty")
        return
    decoded = decode_bytes(data)
    if decoded.text is None:
        yield Skipped(source, decoded.reason or "cannot decode file")
        return
    text = decoded.text
    if not text.strip():
        yield Skipped(source, "file is empty")
        return
    warnings = [decoded.warning] if decoded.warning else []
    if suffix in (".html", ".htm"):
        yield read_html(source, text, warnings, options)
    elif suffix == ".json":
        yield from read_json(source, text, warnings, options)
    else:
        yield read_text(source, text, warnings, options, markdown=suffix == ".md")


def read_inputs(inputs: Sequence[str], options: Options) -> Iterator[RawDocument | Skipped]:
    """Read every input lazily; each yields documents or a ``Skipped`` with a reason."""
    if isinstance(inputs, str):  # a single path passed by mistake
        inputs = [inputs]
    for item in expand(list(inputs)):
        if isinstance(item, Skipped):
            logger.info("skipped %s: %s", item.input, item.reason)
            yield item
            continue
        try:
            for result in _read_file(item, options):
                if isinstance(result, Skipped):
                    logger.info("skipped %s: %s", result.input, result.reason)
                yield result
        except Exception as exc:  # last guard: one bad file must not stop the run
            logger.debug("unexpected error reading %s", item, exc_info=True)
            yield Skipped(str(item), f"cannot read file: {type(exc).__name__}: {exc}")


def from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> RawDocument:
    """A raw document from a string (for the Python API: ``analyze("some text")``)."""
    return RawDocument(
        input=id or "<text>", text=text, format="text", id=id, url=url,
        outlet=outlet, title=title, published=published,
    )
