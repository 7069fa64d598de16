"""Detectors: surges, substitution, capacity mismatch, records, breaks, gaps, inconsistencies.

Each detector is a small pure function ``DetectContext -> list[Finding]`` in its own module,
registered in ``DETECTORS`` below (the one list that says what runs). ``detect_series`` runs
them over series already in memory; ``run_detectors`` reads the store first. Findings are
ranked by severity (highest first), ties broken by kind, series and period, so the order and
the ids are the same on every run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sanctionwatch.bulk import paused_gc
from sanctionwatch.detect.capacity import detect_capacity
from sanctionwatch.detect.changepoint import detect_changepoints
from sanctionwatch.detect.common import (
    DetectContext,
    SeriesKey,
    clear_evidence_cache,
    published_index,
)
from sanctionwatch.detect.gaps import detect_gaps
from sanctionwatch.detect.inconsistency import detect_inconsistencies
from sanctionwatch.detect.params import DetectParams, load_params
from sanctionwatch.detect.record import detect_records
from sanctionwatch.detect.substitution import detect_substitution
from sanctionwatch.detect.surge import detect_surges
from sanctionwatch.errors import InputError
from sanctionwatch.model import Observation, Period
from sanctionwatch.model.finding import FINDING_KINDS, Finding

if TYPE_CHECKING:
    from sanctionwatch.flows import Series
    from sanctionwatch.store import Store


@dataclass(frozen=True, slots=True)
class Detector:
    name: str
    kinds: tuple[str, ...]  # the finding kinds (or subkinds) it can produce
    run: Callable[[DetectContext], list[Finding]]


DETECTORS: list[Detector] = [
    Detector("surge", ("surge", "collapse"), detect_surges),
    Detector("substitution", ("purpose_substitution",), detect_substitution),
    Detector("capacity", ("capacity_mismatch",), detect_capacity),
    Detector("record", ("record",), detect_records),
    Detector("changepoint", ("changepoint",), detect_changepoints),
    Detector("gaps", ("reporting_gap",), detect_gaps),
    Detector("inconsistency", ("inconsistency",), detect_inconsistencies),
]

_KIND_ORDER = {k: i for i, k in enumerate(FINDING_KINDS)}


def check_kinds(kinds: Iterable[str] | None) -> tuple[str, ...] | None:
    """Validate requested kinds against the vocabulary; InputError names the expected ones."""
    if kinds is None:
        return None
    ks = tuple(kinds)
    bad = [k for k in ks if k not in FINDING_KINDS]
    if bad:
        raise InputError.one(
            f"--kind: unknown finding kind {', '.join(map(repr, bad))}; "
            f"expected one of {', '.join(FINDING_KINDS)}"
        )
    return ks or None


def detect_series(
    series_by_key: Mapping[SeriesKey, Series],
    related: Sequence[Observation] = (),
    params: DetectParams | None = None,
    kinds: Iterable[str] | None = None,
    *,
    published: Mapping[tuple[str, str, Period], frozenset[str]] | None = None,
    origins: Iterable[str] | None = None,
) -> list[Finding]:
    """Run the registered detectors over series in memory; no store needed.

    ``related`` are the related figures (measure other than ``entries``); ``published`` says
    which origins have each (destination, purpose, period) (computed from the series when not
    given); ``origins`` restricts the findings to those origins (others still count as context).
    """
    wanted = check_kinds(kinds)
    ctx = DetectContext(
        series=series_by_key,
        related=tuple(o for o in related if o.measure != "entries"),
        params=params or load_params(),
        published=published if published is not None else published_index(series_by_key),
        origins=frozenset(origins) if origins is not None else None,
    )
    findings: list[Finding] = []
    # many small acyclic records (indexes, evidence): the cyclic collector only slows this down
    with paused_gc():
        try:
            for d in DETECTORS:
                if wanted is not None and not set(d.kinds) & set(wanted):
                    continue
                for f in d.run(ctx):
                    if wanted is None or f.kind in wanted or (f.subkind or "") in wanted:
                        findings.append(f)
        finally:
            clear_evidence_cache()
    return rank(findings)


def rank(findings: Iterable[Finding]) -> list[Finding]:
    unique = {f.id: f for f in findings}
    return sorted(
        unique.values(),
        key=lambda f: (
            -f.severity,
            _KIND_ORDER.get(f.kind, 99),
            f.origin,
            f.destination,
            f.purpose,
            f.period,
            f.id,
        ),
    )


def run_detectors(
    store: Store,
    origin: str | None = None,
    destination: str | None = None,
    kinds: Iterable[str] | None = None,
    since: str | date | None = None,
    as_of: date | None = None,
    params: DetectParams | None = None,
) -> list[Finding]:
    """Load the series (all origins into the destination, for context) and run the detectors.

    ``since`` (a date or a period label such as ``2024`` or ``2024-Q3``) keeps findings whose
    period starts on or after it.
    """
    from sanctionwatch.flows import load_series
    from sanctionwatch.store.detect import related_measures

    start = _since_date(since)
    series = load_series(store, None, destination, as_of=as_of)
    related = [
        o
        for m in related_measures(store, origin, destination)
        for o in store.observations(origin, destination, measure=m, as_of=as_of)
    ]
    findings = detect_series(series, related, params, kinds, origins=[origin] if origin else None)
    if start is not None:
        findings = [f for f in findings if _period_start(f.period) >= start]
    return findings


def _since_date(since: str | date | None) -> date | None:
    if since is None or isinstance(since, date):
        return since
    try:
        return Period.parse(since).start
    except ValueError:
        try:
            return date.fromisoformat(since)
        except ValueError:
            raise InputError.one(
                f"--since expects a period (2024, 2024-Q3, 2024-07) or a date YYYY-MM-DD, "
                f"got {since!r}"
            ) from None


def _period_start(label: str) -> date:
    try:
        return Period.parse(label).start
    except ValueError:
        return date.fromisoformat(label.split("..")[0])


__all__ = [
    "DETECTORS",
    "DetectContext",
    "DetectParams",
    "Detector",
    "check_kinds",
    "detect_series",
    "load_params",
    "rank",
    "run_detectors",
]
