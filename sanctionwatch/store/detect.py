"""Queries the detectors need beyond the observation reads of ``Store`` (related measures)."""

from __future__ import annotations

from typing import Any

from sanctionwatch.store.db import Store


def related_measures(
    store: Store, origin: str | None = None, destination: str | None = None
) -> list[str]:
    """Measures other than border entries (enrolled students, permits, ...) present in the store.

    Listing them first lets the caller read only those figures through ``Store.observations``
    instead of every entry row of a large store.
    """
    conds: list[str] = ["measure <> 'entries'"]
    args: list[Any] = []
    for col, val in (("origin", origin), ("destination", destination)):
        if val is not None:
            conds.append(f"{col} = ?")
            args.append(val)
    rows: list[Any] = store.con.execute(
        f"SELECT DISTINCT measure FROM observations WHERE {' AND '.join(conds)} ORDER BY 1", args
    ).fetchall()
    return [r[0] for r in rows]
