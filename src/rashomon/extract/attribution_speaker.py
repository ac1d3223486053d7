"""Who speaks in an attribution: the subject of a cue, followed up through conjunctions,
relative clauses, documents ("a statement by X said"), relays ("quoted X as saying") and
datelines, and the character span of the speaker's phrase (:mod:`rashomon.extract.attribution`).
"""

from __future__ import annotations

import itertools
import logging
import re

from spacy.tokens import Doc, Span, Token

from rashomon.config import setting
from rashomon.extract.attribution_cue import QUOTES
from rashomon.extract.dateline import parse_dateline
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues, word_set
from rashomon.extract.speaker_slips import (
    AFFILIATING,
    CLOSING_QUOTES,
    appositive_before,
    appositive_subject,
    asked_aside,
    interposed_participle,
    inverted_after_quote,
    joined_name,
    phrase_after_quote,
    relayed_document,
    reporting_verb,
    subject_before_relay,
)
from rashomon.nlp.entities import entity_at, ents_in

log = logging.getLogger(__name__)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
ACCUSING = word_set("accusing_verbs")  # data/cues.yaml rule_words
TRIM_DEPS = frozenset({"relcl", "punct", "cc", "prep_for_citing", "advcl", "acl"})
MAX_SPEAKER_TOKENS: int = setting("extract.attribution_speaker", "max_speaker_tokens")  # data/settings.toml


DECLINE_HEADS = word_set("decline_heads")
UNREACHED = word_set("unreached_verbs")  # "could not be reached/contacted": data/cues.yaml
NOBODY = word_set("nobody")


def nobody(subj: Token) -> bool:
    """A negated subject is no source: "No group claimed responsibility", "nobody said"."""
    # "denied that any civilians had been killed and said …": "any" marks a negated or asked-about
    # group, never a speaker
    return subj.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in subj.children) \
        or (subj.lower_ == "one" and subj.i > 0 and subj.doc[subj.i - 1].lower_ == "no")


