"""Turn FNC-1 article bodies (a CSV ``Body ID,articleBody``) into the JSONL ``rashomon analyze``
and ``rashomon bench --corpus`` read: one object a line with ``id, text`` (FNC-1 has no titles).

FNC-1 (Fake News Challenge stage 1, https://github.com/FakeNewsChallenge/fnc-1) holds ~1,700
real news bodies; issue 14 measures the wall throughput with 2 workers on 500 real articles.
The output is written wherever the user asks (e.g. ``out/``): never into the project.

    python tools/fnc1_jsonl.py train_bodies.csv out/fnc1.jsonl --limit 500
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path


def convert(src: Path, dst: Path, limit: int | None = None) -> int:
    """Write the first ``limit`` non-empty bodies of ``src`` to ``dst``; returns how many."""
    csv.field_size_limit(sys.maxsize)
    n = 0
    with src.open(encoding="utf-8", newline="") as fin, dst.open("w", encoding="utf-8") as fout:
        for row in csv.DictReader(fin):
            text = (row.get("articleBody") or "").strip()
            if not text:
                continue
            body = row.get("Body ID", str(n))
            fout.write(json.dumps({"id": f"fnc1-{body}", "text": text}, ensure_ascii=False) + "\n")
            n += 1
            if limit is not None and n >= limit:
                break
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    sys.stdout.write(f"{convert(args.src, args.dst, args.limit)} articles -> {args.dst}\n")


if __name__ == "__main__":
    main()
