"""Detector parameters: the schema of ``params.yaml``, validated once at load.

Every threshold a detector uses is a field here; the YAML file is the documentation of the
values. A finding records the section it used (``Finding.params``).
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from sanctionwatch.errors import ConfigError

PARAMS_FILE = "params.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Severity(_Strict):
    """severity = w_magnitude*magnitude + w_size*size + w_extra*extra, clipped to [0, 1]."""

    ratio_full: float = Field(gt=1)
    size_full: float = Field(gt=1)
    w_magnitude: float = Field(ge=0, le=1)
    w_size: float = Field(ge=0, le=1)
    w_extra: float = Field(ge=0, le=1)

    @model_validator(mode="after")
    def _weights_sum_to_one(self) -> Severity:
        total = self.w_magnitude + self.w_size + self.w_extra
        if abs(total - 1) > 1e-6:
            raise ValueError(f"severity weights must add up to 1, they add up to {total:g}")
        return self

    def score(self, ratio: float | None, count: float | None, extra: float = 0.0) -> float:
        """The documented severity formula; ``ratio`` is taken either way (a fall of 4x = 4)."""
        mag = 0.0
        if ratio is not None and ratio > 0:
            r = ratio if ratio >= 1 else 1 / ratio
            mag = min(1.0, math.log(r) / math.log(self.ratio_full)) if r > 1 else 0.0
        elif ratio is None:
            mag = 1.0  # from zero: no finite ratio, the largest change there is
        size = 0.0
        if count is not None and count > 1:
            size = min(1.0, math.log10(count) / math.log10(self.size_full))
        s = self.w_magnitude * mag + self.w_size * size + self.w_extra * min(1.0, max(0.0, extra))
        return min(1.0, max(0.0, s))


class SurgeParams(_Strict):
    min_count: int = Field(ge=0)
    ratio: float = Field(gt=1)
    min_delta: int = Field(ge=0)
    baseline_floor: float = Field(gt=0)
    trailing_window: int = Field(ge=1)
    trailing_window_years: int = Field(ge=1)
    min_baseline_points: int = Field(ge=1)
    noise_z: float = Field(ge=0)
    min_noise_points: int = Field(ge=2)
    period_kinds: tuple[str, ...]
    severity: Severity


class SubstitutionParams(_Strict):
    near_zero_count: int = Field(ge=0)
    near_zero_share: float = Field(ge=0, le=1)
    min_count: int = Field(ge=0)
    growth_factor: float = Field(gt=1)
    min_share_jump: float = Field(gt=0, le=1)
    period_kinds: tuple[str, ...]
    severity: Severity


class CapacityParams(_Strict):
    measures: dict[str, tuple[str, ...]]
    min_count: int = Field(ge=0)
    ratio: float = Field(gt=1)
    max_distance_days: int = Field(ge=0)
    period_kinds: tuple[str, ...]
    severity: Severity


class RecordParams(_Strict):
    min_count: int = Field(ge=0)
    min_history: int = Field(ge=1)
    min_history_seasonal: int = Field(ge=1)
    min_margin: float = Field(ge=0)
    period_kinds: tuple[str, ...]
    severity: Severity


class ChangepointParams(_Strict):
    min_length: int = Field(ge=4)
    min_size: int = Field(ge=1)
    penalty_c: float = Field(gt=0)
    min_count: int = Field(ge=0)
    ratio: float = Field(gt=1)
    severity: Severity


class GapSeverity(_Strict):
    base_withheld: float = Field(ge=0, le=1)
    base_missing: float = Field(ge=0, le=1)
    per_period: float = Field(ge=0, le=1)
    restricted_origin_bonus: float = Field(ge=0, le=1)


class GapParams(_Strict):
    min_other_origins: int = Field(ge=1)
    lookback: int = Field(ge=1)
    severity: GapSeverity


class InconsistencySeverity(_Strict):
    additivity_base: float = Field(ge=0, le=1)
    additivity_full_rel: float = Field(gt=0)
    purposes_exceed_base: float = Field(ge=0, le=1)
    retelling_base: float = Field(ge=0, le=1)
    retelling_full_rel: float = Field(gt=0)


class InconsistencyParams(_Strict):
    min_abs_diff: int = Field(ge=0)
    mixup_tolerance: float = Field(ge=0, le=1)
    severity: InconsistencySeverity


_PERIOD_KINDS = {"quarter", "year"}


class DetectParams(_Strict):
    version: int
    restricted_purposes: dict[str, tuple[str, ...]]
    proxy_purposes: tuple[str, ...]
    restricted_severity_bonus: float = Field(ge=0, le=1)
    surge: SurgeParams
    substitution: SubstitutionParams
    capacity: CapacityParams
    record: RecordParams
    changepoint: ChangepointParams
    gaps: GapParams
    inconsistency: InconsistencyParams

    @model_validator(mode="after")
    def _check_vocabulary(self) -> DetectParams:
        from sanctionwatch.model import Purpose

        purposes = {p.value for p in Purpose}
        for origin, ps in self.restricted_purposes.items():
            if len(origin) != 2 or not origin.isupper():
                raise ValueError(f"restricted_purposes: {origin!r} is not an ISO alpha-2 code")
            for p in ps:
                if p not in purposes:
                    raise ValueError(f"restricted_purposes.{origin}: unknown purpose {p!r}")
        for p in (*self.proxy_purposes, *self.capacity.measures):
            if p not in purposes:
                raise ValueError(f"unknown purpose {p!r}; expected one of {sorted(purposes)}")
        for name in ("surge", "substitution", "capacity", "record"):
            kinds = getattr(self, name).period_kinds
            bad = set(kinds) - _PERIOD_KINDS
            if bad:
                raise ValueError(
                    f"{name}.period_kinds: {sorted(bad)} not in {sorted(_PERIOD_KINDS)}"
                )
        return self

    def section(self, name: str) -> dict[str, Any]:
        """One detector's parameters as plain data, for ``Finding.params``."""
        d: dict[str, Any] = getattr(self, name).model_dump(mode="json")
        return d

    def restricted_for(self, origin: str) -> tuple[str, ...]:
        return self.restricted_purposes.get(origin, ())


def load_params(path: str | Path | None = None) -> DetectParams:
    """Read and validate a parameter file (default: the bundled ``params.yaml``)."""
    if path is None:
        return _default_params()
    return _load(Path(path))


@lru_cache(maxsize=1)
def _default_params() -> DetectParams:
    return _load(Path(str(resources.files("sanctionwatch.detect").joinpath(PARAMS_FILE))))


def _load(path: Path) -> DetectParams:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read detector parameters: {exc}") from exc
    try:
        return DetectParams.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(x) for x in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"{path}: invalid detector parameters: {problems}") from exc
