"""Synthetic quarterly count series for the detector benchmarks (shared by backtest and speed).

Counts are negative-binomial (Poisson when the dispersion is large) around a level with
multiplicative seasonality; small levels give many zeros. Events are injected with their
ground truth: level shifts (up or down, from a quarter on), one-quarter spikes, and purpose
swaps (a restricted purpose stays near zero while a proxy purpose and the total jump).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from sanctionwatch.model import Observation, Period, Provenance, Qualifier

PURPOSES = (
    "total",
    "study",
    "work",
    "business",
    "tourism",
    "private",
    "transit",
    "official",
    "service_personnel",
    "permanent_residence",
    "other",
)


@dataclass
class Case:
    """One origin's series (purpose -> counts per quarter) and the true events in them."""

    origin: str
    counts: dict[str, np.ndarray]
    events: list[tuple[str, int, str]] = field(
        default_factory=list
    )  # (purpose, quarter index, type)
    means: dict[str, np.ndarray] = field(default_factory=dict)


def draw(rng: np.random.Generator, mean: np.ndarray, dispersion: float) -> np.ndarray:
    """Negative binomial with the given mean and size ``dispersion`` (var = m + m^2/k)."""
    mean = np.maximum(mean, 1e-9)
    p = dispersion / (dispersion + mean)
    return rng.negative_binomial(dispersion, p).astype(np.int64)


def seasonal_mean(rng: np.random.Generator, level: float, quarters: int) -> np.ndarray:
    amp = rng.uniform(0, 0.6)
    phase = rng.integers(0, 4)
    season = 1 + amp * np.cos(2 * np.pi * (np.arange(quarters) + phase) / 4)
    trend = np.exp(rng.normal(0, 0.01) * np.arange(quarters))
    return level * season * trend


def make_case(rng: np.random.Generator, origin: str, quarters: int, kind: str) -> Case:
    """kind: clean, shift, spike or swap."""
    dispersion = float(rng.choice([5.0, 20.0, 1e6]))  # strongly, mildly, not overdispersed
    case = Case(origin, {})
    if kind == "swap":
        levels = {
            "work": 0.3,
            "study": rng.uniform(20, 120),
            "business": rng.uniform(100, 800),
            "private": rng.uniform(10, 60),
        }
        tau = int(rng.integers(12, quarters - 4))
        factor = rng.uniform(5, 30)
        for p, lvl in levels.items():
            m = seasonal_mean(rng, lvl, quarters)
            if p == "study":
                m[tau:] *= factor
            case.means[p] = m
            case.counts[p] = draw(rng, m, dispersion)
        case.counts["total"] = sum(case.counts.values())  # type: ignore[assignment]
        case.means["total"] = sum(case.means.values())  # type: ignore[assignment]
        case.events += [("study", tau, "swap"), ("total", tau, "swap")]
        return case
    p = str(rng.choice(["business", "tourism", "private", "transit", "study"]))
    level = float(np.exp(rng.uniform(np.log(2), np.log(3000))))
    m = seasonal_mean(rng, level, quarters)
    if kind == "shift":
        tau = int(rng.integers(8, quarters - 4))
        f = rng.uniform(3, 10)
        m[tau:] *= f if rng.random() < 0.6 else 1 / f
        case.events.append((p, tau, "shift"))
    elif kind == "spike":
        tau = int(rng.integers(8, quarters - 1))
        m[tau] *= rng.uniform(3, 10)
        case.events.append((p, tau, "spike"))
    case.means[p] = m
    case.counts[p] = draw(rng, m, dispersion)
    return case


def quarter_period(first_year: int, i: int) -> Period:
    return Period.quarter(first_year + i // 4, i % 4 + 1)


def observations(case: Case, first_year: int, destination: str = "RU") -> list[Observation]:
    prov = Provenance(
        publisher="synthetic",
        reporter="synthetic",
        outlet="synthetic",
        primary=True,
        published=f"{first_year + 20}-01-01",
    )
    out = []
    for purpose, counts in case.counts.items():
        for i, c in enumerate(counts):
            out.append(
                Observation(
                    origin=case.origin,
                    destination=destination,
                    purpose=purpose,
                    period=quarter_period(first_year, i),
                    count=int(c),
                    qualifier=Qualifier.EXACT,
                    provenance=prov,
                    source_key="synthetic",
                    id=f"o-{case.origin}-{purpose}-{i}",
                )
            )
    return out


def origin_code(i: int) -> str:
    """Distinct two-letter codes (not necessarily real countries): AA, AB, ..."""
    return chr(65 + i // 26) + chr(65 + i % 26)
