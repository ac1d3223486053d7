"""Readers of the two public benchmark sets of :mod:`rashomon.compare.benchmarks`.

Nothing here is needed at run time: the data sets live outside the project
(``../shared/datasets``) and are passed in as folders.

SemEval-2022 Task 8 sample (``training_set.csv``, ``testing_set.csv``): the en-en pairs,
their two texts and the gold scores (1 = very similar … 4). A pair id found in both files is
kept in the training half only, so the two halves are disjoint.

ECB+ (``ECB+/<topic>/<topic>_<n>ecb.xml`` and ``…ecbplus.xml``): one document a file, its
text rebuilt from the tokens (sentence 0 of the ``ecbplus`` files is the source URL and is
dropped); the gold document cluster is the sub-topic, (topic, "ecb" | "ecbplus"): the two
seminal events of each topic.
"""

from __future__ import annotations

import csv
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rashomon.errors import InputError

SEMEVAL_FILES = (("train", "training_set.csv"), ("test", "testing_set.csv"))
GOLD_COLUMNS = ("Geography", "Entities", "Time", "Narrative", "Overall")
_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


@dataclass(frozen=True, slots=True)
class SemevalPair:
    pair_id: str
    split: str  # "train" | "test"
    id1: str
    id2: str
    text1: str
    text2: str
    gold: dict[str, float]  # GOLD_COLUMNS -> 1 (very similar) … 4


@dataclass(frozen=True, slots=True)
class EcbDoc:
    id: str  # file name without .xml: "1_10ecbplus"
    topic: str
    subtopic: str  # "1/ecb" or "1/ecbplus": the gold document cluster
    text: str


def read_semeval(folder: str | Path, lang: str = "en") -> list[SemevalPair]:
    """The ``lang``-``lang`` pairs of both files, training pairs first."""
    folder = Path(folder)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    pairs: list[SemevalPair] = []
    seen: set[str] = set()
    for split, name in SEMEVAL_FILES:
        path = folder / name
        if not path.is_file():
            raise InputError(f"{path} not found: give the folder of the SemEval-2022 Task 8 sample")
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row["lang1"] != lang or row["lang2"] != lang or row["pair_id"] in seen:
                    continue
                seen.add(row["pair_id"])
                id1, _, id2 = row["pair_id"].partition("_")
                pairs.append(SemevalPair(
                    pair_id=row["pair_id"], split=split, id1=id1, id2=id2,
                    text1=row["text1"], text2=row["text2"],
                    gold={c: float(row[c]) for c in GOLD_COLUMNS}))
    return pairs


def detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def _ecb_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence", "0")), []).append(tok.text or "")
    plus = path.name.endswith("ecbplus.xml")
    return "\n".join(detokenize(words) for n, words in sorted(sentences.items()) if not (plus and n == 0))


def _ecb_files(folder: Path) -> Iterator[Path]:
    root = folder / "ECB+" if (folder / "ECB+").is_dir() else folder
    topics = sorted((p for p in root.iterdir() if p.is_dir() and p.name.isdigit()), key=lambda p: int(p.name))
    if not topics:
        raise InputError(f"no ECB+ topic folders in {folder}: give the ecb-plus folder")
    for topic in topics:
        yield from sorted(topic.glob("*.xml"))


def read_ecb(folder: str | Path, topics: set[str] | None = None) -> list[EcbDoc]:
    """The documents of ECB+ (of ``topics`` only, when given), in topic and file order."""
    docs = []
    for path in _ecb_files(Path(folder)):
        topic = path.parent.name
        if topics is not None and topic not in topics:
            continue
        kind = "ecbplus" if path.name.endswith("ecbplus.xml") else "ecb"
        docs.append(EcbDoc(id=path.stem, topic=topic, subtopic=f"{topic}/{kind}", text=_ecb_text(path)))
    return docs
