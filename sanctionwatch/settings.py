"""Settings read from the environment, in one place, with documented defaults.

SANCTIONWATCH_DB     path of the DuckDB database file
                     (default: the per-user data directory, see ``default_db_path``)
SANCTIONWATCH_TOKEN  bearer token that the web server requires for operations that write
                     (unset: writes over HTTP are refused)
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "sanctionwatch"


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / "sanctionwatch.duckdb"


def db_path(override: str | Path | None = None) -> Path:
    """The database file: an explicit override, then SANCTIONWATCH_DB, then the per-user default."""
    if override:
        return Path(override)
    env = os.environ.get("SANCTIONWATCH_DB")
    if env:
        return Path(env)
    return default_db_path()


def api_token() -> str | None:
    token = os.environ.get("SANCTIONWATCH_TOKEN")
    return token or None
