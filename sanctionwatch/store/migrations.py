"""Schema migrations: an ordered, append-only list, each applied once, recorded in ``_migrations``.

Add a new entry at the end to change the schema; never edit an entry that has shipped.
Each domain names its migrations with its own prefix (``flows.``, ``screen.``, ``claims.``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    sql: str


MIGRATIONS: list[Migration] = [
    Migration(
        "flows.0001_vintages_observations",
        """
        CREATE TABLE vintages (
            id VARCHAR PRIMARY KEY,
            source_key VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            file_name VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            publisher VARCHAR,
            source_url VARCHAR,
            released DATE,
            imported_at TIMESTAMP NOT NULL,
            rows INTEGER NOT NULL
        );
        CREATE TABLE observations (
            vintage_id VARCHAR NOT NULL,
            id VARCHAR NOT NULL,
            source_key VARCHAR NOT NULL,
            measure VARCHAR NOT NULL,
            origin VARCHAR NOT NULL,
            destination VARCHAR NOT NULL,
            region VARCHAR,
            purpose VARCHAR NOT NULL,
            period_start DATE NOT NULL,
            period_end DATE NOT NULL,
            period_kind VARCHAR NOT NULL,
            count BIGINT,
            qualifier VARCHAR NOT NULL,
            unit VARCHAR NOT NULL,
            publisher VARCHAR NOT NULL,
            reporter VARCHAR NOT NULL,
            outlet VARCHAR NOT NULL,
            chain VARCHAR[] NOT NULL,
            url VARCHAR,
            published VARCHAR,
            quote VARCHAR,
            note VARCHAR,
            is_primary BOOLEAN NOT NULL,
            row INTEGER
        );
        """,
    ),
    Migration(
        "screen.0001_lists_and_audit",
        """
        CREATE TABLE screen_list_versions (
            id VARCHAR PRIMARY KEY,
            list_name VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            file_name VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            generated DATE,
            imported_at TIMESTAMP NOT NULL,
            entries INTEGER NOT NULL,
            added INTEGER NOT NULL,
            removed INTEGER NOT NULL,
            changed INTEGER NOT NULL,
            previous_id VARCHAR
        );
        CREATE TABLE screen_entries (
            version_id VARCHAR NOT NULL,
            ref VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            content_hash VARCHAR NOT NULL,
            data VARCHAR NOT NULL,
            PRIMARY KEY (version_id, ref)
        );
        CREATE TABLE screen_runs (
            id VARCHAR PRIMARY KEY,
            started_at TIMESTAMP NOT NULL,
            version_ids VARCHAR NOT NULL,
            threshold DOUBLE NOT NULL,
            as_of DATE,
            queries INTEGER NOT NULL,
            matched INTEGER NOT NULL,
            source VARCHAR
        );
        CREATE TABLE screen_run_results (
            run_id VARCHAR NOT NULL,
            seq INTEGER NOT NULL,
            query VARCHAR NOT NULL,
            birth_date VARCHAR,
            nationality VARCHAR,
            matches VARCHAR NOT NULL,
            PRIMARY KEY (run_id, seq)
        );
        """,
    ),
]
