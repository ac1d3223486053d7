"""A party's response to the incident, not an account of it (the conventions: "condemnations,
demands and motives are not annotated"; probe14/15's first runs, and probe4, probe10, probe12,
probe13 before them, kept such words as claims on the incident):

- a condemnation or a demand told as the content ("The prime minister condemned the attack and
  called for the killers to be brought to justice, her office said");
- what the condemner goes on to say of the attack's place among others ("condemned the attack and
  said it was the latest in a string of assaults on places of worship");
- the speaker's orders and meetings ("chaired a meeting of security chiefs and ordered an inquiry
  into how the bombers reached the square", "he had ordered the police to hunt down the gunmen"),
  or its announced compensation and aid ("announced compensation for the families of the dead");
- a guess at the motive ("the attack may have been revenge for the killing of two settlers").

Each only without a figure or a perpetrator: "condemned the attack and said 14 had been killed",
"ordered an inquiry after militants of X attacked" stay accounts (the caller tests that). An order
the attackers gave ("the commander ordered his men to open fire") is the attack told, no response.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from rashomon.extract.attribution import Attribution
from rashomon.extract.lexicon import Cues, word_set

logger = logging.getLogger(__name__)

CONDEMNING = word_set("condemning_verbs")
DEMANDING = word_set("demanding_verbs")  # lemmas: "called for", "urged", "demanded"
SPANS = frozenset({"time", "while", "year", "month", "week", "day", "hour", "decade", "minute"})  # "for a long time"
ORDERING = word_set("ordering_verbs")  # lemmas: "ordered an inquiry", "chaired a meeting"
GIVING = word_set("giving_verbs")  # lemmas: "announced compensation", "offered aid"
AID_NOUNS = word_set("aid_nouns")  # "compensation", "aid", "relief"
MOTIVE_NOUNS = word_set("motive_nouns")  # "revenge for …"
GUESSING = frozenset({"may", "might", "could"})
COMMENTED_INCIDENTS = word_set("commented_incidents")
REACTIONS = word_set("reaction_words")  # "horrified", "deeply concerned"
SERIES_NOUNS = word_set("series_nouns")
MATCHING_VERBS = frozenset({"fit", "follow", "match"})  # "the strike fitted a pattern of attacks"
READING_SUBJECTS = word_set("reading_subjects")  # "the timing suggested …"  # "the latest in a string of assaults"


def _content_root(doc: Doc, attr: Attribution) -> Token | None:
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _predicates(root: Token) -> list[Token]:
    """The root and the verbs joined to it ("condemned the attack and called for …")."""
    return [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]


def _attack_told(verb: Token, c: Cues) -> bool:
    """The order is the attack: what it orders is an attack word ("ordered the strike", "ordered
    them to open fire"), not an inquiry or a hunt ("ordered an investigation into the bombing",
    "ordered forces to go after the cells behind the attack")."""
    def attack(t: Token) -> bool:
        return t.lemma_.lower() in c.attack_nouns or t.lemma_.lower() in c.attack_lemmas
    for ch in verb.children:
        if ch.dep_ == "dobj" and attack(ch):
            return True
        if ch.dep_ == "xcomp" and (attack(ch) or any(o.dep_ == "dobj" and attack(o) for o in ch.children)):
            return True
    return False


def _bare_incident(verb: Token, noun: Token, c: Cues) -> bool:
    """The attack named bare, as what is condemned ("condemned the attack"), not told: no doer
    ("the airstrike today by the coalition forces") and no clause of what it did ("…, which hit a
    bus") before the verb's next predicate; those make the condemnation an account too
    (more-conflicts' gold: the UN's condemnation, asserts perpetrator)."""
    if not (noun.lemma_.lower() in c.attack_nouns or noun.lemma_.lower() in COMMENTED_INCIDENTS):
        return False
    stop = min((ch.i for ch in verb.children if ch.dep_ in {"cc", "conj"} and ch.i > noun.i), default=len(noun.doc))
    return not any(t.dep_ in {"relcl", "acl"} or (t.dep_ == "prep" and t.lower_ == "by")
                   for t in verb.subtree if noun.i < t.i < stop)


def _calls_for(verb: Token) -> bool:
    """"called for an inquiry", "called for the killers to be brought to justice", "called on all
    parties to …" (not a telephone call: "he called her on Sunday to say …")."""
    if any(ch.dep_ == "prt" for ch in verb.children):
        return False  # "calling him out", "called off the talks", "called up reservists"
    for ch in verb.children:
        if ch.lower_ == "for" and ch.dep_ == "prep" and not any(
                o.dep_ == "pobj" and (o.ent_type_ in {"DATE", "TIME"} or o.lemma_.lower() in SPANS)
                for o in ch.children):
            return True  # not "for a long time", "for years"
        if ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in ch.children):
            return True
        if ch.lower_ in {"on", "upon"} and ch.i == verb.i + 1 and any(x.dep_ == "xcomp" for x in verb.children):
            return True
    return False


