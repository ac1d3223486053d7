"""Another scene: a claim told with its own place or time is about another incident.

Articles end with background and round-ups: "Earlier this year, a rights group accused the army of
killing 52 villagers in March", "In Macomia, officials said a separate raid had wounded 11",
"a roadside bomb killed four soldiers in the Cabo Delgado province", "96 people were killed across
the country". Their figures are other incidents' (CONVENTIONS: background about other incidents is
not annotated), and credited to the article's incident they were the largest loss of precision of
the killed and injured figures on unseen sets (probe7 fault 19).

The rule, for a claim told after the lead (the caller checks that the lead names a place finer
than a country), on the sentence of the claim:

- **time**: a date told of the killing or attack (not of a clause beside it: "which pledged
  allegiance in 2019") that is a month without a day the lead does not name where the lead names
  a month ("in February" after "GENEVA, Aug 28"), a month and year or a year alone ("in June
  2023", "in 2016") the lead does not name, or a past-time phrase ("last year", "earlier this
  year"). A date with a day ("on Sept 14") is left alone: an article datelined on the 14th tells
  its incident's date that way; so is a month alone when the lead names none (a look back at the
  incident, "the August drone strike") unless it opens a sentence of a new act ("In March, a
  bombing at a market killed 14").
- **day**: a day's name owning a plural act the lead does not date ("the toll from Thursday's
  strikes" after "on Saturday"), never a night's ("Friday night's strikes": overnight).
- **named back**: "that attack", "that siege" in a sentence right after one that is elsewhere by
  these rules or tells of an act of its own ("a separate ambush", "another raid"): that incident.
- **place**: a sentence opening with a named place the lead does not name ("In Kharkiv, …") whose
  claim introduces a new act ("a separate raid", "a missile strike"): a fronted place alone is
  often only where the speaker is ("In Moscow, the ministry said the strike …"); an
  administrative area the lead does not name, told of the kill or attack ("killed four soldiers
  in the Diffa region"); a nationwide tally ("across the country", "across Ukraine").

A place whose words include one of the lead's names is the incident's own, or part of it ("in the
Milamba neighbourhood of Mocimboa da Praia"); a district or neighbourhood alone is not taken as
elsewhere (a city's district is the incident's), and neither is a place the wounded were taken to
("hospitals in Pemba": the place hangs on the hospital, not on the act).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from rashomon.extract.doctext import tokens_text
from rashomon.extract.lexicon import Cues, word_set
from rashomon.extract.sentence_cache import doc_tokens as doc_tokens
from rashomon.extract.sentence_cache import sent_ents, sentences
from rashomon.extract.sentence_cache import sentence_of as sentence_of
from rashomon.lexicon import load, words

logger = logging.getLogger(__name__)

REGION_NOUNS = frozenset(words("casualty_words.yaml", "scene_region_nouns"))
WHOLE_NOUNS = frozenset(words("casualty_words.yaml", "scene_whole_nouns"))
_PAST = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words("casualty_words.yaml", "scene_past_words"))
                   + r")\b")
VICTIM_VERBS = word_set("victim_verbs")
_YEAR = re.compile(r"(?:19|20)\d\d")
_KILL_CLAUSES = frozenset({"advcl", "xcomp", "conj"})  # "set fire …, killing 80": the kill is a clause of the act
_LEAD_KEY = "rashomon.claim_scene.lead"  # Doc.user_data key: the lead's end, months, years and names
_TIME_KEY = "rashomon.claim_scene.time"  # Doc.user_data key: sentence start -> told at another time or day
_BACK_KEY = "rashomon.claim_scene.back"  # Doc.user_data key: sentence start -> names an attack back
_PLACE_KEY = "rashomon.claim_scene.place"  # Doc.user_data key: sentence start -> its places' reading


WEEKDAYS = frozenset(words("dates.yaml", "weekdays"))
NIGHT_WORDS = frozenset(words("casualty_words.yaml", "scene_night_words"))
BACK_DETERMINERS = frozenset(words("casualty_words.yaml", "scene_back_determiners"))
BACK_NOUNS = frozenset(words("casualty_words.yaml", "scene_back_nouns"))  # beside cues' attack nouns


@dataclass(frozen=True)
class OtherActWords:
    """Words on an attack noun that make it another act than the incident, by the rule reading
    them: ``casualty_words.yaml``'s ``other_act_words`` says why the rules take different rows."""

    apart: frozenset[str]  # the subject of a claim's sentence (claim_roundup): "an earlier raid"
    named_back: frozenset[str]  # the act a later sentence names back ("that attack"): apart or "another"
    own_after_the: frozenset[str]  # after "the", the incident's own act ("the earlier blast")
    new: frozenset[str]  # an act told as new in a sentence set apart by a fronted place or month
    last: frozenset[str]  # a past time's possessive ("last month's attack", claim_roundup)


