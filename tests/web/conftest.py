"""Fixtures of the web tests: a bundled database copied per test, clients with and without a token,
and tiny hand-made statistics files in the tidy layout."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from sanctionwatch.sources.bundled import load_bundled
from sanctionwatch.store import Store

TOKEN = "test-token-5d1e"

# Two made-up quarters of a series the bundled data does not have (MN -> RU), in the tidy layout.
VALID_CSV = (
    "period_start,period_end,period_kind,origin,destination,purpose,count,qualifier,"
    "source_outlet,source_date,source_url,note\n"
    "2024-01-01,2024-03-31,quarter,MN,RU,study,120,exact,Test Gazette,2024-05-01,"
    "https://example.org/q1,'120 students in the first quarter'\n"
    "2024-04-01,2024-06-30,quarter,MN,RU,study,140,exact,Test Gazette,2024-08-01,"
    "https://example.org/q2,\n"
)

# A count that is not a number (row 2) and a purpose outside the vocabulary (row 3).
INVALID_CSV = (
    "period_start,period_end,period_kind,origin,destination,purpose,count,qualifier,"
    "source_outlet,source_date,source_url,note\n"
    "2024-01-01,2024-03-31,quarter,MN,RU,study,many,exact,Test Gazette,2024-05-01,"
    "https://example.org/q1,\n"
    "2024-04-01,2024-06-30,quarter,MN,RU,picnic,140,exact,Test Gazette,2024-08-01,"
    "https://example.org/q2,\n"
)


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
