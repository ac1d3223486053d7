"""Round-up sentences of wire copy: another incident's toll told beside the article's.

An article on one attack often ends with the day's other violence or a tally over several:
"On the same day, shelling in El Fasher killed 31 people", "Earlier on Sunday a roadside bomb
exploded near a base in Baidoa, killing four soldiers", "Friday's strikes on Saada and Hodeidah had
killed more than 60 people in total", "… said it was behind a raid on the town on Aug. 3, when its
fighters killed 12". Their figures are other incidents' (CONVENTIONS: background about other
incidents is not annotated); credited to the article's incident they were most of the false killed
figures of probe11.

The readings, on a sentence told after the lead (the caller checks that the lead names a place
finer than a country), of the places the sentence's act is set in — the object of "in", "at",
"near", "on" after an attack word or a killing ("bombings in X", "exploded near a base in X",
"strikes on X and Y"), or what an attack verb struck — each conjunct a place of its own, a place
given only as a bearing ("X, south of Damascus", "40 km from Gwoza") left out, and a district with
no town named ("in the Hodan district") taken for none (a city's district is often the incident's):

- **another place the same day**: the sentence shifts in time within the day or to a round-up
  ("on the same day", "earlier on Sunday", "later that day", "hours later", "elsewhere",
  ``roundup_shift_phrases``) and its act is set only in places the lead does not name. The shift
  alone is not enough ("Earlier on Sunday, the commander said the blast had killed seven": the
  incident's toll told earlier), nor is a place alone (a village of the lead's province);
- **another day elsewhere**: the sentence opens with a day other than the lead's ("On Wednesday,
  a roadside bomb near Gao …" after "on Saturday"; "On 26 August, a clash near X …" after "on 24
  August"), the lead naming a day of that kind, and its act is set only in places the lead does
  not name: the next item of a list of incidents (a weekly brief, a round-up);
- **a sum**: the act is set in several places side by side, one of them the lead's and one not
  ("the attacks in Rajouri and in Poonch killed 11 in all"): a tally over incidents. Two sites of one
  town ("at a checkpoint and at a market in Baidoa") name no other place;
- **another town**: the act is set only in a place called a town or city ("twin car bombs in the
  central city of Homs", "X, a town south of Damascus") the lead does not name, the lead calling a
  place of its own a town or city ("the town of Gwoza", "Sayyida Zeinab, a shrine town"): two towns,
  two incidents. A town of a lead that names only a region may be the incident's ("the village of X"
  after "in Zamfara state"), and "a nearby town" is often one the same attackers struck;
- **another date**: the claim's words give a day and month (a date a report of the incident might
  use) more than ``max_days_from_lead`` days from every date the lead names, the lead naming one and
  not looking back ("last month's raid": then the old date is the incident's).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from rashomon.config import setting
from rashomon.extract.casualty_times import another_time, is_act, month_of
from rashomon.extract.claim_scene import doc_tokens, lead_extent, lead_years
from rashomon.extract.doctext import span_text, tokens_text
from rashomon.extract.lexicon import Cues
from rashomon.lexicon import words

logger = logging.getLogger(__name__)

ACT_PREPS = frozenset(words("casualty_words.yaml", "roundup_act_preps"))
BEARING_WORDS = frozenset(words("casualty_words.yaml", "roundup_bearing_words"))
DISTRICT_NOUNS = frozenset(words("casualty_words.yaml", "roundup_district_nouns"))
SETTLEMENT_NOUNS = frozenset(words("casualty_words.yaml", "roundup_settlement_nouns"))
NEAR_WORDS = frozenset(words("casualty_words.yaml", "roundup_near_words"))
NIGHT_WORDS = frozenset(words("casualty_words.yaml", "scene_night_words"))  # "Friday night's": overnight
WEEKDAYS = frozenset(words("dates.yaml", "weekdays"))
SECOND_ACT_WORDS = frozenset(words("casualty_words.yaml", "roundup_second_act_words"))
NAME_PARTICLES = frozenset(words("casualty_words.yaml", "roundup_name_particles"))


def _phrases(key: str) -> re.Pattern[str]:
    """Any of a word list of ``casualty_words.yaml`` as whole words."""
    return re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in words("casualty_words.yaml", key)) + r")\b")


_SHIFT = _phrases("roundup_shift_phrases")
_LOOK_BACK = _phrases("roundup_look_back")
MAX_DAYS: int = setting("extract.casualty_elsewhere", "max_days_from_lead")  # data/settings.toml
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_M = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(r"\b" + _M + r"\s+(\d{1,2})(?!\d)\b|\b(\d{1,2})\s+" + _M + r"\b", re.IGNORECASE)
# a wire dateline: "DAMASCUS, Feb 22 - ", "MAIDUGURI, Nigeria, June 30 (Sahel Wire) - "
_DATELINE = re.compile(r"\s*[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+)*\b[^\n]{0,60}?\s[-\u2013\u2014]+\s")
_SENT_KEY = "rashomon.casualty_elsewhere.sents"  # Doc.user_data key: sentence start -> its reading
_LEAD_KEY = "rashomon.casualty_elsewhere.lead"  # Doc.user_data key: the lead's dates and look-back

PlaceWords = Callable[[list[Token]], set[str]]


def _bearing(tokens: list[Token]) -> set[int]:
    """The tokens of places given only as a bearing ("south of Damascus", "40 km from Gwoza")."""
    out: set[int] = set()
    for t in tokens:
        if t.dep_ == "prep" and t.lower_ in {"of", "from"} and t.head.lower_ in BEARING_WORDS:
            out.update(w.i for w in t.subtree)
    return out


def _group(obj: Token, place_words: PlaceWords, cues: Cues) -> tuple[set[str], bool]:
    """The place names of one conjunct (its own conjuncts and bearings left out), and whether it
    calls one a town or city ("a market in Mukalla, a port town"); a district with no town named
    gives none ("the Hodan district"), one of a named town gives the town's ("the al-Zahraa district
    of Homs"). An act told inside it keeps its own places ("in revenge for raids on mosques in
    Mombasa": the raids', not the attack's)."""
    skip = {w.i for c in obj.children if c.dep_ == "conj" for w in c.subtree}
    skip |= {w.i for a in obj.subtree if a.i != obj.i and a.pos_ == "NOUN" and is_act(a, cues) for w in a.subtree}
    # a relative clause tells of the place, it does not name it ("in Alexandria, where Coptic Pope
    # Tawadros II had been leading the service": not the Coptic church of the lead)
    skip |= {w.i for a in obj.subtree if a.dep_ == "relcl" for w in a.subtree}
    tokens = [w for w in obj.subtree if w.i not in skip]
    bearing = _bearing(tokens)
    tokens = [w for w in tokens if w.i not in bearing]
    town = any(_settlement(w) for w in tokens)
    if obj.lemma_.lower() in DISTRICT_NOUNS:
        tokens = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.subtree
                  if g.i not in bearing]
    # a particle of many names ("St Mark's Cathedral", "St George's church") names no one place
    return place_words(tokens) - NAME_PARTICLES, town


