"""The sample corpus's ledger is pinned: a change of behaviour shows here and names itself.

``sample_ledger.golden.txt`` holds one line per article, claim and event (the fields a reader
checks: sources, stances, figures, perpetrators, places, disputes) and, last, the SHA-256 of
the whole ledger without its stamp and with inputs by file name, so that a change anywhere
(an evidence offset, a frame) fails too. The stamp (``config_hash``) is not pinned: it is
derived from the settings (tests/test_settings.py).

A change meant to alter results is committed with the new file, made by
``RASHOMON_UPDATE_GOLDEN=1 python -m pytest tests/quality/test_sample_ledger.py``, and the
commit names the fix.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from rashomon.report import to_dict

GOLDEN = Path(__file__).resolve().parent / "sample_ledger.golden.txt"


def _line(kind: str, value: dict[str, Any]) -> str:
    return f"{kind} {json.dumps(value, sort_keys=True, ensure_ascii=False)}"


def pinned_lines(data: dict[str, Any]) -> list[str]:
    lines = [_line("article", {k: a[k] for k in ("id", "outlet", "published", "language", "duplicate_of")})
             for a in data["articles"]]
    for c in data["claims"]:
        src = c["source"]
        lines.append(_line("claim", {
            "id": c["id"], "event": c["event_id"], "source": src["name"], "kind": src["kind"],
            "via": src["via"], "stance": c["stance"], "about": c["about"], "perpetrator": c["perpetrator"],
            "killed": c["killed"], "injured": c["injured"], "hedged": c["hedged"],
            "confidence": c["confidence"], "evidence": [c["evidence"]["start"], c["evidence"]["end"]]}))
    for e in data["events"]:
        loc = e["location"] or {}
        lines.append(_line("event", {
            "id": e["id"], "type": e["type"], "date": e["date"], "place": loc.get("name"),
            "country": loc.get("country"), "articles": e["article_ids"], "status": e["perpetrator"]["status"],
            "alleged": e["perpetrator"]["alleged"], "denied_by": e["perpetrator"]["denied_by"],
            "killed": [e["killed"]["min"], e["killed"]["max"]], "injured": [e["injured"]["min"], e["injured"]["max"]],
            "disputes": [d["about"] for d in e["disputes"]]}))
    whole = {k: v for k, v in data.items() if k not in ("generator", "articles", "skipped")}
    for key in ("articles", "skipped"):  # inputs by file name: the checkout's place is not pinned
        whole[key] = [{**item, "input": Path(item["input"]).name} for item in data[key]]
    digest = hashlib.sha256(json.dumps(whole, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return [*lines, f"sha256 {digest}"]


@pytest.mark.slow
def test_the_sample_ledger_is_unchanged(sample_ledger: Any) -> None:
    lines = pinned_lines(to_dict(sample_ledger))
    if os.environ.get("RASHOMON_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8").splitlines()
    changed = sorted(set(expected) ^ set(lines))
    assert lines == expected, (
        "the sample ledger changed; if that is meant, regenerate with RASHOMON_UPDATE_GOLDEN=1 and name "
        "the fix in the commit. Lines only in the golden file (-) or only now (+):\n"
        + "\n".join(("-" if line in expected else "+") + line[:200] for line in changed[:40]))
