"""The bundled reference data (DPRK→Russia entries and related figures), loaded on first use."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from sanctionwatch.sources.base import ParsedFile
from sanctionwatch.sources.ingest import IngestResult, write_parsed
from sanctionwatch.sources.tidy import parse_tidy
from sanctionwatch.store import Store

ENTRIES = "dprk_russia_entries.csv"
RELATED = "dprk_related_figures.csv"


def bundled_path(name: str) -> Path:
    return Path(str(resources.files("sanctionwatch.data").joinpath(name)))


def parse_bundled() -> list[ParsedFile]:
    return [
        parse_tidy(bundled_path(ENTRIES), source_key=f"bundled:{ENTRIES}"),
        parse_tidy(bundled_path(RELATED), related=True, source_key=f"bundled:{RELATED}"),
    ]


def load_bundled(store: Store) -> IngestResult:
    """Load the bundled files; idempotent (an unchanged file adds no vintage)."""
    return write_parsed(store, parse_bundled())


def ensure_bundled(store: Store) -> None:
    """Load the bundled data if this database has never had it (first use)."""
    keys = {v.source_key for v in store.vintages()}
    if f"bundled:{ENTRIES}" not in keys:
        load_bundled(store)
