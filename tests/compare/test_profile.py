"""profile_article: one spaCy parse per article (issue 16), read for the frames and claims
and again for the entities, places and dates of the whole text."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from spacy.language import Language

from rashomon.compare.profile import profile_article
from rashomon.normalize import content_hash
from rashomon.pipeline import process_article, process_article_with_doc
from rashomon.types import Article


class _CountingNlp:
    """The spaCy pipeline, counting the texts it parses."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.calls = 0

    def __call__(self, text: str, **kwargs: Any) -> Any:
        self.calls += 1
        return self.nlp(text, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)


# (text, a place of the text, its country, the date "Monday"/"Friday" etc. resolves to);
# published on Wednesday 2025-03-05
CASES = [
    ("Shelling killed 12 civilians in El Fasher on Monday, the Sudanese army said. "
     "The Rapid Support Forces denied firing on the market.", "El Fasher", "SD", "2025-03-03"),
    ("An air strike on a village near Mandalay killed nine people on 3 March 2025, a spokesman "
     "for the Kachin Independence Army said.", "Mandalay", "MM", "2025-03-03"),
    ("Gunmen attacked a convoy outside Gao in Mali on Friday, killing five soldiers, the army "
     "said in a statement.", "Gao", "ML", "2025-02-28"),
]


def _article(text: str) -> Article:
    return Article(id="p1", text=text, input="p1.txt", content_hash=content_hash(text), published="2025-03-05")


@pytest.mark.parametrize(("text", "place", "country", "date"), CASES)
def test_profile_parses_once_and_reads_the_whole_text(resources, text: str, place: str, country: str,  # type: ignore[no-untyped-def]
                                                      date: str) -> None:
    counting = _CountingNlp(resources.nlp)
    profile = profile_article(_article(text), replace(resources, nlp=counting))
    assert counting.calls == 1
    assert profile.result == process_article(_article(text), resources)  # frames and claims as analyze finds them
    assert (place, country) in {(loc.name, loc.country) for loc, _ in profile.places}
    assert date in profile.dates
    assert profile.entities and all(n > 0 for n in profile.entities.values())


@pytest.mark.parametrize("text", [c[0] for c in CASES])
def test_process_article_with_doc_is_process_article(resources, text: str) -> None:  # type: ignore[no-untyped-def]
    result, doc = process_article_with_doc(_article(text), resources)
    assert result == process_article(_article(text), resources)
    assert doc.text == text and len(doc.ents) > 0
