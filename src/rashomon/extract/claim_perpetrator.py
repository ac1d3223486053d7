"""Who did it, as a claim's content says: the party its attack words name (the subject, agent or
modifier of an attack word), the speaker's own side in a claim of responsibility, and the
victims' side set aside ("members of X were killed"). Split from
:mod:`rashomon.extract.claims_reading`, which re-exports :func:`find_perpetrator`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from rashomon.extract.attribution import Attribution
from rashomon.extract.claim_anaphor import accused_anaphor
from rashomon.extract.claim_blame import (
    accused_owner,
    authored_by,
    blamed_on,
    blames,
    involved_in,
    pointed_at,
    tied_to,
)
from rashomon.extract.claim_habits import attacks_in_general, told_as_habit
from rashomon.extract.claim_members import (
    ANSWER_OBJECTS,
    DOER_NOUNS,
    MEMBERSHIP,
    doers,
    doers_described,
    doers_from,
    doers_group,
    group_of,
    membership_of,
)
from rashomon.extract.claim_new_group import accused_group, new_group_in
from rashomon.extract.claim_roles import asked, occasion, relief_uses, speaks_of_attack_but
from rashomon.extract.dateline import in_dateline
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues, word_set
from rashomon.extract.state_officials import country_party
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.lexicon import load as load_data
from rashomon.nlp.entities import ents_in

logger = logging.getLogger(__name__)

PERPETRATOR_ENTS = frozenset({"NORP", "GPE", "ORG"})
# a party after these is where or whom the attack hit, or where it came from, not who did it
# ("strikes on Syrian positions", "near the border with Niger", "a drone launched from Armenia")
TARGET_PREPS = word_set("target_preps")
# "a Russian-made missile", "Iranian-backed militias": the maker or backer, not who fired
_MAKER = re.compile(r"^\s*-\s*(?:" + "|".join(sorted(word_set("maker_words"))) + r")\b", re.IGNORECASE)
FORCE_NOUNS = word_set("force_nouns")  # "the attack was probably an American one"
NOT_EVENTS = word_set("not_events")  # attack nouns of denials, not of events
SELF_PRONOUNS = word_set("self_pronouns")
SELF_POSSESSIVES = word_set("self_possessives")  # "its fighters carried out the attack"
RESPONSIBILITY = word_set("responsibility_nouns")  # "claimed responsibility for the strike"
BEHIND = word_set("responsibility_preps")  # "it was behind the attack"
AUTHORSHIP = word_set("authorship_nouns")  # "bore the hallmarks of al-Shabaab"
DYING = word_set("dying_verbs")
VICTIM_VERBS = word_set("victim_verbs")
FIGURE_NOUNS = word_set("figure_nouns")
DEEDS = word_set("deed_nouns")  # "the attack was retaliation by X"
# who armed the doers ("Iran was supplying the Houthis"), and a group's parts ("a faction of X")
SUPPLYING = frozenset(str(w) for w in (load_data("triggers.yaml").get("suppliers") or {}).get("verbs") or ())
TELLING = frozenset(str(w) for w in load_data("triggers.yaml").get("telling_verbs") or ())
ANSWER_PREPS = frozenset(str(w) for w in load_data("triggers.yaml").get("answer_preps") or ())


def speaks_of_attack(span: Span, c: Cues, ignore: frozenset[str] = frozenset()) -> bool:
    """Whether an attack word (lemma) stands in ``span``, those in ``ignore`` aside."""
    return any((lemma := t.lemma_.lower()) not in ignore and (lemma in c.attack_lemmas or lemma in c.attack_nouns)
               for t in span)


def find_perpetrator(doc: Doc, attr: Attribution, actors: ActorGazetteer,
                 own_party: str | None, c: Cues) -> str | None:
    """The party the content says did it: subject/agent/modifier of an attack word."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    sentence = doc.char_span(attr.sent_start, attr.sent_end, alignment_mode="expand") or span
    # "have long accused X of attacks": a habit; "blamed CODECO, which has repeatedly been accused
    # of raids" blames X for this one (the clause only describes X)
    if attr.object_text and not (sentence is not None and _backing(sentence)) \
            and not (0 <= attr.cue_index < len(doc) and told_as_habit(doc[attr.cue_index])):
        party = actors.party(attr.object_text) or _demonym_forces(attr.object_text, actors)
        owner = accused_owner(doc[attr.cue_index], c) if not party and 0 <= attr.cue_index < len(doc) else None
        if owner is not None:  # "blamed India's spy agency for the attack": the agency's state
            party = actors.party(owner.text) or country_party(owner.text, actors)
            logger.debug("accused agency's owner: %s in %s", party, attr.object_text)
        if not party and 0 <= attr.cue_index < len(doc):
            party = accused_group(doc[attr.cue_index], actors, c)  # "blamed the X Front for the massacre"
        if party:
            return party
    if span is None or sentence is None:
        return None
    if 0 <= attr.cue_index < len(doc) and not told_as_habit(doc[attr.cue_index]) \
            and (party := accused_anaphor(doc[attr.cue_index], span, actors, c)) is not None:
        return party  # "the attack was blamed on the group by the government": the group named before
    quoted = _quoted(doc, attr)
    if own_party is not None and _takes_responsibility(span, quoted, c):
        return own_party  # "It was a mistake, and we take full responsibility": no attack word needed
    # "a Kenyan military plane had flown medical supplies": attack words in relief's service
    relief = relief_uses(sentence, c)
    if not speaks_of_attack_but(sentence, c, relief) and not doers_described(sentence) \
            and not any(map(_fires, sentence)) and not blames(sentence, c):
        if relief:
            logger.debug("attack words only for relief: %s", sentence.text[:160])
        return None  # "Iran must leave Syria": a party named, but no attack spoken of
    if attacks_in_general(doc, attr, span, c):
        logger.debug("attacks in general, no doer of this one: %s", span.text[:160])
        return None  # "Ankara says the PKK uses northern Iraq as a base for attacks"
    if own_party is not None:  # "Israel's military said it had attacked …": the speaker did it
        if _claims_it(doc, attr, c) or _behind_it(span, c):
            return own_party  # "ISWAP claimed the attack", "the RSF claimed responsibility for …"
        for tok in span:
            # "its fighters stormed the base and killed 20": a conjoined verb shares the subject
            doer = tok.head if tok.dep_ == "conj" and not any(ch.dep_ == "nsubj" for ch in tok.children) else tok
            if tok.pos_ == "VERB" and tok.lemma_.lower() in c.attack_lemmas and tok.i not in relief \
                    and not any(ch.dep_ == "neg" for ch in tok.children) and not _interception(tok) \
                    and not asked(tok) \
                    and not _on_the_attackers(tok) and not _answers_an_attack(tok, own_party, actors, c) \
                    and any(ch.dep_ == "nsubj" and _self(ch, quoted) for ch in doer.children):
                return own_party
    fallback: str | None = None
    for ent in _on_attack_nouns_first(ents_in(span), c):
        if ent.label_ not in PERPETRATOR_ENTS:
            continue
        party = actors.party(ent.text)
        # a demonym or country the gazetteer has no party word for ("Azerbaijani forces
        # shelled", "Armenia had shelled", "Eritrea's shelling"): only as the doer of an attack
        # word, never as a fallback ("the Nigerian military had failed")
        by_demonym = not party and ent.label_ in ("NORP", "GPE")
        party = party or (country_party(ent.text, actors) if by_demonym else None)
        if not party:
            continue
        if in_dateline(text_of(doc), ent.start_char, ent.end_char):
            # "MOSCOW, June 24 (Reuters) - Gunmen attacked …", "NAZRAN, Russia - Gunmen who …": where
            # the story was filed (the parser often makes the dateline the attack verb's subject)
            logger.debug("dateline's place, not the doer: %s in %s", ent.text, span.text[:140])
            continue
        root = ent.root
        if asked(root):
            continue  # "checking whether the bombers belonged to X": asked, not alleged
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in TELLING:
            logger.debug("who tells it, not who did it: %s", ent.text)
            continue  # "… killed 62 people near the shrine, Syrian state television said, in an attack …"
        if tied_to(root, c) or pointed_at(root) or involved_in(root, c) or blamed_on(root, c):
            # "the attackers were connected with the special services of X", "the evidence pointed
            # to Turkish artillery", "X is involved in this attack": blame without an attack word
            # on the party; "the attack was blamed on X by the government"
            logger.debug("doers tied, pointed at, blamed on or involved: %s in %s", ent.text, span.text[:140])
            return party
        if by_demonym and ent.label_ == "GPE" and not _country_doer(root, c):
            continue  # "BENI, Congo - A bomb exploded …": a dateline's or a scene's country
        if ent.start > 0 and doc[ent.start - 1].lower_ == "not":
            continue  # "its fighters, not ISWAP, carried out the raid"
        if _MAKER.match(text_of(doc)[ent.end_char:ent.end_char + 16]):
            continue  # "a Russian-made missile struck": made in Russia, fired by whoever
        if _supplier(ent.root, c):
            continue  # "proof that Iran was still supplying the Houthis": armed them, did not fire
        if _defender(root):
            continue  # "5 of them were intercepted by Syrian air defence units": who shot them down
        if _answered(root, c):
            logger.debug("the attack answered, another one: %s in %s", ent.text, span.text[:140])
            continue  # "in retaliation to a Houthi missile attack": the doer of the attack answered
        root = group_of(root)  # "fighters of the Bakura faction of X": the group's men or part
        # a conjunct shares its first conjunct's preposition: "in northern Iraq and Syria"; so
        # does a place's apposition: "in Damascus, Syria"
        first = root
        while (first.dep_ == "conj" or (first.dep_ == "appos" and ent.label_ == "GPE")) and first.head.i != first.i:
            first = first.head
        prep = first.head if first.dep_ == "pobj" else None
        if prep is not None and ((prep.lower_ == "of" and prep.head.lemma_.lower() in AUTHORSHIP)
                                 or authored_by(prep)):
            logger.debug("authorship: %s in %s", ent.text, span.text[:140])
            return party  # "the attack bore the hallmarks of al-Shabaab", "the work of the RSF"
        if prep is not None and prep.lower_ == "by" and prep.head.lemma_.lower() in DEEDS:
            return party  # "the attack might have been retaliation by the Maute group"
        if prep is not None and prep.lower_ in TARGET_PREPS and prep.lower_ != "of" \
                and not (ent.label_ != "GPE" and doers_from(first)):
            continue  # "fighters who had crossed from Cameroon": where they came from, not whose men
        member = membership_of(root)
        if doers_group(root):
            logger.debug("the doers' group: %s in %s", ent.text, span.text[:140])
            return party  # "the suspects were members of the Maute group", "the gunmen were fighters of JNIM"
        if prep is not None and prep.lower_ in TARGET_PREPS:
            continue  # "strikes on Syrian positions", "in Iraq"
        # a modifier names the doer only on a weapon, attack or armed-force word ("Israeli jets",
        # "Israel's air force"), not on "Iraq's sovereignty", "the Russian account", "Syria's
        # T4 air base" or "Lebanese airspace"
        modifier = root.dep_ in {"amod", "compound", "poss", "nmod"}
        if modifier and root.head.lemma_.lower() not in c.attack_nouns and root.head.lemma_.lower() not in FORCE_NOUNS:
            continue
        if member is not None:
            continue  # "the two men killed were members of Hezbollah's Radwan force": the victims' side
        prev, victim = root, False
        for anc in [root, *list(root.ancestors)[:5]]:
            lemma = anc.lemma_.lower()
            if lemma in MEMBERSHIP and anc.pos_ == "NOUN" and not doers(anc):
                victim = True  # "three were killed, two of them members of the SDF's security forces"
                break
            if lemma in DYING and prev.dep_ in {"nsubj", "nsubjpass"}:
                victim = True  # "five Iraqi militia members died"
                break
            if anc.i in relief:
                logger.debug("relief role, no doer: %s in %s", ent.text, span.text[:140])
                victim = True  # "the wounded had been flown to Turkey": a relief role, no doer
                break
            if lemma in c.attack_lemmas or lemma in c.attack_nouns or _fires(anc):
                if anc.dep_ == "nsubj" and anc.head.pos_ == "VERB" and _interception(anc.head):
                    victim = True  # "a US drone shot down an Iranian drone": a defence, not this attack
                    break
                if anc.pos_ == "VERB" and prev.dep_ in {"nsubjpass", "dobj"}:
                    victim = True  # "Iranian advisers were killed": the victims, not who did it
                    break
                if anc.pos_ == "VERB" and prev.dep_ == "prep" and prev.lower_ in _LISTING and any(
                        ch.dep_ in {"nsubjpass", "dobj"} for ch in anc.children):
                    victim = True  # "14 fighters were killed, including Iranian forces": some of the victims
                    break
                return party
            prev = anc
        if victim or by_demonym:
            continue
        if root.head.i in relief or any(ch.i in relief for ch in root.head.children):
            logger.debug("relief role, no fallback doer: %s in %s", ent.text, span.text[:140])
            continue  # "Turkey had sent a plane to carry the wounded": a relief role, no doer
        if fallback is None and occasion(root, c):
            continue  # "…, the ministry said, as Egypt began a state of emergency": the report's time
        if root.dep_ in {"nsubj", "agent", "amod", "compound", "poss"} and fallback is None:
            fallback = party
        elif fallback is None and root.dep_ in {"attr", "acomp", "appos"}:
            fallback = party  # "drones, which were probably American"
    # a group the gazetteer does not know, in a doer's place that leaves no doubt, before a known
    # party in a weaker one
    if (new := new_group_in(span, actors, c, relief)) is not None:
        return new
    if fallback and fallback != own_party:
        logger.debug("fallback doer: %s in %s", fallback, span.text[:200])
        return fallback
    return None


