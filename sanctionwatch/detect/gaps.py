"""Reporting gaps: a series the publisher stops filling.

Two kinds, both findings in themselves:
- ``withheld``: the publisher left the cell blank (a ``withheld`` value) — one finding per
  series, from the first withheld period, naming every withheld period and the last figure
  published before it.
- ``missing``: a quarter (or year) that at least ``min_other_origins`` other origins into the
  same destination have for the same purpose, while this series — which had a value in one
  of the ``lookback`` periods before — has nothing. Consecutive missing periods make one
  finding. A period nobody has published yet (the latest quarter, not yet released) is not a
  gap, so it stays silent.
Severity: a base for the kind, plus ``per_period`` for each period missing, plus a bonus for
origins under a restricted-purpose regime (see params.yaml).
"""

from __future__ import annotations

from sanctionwatch.detect.common import (
    PURPOSE_WORDS,
    DetectContext,
    SeriesKey,
    country,
    evidence,
    make_finding,
    n,
    previous,
    usable,
)
from sanctionwatch.flows import Series
from sanctionwatch.model import Period, PeriodKind
from sanctionwatch.model.finding import Evidence, Finding
from sanctionwatch.model.flow import FlowValue


def detect_gaps(ctx: DetectContext) -> list[Finding]:
    """Withheld and missing periods in every wanted series."""
    by_dest_purpose: dict[tuple[str, str], dict[Period, frozenset[str]]] = {}
    for (dest, purpose, period), origins in ctx.published.items():
        by_dest_purpose.setdefault((dest, purpose), {})[period] = origins
    out: list[Finding] = []
    for key, series in ctx.series.items():
        if not ctx.wanted(key):
            continue
        f = _withheld(ctx, key, series)
        if f is not None:
            out.append(f)
        out.extend(_missing(ctx, key, series, by_dest_purpose.get((key[1], key[2]), {})))
    return out


def _severity(ctx: DetectContext, origin: str, base: float, periods: int) -> float:
    s = ctx.params.gaps.severity
    bonus = s.restricted_origin_bonus if ctx.params.restricted_for(origin) else 0.0
    return min(1.0, base + s.per_period * periods + bonus)


def _last_published_before(series: Series, period: Period) -> FlowValue | None:
    before = [v for v in series.values if usable(v) and v.period.end < period.start]
    if not before:
        return None
    return max(before, key=lambda v: (v.period.end, -(v.period.end - v.period.start).days))


def _what(key: SeriesKey) -> str:
    origin, dest, purpose = key
    return (
        f"{PURPOSE_WORDS.get(purpose, purpose).lower()} entries from {country(origin)} ({origin}) "
        f"to {country(dest)} ({dest})"
    )


def _withheld(ctx: DetectContext, key: SeriesKey, series: Series) -> Finding | None:
    blanks = [v for v in series.values if v.count is None]
    if not blanks:
        return None
    # by end: a withheld year whose first quarter was published is blank from its second
    blanks.sort(key=lambda v: (v.period.end, v.period.start))
    first = blanks[0]
    last = _last_published_before(series, first.period)
    others = ctx.published.get((key[1], key[2], first.period), frozenset()) - {key[0]}
    labels = [v.period.label for v in blanks]
    who = sorted({s.provenance.outlet for v in blanks for s in v.sources})
    text = (
        f"The publisher left {_what(key)} blank from {first.period.label} "
        f"(withheld: {', '.join(labels)}; reported by {', '.join(who)})"
    )
    if last is not None:
        text += f"; the last published figure is {n(last.count)} for {last.period.label}"
    if others:
        text += f"; {len(others)} other origin(s) have a figure for {first.period.label}"
    text += ". The missing figures are unknown, not zero."
    ev: list[Evidence] = [evidence(v) for v in blanks]
    if last is not None:
        ev.insert(0, evidence(last))
    return make_finding(
        kind="reporting_gap",
        subkind="withheld",
        key=key,
        period=first.period.label,
        value=None,
        baseline=float(last.count) if last is not None and last.count is not None else None,
        ratio_=None,
        severity=_severity(ctx, key[0], ctx.params.gaps.severity.base_withheld, len(blanks)),
        explanation=text,
        evidence_=ev,
        params={**ctx.params.section("gaps"), "withheld_periods": labels},
        detector="gaps",
    )


def _missing(
    ctx: DetectContext, key: SeriesKey, series: Series, published: dict[Period, frozenset[str]]
) -> list[Finding]:
    prm = ctx.params.gaps
    mine = {v.period for v in series.values}
    have = {v.period for v in series.values if v.count is not None}
    out: list[Finding] = []
    for kind in (PeriodKind.QUARTER, PeriodKind.YEAR):
        candidates = sorted(
            p
            for p, origins in published.items()
            if p.kind == kind and p not in mine and len(origins - {key[0]}) >= prm.min_other_origins
        )
        runs: list[list[Period]] = []
        for p in candidates:
            if runs and previous(p) == runs[-1][-1]:
                runs[-1].append(p)
                continue
            back, q = [], p
            for _ in range(prm.lookback):
                q = previous(q)
                back.append(q)
            if any(b in have for b in back):
                runs.append([p])
        for run in runs:
            last = _last_published_before(series, run[0])
            labels = [p.label for p in run]
            n_others = min(len(published[p] - {key[0]}) for p in run)
            text = (
                f"No figure for {_what(key)} in {', '.join(labels)}, although at least {n_others} "
                f"other origins into {country(key[1])} have one for "
                f"{'that period' if len(run) == 1 else 'those periods'}"
            )
            if last is not None:
                text += f"; the last published figure is {n(last.count)} for {last.period.label}"
            text += ". The missing figures are unknown, not zero."
            out.append(
                make_finding(
                    kind="reporting_gap",
                    subkind="missing",
                    key=key,
                    period=run[0].label,
                    value=None,
                    baseline=float(last.count)
                    if last is not None and last.count is not None
                    else None,
                    ratio_=None,
                    severity=_severity(ctx, key[0], prm.severity.base_missing, len(run)),
                    explanation=text,
                    evidence_=[evidence(last)] if last is not None else [],
                    params={
                        **ctx.params.section("gaps"),
                        "missing_periods": labels,
                        "other_origins": n_others,
                    },
                    detector="gaps",
                    discriminator=kind.value,
                )
            )
    return out
