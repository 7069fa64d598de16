"""Series as analysts query them: published and derived values, resolved, per series."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sanctionwatch.bulk import paused_gc, record_maker
from sanctionwatch.flows.derive import derive
from sanctionwatch.flows.resolve import choose, group_candidates
from sanctionwatch.model import Observation, Period, PeriodKind
from sanctionwatch.model.flow import FlowValue
from sanctionwatch.store import Store

# FlowValue(...) with every field given: a single statement resolves to itself, and a full
# store has 150,000 of them.
_make_flow_value = record_maker(FlowValue)


@dataclass
class Series:
    """All resolved values of one (origin, destination, purpose), in period order."""

    origin: str
    destination: str
    purpose: str
    values: list[FlowValue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def by_kind(self, kind: PeriodKind) -> list[FlowValue]:
        return [v for v in self.values if v.period.kind == kind]

    def get(self, period: Period) -> FlowValue | None:
        for v in self.values:
            if v.period == period:
                return v
        return None


def resolve_observations(observations: Iterable[Observation]) -> dict[tuple[str, str, str], Series]:
    """Group statements into series, resolve each period, derive missing quarters, resolve again."""
    with paused_gc():
        return _resolve(observations)


def _resolve(observations: Iterable[Observation]) -> dict[tuple[str, str, str], Series]:
    grouped: dict[tuple[str, str, str], dict[Period, list[Observation]]] = {}
    # The store returns statements in series order: look the series up only when it changes.
    origin = destination = purpose = ""
    by_period: dict[Period, list[Observation]] = {}
    for o in observations:
        if o.region is not None:
            continue  # sub-national figures are not the national series
        if o.purpose != purpose or o.origin != origin or o.destination != destination:
            origin, destination, purpose = o.origin, o.destination, o.purpose
            by_period = grouped.setdefault((origin, destination, purpose), {})
        stmts = by_period.get(o.period)
        if stmts is None:
            by_period[o.period] = [o]
        else:
            stmts.append(o)
    out: dict[tuple[str, str, str], Series] = {}
    for key in sorted(grouped):
        origin, destination, purpose = key
        by_period = grouped[key]
        published = {
            # one statement (the usual case for a table) is its own resolution
            p: _make_flow_value(
                origin,
                destination,
                purpose,
                p,
                stmts[0].count,
                stmts[0].qualifier,
                False,
                (stmts[0],),
                (),
                None,
                (),
            )
            if len(stmts) == 1
            else choose(origin, destination, purpose, p, group_candidates(stmts))
            for p, stmts in by_period.items()
        }
        derived, warnings = derive(published)
        values: dict[Period, FlowValue] = dict(published)
        for period, cands_derived in derived.items():
            stmts = by_period.get(period)
            cands = [*cands_derived, *group_candidates(stmts)] if stmts else cands_derived
            values[period] = choose(origin, destination, purpose, period, cands)
        ordered = sorted(values, key=_period_order)
        series = Series(origin, destination, purpose, [values[p] for p in ordered])
        series.warnings = [f"{origin}→{destination} {w}" for w in warnings]
        for v in series.values:
            if v.warnings:
                series.warnings.extend(f"{origin}→{destination} {w}" for w in v.warnings)
        out[key] = series
    return out


def _period_order(p: Period) -> tuple[date, date, str]:
    # the same order as Period's own comparison, without building two tuples per comparison
    # (PeriodKind is a StrEnum: its members order as their values)
    return (p.start, p.end, p.kind)


def load_series(
    store: Store,
    origin: str | None = None,
    destination: str | None = None,
    as_of: date | None = None,
) -> dict[tuple[str, str, str], Series]:
    return resolve_observations(store.observations(origin, destination, as_of=as_of))


def load_pairs(
    store: Store, pairs: Iterable[tuple[str, str]], as_of: date | None = None
) -> dict[tuple[str, str, str], Series]:
    """The series of several (origin, destination) pairs, one query per destination
    (e.g. every country an FSB table touched), instead of one query per pair."""
    by_destination: dict[str, set[str]] = defaultdict(set)
    for origin, destination in pairs:
        by_destination[destination].add(origin)
    out: dict[tuple[str, str, str], Series] = {}
    for destination in sorted(by_destination):
        origins = sorted(by_destination[destination])
        obs = store.observations(destination=destination, origins=origins, as_of=as_of)
        out.update(resolve_observations(obs))
    return out


def series_values(
    series: dict[tuple[str, str, str], Series],
    purposes: Sequence[str] | None = None,
    period_kind: str = "any",
) -> list[FlowValue]:
    """Flatten series to the rows of ``sanctionwatch flows``, ordered by purpose then period."""
    rows: list[FlowValue] = []
    for (_, _, purpose), s in series.items():
        if purposes and purpose not in purposes:
            continue
        for v in s.values:
            if period_kind != "any" and v.period.kind.value != period_kind:
                continue
            rows.append(v)
    rows.sort(key=lambda v: (v.origin, v.destination, v.period.start, v.period.end, v.purpose))
    return rows


def disagreements(series: dict[tuple[str, str, str], Series]) -> dict[str, Any]:
    """The ``conflicts`` JSON object: values whose reports disagree (with only the disagreeing
    conflicts kept) and every data-quality warning of the series."""
    rows = []
    for s in series.values():
        for v in s.values:
            if v.has_disagreement:
                d = v.to_dict()
                d["conflicts"] = [c for c in d["conflicts"] if not c["consistent"]]
                rows.append(d)
    warnings = sorted({w for s in series.values() for w in s.warnings})
    return {"conflicts": rows, "warnings": warnings}
