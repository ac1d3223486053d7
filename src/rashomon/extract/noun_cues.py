"""Attributions built on a noun, not a verb.

* "There was no immediate response to requests for comment from Ethiopian officials",
  "No comment from the army": the one from whom no response came declines to comment.
* "allegations by the RSF that S", "claims from the junta that S": the one the allegation is
  by asserts S.
* "in the estimates of the UN", "by the count of local officials": the one whose estimate it
  is asserts the sentence.
* "activists circulated videos showing burned stalls", "residents posted photos showing the
  destroyed clinic": the one who puts the images out asserts what they show.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from rashomon.extract.attribution import Attribution, speaker_bounds
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues, word_set
from rashomon.lexicon import words

CLAIM_NOUNS = words("claim_words.yaml", "claim_nouns")
ESTIMATE_NOUNS = words("claim_words.yaml", "estimate_nouns")
IMAGE_NOUNS = word_set("image_nouns")  # "videos", "footage", "photos"
PUBLISHING_VERBS = word_set("publishing_verbs")  # "circulated", "posted"
SHOWING_VERBS = word_set("image_showing_verbs")  # "showing"


def _pobj_of(tok: Token, preps: frozenset[str]) -> Token | None:
    """The object of the first preposition in ``preps`` in the subtree of ``tok``."""
    for t in tok.subtree:
        if t.dep_ == "prep" and t.lower_ in preps:
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _make(sent: Span, tok: Token, who: Token, content: tuple[int, int], declines: bool) -> Attribution:
    start, end = speaker_bounds(who)
    doc = sent.doc
    return Attribution(
        sent_start=sent.start_char, sent_end=sent.end_char, speaker_start=start, speaker_end=end,
        speaker_text=text_of(doc)[start:end], cue=tok.lemma_.lower(), cue_index=tok.i,
        content_start=content[0], content_end=content[1], declines=declines,
        speaker_long=text_of(doc)[who.left_edge.idx:who.right_edge.idx + len(who.right_edge.text)],
    )


def _published_images(sent: Span, tok: Token) -> Attribution | None:
    """"Activists circulated videos showing burned stalls": the publisher (the subject of the
    verb whose object the images are) asserts what the images show."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in PUBLISHING_VERBS or verb.pos_ != "VERB":
        return None
    shows = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBG"
                  and c.lemma_.lower() in SHOWING_VERBS), None)
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if shows is None or who is None or who.pos_ == "PRON":
        return None
    shown = [t for t in shows.subtree if t.i > shows.i]
    if not shown:
        return None
    content = (shown[0].idx, shown[-1].idx + len(shown[-1].text))
    return _make(sent, shows, who, content, False)


def noun_attributions(sent: Span, cues: Cues) -> list[Attribution]:
    """Attributions of ``sent`` whose cue is a noun (see the module docstring)."""
    out: list[Attribution] = []
    for tok in sent:
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        lemma = tok.lemma_.lower()
        negated = any(c.lower_ == "no" for c in tok.children)
        if negated and lemma in cues.response_verbs:
            who = _pobj_of(tok, frozenset({"from"}))
            if who is not None:
                out.append(_make(sent, tok, who, (sent.start_char, sent.end_char), True))
            continue
        if lemma in CLAIM_NOUNS and not negated and not (
                tok.dep_ == "dobj" and cues.verb_stance.get(tok.head.lemma_.lower()) == "denies"):
            # "the Pentagon denied claims from state media that S": the denial is the claim
            who = _pobj_of(tok, frozenset({"by", "from"}))
            clause = next((c for c in tok.children if c.dep_ in {"acl", "ccomp", "relcl"}
                           and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
            if who is not None and clause is not None:
                end = clause.right_edge
                out.append(_make(sent, tok, who, (clause.left_edge.idx, end.idx + len(end.text)), False))
            continue
        if lemma in IMAGE_NOUNS and (made := _published_images(sent, tok)) is not None:
            out.append(made)
            continue
        if lemma in ESTIMATE_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "by", "to"}:
            who = _pobj_of(tok, frozenset({"of", "by"}))
            if who is not None:
                out.append(_make(sent, tok, who, (sent.start_char, sent.end_char), False))
    return out
