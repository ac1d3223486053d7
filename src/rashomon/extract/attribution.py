"""Find attributions in a parsed Doc: who (speaker span), the cue, what (content span).

Forms handled: "X said (that) S", "S, X said", "S, said X", "according to X, S",
"X told Reuters that S", "X claimed/alleged/accused Y of/blamed Y", "X denied S",
"X declined/refused to comment", "X would not comment", "Refusing to comment, X said",
conjoined cues ("X confirmed S and said T"), and quotes running over several sentences.
The result is a list of :class:`Attribution` in text order; stance and sources are decided
later (:mod:`rashomon.extract.stance`, :mod:`rashomon.extract.claims`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues
from rashomon.nlp.entities import entity_at, ents_in

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "advcl"})
TRIM_DEPS = frozenset({"relcl", "punct", "cc", "prep_for_citing", "advcl", "acl"})
MAX_SPEAKER_TOKENS = 16
QUOTES = "\"“”"


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


DECLINE_HEADS = frozenset({"decline", "refuse"})
NOBODY = frozenset({"nobody", "none", "noone", "no-one"})


def _nobody(subj: Token) -> bool:
    """A negated subject is no source: "No group claimed responsibility", "nobody said"."""
    return subj.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children) \
        or (subj.lower_ == "one" and subj.i > 0 and subj.doc[subj.i - 1].lower_ == "no")


def _subject(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    for child in tok.children:  # passive with agent: "it was reported by SANA"
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


RELATIVE = frozenset({"which", "who", "that"})
CONDITIONAL = frozenset({"if", "unless", "whether"})
SPEAKER_ENTS = frozenset({"ORG", "PERSON"})
CLIMB_DEPS = frozenset({"pobj", "prep", "acl", "appos", "agent"})


def _antecedent(rel_verb: Token) -> Token:
    """The noun a relative clause's speaker stands for: "the PMF, a group of X, which claimed"
    → the PMF (the parser often attaches the clause to the nearest noun, "X")."""
    head = rel_verb.head
    cur = head
    for _ in range(6):
        if cur.pos_ in {"NOUN", "PROPN"}:
            lo, hi = _speaker_span(cur)
            span = cur.doc.char_span(lo, hi, alignment_mode="expand")
            if cur.pos_ == "PROPN" or (span is not None and any(e.label_ in SPEAKER_ENTS for e in ents_in(span))):
                return cur
        if cur.dep_ not in CLIMB_DEPS or cur.head is cur:
            break
        cur = cur.head
    return head


def _find_subject(tok: Token) -> Token | None:
    """The speaker of a cue, following conjunctions, xcomp and advcl up to the main verb;
    a relative pronoun ("…, which denied") stands for the noun the clause is about."""
    seen = 0
    cur = tok
    while seen < 4:
        subj = _subject(cur)
        if subj is not None and subj.lower_ in RELATIVE:
            return _antecedent(cur) if cur.dep_ == "relcl" else None
        if subj is not None:
            return subj
        if cur.dep_ in {"ccomp", "advcl"} and cur.head.lemma_.lower() in DECLINE_HEADS \
                and cur.i < cur.head.i:
            return None  # "Military denies, Israel declines to comment": Israel denies nothing
        if cur.dep_ in {"conj", "xcomp", "advcl", "ccomp"} and cur.head is not cur:
            cur = cur.head
            seen += 1
            continue
        # "the Pentagon issued a statement saying S": the one who issued the statement
        if cur.dep_ == "acl" and cur.head.lemma_.lower() in REPORT_NOUNS and cur.head.head is not cur.head:
            cur = cur.head.head
            seen += 1
            continue
        return None
    return None


AUTHOR_PREPS = frozenset({"by", "from", "of"})
DOCUMENT_NOUNS = frozenset({"statement", "report", "communique", "communiqué",
                                                "letter", "post", "tweet", "message", "release",
                                                "bulletin", "notice", "document", "memo"})


def _document_author(subj: Token, cues: Cues) -> Token:
    """"A statement released on Wednesday by the GNA condemned …", "a post from the RSF
    said …": the author of the document speaks, not the document."""
    if subj.lemma_.lower() not in DOCUMENT_NOUNS:
        return subj
    for t in subj.subtree:
        if t.dep_ in {"prep", "agent"} and t.lower_ in AUTHOR_PREPS and t.i > subj.i:
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"}
                                     or pobj.lemma_.lower() in cues.source_nouns):
                return pobj
    return subj


FIRST_PERSONS = frozenset({"i", "we", "you", "me", "us"})
PURPORT = frozenset({"claim", "purport", "allege", "pretend"})