_LISTING = ("including", "among")  # "were killed, including X": a part of the victims (grammar)


def _answered(root: Token, c: Cues) -> bool:
    """Whether a party names the doer of the attack this one answers: its attack word (the party
    on it, "a Houthi ballistic missile attack", "Israeli strikes") is the object of "in
    retaliation to/for", "in response to", "in revenge for": another attack than the one told."""
    attack = root
    while attack.dep_ in {"amod", "compound", "poss", "nmod"} and attack.head.i != attack.i:
        attack = attack.head  # "a Houthi ballistic missile attack": up to the phrase's head
    if attack.lemma_.lower() not in c.attack_nouns or attack.dep_ != "pobj":
        return False
    prep = attack.head
    return prep.lower_ in ("to", "for") and prep.head.lemma_.lower() in _MOTIVES


def _country_doer(root: Token, c: Cues) -> bool:
    """A country the party list lacks is a doer only as the subject of an attack word ("Sudan had
    bombed"), its possessor ("Eritrea's shelling") or its forces' ("Azerbaijan's forces had opened
    fire"); anywhere else it is a dateline, a scene or a target."""
    def attack(t: Token) -> bool:
        return t.lemma_.lower() in c.attack_lemmas or t.lemma_.lower() in c.attack_nouns or _fires(t)

    head = root.head
    if root.dep_ == "nsubj" or (root.dep_ == "poss" and head.pos_ == "NOUN" and attack(head)):
        return attack(head)
    return root.dep_ == "poss" and head.lemma_.lower() in FORCE_NOUNS and head.dep_ == "nsubj" and attack(head.head)


