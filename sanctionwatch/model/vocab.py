"""The shared vocabulary: purposes of trip, qualifiers of a number, units."""

from __future__ import annotations

from enum import StrEnum


class Purpose(StrEnum):
    TOTAL = "total"
    STUDY = "study"
    WORK = "work"
    BUSINESS = "business"
    TOURISM = "tourism"
    PRIVATE = "private"
    TRANSIT = "transit"
    OFFICIAL = "official"
    SERVICE_PERSONNEL = "service_personnel"
    PERMANENT_RESIDENCE = "permanent_residence"
    TROOPS = "troops"
    OTHER = "other"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    VAGUE = "vague"
    WITHHELD = "withheld"  # the publisher left the cell blank: unknown, not zero


# How precise a value is, for choosing between statements of one figure: lower is better.
QUALIFIER_RANK: dict[Qualifier, int] = {
    Qualifier.EXACT: 0,
    Qualifier.APPROX: 1,
    Qualifier.AT_LEAST: 2,
    Qualifier.MORE_THAN: 2,
    Qualifier.AT_MOST: 2,
    Qualifier.LESS_THAN: 2,
    Qualifier.VAGUE: 3,
    Qualifier.WITHHELD: 4,
}

# Border statistics count crossings: one person entering three times is three entries.
UNIT_ENTRIES = "entries"

# The measure of the border-entry series; related figures (permits, students) carry their own.
MEASURE_ENTRIES = "entries"


def consistent(
    value: int, qualifier: Qualifier, reference: int, approx_tolerance: float = 0.1
) -> bool:
    """Whether ``value`` stated with ``qualifier`` is compatible with the exact ``reference``.

    An approximate value is compatible within ``approx_tolerance`` (relative); bounds must hold.
    """
    if qualifier == Qualifier.EXACT:
        return value == reference
    if qualifier == Qualifier.APPROX:
        return abs(reference - value) <= approx_tolerance * max(abs(value), 1)
    if qualifier == Qualifier.AT_LEAST:
        return reference >= value
    if qualifier == Qualifier.MORE_THAN:
        return reference > value
    if qualifier == Qualifier.AT_MOST:
        return reference <= value
    if qualifier == Qualifier.LESS_THAN:
        return reference < value
    return True
