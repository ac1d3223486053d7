"""PolNeAR test split (``../shared/datasets/polnear/data/test``): 84 US election articles with
attributions annotated as brat standoff (Source, Cue and Content spans; ``E`` lines relate them).

Articles: each ``text/<name>.txt`` as published (id ``<name>``, title and publication date from
``data/metadata.tsv``), all 84 in one run. Gold: one annotation file per article, the first of
``attributions/<name>_<annotator>.ann`` in sorted order.

Gold relations: the ``Attribution`` relations that have a Source and whose cue is a reporting
verb. "Reporting verb" is decided by spaCy, not by the project's cue lexicon (which would
measure the lexicon against itself): the cue's head token — the token of the cue whose
syntactic head lies outside the cue — is tagged ``VERB`` by the project's spaCy model, the
cue parsed in its article. So "said", "told", "according to" (``according``/VBG) count;
"the statement", "in an interview" do not. Relations without a Source
(``Attribution-no-source``) cannot be matched by a source span and are left out.

Matching: a claim's source span is ``source.start``/``source.end`` when the ledger gives them;
otherwise (rashomon 0.1 gives none) the occurrence of ``source.text`` nearest to the claim's
evidence within the evidence's paragraph, and none when the words are not there (a name
resolved from "he": such a claim counts against P and finds nothing). Offsets into the
stored text are mapped back to the file's text (normalization changes spaces and drops lines:
:func:`align`). A claim is a hit when its span overlaps a Source span of any gold relation of
the article; a gold relation is found when some claim's span overlaps its Source span.
P = hit claims / all claims, R = found relations / gold relations.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rashomon.measure.harness import JsonDict, Progress, analyse, claims_by_article, document, no_progress
from rashomon.measure.model import Figure, SetResult
from rashomon.measure.targets import target
from rashomon.pipeline import Resources

NAME = "polnear"
TITLE = "PolNeAR test (84 articles)"
FOLDER = "datasets/polnear/data"
SPLIT = "test"
ALIGN_PROBE = 24  # characters looked up to resynchronise after a dropped line (a unique run)
Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Relation:
    """One gold attribution: its Source and Cue spans (a span may be discontinuous)."""

    source: Spans
    cue: Spans


def _spans(field: str) -> tuple[str, Spans]:
    """'Cue 16 21' → ('Cue', ((16, 21),)); 'Content 1 5;8 9' → ('Content', ((1, 5), (8, 9)))."""
    kind, _, where = field.partition(" ")
    parts = [p.split() for p in where.split(";")]
    return kind, tuple((int(a), int(b)) for a, b in parts)


def read_ann(text: str) -> list[Relation]:
    """The relations of a brat ``.ann`` file that have both a Source and a Cue."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            spans[cols[0]] = _spans(cols[1])
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(arg.split(":", 1) for arg in cols[1].split() if ":" in arg))
    out = []
    for roles in events:
        if "Attribution" not in roles or "Source" not in roles or "Cue" not in roles:
            continue
        if roles["Source"] in spans and roles["Cue"] in spans:
            out.append(Relation(source=spans[roles["Source"]][1], cue=spans[roles["Cue"]][1]))
    return out


def align(stored: str, original: str, probe: int = ALIGN_PROBE) -> list[int]:
    """For each character of ``stored`` (the normalized text), its index in ``original``, or -1.

    Equal characters advance together; spaces and invisible format characters of either side
    are skipped; after a dropped line the next ``probe`` stored characters are looked up ahead.
    """
    out = [-1] * len(stored)
    i = j = 0
    while i < len(stored) and j < len(original):
        if stored[i] == original[j]:
            out[i] = j
            i, j = i + 1, j + 1
        elif original[j].isspace() or unicodedata.category(original[j]) == "Cf":
            j += 1
        elif stored[i].isspace():
            i += 1
        else:
            k = original.find(stored[i:i + probe], j)
            if k < 0:
                i += 1
            else:
                j = k
    return out


def map_span(start: int, end: int, mapping: Sequence[int]) -> tuple[int, int] | None:
    """A stored-text span as an original-text span (its mapped first and last characters)."""
    inside = [mapping[k] for k in range(max(start, 0), min(end, len(mapping))) if mapping[k] >= 0]
    return (min(inside), max(inside) + 1) if inside else None


