"""Verification: a claim becomes a query on a :class:`Snapshot` and an explained verdict.

Rules, in the order they are applied (each named in the explanation of a verdict):

* **Scope.** The claim needs a period, and an origin and destination the store has figures for
  (a single missing side is assumed when the store has only one choice; the note says so).
  A missing purpose is read as ``total``. Money (``usd``) and uncountable units are out of scope.
* **Query.** The border-entry series of (origin, destination, purpose) is looked up by the exact
  span of the claimed period, so "2024-07..2024-09" is the quarter 2024-Q3 and "2024-01..2024-06"
  the half-year release. A span no single figure covers is summed from published/derived parts
  that tile it (a derived value, lower confidence). Students, workers, troops and visas fall back
  to the related figures of that measure (``claim_checks.yaml``: ``related_measures``); a pair
  with no border series uses related figures that count crossings (``X``, ``X_<purpose>``).
  A claim referring back ("of them") borrows the countries and period of the previous claim.
* **Tolerance** (see :mod:`sanctionwatch.claims.tolerance`): an exact figure allows the rounding of
  its written precision (at most ±10%); "about" ±10%; "nearly" 90–100% (a round figure may be
  over by its rounding, at most 2%); "-odd" the figure up to its next unit; bounds are bounds;
  "vague" cannot be checked.
* **Verdict.** Against an exact statistic: supported when it lies in the allowed range, else
  contradicted. Against an approximate one (read as ±10%): supported when its central value is
  in range, contradicted when the ranges do not meet, otherwise not_enough_data. Against a bound:
  supported when the bound lies wholly in range, contradicted when disjoint, else not_enough_data.
  A contradicted claim that matches a disagreeing report of equal standing (as precise, as
  many independent reporters) becomes not_enough_data: the sources themselves disagree.
* **Comparisons.** A ratio, percent change or difference is computed from two values (the
  baseline from the claim, else the previous period of the same kind; for quarters and months
  also the same period a year earlier, the reading used being named) and allows the rounding of
  the stated value ("twelvefold" is 11.5–12.5, so 13,221 / 1,117 = 11.8 is supported). A Chinese
  "增长N倍" may mean N or N+1 times; both readings are tried and the one used is named.
  "Record"/"rank" claims need every period in between to be known. Two estimates (both values
  approximate) can support a comparison but never contradict it: that is not_enough_data.
* **Confidence** (``observed.confidence``): high for an exact published figure given by two
  independent reporters or read from the publisher's table; medium for one reporter or a
  derivation from exact figures; low for approximate or bounded figures and disagreeing sources.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sanctionwatch.claims.snapshot import Fact, Snapshot
from sanctionwatch.claims.tolerance import (
    CheckConfig,
    Range,
    Tolerance,
    comparison_reading,
    fmt,
    hedge_of,
    load_config,
    observed_range,
    tolerance_for,
    value_precision,
    written_precision,
)
from sanctionwatch.model.claim import CheckedClaim, Claim
from sanctionwatch.model.period import Period, PeriodKind
from sanctionwatch.model.vocab import MEASURE_ENTRIES

__all__ = ["Snapshot", "check_claim", "check_claims"]

SUPPORTED, CONTRADICTED, NED = "supported", "contradicted", "not_enough_data"
_CONF_ORDER = {"high": 2, "medium": 1, "low": 0}


class _NoData(Exception):
    """The store cannot answer this claim; the message says why."""


@dataclass
class _Part:
    verdict: str
    text: str
    observed: dict[str, Any] | None
    tolerance: dict[str, Any] | None
    confidence: str
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Scope:
    origin: str
    destination: str
    purpose: str
    period: Period


# -- public API ---------------------------------------------------------------------------------


def check_claims(snapshot: Snapshot, claims: Iterable[Claim]) -> list[CheckedClaim]:
    """Check the claims of one or more documents, in order. A claim that refers back to the
    previous claim's people ("of them", "из них", "그중", "其中") and leaves its countries or
    period unsaid is checked with those of the previous claim of the same document."""
    cfg = load_config()
    out: list[CheckedClaim] = []
    prev: Claim | None = None
    for c in claims:
        context = _context_from(prev, c, cfg)
        out.append(check_claim(snapshot, c, context=context))
        prev = c
    return out


def _context_from(prev: Claim | None, c: Claim, cfg: CheckConfig) -> Claim | None:
    if prev is None or prev.doc != c.doc:
        return None
    if c.origin is not None and c.destination is not None and c.period is not None:
        return None
    same = prev.sentence_span == c.sentence_span
    following = 0 <= c.sentence_span[0] - prev.sentence_span[1] <= 3
    if not (same or following):
        return None
    before = c.sentence[: max(0, c.span[0] - c.sentence_span[0]) + 40]
    if not cfg.anaphora.search(before):
        return None
    return prev


def check_claim(snapshot: Snapshot, claim: Claim, context: Claim | None = None) -> CheckedClaim:
    """The verdict on one claim: supported, contradicted or not_enough_data, explained.

    ``context`` is an earlier claim the text refers back to; it fills the countries and
    period this claim leaves unsaid (the explanation says so)."""
    cfg = load_config()
    notes: list[str] = []
    original = claim
    if context is not None:
        claim, filled = _fill(claim, context)
        if filled:
            verb = "is" if filled == ["period"] else "are"
            notes.append(
                f"the {' and '.join(filled)} {verb} taken from the claim it refers back to "
                f'("{context.text or context.quantity}")'
            )
    try:
        scope = _scope(snapshot, claim, notes)
        parts: list[_Part] = []
        if claim.quantity is not None and claim.unit == "percent" and claim.comparison is None:
            parts.append(_check_share(snapshot, claim, scope, cfg))
        elif claim.quantity is not None:
            parts.append(_check_quantity(snapshot, claim, scope, cfg))
        if claim.comparison is not None:
            parts.append(_check_comparison(snapshot, claim, scope, cfg))
        if not parts:
            raise _NoData("the claim states neither a number nor a comparison")
    except _NoData as exc:
        extra = "".join(f" Note: {n}." for n in notes)
        return CheckedClaim(original, NED, None, f"Not enough data: {exc}.{extra}", {})
    return _combine(original, parts, notes)


def _fill(claim: Claim, context: Claim) -> tuple[Claim, list[str]]:
    changes: dict[str, Any] = {}
    filled: list[str] = []
    if claim.origin is None and context.origin is not None:
        changes["origin"] = context.origin
    if claim.destination is None and context.destination is not None:
        changes["destination"] = context.destination
    if changes:
        filled.append("countries")
    if claim.period is None and context.period is not None:
        changes["period"] = context.period
        filled.append("period")
    return (dataclasses.replace(claim, **changes), filled) if changes else (claim, [])


# -- scope --------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _period(label: str) -> Period | None:
    try:
        return Period.parse(label)
    except ValueError:
        return None


def _scope(snapshot: Snapshot, claim: Claim, notes: list[str]) -> _Scope:
    if claim.unit == "usd":
        raise _NoData(
            "the claim is about money (USD); the store holds counts of people, not money flows"
        )
    if claim.unit == "other":
        raise _NoData(
            "the claim counts something other than people, entries, visas or troops, "
            "which the statistics do not count"
        )
    if claim.unit == "ratio" and claim.comparison is None:
        raise _NoData("the claim states a ratio without saying what it compares")
    if claim.qualifier == "vague" and claim.comparison is None:
        raise _NoData(
            f'"{claim.text or claim.quantity}" is vague ("thousands of"): it states no figure '
            "that could be checked"
        )
    origin, destination = claim.origin, claim.destination
    if origin is None and destination is not None:
        choices = snapshot.origins_to(destination)
        if len(choices) == 1:
            origin = choices[0]
            notes.append(
                f"the text names no origin; {origin} assumed "
                f"(the only one with figures to {destination})"
            )
    elif destination is None and origin is not None:
        choices = snapshot.destinations_from(origin)
        if len(choices) == 1:
            destination = choices[0]
            notes.append(
                f"the text names no destination; {destination} assumed "
                f"(the only one with figures from {origin})"
            )
    if origin is None or destination is None:
        raise _NoData("the text does not say which country the people come from or go to")
    if (origin, destination) not in snapshot.pairs:
        raise _NoData(f"the store has no statistics of entries from {origin} to {destination}")
    if claim.period is None:
        raise _NoData(
            "the text does not settle the period (none is stated, it refers to one stated "
            "elsewhere such as 'the same period', or it could not be resolved from the document "
            "date), so there is no figure to compare with"
        )
    period = _period(claim.period)
    if period is None:
        raise _NoData(f"the period {claim.period!r} is not one the statistics use")
    purpose = claim.purpose
    if purpose is None:
        purpose = "total"
        notes.append("the text names no purpose; the total of all purposes is used")
    return _Scope(origin, destination, purpose, period)


# -- finding figures ----------------------------------------------------------------------------


def _find(
    snapshot: Snapshot, claim: Claim, scope: _Scope, period: Period, cfg: CheckConfig
) -> list[Fact]:
    """Candidate figures for the claim's measure in ``period``: the border series first, then
    the related figures its unit names. Several candidates only for related stock figures."""
    unit = claim.unit
    if unit == "visas":
        measures = cfg.visa_measures.get(scope.purpose, ())
    elif unit == "troops" or scope.purpose == "troops":
        measures = cfg.related_measures.get("troops", ())
    else:
        f = _entries(snapshot, scope.origin, scope.destination, scope.purpose, period)
        if f is not None:
            return [f]
        measures = cfg.related_measures.get(unit or "", ()) + snapshot.entry_measures(
            scope.origin, scope.destination, scope.purpose
        )
    for m in measures:
        found = _related(snapshot, m, scope.origin, scope.destination, period)
        if found:
            return found
    return []


def _entries(
    snapshot: Snapshot, origin: str, destination: str, purpose: str, period: Period
) -> Fact | None:
    f = snapshot.get(MEASURE_ENTRIES, origin, destination, purpose, period.start, period.end)
    if f is not None or not period.is_whole_months():
        return f
    series = snapshot.series(MEASURE_ENTRIES, origin, destination, purpose)
    parts = _cover(series, period.start, period.end, 0)
    if not parts or len(parts) < 2:
        return None
    return _sum_fact(parts, period)


def _cover(series: tuple[Fact, ...], start: date, end: date, depth: int) -> list[Fact] | None:
    """Figures that tile [start, end] without overlap, longest first (few parts, least error)."""
    if depth > 24:
        return None
    cands = [
        f
        for f in series
        if f.start == start
        and f.end <= end
        and f.count is not None
        and f.qualifier in ("exact", "approx")
    ]
    for f in sorted(cands, key=lambda f: f.end, reverse=True):
        if f.end == end:
            return [f]
        rest = _cover(series, f.end + timedelta(days=1), end, depth + 1)
        if rest is not None:
            return [f, *rest]
    return None


def _sum_fact(parts: list[Fact], period: Period) -> Fact:
    first = parts[0]
    total = sum(p.count or 0 for p in parts)
    exact = all(p.qualifier == "exact" for p in parts)
    return Fact(
        measure=first.measure,
        origin=first.origin,
        destination=first.destination,
        purpose=first.purpose,
        start=period.start,
        end=period.end,
        label=period.label,
        kind=period.kind.value,
        count=total,
        qualifier="exact" if exact else "approx",
        derived=True,
        method=" + ".join(f"{p.label} ({fmt(p.count or 0)})" for p in parts) + f" = {fmt(total)}",
        unit=first.unit,
        sources=tuple(s for p in parts for s in p.sources),
        conflicts=tuple(c for p in parts for c in p.conflicts),
        reporters=min(p.reporters for p in parts),
        primary=all(p.primary for p in parts),
    )


def _related(
    snapshot: Snapshot, measure: str, origin: str, destination: str, period: Period
) -> list[Fact]:
    f = snapshot.get(measure, origin, destination, measure, period.start, period.end)
    if f is not None:
        return [f]
    series = snapshot.series(measure, origin, destination, measure)
    inside = [f for f in series if period.start <= f.start and f.end <= period.end]
    if inside:
        return inside
    if period.kind == PeriodKind.DAY:
        return [f for f in series if f.start <= period.start <= f.end]
    return []


# -- judging ------------------------------------------------------------------------------------


def _confidence(f: Fact) -> str:
    if f.qualifier != "exact" or f.contested:
        return "low"
    if f.derived:
        return "medium"
    return "high" if (f.primary or f.reporters >= 2) else "medium"


def _mode(*qualifiers: str) -> str:
    """How a statistic (or a value computed from several) is read: exact, approx or a bound."""
    if all(q == "exact" for q in qualifiers):
        return "exact"
    if all(q in ("exact", "approx") for q in qualifiers):
        return "approx"
    return "bound"


def _judge(tol: Tolerance, value: float, obs: Range | None, mode: str) -> str:
    if obs is None:
        return NED
    if mode == "exact":
        return SUPPORTED if tol.range.contains(value) else CONTRADICTED
    if mode == "approx":
        # the published central value decides when it fits; a contradiction needs the whole
        # ±band of the approximate figure to miss the claim's range
        if tol.range.contains(value):
            return SUPPORTED
        return CONTRADICTED if obs.disjoint(tol.range) else NED
    if obs.within(tol.range):
        return SUPPORTED
    if obs.disjoint(tol.range):
        return CONTRADICTED
    return NED


def _judge_fact(tol: Tolerance, f: Fact, cfg: CheckConfig) -> str:
    if f.count is None:
        return NED
    obs = observed_range(f.count, f.qualifier, cfg)
    return _judge(tol, float(f.count), obs, _mode(f.qualifier))


def _observed(f: Fact, confidence: str) -> dict[str, Any]:
    return {
        "count": f.count,
        "period": f.label,
        "purpose": f.purpose,
        "qualifier": f.qualifier,
        "derived": f.derived,
        "method": f.method,
        "measure": f.measure,
        "unit": f.unit,
        "origin": f.origin,
        "destination": f.destination,
        "confidence": confidence,
        "sources": list(f.sources),
        "conflicts": list(f.conflicts),
    }


def _describe(f: Fact) -> str:
    """ "13,221 entries (KP→RU, total, 2024; NK News, RFA)" — a figure with what and whence."""
    what = "entries" if f.measure == MEASURE_ENTRIES else f.measure.replace("_", " ")
    purpose = f", {f.purpose}" if f.measure == MEASURE_ENTRIES else ""
    hedge = {
        "approx": "about ",
        "at_least": "at least ",
        "more_than": "more than ",
        "at_most": "at most ",
        "less_than": "less than ",
    }.get(f.qualifier, "")
    count = "withheld by the publisher" if f.count is None else f"{hedge}{fmt(f.count)}"
    outlets = f.outlets()
    src = ", ".join(outlets[:3]) + (f" and {len(outlets) - 3} more" if len(outlets) > 3 else "")
    derived = f"; derived: {f.method}" if f.derived and f.method else ""
    where = f"{f.origin}→{f.destination}{purpose}, {f.label}"
    return f"{count} {what} ({where}; {src or 'no source'}{derived})"


def _written(claim: Claim) -> str:
    q = fmt(claim.quantity) if claim.quantity is not None else "?"
    t = claim.text.strip()
    return (
        f'"{t}"'
        if t and t.replace(",", "").replace(" ", "") == q.replace(",", "")
        else (f'"{t}" ({q})' if t else q)
    )


def _unit_note(claim: Claim, f: Fact, cfg: CheckConfig) -> str | None:
    if f.unit != "entries":
        return None
    if claim.unit in cfg.people_units:
        return (
            f"the claim counts {claim.unit}, but the border statistics count entries (border "
            "crossings): a person who enters twice is counted twice"
        )
    if claim.unit is None:
        return (
            "the text does not say what it counts; "
            "the border statistics count entries (border crossings)"
        )
    return None


def _check_quantity(snapshot: Snapshot, claim: Claim, scope: _Scope, cfg: CheckConfig) -> _Part:
    assert claim.quantity is not None
    q = float(claim.quantity)
    precision = written_precision(claim.text, q)
    hedge = hedge_of(claim, cfg) if claim.qualifier == "approx" else ""
    tol = tolerance_for(claim.qualifier or "exact", q, precision, hedge, cfg)
    if tol is None:
        raise _NoData(f"{_written(claim)} is vague: it states no figure that could be checked")
    facts = _find(snapshot, claim, scope, scope.period, cfg)
    if not facts:
        raise _NoData(
            f"the store has no figure for {scope.origin}→{scope.destination}, {scope.purpose}, "
            f"{scope.period.label}{_unit_hint(claim)}"
        )
    judged = [(f, _judge_fact(tol, f, cfg)) for f in facts]
    # several related stock figures in the period: the one the claim fits, else the nearest
    order = {SUPPORTED: 0, NED: 1, CONTRADICTED: 2}
    judged.sort(key=lambda fv: (order[fv[1]], abs((fv[0].count or 0) - q)))
    f, verdict = judged[0]
    notes: list[str] = []
    confidence = _confidence(f)
    if len(facts) > 1:
        confidence = "low"
        others = ", ".join(f"{fmt(o.count or 0)} ({o.label})" for o, _ in judged[1:4])
        notes.append(f"other figures of this measure in the period: {others}")
    if f.count is None:
        raise _NoData(
            f"the publisher withheld the figure for {scope.origin}→{scope.destination}, "
            f"{scope.purpose}, {f.label}"
        )
    said = _written(claim)
    dissent = f.dissent()
    if dissent:
        matching = [v for v in dissent if tol.range.contains(float(v))]
        alt = ", ".join(
            f"{fmt(c['count'])} from {c.get('outlet')}"
            for c in f.conflicts
            if not c.get("consistent", True) and c.get("count") is not None
        )
        if verdict == CONTRADICTED and matching and f.contested:
            verdict = NED
            notes.append(
                f"the sources disagree: the claim matches {fmt(matching[0])}, which as many "
                f"independent reporters give as the chosen {fmt(f.count)} ({alt})"
            )
        elif verdict == CONTRADICTED and matching:
            notes.append(
                f"{fmt(matching[0])} was also printed ({alt}), but {fmt(f.count)} is better "
                f"sourced ({_standing(f)})"
            )
        else:
            notes.append(f"other reports disagree: {alt}")
    if verdict == SUPPORTED:
        text = (
            f"the text says {said}, and the statistics give {_describe(f)}, "
            f"within {tol.description}"
        )
        loose = _loose_bound(tol, float(f.count), cfg)
        if loose:
            notes.append(loose)
    elif verdict == CONTRADICTED:
        text = (
            f"the text says {said}, but the statistics give {_describe(f)}; the wording allows "
            f"{tol.description}"
        )
        hint = _near_miss(snapshot, claim, scope, f, tol)
        if hint:
            notes.append(hint)
    else:
        text = (
            f"the text says {said}; the statistics give {_describe(f)}, which neither confirms "
            f"nor rules out {tol.description}"
        )
    unit_note = _unit_note(claim, f, cfg)
    if unit_note:
        notes.append(unit_note)
    return _Part(verdict, text, _observed(f, confidence), tol.to_dict(), confidence, notes)


def _standing(f: Fact) -> str:
    if f.primary:
        return "read from the publisher's own table"
    return f"{f.qualifier}, from {f.support()} independent original reporter(s)"


def _unit_hint(claim: Claim) -> str:
    if claim.unit in ("students", "workers", "troops", "visas"):
        return f" (nor a related figure of {claim.unit} for that period)"
    return ""


def _loose_bound(tol: Tolerance, value: float, cfg: CheckConfig) -> str | None:
    k = cfg.loose_bound_factor
    r = tol.range
    if tol.rule in ("more_than", "at_least") and r.low > 0 and value >= k * r.low:
        return (
            f"the bound holds but understates: the figure is {value / r.low:.1f} times {fmt(r.low)}"
        )
    if tol.rule in ("less_than", "at_most") and value > 0 and r.high >= k * value:
        times = r.high / value
        return f"the bound holds but overstates: {fmt(r.high)} is {times:.1f} times the figure"
    return None


def _near_miss(
    snapshot: Snapshot, claim: Claim, scope: _Scope, f: Fact, tol: Tolerance
) -> str | None:
    """A contradicted figure that another purpose or period of the table does give (the study
    count printed as the total, a quarter printed as the year) is worth saying."""
    if claim.quantity is None or f.measure != MEASURE_ENTRIES:
        return None
    q = float(claim.quantity)
    near = Range(min(tol.range.low, q * 0.95), max(tol.range.high, q * 1.05))
    for purpose in (
        "total",
        "study",
        "business",
        "work",
        "private",
        "tourism",
        "transit",
        "service_personnel",
        "other",
        "official",
    ):
        if purpose == scope.purpose:
            continue
        o = snapshot.get(MEASURE_ENTRIES, scope.origin, scope.destination, purpose, f.start, f.end)
        if o is not None and o.count is not None and near.contains(float(o.count)):
            return (
                f"the figure is close to the {purpose} count for {o.label} ({fmt(o.count)}), "
                f"not the {scope.purpose} count"
            )
    for o in snapshot.series(MEASURE_ENTRIES, scope.origin, scope.destination, scope.purpose):
        if o is f or o.count is None or o.end < f.start or o.start > f.end:
            continue
        if near.contains(float(o.count)):
            return (
                f"the figure is close to the count for {o.label} ({fmt(o.count)}), "
                f"not for {f.label}"
            )
    return None


def _check_share(snapshot: Snapshot, claim: Claim, scope: _Scope, cfg: CheckConfig) -> _Part:
    """ "60% of them came to study": the purpose's share of the total in the period."""
    assert claim.quantity is not None
    if scope.purpose == "total":
        raise _NoData("a percentage of the total needs a purpose to be a share of")
    part = _entries(snapshot, scope.origin, scope.destination, scope.purpose, scope.period)
    whole = _entries(snapshot, scope.origin, scope.destination, "total", scope.period)
    if part is None or whole is None or not part.count or not whole.count:
        raise _NoData(
            f"the store lacks the {scope.purpose} count or the total for {scope.period.label}"
        )
    share = 100.0 * part.count / whole.count
    q = float(claim.quantity)
    hedge = hedge_of(claim, cfg) if claim.qualifier == "approx" else ""
    tol = tolerance_for(
        claim.qualifier or "exact", q, _computed_precision(q, "percent"), hedge, cfg, counted=False
    )
    if tol is None:
        raise _NoData("the percentage is vague")
    exact = part.qualifier == whole.qualifier == "exact"
    verdict = SUPPORTED if tol.range.contains(share) else CONTRADICTED
    if not exact and verdict == CONTRADICTED:
        verdict = NED
    confidence = min(_confidence(part), _confidence(whole), key=_CONF_ORDER.__getitem__)
    text = (
        f"the text says {fmt(q)}% {scope.purpose}; the statistics give {_describe(part)} of "
        f"{_describe(whole)} = {share:.1f}%, {'within' if verdict == SUPPORTED else 'against'} "
        f"{tol.description}"
    )
    observed = _observed(part, confidence)
    observed["share"] = round(share, 2)
    observed["total"] = whole.count
    observed["sources"] = list(part.sources) + list(whole.sources)
    return _Part(verdict, text, observed, tol.to_dict(), confidence)


