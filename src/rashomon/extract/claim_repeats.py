"""One figure per source: a source that gives the same toll twice in one article ("the police
said 11 were killed … police spokesman X said the 11 dead included …") makes one figure claim,
not two. The gold sets count (source, figure) once per article (CONVENTIONS.md, "numbers"),
and a second copy under other words ("the ministry", "its spokesman") would be a second
party giving the figure, which it is not.

Wire copy often gives a speaker twice, vaguely in the lead and more fully in the body: "has risen
to 32, a local official said" … "A senior official of the district council said 32 people had
died"; "a health official said" … "the regional health office said". The same exact figure from a
source whose name is only lower-case words and all of them, beside words any official has
(``same_speaker_generic``: "official", "spokesman", "senior"), words of the other's name is that
other source described vaguely: its copy of the figure goes. A named party ("Russian officials",
"the Philippine government") is not taken for another, nor "local residents" for "local officials"."""

from __future__ import annotations

import logging
from dataclasses import replace

from rashomon.lexicon import words
from rashomon.types import Claim, Figure

logger = logging.getLogger(__name__)
GENERIC = frozenset(words("casualty_words.yaml", "same_speaker_generic"))
PROSECUTION = tuple(sorted((w.lower() for w in words("casualty_words.yaml", "same_body_prosecution")),
                           key=len, reverse=True))


def _body(name: str) -> str:
    """A source's name with one prosecution service's other names made one ("the country's
    prosecutor's office", "Attorney General's Office": "prosecution"), else the name itself."""
    low = name.lower().replace("’", "'")
    return "prosecution" if any(low == w or low.endswith(" " + w) for w in PROSECUTION) else name


def _key(figure: Figure | None, kind: str) -> tuple[int | None, int | None] | None:
    """A figure that says a number ("dozens" says none: nothing to repeat). A killed figure is
    its bounds: "at least 56" and a spokesman's "56" are two figures in the gold sets. An injured
    figure is one number there (CONVENTIONS.md: ``injured`` is an integer), so "at least eight
    wounded" in the lead and the same doctor's "we received eight wounded" are one figure."""
    if figure is None or (figure.min is None and figure.max is None):
        return None
    if kind == "injured":
        stated = figure.max if figure.max is not None else figure.min
        return stated, stated
    return figure.min, figure.max


def one_figure_per_source(claims: list[Claim]) -> list[Claim]:
    """``claims`` with a killed or injured figure already given by the same source (its
    canonical name) earlier in the article taken off the later claim. A claim left with no
    figure is dropped when the same source already said the same words; otherwise it stays,
    about what else it says ("… recorded 115 deaths, and accused police of ignoring warnings":
    the accusation stays, as an account of the occurrence)."""
    seen: set[tuple[str, str, tuple[int | None, int | None]]] = set()
    out: list[Claim] = []
    vague = _described_again(claims)
    for n, claim in enumerate(claims):
        fields: dict[str, Figure | None] = {}
        for name in ("killed", "injured"):
            key = _key(getattr(claim, name), name)
            if key is None:
                continue
            mark = (_body(claim.source.name), name, key)
            if mark in seen and mark[0] != claim.source.name:
                logger.debug("one body under two names: %r (%s %s)", claim.source.name, name, key)
            if mark in seen or (n, name) in vague:
                fields[name] = None
            seen.add(mark)
        if fields:
            claim = replace(claim, **fields)  # type: ignore[arg-type]
            if claim.about == "casualties" and claim.killed is None and claim.injured is None:
                if any(c.source.name == claim.source.name and c.stance == claim.stance and c.text == claim.text
                       for c in out):
                    continue  # the same source's same words, already a claim
                claim = replace(claim, about="occurrence")
        out.append(claim)
    return out


def _own_words(name: str) -> frozenset[str] | None:
    """The words of a source's name beside those any official has, or None when the name holds a
    capitalised word (a named party: "Russian officials", "Lower Shabelle police") or no own word."""
    tokens = name.split()
    if any(t[:1].isupper() for t in tokens):
        return None
    own = frozenset(t.lower() for t in tokens) - GENERIC
    return own or None


def _described_again(claims: list[Claim]) -> set[tuple[int, str]]:
    """(claim index, "killed"/"injured") of exact figures whose source is another claim's source
    described vaguely (module docstring): "local official" beside "Gwoza local government council"."""
    out: set[tuple[int, str]] = set()
    for name in ("killed", "injured"):
        exact = [(n, c) for n, c in enumerate(claims)
                 if (f := getattr(c, name)) is not None and f.min is not None and f.min == f.max]
        for n, vague in exact:
            own = _own_words(vague.source.name)
            if own is None:
                continue
            fuller = [c for m, c in exact if m != n and getattr(c, name) == getattr(vague, name)
                      and c.source.name != vague.source.name
                      and own < frozenset(c.source.name.lower().split())]
            if fuller:
                logger.debug("one speaker twice: %r is %r (%s %s)", vague.source.name, fuller[0].source.name,
                             name, getattr(vague, name))
                out.add((n, name))
    return out