def _fires(tok: Token) -> bool:
    """"had opened fire on its positions": an attack told by a verb and its object, neither an
    attack word alone ("opened an inquiry into the fire" is none; grammar of the idiom)."""
    return tok.lemma_ == "open" and tok.pos_ == "VERB" and any(
        ch.dep_ == "dobj" and ch.lower_ == "fire" for ch in tok.children)


def _backing(sentence: Span) -> bool:
    """Whether an accusation charges backing or sheltering the doers, not the act: "accused the
    junta of letting the militia shelter on its soil", "blamed Kigali for harbouring the rebels"
    (the charge a supplying verb): the accused is no doer of it."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in SUPPLYING and t.dep_ == "pcomp"
               and t.head.lower_ in _CHARGE_PREPS
               and any(a.lemma_.lower() in _ACCUSING for a in list(t.ancestors)[:_CHARGE_HOPS])
               for t in sentence)


_ACCUSING = word_set("accusing_cues") | {"charge"}
_CHARGE_PREPS = ("of", "for")  # "accused X of …", "blamed X for …" (grammar)
# ancestors read up to the accusing verb: "of" may hang on a word between ("accused the
# administration in neighbouring Mali of letting …": on "neighbouring")
_CHARGE_HOPS = 4


def _supplier(root: Token, c: Cues) -> bool:
    """Whether a party is named as who armed, funded or backed the doers, not as a doer: the
    subject of a supplying verb ("Iran was supplying the Houthis with weapons"), its agent
    ("missiles supplied by Iran"), or a party a relative clause says supplies them ("Iran, which
    arms the group") unless it is itself the subject of an attack word."""
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_.lower() in SUPPLYING:
        return True
    if root.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in SUPPLYING:
        return True
    doer = root.dep_ in ("nsubj", "nsubjpass", "agent") and (
        head.lemma_.lower() in c.attack_lemmas or head.lemma_.lower() in c.attack_nouns)
    return not doer and any(ch.dep_ == "relcl" and ch.lemma_.lower() in SUPPLYING for ch in root.children)


def _on_attack_nouns_first(ents: Iterable[Span], c: Cues) -> list[Span]:
    """The entities, those modifying an attack or weapon noun first ("SULAIMANIYAH, Iraq -
    Iranian drone strikes killed …": the demonym on the strikes names the attacker, the dateline's
    country the parser hung on the same phrase does not)."""
    def on_attack(ent: Span) -> bool:
        root = ent.root
        return root.dep_ in {"amod", "compound", "poss", "nmod"} and (
            root.head.lemma_.lower() in c.attack_nouns or root.head.lemma_.lower() in c.attack_lemmas)
    found = list(ents)
    return [e for e in found if on_attack(e)] + [e for e in found if not on_attack(e)]


AIRBORNE = word_set("airborne_nouns")  # "its air defences hit more than one aircraft"
LAUNCHING = word_set("launching_verbs")  # "they had fired two missiles at a tanker": the attack


def _interception(verb: Token) -> bool:
    """"its air defences had confronted the aggression and hit more than one aircraft", "we shot
    down three drones", "it had shot down 25 of the 30 drones", "we can shoot down most of them":
    the speaker struck what attacked it, which claims no attack of its own."""
    if verb.lemma_.lower() in LAUNCHING:
        return False
    if _downing(verb):
        logger.debug("shot down, a defence: %s", verb.doc[verb.i:verb.i + 8].text)
        return True  # "shoot down", "bring down": whatever it is said of, what flew at them
    return any(ch.dep_ == "dobj" and (ch.lemma_.lower() in AIRBORNE or (_part(ch) and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in AIRBORNE
                                                     for g in p.children) for p in ch.children)))
               for ch in verb.children)


