"""Turn claim drafts into Claim objects: stance, about, perpetrator, figures, country.

Who speaks is read in :mod:`rashomon.extract.claims_drafts` (sources resolved with the actor
gazetteer, pronouns by rule-based coreference). A wire named as "according to Reuters" or
"Reuters reported" next to another speaker is that claim's ``via``, not its source. A claim
that speaks of the past, of the whole war or of another event is about ``other``
(:mod:`rashomon.extract.claim_background`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from spacy.tokens import Doc

from rashomon.config import setting
from rashomon.extract.attribution import Attribution
from rashomon.extract.claim_answered import answer_topic, nothing_of_its_own
from rashomon.extract.claim_attackers import attackers_killed
from rashomon.extract.claim_background import background
from rashomon.extract.claim_location import claimed_country
from rashomon.extract.claim_perpetrator import (
    NOT_EVENTS,
    SELF_PRONOUNS,
    answers_attack,
    find_perpetrator,
    speaks_of_attack,
)
from rashomon.extract.claim_repeats import one_figure_per_source
from rashomon.extract.claim_response import commentators_reading, response
from rashomon.extract.claim_responsibility import claims_by_reference
from rashomon.extract.claim_roundup import elsewhere as roundup_elsewhere
from rashomon.extract.claims_drafts import draft_claims
from rashomon.extract.claims_reading import (
    claim_figures,
    commentary,
    condemners_own_act,
    denial_topic,
    prospective,
    reaction,
)
from rashomon.extract.decline_questions import asks_of_others, decline_topic
from rashomon.extract.doctext import text_of
from rashomon.extract.draft_rules import ClaimDraft
from rashomon.extract.headline_debunk import outlet_debunk
from rashomon.extract.lexicon import cues, word_set
from rashomon.extract.stance import decide_stance
from rashomon.extract.stance_unknown import unknown_topic
from rashomon.gazetteer.actors import ActorGazetteer
from rashomon.types import About, Claim, Evidence, Figure

logger = logging.getLogger(__name__)

MAX_CLAIM_TEXT: int = setting("extract.claims", "max_claim_text")  # data/settings.toml
# "the report", "the document": a document named again stands for its author, written as is
DOCUMENT_ANAPHORA = frozenset(f"the {w}" for w in word_set("document_sources"))
COMMENTATORS = word_set("commentator_nouns")
DISPUTING = word_set("disputing_cues")
RELATIVE_SOURCES = frozenset({"who", "which"})  # "disputed by the council's head, X, who said …"
# between a disputer and the relative pronoun that gives its figure: at most its name, set off by
# commas (", Sayed Hashimi, "); nothing that could be another speaker's clause
_APPOSITION = re.compile(r"\s*(?:,[^,;.:\"“”]{1,60})?,\s*")


def commentator(attr: Attribution) -> bool:
    """"Analysts said …", "an expert on the Sahel said …": a commentator, not a party; its
    reading of what the attack shows is a comment even where it names the group."""
    words = attr.speaker_text.lower().split()
    return bool(words) and any(w in COMMENTATORS for w in words[:3])


GUESSING_MODALS = frozenset({"may", "might", "could"})


def guesses(doc: Doc, attr: Attribution) -> bool:
    """The content's main verb is a guess about what has been: "the group may have stayed
    silent because of the anger", "the gang could have been paid" ("may/might/could have"). Said
    by a commentator it is speculation, no account of the incident (a party's or an official's
    guess stays theirs: "police said the bomber may have come from Niger")."""
    span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    aux = [c.lower_ for c in span.root.children if c.dep_ in {"aux", "auxpass"}]
    return any(a in GUESSING_MODALS for a in aux) and "have" in aux


def _evidence(doc: Doc, attr: Attribution) -> Evidence:
    text = text_of(doc)
    start = min(attr.speaker_start, attr.content_start, attr.sent_start)
    end = max(attr.content_end, attr.speaker_end)
    end = min(max(end, start + 1), attr.sent_end if attr.sent_end > start else len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start=start, end=end, text=text[start:end])


def _disputes_with_a_toll(claims: list[Claim], disputes: set[str], text: str) -> list[Claim]:
    """"The government disputed reports that 100 were killed, saying the verified toll stood at
    73": the dispute and its own toll are one position, an assertion of the figure (the gold
    sets mark no denial beside it), so the figureless dispute (claim ids ``disputes``) of the
    casualties is dropped when the same source gives a killed figure in the same words. Not a
    denial ("denied that its soldiers massacred civilians, saying five died in a fire"). The same
    source may give it in a relative clause on its apposition: "His account was disputed by the
    head of the council, Sayed Hashimi, who said at least 60 had died" (probe15: a counter-figure)."""
    def same_source(c: Claim, d: Claim) -> bool:
        if c.source.name == d.source.name:
            return True
        s, e = d.source.end, c.source.start
        return (c.source.text or "").lower() in RELATIVE_SOURCES and s is not None and e is not None \
            and s <= e and _APPOSITION.fullmatch(text[s:e]) is not None

    def gives_toll(c: Claim, d: Claim) -> bool:
        return same_source(c, d) and c.stance in {"asserts", "confirms"} and c.killed is not None \
            and c.evidence.start < d.evidence.end and d.evidence.start < c.evidence.end
    kept = []
    for d in claims:
        if d.id in disputes and d.about == "casualties" and d.killed is None and any(gives_toll(c, d) for c in claims):
            logger.debug("claims: a dispute with a toll of its own, a counter-figure: %s", d.evidence.text[:100])
            continue
        kept.append(d)
    return kept


