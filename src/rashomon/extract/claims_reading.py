"""What a claim's content says about the incident: who did it (the party its attack words name),
its casualty figures, and whether it speaks of the future rather than of what happened
(:mod:`rashomon.extract.claims` builds the claims).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from rashomon.extract.attribution import TOLL_NOUNS, TOLL_VERBS, Attribution
from rashomon.extract.casualty_parse import parse_casualties
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues, cues, word_set
from rashomon.extract.numbers import cumulative, find_casualties, in_spans, subset_spans
from rashomon.extract.state_officials import country_party
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.lexicon import words
from rashomon.nlp.entities import ents_in
from rashomon.types import About, Figure

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
MEMBERSHIP = word_set("membership_words")  # "were members of X", "belonged to X": whose the victims were
DOER_NOUNS = word_set("doer_nouns")  # "the suspects were members of X": X did it
DEEDS = word_set("deed_nouns")  # "the attack was retaliation by X"


def speaks_of_attack(span: Span, c: Cues, ignore: frozenset[str] = frozenset()) -> bool:
    """Whether an attack word (lemma) stands in ``span``, those in ``ignore`` aside."""
    return any((lemma := t.lemma_.lower()) not in ignore and (lemma in c.attack_lemmas or lemma in c.attack_nouns)
               for t in span)


def find_perpetrator(doc: Doc, attr: Attribution, actors: ActorGazetteer,
                 own_party: str | None, c: Cues) -> str | None:
    """The party the content says did it: subject/agent/modifier of an attack word."""
    if attr.object_text:
        party = actors.party(attr.object_text) or _demonym_forces(attr.object_text, actors)
        if party:
            return party
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None:
        return None
    sentence = doc.char_span(attr.sent_start, attr.sent_end, alignment_mode="expand") or span
    quoted = _quoted(doc, attr)
    if own_party is not None and _takes_responsibility(span, quoted, c):
        return own_party  # "It was a mistake, and we take full responsibility": no attack word needed
    if not speaks_of_attack(sentence, c):
        return None  # "Iran must leave Syria": a party named, but no attack spoken of
    if own_party is not None:  # "Israel's military said it had attacked …": the speaker did it
        if _claims_it(doc, attr, c) or _behind_it(span, c):
            return own_party  # "ISWAP claimed the attack", "the RSF claimed responsibility for …"
        for tok in span:
            # "its fighters stormed the base and killed 20": a conjoined verb shares the subject
            doer = tok.head if tok.dep_ == "conj" and not any(ch.dep_ == "nsubj" for ch in tok.children) else tok
            if tok.pos_ == "VERB" and tok.lemma_.lower() in c.attack_lemmas \
                    and not any(ch.dep_ == "neg" for ch in tok.children) and not _interception(tok) \
                    and any(ch.dep_ == "nsubj" and _self(ch, quoted) for ch in doer.children):
                return own_party
    fallback: str | None = None
    for ent in _on_attack_nouns_first(ents_in(span), c):
        if ent.label_ not in PERPETRATOR_ENTS:
            continue
        party = actors.party(ent.text)
        # a demonym the gazetteer has no party word for ("Azerbaijani forces shelled"): only as
        # the doer of an attack word, never as a fallback ("the Nigerian military had failed")
        by_demonym = not party and ent.label_ == "NORP"
        party = party or (country_party(ent.text, actors) if by_demonym else None)
        if not party:
            continue
        root = ent.root
        if ent.start > 0 and doc[ent.start - 1].lower_ == "not":
            continue  # "its fighters, not ISWAP, carried out the raid"
        if _MAKER.match(text_of(doc)[ent.end_char:ent.end_char + 16]):
            continue  # "a Russian-made missile struck": made in Russia, fired by whoever
        # a conjunct shares its first conjunct's preposition: "in northern Iraq and Syria"
        first = root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        prep = first.head if first.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in AUTHORSHIP:
            return party  # "the attack bore the hallmarks of al-Shabaab", "the work of the RSF"
        if prep is not None and prep.lower_ == "by" and prep.head.lemma_.lower() in DEEDS:
            return party  # "the attack might have been retaliation by the Maute group"
        member = next((a for a in list(root.ancestors)[:4]
                       if a.lemma_.lower() in MEMBERSHIP and (a.pos_ == "VERB" or a.dep_ == "attr")), None)
        if member is not None and _doers_are_members(member):
            return party  # "the suspects were members of the Maute group", "the gunmen belonged to JNIM"
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
            if lemma in MEMBERSHIP and anc.pos_ == "NOUN" and not _doers(anc):
                victim = True  # "three were killed, two of them members of the SDF's security forces"
                break
            if lemma in DYING and prev.dep_ in {"nsubj", "nsubjpass"}:
                victim = True  # "five Iraqi militia members died"
                break
            if lemma in c.attack_lemmas or lemma in c.attack_nouns:
                if anc.dep_ == "nsubj" and anc.head.pos_ == "VERB" and _interception(anc.head):
                    victim = True  # "a US drone shot down an Iranian drone": a defence, not this attack
                    break
                if anc.pos_ == "VERB" and prev.dep_ in {"nsubjpass", "dobj"}:
                    victim = True  # "Iranian advisers were killed": the victims, not who did it
                    break
                return party
            prev = anc
        if victim or by_demonym:
            continue
        if root.dep_ in {"nsubj", "agent", "amod", "compound", "poss"} and fallback is None:
            fallback = party
        elif fallback is None and root.dep_ in {"attr", "acomp", "appos"}:
            fallback = party  # "drones, which were probably American"
    if fallback and fallback != own_party:
        return fallback
    return None


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


def _doers(members: Token) -> bool:
    """Whether "members of X" are who acted: the subject ("members of JNIM attacked"), in
    apposition to it ("the gunmen, members of JNIM, attacked") or the agent ("an attack by
    members of JNIM"); elsewhere they are the victims ("two of them members of X")."""
    holder = members.head if members.dep_ == "appos" else members
    return holder.dep_ in {"nsubj", "agent"} or (holder.dep_ == "pobj" and holder.head.lower_ == "by")


AIRBORNE = word_set("airborne_nouns")  # "its air defences hit more than one aircraft"
LAUNCHING = word_set("launching_verbs")  # "they had fired two missiles at a tanker": the attack


def _doers_are_members(member: Token) -> bool:
    """Whether the subject of "were members of X" / "belonged to X" is the attack's doers
    ("the suspects", "the gunmen"), not its victims ("the two men killed")."""
    verb = member if member.pos_ in {"VERB", "AUX"} else member.head
    return any(ch.dep_ in {"nsubj", "nsubjpass"} and ch.lemma_.lower() in DOER_NOUNS for ch in verb.children)


def _interception(verb: Token) -> bool:
    """"its air defences had confronted the aggression and hit more than one aircraft", "we shot
    down three drones": the speaker struck what attacked it, which claims no attack of its own."""
    return verb.lemma_.lower() not in LAUNCHING and any(
        ch.dep_ == "dobj" and ch.lemma_.lower() in AIRBORNE for ch in verb.children)


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


# "which killed", "that had reportedly killed"; not "said that the toll rose" (a determiner
# after "that" starts a clause's subject: "that" is a complementizer there, not a relative)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\s+(?:ha[sd]\s+|have\s+)?"
                              r"(?:(?!(?:the|a|an|its|their|his|her)\s)[a-z]+\s+)?$")