def _settlement(obj: Token) -> bool:
    """The place is called a town or city: "the central city of Homs", "Kolofata, a town …" (not a
    "nearby town": often one the incident's attackers also struck)."""
    nouns = [obj] if obj.lemma_.lower() in SETTLEMENT_NOUNS and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.pos_ == "PROPN" for g in p.children) for p in obj.children) \
        else [c for c in obj.children if c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENT_NOUNS] \
        if obj.pos_ == "PROPN" else []
    return any(not any(a.lower_ in NEAR_WORDS for a in n.children) for n in nouns)


def _conjuncts(obj: Token) -> list[Token]:
    return [obj, *(c for c in obj.conjuncts if c.i > obj.i)]


def act_places(sent: list[Token], cues: Cues, place_words: PlaceWords, placed: set[int]
               ) -> list[list[list[tuple[set[str], bool]]]]:
    """For each act of the sentence, its slots (a preposition's object, with the prepositions joined
    to it by "and", or what an attack verb struck), each the place names of its conjuncts (module
    docstring) and whether it is called a town or city; acts with no named place left out. Several
    slots of one act are one place told finer ("at A Nang Pa, in Hpakant township"), several
    conjuncts of one slot several places. ``placed`` gets the acts with a place."""
    out = []
    for t in sent:
        if not is_act(t, cues) or t.i in placed:
            continue
        slots: list[list[tuple[set[str], bool]]] = []
        for c in _slot_heads(t, cues):
            objs: list[Token] = []
            if c.dep_ == "prep" and c.lower_ in ACT_PREPS:
                for p in (c, *(x for x in c.conjuncts if x.i > c.i)):
                    objs += [o for o in p.children if o.dep_ == "pobj"]
            elif c.dep_ == "dobj" and t.pos_ == "VERB":
                objs.append(c)
            groups = [g for obj in objs if obj.ent_type_ not in {"DATE", "TIME"}
                      for o in _conjuncts(obj) if (g := _group(o, place_words, cues))[0]]
            if groups:
                slots.append(groups)
        if slots:
            out.append(slots)
            placed.add(t.i)
    return out


