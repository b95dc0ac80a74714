"""The web app: a REST API under ``/api/`` and server-rendered pages over the same store.

    from onrecord.web import create_app
    app = create_app("news.db", token=None)   # read-only without a token

``onrecord serve`` runs it with uvicorn on 127.0.0.1.
"""

from onrecord.web.app import create_app

__all__ = ["create_app"]
