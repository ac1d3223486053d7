"""Who denies in "X accused Y of Z, which it denies" (for :mod:`rashomon.extract.claims_drafts`).

News sets a party's standing denial after the accusation it answers: "The government has long
accused the Tigers of recruiting children, which they deny", "Amnesty has accused the army of
killing civilians, a charge it denies". The pronoun of the denial is the accused (the object of the
accusing verb), never the accuser the pronoun rules would take (the last group named).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc

from rashomon.extract.attribution import ACCUSING, Attribution
from rashomon.extract.attribution_speaker import long_text, speaker_bounds
from rashomon.extract.claims_speakers import STATE_FORCES, anaphoric
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import Cues

log = logging.getLogger(__name__)

_PRONOUNS = frozenset({"it", "they", "he", "she"})
_CLIMB = 6  # head steps from the relative clause to the accusing verb ("children" → "recruiting" → "of" → "accused")


def accused_speaker(doc: Doc, attr: Attribution, c: Cues) -> Attribution | None:
    """``attr`` spoken by the accused when its cue is a denial in a relative clause on an
    accusation and its speaker a pronoun ("…, which it denies", "…, a charge they reject"); with
    an empty speaker when the accused is only a description ("the group")."""
    if attr.speaker_text.strip().lower() not in _PRONOUNS or c.verb_stance.get(attr.cue) != "denies" \
            or not 0 <= attr.cue_index < len(doc) or doc[attr.cue_index].dep_ != "relcl":
        return None
    tok = doc[attr.cue_index].head
    for _ in range(_CLIMB):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ACCUSING:
            break
        if tok.head is tok:
            return None
        tok = tok.head
    else:
        return None
    accused = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
    if accused is None or accused.lower_ in _PRONOUNS:
        return None
    start, end = speaker_bounds(accused)
    # "accused the group of links to …": the charge the parser may hang on the accused is not its name
    charge = next((ch for ch in accused.children if ch.dep_ == "prep" and ch.lower_ in {"of", "for"}), None)
    if charge is not None and start < charge.idx < end:
        end = len(text_of(doc)[:charge.idx].rstrip())
    written = text_of(doc)[start:end]
    if anaphoric(written, c) and written.lower().removeprefix("the ") not in STATE_FORCES:
        # "accused the group of links to …, which it denies": which group the parse cannot say (a
        # state's forces, "the army", the draft rules name by the state named before);
        # no speaker (an empty one, which claims_drafts drops), rather than the accuser or a guess
        log.debug("the accused denies, but is only %r: no claim", written)
        return replace(attr, speaker_text="", speaker_long="")
    log.debug("the accused denies: %r", written)
    return replace(attr, speaker_start=start, speaker_end=end, speaker_text=text_of(doc)[start:end],
                   speaker_long=long_text(accused), written=(attr.speaker_start, attr.speaker_end))
