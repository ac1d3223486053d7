"""Stance and hedging of an attribution.

- cue "deny/reject/dismiss…" → denies
- "declined/refused to comment", "would not comment", "no comment" → declines_comment
- cue "confirm/acknowledge/admit" → confirms, unless the content is negated
  ("can confirm we did not conduct") → denies
- other cues → asserts, unless the content negates an attack ("did not conduct strikes",
  "no strikes were carried out", "these are not our airstrikes"), calls the accusation
  lies / baseless / a provocation, or says the speaker's own men were not there ("its
  fighters had not been in the village": ``extract.stance_presence``) → denies
"""

from __future__ import annotations

import functools
import logging
import re

from spacy.tokens import Doc, Span, Token

from rashomon.config import setting
from rashomon.extract.attribution import Attribution
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues, word_set
from rashomon.extract.stance_alive import survivor
from rashomon.extract.stance_open import in_open_question
from rashomon.extract.stance_presence import denies_presence
from rashomon.extract.stance_targets import denies_by_counter_claim
from rashomon.extract.stance_unknown import says_unknown
from rashomon.lexicon import alternation, phrase_pattern
from rashomon.types import Stance

logger = logging.getLogger(__name__)

@functools.cache
def _matcher(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The gateway's phrase matcher of ``phrases``, case-blind (for lower-cased text) and
    whole-compound: "no comment" is not found in "no comment-style"."""
    return phrase_pattern([p.lower() for p in phrases], whole_compounds=True)


def _says(phrases: tuple[str, ...], text: str) -> bool:
    """``text`` holds one of ``phrases`` as whole words, in any case."""
    return _matcher(phrases).search(text.lower()) is not None


# windows and walks of the rules below (provenance in data/settings.toml)
CUE_LOOKBACK: int = setting("extract.stance", "cue_lookback")  # data/settings.toml
CONFIRM_WINDOW: int = setting("extract.stance", "confirm_window")  # data/settings.toml
NO_HOPS: int = setting("extract.stance", "no_hops")  # data/settings.toml
ARGUMENT_GAP: int = setting("extract.stance", "argument_gap")  # data/settings.toml

EXISTENTIAL = word_set("existential_verbs")
NOT_ONLY = word_set("not_only")
PURPOSE_NOUNS = word_set("purpose_nouns")
NEGATION_WORDS = word_set("negation_words")
PURPOSE_ADVERBS = word_set("purpose_adverbs")
QUANTIFIER_SUBJECTS = word_set("quantifier_subjects")
ROLE_NOUNS = word_set("role_nouns")
REPORT_OBJECTS = word_set("report_objects")
ABILITY_ADJECTIVES = word_set("ability_adjectives")
VICTIM_VERBS = word_set("victim_verbs")
INFORMATION_DENIALS = word_set("information_denials")
CALLING_HEADS = word_set("calling_heads")
RUMOUR_NOUNS = word_set("rumour_nouns")
UNCONFIRMED_FIGURES = word_set("unconfirmed_figures")
CHECKING_VERBS = word_set("checking_verbs")
CONTACT_VERBS = word_set("contact_verbs")
KIN_NOUNS = word_set("kin_nouns")
CLEARED_PERSONS = word_set("cleared_persons")
CONFLICT_AT_LARGE = word_set("conflict_at_large")
ACCUSING = word_set("accusing_cues")
RELATIVE_OBJECTS = frozenset({"which", "that", "who", "whom"})
WITHHOLDING_VERBS = word_set("withholding_verbs")
WITHHELD_FIGURES = word_set("withheld_figures")
REFUSING_AUX = word_set("refusing_aux")
TELLING_VERBS = word_set("telling_verbs")  # "would not say where …": a refusal to tell
QUESTION_WORDS = word_set("question_words")  # the indirect question it refuses
AIMING_VERBS = word_set("aiming_verbs")  # "had not aimed at civilians"
AIM_NOUNS = word_set("aim_nouns")  # "the camp had not been the target"
NORM_MODALS = word_set("norm_modals")
PERSONS_SPEAKING = frozenset({"i", "we", "you", "he", "she"})  # "should never be targets": a norm, no denial


def _withholds_figures(doc: Doc, attr: Attribution) -> bool:
    """"The authorities would not release figures", "it will not disclose its losses": the
    speaker refuses the toll, a decline on the casualties."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    return span is not None and any(
        t.lemma_.lower() in WITHHOLDING_VERBS and t.pos_ == "VERB"
        and any(ch.dep_ == "neg" for ch in t.children)
        and any(ch.dep_ == "aux" and ch.lower_ in REFUSING_AUX for ch in t.children)
        and any(ch.dep_ == "dobj" and ch.lemma_.lower() in WITHHELD_FIGURES for ch in t.children)
        for t in span)