# "said that two officers were hurt", "saying that only two of its members had died": a
# complement clause, with at most a word that qualifies the figure before it
_BARE_THAT = re.compile(r"\bthat\s+(?:(?:" + "|".join(sorted(word_set("figure_adverbs"))) + r")\s+)?$")


FUTURE_AUX = word_set("future_aux")
WARNING_CUES = word_set("warning_cues")
AIM_VERBS = word_set("aim_verbs")
CONDEMNING = word_set("condemning_verbs")


def prospective(doc: Doc, attr: Attribution) -> bool:
    """A warning or a statement about what will be done, not a report of what happened: the
    cue is "warn"/"vow"…, or the content's main verb takes "will", "would" or "must"."""
    if attr.cue in WARNING_CUES:
        return True
    cue = doc[attr.cue_index]
    if cue.pos_ in {"VERB", "AUX"} and {ch.lower_ for ch in cue.children if ch.dep_ == "aux"} & FUTURE_AUX:
        return True  # "Israel will defend itself against any attack": the cue itself is future
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    aux = {ch.lower_ for ch in root.children if ch.dep_ == "aux"}
    if bool(aux & FUTURE_AUX) and "have" not in aux:  # "would not have been able": the past
        return True
    # "it wants to stop the group's attacks": an aim of the speaker (not "the strike aimed to hit
    # a depot": what the attack was for is an account of it)
    subject = next((ch for ch in root.children if ch.dep_ == "nsubj"), None)
    return root.lemma_.lower() in AIM_VERBS and any(ch.dep_ == "xcomp" for ch in root.children) \
        and subject is not None and subject.lemma_.lower() not in cues().attack_nouns


