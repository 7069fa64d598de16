"""Queries of the screening domain: list versions with their entries, and the audit trail."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sanctionwatch.model.entity import ListedEntity
from sanctionwatch.store.db import Store


@dataclass(frozen=True, slots=True)
class ListVersion:
    """One import of a sanctions list: the file's hash, the list's own date, what changed."""

    id: str
    list_name: str
    format: str
    file_name: str
    sha256: str
    generated: date | None
    imported_at: datetime
    entries: int
    added: int
    removed: int
    changed: int
    previous_id: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "list": self.list_name,
            "format": self.format,
            "file": self.file_name,
            "sha256": self.sha256,
            "generated": self.generated.isoformat() if self.generated else None,
            "imported_at": self.imported_at.isoformat(timespec="seconds"),
            "entries": self.entries,
            "added": self.added,
            "removed": self.removed,
            "changed": self.changed,
            "previous": self.previous_id,
        }


_VCOLS = (
    "id, list_name, format, file_name, sha256, generated, imported_at, entries, added, "
    "removed, changed, previous_id"
)


def add_list_version(store: Store, version: ListVersion, entities: Sequence[ListedEntity]) -> None:
    """Write a version and its entries; call inside ``store.transaction()``."""
    store.con.execute(
        f"INSERT INTO screen_list_versions ({_VCOLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            version.id,
            version.list_name,
            version.format,
            version.file_name,
            version.sha256,
            version.generated,
            version.imported_at,
            version.entries,
            version.added,
            version.removed,
            version.changed,
            version.previous_id,
        ],
    )
    rows = [
        (
            version.id,
            e.ref,
            e.kind,
            e.primary_name,
            e.content_hash(),
            json.dumps(e.to_dict(), ensure_ascii=False, default=str),
        )
        for e in entities
    ]
    if rows:
        store.con.executemany("INSERT INTO screen_entries VALUES (?, ?, ?, ?, ?, ?)", rows)


def list_versions(store: Store, list_name: str | None = None) -> list[ListVersion]:
    sql = f"SELECT {_VCOLS} FROM screen_list_versions"
    args: list[Any] = []
    if list_name:
        sql += " WHERE list_name = ?"
        args.append(list_name)
    sql += " ORDER BY imported_at, id"
    return [ListVersion(*r) for r in store.con.execute(sql, args).fetchall()]


def get_version(store: Store, version_id: str) -> ListVersion | None:
    row = store.con.execute(
        f"SELECT {_VCOLS} FROM screen_list_versions WHERE id = ?", [version_id]
    ).fetchone()
    return ListVersion(*row) if row else None


def version_by_hash(store: Store, list_name: str, sha256: str) -> ListVersion | None:
    row = store.con.execute(
        f"SELECT {_VCOLS} FROM screen_list_versions WHERE list_name = ? AND sha256 = ? "
        "ORDER BY imported_at DESC LIMIT 1",
        [list_name, sha256],
    ).fetchone()
    return ListVersion(*row) if row else None


def versions_in_force(store: Store, as_of: date | None = None) -> list[ListVersion]:
    """Per list, the version in force on ``as_of`` (by the list's own date, else import date)."""
    eff = "COALESCE(generated, CAST(imported_at AS DATE))"
    where = f"WHERE {eff} <= ?" if as_of else ""
    args: list[Any] = [as_of] if as_of else []
    sql = f"""
        SELECT {_VCOLS} FROM (
            SELECT *, row_number() OVER (
                PARTITION BY list_name ORDER BY {eff} DESC, imported_at DESC, id DESC) AS rn
            FROM screen_list_versions {where}
        ) WHERE rn = 1 ORDER BY list_name
    """
    return [ListVersion(*r) for r in store.con.execute(sql, args).fetchall()]


def latest_version(store: Store, list_name: str) -> ListVersion | None:
    row = store.con.execute(
        f"SELECT {_VCOLS} FROM screen_list_versions WHERE list_name = ? "
        "ORDER BY imported_at DESC, id DESC LIMIT 1",
        [list_name],
    ).fetchone()
    return ListVersion(*row) if row else None


def version_entities(store: Store, version_id: str) -> list[ListedEntity]:
    rows = store.con.execute(
        "SELECT data FROM screen_entries WHERE version_id = ? ORDER BY ref", [version_id]
    ).fetchall()
    return [ListedEntity.from_dict(json.loads(r[0])) for r in rows]


def entry_hashes(store: Store, version_id: str) -> dict[str, str]:
    rows = store.con.execute(
        "SELECT ref, content_hash FROM screen_entries WHERE version_id = ?", [version_id]
    ).fetchall()
    return {r[0]: r[1] for r in rows}


# --- audit trail ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RunRecord:
    id: str
    started_at: datetime
    version_ids: str
    threshold: float
    as_of: date | None
    queries: int
    matched: int
    source: str | None


def add_run(store: Store, run: RunRecord, results: Sequence[dict[str, Any]]) -> None:
    """Record one screening run and every query's matches with their explanations."""
    with store.transaction():
        store.con.execute(
            "INSERT INTO screen_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                run.id,
                run.started_at,
                run.version_ids,
                run.threshold,
                run.as_of,
                run.queries,
                run.matched,
                run.source,
            ],
        )
        rows = [
            (
                run.id,
                i,
                r["query"],
                r.get("birth_date"),
                r.get("nationality"),
                json.dumps(r["matches"], ensure_ascii=False, default=str),
            )
            for i, r in enumerate(results)
        ]
        if rows:
            store.con.executemany("INSERT INTO screen_run_results VALUES (?, ?, ?, ?, ?, ?)", rows)


def audit_rows(store: Store, run_id: str | None = None) -> list[dict[str, Any]]:
    """One row per query screened: run, time, list versions, query, matches and explanations."""
    sql = (
        "SELECT r.id, r.started_at, r.version_ids, r.threshold, r.as_of, r.source, q.seq, q.query, "
        "q.birth_date, q.nationality, q.matches FROM screen_runs r "
        "JOIN screen_run_results q ON q.run_id = r.id"
    )
    args: list[Any] = []
    if run_id:
        sql += " WHERE r.id = ?"
        args.append(run_id)
    sql += " ORDER BY r.started_at, r.id, q.seq"
    out = []
    for (
        rid,
        started,
        versions,
        th,
        as_of,
        source,
        seq,
        query,
        bd,
        nat,
        matches,
    ) in store.con.execute(sql, args).fetchall():
        out.append(
            {
                "run": rid,
                "timestamp": started.isoformat(timespec="seconds"),
                "list_versions": versions.split(","),
                "threshold": th,
                "as_of": as_of.isoformat() if as_of else None,
                "source": source,
                "seq": seq,
                "query": query,
                "birth_date": bd,
                "nationality": nat,
                "matches": json.loads(matches),
            }
        )
    return out


def runs(store: Store) -> list[RunRecord]:
    rows = store.con.execute(
        "SELECT id, started_at, version_ids, threshold, as_of, queries, matched, source "
        "FROM screen_runs ORDER BY started_at, id"
    ).fetchall()
    return [RunRecord(*r) for r in rows]