GIVEN_BEFORE = frozenset({"that", "those", "these", "this"})


def _purpose_only(verb: Token) -> bool:
    """The negation bears on the purpose, not on the act: "not carried out with the intention
    of", "did not deliberately target"."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in PURPOSE_ADVERBS:
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in PURPOSE_NOUNS
                                        for g in child.children):
            return True
    return False


def _compared(head: Token) -> bool:
    """The negated clause is set "even in" another place or time: "even in India worshippers were
    not killed during prayers", "even during the war no shrine had been attacked": a rhetorical
    comparison that denies nothing about the incident (not "its fighters were not even in the
    district": there "even" sits on the negated verb, a denial)."""
    verb = head if head.pos_ in {"VERB", "AUX"} else head.head
    return any(p.dep_ == "prep" and any(e.dep_ == "advmod" and e.lower_ == "even" for e in p.children)
               for p in verb.children)


def _attack_word(tok: Token, cues: Cues) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in cues.attack_nouns or (lemma in cues.attack_lemmas and tok.pos_ == "VERB")


def negates_attack(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """True when the span negates an attack: "did not conduct", "no strikes were carried out",
    "no member of the coalition carried out strikes", "there were no strikes", "these are not
    our airstrikes". A negation elsewhere ("could not identify who carried it out", "I don't
    know whether it was a strike") does not deny the attack."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        # "the missile was unlikely to have been fired from Russia"
        if tok.lower_ == "unlikely" and any(_attack_word(t, cues) for t in tok.subtree):
            return True
        if not (tok.dep_ == "neg" or tok.lower_ in NEGATION_WORDS):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in NOT_ONLY:
            continue  # "this is not only an attack on WCK": more, not less
        head = tok.head
        if _purpose_only(head):
            continue  # "the strike was not carried out with the intention of harming them"
        if _compared(head):
            continue  # "even in wartime pilgrims were not attacked": a comparison, no denial
        if tok.lower_ == "no":  # "no US or coalition strikes": "no" sits on the modifier
            for _ in range(NO_HOPS):
                if head.dep_ in {"nmod", "compound", "amod", "conj"} and head.head is not head:
                    head = head.head
        lemma = head.lemma_.lower()
        if head.pos_ in {"NOUN", "PROPN"} and lemma in AIM_NOUNS:
            # "there were no military targets near the site": the noun of an aim, no act (the verb
            # "target" is one); the site's nature, said by the victims' side (probe15's gold: asserts)
            logger.debug("stance: no target named, no act denied: %s", span.text[:80])
        elif lemma in cues.attack_lemmas or lemma in cues.attack_nouns:
            return True
        if _aim_denied(head, lemma):
            logger.debug("stance: a denial of what was aimed at: %s", span.text[:80])
            return True
        # "no member of the coalition carried out strikes": the negated subject's verb
        if tok.lower_ == "no" and head.dep_ in {"nsubj", "nsubjpass"} and \
                head.lemma_.lower() in QUANTIFIER_SUBJECTS and head.head.lemma_.lower() in cues.attack_lemmas:
            return True
        if tok.lower_ == "no" and lemma in ROLE_NOUNS:
            return True
        # "no civilian areas had been targeted", "no homes were shelled": the passive's subject,
        # what was hit, is denied (not "no one was killed": a toll of none, no denial of the attack)
        if tok.lower_ == "no" and head.dep_ == "nsubjpass" and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in cues.attack_lemmas - VICTIM_VERBS:
            return True
        # "there were no strikes", "these are not our airstrikes": the copula's arguments
        if lemma in EXISTENTIAL and not any(ch.dep_ == "acomp" for ch in head.children):
            # not "it was not clear whose aircraft carried out the raid", nor "the attack is not
            # acceptable" (a judgement of the attack, not a denial that it happened)
            for child in head.children:
                if child.dep_ in {"attr", "dobj", "nsubj"} and any(
                        t.lemma_.lower() in cues.attack_nouns and t.pos_ in {"NOUN", "PROPN"}
                        and t.head.i <= child.i + ARGUMENT_GAP for t in child.subtree if t.i <= child.i):
                    return True
    return False


def _aim_denied(head: Token, lemma: str) -> bool:
    """The negation denies what the act was aimed at: "it had not aimed at civilians", "its
    artillery was not directed at the camp", "the camp had not been the target" (not "the camp was
    not the only target": more, not less; nor a norm, "children should never be the target of
    violence", "aid workers must never be targets")."""
    if any(c.dep_ == "aux" and c.lower_ in NORM_MODALS for c in head.children):
        return False
    if lemma in AIMING_VERBS and head.pos_ == "VERB":
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in head.children)
    if any(c.dep_ == "nsubj" and c.lower_ in PERSONS_SPEAKING for c in head.children):
        return False  # "I assumed I wasn't a target": a person about himself, no party's denial
    return lemma == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in AIM_NOUNS and not any(m.lower_ in NOT_ONLY for m in c.children)
        for c in head.children)


