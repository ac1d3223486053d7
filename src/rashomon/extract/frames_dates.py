"""The incident's date: which of the dates an article names is when it happened.

Date phrases (spaCy DATE/TIME entities of the trigger sentences) are resolved against a
reference date: the publication date, else the article's updated date. Without either, only
dates with a year resolve, and a month and day without one ("June 17") take the year that the
article's other dates in the incident's sentences name. The analysis date is never used.

Each resolved phrase is a vote, weighted by where it stands (lead > other sentences) and how
it is attached:

* a date governed by a statement verb ("a monitor said on Monday", "told CNN Sunday") dates a
  statement, not the incident: it only counts when nothing else does, and then the earliest
  statement bounds the incident (it happened no later than it was first talked about). So do
  a reaction's day, a toll's change, and the day a source was asked or sought ("Asked about
  the suspects on Monday, a spokesman declined to comment", "calls seeking comment on
  Tuesday"): a follow-up giving no day of the act is dated by its first statement, not by
  the day the reporter called;
* a date close to a trigger ("the June 17 strike", "bombed … on Saturday") counts more;
* a date modifying another noun ("last week's summit") counts little.

Votes are summed per resolved day; with a publication date, only days in the
``MAX_DAYS_BEFORE_PUBLICATION`` before it compete (older dates are background incidents).

A date written as the start or span of a period ("since January", "so far this year", "over
the past month") dates no incident (:func:`is_period`): only a day a period began ("fighting
since Tuesday") still votes, and a sentence whose only dates are periods opens no background
frame (extract.frames).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from rashomon.config import setting
from rashomon.extract.doctext import text_of
from rashomon.extract.event_types import frame_lexicon
from rashomon.extract.frames_date_phrases import (
    CountBack,
    count_backs,
    is_anaphoric,
    untagged_phrases,
    with_day_numbers,
)

# Reference and dateline_date live in .frames_reference; imported here as they always were
from rashomon.extract.frames_reference import Reference as Reference
from rashomon.extract.frames_reference import dateline_date as dateline_date
from rashomon.extract.frames_text import evidence, governor, time_root
from rashomon.gazetteer.dates import resolve_date
from rashomon.gazetteer.triggers import classify_event_type
from rashomon.lexicon import alternation, words
from rashomon.lexicon import load as load_words
from rashomon.lexicon.phrases import ONE_SPACE
from rashomon.nlp.entities import ents_in
from rashomon.types import DatePrecision, Evidence

logger = logging.getLogger(__name__)

MAX_DAYS_BEFORE_PUBLICATION: int = setting("extract.frames_dates", "max_days_before_publication")  # data/settings.toml
MAX_DAYS_BEFORE_MONTH: int = setting("extract.frames_dates", "max_days_before_month")  # data/settings.toml
MAX_DAYS_LEAD: int = setting("extract.frames_dates", "max_days_before_publication_lead")  # settings.toml
NEAR_TRIGGER_TOKENS: int = setting("extract.frames_dates", "near_trigger_tokens")  # data/settings.toml
NEAR_FACTOR: float = setting("extract.frames_dates", "near_factor")  # data/settings.toml
MODIFIER_FACTOR: float = setting("extract.frames_dates", "modifier_factor")  # data/settings.toml
MIN_VOTES: float = setting("extract.frames_dates", "min_votes")  # data/settings.toml
DATE_LABELS = frozenset({"DATE", "TIME"})
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "unknown": 3}
DAYS_IN_WEEK = 7


@dataclass(frozen=True, slots=True)
class DateMention:
    value: str  # YYYY-MM-DD
    precision: DatePrecision
    evidence: Evidence
    weight: float
    statement: bool  # the date of a statement about the incident
    has_year: bool
    lead: bool = False  # in the first sentences that report the incident
    near: bool = False  # on a trigger word or a few tokens from one ("the attack on Thursday")
    period: bool = False  # the start or span of a period ("since January"): dates no incident


def days_between(a: str, b: str) -> int:
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def year_hint(sents: list[Span]) -> int | None:
    """The latest year written in DATE entities of the incident's sentences, if any: earlier
    years are those of background incidents ("the worst since a 2019 raid, which killed 40 …",
    "in 2019 and again in 2021"), the incident's is the newest the text names. A period's year is
    not one ("abuses since 2017", "so far in 2023"): it is when something else began, and an
    undated article's "the night of Sunday, December 3" takes no year from it (it stays open
    rather than six years early)."""
    years = [int(m[0]) for s in sents for ent in ents_in(s) if ent.label_ in DATE_LABELS
             and not is_period(date_span(ent)) for m in _YEAR.finditer(ent.text)]
    return max(years) if years else None


_REACTION_VERBS = frozenset(words("dates.yaml", "reaction_verbs"))
_STATEMENT_OBJECTS = frozenset(words("dates.yaml", "statement_objects"))
_QUESTION_VERBS = frozenset(words("dates.yaml", "question_verbs"))
_STATEMENT_NOUNS = frozenset(words("dates.yaml", "statement_nouns"))
_TOLL_NOUNS = frozenset(words("dates.yaml", "toll_nouns"))
_TOLL_VERBS = frozenset(words("dates.yaml", "toll_verbs"))
_TOLL_DEPS = ("nsubj", "nsubjpass", "dobj")
_VERB_HOPS = 3  # heads climbed from a date's governor to its verb ("rose to 40 on Tuesday": 40, rose)
_FIGURE_TAGS = ("NUM", "ADP")  # what lies between: the figure and its preposition, never a noun
_LIVES = frozenset({"life", "lives"})  # "the attack on Monday claimed 12 lives": no statement
_NUMBERS = {" ".join(str(k).lower().split()): int(v) for k, v in load_words("dates.yaml")["number_words"].items()}
_UNIT_DAYS = {str(k).lower(): int(v) for k, v in load_words("dates.yaml")["relative_units"].items()}
_DATE_DETERMINERS = frozenset(words("dates.yaml", "date_determiners"))
_VERB_TAGS = ("VERB", "AUX")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def date_span(ent: Span) -> Span:
    """The entity with the determiners spaCy leaves out of it: "this week's attack" tags only
    "week", which means nothing alone; "this" is its determiner. A day number or range left
    before a month is the date's too ("the early hours of 4 March" tags "March")."""
    start = ent.start
    while (start > ent.sent.start and (t := ent.doc[start - 1]).lower_ in _DATE_DETERMINERS
           and ent.start <= t.head.i < ent.end):
        start -= 1
    return with_day_numbers(ent if start == ent.start else ent.doc[start:ent.end])


