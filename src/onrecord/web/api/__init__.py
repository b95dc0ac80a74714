"""The REST API: one router per resource, all under ``/api``."""

from fastapi import APIRouter

from onrecord.web.api import actors, articles, dyads, events, quotes

api_router = APIRouter()
for _module in (articles, quotes, actors, events, dyads):
    api_router.include_router(_module.router)

__all__ = ["api_router"]
