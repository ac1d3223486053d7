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
CONTENT_PREPS = frozenset({"of", "about", "on", "that"})  # "the report of deaths": its own content


def _named_again(tok: Token) -> bool:
    """"the account", "that report", "the army's claim": an account noun named again, with no
    content of its own ("reports of civilian deaths", "the claim that it shelled the town")."""
    if tok.lemma_.lower() not in ACCOUNT_NOUNS or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in {"acl", "relcl"} or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPS) for c in tok.children):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in NAMING_AGAIN) for c in tok.children)


def names_an_account(doc: Doc, start: int, end: int) -> bool:
    """The span (an answer's content) names an earlier account again."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(_named_again(t) for t in span)


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
    attr = drafts[i].attribution
    if not names_an_account(doc, attr.content_start, attr.content_end):
        return None
    prev = answered(drafts, i)
    if prev is None:
        return None
    if denial_topic(doc, prev.attribution) == "casualties" or any(claim_figures(doc, prev.attribution, cues())):
        return "casualties"  # "the group said it had killed 15 soldiers … dismissed the claim"
    if stance == "denies" and tells_own_act(doc, prev):
        return "casualties"  # another party's act denied (a counter-raid), not the denier's deed
    return None
