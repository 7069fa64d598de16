"""Claims: a numeric statement found in a text, and its check against the statistics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CLAIM_UNITS = (
    "entries",
    "persons",
    "workers",
    "students",
    "troops",
    "visas",
    "usd",
    "percent",
    "ratio",
    "other",
)
COMPARISON_KINDS = ("ratio", "percent_change", "difference", "rank", "record")
VERDICTS = ("supported", "contradicted", "not_enough_data")


@dataclass(frozen=True, slots=True)
class Comparison:
    kind: str  # one of COMPARISON_KINDS
    value: float | None
    baseline_period: str | None = None
    # a record or rank counted from the bottom ("the lowest since 2022", «минимум с 2020 года»)
    lowest: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "value": self.value,
            "baseline_period": self.baseline_period,
        }
        if self.lowest:
            # (an added field, only where it says something: a record is the highest unless so)
            out["lowest"] = True
        return out


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric claim; ``span`` is [start, end) character offsets into the document text,
    ``sentence_span`` likewise for its sentence. Fields the text does not settle are None."""

    doc: str
    sentence: str
    span: tuple[int, int]
    quantity: float | None
    qualifier: str | None  # None for a claim that states only a comparison
    unit: str | None
    origin: str | None
    destination: str | None
    purpose: str | None
    period: str | None
    comparison: Comparison | None
    attribution: str | None
    lang: str
    sentence_span: tuple[int, int] = (0, 0)
    text: str = ""  # the number as written ("13 221", "1만3221명")

    def to_dict(self) -> dict[str, Any]:
        q = self.quantity
        return {
            "doc": self.doc,
            "sentence": self.sentence,
            "span": list(self.span),
            "sentence_span": list(self.sentence_span),
            "text": self.text,
            "quantity": int(q) if isinstance(q, float) and q.is_integer() else q,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "origin": self.origin,
            "destination": self.destination,
            "purpose": self.purpose,
            "period": self.period,
            "comparison": self.comparison.to_dict() if self.comparison else None,
            "attribution": self.attribution,
            "lang": self.lang,
        }


@dataclass(frozen=True, slots=True)
class CheckedClaim:
    claim: Claim
    verdict: str  # one of VERDICTS
    observed: dict[str, Any] | None  # {"count", "period", "purpose", "qualifier", "sources": [...]}
    explanation: str
    tolerance: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = self.claim.to_dict()
        d["verdict"] = self.verdict
        d["observed"] = self.observed
        d["explanation"] = self.explanation
        d["tolerance"] = self.tolerance
        return d
