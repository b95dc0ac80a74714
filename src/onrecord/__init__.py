"""onrecord: who said what, to whom, when — coded as cooperation or conflict.

Public API::

    from onrecord import extract
    record = extract(text, title=..., published="2022-02-14")
    record.to_dict()   # the shape of CONTRACT.md

``import onrecord`` is light: the spaCy pipeline loads when :func:`extract` or
:class:`Extractor` is first used, so ``onrecord --version`` and the readers start at once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from onrecord.article import ArticleInput
from onrecord.record import Actor, Event, Quote, Record

if TYPE_CHECKING:
    from onrecord.pipeline import Extractor, extract
    from onrecord.store import Store

__all__ = [
    "extract",
    "Extractor",
    "ArticleInput",
    "Record",
    "Quote",
    "Actor",
    "Event",
    "open_store",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Names resolved on first use (PEP 562), each from the module that defines it.
_LAZY = {"extract": "onrecord.pipeline", "Extractor": "onrecord.pipeline"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'onrecord' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def open_store(url: str | None = None, *, migrate_schema: bool = True) -> Store:
    """Open (and migrate) the store at ``url``; see :func:`onrecord.store.open_store`."""
    from onrecord.store import open_store as _open

    return _open(url, migrate_schema=migrate_schema)
