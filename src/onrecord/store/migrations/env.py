"""Alembic environment for onrecord's store.

The store runs migrations itself when it opens (see ``onrecord.store.migrate``) and passes its
open connection in ``config.attributes["connection"]``. Developers can also run
``alembic -c src/onrecord/store/alembic.ini revision --autogenerate -m "..."`` with
``ONRECORD_DB`` pointing at a scratch database.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from onrecord import settings
from onrecord.store import schema_actors, schema_lsh, schema_sources  # noqa: F401 - imported to register their tables on Base.metadata
from onrecord.store.schema import Base, include_object

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    return (
        config.get_main_option("sqlalchemy.url") or settings.DB.value() or "sqlite:///onrecord.db"
    )


def run_offline() -> None:
    """Emit SQL to stdout instead of running it (``alembic upgrade --sql``)."""
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        include_object=include_object,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Run against the store's connection, or a fresh one for the alembic command line."""
    connection = config.attributes.get("connection")
    if connection is not None:
        # SQLite cannot ALTER most things; batch mode rebuilds tables the portable way.
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            include_object=include_object,
            render_as_batch=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(_url())
    with engine.connect() as conn:
        context.configure(
            connection=conn,
            target_metadata=target_metadata,
            include_object=include_object,
            render_as_batch=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
