"""Typed records shared by every part of sanctionwatch (observations, periods, vocabulary)."""

from sanctionwatch.model.observation import Observation, Provenance, Vintage, stable_id
from sanctionwatch.model.period import Period, PeriodKind
from sanctionwatch.model.vocab import (
    MEASURE_ENTRIES,
    QUALIFIER_RANK,
    UNIT_ENTRIES,
    Purpose,
    Qualifier,
    consistent,
)

__all__ = [
    "MEASURE_ENTRIES",
    "QUALIFIER_RANK",
    "UNIT_ENTRIES",
    "Observation",
    "Period",
    "PeriodKind",
    "Provenance",
    "Purpose",
    "Qualifier",
    "Vintage",
    "consistent",
    "stable_id",
]
