"""``rashomon --help`` and usage errors answer without loading the pipeline: the modules of
rashomon.cli import spaCy, the store and the reports only inside the commands that need them."""

from __future__ import annotations

import functools
import resource
import subprocess
import sys

import pytest
from tests.cli_support import child_env

HEAVY = ("spacy", "thinc", "rashomon.pipeline", "rashomon.nlp", "rashomon.extract", "rashomon.store",
         "rashomon.report", "trafilatura", "dateparser")
HELP_CPU_SECONDS = 0.5  # issue 14 target for `rashomon --help` (2.1 CPU s when it imported everything)


def _env() -> dict[str, str]:
    return child_env()


def _loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=_env(),
                         timeout=120, check=True).stdout.split()
    return sorted({m for m in out for h in HEAVY if m == h or m.startswith(h + ".")})


@pytest.mark.parametrize(
    "code",
    [
        "import rashomon.cli",
        "from typer.testing import CliRunner\nfrom rashomon.cli import app\nCliRunner().invoke(app, ['--help'])",
        "from typer.testing import CliRunner\nfrom rashomon.cli import app\n"
        "for c in ('analyze', 'export', 'events', 'show', 'compare', 'eval', 'bench', 'demo'):\n"
        "    CliRunner().invoke(app, [c, '--help'])",
        "from typer.testing import CliRunner\nfrom rashomon.cli import app\n"
        "r = CliRunner().invoke(app, ['analyze', 'x.txt', '--workers', '0'])\nassert r.exit_code == 2",
    ],
    ids=["import", "help", "command-help", "usage-error"],
)
def test_no_pipeline_is_imported(code: str) -> None:
    assert _loaded_after(code) == []


# what `rashomon --help` does not need either (issue 14: ~50 ms of its ~0.25 CPU s): the types
# (rashomon imports them lazily), the lexicon gateway and YAML (config reads settings.toml as a file)
NOT_FOR_HELP = ("rashomon.types", "rashomon.lexicon", "rashomon.data", "yaml")


def test_help_imports_no_types_lexicons_or_yaml() -> None:
    probe = ("import sys\nfrom typer.testing import CliRunner\nfrom rashomon.cli import app\n"
             "assert CliRunner().invoke(app, ['--help']).exit_code == 0\nprint('\\n'.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=_env(),
                         timeout=120, check=True).stdout.split()
    assert sorted(m for m in out if m in NOT_FOR_HELP) == []


def test_the_lazy_names_of_the_package_are_there() -> None:
    import rashomon
    from rashomon import types

    assert (rashomon.Article, rashomon.Claim, rashomon.Event, rashomon.Ledger, rashomon.Skipped) == (
        types.Article, types.Claim, types.Event, types.Ledger, types.Skipped)
    with pytest.raises(AttributeError):
        rashomon.no_such_name  # noqa: B018


def test_help_costs_under_half_a_cpu_second() -> None:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "rashomon", "--help"], capture_output=True, text=True,
                          env=_env(), timeout=60)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert done.returncode == 0 and "analyze" in done.stdout
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    assert cpu <= HELP_CPU_SECONDS, f"--help took {cpu:.2f} CPU s"


@pytest.mark.slow
def test_bench_startup_prints_both_figures_with_their_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console
    from typer.testing import CliRunner

    from rashomon import bench, cli
    from rashomon.cli import benchmark

    # the table's shape is checked, not the medians: one timed run after the warm-up (not three)
    # halves the eight fresh processes, each of which loads spaCy
    monkeypatch.setattr(bench, "startup_bench", functools.partial(bench.startup_bench, runs=1))
    # wide enough for one line a row, whatever width the console had when another test imported the CLI
    monkeypatch.setattr(benchmark, "console", Console(width=200))
    result = CliRunner().invoke(cli.app, ["bench", "--startup"])
    assert result.exit_code == 0, result.output
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:-1]]
            for line in result.output.splitlines() if line.startswith("│")}
    assert set(rows) == {"--help", "analyze 1 article"}
    for cpu, wall, target, first in rows.values():
        assert float(cpu) > 0 and float(wall) > 0 and float(first) > 0
        assert target.endswith(("(met)", "(not met)"))
    assert rows["--help"][2].startswith("0.5") and rows["analyze 1 article"][2].startswith("2.5")


@pytest.mark.slow
def test_analyze_freezes_its_start_up_once_a_process_and_leaves_the_collector_on(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The pipeline's modules are frozen out of later collections at the first analyze of a
    process only (a second run in the same process must not freeze its garbage), and the
    collector is left on, with its thresholds, after the start-up pauses."""
    article = tmp_path / "one.txt"
    article.write_text("Shelling in Goma\n\nShelling killed four people in Goma on Tuesday, "
                       "a local official said.\n", encoding="utf-8")
    probe = ("import gc\nfrom typer.testing import CliRunner\nfrom rashomon.cli import app\n"
             "calls = []\nfreeze = gc.freeze\ngc.freeze = lambda: (calls.append(1), freeze())[1]\n"
             "before = gc.get_threshold()\n"
             f"codes = [CliRunner().invoke(app, ['analyze', {str(article)!r}, '--db', ':memory:', '-q']).exit_code"
             " for _ in range(2)]\n"
             "print(codes, len(calls), gc.isenabled(), gc.get_threshold() == before)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=_env(),
                         timeout=300, check=True).stdout.split("\n")[-2]
    assert out == "[0, 0] 1 True True"