def _condemns_incident(doc: Doc, attr: Attribution, c: Cues) -> bool:
    """The speaker condemns the attack in the same breath: "The US condemned the strikes, saying
    …" (the cue, or the verb the cue hangs on, condemns an attack noun)."""
    if not 0 <= attr.cue_index < len(doc):
        return False
    cue = doc[attr.cue_index]
    for verb in (cue, cue.head) if cue.dep_ in {"advcl", "xcomp", "conj"} else (cue,):
        if verb.lemma_.lower() in CONDEMNING and any(
                ch.dep_ == "dobj" and ch.lemma_.lower() in c.attack_nouns for ch in verb.children):
            return True
    return False


def condemners_own_act(doc: Doc, attr: Attribution, actors: ActorGazetteer, party: str | None,
                       perpetrator: str | None, c: Cues) -> bool:
    """A party that condemns the incident does not claim it: an act of its own it names beside
    the condemnation is another act ("The US condemned the strikes, saying a US drone had shot
    down an Iranian drone"): the perpetrator read is the speaker, or the content's subject is
    the speaker's side ("its forces", "a US drone")."""
    if not _condemns_incident(doc, attr, c):
        return False
    if perpetrator is not None and perpetrator == party:
        return True
    cue = doc[attr.cue_index]
    # the act: the content's main verb, or for the condemning cue itself the clause of its
    # "saying …" ("condemned the strikes, saying a US drone had shot down …")
    acts = [g for ch in cue.children if ch.dep_ == "advcl" for g in ch.children if g.dep_ == "ccomp"]
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is not None and len(span):
        acts.append(span.root)
    for act in acts:
        subject = next((ch for ch in act.children if ch.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        # "its forces", "we" (not "it": as often the strike itself, "saying it had killed 12")
        if subject.lower_ == "we" or any(ch.dep_ == "poss" and ch.lower_ in SELF_POSSESSIVES
                                         for ch in subject.children):
            return True
        if party is not None and any(e.label_ in PERPETRATOR_ENTS and actors.party(e.text) == party
                                     for e in ents_in(doc[subject.left_edge.i:subject.right_edge.i + 1])):
            return True  # "a US drone"
    return False


REACTIONS = word_set("reaction_words")


def reaction(doc: Doc, attr: Attribution) -> bool:
    """A feeling about the reports, not an account of the incident: the content's main predicate
    is a word of dismay ("UNICEF said it was horrified by reports of the attack", "the mission
    said it was deeply alarmed"), with no clause of what happened after it."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    words = [root] if root.lemma_.lower() in REACTIONS or root.lower_ in REACTIONS else [
        ch for ch in root.children if root.lemma_.lower() == "be" and ch.dep_ in {"acomp", "attr"}
        and (ch.lower_ in REACTIONS or ch.lemma_.lower() in REACTIONS)]
    # "they were shocked when the shells landed": the clause after the feeling is an account
    return bool(words) and not any(ch.dep_ in {"advcl", "ccomp"} for w in (root, *words) for ch in w.children)


def _presupposed(doc: Doc, char: int, c: Cues, floor: int = 0, cue: int = -1) -> bool:
    """Inside a relative clause of the attack noun ("the strike, which killed 14, …", "an
    airstrike that left dozens dead"): the figure describes the attack, the source does not
    claim it. Text before ``floor`` (the content's start: "said that …") is not looked at."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    before = text_of(doc)[max(0, floor, char - 40):char]
    if _RELATIVE_BEFORE.search(before):
        # "that killed 14" (the figure's own verb follows the pronoun) or "that has killed 14";
        # "said in an interview that two officers were hurt": a complement clause, no relative
        return not (_BARE_THAT.search(before) and span is not None and span[0].pos_ not in ("VERB", "AUX"))
    if span is None:
        return False
    for anc in span[0].ancestors:
        if anc.i == cue:
            return False  # "an attack that opposition groups say killed 14": the speaker's figure
        if anc.dep_ in {"relcl", "acl"} and anc.head.lemma_.lower() in c.attack_nouns:
            return True
    return False


# victims counted on top of those already named: "two more", "another 7", "12 other members"
_MORE_WORDS = "|".join(sorted(words("casualty_words.yaml", "more_victims")))
_MORE = re.compile(rf"(?<!\w)(?:{_MORE_WORDS})(?!\w)", re.IGNORECASE)
_MORE_BEFORE = re.compile(rf"(?<!\w)(?:{_MORE_WORDS})\s+$", re.IGNORECASE)  # "another two died"


MORE_LOOKBACK = 12  # characters before a figure that hold "another ", "a further " (convention: one word)


def _sum(a: Figure, b: Figure) -> Figure:
    return Figure(None if a.min is None or b.min is None else a.min + b.min,
                  None if a.max is None or b.max is None else a.max + b.max)


_VAGUE = re.compile(r"\b(?:" + "|".join(sorted(word_set("vague_counts"))) + r")\b", re.IGNORECASE)


def _disputes(doc: Doc, start: int, end: int, c: Cues) -> bool:
    """A verb of denial between ``start`` and ``end``: the speaker's own predicate there rejects
    the figures it holds."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(t.pos_ in {"VERB", "AUX"} and c.verb_stance.get(t.lemma_.lower()) == "denies"
                                    for t in span)


def _reports(doc: Doc, start: int, end: int, c: Cues) -> bool:
    """A reporting verb between ``start`` and ``end``: "X said that four were killed, and
    promised revenge": the words before the second cue are the first cue's claim."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(t.pos_ == "VERB" and c.verb_stance.get(t.lemma_.lower()) in {"asserts", "confirms"}
                                    and t.lemma_.lower() not in c.position_verbs | c.clausal_verbs for t in span)


def _toll_after(doc: Doc, attr: Attribution) -> list[tuple[int, str]]:
    """The predicates joined to the cue after its content that give a toll ("said S and put the
    toll at 23 dead"): (offset, text) of each, the same speaker's figure."""
    if not 0 <= attr.cue_index < len(doc):
        return []
    cue = doc[attr.cue_index]
    out = []
    for conj in cue.children:
        if conj.dep_ == "conj" and conj.i > cue.i and conj.idx >= attr.content_end \
                and conj.lemma_.lower() in TOLL_VERBS \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in TOLL_NOUNS for c in conj.children):
            start, end = conj.idx, conj.right_edge.idx + len(conj.right_edge)
            out.append((start, text_of(doc)[start:end]))
    return out


def claim_figures(doc: Doc, attr: Attribution, c: Cues) -> tuple[Figure | None, Figure | None]:
    """The first killed and injured figures of the claim's content: the word-order rules
    first, the parse for what they miss (long victim phrases, asides)."""
    text = text_of(doc)
    content = text[attr.content_start:attr.content_end]
    killed: Figure | None = None
    injured: Figure | None = None
    if cumulative(content):  # "242 soldiers killed since the invasion began": no incident's toll
        return None, None
    # the speaker's own predicate before the cue is the speaker's too: "The mission [put the death
    # toll at 44 and] said that 130 were injured"
    cue_start = doc[attr.cue_index].idx if 0 <= attr.cue_index < len(doc) else attr.content_start
    before = text[attr.speaker_end:cue_start] if attr.speaker_end <= cue_start <= attr.content_start else ""
    if before and (_disputes(doc, attr.speaker_end, cue_start, c) or _reports(doc, attr.speaker_end, cue_start, c)):
        before = ""  # "disputed reports that 100 died, saying the toll was 73": not the 100
    mentions = [(attr.content_start + m.start, m) for m in find_casualties(content)]
    mentions += [(attr.speaker_end + m.start, m) for m in find_casualties(before)
                 if not any(k.kind == m.kind for _, k in mentions)]
    # … and the speaker's own toll after it: "said in a statement that S and put the toll at 23 dead"
    for at, told in _toll_after(doc, attr):
        mentions += [(at + m.start, m) for m in find_casualties(told) if not any(k.kind == m.kind for _, k in mentions)]
    # "three of his children were killed": a part of the victims, no figure of the claim's
    subsets = subset_spans(mentions)
    for start, m in mentions:
        if m.subset:
            continue
        if (_presupposed(doc, start, c, attr.content_start if start >= attr.content_start else attr.speaker_end,
                         attr.cue_index)
                or _VAGUE.search(m.text)):
            continue  # "killing hundreds": a word, not a figure (the gold sets' convention)
        if m.kind == "killed" and (killed is None or m.revision):  # a risen toll replaces
            killed = m.figure
        elif m.kind == "injured" and (injured is None or m.revision):
            injured = m.figure
        elif _MORE.search(m.text) or _MORE_BEFORE.search(text, max(0, start - MORE_LOOKBACK), start):
            # "nine died at the scene and two more died overnight", "… and another two died": 11
            if m.kind == "killed" and killed is not None:
                killed = _sum(killed, m.figure)
            elif m.kind == "injured" and injured is not None:
                injured = _sum(injured, m.figure)
    if killed is None or injured is None:
        span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
        for kind, figure, tok in parse_casualties(span) if span is not None else ():
            if _presupposed(doc, tok.idx, c, attr.content_start, attr.cue_index) or in_spans(subsets, tok.idx):
                continue
            if kind == "killed" and killed is None:
                killed = figure
            elif kind == "injured" and injured is None:
                injured = figure
    return killed, injured


def denial_topic(doc: Doc, attr: Attribution) -> About:
    """What a denial without a figure denies: the casualties when the clause it denies is about
    the victims ("denied that any civilians had been killed", "no one died", "disputed the
    casualty figures", "the toll was exaggerated"), else who did it ("denied its forces carried
    out the strike", "denied that its jets killed civilians": a doer is named)."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return "perpetrator"
    root = span.root
    lemma = root.lemma_.lower()
    if lemma in VICTIM_VERBS:
        deps = {ch.dep_ for ch in root.children}
        if lemma in DYING - {"wound", "injure"} or (("auxpass" in deps or "nsubjpass" in deps) and "agent" not in deps):
            return "casualties"  # no doer: the victims are what is denied
        return "perpetrator"
    heads = [root, *(ch for ch in root.children if ch.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"})]
    if any(t.lemma_.lower() in FIGURE_NOUNS or any(
            ch.dep_ == "compound" and ch.lemma_.lower() in FIGURE_NOUNS for ch in t.children) for t in heads):
        return "casualties"  # "the toll was exaggerated", "the casualty numbers"
    return "perpetrator"