def _verb_of(gov: Token) -> Token | None:
    """The verb a date's governor belongs to: the governor itself, the verb whose subject it is
    ("The government on Saturday accused …"), or the reaction verb whose object it is ("traded
    accusations on Sunday"; the object of a statement verb may carry the incident's date: "accused
    the coalition of attacking its troops last night")."""
    if gov.pos_ in _VERB_TAGS:
        return gov
    if gov.head.pos_ not in _VERB_TAGS:
        return None
    if gov.dep_ in _SUBJECT_DEPS or (gov.dep_ == "dobj" and (
            gov.head.lemma_.lower() in _REACTION_VERBS or gov.lemma_.lower() in _STATEMENT_OBJECTS)):
        return gov.head  # "claimed responsibility on Monday": the claim's day
    return None


def _asked_about(gov: Token) -> bool:
    """Whether a date's governor is what a source was asked about ("Asked about the suspects on
    Monday, a spokesman declined to comment": the parser hangs the day on "suspects"): the day
    the reporter asked. (A trigger word asked about is the incident's: not checked here.)"""
    prep = gov.head
    return gov.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in _VERB_TAGS \
        and prep.head.lemma_.lower() in _QUESTION_VERBS


def dates_a_statement(gov: Token, trigger_tokens: set[int]) -> bool:
    """Whether a date on ``gov`` dates something said or done about the incident: a statement
    ("a monitor said on Monday") or a reaction ("disputed on Saturday reports that …")."""
    statement_verbs = frame_lexicon().statement_verbs
    if gov.i in trigger_tokens:
        return False
    if gov.lemma_.lower() in statement_verbs:  # "said on Monday", "in a report on Monday"
        return True
    if gov.pos_ in _VERB_TAGS and any(c.dep_ == "dobj" and c.lemma_.lower() in _STATEMENT_NOUNS
                                      for c in gov.children):
        # "calls seeking comment on Tuesday", "gave an interview on Monday": a statement's day
        logger.debug("a day on a verb of a statement's noun: %s (offset %d)", gov.text, gov.idx)
        return True
    verb = _verb_of(gov)
    if verb is None and _asked_about(gov):
        logger.debug("a day on what a source was asked about: %s %s (offset %d)", gov.head.head.text, gov.text, gov.idx)
        return True
    if verb is None or verb.i in trigger_tokens:
        return False
    lemma = verb.lemma_.lower()
    return lemma in statement_verbs or lemma in _REACTION_VERBS