# -- comparisons --------------------------------------------------------------------------------


def _baselines(period: Period, stated: str | None) -> list[tuple[Period, str]]:
    """Baseline periods to try, with how each was chosen."""
    tag = "(the text names no baseline)"
    if stated:
        p = _period(stated)
        if p is None:
            raise _NoData(f"the baseline period {stated!r} is not one the statistics use")
        if p != period:
            return [(p, "the baseline the text names")]
        # a period compared with itself is a misreading ("годом ранее" read as this year)
        tag = "(the baseline read from the text was the claim's own period)"
    y = period.start.year
    k = period.kind
    if k == PeriodKind.YEAR:
        return [(Period.year(y - 1), f"the previous year {tag}")]
    if k == PeriodKind.QUARTER:
        q = period.quarter_index or 1
        prev = Period.quarter(y, q - 1) if q > 1 else Period.quarter(y - 1, 4)
        return [
            (prev, f"the previous quarter {tag}"),
            (Period.quarter(y - 1, q), f"the same quarter a year earlier {tag}"),
        ]
    if k == PeriodKind.MONTH:
        m = period.start.month
        prev = Period.month(y, m - 1) if m > 1 else Period.month(y - 1, 12)
        return [
            (prev, f"the previous month {tag}"),
            (Period.month(y - 1, m), f"the same month a year earlier {tag}"),
        ]
    if k == PeriodKind.YTD:
        same = Period.months(y - 1, 1, y - 1, period.end.month)
        return [(same, f"the same months a year earlier {tag}")]
    raise _NoData(f"the text names no baseline, and {period.label} has no natural previous period")


