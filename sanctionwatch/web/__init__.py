"""The web dashboard and HTTP API (``sanctionwatch serve``): pages and JSON, same operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app"]


def create_app(*args: Any, **kwargs: Any) -> FastAPI:
    """See :func:`sanctionwatch.web.app.create_app` (imported lazily: FastAPI is slow to load)."""
    from sanctionwatch.web.app import create_app as _create

    return _create(*args, **kwargs)
