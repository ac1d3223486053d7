"""Emergent (``../shared/datasets/emergent/url-versions-2015-06-14-clean.csv``): 2,595 article
headlines about 300 rumours, each labelled for, against or observing its rumour.

Every row is an article whose title and text are both the headline (id ``emergent-<articleId>``,
no date), all 2,595 in one run. Predicted "against": the article has at least one ``denies``
claim. P and R of "against" over the rows labelled ``against`` (395).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from rashomon.measure.harness import JsonDict, Progress, analyse, claims_by_article, document, no_progress, read_csv
from rashomon.measure.model import Figure, SetResult, prf
from rashomon.measure.targets import target
from rashomon.pipeline import Resources

NAME = "emergent"
FILE = "datasets/emergent/url-versions-2015-06-14-clean.csv"
AGAINST = "against"


def article_id(row: Mapping[str, str]) -> str:
    return f"emergent-{row['articleId']}"


def score(rows: Sequence[Mapping[str, str]], ledger: JsonDict) -> JsonDict:
    claims = claims_by_article(ledger)
    denies = {aid for aid, cs in claims.items() if any(c.get("stance") == "denies" for c in cs)}
    gold = {article_id(r) for r in rows if r["articleHeadlineStance"] == AGAINST}
    pred = {article_id(r) for r in rows} & denies
    p, r, f = prf(len(gold & pred), len(pred), len(gold))
    return {"precision": p, "recall": r, "f1": f, "tp": len(gold & pred), "pred": len(pred),
            "gold": len(gold), "rows": len(rows)}


def measure(shared: Path, res: Resources, progress: Progress = no_progress, *, limit: int | None = None) -> SetResult:
    rows = read_csv(shared / FILE)[:limit]
    docs = [document(article_id(r), r["articleHeadline"], title=r["articleHeadline"]) for r in rows]
    report = score(rows, analyse(docs, res, progress, stage=NAME))
    counts = f"({report['tp']}/{report['pred']} predicted, {report['tp']}/{report['gold']} gold)"
    figs = (
        Figure("against_p", '"against" found as a denial: P', report["precision"],
               f"{report['precision']:.3f} {counts}", target(NAME, "against_p")),
        Figure("against_r", '"against" found as a denial: R', report["recall"],
               f"{report['recall']:.3f}", target(NAME, "against_r")),
    )
    return SetResult(name=NAME, title=f"Emergent ({len(rows):,} headlines)", figures=figs, details=report)
