"""Surge and collapse: a value far above or below its own history.

Each value (quarter or year, exact or approximate) is compared with
- the previous period,
- the same quarter a year earlier (for quarters), and
- the median of the trailing window of the same kind, where enough of it is known.
A surge needs the value to reach ``min_count`` and to be at least ``ratio`` times, and
``min_delta`` entries above, each of the previous period and the year-earlier quarter that
are known; the year-earlier comparison is what keeps a steady seasonal series quiet. Without
a year-earlier value the trailing median must agree as well, and for a quarter without either
nothing is said (one neighbouring quarter says nothing about the season). A collapse
is the mirror image, with ``min_count`` applying to the baseline (a fall from 5,450 to 295
counts; 3 to 0 does not).
Severity: magnitude of the reported ratio, size of the larger side, and the share of the
available comparisons that agree (see params.yaml).
"""

from __future__ import annotations

import itertools
import math
import warnings
from dataclasses import dataclass

import numpy as np

from sanctionwatch.detect.common import (
    PURPOSE_WORDS,
    DetectContext,
    country,
    evidence,
    make_finding,
    median,
    n,
    times,
    value_words,
)
from sanctionwatch.detect.params import SurgeParams
from sanctionwatch.model import PeriodKind
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
    keys = [k for k in ctx.series if ctx.wanted(k)]
    for kind_name in p.period_kinds:
        kind = PeriodKind(kind_name)
        tables = [ctx.index(k).of_kind(kind)[1] for k in keys]
        for row, i in _candidates(ctx, tables, kind):
            key = keys[row]
            restricted = key[2] in ctx.params.restricted_for(key[0])
            f = _judge(ctx, key, i, tables[row], kind, restricted)
            if f is not None:
                out.append(f)
    return out


