"""The evidence store: DuckDB schema, migrations and queries (the only code that speaks SQL)."""

from sanctionwatch.store.db import Store, StoreError

__all__ = ["Store", "StoreError"]
