"""Series of flows: derivation of quarters from cumulative releases, and resolution of competing reports."""

from sanctionwatch.flows.query import (
    Series,
    load_pairs,
    load_series,
    resolve_observations,
    series_values,
)

__all__ = ["Series", "load_pairs", "load_series", "resolve_observations", "series_values"]
