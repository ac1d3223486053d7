"""Event frames of one article: the incident it reports, and background incidents.

1. Sentences with event triggers are the incident's sentences; photo captions and credits
   are left out (they describe other scenes), the first remaining one is the lead, unless a
   later one ranks its incident first of several ("the deadliest incident of the week took
   place on 5 September in Menaka", :mod:`.frames_lead`).
2. The place is voted over the headline and those sentences (:mod:`.frames_places`).
3. The date is voted over the sentences whose places agree with it (or name none), resolved
   against the publication date (:mod:`.frames_dates`); without a date in the text the
   frame takes the publication date at week precision, or the publication month.
4. A sentence whose date lies further than the link window from the incident's date, or whose
   dated place lies elsewhere, or that opens with a day of its own and a new incident ("On
   Wednesday, a clash near Boni left four dead"), is a background incident ("last year's strike on …"); the
   background sentences of one date make one frame with ``background=True``. A sentence whose
   only dates are periods ("since January, attacks in … have killed 300") dates no incident and
   opens no frame: it joins the main frame only when a period began within the window at the
   incident's place ("fighting there since Tuesday"), else no frame (its figures are running
   totals, its places a campaign's).
5. Perpetrators, targets and casualties come from the frame's claims and sentences
   (:mod:`.frames_actors`, :mod:`.frames_casualties`). A statement that the attack's authorship
   is contested ("the two sides traded blame for the shelling", :mod:`.frames_contested`) is
   kept under ``sources["contested"]``: the event's perpetrator status is then contested.

Every field carries its provenance in ``Frame.sources``: evidence slices of the article text
and/or claim ids. Claims are assigned to the frame of their sentence, or to the main frame
when they speak about the incident at all (a figure, a perpetrator, a denial, a trigger).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from rashomon.config import setting
from rashomon.extract.claim_relevance import about_incident, join_by_target
from rashomon.extract.doctext import text_of
from rashomon.extract.event_types import bomb_attacks, frame_lexicon
from rashomon.extract.frames_actors import claim_perpetrators, outlet_perpetrators, targets
from rashomon.extract.frames_back import goes_on_back, join_back
from rashomon.extract.frames_casualties import casualty_sentences, outlet_casualties
from rashomon.extract.frames_contested import CONTESTED, contested_in
from rashomon.extract.frames_date_claims import claim_sentence_dates, no_own_date
from rashomon.extract.frames_date_phrases import after_another, goes_on
from rashomon.extract.frames_date_text import unresolved_date_text
from rashomon.extract.frames_dates import (
    MIN_VOTES,
    NEAR_TRIGGER_TOKENS,
    DateMention,
    choose_date,
    has_period,
    is_far,
    past_year,
    sentence_dates,
    year_hint,
)
from rashomon.extract.frames_lead import opens_new_incident, ranked_first
from rashomon.extract.frames_place_filters import place_context
from rashomon.extract.frames_places import (
    LEAD_WEIGHT,
    PlaceMention,
    choose_place,
    in_area,
    lead_places,
    sentence_places,
    title_places,
)
from rashomon.extract.frames_reference import Reference
from rashomon.extract.frames_response import ANSWER, set_answers_aside
from rashomon.extract.frames_text import Sent, evidence, read_sentences
from rashomon.gazetteer.places import PlaceContext, PlaceGazetteer
from rashomon.gazetteer.triggers import GENERIC_TIER, classify_with_tier
from rashomon.types import Article, Claim, DatePrecision, EventType, Evidence, FieldSource, Frame

MAX_EVIDENCE: int = setting("extract.frames", "max_evidence")  # data/settings.toml
TITLE_TYPE_WEIGHT: float = setting("extract.frames", "title_type_weight")  # data/settings.toml
LEAD_SENTENCES: int = setting("extract.frames", "lead_sentences")  # data/settings.toml


@dataclass(frozen=True, slots=True)
class _Reading:
    """One sentence with its place and date mentions."""

    sent: Sent
    places: tuple[PlaceMention, ...]
    dates: tuple[DateMention, ...]
    lead: bool
    period: bool = False  # a date written as a period ("since January"), resolved or not

    def own_dates(self) -> list[DateMention]:
        return [d for d in self.dates if not d.statement and not d.period and d.weight >= MIN_VOTES]

    def period_dates(self) -> list[DateMention]:
        return [d for d in self.dates if not d.statement and d.period and d.weight >= MIN_VOTES]


@dataclass(frozen=True, slots=True)
class ArticleFrames:
    """What the frames step finds in one article."""

    frames: tuple[Frame, ...]
    claim_frames: tuple[int | None, ...]  # the frame of each claim given, in order (None: no incident)


def _is_relevant(claim: Claim) -> bool:
    return about_incident(claim)  # extract.claim_relevance


def _type(readings: list[_Reading], title: tuple[EventType, bool] | None,
          text: str) -> tuple[EventType, FieldSource]:
    """The frame's type: the sentences' types voted; ``title``: the headline's type, and
    whether only generic words gave it."""
    votes: dict[EventType, float] = {}
    # generic words ("strike", "attack", "massacre") vote only where no sentence says more,
    # as within a sentence (gazetteer.triggers): "the massacre" of a lead and "an air strike"
    # further down is an air strike; a headline's "bombing" and a body's "explosion", a blast
    specific_words = any(r.sent.type_hint and not r.sent.generic for r in readings)
    title_type = title[0] if title and not (specific_words and title[1]) else None
    if title_type:  # a headline's word is often loose ("US raids" for air strikes): a tie-break
        votes[title_type] = TITLE_TYPE_WEIGHT
    # a lead that says only that people came under fire or gunmen struck names no weapon: it
    # keeps its vote, not the lead's weight, against a sentence that names a weapon or platform
    # of its type ("mortar shells", "a drone"), which also wins a tie with it. Not a lead's
    # "explosion" or "blast": a weapon further on is often one side's account of its cause
    named = {r.sent.type_hint for r in readings if r.sent.type_hint and not r.sent.cue
             and any(t.weapon and t.type == r.sent.type_hint for t in r.sent.triggers)}
    demoted = False
    for r in readings:
        if r.sent.type_hint and not (specific_words and r.sent.generic):
            demote = r.lead and bool(named) and r.sent.unarmed_cue()
            demoted = demoted or demote
            weight = LEAD_WEIGHT if r.lead and not demote else 1.0
            votes[r.sent.type_hint] = votes.get(r.sent.type_hint, 0.0) + weight
    specific = [t for t in votes if t != "other"]
    if not votes:
        return "other", FieldSource(note="no trigger")
    best = max(specific or votes, key=lambda t: (votes[t], demoted and t in named))
    spans = [evidence(text, t.start, t.end) for r in readings for t in r.sent.triggers
             if t.type == best][:MAX_EVIDENCE]
    note = "triggers: " + ", ".join(dict.fromkeys(e.text for e in spans)) if spans else None
    if title_type == best:
        note = f"headline; {note}" if note else "headline"
    return best, FieldSource(tuple(spans), note=note)


def _place(mentions: list[PlaceMention]) -> tuple[PlaceMention | None, FieldSource | None]:
    best, backing = choose_place(mentions)
    if best is None:
        return None, None
    spans = [m.evidence for m in [best, *backing] if m.evidence is not None]
    spans = list(dict.fromkeys(spans))[:MAX_EVIDENCE]
    names = ", ".join(dict.fromkeys(m.text for m in backing if m is not best))
    note = "headline" if best.in_title else None
    if names:
        note = (f"{note}; " if note else "") + f"same area: {names}"
    return best, FieldSource(tuple(spans), note=note)


def _date(mentions: list[DateMention], ref: Reference) -> tuple[str | None, DatePrecision, str | None, FieldSource]:
    value, precision, backing = choose_date(mentions, ref)
    if value is not None:
        spans = tuple(dict.fromkeys(m.evidence for m in backing))[:MAX_EVIDENCE]
        statement = backing[0].statement
        note = f"resolved against the {ref.note} {ref.value}" if ref.value else "explicit date"
        if statement:
            note += "; the date of the first statement about it (no date of its own)"
        return value, precision, backing[0].evidence.text, FieldSource(spans, note=note)
    if ref.day is not None:
        return ref.day, "week", None, FieldSource(note=f"{ref.note} (no date in the text)")
    if ref.value is not None:
        return f"{ref.value[:7]}-01", "month", None, FieldSource(note=f"{ref.note} (no date in the text)")
    if ref.note.startswith("background"):
        return None, "unknown", None, FieldSource(note=f"unknown: {ref.note}")
    return None, "unknown", None, FieldSource(note="unknown: no date in the text, no publication date")


def _frame(article: Article, index: int, readings: list[_Reading], mentions: list[PlaceMention],
           dates: list[DateMention], ref: Reference, title: tuple[EventType, bool] | None,
           claims: list[Claim], frame_claims: list[Claim], background: bool,
           fallback: list[Sent] | None = None, sense: EventType | None = None) -> Frame:
    text = article.text
    etype, type_src = _type(readings, title, text)
    sents = [r.sent for r in readings]
    if sense is not None and bomb_attacks(etype, sents, sense):  # "On Jan. 31 bombings near the shrine …"
        etype, type_src = sense, replace(type_src, note=f"{type_src.note}; bombing, as the article's incident")
    place, place_src = _place(mentions)
    d, prec, dtext, date_src = _date(dates, ref)
    if d is None and dtext is None:  # the words of a date nothing resolved ("on Tuesday", undated)
        dtext = unresolved_date_text([(s.span, s.trigger_tokens()) for s in sents])
    perps, perp_src = claim_perpetrators(frame_claims)
    own, own_spans = outlet_perpetrators(sents, claims, main=not background)
    if own:
        perps = list(dict.fromkeys([*perps, *own]))
        note = "; ".join(filter(None, [perp_src.note if perp_src else None,
                                       "in the outlet's voice: " + ", ".join(own)]))
        perp_src = FieldSource(tuple(own_spans[:MAX_EVIDENCE]), perp_src.claim_ids if perp_src else (), note)
    tgts, tgt_spans = _not_places(targets(sents), mentions)
    figures = outlet_casualties(sents, fallback or [], claims, frame_claims, main=fallback is not None)
    sources: dict[str, FieldSource] = {"type": type_src, "date": date_src}
    if place_src:
        sources["place"] = place_src
    if perp_src:
        sources["perpetrators"] = perp_src
    if tgts:
        sources["targets"] = FieldSource(tuple(tgt_spans))
    for kind in ("killed", "injured"):
        src = figures[kind][1]
        if src is not None:
            sources[kind] = src
    said = contested_in([(s.text, s.start) for s in [*sents, *(fallback or [])] if not s.caption])
    if said:
        spans = [evidence(text, st.start, st.end) for st in said][:MAX_EVIDENCE]
        sources[CONTESTED] = FieldSource(tuple(spans), note="authorship contested: "
                                         + "; ".join(dict.fromkeys(e.text for e in spans)))
    return Frame(
        article_id=article.id, index=index, type=etype,
        evidence=evidence(text, sents[0].start, sents[0].end), date=d, date_precision=prec,
        date_text=dtext, place_text=place.text if place else None,
        location=place.location if place else None, perpetrators=tuple(perps),
        targets=tuple(tgts), killed=figures["killed"][0], injured=figures["injured"][0],
        background=background, sources=sources,
    )


def _not_places(found: tuple[list[str], list[Evidence]],
                mentions: list[PlaceMention]) -> tuple[list[str], list[Evidence]]:
    """The targets that are not one of the frame's places: "struck Finote Selam" names where,
    and the tagger may not know the town for a place."""
    names = {m.text.casefold() for m in mentions}
    kept = [(t, e) for t, e in zip(*found, strict=True) if t.casefold() not in names]
    return [t for t, _ in kept], [e for _, e in kept]


def holds_any(points: Sequence[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``points`` lies in ``[start, end)``: a binary search, so that
    testing every sentence of a long article against its claims is not quadratic (issue 14)."""
    i = bisect_left(points, start)
    return i < len(points) and points[i] < end