def _quoted_as_saying(tok: Token) -> Token | None:
    """"Anadolu quoted an army officer as saying S", "state TV cited the governor as saying
    S": the one quoted says S (the quoting outlet only relays it)."""
    if tok.tag_ != "VBG" or tok.head.lower_ != "as" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PURPORT:
        return None  # "SANA, claiming to cite a fighter as saying S": SANA's own claim
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _participle_speaker(tok: Token, cues: Cues) -> Token | None:
    """"X said it was aware of reports its staff were killed, calling it a tragedy": a
    participle the parser hung inside another cue's content speaks for that cue's speaker,
    not for the subject of the clause it hangs on ("its staff")."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl":
        return None
    for anc in list(tok.ancestors)[1:]:
        if anc.pos_ in {"VERB", "AUX"} and anc.lemma_.lower() in cues.verb_stance:
            subj = _subject(anc)
            return subj if subj is not None and subj.lower_ not in RELATIVE else None
    return None


def _trim_quotes(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A speaker glued to a closing quote (',”he said' tokenises as '”he'): without it."""
    text = text_of(doc)
    start, end = span
    while start < end - 1 and text[start] in QUOTES + "‘’'":
        start += 1
    return start, end


def _speaker_span(subj: Token) -> tuple[int, int]:
    """Subtree of the subject without relative clauses, appositive tails and punctuation."""
    toks = [subj]
    stack = [c for c in subj.children if c.dep_ not in TRIM_DEPS
             or (c.dep_ == "punct" and c.text in "-‐" and abs(c.i - subj.i) == 1)]  # "CJTF-OIR"
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(c for c in t.children if c.dep_ not in {"relcl", "acl"})
    toks.sort(key=lambda t: t.i)
    # keep the contiguous run around the subject head
    lo = hi = toks.index(subj)
    while lo > 0 and toks[lo - 1].i == toks[lo].i - 1:
        lo -= 1
    while hi < len(toks) - 1 and toks[hi + 1].i == toks[hi].i + 1:
        hi += 1
    run = toks[lo : hi + 1]
    while run and (run[0].is_punct or run[0].dep_ == "cc"):
        run = run[1:]
    while run and (run[-1].is_punct or run[-1].dep_ == "cc"):
        run = run[:-1]
    if not run:
        return subj.idx, subj.idx + len(subj.text)
    if len(run) > MAX_SPEAKER_TOKENS:
        run = [t for t in run if abs(t.i - subj.i) < MAX_SPEAKER_TOKENS // 2]
    return run[0].idx, run[-1].idx + len(run[-1].text)


def _with_entity(subj: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The speaker span widened to the whole name it holds ("Ahmad al-Mesmari", which the
    parser may split at the hyphen)."""
    ent = entity_at(subj)
    if ent is not None and ent.label_ in SPEAKER_ENTS:
        return min(span[0], ent.start_char), max(span[1], ent.end_char)
    return span


def speaker_bounds(subj: Token) -> tuple[int, int]:
    """Character bounds of the speaker phrase headed by ``subj`` (for other cue modules)."""
    return _with_entity(subj, _speaker_span(subj))


def _long_text(subj: Token) -> str:
    toks = [t for t in subj.subtree if t.dep_ != "relcl" and not any(
        a.dep_ == "relcl" for a in t.ancestors if a.i in range(subj.left_edge.i, subj.right_edge.i + 1))]
    if not toks or len(toks) > 3 * MAX_SPEAKER_TOKENS:
        return subj.text
    doc = subj.doc
    return text_of(doc)[toks[0].idx:toks[-1].idx + len(toks[-1].text)]


def _leading_quote(tok: Token, sent: Span, speaker: tuple[int, int],
                   regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"“S,” X said / told reporters": the quotation that closes just before the speaker."""
    doc = sent.doc
    for lo, hi in regions:
        # only a title may stand between ("…,” Maj. Dana Whitlock said")
        if hi < tok.idx and hi <= speaker[0] and len(text_of(doc)[hi + 1:speaker[0]].split()) <= 2:
            return lo + 1, hi
    return None


def _content(tok: Token, sent: Span, speaker: tuple[int, int],
             regions: list[tuple[int, int]]) -> tuple[int, int]:
    quoted = _leading_quote(tok, sent, speaker, regions)
    if quoted is not None:
        return quoted
    # not a subordinate clause before the cue ("While X declined to comment, Y condemned …")
    parts = [c for c in tok.children if c.dep_ in CONTENT_DEPS and not (
        c.dep_ == "advcl" and c.i < tok.i and any(m.dep_ == "mark" for m in c.children))]
    if parts:
        start = min(p.left_edge.idx for p in parts)
        last = max(parts, key=lambda p: p.right_edge.i).right_edge
        end = last.idx + len(last.text)
        if end > start:
            return start, end
    # "S, X said." when the parser did not attach S: everything before the speaker, when the
    # cue ends the sentence (not "…, days after Trump warned of a response")
    tail = [t for t in sent if t.i > tok.i and not t.is_punct and not t.is_space]
    own = any(c.dep_ in {"prep", "dobj", "attr", "oprd"} and c.i > tok.i for c in tok.children)
    if speaker[0] > sent.start_char + 2 and len(tail) <= 4 and not own:  # not "Y called for calm"
        return sent.start_char, speaker[0]
    return tok.idx + len(tok.text), sent.end_char


def _speaker_after_quote(tok: Token, subj: Token, sent: Span, regions: list[tuple[int, int]]) -> Token:
    """A subject found inside the quotation of "“S, T among them,” X told AFP" is the
    parser's slip: the speaker is the subject between the closing quote and the cue."""
    inside = next(((lo, hi) for lo, hi in regions if lo < subj.idx < hi), None)
    if inside is None or tok.idx < inside[1]:
        return subj
    between = [t for t in sent if inside[1] < t.idx < tok.idx and t.pos_ in {"PROPN", "NOUN"}]
    heads = [t for t in between if t.head.i >= tok.i or not (inside[1] < t.head.idx < tok.idx)]
    return heads[0] if heads else (between[-1] if between else subj)


MODALS = frozenset({"must", "should", "shall", "will", "would", "could", "can", "may", "might", "ca"})


def _inside_open_quote(tok: Token, sent: Span) -> bool:
    """An odd number of quotation marks before the cue in its sentence."""
    before = text_of(sent.doc)[sent.start_char:tok.idx]
    return sum(ch in QUOTES for ch in before) % 2 == 1


def _takes_clause(tok: Token) -> bool:
    """A verb of knowing or showing with a clause of its own, in the active voice: "believes
    (that) S", "wants to S"; not "found 12 bodies" nor "X was expected to visit"."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} or (c.dep_ == "aux" and c.lower_ in MODALS)
           for c in tok.children):
        return False  # "was expected to", "they must understand that": no belief stated
    return any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and tok.lemma_.lower() == "want")
               for c in tok.children)


def _declines(tok: Token, cues: Cues) -> bool:
    if tok.lemma_.lower() in cues.decline_verbs:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in cues.decline_objects
                   for c in tok.children)
    if tok.lemma_.lower() == "comment":
        return any(c.dep_ == "neg" for c in tok.children)
    if tok.lemma_.lower() in cues.response_verbs and _negated(tok):
        # "did not immediately respond to requests for comment", "did not answer calls"
        return any(t.lemma_.lower() in cues.response_objects for t in tok.subtree if t.i > tok.i)
    return False


def _negated(tok: Token) -> bool:
    """"did not confirm"; a conjoined cue shares the negation: "does not confirm or reject"."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.dep_ == "conj" and any(c.dep_ == "neg" for c in tok.head.children)


def _object_text(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ == "dobj":
            return child.text if child.pos_ == "PRON" else " ".join(
                t.text for t in child.subtree if t.dep_ not in {"relcl", "punct"})[:120]
    return None


def _dative_via(tok: Token) -> tuple[str, ...]:
    """"X told Reuters that S": the outlet told is an intermediary."""
    if tok.lemma_.lower() != "tell":
        return ()
    for child in tok.children:
        if child.dep_ in {"dative", "dobj"} and child.ent_type_ == "ORG":
            return (child.text,)
    return ()


REPORT_NOUNS = frozenset({"report", "statement", "claim", "reports", "statements", "claims"})


def _reporting_noun_source(tok: Token, sent: Span) -> Token | None:
    """"reports from Sabreen News, …, stating that S": the participle's speaker is the one the
    reports come from, not the sentence's subject."""
    if tok.tag_ != "VBG" or tok.dep_ not in {"advcl", "acl"}:
        return None
    for noun in sent:
        if noun.i >= tok.i or noun.lemma_.lower() not in REPORT_NOUNS:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "by", "of"}:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.i < tok.i:
                    return pobj
    return None


_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}\s*\([^)]{1,40}\)\s*[-–—:]\s*")