def _other_act_words() -> OtherActWords:
    rows = load("casualty_words.yaml")["other_act_words"]
    row = {key: frozenset(str(w) for w in rows[key]) for key in ("apart", "another", "own_after_the", "new", "last")}
    return OtherActWords(apart=row["apart"], named_back=row["apart"] | row["another"],
                         own_after_the=row["own_after_the"], new=row["new"], last=row["last"])


OTHER_ACT = _other_act_words()
_MONTH_WORDS = frozenset(str(m).lower().rstrip(".") for m in words("casualty_words.yaml", "months"))


def _month(tok: Token) -> str | None:
    """The month a capitalised month word names, by its first three letters ("Sept." → "sep")."""
    word = tok.lower_.rstrip(".")
    return word[:3] if tok.is_title and word in _MONTH_WORDS else None


_SENTENCE_END = ('.', '!', '?', '"', '\u201d', "'", '\u2019')
MAX_LEAD_CHARS = 1200  # a longer "paragraph" is a text without breaks (a few leads run ~600 characters)
MIN_LEAD_CHARS = 80  # a first paragraph shorter than this, or not ending a sentence, is a headline or page furniture


class SceneLead(NamedTuple):
    """The lead as the rules of another scene read it (:func:`_scene_lead`), once per document for
    this module, ``claim_roundup`` (its years) and ``casualty_elsewhere`` (where it starts and ends).

    Two lead ends, on purpose. ``claim_roundup._lead_end``, the first line of the text (its first
    sentence if it has no break), is the gate: its proper names are the places that let these rules
    run at all (a lead naming a place finer than a country) and claims before it are never another
    incident's. This lead runs on past a headline line to the end of the first paragraph that reads
    as sentences: the incident's paragraph, whose months, years, names and days are the incident's.
    Taking this lead for the gate too turned two claims of more-conflicts, the incident's, in a
    paragraph under a headline into another incident's (s18): the first line stays the gate."""

    end: int  # where it ends
    months: frozenset[str]
    years: frozenset[str]
    names: frozenset[str]  # its proper names, lower-cased
    days: frozenset[str]  # its weekdays
    start: int  # where the paragraph it ends with starts (past a headline line); len(text) or more if none


def _scene_lead(doc: Doc, lead_end: int) -> SceneLead:
    """Where the lead ends for this rule, its months, years and proper names, read once per
    document. The lead runs to the end of the first paragraph that reads as sentences: a scraped
    page often opens with a headline or a line of page furniture ("Drone strike hits market in
    Kordofan"), and the paragraph under it is the incident's, its places and months included."""
    cached: SceneLead | None = doc.user_data.get(_LEAD_KEY)
    if cached is None:
        text, end, pos = tokens_text(doc), lead_end, 0
        while pos < len(text):
            brk = text.find("\n", pos)
            brk = len(text) if brk < 0 else brk
            para = text[pos:brk].strip()
            if len(para) >= MIN_LEAD_CHARS and para.endswith(_SENTENCE_END):
                if len(para) > MAX_LEAD_CHARS:  # a text without paragraphs: its first sentence
                    first = doc.char_span(pos, brk, alignment_mode="expand")
                    brk = sentence_of(doc, first.start).end_char if first is not None and len(first) else brk
                end = max(end, brk)
                break
            pos = brk + 1
        lead = []
        for t in doc:  # the lead's tokens only: the rest of the document is not read here
            if t.idx >= end:
                break
            lead.append(t)
        cached = SceneLead(end, frozenset(m for t in lead if (m := _month(t)) is not None),
                           frozenset(t.text for t in lead if _YEAR.fullmatch(t.text)),
                           frozenset(t.lower_ for t in lead if t.pos_ == "PROPN"),
                           frozenset(t.lower_ for t in lead if t.lower_ in WEEKDAYS), pos)
        doc.user_data[_LEAD_KEY] = cached
    return cached