def _period_words() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """(start words, a pattern of the lead phrases ending a text, a pattern of a whole span
    back from now, event-clause words) of dates.yaml."""
    units = alternation(sorted(words("dates.yaml", "period_units")))
    back = alternation(sorted(words("dates.yaml", "period_span_words")))
    count = r"(?:\d+|(?:a )?few|" + alternation(sorted(words("dates.yaml", "number_words"))) + ")"
    span = re.compile(rf"(?:the (?:{back})(?: {count})?|(?:{back}) {count}) (?:{units})s?")
    leads = re.compile(r"\b" + alternation(sorted(words("dates.yaml", "period_lead_phrases"))) + r"$")
    return (frozenset(words("dates.yaml", "period_start_words")), leads, span,
            frozenset(words("dates.yaml", "period_event_clause_words")))


_PERIOD_STARTS, _PERIOD_LEADS, _PERIOD_SPAN, _EVENT_CLAUSE = _period_words()
_PERIOD_LOOKBEHIND = 3  # tokens before a date read for a lead phrase ("so far this year")


def is_period(ent: Span) -> bool:
    """Whether a date (:func:`date_span` of an entity) is written as the start or span of a
    period up to now: "since January", "since May 2023", "so far this year", "over the past
    month", "in the past three weeks". Not when a clause of an earlier incident follows ("the
    deadliest since March 2023, when a car bomb killed …": that incident's date)."""
    doc = ent.doc
    first = doc[ent.start].lower_
    before = doc[ent.start - 1].lower_ if ent.start > ent.sent.start else ""
    text = " ".join(t.lower_ for t in ent)
    head = " ".join(t.lower_ for t in doc[max(ent.sent.start, ent.start - _PERIOD_LOOKBEHIND):ent.start])
    if not (first in _PERIOD_STARTS or before in _PERIOD_STARTS or _PERIOD_LEADS.search(head)
            or _PERIOD_SPAN.fullmatch(text) or _in_period_clause(ent)):
        return False
    after = [t for t in doc[ent.end:min(ent.end + 2, ent.sent.end)] if not t.is_punct]
    return not (after and after[0].lower_ in _EVENT_CLAUSE)


def _in_period_clause(ent: Span) -> bool:
    """Whether a date lies in a clause that starts a period ("the worst killing since the
    president took office in December 2018", "attacks have risen since the group ended a
    ceasefire in November"): its verb is marked by a period start word. That clause tells when
    the period began, not an incident. Not a clause naming an incident ("… killed since fighting
    broke out on Sept. 27": the war's start, whose running toll a frame of its own keeps apart)."""
    gov = governor(time_root(ent.root))
    verb = gov if gov.pos_ in _VERB_TAGS else gov.head
    if verb.pos_ not in _VERB_TAGS or not any(c.dep_ == "mark" and c.lower_ in _PERIOD_STARTS for c in verb.children):
        return False
    return classify_event_type(ent.doc[verb.left_edge.i:verb.right_edge.i + 1].text) is None


def has_period(sent: Span) -> bool:
    """Whether a sentence writes a date as a period (:func:`is_period`), resolved or not."""
    return any(is_period(date_span(ent)) for ent in ents_in(sent) if ent.label_ in DATE_LABELS)


