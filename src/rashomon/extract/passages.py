"""Attributions of a whole Doc: per sentence, then quotes that run over several sentences.

Per sentence the cues of :mod:`rashomon.extract.attribution` are read; a cue inside a quotation
another cue introduces is part of that quote; an outer content stops where an inner speaker
begins. Quotes without a cue of their own belong to the speaker of the sentence that closes
them, or continue the last speaker's words (see :func:`find_attributions`); so does a sentence
opening a quotation whose cue relays the speaker's own people ("“My son called me and said …").
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span

from rashomon.config import setting
from rashomon.extract.attribution import (
    FIRST_PERSONS,
    QUOTES,
    Attribution,
    according_attributions,
    quote_regions,
    verb_attributions,
)
from rashomon.extract.claim_content import fold_relays, fuller_content
from rashomon.extract.claims_signed import signed_attributions
from rashomon.extract.claims_speakers import anaphoric, plausible_speaker
from rashomon.extract.doctext import span_text, text_of
from rashomon.extract.lexicon import Cues, word_set
from rashomon.extract.noun_cues import noun_attributions
from rashomon.extract.passages_cues import echo, own_cue, quoted_documents
from rashomon.extract.statements import statement_sentences, statement_speaker
from rashomon.nlp.entities import ents_in


def _is_open_quote(sent: Span) -> bool:
    """A sentence that opens a quotation and leaves it open ("“The strike was. …"); not one
    that quotes a phrase and goes on in the outlet's voice ("“Anything goes” is the refrain.")."""
    text = span_text(sent).strip()
    return bool(text) and text[0] in QUOTES and _quote_balance(text) % 2 == 1


log = logging.getLogger(__name__)
RUN_SENTENCES: int = setting("extract.passages", "run_sentences")  # data/settings.toml
SIGNED_RELAY_SHARE: float = setting("extract.passages", "signed_relay_share")  # data/settings.toml
RELAY_PARTICIPLES = word_set("relay_verbs")  # "citing", "quoting" (data/cues.yaml rule_words)


def _opens_quote(doc: Doc, sent: Span, found: list[Attribution]) -> Attribution | None:
    """The speaker whose cue comes before a quotation the sentence leaves open ("A witness
    said, “We went to fetch flour. …"): the next sentences are that speaker's words too."""
    if _quote_balance(span_text(sent)) % 2 == 0:
        return None
    last_mark = max(t.idx for t in sent if t.text[:1] in QUOTES or t.text[-1:] in QUOTES)
    before = [a for a in found if doc[a.cue_index].idx < last_mark and a.cue != "quote"]
    return before[-1] if before else None


def _names_a_speaker(doc: Doc, sent: Span, found: list[Attribution], cues: Cues) -> bool:
    """A sentence with a reporting verb whose speaker is a name or a source noun, and no one
    speaking in the first person ("Al-Jazeera's reporter at the scene said that …"): the outlet
    speaking, not a quotation running on ("The soldiers told us to leave")."""
    if any(t.lower_ in FIRST_PERSONS for t in sent):
        return False
    return any(not a.weak and a.cue in cues.verb_stance and a.cue not in cues.clausal_verbs
               and a.cue not in cues.position_verbs and not anaphoric(a.speaker_text, cues)
               and a.speaker_text.strip().lower() not in cues.anaphora_person
               and plausible_speaker(doc, a, cues) for a in found)


def _quote_balance(text: str) -> int:
    return sum(1 for ch in text if ch in QUOTES)


def _drop_nested(found: list[Attribution], sent: Span) -> list[Attribution]:
    """A cue inside a quotation that another cue of the sentence introduces is part of the quote
    ("X said: “an analysis indicates that …”"), not a claim of its own. A quotation opened a
    sentence before and closed in this one ("When the young men fought back, they fired," said a
    survivor) holds its words up to the mark: a cue there whose speaker is named ("the young
    men") is the quote's; one spoken by a pronoun ("we deny it," he said) is the speaker's own."""
    regions = quote_regions(sent)
    doc = sent.doc
    text = span_text(sent)
    close = _closing_first(text) if _quote_balance(text) % 2 == 1 else None
    closing = (sent.start_char - 1, sent.start_char + close) if close is not None else None
    if (not regions and closing is None) or len(found) < 2:
        return found

    def quoted(a: Attribution) -> bool:
        pos = doc[a.cue_index].idx
        if any(lo < pos < hi for lo, hi in regions):
            return True
        return closing is not None and closing[0] < pos < closing[1] \
            and a.speaker_text.strip().lower() not in _PRONOUNS

    outside = [a for a in found if not quoted(a)]
    return outside if outside else found