def _candidates(
    ctx: DetectContext, tables: list[dict[int, FlowValue]], kind: PeriodKind
) -> list[tuple[int, int]]:
    """(series row, ordinal) of every value that passes the surge or collapse test.

    The same rule as ``_judge``, on all series at once with numpy, so that the per-value
    Python path (wording, evidence) runs only where a finding will be made.
    """
    p = ctx.params.surge
    filled = [t for t in tables if t]
    if not filled:
        return []
    lo = min(min(t) for t in filled)
    hi = max(max(t) for t in filled)
    quarterly = kind == PeriodKind.QUARTER
    window = p.trailing_window if quarterly else p.trailing_window_years
    pad = max(window, 4)
    x = np.full((len(tables), hi - lo + 1 + pad), np.nan)
    for r, t in enumerate(tables):
        for i, v in t.items():
            x[r, i - lo + pad] = float(v.count or 0)
    prev = x[:, pad - 1 : -1]
    yoy = x[:, pad - 4 : -4] if quarterly else np.full_like(prev, np.nan)
    wins = np.lib.stride_tricks.sliding_window_view(x[:, :-1], window, axis=1)[:, pad - window :]
    enough = np.sum(~np.isnan(wins), axis=2) >= p.min_baseline_points
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN windows: no baseline
        trailing = np.where(enough, np.nanmedian(wins, axis=2), np.nan)
    cur = x[:, pad:]
    with warnings.catch_warnings(), np.errstate(invalid="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        d = np.diff(np.log1p(wins), axis=2)
        med = np.nanmedian(d, axis=2, keepdims=True)
        mad = np.nanmedian(np.abs(d - med), axis=2)
    noisy = np.sum(~np.isnan(d), axis=2) >= p.min_noise_points
    thr = np.where(noisy, p.noise_z * 1.4826 * np.nan_to_num(mad), 0.0)
    trailing_decides = np.isnan(yoy) & ~np.isnan(trailing)
    bases = [(prev, ~np.isnan(prev)), (yoy, ~np.isnan(yoy)), (trailing, trailing_decides)]
    has_base = np.zeros(cur.shape, dtype=bool)
    up = ~np.isnan(cur) & (cur >= p.min_count)
    down = ~np.isnan(cur)
    with np.errstate(invalid="ignore"):
        for b, active in bases:
            has_base |= active
            beyond = np.abs(np.log1p(cur) - np.log1p(b)) >= thr
            up_b = (cur >= p.ratio * np.maximum(b, p.baseline_floor)) & (cur - b >= p.min_delta)
            down_b = (b >= p.min_count) & (cur * p.ratio <= b) & (b - cur >= p.min_delta)
            up_b &= beyond
            down_b &= beyond
            up &= ~active | up_b
            down &= ~active | down_b
    if quarterly:  # one neighbouring quarter is not a history (see _judge)
        has_base &= ~np.isnan(yoy) | ~np.isnan(trailing)
    rows, cols = np.nonzero(has_base & (up | down))
    return [(int(r), int(c) + lo) for r, c in zip(rows, cols, strict=True)]


def _judge(
    ctx: DetectContext,
    key: tuple[str, str, str],
    i: int,
    vals: dict[int, FlowValue],
    kind: PeriodKind,
    restricted: bool,
) -> Finding | None:
    p = ctx.params.surge
    v = vals[i]
    value = float(v.count or 0)
    quarterly = kind == PeriodKind.QUARTER
    prev = vals.get(i - 1)
    yoy = vals.get(i - 4) if quarterly else None
    window = p.trailing_window if quarterly else p.trailing_window_years
    known = [t for t in (vals.get(i - k) for k in range(1, window + 1)) if t is not None]
    trailing = (
        median([float(t.count or 0) for t in known])
        if len(known) >= p.min_baseline_points
        else None
    )
    # Without a year-earlier value seasonality is unknown: the trailing median must agree too.
    decisive = [float(x.count or 0) for x in (prev, yoy) if x is not None]
    if yoy is None and trailing is not None:
        decisive.append(trailing)
    if quarterly and yoy is None and trailing is None:
        return None  # one neighbouring quarter is not a history: seasonality is unknown
    if not decisive:
        return None

    thr = _noise_threshold([vals.get(i - k) for k in range(window, 0, -1)], p)

    def beyond(base: float) -> bool:
        return abs(math.log1p(value) - math.log1p(base)) >= thr

    def up(base: float) -> bool:
        return (
            value >= p.min_count
            and value >= p.ratio * max(base, p.baseline_floor)
            and value - base >= p.min_delta
            and beyond(base)
        )

    def down(base: float) -> bool:
        return (
            base >= p.min_count
            and value * p.ratio <= base
            and base - value >= p.min_delta
            and beyond(base)
        )

    test = up if all(up(b) for b in decisive) else down if all(down(b) for b in decisive) else None
    if test is None:
        return None
    subkind = None if test is up else "collapse"
    unit = "quarter" if quarterly else "year"
    comps: dict[str, _Comparison] = {}
    if prev is not None:
        comps["prev"] = _Comparison(
            f"the previous {unit}", float(prev.count or 0), (prev,), value_words(prev)
        )
    if yoy is not None:
        comps["yoy"] = _Comparison(
            "the same quarter a year earlier", float(yoy.count or 0), (yoy,), value_words(yoy)
        )
    if trailing is not None:
        comps["trailing"] = _Comparison(
            f"the median of the {len(known)} known {unit}s in the {window} before",
            trailing,
            tuple(known),
            n(trailing),
        )
    agree = sum(1 for c in comps.values() if test(c.base)) / len(comps)
    ref = comps.get("prev") or comps.get("yoy") or comps["trailing"]
    r = value / ref.base if ref.base > 0 else None
    larger = max(value, *decisive)
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
        text += f" {purpose.capitalize()} is a restricted purpose for {country(origin)} nationals."
    ev = [evidence(v)] + [evidence(x) for c in comps.values() for x in c.values]
    decisive_names: list[str] = [k for k in ("prev", "yoy") if k in comps]
    if "yoy" not in comps and "trailing" in comps:
        decisive_names.append("trailing")
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
            "decisive": decisive_names,
        },
        detector="surge",
    )


def _noise_threshold(window: list[FlowValue | None], p: SurgeParams) -> float:
    """How far (in log counts) a value must be from a baseline to stand out of this noise.

    noise_z x 1.4826 x MAD of the log1p differences between consecutive known values of the
    trailing window (the spread of a one-step change; level shifts barely move it), or 0 with
    fewer than ``min_noise_points`` differences.
    """
    logs = [None if v is None else math.log1p(float(v.count or 0)) for v in window]
    d = [b - a for a, b in itertools.pairwise(logs) if a is not None and b is not None]
    if len(d) < p.min_noise_points:
        return 0.0
    med = median(d)
    return p.noise_z * 1.4826 * median([abs(x - med) for x in d])


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