def sentence_dates(sent: Span, trigger_tokens: set[int], ref: Reference, year: int | None,
                   weight: float, *, lead: bool = False) -> list[DateMention]:
    """The sentence's dates: its DATE/TIME entities, the relative phrases beside a trigger the
    tagger missed ("killed … overnight"), and the days counted back from another date ("on
    Tuesday, a day after gunmen killed …"; :mod:`.frames_date_phrases`)."""
    backs = count_backs(sent, trigger_tokens, NEAR_TRIGGER_TOKENS, _NUMBERS, _UNIT_DAYS,
                        frame_lexicon().statement_verbs, _REACTION_VERBS)
    found_spans = [(f, _before_count_back(date_span(f), backs)) for f in ents_in(sent)
                   if f.label_ in DATE_LABELS and f.start_char >= ref.skip_until]
    found_spans += [(f, f) for f in untagged_phrases(sent, trigger_tokens, NEAR_TRIGGER_TOKENS)
                    if f.start_char >= ref.skip_until]
    out = []
    for found, ent in found_spans:
        value, precision = resolve_date(ent.text, ref.value, year_hint=year)
        if value is None:
            continue
        root = time_root(found.root)
        gov = governor(root)
        statement = (dates_a_statement(gov, trigger_tokens) or found.start_char < ref.dateline_end
                     or right_after_statement_verb(ent, root) or _in_aside(gov, trigger_tokens)
                     or right_before_statement_verb(ent, trigger_tokens) or dates_a_toll(gov))
        w = weight
        near = gov.i in trigger_tokens or any(
            abs(i - t) <= NEAR_TRIGGER_TOKENS for i in (ent.start, ent.end - 1) for t in trigger_tokens)
        if near:
            w *= NEAR_FACTOR
        if root.dep_ in ("poss", "compound", "amod", "nmod") and root.head.i not in trigger_tokens:
            w *= MODIFIER_FACTOR
        out.append(DateMention(value, precision, evidence(text_of(sent.doc), ent.start_char, ent.end_char),
                               w, statement, bool(_YEAR.search(ent.text)), lead, near, is_period(ent)))
    said = sorted(m.value for m in out if m.statement and m.precision == "day")
    if said:  # "police said on Tuesday that … the previous night": Monday night
        out = [_from_statement(m, said[0], year) if not m.statement and is_anaphoric(m.evidence.text) else m
               for m in out]
    return _counted_back(sent, backs, ref, out, said[0] if said else None, weight, lead)


def _before_count_back(ent: Span, backs: list[CountBack]) -> Span:
    """The entity without a count back the tagger ran into it: "Aug. 10, a day" of "on Aug. 10,
    a day after the strike" is Aug. 10."""
    for back in backs:
        if ent.start < back.span.start < ent.end:
            end = back.span.start
            while end > ent.start + 1 and ent.doc[end - 1].is_punct:
                end -= 1
            return ent.doc[ent.start:end]
    return ent


def _in_aside(gov: Token, trigger_tokens: set[int]) -> bool:
    """Whether a date lies in a relative clause about an actor or a place that holds no trigger
    word ("Uganda's army, which sent troops to Juba this month, has denied …"): it dates what
    the clause tells about them, not the incident (counted as a statement's date is). A clause
    about a trigger word is the incident's ("the missile that fell near Mayadin on Nov. 3")."""
    verb = gov if gov.pos_ in _VERB_TAGS else gov.head
    return (verb.dep_ == "relcl" and verb.head.i not in trigger_tokens
            and not any(t.i in trigger_tokens for t in verb.subtree))


def right_after_statement_verb(ent: Span, root: Token) -> bool:
    """Whether a date follows a statement verb directly ("said on Tuesday it was aware of
    reports …", "said Tuesday that …"), whatever the parser hung it on (often the reported
    clause's verb); not a date that names the incident ("said Tuesday's attack killed 12")."""
    doc = ent.doc
    i = ent.start - 1
    if i > ent.sent.start and doc[i].pos_ == "ADP":  # "on"
        i -= 1
    if i < ent.sent.start or doc[i].pos_ != "VERB" or doc[i].lemma_.lower() not in frame_lexicon().statement_verbs:
        return False
    return root.dep_ != "poss" and not (ent.end < len(doc) and doc[ent.end].tag_ == "POS")


def right_before_statement_verb(ent: Span, trigger_tokens: set[int]) -> bool:
    """Whether a date stands right before a verb of saying or reacting ("X's army-led government
    on Thursday rejected suggestions that …", "police on Monday said"), whatever the parser hung
    it on (a dateline before the subject often leaves the date on an apposition); not before an
    act ("gunmen on Tuesday attacked"), nor "the attack on Monday claimed 12 lives"."""
    doc = ent.doc
    if ent.end >= ent.sent.end:
        return False
    verb = doc[ent.end]
    if verb.pos_ != "VERB" or verb.i in trigger_tokens:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in frame_lexicon().statement_verbs and lemma not in _REACTION_VERBS:
        return False
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in _LIVES for c in verb.children)


