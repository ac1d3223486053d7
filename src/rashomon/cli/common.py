"""What the commands share: the two consoles, the common options, and the
edge where library errors become one line on stderr and an exit code.

Nothing heavy is imported here (tests/test_cli_startup.py): the store and the pipeline are
loaded inside the helpers that need them.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from rashomon.config import Options
from rashomon.errors import ConfigError, RashomonError

if TYPE_CHECKING:
    from rashomon.live import FetchSettings
    from rashomon.types import Ledger

console = Console()
err = Console(stderr=True, soft_wrap=True)  # an error stays one line, however long the path
T = TypeVar("T")

DbOpt = Annotated[str, typer.Option(
    "--db", help="The ledger's database: an SQLite file, or postgresql://user@host/dbname.")]
AllowPrivateOpt = Annotated[bool, typer.Option(
    "--allow-private", help="Let URLs reach loopback and private addresses (local test servers).")]
RefreshOpt = Annotated[bool, typer.Option("--refresh", help="Fetch URLs again even if already analysed.")]
ContactOpt = Annotated[str, typer.Option(help="A contact (e-mail or URL) sent in the crawler's user agent.")]
IntervalOpt = Annotated[float, typer.Option(
    "--host-interval", min=0, help="Seconds between two requests to one host (politeness).")]
EXIT_SKIPPED = 3  # an exit code (the CLI's contract), not a number
EVENTS_SHOWN = 50  # presentation only: rows the event list shows by default, a page a person reads, not thousands


@dataclass(frozen=True)
class FetchArgs:
    """The fetch options analyze and watch share (--allow-private, --refresh, --contact, --host-interval)."""

    allow_private: bool = False
    refresh: bool = False
    contact: str = ""
    host_interval: float = 1.0

    def settings(self, options: Options) -> FetchSettings:
        from rashomon.live import FetchSettings

        return FetchSettings(max_bytes=max(options.max_bytes, 1), contact=self.contact,
                             allow_private=self.allow_private, host_interval_s=self.host_interval)


def fail(message: str, code: int = 1) -> NoReturn:
    """The CLI's one-line error: ``message`` (plain text, untrusted parts included: escaped
    here) on stderr, then exit with ``code`` (1: the work failed, 2: a usage error)."""
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    raise typer.Exit(code)


def usage(fn: Callable[[], T]) -> T:
    """Run ``fn``; an invalid setting is a usage error: one line on stderr and exit code 2."""
    try:
        return fn()
    except ConfigError as exc:
        fail(str(exc), 2)


def _output_problem(path: Path) -> str | None:
    """Why ``path`` cannot be written as an output file, or None. Checked before long work."""
    if path.is_dir():
        return f"{path} is a folder; give a file name"
    if not path.parent.is_dir():
        return f"folder {path.parent} does not exist; create it first"
    return None


def check_outputs(*paths: Path | None) -> None:
    for path in paths:
        problem = _output_problem(path) if path is not None else None
        if problem:
            fail(problem)


def write_file(path: Path, write: Callable[[Path], None]) -> None:
    """``write(path)``; an OS error (disk full, permissions) becomes a one-line RashomonError."""
    try:
        write(path)
    except OSError as exc:
        raise RashomonError(f"cannot write {path}: {exc.strerror or exc}") from None


def guard(fn: Callable[[], T]) -> T:
    """Run ``fn``; library errors become one line on stderr and exit code 1."""
    try:
        return fn()
    except RashomonError as exc:
        fail(str(exc))
    except KeyboardInterrupt as exc:
        err.print("interrupted: articles committed so far are kept in the store")
        raise typer.Exit(143 if isinstance(exc, Terminated) else 130) from None


@contextmanager
def progress_bar(disable: bool) -> Iterator[Callable[[str, int, int | None], None]]:
    """A progress callback (stage, done, total) drawing one bar per stage on stderr."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True, disable=disable) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield progress


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is, so it ends as Ctrl-C does (run marked interrupted)."""


@contextmanager
def sigterm_interrupts() -> Iterator[None]:
    def stop(signum: int, frame: FrameType | None) -> None:
        raise Terminated

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def existing(db: str) -> str:
    """``db``, if a ledger is there to read (opening a missing one would create an empty one)."""
    from rashomon.store import display, exists

    if not exists(db):
        raise RashomonError(f"no ledger at {display(db)}: run 'rashomon analyze PATH --db {display(db)}' first")
    return db


def shown(db: str) -> str:
    """``db`` as printed: a PostgreSQL URL without its password."""
    from rashomon.store import display

    return display(db)


def load_ledger(db: str) -> Ledger:
    from rashomon.pipeline import generator
    from rashomon.review import reviewed_ledger
    from rashomon.store import Store

    with Store.open(existing(db)) as store:
        return reviewed_ledger(store, generator(Options()))
