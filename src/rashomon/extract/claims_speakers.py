"""Whether an attribution's speaker looks like a source, and its words as written.

A speaker is a source when its head word is a name (an entity or a proper noun), a noun of
the lexicon's ``source_nouns`` (roles, bodies, documents: "spokesman", "campaign", "report"),
or a noun of a person by its ending ("prosecutor", "researcher", "congressman", "activist",
"politician"), unless it is one of ``not_speaker_nouns`` ("border", "number"). This is
decided before relays are folded ("X said that the advertisement suggests S": the
advertisement is no source, so X's claim stays X's).
"""

from __future__ import annotations

import functools
import logging
import re

from spacy.tokens import Doc, Span, Token

from rashomon.config import setting
from rashomon.extract.attribution import Attribution
from rashomon.extract.dateline import parse_dateline
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues, load_cues_data, word_set
from rashomon.extract.speaker_slips import CLOSING_QUOTES
from rashomon.extract.state_officials import state_forces
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.nlp.entities import ents_in

log = logging.getLogger(__name__)

# "More than 100 Palestinians", "at least 44 people": a toll the parser took for a speaker
_TOLL = re.compile(r"^(?:more than|at least|over|up to|nearly|almost|around|about|some|as many as)\s+[\d,.]+\b",
                   re.IGNORECASE)
NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
# endings of nouns that name people by what they do ("lawyer", "prosecutor", "economist",
# "politician", "congressman", "chairwoman")
AGENT_ENDINGS = tuple(sorted(word_set("agent_endings")))  # data/cues.yaml rule_words
MIN_AGENT_LEN: int = setting("extract.claims_speakers", "min_agent_len")  # data/settings.toml


@functools.cache
def _not_speakers() -> frozenset[str]:
    return frozenset(w.lower() for w in load_cues_data().get("not_speaker_nouns", []))


def agent_noun(word: str) -> bool:
    """A noun naming a person by what they do, judged by its ending ("prosecutor")."""
    low = word.lower()
    return len(low) >= MIN_AGENT_LEN and low.endswith(AGENT_ENDINGS) and low not in _not_speakers()


def speaker_head_ok(lemma: str, lower: str, pos: str, c: Cues) -> bool:
    """Whether a speaker's head word (not a name) may head a source."""
    if lemma in c.source_nouns or lower in c.source_nouns:
        return True
    return pos == "NOUN" and (agent_noun(lower) or agent_noun(lemma))


DOCUMENT_SOURCES = word_set("document_sources")
AUTHOR_PREPS = word_set("author_preps")
BODY_PLACES = word_set("body_places")


