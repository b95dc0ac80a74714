"""Errors onrecord reports to its users.

Library code raises (or, for streaming readers, yields) these; the CLI turns them into one
line on stderr. Every error knows where it happened, so the message reads ``path[:line]: reason``.
"""

from __future__ import annotations


class OnrecordError(Exception):
    """Base class of every error meant for the user rather than a bug report."""


class InputError(OnrecordError):
    """An input (file, feed entry, JSONL line) that cannot be read or parsed.

    Args:
        path: the file name as the user gave it (``-`` for stdin).
        reason: what went wrong, short and lower-case, without the path.
        line: the 1-based line (JSONL) or entry (feed) number, when the problem is local.
    """

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        super().__init__(str(self))

    @property
    def where(self) -> str:
        """``path`` or ``path:line``."""
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Keyword-only arguments do not survive the default pickling; workers need this.
        return (_rebuild_input_error, (self.path, self.reason, self.line))


def _rebuild_input_error(path: str, reason: str, line: int | None) -> InputError:
    return InputError(path, reason, line=line)


class StoreError(OnrecordError):
    """The store cannot be opened, migrated or written."""
