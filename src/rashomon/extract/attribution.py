"""Find attributions in a parsed Doc: who (speaker span), the cue, what (content span).

Forms handled: "X said (that) S", "S, X said", "S, said X", "according to X, S",
"X told Reuters that S", "X claimed/alleged/accused Y of/blamed Y", "X denied S",
"X declined/refused to comment", "X would not comment", "Refusing to comment, X said",
conjoined cues ("X confirmed S and said T"), and quotes running over several sentences.
The result is a list of :class:`Attribution` in text order; stance and sources are decided
later (:mod:`rashomon.extract.stance`, :mod:`rashomon.extract.claims`). Who speaks is found in
:mod:`rashomon.extract.attribution_speaker`, what the cue reports in
:mod:`rashomon.extract.attribution_cue`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.tokens import Span, Token

from rashomon.config import setting
from rashomon.extract.attribution_cue import (
    QUOTES,
    TOLL_VERBS,
    content_span,
    dative_via,
    declines_comment,
    given_figure,
    inside_open_quote,
    negated,
    object_text,
    quote_regions,
    takes_clause,
    toll_object,
)
from rashomon.extract.attribution_speaker import (
    RELATIVE,
    SUBJECT_DEPS,
    after_dateline,
    document_author,
    find_subject,
    long_text,
    nobody,
    participle_speaker,
    quoted_as_saying,
    reporting_noun_source,
    speaker_after_quote,
    speaker_bounds,
    speaker_span,
    subject,
    trim_quotes,
    with_entity,
)
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues, word_set

logger = logging.getLogger(__name__)

__all__ = ["QUOTES", "Attribution", "according_attributions", "quote_regions", "speaker_bounds",
           "verb_attributions"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attributed statement found in a sentence. Offsets are character offsets."""

    sent_start: int
    sent_end: int
    speaker_start: int
    speaker_end: int
    speaker_text: str
    cue: str  # lemma of the cue, or "according to", or "quote"
    cue_index: int  # token index of the cue
    content_start: int
    content_end: int
    declines: bool = False  # "declined to comment", "would not comment"
    negated_cue: bool = False  # "did not confirm"
    object_text: str | None = None  # the accused of "accuse/blame Y"
    via: tuple[str, ...] = ()
    speaker_long: str = ""  # the subject's whole subtree: "Col. X, a spokesman for the coalition"
    written: tuple[int, int] | None = None  # the speaker's own words when they only refer: "who"
    weak: bool = False  # a reaction or a position ("condemned", "worries that"), not a report


CONDITIONAL = word_set("conditional_marks")
EVIDENCE = word_set("document_sources") | word_set("evidence_nouns")
SHOWING = word_set("showing_verbs")
ACCUSING = word_set("accusing_cues")  # "accused the army of …": the object is kept


def _evidence_noun(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and (tok.lower_ in EVIDENCE or tok.lemma_.lower() in EVIDENCE)


def evidence_participle(tok: Token) -> Token | None:
    """"polls showing her ahead", "records indicating a loss": the record shows."""
    if tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.lemma_.lower() in SHOWING and _evidence_noun(tok.head):
        return tok.head
    return None


def shows_evidence(tok: Token) -> bool:
    """A record or a poll that shows a thing, not a clause ("records show a second project",
    "the poll showed Clinton ahead"): what it shows is its finding."""
    if tok.lemma_.lower() not in SHOWING or any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children):
        return False
    if evidence_participle(tok) is not None:
        return True
    return any(c.dep_ == "nsubj" and _evidence_noun(c) for c in tok.children) \
        and any(c.dep_ in {"dobj", "ccomp", "xcomp", "oprd"} for c in tok.children)
FIRST_PERSONS = word_set("first_persons")
ANSWERED = word_set("answered_nouns")


