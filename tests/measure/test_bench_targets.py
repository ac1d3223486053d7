"""The issue 14 targets table of `rashomon bench`: every target is a row, judged met or not from
the figures given, and a figure the run did not measure says which run does. The figures here
are made up (the measuring is tested elsewhere); only the judging and the printing are checked."""

from __future__ import annotations

import pytest

from rashomon.bench import (
    BenchResult,
    LinkScaling,
    LongArticles,
    ProcessTiming,
    RelinkResult,
    Throughput,
    ViewsResult,
    targets,
)

THROUGHPUT = Throughput(articles=200, rashomon_per_cpu_s=20.0, spacy_per_cpu_s=16.0, rounds=3,
                        ratios=(1.2, 1.25, 1.3))
STARTUP = [ProcessTiming("--help", 3, cpu_seconds=0.3, wall_seconds=0.4, first_cpu_seconds=0.3),
           ProcessTiming("analyze 1 article", 3, cpu_seconds=2.9, wall_seconds=3.5, first_cpu_seconds=3.0)]
LONG = LongArticles(sentences=(400, 4000), cpu_seconds=(2.0, 20.0), analysed=True)
RELINK = RelinkResult(articles=2000, cpu_seconds=0.7, events=1, opposed_pairs=10, stored_pairs=2)
VIEWS = ViewsResult(articles=(1000, 2000), events=(20, 40), events_cpu_s=0.6, events_all_cpu_s=0.9,
                    help_cpu_s=0.3, export_peak_mb=(100.0, 105.0), export_mb=(5.0, 10.0))


def _by_figure(**figures: object) -> dict[str, tuple[str | None, bool | None, str]]:
    return {t.figure: (t.measured, t.met, t.how) for t in targets(**figures)}  # type: ignore[arg-type]


def test_every_issue_target_is_a_row_even_unmeasured() -> None:
    rows = targets()
    assert len(rows) == 10  # the issue's table: ten targets
    assert all(r.measured is None and r.met is None for r in rows)
    assert all(r.how for r in rows), "an unmeasured row names the run (or test) that measures it"


def test_a_full_run_judges_what_it_measured() -> None:
    rows = _by_figure(throughput=THROUGHPUT, startup=STARTUP, long=LONG, relink=RELINK, views=VIEWS)
    met = {figure: m for figure, (_, m, _) in rows.items()}
    assert met["articles per CPU-second ÷ spaCy nlp.pipe, same texts and model"] is True
    assert met["CPU s of rashomon --help"] is True
    assert met["CPU s of analyze of 1 article, start-up included"] is False  # 2.9 > 2.5
    assert met["one 4,000-sentence article ÷ one 400-sentence article"] is True  # 10× ≤ 12×
    assert met["CPU s of the relink of 2,000 articles of one event"] is True
    assert met["CPU s of rashomon events on 2,000 articles"] is False  # 0.6 > 0.5
    assert met["peak memory of rashomon export"] is True  # ×1.05 ≤ ×1.1
    # what a full run does not measure: the real corpus, 1M frames, the kill test
    assert met["wall articles/s, 2 workers, 500 real articles"] is None
    assert met["linking 100k → 1M synthetic frames"] is None
    assert met["re-run after kill -9"] is None
    assert rows["articles per CPU-second ÷ spaCy nlp.pipe, same texts and model"][0] == "1.25 (200 texts)"


def test_a_skipped_long_article_is_not_met_whatever_the_ratio() -> None:
    skipped = LongArticles(sentences=(400, 4000), cpu_seconds=(2.0, 4.0), analysed=False)
    assert _by_figure(long=skipped)["one 4,000-sentence article ÷ one 400-sentence article"][1] is False


@pytest.mark.parametrize(("workers", "per_second", "met"), [(2, 30.0, True), (2, 10.0, False), (1, 30.0, None)])
def test_the_wall_figure_counts_only_the_protocols_workers(workers: int, per_second: float,
                                                            met: bool | None) -> None:
    run = BenchResult(articles=500, workers=workers, seconds=500 / per_second, articles_per_second=per_second,
                      words_per_second=1000.0, peak_rss_mb=500.0)
    assert _by_figure(corpus=run)["wall articles/s, 2 workers, 500 real articles"][1] is met


def test_link_scale_all_three_must_hold() -> None:
    good = LinkScaling(frames=(100_000, 1_000_000), cpu_exponent=1.05, pairs_exponent=1.0, peak_rss_mb=3000.0,
                       f1=0.9)
    low_f1 = LinkScaling(frames=(100_000, 1_000_000), cpu_exponent=1.05, pairs_exponent=1.0, peak_rss_mb=3000.0,
                         f1=0.8)
    figure = "linking 100k → 1M synthetic frames"
    assert _by_figure(scaling=good)[figure][1] is True
    assert _by_figure(scaling=low_f1)[figure][1] is False


def test_a_full_bench_run_ends_with_the_targets_table(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console
    from typer.testing import CliRunner

    from rashomon import bench, cli
    from rashomon.cli import benchmark

    # each measurement is replaced by its made-up figure: the CLI's printing is under test
    wall = BenchResult(articles=3, workers=1, seconds=1.0, articles_per_second=3.0, words_per_second=300.0,
                       peak_rss_mb=400.0)
    monkeypatch.setattr(bench, "bench", lambda n, w, options=None: wall)
    monkeypatch.setattr(bench, "default_workers", lambda: 1)
    monkeypatch.setattr(bench, "throughput", lambda n: THROUGHPUT)
    monkeypatch.setattr(bench, "long_articles", lambda: LONG)
    monkeypatch.setattr(bench, "startup_bench", lambda: STARTUP)
    monkeypatch.setattr(bench, "views_bench", lambda n, w: VIEWS)
    monkeypatch.setattr(bench, "relink_bench", lambda: RELINK)
    monkeypatch.setattr(benchmark, "console", Console(width=240))
    result = CliRunner().invoke(cli.app, ["bench", "-n", "3"])
    assert result.exit_code == 0, result.output
    tail = result.output[result.output.index("issue 14 targets"):]
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:-1]]
            for line in tail.splitlines() if line.startswith("│")}
    assert len(rows) == 10
    assert rows["CPU s of rashomon --help"] == ["0.30 CPU s", "≤ 0.5", "met"]
    assert rows["CPU s of rashomon events on 2,000 articles"] == ["0.60 CPU s", "≤ 0.5", "not met"]
    assert rows["linking 100k → 1M synthetic frames"][0] == "not measured (rashomon bench --link-scale)"
    assert rows["re-run after kill -9"][2] == ""
