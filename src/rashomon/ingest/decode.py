"""Bytes → text: UTF-8 first, then a fallback encoding only when the result looks like text."""

from __future__ import annotations

import codecs
import logging
import unicodedata
from dataclasses import dataclass

from rashomon.config import setting

logger = logging.getLogger(__name__)

NOT_TEXT = "not UTF-8 text and no other encoding fits"
_SAMPLE: int = setting("ingest.decode", "sample_bytes")  # data/settings.toml
_MAX_CONTROL_BYTES: float = setting("ingest.decode", "max_control_bytes")  # data/settings.toml
_MAX_ODD_CHARS: float = setting("ingest.decode", "max_odd_chars")  # data/settings.toml
_MIN_ASCII_FOR_CP1252: float = setting("ingest.decode", "min_ascii_for_cp1252")  # data/settings.toml
_MAX_CHAOS: float = setting("ingest.decode", "max_chaos")  # data/settings.toml
_MIN_COHERENCE: float = setting("ingest.decode", "min_coherence")  # data/settings.toml
_CONTROL_BYTES = frozenset([*range(0, 9), 11, *range(14, 32), 127])
_MIN_UTF16_NUL_SHARE: float = setting("ingest.decode", "min_utf16_nul_share")  # data/settings.toml
_MAX_UTF16_OTHER_NULS: float = setting("ingest.decode", "max_utf16_other_nuls")  # data/settings.toml


@dataclass(frozen=True, slots=True)
class Decoded:
    """Either ``text`` (with the encoding used) or a ``reason`` why there is none."""

    text: str | None = None
    encoding: str | None = None
    reason: str | None = None

    replaced: int = 0  # invalid UTF-8 bytes replaced by U+FFFD

    @property
    def warning(self) -> str | None:
        if self.replaced:
            return f"{self.replaced} invalid UTF-8 byte(s) replaced by U+FFFD"
        if self.encoding in (None, "utf-8", "utf-16"):
            return None
        return f"decoded as {self.encoding} (not UTF-8)"


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when ``data`` has NUL bytes at one position of each pair
    only, as UTF-16 text of mostly Latin letters has, else None."""
    sample = data[:_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0::2].count(0) / pairs
    odd = sample[1::2].count(0) / pairs
    if odd >= _MIN_UTF16_NUL_SHARE and even <= _MAX_UTF16_OTHER_NULS:
        return "utf-16-le"
    if even >= _MIN_UTF16_NUL_SHARE and odd <= _MAX_UTF16_OTHER_NULS:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few invalid bytes (a truncated or spliced file): keep the UTF-8 reading
    and replace only the bad bytes, rather than reading every valid é as cp1252 "Ã©".
    Taken when the valid multi-byte characters are at least as many as the bad bytes."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if replaced <= 0 or multibyte < replaced:
        return None
    return Decoded(text.removeprefix("\ufeff"), "utf-8", replaced=replaced)


def looks_binary(data: bytes) -> str | None:
    """A reason if ``data`` is not text (NUL bytes, or mostly control bytes), else None."""
    sample = data[:_SAMPLE]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in sample:
        return "binary file (contains NUL bytes)"
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if sample and controls / len(sample) > _MAX_CONTROL_BYTES:
        return "binary file (mostly non-text bytes)"
    return None


def _plausible(text: str) -> bool:
    if not text:
        return True
    odd = sum(
        1
        for ch in text
        if (ch not in "\t\n\r\f" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"))
        or ch == "\ufffd"
    )
    return odd / len(text) <= _MAX_ODD_CHARS


def _try(data: bytes, encoding: str) -> str | None:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _plausible(text) else None


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE * 4]).best()
    if best is None or best.chaos > _MAX_CHAOS or best.coherence < _MIN_COHERENCE:
        return None
    text = _try(data, best.encoding)
    return None if text is None else (text, best.encoding)


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data``; UTF-8 (with or without BOM), UTF-16 with BOM, else a fallback."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try(data, "utf-16")
        return Decoded(text, "utf-16") if text is not None else Decoded(reason=NOT_TEXT)
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        text = _try(data, utf16)
        if text is not None:
            return Decoded(text, utf16)
    reason = looks_binary(data)
    if reason:
        return Decoded(reason=reason)
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    ascii_share = sum(1 for byte in data[:_SAMPLE] if byte < 128) / max(1, len(data[:_SAMPLE]))
    if ascii_share >= _MIN_ASCII_FOR_CP1252:
        text = _try(data, "cp1252")
        if text is not None:
            return Decoded(text, "cp1252")
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return Decoded(guess[0], guess[1])
    for encoding in ("cp1252", "latin-1"):
        text = _try(data, encoding)
        if text is not None:
            return Decoded(text, encoding)
    return Decoded(reason=NOT_TEXT)
