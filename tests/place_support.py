"""The incident's frame and place of one analysed text, as the place tests read them."""

from __future__ import annotations

from typing import Any

from rashomon.types import Frame, Location

PUBLISHED = "2025-03-12"


def main_frame(result: Any) -> Frame:
    """The first frame that is not background (one must exist)."""
    frames = [f for f in result.frames if not f.background]
    assert frames, result.frames
    return frames[0]  # type: ignore[no-any-return]


def place(extract: Any, text: str, title: str | None = None, published: str = PUBLISHED) -> Location:
    """The location of the text's incident frame (one must be found)."""
    loc = main_frame(extract(text, published=published, title=title)).location
    assert loc is not None, text
    return loc