def subject(tok: Token) -> Token | None:
    """The subject of ``tok``; of two (a parser's slip), not a dateline's place in capitals
    ("SANAA, Yemen — S, the ministry said": the ministry)."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if (by := passive_agent(tok)) is not None:
        return by  # "the attack was claimed by the Islamic State group": the agent speaks
    if tok.lemma_.lower() in ACCUSING:
        # "The ADF is blamed for killing civilians": the passive's subject is the one blamed,
        # no speaker
        subjects = [c for c in subjects if c.dep_ != "nsubjpass"]
    if len(subjects) > 1:
        subjects = [c for c in subjects if not (c.i == c.sent.start and c.text.isupper() and len(c.text) > 2)
                    and not _in_dateline(c)] or subjects
        subjects = _speaking_subjects(tok, subjects)
    if subjects:
        return subjects[0]
    if relayed_document(tok):
        return tok.head  # "An army assessment reported by Spanish media put the toll at 45": the assessment's
    if tok.dep_ == "acl" and tok.lemma_.lower() in MAKING_VERBS:
        return None  # "a curriculum written by foreigners", "a meeting called by Moscow": a thing made, no claim
    for child in tok.children:  # passive with agent: "it was reported by SANA"
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


# cues that also make a thing: the noun their participle modifies was made, not claimed (as an attack "claimed by")
MAKING_VERBS = frozenset({"write", "call", "declare"})
def _in_dateline(tok: Token) -> bool:
    """Whether ``tok`` lies in a dateline opening its sentence ("EL FASHER, Sudan - …": the
    parser may make "FASHER" a subject of the lede's cue)."""
    if tok.left_edge.i != tok.sent.start:
        return False
    found = parse_dateline(text_of(tok.doc), tok.sent.start_char)
    return found is not None and tok.idx < found.end


def passive_agent(tok: Token) -> Token | None:
    """The agent of a passive cue ("was claimed by X", "it was reported by SANA that S")."""
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
        return None
    for child in tok.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _speaking_subjects(tok: Token, subjects: list[Token]) -> list[Token]:
    """Of two subjects the parser gave one cue, the one who speaks:

    * "… mode,” said Leslie Wimes": not a word of the quotation closed before the cue;
    * "Hawaii, as one of the advisers pointed out, …": the subject of the "as" clause.
    """
    doc = tok.doc
    after = [c for c in subjects if c.i > tok.i]
    quoted = [c for c in subjects if c.i < tok.i and any(
        t.text in CLOSING_QUOTES for t in doc[c.right_edge.i + 1:tok.i])]
    if after and quoted:
        return after
    as_clause = [c for c in subjects if c.i < tok.i and c.left_edge.i > c.sent.start
                 and doc[c.left_edge.i - 1].lower_ == "as"]
    if as_clause:
        return as_clause
    # "The opposition Sudan People's Liberation Movement-North said": a description the parser
    # cut off the name right after it; the name speaks ("A Guards statement carried by the news
    # agency IRNA said": the statement, whose phrase runs up to the name, stays)
    named = [b for a, b in itertools.pairwise(subjects)
             if a.pos_ == "NOUN" and b.pos_ == "PROPN" and a.right_edge.i == a.i == b.left_edge.i - 1 < tok.i]
    if named:
        return named
    return subjects


RELATIVE = word_set("relative_pronouns")


SPEAKER_ENTS = frozenset({"ORG", "PERSON"})
CLIMB_DEPS = frozenset({"pobj", "prep", "acl", "appos", "agent"})


def antecedent(rel_verb: Token) -> Token:
    """The noun a relative clause's speaker stands for: "the PMF, a group of X, which claimed"
    → the PMF (the parser often attaches the clause to the nearest noun, "X")."""
    head = rel_verb.head
    cur = head
    for _ in range(6):
        if cur.pos_ in {"NOUN", "PROPN"}:
            lo, hi = speaker_span(cur)
            span = cur.doc.char_span(lo, hi, alignment_mode="expand")
            if cur.pos_ == "PROPN" or (span is not None and any(e.label_ in SPEAKER_ENTS for e in ents_in(span))):
                return cur
        if cur.dep_ not in CLIMB_DEPS or cur.head is cur:
            break
        cur = cur.head
    return head


def _asked_before(tok: Token) -> Token | None:
    """The subject of an asked aside the parser hung before a cue without a subject ("The
    army, asked about the raid, said": "asked" a clause of "said", with "army" its subject)."""
    for ch in tok.children:
        if ch.i < tok.i and ch.dep_ in {"ccomp", "advcl", "parataxis"} and (subj := subject(ch)) is not None \
                and asked_aside(ch, subj):
            return subj
    return None


def find_subject(tok: Token) -> Token | None:
    """The speaker of a cue, following conjunctions, xcomp and advcl up to the main verb;
    a relative pronoun ("…, which denied") stands for the noun the clause is about."""
    seen = 0
    cur = tok
    while seen < 4:
        subj = subject(cur)
        if subj is not None and cur is tok and subj.dep_ == "nsubjpass" \
                and tok.lemma_.lower() not in UNREACHED | RELAY_VERBS:
            # "Residents are urged not to believe rumours, the statement added": the subject of
            # a passive cue is the one addressed or reported on, never its speaker (an agent
            # speaks: :func:`subject`); "X could not be reached" is X's silence, "X was quoted as
            # saying" X's words
            if tok.dep_ not in {"ccomp", "parataxis"}:
                return None  # "after X were accused of …": an accuser unnamed, not the main clause's subject
            subj = None
        if subj is not None and cur is tok and asked_aside(tok, subj):
            return None  # "The army, asked about the raid, said …": the army is asked, the cue is "said"
        if subj is not None and subj.lower_ in RELATIVE:
            return antecedent(cur) if cur.dep_ == "relcl" else None
        if subj is not None:
            return subj
        if cur.dep_ in {"ccomp", "advcl"} and cur.head.lemma_.lower() in DECLINE_HEADS \
                and cur.i < cur.head.i:
            return None  # "Military denies, Israel declines to comment": Israel denies nothing
        if cur.dep_ == "conj" and cur.head.dep_ == "ccomp" and cur.head.head.lemma_ == cur.lemma_ \
                and cur.head.head.i < cur.head.i:
            # "X said troops had repelled them and said the toll was exaggerated": the second
            # "said" hangs in the first one's content but repeats its speaker, not the content's
            cur = cur.head.head
            seen += 1
            continue
        if (named := appositive_before(cur)) is not None:
            return named  # "Eleven were taken to the hospital, its director, Dr X, told AFP"
        if cur is tok and subj is None and (asked := _asked_before(tok)) is not None:
            return asked  # "The army, asked about the raid, said": the parser hung the army on "asked"
        if cur is tok and (named := appositive_subject(tok)) is not None:
            return named  # "In the village of X, a farmer named Y said": the farmer
        if cur is tok and (named := inverted_after_quote(tok)) is not None:
            log.debug("inverted after a quote: %r %r", tok.text, named.text)
            return named  # "“It was a massacre,” added a second witness"
        if cur is tok and (named := phrase_after_quote(tok)) is not None:
            return named  # "“We buried 52 people,” a resident of Fambita, reached by phone, told AFP"
        if (outer := reporting_verb(cur)) is not None:
            cur = outer  # "X said the RSF had fired …, and accused the group of genocide": X accuses
            seen += 1
            continue
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.lemma_.lower() in RELAY_VERBS \
                and cur.head.dep_ in SUBJECT_DEPS and cur.head.i < cur.i:
            # "The X news agency, citing an official, put the toll at 28" with the participle hung
            # on the subject as a clause (not as its modifier): the subject it speaks for
            log.debug("relay participle hung on its subject: %r", cur.head.text)
            return cur.head
        if cur.dep_ in {"conj", "xcomp", "advcl", "ccomp"} and cur.head is not cur:
            cur = cur.head
            seen += 1
            continue
        if (named := subject_before_relay(cur)) is not None:
            log.debug("subject_before_relay: %r speaks for %r", named.text, cur.text)
            return named  # "SANA, citing a police source, said S" parsed without a subject
        # "SANA, citing a military source, said S": the participle hangs on the subject it speaks for
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.lemma_.lower() in RELAY_VERBS \
                and cur.head.dep_ in SUBJECT_DEPS and cur.head.i < cur.i:
            return cur.head
        # "the Pentagon issued a statement saying S": the one who issued the statement
        if cur.dep_ == "acl" and cur.head.lemma_.lower() in REPORT_NOUNS and cur.head.head is not cur.head:
            cur = cur.head.head
            seen += 1
            continue
        return None
    return None


AUTHOR_PREPS = word_set("author_preps")
DOCUMENT_NOUNS = word_set("document_nouns")
# "a UN report seen by Reuters", "a memo obtained by local media", "an assessment reported by US
# media": the outlet that saw or obtained a document relays it, as one that carried it does
CARRYING = word_set("carrying_verbs") | {"see", "obtain", "report", "review", "leak"}


def document_author(subj: Token, cues: Cues) -> Token:
    """"A statement released on Wednesday by the GNA condemned …", "a post from the RSF
    said …": the author of the document speaks, not the document."""
    if subj.lemma_.lower() not in DOCUMENT_NOUNS:
        return subj
    for t in subj.subtree:
        if t.head.lemma_.lower() in CARRYING and t.head.tag_ == "VBN":
            continue  # "a statement carried by SPA": the outlet carries it, it is not its author
        if t.dep_ in {"prep", "agent"} and t.lower_ in AUTHOR_PREPS and t.i > subj.i:
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"}
                                     or pobj.lemma_.lower() in cues.source_nouns):
                return pobj
    return subj