def gives_toll(tok: Token, cues: Cues) -> bool:
    """"The health ministry gave a lower toll of 24 dead", "the agency raised the toll to 31",
    "police had first put the toll at 9, but the governor said …": a
    verb of giving whose object is a toll states the speaker's figure (a cue, not narration);
    beside a reporting verb ("put the toll at 88 and said …") that verb's claim holds it."""
    if tok.lemma_.lower() not in TOLL_VERBS or not any(c.dep_ == "dobj" and toll_object(c) for c in tok.children):
        return False
    # not another speaker's verb joined to it: "police had first put the toll at 9, but the
    # governor said 18 had died" (the governor's own subject)
    beside = [c for c in tok.children if c.dep_ == "conj" and not any(g.dep_ == "nsubj" for g in c.children)] \
        + ([tok.head] if tok.dep_ == "conj" else [])
    return not any(b.lemma_.lower() in cues.verb_stance for b in beside)


MEDIUM_NOUNS = word_set("medium_nouns")


def named_medium_speaker(subj: Token) -> Token:
    """"In a statement read on its radio station, Ranpal Stereo, the group's Northeastern War
    Front said …": the parser takes the medium's name, set off by commas after the medium, for
    the subject; the speaker is the phrase in apposition to it."""
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)
    left = subj.left_edge.i
    if appos is None or left < 2:
        return subj
    doc = subj.doc
    comma, medium = doc[left - 1], doc[left - 2]
    if comma.text != "," or medium.lemma_.lower() not in MEDIUM_NOUNS or medium.dep_ != "pobj":
        return subj
    return appos


DOCUMENT_NOUNS = word_set("document_nouns")


def document_owner(tok: Token) -> Token | None:
    """"according to the group's own statement claiming it", "in the army's statement denying
    it": a participle on a document whose owner is named by a possessive speaks for the owner
    (not "its statement": a pronoun owner is left to the sentence's subject)."""
    if tok.tag_ != "VBG" or tok.dep_ != "acl" or tok.head.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    return next((c for c in tok.head.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)


TELLING = word_set("listener_cues")  # "told", "informed": a listener before what is told


def instruction(tok: Token) -> bool:
    """"told shopkeepers not to film the damage", "told its members to leave the county", "she told
    him to go back through the gate": the cue's clause is an infinitive for its listener to do, an
    instruction (no clause of what is so: not "told reporters that 12 had died")."""
    return not any(c.dep_ == "ccomp" for c in tok.children) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)


def answers_claim(tok: Token) -> bool:
    """"…, a claim the army called “completely false”": the cue's clause qualifies a claim made
    before it, so its speaker answers that claim (a position of its own, never an echo)."""
    return tok.dep_ == "relcl" and tok.head.lemma_.lower() in ANSWERED
def outer_cue_subject(tok: Token, cues: Cues) -> Token | None:
    """"Amaq said that its fighters had detonated a device, and claimed that dozens died", "an
    official said the strike had targeted a depot and denied that a clinic had been hit": the
    parser hangs the second cue on the first one's content (or on a noun of it), but it shares
    the first cue's speaker, not the content's subject ("its fighters", "the strike")."""
    if tok.dep_ != "conj" or subject(tok) is not None:
        return None
    for anc in tok.ancestors:
        lemma = anc.lemma_.lower()
        if anc.pos_ == "VERB" and anc.i < tok.i and lemma in cues.verb_stance \
                and lemma not in cues.position_verbs and lemma not in cues.clausal_verbs:
            return find_subject(anc)
    return None


def _embedded_relative(tok: Token) -> Token | None:
    """The relative pronoun before a cue that is the subject of the clause the cue embeds:
    "an airstrike that opposition groups say killed 14 people" ("that … killed")."""
    clauses = [tok, *(c for c in tok.children if c.dep_ in {"ccomp", "xcomp"} and c.i > tok.i)]
    return next((c for cl in clauses for c in cl.children if c.dep_ == "nsubj" and c.lower_ in {"that", "which"}
                 and c.i < tok.i), None)


def embedded_speaker(tok: Token) -> Token | None:
    """The cue's own subject beside such a relative pronoun ("opposition groups")."""
    rel = _embedded_relative(tok)
    if rel is None:
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj" and rel.i < c.i < tok.i and c.lower_ not in RELATIVE),
                None)


