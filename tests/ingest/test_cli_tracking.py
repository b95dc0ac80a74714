"""The tracking commands through the CLI: sources, fetch, watch, stories, lineage, conflicts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from onrecord.cli import main
from tests.ingest.conftest import article_html, rss


@pytest.fixture(autouse=True)
def _fast_fetch(monkeypatch, extractor):
    """No politeness delay against the local server, and the session's loaded extractor."""
    import onrecord.ingest.fetch as fetch_mod
    from onrecord.ingest.fetch import FetchOptions

    monkeypatch.setattr(
        fetch_mod,
        "FetchOptions",
        lambda **kw: FetchOptions(**{**kw, "delay": 0.0, "backoff": 0.01}),
    )
    monkeypatch.setattr("onrecord.pipeline.Extractor", lambda *a, **k: extractor)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_sources_add_list_remove(web, tmp_path: Path, capsys, db_url: str) -> None:
    db = db_url
    web.feed("/bpa.rss", rss([{"title": "t", "link": web.url("/news/ready-to-meet.html")}]))
    opml = tmp_path / "desks.opml"
    opml.write_text(
        f'<opml version="2.0"><body><outline text="Herald" xmlUrl="{web.url("/herald.rss")}"/>'
        f'<outline text="BPA again" xmlUrl="{web.url("/bpa.rss")}"/></body></opml>'
    )
    code, out, err = run(capsys, "sources", "add", web.url("/bpa.rss"), "--db", db)
    assert code == 0 and out.startswith("added: 1 Basin Press Agency")
    code, out, err = run(
        capsys,
        "sources",
        "add",
        str(opml),
        web.url("/malformed.xml"),
        web.url("/missing.html"),
        "--db",
        db,
    )
    assert code == 1
    assert "added: 2 Herald" in out and "already watched: 1" in out
    assert (
        err.count("\n") == 2
        and f"{web.url('/missing.html')}: HTTP 404" in err
        and "Traceback" not in err
    )
    code, out, _ = run(capsys, "sources", "list", "--db", db, "--format", "jsonl")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 2]
    assert run(capsys, "sources", "remove", "2", "--db", db)[0] == 0
    code, _, err = run(capsys, "sources", "remove", "9", "--db", db)
    assert code == 1 and err.strip() == "9: no such source"


def test_cli_fetch_reports_each_bad_url_and_goes_on(
    web, tmp_path: Path, capsys, db_url: str
) -> None:
    db = db_url
    urls = [
        web.url(p)
        for p in ("/missing.html", "/news/ready-to-meet.html", "/report.pdf", "/private/cable.html")
    ]
    code, out, err = run(capsys, "fetch", *urls, "--db", db, "--timeout", "30")
    assert code == 1
    assert "new 1" in out and "failed 3" in out
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("http://127.0.0.1") for line in lines)
    code, out, _ = run(capsys, "fetch", web.url("/news/ready-to-meet.html"), "--db", db)
    assert code == 0 and "duplicate 1" in out
    assert web.hits("/news/ready-to-meet.html") == 1


