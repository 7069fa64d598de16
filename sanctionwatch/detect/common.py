"""What every detector shares: the input context, series views, evidence and number wording."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from sanctionwatch.detect.params import DetectParams
from sanctionwatch.flows import Series
from sanctionwatch.model import Observation, Period, PeriodKind, Qualifier, stable_id
from sanctionwatch.model.finding import Evidence, Finding
from sanctionwatch.model.flow import FlowValue, source_ref

SeriesKey = tuple[str, str, str]  # (origin, destination, purpose)

# Values a detector may compare: a number the source states as such, exactly or roughly.
USABLE = (Qualifier.EXACT, Qualifier.APPROX)

_COUNTRY_NAMES = {"KP": "DPRK", "RU": "Russia", "CN": "China", "KR": "South Korea"}

PURPOSE_WORDS = {
    "total": "Total",
    "study": "Study",
    "work": "Work",
    "business": "Business",
    "tourism": "Tourism",
    "private": "Private",
    "transit": "Transit",
    "official": "Official",
    "service_personnel": "Service-personnel",
    "permanent_residence": "Permanent-residence",
    "troops": "Troops",
    "other": "Other-purpose",
}


@dataclass(frozen=True)
class DetectContext:
    """Everything a detector may look at: resolved series, related figures, parameters.

    ``published`` maps (destination, purpose, period) to the origins with a value there, for
    telling a withheld row from a period that nobody has published yet.
    """

    series: Mapping[SeriesKey, Series]
    related: Sequence[Observation]
    params: DetectParams
    published: Mapping[tuple[str, str, Period], frozenset[str]] = field(default_factory=dict)
    origins: frozenset[str] | None = None  # report findings only for these origins (None: all)
    _index: dict[SeriesKey, SeriesIndex] = field(default_factory=dict, repr=False, compare=False)

    def wanted(self, key: SeriesKey) -> bool:
        return self.origins is None or key[0] in self.origins

    def index(self, key: SeriesKey) -> SeriesIndex:
        """The series by period and by ordinal, built once per run and shared by detectors."""
        ix = self._index.get(key)
        if ix is None:
            ix = self._index[key] = SeriesIndex.build(self.series[key])
        return ix


# Enum members looked up once: attribute access on an Enum class is slow in hot loops.
_QUARTER, _YEAR = PeriodKind.QUARTER, PeriodKind.YEAR
_EXACT, _APPROX = Qualifier.EXACT, Qualifier.APPROX


def ordinal(period: Period) -> int:
    """Consecutive integers for consecutive periods of one kind (quarters: year*4 + q - 1)."""
    if period.kind is _QUARTER:
        return period.start.year * 4 + (period.start.month - 1) // 3
    return period.start.year


class SeriesIndex:
    """Fast lookups into one series: usable values by ordinal, every value by period."""

    __slots__ = ("_by_period", "quarters", "series", "usable_q", "usable_y", "years")

    def __init__(self, series: Series) -> None:
        self.series = series
        self._by_period: dict[Period, FlowValue] | None = None
        qs: list[FlowValue] = []
        ys: list[FlowValue] = []
        uq: dict[int, FlowValue] = {}
        uy: dict[int, FlowValue] = {}
        for v in series.values:
            per = v.period
            k = per.kind
            if k is _QUARTER:
                qs.append(v)
                if v.count is not None and (v.qualifier is _EXACT or v.qualifier is _APPROX):
                    start = per.start
                    uq[start.year * 4 + (start.month - 1) // 3] = v
            elif k is _YEAR:
                ys.append(v)
                if v.count is not None and (v.qualifier is _EXACT or v.qualifier is _APPROX):
                    uy[per.start.year] = v
        self.quarters, self.years, self.usable_q, self.usable_y = qs, ys, uq, uy

    @classmethod
    def build(cls, series: Series) -> SeriesIndex:
        return cls(series)

    @property
    def by_period(self) -> dict[Period, FlowValue]:
        if self._by_period is None:
            self._by_period = {v.period: v for v in self.series.values}
        return self._by_period

    def of_kind(self, kind: PeriodKind) -> tuple[list[FlowValue], dict[int, FlowValue]]:
        if kind is _QUARTER:
            return self.quarters, self.usable_q
        return self.years, self.usable_y


def published_index(
    series: Mapping[SeriesKey, Series],
) -> dict[tuple[str, str, Period], frozenset[str]]:
    """Which origins have a (non-withheld) value, per destination, purpose and period."""
    acc: dict[tuple[str, str, Period], set[str]] = {}
    for (origin, dest, purpose), s in series.items():
        for v in s.values:
            if v.count is not None:
                acc.setdefault((dest, purpose, v.period), set()).add(origin)
    return {k: frozenset(v) for k, v in acc.items()}


def usable(v: FlowValue | None) -> TypeGuard[FlowValue]:
    return v is not None and v.count is not None and v.qualifier in USABLE


def by_period(series: Series, kind: PeriodKind) -> dict[Period, FlowValue]:
    return {v.period: v for v in series.values if v.period.kind == kind}


def previous(period: Period) -> Period:
    if period.kind == PeriodKind.QUARTER:
        y, q = period.start.year, period.quarter_index or 1
        return Period.quarter(y - 1, 4) if q == 1 else Period.quarter(y, q - 1)
    if period.kind == PeriodKind.YEAR:
        return Period.year(period.start.year - 1)
    raise ValueError(f"no previous period for {period.label}")


def year_before(period: Period) -> Period:
    if period.kind == PeriodKind.QUARTER:
        return Period.quarter(period.start.year - 1, period.quarter_index or 1)
    return Period.year(period.start.year - 1)


def steps_back(period: Period, n: int) -> list[Period]:
    """The ``n`` periods of the same kind before ``period``, nearest first."""
    out, p = [], period
    for _ in range(n):
        p = previous(p)
        out.append(p)
    return out


# Evidence of one value, built once per run: the same value backs many findings (records,
# trailing baselines). Keyed by identity, holding the value so its id cannot be reused;
# ``clear_evidence_cache`` empties it at the end of a run.
_EVIDENCE: dict[int, tuple[FlowValue, Evidence]] = {}


def clear_evidence_cache() -> None:
    _EVIDENCE.clear()


def evidence(v: FlowValue) -> Evidence:
    hit = _EVIDENCE.get(id(v))
    if hit is not None and hit[0] is v:
        return hit[1]
    e = _evidence(v)
    _EVIDENCE[id(v)] = (v, e)
    return e


def _evidence(v: FlowValue) -> Evidence:
    return Evidence(
        period=v.period.label,
        purpose=v.purpose,
        count=v.count,
        qualifier=v.qualifier.value,
        derived=v.derived,
        sources=tuple(source_ref(o) for o in v.sources),
    )


def related_evidence(o: Observation) -> Evidence:
    return Evidence(
        period=o.period.label,
        purpose=o.purpose,
        count=o.count,
        qualifier=o.qualifier.value,
        derived=False,
        measure=o.measure,
        sources=(source_ref(o),),
    )


@functools.cache
def country(code: str) -> str:
    """A short English name for explanations (the code itself when unknown)."""
    if code in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[code]
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return str(getattr(c, "common_name", None) or c.name)


def n(x: float | int | None) -> str:
    """A count as analysts write it: 13,221."""
    if x is None:
        return "unknown"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.1f}"


def times(r: float | None) -> str:
    return "∞" if r is None else f"{r:.1f}×"


def value_words(v: FlowValue) -> str:
    """The value with its hedges: '~5,500', '5,450 (derived)'."""
    s = n(v.count)
    if v.qualifier == Qualifier.APPROX:
        s = "about " + s
    if v.derived:
        s += ", derived"
    return s


def ratio(value: float, base: float, floor: float) -> float | None:
    """value / base, or None when the base is zero (no finite ratio)."""
    if base <= 0:
        return None if value > 0 else 1.0
    return value / max(base, floor)


def rounded(r: float | None, places: int = 1) -> float | None:
    """A ratio as reported: one decimal, or three below 1 so a fall keeps its size (0.054)."""
    if r is None:
        return None
    return round(r, places if r >= 1 else places + 2)


def make_finding(
    *,
    kind: str,
    subkind: str | None,
    key: SeriesKey,
    period: str,
    value: float | None,
    baseline: float | None,
    ratio_: float | None,
    severity: float,
    explanation: str,
    evidence_: Iterable[Evidence],
    params: dict[str, Any],
    detector: str,
    discriminator: object = None,
) -> Finding:
    origin, dest, purpose = key
    fid = stable_id(kind, subkind, origin, dest, purpose, period, discriminator, prefix="f-")
    ev: list[Evidence] = []
    seen: set[tuple[str, str, str, int | None]] = set()
    for e in evidence_:
        k = (e.period, e.purpose, e.measure, e.count)
        if k not in seen:
            seen.add(k)
            ev.append(e)
    return Finding(
        kind=kind,
        origin=origin,
        destination=dest,
        purpose=purpose,
        period=period,
        value=value,
        baseline=baseline,
        ratio=rounded(ratio_),
        severity=round(min(1.0, max(0.0, severity)), 3),
        explanation=explanation,
        evidence=tuple(ev),
        params=params,
        detector=detector,
        subkind=subkind,
        id=fid,
    )


def median(xs: Sequence[float]) -> float:
    s = sorted(xs)
    m = len(s) // 2
    return float(s[m]) if len(s) % 2 else (s[m - 1] + s[m]) / 2
