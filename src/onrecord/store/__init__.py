"""The store: articles, quotes, actors, mentions and events in SQLite or PostgreSQL.

from onrecord.store import open_store
with open_store("news.db") as store:
    store.add_record(record)
    for hit in store.quotes(speaker="voss", search="border"):
        print(hit.speaker, hit.text)
"""

from onrecord.store.core import DEFAULT_DB, Store, StoreSession, open_store, resolve_url
from onrecord.store.identity import normalise_url, text_hash
from onrecord.store.results import ActorSummary, AddResult, QuoteHit, StoreStats

__all__ = [
    "DEFAULT_DB",
    "ActorSummary",
    "AddResult",
    "QuoteHit",
    "Store",
    "StoreSession",
    "StoreStats",
    "normalise_url",
    "open_store",
    "resolve_url",
    "text_hash",
]
