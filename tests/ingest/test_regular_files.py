"""Ingest reads regular files only: pipes, sockets and devices get one line and never block a
batch; a folder that cannot be listed is an error; a stuck input never holds back the articles
read before it."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.errors import InputError
from onrecord.ingest import find_files, read_paths

GOOD = "“We will keep the border open,” Foreign Minister Ana Voss said on Tuesday.\n"
EXE = str(Path(sys.executable).parent / "onrecord")


def _read_all(paths: list[str], seconds: float = 20) -> list:
    """read_paths in a thread, so a blocking read fails the test instead of hanging it."""
    out: list = []
    thread = threading.Thread(target=lambda: out.extend(read_paths(paths)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "reading blocked"
    return out


@pytest.fixture
def fifo(tmp_path: Path) -> str:
    path = tmp_path / "x.txt"
    os.mkfifo(path)
    return str(path)


@pytest.fixture
def unix_socket(tmp_path: Path):
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        yield str(path)


@pytest.mark.parametrize("kind", ["fifo", "unix_socket", "device"])
def test_special_files_are_one_line_and_never_block(request, kind: str) -> None:
    path = "/dev/zero" if kind == "device" else request.getfixturevalue(kind)
    (result,) = _read_all([path])
    assert isinstance(result, InputError)
    assert str(result) == f"{path}: not a regular file"


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".html", ".xml"])
def test_every_reader_refuses_a_pipe(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"p{suffix}"
    os.mkfifo(path)
    (result,) = _read_all([str(path)])
    assert str(result) == f"{path}: not a regular file"


def test_a_pipe_in_a_folder_does_not_stop_the_batch(tmp_path: Path, fifo: str) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "z.txt").write_text(GOOD.replace("Tuesday", "Friday"), encoding="utf-8")
    db = tmp_path / "f.db"
    done = subprocess.run(
        [EXE, "--db", str(db), "ingest", str(tmp_path)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"{fifo}: not a regular file"]
    assert "new 2" in done.stdout and "failed 1" in done.stdout


def test_an_unlistable_folder_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, which can list any folder: the kernel's refusal is simulated at the
    # one call os.walk makes to list a folder.
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "hidden.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path=".", *args, **kwargs):
        if os.fspath(path) == str(secret):
            raise PermissionError(13, "Permission denied", str(secret))
        return real_scandir(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(find_files([str(tmp_path)]))
    assert found[0] == str(tmp_path / "a.txt")
    assert [str(e) for e in found[1:]] == [f"{secret}: cannot read folder: permission denied"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder")
def test_an_unlistable_folder_for_real(tmp_path: Path) -> None:  # pragma: no cover - non-root runs
    secret = tmp_path / "secret"
    secret.mkdir(mode=0)
    try:
        found = list(find_files([str(tmp_path)]))
    finally:
        secret.chmod(0o700)
    assert [str(e) for e in found] == [f"{secret}: cannot read folder: permission denied"]


def test_an_unlistable_folder_fails_the_ingest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, extractor
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir
    locked = str(corpus / "locked")

    def scandir(path=".", *args, **kwargs):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    code = main(["--db", str(tmp_path / "u.db"), "ingest", str(corpus)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.splitlines() == [f"{locked}: cannot read folder: permission denied"]
    assert "new 1" in out and "failed 1" in out


def test_a_stuck_input_does_not_hold_back_what_was_read_before(tmp_path: Path) -> None:
    # The second input is stdin, a pipe nobody ever writes to or closes: the ingest waits on
    # it, but the good file before it must be stored meanwhile.
    good = tmp_path / "a.txt"
    good.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        [EXE, "--db", str(db), "ingest", str(good), "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None and not stored:
            time.sleep(0.5)
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=5) as conn:
                        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                except sqlite3.OperationalError:
                    pass  # not migrated yet
        assert proc.poll() is None, "the ingest should still be waiting on stdin"
        assert stored == 1
    finally:
        proc.kill()
        proc.wait()