def _responds(verb: Token, c: Cues) -> str | None:
    lemma = verb.lemma_.lower()
    deps = {ch.dep_ for ch in verb.children}
    if lemma in CONDEMNING and any(o.dep_ == "dobj" and _bare_incident(verb, o, c) for o in verb.children):
        return "condemnation"
    if (lemma in REACTIONS or verb.lower_ in REACTIONS) and not any(
            ch.dep_ in {"advcl", "ccomp"} for ch in verb.children):
        return "reaction"  # "it was “deeply concerned” by the attack and called for …" (the parser's passive)
    if lemma in DEMANDING and (lemma != "call" or _calls_for(verb)):
        return "demand"
    if {"auxpass", "nsubjpass"} & deps:
        return None  # "our fathers were ordered to dig": the attackers' order, told by the victims
    if lemma in ORDERING and not _attack_told(verb, c):
        return "order"
    if lemma in GIVING and any(o.dep_ == "dobj" and o.lemma_.lower() in AID_NOUNS for o in verb.children):
        return "aid"
    return None


def _copula(root: Token) -> Token | None:
    """The copula of "it was the latest in …" or of "the attack appeared to be part of …"."""
    if root.lemma_.lower() == "be":
        return root
    return next((x for x in root.children if x.dep_ == "xcomp" and x.lemma_.lower() == "be"), None)


def _the_attack(tok: Token | None, c: Cues) -> bool:
    return tok is not None and (tok.lower_ in {"it", "this"} or tok.lemma_.lower() in c.attack_nouns
                                or tok.lemma_.lower() in COMMENTED_INCIDENTS)


def _one_of_a_series(verb: Token, subject: Token | None, c: Cues) -> bool:
    """"it was the latest in a string of assaults", "the attack appeared to be part of a cycle of
    reprisals", "the strike fitted a pattern of attacks on civilians": the attack set among
    others, a comment on it."""
    if not _the_attack(subject, c):
        return False
    if verb.lemma_.lower() in MATCHING_VERBS:
        return any(o.dep_ == "dobj" and o.lemma_.lower() in SERIES_NOUNS for o in verb.children)
    copula = _copula(verb)
    return copula is not None and any(t.lemma_.lower() in SERIES_NOUNS and t.dep_ == "pobj"
                                      for a in copula.children if a.dep_ in {"attr", "acomp"} for t in a.subtree)


def commentators_reading(doc: Doc, attr: Attribution, c: Cues) -> bool:
    """A commentator's (an analyst's, a diplomat's) words whose subject is the attack itself or its
    timing, no account of what happened: "the attack risked pushing young men towards the
    jihadists", "the bombing could give Ankara a reason to launch an offensive", "the timing
    suggested the group wanted to show …", "the bank attack is a message to …" (not "the strike
    was carried out by X": a passive account; the caller keeps a figure or a doer)."""
    root = _content_root(doc, attr)
    if root is None or root.pos_ not in {"VERB", "AUX"} or {"auxpass", "nsubjpass"} & {ch.dep_ for ch in root.children}:
        return False
    if root.lemma_.lower() in c.attack_lemmas:
        return False
    subject = next((ch for ch in root.children if ch.dep_ == "nsubj"), None)
    if subject is None or not ((_the_attack(subject, c) and subject.lower_ not in {"it", "this"})
                               or subject.lemma_.lower() in READING_SUBJECTS):
        return False
    logger.debug("claims: a commentator's reading of the attack: %s",
                 doc.text[attr.content_start:attr.content_end][:100])
    return True


def _condemning_cue(doc: Doc, attr: Attribution, c: Cues) -> bool:
    """The cue is joined to a condemnation of the attack: "condemned the attack and said …"."""
    if not 0 <= attr.cue_index < len(doc):
        return False
    cue = doc[attr.cue_index]
    return cue.dep_ == "conj" and _responds(cue.head, c) == "condemnation"


def _motive_guess(root: Token) -> bool:
    """"the attack may have been revenge for …": a guess at the motive."""
    aux = {ch.lower_ for ch in root.children if ch.dep_ in {"aux", "auxpass"}}
    return bool(aux & GUESSING) and root.lemma_.lower() == "be" and any(
        ch.dep_ in {"attr", "acomp"} and ch.lemma_.lower() in MOTIVE_NOUNS for ch in root.children)


def response(doc: Doc, attr: Attribution, c: Cues) -> bool:
    """Whether the claim is a response to the incident, no account of it (the module docstring;
    the caller keeps those with a figure or a perpetrator)."""
    root = _content_root(doc, attr)
    if root is None:
        return False
    for _ in range(2):  # "in a statement that it was concerned …": the clause on the noun
        if root.pos_ in {"VERB", "AUX"}:
            break
        root = next((ch for ch in root.children if ch.dep_ in {"pobj", "acl", "relcl"}), root)
    subject = next((ch for ch in root.children if ch.dep_ == "nsubj"), None)
    kinds = [_responds(v, c) or ("comment" if _one_of_a_series(v, subject, c) else None) for v in _predicates(root)]
    kind = kinds[0] if kinds[0] is not None and all(kinds) else None
    if kind is None and 0 <= attr.cue_index < len(doc) and _responds(doc[attr.cue_index], c) == "aid":
        kind = "aid"  # "the provincial government announced compensation for the families of the dead"
    if kind is None and _motive_guess(root):
        kind = "motive guess"
    if kind is not None:
        logger.debug("claims: a %s, no account of the incident: %s", kind,
                     doc.text[attr.content_start:attr.content_end][:100])
    return kind is not None
