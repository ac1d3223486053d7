"""A word of denial inside an open question denies nothing.

"I do not know how many of my friends are alive", "nobody can tell us if the children are alive",
"he had no idea whether the video was fake": the words "alive" and "fake" stand in a question the
speaker leaves open, so nothing is denied (probe11's survivor read as denying the attack). Not a
statement ("the video was fake"), nor a free relative ("what the rebels posted was fake", whose
"what" heads a clausal subject).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from rashomon.extract.lexicon import word_set

QUESTION_MARKS = word_set("question_marks")  # "whether", "if"
WH_TAGS = frozenset({"WRB", "WP", "WDT"})  # "how", "who", "which"
# the clauses an embedded question hangs as: "know [whether …]", "no idea [whether …]"
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "csubj", "pobj", "acl"})


def in_open_question(tok: Token, content: Span | None) -> bool:
    """Whether ``tok`` sits in an embedded question inside ``content`` (see the module
    docstring): a clause above it, up to the content's edge, opens with "whether"/"if" or a
    wh-word as its subject, object or adverb ("how many of my friends")."""
    lo, hi = (content.start, content.end) if content is not None else (tok.i, tok.i + 1)
    verb = tok
    while lo <= verb.i < hi:
        if verb.dep_ in CLAUSE_DEPS and verb.pos_ in {"VERB", "AUX"}:
            for ch in verb.children:
                if ch.i > verb.i:
                    break
                if (ch.dep_ == "mark" and ch.lower_ in QUESTION_MARKS) or (
                        ch.dep_ in {"nsubj", "nsubjpass", "attr", "dobj", "advmod"} and ch.left_edge.tag_ in WH_TAGS):
                    return True
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return False
