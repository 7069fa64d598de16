"""Surge and collapse: a value far above or below its own history.

Each value (quarter or year, exact or approximate) is compared with
- the previous period,
- the same quarter a year earlier (for quarters), and
- the median of the trailing window of the same kind, where enough of it is known.
A surge needs the value to reach ``min_count`` and to be at least ``ratio`` times, and
``min_delta`` entries above, each of the previous period and the year-earlier quarter that
are known; the year-earlier comparison is what keeps a steady seasonal series quiet. Without
a year-earlier value the trailing median (where there is one) must agree as well. A collapse
is the mirror image, with ``min_count`` applying to the baseline (a fall from 5,450 to 295
counts; 3 to 0 does not).
Severity: magnitude of the reported ratio, size of the larger side, and the share of the
available comparisons that agree (see params.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass

from sanctionwatch.detect.common import (
    PURPOSE_WORDS,
    DetectContext,
    by_period,
    country,
    evidence,
    make_finding,
    median,
    n,
    previous,
    steps_back,
    times,
    usable,
    value_words,
    year_before,
)
from sanctionwatch.model import Period, PeriodKind
from sanctionwatch.model.finding import Finding
from sanctionwatch.model.flow import FlowValue


@dataclass(frozen=True, slots=True)
class _Comparison:
    label: str  # "the previous quarter"
    base: float
    values: tuple[FlowValue, ...]
    base_words: str


def detect_surges(ctx: DetectContext) -> list[Finding]:
    """Surges and collapses in every wanted series (see the module docstring for the rule)."""
    p = ctx.params.surge
    out: list[Finding] = []
    for key, series in ctx.series.items():
        if not ctx.wanted(key):
            continue
        restricted = key[2] in ctx.params.restricted_for(key[0])
        for kind_name in p.period_kinds:
            kind = PeriodKind(kind_name)
            vals = by_period(series, kind)
            for period in sorted(vals):
                v = vals[period]
                if not usable(v):
                    continue
                f = _judge(ctx, key, v, vals, kind, restricted)
                if f is not None:
                    out.append(f)
    return out


def _judge(
    ctx: DetectContext,
    key: tuple[str, str, str],
    v: FlowValue,
    vals: dict[Period, FlowValue],
    kind: PeriodKind,
    restricted: bool,
) -> Finding | None:
    p = ctx.params.surge
    unit = "quarter" if kind == PeriodKind.QUARTER else "year"
    value = float(v.count or 0)
    comps: dict[str, _Comparison] = {}
    prev = vals.get(previous(v.period))
    if usable(prev):
        comps["prev"] = _Comparison(
            f"the previous {unit}", float(prev.count or 0), (prev,), value_words(prev)
        )
    if kind == PeriodKind.QUARTER:
        yoy = vals.get(year_before(v.period))
        if usable(yoy):
            comps["yoy"] = _Comparison(
                "the same quarter a year earlier", float(yoy.count or 0), (yoy,), value_words(yoy)
            )
    window = p.trailing_window if kind == PeriodKind.QUARTER else p.trailing_window_years
    trailing = [vals.get(q) for q in steps_back(v.period, window)]
    known = [t for t in trailing if usable(t)]
    if len(known) >= p.min_baseline_points:
        base = median([float(t.count or 0) for t in known])
        comps["trailing"] = _Comparison(
            f"the median of the {len(known)} known {unit}s in the {window} before",
            base,
            tuple(known),
            n(base),
        )
    if not comps:
        return None
    # Without a year-earlier value seasonality is unknown: the trailing median must agree too.
    decisive = [c for k, c in comps.items() if k in ("prev", "yoy")]
    if "yoy" not in comps and "trailing" in comps:
        decisive.append(comps["trailing"])

    def up(c: _Comparison) -> bool:
        return (
            value >= p.min_count
            and value >= p.ratio * max(c.base, p.baseline_floor)
            and value - c.base >= p.min_delta
        )

    def down(c: _Comparison) -> bool:
        return c.base >= p.min_count and value * p.ratio <= c.base and c.base - value >= p.min_delta

    for test, subkind in ((up, None), (down, "collapse")):
        if not all(test(c) for c in decisive):
            continue
        agree = sum(1 for c in comps.values() if test(c)) / len(comps)
        ref = comps.get("prev") or comps.get("yoy") or comps["trailing"]
        r = value / ref.base if ref.base > 0 else None
        larger = max(value, max(c.base for c in decisive))
        sev = p.severity.score(r, larger, agree)
        if restricted and subkind is None:
            sev += ctx.params.restricted_severity_bonus
        origin, dest, purpose = key
        head = (
            f"{PURPOSE_WORDS.get(purpose, purpose)} entries from {country(origin)} ({origin}) to "
            f"{country(dest)} ({dest}) in {v.period.label}: {value_words(v)}"
        )
        parts = []
        for c in comps.values():
            if subkind is None:
                rr = value / c.base if c.base > 0 else None
                parts.append(
                    f"{times(rr)} {c.label} ({c.base_words})"
                    if rr is not None
                    else f"up from 0 in {c.label}"
                )
            else:
                drop = (1 - value / c.base) * 100 if c.base > 0 else 0.0
                parts.append(f"down {drop:.1f}% from {c.label} ({c.base_words})")
        text = head + ", " + _join(parts) + "."
        if v.derived and v.method:
            text += f" The {v.period.label} value is derived: {v.method}."
        if restricted and subkind is None:
            text += (
                f" Entries for {purpose} are a restricted purpose for {country(origin)} nationals."
            )
        ev = [evidence(v)] + [evidence(x) for c in comps.values() for x in c.values]
        return make_finding(
            kind="surge",  # the contract's kind; a fall is told apart by subkind "collapse"
            subkind=subkind,
            key=key,
            period=v.period.label,
            value=value,
            baseline=ref.base,
            ratio_=r,
            severity=sev,
            explanation=text,
            evidence_=ev,
            params={
                **ctx.params.section("surge"),
                "comparisons": sorted(comps),
                "decisive": [k for k, c in comps.items() if c in decisive],
            },
            detector="surge",
        )
    return None


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
