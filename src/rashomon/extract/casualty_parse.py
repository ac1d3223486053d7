"""Casualty figures read off the parse, for what the word-order regexes of
:mod:`rashomon.extract.numbers` miss: victims with a long noun phrase or an aside between
them and the verb, and victims named without a number.

* "At least 38 foreign fighters allied to the government were killed" → killed (38, None)
* "14 servicemen, including several advisers, were killed" → killed (14, 14)
* "52 people died" → killed (52, 52)
* "Colonel Hassan Idris was killed", "her husband died", "gunmen shot and killed the mayor"
  → killed (1, 1) when ``persons`` is asked for: a named victim, or a singular noun naming a
  person (``person_nouns`` in ``data/casualty_words.yaml``), counts one.
* "Risha, a council leader, and four guards were killed" → killed (5, 5): conjoined victims
  are summed; a plural noun without a number ("guards") makes the sum unknown (no figure).

* "a third man, a member of the security forces, also died" → killed (3, 3): a victim's ordinal
  counts those before; "twin brothers were killed" → (2, 2).
* "she lost her husband and her two daughters" → killed (3, 3): a person's own people lost (a
  possessive and a person or kin noun), never "lost their homes".
* "one of its members was killed" → nothing: one victim picked out of a group says who, not how
  many ("22 of its fighters were killed" stays 22).

A figure is taken only from the subject of a passive casualty verb (or of "die"), or from the
object of an active killing verb when it names a person without a number (numbers after an
active verb are the regexes' work), never under a negation ("was not killed"). Numbers are
read with :func:`~rashomon.extract.numbers.parse_quantity`, so the conventions are the same.
"""

from __future__ import annotations

import functools
import logging
import re

from spacy.tokens import Span, Token

from rashomon.config import setting
from rashomon.data import load as load_data
from rashomon.extract.numbers import Kind, parse_quantity
from rashomon.lexicon import load as load_lexicon
from rashomon.nlp.entities import entity_at
from rashomon.types import Figure

logger = logging.getLogger(__name__)

_PARSE = load_data("casualty_words.yaml")["parse"]
VERBS: dict[str, Kind] = {**{v: "killed" for v in _PARSE["killed_verbs"]},
                          **{v: "injured" for v in _PARSE["injured_verbs"]}}
INTRANSITIVE = frozenset(_PARSE["intransitive_verbs"])
ACTIVE = frozenset(_PARSE["active_verbs"])
ACCOMPANYING = frozenset(_PARSE["accompanying_words"])  # "along with", "together with"
HOSPITAL_VERBS = frozenset(_PARSE["hospital_verbs"])  # "were taken to hospital": the injured
HOSPITAL_NOUNS = frozenset(_PARSE["hospital_nouns"])
NOT_INJURED = frozenset(_PARSE["not_injured_subjects"])  # "12 bodies were taken to the hospital"
WOUNDED = frozenset([*_PARSE["injured_verbs"], "wounded", "injured"])  # "15 wounded", "the injured"
ORDINALS: dict[str, int] = {str(w).lower(): int(n) for w, n in _PARSE["ordinals"].items()}  # "a third man"
PAIRS = frozenset(_PARSE.get("pair_words", ()))  # "twin brothers were killed": two
LOSS_VERBS = frozenset(_PARSE.get("loss_verbs", ()))  # "she lost her husband and two sons"
WITNESS_OWNERS = frozenset(_PARSE.get("witness_owners", ()))  # "my son was killed": a witness's own loss
KIN_NOUNS = frozenset(str(w).lower() for w in load_data("casualty_words.yaml")["kin_nouns"])
# "of the dead", "of the victims", "of those killed": victims already counted
VICTIM_GROUPS = frozenset(str(w).lower() for w in load_data("casualty_words.yaml")["victim_groups"])
NOT_PERSONS = frozenset({"ORG", "NORP", "FAC", "LOC", "GPE", "DATE", "TIME", "CARDINAL", "PRODUCT"})
MAX_CONJUNCTS: int = setting("extract.casualty_parse", "max_conjuncts")  # data/settings.toml


@functools.cache
def person_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("casualty_words.yaml")["person_nouns"])


