"""The DuckDB store: connection, migrations, transactions, and the observation/vintage queries.

Only this package speaks SQL. One writer at a time: DuckDB locks the file for the process
that opened it for writing, so the web server and a CLI import cannot write at once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from sanctionwatch.bulk import paused_gc, record_maker
from sanctionwatch.model import Observation, Period, PeriodKind, Provenance, Qualifier, Vintage
from sanctionwatch.store.migrations import MIGRATIONS

_OBS_COLUMNS = (
    "vintage_id",
    "id",
    "source_key",
    "measure",
    "origin",
    "destination",
    "region",
    "purpose",
    "period_start",
    "period_end",
    "period_kind",
    "count",
    "qualifier",
    "unit",
    "publisher",
    "reporter",
    "outlet",
    "chain",
    "url",
    "published",
    "quote",
    "note",
    "is_primary",
    "row",
)


_QUALIFIERS = {q.value: q for q in Qualifier}
# Every field of a stored row is known (its id included): no defaults, no id to compute.
_make_observation = record_maker(Observation)
# The chain comes back joined by the unit separator: converting a DuckDB list to Python per
# row costs as much as all the other columns together.
_CHAIN_SEP = "\x1f"
# Dates come back as ISO text: a handful of distinct periods are parsed once each (see
# ``_observations_from_columns``), where a DATE column is converted per row.
_SELECT_OBS = ", ".join(
    "array_to_string(o.chain, chr(31))"
    if c == "chain"
    else f"CAST(o.{c} AS VARCHAR)"
    if c in ("period_start", "period_end")
    else f"o.{c}"
    for c in _OBS_COLUMNS
)


class StoreError(Exception):
    """The database file cannot be opened or is from a newer version; the user must act."""


class Store:
    """A DuckDB database of vintages and observations (and, via sibling modules, other domains)."""

    def __init__(self, path: str | Path | None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None and str(path) != ":memory:" else None
        if self.path is not None and not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(
                str(self.path) if self.path is not None else ":memory:", read_only=read_only
            )
        except duckdb.Error as exc:
            said = str(exc).strip().splitlines()[0]
            if "newer version of DuckDB" in str(exc):
                # written by a newer DuckDB (another install of sanctionwatch): nothing is lost,
                # the fix is on the reader's side
                raise StoreError(
                    f"cannot open database {self.path}: it was written by a newer DuckDB than the"
                    f" installed {duckdb.__version__}; upgrade with `pip install -U duckdb`, or"
                    f" choose another database with --db or SANCTIONWATCH_DB ({said})"
                ) from exc
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        self.read_only = read_only
        if not read_only:
            self.migrate()

    # -- lifecycle ---------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> list[str]:
        """Apply pending migrations in order; return the names applied."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS _migrations "
            "(name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)"
        )
        done = {r[0] for r in self.con.execute("SELECT name FROM _migrations").fetchall()}
        known = {m.name for m in MIGRATIONS}
        unknown = done - known
        if unknown:
            raise StoreError(
                f"database {self.path} was written by a newer sanctionwatch "
                f"(unknown migrations: {', '.join(sorted(unknown))}); upgrade sanctionwatch"
            )
        applied = []
        for m in MIGRATIONS:
            if m.name in done:
                continue
            with self.transaction():
                self.con.execute(m.sql)
                self.con.execute("INSERT INTO _migrations VALUES (?, ?)", [m.name, datetime.now()])
            applied.append(m.name)
        return applied

    def applied_migrations(self) -> list[str]:
        return [
            r[0]
            for r in self.con.execute(
                "SELECT name FROM _migrations ORDER BY applied_at, name"
            ).fetchall()
        ]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All-or-nothing: commit when the block succeeds, roll back on any exception."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")

    # -- vintages ------------------------------------------------------------------
    def has_vintage(self, vintage_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM vintages WHERE id = ?", [vintage_id]).fetchone()
        return row is not None

    def existing_vintages(self, vintage_ids: Sequence[str]) -> set[str]:
        """Which of these vintage ids the store already holds (one query for a whole import)."""
        if not vintage_ids:
            return set()
        rows = self.con.execute(
            "SELECT id FROM vintages WHERE list_contains(?, id)", [list(vintage_ids)]
        ).fetchall()
        return {r[0] for r in rows}

    def add_vintage(self, vintage: Vintage, observations: Sequence[Observation]) -> None:
        """Write one vintage and its observations; call inside ``transaction()``."""
        self.add_vintages([(vintage, observations)])

    def add_vintages(self, batch: Sequence[tuple[Vintage, Sequence[Observation]]]) -> None:
        """Write several vintages and their observations with one insert; call inside
        ``transaction()``. Each observation is stored under the vintage it is paired with."""
        if batch:
            self.con.executemany(
                "INSERT INTO vintages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    [
                        v.id,
                        v.source_key,
                        v.format,
                        v.file_name,
                        v.sha256,
                        v.publisher,
                        v.source_url,
                        v.released,
                        v.imported_at,
                        v.rows,
                    ]
                    for v, _ in batch
                ],
            )
        obs = [o for _, observations in batch for o in observations]
        if not obs:
            return
        import pyarrow as pa  # deferred: only imports need it

        # Column by column, and one insert for the whole batch: one comprehension per column
        # is several times faster than appending 24 values per row, and each insert has a
        # fixed cost; imports of whole histories are 100,000s of rows in dozens of files.
        provs = [o.provenance for o in obs]
        periods = [o.period for o in obs]
        vintage_ids = [v.id for v, observations in batch for _ in range(len(observations))]
        cols: dict[str, list[Any]] = {
            "vintage_id": vintage_ids,
            "id": [o.id for o in obs],
            "source_key": [o.source_key for o in obs],
            "measure": [o.measure for o in obs],
            "origin": [o.origin for o in obs],
            "destination": [o.destination for o in obs],
            "region": [o.region for o in obs],
            "purpose": [o.purpose for o in obs],
            "period_start": [p.start for p in periods],
            "period_end": [p.end for p in periods],
            "period_kind": [p.kind.value for p in periods],
            "count": [o.count for o in obs],
            "qualifier": [o.qualifier.value for o in obs],
            "unit": [o.unit for o in obs],
            "publisher": [p.publisher for p in provs],
            "reporter": [p.reporter for p in provs],
            "outlet": [p.outlet for p in provs],
            "chain": [list(p.chain) for p in provs],
            "url": [p.url for p in provs],
            "published": [p.published for p in provs],
            "quote": [p.quote for p in provs],
            "note": [p.note for p in provs],
            "is_primary": [p.primary for p in provs],
            "row": [o.row for o in obs],
        }
        table = pa.table(
            {
                **{c: cols[c] for c in _OBS_COLUMNS if c not in ("count", "row", "chain")},
                "count": pa.array(cols["count"], type=pa.int64()),
                "row": pa.array(cols["row"], type=pa.int32()),
                "chain": pa.array(cols["chain"], type=pa.list_(pa.string())),
            }
        )
        self.con.register("_incoming_obs", table)
        try:
            self.con.execute(
                f"INSERT INTO observations ({', '.join(_OBS_COLUMNS)}) "
                f"SELECT {', '.join(_OBS_COLUMNS)} FROM _incoming_obs "
                # Stored in series order, so a query for one pair reads the few vectors that
                # hold it instead of decompressing every column of every vintage.
                "ORDER BY origin, destination, measure, purpose, period_start, period_end"
            )
        finally:
            self.con.unregister("_incoming_obs")

    def vintages(self, source_key: str | None = None) -> list[Vintage]:
        sql = (
            "SELECT id, source_key, format, file_name, sha256, publisher, source_url, released, "
            "imported_at, rows FROM vintages"
        )
        args: list[Any] = []
        if source_key:
            sql += " WHERE source_key = ?"
            args.append(source_key)
        sql += " ORDER BY imported_at, id"
        return [Vintage(*r) for r in self.con.execute(sql, args).fetchall()]

    def _current_vintages_sql(self, as_of: date | None) -> tuple[str, list[Any]]:
        """SQL selecting, per source, the vintage in force (latest released by ``as_of``)."""
        eff = "COALESCE(released, CAST(imported_at AS DATE))"
        where = f"WHERE {eff} <= ?" if as_of else ""
        args: list[Any] = [as_of] if as_of else []
        sql = f"""
            SELECT id FROM (
                SELECT id, row_number() OVER (
                    PARTITION BY source_key ORDER BY {eff} DESC, imported_at DESC, id DESC
                ) AS rn
                FROM vintages {where}
            ) WHERE rn = 1
        """
        return sql, args

    # -- observations --------------------------------------------------------------
    def observations(
        self,
        origin: str | None = None,
        destination: str | None = None,
        purpose: str | None = None,
        measure: str | None = "entries",
        as_of: date | None = None,
        vintage_id: str | None = None,
        origins: Sequence[str] | None = None,
    ) -> list[Observation]:
        """Observations of the vintages in force (or of one vintage), filtered; ``origins``
        restricts to several origins at once."""
        conds: list[str] = []
        args: list[Any] = []
        if vintage_id:
            conds.append("o.vintage_id = ?")
            args.append(vintage_id)
        else:
            vsql, vargs = self._current_vintages_sql(as_of)
            conds.append(f"o.vintage_id IN ({vsql})")
            args.extend(vargs)
        for col, val in (
            ("origin", origin),
            ("destination", destination),
            ("purpose", purpose),
            ("measure", measure),
        ):
            if val is not None:
                conds.append(f"o.{col} = ?")
                args.append(val)
        if origins is not None:
            conds.append("list_contains(?, o.origin)")
            args.append(list(origins))
        sql = (
            f"SELECT {_SELECT_OBS} FROM observations o "
            f"WHERE {' AND '.join(conds)} ORDER BY o.origin, o.destination, o.purpose, "
            "o.period_start, o.period_end, o.id"
        )
        # Column-wise fetch: DuckDB's per-row tuples cost twice as much as numpy columns
        # turned into lists (a full store is ~150,000 rows x 24 columns).
        columns = self.con.execute(sql, args).fetchnumpy()
        with paused_gc():
            return _observations_from_columns([columns[k].tolist() for k in columns])

    def count_observations(self, vintage_id: str | None = None) -> int:
        if vintage_id:
            row = self.con.execute(
                "SELECT count(*) FROM observations WHERE vintage_id = ?", [vintage_id]
            ).fetchone()
        else:
            row = self.con.execute("SELECT count(*) FROM observations").fetchone()
        return int(row[0]) if row else 0

    def source_summary(self) -> dict[str, list[dict[str, Any]]]:
        """Publishers, original reporters and outlets of the figures in force, with counts."""
        vsql, vargs = self._current_vintages_sql(None)
        out: dict[str, list[dict[str, Any]]] = {}
        for key, col in (
            ("publishers", "publisher"),
            ("reporters", "reporter"),
            ("outlets", "outlet"),
        ):
            rows = self.con.execute(
                f"SELECT {col}, count(*) AS n, count(DISTINCT url) AS urls, "
                f"min(published), max(published) FROM observations "
                f"WHERE vintage_id IN ({vsql}) GROUP BY {col} ORDER BY n DESC, {col}",
                vargs,
            ).fetchall()
            out[key] = [
                {
                    "name": r[0],
                    "figures": r[1],
                    "urls": r[2],
                    "first_published": r[3],
                    "last_published": r[4],
                }
                for r in rows
            ]
        return out

    def distinct_series(self, measure: str = "entries") -> list[tuple[str, str]]:
        vsql, vargs = self._current_vintages_sql(None)
        rows = self.con.execute(
            f"SELECT DISTINCT origin, destination FROM observations "
            f"WHERE measure = ? AND vintage_id IN ({vsql}) ORDER BY 1, 2",
            [measure, *vargs],
        ).fetchall()
        return [(r[0], r[1]) for r in rows]


