"""Snapshot: the resolved statistics claims are checked against, indexed once, small to ship.

A snapshot holds every resolved value of the border series (``flows.load_series``) and of the
related figures (permits, visas, students, troop estimates) as flat :class:`Fact` records with
their source references already rendered, indexed by (measure, origin, destination, purpose,
period start, period end). It pickles as a tuple of facts and rebuilds its indexes on arrival.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sanctionwatch.flows import Series, load_series, resolve_observations
from sanctionwatch.model import Observation
from sanctionwatch.model.flow import FlowValue, source_ref
from sanctionwatch.model.observation import reporter_key
from sanctionwatch.model.vocab import MEASURE_ENTRIES, QUALIFIER_RANK, Purpose, Qualifier
from sanctionwatch.store import Store

_QUALIFIER_RANK = {q.value: r for q, r in QUALIFIER_RANK.items() if isinstance(q, Qualifier)}

FactKey = tuple[str, str, str, str, date, date]
SeriesKey = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class Fact:
    """One resolved value: the figure, how sure it is, and where it comes from."""

    measure: str  # "entries" for the border series, else the related figure's measure
    origin: str
    destination: str
    purpose: str  # the purpose of trip; for related figures the measure again
    start: date
    end: date
    label: str  # period label ("2024-Q3")
    kind: str  # period kind
    count: int | None  # None when the publisher withheld it
    qualifier: str
    derived: bool
    method: str | None
    unit: str
    sources: tuple[dict[str, Any], ...]
    conflicts: tuple[dict[str, Any], ...]
    reporters: int  # independent original reporters behind the value
    primary: bool

    # computed once from the fields above (checks read them for every claim)
    disagreement: bool = field(init=False, repr=False, compare=False)
    contested: bool = field(init=False, repr=False, compare=False)
    _support: int = field(init=False, repr=False, compare=False)
    _dissent: tuple[tuple[int, int, str], ...] = field(init=False, repr=False, compare=False)
    _outlets: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys = {_reporter(s) for s in self.sources}
        keys.update(_reporter(c) for c in self.conflicts if c.get("consistent", True))
        by_value: dict[int, tuple[set[str], str]] = {}
        for c in self.conflicts:
            if not c.get("consistent", True) and c.get("count") is not None:
                reporters, best = by_value.setdefault(
                    int(c["count"]), (set(), str(c.get("qualifier")))
                )
                reporters.add(_reporter(c))
                q = str(c.get("qualifier"))
                if _QUALIFIER_RANK.get(q, 9) < _QUALIFIER_RANK.get(best, 9):
                    by_value[int(c["count"])] = (reporters, q)
        dissent = tuple((v, len(r), q) for v, (r, q) in by_value.items())
        outlets: list[str] = []
        for s in self.sources:
            o = s.get("outlet") or s.get("publisher") or "?"
            if o not in outlets:
                outlets.append(o)
        # The sources are split when a disagreeing value is stated as precisely (exact against
        # exact) and by as many independent reporters as agree with the chosen one (its own
        # reporters plus those of consistent reports), and the chosen one was not read from
        # the publisher's own table.
        rank = _QUALIFIER_RANK.get(self.qualifier, 9)
        contested = not self.primary and any(
            _QUALIFIER_RANK.get(q, 9) <= rank and n >= len(keys) for _, n, q in dissent
        )
        set_ = object.__setattr__
        set_(self, "disagreement", bool(dissent))
        set_(self, "contested", contested)
        set_(self, "_support", len(keys))
        set_(self, "_dissent", dissent)
        set_(self, "_outlets", tuple(outlets))

    def support(self) -> int:
        """Independent original reporters behind the value, counting consistent retellings."""
        return self._support

    def dissent(self) -> dict[int, tuple[int, str]]:
        """Disagreeing values: how many independent reporters give each, and its best qualifier."""
        return {v: (n, q) for v, n, q in self._dissent}

    def outlets(self) -> list[str]:
        return list(self._outlets)


def fact_from_value(fv: FlowValue, measure: str = MEASURE_ENTRIES, unit: str = "entries") -> Fact:
    return Fact(
        measure=measure,
        origin=fv.origin,
        destination=fv.destination,
        purpose=fv.purpose,
        start=fv.period.start,
        end=fv.period.end,
        label=fv.period.label,
        kind=fv.period.kind.value,
        count=fv.count,
        qualifier=fv.qualifier.value,
        derived=fv.derived,
        method=fv.method,
        unit=unit,
        sources=tuple(source_ref(o) for o in fv.sources),
        conflicts=tuple(c.to_dict() for c in fv.conflicts),
        reporters=fv.independent_reporters,
        primary=bool(fv.sources) and all(o.provenance.primary for o in fv.sources),
    )


def _reporter(ref: dict[str, Any]) -> str:
    return reporter_key(str(ref.get("reporter") or ref.get("outlet") or ""))


class Snapshot:
    """Resolved statistics indexed for claim checks; build with :meth:`from_store`."""

    __slots__ = ("_by_key", "_entry_like", "_series", "as_of", "facts", "pairs")

    def __init__(self, facts: Iterable[Fact], as_of: str | None = None) -> None:
        self.facts: tuple[Fact, ...] = tuple(facts)
        self.as_of = as_of
        self._by_key: dict[FactKey, Fact] = {}
        series: dict[SeriesKey, list[Fact]] = defaultdict(list)
        pairs: set[tuple[str, str]] = set()
        entry_like: dict[tuple[str, str], set[str]] = defaultdict(set)
        for f in self.facts:
            if f.measure != MEASURE_ENTRIES and f.unit == "entries":
                entry_like[(f.origin, f.destination)].add(f.measure)
            self._by_key[(f.measure, f.origin, f.destination, f.purpose, f.start, f.end)] = f
            series[(f.measure, f.origin, f.destination, f.purpose)].append(f)
            if f.measure == MEASURE_ENTRIES:
                pairs.add((f.origin, f.destination))
        self._series = {
            k: tuple(sorted(v, key=lambda f: (f.start, f.end))) for k, v in series.items()
        }
        # pairs without a border series whose related figures count crossings (trips of
        # Russians to the DPRK) stand in for it, by measure name: X is the total, X_study study
        self._entry_like = {k: tuple(sorted(v)) for k, v in entry_like.items() if k not in pairs}
        self.pairs = frozenset(pairs | set(self._entry_like))

    def __reduce__(self) -> tuple[Any, ...]:
        # only the facts travel; the indexes are rebuilt where the snapshot lands
        return (Snapshot, (self.facts, self.as_of))

    def __len__(self) -> int:
        return len(self.facts)

    # -- building --------------------------------------------------------------------------
    @classmethod
    def from_series(
        cls,
        entries: Mapping[tuple[str, str, str], Series],
        related: Mapping[tuple[str, str, str], Series] | None = None,
        related_units: Mapping[str, str] | None = None,
        as_of: str | None = None,
    ) -> Snapshot:
        facts = [fact_from_value(v) for s in entries.values() for v in s.values]
        units = related_units or {}
        for (_, _, measure), s in (related or {}).items():
            facts.extend(
                fact_from_value(v, measure=measure, unit=units.get(measure, "persons"))
                for v in s.values
            )
        return cls(facts, as_of)

    @classmethod
    def from_observations(
        cls, observations: Iterable[Observation], as_of: str | None = None
    ) -> Snapshot:
        """Resolve statements (border entries and related figures alike) into a snapshot."""
        entries: list[Observation] = []
        related: list[Observation] = []
        units: dict[str, str] = {}
        for o in observations:
            if o.measure == MEASURE_ENTRIES:
                entries.append(o)
            else:
                related.append(o)
                units[o.measure] = o.unit
        return cls.from_series(
            resolve_observations(entries), resolve_observations(related), units, as_of
        )

    @classmethod
    def from_store(cls, store: Store, as_of: date | None = None) -> Snapshot:
        """All resolved series and related figures in force (as of ``as_of``)."""
        entries = load_series(store, as_of=as_of)
        related_obs = [
            o for o in store.observations(measure=None, as_of=as_of) if o.measure != MEASURE_ENTRIES
        ]
        units = {o.measure: o.unit for o in related_obs}
        return cls.from_series(
            entries, resolve_observations(related_obs), units, as_of.isoformat() if as_of else None
        )

    # -- queries ---------------------------------------------------------------------------
    def get(
        self, measure: str, origin: str, destination: str, purpose: str, start: date, end: date
    ) -> Fact | None:
        return self._by_key.get((measure, origin, destination, purpose, start, end))

    def series(self, measure: str, origin: str, destination: str, purpose: str) -> tuple[Fact, ...]:
        return self._series.get((measure, origin, destination, purpose), ())

    def entry_measures(self, origin: str, destination: str, purpose: str) -> tuple[str, ...]:
        """Related measures counting crossings that stand in for a pair's missing border series."""
        measures = self._entry_like.get((origin, destination), ())
        suffixes = tuple(f"_{p.value}" for p in Purpose if p != Purpose.TOTAL)
        if purpose == Purpose.TOTAL:
            return tuple(m for m in measures if not m.endswith(suffixes))
        return tuple(m for m in measures if m.endswith(f"_{purpose}"))

    def origins_to(self, destination: str) -> list[str]:
        return sorted(o for o, d in self.pairs if d == destination)

    def destinations_from(self, origin: str) -> list[str]:
        return sorted(d for o, d in self.pairs if o == origin)
