"""Resolution: for one series and period, choose the best statement and keep the rest as conflicts.

Order (best first), a documented rule rather than an average:
1. a figure read from the publisher's own table beats a media retelling;
2. exact beats approximate, approximate beats a bound, a bound beats "vague"; withheld comes last;
3. a published figure beats a derived one of the same standing — but a value derived from exact
   figures beats an approximate published one (13,221 − 7,771 = 5,450 against "nearly 5,500");
4. among equals, the value more independent original reporters give (retellings count once);
5. then the most recently published statement.
Disagreeing exact values are flagged (``consistent: false``), never averaged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sanctionwatch.bulk import record_maker
from sanctionwatch.model import QUALIFIER_RANK, Observation, Period, Qualifier, consistent
from sanctionwatch.model.flow import Conflict, FlowValue
from sanctionwatch.model.observation import reporter_key

# FlowValue with every field given (no conflicts, no warnings): the single-candidate case is
# most values of a long history, ~100,000 derived quarters alone.
_make_flow_value = record_maker(FlowValue)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One value for a period: the statements giving it, or a derivation and its inputs."""

    count: int | None
    qualifier: Qualifier
    statements: tuple[Observation, ...]
    derived: bool = False
    method: str | None = None

    @property
    def primary(self) -> bool:
        return all(s.provenance.primary for s in self.statements)

    def rank(self) -> tuple[int, int, int, int, str, int]:
        reporters = len({reporter_key(s.provenance.reporter) for s in self.statements})
        latest = max((s.provenance.published or "" for s in self.statements), default="")
        # latest is compared descending through the inverted sort below
        return (
            0 if self.primary else 1,
            QUALIFIER_RANK[self.qualifier],
            1 if self.derived else 0,
            -reporters,
            latest,
            self.count if self.count is not None else -1,
        )


def _sort_key(c: Candidate) -> tuple[int, int, int, int, int, tuple[int, ...], int]:
    r = c.rank()
    # newest first (undated last): invert the ISO string's code points for an ascending sort
    inverted = tuple(-ord(ch) for ch in r[4])
    return (r[0], r[1], r[2], r[3], 0 if r[4] else 1, inverted, r[5])


def group_candidates(statements: Sequence[Observation]) -> list[Candidate]:
    groups: dict[tuple[int | None, Qualifier], list[Observation]] = {}
    for s in statements:
        groups.setdefault((s.count, s.qualifier), []).append(s)
    return [Candidate(c, q, tuple(v)) for (c, q), v in groups.items()]


def choose(
    origin: str, destination: str, purpose: str, period: Period, candidates: Sequence[Candidate]
) -> FlowValue:
    """Pick the best candidate; every other statement becomes a conflict with a consistency mark."""
    if len(candidates) == 1:
        # The common case (one table, one figure): nothing to rank, nothing in conflict.
        only = candidates[0]
        return _make_flow_value(
            origin,
            destination,
            purpose,
            period,
            only.count,
            only.qualifier,
            only.derived,
            only.statements,
            (),
            only.method,
            (),
        )
    ordered = sorted(candidates, key=_sort_key)
    best = ordered[0]
    conflicts: list[Conflict] = []
    warnings: list[str] = []
    for other in ordered[1:]:
        ok = _consistent(other, best)
        if other.derived:
            # A derivation that lost to a published value: show its result as a conflict
            # only when it disagrees, carried by its first input for provenance.
            if not ok:
                warnings.append(
                    f"{period.label} {purpose}: derived {other.method} = {other.count:,} "
                    f"disagrees with the published {best.count:,}"
                )
            continue
        for s in other.statements:
            conflicts.append(Conflict(s, ok))
        if not ok and best.qualifier == Qualifier.EXACT and other.qualifier == Qualifier.EXACT:
            warnings.append(
                f"{period.label} {purpose}: exact figures disagree "
                f"({best.count:,} chosen, {other.count:,} from "
                f"{', '.join(sorted({s.provenance.outlet for s in other.statements}))})"
            )
    return FlowValue(
        origin=origin,
        destination=destination,
        purpose=purpose,
        period=period,
        count=best.count,
        qualifier=best.qualifier,
        derived=best.derived,
        sources=best.statements,
        conflicts=tuple(conflicts),
        method=best.method,
        warnings=tuple(warnings),
    )


def _consistent(other: Candidate, best: Candidate) -> bool:
    if other.count is None or best.count is None:
        # withheld against a number: the publisher blanked what someone else reports
        return other.count is None and best.count is None
    if best.qualifier == Qualifier.EXACT:
        return consistent(other.count, other.qualifier, best.count)
    if other.qualifier == Qualifier.EXACT:
        return consistent(best.count, best.qualifier, other.count)
    # two hedged values: compatible when within 10% of each other
    return abs(other.count - best.count) <= 0.1 * max(other.count, best.count, 1)