def _fuller(doc: Doc, a: Attribution) -> Attribution:
    """``a`` with a short content widened to its cue's phrase (:func:`fuller_content`), but for a
    citing participle set off by commas: "X, citing witnesses, said S" names whom the outlet cites ("witnesses",
    "local sources") however short; widened, its words would read "citing witnesses" and no
    longer name the cited source (CONVENTIONS: a relay is not the source)."""
    wider = fuller_content(doc, a)
    if wider is a:
        return a
    tok = doc[a.cue_index]
    # set off by a comma: the parenthesis that names the relay ("reports citing sources said"
    # describes the reports, and its words are left as they were)
    if tok.tag_ == "VBG" and tok.dep_ in {"advcl", "acl"} and tok.lemma_.lower() in RELAY_PARTICIPLES \
            and tok.i > 0 and doc[tok.i - 1].text == ",":
        log.debug("relay participle keeps its cited words: %r", text_of(doc)[a.content_start:a.content_end])
        return a
    return wider


_PRONOUNS = FIRST_PERSONS | {"he", "she", "they", "it"}
_OWN_PEOPLE = re.compile(r"(?i)^(?:my|our)\s+\w")  # "My son", "our neighbour": someone of the speaker's


def _closing_first(text: str) -> int | None:
    """The offset of ``text``'s first quotation mark when it closes a quote opened before
    (after a word and punctuation: ``found,"`` or ``found.”``), else None."""
    at = next((i for i, ch in enumerate(text) if ch in QUOTES), None)
    if at is None or at == 0 or text[at] == "“":
        return None
    return at if text[at] == "”" or text[at - 1] in ",.!?;" else None


def _participle(doc: Doc, a: Attribution) -> bool:
    """A cue in a participle clause ("…, calling it a tragedy"): it starts no new speaker."""
    tok = doc[a.cue_index]
    return tok.tag_ == "VBG" and tok.dep_ in {"advcl", "xcomp", "conj"}


def _cut_at_inner(found: list[Attribution], doc: Doc, speakers: set[int] | None = None) -> list[Attribution]:
    """"Media report S, although US forces say T": the outer content stops where the inner
    attribution's speaker begins, so T's stance is not S's."""
    out = []
    for a in found:
        inner = [b.speaker_start for b in found if b is not a and a.cue_index < b.cue_index
                 and a.content_start < b.speaker_start < a.content_end
                 and a.speaker_start < b.speaker_start and not _participle(doc, b)
                 and (speakers is None or b.cue_index in speakers)]
        if inner and a.cue != "according to":
            end = min(inner)
            if end > a.content_start + 1:
                a = replace(a, content_end=end)
        out.append(a)
    return out


def _substantial(doc: Doc, a: Attribution) -> bool:
    """Content with a word in it (a stray quotation mark is not a claim)."""
    if a.declines:
        return True
    return any(ch.isalnum() for ch in text_of(doc)[a.content_start:a.content_end])


def _wordy(sent: Span) -> bool:
    return any(ch.isalnum() for ch in span_text(sent))


def _continuation(q: Span, speaker: Attribution) -> Attribution:
    return Attribution(
        sent_start=q.start_char, sent_end=q.end_char,
        speaker_start=speaker.speaker_start, speaker_end=speaker.speaker_end,
        speaker_text=speaker.speaker_text, cue="quote", cue_index=q.start,
        content_start=q.start_char, content_end=q.end_char, speaker_long=speaker.speaker_long,
    )


def _said_by(q: Span, speaker: Attribution, introduced: bool) -> Attribution:
    """A quotation standing alone credited to ``speaker`` (logged when a person introduced after
    the last speaker takes it)."""
    if introduced:
        log.debug("a quote after %r: %r", speaker.speaker_text, span_text(q)[:80])
    return _continuation(q, speaker)


def _next_door(doc: Doc, a: Attribution, sents: list[Span], k: int, out: list[Attribution],
               cues: Cues) -> Attribution:
    """A cue standing alone takes its words from next door: "He said:" the sentence after;
    "“Who pays for it?” \n he asks." the quotation before (taken back from the last speaker
    it was credited to as a continuation)."""
    if _substantial(doc, a):
        return a
    line = sents[k].text.strip()
    if line.endswith(":") and k + 1 < len(sents) and _wordy(sents[k + 1]):
        nxt = sents[k + 1]
        if any(t.lower_ == "according" or (t.pos_ == "VERB" and t.lemma_.lower() in cues.verb_stance)
               for t in nxt):
            return a  # "CNBC reports:" over a line that names its own speaker: a relay
        return replace(a, content_start=nxt.start_char, content_end=nxt.end_char)
    prev = sents[k - 1] if k > 0 else None
    if prev is not None and _quote_balance(prev.text) >= 1 and _wordy(prev) \
            and len(text_of(doc)[prev.end_char:a.speaker_start].strip()) == 0:
        if out and out[-1].cue == "quote" and out[-1].content_start == prev.start_char:
            out.pop()  # the quote was credited to the speaker before: it is this one's
        return replace(a, content_start=prev.start_char, content_end=prev.end_char)
    return a


