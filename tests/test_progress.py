"""The progress report: a plain line every N items off a terminal, a Rich bar on one."""

from __future__ import annotations

import io

from onrecord.progress import ProgressReport


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_plain_line_every_n_items_with_rate_eta_and_failures() -> None:
    out = io.StringIO()
    with ProgressReport("ingest", total=10, stream=out, every=4) as progress:
        for n in range(10):
            progress.advance(failed=n == 2)
        progress.print("a.txt: empty")
    lines = out.getvalue().splitlines()
    assert len(lines) == 3  # after 4 and 8 items, then the message
    assert lines[0].startswith("ingest: 4/10 articles · ") and lines[0].endswith(" · failed 1")
    assert " · ETA " in lines[0] and "/s" in lines[0]
    assert lines[2] == "a.txt: empty"
    assert (progress.done, progress.failed) == (10, 1)


def test_progress_total_may_be_unknown_or_late() -> None:
    out = io.StringIO()
    progress = ProgressReport("export", noun="rows", stream=out, every=2)
    progress.advance(2)
    assert out.getvalue().startswith("export: 2 rows · ") and "ETA" not in out.getvalue()
    progress.set_total(4)
    progress.advance(2)
    assert "export: 4/4 rows" in out.getvalue()


def test_progress_rich_bar_on_a_terminal_prints_messages_above_it() -> None:
    out = Tty()
    with ProgressReport("ingest", total=3, stream=out, every=1) as progress:
        progress.advance()
        progress.print("b.html: no article text found")
        progress.advance(2, failed=1)
    text = out.getvalue()
    assert "b.html: no article text found" in text
    assert "ingest: " not in text  # no plain lines on a terminal


def test_progress_disabled_counts_silently() -> None:
    out = io.StringIO()
    with ProgressReport("ingest", stream=out, every=1, enabled=False) as progress:
        progress.advance(5, failed=True)
    assert out.getvalue() == "" and (progress.done, progress.failed) == (5, 5)