def lead_years(doc: Doc, lead_end: int) -> frozenset[str]:
    """The years the lead names (:func:`_scene_lead`: to the end of the first paragraph that reads
    as sentences), read once per document: the rules that ask whether a year is the incident's
    (here, and ``claim_roundup``'s "the 2019 bombing") share one reading of the lead."""
    return _scene_lead(doc, lead_end).years


def lead_extent(doc: Doc, lead_end: int) -> tuple[int, int]:
    """Where the lead's paragraph starts (past a headline line; ``len(text)`` or more if no
    paragraph reads as sentences) and where the lead ends (:func:`_scene_lead`), read once per
    document for every rule that asks (``casualty_elsewhere``'s round-ups too)."""
    lead = _scene_lead(doc, lead_end)
    return lead.start, lead.end


def _dates_act(ent: Span, cues: Cues, sent: Span | None = None) -> bool:
    """The date is told of the killing or the attack ("killed 39 in December 2024", "In June 2023,
    gunmen besieged", "an August drone strike"), not of a clause beside it ("which pledged
    allegiance in 2019", "the deadliest day since the war escalated in September")."""
    head = ent.root.head
    if head.dep_ == "prep":
        if head.lower_ == "since":
            return False  # a running total since a date is the cumulative rule's (numbers.cumulative)
        head = head.head
    if head.i != ent.root.i and _kills(head, cues):
        return True
    # a date opening the sentence dates its main act, however the parser hung it ("In 2017 rebels
    # set fire …": "2017" read as a number of "rebels"), also when a postposed "X said" became the
    # root ("In November 2018, gangs killed 26 people …, a rights group said": the kill hangs on
    # "said" as its clause, or on "gangs" as a clause of the subject)
    if sent is None or not _opens(ent, sent) or sent.root.i == ent.root.i:
        return False
    root = sent.root
    if _kills(root, cues):
        return True
    if any(_kills(c, cues) for c in _told(root) if c.i > ent.root.i):
        logger.debug("claim_scene: %r dates the act told under %r", ent.text, root.text)
        return True
    return False


def _told(root: Token) -> Iterable[Token]:
    """The clauses a reporting root holds: its clausal complement and its subject's clause."""
    for child in root.children:
        if child.dep_ in {"ccomp", "parataxis"}:
            yield child
        elif child.dep_ == "nsubj":
            yield from (c for c in child.children if c.dep_ in {"acl", "relcl"})


def _kills(tok: Token, cues: Cues) -> bool:
    """The word tells of the act, or the act kills in a clause of its own ("In 1998 rebels set fire
    to a school, killing 80")."""
    return _acts(tok, cues) or any(c.dep_ in _KILL_CLAUSES and c.lemma_.lower() in VICTIM_VERBS
                                   for c in tok.children)


def _opens(ent: Span, sent: Span) -> bool:
    """The date opens the sentence ("In March, a bombing …")."""
    return ent.start == sent.start or (ent.start == sent.start + 1 and sent[0].lower_ == "in")