MAX_LEFT: int = setting("extract.casualty_parse", "max_left")  # data/settings.toml


def _numeric(fig: Figure | None) -> bool:
    return fig is not None and (fig.min is not None or fig.max is not None)


def _quantity(noun: Token) -> Figure | None:
    if noun.like_num and (_one_of_many(noun) or _part_of_the_dead(noun)):
        return None
    if noun.like_num:  # "22 of its fighters were killed"
        toks = [t for t in noun.subtree if t.i <= noun.i]
        return parse_quantity(noun.doc[toks[0].i:toks[-1].i + 1].text)
    num = next((c for c in noun.children if c.dep_ == "nummod" and not _not_a_count(c)), None)
    if num is None and (nth := _ordinal(noun)) is not None:
        return Figure(nth, nth)
    if num is None and (noun.lower_ in PAIRS or (noun.tag_ == "NNS" and any(
            c.dep_ in ("amod", "compound", "nmod") and c.lower_ in PAIRS for c in noun.children))):
        return Figure(2, 2)  # "twin siblings", "the twins": two
    doc, left = noun.doc, max(noun.left_edge.i, noun.i - MAX_LEFT)
    if num is not None and _numeric(fig := parse_quantity(doc[num.left_edge.i:num.right_edge.i + 1].text)):
        # "between five and eight": the whole range may stand left of the number's own subtree
        wider = parse_quantity(doc[num.left_edge.i if left > num.left_edge.i else left:num.i + 1].text)
        return wider if _numeric(wider) else fig
    # the number may hang elsewhere in a bad parse: the number nearest the noun (not a year, an
    # age or a date), with the widest quantity phrase that ends with it ("at least 39")
    for t in range(noun.i - 1, left - 1, -1):
        if not doc[t].like_num or _not_a_count(doc[t]):
            continue
        for start in range(max(left, t - MAX_WIDEN), t + 1):
            if _numeric(fig := parse_quantity(doc[start:t + 1].text)):
                return fig
        return None
    return None


def _one_of_many(noun: Token) -> bool:
    """"one of its members", "one of their sons" (was killed): one victim picked out of a group,
    who, not how many (the group's toll, "22 of its fighters", is a number it gives)."""
    return noun.lower_ == "one" and any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(
            o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") and any(p.dep_ == "poss" for p in o.children)
            for o in prep.children)
        for prep in noun.children)


def _part_of_the_dead(number: Token) -> bool:
    """"five of the dead (had been beheaded)", "seven of the victims (were executed)", "two of
    those killed": a part of victims already counted, a detail of the toll and no toll of its own
    (the gold sets give it no figure; "22 of its fighters were killed" is a body's toll)."""
    for prep in number.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for group in prep.children:
            if group.dep_ != "pobj":
                continue
            words = [group, *(c for c in group.children if c.dep_ in ("acl", "amod", "relcl"))]
            if any(w.lower_ in VICTIM_GROUPS for w in words) and (
                    group.lower_ == "those" or any(c.dep_ == "det" and c.lower_ == "the" for c in group.children)):
                logger.debug("a part of the dead: %s", number.doc[number.i:group.right_edge.i + 1].text)
                return True
    return False


