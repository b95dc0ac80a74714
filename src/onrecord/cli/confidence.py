"""The ``--min-confidence`` option, shared by every command that shows coded events.

In a module of its own so that the event and actor commands declare the one option (same
help, same default, same check) without importing each other.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

MinConfidenceOption = Annotated[
    Optional[float],
    typer.Option(
        "--min-confidence",
        help="Leave out events coded with a lower confidence (0..1; 0 keeps all; default 0.5, docs/events.md).",
        min=0.0,
        max=1.0,
        metavar="P",
    ),
]


def _min_confidence(value: Optional[float]) -> float:
    """The floor to apply: the documented default when the option is not given."""
    # Imported here: the store (SQLAlchemy) stays out of `onrecord --version`.
    from onrecord.store.events import DEFAULT_MIN_CONFIDENCE, checked_confidence
    from onrecord.validation import InvalidValue

    if value is None:
        return DEFAULT_MIN_CONFIDENCE
    try:
        return checked_confidence(value) or 0.0
    except InvalidValue as exc:  # NaN passes Click's range check
        raise typer.BadParameter(exc.reason, param_hint="--min-confidence") from None
