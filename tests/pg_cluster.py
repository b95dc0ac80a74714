"""A throwaway PostgreSQL cluster for tests and benchmarks.

The suite runs its store, analysis, CLI and web tests against a real PostgreSQL server as well
as SQLite. This module starts one from Debian's ``postgresql`` package (``/usr/lib/postgresql/
N/bin``; ``$ONRECORD_PG_BIN`` overrides): ``initdb`` in a temporary directory, the server on a
free port of 127.0.0.1 (and a unix socket in the same directory), durability switched off
(``fsync``, ``synchronous_commit``, ``full_page_writes``: a test cluster is thrown away), and
stopped and deleted at the end. ``initdb`` refuses to run as root, so as root the cluster
belongs to the ``postgres`` user the package creates and every server command runs through
``runuser`` (or ``su``).

Tests use the ``pg_server`` session fixture of ``tests/conftest.py``; by hand::

    .venv/bin/python -m tests.pg_cluster start /tmp/pg     # prints the URL, leaves it running
    .venv/bin/python -m tests.pg_cluster stop /tmp/pg

Databases: :meth:`PgCluster.create_database` makes an empty one, optionally as a copy of a
template (``CREATE DATABASE ... TEMPLATE``), which is how each test gets a fresh migrated store
in a few tens of milliseconds.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from onrecord import settings

SERVER_USER = "postgres"
_SETTINGS = (
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
    "max_connections=200",
    "shared_buffers=64MB",
)


class PgUnavailable(RuntimeError):
    """No PostgreSQL server binaries here (or no way to run them)."""


def find_bindir() -> Path:
    """The directory holding ``initdb``/``pg_ctl``/``postgres``: ``$ONRECORD_PG_BIN``, else
    the newest ``/usr/lib/postgresql/N/bin``, else ``pg_config --bindir``.

    Raises:
        PgUnavailable: none found.
    """
    env = settings.PG_BIN.value()
    candidates = [Path(env)] if env else []
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: _version(p), reverse=True
    )
    candidates += [Path(p) for p in versions]
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True
            ).stdout
            candidates.append(Path(out.strip()))
        except (OSError, subprocess.CalledProcessError):
            pass
    for path in candidates:
        if (path / "initdb").is_file() and (path / "pg_ctl").is_file():
            return path
    raise PgUnavailable("no PostgreSQL server binaries (install the Debian 'postgresql' package)")


def _version(path: str) -> int:
    try:
        return int(Path(path).parent.name.split(".")[0])
    except ValueError:
        return 0


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    if shutil.which("runuser"):
        return ["runuser", "-u", SERVER_USER, "--", *cmd]
    import shlex

    return ["su", SERVER_USER, "-s", "/bin/sh", "-c", shlex.join(cmd)]


@dataclass
class PgCluster:
    """A running throwaway cluster: its folder, port and superuser URL."""

    root: Path
    port: int
    bindir: Path
    user: str = SERVER_USER
    _stopped: bool = field(default=False, repr=False)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL (psycopg 3) for ``database`` on this cluster."""
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def _psql(self, sql: str, database: str = "postgres") -> str:
        cmd = [
            str(self.bindir / "psql"),
            "-X",
            "-q",
            "-At",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            self.user,
            "-d",
            database,
            "-c",
            sql,
        ]
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout

    def create_database(self, name: str, *, template: str | None = None) -> str:
        """Create database ``name`` (a copy of ``template`` when given); return its URL."""
        import psycopg

        with psycopg.connect(self._dsn("postgres"), autocommit=True) as conn:
            sql = f'CREATE DATABASE "{name}"'
            if template:
                sql += f' TEMPLATE "{template}"'
                version = int(conn.execute("SHOW server_version_num").fetchone()[0])  # type: ignore[index]
                if version >= 150000:
                    # FILE_COPY copies the template's files directly: much faster than the
                    # WAL_LOG default of 15+ for a small template (cheap checkpoint, fsync off).
                    sql += " STRATEGY FILE_COPY"
            conn.execute(sql)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop database ``name``, ending any session still connected to it."""
        import psycopg

        with psycopg.connect(self._dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} user={self.user} dbname={database}"

    def stop(self) -> None:
        """Stop the server (fast shutdown) and delete its folder. Safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        subprocess.run(
            _as_server_user(
                [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]
            ),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.root, ignore_errors=True)