def _ordinal(noun: Token) -> int | None:
    """"a third man", "a second soldier" (died): the victims counted so far, the one named last
    among them; "the third floor" or "a second strike" name no victims (the verb's subject only)."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    nth = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in ORDINALS), None)
    return None if nth is None else ORDINALS[nth.lower_]


MAX_WIDEN: int = setting("extract.casualty_parse", "max_widen")  # data/settings.toml
_NOT_COUNT_AFTER = frozenset(_PARSE["not_count_after"])
_NOT_COUNT_STEMS = tuple(str(w).lower() for w in _PARSE["not_count_after_stems"])  # "year" of "13-year-old"


def _not_a_count(tok: Token) -> bool:
    """A year ("2023"), an age or a duration ("13 year-old", "3 days"), a date ("October 26")."""
    text = tok.text.replace(",", "")
    if text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2199:
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and (nxt.lower_ in _NOT_COUNT_AFTER or nxt.lower_.startswith(_NOT_COUNT_STEMS)
                            or (nxt.text == "-" and tok.i + 2 < len(tok.doc)
                                and tok.doc[tok.i + 2].lower_.startswith(_NOT_COUNT_STEMS))):
        return True
    if tok.ent_type_ in ("TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
        return True
    if tok.ent_type_ == "DATE":  # spaCy also tags "between five and eight" as a date: look
        ent = entity_at(tok)
        return ent is not None and bool(_DATE_WORDS.search(ent.text))
    return False


def _date_words() -> re.Pattern[str]:
    """A month's name or short form (its first three letters), a year, a word of time
    (data/dates.yaml: a stem anywhere in a word, an ending at a word's end)."""
    dates = load_lexicon("dates.yaml")
    months = "|".join(sorted({m[:3] for m in dates["months"]}))
    time_words = [re.escape(w) + r"\b" for w in dates["time_word_endings"]]
    time_words += [re.escape(w) for w in dates["time_word_stems"]]
    return re.compile(r"(?i)\b(?:" + months + r")[a-z]*\.?\b|\b(?:1[89]|2[01])\d\d\b|" + "|".join(time_words))


_DATE_WORDS = _date_words()


def _one_person(noun: Token) -> bool:
    """A name ("Colonel Hassan Idris") or a singular person noun ("the mayor", "her husband")."""
    if noun.tag_ == "NNP":
        return noun.ent_type_ not in NOT_PERSONS
    return noun.tag_ == "NN" and noun.lemma_.lower() in person_nouns()


def _count(noun: Token, persons: bool) -> Figure | None:
    """The victims a noun and its conjuncts name, or None when some part gives no number."""
    figures: list[Figure] = []
    todo = [noun]
    while todo and len(figures) <= MAX_CONJUNCTS:
        tok = todo.pop(0)
        todo.extend(c for c in tok.children if c.dep_ == "conj")
        todo.extend(_along_with(tok))
        fig = _quantity(tok)
        if fig is None and tok is noun:
            fig = _appositive(tok)
        if fig is None and persons and _one_person(tok) and not _witness_kin(tok):
            fig = Figure(1, 1)
        if fig is None:
            return None
        figures.append(fig)
    return _sum(figures)


def _witness_kin(noun: Token) -> bool:
    """One person told as a speaker's own ("my son was killed", "a trader whose brother was
    wounded"): a witness's loss, not a count of the incident's victims (probe11: outlet figures of
    one killed and one wounded beside tolls in the dozens)."""
    own = any(c.dep_ == "poss" and c.lower_ in WITNESS_OWNERS for c in noun.children)
    if own:
        logger.debug("a witness's own loss: %s", noun.doc[noun.left_edge.i:noun.head.i + 1].text)
    return own


def _appositive(noun: Token) -> Figure | None:
    """The count of a counted apposition of a subject that gives none: a dateline parsed as the
    subject ("GAZA - At least five employees … were killed": "employees" hangs on "GAZA")."""
    doc = noun.doc
    dateline = noun.is_upper and noun.i + 1 < len(doc) and doc[noun.i + 1].text in ("-", "–", "—")
    if not dateline and (noun.ent_type_ not in NOT_PERSONS or noun.lemma_.lower() in person_nouns()):
        return None  # "Zahedi, one of the commanders, was killed": one named victim
    for child in noun.children:
        if child.dep_ == "appos" and _numeric(fig := _quantity(child)):
            return fig
    return None


def _sum(figures: list[Figure]) -> Figure:
    if len(figures) == 1:
        return figures[0]
    lows, highs = [f.min for f in figures], [f.max for f in figures]
    return Figure(None if None in lows else sum(v for v in lows if v is not None),
                  None if None in highs else sum(v for v in highs if v is not None))


def _along_with(noun: Token) -> list[Token]:
    """Victims joined by "along with", "together with" ("X, along with 15 relatives, was killed")."""
    out: list[Token] = []
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in ACCOMPANYING:  # "along" → "with" → the victims
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), prep)
        if prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in ACCOMPANYING:
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _objects(verb: Token) -> list[Token]:
    """Objects of an active killing verb, also when shared with a verb it is joined to
    ("shot and killed the mayor": the object hangs on "shot")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs and verb.dep_ == "conj":
        objs = [c for c in verb.head.children if c.dep_ == "dobj" and c.i > verb.i]
    return objs


def _own_people(noun: Token) -> bool:
    """The object of "lose" names a person's own people: "her husband", "his two sons", "my
    brother" (a possessive and a person or kin noun), not "their homes" or "20 vehicles"."""
    return (any(c.dep_ == "poss" for c in noun.children)
            and (noun.lemma_.lower() in person_nouns() or noun.lower_ in KIN_NOUNS)
            # a long list parsed as appositions ("her daughter, her son-in-law, at least two of her
            # grandchildren, and …") would be counted short: no count rather than a wrong one
            and not any(t.dep_ == "appos" for t in noun.subtree))


