"""Drop boilerplate lines (share buttons, teasers, ads, cookie notices, tweet widgets).

The rules are data: ``rashomon/data/boilerplate.yaml``. Removal runs to a fixed point, so
that normalizing already-normalized text changes nothing.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache

from rashomon.config import setting
from rashomon.lexicon import LexiconError
from rashomon.lexicon import load as load_lexicon
from rashomon.normalize.whitespace import clean_text, join_lines

logger = logging.getLogger(__name__)

LEXICON = "boilerplate.yaml"
MAX_PASSES: int = setting("normalize.boilerplate", "max_passes")  # data/settings.toml
TAIL_HEADLINE_MAX_LEN: int = setting("normalize.boilerplate", "tail_headline_max_len")  # data/settings.toml
DATE_LINE_WINDOW: int = setting("normalize.boilerplate", "date_line_window")  # data/settings.toml


@dataclass(frozen=True, slots=True)
class LineRule:
    pattern: re.Pattern[str]
    max_len: int | None = None

    def matches(self, line: str) -> bool:
        if self.max_len is not None and len(line) > self.max_len:
            return False
        return self.pattern.fullmatch(line) is not None


@dataclass(frozen=True, slots=True)
class Rules:
    drop_lines: tuple[LineRule, ...]
    block_headers: tuple[re.Pattern[str], ...]
    tail_headers: tuple[re.Pattern[str], ...]
    tail_headline_max_len: int
    page_date_prefix: re.Pattern[str]
    date_line_window: int
    published_line: re.Pattern[str]
    updated_line: re.Pattern[str]
    timezones: dict[str, str]


def _compile(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(LEXICON, repr(pattern), f"not a regular expression: {exc}") from None


@cache
def load_rules() -> Rules:
    """Read (through the lexicon gateway, which checks its shape) and compile the lexicon once
    per process."""
    raw = load_lexicon(LEXICON)
    return Rules(
        drop_lines=tuple(
            LineRule(_compile(r["pattern"]), r.get("max_len")) for r in raw["drop_lines"]
        ),
        block_headers=tuple(_compile(p) for p in raw["block_headers"]),
        tail_headers=tuple(_compile(p) for p in raw["tail_headers"]),
        tail_headline_max_len=TAIL_HEADLINE_MAX_LEN,
        page_date_prefix=_compile(raw["page_date_prefix"]),
        date_line_window=DATE_LINE_WINDOW,
        published_line=_compile(raw["published_line"]),
        updated_line=_compile(raw["updated_line"]),
        timezones={str(k).upper(): str(v) for k, v in raw["timezones"].items()},
    )


def _is_headline_like(line: str, rules: Rules) -> bool:
    return len(line) <= rules.tail_headline_max_len and not line.endswith(".")


def _drop_lines(lines: list[str], rules: Rules) -> list[str]:
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if any(p.fullmatch(line) for p in rules.block_headers):
            i += 1
            while i < len(lines) and lines[i]:
                i += 1
            continue
        if any(p.fullmatch(line) for p in rules.tail_headers):
            i += 1
            while i < len(lines) and (not lines[i] or _is_headline_like(lines[i], rules)):
                i += 1
            continue
        if line and any(rule.matches(line) for rule in rules.drop_lines):
            i += 1
            continue
        kept.append(line)
        i += 1
    return kept


def strip_page_date(text: str, rules: Rules | None = None) -> tuple[str, str | None]:
    """Remove leading ``" date YYYY-MM-DD "`` page metadata; return (text, that date)."""
    rules = rules or load_rules()
    found: str | None = None
    while match := rules.page_date_prefix.match(text):
        found = found or match.group(1)
        text = text[match.end():]
    return text, found


def remove_boilerplate(text: str) -> tuple[str, str | None]:
    """Whitespace-normalize ``text`` and drop boilerplate lines.

    Returns the cleaned text and the date of a leading page-metadata line, if any.
    """
    rules = load_rules()
    page_date: str | None = None
    text = clean_text(text)
    for _ in range(MAX_PASSES):
        stripped, found = strip_page_date(text, rules)
        page_date = page_date or found
        new = clean_text(join_lines(_drop_lines(stripped.split("\n"), rules)))
        if new == text:
            break
        text = new
    else:
        logger.debug("boilerplate removal did not settle after %d passes", MAX_PASSES)
    return text, page_date
