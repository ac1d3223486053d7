"""Signed lines: words credited by a signature line, not by a verb.

* an embedded post or a quotation signed below or after it: "“We were shelled all night.”
  — Amina Yusuf (@amina_y) May 3, 2024", or a line "― Daniel Mejía" under a quotation;
* a credit line: "Source: Sudan Doctors Network" under a figure or a paragraph.

The signer asserts the words before the signature: the same line's text before the dash,
else the paragraph above. The name must look like one: two to six capitalised words (an
entity or not), or a handle.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from rashomon.config import setting
from rashomon.extract.attribution import Attribution
from rashomon.extract.doctext import text_of
from rashomon.lexicon import load

DASHES = "—―–"
# "— Name (@handle) May 3, 2024", "― Name.", "- Name, a nurse in Goma" (a plain hyphen only at a
# line's start, where it cannot be a compound's)
# the particles in the lexicon's order: an alternation tries them as listed
_PARTICLES = "|".join(re.escape(w) for w in load("cues.yaml")["signature_name_particles"])
_NAME = r"[A-Z][\w.'’-]*(?:[ \t\xa0]+(?:[A-Z][\w.'’-]*|" + _PARTICLES + r")){1,5}"
_HANDLE = r"(?:\((?P<handle>@\w{1,30})\))?"
_SIGNATURE = re.compile(
    rf"(?:(?<=\s)|(?<=^)|(?<=[”\"’.!?]))[{DASHES}][ \t\xa0]*(?P<name>{_NAME})[ \t\xa0]*{_HANDLE}[^\n]{{0,40}}$",
    re.MULTILINE)
_LINE_DASH = re.compile(rf"^[ \t]*-[ \t\xa0]*(?P<name>{_NAME})[ \t\xa0]*{_HANDLE}[ \t\xa0]*\.?[ \t\xa0]*$",
                        re.MULTILINE)
_CREDIT = re.compile(r"^[ \t]*(?:Source|Sources|Credit|Figures|Data)[ \t]*:[ \t]*(?P<name>[^\n]{2,80}?)"
                     r"[ \t]*\.?[ \t]*$", re.MULTILINE | re.IGNORECASE)
MAX_CREDIT_WORDS: int = setting("extract.claims_signed", "max_credit_words")  # data/settings.toml
MIN_CONTENT_CHARS: int = setting("extract.claims_signed", "min_content_chars")  # data/settings.toml


def _paragraph_before(text: str, pos: int) -> tuple[int, int] | None:
    """The non-empty line before the line holding ``pos``."""
    line_start = text.rfind("\n", 0, pos) + 1
    end = line_start - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    return (start, end) if end - start >= MIN_CONTENT_CHARS else None


def _make(doc: Doc, name: tuple[int, int], content: tuple[int, int], cue_char: int, cue: str) -> Attribution | None:
    span = doc.char_span(cue_char, cue_char + 1, alignment_mode="expand")
    if span is None:
        return None
    text = text_of(doc)
    lo, hi = min(name[0], content[0]), max(name[1], content[1])
    return Attribution(sent_start=lo, sent_end=hi, speaker_start=name[0], speaker_end=name[1],
                       speaker_text=text[name[0]:name[1]], cue=cue, cue_index=span[0].i,
                       content_start=content[0], content_end=content[1],
                       speaker_long=text[name[0]:name[1]])


def _content_before(text: str, dash: int) -> tuple[int, int] | None:
    """The same line's words before the dash, else the paragraph above."""
    line_start = text.rfind("\n", 0, dash) + 1
    own = text[line_start:dash]
    if sum(ch.isalnum() for ch in own) >= MIN_CONTENT_CHARS:
        start = line_start + len(own) - len(own.lstrip())
        end = line_start + len(own.rstrip())
        return start, end
    return _paragraph_before(text, dash)


def signed_attributions(doc: Doc) -> list[Attribution]:
    """Attributions made by signature and credit lines (see the module docstring)."""
    text = text_of(doc)
    out: list[Attribution] = []
    for pattern in (_SIGNATURE, _LINE_DASH):
        for m in pattern.finditer(text):
            name = (m.start("name"), m.end("name"))
            content = _content_before(text, m.start())
            if content is None:
                continue
            made = _make(doc, name, content, m.start(), "sign")
            if made is not None and not any(a.speaker_start == made.speaker_start for a in out):
                out.append(made)
    for m in _CREDIT.finditer(text):
        name_text = m.group("name")
        if len(name_text.split()) > MAX_CREDIT_WORDS or not name_text[:1].isupper():
            continue
        content = _paragraph_before(text, m.start())
        if content is None:
            continue
        made = _make(doc, (m.start("name"), m.end("name")), content, m.start("name"), "credit")
        if made is not None:
            out.append(made)
    return sorted(out, key=lambda a: a.speaker_start)
