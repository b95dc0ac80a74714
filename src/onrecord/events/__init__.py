"""Events: PLOVER coding of statements and sentences."""

from onrecord.events.coder import code_events

__all__ = ["code_events"]