def _other_time(sent: Span, months: frozenset[str], years: frozenset[str], cues: Cues,
                ents: tuple[Span, ...]) -> bool:
    """The sentence dates its act to a month, year or past the lead does not name (``ents``: the
    document's entities, read once)."""
    for ent in sent_ents(sent, ents):
        if ent.label_ != "DATE" or not _dates_act(ent, cues, sent):
            continue
        if _PAST.search(ent.text.lower()):
            return True
        named = {m for t in ent if (m := _month(t)) is not None}
        day = any(t.text.isdigit() and int(t.text) <= 31 for t in ent) \
            or any(t.lower_.endswith(("st", "nd", "rd", "th")) and t.lower_[:-2].isdigit() for t in ent)
        said = {t.text for t in ent if _YEAR.fullmatch(t.text)}
        # a month alone is another incident's only where the lead dates its own to a month, with
        # a year the lead does not name, or opening a sentence that tells of a new act ("In
        # March, a bombing …"): "the strike in August" may be the lead's own
        if named and not day and not named & months and (months or (said and not said & years)
                                                          or (_opens(ent, sent) and _new_act(sent, cues))):
            return True
        if said and not named and not said & years:
            return True
    return False


def _other_day(sent: Iterable[Token], days: frozenset[str], cues: Cues) -> bool:
    """Another day's strikes, the lead dating its own to a day: "the toll from Thursday's strikes
    had risen to 21" after "on Saturday". Only a day's name owning a plural act ("Thursday's
    strikes": a wave, not the incident told again) and never one of a night ("Friday night's
    strikes" may be the lead's Saturday, overnight)."""
    if not days:
        return False
    for tok in sent:
        head = tok.head
        if (tok.lower_ in WEEKDAYS and tok.lower_ not in days and tok.dep_ == "poss" and head.tag_ == "NNS"
                and head.lemma_.lower() in cues.attack_nouns
                and not any(t.lower_ in NIGHT_WORDS for t in (*tok.children, *head.children))):
            return True
    return False


def _acts(tok: Token, cues: Cues) -> bool:
    """The word tells of the killing or the attack ("killed", "wounded", "a raid")."""
    lemma = tok.lemma_.lower()
    return lemma in VICTIM_VERBS or lemma in cues.attack_lemmas or lemma in cues.attack_nouns


def _new_act(tokens: Iterable[Token], cues: Cues) -> bool:
    """An attack told as a new one: "a separate raid", "a Russian missile strike"."""
    return any(t.lemma_.lower() in cues.attack_nouns and any(d.lower_ in OTHER_ACT.new for d in t.children)
               for t in tokens)


def _other_place(sent: Span, content: list[Token], lead_places: frozenset[str], countries: frozenset[str],
                 place_words: Callable[[list[Token]], set[str]], cues: Cues,
                 memo: dict[int, tuple[bool, bool, bool]], sent_tokens: list[Token]) -> bool:
    """The sentence sets its act in a place the lead does not name (module docstring). ``memo``
    keeps what the sentence alone says (the lead's places and countries are the document's), so a
    sentence holding several claims is read once."""
    if place_words(content) & lead_places:
        return False  # the claim names the incident's place itself ("at Koya, in Erbil province")
    read = memo.get(sent.start)
    if read is None:
        read = memo[sent.start] = _place_reading(sent, sent_tokens, lead_places, countries, place_words, cues)
    names_lead, always, fronted = read
    if names_lead:
        return False
    return always or (fronted and _new_act(content, cues))