_FIRST_PERSON_CONFIRM = re.compile(r"\b(?:we|i)\s+(?:can\s+|could\s+|do\s+)?"
                                   + alternation(sorted(word_set("first_person_confirms"))) + r"\b", re.IGNORECASE)


def _decline_region(doc: Doc, attr: Attribution) -> str:
    """The cue and its content: "does not confirm or reject" spans both."""
    cue_start = doc[attr.cue_index].idx
    lo = min(cue_start, attr.content_start)
    hi = max(attr.content_end, cue_start + len(doc[attr.cue_index].text))
    # the cue's auxiliaries and negation stand just before it ("does not confirm")
    return text_of(doc)[max(attr.sent_start, lo - CUE_LOOKBACK):hi]


def _declines_after(doc: Doc, attr: Attribution, cues: Cues) -> bool:
    """"X said it was aware of the reports and was assessing them, but stopped short of saying
    whether its aircraft had hit the centre": the cue's conjoined predicate refuses to say."""
    if attr.cue in {"quote", "according to"} or not 0 <= attr.cue_index < len(doc):
        return False
    cue = doc[attr.cue_index]
    for conj in cue.children:
        if conj.dep_ == "conj" and conj.i > cue.i and conj.idx >= attr.content_end:
            end = conj.right_edge.idx + len(conj.right_edge.text)
            if _says(cues.decline_phrases, text_of(doc)[conj.idx:end]):
                return True
    return False


ABILITY = word_set("ability_aux")  # "ca" is how spaCy splits "can't"


def _unable(cue: Token) -> bool:
    """A negated cue of inability: "could not confirm", "cannot independently verify", "was not
    able to confirm": unable to check, which is neither declining nor denying."""
    kids = list(cue.children)
    if any(k.lower_ in ABILITY and k.dep_ == "aux" for k in kids):
        return True
    if any(k.lower_ == "independently" for k in kids):
        return True
    head = cue.head  # "was not able to confirm": "able" governs the cue
    return cue.dep_ == "xcomp" and head.lemma_.lower() in ABILITY_ADJECTIVES


def _refuses_to_tell(cue: Token, content: str) -> bool:
    """"would not say where the nearest troops had been", "will not disclose how the bombers got
    through": a refusal ("would", "will") to answer a question, as "declined to say" is (not "did
    not say who fired": the outlet's remark that something was not said)."""
    words = content.split(maxsplit=1)
    return cue.lemma_.lower() in TELLING_VERBS and bool(words) and words[0].lower() in QUESTION_WORDS \
        and any(c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in cue.children)


def _figure_object(cue: Token) -> bool:
    """The negated confirming cue's object is another's figure, named as given before: "did not
    confirm that figure", "has not confirmed the group's figures" (not "has not confirmed the
    toll": no toll of its own, a decline; nor "did not confirm the strike")."""
    if cue.dep_ == "relcl" and cue.head.lemma_.lower() in UNCONFIRMED_FIGURES:
        return True  # "…, a figure the army has not confirmed": the figure before is another's
    return any(c.dep_ == "dobj" and c.lemma_.lower() in UNCONFIRMED_FIGURES and any(
        m.dep_ == "poss" or (m.dep_ == "det" and m.lower_ in GIVEN_BEFORE) for m in c.children)
        for c in cue.children)


