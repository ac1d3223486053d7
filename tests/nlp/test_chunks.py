"""Long articles parsed in pieces (issue 14): cut where a sentence starts, joined into one Doc
with the text, tokens and offsets of the whole."""

from __future__ import annotations

import itertools

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.nlp.chunks import cuts, parse
from rashomon.nlp.truecase import ORIGINAL_TEXT

SUDAN = "Shelling hit El Fasher on Monday, the Sudanese army said. "
MYANMAR = "The junta denied bombing the camp near Lashio. "


@pytest.mark.parametrize(("text", "max_chars", "pieces"), [
    (SUDAN, 200, [SUDAN]),  # short: whole
    (SUDAN * 3, 70, [SUDAN] * 3),  # after each sentence end
    (SUDAN + "\n\n" + MYANMAR, 70, [SUDAN + "\n\n", MYANMAR]),  # after the line break, blank line included
    # not after an abbreviation: "U.S. Africa Command" is one name
    ("Officials of U.S. Africa Command said a drone struck near Jilib in Somalia. Al-Shabaab denied it.", 60,
     ["Officials of U.S. Africa Command said a drone struck near Jilib in Somalia. ", "Al-Shabaab denied it."]),
    ("Gen. Ruiz said ELN fighters attacked the post in Arauca and two soldiers died there.", 30,
     ["Gen. Ruiz said ELN fighters attacked the post in Arauca and two soldiers died there."]),  # no sentence end
])
def test_cuts(text: str, max_chars: int, pieces: list[str]) -> None:
    bounds = [0, *cuts(text, max_chars), len(text)]
    assert [text[a:b] for a, b in itertools.pairwise(bounds)] == pieces


WORDS = ["The", "army", "said.", "U.S.", "Gen.", "Smith", "said", "“We", "are", "here.”", "Goma.", "M23’s",
         "(AP)", "killed", "12", "people.", "Armenia", "Nagorno-Karabakh.", "attack.The"]
SEPARATORS = [" ", "  ", "\n", " \n", "\n\n", "\n \n", "\t"]


@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=60),
       st.integers(8, 120))
@settings(max_examples=300, deadline=None)
def test_pieces_tokenize_as_the_whole(parts: list[tuple[str, str]], max_chars: int) -> None:
    """Every cut lies at the start of a word: the pieces' tokens are the whole text's."""
    nlp = _blank()
    text = "".join(w + s for w, s in parts)
    bounds = [0, *cuts(text, max_chars), len(text)]
    assert bounds == sorted(set(bounds))
    pieces = [(t.idx + a, t.text, t.whitespace_) for a, b in itertools.pairwise(bounds)
              for t in nlp(text[a:b])]
    assert pieces == [(t.idx, t.text, t.whitespace_) for t in nlp(text)]


_BLANK: list[spacy.language.Language] = []


def _blank() -> spacy.language.Language:
    if not _BLANK:
        _BLANK.append(spacy.blank("en"))
    return _BLANK[0]


def test_parse_joins_the_pieces(resources) -> None:  # type: ignore[no-untyped-def]
    nlp = resources.nlp
    text = ("ARMY DENIES SHELLING CAMP\n\n" + SUDAN * 4 + "\n" + MYANMAR * 4 +
            "Colombia's defence ministry said ELN rebels attacked a base in Arauca, killing two soldiers. ") * 3
    doc = parse(nlp, text, max_chars=300)
    whole = nlp(text)
    assert doc.text == whole.text  # the headline truecased in both
    assert doc.user_data[ORIGINAL_TEXT] == whole.user_data[ORIGINAL_TEXT] == text
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in whole]
    assert [s.start for s in doc.sents] == [s.start for s in whole.sents]
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in whole.ents]


def test_short_text_parsed_whole(resources) -> None:  # type: ignore[no-untyped-def]
    doc = parse(resources.nlp, SUDAN)
    assert [t.dep_ for t in doc] == [t.dep_ for t in resources.nlp(SUDAN)]
