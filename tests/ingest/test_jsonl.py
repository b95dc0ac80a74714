"""JSONL reader: one article per line, errors by line, the batch goes on."""

from __future__ import annotations

import io
import json

import pytest

from onrecord.errors import InputError
from onrecord.ingest import ReadItem, ReadOptions
from onrecord.ingest.jsonl import read_jsonl, read_jsonl_stream

GOOD = {
    "text": "“We will talk,” Ana Voss said.\n\nTeo Marr agreed.",
    "title": "Talks",
    "published": "2031-03-04",
    "url": "https://wire.example/t",
    "source": "Amber Sea Wire",
}


def test_jsonl_reads_every_field(write) -> None:
    path = write("dump.jsonl", json.dumps(GOOD, ensure_ascii=False) + "\n")
    (item,) = list(read_jsonl(str(path)))
    assert isinstance(item, ReadItem)
    assert item.line == 1 and item.where == f"{path}:1"
    a = item.article
    assert (a.text, a.title, a.published, a.url, a.source) == tuple(GOOD.values())


def test_jsonl_text_only_is_enough(write) -> None:
    path = write("min.jsonl", '{"text": "Ostrava protested."}')  # no trailing newline
    (item,) = list(read_jsonl(str(path)))
    assert isinstance(item, ReadItem)
    assert item.article.title is None and item.article.url is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("not json at all", "not JSON: Expecting value (column 1)"),
        ('{"text": "unterminated', "not JSON: Unterminated string starting at (column 10)"),
        ('{"title": "no body"}', 'missing "text"'),
        ('{"text": ""}', '"text" is empty'),
        ('{"text": 42}', '"text" is not a string'),
        ('{"text": "ok", "url": 3}', '"url" is not a string'),
        ('["a", "list"]', "expected a JSON object, got list"),
    ],
)
def test_jsonl_bad_line_reported_and_batch_continues(write, line: str, reason: str) -> None:
    good = json.dumps({"text": "Belvania agreed."})
    path = write("mixed.jsonl", "\n".join([good, line, "", good]) + "\n")
    results = list(read_jsonl(str(path)))
    assert [type(r).__name__ for r in results] == ["ReadItem", "InputError", "ReadItem"]
    assert str(results[1]) == f"{path}:2: {reason}"
    assert results[2].line == 4  # blank lines still count


def test_jsonl_non_utf8_line_is_decoded(write) -> None:
    line = '{"text": "Le ministre a déclaré : nous sommes prêts à négocier."}\n'.encode("cp1252")
    (item,) = list(read_jsonl(str(write("latin.jsonl", line))))
    assert isinstance(item, ReadItem)
    assert "déclaré" in item.article.text


def test_jsonl_line_over_limit(write) -> None:
    big = json.dumps({"text": "x" * 5000})
    path = write("big.jsonl", big + "\n" + json.dumps({"text": "small"}) + "\n")
    results = list(read_jsonl(str(path), ReadOptions(max_bytes=1000)))
    assert isinstance(results[0], InputError)
    assert str(results[0]).startswith(f"{path}:1: line too large")
    assert isinstance(results[1], ReadItem) and results[1].line == 2


@pytest.mark.parametrize(("content", "reason"), [(b"", "empty"), (b"\n\n", "empty")])
def test_jsonl_empty_file(write, content: bytes, reason: str) -> None:
    path = write("empty.jsonl", content)
    (err,) = list(read_jsonl(str(path)))
    assert str(err) == f"{path}: {reason}"


def test_jsonl_binary_line(write) -> None:
    path = write("bin.jsonl", b'{"text": "a\x00b"}\n')
    (err,) = list(read_jsonl(str(path)))
    assert isinstance(err, InputError) and err.line == 1 and "binary" in err.reason


def test_jsonl_stream_from_stdin_like() -> None:
    stream = io.BytesIO(b'{"text": "one"}\n{"text": "two"}\n')
    assert [r.article.text for r in read_jsonl_stream(stream, "-")] == ["one", "two"]
