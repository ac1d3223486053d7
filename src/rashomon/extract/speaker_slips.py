"""Speakers the parser hides: a cue joined to the reported clause, a speaker hung as an
appositive or inside a quotation, a proper name joined by "and" to the body it names, a body
named in a participle clause set between the speaker and the cue. Each
function undoes one slip of the dependency parse for :mod:`rashomon.extract.attribution_speaker`
(which finds the speaker of a cue and calls these where its plain reading fails).
"""

from __future__ import annotations

from spacy.tokens import Token

from rashomon.extract.lexicon import word_set

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "''"})  # a token that is only a closing quotation mark
DOCUMENT_NOUNS = word_set("document_nouns")  # data/cues.yaml rule_words
REPORT_NOUNS = word_set("report_nouns")
AFFILIATING = word_set("affiliating_participles")  # "a spokesman representing X": X's


def _backshifted(verb: Token) -> bool:
    """A verb of reported speech put back in time or into the passive ("had fired", "had
    been killed", "were trained"): the content's tense, not the reporting clause's."""
    return any((c.dep_ == "aux" and c.lower_ == "had") or c.dep_ == "auxpass" for c in verb.children)


def reporting_verb(cue: Token) -> Token | None:
    """The reporting verb a cue the parser joined to the reported content belongs to:
    "the governor said the RSF had fired …, and accused the group of genocide", "SUNA reported
    that 28 people had been killed, and blamed the militia", "the ministry said the attackers
    were trained abroad, and blamed the TTP". A simple past joined to a backshifted or passive
    verb of a reporting verb's content shares that verb's time, not its subject: it is said
    by the reporting verb's speaker (the content's subject would accuse itself, or be
    trained and blame). None when the cue is not so joined."""
    if cue.dep_ != "conj" or cue.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in cue.children):
        return None
    content = cue.head
    while content.dep_ == "conj" and content.head is not content:
        content = content.head
    if not _backshifted(cue.head):
        return None
    verb: Token | None = content.head if content.dep_ == "ccomp" else None
    if content.dep_ == "acl" and content.head.lemma_.lower() in DOCUMENT_NOUNS | REPORT_NOUNS:
        # "said in a statement that the air force had flown no missions …, and described …"
        verb = next((a for a in content.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.i > cue.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return verb


def phrase_after_quote(cue: Token) -> Token | None:
    """The speaker of a cue without a subject that follows a closing quotation mark, when the
    parser hung the speaker's phrase inside the quotation: "“… all the sons,” a resident of
    Fambita, reached by telephone, told LagosWire" → "resident" (the parser made it an object
    of "lost"). The head of the first noun phrase between the quote and the cue."""
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    doc = cue.doc
    quote = next((t for t in reversed(doc[cue.sent.start:cue.i]) if t.text in CLOSING_QUOTES or t.tag_ == "''"), None)
    if quote is None or quote.i == 0 or not doc[quote.i - 1].is_punct:
        return None  # a quotation closes after its last words' punctuation (not "the Forces’ brigades")
    between = doc[quote.i + 1:cue.i]
    first = next((t for t in between if not t.is_punct), None)
    if first is None or first.pos_ not in {"DET", "NOUN", "PROPN", "ADJ", "NUM"}:
        return None
    inside = range(quote.i + 1, cue.i)
    heads = [t for t in between if t.pos_ in {"NOUN", "PROPN"} and t.head.i not in inside]
    return heads[0] if heads else None


def appositive_before(cue: Token) -> Token | None:
    """The speaker of a cue without a subject (joined, or the root) when the parser hung the
    speaker's phrase as an appositive on a noun of the clause before it: "Eleven wounded were
    taken to the town's hospital, its medical director, Dr X, told reporters" → the hospital,
    whose director speaks (not "Eleven"); "…, a doctor there, Dr X, said" → "a doctor there".
    The phrase ends right before the cue after a comma and is set off by a comma before it."""
    if cue.dep_ not in {"conj", "ROOT"} or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    doc = cue.doc
    last = cue.i - 1
    if last <= cue.sent.start or doc[last].text != ",":
        return None
    tok = doc[last - 1]
    top = None
    while tok.dep_ == "appos" and tok.head.i < tok.i and tok.i < cue.i:
        top = tok
        tok = tok.head
    if top is None or top.pos_ not in {"NOUN", "PROPN"} or top.left_edge.i <= cue.sent.start \
            or doc[top.left_edge.i - 1].text != "," or any(t.dep_ == "cc" for t in doc[top.left_edge.i:cue.i]):
        return None
    if top.left_edge.lower_ in {"its", "their"} and tok.pos_ in {"NOUN", "PROPN"}:
        return tok  # "the hospital, its medical director, …": the body its director speaks for
    return top


def appositive_subject(cue: Token) -> Token | None:
    """The speaker of a root cue without a subject when the parser hung the speaker's phrase,
    set off by a comma, as an appositive on the noun of an opening phrase: "In the village of
    X, a farmer named Y said …" → "farmer" (the parser made it an appositive of X). The
    phrase ends right before the cue, with no comma: it is the cue's subject."""
    if cue.dep_ != "ROOT" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    doc = cue.doc
    last = cue.i - 1
    if last <= cue.sent.start or doc[last].is_punct:
        return None
    top = doc[last]
    while top.head.i != top.i and top.head.i < cue.i and top.dep_ != "appos":
        top = top.head  # up from the phrase's last word to the appositive it ends
    if top.dep_ != "appos" or top.pos_ not in {"NOUN", "PROPN"} or top.right_edge.i != last \
            or top.left_edge.i <= cue.sent.start or doc[top.left_edge.i - 1].text != ",":
        return None
    return top


def joined_name(subj: Token) -> bool:
    """"The Jammu and Kashmir government", "the Khyber Pakhtunkhwa and Balochistan police": the
    parser joins a proper name to the body it names ("Jammu" + "Kashmir government"); the
    "and" is then inside one speaker's name, not between two speakers ("Hamas and Israeli
    officials": no proper name inside the second)."""
    return subj.pos_ == "PROPN" and any(
        c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > subj.i
        and any(g.dep_ == "compound" and g.pos_ == "PROPN" and g.i < c.i for g in c.children)
        for c in subj.children)


def interposed_participle(tok: Token) -> bool:
    """"A defence ministry official, asked about the SDF statement, said …", "The militia,
    backed by Iran, said …": a past participle set off by a comma after the speaker says what
    was done to the speaker, the body it names does not speak; not one that names the speaker
    ("the group, known as the Popular Front,", "a militia, called X,") nor one of
    ``affiliating_participles`` ("the fighters, led by X,")."""
    if tok.dep_ != "acl" or tok.tag_ not in {"VBN", "VBD"} or tok.lemma_.lower() in AFFILIATING:
        return False
    if tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return False
    return not any(ch.dep_ in {"oprd", "attr"} or (ch.dep_ == "prep" and ch.lower_ == "as")
                   for ch in tok.children)


# verbs of putting a question to someone: set off by commas after a subject ("The army, asked
# about the raid, said …") they are a participle the parser took for the main verb
ASKED = frozenset({"ask", "question", "contact", "reach", "approach", "interview", "press"})


def asked_aside(cue: Token, subj: Token) -> bool:
    """"The Colombian army, asked about the raid on Tame, said …" parsed with "asked" as the
    root and the army its subject: the army is asked, it says nothing by that verb (its "said"
    is the cue). The verb comes right after a comma that closes the subject."""
    doc = cue.doc
    return cue.lemma_.lower() in ASKED and cue.tag_ in {"VBD", "VBN"} and subj.i < cue.i \
        and cue.i >= 2 and doc[cue.i - 1].text == "," and subj.right_edge.i in {cue.i - 2, cue.i - 1}


RELAYED_DOCUMENTS = word_set("document_nouns") | word_set("document_sources")


def relayed_document(tok: Token) -> bool:
    """A cue in a reduced relative after a document that is its sentence's subject ("A French
    security assessment reported by US media put the toll at 600"): the outlet named by "by"
    relays the document, which speaks (probe7: the US government credited with France's
    figure)."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ in SUBJECT_DEPS \
        and tok.head.lemma_.lower() in RELAYED_DOCUMENTS and any(c.dep_ == "agent" for c in tok.children)


RELAY_PARTICIPLES = word_set("relay_verbs")  # "citing", "quoting"
# what the parser makes of a name it did not read as the subject ("SANA" tagged as an adjective
# or a verb and hung on the cue as a clause of its own)
_MISREAD_SUBJECT = frozenset({"advcl", "ccomp", "npadvmod", "advmod", "dep", "nmod", "amod"})


def subject_before_relay(cue: Token) -> Token | None:
    """The speaker of "X, citing Y, said S" when the parser left the cue without a subject:
    "SANA, citing a police source, said …" parsed with "SANA" as a clause or a modifier of
    "said" and the participle hung on the cue or on "SANA". The speaker is the phrase that opens
    the sentence before the participle's comma: the cue's one dependent before the participle,
    a name or a noun and no clause of its own (none of its words takes an object)."""
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    before = [c for c in cue.children if c.i < cue.i and not c.is_punct and not c.is_space]
    if len(before) < 1 or len(before) > 2:
        return None
    head = before[0]
    relay = next((c for c in [*before[1:], *head.children] if c.dep_ in {"advcl", "acl"} and c.tag_ == "VBG"
                  and c.lemma_.lower() in RELAY_PARTICIPLES and c.i > head.i), None)
    if relay is None or (len(before) == 2 and before[1] is not relay):
        return None
    doc = cue.doc
    first = head.left_edge.i
    opens = first == 0 or doc[first - 1].is_space or doc[first - 1].text in {".", "!", "?"}
    if head.dep_ not in _MISREAD_SUBJECT or not opens \
            or not any(t.text[:1].isupper() for t in head.subtree if t.i < relay.i):
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "attr"} for c in head.children if c.i < relay.i):
        return None  # "Speaking in Geneva, citing …": a clause of its own, no name
    return head


def inverted_after_quote(cue: Token) -> Token | None:
    """The speaker of a cue set right after a closing quotation and before its speaker, which the
    parser took for the cue's object: "“It was a massacre,” added a second witness", "“They shot
    everyone,” recalled a survivor, 62" → "witness", "survivor". Only a cue with no subject and
    the quotation ending on a comma, a question or an exclamation mark just before it."""
    if cue.i < 2 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    doc = cue.doc
    quote = doc[cue.i - 1]
    if not (quote.text in CLOSING_QUOTES or quote.tag_ == "''") or doc[cue.i - 2].text not in {",", "?", "!"} \
            or doc[cue.i - 2].whitespace_:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return obj