PURPORT = word_set("purport_verbs")
RELAY_VERBS = word_set("relay_verbs")


def quoted_as_saying(tok: Token) -> Token | None:
    """"Anadolu quoted an army officer as saying S", "state TV cited the governor as saying
    S": the one quoted says S (the quoting outlet only relays it)."""
    if tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.dep_ == "dobj" \
            and tok.head.head.lemma_.lower() in RELAY_VERBS:
        return tok.head  # "state TV quoted a police officer saying S", "cited medical sources saying S"
    if tok.tag_ != "VBG" or tok.head.lower_ != "as" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PURPORT:
        return None  # "SANA, claiming to cite a fighter as saying S": SANA's own claim
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def participle_speaker(tok: Token, cues: Cues) -> Token | None:
    """"X said it was aware of reports its staff were killed, calling it a tragedy": a
    participle the parser hung inside another cue's content speaks for that cue's speaker,
    not for the subject of the clause it hangs on ("its staff")."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl":
        return None
    for anc in list(tok.ancestors)[1:]:
        if anc.pos_ in {"VERB", "AUX"} and anc.lemma_.lower() in cues.verb_stance:
            subj = subject(anc)
            return subj if subj is not None and subj.lower_ not in RELATIVE else None
    return None


def trim_quotes(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A speaker glued to a closing quote (',”he said' tokenises as '”he'): without it."""
    text = text_of(doc)
    start, end = span
    while start < end - 1 and text[start] in QUOTES + "‘’'":
        start += 1
    return start, end


