"""The command line through its entry point: exit codes, stderr lines, output shapes, contract."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
import typer

from onrecord.cli import app, main
from onrecord.store import Store, open_store
from onrecord.store.results import QuoteHit

STORY = (
    "Ostrava and Belvania agree to meet\n"
    "\n"
    "“We are ready to talk,” Foreign Minister Ana Voss said on Tuesday.\n"
    "\n"
    "Her Belvanian counterpart, Teo Marr, said the crossing would stay open.\n"
)
RECORD_KEYS = {
    "id",
    "title",
    "published",
    "source",
    "url",
    "language",
    "text",
    "quotes",
    "actors",
    "events",
}
QUOTE_KEYS = {"id", "kind", "text", "spans", "cue", "speaker", "addressee"}
MENTION_KEYS = {"text", "start", "end", "actor", "name"}
ACTOR_KEYS = {"id", "name", "kind", "country", "titles", "aliases"}
EVENT_KEYS = {
    "id", "type", "cameo", "intensity", "source", "target", "negated", "hypothetical", "text", "start", "end", "quote",
}  # fmt: skip


def run(capsys, *args: str, stdin: bytes | None = None, monkeypatch=None) -> tuple[int, str, str]:
    """Run ``onrecord ARGS`` in-process; return (exit code, stdout, stderr)."""
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def check_contract(rec: dict) -> None:
    """Every CONTRACT.md field is present and every offset indexes ``text``."""
    assert RECORD_KEYS <= set(rec)
    text = rec["text"]
    assert isinstance(text, str) and rec["language"]
    assert len(rec["id"]) >= 16
    actor_ids = {a["id"] for a in rec["actors"]}
    for a in rec["actors"]:
        assert ACTOR_KEYS <= set(a)
        assert a["kind"] in ("person", "organization", "country", "igo", "group")
    for q in rec["quotes"]:
        assert QUOTE_KEYS <= set(q)
        assert q["kind"] in ("direct", "indirect", "mixed")
        assert q["text"] == " ".join(text[s:e] for s, e in q["spans"])
        for part in ("cue", "speaker", "addressee"):
            m = q[part]
            if m is not None:
                assert text[m["start"] : m["end"]] == m["text"]
                if part != "cue":
                    assert MENTION_KEYS <= set(m)
                    assert m["actor"] is None or m["actor"] in actor_ids
    for e in rec["events"]:
        assert EVENT_KEYS <= set(e)
        assert text[e["start"] : e["end"]] == e["text"]


# -- help -------------------------------------------------------------------------------------


def _commands() -> list[str]:
    return sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_cli_has_the_issue_commands() -> None:
    assert {"extract", "ingest", "quotes", "actors"} <= set(_commands())


@pytest.mark.parametrize("command", _commands())
def test_cli_every_command_has_help_with_example(capsys, command: str) -> None:
    cmd = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    assert cmd.help and "Example:" in cmd.help
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert "Usage" in out and "Example" in out


def test_cli_top_level_help_and_version(capsys) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and all(c in out for c in ("extract", "ingest", "quotes", "actors"))
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("onrecord ")


def test_cli_runs_as_python_dash_m(tmp_path: Path) -> None:
    """``python -m onrecord`` is the same command line, exit codes included."""
    done = subprocess.run(
        [sys.executable, "-m", "onrecord", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout.startswith("onrecord ")
    missing = tmp_path / "absent.txt"
    done = subprocess.run(
        [sys.executable, "-m", "onrecord", "extract", str(missing)], capture_output=True, text=True
    )
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert str(missing) in done.stderr


def test_cli_commands_in_readme() -> None:
    readme = Path(__file__).resolve().parents[1] / "README.md"
    if not readme.exists():
        pytest.skip("README.md not written yet")
    text = readme.read_text(encoding="utf-8")
    missing = [c for c in _commands() if f"onrecord {c}" not in text]
    assert not missing, f"commands missing from README.md: {missing}"


# -- extract ----------------------------------------------------------------------------------


def test_cli_extract_txt_contract_and_unchanged_text(capsys, write) -> None:
    raw = STORY.replace("\n", "\r\n") + '"Straight quotes," she added.  \n'
    path = write("story.txt", raw)
    code, out, err = run(capsys, "extract", str(path))
    assert code == 0 and err == ""
    (rec,) = _records(out)
    check_contract(rec)
    assert rec["text"] == raw  # byte for byte, CRLF and all
    assert rec["title"] == "Ostrava and Belvania agree to meet"


def test_cli_extract_finds_a_said_quote(capsys, write) -> None:
    code, out, _ = run(capsys, "extract", str(write("said.txt", STORY)))
    (rec,) = _records(out)
    speakers = [q["speaker"]["text"] for q in rec["quotes"] if q["speaker"]]
    assert any("Voss" in s for s in speakers)
    assert any(q["text"].startswith("We are ready to talk") for q in rec["quotes"])


def test_cli_extract_html_and_feed(capsys, write) -> None:
    html = write(
        "page.html",
        "<html><head><title>Envoy recalled</title></head><body><article>"
        "<p>“We have been patient long enough,” Foreign Minister Ana Voss said on Monday in Castelbrun.</p>"
        "<p>Belvania's foreign ministry declined to comment on the recall of its envoy to Ostrava.</p>"
        "</article></body></html>",
    )
    rss = write(
        "wire.rss",
        "<rss version='2.0'><channel><title>Amber Sea Wire</title>"
        "<item><title>One</title><link>https://wire.example/1</link><description>Talks open.</description></item>"
        "<item><title>Two</title><link>https://wire.example/2</link><description>Talks close.</description></item>"
        "</channel></rss>",
    )
    code, out, err = run(capsys, "extract", str(html), str(rss))
    assert code == 0, err
    recs = _records(out)
    assert len(recs) == 3
    for rec in recs:
        check_contract(rec)
    assert recs[0]["title"] == "Envoy recalled"
    assert [r["url"] for r in recs[1:]] == ["https://wire.example/1", "https://wire.example/2"]


def test_cli_extract_jsonl_one_record_per_line_and_bad_line(capsys, write) -> None:
    path = write(
        "dump.jsonl",
        json.dumps({"text": STORY, "url": "https://wire.example/s", "published": "2031-03-04"})
        + "\n{not json\n"
        + json.dumps({"title": "no text"})
        + "\n"
        + json.dumps({"text": "Belvania agreed."})
        + "\n",
    )
    code, out, err = run(capsys, "extract", str(path))
    assert code == 1
    recs = _records(out)
    assert (
        len(recs) == 2
        and recs[0]["url"] == "https://wire.example/s"
        and recs[0]["published"] == "2031-03-04"
    )
    assert err.splitlines() == [
        f"{path}:2: not JSON: Expecting property name enclosed in double quotes (column 2)",
        f'{path}:3: missing "text"',
    ]


def test_cli_extract_bad_inputs_one_line_each_and_batch_goes_on(
    capsys, write, tmp_path: Path
) -> None:
    empty = write("empty.txt", b"")
    binary = write("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    good = write("good.txt", STORY)
    missing = tmp_path / "missing.txt"
    code, out, err = run(
        capsys, "extract", str(empty), str(binary), str(huge), str(missing), str(good)
    )
    assert code == 1
    assert len(_records(out)) == 1
    assert err.splitlines() == [
        f"{empty}: empty",
        f"{binary}: binary content (NUL bytes), not text",
        f"{huge}: too large (50 MB; the limit is 20 MB)",
        f"{missing}: no such file or directory",
    ]
    assert "Traceback" not in err


def test_cli_extract_max_mb_option(capsys, write) -> None:
    path = write("small.txt", "x" * 4096)
    code, _, err = run(capsys, "extract", "--max-mb", "0.001", str(path))
    assert code == 1 and "too large" in err
    code, _, err = run(capsys, "extract", "--max-mb", "0", str(path))
    assert code == 2 and err.startswith("onrecord: error:")


def test_cli_extract_stdin(capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, "extract", "-", stdin=STORY.encode(), monkeypatch=monkeypatch)
    assert code == 0
    (rec,) = _records(out)
    assert rec["text"] == STORY
    check_contract(rec)


@pytest.mark.parametrize("fmt", ["pretty", "json"])
def test_cli_extract_other_formats(capsys, write, fmt: str) -> None:
    code, out, _ = run(capsys, "extract", "--format", fmt, str(write("s.txt", STORY)))
    assert code == 0
    if fmt == "json":
        (rec,) = json.loads(out)
        check_contract(rec)
    else:
        assert "Ostrava and Belvania agree to meet" in out


# -- ingest -----------------------------------------------------------------------------------


def test_cli_ingest_summary_rerun_and_failures(capsys, write, tmp_path: Path, db_url: str) -> None:
    write("corpus/a.txt", STORY)
    write(
        "corpus/b.jsonl",
        json.dumps({"text": "Belvania agreed to the talks.", "url": "https://w.example/b"}) + "\n",
    )
    db = db_url
    corpus = str(tmp_path / "corpus")
    code, out, err = run(capsys, "ingest", corpus, "--db", db)
    assert code == 0, err
    assert out.startswith("read 2 · new 2 · duplicate 0 · failed 0")
    assert db in out
    code, out, _ = run(capsys, "ingest", corpus, "--db", db)
    assert code == 0 and out.startswith("read 2 · new 0 · duplicate 2 · failed 0")

    bad = write("corpus/c.txt", b"")
    write("corpus/d.txt", "Ostrava answered the next day.")
    code, out, err = run(capsys, "ingest", corpus, "--db", db)
    assert code == 1
    assert err.splitlines() == [f"{bad}: empty"]
    assert out.startswith("read 3 · new 1 · duplicate 2 · failed 1")
    with open_store(db) as store:
        assert store.stats().articles == 3  # nothing already stored was lost


def test_cli_ingest_says_how_many_new_articles_no_timeline_can_place(capsys, write, db_url) -> None:  # type: ignore[no-untyped-def]
    lines = [
        {"text": "Belvania agreed to the talks.", "published": "2026-03-04"},
        {"text": "Ostrava rejected the talks."},
        {"text": "Kestria offered to mediate."},
    ]
    path = write("wire.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    code, out, err = run(capsys, "ingest", str(path), "--db", db_url)
    assert code == 0, err
    assert out.splitlines()[1] == (
        "2 new articles with no date: stored and searchable, but left out of timelines and alerts"
    )
    code, out, _ = run(capsys, "ingest", str(path), "--db", db_url)
    assert "no date" not in out  # duplicates are not counted again


@pytest.mark.parametrize("how", ["option", "global", "env"])
def test_cli_db_option_global_and_env(capsys, write, tmp_path: Path, monkeypatch, how: str) -> None:
    path = str(write("a.txt", STORY))
    db = str(tmp_path / f"{how}.db")
    args = {
        "option": ["ingest", path, "--db", db],
        "global": ["--db", db, "ingest", path],
        "env": ["ingest", path],
    }[how]
    if how == "env":
        monkeypatch.setenv("ONRECORD_DB", db)
    code, _, _ = run(capsys, *args)
    assert code == 0
    assert Path(db).exists()


def test_cli_bad_database_one_line(capsys, write, tmp_path: Path) -> None:
    code, _, err = run(capsys, "quotes", "--db", str(tmp_path / "no" / "such" / "dir.db"))
    assert code == 1
    assert len(err.splitlines()) == 1 and err.startswith("onrecord: cannot open database")


# -- quotes and actors ----------------------------------------------------------------------------


@pytest.fixture
def filled_db(db_url: str, make_record) -> str:
    db = db_url
    with open_store(db) as store:
        store.add_record(
            make_record(statement="We will keep the border open", published="2031-03-01")
        )
        store.add_record(
            make_record(
                statement="The crossing stays shut", published="2031-03-09", speaker="Mira Holt"
            )
        )
    return db


def test_cli_quotes_jsonl_shape(capsys, filled_db: str) -> None:
    code, out, _ = run(capsys, "quotes", "--db", filled_db, "--format", "jsonl")
    assert code == 0
    rows = _records(out)
    assert [r["speaker"] for r in rows] == ["Ána Voss", "Mira Holt"]
    assert {f.name for f in fields(QuoteHit)} <= set(rows[0])  # every field of a statement hit


@pytest.mark.parametrize(
    ("args", "texts"),
    [
        (["--speaker", "ANA voss"], ["We will keep the border open"]),
        (["--search", "crossing"], ["The crossing stays shut"]),
        (["--since", "2031-03-05"], ["The crossing stays shut"]),
        (["--until", "2031-02"], []),
        (["--until", "2031-03"], ["We will keep the border open", "The crossing stays shut"]),
        (["--since", "2031"], ["We will keep the border open", "The crossing stays shut"]),
        (["--until", "2031-03-02"], ["We will keep the border open"]),
        (["--limit", "1"], ["We will keep the border open"]),
        (["--speaker", "nobody"], []),
    ],
)
def test_cli_quotes_filters(capsys, filled_db: str, args: list[str], texts: list[str]) -> None:
    code, out, _ = run(capsys, "quotes", "--db", filled_db, "-f", "jsonl", *args)
    assert code == 0
    assert [r["text"] for r in _records(out)] == texts


def test_cli_quotes_json_csv_table(capsys, filled_db: str) -> None:
    code, out, _ = run(capsys, "quotes", "--db", filled_db, "--format", "json")
    assert code == 0 and len(json.loads(out)) == 2
    code, out, _ = run(capsys, "quotes", "--db", filled_db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2 and json.loads(rows[0]["spans"]) == [[1, 29]]
    code, out, _ = run(capsys, "quotes", "--db", filled_db)
    assert code == 0 and "Ána Voss → Teo Marr" in out and "2 statement(s)" in out


@pytest.mark.parametrize(
    "args",
    [
        ["--since", "yesterday"],
        ["--until", "2031-13-45"],
        ["--since", "2031-13"],
        ["--format", "xml"],
        ["--limit", "-3"],
        ["--bogus"],
    ],
)
def test_cli_quotes_bad_options_one_line_usage_error(
    capsys, filled_db: str, args: list[str]
) -> None:
    code, out, err = run(capsys, "quotes", "--db", filled_db, *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("onrecord: error:") and "onrecord quotes --help" in err
    assert "Traceback" not in err and out == ""


def test_cli_actors_formats_and_filters(capsys, filled_db: str) -> None:
    code, out, _ = run(
        capsys, "actors", "--db", filled_db, "-f", "jsonl", "--kind", "person", "--country", "ost"
    )
    assert code == 0
    rows = _records(out)
    assert {r["name"] for r in rows} == {"Ána Voss", "Mira Holt"}
    assert {"id", "name", "kind", "country", "aliases", "titles", "articles", "quotes"} <= set(
        rows[0]
    )
    code, out, _ = run(capsys, "actors", "--db", filled_db)
    assert code == 0 and "Teo Marr" in out
    code, _, err = run(capsys, "actors", "--db", filled_db, "--kind", "planet")
    assert code == 2 and "unknown kind" in err


def test_cli_empty_store_lists_nothing(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "quotes", "--db", str(tmp_path / "empty.db"), "-f", "json")
    assert code == 0 and json.loads(out) == []


# -- unexpected errors ------------------------------------------------------------------------------


def test_cli_unexpected_error_one_line_with_debug_hint(capsys, filled_db: str, monkeypatch) -> None:
    def broken(self, *args, **kwargs):
        raise RuntimeError("the flux capacitor")

    monkeypatch.setattr(Store, "statements", broken)
    code, _, err = run(capsys, "quotes", "--db", filled_db)
    assert code == 1
    assert (
        err
        == "onrecord: unexpected error: RuntimeError: the flux capacitor (run with --debug for the traceback)\n"
    )
    with pytest.raises(RuntimeError):
        main(["--debug", "quotes", "--db", filled_db])


def test_cli_entry_point_subprocess(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("onrecord")
    if not script.exists():
        pytest.skip("console script not installed in this environment")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = subprocess.run(
        [str(script), "extract", str(empty)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )
    assert proc.returncode == 1
    assert proc.stderr == f"{empty}: empty\n"
    assert proc.stdout == ""


def test_cli_ingest_ctrl_c_then_rerun_finishes(capsys, write, tmp_path: Path, monkeypatch) -> None:
    for i in range(3):
        write(f"corpus/{i}.txt", f"Report {i}: Ostrava and Belvania spoke again.")
    corpus, db = str(tmp_path / "corpus"), str(tmp_path / "cc.db")
    real_add = Store.add_record
    calls = {"n": 0}

    def add_then_interrupt(self, record, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the user pressed Ctrl-C while the 2nd article was written
        return real_add(self, record, **kw)

    monkeypatch.setattr(Store, "add_record", add_then_interrupt)
    code, out, err = run(capsys, "ingest", corpus, "--db", db)
    assert code == 130
    assert out.startswith("read 1 · new 1")
    assert "Run the same command again to finish" in err and "Traceback" not in err
    monkeypatch.setattr(Store, "add_record", real_add)
    code, out, _ = run(capsys, "ingest", corpus, "--db", db)
    assert code == 0 and out.startswith("read 3 · new 2 · duplicate 1 · failed 0")
    with open_store(db) as store:
        assert store.stats().articles == 3


def _count_articles(db: str) -> int:
    import sqlite3

    if not Path(db).exists():
        return 0
    try:
        con = sqlite3.connect(db, timeout=0.1)
        try:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0  # not migrated yet, or locked for a moment


@pytest.mark.slow
def test_cli_ingest_killed_then_rerun_stores_each_once(tmp_path: Path) -> None:
    """SIGKILL (no clean-up at all) part-way through, then the same command again."""
    import signal
    import time

    script = Path(sys.executable).with_name("onrecord")
    if not script.exists() or os.name != "posix":
        pytest.skip("needs the installed console script on POSIX")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    n = 40
    for i in range(n):
        (corpus / f"{i:03d}.txt").write_text(
            f"Bulletin {i}\n\n“We remain open to talks,” an Ostravan spokesperson said on day {i}.\n",
            encoding="utf-8",
        )
    db = str(tmp_path / "killed.db")
    args = [str(script), "ingest", str(corpus), "--db", db]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and _count_articles(db) == 0:
        time.sleep(0.02)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    with open_store(db) as store:
        before = store.stats().articles
    rerun = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.startswith(f"read {n} · new {n - before} · duplicate {before} · failed 0")
    with open_store(db) as store:
        assert store.stats().articles == n
