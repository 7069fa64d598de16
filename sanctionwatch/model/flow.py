"""Resolved series values: the best figure for one period, its sources and conflicting reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sanctionwatch.model.observation import Observation, reporter_key
from sanctionwatch.model.period import Period
from sanctionwatch.model.vocab import Qualifier


def source_ref(o: Observation) -> dict[str, Any]:
    """The JSON form of one statement's provenance, as cited in flows, findings and dossiers."""
    p = o.provenance
    return {
        "outlet": p.outlet,
        "reporter": p.reporter,
        "publisher": p.publisher,
        "chain": list(p.chain),
        "url": p.url,
        "date": p.published,
        "quote": p.quote,
        "primary": p.primary,
        "observation": o.id,
        "vintage": o.vintage_id,
        "count": o.count,
        "qualifier": o.qualifier.value,
        "period": o.period.label,
        "purpose": o.purpose,
    }


@dataclass(frozen=True, slots=True)
class Conflict:
    """A statement of the same figure that the resolution did not choose."""

    statement: Observation
    consistent: bool  # compatible with the chosen value given its qualifier ("about 13,000")
    derived_from: tuple[Observation, ...] = ()  # set when the alternative is itself derived

    def to_dict(self) -> dict[str, Any]:
        o = self.statement
        d = source_ref(o)
        d["consistent"] = self.consistent
        d["derived"] = bool(self.derived_from)
        return d


@dataclass(frozen=True, slots=True)
class FlowValue:
    """The resolved value of one series in one period."""

    origin: str
    destination: str
    purpose: str
    period: Period
    count: int | None
    qualifier: Qualifier
    derived: bool
    sources: tuple[Observation, ...]  # agreeing statements, or the inputs of a derivation
    conflicts: tuple[Conflict, ...] = ()
    method: str | None = None  # how a derived value was computed, in words and numbers
    warnings: tuple[str, ...] = field(default=())

    @property
    def independent_reporters(self) -> int:
        """How many different original reporters stand behind the value (retellings count once)."""
        return len({reporter_key(o.provenance.reporter) for o in self.sources})

    @property
    def has_disagreement(self) -> bool:
        return any(not c.consistent for c in self.conflicts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "destination": self.destination,
            "purpose": self.purpose,
            "period": self.period.label,
            "period_kind": self.period.kind.value,
            "period_start": self.period.start.isoformat(),
            "period_end": self.period.end.isoformat(),
            "count": self.count,
            "qualifier": self.qualifier.value,
            "unit": "entries",
            "derived": self.derived,
            "method": self.method,
            "independent_reporters": self.independent_reporters,
            "sources": [source_ref(o) for o in self.sources],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "warnings": list(self.warnings),
        }