def _mostly_quoted(sent: Span) -> bool:
    """Quotation marks in the sentence, and at least half its words inside them (or a quote
    left open): someone's words, not a phrase quoted in the outlet's voice ("“Peace is near”
    has become the slogan of the talks")."""
    text = span_text(sent).strip()
    balance = _quote_balance(text)
    if balance == 0:
        return False
    if balance % 2 == 1:
        return True
    inside = sum(hi - lo for lo, hi in quote_regions(sent))
    return inside * 2 >= len(text)


def _closed_quote(sent: Span) -> bool:
    """A sentence that is one whole quotation: opens with a quotation mark and closes it."""
    text = span_text(sent).strip()
    return len(text) > 2 and text[0] in QUOTES and _quote_balance(text) % 2 == 0 and (
        text[-1] in QUOTES or text[-2] in QUOTES)


# what befalls a victim: a person the subject of these is spoken about, not introduced to speak
_VICTIM_VERBS = frozenset({"die", "perish", "kill", "wound", "injure", "hurt", "shoot", "bury", "arrest",
                           "detain", "abduct", "kidnap", "behead", "execute"})


def _introduced_person(sent: Span, persons: list[Span], starts: list[int]) -> Attribution | None:
    """A person named as the subject of a sentence with no cue and no quotation ("Jeanne Mbala, a
    trader, was selling fish when the shooting began."): the one a quotation standing alone right
    after it quotes, rather than the last speaker before (a police spokesman). Not a victim ("X
    died in hospital"), nor a person named as an object."""
    if any(ch in QUOTES for ch in span_text(sent)):
        return None
    for k in range(bisect_left(starts, sent.start_char), len(persons)):  # the sentence's persons only
        e = persons[k]
        if e.start_char >= sent.end_char:
            break
        if e.end_char > sent.end_char:
            continue
        if e.root.dep_ == "nsubj" and e.root.head.lemma_.lower() not in _VICTIM_VERBS:
            return Attribution(sent_start=sent.start_char, sent_end=sent.end_char, speaker_start=e.start_char,
                               speaker_end=e.end_char, speaker_text=e.text, cue="quote", cue_index=e.root.i,
                               content_start=sent.start_char, content_end=sent.end_char, speaker_long=e.text)
    return None