def _wounded(noun: Token) -> bool:
    """The victims are named as wounded: "the wounded", "15 wounded", "Eleven injured"."""
    return noun.lemma_.lower() in WOUNDED or any(
        c.dep_ in ("acl", "amod") and c.lemma_.lower() in WOUNDED for c in noun.children)


def _to_hospital(verb: Token, subject: Token) -> bool:
    """A passive verb of taking someone to a hospital: "were taken (in a van) to hospital",
    "was rushed to the clinic", "were hospitalised", or of moving the wounded anywhere ("at
    least 15 wounded had been evacuated")."""
    lemma = verb.lemma_.lower()
    if lemma not in HOSPITAL_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if lemma.startswith("hospitali") or _wounded(subject):
        return True
    return any(prep.dep_ == "prep" and prep.lower_ in ("to", "into") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in HOSPITAL_NOUNS for o in prep.children) for prep in verb.children)


def parse_casualties(span: Span, *, persons: bool = False) -> list[tuple[Kind, Figure, Token]]:
    """(kind, figure, victims' token) of the casualty clauses in ``span``, in text order.

    ``persons``: count a named victim or a singular person noun as one. The outlet's own
    figures use it (often the only count a short report gives); a source's claim naming who
    died speaks of who, not of how many, so claims do not (the gold sets give such claims no
    figure)."""
    out: list[tuple[Kind, Figure, Token]] = []
    for tok in span:
        lemma = tok.lemma_.lower()
        kind = VERBS.get(lemma)
        # a person's own people lost is a source's count of them, never the outlet's toll ("Abdou,
        # a 17-year-old who lost his father and two uncles in the attack": a part of the victims)
        if kind is None and lemma in LOSS_VERBS and tok.pos_ == "VERB" and not persons and not _negated(tok) \
                and not any(c.dep_ == "nsubj" and c.lower_ == "i" for c in tok.children):  # "I have lost my uncle"
            out.extend(("killed", figure, obj) for obj in _objects(tok)
                       if _own_people(obj) and (figure := _count(obj, True)) is not None)
            continue
        if kind is None and tok.pos_ == "VERB" and lemma in HOSPITAL_VERBS:
            subjects = [c for c in tok.children if c.dep_ == "nsubjpass" and c.lemma_.lower() not in NOT_INJURED]
            counted = [_count(c, persons) for c in subjects]
            if (subjects and _to_hospital(tok, subjects[0]) and all(f is not None for f in counted)
                    and not _negated(tok)):
                out.append(("injured", _sum([f for f in counted if f is not None]), subjects[0]))
            continue
        if kind is None or tok.pos_ not in {"VERB", "AUX"} or _negated(tok):
            continue
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        subjects = [c for c in tok.children
                    if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and lemma in INTRANSITIVE)]
        counted = [_count(c, persons) for c in subjects]  # "X, a leader, and her husband were killed"
        if subjects and all(f is not None for f in counted):
            out.append((kind, _sum([f for f in counted if f is not None]), subjects[0]))
        if lemma in ACTIVE and not passive and persons:
            for obj in _objects(tok):
                if _quantity(obj) is None and (figure := _count(obj, persons)) is not None:
                    out.append((kind, figure, obj))
    return out
