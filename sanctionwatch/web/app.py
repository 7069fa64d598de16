"""The FastAPI application: factory, security middleware, the one error handler of both surfaces.

Errors raised anywhere (bad input, a missing module, a locked database, a bug) pass through
``_handle`` once: API paths get ``{"detail": ..., "errors": [...]}`` with the right status,
pages get the same message rendered as HTML.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import AsyncIterator, MutableMapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from sanctionwatch.errors import ConfigError, InputError
from sanctionwatch.store import StoreError
from sanctionwatch.web.service import NotFound, Unavailable, Workbench

log = logging.getLogger("sanctionwatch.web")

STATIC_DIR = Path(__file__).parent / "static"

# Request bodies: statistics files may be a few megabytes; everything else is small text.
DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024
UPLOAD_PATHS = ("/api/ingest", "/sources/upload")

# Our pages use only our own script and stylesheet; nothing inline, nothing from elsewhere.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class WebSettings:
    """What one running server was started with."""

    def __init__(self, token: str | None, max_upload_bytes: int, max_body_bytes: int) -> None:
        self.token = token or None
        self.max_upload_bytes = max_upload_bytes
        self.max_body_bytes = max_body_bytes


class WriteRefused(Exception):
    """A write without the right token: 401 (none given) or 403 (wrong, or writes disabled)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def check_token(
    settings: WebSettings, authorization: str | None, form_token: str | None = None
) -> None:
    """Allow a write only with the server's token: a bearer header (API) or form field (pages)."""
    if settings.token is None:
        raise WriteRefused(
            403, "writes are disabled on this server: it was started without SANCTIONWATCH_TOKEN"
        )
    given: str | None = None
    if authorization:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise WriteRefused(401, "expected an 'Authorization: Bearer <token>' header")
        given = value.strip()
    elif form_token:
        given = form_token.strip()
    if not given:
        raise WriteRefused(
            401, "this operation writes to the database and needs the server's token"
        )
    if not hmac.compare_digest(given.encode("utf-8"), settings.token.encode("utf-8")):
        raise WriteRefused(403, "the token is not the one this server was started with")


_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", CSP.encode()),
]


class SecurityHeaders:
    """Add the security headers to every response that does not set its own (pure ASGI: cheap)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers.extend(h for h in _SECURITY_HEADERS if h[0] not in present)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuse request bodies over the limit (413), by Content-Length and while streaming."""

    def __init__(self, app: Any, settings: WebSettings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        limit = (
            self.settings.max_upload_bytes if path in UPLOAD_PATHS else self.settings.max_body_bytes
        )
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared < 0 or declared > limit:
                    await _too_large(path, limit, send)
                    return
        received = 0
        started = False

        async def limited_receive() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _too_large(path, limit, send)


async def _too_large(path: str, limit: int, send: Any) -> None:
    detail = f"request body too large: this server accepts at most {limit:,} bytes here"
    resp = JSONResponse({"detail": detail, "errors": []}, status_code=413)
    await resp({"type": "http", "path": path}, _no_receive, send)


async def _no_receive() -> dict[str, Any]:
    return {"type": "http.disconnect"}


def create_app(
    db_path: str | Path,
    token: str | None = None,
    *,
    load_bundled: bool = True,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The web application over the database at ``db_path``.

    ``token`` enables writes (ingest, upload) for clients that present it; without one the
    server is read-only. The database is opened on the first request and closed at shutdown.
    ``allowed_hosts`` limits the Host header (``serve`` on loopback allows only loopback names,
    so a web page elsewhere cannot reach the server through DNS rebinding).
    """
    from sanctionwatch.web import api, pages

    settings = WebSettings(token, max_upload_bytes, max_body_bytes)
    bench = Workbench(db_path, load_bundled=load_bundled)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        bench.close()

    app = FastAPI(
        title="sanctionwatch",
        summary="Border statistics with provenance, findings, claim checks, screening, dossiers.",
        description=(
            "Every figure is traceable to its sources. Counts are **entries** (border crossings), "
            "not distinct persons. Lists take `limit` and `offset`; the full length is in the "
            '`X-Total-Count` header. Errors are `{"detail": ..., "errors": [...]}`. Operations '
            "that write require `Authorization: Bearer <SANCTIONWATCH_TOKEN>`."
        ),
        version=_version(),
        lifespan=lifespan,
        # FastAPI's own docs pages load their scripts from a CDN: /docs is served below with
        # Swagger UI's files from the fastapi-offline package instead.
        docs_url=None,
        redoc_url=None,
    )
    app.state.bench = bench
    app.state.settings = settings
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _add_api_docs(app)

    for exc_type in (
        StarletteHTTPException,
        RequestValidationError,
        InputError,
        WriteRefused,
        Unavailable,
        NotFound,
        StoreError,
        ConfigError,
        Exception,
    ):
        app.add_exception_handler(exc_type, _handle)

    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, settings=settings)
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app


# Swagger UI sets inline styles on its elements: this page alone allows them; scripts stay 'self'.
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
_DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sanctionwatch API</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/static/api-docs.js"></script></body></html>
"""


def _add_api_docs(app: FastAPI) -> None:
    """The interactive API reference at /docs, its scripts from the installed package."""
    from importlib import resources

    assets = Path(str(resources.files("fastapi_offline").joinpath("static")))
    app.mount("/docs/assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> Response:
        return Response(
            _DOCS_PAGE, media_type="text/html", headers={"Content-Security-Policy": DOCS_CSP}
        )


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("sanctionwatch")
    except Exception:  # not installed (running from a checkout)
        return "0"


def error_payload(exc: Exception) -> tuple[int, str, list[dict[str, Any]], dict[str, str]]:
    """Status, detail, errors and headers for any exception: the single mapping of both surfaces."""
    if isinstance(exc, InputError):
        return 422, str(exc), [p.to_dict() for p in exc.problems], {}
    if isinstance(exc, WriteRefused):
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
        return exc.status, exc.detail, [], headers
    if isinstance(exc, RequestValidationError):
        errors = [_validation_error(e) for e in exc.errors()]
        if any(e["type"] == "json_invalid" for e in errors):
            return 400, "the request body is not valid JSON", errors, {}
        first = errors[0] if errors else None
        detail = f"{first['location']}: {first['message']}" if first else "invalid request"
        return 422, detail, errors, {}
    if isinstance(exc, StarletteHTTPException):
        return exc.status_code, str(exc.detail), [], dict(exc.headers or {})
    if isinstance(exc, Unavailable):
        return 503, str(exc), [], {}
    if isinstance(exc, NotFound):
        return 404, str(exc), [], {}
    if isinstance(exc, StoreError | ConfigError):
        return 503, str(exc), [], {}
    return 500, "internal error: the server log has the details", [], {}


def _validation_error(e: Any) -> dict[str, Any]:
    loc = [str(x) for x in e.get("loc", ())]
    names = [x for x in loc if not x.isdigit()]  # ("query", "kind", 0): the field is "kind"
    return {
        "location": ".".join(loc),
        "column": names[-1] if names else None,
        "message": str(e.get("msg", "")),
        "type": str(e.get("type", "")),
    }


async def _handle(request: Request, exc: Exception) -> Response:
    status, detail, errors, headers = error_payload(exc)
    if status >= 500 and not isinstance(exc, Unavailable | StoreError | ConfigError):
        log.exception("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse(
            {"detail": detail, "errors": errors}, status_code=status, headers=headers
        )
    from sanctionwatch.web.pages import render_error

    return render_error(request, status, detail, errors, headers)
