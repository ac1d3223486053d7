"""What a claim's content says about the incident: its casualty figures, whether it speaks of the
future rather than of what happened, a reaction or a condemner's own act, and what a denial is
about (:mod:`rashomon.extract.claims` builds the claims; who did it is
:mod:`rashomon.extract.claim_perpetrator`).
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc, Token

from rashomon.extract.attribution import Attribution
from rashomon.extract.attribution_cue import TOLL_NOUNS, TOLL_VERBS, given_figure, toll_object
from rashomon.extract.casualty_parse import parse_casualties
from rashomon.extract.claim_perpetrator import (
    DYING,
    FIGURE_NOUNS,
    PERPETRATOR_ENTS,
    SELF_POSSESSIVES,
    VICTIM_VERBS,
)
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues, cues, word_set
from rashomon.extract.numbers import cumulative, find_casualties, in_spans, subset_spans
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.lexicon import words
from rashomon.nlp.entities import ents_in
from rashomon.types import About, Figure

# "which killed", "that had reportedly killed"; not "said that the toll rose" (a determiner
# after "that" starts a clause's subject: "that" is a complementizer there, not a relative)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\s+(?:ha[sd]\s+|have\s+)?"
                              r"(?:(?!(?:the|a|an|its|their|his|her)\s)[a-z]+\s+)?$")


# "said that two officers were hurt", "saying that only two of its members had died": a
# complement clause, with at most a word that qualifies the figure before it
_BARE_THAT = re.compile(r"\bthat\s+(?:(?:" + "|".join(sorted(word_set("figure_adverbs"))) + r")\s+)?$")


logger = logging.getLogger(__name__)
FUTURE_AUX = word_set("future_aux")
WARNING_CUES = word_set("warning_cues")
AIM_VERBS = word_set("aim_verbs")
CONDEMNING = word_set("condemning_verbs")
COMMENTED_INCIDENTS = word_set("commented_incidents")
EXCUSING_VERBS = word_set("excusing_verbs")
SYMPATHY_NOUNS = word_set("sympathy_nouns")
CONDEMNATION_NOUNS = word_set("condemnation_nouns")


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


MEANING_VERBS = word_set("meaning_verbs")
MEANING_NOUNS = word_set("meaning_nouns")  # "the attack was a reminder that …"


def _condemned(copula: Token, c: Cues) -> bool:
    """"the attack was a heinous crime", "the massacre was an act of barbarism", "the bombing was
    a grim reminder that …": the attack is the subject, a word of condemnation or of what it
    shows its predicate (not "the strike was a mistake", "a reprisal": an account of it)."""
    subject = next((ch for ch in copula.children if ch.dep_ == "nsubj"), None)
    if subject is None or not (subject.lemma_.lower() in c.attack_nouns
                               or subject.lemma_.lower() in COMMENTED_INCIDENTS):
        return False
    for attr in (ch for ch in copula.children if ch.dep_ == "attr"):
        words = [attr, *(g for p in attr.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj")]
        if any(w.lemma_.lower() in CONDEMNATION_NOUNS for w in words):
            return True  # "… an atrocity"
        if attr.lemma_.lower() in MEANING_NOUNS:
            logger.debug("comment: the attack as a %s", attr.lower_)
            return True  # "the bombings were a horrific reminder that …": a comment
    return False


def commentary(doc: Doc, attr: Attribution, c: Cues) -> bool:
    """What the incident shows, not what happened: the content's main verb is a verb of meaning
    whose subject is the attack itself ("the Beni attack showed civilians were caught between the
    two sides", "the massacre underlined how far the group had spread"), a comment on the
    incident, as a condemnation is (not "secondary explosions showed the car carried explosives":
    a plural of things seen, evidence of what happened)."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    for verb in span:
        # "the bombing of the wedding could not be justified", "nothing can justify the attack":
        # a judgement of the attack, as a condemnation (the parser may hang it on "a statement")
        if verb.lemma_.lower() in EXCUSING_VERBS and verb.pos_ == "VERB" and any(
                ch.dep_ == "neg" or ch.lower_ == "nothing" for ch in verb.children):
            return any(ch.dep_ in {"nsubj", "nsubjpass", "dobj"} and (
                ch.lemma_.lower() in c.attack_nouns or ch.lemma_.lower() in COMMENTED_INCIDENTS)
                for ch in verb.children)
    if any(ch.dep_ == "dobj" and ch.lemma_.lower() in SYMPATHY_NOUNS for ch in root.children):
        return True  # "it offered its condolences to the families": a reaction
    if root.lemma_.lower() == "be" and _condemned(root, c):
        return True  # "the attack was a heinous crime", "an act of barbarism"
    if root.lemma_.lower() not in MEANING_VERBS or root.pos_ != "VERB":
        return False
    subject = next((ch for ch in root.children if ch.dep_ == "nsubj"), None)
    # singular, or the killings themselves ("the killings show that …"; not "explosions showed …")
    return subject is not None and (
        (subject.tag_ == "NN" and subject.lemma_.lower() in c.attack_nouns)
        or subject.lemma_.lower() in COMMENTED_INCIDENTS)


OCCASION_MARKS = frozenset({"after", "following"})
INQUIRY_NOUNS = word_set("inquiry_nouns")  # "an inquiry into the killing of 30"
RISING_VERBS = frozenset({"rise", "climb", "reach", "increase", "jump", "grow", "mount", "stand"})


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
        if _occasion(anc) or _inquired(anc):
            logger.debug("claims: a figure the speaker's words presuppose: %s", anc.sent.text[:100])
            return True
    return False


def _occasion(clause: Token) -> bool:
    """"it would send troops to El Fasher after 40 people were killed there": the deaths are the
    occasion of the speaker's response (a clause of "after"/"following" on a verb that is no
    killing), told by the outlet (not "40 were killed after gunmen stormed the village": there the
    clause is the attack's, on the verb of the toll; nor "the toll rose to six after a woman died of
    her wounds": a death the toll counts)."""
    head = clause.head
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in OCCASION_MARKS for m in clause.children) \
        and head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() not in VICTIM_VERBS \
        and clause.lemma_.lower() in VICTIM_VERBS and head.lemma_.lower() not in RISING_VERBS \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in TOLL_NOUNS for c in head.children)