def _slot_heads(act: Token, cues: Cues) -> list[Token]:
    """Where to look for an act's places: a verb's own children; a noun's prepositions anywhere in
    its phrase, an act told inside it left out ("a clash between soldiers and fighters near Debark":
    the parser hangs the place on the fighters)."""
    if act.pos_ != "NOUN":
        return list(act.children)
    nested = {w.i for a in act.subtree if a.i != act.i and a.pos_ == "NOUN" and is_act(a, cues) for w in a.subtree}
    return [w for w in act.subtree if w.dep_ == "prep" and w.i not in nested]


def _names_back(sent: list[Token], cues: Cues, placed: set[int]) -> bool:
    """The sentence names the incident back: a definite attack with no place of its own ("it had
    carried out the attack in revenge for raids … in the coastal city of Mombasa", "Sunday's
    bombing"): its other places are those of a motive or a comparison, not of another incident."""
    return any(t.pos_ == "NOUN" and t.i not in placed and is_act(t, cues)
               and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this"}) for c in t.children)
               for t in sent)


def _opens_other_day(toks: list[Token], lead_days: frozenset[str], lead_dates: tuple[int, ...]) -> bool:
    """The sentence opens with a day other than the lead's: a weekday the lead does not name where
    it names one ("On Wednesday, …" after "on Saturday"; not a night's, which may be the lead's
    day overnight), or a day and month other than the lead's where it names one ("On 26 August, …"
    after "on the night of 24 to 25 August"): the next item of a list of incidents."""
    first = 1 if toks and toks[0].lower_ in {"on", "in"} else 0
    date = []
    for t in toks[first:first + 6]:
        if t.ent_type_ != "DATE":
            break
        date.append(t)
    if not date or (first + len(date) < len(toks) and toks[first + len(date)].lower_ in NIGHT_WORDS) \
            or any(t.lower_ in NIGHT_WORDS for t in date):
        return False
    days = {t.lower_ for t in date} & WEEKDAYS
    if days and lead_days and not days & lead_days:
        return True
    said = _dates(" ".join(t.text for t in date))
    return bool(said and lead_dates) and not set(said) & set(lead_dates)


def _reading(doc: Doc, sent: Span, lead_names: frozenset[str], told: frozenset[str], lead_town: bool,
             lead_days: frozenset[str], lead_dates: tuple[int, ...], cues: Cues, place_words: PlaceWords,
             lead_months: frozenset[str] = frozenset(), lead_years_: frozenset[str] = frozenset()) -> str | None:
    """The rule a sentence is another incident's by (module docstring), or None; read once per
    sentence. A sum reads the lead without its dateline ("DAMASCUS - … the attacks in Homs and near
    Damascus": the dateline's town is where the reporter is); the same day elsewhere with it (a town
    named in the dateline alone is often the incident's: "MOGADISHU - A bomb exploded at a hotel")."""
    memo: dict[int, str | None] = doc.user_data.setdefault(_SENT_KEY, {})
    if sent.start in memo:
        return memo[sent.start]
    toks = doc_tokens(doc)[sent.start:sent.end]
    found: str | None = None
    if another_time(sent, lead_months, lead_years_, cues):
        found = "another time"  # "On New Year's Day in 2011, a car bomb … killed 23"
        memo[sent.start] = found
        logger.debug("round-up (%s): %s", found, span_text(sent))
        return found
    placed: set[int] = set()
    acts = act_places(toks, cues, place_words, placed)
    if acts and _names_back(toks, cues, placed):
        acts = []
    for slots in acts:
        if any(len(groups) > 1 and any(g & told for g, _ in groups) and not all(g & told for g, _ in groups)
               for groups in slots):
            found = "sum"  # "the attacks in Rajouri and in Poonch"
            break
        if any(g & lead_names for groups in slots for g, _ in groups):
            continue
        if _SHIFT.search(span_text(sent).lower()):
            found = "same day elsewhere"  # "On the same day, shelling in El Fasher …"
            break
        if _opens_other_day(toks, lead_days, lead_dates):
            found = "another day elsewhere"  # "On Wednesday, a roadside bomb near Gao …" after "on Saturday"
            break
        if lead_town and any(town for groups in slots for _, town in groups):
            found = "another town"  # "twin car bombs in the central city of Homs", the lead's in another
            break
    memo[sent.start] = found
    if found is not None:
        logger.debug("round-up (%s): %s", found, span_text(sent))
    return found


def _day_of_year(month: str, day: str) -> int | None:
    m, d = _MONTHS.index(month.lower()[:3]), int(day)
    return sum(_MONTH_DAYS[:m]) + d if 1 <= d <= _MONTH_DAYS[m] else None


def _dates(text: str) -> list[int]:
    out = []
    for m in _DATE.finditer(text):
        month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if (n := _day_of_year(month, day)) is not None:
            out.append(n)
    return out


