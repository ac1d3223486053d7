"""What a denial or a decline answers when it names an account again: "Al Shabaab dismissed the
account as propaganda" after the army's "it had killed more than 100 of its fighters in raids",
"the army did not respond to a request for comment on that report" after a rights group's
"civilians had also been killed". The account named again is the nearest earlier claim of
another source; its words, not the answer's, say what the answer is about:

- a decline or a denial of an account of the victims or with a toll is about the casualties;
- a denial of another party's account of its own act against the denier (a counter-raid on its
  camps, its fighters killed in a pursuit) is no denial that the denier did the incident: it
  disputes the denier's losses, about the casualties with no perpetrator (not ``other``, which
  would take the answer off the incident it answers on).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from rashomon.extract.claims_reading import claim_figures, denial_topic
from rashomon.extract.draft_rules import ClaimDraft
from rashomon.extract.lexicon import cues, word_set
from rashomon.types import About

ACCOUNT_NOUNS = word_set("answered_accounts")  # "the account", "that report"
NAMING_AGAIN = word_set("account_determiners")  # "the", "that", "this" …
OWN_ACTS = word_set("own_act_verbs")  # "it had killed", "our forces destroyed"
SELF_SUBJECTS = word_set("self_pronouns") | {"we"}
SELF_POSSESSIVES = word_set("self_possessives")
NEWS_NOUNS = word_set("news_nouns")  # "the reports": the news of the incident at large
DEMONSTRATIVES = NAMING_AGAIN - {"the"}  # "that report": the last one
CONTENT_PREPS = frozenset({"of", "about", "on", "that"})  # "the report of deaths": its own content


def _named_again(tok: Token) -> bool:
    """"the account", "that report", "the army's claim": an account noun named again, with no
    content of its own ("reports of civilian deaths", "the claim that it shelled the town"). "The
    report(s)" with the article alone is the news of the incident at large ("the junta denied the
    report"); a demonstrative points at the last one ("that report")."""
    lemma = tok.lemma_.lower()
    if lemma not in ACCOUNT_NOUNS or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in {"acl", "relcl"} or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPS) for c in tok.children):
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    if lemma in NEWS_NOUNS and not dets & DEMONSTRATIVES:
        return False
    return bool(dets & NAMING_AGAIN) or any(c.dep_ == "poss" for c in tok.children)


def _said_again(verb: Token, cue: int) -> bool:
    """"dismissed the claim, describing it as fabricated": the cue's participle (and what it
    governs) says the same."""
    return any(t.tag_ == "VBG" and t.dep_ in {"advcl", "xcomp"} and t.head.i == cue
               for t in (verb, *verb.ancestors))


def nothing_of_its_own(doc: Doc, start: int, end: int, cue: int) -> bool:
    """The span (an answer's content) has no verb but the cue: it names what it answers and tells
    nothing of its own (not "said no air operations had taken place and described the reports as
    fake", "saying its forces had not fired")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(t.pos_ == "VERB" and t.i != cue and not _said_again(t, cue)
                                        and not _predicative(t) for t in span)


def _predicative(verb: Token) -> bool:
    """"describing it as fabricated": a participle with no subject of its own says what the
    answer calls the account, no clause of its own."""
    return verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acomp", "oprd", "amod"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)


def names_an_account(doc: Doc, start: int, end: int, cue: int) -> bool:
    """The span (an answer's content) names an earlier account again and tells nothing of its own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and nothing_of_its_own(doc, start, end, cue) and any(_named_again(t) for t in span)


def answered(drafts: list[ClaimDraft], i: int) -> ClaimDraft | None:
    """The nearest draft before ``drafts[i]`` of another source and party: what it answers."""
    me = drafts[i]
    for prev in reversed(drafts[:i]):
        if prev.attribution.content_start >= me.attribution.content_start:
            continue
        if prev.source.name == me.source.name or (me.party and prev.party == me.party):
            continue
        return prev
    return None


def tells_own_act(doc: Doc, draft: ClaimDraft) -> bool:
    """The draft's content tells of its speaker's own act: "it had killed more than 100
    fighters", "our forces destroyed the camp", "we arrested four suspects"."""
    attr = draft.attribution
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for verb in verbs:
        if verb.lemma_.lower() not in OWN_ACTS:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.lower_ in SELF_SUBJECTS or any(
                m.dep_ == "poss" and m.lower_ in SELF_POSSESSIVES for m in subj.children)):
            return True
    return False


def answer_topic(doc: Doc, drafts: list[ClaimDraft], i: int, stance: str) -> About | None:
    """What the denial or decline ``drafts[i]`` is about when it names an earlier account again
    (None: its own words decide)."""
    me = drafts[i]
    attr = me.attribution
    if not names_an_account(doc, attr.content_start, attr.content_end, attr.cue_index):
        return None
    if any(j != i and d.source.name == me.source.name and d.attribution.sent_start == attr.sent_start
           and d.stance == me.stance and not (0 <= d.attribution.cue_index < len(doc) and _said_again(
               doc[d.attribution.cue_index], attr.cue_index)) for j, d in enumerate(drafts)):
        return None  # "said no aircraft had flown there and described that account as fake": one statement
    prev = answered(drafts, i)
    if prev is None:
        return None
    if denial_topic(doc, prev.attribution) == "casualties" or any(claim_figures(doc, prev.attribution, cues())):
        return "casualties"  # "the group said it had killed 15 soldiers … dismissed the claim"
    if stance == "denies" and tells_own_act(doc, prev):
        return "casualties"  # another party's act denied (a counter-raid), not the denier's deed
    return None