# a part of a whole: "25 of the 30 drones", "most of the rockets", "several of them"; not "the
# control centre of a drone" (what was struck, owned by the drone) (grammar)
_PART_TAGS = frozenset({"CD", "JJS", "DT"})
_PART_WORDS = frozenset({"many", "several", "some", "all", "half", "dozen", "dozens", "none", "each"})


def _part(tok: Token) -> bool:
    """A number or quantifier standing for a part of what follows its "of"."""
    return tok.tag_ in _PART_TAGS or tok.lower_ in _PART_WORDS


_DOWNING = frozenset({"shoot", "bring", "knock"})  # "shot down", "brought down" (grammar of the phrasal verb)
_INTERCEPTING = frozenset({"intercept", "down"})  # "were intercepted by X", "X downed": the defender's verbs (grammar)


def _downing(verb: Token) -> bool:
    """"shot down", "brought down", "knocked down": the phrasal verb of a defence."""
    return verb.lemma_.lower() in _DOWNING and any(ch.dep_ == "prt" and ch.lower_ == "down" for ch in verb.children)


def _defender(root: Token) -> bool:
    """Whether a party is who intercepted the attack's weapons: the subject or agent of an
    interception ("most of the missiles were intercepted by Syrian air defence units", "Ukrainian
    air defences shot down 20 drones"), on its own or on its forces' word (logged)."""
    head = root
    while head.dep_ in ("amod", "compound", "poss", "nmod") and head.head.i != head.i:
        head = head.head
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else (
        head.head if head.dep_ == "nsubj" else None)
    if verb is None or verb.pos_ != "VERB" or not (verb.lemma_.lower() in _INTERCEPTING or _downing(verb)):
        return False  # not "Russian units have used the missile", "ISIS has flown captured jets"
    logger.debug("the defender, no doer: %s in %s", root.text, root.doc[head.i:verb.i + 4].text
                 if verb.i > head.i else root.doc[verb.i:head.i + 1].text)
    return True


