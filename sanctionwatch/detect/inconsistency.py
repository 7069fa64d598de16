"""Inconsistencies: published figures that cannot all be right.

- ``additivity``: published exact quarters that do not add up to the published year or
  year-to-date release of the same series, and cumulative releases that decrease.
- ``purposes_exceed_total``: the exact purposes of a period adding up to more than its
  exact total.
- ``retelling``: a statement the resolution did not choose and that is not compatible with
  the chosen figure (``Conflict.consistent`` is false). Where the conflicting number matches
  another purpose's figure of the same period it is explained as a mix-up of purposes (the
  study count quoted as the total); where it matches the same series in another period, as
  a misdated figure; where it is the leading digits of the chosen figure, as a truncation.
Only published (not derived) values are checked against each other: derived values are
built to fit. Severity: a base per kind plus the relative size of the disagreement.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TypeGuard

from sanctionwatch.detect.common import (
    PURPOSE_WORDS,
    DetectContext,
    SeriesKey,
    country,
    evidence,
    make_finding,
    n,
)
from sanctionwatch.flows import Series
from sanctionwatch.model import Observation, Period, PeriodKind, Qualifier
from sanctionwatch.model.finding import Evidence, Finding
from sanctionwatch.model.flow import FlowValue, source_ref


def detect_inconsistencies(ctx: DetectContext) -> list[Finding]:
    """Additivity, purposes above total, and disagreeing retellings in the wanted series."""
    out: list[Finding] = []
    pairs: dict[tuple[str, str], dict[str, Series]] = defaultdict(dict)
    for key, series in ctx.series.items():
        if not ctx.wanted(key):
            continue
        pairs[(key[0], key[1])][key[2]] = series
        out.extend(_additivity(ctx, key, series))
    for (origin, dest), by_purpose in pairs.items():
        maps = {p: ctx.index((origin, dest, p)).by_period for p in by_purpose}
        out.extend(_purposes_exceed(ctx, origin, dest, maps))
        for purpose, series in by_purpose.items():
            for v in series.values:
                if v.conflicts:
                    out.extend(_retellings(ctx, (origin, dest, purpose), v, maps))
    return out


def _exact_published(v: FlowValue | None) -> TypeGuard[FlowValue]:
    return (
        v is not None and v.count is not None and v.qualifier == Qualifier.EXACT and not v.derived
    )


def _what(key: SeriesKey) -> str:
    origin, dest, purpose = key
    return (
        f"{PURPOSE_WORDS.get(purpose, purpose).lower()} entries from {country(origin)} ({origin}) "
        f"to {country(dest)} ({dest})"
    )


def _additivity(ctx: DetectContext, key: SeriesKey, series: Series) -> list[Finding]:
    prm = ctx.params.inconsistency
    quarters: dict[tuple[int, int], FlowValue] = {}
    cumulative: dict[tuple[int, int], FlowValue] = {}
    for v in series.values:
        if not _exact_published(v):
            continue
        y, kind = v.period.start.year, v.period.kind
        if kind == PeriodKind.QUARTER:
            q = v.period.quarter_index or 0
            quarters[(y, q)] = v
            if q == 1:
                cumulative[(y, 3)] = v
        elif (
            kind in (PeriodKind.YEAR, PeriodKind.YTD)
            and v.period.is_cumulative()
            and v.period.end.month in (6, 9, 12)
        ):
            cumulative[(y, v.period.end.month)] = v
    out: list[Finding] = []
    if all(m == 3 for _, m in cumulative):
        return out
    for (y, months), c in sorted(cumulative.items()):
        k = months // 3
        qs = [quarters.get((y, i)) for i in range(1, k + 1)]
        if k >= 2 and all(q is not None for q in qs):
            parts = [q for q in qs if q is not None]
            total = sum(int(q.count or 0) for q in parts)
            diff = int(c.count or 0) - total
            if abs(diff) >= prm.min_abs_diff and diff != 0:
                rel = abs(diff) / max(1, int(c.count or 0))
                text = (
                    f"The published quarters of {y} for {_what(key)} add up to {n(total)} "
                    f"({' + '.join(n(q.count) for q in parts)}), but the published figure for "
                    f"{c.period.label} is {n(c.count)} (difference {diff:+,}, {rel:.1%}): "
                    "the releases "
                    "do not fit together exactly; neither figure is corrected."
                )
                out.append(
                    make_finding(
                        kind="inconsistency",
                        subkind="additivity",
                        key=key,
                        period=c.period.label,
                        value=float(c.count or 0),
                        baseline=float(total),
                        ratio_=None,
                        severity=_add_sev(ctx, rel),
                        explanation=text,
                        evidence_=[evidence(c), *(evidence(q) for q in parts)],
                        params=ctx.params.section("inconsistency"),
                        detector="inconsistency",
                        discriminator="sum",
                    )
                )
        earlier = [cumulative.get((y, m)) for m in range(3, months, 3)]
        prev = next((e for e in reversed(earlier) if e is not None), None)
        if prev is not None and (c.count or 0) < (prev.count or 0):
            diff = int(c.count or 0) - int(prev.count or 0)
            text = (
                f"The cumulative figure for {_what(key)} falls from {n(prev.count)} "
                f"({prev.period.label}) to {n(c.count)} ({c.period.label}); a year-to-date count "
                "cannot decrease, so one of the releases is wrong or revised."
            )
            out.append(
                make_finding(
                    kind="inconsistency",
                    subkind="additivity",
                    key=key,
                    period=c.period.label,
                    value=float(c.count or 0),
                    baseline=float(prev.count or 0),
                    ratio_=None,
                    severity=_add_sev(ctx, abs(diff) / max(1, int(prev.count or 0))) + 0.2,
                    explanation=text,
                    evidence_=[evidence(prev), evidence(c)],
                    params=ctx.params.section("inconsistency"),
                    detector="inconsistency",
                    discriminator="decrease",
                )
            )
    return out


def _add_sev(ctx: DetectContext, rel: float) -> float:
    s = ctx.params.inconsistency.severity
    return s.additivity_base + 0.4 * min(1.0, rel / s.additivity_full_rel)


def _purposes_exceed(
    ctx: DetectContext, origin: str, dest: str, by_purpose: dict[str, dict[Period, FlowValue]]
) -> list[Finding]:
    total = by_purpose.get("total")
    if total is None:
        return []
    out: list[Finding] = []
    for t in total.values():
        if not _exact_published(t):
            continue
        items = [
            x
            for p, s in sorted(by_purpose.items())
            if p != "total"
            for x in [s.get(t.period)]
            if _exact_published(x)
        ]
        if not items:
            continue
        sums = sum(int(x.count or 0) for x in items)
        if sums <= int(t.count or 0):
            continue
        excess = sums - int(t.count or 0)
        text = (
            f"For entries from {country(origin)} ({origin}) to {country(dest)} ({dest}) in "
            f"{t.period.label}, the published purposes add up to {n(sums)} ("
            + ", ".join(f"{x.purpose} {n(x.count)}" for x in items)
            + f"), {n(excess)} more than the published total of {n(t.count)}."
        )
        s = ctx.params.inconsistency.severity
        out.append(
            make_finding(
                kind="inconsistency",
                subkind="purposes_exceed_total",
                key=(origin, dest, "total"),
                period=t.period.label,
                value=float(sums),
                baseline=float(t.count or 0),
                ratio_=sums / t.count if t.count else None,
                severity=s.purposes_exceed_base
                + 0.4 * min(1.0, excess / max(1, int(t.count or 0))),
                explanation=text,
                evidence_=[evidence(t), *(evidence(x) for x in items)],
                params=ctx.params.section("inconsistency"),
                detector="inconsistency",
            )
        )
    return out


def _matches(value: int, qualifier: Qualifier, reference: int, tol: float) -> bool:
    if qualifier == Qualifier.EXACT:
        return value == reference
    if qualifier == Qualifier.APPROX:
        return abs(reference - value) <= tol * max(value, 1)
    return False


def _statement_evidence(o: Observation) -> Evidence:
    return Evidence(
        period=o.period.label,
        purpose=o.purpose,
        count=o.count,
        qualifier=o.qualifier.value,
        derived=False,
        measure=o.measure,
        sources=(source_ref(o),),
    )


def _explain_conflict(
    ctx: DetectContext,
    key: SeriesKey,
    v: FlowValue,
    o: Observation,
    by_purpose: dict[str, dict[Period, FlowValue]],
) -> tuple[str, list[Evidence], str]:
    """Why the retold number differs, when the other figures say so: (text, evidence, cause)."""
    tol = ctx.params.inconsistency.mixup_tolerance
    count = int(o.count or 0)
    purpose = key[2]
    for p, s in sorted(by_purpose.items()):
        if p == purpose:
            continue
        other = s.get(v.period)
        if other is None or other.count is None or count < 1:
            continue
        if _matches(count, o.qualifier, other.count, tol):
            if purpose == "total":
                why = (
                    f" It matches the {p} figure for {v.period.label} ({n(other.count)}): "
                    "the retelling "
                    f"appears to quote the {p} count as the total."
                )
            else:
                why = (
                    f" It matches the {p} figure for {v.period.label} ({n(other.count)}): "
                    "the retelling "
                    f"appears to have put the {p} count under {purpose} (purposes transposed)."
                )
            return why, [evidence(other)], "purpose_mixup"
    series = by_purpose.get(purpose)
    if series is not None and count >= 10:
        for other in series.values():
            if (
                other.period == v.period
                or other.period.kind != v.period.kind
                or other.count is None
            ):
                continue
            if _matches(count, o.qualifier, other.count, tol):
                why = (
                    f" It matches the figure for {other.period.label} ({n(other.count)}): "
                    "the retelling "
                    "appears to give it under the wrong period."
                )
                return why, [evidence(other)], "period_mixup"
    chosen = str(v.count or "")
    if (
        o.qualifier == Qualifier.EXACT
        and count >= 1
        and len(chosen) - len(str(count)) >= 2
        and chosen.startswith(str(count))
    ):
        why = (
            f" {n(count)} is the leading digits of {n(v.count)}: a truncated or garbled number "
            "in the retelling."
        )
        return why, [], "truncated"
    return "", [], "unexplained"


def _retellings(
    ctx: DetectContext, key: SeriesKey, v: FlowValue, by_purpose: dict[str, dict[Period, FlowValue]]
) -> list[Finding]:
    bad = [c for c in v.conflicts if not c.consistent]
    if not bad or v.count is None:
        return []
    groups: dict[tuple[int | None, str], list[Observation]] = defaultdict(list)
    for c in bad:
        groups[(c.statement.count, c.statement.qualifier.value)].append(c.statement)
    s = ctx.params.inconsistency.severity
    out: list[Finding] = []
    chosen_by = ", ".join(sorted({o.provenance.outlet for o in v.sources})[:3]) or "a derivation"
    for (count, qual), stmts in sorted(groups.items(), key=lambda kv: (kv[0][0] or -1, kv[0][1])):
        if count is None:
            continue
        o = stmts[0]
        who = "; ".join(
            f"{st.provenance.outlet}"
            + (f" ({st.provenance.published})" if st.provenance.published else "")
            for st in stmts
        )
        hedge = {
            "approx": "about ",
            "at_least": "at least ",
            "more_than": "more than ",
            "at_most": "at most ",
            "less_than": "less than ",
        }.get(qual, "")
        why, extra_ev, cause = _explain_conflict(ctx, key, v, o, by_purpose)
        derived = f" ({v.method}, derived)" if v.derived and v.method else ""
        text = (
            f"A retelling disagrees with the chosen figure for {_what(key)} in {v.period.label}: "
            f"{who} gives {hedge}{n(count)}, against {n(v.count)}{derived} from {chosen_by}." + why
        )
        rel = abs(count - v.count) / max(1, v.count)
        sev = s.retelling_base + 0.3 * min(1.0, rel / s.retelling_full_rel)
        if cause != "unexplained":
            sev -= 0.05  # explained mix-ups are less of a puzzle than unexplained disagreements
        out.append(
            make_finding(
                kind="inconsistency",
                subkind="retelling",
                key=key,
                period=v.period.label,
                value=float(count),
                baseline=float(v.count),
                ratio_=count / v.count if v.count else None,
                severity=sev,
                explanation=text,
                evidence_=[evidence(v), *(_statement_evidence(st) for st in stmts), *extra_ev],
                params={**ctx.params.section("inconsistency"), "cause": cause},
                detector="inconsistency",
                discriminator=(count, qual),
            )
        )
    return out