def _unable_to_check(doc: Doc, attr: Attribution) -> bool:
    """The content says the speaker cannot check what is reported: "the mission could not verify
    the reports", "it was unable to confirm the toll", "was not in a position to verify the
    reports from X, where it has no presence" (its own absence is no denial of the attack)."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if any(ch.dep_ == "conj" and ch.pos_ in {"VERB", "AUX"} for ch in root.children):
        return False  # "could not verify the toll but said 12 had died": an account follows
    if root.lemma_.lower() in CONTACT_VERBS and any(ch.dep_ == "nsubj" and ch.pos_ == "PRON" for ch in root.children):
        return any(ch.dep_ == "neg" for ch in root.children) and _unable(root)  # "he could not reach them"
    if root.lemma_.lower() in CHECKING_VERBS:
        return any(ch.dep_ == "neg" for ch in root.children) and _unable(root)
    if root.lemma_.lower() != "be":
        return False
    negated = any(ch.dep_ == "neg" for ch in root.children)
    for ch in root.children:
        # "was unable to confirm", "was not able to verify"
        if ch.dep_ == "acomp" and ch.lemma_.lower() in ABILITY_ADJECTIVES and (negated or ch.lower_ == "unable") \
                and any(x.dep_ == "xcomp" and x.lemma_.lower() in CHECKING_VERBS for x in ch.children):
            return True
        # "was not in a position to verify"
        if (negated or ch.lower_ == "unable") and ch.dep_ == "acomp" and ch.lemma_.lower() in ABILITY_ADJECTIVES \
                and any(x.dep_ == "xcomp" and x.lemma_.lower() in CONTACT_VERBS for x in ch.children) \
                and any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in root.children):
            return True  # "he had not been able to reach its leaders"
        if negated and ch.dep_ == "prep" and any(
                g.dep_ == "pobj" and g.lemma_.lower() == "position"
                and any(x.lemma_.lower() in CHECKING_VERBS for x in g.subtree) for g in ch.children):
            return True
    return False


def _blame_in_passing(cue: Token, cues: Cues) -> bool:
    """A blame named inside the noun phrase of the one it blames: "the ELN, which the government
    blamed for the bombing, has not claimed it", "the group blamed by the minister": a mention of
    an earlier blame, no claim of the blamer here (probe8's gold: none). Not "an attack which the
    army blamed on the ELN": the noun is the attack, the blame names its doer."""
    if cue.lemma_.lower() not in ACCUSING or cue.head is cue:
        return False
    noun = cue.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lemma_.lower() in cues.attack_nouns:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in cue.children):
        return False
    if cue.dep_ == "relcl":
        return any(c.dep_ == "dobj" and c.lower_ in RELATIVE_OBJECTS for c in cue.children)
    return cue.dep_ == "acl" and cue.tag_ == "VBN"