def _claim_places(doc: Doc, sents: list[Sent], claims: list[Claim],
                  places: PlaceGazetteer, context: PlaceContext) -> list[PlaceMention]:
    """Places of the sentences holding the frame's claims, the first ones weighing most."""
    starts = sorted(c.evidence.start for c in claims)
    held = [s for s in sents if not s.caption and holds_any(starts, s.start, s.end)]
    out: list[PlaceMention] = []
    for n, s in enumerate(held[:LEAD_SENTENCES + 1]):
        out.extend(sentence_places(doc, s, places, LEAD_WEIGHT if n == 0 else 1.0, context))
    return out


def extract_frames(doc: Doc, article: Article, claims: list[Claim], places: PlaceGazetteer,
                   *, window_days: int) -> ArticleFrames:
    """Frames of the article, and the frame each of ``claims`` is about. The claims are read,
    never rewritten: :func:`with_frames` makes the claims that carry their frame."""
    sents = read_sentences(doc)
    title = article.title or ""
    title_hint = classify_with_tier(title) if title else None
    title_type = title_hint[0] if title_hint else None
    trig = [s for s in sents if s.triggers and not s.caption]
    relevant = [c for c in claims if _is_relevant(c)]
    if not trig and not relevant and not title_type:
        trig = casualty_sentences(sents)[:1]  # "Gunmen executed 16 people." names no attack
        if not trig:
            return ArticleFrames((), (None,) * len(claims))
    if not trig:  # claims about an incident without a trigger word: their sentences
        starts = sorted({c.evidence.start for c in relevant})
        trig = [s for s in sents if not s.caption and holds_any(starts, s.start, s.end)][:1] \
            or [s for s in sents if not s.caption][:1] or sents[:1]
    ref = Reference.of(article)
    lead = ranked_first(trig)
    trig = [lead, *(s for s in trig if s is not lead)]
    # what the whole article says about where it is tells same-named places apart
    context = place_context(doc, places)
    placed = {s.start: sentence_places(doc, s, places, LEAD_WEIGHT if s is lead else 1.0, context)
              for s in trig}
    tplaces = title_places(title, text_of(doc), places, context, doc)
    main_place, _ = choose_place([*tplaces, *(m for s in trig for m in placed[s.start])])

    def agrees(s: Sent) -> bool:
        """Whether a sentence's places (its finer ones, if any) include the incident's. The
        lead always does: it reports the incident, and its date is the incident's even when the
        place chosen is wrong or coarse (a foreign capital's dateline, the country of a headline)."""
        if s is lead:
            return True
        mentions = placed[s.start]
        fine = [m for m in mentions if m.location.precision != "country"] or mentions
        return main_place is None or not fine or any(in_area(main_place.location, m.location) for m in fine)

    year = year_hint([s.span for s in trig if agrees(s)]) if ref.value is None else None
    readings = [_Reading(s, tuple(placed[s.start]),
                         tuple(sentence_dates(s.span, s.trigger_tokens(), ref, year,
                                              LEAD_WEIGHT if s is lead else 1.0,
                                              lead=n < LEAD_SENTENCES)), s is lead, has_period(s.span))
                for n, s in enumerate(trig)]
    main_date, _, _ = choose_date([d for r in readings if agrees(r.sent) for d in r.dates], ref)
    anchor = main_date or ref.day
    main: list[_Reading] = []
    background: dict[str, list[_Reading]] = {}
    bg_date: dict[str, DateMention | None] = {}
    for r in readings:
        own = r.own_dates()
        far = [d for d in own if (anchor is not None and is_far(d.value, d.precision, anchor, window_days))
               or (not agrees(r.sent) and d.value != anchor)]
        if not r.lead and not far and anchor is not None and opens_new_incident(r.sent, own, anchor):
            far = own  # "On Wednesday, a clash near Boni left four dead": the next incident of a list
        if r.lead or (own and len(far) < len(own)):
            main.append(r)
        elif own:
            key = max(far, key=lambda d: d.weight)
            background.setdefault(key.value, []).append(r)
            bg_date.setdefault(key.value, key)
        elif (past := past_year(r.sent.span, r.sent.trigger_tokens(), ref, anchor)) is not None:
            background.setdefault(f"in {past}", []).append(r)  # "In 2019, a drone strike …"
            bg_date.setdefault(f"in {past}", None)
        elif r.period:  # "since January, attacks in … have killed 300": no incident of its own
            if agrees(r.sent) and _began_lately(r, anchor, window_days):
                main.append(r)
        elif (where := _elsewhere(r, main_place)) is not None:
            background.setdefault(f"at {where}", []).append(r)  # "a separate attack on …"
            bg_date.setdefault(f"at {where}", None)
        else:
            main.append(r)
    def read(s: Sent) -> _Reading:
        return _Reading(s, tuple(sentence_places(doc, s, places, 1.0, context)),
                        tuple(sentence_dates(s.span, s.trigger_tokens(), ref, year, 1.0, lead=False)), False,
                        has_period(s.span))

    # "troops later killed 12 militants in raids": the state's answer, another act
    main = set_answers_aside(main, background, bg_date, sents, lead, read)
    main, back = join_back(main, background, sents)  # "… Russia denied it was responsible for that strike."
    if not main:
        main = readings[:1]
    bg_of: dict[int, int] = {}
    for n, group in enumerate(background.values(), start=1):
        for r in group:
            bg_of[r.sent.start] = n
    # "… Islamic State later said one of its members carried it out.": a sentence without an
    # incident word that goes on about the background incident right before it is that one's
    for n, s in enumerate(sents[1:], start=1):
        if not s.triggers and s.start not in bg_of and sents[n - 1].start in bg_of and goes_on_back(s, set()):
            bg_of[s.start] = bg_of[sents[n - 1].start]
    sent_starts = [s.start for s in sents]
    claim_frames = tuple(None if c.about == "other" and sentence_at(sents, sent_starts, c.evidence.start) in back
                         else _claim_frame(c, sents, sent_starts, bg_of) for c in claims)  # set aside: stays aside

    def about(n: int) -> list[Claim]:
        return [c for c, f in zip(claims, claim_frames, strict=True) if f == n]

    main_mentions = [*tplaces, *(m for r in main for m in r.places)]
    if not main_mentions:  # the place may stand in a sentence without a trigger word
        main_mentions = _claim_places(doc, sents, about(0), places, context)
    main_mentions += lead_places(doc, sents, main_mentions, places, context)
    main_dates = [d for r in main if agrees(r.sent) for d in r.dates]
    if no_own_date(main_dates, ref):  # a reaction's day only: its claims may tell the incident's
        main_dates += claim_sentence_dates(sents, claims, claim_frames, {s.start for s in trig}, ref, year)
    # the outlet's figures may stand in a sentence without a trigger word ("Four were killed."),
    # not in one given an earlier year ("In 1998 fighters set fire to a school, killing 80"):
    # another incident's toll, whose words the trigger list lacks; nor in one dated by an
    # earlier incident's sentence right before it ("At his funeral that month, a stampede killed 56")
    fallback = [s for n, s in enumerate(sents) if not s.triggers and s.start not in bg_of
                and past_year(s.span, set(), ref, anchor) is None
                and not (n and sents[n - 1].start in bg_of and goes_on(s.text))]
    frames = [_frame(article, 0, main, main_mentions, main_dates, ref,
                     (title_hint[0], title_hint[1] == GENERIC_TIER) if title_hint else None, claims,
                     about(0), False, fallback)]
    for n, (value, group) in enumerate(background.items(), start=1):
        given = bg_date[value]
        bg_ref = Reference(None, "background: the date it is given", None) if given is not None else \
            Reference(None, f"background incident {value}, no day given", None)
        frames.append(_frame(article, n, group, [m for r in group for m in r.places],
                             [replace(given, weight=1.0, statement=False)] if given is not None else [],
                             bg_ref, None, claims, about(n), True,
                             sense=None if value.startswith(ANSWER) else frames[0].type))  # its own act
    return ArticleFrames(tuple(frames), join_by_target(claims, claim_frames, frames))  # "the bus was carrying …"