def _computed(kind: str, cur: float, base: float) -> float:
    if kind == "ratio":
        return cur / base
    if kind == "percent_change":
        return (cur / base - 1.0) * 100.0
    return cur - base


def _computed_range(kind: str, cur: Fact, base: Fact, cfg: CheckConfig) -> Range | None:
    rc = observed_range(cur.count or 0, cur.qualifier, cfg)
    rb = observed_range(base.count or 0, base.qualifier, cfg)
    if rc is None or rb is None:
        return None
    if kind == "difference":
        return Range(rc.low - rb.high, rc.high - rb.low)
    if rb.low <= 0:
        return None
    lo, hi = _computed(kind, rc.low, rb.high), _computed(kind, rc.high, rb.low)
    return Range(lo, hi)


def _check_comparison(snapshot: Snapshot, claim: Claim, scope: _Scope, cfg: CheckConfig) -> _Part:
    comp = claim.comparison
    assert comp is not None
    if comp.kind in ("record", "rank"):
        return _check_rank(snapshot, claim, scope, cfg)
    if comp.value is None:
        raise _NoData(f"the {comp.kind.replace('_', ' ')} has no value to check")
    cur_facts = _find(snapshot, claim, scope, scope.period, cfg)
    if len(cur_facts) == 1 and cur_facts[0].count is None:
        raise _NoData(
            f"the publisher withheld the figure for {scope.origin}→{scope.destination}, "
            f"{scope.purpose}, {cur_facts[0].label}, so there is nothing to compare"
        )
    if len(cur_facts) != 1 or cur_facts[0].count is None:
        raise _NoData(
            f"the store has no single figure for {scope.purpose}, {scope.period.label} to compare"
        )
    cur = cur_facts[0]
    qualifier, hedge = comparison_reading(claim, cfg)
    if qualifier == "vague":
        raise _NoData("the comparison is vague")
    value = float(comp.value)
    # "в 12 раз меньше", "half as many": the text writes the baseline over the figure, so the
    # check reads it that way (12 against 13,221 / 1,117, with the rounding of "12")
    inverse = comp.kind == "ratio" and 0 < value < 1
    if inverse:
        value = round(1.0 / value, 6)
    kind_words = {"ratio": "times", "percent_change": "% change", "difference": "difference"}[
        comp.kind
    ]
    candidates = [value]
    if comp.kind == "ratio" and claim.lang == "zh":
        candidates.append(value + 1.0)  # 增长N倍 literally "grew by N times" = N+1 times
    tried: list[str] = []
    best: _Part | None = None
    for base_period, how in _baselines(scope.period, comp.baseline_period):
        base_facts = _find(snapshot, claim, scope, base_period, cfg)
        if len(base_facts) != 1 or base_facts[0].count is None:
            tried.append(f"no figure for {base_period.label}")
            continue
        base = base_facts[0]
        if comp.kind != "difference" and not base.count:
            tried.append(f"{base_period.label} is 0, so no ratio")
            continue
        assert cur.count is not None and base.count is not None
        top, bottom = (base, cur) if inverse else (cur, base)
        if inverse and not cur.count:
            tried.append(f"{scope.period.label} is 0, so no ratio")
            continue
        assert top.count is not None and bottom.count is not None
        observed_value = _computed(comp.kind, float(top.count), float(bottom.count))
        mode = _mode(cur.qualifier, base.qualifier)
        obs_range = (
            Range(observed_value, observed_value)
            if mode == "exact"
            else _computed_range(comp.kind, top, bottom, cfg)
        )
        for i, v in enumerate(candidates):
            tol = tolerance_for(
                qualifier,
                v,
                _computed_precision(v, comp.kind),
                hedge,
                cfg,
                what=f" ({kind_words})",
                counted=comp.kind == "difference",
            )
            if tol is None:
                raise _NoData("the comparison is vague")
            verdict = _judge(tol, observed_value, obs_range, mode)
            thin = cur.qualifier != "exact" and base.qualifier != "exact"
            if verdict == CONTRADICTED and thin:
                # two estimates do not make a measurement: too thin to call the claim wrong
                verdict = NED
            reading = (
                "" if i == 0 else f" (read as 增长{fmt(value)}倍 = {fmt(v)} times the baseline)"
            )
            confidence = min(_confidence(cur), _confidence(base), key=_CONF_ORDER.__getitem__)
            if "the baseline the text names" not in how:
                confidence = min(confidence, "medium", key=_CONF_ORDER.__getitem__)
            sym = {"ratio": "/", "percent_change": "vs", "difference": "−"}[comp.kind]
            shown = (
                f"{observed_value:+.1f}%"
                if comp.kind == "percent_change"
                else fmt(round(observed_value, 2))
            )
            fewer = " fewer" if inverse else ""
            text = (
                f"the text says {_HEDGE_WORDS.get(hedge or qualifier, '')}"
                f"{_comparison_words(comp.kind, value)}{fewer}{reading} "
                f"against {base.label} "
                f"({how}); the statistics give {_describe(top)} {sym} {_describe(bottom)} = "
                f"{shown}, {'within' if verdict == SUPPORTED else 'against'} {tol.description}"
            )
            observed = _observed(cur, confidence)
            observed["sources"] = list(cur.sources) + list(base.sources)
            observed["comparison"] = {
                "kind": comp.kind,
                "value": round(1.0 / observed_value if inverse else observed_value, 4),
                "baseline_period": base.label,
                "baseline_count": base.count,
                "baseline_qualifier": base.qualifier,
                "baseline_sources": list(base.sources),
            }
            notes = (
                ["both figures are estimates, too thin to rule the claim out"]
                if (thin and verdict == NED)
                else []
            )
            part = _Part(verdict, text, observed, tol.to_dict(), confidence, notes)
            if best is None or _rank_part(part) < _rank_part(best):
                best = part
            if verdict == SUPPORTED:
                return part
    if best is None:
        raise _NoData(f"no baseline figure to compare with ({'; '.join(tried)})")
    return best