def decide_stance(doc: Doc, attr: Attribution, cues: Cues, *, alone: bool = False) -> Stance | None:
    """The stance of ``attr``, or None when the attribution is not a claim ("did not say");
    ``alone``: a clause split off a joined content, judged by its own words (not the refusal of
    the clause before it: "said it did not comment on X and [that it targeted only Y]")."""
    if attr.cue not in {"quote", "according to"} and 0 <= attr.cue_index < len(doc) \
            and _blame_in_passing(doc[attr.cue_index], cues):
        return None
    content = text_of(doc)[attr.content_start:attr.content_end]
    if attr.declines or _says(cues.decline_phrases, content) or (not alone and (
            (attr.cue != "quote" and _says(cues.decline_phrases, _decline_region(doc, attr)))
            or _declines_after(doc, attr, cues))) or _withholds_figures(doc, attr):
        return "declines_comment"
    cue_stance = cues.verb_stance.get(attr.cue)
    cue = doc[attr.cue_index]
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() == "unable":
        return None  # "was unable to confirm the toll"
    if attr.negated_cue:
        if _unable(cue):
            return None  # "could not confirm the toll": unable to check, no position taken
        if cue_stance == "confirms" and _figure_object(cue):
            return None  # "did not confirm that figure": no position (the conventions, as "gave no toll")
        if cue_stance == "confirms" and attr.cue not in {"verify"}:
            return "declines_comment"  # "has not confirmed"
        if _refuses_to_tell(cue, text_of(doc)[attr.content_start:attr.content_end]):
            logger.debug("stance: would not say, a refusal: %s", text_of(doc)[attr.sent_start:attr.sent_end][:100])
            return "declines_comment"  # "would not say where the troops had been"
        return None  # "did not say", "could not verify" (a hedge of the outlet)
    if attr.cue == "contradict":
        # "X contradicted the reports" denies them; "X contradicted Y's position, saying S"
        # asserts another account of the incident
        obj = next((c for c in doc[attr.cue_index].children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in REPORT_OBJECTS:
            cue_stance = "asserts"
    if cue_stance == "denies":
        return "denies"
    if _unable_to_check(doc, attr):
        return None  # "said it was not in a position to verify the reports": no position taken
    negated = negates_attack(doc, attr.content_start, attr.content_end, cues)
    if cue_stance == "confirms":  # "confirmed that its troops were not in the area"
        return "denies" if negated or denies_presence(doc, attr.content_start, attr.content_end) else "confirms"
    if negated or _denial_words(doc, attr, cues) or _denial_verb(doc, attr, cues) \
            or denies_presence(doc, attr.content_start, attr.content_end) \
            or denies_by_counter_claim(doc, attr.content_start, attr.content_end, cues):
        return "denies"
    if says_unknown(doc, attr.content_start, attr.content_end):
        return "unknown"  # "it was not yet clear how the gunmen had entered the camp"
    if _FIRST_PERSON_CONFIRM.search(content[:CONFIRM_WINDOW]):
        return "confirms"  # "“We can confirm we struck two depots,” a spokesman said"
    return "asserts"


_QUOTE_MARKS = str.maketrans({q: " " for q in "\"“”‘’'"})


def _object_of_an_act(tok: Token) -> bool:
    """A word of information that is the object of another act than calling the claim so:
    "anyone who spread false information", "acted on false information" (not "the reports are
    false", "dismissed them as fake news", "called it disinformation")."""
    noun = tok.head if tok.dep_ == "amod" else tok
    if noun.dep_ == "dobj":
        governor = noun.head
    elif noun.dep_ == "pobj":
        governor = noun.head if noun.head.lower_ in CALLING_HEADS else noun.head.head
    else:
        return False
    return governor.lemma_.lower() not in CALLING_HEADS and governor.lower_ not in CALLING_HEADS


def _called_a_rumour(span: Span) -> bool:
    """"News of about 100 deaths is a rumour": the claim is the subject, "rumour" its predicate."""
    return any(t.lemma_.lower() in RUMOUR_NOUNS and t.dep_ == "attr" and t.head.lemma_.lower() == "be"
               for t in span)


def _denial_words(doc: Doc, attr: Attribution, cues: Cues) -> bool:
    """A word of denial in the content ("lies", "baseless", "fabricated"), not a present-tense
    verb of the same spelling ("the prison, which lies in the centre of the city"), nor a word of
    information that another act governs ("acted on false information"). Quotation marks inside
    the content do not split a phrase ("had \u201cnothing to do\u201d with the attack")."""
    content = text_of(doc)[attr.content_start:attr.content_end].translate(_QUOTE_MARKS)
    content_span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if content_span is not None and _called_a_rumour(content_span):
        return True
    for m in _matcher(cues.denial_content).finditer(content.lower()):
        start = attr.content_start + m.start()
        span = doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].tag_ in {"VBZ", "VBP"}:
            continue
        if span is not None and len(span) == 1 and span[0].lower_ in INFORMATION_DENIALS \
                and _object_of_an_act(span[0]):
            continue
        if span is not None and span[0].lower_ == "nothing" and _cleared(span[0], attr, cues):
            continue
        if span is not None and survivor(span):
            logger.debug("stance: a victim alive in an account, no denial: %s", content[:80])
            continue
        if span is not None and in_open_question(span[0], content_span):
            logger.debug("stance: denial word %r in an open question, no denial: %s", m.group(0), content[:80])
            continue
        return True
    return False


def _cleared(nothing: Token, attr: Attribution, cues: Cues) -> bool:
    """"She had nothing to do with this war", said by her son: a person cleared, not the accused
    denying. The subject is "he"/"she" and the speaker is of the victim's people, or what the
    person had nothing to do with is the conflict at large ("politics", "any war"); "he had
    nothing to do with the killings", said by the suspect's lawyer, stays a denial."""
    verb = nothing.head
    if not any(ch.dep_ == "nsubj" and ch.lower_ in CLEARED_PERSONS for ch in verb.children):
        return False
    if any(w.lower() in KIN_NOUNS for w in re.findall(r"[\w-]+", attr.speaker_text)):
        return True
    objects = [g for t in nothing.subtree if t.dep_ == "prep" and t.lower_ == "with"
               for g in t.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.lemma_.lower() in CONFLICT_AT_LARGE for g in objects)


def _denial_verb(doc: Doc, attr: Attribution, cues: Cues) -> bool:
    """The content's own main verb denies: "“The forces deny their responsibility in the
    attack”", "we reject the accusation", said by the speaker about its side."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return (root.lemma_.lower() in cues.verb_stance and cues.verb_stance[root.lemma_.lower()] == "denies"
            and not any(ch.dep_ == "neg" for ch in root.children))


def is_hedged(doc: Doc, attr: Attribution, cues: Cues) -> bool:
    return _says(cues.hedges, text_of(doc)[attr.sent_start:attr.sent_end])
