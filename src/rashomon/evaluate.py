"""Score a ledger (dict form of ``rashomon.ledger/1``) against gold annotations.

Gold: one object per article (``tests/gold/sample_gold.jsonl``) with ``id``, ``incident`` and
``place`` slugs, ``event``, ``claims`` [{source, source_norm, stance, about, value, killed_min,
killed_max, injured, evidence}], ``contradictions``, ``notes``; ``incident: null`` means no
incident (``expected_skip`` names why the article should be skipped). Figures:

- attribution / deny / decline: P/R/F1 over units (article, source, stance class), classes
  affirm (asserts, confirms), deny, decline; ledger claims count only when they belong to
  the article's primary event (the event holding most of its claims).
- killed: (article, source, min, max), exact bounds; injured: (article, source, max or min).
- linking: pairwise over articles (same incident ↔ same primary event);
  recurring_kept_apart: same-place pairs of different incidents not merged.
- event_date (and within a day), event_country: share of incidents whose event (the primary
  event of most of their articles) has the gold value; contradiction: incident-level P/R/F1.

Sources match by canonical name first, then fuzzily (:func:`same_source`). Gold lines whose
id is not in the ledger (files get content-hash ids) are aligned by ``url`` or ``title``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

import pycountry

STANCE_CLASS = {"asserts": "affirm", "confirms": "affirm", "denies": "deny",
                "declines_comment": "decline"}
PRF_KEYS = ("attribution", "deny", "decline", "killed", "injured", "linking", "contradiction")


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words that say nothing about who the source is
_FILLER = _wordset(
    "a an the of for and in on at by to its it his her their he she they who which that "
    "said says told according spokesman spokeswoman spokesperson official officials source "
    "sources statement unnamed senior mr ms s run based agency news chief")
# words that narrow a name down but cannot identify a source alone (half weight)
_PLACES = _wordset("us syria iraq israel iran russia gaza palestine lebanon ukraine yemen "
                   "europe britain turkey jordan")
_WEAK = _PLACES | _wordset("military army forces force ministry government state media defence "
                           "foreign national")
_DEMONYM = {"american": "us", "america": "us", "syrian": "syria", "iraqi": "iraq",
            "israeli": "israel", "iranian": "iran", "russian": "russia", "palestinian": "palestine",
            "lebanese": "lebanon", "ukrainian": "ukraine", "yemeni": "yemen", "european": "europe",
            "british": "britain", "turkish": "turkey", "jordanian": "jordan", "defense": "defence",
            "idf": "israel military", "centcom": "us military", "pentagon": "us military",
            "hashd": "pmf", "hashed": "pmf"}
_COUNTRY_ISO = {"syria": "SY", "iraq": "IQ", "israel": "IL", "gaza": "PS", "palestin": "PS",
                "west bank": "PS", "ukraine": "UA", "poland": "PL", "yemen": "YE", "lebanon": "LB",
                "iran": "IR", "russia": "RU", "saudi": "SA", "turkey": "TR", "jordan": "JO"}


def fold(text: str | None) -> str:
    """Lower case without accents, curly quotes or dotted 'U.S.'."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"\bu\.\s?s\.?(?=\W|$)", "us", text)
    return re.sub(r"\bunited states\b", "us", text)


def name_tokens(name: str | None) -> frozenset[str]:
    """Identifying words of a source name: folded, demonyms → places, filler dropped."""
    out: set[str] = set()
    for word in re.findall(r"[a-z0-9]+", fold(name)):
        word = _DEMONYM.get(word, word)
        for part in word.split():
            part = part.replace("z", "s")  # mobilization = mobilisation
            if part not in _FILLER:
                out.add(part)
    return frozenset(out)


def acronyms(name: str | None) -> set[str]:
    """Initials of the capitalised words, with and without place words.

    'Syrian Observatory for Human Rights' → {'sohr', 'ohr'};
    "Iraq's Popular Mobilization Forces" → {'ipmf', 'pmf'}.
    """
    words = [w for w in re.findall(r"[A-Za-z]+", name or "")
             if w[0].isupper() and w.lower() not in _FILLER]
    inner = [w for w in words if _DEMONYM.get(w.lower(), w.lower()) not in _PLACES]
    return {"".join(w[0] for w in ws).lower() for ws in (words, inner) if len(ws) >= 3}


def _weight(tokens: Iterable[str]) -> float:
    return sum(0.5 if t in _WEAK else 1.0 for t in tokens)


