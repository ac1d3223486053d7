"""The per-article time budget: an article that uses more CPU time than
``--article-timeout`` is skipped with a reason, and the run goes on with the next one."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from rashomon.config import Options
from rashomon.normalize import content_hash
from rashomon.pipeline import Resources, analyse_or_skip, generator, process_article, run
from rashomon.store import Store
from rashomon.types import Article, ArticleResult, RawDocument, Skipped

pytestmark = pytest.mark.slow

SHORT = ("Shelling hit a market in Kadugli on Tuesday, killing six people, a local official said. "
         "The army blamed the SPLM-N for the attack, which the group denied.")


def _long_text(sentences: int) -> str:
    towns = ["Kadugli", "Dilling", "Myitkyina", "Bhamo", "Menaka", "Gao", "Bunia", "Beni"]
    return " ".join(f"Witnesses said {i % 9 + 2} shells landed near {towns[i % len(towns)]} on the "
                    f"night of the {i % 28 + 1}th, a local official told reporters." for i in range(sentences))


def _article(text: str, name: str) -> Article:
    return Article(id=name, text=text, input=f"{name}.txt", content_hash=content_hash(text))


def test_a_long_article_over_a_tiny_budget_is_skipped_with_a_reason(resources: Resources) -> None:
    long = _article(_long_text(1500), "long")
    result = analyse_or_skip(long, resources, 0.5)
    assert isinstance(result, Skipped)
    assert result.input == "long.txt"
    assert result.reason.startswith("analysis took over 0.5 CPU seconds (")
    assert "--article-timeout" in result.reason and "\n" not in result.reason
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)  # the timer is disarmed
    assert signal.getsignal(signal.SIGPROF) in (signal.SIG_DFL, signal.SIG_IGN, None)


def test_after_a_timeout_the_next_article_is_analysed_as_usual(resources: Resources) -> None:
    analyse_or_skip(_article(_long_text(1500), "long"), resources, 0.3)
    short = _article(SHORT, "short")
    after = analyse_or_skip(short, resources, 60.0)
    assert isinstance(after, ArticleResult)
    assert after == process_article(short, resources)  # same result as without any budget
    assert after.claims


def test_a_run_skips_the_slow_article_and_keeps_the_others(resources: Resources) -> None:
    docs = [RawDocument(input="slow.txt", text=_long_text(1500), format="text", id="slow"),
            RawDocument(input="fast.txt", text=SHORT, format="text", id="fast")]
    options = Options().with_(article_timeout=1.0)
    with Store.open(":memory:") as store:
        summary = run(docs, store, options, resources=resources)
        assert summary.analysed == ("fast",)
        assert [s.input for s in summary.skipped] == ["slow.txt"]
        assert "analysis took over 1 CPU seconds" in summary.skipped[0].reason
        ledger = store.load_ledger(generator(options))
        assert [a.id for a in ledger.articles] == ["fast"]
        assert [s.input for s in ledger.skipped] == ["slow.txt"]


def test_the_cli_option_sets_the_budget(tmp_path: Path) -> None:
    """--article-timeout reaches the run (here a budget no article can meet)."""
    from rashomon.cli import app

    path = tmp_path / "kadugli.txt"
    path.write_text("Market shelled in Kadugli\n\n" + _long_text(400), encoding="utf-8")
    result = CliRunner(env={"COLUMNS": "400"}).invoke(
        app, ["analyze", str(path), "--db", str(tmp_path / "l.db"), "-q", "--article-timeout", "0.05"])
    assert result.exit_code == 3
    assert f"skipped {path}: analysis took over 0.05 CPU seconds" in result.stderr


# --- batches: nlp.pipe over several articles, the same results -----------------------------

NEWS = [
    "Drones struck a fuel depot near Bhamo on Friday, killing three guards, a local official said. "
    "The Kachin Independence Army blamed the military, which denied carrying out any strike.",
    "Gunmen attacked a convoy near Menaka, killing 11 soldiers, the army said on Saturday.",
    "Shelling of a camp in Bunia wounded 14 civilians, a UN spokesman said; M23 denied firing.",
    "FIGHTING IN KHARTOUM KILLS 12 AS ARMY AND RSF TRADE BLAME\nThe army said RSF shells hit a market.",
]


def test_batches_keep_order_and_put_long_articles_alone() -> None:
    from rashomon.pipeline import BATCH_MAX_CHARS, batches

    arts = [_article(f"{'x ' * (BATCH_MAX_CHARS if i in (2, 5) else 10)}", f"a{i}") for i in range(9)]
    groups = [[a.id for a in b] for b in batches(arts, size=3)]
    assert groups == [["a0", "a1"], ["a2"], ["a3", "a4"], ["a5"], ["a6", "a7", "a8"]]
    assert [a for g in groups for a in g] == [a.id for a in arts]


@pytest.mark.parametrize(("lengths", "chars", "expected"), [
    ((100, 100, 100, 100), 250, [[0, 1, 2], [3]]),  # closes at the article reaching the bound
    ((300, 10, 10), 250, [[0], [1, 2]]),  # one article over the bound is a batch alone
    ((50, 50, 50, 50, 50), 10_000, [[0, 1, 2], [3, 4]]),  # then the article count bounds it
])
def test_batches_close_at_a_character_bound(lengths: tuple[int, ...], chars: int,
                                            expected: list[list[int]]) -> None:
    from rashomon.pipeline import batches

    arts = [_article("y" * n, str(i)) for i, n in enumerate(lengths)]
    assert [[int(a.id) for a in b] for b in batches(arts, size=3, chars=chars)] == expected


@given(st.lists(st.integers(1, 400), max_size=30), st.integers(1, 6), st.integers(1, 900))
def test_batches_partition_in_order_within_their_bounds(lengths: list[int], size: int, chars: int) -> None:
    from rashomon.pipeline import batches

    arts = [_article("z" * n, str(i)) for i, n in enumerate(lengths)]
    groups = list(batches(arts, size=size, chars=chars))
    assert [a for g in groups for a in g] == arts
    for g in groups:  # only the last article may take a batch past the bound
        assert 0 < len(g) <= size and sum(len(a.text) for a in g[:-1]) < chars


def test_a_batch_gives_what_one_article_at_a_time_gives(resources: Resources) -> None:
    from rashomon.pipeline import analyse_batch

    arts = [_article(text, f"n{i}") for i, text in enumerate(NEWS)]
    assert analyse_batch(arts, resources, 60.0) == [process_article(a, resources) for a in arts]


def test_a_batch_out_of_time_falls_back_to_one_by_one(resources: Resources,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import rashomon.analysis as pipeline  # where the batch looks the per-article step up

    arts = [_article(text, f"n{i}") for i, text in enumerate(NEWS)]
    mid = _article(_long_text(150), "mid")
    calls: list[tuple[str, bool]] = []
    real = pipeline.analyse_or_skip

    def spy(article: Article, res: Resources, budget: float, doc: object = None) -> ArticleResult | Skipped:
        calls.append((article.id, doc is None))
        return real(article, res, budget, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "analyse_or_skip", spy)
    # a budget too small for the whole batch's parse: each article then gets its own, unparsed
    results = pipeline.analyse_batch([*arts, mid], resources, 1e-4)
    assert calls == [(a.id, True) for a in [*arts, mid]]
    # CPU time is counted in clock ticks: a short article may finish between two of them, so
    # each is skipped for time or analysed in full; the 150-sentence one always runs out
    for article, result in zip([*arts, mid], results, strict=True):
        if isinstance(result, Skipped):
            assert result.reason.startswith("analysis took over")
        else:
            assert article is not mid and result == process_article(article, resources)
    assert isinstance(results[-1], Skipped)
    assert pipeline.analyse_batch(arts, resources, 60.0) == [process_article(a, resources) for a in arts]


def test_an_expiry_swallowed_on_its_way_still_counts(resources: Resources) -> None:
    """A signal landing in a garbage-collector callback is swallowed by Python: the budget
    fires again until it gets through, and the article is skipped all the same."""
    import gc

    def busy_callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            sum(range(20_000))  # CPU time spent where an exception cannot get out

    gc.callbacks.append(busy_callback)
    try:
        result = analyse_or_skip(_article(_long_text(600), "long"), resources, 0.2)
    finally:
        gc.callbacks.remove(busy_callback)
    assert isinstance(result, Skipped) and "analysis took over 0.2 CPU seconds" in result.reason
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