def _observations_from_columns(columns: list[list[Any]]) -> list[Observation]:
    """Observations from the columns of ``_SELECT_OBS`` (dates as ISO text, the chain joined)."""
    # Rows of one table share their period and provenance: build each once, not per row
    # (a 15-year FSB history is ~130,000 rows but a few hundred distinct of each).
    periods: dict[tuple[Any, ...], Period] = {}
    provenances: dict[tuple[Any, ...], Provenance] = {}
    out: list[Observation] = []
    append = out.append
    for (
        vintage_id,
        oid,
        source_key,
        measure,
        origin,
        destination,
        region,
        purpose,
        start,
        end,
        kind,
        count,
        qualifier,
        unit,
        publisher,
        reporter,
        outlet,
        chain,
        url,
        published,
        quote,
        note,
        is_primary,
        row,
    ) in zip(*columns, strict=True):
        pkey = (start, end, kind)
        period = periods.get(pkey)
        if period is None:
            period = periods[pkey] = Period(
                date.fromisoformat(start), date.fromisoformat(end), PeriodKind(kind)
            )
        vkey = (publisher, reporter, outlet, chain, url, published, quote, note, is_primary)
        provenance = provenances.get(vkey)
        if provenance is None:
            provenance = provenances[vkey] = Provenance(
                publisher=publisher,
                reporter=reporter,
                outlet=outlet,
                chain=tuple(chain.split(_CHAIN_SEP)) if chain else (),
                url=url,
                published=published,
                quote=quote,
                note=note,
                primary=bool(is_primary),
            )
        append(
            (_make_observation if oid else Observation)(
                origin,
                destination,
                purpose,
                period,
                count,
                _QUALIFIERS[qualifier],
                provenance,
                source_key,
                vintage_id,
                measure,
                unit,
                region,
                row,
                oid,
            )
        )
    return out
