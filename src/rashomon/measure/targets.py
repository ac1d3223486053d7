"""The targets of the open-world issues, per data set and figure key.

Sources: the target tables of issue 10 (places and linking) and issue 11 (claims and figures).
Issue 10 asks that no figure of score.py on ``../shared/eval`` go lower: those targets are the
figures measured on main on 2026-12-06 (the issues' "now" column). A figure of
``more-conflicts`` that no issue targets must not drop below that day's baseline either (the
helpers' common rules); it carries that baseline. Figures without any target show none.
"""

from __future__ import annotations

from rashomon.measure.model import Target

I10, I11 = "issue 10", "issue 11"
NO_DROP = "no drop below the 2026-12-06 baseline"


def _ge(bound: float, origin: str, label: str | None = None) -> Target:
    return Target(">=", bound, origin, label)


# ../shared/eval: "every figure of score.py: none lower" (issue 10); baselines of 2026-12-06
EVAL = {
    "attribution_f1": _ge(0.863, f"{I10}: none lower; {I11}: ≥ 0.85"),
    "deny_p": _ge(0.875, f"{I10}: none lower; {I11}: ≥ 0.85"),
    "deny_r": _ge(0.913, f"{I10}: none lower; {I11}: ≥ 0.85"),
    "decline_r": _ge(1.0, f"{I10}: none lower; {I11}: ≥ 0.80", "1.0"),
    "killed_f1": _ge(0.815, f"{I10}: none lower; {I11}: ≥ 0.80"),
    "injured_f1": _ge(0.833, f"{I10}: none lower; {I11}: ≥ 0.75"),
    "linking_f1": _ge(1.0, f"{I10}: none lower", "1.0"),
    "contradiction_f1": _ge(1.0, f"{I10}: none lower; {I11}: ≥ 0.85", "1.0"),
    "recurring": _ge(1.0, f"{I10}: none lower", "48/48"),
    "event_date": _ge(1.0, f"{I10}: none lower", "1.0"),
    "event_date_1d": _ge(1.0, f"{I10}: none lower", "1.0"),
    "event_country": _ge(1.0, f"{I10}: none lower", "1.0"),
}

MORE_CONFLICTS = {
    "attribution_f1": _ge(0.85, I11),
    "attribution_gap": Target("<=", 0.05, I11),
    "deny_p": _ge(0.85, I11),
    "deny_r": _ge(0.85, I11),
    "decline_r": _ge(0.80, I11),
    "killed_f1": _ge(0.80, I11),
    "injured_f1": _ge(0.75, I11),
    "linking_f1": _ge(0.90, I10),
    "contradiction_f1": _ge(0.85, I11),
    "recurring": _ge(1.0, I10, "15/15"),
    "event_date": _ge(0.9, NO_DROP),
    "event_date_1d": _ge(1.0, NO_DROP, "1.0"),
    "event_country": Target("==", 1.0, I10, "1.0"),
}

GTD = {
    "within_25km": _ge(0.90, I10),
    "killed_exact": _ge(0.75, I11),
    "no_group_sources": Target("==", 0, I11),
    "joint_pairs": Target("<=", 5, I10),
}

AIRWARS = {
    "within_10km": _ge(0.90, I10),
    "killed_covers": _ge(0.60, I11),
    "contested": _ge(12, I11, "12 of 16"),
    "joint_pairs": Target("<=", 40, I10),
}

POLNEAR = {"source_f1": _ge(0.75, I11)}

EMERGENT = {"against_r": _ge(0.50, f"{I11} (with P ≥ 0.80)"), "against_p": _ge(0.80, I11)}

# the probe corpora stand in for the hidden sets: issue 10's targets for those
HIDDEN = f"{I10} (hidden sets)"
PROBE = {
    "linking_f1": _ge(0.85, HIDDEN),
    "recurring": _ge(1.0, HIDDEN, "all"),
    "event_country": Target("==", 1.0, HIDDEN, "1.0"),
}

PROCESS = {"peak_rss_mb": Target("<=", 800, f"{I10} (per worker)", "800 MB")}

TARGETS: dict[str, dict[str, Target]] = {
    "eval": EVAL, "more-conflicts": MORE_CONFLICTS, "gtd": GTD, "airwars": AIRWARS,
    "polnear": POLNEAR, "emergent": EMERGENT, "process": PROCESS, "probe": PROBE, "probe2": PROBE,
    "probe3": PROBE, "probe4": PROBE, "probe5": PROBE, "probe6": PROBE, "probe7": PROBE, "probe8": PROBE,
    "probe9": PROBE, "probe10": PROBE, "probe11": PROBE,
    "probe12": PROBE, "probe13": PROBE, "probe14": PROBE, "probe15": PROBE,
    "probe16": PROBE, "probe17": PROBE,
}


def target(set_name: str, key: str) -> Target | None:
    return TARGETS.get(set_name, {}).get(key)
