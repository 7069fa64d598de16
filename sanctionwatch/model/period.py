"""Periods statistics refer to and their labels (``2024``, ``2024-Q3``, ``2024-01..2024-06``)."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class PeriodKind(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    YTD = "ytd"  # year-to-date: a cumulative period from 1 January
    DAY = "day"  # a stock counted on a date
    OTHER = "other"


_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_HALF = re.compile(r"^(\d{4})-H([12])$")


@functools.lru_cache(maxsize=4096)  # pure, and called for every period a series touches
def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """An inclusive span of days with its kind; the label is derived from start, end and kind."""

    start: date
    end: date
    kind: PeriodKind
    # Periods key every series dict; hashing three fields anew each time was a tenth of the
    # time of resolving a long history.
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        object.__setattr__(self, "_hash", hash((self.start, self.end, self.kind)))

    def __hash__(self) -> int:
        return self._hash

    # -- constructors -------------------------------------------------------
    @classmethod
    def year(cls, y: int) -> Period:
        return cls(date(y, 1, 1), date(y, 12, 31), PeriodKind.YEAR)

    @classmethod
    def quarter(cls, y: int, q: int) -> Period:
        return cls(date(y, 3 * q - 2, 1), month_end(y, 3 * q), PeriodKind.QUARTER)

    @classmethod
    def month(cls, y: int, m: int) -> Period:
        return cls(date(y, m, 1), month_end(y, m), PeriodKind.MONTH)

    @classmethod
    def months(cls, y1: int, m1: int, y2: int, m2: int) -> Period:
        """A span of whole months; recognised as a year, quarter or month when it is one."""
        start, end = date(y1, m1, 1), month_end(y2, m2)
        return cls.from_dates(start, end)

    @classmethod
    def from_dates(cls, start: date, end: date, kind: PeriodKind | str | None = None) -> Period:
        """Classify a span; an explicit kind is kept only where it fits the dates."""
        natural = _classify(start, end)
        if kind is not None:
            k = PeriodKind(kind)
            if k == PeriodKind.YTD and natural in (PeriodKind.QUARTER, PeriodKind.YEAR):
                # January-March and January-December are both year-to-date releases
                # and a quarter/year; the calendar kind is what analysts query by.
                return cls(start, end, natural)
            if (
                k == PeriodKind.YTD
                and start.month == 1
                and start.day == 1
                and start.year == end.year
            ):
                return cls(start, end, PeriodKind.YTD)
            if k != natural:
                if k == PeriodKind.OTHER:
                    return cls(start, end, natural)
                raise ValueError(f"period {start}..{end} is a {natural.value}, not a {k.value}")
            return cls(start, end, natural)
        return cls(start, end, natural)

    @classmethod
    def parse(cls, label: str) -> Period:
        """Parse a period string of the shared vocabulary; ValueError with the expected forms."""
        s = label.strip()
        if m := _YEAR.match(s):
            return cls.year(int(m[1]))
        if m := _QUARTER.match(s):
            return cls.quarter(int(m[1]), int(m[2]))
        if m := _MONTH.match(s):
            return cls.month(int(m[1]), _month(int(m[2]), label))
        if m := _DAY.match(s):
            d = date(int(m[1]), _month(int(m[2]), label), int(m[3]))
            return cls(d, d, PeriodKind.DAY)
        if m := _HALF.match(s):
            y, h = int(m[1]), int(m[2])
            return cls.months(y, 6 * h - 5, y, 6 * h)
        first, dots, last = s.partition("..")
        if dots and first and last and ".." not in last:
            # A span written by its ends at any precision (2024-01..2024-06,
            # 2020-Q3..2022-Q3, 2019..2024, 2024-03-05..2024-04-20) runs from the
            # first's start to the last's end, so every label this class writes reads back.
            a, b = cls.parse(first), cls.parse(last)
            if b.end < a.start:
                raise ValueError(f"period {label!r} ends ({b.end}) before it starts ({a.start})")
            return cls.from_dates(a.start, b.end)
        raise ValueError(
            f"cannot read period {label!r}; expected 2024, 2024-Q3, 2024-H1, 2024-07, "
            "2024-04-15, or a span of two of these such as 2024-01..2024-06"
        )

    # -- views ---------------------------------------------------------------
    @property
    def label(self) -> str:
        k = self.kind
        if k == PeriodKind.YEAR:
            return f"{self.start.year}"
        if k == PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if k == PeriodKind.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        if k == PeriodKind.DAY:
            return self.start.isoformat()
        if self.is_whole_months():
            return f"{self.start.year}-{self.start.month:02d}..{self.end.year}-{self.end.month:02d}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def quarter_index(self) -> int | None:
        if self.kind != PeriodKind.QUARTER:
            return None
        return (self.start.month - 1) // 3 + 1

    def is_whole_months(self) -> bool:
        return self.start.day == 1 and self.end == month_end(self.end.year, self.end.month)

    def is_cumulative(self) -> bool:
        """True for spans from 1 January to a month end within one year (year-to-date)."""
        return (
            self.start.month == 1
            and self.start.day == 1
            and self.start.year == self.end.year
            and self.is_whole_months()
        )

    def ytd_months(self) -> int | None:
        """How many months a year-to-date span covers (3 for January-March), else None."""
        return self.end.month if self.is_cumulative() else None

    def __str__(self) -> str:
        return self.label


def _month(m: int, label: str) -> int:
    if not 1 <= m <= 12:
        raise ValueError(f"month {m} in period {label!r} is not between 01 and 12")
    return m


def _classify(start: date, end: date) -> PeriodKind:
    if start == end:
        return PeriodKind.DAY
    whole = start.day == 1 and end == month_end(end.year, end.month)
    if not whole:
        return PeriodKind.OTHER
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months == 12 and start.month == 1:
        return PeriodKind.YEAR
    if months == 3 and start.month in (1, 4, 7, 10):
        return PeriodKind.QUARTER
    if months == 1:
        return PeriodKind.MONTH
    if start.month == 1 and start.year == end.year:
        return PeriodKind.YTD
    return PeriodKind.OTHER
