"""The bench's generated articles: sentences from templates written for the project, with random
places, dates, sources and figures, so every stage has real work (attribution, stance, numbers,
places, dates, linking). :func:`generate` makes many short ones, :func:`long_article` one long one."""

from __future__ import annotations

import random
from collections.abc import Iterator

from rashomon.types import RawDocument

PLACES = ["Abu Kamal", "Deir ez-Zor", "al-Qaim", "Homs", "Palmyra", "Kramatorsk", "Hodeidah",
          "Khan Younis", "Mosul", "Raqqa", "Idlib", "Aleppo", "Kharkiv", "Sanaa", "Tyre"]
SOURCES = ["the Syrian Observatory for Human Rights", "state news agency SANA",
           "a spokesman for the Popular Mobilization Forces", "the US military",
           "Russia's defence ministry", "the Israeli military", "local officials",
           "a health ministry spokesperson", "the Houthi-run Saba news agency"]
TEMPLATES = [
    "{src} said {n} people were killed in an air strike near {place} on {day}.",
    "The strike hit a depot on the outskirts of {place}, {src} reported.",
    "According to {src2}, at least {m} fighters died and {k} were wounded.",
    "{src2} denied carrying out any strike near {place}.",
    "{src} declined to comment on the raid.",
    "Residents described a series of blasts after midnight, {src2} said.",
    "The death toll could not be independently verified.",
    "Drones struck two vehicles on the road to {place}, killing {n}, {src} said.",
]
DAYS = ["Monday", "Tuesday", "last night", "Sunday", "June 17", "March 3"]


def _sentence(rng: random.Random, place: str) -> str:
    """One template sentence about ``place``, capitalised."""
    s = rng.choice(TEMPLATES).format(src=rng.choice(SOURCES), src2=rng.choice(SOURCES), place=place,
                                     n=rng.randint(1, 60), m=rng.randint(1, 30), k=rng.randint(1, 40),
                                     day=rng.choice(DAYS))
    return s[0].upper() + s[1:]


def generate(n: int, seed: int = 7) -> Iterator[RawDocument]:
    rng = random.Random(seed)
    for i in range(n):
        place = rng.choice(PLACES)
        sents = [_sentence(rng, place) for _ in range(rng.randint(6, 12))]
        day = rng.randint(1, 28)
        yield RawDocument(input=f"bench-{i}", text=" ".join(sents), format="json",
                          id=f"bench-{i}", outlet=f"outlet{rng.randint(1, 9)}.example",
                          title=f"Strike reported near {place}",
                          published=f"20{rng.randint(18, 24)}-0{rng.randint(1, 9)}-{day:02d}")


def long_article(sentences: int, seed: int = 3) -> RawDocument:
    """One generated article of ``sentences`` template sentences about one place."""
    rng = random.Random(seed)
    place = rng.choice(PLACES)
    sents = [_sentence(rng, place) for _ in range(sentences)]
    return RawDocument(input=f"long-{sentences}", text=" ".join(sents), format="json", id=f"long-{sentences}",
                       outlet="outlet1.example", title=f"Strike reported near {place}", published="2024-03-04")
