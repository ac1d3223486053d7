"""A claim's content is the statement itself, not "that" or "to comment".

* **Relays**: "Euronews reports that a commander announced S": once the outer content stops
  where the inner speaker begins, nothing of the outer is left but "that"; the outer speaker
  only passes the inner claim on, so it becomes the inner claim's ``via`` (:func:`fold_relays`).
* **Short contents**: a cue whose content is only its object ("blamed Israel", "confirmed the
  strike", "declined to comment", "defended the attack as legitimate") takes the cue with its
  object and the phrases after it, up to a conjoined verb (:func:`fuller_content`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from rashomon.config import setting
from rashomon.extract.attribution import Attribution
from rashomon.extract.doctext import text_of
from rashomon.extract.lexicon import word_set
from rashomon.lexicon import words

SHORT_WORDS: int = setting("extract.claim_content", "short_words")  # data/settings.toml
RELATIVE = words("claim_words.yaml", "relative_words")
RELAY_CUES = words("claim_words.yaml", "relay_cues")  # "X reports that Y announced S": X relays
WHOLE_CONTENT_CUES = word_set("whole_content_cues")  # "according to X, S": never widened
STOP_DEPS = frozenset({"cc", "conj", "parataxis"})  # "confirmed the strike and said S"


def _words(text: str) -> list[str]:
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def fold_relays(found: list[Attribution], doc: Doc, uncut: dict[int, int] | None = None,
                relayer: Callable[[str], bool] | None = None) -> list[Attribution]:
    """Drop an outer attribution that only relays an inner one; the inner gets it as ``via``.

    ``relayer`` tells whether a speaker passes others' words on (a wire, an outlet); an outer
    speaker that is not one ("the mayor said that the police chief told him S") keeps its claim,
    with the content it had before it was cut at the inner speaker (``uncut``: cue index →
    content end)."""
    out = list(found)
    for a in found:
        if a.cue == "according to" or a.declines:
            continue
        rest = text_of(doc)[a.content_start:a.content_end].strip().lower()
        # "state TV quoted a police officer saying S": the content opens with the one quoted
        quoting = a.cue in RELAY_CUES and any(b is not a and b.speaker_start == a.content_start for b in found)
        if not quoting and (len(_words(rest)) > 1 or rest not in {"", "that"}):
            continue
        inner = next((b for b in found if b is not a and b.speaker_start >= a.content_start
                      and (quoting or b.speaker_start <= a.content_end + 1)), None)
        if inner is None or inner not in out:
            continue
        relay = text_of(doc)[a.speaker_start:a.speaker_end].strip()
        if relayer is not None and a.cue not in RELAY_CUES and not relayer(relay):
            if uncut and a.cue_index in uncut:
                out = [replace(b, content_end=uncut[a.cue_index]) if b is a else b for b in out]
            continue
        out = [replace(b, via=tuple(dict.fromkeys((*b.via, relay)))) if b is inner else b
               for b in out if b is not a]
    return out


def _right_end(tok: Token, sent_end: int) -> int:
    """The end of the cue's phrase: its right children up to a conjoined verb."""
    end = tok.idx + len(tok.text)
    for child in tok.rights:
        if child.dep_ in STOP_DEPS or (child.dep_ == "punct" and child.text in ";:"):
            break
        if child.is_punct:
            continue
        last = child.right_edge
        end = max(end, last.idx + len(last.text))
    return min(end, sent_end)


def fuller_content(doc: Doc, a: Attribution) -> Attribution:
    """``a`` with its content widened to the cue's phrase when it is two words or fewer."""
    if a.cue in WHOLE_CONTENT_CUES:
        return a
    content = text_of(doc)[a.content_start:a.content_end]
    if len(_words(content)) > SHORT_WORDS:
        return a
    tok = doc[a.cue_index]
    if tok.pos_ not in {"VERB", "AUX"} or content.strip().lower() in RELATIVE:
        return a  # "positions that officials accused of …": the object is the antecedent
    end = _right_end(tok, a.sent_end)
    if end <= a.content_end and a.content_start <= tok.idx:
        return a
    start = min(tok.idx, a.content_start) if a.content_start > tok.idx else a.content_start
    new_end = max(end, a.content_end)
    if len(_words(text_of(doc)[start:new_end])) <= len(_words(content)):
        return a
    return replace(a, content_start=start, content_end=new_end)