def _computed_precision(v: float, kind: str) -> float:
    """A ratio or percentage allows the rounding of its last written digit; an integer one
    ("tenfold", "60%") is read to the unit: its trailing zero is not a rounding."""
    if kind == "difference":
        return value_precision(v)
    return 1.0 if float(v).is_integer() else value_precision(v)


def _rank_part(p: _Part) -> int:
    return {SUPPORTED: 0, CONTRADICTED: 1, NED: 2}[p.verdict]


# how an explanation restates a comparison's hedge ("the text says more than 10 times")
_HEDGE_WORDS = {
    "more_than": "more than ",
    "at_least": "at least ",
    "at_most": "up to ",
    "less_than": "less than ",
    "about": "about ",
    "nearly": "nearly ",
    "odd": "just over ",
}


def _comparison_words(kind: str, v: float) -> str:
    if kind == "ratio":
        return f"{fmt(v)} times"
    if kind == "percent_change":
        return f"{v:+g}%"
    return f"a difference of {fmt(v)}"


def _check_rank(snapshot: Snapshot, claim: Claim, scope: _Scope, cfg: CheckConfig) -> _Part:
    """ "The highest since 2012" (record) or "the second-highest" (rank N): the value's place
    among every period of the same kind since the baseline, all of which must be known."""
    comp = claim.comparison
    assert comp is not None
    facts = _find(snapshot, claim, scope, scope.period, cfg)
    if len(facts) != 1 or facts[0].count is None or facts[0].measure != MEASURE_ENTRIES:
        raise _NoData(f"the store has no figure for {scope.purpose}, {scope.period.label} to rank")
    cur = facts[0]
    since: date | None = None
    if comp.baseline_period:
        bp = _period(comp.baseline_period)
        if bp is None:
            raise _NoData(
                f"the baseline period {comp.baseline_period!r} is not one the statistics use"
            )
        # "the highest since 2019": every period after 2019 is lower; 2019 itself may be higher
        since = bp.end + timedelta(days=1)
    series = snapshot.series(MEASURE_ENTRIES, scope.origin, scope.destination, scope.purpose)
    same = [
        f
        for f in series
        if f.kind == cur.kind
        and f is not cur
        and f.end < cur.start
        and (since is None or f.start >= since)  # after the baseline period
    ]
    want = 1 if comp.kind == "record" else int(comp.value or 1)
    assert cur.count is not None
    top, more = ("lowest", "lower") if comp.lowest else ("highest", "higher")
    higher = []  # (or lower, for a record low: the figures that rank before this one)
    for f in same:
        r = observed_range(f.count, f.qualifier, cfg) if f.count is not None else None
        # beyond doubt: even the far end of an approximate figure passes the value
        if r is not None and (r.high < cur.count if comp.lowest else r.low > cur.count):
            higher.append(f)
    if len(higher) >= want:
        h = ", ".join(f"{fmt(f.count or 0)} in {f.label}" for f in higher[:3])
        return _Part(
            CONTRADICTED,
            f"the text ranks {_describe(cur)} "
            f"{top if want == 1 else f'number {want}'}"
            f"{' since ' + comp.baseline_period if comp.baseline_period else ''}, "
            f"but the statistics give {more} figures: {h}",
            _observed(cur, _confidence(cur)),
            None,
            _confidence(cur),
        )
    if since is None:
        raise _NoData("a record claim needs the period it is a record since; the text names none")
    expected = _periods_between(cur, since)
    known = {(f.start, f.end) for f in same if f.count is not None and f.qualifier == "exact"}
    missing = [p.label for p in expected if (p.start, p.end) not in known]
    if missing:
        raise _NoData(
            f"{_describe(cur)} is {more} than every known figure since {comp.baseline_period}, "
            f"but {len(missing)} period(s) in between have no exact figure "
            f"({', '.join(missing[:6])})"
        )
    rank = 1 + len(higher)
    verdict = SUPPORTED if rank == want else CONTRADICTED
    return _Part(
        verdict,
        f"the text ranks {_describe(cur)} number {want}{' from the bottom' if comp.lowest else ''} "
        f"since {comp.baseline_period}; among the {len(expected)} periods of that kind it ranks "
        f"{rank}",
        _observed(cur, _confidence(cur)),
        None,
        _confidence(cur),
    )