def _one_pair(a: str, b: str) -> bool:
    ta, tb = name_tokens(a), name_tokens(b)
    if ta and ta == tb:
        return True
    for name, other in ((a, tb), (b, ta)):  # 'SOHR' ~ 'Syrian Observatory for Human Rights'
        if acronyms(name) & other:
            return True
    if not ta or not tb:
        return False
    shared = ta & tb
    smaller = min(_weight(ta), _weight(tb))
    if not shared or _weight(shared) / smaller < 0.66:
        return False
    # a shared place or institution word alone ('US', 'ministry') is not enough,
    # unless one side is nothing but such words ('Israel' ~ 'Israeli military')
    return bool(shared - _WEAK) or all(t in _WEAK for t in ta) or all(t in _WEAK for t in tb)


def same_source(names_a: Iterable[str], names_b: Iterable[str]) -> bool:
    """True when any name of one side plausibly names the same source as one of the other."""
    list_b = [n for n in names_b if n]
    return any(_one_pair(a, b) for a in names_a if a for b in list_b)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    precision = tp / n_pred if n_pred else (0.0 if n_gold else 1.0)
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "tp": tp, "pred": n_pred, "gold": n_gold}


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file (blank lines ignored)."""
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def primary_events(ledger: Mapping[str, Any]) -> dict[str, str]:
    """article id → the event holding most of its claims (ties: the larger event id).

    An event listing the article without any of its claims still counts, with weight 0.
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for event in ledger.get("events") or []:
        for aid in event.get("article_ids") or []:
            counts[aid][event["id"]] += 0
    for claim in ledger.get("claims") or []:
        if claim.get("event_id") and claim.get("article_id"):
            counts[claim["article_id"]][claim["event_id"]] += 1
    return {aid: max(c.items(), key=lambda kv: (kv[1], kv[0]))[0]
            for aid, c in counts.items() if c}


def _align_ids(gold: Sequence[Mapping[str, Any]], ledger: Mapping[str, Any]) -> dict[str, str]:
    """gold id → ledger article id (same id, else same url, else same folded title)."""
    articles = ledger.get("articles") or []
    ids = {a.get("id") for a in articles}
    by_url = {a["url"]: a["id"] for a in articles if a.get("url")}
    by_title = {fold(a["title"]).strip(): a["id"] for a in articles if a.get("title")}
    return {g["id"]: g["id"] if g["id"] in ids else by_url.get(g.get("url") or "")
            or by_title.get(fold(g.get("title")).strip()) or g["id"] for g in gold}


def _near_day(pred: str | None, gold: str | None) -> bool:
    try:
        return abs((date.fromisoformat((pred or "")[:10])
                    - date.fromisoformat((gold or "")[:10])).days) <= 1
    except ValueError:
        return False


def country_codes(gold_country: str | None) -> set[str]:
    """'Palestine (Gaza Strip)' → {'PS'}; 'Iraq/Syria border' → {'IQ', 'SY'}."""
    text = fold(gold_country)
    if "golan" in text:
        return {"IL", "SY"}
    codes = {iso for word, iso in _COUNTRY_ISO.items() if word in text}
    if codes:
        return codes
    found = [(name, iso) for name, iso in _country_names() if re.search(rf"\b{re.escape(name)}\b", text)]
    # the longest name decides: "South Sudan" is not also Sudan
    return {iso for name, iso in found if not any(name != other and name in other for other, _ in found)}


@cache
def _country_names() -> tuple[tuple[str, str], ...]:
    """Every ISO 3166 country's folded names (name, common and official name, the part before a
    comma, and the name turned round: "Congo, The Democratic Republic of the" gives "congo" and
    "democratic republic of the congo"), for gold countries the short
    table above does not hold ("Sudan", "Myanmar", "Colombia", "Haiti")."""
    out: set[tuple[str, str]] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                head, _, tail = fold(name).partition(",")
                out.add((head.strip(), country.alpha_2))
                if tail:  # "congo, the democratic republic of the" -> "democratic republic of the congo"
                    out.add((re.sub(r"^the ", "", f"{tail.strip()} {head.strip()}"), country.alpha_2))
    return tuple(sorted(out))


def _match(gold_units: Mapping[Any, list[str]], pred_units: Mapping[Any, list[str]],
           key_ok: Callable[[Any, Any], bool], exact: Callable[[Any, Any], bool]) -> set[Any]:
    """One-to-one greedy matching, canonical names first; returns the matched gold keys."""
    used: set[Any] = set()
    matched: set[Any] = set()
    for strict in (True, False):
        for gk, gnames in gold_units.items():
            if gk in matched:
                continue
            for pk, pnames in pred_units.items():
                if pk in used or not key_ok(gk, pk):
                    continue
                if exact(gk, pk) if strict else same_source(gnames, pnames):
                    used.add(pk)
                    matched.add(gk)
                    break
    return matched


