"""Places of another story told in the incident's sentence: set aside, not dropped.

Three kinds of place in a sentence about the incident are not where it happened:

* **where the fire came from** — "the shells were fired from RSF positions in Omdurman", "a
  drone launched from Afghan territory", "artillery fire from Houthi positions in Hodeidah hit a
  camp in Hajjah province": the launch site, not where the shells fell. A place is a launch
  site when it (or the noun it is in: "positions in X", "the direction of X") is the object of
  "from" hanging on a word of attack (``attack_lemmas``/``attack_nouns`` of ``data/cues.yaml``:
  fire, launch, shell, rocket, drone, ...). "Gunmen from Zamfara killed 20 in Katsina" is one
  too: where the attackers came from. So is where the attack was ordered, planned or directed
  from (``command`` of ``data/place_words.yaml``): "the order for the bombing was given in X",
  "the instructions came from X", "the raid was planned in X", "handlers in X directed the
  attack" — the perpetrator's place, not the scene.
* **the other side's counter-story** — "Azerbaijan rejected claims that its army had shelled a
  village in Armenia's Syunik region, and accused Armenian forces of firing on positions in the
  Zangilan district": the denied act is the incident, the accusation the denier's answer to it.
  A place is in the counter-story when it lies in the clause of an accusing verb (``accusing_cues``:
  accuse, blame) or, when the denied clause names a place of its own, of a reporting verb
  ("... and said the army had fired from its positions in X"), that is conjoined with a verb of
  denial (``reporting_verbs.denies``) or hangs on one as an adverbial clause ("denied it,
  accusing ...").

* **an earlier event the incident answered** — "jets struck targets in northern Syria, after nine
  soldiers were killed in an attack in northern Iraq": a clause with its own subject put before
  the incident's verb by "after" or "following".

Such a place still votes for its area (weakly: :data:`ASIDE_FACTOR` of its weight) and may be the
incident's place when nothing else is named, but it ranks after every place of its area named
otherwise (:func:`rashomon.extract.frames_places.choose_place`). Grammar, not vocabulary: the
words are the claim stages' own lists.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from rashomon.config import setting
from rashomon.extract.frames_text import MODIFIERS, climb
from rashomon.lexicon import words

ASIDE_FACTOR: float = setting("extract.frames_place_sides", "aside_factor")  # data/settings.toml

_ORIGIN_PREP = "from"  # grammar: the preposition of a source ("fired from X")
_YEAR_DIGITS = 4  # grammar: a year written in figures ("in 2009")
_EARLIER = frozenset({"after", "following"})  # grammar: what puts a clause's event before the main one's
_ATTACK_WORDS = words("cues.yaml", "attack_lemmas") | words("cues.yaml", "attack_nouns")
_DENIALS = words("cues.yaml", "reporting_verbs", "denies")
_ACCUSING = words("cues.yaml", "rule_words", "accusing_cues")
_REPORTING = words("cues.yaml", "reporting_verbs", "asserts")
_COMMAND_VERBS = words("place_words.yaml", "command", "verbs")  # "planned in X", "directed from X"
_COMMAND_NOUNS = words("place_words.yaml", "command", "nouns")  # "the order ... was given in X"
_CARRIERS = words("place_words.yaml", "command", "carriers")  # "the instructions came from X"
_IN_PREP = "in"  # grammar: where a passive act was done ("was planned in X")
_PASSIVE = frozenset({"nsubjpass", "auxpass"})
_CARRIED = frozenset({"nsubj", "nsubjpass", "dobj"})  # an order a carrier verb gives, or that comes
# "denied [that ... had bombed ...] and accused": the denial two heads up
CLAUSE_HOPS: int = setting("extract.frames_place_sides", "clause_hops")  # data/settings.toml


def _phrase_head(span: Span) -> Token:
    """The noun a place name is (part of): "Syunik" of "Syunik region" is "region"."""
    return climb(span.root, (*MODIFIERS, "poss"))  # "Armenia's Syunik region": the name's head noun


def _from_attack(prep: Token) -> bool:
    """Whether a "from" hangs on a word of attack ("fired from", "rockets from", "fire from")."""
    head = prep.head
    return prep.lower_ == _ORIGIN_PREP and head.i != prep.i and head.lemma_.lower() in _ATTACK_WORDS


def _carries_order(verb: Token) -> bool:
    """Whether a verb only carries an order or a plan: "gave the order", "the plan came"."""
    return verb.lemma_.lower() in _CARRIERS and any(
        c.dep_ in _CARRIED and c.lemma_.lower() in _COMMAND_NOUNS for c in verb.children)


def _commanded(prep: Token) -> bool:
    """Whether a preposition says where an attack was ordered, planned or directed: "from" on a
    word of command ("orders from X", "directed from X", "gave the order from X"), "in" on a
    passive one ("was planned in X", "the order was given in X"), or "in" on the subject of an
    active one whose object is the attack ("handlers in X directed the bombing"). "Police in
    Kano ordered a curfew" orders no attack: Kano stays the scene."""
    head = prep.head
    if head.i == prep.i:
        return False
    lemma = head.lemma_.lower()
    if prep.lower_ == _ORIGIN_PREP:
        return lemma in _COMMAND_VERBS or lemma in _COMMAND_NOUNS or _carries_order(head)
    if prep.lower_ != _IN_PREP:
        return False
    if head.pos_ in ("VERB", "AUX"):
        return any(c.dep_ in _PASSIVE for c in head.children) and (lemma in _COMMAND_VERBS or _carries_order(head))
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_.lower() in _COMMAND_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ATTACK_WORDS for c in verb.children)