def find_attributions(doc: Doc, cues: Cues, relayer: Callable[[str], bool] | None = None) -> list[Attribution]:
    """All attributions of ``doc`` in text order, including quote continuations.

    Quotes without a cue of their own: an open quotation running over several sentences
    belongs to the speaker of the sentence that closes it ("“A. B,” he said."); a whole
    quotation standing alone right after an attributed sentence continues that speaker's
    words (a quote paragraph under the paragraph that names the speaker).
    """
    out: list[Attribution] = []
    pending_quotes: list[Span] = []
    sents = list(doc.sents)
    running: Attribution | None = None  # a quotation opened after a cue and still running
    run_left = 0
    persons = [e for e in ents_in(doc) if e.label_ == "PERSON"]
    starts = [e.start_char for e in persons]
    introduced: Attribution | None = None  # a person brought in after the last speaker

    def last() -> Attribution | None:
        """Whose words a quotation standing alone continues: a person introduced after the last
        speaker, else the last speaker."""
        if introduced is not None and (not out or introduced.sent_start >= out[-1].sent_end):
            return introduced
        return out[-1] if out else None
    for k, sent in enumerate(sents):
        if pending_quotes and k > 0 and span_text(sent).lstrip()[:1] not in QUOTES \
                and "\n" in (gap := text_of(doc)[sents[k - 1].start_char:sent.start_char])[len(gap.rstrip()):]:
            # a quotation left open at a paragraph's end: no speaker closes it, and the outlet's
            # sentences after it are not its words
            pending_quotes = []
        found = verb_attributions(sent, cues) + according_attributions(sent) + noun_attributions(sent, cues)
        cued = own_cue(found, sent, cues)
        if running is not None:
            gap = text_of(doc)[sents[k - 1].start_char:sent.start_char]
            if run_left <= 0 or ("\n" in gap[len(gap.rstrip()):] and span_text(sent).lstrip()[:1] not in QUOTES) \
                    or _names_a_speaker(doc, sent, found, cues):
                running = None  # a new paragraph, or the outlet's voice again: the quote was left open
            else:
                run_left -= 1
                close = next((t.idx for t in sent if t.text[:1] in QUOTES or t.text[-1:] in QUOTES), None)
                if _wordy(sent):
                    out.append(_continuation(sent, running))
                if close is None:
                    continue  # the quotation runs on: every cue in it is the speaker's words
                running = None
                found = [a for a in found if doc[a.cue_index].idx > close]
                if not found:
                    continue
        if found and running is None and _is_open_quote(sent) \
                and all(_OWN_PEOPLE.match(a.speaker_text.strip()) for a in found):
            # "“My son called me at noon and said there was firing. …,” said X": a sentence that
            # opens a quotation and leaves it open is the quoted speaker's words, and so is what
            # they relay of their own people (not "“We reject …", the speaker's own stance, nor a
            # third party the quote names, which the speaker reports as a source of its own)
            log.debug("cue inside an open quotation: %s", span_text(sent)[:90])
            found = []
        # an implausible speaker ("the advertisement suggests") takes no claim from the one
        # it is embedded under; it may still be an outer relay ("Local radio reported that …")
        speakers = {a.cue_index for a in found if anaphoric(a.speaker_text, cues) or plausible_speaker(doc, a, cues)}
        speakers -= quoted_documents(found, doc, speakers)
        found = [_next_door(doc, a, sents, k, out, cues) if a.cue_index in speakers else a
                 for a in _drop_nested(found, sent)]
        found = [a for a in found if _substantial(doc, a) and not echo(doc, a, found, speakers, cues)]
        found.sort(key=lambda a: a.cue_index)
        uncut = {a.cue_index: a.content_end for a in found}
        found = _cut_at_inner(found, doc, speakers)
        found = [_fuller(doc, a) for a in fold_relays(found, doc, uncut, relayer) if a.cue_index in speakers]
        if found:
            # earlier sentences of a quote that this sentence closes belong to its speaker
            if pending_quotes:
                out.extend(_continuation(q, found[0]) for q in pending_quotes if _wordy(q))
                pending_quotes = []
            out.extend(found)
            running = _opens_quote(doc, sent, found)
            run_left = RUN_SENTENCES
            continue
        if pending_quotes and _quote_balance(span_text(sent)) % 2 == 0:
            pending_quotes.append(sent)  # the middle of a quote running on
            continue
        if not _wordy(sent):
            continue  # a stray closing quotation mark
        quoted = _closed_quote(sent) or _is_open_quote(sent) or bool(pending_quotes)
        prev = last() if quoted else None
        if _closed_quote(sent) and prev is not None and not pending_quotes and prev.cue != "according to" \
                and prev.sent_end >= sent.start_char - 400:
            out.append(_said_by(sent, prev, prev is introduced))
            continue
        if _is_open_quote(sent) or (pending_quotes and _quote_balance(span_text(sent)) % 2 == 1):
            if pending_quotes and _quote_balance(span_text(sent)) % 2 == 1:  # closed, no cue: last speaker
                pending_quotes.append(sent)
                if prev is not None and prev.cue != "according to":
                    out.extend(_said_by(q, prev, prev is introduced) for q in pending_quotes if _wordy(q))
                pending_quotes = []
                continue
            pending_quotes.append(sent)
            continue
        # a quote continuing after its attribution: "“…,” he said. “More…”"
        if out and _mostly_quoted(sent) and out[-1].sent_end >= sent.start_char - 2 \
                and out[-1].cue != "according to":
            if cued is not None:
                # "“We have no connection …,” the PKK's leadership said": the quotation's own
                # speaker, even one not read as a source, is not the last one
                log.debug("a quote with a cue of its own (%r): not %r's", cued.speaker_text,
                          out[-1].speaker_text)
            else:
                out.append(_continuation(sent, out[-1]))
        elif persons and (person := _introduced_person(sent, persons, starts)) is not None:
            introduced = person
        pending_quotes = []
    # a signature over words that name their own speaker (a post quoting someone) only relays;
    # a speaker named in passing inside them ("“… The soldiers said we were spies. …” ― Name") does not
    signed = [b for b in signed_attributions(doc) if not any(
        a.cue != "quote" and b.content_start <= a.speaker_start < b.content_end
        and (a.content_end - a.content_start) >= SIGNED_RELAY_SHARE * (b.content_end - b.content_start) for a in out)]
    if signed:
        # a signature credits its words more precisely than a continuation of the last speaker
        out = [a for a in out if not (a.cue == "quote" and any(
            a.content_start < b.content_end and b.content_start < a.content_end for b in signed))]
        out = sorted(out + signed, key=lambda a: (a.cue_index, a.speaker_start))
    if (header := statement_speaker(doc)) is not None:
        # a press-release statement: quotes no cue claims are the header's speaker's words
        said = [s for s in statement_sentences(doc, header) if not any(
            a.content_start < s.end_char and s.start_char < a.content_end for a in out)]
        out = sorted(out + [_continuation(s, header) for s in said], key=lambda a: (a.cue_index, a.speaker_start))
    return out
