"""One statement, two stances: a denial whose content joins a clause that gives an account.

"said its forces had not fired on the camp and that the shells had been fired by the army": a
denial and an account of who fired (the counter-accusation); "said the strike had targeted Fano
fighters and that reports of civilian deaths were exaggerated": an account of the strike and a
denial of the deaths. Each clause becomes a claim of its own, with the stance it has alone
(:mod:`rashomon.extract.claims` builds the drafts).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc, Token

from rashomon.extract.attribution import Attribution
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues
from rashomon.extract.stance import decide_stance
from rashomon.extract.stance_targets import blame_of, only_legitimate_targets

logger = logging.getLogger(__name__)


def second_account(doc: Doc, attr: Attribution, cues: Cues) -> int | None:
    """Where a second clause joined to the content's first one starts: "the group's forces had
    not fired on the camp and [that the shells had been fired by the army]", "the strike had
    targeted Fano fighters and [that reports of civilian deaths were exaggerated]" (a clause of
    its own: a subject or "that"), "the strikes had targeted militias, and [described reports of
    dead children as propaganda]", "… had been fired by RSF fighters, and [repeated that its
    units had not shelled the city]" (a cue of the speaker's, hung on the content); None without one."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    for conj in root.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"VERB", "AUX"} or conj.i <= root.i or not (any(
                ch.dep_ in {"nsubj", "nsubjpass", "mark"} for ch in conj.children)
                or (conj.lemma_.lower() in cues.verb_stance and conj.lemma_.lower() not in cues.position_verbs
                    and conj.lemma_.lower() not in cues.clausal_verbs) or _says_again(conj, cues)):
            continue
        first = next(t for t in conj.subtree if t.dep_ != "cc")
        # the conjunct's verb inside the content (its right edge may run past it: "… the marks of
        # the PKK, which he said wanted …", where the relative clause's own cue ends the content)
        if attr.content_start < first.idx and conj.idx < attr.content_end:
            if conj.right_edge.idx >= attr.content_end:
                logger.debug("split: a conjunct running past the content: %s", text_of(doc)[first.idx:attr.content_end])
            return first.idx
    return None


def _says_again(conj: Token, cues: Cues) -> bool:
    """"… had been fired by RSF fighters, and [repeated that its units had not shelled the city]":
    a verb of the speaker's with a clause of its own (the parser hangs it on the content)."""
    return conj.lemma_.lower() not in cues.not_cues and conj.lemma_.lower() not in cues.clausal_verbs and any(
        ch.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in ch.children) for ch in conj.children)


def attack_deed(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """An attack verb in the text, not negated: "the shells had been fired by the army", "the
    strike had targeted Fano fighters" (not "its forces had only returned fire"); or a blame of
    another: "the attack bore the hallmarks of the PKK", "the shelling was the work of the RSF"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        (t.pos_ == "VERB" and t.lemma_.lower() in cues.attack_lemmas and not any(ch.dep_ == "neg" for ch in t.children))
        or blame_of(t) for t in span)


def two_accounts(doc: Doc, attr: Attribution, c: Cues) -> list[tuple[Attribution, str]] | None:
    """A denial whose content joins a clause of another stance: "said its forces had not fired
    on the camp and that the shells had been fired by the army", "said the strike had targeted
    Fano fighters and that reports of civilian deaths were exaggerated": two claims, a denial
    and an account of an attack (an attack verb in it: "and that its forces had only returned
    fire" gives no account of its own). A refusal joined to an account splits the same way:
    "said it did not comment on single strikes and that it targeted only militants"."""
    at = second_account(doc, attr, c)
    if at is None:
        return None
    first = replace(attr, content_end=before_and(text_of(doc), attr.content_start, at))
    second = replace(attr, content_start=at)
    stances = [decide_stance(doc, first, c), decide_stance(doc, second, c, alone=True)]
    if stances == ["asserts", "asserts"] and only_legitimate_targets(doc, first.content_start, first.content_end, c):
        # "its forces targeted only terrorists and that the attack bore the marks of the PKK": the
        # whole denies by counter-claim (stance_targets), the first clause by itself does not
        stances[0] = "denies"
        logger.debug("split: a denial by counter-claim: %s", text_of(doc)[attr.content_start:attr.content_end][:100])
    if stances[0] == "declines_comment" and stances[1] in {"asserts", "confirms"}:
        account = second  # "said it did not comment on single strikes and that it targeted only militants"
    elif None in stances or sorted(s == "denies" for s in stances) != [False, True]:
        return None
    else:
        account = first if stances[1] == "denies" else second
    if not attack_deed(doc, account.content_start, account.content_end, c):
        return None
    joint = doc.char_span(at, at + 1, alignment_mode="expand")
    if joint is not None and joint[0].dep_ == "conj" and _says_again(joint[0], c):
        # "and repeated that S": S alone, as that cue's own claim has it (one claim of the two)
        clause = next(ch for ch in joint[0].children if ch.dep_ == "ccomp")
        second = replace(second, content_start=min(t.idx for t in clause.subtree))
    return [(first, stances[0]), (second, stances[1])]  # type: ignore[list-item]


def before_and(text: str, start: int, end: int) -> int:
    """The end of a clause before the conjoined one at ``end`` ("S1 and that S2": after S1)."""
    head = text[start:end].rstrip()
    for joint in (" and", ","):
        if head.endswith(joint):
            head = head[:-len(joint)].rstrip()
    return start + len(head) if head else end
