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

A figure is taken only from the subject of a passive casualty verb (or of "die"), or from the
object of an active killing verb when it names a person without a number (numbers after an
active verb are the regexes' work), never under a negation ("was not killed"). Numbers are
read with :func:`~rashomon.extract.numbers.parse_quantity`, so the conventions are the same.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from rashomon.extract.numbers import Kind, parse_quantity
from rashomon.extract.quantities import load_yaml
from rashomon.types import Figure

VERBS: dict[str, Kind] = {"kill": "killed", "die": "killed", "murder": "killed", "execute": "killed",
                          "martyr": "killed", "assassinate": "killed", "behead": "killed",
                          "wound": "injured", "injure": "injured", "hurt": "injured"}
INTRANSITIVE = frozenset({"die"})
ACTIVE = frozenset({"kill", "murder", "execute", "assassinate", "behead"})
NOT_PERSONS = frozenset({"ORG", "NORP", "FAC", "LOC", "DATE", "TIME", "CARDINAL", "PRODUCT"})
MAX_CONJUNCTS = 8


@functools.cache
def person_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("casualty_words.yaml")["person_nouns"])


MAX_LEFT = 8  # words before the noun searched for its quantity ("at least 39 identified")


def _numeric(fig: Figure | None) -> bool:
    return fig is not None and (fig.min is not None or fig.max is not None)


def _quantity(noun: Token) -> Figure | None:
    if noun.like_num:  # "22 of its fighters were killed"
        toks = [t for t in noun.subtree if t.i <= noun.i]
        return parse_quantity(noun.doc[toks[0].i:toks[-1].i + 1].text)
    num = next((c for c in noun.children if c.dep_ == "nummod"), None)
    doc, left = noun.doc, max(noun.left_edge.i, noun.i - MAX_LEFT)
    if num is not None and _numeric(fig := parse_quantity(doc[num.left_edge.i:num.right_edge.i + 1].text)):
        # "between five and eight": the whole range may stand left of the number's own subtree
        wider = parse_quantity(doc[num.left_edge.i if left > num.left_edge.i else left:num.i + 1].text)
        return wider if _numeric(wider) else fig
    # the number may hang elsewhere in a bad parse: the longest quantity phrase left of the noun
    for start in range(left, noun.i):
        if not (doc[start].like_num or doc[start].pos_ in ("ADV", "ADP", "ADJ", "DET")):
            continue
        for end in range(noun.i, start, -1):
            if any(t.like_num for t in doc[start:end]) and _numeric(fig := parse_quantity(doc[start:end].text)):
                return fig
    return None


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
        if fig is None and persons and _one_person(tok):
            fig = Figure(1, 1)
        if fig is None:
            return None
        figures.append(fig)
    return _sum(figures)


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
        if prep.lower_ in ("along", "together"):  # "along" → "with" → the victims
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), prep)
        if prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in ("along", "together"):
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