def time_phrase(tok: Token) -> bool:
    """"on Saturday", "late on Friday", "this week" hung on a speaker by the parser ("Haiti's
    government on Saturday disputed …"): when it was said, not who said it."""
    if tok.dep_ not in {"prep", "npadvmod"}:
        return False
    words = [t for t in tok.subtree if t is not tok and not t.is_punct] if tok.dep_ == "prep" else list(tok.subtree)
    return bool(words) and all(t.ent_type_ in {"DATE", "TIME"} for t in words)


def speaker_span(subj: Token) -> tuple[int, int]:
    """Subtree of the subject without relative clauses, appositive tails, time phrases and
    punctuation."""
    toks = [subj]
    stack = [c for c in subj.children if (c.dep_ not in TRIM_DEPS and not time_phrase(c))
             or (c.dep_ == "punct" and c.text in "-‐" and abs(c.i - subj.i) == 1)  # "CJTF-OIR"
             or (c.dep_ == "cc" and joined_name(subj))]
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
    end = run[-1].idx + len(run[-1].text)
    if run[-1].pos_ == "PROPN" and (tail := _NAME_TAIL.match(text_of(subj.doc), end)) is not None:
        # "a spokesman for Jaish al-Islam": the parser split the name at its hyphen and hung
        # "al-Islam" elsewhere; a name ends where its article and the capitalised word after it end
        log.debug("name tail: %r + %r", text_of(subj.doc)[run[0].idx:end], tail.group(0))
        end = tail.end()
    return run[0].idx, end


# the rest of an Arabic-style name after its first word ("Jaish" + " al-Islam", "Jaish al" +
# "-Islam", "Ahrar" + " ash-Sham"): an article joined by a hyphen to a capitalised word
_NAME_TAIL = re.compile(r"(?:\s+(?:al|el|ad|an|ar|as|ash|at|az|ad-Din)|(?<=\bal)|(?<=\bel))-[A-Z][\w'’]*")