def _periods_between(cur: Fact, since: date) -> list[Period]:
    out: list[Period] = []
    if cur.kind == "year":
        out = [Period.year(y) for y in range(since.year, cur.start.year)]
    elif cur.kind == "quarter":
        y, q = since.year, (since.month - 1) // 3 + 1
        while (y, q) < (cur.start.year, (cur.start.month - 1) // 3 + 1):
            out.append(Period.quarter(y, q))
            y, q = (y, q + 1) if q < 4 else (y + 1, 1)
    elif cur.kind == "month":
        y, m = since.year, since.month
        while (y, m) < (cur.start.year, cur.start.month):
            out.append(Period.month(y, m))
            y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    else:
        raise _NoData(f"records are checked for years, quarters and months, not {cur.kind} periods")
    return out


# -- combining ----------------------------------------------------------------------------------


def _combine(claim: Claim, parts: list[_Part], notes: list[str]) -> CheckedClaim:
    verdicts = [p.verdict for p in parts]
    if CONTRADICTED in verdicts:
        verdict = CONTRADICTED
    elif all(v == SUPPORTED for v in verdicts):
        verdict = SUPPORTED
    else:
        verdict = NED
    label = {SUPPORTED: "Supported", CONTRADICTED: "Contradicted", NED: "Not enough data"}[verdict]
    body = "; ".join(p.text for p in parts)
    extra = notes + [n for p in parts for n in p.notes]
    explanation = f"{label}: {body}." + "".join(f" Note: {n}." for n in extra)
    main = parts[0]
    observed = dict(main.observed) if main.observed is not None else None
    confidence = min((p.confidence for p in parts), key=_CONF_ORDER.__getitem__)
    if notes:
        confidence = min(confidence, "medium", key=_CONF_ORDER.__getitem__)
    if observed is not None:
        observed["confidence"] = confidence
        if len(parts) > 1 and parts[1].observed is not None:
            observed["comparison"] = parts[1].observed.get("comparison")
            observed["comparison_verdict"] = parts[1].verdict
            observed["quantity_verdict"] = main.verdict
    tolerance = dict(main.tolerance or {})
    if len(parts) > 1 and parts[1].tolerance is not None:
        tolerance["comparison"] = parts[1].tolerance
    return CheckedClaim(claim, verdict, observed, explanation, tolerance)
