"""Progress people can read: a Rich bar on a terminal, a plain line every N items otherwise.

Long jobs (ingest, export, a cluster run) share one helper::

    with ProgressReport("ingest", noun="articles") as progress:
        for outcome in outcomes:
            progress.advance(failed=outcome.status == "failed")
            if outcome.error:
                progress.print(str(outcome.error))   # above the bar, never through it

On a terminal the bar shows items done (of the total when known), items per second, the time
left and the failures; when the stream is not a terminal (a log file, CI, ``2>ingest.log``),
one line every ``every`` items says the same. The total may arrive late, from a thread
counting the inputs (:meth:`ProgressReport.set_total`).
"""

from __future__ import annotations

import sys
import threading
import time
from typing import IO, Any

DEFAULT_EVERY = 1000


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    if minutes:
        return f"{minutes}m{secs:02d}s"
    return f"{secs}s"


class ProgressReport:
    """Counts items done and failed and shows them (a context manager).

    Args:
        label: what is running, e.g. ``"ingest"`` or ``"export"``.
        noun: what is counted, e.g. ``"articles"``.
        total: the number of items, when known (else later via :meth:`set_total`, or never).
        stream: where to report (default: stderr, so stdout stays clean for data).
        every: with a plain stream, a line every this many items.
        rich: force the bar on (True) or off (False); default: on when ``stream`` is a terminal.
        enabled: False reports nothing (the counts are still kept).
    """

    def __init__(
        self,
        label: str,
        *,
        noun: str = "articles",
        total: int | None = None,
        stream: IO[str] | None = None,
        every: int = DEFAULT_EVERY,
        rich: bool | None = None,
        enabled: bool = True,
    ) -> None:
        self.label = label
        self.noun = noun
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.every = max(1, every)
        self.enabled = enabled
        self.done = 0
        self.failed = 0
        self._rich = enabled and (rich if rich is not None else _isatty(self.stream))
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._bar: Any = None
        self._task: Any = None

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> ProgressReport:
        self._started = time.monotonic()
        if self._rich:
            self._start_bar()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Remove the bar (the caller prints its own summary)."""
        bar, self._bar = self._bar, None
        if bar is not None:
            bar.stop()

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeRemainingColumn,
        )

        console = Console(file=self.stream, highlight=False, soft_wrap=False)
        self._bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[noun]} · {task.fields[rate]}/s · ETA"),
            TimeRemainingColumn(),
            TextColumn("· failed {task.fields[failed]}"),
            console=console,
            transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task(
            self.label, total=self.total, noun=self.noun, rate="–", failed=0
        )

    # -- counting ----------------------------------------------------------------------------

    @property
    def rate(self) -> float:
        """Items per second since the start."""
        elapsed = time.monotonic() - self._started
        return self.done / elapsed if elapsed > 0 else 0.0

    def eta(self) -> float | None:
        """Seconds left at the average rate so far, when the total is known."""
        if self.total is None or self.done == 0:
            return None
        return max(0.0, (self.total - self.done) / self.rate) if self.rate > 0 else None

    def set_total(self, total: int | None) -> None:
        """Set the total (thread-safe: a counting thread may call it)."""
        with self._lock:
            self.total = total
            if self._bar is not None:
                self._bar.update(self._task, total=total)

    def advance(self, n: int = 1, *, failed: bool | int = False) -> None:
        """Count ``n`` items done, of which ``failed`` (a count, or True for all ``n``) failed."""
        with self._lock:
            before = self.done
            self.done += n
            self.failed += n if failed is True else int(failed)
            if not self.enabled:
                return
            if self._bar is not None:
                self._bar.update(
                    self._task, completed=self.done, rate=f"{self.rate:.1f}", failed=self.failed
                )
            elif self.done // self.every > before // self.every:
                self._write(self.line())

    def line(self) -> str:
        """The plain progress line: ``ingest: 2,000/10,000 articles · 11.8/s · ETA 11m18s · failed 3``."""
        done = f"{self.done:,}" + (f"/{self.total:,}" if self.total is not None else "")
        eta = self.eta()
        eta_text = f" · ETA {_duration(eta)}" if eta is not None else ""
        return (
            f"{self.label}: {done} {self.noun} · {self.rate:.1f}/s{eta_text} · failed {self.failed}"
        )

    def print(self, message: str) -> None:
        """A message line (an error) printed above the bar, or plainly."""
        if self._bar is not None:
            self._bar.console.print(message, markup=False, highlight=False)
        else:
            self._write(message)

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text + "\n")
            self.stream.flush()
        except (OSError, ValueError):
            pass  # a closed or broken stderr must not stop the job


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