def with_entity(subj: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The speaker span widened to the whole name it holds ("Ahmad al-Mesmari", which the
    parser may split at the hyphen)."""
    ent = entity_at(subj)
    if ent is not None and ent.label_ in SPEAKER_ENTS:
        return min(span[0], ent.start_char), max(span[1], ent.end_char)
    return span


def speaker_bounds(subj: Token) -> tuple[int, int]:
    """Character bounds of the speaker phrase headed by ``subj`` (for other cue modules)."""
    return with_entity(subj, speaker_span(subj))


def long_text(subj: Token, cue: Token | None = None) -> str:
    """The subject's whole phrase without relative clauses, nor the cue's clause when the cue
    hangs on the subject ("medical sources saying S": not S), nor what it does to others ("the
    alliance fighting the Houthis": not the Houthis)."""
    cut = {t.i for t in cue.subtree} if cue is not None and cue.head.i == subj.i else set()
    for ch in subj.children:  # "the alliance fighting the Houthis": not the Houthis
        if (ch.dep_ == "acl" and ch.tag_ == "VBG" and ch.lemma_.lower() not in AFFILIATING) or time_phrase(ch) \
                or interposed_participle(ch) or relayed_document(ch):  # "an assessment reported by US media"
            cut |= {t.i for t in ch.subtree}
    toks = [t for t in subj.subtree if t.dep_ != "relcl" and t.i not in cut and not any(
        a.dep_ == "relcl" for a in t.ancestors if a.i in range(subj.left_edge.i, subj.right_edge.i + 1))]
    if not toks or len(toks) > 3 * MAX_SPEAKER_TOKENS:
        return subj.text
    doc = subj.doc
    # a relative clause with a subject of its own says what another party holds of the speaker
    # ("The UAE, which UN experts accused of arming the RSF,"): its words go, and the phrase
    # is the runs left ("The UAE"); one describing the speaker ("which is run by Hamas") stays
    others = {t.i for rel in subj.subtree if rel.dep_ == "relcl" and rel.i != subj.i and any(
        ch.dep_ in SUBJECT_DEPS and ch.lower_ not in RELATIVE for ch in rel.children) for t in rel.subtree}
    kept = [t for t in doc[toks[0].i:toks[-1].i + 1] if t.i not in others and t.i not in cut]
    # "KIRYAT SHMONA, Israel - Residents of this town": the parser may hang the dateline on the
    # subject; the country it is filed from is not who speaks
    dateline = parse_dateline(text_of(doc), subj.sent.start_char)
    if dateline is not None and not dateline.colon and any(t.idx >= dateline.end for t in kept):
        kept = [t for t in kept if t.idx >= dateline.end]
    runs: list[list[Token]] = []
    for t in kept:
        if runs and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    text = " ".join(text_of(doc)[r[0].idx:r[-1].idx + len(r[-1].text)] for r in runs)
    if runs and runs[-1][-1].pos_ == "PROPN" and (
            tail := _NAME_TAIL.match(text_of(doc), runs[-1][-1].idx + len(runs[-1][-1].text))) is not None:
        text += tail.group(0)  # "Jaish" + " al-Islam" (as :func:`speaker_span`)
    return re.sub(r"\s*,(?:\s*,)+", ",", text).strip(" ,;") or subj.text


def speaker_after_quote(tok: Token, subj: Token, sent: Span, regions: list[tuple[int, int]]) -> Token:
    """A subject found inside the quotation of "“S, T among them,” X told AFP" is the
    parser's slip: the speaker is the subject between the closing quote and the cue."""
    inside = next(((lo, hi) for lo, hi in regions if lo < subj.idx < hi), None)
    if inside is None or tok.idx < inside[1]:
        return subj
    between = [t for t in sent if inside[1] < t.idx < tok.idx and t.pos_ in {"PROPN", "NOUN"}]
    heads = [t for t in between if t.head.i >= tok.i or not (inside[1] < t.head.idx < tok.idx)]
    return heads[0] if heads else (between[-1] if between else subj)


REPORT_NOUNS = word_set("report_nouns")


def reporting_noun_source(tok: Token, sent: Span) -> Token | None:
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


def after_dateline(doc: Doc, speaker: tuple[int, int], cue: Token) -> tuple[int, int]:
    """"BAGHDAD (Reuters) - Iraq's PMF, a grouping of …, said", "KHARTOUM — The army said": the parser may take the
    dateline (:mod:`.dateline`) for the subject; the speaker is then what follows it, up to the first comma.
    The loose "Bamako:" form is left alone (a speaker may stand before a colon)."""
    found = parse_dateline(text_of(doc), speaker[0])
    if found is None and cue.sent.start_char < speaker[0]:
        # "KIRYAT SHMONA, Israel - Residents …": the speaker's span began inside the dateline
        found = parse_dateline(text_of(doc), cue.sent.start_char)
        if found is not None and not found.start <= speaker[0] < found.end:
            found = None
    if found is None or found.colon or found.end > cue.idx:
        return speaker
    rest = text_of(doc)[found.end:cue.idx].split(",")[0].rstrip()
    return (found.end, found.end + len(rest)) if rest else speaker
