"""A state's operation against an armed group told after the group's attack: another act.

After a bombing or an assault, reports go on to what the state did next: "Russian warplanes
struck rebel positions north of the city", "the army said it had killed dozens of militants in
the raids", "in retaliation, the air force bombed rebel camps", "security forces killed three
suspects in a raid". Read as the incident's sentences, their doers became the incident's
perpetrators and their tolls its tolls. The frame builder (:mod:`rashomon.extract.frames`) gives
such a sentence a background frame of its own.

A sentence tells such an operation when (all of it, ``responses`` in ``data/triggers.yaml``):

* a state's forces do it: the subject of the act is a force ("troops", "the air force",
  "Russian warplanes"), or "it"/"they" said by a state body ("the army said it had killed …");
* it strikes the group's side: its men ("militants", "insurgents", "dozens of jihadists",
  "suspects") or their places, with the group's word or name on them ("rebel positions",
  "Islamic State positions", "their hideouts"), never an army's ("army positions");
* it is told as an operation of its own: it strikes such places, or the sentence names the
  operation ("in raids", "an offensive", "in retaliation") with a word the incident's lead does
  not use (the lead's "raided a village" is the incident, and "killed 15 of them in the raid" is
  how it ended);

and the article's incident is a non-state attack its lead tells (a bomb, or a group's men as its
doers), which the lead does not tell as such an operation itself: when the incident is the
state's strike or massacre ("troops killed 30 villagers", "jets struck militant hideouts"), a
sentence on the operation is the state's account of it, kept with it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Span, Token

from rashomon.extract.event_types import frame_lexicon
from rashomon.extract.frames_dates import DateMention
from rashomon.extract.frames_text import Sent
from rashomon.lexicon import words

logger = logging.getLogger(__name__)

__all__ = ["ANSWER", "non_state_attack", "set_answers_aside", "tells_response"]

ANSWER = "answer"  # the key of an operation's background group begins with it

_FORCES = words("triggers.yaml", "responses", "forces")
_SPEAKERS = words("triggers.yaml", "responses", "speakers")
_VERBS = words("triggers.yaml", "responses", "verbs")
_MEN = words("triggers.yaml", "responses", "men") | words("triggers.yaml", "answer_objects")
_STRONGHOLDS = words("triggers.yaml", "responses", "strongholds")
_OPERATIONS = words("triggers.yaml", "responses", "operations")
_GROUP_WORDS = words("triggers.yaml", "ground_attackers", "adjectives")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# a group's men as the doers in a lead ("militants attacked", "Al-Shabaab fighters stormed")
_GROUP_DOERS = frozenset(_singular(str(w).lower()) for w in words("triggers.yaml", "ground_attackers", "groups")
                         if " " not in str(w)) | frozenset({"bomber", "gunman", "attacker", "assailant"}) \
    | frozenset(str(w).lower() for w in words("triggers.yaml", "ground_attackers", "groups"))  # "militiamen"
# "it"/"they" in what a state body said of its own forces (grammar)
_PRONOUNS = frozenset({"it", "they", "we"})
_STRIKE_PREPS = frozenset({"on", "against"})  # "strikes on their hideouts", "an offensive against ADF bases"


def _force(tok: Token) -> bool:
    """"troops", "the air force", "Russian warplanes": a state's forces, not a group's ("rebel
    forces", "militia fighters") and not a name ("Syrian Democratic Forces")."""
    return tok.lemma_.lower() in _FORCES and tok.text.islower() and not any(
        ch.dep_ in ("amod", "compound") and ch.lemma_.lower() in _GROUP_WORDS for ch in tok.children)


def _state_speaker(tok: Token) -> bool:
    """The subject of a statement that speaks for a state: a force, a ministry, a government,
    or a country ("Turkey said it had struck …")."""
    return _force(tok) or tok.lemma_.lower() in _SPEAKERS or tok.ent_type_ == "GPE"


def _doer_is_state(verb: Token) -> bool:
    """Whether the subject of ``verb`` (or of the verb it is conjoined to) is a state's forces,
    or a pronoun a state body said of itself."""
    head = verb
    while head.dep_ == "conj" and not any(ch.dep_ == "nsubj" for ch in head.children) and head.head.i != head.i:
        head = head.head
    subjects = [ch for ch in head.children if ch.dep_ == "nsubj"]
    for subj in subjects:
        if _force(subj):
            return True
        if subj.lower_ in _PRONOUNS:
            clause = head
            statement = frame_lexicon().statement_verbs
            if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in statement:
                return any(ch.dep_ == "nsubj" and _state_speaker(ch) for ch in clause.head.children)
    return False


def _group_side(tok: Token) -> tuple[bool, bool]:
    """Whether ``tok`` (what an act strikes) is a group's men or its places; the second: its
    places ("rebel positions", "Islamic State positions", "their hideouts")."""
    heads = [tok, *(g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj")]  # "dozens of militants", "15 of the suspects"
    for h in heads:
        if h.lemma_.lower() in _MEN:
            return True, False
        # "bases" has the lemma "basis": the written word, made singular, too
        if (h.lemma_.lower() in _STRONGHOLDS or _singular(h.lower_) in _STRONGHOLDS) and any(
                (ch.dep_ in ("amod", "compound") and (ch.lemma_.lower() in _GROUP_WORDS or ch.ent_type_ == "ORG"))
                or (ch.dep_ == "poss" and ch.lower_ == "their") for ch in h.children):
            return True, True
    return False, False


def _struck(tok: Token) -> list[Token]:
    """What an act word strikes: a verb's object, or the object of "on"/"against" after it."""
    found = [ch for ch in tok.children if ch.dep_ == "dobj"]
    found += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in _STRIKE_PREPS
              for g in p.children if g.dep_ == "pobj"]
    return found


def _operation_words(span: Span) -> set[str]:
    return {t.lemma_.lower() for t in span if t.pos_ == "NOUN" and t.lemma_.lower() in _OPERATIONS}


def _shape(span: Span) -> tuple[bool, bool]:
    """Whether the sentence tells a state's act on a group's side; the second: on its places."""
    found = places = False
    for tok in span:
        if tok.lemma_.lower() not in _VERBS or tok.pos_ != "VERB" or not _doer_is_state(tok):
            continue
        struck = list(_struck(tok))
        # "the army launched an offensive against ADF bases": the operation's own object
        struck += [g for o in struck if o.lemma_.lower() in _OPERATIONS for g in _struck(o)]
        for obj in struck:
            side, at_places = _group_side(obj)
            found = found or side
            places = places or at_places
    return found, places


def _lemmas(sent: Sent) -> set[str]:
    doc = sent.span.doc
    return {doc[i].lemma_.lower() for i in sent.trigger_tokens()}


def non_state_attack(lead: Sent) -> bool:
    """Whether the lead tells an attack by a non-state group (a bomb; its men as the doers) and
    not a state's operation against one."""
    if _shape(lead.span)[0]:
        return False
    return lead.type_hint == "explosion" or any(
        (t.lemma_.lower() in _GROUP_DOERS or t.lower_ in _GROUP_DOERS) and t.dep_ in ("nsubj", "nsubjpass", "pobj")
        for t in lead.span)


def tells_response(sent: Sent, lead: Sent) -> bool:
    """Whether ``sent`` (not the lead) tells a state's operation against a group, an act of its
    own (see the module docstring); the caller checks :func:`non_state_attack` of the lead."""
    if sent is lead or sent.caption:
        return False
    side, places = _shape(sent.span)
    if not side:
        return False
    named = _operation_words(sent.span) - _lemmas(lead)
    if not places and not named:
        return False  # "troops killed 15 of the attackers": how the incident ended
    logger.debug("another act, the state's answer: %s", sent.text[:160])
    return True



class _Reading(Protocol):
    @property
    def sent(self) -> Sent: ...

    @property
    def lead(self) -> bool: ...

    def own_dates(self) -> list[DateMention]: ...


R = TypeVar("R", bound=_Reading)


def set_answers_aside(main: list[R], background: dict[str, list[R]], bg_date: dict[str, DateMention | None],
                      sents: Sequence[Sent], lead: Sent, read: Callable[[Sent], R]) -> list[R]:
    """``main`` without the sentences that tell a state's operation against the group after a
    non-state attack, and those sentences without a trigger word ("the army launched an offensive
    against ADF bases", read by ``read``): each run of them, one after another, makes a
    background incident of its own (``background`` and ``bg_date`` changed in place), dated by
    its own date if it gives one (extract.frames)."""
    if not non_state_attack(lead):
        return main
    pos = {s.start: n for n, s in enumerate(sents)}
    in_main = {r.sent.start for r in main}
    after = [s for s in sents if s.start > lead.start and not s.caption and (s.start in in_main or not s.triggers)]
    answers = [s for s in after if tells_response(s, lead)]
    if not answers:
        return main
    last: tuple[int, str] | None = None  # the sentence number and key of the last one set aside
    for sent in answers:
        r = next((r for r in main if r.sent.start == sent.start), None) or read(sent)
        n = pos[sent.start]
        if last is not None and last[0] == n - 1:
            key = last[1]
        else:
            key = f"{ANSWER} {sent.start}"
            own = r.own_dates()
            bg_date[key] = max(own, key=lambda d: d.weight) if own else None
        background.setdefault(key, []).append(r)
        last = (n, key)
    aside = {s.start for s in answers}
    return [r for r in main if r.sent.start not in aside]
