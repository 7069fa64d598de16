"""Derivation of single quarters from year-to-date releases and from a year minus other quarters.

Border statistics are released as cumulative periods (январь–март, январь–июнь, январь–
сентябрь, январь–декабрь). A quarter is the difference of two consecutive releases, or a
cumulative release minus the quarters it covers. Only exact inputs are used; a negative
difference or quarters that do not add up become data-quality warnings, never silent fixes.
A purpose absent from a release stays absent: nothing is derived for it from zero.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass

from sanctionwatch.flows.resolve import Candidate
from sanctionwatch.model import Observation, Period, PeriodKind, Qualifier
from sanctionwatch.model.flow import FlowValue


@dataclass(frozen=True, slots=True)
class _Known:
    count: int
    inputs: tuple[Observation, ...]
    derived: bool
    label: str

    @property
    def text(self) -> str:
        """How to name it in a method string ("2024-01..2024-09 (7,771)"); built only when used."""
        return f"{self.label} ({self.count:,}{', derived' if self.derived else ''})"


@functools.lru_cache(maxsize=4096)  # a few labels per year, asked for every series
def _cumulative_label(year: int, months: int) -> str:
    if months == 12:
        return f"{year}"
    if months == 3:
        return f"{year}-Q1"
    return f"{year}-01..{year}-{months:02d}"


@functools.lru_cache(maxsize=4096)
def _quarter_label(year: int, q: int) -> str:
    return f"{year}-Q{q}"


# One Period per derived quarter, shared by every series (a full store derives ~100,000).
_quarter_period = functools.lru_cache(maxsize=4096)(Period.quarter)


def derive(
    resolved: Mapping[Period, FlowValue],
) -> tuple[dict[Period, list[Candidate]], list[str]]:
    """Candidates for quarters that no exact published figure gives, and consistency warnings.

    ``resolved`` holds the published values of one series, keyed by period. When the series
    mixes the publisher's own tables with media retellings, the tables are differenced on
    their own as well: a quarter that only the media report is then also derived from the
    primary releases, and the resolution ranks the primary derivation above the retelling.
    """
    quarter = PeriodKind.QUARTER
    if all(p.kind == quarter for p in resolved):
        # Nothing to derive or check: every derivation and check needs a cumulative figure
        # beyond the first quarter (see _derive_from). A series of quarters is the usual case
        # for figures published quarter by quarter.
        return {}, []
    out, warnings = _derive_from(resolved)
    merged: dict[Period, list[Candidate]] = {p: [c] for p, c in out.items()}
    primary = {p: fv for p, fv in resolved.items() if _all_primary(fv.sources)}
    if primary and len(primary) < len(resolved):
        from_tables, more = _derive_from(primary)
        for period, cand in from_tables.items():
            known = merged.setdefault(period, [])
            if not any(c.count == cand.count and c.primary for c in known):
                known.append(cand)
        warnings.extend(w for w in more if w not in warnings)
    return merged, warnings


def _all_primary(sources: tuple[Observation, ...]) -> bool:
    if len(sources) == 1:  # the usual case: one table's figure
        return sources[0].provenance.primary
    return bool(sources) and all(s.provenance.primary for s in sources)


def _derive_from(
    resolved: Mapping[Period, FlowValue],
) -> tuple[dict[Period, Candidate], list[str]]:
    cumulative: dict[tuple[int, int], _Known] = {}  # (year, months) -> value of Jan..month
    quarters: dict[tuple[int, int], _Known] = {}  # (year, q) -> value
    exact, quarter_kind = Qualifier.EXACT, PeriodKind.QUARTER
    for period, fv in resolved.items():
        if fv.qualifier != exact or fv.count is None or fv.derived:
            continue
        y = period.start.year
        if period.kind == quarter_kind:
            q = (period.start.month - 1) // 3 + 1
            known = quarters[(y, q)] = _Known(fv.count, fv.sources, False, _quarter_label(y, q))
            if q == 1:
                cumulative[(y, 3)] = known
        elif period.end.month in (6, 9, 12) and period.is_cumulative():
            cumulative[(y, period.end.month)] = _Known(
                fv.count, fv.sources, False, _cumulative_label(y, period.end.month)
            )

    warnings: list[str] = []
    out: dict[Period, Candidate] = {}
    # Only a year with a cumulative figure beyond the first quarter (January-June, -September,
    # -December) can be checked or give a quarter: every check and derivation below needs one
    # (January-March is the first quarter itself). Years of quarters alone are skipped.
    years = sorted({y for y, m in cumulative if m != 3})
    for y in years:
        before = len(warnings)
        _check_additivity(y, cumulative, quarters, warnings)
        if len(warnings) == before:
            _check_published_quarters(y, cumulative, quarters, warnings)
        changed = True
        while changed:  # a derived quarter can enable the next one (Q2 from H1, then Q3 from 9M)
            changed = False
            for q in (1, 2, 3, 4):
                if (y, q) in quarters:
                    continue
                cand = _derive_quarter(y, q, cumulative, quarters, warnings)
                if cand is None:
                    continue
                period = _quarter_period(y, q)
                out[period] = cand
                quarters[(y, q)] = _Known(
                    cand.count or 0, cand.statements, True, _quarter_label(y, q)
                )
                changed = True
    return out, warnings


def _derive_quarter(
    y: int,
    q: int,
    cumulative: Mapping[tuple[int, int], _Known],
    quarters: Mapping[tuple[int, int], _Known],
    warnings: list[str],
) -> Candidate | None:
    # Q_q = C(end) - C(start) - sum(other quarters between), with C(0) = 0; try the
    # tightest bracket first so the fewest figures are combined.
    for end_q in range(q, 5):
        end = cumulative.get((y, 3 * end_q))
        if end is None:
            continue
        for start_q in range(q - 1, -1, -1):
            start = cumulative.get((y, 3 * start_q)) if start_q else None
            if start_q and start is None:
                continue
            minus: list[_Known] = [start] if start is not None else []
            for k in range(start_q + 1, end_q + 1):
                if k == q:
                    continue
                other = quarters.get((y, k))
                if other is None:
                    break
                minus.append(other)
            else:
                if not minus:
                    continue  # that is the cumulative figure itself, not a derivation
                return _difference(y, q, end, minus, warnings)
    return None


def _difference(
    y: int, q: int, end: _Known, minus: list[_Known], warnings: list[str]
) -> Candidate | None:
    """The quarter as ``end`` minus the figures in ``minus`` (an earlier cumulative release
    and/or the other quarters), or None with a warning when that is negative."""
    value = end.count
    for m in minus:
        value -= m.count
    method = f"{end.text} − " + " − ".join(m.text for m in minus)
    if value < 0:
        warnings.append(
            f"{y}-Q{q}: {method} = {value:,} is negative; the releases do not fit "
            "together, so no quarter was derived"
        )
        return None
    inputs = (
        end.inputs + minus[0].inputs
        if len(minus) == 1
        else end.inputs + tuple(s for m in minus for s in m.inputs)
    )
    return Candidate(value, Qualifier.EXACT, inputs, derived=True, method=method)


def _check_additivity(
    y: int,
    cumulative: Mapping[tuple[int, int], _Known],
    quarters: Mapping[tuple[int, int], _Known],
    warnings: list[str],
) -> None:
    """Published quarters must add up to the published cumulative figures of the same year."""
    for months in (6, 9, 12):
        c = cumulative.get((y, months))
        qs = [quarters.get((y, k)) for k in range(1, months // 3 + 1)]
        if c is None or any(x is None for x in qs):
            continue
        total = sum(x.count for x in qs if x is not None)
        if total != c.count:
            warnings.append(
                f"{_cumulative_label(y, months)}: published quarters sum to {total:,} but the "
                f"published figure is {c.count:,} (difference {c.count - total:+,})"
            )


def _check_published_quarters(
    y: int,
    cumulative: Mapping[tuple[int, int], _Known],
    quarters: Mapping[tuple[int, int], _Known],
    warnings: list[str],
) -> None:
    """A published quarter must equal what the cumulative releases give by difference
    (January-September minus January-June for the third quarter); the published figure
    stands, and the disagreement is reported."""
    # Q1 is not checked: deriving it takes the published Q2 (..Qn) away from a cumulative
    # figure, and those sums are what _check_additivity already compares.
    for q in (2, 3, 4):
        published = quarters.get((y, q))
        if published is None or published.derived:
            continue
        cand = _derive_quarter(y, q, cumulative, quarters, [])
        if cand is not None and cand.count != published.count:
            warnings.append(
                f"{y}-Q{q}: the published figure {published.count:,} differs from {cand.method} "
                f"= {cand.count:,} derived from the cumulative releases"
            )