def dates_a_toll(gov: Token) -> bool:
    """Whether a date is on a toll's change ("the toll rose to 40 on Tuesday", "raised the death
    toll to 25 on Monday", "put the toll at 101 on Wednesday"): it dates the count, a statement,
    not the killing. Not a date on the incident's noun ("the toll from Saturday's strike rose to
    24 on Sunday": Saturday is the strike's)."""
    verb = gov
    for _ in range(_VERB_HOPS):  # through the figure only ("rose to [40] on Tuesday")
        if verb.pos_ not in _FIGURE_TAGS or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in _VERB_TAGS or verb.lemma_.lower() not in _TOLL_VERBS:
        return False
    return any(c.dep_ in _TOLL_DEPS and c.lemma_.lower() in _TOLL_NOUNS for c in verb.children)


def _from_statement(m: DateMention, said: str, year: int | None) -> DateMention:
    """An anaphoric date resolved against the sentence's statement day instead."""
    value, precision = resolve_date(m.evidence.text, said, year_hint=year)
    return replace(m, value=value, precision=precision) if value is not None else m


def _counted_back(sent: Span, backs: list[CountBack], ref: Reference, mentions: list[DateMention],
                  said: str | None, weight: float, lead: bool) -> list[DateMention]:
    """``mentions`` and the days counted back from another date: "marched on Tuesday, a day
    after gunmen killed …", "inspected the bus on Aug. 10, a day after the strike". The anchor is
    the day written just before the phrase (then the date of what came after: a statement's),
    else the sentence's statement day. Never publication: "the strike came two days after a
    chemical attack" counts back from the strike, whose day the sentence does not give."""
    if not backs:
        return mentions
    out = list(mentions)
    added = []
    for back in backs:
        before = [n for n, m in enumerate(out) if m.precision == "day" and m.evidence.start < back.span.start_char]
        if before:
            out[before[-1]] = replace(out[before[-1]], statement=True)
        anchor = out[before[-1]].value if before else said
        if anchor is None:
            continue
        value = (date.fromisoformat(anchor[:10]) - timedelta(days=back.days)).isoformat()
        added.append(DateMention(value, "day", evidence(text_of(sent.doc), back.span.start_char, back.span.end_char),
                                 weight * NEAR_FACTOR, back.statement, False, lead, not back.statement))
    return out + added


_YEARS_AGO = re.compile(r"\b(" + alternation(sorted(words("dates.yaml", "years_ago_counts")))
                        + r"|\d+) years? (" + alternation(sorted(words("dates.yaml", "ago_words"))) + r")\b",
                        re.IGNORECASE)
# "last year", "a year ago": the year before
_YEAR_BEFORE = re.compile(r"\b" + alternation(sorted(words("dates.yaml", "year_before_phrases")), whitespace=ONE_SPACE)
                          + r"\b", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"^(?:" + alternation(sorted(words("dates.yaml", "year_leading_words")))
                        + r"[\s-]+)*((?:19|20)\d{2})$", re.IGNORECASE)


def past_year(sent: Span, trigger_tokens: set[int], ref: Reference, main: str | None) -> str | None:
    """The year of an earlier time the sentence's event is given without a month ("In 2019, a
    drone strike …", "last year", "three years ago"), before the incident's (or the
    publication's) year; else None. Such dates resolve to nothing of their own, but say the
    sentence is about something else. Only a date on the main verb or a trigger counts
    ("the group, founded in 2014, said …" is about this incident)."""
    base = main or ref.day or (ref.value[:10] if ref.value else None)
    if base is None:
        return None
    this_year = int(base[:4])
    for ent in ents_in(sent):
        if ent.label_ not in DATE_LABELS or is_period(date_span(ent)):
            continue  # "since 2015": a period, not the year of another incident
        gov = governor(time_root(ent.root))
        # "In 2014 fighters set fire …": a sentence's opening "In <year>" frames all of it,
        # however the parser hangs the year (here on "fighters")
        opening = ent.start == sent.start + 1 and sent[0].lower_ == "in"
        if not opening and gov.i != sent.root.i and gov.i not in trigger_tokens and not any(
                abs(gov.i - t) <= 1 for t in trigger_tokens):
            continue
        text = ent.text.strip()
        if _YEAR_BEFORE.search(text):
            return str(this_year - 1)
        if _YEARS_AGO.search(text):
            return f"before {this_year}"
        m = _YEAR_ONLY.match(text)
        if m and int(m[1]) < this_year:
            return m[1]
    return None


