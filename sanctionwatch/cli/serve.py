"""The ``serve`` command: the web dashboard and HTTP API on a local port (uvicorn)."""

from __future__ import annotations

from typing import Annotated

import typer

from sanctionwatch import settings
from sanctionwatch.cli.common import app, err, fail, state


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(help="Interface to bind; the default serves this machine only.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=1, max=65535)] = 8000,
    max_upload_mb: Annotated[
        int, typer.Option(help="Largest statistics file accepted for upload, in MB.", min=1)
    ] = 10,
) -> None:
    """Serve the dashboard and the HTTP API (read-only unless SANCTIONWATCH_TOKEN is set).

    Writes over HTTP (ingest, upload) need ``Authorization: Bearer $SANCTIONWATCH_TOKEN``.
    The server holds the database open: stop it before running ``sanctionwatch ingest``.
    """
    try:
        import uvicorn

        from sanctionwatch.web.app import create_app
    except ModuleNotFoundError as exc:
        fail(f"the web server needs {exc.name}; install it with: pip install 'sanctionwatch'")
        return
    db = settings.db_path(state.db)
    token = settings.api_token()
    loopback = host in ("127.0.0.1", "localhost", "::1")
    application = create_app(
        db,
        token=token,
        max_upload_bytes=max_upload_mb * 1024 * 1024,
        allowed_hosts=["127.0.0.1", "localhost", "[::1]", "::1"] if loopback else None,
    )
    if not loopback:
        err.print(f"[yellow]warning:[/] listening on {host}: other machines can reach this server")
    err.print(f"Database: {db}")
    err.print(
        "Writes over HTTP: "
        + (
            "enabled for holders of SANCTIONWATCH_TOKEN"
            if token
            else "disabled (set SANCTIONWATCH_TOKEN to allow uploads)"
        )
    )
    err.print(f"Open http://{'[' + host + ']' if ':' in host else host}:{port}/")
    uvicorn.run(application, host=host, port=port, log_level="info", server_header=False)
