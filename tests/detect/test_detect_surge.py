"""Surge and collapse on hand-made series, including series that must stay quiet."""

from __future__ import annotations

import pytest
from detect_fixtures import build, obs, quarters

from sanctionwatch.detect import detect_series


def _surges(series):  # type: ignore[no-untyped-def]
    return [f for f in detect_series(series, kinds=["surge"])]


def test_study_surge_against_previous_quarter_and_year_before() -> None:
    s = build(
        [
            obs("study", "2023-Q3", 62),
            obs("study", "2024-Q1", 38),
            obs("study", "2024-Q2", 332),
            obs("study", "2024-Q3", 3765),
        ]
    )
    found = [f for f in _surges(s) if f.period == "2024-Q3"]
    assert len(found) == 1
    f = found[0]
    assert (f.kind, f.subkind, f.value, f.baseline, f.ratio) == ("surge", None, 3765, 332, 11.3)
    assert "3,765" in f.explanation and "11.3× the previous quarter (332)" in f.explanation
    assert "60.7× the same quarter a year earlier (62)" in f.explanation
    assert f.params["min_count"] == 100 and f.params["ratio"] == 2.5
    assert {e.period for e in f.evidence} >= {"2024-Q3", "2024-Q2", "2023-Q3"}
    assert all(e.sources for e in f.evidence)
    assert 0 < f.severity <= 1


def test_annual_surge() -> None:
    s = build([obs("total", "2023", 1117), obs("total", "2024", 13221)])
    (f,) = _surges(s)
    assert (f.period, f.value, f.baseline, f.ratio) == ("2024", 13221, 1117, 11.8)
    assert "11.8× the previous year (1,117)" in f.explanation


@pytest.mark.parametrize(
    "values",
    [
        [0, 0, 3, 0, 0, 3, 5, 1],  # work 3 after 0: under the minimum count
        [10, 12, 90, 8, 11, 95, 9, 14],  # large ratios on small numbers
    ],
)
def test_small_counts_stay_quiet(values: list[int]) -> None:
    assert _surges(build(quarters("work", 2022, values))) == []


def test_steady_seasonal_series_stays_quiet() -> None:
    # summer peak every year, three times the winter level: the previous quarter alone
    # would fire, the same quarter a year earlier does not
    pattern = [400, 700, 1500, 500]
    values = [v + (i * 7) % 40 for i, v in enumerate(pattern * 4)]
    assert _surges(build(quarters("business", 2020, values))) == []


def test_collapse_after_peak() -> None:
    s = build(quarters("total", 2024, [812, 1696, 5263, 5450, 295]))
    falls = [f for f in _surges(s) if f.subkind == "collapse"]
    assert [(f.period, f.value, f.baseline) for f in falls] == [("2025-Q1", 295, 5450)]
    assert "down 94.6% from the previous quarter (5,450)" in falls[0].explanation
    assert "down 63.7% from the same quarter a year earlier (812)" in falls[0].explanation


def test_collapse_needs_a_large_baseline() -> None:
    assert _surges(build(quarters("private", 2024, [40, 60, 3]))) == []


def test_restricted_purpose_surge_is_more_severe() -> None:
    vals = [5, 4, 6, 5, 6, 5, 900]
    plain = _surges(build(quarters("business", 2023, vals)))
    work = _surges(build(quarters("work", 2023, vals)))
    assert len(plain) == len(work) == 1
    assert work[0].severity > plain[0].severity
    assert "restricted purpose" in work[0].explanation


def test_bounds_are_not_compared() -> None:
    s = build([obs("total", "2019-Q4", 6000, "at_least"), obs("total", "2020-Q1", 100)])
    assert _surges(s) == []


@pytest.mark.parametrize("seed", range(4))
def test_vectorised_prefilter_matches_the_per_value_rule(seed: int) -> None:
    import numpy as np

    from sanctionwatch.detect import load_params
    from sanctionwatch.detect.common import DetectContext
    from sanctionwatch.detect.surge import _judge, detect_surges
    from sanctionwatch.model import PeriodKind

    rng = np.random.default_rng(seed)
    groups = []
    for i, purpose in enumerate(["study", "business", "private", "transit", "tourism"]):
        level = [3, 30, 150, 600, 2000][i]
        values = [
            None if rng.random() < 0.15 else int(v)
            for v in rng.negative_binomial(2, 2 / (2 + level), 40) * rng.choice([1, 1, 1, 6], 40)
        ]
        groups.append(quarters(purpose, 2015, values))
        groups.append([obs(purpose, str(y), int(rng.integers(0, 5000))) for y in range(2012, 2025)])
    s = build(*groups)
    ctx = DetectContext(s, (), load_params())
    fast = {f.id for f in detect_surges(ctx)}
    slow = set()
    for key in s:
        for kind in (PeriodKind.QUARTER, PeriodKind.YEAR):
            vals = ctx.index(key).of_kind(kind)[1]
            for i in vals:
                f = _judge(ctx, key, i, vals, kind, False)
                if f is not None:
                    slow.add(f.id)
    assert fast == slow and fast
