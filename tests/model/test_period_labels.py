"""Period labels: every label the model writes reads back, and the span forms gold sets use."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctionwatch.model import Period, PeriodKind


@pytest.mark.parametrize(
    ("label", "start", "end"),
    [
        ("2025-H1", date(2025, 1, 1), date(2025, 6, 30)),
        ("2025-H2", date(2025, 7, 1), date(2025, 12, 31)),
        ("2025-Q1..2025-Q3", date(2025, 1, 1), date(2025, 9, 30)),
        ("2020-Q3..2022-Q3", date(2020, 7, 1), date(2022, 9, 30)),
        ("2019..2024", date(2019, 1, 1), date(2024, 12, 31)),
        ("2024-03-05..2024-04-20", date(2024, 3, 5), date(2024, 4, 20)),
    ],
)
def test_spans_written_by_their_ends_read_as_one_span(label: str, start: date, end: date) -> None:
    p = Period.parse(label)
    assert (p.start, p.end) == (start, end)


def test_a_span_given_by_two_quarters_is_the_same_as_its_months() -> None:
    assert Period.parse("2025-Q1..2025-Q3") == Period.parse("2025-01..2025-09")
    assert Period.parse("2025-Q1..2025-Q3").kind == PeriodKind.YTD


@pytest.mark.parametrize(
    ("label", "says"),
    [
        ("2024-05..2024-02", "ends (2024-02-29) before it starts (2024-05-01)"),
        ("2024-13..2024-14", "month 13"),
        ("2024-H3", "expected 2024, 2024-Q3, 2024-H1"),
        ("..2024", "cannot read period '..2024'"),
        ("2024..2025..2026", "cannot read period"),
    ],
)
def test_unreadable_spans_say_what_is_wrong(label: str, says: str) -> None:
    with pytest.raises(ValueError) as err:
        Period.parse(label)
    assert says in str(err.value)


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
    st.integers(min_value=0, max_value=2000),
)
def test_every_label_reads_back_to_the_same_period(start: date, days: int) -> None:
    end = date.fromordinal(min(start.toordinal() + days, date(2040, 12, 31).toordinal()))
    p = Period.from_dates(start, end)
    assert Period.parse(p.label) == p
