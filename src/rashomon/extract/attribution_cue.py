"""The cue of an attribution and what it reports: the content span, a declined comment, a
negated cue, the accused of "accuse/blame Y", an outlet told, and the quotation marks of a
sentence (:mod:`rashomon.extract.attribution`).
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from rashomon.extract.claim_relevance import speaks_of_incident
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues, word_set

logger = logging.getLogger(__name__)

CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "advcl"})
QUOTES = "\"“”"
OBJECT_PREPS = word_set("object_preps")
RELAY_VERBS = word_set("relay_verbs")
LISTENER_CUES = word_set("listener_cues")  # "told reporters", "informed the council"
GOING_ON = word_set("statement_goes_on")  # "but", "because", "as": the statement goes on
TOLL_JOINED = word_set("victim_verbs")  # "… to 68 dead and 47 wounded"


def leading_quote(tok: Token, sent: Span, speaker: tuple[int, int],
                   regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"“S,” X said / told reporters": the quotation that closes just before the speaker."""
    doc = sent.doc
    for lo, hi in regions:
        # only a title may stand between ("…,” Maj. Dana Whitlock said")
        if hi < tok.idx and hi <= speaker[0] and len(text_of(doc)[hi + 1:speaker[0]].split()) <= 2:
            return lo + 1, hi
    return None


def _when(prep: Token) -> bool:
    """A time phrase after the cue ("said on Saturday", "said in the morning")."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"}
                                       for c in prep.children)


GIVING_FIGURES = word_set("toll_verbs") | word_set("figure_giving_verbs")
FIGURE_NOUNS = word_set("toll_nouns")


def given_figure(tok: Token) -> bool:
    """"…, a higher figure than the seven given by the government", "the 44 announced by the
    government", "double the toll of 15 reported by police": a figure named with whom it was given
    by, inside another's statement, is that source's claim (a participle of giving, with its
    agent, on a number)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in GIVING_FIGURES:
        return False
    if not any(c.dep_ == "agent" for c in tok.children):
        return False
    return tok.head.tag_ == "CD"  # not "the toll given by residents was exaggerated": no figure