Claims = Mapping[str, list[Mapping[str, Any]]]
Units = dict[tuple[Any, ...], list[str]]


def _pred_names(claim: Mapping[str, Any]) -> list[str]:
    src = claim.get("source") or {}
    return [n for n in (src.get("name"), src.get("text")) if n]


def _units(g: Mapping[str, Any], own: list[Mapping[str, Any]], figure: str
           ) -> tuple[Units, Units]:
    """Gold and predicted units of one article for one figure, each with its source names."""
    classes = {"affirm", "deny", "decline"} if figure == "attribution" else {figure}
    gold: Units = defaultdict(list)
    for c in g.get("claims") or []:
        names = [c["source"], c["source_norm"]]
        lo, hi, hurt = c.get("killed_min"), c.get("killed_max"), c.get("injured")
        cls = STANCE_CLASS.get(c.get("stance", ""))
        if figure == "killed" and (lo is not None or hi is not None):
            gold[(c["source_norm"], c["source"], lo, hi)] = names
        elif figure == "injured" and isinstance(hurt, int):
            gold[(c["source_norm"], c["source"], hurt)] = names
        elif cls in classes and not fold(c["source_norm"]).startswith("unattributed"):
            gold[(c["source_norm"], cls)] += names
    pred: Units = defaultdict(list)
    for c in own:
        names = _pred_names(c)
        v = (c.get(figure) or {}) if figure in ("killed", "injured") else {}
        lo, hi, cls = v.get("min"), v.get("max"), STANCE_CLASS.get(c.get("stance", ""))
        if figure == "killed" and (lo is not None or hi is not None):
            pred[(tuple(names), lo, hi)] = names
        elif figure == "injured" and (lo is not None or hi is not None):
            pred[(tuple(names), lo if hi is None else hi)] = names
        elif cls in classes:
            pred[(fold((c.get("source") or {}).get("name")), cls)] += names
    return gold, pred


def _claim_figures(gold: Sequence[Mapping[str, Any]], own: Claims, align: Mapping[str, str],
                   report: dict[str, Any]) -> None:
    for figure in ("attribution", "deny", "decline", "killed", "injured"):
        tp = n_gold = n_pred = 0
        for g in gold:
            gu, pu = _units(g, list(own.get(align[g["id"]], [])), figure)
            if figure in ("killed", "injured"):  # same bounds, then any matching name
                hit = _match(gu, pu, lambda gk, pk: gk[2:] == pk[1:], lambda gk, pk: False)
            else:  # same stance class, then canonical name, then any matching name
                hit = _match(gu, pu, lambda gk, pk: gk[1] == pk[1],
                             lambda gk, pk: fold(gk[0]) == pk[0])
            tp, n_gold, n_pred = tp + len(hit), n_gold + len(gu), n_pred + len(pu)
            if figure in ("attribution", "killed", "injured"):
                report["misses"] += [f"MISS {g['id']} {figure} {k[0]} {k[1:]}"
                                     for k in gu if k not in hit]
        report[figure] = prf(tp, n_pred, n_gold)


def _incident(g: Mapping[str, Any]) -> str:
    return g.get("incident") or f"<none:{g['id']}>"  # no incident: a singleton


def _place(g: Mapping[str, Any]) -> str | None:
    if not g.get("incident"):
        return None
    return g.get("place") or re.sub(r"-\d{4}-\d{2}-\d{2}$", "", g["incident"])


def _linking(gold: Sequence[Mapping[str, Any]], primary: Mapping[str, str],
             align: Mapping[str, str], report: dict[str, Any]) -> None:
    tp = n_gold = n_pred = pairs = apart = 0
    for a, b in combinations(sorted(gold, key=lambda g: g["id"]), 2):
        same_gold = _incident(a) == _incident(b)
        pa, pb = primary.get(align[a["id"]]), primary.get(align[b["id"]])
        same_pred = pa is not None and pa == pb
        tp, n_gold, n_pred = tp + (same_gold and same_pred), n_gold + same_gold, n_pred + same_pred
        if not same_gold and _place(a) is not None and _place(a) == _place(b):
            pairs, apart = pairs + 1, apart + (not same_pred)
        if same_gold != same_pred:
            report["misses"].append(f"LINK {'split' if same_gold else 'merge'} {a['id']} {b['id']}")
    report["linking"] = prf(tp, n_pred, n_gold)
    report["recurring_kept_apart"] = {"pairs": pairs, "apart": apart,
                                      "share": round(apart / pairs, 3) if pairs else None}


