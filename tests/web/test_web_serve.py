"""`sanctionwatch serve`: loopback by default, the token from the environment, options passed on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sanctionwatch.cli import app as cli_app


def _run(
    monkeypatch: pytest.MonkeyPatch, db: Path, *args: str, token: str | None
) -> dict[str, Any]:
    import uvicorn

    seen: dict[str, Any] = {}

    def fake_run(application: Any, **kwargs: Any) -> None:
        seen["app"] = application
        seen.update(kwargs)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    if token is None:
        monkeypatch.delenv("SANCTIONWATCH_TOKEN", raising=False)
    else:
        monkeypatch.setenv("SANCTIONWATCH_TOKEN", token)
    result = CliRunner().invoke(cli_app, ["--db", str(db), "serve", *args])
    assert result.exit_code == 0, result.output
    seen["output"] = result.output
    return seen


def test_serve_defaults_to_loopback_and_read_only(
    monkeypatch: pytest.MonkeyPatch, db: Path
) -> None:
    seen = _run(monkeypatch, db, token=None)
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000
    settings = seen["app"].state.settings
    assert settings.token is None
    assert seen["app"].state.bench.db_path == db
    assert "disabled" in seen["output"]
    # On loopback, a request naming another host (DNS rebinding) is refused.
    from fastapi.testclient import TestClient

    c = TestClient(seen["app"], base_url="http://127.0.0.1")
    assert c.get("/api/health").status_code == 200
    assert c.get("/api/health", headers={"Host": "attacker.example"}).status_code == 400


def test_serve_options_and_token(monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    seen = _run(
        monkeypatch,
        db,
        "--host",
        "0.0.0.0",
        "--port",
        "8123",
        "--max-upload-mb",
        "3",
        token="s3cret",
    )
    assert (seen["host"], seen["port"]) == ("0.0.0.0", 8123)
    settings = seen["app"].state.settings
    assert settings.token == "s3cret" and settings.max_upload_bytes == 3 * 1024 * 1024
    assert "other machines can reach" in seen["output"]


def test_serve_rejects_a_bad_port(db: Path) -> None:
    result = CliRunner().invoke(cli_app, ["--db", str(db), "serve", "--port", "70000"])
    assert result.exit_code == 2
