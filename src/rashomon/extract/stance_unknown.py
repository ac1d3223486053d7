"""A speaker saying what is not yet known: the ``unknown`` stance (the conventions: "says the cause or
perpetrator is unknown or unclear").

"It was not yet clear how the gunmen had entered the camp", "it was unclear who had planted the
bomb", "it could not immediately identify who carried out the raid", "it had not received samples
and could not yet confirm the bombers' nationality": the content's main clause (every clause of it,
all negated) says a question (how, who, whether …, the attackers' identity) is open; so does a
speaker still inquiring ("it was gathering information on the strike"). Not unknown: a
clause joined to it that gives an account ("it was not clear whether a drone caused the blast, but
that 12 had died"), a question of how many (a toll not yet known is a casualty matter, no position
on the incident), nor a clear account ("it was clear that the ELN had planted it").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from rashomon.extract.lexicon import word_set
from rashomon.types import About

UNCLEAR = word_set("unclear_words")  # "unclear", "unknown": open by themselves
CLEAR = word_set("clear_words")  # "clear", "known", "certain": open when negated
FINDING_VERBS = word_set("finding_verbs")  # lemmas: "did not know who", "could not identify who"
QUESTION_WORDS = word_set("question_words")  # "how", "who", "whether" …
IDENTITY_NOUNS = word_set("open_identity_nouns")  # "the bombers' nationality"
INQUIRY_VERBS = word_set("inquiry_verbs")  # "was investigating", "was gathering information"
INQUIRY_OBJECTS = word_set("inquiry_objects")  # "the strike", "the reports", "information"
AMOUNT_WORDS = frozenset({"many", "much"})  # "how many people": a toll, not the incident


WHO_WORDS = frozenset({"who", "whom", "whose"})  # "unclear who had planted it": the perpetrator


def unknown_topic(doc: Doc, start: int, end: int) -> About:
    """What an unknown content leaves open: who did it ("unclear who had planted the bomb", the
    perpetrator) or how and whether it happened (the occurrence)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return "perpetrator" if span is not None and any(t.lower_ in WHO_WORDS for t in span) else "occurrence"


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _inquires(verb: Token) -> bool:
    """"it was gathering information on the strike", "we are looking into the reports", "it was
    checking a claim by X": the speaker itself (a pronoun) still inquiring into the incident or an
    account of it (not "officers were checking cars", nor "assessing the possibility of …")."""
    if not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) or not any(
            c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in [verb, *objects] for p in c.children if p.dep_ == "prep" for g in p.children
                if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in INQUIRY_OBJECTS for o in objects)


def _identity_object(verb: Token) -> bool:
    """"could not confirm the bombers' nationality", "could not establish the identity of the
    gunmen": who they were is open."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in IDENTITY_NOUNS for c in verb.children)


def _question(tok: Token) -> bool:
    """``tok`` governs a clause that asks: "how the gunmen had entered", "who had planted it"."""
    for clause in tok.children:
        if clause.dep_ not in {"ccomp", "csubj", "xcomp"}:
            continue
        for w in clause.children:
            if w.lower_ in QUESTION_WORDS and w.dep_ in {"advmod", "nsubj", "nsubjpass", "dobj", "mark"}:
                return not (w.lower_ == "how" and any(t.lower_ in AMOUNT_WORDS for t in clause.subtree))
    return False


def says_unknown(doc: Doc, start: int, end: int) -> bool:
    """Whether the content ``start``–``end`` says how, who or whether is not yet known (module
    docstring)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    joined = [c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    if joined:  # "had not received samples and could not yet confirm the bombers' nationality"
        verbs = [root, *joined]
        return all(_negated(v) for v in verbs) and any(
            v.lemma_.lower() in FINDING_VERBS and (_question(v) or _identity_object(v)) for v in verbs)
    lemma = root.lemma_.lower()
    if lemma in INQUIRY_VERBS and root.tag_ == "VBG" and _inquires(root):
        return True  # "it was gathering information on the strike", "it was looking into the reports"
    if lemma == "be":  # "it was not yet clear how …", "it was unclear who …"
        for adj in root.children:
            if adj.dep_ == "acomp" and (adj.lower_ in UNCLEAR or (adj.lower_ in CLEAR and _negated(root))):
                return _question(root) or _question(adj)
        return False
    if lemma in CLEAR and root.tag_ == "VBN" and _negated(root):  # "it was not known how"
        return _question(root)
    return lemma in FINDING_VERBS and _negated(root) and (_question(root) or _identity_object(root))