def _majority(values: Iterable[Any]) -> Any:
    return Counter(values).most_common(1)[0][0]


def _incident_figures(gold: Sequence[Mapping[str, Any]], ledger: Mapping[str, Any],
                      primary: Mapping[str, str], align: Mapping[str, str],
                      report: dict[str, Any]) -> None:
    events = {e["id"]: e for e in ledger.get("events") or []}
    groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for g in gold:
        if g.get("incident"):
            groups[g["incident"]].append(g)
    date_ok = near_ok = country_ok = 0
    contra: Counter[tuple[bool, bool]] = Counter()
    for inc, members in groups.items():
        votes = [primary[align[g["id"]]] for g in members if align[g["id"]] in primary]
        ev: Mapping[str, Any] = events.get(_majority(votes), {}) if votes else {}
        gold_date = _majority((g.get("event") or {}).get("date") for g in members)
        gold_country = _majority((g.get("event") or {}).get("country") for g in members)
        date_ok += bool(ev) and ev.get("date") == gold_date
        if ev and (ev.get("date") == gold_date or _near_day(ev.get("date"), gold_date)):
            near_ok += 1
        else:
            report["misses"].append(f"DATE {inc}: gold {gold_date}, ledger {ev.get('date')}")
        iso = ((ev.get("location") or {}).get("country") or "").upper()
        if ev and iso in country_codes(gold_country):
            country_ok += 1
        else:
            report["misses"].append(f"COUNTRY {inc}: gold {gold_country}, ledger {iso or None}")
        contra[(any(g.get("contradictions") for g in members), bool(ev.get("contradictions")))] += 1
    n = len(groups)
    report["incidents"] = n
    report["event_date"] = round(date_ok / n, 3) if n else None
    report["event_date_within_1_day"] = round(near_ok / n, 3) if n else None
    report["event_country"] = round(country_ok / n, 3) if n else None
    both = contra[(True, True)]
    report["contradiction"] = prf(both, both + contra[(False, True)], both + contra[(True, False)])


def score_ledger(gold: Sequence[Mapping[str, Any]], ledger: Mapping[str, Any]
                 ) -> dict[str, Any]:
    """Compare a ledger with gold; returns the figures described in the module docstring.

    ``misses`` lists what was missed (MISS, LINK, DATE, COUNTRY lines) for inspection.
    """
    align = _align_ids(gold, ledger)
    ledger_ids = {a.get("id") for a in ledger.get("articles") or []}
    primary = primary_events(ledger)
    own: dict[str, list[Mapping[str, Any]]] = defaultdict(list)  # primary-event claims
    for claim in ledger.get("claims") or []:
        aid = claim.get("article_id")
        if aid and claim.get("event_id") and claim.get("event_id") == primary.get(aid):
            own[aid].append(claim)
    missing = sorted(g["id"] for g in gold if align[g["id"]] not in ledger_ids)
    report: dict[str, Any] = {"articles": len(gold), "articles_missing_from_ledger": missing,
                              "misses": []}
    _claim_figures(gold, own, align, report)
    _linking(gold, primary, align, report)
    _incident_figures(gold, ledger, primary, align, report)
    expected = [align[g["id"]] for g in gold if g.get("expected_skip")]
    report["expected_skips"] = {"expected": len(expected), "skipped": sum(
        aid not in ledger_ids or not own.get(aid) for aid in expected)}
    return report


def format_report(report: Mapping[str, Any]) -> str:
    """A short multi-line text summary of :func:`score_ledger`'s result."""
    lines = []
    for key in PRF_KEYS:
        m = report[key]
        lines.append(f"{key:<14} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}"
                     f"  (tp {m['tp']}, pred {m['pred']}, gold {m['gold']})")
    rk = report["recurring_kept_apart"]
    lines.append(f"{'recurring':<14} {rk['apart']}/{rk['pairs']} same-place pairs of different "
                 "incidents kept apart")
    lines.append(f"{'event_date':<14} {report['event_date']} (within a day "
                 f"{report['event_date_within_1_day']})  event_country {report['event_country']}"
                 f"  ({report['incidents']} incidents, {report['articles']} articles)")
    skips = report.get("expected_skips") or {}
    if skips.get("expected"):
        lines.append(f"{'skipped':<14} {skips['skipped']}/{skips['expected']} expected skips")
    if report.get("articles_missing_from_ledger"):
        lines.append(f"missing from ledger: {', '.join(report['articles_missing_from_ledger'])}")
    return "\n".join(lines)
