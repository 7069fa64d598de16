"""Observations: one published figure as a statement with provenance, and the vintages."""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from sanctionwatch.model.period import Period
from sanctionwatch.model.vocab import MEASURE_ENTRIES, UNIT_ENTRIES, Qualifier


def stable_id(*parts: object, prefix: str = "") -> str:
    """A short deterministic id from key fields, so re-imports and re-runs are idempotent."""
    # a list, not a generator: join builds one anyway, and ids are made per figure imported
    h = hashlib.sha1("\x1f".join(["" if p is None else str(p) for p in parts]).encode("utf-8"))
    return prefix + h.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a figure came from.

    ``publisher`` is the original statistical publisher (e.g. the FSB Border Service via
    EMISS); ``reporter`` is the outlet that first reported it; ``outlet`` is the one we read
    it in; ``chain`` lists every hand it passed through, first to last.
    """

    publisher: str
    reporter: str
    outlet: str
    chain: tuple[str, ...] = ()
    url: str | None = None
    published: str | None = None  # ISO date, or YYYY-MM when only the month is known
    quote: str | None = None
    note: str | None = None
    primary: bool = False  # read from the publisher's own table, not from a retelling

    @property
    def reporter_key(self) -> str:
        """Identity of the original reporter: statements are independent only if these differ."""
        return reporter_key(self.reporter)


@functools.lru_cache(maxsize=4096)  # called per statement in every resolution; few distinct names
def reporter_key(name: str) -> str:
    base = re.sub(r"\(.*?\)", "", name).strip().lower()
    return re.sub(r"\s+", " ", base)


@dataclass(frozen=True, slots=True)
class Observation:
    """One published value of a series, as stated by one source."""

    origin: str  # ISO 3166-1 alpha-2
    destination: str
    purpose: str  # Purpose vocabulary for entries; the measure name for related figures
    period: Period
    count: int | None  # None only when withheld
    qualifier: Qualifier
    provenance: Provenance
    source_key: str  # the logical source (file, table) whose vintages replace each other
    vintage_id: str = ""
    measure: str = MEASURE_ENTRIES
    unit: str = UNIT_ENTRIES
    region: str | None = None  # a part of the destination, when the figure is sub-national
    row: int | None = None  # line or row in the imported file
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", self.compute_id())

    def compute_id(self) -> str:
        p = self.provenance
        return stable_id(
            self.source_key,
            self.measure,
            self.origin,
            self.destination,
            self.region,
            self.purpose,
            self.period.start,
            self.period.end,
            self.count,
            self.qualifier,
            p.reporter,
            p.outlet,
            p.url,
            prefix="o-",
        )

    @property
    def series_key(self) -> tuple[str, str, str, str]:
        return (self.measure, self.origin, self.destination, self.purpose)


@dataclass(frozen=True, slots=True)
class Vintage:
    """One import of one source file: a later vintage of the same source replaces earlier ones,
    which stay queryable with ``as_of``."""

    id: str
    source_key: str
    format: str
    file_name: str
    sha256: str
    publisher: str | None
    source_url: str | None
    released: date | None
    imported_at: datetime
    rows: int = 0

    def to_dict(self) -> dict[str, object]:
        """The JSON form listed by ``sanctionwatch sources`` and ``/api/sources``."""
        return {
            "id": self.id,
            "source_key": self.source_key,
            "format": self.format,
            "file": self.file_name,
            "sha256": self.sha256,
            "publisher": self.publisher,
            "source_url": self.source_url,
            "released": self.released.isoformat() if self.released else None,
            "imported_at": self.imported_at.isoformat(timespec="seconds"),
            "rows": self.rows,
        }
