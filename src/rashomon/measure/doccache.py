"""A spaCy pipeline that keeps each text's parsed Doc on disk and reads it back instead of parsing
again: what lets a settings sweep (:mod:`rashomon.measure.sweep`) parse each eval text once for
every value of a setting that does not change the parse."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin


class DocCache:
    """A spaCy pipeline that keeps each text's Doc on disk (``DocBin`` with its user data) and
    reads it back instead of parsing again. Use it where the pipeline's ``Language`` is asked
    for (``nlp(text)``, ``nlp.pipe(texts)``); everything else goes to the wrapped pipeline.
    ``key`` names everything besides the text that shapes the parse."""

    def __init__(self, nlp: Language, directory: Path, key: str) -> None:
        self.nlp = nlp
        self.directory = directory
        self.key = key
        self.hits = 0
        self.misses = 0
        directory.mkdir(parents=True, exist_ok=True)

    def path(self, text: str) -> Path:
        digest = hashlib.sha256(f"{self.key}\0{text}".encode()).hexdigest()[:24]
        return self.directory / f"{digest}.spacy"

    def __call__(self, text: str) -> Doc:
        return self.docs([text])[0]

    def pipe(self, texts: Iterable[Any], batch_size: int | None = None, **kwargs: Any) -> Iterator[Doc]:
        items = list(texts)
        if kwargs or not all(isinstance(t, str) for t in items):  # pieces of a long text: not cached
            return self.nlp.pipe(items, batch_size=batch_size, **kwargs)
        return iter(self.docs(items))

    def docs(self, texts: Sequence[str]) -> list[Doc]:
        found: dict[int, Doc] = {}
        missing = []
        for i, text in enumerate(texts):
            path = self.path(text)
            if path.exists():
                found[i] = next(iter(DocBin().from_disk(path).get_docs(self.nlp.vocab)))
            else:
                missing.append(i)
        self.hits += len(found)
        self.misses += len(missing)
        for i, doc in zip(missing, self.nlp.pipe([texts[i] for i in missing]), strict=True):
            bin_ = DocBin(store_user_data=True)
            bin_.add(doc)
            bin_.to_disk(self.path(texts[i]))
            found[i] = doc
        return [found[i] for i in range(len(texts))]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)
