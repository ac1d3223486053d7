"""A PostgreSQL server for the tests: a temporary cluster (initdb, pg_ctl) listening on
127.0.0.1 only, on a free port, with a random password; started once per test process (each
pytest-xdist worker has its own) and stopped at the end. Each test gets its own database.

The binaries are found in ``$RASHOMON_PG_BIN``, Debian's ``/usr/lib/postgresql/N/bin``, or
on PATH. When they are missing the PostgreSQL tests skip, except under CI=true, where that is
a failure (``.ci/setup-postgres.sh`` installs Debian's package first). initdb refuses to run
as root: as root the cluster belongs to the ``postgres`` user Debian's package creates.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SERVER_USER = "postgres"  # runs the server when the tests run as root
TABLES_KEPT = ("schema_migrations",)  # wipe() leaves the schema history alone


def bin_dir() -> Path | None:
    """Where initdb and pg_ctl are, or None."""
    env = os.environ.get("RASHOMON_PG_BIN")
    candidates = [Path(env)] if env else []
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                    key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True)
    candidates += debian
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(Path(found).parent)
    for c in candidates:
        if (c / "initdb").is_file() and (c / "pg_ctl").is_file():
            return c
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    """A running temporary cluster; ``url(db)`` connects to database ``db`` as its superuser."""

    bindir: Path
    root: Path
    port: int
    password: str
    user: str = "rashomon"
    _names: itertools.count[int] = field(default_factory=itertools.count)
    _running: bool = False
    _template: bool = False

    @classmethod
    def start(cls, bindir: Path) -> PgServer:
        root = Path(tempfile.mkdtemp(prefix="rashomon-pg-"))
        server = cls(bindir, root, _free_port(), secrets.token_urlsafe(18))
        try:
            server._init_and_start()
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise
        atexit.register(server.stop)
        return server

    def _as_server_user(self) -> dict[str, int]:
        if os.geteuid() != 0:
            return {}
        try:
            pw = pwd.getpwnam(SERVER_USER)
        except KeyError:
            raise RuntimeError(f"running as root and there is no {SERVER_USER!r} user to run initdb "
                               "(Debian's postgresql package creates it)") from None
        return {"user": pw.pw_uid, "group": pw.pw_gid}

    def _run(self, *args: str) -> None:
        ids = self._as_server_user()
        done = subprocess.run([str(self.bindir / args[0]), *args[1:]], capture_output=True, text=True,
                              timeout=120, cwd=self.root, check=False, extra_groups=[] if ids else None,
                              **ids)  # type: ignore[call-overload]
        if done.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-1500:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr[-1500:]} {tail}")

    def _init_and_start(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        ids = self._as_server_user()
        for path in (self.root, pwfile):  # the server's user owns its folder
            if ids:
                os.chown(path, ids["user"], ids["group"])
        self._run("initdb", "-D", str(self.root / "data"), "-U", self.user, f"--pwfile={pwfile}",
                  "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync")
        pwfile.unlink()
        # loopback only; the socket stays in our temporary folder; durability is not needed
        opts = (f"-h 127.0.0.1 -p {self.port} -k {self.root} -c fsync=off -c synchronous_commit=off"
                " -c full_page_writes=off -c max_connections=60")
        self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.root / "data"),
                  "-l", str(self.root / "server.log"), "-o", opts)
        self._running = True

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}:{self.password}@127.0.0.1:{self.port}/{database}"

    def new_database(self, *, migrated: bool = False) -> str:
        """A new database, empty or (copied from a template, faster than migrating) with the
        store's tables; returns its URL."""

        from rashomon.store import Store

        template = "template1"
        if migrated:
            if not self._template:
                self._create("store_template", template)
                Store.open(self.url("store_template")).close()
                self._template = True
            template = "store_template"
        name = f"t{next(self._names)}"
        self._create(name, template)
        return self.url(name)

    def _create(self, name: str, template: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")  # names made here, never input

    def stop(self) -> None:
        if self._running:
            self._running = False
            with contextlib.suppress(RuntimeError, subprocess.SubprocessError):
                self._run("pg_ctl", "stop", "-m", "immediate", "-D", str(self.root / "data"))
        _remove_in_background(self.root)


def _remove_in_background(root: Path) -> None:
    """Delete a stopped cluster's folder without waiting for it. A worker's cluster holds a
    database for every PostgreSQL test it ran (tens of thousands of files): deleting it took
    30-47 s at the end of a full run, billed to the teardown of each worker's last test (the
    browser tests, last in file order). The folder is renamed at once (nothing reuses it) and
    a detached ``rm -rf`` deletes it while the run goes on or after it ends."""
    trash = root.with_name(root.name + "-stopped")
    try:
        root.rename(trash)
        subprocess.run(["sh", "-c", 'rm -rf -- "$1" &', "sh", str(trash)], check=False, timeout=30,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        shutil.rmtree(trash if trash.exists() else root, ignore_errors=True)


def wipe(url: str) -> None:
    """Empty every store table of the database at ``url`` (between property-test examples;
    DELETE is faster than TRUNCATE on tables this small)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")]
        with conn.transaction():
            for t in tables:
                if t not in TABLES_KEPT:
                    conn.execute(f"DELETE FROM {t}")  # names from the catalogue, never input


def rows(db: str | Path, query: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Rows of ``query`` (SQLite dialect, ``?`` placeholders) on either backend, outside the store."""
    from rashomon.store.db import connect

    conn = connect(db)
    try:
        return [tuple(r) for r in conn.execute(query, params).fetchall()]
    finally:
        conn.close()


def run(db: str | Path, *statements: str) -> None:
    """Run ``statements`` (SQLite dialect) in one transaction on either backend, outside the store."""
    from rashomon.store.db import connect

    conn = connect(db)
    try:
        conn.execute("BEGIN")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
