"""onrecord: who said what, to whom, when — coded as cooperation or conflict.

Public API::

    from onrecord import extract
    record = extract(text, title=..., published="2022-02-14")
    record.to_dict()   # the shape of CONTRACT.md
"""

import logging

from onrecord.pipeline import Extractor, extract
from onrecord.record import Actor, Event, Quote, Record

__all__ = ["extract", "Extractor", "Record", "Quote", "Actor", "Event", "open_store"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def open_store(url: str | None = None, **kwargs):  # type: ignore[no-untyped-def]
    """Open (and migrate) the store at ``url``; see :func:`onrecord.store.open_store`."""
    from onrecord.store import open_store as _open

    return _open(url, **kwargs)