def launch_site(doc: Doc, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is where an attack came from: "fired from X",
    "launched from positions in X", "fire from the direction of X", "ordered from X"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = _phrase_head(span)
    for _ in range(2):  # the place, then the noun it is in ("positions in X")
        if tok.dep_ != "pobj" or tok.head.pos_ != "ADP":
            return False
        prep = tok.head
        if _from_attack(prep) or _commanded(prep):
            return True
        if prep.head.pos_ not in ("NOUN", "PROPN") or prep.head.i == prep.i:
            return False
        tok = climb(prep.head, ("appos",))  # "from Qamishli, a town in northern Syria": the town's name
    return False


def _edges(tok: Token) -> tuple[int, int]:
    """The character range of a token's subtree (contiguous in a projective parse)."""
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def _denial_above(tok: Token) -> Token | None:
    """The verb of denial a conjoined or adverbial verb answers: its head, or the head of the
    denied clause it is conjoined to ("denied that its jets had bombed ..., and accused ...":
    the parser joins "accused" to "bombed")."""
    head = tok.head
    for _ in range(CLAUSE_HOPS):
        if head.i == tok.i:
            return None
        if head.lemma_.lower() in _DENIALS and head.pos_ in ("VERB", "AUX"):
            return head
        if head.dep_ not in ("ccomp", "conj", "xcomp") or head.head.i == head.i:
            return None
        tok, head = head, head.head
    return None


def counter_ranges(sent: Span, mentions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character ranges of ``sent`` that tell the other side's counter-story: the clause of an
    accusing verb conjoined to a denial after it ("rejected ... and accused ...") or hanging on
    one ("denied it, accusing ..."), or of a reporting verb so joined when the denied part names
    one of ``mentions`` (place spans) of its own. "Accused X of A and denied B" is no
    counter-story: the accusation told first is the article's."""
    out: list[tuple[int, int]] = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        if lemma not in _ACCUSING and lemma not in _REPORTING:
            continue
        if tok.dep_ not in ("conj", "advcl") or (denial := _denial_above(tok)) is None:
            continue  # "accused X of A and denied B": the accusation comes first, it is the story
        mine, denied_at = _edges(tok), _edges(denial)
        if lemma not in _ACCUSING and not any(
                denied_at[0] <= s < denied_at[1] and not mine[0] <= s < mine[1] for s, _ in mentions):
            continue  # "denied it and said 20 were killed in X": X may be the incident's own place
        out.append(mine)
    return out


def earlier_ranges(sent: Span, triggered: set[int]) -> list[tuple[int, int]]:
    """Character ranges of ``sent`` that tell an earlier event the incident answered: a clause
    with a subject of its own put before the incident's verb (a trigger) by "after" or
    "following" ("jets struck targets in northern Syria, after nine soldiers were killed in an
    attack in northern Iraq", "a day after a rocket attack killed two people in Metula").
    "Gunmen killed 12 after storming the village" has no subject of its own: the same story.
    The incident may be the subject of the verb the clause hangs on ("The attack came weeks after
    jihadists killed 20 soldiers near Tillaberi"). A relative clause dated by a year on a word
    that is no incident's tells a group's or a place's history: "Boko Haram, which began its
    insurgency in Nigeria's Borno state in 2009"."""
    out: list[tuple[int, int]] = []
    for tok in sent:
        if tok.dep_ == "relcl" and tok.i not in triggered and tok.head.i not in triggered and \
                any(t.is_digit and len(t.text) == _YEAR_DIGITS for t in tok.subtree):
            out.append(_edges(tok))
            continue
        if tok.dep_ != "advcl":  # the cheap test first: this runs on every token of every sentence
            continue
        told = (tok.head.i in triggered and tok.i not in triggered) or (tok.head.i not in triggered and any(
            c.dep_ == "nsubj" and c.i in triggered for c in tok.head.children))  # "The attack came after"
        if not told or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        marks = [c for c in tok.children if c.dep_ in ("mark", "prep") and c.lower_ in _EARLIER] + \
            [g for c in tok.children if c.dep_ == "npadvmod" for g in c.children if g.lower_ in _EARLIER]
        if marks:
            out.append(_edges(tok))
    return out


def in_ranges(start: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in ranges)