def answers_attack(doc: Doc, attr: Attribution, c: Cues) -> bool:
    """Whether the speaker's own side struck the attack's doers ("it had ended the siege and
    killed all 33 attackers"): its own action, which it confirms (gold: ``confirms``), though it
    names no perpetrator of the attack (:func:`find_perpetrator` returns none for it)."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None:
        return False
    quoted = _quoted(doc, attr)
    for tok in span:
        doer = tok.head if tok.dep_ == "conj" and not any(ch.dep_ == "nsubj" for ch in tok.children) else tok
        if tok.pos_ == "VERB" and tok.lemma_.lower() in c.attack_lemmas and _on_the_attackers(tok) \
                and not any(ch.dep_ == "neg" for ch in tok.children) \
                and any(ch.dep_ == "nsubj" and _self(ch, quoted) for ch in doer.children):
            return True
    return False


def _on_the_attackers(verb: Token) -> bool:
    """"it had ended the siege and killed all 33 attackers", "its troops killed four of the
    hijackers": the speaker's forces struck the attack's doers, an answer to the attack and no
    acknowledgement of it (the doers are whom the rest of the text blames)."""
    for obj in (ch for ch in verb.children if ch.dep_ == "dobj"):
        if obj.lemma_.lower() in DOER_NOUNS:
            return True
        if any(p.dep_ == "prep" and p.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in DOER_NOUNS for g in p.children) for p in obj.children):
            return True  # "four of the hijackers"
    return False


def _answers_an_attack(verb: Token, party: str, actors: ActorGazetteer, c: Cues) -> bool:
    """"it had killed 100 al Shabaab fighters in raids on camps in Somalia, including some of the
    men behind Saturday's attack", "killed 30 insurgents linked to the attack on Palma":
    a state's forces struck a group's fighters and the sentence says they did an attack
    (``answer_preps``: behind, responsible for, linked to), or names its doers beside them ("while pursuing
    the attackers"): an operation answering the attack, another act
    than the one the text reports. Only a state's (the party names a country): an armed group's
    revenge on militiamen is the attack itself; and only on fighters (a group noun, or a group's
    name on the noun: "ELN guerrillas"), not on villagers."""
    def fighters(obj: Token) -> bool:  # "militants", "the attackers", "ELN guerrillas", "dozens of jihadists"
        heads = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj")]
        return any(h.lemma_.lower() in ANSWER_OBJECTS or h.lemma_.lower() in DOER_NOUNS or any(
            ch.dep_ == "compound" and ch.ent_type_ == "ORG" for ch in h.children) for h in heads)

    objects = [ch for ch in verb.children if ch.dep_ == "dobj" and fighters(ch)]
    if not objects:
        return False
    struck = {t.i for o in objects for t in o.subtree}
    # "… including some of the men behind Saturday's attack", "in retaliation for the attack",
    # "while pursuing the attackers": an attack, or its doers beside those struck
    if not any((t.dep_ == "pobj" and t.head.lower_ in ANSWER_PREPS and _describes_doers(t.head, verb)
                and (t.lemma_.lower() in c.attack_nouns or t.lemma_.lower() in c.attack_lemmas))
               or (t.i not in struck and t.dep_ in ("dobj", "pobj") and t.lemma_.lower() in DOER_NOUNS)
               for t in verb.subtree):
        return False
    return country_party(party, actors) is not None


_MOTIVES = frozenset({"retaliation", "response", "revenge", "reprisal", "reply", "answer"})


def _describes_doers(prep: Token, verb: Token) -> bool:
    """Whether a preposition tying an attack in describes those struck as its doers ("men
    behind the attack", "responsible for", "linked to"), not the operation itself
    ("killed them in raids", "in retaliation for the attack": a reply, the state's own act)."""
    if prep.lower_ == "behind":
        return True  # only doers stand behind an attack, wherever the parser hangs the word
    head = prep.head
    if head.i == verb.i or head.lemma_.lower() in _MOTIVES:
        return False
    return not (head.dep_ == "pobj" and head.head.head.i == verb.i and head.lemma_.lower() in _MOTIVES)


def _demonym_forces(text: str, actors: ActorGazetteer) -> str | None:
    """"accused Armenian forces of …", "blamed Chadian troops": a demonym before a word of armed
    forces names that country's party, which the gazetteer may have no word for."""
    words = [w for w in text.split() if w.lower() != "the"]
    if len(words) != 2 or words[1].lower() not in FORCE_NOUNS:
        return None
    return country_party(words[0], actors)


# in the speaker's own words "they" and "their" are the others: "They are shooting at sleeping
# people", said by one side's official, accuses the other side (grammar, not vocabulary)
_OTHERS_IN_QUOTE = frozenset({"they", "their", "them"})
_QUOTE_MARKS = "\"“”"


def _quoted(doc: Doc, attr: Attribution) -> bool:
    """Whether the content is the speaker's own words in quotation marks."""
    text = text_of(doc)
    before = text[max(attr.sent_start, attr.content_start - 2):attr.content_start]
    return attr.cue == "quote" or any(q in before for q in _QUOTE_MARKS) or (
        text[attr.content_start:attr.content_start + 1] in _QUOTE_MARKS)


def _self(tok: Token, quoted: bool = False) -> bool:
    """"it", "we", and "its fighters", "our forces", "one of its drones": the speaker's own
    side; in a quotation not "they" or "their" (the speaker's "we" is its side there)."""
    def own(word: Token) -> bool:
        return word.lower_ in SELF_POSSESSIVES and not (quoted and word.lower_ in _OTHERS_IN_QUOTE)

    if tok.lower_ in SELF_PRONOUNS and not (quoted and tok.lower_ in _OTHERS_IN_QUOTE):
        return True
    if any(ch.dep_ == "poss" and own(ch) for ch in tok.children):
        return True
    return any(ch.dep_ == "prep" and ch.lower_ == "of" and any(  # "one of its drones"
        g.dep_ == "pobj" and any(p.dep_ == "poss" and own(p) for p in g.children) for g in ch.children)
        for ch in tok.children)


def _takes_responsibility(span: Span, quoted: bool, c: Cues) -> bool:
    """"we take full responsibility", "it accepted responsibility for the strike": the speaker's
    side answers for the act; not "responsibility for the safety of …" (another object)."""
    for tok in span:
        if tok.lower_ not in RESPONSIBILITY or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _TAKING:
            continue
        objects = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                   for g in p.children if g.dep_ == "pobj"]
        if any(g.lemma_.lower() not in c.attack_nouns and g.lemma_.lower() not in c.attack_lemmas for g in objects):
            continue
        if any(ch.dep_ == "nsubj" and _self(ch, quoted) for ch in tok.head.children):
            return True
    return False


_TAKING = frozenset({"take", "accept", "bear", "assume"})  # "take/accept responsibility": grammar of the idiom


def claims_responsibility(doc: Doc, attr: Attribution, c: Cues) -> bool:
    """Whether the claim is its speaker's claim of responsibility ("the Liberation Brigade claimed
    responsibility for the ambush", "a group calling itself X claimed the attack"): for a speaker
    with no party in the gazetteer (a group new to it) the speaker's own name is the doer, as a
    known group's party is in :func:`find_perpetrator`."""
    return _claims_it(doc, attr, c) and not _denied_claim(doc, attr)


def _denied_claim(doc: Doc, attr: Attribution) -> bool:
    """"did not claim responsibility": no claim (a negation on the cue)."""
    return any(ch.dep_ == "neg" for ch in doc[attr.cue_index].children)


def _claims_it(doc: Doc, attr: Attribution, c: Cues) -> bool:
    """A claim of responsibility: the cue "claim" takes the attack ("claimed the attack") or
    "responsibility" ("claimed responsibility for the strike") as its object."""
    cue = doc[attr.cue_index]
    if attr.cue != "claim" or cue.pos_ != "VERB":
        return False
    return any(ch.dep_ == "dobj" and (ch.lemma_.lower() in c.attack_nouns or ch.lemma_.lower() in c.attack_lemmas
                                      or ch.lower_ in RESPONSIBILITY) for ch in cue.children)


def _behind_it(span: Span, c: Cues) -> bool:
    """The speaker's side stands behind an attack word: "it was behind the attack"."""
    return any(tok.lower_ in BEHIND and tok.head.lemma_ == "be" and any(
        ch.dep_ == "nsubj" and _self(ch) for ch in tok.head.children) and any(
        g.dep_ == "pobj" and g.lemma_.lower() in c.attack_nouns for g in tok.children) for tok in span)
