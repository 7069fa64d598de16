"""Capacity mismatch: study entries against students enrolled, admitted or the quota."""

from __future__ import annotations

import pytest
from detect_fixtures import build, obs

from sanctionwatch.detect import detect_series


def _cap(series, related):  # type: ignore[no-untyped-def]
    return detect_series(series, related, kinds=["capacity_mismatch"])


def test_study_entries_far_above_enrolment() -> None:
    related = [
        obs("enrolled_students", "2024-04", 130, "approx", measure="enrolled_students"),
        obs("admitted_students", "2024-09..2025-06", 96, measure="admitted_students"),
    ]
    (f,) = _cap(build([obs("study", "2024", 7887)]), related)
    assert (f.period, f.value, f.baseline, f.ratio) == ("2024", 7887, 130, 60.7)
    assert (
        "about 130 enrolled students" in f.explanation and "96 admitted students" in f.explanation
    )
    assert "not persons" in f.explanation
    assert {e.measure for e in f.evidence} == {"entries", "enrolled_students", "admitted_students"}


@pytest.mark.parametrize(
    "related",
    [
        [obs("enrolled_students", "2024-04", 3000, measure="enrolled_students")],  # plausible
        [obs("enrolled_students", "2019-04", 100, measure="enrolled_students")],  # too far away
        [obs("enrolled_students", "2024-04", 38, measure="enrolled_students", region="FEFU")],
        [obs("study_applications", "2024-04", 100, "at_least", measure="study_applications")],
    ],
)
def test_silent(related: list) -> None:  # type: ignore[type-arg]
    assert _cap(build([obs("study", "2024", 7887)]), related) == []


def test_quarters_only_without_annual_figure() -> None:
    related = [obs("enrolled_students", "2024-04", 130, measure="enrolled_students")]
    s = build(
        [obs("study", "2024", 7887), obs("study", "2024-Q3", 3765), obs("study", "2025-Q1", 3000)]
    )
    assert sorted(f.period for f in _cap(s, related)) == ["2024", "2025-Q1"]