def document_speaker(doc: Doc, attr: Attribution) -> bool:
    """A speaker headed by a document or a record ("the report said", "the filing says",
    "according to court records", "the emails show"): a source of its own when no other
    speaker's words hold it (see :func:`rashomon.extract.passages.find_attributions`)."""
    span = doc.char_span(attr.speaker_start, attr.speaker_end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.pos_ not in {"NOUN", "PROPN"} or root.dep_ == "nsubjpass":
        return False  # "the data was confirmed by strategists": the document says nothing
    if root.lower_ in DOCUMENT_SOURCES:
        return True
    # "reports from the state news agency": a plural whose author is named; bare "reports" is rumour
    return root.lemma_.lower() in DOCUMENT_SOURCES and any(
        c.dep_ in {"prep", "agent"} and c.lower_ in AUTHOR_PREPS for c in root.children)


_NAMES_KEY = "rashomon.names_by_word"


def _names_by_word(doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """The token ranges of the PERSON and ORG entities, by each word of their text; built once
    per article from the entities the pipeline froze (issue 14: scanning every entity for each
    speaker was quadratic). A Doc whose entities were not frozen gives new Spans on each
    access, so its index is rebuilt each time (as the scan it replaces, no staler)."""
    ents = ents_in(doc)
    cached = doc.user_data.get(_NAMES_KEY)
    if isinstance(cached, tuple) and cached[0] is ents:
        return cached[1]  # type: ignore[no-any-return]
    index: dict[str, list[tuple[int, int]]] = {}
    for e in ents:
        if e.label_ in {"PERSON", "ORG"}:
            for word in dict.fromkeys(e.text.split()):
                index.setdefault(word, []).append((e.start, e.end))
    doc.user_data[_NAMES_KEY] = (ents, index)
    return index


def _named_elsewhere(doc: Doc, tok: Token) -> bool:
    """A capitalised word the tagger took for a common noun ("Trump accused …" opening a
    sentence) that the article names as a person or an organisation elsewhere."""
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or tok.text.isupper() or len(tok.text) < 3:
        return False
    return any(not start <= tok.i < end for start, end in _names_by_word(doc).get(tok.text, ()))


ORG_BACK_WINDOW: int = setting("extract.claims_speakers", "org_back_window")  # data/settings.toml


_JOINERS = r"(?:of|for|in|on|and|the|de|du|des|al)"


STATE_FORCES = word_set("state_forces")


def named_with_head(text: str, head: str, start: int, end: int) -> list[re.Match[str]]:
    """Capitalised names in ``text[start:end]`` that hold ``head`` ("Fund"): at their end ("the
    International Monetary Fund", "the Sudan Doctors Network of Khartoum") or at their start
    before a proper name ("Radio Lublin", "Radio Zet")."""
    name = re.compile(
        rf"(?:[A-Z][\w'’.-]*\s+(?:{_JOINERS}\s+)*){{1,6}}{re.escape(head)}s?"
        rf"(?:\s+{_JOINERS}\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})?\b"
        rf"|\b{re.escape(head)}(?:\s+[A-Z][\w'’.-]*){{1,3}}\b")
    return list(name.finditer(text, start, end))


def org_named_before(doc: Doc, attr: Attribution) -> str | None:
    """"the fund" after "the International Monetary Fund", "the mission" after "the UN
    Assistance Mission in Somalia", "the network" after "the Sudan Doctors Network": a
    definite description by one word of a capitalised name written before it (within
    ``org_back_window`` characters) stands for that name (as written, without "the"), or None."""
    words = attr.speaker_text.strip().split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha() or not words[1].islower():
        return None
    if words[1] in _org_descriptions():
        return None  # "the charity", "the organization": :func:`described_org` finds the body
    head = words[1].capitalize()
    text = text_of(doc)
    lo = max(0, attr.speaker_start - ORG_BACK_WINDOW)
    if text.find(head, lo, attr.speaker_start) < 0:
        return None  # performance only: the pattern below holds the head word (a pattern per word: compiled each time)
    found = named_with_head(text, head, lo, attr.speaker_start)
    if not found:
        return None
    org = re.sub(r"^(?:The|the)\s+", "", found[-1].group(0)).strip()
    if words[1] in STATE_FORCES and state_forces(org) is None:
        return None  # "the army" after "the National Liberation Army": a state's army, not the rebels'
    return org if len(org.split()) >= 2 else None


_PERCEPTION = frozenset({"hear", "see", "watch"})  # "to hear X perform": no report
_OBJECT_PRONOUNS = frozenset({"them", "us", "him", "me"})  # never a subject's first word


def _reduced_relative(doc: Doc, i: int, speaker_end: int) -> bool:
    """A participle set off by commas right after the speaker, then the subject's own verb
    ("the curfew, imposed in March, has given …"): the noun is what the participle tells of
    (the tagger may read "declared" as a past tense); "X, asked about it, said" and "the
    mission, MONUSCO, said on Sunday" go on with a reporting verb or no auxiliary."""
    if not 1 <= i < len(doc) - 1 or doc[i - 1].text != "," or speaker_end != i - 1 \
            or doc[i].tag_ not in {"VBN", "VBD"} or doc[i + 1].pos_ != "ADP":
        return False
    k = next((j for j in range(i + 1, min(i + 8, len(doc) - 1)) if doc[j].text == ","), None)
    return k is not None and doc[k + 1].pos_ == "AUX"


# outlets that can own a report ("media reports", "press reports", "television reports")
_MEDIA_WORDS = frozenset({"media", "press", "television", "tv", "radio", "news", "newspaper"})


def _member_of(count: Token) -> Token | None:
    """The group noun of a partitive count ("One of the sources", "two of the doctors"): the
    plural after "of the"/"of these"."""
    prep = next((c for c in count.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or noun.tag_ not in {"NNS", "NNPS"} \
            or not any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in noun.children):
        return None
    return noun


def plausible_speaker(doc: Doc, attr: Attribution, c: Cues) -> bool:
    """A speaker must look like a source: a name, an entity, a source noun or a document."""
    text = speaker_words(attr)
    if "(" in text or "\n" in text or not text.strip() or _TOLL.match(text):
        return False
    if org_named_before(doc, attr) is not None:
        return True  # "the fund" after "the International Monetary Fund"
    span = doc.char_span(attr.speaker_start, attr.speaker_end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if (root.like_num or root.tag_ == "CD") and (member := _member_of(root)) is not None:
        root = member  # "One of the sources, who has seen the report, said": one of a group of speakers
    elif root.like_num or root.tag_ == "CD":
        return False  # "Eleven wounded were taken …, its director told AFP": a count is no speaker
    if span[0].text in _OBJECT_PRONOUNS and len(span) > 1:  # "US forces" is no "us"
        return False  # "among them traders, … who came to hear X": the pronoun's group, no subject
    if _reduced_relative(doc, attr.cue_index, span.end):
        return False  # "the state of emergency, declared in February, has given …": what was declared
    if 0 <= attr.cue_index < len(doc) and (cue := doc[attr.cue_index]).lemma_.lower() in _PERCEPTION \
            and any(ch.tag_ == "TO" for ch in cue.children) \
            and any(ch.dep_ in {"ccomp", "xcomp"} and ch.tag_ == "VB" for ch in cue.children):
        return False  # "who came to hear singers perform": a purpose, no report ("Residents heard X shoot" is one)
    # the speaker's head word must be the name ("Israeli forces" yes, "Israeli policy" or "an
    # analysis of IDF systems" no)
    if any(e.label_ in NAME_ENTS and e.start <= root.i < e.end for e in ents_in(span)):
        return True
    if root.pos_ == "PROPN" or document_speaker(doc, attr) or _named_elsewhere(doc, root):
        return True
    if root.pos_ == "NOUN" and any(t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > root.i
                                   for t in root.subtree):
        return True  # "The bourgmestre of Oicha, Nicolas Kakule,": a person named beside any title
    if root.lemma_.lower() == "report" and any(ch.dep_ == "compound" and ch.lower_ in _MEDIA_WORDS
                                               for ch in root.children):
        return True  # "Various Haitian media reports said": the media speak (bare "reports" is rumour)
    if root.lower_ in BODY_PLACES and any(
            ch.dep_ == "compound" and (ch.pos_ == "PROPN" or ch.lower_ in c.source_nouns or ch.lemma_ in c.source_nouns)
            for ch in root.children):
        return True  # "the LNA command centre", "the operations room"
    if speaker_head_ok(root.lemma_.lower(), root.lower_, root.pos_, c):
        return True
    if root.pos_ == "NOUN" and root.lower_ not in _not_speakers() and _someone(root) and _closes_a_quote(span):
        # "“…,” said a guest", "“…,” a pilgrim told reporters": the words of whoever the quotation
        # closes on, whatever the noun (the lexicon cannot list every guest, pilgrim or vendor)
        log.debug("quoted speaker: %r", attr.speaker_text)
        return True
    return False


_QUOTE_ENDS = frozenset({",", "?", "!", "—", "–", "-"})  # how a quotation a speaker follows ends


def _someone(root: Token) -> bool:
    """A noun introducing someone new: indefinite ("a guest", "one pilgrim") or a bare plural
    ("mourners"), not a document ("the joint statement": its author's words, credited by the
    rules of documents) nor a definite description of a body named before ("the collective")."""
    if root.lemma_.lower() in DOCUMENT_SOURCES | _DOCUMENTS or root.lower_ in DOCUMENT_SOURCES | _DOCUMENTS:
        return False
    det = next((c for c in root.children if c.dep_ in {"det", "nummod", "poss"}), None)
    return det is None or det.lower_ in {"a", "an", "one", "another"}


_DOCUMENTS = word_set("document_nouns")


def _closes_a_quote(span: Span) -> bool:
    """Whether a quotation closes right before the speaker, or before its cue set before it,
    on a comma, a question or exclamation mark or a dash: "“…,” said X", "“…?” X asked" (not a
    full stop: "“….” Guests said" begins a sentence of its own, nor a word between: "“…,” but X
    said"). The speaker may lie in another sentence than the attribution's words (a quote
    running on after "“…,” said X")."""
    doc = span.doc
    k = span.start - 1
    if k >= 0 and doc[k].pos_ in {"VERB", "AUX"}:
        k -= 1  # "…,” said X": the cue between
    if k < 1 or not (doc[k].text in CLOSING_QUOTES or doc[k].tag_ == "''") or doc[k - 1].whitespace_:
        return False  # ', "We …': a quotation opening after a space
    return doc[k - 1].text in _QUOTE_ENDS


PARTITIVE = word_set("partitive_speakers")


def partitive(text: str) -> bool:
    """"one said", "another added": one member of a group named before."""
    return text.strip().lower() in PARTITIVE


def anaphoric(text: str, c: Cues) -> bool:
    """A pronoun or a generic description that refers back ("he", "it", "the ministry")."""
    stripped = text.strip()
    if partitive(stripped):
        return True
    if stripped.isupper() and len(stripped) > 1:
        return False  # "US denies", not the pronoun "us"
    low = stripped.lower()
    return low in c.anaphora_person or low in c.anaphora_group


_CAPS = re.compile(r"[A-Z][A-Z .,'’-]{2,40}")
_PARENTHESIS = re.compile(r"\s*\([^)]{1,40}(?:\)|$)")


def clean_speaker(text: str) -> str:
    """The speaker without a dateline ("BAGHDAD (Reuters) - ") or a parenthesis ("(SOHR)");
    empty when it is only a dateline."""
    stripped = text.strip()
    found = parse_dateline(stripped)
    # "KHARTOUM: the army" is a dateline, "Hamas: the group" a speaker and a colon
    if found is not None and (not found.colon or found.capitals):
        stripped = stripped[found.end:]
    cleaned = _PARENTHESIS.sub("", stripped).strip()
    if "(" in text and _CAPS.fullmatch(cleaned):
        return ""  # "BAGHDAD (Reuters": the dateline, not the speaker
    return cleaned


def speaker_words(attr: Attribution) -> str:
    """The speaker as written, cleaned; when the parse put a dateline at its head ("BAGHDAD
    (Reuters) - Iraq's PMF, …, said"), the cleaned whole subject instead."""
    text = clean_speaker(attr.speaker_text)
    if text or not attr.speaker_long:
        return text
    return clean_speaker(attr.speaker_long.split(",")[0])


RELAY_KINDS = frozenset({"media", "state_media"})


@functools.cache
def _relay_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_cues_data().get("relay_words", []))


def relays_words(text: str, actors: ActorGazetteer) -> bool:
    """Whether a speaker passes others' words on: an outlet or wire the gazetteer knows, or a
    phrase with a word of ``relay_words`` ("local media", "state television", "reports")."""
    actor = actors.resolve(text)
    if actor is not None and actor.kind in RELAY_KINDS:
        return True
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & _relay_words())


def cites_for_others(kind: str, citer: str, actors: ActorGazetteer, cue: Token | None = None) -> bool:
    """Whether an outlet citing someone passes that one's words on, so the cited is the source
    (CONVENTIONS: "a relay is not the source"): a wire ("Reuters, citing a medic") or an outlet
    the gazetteer does not hold as a party's ("Nigeria's Daily Trust newspaper, citing a local
    official", "Radio Mogadishu, citing the district commissioner"). A state's own media
    ("SANA, citing a military source", "SANA, claiming to cite a militia member") stays the
    source: the gold sets credit the state outlet there, as a party of its own; one citing a body
    or an official by name ("SUNA, citing the North Darfur health ministry", "state radio,
    citing the district commissioner") passes that one's words on. An outlet only "claiming to
    cite" someone makes the claim its own."""
    if kind == "media":
        return True
    if cue is not None and cue.dep_ == "xcomp" and cue.head.lemma_.lower() == "claim":
        return False
    if kind == "state_media":
        return cue is not None and _cites_a_body(cue)
    return relays_words(citer, actors)  # "The army, citing intelligence reports": its own reasoning


# "a military source", "security sources": a person the outlet will not name (the noun every
# wire uses for one; "official" is an office and is credited, CONVENTIONS)
ANONYMOUS_SOURCES = frozenset({"source", "sources"})


def _cites_a_body(cue: Token) -> bool:
    """Whether a citing participle's object names a body or an office ("the interior ministry",
    "the regional police", "the governor of Homs"), not an anonymous source its outlet vouches for
    ("a military source", "sources close to the army")."""
    cited = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if cited is None or cited.lemma_.lower() in ANONYMOUS_SOURCES or cited.lower_ in ANONYMOUS_SOURCES:
        return False
    if any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children):
        return False  # "reported, citing X, that S" parsed with S on the participle: its words run on past X
    found = cited.pos_ in {"NOUN", "PROPN"}
    if found:
        log.debug("state media cites a body: %r", " ".join(t.text for t in cited.subtree))
    return found


def described_org(doc: Doc, attr: Attribution, actors: ActorGazetteer) -> str | None:
    """"the charity organization called it a targeted attack", "the nonprofit said": a
    description of a body (``org_descriptions``) stands for the organisation the text named
    last before it (an ORG entity the gazetteer may not know: "World Central Kitchen")."""
    words = [w.lower().strip(".,") for w in attr.speaker_text.split()]
    if not words or words[0] not in {"the", "this"} or words[-1] not in _org_descriptions() or len(words) > 3:
        return None
    before = [e for e in ents_in(doc) if e.label_ == "ORG" and e.end_char <= attr.speaker_start
              and e.end_char >= attr.speaker_start - ORG_WINDOW and _civil(e.text, actors)]
    if not before:
        return None
    name = before[-1].text
    actor = actors.resolve(name)
    return actor.name if actor is not None else re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


STATE_KINDS = frozenset({"military", "government", "armed_group", "state_media", "media"})


def _civil(name: str, actors: ActorGazetteer) -> bool:
    """An organisation a charity or NGO description may stand for: not an army, a government,
    an armed group or an outlet ("… killed in what the charity called an attack by the IDF"),
    and not itself a description ("the NGO")."""
    if name.lower().removeprefix("the ") in _org_descriptions():
        return False
    actor = actors.resolve(name)
    return actor is None or actor.kind not in STATE_KINDS


ORG_WINDOW: int = setting("extract.claims_speakers", "org_window")  # data/settings.toml


@functools.cache
def _org_descriptions() -> frozenset[str]:
    return frozenset(load_cues_data()["org_descriptions"])