def sentence_at(sents: Sequence[Sent], starts: Sequence[int], pos: int) -> Sent | None:
    """The sentence holding offset ``pos``: a binary search over ``starts`` (the sentences'
    starts; the Doc's sentences are in text order and do not overlap), not a scan per claim."""
    k = bisect_right(starts, pos) - 1
    return sents[k] if k >= 0 and pos < sents[k].end else None


def _claim_frame(claim: Claim, sents: list[Sent], starts: list[int], bg_of: dict[int, int]) -> int | None:
    """The frame a claim is about: the background frame of its sentence, else the main frame
    when it speaks about the incident at all, else none."""
    sent = sentence_at(sents, starts, claim.evidence.start)
    if sent is not None and sent.start in bg_of:
        return bg_of[sent.start]
    return 0 if _is_relevant(claim) else None


def with_frames(claims: Sequence[Claim], found: ArticleFrames) -> tuple[Claim, ...]:
    """New claims: each of ``claims`` (those given to :func:`extract_frames`) with the frame it
    is about. Pure; the claims given are left as they are."""
    return tuple(replace(c, frame=f) for c, f in zip(claims, found.claim_frames, strict=True))


def _began_lately(r: _Reading, anchor: str | None, window_days: int) -> bool:
    """Whether one of a sentence's periods began within the window of the incident's date
    ("clashes since Tuesday"): the sentence is about the incident, not a longer campaign."""
    return any(anchor is None or not is_far(d.value, d.precision, anchor, window_days)
               for d in r.period_dates())


def _elsewhere(r: _Reading, main_place: PlaceMention | None) -> str | None:
    """The place of another incident the sentence introduces ("a separate rocket attack on the
    Green Zone", "came days after the Houthis attacked Abu Dhabi"): a cue word or a count back
    to an incident word, and its places where something happened all outside the incident's
    area; else None."""
    if main_place is None:
        return None
    lowered = r.sent.text.lower()
    if not frame_lexicon().other_incident.search(lowered) and not after_another(
            r.sent.span, r.sent.trigger_tokens(), NEAR_TRIGGER_TOKENS):
        return None
    fine = [m for m in r.places if m.location.precision not in ("country", "unknown")]
    sites = [m for m in fine if not m.reference and m.factor >= 1.0]
    if not sites or any(in_area(main_place.location, m.location) for m in fine):
        return None
    return sites[0].location.name
