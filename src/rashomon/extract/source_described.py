"""Speakers the article describes before or after naming them (rules of
:func:`rashomon.extract.source_merge.merge_descriptions`, split out to keep that module small):

* "One of the sources, who has seen the report, said": a member of the group named before
  ("two security sources"), else the group noun;
* "A survivor, Saleh Ali, said": the person named right after a bare description;
* "the information team" after "the True News Information Team of the X Commission": a definite
  description of two words or more is the longer name before that holds its words;
* "Maria Torres, whose brother was killed, said": a person described with no speaker title is
  someone in their own right (:func:`described_apart`), not a spokesperson named before;
* "The Interior Ministry's spokesman, Tarek Daoud, told …" and then "Daoud said …": one speaker,
  named as the claim that introduced them names them (:func:`one_name_per_person`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from spacy.tokens import Doc

from rashomon.extract.doctext import text_of
from rashomon.extract.draft_rules import ClaimDraft
from rashomon.nlp.entities import ents_in

log = logging.getLogger(__name__)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w’'-]*", text)


_PARTITIVE = re.compile(r"(?i)^(?:one|two|three|four|five|another|each|either|neither|both|some|\d+)\s+of\s+"
                        r"(?:the|these|those)\s+(?P<noun>[a-z][\w-]*s)$")
_DEFINITE = re.compile(r"(?i)^the\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){1,2})$")
_BARE_DESCRIPTION = re.compile(r"(?i)^an?\s+[a-z][\w-]*$")


def _named_after(doc: Doc, d: ClaimDraft, written: str) -> str | None:
    """The person's name set off by commas right after a one-word description ("A survivor,
    Saleh Ali, said"; "a resident, Maria Lopez, told reporters"): two words or more, a PERSON
    entity, between the description and the cue."""
    a = d.attribution
    if d.source.kind not in {"unknown", "person"} or not _BARE_DESCRIPTION.match(written.strip()) \
            or not 0 <= a.cue_index < len(doc) or doc[a.cue_index].idx <= a.speaker_end:
        return None
    m = re.match(r"^,\s*([^,]+?)\s*,\s*$", text_of(doc)[a.speaker_end:doc[a.cue_index].idx])
    if m is None:
        return None
    span = doc.char_span(a.speaker_end + m.start(1), a.speaker_end + m.end(1))
    if span is None or len(span) < 2 or not any(e.label_ == "PERSON" and e.start == span.start
                                                and e.end == span.end for e in ents_in(span)):
        return None
    return span.text


def described_apart(doc: Doc, d: ClaimDraft, titles: frozenset[str]) -> bool:
    """Whether a person speaker is described between the name and the cue, or after the name
    when it follows the cue, with no speaker title ("Maria Torres, whose brother was killed at
    the checkpoint, said", "Ali Musa, a farmer, said", '"…," said Ko Htet, who lost his mother'):
    someone the article introduces for their own account, not the spokesperson named just
    before."""
    a = d.attribution
    if not 0 <= a.cue_index < len(doc):
        return False
    if doc[a.cue_index].idx > a.speaker_end:
        between = text_of(doc)[a.speaker_end:doc[a.cue_index].idx].strip()
    else:
        # '"…," said Amna Yousif, a teacher who was wounded': the description follows the name
        # after the cue, to the sentence's end; it opens as a description does (not "adding …")
        # (to the end of the name's own sentence: a quote's first sentence is a draft of its own)
        m = _TO_SENTENCE_END.match(text_of(doc), a.speaker_end)
        between = m.group(0).strip() if m else ""
        if _AFTER_CUE.match(between) is None:
            return False
    if not between.startswith(","):
        return False
    rest = [w.lower() for w in _words(between)]
    return bool(rest) and not any(w in titles for w in rest)


# the opening of a description set off after a name ("…, a teacher", "…, who lost", "…, whose son")
_AFTER_CUE = re.compile(r"(?i)^,\s*(?:an?|the|who|whose|one)\s")
_TO_SENTENCE_END = re.compile(r"[^\n]*?(?:[.!?](?=[\s\"”’]|$)|$)", re.MULTILINE)


def described_speakers(drafts: list[ClaimDraft], written: list[str], doc: Doc) -> list[ClaimDraft]:
    """Apply the partitive, named-after and definite-description rules (in text order);
    ``written``: each draft's speaker words as written."""
    out = list(drafts)
    # "One of the sources, who has seen the report, said": a member of the group named before
    for i, d in enumerate(out):
        m = _PARTITIVE.match(written[i].strip())
        if m is None:
            continue
        noun = m.group("noun").lower()
        group = next((out[j] for j in reversed(range(i)) if _words(written[j])
                      and _words(written[j])[-1].lower() == noun), None)
        if group is not None:
            out[i] = replace(d, source=replace(d.source, name=group.source.name, kind=group.source.kind),
                             party=group.party)
        else:
            out[i] = replace(d, source=replace(d.source, name=noun))
    # "A survivor, Saleh Ali, said": a bare description with a person's name right after it is
    # that person (the name the article gives the speaker), not the group "survivors"
    for i, d in enumerate(out):
        if (person := _named_after(doc, d, written[i])) is not None:
            out[i] = replace(d, source=replace(d.source, name=person, kind="person"), party=None)
    # "the information team" after "the True News Information Team of the X Commission": a
    # definite description of two words or more is the longer name before that holds them
    for i, d in enumerate(out):
        m = _DEFINITE.match(written[i].strip())
        if m is None or d.source.kind not in {"unknown", "person"}:
            continue
        words = m.group("words").lower()
        fuller = next((out[j] for j in reversed(range(i)) if len(written[j]) > len(written[i])
                      and re.search(rf"\b{re.escape(words)}\b", written[j].lower())
                      and out[j].source.name != d.source.name), None)
        if fuller is not None:  # and the same description further on, as the parser wrote it
            out = [replace(o, source=replace(o.source, name=fuller.source.name, kind=fuller.source.kind),
                           party=fuller.party) if k >= i and o.source.name == d.source.name else o
                   for k, o in enumerate(out)]
    # "the army's chief of staff said …. General X said …": an officer named by a military rank
    # right after a force's unnamed office holder is that office holder (the force speaks)
    for i in range(1, len(out)):
        if (force := _officer_of(doc, out[i - 1], out[i], written[i - 1], written[i])) is not None:
            name = out[i].source.name
            out = [replace(o, source=replace(o.source, name=force.source.name, kind=force.source.kind),
                           party=force.party) if k >= i and o.source.kind == "person" and o.source.name in
                   {name, name.split()[-1]} else o for k, o in enumerate(out)]
    return out


_MILITARY_RANKS = frozenset({"general", "gen", "gen.", "colonel", "col", "col.", "lt-gen", "maj-gen", "brig-gen",
                             "brigadier", "admiral", "adm", "adm.", "major", "maj", "maj."})
_FORCES = frozenset({"army", "military", "navy", "air force", "armed forces", "defence forces", "defense forces"})
_FORCE_KINDS = frozenset({"military", "unknown"})


def _officer_of(doc: Doc, prev: ClaimDraft, d: ClaimDraft, prev_written: str, written: str) -> ClaimDraft | None:
    """``prev`` when ``d`` is an officer introduced by rank and name alone ("General Omar Diarra")
    and ``prev`` a force's office holder with no name ("the army's chief of staff"), in the
    next sentence: else None ("General X" after "a police spokesman", or after a named one)."""
    words = written.split()
    if d.source.kind != "person" or len(words) < 3 or words[0].lower() not in _MILITARY_RANKS \
            or " ".join(words[1:]) != d.source.name:
        return None
    if prev.source.kind not in _FORCE_KINDS or not any(
            f in prev.source.name.lower() or f in prev_written.lower() for f in _FORCES):
        return None
    a, p = d.attribution, prev.attribution
    if a.sent_start <= p.sent_start or a.sent_start > p.sent_end + 2:
        return None  # the next sentence only
    end = max(p.speaker_end, doc[p.cue_index].idx if 0 <= p.cue_index < len(doc) else 0)
    span = doc.char_span(p.speaker_start, end, alignment_mode="expand")  # up to its cue: the appositive too
    if span is None or any(e.label_ == "PERSON" for e in ents_in(span)):
        return None  # "the army's chief of staff, General Y": named already; X is someone else
    return prev


def _in_apposition(name: str, long: str) -> bool:
    """"The Interior Ministry's spokesman, Brigadier Tarek Daoud": the name set off by a comma
    after the role (a title may come before it), closing the phrase or followed by a comma."""
    at = long.find(name)
    end = at + len(name)
    return at > 0 and "," in long[:at] and (end == len(long) or long[end] == ",") \
        and len(long[long.rindex(",", 0, at) + 1:at].split()) <= 2


def one_name_per_person(drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """A person quoted by name whom another claim of the article introduced in apposition to a
    role ("The Interior Ministry's spokesman, Tarek Daoud, told …", later "Daoud rejected …"):
    the introducing claim's source (the body the role speaks for), so that one speaker is one
    source. Only when that source does not already name the person (a gazetteer's person or a
    titled name stays as it is)."""
    out = []
    for d in drafts:
        name = d.source.name
        if d.source.kind == "person" and len(words := name.split()) >= 2:
            role = next((o for o in drafts if o is not d and o.source.name != name
                         and o.source.kind != "person" and words[-1] not in o.source.name
                         and _in_apposition(name, o.attribution.speaker_long)), None)
            if role is not None:
                log.debug("one person, one source: %r → %r", name, role.source.name)
                d = replace(d, source=replace(role.source, text=d.source.text, start=d.source.start,
                                              end=d.source.end, via=d.source.via), party=role.party)
        out.append(d)
    return out
