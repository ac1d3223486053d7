"""Unicode and whitespace normalization of article text.

Only NFC and whitespace change here; quotes, dashes and every other character stay as
written. Paragraph breaks become exactly ``"\\n\\n"``, single line breaks stay single,
runs of spaces collapse to one and each line is stripped.
"""

from __future__ import annotations

import re
import unicodedata

# zero-width and invisible format characters that carry no text
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
# C0/C1 control characters other than tab and line breaks
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]")
_LINE_BREAK = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028]")
_PARAGRAPH_BREAK = re.compile("\u2029")
# any horizontal white space (tab, no-break space, thin spaces, ideographic space, ...)
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_RUN = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """NFC, invisible characters removed, whitespace normalized. Idempotent."""
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _PARAGRAPH_BREAK.sub("\n\n", text)
    text = _LINE_BREAK.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_RUN.sub("\n\n", text).strip()
    # stripping can bring a combining mark next to a new base character
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """A one-line value (title, outlet): NFC and all white space collapsed to single spaces."""
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def join_lines(lines: list[str]) -> str:
    """Join lines and collapse the blank-line runs that dropping lines leaves behind."""
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()
