"""CLI commands registered on the main app (see onrecord/cli/__init__.py)."""

from __future__ import annotations
