"""A minimal throwaway PostgreSQL server for the cluster tests, used only when the suite's own
PostgreSQL harness (the ``pg_url`` fixture) is not there.

``initdb`` + ``pg_ctl`` from ``/usr/lib/postgresql/N/bin`` in a temporary folder, on a free
port of 127.0.0.1, trust authentication, durability off; as root everything runs as the
``postgres`` user (``initdb`` refuses root). Needs ``psycopg`` (the ``cluster`` extra).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class Unavailable(RuntimeError):
    """No PostgreSQL binaries, or the server would not start."""


def _bindir() -> Path:
    for found in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.isfile(os.path.join(found, "initdb")):
            return Path(found)
    raise Unavailable("no PostgreSQL server binaries under /usr/lib/postgresql")


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A running server; :meth:`stop` removes it."""

    root: Path
    port: int
    bindir: Path
    user: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(_as_postgres([str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop"]), capture_output=True, check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def start() -> Server:
    """Start a server in a new temporary folder (the ``postgres`` user must reach it)."""
    bindir = _bindir()
    root = Path(tempfile.mkdtemp(prefix="onrecord-scale-pg-", dir="/tmp"))
    user = "postgres" if os.geteuid() == 0 else os.environ.get("USER", "postgres")
    if os.geteuid() == 0:
        shutil.chown(root, user="postgres")
    init = subprocess.run(
        _as_postgres([str(bindir / "initdb"), "-D", str(root / "data"), "-U", user, "-A", "trust", "-E", "UTF8", "--no-sync"]),
        capture_output=True,
        text=True,
        check=False,
    )
    if init.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise Unavailable(f"initdb failed: {init.stderr.strip()[-300:]}")
    port = _free_port()
    options = f"-c fsync=off -c synchronous_commit=off -c listen_addresses=127.0.0.1 -p {port} -k {root}"
    run = subprocess.run(
        _as_postgres([str(bindir / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "log"), "-o", options, "-w", "-t", "60", "start"]),
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise Unavailable(f"PostgreSQL would not start: {run.stderr.strip()[-300:]}")
    return Server(root, port, bindir, user)