def _place_reading(sent: Span, toks: list[Token], lead_places: frozenset[str], countries: frozenset[str],
                   place_words: Callable[[list[Token]], set[str]], cues: Cues) -> tuple[bool, bool, bool]:
    """What the sentence's places say without the claim: whether it names the lead's place,
    whether one of its places is elsewhere whatever the claim ("killed four soldiers in the Lower
    Shabelle region", "across the country"), and whether it opens with a named place that is
    elsewhere when the claim tells of a new act ("In Kharkiv, the governor said a missile strike
    had wounded 28")."""
    if place_words(toks) & lead_places:
        return True, False, False
    fronted = False
    for prep in toks:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "at", "across"}:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            tokens = list(obj.subtree)
            if any(t.ent_type_ in {"DATE", "TIME"} for t in tokens):
                continue
            names = place_words(tokens) | {t.lower_ for t in tokens if t.lower_ in countries}
            if names & lead_places:
                continue  # the incident's place, or a part of it
            if prep.lower_ == "across":
                if names & countries or obj.lower_ in WHOLE_NOUNS:
                    return False, True, fronted
                continue
            if not names:
                continue
            if prep.i == sent.start and obj.pos_ == "PROPN":
                fronted = True
            if obj.lemma_.lower() in REGION_NOUNS and _acts(prep.head, cues):
                return False, True, fronted
    return False, False, fronted


def _names_back(sent: Span, cues: Cues, tokens: list[Token]) -> bool:
    """The sentence names an attack back with a far demonstrative: "that attack", "that siege"
    (after "said" the parser often takes "that" for a complementizer, but a singular count noun
    without its own determiner is no clause's subject: "said that attack killed six").
    ``tokens``: the document's tokens, read once."""
    return any((t.lemma_.lower() in cues.attack_nouns or t.lemma_.lower() in BACK_NOUNS)
               and t.i > sent.start and t.tag_ in {"NN", "NNS"}
               and (b := tokens[t.i - 1]).lower_ in BACK_DETERMINERS
               and (b.dep_ == "det" or (b.lower_ == "that" and t.tag_ == "NN")) for t in tokens[sent.start:sent.end])


def _another_act(sent: Iterable[Token], cues: Cues) -> bool:
    """The sentence tells of an act as one of its own: "a separate ambush", "another raid"."""
    return any(t.lemma_.lower() in cues.attack_nouns and any(d.lower_ in OTHER_ACT.named_back for d in t.children)
               for t in sent)


def other_scene(doc: Doc, content: Span, lead_end: int, lead_places: frozenset[str], countries: frozenset[str],
                place_words: Callable[[list[Token]], set[str]], cues: Cues) -> bool:
    """Whether the claim's sentence sets it in another place or time than the lead's, or names
    back ("that attack") the other incident the sentence before it told of."""
    end, months, years, names, days, _ = _scene_lead(doc, lead_end)
    if content.start_char < end:
        return False  # the lead's own claims are the incident's
    if not len(content):
        return False
    places = lead_places | names
    sents, starts, ents, tokens = sentences(doc)
    timed: dict[int, bool] = doc.user_data.setdefault(_TIME_KEY, {})
    named_back: dict[int, bool] = doc.user_data.setdefault(_BACK_KEY, {})
    placed: dict[int, tuple[bool, bool, bool]] = doc.user_data.setdefault(_PLACE_KEY, {})

    def elsewhere(s: Span, within: list[Token]) -> bool:
        # the time and day tests read the sentence alone: once per sentence, however many claims
        # it holds (the place test reads the claim too)
        toks = tokens[s.start:s.end]
        when = timed.get(s.start)
        if when is None:
            when = timed[s.start] = _other_time(s, months, years, cues, ents) or _other_day(toks, days, cues)
        return when or _other_place(s, within, places, countries, place_words, cues, placed, toks)

    claim = tokens[content.start:content.end]
    first = max(bisect_right(starts, content.start) - 1, 0)
    last = bisect_right(starts, max(content.end - 1, content.start))
    for s in sents[first:last]:
        if elsewhere(s, claim):
            return True
        back = named_back.get(s.start)
        if back is None:
            back = named_back[s.start] = s.start > 0 and _names_back(s, cues, tokens)
        if back:
            before = sents[bisect_right(starts, s.start - 1) - 1]
            if before.start_char >= end:
                words_before = tokens[before.start:before.end]
                if _another_act(words_before, cues) or elsewhere(before, words_before):
                    return True  # "… a separate ambush in the Diffa region. That attack killed six soldiers."
    return False