def nominal_cue(tok: Token) -> bool:
    """"rejected as disinformation Armenian claims that …", "dismissed the group's reports
    that …": a plural noun the tagger took for a verb, known by the adjective, article or
    possessive before it (a verb takes none)."""
    return tok.tag_ == "VBZ" and any(c.dep_ in {"amod", "det", "poss"} and c.i < tok.i for c in tok.children)


QUOTED = word_set("citing_cues")  # "was quoted/cited as saying": the passive's subject speaks
QUOTE_VERBS = word_set("quote_verbs")
OPENING = frozenset({"“", '"'})
CLOSING = frozenset({"”", '"'})


def beside_quote(tok: Token, sent: Span) -> bool:
    """A verb set right beside a quotation: "X continued: “S”", "X continued, “S”", "“S,” X
    continued.", "“S,” X went on." ("on" may follow the verb)."""
    doc = sent.doc
    k = tok.i + 1
    while k < sent.end and (doc[k].dep_ == "prt" or doc[k].text in {",", ":"}):
        k += 1
    if k < sent.end and doc[k].text in OPENING:
        return True
    rest = [t for t in doc[tok.i + 1:sent.end] if not (t.is_punct or t.is_space or t.dep_ == "prt")]
    subj = subject(tok)
    if rest or subj is None or subj.i > tok.i:
        return False
    before = doc[subj.left_edge.i - 1] if subj.left_edge.i > sent.start else None
    return before is not None and before.text in CLOSING


def verb_attributions(sent: Span, cues: Cues) -> list[Attribution]:
    """Attributions whose cue is a verb in ``sent``."""
    out: list[Attribution] = []
    regions: list[tuple[int, int]] | None = None  # quotation marks: read once, when a cue needs them
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        is_cue = lemma in cues.verb_stance or lemma in cues.decline_verbs or (
            lemma in QUOTE_VERBS and beside_quote(tok, sent)) or gives_toll(tok, cues) or given_figure(tok)
        declines = declines_comment(tok, cues)
        # any other verb with a clause of its own and a speaker is a weak cue ("X worries that
        # S", "X argued S"): a position, kept out of events unless it gives an account
        general = not is_cue and not declines and lemma not in cues.not_cues and takes_clause(tok) \
            and not inside_open_quote(tok, sent)
        if not is_cue and not declines and not general:
            continue
        if lemma in cues.decline_verbs and not declines:
            continue
        if lemma in cues.clausal_verbs and not takes_clause(tok) and not shows_evidence(tok):
            continue  # "found 12 bodies", "was expected to visit": no statement of the subject's
        if lemma in TELLING and instruction(tok):
            logger.debug("attribution: an instruction to the listener, no statement: %s", sent.text[:100])
            continue  # "told shopkeepers not to film the damage": an order to the listener, no statement
        if (lemma in cues.clausal_verbs or lemma in cues.position_verbs) and inside_open_quote(tok, sent):
            continue  # "“… They must understand that …": the quoted speaker's words, not a cue
        if any(c.dep_ == "compound" for c in tok.children) or nominal_cue(tok):
            continue  # "… on Border Strike Reports": a noun the tagger took for a verb
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues.decline_verbs:
            continue  # "declined to comment": the cue is "declined"
        if lemma == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be":
            continue  # "Russia is to blame": Russia is blamed, it blames no one
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in tok.children):
            continue  # "the deadliest strike, if confirmed": nobody confirms anything
        subj = embedded_speaker(tok) or quoted_as_saying(tok) or reporting_noun_source(tok, sent) \
            or participle_speaker(tok, cues) or outer_cue_subject(tok, cues) or find_subject(tok) \
            or evidence_participle(tok) or document_owner(tok)
        if subj is None or subj.lower_ in RELATIVE or subj.lower_ == "whose" or nobody(subj):
            continue
        if subj.dep_ == "nsubjpass" and subj.head.i == tok.i and not declines and lemma not in QUOTED \
                and not any(c.dep_ == "agent" for c in tok.children):
            # "Residents are urged not to believe rumours": whom it is said to, no speaker (but "X
            # was quoted as saying": X speaks)
            continue
        if subj.lower_ in FIRST_PERSONS and (general or lemma in cues.position_verbs or lemma in cues.clausal_verbs):
            continue  # "I think", "we want", "you know": inside someone's quoted words, no new claim
        subj = named_medium_speaker(document_author(subj, cues))
        regions = regions if regions is not None else quote_regions(sent)
        subj = speaker_after_quote(tok, subj, sent, regions)
        speaker = trim_quotes(sent.doc, after_dateline(sent.doc, with_entity(subj, speaker_span(subj)), tok))
        if subj.dep_ == "poss":  # "the group's own statement claiming it": "the group"
            case = next((c for c in subj.children if c.dep_ == "case"), None)
            speaker = (speaker[0], min(speaker[1], case.idx)) if case is not None else speaker
        content = content_span(tok, sent, speaker, regions)
        if content[0] < speaker[0] < content[1] and _embedded_relative(tok) is not None and tok.i + 1 < sent.end:
            content = (sent.doc[tok.i + 1].idx, content[1])  # "that X say killed 14": what they say
        rel = next((ch for ch in tok.children if ch.dep_ in SUBJECT_DEPS and ch.lower_ in {"who", "which"}), None)
        out.append(Attribution(
            sent_start=sent.start_char, sent_end=sent.end_char,
            speaker_start=speaker[0], speaker_end=speaker[1],
            speaker_text=text_of(sent.doc)[speaker[0]:speaker[1]],
            cue=lemma, cue_index=tok.i,
            content_start=content[0], content_end=content[1],
            declines=declines, negated_cue=negated(tok) and not declines,
            object_text=object_text(tok) if lemma in ACCUSING else None,
            via=dative_via(tok), speaker_long=long_text(subj, tok),
            written=(rel.idx, rel.idx + len(rel.text)) if rel is not None and rel is not subj else None,
            weak=(general or lemma in cues.position_verbs) and not answers_claim(tok),
        ))
    return out


