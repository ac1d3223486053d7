"""Press-release statements: a text headed "Statement by <title> <Name> on …" whose paragraphs
are all one person's quotation.

NGO and UN agencies publish statements as a header naming the speaker, then paragraphs that
each open with a quotation mark and are closed by no "she said" (the header says it once). The
quotes then name no speaker, and their figures would go to the outlet; they are the named
person's (and organisation's) words throughout (probe6 fault 15: a UN agency head's statement
gave no claim). The header may follow a dateline ("GENEVA, 3 May 2024 - Statement by …").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from rashomon.extract.attribution import QUOTES, Attribution
from rashomon.extract.doctext import text_of

# "Statement by UNICEF Executive Director X on …", "Joint statement from the heads of …";
# a dateline may come first ("NEW YORK, 6 June 2024 - ")
_HEADER = re.compile(
    r"^[ \t]*(?:[^\n]{0,80}?\s[-–—]+\s+)?(?:Joint\s+)?[Ss]tatement\s+(?:by|from|of)\s+(?:the\s+)?"
    r"(?P<who>[^\n]+?),?(?=\s+(?:on|about|regarding|following|after)\s|\s*[:.]?[ \t]*$)")
_SHORT_LINE = 40  # characters: a closing line ("###", "Media contacts") ends the statement, not a paragraph of it


def statement_speaker(doc: Doc) -> Attribution | None:
    """The header's speaker of a statement text (the module docstring), as an attribution whose
    speaker span is the named person; None for any other text."""
    text = text_of(doc)
    first_end = text.find("\n")
    if first_end < 0:
        return None
    m = _HEADER.match(text[:first_end])
    if m is None:
        return None
    paragraphs = [p.strip() for p in text[first_end:].split("\n") if p.strip()]
    while paragraphs and len(paragraphs[-1]) < _SHORT_LINE:
        paragraphs.pop()
    if len(paragraphs) < 2 or any(p[0] not in QUOTES for p in paragraphs):
        return None
    start, end = m.span("who")
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return Attribution(sent_start=0, sent_end=first_end, speaker_start=start, speaker_end=end,
                       speaker_text=text[start:end], cue="quote", cue_index=span.root.i,
                       content_start=end, content_end=end, speaker_long=text[start:end])


def statement_sentences(doc: Doc, header: Attribution) -> list[Span]:
    """The sentences of the statement's body (after its header line) with a word in them."""
    return [s for s in doc.sents if s.start_char > header.sent_end and any(ch.isalnum() for ch in s.text)]
