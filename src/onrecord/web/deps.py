"""Dependencies injected into routes: the store, a database session, the write check."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request

from onrecord.store import Store, StoreSession
from onrecord.web.security import check_token


def get_store(request: Request) -> Store:
    """The app's store (opened once by :func:`~onrecord.web.create_app`)."""
    return request.app.state.store  # type: ignore[no-any-return]


def get_db(request: Request) -> Iterator[StoreSession]:
    """A read session for one request, closed when the response is sent."""
    store: Store = request.app.state.store
    with store.session() as session:
        yield session


def require_writer(
    request: Request, authorization: Annotated[str | None, Header(include_in_schema=False)] = None
) -> None:
    """Refuse the request unless it carries the configured bearer token."""
    check_token(request.app.state.token, authorization)


StoreDep = Annotated[Store, Depends(get_store)]
SessionDep = Annotated[StoreSession, Depends(get_db)]
WriterDep = Annotated[None, Depends(require_writer)]
