"""Which cues of a sentence speak in their own right (for :mod:`rashomon.extract.passages`).

* a document inside another speaker's words is no speaker ("the mayor said the report suggests S");
* a pronoun's belief inside another's words, or a verb the parse merely gave a clause, names no
  new speaker ("Suicide bombers struck a mosque [packed with worshippers], … an official said");
* a quotation whose own cue after it names a speaker ("“…,” the PKK's leadership said") is not
  the last speaker's, even when that speaker is not read as a source.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Span, Token

from rashomon.extract.attribution import QUOTE_VERBS, QUOTES, Attribution, quote_regions
from rashomon.extract.attribution_cue import TOLL_VERBS, given_figure
from rashomon.extract.claims_speakers import document_speaker
from rashomon.extract.doctext import span_text
from rashomon.extract.lexicon import Cues, word_set

log = logging.getLogger(__name__)


def quoted_documents(found: list[Attribution], doc: Doc, speakers: set[int]) -> set[int]:
    """Documents inside another speaker's words ("the mayor said the report suggests S"): the
    one citing the document speaks, the document is no speaker of its own."""
    return {b.cue_index for b in found if document_speaker(doc, b) and any(
        a is not b and a.cue_index in speakers and not document_speaker(doc, a)
        and a.content_start <= b.speaker_start < a.content_end for a in found)}


def _that_right_after(tok: Token) -> bool:
    """"assessed that S", "cried out that S": a clause the verb takes is introduced right after
    it; one the parse made of a participle phrase ("struck a mosque packed with worshippers")
    never is."""
    at = tok.i + 1 + (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].dep_ == "prt")
    return at < len(tok.doc) and tok.doc[at].lower_ == "that" and tok.doc[at].dep_ == "mark"


_CONTRAST = frozenset({"though", "although", "while", "whereas"})


def _contrasted(tok: Token) -> bool:
    """"X suggested S, though critics consider RT a mouthpiece": a clause set against the
    speaker's words is the outlet's voice again, not part of them."""
    return any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in tok.children) \
        or (tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" for c in tok.head.children))


def _general_cue(doc: Doc, b: Attribution, cues: Cues) -> bool:
    """A cue only because the parse gave its verb a clause (no reporting verb of the lexicon,
    no toll given, no quotation verb, no "that" after it)."""
    tok = doc[b.cue_index]
    return tok.pos_ in {"VERB", "AUX"} and b.cue == tok.lemma_.lower() and b.cue not in cues.verb_stance \
        and b.cue not in cues.position_verbs and b.cue not in cues.clausal_verbs \
        and b.cue not in cues.decline_verbs and b.cue not in TOLL_VERBS and b.cue not in QUOTE_VERBS \
        and not b.declines and not given_figure(tok) and not _that_right_after(tok)


def echo(doc: Doc, b: Attribution, found: list[Attribution], speakers: set[int], cues: Cues) -> bool:
    """A belief or a position of a pronoun inside another speaker's content ("Obama said he
    expects she will …", "the junta said it believes the strike was lawful"): the outer
    speaker's claim already holds it; the pronoun is no new speaker. Nor is anyone whose verb
    is no cue of the lexicon, only a verb the parse gave a clause, inside another speaker's
    words: "Suicide bombers struck a mosque [packed with worshippers], killing 41, a hospital
    official said" (the parser reads "packed" as a clause of "struck"): the act's doers say
    nothing; the official gives the toll."""
    pronoun = b.speaker_text.strip().lower() in cues.anaphora_person | cues.anaphora_group
    general = _general_cue(doc, b, cues) and not _contrasted(doc[b.cue_index])
    if not ((b.weak or b.cue in cues.clausal_verbs) and pronoun) and not general:
        return False
    outer = next((a for a in found if a is not b and a.cue_index in speakers and not a.weak
                  and a.cue not in cues.clausal_verbs and a.content_start <= b.speaker_start < a.content_end), None)
    if outer is not None and general and not pronoun:
        log.debug("no speaker inside %r's words: %r %s", outer.speaker_text, b.speaker_text, b.cue)
    return outer is not None


_DOCUMENT_NOUNS = word_set("document_nouns")  # "statement", "communique" (data/cues.yaml rule_words)


def _documents(doc: Doc, a: Attribution) -> bool:
    span = doc.char_span(a.speaker_start, a.speaker_end, alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in _DOCUMENT_NOUNS


def own_cue(found: list[Attribution], sent: Span, cues: Cues) -> Attribution | None:
    """A reporting verb of the sentence outside its quotation marks, with its speaker outside them
    too ("“…,” the group's leadership said"): the sentence names whose words it quotes."""
    if not found or not any(ch in QUOTES for ch in span_text(sent)):
        return None
    regions = quote_regions(sent)
    doc = sent.doc

    def inside(pos: int) -> bool:
        return any(lo <= pos < hi for lo, hi in regions)
    # not a document ("“…,” the military statement said": its author's, the last speaker's, words)
    return next((a for a in found if a.cue in cues.verb_stance and not a.weak and 0 <= a.cue_index < len(doc)
                 and not inside(doc[a.cue_index].idx) and not inside(a.speaker_start)
                 and not document_speaker(doc, a) and not _documents(doc, a)), None)