def _inquired(prep: Token) -> bool:
    """"ready to take part in an inquiry into the killing of 30 villagers": the deaths are what an
    inquiry is into, not a toll the speaker gives."""
    return prep.dep_ == "prep" and prep.lower_ in {"into", "of"} and prep.head.lemma_.lower() in INQUIRY_NOUNS


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
                and any(c.dep_ == "dobj" and toll_object(c) for c in conj.children):
            start, end = conj.idx, conj.right_edge.idx + len(conj.right_edge)
            out.append((start, text_of(doc)[start:end]))
    return out


MOTIVE_NOUNS = word_set("motive_nouns")  # "revenge for …", "in retaliation for …"
AVENGING = word_set("avenging_verbs")  # "the attack avenged the deaths of …"


def _motives(doc: Doc, attr: Attribution) -> list[tuple[int, int]]:
    """Where the content names the deaths the act avenges: "revenge for the killing of a militant
    leader last year", "in retaliation for the deaths of two commanders", "in response to the
    killing of …", "the attack avenged the deaths of …" (character ranges)."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or not any(t.lemma_.lower() in MOTIVE_NOUNS or t.lemma_.lower() in AVENGING for t in span):
        return []
    out = []
    for t in span:
        lemma = t.lemma_.lower()
        if lemma in MOTIVE_NOUNS and t.pos_ == "NOUN":
            named = [g for p in t.children if p.dep_ == "prep" and p.lower_ in {"for", "to"} for g in p.subtree]
        elif lemma in AVENGING and t.pos_ == "VERB":
            named = [g for o in t.children if o.dep_ == "dobj" for g in o.subtree]
        else:
            continue
        if named:
            out.append((min(g.idx for g in named), max(g.idx + len(g.text) for g in named)))
    return out


def _compared_figure(doc: Doc, attr: Attribution) -> tuple[Figure | None, Figure | None] | None:
    """"… said 12 people had been killed, a higher figure than the seven given by the government":
    the bare number another source gave counts what the figure it is set against counts (the last
    casualty figure of the sentence before it), killed or wounded. None when the claim is no such
    figure or the sentence counts nothing before it."""
    if not 0 <= attr.cue_index < len(doc) or not given_figure(cue := doc[attr.cue_index]) or cue.head.tag_ != "CD":
        return None
    number = cue.head
    before = find_casualties(text_of(doc)[attr.sent_start:number.idx])
    if not before:
        return None
    kind = before[-1].kind
    read = [m for m in find_casualties(f"{number.text} {'killed' if kind == 'killed' else 'wounded'}")
            if m.kind == kind]
    if not read:
        return None
    logger.debug("claims: a figure set against another's, %s %s: %s", kind, number.text, text_of(doc)[
        attr.sent_start:attr.sent_end][:100])
    return (read[0].figure, None) if kind == "killed" else (None, read[0].figure)


def claim_figures(doc: Doc, attr: Attribution, c: Cues) -> tuple[Figure | None, Figure | None]:
    """The first killed and injured figures of the claim's content: the word-order rules
    first, the parse for what they miss (long victim phrases, asides)."""
    text = text_of(doc)
    content = text[attr.content_start:attr.content_end]
    killed: Figure | None = None
    injured: Figure | None = None
    if (compared := _compared_figure(doc, attr)) is not None:
        return compared
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
    # "revenge for the killing of a militant leader": the motive's deaths, not the incident's
    motives = _motives(doc, attr)
    mentions = [(at, m) for at, m in mentions if not any(lo <= at < hi for lo, hi in motives)]
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
