"""Records: the highest (or lowest) value of a series, or of that quarter of the year, so far.

A value is a record when it beats every earlier known value of the same kind by
``min_margin`` (relative), with at least ``min_history`` of them (``min_history_seasonal``
for the same quarter of earlier years). History is what was published: a record is stated
"since at least" the first period with data, and the gaps are named. A lower bound in the
history below the new value ("over 6,000") could hide a higher figure, so it blocks the
claim; withheld periods are unknown and are named, not counted. A low record needs every
earlier value at or above ``min_count``. Severity: the margin over the old record, the size,
and the length of the history.
"""

from __future__ import annotations

from sanctionwatch.detect.common import (
    PURPOSE_WORDS,
    DetectContext,
    SeriesKey,
    country,
    evidence,
    make_finding,
    times,
    usable,
    value_words,
)
from sanctionwatch.model import PeriodKind, Qualifier
from sanctionwatch.model.finding import Finding
from sanctionwatch.model.flow import FlowValue

_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_LOWER_BOUNDS = (Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.VAGUE)


def detect_records(ctx: DetectContext) -> list[Finding]:
    """New highs and lows in every wanted series (see the module docstring for the rule)."""
    prm = ctx.params.record
    out: list[Finding] = []
    for key, series in ctx.series.items():
        if not ctx.wanted(key):
            continue
        for kind_name in prm.period_kinds:
            kind = PeriodKind(kind_name)
            vals = [v for v in series.values if v.period.kind == kind]
            for i, v in enumerate(vals):
                if not usable(v):
                    continue
                f = _judge(ctx, key, v, vals[:i], kind)
                if f is not None:
                    out.append(f)
    return out


def _blocked(history: list[FlowValue]) -> bool:
    """A lower bound in the history either beats the value or might: no record can be claimed."""
    return any(h.qualifier in _LOWER_BOUNDS for h in history)


def _span(history: list[FlowValue], unit: str) -> str:
    first = history[0].period.label
    text = f"since at least {first}, the first {unit} with a figure in this series"
    withheld = [h.period.label for h in history if h.count is None]
    if withheld:
        text += f" (not counting {len(withheld)} withheld: {', '.join(withheld)})"
    return text


def _judge(
    ctx: DetectContext, key: SeriesKey, v: FlowValue, history: list[FlowValue], kind: PeriodKind
) -> Finding | None:
    prm = ctx.params.record
    value = float(v.count or 0)
    unit = "quarter" if kind == PeriodKind.QUARTER else "year"
    known = [h for h in history if usable(h)]
    seasonal_hist = (
        [h for h in history if h.period.quarter_index == v.period.quarter_index]
        if kind == PeriodKind.QUARTER
        else []
    )
    seasonal_known = [h for h in seasonal_hist if usable(h)]
    margin = 1 + prm.min_margin
    high_all = (
        len(known) >= prm.min_history
        and value >= prm.min_count
        and value > margin * max(float(h.count or 0) for h in known)
        and not _blocked(history)
    )
    high_q = (
        len(seasonal_known) >= prm.min_history_seasonal
        and value >= prm.min_count
        and value > margin * max(float(h.count or 0) for h in seasonal_known)
        and not _blocked(seasonal_hist)
    )
    low_all = (
        len(known) >= prm.min_history
        and all((h.count or 0) >= prm.min_count for h in known)
        and value * margin < min(float(h.count or 0) for h in known)
        and not any(
            h.qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.VAGUE)
            for h in history
        )
    )
    if not (high_all or high_q or low_all):
        return None
    origin, dest, purpose = key
    what = (
        f"{PURPOSE_WORDS.get(purpose, purpose)} entries from {country(origin)} ({origin}) "
        f"to {country(dest)} ({dest})"
    )
    qname = _ORDINAL.get(v.period.quarter_index or 0, "")
    if high_all or low_all:
        pool = known
        best = (max if high_all else min)(pool, key=lambda h: (h.count or 0, h.period))
        subkind = "highest" if high_all else "lowest"
        extreme = "highest" if high_all else "lowest"
        text = (
            f"{what} in {v.period.label}: {value_words(v)}, the {extreme} {unit} "
            f"{_span(history, unit)}; the previous {extreme} was {value_words(best)} in "
            f"{best.period.label} ({len(known)} earlier {unit}s known)."
        )
        if high_all and high_q:
            text = text[:-1] + f", and the highest {qname} quarter on record."
        hist_for_years = history
    else:
        pool = seasonal_known
        best = max(pool, key=lambda h: (h.count or 0, h.period))
        subkind = "highest_in_quarter"
        text = (
            f"{what} in {v.period.label}: {value_words(v)}, the highest {qname} quarter "
            f"{_span(seasonal_hist, unit)}; the previous highest {qname} quarter was "
            f"{value_words(best)} in {best.period.label} "
            f"({len(seasonal_known)} earlier {qname} quarters known)."
        )
        hist_for_years = seasonal_hist
    base = float(best.count or 0)
    r = value / base if base > 0 else None
    years = v.period.start.year - hist_for_years[0].period.start.year
    sev = prm.severity.score(r, max(value, base), years / 10)
    if r is not None:
        text += f" That is {times(r)} the previous record."
    return make_finding(
        kind="record",
        subkind=subkind,
        key=key,
        period=v.period.label,
        value=value,
        baseline=base,
        ratio_=r,
        severity=sev,
        explanation=text,
        evidence_=[evidence(v), *(evidence(h) for h in pool)],
        params={
            **ctx.params.section("record"),
            "history_start": hist_for_years[0].period.label,
            "history_known": len(pool),
        },
        detector="record",
    )
