"""Fixtures of the web tests: a bundled database copied per test, clients with and without a token,
and tiny hand-made statistics files in the tidy layout."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_data import INVALID_CSV, TOKEN, VALID_CSV  # noqa: F401  (re-exported for fixtures)

from sanctionwatch.sources.bundled import load_bundled
from sanctionwatch.store import Store


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "bundled.duckdb"
    with Store(path) as store:
        load_bundled(store)
    return path


@pytest.fixture
def db(tmp_path: Path, bundled_db: Path) -> Path:
    """A private copy of the bundled database, for tests that write."""
    path = tmp_path / "t.duckdb"
    shutil.copy(bundled_db, path)
    return path


@pytest.fixture
def client(db: Path) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from sanctionwatch.web.app import create_app

    with TestClient(create_app(db, token=TOKEN)) as c:
        yield c


@pytest.fixture(scope="module")
def ro_client(tmp_path_factory: pytest.TempPathFactory, bundled_db: Path) -> Iterator[object]:
    """A read-only server (no token) over a shared copy: for tests that only read."""
    from fastapi.testclient import TestClient

    from sanctionwatch.web.app import create_app

    path = tmp_path_factory.mktemp("ro") / "ro.duckdb"
    shutil.copy(bundled_db, path)
    with TestClient(create_app(path)) as c:
        yield c
