"""The attribute ruler's lookup matcher (rashomon.nlp.attributes): the same matches as spaCy's
Matcher, so the same parts of speech, morphology and lemmas."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from rashomon.config import Options
from rashomon.nlp.attributes import RuleMatcher, rule_matcher, use_rule_matcher

TEXTS = [
    "The Rapid Support Forces shelled a market in El Fasher on Sunday, killing at least 23 people, "
    "local activists said.",
    "Myanmar's military didn't deny that its jets had bombed the village; nothin' was left, a teacher said.",
    "JNIM claimed the attack near Djibo. The army declined to comment, but officials can't confirm it.",
    "M23 rebels and Congolese troops traded fire north of Goma;  a UN spokesman said\n\ntwo peacekeepers "
    "were wounded and that nobody else was hurt.",
    "Colombian police blamed ELN guerrillas for a car bomb in Cali. \"We will not be intimidated,\" "
    "the mayor told reporters, whether or not y' all believe it.",
    "",
    "Azerbaijan's defence ministry said Armenian forces had shelled its positions near Lachin overnight, "
    "something both sides ought to have avoided.",
]

# model rules of every kind: a tag, a tag and a word, a word list, a regex, NOT_IN, a dependency,
# two words, a space
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "nothing"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"IN": ["that", "whether", "if"]}, "TAG": "IN"}]], "attrs": {"POS": "SCONJ"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "not"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": "ought"}, {"LOWER": "to"}]], "attrs": {"LEMMA": "ought"}, "index": 0},
    {"patterns": [[{"DEP": "nsubj"}, {"LOWER": "said"}]], "attrs": {"POS": "PROPN"}, "index": -1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"TEXT": "Goma"}], [{"ORTH": "Lachin"}]], "attrs": {"POS": "PROPN"}},
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(Options().model)


def _parsed(nlp: Language, texts: list[str]) -> list[Doc]:
    return list(nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))


def _same_matches(ruler: AttributeRuler, matcher: RuleMatcher, docs: list[Doc]) -> None:
    for doc in docs:
        assert sorted(matcher(doc, allow_missing=True)) == sorted(ruler.matcher(doc, allow_missing=True))


def test_model_rules_match_alike(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    matcher = rule_matcher(ruler)
    assert matcher is not None
    _same_matches(ruler, matcher, _parsed(nlp, TEXTS))


def test_rules_of_every_kind_match_alike(nlp: Language) -> None:
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(RULES)
    matcher = rule_matcher(ruler)
    assert matcher is not None
    docs = _parsed(nlp, TEXTS)
    _same_matches(ruler, matcher, docs)
    assert sum(len(matcher(d)) for d in docs) > len(TEXTS)  # the rules do match


def test_pipeline_annotations_unchanged(nlp: Language) -> None:
    fast = spacy.load(Options().model)
    assert use_rule_matcher(fast) and isinstance(fast.get_pipe("attribute_ruler").matcher, RuleMatcher)
    for a, b in zip(nlp.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in a] == [
            (t.pos_, str(t.morph), t.lemma_, t.tag_) for t in b]
    assert use_rule_matcher(fast)  # a second call keeps the lookup


@pytest.mark.parametrize("rule", [
    [{"LOWER": {"FUZZY": "strike"}}],
    [{"LENGTH": {">=": 3}}],
    [{"LOWER": "shelled", "OP": "?"}],
    [{}],
])
def test_rules_it_cannot_read_keep_spacys_matcher(nlp: Language, rule: list[dict[str, object]]) -> None:
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns([{"patterns": [rule], "attrs": {"POS": "X"}}])
    assert rule_matcher(ruler) is None


def test_pipeline_without_ruler() -> None:
    assert use_rule_matcher(spacy.blank("en")) is False


WORDS = ["said", "that", "nothing", "n't", "ought", "to", "the", "army", "Goma", "Lachin", "\n\n", "  ",
         "killed", "if", "whether", "was", "were", "shelled", ",", "."]


@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=20))
def test_any_word_sequence_matches_alike(nlp: Language, words: list[str]) -> None:
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(RULES)
    matcher = rule_matcher(ruler)
    assert matcher is not None
    doc = nlp(" ".join(words))
    assert sorted(matcher(doc, allow_missing=True)) == sorted(ruler.matcher(doc, allow_missing=True))


# words the model's several-token rules start or continue ("y'all", "gon na", "got ta", "let 's",
# "ai n't", an expletive "there is") with some that only look like them
SEVERAL = ["y", "y'", "all", "gon", "na", "got", "ta", "let", "'s", "ai", "n't", "nt", "There", "is", "are",
           "Y'", "ALL", "c'm", "on", "militia", "Khartoum", "."]


def _spacy_match(ruler: AttributeRuler, doc: Doc) -> list[tuple[int, int, int, int]]:
    """``AttributeRuler.match`` as spaCy computes it, with spaCy's own matcher."""
    return AttributeRuler.match(ruler, doc)


@pytest.fixture(scope="module")
def fast() -> Language:
    fast = spacy.load(Options().model)
    assert use_rule_matcher(fast)
    return fast


def _both(nlp: Language, fast: Language, text: str) -> tuple[list[tuple[int, int, int, int]], ...]:
    """(the lookup's ``match``, spaCy's) of ``text`` parsed by each pipeline (match ids are
    hashes of the rule numbers: the same in both vocabularies)."""
    mine, theirs = fast.get_pipe("attribute_ruler"), nlp.get_pipe("attribute_ruler")
    assert isinstance(mine, AttributeRuler) and isinstance(theirs, AttributeRuler)
    return mine.match(_parsed(fast, [text])[0]), _spacy_match(theirs, _parsed(nlp, [text])[0])


@pytest.mark.parametrize("text", [
    "Y'all know the militia is gon na shell Khartoum again, a resident said.",
    "Let's be clear: there is no ceasefire in North Kivu, and there are no talks, he said.",
    "They ain't leaving Lachin, y' all, the soldiers got ta stay, c'm on.",
    "y all gon na got ta",
    *TEXTS,
])
def test_sorted_matches_as_spacy_match(nlp: Language, fast: Language, text: str) -> None:
    mine, theirs = _both(nlp, fast, text)
    assert mine == theirs


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(SEVERAL), max_size=16))
def test_several_token_rules_match_alike(nlp: Language, fast: Language, words: list[str]) -> None:
    """The several-token rules are only tried where their first token fits: the same matches
    (and the same sorted ``match``) as spaCy's matcher on any sequence of their words."""
    mine, theirs = _both(nlp, fast, " ".join(words))
    assert mine == theirs


def test_several_token_rules_do_match(nlp: Language, fast: Language) -> None:
    mine, theirs = _both(nlp, fast, "They are gon na leave, y' all, and we got ta stay in Juba.")
    assert mine == theirs
    assert sum(1 for _, _, start, end in mine if end - start == 2) >= 2  # "gon na", "got ta" (and "y' all")