def is_recent(m: DateMention, ref: Reference) -> bool:
    """Whether a date can be the incident's, given the publication date (always without one)."""
    if ref.day is None:
        return True
    if m.value > ref.day:
        return False
    limit = MAX_DAYS_BEFORE_MONTH if m.precision == "month" else \
        MAX_DAYS_LEAD if m.lead and not m.statement else MAX_DAYS_BEFORE_PUBLICATION
    return days_between(m.value, ref.day) <= limit


def covers(coarse: DateMention, value: str, precision: DatePrecision) -> bool:
    """Whether a finer date lies inside a week or month date ("last week" holds "on Thursday"
    of last week; "in March" holds March 12)."""
    if _PRECISION_RANK[precision] >= _PRECISION_RANK[coarse.precision]:
        return False
    if coarse.precision == "month":
        return value[:7] == coarse.value[:7]
    if coarse.precision == "week":
        return 0 <= (date.fromisoformat(value) - date.fromisoformat(coarse.value)).days < DAYS_IN_WEEK
    return False


def _refine(votes: dict[str, float], recent: list[DateMention]) -> None:
    """A week or month the incident is given in also votes for each finer date inside it that
    the text names by a trigger word: "last week's ambush … killed in the attack on Thursday" is
    that Thursday, not the week ("questioned on Saturday this week's bombardment" is the week)."""
    finest = {m.value: m.precision for m in sorted(recent, key=lambda m: -_PRECISION_RANK[m.precision])
              if m.value in votes and m.near}
    for coarse in recent:
        if coarse.statement or coarse.precision not in ("week", "month"):
            continue
        for value, precision in finest.items():
            if covers(coarse, value, precision):
                votes[value] += coarse.weight


def choose_date(mentions: list[DateMention], ref: Reference) -> tuple[str | None, DatePrecision, list[DateMention]]:
    """(date, precision, the mentions that back it); (None, "unknown", []) if none can. A
    period votes only by the day it began ("clashes since Tuesday"): "since January" or "the
    past month" dates no incident."""
    mentions = [m for m in mentions if not m.period or m.precision == "day"]
    recent = [m for m in mentions if is_recent(m, ref)]
    votes: dict[str, float] = {}
    for m in recent:
        if not m.statement:
            votes[m.value] = votes.get(m.value, 0.0) + m.weight
    if sum(votes.values()) < MIN_VOTES and ref.day is not None:
        # nothing recent: a follow-up report; the lead may still date the incident
        older = [m for m in mentions if m.lead and not m.statement and not m.period and m.value <= ref.day]
        if older:
            recent, votes = older, {}
            for m in older:
                votes[m.value] = votes.get(m.value, 0.0) + m.weight
    _refine(votes, recent)
    if votes:
        def rank(value: str) -> tuple[float, int]:
            best = min(_PRECISION_RANK[m.precision] for m in recent if m.value == value)
            return votes[value], -best

        value = max(votes, key=rank)
        if votes[value] >= MIN_VOTES:
            backing = [m for m in recent if m.value == value and not m.statement]
            backing.sort(key=lambda m: (_PRECISION_RANK[m.precision], -m.weight))
            return value, backing[0].precision, backing
    statements = sorted((m for m in recent if m.statement),
                        key=lambda m: (m.value, _PRECISION_RANK[m.precision]))
    if statements:
        first = statements[0]
        return first.value, first.precision, [m for m in statements if m.value == first.value]
    return None, "unknown", []


def is_far(value: str, precision: DatePrecision, main: str, window_days: int) -> bool:
    """Whether a sentence's date names another incident than one on ``main``."""
    if precision == "month":
        return value[:7] != main[:7] and days_between(value, main) > MAX_DAYS_BEFORE_MONTH
    return days_between(value, main) > window_days
