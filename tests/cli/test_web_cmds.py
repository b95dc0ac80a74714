"""``onrecord serve --workers N``: the worker processes get a store URL they can log in with."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy.engine import make_url

URL = "postgresql://reader:s3cret@db.example:5432/news"


class _FakeStore:
    """What serve needs of a store, without a PostgreSQL server: the URL it was opened with."""

    def __init__(self, url: str) -> None:
        self.opened_with = url
        self.url = make_url(url).render_as_string(hide_password=True)  # as Store.url shows it

    def close(self) -> None:
        pass


def test_serve_workers_receive_the_url_with_its_password(
    monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    import uvicorn
    from uvicorn.importer import import_from_string

    import onrecord.store
    import onrecord.web
    from onrecord.cli import main
    from onrecord.store import resolve_url

    # Restored after the test, whatever serve writes into the environment.
    monkeypatch.setenv("ONRECORD_DB", "unused.db")
    monkeypatch.setenv("ONRECORD_WARM", "0")
    monkeypatch.setattr(
        onrecord.store, "open_store", lambda url=None, **_: _FakeStore(resolve_url(url))
    )

    def create_app(store_url: str | None = None, **_: Any) -> Any:
        # The factory a worker calls with no arguments: it reads the URL from the environment.
        return SimpleNamespace(state=SimpleNamespace(store=_FakeStore(resolve_url(store_url))))

    monkeypatch.setattr(onrecord.web, "create_app", create_app)
    workers: list[str] = []

    def run(app: Any, **kwargs: Any) -> None:
        assert isinstance(app, str) and kwargs["factory"] and kwargs["workers"] == 2
        for _ in range(kwargs["workers"]):  # what each worker process does at start
            workers.append(import_from_string(app)().state.store.opened_with)

    monkeypatch.setattr(uvicorn, "run", run)
    assert main(["serve", "--db", URL, "--workers", "2", "--port", "8999"]) == 0
    assert workers == [URL, URL]  # not postgresql://reader:***@...
    assert "s3cret" not in capsys.readouterr().err  # the banner still hides it
