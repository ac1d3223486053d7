"""Event frames of one article: the incident it reports, and background incidents.

The main frame is built from the sentences that carry event triggers; its date is the
first date phrase in those sentences that resolves against the publication date, its place
the most specific place named there. A trigger sentence whose date lies further than the
link window from the main date (or in another year) is a background incident and becomes
its own frame. Claims are assigned to the frame of their sentence, or to the main frame
when they speak about the incident at all (a figure, a perpetrator, a denial, a trigger).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span

from rashomon.extract.event_types import classify_event_type, find_triggers
from rashomon.extract.numbers import find_casualties
from rashomon.resolve.dates import resolve_date
from rashomon.resolve.places import PlaceGazetteer
from rashomon.types import Article, Claim, DatePrecision, Evidence, Figure, Frame, Location

PRECISION_RANK = {"exact": 0, "town": 1, "region": 2, "country": 3, "unknown": 4}
PLACE_PRECISION_BONUS = {"exact": 0.5, "town": 0.5, "region": 0.25}  # ties go to finer places
TITLE_WEIGHT = 3.0  # the headline names the incident's place far more often than background places
LEAD_WEIGHT = 2.0  # so does the first sentence that reports the incident
MAX_DAYS_BEFORE_PUBLICATION = 7  # an incident date further back is a background date
DATE_LABELS = frozenset({"DATE", "TIME"})
DATELINE_AFTER = re.compile(r"^\s*(\(|,\s*[A-Z][\w ]+\s*[\u2013\u2014(-]|\s*[\u2013\u2014-]\s)")


@dataclass(frozen=True, slots=True)
class _Sentence:
    span: Span
    triggers: int
    type_hint: str | None
    date: str | None
    date_precision: DatePrecision
    date_text: str | None
    places: tuple[tuple[str, Location], ...]


def _days(a: str, b: str) -> int:
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def _sentence_date(sent: Span, published: str | None) -> tuple[str | None, DatePrecision, str | None]:
    for ent in sent.ents:
        if ent.label_ not in DATE_LABELS:
            continue
        value, precision = resolve_date(ent.text, published)
        if value:
            return value, precision, ent.text
    return None, "unknown", None


def _places(text: str, offset: int, places: PlaceGazetteer,
            full_text: str | None = None) -> tuple[tuple[str, Location], ...]:
    whole = full_text if full_text is not None else text
    return tuple((text[s:e], loc) for s, e, loc in places.find(text)
                 if not _is_dateline(whole, offset + s, offset + e))


def _place_key(loc: Location) -> tuple[str, str | None]:
    return loc.name, loc.country


def _best_place(weighted: list[tuple[float, str, Location]]) -> tuple[str | None, Location | None]:
    """The place named most (weighted: title and lead count more), then the most precise.

    Countries only win when no finer place is named: a strike "in Syria near Albu Kamal" is
    at Albu Kamal.
    """
    if not weighted:
        return None, None
    scores: dict[tuple[str, str | None], float] = {}
    first: dict[tuple[str, str | None], tuple[str, Location, int]] = {}
    for i, (w, text, loc) in enumerate(weighted):
        key = _place_key(loc)
        bonus = PLACE_PRECISION_BONUS.get(loc.precision, 0.0)
        scores[key] = scores.get(key, bonus) + w
        first.setdefault(key, (text, loc, i))
    fine = [k for k in scores if first[k][1].precision not in {"country", "unknown"}]
    pool = fine or list(scores)
    best = max(pool, key=lambda k: (scores[k], -PRECISION_RANK.get(first[k][1].precision, 4), -first[k][2]))
    return first[best][0], first[best][1]


def _is_dateline(text: str, start: int, end: int) -> bool:
    """"BEIRUT (Reuters) -" or "KYIV, Ukraine —" at the start of a paragraph."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    word = text[start:end]
    after = text[end:end + 14]
    return word.isupper() or bool(DATELINE_AFTER.match(after))


def _analyse(doc: Doc, article: Article, places: PlaceGazetteer) -> list[_Sentence]:
    out = []
    for sent in doc.sents:
        triggers = find_triggers(sent.text)
        d, prec, dtext = _sentence_date(sent, article.published)
        out.append(_Sentence(
            span=sent, triggers=len(triggers),
            type_hint=classify_event_type(sent.text) if triggers else None,
            date=d, date_precision=prec, date_text=dtext,
            places=_places(sent.text, sent.start_char, places, doc.text),
        ))
    return out


def _evidence(span: Span) -> Evidence:
    text = span.doc.text
    start, end = span.start_char, span.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start=start, end=end, text=text[start:end])