def _one_rejection(doc: Doc, drafts: list[ClaimDraft]) -> set[int]:
    """Indexes of denials said again in a participle of the same speaker's denial: "X rejected
    that figure, calling the group's statement propaganda" is one rejection (of the figure), not a
    second denial of something else; the participle names what was rejected again and tells
    nothing of its own."""
    cues_of = {d.attribution.cue_index: d.source.name for d in drafts
               if d.stance == "denies" and d.attribution.cue not in {"quote", "according to"}}
    out: set[int] = set()
    for i, d in enumerate(drafts):
        at = d.attribution.cue_index
        if d.stance != "denies" or d.attribution.cue in {"quote", "according to"} or not 0 <= at < len(doc):
            continue
        cue = doc[at]
        if cue.tag_ == "VBG" and cue.dep_ in {"advcl", "xcomp"} and cues_of.get(cue.head.i) == d.source.name \
                and nothing_of_its_own(doc, d.attribution.content_start, d.attribution.content_end, at):
            out.add(i)  # not "denied any involvement, saying its forces had not fired": an account of its own
    return out


def _decline_reasons(doc: Doc, drafts: list[ClaimDraft]) -> set[int]:
    """Indexes of declines that are only the reason of the same speaker's decline: "a police
    spokesman declined to comment, saying the investigation was continuing" is one decline (its
    participle read as declining only from the words before it), not two."""
    cues_of = {d.attribution.cue_index: d.source.name for d in drafts
               if d.stance == "declines_comment" and d.attribution.cue not in {"quote", "according to"}}
    out: set[int] = set()
    for i, d in enumerate(drafts):
        at = d.attribution.cue_index
        if d.stance != "declines_comment" or d.attribution.cue in {"quote", "according to"} or not 0 <= at < len(doc):
            continue
        cue = doc[at]
        if cue.tag_ == "VBG" and cue.dep_ in {"advcl", "xcomp"} and cues_of.get(cue.head.i) == d.source.name \
                and decide_stance(doc, d.attribution, cues(), alone=True) != "declines_comment":
            logger.debug("claims: the reason of a decline, no second decline: %s",
                         text_of(doc)[d.attribution.content_start:d.attribution.content_end][:80])
            out.add(i)
    return out


