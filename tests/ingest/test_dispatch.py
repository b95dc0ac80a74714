"""The dispatcher: suffixes, recursion, stdin, size limits and unreadable files."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from onrecord.errors import InputError
from onrecord.ingest import ReadItem, ReadOptions, find_files, read_paths, read_stdin

HTML = "<html><body><article><p>“No,” said the Belvanian envoy, and left the room.</p></article></body></html>"


def _where(results) -> list[str]:
    return [r.where if isinstance(r, ReadItem) else f"ERR {r}" for r in results]


def test_dispatch_walks_directories_recursively(tmp_path: Path, write) -> None:
    write("corpus/b.txt", "Belvania protested.")
    write("corpus/a.html", HTML)
    write("corpus/sub/c.jsonl", '{"text": "one"}\n{"text": "two"}\n')
    write("corpus/README.md", "not an article")
    write("corpus/.hidden/d.txt", "skipped")
    write("corpus/image.png", b"\x89PNG\x00")
    corpus = tmp_path / "corpus"
    assert _where(read_paths([str(corpus)])) == [
        f"{corpus}/a.html",
        f"{corpus}/b.txt",
        f"{corpus}/sub/c.jsonl:1",
        f"{corpus}/sub/c.jsonl:2",
    ]


def test_dispatch_explicit_unknown_suffix_read_as_text(write) -> None:
    path = write("notes.md", "# Ostrava\n\nThe minister spoke.")
    (item,) = list(read_paths([str(path)]))
    assert isinstance(item, ReadItem) and item.article.text.startswith("# Ostrava")


def test_dispatch_missing_path_reported_and_batch_continues(tmp_path: Path, write) -> None:
    good = write("good.txt", "Ostrava agreed.")
    results = list(read_paths([str(tmp_path / "missing"), str(good)]))
    assert str(results[0]) == f"{tmp_path / 'missing'}: no such file or directory"
    assert isinstance(results[1], ReadItem)


@pytest.mark.parametrize("suffix", [".txt", ".html", ".rss"])
def test_dispatch_50mb_file_refused_quickly(tmp_path: Path, suffix: str, monkeypatch) -> None:
    import onrecord.ingest.base as base

    path = tmp_path / f"huge{suffix}"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: costs no disk, but stat says 50 MB

    def never_open(*args, **kwargs):
        raise AssertionError("a file over the limit was opened")

    # Quick because the stat is enough: the file is never opened. (A clock would also count
    # whatever else a loaded machine does meanwhile, a garbage collection of the suite's heap.)
    monkeypatch.setattr(base.os, "open", never_open)
    (err,) = list(read_paths([str(path)]))
    assert isinstance(err, InputError)
    assert str(err) == f"{path}: too large (50 MB; the limit is 20 MB)"


def test_dispatch_size_limit_configurable(write) -> None:
    path = write("mid.txt", "x" * 2048)
    (err,) = list(read_paths([str(path)], ReadOptions(max_bytes=1024)))
    assert isinstance(err, InputError) and "too large (2.0 KB; the limit is 1.0 KB)" in str(err)
    (item,) = list(read_paths([str(path)], ReadOptions(max_bytes=4096)))
    assert isinstance(item, ReadItem)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_dispatch_unreadable_file(write) -> None:
    path = write("secret.txt", "classified")
    path.chmod(0)
    try:
        (err,) = list(read_paths([str(path)]))
    finally:
        path.chmod(0o644)
    assert str(err) == f"{path}: cannot read: permission denied"


def test_dispatch_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    (err,) = list(read_paths([str(link)]))
    assert str(err) == f"{link}: no such file"


def test_dispatch_fifo_like_stream_bounded() -> None:
    (err,) = list(read_stdin(io.BytesIO(b"y" * 3000), options=ReadOptions(max_bytes=1000)))
    assert str(err) == "-: too large (over the limit of 1000 bytes)"


def test_dispatch_stdin_text_unchanged() -> None:
    raw = b'Title\r\n\r\n"Straight" quotes stay.\n'
    (item,) = list(read_paths(["-"], stdin=io.BytesIO(raw)))
    assert isinstance(item, ReadItem)
    assert item.path == "-" and item.article.text == raw.decode()


def test_dispatch_stdin_jsonl() -> None:
    items = list(read_stdin(io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n'), jsonl=True))
    assert [i.where for i in items] == ["-:1", "-:2"]


def test_find_files_keeps_explicit_order(tmp_path: Path, write) -> None:
    b = write("b.txt", "b")
    a = write("a.txt", "a")
    assert list(find_files([str(b), str(a)])) == [str(b), str(a)]


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (PermissionError(13, "Permission denied"), "cannot read: permission denied"),
        (OSError(5, "Input/output error"), "cannot read: Input/output error"),
    ],
)
def test_dispatch_unreadable_reported(write, monkeypatch, error: OSError, reason: str) -> None:
    # Works as root too, where chmod 000 does not stop reading.
    import onrecord.ingest.base as base

    def refuse(*args, **kwargs):
        raise error

    path = write("locked.txt", "classified")
    monkeypatch.setattr(base.os, "open", refuse)
    (err,) = list(read_paths([str(path)]))
    assert str(err) == f"{path}: {reason}"
