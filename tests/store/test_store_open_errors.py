"""Opening a database that this DuckDB cannot read says why and what to do."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from sanctionwatch.store import db as store_db
from sanctionwatch.store.db import Store, StoreError


def test_a_database_from_a_newer_duckdb_names_the_file_and_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_a: object, **_k: object) -> None:
        raise duckdb.IOException(
            "IO Error: Trying to read a database file with version number 99, but we can only "
            "read versions between 64 and 68.\nThe database file was created with a newer "
            "version of DuckDB."
        )

    monkeypatch.setattr(store_db.duckdb, "connect", refuse)
    with pytest.raises(StoreError) as err:
        Store(tmp_path / "new.duckdb")
    msg = str(err.value)
    assert str(tmp_path / "new.duckdb") in msg
    assert "newer DuckDB" in msg and "pip install -U duckdb" in msg
    assert "\n" not in msg