def test_cli_watch_once_then_stories_lineage_conflicts(
    web, tmp_path: Path, capsys, db_url: str
) -> None:
    db = db_url
    quote = "We are ready to talk to Solvetsk at any table, on any day"
    web.page(
        "/herald/talks.html",
        article_html("Velmara ready to meet", site="Castelbrun Herald", date="2026-03-18"),
    )
    web.page(
        "/courier/talks.html",
        article_html(
            "Kettering offers talks",
            site="Lesk Courier",
            date="2026-03-19",
            extra="Officials in Solvetsk did not respond. The Lesk Courier contributed.",
        ),
    )
    web.feed(
        "/herald.rss",
        rss([{"title": "a", "link": web.url("/herald/talks.html")}], title="Castelbrun Herald"),
    )
    web.feed(
        "/courier.rss",
        rss([{"title": "b", "link": web.url("/courier/talks.html")}], title="Lesk Courier"),
    )
    for feed in ("/herald.rss", "/courier.rss"):
        run(capsys, "sources", "add", web.url(feed), "--db", db)
    from onrecord.store import open_store
    from onrecord.store.sources import add_source

    with open_store(db) as store:  # a feed that broke after it was added
        add_source(store, web.url("/malformed.xml"))
    code, out, err = run(capsys, "watch", "--once", "--db", db)
    assert code == 1 and "malformed.xml" in err and "retrying at" in err
    assert "new 2" in out
    code, out, _ = run(capsys, "stories", "--db", db, "--format", "json")
    (story,) = json.loads(out)
    assert story["outlets"] == 2 and story["reports"][0]["outlet"] == "Castelbrun Herald"
    code, out, _ = run(capsys, "lineage", "--search", "any table", "--db", db, "--format", "jsonl")
    lineages = [json.loads(line) for line in out.splitlines()]
    assert any(
        lin["first"]["text"].startswith(quote[:20]) and lin["repeated_by"] == 1 for lin in lineages
    )
    code, out, _ = run(capsys, "lineage", "--search", "any table", "--db", db)
    assert code == 0 and "first reported by Castelbrun Herald on 2026-03-18" in out
    ref = next(lin["first"]["quote_ref"] for lin in lineages)
    assert run(capsys, "lineage", ref, "--db", db)[0] == 0
    code, _, err = run(capsys, "lineage", "nope:q9", "--db", db)
    assert code == 1 and err.startswith("nope:q9: ")
    assert run(capsys, "conflicts", "--db", db)[0] == 0
    code, _, err = run(capsys, "lineage", "--db", db)
    assert code == 2 and "QUOTE_ID" in err


def test_cli_watch_refuses_bad_interval_and_no_sources(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "n.db")
    code, _, err = run(capsys, "watch", "--every", "soon", "--db", db)
    assert code == 2 and "not a duration" in err
    code, _, err = run(capsys, "watch", "--once", "--db", db)
    assert code == 1 and "no sources" in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_cli_watch_stops_cleanly_on_sigterm(web, tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    web.feed("/quiet.rss", rss([], title="Quiet desk"), etag='"q"')
    assert main(["sources", "add", web.url("/quiet.rss"), "--db", db]) == 0
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from onrecord.cli import main; sys.exit(main())",
            "watch",
            "--every",
            "1h",
            "--delay",
            "0",
            "--db",
            db,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines: list[str] = []
    polled = threading.Event()

    def read_stdout() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            lines.append(line)
            if line.startswith("Quiet desk: "):
                polled.set()

    reader = threading.Thread(target=read_stdout, daemon=True)
    reader.start()
    try:
        # Signal once the first poll is reported, while the loop waits for the next one.
        deadline = time.monotonic() + 60
        while not polled.wait(0.1) and time.monotonic() < deadline and proc.poll() is None:
            pass
        assert polled.is_set(), lines
        assert web.hits("/quiet.rss") == 2  # `sources add`, then the first poll
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        reader.join(timeout=30)
        err = proc.stderr.read()  # type: ignore[union-attr]
    finally:
        if proc.poll() is None:
            proc.kill()
    out = "".join(lines)
    assert proc.returncode == 0, err
    assert "stopping after the current article" in err and "Traceback" not in err
    assert "Quiet desk: new 0" in out


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_cli_signal_while_the_loop_holds_the_stop_lock() -> None:
    """stop.wait() holds the event's lock for a moment on its way in and out; a SIGTERM then
    must still stop the watch (its handler used to wait for that lock: a hang)."""
    script = (
        "import os, signal, time\n"
        "from onrecord.cli.sources_cmds import _stop_on_signals\n"
        "with _stop_on_signals() as stop:\n"
        "    with stop._cond:  # as inside stop.wait()\n"
        "        os.kill(os.getpid(), signal.SIGTERM)\n"
        "        time.sleep(0.2)  # the handler runs here, lock held\n"
        "    print('stopped' if stop.wait(30) else 'not stopped')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout == "stopped\n", done.stderr
    assert "stopping after the current article" in done.stderr
