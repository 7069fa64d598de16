"""Records: the highest (or lowest) value of a series, or of the newest quarter's quarter-of-year.

Per series and period kind, at most three records are stated, each over the whole available
history (re-run with ``as_of`` to see what was a record when a table came out):
- ``highest``: the largest value, if it beats every earlier known value by ``min_margin``
  (relative) with at least ``min_history`` of them;
- ``lowest``: the smallest value, when every earlier one was at least ``min_count``;
- ``highest_in_quarter``: the newest quarter against the same quarter of earlier years
  (``min_history_seasonal`` of them), when it is not the overall record already.
History is what was published: a record is stated "since at least" the first period with
data, and withheld periods are named. A lower bound ("over 6,000") could hide a higher
figure, so any in the history blocks a high record (an upper bound blocks a low one).
Severity: the margin over the old record, the size, and the length of the history.
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
_UPPER_BOUNDS = (Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.VAGUE)


def detect_records(ctx: DetectContext) -> list[Finding]:
    """Record highs and lows in every wanted series (see the module docstring for the rule)."""
    prm = ctx.params.record
    out: list[Finding] = []
    for key in ctx.series:
        if not ctx.wanted(key):
            continue
        ix = ctx.index(key)
        for kind_name in prm.period_kinds:
            kind = PeriodKind(kind_name)
            values, _ = ix.of_kind(kind)
            out.extend(_judge(ctx, key, values, kind))
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
    ctx: DetectContext, key: SeriesKey, values: list[FlowValue], kind: PeriodKind
) -> list[Finding]:
    prm = ctx.params.record
    known = [v for v in values if usable(v)]
    if len(known) <= min(prm.min_history, prm.min_history_seasonal):
        return []
    margin = 1 + prm.min_margin
    out: list[Finding] = []
    # the highest value of the whole available history (earliest of ties)
    pos = _argbest(values, high=True)
    top = values[pos]
    before = [h for h in values[:pos] if usable(h)]
    if (
        len(before) >= prm.min_history
        and (top.count or 0) >= prm.min_count
        and (top.count or 0) > margin * max(h.count or 0 for h in before)
        and not _blocked(values)
    ):
        out.append(_finding(ctx, key, top, values[:pos], before, kind, "highest"))
    # the lowest, when every earlier value was large
    pos = _argbest(values, high=False)
    low = values[pos]
    before = [h for h in values[:pos] if usable(h)]
    if (
        len(before) >= prm.min_history
        and all((h.count or 0) >= prm.min_count for h in before)
        and (low.count or 0) * margin < min(h.count or 0 for h in before)
        and not any(h.qualifier in _UPPER_BOUNDS for h in values[:pos])
    ):
        out.append(_finding(ctx, key, low, values[:pos], before, kind, "lowest"))
    # the newest quarter against the same quarter of earlier years
    latest = known[-1]
    if kind == PeriodKind.QUARTER and latest is not top:
        qi = latest.period.quarter_index
        pos = max(i for i, v in enumerate(values) if v is latest)
        hist = [h for h in values[:pos] if h.period.quarter_index == qi]
        same = [h for h in hist if usable(h)]
        if (
            len(same) >= prm.min_history_seasonal
            and (latest.count or 0) >= prm.min_count
            and (latest.count or 0) > margin * max(h.count or 0 for h in same)
            and not _blocked(hist)
        ):
            out.append(_finding(ctx, key, latest, hist, same, kind, "highest_in_quarter"))
    return out


def _argbest(values: list[FlowValue], high: bool) -> int:
    """Position of the largest (smallest) usable value, the earliest among ties."""
    best, pos = None, -1
    for i, v in enumerate(values):
        if not usable(v):
            continue
        c = v.count or 0
        if best is None or (c > best if high else c < best):
            best, pos = c, i
    return pos


def _finding(
    ctx: DetectContext,
    key: SeriesKey,
    v: FlowValue,
    history: list[FlowValue],
    pool: list[FlowValue],
    kind: PeriodKind,
    subkind: str,
) -> Finding:
    prm = ctx.params.record
    value = float(v.count or 0)
    unit = "quarter" if kind == PeriodKind.QUARTER else "year"
    origin, dest, purpose = key
    what = (
        f"{PURPOSE_WORDS.get(purpose, purpose)} entries from {country(origin)} ({origin}) "
        f"to {country(dest)} ({dest})"
    )
    qname = _ORDINAL.get(v.period.quarter_index or 0, "")
    if subkind == "highest_in_quarter":
        best = max(pool, key=lambda h: (h.count or 0, h.period))
        text = (
            f"{what} in {v.period.label}: {value_words(v)}, the highest {qname} quarter "
            f"{_span(history, unit)}; the previous highest {qname} quarter was "
            f"{value_words(best)} in {best.period.label} "
            f"({len(pool)} earlier {qname} quarters known)."
        )
    else:
        best = (max if subkind == "highest" else min)(pool, key=lambda h: (h.count or 0, h.period))
        text = (
            f"{what} in {v.period.label}: {value_words(v)}, the {subkind} {unit} "
            f"{_span(history, unit)}; the previous {subkind} was {value_words(best)} in "
            f"{best.period.label} ({len(pool)} earlier {unit}s known)."
        )
        if subkind == "highest" and kind == PeriodKind.QUARTER:
            text = text[:-1] + f", so also the highest {qname} quarter on record."
    base = float(best.count or 0)
    r = value / base if base > 0 else None
    years = v.period.start.year - history[0].period.start.year
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
            "history_start": history[0].period.label,
            "history_known": len(pool),
        },
        detector="record",
    )