def _after_dateline(doc: Doc, speaker: tuple[int, int], cue: Token) -> tuple[int, int]:
    """"BAGHDAD (Reuters) - Iraq's PMF, a grouping of …, said": the parser may take the
    dateline for the subject; the speaker is then what follows it, up to the first comma."""
    m = _DATELINE.match(text_of(doc), speaker[0], cue.idx)
    if m is None:
        return speaker
    rest = text_of(doc)[m.end():cue.idx].split(",")[0].rstrip()
    return (m.end(), m.end() + len(rest)) if rest else speaker


def verb_attributions(sent: Span, cues: Cues) -> list[Attribution]:
    """Attributions whose cue is a verb in ``sent``."""
    out: list[Attribution] = []
    regions: list[tuple[int, int]] | None = None  # quotation marks: read once, when a cue needs them
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        is_cue = lemma in cues.verb_stance or lemma in cues.decline_verbs
        declines = _declines(tok, cues)
        # any other verb with a clause of its own and a speaker is a weak cue ("X worries that
        # S", "X argued S"): a position, kept out of events unless it gives an account
        general = not is_cue and not declines and lemma not in cues.not_cues and _takes_clause(tok) \
            and not _inside_open_quote(tok, sent)
        if not is_cue and not declines and not general:
            continue
        if lemma in cues.decline_verbs and not declines:
            continue
        if lemma in cues.clausal_verbs and not _takes_clause(tok):
            continue  # "found 12 bodies", "was expected to visit": no statement of the subject's
        if (lemma in cues.clausal_verbs or lemma in cues.position_verbs) and _inside_open_quote(tok, sent):
            continue  # "“… They must understand that …": the quoted speaker's words, not a cue
        if any(c.dep_ == "compound" for c in tok.children):
            continue  # "… on Border Strike Reports": a noun the tagger took for a verb
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues.decline_verbs:
            continue  # "declined to comment": the cue is "declined"
        if lemma == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be":
            continue  # "Russia is to blame": Russia is blamed, it blames no one
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in tok.children):
            continue  # "the deadliest strike, if confirmed": nobody confirms anything
        subj = _quoted_as_saying(tok) or _reporting_noun_source(tok, sent) or _participle_speaker(tok, cues) \
            or _find_subject(tok)
        if subj is None or subj.lower_ in RELATIVE or subj.lower_ == "whose" or _nobody(subj):
            continue
        if subj.lower_ in FIRST_PERSONS and (general or lemma in cues.position_verbs or lemma in cues.clausal_verbs):
            continue  # "I think", "we want", "you know": inside someone's quoted words, no new claim
        subj = _document_author(subj, cues)
        regions = regions if regions is not None else quote_regions(sent)
        subj = _speaker_after_quote(tok, subj, sent, regions)
        speaker = _trim_quotes(sent.doc, _after_dateline(sent.doc, _with_entity(subj, _speaker_span(subj)), tok))
        content = _content(tok, sent, speaker, regions)
        rel = next((ch for ch in tok.children if ch.dep_ in SUBJECT_DEPS and ch.lower_ in {"who", "which"}), None)
        out.append(Attribution(
            sent_start=sent.start_char, sent_end=sent.end_char,
            speaker_start=speaker[0], speaker_end=speaker[1],
            speaker_text=text_of(sent.doc)[speaker[0]:speaker[1]],
            cue=lemma, cue_index=tok.i,
            content_start=content[0], content_end=content[1],
            declines=declines, negated_cue=_negated(tok) and not declines,
            object_text=_object_text(tok) if lemma in {"accuse", "blame"} else None,
            via=_dative_via(tok), speaker_long=_long_text(subj),
            written=(rel.idx, rel.idx + len(rel.text)) if rel is not None and rel is not subj else None,
            weak=general or lemma in cues.position_verbs,
        ))
    return out


RELAY_LEMMAS = frozenset({"quote", "cite"})
RELAY_GAP = 3  # tokens between "according to X" and its "quoting"/"citing" (a comma, "and")


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
            relay = _speaker_span(pobj)
            via = (text_of(sent.doc)[relay[0]:relay[1]],)
            pobj = quoted
        speaker = _trim_quotes(sent.doc, _with_entity(pobj, _speaker_span(pobj)))
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
            content_start=content[0], content_end=content[1], speaker_long=_long_text(pobj), via=via,
        ))
    return out


def quote_regions(sent: Span) -> list[tuple[int, int]]:
    """Character ranges between paired quotation marks in ``sent``."""
    text = text_of(sent.doc)[sent.start_char:sent.end_char]
    marks = [sent.start_char + i for i, ch in enumerate(text) if ch in QUOTES]
    return [(marks[k], marks[k + 1]) for k in range(0, len(marks) - 1, 2)]