def _outlet_figures(sents: list[_Sentence], claims: list[Claim]) -> tuple[Figure | None, Figure | None]:
    claimed = [(c.evidence.start, c.evidence.end) for c in claims]
    killed = injured = None
    for s in sents:
        if any(a <= s.span.start_char < b for a, b in claimed):
            continue
        for m in find_casualties(s.span.text):
            if m.kind == "killed" and killed is None:
                killed = m.figure
            if m.kind == "injured" and injured is None:
                injured = m.figure
    return killed, injured


def _frame(article: Article, index: int, sents: list[_Sentence], title_type: str | None,
           fallback_date: str | None, title_places: tuple[tuple[str, Location], ...],
           claims: list[Claim], background: bool) -> Frame:
    types = Counter(s.type_hint for s in sents if s.type_hint)
    etype = types.most_common(1)[0][0] if types else (title_type or "other")
    dated = [s for s in sents if s.date]
    if dated:
        d, prec, dtext = dated[0].date, dated[0].date_precision, dated[0].date_text
    else:
        d, prec, dtext = fallback_date, ("week" if fallback_date else "unknown"), None
    weighted = [(TITLE_WEIGHT, t, loc) for t, loc in title_places]
    for n, s in enumerate(sents):
        weighted.extend((LEAD_WEIGHT if n == 0 else 1.0, t, loc) for t, loc in s.places)
    place_text, location = _best_place(weighted)
    killed, injured = _outlet_figures(sents, claims)
    return Frame(article_id=article.id, index=index, type=etype,  # type: ignore[arg-type]
                 evidence=_evidence(sents[0].span), date=d, date_precision=prec,
                 date_text=dtext, place_text=place_text, location=location,
                 killed=killed, injured=injured, background=background)


def _main_date(trig: list[_Sentence], published: str | None) -> str | None:
    """The incident's date: the first day-precise date shortly before publication, else the first date."""
    dated = [s for s in trig if s.date]
    if published:
        recent = [s for s in dated if s.date and s.date <= published
                  and _days(s.date, published) <= MAX_DAYS_BEFORE_PUBLICATION]
        recent.sort(key=lambda s: s.date_precision != "day")
        if recent:
            return recent[0].date
    day = [s for s in dated if s.date_precision == "day"]
    return (day or dated)[0].date if dated else None


def _is_relevant(claim: Claim, doc: Doc) -> bool:
    if claim.stance in {"denies", "declines_comment"} or claim.perpetrator:
        return True
    if claim.killed is not None or claim.injured is not None:
        return True
    return bool(find_triggers(claim.text))


def extract_frames(doc: Doc, article: Article, claims: list[Claim], places: PlaceGazetteer,
                   *, window_days: int) -> tuple[list[Frame], list[Claim]]:
    """Frames of the article and its claims with ``frame`` set (None: about no incident)."""
    sents = _analyse(doc, article, places)
    title = article.title or ""
    title_type = classify_event_type(title) if title and find_triggers(title) else None
    title_places = _places(title, 0, places) if title else ()
    trig = [s for s in sents if s.triggers]
    relevant = [c for c in claims if _is_relevant(c, doc)]
    if not trig and not relevant and not title_type:
        return [], [replace(c, frame=None) for c in claims]
    published = article.published[:10] if article.published and len(article.published) >= 10 else None
    main_date = _main_date(trig, published)
    main: list[_Sentence] = []
    background: list[_Sentence] = []
    for s in trig:
        far = s.date and main_date and _days(s.date, main_date) > window_days
        (background if far else main).append(s)
    if not main:
        main = trig or [s for s in sents if any(c.evidence.start >= s.span.start_char and
                                                 c.evidence.start < s.span.end_char
                                                 for c in relevant)][:1] or sents[:1]
    frames = [_frame(article, 0, main, title_type, published, title_places, claims, False)]
    bg_index: dict[int, int] = {}
    for s in background:
        frames.append(_frame(article, len(frames), [s], None, None, (), claims, True))
        bg_index[s.span.start_char] = len(frames) - 1
    out: list[Claim] = []
    for c in claims:
        sent_start = next((s.span.start_char for s in sents
                           if s.span.start_char <= c.evidence.start < s.span.end_char), None)
        if sent_start is not None and sent_start in bg_index:
            out.append(replace(c, frame=bg_index[sent_start]))
        elif c in relevant:
            out.append(replace(c, frame=0))
        else:
            out.append(replace(c, frame=None))
    return frames, out