def extract_claims(doc: Doc, article_id: str, actors: ActorGazetteer, outlet: str | None = None) -> list[Claim]:
    """All claims of one article's Doc, in text order, with ids ``{article_id}:c{n}``;
    ``outlet``: who published it (the source of a debunk in the headline's own voice)."""
    c = cues()
    claims: list[Claim] = []
    drafts = draft_claims(doc, actors)
    past_lines = {id(d): found for d in drafts if (found := background(doc, d.attribution, d.stance, c))}
    # the parties with a word of their own on the incident: their records are background
    present = {d.party or d.source.name for d in drafts if id(d) not in past_lines}
    disputes: set[str] = set()  # claim ids of a figure disputed ("disputed reports that 100 died")
    said_again = _one_rejection(doc, drafts) | _decline_reasons(doc, drafts)
    for n, d in enumerate(drafts):
        if n in said_again:
            continue
        attr = d.attribution
        content = text_of(doc)[attr.content_start:attr.content_end]
        killed, injured = claim_figures(doc, attr, c)
        # "killed all 12 attackers, and that 19 pupils had died": the attackers, a count of their own
        attackers = attackers_killed(content, killed) if d.stance in {"asserts", "confirms"} else None
        if killed is None:
            killed, attackers = attackers, None
        stance = d.stance
        own_other_act = False
        if stance == "denies":
            # who denies having done it, or the party a third party clears ("US intelligence
            # assessed that Israel was not responsible")
            perpetrator = find_perpetrator(doc, attr, actors, d.party, c) or d.party
        elif stance == "declines_comment":
            # who won't comment on having done it; not who won't say whether its own people died
            perpetrator = None if asks_of_others(doc, attr) else d.party
        else:
            perpetrator = find_perpetrator(doc, attr, actors, d.party, c)
            # "condemned the strikes, saying its drone had shot down …": another act than the one it condemns
            own_other_act = condemners_own_act(doc, attr, actors, d.party, perpetrator, c)
            if perpetrator is None and claims_by_reference(doc, attr, c):
                perpetrator = d.party or d.source.name  # "the attack, which the ADF has claimed"
            if stance == "asserts" and perpetrator is not None and perpetrator == d.party:
                stance = "confirms"  # "Israel's military said it had attacked …": it acknowledges
            elif stance == "asserts" and perpetrator is None and answers_attack(doc, attr, c):
                stance = "confirms"  # "killed all 33 attackers": its own action, no perpetrator named
        evidence = _evidence(doc, attr)
        text = " ".join(content.split())[:MAX_CLAIM_TEXT]
        source = d.source
        if source.start is None or source.end is None or source.end <= source.start:
            source = replace(source, start=None, end=None)
        elif (written := text_of(doc)[source.start:source.end]) != source.text:
            if written.lower() in c.anaphora_person or written.lower() in SELF_PRONOUNS | {"they", "who", "which"} \
                    or written.lower() in DOCUMENT_ANAPHORA:
                # "he", "it", "who", "the report": the words as written, the antecedent's name
                source = replace(source, text=written)
            else:
                # a described antecedent ("the source" for "a military source") keeps the words
                # that name it, and gives no offsets
                source = replace(source, start=None, end=None)
        base = dict(article_id=article_id, source=source, text=text, evidence=evidence,
                    hedged=d.hedged)
        parts: list[tuple[About, str | None, Figure | None, Figure | None]] = []
        has_figures = killed is not None or injured is not None
        if d.stance in {"asserts", "confirms"} and has_figures:
            if perpetrator:
                parts.append(("perpetrator", perpetrator, None, None))
            parts.append(("casualties", None, killed, injured))
            if attackers is not None:
                parts.append(("casualties", None, attackers, None))
        elif d.stance in {"denies", "declines_comment"}:
            about: About = "casualties" if has_figures or "toll" in content.lower() else (
                decline_topic(doc, attr) if d.stance == "declines_comment" else denial_topic(doc, attr))
            if about == "perpetrator" and perpetrator in {None, d.party} \
                    and (answer := answer_topic(doc, drafts, n, d.stance)) is not None:
                # "dismissed the account as propaganda": what the account named again told; the
                # denier is not who did it (no "denied by" on an attack it may have claimed)
                about, perpetrator = answer, None if d.stance == "denies" else perpetrator
            parts.append((about, perpetrator, None, None))
        elif d.stance == "unknown":  # "it was unclear who had planted the bomb": no one named
            parts.append((unknown_topic(doc, attr.content_start, attr.content_end), None, None, None))
        else:
            parts.append(("perpetrator" if perpetrator else "occurrence", perpetrator, None, None))
        if d.stance in {"asserts", "confirms"} and not has_figures and (not perpetrator or commentator(attr)) and (
                reaction(doc, attr) or commentary(doc, attr, c)):
            # "UNICEF said it was horrified by the reports", "analysts said the attack showed …"
            parts = [("other", None, None, None)]
        elif d.stance in {"asserts", "confirms"} and not has_figures and not perpetrator and response(doc, attr, c):
            parts = [("other", None, None, None)]  # "condemned the attack and called for …", "ordered an inquiry"
        elif d.stance in {"asserts", "confirms"} and not has_figures and commentator(attr) and (
                guesses(doc, attr) or commentators_reading(doc, attr, c)):
            logger.debug("claims: a commentator's guess, no account of the incident: %s", text[:100])
            parts = [("other", None, None, None)]  # "analysts said the group may have stayed silent"
        elif d.stance in {"asserts", "confirms"} and not has_figures and prospective(doc, attr):
            parts = [("other", None, None, None)]  # "Israel will defend itself against any attack"
        elif d.stance in {"asserts", "confirms"} and attr.weak and not has_figures \
                and not perpetrator:
            parts = [("other", None, None, None)]  # a reaction ("the UN condemned the attack"), no account
        if (past := past_lines.get(id(d))) == "other" or (past == "record" and (d.party or d.source.name) in present) \
                or own_other_act or (d.stance in {"asserts", "confirms"} and roundup_elsewhere(doc, attr, c)):
            parts = [("other", None, None, None)]  # "in the past the group has denied …": no position on this one
        country = None
        if d.stance in {"asserts", "confirms"}:  # where the attack was: a claim speaking of one
            span = doc.char_span(attr.content_start, attr.content_end, alignment_mode="expand")
            if span is not None and speaks_of_attack(span, c, ignore=NOT_EVENTS):
                country = claimed_country(content)
        if country is not None and parts[-1][0] == "occurrence":
            parts[-1] = ("location", None, None, None)  # "the clip showed a strike inside Syria"
        for about, perp, k, i in parts:
            if stance == "denies" and attr.cue in DISPUTING:
                disputes.add(f"{article_id}:c{len(claims) + 1}")
            claims.append(Claim(id=f"{article_id}:c{len(claims) + 1}", stance=stance,  # type: ignore[arg-type]
                                about=about, perpetrator=perp, killed=k, injured=i, country=country,
                                **base))  # type: ignore[arg-type]
    claims = one_figure_per_source(_disputes_with_a_toll(claims, disputes, text_of(doc)))
    spans = [(d.attribution.sent_start, d.attribution.content_start, d.attribution.content_end) for d in drafts]
    own = outlet_debunk(doc, article_id, spans, claims, outlet, MAX_CLAIM_TEXT)
    if own is not None:
        claims.insert(0, own)  # the headline comes first; ids stay unique
    logger.debug("article %s: %d claims", article_id, len(claims))
    return claims