def content_span(tok: Token, sent: Span, speaker: tuple[int, int],
             regions: list[tuple[int, int]]) -> tuple[int, int]:
    quoted = leading_quote(tok, sent, speaker, regions)
    if quoted is not None:
        return quoted
    if parenthetical(tok, sent, speaker):
        return sent.start_char, sent.end_char
    patient = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ != "it"), None)
    if patient is not None and any(c.dep_ == "agent" for c in tok.children) \
            and not any(c.dep_ == "ccomp" for c in tok.children):
        # "the attack was claimed by X": what the agent claims is the passive's subject
        return patient.left_edge.idx, patient.right_edge.idx + len(patient.right_edge.text)
    if given_figure(tok):
        # "than the seven given by the government", "the toll of 15 reported by police": the figure
        # the agent gave, as a noun phrase (with the toll noun it is "of")
        noun = tok.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in FIGURE_NOUNS:
            noun = noun.head.head
        logger.debug("cue %r: a figure given by the agent: %s", tok.text, noun.text)
        return noun.left_edge.idx, tok.head.idx + len(tok.head.text)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "pobj" \
            and any(c.dep_ == "agent" for c in tok.children) and speaks_of_incident(tok.head.text):
        # "…, in an attack claimed by X": what the agent claims is the noun the participle modifies
        # (not "the attack, claimed by X, killed 30": the sentence is the claim's, as before; not
        # "a source quoted by state television": a relay, no attack)
        logger.debug("cue %r: the agent claims the noun it modifies: %s", tok.text, tok.head.text)
        return tok.head.left_edge.idx, tok.head.idx + len(tok.head.text)
    # not a subordinate clause before the cue ("While X declined to comment, Y condemned …"),
    # nor a relay after it ("…, X said citing hospital figures": the source of X's words)
    relays = {t.i for c in tok.children if c.dep_ in {"advcl", "xcomp"} and c.i > tok.i and c.tag_ == "VBG"
              and c.lemma_.lower() in RELAY_VERBS for t in c.subtree}
    # "…, the medical director told our newsroom on Saturday": whom a cue of telling tells is
    # the listener, not what is told
    listener = {c.i for c in tok.children if c.dep_ in {"dobj", "dative"} and tok.lemma_.lower() in LISTENER_CUES}
    parts = [c for c in tok.children if c.dep_ in CONTENT_DEPS and c.i not in relays and c.i not in listener and not (
        c.dep_ == "advcl" and c.i < tok.i and any(m.dep_ == "mark" for m in c.children))]
    circumstances = {c.i for c in tok.children if _circumstance(c, tok)}
    if circumstances and speaker[0] > sent.start_char + 2 and all(p.i in circumstances for p in parts) \
            and text_of(sent.doc)[sent.start_char:speaker[0]].rstrip().endswith(","):
        # "The toll rose to 28, the spokesman said, as Egypt began a state of emergency": the clause
        # after the cue is the outlet's circumstance; the fronted statement is the speaker's
        logger.debug("cue %r: the statement before it, the circumstance after it the outlet's: %s", tok.text,
                     sent.text[:80])
        end = speaker[0]
        while end > sent.start_char and text_of(sent.doc)[end - 1] in " ,":
            end -= 1
        return sent.start_char, end
    dobj = next((p for p in parts if p.dep_ == "dobj" and p.i > tok.i), None)
    told = None  # "put the death toll at 14": the statement reads from the cue
    if dobj is not None:
        # "blamed the LNA for the airstrike", "accused the army of shelling", "blamed the attack
        # on the RSF": what the object is blamed for, or who for, belongs to the content (not
        # after a relative object: "positions that officials accused of …"), not a time ("on Saturday")
        preps = [c for c in tok.children if c.dep_ == "prep" and c.i > dobj.i and c.lower_ in OBJECT_PREPS
                 and not _when(c)]
        if tok.lemma_.lower() in TOLL_VERBS and toll_object(dobj):
            # "put the death toll at 14": the figure is the toll's
            figure = [c for c in tok.children if c.dep_ == "prep" and c.i > dobj.i and c.lower_ in TOLL_PREPS
                      and c not in parts]
            if figure:
                parts, told = parts + figure, tok.idx
        if preps:  # the statement reads from the cue: "blamed the LNA for the airstrike"
            last = max([*parts, *preps], key=lambda p: p.right_edge.i).right_edge
            return tok.idx, last.idx + len(last.text)
    if parts:
        start = min(p.left_edge.idx for p in parts) if told is None else told
        last = max(parts, key=lambda p: p.right_edge.i).right_edge
        end = last.idx + len(last.text)
        # "raised the toll to 68 dead and 47 wounded": the second figure, parsed as a verb joined
        # to the cue, is the same toll
        more = [c for c in tok.children if c.dep_ == "conj" and c.i > last.i and c.lemma_.lower() in TOLL_JOINED
                and any(g.like_num for g in c.children if g.i < c.i)]
        if more:
            end = more[-1].idx + len(more[-1].text)
        if end > start:
            return start, end
    # "S, X said." when the parser did not attach S: everything before the speaker, when the
    # cue ends the sentence (not "…, days after Trump warned of a response")
    tail = [t for t in sent if t.i > tok.i and not t.is_punct and not t.is_space and t.i not in relays]
    own = any(c.dep_ in {"prep", "dobj", "attr", "oprd"} and c.i > tok.i and c.i not in relays
              and c.i not in listener and not _when(c) for c in tok.children)
    if speaker[0] > sent.start_char + 2 and len(tail) <= 4 and not own:  # not "Y called for calm"
        return sent.start_char, speaker[0]
    if speaker[0] > sent.start_char + 2 and tok.dep_ == "parataxis" and tok.head.i < tok.i \
            and speaker[1] <= tok.idx and not own and tail and not _goes_on(tail[0]):
        # "S, state media said, less than a month after …" / "…, the deadliest attack this year":
        # the cue set inside the sentence after S reports S; what trails it is the outlet's
        logger.debug("cue %r inside the sentence after its statement: %s", tok.text, sent.text[:80])
        end = speaker[0]
        while end > sent.start_char and text_of(sent.doc)[end - 1] in " ,":
            end -= 1
        return sent.start_char, end
    return tok.idx + len(tok.text), sent.end_char


CIRCUMSTANCE_MARKS = word_set("circumstance_marks")  # "…, he said, as Egypt began …"
CIRCUMSTANCE_PREPS = word_set("circumstance_preps")  # "…, he said, amid fears that …"


def _circumstance(clause: Token, cue: Token) -> bool:
    """A clause after the cue, set off by a comma, that tells the outlet's circumstance of the
    statement: "…, the spokesman said, as Egypt began a state of emergency", "…, officials said,
    after rescuers searched the ruins" (not "as well as": the statement goes on)."""
    if clause.i < cue.i:
        return False
    if clause.dep_ == "prep":  # "…, a medical source said, amid fears that more bodies lay under the rubble"
        mark: Token | None = clause
        if clause.lower_ not in CIRCUMSTANCE_PREPS:
            return False
    else:
        mark = next((m for m in clause.children if m.dep_ == "mark"), None)
        if clause.dep_ != "advcl" or mark is None or mark.lower_ not in CIRCUMSTANCE_MARKS:
            return False
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return before is not None and before.text == "," and mark is not None and not _goes_on(mark)


