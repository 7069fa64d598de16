"""Series of flows: quarters derived from cumulative releases; competing reports resolved."""

from sanctionwatch.flows.query import (
    Series,
    load_pairs,
    load_series,
    resolve_observations,
    series_values,
)

__all__ = ["Series", "load_pairs", "load_series", "resolve_observations", "series_values"]