def claim_span(claim: Mapping[str, Any], text: str) -> tuple[int, int] | None:
    """The source's span in the stored ``text``: its offsets when the ledger gives them, else
    the occurrence of its words nearest to the evidence within the evidence's paragraph (a
    quote of several sentences names its speaker once, in one of them)."""
    source = claim.get("source") or {}
    start, end = source.get("start"), source.get("end")
    if isinstance(start, int) and isinstance(end, int) and end > start:
        return start, end
    words, evidence = source.get("text") or "", claim.get("evidence") or {}
    if not words or not isinstance(evidence.get("start"), int):
        return None
    ev_start, ev_end = evidence["start"], evidence.get("end", evidence["start"])
    para_start = text.rfind("\n", 0, ev_start) + 1
    para_end = text.find("\n", ev_end)
    para_end = len(text) if para_end < 0 else para_end
    hits, at = [], text.find(words, para_start, para_end)
    while at >= 0:
        hits.append(at)
        at = text.find(words, at + 1, para_end)
    if not hits:
        return None
    best = min(hits, key=lambda k: 0 if ev_start <= k < ev_end else min(abs(k - ev_start), abs(k - ev_end)))
    return best, best + len(words)


def overlaps(span: tuple[int, int], spans: Spans) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def is_reporting_verb(doc: Any, cue: Spans) -> bool:
    """The cue's head token (its syntactic head lies outside the cue) is a VERB."""
    tokens = [t for s, e in cue if (span := doc.char_span(s, e, alignment_mode="expand")) is not None
              for t in span]
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return bool(heads) and heads[0].pos_ == "VERB"


def read_split(folder: Path, split: str = SPLIT) -> list[tuple[str, str, list[Relation], dict[str, str]]]:
    """(name, text, relations of the first annotation file, metadata) of each article, sorted."""
    meta: dict[str, dict[str, str]] = {}
    lines = (folder / "metadata.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=False))
        meta[row.get("filename", "")] = row
    out = []
    for path in sorted((folder / split / "text").glob("*.txt")):
        anns = sorted((folder / split / "attributions").glob(f"{path.stem}_*.ann"))
        if not anns:
            continue
        out.append((path.stem, path.read_text(encoding="utf-8"), read_ann(anns[0].read_text(encoding="utf-8")),
                    meta.get(path.stem, {})))
    return out


def score(articles: Sequence[tuple[str, str, list[Relation]]], ledger: JsonDict) -> JsonDict:
    """Hits of the ledger's claims against the (already filtered) gold relations."""
    stored = {a["id"]: a.get("text") or "" for a in ledger.get("articles") or []}
    claims = claims_by_article(ledger)
    hit = n_claims = found = n_gold = located = 0
    for name, text, relations in articles:
        mapping = align(stored.get(name, ""), text)
        spans = []
        for claim in claims.get(name, []):
            span = claim_span(claim, stored.get(name, ""))
            spans.append(map_span(*span, mapping) if span else None)
        located += sum(s is not None for s in spans)
        n_claims += len(spans)
        gold_sources = tuple(s for r in relations for s in r.source)
        hit += sum(s is not None and overlaps(s, gold_sources) for s in spans)
        n_gold += len(relations)
        found += sum(any(s is not None and overlaps(s, r.source) for s in spans) for r in relations)
    p = round(hit / n_claims, 3) if n_claims else 0.0
    r = round(found / n_gold, 3) if n_gold else 0.0
    f = round(2 * p * r / (p + r), 3) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "claims": n_claims, "claims_hit": hit,
            "claims_located": located, "gold": n_gold, "gold_found": found}


def measure(shared: Path, res: Resources, progress: Progress = no_progress, *, limit: int | None = None) -> SetResult:
    rows = read_split(shared / FOLDER)[:limit]
    progress(f"{NAME}: reporting-verb cues", 0, len(rows))
    gold = []
    entities = [p for p in ("entity_ruler", "ner") if p in res.nlp.pipe_names]  # not needed for POS
    with res.nlp.select_pipes(disable=entities):
        for n, (name, text, relations, _) in enumerate(rows, start=1):
            doc = res.nlp(text)
            gold.append((name, text, [r for r in relations if is_reporting_verb(doc, r.cue)]))
            progress(f"{NAME}: reporting-verb cues", n, len(rows))
    docs = [document(name, text, title=meta.get("title") or None, published=meta.get("publication_date") or None)
            for name, text, _, meta in rows]
    report = score(gold, analyse(docs, res, progress, stage=NAME))
    report["relations_with_source"] = sum(len(r) for _, _, r, _ in rows)
    text = f"{report['f1']:.3f} (P {report['precision']:.3f} R {report['recall']:.3f})"
    figs = (Figure("source_f1", "source span F1 (P, R)", report["f1"], text, target(NAME, "source_f1")),)
    return SetResult(name=NAME, title=TITLE if limit is None else f"PolNeAR test ({len(rows)} articles)",
                     figures=figs, details=report)