_OWNER = "owner.pid"


def stop_orphans(parent: Path, bindir: Path) -> list[Path]:
    """Stop and delete the throwaway clusters under ``parent`` whose owning test process is
    gone (killed before its teardown could stop them); return their folders. Clusters started
    by hand (``python -m tests.pg_cluster start DIR``) have no owner file and are left alone."""
    stopped = []
    for folder in sorted(parent.glob("onrecord-pg-*")):
        try:
            pid = int((folder / _OWNER).read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            continue
        if _alive(pid):
            continue
        if (folder / "data" / "postmaster.pid").exists():
            subprocess.run(
                _as_server_user(
                    [str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "stop"]
                ),
                capture_output=True,
                check=False,
            )
        shutil.rmtree(folder, ignore_errors=True)
        stopped.append(folder)
    return stopped


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


def start_cluster(root: str | Path | None = None, *, attempts: int = 3) -> PgCluster:
    """Initialise and start a cluster in ``root`` (a new temporary folder by default).

    Raises:
        PgUnavailable: no binaries, or the server would not start (the log's tail says why).
    """
    bindir = find_bindir()
    # As root the server user must reach the folder: /tmp, not a $TMPDIR under /root.
    parent = "/tmp" if os.geteuid() == 0 and os.path.isdir("/tmp") else None
    if root is None:
        stop_orphans(Path(parent or tempfile.gettempdir()), bindir)
    folder = Path(root) if root else Path(tempfile.mkdtemp(prefix="onrecord-pg-", dir=parent))
    if root is None:
        # a throwaway cluster belongs to this process: a later run stops it if this one was
        # killed before its teardown (SIGKILL, a CI timeout), see stop_orphans
        (folder / _OWNER).write_text(str(os.getpid()), encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    user = SERVER_USER if os.geteuid() == 0 else _current_user()
    if os.geteuid() == 0:
        shutil.chown(folder, user=SERVER_USER)
    data = folder / "data"
    init = subprocess.run(
        _as_server_user(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                user,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
                "--no-instructions",
            ]
        ),
        capture_output=True,
        text=True,
        check=False,
    )
    if init.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise PgUnavailable(f"initdb failed: {(init.stderr or init.stdout).strip()[-500:]}")
    log = folder / "server.log"
    last_error = ""
    for _ in range(attempts):
        port = free_port()
        options = " ".join(f"-c {s}" for s in _SETTINGS)
        options += f" -c listen_addresses=127.0.0.1 -p {port} -k {folder}"
        run = subprocess.run(
            _as_server_user(
                [
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(log),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            ),
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode == 0:
            cluster = PgCluster(folder, port, bindir, user)
            _wait_ready(cluster)
            return cluster
        last_error = _tail(log) or run.stderr
    shutil.rmtree(folder, ignore_errors=True)
    raise PgUnavailable(f"PostgreSQL would not start: {last_error.strip()[-500:]}")


def _current_user() -> str:
    import getpass

    return getpass.getuser()


def _tail(path: Path, lines: int = 5) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _wait_ready(cluster: PgCluster, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        probe = subprocess.run(
            [str(cluster.bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(cluster.port)],
            capture_output=True,
            check=False,
        )
        if probe.returncode == 0:
            return
        if time.monotonic() > deadline:
            raise PgUnavailable("PostgreSQL started but does not accept connections")
        time.sleep(0.1)


def _main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in {"start", "stop"}:
        print("usage: python -m tests.pg_cluster start|stop DIR", file=sys.stderr)
        return 2
    action, root = argv
    if action == "start":
        cluster = start_cluster(root)
        (Path(root) / "port").write_text(str(cluster.port))
        print(cluster.url())
        return 0
    port = int((Path(root) / "port").read_text())
    PgCluster(
        Path(root), port, find_bindir(), SERVER_USER if os.geteuid() == 0 else _current_user()
    ).stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
