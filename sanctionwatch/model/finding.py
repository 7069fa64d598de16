"""Findings: an anomaly or evasion pattern a detector found, explained in numbers, with evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sanctionwatch.model.observation import stable_id

FINDING_KINDS = (
    "surge",
    "collapse",
    "purpose_substitution",
    "capacity_mismatch",
    "record",
    "changepoint",
    "reporting_gap",
    "inconsistency",
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One value a finding rests on, with the sources that state it (source_ref dicts)."""

    period: str
    purpose: str
    count: int | None
    qualifier: str = "exact"
    derived: bool = False
    measure: str = "entries"
    sources: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "purpose": self.purpose,
            "measure": self.measure,
            "count": self.count,
            "qualifier": self.qualifier,
            "derived": self.derived,
            "sources": list(self.sources),
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """The JSON form is the ``detect`` contract in CONTRACTS.md; add fields, never rename."""

    kind: str
    origin: str
    destination: str
    purpose: str
    period: str
    value: float | None
    baseline: float | None
    ratio: float | None
    severity: float
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)
    detector: str = ""
    subkind: str | None = (
        None  # e.g. "collapse" for a surge detector's fall, "retelling" for an inconsistency
    )
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(
                self,
                "id",
                stable_id(
                    self.kind,
                    self.subkind,
                    self.origin,
                    self.destination,
                    self.purpose,
                    self.period,
                    prefix="f-",
                ),
            )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "subkind": self.subkind,
            "detector": self.detector,
            "origin": self.origin,
            "destination": self.destination,
            "purpose": self.purpose,
            "period": self.period,
            "value": self.value,
            "baseline": self.baseline,
            "ratio": self.ratio,
            "severity": round(self.severity, 3),
            "explanation": self.explanation,
            "evidence": [e.to_dict() for e in self.evidence],
            "params": dict(self.params),
        }
