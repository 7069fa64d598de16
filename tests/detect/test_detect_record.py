"""Records: highest (or lowest) so far, overall or for that quarter, with the history stated."""

from __future__ import annotations

from detect_fixtures import build, obs, quarters

from sanctionwatch.detect import detect_series


def _rec(series):  # type: ignore[no-untyped-def]
    return detect_series(series, kinds=["record"])


def test_highest_quarter_and_highest_third_quarter() -> None:
    s = build(
        quarters(
            "study",
            2019,
            [
                None,
                None,
                906,
                None,
                258,
                0,
                0,
                None,
                None,
                None,
                0,
                None,
                None,
                None,
                0,
                None,
                None,
                None,
                62,
                None,
                38,
                332,
                3765,
            ],
        )
    )
    recs = [f for f in _rec(s) if f.period == "2024-Q3"]
    assert len(recs) == 1
    f = recs[0]
    assert (f.subkind, f.value, f.baseline) == ("highest", 3765, 906)
    assert "since at least 2019-Q3" in f.explanation
    assert "highest third quarter" in f.explanation
    assert f.params["history_start"] == "2019-Q3"


def test_seasonal_record_only() -> None:
    s = build(quarters("business", 2021, [100, 900, 150, 120, 110, 950, 160, 130, 400]))
    (f,) = [f for f in _rec(s) if f.period == "2023-Q1"]
    assert f.subkind == "highest_in_quarter" and f.baseline == 110
    assert "highest first quarter" in f.explanation


def test_silent_with_short_history_or_small_values() -> None:
    assert _rec(build(quarters("study", 2024, [100, 200, 900]))) == []
    assert _rec(build(quarters("work", 2020, [0, 1, 0, 2, 3, 1, 5, 9]))) == []


def test_lower_bound_in_history_blocks_the_claim() -> None:
    s = build(
        [obs("total", "2019-Q4", 6000, "at_least")],
        quarters("total", 2020, [300, 200, 250, 220, 5450]),
    )
    assert [f for f in _rec(s) if f.period == "2021-Q1" and f.subkind == "highest"] == []


def test_lowest_record() -> None:
    s = build(quarters("total", 2022, [800, 900, 850, 950, 870, 40]))
    (f,) = [f for f in _rec(s) if f.subkind == "lowest"]
    assert (f.period, f.value, f.baseline) == ("2023-Q2", 40, 800)
