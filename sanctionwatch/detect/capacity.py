"""Capacity mismatch: entries for a purpose against the related figures that bound it.

Study entries are compared with the number of students enrolled, admitted, or the quota
(``capacity.measures`` in params.yaml), national figures only, whose span lies within
``max_distance_days`` of the period. The baseline is the LARGEST such figure (the most
generous reading); the finding fires when entries reach ``min_count`` and at least ``ratio``
times that baseline. Lower bounds ("over 100 applications") bound nothing and are not used.
Quarters are judged only in years without an annual figure. Entries count crossings, not
persons, which the explanation says. Severity: the ratio, the size, and whether several
capacity figures agree.
"""

from __future__ import annotations

from sanctionwatch.detect.common import (
    PURPOSE_WORDS,
    DetectContext,
    country,
    evidence,
    make_finding,
    n,
    related_evidence,
    usable,
    value_words,
)
from sanctionwatch.model import Observation, Period, PeriodKind, Qualifier
from sanctionwatch.model.finding import Finding

_BOUNDING = (Qualifier.EXACT, Qualifier.APPROX, Qualifier.AT_MOST, Qualifier.LESS_THAN)


def _distance(a: Period, b: Period) -> int:
    """Days between two spans (0 when they overlap)."""
    if a.end < b.start:
        return (b.start - a.end).days
    if b.end < a.start:
        return (a.start - b.end).days
    return 0


def _measure_words(o: Observation) -> str:
    return o.measure.replace("_", " ")


def detect_capacity(ctx: DetectContext) -> list[Finding]:
    """Capacity mismatches for every wanted series whose purpose has capacity measures."""
    prm = ctx.params.capacity
    out: list[Finding] = []
    for key, series in ctx.series.items():
        origin, dest, purpose = key
        measures = prm.measures.get(purpose)
        if not measures or not ctx.wanted(key):
            continue
        caps = [
            o
            for o in ctx.related
            if o.origin == origin
            and o.destination == dest
            and o.measure in measures
            and o.region is None
            and o.count is not None
            and o.count > 0
            and o.qualifier in _BOUNDING
        ]
        if not caps:
            continue
        years = {
            v.period.start.year
            for v in series.values
            if v.period.kind == PeriodKind.YEAR and usable(v)
        }
        for v in series.values:
            if v.period.kind.value not in prm.period_kinds or not usable(v):
                continue
            if v.period.kind == PeriodKind.QUARTER and v.period.start.year in years:
                continue
            value = float(v.count or 0)
            if value < prm.min_count:
                continue
            near = [o for o in caps if _distance(o.period, v.period) <= prm.max_distance_days]
            if not near:
                continue
            near.sort(key=lambda o: (-(o.count or 0), o.period.start, o.measure, o.id))
            top = near[0]
            base = float(top.count or 0)
            r = value / base
            if r < prm.ratio:
                continue
            sev = prm.severity.score(r, value, 1.0 if len(near) > 1 else 0.5)
            others = [
                f"{'about ' if o.qualifier == Qualifier.APPROX else ''}{n(o.count)} "
                f"{_measure_words(o)} ({o.period.label})"
                for o in near[1:]
            ]
            approx = "about " if top.qualifier == Qualifier.APPROX else ""
            text = (
                f"{PURPOSE_WORDS.get(purpose, purpose)} entries from {country(origin)} ({origin}) "
                f"to "
                f"{country(dest)} ({dest}) in {v.period.label}: {value_words(v)}, "
                f"{r:.1f}× the largest "
                f"related figure within {prm.max_distance_days} days ({approx}{n(top.count)} "
                f"{_measure_words(top)}, {top.period.label})"
            )
            if others:
                text += "; other figures: " + ", ".join(others)
            text += (
                f". Entries count border crossings, not persons: it would take about {r:.0f} "
                f"crossings per {'student' if purpose == 'study' else 'person'} "
                "to account for them."
            )
            out.append(
                make_finding(
                    kind="capacity_mismatch",
                    subkind=None,
                    key=key,
                    period=v.period.label,
                    value=value,
                    baseline=base,
                    ratio_=r,
                    severity=sev,
                    explanation=text,
                    evidence_=[evidence(v), *(related_evidence(o) for o in near)],
                    params={**ctx.params.section("capacity"), "capacity_measure": top.measure},
                    detector="capacity",
                )
            )
    return out
