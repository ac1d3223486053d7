"""Which incident sentence leads an article's main frame, and which opens another incident.

The first sentence with a trigger word leads, as a news lead reports the incident first. A
brief that lists several incidents (a monitor's weekly report, a round-up) may open with a
smaller one and rank another first further down: "On 3 September, soldiers and rebels clashed
near Kidal … The deadliest incident took place on 5 September in Menaka, where jihadists
killed 40 villagers." That sentence leads: a superlative of harm ("deadliest", "worst"), a
date of its own that is no period ("since 2019" compares with an earlier incident, it does
not date this one), and an incident word.
"""

from __future__ import annotations

import re

from rashomon.extract.frames_dates import DATE_LABELS, DateMention, date_span, is_period
from rashomon.extract.frames_text import Sent
from rashomon.lexicon import alternation, words
from rashomon.nlp.entities import ents_in

# superlatives of harm that rank an incident first of several (data/triggers.yaml)
_RANKED_FIRST = re.compile(r"\b" + alternation(words("triggers.yaml", "frames", "ranked_first_words")) + r"\b",
                           re.IGNORECASE)


def ranked_first(trig: list[Sent]) -> Sent:
    """The sentence that leads: the first of ``trig`` (the incident sentences, in text order,
    at least one) or a later one that ranks its incident first and dates it itself."""
    for s in trig[1:]:
        if _RANKED_FIRST.search(s.text) and _own_day(s):
            return s
    return trig[0]


def _own_day(s: Sent) -> bool:
    """Whether the sentence dates a day of its own ("on 5 September", "on Thursday night"), and
    no period ("the worst attack this year", "the deadliest since 2019" rank against a time)."""
    dates = [date_span(e) for e in ents_in(s.span) if e.label_ in DATE_LABELS]
    return (any(_DAY.search(e.text) for e in dates)
            and not any(is_period(e) or (_YEAR.search(e.text) and not _DAY.search(e.text)) for e in dates))


_DAY = re.compile(r"\b(?:[0-3]?\d(?:st|nd|rd|th)?|" + "|".join(sorted(words("dates.yaml", "weekdays"))) + r")\b",
                  re.IGNORECASE)
_YEAR = re.compile(r"\b(?:this|last|next) year\b|\b(?:19|20)\d{2}\b", re.IGNORECASE)


# Words before a new incident's noun: "a clash", "an ambush", "another attack" (grammar)
_NEW = frozenset({"a", "an", "another"})
_LEAD_IN = 4  # tokens a sentence's opening date may take: "On 26 August,", "Late on Sunday,"


def opens_new_incident(sent: Sent, own: list[DateMention], anchor: str) -> bool:
    """Whether a sentence opens with a day of its own, other than the incident's, and then
    introduces an incident with an indefinite article: "On Wednesday, a clash between soldiers
    and jihadists near Boni left four fighters dead" in a brief whose incident is Monday's. The
    next item of a list, not more about the first, even within the link window."""
    if not own or any(d.value == anchor for d in own) or not sent.triggers:
        return False
    span = sent.span
    opening = [e for e in ents_in(span) if e.label_ in DATE_LABELS and e.start - span.start <= _LEAD_IN]
    if not opening:
        return False
    first = span.doc.char_span(sent.triggers[0].start, sent.triggers[0].end, alignment_mode="expand")
    if first is None or first.start <= opening[0].end:
        return False
    before = [t for t in span.doc[opening[0].end:first.start] if not t.is_punct]
    return bool(before) and before[0].lower_ in _NEW and len(before) <= _LEAD_IN
