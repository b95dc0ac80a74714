"""Server-rendered pages; each has a JSON twin (the same URL with ``.json``)."""

from fastapi import APIRouter

from onrecord.web.pages import actors, articles, docs, dyads, home, search

pages_router = APIRouter(include_in_schema=False)
for _module in (home, search, actors, dyads, articles, docs):
    pages_router.include_router(_module.router)

__all__ = ["pages_router"]