class _Lead(NamedTuple):
    """The lead as the round-up rules read it (:func:`_lead`)."""

    end: int  # where it ends
    names: frozenset[str]  # its proper names, lower-cased
    told: frozenset[str]  # those told after the dateline
    town: bool  # it calls a place of its own a town or city
    days: frozenset[str]  # its weekdays
    dates: tuple[int, ...]  # the days of year of its dates
    looks_back: bool  # "last month's raid"
    months: frozenset[str]  # its months, by their first three letters
    years: frozenset[str]  # its years (``claim_scene.lead_years``)
    second: frozenset[str]  # names told only in the clause of another act ("a second attack struck … in X")


def _second_act_names(lead: list[Token], cues: Cues) -> frozenset[str]:
    """The names the lead tells only in the clause of an act it calls another ("…, hours before a
    second attack struck a cathedral in Alexandria"): that act's places, not the incident's. A name
    told outside the clause too stays the incident's ("the second attack on Kukawa this month")."""
    inside: set[int] = set()
    for t in lead:
        if t.pos_ == "NOUN" and is_act(t, cues) and any(c.lower_ in SECOND_ACT_WORDS and c.dep_ in {"amod", "det"}
                                                         for c in t.children):
            # the act's clause: its subject on, to the end of the verb's phrase (the verb may be
            # the parse's root, the incident's words hung on it before the subject)
            clause = t.head if t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ == "VERB" else t
            inside.update(w.i for w in clause.subtree if w.i >= t.left_edge.i)
    if not inside:
        return frozenset()
    named = [t for t in lead if t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"}]
    return frozenset({t.lower_ for t in named if t.i in inside} - {t.lower_ for t in named if t.i not in inside})


def _lead(doc: Doc, lead_end: int, cues: Cues) -> _Lead:
    """The lead read once per document: where it ends (``claim_scene.lead_extent``: the end of the
    first paragraph that reads as sentences, past a headline line of a scraped page), its proper
    names, those told after the dateline (where the reporter is, often not the incident's town),
    whether it calls a place of its own a town or city, its weekdays, the days of year of its dates,
    whether it looks back ("last month's raid"), its months and years, and the names it tells only
    of another act."""
    cached: _Lead | None = doc.user_data.get(_LEAD_KEY)
    if cached is None:
        text = tokens_text(doc)
        pos, end = lead_extent(doc, lead_end)
        head = text[:end]
        dateline = _DATELINE.match(text, pos if pos < len(text) else 0)
        after = dateline.end() if dateline is not None else 0
        names, told, town, days, months, lead = [], [], False, [], [], []
        for t in doc:  # the lead's tokens only
            if t.idx >= end:
                break
            lead.append(t)
            if t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"}:
                names.append(t.lower_)
                if t.idx >= after:
                    told.append(t.lower_)
            town = town or (t.idx >= after and _settlement(t))
            if t.lower_ in WEEKDAYS:
                days.append(t.lower_)
            if (m := month_of(t)) is not None:
                months.append(m)
        cached = doc.user_data[_LEAD_KEY] = _Lead(
            end, frozenset(names), frozenset(told), town, frozenset(days), tuple(_dates(head)),
            bool(_LOOK_BACK.search(head.lower())), frozenset(months), lead_years(doc, lead_end),
            _second_act_names(lead, cues))
    return cached


def _far_date(doc: Doc, lead_end: int, content: str, cues: Cues) -> bool:
    """The claim's words give a day and month far from every date the lead names (module docstring)."""
    lead = _lead(doc, lead_end, cues)
    lead_dates, looks_back = lead.dates, lead.looks_back
    if not lead_dates or looks_back:
        return False
    said = _dates(content)
    return bool(said) and all(min(abs(d - ld), 366 - abs(d - ld)) > MAX_DAYS for d in said for ld in lead_dates)


def roundup(doc: Doc, sent: Span, content: str, lead_end: int, lead_names: frozenset[str], cues: Cues,
            place_words: PlaceWords) -> bool:
    """Whether a claim told after the lead (its sentence ``sent``, its words ``content``) is
    another incident's by a round-up reading (module docstring)."""
    lead = _lead(doc, lead_end, cues)
    if sent.start_char < lead.end:
        return False  # the lead's own claims are the incident's
    if _reading(doc, sent, (lead_names | lead.names) - lead.second, lead.told - lead.second, lead.town, lead.days,
                lead.dates, cues, place_words, lead.months, lead.years) is not None:
        return True
    if _far_date(doc, lead_end, content, cues):
        logger.debug("round-up (another date): %s", content)
        return True
    return False
