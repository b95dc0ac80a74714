"""Ctrl-C held back while a short piece of work must not be cut in half.

A KeyboardInterrupt can land on any line. Inside SQLAlchemy's unit of work (a flush, a
commit, the rollback that follows the interrupt) it can leave the session's identity map
half updated; the objects' weakref callbacks then fail when they are collected and Python
prints an "Exception ignored in InstanceState._cleanup" traceback for each. An article's
write transaction is short, so :func:`deferred_interrupt` lets it finish and raises the
KeyboardInterrupt just after: the article is either wholly stored or not at all, and the
interrupt still stops the command. A second Ctrl-C is not held.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Run the block with Ctrl-C (SIGINT) held; deliver it, if one came, when the block ends.

    The held signal goes to the handler that was installed before, so a handler that counts
    or latches Ctrl-C (``onrecord.cli.common``) still sees it, and the KeyboardInterrupt it
    raises comes out of this ``with`` statement. Outside the main thread (where Python runs
    no signal handler), or when Ctrl-C is ignored or not Python's to handle, the block runs
    as it is. Nested blocks deliver once, at the outermost end. A second Ctrl-C within the
    block is delivered at once: a write stuck behind another writer's lock can still be left.

    Example:
        >>> with deferred_interrupt():
        ...     total = sum(range(10))
        >>> total
        45
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    if not callable(previous) or isinstance(previous, _Hold):
        yield  # ignored, the C default, or an outer block already holds it
        return
    hold = _Hold(previous)
    signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if hold.held:
            previous(*hold.held[0])


class _Hold:
    """The SIGINT handler of a :func:`deferred_interrupt` block."""

    def __init__(self, previous: Callable[[int, Any], Any]) -> None:
        self.previous = previous
        self.held: list[tuple[int, Any]] = []

    def __call__(self, signum: int, frame: Any) -> None:
        self.held.append((signum, frame))
        if len(self.held) > 1:  # a second Ctrl-C: the user will not wait (a lock held elsewhere)
            self.previous(signum, frame)