RELAY_LEMMAS = word_set("relay_verbs")
RELAY_GAP: int = setting("extract.attribution", "relay_gap")  # data/settings.toml


def _relayed(pobj: Token, sent: Span) -> Token | None:
    """The speaker an "according to X" relays: "according to Reuters, quoting/citing Y"."""
    end = pobj.right_edge.i
    for t in sent.doc[end + 1:min(end + 1 + RELAY_GAP, sent.end)]:
        if t.tag_ == "VBG" and t.lemma_.lower() in RELAY_LEMMAS:
            return next((c for c in t.children if c.dep_ == "dobj"), None)
    return None


def according_attributions(sent: Span) -> list[Attribution]:
    """"according to X, S", "S, according to X" and "S, per X"."""
    out: list[Attribution] = []
    for tok in sent:
        nxt: Token
        if tok.lower_ == "per" and tok.i > sent.start and tok.doc[tok.i - 1].lower_ in {",", "as", "—", "–"}:
            nxt = tok  # "S, per the Sudan Doctors Network": "per X" as a relay
        elif tok.lower_ == "according":
            if tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
                continue
            nxt = tok.doc[tok.i + 1]
        else:
            continue
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        via: tuple[str, ...] = ()
        quoted = _relayed(pobj, sent)
        if quoted is not None:  # "according to Reuters, quoting the ministry's spokesman, S"
            relay = speaker_span(pobj)
            via = (text_of(sent.doc)[relay[0]:relay[1]],)
            pobj = quoted
        speaker = trim_quotes(sent.doc, with_entity(pobj, speaker_span(pobj)))
        phrase_end = max(speaker[1], pobj.right_edge.idx + len(pobj.right_edge.text))
        if tok.idx - sent.start_char > 3:  # "S, according to X"
            content = (sent.start_char, tok.doc[tok.i - 1].idx if tok.doc[tok.i - 1].lower_ == "as" else tok.idx)
        else:  # "According to X, S"
            content = (phrase_end, sent.end_char)
        out.append(Attribution(
            sent_start=sent.start_char, sent_end=sent.end_char,
            speaker_start=speaker[0], speaker_end=speaker[1],
            speaker_text=text_of(sent.doc)[speaker[0]:speaker[1]],
            cue="according to", cue_index=tok.i,
            content_start=content[0], content_end=content[1], speaker_long=long_text(pobj), via=via,
        ))
    return out
