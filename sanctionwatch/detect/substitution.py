"""Purpose substitution: a restricted purpose stays near zero while a proxy purpose takes over.

For an origin whose nationals may not be employed abroad (``restricted_purposes`` in
params.yaml; KP -> work), a period is flagged when
1. the restricted purpose is at or near zero: published, or implied to be exactly 0 because
   the itemised purposes of that period add up exactly to the exact total (counts cannot be
   negative, so every purpose not itemised is 0). When neither holds, the restricted value
   is unknown and nothing is claimed;
2. a proxy purpose (study, business, service personnel, private) reaches ``min_count``,
   grows at least ``growth_factor`` times against the reference period, and its share of
   all entries rises by at least ``min_share_jump``.
The references are the previous period and, for quarters, the same quarter a year earlier:
the jump must hold against each that is published, so a lasting substitution is reported at
its onset, not every quarter after. When neither is published, the latest earlier period
with both figures is the reference, comparing averages per quarter.
Severity: growth, size, and the share gained (see params.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass

from sanctionwatch.detect.common import (
    PURPOSE_WORDS,
    DetectContext,
    SeriesKey,
    country,
    evidence,
    make_finding,
    n,
    previous,
    times,
    usable,
    year_before,
)
from sanctionwatch.flows import Series
from sanctionwatch.model import Period, PeriodKind, Qualifier
from sanctionwatch.model.finding import Evidence, Finding
from sanctionwatch.model.flow import FlowValue


@dataclass(frozen=True, slots=True)
class _Restricted:
    count: int
    words: str
    evidence: tuple[Evidence, ...]


def _quarters(p: Period) -> float:
    months = (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
    return months / 3


def detect_substitution(ctx: DetectContext) -> list[Finding]:
    """Purpose substitution for every wanted origin with restricted purposes."""
    prm = ctx.params.substitution
    out: list[Finding] = []
    pairs = sorted({(o, d) for (o, d, _) in ctx.series if ctx.wanted((o, d, "total"))})
    for origin, dest in pairs:
        restricted = ctx.params.restricted_for(origin)
        if not restricted:
            continue
        by_purpose = {p: s for (o, d, p), s in ctx.series.items() if o == origin and d == dest}
        total = by_purpose.get("total")
        if total is None:
            continue
        totals = {v.period: v for v in total.values}
        for proxy in ctx.params.proxy_purposes:
            series = by_purpose.get(proxy)
            if series is None:
                continue
            proxies = {v.period: v for v in series.values}
            for period in sorted(proxies):
                if period.kind.value not in prm.period_kinds:
                    continue
                f = _judge(
                    ctx, (origin, dest, proxy), period, proxies, totals, by_purpose, restricted
                )
                if f is not None:
                    out.append(f)
    return out


def _restricted_value(
    purpose: str, period: Period, total: FlowValue, by_purpose: dict[str, Series]
) -> _Restricted | None:
    s = by_purpose.get(purpose)
    v = s.get(period) if s else None
    if usable(v) and v is not None:
        return _Restricted(int(v.count or 0), f"{n(v.count)}", (evidence(v),))
    if total.qualifier != Qualifier.EXACT or total.count is None:
        return None
    items = [
        x
        for p, ser in by_purpose.items()
        if p != "total"
        for x in [ser.get(period)]
        if x is not None
    ]
    if any(x.count is None or x.qualifier != Qualifier.EXACT for x in items):
        return None
    if not items or sum(int(x.count or 0) for x in items) != total.count:
        return None
    return _Restricted(
        0,
        f"0 (implied: the {len(items)} itemised purposes add up exactly to the total "
        f"of {n(total.count)})",
        tuple(evidence(x) for x in items),
    )


def _references(
    period: Period, proxies: dict[Period, FlowValue], totals: dict[Period, FlowValue]
) -> list[tuple[FlowValue, FlowValue, bool]]:
    """(proxy, total, same_kind) for each comparison period, the one to report first."""
    candidates = [previous(period)]
    if period.kind == PeriodKind.QUARTER:
        candidates.append(year_before(period))
    refs = []
    for c in candidates:
        pv, tv = proxies.get(c), totals.get(c)
        if usable(pv) and usable(tv):
            refs.append((pv, tv, True))
    if refs:
        return refs
    earlier = [
        p
        for p in proxies
        if p.end < period.start
        and usable(proxies[p])
        and usable(totals.get(p))
        and p.kind in (PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.YTD)
    ]
    if not earlier:
        return []
    best = max(earlier, key=lambda p: (p.end, p.start))
    return [(proxies[best], totals[best], best.kind == period.kind)]


def _growth(value: float, period: Period, ref: tuple[FlowValue, FlowValue, bool]) -> float | None:
    rp, _, same_kind = ref
    if same_kind:
        rate, rate_ref = value, float(rp.count or 0)
    else:  # different spans: compare averages per quarter
        rate, rate_ref = value / _quarters(period), (rp.count or 0) / _quarters(rp.period)
    return rate / rate_ref if rate_ref > 0 else None


def _judge(
    ctx: DetectContext,
    key: SeriesKey,
    period: Period,
    proxies: dict[Period, FlowValue],
    totals: dict[Period, FlowValue],
    by_purpose: dict[str, Series],
    restricted: tuple[str, ...],
) -> Finding | None:
    prm = ctx.params.substitution
    v, total = proxies[period], totals.get(period)
    if not usable(v) or not usable(total) or total is None or not total.count:
        return None
    value = float(v.count or 0)
    if value < prm.min_count:
        return None
    rvals: dict[str, _Restricted] = {}
    for r in restricted:
        rv = _restricted_value(r, period, total, by_purpose)
        if rv is None:
            return None  # unknown stays unknown: no claim that it stayed near zero
        if rv.count > max(prm.near_zero_count, prm.near_zero_share * total.count):
            return None
        rvals[r] = rv
    refs = _references(period, proxies, totals)
    if not refs:
        return None
    share = value / total.count
    # the onset only: the jump must hold against every comparison period available
    for ref in refs:
        g = _growth(value, period, ref)
        if g is not None and g < prm.growth_factor:
            return None
        if share - (ref[0].count or 0) / (ref[1].count or 1) < prm.min_share_jump:
            return None
    rp, rt, same_kind = refs[0]
    share_ref = (rp.count or 0) / (rt.count or 1)
    growth = _growth(value, period, refs[0])
    origin, dest, proxy = key
    jump = share - share_ref
    sev = prm.severity.score(growth, value, jump / 0.5)
    rwords = "; ".join(f"{r} entries {rv.words}" for r, rv in rvals.items())
    basis = "" if same_kind else ", comparing averages per quarter"
    growth_words = (
        f"{times(growth)} {rp.period.label}"
        if growth is not None
        else f"up from 0 in {rp.period.label}"
    )
    text = (
        f"Purpose substitution, {country(origin)} ({origin}) to {country(dest)} ({dest}), "
        f"{period.label}: {rwords}, while {PURPOSE_WORDS.get(proxy, proxy).lower()} "
        "entries reached "
        f"{n(value)}, {share:.1%} of all {n(total.count)} entries, against {n(rp.count)} of "
        f"{n(rt.count)} ({share_ref:.1%}) in {rp.period.label} ({growth_words}{basis})"
        + "".join(
            f", and {n(p.count)} of {n(t.count)} ({(p.count or 0) / (t.count or 1):.1%}) in "
            f"{p.period.label}"
            for p, t, _ in refs[1:]
        )
        + ". "
        f"{', '.join(r.capitalize() for r in restricted)} is a restricted purpose for "
        f"{country(origin)} nationals."
    )
    ev = [
        evidence(v),
        evidence(total),
        *[e for rv in rvals.values() for e in rv.evidence],
        *[evidence(x) for ref in refs for x in ref[:2]],
    ]
    return make_finding(
        kind="purpose_substitution",
        subkind=None,
        key=key,
        period=period.label,
        value=value,
        baseline=float(rp.count or 0),
        ratio_=growth,
        severity=sev,
        explanation=text,
        evidence_=ev,
        params={
            **ctx.params.section("substitution"),
            "restricted": list(restricted),
            "share": round(share, 4),
            "share_before": round(share_ref, 4),
            "reference_period": rp.period.label,
            "per_quarter_basis": not same_kind,
        },
        detector="substitution",
    )