def _goes_on(first: Token) -> bool:
    """The words after a parenthetical cue go on with the statement ("…, she said, but only for
    local candidates", "…, he said, because …", "…, he said, as well as …"), not the outlet's
    phrase ("…, state media said, less than a month after …", "…, the deadliest attack …")."""
    if first.lower_ == "as":  # "as well as" goes on; "as the group claimed it" is the outlet's
        return first.i + 1 < len(first.doc) and first.doc[first.i + 1].lower_ == "well"
    return first.pos_ == "CCONJ" or first.lower_ in GOING_ON


def parenthetical(tok: Token, sent: Span, speaker: tuple[int, int]) -> bool:
    """A cue set inside the statement it reports: "The town, as the army spokesman said, was
    shelled", "To reach the border, the UNHCR official said, families walk for days": the
    statement is the sentence around it."""
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in tok.children) \
            or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False  # "as the group vowed to respond": a clause of its own, not a parenthesis
    words_after = [t for t in sent if t.i > tok.i and not t.is_punct and not t.is_space
                   and t.head.i != tok.i and t.i not in {c.i for c in tok.subtree}]
    if not words_after:
        return False
    before = [t for t in sent if t.idx + len(t.text) <= speaker[0]]
    if before and before[-1].lower_ == "as" and before[-1].i > sent.start:
        return True
    return tok.dep_ == "parataxis" and tok.head.i > tok.i and tok.i - 1 >= sent.start \
        and any(t.text == "," for t in sent.doc[max(sent.start, speaker_first(sent, speaker) - 1):tok.i + 2])


def speaker_first(sent: Span, speaker: tuple[int, int]) -> int:
    """Index of the speaker's first token in ``sent`` (the cue's sentence)."""
    return next((t.i for t in sent if t.idx >= speaker[0]), sent.start)


MODALS = word_set("modals")
IDENTITY_NOUNS = word_set("identity_nouns")
UNREACHED_VERBS = word_set("unreached_verbs")
UNREACHED_HOLDERS = word_set("speaker_nouns_unreached")  # "a spokesman could not be reached"
NAMELESS_BODIES = word_set("nameless_bodies")  # "Police declined to give their names"
SILENCE_UNTIL = word_set("silence_until_preps")  # "had not commented by Sunday"
TOLL_VERBS = word_set("toll_verbs")  # "put the toll at 14"
TOLL_NOUNS = word_set("toll_nouns")
TOLL_OF_NOUNS = word_set("toll_of_nouns")  # "the number of dead"
TOLL_OF_WORDS = word_set("toll_of_words")


def toll_object(tok: Token) -> bool:
    """Whether an object is a toll: "the toll", "the tally", or a number of the dead ("the number
    of dead", "the number of people killed in the attacks"; not "the number of displaced" or "a
    number of villages")."""
    lemma = tok.lemma_.lower()
    if lemma in TOLL_NOUNS:
        return True
    if lemma not in TOLL_OF_NOUNS:
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return False
    counted = next((c for c in of.children if c.dep_ == "pobj"), None)
    if counted is None:
        return False
    # the counted noun and what describes it ("people killed", "those who died"), not where or when
    near = [counted, *(c for c in counted.children if c.dep_ in ("acl", "relcl", "amod", "compound"))]
    near += [g for c in near[1:] for g in c.children if g.dep_ in ("relcl", "acl")]
    return any(t.lemma_.lower() in TOLL_OF_WORDS or t.lower_ in TOLL_OF_WORDS for t in near)


TOLL_PREPS = frozenset({"at", "to"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})


def inside_open_quote(tok: Token, sent: Span) -> bool:
    """An odd number of quotation marks before the cue in its sentence."""
    before = text_of(sent.doc)[sent.start_char:tok.idx]
    return sum(ch in QUOTES for ch in before) % 2 == 1


def takes_clause(tok: Token) -> bool:
    """A verb of knowing or showing with a clause of its own, in the active voice: "believes
    (that) S", "wants to S"; not "found 12 bodies" nor "X was expected to visit"."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} or (c.dep_ == "aux" and c.lower_ in MODALS)
           for c in tok.children):
        return False  # "was expected to", "they must understand that": no belief stated
    return any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and tok.lemma_.lower() == "want")
               for c in tok.children)


def declines_comment(tok: Token, cues: Cues) -> bool:
    if tok.lemma_.lower() in cues.decline_verbs:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in cues.decline_objects and not _withholds_identity(c)
                   for c in tok.children)
    if tok.lemma_.lower() == "comment":
        return (any(c.dep_ == "neg" for c in tok.children) or _yet_to(tok)) and not _silence_until(tok)
    if (tok.lemma_.lower() in cues.response_verbs or tok.lemma_.lower() in UNREACHED_VERBS) \
            and (negated(tok) or _yet_to(tok)):
        # "did not immediately respond to requests for comment", "did not answer calls"
        return any(t.lemma_.lower() in cues.response_objects for t in tok.subtree if t.i > tok.i) \
            or _unreachable(tok)
    return False


def _unreachable(tok: Token) -> bool:
    """"Government spokesman X could not be reached on Monday": a person or body that could not
    be reached gave no comment; not a place ("the village could not be reached by aid convoys")."""
    if tok.lemma_.lower() not in UNREACHED_VERBS or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.ent_type_ not in {"GPE", "LOC", "FAC"} and (
        subj.pos_ in {"PROPN", "PRON"} or subj.ent_type_ in {"PERSON", "ORG", "NORP"}
        or subj.lemma_.lower() in UNREACHED_HOLDERS)


def _yet_to(tok: Token) -> bool:
    """"has yet to comment", "is yet to respond to requests for comment": "has not yet
    commented" written without a negation."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() in {"have", "be"} \
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def _silence_until(tok: Token) -> bool:
    """"X had not commented on the attack by Sunday": the outlet narrates a silence up to a day or
    an hour (the past perfect, "by" a time), no request and no refusal; not "has not commented",
    "did not comment on the report" (declines in every gold set)."""
    if _yet_to(tok) and tok.head.lower_ == "had":
        tok = tok.head  # "had yet to comment by Sunday"
    elif not any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
        return False
    return any(t.lower_ in SILENCE_UNTIL and t.dep_ in {"prep", "agent"}
               and any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in t.children)
               for t in tok.subtree if t.i > tok.i)


def _withholds_identity(verb: Token) -> bool:
    """"declined to give his name", "declined to be named", "refused to identify himself": what is
    withheld is the speaker's identity; not another's
    ("declined to give the names of the suspects", "the victims' names"), nor a body's ("Police
    declined to give their names": a body has no name of its own to withhold, the names are of
    those it holds or counts)."""
    if any(c.dep_ == "auxpass" or (c.dep_ == "dobj" and c.lower_ in REFLEXIVES) for c in verb.children):
        return True  # "an officer, who declined to be named", "he refused to identify himself"
    refuser = verb.head if verb.dep_ == "xcomp" else verb
    subj = next((c for c in refuser.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in NAMELESS_BODIES:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in IDENTITY_NOUNS
               and not any(m.dep_ == "prep" and m.lower_ == "of" for m in c.children)
               and not any(m.dep_ == "poss" and m.pos_ != "PRON" for m in c.children)
               for c in verb.children)


def negated(tok: Token) -> bool:
    """"did not confirm"; a conjoined cue shares the negation: "does not confirm or reject"."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.dep_ == "conj" and any(c.dep_ == "neg" for c in tok.head.children)


def object_text(tok: Token) -> str | None:
    """The accused of "accuse/blame Y": the object's words without what it is accused of
    ("accused Armenian forces of firing on Azerbaijani positions": "Armenian forces")."""
    for child in tok.children:
        if child.dep_ == "dobj":
            if child.pos_ == "PRON":
                return child.text
            # not "blamed the attack on the RSF": there the prepositional object is the accused
            deed = {t.i for p in child.children if p.dep_ == "prep" and (p.lower_ == "for" or (
                p.lower_ == "of" and any(g.dep_ == "pcomp" for g in p.children))) for t in p.subtree}
            return " ".join(t.text for t in child.subtree
                            if t.dep_ not in {"relcl", "punct"} and t.i not in deed)[:120]
    return None


def dative_via(tok: Token) -> tuple[str, ...]:
    """"X told Reuters that S": the outlet told is an intermediary."""
    if tok.lemma_.lower() != "tell":
        return ()
    for child in tok.children:
        if child.dep_ in {"dative", "dobj"} and child.ent_type_ == "ORG":
            return (child.text,)
    return ()


def quote_regions(sent: Span) -> list[tuple[int, int]]:
    """Character ranges between paired quotation marks in ``sent``."""
    text = text_of(sent.doc)[sent.start_char:sent.end_char]
    marks = [sent.start_char + i for i, ch in enumerate(text) if ch in QUOTES]
    return [(marks[k], marks[k + 1]) for k in range(0, len(marks) - 1, 2)]
